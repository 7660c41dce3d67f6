"""Is a text English?  Function words first, then a language-identification model.

``is_english(words)`` says False only when the text is clearly another language: mostly
non-Latin letters, more function words of other languages than of English, or (for 30+
words, unless a fifth of them are English function words) py3langid's model (BSD, its
weights ship in the wheel; loaded on first use) naming another language with high
confidence.  Short, name-heavy or tabular English (sports scores, lower-cased wire leads)
stays English.  It does not say *which* language a text is.
"""

from __future__ import annotations

import functools
import re

IDENTIFY_MIN_WORDS = 30       # shorter texts: the function-word test alone, unless it finds
                              # no English function word at all (a Polish paragraph of 27
                              # words; of 1,545 English dev and eval inputs of 12-29 words,
                              # 4 had none, and the model called all four English)
SHORT_ENGLISH = 0.1           # ... or with no more than this share of English function words
                              # (of 11,725 texts of 12-29 words from the dev and eval data,
                              # 379 had so few; the model named another language, with 0.95 or
                              # more, for 19, all of them Welsh)
IDENTIFY_MAX_CHARS = 100_000  # the model reads this much (linear time: ~30 ms)
IDENTIFY_CONFIDENCE = 0.95    # no English article of the dev or eval data scored below it
# English function words this common leave no doubt (and the model, 94 MB in memory, unloaded):
# English news has 22-30% ("the", "of", "and" ...), the other-language pages of trafilatura's
# tests at most 18% (a German page quoting English)
CLEARLY_ENGLISH = 0.2


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# Function words that are English and rarely words of other languages written in Latin
# script ("a", "as", "in", "do" are left out: Portuguese, Spanish, German, Indonesian use them).
ENGLISH_MARKERS = frozenset("""
the of and to is that for it was on with he be by at this are from his have has had but not
which were their said will would been who they she her its an or we you our there than more
also after when
""".split())
# Function words of the other languages most often met in Latin script, none an English word.
FOREIGN_MARKERS = frozenset("""
que não para com uma los las por del pelo mais são está também pero muy és é um nos ao às
der und nicht ist mit sich auch eine einen dem den von für wir zu im auf aus bei nach oder
les est une pour dans avec qui pas sont cette leur nous vous aux du le la de des et il el lo
yang dan dengan ini itu untuk tidak dari dalam akan pada adalah juga atau bisa ada
che della sono gli delle questo anche
het een niet zijn voor ook
""".split())
_LETTERS = re.compile(r"[^\W\d_]+")
# A quotation of any length within a paragraph: straight, curly, German („...“) and French
# quotes.  (The German opener first: its closer is the English opener.)
_QUOTATION = re.compile(r"\u201e[^\u201c\u201d\n]*[\u201c\u201d]|\"[^\"\n]*\"|"
                        r"\u201c[^\u201d\n]*\u201d|\u00ab[^\u00bb\n]*\u00bb")


def narration(text: str) -> str:
    """``text`` without its quotations: the words a writer wrote in their own language (a
    German shop's news post quoting a long English press text is German)."""
    return _QUOTATION.sub(" ", text)


def is_english(words: list[str]) -> bool:
    """True unless the words are clearly not English.

    Not English: most letters outside the Latin script (Cyrillic, CJK, Hangul, Arabic ...),
    or more function words of other languages than of English, or none of English in a
    long text, or (30+ words with fewer than a fifth of them English function words, or
    12+ words with a tenth or fewer) a language
    other than English by py3langid's model with probability 0.95 or more: Polish, Finnish,
    Welsh ... share too many short words with English for the function-word test.  A table
    of sports scores stays English.
    """
    text = " ".join(words)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c > "\u024f" for c in letters) > 0.3 * len(letters):
        return False
    words = [w for x in words for w in _LETTERS.findall(x.lower())]
    if len(words) < 12:
        return True
    en = sum(w in ENGLISH_MARKERS for w in words)
    foreign = sum(w in FOREIGN_MARKERS for w in words)
    if en < foreign or (en < 0.005 * len(words) and foreign >= 3):
        return False
    if len(words) < IDENTIFY_MIN_WORDS and en > SHORT_ENGLISH * len(words) \
            or en >= CLEARLY_ENGLISH * len(words):
        return True  # (a short text with few English function words goes to the model: "To
        # jest polski tekst o tym, ..." has one, its "to")
    lang, prob = _identifier().classify(text[:IDENTIFY_MAX_CHARS])
    return lang == "en" or prob < IDENTIFY_CONFIDENCE
