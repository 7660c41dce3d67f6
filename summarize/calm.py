"""A brief sentence without the writer's frame around the news, then in neutral words.

``neutral_sentence(text)`` -> (text, [TextEdit]) runs two deletions of whole units, then
``neutral.rewrite_edits`` on what is left; every edit's span points into ``text``:

- an emotional frame before the news: "Residents are furious after the council voted 5-2
  to close the pool" -> "The council voted 5-2 to close the pool".  Only where the frame's
  word is loaded ("furious", "reeling", "outraged") and the clause after "after", "as",
  "when", "because" or "that" has its own subject and verb;
- a closing judgement: "..., a decision that has sparked a firestorm of outrage." or
  "..., sparking fury among parents." -> "...".  Only where it holds a loaded word, no
  number, no comma and no quotation.

Nothing quoted is cut, and nothing inside the kept clause is touched here: its names,
numbers, dates and negations stay.  It does not pick sentences, and it does not rewrite
headlines (``headlines`` cuts those).
"""

from __future__ import annotations

import re

from . import neutral
from .headline_checks import has_verb
from .neutral import TextEdit
from .text import upper_first

FRAME_REASON = "emotional frame around the news: the clause after it is the news"
TAIL_REASON = "closing judgement: it tells the reader what to think of the news"
# "<subject> is/are/was/were [adverb] <loaded word> after|as|when|because|that <clause>"
_FRAME = re.compile(
    r"^(?P<frame>(?P<subject>[^,;:\"\u201c\u201d]{2,70}?)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|"
    r"remains?|remained|seems?|seemed|appears?|appeared|feels?|felt|left)\s+"
    r"(?:(?:now|still|all|so|deeply|visibly|clearly|understandably)\s+)?"
    r"(?P<word>[A-Za-z-]+)\s+(?:after|as|when|because|that)\s+)(?P<rest>\S.*)$", re.S)
# the frame's subject names where it happened: "Residents of Oakridge", "Oakridge parents"
_GROUPS = (r"city|town|village|county|state|island|community|communities|people|residents|"
           r"citizens|voters|parents|families|fans|locals|neighbou?rs|businesses|officials|leaders|"
           r"students|workers|members")
_GROUP = "(?:" + _GROUPS + ")"
_PLACE = re.compile(r"^(?i:the\s+)?(?i:" + _GROUP + r")\s+(?:of|in|across|throughout)\s+"
                    r"(?P<a>(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)$"
                    r"|^(?P<b>(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)\s+(?i:" + _GROUP + r")$")
_OPENER = re.compile(r"(?i:the|a|an|many|some|most|all|local|angry|" + _GROUPS + r")$")
_CAPITAL = re.compile(r"\b[A-Z][\w'\u2019.-]*")
# a clause's subject does not open with a gerund, a preposition or a verb
_NOT_A_SUBJECT = re.compile(r"^(?:\w+ing|to|of|in|on|at|for|with|by|from|about|is|are|was|were|has|"
                            r"have|had|do|does|did|will|would|can|could|may|might|should|must)\b", re.I)
# ", a decision that ...", ", a move critics ...", ", sparking ..." closing the sentence: one
# unit (no comma, no number, no quotation), up to its final mark; one naming someone (a
# capitalised word: "prompting a fierce backlash from Chinese officials") holds a fact and stays
_TAIL = re.compile(
    r",\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:decision|move|step|ruling|announcement|plan|vote|"
    r"development|action|change|policy|measure|proposal|choice|shift|blow|twist)\b|sparking|"
    r"prompting|drawing|triggering|igniting|fuell?ing|provoking)\b[^,;:\"\u201c\u201d\d\n]{0,120}?"
    r"(?=[.!?]?\s*$)")


# what makes a unit the writer's judgement: a loaded word, not a loaded verb of saying
_JUDGING = frozenset({"evaluative", "loaded_noun", "emotive_verb", "intensifier"})


def _loaded(start: int, end: int, flags) -> bool:
    return any(start <= f.start < end for f in flags if f.type in _JUDGING)


def _instead_of_frame(subject: str, clause: str) -> str | None:
    """What stands for the frame: nothing, or where it happened ("In Oakridge,") when the
    subject names a place the clause does not; None (keep the frame) when the subject
    names someone the clause does not ("Sanders is furious after the party voted")."""
    place = _PLACE.match(subject)
    if place:
        name = place.group("a") or place.group("b")
        return "" if name in clause else f"In {name},"
    words = _CAPITAL.findall(subject)
    if words and words[0] == subject.split()[0] and _OPENER.match(words[0]):
        words = words[1:]  # the sentence's first word: "The", "Many", "Residents"
    return None if any(w not in clause for w in words) else ""


def trim(text: str, min_weight: float = neutral.FLAG_WEIGHT) -> tuple[str, list[TextEdit]]:
    """``text`` without its emotional frame and closing judgement (each only where it holds
    a loaded word of weight >= ``min_weight``), with the edits."""
    flags = neutral.detect(text, min_weight=min_weight)
    quotes = neutral.quoted_spans(text)
    edits = []
    tail = _TAIL.search(text)
    if tail and _loaded(tail.start(), tail.end(), flags) and not _CAPITAL.search(tail.group(0)) and \
            not any(s < tail.end() and tail.start() < e for s, e in quotes):
        edits.append(TextEdit(tail.start(), tail.end(), tail.group(0), "", TAIL_REASON))
    frame = _FRAME.match(text)
    if frame and all(frame.end("frame") <= s for s, _ in quotes):
        clause = text[frame.start("rest"):edits[0].start if edits else len(text)]
        if _loaded(frame.start("word"), frame.end("word"), flags) \
                and not _NOT_A_SUBJECT.match(clause) and has_verb(clause):
            new = _instead_of_frame(frame.group("subject"), clause)
            if new is not None:  # a replacement keeps the space before the clause
                cut = text[:frame.end("frame")].rstrip()
                edits.append(TextEdit(0, len(cut) if new else frame.end("frame"), cut, new,
                                      FRAME_REASON))
    edits.sort(key=lambda x: x.start)
    out = neutral.apply_edits(text, edits)
    if edits and edits[0].start == 0 and not edits[0].new:
        out = upper_first(out)
    return out, edits


def _back(pos: int, cuts: list[TextEdit]) -> int:
    """A position in the cut text as a position in the text before the ``cuts`` (in order)."""
    for x in cuts:
        if pos >= x.start + len(x.new):
            pos += x.end - x.start - len(x.new)
    return pos


def neutral_sentence(text: str, min_weight: float = neutral.FLAG_WEIGHT,
                     rewrite_weight: float | None = None) -> tuple[str, list[TextEdit]]:
    """``trim`` (units holding words of weight >= ``min_weight``), then the word rewrite
    (weight >= ``rewrite_weight``, default the same); edits in ``text``'s coordinates."""
    cut, edits = trim(text, min_weight)
    out, words = neutral.rewrite_edits(cut, min_weight if rewrite_weight is None else rewrite_weight)
    for w in words:  # back to ``text``'s offsets
        w.start, w.end = _back(w.start, edits), _back(w.end, edits)
    for x in edits:
        x.at = 0 if x.start == 0 else len(out.rstrip(".!? "))
    return out, sorted(edits + words, key=lambda x: x.start)
