"""What a deletion from a tagged sentence may not leave: a word without what it needs.

A headline is cut from a sentence by deleting words; the cut can keep a word whose partner
it dropped.  ``dangling_end(words, tags, kept)`` finds a verb at the cut's end whose object
went ("Full service catering includes [everything ...]"), an adjective whose noun went ("key
to [a] safe[, fuel-efficient ride]"), a "how" whose clause went, an auxiliary or "to" whose
verb went or a verb whose auxiliary went ("the film has [overtaken] favourite The Aviator",
"[I've] been working"); ``orphaned_noun`` a noun whose preposition or verb went ("sold
[within 10] minutes").  Both read the tags of ``tagger.tags`` (Penn Treebank) and the
kept-word mask of ``wellformed.kept_mask``; they say why, or None.  They do not tag, parse or
rewrite.
"""

from __future__ import annotations

from . import compressor as cmp
from . import tagger

# what opens a noun phrase: the object a verb at a cut's end lost ("impacts | your ...");
# a determiner or pronoun always, a bare noun or adjective only after a verb that needs an
# object ("includes | everything"; not "cried | tears of joy", whose verb stands alone)
_NP_START = frozenset("DT PDT PRP$ PRP".split())
_BARE_NP_START = frozenset("JJ JJR JJS NN NNS".split())
_NEEDS_OBJECT = frozenset("be include contain feature offer provide require need use make take give "
                          "bring impact affect represent reach become mark cost hold receive get "
                          "have".split())
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
_HAVE = frozenset("have has had having".split())
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
    working"); None when it leaves none (a time after the verb is no object: "Council meets
    [this week]")."""
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
        if have not in _HAVE and not have.endswith(_HAVE_CLITIC):
            return 'keeps "been" without its "have"'
    if not idx or idx[-1] + 1 >= len(words):
        return None
    e, n = idx[-1], idx[-1] + 1
    if tags_[e].startswith("VB") and (_object_starts(words[e], tags_[n]) and not _time_follows(words, tags_, n)
                                      or _shared_object(tags_, n)):
        return f'ends on "{words[e]}" without its object'
    if tags_[e] in ("WRB", "WP", "WDT") and any(c.isalnum() for c in words[n]):
        return f'ends on "{words[e]}" without its clause'  # "going online to see how[ they can help]"
    before = tags_[e - 1] if e and kept[e - 1] and tags_[e - 1] == "," else tags_[idx[-2]] if len(idx) > 1 else ""
    if tags_[e] in ("JJ", "JJR", "JJS") and before in _BEFORE_NOUN | {","} \
            and words[e].lower() not in _PRONOUN_ADJECTIVES and _noun_goes_on(tags_, n):
        return f'ends on "{words[e]}" without its noun'
    return None


def _object_starts(verb: str, tag: str) -> bool:
    """Whether a word tagged ``tag`` after ``verb`` opens its object."""
    if tag in _NP_START:
        return True
    if tag not in _BARE_NP_START:
        return False
    from lemminflect import getAllLemmas

    low = verb.lower().replace("\u2019", "'")
    lemmas = getAllLemmas(low, "VERB").get("VERB") or getAllLemmas(low, "AUX").get("AUX") or (low,)
    return lemmas[0] in _NEEDS_OBJECT


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
        while j >= 0 and not kept[j] and tags_[j] in _PP_INSIDE and words[j][-1].isalnum():
            j -= 1  # (a number glued to its comma, "in 2004, have won", ends the phrase)
        if j < 0 or kept[j] or _kept_elsewhere(words, kept, j):
            continue
        opening = j == 0 and words[0].lower() not in cmp.SUBORDINATORS  # "[In] Q4 2025, Gemini's ..."
        if tags_[j] == "IN" and (any(kept[:j]) or opening) \
                and not _headline_may_drop(words[j].lower(), words[i].lower(), tags_[i]):
            return f'keeps "{words[i]}" without its "{words[j]}"'
        if tags_[j].startswith("VB") and any(kept[:j]):
            return f'keeps "{words[i]}" without its verb "{words[j]}"'  # "work [... maintain the] services"
    return None


def _kept_elsewhere(words: list[str], kept, j: int) -> bool:
    """Whether the last word kept before the dropped ``words[j]`` is the same word: a mask
    that a deletion's text gives may keep either ("arrested on [Thursday on] charges",
    "arrives back [from a mission to the Middle East] to try")."""
    before = next((k for k in range(j - 1, -1, -1) if kept[k]), None)
    return before is not None and words[before].lower() == words[j].lower()


_COMPLEMENTIZERS = frozenset("that whether if than as".split())


def _headline_may_drop(preposition: str, noun: str, tag: str) -> bool:
    """Whether a headline drops ``preposition`` before ``noun`` by custom: a clause's
    "that" ("Police say [that] suspect fled"), "on" before a weekday ("dies [on] Monday"),
    "by" before a number ("Shares rise [by] 5%")."""
    return preposition in _COMPLEMENTIZERS or preposition == "on" and noun in _WEEKDAYS \
        or preposition == "by" and tag == "CD"
