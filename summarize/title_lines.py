"""Which line of a pasted page is its title: a learned ranker over the lines above the article.

A pasted page puts its headline somewhere among menus, breadcrumbs, promotions, bylines and
section headings.  The rules in ``page_title`` pick one line; this model scores every short
line from the top of the page down to a few lines under the article's first paragraph, with
features of the line (length, case, final mark, separators, how often the page repeats it,
how many of its words the article uses, the block model's P(article), a byline or date just
under it, whether the rules' checks refuse it: ``title_refusals.refusal`` and
``refused_in_place``), of its place (blocks between it and the first paragraph, in a list of
stories, under a breadcrumb), the block features of ``blocks.features``, and whether the rules
picked it.  ``pick`` takes the model's best line when its probability reaches ``MIN_P``, else
the rules' line: the rules stay the fallback, and a line their checks refuse is never taken.
Where the rules found no title, the model's line must be more likely the title than not
(``ALONE_P``): a menu line or a video's caption shown as the headline is worse than none.

The trees were fitted on real pages (``python -m eval.train title_lines``: the Web Content
Extraction Benchmark's article pages and the dev pages, labels from their titles) and are
evaluated in numpy by ``blocks.BlockModel``.  It does not clean the title (``clean_page_title``
does) and it does not run on text without a page's furniture (too few blocks to judge).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import blocks
from .page_title import _paragraphs
from .title_refusals import (
    _byline_after,
    _contents,
    _crumbed,
    _in_link_run,
    _in_story_list,
    _listed,
    button_tags,
    refusal,
    refused_in_place,
)

MODEL_PATH = Path(__file__).parent / "models" / "title_lines.json"
MIN_P = 0.2         # below this the model is not sure of any line: the rules' pick stands
ALONE_P = 0.5       # ... and where the rules picked none, none stands
BELOW_FIRST = 8     # candidates run this many blocks under the article's first paragraph
MAX_WORDS = 30      # longer lines are paragraphs, not titles
OPENING = 6         # paragraphs whose words make "the article's opening"
NEAR = 3            # a byline or date this many blocks under a line counts for it
LINE_FEATURES = [
    "rule_pick", "rule_none", "dist_first", "above_first", "lines_to_first", "words", "chars",
    "capitalised", "upper", "period_end", "question_end", "colon_end", "digit", "separator",
    "repeats", "in_opening", "in_article", "content_words", "p_article", "kept", "byline_below",
    "byline_above", "next_words", "prev_words", "rule_byline_below", "position", "refused",
    "listed", "crumbed", "story_list", "link_run",
]
FEATURES = LINE_FEATURES + blocks.FEATURES
_REFUSED = FEATURES.index("refused")
_BYLINE = re.compile(r"^(?:by|written by|posted by|updated|published|last updated|reviewed by)\b", re.I)
_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
                   r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)
_SEPARATOR = re.compile(r"\s[|\u2013\u2014-]\s")


def candidates(bl: list[blocks.Block], keep: np.ndarray, probs: np.ndarray,
               rule: int | None, block_features: np.ndarray) -> tuple[list[int], np.ndarray]:
    """The blocks that may be the title (1 to ``MAX_WORDS`` words, from the top of the page
    to ``BELOW_FIRST`` blocks under the first paragraph) and their feature rows
    (``block_features``: ``blocks.features`` of the page, from ``document.judge_blocks``)."""
    from .document import _content_words

    body = _paragraphs(bl, keep)
    first = body[0] if body else len(bl)
    article = set().union(*(_content_words(bl[i].text) for i in body[:OPENING]))
    whole = set().union(*(_content_words(bl[i].text) for i in body))
    counts: dict[str, int] = {}
    for b in bl:
        counts[b.text] = counts.get(b.text, 0) + 1
    idx = [i for i in range(min(len(bl), first + BELOW_FIRST + 1)) if 1 <= len(bl[i].text.split()) <= MAX_WORDS]
    if not idx:
        return [], np.zeros((0, len(FEATURES)), np.float32)
    above = [i for i in idx if i < first]
    listed = _listed(bl[:first]) | (_contents(bl, first, body[-1]) if body else set())
    button_tag = button_tags(bl)
    rows = []
    for i in idx:
        t = bl[i].text
        ws, cw = t.split(), _content_words(t)
        below = range(i + 1, min(len(bl), i + 1 + NEAR))
        rows.append(np.concatenate([[
            float(i == rule), float(rule is None), float(np.clip(i - first, -80, 20)), float(i < first),
            float(len(above) - above.index(i)) if i < first else -1.0,
            len(ws), len(t), sum(w[:1].isupper() for w in ws) / len(ws), float(t.isupper()),
            float(t.rstrip()[-1:] in ".!"), float(t.rstrip().endswith("?")), float(t.rstrip().endswith(":")),
            float(bool(re.search(r"\d", t))), float(bool(_SEPARATOR.search(t))),
            counts[t], len(cw & article) / max(1, len(cw)), len(cw & whole) / max(1, len(cw)), len(cw),
            probs[i], float(keep[i]),
            float(any(_BYLINE.match(bl[k].text) or _DATE.search(bl[k].text) for k in below)),
            float(any(_BYLINE.match(bl[k].text) for k in range(max(0, i - 2), i))),
            len(bl[i + 1].text.split()) if i + 1 < len(bl) else 0, len(bl[i - 1].text.split()) if i else 0,
            float(i + 1 < len(bl) and _byline_after(bl, i, min(len(bl), i + 1 + NEAR)) is not None),
            i / len(bl), float(refusal(t) or refused_in_place(bl, i, first, button_tag)),
            float(i in listed), float(_crumbed(bl, i)), float(_in_story_list(bl, i)),
            float(_in_link_run(bl, i))], block_features[i]]))
    return idx, np.asarray(rows, np.float32)


@lru_cache(maxsize=1)
def shipped_model() -> blocks.BlockModel:
    """The shipped title-line ranker (loaded once)."""
    return blocks.BlockModel.load(MODEL_PATH, FEATURES)


def pick(bl: list[blocks.Block], keep: np.ndarray, probs: np.ndarray, rule: int | None,
         block_features: np.ndarray, model: blocks.BlockModel | None = None) -> int | None:
    """The title's block: the model's best line when P >= ``MIN_P`` (``ALONE_P`` where
    ``rule`` is None), else ``rule``."""
    idx, X = candidates(bl, keep, probs, rule, block_features)
    if not idx:
        return rule
    best = chosen((model or shipped_model()).predict_proba(X), X, rule is not None)
    return idx[best] if best is not None else rule


def chosen(p: np.ndarray, X: np.ndarray, rules_found: bool) -> int | None:
    """The candidate (rows ``X``, scored ``p``) the model is sure enough of, or None: the
    rules' line stands.  A line that ``title_refusals.refusal`` refuses is never chosen."""
    p = np.where(X[:, _REFUSED] > 0, -1.0, p)
    best = int(np.argmax(p))
    return best if p[best] >= (MIN_P if rules_found else ALONE_P) else None
