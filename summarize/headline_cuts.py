"""What a cut of an article's sentence lost: the checks that compare a headline candidate
with the sentence it was cut from.

``fragment_reason(text, source)`` names the first check a cut fails, or None: a fragment (an
imperative, a gerund or a noun phrase without a finite verb, an opening participle or
infinitive, an existential "There are ..."), a cut inside a list, a name or a noun phrase,
a verb cut from its object or agent, a subject cut from its verb, a negation or a hedge
deleted.  Like ``headline_checks``, it reads the surface of the text and lemminflect's
dictionary; it does not parse, and it does not check a title (a human wrote that).  The
checks at a cut's two ends are ``cut_ends``'; those that compare its middle with the source
sentence, ``cut_sources``'.
"""

from __future__ import annotations

import re

from . import tagger
from .cut_ends import (
    _OBJECT_NEXT,
    _WORD_END,
    _WORD_START,
    _end_reason,
    _follows,
    _opening_reason,
    _source_form,
    _whole_word,
    _word_ends,
)
from .cut_sources import (
    _CLAUSE_VERBS,
    _DETERMINERS,
    _SOURCE_CHECKS,
)
from .duplicates import STOP
from .headline_checks import (
    _FINITE_WORDS,
    _SHORT_LABEL,
    BAD_END,
    BE_WORDS,
    _finite,
    _participle,
    base_verb,
    opens_imperative,
    participle_opener,
)
from .headline_style import (
    COPULAS,
    PREPOSITIONS,
    can_be,
    participle_lemma,
    verb_lemma,
)

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


# "Rolling Stone reported of reunion tour": the object between the verb and "of" deleted
_VERB_OF = re.compile(r"\b(?:reported|reports|announced|announces|revealed|reveals|released|"
                      r"releases|unveiled|unveils|confirmed|confirms|disclosed|discloses|"
                      r"published|publishes|gave|gives|shared|shares)\s+of\b", re.I)


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


# "There is/are/was/will be ...": an existential sentence, not a headline's clause
# (after an opening adverb: "Today, there is not a single domain", WCXB 0283, "True, there
# are ...", "As of today, there are ..."; not a date that makes it news: "Before 2012, there
# were few ... approved by FDA")
_EXISTENTIAL = re.compile(r"^(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+)?(?:there|perhaps\s+there)\s+(?:is|are|was|were|will|would|may|might|"
                          r"could|has|have|had|seems?|appears?)\b", re.I)
# a degree word after a copula with what follows it ("was so | getting", of "was fairly small so")
_DEGREE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:so|too|very)\s+([a-z]+)", re.I)


_NEGATIONS = frozenset("not never no nor neither without hardly barely nothing none".split())
# what "not" softens: "is not entirely smooth" is not "is not smooth"
NOT_HEDGES = frozenset("entirely completely fully always necessarily quite totally just only merely "
                    "all exactly particularly very really simply yet".split())
_TOKEN = re.compile(r"[\w'\u2019]+")
_HEDGED = re.compile(r"(?:\bnot|n['\u2019]t)\s+(" + "|".join(sorted(NOT_HEDGES)) +
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


_THAN_END = re.compile(r"\b(?:than|as)\s+(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+$", re.I)


def comparison_cut(text: str, source: str) -> bool:
    """Whether ``text`` ends on what a comparison names ("more than sound") where the source
    goes on with "and" or "or" ("more than sound and fury"): half of what is compared."""
    m = _THAN_END.search(text)
    return bool(m) and re.search(re.escape(m.group(0)) + r",?\s+(?:and|or)\s+\w", source) is not None


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


# verbs of a change that an amount may follow without being their object ("to rise | 10%")
_CHANGE_VERBS = frozenset("rise fall grow climb drop jump surge soar slip slide decline plunge tumble "
                          "sink dip increase decrease shrink rebound recover".split())


_LIGHT_PARTICIPLES = frozenset("hit struck affected caused led driven prompted triggered".split())


# what may follow the end of a headline in its sentence without being cut from it: a time
# ("Sales rise 5 percent | year on year", "Council votes | tonight")
_TIME_NOUN = frozenset("year years week weeks month months day days night nights morning afternoon "
                       "evening season quarter decade time times monday tuesday wednesday thursday "
                       "friday saturday sunday".split())
_NOT_A_NOUN_AFTER = _TIME_NOUN | STOP | BAD_END


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


# ... and verbs that declare, whose participle opens a sentence with its clause ("Declaring X
# is at stake, ...")
_DECLARING = frozenset("declare note stress acknowledge add explain announce assert state contend "
                       "concede".split())


# a subject pronoun right before a preposition: its verb went ("a photo she | to Facebook")
_PRONOUN_PREPOSITION = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:to|from|in|on|at|with|for|"
                                  r"of|by|about|into|onto|over)\b")


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


# prepositions before a pronoun at the end whose referent is elsewhere ("suffers from it")
_OF_IT = frozenset("from about with of against into".split())
_EXAMPLE = re.compile(r"(?i)\bfor (?:example|instance)\b|(?<!\w)(?:e\.g\.|i\.e\.)")


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
    if source and comparison_cut(text, source):
        return "a comparison cut before its 'and'"  # "... need more than sound[ and fury]"
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
