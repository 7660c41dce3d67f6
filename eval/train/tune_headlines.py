"""Tune the headline ranking weights on dev files (``bbc-dev``, ``neus-dev``), never eval/.

    python -m eval.train.tune_headlines
    NEUS_VAD_PATH=... python -m eval.train.tune_headlines --calm   # the calm-weight table
    python -m eval.train.tune_headlines --form   # the well-formedness-weight table

Candidates and their features are generated once per document with the shipped
compressor; then a grid over ``summarize.headlines.RANK_WEIGHTS`` maximises the mean
ROUGE-1 + ROUGE-L F1 of the top candidate against the reference headline.  Prints the
best weights; copying them into ``summarize/headlines.py`` is a reviewed step.
"""

from __future__ import annotations

import argparse
import itertools
import json

import numpy as np

from summarize import Summarizer, headlines
from summarize.engines.common import Timer, embed_documents, mark_duplicates
from summarize.options import Options

from .. import data as datamod
from ..measure.oracle import ngram_f1, tokenize


def prepare(dataset: str, limit: int | None):
    """[(reference tokens, [(features, candidate tokens, flagged, text)])] for a dev dataset
    (the reference's text is kept in ``REFS[dataset]`` for the arousal table)."""
    _, _, examples = datamod.load(dataset, limit=limit)
    s = Summarizer()
    engine = s.engine.load()
    docs, refs = [], []
    for e in examples:
        try:
            docs.append(s.parse(e.text))
            refs.append(e.headlines[0])
        except Exception:  # noqa: BLE001 - unusable dev rows are skipped
            continue
    embs = embed_documents(engine.encoder, docs)
    mark_duplicates(docs, embs)
    staged = [engine._select(d, e, Options(), Timer()) for d, e in zip(docs, embs)]
    engine._keep_probs([src for st in staged for src in st.sources])
    items = []
    REFS[dataset] = refs
    for st, ref in zip(staged, refs):
        cands = [(f, tokenize(h.text), bool(h.flags), h.text)
                 for h, f in headlines.generate(st.sources, st.doc.raw, st.doc.title,
                                                headlines.Constraints(), engine.judge)
                 if not h.rejected]
        items.append((tokenize(ref), cands))
    return items


def _top(cands, w: dict):
    """The candidate the product ranks first: unflagged before flagged, then by score."""
    return min(cands, key=lambda c: (c[2], -headlines.score(c[0], w)))


def top_score(items, w: dict) -> float:
    """Mean ROUGE-1 + ROUGE-2 (x100) of the top-ranked candidate."""
    total = 0.0
    for ref, cands in items:
        if not cands:
            continue
        best = _top(cands, w)
        total += ngram_f1(best[1], ref, 1) + ngram_f1(best[1], ref, 2)
    return 100 * total / len(items)


REFS: dict[str, list[str]] = {}


def calm_table(sets: dict, base: dict) -> None:
    """Top ROUGE on each set, and NeuS arousal of the top headline on neus-dev when
    NEUS_VAD_PATH names the NRC-VAD lexicon, for calm weights x target lengths: the calm
    weight trades ROUGE for calmer words, so it is chosen from this table by a person."""
    import os

    from ..measure import arousal

    vad = os.environ.get("NEUS_VAD_PATH")
    for calm, target in itertools.product([0.0, 1.0, 2.0, 3.0, 5.0], [8, 10, 12]):
        w = {**base, "calm": calm, "target_words": target}
        row = {k: round(top_score(v, w), 2) for k, v in sets.items()}
        if vad and "neus-dev" in sets:
            tops = [_top(c, w)[3] if c else "" for _, c in sets["neus-dev"]]
            row["neus-dev arousal"] = round(arousal.mean_arousal(tops, REFS["neus-dev"], vad), 3)
        print("calm", calm, "target", target, row, flush=True)


def form_table(sets: dict, base: dict) -> None:
    """Top ROUGE on each set, and the share of top headlines the well-formedness judge
    doubts (P < 0.1, < 0.3), for form weights: ROUGE does not see a broken clause ("Year
    would end" over "2023 slated to be hottest year on record"), so the weight is chosen
    from this table by a person."""
    for form in [0.0, 0.25, 0.5, 1.0, 2.0]:
        w = {**base, "form": form}
        row = {}
        for k, v in sets.items():
            tops = [_top(c, w) for _, c in v if c]
            row[k] = round(top_score(v, w), 2)
            row[k + " P<0.1"] = round(sum(t[0].get("form", 1.0) < 0.1 for t in tops) / len(tops), 3)
            row[k + " P<0.3"] = round(sum(t[0].get("form", 1.0) < 0.3 for t in tops) / len(tops), 3)
        print("form", form, row, flush=True)


GRID = {"rank": [0.5, 1.0, 2.0], "cover": [0.4, 0.8, 1.6], "length": [0.3, 0.6, 1.2],
        "likelihood": [0.0, 0.5, 1.0, 2.0], "model": [0.0, 0.3, 0.6],
        "target_words": [6, 8, 10, 12]}


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--calm", action="store_true",
                    help="print the calm-weight table (with gigaword-dev too) and stop")
    ap.add_argument("--form", action="store_true",
                    help="print the well-formedness-weight table (with gigaword-dev) and stop")
    args = ap.parse_args(argv)
    names = ("bbc-dev", "neus-dev") + (("gigaword-dev",) if args.calm or args.form else ())
    sets = {name: prepare(name, args.limit) for name in names}
    base = dict(headlines.RANK_WEIGHTS)
    if args.calm:
        calm_table(sets, base)
        return
    if args.form:
        form_table(sets, base)
        return
    print("current", {k: round(top_score(v, base), 2) for k, v in sets.items()})
    best = (-1.0, None)
    keys = list(GRID)
    for values in itertools.product(*(GRID[k] for k in keys)):
        w = {**base, **dict(zip(keys, values))}
        val = float(np.mean([top_score(v, w) for v in sets.values()]))
        if val > best[0]:
            best = (val, w)
    print("best", {k: round(top_score(v, best[1]), 2) for k, v in sets.items()})
    print(json.dumps(best[1]))


if __name__ == "__main__":
    main()
