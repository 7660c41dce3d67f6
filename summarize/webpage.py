"""A saved or fetched web page (HTML) -> the article's text, its title, and what was left out.

The article is found by trafilatura (the best open-source extractor on the ScrapingHub
benchmark); the title comes from the page's metadata (JSON-LD, og:title, <title>, <h1>)
with the site's name cut off.  Everything else the page shows (menus, teasers, footers)
is listed as removed, with a reason from ``blocks.reason``.  When trafilatura finds no
article, the page's visible text goes the pasted-text way (``Page.fallback``).

It does not split sentences or score anything; ``document.parse`` takes it from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import blocks
from .errors import InputError
from .results import Removed

MAX_HTML_CHARS = 10_000_000
_BLOCK_TAGS = ("p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section",
               "article", "header", "footer", "nav", "aside", "main", "h1", "h2", "h3", "h4",
               "h5", "h6", "blockquote", "figure", "figcaption", "dd", "dt", "pre", "hr",
               "form", "button", "option", "label", "time", "address", "caption")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head", "iframe", "select")
_TITLE_SEP = re.compile(r"\s+(?:\||-|\u2013|\u2014|\u00b7|\u2022|\u00bb|::)\s+")
_KEY = re.compile(r"[^a-z0-9]+")


@dataclass
class Page:
    """What a web page holds: the article text (or all visible text), title, and the rest."""

    text: str                   # the article's paragraphs, one per line (headings too)
    title: str | None
    lines: list[str]            # every visible line of the page, in order
    removed: list[Removed] = field(default_factory=list)  # page lines not in the article
    url: str | None = None
    sitename: str | None = None
    fallback: bool = False      # trafilatura found nothing: ``text`` is all visible text


# characters XML may not hold (lxml refuses to set a text that has one)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _key(text: str) -> str:
    return _KEY.sub("", text.lower())


def visible_lines(html: str) -> list[str]:
    """The page's visible text, one line per block element (roughly a browser's innerText)."""
    import lxml.html
    from lxml import etree

    html = _CONTROL.sub("", html)
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for el in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        el.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    out = []
    for line in root.text_content().split("\n"):
        line = " ".join(line.split())
        if line:
            out.append(line)
    return out


def clean_title(title: str | None, sitename: str | None = None, hostname: str | None = None,
                h1: str | None = None) -> str | None:
    """The page title without the site's name ("Big news | Site" -> "Big news")."""
    if not title or not title.strip():
        return h1 or None
    title = " ".join(title.split())
    if h1 and len(h1.split()) >= 3 and _key(h1) and _key(h1) in _key(title):
        return h1
    parts = _TITLE_SEP.split(title)
    if len(parts) == 1:
        return title
    site = {_key(s) for s in (sitename, hostname) if s}
    if hostname:
        site |= {_key(p) for p in hostname.split(".") if len(p) > 3}
    def is_site(p: str) -> bool:
        k = _key(p)
        return bool(k) and any(k == s or (s and (k in s or s in k)) for s in site if s)
    keep = [p for p in parts if not is_site(p)] or parts
    if len(keep) > 1:
        longest = max(keep, key=lambda p: len(p.split()))
        if all(len(p.split()) <= 3 for p in keep if p is not longest):
            keep = [longest]
    return " - ".join(keep)


def extract(html: str, url: str | None = None) -> Page:
    """The article of an HTML page (raises InputError if the page is too large)."""
    if len(html) > MAX_HTML_CHARS:
        raise InputError(f"The page is {len(html):,} characters of HTML; the limit is "
                         f"{MAX_HTML_CHARS:,}.", kind="too_long")
    import trafilatura

    html = _CONTROL.sub("", html)  # a NUL or control character in a saved page stops lxml
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=True,
                                      output_format="python")
    lines = visible_lines(html)
    h1 = _first_h1(html)
    title = clean_title(getattr(doc, "title", None), getattr(doc, "sitename", None),
                        getattr(doc, "hostname", None), h1) if doc else h1
    text = (doc.text or "").strip() if doc else ""
    if not text:
        return Page("\n".join(lines), title, lines, [], url, None, fallback=True)
    paras = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    if paras and title and _key(paras[0]) == _key(title):
        paras = paras[1:]  # the <h1> repeated at the top of the article
    kept = {_key(p) for p in paras}
    kept_text = _key(" ".join(paras))
    removed = []
    for line in lines:
        k = _key(line)
        if not k or k in kept or k in kept_text or (title and k == _key(title)):
            continue
        b = blocks.Block(0, len(line), line)
        removed.append(Removed(line, blocks.reason(b), -1, -1))
    return Page("\n".join(paras), title, lines, removed, url, getattr(doc, "sitename", None))


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def _first_h1(html: str) -> str | None:
    import html as htmlmod

    m = _H1.search(html)
    if not m:
        return None
    text = " ".join(htmlmod.unescape(_TAG.sub(" ", m.group(1))).split())
    return text or None
