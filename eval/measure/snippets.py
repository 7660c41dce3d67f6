"""Other sites' pages, never tuned on: trafilatura's evaluation snippets.

trafilatura (Apache-2.0) keeps ~990 saved pages of news sites, blogs and company pages in
``tests/eval`` and ``tests/cache``, and ``tests/evaldata.json`` names, for each, a few
snippets the article text must hold ("with") and a few of the page's furniture it must not
("without"). This module reads them from a checkout named by ``$TRAFILATURA_PATH``
(nothing is shipped or copied), keeps the English pages (py3langid on trafilatura's own
text: a judge independent of our rules), and for each input way (HTML; pasted, where
``$TRAFILATURA_PASTED`` holds ``<page file stem>.txt`` made by the shared
``tools/pasted_text.py``) counts:

- "with" snippets in what the document model keeps (title, headings, body sentences), and
  "without" snippets there: recall of the article and furniture let through;
- pages whose brief or headlines hold a "without" snippet (not counting the page's title);
- refusals by kind, and the other-language pages we did not refuse.

trafilatura's own text (``extract``, default settings) is scored the same way as an anchor.
It does not judge the brief's quality or the headlines' form.

Get the checkout from a bare mirror: ``git --git-dir=<mirror> archive HEAD tests/eval
tests/cache tests/evaldata.json | tar -x -C /tmp/traf``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from . import checkout
from .web import kept_text

ENV, ENV_PASTED = "TRAFILATURA_PATH", "TRAFILATURA_PASTED"
_SPACE = re.compile(r"\s+")


def _norm(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def load_pages(root: Path) -> list[dict]:
    """Every page with a saved file: url, file stem, HTML text, with/without snippets."""
    truth = json.loads((root / "tests" / "evaldata.json").read_text())
    out = []
    for url, v in truth.items():
        for folder in ("eval", "cache"):
            path = root / "tests" / folder / v["file"]
            if path.exists():
                out.append({"url": url, "stem": path.name.rsplit(".", 1)[0],
                            "html": path.read_bytes().decode("utf-8", "replace"),
                            "with": v.get("with", []), "without": v.get("without", [])})
                break
    return out


def reference_text(html: str) -> str:
    """trafilatura's own article text (default settings): the anchor and the language judge."""
    import trafilatura

    return trafilatura.extract(html) or ""


def _language(text: str) -> str:
    """py3langid's language of ``text`` ("?" when too short to say)."""
    import py3langid

    return py3langid.classify(text[:100_000])[0] if len(text.split()) >= 12 else "?"


def _counts(page: dict, kept: str) -> dict:
    kept = _norm(kept)
    return {"with": sum(_norm(w) in kept for w in page["with"]), "with_all": len(page["with"]),
            "without": sum(_norm(w) in kept for w in page["without"]),
            "without_all": len(page["without"])}


def _add(total: dict, row: dict) -> None:
    for k, v in row.items():
        total[k] = total.get(k, 0) + v


def _accepted(html: str) -> bool:
    """Whether the document model takes a page (one in another language should be refused)."""
    from summarize import InputError
    from summarize.document import parse

    try:
        parse(html)
    except InputError:
        return False
    return True


def measure(root: Path, pasted: Path | None = None, show: bool = False) -> dict:
    """Snippet counts for the HTML way, the pasted way and trafilatura's own text."""
    from summarize import InputError, Summarizer
    from summarize.document import parse

    s = Summarizer()
    out: dict[str, dict] = {}
    other_accepted = other = 0
    for page in load_pages(root):
        ref = reference_text(page["html"])
        if _language(ref) != "en":
            if ref.strip():
                other += 1
                other_accepted += _accepted(page["html"])
            continue
        _add(out.setdefault("trafilatura", {"pages": 0}), {"pages": 1, **_counts(page, ref)})
        inputs = {"html": page["html"]}
        txt = pasted / f"{page['stem']}.txt" if pasted else None
        if txt and txt.exists() and txt.read_text(errors="replace").strip():
            inputs["pasted"] = txt.read_text(errors="replace")  # (JavaScript-only pages: none)
        for way, text in inputs.items():
            row = out.setdefault(way, {"pages": 0, "refused": {}, "furniture_out": 0})
            row["pages"] += 1
            try:
                doc = parse(text)
            except InputError as e:
                row["refused"][e.kind] = row["refused"].get(e.kind, 0) + 1
                if show:
                    print(f"{way:6} {page['stem']}: refused ({e.kind})")
                continue
            _add(row, _counts(page, (doc.title or "") + "\n" + kept_text(doc)))
            brief = s.engine.summarize([doc], s.options)[0]
            shown = _norm(" ".join([brief.summary] + [h.text for h in brief.headlines]))
            leaked = [w for w in page["without"]
                      if _norm(w) in shown and _norm(w) not in _norm(doc.title)]
            row["furniture_out"] += bool(leaked)
            if show and leaked:
                print(f"{way:6} {page['stem']}: {leaked}")
    out["other_languages"] = {"pages": other, "accepted": other_accepted}
    return out


def _share(a: int, b: int) -> str:
    return f"{a} of {b} ({100 * a / b:.1f}%)" if b else "-"


def report_lines(data: str | None = None) -> list[str]:
    """The REPORT.md section, or a line saying why it was skipped."""
    root = os.environ.get(ENV)
    head = ["## Other sites' pages, unseen (trafilatura's evaluation snippets)", ""]
    if not root or not Path(root, "tests", "evaldata.json").exists():
        return head + [f"Skipped: set `{ENV}` to a checkout of trafilatura (see "
                       "`eval/measure/snippets.py`).", ""]
    pasted = os.environ.get(ENV_PASTED)
    out = measure(Path(root), Path(pasted) if pasted else None)
    rows = ["| input | English pages | article snippets kept | furniture snippets kept | "
            "pages with furniture in brief or headlines | refused |", "|---|---|---|---|---|---|"]
    for way in ("html", "pasted", "trafilatura"):
        if way not in out:
            continue
        v = out[way]
        refused = ", ".join(f"{k} {n}" for k, n in sorted(v.get("refused", {}).items())) or "none"
        leaked = _share(v["furniture_out"], v["pages"]) if "furniture_out" in v else "-"
        rows.append(f"| {way if way != 'trafilatura' else 'trafilatura.extract (anchor)'} | "
                    f"{v['pages']} | {_share(v.get('with', 0), v.get('with_all', 0))} | "
                    f"{_share(v.get('without', 0), v.get('without_all', 0))} | {leaked} | "
                    f"{refused if way != 'trafilatura' else '-'} |")
    o = out["other_languages"]
    return head + [
        "`python -m eval snippets` (`$TRAFILATURA_PATH`, pasted text from `$TRAFILATURA_PASTED`). "
        "English pages by py3langid on trafilatura's own text. Snippets are matched after "
        "collapsing spaces (a snippet that opens with a dateline we strip counts as lost). "
        "Session 19 read these pages once and wrote furniture rules from what it saw; the "
        "figures before and after are in its commit messages.", "", *rows, "",
        f"Pages in other languages (trafilatura's text, py3langid): {o['pages']}, of which "
        f"the HTML way accepted {o['accepted']} (should be refused as `language`).", ""]


def main(args) -> int:
    """``python -m eval snippets``: print the figures (with ``--show``, the refusals and the
    furniture that reached a brief)."""
    return checkout.run(args, ENV, ENV_PASTED, "trafilatura", measure)
