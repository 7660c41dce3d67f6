"""Real web pages: how much of what we keep is the article, and where briefs come from.

    python -m eval web [--pages DIR] [--mode html|pasted|both] [--cv]

The pages folder (default ``dev/web_pages`` of the shared data) holds saved pages
(``html/ID.html.gz``), the text a select-all + copy gives (``pasted/ID.txt``) and
``ground_truth.json`` (``url``, ``articleBody``).  For each input way it reports:

- body F1/P/R: the ScrapingHub benchmark's 4-gram shingle matching (tokens ``\\w+``,
  counts normalised per page, P and R averaged over pages, F1 of the averages) of what the
  document model keeps as article (body sentences and headings, in order);
- the share of brief sentences that come from the article (most of their shingles in the
  true body), briefs with no furniture at all, and top headlines drawn from the article
  or its title (80% of their words in order in one paragraph of the body, or the title);
- refusals by kind, and pages per second.

Only English pages are scored (the others must be refused with ``language``: counted).
``--cv`` scores the pasted way with block classifiers trained without the page's site
(folds by site, ``eval.train.blocks``; with the extra pages of ``$BLOCKS_EXTRA_PAGES`` in the
folds, as the shipped classifier was trained): the dev pages were tuned on, so only the
cross-validated figures of the pasted way are results.  trafilatura's own text and all
visible text are printed as anchors.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from ..config import RESULTS, data_dir

TOKEN = re.compile(r"\w+")


@dataclass
class WebPage:
    """One page of the benchmark: its id, address, site, saved HTML, pasted text, true body."""

    id: str
    url: str
    site: str
    html: str
    pasted: str
    body: str

    @property
    def english(self) -> bool:
        """Whether the true body is English (the library's own test, on the true body)."""
        from summarize.language import is_english

        return is_english(self.body.split())


def pages_dir(override: str | None = None, data: str | None = None) -> Path:
    """The pages folder: ``override``, else ``dev/web_pages`` of the shared data."""
    return Path(override) if override else data_dir(data) / "dev" / "web_pages"


def site_of(url: str) -> str:
    """The site of an address (``www.`` and ``hosted.`` dropped): the CV group."""
    host = urlparse(url).netloc.lower()
    return re.sub(r"^(?:www\d?|hosted|m)\.", "", host)


def load_pages(folder: str | Path | None = None) -> list[WebPage]:
    """All pages of the folder, sorted by id."""
    folder = pages_dir(folder) if not isinstance(folder, Path) else folder
    truth = json.loads((folder / "ground_truth.json").read_text())
    out = []
    for pid in sorted(truth):
        html = gzip.decompress((folder / "html" / f"{pid}.html.gz").read_bytes())
        pasted = (folder / "pasted" / f"{pid}.txt").read_text(encoding="utf-8")
        out.append(WebPage(pid, truth[pid]["url"], site_of(truth[pid]["url"]),
                           html.decode("utf-8", "replace"), pasted,
                           truth[pid].get("articleBody", "")))
    return out


def shingles(text: str, n: int = 4) -> Counter:
    """Counts of the ``n``-token shingles of ``text`` (one shingle for shorter texts)."""
    toks = TOKEN.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)))


def match(true: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of the shingles of ``pred`` against ``true``, normalised to sum to 1."""
    a, b = shingles(true), shingles(pred)
    tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prf(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    """Benchmark P, R (means over pages) and F1 (of the two means)."""
    def p(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def r(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    P = statistics.mean(p(*x) for x in rows if x[0] + x[1] > 0) if rows else 0.0
    R = statistics.mean(r(*x) for x in rows if x[0] + x[2] > 0) if rows else 0.0
    return {"f1": round(2 * P * R / (P + R), 4) if P + R else 0.0,
            "precision": round(P, 4), "recall": round(R, 4)}


def from_article(text: str, body: str, title: str | None = None) -> bool:
    """True when most of the 4-gram shingles (or, if shorter, the words) of ``text`` are
    in the true body or the page's title."""
    toks = TOKEN.findall(text)
    ref = (body or "") + "\n" + (title or "")
    if len(toks) < 4:
        ref_toks = set(TOKEN.findall(ref))
        return bool(toks) and all(t in ref_toks for t in toks)
    sh, ref_sh = shingles(text), shingles(ref)
    return sum((sh & ref_sh).values()) >= 0.5 * sum(sh.values())


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def headline_from_article(headline: str, body: str, title: str | None = None) -> bool:
    """True when at least 80% of the headline's words appear, in order, in one paragraph of
    the true body or in the title (a compression of an article sentence, or the title)."""
    toks = [t.lower() for t in TOKEN.findall(headline)]
    if not toks:
        return False
    for para in [title or ""] + (body or "").split("\n"):
        ptoks = [t.lower() for t in TOKEN.findall(para)]
        if len(ptoks) >= 0.8 * len(toks) and _lcs(toks, ptoks) >= 0.8 * len(toks):
            return True
    return False


def kept_text(doc) -> str:
    """What the document model keeps as article: headings and body sentences, in order."""
    parts = [(h.start, h.text) for h in doc.headings] + [(s.start, s.text) for s in doc.sentences]
    return "\n".join(t for _, t in sorted(parts, key=lambda x: x[0]))


def _input(page: WebPage, mode: str) -> str:
    return page.html if mode == "html" else page.pasted


def evaluate(pages: list[WebPage], mode: str, summarizer=None, models: dict | None = None,
             show: int = 0) -> dict:
    """Run one input way over the pages; ``models`` maps a site to its CV block model."""
    from summarize import InputError, Summarizer
    from summarize.document import parse

    s = summarizer or Summarizer()
    rows, refused, brief_from, brief_total, clean_briefs, head_ok = [], Counter(), 0, 0, 0, 0
    non_english, non_english_refused, examples = 0, 0, []
    t0 = time.perf_counter()
    for page in pages:
        model = (models or {}).get(page.site)
        try:
            doc = parse(_input(page, mode), max_chars=s.options.max_chars, block_model=model)
        except InputError as e:
            if page.english:
                refused[e.kind] += 1
                rows.append(match(page.body, ""))
            else:
                non_english += 1
                non_english_refused += e.kind == "language"
            continue
        if not page.english:
            non_english += 1
            continue
        rows.append(match(page.body, kept_text(doc)))
        brief = s.engine.summarize([doc], s.options)[0]
        ok = [from_article(x.text, page.body) for x in brief.sentences]
        brief_from += sum(ok)
        brief_total += len(ok)
        clean_briefs += all(ok)
        top = brief.headline
        head_ok += bool(top) and headline_from_article(top, page.body, doc.title)
        if len(examples) < show:
            examples.append({"id": page.id[:8], "title": doc.title, "headline": top,
                             "brief": brief.summary, "furniture": [x.text for x, g in
                                                                   zip(brief.sentences, ok)
                                                                   if not g]})
    seconds = time.perf_counter() - t0
    english = sum(p.english for p in pages)
    scored = english - sum(refused.values())
    out = {"mode": mode, "pages": len(pages), "english": english, **prf(rows),
           "refused": dict(refused), "non_english": non_english,
           "non_english_refused_language": non_english_refused,
           "brief_sentences_from_article": round(brief_from / max(1, brief_total), 4),
           "briefs_without_furniture": f"{clean_briefs} of {scored}",
           "top_headline_from_article_or_title": round(head_ok / max(1, scored), 4),
           "pages_per_second": round(len(pages) / seconds, 2)}
    if examples:
        out["examples"] = examples
    return out


def anchors(pages: list[WebPage]) -> dict:
    """Body F1 of trafilatura's own text and of all visible text, on the English pages."""
    import trafilatura

    from summarize.webpage import visible_lines

    eng = [p for p in pages if p.english]
    traf = [match(p.body, trafilatura.extract(p.html, favor_precision=True) or "") for p in eng]
    naive = [match(p.body, "\n".join(visible_lines(p.html))) for p in eng]
    pasted = [match(p.body, p.pasted) for p in eng]
    return {"trafilatura (HTML, favor_precision)": prf(traf),
            "all visible text (HTML, no cleaning)": prf(naive),
            "pasted text as is (no cleaning)": prf(pasted)}


def measure(pages: list[WebPage], modes=("html", "pasted"), cv: bool = True, show: int = 0,
            with_anchors: bool = True, progress=None) -> dict:
    """The figures of every input way (the pasted way cross-validated by site when ``cv``)."""
    from summarize import Summarizer

    s = Summarizer()
    out: dict = {}
    for mode in modes:
        models, extra = None, []
        if cv and mode == "pasted":
            from ..train.blocks import cv_models, extra_pages

            extra = extra_pages()  # the shipped model's extra training pages ($BLOCKS_EXTRA_PAGES)
            models = cv_models(pages, extra=extra)
        key = mode + (f" (cross-validated by site{f', with {len(extra)} extra training pages' if extra else ''})"
                      if models else "")
        out[key] = evaluate(pages, mode, s, models, show=show)
        if progress:
            progress({key: out[key]})
    if with_anchors:
        out["anchors"] = anchors(pages)
        if progress:
            progress({"anchors": out["anchors"]})
    return out


def save(out: dict) -> Path:
    """Write ``eval/results/web.json`` (figures only, no page text)."""
    path = RESULTS / "web.json"
    clean = {k: ({a: b for a, b in v.items() if a != "examples"} if isinstance(v, dict) else v)
             for k, v in out.items()}
    path.write_text(json.dumps(clean, indent=2) + "\n")
    return path


def report_lines(data: str | None = None) -> list[str]:
    """The REPORT.md section: both input ways on the dev pages, with the anchors."""
    folder = pages_dir(None, data)
    if not (folder / "ground_truth.json").exists():
        return ["## Real web pages", "", f"Skipped: no pages at {folder}.", ""]
    out = measure(load_pages(folder))
    save(out)
    rows = ["| input | body F1 | P | R | refused (English) | non-English refused as `language` "
            "| brief sentences from the article | briefs with no furniture | top headline from "
            "the article or its title | pages/s |", "|---|---|---|---|---|---|---|---|---|---|"]
    for key, v in out.items():
        if key == "anchors":
            continue
        rows.append(f"| {key} | {v['f1']:.3f} | {v['precision']:.3f} | {v['recall']:.3f} | "
                    f"{sum(v['refused'].values())} | {v['non_english_refused_language']} of "
                    f"{v['non_english']} | {v['brief_sentences_from_article']:.1%} | "
                    f"{v['briefs_without_furniture']} | "
                    f"{v['top_headline_from_article_or_title']:.1%} | {v['pages_per_second']} |")
    for name, v in out["anchors"].items():
        rows.append(f"| anchor: {name} | {v['f1']:.3f} | {v['precision']:.3f} | "
                    f"{v['recall']:.3f} | | | | | | |")
    return ["## Real web pages (dev pages: tuned on; the pasted way cross-validated by site)", "",
            f"`python -m eval web --cv` on {folder} (ScrapingHub benchmark pages, {out['html']['english']} "
            "English). Body F1: the benchmark's 4-gram shingle F1 of what the document model keeps "
            "(body sentences and headings). The HTML way uses trafilatura with the product's "
            "settings, chosen on these pages; the pasted way uses block classifiers trained without "
            "the page's site (`python -m eval.train blocks`), with the benchmark pages the shipped "
            "classifier learned from when `BLOCKS_EXTRA_PAGES` names them (see eval/TRAINING.md).",
            "", *rows, ""]


def main(args) -> int:
    """``python -m eval web``: print (and with ``--save``, write) the figures."""
    pages = load_pages(pages_dir(args.pages, args.data_dir))
    modes = ("html", "pasted") if args.mode == "both" else (args.mode,)
    out = measure(pages, modes, cv=args.cv, show=args.show, with_anchors=not args.no_anchors,
                  progress=lambda d: print(json.dumps(d, indent=2, ensure_ascii=False),
                                           flush=True))
    if args.save:
        print(f"wrote {save(out)}")
    return 0
