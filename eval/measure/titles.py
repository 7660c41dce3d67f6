"""Page titles on saved pages of other sites: postlight/parser's and mozilla/readability's.

The dev pages (ScrapingHub's benchmark) are tuned on; two other projects keep saved pages of
other sites with the title their extractor should give:

- postlight/parser (MIT): ~170 pages under ``fixtures/``; each site's test
  (``src/extractors/custom/<site>/index.test.js``) names the page's title (the site's <h1>).
- mozilla/readability (Apache-2.0): ~130 pages under ``test/test-pages/<name>/``
  (``source.html``), with ``expected-metadata.json`` naming the title and the language;
  only the English ones count (many are unit cases of one HTML feature).

This module reads them from a checkout named by ``$POSTLIGHT_PATH`` or ``$READABILITY_PATH``
(nothing is shipped or copied): it parses each page as the product does (the HTML way, and the
pasted way where ``$POSTLIGHT_PASTED`` / ``$READABILITY_PASTED`` holds ``<page>.txt`` files made
by the shared ``tools/pasted_text.py``; a readability page's name is its folder's) and counts the
titles that agree with the expected one (token F1 >= 0.8 with it, or with one of its parts
between " | " or " - " separators: readability keeps some sites' suffixes, "Mozilla -
Wikipedia"). It does not judge briefs or headlines.

Get a checkout from a bare mirror: ``git --git-dir=<mirror> archive HEAD fixtures
src/extractors/custom | tar -x -C /tmp/postlight``; ``git --git-dir=<mirror> archive HEAD
test/test-pages | tar -x -C /tmp/readability``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from summarize import InputError
from summarize.document import parse

from . import checkout

ENV, ENV_PASTED = "POSTLIGHT_PATH", "POSTLIGHT_PASTED"
READABILITY, READABILITY_PASTED = "READABILITY_PATH", "READABILITY_PASTED"
AGREE = 0.8
_TITLE = re.compile(r"assert\.equal\(\s*title,\s*(['\"`])((?:\\.|(?!\1).)*)\1", re.S)
_FIXTURE = re.compile(r"fixtures/([^'\"`]+?\.html)")
_WORD = re.compile(r"[a-z0-9]+")
_SEPARATOR = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7)\s+")


def expected_titles(root: Path) -> dict[Path, str]:
    """Each postlight fixture page with the title its site's test expects."""
    out = {}
    for test in sorted((root / "src" / "extractors" / "custom").glob("*/index.test.js")):
        src = test.read_text(errors="replace")
        title, fixture = _TITLE.search(src), _FIXTURE.search(src)
        if title and fixture and (root / "fixtures" / fixture.group(1)).exists():
            text = re.sub(r"\\(['\"`\\])", r"\1", title.group(2))
            out[root / "fixtures" / fixture.group(1)] = text
    return out


def readability_titles(root: Path) -> dict[Path, str]:
    """Each English readability test page (``source.html``) with its expected title."""
    out = {}
    for meta in sorted((root / "test" / "test-pages").glob("*/expected-metadata.json")):
        m = json.loads(meta.read_text(errors="replace"))
        page = meta.parent / "source.html"
        if (m.get("lang") or "").lower().startswith("en") and m.get("title") and page.exists():
            out[page] = m["title"]
    return out


def _pasted_name(path: Path) -> str:
    """The pasted text's file name of a saved page: a readability page is named by its folder."""
    return (path.parent.name if path.name == "source.html" else path.name[:-len(".html")]) + ".txt"


def token_f1(a: str | None, b: str | None) -> float:
    """Word-overlap F1 of two titles (lower case, letters and digits)."""
    x, y = _WORD.findall((a or "").lower()), _WORD.findall((b or "").lower())
    if not x or not y:
        return 0.0
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    return 2 * common / (len(x) + len(y))


def agrees(got: str | None, want: str) -> bool:
    """Whether a title agrees with the expected one or with one of its parts between separators."""
    return max(token_f1(got, part) for part in [want] + _SEPARATOR.split(want)) >= AGREE


def measure(root: Path, pasted: Path | None = None, show: bool = False,
            expected=expected_titles) -> dict:
    """Title agreement of both input ways, and how many pages each way refused, by kind."""
    out = {}
    for path, want in expected(root).items():
        texts = {"html": path.read_text(errors="replace")}
        txt = pasted / _pasted_name(path) if pasted else None
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
            ok = agrees(got, want)
            row["agree"] += ok
            if show and not ok:
                print(f"{way:6} {_pasted_name(path)[:-4]}: {got!r} (expected: {want!r})")
    return out


def measure_readability(root: Path, pasted: Path | None = None, show: bool = False) -> dict:
    """``measure`` on mozilla/readability's English test pages."""
    return measure(root, pasted, show, readability_titles)


def _rows(out: dict) -> list[str]:
    rows = ["| input | pages | title agrees with the expected one | refused |", "|---|---|---|---|"]
    for way, v in out.items():
        refused = ", ".join(f"{k} {n}" for k, n in sorted(v["refused"].items())) or "none"
        rows.append(f"| {way} | {v['pages']} | {v['agree']} of {v['pages'] - sum(v['refused'].values())}"
                    f" | {refused} |")
    return rows


def report_lines(data: str | None = None) -> list[str]:
    """The REPORT.md sections, or lines saying why they were skipped."""
    out = []
    for env, env_pasted, project, fn, note in (
            (ENV, ENV_PASTED, "postlight/parser", measure, "read by eye in sessions 15-18"),
            (READABILITY, READABILITY_PASTED, "mozilla/readability", measure_readability,
             "read by eye in session 22, after a first count on them unseen")):
        out += [f"## Titles on other sites' pages ({project})", ""]
        root = os.environ.get(env)
        if not root or not Path(root).is_dir():
            out += [f"Skipped: set `{env}` to a checkout of {project} (see "
                    "`eval/measure/titles.py`).", ""]
            continue
        pasted = os.environ.get(env_pasted)
        got = fn(Path(root), Path(pasted) if pasted else None)
        src = "" if project.startswith("postlight") else " --source readability"
        out += [f"`python -m eval titles{src}` (`${env}`, pasted text from `${env_pasted}`). "
                f"Agreement: token F1 >= {AGREE} with the expected title (or one of its parts "
                f"between separators). These pages were {note}, and title rules were written "
                "from what was seen there: a regression check, no longer an unseen benchmark.",
                "", *_rows(got), ""]
    return out


def main(args) -> int:
    """``python -m eval titles``: print the figures (and the disagreements with ``--show``)."""
    if getattr(args, "source", "postlight") == "readability":
        return checkout.run(args, READABILITY, READABILITY_PASTED, "mozilla/readability",
                            measure_readability)
    return checkout.run(args, ENV, ENV_PASTED, "postlight/parser", measure)
