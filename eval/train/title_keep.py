"""How often the neutral editors keep each word of an outlet's title, from NeuS *training* titles.

    python -m eval.train title_keep            # writes summarize/lexicons/title_keep.tsv
    python -m eval.train title_keep --no-save  # prints the most and least kept words

For every story of ``dev/neus_train.jsonl`` and each of its three outlet titles, each word
stem of the title (``duplicates.stems``) counts as seen, and as kept when the AllSides
neutral title has it too.  The shipped rate is smoothed towards the prior (1 kept in 3
seen) and written for stems seen at least ``MIN_SEEN`` times: "says", "report" and names
are kept; "slams", "new", "finally" are not.  The headline step uses it to choose among
several accounts' titles (``headlines.title_order``).  Dev data only; nothing from
``eval/`` files, and only these rates ship (no title text).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from summarize.duplicates import stems
from summarize.headlines import KEEP_PATH

from ..config import data_dir

PRIOR_KEPT, PRIOR_SEEN = 1.0, 3.0
MIN_SEEN = 3


def rates(path) -> dict[str, tuple[float, int]]:
    """{stem: (smoothed keep rate, times seen)} over the training stories' outlet titles."""
    seen: Counter = Counter()
    kept: Counter = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            ref = set(stems(r["neutral_title"]))
            for a in r["articles"]:
                for s in set(stems(a["title"])):
                    seen[s] += 1
                    kept[s] += s in ref
    return {s: ((kept[s] + PRIOR_KEPT) / (n + PRIOR_SEEN), n) for s, n in seen.items()
            if n >= MIN_SEEN}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.train title_keep")
    ap.add_argument("--data-dir", default=None)
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args(argv)
    table = rates(data_dir(args.data_dir) / "dev" / "neus_train.jsonl")
    order = sorted(table, key=lambda s: (-table[s][0], s))
    if args.no_save:
        print("most kept:", order[:30])
        print("least kept:", order[-30:])
        return 0
    with open(KEEP_PATH, "w", encoding="utf-8") as fh:
        fh.write("# stem\tkeep rate\tseen (python -m eval.train title_keep; NeuS train titles)\n")
        for s in order:
            fh.write(f"{s}\t{table[s][0]:.3f}\t{table[s][1]}\n")
    print(f"wrote {len(table)} stems to {KEEP_PATH}")
    return 0
