"""Train the part-of-speech tagger: ``python -m eval.train tagger --ewt DIR`` (about 2 minutes).

Data: the English Web Treebank of Universal Dependencies (CC BY-SA 4.0), not in the shared
data folder: ``fetch`` github:UniversalDependencies/UD_English-EWT; its dev and test files
are in the repository, its training file is made of the documents that
``not-to-release/file-lists/files.train`` lists (see eval/TRAINING.md).  Tags: the
treebank's XPOS (Penn Treebank).  Model: an averaged perceptron (NLTK's
``AveragedPerceptron``) over ``summarize.tagger.features``, ``PASSES`` passes, fixed seed;
a quarter of the training sentences are added again lower-cased, so that lower-cased input
(Gigaword's leads) tags too.  Prints the accuracy on the treebank's dev and test files, as
they are and lower-cased, with the precision and recall of finite verbs, and writes
``summarize/models/tagger.json.gz`` (weights below ``MIN_WEIGHT`` dropped; the figures
printed are the saved model's).
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

from summarize import tagger as tg

SEED = 0
LOWER_SHARE = 0.25
MIN_WEIGHT = 0.5
PASSES = 5


def read_conllu(path: Path) -> list[list[tuple[str, str]]]:
    """[(word, XPOS)] per sentence; multi-word token lines and empty nodes skipped.  A
    compound the treebank splits at its hyphens ("long - distance") is one word, as
    ``compressor.words`` has it, with its last part's tag."""
    out, sent = [], []
    glue = tight = False  # the next token joins the last word; the last token had no space after
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if sent:
                out.append(sent)
            sent, glue, tight = [], False, False
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        word, tag, no_space = cols[1].replace("\u2019", "'"), cols[4], "SpaceAfter=No" in cols[9]
        if tag == "HYPH" and tight and no_space and sent:
            sent[-1], glue = (sent[-1][0] + word, sent[-1][1]), True
        elif glue:
            sent[-1], glue = (sent[-1][0] + word, tag), False
        else:
            sent.append((word, tag))
        tight = no_space
    return out


def lowered(sentences: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    return [[(w.lower(), t) for w, t in s] for s in sentences]


def scores(tagger: tg.Tagger, sentences: list[list[tuple[str, str]]]) -> dict[str, float]:
    """Token accuracy and the precision and recall of finite verbs (``tagger.FINITE``)."""
    right = total = tp = fp = fn = 0
    for s in sentences:
        got = tagger.tag([w for w, _ in s])
        for g, (_, t) in zip(got, s):
            right += g == t
            total += 1
            tp += g in tg.FINITE and t in tg.FINITE
            fp += g in tg.FINITE and t not in tg.FINITE
            fn += t in tg.FINITE and g not in tg.FINITE
    return {"accuracy": right / max(total, 1), "finite_p": tp / max(tp + fp, 1),
            "finite_r": tp / max(tp + fn, 1)}


def _tagdict(sentences, min_count: int = 20, min_share: float = 0.97) -> dict[str, str]:
    """Words seen at least ``min_count`` times with one tag at least ``min_share`` of them."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for s in sentences:
        for w, t in s:
            counts[w][t] += 1
    out = {}
    for w, c in counts.items():
        tag, n = c.most_common(1)[0]
        if sum(c.values()) >= min_count and n / sum(c.values()) >= min_share:
            out[w] = tag
    return out


def train(sentences: list[list[tuple[str, str]]], passes: int = PASSES, seed: int = SEED) -> tg.Tagger:
    """A tagger trained on ``sentences`` plus a lower-cased share of them."""
    from nltk.tag.perceptron import AveragedPerceptron

    rng = random.Random(seed)
    data = list(sentences) + lowered(rng.sample(sentences, int(LOWER_SHARE * len(sentences))))
    tagdict = _tagdict(data)
    classes = sorted({t for s in data for _, t in s})
    model = AveragedPerceptron()
    model.classes = set(classes)
    for _ in range(passes):
        for s in data:
            words = [w for w, _ in s]
            sent = tg.Sentence(words)
            prev, prev2 = tg.START
            for i, (word, gold) in enumerate(s):
                guess = tagdict.get(word)
                if not guess:
                    feats = dict.fromkeys(tg.features(i, sent, prev, prev2), 1)
                    guess, _ = model.predict(feats)
                    model.update(gold, guess, feats)
                prev2, prev = prev, guess
        rng.shuffle(data)
    model.average_weights()
    return tg.Tagger(model.weights, classes, tagdict)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.train tagger")
    ap.add_argument("--ewt", required=True, help="folder with en_ewt-ud-{train,dev,test}.conllu")
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args(argv)
    root = Path(args.ewt)
    t0 = time.time()
    trained = train(read_conllu(root / "en_ewt-ud-train.conllu"))
    out = Path(tg.MODEL_PATH if not args.no_save else "/tmp/tagger.json.gz")
    tg.save(trained, out, MIN_WEIGHT)
    model = tg.load(out)
    for part in ("dev", "test"):
        sents = read_conllu(root / f"en_ewt-ud-{part}.conllu")
        for name, ss in (("as is", sents), ("lower-cased", lowered(sents))):
            r = scores(model, ss)
            print(f"{part} {name}: accuracy {r['accuracy']:.4f}, finite verbs P {r['finite_p']:.3f} "
                  f"R {r['finite_r']:.3f} ({sum(map(len, ss))} tokens)")
    print(f"{'wrote' if not args.no_save else 'trial model at'} {out} "
          f"({out.stat().st_size // 1024} KiB) in {time.time() - t0:.0f} s")
    return 0
