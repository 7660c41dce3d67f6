"""Evaluation of summarize, in three parts:

- ``eval.measure``: ROUGE through ``evaluate`` on real references, baselines, published
  anchors, bootstrap confidence intervals, robustness, neutrality, web-page extraction,
  the report and the CI gate (``python -m eval --help``);
- ``eval.train``: what makes the shipped weights (``python -m eval.train ...``);
- ``eval.bench``: speed and memory (``make bench``).

Data is read by path from the shared data folder (``--data-dir`` or ``SUMMARIZE_DATA``,
default ``../shared/data``); nothing from it is copied into the repository.
"""
