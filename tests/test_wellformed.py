"""The learned well-formedness judge: its inputs exactly, a tiny model through save/load, the
shipped model's known predictions, and how headlines use it."""

import numpy as np
import pytest

from summarize import compressor as cmp
from summarize import headlines as hl
from summarize import wellformed as wf
from summarize.encoder import get_encoder

SENTENCE = "The council voted on Tuesday to close the library, which has served the town for 80 years."


def test_kept_mask_matches_the_variant_words_in_order():
    ws = cmp.words(SENTENCE)
    mask = wf.kept_mask(ws, "The council voted to close the library")
    assert [w for w, k in zip(ws, mask) if k] == ["The", "council", "voted", "to", "close", "the",
                                                  "library"]
    # "the" of "the library" is the second "the": matching is in order, not by first match
    assert mask[ws.index("library") - 1] == 1.0 and mask[0] == 1.0
    # a word the variant adds (the headline tense) is skipped; the rest still match
    mask = wf.kept_mask(ws, "Council votes to close library")
    assert [w for w, k in zip(ws, mask) if k] == ["council", "to", "close", "library"]
    # a number that ends the sentence carries its full stop: the cut's number is the same word
    ws = cmp.words("The term runs until January 6 2026.")
    assert wf.kept_mask(ws, "Term runs until 2026").tolist() == [0, 1, 1, 1, 0, 0, 1]


def test_mask_features_mark_the_gaps_inside_the_kept_words():
    kept = np.array([0, 1, 1, 0, 1, 1, 0], dtype=np.float32)
    f = wf.mask_features(kept)
    assert f[:, 0].tolist() == kept.tolist()
    assert f[:, 1].tolist() == [0, 0, 0, 0, 1, 0, 0]  # gap before "4"; none at the left edge
    assert f[:, 2].tolist() == [0, 0, 1, 0, 0, 0, 0]  # gap after "2"; none at the right edge


def test_a_tiny_judge_saves_loads_and_scores_masks(tmp_path):
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    d = 8 + len(cmp.SURFACE) + len(wf.MASK_FEATURES)
    net = wf.build_net(d, proj=6, hidden=4)
    net.eval()
    judge = wf.WellFormed(np.zeros(d, np.float32), np.ones(d, np.float32), net)
    judge.save(tmp_path / "w.npz", tmp_path / "w.json", info={"note": "test"})
    loaded = wf.load(tmp_path / "w.npz", tmp_path / "w.json")
    ws = cmp.words("Police closed the road on Monday.")
    states = np.random.default_rng(0).normal(size=(len(ws), 8)).astype(np.float32)
    masks = [wf.kept_mask(ws, "Police closed the road"), np.ones(len(ws), np.float32)]
    a, b = judge.probs(states, ws, masks), loaded.probs(states, ws, masks)
    assert a.shape == (2,) and np.allclose(a, b) and ((a > 0) & (a < 1)).all()
    assert loaded.probs(states, ws, []).shape == (0,)


@pytest.fixture(scope="module")
def judge():
    j = wf.load_shipped()
    assert j is not None, "the package ships summarize/models/wellformed.npz"
    return j


def _probs(judge, sentence, variants):
    ws = cmp.words(sentence)
    states = get_encoder().word_states([ws])[0]
    return judge.probs(states, ws, [wf.kept_mask(ws, v) for v in variants])


def test_the_shipped_judge_refuses_word_salad_and_keeps_the_sentence(judge):
    whole, salad, cut = _probs(judge, SENTENCE, [
        SENTENCE, "council Tuesday library served town", "The council voted on Tuesday to"])
    assert whole > 0.9
    assert salad < 0.05
    assert cut < 0.5 < whole


def test_the_shipped_judge_prefers_the_clause_to_its_fragment(judge):
    sentence = "Dozens of tricky puzzles make the game better than its predecessor, reviewers say."
    good, bad = _probs(judge, sentence, ["Dozens of tricky puzzles make the game better than its "
                                         "predecessor", "Dozens of tricky better"])
    assert bad < FORM_FLOOR < good


FORM_FLOOR = hl.FORM_MIN


def test_headlines_refuse_a_deletion_the_judge_calls_broken():
    class Judge:  # a stand-in: broken unless the variant keeps "puzzles"
        def probs(self, states, ws, masks):
            keep = ws.index("puzzles")
            return np.array([0.9 if m[keep] else 0.001 for m in masks])

    sentence = "Dozens of tricky puzzles make the game better than its predecessor, reviewers say."
    ws = cmp.words(sentence)
    # (the variant without "puzzles" keeps a verb, so that only the judge can refuse it)
    probs = np.array([0.9 if w in ("Dozens", "of", "tricky", "make", "game", "better") else 0.1
                      for w in ws])
    src = hl.Source(0, sentence, 1.0, keep_probs=probs, states=np.zeros((len(ws), 4)))
    heads, rejected = hl.candidates([src], sentence, None, n=3, judge=Judge())
    assert all("puzzles" in h.text for h in heads)
    broken = [h for h in rejected if "puzzles" not in h.text and h.rejected.startswith(hl.FRAGMENT)]
    assert any("reads as broken words" in h.rejected for h in broken)


def test_alternatives_need_a_higher_well_formedness_than_the_top_headline():
    class Judge:  # a stand-in: every deletion is doubtful, above FORM_MIN, below ALT_FORM_MIN
        def probs(self, states, ws, masks):
            return np.full(len(masks), (hl.FORM_MIN + hl.ALT_FORM_MIN) / 2)

    sentences = ["Dozens of tricky puzzles make the game better than its predecessor, reviewers say.",
                 "The studio will release a second edition for phones in March."]
    srcs = [hl.Source(i, s, 1.0, keep_probs=np.full(len(cmp.words(s)), 0.6),
                      states=np.zeros((len(cmp.words(s)), 4))) for i, s in enumerate(sentences)]
    article = " ".join(sentences)
    heads, rejected = hl.candidates(srcs, article, None, n=3, judge=Judge())
    assert len(heads) == 1  # the best one is still shown: a user asked for a headline
    assert any(h.rejected.endswith("for an alternative)") for h in rejected)
    without, _ = hl.candidates(srcs, article, None, n=3, judge=None)
    assert len(without) > 1 and without[0].text == heads[0].text
