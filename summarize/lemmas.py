"""A small rule-based English lemmatiser (no NLTK data needed).

``candidates("slammed")`` -> ["slammed", "slamm", "slam", "slamme"]: the word and the
stems that inflection rules allow, most likely first; a caller picks the first that its
lexicon knows.  ``lemma(word, vocab)`` does that pick.  ``inflect(base, like)`` puts a
base verb in the form of another verb ("criticize", "slammed" -> "criticised").

Irregular verbs common in news reporting are listed; everything else goes through
suffix rules (-ies, -ied, -ing, -ed, -es, -s, doubled consonants, silent e), and for a word
that lemminflect's dictionary knows, only the stems it allows are kept (and its lemmas added).
"""

from __future__ import annotations

from functools import lru_cache

IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "went": "go", "gone": "go", "took": "take",
    "taken": "take", "made": "make", "thought": "think", "brought": "bring", "caught": "catch",
    "struck": "strike", "spoke": "speak", "spoken": "speak", "wrote": "write",
    "written": "write", "knew": "know", "known": "know", "saw": "see", "seen": "see",
    "felt": "feel", "found": "find", "held": "hold", "left": "leave", "lost": "lose",
    "paid": "pay", "met": "meet", "led": "lead", "sent": "send", "built": "build",
    "stood": "stand", "began": "begin", "begun": "begin", "came": "come", "became": "become",
    "gave": "give", "given": "give", "got": "get", "gotten": "get", "shook": "shake",
    "shot": "shoot", "tore": "tear", "torn": "tear", "swore": "swear", "sworn": "swear",
    "threw": "throw", "thrown": "throw", "blew": "blow", "blown": "blow", "drew": "draw",
    "drawn": "draw", "grew": "grow", "grown": "grow", "fought": "fight", "fled": "flee",
    "sought": "seek", "won": "win", "ran": "run", "fell": "fall", "fallen": "fall",
    "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose", "hid": "hide",
    "hidden": "hide", "bit": "bite", "bitten": "bite", "forgot": "forget",
    "forgotten": "forget", "rode": "ride", "rose": "rise", "risen": "rise", "sank": "sink",
    "slew": "slay", "stole": "steal", "stolen": "steal", "understood":
    "understand", "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake",
    "overtook": "overtake", "ate": "eat", "eaten": "eat", "drove": "drive", "driven": "drive",
    "woke": "wake", "woken": "wake", "shrank": "shrink", "sprang": "spring", "sang": "sing",
    "sung": "sing", "rang": "ring", "rung": "ring", "swam": "swim", "flew": "fly",
    "flown": "fly", "dealt": "deal", "meant": "mean", "slid": "slide", "spun": "spin",
    "stuck": "stick", "swung": "swing", "wept": "weep", "kept": "keep",
    "slept": "sleep", "crept": "creep", "swept": "sweep", "lent": "lend", "spent": "spend",
    "bent": "bend", "bought": "buy", "taught": "teach", "were": "be", "was": "be", "is": "be",
    "are": "be", "been": "be", "has": "have", "had": "have", "did": "do", "does": "do",
    "done": "do", "men": "man", "women": "woman", "children": "child", "people": "person",
    "lies": "lie", "lied": "lie", "dies": "die", "died": "die", "ties": "tie", "tied": "tie",
}


@lru_cache(maxsize=65536)
def candidates(word: str) -> tuple[str, ...]:
    """The word (lower-cased) and the stems inflection rules allow, most likely first."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    out = [w]
    if w in IRREGULAR:
        out.append(IRREGULAR[w])
    n = len(w)

    def add(stem: str) -> None:
        if len(stem) >= 2 and stem not in out:
            out.append(stem)

    if n > 4 and w.endswith("ies"):
        add(w[:-3] + "y")
    if n > 4 and w.endswith("ied"):
        add(w[:-3] + "y")
    if n > 5 and w.endswith("ing"):
        stem = w[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            add(stem[:-1])
        add(stem)
        add(stem + "e")
        if stem[-1:] == stem[-2:-1]:
            add(stem[:-1])
    if n > 4 and w.endswith("ed"):
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            add(stem[:-1])
        add(stem)
        add(w[:-1])          # blamed -> blame
        if stem[-1:] == stem[-2:-1]:
            add(stem[:-1])
    if n > 3 and w.endswith("es"):
        add(w[:-2])
        add(w[:-1])
    elif n > 3 and w.endswith("s") and not w.endswith("ss"):
        add(w[:-1])
    if n > 5 and w.endswith("ly"):
        add(w[:-2])
        if w.endswith("ily"):
            add(w[:-3] + "y")
    return _checked(w, tuple(out))


def _checked(word: str, stems: tuple[str, ...]) -> tuple[str, ...]:
    """``stems`` without the ones lemminflect's dictionary rules out: for a word it knows,
    an inflection stem must be one of its lemmas ("routes" is "route", never "rout"); an
    adverb keeps its adjective ("allegedly" -> "alleged"), which is derivation."""
    from lemminflect import getAllLemmas

    known = {lem for lems in getAllLemmas(word).values() for lem in lems}
    if not known or word.endswith("ly"):
        return stems
    out = [s for s in stems if s == word or s in known or IRREGULAR.get(word) == s]
    return tuple(out + sorted(known - set(out)))


def lemma(word: str, vocab: frozenset[str] | set[str] | dict | None = None) -> str:
    """The first candidate of ``word`` that ``vocab`` knows; without a vocab, a best guess."""
    cands = candidates(word)
    if vocab is not None:
        for c in cands:
            if c in vocab:
                return c
    return cands[1] if len(cands) > 1 and word.lower() in IRREGULAR else cands[0]


def form_of(word: str) -> str:
    """'past', '3sg', 'ing' or 'base': the verb form ``word`` appears to be in."""
    w = word.lower()
    if w in IRREGULAR and w not in ("is", "are", "has", "does"):
        return "past"
    if w.endswith("ing") and len(w) > 4:
        return "ing"
    if w.endswith("ed") and len(w) > 3:
        return "past"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return "3sg"
    return "base"


_FORMS = {
    "say": {"past": "said", "3sg": "says", "ing": "saying"},
    "criticize": {"past": "criticised", "3sg": "criticises", "ing": "criticising",
                  "base": "criticise"},
}


def inflect(base: str, like: str, perfect: bool = False, form: str | None = None) -> str:
    """``base`` in the form that ``like`` is in (lemminflect's tables: "fall" like "plunged"
    is "fell", or "fallen" when ``perfect``, after "has"/"was"); a phrasal ``base``
    ("stand by") inflects its first word; ``form`` overrides the form read from ``like``."""
    from lemminflect import getInflection

    if " " in base:
        head, rest = base.split(" ", 1)
        return f"{inflect(head, like, perfect, form)} {rest}"
    form = form or form_of(like)
    if form == "base" and perfect:  # "has come": a participle that looks like the base form
        form = "past"
    if base in _FORMS and form in _FORMS[base]:  # regular: the participle is the past
        return _FORMS[base][form]
    if form == "base":
        return base
    tag = {"past": "VBN" if perfect else "VBD", "3sg": "VBZ", "ing": "VBG"}[form]
    got = getInflection(base, tag=tag)
    if got:
        return got[0]
    if form == "3sg":
        return base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")
    stem = base[:-1] if base.endswith("e") else base
    return stem + ("ed" if form == "past" else "ing")
