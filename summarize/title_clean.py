"""A pasted page's title line made clean: what pages glue to a headline, taken off.

``clean_page_title`` takes off a byline, a slide counter, a kicker, a date or a section
glued to a headline line; ``unglued``, ``without_tag_line`` and ``without_site_name`` take
off what the lines around the chosen title ran into it (a shared tail, a tag line, the
site's name).  It does not choose the title line (``page_title``) nor refuse lines
(``title_refusals``).
"""

from __future__ import annotations

import os
import re

from . import blocks, boilerplate, webpage
from . import text as textmod

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"  # a month's name
_MONTH = _MONTHS + r"\s+\d"  # ... and a day's digit
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # a day's name
_BY_ALONE = r"\s+(?:written\s+)?by:?"  # a title's "by" whose name is on the next line
_TITLE_TAIL = re.compile(
    r"\s*(?:\s[a-z]+_[a-z_]+\b.*|\(\d+\)|(?<![\d/])\d{1,3}\s*/\s*\d{1,3}(?![\d/])|\s(?:written\s+)?by:?\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})"
    rf"(?:\s*[\u2014\u2013|-].*|\s+@\w+.*|\s+(?:on\s+(?:\d{{1,2}}\s+)?)?{_MONTH}.*|,\s+(?:\d{{1,2}}\s+)?{_MONTH}.*)?"
    rf"|\s+[\u2014\u2013|/]\s+{_MONTH}.*"
    # "... businesses bySauli Giliard", "... at least 26 Back to video" (a video player's link)
    r"|\sby(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w.'-]*){1,3})|\s+back to video"
    r"|\s+add to\s*(?:\.\.\.|\u2026|reading list)?"  # (the Globe and Mail's "Add to ..." button)
    r"|(?<=[a-z])\s{2,}(?-i:[A-Z]{3,}(?:[ -][A-Z]{2,})*)"  # its story's dateline run on: "... embryos  LONDON"
    # (a story's tools run on: "... in Season Finale Save Email Print", "... clashes | Print | E-mail")
    r"|(?=(?:\s+\|?\s*(?:save|e-?mail|share|comment|tweet|recommend|digg|bookmark|this|story|article))*\s+\|?\s*print\b)"
    r"(?:\s+\|?\s*(?:save|e-?mail|print|share|comment|tweet|recommend|digg|bookmark|this|story|article)){2,}"
    r"|" + _BY_ALONE +  # (a "by" whose name is on the next line)
    r"|" + webpage.SOURCE_TAIL_PATTERN + r")$", re.I)  # (Slashdot's "(latimes.com) 87")


_BY_WORDS = re.compile(r"\s+(?:written\s+)?by:?\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*$", re.I)
_BY_ROLE = frozenset("staff admin administrator editor editors guest contributor reporter "
                     "team desk newsroom".split())  # "... by Staff": a byline whose words are known


# a kicker before a headline: "CHILDHOOD SWEETHEART Who is ...", "DONE ROAMING SNP cabinet minister
# ...", "OH NO-LAN Linda Nolan reveals ..." (not "NHS GP Practices Close ..."), or a quotation before a long
# one ("'This new search box does not mean ...': Google's Search makeover incorporates ...")
_CAPS_KICKER = re.compile(r"^(?=(?:[A-Z]{1,3}\s+)?[A-Z][A-Z'\u2019-]{3,}\s)(?:[A-Z][A-Z'\u2019-]+\s+){2,4}"
                          r"(?=[A-Z][a-z]+(?:\s+\S+){3}|[A-Z]{2,5}\s+[a-z]+(?:\s+\S+){3})")
_QUOTE_KICKER = re.compile(r"^['\u2018\"\u201c].{10,200}?['\u2019\"\u201d]:\s+(?=[A-Z])")
LONG_TITLE = 25  # words: a quotation before a headline this long is its kicker


def _without_tags(text: str) -> str:
    """A title in Title Case without the tags in lower case that a page ran on into it
    ("... Online Classes and Learning Platforms advice for students virtual classroom campus
    life" -> "... Learning Platforms")."""
    from .headline_checks import has_verb

    ws = text.split()
    for k in range(4, len(ws) - 2):
        tail = ws[k:]
        if ws[k][:1].islower() and all(w[:1].islower() for w in tail) and not has_verb(" ".join(tail)) \
                and sum(w not in textmod.MINOR for w in tail) >= 3 and textmod.title_case(ws[:k]) \
                and sum(w[:1].isupper() and w.lower() not in textmod.MINOR for w in ws[1:k]) >= 4 \
                and sum(w[:1].islower() and w.lower() not in textmod.MINOR for w in ws[:k]) == 0:
            return " ".join(ws[:k])
    return text


# a date run on into the byline's name: "... by Jeffrey ZeldmanNovember 20, 2007"
_GLUED_DATE = re.compile(r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\s+\d{1,2},?\s+\d{4})")
# the section after a bar at a headline's end: "How meditation rewires brains ... | Opinion"
_SECTION_TAIL = re.compile(r"\s+\|\s+(?:Opinion|Analysis|Commentary|Editorial|Column|Op-Ed|Perspective|"
                           r"Explainer|Review|Letters?(?: to the Editor)?)\s*$", re.I)
# a breadcrumb's links run together before a title that opens with its number
_GLUED_CRUMB = re.compile(r"^(?:[A-Z][a-z]{2,}){2,4}(?=\d+\s+[A-Z])")
# a newsletter's header buttons run on before the title's line: "SubscribeSign in what is once ..."
_GLUED_BUTTONS = re.compile(r"^SubscribeSign in\s+(?=\S)")
# a paper's page: "Title:AlignMerge - ..."; a section's name: "Blog: Best Social Media ..."
_FIELD_LABEL = re.compile(r"^title\s*:\s*(?=\S)|" + webpage.SECTION_LABEL.pattern, re.I)


# (or "Wednesday, 09 January 2008 Jeremy Clarkson ripped off", a 2008 page's)
_LEADING_DATE = re.compile(r"^(?:" + _WEEKDAY + r",?\s+)?(?:" + _MONTHS
                           + r"\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?)\s+\d{4},?\s+"
                           r"(?-i:(?=[A-Z][a-z])(?!By\s))", re.I)


def clean_page_title(text: str) -> str:
    """A headline line without what pages glue to it: a byline ("... by Jeff Foust"), a date,
    a comment count ("(148)"), a slide counter ("1 / 13"), a kicker in capitals, a long
    headline's quoted kicker or an opinion section's name after a bar ("... | Opinion")."""
    text = _without_tags(_CAPS_KICKER.sub("", _FIELD_LABEL.sub("", _GLUED_DATE.sub(" ", text))))
    text = _GLUED_CRUMB.sub("", _SECTION_TAIL.sub("", text))  # "[ResourcesArticles]8 Steps To Become a ..."
    text = re.sub(r"\s+::\s+", ": ", text)  # "Wedding Checklist :: Printable To-do Timeline"
    text = _COUNT_TAIL.sub(": ", text)  # "Best Residential Movers in NYC 2025 | Top 19 Companies"
    if _GLUED_BUTTONS.match(text):  # (a title in small letters: "what is once sprung ...")
        text = textmod.upper_first(_GLUED_BUTTONS.sub("", text))
    dated = _LEADING_DATE.match(text)
    if dated and len(text[dated.end():].split()) >= 3:
        text = text[dated.end():]  # a blog's "Dec 18 2025 Preparing a transition in Debusine"
    if len(text.split()) > LONG_TITLE:
        text = _QUOTE_KICKER.sub("", text)
    m = _TITLE_TAIL.search(text)
    if not m:
        return text
    by = _BY_WORDS.match(m.group(0))
    if by and _known_words(by.group(1).split()) >= min(2, len(by.group(1).split())) \
            and not _TEAM_LINE.match(by.group(1)) and by.group(1).lower() not in _BY_ROLE:
        return text  # "... Shot Dead In Milan By Rookie Police Officer", "... as Lakers squeak
        # by Grizzlies": words, not a name
    out = text[:m.start()].strip()
    if by and len(by.group(1).split()) == 1 and _AGENT_VERB_END.search(out):
        return text  # a passive's agent, one name: "Woman says she was traumatized by Lohan" (not a
        # writer's full name: "Tidal barrier plan approved by Jeff Foust")
    if _CREDIT_VERB_END.search(out):
        return text  # "JIS News | Presented by: Anthony Morgan": a credit, not a title's byline
    return out if len(out.split()) >= 3 else text


# a list's count after a bar, its subtitle (WCXB 0055): no site's name
_COUNT_TAIL = re.compile(r"\s+\|\s+(?=(?:the\s+)?(?:top|best)\s+\d+\s+(?:[\w-]+\s+){0,2}[\w-]+$"
                         r"|\d+\s+(?:[\w-]+\s+){0,2}(?!(?:comments|views|shares|lbs)$)[\w-]+s$)", re.I)  # (not "| 10 Downing Street")
# a past participle before "by": "... was traumatized", "... beaten", "... struck" (a passive's agent follows)
# (not a credit's: "reviewed by", "illustrated by"; nor those of ``_CREDIT_VERB_END``, checked beside it)
_AGENT_VERB_END = re.compile(r"\b(?!(?:reviewed|checked|compiled|curated|illustrated|translated|updated|sponsored|"
                             r"powered|designed|developed|created|authored|submitted|contributed|shared|"
                             r"published|filmed|recorded|directed|inspired|selected|chosen)\s*$)"
                             r"(?:[a-z]{2,}ed|[a-z]{2,}en|struck|shot|caught|bought|sold|won|held|"
                             r"hurt|told|sought|found|swept|fought|slain|sued)\s*$")
_CREDIT_VERB_END = re.compile(r"\b(?:presented|written|posted|produced|reported|edited|hosted|"
                              r"photographed|narrated|read)\s*$", re.I)


# Lines that sit next to a headline and are not one: breadcrumbs ("BLOG > Weight Loss"),
# captions that end with their credit ("... campaign. (onmeth.com)").
_BREADCRUMB = re.compile(r"\s(?:>|\u00bb|/|\u00b7)\s.*\s(?:>|\u00bb|/|\u00b7)\s|\s[>\u00bb\u2192\u203a]\s|\w/\s.*\w/\s"
                         r"|^(?:HOME|Home)\s/\s")  # "Bheki/ Informal Traders/ City", "HOME / RADIO & TELEVISION"
# (and links with arrows: "Platform Overview \u2192 Enterprise Ready \u2192 In-House Support \u2192")
_PULL_QUOTE = re.compile(r"^[\"\u201c].*[\"\u201d][.!?]?$")
# a meta line under a headline: "Geingob's Funeral, National, News | Published: 5 hours ago |
# Last Updated: 5 hours ago | Written by Eliaser Ndeyanale"
_META_LINE = re.compile(r"(?:^|\|)\s*(?:published|last updated|updated):\s|\|\s*(?:written\s+)?by\s+[A-Z]"
                        r"|^(?:posted|filed)\s+(?:under|in)\s", re.I)  # "Posted under Car Tires": its category
# a time or a numeric date, words glued by a menu ("HomeNewsBusinessMarkets"), a byline's
# job title ("Steve Peoples, AP National Political Writer"), "you are here"
_NOT_TITLE = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}|[A-Z][a-z]+[A-Z][a-z]+[A-Z][a-z]+"
                        r"[A-Z]|(?i:\b(?:writer|reporter|editor|correspondent|columnist|analyst|"
                        r"contributor|sponsored)$|you are here)|(?i:" + _META_LINE.pattern + ")"
                        # a site's name and its motto to the reader: "Ordinary to Badass | You are
                        # a Badass, you just don't know it yet!"
                        r"|\s\|\s[^|]*\b(?i:you|your|you're)\b[^|]*$"
                        # a paragraph run on into the next heading: "... no response is
                        # received at all. Versioning"
                        r"|\b(?!etc\b)[a-z]{3,}[.!?]\s+[A-Z][a-z]+$"
                        # an e-mail address ("Letters to the Editor Email comments@dallasnews.com"),
                        # a caption's credit after its sentence ("... mining prospects. (Sondeep
                        # Shankar)"; dallasnews.com and theglobeandmail.com in newspaper's test pages)
                        r"|\b[\w.+-]+@[\w-]+\.[\w.]+\b|[.!?]\s*\((?:[A-Z][\w.'-]*\s?){1,4}\)$")
# "February 1, 2019 | BY: Ilana Muhlstein", "18/03/2019 | André Mindermann", "11/28/2016 04:23
# pm ET", "Friday 18 November 2011 18.00 EST": a dateline that starts with the date
_DATE_LEAD = re.compile(r"^(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
                        r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?)"
                        r"\s+\d{4}(?:\b|(?=[A-Z][a-z]))|\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*(?:$|[|\u2022\u00b7]|\d{1,2}:\d{2}|by\s+[A-Z]))", re.I)
# a breadcrumb or a category line that ends with the date: "Blog Home AI & Machine Learning •
# October 18, 2019"; a photo's caption of a place and its date: "Stansted Airport, Dec. 22, 2014."
_DATE_TAIL = re.compile(r"[|\u2022\u00b7,]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                        r"\.?\s+\d{1,2},?\s+\d{4}\.?\s*$", re.I)
# "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", "Nov. 19, 2019 8:03 am ET"
# (not a menu's "Updated Articles and Resources", about.com in newspaper's test pages)
_TIME_STAMP = re.compile(r"^(?:updated|published|posted)\b(?!\s+(?:articles?|stories|posts|resources|content|"
                         r"news|items|guides?|reviews?|recipes?|lists?|information|listings|products|deals)\b)"
                         r"|\b\d{1,2}:\d{2}\s*[ap]\.?m\b", re.I)
# a writer's name with a social-media handle: "Nishant Kumar @Nishantopines"
_HANDLE_BYLINE = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s+@\w{2,30}$")
# a byline whose name has a lower-case particle ("By Lisa de Moraes", "By Ahmed bin Salem")
_PARTICLE_BYLINE = re.compile(r"^By\s+[A-Z][\w.'-]+(?:\s+(?:de|da|di|del|della|van|von|der|den|la|le|"
                              r"du|dos|das|bin|al|el|ter))+(?:\s+[A-Z][\w.'-]+){1,2}\s*$")
_BY_END = re.compile(_BY_ALONE + "$", re.I)
_GLUED_BY = re.compile(r"\s+(?:written\s+)?(?:by:?\s+[A-Z]|by(?-i:[A-Z][a-z])|by:?\s*$)", re.I)
# "By Lance Ulanoff published 19 May 2026" (Future's sites), or with a machine's date: "By Mike
# Wall 2019-11-18T20:51:19Z Science & Astronomy"
_PUBLISHED_BYLINE = re.compile(r"^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}?"
                               r"(?:\s+(?:published|updated)\b|\s*\d{4}-\d\d-\d\d)")
# the line over a byline: "Author of the article:" (Postmedia's pages; then "The Associated Press")
# (a menu's "Authors" is no such line)
_AUTHOR_LEAD = re.compile(r"^(?:authors? of (?:the|this) (?:article|story):?|authors?:|written by:?)$", re.I)
_BYBY = re.compile(r"^By(?=by\s)")  # "Byby JOSH HASKELL": a hidden "By" before the shown one
# "ByNatasha Daly", "ByAngela Kaye Carpenter Updated onFebruary 16, 2026" (WCXB 4148)
_BY_NAME = re.compile(r"^By(?=[A-Z][a-z]+(?:\s+[A-Z][\w.'-]+){1,3}(?:\s|$))")
_LOWER_TAIL = re.compile(r"(?<=[A-Za-z])(?:\s+[a-z]+){1,3}$")
# a short byline with a station's or a desk's name: "By 7 News WHDH", "By CNN Staff"
_SHORT_BY = re.compile(r"^(?:By\s+(?!" + boilerplate.MENU_FACET + r")(?:[A-Z0-9][\w.'&-]*\s*){1,5}"
                       r"|By\s+the\s+(?:[A-Z][\w.'&-]*\s+){0,4}(?i:staff|wire|reporters?|team|desk|editors?|newsroom)"
                       r"|(?i:authors?|writers?|written by|(?:a\s+)?post(?:ed)?\s+by)\s*:\s*[A-Z].{0,60})$")  # "Author: Adam Rogers",
# "By the CNN Wire Staff"
# a byline of a name alone over its date, in capitals or not: "NATHANAEL JOHNSON" / "JANUARY 10,
# 2020 9:00AM (UTC)", "Beth Allcock" / "Published: 7:49, 2 Nov 2023"
_NAME_LINE = re.compile(r"^(?!(?i:the|an?)\s)(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,})){1,2}$")


# a section and its tags: "Military & Defense More: The Aviationist Argentina Britain" (Business Insider)
_TAGS_LINE = re.compile(r"\sMore:\s+[A-Z]"
                        # a post's tags, three or more, one of two words or more: "Care
                        # Coordination, Data Management, Patient Management, Workflow"
                        r"|^(?=.*[A-Z][\w&-]*\s[A-Z][^,]*,)(?:[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2},\s){2,}"
                        r"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2}$")
# a name with its credentials ("Dylan Bailey, MS, RD, FAND"), a team's byline ("BCBSOK
# Connect Team"), a demo's button ("See Userpilot in Action")
_TEAM_LINE = re.compile(r"^(?:[A-Z][\w&.'-]*\s+){1,3}(?:Team|Staff|Editors|Desk)$")
_WIDGET_LINE = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3},(?:\s+[A-Z]{2,6}\.?,?){1,6}$"
                          r"|" + _TEAM_LINE.pattern +
                          r"|^See\s+(?:[A-Z][\w.'&-]*\s+){1,3}in\s+Action$"
                          # a badge: "Trusted by 4M+ businesses"
                          r"|^(?i:trusted by\s+(?:over\s+|more than\s+)?[\d.,]+\s*[kmb]?\+?\s)"
                          # a sign-up button: "Start Your Free Trial", "Book a Demo"
                          r"|^(?i:(?:start|get|try|begin|claim|book|request|schedule)\s+(?:your|a|an|my|our)\s+"
                          r"(?:free\s+|\d+[- ]day\s+)*(?:trial|demo|quote|consultation|account)\b)"
                          # button labels run together: "Book a demoStart fee trialBook a demo"
                          r"|(?:.*\b[a-z]{3,}[A-Z][a-z]{2,}\b){2}"
                          # ... a menu's links run together: "For Team Owners & ManagersFor solo
                          # ProfessionalsFor Team Members", "How to Invest MoneyWhat to Invest InHow
                          # to ..." (not a brand's "LinkedIn", "YouTube")
                          r"|(?:[\s\S]*[a-z]{2}(?:For|What|How|Why|The|And|About|Our|Your|Best|Top|Get)(?=[\sA-Z]|$)){2}"
                          # ... a button run into a question: "Ready to Create Videos That Convert?Get In Touch"
                          # ... or a sales pitch's question alone: "Want predictable growth from SEO?"
                          r"|^(?:Want|Need|Ready)\b[^?]{3,60}\?$"
                          r"|.*[?!.](?i:get\s+in\s+touch|contact\s+us|get\s+started|learn\s+more|book\s+a\s+(?:call|demo)|sign\s+up|talk\s+to\s+(?:us|an\s+expert))$"
                          # ... a button in the reader's words: "Start My LLC", "Get My Quote"
                          r"|^(?i:(?:start|get|form|create|build|find|open|see)\s+my(?:\s+\S+){1,2})$"
                          # a list's heading: "More Outdoor Gear Reviews", "Related Stories"
                          r"|^(?:More|Other|Related|Latest|Recent|Popular)\s+(?:[A-Z][\w&'-]*\s+){0,3}(?:Reviews|"
                          r"Stories|News|Articles|Guides|Posts|Videos|Deals|Picks)$"
                          # a recipe's ingredient: "1/4 cup (60g) sourdough starter, fed or unfed*"
                          # (in small letters: not "10 Grams of Protein a Day Is Enough")
                          # (or "4\u00bd cups or 1125 ml of water", nestle-family.com in trafilatura's test pages)
                          r"|^(?:\d+[\u00bc-\u00be\u2153-\u215e]?|[\u00bc-\u00be\u2153-\u215e])(?:\s+\d+/\d+|[/.]\d+)?\s*(?:scant\s+|heaping\s+|level\s+)?(?:cups?|tbsp|tsp|tablespoons?|"
                          r"teaspoons?|g|grams?|oz|ounces?|lbs?|pounds?|ml|kg|cubes?|cloves?|pinch(?:es)?|slices?|sprigs?)\b(?!\s+of\b)|^\S.{0,30}\(\d+\s*(?:g|ml)\)")
# a writer's job under their name: "Social Media & Community Expert", "Senior Staff Writer"
_ROLE_LINE = re.compile(r"^(?:[A-Z][\w'-]*\s+|&\s+|of\s+){0,5}(?:Expert|Editor|Writer|Reporter|Correspondent|"
                        r"Contributor|Columnist|Analyst|Strategist|Specialist|Consultant|Author|Manager|"
                        r"Director|Producer|Journalist|Researcher|Founder|Lead|Marketer|Scientist)s?$")


def _known_words(ws: list[str]) -> int:
    """How many of ``ws`` lemminflect's dictionary knows (in lower case): words, not names."""
    from lemminflect import getAllLemmas

    return sum(bool(getAllLemmas(w.lower())) for w in ws)


SHARED_TAIL_WORDS = 4  # words at least that a glued title shares with its neighbour


def unglued(bl: list[blocks.Block], i: int, title: str) -> str:
    """The title of line ``i`` without a label glued on inside a word, when a line next to it
    ends with the same title after a space: "Conceptual ArticlesGenAIn8n: A Guide to Workflow
    Automation" (a breadcrumb run together) over "Conceptual Article n8n: A Guide to Workflow
    Automation" gives "n8n: A Guide to Workflow Automation" (so does the title on a line of its
    own two lines below: "Conceptual Article" / "n8n: A Guide to Workflow Automation")."""
    for j in (i + 1, i + 2, i - 1):
        other = bl[j].text if 0 <= j < len(bl) else ""
        # (in capitals, with a label before it, over the title in its own case: "CYNOMI GUIDES
        # GETTING TO YES: THE ANTI-SALES GUIDE ..." / "Getting to YES: The Anti-Sales Guide ...",
        # WCXB 0081: that line)
        caps = title.isupper() and other != other.upper()
        a, b = (title.upper(), other.upper()) if caps else (title, other)
        n = len(os.path.commonprefix([a[::-1], b[::-1]]))
        source = other if caps else title  # (the tail in its own case)
        tail = source[len(source) - n:]
        if 0 < n < len(title) and (n == len(other) or other[-n - 1] == " ") \
                and (title[-n - 1].isalnum() or caps and title[-n - 1] == " " and n == len(other)) \
                and len(tail.split()) >= SHARED_TAIL_WORDS and len(other[:-n].split()) <= 3:
            return tail
    return title


SITE_TAIL_WORDS = 4  # words at most of a site's name after a title's bar


TAG_LINE_WORDS = 6  # words at most of a subtitle or a tag in small letters under a title
# ... or of a line of its writer and sections, between bullets or bars ("littlesunshine • Home &
# Lifestyle Parenting Preschoolers", WCXB 5580)
META_LINE_WORDS = 12
_META_SEPARATOR = re.compile(r"\s[•·|]\s")


def without_tag_line(block: str, title: str) -> str:
    """``title`` without the last line of its ``block`` (the clean text, its lines) when that
    line is a subtitle or a tag in small letters that ran on into it: "what is once sprung cannot
    necessarily be unsprunged" / "the problem of cognitive hysteresis" (WCXB 0420),
    "Starting an eco-friendly lifestyle: tips for zero waste living" / "starting zero waste"
    (WCXB 4610), or a line of its writer and sections (``_META_SEPARATOR``)."""
    lines = [x.strip() for x in block.split("\n") if x.strip()]
    last = lines[-1] if lines else ""
    if len(lines) < 2 or not last[:1].islower() \
            or len(last.split()) > (META_LINE_WORDS if _META_SEPARATOR.search(last) else TAG_LINE_WORDS) \
            or last[-1:] in ".!?," or len(lines[-2].split()) < 4 or lines[-2][-1:] in ",;:-" \
            or not title.endswith(last):
        return title
    return title[:-len(last)].rstrip()


def without_site_name(bl: list[blocks.Block], i: int, title: str) -> str:
    """``title`` (line ``i``'s) without the name after its last bar or dash when the page names
    its site so: a line above it, the site's header ("Bridgestone Tires" / ... / "The Ultimate
    Car Maintenance Checklist | Bridgestone Tires" gives "The Ultimate Car Maintenance
    Checklist", WCXB 4182), or its copyright line ("Critics' Choice: Best UK Art Exhibitions
    2025 – Artlyst" over "© Artlyst 2025", WCXB 0408)."""
    cut = max((title.rfind(bar), bar) for bar in _SITE_BARS)
    if cut[0] < 0:
        return title
    head, tail = title[:cut[0]].strip(), title[cut[0] + len(cut[1]):].strip()
    if len(tail.split()) > SITE_TAIL_WORDS or len(head.split()) < 3 or not tail:
        return title
    name = tail.lower()
    if any(b.text.strip().lower() == name for b in bl[:i]) or any(
            (m := _COPYRIGHT_NAME.match(b.text)) and re.match(re.escape(name) + r"\b", m.group(1).lower())
            for b in bl[i + 1:]):
        return head
    return title


_SITE_BARS = (" | ", " – ", " — ", " - ")  # what stands between a title and its site's name
# a page's copyright line and the name in it: "© Artlyst 2025", "Copyright © 2024 The Verge, LLC"
_COPYRIGHT_NAME = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?"
                             r"(\S.*)$", re.I)
