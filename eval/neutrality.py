"""Neutrality figures: how much loaded language outputs carry, by the project's detector.

``loaded_rate(texts)`` = flagged words / words, pooled over texts (``summarize.neutral``;
never the raw Recasens bias lexicon, which holds topical words).  ``run_figures`` gives
that rate for a run's briefs and headlines next to the inputs, the references and (NeuS)
the outlets' own titles, plus the detector's flag rate on the references as a precision
check (flags on neutral references are false alarms).
"""

from __future__ import annotations

from summarize import neutral


def loaded_rate(texts) -> float | None:
    """Share of words flagged as loaded, pooled over ``texts`` (None if no words)."""
    words = flagged = 0
    for t in texts:
        if not t:
            continue
        toks = neutral.tokens(t)
        words += len(toks)
        for f in neutral.detect(t, sentence_level=False):
            if f.type not in ("rhetorical_question", "exclamation"):
                flagged += len(f.text.split())
    return round(flagged / words, 4) if words else None


def run_figures(examples, preds) -> dict:
    """Loaded-word rates of a run's outputs, its inputs and references."""
    by_id = {p.id: p for p in preds if not p.error}
    ex = [e for e in examples if e.id in by_id]
    out = {
        "brief": loaded_rate(by_id[e.id].brief.replace("\n", " ") for e in ex),
        "headline": loaded_rate(by_id[e.id].headlines[0] for e in ex if by_id[e.id].headlines),
        "input": loaded_rate(e.text for e in ex[:300]),
        "reference_brief": loaded_rate(r for e in ex for r in e.briefs[:1]),
        "reference_headline": loaded_rate(r for e in ex for r in e.headlines[:1]),
    }
    titles = [e.source_title for e in ex if e.source_title]
    if titles:
        out["source_title"] = loaded_rate(titles)
    return out
