"""Per-sentence features for ranking: position, centrality, content, filler, loaded words.

``sentence_features(doc, emb, title_emb)`` returns an (n_sentences, n_features) float32
array whose columns are named in ``FEATURES``.  Scorers (hand-tuned or learned) read it;
this module does not rank or select.
"""

from __future__ import annotations

import re

import numpy as np

from . import neutral
from .document import Document
from .duplicates import facts

FEATURES = (
    "bias", "lead", "rel_pos", "first_para", "para_start", "centrality", "title_sim",
    "specificity", "numbers", "short", "long", "log_words", "filler", "opinion", "loaded",
    "question", "quote_start", "quoted_share", "first_person", "duplicate", "section_start",
    "heading_sim", "neighbor_sim", "pronoun_start",
)
_PRONOUN_START = re.compile(r"^(?:It|He|She|They|This|That|These|Those|His|Her|Their|Its|But|And|"
                            r"So|Also|However|Still|Yet)\b")
_NUM = re.compile(r"\d")
_FILLER = re.compile(
    r"\b(?:it is (?:essential|crucial|vital|important|imperative|clear|worth noting)|only time will"
    r" tell|remains? to be seen|serves? as an? (?:\w+ )?reminder|more important than ever|in today's|at the end of the day|"
    r"now more than ever|(?:can|could|may|might) (?:help|lead|have)|plays? a (?:vital|key|crucial|"
    r"significant|important) role|engage in (?:dialogue|conversation)|moving forward|going forward|"
    r"in conclusion|to sum up|all in all|overall,|as we (?:move|look)|a (?:significant|profound|"
    r"lasting) impact|raises? (?:important |serious )?questions|sparked (?:a )?(?:heated |fierce )?"
    r"debate|one thing is (?:clear|certain)|the importance of|(?:continues|continue) to unfold|"
    r"it remains|stay tuned|we all|ordinary people|communities? (?:must|should|need)|"
    r"in (?:the|an|this|today's) (?:ever[- ](?:changing|evolving)|fast[- ]paced|modern|digital) "
    r"(?:world|landscape|age|era)|finds? (?:themselves|itself|himself|herself) at the cent(?:er|re) of)",
    re.I)
OPINION = re.compile(r"\b(?:should|must|ought to|need to|needs to|have to|has to|let us|let's|"
                      r"i think|i believe|we believe|in my (?:view|opinion))\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my|you|your)\b")
_QUOTE_START = re.compile(r"^[\"'\u201c\u2018]")


def _quoted_share(text: str) -> float:
    spans = neutral.quoted_spans(text)
    return sum(e - s for s, e in spans) / max(1, len(text))


def sentence_features(doc: Document, emb: np.ndarray, title_emb: np.ndarray | None,
                      heading_emb: np.ndarray | None = None,
                      flags: list[list] | None = None) -> np.ndarray:
    """Feature matrix (n_sentences, len(FEATURES)) for ``doc``'s sentences.

    ``flags``: loaded-language flags per sentence if already computed (else detected here).
    """
    sents = doc.sentences
    n = len(sents)
    X = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if n == 0:
        return X
    col = {f: i for i, f in enumerate(FEATURES)}
    dup = np.array([d is not None for d in doc.duplicate_of] if doc.duplicate_of else [False] * n)
    generic = np.array([bool(_FILLER.search(s.text) or OPINION.search(s.text)) for s in sents])
    # The story's centre: sentences that are neither repeats nor generic filler.
    core = ~dup & ~generic
    centroid = (emb[core] if core.any() else emb).mean(0)
    centroid /= max(1e-6, float(np.linalg.norm(centroid)))
    sims = emb @ emb.T
    # several accounts of one story (``accounts``): each outlet's lead is a lead
    first_para, start, size = {}, {}, {}
    for k, s in enumerate(sents):
        first_para.setdefault(s.account, s.paragraph)
        start.setdefault(s.account, k)
        size[s.account] = size.get(s.account, 0) + 1
    seen_para: set[int] = set()
    seen_section: set[int] = set()
    for k, s in enumerate(sents):
        words = max(1, s.words)
        f = facts(s.text)
        s_flags = flags[k] if flags is not None else neutral.detect(s.text)
        X[k, col["bias"]] = 1.0
        pos = k - start[s.account]
        X[k, col["lead"]] = np.exp(-pos / 3.0)
        X[k, col["rel_pos"]] = pos / max(1, size[s.account] - 1)
        X[k, col["first_para"]] = float(s.paragraph == first_para[s.account])
        X[k, col["para_start"]] = float(s.paragraph not in seen_para)
        X[k, col["section_start"]] = float(s.section not in seen_section)
        seen_para.add(s.paragraph)
        seen_section.add(s.section)
        X[k, col["specificity"]] = len(f) / np.sqrt(words)
        X[k, col["numbers"]] = float(bool(_NUM.search(s.text)))
        X[k, col["short"]] = float(words < 8)
        X[k, col["long"]] = float(words > 45)
        X[k, col["log_words"]] = np.log1p(words) / 4.0
        X[k, col["filler"]] = min(2, len(_FILLER.findall(s.text)))
        X[k, col["opinion"]] = min(2, len(OPINION.findall(s.text)))
        X[k, col["loaded"]] = min(3, sum(fl.type not in ("scare_quotes",) for fl in s_flags))
        X[k, col["question"]] = float(s.text.rstrip().endswith("?"))
        X[k, col["quote_start"]] = float(bool(_QUOTE_START.match(s.text)))
        X[k, col["quoted_share"]] = _quoted_share(s.text)
        X[k, col["first_person"]] = float(bool(_FIRST_PERSON.search(
            re.sub(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d", "", s.text))))
        X[k, col["duplicate"]] = float(dup[k])
        X[k, col["pronoun_start"]] = float(bool(_PRONOUN_START.match(s.text)))
        X[k, col["neighbor_sim"]] = float(np.mean(
            [sims[k, j] for j in (k - 1, k + 1) if 0 <= j < n] or [0.0]))
    X[:, col["centrality"]] = emb @ centroid
    if title_emb is not None:
        X[:, col["title_sim"]] = emb @ title_emb
    if heading_emb is not None and len(heading_emb):
        X[:, col["heading_sim"]] = (emb @ heading_emb.T).max(1)
    return X
