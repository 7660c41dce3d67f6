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


def neus_precision(data: str | None = None, split: str = "eval/neus_test.jsonl") -> dict:
    """The detector on NeuS titles: how often it fires on outlet vs neutral titles, and how
    many of its flags on outlet titles are words the neutral title avoids (evidence that
    the flag is right; a flagged word the neutral title also uses is evidence against)."""
    import json

    from summarize.lemmas import candidates

    from ..config import data_dir

    outlet_flags = avoided = outlet_titles = 0
    neutral_flags = neutral_titles = 0
    with open(data_dir(data) / split, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            neutral_lemmas = {c for w, _, _ in neutral.tokens(r["neutral_title"])
                              for c in candidates(w)}
            for a in r["articles"]:
                outlet_titles += 1
                for f in neutral.detect(a["title"], sentence_level=False):
                    if f.type in ("exclamation", "scare_quotes", "rhetorical_question"):
                        continue
                    outlet_flags += 1
                    words = [w for w, _, _ in neutral.tokens(f.text)]
                    avoided += not any(set(candidates(w)) & neutral_lemmas for w in words)
            neutral_titles += 1
            neutral_flags += sum(f.type not in ("exclamation", "scare_quotes",
                                                "rhetorical_question")
                                 for f in neutral.detect(r["neutral_title"], sentence_level=False))
    return {"outlet_titles": outlet_titles, "flags_per_outlet_title": round(outlet_flags / outlet_titles, 3),
            "flags_per_neutral_title": round(neutral_flags / neutral_titles, 3),
            "precision_by_neus_evidence": round(avoided / outlet_flags, 3) if outlet_flags else None,
            "outlet_flags": outlet_flags}


def report_lines(data: str | None = None) -> list[str]:
    """The NeuS precision section of the evaluation report."""
    p = neus_precision(data)
    return ["## Loaded-language detector on NeuS titles (precision)", "",
            f"On the {p['outlet_titles']} outlet titles of NeuS test the detector flags "
            f"{p['flags_per_outlet_title']} words per title ({p['outlet_flags']} flags); on the "
            f"AllSides neutral titles {p['flags_per_neutral_title']} per title. Of its flags on "
            f"outlet titles, {100 * p['precision_by_neus_evidence']:.1f}% are words the neutral "
            "title for the same story avoids (precision by NeuS evidence).", ""]
