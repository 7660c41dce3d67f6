"""Command line: ``summarize FILE``, ``summarize --json FILE``, ``summarize -``, ``--jsonl IN --out OUT``.

Only wiring: reading input, calling ``Summarizer``, printing.  Errors a user can fix are
printed as one line on stderr with exit status 2; nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from pathlib import Path

from .errors import InputError, ModelUnavailableError
from .results import Brief
from .rows import parse_lines, summarize_rows
from .summarizer import Summarizer


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used for --help)."""
    p = argparse.ArgumentParser(
        prog="summarize",
        description="A short neutral brief and headline candidates from a news article.",
        epilog="Examples: summarize article.txt | summarize https://example.com/news/story | "
               "summarize --json page.html | "
               "cat article.txt | summarize - | summarize --jsonl in.jsonl --out out.jsonl")
    p.add_argument("file", nargs="?",
                   help="article file (.txt, .md, .html), - for stdin, or a page's http(s) address")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    p.add_argument("--headlines-only", action="store_true",
                   help="print only the headline candidates, one a line (works on one sentence)")
    p.add_argument("--jsonl", metavar="IN", help="JSON lines input: rows with id and article/text")
    p.add_argument("--out", metavar="OUT", help="JSON lines output for --jsonl (default: stdout)")
    p.add_argument("--engine", default="extractive", help="extractive (default) or abstractive")
    p.add_argument("--model", help="model id or local path for the engine")
    p.add_argument("--title", help="the article's title, if it is not the first line")
    p.add_argument("--max-words", type=int, help="word budget of the brief (default 75)")
    p.add_argument("--headlines", type=int, dest="num_headlines", help="headline candidates (3)")
    p.add_argument("--max-chars", type=int, help="input size cap in characters (200000)")
    p.add_argument("--no-neutral", action="store_true",
                   help="keep the article's own wording in the brief (no neutral edits)")
    p.add_argument("--allow-private-addresses", action="store_true",
                   help="let an address resolve to loopback/private/link-local hosts (off: refused)")
    p.add_argument("--batch-size", type=int, default=32, help="articles per batch for --jsonl")
    p.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16"],
                   help="the encoder's numbers: auto (bf16 on CPUs that run it natively), or fp32 "
                        "for the same results on every machine and batch size")
    p.add_argument("--ray", nargs="?", const="local", metavar="ADDRESS",
                   help="run --jsonl on Ray Data (pip install summarize[ray]): on this machine, "
                        "or on the cluster at ADDRESS ('auto': the one this machine is in); "
                        "IN may be JSONL or Parquet files or folders, OUT .jsonl or a folder")
    p.add_argument("--workers", type=int, help="Ray actors (default: CPUs // --threads)")
    p.add_argument("--threads", type=int, default=1, help="CPUs per Ray actor (1)")
    p.add_argument("--ordered", action="store_true",
                   help="with --ray: write rows in the input order (always so without --ray)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar for --jsonl")
    return p


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def format_text(brief: Brief) -> str:
    """Human-readable rendering of a Brief."""
    st = brief.stats
    lines = []
    for n in brief.notices:
        lines.append(f"note: {n}")
    lines.append(f"BRIEF  ({st.words_out} words from {st.words_in}; "
                 f"{st.redundancy:.0%} of sentences repeated; {st.removed} junk items removed)")
    lines.append(textwrap.fill(brief.summary, 88, initial_indent="  ", subsequent_indent="  "))
    lines.append("")
    lines.append("HEADLINES")
    for i, h in enumerate(brief.headlines, 1):
        lines.append(f"  {i}. {h.text}" + (f"  (read twice: {h.note})" if h.note else ""))
    if brief.edits:
        lines.append("")
        lines.append("NEUTRAL EDITS IN THE BRIEF")
        for e in brief.edits:
            new = f"'{e.replacement}'" if e.replacement else "(left out)"
            lines.append(f"  - '{e.original}' -> {new}: {e.reason}")
    if brief.source.kind != "text":
        lines.append("")
        lines.append(f"SOURCE  {brief.source.kind}" + (f" {brief.source.url}" if brief.source.url
                                                       else "") + (f"; title: {brief.title}"
                                                                   if brief.title else ""))
    if brief.removed:
        lines.append("")
        lines.append("REMOVED")
        for r in brief.removed:
            lines.append(f"  - [{r.reason}] {textwrap.shorten(r.text, 70)}")
    loaded = [f for f in brief.flags if f.type not in ("rhetorical_question",)]
    if loaded:
        words = ", ".join(dict.fromkeys(f.text for f in loaded))
        lines.append("")
        lines.append(f"LOADED WORDS IN THE INPUT: {textwrap.shorten(words, 300)}")
    return "\n".join(lines)


def run_jsonl(s: Summarizer, path: str, out_path: str | None, progress: bool) -> int:
    """Summarise every row of a JSONL file, writing one output row per input row, in order."""
    with (sys.stdin if path == "-" else open(path, encoding="utf-8")) as fh:
        rows = list(parse_lines(fh))
    out = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=len(rows), unit="article", file=sys.stderr)
    failed = 0
    try:
        for rec in summarize_rows(s, rows):
            failed += "error" in rec
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if bar:
                bar.update(1)
    finally:
        if bar:
            bar.close()
        if out is not sys.stdout:
            out.close()
    _say_failed(failed, len(rows))
    return 0


def run_ray(args, options: dict) -> int:
    """``--jsonl IN --out OUT --ray [ADDRESS]``: the same records, from Ray Data actors."""
    try:
        from .distributed import run
    except ImportError as e:  # pragma: no cover - depends on the install
        print(f"summarize: --ray needs Ray Data: pip install 'summarize[ray]' ({e})",
              file=sys.stderr)
        return 2
    try:
        total, failed = run(args.jsonl, args.out or "-", address=args.ray,
                            progress=not args.no_progress, workers=args.workers,
                            threads=args.threads, batch_size=args.batch_size,
                            ordered=args.ordered, engine=args.engine, model=args.model,
                            precision=args.precision, **options)
    except (OSError, ConnectionError) as e:
        print(f"summarize: {e}", file=sys.stderr)
        return 2
    _say_failed(failed, total)
    return 0


def _say_failed(failed: int, total: int) -> None:
    if failed:
        print(f"{failed} of {total} rows could not be summarised (see their 'error').",
              file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``summarize`` console script."""
    args = build_parser().parse_args(argv)
    if not args.file and not args.jsonl:
        build_parser().print_usage(sys.stderr)
        print("summarize: give a FILE, - for stdin, or --jsonl IN", file=sys.stderr)
        return 2
    options = {k: v for k, v in dict(max_words=args.max_words, num_headlines=args.num_headlines,
                                     max_chars=args.max_chars).items() if v is not None}
    if args.no_neutral:
        options["neutral_brief"] = False
    if args.ray and args.jsonl:
        return run_ray(args, options)
    s = Summarizer(engine=args.engine, model=args.model, batch_size=args.batch_size,
                   precision=args.precision, **options)
    try:
        if args.jsonl:
            return run_jsonl(s, args.jsonl, args.out, progress=not args.no_progress)
        if args.file.lower().startswith(("http://", "https://")):
            brief = s.summarize_url(args.file, allow_private=args.allow_private_addresses)
        else:
            brief = s.summarize(_read(args.file), title=args.title)
    except (InputError, ModelUnavailableError) as e:
        print(f"summarize: {e}", file=sys.stderr)
        return 2
    except ValueError as e:  # an unknown engine name or a bad option value
        print(f"summarize: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early ("--jsonl in.jsonl | head")
        return _closed_pipe()
    except OSError as e:
        print(f"summarize: cannot read {e.filename or args.file}: {e.strerror}", file=sys.stderr)
        return 2
    if s.notice and args.json:
        print(f"note: {s.notice}", file=sys.stderr)
    try:
        if args.json:
            print(json.dumps(brief.to_dict(), ensure_ascii=False, indent=2))
        elif args.headlines_only:
            print("\n".join(h.text for h in brief.headlines))
        else:
            print(format_text(brief))
        sys.stdout.flush()
    except BrokenPipeError:  # "summarize page.html | head"
        return _closed_pipe()
    return 0


def _closed_pipe() -> int:
    """The reader of stdout went away: no traceback, and none from Python's flush at exit."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
