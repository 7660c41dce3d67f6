"""The REPORT.md section on headlines: ROUGE with the published systems side by side,
NeuS arousal, loaded-word rates and well-formedness rates.

Reads the runs that ``report.run_all`` wrote (``eval/results/<dataset>/<system>/``).  For
every dataset with headline references (Gigaword, BBC, NeuS) it tabulates the top and the
best of the candidates, next to the first ten words and, on Gigaword, the published
unsupervised systems on the same 1,951 rows (a row with no headline scores 0).  The
well-formedness rate applies the product's explicit checks (``summarize.headlines``:
length, balanced quotes, dangling end, verb, fragment openers, repeated words, bylines, and
the fragment checks that need no source sentence: imperatives, gerund subjects without a
finite verb, bare passives, hashtags; not the vocabulary check, which only our own
candidates must pass) to each system's top
headline and to the human reference headlines, which shows how often the checks would
refuse a headline a person wrote.  On Gigaword, whose input is one lead sentence, the
learned judge (``summarize.wellformed``, ``form.FormRater``) also rates every system's top
headline as a deletion from that sentence.
"""

from __future__ import annotations

from pathlib import Path

from summarize import headlines as hl

from . import arousal, neutrality
from .form import FormRater
from .run import load_predictions


def _predictions(dataset: str, system: str) -> dict[str, list[str]]:
    return {i: r.get("headlines") or [] for i, r in load_predictions(dataset, system).items()}


def well_formed_rate(texts: list[str]) -> float | None:
    """Share of non-empty ``texts`` that pass the explicit headline checks (empty counts as
    failing)."""
    if not texts:
        return None
    c, none = hl.Constraints(), hl.Title.of(None)
    ok = sum(1 for t in texts if t and t.strip()
             and hl.reject_reason(hl.clean_edges(t), c, none, [], title_case=True) is None
             and hl.fragment_reason(hl.clean_edges(t)) is None)
    return ok / len(texts)


def _row(dataset: str, system: str, s: dict, preds: dict, refs: dict, vad: Path | None,
         form: float | None = None) -> str:
    if system.startswith("anchor:"):  # a published system: the rows it gives a headline for
        refs = {i: r for i, r in refs.items() if preds.get(i)}
    tops = [(preds.get(i) or [""])[0] for i in refs]
    top, best = s.get("headline_top", {}), s.get("headline_best", {})
    r1 = lambda d: f"{d['rouge1']['mean']:.2f}" if d else "-"  # noqa: E731
    words = [len(t.split()) for t in tops if t]
    ar = arousal.mean_arousal(tops, list(refs.values()), vad) if vad and dataset.startswith(
        "neus") else None
    wf = well_formed_rate(tops)
    missing = sum(1 for t in tops if not t)
    return (f"| {dataset} | {system} | {len(refs)} | {missing} | {r1(top)} | "
            f"{r1(best) if system == 'default' else '-'} | "
            f"{(top or {}).get('rouge2', {}).get('mean', 0):.2f} | "
            f"{sum(words) / max(1, len(words)):.1f} | {'-' if wf is None else f'{wf:.1%}'} | "
            f"{'-' if form is None else f'{form:.1%}'} | "
            f"{_pct(neutrality.loaded_rate(t for t in tops if t))} | "
            f"{'-' if ar is None else f'{ar:.3f}'} |")


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{100 * v:.2f}%"


def report_lines(results: dict, data: str | None = None) -> list[str]:
    """The section's markdown lines, from the runs in ``results``."""
    from .. import data as datamod

    vad = arousal.lexicon_path()
    rows = ["| dataset | system | rows | no headline | top R1 | best-of-3 R1 | top R2 | words "
            "| well-formed (explicit checks) | well-formed (model) | loaded words "
            "| NeuS arousal (top) |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    rater = None
    ref_rows = []
    for dataset in ("gigaword", "bbc", "neus", "neus-bodies", "neus-left", "neus-center",
                    "neus-right"):
        systems = [s for (d, s) in results if d == dataset and "headline_top" in results[(d, s)]]
        if not systems:
            continue
        _, _, examples = datamod.load(dataset, data)
        refs = {e.id: e.headlines[0] for e in examples if e.headlines}
        texts = {e.id: e.text for e in examples}
        for system in systems:
            preds = _predictions(dataset, system)
            form = None
            if dataset == "gigaword":
                rater = rater or FormRater()
                ids = [i for i in refs if not system.startswith("anchor:") or preds.get(i)]
                form = rater.rate([texts[i] for i in ids], [(preds.get(i) or [""])[0] for i in ids])
            rows.append(_row(dataset, system, results[(dataset, system)], preds, refs, vad, form))
        if dataset in ("gigaword", "bbc", "neus"):
            wf = well_formed_rate(list(refs.values()))
            ref_rows.append(f"| {dataset} | human reference headlines | {len(refs)} | "
                            f"{wf:.1%} |")
    return ["## Headlines", "",
            "Top candidate and best of the three against the reference headline (ROUGE F1, "
            "rows without a headline score 0). Gigaword: the lower-cased, tokenized lead "
            "sentence of the released test set (PTB brackets and quotes untokenized before it "
            "is given to the engine); `anchor:` rows are the published unsupervised systems' "
            "outputs on the same rows, scored by the same code. Well-formed: share of top "
            "headlines that pass the product's explicit checks (length 3-14 words, balanced "
            "quotes, no dangling end, a verb, no fragment opener, no repeated word, no byline "
            "or dateline); a missing headline fails. Well-formed (model), Gigaword only: share "
            "of top headlines that the learned judge (`summarize/wellformed.py`) gives P >= 0.5 "
            "as a deletion from the lead sentence. NeuS arousal (Lee et al. 2022): NRC-VAD "
            "arousal of the charged words the top headline adds to the neutral title, mean "
            "per story, lower is calmer (`eval/measure/arousal.py`; "
            + ("lexicon from `$NEUS_VAD_PATH`)." if vad else arousal.skip_message() + ")"),
            "", *rows, "",
            "How often the checks refuse headlines people wrote (the checks' false alarms):", "",
            "| dataset | headlines | rows | pass the explicit checks |", "|---|---|---|---|",
            *ref_rows, ""]
