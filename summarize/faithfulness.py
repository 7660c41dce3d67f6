"""Faithfulness guard: every name, number and date in generated text must occur in the source.

``unsupported(output, source)`` lists what the output asserts that the source does not
contain (after normalisation: case, thousands separators, "5" ~ "five", "U.S." ~ "US",
possessives).  An empty list means the output passes.

    >>> unsupported("Mayor Marsh closed 3 libraries on Monday.", "Marsh closed three libraries on Monday.")
    []
    >>> unsupported("Mayor Smith closed 4 libraries in 2019.", "Marsh closed three libraries.")
    ['Smith', '4', '2019']

It does not judge paraphrases or verbs; a model can still say something false with the
source's own names and numbers.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITAL = re.compile(r"\b[A-Z][a-zA-Z'\u2019.-]*[a-zA-Z]|\b[A-Z]\b")
_TOKEN = re.compile(r"[a-z0-9]+")
NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
                "twelve": "12", "twenty": "20", "thirty": "30", "hundred": "100",
                "thousand": "1000", "million": "1000000", "billion": "1000000000",
                "first": "1", "second": "2", "third": "3", "half": "0.5", "dozen": "12"}
MONTHS_DAYS = frozenset("january february march april may june july august september october "
                        "november december monday tuesday wednesday thursday friday saturday "
                        "sunday".split())
# Capitalised words that are not names (sentence starts, pronouns, titles, common words).
NOT_NAMES = frozenset("""
the a an he she it they we i you his her its their our this that these those there here but
and so yet however meanwhile in on at for after before when while if as mr mrs ms dr sen rep
gov president mayor officials police according also some many most all one no new former
""".split())


def _norm_number(n: str) -> str:
    n = n.replace(",", "")
    return n[:-2] if n.endswith(".0") else n


def _source_vocab(source: str) -> set[str]:
    low = source.lower().replace("\u2019", "'")
    vocab = set(_TOKEN.findall(low))
    vocab |= {_norm_number(n) for n in _NUMBER.findall(source)}
    vocab |= {v for w, v in NUMBER_WORDS.items() if w in vocab}
    vocab |= {t.replace(".", "") for t in re.findall(r"\b(?:[a-z]\.){2,}", low)}  # u.s. -> us
    return vocab


def facts_of(text: str) -> list[str]:
    """Names (capitalised words not at a sentence start), numbers and dates of ``text``."""
    out: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in _NUMBER.finditer(text)]
    for m in _CAPITAL.finditer(text):
        word = m.group(0)
        start = m.start()
        prev = text[:start].rstrip()
        sentence_start = not prev or prev[-1] in ".!?\"'\u201c:"
        low = word.lower().strip(".")
        if low in NOT_NAMES or (sentence_start and low not in MONTHS_DAYS and len(low) > 1
                                and not word.isupper()):
            continue
        out.append((start, word))
    return list(dict.fromkeys(w for _, w in sorted(out)))


def unsupported(output: str, source: str) -> list[str]:
    """Names, numbers and dates of ``output`` that ``source`` does not contain."""
    vocab = _source_vocab(source)
    missing = []
    for fact in facts_of(output):
        if fact[0].isdigit():
            if _norm_number(fact) not in vocab:
                missing.append(fact)
            continue
        parts = _TOKEN.findall(fact.lower().replace("\u2019s", "").replace("'s", ""))
        joined = "".join(parts)
        if parts and not (all(p in vocab for p in parts) or joined in vocab):
            missing.append(fact)
    return missing
