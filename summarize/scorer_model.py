"""The learned sentence scorer that ships with the package (weights in ``models/``).

A two-layer MLP over [sentence embedding, embedding x document centroid, document
features] (see ``features.FEATURES``), trained by ``python -m eval.train scorer`` on
greedy-oracle labels from the dev files only.  Inference is plain numpy:

    x (n, 2*d + f) -> standardise -> relu(x W1 + b1) -> (n, h) -> w2 + b2 -> scores (n,)
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .features import FEATURES

MODEL_DIR = Path(__file__).parent / "models"
WEIGHTS = MODEL_DIR / "scorer.npz"
CONFIG = MODEL_DIR / "scorer.json"


def scorer_inputs(X: np.ndarray, emb: np.ndarray) -> np.ndarray:
    """Model inputs (n, 2*d + f) from features (n, f) and unit embeddings (n, d)."""
    centroid = emb.mean(0)
    centroid = centroid / max(1e-6, float(np.linalg.norm(centroid)))
    return np.concatenate([emb, emb * centroid, X], axis=1).astype(np.float32)


@dataclass
class LearnedScorer:
    """MLP scorer; ``score(X, emb)`` -> (n,) logits."""

    mean: np.ndarray
    std: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float
    features: tuple[str, ...]
    name: str = "learned"

    def score(self, X: np.ndarray, emb: np.ndarray | None = None) -> np.ndarray:
        """Scores, shape (n_sentences,)."""
        if emb is None:
            raise ValueError("the learned scorer needs sentence embeddings")
        z = (scorer_inputs(X, emb) - self.mean) / self.std
        h = np.maximum(z @ self.w1 + self.b1, 0.0)
        return h @ self.w2 + self.b2

    def save(self, weights: Path = WEIGHTS, config: Path = CONFIG, info: dict | None = None):
        """Write the weights (npz) and a JSON card (features, training info)."""
        weights.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(weights, mean=self.mean, std=self.std, w1=self.w1, b1=self.b1,
                            w2=self.w2, b2=np.array([self.b2], dtype=np.float32))
        card = {"features": list(self.features), "hidden": int(self.w1.shape[1]),
                "inputs": int(self.w1.shape[0]), **(info or {})}
        config.write_text(json.dumps(card, indent=2) + "\n")


def load(weights: Path = WEIGHTS, config: Path = CONFIG) -> LearnedScorer:
    """Load a scorer from its files (raises if they do not match this code's features)."""
    card = json.loads(config.read_text())
    if tuple(card["features"]) != FEATURES:
        raise ValueError("scorer weights were trained on other features; retrain them")
    z = np.load(weights)
    return LearnedScorer(z["mean"], z["std"], z["w1"], z["b1"], z["w2"], float(z["b2"][0]),
                         tuple(card["features"]))


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
