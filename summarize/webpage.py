"""A saved or fetched web page (HTML) -> the article's text, its title, and what was left out.

The article is found by trafilatura (the best open-source extractor on the ScrapingHub
benchmark); the title comes from the page's metadata (JSON-LD, og:title, <title>, <h1>)
with the site's name cut off, and the others of those are kept as ``Page.alternates`` (more
headlines for ``headlines`` to judge).  Everything else the page shows (menus, teasers, footers)
is listed as removed, with a reason from ``blocks.reason``.  When trafilatura finds no
article, the page's visible text goes the pasted-text way (``Page.fallback``).

It does not split sentences or score anything; ``document.parse`` takes it from here.
"""

from __future__ import annotations

import html as htmlmod  # (``html`` names the page's markup in this module)
import re
from dataclasses import dataclass, field

from . import blocks, boilerplate
from .errors import InputError
from .results import Removed
from .text import unmangle

MAX_HTML_CHARS = 10_000_000
_BLOCK_TAGS = ("p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section",
               "article", "header", "footer", "nav", "aside", "main", "h1", "h2", "h3", "h4",
               "h5", "h6", "blockquote", "figure", "figcaption", "dd", "dt", "pre", "hr",
               "form", "button", "option", "label", "time", "address", "caption")
_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.I)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head", "iframe", "select")
_TITLE_SEP = re.compile(r"\s+(?:\||--?|\u2013|\u2014|\u00b7|\u2022|\u00bb|\u00ab|\u203a|::)\s+")  # (« and ›: "Post « Blog", "Blog › Post")
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
    # the page's other titles for the same story (og:title, <title>, <h1>), unlike ``title``:
    # headlines an editor wrote too ("The Disappearance of John M. Ford" beside "The
    # Resurrection of the Greatest Sci-Fi Writer You've Never Read")
    alternates: list[str] = field(default_factory=list)


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


# a site's name for every page, not an article's title: "News from The Associated Press"
_GENERIC_TITLE = re.compile(r"^(?:(?:the\s+)?(?:latest\s+|breaking\s+|top\s+)?(?:news|stories|headlines)\s+"
                            r"(?:from|at)\s+(?:the\s+)?[A-Z][\w.&' -]{1,40}|home\s*(?:page)?|welcome\s+to\s+.{1,40})$",
                            re.I)


_ARROWS = re.compile(r"^[=<>\u00ab\u00bb~*]{2,}\s+|\s+[=<>\u00ab\u00bb~*]{2,}$")  # arrows around a <title>


# a site's or a section's name in the <title>, not a headline: no verb and a word that names a
# medium, or a breadcrumb ("Morris Daily Herald", "Starpulse Entertainment News Blog", "A
# Netsports Site", "TV3 > News > National News > Story")
_MEDIUM = re.compile(r"\b(?:news|online|site|blog|daily|herald|times|journal|tribune|gazette|"
                     r"sports?|channel|network|station|magazine|weekly|radio|tv\d*|features?)\b", re.I)


def site_like(title: str | None) -> bool:
    """Whether ``title`` reads as a site's or a section's name (``_MEDIUM``) rather than a
    headline: it names a medium in a few words, those before a dash or a bar when it has one
    ("The Calgary Sun online - News, Sports and Entertainment"), and has no finite verb after
    its first word (read in lower case: "Harbor Weekly Online", not "Sky News Presenter Dies
    at 60"), or it is a breadcrumb."""
    from .tagger import finite_in

    if not title:
        return False
    head = _SITE_PARTS.split(title)[0]
    return bool(re.search(r"\s[>\u00bb]\s", title)) or bool(_MEDIUM.search(head)) \
        and len(head.split()) <= SITE_WORDS and len(title.split()) <= 2 * SITE_WORDS \
        and not finite_in(title[:1] + title[1:].lower(), 1)


def site_name(title: str | None) -> bool:
    """Whether ``title`` is a site's name and nothing more: ``site_like``, four words at most,
    the last naming its medium ("The Sports Network", "A Netsports Site", "Zee News"), not a
    headline that ends so ("Body set to protect children on TV")."""
    words = (title or "").split()
    return site_like(title) and 0 < len(words) <= NAME_WORDS and bool(_MEDIUM.fullmatch(words[-1])) \
        and not _TITLE_SEP.search(title)


NAME_WORDS = 4  # words at most of a site's name alone
SITE_WORDS = 8  # words at most of a site's or a section's name
_SITE_PARTS = re.compile(r"\s[-|/\u2013\u2014]\s")


# a link to the story's source and a comment count after an aggregator's headline: "... (latimes.com) 87"
SOURCE_TAIL_PATTERN = r"\s+\((?:[\w-]+\.)+[a-z]{2,}\)(?:\s+\d+)?"
SOURCE_TAIL = re.compile(SOURCE_TAIL_PATTERN + "$", re.I)


_NAME_PART = re.compile(r"^(?:(?:[A-Z][\w'\u2019.&-]*|of|and|for|the|&)(?:\s+|$)){1,4}$")  # "UC Davis Children's Hospital"
# a section's name before a title: "Blog: Best Social Media Advertising Agencies in ..."
SECTION_LABEL = re.compile(r"^(?:blog|(?:blog|news) post|article)\s*:\s*(?=\S)", re.I)


def clean_title(title: str | None, sitename: str | None = None, hostname: str | None = None,
                h1: str | None = None) -> str | None:
    """The page title without the site's name ("Big news | Site" -> "Big news") or the name of
    its section before it ("Blog: ...")."""
    got = _without_site(title, sitename, hostname, h1)
    return SECTION_LABEL.sub("", got) if got else got


def _without_site(title: str | None, sitename: str | None, hostname: str | None,
                  h1: str | None) -> str | None:
    """``clean_title`` before the section's label goes: the headline part of ``title`` (or
    the <h1> where that is the headline)."""
    if not title or not title.strip() or _GENERIC_TITLE.match(title.strip()) \
            or _CODE.search(title) and len(title.split()) > ALTERNATE_WORDS:
        return h1 or None  # (or a script run into a <title> left open: "... Ente 'lfpress'; this.x = ...")
    title = " ".join(htmlmod.unescape(title).split())  # (a page's escaped twice: "&amp;#039;")
    title = _ARROWS.sub("", title) or title  # "=> The One to Watch: ... <="
    site_key = _key(sitename or "") or _key((hostname or "").split(".")[0] if hostname else "")
    def site_tail(tail: str) -> bool:  # (the site's name in it, or it in "scientificamerican.com")
        k = _key(tail)
        return bool(site_key) and len(tail.split()) <= 4 and (site_key in k or len(k) > 3 and k in site_key)
    site = {_key(s) for s in (sitename, hostname) if s}
    if hostname:
        site |= {_key(p) for p in hostname.split(".") if len(p) > 3}
    labels = {p.lower() for p in (hostname or "").split(".")}
    def is_site(p: str) -> bool:
        k = _key(p)
        # (or the name its domain abbreviates: "Farm Bureau Financial Services" of fbfs.com, WCXB 4186)
        words = p.split()
        initials = "".join(w[0] for w in words).lower()
        return bool(k) and any(k == s or (s and (k in s or s in k)) for s in site if s) \
            or len(words) >= 3 and all(w[:1].isupper() for w in words) and initials in labels
    # an <h1> that is the whole <title>, its section and site too ("... | Patient Education |
    # UC Davis Children's Hospital"; not "Digjitale Signal #18 \u2013 The World Without Work?")
    whole_h1 = bool(h1 and _key(h1) == _key(title) and len(_TITLE_SEP.findall(h1)) >= 2)
    while ": " in title and site_tail(title.rsplit(": ", 1)[1]):
        # "... Weekend Trip: The GQ Eye: GQ on Style: GQ", "... Semen Quality: Scientific American"
        title = title.rsplit(": ", 1)[0]
    if (h1 and len(h1.split()) >= 3 and _key(h1) and _key(h1) in _key(title) and _key(h1) != site_key
            or _h1_headline(h1, title, site_key)) and not whole_h1:
        # (not the site's name in an <h1>: "Budget Travel With Gabby"; without the site's
        # name at its end: "Critics' Choice: Best UK Art Exhibitions 2025 – Artlyst")
        cut = [m.start() for m in _TITLE_SEP.finditer(h1) if is_site(h1[m.end():])
               and len(h1[m.end():].split()) <= 3]
        return SOURCE_TAIL.sub("", h1[:cut[0]] if cut else h1)
    if h1 and _HOLE_IN_TITLE.search(title) and not _HOLE_IN_TITLE.search(h1) \
            and _in_order(re.findall(r"\w+", title), re.findall(r"\w+", h1)) \
            and len(h1.split()) - len(title.split()) <= 2:
        return h1  # a word the metadata lost: "... (Free & Paid Options )", the <h1> "... Compared)"
    parts = _TITLE_SEP.split(title)
    if len(parts) == 1:
        return title
    if h1 and not whole_h1 and any(_key(p) == _key(h1) and not is_site(p) for p in parts):
        return h1  # the part the page shows as its heading: "International Scholarships" of
        # "International Scholarships | Study in the USA" (a section's name, WCXB 5252)
    keep = [p for p in parts if not is_site(p)] or parts
    # (a part the <title> gives twice is the site's place or motto: "... TO BAARK | Nassau /
    # Paradise Island, Bahamas | Bahamas Local News - Nassau / Paradise Island, Bahamas")
    keep = [p for p in keep if sum(_key(q) == _key(p) for q in parts) == 1] or keep
    if len(keep) > 1:
        # (the site's sections and a name it was not given by: "How to help babies, toddlers
        # sleep through the night | Patient Education | UC Davis Children's Hospital")
        longest = max(keep, key=lambda p: len(p.split()))
        if all(len(p.split()) <= 3 or len(p.split()) <= 4 <= len(longest.split()) // 2 and _NAME_PART.match(p)
               for p in keep if p is not longest):
            keep = [longest]
    return h1 if whole_h1 and len(keep) == len(parts) else " - ".join(keep)


H1_WORDS = (4, 25)   # an <h1> of this many words may be the headline the reader sees
H1_SHARED = 0.5      # ... when this share of its content words are the metadata title's
# markup caught in the <h1> ('blog-title#highlight" class="...'), a date run on before it
# ("Dec 18 2025 Preparing a transition ...", "Wednesday, 09 January 2008 Jeremy Clarkson
# ripped off"), a heading cut at its colon ("... Unfolding:")
_NOT_AN_H1_HEADLINE = re.compile(r"[<>=\"]|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                                 r"\.?\s+\d|[:|]$", re.I)


def _h1_headline(h1: str | None, title: str, site_key: str) -> bool:
    """Whether the page's first <h1> is its headline rather than the metadata title: the
    headline the reader sees, of ``H1_WORDS`` words, not the site's name, with at least half
    of its content words in the metadata title (an SEO variant of the same headline:
    "Electrician in Ponchatoula, LA - Costs 12 / 2025 - homeyou" beside "How Much Does it Cost
    to Get Electrical Services in Ponchatoula?")."""
    if not h1 or not H1_WORDS[0] <= len(h1.split()) <= H1_WORDS[1] or _key(h1) == site_key \
            or _NOT_AN_H1_HEADLINE.search(h1):
        return False
    words = {w for w in re.findall(r"[a-z0-9]+", h1.lower()) if len(w) > 3}
    meta = set(re.findall(r"[a-z0-9]+", title.lower()))
    return len(words) >= 2 and len(words & meta) >= H1_SHARED * len(words)


_HOLE_IN_TITLE = re.compile(r"\(\s|\s\)|\s[,:]\s")  # "(Free & Paid Options )": a word left out


# a paragraph's drop cap in an element of its own, before the paragraph (and the link that opens it)
# (or in a <div> of its own before the paragraph's <div>: "<div class="post-first-letter">D</div>
# <div ...><p>uring the COVID pandemic")
_DROP_CAP = re.compile(r"<(?i:span|div)\b[^>]*>\s*([A-Z])\s*</(?i:span|div)>((?:\s*<(?i:div)\b[^>]*>)*)"
                       r"\s*<(?i:p)\b([^>]*)>((?:\s*<(?!/)[^>]+>)*)(?=\s?[a-z])")


# the fields of an "add to calendar" button (addtocalendar.com), hidden on the page but text to
# an extractor: "2023-01-10 10:30:002023-01-10 11:00:00America/ChicagoBuild A Reader Storytime"
_CALENDAR_FIELD = re.compile(r"<var\b[^>]*\bclass\s*=\s*[\"']atc_\w+[\"'][^>]*>[^<]*</var\s*>", re.I)


def extract(html: str, url: str | None = None) -> Page:
    """The article of an HTML page (raises InputError if the page is too large)."""
    if len(html) > MAX_HTML_CHARS:
        raise InputError(f"The page is {len(html):,} characters of HTML; the limit is "
                         f"{MAX_HTML_CHARS:,}.", kind="too_long")
    html = _CONTROL.sub("", unmangle(html))  # a NUL or control character in a saved page stops
    # lxml (first, the C1 characters of UTF-8 read as Latin-1 are decoded again: "Weâ\x80\x99re")
    # lxml stops at "</body></html>"; a browser reads on (escalon.services puts its article
    # after them)
    html = _END_TAGS.sub("", html)
    # "<span>T</span><p><a>urkey</a>, ..." -> "Turkey, ..."; no calendar button's fields
    html = _CALENDAR_FIELD.sub("", _DROP_CAP.sub(r"\2<p\3>\4\1", html))
    doc, plain = _bare(html, url, favor_precision=True), None
    if _word_count(doc) < SHORT_PRECISE:
        # precision mode sometimes keeps a scrap of a plain blog post (security.googleblog.com:
        # 3 words of 600): the default mode's text, when it finds twice as much and a paragraph
        # (a sentence of 12+ words, not a menu)
        plain = _bare(html, url)
        if _word_count(plain) >= max(2 * _word_count(doc), SHORT_PRECISE // 2) and any(
                len(p.split()) >= 12 and p.rstrip()[-1:] in ".!?\"\u201d"
                for p in plain.text.split("\n")):
            doc = plain
        if doc is plain and _one_blob(plain):
            # the default mode ran the whole page into one paragraph, header, byline and
            # captions with the article (People's pages): recall mode keeps its paragraphs
            recall = _bare(html, url, favor_recall=True)
            paragraphs = (recall.text or "").count("\n") + 1 if recall else 0
            if paragraphs >= 3 and _word_count(recall) >= _word_count(plain) // 2:
                doc = plain = recall
    if doc and doc is not plain and _HOLE.search(doc.text or ""):
        doc.text = _fill_holes(doc.text, plain or _bare(html, url))
    lines = visible_lines(html)
    h1, own = _first_h1(html), _own_titles(html)  # (once: each reads the whole page)
    meta = _with_title_tag(getattr(doc, "title", None), own, getattr(doc, "sitename", None),
                           getattr(doc, "hostname", None), doc.text or "") if doc else None
    title = clean_title(meta, getattr(doc, "sitename", None),
                        getattr(doc, "hostname", None), h1) if doc else h1
    home = _home_link(html) or _feed_named(html, h1)
    title = _past_blog_name(title, h1, own, home)
    blog_name = home or _labels_title(h1, own)  # (the <h1> is the blog's name: no title of the post)
    text = (doc.text or "").strip() if doc else ""
    title = shown_title(title, lines, text)
    others = other_titles(own + ([] if blog_name else [h1 or ""]), title,
                          getattr(doc, "sitename", None), getattr(doc, "hostname", None))
    if not text:
        return Page("\n".join(lines), title, lines, [], url, None, fallback=True, alternates=others)
    paras = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    paras = [q for p in paras for q in (_resplit(p, lines) if len(p.split()) >= RESPLIT_WORDS else [p])]
    if any(p.startswith("- ") for p in paras):  # (the page's lines as sets only for a list's items)
        shown, starts = set(lines), {" ".join(x.split()[:ITEM_START_WORDS]) for x in lines}
        paras = [q for p in paras for q in _item_heading_out(p, shown, starts)]
    paras = _join_broken([_GLUED_CREDIT.sub("", p) for p in paras])
    at = next((k for k, p in enumerate(paras[:4]) if title and _key(p) == _key(title)), None)
    above = paras[:at] if at is not None else []
    if at is not None and (all(len(p.split()) <= 8 and len(p) <= 60 for p in above) or any(
            boilerplate.classify(p, standalone=True) == "advertisement marker" for p in above)):
        # the <h1> repeated at the top of the article, and the labels above it ("Market
        # Insider", "Loading...") or a sponsored box (Reuters: "A San Francisco start-up has
        # developed an app ... Learn More" / "Sponsored Links"); not a lead the page puts first
        paras = paras[at + 1:]
    kept = {_key(p) for p in paras}
    kept_text = _key(" ".join(paras))
    removed = []
    for line in lines:
        k = _key(line)
        if not k or k in kept or k in kept_text or (title and k == _key(title)):
            continue
        b = blocks.Block(0, len(line), line)
        removed.append(Removed(line, blocks.reason(b), -1, -1))
    return Page("\n".join(paras), title, lines, removed, url, getattr(doc, "sitename", None),
                alternates=others)


SHOWN_SHARE = 0.4   # of the <title>'s letters, at least, that the line it shows holds
LONG_SHOWN_SHARE = 1 / 3  # ... a line of five words or more ("Kat to go to London... with Sallu")
LABEL_SHARED = 1 / 3  # of the label's words, at most, that the article's text uses
_LABEL_JOINT = "|_:-\u2013\u2014(\u00bb>/"
_ON_SITE = re.compile(r"^(?:on|at|from|via)\s+(?:[\w-]+\.)+[a-z]{2,}$", re.I)  # "on ChicagoSports.com"
_DATE_LABEL = re.compile(r"^\(?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}[/.-]\d{1,2}"
                         r"[/.-]\d{2,4}|\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})\)?$", re.I)


def shown_title(title: str | None, lines: list[str], text: str) -> str | None:
    """The part of ``title`` that the page shows as a line of its own (``lines``), when the rest
    is a label the site puts in its <title> and the article does not use: "Ministers Face
    Dilemma Over Sportscotland (from The Herald )" -> "Ministers face dilemma over
    sportscotland", "KalingaTimes.com: Move over Orkut, ...", "... Super Bowl Ad|ABC 7 News",
    "... Trojan (14/01/2008)".  Not a speaker the article names ("Gill: Glazers have been
    vindicated" stays whole when the page shows "Glazers have been vindicated")."""
    if not title:
        return title
    tk = _key(title)
    if not _TITLE_SEP.search(title) and any(_key(ln) == tk for ln in lines):
        return title  # the page shows it whole ("Dare to Play 3 / October pack", its menu "Dare to
        # Play 3"; not "News & Observer | newsobserver.com | ...", a print header)
    best = max((ln for ln in lines if len(ln.split()) >= 3 and len(ln.split()) <= ALTERNATE_WORDS
                and _key(ln) and _key(ln) != tk and _key(ln) in tk
                and len(_key(ln)) >= (SHOWN_SHARE if len(ln.split()) < 5 else LONG_SHOWN_SHARE) * len(tk)),
               key=lambda ln: len(_key(ln)), default=None)
    if best is None:
        return title
    at = [i for i, ch in enumerate(title) if len(_key(ch)) == 1]  # (the letters _key keeps)
    a = tk.index(_key(best))
    pre, post = title[:at[a]], title[at[a + len(_key(best)) - 1] + 1:]
    # (a slash before a line of three words or more: "... / Online News @ TheCheers"; not
    # a breadcrumb's last step, "The Hindu : Sport / Racing : Horse")
    slashed = len(re.findall(r"[^\W\d_]{2,}", best)) >= 3
    def label(side: str, joint: str) -> bool:
        side = side.strip()
        return not _key(side) or bool(_DATE_LABEL.match(side)) or bool(joint) and joint in _LABEL_JOINT \
            and (joint != "/" or slashed) or bool(_ON_SITE.match(side))
    ellipsis = pre.rstrip().endswith(("...", "\u2026"))  # "AdelaideNow... Heart surgeon to detail affair"
    if not ((ellipsis or label(pre, pre.rstrip()[-1:])) and label(post, post.lstrip()[:1])):
        return title
    # (a label after ":" or "-" may be the speaker or the source the article quotes: its words
    # are not the article's; one after "|", "_", "(" or a domain's name is the site's)
    # (nor a path of the site's sections, "...: Sport: Rugby: News24", "...-India
    # Buzz-Entertainment-The Times of India", nor a label after a spaced colon, "... : US Entertainment")
    def path(side: str) -> bool:
        return len(re.findall(r"[:\-]", side)) >= 3 or side.startswith(" : ")
    words = {w for side, joint in ((pre, pre.rstrip()[-1:]), (post, post.lstrip()[:1]))
             if joint in ":-" and not _DATE_LABEL.match(side.strip()) and not _DOMAIN.search(side)
             and not path(side)
             for part in re.split(r":\s|" + _TITLE_SEP.pattern, side)
             if not site_like(part.strip(" :-"))  # ("Daily Star: ... - Celeb News - ")
             for w in _words(part, set())}
    return best if len(words & _words(text, set())) <= LABEL_SHARED * len(words) else title


RESPLIT_WORDS = 300  # a paragraph this long may be a table's cell that holds the whole post
RESPLIT_SLACK = 40   # characters a shown line may start after the last one ends and still follow it


ITEM_HEADING_WORDS = 8  # words at most of a list item's heading run into its text
ITEM_START_WORDS = 6  # words that tell the text under it is a shown line of its own
_ITEM_TEXT_START = re.compile(r"[A-Z0-9\"\u201c\u2018']")  # what the text under it opens with (not "offer ...")


def _item_heading_out(paragraph: str, shown: set[str], starts: set[str]) -> list[str]:
    """A list item that trafilatura ran together from a heading and the text under it ("- Kia
    PV5 This is another immensely impressive entry ...", Top Gear's listicle, WCXB 4052: an
    <h2> and a <p> in one <li>) as the heading and its text, where the page shows both as lines
    of their own (``shown``, and ``starts``: their first ITEM_START_WORDS words) and the text opens
    as a sentence does; else whole (not a line a link broke: "In New York, 96.62% of movers" /
    "offer packing services ...")."""
    if not paragraph.startswith("- "):
        return [paragraph]
    ws = paragraph[2:].split()
    for n in range(1, min(ITEM_HEADING_WORDS, len(ws) - ITEM_START_WORDS) + 1):
        head = " ".join(ws[:n])
        if head in shown and head[-1] not in ".!?:,\u2014\u2013-" and re.search(r"[A-Za-z]", head) \
                and _ITEM_TEXT_START.match(ws[n]) \
                and " ".join(ws[n:n + ITEM_START_WORDS]) in starts:
            return [head, " ".join(ws[n:])]
    return [paragraph]


def _resplit(paragraph: str, lines: list[str]) -> list[str]:
    """A paragraph that trafilatura ran together from a table's cell (a blog laid out in a
    <td>: its <h4> and <p> in one line, "... improvements.... Two Kinds of Vibe Coding There
    are two categories ..."), split again where the page's shown lines break it; the text in
    between, if any, kept as it is.  Nothing is dropped but the table's " | " between cells;
    a paragraph no shown line breaks comes back whole."""
    text = paragraph.strip(" |")
    out, pos = [], 0
    for line in (" ".join(x.split()) for x in lines):
        at = text.find(line, pos) if len(line) > 1 else -1
        if at < 0 or at - pos > RESPLIT_SLACK and len(line.split()) < 8:
            continue
        end = at + len(line)
        if len(line.split()) < 3 and (at and text[at - 1].isalnum() or text[end:end + 1].isalnum()):
            continue  # a word's part: "in" of "findings"
        if text[pos:at].strip(" |"):
            out.append(text[pos:at].strip(" |"))
        out.append(line)
        pos = at + len(line)
    if text[pos:].strip(" |"):
        out.append(text[pos:].strip(" |"))
    for k in range(len(out) - 1, 0, -1):  # a line that goes on from the one before: "Allianz" / "is a good choice"
        if re.match(r"[a-z,;:)'\u2019]", out[k]):
            out[k - 1:k + 1] = [out[k - 1] + ("" if _GOES_ON.match(out[k]) or out[k][0] in ",;:)" else " ") + out[k]]
    return out if len(out) > 1 else [paragraph]


# a line that goes on from the one before: a possessive or a punctuation mark first (Times of
# India's paragraphs come broken at their links: "NEW DELHI:" / "Pakistan" / "'s \"whole-of-system
# approach\" ...")
_GOES_ON = re.compile(r"^(?:['\u2019]s\b|[,.;:!?](?:\s|$))")


# a photo's credit run on into the first words of a paragraph: "Shamil Zhumatov/REUTERSThe UK may
# be forced ...", "Wikimedia CommonsFA Insights is ..."
# (a bare "AP" needs a word of three letters after it: "APIs allow" is no credit)
_CREDIT_NAME = r"(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*/\s*)"  # the photographer: "Shamil Zhumatov/"
_GLUED_CREDIT = re.compile(r"^(?:" + _CREDIT_NAME + r"(?:AP|AFP)"
                           r"|" + _CREDIT_NAME + r"?(?:REUTERS|Getty Images|"
                           r"Wikimedia Commons|Shutterstock|Flickr(?:/[\w ]{1,30})?)"
                           r"|(?:AP|AFP)(?=[A-Z][a-z]{2}))(?=[A-Z][a-z]|[A-Z]{2}\s)")


def _join_broken(paras: list[str]) -> list[str]:
    """``paras`` with each line that goes on from the one before joined to it."""
    out: list[str] = []
    for p in paras:
        if out and _GOES_ON.match(p):
            out[-1] += p
        else:
            out.append(p)
    return out


SHORT_PRECISE = 60  # words: below this, trafilatura's precision mode may have missed the article
# a word gone before punctuation: precision mode drops some inline links ("especially high for
# <span class="link"><a>Joe Biden</a></span>." -> "especially high for .")
_HOLE = re.compile(r"\w\s+[.,;:!?](?=\s|$)", re.M)


def _fill_holes(text: str, plain) -> str:
    """``text`` (precision mode) with each paragraph that has a hole replaced by the paragraph
    of ``plain`` (default mode) that holds all its words in order and starts the same way."""
    fuller = [" ".join(p.split()) for p in (getattr(plain, "text", "") or "").split("\n") if p.strip()]
    out = []
    for para in text.split("\n"):
        if _HOLE.search(para):
            words = para.split()
            para = next((f for f in fuller if f.split()[:4] == words[:4] and len(f) > len(para)
                         and _in_order([w.strip(".,;:!?") for w in words], f.split())), para)
        out.append(para)
    return "\n".join(out)


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` (punctuation stripped, empty ones skipped) occur in ``longer`` in order."""
    it = iter(w.strip(".,;:!?") for w in longer)
    return all(any(w == x for x in it) for w in words if w)


def _bare(html: str, url: str | None, **mode):
    import trafilatura

    return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                       include_tables=True, output_format="python", **mode)


BLOB_WORDS = 150  # a paragraph this long with no other is a page run together


def _one_blob(doc) -> bool:
    """Whether trafilatura's text is one paragraph of ``BLOB_WORDS`` words or more."""
    text = (doc.text or "").strip() if doc else ""
    return "\n" not in text and len(text.split()) >= BLOB_WORDS


def _word_count(doc) -> int:
    return len((doc.text or "").split()) if doc else 0


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_H1_SUBTITLE = re.compile(r"<small\b|<\w+\b[^>]*\bclass=['\"][^'\"]*\bsub-?(?:title|head)", re.I)
_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_META_TITLE = re.compile(r"""(?:property|name)\s*=\s*["'](?:og|twitter):title["']""", re.I)
_META_VALUE = re.compile(r"""\b(?:content|value)\s*=\s*(["'])(.*?)\1""", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
# an inline element, which a browser runs into its neighbours: a drop cap's "<span>C</span>ycle"
_INLINE_TAG = re.compile(r"</?(?:span|a|b|i|em|strong|font|small|sup|sub|u|abbr|mark|s|q|cite)\b[^>]*>", re.I)
_WORD = re.compile(r"[a-z0-9]{3,}")
_LITTLE = frozenset("the and for with from that this you your our are was has have its not "
                    "more most new all get now how why what who into out".split())


def _words(text: str, site: set[str]) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _LITTLE and w not in site}


HEAD_CHARS = 400_000


def _own_titles(html: str) -> list[str]:
    """The titles a page gives itself in its <head>: og:title, twitter:title, <title>."""
    end = html.lower().find("</head")
    head = html[:end] if end > 0 else html[:200_000]
    if not _TITLE_TAG.search(head):
        head = html[:HEAD_CHARS]  # "</head" in a script's string before the <title> (LessWrong)
    out = []
    for tag in _META.findall(head):
        if _META_TITLE.search(tag):
            m = _META_VALUE.search(tag)
            if m:
                out.append(m.group(2))
    m = _TITLE_TAG.search(head)
    if m:
        out.append(m.group(1))
    return [t for t in map(_tag_text, out) if t]


ALTERNATE_WORDS = 20  # a longer "title" is a script's text or a teaser, not a headline
_CODE = re.compile(r"[{};<>]|\bfunction\s*\(")


def other_titles(titles: list[str], title: str | None, sitename: str | None = None,
                 hostname: str | None = None) -> list[str]:
    """Of the titles a page gives itself (``titles``: ``_own_titles`` and its first <h1>),
    those without the site's name, other than ``title`` and each other: two words to
    ALTERNATE_WORDS, no code, not naming the site, neither holding ``title`` nor held in it
    ("Learn More: Academic Tutoring - The Partnership for Student Success" beside "Learn
    More: Academic Tutoring").  Whether one is a headline is for ``headlines`` to judge."""
    own, site = _key(title or ""), _key(sitename or "")
    seen = {own}
    out = []
    for raw in titles:
        t = clean_title(raw, sitename, hostname) or ""
        k = _key(t)
        if k and k not in seen and 2 <= len(t.split()) <= ALTERNATE_WORDS and not _CODE.search(t) \
                and not (len(site) > 3 and site in k) \
                and not (own and (own in k or k in own or own in _key(raw))):  # (the title with a
            # site's name or cut; not the rest beside it: "Study in the USA" of "International
            # Scholarships | Study in the USA", WCXB 5252)
            seen.add(k)
            out.append(t)
    return out


def _with_title_tag(meta: str | None, own: list[str], sitename: str | None,
                    hostname: str | None, text: str = "") -> str | None:
    """trafilatura's title, unless it shares no word (beyond the site's name) with any title
    the page gives itself in its <head> (``own``, ``_own_titles``): then it was a box's heading ("Get Slate in your
    inbox.", "More From Thought Catalog", "POLITICO Politico Logo") and the first of those
    is the headline; or unless it is the name of the blog or section that the <title> gives
    beside the post's own title (then that title: "Post - The Huddle: Football News -
    USATODAY.com", "The Brain Dump: Post"), and no og:title agrees with it."""
    if not meta or not own:
        return meta
    post = _post_title(meta, own, text)
    if post:
        return post
    best = clean_title(own[0], sitename, hostname) or ""
    site = {_key(p) for p in (sitename or "").split() + (hostname or "").split(".")}
    tail = _TITLE_SEP.split(own[-1])  # "... | Thought Catalog": the <title>'s site name
    if len(tail) > 1 and len(tail[-1].split()) <= 3:
        site |= _words(tail[-1], site)
    if len(best.split()) < 3 or any(_words(meta, site) & _words(t, site) for t in own):
        return meta
    return best


_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.I)  # a site's name as its domain: "davidbau.com"


def _post_title(meta: str, own: list[str], text: str = "") -> str | None:
    """The post's own title when trafilatura's ``meta`` is the name of the blog or section
    beside it in a <title> of ``own``, and no og:title agrees with ``meta``; else None.  A
    title put last is the post's only when the article (``text``, where given) uses a word of
    it: not the site's motto ("Bomb blast kills 12 ... | Mercury - The Voice of Tasmania")."""
    if any(_key(t) == _key(meta) for t in own[:-1]):
        return None  # (an og:title that is trafilatura's)
    meta_words = _words(meta, set())
    for t in own:
        # "Brett Favre says ... - The Huddle: Football News from the NFL - USATODAY.com"
        parts = _TITLE_SEP.split(t)
        if len(parts) >= 3 and len(parts[0].split()) >= 4 and not meta_words & _words(parts[0], set()) \
                and any(_same_name(meta, p) for p in parts[1:]):
            return parts[0]  # trafilatura's title is the blog's or the section's name
        sep = _TITLE_SEP.search(t)  # (split at the blog's own separator: a dash inside the post's
        same = t.split(sep.group(0)) if sep else [t]  # title is none, "... › I am The Man \u2014 and you can, too!")
        if len(same) >= 3 and _key(same[0]) == _key(meta) and len(same[-1].split()) >= 4 \
                and not meta_words & _words(same[-1], set()) \
                and (not text or _words(same[-1], set()) & _words(text, set())):
            return same[-1]  # the blog's name first, the post's title last (WordPress's old
            # theme: "Four Years Remaining » Blog Archive » Interning of Small Integers in Python";
            # not a headline before its site's name: "... Bombings - The New York Times")
        if _DOMAIN.fullmatch(meta) and t.lower().startswith(meta.lower() + " ") \
                and len(t[len(meta):].split()) >= 2:
            return t[len(meta):].strip()  # "davidbau.com Vibe Coding": the site's domain, then the post's title
        label, _, rest = t.partition(": ")
        if rest and _key(label) == _key(meta) and len(label.split()) <= 4 and len(rest.split()) >= 4 \
                and not _TITLE_SEP.search(rest) and " : " not in rest:
            return rest  # Blogger's "The Brain Dump: Gavin King unveils ...", the blog's name first
    return None


def _same_name(a: str, b: str) -> bool:
    """Whether title ``a`` names what a part ``b`` of the <title> does: it holds all of it
    ("USA TODAY Drive On: A conversation about ..."), or their labels before a colon are one
    ("The Huddle: The latest word on NFL news", "The Huddle: Football News from the NFL")."""
    ka, kb = _key(a), _key(b)
    return len(kb) >= 12 and kb in ka or ":" in a and ":" in b \
        and len(_key(a.split(":")[0])) >= 6 and _key(a.split(":")[0]) == _key(b.split(":")[0])


def _first_h1(html: str) -> str | None:
    """The page's first <h1>, its entities decoded twice (a headline escaped twice shows
    "SQL &#x26; AI" on the page: the title tag says "SQL & AI")."""
    m = _H1.search(html)
    if not m:
        return None
    # (a subtitle inside it, in <small> or a subtitle's class, is no part of it: "Dezuka Suisan:
    # Deep-Fried Fish Cakes, Hot and Fresh" / <small class='article-subtitle'>"Welcome to the
    # Flavor Capital of Northern Japan", tofugu.com in trafilatura's test pages)
    head = _H1_SUBTITLE.split(m.group(1), 1)[0]
    markup = head if len(_tag_text(head).split()) >= 3 else m.group(1)
    return htmlmod.unescape(_tag_text(markup)) or None


def _tag_text(markup: str) -> str:
    """The text of an element's inner HTML: tags out, entities decoded, spaces collapsed."""
    return " ".join(htmlmod.unescape(_TAG.sub(" ", _INLINE_TAG.sub("", markup))).split())


# an <h1> that is one link to the site's home page: "<h1 id="banner-header"><a
# href="http://virtualgeek.typepad.com/virtual_geek/">Virtual Geek</a></h1>" (the blog's name);
# not a post's own link ("/recipe-archive/noodlecakes/", "/2012/11/post-title.html", "/my-post/")
_HOME_LINK_H1 = re.compile(r"^\s*<a\b[^>]*\bhref\s*=\s*[\"'](?:https?://[^/\"']+)?/?(?:[a-z0-9_.~]+/?)?[\"'][^>]*>"
                           r"(?:(?!</?a\b).)*</a\s*>\s*$", re.I | re.S)
# the blog's name and the separator beside it, at the start of a <title> or at its end
_NAME_SEP = r"\s*(?:[:|\u00bb\u203a\u00ab\u2013\u2014]|::|--?)\s*"
POST_WORDS = 3  # the post's part of a blog's <title>, at least


def _home_link(html: str) -> bool:
    """Whether the page's first <h1> is nothing but a link to the site's home page."""
    m = _H1.search(html)
    return bool(m and _HOME_LINK_H1.match(m.group(1)) and not re.search(r"\.html?[\"']", m.group(1)[:300]))


# a blog's feed, named after the blog: <link rel="alternate" type="application/rss+xml"
# title="Ask The Post &raquo; Feed" href=".../feed/" /> (WordPress)
_FEED_LINK = re.compile(r"<link\b[^>]*\btype\s*=\s*[\"']application/(?:rss|atom)\+xml[\"'][^>]*>", re.I)
_FEED_TITLE = re.compile(r"\btitle\s*=\s*[\"']([^\"']*?)\s*(?:&raquo;|\u00bb|&#187;|[-|:\u2013\u2014])\s*"
                         r"(?:RSS\s+|Atom\s+)?Feed\s*[\"']", re.I)


def _feed_named(html: str, h1: str | None) -> bool:
    """Whether the page's first <h1> is the name its feed gives the blog ("Ask The Post" of
    "Ask The Post \u00bb Feed"): the blog's name, over every post."""
    if not h1:
        return False
    for link in _FEED_LINK.findall(html[:200_000]):
        m = _FEED_TITLE.search(link)
        if m and _key(htmlmod.unescape(m.group(1))) == _key(h1):
            return True
    return False


def _past_blog_name(title: str | None, h1: str | None, own: list[str], home: bool) -> str | None:
    """The post's title where the title found is the blog's name in the <h1>: an <h1> that
    links home or that names the blog's feed (``home``), or one that the <title> puts as a
    label before a colon ("Inside Google Desktop: The Reader gadget").  The post's title is the rest of that <title>, of
    ``POST_WORDS`` words or more ("Free Range Librarian \u203a I am The Man \u2014 and you can,
    too!", "Transparency ... - Virtual Geek"); else ``title`` stands."""
    if not title or not h1 or _key(title) != _key(h1):
        return title
    for t, rest in _beside_name(h1, own):
        if home or _labels_title(h1, [t]):
            return rest
    return title


def _beside_name(h1: str, own: list[str]):
    """Each of ``own`` that holds ``h1`` at its start or end beside a separator, with the
    rest of it, where that rest is ``POST_WORDS`` words or more."""
    name = re.escape(" ".join(h1.split()))
    for t in own:
        t = " ".join(t.split())
        start = re.match(name + _NAME_SEP, t, re.I)
        end = re.search(_NAME_SEP + name + "$", t, re.I)
        rest = t[start.end():] if start else t[:end.start()] if end else ""
        if len(rest.split()) >= POST_WORDS:
            yield t, rest.strip()


def _labels_title(h1: str | None, own: list[str]) -> bool:
    """Whether a <title> of the page puts ``h1`` as a label before a colon and a post's
    title ("Inside Google Desktop: The Reader gadget")."""
    return bool(h1) and any(re.match(re.escape(" ".join(h1.split())) + r"\s*:", t, re.I)
                            for t, _ in _beside_name(h1, own))
