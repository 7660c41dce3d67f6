"""Greedy extractive oracle and fast ROUGE-1/2 on pre-tokenised sentences.

Tokens come from ``rouge_score``'s own tokenizer (lower-case, [a-z0-9], Porter stem), so
``ngram_f1`` equals rouge_score's ROUGE-N F1 for the same strings:

    >>> ref = tokenize("Police arrested two men.")
    >>> round(ngram_f1(tokenize("Two men were arrested by police."), ref, 1), 4)
    0.8
    >>> greedy([tokenize("Rain fell."), tokenize("Police arrested two men."), tokenize("Ok.")], ref)
    [1]
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rouge_score import tokenizers

_TOK = tokenizers.DefaultTokenizer(use_stemmer=True)


@lru_cache(maxsize=200_000)
def _tok_cached(text: str) -> tuple[str, ...]:
    return tuple(_TOK.tokenize(text))


def tokenize(text: str) -> list[str]:
    """rouge_score tokens of ``text`` (stemmed)."""
    return list(_tok_cached(text))


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def ngram_f1(pred: list[str], ref: list[str], n: int) -> float:
    """ROUGE-N F1 (0..1) of token lists."""
    p, r = _ngrams(pred, n), _ngrams(ref, n)
    overlap = sum((p & r).values())
    if not overlap:
        return 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(r.values())
    return 2 * prec * rec / (prec + rec)


def greedy(sentences: list[list[str]], ref: list[str], max_sentences: int = 5,
           words: list[int] | None = None, max_words: int | None = None) -> list[int]:
    """Indices (in order) that greedily maximise ROUGE-1 + ROUGE-2 F1 against ``ref``; with
    ``words`` (each sentence's) and ``max_words``, the chosen ones stay within that length."""
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < max_sentences:
        top, top_i = best, -1
        for i in range(len(sentences)):
            if i in chosen or words and max_words and \
                    sum(words[j] for j in chosen + [i]) > max_words:
                continue
            toks = [t for j in sorted(chosen + [i]) for t in sentences[j]]
            v = ngram_f1(toks, ref, 1) + ngram_f1(toks, ref, 2)
            if v > top:
                top, top_i = v, i
        if top_i < 0:
            break
        best = top
        chosen.append(top_i)
    return sorted(chosen)
