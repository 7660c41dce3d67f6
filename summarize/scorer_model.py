"""The learned sentence scorer that ships with the package (weights in ``models/``).

A linear pairwise-ranking model over the document features of ``features.FEATURES``
(position, centrality and title similarity from the frozen encoder's embeddings,
specificity, filler, opinion, loaded words, ...), trained by ``python -m eval.train
scorer`` on greedy-oracle pairs from ``dev/cnndm_dev.jsonl`` only.  It corrects the
hand-tuned scorer rather than replacing it:

    score (n,) = X (n, f) @ (w_hand + alpha * w_learned)
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .features import FEATURES
from .scoring import HAND_WEIGHTS

MODEL_DIR = Path(__file__).parent / "models"
WEIGHTS = MODEL_DIR / "scorer.npz"
CONFIG = MODEL_DIR / "scorer.json"


@dataclass
class LearnedScorer:
    """Hand weights plus ``alpha`` x learned pairwise weights; ``score(X)`` -> (n,)."""

    learned: np.ndarray                       # (len(FEATURES),)
    alpha: float
    hand: dict[str, float] = field(default_factory=lambda: dict(HAND_WEIGHTS))
    name: str = "learned"

    @property
    def weights(self) -> np.ndarray:
        """The combined weight vector, (len(FEATURES),)."""
        hand = np.array([self.hand.get(f, 0.0) for f in FEATURES], dtype=np.float32)
        return hand + self.alpha * self.learned.astype(np.float32)

    def score(self, X: np.ndarray, emb: np.ndarray | None = None) -> np.ndarray:
        """Scores, shape (n_sentences,)."""
        return X @ self.weights

    def save(self, weights: Path = WEIGHTS, config: Path = CONFIG, info: dict | None = None):
        """Write the learned weights (npz) and a JSON card (features, alpha, training info)."""
        weights.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(weights, learned=self.learned.astype(np.float32))
        card = {"features": list(FEATURES), "alpha": self.alpha, "hand_weights": self.hand,
                "learned_weights": {f: round(float(v), 5) for f, v in zip(FEATURES, self.learned)},
                **(info or {})}
        config.write_text(json.dumps(card, indent=2) + "\n")


def load(weights: Path = WEIGHTS, config: Path = CONFIG) -> LearnedScorer:
    """Load a scorer from its files (raises if they do not match this code's features)."""
    card = json.loads(config.read_text())
    if tuple(card["features"]) != FEATURES:
        raise ValueError("scorer weights were trained on other features; retrain them")
    return LearnedScorer(np.load(weights)["learned"], float(card["alpha"]),
                         dict(card["hand_weights"]))


def load_shipped() -> LearnedScorer | None:
    """The shipped scorer, or None if the package has no (matching) weights."""
    if not (WEIGHTS.exists() and CONFIG.exists()):
        return None
    try:
        return load()
    except (ValueError, KeyError, OSError) as e:
        warnings.warn(f"shipped scorer not used ({e}); falling back to the hand-tuned one",
                      stacklevel=2)
        return None
