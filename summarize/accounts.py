"""Several accounts of one story in one text: split at separator lines, merge the parses.

A user who wants one neutral brief of how three outlets told a story pastes the three
articles, each with its title, separated by a line of three or more hyphens (Markdown's
rule, "---") after a blank line or a line that ends a sentence (an article's last line; a
console's table puts its rule under a column's name: "QUERY PLAN" / "-------"; a code
sample's front matter is "key: value" lines between two rules).
``split(raw)`` finds those parts; ``merge(raw, parts)`` joins the parsed
parts into one Document whose spans point into the whole text and whose ``titles`` hold
every account's title (the headline step chooses among them).  ``agreement(doc)`` says how
much of each sentence the other accounts also report: the brief prefers those facts.

It does not guess accounts without a separator: a mid-text line that reads as a title is
a subheading as often as another outlet's headline.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from .duplicates import stems
from .results import Removed

SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.M)
_ENDS_AN_ACCOUNT = tuple(".!?\"'\u201d\u2019)")  # the end of the line above a separator, when not blank


def _separates(raw: str, at: int) -> bool:
    """Whether the rule line starting at ``at`` opens the text or follows a blank line or
    the end of a sentence."""
    lines = raw[:at].split("\n")
    above = lines[-2].strip() if len(lines) >= 2 else ""
    return not above or above.endswith(_ENDS_AN_ACCOUNT)


# a code sample's front matter between two rules is no account: "---" / "globs: *.razor" /
# "alwaysApply: false" / "---"
_FRONT_MATTER = re.compile(r"[ \t]*\n(?:[ \t]*[\w.-]+:[^\n]*\n){1,12}[ \t]*-{3,}[ \t]*(?:\n|$)")


def split(raw: str) -> list[tuple[int, int]]:
    """Spans of the accounts in ``raw`` (one span, the whole text, when it has no separator)."""
    spans, start = [], 0
    for m in SEPARATOR.finditer(raw):
        if not _separates(raw, m.start()) or _FRONT_MATTER.match(raw, m.end()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(raw)))
    return [(a, b) for a, b in spans if raw[a:b].strip()] or [(0, len(raw))]


def merge(raw: str, parts: list[tuple[int, object]], failed: list[Removed]):
    """One Document from ``parts`` [(offset, Document)]; ``failed`` lists the accounts that
    could not be read (kept in ``removed`` with the reason)."""
    first = parts[0][1]
    sentences, headings, removed = [], [], list(failed)
    titles: list[str] = []
    paragraphs = words_in = furniture = 0
    for k, (off, doc) in enumerate(parts):
        titles += doc.titles
        h0 = len(headings)
        headings += [replace(h, start=h.start + off, end=h.end + off) for h in doc.headings]
        removed += [replace(r, start=r.start + off, end=r.end + off) for r in doc.removed]
        for s in doc.sentences:
            n = len(sentences)
            sentences.append(replace(s, index=n, position=n, start=s.start + off, end=s.end + off,
                                     paragraph=s.paragraph + paragraphs,
                                     section=s.section + h0 if s.section >= 0 else -1,
                                     account=k))
        paragraphs += doc.paragraphs
        words_in += doc.words_in
        furniture += doc.furniture_blocks
    removed.sort(key=lambda r: r.start)
    return replace(first, raw=raw, title=titles[0] if titles else None, titles=titles,
                   sentences=sentences, headings=headings, removed=removed,
                   paragraphs=paragraphs, words_in=words_in, furniture_blocks=furniture)


def agreement(doc) -> np.ndarray | None:
    """For each sentence, the share of its content words that another account has too
    (None for a single account): the facts every outlet reports, not one outlet's slant."""
    n = 1 + max((s.account for s in doc.sentences), default=0)
    if n < 2:
        return None
    own = [stems(s.text) for s in doc.sentences]
    words = [set() for _ in range(n)]
    for s, st in zip(doc.sentences, own):
        words[s.account].update(st)
    others = [set().union(*(w for j, w in enumerate(words) if j != k)) for k in range(n)]
    return np.array([sum(w in others[s.account] for w in st) / max(1, len(st))
                     for s, st in zip(doc.sentences, own)], np.float32)
