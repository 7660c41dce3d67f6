"""The document model: raw text -> clean text -> blocks -> sentences, with junk recorded.

``parse(text)`` returns a ``Document``: the title (if the text starts with one), headings,
body sentences with spans into the *raw* text, and everything it left out with a reason.
Duplicates are marked later by ``duplicates.mark`` because that needs the encoder.

It raises ``InputError`` for text it cannot work with (empty, too long, binary, not
English, nothing but page furniture).  It does not score or select anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import boilerplate, sentences
from . import text as textmod
from .errors import InputError
from .results import Removed

DEFAULT_MAX_CHARS = 200_000

_TERMINAL = ".!?\u2026\"'\u201d\u2019)"
_DATELINE = re.compile(
    r"^(?:(?:By\s*\.\s*)?[A-Z][A-Za-z.,' -]{0,60}?\s*)?"
    r"\((?:CNN|Reuters|AP|AFP|UPI|EW\.com|CNN Money|CNNMoney|Mashable|BBC|Bloomberg|PA)\)"
    r"\s*(?:--|\u2014|\u2013|-)?\s*"
    r"|^[A-Z][A-Z .,'-]{2,40}(?:\s*\([A-Za-z .]{2,20}\))?\s*(?:--|\u2014|\u2013)\s*"
    r"|^(?:By \. [^.]{1,80} \. )?(?:PUBLISHED: \. [^|]{5,60}\| \. UPDATED: \. [^.]{5,40}\d{4} \. )"
)
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


def _lines(ct: textmod.CleanText) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of the clean text, with None spans marking blank lines."""
    out = []
    pos = 0
    t = ct.text
    for line in t.split("\n"):
        s, e = pos, pos + len(line)
        out.append((s, e) if line.strip() else None)
        pos = e + 1
    return out


def _is_heading_like(line: str) -> bool:
    ws = line.split()
    if not ws or len(ws) > 14:
        return False
    if line[-1] in ".!,;\u2026" or line[-1].islower() and len(ws) > 10:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'\u201c"):
        return False
    return True


def _is_title_like(line: str) -> bool:
    """A first line that reads as a title: short, no final period (may shout with ! or ?)."""
    ws = line.split()
    return 0 < len(ws) <= 20 and line[-1] not in ".,;:" and (line[0].isupper() or line[0].isdigit()
                                                            or line[0] in "\"'\u201c")


def _blocks(ct: textmod.CleanText) -> list[tuple[int, int, bool]]:
    """Group lines into blocks ``(start, end, single_line)``.

    A blank line always ends a block.  A line break inside a run of lines ends a block too,
    unless the text looks hard-wrapped (the line is long and does not end a sentence, and
    the next one does not look like a heading).
    """
    t = ct.text
    blocks: list[tuple[int, int, bool]] = []
    cur: list[tuple[int, int]] = []

    def flush():
        if cur:
            blocks.append((cur[0][0], cur[-1][1], len(cur) == 1))
            cur.clear()

    for span in _lines(ct):
        if span is None:
            flush()
            continue
        line = t[span[0]:span[1]].strip()
        if cur:
            prev = t[cur[-1][0]:cur[-1][1]].strip()
            wrapped = prev[-1] not in _TERMINAL + ":" and (
                line[:1].islower() or (len(prev) >= 50 and line[:1] not in "\"'\u201c\u2018"
                                       and not boilerplate.LABEL_PAT.match(prev)))
            if not wrapped:
                flush()
        cur.append(span)
    flush()
    return blocks


def _english(words: list[str]) -> bool:
    if len(words) < 12:
        return True
    common = sum(w.lower() in ENGLISH_COMMON for w in words)
    return common >= 0.08 * len(words)


def parse(text: str | bytes, title: str | None = None,
          max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """Parse raw article text into a Document (raises InputError for unusable input)."""
    raw = textmod.decode(text)
    check_size(raw, max_chars)
    textmod.check_not_binary(raw)
    ct = textmod.clean(raw)
    removed = list(ct.removed)
    t = ct.text
    headings: list[Heading] = []
    body: list[Sentence] = []
    paragraph = 0
    doc_title = title.strip() if title and title.strip() else None
    standalone: list[tuple[int, int, str]] = []  # short standalone lines kept as body

    for bi, (bs, be, single) in enumerate(_blocks(ct)):
        block = t[bs:be]
        rs, re_ = ct.raw_span(bs, be)
        one_line = " ".join(block.split())
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
        # Drop a leading dateline such as "LONDON (Reuters) --" or "(CNN)".
        m = _DATELINE.match(block)
        if m and m.end() < len(block):
            ds, de = ct.raw_span(bs, bs + m.end())
            removed.append(Removed(raw[ds:de].strip(), "dateline", ds, de))
            bs += m.end()
            block = t[bs:be]
        kept = 0
        for ss, se in sentences.split_spans(block):
            cut = boilerplate.junk_prefix(block[ss:se])
            if cut:
                ps, pe = ct.raw_span(bs + ss, bs + ss + cut)
                removed.append(Removed(raw[ps:pe].strip(), "call to action", ps, pe))
                ss += cut
            s_text = " ".join(block[ss:se].split())
            rs, re_ = ct.raw_span(bs + ss, bs + se)
            why = boilerplate.classify(s_text, standalone=False)
            if why:
                removed.append(Removed(raw[rs:re_].strip(), why, rs, re_))
                continue
            n = len(s_text.split())
            body.append(Sentence(len(body), s_text, rs, re_, paragraph,
                                 len(headings) - 1, len(body), n))
            kept += 1
        if kept:
            if kept == 1 and body[-1].words <= 15:
                standalone.append((len(body) - 1, paragraph, body[-1].text))
            paragraph += 1

    body = _drop_unrelated(body, standalone, removed)
    removed.sort(key=lambda r: r.start)
    words_in = len(_WS_WORD.findall(t))
    if not body:
        if removed:
            raise InputError("No article text was found: everything looked like page furniture "
                             f"({_reasons(removed)}).", kind="boilerplate", removed=removed)
        raise InputError("No sentences were found in the text. Paste the article's body text.",
                         kind="too_short")
    body_words = [w for s in body for w in s.text.split()]
    if not _english(body_words):
        raise InputError("This text does not look like English. The summariser works on "
                         "English news articles only.", kind="language")
    return Document(raw=raw, title=doc_title, sentences=body, headings=headings,
                    removed=removed, paragraphs=paragraph, words_in=words_in)


def _reasons(removed: list[Removed]) -> str:
    seen: dict[str, int] = {}
    for r in removed:
        seen[r.reason] = seen.get(r.reason, 0) + 1
    return ", ".join(f"{k} x{v}" if v > 1 else k for k, v in seen.items())


_CONTENT = re.compile(r"[A-Za-z][a-z]{3,}|[A-Z]{2,}|\d+")
_STOP = ENGLISH_COMMON | frozenset("""
this that what your you our these those them then than here there thanks thank please just
very really much many some such only even still like love hope enjoy enjoyed reading day
""".split())


def _content_words(text: str) -> set[str]:
    return {w.lower()[:6] for w in _CONTENT.findall(text)} - _STOP


def _drop_unrelated(body: list[Sentence], standalone: list[tuple[int, int, str]],
                    removed: list[Removed]) -> list[Sentence]:
    """Remove short standalone lines that address the reader and share no word with the story."""
    if len(body) < 4 or not standalone:
        return body
    drop = set()
    for idx, _, s_text in standalone:
        rest = set().union(*(_content_words(s.text) for s in body if s.index != idx))
        if any(q in s_text for q in "\"\u201c\u201d\u2018\u2019'"):
            continue  # a quotation belongs to the story
        addresses_reader = bool(re.search(r"\b(you|your)\b|!", s_text, re.I))
        if addresses_reader and not (_content_words(s_text) & rest):
            drop.add(idx)
            s = body[idx]
            removed.append(Removed(s.text, "unrelated to the story", s.start, s.end))
    if not drop:
        return body
    kept = [s for s in body if s.index not in drop]
    for i, s in enumerate(kept):
        s.index = s.position = i
    return kept
