"""Page titles on saved pages of other sites: postlight/parser's test fixtures.

The dev pages (ScrapingHub's benchmark) are tuned on; postlight/parser (MIT) keeps ~170 saved
pages of ~150 other sites under ``fixtures/``, and its per-site tests
(``src/extractors/custom/<site>/index.test.js``) name each page's title as its extractor
gives it. This module reads them from a checkout named by ``$POSTLIGHT_PATH`` (nothing is
shipped or copied): it parses each page as the product does (the HTML way, and the pasted
way where ``$POSTLIGHT_PASTED`` holds ``<fixture name>.txt`` files made by the shared
``tools/pasted_text.py``) and counts the titles that agree with the test's (token F1 >= 0.8:
the test's title is the site's <h1>, so a page's own <title> or og:title may differ in
wording and still be right). It does not judge briefs or headlines.

Get the checkout from a bare mirror: ``git --git-dir=<mirror> archive HEAD fixtures
src/extractors/custom | tar -x -C /tmp/postlight``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from summarize import InputError
from summarize.document import parse

from . import checkout

ENV, ENV_PASTED = "POSTLIGHT_PATH", "POSTLIGHT_PASTED"
AGREE = 0.8
_TITLE = re.compile(r"assert\.equal\(\s*title,\s*(['\"`])((?:\\.|(?!\1).)*)\1", re.S)
_FIXTURE = re.compile(r"fixtures/([^'\"`]+?\.html)")
_WORD = re.compile(r"[a-z0-9]+")


def expected_titles(root: Path) -> dict[Path, str]:
    """Each fixture page with the title its site's test expects."""
    out = {}
    for test in sorted((root / "src" / "extractors" / "custom").glob("*/index.test.js")):
        src = test.read_text(errors="replace")
        title, fixture = _TITLE.search(src), _FIXTURE.search(src)
        if title and fixture and (root / "fixtures" / fixture.group(1)).exists():
            text = re.sub(r"\\(['\"`\\])", r"\1", title.group(2))
            out[root / "fixtures" / fixture.group(1)] = text
    return out


def token_f1(a: str | None, b: str | None) -> float:
    """Word-overlap F1 of two titles (lower case, letters and digits)."""
    x, y = _WORD.findall((a or "").lower()), _WORD.findall((b or "").lower())
    if not x or not y:
        return 0.0
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    return 2 * common / (len(x) + len(y))


def measure(root: Path, pasted: Path | None = None, show: bool = False) -> dict:
    """Title agreement of both input ways, and how many pages each way refused, by kind."""
    out = {}
    for path, want in expected_titles(root).items():
        texts = {"html": path.read_text(errors="replace")}
        txt = pasted / (path.name[:-len(".html")] + ".txt") if pasted else None
        if txt and txt.exists() and len(txt.read_text(errors="replace").split()) >= 50:
            texts["pasted"] = txt.read_text(errors="replace")  # (JavaScript-only pages: none)
        for way, text in texts.items():
            row = out.setdefault(way, {"pages": 0, "agree": 0, "refused": {}})
            row["pages"] += 1
            try:
                got = parse(text).title
            except InputError as e:
                row["refused"][e.kind] = row["refused"].get(e.kind, 0) + 1
                continue
            ok = token_f1(got, want) >= AGREE
            row["agree"] += ok
            if show and not ok:
                print(f"{way:6} {path.name}: {got!r} (test: {want!r})")
    return out


def report_lines(data: str | None = None) -> list[str]:
    """The REPORT.md section, or a line saying why it was skipped."""
    root = os.environ.get(ENV)
    head = ["## Titles on other sites' pages (postlight/parser fixtures)", ""]
    if not root or not Path(root, "fixtures").is_dir():
        return head + [f"Skipped: set `{ENV}` to a checkout of postlight/parser (see "
                       "`eval/measure/titles.py`).", ""]
    pasted = os.environ.get(ENV_PASTED)
    out = measure(Path(root), Path(pasted) if pasted else None)
    rows = ["| input | pages | title agrees with the site's test | refused |", "|---|---|---|---|"]
    for way, v in out.items():
        refused = ", ".join(f"{k} {n}" for k, n in sorted(v["refused"].items())) or "none"
        rows.append(f"| {way} | {v['pages']} | {v['agree']} of {v['pages'] - sum(v['refused'].values())}"
                    f" | {refused} |")
    return head + [
        "`python -m eval titles` (`$POSTLIGHT_PATH`, pasted text from `$POSTLIGHT_PASTED`). "
        f"Agreement: token F1 >= {AGREE} with the title the site's test expects. These pages "
        "were read by eye in sessions 15-18 and title rules were written from what was seen "
        "there: a regression check, no longer an unseen benchmark.", "", *rows, ""]


def main(args) -> int:
    """``python -m eval titles``: print the figures (and the disagreements with ``--show``)."""
    return checkout.run(args, ENV, ENV_PASTED, "postlight/parser", measure)
