"""Part-of-speech tags (Penn Treebank) for the words of one sentence: which word is a finite verb.

The headline checks must know whether a cut keeps the sentence's finite verb.  A word's
dictionary entry cannot tell ("registered" in "a registered dietitian", "flies" in "carrot
flies", "thought" in "just a thought"); its context can.  This module tags a sentence
greedily, left to right, with an averaged perceptron: features of the word, its neighbours
and the two tags before it, and what lemminflect's dictionary says the word can be (a noun,
a verb's past tense, ...).  The weights were trained on the English Web Treebank of
Universal Dependencies (``python -m eval.train tagger``; CC BY-SA 4.0, see
``models/TAGGER-NOTICE.txt``), a quarter of its sentences again lower-cased so that
lower-cased input (Gigaword) tags too: 94% of the treebank's dev tokens right, and the
finite verbs found with precision and recall near 0.96.

``tags(words)`` takes the words as ``compressor.words`` splits them ("aren't" is one word);
``keeps_finite_verb`` says whether a deletion keeps the sentence's finite verb (what else a
deletion may not leave: ``deletion_checks``).  It does not parse, and it rewrites nothing:
it only checks.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import compressor as cmp

MODEL_PATH = Path(__file__).parent / "models" / "tagger.json.gz"
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
START, END = ("-START-", "-START2-"), ("-END-", "-END2-")
# a number and the mark that ``compressor.words`` glues to it: "2004|,", "5.5|."
_NUMBER_MARK = re.compile(r"^(\$?\d[\d,.]*?%?)([,.])$")
# a treebank clitic at the end of a word: "do|n't", "John|'s", "we|'re"
_CLITIC = re.compile(r"(?i)^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$")


@lru_cache(maxsize=100_000)
def lexical(word: str) -> str:
    """What lemminflect's dictionary says ``word`` can be: its parts of speech and, for a
    verb, its forms ("NOUN|VERB/VBZ" for "flies")."""
    from lemminflect import getAllInflections, getAllLemmas

    low = word.lower()
    parts = getAllLemmas(low)
    forms = set()
    for lemma in parts.get("VERB", ()) + parts.get("AUX", ()):
        for tag, words in getAllInflections(lemma, upos="VERB").items():
            if low in words:
                forms.add(tag)
    return "|".join(sorted(parts)) + "/" + "|".join(sorted(forms))


def _shape(word: str) -> str:
    if word[:1].isupper():
        return "U" if word.isupper() and len(word) > 1 else "X"
    return "x" if word[:1].isalpha() else "d" if word[:1].isdigit() else "p"


def _norm(word: str) -> str:
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[:1].isdigit():
        return "!DIGITS"
    return word.lower()


@dataclass
class Sentence:
    """A sentence's words with what every feature reads: normalised forms and dictionary
    entries, padded at both ends."""

    words: list[str]

    def __post_init__(self):
        self.norm = list(START) + [_norm(w) for w in self.words] + list(END)
        self.raw = list(START) + list(self.words) + list(END)
        self.lex = [lexical(w) for w in self.words] + ["-END-"]


def features(i: int, s: Sentence, prev: str, prev2: str) -> list[str]:
    """The features of the ``i``-th word of ``s`` after the tags ``prev2``, ``prev``."""
    ctx, j, lex = s.norm, i + 2, s.lex[i]
    w = ctx[j]
    return ["bias", "suf " + w[-3:], "pre " + s.raw[j][:1], "t-1 " + prev, "t-2 " + prev2,
            "t-1t-2 " + prev + " " + prev2, "w " + w, "t-1w " + prev + " " + w, "w-1 " + ctx[j - 1],
            "suf-1 " + ctx[j - 1][-3:], "w-2 " + ctx[j - 2], "w+1 " + ctx[j + 1],
            "suf+1 " + ctx[j + 1][-3:], "w+2 " + ctx[j + 2], "lex " + lex, "lex t-1 " + lex + " " + prev,
            "shape " + _shape(s.raw[j]) + _shape(s.raw[j - 1]) + ("0" if i == 0 else ""),
            "lex+1 " + s.lex[i + 1]]


@dataclass
class Tagger:
    """An averaged perceptron's weights ({feature: {tag: weight}}) and the tags of words
    the treebank always tags alike (``tagdict``)."""

    weights: dict[str, dict[str, float]]
    classes: list[str]
    tagdict: dict[str, str]

    def __post_init__(self):
        self.classes = sorted(self.classes)
        index = {t: k for k, t in enumerate(self.classes)}
        self._rows = {f: (np.array([index[t] for t in ws], dtype=np.int64),
                          np.array(list(ws.values()), dtype=np.float64))
                      for f, ws in self.weights.items() if ws}

    def predict(self, feats: list[str]) -> str:
        """The best-scoring tag (of tags that tie, the last in ``classes``)."""
        scores = np.zeros(len(self.classes))
        for f in feats:
            row = self._rows.get(f)
            if row is not None:
                scores[row[0]] += row[1]
        return self.classes[len(scores) - 1 - int(np.argmax(scores[::-1]))]

    def tag(self, words: list[str]) -> list[str]:
        """The tag of each treebank token of a sentence, left to right."""
        out: list[str] = []
        prev, prev2 = START
        sent = Sentence(words)
        for i, word in enumerate(words):
            tag = self.tagdict.get(word) or self.predict(features(i, sent, prev, prev2))
            out.append(tag)
            prev2, prev = prev, tag
        return out


@lru_cache(maxsize=1)
def shipped() -> Tagger:
    """The shipped tagger (loaded once)."""
    return load(MODEL_PATH)


def load(path: Path) -> Tagger:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return Tagger(data["weights"], data["classes"], data["tagdict"])


def save(tagger: Tagger, path: Path, min_weight: float = 0.0) -> None:
    """Write ``tagger`` (weights of magnitude below ``min_weight`` dropped)."""
    weights = {}
    for feat, ws in tagger.weights.items():
        kept = {t: round(w, 3) for t, w in ws.items() if abs(w) >= max(min_weight, 5e-4)}
        if kept:
            weights[feat] = kept
    data = {"classes": sorted(tagger.classes), "tagdict": tagger.tagdict, "weights": weights}
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, separators=(",", ":"))


def tokens(word: str) -> list[str]:
    """A word split as the treebank splits it: "aren't" -> ["are", "n't"], "2004," -> ["2004", ","]."""
    w = word.replace("\u2019", "'")
    m = _NUMBER_MARK.match(w)
    if m:
        return [m.group(1), m.group(2)]
    m = _CLITIC.match(w)
    if m and len(w) > 2:
        return [m.group(1), m.group(2)]
    return [w]


# an abbreviation that ``compressor.words`` splits from its period: "U.S", "Mr", "Inc"
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Co|Corp|Ltd|Gov|Sen|Rep|Gen|"
                           r"Lt|Col|Capt|Prof|vs|No|Mt|Ft")


def tags(words: list[str], tagger: Tagger | None = None) -> list[str]:
    """The tag of each word: its first treebank token's, or its clitic's when that is a
    finite verb ("that's" is VBZ, "aren't" VBP, "John's" NNP); an abbreviation's period
    (a word of its own in ``compressor.words``) takes the abbreviation's tag."""
    tagger = tagger or shipped()
    toks, spans = [], []
    for i, w in enumerate(words):
        if w == "." and 0 < i < len(words) - 1 and _ABBREVIATION.fullmatch(words[i - 1]):
            toks[-1] += "."  # "U.S" "." is one token, "U.S.", as the treebank has it
            spans.append(spans[-1])
            continue
        parts = tokens(w)
        spans.append((len(toks), len(toks) + len(parts)))
        toks.extend(parts)
    tagged = tagger.tag(toks) if toks else []
    return [tagged[b - 1] if b - a > 1 and tagged[b - 1] in FINITE else tagged[a] for a, b in spans]


# an auxiliary a headline drops: "[was] arrested", "[are] rising", "[has] fined"
AUX = frozenset("am is are was were be been being has have had get gets got".split())
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", ","})  # (", which")
_SUBJECT = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
# what follows a verb more often than a plural noun: "flies | to Paris", "layers | all three"
_AFTER_VERB = frozenset({"DT", "PDT", "IN", "TO", "PRP", "PRP$", "CD", "NNP", "RB", "JJ"})
# after a base form taken for a noun: "adults report | owning", "readers want | to"
_AFTER_NOUN_VERB = frozenset({"VBG", "DT", "PRP", "PRP$", "IN", "TO", "CD"})
# what opens a verb's object or complement: "advised | readers", "grew | close" (not "forged |
# for teams", a participle's phrase)
_OBJECT = frozenset({"DT", "PDT", "PRP", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS", "JJ"})


def _relative_verbs(tags_: list[str], kept) -> set[int]:
    """The first finite verb after each relative pronoun after a kept noun ("that", "which",
    "who": WDT, WP), and one joined to it by "and" before a comma: the relative clause's, not
    the sentence's ("the reason that resources are needed"; not "deciding what matters is subtle", whose "what" has no noun, nor
    "[evidence that] meditation leads to ...", which drops the noun: the clause stands alone)."""
    out, open_, joined = set(), False, False
    for i, tag in enumerate(tags_):
        if tag in ("WDT", "WP") and i and tags_[i - 1] in _NOUNS and kept[i - 1]:
            open_ = True
        elif open_ and tag in FINITE:
            out.add(i)
            open_, joined = False, True
        elif joined and tag in (",", ".", ":"):
            joined = False
        elif joined and tag == "CC":
            j = i + 1
            while j < len(tags_) and tags_[j] == "RB":
                j += 1
            if j < len(tags_) and tags_[j] in FINITE:
                out.add(j)  # a second verb of the same clause: "Photos which were released
                # online and are making the rounds[, show ...]" (newspaper4k's test page)
    return out


# what opens an adverbial clause: its verb is the clause's, not the sentence's (not "after",
# "before", "since", "until", prepositions too: "Travellers arriving after 4am must self-isolate")
_SUBORDINATORS = frozenset("when while because although though if unless whereas".split())


def _subordinate_verbs(words: list[str], tags_: list[str], kept) -> set[int]:
    """The first kept finite verb after each kept subordinator (``_SUBORDINATORS``, tagged as
    one), before a comma: the adverbial clause's, not the sentence's ("Christie when he first
    ran[ in 2009 sold himself ...]", nj.com in newspaper's test pages)."""
    out, open_ = set(), False
    for i, tag in enumerate(tags_):
        if not kept[i]:
            continue
        if words[i].lower() in _SUBORDINATORS and tag in ("IN", "WRB"):
            open_ = True
        elif open_ and (tag in (",", ":") or words[i].endswith((",", ";", ":"))):
            open_ = False
        elif open_ and tag in FINITE and not _closed_by_comma(words, kept, i):
            out.add(i)
            open_ = False
    return out


def _closed_by_comma(words: list[str], kept, i: int) -> bool:
    """Whether a kept comma after ``words[i]`` has kept words after it: the main clause the
    adverbial clause opens ("When she walks in, even the editors gasp", where the tagger may
    miss the main verb: glamour.com in newspaper's test pages)."""
    rest = [w for k, w in enumerate(words[i + 1:], i + 1) if kept[k]]
    return any(w == "," and any(c.isalnum() for c in "".join(rest[j + 1:])) for j, w in enumerate(rest))


def keeps_finite_verb(words: list[str], tags_: list[str], kept) -> bool:
    """Whether a deletion that keeps ``words[i]`` where ``kept[i]`` keeps a finite verb of
    the sentence (tags ``tags_``): a verb in the present or past or a modal, or a participle
    whose auxiliary went (the headline passive "Man [was] arrested", "Prices [are] rising"),
    or one of the tagger's slips (``_slipped_verb``).  A participle that modified a noun ("a
    registered dietitian"), a base form after a modal that went ("BMW [will] recall") and a
    relative clause's verb ("[A major part of the] reason that resources are needed[,
    McKinley said, is ...]") and an adverbial clause's ("Christie when he first ran") are no
    finite verb of the sentence."""
    relative = _relative_verbs(tags_, kept) | _subordinate_verbs(words, tags_, kept)
    for i, tag in enumerate(tags_):
        if not kept[i] or i in relative:
            continue
        if finite(i, words, tags_):
            return True
        if tag in ("VBN", "VBG"):
            j = i - 1
            while j >= 0 and (tags_[j] == "RB" or words[j].lower() in ("not", "n't")):
                j -= 1
            if j >= 0 and words[j].lower().replace("\u2019", "'") in AUX and j not in relative:
                return True
    return False


def finite(i: int, words: list[str], tags_: list[str]) -> bool:
    """Whether ``words[i]`` is a finite verb: so tagged, or one of the tagger's slips."""
    if words[i].lower() == "bound" and i + 1 < len(words) and words[i + 1].lower() == "for" \
            and i and tags_[i - 1].startswith("NN"):
        return False  # a destination: "An Air Algerie flight bound for Algiers ... loses"
    return tags_[i] in FINITE or _slipped_verb(i, words, tags_)


def any_finite(words: list[str], tags_: list[str], start: int = 0, end: int | None = None) -> bool:
    """Whether some word of ``words[start:end]`` is a finite verb (``finite``)."""
    return any(finite(i, words, tags_) for i in range(start, len(words) if end is None else end))


def finite_in(text: str, start: int = 0) -> bool:
    """Whether ``text``, split as ``compressor.words`` splits it and tagged, has a finite verb
    from its ``start``-th word on (``any_finite``)."""
    ws = cmp.words(text)
    return any_finite(ws, tags(ws), start)


# what ends a clause before the next verb: "steps outlined in the guide[,] could save"
_CLAUSE_END = frozenset(", ; : -- \u2014 \u2013 and but or as because when while if that which who "
                        "after before since although though until so whether".split())


def _verb_follows(i: int, words: list[str], tags_: list[str]) -> bool:
    """Whether a finite verb (so tagged) follows ``words[i]`` in its clause, with no comma,
    conjunction or relative pronoun between: then ``words[i]`` is a participle that modifies
    the noun before it ("Following the steps outlined in the guide below could save time")."""
    for j in range(i + 1, len(words)):
        if words[j].lower() in _CLAUSE_END or tags_[j] in ("WDT", "WP", "CC"):
            return False
        if tags_[j] in FINITE:
            return True
        if words[j].endswith((",", ";", ":")):
            return False  # a number glued to its comma: "ballooned to $1 trillion in 2019, the ... announced"
    return False


_NOUN_PHRASE = frozenset("DT JJ NN NNS NNP NNPS PRP$ CD".split())


def _object_of_opening(i: int, tags_: list[str]) -> bool:
    """Whether the words before ``i`` are the object of the sentence's opening preposition
    ("In a world | marked by war") or infinitive ("To have a catalog | sent to you"): a noun
    phrase (an infinitive's may be a pronoun), so that ``words[i]`` is no verb of the sentence."""
    if tuple(tags_[:1]) == ("IN",):
        start, allowed = 1, _NOUN_PHRASE
    elif tuple(tags_[:2]) == ("TO", "VB"):
        start, allowed = 2, _NOUN_PHRASE | {"PRP"}
    else:
        return False
    return i > start and all(t in allowed for t in tags_[start:i])


def _slipped_verb(i: int, words: list[str], tags_: list[str]) -> bool:
    """Whether ``words[i]`` is a finite verb that the tagger took for something else, as it
    often does on news: a past tense that is no participle ("figure rose"); a past
    participle right after a noun (or an opening gerund) that is also a past tense, with an
    object after it or as the sentence's first verb ("dietitian advised readers", "Gaming
    used to be so simple", "growth accelerated in the third quarter"; not "[Pivot steps
    forward] as a documentation app forged for teams"); a base form after a plural subject
    ("outlets portray") or taken for a noun before a verb's company ("adults report owning",
    "Newcastle United face a trip"); a plural noun after a singular subject that can be a
    verb and has a verb's company after it ("pilot flies to Paris")."""
    from .headline_checks import _finite, base_verb
    from .headline_style import participle_lemma

    tag, word = tags_[i], words[i]
    prev = tags_[i - 1] if i else ""
    nxt = tags_[i + 1] if i + 1 < len(tags_) else ""
    if tag == "VBN":
        if _object_of_opening(i, tags_):
            return False  # "In a world marked by war, ...", "To have a catalog sent to you": a
            # participle after the object of an opening preposition or infinitive
        return _finite(word) and (participle_lemma(word.lower()) is None or (
            prev in _SUBJECT or prev == "VBG" and i == 1) and (
            nxt in _OBJECT or not any(t in FINITE for t in tags_[:i]))
            and not _verb_follows(i, words, tags_))
    if tag == "VB":
        return prev in ("NNS", "NNPS", "PRP")
    if tag == "NN":
        return base_verb(word) and (prev in ("NNS", "NNPS") and nxt in _AFTER_NOUN_VERB
                                    or prev == "NNP" and nxt in ("DT", "PRP$", "PRP", "CD"))
    if tag == "NNS":  # (not inside a preposition's object: "with computer chips in every product")
        return prev in _SUBJECT - {"NNS", "NNPS"} and nxt in _AFTER_VERB and _finite(word) \
            and not (i >= 2 and tags_[i - 2] in ("IN", "TO"))
    return False
