"""Page furniture in pasted text: lines -> blocks -> features -> article or furniture.

A whole page pasted as text (select all + copy) is the article plus menus, bylines,
captions, related headlines, tickers, newsletter and cookie prompts, one per line.
This module cuts the clean text into blocks (a line without terminal punctuation is a
block of its own: a menu is many blocks, not one sentence), describes each block with a
few telling features (length, stopwords, punctuation, capitals, digits, position, the
neighbouring blocks, overlap with the page's main text, the rule signals of
``boilerplate``) and scores it with small shipped boosted trees (``models/blocks.json``,
trained by ``python -m eval.train blocks``).  Removed blocks get a reason.

It does not split sentences, find headings or decide what a clean article is: see
``document``.  HTML goes through ``webpage`` (trafilatura) instead.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import boilerplate
from .text import CODE_NAME, title_case

MODEL_PATH = Path(__file__).parent / "models" / "blocks.json"
TERMINAL = ".!?\u2026\"'\u201d\u2019)"
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d[\d.,:]*")
_LONG_WORDS = 20          # a block this long that ends a sentence is "main text"
_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
                   r"|\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:19|20)\d{2}\b"
                   r"|\b\d+\s*(?:min|hour|hr|day|week|month|year)s?\s+ago\b", re.I)
_URL = re.compile(r"https?://|www\.|@\w+\.\w+|\b\w+\.(?:com|org|net|co\.uk)\b", re.I)
_SYMBOLS = re.compile(r"[|•·»«©®™►▶◀>#@/\\_*=+~^\[\]{}<]")
STOP = boilerplate.STOP
FEATURES = [
    "log_words", "log_chars", "terminal", "colon_end", "stopwords", "title_case", "upper",
    "digits", "symbols", "position", "log_sentences", "rule_any", "rule_byline", "rule_credit",
    "rule_promo", "core_overlap", "repeated", "log_dist_main", "inside_main", "main_window",
    "prev_main", "next_main", "prev_words", "next_words", "word_len", "url", "lower_start",
    "char_position", "date", "in_segment", "log_dist_segment", "segment_overlap",
    "after_comments", "segment_share", "ellipsis_end", "count_end", "caption_verb",
]
_ELLIPSIS_END = re.compile(r"\w\s*(?:\.\.\.|\u2026)$")     # a cut teaser: "Voters see..."
_FIGURE = re.compile(r"^[^A-Za-z]*\d[^A-Za-z]*$")  # a number alone: a chart's label or axis
COUNT_END = re.compile(r"\(\d+\)$|\b\d+\s+comments?$", re.I)  # "... (142)": a comment count
# Photo captions describe a picture in the present tense: "Schiff speaks during a briefing".
CAPTION_VERB = re.compile(r"\b(?:pictured|(?:speaks|talks|looks on|poses|arrives|walks|gestures|"
                           r"waves|listens|attends|smiles|stands|sits|holds|celebrates|reacts|"
                           r"is seen|are seen|leaves|delivers remarks|discusses)\b)")
_PROMO = ("call to action", "teaser", "comment form", "legal", "link list", "share",
          "question to the reader", "advertisement", "page or player", "text about the text")


@dataclass
class Block:
    """A block of the clean text: a paragraph, or one line that does not end a sentence."""

    start: int          # span in the clean text
    end: int
    text: str           # whitespace-normalised, one line

    @property
    def words(self) -> list[str]:
        """The block's word tokens."""
        return _WORD.findall(self.text)

    @property
    def terminal(self) -> bool:
        """Whether the block ends as a sentence does."""
        return self.text[-1:] in TERMINAL


def _hard_wrapped(lines: list[str]) -> bool:
    """True when the text looks wrapped at a fixed width (an e-mail or a .txt file)."""
    long_ = [len(x) for x in lines if len(x) >= 40]
    if len(long_) < 5:
        return False
    open_ = [len(x) for x in lines if len(x) >= 40 and not x.rstrip().endswith(tuple(TERMINAL))]
    # the lines a paragraph runs on from end near the wrap width; a pasted page's menu items
    # and related headlines (40 to 100 characters, no period) are spread over every length
    width = sorted(long_)[int(0.9 * (len(long_) - 1))]
    near = sum(width - 20 <= n <= width + 2 for n in open_)
    # (and a wrapped sentence runs on into a line in small letters, most of the time; a list
    # of related headlines, each a line of 40 to 60 characters, never does: belfasttelegraph)
    shown = [x for x in lines if x]
    runs_on = sum(len(a) >= 40 and a[-1:] not in TERMINAL and b[:1].islower() for a, b in zip(shown, shown[1:]))
    return sum(n <= 100 for n in long_) >= 0.8 * len(long_) and \
        len(open_) >= 0.4 * len(long_) and near >= 0.6 * len(open_) and runs_on >= WRAPPED_RUN_ON * len(open_)


WRAPPED_RUN_ON = 0.25  # of a wrapped text's open lines, at least, that run on in small letters


# A line that is only a byline ("by Madeline Fry", "By Heather Smith") starts a block, even in
# lower case or in hard-wrapped text.
_BYLINE_LINE = re.compile(r"^[Bb]y\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$")


# a story's dateline opens its first paragraph, never the line above's next words, in
# wrapped text too: "WASHINGTON (AP) Congress is asking ...", "LAS VEGAS--First, Sharp ..." under
# its headline (2008's pages)
_DATELINE_LINE = re.compile(r"^[A-Z][A-Z.'-]{2,}(?:,?\s+[A-Z][\w.']*){0,3},?(?:\s+\((?:AP|Reuters|AFP|UPI|"
                            r"Bloomberg|CNN)\)\s|\s*(?:--|\u2014|\u2013)\s*(?=[A-Z\"\u201c]))")


# a line of a post's tag, writer and date between bars, in small letters for its tag ("yas! |
# By Cara Stiles | April 13, 2020", chocolate.com, under the title): a byline, no continuation
_BARRED_BYLINE = re.compile(r"\s[|·•]\s+[Bb]y\s+[A-Z]")


# an image's file name, a line of its own under a headline ("google.JPG"): no continuation
_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)$", re.I)
# a title that opens with a code name in small letters and a colon, under a short menu line
# ("Sponsor me Github" / "rustc_codegen_gcc: Progress Report #39", WCXB 0389): its own line
_NAMED_HEADING = re.compile(CODE_NAME.pattern + r":\s+[A-Z0-9]")


def _tag_under_title(prev: str, line: str) -> bool:
    """Whether ``line``, three words or fewer in lower case, is a post's tag under its title in
    Title Case ("Guide to Landscape Photography Composition: Framing the Landscape" / "making
    images"), not the title's next words."""
    ws = prev.split()
    return line[:1].islower() and len(line.split()) <= 3 and line[-1:] not in TERMINAL \
        and len(ws) >= 4 and title_case(ws)


def split(text: str) -> list[Block]:
    """Blocks of ``text`` (clean text: ``\\n`` line ends, single spaces).

    A blank line ends a block; so does the end of any line that does not end a sentence,
    unless the next line continues it (starts in lower case, or the text is hard-wrapped).
    """
    raw_lines = text.split("\n")
    wrapped_doc = _hard_wrapped([x.strip() for x in raw_lines])
    blocks: list[Block] = []
    cur: list[tuple[int, int]] = []

    def flush():
        if cur:
            s, e = cur[0][0], cur[-1][1]
            blocks.append(Block(s, e, " ".join(text[s:e].split())))
            cur.clear()

    pos = 0
    for line in raw_lines:
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        s += len(line) - len(line.lstrip())
        e -= len(line) - len(line.rstrip())
        if cur:
            prev = text[cur[-1][0]:cur[-1][1]]
            ends = prev[-1] in TERMINAL or prev[-1] == ":"
            continues = not ends and not _BYLINE_LINE.match(stripped) and not _FILE_NAME.match(stripped) \
                and not _DATELINE_LINE.match(stripped) \
                and not _BARRED_BYLINE.search(stripped) \
                and not _tag_under_title(prev, stripped) \
                and not (len(prev) < 40 and _NAMED_HEADING.match(stripped)) and (
                stripped[:1].islower() or (wrapped_doc and len(prev) >= 40
                                           and not boilerplate.LABEL_PAT.match(prev))
                # a long line that stops on a comma runs on, whatever the next line opens
                # with (a blog's text broken by <br>: "... regarding PyPy, NumPy," / "SciPy and
                # the future of numeric computing in Python.", goose3's test page issue129)
                or (prev[-1] == "," and len(prev) >= 40 and stripped[:1].isalnum()))
            if ends or not continues:
                # a sentence-ending line followed by more lines: the paragraph goes on only
                # in hard-wrapped text, where line ends carry no meaning
                if not (ends and wrapped_doc and len(prev) >= 40 and stripped[:1].isalpha()
                        and not prev.endswith(":") and not _BYLINE_LINE.match(stripped)):
                    flush()
        cur.append((s, e))
    flush()
    return blocks


def _ratio(n: float, d: float) -> float:
    return n / d if d else 0.0


def _content(words: list[str]) -> set[str]:
    return {w.lower()[:7] for w in words if len(w) > 2 and w.lower() not in STOP}


_COMMENTS = re.compile(r"^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|join the "
                       r"conversation|leave a (?:reply|comment)|reader comments|conversation)\b"
                       r"|\bsays:$|\bcomments? \(\d+\)$", re.I)
# A comment section's own heading ("34 responses to ...", "12 thoughts on ...", "Leave a
# Reply", Blogger's "16 comments:") or a commenter's "name says:" line (Blogger's "Jennifer
# said..."); a bare "Comments" is as often a tab or a link.
_SAYS_ENDS = ("says:", "said...", "said\u2026")  # a commenter's line ends so
_COMMENT_HEAD = re.compile(r"^\d+\s+(?:comments?|responses?|replies|thoughts)\s+(?:to|on)\b|^\d+\s+comments?:$|"
                           r"^leave a (?:reply|comment)$|^\S+(?: \S+){0,2} (?:"
                           + "|".join(map(re.escape, _SAYS_ENDS)) + r")$", re.I)


def comment_heads(blocks: list[Block]) -> list[int]:
    """Indices of the blocks that head a comment section or one reader's comment."""
    heads = [i for i, b in enumerate(blocks) if len(b.text) < 100 and _COMMENT_HEAD.search(b.text)]
    says = [i for i in heads if blocks[i].text.endswith(_SAYS_ENDS)]
    # one "X says:" line is an article's way to open a quotation; a section has several
    return heads if len(says) >= 2 else [i for i in heads if i not in says]


def main_segment(blocks: list[Block], toks: list[list[str]]) -> tuple[int, int]:
    """The run of blocks [start, end) densest in running text (maximum-sum subarray).

    A block that ends a sentence with at least 10 words adds its word count, unless it is a
    cut teaser ("...") or a rule of ``boilerplate`` calls it junk (a legal footer is long
    running text too); any other block subtracts a little, so menus and link rows between
    paragraphs break the run, and the heading of a comment section ends it.  A block without
    a letter ("$915", "\u201917", "13.0%": a chart's axis) costs little: an interactive chart
    between paragraphs does not split the article.
    """
    heads = set(comment_heads(blocks))
    best, best_span, cur, start = 0.0, (0, 0), 0.0, 0
    for i, (b, t) in enumerate(zip(blocks, toks)):
        running = b.terminal and len(t) >= 10 and not _ELLIPSIS_END.search(b.text) and not (
            len(b.text) < 900 and boilerplate.classify(b.text, standalone=True))
        v = float(len(t)) if running else -0.5 if _FIGURE.match(b.text) else -4.0 - 0.5 * len(t)
        if i in heads:
            v = -1e6
        if cur <= 0:
            cur, start = 0.0, i
        cur += v
        if cur > best:
            best, best_span = cur, (start, i + 1)
    return best_span


def features(blocks: list[Block]) -> np.ndarray:
    """The feature matrix (one row per block, columns named by ``FEATURES``)."""
    n = len(blocks)
    X = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if not n:
        return X
    toks = [b.words for b in blocks]
    main = np.array([len(t) >= _LONG_WORDS and b.terminal for b, t in zip(blocks, toks)], float)
    core_words: dict[str, int] = {}
    for t, m in zip(toks, main):
        if m:
            for w in _content(t):
                core_words[w] = core_words.get(w, 0) + 1
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b.text.lower()] = counts.get(b.text.lower(), 0) + 1
    seg_s, seg_e = main_segment(blocks, toks)
    seg_words: dict[str, int] = {}
    for t in toks[seg_s:seg_e]:
        for w in _content(t):
            seg_words[w] = seg_words.get(w, 0) + 1
    seg_total = sum(len(t) for t in toks[seg_s:seg_e])
    all_total = sum(len(t) for t in toks) or 1
    main_idx = np.flatnonzero(main)
    first, last = (main_idx[0], main_idx[-1]) if len(main_idx) else (n, -1)
    # the comments start at a comment line after the running text, or at a comment section's
    # heading anywhere after the article has begun
    after_segment = next((i for i, b in enumerate(blocks) if i > seg_e - 1 and len(b.text) < 80
                          and _COMMENTS.search(b.text)), n + 1)
    comments_at = min([after_segment] + [i for i in comment_heads(blocks) if i > first])
    total_chars = sum(len(b.text) for b in blocks) or 1
    chars_before = 0
    for i, (b, t) in enumerate(zip(blocks, toks)):
        nw = len(t)
        text = b.text
        letters = [c for c in text if c.isalpha()]
        reason = boilerplate.classify(text, standalone=True) if len(text) < 600 else None
        content = _content(t)
        overlap = (sum(core_words.get(w, 0) - (1 if main[i] else 0) > 0 for w in content)
                   / len(content)) if content else 0.0
        dist = np.abs(main_idx - i).min() if len(main_idx) else 50
        lo, hi = max(0, i - 3), min(n, i + 4)
        X[i] = [
            np.log1p(nw), np.log1p(len(text)), b.terminal, text.endswith(":"),
            _ratio(sum(w.lower() in STOP for w in t), nw),
            _ratio(sum(w[:1].isupper() for w in t), nw),
            _ratio(sum(c.isupper() for c in letters), len(letters)),
            _ratio(sum(c.isdigit() for c in text), len(text)),
            _ratio(len(_SYMBOLS.findall(text)), len(text)),
            i / max(1, n - 1),
            np.log1p(len(re.findall(r"[.!?][\"'\u201d\u2019]?\s+[A-Z]", text)) + 1),
            reason is not None,
            bool(reason and reason.startswith("byline")),
            bool(reason and reason.startswith("image credit")),
            bool(reason and reason.startswith(_PROMO)),
            overlap,
            np.log1p(counts[text.lower()] - 1),
            np.log1p(min(dist, 50)),
            first <= i <= last,
            (main[lo:hi].sum() - main[i]) / max(1, hi - lo - 1),
            main[i - 1] if i > 0 else 0.0,
            main[i + 1] if i + 1 < n else 0.0,
            np.log1p(len(toks[i - 1])) if i > 0 else 0.0,
            np.log1p(len(toks[i + 1])) if i + 1 < n else 0.0,
            _ratio(sum(len(w) for w in t), nw),
            bool(_URL.search(text)),
            text[:1].islower(),
            chars_before / total_chars,
            bool(_DATE.search(text)) and nw <= 20,
            seg_s <= i < seg_e,
            np.log1p(min(50, seg_s - i if i < seg_s else max(0, i - seg_e + 1))),
            (sum(seg_words.get(w, 0) - (1 if seg_s <= i < seg_e else 0) > 0 for w in content)
             / len(content)) if content else 0.0,
            i >= comments_at,
            seg_total / all_total,
            bool(_ELLIPSIS_END.search(text)),
            bool(COUNT_END.search(text)),
            bool(CAPTION_VERB.search(text)) and nw <= 60,
        ]
        chars_before += len(text)
    return X


class BlockModel:
    """Gradient-boosted trees evaluated in numpy: P(block is article) from ``features``.

    The spec (JSON) holds the trees as parallel arrays: for each node the feature, the
    threshold (go left when the value is <= it), the children and the leaf value.  The same
    evaluator runs ``title_lines``' ranker, whose rows carry ``features`` of its own.
    """

    def __init__(self, spec: dict, features: list[str] = FEATURES):
        if spec.get("features") != features:
            raise ValueError("the model was trained on other features; retrain it with "
                             "`python -m eval.train blocks` (or `title_lines`)")
        self.baseline = float(spec["baseline"])
        # All trees as one padded table (tree, node), so that each depth step is one gather.
        trees = spec["trees"]
        width = max(len(t["leaf"]) for t in trees)

        def table(key, dtype, fill):
            out = np.full((len(trees), width), fill, dtype)
            for i, t in enumerate(trees):
                out[i, :len(t[key])] = t[key]
            return out

        self.feature = table("feature", np.int64, 0)
        self.thresh = table("threshold", np.float64, 0.0)
        self.left = table("left", np.int64, 0)
        self.right = table("right", np.int64, 0)
        self.leaf = table("leaf", bool, True)
        self.value = table("value", np.float64, 0.0)
        self.trees = trees
        self.threshold = float(spec.get("threshold", 0.5))
        self.context = int(spec.get("context", 0))
        self.spec = spec

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH, features: list[str] = FEATURES) -> BlockModel:
        """The model saved at ``path`` (the shipped one by default)."""
        return cls(json.loads(Path(path).read_text()), features)

    def _forward(self, X: np.ndarray) -> np.ndarray:
        """P(article) for rows that already carry their context columns."""
        n, T = len(X), len(self.trees)
        tree = np.broadcast_to(np.arange(T), (n, T))
        rows = np.broadcast_to(np.arange(n)[:, None], (n, T))
        node = np.zeros((n, T), np.int64)
        while True:
            leaf = self.leaf[tree, node]
            if leaf.all():
                break
            go_left = X[rows, self.feature[tree, node]] <= self.thresh[tree, node]
            nxt = np.where(go_left, self.left[tree, node], self.right[tree, node])
            node = np.where(leaf, node, nxt)
        raw = self.baseline + self.value[tree, node].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-raw))

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """P(article) for each row of a ``features`` matrix (in page order)."""
        if not len(X):
            return np.zeros(0, np.float64)
        return self._forward(with_context(X, self.context))


def with_context(X: np.ndarray, k: int) -> np.ndarray:
    """Append the features of the ``k`` blocks before and after each block (zeros at the ends)."""
    if k <= 0:
        return X
    parts = [X]
    pad = np.zeros((k, X.shape[1]), X.dtype)
    padded = np.vstack([pad, X, pad])
    for d in range(1, k + 1):
        parts.append(padded[k - d:k - d + len(X)])
        parts.append(padded[k + d:k + d + len(X)])
    return np.hstack(parts)


@lru_cache(maxsize=1)
def shipped_model() -> BlockModel:
    """The shipped block classifier (loaded once)."""
    return BlockModel.load()


def reason(block: Block) -> str:
    """Why a block the model rejected is page furniture, in a few words."""
    text = block.text
    rule = boilerplate.classify(text, standalone=True) if len(text) < 600 else None
    if rule:
        return rule
    ws = block.words
    if _DATE.search(text) and len(ws) <= 12:
        return "byline or date stamp"
    if len(ws) <= 3 and not block.terminal:
        return "navigation or menu"
    if (not block.terminal or COUNT_END.search(text)) and len(ws) <= 20:
        return "related link or headline"
    return "outside the article (caption, promotion or aside)"


def classify(blocks: list[Block], model: BlockModel | None = None) -> list[float]:
    """P(article) for each block, with the shipped model unless one is given."""
    model = model or shipped_model()
    return [float(p) for p in model.predict_proba(features(blocks))]
