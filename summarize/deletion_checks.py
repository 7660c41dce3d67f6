"""What a deletion from a tagged sentence may not leave: a word without what it needs.

A headline is cut from a sentence by deleting words; the cut can keep a word whose partner
it dropped.  ``dangling_end(words, tags, kept)`` finds a verb at the cut's end whose object
went ("Full service catering includes [everything ...]"), an adjective whose noun went ("key
to [a] safe[, fuel-efficient ride]"), a "how" whose clause went, an auxiliary or "to" whose
verb went or a verb whose auxiliary went ("the film has [overtaken] favourite The Aviator",
"[I've] been working"), a cut inside a compound noun ("on laptop[ experience]") or right after a
participle's comma (", allowing[ for ...]"), a verb whose preposition went ("looking[ at
...]") or an adjective whose complement went ("familiar[ with ...]"); ``orphaned_noun`` a noun
whose preposition or verb went ("sold [within 10] minutes") or the first half of its compound
("[asset] classes"); ``split_aside`` an aside kept without its commas as they were ("Man who
kidnapped child[,] Michael Webb[,] sentenced"); ``split_word`` half of "$50/month" or
"everything from X" (or a dash's "\u2014 from X") without its "to Y", or two words without
the "and" or "where" between them; ``orphaned_role`` a role without the organisation it is a
role of ("[T-Mobile] CEO John Legere"); ``orphaned_possessive`` a possessive without its noun
("WordPress's [underlying architecture] enables"); ``stray_participle`` a participle after a
noun it does not describe ("designer[ with the tools] used by experts"); ``lost_opening`` a
clause without its "if" or bygone "when" and main clause ("[Gone are the days when]
designers use ..."), a "what" aside alone, a noun without the subject's head before it
("[Finding the balance between] health and lifestyles has") or an opening phrase without
its preposition ("[According to site] Software Advice, ..."); ``lost_clause_verb`` the
subject of a clause after ", and" without its verb ("..., and trends[ in photography show
that ...]"); ``lost_relative_subject`` a relative clause's verb without its "that" ("in
[a] post[ that] drew"); ``lost_hedge`` a "not" kept without the hedge after it ("Not[ Just]
Another Celeb Story"); ``lost_infinitive`` "able" or "going" kept without the "to" and verb
after it ("wasn't able[ to hide her disappointment and her feeling] showed").
They read the tags of ``tagger.tags`` (Penn Treebank) and the kept-word mask of
``wellformed.kept_mask``; they say why, or None.  They do not tag, parse or rewrite.
"""

from __future__ import annotations

from . import compressor as cmp
from . import tagger
from .headline_style import COPULAS, HAVE
from .neutral import DEGREE_ADVERBS

# what opens a noun phrase: the object a verb at a cut's end lost ("impacts | your ...");
# a determiner or pronoun always, a bare noun or adjective only after a verb that needs an
# object ("includes | everything"; not "cried | tears of joy", whose verb stands alone)
_NP_START = frozenset("DT PDT PRP$ PRP".split())
_BARE_NP_START = frozenset("JJ JJR JJS NN NNS CD".split())
# (and the copulas whose complement a cut may not drop: "interface remains[ one of its strengths]",
# not "Questions remain[ over the deal]")
_NEEDS_OBJECT = frozenset("be include contain feature offer provide require need use make take give "
                          "bring impact affect represent reach become mark cost hold receive get "
                          "have remain seem stay prove appear".split())
# what an adjective at a cut's end cannot follow without its noun ("key to safe | , ...")
_BEFORE_NOUN = frozenset("IN TO DT PDT PRP$".split())
_NOUN_GOES_ON = frozenset("NN NNS NNP NNPS JJ JJR JJS HYPH".split())
# adjectives that stand for a noun ("a showcase for many")
_PRONOUN_ADJECTIVES = frozenset("many much more most few fewer several enough less least other others".split())
# what may stand between "have" and "been" ("have both been", "has never been")
_BEFORE_BEEN = frozenset("RB DT".split())
# a noun phrase after a verb that is no object: a time ("Council meets | this week")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME = _WEEKDAYS | frozenset("year years week weeks month months day days night nights morning "
                              "afternoon evening weekend season quarter decade century time times "
                              "today tonight yesterday tomorrow january february march april may "
                              "june july august september october november december spring "
                              "summer autumn fall winter".split())
_HAVE_CLITIC = ("'ve", "'s", "'d")


def dangling_end(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion that keeps ``words[i]`` where ``kept[i]`` leaves a word without what
    it needs: a verb at its end whose object went ("Full service catering includes
    [everything ...]", "pricing model [you] choose [directly] impacts [your ...]", "to
    develop[ and maintain the services]"), a "how" or "what" at its end whose clause went,
    an adjective at its end whose noun went ("tires are key to [a] safe[, fuel-efficient
    ride]"), a base form without its modal or "to" ("contest [will] be scrappy
    encounter"), an auxiliary without its participle ("the film has [overtaken] favourite
    The Aviator"), "been" without its "have" ("[My name is] Maddy [and I've] been
    working"), a copula without its complement ("interface remains[ one of its strengths]"),
    a percentage without what it is of, a list without its last item ("Technical SEO, On-page
    SEO[, and Off-page SEO]"), "long" without its "before"; None when it leaves none (a time after the verb is no object:
    "Council meets [this week]")."""
    idx = [i for i in range(len(words)) if kept[i] and any(c.isalnum() for c in words[i])]
    for k, i in enumerate(idx):
        if tags_[i] == "VB" and i and tags_[i - 1] in ("MD", "TO") and not kept[i - 1] \
                and not _kept_elsewhere(words, kept, i - 1):
            return f'keeps "{words[i]}" without its "{words[i - 1]}"'
        lost = _lost_main_verb(words, tags_, kept, i, idx[k + 1] if k + 1 < len(idx) else None)
        if lost:
            return f'keeps "{words[i]}" without its verb "{lost}"'
        if words[i].lower() != "been":
            continue
        j = k - 1
        while j >= 0 and tags_[idx[j]] in _BEFORE_BEEN:
            j -= 1
        have = words[idx[j]].lower().replace("\u2019", "'").removesuffix("n't") if j >= 0 else ""
        if have not in HAVE and not have.endswith(_HAVE_CLITIC):
            return 'keeps "been" without its "have"'
    if not idx or idx[-1] + 1 >= len(words):
        return None
    e, n = idx[-1], idx[-1] + 1
    # (a demonstrative before its noun opens an object whatever the tagger says: "to give[
    # that little kid some glory]", avclub.com in newspaper's test pages, tagged "that" IN)
    demonstrative = words[n].lower() in ("that", "this", "these", "those") and n + 1 < len(words) \
        and tags_[n + 1] in ("JJ", "NN", "NNS") and tags_[e] == "VB"
    if tags_[e].startswith("VB") and (_object_starts(words[e], tags_[n]) and not _time_follows(words, tags_, n)
                                      or _shared_object(tags_, n) or demonstrative):
        return f'ends on "{words[e]}" without its object'
    if (tags_[e] in ("VBP", "VBZ", "VBD") or tags_[e] == "NN" and e and tags_[e - 1] in ("NNS", "NNPS")) \
            and _verb_lemma(words[e]) in _MEASURE_VERBS and words[n].lower() in _MEASURE_NEXT:
        return f'ends on "{words[e]}" without its measure'  # "SEO packages range[ between $1,500-$2,500]"
    if (words[n].lower() in _PARTICLES and tags_[n] in ("RP", "RB")
            or words[n].lower() == "in" and _verb_lemma(words[e]) in _IN_PARTICLE) and (
            tags_[e].startswith("VB") or tags_[e] == "JJ" and _verb_lemma(words[e]) != words[e].lower()
            or tags_[e] == "JJ" and words[e].lower() in _BARE_PARTICIPLES):
        return f'ends on "{words[e]}" without its "{words[n]}"'  # "an acre or two set[ aside]"
    if tags_[e].startswith("VB") and words[n].lower() in _PREPOSITION_VERBS.get(_verb_lemma(words[e]), ()):
        return f'ends on "{words[e]}" without its "{words[n]}"'  # "many users are looking[ at other tools]"
    if tags_[e] == "PRP" and e and tags_[e - 1].startswith("VB") and words[n].lower() == "as" \
            and "as" in _PREPOSITION_VERBS.get(_verb_lemma(words[e - 1]), ()):
        return f'ends on "{words[e - 1]} {words[e]}" without its "as"'  # "asking judge to recognize him[ as child]"
    if tags_[e].startswith("JJ") and words[n].lower() in _ADJECTIVE_COMPLEMENTS.get(words[e].lower(), ()):
        return f'ends on "{words[e]}" without its "{words[n]}"'  # "providers are not yet familiar[ with AI]"
    if tags_[e].startswith("NN") and words[n].lower() in _NEEDS_TOPIC.get(words[e].lower(), ()):
        # news that says only that there is news: "An investigation reveals new details[ on the
        # role ...]" (newspaper4k's test page article_with_br)
        return f'ends on "{words[e]}" without its "{words[n]}"'
    if tags_[e].startswith("NN") and words[n].lower() in _NEEDS_OF.get(words[e].lower(), ()) \
            and e and tags_[e - 1] in ("DT", "PDT"):  # (not "70% of the original value[ of the bonds]")
        # "pandemic ushers in an age[ of uncertainty]", "has since become a way[ for us to ...]"
        return f'ends on "{words[e]}" without its "{words[n]}"'
    if words[n].lower() == "of" and (words[e].lower() == "percent" and e and tags_[e - 1] == "CD"
                                     or words[e].endswith("%") and words[e][:1].isdigit()):
        return f'ends on "{words[e]}" without what it is a share of'  # "affect 25 to 50 percent[ of children]"
    if words[n] == "," and words[n + 1:n + 2] and words[n + 1].lower() in ("and", "or") \
            and any(kept[k] and words[k] == "," for k in range(max(0, e - 4), e)) \
            and not (tags_[n + 2:n + 3] and tags_[n + 2].startswith(("VB", "PRP", "MD"))):
        # (not a clause after the ", and": "near McAllen, Texas[, and argued that ...]")
        return f'ends on "{words[e]}", a list without its last item'  # "are Technical SEO, On-page SEO[, and ...]"
    if tags_[e] == "RB" and words[e].lower() in ("long", "shortly", "soon", "well", "right", "just") \
            and words[n].lower() in ("before", "after", "since", "ago"):
        return f'ends on "{words[e]}" without its "{words[n]}"'  # "connections begin long[ before the first handshake]"
    if tags_[e] == "RB" and e and words[e - 1] == "," and kept[e - 1] and any(c.isalnum() for c in words[n]):
        return f'ends on "{words[e]}" without what it modifies'  # "customers, typically[ for special occasions]"
    if tags_[e] == "VBN" and words[n].lower() == "by" and _verb_lemma(words[e]) in _NEEDS_AGENT:
        return f'ends on "{words[e]}" without its "by"'  # "The challenge is compounded[ by ...]"
    if tags_[e] == "VBN" and words[n].lower() in ("for", "to", "as") and _verb_lemma(words[e]) in _NEEDS_PURPOSE:
        return f'ends on "{words[e]}" without what it is for'  # "Native Apps [are] created[ for one platform]"
    if tags_[e] in ("DT", "PDT", "PRP$") and (tags_[n] in ("NN", "NNS", "NNP", "NNPS", "JJ") or tags_[n] == "RB"
                                               and tags_[n + 1:n + 2] in (["JJ"], ["VBN"])):
        # "grow healthy plants of all[ types]", "to answer some[ frequently asked questions]"
        return f'ends on "{words[e]}" without its noun'
    if tags_[e] == "RB" and words[e].lower().endswith("ly") and tags_[n] in ("JJ", "VBN"):
        return f'ends on "{words[e]}" without what it modifies'  # "two recently[ released computers]"
    if words[n].lower() == "as" and _adjective(words[e], tags_[e]) and len(idx) > 1 \
            and words[idx[-2]].lower() == "as":
        return f'ends on "as {words[e]}" without its "as"'  # "keep decisions as dynamic[ as the data]"
    if tags_[e] in ("NN", "NNS") and tags_[n] in ("NN", "NNS") and words[e][-1].isalpha():
        return f'ends inside the noun "{words[e]} {words[n]}"'  # "prides itself on laptop[ experience]"
    if tags_[e].startswith("VB") and len(idx) > 2 and words[idx[-2]].lower() in ("and", "or") \
            and not tags_[idx[-3]].startswith("VB") and any(c.isalnum() for c in words[n]):
        # a second verb without what its first one has: "software hosted online and accessed[
        # via the internet]", "is called 'parameter' and acts[ as a placeholder]" (not "Shares
        # rose and fell[ on Monday]")
        return f'ends on "{words[idx[-2]]} {words[e]}" without what follows it'
    if tags_[e] == "VBG" and len(idx) > 1 and words[e - 1] == "," and kept[e - 1]:
        return f'ends on "{words[e]}" without its clause'  # "wearables have impact, allowing[ for ...]"
    if tags_[e] in ("WRB", "WP", "WDT") and any(c.isalnum() for c in words[n]):
        return f'ends on "{words[e]}" without its clause'  # "going online to see how[ they can help]"
    before = tags_[e - 1] if e and kept[e - 1] and tags_[e - 1] == "," else tags_[idx[-2]] if len(idx) > 1 else ""
    # (or after a verb that takes an object: "provides cryptographic[, independently verifiable
    # evidence]"; not a copula's: "The sky is blue[, bright and clear]")
    takes = len(idx) > 1 and before.startswith("VB") and _takes_object(words[idx[-2]])
    if _adjective(words[e], tags_[e]) and (before in _BEFORE_NOUN | {","} or takes) \
            and words[e].lower() not in _PRONOUN_ADJECTIVES and _noun_goes_on(tags_, n):
        return f'ends on "{words[e]}" without its noun'
    if _adjective(words[e], tags_[e]) and _adjectives_go_on(words, tags_, n) \
            and not (before.startswith(("VB", "RB")) and _verb_lemma(words[idx[-2]]) in COPULAS):
        return f'ends on "{words[e]}" without its noun'  # "in creating scalable[, flexible ecosystems]"
    return None


# verbs whose passive says little without its agent ("compounded by", "driven by"; not
# "arrested[ by police]")
_NEEDS_AGENT = frozenset("compound drive cause fuel exacerbate influence shape affect accompany follow precede "
                         "dominate characterize characterise mark power back fund own overshadow offset "
                         "outweigh outnumber replace represent inspire underpin".split())
# verbs whose passive says little without its purpose ("created for", "designed to", "used as")
_NEEDS_PURPOSE = frozenset("create design build make intend use mean tailor develop optimize optimise "
                           "aim gear".split())
# nouns that say little without their "of" phrase after an article ("expected to grow at a CAGR[
# of 7.2%]")
_NEEDS_OF = {w: ("of",) for w in "age era wave host cagr rate value level amount total sum share percentage "
             "majority series kind type sort variety range number lot couple handful".split()}
# ... and nouns that say little without what they are for: "has since become a way[ for us to
# improve ...]", "became the basis[ for an algorithm]" (goose3's test pages businessWeek2,
# businessinsider3)
_NEEDS_OF |= {"way": ("for", "of", "to"), "basis": ("for", "of"), "means": ("of", "to", "for")}
# ... and, whatever stands before them, nouns that say little without their topic
_NEEDS_TOPIC = {w: ("on", "about", "of", "into") for w in "details detail information insight insights".split()}


def _partners(spec: str) -> dict[str, tuple[str, ...]]:
    """A table of words and the words they need after them: "look:at/for focus:on" ->
    {"look": ("at", "for"), "focus": ("on",)}."""
    return {w: tuple(ps.split("/")) for w, ps in (item.split(":") for item in spec.split())}


# verbs that say little without their preposition and its object ("are looking[ at other tools]")
_PREPOSITION_VERBS = _partners(
    "look:at/for/into/after rely:on/upon depend:on/upon focus:on consist:of belong:to "
    "listen:to refer:to deal:with account:for search:for wait:for comply:with cope:with stem:from "
    "result:in/from lead:to contribute:to respond:to benefit:from suffer:from participate:in "
    "engage:in/with invest:in specialize:in specialise:in amount:to adhere:to subscribe:to cater:to/for "
    "opt:for/into care:for/about talk:about worry:about hint:at call:for/on ask:for pay:for qualify:for "
    "dispose:of point:to emerge:as serve:as act:as function:as come:with choose:from work:from eat:into "
    "define:as describe:as regard:as classify:as set:in recognize:as recognise:as brand:as label:as")
# adjectives that say little without their complement ("providers are not yet familiar[ with
# ...]", "the council was unable[ to ...]")
_ADJECTIVE_COMPLEMENTS = _partners(
    "familiar:with unfamiliar:with able:to unable:to capable:of incapable:of likely:to "
    "unlikely:to responsible:for prone:to eligible:for subject:to eager:to reluctant:to willing:to "
    "unwilling:to poised:to keen:to/on")
# a phrasal verb's particle ("set aside", "stepped down"): the verb without it says something else
_PARTICLES = frozenset("aside away up down off out back apart over".split())
_IN_PARTICLE = frozenset("hand turn fill phase sign log plug cash cave pack".split())  # "handed[ in by ...]"
_BARE_PARTICIPLES = frozenset("set put cut shut hit let spread".split())  # (their own lemma)
_MEASURE_VERBS = frozenset("range amount total number".split())  # verbs that need their measure
_MEASURE_NEXT = frozenset("between from to about around over under nearly almost roughly".split())
_ADJECTIVE_ENDS = ("ic", "al", "ive", "ous", "ful", "able", "ible")


def _adjective(word: str, tag: str) -> bool:
    """Whether ``word`` tagged ``tag`` is an adjective: so tagged, or tagged a noun but an
    adjective by the dictionary (its last part: "student-friendly") or, unknown there, by its
    ending ("cryptographic", which the tagger calls a name)."""
    if tag in ("JJ", "JJR", "JJS"):
        return True
    if tag not in ("NN", "NNP"):
        return False
    from lemminflect import getAllLemmas

    last = word.lower().rsplit("-", 1)[-1]
    parts = set(getAllLemmas(last))
    return parts == {"ADJ"} or not parts and last.endswith(_ADJECTIVE_ENDS)


def _adjectives_go_on(words: list[str], tags_: list[str], n: int) -> bool:
    """Whether a list of adjectives goes on at ``n`` to the noun they all describe (",
    flexible security ecosystems"; not ", bright and clear")."""
    if words[n] != ",":
        return False
    k = n + 1
    while k < len(words) and (_adjective(words[k], tags_[k]) or words[k] == ","):
        k += 1
    return k > n + 1 and k < len(words) and tags_[k] in ("NN", "NNS", "NNP", "NNPS")


def _takes_object(verb: str) -> bool:
    """Whether ``verb`` is one that needs an object (``_NEEDS_OBJECT``) and no copula."""
    lemma = _verb_lemma(verb)
    return lemma in _NEEDS_OBJECT and lemma not in COPULAS


def _object_starts(verb: str, tag: str) -> bool:
    """Whether a word tagged ``tag`` after ``verb`` opens its object."""
    if tag in _NP_START:
        return True
    if tag not in _BARE_NP_START:
        return False
    return _verb_lemma(verb) in _NEEDS_OBJECT


def _verb_lemma(verb: str) -> str:
    """``verb``'s lemma as a verb or an auxiliary (the word itself when it is neither)."""
    from lemminflect import getAllLemmas

    low = verb.lower().replace("\u2019", "'")
    return (getAllLemmas(low, "VERB").get("VERB") or getAllLemmas(low, "AUX").get("AUX") or (low,))[0]


def _shared_object(tags_: list[str], n: int) -> bool:
    """Whether a second verb joined by "and" or "or" follows at ``n``, with the object the two
    share after it ("work together to develop | and maintain services")."""
    return tags_[n] == "CC" and n + 2 < len(tags_) and tags_[n + 1] == "VB" \
        and tags_[n + 2] in _NP_START | _BARE_NP_START


def _noun_goes_on(tags_: list[str], n: int) -> bool:
    """Whether the noun phrase goes on at ``n``: a noun or adjective, or one after a comma or
    conjunction ("safe | , fuel-efficient ride"; not "the blue | , just four days")."""
    if tags_[n] in (",", "CC"):
        n += 1
    if n + 1 < len(tags_) and tags_[n] == "RB" and tags_[n + 1] in ("JJ", "JJR", "JJS"):
        n += 1  # "cryptographic | , independently verifiable evidence"
    return n < len(tags_) and tags_[n] in _NOUN_GOES_ON


def _lost_main_verb(words: list[str], tags_: list[str], kept, i: int, nxt: int | None) -> str | None:
    """The participle after the auxiliary ``words[i]`` that a deletion drops while the
    auxiliary stays as the main verb ("the film has [overtaken previous] favourite The
    Aviator"); None when it keeps a verb after it ("is [being] investigated")."""
    if words[i].lower().replace("\u2019", "'") not in tagger.AUX:
        return None
    j = i + 1
    while j < len(words) and tags_[j] == "RB":
        j += 1
    if j < len(words) and not kept[j] and tags_[j] in ("VBN", "VBG") \
            and (nxt is None or not tags_[nxt].startswith("VB")):
        return words[j]
    return None


def _time_follows(words: list[str], tags_: list[str], n: int) -> bool:
    """Whether the noun phrase at ``words[n]`` is a time ("this week", "last Tuesday")."""
    for i in range(n, min(n + 4, len(words))):
        if words[i].lower() in _TIME:
            return True
        if tags_[i] not in ("DT", "JJ", "CD", "PRP$"):
            return False
    return False


# what a preposition's noun phrase may hold before its noun ("within [10] minutes")
_PP_INSIDE = frozenset("DT PDT PRP$ CD JJ JJR JJS".split())
_PP_NOUN = frozenset("NN NNS NNP NNPS CD".split())


def orphaned_noun(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion keeps a noun whose preposition or verb it dropped ("shares sold
    [within 10] minutes of opening", "[In] Q4 2025, Gemini's adoption rate was growing",
    "KulturIT work [... maintain the] services"); None when it drops none, or drops the
    preposition or verb with its whole phrase, or may have kept it (``_kept_elsewhere``), or
    drops what headlines drop by custom (``_headline_may_drop``)."""
    for i in range(1, len(words)):
        if not kept[i] or kept[i - 1] or tags_[i] not in _PP_NOUN:
            continue
        j = i - 1
        while j >= 0 and not kept[j] and (tags_[j] in _PP_INSIDE or _before_number(words, tags_, j)
                                          or tags_[j] == "NN" and "-" in words[j]) \
                and words[j][-1].isalnum():  # (and a hyphened modifier: "[to illustrate real-world] usage")
            j -= 1  # (a number glued to its comma, "in 2004, have won", ends the phrase)
        if j < 0 or kept[j] or _kept_elsewhere(words, kept, j):
            continue
        opening = j == 0 and words[0].lower() not in cmp.SUBORDINATORS  # "[In] Q4 2025, Gemini's ..."
        if tags_[j] == "IN" and (any(kept[:j]) or opening) \
                and not _headline_may_drop(words[j].lower(), words[i].lower(), tags_[i]):
            return f'keeps "{words[i]}" without its "{words[j]}"'
        if tags_[j].startswith("VB") and any(kept[:j]):
            return f'keeps "{words[i]}" without its verb "{words[j]}"'  # "work [... maintain the] services"
        if j == i - 1 and tags_[j] == "NN" and tags_[i] in ("NN", "NNS") and words[j].isalpha() \
                and words[j].islower() and not {words[i].lower(), words[j]} & _TIME and any(kept[:j]):
            return f'keeps "{words[i]}" without "{words[j]}"'  # "deserves consideration [... asset] classes"
    return None


def stray_participle(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion keeps a participle and its "by" after a noun it does not describe, the
    noun it described gone ("graphic designer[ with the skills and tools] used by industry
    experts"); None when it keeps that noun."""
    for i in range(1, len(words) - 1):
        if not (kept[i] and kept[i + 1] and tags_[i] == "VBN" and words[i + 1].lower() == "by"
                and not kept[i - 1] and tags_[i - 1] in ("NN", "NNS")):
            continue
        before = next((k for k in range(i - 2, -1, -1) if kept[k]), None)
        if before is not None and tags_[before] in ("NN", "NNS", "NNP", "NNPS"):
            return f'keeps "{words[i]} by" after "{words[before]}", which it does not describe'
    return None


def orphaned_possessive(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion keeps a possessive whose noun it dropped ("WordPress's [underlying
    architecture] enables code modification"); None when the next word kept is a noun's."""
    for i in range(len(words) - 1):
        w = words[i].replace("\u2019", "'")
        if not kept[i] or kept[i + 1] or not w.endswith("'s") or len(w) < 4 \
                or not tags_[i + 1].startswith(("NN", "JJ")):
            continue  # (not "it's [very] good": a noun or its adjective went)
        nxt = next((k for k in range(i + 2, len(words)) if kept[k]), None)
        if nxt is None or not tags_[nxt].startswith(("NN", "JJ", "CD")):
            return f'keeps "{words[i]}" without what it owns'
    return None


# adverbs of a number inside a preposition's phrase ("for [only 1000] contacts")
_NUMBER_ADVERBS = frozenset("only just about nearly almost around roughly some over under up".split())


def _before_number(words: list[str], tags_: list[str], j: int) -> bool:
    """Whether ``words[j]`` is an adverb of the number after it ("only 1000")."""
    return tags_[j] == "RB" and words[j].lower() in _NUMBER_ADVERBS and j + 1 < len(words) \
        and tags_[j + 1] == "CD"


def split_word(words: list[str], kept) -> str | None:
    """Why a deletion keeps part of two words joined by a slash ("$50/month" -> "month") or
    of a time phrase ("last year" -> "last"), or both words that an "and" or a "where" joins
    without it ("competitive[ and] cutthroat"); None when it keeps or drops them whole."""
    for i in range(1, len(words) - 1):
        if words[i] == "/" and not kept[i - 1] == kept[i] == kept[i + 1]:
            return f'keeps part of "{words[i - 1]}/{words[i + 1]}"'
        if words[i].lower() in _JOINERS and kept[i - 1] and kept[i + 1] and not kept[i] \
                and words[i - 1][-1:].isalnum() and words[i + 1][:1].isalnum() \
                and not _kept_elsewhere(words, kept, i):
            # "competitive[ and] cutthroat", "AI inference is[ where] initiatives ..."
            return f'keeps "{words[i - 1]} {words[i + 1]}" without the "{words[i]}" between them'
        if words[i].lower() in ("and", "or") and kept[i - 1] and not kept[i] and words[i - 1][:1].isupper():
            # ... or two names with the "and" and the second's modifiers gone: "GlaxoSmithKline
            # [and Anglo-Swedish peer] AstraZeneca are being investigated"
            j = next((k for k in range(i + 1, min(i + 6, len(words))) if kept[k]), None)
            if j is not None and j > i + 1 and words[j][:1].isupper() and words[i - 1][-1:].isalnum() \
                    and all(w[:1].isalnum() for w in words[i + 1:j]):
                return f'keeps "{words[i - 1]} {words[j]}" without the "{words[i]}" between them'
    for i in range(len(words) - 1):  # ... or of a time phrase: "Last [year] the harbour ferry ..."
        if kept[i] and not kept[i + 1] and words[i].lower() in _TIME_DEICTIC \
                and words[i + 1].lower() in _TIME:
            return f'keeps part of "{words[i]} {words[i + 1]}"'
    for i in range(1, len(words) - 1):  # ... or of a range: "everything from menu planning[ to ...]"
        if words[i].lower() == "from" and kept[i] and words[i - 1].lower() in _RANGE_HEAD:
            to = next((j for j in range(i + 2, min(i + 12, len(words)))
                       if words[j].lower() == "to" or words[j - 1][-1:] in ".;:"), None)
            if to is not None and words[to].lower() == "to" and not kept[to]:
                return f'keeps "{words[i - 1]} from" without its "to"'
    return None


_TIME_DEICTIC = frozenset("last next this past coming".split())
# words that join what comes before them to what comes after (not "that", which a headline drops)
_JOINERS = frozenset("and or nor where why how what when whether".split())
_RANGE_HEAD = frozenset("everything anything all ranging range ranges ranged vary varies varied varying "
                        "anywhere \u2014 \u2013 --".split())  # (a dash: "AI is changing health care\u2014from
# automating routine tasks[ to improving diagnoses]")


def _kept_elsewhere(words: list[str], kept, j: int) -> bool:
    """Whether the last word kept before the dropped ``words[j]`` is the same word: a mask
    that a deletion's text gives may keep either ("arrested on [Thursday on] charges",
    "arrives back [from a mission to the Middle East] to try")."""
    before = next((k for k in range(j - 1, -1, -1) if kept[k]), None)
    return before is not None and words[before].lower() == words[j].lower()


# roles that say nothing without the organisation before them ("[T-Mobile] CEO John Legere is
# stepping down", "[WeWork's] founder Adam Neumann"); a title that stands alone ("[U.S.] President
# Donald Trump") is not one of them
_ROLES = frozenset("ceo cfo coo cto chief chairman chairwoman chairperson founder co-founder cofounder "
                   "spokesman spokeswoman spokesperson owner boss coach manager director executive".split())
_OWNER = frozenset("NNP NNPS".split())


def orphaned_role(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion keeps a role whose organisation, a name or its possessive right before
    it, it dropped ("[T-Mobile] CEO John Legere", "[WeWork's] founder"); None when it keeps or
    drops both."""
    for i in range(1, len(words)):
        if not kept[i] or kept[i - 1] or words[i].lower() not in _ROLES:
            continue
        j = i - 2 if tags_[i - 1] == "POS" and i > 1 else i - 1  # "WeWork 's founder"
        owner = words[j][:-2] if words[j].endswith(("'s", "\u2019s")) else words[j]
        if not kept[j] and (tags_[j] in _OWNER or owner != words[j] and owner[:1].isupper()):
            return f'keeps "{words[i]}" without whose: "{owner}"'
    return None


_COMPLEMENTIZERS = frozenset("that whether if than as".split())


def _headline_may_drop(preposition: str, noun: str, tag: str) -> bool:
    """Whether a headline drops ``preposition`` before ``noun`` by custom: a clause's
    "that" ("Police say [that] suspect fled"), "on" before a weekday ("dies [on] Monday"),
    "by" before a number ("Shares rise [by] 5%")."""
    return preposition in _COMPLEMENTIZERS or preposition == "on" and noun in _WEEKDAYS \
        or preposition == "by" and tag == "CD"


# what a noun phrase before an aside holds, read back from its comma ("the company's founder")
_NP_INSIDE = frozenset("DT PDT PRP$ POS CD JJ JJR JJS NN NNS NNP NNPS HYPH".split())
# what before that noun phrase makes it an object inside a clause or phrase: an aside after it
# may belong to an earlier noun ("the man who kidnapped the child, Michael Webb, was ...")
_INSIDE_CLAUSE = frozenset("IN TO WDT WP VB VBD VBG VBN VBP VBZ".split())
ASIDE_WORDS = 8  # an aside between two commas is this long at most
# what an aside cannot hold: a finite verb (the words between two commas are then a clause:
# "McKinley, R-W.Va., | visited the border near McAllen, | Texas")
_FINITE = frozenset("VBD VBZ VBP MD".split())


def _aside(tags_: list[str]) -> bool:
    """Whether words tagged ``tags_`` between two commas may be an aside: no finite verb, and
    no conjunction first (", and Tim Morrison," is the next item of a list)."""
    return tags_[0] != "CC" and not any(t in _FINITE for t in tags_)


def split_aside(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion keeps words of an aside between two commas but not its commas as they
    were: one comma without the other while the sentence goes on after it ("Her husband, [a
    retired] teacher[,] arrested"), or neither where the aside follows a noun inside a clause,
    so that it reads as that noun's ("man who kidnapped child[,] Michael Webb[,] sentenced";
    "Company's founder[,] Adam Neumann[,] questioned" is a headline's way and passes); None
    when it splits none."""
    # (the tagger calls a hyphen "," too; a number keeps the comma after it: "17 2025,")
    commas = [i for i, w in enumerate(words) if w == "," or w[-1] == "," and cmp.NUMBER_MARK.search(w)]
    for a, b in zip(commas, commas[1:]):
        if not 1 <= b - a - 1 <= ASIDE_WORDS or not any(kept[a + 1:b]) or not any(kept[b + 1:]) \
                or not any(kept[:a]) or not _aside(tags_[a + 1:b]):
            continue
        if kept[a] != kept[b]:
            return "keeps one comma of an aside without the other"
        if kept[a]:
            continue
        j = a - 1
        while j >= 0 and tags_[j] in _NP_INSIDE:
            j -= 1
        if j >= 0 and j < a - 1 and tags_[j] in _INSIDE_CLAUSE:
            return f'drops the commas of the aside after "{words[a - 1]}"'
    return None


# what opens a clause that says nothing true without its main clause: "if", and "when" after
# bygone days (a clause after "when" is a fact of its own, "... on Thursday when Intel said it
# would list standards", but not after "the days": "[Gone are the days when] designers use ...")
_HYPOTHETICAL = frozenset("if unless whenever".split())
_BYGONE = frozenset("days times years era age".split())
# what a subject's head may open with, before the preposition of its phrase ("Finding the
# balance between ...", "Police in ...")
_HEAD_TAGS = frozenset("NN NNS NNP NNPS VBG DT JJ PRP$".split())


def lost_opening(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion that drops the sentence's first words keeps what they governed: a
    clause without the "if" or the bygone days' "when" and the main clause before it ("[Gone
    are the days when] designers use desktop software"), a "what" clause after a comma
    without its main clause ("[In 2006,] what turned out to be the peak year[, I decided
    ...]"), or a noun that was the object of the subject's preposition or verb, its head gone
    ("[Finding the balance between] health and lifestyles has never been more important",
    "[Police in] Rochester were criticised", "[But, tingeing the] excitement are licks of
    fear", "[leaders who maintained] communication skills produced 47% more"), or the end of an
    opening phrase up to its comma without the preposition it opens with ("[According to
    review site] Software Advice, ..."); None when it keeps the first word, or drops a phrase
    its comma closes ("[In 2019,] the council ...")."""
    for i in range(1, len(words)):  # (a "what" clause between commas is an aside)
        if kept[i] and words[i].lower() == "what" and words[i - 1].endswith(","):
            c = next((j for j in range(i + 1, len(words)) if words[j].endswith(",")), None)
            if c is not None and not any(kept[c + 1:]):
                return 'keeps a "what" clause without its main clause'
    s = next((i for i, k in enumerate(kept) if k), 0)
    if s == 0:
        return None
    c = next((k for k, w in enumerate(words) if w == ","), len(words))
    if s < c and (words[0].lower() == "according" and words[1:2] == ["to"]
                  or tags_[0] == "IN" and words[0].lower() not in cmp.SUBORDINATORS) \
            and not any(t in _FINITE for t in tags_[:c]) and c < len(words):
        # "[According to leading review site] Software Advice, over 1,000 systems are on the market"
        return f'keeps "{words[s]}" without the "{words[0]}" its opening phrase has'
    before = words[s - 1].lower()
    if before in _HYPOTHETICAL or before in ("when", "where") and s > 1 and words[s - 2].lower() in _BYGONE:
        return f'keeps a clause without its "{words[s - 1]}"'
    k = s - 1
    while k > 1 and tags_[k] in ("DT", "PRP$", "JJ", "JJR", "JJS", "CD"):
        k -= 1
    if k and tags_[k].startswith("VB") and tags_[k - 1] in ("WP", "WDT"):
        # a relative clause's object as the subject: "[leaders who maintained effective]
        # communication skills produced 47% more"
        return f'keeps "{words[s]}", the object of "{words[k]}", as its subject'
    # (after a discourse word and its comma: "But, tingeing the excitement ...")
    b = 2 if s > 2 and tags_[0] in ("CC", "RB") and words[1] == "," else 0
    if any(t in (",", ":") or t in _FINITE for t in tags_[b:s]):
        return None
    if s - b >= 2 and tags_[s - 1] == "IN" and before not in _COMPLEMENTIZERS | cmp.SUBORDINATORS | {"of"} \
            and tags_[b] in _HEAD_TAGS:
        return f'keeps "{words[s]}" without the head before its "{words[s - 1]}"'
    k = s - 1
    while k > b and tags_[k] in ("DT", "PRP$", "JJ", "CD"):
        k -= 1
    if k < s - 1 and tags_[k] in ("VBG", "VB"):
        return f'keeps "{words[s]}", the object of "{words[k]}", as its subject'
    return None


def lost_clause_verb(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion keeps the subject of a clause after ", and" (or "as", "when" ...) but drops
    its verb ("... photography as a medium, and trends[ in photography show that ...]"); None when the
    clause keeps its verb, or the words after ", and" are a list's last item ("apples,
    pears, and plums")."""
    for i in range(1, len(words) - 1):
        if not (kept[i] and words[i - 1] == "," and words[i].lower() in ("and", "but", "or", "yet")) \
                or "," in words[max(0, i - 8):i - 1]:
            continue
        end = next((k for k in range(i + 1, len(words)) if tags_[k] in (",", ".", ":")), len(words))
        if _verb_lost(tags_, kept, range(i + 1, end)):
            return f'keeps "{words[i]} {words[i + 1]}" without its verb'
    for i in range(1, len(words) - 1):
        # ... or the subject of a clause after "as", "when", "while" ...: "The prescription was
        # everywhere as the full extent of academic damage wrought[ by the pandemic first became
        # clear]" (WCXB 0279), "Couple was outside club on Dec. 28 when man[ attacked Rene]"
        # (nydailynews.com in newspaper's test pages: "when" is tagged WRB)
        if not (kept[i] and tags_[i] in ("IN", "WRB") and words[i].lower() in _CLAUSE_OPENERS):
            continue
        end = next((k for k in range(i + 1, len(words)) if tags_[k] in (",", ".", ":")
                    or words[k].lower() in _CLAUSE_OPENERS | cmp.SUBORDINATORS), len(words))
        if _verb_lost(tags_, kept, range(i + 1, end)):
            return f'keeps a clause after "{words[i]}" without its verb'
    for i in range(len(words) - 2):
        # ... or a name after "after", "before", "until" whose verb (past its appositive) went:
        # "Paul Robinson remains in doubt after Juande Ramos[, the Tottenham manager, dropped him ...]"
        if not (kept[i] and words[i].lower() in _TIME_OPENERS and tags_[i + 1] in _OWNER and kept[i + 1]):
            continue
        j = next((k for k in range(i + 1, len(words)) if tags_[k] not in _OWNER), len(words))
        if j < len(words) and words[j] == ",":  # (an appositive between commas)
            j = next((k + 1 for k in range(j + 1, min(j + 8, len(words))) if words[k] == ","), j)
        if j < len(words) and tags_[j] in _FINITE and not kept[j]:
            return f'keeps a clause after "{words[i]}" without its verb'
    return None


_TIME_OPENERS = frozenset("after before until".split())


def orphaned_intensifier(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion keeps an adverb of degree but drops the adjective it modified, leaving it
    on a noun ("Oscar Isaac has had a pretty[ stellar] year", foxnews.com in newspaper's test
    pages); None when it keeps none so."""
    idx = [i for i in range(len(words)) if kept[i]]
    for k, i in enumerate(idx[:-1]):
        nxt = idx[k + 1]
        if words[i].lower() in DEGREE_ADVERBS and nxt > i + 1 \
                and tags_[i + 1] in ("JJ", "JJR", "JJS", "RB", "VBN") and tags_[nxt].startswith("NN"):
            return f'keeps "{words[i]}" without the word it modifies'
    return None


def lost_hedge(words: list[str], kept) -> str | None:
    """Why a deletion keeps a "not" but drops the hedge right after it, saying the opposite
    ("Not[ Just] Another Celeb Story", "is not[ entirely] smooth"); None when it keeps none so."""
    from .headline_cuts import NOT_HEDGES

    for i in range(len(words) - 1):
        w = words[i].lower().replace("\u2019", "'")
        if kept[i] and not kept[i + 1] and (w == "not" or w.endswith("n't")) and words[i + 1].lower() in NOT_HEDGES:
            return f'keeps "{words[i]}" without the "{words[i + 1]}" after it'
    return None


_WANTS_TO = frozenset("able unable going ought".split())  # words a "to" and a verb must follow


def lost_infinitive(words: list[str], kept) -> str | None:
    """Why a deletion keeps "able" (or "unable", "going", "ought") but drops the "to" right
    after it ("she wasn't able[ to hide ...] showed"); None when it keeps none so."""
    for i in range(len(words) - 1):
        if kept[i] and not kept[i + 1] and words[i].lower() in _WANTS_TO and words[i + 1].lower() == "to":
            return f'keeps "{words[i]}" without the "to" after it'
    return None


def lost_relative_subject(words: list[str], tags_: list[str], kept) -> str | None:
    """Why a deletion keeps a relative clause's verb but drops the "that", "which" or "who"
    that is its subject ("in a post[ that] drew thousands of comments": two verbs, one
    subject); None when it keeps both or drops the verb too."""
    for i in range(1, len(words) - 1):
        if not kept[i] and tags_[i] in ("WDT", "WP") and kept[i + 1] and tags_[i + 1] in _FINITE \
                and kept[i - 1] and tags_[i - 1].startswith("NN"):
            return f'keeps "{words[i + 1]}" without its subject "{words[i]}"'
    return None


def _verb_lost(tags_: list[str], kept, part: range) -> bool:
    """Whether a deletion keeps words of ``part`` but none of its finite verbs, and dropped one."""
    return any(kept[k] for k in part) and not any(kept[k] and tags_[k] in _FINITE for k in part) \
        and any(not kept[k] and tags_[k] in _FINITE for k in part)


# what opens a clause with its own subject and verb (a preposition too: "as", "since")
_CLAUSE_OPENERS = frozenset("as when while because although though since whereas unless once".split())
