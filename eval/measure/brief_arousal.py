"""NeuS: how calm the brief is (NeuS arousal) at 40 words and at the default length, beside
the published systems, for issue 12.

The target is the AllSides neutral title and summary together, as in Lee et al. (2022),
for arousal and for ROUGE-1.  Ours is measured as the top headline followed by the brief
(the published systems write a title and a text too) and as the brief alone; the words
column matters because arousal grows with length.  Reads the runs ``report`` made
(``SYSTEMS`` and the ``lei2025`` anchors on ``neus``); needs ``$NEUS_VAD_PATH``.
"""

from __future__ import annotations

from pathlib import Path

from .. import data as datamod
from . import arousal, rouge
from .run import RESULTS, load_predictions

AT_40 = "default:target_words=40,max_words=50"
ORACLE = "oracle: best 3 of our sentences, <= 50 words"
SYSTEMS = ["default", AT_40, AT_40 + ",neutral_brief=false"]
ANCHORS = ["anchor:lei2025/neus", "anchor:lei2025/bart_large_cnn", "anchor:lei2025/lexrank"]


def _outputs(dataset: str, system: str, results: Path) -> dict[str, tuple[str, str]]:
    """{id: (top headline, brief)} of a run (empty when it was not run)."""
    return {i: ((r.get("headlines") or [""])[0], " ".join((r.get("prediction") or "").split()))
            for i, r in load_predictions(dataset, system, results).items()}


def figures(dataset: str = "neus", data: str | None = None, vad: Path | None = None,
            results: Path = RESULTS) -> list[dict]:
    """One row per (system, output form): words, NeuS arousal and ROUGE-1 against the target."""
    _, _, ex = datamod.load(dataset, data)
    target = {e.id: f"{e.headlines[0]} {' '.join(e.briefs[0].splitlines())}" for e in ex}
    rows = []
    if vad:
        rows.append(_oracle_row(ex, target, vad))
    for system in SYSTEMS + ANCHORS:
        outs = _outputs(dataset, system, results)
        if not outs:
            continue
        ids = [i for i in target if i in outs]
        forms = {"headline + brief": [" ".join(x for x in outs[i] if x) for i in ids]}
        if not system.startswith("anchor:"):
            forms["brief"] = [outs[i][1] for i in ids]
        for form, texts in forms.items():
            refs = [target[i] for i in ids]
            r1 = rouge.score(texts, refs)["rouge1"]
            rows.append({"system": system, "form": form, "rows": len(ids),
                         "words": round(sum(len(t.split()) for t in texts) / len(texts), 1),
                         "arousal": arousal.mean_arousal(texts, refs, vad) if vad else None,
                         "rouge1": round(sum(r1) / len(r1), 2)})
    return rows


def _oracle_row(examples, target: dict[str, str], vad: Path) -> dict:
    """The ceiling of picking sentences: the greedy oracle's brief (up to 3 of the document
    model's sentences, at most 50 words, best ROUGE-1 + 2 against the target itself)."""
    from summarize import InputError, Summarizer

    from .oracle import greedy, tokenize

    s, texts, refs = Summarizer(), [], []
    for e in examples:
        try:
            sents = [x.text for x in s.parse(e.text).sentences]
        except InputError:
            sents = []
        chosen = greedy([tokenize(x) for x in sents], tokenize(target[e.id]), 3,
                        [len(x.split()) for x in sents], 50)
        texts.append(" ".join(sents[i] for i in chosen))
        refs.append(target[e.id])
    r1 = rouge.score(texts, refs)["rouge1"]
    return {"system": ORACLE, "form": "brief", "rows": len(texts),
            "words": round(sum(len(t.split()) for t in texts) / len(texts), 1),
            "arousal": arousal.mean_arousal(texts, refs, vad), "rouge1": round(sum(r1) / len(r1), 2)}


def report_lines(data: str | None = None) -> list[str]:
    """The report section's markdown lines."""
    vad = arousal.lexicon_path()
    rows = figures("neus", data, vad)
    if not rows:
        return []
    lines = ["## Neutral brief on NeuS test: arousal at 40 words and at the default length", "",
             "Target: the AllSides neutral title + summary (Lee et al. 2022). NeuS arousal: "
             "NRC-VAD arousal of the charged words the output adds to the target, summed per "
             "story, mean; it grows with length, so compare rows of similar words. "
             "Ours: the top headline followed by the brief, and the brief alone. The oracle "
             "row is the ceiling of picking sentences: the best 3 of the document model's "
             "sentences for the target itself (it reads the target: not a system). "
             + ("" if vad else arousal.skip_message()), "",
             "| system | output | rows | words | NeuS arousal | arousal / 10 words | ROUGE-1 vs target |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        a = r["arousal"]
        per10 = "-" if a is None else f"{10 * a / r['words']:.3f}"
        lines.append(f"| {r['system']} | {r['form']} | {r['rows']} | {r['words']} | "
                     f"{'-' if a is None else f'{a:.2f}'} | {per10} | {r['rouge1']:.2f} |")
    return lines + [""]
