"""The headline of a pasted page: which line, above the article, is its title.

A select-all copy of a news page holds the headline among menus, bylines, captions, related
stories and buttons, with nothing to mark it.  ``_page_title`` scores the title-like lines
before the article's first paragraph by the words they share with the article and by how
close a byline or a time stamp sits below them, and searches again above later paragraphs
when a promotion or a dropped opening comes first; ``shared_title`` and ``tagline_title``
read a title that a share button or a wiki's tagline names.  The checks that refuse a line
whatever its words (a menu's item, a byline, a breadcrumb, a listed story) are in
``title_refusals``; what a chosen line is cleaned of, in ``title_clean``.

It does not classify blocks (``blocks``), clean sentences (``document``) or judge a title as a
headline candidate (``headlines``).
"""

from __future__ import annotations

import re

import numpy as np

from . import blocks, boilerplate
from . import text as textmod
from .title_clean import (
    _AUTHOR_LEAD,
    _BY_END,
    _DATE_LEAD,
    _GLUED_BY,
    _ROLE_LINE,
    _TEAM_LINE,
    _TIME_STAMP,
    clean_page_title,
)
from .title_refusals import (
    _ABBREVIATION_END,
    _ANAPHORIC_OPENING,
    _DAILY_COLUMN,
    _PROS_CONS,
    _SHARE_BUTTON,
    _TRAILING_OFF,
    CARD_WORDS,
    FAR_TITLE_WINDOW,
    PROMO_PARAGRAPHS,
    PROMO_WORDS,
    REPEATED_LINE,
    TITLE_WINDOW,
    _breadcrumb_of,
    _byline_after,
    _byline_below,
    _capitals,
    _contents,
    _crumbed,
    _furniture,
    _in_capitals_menu,
    _in_link_run,
    _in_story_list,
    _in_vertical_menu,
    _is_stamp,
    _listed,
    _menu_cards,
    _menu_or_byline_words,
    _name_line,
    _name_over_stamp,
    _no_title_words,
    _not_a_headline,
    _over_sign_in,
    _plus_label,
    _promo_card,
    _search_box,
    _searched_name,
    _signed_run,
    _three_word_title,
    _uncaptioned,
    _verbless_apposition,
    _vertical_crumb,
    button_tags,
    refused_in_place,
)


def _page_title(bl: list[blocks.Block], keep: np.ndarray) -> int | None:
    """The block of a pasted page that is its headline: a title-like line before the
    article's first paragraph that shares words with the article, best when a byline or a
    date follows it closely (related headlines and video titles have none); not a pull
    quote, a caption with its credit, a breadcrumb, a score line or a table of contents.
    Without a byline, the search is made again above the next kept paragraphs (the first ones
    may be a promotion above the title, ``PROMO_PARAGRAPHS``), then above the opening
    paragraphs the block model dropped (``_dropped_opening``)."""
    from .document import _content_words

    body_idx = _paragraphs(bl, keep)
    if not body_idx:
        return None
    first = body_idx[0]
    article = set().union(*(_content_words(bl[i].text) for i in body_idx[:6]))
    whole = set().union(*(_content_words(bl[i].text) for i in body_idx))
    button_tag = button_tags(bl)
    contents = _contents(bl, first, body_idx[-1])
    best, bylined = _title_above(bl, keep, first, article, whole, contents, button_tag)
    for n, later in enumerate(body_idx[1:] if not bylined else (), 1):
        # the first "paragraphs" may be a promotion above the title and its byline ("Read our
        # preview of this weekend's IAU 50k World Champs in India!" / "Best GPS Running
        # Watches of 2026" / ... / "By Craig Randall ... on March 12, 2026"), or a menu's cards
        cards = n > PROMO_PARAGRAPHS  # (the paragraphs before the last were cards: checked already)
        if cards and not _menu_cards(bl, body_idx[:n] if n == PROMO_PARAGRAPHS + 1 else body_idx[n - 1:n]):
            break
        below = set().union(*[_content_words(bl[j].text) for j in body_idx[n:n + 6]])
        found, found_bylined = _title_above(bl, keep, later, below, whole, contents, button_tag)
        # (under a menu's cards, a title right above the first long paragraph needs no byline
        # when another paragraph follows it: "Best Universities in USA for Engineering: 2026"
        # under sixty courses' cards, WCXB 5210; not a card with a long blurb, more menus under
        # it: "Future of professionals report 2025", WCXB 0237)
        if (found_bylined or cards and found is not None and later - found <= 2
                and len(bl[later].words) >= CARD_WORDS and n + 1 < len(body_idx)
                and body_idx[n + 1] - later <= 2) and found > first and found not in body_idx \
                and all(len(bl[j].words) < (CARD_WORDS if cards else PROMO_WORDS) for j in body_idx if j < found):
            best, bylined = found, found_bylined
            break
    # without a byline the line found may be a section's heading: the block model drops
    # the opening paragraphs of a guide or a listicle ("Gyms and fitness centers are
    # designed to promote health ..."), and the title is above them; with a byline run on
    # into it, when three or more of them are above it ("6 Fastest Electric Skateboards by
    # Ecomobl": a section)
    start = _dropped_opening(bl, first, whole, contents)
    if start < first and (best is None or best >= start) and (not bylined or _by_glued(bl[best].text) and sum(
            bl[j].terminal and _opening_paragraph(bl[j], whole) for j in range(start, best)) >= OPENING_OVER_BYLINE):
        opening = article | set().union(*(_content_words(bl[i].text) for i in range(start, first)))
        found, found_bylined = _title_above(bl, keep, start, opening, whole,
                                            _contents(bl, start, body_idx[-1]), button_tag)
        if found is not None and not _in_records(bl, found) and (  # (not a field: "Recognized: ...")
                found_bylined or len(bl[found].words) >= OPENING_TITLE_WORDS or textmod.title_case(bl[found].text.split())):
            best = found  # (a short line in sentence case there is more likely a list's
            # item: "Pricing not publicly available"; "Stop Nesting Database Systems" is not)
    if best is None:
        best = _title_over_far_opening(bl, keep, first, whole, contents, button_tag)
    if best is None:
        best = _two_word_title(bl, first, article, button_tag)
    return best


# a post's byline line: "by Meghann on November 13, 2012", "by Elena M Yatzeck, 19 October 2012 | ..."
_BY_LINE = re.compile(r"^by\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,|\s+on)\s+\S+", re.I)


# a writer's byline line, "By" and a name: over the title it names ("By Shannon Farrell"; not a
# "Published 11:11 PM EST" stamp over a picture's caption)
_BY_NAME_ABOVE = re.compile(r"^By:?\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}$")


LONG_TITLE_WORDS = 45  # words at most of a headline over its bullet points (``_over_bullets``)
BULLETS = (2, 4)  # lines of bullet points at least and at most between a headline and its byline


def _over_bullets(bl: list[blocks.Block], i: int, byline: int | None) -> bool:
    """Whether line ``i`` is a long headline over its bullet points, shorter lines that end no
    sentence, and their byline (the Daily Mail's: "Jamie's war on toxic US food: Chef and fitness
    guru Joe Wicks lead plea to Boris Johnson to block sub-standard products from flooding into
    the UK under post-Brexit trade deals" / three lines / "By Glen Owen And Brendan Carlin For The
    Mail On Sunday")."""
    n = len(bl[i].text.split())
    return byline is not None and BULLETS[0] < byline <= BULLETS[1] + 1 and n > 25 and all(
        not bl[j].terminal and 6 <= len(bl[j].text.split()) < n for j in range(i + 1, i + byline))


MENU_LINES = 3  # lines at least above a two-word title (``_two_word_title``): its page's menu


def _two_word_title(bl: list[blocks.Block], first: int, article: set[str], button_tag) -> int | None:
    """Where no line passed for the title, a two-word one right above the article's first
    paragraph, under a menu and no paragraph, in Title Case, both its words the article's (a blog's
    "Performant Python" under its menu's "Strangemachines" / "Challenges" / "Articles" /
    "Contact"; not a menu's last item in sentence case, "Riverside library", nor a section's
    "Shell jumpers" under a paragraph); None otherwise."""
    from .document import _content_words, _is_title_like

    i = first - 1
    if i < MENU_LINES or bl[i].terminal or any(b.terminal and len(b.words) >= 12 for b in bl[:i]):
        return None  # (under a menu at the page's top, no paragraph above it: not a webcam's
        # heading under a government site's banner, "Yosemite Falls", WCXB 0341, nor a
        # section's under a picture in a tutorial's part after a rule, "Local Assets", WCXB 5447)
    text = bl[i].text
    words = _content_words(text)
    if len(text.split()) != 2 or len(words) != 2 or not words <= article or not _is_title_like(text, 25) \
            or not textmod.title_case(text.split()) \
            or _no_title_words(text) or _menu_or_byline_words(text) or _not_a_headline(text, None) \
            or _furniture(text, None, bl[first].text) or refused_in_place(bl, i, first, button_tag):
        return None
    return i


# a share button that names the page's headline (Vox Media's sites: "Share All sharing options
# for: iOS 13 will fix the FaceTime eye contact problem", over which the tags "Tech" / "iOS" run
# on into the title's line and a "New, 74 comments" line parts it from its standfirst)
_SHARE_NAMES = re.compile(r"^Share All sharing options for:\s+(?P<title>\S.{9,})$")


def shared_title(bl: list[blocks.Block]) -> tuple[int, str] | None:
    """The block that ends with the title a share button names (``_SHARE_NAMES``), above that
    button and within ``TITLE_WINDOW`` blocks of it, and the title; None without one."""
    for k, b in enumerate(bl):
        m = _SHARE_NAMES.match(b.text.strip())
        if not m:
            continue
        title = m.group("title").strip()
        for j in range(k - 1, max(-1, k - TITLE_WINDOW), -1):
            text = bl[j].text.strip()
            if text.endswith(title) and (text == title or text[-len(title) - 1] == " "):
                return j, title
        return None
    return None


# Wikipedia's tagline under an article's title, and what its 2023 skin sets between them: the
# count of other languages and the article's tabs ("List of films featuring time loops" / "6
# languages" / "Article" / "Talk" / "Read" / "Edit" / "View history" / "Tools" / "From Wikipedia,
# the free encyclopedia")
_WIKI_TAGLINE = re.compile(r"^From Wikipedia, the free encyclopedia$")
_WIKI_TABS = re.compile(r"^(?:\d+ languages?|Add languages|Article|Talk|Read|Edit|Edit source|View source|"
                        r"View history|Tools|Actions|General|English)$")


def tagline_title(bl: list[blocks.Block]) -> tuple[int, str] | None:
    """The block that is a wiki article's title, the first line above its tagline
    (``_WIKI_TAGLINE``) that is not one of the tabs between them, and the title; None without
    that tagline or with no title-like line there (a table of contents, a menu, far above)."""
    from .document import _is_title_like

    for k, b in enumerate(bl):
        if not _WIKI_TAGLINE.match(b.text.strip()):
            continue
        for j in range(k - 1, max(-1, k - 1 - TITLE_WINDOW), -1):
            text = bl[j].text.strip()
            if not _WIKI_TABS.match(text):
                # (a title may begin in small letters: "t-distributed stochastic neighbor embedding")
                return (j, text) if _is_title_like(text[:1].upper() + text[1:], 25) else None
        return None
    return None


DATED_TITLE_WORDS = 16  # a title under its date, at most
SHARE_BAR_LINES = 12  # buttons of a share bar between a date and its title, at most
HEADER_CAPITALS = 0.75  # share of a menu's letters in capitals, at least (a few words in small ones)
DATED_TITLE_REACH = 16  # lines from that title to the article, at most (a list's item is further)


def _header_line(text: str) -> bool:
    """Whether a line between a blog's tagline and the post's date is the page's header, not a
    standfirst, a credit or a writer's name: a word or a menu's item of up to three, a search
    box's label, links between bars ("\u00ab Previous post | Main | Next post \u00bb"), a menu in
    capitals ("CALENDAR (Nov) FIND FRIENDS (in)RL CONFERENCE")."""
    letters = [c for c in text if c.isalpha()]
    return (len(text.split()) <= 3 and not _name_line(text) or text.startswith("Search ") or " | " in text
            or sum(c.isupper() for c in letters) >= HEADER_CAPITALS * len(letters))


def _date_over_title(bl: list[blocks.Block], j: int, first: int) -> bool:
    """Whether line ``j`` is a bare date (no writer's name) with a title-like line right
    under it, near the article's first paragraph ``first``: the post's date over its title
    (a share bar may come between: "5 April 2013 Last updated at 00:19 GMT" / "Share this
    page" / "Delicious" / "Digg" / ... / "Class calculator: A US view of the class system")."""
    from .document import _is_title_like

    text = bl[j].text.strip()
    if not _is_stamp(text) or text.lower().startswith("by") or j and _name_line(bl[j - 1].text):
        return False  # (a writer's name over it makes it a byline: "Jana Rivers" / "Nov 02, 2025")
    k = j + 1
    while k < min(first, j + 1 + SHARE_BAR_LINES) and (
            len(bl[k].words) <= 4 and _SHARE_BUTTON.search(bl[k].text) or len(bl[k].text.split()) == 1):
        k += 1
    below = bl[k].text.strip() if k < first and first - k <= DATED_TITLE_REACH else ""
    return 3 <= len(below.split()) <= DATED_TITLE_WORDS and below[-1:] not in ".,;:" \
        and not _is_stamp(below) and _is_title_like(below, DATED_TITLE_WORDS)


def _by_glued(text: str) -> bool:
    """Whether a line has its "by ..." run on into it ("6 Fastest Electric Skateboards by Ecomobl")."""
    return _GLUED_BY.match(text[len(clean_page_title(text)):]) is not None


FAR_OPENINGS = 3  # runs of dropped paragraphs tried, from the top, for a title with its byline


def _title_over_far_opening(bl: list[blocks.Block], keep: np.ndarray, first: int, whole: set[str],
                            contents: set[int], button_tag) -> int | None:
    """A title with its byline right over two paragraphs about the article's subject that the
    block model dropped, however far above the first one it kept (a review's opening, then its
    picks, tables of scores and pros and cons for hundreds of lines: "The Best Toothbrushes" /
    a standfirst / "By Genaveve Bradshaw ⋅ Senior Review Analyst ⋅ Updated March 5, 2025" /
    "A good toothbrush is essential for oral health. ..."); None when there is none."""
    from .document import _content_words

    tried = 0
    para = [_opening_paragraph(b, whole, about_itself=True) for b in bl[:first]]
    for i in range(first - 1):
        if not (bl[i].terminal and para[i] and para[i + 1]) or i and para[i - 1]:
            continue  # (the first of two paragraphs in a row)
        opening = set().union(*(_content_words(bl[j].text) for j in (i, i + 1)))
        found, bylined = _title_above(bl, keep, i, opening, whole, contents, button_tag)
        if bylined:
            return found
        tried += 1
        if tried >= FAR_OPENINGS:
            break
    return None


def _paragraphs(bl: list[blocks.Block], keep: np.ndarray) -> list[int]:
    """The kept blocks that are the article's paragraphs: twelve words or more that end a
    sentence, not a comment count, a bio or a notice."""
    from .document import _whole_block

    return [i for i, k in enumerate(keep) if k and len(bl[i].words) >= 12 and bl[i].terminal
            and not blocks.COUNT_END.search(bl[i].text) and not _whole_block(bl[i].text)
            and not (len(bl[i].text) < 400 and boilerplate.classify(bl[i].text, standalone=True))
            and not (" | " in bl[i].text and len(bl[i].words) < 25)  # a site's name | its motto
            and not (textmod.title_case(bl[i].text.split()) and not re.search(r"[.!?]", bl[i].text)
                     and _byline_after(bl, i, i + 3) is None)]
    # (nor a long title with a parenthesis at its end and no byline under it, which would make
    # it the headline: "How to Create Documentation in 15 Minutes with HelpNDoc (Beginner's
    # Quickstart Guide)")


def dropped_opening(bl: list[blocks.Block], keep: np.ndarray, title: int) -> list[int]:
    """The paragraphs of the article's opening that the block model dropped between the
    title (block ``title``) and the first paragraph it kept (see ``_dropped_opening``): those
    that end a sentence, below the byline and neither a caption nor a line of a table of
    contents, when there are two or more."""
    from .document import _CREDIT_BELOW, _content_words

    body_idx = _paragraphs(bl, keep)
    if not body_idx or body_idx[0] <= title:
        return []
    whole = set().union(*(_content_words(bl[i].text) for i in body_idx))
    contents = _contents(bl, body_idx[0], body_idx[-1])
    start = _dropped_opening(bl, body_idx[0], whole, contents)
    byline = _byline_below(bl, title, body_idx[0])  # (a standfirst above it is no paragraph,
    # nor a picture's caption over its credit: "... hours after the fire." / "Photo: Tom Ellery")
    found = [i for i in range(max(start, title + 1, byline[1] + 1 if byline else 0), body_idx[0])
             if i not in contents and _opening_paragraph(bl[i], whole) and bl[i].terminal
             and not blocks.CAPTION_VERB.search(bl[i].text) and not boilerplate.CREDIT_TAIL.search(bl[i].text)
             and not (i + 1 < len(bl) and _CREDIT_BELOW.match(bl[i + 1].text))]
    return found if len(found) >= 2 else []  # (one is a standfirst, the block model's to judge)


OPENING_GAP = 8  # blocks without running text between two paragraphs of one article
UNDER_PARAGRAPH_WORDS = 40  # a paragraph this long right above a line without a byline: no title
UNDER_PARAGRAPH_SHARE = 0.3  # ... with this share of its words in the article
OPENING_OVER_BYLINE = 3  # dropped opening paragraphs above a line with a byline that make it a section's
OPENING_TITLE_WORDS = 5  # a title found above them without a byline or Title Case: this many words
OPENING_STOPWORDS = 0.15  # the share of a paragraph's words that are stopwords, at least


def _dropped_opening(bl: list[blocks.Block], first: int, whole: set[str],
                     contents: set[int] | frozenset[int] = frozenset()) -> int:
    """Where the article begins when the block model dropped its opening paragraphs: the
    highest of the paragraphs about the article's subject (half their words in it; twelve
    words or more that end a sentence) that reach up from ``first`` with fewer than
    ``OPENING_GAP`` other blocks between any two (a list's items, eight words or more that do
    not end a sentence, link them; ``contents``, the blocks of a table of contents, do not
    count); ``first`` when there are fewer than two of either."""
    start, gap, found = first, 0, 0
    for i in range(first - 1, -1, -1):
        b = bl[i]
        if _opening_paragraph(b, whole, about_itself=True):
            gap, found = 0, found + 1
            if b.terminal:  # (a list's items link the paragraphs; a paragraph, twelve words or
                start = i  # more that end a sentence, opens the article)
        elif i not in contents and not _record_line(bl, i):  # (a table of contents between
            gap += 1  # them is no gap, nor a table's or a code block's lines)
            if gap >= OPENING_GAP:
                break
    return start if found >= 2 else first


# a field and its value ("Max speed: 55-65 km/h | 34-40 mph", "createdAt: DateTime!") or a
# line of code with a brace ("} input CreatePlanetInput { name: String!")
_FIELD_OR_CODE = re.compile(r"^[^:.!?]{1,30}:\s+\S|[{}]")
RECORD_WORDS = 12  # the longest field line or record name


def _record_line(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` belongs to a table of specifications or a code block: a field with
    its value or a line of code, or the name over a record's fields ("Ecomobl M24 2WD
    Electric Skateboard" / "Range: 40-45 km | 25-28 miles")."""
    def field(j: int) -> bool:
        return j < len(bl) and len(bl[j].words) <= RECORD_WORDS and _FIELD_OR_CODE.search(bl[j].text) is not None
    return field(i) or len(bl[i].words) <= RECORD_WORDS and field(i + 1) and field(i + 2)


def _in_records(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is a field in a table of them ("Duration: 6 to 12 months" /
    "Recognized: Primarily in the US"), not a title with a colon over its byline."""
    return _record_line(bl, i) and any(0 <= j < len(bl) and _record_line(bl, j) for j in (i - 1, i + 1))


def _long_paragraph(b: blocks.Block, whole: set[str]) -> bool:
    """Whether block ``b`` is a long paragraph (``UNDER_PARAGRAPH_WORDS``) of the article whose
    words are ``whole`` (a third of its words in it), not a notice."""
    from .document import _content_words

    if len(b.words) < UNDER_PARAGRAPH_WORDS or not b.terminal or len(b.text) < 600 and boilerplate.classify(
            b.text, standalone=True) not in (None, boilerplate.ABOUT_ITSELF):
        return False
    words = _content_words(b.text)
    return len(words & whole) >= UNDER_PARAGRAPH_SHARE * len(words)


def _opening_paragraph(b: blocks.Block, whole: set[str], about_itself: bool = False) -> bool:
    """Whether block ``b`` reads as a paragraph (or a list's item) of the article whose words
    are ``whole``: see ``_dropped_opening``; ``about_itself``: the article's words about itself
    count ("In this article we will go through ..."), which open it but say no fact."""
    from .document import _content_words

    if len(b.words) < (12 if b.terminal else 8) or blocks.COUNT_END.search(b.text) \
            or sum(w.lower() in blocks.STOP for w in b.words) < OPENING_STOPWORDS * len(b.words):
        return False
    reason = boilerplate.classify(b.text, standalone=True) if len(b.text) < 600 else None
    if reason and not (about_itself and reason == boilerplate.ABOUT_ITSELF):
        return False  # (a menu's row has few stopwords: "Ship Charter Customization Themed & ...")
    words = _content_words(b.text)
    return bool(words) and len(words & whole) >= 0.5 * len(words)


def _title_above(bl: list[blocks.Block], keep: np.ndarray, first: int, article: set[str],
                 whole: set[str], contents: set[int], button_tag) -> tuple[int | None, bool]:
    """The best title line above block ``first`` (where the article's running text begins;
    ``contents``: the blocks of a table of contents above it, ``_contents``), and whether a
    byline follows it: see ``_page_title``."""
    from .document import _CREDIT_BELOW, _content_words, _is_title_like
    from .headline_checks import LABEL

    listed = _listed(bl[:first]) | contents
    # (a line the page repeats under three or more other lines is a menu's blurb, not its
    # title; a table of contents repeats its headings in one order)
    above_line: dict[str, set[str]] = {}
    for a, b in zip(bl, bl[1:]):
        above_line.setdefault(b.text, set()).add(a.text)
    best, best_score, above, best_bylined = None, 0.0, None, False
    bullets = range(0)  # the lines between a long headline and its byline (``_over_bullets``)
    # the article's first "paragraph" may be its headline when its byline follows it
    # (or one line further, under a standfirst, when it does not end as a sentence does)
    below = _byline_after(bl, first, first + 3) if _is_title_like(bl[first].text, 25) else None
    last = first + 1 if below is not None and (below == 1 or below == 2 and bl[first].text[-1:] != ".") \
        and first + 1 < len(bl) else first
    for i in range(max(0, first - FAR_TITLE_WINDOW), last):
        # without a slide counter or a byline glued on, or a label ("BREAKING NEWS:")
        if _BY_END.search(bl[i].text) and not (i + 1 < len(bl) and (
                _name_line(bl[i + 1].text) or _TEAM_LINE.match(bl[i + 1].text))):
            continue  # a sentence cut before its agent ("... can be set by"), not a title over
            # its byline's name ("34 Top Photography Trends in 2025 by" / "Taya Iv")
        cleaned = clean_page_title(bl[i].text)
        text = LABEL.sub("", cleaned)
        # (nor a caption: with its credit at its end, or a name's apposition over "Image: SixThirty")
        if not text or button_tag(text) or i and _AUTHOR_LEAD.match(bl[i - 1].text) or _PROS_CONS.match(cleaned) \
                or _menu_or_byline_words(text) or _breadcrumb_of(bl, i) \
                or i + 1 < len(bl) and _CREDIT_BELOW.match(bl[i + 1].text) and len(bl[i + 1].words) <= 8 \
                and _verbless_apposition(text) \
                or _in_capitals_menu(bl, i) or _in_vertical_menu(bl, i) or _name_over_stamp(bl, i) \
                or _capitals(text) and len(text.split()) <= 6 and i + 1 < len(bl) and _is_stamp(bl[i + 1].text) \
                or i and _name_line(bl[i - 1].text) and _ROLE_LINE.match(text) or _search_box(bl, i) \
                or _searched_name(bl, i) or _signed_run(bl, i) or _over_sign_in(bl, i) \
                or _plus_label(bl, i, first) or _promo_card(bl, i) \
                or len(above_line.get(bl[i].text, ())) >= REPEATED_LINE:
            continue  # (a menu's blurb, under three items or more: "Reach out for support and information";
            # the line under "Author of the article:" is its byline: "The Associated
            # Press"; a short line in capitals over a time stamp is one: "SCOTT GILBERTSON GEAR
            # TEAM", not "RIO 2016: BELGIAN PARALYMPIAN MARIEKE VERVOORT OPENS UP ON ...")
        n = len(text.split())
        # (the byline may sit under a standfirst, the first paragraph: "By Sarah E. Needleman",
        # or run on in the headline's own block: "... go on strike by Julia Horowitz @julia")
        glued = _GLUED_BY.match(bl[i].text[len(cleaned):])
        if glued and bl[i].text.rstrip().endswith("."):
            continue  # a caption with its credit: "Fujifilm X-S20 being used by Joshua Waller."
        byline_at = None if glued else _byline_below(bl, i, first + 1)  # (its count, its line)
        byline = 1 if glued else byline_at and byline_at[0]
        by_line = i + 1 < len(bl) and _BY_LINE.match(bl[i + 1].text) is not None
        if byline is None and by_line:
            byline = 1  # (a byline with the blog's name after it: "by Elena M Yatzeck, 19 October 2012 | The Agile Blogosphere")
        if byline_at and byline_at[0] >= 2 and _date_over_title(bl, byline_at[1], first) \
                and all(_header_line(bl[k].text) for k in range(i + 1, byline_at[1])):
            byline = None  # a date further down is the post's, over its title (a blog's tagline
            # above both: "Econbrowser" / "Analysis of current economic conditions and policy" /
            # "« Previous | Main | Next »" / "October 28, 2012" / "Yet another discouraging GDP report")
        if byline == 1 and _in_story_list(bl, i):
            continue
        if not (byline and byline <= 2) and _in_link_run(bl, i):
            continue
        if byline is None and i and _long_paragraph(bl[i - 1], whole):
            continue  # a section's heading under the article's first paragraph ("Embarking on a
            # plant-based diet is a transformative journey ..." / "Understand the Vascular ...")
        crumbed = _crumbed(bl, i) or first - i <= 2 and _vertical_crumb(bl, i) \
            or i and bl[i - 1].text == bl[i].text and _vertical_crumb(bl, i - 1)  # (the title under
        # the breadcrumb's last item, the same words: "Home" / "Topics" / "Natural Resources &
        # Environment" / "Climate Change" / "Climate Change")
        if crumbed and byline is None:
            byline = 1  # the breadcrumb's last item names it as surely as a byline would
        if (first - i > TITLE_WINDOW or i in listed) and not (byline and byline <= 2):
            continue  # (a story in a list of others has no byline of its own)
        if i in bullets:
            continue  # a bullet point under its headline, over their byline
        most = LONG_TITLE_WORDS if _over_bullets(bl, i, byline) else 30 if byline and byline <= 2 else 25
        # three words: "The Impeachment Clock" over its byline, or a column's title in Title
        # Case with its byline a few lines below ("Royal Self-Indicting Arrogance"), or any
        # right over its byline's own line ("Machine learning, explained" / "By", WCXB 0094; not
        # a menu's "CDL (Commercial Vehicles)" / "Motorcycle" / "Travel" / a date, WCXB 0018)
        short = (byline == 1 and (text.split()[0] in ("The", "A", "An") or glued
                                  or byline_at is not None and byline_at[1] == i + 1) or (
            (byline is not None and byline <= 4 or i and _is_stamp(bl[i - 1].text)) and _three_word_title(text))) \
            and len(_content_words(text)) >= 2  # (a menu's "Things To Do" has one; a date may
        # be above: "Dec 17, 2025Julian K. Arni" / "Hardware-Attested Nix Builds")
        # a headline that ends with a sentence ("... 'Meth. We're on it.' They just might be.")
        # over its time stamp; a caption's credit or a paragraph is not a stamp
        stamped = i + 1 < len(bl) and _TIME_STAMP.search(bl[i + 1].text)
        # ... or in Title Case ("Want to See a More Diverse WordPress Community? So Do We.")
        # ... or with an abbreviation's period ("... brothels in Mass.")
        line = text[:-1] if text.endswith(".") and n <= 16 and (
            stamped or textmod.title_case(text.split()) or _ABBREVIATION_END.search(text)) else text
        trailing = _TRAILING_OFF.search(text)
        if trailing and n >= 5 and (byline or _byline_after(bl, i, i + 4) or 9) <= 3:
            line = text[:trailing.start()]  # a title that trails off over its byline, a
            # standfirst between: "Halfway into 2025, let's look at climate tech trends..."
        # two words over their date: "Backup Strategy" / "January 22nd, 2019 tech"
        pair = n == 2 and i + 2 == first and _DATE_LEAD.match(bl[i + 1].text) is not None \
            and _three_word_title(text) and len(_content_words(text)) == 2 \
            and (not i or bl[i - 1].text != bl[i].text)  # (not a blog's name over the date and a headline,
        # "Silicon Exposed" / "Sunday, May 8, 2016" / ..., nor a section's repeated label)
        if not (2 if crumbed or pair else 3 if short else 4) <= n <= most or line[-1] in ".,;:|/" \
                or _no_title_words(text) or not _is_title_like(line, most) \
                or _not_a_headline(text, byline) \
                or _furniture(text, byline, bl[i + 1].text if i + 1 == first else None):
            continue
        if keep[i] and n > 20 and byline is None:
            continue  # a paragraph the block model keeps ("Explaining Beijing's changed ...")
        words = _content_words(text)
        if not words:
            continue
        # a line with its byline right below (or a standfirst between) may take its words from
        # anywhere in the article
        close = byline is not None and byline <= 2
        if not close and first - i <= 3 and i and (not best_bylined and _is_stamp(bl[i - 1].text)
                                                   or _BY_NAME_ABOVE.match(bl[i - 1].text)):
            # its date right above, the article right below (a standfirst and a photo credit
            # may come between) (Wired: "Will Knight", "Business", "01.21.2020 07:00 AM", the
            # title), unless a line above has its byline (lines above without one are menus
            # and search boxes: "Search All UC Davis HealthSearch"); or its byline right above
            # ("Beauty" / "By Shannon Farrell" / "Headbands 101: ...", self.com in newspaper's
            # test pages)
            close, byline = True, 1
        overlap = len(words & (whole if close else article)) / len(words)
        # right above the first paragraph with its byline below them (only a standfirst, the
        # byline and a time stamp between), one shared word will do (a paywalled page's title
        # over its standfirst: "Google Stadia, ... : So Many Ways to Play...and Pay")
        # ... and a post's title right over its byline's line, the article right under that,
        # needs none ("My Greatest Role Models" / "by Meghann on November 13, 2012" / "My mom
        # and dad have the classic high school sweetheart story."), or with it glued on
        if overlap < (0.1 if close and first - i <= byline + 2 else 0.15 if close
                      else 0.25 if byline is not None else 0.3) \
                and not (first - i == 2 and by_line
                         or first - i == 1 and glued and _BY_LINE.match(bl[i].text[len(cleaned):].strip())
                         or close and _DAILY_COLUMN.match(cleaned)):
            continue  # (nor a daily column's title over its byline: "What we're reading: Thursday,
            # May 23, 2013" names the day, not the news)
        # (a standfirst may stand between: "How to write a (good) newsletter with AI" / "5-steps
        # to build your AI-powered newsletter system" / "Charlie Hills" / "Nov 02, 2025")
        under = byline is not None and (byline <= 2 or byline == 3 and n >= 5 and len(bl[i + 1].words) >= 5)
        near = 0.0 if byline is None else 0.6 if under and (n > 3 or pair) else 0.3
        if first - i > 12 and not (byline and byline <= 3) \
                and _uncaptioned(bl, i, first) - sum(i < j for j in contents) > 12:
            continue  # far from the article: only a line with its byline right below it (the
            # pictures' captions, with their credits, between them are not counted)
        if above is not None and (above[0] == i - 1 or above[0] == i - 2 and len(bl[i - 1].words) <= 8) \
                and byline is not None and above[1] is not None and above[1] > byline \
                and 5 <= above[2] and (above[2] < n and n >= 12 or re.search(r"[a-z]{3}[.!?]\s+[A-Z]", text)) \
                and not textmod.title_case(text.split()):
            continue  # a standfirst, longer, between the headline above and their byline (a
            # short line may stand between: "This article is more than 5 years old"), or one of two
            # sentences ("I built a tool that creates a weekly newsletter digest" / "I spent
            # several hours on a prototype. Did it work?")
        if above is not None and above[0] == i - 1 and above[1] is not None and byline is not None \
                and _ANAPHORIC_OPENING.match(text):
            continue  # a standfirst right under its headline, naming again whom it is about
            # ("Woman's body found on popular beach" / "The woman's identity is not known, say
            # police"; "... Linda Nolan reveals ..." / "The singer previously opened up ...")
        if above is not None and above[0] == i - 1 and byline is not None and above[1] == byline + 1 and byline <= 2 and n <= 4 \
                and textmod.title_case(text.split()) \
                and not any(w.lower() in blocks.STOP for w in text.split()[text.startswith("The "):]):
            continue  # the writer's or the outlet's name between a title and its date ("Top 10
            # Best Oral Hygiene Products ..." / "West Bell Dental Care" / "July 8, 2025"), or a
            # subtitle ("The Rolling Tracker"); not a title under a link: "A Very Old Fork of
            # Jekyll ..." / "On Recent Controversial Events"
        # a section's label right above, which a byline further down made the best so far
        # ("People Management & HR" / "6 Types of HR Outsourcing You Need to Know About")
        kicker = above is not None and best == above[0] == i - 1 and above[2] <= 4 and n >= 6 \
            and byline is not None and above[1] is not None and byline < above[1] \
            and textmod.title_case(text.split())
        above = (i, byline, n)
        if _over_bullets(bl, i, byline):
            bullets = range(i + 1, i + byline)
        # the nearer the article, the likelier
        score = overlap + near - 0.005 * (first - i)
        if kicker or score > best_score + 1e-9 or (best is not None and score >= best_score - 1e-9
                                                   and n > len(bl[best].words)):
            best, best_score, best_bylined = i, score, byline is not None
    return best, best_bylined
