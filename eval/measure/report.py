"""``make eval``: run the standard evaluation and write ``eval/REPORT.md`` with plots.

Runs every system of ``PLAN`` on its datasets (files under ``eval/results/``), compares the
default engine with Lead-k by paired bootstrap, puts published anchors side by side on
the rows each covers, runs the robustness suite and the neutrality measurements, and
writes tables and PNG plots.  Reported data are the ``eval/`` files only.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy as np

from ..bench.scale import cpu_model
from ..config import REPO, RESULTS
from . import brief_arousal, headline_report
from . import robustness as robust
from . import run as runmod
from .systems import anchor_systems

PLAN = {
    "cnndm": ["default", "lead3", "random", "oracle"],
    "xsum": ["default", "lead1", "random", "oracle"],
    "bbc": ["default", "first-words:10", "lead1"],
    "neus": ["default", "lead3", "first-words:10", *brief_arousal.SYSTEMS[1:]],
    "neus-bodies": ["default"],
    "neus-left": ["default", "lead3", "first-words:10", "outlet-title"],
    "neus-center": ["default", "lead3", "first-words:10", "outlet-title"],
    "neus-right": ["default", "lead3", "first-words:10", "outlet-title"],
    "writer": ["default", "lead3", "oracle"],
    "gigaword": ["default", "first-words:10"],
}
LEAD = {"cnndm": "lead3", "xsum": "lead1", "bbc": "first-words:10", "neus": "lead3",
        "neus-left": "lead3", "neus-center": "lead3", "neus-right": "lead3", "writer": "lead3",
        "gigaword": "first-words:10"}
ANCHOR_KIND = {"cnndm": "cnndm", "xsum": "xsum", "neus": "neus", "gigaword": "gigaword"}
REPORT = REPO / "eval" / "REPORT.md"
PLOTS = RESULTS / "plots"


def _commit() -> str:
    """The short hash of the checked-out commit ("unknown" outside a git checkout)."""
    import subprocess

    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() or "unknown"


def _fmt(ci: dict | None) -> str:
    if not ci or ci.get("mean") is None:
        return "-"
    return f"{ci['mean']:.2f} [{ci['lo']:.2f}, {ci['hi']:.2f}]"


def _folder(dataset: str, system: str) -> Path:
    return RESULTS / dataset / runmod.safe_name(system)


def _mean_on(scores: dict, ids: list[str], kind: str, metric: str) -> float | None:
    vals = [scores[i][kind][metric] for i in ids if i in scores and kind in scores[i]]
    return round(float(np.mean(vals)), 2) if vals else None


def run_all(data: str | None, limit: int | None) -> dict:
    """Run the plan (and every anchor); returns {(dataset, system): summary}."""
    results = {}
    for dataset, systems in PLAN.items():
        anchors = [f"anchor:{a}" for a in anchor_systems(ANCHOR_KIND.get(dataset, ""), data)]
        for system in systems + anchors:
            t = time.time()
            results[(dataset, system)] = runmod.run(system, dataset, data, limit)
            print(f"{dataset:12s} {system:32s} {time.time() - t:6.1f}s", flush=True)
    return results


def main_table(results: dict) -> list[str]:
    """System x dataset table with bootstrap intervals."""
    lines = ["| dataset | system | rows | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum |",
             "|---|---|---|---|---|---|---|"]
    for (dataset, system), s in results.items():
        if system.startswith("anchor:"):
            continue
        for kind, label in (("brief", ""), ("headline_top", " (headline, top)"),
                            ("headline_best", " (headline, best of candidates)")):
            if kind not in s or (kind == "headline_best" and system != "default"):
                continue
            r = s[kind]
            lines.append(f"| {dataset} | {system}{label} | {r['rouge1']['n']} | {_fmt(r['rouge1'])} | "
                         f"{_fmt(r['rouge2'])} | {_fmt(r['rougeL'])} | {_fmt(r['rougeLsum'])} |")
    return lines


def paired_table(results: dict) -> list[str]:
    """Default engine minus the Lead baseline, paired bootstrap, per dataset."""
    lines = ["| dataset | output | default - baseline (ROUGE-1) | 95% CI | P(default <= baseline) | rows |",
             "|---|---|---|---|---|---|"]
    for dataset, lead in LEAD.items():
        if (dataset, "default") not in results or (dataset, lead) not in results:
            continue
        for kind in ("brief", "headline_top"):
            if kind not in results[(dataset, "default")] or kind not in results[(dataset, lead)]:
                continue
            c = runmod.compare(_folder(dataset, "default"), _folder(dataset, lead), kind)
            lines.append(f"| {dataset} | {kind} vs {lead} | {c['diff']:+.2f} | [{c['lo']:+.2f}, "
                         f"{c['hi']:+.2f}] | {c['p_not_better']:.3f} | {c['n']} |")
    return lines


def _trio(scores: dict, ids: list[str]) -> str:
    return " / ".join(f"{_mean_on(scores, ids, 'brief', m) or 0:.2f}"
                      for m in ("rouge1", "rouge2", "rougeLsum"))


def anchor_table(results: dict) -> list[str]:
    """Published systems next to the default engine and Lead-k on exactly the rows they cover."""
    lines = ["| dataset | anchor | rows | anchor R1 / R2 / RLsum | default R1 / R2 / RLsum (same rows) "
             "| Lead R1 (same rows) |", "|---|---|---|---|---|---|"]
    for (dataset, system), s in results.items():
        if not system.startswith("anchor:") or "brief" not in s:
            continue
        a = runmod.load_scores(_folder(dataset, system))
        d = runmod.load_scores(_folder(dataset, "default"))
        lead = runmod.load_scores(_folder(dataset, LEAD[dataset]))
        ids = [i for i in a if "brief" in a[i]]
        lines.append(f"| {dataset} | {system[7:]} | {len(ids)} | {_trio(a, ids)} | {_trio(d, ids)} | "
                     f"{_mean_on(lead, ids, 'brief', 'rouge1') or 0:.2f} |")
        if "headline_top" in s:
            lines.append(f"| {dataset} | {system[7:]} (title) | {len(ids)} | "
                         f"{s['headline_top']['rouge1']['mean']:.2f} (R1 vs neutral title) | "
                         f"{_mean_on(d, ids, 'headline_top', 'rouge1') or 0:.2f} | - |")
    return lines


def neutrality_table(results: dict) -> list[str]:
    """Loaded-word rates (flagged words / words) by the project's detector."""
    lines = ["| dataset | system | brief | headline | input | reference brief | reference headline "
             "| outlet title |", "|---|---|---|---|---|---|---|---|"]
    fmt = lambda v: "-" if v is None else f"{100 * v:.2f}%"  # noqa: E731
    for (dataset, system), s in results.items():
        if system.startswith("anchor:") or system in ("random", "oracle"):
            continue
        n = s["neutrality"]
        lines.append(f"| {dataset} | {system} | {fmt(n['brief'])} | {fmt(n['headline'])} | "
                     f"{fmt(n['input'])} | {fmt(n['reference_brief'])} | "
                     f"{fmt(n['reference_headline'])} | {fmt(n.get('source_title'))} |")
    return lines


def speed_table(results: dict) -> list[str]:
    """Articles per second and seconds per 1,000 input words for every non-anchor run."""
    lines = ["| dataset | system | articles/s | s per 1,000 words | cores |", "|---|---|---|---|---|"]
    for (dataset, system), s in results.items():
        if system.startswith("anchor:"):
            continue
        sp = s["speed"]
        lines.append(f"| {dataset} | {system} | {sp['articles_per_s']} | {sp['s_per_1000_words']} | "
                     f"{sp['cores']} |")
    return lines


def robustness_table(rob: dict) -> list[str]:
    """ROUGE-1 per perturbation and the paired drop from the clean articles."""
    systems = list(rob["systems"])
    head = "| perturbation | " + " | ".join(f"{s} R1 | {s} drop [95% CI]" for s in systems) + " |"
    lines = [head, "|---|" + "---|" * (2 * len(systems))]
    for pert in next(iter(rob["systems"].values())):
        cells = []
        for s in systems:
            e = rob["systems"][s][pert]
            d = e.get("drop")
            cells.append(f"{e['rouge1']['mean']:.2f}")
            cells.append("-" if not d else f"{d['diff']:+.2f} [{d['lo']:+.2f}, {d['hi']:+.2f}]")
        lines.append(f"| {pert} | " + " | ".join(cells) + " |")
    return lines


def plots(results: dict, rob: dict | None, data: str | None) -> list[str]:
    """PNG plots; returns markdown image lines."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .. import data as datamod

    PLOTS.mkdir(parents=True, exist_ok=True)
    out = []
    if rob:
        perts = list(next(iter(rob["systems"].values())))
        fig, ax = plt.subplots(figsize=(9, 3.8))
        width = 0.8 / len(rob["systems"])
        for k, (s, res) in enumerate(rob["systems"].items()):
            ax.bar(np.arange(len(perts)) + k * width, [res[p]["rouge1"]["mean"] for p in perts],
                   width, label=s)
        ax.set_xticks(np.arange(len(perts)) + width / 2, perts, rotation=30, ha="right")
        ax.set_ylabel("ROUGE-1 (CNN/DM test)")
        ax.set_ylim(20, None)
        ax.legend()
        fig.tight_layout()
        fig.savefig(PLOTS / "robustness.png", dpi=110)
        plt.close(fig)
        out.append("![ROUGE-1 by perturbation](results/plots/robustness.png)")
    if ("cnndm", "default") in results:
        _, _, ex = datamod.load("cnndm", data)
        words = {e.id: len(e.text.split()) for e in ex}
        edges = np.quantile(list(words.values()), [0, 0.25, 0.5, 0.75, 1.0])
        fig, ax = plt.subplots(figsize=(6, 3.5))
        for system in ("default", "lead3", "oracle"):
            sc = runmod.load_scores(_folder("cnndm", system))
            ys = []
            for lo, hi in zip(edges[:-1], edges[1:]):
                ids = [i for i, w in words.items() if lo <= w <= hi]
                ys.append(_mean_on(sc, ids, "brief", "rouge1"))
            ax.plot([f"{int(lo)}-{int(hi)}" for lo, hi in zip(edges[:-1], edges[1:])], ys,
                    marker="o", label=system)
        ax.set_xlabel("article length (words, quartiles)")
        ax.set_ylabel("ROUGE-1")
        ax.legend()
        fig.tight_layout()
        fig.savefig(PLOTS / "rouge_by_length.png", dpi=110)
        plt.close(fig)
        out.append("![ROUGE-1 by article length](results/plots/rouge_by_length.png)")
    return out


def write_report(data: str | None = None, limit: int | None = None,
                 robustness: bool = True) -> Path:
    """Run everything and write eval/REPORT.md; returns its path."""
    t0 = time.time()
    results = run_all(data, limit)
    rob = None
    if robustness:
        rob = robust.run(["default", "lead3"], "cnndm", data, limit)
        (RESULTS / "robustness.json").write_text(json.dumps(rob, indent=2) + "\n")
    extra = _extra_sections(data, limit)
    lines = [
        "# Evaluation report",
        "",
        f"Written by `make eval` (`python -m eval report`) in {time.time() - t0:.0f} s on "
        f"{os.cpu_count()} cores ({cpu_model()}; commit {_commit()}). Data: the `eval/` files of "
        "the shared data folder"
        f"{f' (first {limit} rows of each: a quick look, not a result)' if limit else ''}. "
        "ROUGE: our `evaluate` module around rouge_score, F1 x 100, stemming on; ROUGE-Lsum "
        "on newline-separated sentences (engine outputs: the engine's own sentences; baselines "
        "and anchors: split by `summarize.sentences`; references: their own newlines, else split "
        "the same way). Intervals: 95% bootstrap (1,000 resamples, fixed seed).",
        "",
        "## Main table",
        "",
        *main_table(results),
        "",
        "## Is the engine better than the Lead baseline? (paired bootstrap)",
        "",
        *paired_table(results),
        "",
        "## Published systems on the same rows",
        "",
        "Each anchor is scored by the same code on the rows it covers; the default engine and "
        "the Lead baseline are averaged over exactly those rows.",
        "",
        *anchor_table(results),
        "",
    ]
    if rob:
        lines += ["## Robustness (CNN/DM test, perturbed as the web does)", "",
                  "Drop = clean minus perturbed ROUGE-1, paired over articles (positive = worse).",
                  "", *robustness_table(rob), ""]
    lines += [*headline_report.report_lines(results, data),
              "## Neutrality (loaded words / words, by `summarize.neutral`)", "",
              *neutrality_table(results), "", *brief_arousal.report_lines(data), *extra, "## Speed", "", *speed_table(results), "",
              "## Plots", "", *plots(results, rob, data), ""]
    REPORT.write_text("\n".join(lines) + "\n")
    summary = {f"{d}|{s}": {k: v for k, v in r.items() if k in ("brief", "headline_top",
                                                               "headline_best", "speed",
                                                               "neutrality", "covered")}
               for (d, s), r in results.items()}
    (RESULTS / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
    return REPORT


def _extra_sections(data: str | None, limit: int | None) -> list[str]:
    """The loaded-language detector's own measurements (WNC words, NeuS titles), the real
    web pages, other sites' page titles and their article snippets."""
    from . import edits, neutrality, snippets, titles, web, wnc

    return (wnc.report_lines(data, limit) + neutrality.report_lines(data)
            + edits.report_lines(data, limit) + web.report_lines(data) + titles.report_lines(data)
            + snippets.report_lines(data))

