"""Loaded language: find it, score it, and rewrite headlines without it.

- ``detect(text)`` -> ``[Flag]``: loaded report verbs ("slammed"), evaluative words and
  intensifiers ("shocking", "heated"), loaded nouns ("outrage"), presupposition and
  doubt markers ("revealed", "so-called"), prescriptive opinion ("it is essential"),
  plus scare quotes, all-caps emphasis, exclamation marks and rhetorical questions.
  Words inside quotations are the speaker's, not the writer's, and are not flagged.
- ``neutrality(text)`` -> share of words not flagged (1.0 = nothing loaded).
- ``rewrite(text)`` -> a neutral form: loaded report verbs become neutral ones in the same
  tense ("slammed" -> "criticised", "claims" -> "says"), intensifiers and attributive
  evaluative adjectives are dropped; names, numbers and quotations are never touched.
- ``word_scores(text)`` ranks every word by how loaded it looks (used for WNC ranking).

Matching is on lemmas from ``lemmas`` (no NLTK) with multi-word expressions.  The curated
list is ``lexicons/loaded.tsv`` (term, type, replacement, weight); the Recasens et al.
(2013) lexicons are features only (see ``lexicons/CITATION.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .lemmas import candidates, form_of, inflect
from .results import Flag
from .text import title_case as text_title_case
from .text import upper_first

LEXICON_DIR = Path(__file__).parent / "lexicons"
FLAG_WEIGHT = 0.5  # entries below this weight are features, not flags

# an opening aside that frames the news as a move, twist or blow ("In a shocking twist, ...")
_SLANTED_OPENER = re.compile(
    r"^(?:In|With)\s+an?\s+[^,\"\u201c\u201d]{0,60}?\b(?:move|twist|turn\s+of\s+events|development|"
    r"decision|step|blow|shake-up|u-turn|announcement|surprise)\b[^,\"\u201c\u201d]{0,70},\s+(?=[A-Za-z])")

REASONS = {
    "report_verb": "loaded reporting verb: it judges the statement instead of reporting it",
    "factive": "presents a claim as established fact",
    "presupposition": "editorial marker that presupposes a view",
    "doubt": "casts doubt on one side",
    "intensifier": "intensifier: adds emphasis, not information",
    "aside": "evaluative aside: frames the news instead of reporting it",
    "evaluative": "evaluative or sensational word: judges instead of describing",
    "loaded_noun": "emotive or loaded noun",
    "emotive_verb": "emotive verb: dramatises instead of describing",
    "opinion": "prescriptive or opinion phrase",
    "all_caps": "all-caps for emphasis",
    "exclamation": "exclamation mark",
    "scare_quotes": "scare quotes cast doubt on a term",
    "rhetorical_question": "rhetorical question in the narration",
}
DROP = "-"
VERB_TYPES = frozenset({"report_verb", "factive", "emotive_verb"})
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*|\d[\d,.]*%?")
_DETERMINER = frozenset("the a an his her their its our my your these those this that such "
                        "jobless unemployment insurance false new first any no".split())
_COPULA = frozenset("is are was were be been being seems seemed became become looks looked "
                    "remains remained sounds sounded appears appeared felt feels called".split())
_NOT_NOUN_NEXT = frozenset("and or but to than that as for in of on at by with from , . ; : "
                           "is are was were over about after against amid into before "
                           "up down out off".split())  # "had heated up": a verb's particle
_QUOTES = re.compile(r"\"[^\"\n]{1,400}\"|\u201c[^\u201d\n]{1,400}\u201d|\u2018[^\u2019\n]{1,300}"
                     r"\u2019(?!\w)|(?<![\w])'[^'\n]{2,300}'(?![\w])")


@dataclass(frozen=True)
class Entry:
    """One curated term: its words (base forms), type, replacement and weight."""

    words: tuple[str, ...]
    type: str
    replacement: str
    weight: float


@dataclass(eq=False)
class Lexicon:
    """The curated entries, indexed by first word, plus the Recasens lists as features."""

    by_first: dict
    bias: frozenset
    report_verbs: frozenset
    factives: frozenset
    hedges: frozenset
    assertives: frozenset
    neutral_words: frozenset  # every replacement form the rewriter may introduce
    cache: dict = field(default_factory=dict, repr=False)  # word -> entries

    def entries(self, word: str) -> tuple[Entry, ...]:
        """Entries whose first word is a lemma ``word`` may have, longest first.

        Verbs match any inflection ("slammed" -> "slam"); nouns their plural; other words
        (adjectives, adverbs, markers) only their own form, so "evening" is not "even".
        """
        hit = self.cache.get(word)
        if hit is None:
            out: list[Entry] = []
            for k, c in enumerate(candidates(word)):
                for e in self.by_first.get(c, ()):
                    if k == 0 or e.type in VERB_TYPES or (
                            e.type == "loaded_noun" and word.lower().rstrip("s") == c):
                        out.append(e)
            hit = self.cache[word] = tuple(out)
            if len(self.cache) > 100_000:
                self.cache.clear()
        return hit


def _read_list(name: str) -> frozenset:
    path = LEXICON_DIR / name
    return frozenset(line.strip().lower() for line in path.read_text().splitlines()
                     if line.strip() and not line.startswith("#"))


DEFAULT_WEIGHTS = {"report_verb": 0.9, "factive": 0.6, "presupposition": 0.6, "doubt": 0.7,
                   "intensifier": 0.6, "evaluative": 0.7, "loaded_noun": 0.7, "opinion": 0.8,
                   "emotive_verb": 0.7}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (read once)."""
    by_first: dict[str, list[Entry]] = {}
    neutral: set[str] = {"a", "an"}
    for line in (LEXICON_DIR / "loaded.tsv").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t") + ["", ""]
        term, type_, repl, weight = parts[0], parts[1], parts[2], parts[3]
        w = float(weight) if weight else DEFAULT_WEIGHTS.get(type_, 0.6)
        entry = Entry(tuple(term.lower().split()), type_, repl, w)
        by_first.setdefault(entry.words[0], []).append(entry)
        if repl and repl != DROP:
            # regular verbs as models of each form ("says" is listed as irregular)
            neutral.update(inflect(repl, f) for f in ("walked", "walks", "walking", "walk"))
            neutral.add(repl)
    for v in by_first.values():
        v.sort(key=lambda e: -len(e.words))
    return Lexicon(by_first, _read_list("recasens2013_bias_lexicon.txt"),
                   _read_list("recasens2013_report_verbs.txt"),
                   _read_list("recasens2013_factives_hooper1975.txt"),
                   _read_list("recasens2013_hedges_hyland2005.txt"),
                   _read_list("recasens2013_assertives_hooper1975.txt"),
                   frozenset(neutral))


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Words with their spans: ``[(word, start, end), ...]``."""
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations (double, curly double, curly single, straight single quotes)."""
    return [m.span() for m in _QUOTES.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < pos < e for s, e in spans)


@dataclass
class Match:
    """A lexicon match: token range, entry and the matched text span."""

    i: int
    j: int          # token range [i, j)
    entry: Entry
    start: int
    end: int


def _matches(toks: list[tuple[str, int, int]], lex: Lexicon, names: bool = True) -> list[Match]:
    """The lexicon's entries found in ``toks``, longest first; ``names``: a capitalised word
    inside a sentence is a name (not in a title, where every word is capitalised)."""
    out: list[Match] = []
    i = 0
    while i < len(toks):
        found = None
        for entry in lex.entries(toks[i][0]):
            n = len(entry.words)
            if i + n > len(toks):
                continue
            if all(_word_matches(entry, k, toks[i + k][0])
                   and toks[i + k][1] - toks[i + k - 1][2] == 1 for k in range(1, n)):
                # (words one space apart: "can go, after he posted" is not "go after")
                found = Match(i, i + n, entry, toks[i][1], toks[i + n - 1][2])
                break
        if found and not _excluded(found, toks, names):
            out.append(found)
            i = found.j
        else:
            i += 1
    return out


def _word_matches(entry: Entry, k: int, word: str) -> bool:
    if entry.type in VERB_TYPES:
        return entry.words[k] in candidates(word)
    return entry.words[k] == word.lower().replace("\u2019", "'")


# the small words Title Case leaves in lower case
_MINOR = frozenset("a an the and or but of in on at to for by with from as".split())


_BE_FORMS = frozenset("is are was were be been being am 's 're \u2019s \u2019re isn't wasn't aren't weren't".split())


# what "heated" judges ("a heated debate"); before anything else it is warm
_HEATED_TALK = frozenset("debate debates argument arguments exchange exchanges discussion "
                         "discussions row rows dispute disputes clash clashes meeting meetings "
                         "words battle battles rhetoric session sessions conversation exchange "
                         "negotiations talks contest race campaign protest protests altercation "
                         "altercations confrontation confrontations scuffle fight fights "
                         "standoff".split())


_MYTHS = ("myth", "misconception", "misbelief")


def _excluded(m: Match, toks: list[tuple[str, int, int]], names: bool = True) -> bool:
    """Context rules: a report verb used as a noun ("jobless claims") is not a report verb;
    with ``names``, a capitalised word after a lower-case one is a name."""
    prev = toks[m.i - 1][0].lower() if m.i else ""
    if m.entry.type in ("report_verb", "factive") and prev in _DETERMINER:
        return True
    from lemminflect import getAllLemmas

    word = toks[m.i][0]
    after = toks[m.j][0] if m.j < len(toks) else ""
    if m.entry.type in VERB_TYPES and m.j == m.i + 1 and word.lower() == m.entry.words[0] \
            and m.i and toks[m.i - 1][0][:1].isupper() and not toks[m.i - 1][0].endswith("s") \
            and prev not in _PLURAL_SUBJECT and "NOUN" in getAllLemmas(word.lower()):
        return True  # "Israeli tank fired", "Kabul blast kills": a noun after a name's word
        # (a verb's bare form wants a plural subject: "Democrats slam")
    if word.lower() == "heated":  # "heated clothes airers", "a heated pool": warm, not angry
        k = m.j
        while k < len(toks) and "-" in toks[k][0]:
            k += 1  # (past a compound modifier: "a heated three-hour meeting")
        if k >= len(toks) or toks[k][0].lower() not in _HEATED_TALK:
            return True
    if _verb_use(m, toks, prev, after):
        return True  # "Engines failed", "after shocking Cardiff into action": a verb, no judgement
    if m.entry.type == "opinion" and word.lower() in ("need", "needs") and after.lower() == "know":
        return True  # "What brands need to know in 2026": a guide's promise, not an opinion
    if word.lower().startswith("debunk") and any(
            t[0].lower().startswith(_MYTHS) for t in toks[max(0, m.i - 4):m.j + 4]):
        return True  # "9 Common Food Myths Debunked": a myth is false by name; no claim is judged
    if word.lower() == "supposed" and after.lower() == "to" and prev in _BE_FORMS:
        return True  # "was supposed to save": what was expected, not a doubt ("the supposed victim")
    if word.lower() == "exclusive" and after.isalpha() and not after.isupper() \
            and toks[m.j][1] == toks[m.i][2] + 1 and after.lower() not in _NOT_NOUN_NEXT | _DETERMINER:
        return True  # "an exclusive agreement", "exclusive rights": a term, not the "EXCLUSIVE:" label
    # (the first word with a capitalised word after it: "Fantastic Beasts and Where to Find
    # Them has no such charms")
    opens_name = m.i == 0 and after[:1].isupper() and not after.isupper() \
        and bool(getAllLemmas(after.lower()))  # (not before a name: "Disgraced Hollywood ...")
    if not (names and (m.i > 0 or opens_name) and word[0].isupper() and not word.isupper()):
        return False
    # Capitalised mid-sentence words are names ("Mayor Rage", "Brave Browser"), not judgements;
    # after a capitalised word too ("Standing Rock") unless the line is in Title Case (judged
    # on the words around it; at the start, on the whole line).
    words = [t[0] for t in (toks if m.i == 0 else toks[max(0, m.i - 4):m.j + 4])
             if t[0][:1].isalpha() and t[0].lower() not in _MINOR]
    title_case = sum(w[0].isupper() for w in words) > 0.6 * len(words)
    return not title_case if m.i == 0 else not toks[m.i - 1][0].istitle() or not title_case


# words after which an -ed or -ing form is a verb, not a modifier: its object, a
# preposition, an adverb of time, the clause's end
_VERB_NEXT = frozenset("the a an his her their its our my your this that these those him them "
                       "us it to in into at on by for from with again after before when as "
                       "because and but or".split())
# ... unless a linking verb or a degree adverb comes before it ("is shocking.", "so failing")
_PREDICATE_BEFORE = frozenset("is are was were be been being am seem seems seemed seeming look looks "
                              "looked looking sound sounds sounded sounding remain remains remained "
                              "become becomes became becoming appear appears appeared feel feels felt "
                              "get gets got getting so very really most more too quite".split())


def _verb_use(m: Match, toks: list[tuple[str, int, int]], prev: str, after: str) -> bool:
    """Whether an evaluative -ed or -ing word is a verb here: at the clause's end or before its
    object, a preposition or a conjunction ("Engines failed", "failed to respond", "after
    shocking Cardiff into action"), not after "is"/"so" or a determiner ("a failed bid")."""
    word = toks[m.i][0].lower()
    if m.entry.type != "evaluative" or m.j != m.i + 1 or not word.endswith(("ed", "ing")) \
            or prev in _PREDICATE_BEFORE or prev in _DETERMINER or not m.i:
        return False
    gap = toks[m.j][1] > toks[m.i][2] if after else False
    name = after[:1].isupper() and not after.isupper() and gap and toks[m.i][0].islower()
    return not after or not after[:1].isalnum() or after.lower() in _VERB_NEXT or name \
        and word.endswith("ing") and toks[m.i - 1][0].lower() in _PREPOSITION_BEFORE


_PREPOSITION_BEFORE = frozenset("after before by for from in on of with without since".split())


def detect(text: str, offset: int = 0, min_weight: float = FLAG_WEIGHT,
           sentence_level: bool = True) -> list[Flag]:
    """Flags for the loaded language in ``text``; spans are shifted by ``offset``."""
    lex = lexicon()
    quotes = quoted_spans(text)
    toks = tokens(text)
    flags: list[Flag] = []
    for m in _matches(toks, lex):
        if m.entry.weight < min_weight or _inside(m.start, quotes) or _measure(m, toks) \
                or m.entry.replacement == "criticize" and _before_to(m, toks) or _asked_where(m, toks) \
                or _other_use(m, toks, text) or m.entry.type == "report_verb" and _force_next(m, toks):
            continue  # ("Here's why claims X can't be Y are false": a noun, not the report verb;
            # "Cyclone rips through villages": force, which ``rewrite`` leaves too)
        span = text[m.start:m.end]
        sugg = None
        if m.entry.replacement == DROP:
            sugg = ""
        elif m.entry.replacement:
            sugg = inflect(m.entry.replacement, toks[m.i][0])
        flags.append(Flag(span, m.entry.type, REASONS[m.entry.type], m.start + offset,
                          m.end + offset, " ".join(m.entry.words), sugg))
    flags.extend(_surface_flags(text, toks, quotes, offset, sentence_level))
    flags.sort(key=lambda f: f.start)
    return flags


def _surface_flags(text, toks, quotes, offset, sentence_level) -> list[Flag]:
    flags = []
    caps = [t for t in toks if t[0].isupper() and len(t[0]) >= 4 and t[0].isalpha()]
    mostly_caps = len(caps) > 0.6 * max(1, len(toks))
    for w, s, e in caps:
        if _inside(s, quotes) or (mostly_caps and not lexicon().entries(w)):
            continue
        if len(w) >= 6 and _a_word(w) or lexicon().entries(w):
            flags.append(Flag(w, "all_caps", REASONS["all_caps"], s + offset, e + offset,
                              w.lower(), w.capitalize()))
    for m in re.finditer(r"!+", text):
        if not _inside(m.start(), quotes):
            flags.append(Flag(m.group(0), "exclamation", REASONS["exclamation"],
                              m.start() + offset, m.end() + offset, "!", ""))
    for s, e in quotes:
        inner = text[s + 1:e - 1]
        n = len(inner.split())
        before = text[max(0, s - 25):s].lower()
        # a speaker's words: "said the decision was "a disaster"", "described it as "reckless"",
        # "told a podcast on Sunday that fans who ask for selfies are "rude""
        attributed = re.search(r"\b(?:said|says|told|wrote|described|called|posted|tweeted)\b"
                               r"[^.!?\"\u201c\u201d]{0,100}\b(?:was|is|were|are|be|as|he|she|they|it)"
                               r"\W*$", text[max(0, s - 130):s].lower())
        if 1 <= n <= 3 and not attributed and \
                not re.search(r"(said|says|say|told|wrote|called|:)\W*$", before):
            flags.append(Flag(text[s:e], "scare_quotes", REASONS["scare_quotes"], s + offset,
                              e + offset, inner.lower(), None))
    stripped = text.rstrip()
    if sentence_level and stripped.endswith("?") and not _inside(len(stripped) - 1, quotes) \
            and not stripped.endswith(("?\"", "?\u201d", "?'", "?\u2019")):
        flags.append(Flag(stripped, "rhetorical_question", REASONS["rhetorical_question"],
                          offset, len(stripped) + offset, "?", None))
    return flags


# a lead's first word in small capitals, before words in lower case ("FOR beleaguered smokers,
# the world is ...", The Economist; not "WHO officials said", "US troops")
_LEAD_WORDS = frozenset("the for when after before since while once with from this that there what "
                        "last like many some most".split())
# a dateline's place in capitals at the start: "HUNTSVILLE, Alabama -", "WEST PALM BEACH, Fla."
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'-]+\s+){0,3}[A-Z][A-Z.'-]+(?=\s*(?:,|\(|\s[-\u2013\u2014]))")


@lru_cache(maxsize=4096)
def _a_word(word: str) -> bool:
    """Whether a word in capitals is an English word shouted ("SHOCKING"), not an acronym or
    a name lemminflect does not know ("LCROSS", "UNESCO", "NASDAQ")."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


def neutrality(text: str, flags: list[Flag] | None = None) -> float:
    """Share of words of ``text`` that carry no flag (1.0 = neutral)."""
    toks = tokens(text)
    if not toks:
        return 1.0
    flags = detect(text) if flags is None else flags
    return round(max(0.0, 1.0 - loaded_words(flags) / len(toks)), 4)


def loaded_words(flags: list[Flag]) -> int:
    """Words the flags cover (a rhetorical question counts as one)."""
    return sum(1 if f.type == "rhetorical_question" else max(1, len(f.text.split()))
               for f in flags)


def word_scores(text: str) -> list[tuple[str, int, int, float]]:
    """Every word with a loadedness score (curated weight, Recasens lists as weak priors)."""
    lex = lexicon()
    toks = tokens(text)
    quotes = quoted_spans(text)
    scores = [0.0] * len(toks)
    for m in _matches(toks, lex):
        for k in range(m.i, m.j):
            scores[k] = max(scores[k], m.entry.weight)
    for k, (w, s, _) in enumerate(toks):
        cands = candidates(w)
        prior = 0.0
        if any(c in lex.bias for c in cands):
            prior += 0.3
        if any(c in lex.factives or c in lex.assertives for c in cands):
            prior += 0.05
        if any(c in lex.hedges for c in cands):
            prior += 0.05
        if any(c in lex.report_verbs for c in cands):
            prior += 0.05
        if _inside(s, quotes):
            prior -= 0.1
        scores[k] += prior
    return [(w, s, e, round(sc, 4)) for (w, s, e), sc in zip(toks, scores)]


def rewrite(text: str, min_weight: float = FLAG_WEIGHT) -> tuple[str, list[Flag]]:
    """A neutral form of ``text`` (a headline) and the flags that were acted on.

    Loaded report verbs become neutral verbs in the same form; intensifiers and
    attributive evaluative adjectives are dropped, and so is an opening aside with a loaded
    word and no name or number in it ("In a stunning move, ..."); a fully capitalised word
    that is not an acronym becomes capitalised.  Quotations, names and numbers are never changed.
    Only entries with weight >= ``min_weight`` are acted on.
    """
    out, edits = rewrite_edits(text, min_weight)
    return out, [e.flag for e in edits if e.flag is not None]


@dataclass
class TextEdit:
    """One change ``rewrite`` made: ``text[start:end]`` became ``new``, found at ``at`` in
    the rewritten text (-1 if the tidy-up moved it out of sight)."""

    start: int
    end: int
    original: str
    new: str
    reason: str
    at: int = -1
    flag: Flag | None = None


def rewrite_edits(text: str, min_weight: float = FLAG_WEIGHT) -> tuple[str, list[TextEdit]]:
    """``rewrite``, with every change it made (in text order)."""
    lex = lexicon()
    quotes = quoted_spans(text)
    toks = tokens(text)
    edits: list[TextEdit] = []
    title_case = _title_case(toks)
    # in Title Case, "for Shocking Concert Cancellation" is a judgement, not a name
    matches = [m for m in _matches(toks, lex, names=not title_case)
               if m.entry.weight >= min_weight and not _inside(m.start, quotes)
               and not _measure(m, toks)]
    aside = _SLANTED_OPENER.match(text)
    if aside and any(m.end <= aside.end() for m in matches) and \
            not re.search(r"\d|\s[A-Z]", aside.group(0)):  # never a name or a number
        # "In a stunning move that has left passengers outraged, Skyway Air has ...": the
        # opening aside is the writer's judgement; the clause after it is the news
        edits.append(TextEdit(0, aside.end(), text[:aside.end()].strip(), "", REASONS["aside"]))
        matches = [m for m in matches if m.start >= aside.end()]
    for m in matches:
        if _name_like(toks[m.i][0]) and m.i > 0 and not title_case:
            continue  # "Bobby Flay", "Mr Blast": a name, not the verb
        repl = m.entry.replacement
        verb = toks[m.i][0]
        start = m.start
        if repl == DROP:
            if not _droppable(m, toks, text, title_case):
                continue
            new = ""
            adverb = _modifying_adverb(m, toks)
            if adverb in _KEPT_ADVERBS:
                continue  # "the allegedly brutal attack": a hedge is never left alone
            if adverb and not any(x.i == m.i - 1 for x in matches):
                start = toks[m.i - 1][1]  # "a visibly enraged Nikki Haley": the adverb goes too
                if m.i > 1 and toks[m.i - 2][0] in ("a", "an", "A", "An") and m.j < len(toks) \
                        and toks[m.j][0][:1].isupper() and not title_case:
                    start = toks[m.i - 2][1]  # ... and the article before a name
        elif repl and m.entry.type in VERB_TYPES:
            if m.entry.type != "emotive_verb" and _admits_a_thing(m, toks):
                repl = "acknowledge"  # "EU Admits Austerity Risk For Jobs": a thing admitted, not words
            elif m.entry.type != "emotive_verb" and (
                    (repl == "say" or verb.lower().endswith("s")) and not _reporting(m, toks, text)
                    or _physical(m, toks)):
                continue  # "the fight is raging", "ripped from her arms": not speech
            if _other_use(m, toks, text):
                continue  # "denied the claims", "his claims": a noun, not a verb
            if repl == "criticize" and _forced_by_nature(m, toks, text):
                repl = "hit"  # "Hurricane-force Winds Bash UK": a storm hits, it does not criticise
                # (a verb of speech with such a subject is ``_other_use``: "Fire in Burrabazar rages")
            perfect = m.i > 0 and toks[m.i - 1][0].lower() in _PERFECT_BEFORE
            form = "past" if _past_alike(m, toks) else None
            new = _case_like(inflect(repl, verb, perfect, form), verb, title_case)
        else:
            continue
        end = m.end
        if repl.split()[0] == "respond" and m.j < len(toks) and toks[m.j][0].lower() in _AT \
                and not (m.j + 1 < len(toks) and toks[m.j + 1][0].lower() in _TIME_WORDS):
            end, new = toks[m.j][2], new + " to"  # "hit back at" -> "responded to"
        flag = Flag(text[start:end], m.entry.type, REASONS[m.entry.type], start, end,
                    " ".join(m.entry.words), new)
        edits.append(TextEdit(start, end, flag.text, new, flag.reason, flag=flag))
    shouted = _shouted(toks)
    def caps(j: int, least: int = 2) -> bool:  # a shouted word at ``j``
        return 0 <= j < len(toks) and toks[j][0].isupper() and toks[j][0].isalpha() and len(toks[j][0]) >= least

    def next_to(j: int, k: int) -> bool:  # words ``j`` and ``k`` with only a space between
        a, b = sorted((j, k))
        return caps(j) and not text[toks[a][2]:toks[b][1]].strip()

    dateline = _DATELINE.match(text)
    dateline = dateline.end() if dateline else -1  # "HUNTSVILLE, Alabama -": a place's name
    for k, (w, s, e) in enumerate(toks):
        # two words in capitals inside a sentence are a name ("reaching OBSERVER ONLINE is"),
        # not a shout; an acronym beside a word is neither ("the UK SHOCKED"), and a longer
        # run is a shout ("WOMEN CAN TALK SPORTS")
        mate = [j for j in (k - 1, k + 1) if next_to(j, k)]
        run = not shouted and caps(k, 4) and len(mate) == 1 and caps(mate[0], 4) \
            and not next_to(mate[0] + (mate[0] - k), mate[0])
        lead = k == 0 and len(toks) > 1 and toks[1][0][:1].islower() and (w.lower() in _LEAD_WORDS or len(w) >= 3 and (
            w.lower() not in _WORD_ACRONYMS and _a_word(w)))  # "MORE than 1100 people killed"
        word = len(w) >= 6 and (_a_word(w) or e <= dateline)  # (not an acronym: "LCROSS")
        if w.isupper() and w.replace("'", "").replace("\u2019", "").isalpha() and (word or run or lead or shouted and (
                len(w) >= 4 or w.lower() in SMALL_WORDS
                or len(w) == 3 and w.lower() not in _WORD_ACRONYMS and _a_word(w))) and not _inside(s, quotes) \
                and not any(x.start <= s < x.end for x in edits):
            edits.append(TextEdit(s, e, w, _unshout(w, s, text, shouted or title_case or run),
                                  REASONS["all_caps"]))
    out = _tidy(apply_edits(text, edits))
    edits.sort(key=lambda x: x.start)
    _place(text, out, edits)
    return out, edits


# Words that are acronyms in the news ("ICE raids", "Fed", "AIDS"), kept in capitals;
# other dictionary words of three letters in a shouted title are words ("FULHAM'S KING BID")
_WORD_ACRONYMS = frozenset("ice fed aim act art sat gap cat who aids sars mash swat".split())
# Short words of an all-capitals title that are not acronyms ("THE", "AND", "FOR").
SMALL_WORDS = frozenset("a an the and or but of in on at to for by with from as is are was "
                         "its his her new how why who up out off not no all old big top one two six "
                         "ten war man men win law gun tax him she we our may can has had did get got "
                         "set put run say see use per via yet you".split())


def _unshout(word: str, start: int, text: str, capitalised: bool) -> str:
    """A shouted word written plainly: capitalised in a title whose words are ("Hiking The
    Boulder"), at a sentence's start, or where it is no dictionary word (a name); else in
    lower case ("China warns SURRENDER is only option" -> "warns surrender is")."""
    from lemminflect import getAllLemmas

    opens = not text[:start].strip() or re.search(r"[.!?:]\W*$", text[:start])
    if capitalised or opens or not getAllLemmas(word.lower()):
        return word.capitalize()
    return word.lower()


def _shouted(toks: list[tuple[str, int, int]]) -> bool:
    """Whether the whole text is in capitals ("HIKING THE BOULDER FLAT IRONS"): then every
    word but a short acronym is capitalised, not only the long ones."""
    words = [w for w, _, _ in toks if w.isalpha()]
    return len(words) >= 3 and all(w.isupper() for w in words)


def _name_like(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _title_case(toks: list[tuple[str, int, int]]) -> bool:
    """Whether the words are in Title Case ("Mayor Slammed For Closing Library"); a sentence
    with many names is not ("Two arrested after Just Stop Oil protest at Sigourney Weaver
    West End play": "Just" is part of a name there, not an intensifier)."""
    words = [w for w, _, _ in toks if w[:1].isalpha()]
    return len(words) >= 3 and text_title_case(words)


def _place(text: str, out: str, edits: list[TextEdit]) -> None:
    """Set each edit's ``at`` in the rewritten text: the replacement found left to right; a
    dropped word sits before the word that followed it."""
    cursor = 0
    for x in edits:
        if x.new:
            key = x.new
        else:
            nxt = re.match(r"\s*([\w'’-]+)", text[x.end:])
            key = nxt.group(1) if nxt else ""
        k = out.lower().find(key.lower(), cursor) if key else -1
        if k >= 0:
            x.at = k
            cursor = k + len(x.new)
        elif not x.new:
            x.at = len(out)


_BE = frozenset("is are was were be been being am 's".split())
_NOT_SPEECH_NEXT = frozenset("against at about on over back up out in into through across around "
                             "off down along toward towards for with to from".split())


# What one claims when "claim" means "take" ("claimed unchallenged control", "claimed victory").
_CLAIM_OBJECT = frozenset("victory victories control responsibility credit title titles lives life "
                          "attack attacks bombing bombings blast blasts killing killings glory "
                          "seat seats asylum win wins lead prize crown medal medals trophy "
                          "ownership land territory mantle throne spot place share benefits "
                          "refund compensation damages majority gold silver bronze".split())


_FINITE = frozenset("is are was were has have had will would can could may might should must "
                    "do does did".split())
_THING_START = frozenset("a an the his her their its our my your one two three four five six "
                         "seven eight nine ten".split())


def _other_use(m: Match, toks: list[tuple[str, int, int]], text: str) -> bool:
    """Whether a verb of the lexicon is used in another sense, not loaded at all: a thing
    claimed ("claims a three-shot lead"), a noun ("his claims"), a time after it, or a sense
    its replacement does not have ("slated to lose funding"), a verb of speech whose subject is a
    force of nature ("fire rages").  Neither flagged nor rewritten."""
    if m.entry.type == "opinion" and m.i and toks[m.i - 1][0].lower() in _WH:
        return True  # "changed how I think": what the thinking is, not an opinion
    if m.entry.type == "opinion" and m.i and toks[m.i - 1][0].lower() in _FORECAST \
            and m.entry.words[-1] == "to":
        return True  # "managers will have to sing for their supper": what will be needed
    if m.entry.words == ("just",) and m.i and toks[m.i - 1][0].lower() == "not":
        return True  # "not just for athletes": "not only", no emphasis
    return m.entry.type in VERB_TYPES and (_claims_a_thing(m, toks) or _noun_use(m, toks, text)
                                           or _time_after(m, toks) or _other_sense(m, toks)
                                           or m.entry.replacement == "say" and _forced_by_nature(m, toks, text))


_WH = frozenset("how what why where whatever".split())
_FORECAST = frozenset("will would may might could".split())


def _claims_a_thing(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """"claim" with a thing taken: "claimed control of the party", "claims 3-shot lead"."""
    return toks[m.i][0].lower().startswith("claim") and any(
        t[0].lower() in _CLAIM_OBJECT for t in toks[m.j:m.j + 4])


def _admits_a_thing(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """"admit" with a thing taken ("admits austerity risk", "admitted mistakes"): acknowledged,
    not said (not "admitted to hospital", "was admitted", "admits 300 pupils")."""
    prev = toks[m.i - 1][0].lower() if m.i else ""
    nxt = toks[m.j][0].lower() if m.j < len(toks) else ""
    return toks[m.i][0].lower() in ("admit", "admits", "admitted", "admitting") and prev not in _BE \
        and bool(nxt) and nxt not in _NOT_SPEECH_NEXT and nxt not in ("to", "into", "that") \
        and not nxt[:1].isdigit() and not _verb_in(toks[m.j:m.j + 5])  # (nor a clause: "admits
    # the library will close")


def _verb_in(toks: list[tuple[str, int, int]]) -> bool:
    """Whether any of ``toks`` is a finite verb or ends in "-ed": a clause goes on there."""
    return any(t[0].lower() in _FINITE or t[0].lower().endswith("ed") for t in toks)


def _reporting(m: Match, toks: list[tuple[str, int, int]], text: str) -> bool:
    """Whether a verb of speech is used as one: not in the progressive ("the fight is
    raging"), not before a preposition ("raged against", "insisted on"), and "claim" not
    with a thing taken ("claimed control of the party")."""
    prev = toks[m.i - 1][0].lower() if m.i else ""
    nxt = toks[m.j][0].lower() if m.j < len(toks) else ""
    if _claims_a_thing(m, toks):
        return False
    if m.entry.replacement == "say" and (nxt in _THING_START or nxt[:1].isdigit() or _nominal(nxt)) \
            and not _verb_in(toks[m.j + 1:m.j + 5]):
        return False  # "snapped an 11-game losing streak", "boasts convenient features": a thing
        # done or had, not words said ("claimed the vote was rigged" has a clause after it: speech)
    return prev not in _BE and nxt not in _NOT_SPEECH_NEXT


def _nominal(word: str) -> bool:
    """Whether ``word`` opens a noun phrase: an adjective or noun the dictionary does not
    know as a verb ("convenient", "features" is a verb too)."""
    from lemminflect import getAllLemmas

    kinds = set(getAllLemmas(word.lower())) if word.isalpha() and word.islower() else set()
    return bool(kinds & {"ADJ", "NOUN"}) and not kinds & {"VERB", "AUX", "ADV"} \
        and word not in ("that", "he", "she", "it", "we", "they", "i", "you")  # (a clause's subject)


_AT = frozenset("at on against".split())
_NOT_A_GERUND = frozenset("nothing something anything everything thing".split())


def _past_alike(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """Whether a verb whose past is its base form ("hit", "cut") is the past here: after a
    name or "he"/"she"/"it", whose present would take "-s" ("China hit back at ...")."""
    from lemminflect import getInflection

    word = toks[m.i][0].lower()
    if not m.i or form_of(word) != "base" or word not in getInflection(word, tag="VBD"):
        return False
    prev = toks[m.i - 1][0]
    return prev.lower() in ("he", "she", "it") or (prev[:1].isupper() and not prev.isupper()
                                                   and not prev.endswith("s"))


def _before_to(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """A passive, or a verb of criticism, before "to": "cities that are slated to lose
    funding", "2023 slated to be hottest year" (a headline without its "is"): scheduled, not
    criticised (no one is "criticised to" do anything)."""
    prev = toks[m.i - 1][0].lower() if m.i else ""
    return (prev in _BE or m.entry.replacement == "criticize") and m.j < len(toks) \
        and toks[m.j][0].lower() == "to"


def _asked_where(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """Whether a "go after" is asked "where": a way forward, not an attack ("Where do
    U.S.-Israeli relations go after Netanyahu's victory?")."""
    return m.entry.words[0] == "go" and any(t[0].lower() in ("where", "wherever") for t in toks[:m.i])


def _other_sense(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """Whether the verb is used in a sense its replacement does not have: a passive before
    "to" ("cities that are slated to lose funding"; a verb of criticism before "to" in a
    headline with no "is"), a verb with an object moved "into"
    something ("a blast plunged Texas into an emergency"; "plunged into recession" is a
    fall), a verb of speech before a gerund ("admitted 'unintentionally' shooting down the
    jet": "said shooting" is not English), a verb of criticism with "with" what hit them
    ("pummeling consumers with brownouts")."""
    after = [t[0].lower() for t in toks[m.j:m.j + 6]]
    if _before_to(m, toks) or _asked_where(m, toks):
        return True
    if m.entry.type == "emotive_verb" and after[:1] != ["into"] and "into" in after[1:5]:
        return True
    if m.entry.replacement == "criticize" and "with" in after[1:5] and "for" not in after[:after.index("with")]:
        return True  # "pummeling Iloilo City consumers with brownouts": hit with things, not words
    return m.entry.replacement == "say" and any(
        w.endswith("ing") and len(w) > 4 and w not in _NOT_A_GERUND for w in after[:2])


_BARE_VERB_BEFORE = frozenset("to will would can could may might must should shall do does did "
                              "not i you we they".split())
_PHYSICAL_NEXT = frozenset("into from out off down up through across apart open shut".split())


_PHYSICAL_OBJECT = frozenset("door doors brakes brake lid gate gates window".split())


# forces of nature, which hit and do not criticise: "Hurricane-force winds bash UK"
_NATURAL_FORCE = frozenset("storm storms wind winds gale gales hurricane hurricanes rain rains flood floods "
                           "snow quake earthquake tornado tornadoes typhoon cyclone wave waves wildfire "
                           "wildfires fire fires heatwave blizzard downpour downpours air cold blaze "
                           "blazes flames inferno bushfire bushfires frost ice avalanche tsunami".split())


def _physical(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """A verb of force used for force: "slammed into a wall", "ripped from her arms",
    "slams the door on" (an idiom, not criticism)."""
    if m.entry.words[0] == "rip":  # a person ripped is criticised ("senator rips Christie over
        # speech", nj.com in newspaper's test pages); a thing is torn ("rips the paper in half")
        nxt = toks[m.j][0] if m.j < len(toks) else ""
        return not (nxt[:1].isupper() and nxt.lower() not in _PHYSICAL_NEXT or nxt.lower() in _PEOPLE_OBJECT)
    return _force_next(m, toks) or any(t[0].lower() in _PHYSICAL_OBJECT for t in toks[m.j:m.j + 2])


def _force_next(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """Whether the verb is followed by a preposition of force ("slammed into", "rips through")."""
    return m.j < len(toks) and toks[m.j][0].lower() in _PHYSICAL_NEXT


_PEOPLE_OBJECT = frozenset("him her them critics rivals opponents officials lawmakers".split())


def _forced_by_nature(m: Match, toks: list[tuple[str, int, int]], text: str) -> bool:
    """Whether the verb's subject ends with a force of nature ("... Winds Bash UK"), or with
    one's name ("Storm Babet slams Scotland"), not "Storm critics slam minister"; or a force of
    nature is the subject of its clause ("Fire in Burrabazar rages", "the coldest air of the
    season is expected to blast the region"), not the object of a preposition ("victims of
    the fire slam the council")."""
    before = [t[0] for t in toks[max(0, m.i - 4):m.i]]
    for k in range(len(before) - 1, -1, -1):
        if before[k].lower().split("-")[-1] in _NATURAL_FORCE:
            return True
        if not before[k][:1].isupper():
            break
    for k in range(m.i - 1, max(-1, m.i - 11), -1):
        if re.search(r"[,;:()\u2013\u2014\"]", text[toks[k][2]:toks[k + 1][1]]) \
                or toks[k][0].lower() in _CLAUSE_OPENERS:
            return False
        if toks[k][0].lower() in _NATURAL_FORCE:
            nxt = toks[k + 1][0].lower()
            if k + 1 < m.i and nxt not in _PREPOSITIONS and _nominal(nxt):
                return False  # the noun it names: "Storm critics slam the mayor"
            j = k - 1
            while j >= 0 and (toks[j][0].lower() in _THING_START or _adjective_only(toks[j][0].lower())):
                j -= 1
            prep = toks[j][0].lower() if j >= 0 else ""
            return prep not in _PREPOSITIONS or prep == "of" and j > 0 and toks[j - 1][0].lower() in _SOME
    return False


_CLAUSE_OPENERS = frozenset("and but or that which who whom whose while as after before when "
                            "because since".split())
_PREPOSITIONS = frozenset("of in at on from by near over under with for about after against".split())
_SOME = frozenset("some much most all part parts any none".split())  # "some of the coldest air"


# subjects of a plural present verb that do not end in "s" ("people slam", "police snap")
_PLURAL_SUBJECT = frozenset("people police media men women children staff public crowd "
                            "who that which".split())
_NOUN_BEFORE = frozenset("the a an his her their its our my your these those this such of grand "
                         "about new recent latest fresh after amid over following from with "
                         "against despite into under among".split())  # "recover from claims"


# an -s form right after these has no subject of its own: a noun ("Here's why claims Kamala
# Harris can't be vice president are false")
_WH_BEFORE_NOUN = frozenset("why how whether where when".split())
_BE_HAVE_NEXT = frozenset("is are was were has have had".split())


@lru_cache(maxsize=4096)
def _adjective_only(word: str) -> bool:
    """Whether lemminflect knows ``word`` only as an adjective ("icy", "angry")."""
    from lemminflect import getAllLemmas

    return set(getAllLemmas(word)) == {"ADJ"}


@lru_cache(maxsize=4096)
def adjective_reading(word: str) -> bool:
    """Whether lemminflect knows ``word`` as an adjective and not as a noun ("startling";
    not "official": "a senior official slams")."""
    from lemminflect import getAllLemmas

    pos = getAllLemmas(word)
    return "ADJ" in pos and "NOUN" not in pos


@lru_cache(maxsize=4096)
def _verb_form(word: str) -> bool:
    """Whether lemminflect knows ``word`` as a verb ("flooded", "inhaling"; not "morning")."""
    from lemminflect import getAllLemmas

    return len(word) > 4 and "VERB" in getAllLemmas(word)


@lru_cache(maxsize=4096)
def _bare_verb_only(word: str) -> bool:
    """Whether lemminflect knows ``word`` only as a verb, in its bare form ("avoid"; not
    "trump", "police", nor "denies")."""
    from lemminflect import getAllLemmas

    pos = getAllLemmas(word)
    return set(pos) == {"VERB"} and word in pos["VERB"]


def _third_person_verb(word: str) -> bool:
    """Whether ``word`` can be a verb's "-s" form ("denies", "rejects"; not "labour",
    "police", "critics", nor a name: "Wales")."""
    from lemminflect import getAllLemmas

    return word.islower() and word.endswith("s") and "VERB" in getAllLemmas(word)


_CLAIMS_NOUNS = frozenset("experience process processing adjuster adjusters handling department data "
                          "management history payments payouts system team filing filings rate ratio "
                          "costs service services frequency severity".split())


def _claims_noun(word: str) -> bool:
    """Whether ``word`` after "claims" makes an insurer's compound ("claims process",
    "claims processes")."""
    from lemminflect import getLemma

    return word in _CLAIMS_NOUNS or word.isalpha() and any(
        lemma in _CLAIMS_NOUNS for lemma in getLemma(word, upos="NOUN"))


def _noun_use(m: Match, toks: list[tuple[str, int, int]], text: str) -> bool:
    """Whether a verb-looking word is a noun here: after a determiner, preposition or
    adjective, before "is"/"are"/"have", or an "-s" form right after a past or an "-s"
    verb form ("has denied claims", "rejects claims")."""
    word = toks[m.i][0].lower()
    if word == "claims" and m.j < len(toks) and _claims_noun(toks[m.j][0].lower()):
        return True  # an insurer's "claims experience", "claims processes": a noun
    if not m.i:  # a sentence that opens with a bare form or an -s form: a noun ("Duck fluff
        # and feathers ...", "Claims of fraud spread") or an imperative, not a report
        return not word.endswith(("ed", "ing")) and len(m.entry.words) == 1
    prev = toks[m.i - 1][0].lower()
    if word.endswith("s") and text[toks[m.i - 1][2]:toks[m.i][1]].strip() == "," \
            and text[toks[m.j - 1][2]:].lstrip().startswith(","):
        return True  # an item of a list: "Instagram, IGTV, Reels, TikTok and More"
    if word.endswith("s") and m.j >= len(toks) and m.entry.type == "report_verb" and len(m.entry.words) == 1:
        return True  # a reporting verb wants its object: "... with Contract and Scenario Mocks"
        # (not a phrasal one: "World Community Lashes Out")
    if word.endswith("s") and _bare_verb_only(prev):
        return True  # the object of a verb: "Avoid mocks like the plague"
    if prev in _NOUN_BEFORE or word.endswith("s") and prev in _WH_BEFORE_NOUN or (word.endswith("s") and (prev.endswith("ed")
                                                       or _third_person_verb(toks[m.i - 1][0]))):
        return True  # "has denied claims", "denies claims": a verb is not followed by a verb
    if m.j < len(toks) and toks[m.j][0].lower() in _BE_HAVE_NEXT:
        return True  # "the rainbow caves are ...": a verb is not followed by "are"
    lower = toks[m.i - 1][0].islower()
    if not word.endswith(("ed", "ing")) and (lower or m.i == 1) and prev.endswith(("ing", "ed")) \
            and _verb_form(prev):
        return True  # "the flooded cave system", "after inhaling fumes", "Continuing claims"
    if lower and word in m.entry.words and not _past_alike(m, toks) and not (
            prev.endswith(("s", "ly")) or prev in _PLURAL_SUBJECT or prev in _BARE_VERB_BEFORE):
        return True  # "a cold snap", "a holiday snap": a present verb wants a plural subject
    if _adjective_only(prev) or re.search(r"\w['\u2019]s$", prev):
        return True  # "icy caves", "McCabe's claims": an adjective or a possessive before it
    if word.endswith("s") and (toks[m.i - 1][0].islower() or m.i == 1) and (adjective_reading(prev) or any(
            e.type == "evaluative" and e.words == (prev,) for e in lexicon().entries(prev))):
        return True  # "wild claims", "shocking claims prove": an adjective before an -s form

    # a bare form after "and"/"or" joins a noun: "a mix of criticism and ridicule"
    return word in m.entry.words and prev in ("and", "or") and m.i > 1 \
        and toks[m.i - 2][0].lower() not in _BARE_VERB_BEFORE


# "has plunged", "was rattled": the past participle ("has fallen"), not the past tense
_PERFECT_BEFORE = frozenset("has have had having been be is are was were get got gets".split())
_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today "
                        "yesterday january february march april may june july august september "
                        "october november december".split())


def _time_after(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """A phrasal entry that ends in a preposition followed by a time ("doubled down on
    Tuesday"): the preposition belongs to the time, not to the verb."""
    return (len(m.entry.words) > 1 and m.j < len(toks)
            and toks[m.j - 1][0].lower() in ("on", "in", "at")
            and toks[m.j][0].lower() in _TIME_WORDS)


_QUANTITY_NEXT = re.compile(r"^(?:\d[\d,.]*%?|\$\d.*|one|two|three|four|five|six|seven|eight|nine|"
                            r"ten|a\s+few|a\s+handful|a\s+dozen|hours?|minutes?|days?|weeks?)$", re.I)


def _measure(m: Match, toks: list[tuple[str, int, int]]) -> bool:
    """Whether an intensifier measures a quantity ("just two hours before", "barely 10%") or
    what a "not" before it denies ("not just another story", "not very good": without it the
    sentence says the opposite): then it carries a fact and is neither flagged nor dropped."""
    if m.entry.type != "intensifier":
        return False
    denied = m.i > 0 and re.fullmatch(r"not|\w+n['\u2019]t", toks[m.i - 1][0], re.I) is not None
    return denied or m.j < len(toks) and bool(_QUANTITY_NEXT.match(toks[m.j][0]))


_HAVE = frozenset("has have had having".split())
_OBJECT_START = frozenset("the a an his her their its our my your these those this them him "
                          "us me".split())


def _modifying_adverb(m: Match, toks: list[tuple[str, int, int]]) -> str:
    """The adverb of manner before a dropped modifier that modifies it ("visibly enraged",
    "allegedly brutal"), which would be left alone without it; or ""."""
    from lemminflect import getAllLemmas

    prev = toks[m.i - 1][0] if m.i else ""
    if prev in DEGREE_ADVERBS:
        return prev  # "a pretty[ stellar] year" would leave "a pretty year" (foxnews.com in
        # newspaper's test pages)
    return prev if prev.islower() and prev.endswith("ly") and set(getAllLemmas(prev)) == {"ADV"} else ""


# adverbs of degree, which modify the next word only (``deletion_checks.orphaned_intensifier``
# reads them too)
DEGREE_ADVERBS = frozenset("very pretty quite really so too extremely rather fairly highly incredibly truly".split())


# adverbs that a modifier's deletion would leave alone and that must stay: a hedge
_KEPT_ADVERBS = frozenset("allegedly reportedly apparently reputedly supposedly purportedly".split())


def _droppable(m: Match, toks: list[tuple[str, int, int]], text: str,
               title_case: bool = False) -> bool:
    """Drop an adjective or adverb only where a word it modifies follows it, and where no
    conjunction or comma of a list of modifiers would be left alone (in a ``title_case``
    text the next word's capital says nothing: "Mayor Furious Over ..." keeps its
    predicate)."""
    if m.j >= len(toks) or re.match(r"\s*,", text[m.end:]) or re.search(r",\s*$", text[:m.start]):
        return False  # "a shocking, brutal attack": the comma would be left alone
    nxt = toks[m.j][0].lower()
    prev = toks[m.i - 1][0].lower() if m.i else ""
    if nxt in _NOT_NOUN_NEXT or prev in _COPULA and m.entry.type == "evaluative":
        return False  # ("they are actually reliable" loses its adverb, "he was furious" keeps its adjective)
    from lemminflect import getAllLemmas

    if prev in ("and", "or") and m.i > 1:
        before = toks[m.i - 2][0].lower()
        if "ADJ" in getAllLemmas(before) or before.endswith(("ing", "ed")):
            return False  # "a brutal and shocking attack": the conjunction would be left alone
    if m.entry.type == "evaluative" and (title_case or not toks[m.j][0][:1].isupper()):
        if "-" not in nxt and not {"NOUN", "ADJ"} & set(getAllLemmas(nxt)):
            return False  # "he is not a racist amid criticism": a noun here, not an adjective
            # (a compound after it modifies the noun too: "a heated three-hour meeting")
    if m.entry.type == "evaluative" and prev in ("more", "most", "less", "least", "so", "too"):
        return False
    if m.entry.type == "evaluative" and (prev in _HAVE or nxt in _OBJECT_START):
        return False  # "Johannesburg has failed its informal traders": the verb, not an adjective
    return True


def apply_edits(text: str, edits: list[TextEdit]) -> str:
    """``text`` with each edit's span replaced by its ``new`` (spans do not overlap)."""
    out = text
    for x in sorted(edits, key=lambda x: x.start, reverse=True):
        out = out[:x.start] + x.new + out[x.end:]
    return out


def _case_like(new: str, like: str, title_case: bool = False) -> str:
    """``new`` capitalised like ``like``; a shouted word plainly (capitalised in a Title Case
    text: "Vey SLAMMED for" -> "Vey Criticised for")."""
    if like.isupper() and len(like) > 1 and not title_case:
        return new  # shouting is loaded too: the neutral word is written plainly
    if like[:1].isupper() and title_case:
        return " ".join(w[:1].upper() + w[1:] for w in new.split())  # "Draws Criticism"
    if like[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _tidy(text: str) -> str:
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])(?![A-Za-z0-9])", r"\1", text)  # (not ".NET" in "for .NET")
    text = re.sub(r"^[,;:\s]+", "", text)
    # (a capital "A" is an article only where a sentence or a quotation opens: not "Plan A is",
    # "M&A activity", "Q&A")
    text = re.sub(r"(?:(?<![\w&'\u2019.-])(a)|(?:^|(?<=[.!?:\"\u201c(]\s))(A))n?(\s+)(?=([A-Za-z]))",
                  lambda m: m.group(0) if _LONG_ACRONYM.match(text, m.end()) else
                  (m.group(1) or m.group(2)) + ("n" if _vowel_sound(text, m.end()) else "") + m.group(3),
                  text)
    return upper_first(text)


# an acronym of four letters or more, said as letters or as a word ("an HTML5 parser", "a
# NASA probe"): the writer's article stays
_LONG_ACRONYM = re.compile(r"[A-Z]{4,}(?![a-z])")


def _vowel_sound(text: str, pos: int) -> bool:
    word = re.match(r"[A-Za-z]+", text[pos:])
    raw = word.group(0) if word else ""
    if 2 <= len(raw) <= 3 and raw.isupper() or raw[:2].isupper() and not raw.isupper():
        # spelled out: "an FBI agent", "a UK man", "a UChicago provider", "an MSc student"
        return raw[0] in "AEFHILMNORSX"
    w = raw.lower()
    if w.startswith(("uni", "use", "usu", "eu", "one", "once")):
        return False
    if w.startswith(("hour", "honest", "honor", "honour", "heir")):
        return True
    return w[:1] in "aeiou"
