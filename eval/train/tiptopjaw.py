"""Build the extra training pages of the block classifier from the tiptopjaw benchmark.

    python -m eval.train.tiptopjaw REPO OUT

``REPO``: a checkout of github.com/tiptopjaw/web-content-extraction-benchmark (Apache-2.0;
its saved pages in ``release/html/ID.html.gz``, its annotations, title and main content, in
``benchmark/ground-truth/ID.json``).  ``OUT`` gets the layout of ``dev/web_pages``:
``ground_truth.json`` (``url``, ``articleBody``), ``html/`` and ``pasted/`` (the text a
select-all + copy gives, made with ``../shared/tools/pasted_text.py``: Chromium, JavaScript off).

Only the pages listed in ``tiptopjaw_ids.txt`` are taken: 290 'article' pages (SEO articles,
listicles, how-tos, blogs, some news) whose headlines and titles sessions 27-28 read and tuned
on.  The rest of the benchmark's article pages stay unseen, for counting what a reader gets.
Nothing of the benchmark is committed here but these ids; the pages train weights only.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

IDS = Path(__file__).with_name("tiptopjaw_ids.txt")
PASTED_TOOL = Path(__file__).resolve().parents[2].parent / "shared" / "tools" / "pasted_text.py"


def ids() -> list[str]:
    """The ids of the training pages."""
    return IDS.read_text().split()


def build(repo: Path, out: Path, tool: Path = PASTED_TOOL) -> int:
    """Write ``out`` (see the module's docstring); the number of pages."""
    (out / "html").mkdir(parents=True, exist_ok=True)
    truth = {}
    for pid in ids():
        gt = json.loads((repo / "benchmark" / "ground-truth" / f"{pid}.json").read_text())
        truth[pid] = {"url": gt["url"], "articleBody": gt["ground_truth"]["main_content"]}
        shutil.copy(repo / "release" / "html" / f"{pid}.html.gz", out / "html" / f"{pid}.html.gz")
    (out / "ground_truth.json").write_text(json.dumps(truth, indent=1) + "\n")
    subprocess.run([sys.executable, str(tool), str(out / "html"), str(out / "pasted")], check=True)
    return len(truth)


def cli(build_pages, prog: str, doc: str, argv=None) -> int:
    """``prog REPO OUT [--pasted-tool T]``: ``build_pages(REPO, OUT, T)`` and say how many."""
    ap = argparse.ArgumentParser(prog=prog, description=doc,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("repo", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pasted-tool", type=Path, default=PASTED_TOOL)
    args = ap.parse_args(argv)
    print(f"{build_pages(args.repo, args.out, args.pasted_tool)} pages -> {args.out}")
    return 0


def main(argv=None) -> int:
    """Command line entry."""
    return cli(build, "python -m eval.train.tiptopjaw", __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
