"""Summarise a corpus on Ray Data (``pip install summarize[ray]``), locally or on a cluster.

    >>> import ray, summarize.distributed as sd                   # doctest: +SKIP
    >>> ds = sd.read_rows("archive/*.jsonl")                       # doctest: +SKIP
    >>> out = sd.summarize_dataset(ds, workers=8, max_words=60)    # doctest: +SKIP
    >>> out.write_parquet("briefs/")                               # doctest: +SKIP

``summarize_dataset`` runs ``map_batches`` over a pool of actors; each actor holds one
``Summarizer`` (its model loads once per actor) and turns a batch of rows into records
exactly as ``summarize --jsonl`` does (``rows.summarize_rows``; the encoder sorts each
batch's sentences by length).  Every input row gives one output row with its ``id``: a row
that cannot be summarised gets ``error_kind`` and ``error``, never a lost row or a failed
job.  Ray restarts a failed actor and retries its batch (Ray Data's defaults for actor
pools: ``max_restarts=-1``, ``max_task_retries=-1``); a retried batch replaces its output,
so no row is written twice.  Order is kept when asked (``ordered=True``).

What it does not do: schedule, retry or spill (Ray Data does), start a cluster, or import
Ray unless it is called.  Output columns: ``id`` (as a string), ``summary``, ``headlines``
(list of strings), ``error_kind`` and ``error`` ('' when none), and ``record``: the whole
record as the JSON text ``summarize --jsonl`` writes, with the id in its own type.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import sys
from functools import lru_cache
from pathlib import Path

from . import rows as rows_mod

COLUMNS = ("id", "summary", "headlines", "error_kind", "error", "record")
JSON_COLUMN = "_json"  # rows of JSON-lines files before parsing: the raw line
# Reading and splitting lines take no CPU from the actors' budget: with every CPU held by a
# summarising actor, a read task that asked for one would wait forever.
LIGHT_CPUS = 0
# Articles an actor encodes together: its peak memory grows with this number (8: 0.76 GB
# in a plain process over cnndm_test, 32: 0.9 GB; same speed and the same records).
ACTOR_ARTICLES = 8


class SummarizeBatch:
    """The ``map_batches`` callable: one Summarizer per actor; a pyarrow batch in, records out.

    A batch read by ``read_rows`` from JSON lines has one column, ``JSON_COLUMN`` (the raw
    line); any other batch has the rows' own columns (``id``, ``article`` or ``text``, ...).
    """

    def __init__(self, summarizer_kwargs: dict, threads: int = 1):
        import torch

        from .summarizer import Summarizer

        torch.set_num_threads(max(1, int(threads)))
        self.summarizer = Summarizer(**summarizer_kwargs)
        self.engine = self.summarizer.engine  # created and loaded now, once per actor

    def rows(self, batch) -> list[dict]:
        """The batch as row dicts (raw JSON lines parsed here, so a bad line is one bad row)."""
        rows = batch.to_pylist()
        if batch.column_names == [JSON_COLUMN]:
            rows = [rows_mod.parse_line(r[JSON_COLUMN]) for r in rows if r[JSON_COLUMN].strip()]
        return rows

    def __call__(self, batch) -> dict[str, list]:
        rows = self.rows(batch)
        try:
            records = list(rows_mod.summarize_rows(self.summarizer, rows))
        except Exception:  # noqa: BLE001 - one row broke the batch: find it, keep the rest
            records = [self._one(row) for row in rows]
        _release_memory()
        return _columns(records)

    def _one(self, row: dict) -> dict:
        try:
            return next(rows_mod.summarize_rows(self.summarizer, [row]))
        except Exception as e:  # noqa: BLE001 - reported in the row's error column
            return rows_mod.error_record(row.get("id"), type(e).__name__, str(e))


def _release_memory() -> None:
    """Give freed heap back to the system after a batch (glibc keeps the encoder's freed
    activations: an actor grew past 1 GB over 262 articles without this, 0.8 GB with it)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@lru_cache(maxsize=1)
def _libc():
    """glibc, found once (``find_library`` runs ``ldconfig`` in a subprocess), or None."""
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name) if name else None


def _columns(records: list[dict]) -> dict[str, list]:
    return {
        "id": [str(r["id"]) for r in records],
        "summary": [r["summary"] for r in records],
        "headlines": [[h["text"] for h in r["headlines"]] for r in records],
        "error_kind": [r.get("error_kind", "") for r in records],
        "error": [r.get("error", "") for r in records],
        "record": [json.dumps(r, ensure_ascii=False) for r in records],
    }


def read_rows(paths: str | list[str], batch_size: int = 32):
    """A Dataset of input rows: Parquet files as they are; JSON lines one row per line (the
    raw line in ``JSON_COLUMN``), parsed by the actors so that a bad line becomes one error
    row.  Ray splits a big file into blocks, so it still spreads over every actor (local
    JSONL files: one block per ``batch_size`` lines, for an even spread)."""
    import ray.data

    first = paths if isinstance(paths, str) else paths[0]
    if str(first).endswith(".parquet") or (Path(first).is_dir() and any(
            Path(first).glob("*.parquet"))):
        return ray.data.read_parquet(paths, num_cpus=LIGHT_CPUS)
    blocks = _local_blocks(paths, batch_size)
    return ray.data.read_text(paths, drop_empty_lines=True, num_cpus=LIGHT_CPUS,
                              override_num_blocks=blocks).rename_columns({"text": JSON_COLUMN})


def _local_blocks(paths: str | list[str], batch_size: int) -> int | None:
    """Blocks of ``batch_size`` lines for local files (None: let Ray decide)."""
    files = []
    for p in [paths] if isinstance(paths, str) else paths:
        p = Path(p)
        if p.is_file():
            files.append(p)
        elif p.is_dir():
            files += [f for f in p.rglob("*") if f.is_file()]
        else:
            return None  # a remote or glob path
    with_lines = 0
    for f in files:
        with open(f, "rb") as fh:
            with_lines += sum(1 for line in fh if line.strip())
    return max(1, -(-with_lines // batch_size))


def summarize_dataset(ds, *, workers: int | None = None, threads: int = 1,
                      batch_size: int = 32, ordered: bool = False,
                      worker: type = SummarizeBatch, engine: str = "extractive",
                      model: str | None = None, precision: str = "auto", **options):
    """Records for every row of ``ds`` (a ``ray.data.Dataset``), as a Dataset.

    ``workers``: most actors in the pool (default: the cluster's CPUs // ``threads``; the
    pool starts with one and grows, so that listing and reading files get a CPU first,
    which a pool holding every CPU from the start would starve); ``threads``:
    CPUs (and torch threads) per actor; ``batch_size``: rows per batch; ``ordered``: keep the
    input order; ``precision``: the encoder's ("fp32" gives the single-process run's numbers
    on a CPU with native bf16, where batches of other sizes round differently); ``options``:
    Summarizer options (``max_words``, ``num_headlines``, ...).
    """
    import ray
    import ray.data

    if workers is None:
        workers = max(1, int(ray.cluster_resources().get("CPU", 1) // threads))
    # Each actor encodes ACTOR_ARTICLES articles at a time (its memory peak grows with it).
    kwargs = dict(engine=engine, model=model, batch_size=min(batch_size, ACTOR_ARTICLES),
                  precision=precision, **options)
    out = (ds.map_batches(worker, fn_constructor_kwargs={"summarizer_kwargs": kwargs,
                                                        "threads": threads},
                         batch_size=batch_size, batch_format="pyarrow",
                         compute=ray.data.ActorPoolStrategy(min_size=1, max_size=workers),
                         num_cpus=threads))
    out.context.execution_options.preserve_order = ordered
    return out


def run(inputs: str | list[str], out: str, address: str | None = None,
        progress: bool = True, **kwargs) -> tuple[int, int]:
    """``summarize --jsonl IN --out OUT --ray [ADDRESS]``: (rows, rows with an error).

    ``address``: None or "local" starts Ray on this machine; anything else joins that
    cluster ("auto" for the one this machine belongs to).  ``out``: a ``.jsonl`` file
    (written here as the rows arrive) or a folder / ``.parquet`` name for Parquet files
    written by the workers.
    """
    import ray
    import ray.data

    if not ray.is_initialized():
        if address in (None, "local"):
            ray.init(include_dashboard=False, log_to_driver=False)
        else:
            ray.init(address=address, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = progress
    ds = summarize_dataset(read_rows(inputs, kwargs.get("batch_size", 32)), **kwargs)
    if not out.endswith((".jsonl", ".json")) and out != "-":
        ds = ds.materialize()
        ds.write_parquet(out)
        errors = ds.select_columns(["error"]).to_pandas()["error"]
        return len(errors), int((errors != "").sum())

    total = failed = 0
    fh = sys.stdout if out == "-" else open(out, "w", encoding="utf-8")
    try:
        for row in ds.iter_rows():
            fh.write(row["record"] + "\n")
            total += 1
            failed += bool(row["error"])
    finally:
        if fh is not sys.stdout:
            fh.close()
    return total, failed
