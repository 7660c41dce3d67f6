"""Which lines of a pasted page are no headline, whatever their words: the checks.

A menu's item, a byline (and where one sits under a line: ``_byline_below``), a breadcrumb,
a caption with its credit, a masthead, a story of a list, a table of contents, a search
box, a series' list: each check names one kind of line that looks like a title and is not.
``refusal`` (the line alone) and ``refused_in_place`` (the line where it stands) gather
them for the title ranker (``title_lines``).  It does not choose the title (``page_title``)
nor clean it (``title_clean``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from . import blocks, boilerplate
from . import text as textmod
from .sentences import GLUED_HEADING
from .title_clean import (
    _AUTHOR_LEAD,
    _BREADCRUMB,
    _BY_NAME,
    _BY_WORDS,
    _BYBY,
    _DATE_LEAD,
    _DATE_TAIL,
    _HANDLE_BYLINE,
    _LOWER_TAIL,
    _META_LINE,
    _MONTHS,
    _NAME_LINE,
    _NOT_TITLE,
    _PARTICLE_BYLINE,
    _PUBLISHED_BYLINE,
    _PULL_QUOTE,
    _SHORT_BY,
    _TAGS_LINE,
    _TIME_STAMP,
    _WEEKDAY,
    _WIDGET_LINE,
    _known_words,
    clean_page_title,
)


def _name_pipe(text: str) -> bool:
    """A writer's name and the outlet after a bar: "Matt Friedman | NJ Advance Media for NJ.com",
    or the writers' names and their role: "Manoj Jain and Jagpreet Chhatwal | Guest Columnists"."""
    name, bar, rest = text.partition(" | ")
    names = re.split(r"\s+(?:and|&)\s+|,\s+", name.strip())
    return bool(bar) and len(rest.split()) <= 8 and len(names) <= 3 \
        and all(_NAME_LINE.match(n) for n in names) \
        and _known_words(name.split()) < len(name.split()) and bool(_OUTLET.search(rest))


_OUTLET = re.compile(r"\b(?:media|news|staff|press|times|post|herald|journal|tribune|gazette|"
                     r"(?:guest\s+)?(?:columnist|contributor|writer|correspondent|reporter)s?)\b|\.com\b", re.I)


# a writer's outlet after their name, over the date: "Erin Hitchcock, Burnaby Now" / "Published: ..."
_OUTLET_AFTER = re.compile(r",\s+[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3}$")


def _name_line(text: str) -> bool:
    """A line of two or three capitalised words no dictionary knows: a writer's name ("Beth
    Allcock"), not a section ("Latest Wales News")."""
    return bool(_NAME_LINE.match(text)) and not _known_words(text.split())


TITLE_WINDOW = 40  # blocks before the article's first paragraph where its headline may be
# ... or further up, with its byline right below it, over a paywall's offers and a video
# player's messages (Postmedia's pages: 43 blocks)
FAR_TITLE_WINDOW = 80


def _byline_after(bl: list[blocks.Block], i: int, first: int) -> int | None:
    """How many lines after block ``i`` the byline or dateline is (a breadcrumb or a one-word
    line, a share button's "Facebook" or "Print", in between is not counted; at most 4
    lines), or None."""
    found = _byline_below(bl, i, first)
    return found and found[0]


# a writer's name and the date on one line: "Melissa Ozawa December 18, 2025"
_NAME_DATE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][\w.'-]+){1,2}\s+(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                        r"Nov|Dec)\.?)\s+\d{1,2},?\s+\d{4}$")


# a writer's name over the button that looks them up (Springer Nature: "Elizabeth Gibney" / "Search
# for this author in:" / "PubMed", nature.com in trafilatura's test pages)
_AUTHOR_SEARCH = re.compile(r"^Search for this author in:?\s*$", re.I)


def _byline_below(bl: list[blocks.Block], i: int, first: int) -> tuple[int, int] | None:
    """``_byline_after``'s count of lines, with the byline's block index; or None."""
    seen = 0
    for j in range(i + 1, min(i + 14, first + 1, len(bl))):
        # (lower-case lines run on into the byline's block: "By Jonathan Garber close video")
        text = _BY_NAME.sub("By ", _BYBY.sub("", _LOWER_TAIL.sub("", bl[j].text)))
        if boilerplate.BYLINE_PAT.match(text) or boilerplate.DATED_BYLINE_PAT.match(text) \
                or _HANDLE_BYLINE.match(text) or _PARTICLE_BYLINE.match(text) \
                or boilerplate.STAMP_PAT.search(text) or _DATE_LEAD.match(text) \
                or text.strip().lower() in ("by", "by:") \
                or _TIME_STAMP.search(text) and len(text.split()) <= 25 and text[-1:] not in ".!?" \
                or _META_LINE.search(text) or _AUTHOR_LEAD.match(text) or _PUBLISHED_BYLINE.match(text) \
                or _SHORT_BY.match(text) or _name_pipe(text) or _NAME_DATE.match(text) \
                or _name_line(_OUTLET_AFTER.sub("", text)) and j + 1 < len(bl) and (_is_stamp(bl[j + 1].text)
                                                              or _AUTHOR_SEARCH.match(bl[j + 1].text)):
            return seen + 1, j
        if len(text.split()) > 1 and not _BREADCRUMB.search(text) and not _CREDIT_TAIL_LINE.search(text) \
                and not _CREDIT_LINE.match(text):
            seen += 1  # (a caption with its credit, "... Photo: DEADLINE", is not counted either,
            # nor a credit's own line, "Image: Jiri Hosek")
        if seen >= 4:
            return None
    return None


# a standfirst's opening that names again whom the headline above it is about: "The singer", "The
# 24-year-old", "The woman's"
_ANAPHORIC_OPENING = re.compile(r"^The\s+(?:\d+-year-old|[a-z]+(?:['\u2019]s)?)\s+(?!of\b)[a-z]")


def _uncaptioned(bl: list[blocks.Block], i: int, first: int) -> int:
    """How many blocks between ``i`` and ``first`` are not a picture's caption with its credit
    nor a button ("Share", "Tweet", "Text Size", "0 Comments") or other page furniture (a
    comment policy, "Ads are being blocked")."""
    return sum(not (boilerplate.CREDIT_TAIL.search(bl[j].text) or _CREDIT_TAIL_LINE.search(bl[j].text)
                    or _button(bl[j].text) or boilerplate.classify(bl[j].text, standalone=True))
               for j in range(i + 1, first))


# the words of a share bar's and a toolbar's buttons
_BUTTON_WORDS = frozenset("share tweet email e-mail mail print comment comments reprints resize text "
                          "size font close back whitelist save pin like follow subscribe more learn "
                          "un-block unblock".split())


def _button(line: str) -> bool:
    """Whether a line is a button of a share bar or a toolbar ("Share", "Text Size", "0 Comments")."""
    ws = [w.strip("().:»").lower() for w in line.split() if not w.strip("().:").isdigit()]
    return 1 <= len(line.split()) <= 3 and bool(ws) and all(w in _BUTTON_WORDS for w in ws)


_CREDIT_LINE = re.compile(r"^(?:photo(?:graph)?s?|photographer|illustration|image|picture|credit)\s*:\s*\S.{0,60}$", re.I)


def _is_stamp(text: str) -> bool:
    """A date or time stamp line: "01.21.2020 07:00 AM", "Nov. 19, 2019 8:03 am ET"."""
    return len(text.split()) <= 8 and bool(_DATE_LEAD.match(text) or _TIME_STAMP.search(text)
                                           or boilerplate.DATED_BYLINE_PAT.match(text))


def _three_word_title(text: str) -> bool:
    """Whether a line of three words reads as a title in Title Case: words, not a name
    ("Royal Self-Indicting Arrogance", "6 WordPress Alternatives", not the caption "Ben Patton
    Trinity")."""
    ws = text.split()
    counted = ws[0].isdigit() and len(ws) > 2  # a list's count: "6 WordPress Alternatives"
    return not text.isupper() and all(w[:1].isupper() for w in ws[counted:]) \
        and _known_words(ws[counted:]) >= 2 - counted


def _capitals(text: str) -> bool:
    """A line of two or more words in capitals ("GET DEALS DELIVERED")."""
    return len(text.split()) >= 2 and text.isupper()


def _in_capitals_menu(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is in capitals between two more: a menu ("MAKE BETTER COFFEE",
    "THE BEST TRAVEL BAGS", "GET DEALS DELIVERED"), not a headline."""
    return 0 < i < len(bl) - 1 and all(_capitals(bl[j].text) for j in (i - 1, i, i + 1))


MENU_ITEM_WORDS = 3  # a line of a vertical menu ("About Us", "Partners", "Careers")
# a clause's word: a menu item has none ("This API is so Fetching!" is a headline)
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|be|has|have|had|do|does|did|can|will|would|should|"
                          r"may|might|must)\b|[!?]$", re.I)
_DO_LEAD = re.compile(r"^(?:Do|Be)\s+(?=[A-Z])(?!(?:You|We|They|I|He|She|It)\b)")  # a call: "Do More With Reuters"
_SHARE_BUTTON = re.compile(r"\b(?:Facebook|Twitter|Tweet|Share|Print|E-?mail|Comments?|LinkedIn|Pinterest|"
                           r"WhatsApp|Reddit|Loading|Permalink|Save)\b", re.I)


def _in_vertical_menu(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i``, of five words or fewer and no clause, has menu items, lines of
    MENU_ITEM_WORDS words or fewer (one of them five) that end no sentence, as the three lines
    above it and the three below ("API Reference" / "About" / "About Us" / "Our Mission & Culture" / "Partners" /
    "Careers" / "Pricing"): an item of the menu, not a headline.  A headline has short lines
    around it too, but its byline, share buttons or picture's credit below ("Gantto Takes On
    Microsoft Project ..." / "Tweet" / "View Comments"; "... Arrogance" / "\u00a9 REUTERS / POOL"),
    or its date ("Why Cheap SEO Doesn't Work" / "John Crenshaw in seo" / "Dec 10")."""
    near = (i - 3, i - 2, i - 1, i + 1, i + 2, i + 3)
    # (one of them may be a group's label a little longer: "Packaging Design" / "Get to know us";
    # the third below, the headline under the menu: "Do More With Reuters" / "RSS" / "About
    # Reuters" / "Djokovic strong and healthy for Australian tilt")
    return len(bl[i].words) <= 5 and not _CLAUSE_WORD.search(_DO_LEAD.sub("", bl[i].text)) and all(
        0 <= j < len(bl) and (len(bl[j].words) <= 5 or j == i + 3) and not bl[j].terminal for j in near) \
        and sum(len(bl[j].words) > MENU_ITEM_WORDS for j in near) <= 1 \
        and not any(_SHARE_BUTTON.search(bl[j].text) or _CREDIT_LINE.match(bl[j].text) or "\u00a9" in bl[j].text
                    or _CREDIT_TAIL_LINE.search(bl[j].text) or _SHORT_DATE.match(bl[j].text) for j in near[3:]) \
        and _byline_after(bl, i, i + 3) is None


# a date alone on its line, the year left out: "Dec 10", "March 3rd"
_SHORT_DATE = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$",
                         re.I)


TWO_SENTENCE_TITLE = 20  # words at most
# what a caption opens with: "Stills from 'Mononoke The Movie: Chapter II,' 'Chainsaw Man' ..."
_CAPTION_OPENER = re.compile(r"^(?:(?:a\s+)?stills?\s+from|screen\s?(?:shot|grab)s?\s+(?:of|from)|pictured:"
                             r"|(?:photos?|images?|pictures?)\s+(?:of|from|by|courtesy)\b)", re.I)
# a link back to where the post is listed: "Back to all articles", "← Back to News"
_BACK_LINK = re.compile(r"^\W*(?:back|return)\s+to\s+(?:all\s+|the\s+)?(?:articles|posts|blog|news|top|home|list|"
                        r"results|search|stories|insights|resources|overview)\b"
                        # ... and a link to a section's index: "See all business services"
                        r"|^(?:see|view|browse|show) all\b", re.I)
_PROS_CONS = re.compile(r"^(?:pros?|cons?)\s*:\s", re.I)  # a list's item: "Pro: Large community support, ..."
# a line cut short: "Roasted Chicken with Oriental Rice with", "You can also find Daniel Lemire on"
# (lemire.me in trafilatura's test pages; a preposition in small letters: not "Lights On")
_CUT_END = re.compile(r"\s(?:with|and|or|of|the|an?|on|to|for|at|by|from|into)$")
# a title that trails off ("... climate tech trends..."), not a teaser cut after a space
# ("Kat Moon to be involved ...")
_TRAILING_OFF = re.compile(r"(?<=\S)(?:\.\.\.|\u2026)$")
_EMOTICON_END = re.compile(r"\s[:;]-?[()/DPp]$")  # a post's "... great day for it :/"
# a headline's last word an abbreviation with its period: "U.S.", "Mass.", "Inc."
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|"
                               r"La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|"
                               r"Wyo|Inc|Co|Corp|Ltd|Jr|Sr)\.)$")


def _repeats_words(text: str) -> bool:
    """Whether four words run twice in ``text``: a menu's buttons run together ("... Pricing
    book intro callemail now book intro callemail now"; "What Tutoring is and What Tutoring is
    not" is a title)."""
    ws = text.lower().split()
    runs = [tuple(ws[k:k + 4]) for k in range(len(ws) - 3)]
    return len(set(runs)) < len(runs)


_QUESTION_FIRST = re.compile(r"^[^.?!]{3,40}\?\s+[A-Z]")  # a short question, then a sentence


# fields and their values between bars
_FIELD = r"[A-Z][\w'\u2019]*(?:\s+[\w'\u2019]+){0,3}\s*:\s*[^|:\s]+(?:\s+[^|:\s]+){0,2}"
_FIELDS = re.compile(r"^" + _FIELD + r"(?:\s*\|\s*" + _FIELD + r")+$")


def _not_a_headline(text: str, byline: int | None) -> str | None:
    """``headline_checks.not_a_headline``, except that a line of two sentences right above its
    byline or time stamp is a headline ("31% of new crypto buyers influenced by friends.
    Here's why that can be 'a horrible idea,' advisor says" over "PUBLISHED FRI, APR 28")."""
    from .headline_checks import READER_LEAD_IN, TWO_SENTENCES, not_a_headline

    if GLUED_HEADING.search(text):
        return "a menu card's heading run into its blurb"  # "GuidesA page for Strategy and Wargaming Guides" (WCXB 4682)
    if re.match(READER_LEAD_IN, text):
        return "a lead-in to the reader"  # "If you're a "working mom," this might sound familiar…" (WCXB 5576)
    if _FIELDS.match(text):
        return "a record's fields"  # "Family: Rubiaceae | Place of Origin: Ethiopia" (WCXB 4042)
    why = not_a_headline(text)
    if why and why.endswith(TWO_SENTENCES) and len(text.split()) <= TWO_SENTENCE_TITLE and (
            byline == 1 or byline == 2 and _QUESTION_FIRST.match(text)):
        return None  # (a standfirst may stand between when it opens with a short question:
        # "Want a good EV? Here are the 20 best electric cars on sale right now", WCXB 4052)
    if why and why.endswith("(call to action)") and _asks_over_byline("call to action", text, byline):
        return None
    return why


def _asks_over_byline(kind: str | None, text: str, byline: int | None) -> bool:
    """Whether a line of six words or more that ``boilerplate.classify`` calls ``kind`` is a
    title that asks, with its byline right below it: a question to the reader ("How Much
    Should You Charge For A Yoga Class?") or a call to action with a question ("Have an App
    Idea? Affordable Software Development is ...")."""
    return (kind == "question to the reader" or kind == "call to action" and "?" in text) \
        and byline is not None and byline <= 2 and len(text.split()) >= 6


# a line that ends in a town, a US state and its ZIP code ("Hunt Valley, MD 21031", "123
# Main Street, Springfield, IL 62701-1234"), or a street line ("11311 McCormick Rd., Suite 500")
POSTAL_ADDRESS = re.compile(r"(?:^|,\s*)[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?$"
                            r"|^\d{1,6}\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|"
                            r"Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway)\.?"
                            r"(?:,?\s+(?:Suite|Ste|Unit|Floor|Fl)\.?\s*#?\w+)?$")


def _furniture(text: str, byline: int | None, standfirst: str | None = None) -> str | None:
    """``boilerplate.classify`` of a title line, but None for a title that asks over its
    byline (``_asks_over_byline``) or, in Title Case, over a ``standfirst`` that names what it
    asks about; a postal address is no title either."""
    why = boilerplate.classify(text, standalone=True)
    if why is None and len(text.split()) <= 16 and POSTAL_ADDRESS.search(text.strip()):
        return "postal address"
    if why == "question to the reader" and standfirst and textmod.title_case(text.split()):
        from .document import _content_words

        asked = _content_words(text)
        if len(asked) >= 2 and len(asked & _content_words(standfirst)) >= STANDFIRST_SHARE * len(asked):
            return None  # "How Much Should You Charge For A Yoga Class?" / "A guide on how much to
            # charge for yoga classes, ..." (WCXB 0151)
    return None if _asks_over_byline(why, text, byline) else why


STANDFIRST_SHARE = 2 / 3  # of a title's content words, that the paragraph right below it names


MASTHEAD_WORDS = 6


# a site's menu run into one line: "Home Blog About tobyhede@GitHub", "Home | News | Sport"
_MENU_RUN = re.compile(r"^(?:(?:Home|About(?: Us)?|Blog|Contact(?: Us)?|News|Shop|Search|Menu|Services|Portfolio|"
                       r"Archives?|Projects|Subscribe|Log ?in|Sign ?in|Podcasts?|Events|Resources|Topics|"
                       r"Newsletters?)\s*[|\u2022\u00b7/]?\s*){2,}(?!\s*[:a-z])")


# a link to a file: "Safety Alert Electrical.pdf (619.83 KB)"
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|csv)\b|\(\d[\d.,]*\s*[KMG]i?B\)", re.I)


def _masthead(text: str) -> bool:
    """A line of a few words in capitals without a verb: the site's name ("THE TIMES OF
    INDIA", with its date stamp cut off), not a headline ("BREXIT DEAL AGREED" has a verb)."""
    from .headline_checks import has_verb

    return _capitals(text) and len(text.split()) <= MASTHEAD_WORDS and not has_verb(text.lower())


_COUNT_PREFIX = re.compile(r"\d+|The \d+|Top \d+")


def _breadcrumb_of(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is a breadcrumb that ends with the headline a line or three below:
    "Home National Coronavirus: Doctors Threaten ..." over "Coronavirus: Doctors Threaten ..."."""
    text = bl[i].text
    for j in range(i + 1, min(i + 4, len(bl))):
        below = bl[j].text
        if len(below.split()) >= 4 and text.endswith(" " + below) and len(text.split()) - len(below.split()) <= 3 \
                and not _COUNT_PREFIX.fullmatch(text[:-len(below)].strip()):
            return True  # (not a count over its section: "7 Healthy Air Fryer Recipes" / "Healthy Air Fryer Recipes")
    return False


# a site's header: "Jeff Kaufman Posts RSS \u25c2\u25c2RSS Contact" (three or more of these words)
_NAV_WORD = re.compile(r"\b(?:Home|About|Contact|RSS|Posts|Archives?|Subscribe|Log\s?in|Sign\s?in|Sign\s?up|"
                       r"Search|Menu|Blog|Newsletter|Shop|Donate|FAQ|Pricing)\b")


# a sign-in button at a page's top: "SubscribeSign in" (Substack), "Log In", "Subscribe Sign up"
_SIGN_IN = re.compile(r"^(?:(?:Subscribe|Sign\s?in|Sign\s?up|Log\s?in)\s*){1,3}$", re.I)
TOP_LINES = 5  # the lines at a page's top where a name over a sign-in button is the site's


def _over_sign_in(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i``, at the page's top, stands over a sign-in button: the site's or the
    newsletter's name ("The Green Techpreneur | Climate Marketplace" / "SubscribeSign in")."""
    return i < TOP_LINES and i + 1 < len(bl) and _SIGN_IN.match(bl[i + 1].text) is not None


# a sponsor's credit or a card's button under a promoted item: "Presented By Carahsoft" /
# "Download Now"
_PROMO_BELOW = re.compile(r"^(?:(?:Presented|Sponsored|Brought to you|Powered) [Bb]y\s+\S.{0,50}"
                          r"|(?:Download|Read|Watch|Register|Listen) [Nn]ow)$")


def _promo_card(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is a promoted item in a sidebar, with its sponsor or its button right
    below ("4 steps to successful data governance programs for government" / "Presented By
    Carahsoft" / "Download Now", over the article's own byline)."""
    return i + 1 < len(bl) and _PROMO_BELOW.match(bl[i + 1].text) is not None


PLUS_WORDS = 5  # the longest section label joined with " +" ("Homeowners + Renters Insurance")


def _plus_label(bl: list[blocks.Block], i: int, first: int) -> bool:
    """Whether line ``i`` is a section's label in the style of the site's menu, which joins
    topics with " + " in two more of its lines ("Home + Renters", "Disaster + Preparation" /
    ... / "Homeowners + Renters Insurance" under the title and its standfirst)."""
    def label(text: str) -> bool:
        return " + " in text and len(text.split()) <= PLUS_WORDS
    return label(bl[i].text) and sum(label(b.text) for b in bl[:first] if b is not bl[i]) >= 2


def _site_header(text: str) -> bool:
    """Whether a line names three or more of a site's pages (``_NAV_WORD``): its header."""
    return len(_NAV_WORD.findall(text)) >= 3


def _in_story_list(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is a story of a list of them, each over its dated byline, three lines
    apart ("Most Popular": "What Are Power Users & Why ..." / "Agnishwar Banerjee |June 5, 2025"
    / "Data and Analytics" / "Mobile App Metrics: ..." / "Subharun Mukherjee |June 5, 2025"; Resy:
    "César's Approach to ..." / "By Anya von Bremzen" / "Resy Spotlight" / "Coqodaq Is Here ..." /
    "By Mahira Rivers")."""
    def story(j: int) -> bool:  # (not a date over another: "Posted at 02:29 PM ET, 03/27/2013" /
        # "Mar 27, 2013 06:29 PM EDT" / "TheWashingtonPost" / the title / "By Hayley Tsukayama")
        return 0 <= j and j + 1 < len(bl) and len(bl[j].words) >= 4 and not _is_stamp(bl[j].text) \
            and any(p.match(bl[j + 1].text) for p in (boilerplate.DATED_BYLINE_PAT, _SHORT_BY, _PARTICLE_BYLINE))
    return story(i) and (story(i - 3) or story(i + 3))


# a page's field or bracketed note, not a link: "Authors:Aniruddha Roy, ...", "[Submitted on 18 Dec 2025]"
_FIELD_OR_NOTE = re.compile(r"^(?:\[|[A-Z][a-z]+\s?:)")


def _in_link_run(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is inside a run of headline-like links, one a line (a menu's or a
    sidebar's posts: "How To Clean Your Eureka Mignon Specialita Grinder" / "No Pressure? 4
    Reasons Your Espresso Machine is not Building Pressure" / "What are the Best Beans for
    Espresso?" / "What is a Single Espresso, What is a Double Espresso?"): a line of 5 to 14
    words not ending with a period nor a date on each side of it, and a third beyond one of
    them (not a hotel's name and its villas around its title: "THURSDAY, MAY 30, 2019" / the
    title / "Nam Nghi Phu Quoc" / "1-Bedroom Sunset Ocean Front Villa, or ...")."""
    def item(j: int) -> bool:  # (a title repeated is no link: "What is SEO?" twice over its byline)
        return 0 <= j < len(bl) and 5 <= len(bl[j].words) <= 14 and not bl[j].text.endswith(".") \
            and not _is_stamp(bl[j].text) and bl[j].text != bl[i].text \
            and not _FIELD_OR_NOTE.match(bl[j].text)
    return item(i - 1) and item(i + 1) and (item(i - 2) or item(i + 2))


def _signed_run(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` and a line next to it each end with their writer's name (a site's
    columns: "Notes from the Trail by Hannah Green" / "This Week in Running by Justin Mock")."""
    def signed(j: int) -> bool:  # (a name in capitals, not "... by market share", "Step by Step Guide")
        m = 0 <= j < len(bl) and _BY_WORDS.search(bl[j].text)
        return bool(m) and len(m.group(1).split()) >= 2 and all(w[:1].isupper() for w in m.group(1).split()) \
            and not re.search(r"\bstep\s+by\s+step\b", bl[j].text, re.I)
    return signed(i) and any(signed(j) and bl[j].text != bl[i].text for j in (i - 1, i + 1))


_CRUMB_SEP = re.compile(r"[|/>\u00bb\u203a\u2192]\s*$")


def _crumbed(bl: list[blocks.Block], i: int) -> bool:
    """Whether a breadcrumb a line or five above, or a line or two below, ends with line
    ``i``, after its separator: "| Resources | Blog | Packing Tips Guide" over "Packing Tips
    Guide" (the page's own title, however short); "How to Negotiate Salary & Benefits" over
    "Center for Career & Professional Development > How to Negotiate Salary & Benefits"."""
    text = bl[i].text.strip()
    for j in [*range(max(0, i - 5), i), *range(i + 1, min(len(bl), i + 3))]:
        above = bl[j].text.strip()
        if len(above) > len(text) and above.endswith(text) and (
                _CRUMB_SEP.search(above[:-len(text)]) or _HOME_GLUED.match(above)):
            return True
    return False


# a breadcrumb's links run together, from "Home" on: "HomeHome ProductsResource centerPreemptive
# SafetyCybersecurity Tips for Small Businesses" (the last, the page's title)
_HOME_GLUED = re.compile(r"^Home(?:page)?[A-Z]")


_HOME = re.compile(r"^(?:home|homepage|home page)(?:\s*[/>|\u00bb\u203a])?$", re.I)  # (its separator: "Home /")


def _vertical_crumb(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` ends a breadcrumb laid out one item a line, from "Home" down
    ("Homepage" / "Origins" / "History of coffee" over the article)."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if _HOME.match(bl[j].text.strip()):
            return True
        if len(bl[j].text.split()) > 4 or bl[j].text.rstrip().endswith((".", "!", "?")):
            return False
    return False


def _verbless_apposition(text: str) -> bool:
    """A name and what it is, without a verb: "Jim McKelvey, cofounder of Square" (a caption
    over its credit; a headline over the picture's credit has a verb)."""
    from .headline_checks import has_verb

    return "," in text and not has_verb(text, title_case=True)


def _people_caption(text: str) -> bool:
    """Whether a line names people in a list without a verb: a photo's caption ("Democratic
    megadonor George Soros, Sen. Jon Tester (D., Mont.), and Democratic donor Alexander
    Soros"), not a headline."""
    from .headline_checks import has_verb

    return bool(re.search(r",\s+and\s+(?:\S+\s+){0,3}[A-Z][a-z]+\s+[A-Z][a-z]+", text)) \
        and not has_verb(text) \
        and sum(w[:1].isupper() for w in text.split()) >= 6


# a person's role and name alone, a picture's caption over the headline: "Former Indonesian
# President Suharto", "Prime Minister Jane Doe"
_ROLE_NAME = re.compile(r"^(?:(?:Former|Late|Then|Ex-)\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime\s+Minister|"
                        r"Minister|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|King|Queen|Prince|Princess|Pope|"
                        r"Chancellor|General|Gen\.|Coach|Manager|Chairman|Chief\s+Executive|CEO|Secretary|"
                        r"Leader|Judge|Justice|Actor|Actress|Singer|Director|Captain|Striker|Goalkeeper)"
                        r"(?:\s+[A-Z][\w'\u2019.-]*){1,3}$")


# a review's field of credits: "Cast:Shah Rukh Khan, Deepika Padukone, ...", "Director: Farah Khan"
_CREDITS_FIELD = re.compile(r"^(?:cast|starring|director|directed\s+by|written\s+by|producers?|produced\s+by|"
                            r"music|genre|rating|running\s+time|runtime|language|release\s+date)\s*:", re.I)


def _role_and_name(text: str) -> bool:
    """Whether a line is a person's role and name and no verb (``_ROLE_NAME``), not "Former
    President Ford Dies"."""
    from .headline_checks import has_verb

    return bool(_ROLE_NAME.match(text)) and not has_verb(text, title_case=True)


def _named_caption(text: str) -> bool:
    """Whether a short line opens with a person's name (two capitalised words no dictionary
    knows) and has no finite verb: a slideshow's caption ("Miguel Bernal North Diving",
    "Aidan Gantenbein 100 backstroke"), not a headline ("Kepa Arrizabalaga Joins Chelsea")."""
    from lemminflect import getAllLemmas

    ws = text.split()
    if not 3 <= len(ws) <= 6 or not all(w[:1].isupper() and w.isalpha() and not
                                        getAllLemmas(w.lower()) for w in ws[:2]):
        return False
    # (a quoted verb is one: "Sean Penn 'proposes to Charlize Theron'", ok.co.uk in newspaper's
    # test pages)
    return not any("VERB" in getAllLemmas(w.strip("'\"\u2018\u2019\u201c\u201d").lower())
                   and not w.lower().endswith("ing") for w in ws[2:])


# the heading of a list of other stories: "More from Real Simple", "Related Articles", "See also"
# a review's pros and cons, whose items may be one word (Dotdash Meredith: "What We Like" /
# "Paddles collapse after kneading" / "Mix-in dispenser" / "Ability to save custom recipes")
_PROS_HEADING = r"what\s+we\s+(?:like|liked|don['\u2019]?t\s+like|didn['\u2019]?t\s+like)|pros|cons"
_LIST_HEADING = re.compile(r"^(?:more\s+(?:from|on|in|about)\s+\S.{0,40}|more\s+(?:stories|articles|news)|"
                           r"related(?:\s+(?:stories|articles|links|coverage|content|posts|reading|news|videos?))?|"
                           r"multimedia|editor['\u2019]?s\s+picks|"  # (not "Latest News": a section's label, over its headline)
                           r"see\s+also|read\s+(?:more|next)|you\s+(?:may|might)\s+also\s+like|"
                           r"recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|" + _PROS_HEADING
                           + r")\s*:?$", re.I)
# a caption's credit at the end of the line: "... I've ever had.' Photograph: Andrew Yee for the
# Guardian", "... Edinburgh Photo: DEADLINE"
_CREDIT_TAIL_LINE = re.compile(r"\s(?:photo(?:graph)?s?|image|picture)(?:\s+(?:credit|by))?\s*:\s*\S[^.!?]{0,60}$"
                               # ... or an embedded video's title: "Police blast protesters with water
                               # cannon \u2013 video Guardian"
                               r"|\s[\u2013\u2014-]\s+video(?:\s+[A-Z][\w ]{0,30})?$", re.I)


def refusal(line: str) -> bool:
    """Whether the line alone, without its neighbours, reads as no headline to the checks of
    ``_title_above``: a menu, a masthead, a byline, a tags line, a breadcrumb, a date, a caption,
    a credit, a line cut short, a call to action, a field of a table ... (``title_lines``
    gives the ranker this as a feature; the checks that need the page around the line stay
    in ``_title_above``)."""
    from .document import _is_title_like
    from .headline_checks import LABEL

    text = LABEL.sub("", clean_page_title(line))
    if len(text.split()) < 2:
        return True  # (no title is one word)
    return bool(_PROS_CONS.match(text) or _menu_or_byline_words(text) or _no_title_words(text)
                or _not_a_headline(text, None) or _furniture(text, None)
                or not _is_title_like(text.rstrip("."), 30))


def _menu_or_byline_words(text: str) -> bool:
    """Whether a line's words are a back link, a masthead, a menu run into one line, a file's
    link, a caption's credit, a site's header, a byline, a tags line, a name and its role, a
    table's field, a widget's line or a reporter at a match (``_title_above``'s first checks,
    by the words alone)."""
    from .headline_checks import FIELD_VALUE

    return bool(_BACK_LINK.match(text) or _masthead(text) or _MENU_RUN.match(text) or _FILE_LINK.search(text)
                or _CREDIT_TAIL_LINE.search(text) or _site_header(text) or _SHORT_BY.match(text)
                or boilerplate.BYLINE_PAT.match(text) or _TAGS_LINE.search(text) or _name_pipe(text)
                or FIELD_VALUE.match(text) and not _YEAR_TITLE.match(text) or _WIDGET_LINE.match(text)
                or _REPORTER_AT.match(text))


# a reporter's line at the match: "Paul Wilson at Villa Park" (the Observer's reports); not a
# phrasal verb's headline in Title Case: "Roma Turn Up at EU Summit" (WSJ's blogs, 2010)
_REPORTER_AT = re.compile(r"^[A-Z][a-z'\u2019-]+(?:\s+(?!(?:Up|Out|Down|Off|Back|Over|Away|In)\s)[A-Z][a-z'\u2019-]+){1,2}"
                          r"\s+at\s+(?:the\s+)?"
                          r"[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3}$")


# a title of four words or more with its year after a colon, no table's field: "Best Universities in
# USA for Engineering: 2026" (WCXB 5210), not "Founded: 1998"
_YEAR_TITLE = re.compile(r"^(?:\S+\s+){3,}\S+:\s*(?:19|20)\d\d$")


# a daily column's title, its day's date after a colon: "What we're reading: Thursday, May 23, 2013"
_DAILY_COLUMN = re.compile(r"^[A-Z][^:|\u2022\u00b7]{5,60}:\s+" + _WEEKDAY + r",\s+" + _MONTHS
                           + r"\s+\d{1,2},?\s+\d{4}$", re.I)


def _no_title_words(text: str) -> bool:
    """Whether a line's words end cut short or with an emoticon, hold a time, date or
    breadcrumb, are a pull quote, a caption or a credit, repeat a run of words, or end with a
    count (``_title_above``'s later checks that need no byline)."""
    return bool(_EMOTICON_END.search(text) or _CUT_END.search(text) or _NOT_TITLE.search(text)
                or _DATE_LEAD.match(text) or _DATE_TAIL.search(text) and not _DAILY_COLUMN.match(text)
                or _BREADCRUMB.search(text)
                or _PULL_QUOTE.match(text) or _named_caption(text) or _people_caption(text) or _role_and_name(text)
                or _CREDITS_FIELD.match(text)
                or _CAPTION_OPENER.match(text) or _repeats_words(text) or boilerplate.CREDIT_TAIL.search(text)
                or _CREDIT_LINE.match(text)  # ("Photographer: Lorenzo Tugnoli for Bloomberg Businessweek")
                or blocks.COUNT_END.search(text))


LIST_ITEMS = 10
_LEAD_SYMBOLS = re.compile(r"^[^\w\s]+\s*")


def _listed(bl: list[blocks.Block]) -> set[int]:
    """The lines of a list of other stories under its heading ("More from Real Simple" /
    "Inexpensive Ideas for Holiday Party Food" / "How to Make the Holidays More Affordable"):
    the lines of three to 20 words up to the first one that ends as a sentence does, at most
    ``LIST_ITEMS``."""
    out: set[int] = set()
    for i, b in enumerate(bl):
        heading = _LEAD_SYMBOLS.sub("", b.text)  # ("\u2714\ufe0f Pros")
        if _LIST_HEADING.match(heading):
            j = i + 1
            least = 1 if re.match(_PROS_HEADING, heading, re.I) else 3
            while j < len(bl) and j - i <= LIST_ITEMS and least <= len(bl[j].words) <= 20 \
                    and bl[j].text[-1:] not in ".!":
                out.add(j)
                j += 1
    return out


# a section's number in a table of contents ("4.5 Mozilla Developer Network"), a wiki's link
# on its heading ("Mozilla Developer Network[edit]")
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])|\[edit\]$")
CONTENTS_LINES = 3  # lines of a table of contents, at least
CONTENTS_GAP = 3  # blocks from one of its lines to the next, at most ("1", "Waterfall Model", "2", ...)


def _contents(bl: list[blocks.Block], first: int, end: int) -> set[int]:
    """The blocks of a table of contents above the article (from ``first`` to ``end``): a run
    of ``CONTENTS_LINES`` or more lines of two words or more, each there once, that head its
    sections again, and the blocks between them ("How to Make an App \u2013 App Development
    Process" is a section's heading, not the title; the title may head a section again on its
    own)."""
    # (the first section's heading is right above the first paragraph)
    heads = {_SECTION_NUMBER.sub("", b.text) for b in bl[max(0, first - 1):end + 1] if len(b.words) >= 2}
    window = range(max(0, first - FAR_TITLE_WINDOW), first - 1)
    seen = Counter(bl[i].text for i in window)  # (a section's label repeated over a list of
    # stories is no table of contents: "Crime and Public Safety |" x7)
    found = [i for i in window if _SECTION_NUMBER.sub("", bl[i].text) in heads and seen[bl[i].text] == 1]
    out: set[int] = set()
    run: list[int] = []
    for i in found + [len(bl) + CONTENTS_GAP + 1]:
        if run and i - run[-1] > CONTENTS_GAP:
            if len(run) >= CONTENTS_LINES:
                out.update(range(run[0], run[-1] + 1))
            run = []
        run.append(i)
    return out


SEARCH_NAME_WINDOW = 10  # lines around a search box where the name it searches stands


def _search_box(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is a search box's label: it starts with "Search", as another line
    within three does ("Search The Software Report" / "Search for articles and insights ..."),
    or it searches a name that a line nearby shows ("Real Time Brussels" / ... / "Search Real
    Time Brussels1": the box's label and its button's number run together)."""
    if not bl[i].text.startswith("Search "):
        return False
    name = re.sub(r"\d+$", "", bl[i].text[len("Search "):].strip()).strip().lower()
    near = _around(bl, i, SEARCH_NAME_WINDOW)
    return any(bl[j].text.startswith("Search") for j in near if j != i and abs(j - i) <= 3) \
        or any(bl[j].text.strip().lower() == name for j in near if j != i)


def _searched_name(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is the name a search box or a home link of the page gives ("Real
    Time Brussels" of "Search Real Time Brussels1" and "Real Time Brussels HOME PAGE \u00bb"):
    the site's or the blog's name, not a headline."""
    name = bl[i].text.strip().lower()
    if len(name.split()) < 2:
        return False
    return any(re.fullmatch(r"search\s+" + re.escape(name) + r"\d*|" + re.escape(name) + r"\s+home(?:\s+page)?\W*",
                            bl[j].text.strip().lower()) for j in _around(bl, i, SEARCH_NAME_WINDOW) if j != i)


def _around(bl: list[blocks.Block], i: int, window: int) -> range:
    """The indices of the blocks within ``window`` of block ``i`` (``i`` among them)."""
    return range(max(0, i - window), min(len(bl), i + window + 1))


REPEATED_LINE = 3  # lines a menu's blurb stands under at least (a title shows at most twice)
PROMO_PARAGRAPHS, PROMO_WORDS = 2, 40  # kept "paragraphs" above a title with its byline: a promotion
CARD_NAME_WORDS, CARD_WORDS = 7, 50  # a menu card's name at most ("Master of Science in
# Management Studies") and its blurb's words, under (WCXB 5210's longest has 43)


def _menu_cards(bl: list[blocks.Block], paragraphs: list[int]) -> bool:
    """Whether each of ``paragraphs`` is a menu card's blurb, short and under a line of its own
    that names it and ends no sentence: "MBA" / "Through intellectual rigor and experiential
    learning, this full-time, two-year MBA program develops leaders ..." / "Master of Finance" /
    "A rigorous, hands-on program ..." above "Machine learning, explained" / "By" (WCXB 0094,
    a mega-menu of eleven)."""
    return all(len(bl[j].words) < CARD_WORDS and j > 0 and 0 < len(bl[j - 1].words) <= CARD_NAME_WORDS
               and not re.search(r"[.!?:]$", bl[j - 1].text) for j in paragraphs)


def button_tags(bl: list[blocks.Block]) -> Callable[[str], bool]:
    """Whether a line is a button's label the page repeats ("Read Later" x4) that a tag ran on
    into: "Read Later chaos theory" is not a headline ("The Guardian view on Hong Kong: ..." is)
    ... or a one-word button ("Email" x3) that the page's tags ran on into: "Email coronavirus
    new york city" (lower case, no verb)."""
    from .headline_checks import has_verb

    short = Counter(b.text for b in bl if 1 <= len(b.text.split()) <= 3)
    buttons = tuple(t + " " for t, k in short.items() if k >= 2)
    names = _prose_names(bl)

    def button_tag(line: str) -> bool:
        return any(line.startswith(b) and not _GOES_ON.match(line[len(b):]) and (
            len(b.split()) > 1 and len(line[len(b):].split()) <= 3 or (
                line[len(b):].islower() and not has_verb(line[len(b):]))) for b in buttons) or _names_lowered(line, names)
    return button_tag


PROSE_WORDS = 8       # a block of this many words or more, mostly in lower case, is prose
LOWERED_NAMES = 2     # names in lower case that make a line of tags of few small words (one more
# in any line not all in lower case)
TAG_SMALL_WORDS = 0.15  # ... of at most this share of small words ("the", "on", "to")


def _prose_names(bl: list[blocks.Block]) -> frozenset[str]:
    """The words that the page's prose writes only with a capital inside a sentence: its names
    ("Giffords", "Loughner"), lower-cased.  Prose: blocks of ``PROSE_WORDS`` words or more,
    most of them in lower case, ending as a sentence ends (a list of related headlines in Title
    Case is none, nor is a line of tags)."""
    upper, lower = set(), set()
    for b in bl:
        ws = b.text.split()
        if len(ws) < PROSE_WORDS or not b.terminal or sum(w[:1].isupper() for w in ws) * 2 > len(ws):
            continue
        for prev, w in zip(ws, ws[1:]):
            word = w.strip(_EDGE_MARKS)
            if re.fullmatch(r"[A-Z][a-z]{2,}", word) and prev[-1:] not in ".!?:\"\u201c":
                upper.add(word.lower())
            elif re.fullmatch(r"[a-z]{3,}", word):
                lower.add(word)
    return frozenset(upper - lower)


_EDGE_MARKS = ",.;:!?\"'()[]\u201c\u201d\u2018\u2019"


def _names_lowered(line: str, names: frozenset[str]) -> bool:
    """Whether a line writes ``LOWERED_NAMES`` of the page's names in lower case: a post's
    tags run into one line ("gabby giffords mark kelly gun laws guns crime Jared loughner",
    "Derrick the Deathfin gordon midwood sony kotakucore psn"); a headline may lower a term that
    the prose capitalises, in a sentence of small words, not three names ("Ascom announces a
    ... partnership with GE Healthcare in Europe for intensive care units", the prose's "Intensive
    Care Units")."""
    ws = line.lower().split()
    lowered = sum(w in names for w in re.findall(r"\b[a-z]{3,}\b", line))
    small = sum(w in blocks.STOP for w in ws) / max(1, len(ws))
    return lowered >= LOWERED_NAMES and (small <= TAG_SMALL_WORDS or lowered > LOWERED_NAMES and not line.islower())


# what carries a menu's phrase on into a title, as no tag does: "Best Camping Hammocks" (a
# menu's line, twice) / "Best Camping Hammocks of 2026" (the title)
_GOES_ON = re.compile(r"(?:of|for|in|on|to|and|with|from|vs\.?|under|(?:19|20)\d\d)\b", re.I)


def refused_in_place(bl: list[blocks.Block], i: int, first: int, button_tag: Callable[[str], bool]) -> bool:
    """Whether the checks of ``_title_above`` refuse block ``i`` for where it stands, whatever
    else: a button's label run on into tags (``button_tags``), a breadcrumb of the section, a
    line of a menu or a search box, a run of signed lines, a story of a list of them each over
    its byline, a site's name over its sign-in, a section's " + " label (``first``: the
    article's first paragraph)."""
    text = bl[i].text
    return bool(button_tag(clean_page_title(text)) or _breadcrumb_of(bl, i) or _in_capitals_menu(bl, i)
                or _in_vertical_menu(bl, i) or _search_box(bl, i) or _signed_run(bl, i)
                or _in_story_list(bl, i) or _over_sign_in(bl, i) or _plus_label(bl, i, first)
                or i > 0 and _BARE_BY.match(bl[i - 1].text.strip()) is not None or _series_item(bl, i)
                or _name_over_stamp(bl, i))


def _name_over_stamp(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is a writer's name, with their outlet after a comma or not, over the
    date ("Erin Hitchcock, Burnaby Now" / "Published: Friday, January 11, 2008")."""
    return _name_line(_OUTLET_AFTER.sub("", bl[i].text)) and i + 1 < len(bl) and _is_stamp(bl[i + 1].text)


SERIES_WORDS = 3  # opening words that a series' titles share ("Harry Potter and the ...")


def _series_item(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is one of a list of a series' titles, two more lines within two of it
    opening with its first ``SERIES_WORDS`` words (Fandom's games menu: "Harry Potter and the
    Deathly Hallows: Part 1" / "... Part 2", over "Quidditch World Cup", picked as the title of
    the wiki's "Water-Making Spell")."""
    head = bl[i].text.lower().split()[:SERIES_WORDS]
    return len(head) == SERIES_WORDS and sum(
        0 <= j < len(bl) and bl[j].text != bl[i].text and bl[j].text.lower().split()[:SERIES_WORDS] == head
        for j in (i - 2, i - 1, i + 1, i + 2)) >= 2


# a byline's lead-in on a line of its own, the writer's name on the next (Cayman Compass:
# "By" / "James Whittaker" / "-" / "May 4, 2022"): the name is no title
_BARE_BY = re.compile(r"^(?:(?:written|posted|words|story|reported) )?by:?$|^(?:author|writer)s?:$", re.I)
