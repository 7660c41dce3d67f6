"""Measurement: run systems on the shared datasets and score them (``python -m eval ...``).

ROUGE, bootstrap statistics, robustness, neutrality, web-page extraction, the report and
the CI gate.  Nothing here trains or times anything (see ``eval.train``, ``eval.bench``).
"""
