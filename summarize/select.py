"""Pick brief sentences: maximal marginal relevance up to a target length, in source order.

``select(scores, emb, words, ...)`` -> sorted indices.  Sentences are added best first
(MMR) until the brief reaches ``target_words`` or ``max_sentences``.  A candidate's
redundancy is its highest cosine with a chosen sentence or, given its ``content`` words,
the share of them the brief already has (an article that tells its story twice retells
the lead in other words).  A candidate is
skipped when it is too similar to a sentence already chosen (cosine >= ``max_sim``) or
when it would pass the hard cap ``max_words``; at least ``min_sentences`` are chosen when
the document has them and they fit (a longer cap, ``overflow`` times ``max_words``, may be
allowed for them; by default none is: a user who asks for 50 words gets at most 50,
unless one sentence is longer).  No text is read here:
eligibility (no junk, no duplicates, no headings) is the caller's job.
"""

from __future__ import annotations

import numpy as np


def select(scores: np.ndarray, emb: np.ndarray, words: list[int], eligible: list[int],
           max_words: int = 100, min_sentences: int = 2, max_sentences: int = 5,
           target_words: int | None = None,
           lam: float = 0.75, max_sim: float = 0.8, overflow: float = 1.0,
           needs_previous: frozenset[int] | set[int] = frozenset(),
           needs_earlier: frozenset[int] | set[int] = frozenset(),
           content: list[set[str]] | None = None,
           shingles: list[set[tuple[str, ...]]] | None = None) -> list[int]:
    """Indices of the chosen sentences, in source order.

    scores: (n,) summary-worthiness; emb: (n, d) unit vectors; words: word counts.
    needs_previous: sentences that only make sense after the one before them ("It was
    ...", "He said ..."): they are taken only once sentence i - 1 is in the brief.
    needs_earlier: sentences that answer something said before ("X, however, ..."): taken only
    once an earlier sentence is in the brief.
    content: each sentence's content words (``duplicates.content_words``), or None.
    shingles: each sentence's runs of ``duplicates.ECHO_RUN`` words (``duplicates.shingles``),
    or None: a candidate that shares one with a chosen sentence repeats its clause and is
    skipped ("The deal sets up for a reduction to a prior order of 777x jets" twice).
    """
    chosen: list[int] = []
    total = 0
    pool = list(eligible)
    if not pool:
        return []
    z = scores[pool]
    span = float(z.max() - z.min()) or 1.0
    rel = {i: (scores[i] - z.min()) / span for i in pool}
    red = {i: 0.0 for i in pool}  # max similarity to a chosen sentence
    covered = {i: 0.0 for i in pool}  # share of its content words already in the brief
    seen: set[str] = set()
    said: set[tuple[str, ...]] = set()  # the chosen sentences' shingles
    target = min(target_words or max_words, max_words)
    while pool and len(chosen) < max_sentences and (total < target or len(chosen) < min_sentences):
        best, best_val = -1, -np.inf
        for i in pool:
            if red[i] >= max_sim or (i in needs_previous and i - 1 not in chosen) \
                    or (i in needs_earlier and not any(j < i for j in chosen)) \
                    or shingles is not None and shingles[i] & said:
                continue
            val = lam * rel[i] - (1 - lam) * max(red[i], covered[i])
            if val > best_val:
                best, best_val = i, val
        if best < 0:
            break
        pool.remove(best)
        limit = max_words if len(chosen) >= min_sentences else max_words * overflow
        if total + words[best] > limit and chosen:
            continue  # try a shorter one
        chosen.append(best)
        total += words[best]
        if shingles is not None:
            said |= shingles[best]
        if pool:
            sims = emb[pool] @ emb[best]
            for i, s in zip(pool, sims):
                red[i] = max(red[i], float(s))
        if content is not None:
            seen |= content[best]
            for i in pool:
                covered[i] = len(content[i] & seen) / len(content[i]) if content[i] else 0.0
    return sorted(chosen)
