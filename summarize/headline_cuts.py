"""What a cut of an article's sentence lost: the checks that compare a headline candidate
with the sentence it was cut from.

``fragment_reason(text, source)`` names the first check a cut fails, or None: a fragment (an
imperative, a gerund or a noun phrase without a finite verb, an opening participle or
infinitive, an existential "There are ..."), a cut inside a list, a name or a noun phrase,
a verb cut from its object or agent, a subject cut from its verb, a negation or a hedge
deleted.  Like ``headline_checks``, it reads the surface of the text and lemminflect's
dictionary; it does not parse, and it does not check a title (a human wrote that).
"""

from __future__ import annotations

import re

from . import tagger
from .duplicates import STOP
from .headline_checks import (
    _FINITE_WORDS,
    _NOUN_BEFORE,
    _SHORT_LABEL,
    BAD_END,
    BE_WORDS,
    QUOTED,
    _finite,
    _participle,
    base_verb,
    has_verb,
    opens_imperative,
    participle_opener,
    third_person,
)
from .headline_style import (
    COPULAS,
    PREPOSITIONS,
    _lemma_if,
    can_be,
    participle_lemma,
    plural_noun,
    present_after_plural,
    verb_lemma,
)

# where a whole word starts (not inside "Rudolph's" or "well-known")
_WORD_START = r"(?<![\w'\u2019-])"
_WORD_END = r"(?![\w'\u2019-])"


def _whole_word(word: str, text: str, flags: int = 0) -> re.Match | None:
    """Where ``word`` stands as a whole word in ``text`` (not inside "Rudolph's" or "well-known")."""
    return re.search(_WORD_START + re.escape(word) + _WORD_END, text, flags)


_WORD_CHAR = re.compile(r"[\w'\u2019-]")
_FOLLOW: dict[str, re.Pattern] = {}


def _follows(word: str, follow: str, source: str) -> bool:
    """Whether ``word`` starts a word of ``source`` and the regex ``follow`` matches right
    after it: ``re.search(_WORD_START + re.escape(word) + follow, source)`` without compiling
    a pattern for every word (the compiled ``follow`` is kept)."""
    pat = _FOLLOW.get(follow)
    if pat is None:
        pat = _FOLLOW[follow] = re.compile(follow)
    return any(pat.match(source, end) or (m := _ASIDE.match(source, end)) and pat.match(source, m.end())
               for end in _word_ends(word, source))


_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")  # "based (directly) on the novel": what follows is "on"


def _word_ends(word: str, source: str):
    """Where ``word`` ends in ``source``, at each place where it starts a word (not inside
    "Rudolph's" or "well-known")."""
    i = source.find(word)
    while i >= 0:
        if i == 0 or not _WORD_CHAR.match(source[i - 1]):
            yield i + len(word)
        i = source.find(word, i + 1)
# "Two hostages who held by Taliban": a passive relative clause without its "were"
_BARE_PASSIVE = re.compile(r"\b(?:who|which)\s+(?:\w+ed|held|known|seen|taken|given|made|"
                           r"found|kept|shot|hit|set|put|told|sold|brought|thought|caught|built|"
                           r"sent|paid|won|lost|led)\s+by\b", re.I)
_COPULA_DEGREE_END = re.compile(r"\b(?:is|are|was|were|be|been|become|became)\s+(?:the\s+)?"
                                r"(?:most|more|least|less|equally|just\s+as|as|so|too|very)$", re.I)
# a passive relative clause with its auxiliary and nothing after it but phrases (the main verb
# was cut): "Two hostages who had been held by Taliban in Afghanistan"
_PASSIVE_RELATIVE = re.compile(r"^(?P<head>[^,]+?)\s+(?:who|which|that)\s+(?:(?:had|has|have)\s+been"
                               r"|was|were|is|are)\s+\w+(?:ed|en|wn|ld|ght|nt)\s+(?P<rest>.*)$")
# a possessive or a determiner: what follows is a noun phrase
_NOUN_PHRASE_START = re.compile(r"^(?:the|a|an|his|her|its|their|our|this|that)\s|^\S+['\u2019]s\s",
                                re.I)
# "Google's gaming offering, which is offered at $9.99": the main verb was after the clause
_NOUN_RELATIVE = re.compile(r"^(?P<head>[^,]+),\s+(?:which|who|whose|where)\s+[^,]*$")
_APPOSITIVE_RELATIVE = re.compile(r"^(?P<head>[^,]+,\s+[^,]{3,50}?)\s+(?:which|who|whose)\s+[^,]*$")
# A noun that means little without its "of" phrase: "a share of attention", "a number of cars"
_PARTITIVE = frozenset("share number lot series majority minority handful range couple part bunch "
                       "group total amount proportion percentage fraction rest dozens hundreds "
                       "thousands millions billions".split())
# "Rolling Stone reported of reunion tour": the object between the verb and "of" deleted
_VERB_OF = re.compile(r"\b(?:reported|reports|announced|announces|revealed|reveals|released|"
                      r"releases|unveiled|unveils|confirmed|confirms|disclosed|discloses|"
                      r"published|publishes|gave|gives|shared|shares)\s+of\b", re.I)
# a day, a month or "I" after a word is not a name the cut went into
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
         r"April|May|June|July|August|September|October|November|December|I)\b")
_REL_END = re.compile(r"\b(?:who|which|that|whom)\s+\S+$", re.I)
# a modal and the word after it, which must be its verb ("can [feel] impossible" is no clause);
# not a noun or a month ("the will of", "in may last year")
_MODAL_NEXT = re.compile("".join(rf"(?<!\b{w}\s)" for w in (
    "the", "a", "his", "her", "in", "of", "since", "until", "last", "next", "by", "on", "early", "late"))
    + r"(?<!\d\s)\b(?:can|could|will|would|may|might|must|should|shall)\s+([a-z]+)\b")


def _modal_without_verb(text: str) -> bool:
    """Whether a modal is followed by a word that is neither a verb's base form nor an
    adverb ("Carving out time for wedding preparation can impossible")."""
    from lemminflect import getAllLemmas

    for m in _MODAL_NEXT.finditer(text):
        w = m.group(1)
        if not base_verb(w) and w not in ("not", "never") and "ADV" not in getAllLemmas(w):
            return True
    return False


_NO_SUBJECT = re.compile(r"\w,\s+(?:will|would|has|have|had|is|are|was|were|can|could)\s", re.I)
_COPULA_NOUN_END = re.compile(r"\b(?:is|are|was|were)\s+(?:an?\s+|the\s+)?[a-z]+$")
# "There is/are/was/will be ...": an existential sentence, not a headline's clause
# (after an opening adverb: "Today, there is not a single domain", WCXB 0283, "True, there
# are ...", "As of today, there are ..."; not a date that makes it news: "Before 2012, there
# were few ... approved by FDA")
_EXISTENTIAL = re.compile(r"^(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+)?(?:there|perhaps\s+there)\s+(?:is|are|was|were|will|would|may|might|"
                          r"could|has|have|had|seems?|appears?)\b", re.I)
# a degree word after a copula with what follows it ("was so | getting", of "was fairly small so")
_DEGREE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:so|too|very)\s+([a-z]+)", re.I)
# the source goes on with the rest of a list the candidate ended in ("devices | , platforms
# and services"), not with a reported speaker ("rose 5 percent | , analysts and traders said")
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|both"
_LIST_NEXT = (r",\s+(?!(?:the|a|an|" + _NUMBER_WORDS + r")\b)(?:[a-z][\w'\u2019-]*,?\s+){1,3}(?:and|or)\s+"
              r"(?!(?:the|a|an|his|her|its|their|it|he|she|they|we|i|you|that|this|then|also|"
              + _NUMBER_WORDS + r")\b)[a-z][\w'\u2019-]*\b"
              r"(?!(?:\s+\S+){0,3}\s+(?:said|say|says|told|reported|according)\b)")
# the last item of an open list ("devices, platforms"; not the closed "maps and films")
_LIST_OPEN = re.compile(r",\s+(?:(?!(?:and|or)\s)[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*$")
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|who|which)\s+[^,]*", re.I)

# verbs that take "X as Y": without "as Y" they say something else ("saw winning [as a step]")
_AS_VERBS = frozenset("treat treats treated treating regard regards regarded see sees saw seen "
                      "view viewed describe describes described consider considers considered "
                      "classify classifies classified labelled labeled branded".split())
_PARTICLES = frozenset("out up down off away back".split())
_NEGATIONS = frozenset("not never no nor neither without hardly barely nothing none".split())
# what "not" softens: "is not entirely smooth" is not "is not smooth"
_HEDGES = frozenset("entirely completely fully always necessarily quite totally just only merely "
                    "all exactly particularly very really simply yet".split())
_TOKEN = re.compile(r"[\w'\u2019]+")
_HEDGED = re.compile(r"(?:\bnot|n['\u2019]t)\s+(" + "|".join(sorted(_HEDGES)) +
                     r")\s+(?:(?:the|a|an)\s+)?([\w'\u2019-]+)", re.I)


def _negation_deleted(text: str, source: str) -> str | None:
    """Why a cut of ``source`` says the opposite or more than it, or None: fewer negations
    than the source has between the words it keeps first and last ("earnings were [not] a
    disappointment"), or the hedge after a kept "not" gone ("is not [entirely] smooth")."""
    def norm(w: str) -> str:
        w = w.lower().replace("\u2019", "'")
        return "n't" if w.endswith("n't") else w

    src = [norm(w) for w in _TOKEN.findall(source)]
    cand = [norm(w) for w in _TOKEN.findall(text)]
    content = [w for w in cand if w not in STOP and w not in _NEGATIONS and w != "n't"]
    if len(content) < 2 or content[0] not in src:
        return None
    a = src.index(content[0])
    b = max((k for k, w in enumerate(src) if w == content[-1] and k > a), default=-1)
    if b < 0:
        return None
    negations = [w for w in src[a:b + 1] if w in _NEGATIONS or w == "n't"]
    if len(negations) > sum(w in _NEGATIONS or w == "n't" for w in cand):
        return f"a negation deleted ('{negations[0]}')"
    for m in _HEDGED.finditer(source):
        if re.search(r"(?:\bnot|n['\u2019]t)\s+(?:(?:the|a|an)\s+)?" + re.escape(m.group(2)) + r"\b",
                     text, re.I):  # "Not [just the] Sensex"
            return f"the hedge after 'not' deleted ('{m.group(1)}')"
    return None


_DEGREE_OF = re.compile(r"\b((?:[a-z]+-)?(?:most|least))\s+([a-z][\w'\u2019-]*)", re.I)


def _degree_deleted(text: str, source: str) -> str | None:
    """Why a cut says more than its source, or None: a word kept without the degree before it
    ("Wyoming was [the second-most] affordable state", "[most] readers")."""
    cand = [w.lower() for w in _TOKEN.findall(text.replace("-", "_"))]
    for m in _DEGREE_OF.finditer(source):
        word = m.group(2).lower().replace("-", "_")
        if word in cand and m.group(2).lower() not in STOP and not any(
                cand[k - 1] == m.group(1).lower().replace("-", "_") for k, w in enumerate(cand) if w == word and k):
            return f"a degree deleted ('{m.group(1)}')"
    return None


_OPENING_PHRASE = re.compile(r"^(?:In|On|At|For|With|From|During|After|Before|Under|Among|Across|"
                             r"Inside|Outside|Throughout|This|Last|Next|Every)\s+[^,]{2,60},\s+")  # "This holiday season, I ..."


def _subject_from_opening(ws: list[str], source: str) -> bool:
    """Whether a cut opens with a word of the source's opening phrase and keeps none of the
    subject after it: "ICUs wired to up to ten medical equipment" of "In traditional ICUs, each
    patient is wired to ..." (not "Paris protesters march" of "In Paris, protesters marched")."""
    m = _OPENING_PHRASE.match(source)
    if not m:
        return False
    opening = {w.lower() for w in _TOKEN.findall(m.group(0))[1:]}
    if ws[0].lower().strip(",") not in opening:
        return False
    subject = []
    for w in source[m.end():].split()[:6]:
        if _finite(w):
            break
        subject.append(w.lower().strip(",;:"))
    kept = {w.lower().strip(",;:") for w in ws}
    return bool(subject) and not any(w in kept for w in subject if w not in STOP) \
        and any(w.lower().strip(",;:") not in opening for w in ws[1:])


def _unquoted_quotation(text: str, source: str) -> bool:
    """Whether ``text`` keeps three words in a row from inside a quotation of ``source``
    but not its quotation marks (a speaker's words told as the headline's own)."""
    if any(q in text for q in "\"\u201c\u201d\u2018"):
        return False
    words = [w.lower().strip(",.;:!?") for w in text.split()]
    grams = {tuple(words[k:k + 3]) for k in range(len(words) - 2)}
    for m in QUOTED.finditer(source):
        inner = [w.lower().strip(",.;:!?\"\u201c\u201d") for w in m.group(0).split()]
        if grams & {tuple(inner[k:k + 3]) for k in range(len(inner) - 2)}:
            return True
    return False


SUBORDINATE = re.compile(r"^(?:Although|Though|While|Because|If|When|Once|As|Since|Despite|Unless|"
                         r"Whereas)\s+(?P<clause>[^,]{3,150}),\s+(?P<main>.+)$")


# subordinate clauses that do not assert what they say: a condition or the time of an event
_NOT_ASSERTED = frozenset("if unless when whenever once".split())


def _spans_subordinate(ws: list[str], source: str) -> bool:
    """Whether a candidate starts inside the source's opening subordinate clause and runs
    into its main clause, the link gone ("[Although] Elizabeth Snyder [still endures immense]
    pain[,] their son Malachi helps"), or stays inside a clause that does not assert what it
    says ("[When a member announced that] Elton John would be performing[, his
    representatives shut down the claim]")."""
    m = SUBORDINATE.match(source)
    opener = source.split()[0].lower() if m else ""
    if not m or ws[0].lower() == opener:
        return False
    clause = {w.lower().strip(",.") for w in m.group("clause").split()}
    main = {w.lower().strip(",.") for w in m.group("main").split()} - clause - STOP
    low = [w.lower().strip(",.") for w in ws]
    return low[0] in clause and (any(w in main for w in low[1:])
                                 or opener in _NOT_ASSERTED)


# what opens a sentence's opening phrase or clause: "With smart planning, a strong team ...,"
_OPENING_LINK = re.compile(r"(?i)(?:with|by|when|whenever|whether|if|as|after|before|while|although|though|"
                           r"because|for|through|despite|without|since|unless|once|until|like|unlike|"
                           r"from|during|upon)\b")


def _opening_link_dropped(text: str, ws: list[str], source: str) -> bool:
    """Whether the candidate keeps a cut of the source's opening phrase, with its comma, but
    not the word that linked it to the main clause ("[With smart planning,] strong team and
    standout venue, any event can be a success", "[By leveraging] CIS resources, organizations
    can ...", "[When someone is struggling with anxiety,] depression, trauma, or burnout, their
    first step is ..."); the phrase folded into the subject ("[In] Paris protesters march")
    keeps no comma."""
    link = _OPENING_LINK.match(source)
    if not link or "," not in text or ws[0].lower() == link.group(0).lower() or "," not in source:
        return False
    end = at = source.index(",")
    while True:  # the phrase runs on through a list: ", a strong team, a clear goal, and a venue,"
        item = re.match(r",\s*((?:and|or)\s+)?([^,]{1,50}),", source[at:])
        words = item.group(2).split() if item else []
        if not item or len(words) > 5 or any(w.lower() in _FINITE_WORDS or _lemma_if(w, "VBD") for w in words[1:]):
            # ("residents fled", "the bulk goes on personal care" are clauses; "late returns" a noun)
            break
        at += item.end() - 1
        if item.group(1) or re.search(r"\s(?:and|or)\s", item.group(2)):
            end = at  # (a list closes with "and" or "or": not "guide, Jane Doe, a librarian,")
    return _whole_word(ws[0], source[link.end():end], re.I) is not None


_BEFORE_AND_OR = re.compile(r"([\w'\u2019-]+),?\s+(?:and|or)\s")


def _list_item_alone(text: str, source: str) -> bool:
    """Whether ``text`` keeps an item from the middle of one of the source's lists without
    the item before it ("Hege is CEO of DH public relations" of "DH, the Spokane
    advertising, public relations and branding firm")."""
    low = text.lower()
    before_and = [m.group(1) for m in _BEFORE_AND_OR.finditer(source)]
    for w in set(re.findall(r"(?<![\w'\u2019-])[a-z]{3,}(?![\w'\u2019-])", text)):
        if not any(b.endswith(w) for b in before_and):
            continue  # (the search below needs "w, and" or "w or" in the source)
        m = re.search(r"([\w'\u2019-]+),\s+(?:[a-z][\w'\u2019-]*\s+)?" + w + r",?\s+(?:and|or)\s", source)
        if m and not _follows(m.group(1).lower(), _WORD_END, low):
            return True
    return False


def _modifying_participle_end(ws: list[str], source: str) -> bool:
    """Whether the candidate ``ws`` has no verb but a past participle at its end, which the
    source puts right after the same noun and before a preposition: a participle that
    modified the noun ("About a month ago AI documentation platform used" of "..., an AI
    documentation platform used by some of the top companies"), not a headline's passive
    ("Man arrested" of "A man was arrested in Leeds")."""
    w = _final_participle(ws)
    if len(ws) < 2 or w is None:
        return False
    prev = ws[-2].strip(",;:")
    if prev.lower() in BE_WORDS or any(_finite(x) or x.lower() == "to" for x in ws[:-1]):
        return False  # (with a verb, the participle's agent may be what went: ``_agent_cut``)
    return re.search(_WORD_START + re.escape(prev) + r"\s+" + w + r"\s+(?:by|in|for|to|with|from|on|at|as)\s",
                     source, re.I) is not None


def _infinitive_cut(ws: list[str], source: str) -> bool:
    """Whether the candidate ``ws`` ends with a past participle that the source follows,
    after its agent or at once, with the infinitive it needs ("The National Library of Norway
    and KulturIT commissioned" of "... were commissioned by the Norwegian Ministry of Culture
    to carry out a pilot project"; "Man ordered | to pay")."""
    w = _final_participle(ws)
    if w is None:
        return False
    m = re.search(_WORD_START + w + r"\s+(?:by\s+[^,.;:]{1,80}?\s+)?to\s+([a-z]+)\b", source)
    return m is not None and base_verb(m.group(1))


def _last_item_opens(first: str, source: str) -> bool:
    """Whether the candidate's first word ``first`` is, where the source first says it, the
    last item of a list of three or more ("Similarly, countries like Australia, Singapore,
    Hong Kong, and Japan are taking ...")."""
    m = _whole_word(first, source)
    return m is not None and re.search(r",[^,.;:]{1,40},?\s+(?:and|or)\s+$", source[:m.start()]) is not None


def _colon_list_cut(text: str, source: str) -> bool:
    """Whether ``text`` ends a few words after a colon where the source goes on with a list
    ("... the considerable financial risks of traveling: accidents, illness, missed flights")."""
    m = re.search(r":\s+((?:\S+\s+){0,2}\S+)$", text)
    return m is not None and re.search(r":\s+" + re.escape(m.group(1)) + r",\s+[^,]+,", source) is not None


def _participle_clause(first: str, last: str, source: str) -> bool:
    """Whether the source sentence opens with a participle clause ("Designed specifically
    for ICUs and released by Ascom, the solution helps ...": the participle, then a
    preposition or an adverb, up to a comma) that holds a candidate opening with ``first``
    and ending with ``last`` ("Sacked MP Howard Flight's association has insisted ..." is
    no clause: a noun follows the participle)."""
    ws = source.split()
    comma = source.find(",")
    if len(ws) < 3 or ws[0].lower() != first or comma < 0:
        return False
    inside = re.search(_WORD_START + re.escape(last.strip(",;:")) + r"\b", source[:comma]) is not None
    if first.endswith("ing") and verb_lemma(first) in _CLAUSE_VERBS | _DECLARING and inside:
        # a participle of saying with a clause for its object, then the main clause:
        # "Declaring 'the soul of the Corps' is at stake, Defense Secretary Robert Gates has ..."
        return any(_finite(w) for w in source[comma + 1:].split()[:8])
    if not (_participle(first) or first.endswith("ed") and len(first) > 5):  # "rebranded"
        return False
    second = ws[1].lower().strip(",")
    if second not in PREPOSITIONS and not second.endswith("ly") and second != "to":
        return False
    return inside


def _plural_after_preposition(ws: list[str], k: int) -> bool:
    """Whether ``ws[k]`` is an -s word with a noun reading inside a prepositional phrase
    ("Merger of big newspaper chains": a plural noun, not the verb "chains")."""
    from lemminflect import getAllLemmas

    w = ws[k].lower().strip(",")
    if not w.endswith("s") or not getAllLemmas(w).get("NOUN"):
        return False
    before = [x.lower() for x in ws[max(0, k - 3):k]]
    return any(x in PREPOSITIONS for x in before)


_OBJECT_NEXT = r"(?:a|an|the|his|her|their|its|my|our|your|this|these|those|to|some)\b|[\u201c\u2018<]"
_OBJECT_NEXT_NOT_TO = _OBJECT_NEXT.replace("|to|", "|")  # an object, not an infinitive's "to"


# adverbs that split an infinitive: "to both meet the demand", "to better serve customers"
_SPLITTING = frozenset("both also better further fully really truly even finally quickly".split())


def _verb_cut_from_object(word: str, source: str, before: str = "") -> bool:
    """Whether ``word`` (a candidate's last) is a past form that the source sentence follows
    with its object or complement ("charges he threatened | to kill", "gunman killed | the
    guard": the headline would say he was killed), or an infinitive (``before`` is "to")
    followed by its object ("causes him to develop | a rare condition"), or an -ing form
    followed by its object ("copped backlash for publishing | a graphic ad")."""
    from lemminflect import getAllLemmas

    w = word.strip(",;:")
    if w.isalpha() and w.islower() and "VERB" in getAllLemmas(w) and re.search(
            _WORD_START + re.escape(w) + r"\s+(?:that|this|it|them|these|those)[.!?\"\u201d]*\s*$", source):
        return True  # its object a pronoun at the sentence's end: "The code examples reflect | that" (WCXB 0429)
    split = before.lower() in _SPLITTING and re.search(r"\bto\s+" + before + r"\s+" + re.escape(w) + r"\b",
                                                       source, re.I)  # "to both meet | the demand"
    if (before.lower() == "to" or split) and w.isalpha() and w.islower() \
            and w in (getAllLemmas(w).get("VERB") or ()):
        obj = _OBJECT_NEXT_NOT_TO
        if w not in _CHANGE_VERBS:  # ("expected to rise | over 10%" may end)
            obj += r"|\d|(?:over|more\s+than|about|nearly|almost|around)\s+(?:\S*\d|half|a|an)\b"
        return re.search(r"\bto\s+(?:" + re.escape(before) + r"\s+)?" + re.escape(w) + r"\s+(?:" + obj + ")",
                         source) is not None  # (or an amount: "to generate | over $500bn", "to cut | 500 jobs")
    if w.isalpha() and w.islower() and w.endswith("ing") and "VERB" in getAllLemmas(w) \
            and before.lower() not in _DETERMINERS:  # "for publishing | a graphic ad"
        obj = _OBJECT_NEXT_NOT_TO
        after = _WORD_START + re.escape(w) + r"\s+(?:with|from|for|in|on|to)\b"
        if _plural_noun_before(before) and re.search(after, source):
            return True  # "funneling young people struggling | with grades": a noun's participle
        return re.search(_WORD_START + re.escape(w) + r"\s+(?:as\s+much|" + obj + ")", source) is not None
    if not w.isalpha() or not w.islower() or not w.endswith("ed") \
            or set(getAllLemmas(w)) != {"VERB"}:
        return False  # "resigns | his post", "plans | to": a verb that may end a clause
    return re.search(_WORD_START + re.escape(w) + r"\s+(?:" + _OBJECT_NEXT + ")", source) is not None


def _plural_noun_before(word: str) -> bool:
    """Whether ``word`` is a plural noun ("people", "residents"), which a participle after it
    modifies."""
    from lemminflect import getAllLemmas

    w = word.lower().strip(",;:")
    return w in ("people", "children", "men", "women") or w.endswith("s") and "NOUN" in getAllLemmas(w) \
        and "VERB" not in getAllLemmas(w)


_SHORT_PARTICIPLES = frozenset("hit struck shot caught bought sold led held won hurt cut put set "
                                "beaten bitten eaten taken given seen known".split())


def _final_participle(ws: list[str]) -> str | None:
    """The past participle that ends the candidate ``ws`` ("hit", "commissioned"), or None."""
    w = ws[-1].strip(",;:")
    return w if w.isalpha() and w.islower() and (w in _SHORT_PARTICIPLES or _participle(w)) else None


def _agent_cut(ws: list[str], source: str) -> bool:
    """Whether the candidate ``ws`` ends with a past participle that the source sentence
    follows with its agent or complement: a light verb whose agent is the news ("has been
    hit | by the bubonic plague"), or a participle after a noun, modifying it, in a
    candidate that has its verb before ("extends reach of alarms generated | by the
    monitors", "to recall all cars equipped | with faulty pumps"); "Libraries to be
    digitised | by Google" and "Man charged | with murder" may end."""
    w = _final_participle(ws)
    if w is None:
        return False
    before = [x.lower().strip(",;:") for x in ws[:-1]]
    light = w in _LIGHT_PARTICIPLES
    head = [x for x in before if not x.endswith("ly")]  # (the word it follows, past an adverb: "has rapidly")
    modifier = len(before) > 1 and head and head[-1] not in BE_WORDS | {"has", "have", "had"} \
        and verb_lemma(head[-1]) not in COPULAS and not _participle(before[-1]) \
        and any(_finite(x) or x == "to" for x in ws[1:-2])
    relative = any(x in ("who", "which") for x in before)  # "Gerrard, who has been constantly linked | with"
    if not (light or modifier or relative):
        return False
    after = r"\s+by\s+(?!far\b|then\b|now\b)" if light else \
        r"\s+(?:by|with|from|into|for)\s+(?!far\b|then\b|now\b)"  # ("text extracted | from the internet")
    return re.search(_WORD_START + w + after, source) is not None


def _inflected_verb(word: str) -> bool:
    """Whether a lower-case ``word`` is an inflected form of a verb ("known", "sees"): a verb
    in lemminflect's dictionary, and not its base form (``base_verb``)."""
    return word.isalpha() and word.islower() and verb_lemma(word) is not None \
        and not base_verb(word)


# verbs whose object is followed by what they ask for: "ask X to leave", "wants its stadium
# to be a beacon"
_ASK_VERBS = frozenset("ask asks asked tell tells told urge urges urged force forces forced "
                       "persuade persuades persuaded order orders ordered allow allows allowed "
                       "encourage encourages encouraged want wants wanted expect expects "
                       "expected push pushes pushed prompt prompts prompted cause causes caused "
                       "enable enables enabled require requires required invite invites invited "
                       "lead leads led".split())
# a copula, a noun phrase and a last word: "Zero rating is a poison pill wrapped"
_COPULA_NP_END = re.compile(r"\b(?:is|are|was|were)\s+(?:an?|the|\S+['\u2019]s)\s+(?:\S+\s+){1,4}\S+$")
# verbs that need their preposition: "does not account | for", "Unless they opt | for"
_PREPOSITIONAL_VERBS = {"account": "for", "opt": "for", "rely": "on", "depend": "on",
                        "consist": "of", "refer": "to", "cope": "with", "comply": "with",
                        "result": "in", "focus": "on", "dispose": "of", "stem": "from",
                        "adhere": "to", "subscribe": "to", "cater": "to", "abide": "by",
                        "invest": "in", "engage": "in", "specialize": "in", "combine": "with",
                        "lead": "to", "contribute": "to", "belong": "to", "swear": "in",
                        "usher": "in", "phase": "in", "take": "to", "go": "after",
                        "begin": "with", "start": "with", "base": "on", "tinker": "with",
                        "grapple": "with", "deal": "with"}
_NOUN_FORMS = frozenset("deal deals".split())  # "signs trade deal | with China": a noun may end
# adjectives that need their preposition: "a space complete | with libraries", "similar | to"
_ADJECTIVE_PREPS = {"complete": "with", "similar": "to", "capable": "of", "prone": "to", "akin": "to",
                    "devoid": "of", "reminiscent": "of", "comparable": "to", "identical": "to",
                    "accustomed": "to", "conducive": "to", "indicative": "of", "susceptible": "to",
                    "aside": "from", "apart": "from"}  # ("attractions aside | from the temples")


# verbs of a change that an amount may follow without being their object ("to rise | 10%")
_CHANGE_VERBS = frozenset("rise fall grow climb drop jump surge soar slip slide decline plunge tumble "
                          "sink dip increase decrease shrink rebound recover".split())
# verbs that take an object and then a preposition's phrase they need: "tasked the agents with
# rebuilding Minesweeper", "accused the firm of fraud"
_OBJECT_PREP_VERBS = {"task": "with", "charge": "with", "equip": "with", "credit": "with", "entrust": "with",
                      "accuse": "of", "rob": "of", "deprive": "of", "strip": "of", "remind": "of",
                      "inform": "of", "convince": "of"}


def _object_prep_cut(ws: list[str], at_last) -> bool:
    """Whether the candidate ``ws`` ends on the object of one of ``_OBJECT_PREP_VERBS``, a few
    words after the verb, where the source goes on with the preposition the verb needs."""
    for k in range(max(1, len(ws) - 6), len(ws) - 1):
        prep = _OBJECT_PREP_VERBS.get(verb_lemma(ws[k].lower()) or "")
        between = [w.lower() for w in ws[k + 1:]]
        if prep and not any(w in PREPOSITIONS or w.endswith(",") for w in between) \
                and at_last(r"\s+" + prep + r"\s"):
            return True
    return False


def _source_form(word: str, source: str) -> str:
    """``word`` as its source sentence has it: the headline style retenses a verb ("combined"
    in the source is "combines" in the candidate)."""
    if _follows(word, _WORD_END, source):
        return word
    lemma = verb_lemma(word.lower())
    for w in re.findall(r"[A-Za-z]+", source) if lemma else ():
        if verb_lemma(w.lower()) == lemma:
            return w
    return word


# a name's verb: "known as ...", "called X" ("named as a centre" is a choice, not a name)
_NAMING_VERBS = frozenset("known called named dubbed titled nicknamed".split())
# the words before a verb's base form: a pronoun, "to", a modal, "do" ("sedan will pull")
_BASE_BEFORE = frozenset("i we you they to will would can could may might must should do did".split())
_LIGHT_PARTICIPLES = frozenset("hit struck affected caused led driven prompted triggered".split())


# what may follow the end of a headline in its sentence without being cut from it: a time
# ("Sales rise 5 percent | year on year", "Council votes | tonight")
_TIME_NOUN = frozenset("year years week weeks month months day days night nights morning afternoon "
                       "evening season quarter decade time times monday tuesday wednesday thursday "
                       "friday saturday sunday".split())
_NOT_A_NOUN_AFTER = _TIME_NOUN | STOP | BAD_END
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
# ... and the words after which an adjective wants its noun: "many different [systems]"
_NOUN_DETERMINERS = _DETERMINERS | frozenset("many few several various numerous other some any every each".split())


def _noun_phrase_cut(word: str, source: str, before: str = "", after: str = "") -> bool:
    """Whether ``word`` (a candidate's last) is a modifier whose noun the source sentence
    gives next ("the body's natural | microbial health", "DH, Spokane advertising | agency"):
    the next word lower case, the last word too or a capitalised one after a determiner
    (``before``: "his Ukrainian | counterpart"); the last word can be an adjective or a
    noun, the next cannot be a verb or an adverb, nor a time ("rise 5 percent | year on
    year").  Inside a candidate, ``after`` is its next word: the source's noun is missing
    when that is another ("his Ukrainian was" of "his Ukrainian counterpart was")."""
    from lemminflect import getAllLemmas

    w = word.strip(",;:")
    named = w[:1].isupper() and w[1:].islower() and before.lower() in _DETERMINERS
    if not w.isalpha() or not (w.islower() or named) or w.lower() in BAD_END:
        return False
    pos = getAllLemmas(w)
    if pos and not ({"ADJ", "NOUN"} & set(pos)):
        return False
    m = re.search(_WORD_START + re.escape(w) + r"\s+([a-z]+)\b(?![-'\u2019])", source)
    if not m or m.group(1) in _NOT_A_NOUN_AFTER or len(m.group(1)) < 3 \
            or after.lower().strip(",;:") == m.group(1):
        return False
    nxt = getAllLemmas(m.group(1))
    return not ({"VERB", "ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART"} & set(nxt)) \
        and (bool({"ADJ", "NOUN"} & set(nxt)) or not nxt)


# The first word of a title that a headline may not drop: "Foreign Secretary", "Former
# President", "Deputy Mayor" (a nationality or a party may go: "[U.S.] President ...").
_TITLE_PART = ("Foreign", "Former", "Deputy", "Vice", "Acting", "Interim", "Assistant",
               "Associate", "Home", "Attorney", "Prime", "Chief", "Lieutenant", "Under", "Ex")


# Participles that link a noun to the next one ("a row involving Taylor Swift"): the noun
# phrase's verb is still to come.
_RELATIONAL = re.compile(r"^(?:\S+\s+){1,3}?(?:involving|including|featuring|regarding|"
                         r"concerning|containing|surrounding)\s+(?P<rest>.*)$")


def _only_relational(text: str) -> bool:
    """Whether ``text`` is a noun and a linking participle without a finite verb in the
    participle's clause ("Row involving Taylor Swift, her former record label")."""
    m = _RELATIONAL.match(text)
    if not m:
        return False
    rest = re.split(r",\s+(?:and|but)\s|;", m.group("rest"))[0]
    return not any(_finite(w) for w in rest.split())


# verbs whose object takes a complement ("made training faster", "keeps prices high")
_COMPLEMENT_VERBS = frozenset("make makes made making keep keeps kept keeping render renders "
                              "rendered rendering".split())


def _complement_next(word: str, source: str) -> bool:
    """Whether ``source`` goes on after ``word`` with an adjective within four words, before
    any punctuation ("training | and tracking faster and more convenient")."""
    m = re.search(_WORD_START + re.escape(word) + r"((?:\s+[\w'\u2019-]+){1,4})", source)
    return bool(m) and any(w.lower() in ("more", "less") or _adjective(w) for w in m.group(1).split())


def _adjective(word: str) -> bool:
    """An adjective that is not also a noun or a verb ("faster", "convenient"; not "high")."""
    from lemminflect import getAllLemmas

    parts = getAllLemmas(word.lower().strip(",;:"))
    return "ADJ" in parts and not {"NOUN", "VERB"} & set(parts)


# the verb of an attribution after a comma: "..., he said", "..., she added"
_SAY_AFTER = ("said|says|added|adds|told|tells|wrote|writes|noted|notes|explained|explains|argued|"
              "argues|warned|warns|believes|believe|thinks|think|insisted|insists|claimed|claims|"
              "recalled|recalls|admitted|admits|conceded|concedes")


def _ing_opener(first: str, source: str) -> bool:
    """Whether ``first``, the source's first word, is an -ing form that the dictionary knows only
    as a verb ("Featuring", "Using"; not "Building", a noun too)."""
    w = first.lower()
    return source.split()[:1] == [first] and w.endswith("ing") and w.isalpha() \
        and can_be(w, {"VERB"}) and not can_be(w, {"NOUN", "ADJ"})


def _has_finite_after_opener(ws: list[str]) -> bool:
    """Whether ``ws``, after its opening -ing word, has a finite verb: an auxiliary, or a past
    or present form that is not the word right after the opener (the modifier of its object:
    "Featuring recommended books") and not a plural noun ("books")."""
    return any(w.lower() in _FINITE_WORDS for w in ws[1:]) or any(
        _finite(w) and not plural_noun(w.strip(",;:").lower()) for w in ws[2:])


def _end_reason(text: str, ws: list[str], source: str, title_case: bool) -> str | None:
    """Why the cut ``text`` (its words ``ws``) ends where its ``source`` sentence goes on
    with what its last words need, or None: a name, an "of" after a quantity, the "as" of
    "treat X as", the preposition of a prepositional verb ("does not account | for"), the
    "to" of "ask/want/expect X to", the name of a naming verb ("known | as"), the particle
    of a phrasal verb ("will pull | in more buyers") or its complement ("taken out | of
    service"), the "until" or "but" of a negation ("had no option | but to"), the clause of
    "a time | when", a noun's complement, the next item of a list, the verb of a subject
    ("Charles | has"), or the verb of a list of nouns ("New vehicles, several new SUVs |
    ... are among"); or it is an opening "Before ..." whose main clause went, a gerund subject
    after "but" without its verb ("but finding earbuds | that keep up"), an adjective without
    its noun ("many different | , and conflicting, systems"), "more" without its noun ("and
    more | and more people"), a list of names cut after its second item; an adjective cut from
    its preposition ("a space complete | with"), an opening participle phrase without the
    clause after its comma ("Featuring recommended books | , this video ensures")."""
    word = _source_form(ws[-1].rstrip(",;:"), source)
    last = re.escape(word)
    name = r"\s+(?:of|&|de|la|von|van)\s+[A-Z]" if ws[-1][:1].isupper() else \
        r"\s+(?!" + _WHEN + r")[A-Z]"
    def at_last(follow: str) -> bool:  # the candidate's last word in the source, then ``follow``
        return _follows(word, follow, source)

    if at_last(name):
        return "cut inside or before a name"  # "... to ride potential | Rock and Roll"
    if (re.search(r"[\u2014\u2013]\w+$", ws[-1]) or len(ws) > 1 and ws[-2] in ("\u2014", "\u2013")) \
            and at_last(r"\s+[\w\u2014\u2013]"):
        return "cut inside a dash aside"  # "... twice in the past half-century\u2014once | in ..."
    if last.lower() in ("all", "half") and at_last(r"\s+(?:over|the|of|across|around|along)\b"):
        return "cut inside a phrase"  # "to acquire property all | over the US"
    if re.match(r"(?:After|Before|Until|Till)\s", text) and "," not in text and "," in source \
            and (at_last(r",\s+\S") or source.lstrip().startswith(ws[0] + " ")):
        # "Before students dive in and write an essay[ about themselves], take the time ..."
        return "a subordinate clause without its main clause"
    m = re.search(r",\s+(?:but|and|yet)\s+([a-z]+ing)\b(.*)$", text)
    after = m.group(2).split() if m else []  # (its object first: "finding books", not "books a flight")
    if m and not can_be(m.group(1), {"ADJ"}) \
            and not any(_finite(w) and (k or not can_be(w, {"NOUN"})) for k, w in enumerate(after)):
        return "a gerund subject without its verb"  # "Exercising is tough, but finding earbuds | that ..."
    if len(ws) > 2 and ws[-2].lower() in _NOUN_DETERMINERS and ws[-1].isalpha() and ws[-1].islower() \
            and can_be(ws[-1], {"ADJ"}) and not can_be(ws[-1], {"NOUN", "VERB"}) and not ws[-1].endswith("est") \
            and at_last(r",?\s+[a-z]"):  # (a superlative stands alone: "is at its highest")
        return "cut inside a noun phrase"  # "... already faced by many different | , and conflicting, systems"
    if re.search(r"\bboth\s+\S+(?:\s+\S+)?$", text) and at_last(r",?\s+and\b"):
        return "cut inside 'both ... and'"  # "... feelings of both excitement | and dread"
    if last.lower() in ("more", "less", "fewer") and len(ws) > 2 and at_last(r"\s+(?:and\s+more\s+)?[a-z]"):
        return "a quantity cut from its noun"  # "... increasingly important and more | and more people"
    if len(ws) > 2 and ws[-2].endswith(",") and ws[-1][:1].isupper() and at_last(r",\s+(?:(?:and|or)\s+)?[A-Z]"):
        return "cut inside a list"  # "Options to choose from were Light, Composition | , Subject, ..."
    if len(ws) > 2 and ws[-2].endswith(",") and ws[-1].isalpha() and ws[-1].islower() \
            and can_be(ws[-1], {"ADJ"}) and at_last(r"\s+(?:in|of|on|with|from|to|for)\s+[^,.;]*,"):
        return "cut inside a list"  # "snacks that are vegetable based, low | in fat, and high in fiber"
    if last.lower() in _PARTITIVE and at_last(r"\s+of\b"):
        return "a quantity cut from its 'of'"  # "... draws South Dakota-sized share | of attention"
    if at_last(r"(?:\s+[\w'\u2019-]+){0,2}\s+as\b|(?:\s+\S+){0,4}\s+[\u2014\u2013-]\s.{0,60}?\bas\b") and \
            any(w.lower().strip(",") in _AS_VERBS for w in ws[1:-1]):
        return "a verb cut from its 'as'"  # "rule lets carriers treat animals | as pets"
    prep = None if last.lower() in _NOUN_FORMS else _PREPOSITIONAL_VERBS.get(verb_lemma(last.lower()))
    if last.lower() in _ADJECTIVE_PREPS and at_last(r"\s+" + _ADJECTIVE_PREPS[last.lower()] + r"\b"):
        return "an adjective cut from its preposition"  # "customer-centered space complete | with"
    if prep and at_last(r"\s+" + prep + r"\b(?!\s+(?:the\s+)?(?:help|support|backing|aid)\b)"):
        return f"a verb cut from its '{prep}'"  # "the settlement does not account | for"
    if _object_prep_cut(ws, at_last):
        return "a verb cut from its complement"  # "publication tasks four agents | with rebuilding ..."
    if verb_lemma(last.lower()) and at_last(r"\s+(?:themselves|himself|herself|itself|ourselves|"
                                             r"yourself|him|them|us|me)\b"):
        return "a verb cut from its object"  # "Oligarchs loan | themselves $470B"
    asked = [k for k in range(max(1, len(ws) - 5), len(ws) - 1) if ws[k].lower() in _ASK_VERBS]
    if asked and not any(w.lower() in PREPOSITIONS for w in ws[asked[-1] + 1:]) and at_last(
            r"(?:\s+[\w'\u2019-]+){0,3}?\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]"):
        return "a verb cut from its 'to'"  # "had no option but to ask their co-founder | to leave"
    if last.lower() in _NAMING_VERBS and at_last(
            r"\s+as\b" if last.lower() == "known" else r"\s+[A-Z\"\u201c\u2018']"):
        return "a naming verb cut from its name"  # "Ellen Simonetti, known | as Queen of the Sky"
    if len(ws) > 2 and ws[-2].lower() in _BASE_BEFORE and base_verb(ws[-1]) and at_last(
            r"\s+(?:in|out|up|down|off|away|back)\s+(?:more|" + _OBJECT_NEXT + ")"):
        return "a phrasal verb cut from its particle"  # "sedan will pull | in more buyers"
    if last.lower() in _PARTICLES and len(ws) > 2 and \
            at_last(r"\s+(?:of|with|from|for|against)\b"):
        return "a phrasal verb cut from its complement"  # "ferry taken out | of service"
    if re.search(r"\b(?:not|never)\b|n['\u2019]t\b", text, re.I) and \
            at_last(r",?\s+(?:until|till|unless)\b"):
        return "a negation cut from its 'until'"  # "car isn't expected | until next year"
    if re.search(r"\b(?:no|not|never|nothing|none)\b|n['\u2019]t\b", text, re.I) and \
            at_last(r"\s+(?:but|except|other\s+than|save\s+for)\b"):
        return "a negation cut from its 'but'"  # "had no option | but to surrender"
    made = [k for k in range(max(0, len(ws) - 4), len(ws) - 1) if ws[k].lower() in _COMPLEMENT_VERBS]
    if made and not any(map(_adjective, ws[made[-1] + 1:])) and _complement_next(word, source):
        return "a verb cut from its complement"  # "technology has made training | ... faster"
    if at_last(r",\s+(?:it|he|she|they)\s+(?!(?:" + _SAY_AFTER + r")\b)[a-z]"):
        return "a fronted modifier without its clause"  # "A flatworm shaped like a comma | , it can be found"
    m = _ing_opener(ws[0], source) and not _has_finite_after_opener(ws) and re.search(
        last + r",\s+(?:this|that|these|those|the|an?|his|her|its|their|our|my|your|it|he|she|they|we|"
        r"i|you)\s", source)
    if m and not _has_finite_after_opener(source[:m.start()].split() + [word]) and not re.match(
            r"(?:\S+\s+){0,4}(?:has\s+|have\s+|had\s+)?(?:" + _SAY_AFTER + r"|ruled|found|reported)\b",
            source[m.end():]):
        # "Featuring recommended books | , this video ensures ..." (not "Making games ... will
        # require more money | , an industry conference has been told", nor before a reporting
        # clause: "Detaining suspects without trial breaks the law | , the court has ruled")
        return "a participle phrase without its main clause"
    if last.lower() == "time" and at_last(r"\s+when\b"):
        return "a noun cut from its clause"  # "rallying at a time | when concerns grow"
    if _COPULA_NOUN_END.search(text) and at_last(r"\s+(?:to|of|by|that|who|which|whose)\s"):
        return "a noun cut from its complement"  # "Hearings are an effort | by Democrats to"
        # ("Digital nomads are people | who ...", WCXB 5626)
    if ws[-1].isalpha() and ws[-1].islower() and not _participle(ws[-1]) \
            and can_be(ws[-1].lower(), {"NOUN"}) and at_last(r"\s+by\s+[A-Z]"):
        return "a noun cut from its 'by'"  # "trailed late before goals | by Josh Bailey"
    if len(ws) > 2 and ws[-2].lower() == "being" and ws[-3].lower() not in BE_WORDS and at_last(
            r"\s+(?:from|by|with|in|into|at|to|for|on|off|out)\b"):
        return "a participle cut from its complement"  # "inside vessel being removed | from the water"
    if _COPULA_NP_END.search(text) and _participle(ws[-1]) and at_last(
            r"\s+(?:in|on|at|by|with|from|into|for|to|as|under|over|inside)\s"):
        return "a participle cut from its complement"  # "is a poison pill wrapped | in cheese"
    if ws[-1].isalpha() and ws[-1].islower() and (
            at_last(_LIST_NEXT)
            or _LIST_OPEN.search(text) and at_last(r"(?:,?\s+(?:and|or)|,)\s+[a-z]")):
        # "There are more devices | , platforms and services"; "DH, Spokane advertising,
        # public relations | and branding firm"; "New SUVs, redesigned compact car | , a
        # plug-in version ... are among"
        return "cut inside a list"
    # Without a verb of its own (but one of a relative clause: "Group that owns her
    # music, Big Machine | says"), the candidate may not end where the source goes on
    # with a verb; with one, neither may its last two words ("... heaped on it" is not
    # "honours it | has"; "Prices rise 0.5% in February | , says the society" may end).
    main = _RELATIVE_CLAUSE.sub(" ", text).split()
    # (a plural's verb in the headline tense is one: "Police arrest five protesters", Gigaword)
    verbless = not any(_finite(w) for w in main[1:]) and not any(
        present_after_plural(main, i) for i in range(1, min(4, len(main))))
    finite_next = r",?\s+(?:" + "|".join(
        _FINITE_WORDS | _COPULAR | ({"says", "said"} if verbless else set())) + r")\b"
    if len(ws) > 1 and (at_last(finite_next) if verbless else re.search(
            re.escape(ws[-2]) + r"\s+(?:\S+\s+){0,2}?" + last + finite_next, source)):
        # "Prince Andrew, brother of ..., Charles | has"; "Trump asserts that his tweets
        # targeting four congresswomen | were not racist"
        return "the subject without its verb"
    if ", " in text and not title_case and not any(
            _finite(w) or _inflected_verb(w) or w.isalpha() and w.endswith("ing")
            or base_verb(w) and not (ws[k].lower() in _NOUN_BEFORE or "-" in ws[k]
                                      or can_be(ws[k].lower(), {"ADJ"}))
            for k, w in enumerate(ws[1:])):  # ("plug-in version": a noun)
        return "a list without its verb"  # "New electric vehicles, several new SUVs[, ... are among]"
    return None


# the end of a text before a preposition's object: "... after the ", "With a ", "Whether it's "
_AFTER_PREPOSITION = re.compile(r"(?i)(?:\b(?:after|before|in|on|at|for|with|from|by|of|about|into|over|under|"
                                r"during|since|until|through|without|within|against|among|between|like|"
                                r"unlike|despite|via|including)\s+(?:(?:the|a|an)\s+)?"
                                r"|\bwhether\s+(?:it|they|you)['\u2019](?:s|re)\s+)$")


def _imperative_after(ws: list[str], source: str, start: int) -> bool:
    """Whether the source's first comma after ``start`` is followed by a verb's base form that
    the candidate ``ws`` keeps: an imperative main clause, whose subject the cut made of the
    opening phrase's object."""
    m = re.compile(r",\s+([a-z]+)\b").search(source, start)
    return bool(m) and m.group(1) in ws and base_verb(m.group(1)) \
        and not can_be(m.group(1), {"NOUN", "ADJ"})


def _as_a_role(before: str) -> bool:
    """Whether ``before`` (the source up to a cut's first word) ends on a role's "as a": after a
    name, a noun or "-self" ("Kevin Bacon as a [convicted paedophile]", "yourself as a [woman]"),
    not after a verb, whose "as" opens a clause ("comes as an [inquiry looks at ...]")."""
    m = re.search(r"(\S+)\s+as\s+an?\s+$", before, re.I)
    prev = m.group(1).strip(",").lower() if m else ""
    return bool(m) and (m.group(1)[:1].isupper() or prev.endswith(("self", "selves"))
                        or can_be(prev, {"NOUN"}) and not can_be(prev, {"VERB"}))


def _opening_reason(text: str, ws: list[str], source: str | None) -> str | None:
    """Why the cut ``text`` does not stand as a clause of its own at its start, or None:
    "Asked if ..." without its main clause, a speaker's words without their quotation
    marks, "Today that ...", a pronoun subject after an opening phrase whose comma went
    ("... in Frisco[,] it made sense"), an appositive in place of its name ("[Nigeria,]
    Africa's largest economy"), a cut that opens inside a prepositional phrase ("[Named home
    secretary after the] 2001 general election, ..."), a cut of an opening subordinate clause
    without its link."""
    if re.match(r"(?:Asked|Told|Questioned|Pressed)\s+(?:if|whether|about|what|why|how|when)\b", text):
        return "a participle phrase without its main clause"  # "Asked if he would welcome voters"
    if source and _unquoted_quotation(text, source):
        return "words of a quotation without its quotation marks"  # "Asked he tells don't want anybody"
    if len(ws) > 1 and ws[1].lower() == "that" and re.fullmatch(_WHEN + "|today|yesterday|tonight",
                                                                 ws[0], re.I):
        return "opens inside a reported clause"  # "[announced] Today that their ... launches"
    if source:  # "[With the opening of] the club's headquarters in Frisco[,] it made sense"
        m = re.search(r"[^,\s]\s+(it|he|she|they)\s+\w", text)
        if m and re.search(r",\s+" + m.group(1) + r"\s", source, re.I) \
                and not re.search(r"[^,\s]\s+" + m.group(1) + r"\s", source):
            return f"its subject is the pronoun '{m.group(1)}' after an opening phrase"
    first_at = source.find(ws[0]) if source else -1
    at = _whole_word(ws[0], source, re.I) if source else None
    before = source[:at.start()] if at and at.start() > 0 else ""
    after_preposition = bool(before) and _AFTER_PREPOSITION.search(before) is not None
    if after_preposition and "," in text:
        # "[Named home secretary after the] 2001 general election, ...", "[With a] strong team
        # and a standout venue, any event ...", "[By] providing feedback, ITS can ..." (its comma
        # kept: "[In] Paris[,] protesters march" folds the place into the subject)
        return "opens inside a prepositional phrase"
    if after_preposition and _imperative_after(ws, source, at.start()) or before and _as_a_role(before):
        # "[Ahead of the announcement of] Asia's 50 Best Restaurants[ 2026,] discover the ...",
        # "[one of the best things you can give yourself as a] woman is a solo trip"
        return "opens inside a prepositional phrase"
    if first_at > 0 and re.search(r"['\u2019]s$", ws[0]) and \
            re.search(r"\b(?!" + _WHEN + r")[A-Z][\w-]+,\s+$", source[:first_at]):
        return "an appositive in place of its name"  # "[Nigeria,] Africa's largest economy recovers"
    if source and (_spans_subordinate(ws, source) or _opening_link_dropped(text, ws, source)):
        return "a cut of a subordinate clause without its link"
    m = SUBORDINATE.match(text)
    if m and not has_verb(m.group("main")):  # "As first snows fall ..., apprehension"
        return "a subordinate clause and a main clause without its verb"
    return None


# a pronoun for the object of the main clause's first preposition: "Many couples fight about it"
_EARLY_PRONOUN_OBJECT = re.compile(r"^(?:[^\s,\"\u201c]+\s+){1,4}(?:about|with|over|on|for|against|"
                                   r"into|at|to)\s+(?:it|them)\b(?![\w'\u2019])")
_SHARE = re.compile(r"\b([\w'\u2019]+)\s+(?:one|some|many|most|all|none|each|several|few|both|half|"
                    r"part)\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:(?:most|best|biggest|"
                    r"largest|top)\s+)?([\w'\u2019-]+)", re.I)


def _to_dropped(ws: list[str], source: str) -> bool:
    """Whether two adjacent words of the candidate stand in the source with "to" between them,
    and never side by side ("The man seemed to ponder" -> "Man seems ponder")."""
    for a, b in zip(ws, ws[1:]):
        if not (a.isalpha() and b.isalpha() and b.islower()):
            continue
        a = _source_form(a, source)
        if a.lower() != "to" and _next_word_is(a, _TO_NEXT, b, source) \
                and not _next_word_is(a, _NEXT, b, source):
            return True
    return False


_NEXT = re.compile(r"\s+([\w'\u2019-]+)")
_TO_NEXT = re.compile(r"\s+to\s+([\w'\u2019-]+)")


def _next_word_is(word: str, gap: re.Pattern, nxt: str, source: str) -> bool:
    r"""Whether ``word`` starts a word of ``source`` and ``gap`` (its group: the next word)
    reaches the whole word ``nxt`` right after it: ``re.search(_WORD_START + re.escape(word) +
    gap + re.escape(nxt) + r"(?![\w'\u2019-])", source)`` without compiling a pattern for every
    pair of words (``_to_dropped`` asks a thousand times for 40 articles)."""
    return any((m := gap.match(source, end)) and m.group(1) == nxt for end in _word_ends(word, source))


def _share_dropped(text: str, source: str) -> bool:
    """Whether the cut joins the word before a share ("is one of the most ...") to the noun
    phrase after it: "Eric Pollard is influential figures"."""
    return any(re.search(r"\b" + re.escape(m.group(1)) + r"\s+" + re.escape(m.group(2)) + r"\b", text)
               for m in _SHARE.finditer(source))


_SUBJECT_PRONOUNS = frozenset("it he she they we".split())
_CLAUSE_LINKS = frozenset("that and but or so because if when while as since after before until "
                          "where whether why how what who which than".split())
# base forms that take a clause with its subject ("We think it will ...")
_CLAUSE_VERBS = frozenset("say think believe know hope fear expect suggest argue claim insist warn "
                          "admit deny report feel worry predict".split())
# ... and verbs that declare, whose participle opens a sentence with its clause ("Declaring X
# is at stake, ...")
_DECLARING = frozenset("declare note stress acknowledge add explain announce assert state contend "
                       "concede".split())
_MODALS = frozenset("would will could can may might should must".split())


def _glued_clause(ws: list[str], source: str) -> bool:
    """A clause glued on by a deletion: a subject pronoun and its verb, or a modal after a
    main verb, next to a word it did not follow in the source, with nothing to link them:
    "Senator criticises plan it would cost jobs", "... plan would cost jobs" of "... the plan
    on Monday, saying it would cost jobs" (not "Police said he was" of "said on Monday he
    was", nor "Officials said plan would" after a verb of saying)."""
    for k in range(2, len(ws) - 1):
        prev, nxt, w = ws[k - 1], ws[k + 1].lower(), ws[k].lower()
        if w in _MODALS and not _adjacent(prev, ws[k], source) and _verb_before(ws[:k - 1]):
            return True  # "Senator criticises plan [, saying it] would cost jobs"
        if w not in _SUBJECT_PRONOUNS or not _finite(nxt):  # (auxiliaries and modals too)
            continue
        if prev.endswith((",", ";", ":")) or prev.lower() in _CLAUSE_LINKS or _finite(prev) \
                or prev.lower() in _CLAUSE_VERBS:
            continue
        if not _adjacent(prev, ws[k], source):
            return True
    return False


def _orphaned_object(ws: list[str], source: str) -> bool:
    """A noun left where a deletion took the preposition before it: "increase protection
    websites" of "increase protection from dangerous websites" (not "Man jailed" of "Man
    from Leeds jailed": a verb follows the gap)."""
    from lemminflect import getAllLemmas

    if ws and _cut_before_to(ws[-1], source):
        return True  # "... and Apple Valley Road due [to a gas leak]"
    for a, b in zip(ws, ws[1:]):
        if not b.isalpha() or not b.islower() or b in STOP or _adjacent(a, b, source):
            continue
        if _cut_before_to(a, source):
            return True  # "closed due [to a gas] leak"
        gap = re.search(r"(?<!\w)" + re.escape(a) + r"\s+(\w+)[^.;:]{0,60}?\s" + re.escape(b)
                        + r"(?!\w)", source)
        lemmas = getAllLemmas(b)
        if gap and gap.group(1).lower() in PREPOSITIONS - {"to"} and (
                "VERB" not in lemmas or _noun_in_source(b, source)):
            return True  # "travels to North African nation [for a week-long] holiday"
        # ... or at the gap's other end: "Clip is millennials" of "The clip is part of a
        # documentary about millennials" (not "[a group of] protesters")
        near = re.search(r"(?<!\w)" + re.escape(a) + r"\s[^.;:]{0,80}?\s(\w+)\s+" + re.escape(b) + r"(?!\w)",
                         source)
        if near and near.group(1).lower() in PREPOSITIONS - {"to", "of"} and "VERB" not in lemmas:
            return True
    return False


_BEFORE_TO = frozenset("due according prior".split())  # the first words of "due to", ...
_DETERMINER_OR_MODIFIER = re.compile(r"(?:\b(?:a|an|the|his|her|their|its|this|that)|\w+-\w+)\s+$", re.I)


def _cut_before_to(word: str, source: str) -> bool:
    """Whether ``word`` is the first word of "due to", "according to", "prior to", which the
    source follows with its "to"."""
    return word.lower() in _BEFORE_TO and re.search(r"(?<!\w)" + re.escape(word) + r"\s+to\s", source, re.I) is not None


def _noun_in_source(word: str, source: str) -> bool:
    """Whether ``word`` (a noun or a verb) is a noun in the source, after a determiner or a
    hyphenated modifier ("for a week-long holiday")."""
    m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", source)
    return bool(m and _DETERMINER_OR_MODIFIER.search(source[:m.start()]))


def _adjacent(a: str, b: str, source: str) -> bool:
    """Whether ``b`` follows ``a`` in the source sentence."""
    return bool(re.search(r"(?<!\w)" + re.escape(a) + r"\s+" + re.escape(b) + r"(?!\w)",
                          source, re.I))


def _verb_before(ws: list[str]) -> bool:
    """Whether a finite verb comes in ``ws`` after the first word, with no comma or linking
    word after it (a main clause that the words after ``ws`` would follow unlinked); not a
    verb of saying or thinking, whose clause may drop its "that"."""
    for w in reversed(ws[1:]):
        if w.endswith((",", ";", ":")) or w.lower() in _CLAUSE_LINKS:
            return False
        if _finite(w) and not w[:1].isupper():
            return verb_lemma(w.lower()) not in _CLAUSE_VERBS  # "said [the] plan would"
    return False


# verbs that link a subject to what it is ("A muddled view of the talks once again | seems
# to be weighing on investors"): never a noun, so the cut before one leaves a subject
_COPULAR = frozenset("seems seemed appears appeared remains remained becomes became".split())


# a subject pronoun right before a preposition: its verb went ("a photo she | to Facebook")
_PRONOUN_PREPOSITION = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:to|from|in|on|at|with|for|"
                                  r"of|by|about|into|onto|over)\b")


_UNITS = frozenset("hundred thousand million billion trillion percent per cent".split())


def _number_deleted(ws: list[str], source: str) -> bool:
    """Whether a unit ("billion", "percent") lost the number the source puts before it, or a
    "more than" its number ("More [than $900 billion] in interest")."""
    src = source.split()
    numbered = {w.lower().strip(",.") for k, w in enumerate(src) if k and re.search(r"\d", src[k - 1])}
    if any(w.lower().strip(",.") in _UNITS & numbered and (not k or not re.search(r"\d", ws[k - 1]))
           for k, w in enumerate(ws)):
        return True
    return bool(re.search(r"\b(?:more|less|fewer)\s+than\s+\S*\d", source, re.I)) \
        and not re.search(r"\b(?:more|less|fewer)\s+(?!than\b)\w+", source, re.I) \
        and bool(re.search(r"\b(?:more|less|fewer)\b(?!\s+than\b)", " ".join(ws), re.I))


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


def _year_cut(ws: list[str], source: str) -> bool:
    """Whether a year lost the month or the preposition before it: "... at Facebook's office
    2005" of "... at Facebook's office in June 2005"."""
    for k, w in enumerate(ws[1:], 1):
        year = w.strip(",.;:")
        prev = ws[k - 1].lower().strip(",")
        if re.fullmatch(r"(?:19|20)\d\d", year) and prev not in PREPOSITIONS \
                and not _adjacent(ws[k - 1], w, source) \
                and not re.fullmatch(_MONTH + r"|\d{1,2}(?:st|nd|rd|th)?", ws[k - 1].strip(","), re.I) \
                and re.search(r"\b(?:" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?|(?:in|since|by|from|of|until)"
                              r")\s+" + year + r"\b", source, re.I):
            return True
    return False


# prepositions that open a sentence's opening phrase ("Across remote startups ..., Notion has")
_PHRASE_OPENERS = PREPOSITIONS - {"to", "of", "about"} | frozenset(
    "across among amid amongst throughout during within without beyond along around through toward "
    "towards against behind beside despite inside outside upon via".split())


def _opening_phrase_alone(ws: list[str], source: str) -> bool:
    """Whether the candidate is the sentence's opening phrase without its main clause: "In
    letter addressed to Apple's board" of "In a letter addressed to Apple's board and the
    'Apple community,' Jobs said ...", "Across remote startups chasing product launches" of
    "..., Notion has become ..."."""
    src = source.split()
    comma = source.find(",")
    if len(src) < 3 or comma < 0 or ws[0].lower() != src[0].lower() \
            or src[0].lower() not in _PHRASE_OPENERS:
        return False  # ("About 80% of adults own ..." is a clause)
    last = ws[-1].strip(",;:\"'\u201d\u2019")
    inside = re.search(r"(?<!\w)" + re.escape(_source_form(last, source)) + r"(?!\w)", source[:comma])
    return inside is not None and any(_finite(w) for w in source[comma + 1:].split()[:8])


# a noun whose "that" clause says what it holds: "False claims that Kamala Harris is not
# eligible", "Fears that prices will rise"
_CONTENT_NOUN_THAT = re.compile(r"^(?:\S+\s+){0,3}?(?:claims?|reports?|allegations?|rumou?rs?|fears?|concerns?|"
                                r"suggestions?|news|beliefs?|ideas?|notions?|hopes?|evidence|speculation|"
                                r"warnings?|assertions?|accusations?|fact)\s+that\s+(?P<rest>.+)$", re.I)


def _content_clause_alone(text: str) -> bool:
    """Whether the candidate is a noun and its "that" clause without the main verb after
    them: "False claims that Kamala Harris is not legally eligible to serve" (of "... have
    been circulating"); "Fears that prices will rise hit markets" has one."""
    m = _CONTENT_NOUN_THAT.match(text)
    if not m or any(_finite(w) for w in text[:m.start("rest")].split()[1:-2]):
        return False
    return sum(_finite(w) for w in m.group("rest").split()) <= 1


def _relative_verb_promoted(ws: list[str], source: str) -> bool:
    """Whether a deletion took a relative pronoun and left its clause's verb as the main one:
    "Kate Henshaw wins Africa Movie Academy Award" of "Kate Henshaw, who in 2008, won the
    Africa Movie Academy Award ..., has taken to Instagram" (the gap holds "who" and no verb)."""
    for a, b in zip(ws, ws[1:]):
        b_src = _source_form(b.strip(",;:"), source)
        if not b_src.isalpha() or _adjacent(a, b_src, source):
            continue
        gap = re.search(r"(?<!\w)" + re.escape(a.rstrip(",")) + r",?\s+(?:who|which)\s+(?P<rest>[^.;:]{0,60}?)\s*"
                        + re.escape(b_src) + r"(?!\w)", source)
        if gap and not any(_finite(w) for w in gap.group("rest").split()):
            return True
    return False


# a sentence that opens with a noun and its "of" phrase: "Translations of the Healthy Eating
# Plate are ..." (not a share: "Most of the protesters", "Thousands of people")
_OF_HEAD = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<head>[A-Za-z][\w'-]*)\s+of\s+(?:(?:the|a|an)\s+)?(?P<next>\S+)")
_SHARES = frozenset("one two three four five six seven eight nine ten some most many all none each "
                    "both few several any much part half rest majority minority lot lots number "
                    "dozens hundreds thousands millions billions plenty".split())


def _head_cut(ws: list[str], source: str) -> bool:
    """Whether the candidate opens with the "of" phrase of the sentence's subject, its head
    noun cut ("[Translations of] the Healthy Eating Plate are available")."""
    m = _OF_HEAD.match(source)
    if not m or m.group("head").lower() in _SHARES or m.group("head")[:1].isupper() and m.start("head"):
        return False
    first = ws[0].lower()
    return first == m.group("next").lower() or first in ("the", "a", "an") and len(ws) > 1 \
        and ws[1].lower() == m.group("next").lower()


_DETERMINERS = frozenset("the a an its their his her our your my".split())  # (not "Prices this week rose")


def _verb_opener(ws: list[str], source: str) -> bool:
    """Whether the sentence opens with a verb's third person and its object, no subject: a
    summary's bullet ("Highlights the strategic value of ...", "Traces the history of ..."),
    which a plural noun cannot be before "the" (not "Sales rose", "Highlights of the game")."""
    src = source.split()
    first = ws[0].lower()
    return len(src) > 1 and src[0].lower() == first and src[1].lower() in _DETERMINERS \
        and can_be(first, {"VERB"}) and third_person(first)


# pronouns for no one in particular, whose relative clause says who: "anyone who ..."
_ANYONE = frozenset("anyone anybody everyone everybody someone somebody those".split())


# prepositions before a pronoun at the end whose referent is elsewhere ("suffers from it")
_OF_IT = frozenset("from about with of against into".split())
_EXAMPLE = re.compile(r"(?i)\bfor (?:example|instance)\b|(?<!\w)(?:e\.g\.|i\.e\.)")


_OF_US = (["of", "us"], ["of", "you"], ["of", "them"])


def anyone_cut(ws: list[str], source: str) -> str | None:
    """Why the cut ``ws`` of ``source`` lost the relative clause that said who "anyone",
    "everyone", "those" (no one in particular) are: "Anyone[ who spends time outdoors] will
    learn a lot", "clear to those of us[ who teach music]" (checked against the whole sentence:
    a named subject may lose its clause)."""
    def clause_after(k: int) -> bool:  # ("those of us who teach": past "of us")
        k += 3 if [x.lower() for x in ws[k + 1:k + 3]] in _OF_US else 1
        return k < len(ws) and ws[k].lower() in ("who", "that")

    cut = any(w.lower() in _ANYONE and not clause_after(k)
              and re.search(_WORD_START + w.lower() + r"(?:\s+of\s+(?:us|you|them))?\s+(?:who|that)\b",
                            source, re.I)
              for k, w in enumerate(ws))
    return "a pronoun cut from its relative clause" if cut else None


# Checks of a cut against its source sentence, in order, with the reason each gives.
_SOURCE_CHECKS = (
    (_head_cut, "the subject's head cut before its 'of'"),  # "[Translations of] the Healthy Eating Plate are"
    (_verb_opener, "opens with a verb without its subject"),  # "Highlights [the] strategic value of"
    (_year_cut, "a year without its month"),  # "office [in June] 2005"
    (_opening_phrase_alone, "an opening phrase without its main clause"),  # "In a letter addressed to X[, Jobs said]"
    (_relative_verb_promoted, "a relative clause's verb left as the main verb"),  # "Henshaw[, who in 2008,] wins award"
    (_glued_clause, "a clause glued on where a word linked it"),  # "criticises plan [, saying] it would"
    (_orphaned_object, "a preposition cut from its object"),  # "increase protection [from dangerous] websites"
    (_number_deleted, "a quantity without its number"),  # "more [than $900] billion in interest"
)


_QUOTATION_ALONE = re.compile(r"^[\"\u201c][^\"\u201c\u201d]+[\"\u201d]$")


# an imperative and what it promises the reader: "Price jobs right, and you'll stay competitive"
_PROMISE = re.compile(r"^([A-Z][a-z]+)\b[^,.;:!?]{0,80},?\s+and\s+you(?:['\u2019]ll|\s+will|\s+can)\b")


def _imperative_promise(source: str) -> bool:
    """Whether ``source`` opens with an imperative whose promise to the reader follows
    ("Price jobs right, and you'll stay competitive"): its first word a verb's base form."""
    from lemminflect import getAllLemmas

    m = _PROMISE.match(source)
    return bool(m) and getAllLemmas(m.group(1).lower()).get("VERB") == (m.group(1).lower(),)


def fragment_reason(text: str, source: str | None = None) -> str | None:
    """Why a candidate cut from a sentence of the article is a fragment, or None: an
    imperative (after a short label too: "Pro tip: Get ..."), a gerund subject without a
    finite verb ("Getting to Moon done"), an opening participle without one ("Updated 7
    days week"), a noun phrase ending in -ing without one ("Google's gaming offering"), an
    opening infinitive, a noun and a linking participle without a verb ("Row involving
    Taylor Swift"), a relative clause cut after its verb, a verb after a comma without
    its subject, a passive relative clause without its auxiliary ("hostages who held by"),
    a noun with a relative clause and no main verb ("Google's offering, which is offered at
    $9.99"), a verb whose object went ("reported of"), a hashtag, a name alone; with its
    ``source`` sentence, a past form cut from its object ("charges he threatened") and a cut
    inside or just before a name ("... to ride potential" of "a potential Rock and Roll
    Hall of Fame"), a quantity cut from its "of" phrase ("draws South Dakota-sized share" of
    "... share of attention") and a subject cut just before its verb ("Prince Andrew, brother
    of heir to throne, Charles" of "..., Charles, has reportedly told"), or before the
    verb of a reported clause, and a cut that drops a title's first word ("Secretary Dominic
    Raab" of "Foreign Secretary Dominic Raab"); an existential opener ("There are more
    devices"), a participle clause without its main clause, a negation or the hedge after
    "not" deleted, a degree word without its adjective, a list cut or an item of it alone
    ("There are more devices" of "... devices, platforms and services"), a passive cut from
    its agent ("has been hit | by the plague"), a reflexive verb cut from its complement,
    a noun deleted after its capitalised modifier ("his Ukrainian [counterpart] was"), a
    negation cut from its "until" ("isn't expected [until next year]") or its "but" ("had no
    option [but to surrender]"), a phrasal verb cut
    from its complement ("ferry taken out [of service]"), a verb cut from its "as" ("treat
    animals [as pets]"), a pronoun object at the end ("... to understand them"), a subject
    replaced by a word of the opening phrase ("[In traditional] ICUs[, each patient is] wired"),
    a verb deleted after its pronoun subject ("a photo she [posted] to Facebook") and a
    quantity without its number ("more [than $900] billion", "more [than $900 billion] in"),
    a noun and the participle that modified it with no verb ("AI documentation platform used
    [by ...]"), a list's last item as the subject ("[countries like ..., and] Japan are"), a
    list after a colon cut after its first item ("risks of traveling: accidents[, illness,
    ...]") and a passive cut from its infinitive ("KulturIT [were] commissioned [by the
    ministry to carry out ...]"), a modal without its verb ("preparation can [feel]
    impossible") and a subject whose head went before its "of" ("[Translations of] the
    Healthy Eating Plate are"), a cut that opens between a clause's two verbs ("[They're not
    kept in a crib after] all and have ..."); and what ``_opening_reason`` and ``_end_reason``
    list; a quotation alone, without its speaker ("“AI wasn’t taught in medical school until
    recently”"), and an imperative before its promise to the reader ("Price jobs right[, and
    you'll stay competitive]").
    Headlines made from titles do not go through these checks."""
    ws = text.split()
    first = ws[0].lower()
    if _QUOTATION_ALONE.match(text):
        return "a quotation without its speaker"
    if source and ws[0] == source.split()[0] and _imperative_promise(source):
        return f"opens with the imperative '{ws[0]}'"  # "Price jobs right[, and you'll stay competitive]"
    if opens_imperative(text) or source and ws[0] == source.split()[0] and opens_imperative(source):
        return f"opens with the imperative '{_SHORT_LABEL.sub('', text).split()[0]}'"
    if first.endswith("ing") and not any(_finite(w) and not (ws[k - 1].endswith(",") and w.endswith("ed"))
                                         for k, w in enumerate(ws[1:], 1)):
        return "a gerund subject without a finite verb"  # (", located in" is a participle's)
    # (in Title Case the verbs are capitalised too: "Armed Parishioners Fatally Shoot ...")
    if participle_opener(text):
        return "opens with a participle, without a subject"  # "Updated 7 days week"
    title_case = sum(w[:1].isupper() for w in ws) > 0.6 * len(ws)
    if _EXAMPLE.search(text):
        return "an example's lead-in"  # "One popular option is interval running--for example, run ..."
    no_verb = not title_case and not any(_finite(w) or base_verb(w) for w in ws[1:])
    if ws[-1].lower().endswith("ing") and no_verb and not _finite(ws[0]) \
            and _NOUN_PHRASE_START.search(text):  # not headlinese "Consumer spending rising"
        return "a noun phrase without a finite verb"  # "Google's gaming offering"
    if _only_relational(text):  # "Row involving Taylor Swift": no verb but the link
        return "a noun phrase without a finite verb"
    if source and _modifying_participle_end(ws, source):
        return "a noun and the participle that modified it, without a verb"  # "... platform used[ by]"
    if first == "to":  # "To celebrate 50 years": a purpose clause without its main clause
        return "opens with an infinitive"
    if source and first in ("least", "most") and re.search(r"\bat\s+" + first + r"\b", source, re.I):
        return "opens inside 'at least'"  # "[At] least 111 of the bodies ..."
    if _EXISTENTIAL.match(text):  # "There are more devices": no news in it
        return "opens with an existential 'there'"
    if len(ws) > 2 and ws[-1] in ("it", "them") and (ws[-2].lower() not in PREPOSITIONS or ws[-2].lower() in _OF_IT) \
            or _EARLY_PRONOUN_OBJECT.match(text):
        # "Scientists begin to understand them", "Many couples fight about it at home", "Just
        # about every mother suffers from it" (not "heaped on it")
        return "a pronoun whose referent is elsewhere"
    if source and _share_dropped(text, source):
        return "a share cut from its noun"  # "Pollard is [one of the most] influential figures"
    if source and _to_dropped(ws, source):
        return "an infinitive without its 'to'"  # "Man seems [to] ponder"
    if source and len(ws) > 2 and ws[1].lower() in ("and", "or", "but") and _finite(ws[2]) \
            and re.search(_WORD_START + re.escape(ws[0].lower()) + r"\s+" + ws[1].lower() + r"\b", source) \
            and not source.startswith(ws[0]):
        return "opens inside a clause, before its second verb"  # "[They're not ... after] all and have ..."
    why = _opening_reason(text, ws, source)
    if why:
        return why
    if source and _subject_from_opening(ws, source):
        return "the subject replaced by a word of the opening phrase"  # "[In traditional] ICUs[, each patient is] wired"
    if source and "," not in text and _participle_clause(first, ws[-1], source):
        return "a participle phrase without its main clause"  # "Designed for ICUs[, the ...]"
    # ("Paid time off for employees"; not "Hobbled Connors wins opener", "Abused boy's siblings to
    # stay in custody", whose verbs the tagger may miss, nor a label's "Stuck on the web: ...")
    if not title_case and first not in _FINITE_WORDS and participle_lemma(first) not in (None, first) \
            and not any(_finite(w) for w in ws[1:]) \
            and not re.search(r"\bto\s+[a-z]+|:", text) and not tagger.finite_in(text, 1):
        return "opens with a participle, without a subject"
    if source:
        why = _negation_deleted(text, source) or _degree_deleted(text, source)
        if why:
            return why
    m = _DEGREE.search(text)  # "Theater was so | getting the cheapest tickets"
    if m and not can_be(m.group(1), {"ADJ", "ADV"}):
        return "a degree word without its adjective"
    if _REL_END.search(text):  # "... third witness testifying who listened"
        return "ends inside a relative clause"
    if _modal_without_verb(text):  # "... wedding preparation can [feel] impossible"
        return "a modal without its verb"
    if _NO_SUBJECT.search(text):  # "Reed dubs combination, will have ...": a subject deleted
        return "a verb after a comma without its subject"
    if _BARE_PASSIVE.search(text):
        return "a passive relative clause without its auxiliary"
    if _COPULA_DEGREE_END.search(text):  # "Recommendation widgets are (the) most"
        return "ends on a degree word without its adjective"
    if source and re.search(r"\b(?:my|your|our|his|her|their|its|any|every|each)\s+" + re.escape(ws[0])
                            + r"\b", source, re.I) \
            and not re.match(r"(?i)(?:my|your|our|his|her|their|its|any|every|each)\b", text):
        # "[my] name is ...", "[At the heart of any] ergonomically designed workstation is ..."
        return "opens inside a noun phrase, after its possessive or determiner"
    if source and re.search(r"\b(?:" + "|".join(_TITLE_PART) + r")\s+" + re.escape(ws[0]) + r"\b",
                            source):
        return "opens inside a title"  # "[Foreign] Secretary Dominic Raab defends ..."
    m = _PASSIVE_RELATIVE.match(text)  # "Two hostages who had been held by Taliban in Kabul"
    if m and not any(_finite(w) for w in m.group("head").split()[1:]) and not any(
            _finite(w) or base_verb(w) or _participle(w) for w in m.group("rest").split()):
        return "a noun with a relative clause, without a main verb"
    # "Google's gaming offering, which is offered at $9.99"; "The CEO of Hipcricket, mobile
    # marketing company which innovated mobile messaging"
    m = _NOUN_RELATIVE.match(text) or _APPOSITIVE_RELATIVE.match(text)
    if m and not any(_finite(w) and not _plural_after_preposition(ws, k)
                     for k, w in enumerate(m.group("head").split()) if k):
        return "a noun with a relative clause, without a main verb"
    if _VERB_OF.search(text):
        return "a verb without its object before 'of'"
    if re.search(r"(?:^|\s)#\w", text):
        return "a hashtag"
    if len(ws) >= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in ws) and \
            source and not all(w[:1].isupper() for w in source.split()[:8] if w[:1].isalpha()):
        return "a name, not a clause"  # "Get Me Out Of Here" of a show's name in a sentence
    if source and _verb_cut_from_object(ws[-1], source, ws[-2] if len(ws) > 1 else ""):
        return "a verb cut from its object"  # "... pleads guilty to charges he threatened"
    if source and _list_item_alone(text, source):
        return "a list item without its list"  # "Published in BMJ Case Reports [...] fatigue"
    if source and _last_item_opens(ws[0], source):
        return "opens with the last item of a list"  # "[countries like Australia, ..., and] Japan are taking"
    if source and _colon_list_cut(text, source):
        return "a list cut after its first item"  # "... risks of traveling: accidents[, illness, ...]"
    if source and _agent_cut(ws, source):
        return "a passive cut from its agent"  # "hunter has been hit | by the bubonic plague"
    if source and _infinitive_cut(ws, source):
        return "a passive cut from its infinitive"  # "... and KulturIT [were] commissioned | by ... to carry out"
    if source and re.search(r"\b(?:him|her|it|them)sel(?:f|ves)$", text) and re.search(
            re.escape(ws[-1]) + r"\s+(?:from|to|as|into|against|with)\s", source):
        return "a verb cut from its complement"  # "busy distancing himself | from a scandal"
    if _content_clause_alone(text):
        return "a noun and its 'that' clause, without a main verb"  # "False claims that X is Y"
    for check, why in _SOURCE_CHECKS if source else ():
        if check(ws, source):
            return why
    if source and any(" ".join(m.group(0).split()) not in " ".join(source.split())
                      for m in _PRONOUN_PREPOSITION.finditer(text)):
        return "a verb deleted after its pronoun subject"  # "after a photo she [posted] to Facebook"
    if source and _noun_phrase_cut(ws[-1], source, ws[-2] if len(ws) > 1 else ""):
        return "cut inside a noun phrase"  # "... monitor state of body's natural | microbial health"
    if source and any(w[:1].isupper() and _noun_phrase_cut(w, source, ws[k - 1], ws[k + 1])
                      for k, w in enumerate(ws[1:-1], 1)):
        return "a noun deleted after its modifier"  # "call with his Ukrainian [counterpart] was"
    if source:
        return _end_reason(text, ws, source, title_case)
    return None
