"""Benchmarks (``make bench``): speed and memory, written to ``eval/results/bench*.json``.

    python -m eval.bench                # the default engine (core.py)
    python -m eval.bench.ui             # the demo under concurrent clients
    python -m eval.bench.abstractive    # the abstractive engine on long input
"""
