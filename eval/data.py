"""Datasets for evaluation: one loader per file, all yielding ``Example`` rows.

Names: ``cnndm``, ``xsum``, ``bbc``, ``neus`` (input: the three accounts, each its title and
body, separated by "---" lines as ``summarize.accounts`` reads them; ``neus-bodies``: the
three bodies alone, the input before session 6; ``neus-left``, ``neus-center``,
``neus-right``: one article each, its title then its body), ``writer``, ``gigaword`` (one lead
sentence, lower-cased and tokenized as released: brackets and quotes are untokenized,
``UNK`` and ``#`` kept); ``<name>-dev`` reads the
matching dev file (for tuning only).  A dataset says which references it has: a brief
reference (summary) and/or a headline reference (title).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from summarize.sentences import split as split_sentences

from .config import data_dir


@dataclass
class Example:
    """One row: id, input text, brief references and headline references."""

    id: str
    text: str
    briefs: list[str] = field(default_factory=list)      # sentences joined by "\n"
    headlines: list[str] = field(default_factory=list)
    source_title: str | None = None                       # the outlet's own title (NeuS)
    body: str | None = None   # what Lead-k reads when ``text`` has titles (NeuS): the bodies

    @property
    def lead_text(self) -> str:
        """The text the Lead-k and first-words baselines read."""
        return self.body or self.text


@dataclass(frozen=True)
class Spec:
    """How to read one dataset."""

    path: str
    kind: str                 # cnndm | xsum | bbc | neus | writer | gigaword | bbc-lead
    lead_k: int = 3           # sentences of the Lead-k baseline
    brief_sentences: int = 0  # 1 for one-sentence briefs (XSum); 0 = engine default
    variant: str = "all"      # NeuS input: all, bodies, left, center, right; cnndm_extra: cased, tokenized


SPECS: dict[str, Spec] = {
    "cnndm": Spec("eval/cnndm_test.jsonl", "cnndm", 3),
    "cnndm-dev": Spec("dev/cnndm_dev.jsonl", "cnndm", 3),
    # training only: 189 cased rows like cnndm_test, 500 lower-cased PTB-tokenized ones
    "cnndm-extra-cased": Spec("dev/cnndm_extra.jsonl", "cnndm", 3, variant="cased"),
    "cnndm-extra-tokenized": Spec("dev/cnndm_extra.jsonl", "cnndm", 3, variant="tokenized"),
    "xsum": Spec("eval/xsum_test.jsonl", "xsum", 1, brief_sentences=1),
    "xsum-dev": Spec("dev/xsum_validation.jsonl", "xsum", 1, brief_sentences=1),
    "bbc": Spec("eval/bbc_headlines_test.jsonl", "bbc", 1),
    "bbc-dev": Spec("dev/bbc_headlines_dev.jsonl", "bbc", 1),
    "neus": Spec("eval/neus_test.jsonl", "neus", 3),
    "neus-left": Spec("eval/neus_test.jsonl", "neus", 3, variant="left"),
    "neus-center": Spec("eval/neus_test.jsonl", "neus", 3, variant="center"),
    "neus-right": Spec("eval/neus_test.jsonl", "neus", 3, variant="right"),
    "neus-dev": Spec("dev/neus_val.jsonl", "neus", 3),
    "neus-bodies": Spec("eval/neus_test.jsonl", "neus", 3, variant="bodies"),
    "neus-dev-bodies": Spec("dev/neus_val.jsonl", "neus", 3, variant="bodies"),
    "neus-train": Spec("dev/neus_train.jsonl", "neus", 3),
    "writer": Spec("eval/writer_summaries.jsonl", "writer", 3),
    "gigaword": Spec("eval/gigaword_test.jsonl", "gigaword", 1),
    # dev stand-in for Gigaword (which has no dev split here): a BBC dev article's first
    # sentence, lower-cased, and the BBC's own headline
    "gigaword-dev": Spec("dev/bbc_headlines_dev.jsonl", "bbc-lead", 1),
}
NEUS_SIDES = {"left": 0, "center": 1, "right": 2}


def newline_sentences(text: str) -> str:
    """A reference as newline-separated sentences (kept as is if it already has newlines)."""
    text = text.strip()
    if "\n" in text:
        return "\n".join(s.strip() for s in text.split("\n") if s.strip())
    return "\n".join(split_sentences(" ".join(text.split())))


_PTB = [(re.compile(p), r) for p, r in [
    (r"-lrb-\s*", "("), (r"\s*-rrb-", ")"), (r"-lsb-\s*", "["), (r"\s*-rsb-", "]"),
    (r"``\s*", '"'), (r"\s*''", '"'), (r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1"),
    (r"\s+([.,;:!?%)])", r"\1"), (r"\$\s+(?=[\d#])", "$")]]


def untokenize(text: str) -> str:
    """PTB-tokenized text as plain text ("japan 's nec -lrb- a -rrb- ." -> "japan's nec (a).")."""
    for pat, rep in _PTB:
        text = pat.sub(rep, text)
    return " ".join(text.split())


def resolve(name_or_path: str, data: str | None = None) -> tuple[str, Spec, Path]:
    """(name, spec, path) for a dataset name or a path to one of the known files."""
    if name_or_path in SPECS:
        spec = SPECS[name_or_path]
        return name_or_path, spec, data_dir(data) / spec.path
    p = Path(name_or_path)
    for name, spec in SPECS.items():
        if p.name == Path(spec.path).name and spec.variant == "all":
            return name, spec, p
    raise ValueError(f"unknown dataset {name_or_path!r}; names: {', '.join(SPECS)}")


def load(name_or_path: str, data: str | None = None, limit: int | None = None) -> tuple[str, Spec, list[Example]]:
    """Read a dataset: (name, spec, examples)."""
    name, spec, path = resolve(name_or_path, data)
    if not path.exists():
        raise FileNotFoundError(f"{path} not found (set --data-dir or $SUMMARIZE_DATA)")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                if spec.variant in ("cased", "tokenized") and \
                        _tokenized(r["article"]) != (spec.variant == "tokenized"):
                    continue
                rows.append(r)
                if limit and len(rows) >= limit:
                    break
    return name, spec, [_example(r, spec) for r in rows]


def _tokenized(text: str) -> bool:
    """Lower-cased, PTB-tokenized text ("the company 's shares , which ...")."""
    return text == text.lower() and (" , " in text or " 's " in text or " . " in text)


def _example(r: dict, spec: Spec) -> Example:
    if spec.kind in ("cnndm", "xsum"):
        if spec.variant == "tokenized":  # given as plain (lower-case) text, as a user would
            return Example(r["id"], untokenize(r["article"]),
                           briefs=[newline_sentences("\n".join(
                               untokenize(x) for x in r["summary"].splitlines()))])
        return Example(r["id"], r["article"], briefs=[newline_sentences(r["summary"])])
    if spec.kind == "bbc":
        return Example(r["id"], r["article"], headlines=[r["headline"]])
    if spec.kind == "bbc-lead":
        first = split_sentences(" ".join(r["article"].split()))[:1]
        return Example(r["id"], " ".join(first).lower(), headlines=[r["headline"]])
    if spec.kind == "gigaword":
        return Example(r["id"], untokenize(r["sentence"]), headlines=[r["headline"]])
    if spec.kind == "writer":
        refs = r.get("references") or [r["summary"]]
        return Example(r["id"], r["article"], briefs=[newline_sentences(x) for x in refs])
    if spec.kind == "neus":
        arts = r["articles"]
        if spec.variant in ("all", "bodies"):
            body, title = "\n\n".join(a["body"] for a in arts), None
            text = body if spec.variant == "bodies" else "\n\n---\n\n".join(
                f"{_title(a['title'])}\n\n{a['body']}" for a in arts)  # each account: title, body
        else:  # one article as its page gives it: title, then body
            a = arts[NEUS_SIDES[spec.variant]]
            body, title = a["body"], a["title"]
            text = f"{_title(title)}\n\n{body}"
        return Example(r["id"], text, briefs=[newline_sentences(r["neutral_summary"])],
                       headlines=[r["neutral_title"]], source_title=title, body=body)
    raise ValueError(spec.kind)


def _title(title: str) -> str:
    """A NeuS title as its page shows it: the dataset ends every title with a period."""
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title
