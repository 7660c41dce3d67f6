"""``python -m eval.bench``: the default engine's speed and memory (see ``core``)."""

import sys

from .core import main

sys.exit(main())
