"""Well-formedness by the learned judge (``summarize.wellformed``), for the report.

The judge reads a headline as a deletion from its source sentence, so it applies where the
source is known for every system: Gigaword, whose input is one lead sentence.  A headline's
words are matched in order to the lead's (words it adds are not judged); a missing headline
fails.  Elsewhere the report shows the explicit checks only.
"""

from __future__ import annotations

import numpy as np

from summarize import compressor as cmp
from summarize import wellformed

THRESHOLD = 0.5  # P(well formed) at which a headline counts as well formed


class FormRater:
    """Share of headlines the judge finds well formed, as deletions from given sources."""

    def __init__(self, encoder=None, judge=None):
        self.judge = judge or wellformed.load_shipped()
        self.encoder = encoder
        self._states: dict[str, np.ndarray] = {}

    def _states_of(self, sources: list[str]) -> list[np.ndarray]:
        todo = [s for s in dict.fromkeys(sources) if s not in self._states]
        if todo:
            if self.encoder is None:
                from summarize.encoder import get_encoder

                self.encoder = get_encoder().load()
            for s, st in zip(todo, self.encoder.word_states([cmp.words(s) for s in todo])):
                self._states[s] = st
        return [self._states[s] for s in sources]

    def probs(self, sources: list[str], headlines: list[str]) -> list[float]:
        """P(well formed) of each headline as a deletion from its source (0 when empty)."""
        out = []
        for src, st, head in zip(sources, self._states_of(sources), headlines):
            ws = cmp.words(src)
            mask = wellformed.kept_mask(ws, head or "")
            ok = bool(head and head.strip()) and mask.sum() > 0
            out.append(float(self.judge.probs(st, ws, [mask])[0]) if ok else 0.0)
        return out

    def rate(self, sources: list[str], headlines: list[str]) -> float | None:
        """Share of ``headlines`` with P(well formed) >= THRESHOLD."""
        if self.judge is None or not headlines:
            return None
        return float(np.mean([p >= THRESHOLD for p in self.probs(sources, headlines)]))
