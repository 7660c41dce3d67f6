"""Systems under evaluation: the project's engines, baselines and published anchors.

Every system maps examples to ``Prediction``s (brief sentences and headline candidates).
Names (``python -m eval run --system NAME``):

- ``default`` / ``extractive``: the embedded engine (``summarize.Summarizer``); options as
  ``extractive:max_words=60``; ``abstractive:model=PATH`` for the abstractive engine.
- ``lead`` (Lead-k, k from the dataset: 3 for CNN/DM, 1 for XSum), ``lead3``, ``lead1``.
- ``random`` (k random sentences in source order, seed fixed per row).
- ``oracle``: greedy extractive oracle (adds the sentence that most raises ROUGE-1 + ROUGE-2
  F1 against the reference, until nothing raises it; an upper bound, uses the reference).
- ``first-words:N``: the first sentence cut to N words, as a headline.
- ``outlet-title``: (NeuS single articles) the outlet's own title, as a headline.
- ``anchor:SOURCE/SYSTEM``: a published system's outputs from ``anchors/`` (rows it covers).

Baselines split text with ``summarize.sentences`` on the article as given.
"""

from __future__ import annotations

import json
import random
import re
import time
from dataclasses import dataclass, field

from summarize.sentences import split as split_sentences

from ..config import data_dir
from ..data import Example, Spec


@dataclass
class Prediction:
    """A system's output for one example."""

    id: str
    sentences: list[str] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def brief(self) -> str:
        """Sentences joined by newlines (for ROUGE-Lsum)."""
        return "\n".join(self.sentences)


def _sentences(text: str) -> list[str]:
    return split_sentences(" ".join(text.split()))


def first_words(text: str, n: int = 10) -> str:
    """The first sentence of ``text`` cut to ``n`` words."""
    sents = _sentences(text)
    return " ".join(sents[0].split()[:n]) if sents else ""


def parse_options(spec: str) -> tuple[str, dict]:
    """'extractive:max_words=60,diversity=0.5,neutral_brief=false,model=x' -> ('extractive',
    {'max_words': 60, 'diversity': 0.5, 'neutral_brief': False, 'model': 'x'})."""
    name, _, rest = spec.partition(":")
    opts: dict = {}
    if rest and "=" in rest:
        for part in rest.split(","):
            k, _, v = part.partition("=")
            opts[k.strip()] = _value(v.strip())
    elif rest:
        opts["arg"] = rest
    return name, opts


def _value(v: str):
    """An option's value: int, float, bool ('true'/'false') or the string itself."""
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    for kind in (int, float):
        try:
            return kind(v)
        except ValueError:
            pass
    return v


def predict(system: str, examples: list[Example], spec: Spec, data: str | None = None) -> tuple[list[Prediction], float]:
    """Predictions of ``system`` on ``examples`` and the seconds it took."""
    name, opts = parse_options(system)
    t = time.perf_counter()
    if name in ("default", "extractive", "abstractive"):
        preds = _engine(name, examples, spec, opts)
    elif name.startswith("lead"):
        k = int(name[4:]) if name[4:].isdigit() else spec.lead_k
        preds = [Prediction(e.id, _sentences(e.lead_text)[:k], [first_words(e.lead_text, 10)])
                 for e in examples]
    elif name == "random":
        preds = [_random(e, spec.lead_k, int(opts.get("seed", 0))) for e in examples]
    elif name == "oracle":
        preds = [_oracle(e) for e in examples]
    elif name == "first-words":
        n = int(opts.get("arg", 10))
        preds = [Prediction(e.id, _sentences(e.lead_text)[:spec.lead_k],
                            [first_words(e.lead_text, n)]) for e in examples]
    elif name == "outlet-title":  # NeuS: the outlet's own (slanted) title as a headline
        preds = [Prediction(e.id, [], [e.source_title]) for e in examples if e.source_title]
    elif name == "anchor":
        preds = _anchor(opts["arg"], examples, spec, data)
    else:
        raise ValueError(f"unknown system {system!r}")
    return preds, time.perf_counter() - t


def _engine(name: str, examples: list[Example], spec: Spec, opts: dict) -> list[Prediction]:
    from summarize import InputError, Summarizer

    engine = "extractive" if name == "default" else name
    model = opts.pop("model", None)
    if spec.brief_sentences:
        opts.setdefault("max_sentences", spec.brief_sentences)
        opts.setdefault("min_sentences", spec.brief_sentences)
        opts.setdefault("max_words", 60)
    s = Summarizer(engine=engine, model=model, fallback=False, **opts)
    s.engine.load()  # load time is part of the run
    out = []
    for e, b in zip(examples, s.summarize_many([e.text for e in examples], errors="return")):
        if isinstance(b, InputError):
            out.append(Prediction(e.id, error=str(b)))
        else:
            out.append(Prediction(e.id, [r.text for r in b.sentences], [h.text for h in b.headlines]))
    return out


def _random(e: Example, k: int, seed: int) -> Prediction:
    sents = _sentences(e.lead_text)
    rng = random.Random(f"{seed}:{e.id}")
    idx = sorted(rng.sample(range(len(sents)), min(k, len(sents))))
    return Prediction(e.id, [sents[i] for i in idx], [first_words(e.lead_text, 10)])


def _oracle(e: Example, max_sentences: int = 5) -> Prediction:
    from .oracle import greedy, tokenize

    sents = _sentences(e.lead_text)
    if not e.briefs:
        return Prediction(e.id, [], [first_words(e.lead_text, 10)])
    chosen = greedy([tokenize(s) for s in sents], tokenize(e.briefs[0]), max_sentences)
    return Prediction(e.id, [sents[i] for i in chosen], [first_words(e.lead_text, 10)])


_NEUS_TITLE = re.compile(r"^\s*T\w*=>\s*(.*?)\s*A\w*=>\s*(.*)$", re.S)
ANCHOR_FILES = {"cnndm": "cnndm_systems.jsonl", "xsum": "xsum_systems.jsonl",
                "neus": "neus_systems.jsonl", "gigaword": "gigaword_systems.jsonl"}


def anchor_systems(kind: str, data: str | None = None) -> list[str]:
    """Names of the published systems available for a dataset kind."""
    path = data_dir(data) / "anchors" / ANCHOR_FILES.get(kind, "")
    if kind not in ANCHOR_FILES or not path.exists():
        return []
    names = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            n = json.loads(line)["system"]
            if n not in names:
                names.append(n)
    return names


def _anchor(name: str, examples: list[Example], spec: Spec, data: str | None) -> list[Prediction]:
    path = data_dir(data) / "anchors" / ANCHOR_FILES[spec.kind]
    outputs = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["system"] == name:
                outputs[r["id"]] = r["output"]
    preds = []
    for e in examples:
        if e.id not in outputs:
            continue  # the anchor does not cover this row
        out = outputs[e.id]
        if spec.kind == "gigaword":  # published headlines
            preds.append(Prediction(e.id, [], [out]))
            continue
        head: list[str] = []
        m = _NEUS_TITLE.match(out)  # NeuS-Title: "TITLE=> ... ARTICLE=> ..." (markers garbled)
        if m:
            head, out = [m.group(1).strip()], m.group(2)
        preds.append(Prediction(e.id, _sentences(out), head))
    return preds
