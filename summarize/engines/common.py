"""Steps every engine shares: embed documents, mark duplicates, flag loaded words, build a Brief."""

from __future__ import annotations

import re
import time

import numpy as np

from .. import duplicates, neutral
from ..document import Document
from ..encoder import Encoder
from ..results import Brief, Duplicate, Edit, Flag, Headline, SentenceRef, Source, Stats


def embed_documents(encoder: Encoder, docs: list[Document],
                    keep_states: set[str] | None = None) -> list[dict[str, np.ndarray | None]]:
    """Encode every sentence, title and heading of ``docs`` in one batched call.

    Returns, per document, {"sentences": (n, d), "title": (d,) or None, "headings": (h, d)}.
    ``keep_states``: sentences whose token states the encoder should keep (see Encoder).
    """
    texts: list[str] = []
    for d in docs:
        texts.extend(s.text for s in d.sentences)
        texts.extend(h.text for h in d.headings)
        if d.title:
            texts.append(d.title)
    emb = encoder.encode(texts, keep_states=keep_states)
    out = []
    k = 0
    for d in docs:
        n, h = len(d.sentences), len(d.headings)
        item = {"sentences": emb[k:k + n], "headings": emb[k + n:k + n + h], "title": None}
        k += n + h
        if d.title:
            item["title"] = emb[k]
            k += 1
        out.append(item)
    return out


def mark_duplicates(docs: list[Document], embs: list[dict]) -> None:
    """Fill each document's duplicate marks from its sentence embeddings."""
    for d, e in zip(docs, embs):
        duplicates.mark(d, e["sentences"])


def sentence_flags(doc: Document) -> list[list[Flag]]:
    """Loaded-language flags of each body sentence, spans in the raw input."""
    return [neutral.detect(doc.raw[s.start:s.end], offset=s.start) for s in doc.sentences]


def input_flags(doc: Document, per_sentence: list[list[Flag]] | None = None) -> list[Flag]:
    """Loaded-language flags for the title and every body sentence, spans in the raw input."""
    flags: list[Flag] = []
    if doc.title:
        start = doc.raw.find(doc.title)
        if start >= 0:
            flags.extend(neutral.detect(doc.title, offset=start, sentence_level=False))
    for f in per_sentence if per_sentence is not None else sentence_flags(doc):
        flags.extend(f)
    return flags


def neutrality_of(doc: Document, flags: list[Flag]) -> float:
    """Share of the article's words that carry no flag."""
    words = sum(s.words for s in doc.sentences) or 1
    return round(max(0.0, 1 - neutral.loaded_words(flags) / words), 4)


def build_brief(doc: Document, refs: list[SentenceRef], headlines: list[Headline],
                rejected: list[Headline], engine: str, timings: dict[str, float],
                notices: list[str] | None = None, extra: dict | None = None,
                per_sentence_flags: list[list[Flag]] | None = None,
                edits: list[Edit] | None = None) -> Brief:
    """Assemble a Brief with stats, duplicates, flags, removed items and edits."""
    flags = input_flags(doc, per_sentence_flags)
    summary = " ".join(r.text for r in refs)
    dups = [Duplicate(s.text, s.start, s.end, s.index, doc.duplicate_of[s.index],
                      doc.similarity[s.index])
            for s in doc.sentences if doc.duplicate_of and doc.duplicate_of[s.index] is not None]
    stats = Stats(
        words_in=doc.words_in, words_out=len(summary.split()),
        sentences_in=len(doc.sentences), sentences_unique=len(doc.unique),
        redundancy=round(doc.redundancy, 4), removed=len(doc.removed),
        neutrality_input=neutrality_of(doc, flags),
        neutrality_brief=neutral.neutrality(summary), timings=timings,
        extra={"repeated_sections": doc.repeated_sections, **(extra or {})})
    return Brief(summary=summary, sentences=refs, headlines=headlines, title=doc.title,
                 removed=list(doc.removed), duplicates=dups, flags=flags, rejected=rejected,
                 stats=stats, engine=engine, notices=list(notices or []),
                 source=source_of(doc), edits=list(edits or []))


def brief_edits(raw: str, sentence, changes: list, position: int) -> list[Edit]:
    """``Edit`` records for the changes ``neutral.rewrite_edits`` made to one sentence of
    the document (``position``: its place in the brief); spans point into ``raw``."""
    out = []
    piece = raw[sentence.start:sentence.end]
    for c in changes:
        k = sentence.start + c.start
        if raw[k:k + len(c.original)] != c.original:  # the sentence text was normalised
            hits = [m.start() for m in re.finditer(re.escape(c.original), piece)]
            k = sentence.start + min(hits, key=lambda h: abs(h - c.start)) if hits else -1
        out.append(Edit(c.original, c.new, c.reason, k, k + len(c.original) if k >= 0 else -1,
                        position, c.at))
    return out


def source_of(doc: Document) -> Source:
    """What the Brief's spans point into (the extracted article text for a page)."""
    if doc.source == "text":
        return Source()
    return Source(kind=doc.source, spans="source.text", text=doc.raw, url=doc.url)


class Timer:
    """Accumulates named wall-clock durations in milliseconds."""

    def __init__(self):
        self.times: dict[str, float] = {}

    def lap(self, name: str, since: float) -> float:
        """Record time since ``since`` under ``name``; return now."""
        now = time.perf_counter()
        self.times[name] = round(self.times.get(name, 0.0) + (now - since) * 1000, 2)
        return now
