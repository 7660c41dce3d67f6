"""Train the sentence scorer: ``python -m eval.train scorer`` (seconds).

Data: ``dev/cnndm_dev.jsonl`` only (never ``eval/``).  Labels: the greedy ROUGE
oracle of each parsed article against its highlights.  Model: logistic regression on
feature differences of (oracle, non-oracle) sentence pairs of the same article (a
pairwise ranker, no intercept), added to the hand-tuned weights with a factor alpha.
alpha is chosen by 4-fold cross-validation on the articles (ROUGE of the full selection
on held-out folds); the shipped weights are then fitted on all articles.  Other dev
files (XSum, BBC, NeuS) were tried as extra training data and made held-out CNN/DM
ROUGE worse (see eval/TRAINING.md).  Fixed seed.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from ..config import data_dir

SEED = 0
ALPHAS = (1.0, 2.0, 3.0, 5.0)
# Features the ranker may adjust.  Left out: structure that CNN/DM cannot teach (its
# articles are one paragraph, no headings or title: para_start, section_start,
# first_para, heading_sim, title_sim) and the product's penalties for filler, opinion,
# loaded words, questions and first person, which clean news too seldom shows to learn.
LEARNABLE = ("lead", "rel_pos", "centrality", "specificity", "numbers", "short", "long",
             "log_words", "quote_start", "quoted_share", "neighbor_sim", "pronoun_start")
FOLDS = 4


def build_items(dataset: str = "cnndm-dev", limit: int | None = None) -> list[dict]:
    """Per article: parsed doc, features X, embeddings, oracle labels y, reference."""
    from summarize import InputError, Summarizer
    from summarize.engines.common import embed_documents, mark_duplicates, sentence_flags
    from summarize.features import sentence_features

    from .. import data as datamod
    from ..measure.oracle import greedy, tokenize

    s = Summarizer()
    engine = s.engine.load()
    _, _, examples = datamod.load(dataset, limit=limit)
    docs, refs = [], []
    for e in examples:
        try:
            docs.append(s.parse(e.text))
            refs.append(e.briefs[0])
        except InputError:
            continue
    embs = embed_documents(engine.encoder, docs)
    mark_duplicates(docs, embs)
    items = []
    for doc, emb, ref in zip(docs, embs, refs):
        X = sentence_features(doc, emb["sentences"], emb["title"], emb["headings"],
                              sentence_flags(doc))
        chosen = greedy([tokenize(x.text) for x in doc.sentences], tokenize(ref), 4)
        y = np.zeros(len(doc.sentences), dtype=np.float32)
        y[chosen] = 1.0
        items.append({"doc": doc, "X": X, "emb": emb["sentences"], "y": y, "ref": ref})
    return items


def pairwise_fit(items: list[dict], seed: int = SEED, negatives: int = 8,
                 C: float = 0.1) -> np.ndarray:
    """Learned weights (n_features,) of a pairwise logistic ranker (zero off LEARNABLE)."""
    from sklearn.linear_model import LogisticRegression

    from summarize.features import FEATURES

    cols = [FEATURES.index(f) for f in LEARNABLE]
    rng = np.random.default_rng(seed)
    diffs, labels = [], []
    for it in items:
        X, y = it["X"], it["y"]
        neg = np.flatnonzero(y == 0)
        for p in np.flatnonzero(y):
            for n in rng.choice(neg, min(len(neg), negatives), replace=False) if len(neg) else []:
                diffs += [X[p] - X[n], X[n] - X[p]]
                labels += [1, 0]
    D = np.array(diffs)[:, cols]
    sd = D.std(0) + 1e-6
    model = LogisticRegression(C=C, max_iter=3000, fit_intercept=False).fit(D / sd, labels)
    out = np.zeros(len(FEATURES), dtype=np.float32)
    out[cols] = model.coef_[0] / sd
    return out


def selection_rouge(items: list[dict], weights: np.ndarray | None, opts=None,
                    scores: list[np.ndarray] | None = None) -> list[float]:
    """Mean ROUGE-1 / 2 / Lsum (x100) of the engine's selection with these weights (or
    these ``scores``, one array per item)."""
    from rouge_score import rouge_scorer

    from summarize.engines.extractive import DANGLING, eligible_sentences
    from summarize.options import Options
    from summarize.select import select

    opts = opts or Options()
    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    tot = np.zeros(3)
    for k, it in enumerate(items):
        d = it["doc"]
        dangling = {x.index for x in d.sentences if x.index and DANGLING.match(x.text)}
        chosen = select(it["X"] @ weights if scores is None else scores[k], it["emb"], [x.words for x in d.sentences],
                        eligible_sentences(d, it["X"]), max_words=opts.max_words,
                        target_words=opts.target_words, min_sentences=opts.min_sentences,
                        max_sentences=opts.max_sentences, lam=opts.diversity,
                        needs_previous=dangling)
        r = sc.score(it["ref"], "\n".join(d.sentences[i].text for i in chosen))
        tot += [r["rouge1"].fmeasure, r["rouge2"].fmeasure, r["rougeLsum"].fmeasure]
    return [round(float(v), 2) for v in tot / len(items) * 100]


def train_scorer(items: list[dict]):
    """Cross-validate alpha, fit on all articles; returns (LearnedScorer, info)."""
    from summarize.features import FEATURES
    from summarize.scorer_model import LearnedScorer
    from summarize.scoring import HAND_WEIGHTS

    hand = np.array([HAND_WEIGHTS.get(f, 0.0) for f in FEATURES], dtype=np.float32)
    folds = [[it for k, it in enumerate(items) if k % FOLDS == f] for f in range(FOLDS)]
    cv: dict[str, list[float]] = {"hand": _cv(folds, lambda tr: hand)}
    for a in ALPHAS:
        cv[f"alpha={a}"] = _cv(folds, lambda tr, a=a: hand + a * pairwise_fit(tr))
    best = max(ALPHAS, key=lambda a: sum(cv[f"alpha={a}"]))
    learned = pairwise_fit(items)
    info = {"cv_rouge_1_2_lsum": cv, "alpha": best, "articles": len(items),
            "oracle_sentences_per_article": round(float(np.mean([it["y"].sum() for it in items])), 2)}
    return LearnedScorer(learned, best), info


def _cv(folds, make_weights) -> list[float]:
    scores, n = np.zeros(3), 0
    for f, test in enumerate(folds):
        train = [it for g, fold in enumerate(folds) if g != f for it in fold]
        scores += np.array(selection_rouge(test, make_weights(train))) * len(test)
        n += len(test)
    return [round(float(v), 2) for v in scores / n]


def more_data_cv(sizes=(0.25, 0.5, 1.0)) -> dict[str, list[float]]:
    """Does more training data help?  Held out: the cased CNN/DM rows (``cnndm_dev`` and
    the 189 cased ``cnndm_extra`` rows, 4 folds); trained on a share of the other folds,
    with or without the 500 lower-cased, untokenized ``cnndm_extra`` rows; alpha 2 and 5.
    Returns {setting: ROUGE-1/2/Lsum of the full selection on the held-out rows}."""
    from summarize.features import FEATURES
    from summarize.scoring import HAND_WEIGHTS

    hand = np.array([HAND_WEIGHTS.get(f, 0.0) for f in FEATURES], dtype=np.float32)
    held, tok = _held_rows()
    folds = [[it for k, it in enumerate(held) if k % FOLDS == f] for f in range(FOLDS)]
    out = {"hand": _cv(folds, lambda tr: hand)}
    for share in sizes:
        for a in (2.0, 5.0):
            for extra, name in (([], "cased"), (tok, "cased+lowercased")):
                key = f"{name}, {share:.0%} of the cased training rows, alpha={a}"
                out[key] = _cv(folds, lambda tr, a=a, share=share, extra=extra: hand + a * pairwise_fit(
                    tr[:max(1, int(share * len(tr)))] + extra))
    return out


def _held_rows() -> tuple[list[dict], list[dict]]:
    """The cased CNN/DM dev rows (``cnndm_dev`` and the 189 cased ``cnndm_extra`` rows) and
    the 500 lower-cased, tokenized ``cnndm_extra`` rows."""
    return (build_items("cnndm-dev") + build_items("cnndm-extra-cased"),
            build_items("cnndm-extra-tokenized"))


def selection_grid(held: list[dict], targets=(50, 60, 70, 80),
                   diversities=(0.6, 0.75, 0.9, 1.0)) -> dict[str, list[float]]:
    """ROUGE-1/2/Lsum of the shipped scorer's selection on ``held`` for each brief length
    (``target_words``) and MMR trade-off (``diversity``): nothing is fitted, so no folds."""
    import dataclasses

    from summarize.options import Options
    from summarize.scorer_model import load

    weights = load().weights
    return {f"target_words={t}, diversity={d}": selection_rouge(
        held, weights, dataclasses.replace(Options(), target_words=t, diversity=d))
        for t in targets for d in diversities}


def _neighbours(it: dict) -> np.ndarray:
    """A sentence's features beside its neighbours' and its similarity to the lead."""
    X = it["X"]
    pad = np.zeros((1, X.shape[1]), dtype=X.dtype)
    prev, nxt = np.vstack([pad, X[:-1]]), np.vstack([X[1:], pad])
    return np.hstack([X, prev, nxt, (it["emb"] @ it["emb"][0])[:, None]])


def tree_cv(held: list[dict], extra: list[dict], betas=(0.0, 3.0, 10.0)) -> dict[str, list[float]]:
    """Gradient-boosted trees over ``_neighbours`` features, fitted to each sentence's mean
    ROUGE-1/2 F1 with the highlights, on the training folds (and ``extra``); held-out
    ROUGE of the selection by ``beta`` x trees alone (0) or added to the shipped scorer."""
    from rouge_score import rouge_scorer
    from sklearn.ensemble import HistGradientBoostingRegressor

    from summarize.scorer_model import load

    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    for it in held + extra:
        if "soft" not in it:
            rs = [sc.score(it["ref"], x.text) for x in it["doc"].sentences]
            it["soft"] = np.array([(r["rouge1"].fmeasure + r["rouge2"].fmeasure) / 2 for r in rs])
    shipped = load().weights
    folds = [[it for k, it in enumerate(held) if k % FOLDS == f] for f in range(FOLDS)]
    out = {}
    for beta in betas:
        for name, more in (("cased", []), ("cased+lowercased", extra)):
            tot, n = np.zeros(3), 0
            for f, test in enumerate(folds):
                train = [it for g, fold in enumerate(folds) if g != f for it in fold] + more
                model = HistGradientBoostingRegressor(
                    max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=40,
                    l2_regularization=1.0, random_state=SEED).fit(
                    np.vstack([_neighbours(it) for it in train]),
                    np.concatenate([it["soft"] for it in train]))
                scores = [(it["X"] @ shipped if beta else 0.0)
                          + (beta or 1.0) * model.predict(_neighbours(it)) for it in test]
                tot += np.array(selection_rouge(test, None, scores=scores)) * len(test)
                n += len(test)
            out[f"{name}, beta={beta}"] = [round(float(v), 2) for v in tot / n]
    return out


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(prog="python -m eval.train scorer", description=__doc__)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--more-data-cv", action="store_true",
                    help="cross-validate with cnndm_extra added (nothing is saved)")
    ap.add_argument("--selection-grid", action="store_true",
                    help="brief length and MMR trade-off on the cased dev rows (nothing saved)")
    ap.add_argument("--tree-cv", action="store_true",
                    help="cross-validate gradient-boosted trees over neighbour features")
    args = ap.parse_args(argv)
    if args.more_data_cv:
        print(json.dumps(more_data_cv(), indent=1))
        return 0
    if args.selection_grid or args.tree_cv:
        held, extra = _held_rows()
        print(json.dumps(selection_grid(held) if args.selection_grid else tree_cv(held, extra),
                         indent=1))
        return 0
    t0 = time.time()
    items = build_items()
    model, info = train_scorer(items)
    info.update({"seed": SEED, "data": ["dev/cnndm_dev.jsonl"], "data_dir": str(data_dir()),
                 "seconds": round(time.time() - t0, 1), "command": "python -m eval.train scorer"})
    print(json.dumps(info, indent=2))
    if not args.no_save:
        model.save(info=info)
        print("saved summarize/models/scorer.npz and scorer.json")
    return 0


if __name__ == "__main__":
    main()
