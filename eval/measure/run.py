"""One evaluation run: a system on a dataset -> predictions, per-example scores, summary.

Files written to ``eval/results/<dataset>/<system>/``:
  predictions.jsonl  {"id", "prediction" (sentences joined by newlines), "headlines"}
  scores.jsonl       {"id", "brief": {rouge...}, "headline_top": {...}, "headline_best": {...}}
  summary.json       means with bootstrap 95% intervals, speed, neutrality, coverage
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from .. import data as datamod
from ..config import RESULTS
from . import neutrality, rouge, stats, systems


def safe_name(system: str) -> str:
    """A folder name for a system spec ('anchor:rose/bart' -> 'anchor-rose-bart')."""
    return re.sub(r"[^A-Za-z0-9_.=-]+", "-", system).strip("-")


def score_predictions(examples, preds) -> dict[str, dict]:
    """Per-example ROUGE for briefs and headlines, keyed by example id."""
    by_id = {e.id: e for e in examples}
    out: dict[str, dict] = {p.id: {} for p in preds}
    # A row the system could not summarise counts as an empty prediction (ROUGE 0); a system
    # that writes no briefs at all (a headline baseline) is not scored on briefs.
    makes_briefs = any(p.sentences or p.error for p in preds)
    brief = [(p, by_id[p.id]) for p in preds if by_id[p.id].briefs and makes_briefs]
    if brief:
        sc = rouge.score([p.brief for p, _ in brief], [e.briefs for _, e in brief])
        for k, (p, _) in enumerate(brief):
            out[p.id]["brief"] = {t: round(sc[t][k], 4) for t in sc}
    heads = [(p, by_id[p.id]) for p in preds if by_id[p.id].headlines]
    if heads and any(p.headlines for p, _ in heads):
        sc = rouge.score([(p.headlines or [""])[0] for p, _ in heads], [e.headlines for _, e in heads])
        for k, (p, _) in enumerate(heads):
            out[p.id]["headline_top"] = {t: round(sc[t][k], 4) for t in sc}
        flat = [(p.id, h, e.headlines) for p, e in heads for h in (p.headlines or [""])]
        sc = rouge.score([h for _, h, _ in flat], [r for _, _, r in flat])
        best: dict[str, dict] = {}
        for k, (pid, _, _) in enumerate(flat):
            cand = {t: round(sc[t][k], 4) for t in sc}
            if pid not in best or cand["rouge1"] > best[pid]["rouge1"]:
                best[pid] = cand
        for pid, cand in best.items():
            out[pid]["headline_best"] = cand
    return out


def aggregate(scores: dict[str, dict]) -> dict:
    """Means and bootstrap intervals per output kind and ROUGE type."""
    agg: dict = {}
    for kind in ("brief", "headline_top", "headline_best"):
        rows = [s[kind] for s in scores.values() if kind in s]
        if rows:
            agg[kind] = {t: stats.summarize_scores([r[t] for r in rows]) for t in rouge.TYPES}
    return agg


def run(system: str, dataset: str, data: str | None = None, limit: int | None = None,
        results: Path = RESULTS, save: bool = True) -> dict:
    """Evaluate ``system`` on ``dataset``; returns the summary (and writes the run's files)."""
    name, spec, examples = datamod.load(dataset, data, limit)
    preds, seconds = systems.predict(system, examples, spec, data)
    scores = score_predictions(examples, preds)
    covered = {p.id for p in preds if not p.error}
    words = sum(len(e.text.split()) for e in examples if e.id in covered)
    summary = {
        "system": system, "dataset": name, "rows": len(examples), "covered": len(covered),
        "errors": sum(1 for p in preds if p.error),
        **aggregate(scores),
        "speed": {"seconds": round(seconds, 2),
                  "articles_per_s": round(len(covered) / seconds, 2) if seconds else None,
                  "s_per_1000_words": round(1000 * seconds / words, 4) if words else None,
                  "cores": os.cpu_count()},
        "neutrality": neutrality.run_figures(examples, preds),
        "splitter": "summarize.sentences (rule-based) for baselines and anchors; engines' own "
                    "sentences for engines; references with newlines kept, others split",
    }
    if save:
        folder = results / name / safe_name(system)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "predictions.jsonl", "w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps({"id": p.id, "prediction": p.brief, "headlines": p.headlines,
                                     **({"error": p.error} if p.error else {})},
                                    ensure_ascii=False) + "\n")
        with open(folder / "scores.jsonl", "w", encoding="utf-8") as fh:
            for pid, s in scores.items():
                fh.write(json.dumps({"id": pid, **s}) + "\n")
        (folder / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


def load_scores(folder: Path) -> dict[str, dict]:
    """Per-example scores of a saved run."""
    out = {}
    with open(Path(folder) / "scores.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out[r.pop("id")] = r
    return out


def load_predictions(dataset: str, system: str, results: Path = RESULTS) -> dict[str, dict]:
    """{id: saved prediction row} of a run ({} when it was not run)."""
    path = results / dataset / safe_name(system) / "predictions.jsonl"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def compare(a: Path, b: Path, kind: str = "brief", metric: str = "rouge1") -> dict:
    """Paired bootstrap of run A minus run B on the rows both scored."""
    sa, sb = load_scores(a), load_scores(b)
    ids = [i for i in sa if i in sb and kind in sa[i] and kind in sb[i]]
    res = stats.paired_bootstrap([sa[i][kind][metric] for i in ids],
                                 [sb[i][kind][metric] for i in ids])
    return {"a": str(a), "b": str(b), "kind": kind, "metric": metric, **res}
