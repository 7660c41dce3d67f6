"""Rule-based sentence splitter for news text, returning character spans.

Handles titles and abbreviations ("Sen.", "U.S.", "a.m."), initials ("J. K. Rowling"),
decimals and times ("3.5", "9.30"), ellipses, and quotes or brackets closing a sentence
('... home." Then'), and keeps '"Why?" she asked.' together, as well as a short quotation
of several sentences with its attribution.  It is a single regex scan
plus a few look-ups, so a 3,000-word article splits in about a millisecond.

It does not split on newlines (the document model does that) and it does not know about
headings or junk.
"""

from __future__ import annotations

import re

# Titles before a name: never end a sentence.
TITLES = frozenset("""
mr mrs ms messrs mme mlle dr prof sen sens rep reps gov govs gen lt col maj capt cpt sgt cpl pvt
adm cmdr cmdt lieut supt det insp st ste mt ft rev revd hon pres amb atty ald fr sr jr esq
no nos nr vs v op vol vols pt fig figs pp ch art sec para approx est dept univ assn bros
reg orig
""".split())  # (a deal's "reg." and "orig." price: "$429.99 (reg. $1,799)", WCXB 0477)
# Abbreviations that may end a sentence: split only when the next word starts a sentence.
MAYBE_END = frozenset("""
inc ltd co corp plc llc bros etc jr sr ave blvd rd st hwy ct pl no
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
""".split())
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words that usually start a sentence after an ambiguous abbreviation ("in the U.S. The ...").
STARTERS = frozenset("""
the a an he she it they we i you his her its their our this that these those there here
but and so yet however meanwhile still in on at for after before when while if as
mr mrs ms dr some many most all no one two three police officials authorities
""".split())

_BOUNDARY = re.compile(
    r"""(?P<punct>[.!?\u2026]+|\.\s?\.\s?\.)      # terminal punctuation (incl. ". . .")
        (?P<close>["'\u201d\u2019)\]]*                # closing quotes / brackets
                  (?:\[\d{1,3}(?:[,\u2013-]\d{1,3})*\])*)  # and reference marks ("timely.[1] So")
        (?P<space>\s+)                                # whitespace
        (?=(?P<next>[\"'\u201c\u2018(\[]*\W{0,1}[\w$£€]))  # what follows
    """,
    re.X,
)
_TOKEN_BEFORE = re.compile(r"([\w.&'-]*)$")


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[\"'\u201c\u2018(\[]*([\w$£€][\w'-]*)", text[pos:pos + 40])
    return m.group(1) if m else ""


def _is_boundary(text: str, m: re.Match) -> bool:
    punct = m.group("punct")
    nxt_word = _next_word(text, m.end())
    if not nxt_word:
        return False
    first = nxt_word[0]
    if first.islower():
        return False  # '"Why?" she asked.', 'e.g. a car', '... and then'
    if punct != ".":
        return True
    token = _TOKEN_BEFORE.search(text[max(0, m.start() - 40):m.start()]).group(1)
    token = token.lstrip("'-(")
    low = token.lower().rstrip(".")
    if not token:
        return True
    if m.group("close"):
        return True  # 'said "go home." Then' -- the quote closes the sentence
    if low in TITLES and low not in MAYBE_END:
        return False
    if len(token) == 1 and token.isupper():
        # An initial ("J. K. Rowling", "Harry S. Truman"); a lone capital rarely ends a sentence.
        return nxt_word.lower() in STARTERS and len(nxt_word) > 1
    if low in MONTHS and first.isdigit():
        return False
    if token.isupper() and 2 <= len(token) <= 4 and nxt_word.isupper() and len(nxt_word) > 1 \
            and re.match(r"[\"'\u201c\u2018(\[]*[A-Z][A-Z\d-]+\s+[A-Z][A-Z\d-]+\b", text[m.end():]):
        return False  # a name in capitals with a dot inside: "the ID. SPACE VIZZION is" (not
        # "fines in the US. RBS reported")
    if re.fullmatch(r"[$\u00a3\u20ac]?\d[\d,]*\.\d+", token):
        return True  # a price or a decimal ends the sentence: "12 issues for \u00a311.99. Click"
    if "." in token:  # dotted abbreviation: U.S., a.m., e.g.
        return low not in ("e.g", "i.e", "cf", "viz") and nxt_word.lower() in STARTERS
    if low in MAYBE_END:
        return nxt_word.lower() in STARTERS
    return True


# A quotation of several sentences that closes within this many characters of the
# sentence's start stays one sentence with its attribution ('"We are happy. We will go on,"
# she said.'), as does a quoted slogan inside a sentence ('The "Meth. We're on it." campaign').
MAX_QUOTED = 320


def _open_quote(text: str, start: int, end: int) -> str | None:
    """The closing quote mark ``text[start:end]`` still waits for, if it opened one."""
    seg = text[start:end]
    if seg.count("\u201c") > seg.count("\u201d"):
        return "\u201d"
    if "\u201c" not in seg and seg.count('"') % 2:
        return '"'
    return None


def unclosed_quote(text: str) -> str | None:
    """The closing mark a sentence's last opened quotation still waits for, or None: a brief
    that takes the first sentence of a quotation of several closes it ("\u201cThese rioters
    are criminals." -> "\u201cThese rioters are criminals.\u201d").  A straight mark closes a
    curly opening ("\u201c... the camel's back.\"" is closed)."""
    waiting: list[str] = []  # the closing marks of the open quotations, innermost last
    for ch in text:
        if ch == "\u201c" or ch == '"' and not waiting:
            waiting.append("\u201d" if ch == "\u201c" else '"')
        elif ch in '"\u201d' and waiting:
            waiting.pop()
    return waiting[-1] if waiting else None


def _inside_short_quote(text: str, start: int, m: re.Match) -> bool:
    """Whether boundary ``m`` lies inside a quotation that closes soon, in the same paragraph."""
    close = _open_quote(text, start, m.end("close"))
    if close is None:
        return False
    end = text.find(close, m.end(), start + MAX_QUOTED)
    return end != -1 and "\n" not in text[m.end():end]


# A sentence end that lost its space ("... where he worked as a chief physician.Police
# arrested ..."): a lower-case word of three letters or more, its stop, a capitalised word.
# (or a word of two letters, or one with its apostrophe: "... for saving money.It's recommended")
_GLUED = re.compile(r"(?<![\w.@/:'\u2019-])[a-z]{3,}[.!?](?=(?:[A-Z][a-z]{2,}|(?:It|In|If|As|At|On|An|We|He|So|By|To|My)"
                    r"|[A-Z][a-z]?['\u2019][a-z]{1,2})\b(?![.@/]))")


# A menu card's heading glued to its blurb without a stop ("Guide to Computer Wargames:
# Tactical, Operational and Strategic|This guide will be useful ...", "Getty Images|We all
# know ...", "Eternity Ring|Discover exquisite rings ...", WCXB 4682, 4592): a lower-case word
# run into an opening word that no name ends with (not "LinkedIn", "OpenLearn platform").
GLUED_HEADING = re.compile(r"(?<![\w@/.-])[A-Z]?[a-z]{3,}(?=(?:This|The|A|An|Our|We|Your|Discover|Explore|Find"
                            r"|Learn(?=\s+(?:more|to|about|how|which|what|why|hands)\b))\s+[a-z])")


def split_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[(start, end), ...]`` in ``text``, whitespace trimmed, none empty."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.start() < start:
            continue
        if _is_boundary(text, m) and not _inside_short_quote(text, start, m):
            end = m.start("space")
            spans.extend(_unglue(text, start, end))
            start = m.end()
    spans.extend(_unglue(text, start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _unglue(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span ``[start, end)`` cut after each glued sentence end inside it."""
    out = []
    cuts = sorted({m.end() for m in _GLUED.finditer(text, start, end)}
                  | {m.end() for m in GLUED_HEADING.finditer(text, start, end)})
    for cut in cuts:
        out.append((start, cut))
        start = cut
    return out + [(start, end)]


def split(text: str) -> list[str]:
    """Sentences of ``text`` as strings."""
    return [text[s:e] for s, e in split_spans(text)]
