"""Where things are: the repository, the shared data folder, the results folder."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "eval" / "results"
ROUGE_MODULE = REPO / "eval" / "metrics" / "rouge"
ENV_VAR = "SUMMARIZE_DATA"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The shared data folder: ``override``, else $SUMMARIZE_DATA, else ../shared/data."""
    if override:
        return Path(override).expanduser().resolve()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser().resolve()
    return (REPO.parent / "shared" / "data").resolve()


def has_data(override: str | os.PathLike | None = None) -> bool:
    """True if the shared data folder is present."""
    return (data_dir(override) / "eval").is_dir()
