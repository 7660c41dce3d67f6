"""Word-level loaded-language detection on the Wiki Neutrality Corpus test rows.

Each row is a sentence before and after a Wikipedia neutrality edit; the words the editor
removed (deleted or replaced) are the gold biased words.  A detector ranks the words of
the biased sentence; we report top-1 accuracy (its best-ranked word is a removed word)
and recall@3 (one of its top three is).  Nothing is trained or tuned on these rows.

Systems: ``recasens-first`` (the first word whose lemma is in the Recasens bias lexicon:
the baseline named in the issue), ``flags`` (only words our detector flags, by weight),
and ``ranked`` (every word by ``summarize.neutral.word_scores``: flags first, the Recasens
lists as weak priors).

    >>> sorted(removed_words("he is a famous actor .", "he is an actor ."))
    ['a', 'famous']
"""

from __future__ import annotations

import difflib
import json

from summarize import neutral
from summarize.lemmas import candidates

from ..config import data_dir


def removed_words(biased: str, neutral_text: str) -> set[str]:
    """Words of ``biased`` that the edit deleted or replaced."""
    a, b = biased.split(), neutral_text.split()
    out: set[str] = set()
    for op, i1, i2, _, _ in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.update(w.strip(".,;:!?\"'()") for w in a[i1:i2])
    return {w for w in out if w}


def rank_recasens_first(sentence: str) -> list[str]:
    """Baseline: the first word whose lemma is in the Recasens bias lexicon."""
    bias = neutral.lexicon().bias
    for w, _, _ in neutral.tokens(sentence):
        if any(c in bias for c in candidates(w)):
            return [w.lower()]
    return []


def rank_flags(sentence: str) -> list[str]:
    """Words our detector flags, heaviest first (multi-word flags count as their words)."""
    scored = [(sc, s, w) for w, s, _, sc in neutral.word_scores(sentence) if sc >= neutral.FLAG_WEIGHT]
    return [w.lower() for _, _, w in sorted(scored, key=lambda t: (-t[0], t[1]))]


def rank_all(sentence: str) -> list[str]:
    """Every word with a positive score, best first (ties: earlier first)."""
    scored = [(sc, s, w) for w, s, _, sc in neutral.word_scores(sentence) if sc > 0]
    return [w.lower() for _, _, w in sorted(scored, key=lambda t: (-t[0], t[1]))]


SYSTEMS = {"recasens-first": rank_recasens_first, "flags": rank_flags, "ranked": rank_all}


def evaluate(data: str | None = None, limit: int | None = None) -> dict:
    """Top-1 accuracy and recall@3 of each system on wnc_test (percent)."""
    rows = []
    with open(data_dir(data) / "eval" / "wnc_test.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    out = {"rows": len(rows)}
    for name, fn in SYSTEMS.items():
        top1 = at3 = answered = 0
        for r in rows:
            gold = removed_words(r["biased"], r["neutral"])
            ranked = fn(r["biased"])
            if ranked:
                answered += 1
            top1 += bool(ranked[:1]) and ranked[0] in gold
            at3 += any(w in gold for w in ranked[:3])
        out[name] = {"top1": round(100 * top1 / len(rows), 1),
                     "recall_at_3": round(100 * at3 / len(rows), 1),
                     "answered": round(100 * answered / len(rows), 1)}
    return out


def report_lines(data: str | None = None, limit: int | None = None) -> list[str]:
    """The WNC section of the evaluation report."""
    res = evaluate(data, limit)
    lines = ["## Loaded-language detection on WNC test (word level)", "",
             f"{res['rows']} Wikipedia neutrality edits; gold = words the editor deleted or replaced. "
             "Nothing was trained or tuned on these rows.", "",
             "| detector | top-1 accuracy | recall@3 | rows with an answer |", "|---|---|---|---|"]
    for name in SYSTEMS:
        r = res[name]
        lines.append(f"| {name} | {r['top1']:.1f}% | {r['recall_at_3']:.1f}% | {r['answered']:.1f}% |")
    return lines + [""]
