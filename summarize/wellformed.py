"""The learned well-formedness judge: is a deletion from a sentence still a sentence?

A sentence-level classifier over the frozen encoder's token states of the *source*
sentence and a keep mask (the words a headline candidate keeps):

    words (n,) -> [state, surface, kept, gap before, gap after] (n, d + s + 3)
           -> relu(proj) (n, 96) -> BiLSTM (n, 2 x 48)
           -> max and mean over the kept words (192) -> linear -> P(well formed)

Trained by ``python -m eval.train wellformed`` on the Google sentence-compression pairs:
the gold compression and the whole sentence are the positives; the negatives are the same
sentences' gold compression with a run of words taken out, cut short inside a clause,
without its opening words, and random deletions of the gold's size ("Dozens of tricky
better", "Merger chains Gannett").

It judges deletions only, and costs no encoder pass: the source's token states are the
ones the compressor already uses.  A candidate that adds words (a neutral verb, a tense
change) is judged by the deletion it was made from (``kept_mask``).  It does not decide
which candidates exist (``headlines`` does) nor replace the explicit checks
(``headline_checks``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .compressor import MODEL_DIR, NUMBER_MARK, load_net, run_lstm, save_net, word_inputs, words

WEIGHTS = MODEL_DIR / "wellformed.npz"
CONFIG = MODEL_DIR / "wellformed.json"
MASK_FEATURES = ("kept", "gap_before", "gap_after")


def _norm(w: str) -> str:
    # (a sentence's last "2026." is the cut's "2026")
    return NUMBER_MARK.sub("", w.lower().replace("\u2019", "'"))


def kept_mask(ws: list[str], variant: str, latest: bool = False) -> np.ndarray:
    """(n,) 1.0 for the words of ``ws`` that ``variant`` keeps, matched in order (a word the
    variant adds, "votes" for "voted", is skipped): each to its earliest place, or with
    ``latest`` to its latest ("The" of "The report says the agency ..." kept as the second
    "the" when the variant is "The agency ...")."""
    source = [_norm(w) for w in ws]
    wanted = [_norm(w) for w in words(variant)]
    if latest:
        source, wanted = source[::-1], wanted[::-1]
    kept = np.zeros(len(ws), dtype=np.float32)
    i = 0
    for w in wanted:
        try:
            i = source.index(w, i)
        except ValueError:
            continue
        kept[i] = 1.0
        i += 1
    return kept[::-1].copy() if latest else kept


def mask_features(kept: np.ndarray) -> np.ndarray:
    """(n, 3): kept, a deleted word right before, a deleted word right after (kept words)."""
    k = kept.astype(np.float32)
    before = np.zeros_like(k)
    after = np.zeros_like(k)
    before[1:] = k[1:] * (1 - k[:-1])
    after[:-1] = k[:-1] * (1 - k[1:])
    # the first and last kept words do not count a gap at the sentence's edges
    idx = np.flatnonzero(k)
    if len(idx):
        before[idx[0]] = 0.0
        after[idx[-1]] = 0.0
    return np.stack([k, before, after], axis=1)


def build_net(inputs: int, proj: int = 96, hidden: int = 48):
    """The judge: projection, a bidirectional LSTM, pooled over the kept words, one logit."""
    import torch

    class Judge(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.proj = torch.nn.Linear(inputs, proj)
            self.lstm = torch.nn.LSTM(proj, hidden, batch_first=True, bidirectional=True)
            self.out = torch.nn.Linear(4 * hidden, 1)
            self.drop = torch.nn.Dropout(0.2)

        def forward(self, x, kept, lengths):  # (b, n, inputs), (b, n), (b,) -> (b,)
            h = run_lstm(self.lstm, self.drop(torch.relu(self.proj(x))), lengths)
            k = kept.unsqueeze(-1)
            top = (h + (k - 1) * 1e4).max(1).values
            mean = (h * k).sum(1) / k.sum(1).clamp(min=1.0)
            return self.out(self.drop(torch.cat([top, mean], dim=1))).squeeze(-1)

    return Judge()


@dataclass
class WellFormed:
    """Deletion judge; ``probs(states, ws, masks)`` -> P(well formed) per mask."""

    mean: np.ndarray
    std: np.ndarray
    net: object  # a torch module from build_net, in eval mode

    def probs(self, states: np.ndarray, ws: list[str], masks: list[np.ndarray]) -> np.ndarray:
        """Probability that keeping each mask's words of ``ws`` reads as a sentence."""
        import torch

        if not masks:
            return np.zeros(0, dtype=np.float32)
        base = word_inputs(states, ws)
        x = np.stack([np.concatenate([base, mask_features(m)], axis=1) for m in masks])
        x = (x - self.mean) / self.std
        kept = np.stack(masks).astype(np.float32)
        with torch.inference_mode():
            logit = self.net(torch.tensor(x, dtype=torch.float32), torch.tensor(kept),
                             torch.full((len(masks),), len(ws), dtype=torch.int64))
        return torch.sigmoid(logit).numpy()

    def save(self, weights: Path = WEIGHTS, config: Path = CONFIG, info: dict | None = None):
        """Write the weights (npz) and a JSON card."""
        save_net(self.net, self.mean, self.std, weights, config,
                 {"mask_features": list(MASK_FEATURES), "inputs": int(self.mean.shape[0]),
                  "proj": self.net.proj.out_features, "hidden": self.net.lstm.hidden_size,
                  **(info or {})})


def load(weights: Path = WEIGHTS, config: Path = CONFIG) -> WellFormed:
    """Load a judge from its files."""
    card = json.loads(config.read_text())
    if tuple(card["mask_features"]) != MASK_FEATURES:
        raise ValueError("well-formedness weights were trained on other features; retrain them")
    net = build_net(int(card["inputs"]), card.get("proj", 96), card.get("hidden", 48))
    return WellFormed(*load_net(net, weights))


def load_shipped() -> WellFormed | None:
    """The shipped judge, or None if the package has none."""
    if not (WEIGHTS.exists() and CONFIG.exists()):
        return None
    return load()
