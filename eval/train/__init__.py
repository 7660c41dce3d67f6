"""Training: what makes the weights shipped in ``summarize/models/`` (and the tuned constants).

    python -m eval.train scorer       # the sentence scorer (seconds)
    python -m eval.train compressor   # the headline compressor (about 2 minutes)
    python -m eval.train wellformed   # the well-formedness judge of its deletions (about 10 minutes)
    python -m eval.train blocks       # the page-furniture block classifier (seconds)
    python -m eval.train title_keep   # how often neutral titles keep a word (seconds)

Dev data only (``../shared/data/dev``, ``compression/``); never the ``eval/`` files.
"""
