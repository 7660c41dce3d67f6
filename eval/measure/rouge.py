"""ROUGE for the harness: the local ``evaluate`` module, loaded once per process.

``score(predictions, references)`` -> per-example dict of lists (F1 x 100).  References
may be a string or a list of strings per example (best reference counts).
"""

from __future__ import annotations

from functools import lru_cache

from ..config import ROUGE_MODULE

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


@lru_cache(maxsize=1)
def metric():
    """The ROUGE metric module (``evaluate.load`` of our local path; no network)."""
    import evaluate

    return evaluate.load(str(ROUGE_MODULE))


def score(predictions: list[str], references: list) -> dict[str, list[float]]:
    """Per-example ROUGE-1/2/L/Lsum F1 x 100."""
    if not predictions:
        return {t: [] for t in TYPES}
    return metric().compute(predictions=predictions, references=references,
                            use_aggregator=False)
