"""Options shared by all engines (one frozen dataclass, overridable per call)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .document import DEFAULT_MAX_CHARS


@dataclass(frozen=True)
class Options:
    """What a brief should look like."""

    target_words: int = 60         # add sentences until the brief has this many words
    max_words: int = 100           # never more than this (hard cap)
    min_sentences: int = 2
    max_sentences: int = 4
    num_headlines: int = 3
    max_headline_words: int = 14
    max_chars: int = DEFAULT_MAX_CHARS  # input size cap
    neutral_brief: bool = True     # rewrite strongly loaded words in the brief's sentences
    diversity: float = 0.75        # MMR trade-off: 1.0 = scores only

    def with_(self, **changes) -> Options:
        """A copy with some fields changed (unknown names raise TypeError)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
