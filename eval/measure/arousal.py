"""NeuS arousal (Lee et al., NAACL 2022): how much emotionally charged wording an output
adds that the neutral reference does not have.

For each output: lower-case it, drop punctuation, lemmatise ("U.S." -> "USA" first), take
the set of its tokens that are not in the reference, and sum the NRC-VAD arousal of those
with a clearly positive (valence > 0.65) or negative (valence < 0.35) valence.  The figure
is the mean over examples; lower is calmer.  It grows with length: compare at equal length.

The lexicon (NRC-VAD, in HLTCHKUST/framing-bias-metric) may be used but not shipped: it is
read from the path in ``$NEUS_VAD_PATH`` and nothing derived from it is written into the
package.  Differences from the paper's notebook: lemmas come from lemminflect (as a noun,
like WordNet's default) instead of NLTK's WordNet, which cannot be downloaded here, and
tokens are split on white space after the punctuation is removed.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

ENV = "NEUS_VAD_PATH"
_PUNCT = re.compile(r"[^\w\s]")


def lexicon_path() -> Path | None:
    """The NRC-VAD lexicon file named by ``$NEUS_VAD_PATH``, or None if unset or missing."""
    p = os.environ.get(ENV)
    return Path(p) if p and Path(p).is_file() else None


def skip_message() -> str:
    """Why arousal is not reported."""
    return (f"Skipped: set {ENV} to NRC-VAD-Lexicon.txt (data/lexicons/NRC-VAD-Lexicon-"
            "Aug2018Release/ in the public repository HLTCHKUST/framing-bias-metric).")


@lru_cache(maxsize=2)
def load(path: str) -> dict[str, tuple[float, float]]:
    """{word: (valence, arousal)} from the lexicon file."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 4:
                try:
                    out[parts[0]] = (float(parts[1]), float(parts[2]))
                except ValueError:
                    continue  # a header line
    return out


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    from lemminflect import getLemma

    got = getLemma(word, upos="NOUN")
    return got[0] if got else word


def tokens(text: str) -> list[str]:
    """The metric's tokens: lower case, no punctuation, noun lemmas."""
    text = _PUNCT.sub("", (text or "").replace("U.S.", "USA").lower())
    return [_lemma(w) for w in text.split()]


def score(output: str, reference: str, vad: dict[str, tuple[float, float]]) -> float:
    """Arousal of the charged words ``output`` adds to ``reference``."""
    extra = set(tokens(output)) - set(tokens(reference))
    return sum(a for t in extra if t in vad for v, a in [vad[t]] if v > 0.65 or v < 0.35)


def mean_arousal(outputs: list[str], references: list[str], path: str | Path | None = None) -> float | None:
    """Mean arousal over pairs; None when the lexicon is not available."""
    path = path or lexicon_path()
    if not path or not outputs:
        return None
    vad = load(str(path))
    return round(sum(score(o, r, vad) for o, r in zip(outputs, references)) / len(outputs), 3)
