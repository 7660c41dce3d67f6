"""Tune the hand scorer's weights and the brief budget on a *dev* file (never on eval/).

    python -m eval.tune --data cnndm-dev

Features and embeddings are computed once; then coordinate ascent over the weights in
``summarize.scoring.HAND_WEIGHTS`` and the target length, maximising mean ROUGE-1 +
ROUGE-2 + ROUGE-Lsum of the brief.  It prints the best weights; copying them into
``summarize/scoring.py`` is a deliberate, reviewed step.
"""

from __future__ import annotations

import argparse
import json

import numpy as np
from rouge_score import rouge_scorer

from summarize import Summarizer
from summarize.engines.common import embed_documents, mark_duplicates
from summarize.engines.extractive import DANGLING, eligible_sentences
from summarize.features import FEATURES, sentence_features
from summarize.scoring import HAND_WEIGHTS
from summarize.select import select

from . import data as datamod


def prepare(dataset: str, limit: int | None = None):
    """Parsed docs with features, embeddings and references for fast re-selection."""
    _, _, examples = datamod.load(dataset, limit=limit)
    s = Summarizer()
    engine = s.engine
    docs, refs = [], []
    for e in examples:
        try:
            docs.append(s.parse(e.text))
            refs.append(e.briefs[0])
        except Exception:  # noqa: BLE001 - unusable dev rows are skipped, not fatal
            continue
    embs = embed_documents(engine.encoder, docs)
    mark_duplicates(docs, embs)
    items = []
    for d, emb, ref in zip(docs, embs, refs):
        X = sentence_features(d, emb["sentences"], emb["title"], emb["headings"])
        elig = eligible_sentences(d, X)
        items.append((d, X, emb["sentences"], elig, ref))
    return items


def evaluate_weights(items, weights: dict, target_words: int, lam: float = 0.75) -> float:
    """Mean R1+R2+RLsum (F1 x 100) of the briefs these settings select."""
    w = np.array([weights.get(f, 0.0) for f in FEATURES], dtype=np.float32)
    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    total = 0.0
    for d, X, emb, elig, ref in items:
        scores = X @ w
        dangling = {s.index for s in d.sentences if s.index and DANGLING.match(s.text)}
        chosen = select(scores, emb, [s.words for s in d.sentences], elig or [0],
                        target_words=target_words, max_sentences=4, lam=lam,
                        needs_previous=dangling)
        pred = "\n".join(d.sentences[i].text for i in chosen)
        r = sc.score(ref, pred)
        total += (r["rouge1"].fmeasure + r["rouge2"].fmeasure + r["rougeLsum"].fmeasure) * 100
    return total / len(items)


def coordinate_ascent(items, weights: dict, max_words: int, rounds: int = 2):
    """Greedy one-weight-at-a-time search; returns (weights, target words, score)."""
    best = evaluate_weights(items, weights, max_words)
    for _ in range(rounds):
        for mw in (50, 55, 60, 65, 70, 75, 80):
            v = evaluate_weights(items, weights, mw)
            if v > best + 1e-6:
                best, max_words = v, mw
        for f in FEATURES:
            if f == "bias":
                continue
            base = weights.get(f, 0.0)
            for delta in (-0.6, -0.3, -0.15, 0.15, 0.3, 0.6):
                trial = dict(weights)
                trial[f] = round(base + delta, 3)
                v = evaluate_weights(items, trial, max_words)
                if v > best + 1e-6:
                    best, weights = v, trial
                    base = trial[f]
        print(json.dumps({"score": round(best, 3), "max_words": max_words}), flush=True)
    return weights, max_words, best


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="cnndm-dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    if not args.data.endswith("-dev") and "dev" not in args.data:
        raise SystemExit("tune only on dev data")
    items = prepare(args.data, args.limit)
    start = evaluate_weights(items, HAND_WEIGHTS, 60)
    print(f"start: {start:.3f}")
    weights, mw, best = coordinate_ascent(items, dict(HAND_WEIGHTS), 60, args.rounds)
    print(json.dumps({"target_words": mw, "score": round(best, 3), "weights": weights}, indent=1))


if __name__ == "__main__":
    main()
