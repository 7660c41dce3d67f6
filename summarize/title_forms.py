"""A page title's other forms as a headline: without the words that address the reader or
point at the list it announces, without a section's label or the quotation marks around it.

"6 Types of HR Outsourcing You Need to Know About" -> "6 Types of HR Outsourcing"; "These Are
the 25 Hottest Hosting Trends" -> "The 25 Hottest Hosting Trends"; "How Much Should You Charge
For A Yoga Class?" -> "How Much to Charge For A Yoga Class"; "Everything You Need to Know About
X" -> "What to Know About X"; "Strengthen your cybersecurity" -> "How to strengthen your
cybersecurity"; "Want a good EV? Here are the 20 best ..." -> "The 20 best ..."; "You Need to
Download This! The Ultimate Checklist" -> "The Ultimate Checklist"; "Do They Save You Money?" ->
"Do They Save Money?"; "... | Opinion" and "“New Ways to Corrupt LLMs”" lose their label and
quotation marks.

It does not judge a form (``headlines.title_candidates`` does), cut a title to a length
(``headlines.title_variants``) or change a word of what the title is about.
"""

from __future__ import annotations

import re

from .headline_checks import NOUN_YOU, VOICE
from .text import title_case, upper_first

# a word for the reader (not the "Your" of "Knock-Your-Socks-Off", nor the noun "you")
READER = re.compile(r"(?<![\w-])(?!" + NOUN_YOU + r")(?:you|your|you're|you've|you'll)(?![\w'-])", re.I)
# a title in quotation marks, none inside: "“New Ways to Corrupt LLMs”" (a style, not a quote)
_WHOLLY_QUOTED = re.compile(r"^[\u201c\"]([^\u201c\u201d\"]{8,})[\u201d\"]$")
# a section's label after the title: "How meditation rewires brains ... | Opinion"
LABEL_TAIL = re.compile(r"\s+[|\u2013\u2014-]\s+(?:opinion|analysis|editorial|column|commentary|explainer|summary)$", re.I)
# "These are" / "Here are" / "We've compiled" before the list a title announces: the words
# that point at it
# (or a greeting before the name of what the page is: "[Welcome to ]the State of AI Newsletter", WCXB 4440)
LIST_OPENER = re.compile(r"^(?:(?:these|here)\s+(?:are|were)|we(?:['\u2019]ve|\s+have)\s+(?:compiled|rounded\s+up|"
                         r"gathered|picked|listed|found|ranked)|welcome\s+to)\s+(?=(?:the|our|\d+)\s)", re.I)
# a question that asks the reader (or the writer) what to do: "How Much Should You Charge For A
# Yoga Class", "How much should I pay for cleaning in San Diego?"
_ASKS_READER = re.compile(r"^(?P<wh>(?:how|what|when|where)(?:\s+(?:much|many|long|often))?)\s+"
                          r"(?:should|can|do|could)\s+(?:you|I)\s+(?=[a-z]\w*\s)", re.I)
# what the reader is told they must know, after what the title is about
_TO_KNOW = re.compile(r"\s+(?:that\s+)?you\s+(?:need\s+to|should|must|have\s+to|ought\s+to|want\s+to)\s+"
                      r"(?:be\s+)?(?:know|read|see|try|watch|use|using|check|play|hear|visit|buy|follow|wear|eat|own|listen\s+to)(?:\s+(?:about|out))?"
                      r"(?:\s+(?:now|today|immediately|right\s+now|asap|as\s+an?\s+[\w\s]{3,30}))?(?=\s+in\s+\d{4}$|$)"
                      r"|\s+you\s+can\s+take(?=\s+to\s)"
                      r"|\s+(?:that\s+)?you(?:['\u2019]ll)?\s+(?:really\s+)?need(?=\s+in\s+\d{4}$|$)"
                      # what the things are for: "The Gear and Apps[ You Need] to Survive the Next
                      # Semester" (goose3's test page gizmodo1; not "Why You Need to ...")
                      r"|(?<!\bwhy)(?<!\bhow)(?<!\bwhen)(?<!\bif)(?<!\ball)(?<!\beverything)(?<!\banything)(?<!\bthat)"
                      r"\s+you\s+need(?=\s+to\s+(?!know\b)[a-z]+\b)", re.I)
_ALL_YOU_MUST_KNOW = r"(?:what|everything|all)\s+you\s+(?:need\s+to|should|must|have\s+to)\s+know"
# a guide's tail for the reader: "The Beginner's Guide to Gym Equipment[: Everything You Need to Know]"
_KNOW_TAIL = re.compile(r"\s*[:\u2013\u2014-]\s+" + _ALL_YOU_MUST_KNOW + r"[.!]?$", re.I)
# what a title's subject is for, told to the reader: "... Agency rates comparison for all 50
# states[ to help you optimize your marketing budget]"
_HELP_TAIL = re.compile(r",?\s+(?:to|that\s+will|which\s+will|will)\s+help\s+you\s+[^:;?!]+$", re.I)
_ALL_TO_KNOW = re.compile(r"^" + _ALL_YOU_MUST_KNOW + r"\s+(about|on|before|when|after)\s+(?=\S)", re.I)
# what the reader can do with the things a title names, said as what they are for: "New Year's
# Eve Hairstyles[ You Can ->] to Wear From Office to Party" (self.com in newspaper's test pages),
# "Things[ You Can ->] to Do" (not "If You Can Read This", "Why You Can't ...", nor after an
# adverb: "Now You Can Read Hacker Monthly on ebook readers", not "Now to Read ...")
_YOU_CAN = re.compile(r"(?<=[a-z])(?<!\bif)(?<!\bwhen)(?<!\bunless)(?<!\bbecause)(?<!\bso)(?<!\bwhether)"
                      r"(?<!\bnow)(?<!\bhere)(?<!\btoday)(?<!\bfinally)(?<!\bsoon)(?<!\bstill)(?<!\balso)"
                      r"(?<!\bthen)(?<!\bwhere)(?<!\bhow)(?<!\bwhy)(?<!\bwhat)"
                      r"\s+(?:that\s+)?you\s+can\s+(?=[a-z]+\b)", re.I)
# a quotation that opens a tabloid's title before the news it comes from: "['I found cheap
# eyelashes and texts' ]Helen Wood speaks out on cheating boyfriend" (dailystar.co.uk in
# newspaper's test pages)
# (a quoted name is the subject, not a quotation: "'The Interview' Is a Pretty Smart Movie")
_LEAD_QUOTE = re.compile(r"^(?P<q>['\u2018\u201c\"])(?:[^'\u2018\u2019\u201c\u201d\"\s]+\s+){3,}"
                         r"[^'\u2018\u2019\u201c\u201d\"]*?[.!?,]?['\u2019\u201d\"]\s+(?=[A-Z])")


def reader_words(title: str) -> set[str]:
    """The words of ``title`` for the reader, in lower case ("you", "your", ...)."""
    return {m.group(0).lower() for m in READER.finditer(title)}


def unquoted(title: str) -> str:
    """A title in quotation marks without them, unless they quote someone speaking (a word
    for "I", "we" or "you" inside: "“We will not back down”")."""
    m = _WHOLLY_QUOTED.match(title)
    return m.group(1) if m and not VOICE.search(m.group(1)) else title


def told(title: str) -> str | None:
    """The question that asks the reader what to do as what it is about ("How Much Should
    You Charge For A Yoga Class" -> "How Much to Charge For A Yoga Class"), or None."""
    m = _ASKS_READER.match(title)
    return None if not m or READER.search(title[m.end():]) else f"{m.group('wh')} to {title[m.end():]}"


_HOW_TO = re.compile(r"(?:how\s+to|(?:\d+\s+)?(?:\w+\s+)?(?:tips|ways|steps)\s+(?:for|to|on))\s", re.I)
# a list's title of things to do or for a use: "The top 10 commands to teach your puppy first",
# "10 ways meditation can improve your health" (WCXB 4558)
_LIST_TO = re.compile(r"(?:the\s+)?(?:top\s+|best\s+)?\d+\s+(?:(?:[\w-]+\s+){1,3}?(?:to|for)|(?:ways|reasons|things|signs))\s", re.I)


def how_to_yours(title: str) -> bool:
    """Whether ``title`` is a how-to whose only word for the reader is "your" ("How to
    Protect Your Home From Flooding", "Tips for Selecting DC Motors for Your Mobile Robot"):
    instructions, not an address to the reader."""
    return bool(_HOW_TO.match(title)) and reader_words(title) == {"your"}


def listed_for_yours(title: str) -> bool:
    """Whether ``title`` is a list of things to do or for a use whose only word for the reader
    is "your" ("The top 10 commands to teach your puppy first", WCXB 4598): a how-to too."""
    return bool(_LIST_TO.match(title)) and reader_words(title) == {"your"}


def asks_about_yours(title: str) -> bool:
    """Whether ``title`` asks a question whose only word for the reader is "your" ("Who's
    Reading Your Newsletter? Increasingly, Not a Human"): a question about a thing, which
    loses its sense without the word."""
    return "?" in title and reader_words(title) == {"your"}


# a question before the list the title announces: "Want a good EV? Here are the 20 best ..."
_ASKED_THEN_LISTED = re.compile(r"^[^?!.]{3,60}\?\s+(?=(?:here|these)\s+(?:are|were)\s+(?:the|our|\d+)\s)", re.I)
# the reader as what a thing saves or costs: "Do They Really Save You Money?" (the sense stays
# without the word)
_SAVES_YOU = re.compile(r"\b(?P<verb>saves?|saved|costs?|earns?|earned)\s+you\s+(?=\S)", re.I)
# a teaser for the reader before the title proper: "[You Need to Download This! ]The Ultimate
# Wedding Planning Checklist"
_TEASER = re.compile(r"^(?P<teaser>[^.!?]{3,60}!)\s+(?=[A-Z])")


# a call to the reader after a dash: "... With These Books — Join Them!", "... - Shop Now"
_CALL_TAIL = re.compile(r"\s+(?:[\u2013\u2014]|--?)\s+(?P<verb>[A-Z][a-z]+)(?:\s+(?:out|up|in))?"
                        r"\s+(?:them|it|now|more|today|why|yours|here|how|us)!?$", re.I)


# two titles joined by "+": "Podcast Equipment Guide: The 5 Pieces of Equipment You Need + How
# to Start Your Podcast for $90" (the first is the headline)
_JOINED = re.compile(r"^(?P<first>(?:\S+\s+){2,}?\S+)\s+\+\s+(?=[A-Z])")


# the writer's test as the title: "[I] Tested [10 Top Rated Standing Desk Converters]", "We
# Tested 6 Zoom Alternatives - Here's How They Compare" (its object, then what is done to it)
_WRITER_TESTED = re.compile(r"^(?:I|We)(?:'ve|\u2019ve)?\s+(?P<verb>Tested|Tried|Reviewed|Compared|Ranked|Rated)\s+"
                            r"(?P<what>(?:\d+|the|a|an|these|every)\s+[^:;\u2013\u2014]+?)"
                            r"(?P<more>\s+(?:for|in|on|at|from|over|under|with|after)\s+[^:;\u2013\u2014]+?)?"
                            r"(?::\s.*|\s+[-\u2013\u2014]\s.*)?$", re.I)

_CLAUSE_ON = re.compile(r"\b(?:so|because|and then|you|your|which|that)\b", re.I)


def tested(full: str) -> str | None:
    """A title of the writer's test said without the writer: "I Tested 10 Top Rated Standing
    Desk Converters" -> "10 Top Rated Standing Desk Converters Tested"; None for other titles."""
    m = _WRITER_TESTED.match(full)
    if not m or len(m.group("what").split()) < 2 or _CLAUSE_ON.search(m.group(0)):
        return None  # (not "We Tried Every Burger in Boston So You Don't Have To")
    verb = m.group("verb") if title_case(full.split()) else m.group("verb").lower()
    return upper_first(f"{m.group('what')} {verb}{m.group('more') or ''}")


# what opens an order's object: "Strengthen your ...", "Tackle the ..." (not "Top 10 ...",
# "Guide to ...", a column's "Fix It Friday: ...")
_OBJECT_OPENERS = frozenset("your the a an these those this".split())


def spared(title: str) -> str | None:
    """``title`` without the reader as what a thing saves or costs ("Do They Really Save
    [You ]Money"), when no other word addresses the reader; else None."""
    plain = _SAVES_YOU.sub(r"\g<verb> ", title)
    return plain if plain != title and not READER.search(plain) else None


def _imperative(word: str) -> bool:
    """A capitalised verb's base form: an order's first word ("Strengthen", "Keep")."""
    from lemminflect import getAllLemmas

    return word.lower() in getAllLemmas(word.lower()).get("VERB", ()) and word[:1].isupper()


def without_reader_tail(title: str) -> str:
    """``title`` without the words that tell the reader what to know: "...: Everything You Need
    to Know", "... You Should Be Using", "... to help you optimize your budget" (their verbs
    are no verbs of the title's own)."""
    return _WHEN_YOU_TAIL.sub("", _HELP_TAIL.sub("", _TO_KNOW.sub("", _KNOW_TAIL.sub("", title))))


# the reader's case after a list's title: "20 Clever Small Nursery Ideas[ When You're Tight On
# Space]" (thepostpartumparty.com in trafilatura's test pages); a freebie after it: "[ + Free Printable]"
_WHEN_YOU_TAIL = re.compile(r"\s+(?:When|If)\s+You(?:['\u2019](?:re|ve)|\s+(?:Are|Have))\s+[^:;?!]+$")
# a column's name after the title: "...[: The Q]" (gq.com in newspaper's test pages)
_COLUMN_TAIL = re.compile(r"\s*:\s+The\s+[A-Z][\w'&.-]{0,15}$")
_AUXILIARIES = frozenset("is are was were has have had will would can could should may might must do does did".split())
_FREEBIE_TAIL = re.compile(r"\s*(?:\+|\(\+?|\[)\s*(?:a\s+)?Free\s+(?:Printables?|Downloads?|Templates?|Checklists?|"
                           r"PDFs?|Worksheets?|Guides?|E-?books?)[)\]]?$", re.I)


# an interjection that opens a title, no part of what it says (hellogiggles.com in trafilatura's
# test pages: "Wait, are dead skin cells actually a good thing?") (not "Yes,"/"No,": an answer)
_INTERJECTION = re.compile(r"^(?:wait|okay|ok|so|well|oh|psst|hey|look|listen|surprise)\s*[,!]\s+(?=\w)", re.I)


def without_interjection(title: str) -> str:
    """``title`` without an opening interjection (``_INTERJECTION``) before three words or more."""
    hey = _INTERJECTION.match(title)
    return upper_first(title[hey.end():]) if hey and len(title[hey.end():].split()) >= 3 else title


def forms(full: str, question: bool) -> list[str]:
    """``full`` (a title without its labels and end punctuation; ``question``: it ended with
    "?") and its forms without the words for the reader or the list, first the one to start
    from ("These Are the 25 ..." gives only "The 25 ...")."""
    full = _FREEBIE_TAIL.sub("", full)
    column = _COLUMN_TAIL.search(full)
    if column and len(full[:column.start()].split()) >= 5:
        full = full[:column.start()]  # "Everything You Need to Know Before Buying a Motorcycle[: The Q]"
    called = _CALL_TAIL.search(full)
    if called and _imperative(called.group("verb")) and len(full[:called.start()].split()) >= 4:
        full = full[:called.start()]  # "The Biggest Book Clubs Are Ending 2025 With These Books[ — Join Them!]"
    listed = LIST_OPENER.sub("", full)
    out = [upper_first(listed)] if listed != full else [full]
    if question and (plain := told(full)):
        out.append(plain)
    if _ALL_TO_KNOW.match(full):  # "Everything You Need to Know About X" -> "What to Know About X"
        out.append(_ALL_TO_KNOW.sub(lambda m: f"What to Know {m.group(1)} ", full))
    can = _YOU_CAN.sub(" to ", full)
    if can != full and not READER.search(can):
        out.append(can)  # "New Year's Eve Hairstyles to Wear From Office to Party"
    quoted = _LEAD_QUOTE.match(full)
    if quoted and len(full[quoted.end():].split()) >= 4 and not _imperative(full[quoted.end():].split()[0]) \
            and full[quoted.end():].split()[0].lower() not in _AUXILIARIES:
        out.append(full[quoted.end():])  # "Helen Wood speaks out on cheating boyfriend"
    guide, known = _KNOW_TAIL.sub("", full), _TO_KNOW.sub("", full)
    if guide != full and len(guide.split()) >= 3:
        out.append(guide)  # "The Beginner's Guide to Gym Equipment[: Everything You Need to Know]"
    elif known != full and len(known.split()) >= 3:
        out.append(known)  # "6 Types of HR Outsourcing [You Need to Know About]"
    asked = _ASKED_THEN_LISTED.match(full)
    if asked:  # "Want a good EV? [Here are ]the 20 best electric cars on sale right now"
        out.append(upper_first(LIST_OPENER.sub("", full[asked.end():])))
    if plain := spared(full):
        out.append(plain)  # "Smart Thermostats: Do They Really Save [You ]Money?"
    teaser = _TEASER.match(full)
    if teaser and READER.search(teaser.group("teaser")) and not READER.search(full[teaser.end():]) \
            and len(full[teaser.end():].split()) >= 3:
        out.append(full[teaser.end():])  # "[You Need to Download This! ]The Ultimate ... Checklist"
    words = full.split()
    if len(words) >= 3 and _imperative(words[0]) and words[1].lower() in _OBJECT_OPENERS and not question \
            and reader_words(full) == {"your"}:
        verb = words[0] if words[1][:1].isupper() else words[0].lower()  # (in Title Case it stays)
        out.append(f"How to {verb} {' '.join(words[1:])}")  # "Strengthen your cybersecurity"
    helped = _HELP_TAIL.sub("", full)
    if helped != full and len(helped.split()) >= 4:
        out.append(helped)
    if done := tested(full):
        out.append(done)  # "[We] Tested 6 Zoom Alternatives"
    joined = _JOINED.match(full)
    if joined and not question:  # "[Podcast Equipment Guide: The 5 Pieces of Equipment You Need] + How to ..."
        out += [f for f in forms(joined.group("first"), False) if f not in out]
    return out
