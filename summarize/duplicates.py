"""Find sentences that repeat earlier content, cheap checks first, embeddings second.

A sentence repeats earlier content when it says nothing new: its facts (names, numbers,
dates) are all in the earlier sentence(s) it resembles, found cheaply first (exact or
near-exact words) and by embeddings second.  "5 men were arrested" and "6 men were
arrested" stay apart; "The library will close on March 31" after "The library will
close" is not a repeat (it adds a date).  The earliest telling is kept.
``mark(doc, emb)`` fills ``doc.duplicate_of``, ``doc.similarity`` and ``doc.repeated_sections``.

This module does not decide what goes into a brief; engines read ``doc.unique``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # document -> accounts -> duplicates: the type only
    from .document import Document

_TOKEN = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twelve": "12",
                 "twenty": "20", "hundred": "100", "thousand": "1000", "million": "1000000"}
COMMON_CAPS = frozenset("""
The A An He She It They We I You His Her Its Their Our This That These Those There Here But And
So Yet However Meanwhile In On At For After Before When While If As Mr Mrs Ms Dr
""".split())


@lru_cache(maxsize=32768)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text.lower()))


def tokens(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens (cached: the same sentence is read several times)."""
    return list(_tokens(text))


# a run of this many words that two sentences share is a repeated clause, not a shared name
# ("the U.S. Securities and Exchange Commission" is six)
ECHO_RUN = 7


def shingles(text: str, n: int = ECHO_RUN) -> set[tuple[str, ...]]:
    """The runs of ``n`` consecutive lower-cased tokens of ``text``."""
    t = _tokens(text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def facts(text: str) -> frozenset[str]:
    """Numbers (digits or number words) and capitalised names in a sentence."""
    out = {n.replace(",", "") for n in _NUMBER.findall(text)}
    low = tokens(text)
    out |= {_NUMBER_WORDS[w] for w in low if w in _NUMBER_WORDS}
    out |= {w.lower() for w in _NAME.findall(text) if w not in COMMON_CAPS}
    return frozenset(out)


STOP = frozenset("""
the a an of to in on at for by with from and or but is are was were be been being has have had
it its he she they them his her their this that these those which who whom what when where
said says say will would could should can may might also about after before into over than
as not no so if then there here very more most some any all one each other such only just
""".split())


def content_words(text: str) -> set[str]:
    """Content words of a sentence, cut to 5 letters as a cheap stem ("voted" ~ "votes")."""
    return {w[:5] for w in tokens(text) if w not in STOP}


def stems(text: str) -> list[str]:
    """Content words cut to six letters ("Democrats", "Democratic" -> "democr")."""
    return [w[:6] for w in tokens(text) if w not in STOP]


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def mark(doc: Document, emb: np.ndarray | None, threshold: float = 0.80, near: float = 0.75,
         anchored: float = 0.58, covered: float = 0.5, words: float = 0.75) -> Document:
    """Mark repeated sentences of ``doc`` in place; ``emb`` is (n_sentences, dim) or None.

    Sentence j repeats earlier content when either
      (a) one earlier sentence says the same: cosine >= ``threshold`` or word Jaccard >= ``near``,
          and j has no fact the earlier one lacks; or
      (b) j states numbers, all its facts are in one earlier sentence and their cosine is
          >= ``anchored`` (the same figures told in other words); or
      (c) j has facts, all of them and most (``words``) of its content words appear in
          earlier sentences similar to j (cosine >= ``covered``): a retelling in other words.
    """
    sents = doc.sentences
    n = len(sents)
    toks = [set(tokens(s.text)) for s in sents]
    keys = [" ".join(tokens(s.text)) for s in sents]
    fact = [facts(s.text) for s in sents]
    content = [content_words(s.text) for s in sents]
    sim = emb @ emb.T if emb is not None and n else np.zeros((n, n), dtype=np.float32)
    rep_of = list(range(n))   # index of the sentence each one repeats (itself if new)
    link = [0.0] * n
    seen_keys: dict[str, int] = {}
    for j in range(n):
        if keys[j] in seen_keys:
            best, best_sim = rep_of[seen_keys[keys[j]]], 1.0
        else:
            best, best_sim = _same_as_earlier(j, rep_of, sim, toks, fact, threshold, near,
                                              emb is None)
        seen_keys.setdefault(keys[j], j)
        if best < 0:
            best, best_sim = _same_figures(j, rep_of, sim, fact, anchored)
        if best < 0:
            best, best_sim = _covered_by_earlier(j, rep_of, sim, fact, content, covered, words)
        if best >= 0:
            rep_of[j], link[j] = best, best_sim
    doc.duplicate_of = [None if rep_of[i] == i else rep_of[i] for i in range(n)]
    doc.similarity = [round(x, 4) for x in link]
    doc.repeated_sections = _repeated_sections(doc)
    return doc


def _same_as_earlier(j, rep_of, sim, toks, fact, threshold, near,
                     emb_missing=False) -> tuple[int, float]:
    best, best_sim = -1, 0.0
    for r in range(j):
        if rep_of[r] != r:
            continue
        cos = float(sim[j, r])
        jac = _jaccard(toks[j], toks[r]) if cos >= 0.5 or emb_missing else 0.0
        if not (cos >= threshold or jac >= near):
            continue
        if fact[j] <= fact[r] and max(cos, jac) > best_sim:
            best, best_sim = r, max(cos, jac)
    return best, best_sim


def _same_figures(j, rep_of, sim, fact, anchored) -> tuple[int, float]:
    if not any(f[0].isdigit() for f in fact[j]):
        return -1, 0.0
    best, best_sim = -1, 0.0
    for r in range(j):
        if rep_of[r] == r and fact[j] <= fact[r] and anchored <= sim[j, r] and sim[j, r] > best_sim:
            best, best_sim = r, float(sim[j, r])
    return best, best_sim


def _covered_by_earlier(j, rep_of, sim, fact, content, covered, words) -> tuple[int, float]:
    if not fact[j] or j == 0:
        return -1, 0.0
    near_ids = [r for r in range(j) if rep_of[r] == r and sim[j, r] >= covered]
    if not near_ids:
        return -1, 0.0
    pool = frozenset().union(*(fact[r] for r in near_ids))
    if not fact[j] <= pool:
        return -1, 0.0
    seen = set().union(*(content[r] for r in near_ids))
    if len(content[j] & seen) < words * len(content[j]):
        return -1, 0.0
    best = max(near_ids, key=lambda r: sim[j, r])
    return best, float(sim[j, best])


def _repeated_sections(doc: Document) -> list[str]:
    """Headings whose sections mostly repeat earlier content."""
    out = []
    for h, heading in enumerate(doc.headings):
        ids = [s.index for s in doc.sentences if s.section == h]
        dup = [i for i in ids if doc.duplicate_of[i] is not None]
        if len(ids) >= 2 and len(dup) >= 0.5 * len(ids) and heading.text not in out:
            out.append(heading.text)
    return out
