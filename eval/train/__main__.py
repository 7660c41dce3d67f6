"""``python -m eval.train {scorer,compressor,blocks,wellformed,title_keep,title_lines,tagger} [--no-save] [options]``."""

from __future__ import annotations

import importlib
import sys

MODELS = {"scorer": "scorer", "compressor": "compressor", "blocks": "blocks", "wellformed": "wellformed",
          "title_keep": "title_keep", "title_lines": "title_lines", "tagger": "tagger"}


def main(argv=None) -> int:
    """Run the named model's training entry point with the remaining arguments."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in MODELS:
        print(f"usage: python -m eval.train {{{','.join(MODELS)}}} [--no-save] ...", file=sys.stderr)
        return 2
    module = importlib.import_module(f"eval.train.{MODELS[argv[0]]}")
    return module.main(argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main())
