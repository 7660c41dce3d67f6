"""The default engine: rank the article's own sentences, pick a brief, compress headlines.

preprocess: embed all sentences of all documents in one batch; mark duplicates.
forward:    features -> scores (learned scorer if shipped, else hand-tuned) -> MMR selection.
postprocess: neutral rewrite of strongly loaded words, headline candidates, Brief.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import numpy as np

from .. import accounts, calm
from .. import compressor as cmp
from .. import headlines as hl
from ..compressor import load_shipped as load_compressor
from ..document import Document
from ..duplicates import content_words, shingles
from ..encoder import Encoder, get_encoder
from ..features import FEATURES, sentence_features
from ..options import Options
from ..results import Brief, SentenceRef
from ..scorer_model import load_shipped as load_shipped_scorer
from ..scoring import HandScorer
from ..select import select
from ..sentences import unclosed_quote
from ..wellformed import load_shipped as load_judge
from .common import (
    Timer,
    brief_edits,
    build_brief,
    embed_documents,
    mark_duplicates,
    sentence_flags,
)
from .eligible import eligible_sentences, names_a_fact

# A sentence that opens with a pronoun or a connective leans on the one before it ("That means
# people with the disorder need a plan", "For example, the Stadia port doesn't run at 60fps.").
CONNECTIVE = (r"For (?:example|instance),|In (?:addition|contrast|turn|other words),|Moreover|"
              r"Furthermore|Similarly|Likewise|Nevertheless|Nonetheless|As a result,|On the other hand|"
              r"If (?:so|not),")  # (the answer to a question before it: "If so, you came to the right place!")
DANGLING = re.compile(r"^(?:It|He|She|They|This|That|These|Those|His|Her|Their|Its|But|And|Yet|So|"
                      r"Also|However|Still|Instead|Meanwhile|Then|" + CONNECTIVE + r")(?!\w)")
# ... and an article's first sentence that points back at a standfirst the page lost ("This
# comes after police said ..."); a pronoun there is a feature lead's ("This is the man who
# ...", "They played in grey ...") and stays
DANGLING_FIRST = re.compile(r"^(?:(?:This|That|It|The move)\s+(?:comes?|came|follows?|followed)\b"
                            r"|(?:But|And|Yet|Also|However|Instead|Meanwhile|" + CONNECTIVE + r")(?!\w))")
# A connective as an aside of the first clause ("Israeli courts, however, have declared most
# major settlements legal.") answers something the brief said before, not always the sentence
# just before it: it may not open the brief.
CONTRASTS = re.compile(r"^[^,.;:]{1,60},\s+(?:however|though|meanwhile|instead|in turn|by contrast|"
                       r"in contrast|nevertheless|nonetheless),")
# ... and so may neither a sentence whose first clause says "also" ("Cloud computing is also
# closely tied to ...": it adds to something said before), nor one that opens with a quotation
# (an epigraph, "“A man too busy to take care of his health is like ...”", or a pull quote
# before the news it comments on); both may follow an earlier sentence of the brief.
ADDS_TO = re.compile(r"^(?:[^,.;:\u2014\u2013\"\u201c]{1,60}?\balso\b|[\"\u201c])")
BRIEF_REWRITE_WEIGHT = 0.85  # only strongly loaded words are rewritten inside brief sentences
# Several accounts of one story: how much the share of a sentence's words that the other
# accounts report moves its score, in standard deviations of the scores (tuned on neus-dev).
ACCOUNT_AGREEMENT = 4.0
# A sentence whose content is the slant ("The decision has been a contentious issue among local
# parents, many of whom have taken to social media to voice their anger."): each loaded word
# outside quotations (up to 3) of a sentence with no number and no name in it lowers its score
# by this many standard deviations of the scores.
SLANT_PENALTY = 0.4


def default_scorer():
    """The shipped learned scorer if its weights load, else the hand-tuned one."""
    return load_shipped_scorer() or HandScorer()


@dataclass
class _Staged:
    """One document between selection and headlines."""

    doc: Document
    timer: Timer
    flags: list
    scores: np.ndarray
    chosen: list[int]
    sources: list[hl.Source]


class ExtractiveEngine:
    """Extractive briefs and headline candidates over a sentence encoder."""

    name = "extractive"
    headline_sources = 4  # best-ranked sentences that headlines are made from
    state_window = 6      # leading sentences whose token states the embedding pass keeps

    def __init__(self, model: str | None = None, encoder: Encoder | None = None, scorer=None,
                 compressor="shipped", judge="shipped", device: str = "cpu",
                 precision: str = "auto", **_ignored):
        self.encoder = encoder or get_encoder(model, device, precision)
        self.scorer = scorer if scorer is not None else default_scorer()
        self.compressor = load_compressor() if compressor == "shipped" else compressor
        # the well-formedness judge reads the compressor's token states: only with it
        self.judge = (load_judge() if judge == "shipped" else judge) \
            if self.compressor is not None else None

    def load(self) -> ExtractiveEngine:
        """Load the encoder now (otherwise it loads on first use)."""
        self.encoder.load()
        return self

    def summarize(self, docs: list[Document], options: Options) -> list[Brief]:
        """One Brief per document (all documents' sentences are encoded in one batch)."""
        if not docs:
            return []
        t0 = time.perf_counter()
        # Headlines come from the best-ranked sentences, nearly always among the first few:
        # keep their token states from this pass for the compressor.
        keep = {s.text for d in docs for s in d.sentences[:self.state_window]} \
            if self.compressor is not None else None
        embs = embed_documents(self.encoder, docs, keep)
        encode_ms = (time.perf_counter() - t0) * 1000
        mark_duplicates(docs, embs)
        total = sum(len(d.sentences) for d in docs) or 1
        staged = []
        for doc, emb in zip(docs, embs):
            timer = Timer()
            timer.times["encode"] = round(encode_ms * len(doc.sentences) / total, 2)
            staged.append(self._select(doc, emb, options, timer))
        self._keep_probs([src for st in staged for src in st.sources])
        return [self._finish(st, options) for st in staged]

    def rank(self, doc: Document, emb: dict, flags: list[list] | None = None
             ) -> tuple[np.ndarray, np.ndarray]:
        """Features (n, f) and summary-worthiness scores (n,) of ``doc``'s sentences."""
        X = sentence_features(doc, emb["sentences"], emb["title"], emb["headings"], flags)
        scores = self.scorer.score(X, emb["sentences"])
        agree = accounts.agreement(doc)
        if agree is not None and agree.std() > 0:  # several accounts: the facts they share first
            scores = scores + ACCOUNT_AGREEMENT * scores.std() * (agree - agree.mean()) / agree.std()
        slant = X[:, FEATURES.index("loaded")] * [not names_a_fact(s.text) for s in doc.sentences]
        return X, scores - SLANT_PENALTY * scores.std() * slant

    def _select(self, doc: Document, emb: dict, options: Options, timer: Timer) -> _Staged:
        t = time.perf_counter()
        flags = sentence_flags(doc)
        X, scores = self.rank(doc, emb, flags)
        t = timer.lap("score", t)
        sents = doc.sentences
        eligible = eligible_sentences(doc, X)
        dangling = {s.index for s in sents
                    if (DANGLING if s.index else DANGLING_FIRST).match(s.text)}
        # (sentences that may follow an earlier brief sentence but not open the brief)
        leans_back = {s.index for s in sents if CONTRASTS.match(s.text) or ADDS_TO.match(s.text)}
        content = [content_words(s.text) for s in sents]
        echoes = [shingles(s.text) for s in sents]
        # a sentence that loses its frame or closing judgement in the brief counts as cut
        words = [len(calm.trim(s.text)[0].split()) if options.neutral_brief and f else s.words
                 for s, f in zip(sents, flags)]

        def pick(needs_previous, needs_earlier):
            return select(scores, emb["sentences"], words, eligible,
                          max_words=options.max_words, target_words=options.target_words,
                          min_sentences=options.min_sentences,
                          max_sentences=options.max_sentences, lam=options.diversity,
                          needs_previous=needs_previous, needs_earlier=needs_earlier,
                          content=content, shingles=echoes)

        # all dangle: better them than nothing
        chosen = pick(dangling, leans_back) or pick(frozenset(), frozenset())
        timer.lap("select", t)
        order = sorted(eligible, key=lambda i: -scores[i])[:self.headline_sources]
        sources = [hl.Source(i, sents[i].text, float(scores[i])) for i in order]
        return _Staged(doc, timer, flags, scores, chosen, sources)

    def _keep_probs(self, sources: list[hl.Source]) -> None:
        """Fill each source's keep probabilities from the compressor.

        Token states come from the embedding pass where it kept them, else from one extra
        encoder batch over the remaining sources.
        """
        if self.compressor is None or not sources:
            return
        states = [self.encoder.states_for_words(src.text, cmp.word_spans(src.text))
                  for src in sources]
        missing = [i for i, st in enumerate(states) if st is None]
        if missing:
            extra = self.encoder.word_states([cmp.words(sources[i].text) for i in missing])
            for i, st in zip(missing, extra):
                states[i] = st
        for src, st in zip(sources, states):
            src.keep_probs = self.compressor.keep_probs(st, src.words)
            src.states = st

    def _finish(self, st: _Staged, options: Options) -> Brief:
        t = time.perf_counter()
        sents = st.doc.sentences
        refs, edits = [], []
        for i in st.chosen:
            text = sents[i].text
            if options.neutral_brief:
                text, changes = calm.neutral_sentence(text, rewrite_weight=BRIEF_REWRITE_WEIGHT)
                edits += brief_edits(st.doc.raw, sents[i], changes, len(refs))
            text += unclosed_quote(text) or ""  # the quotation goes on in the article
            refs.append(SentenceRef(text, sents[i].start, sents[i].end, i,
                                    round(float(st.scores[i]), 4)))
        heads, rejected = hl.candidates(
            st.sources, st.doc.raw, st.doc.titles or st.doc.title, n=options.num_headlines,
            constraints=hl.Constraints(max_words=options.max_headline_words), judge=self.judge,
            alternates=st.doc.other_titles)
        st.timer.lap("headlines", t)
        notices = []
        if len(heads) < options.num_headlines:
            notices.append(f"Only {len(heads)} headline candidate(s) met the constraints "
                           f"(asked for {options.num_headlines}).")
        return build_brief(st.doc, refs, heads, rejected, self.name, st.timer.times, notices,
                           extra={"scorer": getattr(self.scorer, "name", "custom"),
                                  "compressor": self.compressor is not None},
                           per_sentence_flags=st.flags, edits=edits)
