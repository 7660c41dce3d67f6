"""What a cut lost against its source sentence, read in the middle: the source checks.

Each check of ``_SOURCE_CHECKS`` compares a candidate's words with the sentence it was cut
from: a subject's head cut before its "of", a verb opener without its subject, a year without
its month, an opening phrase alone, a relative clause's verb promoted, a clause glued on, a
preposition cut from its object, a quantity without its number; ``anyone_cut`` a pronoun cut
from the relative clause that said who it is.  It does not check a cut's two ends
(``cut_ends``) nor gather the reasons (``headline_cuts.fragment_reason``).
"""

from __future__ import annotations

import re

from .cut_ends import (
    _WORD_START,
    _source_form,
)
from .duplicates import STOP
from .headline_checks import (
    _finite,
    third_person,
)
from .headline_style import (
    PREPOSITIONS,
    can_be,
    verb_lemma,
)

_SUBJECT_PRONOUNS = frozenset("it he she they we".split())
_CLAUSE_LINKS = frozenset("that and but or so because if when while as since after before until "
                          "where whether why how what who which than".split())
# base forms that take a clause with its subject ("We think it will ...")
_CLAUSE_VERBS = frozenset("say think believe know hope fear expect suggest argue claim insist warn "
                          "admit deny report feel worry predict".split())


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
# how long ago a thing happened: "more than 30 years ago", "decades ago"
_AGO = re.compile(r"\b(?:(?:more than|nearly|almost|about|some|over)\s+)?(?:\d+|two|three|four|five|six|seven|"
                  r"eight|nine|ten|a few|several|many|a couple of)?\s*(?:years|decades)\s+ago\b", re.I)


def _time_ago_cut(ws: list[str], source: str) -> bool:
    """Whether the cut ends before the "... years ago" of its own clause, so that an old event
    reads as news: "Father of Orlando nightclub gunman comes to U.S.[ from Afghanistan more than
    30 years ago]" (AP's page in newspaper4k's tests)."""
    if any(w.lower().strip(".,;:") in ("ago", "who", "which", "that") for w in ws):
        return False  # (a relative clause's "years ago" is its own: "man who fled[ 10 years ago]")
    for m in re.finditer(_WORD_START + re.escape(ws[-1]), source):
        ago = _AGO.search(source, m.end())
        if ago and ago.start() - m.end() <= 60 and not _OTHER_CLAUSE.search(source[m.end():ago.start()]):
            return True
    return False


_OTHER_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|who|which|that|when|where|after|before|since|because|while)\b", re.I)


_SOURCE_CHECKS = (
    (_head_cut, "the subject's head cut before its 'of'"),  # "[Translations of] the Healthy Eating Plate are"
    (_verb_opener, "opens with a verb without its subject"),  # "Highlights [the] strategic value of"
    (_year_cut, "a year without its month"),  # "office [in June] 2005"
    (_opening_phrase_alone, "an opening phrase without its main clause"),  # "In a letter addressed to X[, Jobs said]"
    (_relative_verb_promoted, "a relative clause's verb left as the main verb"),  # "Henshaw[, who in 2008,] wins award"
    (_glued_clause, "a clause glued on where a word linked it"),  # "criticises plan [, saying] it would"
    (_orphaned_object, "a preposition cut from its object"),  # "increase protection [from dangerous] websites"
    (_number_deleted, "a quantity without its number"),  # "more [than $900] billion in interest"
    (_time_ago_cut, "an old event cut from its 'years ago'"),  # "comes to U.S.[ ... 30 years ago]"
)
