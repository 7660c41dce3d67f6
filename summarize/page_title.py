"""The headline of a pasted page: which line, above the article, is its title.

A select-all copy of a news page holds the headline among menus, bylines, captions, related
stories and buttons, with nothing to mark it.  ``_page_title`` scores the title-like lines
before the article's first paragraph by the words they share with the article and by how
close a byline or a time stamp sits below them; ``clean_page_title`` takes off what pages
glue to a headline (a byline, a slide counter, a kicker).  The helpers name the lines that
are not a headline (a caption with its credit, a masthead, a breadcrumb, a listed story).

It does not classify blocks (``blocks``), clean sentences (``document``) or judge a title as a
headline candidate (``headlines``).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from typing import Callable

import numpy as np

from . import blocks, boilerplate, webpage
from . import text as textmod
from .sentences import GLUED_HEADING

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
_BY_ALONE = r"\s+(?:written\s+)?by:?"  # a title's "by" whose name is on the next line
_TITLE_TAIL = re.compile(
    r"\s*(?:\s[a-z]+_[a-z_]+\b.*|\(\d+\)|(?<![\d/])\d{1,3}\s*/\s*\d{1,3}(?![\d/])|\s(?:written\s+)?by:?\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})"
    rf"(?:\s*[\u2014\u2013|-].*|\s+@\w+.*|\s+(?:on\s+(?:\d{{1,2}}\s+)?)?{_MONTH}.*)?|\s+[\u2014\u2013|/]\s+{_MONTH}.*"
    # "... businesses bySauli Giliard", "... at least 26 Back to video" (a video player's link)
    r"|\sby(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w.'-]*){1,3})|\s+back to video"
    r"|\s+add to\s*(?:\.\.\.|\u2026|reading list)?"  # (the Globe and Mail's "Add to ..." button)
    r"|" + _BY_ALONE +  # (a "by" whose name is on the next line)
    r"|" + webpage.SOURCE_TAIL_PATTERN + r")$", re.I)  # (Slashdot's "(latimes.com) 87")


_BY_WORDS = re.compile(r"\s+(?:written\s+)?by:?\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})\s*$", re.I)


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


_LEADING_DATE = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s+"
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
    if by and _known_words(by.group(1).split()) >= 2 and not _TEAM_LINE.match(by.group(1)):
        return text  # "... Shot Dead In Milan By Rookie Police Officer": words, not a name
    out = text[:m.start()].strip()
    if _CREDIT_VERB_END.search(out):
        return text  # "JIS News | Presented by: Anthony Morgan": a credit, not a title's byline
    return out if len(out.split()) >= 3 else text


# a list's count after a bar, its subtitle (WCXB 0055): no site's name
_COUNT_TAIL = re.compile(r"\s+\|\s+(?=(?:the\s+)?(?:top|best)\s+\d+\s+(?:[\w-]+\s+){0,2}[\w-]+$"
                         r"|\d+\s+(?:[\w-]+\s+){0,2}(?!(?:comments|views|shares|lbs)$)[\w-]+s$)", re.I)  # (not "| 10 Downing Street")
_CREDIT_VERB_END = re.compile(r"\b(?:presented|written|posted|produced|reported|edited|hosted|"
                              r"photographed|narrated|read)\s*$", re.I)


# Lines that sit next to a headline and are not one: breadcrumbs ("BLOG > Weight Loss"),
# captions that end with their credit ("... campaign. (onmeth.com)").
_BREADCRUMB = re.compile(r"\s(?:>|\u00bb|/|\u00b7)\s.*\s(?:>|\u00bb|/|\u00b7)\s|\s[>\u00bb\u2192\u203a]\s|\w/\s.*\w/\s")  # "Bheki/ Informal Traders/ City"
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
                        r"|\b(?!etc\b)[a-z]{3,}[.!?]\s+[A-Z][a-z]+$")
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
_TIME_STAMP = re.compile(r"^(?:updated|published|posted)\b|\b\d{1,2}:\d{2}\s*[ap]\.?m\b", re.I)
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
                or _name_line(text) and j + 1 < len(bl) and (_is_stamp(bl[j + 1].text)
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


_CREDIT_LINE = re.compile(r"^(?:photo(?:graph)?s?|image|picture|credit)\s*:\s*\S.{0,40}$", re.I)


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


def _known_words(ws: list[str]) -> int:
    """How many of ``ws`` lemminflect's dictionary knows (in lower case): words, not names."""
    from lemminflect import getAllLemmas

    return sum(bool(getAllLemmas(w.lower())) for w in ws)


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
    # (one of them may be a group's label a little longer: "Packaging Design" / "Get to know us")
    return len(bl[i].words) <= 5 and not _CLAUSE_WORD.search(bl[i].text) and all(
        0 <= j < len(bl) and len(bl[j].words) <= 5 and not bl[j].terminal for j in near) \
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
    def story(j: int) -> bool:
        return 0 <= j and j + 1 < len(bl) and len(bl[j].words) >= 4 \
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
        return bool(m) and all(w[:1].isupper() for w in m.group(1).split()) \
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


def _named_caption(text: str) -> bool:
    """Whether a short line opens with a person's name (two capitalised words no dictionary
    knows) and has no finite verb: a slideshow's caption ("Miguel Bernal North Diving",
    "Aidan Gantenbein 100 backstroke"), not a headline ("Kepa Arrizabalaga Joins Chelsea")."""
    from lemminflect import getAllLemmas

    ws = text.split()
    if not 3 <= len(ws) <= 6 or not all(w[:1].isupper() and w.isalpha() and not
                                        getAllLemmas(w.lower()) for w in ws[:2]):
        return False
    return not any("VERB" in getAllLemmas(w.lower()) and not w.lower().endswith("ing")
                   for w in ws[2:])


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
    table's field or a widget's line (``_title_above``'s first checks, by the words alone)."""
    from .headline_checks import FIELD_VALUE

    return bool(_BACK_LINK.match(text) or _masthead(text) or _MENU_RUN.match(text) or _FILE_LINK.search(text)
                or _CREDIT_TAIL_LINE.search(text) or _site_header(text) or _SHORT_BY.match(text)
                or boilerplate.BYLINE_PAT.match(text) or _TAGS_LINE.search(text) or _name_pipe(text)
                or FIELD_VALUE.match(text) and not _YEAR_TITLE.match(text) or _WIDGET_LINE.match(text))


# a title of four words or more with its year after a colon, no table's field: "Best Universities in
# USA for Engineering: 2026" (WCXB 5210), not "Founded: 1998"
_YEAR_TITLE = re.compile(r"^(?:\S+\s+){3,}\S+:\s*(?:19|20)\d\d$")


def _no_title_words(text: str) -> bool:
    """Whether a line's words end cut short or with an emoticon, hold a time, date or
    breadcrumb, are a pull quote, a caption or a credit, repeat a run of words, or end with a
    count (``_title_above``'s later checks that need no byline)."""
    return bool(_EMOTICON_END.search(text) or _CUT_END.search(text) or _NOT_TITLE.search(text)
                or _DATE_LEAD.match(text) or _DATE_TAIL.search(text) or _BREADCRUMB.search(text)
                or _PULL_QUOTE.match(text) or _named_caption(text) or _people_caption(text)
                or _CAPTION_OPENER.match(text) or _repeats_words(text) or boilerplate.CREDIT_TAIL.search(text)
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


def _search_box(bl: list[blocks.Block], i: int) -> bool:
    """Whether line ``i`` is a search box's label: it starts with "Search", as another line
    within three does ("Search The Software Report" / "Search for articles and insights ...")."""
    return bl[i].text.startswith("Search ") and any(
        bl[j].text.startswith("Search") for j in range(max(0, i - 3), min(len(bl), i + 4)) if j != i)


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

    def button_tag(line: str) -> bool:
        return any(line.startswith(b) and not _GOES_ON.match(line[len(b):]) and (
            len(b.split()) > 1 and len(line[len(b):].split()) <= 3 or (
                line[len(b):].islower() and not has_verb(line[len(b):]))) for b in buttons)
    return button_tag


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
                or i > 0 and _BARE_BY.match(bl[i - 1].text.strip()) is not None or _series_item(bl, i))


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
                or _in_capitals_menu(bl, i) or _in_vertical_menu(bl, i) \
                or _capitals(text) and len(text.split()) <= 6 and i + 1 < len(bl) and _is_stamp(bl[i + 1].text) \
                or i and _name_line(bl[i - 1].text) and _ROLE_LINE.match(text) or _search_box(bl, i) \
                or _signed_run(bl, i) or _over_sign_in(bl, i) or _plus_label(bl, i, first) or _promo_card(bl, i) \
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
        if not close and not best_bylined and first - i <= 3 and i and _is_stamp(bl[i - 1].text):
            # its date right above, the article right below (a standfirst and a photo credit
            # may come between) (Wired: "Will Knight", "Business", "01.21.2020 07:00 AM", the
            # title), unless a line above has its byline (lines above without one are menus
            # and search boxes: "Search All UC Davis HealthSearch")
            close, byline = True, 1
        overlap = len(words & (whole if close else article)) / len(words)
        # right above the first paragraph with its byline below them (only a standfirst, the
        # byline and a time stamp between), one shared word will do (a paywalled page's title
        # over its standfirst: "Google Stadia, ... : So Many Ways to Play...and Pay")
        if overlap < (0.1 if close and first - i <= byline + 2 else 0.15 if close
                      else 0.25 if byline is not None else 0.3):
            continue
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
