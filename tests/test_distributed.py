"""Ray Data (summarize.distributed): the same records as ``summarize --jsonl``, bad rows as
error rows, a crashed actor retried without duplicates.  Skipped where Ray is not installed
(CI installs the ``ray`` extra and runs it)."""

import json
from pathlib import Path

import pytest

pytest.importorskip("ray.data", reason="Ray Data is not installed: pip install 'summarize[ray]'")

import ray  # noqa: E402

from summarize import distributed  # noqa: E402
from summarize.cli import main  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "ui" / "examples"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def _input_lines() -> list[str]:
    """36 lines (35 rows and a blank line): 24 articles cut from the long fixture, 5 whole fixtures (one of them HTML),
    a one-sentence lead, and bad rows (empty, French, no text field, not JSON, a list)."""
    paras = [p for p in (FIXTURES / "long_article.txt").read_text().split("\n\n") if p.strip()]
    rows = [{"id": f"cut-{k}", "article": "\n\n".join(paras[k * 3:k * 3 + 6])}
            for k in range(24)]
    for name in ("padded_article.md", "web_page_pasted.txt", "web_page.html"):
        rows.append({"id": name, "text": (FIXTURES / name).read_text()})
    for name in ("storm_outage.md", "library_closure.md"):
        rows.append({"id": name, "article": (EXAMPLES / name).read_text()})
    rows.append({"id": 7, "article": "Police in Rochester arrested two men on Tuesday."})
    rows += [{"id": "empty", "article": ""},
             {"id": "fr", "article": "Le conseil municipal a voté lundi la fermeture de la "
                                     "bibliothèque municipale après un long débat. " * 3},
             {"id": "no-text", "url": "https://example.com"}]
    lines = [json.dumps(r) for r in rows]
    return lines[:10] + ["{not json", ""] + lines[10:20] + ["[1, 2]"] + lines[20:]


def _records(path: Path) -> list[dict]:
    out = []
    for line in path.read_text().splitlines():
        rec = json.loads(line)
        rec.get("stats", {}).pop("timings", None)  # wall-clock times differ run to run
        out.append(rec)
    return out


def test_ray_gives_the_rows_of_the_single_process_run(tmp_path, local_ray):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_input_lines()) + "\n")
    single, parallel = tmp_path / "single.jsonl", tmp_path / "ray.jsonl"
    # fp32: on a CPU with native bf16, batches of other sizes round differently
    assert main(["--jsonl", str(src), "--out", str(single), "--no-progress",
                 "--precision", "fp32"]) == 0
    assert main(["--jsonl", str(src), "--out", str(parallel), "--ray", "--ordered",
                 "--no-progress", "--batch-size", "4", "--precision", "fp32"]) == 0
    a, b = _records(single), _records(parallel)
    assert len(a) == len(b) == 35
    for x, y in zip(a, b):
        if str(x["id"]).startswith("line-"):  # a line that is not JSON: Ray reads files in
            assert y["id"] is None            # parallel blocks, so it has no line number
            assert y["error_kind"] == x["error_kind"] == "row"
            assert y["error"].split(" is not ")[1] == x["error"].split(" is not ")[1]
        else:
            assert x == y
    errors = {r["id"]: r["error_kind"] for r in a if "error" in r}
    assert errors == {"line-11": "row", "line-23": "row", "empty": "empty", "fr": "language",
                      "no-text": "row"}
    assert all(r["summary"] for r in a if "error" not in r)


def test_parquet_in_and_out_with_columns(tmp_path, local_ray):
    rows = [json.loads(x) for x in _input_lines()[:6]]
    ray.data.from_items([{"id": str(r["id"]), "article": r.get("article") or r.get("text")}
                         for r in rows]).write_parquet(str(tmp_path / "in"))
    total, failed = distributed.run(str(tmp_path / "in"), str(tmp_path / "out"),
                                    progress=False, ordered=True)
    assert (total, failed) == (6, 0)
    out = ray.data.read_parquet(str(tmp_path / "out")).take_all()
    assert [r["id"] for r in out] == [str(r["id"]) for r in rows]
    assert set(out[0]) == set(distributed.COLUMNS)
    rec = json.loads(out[0]["record"])
    assert out[0]["summary"] == rec["summary"] and out[0]["headlines"] == [
        h["text"] for h in rec["headlines"]]


def test_a_crashed_actor_is_retried_without_duplicate_rows(tmp_path, local_ray):
    marker = tmp_path / "crashed"

    class CrashOnce(distributed.SummarizeBatch):  # defined here: Ray pickles it by value
        def __call__(self, batch):
            if not marker.exists():
                marker.write_text("x")
                import os

                os._exit(1)  # the actor's process dies in the middle of its first batch
            return super().__call__(batch)

    items = [{"id": f"r{k}", "article": json.loads(line).get("article", "")}
             for k, line in enumerate(_input_lines()[:8])]
    ds = distributed.summarize_dataset(ray.data.from_items(items), workers=1, batch_size=2,
                                       ordered=True, worker=CrashOnce)
    out = ds.take_all()
    assert marker.exists()
    assert [r["id"] for r in out] == [r["id"] for r in items]


def test_a_row_that_breaks_the_engine_is_one_error_row():
    import pyarrow as pa

    from summarize.errors import InputError

    class Engine:  # stands in for a Summarizer whose engine fails on one article
        def iter_many(self, texts, errors="raise"):
            for t in texts:
                if t == "boom":
                    raise RuntimeError("engine failed")
                yield InputError("too short", kind="too_short") if t == "x" else _Brief(t)

    class _Brief:
        def __init__(self, t):
            self.t = t

        def to_dict(self):
            return {"summary": self.t.upper(), "sentences": [], "headlines": [{"text": self.t}]}

    udf = distributed.SummarizeBatch.__new__(distributed.SummarizeBatch)
    udf.summarizer = Engine()
    batch = pa.table({distributed.JSON_COLUMN: [
        json.dumps({"id": 1, "article": "fine"}), json.dumps({"id": 2, "article": "boom"}),
        json.dumps({"id": 3, "article": "x"}), "   ", "nope"]})
    out = udf(batch)
    assert out["id"] == ["1", "2", "3", "None"]
    assert out["summary"] == ["FINE", "", "", ""]
    assert out["headlines"] == [["fine"], [], [], []]
    assert out["error_kind"] == ["", "RuntimeError", "too_short", "row"]
    assert out["error"][1] == "engine failed" and "not JSON" in out["error"][3]
    assert json.loads(out["record"][0]) == {"id": 1, "summary": "FINE", "sentences": [],
                                            "headlines": [{"text": "fine"}]}
