"""MMR selection: budget, order, redundancy, minimum sentences."""

import numpy as np

from summarize.select import select


def _emb(vectors):
    x = np.array(vectors, dtype=np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_budget_and_source_order():
    scores = np.array([0.1, 0.9, 0.8, 0.7, 0.6])
    emb = _emb(np.eye(5))
    chosen = select(scores, emb, [20, 20, 20, 20, 20], [0, 1, 2, 3, 4], max_words=60)
    assert chosen == [1, 2, 3]


def test_redundant_sentence_is_skipped():
    scores = np.array([0.9, 0.85, 0.1])
    emb = _emb([[1, 0, 0], [0.99, 0.05, 0], [0, 0, 1]])
    assert select(scores, emb, [10, 10, 10], [0, 1, 2], max_words=100) == [0, 2]


def test_long_sentences_skip_to_shorter_ones():
    scores = np.array([0.9, 0.8, 0.7, 0.6])
    emb = _emb(np.eye(4))
    chosen = select(scores, emb, [30, 30, 40, 10], [0, 1, 2, 3], max_words=70)
    assert chosen == [0, 1, 3]


def test_the_word_cap_holds_against_the_minimum_unless_a_stretch_is_allowed():
    scores = np.array([0.9, 0.8, 0.7])
    emb = _emb(np.eye(3))
    # 50 words asked at most: the second-best sentence (30 words) does not fit, a 10-word one does
    assert select(scores, emb, [35, 30, 10], [0, 1, 2], max_words=50, target_words=40,
                  min_sentences=2) == [0, 2]
    assert select(scores, emb, [50, 30], [0, 1], max_words=60, min_sentences=2) == [0]
    assert select(scores, emb, [50, 30], [0, 1], max_words=60, min_sentences=2,
                  overflow=1.35) == [0, 1]
    assert select(scores, emb, [80, 30], [0, 1], max_words=60) == [0]  # never empty


def test_only_eligible_sentences():
    scores = np.array([0.9, 0.8, 0.7])
    emb = _emb(np.eye(3))
    assert 0 not in select(scores, emb, [5, 5, 5], [1, 2], max_words=100)
    assert select(scores, emb, [5, 5, 5], [], max_words=100) == []


def test_a_retelling_in_other_words_gives_way_to_a_new_fact():
    # the second sentence retells the first (its content words are all in the brief) though
    # its embedding is unlike; the third is weaker but new
    from summarize.duplicates import content_words
    sents = ["Mara Vey cancelled her Denver concert two hours before the doors opened.",
             "On Saturday, Vey cancelled the concert in Denver two hours before doors opened.",
             "Doctors had diagnosed the singer with acute laryngitis."]
    scores = np.array([0.9, 0.7, 0.55, 0.0])
    emb = _emb(np.eye(4))
    words = [12, 13, 8, 10]
    assert select(scores, emb, words, [0, 1, 2, 3], target_words=20, max_sentences=2) == [0, 1]
    content = [content_words(s) for s in sents] + [{"other"}]
    assert select(scores, emb, words, [0, 1, 2, 3], target_words=20, max_sentences=2,
                  content=content) == [0, 2]


def test_a_repeated_clause_is_not_said_twice():
    # the second sentence repeats seven words of the first (a standfirst bullet and the
    # body); its embedding is unlike and most of its content is new, yet it echoes
    from summarize.duplicates import shingles
    sents = ["The deal sets up for a reduction to a prior order of 777x jets.",
             "It sets up for a reduction to a prior commitment, down by 30 to 126 jets.",
             "The 777 program has faced delays."]
    scores = np.array([0.9, 0.8, 0.5])
    emb = _emb(np.eye(3))
    words = [len(s.split()) for s in sents]
    assert select(scores, emb, words, [0, 1, 2], max_words=100) == [0, 1, 2]
    assert select(scores, emb, words, [0, 1, 2], max_words=100,
                  shingles=[shingles(s) for s in sents]) == [0, 2]
