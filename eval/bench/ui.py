"""Concurrency check of the demo: 8 gradio_client clients at once (``make bench``).

Starts ``python -m ui.app`` on a free local port, waits for it, then fires ``--clients``
requests at the same moment (each a different example article), checks every answer, and
records the latency of each: ``eval/results/ui_concurrency.json``.  Not a test: nothing is
asserted about time.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from ..config import REPO, RESULTS


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_demo(log: Path | None = None) -> tuple[subprocess.Popen, str]:
    """The demo in a subprocess on a free port, and its URL once it answers."""
    port = _free_port()
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"}
    out = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    proc = subprocess.Popen([sys.executable, "-m", "ui.app"], cwd=REPO, env=env,
                            stdout=out, stderr=subprocess.STDOUT)
    if log:
        out.close()
    url = f"http://127.0.0.1:{port}/"
    for _ in range(240):
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc, url
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.5)
    proc.kill()
    tail = log.read_text()[-2000:] if log else ""
    raise RuntimeError("the demo did not start " + tail)


def run(clients: int = 8) -> dict:
    """Latencies of ``clients`` simultaneous API calls (after one warm-up call)."""
    from gradio_client import Client

    examples = [p.read_text() for p in sorted((REPO / "ui" / "examples").glob("*"))]
    proc, url = start_demo()
    try:
        Client(url, verbose=False).predict(examples[0], 60, 4, 3, "extractive",
                                           api_name="/summarize")  # warm-up: model load
        conns = [Client(url, verbose=False) for _ in range(clients)]
        results: list[dict] = [{} for _ in range(clients)]
        barrier = threading.Barrier(clients)

        def call(k: int) -> None:
            text = examples[k % len(examples)]
            barrier.wait()
            t = time.perf_counter()
            try:
                d = conns[k].predict(text, 60, 4, 3, "extractive", api_name="/summarize")
                ok = bool(d["summary"]) and len(d["headlines"]) >= 3
            except Exception as e:  # noqa: BLE001 - recorded as a failure in the results
                ok, d = False, {"error": str(e)}
            results[k] = {"seconds": round(time.perf_counter() - t, 3), "ok": ok}

        threads = [threading.Thread(target=call, args=(k,)) for k in range(clients)]
        t0 = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    lat = sorted(r["seconds"] for r in results)
    return {"clients": clients, "all_ok": all(r["ok"] for r in results),
            "wall_seconds": round(wall, 3), "latency_min": lat[0],
            "latency_median": round(statistics.median(lat), 3), "latency_max": lat[-1],
            "latencies": lat, "cores": os.cpu_count(),
            "queue": "default_concurrency_limit=1 (requests served in order)"}


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--out", default=str(RESULTS / "ui_concurrency.json"))
    args = ap.parse_args(argv)
    res = run(args.clients)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(res, indent=2) + "\n")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
