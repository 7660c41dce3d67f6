"""Train the pasted page's title ranker (``summarize/models/title_lines.json``).

    python -m eval.train title_lines --wcxb PAGES          # CV figures, then fit and save
    python -m eval.train title_lines --wcxb PAGES --no-save

Pages: the dev pages (``dev/web_pages``; a line is the title when it agrees with the title
the HTML way finds) and the Web Content Extraction Benchmark's 968 article pages built by
``python -m eval.train.wcxb`` (a line is the title when it agrees with the benchmark's).
"Agrees": token F1 >= 0.8 after ``clean_page_title``, as ``eval/measure/titles.py`` counts.
Rows: ``summarize.title_lines.candidates`` of each English pasted page, the blocks judged by
``document.judge_blocks`` and the rules' pick by ``page_title._page_title``, as at run time.
Weights: each page counts about the same (a row weighs 1 / sqrt(its page's candidates)).

Cross-validation by site (5 folds) prints, for each source, the pages whose title agrees
with the rules' line and with ``title_lines.pick``'s (the model's best line at P >= MIN_P,
or ALONE_P where the rules found none, else the rules'), and how many pages got a title.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from summarize import InputError, blocks, title_lines
from summarize import text as textmod
from summarize.document import MIN_BLOCKS_TO_CLASSIFY, _check_english, judge_blocks, parse
from summarize.page_title import _page_title
from summarize.title_clean import clean_page_title

from ..measure import web
from ..measure.titles import agrees
from .blocks import SEED, fit

FOLDS = 5
PARAMS = {"max_iter": 200, "learning_rate": 0.1, "max_depth": 4, "min_samples_leaf": 40,
          "early_stopping": False}


def page_rows(pasted: str, want: str) -> dict | None:
    """Candidates, features and labels of one pasted page (None: not English, too few blocks)."""
    bl = blocks.split(textmod.clean(pasted).text)
    try:
        _check_english(bl)
    except InputError:
        return None
    if len(bl) < MIN_BLOCKS_TO_CLASSIFY:
        return None
    keep, probs, feats = judge_blocks(bl)
    rule = _page_title(bl, keep)
    idx, X = title_lines.candidates(bl, keep, probs, rule, feats)
    if not idx:
        return None
    y = np.array([agrees(clean_page_title(bl[i].text), want) for i in idx], int)
    return {"idx": idx, "X": X, "y": y, "rule": rule is not None,
            "rule_ok": rule is not None and agrees(clean_page_title(bl[rule].text), want)}


def pages(wcxb: Path | None, data: str | None = None) -> list[dict]:
    """Every usable page's rows, with its source and site."""
    out = []
    for p in web.load_pages(web.pages_dir(data=data)):
        try:
            want = parse(p.html).title
        except InputError:
            continue
        rows = page_rows(p.pasted, want) if want else None
        if rows:
            out.append({"source": "dev", "site": p.site, **rows})
    if wcxb:
        truth = json.loads((wcxb / "ground_truth.json").read_text())
        for pid, t in sorted(truth.items()):
            pasted = wcxb / "pasted" / f"{pid}.txt"
            rows = page_rows(pasted.read_text(), t["title"]) if pasted.exists() and t["title"] else None
            if rows:
                out.append({"source": "wcxb", "site": t["site"], **rows})
    return out


def _weights(page: dict) -> np.ndarray:
    return np.full(len(page["y"]), 1.0 / np.sqrt(len(page["y"])))


def train(ps: list[dict]) -> dict:
    """The model spec fitted on ``ps``."""
    spec = fit([p["X"] for p in ps], [p["y"] for p in ps], [_weights(p) for p in ps],
               features=title_lines.FEATURES, context=0, params=PARAMS)
    spec["threshold"] = title_lines.MIN_P
    return spec


def cross_validate(ps: list[dict]) -> dict:
    """Page counts per source under 5-fold CV by site: rules vs ranker (with the rules' fallback)."""
    from sklearn.model_selection import GroupKFold

    sites = sorted({p["site"] for p in ps})
    groups = np.array([sites.index(p["site"]) for p in ps])
    out: dict[str, dict[str, int]] = {}
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(np.zeros(len(ps)), groups=groups):
        model = blocks.BlockModel(train([ps[i] for i in train_idx]), title_lines.FEATURES)
        for i in test_idx:
            p = ps[i]
            got = title_lines.chosen(model.predict_proba(p["X"]), p["X"], p["rule"])  # None: the rules' line
            c = out.setdefault(p["source"], dict.fromkeys(
                ("pages", "rules_titled", "rules_agree", "ranked_titled", "ranked_agree"), 0))
            c["pages"] += 1
            c["rules_titled"] += p["rule"]
            c["rules_agree"] += p["rule_ok"]
            c["ranked_titled"] += p["rule"] if got is None else 1
            c["ranked_agree"] += p["rule_ok"] if got is None else int(p["y"][got])
    return out


def main(argv=None) -> int:
    """Command line entry."""
    ap = argparse.ArgumentParser(prog="python -m eval.train title_lines", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wcxb", type=Path, help="pages built by `python -m eval.train.wcxb`")
    ap.add_argument("--data-dir")
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args(argv)
    ps = pages(args.wcxb, args.data_dir)
    cv = cross_validate(ps)
    print(json.dumps(cv, indent=2))
    spec = train(ps)
    spec["info"] = {"pages": {s: sum(p["source"] == s for p in ps) for s in ("dev", "wcxb")},
                    "rows": int(sum(len(p["y"]) for p in ps)), "params": PARAMS, "seed": SEED,
                    "folds": FOLDS, "cv_by_site": cv,
                    "data": "dev/web_pages and the WCXB article pages (github.com/Murrough-Foley/"
                            "web-content-extraction-benchmark, CC-BY-4.0)"}
    if not args.no_save:
        title_lines.MODEL_PATH.write_text(json.dumps(spec) + "\n")
        print(f"saved {title_lines.MODEL_PATH}")
    return 0
