"""Which sentences a brief may use.

``eligible_sentences(doc, X)`` keeps the article's reporting: no repeats, no filler or opinion,
no photo captions or box scores, no line that ``brief_lines.why_not`` refuses by its own words
(a question, a disclosure, a call to act, a guide's promise, a line of code, a phrase without
a verb, ...), and not the writer speaking to the reader when most of the article reports.  It
does not rank or choose (``select`` does); the sentences it leaves out stay in the document,
out of the brief and out of the headlines' sources.
"""

from __future__ import annotations

import re

import numpy as np

from ..blocks import CAPTION_VERB
from ..document import Document, Sentence
from ..features import FEATURES, OPINION
from ..headline_checks import QUOTED, VOICE, opens_imperative
from .brief_lines import why_not

SURE_ARTICLE = 0.8  # below: kept as article, but not used in the brief when enough is sure
# ... except the article's first sentences, unless they describe a picture: a lead right
# under a byline and share buttons is hesitated over as much as a standfirst (dev pages in
# the cross-validated run: 10 lead sentences at 0.6-0.8, beside 4 standfirsts and 2 captions)
LEAD_SENTENCES, LEAD_ARTICLE = 2, 0.6
PAGE_FURNITURE = 30  # ... on a whole pasted page (this many blocks of furniture removed)
MIN_WORDS = 5

# The writer speaking (I, we, you outside a quotation: "You know, like solving the problem.")
# keeps a sentence out of the brief when most of the article reports in the third person.
VOICE_SHARE = 1 / 3  # news articles: at most 0.22 of their sentences on the dev pages; how-tos 0.6+
# a run of three or more capitalised words is a name ("I'm A Celebrity, Get Me Out Of Here"),
# not the writer speaking
_NAME_RUN = re.compile(r"(?:\b[A-Z][\w'\u2019]*,?\s+){2,}[A-Z][\w'\u2019]*")


# A photo's caption inside the text: "This photo, using a thermal camera, shows ...", "In this
# Nov. 5, 2019 photo, ...", "This undated photo provided by ..." ("This photo plays on role
# reversal" and "The photo was shared" report on a photo and stay)
_CAPTION = re.compile(r"^(?:This\s+(?:undated\s+|handout\s+|file\s+)?(?:photo|image|picture)(?:,|\s+"
                      r"(?:taken|provided|released|made|shot|dated|from)\b)|In\s+this\s+.{0,30}?"
                      r"\b(?:photo|image|picture)\b)")
# A label over a list of quantities is data, not a sentence: "Portion Fix Containers: 1 Green,
# 1 Red, 1 Yellow, 1 tsp."; so is a box score under a team's record: "Palm Bay (1-0): Tolivert
# 25 points.", "Astronaut (NR): Jaden Siemans 7 saves." (not ranked)
_LIST_LINE = re.compile(r"^[^.:!?]{1,60}:\s*(?:\d[^,;]{0,30}[,;]\s*){2,}"
                        r"|^[^.:!?()]{1,40}\((?:\d{1,2}-\d{1,2}(?:-\d{1,2})?|NR)\)\s*:")
# The writer's voice is kept when the sentences without it are fewer words than a short brief
# (a how-to page whose only other lines are its lists).
ENOUGH_WORDS = 30

_US = re.compile(r"\bus\b")  # lower case: the writer and the reader ("US" is the country)

# "should", "must" after a verb of saying are the speaker's, not the writer's: "... posted a
# notice saying that strollers must be left outside", "Others defended the owner, saying safety
# must come first."
_SAYING = re.compile(r"\b(?:said|says|saying|say|told|tells|telling|argued|argues|arguing|warned|"
                     r"warns|warning|insisted|insists|insisting|added|adds|wrote|writes|stated|states|"
                     r"according to|urged|urges|urging|called for|calls for)\b")
# A generic phrase inside a sentence that carries the facts ("A small bakery in Millbrook has
# sparked a heated debate after its owner, Dana Whitfield, announced that ... from April 1."):
# a number and two names keep it in; "In today's fast-paced world, small businesses face many
# challenges." has neither.
_NAME = re.compile(r"(?<=\s)[A-Z][a-z][\w'\u2019-]*")
_DIGIT = re.compile(r"\d")


def _attributed(text: str) -> bool:
    """Whether every opinion word of ``text`` is inside a quotation or in reported speech."""
    outside = QUOTED.sub(" ", text)
    return not OPINION.search(outside) or bool(_SAYING.search(outside))


def names_a_fact(text: str) -> bool:
    """Whether ``text`` has a number or a capitalised name inside it."""
    return bool(_DIGIT.search(text) or _NAME.search(text))


def _specific(text: str) -> bool:
    """Whether ``text`` names the facts: a number and at least two capitalised names inside it."""
    return bool(_DIGIT.search(text)) and len(_NAME.findall(text)) >= 2


def _outside_quotes(doc: Document) -> list[str]:
    """Each sentence's words outside quotation marks, following a quotation that runs over
    several sentences of a paragraph ("\u201cMeth. | We\u2019re on it.\u201d")."""
    out, open_quote, paragraph = [], False, None
    for s in doc.sentences:
        text = s.text
        if s.paragraph != paragraph:
            open_quote, paragraph = False, s.paragraph
        if open_quote:  # the sentence starts inside a quotation opened before it
            end = text.find("\u201d")
            text, open_quote = ("", True) if end < 0 else (text[end + 1:], False)
        if text.count("\u201c") > text.count("\u201d"):
            open_quote, text = True, text[:text.rfind("\u201c")]
        out.append(QUOTED.sub(" ", text))
    return out


def _voiced(doc: Document) -> set[int]:
    """Sentences in the writer's voice or that tell the reader what to do ("Enter South
    Dakota to throw down the gauntlet.", "Skip the rush and snag these deals early."), when
    they are at most VOICE_SHARE of the article (a column in the first person or a how-to
    keeps them)."""
    voiced = set()
    for s, text in zip(doc.sentences, _outside_quotes(doc)):
        text = _NAME_RUN.sub(" ", text)
        if VOICE.search(text) or _US.search(text) or opens_imperative(s.text):
            voiced.add(s.index)
    return voiced if len(voiced) <= VOICE_SHARE * len(doc.sentences) else set()


def _strict(new: list[Sentence], X: np.ndarray) -> list[int]:
    """The sentences of ``new`` that pass every check of ``eligible_sentences`` but the
    writer's voice."""
    col = {f: i for i, f in enumerate(FEATURES)}
    # a paragraph that opens as a caption is one ("... shows X. The difference is ...")
    captions = {s.paragraph for s in new if _CAPTION.match(s.text)}
    # ... and what follows a box score's label in its paragraph is the box score ("Melbourne
    # (3-0): Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals, 2 assists.")
    lists: dict[int, int] = {}
    for s in new:
        if _LIST_LINE.match(s.text):
            lists.setdefault(s.paragraph, s.index)
    return [s.index for s in new if s.words >= MIN_WORDS and not s.table_row
            and s.paragraph not in captions
            and s.index < lists.get(s.paragraph, s.index + 1)  # (the label's line too)
            and (X[s.index, col["filler"]] == 0 or _specific(s.text))
            and (X[s.index, col["opinion"]] == 0 or _attributed(s.text))
            and why_not(s.text) is None]




def _lead(s: Sentence) -> bool:
    """Whether ``s`` is one of the article's first sentences that the page classifier kept
    with some doubt, and not a photo's caption ("Schiff speaks during a briefing")."""
    return s.index < LEAD_SENTENCES and s.article_prob >= LEAD_ARTICLE \
        and not CAPTION_VERB.search(s.text)


def eligible_sentences(doc: Document, X: np.ndarray) -> list[int]:
    """Sentences a brief may use: no repeats, no questions, no generic filler or opinion,
    no table rows, no aside in brackets or embedded post's signature, no disclosure, contact
    line, hashtag, call to act ("Explore our courses ...") or verbless tagline ("Updated 7 days
    a week"), no phrase without a verb or gerund without a main clause ("By staying on top of
    the trends."), no subordinate clause alone
    ("Because ... are anything but easy."), no photo caption ("This photo, taken ..."), no
    lead-in ("Here's what he had to say…") or
    interview's "Q:" or "A:" line, no line without a sentence's final mark, no label over a
    list of quantities nor the lines after it in its paragraph, not the writer's voice in a
    reported article (unless the rest is fewer than ENOUGH_WORDS words), at least MIN_WORDS
    words, from blocks the page classifier is sure are article (or the article's lead);
    relaxed step by step when that leaves nothing."""
    new = [s for s in doc.sentences if doc.duplicate_of[s.index] is None]
    if doc.furniture_blocks >= PAGE_FURNITURE:  # a whole page was pasted
        sure = [s for s in new if s.article_prob >= SURE_ARTICLE or _lead(s)]
        if sum(s.words for s in sure) >= 40:
            new = sure  # a caption or standfirst the classifier hesitated over stays out
    checked = _strict(new, X)
    voiced = _voiced(doc)
    strict = [i for i in checked if i not in voiced]
    if sum(doc.sentences[i].words for i in strict) < ENOUGH_WORDS:
        strict = checked  # a how-to's few lines not spoken to the reader are its data lines
    if strict:
        return strict
    loose = [s.index for s in new if s.words >= MIN_WORDS]
    return loose or [s.index for s in new]
