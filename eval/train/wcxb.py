"""Build the title ranker's training pages from the Web Content Extraction Benchmark.

    python -m eval.train.wcxb REPO OUT

``REPO``: a checkout of github.com/Murrough-Foley/web-content-extraction-benchmark (WCXB;
``metadata.json`` names each page's split, kind and domain; the saved pages are
``SPLIT/html/ID.html.gz``, their annotations, title and main content, ``SPLIT/ground-truth/ID.json``;
CC-BY-4.0 data).  ``OUT`` gets the layout of ``dev/web_pages``: ``ground_truth.json`` (``url``,
``site``, ``title``, ``articleBody``), ``html/`` and ``pasted/`` (the text a select-all + copy
gives, made with ``../shared/tools/pasted_text.py``: Chromium, JavaScript off).

All 968 'article' pages of both splits are taken (SEO articles, guides, listicles, blogs, some
news).  Nothing of the benchmark is committed here; the pages train weights only.  Sessions
31-33 read 200 of them by eye (sets 9-12) and tuned page-title rules on them, so the benchmark
is no longer an unseen test of those rules.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from .tiptopjaw import PASTED_TOOL, cli

KIND = "article"


def build(repo: Path, out: Path, tool: Path = PASTED_TOOL) -> int:
    """Write ``out`` (see the module's docstring); the number of pages."""
    (out / "html").mkdir(parents=True, exist_ok=True)
    meta = json.loads((repo / "metadata.json").read_text())["files"]
    truth = {}
    for pid, m in sorted(meta.items()):
        src = repo / m["split"] / "html" / f"{pid}.html.gz"
        if m["page_type"] != KIND or not src.exists():
            continue
        gt = json.loads((repo / m["split"] / "ground-truth" / f"{pid}.json").read_text())
        truth[pid] = {"url": gt.get("url", ""), "site": m["domain"].removeprefix("www."),
                      "title": gt["ground_truth"].get("title") or "",
                      "articleBody": gt["ground_truth"].get("main_content") or ""}
        shutil.copy(src, out / "html" / f"{pid}.html.gz")
    (out / "ground_truth.json").write_text(json.dumps(truth, indent=1) + "\n")
    subprocess.run([sys.executable, str(tool), str(out / "html"), str(out / "pasted")], check=True)
    return len(truth)


def main(argv=None) -> int:
    """Command line entry."""
    return cli(build, "python -m eval.train.wcxb", __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
