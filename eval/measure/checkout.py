"""Measures on a checkout of another project's saved pages (postlight/parser, trafilatura).

The checkout is named by an environment variable or ``--pages``, the pasted text of its
pages by a second variable or ``--pasted``; nothing of it is shipped or copied.  This module
only runs such a measure from the command line; ``titles`` and ``snippets`` say what is
measured.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable


def run(args, env: str, env_pasted: str, project: str,
        measure: Callable[[Path, Path | None, bool], dict]) -> int:
    """Print ``measure(checkout, pasted folder or None, show)`` as JSON; 2 without a checkout."""
    root = args.pages or os.environ.get(env)
    if not root:
        print(f"set {env} or --pages to a checkout of {project}")
        return 2
    pasted = args.pasted or os.environ.get(env_pasted)
    print(json.dumps(measure(Path(root), Path(pasted) if pasted else None, args.show), indent=2))
    return 0
