"""Result types.  Every engine returns a ``Brief``; ``Brief.to_dict()`` is the JSON contract.

Stable JSON keys (content tools depend on them): ``summary``, ``sentences[].text``,
``headlines[].text``; the CLI adds ``id`` in JSONL mode.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Source:
    """What the spans of a result point into: the text given, or the article of a page."""

    kind: str = "text"          # "text" (pasted or plain), "html" (a page), "url" (fetched)
    spans: str = "input"        # "input": spans index the text given; "source.text": ``text``
    text: str | None = None     # for "html"/"url": the article text extracted from the page
    url: str | None = None


@dataclass
class Removed:
    """A piece of the input left out as junk, with the reason and its span (-1: not in the
    text the spans point into, e.g. a menu of an HTML page)."""

    text: str
    reason: str
    start: int
    end: int


@dataclass
class Flag:
    """A loaded word or phrase (framing) with its type, a reason, and its span."""

    text: str
    type: str
    reason: str
    start: int
    end: int
    lemma: str = ""
    suggestion: str | None = None


@dataclass
class SentenceRef:
    """A sentence of the input, with its span in the raw input and its rank score."""

    text: str
    start: int
    end: int
    index: int
    score: float = 0.0


@dataclass
class Edit:
    """A word of the brief that the neutral rewrite changed: what the article said, what the
    brief says ('' when dropped), why, the span of the original in the text the spans point
    into (-1: not found), and where the change sits in ``Brief.sentences[sentence].text``."""

    original: str
    replacement: str
    reason: str
    start: int
    end: int
    sentence: int
    at: int = -1


@dataclass
class Duplicate:
    """A sentence that repeats earlier content; ``duplicate_of`` is the index of the one kept."""

    text: str
    start: int
    end: int
    index: int
    duplicate_of: int
    similarity: float


@dataclass
class Headline:
    """A candidate headline, best first; ``source`` is the index of the sentence it came from."""

    text: str
    score: float
    source: int | None = None
    neutrality: float = 1.0
    flags: list[Flag] = field(default_factory=list)
    rejected: str | None = None
    note: str | None = None  # set on a fallback: the check it fails ("no verb")


@dataclass
class Stats:
    """Sizes and timings of one run."""

    words_in: int = 0
    words_out: int = 0
    sentences_in: int = 0
    sentences_unique: int = 0
    redundancy: float = 0.0
    removed: int = 0
    neutrality_input: float = 1.0
    neutrality_brief: float = 1.0
    timings: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Brief:
    """A neutral brief of one article: summary, the sentences behind it, headline candidates."""

    summary: str
    sentences: list[SentenceRef]
    headlines: list[Headline]
    title: str | None = None
    removed: list[Removed] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    rejected: list[Headline] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    engine: str = "extractive"
    notices: list[str] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    edits: list[Edit] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The brief as plain JSON-ready types."""
        return asdict(self)

    @property
    def headline(self) -> str:
        """The best headline candidate ('' if none)."""
        return self.headlines[0].text if self.headlines else ""
