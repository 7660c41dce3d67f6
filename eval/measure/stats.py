"""Bootstrap confidence intervals and paired bootstrap differences (fixed seeds).

    >>> lo, hi = bootstrap_ci([1.0, 2.0, 3.0, 4.0], n=200, seed=0)
    >>> 1.0 <= lo <= 2.5 <= hi <= 4.0
    True
    >>> d = paired_bootstrap([2, 3, 4, 5], [1, 2, 3, 4], n=200, seed=0)
    >>> d["diff"], d["p_not_better"]
    (1.0, 0.0)
"""

from __future__ import annotations

import numpy as np

SEED = 12345
N_BOOT = 1000


def bootstrap_ci(values, n: int = N_BOOT, seed: int = SEED, alpha: float = 0.05) -> tuple[float, float]:
    """Percentile bootstrap (1 - alpha) interval of the mean."""
    x = np.asarray(values, dtype=np.float64)
    if len(x) == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(x), size=(n, len(x)))
    means = x[idx].mean(1)
    return (float(np.quantile(means, alpha / 2)), float(np.quantile(means, 1 - alpha / 2)))


def summarize_scores(values, n: int = N_BOOT, seed: int = SEED) -> dict:
    """{"mean", "lo", "hi", "n"} for a list of per-example scores."""
    lo, hi = bootstrap_ci(values, n, seed)
    x = np.asarray(values, dtype=np.float64)
    return {"mean": round(float(x.mean()), 2) if len(x) else None, "lo": round(lo, 2),
            "hi": round(hi, 2), "n": int(len(x))}


def paired_bootstrap(a, b, n: int = N_BOOT, seed: int = SEED, alpha: float = 0.05) -> dict:
    """Mean of a - b over paired examples, its interval, and the share of resamples with a <= b."""
    x = np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)
    if len(x) == 0:
        return {"diff": None, "lo": None, "hi": None, "p_not_better": None, "n": 0}
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(x), size=(n, len(x)))
    means = x[idx].mean(1)
    return {"diff": round(float(x.mean()), 2),
            "lo": round(float(np.quantile(means, alpha / 2)), 2),
            "hi": round(float(np.quantile(means, 1 - alpha / 2)), 2),
            "p_not_better": round(float((means <= 0).mean()), 4), "n": int(len(x))}
