"""Abstractive engine vs plain generation on the whole article (``make bench``).

Two models built here with random weights (no download): the tiny BART of the tests
(64-token input) and a BART with the sizes of bart-large-cnn (1,024-token input, 406M
parameters).  Input: the 3,000-word padded article of ``eval.bench``.  Output length is
forced (min = max new tokens) so that both systems generate the same amount.  Recorded:
seconds per article, input tokens before and after de-duplication, chunks, and what plain
generation does with an input longer than the model's limit (an error, or silent
truncation with ``truncation=True``) -- the behaviour of transformers 4's
``pipeline("summarization")``, which transformers 5 removed.  Writes ``eval/results/bench_abstractive.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from ..config import REPO, RESULTS
from ..tiny_models import BART_LARGE, build_bart
from .core import padded_article

NEW_TOKENS = {"tiny": 8, "bart-large-shaped": 32}


def _ours(folder: Path, text: str, new_tokens: int) -> dict:
    from summarize import Summarizer
    from summarize.engines.abstractive import PRESETS, AbstractiveEngine

    presets = {"brief": PRESETS["brief"].with_(min_new_tokens=new_tokens, max_new_tokens=new_tokens),
               "headline": PRESETS["headline"].with_(num_return_sequences=3, num_beams=3,
                                                     max_new_tokens=12, min_new_tokens=4),
               "headline_sample": PRESETS["headline_sample"].with_(num_return_sequences=1)}
    engine = AbstractiveEngine(model=str(folder), presets=presets).load()
    s = Summarizer(engine="abstractive", model=str(folder), fallback=False)
    s._engine = engine
    s.summarize(text[:2000])  # warm-up
    t = time.perf_counter()
    b = s.summarize(text)
    secs = time.perf_counter() - t
    x = b.stats.extra
    return {"seconds": round(secs, 2), "chunks": x["chunks"], "levels": x["levels"],
            "tokens_before_dedup": x["input_tokens_before_dedup"],
            "tokens_after_dedup": x["input_tokens_after_dedup"], "dtype": x["dtype"],
            "truncated": False}


def _plain(folder: Path, text: str, new_tokens: int, truncation: bool) -> dict:
    """What ``pipeline("summarization")`` did (removed in transformers 5): tokenize the whole
    article, optionally truncate to the model's limit, generate once."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModelForSeq2SeqLM.from_pretrained(folder, local_files_only=True).eval()
    n_tokens = len(tok(text, verbose=False)["input_ids"])
    limit = tok.model_max_length
    t = time.perf_counter()
    try:
        batch = tok(text, return_tensors="pt", truncation=truncation, max_length=limit,
                    verbose=False)
        with torch.inference_mode():
            model.generate(**batch, min_new_tokens=new_tokens, max_new_tokens=new_tokens,
                           num_beams=4)
        status = f"ran on the first {min(n_tokens, limit)} of {n_tokens} tokens (silent truncation)" \
            if truncation and n_tokens > limit else "ran"
    except Exception as e:  # noqa: BLE001 - the failure is the finding, recorded as such
        status = f"failed: {type(e).__name__}: {str(e)[:120]}"
    return {"seconds": round(time.perf_counter() - t, 2), "status": status,
            "input_tokens": n_tokens,
            "tokens_processed": min(n_tokens, limit) if truncation else n_tokens}


def run(models: list[str]) -> dict:
    """The benchmark for the named models ('tiny', 'bart-large-shaped')."""
    text = padded_article((REPO / "ui" / "examples" / "library_closure.md").read_text())
    vocab = text + "\n" + (REPO / "tests" / "fixtures" / "long_article.txt").read_text()
    out = {"article_words": len(text.split()), "cores": os.cpu_count(), "models": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for name in models:
            folder = Path(tmp) / name
            if name == "tiny":
                build_bart(folder, vocab, max_len=64)
            else:
                build_bart(folder, vocab, max_len=1024, sizes=BART_LARGE)
            n = NEW_TOKENS[name]
            out["models"][name] = {
                "ours": _ours(folder, text, n),
                "plain_no_truncation": _plain(folder, text, n, truncation=False),
                "plain_truncation": _plain(folder, text, n, truncation=True),
                "new_tokens_forced": n}
            print(json.dumps({name: out["models"][name]}), flush=True)
    return out


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--models", default="tiny,bart-large-shaped")
    ap.add_argument("--out", default=str(RESULTS / "bench_abstractive.json"))
    args = ap.parse_args(argv)
    res = run(args.models.split(","))
    Path(args.out).write_text(json.dumps(res, indent=2) + "\n")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
