"""``python -m eval``: run systems on datasets, compare runs, write the report, check the gate.

    python -m eval run --system default --data ../shared/data/eval/cnndm_test.jsonl
    python -m eval run --system lead3 --data cnndm
    python -m eval compare eval/results/cnndm/default eval/results/cnndm/lead3
    python -m eval report            # eval/REPORT.md (make eval)
    python -m eval gate              # the CI check on a dev slice
    python -m eval web --cv          # real web pages, HTML and pasted (folds by site)
    python -m eval edits --data cnndm  # the neutral rewrite changes no name/number/date/negation
    python -m eval titles --show     # titles of other sites' pages ($POSTLIGHT_PATH)
    python -m eval titles --source readability  # ... of mozilla/readability's ($READABILITY_PATH)
    python -m eval list              # datasets and anchor systems
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .config import ENV_VAR


def main(argv=None) -> int:
    """Command line entry."""
    ap = argparse.ArgumentParser(prog="python -m eval", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", help=f"shared data folder (default ${ENV_VAR} or ../shared/data)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="evaluate one system on one dataset")
    r.add_argument("--system", required=True, help="default, lead3, oracle, anchor:rose/bart, ...")
    r.add_argument("--data", required=True, help="dataset name (cnndm, xsum, ...) or file path")
    r.add_argument("--limit", type=int)
    c = sub.add_parser("compare", help="paired bootstrap between two saved runs")
    c.add_argument("a")
    c.add_argument("b")
    c.add_argument("--kind", default="brief", choices=["brief", "headline_top", "headline_best"])
    c.add_argument("--metric", default="rouge1")
    rep = sub.add_parser("report", help="run the standard evaluation and write eval/REPORT.md")
    rep.add_argument("--limit", type=int, help="rows per dataset (quick look; not for reporting)")
    rep.add_argument("--skip-robustness", action="store_true")
    g = sub.add_parser("gate", help="the CI regression check on a dev slice")
    g.add_argument("--rows", type=int, default=40)
    w = sub.add_parser("web", help="real web pages: body F1, briefs and headlines from the article")
    w.add_argument("--pages", help="pages folder (default: dev/web_pages of the shared data)")
    w.add_argument("--mode", default="both", choices=["html", "pasted", "both"])
    w.add_argument("--cv", action="store_true",
                   help="pasted text: block classifiers trained without the page's site")
    w.add_argument("--show", type=int, default=0, help="print this many pages' outputs")
    w.add_argument("--no-anchors", action="store_true")
    w.add_argument("--save", action="store_true", help="write eval/results/web.json")
    ed = sub.add_parser("edits", help="the neutral rewrite's edits: no name, number, date or "
                                      "negation changed, every edited sentence faithful")
    ed.add_argument("--data", required=True)
    ed.add_argument("--limit", type=int)
    ti = sub.add_parser("titles", help="titles of other projects' saved pages against their tests")
    ti.add_argument("--source", choices=("postlight", "readability"), default="postlight",
                    help="postlight/parser's fixtures or mozilla/readability's test pages")
    ti.add_argument("--pages", help="checkout of the source (default $POSTLIGHT_PATH or $READABILITY_PATH)")
    ti.add_argument("--pasted", help="folder of <page>.txt pasted texts (default $POSTLIGHT_PASTED "
                                     "or $READABILITY_PASTED)")
    ti.add_argument("--show", action="store_true", help="print the titles that disagree")
    sn = sub.add_parser("snippets", help="trafilatura's saved pages: article and furniture "
                                         "snippets kept, furniture in briefs")
    sn.add_argument("--pages", help="checkout of trafilatura (default $TRAFILATURA_PATH)")
    sn.add_argument("--pasted", help="folder of <page>.txt pasted texts (default $TRAFILATURA_PASTED)")
    sn.add_argument("--show", action="store_true", help="print the furniture that reached a brief")
    sub.add_parser("list", help="datasets and anchor systems")
    args = ap.parse_args(argv)

    if args.cmd == "run":
        from .measure.run import run
        summary = run(args.system, args.data, args.data_dir, args.limit)
        print(json.dumps(summary, indent=2))
    elif args.cmd == "compare":
        from .measure.run import compare
        print(json.dumps(compare(Path(args.a), Path(args.b), args.kind, args.metric), indent=2))
    elif args.cmd == "report":
        from .measure.report import write_report
        path = write_report(args.data_dir, args.limit, robustness=not args.skip_robustness)
        print(f"wrote {path}")
    elif args.cmd == "gate":
        from .measure.gate import check, check_web

        ok, message = check(args.data_dir, args.rows)
        ok_web, message_web = check_web(args.data_dir)
        print(message)
        print(message_web)
        return 0 if ok and ok_web else 1
    elif args.cmd == "web":
        from .measure.web import main as web_main
        return web_main(args)
    elif args.cmd == "edits":
        from .measure.edits import run as edits_run
        res = edits_run(args.data, args.data_dir, args.limit)
        print(json.dumps(res, indent=2))
        return 0 if res["violations"] == 0 else 1
    elif args.cmd == "titles":
        from .measure.titles import main as titles_main
        return titles_main(args)
    elif args.cmd == "snippets":
        from .measure.snippets import main as snippets_main
        return snippets_main(args)
    elif args.cmd == "list":
        from .data import SPECS
        from .measure.systems import anchor_systems
        for name, spec in SPECS.items():
            anchors = anchor_systems(spec.kind, args.data_dir) if spec.variant == "all" else []
            print(f"{name:12s} {spec.path:36s} anchors: {', '.join(anchors) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
