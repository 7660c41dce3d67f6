"""The CI gate: the default engine must not get worse on fixed dev data.

``check()`` runs the default engine and Lead-3 on the first ``rows`` rows of
``dev/cnndm_dev.jsonl`` and fails when the engine's ROUGE-1 falls below the floor pinned in
``eval/baseline.json`` or below Lead-3 on the same rows.  ``check_web()`` parses the dev
web pages (HTML and pasted) and fails when the body F1 of what the document model keeps
falls below the pinned floors (the shipped block classifier was trained on these pages:
the gate guards regressions, the cross-validated figures are the result).  ``python -m eval gate --pin``
is deliberately absent: the floor is raised by editing the file in a reviewed change.
"""

from __future__ import annotations

import json

from ..config import REPO
from .run import run

BASELINE = REPO / "eval" / "baseline.json"


def measure(data: str | None = None, rows: int = 40) -> dict:
    """ROUGE-1 of the default engine and of Lead-3 on the gate slice."""
    out = {}
    for system in ("default", "lead3"):
        s = run(system, "cnndm-dev", data, limit=rows, save=False)
        out[system] = s["brief"]["rouge1"]["mean"]
    return out


def check(data: str | None = None, rows: int = 40) -> tuple[bool, str]:
    """(passed, message naming the numbers)."""
    base = json.loads(BASELINE.read_text())
    got = measure(data, rows)
    floor = base["floor_rouge1"]
    ok = got["default"] >= floor and got["default"] >= got["lead3"]
    msg = (f"gate on {base['dataset']} (first {rows} rows): default ROUGE-1 {got['default']:.2f}, "
           f"Lead-3 {got['lead3']:.2f}, pinned floor {floor:.2f} -> {'PASS' if ok else 'FAIL'}")
    if got["default"] < floor:
        msg += f"\n  the engine fell {floor - got['default']:.2f} below the pinned floor"
    if got["default"] < got["lead3"]:
        msg += f"\n  the engine is {got['lead3'] - got['default']:.2f} below Lead-3 on the same rows"
    return ok, msg


def measure_web(data: str | None = None) -> dict:
    """Body F1 of what the document model keeps, on the English dev pages, per input way."""
    from summarize import InputError
    from summarize.document import parse

    from . import web

    pages = [p for p in web.load_pages(web.pages_dir(None, data)) if p.english]
    out = {}
    for mode in ("html", "pasted"):
        rows = []
        for p in pages:
            try:
                doc = parse(p.html if mode == "html" else p.pasted)
                rows.append(web.match(p.body, web.kept_text(doc)))
            except InputError:
                rows.append(web.match(p.body, ""))
        out[mode] = web.prf(rows)["f1"]
    return out


def check_web(data: str | None = None) -> tuple[bool, str]:
    """(passed, message) for the web-page floors of ``eval/baseline.json``."""
    floors = json.loads(BASELINE.read_text())["web"]["floor_body_f1"]
    got = measure_web(data)
    ok = all(got[m] >= floors[m] for m in floors)
    msg = "web gate (dev pages, body F1): " + ", ".join(
        f"{m} {got[m]:.3f} (floor {floors[m]:.3f})" for m in floors) + \
        f" -> {'PASS' if ok else 'FAIL'}"
    return ok, msg
