"""Speed and memory of the default engine: ``make bench`` (``python -m eval.bench``, this module).

Measures, on this machine (core count recorded):
  - model load time;
  - throughput of ``summarize_many`` over ``eval/cnndm_test.jsonl`` (262 articles), after a
    short warm-up, in articles per second and seconds per 1,000 input words;
  - latency of one 3,000-word padded article (median of 5 runs, after a warm-up);
  - peak resident memory of the process.
Writes ``eval/results/bench.json``.  Nothing here is asserted: numbers are recorded.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import time
from pathlib import Path

from ..config import REPO, RESULTS
from ..data import load
from .scale import cpu_model

FILLER = [
    "It is essential that communities engage in dialogue about the future of their public "
    "spaces, and that every voice is heard as decisions like these are made.",
    "Only time will tell whether the plan will deliver what it promises, and many observers "
    "will be watching closely in the weeks and months ahead.",
    "This incident serves as a reminder that local decisions can have a significant impact on "
    "the lives of ordinary people, who often feel left out of the process.",
    "In today's fast-paced world, it is more important than ever to stay informed about the "
    "issues that shape our neighborhoods and our shared future.",
]


def padded_article(base: str, words: int = 3000) -> str:
    """``base`` retold under headings, with filler and junk, until it has ``words`` words."""
    paras = [p for p in base.split("\n\n") if len(p.split()) > 12]
    parts = [base]
    k = 0
    while sum(len(p.split()) for p in parts) < words:
        heading = ["## What Happened?", "## Background", "## The Reaction", "## Final Thoughts"][k % 4]
        body = paras[k % len(paras)]
        sents = body.split(". ")
        parts.append(heading)
        parts.append(". ".join(reversed(sents)))
        parts.append(FILLER[k % len(FILLER)])
        parts.append("YOU MAY ALSO LIKE: Ten things to know this week")
        k += 1
    return "\n\n".join(parts)


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run(data: str | None = None, limit: int | None = None) -> dict:
    """Run the benchmark and return its figures."""
    from summarize import Summarizer

    _, _, examples = load("cnndm", data, limit)
    texts = [e.text for e in examples]
    t = time.perf_counter()
    s = Summarizer()
    s.engine.load()
    load_s = time.perf_counter() - t
    s.summarize_many(texts[:5])  # warm-up
    t = time.perf_counter()
    briefs = s.summarize_many(texts)
    batch_s = time.perf_counter() - t
    words = sum(len(x.split()) for x in texts)
    fixture = REPO / "ui" / "examples" / "library_closure.md"
    long_text = padded_article(fixture.read_text())
    s.summarize(long_text)  # warm-up (fills nothing: every call re-parses)
    lat = []
    for _ in range(5):
        s.engine.encoder._cache.clear()  # no embedding cache help between runs
        t = time.perf_counter()
        s.summarize(long_text)
        lat.append(time.perf_counter() - t)
    return {
        "machine": {"cores": os.cpu_count(), "processor": platform.processor() or platform.machine(),
                    "cpu_model": cpu_model(),
                    "python": platform.python_version(),
                    "torch_threads": _torch_threads(), "bf16": s.engine.encoder.bf16},
        "load_seconds": round(load_s, 2),
        "cnndm_test": {"articles": len(briefs), "seconds": round(batch_s, 2),
                       "articles_per_s": round(len(briefs) / batch_s, 2),
                       "s_per_1000_words": round(1000 * batch_s / words, 4)},
        "padded_3000_words": {"words": len(long_text.split()),
                              "median_seconds": round(statistics.median(lat), 3),
                              "runs": [round(x, 3) for x in lat]},
        "peak_rss_mb": peak_rss_mb(),
    }


def _torch_threads() -> int:
    import torch

    return torch.get_num_threads()


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data-dir")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", default=str(RESULTS / "bench.json"))
    args = ap.parse_args(argv)
    res = run(args.data_dir, args.limit)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(res, indent=2) + "\n")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
