"""Rows in, records out: what ``summarize --jsonl`` and the Ray Data path (``distributed``)
both do to one row, so that the two give the same records.

A row is a dict with an ``id`` and the article under ``article``, ``text``, ``body`` or
``document`` (or ``articles``: several bodies of one story, as in NeuS).  A record is
``{"id": ..., **Brief.to_dict()}``, or for a row that cannot be summarised
``{"id", "error", "error_kind", "summary": "", "sentences": [], "headlines": []}``.
Nothing here reads files or knows about Ray.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from .errors import InputError

_TEXT_KEYS = ("article", "text", "body", "document")


def parse_line(line: str, number: int | None = None) -> dict:
    """The row on one JSON line; a line that is not a JSON object gives a row that will
    become an error record, with the id ``line-N`` when the line number is known (the Ray
    path reads files in parallel blocks and does not know it: id None there)."""
    line = line.rstrip("\r\n")
    where = f"line {number}" if number else "a line"
    row_id = f"line-{number}" if number else None
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        return {"id": row_id, "__error__": f"{where} is not JSON: {e.msg} ({line[:40]!r})"}
    if not isinstance(row, dict):
        return {"id": row_id, "__error__": f"{where} is not a JSON object ({line[:40]!r})"}
    return row


def parse_lines(lines: Iterable[str]) -> Iterator[dict]:
    """Rows of a JSON-lines text (blank lines skipped; numbering counts every line)."""
    for n, line in enumerate(lines, 1):
        if line.strip():
            yield parse_line(line, n)


def row_text(row: dict) -> str:
    """The article of a row (raises InputError if it has none)."""
    if "__error__" in row:
        raise InputError(row["__error__"], kind="row")
    for key in _TEXT_KEYS:
        if isinstance(row.get(key), str):
            return row[key]
    if isinstance(row.get("articles"), list):  # several articles on one story (NeuS)
        return "\n\n".join(a.get("body", "") if isinstance(a, dict) else str(a)
                           for a in row["articles"])
    raise InputError("row has no 'article' or 'text' field", kind="row")


def error_record(row_id, kind: str, message: str) -> dict:
    """The record of a row that could not be summarised."""
    return {"id": row_id, "error": message, "error_kind": kind, "summary": "",
            "sentences": [], "headlines": []}


def summarize_rows(summarizer, rows: list[dict]) -> Iterator[dict]:
    """One record per row, in order (``summarizer`` is a ``Summarizer``; it batches)."""
    texts: list[str] = []
    bad: dict[int, InputError] = {}
    for k, row in enumerate(rows):
        try:
            texts.append(row_text(row))
        except InputError as e:
            bad[k] = e
            texts.append("")
    for k, result in enumerate(summarizer.iter_many(texts, errors="return")):
        row_id = rows[k].get("id", k)
        err = bad.get(k) or (result if isinstance(result, InputError) else None)
        if err is not None:
            yield error_record(row_id, err.kind, str(err))
        else:
            yield {"id": row_id, **result.to_dict()}
