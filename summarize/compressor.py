"""The learned headline compressor: keep or drop each word of a sentence.

A per-word classifier over the frozen encoder's token states (the first word piece of
each word, with its neighbours' states for context) plus a few surface features, trained
by ``python -m eval.train compressor`` on the Google sentence-compression pairs (whose
compressions were derived from headlines).  Decoding keeps the most probable words under
a word budget, in their original order, with simple grammatical constraints: no leading
preposition or conjunction, no trailing function word, balanced quotes and brackets, and
at least one verb-like word.

    words (n,) -> token states (n, d) -> [h_i, h_i-1, h_i+1, surface] (n, 3d + s)
           -> relu(x W1 + b1) (n, h) -> w2 + b2 -> keep logits (n,)

It does not decide which sentence to compress (``headlines`` does).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).parent / "models"
WEIGHTS = MODEL_DIR / "compressor.npz"
CONFIG = MODEL_DIR / "compressor.json"

WORD = re.compile(r"\$?\d[\d,.]*%?|[\w][\w'\u2019.-]*[\w]|\w|[^\w\s]")
_FUNCTION_START = frozenset("and or but of to in on at for by with from as that which who "
                            "while when after before because although though , . ; : - ' \"".split())
_FUNCTION_END = frozenset("the a an of to in on at for by with from and or but as that which who "
                          "is are was were be has have had will would its his her their than , ; : -"
                          .split())
_VERBISH = re.compile(r"^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|"
                      r"must|should|do|does|did|says|said|won|lost|hit|made|took|got|left|told|"
                      r"found|led|set|cut|put|held|met|paid|sent|kept|ran|fell|rose|gave|came|"
                      r"went|saw|became|began|broke|shot|wrote|\w+ed|\w+s)$")
SURFACE = ("rel_pos", "is_punct", "is_title", "is_upper", "is_digit", "log_len", "first", "last")


def words(sentence: str) -> list[str]:
    """The words (and punctuation marks) of a sentence, as the compressor sees them."""
    return WORD.findall(sentence)


def surface_features(ws: list[str]) -> np.ndarray:
    """(n, len(SURFACE)) surface features of each word."""
    n = len(ws)
    out = np.zeros((n, len(SURFACE)), dtype=np.float32)
    for i, w in enumerate(ws):
        out[i] = [i / max(1, n - 1), float(not w[0].isalnum() and w[0] != "$"),
                  float(w[:1].isupper()), float(w.isupper() and len(w) > 1),
                  float(any(c.isdigit() for c in w)), np.log1p(len(w)) / 3, float(i == 0),
                  float(i == n - 1)]
    return out


def word_inputs(states: np.ndarray, ws: list[str]) -> np.ndarray:
    """Model inputs (n, 3d + s) from word states (n, d): each word with its neighbours."""
    pad = np.zeros((1, states.shape[1]), dtype=np.float32)
    prev = np.concatenate([pad, states[:-1]])
    nxt = np.concatenate([states[1:], pad])
    return np.concatenate([states, prev, nxt, surface_features(ws)], axis=1).astype(np.float32)


@dataclass
class Compressor:
    """Keep/drop classifier; ``keep_probs(states, words)`` -> (n,) probabilities."""

    mean: np.ndarray
    std: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float

    def keep_probs(self, states: np.ndarray, ws: list[str]) -> np.ndarray:
        """Probability that each word is kept."""
        z = (word_inputs(states, ws) - self.mean) / self.std
        logit = np.maximum(z @ self.w1 + self.b1, 0.0) @ self.w2 + self.b2
        return 1.0 / (1.0 + np.exp(-logit))

    def save(self, weights: Path = WEIGHTS, config: Path = CONFIG, info: dict | None = None):
        """Write the weights (npz) and a JSON card."""
        weights.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(weights, mean=self.mean, std=self.std, w1=self.w1, b1=self.b1,
                            w2=self.w2, b2=np.array([self.b2], dtype=np.float32))
        card = {"surface": list(SURFACE), "inputs": int(self.w1.shape[0]),
                "hidden": int(self.w1.shape[1]), **(info or {})}
        config.write_text(json.dumps(card, indent=2) + "\n")


def load(weights: Path = WEIGHTS, config: Path = CONFIG) -> Compressor:
    """Load a compressor from its files."""
    card = json.loads(config.read_text())
    if tuple(card["surface"]) != SURFACE:
        raise ValueError("compressor weights were trained on other features; retrain them")
    z = np.load(weights)
    return Compressor(z["mean"], z["std"], z["w1"], z["b1"], z["w2"], float(z["b2"][0]))


def load_shipped() -> Compressor | None:
    """The shipped compressor, or None if the package has none."""
    if not (WEIGHTS.exists() and CONFIG.exists()):
        return None
    return load()


def decode(ws: list[str], probs: np.ndarray, max_words: int, min_words: int = 4) -> list[int]:
    """Indices of the kept words: the most probable ones under the budget, in order.

    Words are counted without punctuation.  Constraints: no leading function word or
    punctuation, no trailing function word, balanced quotes/brackets, one verb-like word.
    """
    is_word = [w[0].isalnum() or w[0] == "$" for w in ws]
    order = np.argsort(-probs)
    keep: set[int] = set()
    n_words = 0
    for i in order:
        if probs[i] < 0.5 and n_words >= min_words:
            break
        if is_word[i] and n_words >= max_words:
            continue
        keep.add(int(i))
        n_words += is_word[i]
    kept = sorted(keep)
    while kept and ws[kept[0]].lower() in _FUNCTION_START:
        kept.pop(0)
    while kept and ws[kept[-1]].lower() in _FUNCTION_END:
        kept.pop()
    for open_, close in (("(", ")"), ('"', '"'), ("\u201c", "\u201d")):
        if open_ == close:
            if sum(ws[i] == open_ for i in kept) % 2:
                kept = [i for i in kept if ws[i] != open_]
        elif sum(ws[i] == open_ for i in kept) != sum(ws[i] == close for i in kept):
            kept = [i for i in kept if ws[i] not in (open_, close)]
    if kept and not any(_VERBISH.match(ws[i].lower()) for i in kept):
        verbs = [i for i in range(len(ws)) if _VERBISH.match(ws[i].lower()) and kept[0] < i]
        if verbs:
            kept = sorted(set(kept) | {max(verbs[:3], key=lambda i: probs[i])})
    return kept


def detokenize(ws: list[str], kept: list[int]) -> str:
    """Join kept words with spaces, punctuation attached."""
    out = ""
    for i in kept:
        w = ws[i]
        if out and (w[0].isalnum() or w[0] in "$(\"\u201c") and not out.endswith(("(", "\u201c")):
            out += " "
        out += w
    out = re.sub(r"\s+([,.;:!?%)\u201d])", r"\1", out)
    return out.strip(" ,;:-")
