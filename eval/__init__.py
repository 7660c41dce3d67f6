"""Evaluation of summarize: ROUGE through ``evaluate`` on real references, baselines,
published anchors, bootstrap confidence intervals, a robustness suite, neutrality figures,
speed, and the CI gate.  Run ``python -m eval --help``.

Data is read by path from the shared data folder (``--data-dir`` or ``SUMMARIZE_DATA``,
default ``../shared/data``); nothing from it is copied into the repository.
"""
