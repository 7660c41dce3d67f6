"""Normalise raw pasted text while remembering where every character came from.

What it does: decode bytes, reject binary, tell HTML apart (``looks_like_html``; pages
go through ``webpage``, which first decodes again UTF-8 that was read as Latin-1:
``unmangle``), unescape entities, drop Markdown markers and code-fence lines, NFKC-normalise
odd unicode, and tidy whitespace.  Every output character keeps the index of the raw
character it came from, so sentences found later can point back into the user's original
text.  ``drop_reference_marks`` takes reference marks out of a sentence ("...timely.[1]",
"...in the United States (1).").

What it does not do: decide what is boilerplate or where sentences end (see
``boilerplate`` and ``sentences``).
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Union

from .errors import InputError
from .results import Removed

# A replacement is a literal string, the number of a group to keep (its characters keep
# their own origins), or a function of the match returning a string.
Repl = Union[str, int, Callable[[re.Match], str]]


@dataclass
class CleanText:
    """Normalised text plus, for each character, its index in the raw input."""

    text: str
    origin: list[int]  # len(text) + 1 entries; origin[len(text)] == len(raw)
    removed: list[Removed] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` to the raw input."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def sub(self, pattern: re.Pattern, repl: Repl, reason: str | None = None,
            raw: str | None = None) -> None:
        """Substitute in place, keeping the origin map; record matches as removed if ``reason``."""
        out: list[str] = []
        omap: list[int] = []
        pos = 0
        text, origin = self.text, self.origin
        for m in pattern.finditer(text):
            s, e = m.span()
            out.append(text[pos:s])
            omap.extend(origin[pos:s])
            if isinstance(repl, int):
                gs, ge = m.span(repl)
                if gs >= 0:
                    out.append(text[gs:ge])
                    omap.extend(origin[gs:ge])
            else:
                r = repl(m) if callable(repl) else repl
                out.append(r)
                omap.extend([origin[s]] * len(r))
            if reason and raw is not None and m.group(0).strip():
                rs, re_ = self.raw_span(s, e)
                self.removed.append(Removed(text=raw[rs:re_].strip(), reason=reason, start=rs, end=re_))
            pos = e
        if pos == 0 and not out:
            return
        out.append(text[pos:])
        omap.extend(origin[pos:])
        self.text = "".join(out)
        self.origin = omap


def decode(data: str | bytes) -> str:
    """Bytes to str (UTF-16 by BOM, else UTF-8 with any other byte read as Windows-1252;
    raises InputError if it looks like binary data)."""
    if isinstance(data, str):
        return data
    if not isinstance(data, (bytes, bytearray)):
        raise InputError(f"expected text, got {type(data).__name__}")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # (each byte that is no UTF-8 read as Windows-1252, as browsers read a page labelled
        # Latin-1: "Editors\x92 note" is "Editors’ note"; a UTF-8 page with a few such
        # bytes keeps its UTF-8)
        text = data.decode("utf-8-sig", errors=_CP1252)
        check_not_binary(text)
        return text


def _cp1252_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    """A decoding error handler: the bad bytes as Windows-1252 (Latin-1 where it has none)."""
    bad = err.object[err.start:err.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), err.end


_CP1252 = "summarize-cp1252"
codecs.register_error(_CP1252, _cp1252_bytes)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def check_not_binary(text: str) -> None:
    """Raise InputError if the text looks like binary data (NULs, many control chars)."""
    sample = text[:20000]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(8, 0.02 * len(sample)):
        raise InputError("This looks like binary data, not text. Paste the article's text "
                         "(or upload a .txt, .md or .html file).", kind="binary")


# --- HTML ----------------------------------------------------------------------------
_HTML_HINT = re.compile(r"<(?:!doctype|html|body|head|p|div|br|h[1-6]|li|ul|ol|span|a|article|"
                        r"section|script|style|img|strong|em|b|i|table|tr|td|header|footer|nav)"
                        r"(?:\s[^<>]*)?/?>", re.I)
_DOC_TAG = re.compile(r"<(?:!doctype|html|body|head)\b", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")


def looks_like_html(text: str) -> bool:
    """True when the text is markup: a document tag, or tags on many of its lines.

    A pasted page can carry a stray tag or two as text (a tracking pixel inside
    ``<noscript>``): that is still plain text.
    """
    head = text[:200000]
    tags = len(_HTML_HINT.findall(head))
    if tags < 2:
        return False
    if _DOC_TAG.search(head):
        return True
    lines = [line for line in head.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _HTML_HINT.search(line))
    return tagged >= 0.2 * len(lines)


# A link preview pasted inline with the name it describes ("Rep. Ilhan OmarIlhan OmarHillicon
# Valley: ... MORE (D-Minn.)"): glued to the name, it runs to an all-caps MORE.
# The preview starts with the full name again ("OmarIlhan Omar..."): only then is it cut.
_TOOLTIP = re.compile(r"\b(?P<last>[A-Z][a-z]+)[A-Z][a-z]+(?:\s[A-Z][\w.']*){0,3}?\s(?P=last)"
                      r"(?:[^.!?\n]|\.(?=\S)){10,800}?\sMORE\b")

# --- Markdown and code fences ---------------------------------------------------------
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[^\n]*$", re.M)
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_MD_BULLET = re.compile(r"^[ \t]*(?:[-*+•▪◦]|\d{1,2}[.)])[ \t]+", re.M)
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPH_ONE = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_=][ \t]*){3,}$", re.M)
# A drop cap copied as its own letter or line, a blank line between on some pages ("T\n\nurkey,
# Poland and ..."): "H ong Kong is burning" (not "C is a language").
_DROP_CAP = re.compile(r"^([B-HJ-Z])(?: |\n(?:[ \t]*\n)?)(?=[a-z]{2,}\b)(?!(?:is|was|and|or|of|to|in|on|at|for|the|"
                       r"are|be|has|had|can|will|with|as)\b)", re.M)
# "A" and "I" are words of their own: their drop cap ("A dam Schiff's inquiry") is joined only
# when the joined word is a name the text uses elsewhere ("... on Adam Schiff's side").
_DROP_CAP_AI = re.compile(r"^(?:(A)[ \n]([a-z]{2,})|(I)[ \n]([a-z]{4,}))\b", re.M)


def _join_name(text: str) -> Callable[[re.Match], str]:
    def repl(m: re.Match) -> str:
        name = "".join(g for g in m.groups() if g)  # "I ran" is no drop cap of "Iran"
        return name if re.search(rf"[a-z,] {name}\b", text) else m.group(0)
    return repl

# --- Whitespace -----------------------------------------------------------------------
_ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"(?:  |[\t\u00a0\u2000-\u200a\u202f\u205f\u3000])[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*")
_CR = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c]")
_TRAIL = re.compile(r"[ \t]+\n[ \t]*|\n[ \t]+")
_MANY_NL = re.compile(r"\n{3,}")


def _nfkc_char(m: re.Match) -> str:
    out = unicodedata.normalize("NFKC", m.group(0))
    return out if out.isprintable() else " "


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SAFE_NON_ASCII = set("‘’“”—–…£€¥°½¼¾éèêëáàâäíìîïóòôöúùûüçñßÉÈÁÀÓÖÜÇÑ")


def _nfkc(m: re.Match) -> str:
    ch = m.group(0)
    return ch if ch in _SAFE_NON_ASCII else _nfkc_char(m)


# UTF-8 read as Latin-1 or Windows-1252 ("EspaÃ±ol", "Weâ\x80\x99re", "â€“"): a lead byte's
# character, then one to three continuation bytes' characters, once or more in a row
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc" \
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}})+")


def _unmangled(m: re.Match) -> str:
    """A run of mojibake decoded again by ftfy (which leaves text it does not judge mangled)."""
    import ftfy

    return ftfy.fix_encoding(m.group(0))


def unmangle(text: str) -> str:
    """``text`` with its runs of UTF-8 read as Latin-1 decoded again (for an HTML page, before
    its extraction drops the control characters such a run holds).  Pasted text is cleaned
    as it is (the block model was trained on it so) and its sentences mended one by one
    (``mended``)."""
    return _MOJIBAKE.sub(_unmangled, text) if _MOJIBAKE.search(text) else text


def mended(raw_piece: str, cleaned: str) -> str:
    """``cleaned``, the clean text of ``raw_piece`` (one sentence), or, where the raw piece
    holds UTF-8 read as Latin-1 ("we\u00e2\x80\x99ll"), the clean text of the piece decoded
    again ("we\u2019ll"), its whitespace joined."""
    if not _MOJIBAKE.search(raw_piece):
        return cleaned
    fixed = _MOJIBAKE.sub(_unmangled, raw_piece)
    return cleaned if fixed == raw_piece else " ".join(clean(fixed).text.split())


def clean(raw: str) -> CleanText:
    """Normalise ``raw`` (already a str) into a CleanText; records what markup it dropped."""
    ct = CleanText(text=raw, origin=list(range(len(raw) + 1)))
    ct.sub(_CR, "\n")
    ct.sub(_ZERO_WIDTH, "")
    if "&" in ct.text:
        ct.sub(_ENTITY, lambda m: html.unescape(m.group(0)))
    ct.sub(_NON_ASCII, _nfkc)
    if " MORE" in ct.text:
        ct.sub(_TOOLTIP, 1, reason="link preview pasted inline", raw=raw)
    ct.sub(_FENCE, "", reason="code fence", raw=raw)
    ct.sub(_MD_RULE, "")
    ct.sub(_MD_HEADING, "\n")
    ct.sub(_MD_BULLET, "")
    ct.sub(_MD_LINK, 1)
    ct.sub(_MD_EMPH, 2)
    ct.sub(_MD_EMPH_ONE, 1)
    ct.sub(_SPACES, " ")
    ct.sub(_TRAIL, "\n")
    ct.sub(_DROP_CAP, 1)
    if _DROP_CAP_AI.search(ct.text):
        ct.sub(_DROP_CAP_AI, _join_name(ct.text))
    ct.sub(_MANY_NL, "\n\n")
    return ct


# A reference mark after a word: Wikipedia's "... timely.[1]", "per shift[1]," or "... unacceptable [4]." (a bracketed
# number glued to what it marks; "char destination[64];" is code and keeps it), and a health
# site's "... in the United States (1)." (a number in brackets before a full stop: taken as a
# mark only where the text numbers them in order, (1), (2), ...; a score such as "Jaidee (69)."
# or "United (63)." is data).
_SQUARE_MARK = re.compile(r"(?<=[a-z%.,;:)\u2019\u201d\"'])\[[1-9]\d{0,2}(?:[,\u2013-]\s?[1-9]\d{0,2})*\]"
                          r"(?=[\s.,:]|$)"  # ... or after a space, before the sentence's end: "unacceptable [4]."
                          r"|(?<=[a-z%)]) \[[1-9]\d{0,2}(?:[,\u2013-]\s?[1-9]\d{0,2})*\](?=[.!?]?$)")
_ROUND_MARK = re.compile(r"(?<=[A-Za-z%)\u2019\u201d\"']) \(([1-9]\d?)(?:,\s?[1-9]\d?)*\)(?=\.(?:\s|$))")


def numbered_marks(text: str) -> bool:
    """True when ``text``'s "(n)." marks count up from 1 or 2 in order of first use, twice or more:
    they are references, not scores."""
    seen: list[int] = []
    for m in _ROUND_MARK.finditer(text):
        n = int(m.group(1))
        if n not in seen:
            seen.append(n)
    return len(seen) >= 2 and seen[0] <= 2 and seen == sorted(seen)


def drop_reference_marks(sentence: str, numbered: bool) -> str:
    """``sentence`` without its reference marks ("[1]" always, "(1)." where ``numbered``)."""
    if "[" in sentence:
        sentence = _SQUARE_MARK.sub("", sentence)
    if numbered and "(" in sentence:
        sentence = _ROUND_MARK.sub("", sentence)
    return sentence


MINOR = frozenset("a an the and or but nor of in on at to for by with from as vs via per into "
                   "over is are was be".split())


def title_case(ws: list[str]) -> bool:
    """Most words capitalised (short function words aside): "Why The City Voted To Close"."""
    content = [w for w in ws if w.lower() not in MINOR and w[:1].isalpha()]
    return len(content) >= 2 and sum(w[:1].isupper() for w in content) >= 0.8 * len(content)


# a name spelled with a small first letter: "iPhone", "eBay"; a program's: "n8n", "rustc_codegen_gcc"
CODE_NAME = re.compile(r"^(?:[a-z]+[A-Z]|(?=[\w+-]{3})[a-z][\w+-]*(?:_|\d)[\w+-]*\b)")  # (not "u2 are ...")


def upper_first(text: str) -> str:
    """``text`` with its first letter capitalised, unless its first word is a name spelled
    with a small letter first ("iPhone SE fits ...", not "IPhone SE fits ...", "n8n: A Guide")."""
    if not text or CODE_NAME.match(text):
        return text
    return text[:1].upper() + text[1:]
