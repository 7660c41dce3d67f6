"""The document model: raw text -> clean text -> blocks -> sentences, with junk recorded.

``parse(text)`` returns a ``Document``: the title (if the text starts with one), headings,
body sentences with spans into the *raw* text, and everything it left out with a reason.
Duplicates are marked later by ``duplicates.mark`` because that needs the encoder.

It raises ``InputError`` for text it cannot work with (empty, too long, binary, not
English, nothing but page furniture).  It does not score or select anything.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from . import accounts, blocks, boilerplate, sentences, title_lines, webpage
from . import text as textmod
from .errors import InputError
from .language import is_english, narration
from .page_title import _page_title, dropped_opening, shared_title, tagline_title
from .results import Removed
from .title_clean import (
    _known_words,
    clean_page_title,
    unglued,
    without_site_name,
    without_tag_line,
)
from .title_refusals import _byline_below
from .webpage import site_like

DEFAULT_MAX_CHARS = 200_000
# A text of fewer blocks is an article or a snippet, not a page: the rules alone judge it.
MIN_BLOCKS_TO_CLASSIFY = 6
MANY_REMOVED, FEW_WORDS = 20, 12  # a page with this much furniture and fewer words is no article
MIN_WORDS = 3  # fewer words than a headline ("Fire kills two.") are nothing to summarise

_DATELINE = re.compile(
    r"^(?:[|\u2022]\s*)?(?:(?:By\s*\.\s*)?[A-Z][A-Za-z0-9.,'/ -]{0,60}?\s*)?"  # ("Honolulu, Dec. 23
    # (UPI) --", "Beirut/THE HAGUE, March 7 (Reuters) -", "| KABUL, Afghanistan (AP) --")
    r"\((?:CNN(?: ?[A-Z][a-z]+)?|Reuters(?: Health)?|AP|AFP|UPI|EW\.com|Mashable|BBC(?: News)?"
    # the day in brackets: "Washington (Aug. 13) --"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?=\)\s*(?:--|\u2014|\u2013)\s)"
    r"|Bloomberg(?: News)?|PA|Xinhua|dpa|AAP|HealthDay|KHN|The Conversation|(?:CBS|NBC|ABC|Fox) News"
    r"|[KW][A-Z]{2,3}(?:-TV)?(?=\)\s*(?:--|\u2014|\u2013|-)\s))\)"  # a station: "HOUSTON, Texas (KTRK) --"
    r"\s*(?:--|\u2014|\u2013|-)?\s*"
    r"|^[A-Z][A-Z .,'-]{2,40}(?:\s*\([A-Za-z0-9 .]{2,20}\))?\s*(?:--|\u2014|\u2013|-(?=\s))\s*"
    # the place and the day: "PARIS, April 8 \u2014", "London, Jun 11 (efe-epa).-"
    r"|^[A-Z][A-Za-z .'-]{2,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:\s*\([\w ./-]{2,20}\))?\s*\.?(?:--|\u2014|\u2013|-)\s+(?=[A-Z0-9\u201c\"])"
    # "Cleveland, Ohio \u2013", "CLEVELAND, Ohio \u2013", "Dekalb, Ill. \u2014",
    # "Washington, DC, United States:"
    r"|^[A-Z](?:[a-z]+|[A-Z]+)(?: [A-Z](?:[a-z]+|[A-Z]+))?,(?: [A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?,?){1,2}"
    r"\s+(?:--|\u2014|\u2013)\s+"
    r"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][A-Za-z.]*, [A-Z][a-z]+(?: [A-Z][a-z]+)?:\s+(?=[A-Z])"
    r"|^(?:By \. [^.]{1,80} \. )?(?:PUBLISHED: \. [^|]{5,60}\| \. UPDATED: \. [^.]{5,40}\d{4} \. )"
    # a date or a live update's time: "Feb. 23, 2015 -- Life-threatening ...", "12:00 PM PT -- Sheriff's ..."
    r"|^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}"
    r"|\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)(?:\s+[A-Z]{2,4})?)\s*(?:--|\u2014|\u2013)\s+(?=[A-Z0-9\u201c\"])"
)
# the place before the article's first sentence: "Kigali: Four outstanding young people ...",
# "NEW DELHI: Shares of PSU banks ..." (the lead paragraph only: in an interview "McKelvey: ..."
# is the speaker)
_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}):\s+(?=[A-Z0-9\u201c\"])")


def _place_dateline(block: str) -> re.Match | None:
    """The place before the lead's colon, when the words name one: in capitals ("NEW DELHI"),
    or with a word no dictionary knows ("Kigali", "New Delhi"), not a label ("Update")."""
    m = _PLACE_COLON.match(block)
    if not m:
        return None
    words = m.group("place")
    ws = words.split()
    return m if words.isupper() and len(words) > 2 or _known_words(ws) < len(ws) else None


def _no_match(block: str) -> None:
    return None  # (a later paragraph's "Name:" is a speaker, not a place)


_LEAD_LABEL = re.compile(r"^(?:Summary|SUMMARY|Update|UPDATE|Updated|UPDATED|Breaking|BREAKING"
                         r"(?: NEWS)?|Exclusive|EXCLUSIVE|Anchor|Reporter)\s*:\s+(?=[A-Z0-9\u201c\"])"
                         r"|^(?:Abstract|ABSTRACT)\s*:\s*(?=[A-Z0-9])"  # a paper's page: "Abstract:Merging ..."
                         # a section's label before a bar: "COMMENTARY | Agentic government is not ..."
                         r"|^(?:Commentary|COMMENTARY|Opinion|OPINION|Analysis|ANALYSIS)\s*\|\s+(?=[A-Z0-9\u201c\"])"
                         # a box's label: "Key Takeaway - The catering industry is very competitive ..."
                         r"|^(?:Key [Tt]akeaways?|KEY TAKEAWAYS?|TL;DR|TLDR|Bottom [Ll]ine)\s*(?::|\s[-\u2013\u2014])\s+(?=[A-Z0-9])"
                         # a broadcast transcript's speakers: "Anchor: After heavy downpours ..."
                         # a credit: "Kveller via JTA \u2014 The state ...", "Axios' Kaveh Waddell reports: ..."
                         r"|^[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+via\s+[A-Z][\w.]*"
                         r"(?:\s+[A-Z][\w.]*){0,2}\s*(?:--|\u2014|\u2013)\s+(?=[A-Z])"
                         r"|^[A-Z][\w.]*['\u2019]s?\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,2}\s+reports:\s+(?=[A-Z])")
# a byline run into the first sentence: "By Aaron Humes: The Americas cannot ignore ..."
_BYLINE_LEAD = re.compile(r"^By\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w.'-]+"
                          r"(?:\s+[A-Z][\w.'-]+){0,3}\s*(?::|\u2014|\u2013|--)\s+(?=[A-Z0-9\u201c\"])")
# a post's date run into its first word: "December 9, 2024If you are serving food ..."
_DATE_GLUED = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+"
                         r"\d{4}(?=[A-Z][a-z])")
# an image's credit run into the first sentence: "© Provided by Business Insider Inc
# Nintendo/Apple Nintendo and Apple shocked ..."
_CREDIT_LEAD = re.compile(r"^\u00a9\s*(?:Provided by\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}\s+"
                          r"(?:Inc|LLC|Ltd|Corp|Limited)\.?\s+(?:[A-Z][\w.-]*(?:/[A-Z][\w.-]*)+\s+)?(?=[A-Z])")
# the dashes of a dateline whose place the page fills in by script: "— -- Hillary Clinton has
# ..." (one dash before a name is an embedded post's signature: "— Governor Kristi Noem ...")
_EMPTY_DATELINE = re.compile(r"^(?:[—–]\s*(?:--|[—–])|--)\s+(?=\S)")
_WS_WORD = re.compile(r"\S+")
ENGLISH_COMMON = frozenset("""
the of and to a in is that for it was on with as he she they be by at this are from his her
have has had but not an or which were their said will would been its who after more also we
i you one about when there all than over new into up out first two year years people could
""".split())


@dataclass
class Sentence:
    """A body sentence: its text and spans (raw input and clean text) and where it sits."""

    index: int
    text: str
    start: int          # span in the raw input
    end: int
    paragraph: int
    section: int        # index into Document.headings (-1 before the first heading)
    position: int       # order among body sentences (== index)
    words: int
    article_prob: float = 1.0  # the block classifier's P(article) for its block (1: not asked)
    account: int = 0    # which account of the story it comes from (``accounts``)
    table_row: bool = False  # from a pasted table's row, its cells run together


@dataclass
class Heading:
    """A heading line of the article."""

    text: str
    start: int
    end: int


@dataclass
class Document:
    """A parsed article: title, headings, body sentences and what was removed."""

    raw: str
    title: str | None
    sentences: list[Sentence]
    headings: list[Heading] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    paragraphs: int = 0
    words_in: int = 0
    # Filled by duplicates.mark: for each sentence, the index of the sentence kept for its
    # content (None = it is the representative) and the similarity that linked them.
    duplicate_of: list[int | None] = field(default_factory=list)
    similarity: list[float] = field(default_factory=list)
    repeated_sections: list[str] = field(default_factory=list)
    source: str = "text"    # "html": spans point into ``raw``, the article extracted from a page
    furniture_blocks: int = 0  # blocks the page classifier removed (many: a whole pasted page)
    url: str | None = None
    titles: list[str] = field(default_factory=list)  # every account's title (``accounts``)
    other_titles: list[str] = field(default_factory=list)  # a page's other titles (``webpage``)

    @property
    def unique(self) -> list[Sentence]:
        """Sentences that do not repeat earlier content."""
        if not self.duplicate_of:
            return list(self.sentences)
        return [s for s in self.sentences if self.duplicate_of[s.index] is None]

    @property
    def redundancy(self) -> float:
        """Share of sentences that repeat content kept elsewhere."""
        if not self.duplicate_of or not self.sentences:
            return 0.0
        return sum(d is not None for d in self.duplicate_of) / len(self.sentences)


def check_size(text: str, max_chars: int) -> None:
    """Raise InputError if the text is empty or longer than ``max_chars``."""
    if len(text) > max_chars:
        raise InputError(
            f"The text is {len(text):,} characters long; the limit is {max_chars:,}. "
            f"Paste one article at a time (or raise max_chars).", kind="too_long")
    if not text.strip():
        raise InputError("The text is empty. Paste the article you want summarised.", kind="empty")


def _is_heading_like(line: str) -> bool:
    """A line that reads as a (sub)heading: short-ish, no sentence end, starts with a capital.

    SEO articles write long Title Case subheadings with colons ("What Happened: The Vote"),
    so a colon or up to 20 words still make a heading when most words are capitalised.
    """
    ws = line.split()
    if not ws or len(ws) > 20:
        return False
    if line[-1] in ".!,;\u2026" or line[-1].islower() and len(ws) > 10 and not textmod.title_case(ws):
        return False
    if len(ws) > 14 and not textmod.title_case(ws):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'\u201c"):
        return False
    return True


def _is_title_like(line: str, most: int = 20) -> bool:
    """A first line that reads as a title: short, no final period (may shout with ! or ?); it
    may open with a bracketed kicker ("[The Palace] More Reviews from Visitors"); not a
    breadcrumb's link ("Home /"); it may open with a name in small letters ("rustc_codegen_gcc:
    Progress Report #39", WCXB 0389)."""
    ws = line.split()
    start = line[1:2] if line[:1] in "[#" else line[:1]  # (or a hashtag: "#Click3: The greatest ...")
    return 0 < len(ws) <= most and line[-1] not in ".,;:/|>\u00bb\u203a" and (start.isupper() or start.isdigit()
                                                            or start in "\"'\u201c\u2018"
                                                            or textmod.CODE_NAME.match(line) is not None)


def parse(text: str | bytes, title: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
          url: str | None = None, block_model: blocks.BlockModel | None = None) -> Document:
    """Parse an article, a pasted page or an HTML page into a Document.

    HTML goes through ``webpage`` (trafilatura); the spans of the Document then point into
    the extracted article text (``Document.raw``, ``source="html"``).  Plain text keeps
    spans into the user's own text; its lines go through the block classifier
    (``blocks``; ``block_model`` overrides the shipped one).  Raises InputError for
    unusable input.
    """
    raw = textmod.decode(text)
    textmod.check_not_binary(raw)
    if not raw.strip():
        check_size(raw, max_chars)
    if not textmod.looks_like_html(raw):
        spans = accounts.split(raw)
        if len(spans) > 1:
            check_size(raw, max_chars)
            return _parse_accounts(raw, spans, title, max_chars, block_model)
    return _parse(raw, title, max_chars, url, block_model)


def _parse_accounts(raw: str, spans: list[tuple[int, int]], title: str | None, max_chars: int,
                    block_model: blocks.BlockModel | None) -> Document:
    """Several accounts of one story (``accounts``): each parsed alone, then merged; an
    account that cannot be read is recorded as removed, unless none can."""
    parts, failed, errors = [], [], []
    for k, (a, b) in enumerate(spans):
        try:
            parts.append((a, _parse(raw[a:b], title if k == 0 else None, max_chars, None,
                                    block_model)))
        except InputError as e:
            errors.append(e)
            failed.append(Removed(raw[a:b].strip(), f"account {k + 1}: {e}", a, b))
    if not parts:
        raise errors[0]
    return accounts.merge(raw, parts, failed)


def _parse(raw: str, title: str | None, max_chars: int, url: str | None,
           block_model: blocks.BlockModel | None) -> Document:
    """``parse`` of one article or page (``raw`` decoded and not binary).  When nothing of
    the article trafilatura found is left but furniture (pe.com: a comment form's rules), the
    page's visible text goes the pasted-text way."""
    if not textmod.looks_like_html(raw):
        return _parse_text(raw, title, max_chars, url, block_model)
    page = webpage.extract(raw, url=url)
    given, title = title, title or page.title
    if not page.text.strip():
        raise InputError("No text was found in this page.", kind="boilerplate",
                         removed=list(page.removed))
    try:
        doc = _parse_text(page.text, title, max_chars, url, block_model, list(page.removed),
                          classify=page.fallback)
    except InputError as e:
        if e.kind != "boilerplate" or page.fallback or not page.lines:
            raise
        doc = _parse_text("\n".join(page.lines), title, max_chars, url, block_model, [], classify=True)
    doc = _better_title(doc, page, title, max_chars, url, block_model)
    if not given and webpage.site_name(doc.title):
        doc.title, doc.titles = None, []  # the site's name and no headline found: "The Sports Network"
    # (not a title that shares no word with the article: the site's name in its <title>, nor
    # one word when it reads as a name, "The Hindu : International / India & World"; nor a
    # section's name of two words in its <h1>: "College Football", "Money Story")
    doc.other_titles = [t for t in dict.fromkeys([page.title or ""] + page.alternates)
                        if t and t != doc.title and not site_like(t) and not _keyword_list(t)
                        and _title_support(doc, t) > (1 if _name_like(t) else 0)
                        and len(t.split()) >= OTHER_TITLE_WORDS and not boilerplate.classify(t, standalone=True)]
    return doc


OTHER_TITLE_WORDS = 3  # words at least of a page's other title offered as a headline
SEEN_CLAUSE_WORDS = 14  # words at most of a shown headline that replaces a title of a name's
# form (not a standfirst of 22 words over "Battery power")


def _better_title(doc: Document, page: webpage.Page, title: str | None, max_chars: int,
                  url: str | None, block_model: blocks.BlockModel | None) -> Document:
    """``doc`` again, when its title is a site's name, a list of its sections, of a name's form
    or shares no word with its text: the page read the pasted way, when the headline it shows
    agrees with the text (``_seen_wins``); or the text under a headline the page's markup
    names (its <h1>) that agrees more."""
    support = _title_support(doc)
    sitelike = site_like(doc.title) or _keyword_list(doc.title)
    if page.fallback or not page.lines or not (
            support == 0 or sitelike or support == 1 and _name_like(doc.title) or _named(doc.title)):
        return doc
    # the page's title and the text trafilatura took share no word: one of them is the
    # site's ("Please support local business!", "A Netsports Site" above a story) or a
    # box's (a title over a "Site Requirements" notice); the page read the pasted way finds
    # the headline the page shows above its article, when that one agrees with its text
    try:
        seen = _parse_text("\n".join(page.lines), None, max_chars, url, block_model, [],
                           classify=True)
    except InputError:
        seen = None
    if seen is not None and _seen_wins(doc, seen, page.title, support, sitelike):
        named_after = next((t for t in page.alternates if (seen.title or "").startswith(t + " ")
                            and _NAME_AFTER.match(seen.title[len(t):])), None)
        if named_after:  # (its byline run on: "... see world through one eye Rob Thomas")
            seen.title, seen.titles = named_after, [named_after]
        return seen
    # ("The Calgary Sun online - News, Sports and Entertainment" over "Red-hot frontrunners")
    alt = next((t for t in page.alternates if t != doc.title and not site_like(t)
                and _title_support(doc, t) > support), None)
    if alt and title == page.title and site_like(doc.title):
        try:
            return _parse_text(page.text, alt, max_chars, url, block_model, list(page.removed))
        except InputError:
            pass
    return doc


def _seen_wins(doc: Document, seen: Document, page_title: str | None, support: int, sitelike: bool) -> bool:
    """Whether the page read the pasted way (``seen``) gives the article under a better title
    than ``doc`` (whose title shares ``support`` words with its text, and is a site's name or
    list of sections when ``sitelike``)."""
    # (its title agrees with the article trafilatura took too, or the page's title with
    # its text: not a promotion's heading over a story it left out, "FA Cup 3rd Round
    # Replay specials" over a tennis match)
    if not (_title_agrees(seen) and (_title_agrees(doc, seen.title)
                                     or bool(page_title) and _title_agrees(seen, page_title))):
        return False
    if support == 0:
        return True
    # not when the page shows the title with a stamp after it ('"American Idol" to dominate
    # strike-hit U.S. TV Mon Jan 14, 2008 9:42pm EST' over the title, which names a medium)
    if len(_TITLE_WORD.findall(doc.title or "")) >= OTHER_TITLE_WORDS \
            and webpage._key(seen.title or "").startswith(webpage._key(doc.title or "")):
        return False
    if sitelike:
        return True
    words = len(_TITLE_WORD.findall(seen.title or ""))
    # a title of a name's form gives way only to a headline that shares more words: "The
    # Hindu : Business" (one word of the text), or one in Title Case to a clause ("Seattle
    # Post-Intelligencer: Hockey"); not "Jewell close to striker move" to a line of its
    # story, "remoteStorage" to a running header that holds it, nor "Battery power" to a
    # standfirst of 22 words
    return _title_support(doc, seen.title) > support and OTHER_TITLE_WORDS <= words <= SEEN_CLAUSE_WORDS \
        and "|" not in seen.title and not site_like(seen.title) \
        and webpage._key(doc.title or "") not in webpage._key(seen.title or "") \
        and (support == 1 and _name_like(doc.title) or _clause(seen.title))


_NAME_AFTER = re.compile(r"^\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\u2019-]+){1,2}$")  # " Rob Thomas"


def _keyword_list(title: str | None) -> bool:
    """Whether a title is a site's list of its sections or keywords, not a headline: three
    commas or more, or three sentences, and no finite verb ("Breaking News, Pakistan, World,
    Cricket, Entertainment and South Asia News, Sports, Fashion"; "World Cup Soccer. All the top
    world soccer news daily. News from international soccer. ...")."""
    from .tagger import finite_in

    title = title or ""
    return (title.count(",") >= 3 or len(re.findall(r"\w\.\s+[A-Z]", title)) >= 2) \
        and not finite_in(title.lower(), 1)


def _named(title: str | None) -> bool:
    """Whether a title of five words or fewer is a site's name and its section's, in Title
    Case: "Seattle Post-Intelligencer: Hockey" (not a headline in sentence case, "Phishers on
    the hunt for 'mules'", "Patriots: Coach never better", nor one without a joint, "The Future
    of Artificial Intelligence in Healthcare")."""
    return _name_like(title, NAME_WORDS + 1) and textmod.title_case((title or "").split()) \
        and bool(_SECTION_JOINT.search(title or ""))


_SECTION_JOINT = re.compile(r"\S:\s|\s[:|/\-\u2013\u2014]\s")  # "Seattle Post-Intelligencer: Hockey"


def _clause(title: str | None) -> bool:
    """Whether a title of four words or more has a finite verb: a headline ("Portsmouth's
    Redknapp favorite for Toon job" has none; "Young stars highlight West All-Star reserves" has)."""
    from .tagger import finite_in

    return len(_TITLE_WORD.findall(title or "")) >= 4 and finite_in((title or "").lower(), 1)


def _name_like(title: str | None, most: int | None = None) -> bool:
    """Whether a title is short enough to be a name, or has a name's joint, and no finite verb
    ("The Hindu : Business"), not "Deaths at 22 in bald eagle mishap"."""
    from .tagger import finite_in

    words = _TITLE_WORD.findall(title or "")
    return (len(words) <= (most or NAME_WORDS) or bool(_NAME_JOINT.search(title or ""))) \
        and not finite_in((title or "").lower(), 1)


_NAME_JOINT = re.compile(r"\s[:|/]\s")  # between a site's name and its section's: "The Hindu : Business"
NAME_WORDS = webpage.NAME_WORDS  # words at most of a site's or a section's name that shares a word with the text


def _title_agrees(doc: Document, title: str | None = None) -> bool:
    """Whether ``title`` (``doc``'s own when None) shares a word of three letters or more,
    not a function word, with ``doc``'s text ("A new car, a new way" with "... people's car")."""
    return _title_support(doc, title) > 0


def _title_support(doc: Document, title: str | None = None) -> int:
    """How many words of three letters or more, not function words, ``title`` (``doc``'s own
    when None) shares with ``doc``'s text (first six letters of each)."""
    title = _SITE_ADDRESS.sub("", (doc.title if title is None else title) or "")  # ("bbc.co.uk Navigation")
    def words(text: str) -> set[str]:
        return {w.lower()[:6] for w in _TITLE_WORD.findall(text)} - _STOP
    # (not in a table's row that trafilatura kept: "| Forums NETSPORTS \u00bb NBA - Golf |")
    return len(words(title) & set().union(
        *(words(s.text) for s in doc.sentences if not s.text.startswith("|")))) if title else 0


_TITLE_WORD = re.compile(r"[^\W_]{3,}")
_SITE_ADDRESS = re.compile(r"\S+\.(?:com|net|org|co\.uk|co\.za|com\.au|co\.nz|ca|in)\b\S*", re.I)


def judge_blocks(bl: list[blocks.Block], block_model: blocks.BlockModel | None = None
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which blocks of a pasted page are the article (``keep``), the block model's P of each,
    after the rules that know better (inner headings, teaser lists, captions, video blurbs,
    writer bios, sponsored blocks, a dateline's lead), and ``blocks.features`` of the page."""
    model = block_model or blocks.shipped_model()
    X = blocks.features(bl)
    # a consent plugin's table of cookies, a hundred rows of sentences, would pass for the
    # article: the model judges the page without it
    rows = _cookie_rows(bl)
    judged = [i for i in range(len(bl)) if i not in rows]
    probs = np.zeros(len(bl))
    probs[judged] = model.predict_proba(X if not rows else blocks.features([bl[i] for i in judged]))
    keep = probs >= model.threshold
    _keep_inner_headings(bl, keep)
    _drop_teaser_lists(bl, keep)
    _drop_captions(bl, keep)
    _drop_video_blurbs(bl, keep)
    _drop_writer_bios(bl, keep)
    _drop_sponsored(bl, keep)
    lead = _keep_dateline_lead(bl, keep)
    if lead is not None:
        probs[lead] = 1.0  # kept by a rule that is sure: the brief may open with it
    return keep, probs, X


# A text of one sentence that reads as a title or asks the reader a question ("Why did the
# Fed raise rates again?") is still what the user asked about: the article, not furniture.
_LONE_REASONS = frozenset({"question to the reader"})
LONE_WORDS = (4, 60)


def _lone_sentence(t: str, ct, removed: list[Removed]) -> Sentence | None:
    """The whole text as the one body sentence, when it is one sentence of ``LONE_WORDS``
    words that was taken for the title or removed only as a question to the reader."""
    spans = sentences.split_spans(t)
    if len(spans) != 1 or "\n" in t.strip() or any(r.reason not in _LONE_REASONS for r in removed):
        return None
    a, b = spans[0]
    text = " ".join(t[a:b].split())
    n = len(text.split())
    if not LONE_WORDS[0] <= n <= LONE_WORDS[1] or text[-1] not in ".?!\"'\u201d\u2019":
        return None
    rs, re_ = ct.raw_span(a, b)
    removed.clear()
    return Sentence(0, text, rs, re_, 0, -1, 0, n)


def _parse_text(raw: str, title: str | None, max_chars: int, url: str | None,
                block_model: blocks.BlockModel | None, removed: list[Removed] | None = None,
                classify: bool = True) -> Document:
    """``_parse`` of text: pasted text (``removed`` None), or a page's article text with what
    ``webpage`` left out (``classify``: whether the block model judges its lines)."""
    source, removed = ("text", []) if removed is None else ("html", removed)
    check_size(raw, max_chars)
    ct = textmod.clean(raw)
    removed += ct.removed
    t = ct.text
    bl = blocks.split(t)
    _check_english(bl)
    probs = None
    if classify and len(bl) >= MIN_BLOCKS_TO_CLASSIFY:
        keep, probs, feats = judge_blocks(bl, block_model)
    else:
        keep = np.ones(len(bl), bool)
    doc_title = title.strip() if title and title.strip() else None
    above: set[int] = set()
    if doc_title is None and probs is not None:
        # (a share button or a wiki's tagline that names it: that line, that title)
        shared = shared_title(bl) or tagline_title(bl)
        ti = shared[0] if shared else title_lines.pick(bl, keep, probs, _page_title(bl, keep), feats)
        if ti is not None:
            ts, te = ct.raw_span(bl[ti].start, bl[ti].end)
            doc_title = shared[1] if shared else without_site_name(bl, ti, unglued(bl, ti, clean_page_title(
                without_tag_line(t[bl[ti].start:bl[ti].end], textmod.mended(raw[ts:te], bl[ti].text)))))
            keep[ti] = False
            _keep_the_lead(bl, keep, ti)  # (its P stays: a caption may pass for a lead there)
            keep[dropped_opening(bl, keep, ti)] = True
            bl[ti] = blocks.Block(bl[ti].start, bl[ti].end, "")  # used as the title
            above = _above_title(keep, ti)
            keep[list(above)] = False
    headings: list[Heading] = []
    body: list[Sentence] = []
    paragraph = 0
    standalone: list[tuple[int, int, str]] = []  # short standalone lines kept as body
    numbered = textmod.numbered_marks(t)  # "(1)." marks references on this page

    for bi, b in enumerate(bl):
        if not b.text:
            continue
        bs, be = b.start, b.end
        rs, re_ = ct.raw_span(bs, be)
        if not keep[bi]:
            removed.append(Removed(raw[rs:re_].strip(), ABOVE_TITLE if bi in above else blocks.reason(b), rs, re_))
            continue
        # a table's row, its cells run together ("Flea Beetles Tiny holes in the leaves ...",
        # WCXB 4659): the article's text, but no sentence a brief or a headline may use
        row = bool(_TABLE_ROW.search(raw[rs:re_]))
        block = t[bs:be]
        one_line = b.text
        single = "\n" not in block
        reason = boilerplate.classify(one_line, standalone=True) if len(one_line) < 400 else None
        if reason:
            removed.append(Removed(raw[rs:re_].strip(), reason, rs, re_))
            continue
        if single and doc_title is None and not body and not headings and bi <= 2 \
                and _is_title_like(one_line):
            doc_title = one_line
            continue
        if single and _is_heading_like(one_line):
            headings.append(Heading(one_line, rs, re_))
            continue
        # Drop a leading dateline such as "LONDON (Reuters) --" or "(CNN)", and a label
        # ("Summary: ...", "UPDATE: ...").
        for match, reason in ((_CREDIT_LEAD.match, "image credit or caption"), (_LEAD_LABEL.match, "label"),
                              (_BYLINE_LEAD.match, "byline or date stamp"),
                              (_DATE_GLUED.match, "byline or date stamp"),
                              (_DATELINE.match, "dateline"), (_EMPTY_DATELINE.match, "dateline"),
                              (_no_match if body else _place_dateline, "dateline")):
            m = match(block)
            if m and m.end() < len(block):
                ds, de = ct.raw_span(bs, bs + m.end())
                removed.append(Removed(raw[ds:de].strip(), reason, ds, de))
                bs += m.end()
                block = t[bs:be]
        kept = 0
        spans = sentences.split_spans(block)
        whole = _whole_block(block, spans) if len(spans) > 1 else None
        if whole:
            # a consent dialog is one paragraph ("We use cookies ... We may share your
            # information with third-party partners ..."), and so is an author's bio
            removed.append(Removed(raw[rs:re_].strip(), whole, rs, re_))
            continue
        for ss, se in spans:
            cut = boilerplate.junk_prefix(block[ss:se])
            if cut:
                ps, pe = ct.raw_span(bs + ss, bs + ss + cut)
                removed.append(Removed(raw[ps:pe].strip(), "call to action", ps, pe))
                ss += cut
            rs, re_ = ct.raw_span(bs + ss, bs + se)
            s_text = textmod.drop_reference_marks(
                textmod.mended(raw[rs:re_], " ".join(block[ss:se].split())), numbered)
            why = boilerplate.classify(s_text, standalone=False)
            if why:
                removed.append(Removed(raw[rs:re_].strip(), why, rs, re_))
                continue
            n = len(s_text.split())
            body.append(Sentence(len(body), s_text, rs, re_, paragraph, len(headings) - 1,
                                 len(body), n, float(probs[bi]) if probs is not None else 1.0,
                                 table_row=row))
            kept += 1
        if kept:
            if kept == 1 and body[-1].words <= 15:
                standalone.append((len(body) - 1, paragraph, body[-1].text))
            paragraph += 1

    body = _drop_unrelated(body, standalone, removed)
    removed.sort(key=lambda r: r.start)
    words_in = len(_WS_WORD.findall(t))
    if body and not _body_is_english(body):
        raise InputError(NOT_ENGLISH, kind="language")  # an English menu round a foreign article
    if len(removed) >= MANY_REMOVED and sum(s.words for s in body) < FEW_WORDS:
        body = []  # a page of furniture with a scrap left ("YouTube on your computer. New!")
    if doc_title and ERROR_TITLE.match(doc_title) and sum(s.words for s in body) < ERROR_PAGE_WORDS:
        raise InputError(f"This is an error page (\u201c{doc_title}\u201d), not an article: save or "
                         "copy the page again once the article shows.", kind="boilerplate", removed=removed)
    if not body and title is None and (lone := _lone_sentence(t, ct, removed)):
        body, doc_title = [lone], None
    if not body:
        if removed:
            raise InputError("No article text was found: everything looked like page furniture "
                             f"({_reasons(removed)}).", kind="boilerplate", removed=removed)
        raise InputError("No sentences were found in the text. Paste the article's body text.",
                         kind="too_short")
    n_words = sum(s.words for s in body)
    if n_words < MIN_WORDS:  # a page that is all script pastes as "x"
        raise InputError(f"The text is too short to summarise ({n_words} word(s)). "
                         "Paste the article's body text.", kind="too_short")
    return Document(raw=raw, title=doc_title, sentences=body, headings=headings,
                    removed=removed, paragraphs=paragraph, words_in=words_in, source=source,
                    url=url, furniture_blocks=int((~keep).sum()),
                    titles=[doc_title] if doc_title else [])


# a page's title that says the page failed to load ("Error | Credit Karma", "404 Not Found")
ERROR_TITLE = re.compile(r"^(?:error|\d{3}(?: error)?|(?:\d{3}\W+)?(?:page )?not found|oops!?|access denied|"
                         r"forbidden(?: url)?|something went wrong|page unavailable|service unavailable|"
                         r"we['\u2019]ll be right back!?|(?:temporarily )?down for maintenance)$", re.I)
ERROR_PAGE_WORDS = 120  # an error page's message is shorter than this


NOT_ENGLISH = ("This text does not look like English. The summariser works on English news "
               "articles only.")


def _check_english(bl: list[blocks.Block]) -> None:
    """Raise InputError(kind="language") when the running text is not English.

    Judged on the blocks that read as running text (10+ words), else on all words, so that
    an English menu around a foreign article does not pass it off as English.
    """
    bl = [b for b in bl if not boilerplate.PLACEHOLDER.match(b.text)]  # (a template's Latin)
    long_words = [w for b in bl if len(b.words) >= 10 for w in b.text.split()]
    words = long_words if len(long_words) >= 30 else [w for b in bl for w in b.text.split()]
    if not is_english(words):
        raise InputError(NOT_ENGLISH, kind="language")


NARRATION_MIN_WORDS = 30  # fewer words outside quotations: judge the quotations too


def _body_is_english(body: list[Sentence]) -> bool:
    """Whether the article's own words are English: the words outside its quotations when
    there are enough of them (pointofsail-kiel.de: two German sentences introduce a long
    English press text, and the brief was German), else all of them."""
    paragraphs: dict[int, list[str]] = {}
    for s in body:
        paragraphs.setdefault(s.paragraph, []).append(s.text)
    narrated = [w for p in paragraphs.values() for w in narration(" ".join(p)).split()]
    if len(narrated) < NARRATION_MIN_WORDS:
        narrated = [w for s in body for w in s.text.split()]
    return is_english(narrated)


def _drop_teaser_lists(bl: list[blocks.Block], keep: np.ndarray) -> None:
    """Drop runs of two or more short lines that each end with a comment count
    ("Week 12 power rankings (133)"): a list of other stories, whatever the model says."""
    counted = [len(b.words) <= 30 and bool(blocks.COUNT_END.search(b.text)) for b in bl]
    for i, c in enumerate(counted):
        if c and ((i > 0 and counted[i - 1]) or (i + 1 < len(bl) and counted[i + 1])):
            keep[i] = False


# a photo credit in the "Photo: Name, Agency" form, which news sites put under a caption
_AGENCY = (r"(?:Getty(?:\s+Images)?|Reuters|REUTERS|AFP|AP(?:\s+Photo)?|Bloomberg|EPA|Shutterstock|Alamy|PA|"
           r"(?:The\s+)?(?:Associated|Canadian)\s+Press)")
_CREDIT_BELOW = re.compile(r"^(?:(?:photo|photograph|picture|image)s?:\s*\S|photo\s+by\s"
                           r"|credit(?:\.\.\.|…)\s*$)"  # the New York Times: "Credit..." over the name
                           r"|^[^|/]{2,40}\s*[|/]\s*(?:[^|/]{2,30}\s*[|/]\s*)?" + _AGENCY + r"\)?\s*$", re.I)


# a caption that ends with its own credit after the last sentence: "... program. Credit: SpaceX",
# "... movement.' Photograph: AFP via Getty"
_CREDIT_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?:photo(?:graph)?s?|image|picture|credits?|"
                         r"illustration)(?:\s+(?:credit|by))?\s*:\s*\S[^.!?]{0,60}$", re.I)


# a row of a cookie consent plugin's table: "_ga 2 years This cookie is installed by Google
# Analytics.", "PHPSESSID session This cookie is native to PHP applications."
_COOKIE_ROW = re.compile(r"^[\w.$-]{1,40}\s+(?:(?:\d+\s+(?:minutes?|hours?|days?|weeks?|months?|"
                         r"years?)\s+){1,3}|session\s+|never\s+|persistent\s+|past\s+)[A-Z]")
COOKIE_TABLE = 3  # rows that say "cookie", at least


LEAD_WINDOW, LEAD_WORDS = 12, 25  # blocks after the title's byline; words of a paragraph
PAYWALL_LINES = 5  # dropped lines at least between the lead and the rest of the article
# a writer's bio under the byline: "Jacob Wade is a personal finance expert who has covered ..."
_WRITER_BIO = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s+is\s+an?\s+[^.]{0,80}?\b(?:expert|"
                         r"writer|journalist|editor|reporter|contributor|author|correspondent|"
                         r"columnist|freelancer)\b")


ABOVE_TITLE = "above the headline, apart from the article"
_TABLE_ROW = re.compile(r"\S[ ]*\t+[ \t]*\S")  # (a pasted table's cells: a browser copies them with tabs between)


def _above_title(keep: np.ndarray, ti: int) -> set[int]:
    """The blocks kept above the title (block ``ti``) that a dropped block parts from it: a
    promotion or a teaser over the headline ("Henriette and Jon Albon won last weekend's
    Transgrancanaria ..." over "Best GPS Running Watches of 2026"), not an opening that runs
    on, every block kept, into a line taken for the title below it (on the 968 pasted pages
    of the Web Content Extraction Benchmark: 114 blocks dropped, none of them the article's)."""
    last_dropped = max((j for j in range(ti) if not keep[j]), default=-1)
    return {i for i in range(last_dropped) if keep[i]}


def _keep_the_lead(bl: list[blocks.Block], keep: np.ndarray, ti: int) -> int | None:
    """Keep the article's first paragraph when a paywall's offers cut it off from the rest: the
    first long paragraph under the title's byline, before the first kept one (Postmedia's
    pasted pages: "India fired missiles into Pakistani-controlled territory ..." then 30 lines
    of subscription offers; the block model gave it P 0.01). Returns the block kept, if any."""
    from .headline_checks import has_verb

    found = _byline_below(bl, ti, len(bl))
    if found is None:
        return None
    start = found[1] + 1  # under the byline
    for i in range(start, min(len(bl), start + LEAD_WINDOW)):
        if keep[i]:
            return None
        t = bl[i].text
        if len(bl[i].words) >= LEAD_WORDS and bl[i].terminal and has_verb(t) \
                and not _whole_block(t) and not boilerplate.classify(t, standalone=True) \
                and not boilerplate.CREDIT_TAIL.search(t) and not blocks.CAPTION_VERB.search(t) \
                and not _WRITER_BIO.match(t) and not _FIRST_PERSON_BIO.match(t) and not _writer_bio(bl, i):
            # ... cut off: the next kept paragraph is a run of dropped lines away (a standfirst
            # right above the article is the block model's to judge)
            if not keep[i + 1:i + 1 + PAYWALL_LINES].any():
                keep[i] = True
                return i
            return None
    return None


def _cookie_rows(bl: list[blocks.Block]) -> set[int]:
    """The blocks of a cookie table: rows that open with a cookie's name and its lifetime, when
    ``COOKIE_TABLE`` of them or more mention cookies."""
    rows = {i for i, b in enumerate(bl) if _COOKIE_ROW.match(b.text)}
    said = sum("cookie" in bl[i].text.lower() for i in rows)
    return rows if said >= COOKIE_TABLE else set()


# a caption that says what the picture shows: "Pictured right, is reader Nicole Bresler, ..."
_PICTURED = re.compile(r"^(?:Pictured|Picture(?:d)? (?:above|below|left|right))\b")


DATELINE_LEAD_WORDS = 20  # a dateline's paragraph at least this long is the article's lead


def _keep_dateline_lead(bl: list[blocks.Block], keep: np.ndarray) -> int | None:
    """Keep the paragraph that opens with a dateline ("WASHINGTON (Aug. 13) -- Declaring ...")
    right above the article's first kept paragraph (at most two lines between): only a lead
    opens so, and the block model, which has seen few, may give it less than even odds.
    Returns the block kept, if any."""
    first = next((i for i, k in enumerate(keep) if k and bl[i].terminal and len(bl[i].words) >= 12), None)
    if first is None:
        return None
    for i in range(max(0, first - 3), first):
        if not keep[i] and len(bl[i].words) >= DATELINE_LEAD_WORDS and bl[i].terminal \
                and _DATELINE.match(bl[i].text):
            keep[i] = True
            return i
    return None


CAPTION_SENTENCES, CAPTION_WORDS = 2, 45  # a caption is no longer than either
# a caption that opens with its photographer's credit: "Cliff Welch/Icon SMI Maurkice Pouncey
# denies ...", "Jane Doe/Getty Images Prince Harry arrives ..."
_CREDIT_SLASH_LEAD = re.compile(r"^[A-Z][a-z]+\s+[A-Z][a-z]+/[A-Z][\w.]*(?:\s+(?:[A-Z]{2,5}|Images|Photos?|"
                                r"Pictures))?\s+[A-Z]")


def _drop_captions(bl: list[blocks.Block], keep: np.ndarray) -> None:
    """Drop a kept block with a "Photo: ..." credit right below it or at its own end: a
    photo's caption ("Duck fluff and feathers in the middle of a drying process ..." /
    "Photo: Getty Images", "Natalie Naccache | Bloomberg | Getty Images", "Photo by Jason
    Kempin/Getty Images"; "... under the CLPS program. Credit: SpaceX"; "... general
    election. (Thomas Coex/AFP/Getty Images)"), or one with the photographer's credit run on
    before it ("Cliff Welch/Icon SMI Maurkice Pouncey denies ..."). A credit before its
    picture ("Image copyright Getty Images") says nothing of the line above it."""
    for i, b in enumerate(bl):
        if not keep[i]:
            continue
        # (a paragraph of three sentences over a credit is the article's: the caption is the
        # credit's other neighbour, under it: "US Navy / Getty Images" / "U.S. Marines ...")
        below = i + 1 < len(bl) and _CREDIT_BELOW.match(bl[i + 1].text) and len(bl[i + 1].words) <= 8 \
            and (len(b.words) <= CAPTION_WORDS or len(sentences.split_spans(b.text)) <= CAPTION_SENTENCES)
        lead = _CREDIT_SLASH_LEAD.match(b.text) and len(b.words) <= CAPTION_WORDS \
            and len(sentences.split_spans(b.text)) <= CAPTION_SENTENCES
        if below or lead or (len(b.words) <= 80 and (_CREDIT_END.search(b.text.strip())
                                             or boilerplate.CREDIT_TAIL.search(b.text)
                                             or _PICTURED.match(b.text))):
            keep[i] = False


# the player's buttons, as a line of their own or run on with the line above ("By Jane Doe close video")
_PLAYER_END = re.compile(r"(?:^|\s)close\s+video\s*$", re.I)


def _drop_video_blurbs(bl: list[blocks.Block], keep: np.ndarray) -> None:
    """Drop the title and one-sentence description of a video player embedded in the
    article ("close" / "video" / "Ken Langone is 'proud' of ..." / "Home Depot co-founder Ken
    Langone discusses how ..."): they describe the clip, not the story."""
    for i in range(len(bl) - 3):
        if _PLAYER_END.search(bl[i].text):
            keep[i + 1] = False
            if len(bl[i + 2].words) <= 40:
                keep[i + 2] = False


# a paragraph about a person that opens with the name: "Elaine Chen covers biotech, ...",
# "Richard Garner has 40 years of experience in ...", with credentials or an alias: "Matt
# Frankel, CFP, is ...", "Kristy Baumann (aka Marathon Nutritionist) is ..."
_NAMED_OPENING = re.compile(r"^([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2})"
                            r"(?:,\s+(?:MD|PhD|RD|DO|RN|NP|MPH|DDS|CFP|CPA)\b,?)*(?:\s+\((?:aka|a\.k\.a\.)\s[^()]{1,40}\))?"
                            r"\s+(?:covers|writes|reports|has|is|"
                            r"was|joined|holds|serves|leads|specializes|specialises)\b")
BIO_REACH = 6  # blocks above a bio where its writer's name stands as a byline or a name line
_ABOUT_AUTHOR = re.compile(r"^(?:about|meet) (?:the|our|this) (?:author|writer|contributor|reviewer|expert)s?:?$", re.I)
# a bio by the writer's first name, in their own words or in the third person: "I'm
# Chukwuezugo, an SEO content editor at Embarque.io.", "Anurag is an experienced journalist
# and author who's been covering tech ..." (under "By Anurag Singh")
_FIRST_PERSON_BIO = re.compile(r"^I(?:'|\u2019)m\s+([A-Z][\w'\u2019-]+)(?:\s+[A-Z][\w'\u2019-]+)?,\s+(?:an?|the)\s"
                               r"|^([A-Z][\w'\u2019-]+)\s+(?:is|has been)\s+an?\s+(?:[\w-]+\s+){0,3}(?:journalist|"
                               r"writer|author|editor|reporter|columnist|contributor|freelancer)\b")
# ... and a writer's name run into a first-person bio: "Emmanuel John I'm a full-stack developer"
_GLUED_BIO = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}\s+I(?:'|\u2019)m\s+an?\s")


def _writer_bio(bl: list[blocks.Block], i: int) -> bool:
    """Whether block ``i`` is a writer's bio: a paragraph that opens with the name a short line
    just above it gives, the byline or the writer's name over the bio ("By Richard Garner
    Updated Sep 5, 2024" / "Full bio" / "Richard Garner has 40 years of experience ..."; STAT's
    "Elaine Chen" / "[email protected]" / "Elaine Chen covers biotech, ..."), or that opens
    with a name under an "About the Author" heading, or a name run into a first-person bio
    (``_GLUED_BIO``)."""
    text = bl[i].text
    if _GLUED_BIO.match(text):
        return True
    m = _NAMED_OPENING.match(text)
    own = None if m else _FIRST_PERSON_BIO.match(text)
    if not (m or own):
        return False
    if m and any(_ABOUT_AUTHOR.match(bl[j].text) for j in range(max(0, i - 2), i)):
        return True  # under its heading: "About the Author" / "Matt Frankel, CFP, is a ..."
    # the name alone, or as the byline (not in the title: "Alaska Airlines has a new date");
    # a bio by the first name gives the first name only ("I'm Chukwuezugo, ...")
    first = (own.group(1) or own.group(2)) if own else m.group(1)
    name = re.escape(first) + (r"(?:\s+[A-Z][\w'\u2019-]+){0,2}" if own else "")
    named = re.compile(r"(?:(?:[Ww]ritten\s+)?[Bb]y:?\s+|Author:?\s+)?" + name
                       + r"(?:$|,[^,]{0,30}$|\s+(?:Updated|Published|Posted|on|[|\u2022\u00b7,]))")
    return any(named.match(bl[j].text) for j in range(max(0, i - BIO_REACH), i))


def _drop_writer_bios(bl: list[blocks.Block], keep: np.ndarray) -> None:
    """Drop the writers' bios (``_writer_bio``) the block model kept."""
    for i in range(1, len(bl)):
        if keep[i] and _writer_bio(bl, i):
            keep[i] = False


# a sponsor's section under its heading: "GitHub Actions analytics - what's happening (Sponsored)"
_SPONSORED_HEADING = re.compile(r"[(\[](?:sponsored|sponsor|partner content|paid post)[)\]]\s*$"
                                r"|^(?:sponsored(?: content| post)?|partner content|paid post)\s*[:|\u2013\u2014-]", re.I)


def _drop_sponsored(bl: list[blocks.Block], keep: np.ndarray) -> None:
    """Drop a sponsor's section inside an article (a newsletter's ad): its heading and the
    paragraphs under it, up to the next heading-like line."""
    for i, b in enumerate(bl):
        if len(b.words) > 20 or not _SPONSORED_HEADING.search(b.text):
            continue
        keep[i] = False
        for j in range(i + 1, len(bl)):
            if _is_heading_like(bl[j].text):
                break
            keep[j] = False


def _keep_inner_headings(bl: list[blocks.Block], keep: np.ndarray) -> None:
    """Keep a heading-like line that stands between two kept paragraphs of running text:
    inside the article it is a section heading ("The Reaction"), not furniture."""
    def running(j: int) -> bool:
        return 0 <= j < len(bl) and bool(keep[j]) and bl[j].terminal and len(bl[j].words) >= 8

    for i, b in enumerate(bl):
        if keep[i] or not _is_heading_like(b.text) or boilerplate.classify(b.text, True):
            continue
        before = running(i - 1) or (running(i - 2) and boilerplate.classify(bl[i - 1].text, True))
        if before and (running(i + 1) or (i + 2 < len(bl) and running(i + 2)
                                                  and _is_heading_like(bl[i + 1].text))):
            keep[i] = True


def _whole_block(block: str, spans: list[tuple[int, int]] | None = None) -> str | None:
    """Why a paragraph is furniture as a whole: it opens with a legal or cookie notice, or with
    an author's byline and job ("By Alex Heath, a deputy editor and author of ... He's covered
    the tech industry ..."); ``spans``: its sentences, when the caller has split them."""
    spans = sentences.split_spans(block) if spans is None else spans
    first = " ".join(block[spans[0][0]:spans[0][1]].split()) if spans else ""
    if boilerplate.classify(first) == "legal or cookie notice":
        return "legal or cookie notice"
    return "author's bio" if boilerplate.BIO_BYLINE.match(first) else None


def _reasons(removed: list[Removed]) -> str:
    seen: dict[str, int] = {}
    for r in removed:
        seen[r.reason] = seen.get(r.reason, 0) + 1
    return ", ".join(f"{k} x{v}" if v > 1 else k for k, v in seen.items())


_CONTENT = re.compile(r"[A-Za-z][a-z]{3,}|[A-Z]{2,}|\d+")
_STOP = ENGLISH_COMMON | frozenset("""
this that what your you our these those them then than here there thanks thank please just
very really much many some such only even still like love hope enjoy enjoyed reading day
should always never before since while whose where might must every other another because
""".split())


def _content_words(text: str) -> set[str]:
    return {w.lower()[:6] for w in _CONTENT.findall(text)} - _STOP


def _drop_unrelated(body: list[Sentence], standalone: list[tuple[int, int, str]],
                    removed: list[Removed]) -> list[Sentence]:
    """Remove short standalone lines that address the reader and share no word with the story."""
    if len(body) < 4 or not standalone:
        return body
    drop = set()
    words = {s.index: _content_words(s.text) for s in body}
    uses = Counter(w for ws in words.values() for w in ws)  # (sentences using each word)
    for idx, _, s_text in standalone:
        if any(q in s_text for q in "\"\u201c\u201d\u2018\u2019'"):
            continue  # a quotation belongs to the story
        addresses_reader = bool(re.search(r"\b(you|your)\b|!", s_text, re.I))
        # (a word of another sentence: used by more sentences than the line itself)
        if addresses_reader and not any(uses[w] > (w in words.get(idx, ())) for w in _content_words(s_text)):
            drop.add(idx)
            s = body[idx]
            removed.append(Removed(s.text, "unrelated to the story", s.start, s.end))
    if not drop:
        return body
    kept = [s for s in body if s.index not in drop]
    for i, s in enumerate(kept):
        s.index = s.position = i
    return kept
