"""Tune the hand scorer's weights and the brief's target length on a *dev* file.

    python -m eval.train.tune --data cnndm-dev

Features and embeddings are computed once (``eval.train.build_items``); then coordinate
ascent over ``summarize.scoring.HAND_WEIGHTS`` and ``Options.target_words``, maximising
mean ROUGE-1 + ROUGE-2 + ROUGE-Lsum of the engine's real selection
(``eval.train.selection_rouge``).  It prints the best weights; copying them into
``summarize/scoring.py`` is a deliberate, reviewed step.
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from summarize.features import FEATURES
from summarize.options import Options
from summarize.scoring import HAND_WEIGHTS

from .scorer import build_items, selection_rouge


def evaluate_weights(items, weights: dict, target_words: int) -> float:
    """Mean R1+R2+RLsum (F1 x 100) of the briefs these settings select."""
    w = np.array([weights.get(f, 0.0) for f in FEATURES], dtype=np.float32)
    return float(sum(selection_rouge(items, w, Options(target_words=target_words))))


def coordinate_ascent(items, weights: dict, target: int, rounds: int = 2):
    """Greedy one-weight-at-a-time search; returns (weights, target words, score)."""
    best = evaluate_weights(items, weights, target)
    for _ in range(rounds):
        for t in (50, 55, 60, 65, 70, 75, 80):
            v = evaluate_weights(items, weights, t)
            if v > best + 1e-6:
                best, target = v, t
        for f in FEATURES:
            if f == "bias":
                continue
            base = weights.get(f, 0.0)
            for delta in (-0.6, -0.3, -0.15, 0.15, 0.3, 0.6):
                trial = dict(weights)
                trial[f] = round(base + delta, 3)
                v = evaluate_weights(items, trial, target)
                if v > best + 1e-6:
                    best, weights = v, trial
                    base = trial[f]
        print(json.dumps({"score": round(best, 3), "target_words": target}), flush=True)
    return weights, target, best


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="cnndm-dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    if "dev" not in args.data:
        raise SystemExit("tune only on dev data")
    items = build_items(args.data, args.limit)
    print(f"start: {evaluate_weights(items, HAND_WEIGHTS, Options().target_words):.3f}")
    weights, target, best = coordinate_ascent(items, dict(HAND_WEIGHTS), Options().target_words,
                                              args.rounds)
    print(json.dumps({"target_words": target, "score": round(best, 3), "weights": weights},
                     indent=1))


if __name__ == "__main__":
    main()
