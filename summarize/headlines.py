"""Headline candidates by deletion: compress the best sentences into short factual lines.

``compress(sentence)`` yields shortened variants of one sentence by dropping what
headlines leave out: datelines, asides in brackets or dashes, relative clauses and
appositives, leading adverbials, trailing attributions and subordinate clauses, day
names.  ``candidates(...)`` runs it over the top-ranked sentences, rewrites each variant
into neutral language (``neutral.rewrite``), applies the constraints below and ranks:

- 3 to ``max_words`` words, has a verb, no unmatched quote or bracket;
- every word comes from the article, except the neutral verbs the rewriter may use;
- not a copy of the article's title, and none of the title's loaded words;
- distinct from the candidates ranked above it.

Rejected candidates are kept with the reason.  No model is used here; a learned
compressor can replace ``compress`` later.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import neutral
from .duplicates import STOP, tokens
from .results import Headline

_PAREN = re.compile(r"\s*\([^()]{0,120}\)")
_DASH_ASIDE = re.compile(r"\s+(?:--|\u2014|\u2013)\s+[^-\u2014\u2013]{1,120}?\s+(?:--|\u2014|\u2013)\s+")
_DASH_TAIL = re.compile(r"\s+(?:--|\u2014|\u2013)\s+.*$")
_LEAD_ADVERBIAL = re.compile(
    r"^(?:On|In|At|After|Before|During|Following|Despite|While|When|As|Last|Earlier|Later|Since|"
    r"Amid|Under|With|Without|By|For|Over|Speaking|Asked|Writing|According to|Meanwhile|However|"
    r"But|And|So|Now|Still|Instead|Today|Yesterday|This week|Last week|In other words|Overall|"
    r"Also|Separately|Elsewhere|Earlier this \w+|Late \w+|Early \w+)\b[^,]{0,80},\s+")
_NC = r"(?:[^,]|,(?=\S))"  # any character but a clause comma (commas in 3,000 stay)
_RELATIVE = re.compile(r",\s+(?:who|which|whose|where|whom)\b" + _NC + r"{0,120},\s")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|his|her|their|its|also|now|then|aged|\d+)\b" + _NC
                         + r"{0,80},\s")
_TRAIL_ATTRIB = re.compile(
    r",?\s+(?:according to\b.*|(?:police|officials|authorities|experts|critics|reports|sources|"
    r"analysts|witnesses|residents|officers|investigators|(?:the\s+)?[a-z]+ (?:said|says)|"
    r"he|she|they|it|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|the\s+\w+(?:\s+\w+)?)\s+"
    r"(?:said|says|told\s+[^,.]+|reported|added|announced|confirmed|noted|explained|wrote|"
    r"tweeted|stated|reports)(?:\s+(?:on|in|at)\s+[^,.]{1,40})?)\s*$")
_TRAIL_CLAUSE = re.compile(
    r",?\s+(?:which|who|while|as|after|before|when|because|although|though|despite|including|"
    r"saying|adding|amid|following|where|with|since|until|but|so that|in order to|according to)"
    r"\b.*$")
_COMMA_TAIL = re.compile(r",\s+.*$")
# "X is reeling after Y announced that Z": the fact is in the subordinate clause.
_AFTER_CLAUSE = re.compile(r"^.{3,80}?\s(?:after|as|when|because)\s+(?P<rest>.{20,})$")
_ANNOUNCED = re.compile(
    r"^(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+\w+(?:\s+\w+)?)\s+"
    r"(?:announced|said|says|confirmed|revealed|reported|told\s+\w+|disclosed|stated)"
    r"(?:\s+(?:on|last)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?:that\s+)?")
_DAY = re.compile(r"\s+(?:on\s+)?(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                  r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b")
_LEAD_SAID = re.compile(r"^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|"
                        r"[Tt]he\s+\w+)\s+(?:said|says|told\s+\w+)(?:\s+that)?\s+")
_TRAIL_PUNCT = re.compile(r"[\s.;:,!?\"'\u201d\u2019-]+$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|"
                      r"must|should|do|does|did|says|said|won|lost|hit|made|took|got|left|told|"
                      r"found|led|set|cut|put|held|met|paid|sent|kept|ran|fell|rose|gave|came|"
                      r"went|saw|became|began|broke|chose|drove|flew|grew|knew|shot|stole|wrote|"
                      r"\w+ed|[a-z]\w+s)\b")
_OPEN_CLAUSE = re.compile(r",\s+(?:which|who|whose|where|whom|a|an|the)\b[^,]*$")
_BAD_END = frozenset("the a an of to in on at for by with from and or but as that which who "
                     "is are was were be has have had will would its his her their than".split())


@dataclass
class Constraints:
    """Limits a headline must meet."""

    max_words: int = 14
    min_words: int = 3


def _clean_edges(text: str) -> str:
    text = _TRAIL_PUNCT.sub("", text.strip())
    text = re.sub(r"^[\s,;:\-\u2014\u2013]+", "", text)
    return text[:1].upper() + text[1:] if text else text


def compress(sentence: str, max_words: int = 14) -> list[str]:
    """Shortened variants of ``sentence`` (longest first), each a deletion of the original."""
    base = _PAREN.sub("", sentence)
    base = _DASH_ASIDE.sub(" ", base)
    steps = [base]
    s = _DASH_TAIL.sub("", base)
    steps.append(s)
    s2 = _LEAD_ADVERBIAL.sub("", s)
    steps.append(s2)
    s3 = _RELATIVE.sub(" ", _APPOSITIVE.sub(" ", s2))
    steps.append(s3)
    s4 = _TRAIL_ATTRIB.sub("", _TRAIL_PUNCT.sub("", s3))
    steps.append(s4)
    s5 = _TRAIL_CLAUSE.sub("", s4)
    steps.append(s5)
    s6 = _COMMA_TAIL.sub("", s5)
    steps.append(s6)
    steps.append(_DAY.sub("", s6))
    steps.append(_LEAD_SAID.sub("", s6))
    steps.append(_DAY.sub("", _LEAD_SAID.sub("", s5)))
    m = _AFTER_CLAUSE.match(_TRAIL_PUNCT.sub("", s4))
    if m:
        inner = m.group("rest")
        steps.append(inner)
        steps.append(_ANNOUNCED.sub("", inner))
        steps.append(_DAY.sub("", _ANNOUNCED.sub("", inner)))
    out: list[str] = []
    for v in steps:
        v = _clean_edges(v)
        if v and v not in out:
            out.append(v)
    fitted = [v for v in out if len(v.split()) <= max_words]
    if len(fitted) < 2:  # cut the shortest variants at the last phrase boundary that fits
        for v in sorted(out, key=len)[:3]:
            cut = _cut(v, max_words)
            if cut and cut not in fitted:
                fitted.append(cut)
    return fitted


_CUT_BEFORE = frozenset("and but as after while when with on in at from for by over under "
                        "during amid since until into near".split())


def _cut(text: str, max_words: int) -> str | None:
    """``text`` cut before a conjunction or preposition so that it fits ``max_words``."""
    ws = text.split()
    if len(ws) <= max_words:
        return None
    for k in range(max_words, 4, -1):
        if ws[k - 1].lower().strip(",;:") in _BAD_END:
            continue
        if ws[k - 1].endswith(",") or ws[k].lower() in _CUT_BEFORE:
            return _clean_edges(" ".join(ws[:k]))
    return None


def _balanced(text: str) -> bool:
    if text.count("(") != text.count(")") or text.count('"') % 2:
        return False
    return text.count("\u201c") == text.count("\u201d")


def _content(text: str) -> set[str]:
    return {w for w in tokens(text) if w not in STOP}


def candidates(ranked: list[tuple[int, str, float]], article: str, title: str | None,
               n: int = 3, constraints: Constraints | None = None,
               per_sentence: int = 3) -> tuple[list[Headline], list[Headline]]:
    """Ranked headlines and rejected ones from ``ranked`` ``[(sentence index, text, score)]``.

    ``ranked`` is best first.  Each variant's score mixes the source sentence's rank, how
    many of the article's frequent content words it carries, its length and neutrality.
    """
    c = constraints or Constraints()
    vocab = set(tokens(article)) | set(neutral.lexicon().neutral_words)
    freq = Counter(w for w in tokens(article) if w not in STOP and len(w) > 2)
    top = {w for w, _ in freq.most_common(15)}
    title_loaded = {f.lemma for f in neutral.detect(title or "")}
    title_key = " ".join(tokens(title or ""))
    kept: list[Headline] = []
    rejected: list[Headline] = []
    for rank, (idx, sent, _) in enumerate(ranked):
        if len(kept) >= 3 * n:
            break  # enough candidates from better-ranked sentences
        for v_rank, variant in enumerate(compress(sent, c.max_words)[:per_sentence + 3]):
            text, _ = neutral.rewrite(variant)
            text = _clean_edges(text)
            flags = neutral.detect(text, sentence_level=False)
            why = _reject_reason(text, c, vocab, title_key, title_loaded, flags)
            neu = neutral.neutrality(text, flags)
            words = len(text.split())
            cover = len(_content(text) & top) / max(1, len(top))
            length_fit = -abs(words - 10) / 10
            score = (1.0 / (1 + rank)) + 0.8 * cover + 0.3 * length_fit + 0.5 * neu - 0.02 * v_rank
            h = Headline(text=text, score=round(float(score), 4), source=idx,
                         neutrality=neu, flags=flags)
            if why is None and any(_too_close(text, k.text) for k in kept):
                why = "too close to a better candidate"
            if why:
                h.rejected = why
                rejected.append(h)
            else:
                kept.append(h)
    # Loaded candidates rank below clean ones; then by score.
    kept.sort(key=lambda h: (bool(h.flags), -h.score))
    return kept[:n], rejected


def _too_close(a: str, b: str) -> bool:
    ca, cb = _content(a), _content(b)
    if not ca or not cb:
        return a.lower() == b.lower()
    return len(ca & cb) / len(ca | cb) >= 0.6


def _reject_reason(text: str, c: Constraints, vocab: set[str], title_key: str,
                   title_loaded: set[str], flags: list) -> str | None:
    ws = text.split()
    if len(ws) < c.min_words:
        return "too short"
    if len(ws) > c.max_words:
        return f"longer than {c.max_words} words"
    if not _balanced(text):
        return "unbalanced quotes or brackets"
    if ws[-1].lower().strip(",;:") in _BAD_END or _OPEN_CLAUSE.search(text):
        return "ends mid-phrase"
    if not _VERBISH.search(text):
        return "no verb"
    new = [w for w in tokens(text) if w not in vocab]
    if new:
        return f"words not in the article: {', '.join(new[:3])}"
    key = " ".join(tokens(text))
    if title_key and (key == title_key or (len(set(key.split()) & set(title_key.split()))
                                           >= 0.8 * len(set(key.split())))):
        return "copy of the article's title"
    loaded = {f.lemma for f in flags} & title_loaded
    if loaded:
        return f"keeps the title's loaded words: {', '.join(sorted(loaded))}"
    return None
