"""The neutral rewrite never changes a name, number, date or negation:
``python -m eval edits --data cnndm`` (also run by ``make eval`` for CNN/DM and NeuS).

For every brief of a dataset (default options, neutral on) and every edited sentence:
  - no edit's original word is a number, a month or day, a negation, or a capitalised word
    inside the sentence (a name; an all-capitals word for emphasis is not one), unless the
    edit only changes its case;
  - the edited sentence passes the faithfulness guard against the original sentence (no
    name, number or date it lacks) and keeps as many negations.
Reports the counts and every violation (none expected).  Nothing is tuned here.
"""

from __future__ import annotations

import re

from summarize.faithfulness import MONTHS_DAYS, unsupported

NEGATIONS = frozenset("not no never nor none nobody nothing neither without cannot".split())
_WORD = re.compile(r"[A-Za-z0-9'’]+")


def _negations(text: str) -> int:
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in words)


def edit_problem(original: str, sentence: str, start_in_sentence: int,
                 replacement: str = "") -> str | None:
    """Why changing ``original`` (a word of ``sentence``) would break a fact, or None (a
    change of case only, "THURSDAY" -> "Thursday", changes no fact)."""
    if replacement and replacement.lower() == original.lower():
        return None
    for w in _WORD.findall(original):
        low = w.lower()
        if any(c.isdigit() for c in w):
            return "number"
        if low in MONTHS_DAYS:
            return "date"
        if low in NEGATIONS or low.endswith(("n't", "n’t")):
            return "negation"
        if w[0].isupper() and not w.isupper() and start_in_sentence > 0:
            return "name"
    return None


def check(brief, source_text: str) -> dict:
    """Counts and violations for one Brief (``source_text``: what its spans point into)."""
    edited = sorted({e.sentence for e in brief.edits})
    problems = []
    for e in brief.edits:
        ref = brief.sentences[e.sentence]
        original = source_text[ref.start:ref.end]
        why = edit_problem(e.original, original, max(0, e.start - ref.start), e.replacement)
        if why:
            problems.append({"kind": why, "original": e.original, "sentence": original})
    for k in edited:
        ref = brief.sentences[k]
        original = source_text[ref.start:ref.end]
        missing = unsupported(ref.text, original)
        if missing:
            problems.append({"kind": "faithfulness", "missing": missing, "sentence": ref.text})
        if _negations(ref.text) != _negations(original):
            problems.append({"kind": "negation count", "sentence": ref.text})
    return {"edits": len(brief.edits), "sentences_edited": len(edited),
            "sentences": len(brief.sentences), "problems": problems}


def run(dataset: str, data: str | None = None, limit: int | None = None) -> dict:
    """The check over every brief of ``dataset``."""
    from summarize import InputError, Summarizer

    from .. import data as datamod

    _, _, examples = datamod.load(dataset, data, limit)
    s = Summarizer()
    totals = {"briefs": 0, "edits": 0, "sentences_edited": 0, "sentences": 0, "problems": []}
    for e, b in zip(examples, s.summarize_many([x.text for x in examples], errors="return")):
        if isinstance(b, InputError):
            continue
        src = b.source.text if b.source.spans == "source.text" else e.text
        r = check(b, src)
        totals["briefs"] += 1
        for k in ("edits", "sentences_edited", "sentences"):
            totals[k] += r[k]
        totals["problems"] += [{"id": e.id, **p} for p in r["problems"]]
    totals["violations"] = len(totals["problems"])
    return totals


def report_lines(data: str | None = None, limit: int | None = None) -> list[str]:
    """The "Neutral edits" section of eval/REPORT.md (CNN/DM test and NeuS test)."""
    lines = ["## Neutral edits in the brief (`python -m eval edits --data ...`)", "",
             "Every word the neutral rewrite changed in the default brief; a violation is a "
             "changed name, number, date or negation, or an edited sentence that fails the "
             "faithfulness guard against its original.", "",
             "| data | briefs | sentences | edited | edits | violations |", "|---|---|---|---|---|---|"]
    problems = []
    for name in ("cnndm", "neus"):
        r = run(name, data, limit)
        lines.append(f"| {name} | {r['briefs']} | {r['sentences']} | {r['sentences_edited']} | "
                     f"{r['edits']} | {r['violations']} |")
        problems += [f"- {name} {p['id']}: {p['kind']} in: {p['sentence'][:100]}"
                     for p in r["problems"]]
    return lines + [""] + (problems + [""] if problems else [])
