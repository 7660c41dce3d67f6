"""The pasted page's title ranker (``summarize.title_lines``): its choice among the rules'
candidates, the lines it may never take, and its training rows.

The shipped trees are judged by the CV figures of ``python -m eval.train title_lines`` (they
need the benchmark's pages); here tiny hand-made trees drive ``pick`` so that the wiring has
exact expectations.
"""

import numpy as np
import pytest
from test_document import _BODY as BODY
from test_document import _MENU as MENU

from summarize import blocks, parse, title_lines
from summarize import text as textmod
from summarize.document import judge_blocks
from summarize.page_title import _page_title
from summarize.title_refusals import refusal

TITLE = "Riverside library to close after council vote"


def _stump(feature: str, threshold: float, low: float, high: float) -> blocks.BlockModel:
    """One tree of one split: raw score ``low`` when ``feature`` <= ``threshold``, else ``high``."""
    spec = {"features": title_lines.FEATURES, "context": 0, "baseline": 0.0, "threshold": title_lines.MIN_P,
            "trees": [{"feature": [title_lines.FEATURES.index(feature), 0, 0],
                       "threshold": [threshold, 0.0, 0.0], "left": [1, 0, 0], "right": [2, 0, 0],
                       "leaf": [False, True, True], "value": [0.0, low, high]}]}
    return blocks.BlockModel(spec, title_lines.FEATURES)


def _judged(lines: list[str]):
    bl = blocks.split(textmod.clean("\n".join(lines)).text)
    return (bl, *judge_blocks(bl))


def test_the_shipped_ranker_loads_with_its_features():
    model = title_lines.shipped_model()
    assert model.spec["features"] == title_lines.FEATURES
    bl, keep, probs, feats = _judged(MENU + [TITLE, "By Jane Doe, City Reporter"] + BODY)
    idx, X = title_lines.candidates(bl, keep, probs, _page_title(bl, keep), feats)
    assert X.shape == (len(idx), len(title_lines.FEATURES))
    assert bl[idx[int(np.argmax(model.predict_proba(X)))]].text == TITLE
    assert parse("\n".join(MENU + [TITLE, "By Jane Doe, City Reporter"] + BODY)).title == TITLE


def test_a_sure_model_overrides_the_rules_and_an_unsure_one_does_not():
    # the rules take the title over its byline; trees that like every line more than two
    # blocks above the first paragraph (the related headlines) take the first of them when
    # sure (P 0.73 >= MIN_P), not when unsure (P 0.05); the menu's lines, refused, never
    related = ["Council approves new budget for city parks and pools",
               "Riverside residents rally against rising library fines"]
    bl, keep, probs, feats = _judged(MENU + related + [TITLE, "By Jane Doe, City Reporter"] + BODY)
    rule = _page_title(bl, keep)
    assert bl[rule].text == TITLE
    sure, unsure = _stump("dist_first", -2.5, 1.0, -5.0), _stump("dist_first", -2.5, -3.0, -5.0)
    assert bl[title_lines.pick(bl, keep, probs, rule, feats, model=sure)].text == related[0]
    assert title_lines.pick(bl, keep, probs, rule, feats, model=unsure) == rule
    assert title_lines.pick(bl, keep, probs, None, feats, model=unsure) is None


@pytest.mark.parametrize("p, refused, rules_found, expected", [
    ([0.1, 0.3, 0.2], [0, 0, 0], True, 1),      # sure enough to override the rules' line
    ([0.1, 0.15, 0.05], [0, 0, 0], True, None),  # below MIN_P: the rules' line stands
    ([0.1, 0.3, 0.2], [0, 0, 0], False, None),  # no rules' line: below ALONE_P, no title
    ([0.1, 0.6, 0.2], [0, 0, 0], False, 1),     # ... at ALONE_P or above, the model's line
    ([0.1, 0.9, 0.3], [0, 1, 0], True, 2),      # a refused line is never taken: the next best
    ([0.1, 0.9, 0.3], [0, 1, 0], False, None),  # ... which alone is not sure enough
])
def test_chosen_thresholds_and_refused_lines(p, refused, rules_found, expected):
    X = np.zeros((len(p), len(title_lines.FEATURES)), np.float32)
    X[:, title_lines.FEATURES.index("refused")] = refused
    assert title_lines.chosen(np.array(p), X, rules_found) == expected


@pytest.mark.parametrize("line, refused", [
    ("Riverside readers lose their library", False),
    ("Best Library Cards For Night Readers", False),
    ("By Jane Doe", True),                                   # a byline
    ("Home > News > Local", True),                           # a breadcrumb
    ("Library More: Riverside Library Council City", True),  # a tags line
    ("Riverside library closes after eighty years with", True),  # cut short
    ("0:13 roses are red", True),                            # a video's time stamp
])
def test_refusal_of_a_line_on_its_own_words(line, refused):
    assert refusal(line) is refused


def test_training_rows_label_the_lines_that_agree_with_the_title():
    from eval.train.title_lines import page_rows

    pasted = "\n".join(MENU + ["Library news: council meets on budget", TITLE, "By Jane Doe, City Reporter"] + BODY)
    rows = page_rows(pasted, TITLE + " | Riverside Courier")
    assert rows["rule"] and rows["rule_ok"]
    bl = blocks.split(textmod.clean(pasted).text)
    assert [bl[i].text for i, y in zip(rows["idx"], rows["y"]) if y] == [TITLE]
    assert rows["X"].shape == (len(rows["idx"]), len(title_lines.FEATURES))
