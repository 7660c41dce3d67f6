"""The CLI: text, --json, stdin, --jsonl in order with ids, clear errors."""

import json
import subprocess
import sys

import pytest

from summarize.cli import main

ARTICLE_2 = ("The city of Northbridge opened a new bridge on Saturday after four years of work. "
             "The bridge cost $12 million and carries 8,000 cars a day, officials said. "
             "Mayor Tom Reyes cut the ribbon at 10 a.m. Residents welcomed the shorter commute.")


@pytest.fixture()
def article_file(tmp_path, padded_article):
    p = tmp_path / "article.md"
    p.write_text(padded_article)
    return p


def test_text_output(article_file, capsys):
    assert main([str(article_file)]) == 0
    out = capsys.readouterr().out
    assert "BRIEF" in out and "HEADLINES" in out and "1. " in out
    assert "[comment form] Leave a Reply" in out


def test_json_output(article_file, capsys):
    assert main(["--json", str(article_file)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["summary"] and d["sentences"][0]["text"] and len(d["headlines"]) >= 3


def test_stdin(padded_article):
    r = subprocess.run([sys.executable, "-m", "summarize.cli", "--json", "-"],
                       input=padded_article, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["headlines"]


def test_jsonl_rows_in_order_with_ids(tmp_path, padded_article):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "article": padded_article}, {"id": 7, "text": ARTICLE_2},
            {"id": "empty", "article": ""}, {"id": "c", "article": ARTICLE_2}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["--jsonl", str(src), "--out", str(out), "--no-progress", "--batch-size", "2"]) == 0
    got = [json.loads(line) for line in out.read_text().splitlines()]
    assert [g["id"] for g in got] == ["a", 7, "empty", "c"]
    assert got[0]["summary"] and got[1]["summary"] and got[3]["summary"]
    assert got[2]["error"] and got[2]["summary"] == ""
    for g in got:
        assert {"id", "summary", "sentences", "headlines"} <= set(g)


def test_errors_are_one_clear_line(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    assert main([str(empty)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("summarize:") and "empty" in err and "Traceback" not in err
    assert main([str(tmp_path / "missing.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main([]) == 2


def test_unknown_engine_is_a_clear_error(article_file, capsys):
    assert main(["--engine", "nope", str(article_file)]) == 2
    assert "unknown engine 'nope'" in capsys.readouterr().err


def test_edits_are_listed_and_no_neutral_keeps_the_wording(tmp_path, capsys):
    article = tmp_path / "slanted.txt"
    article.write_text("Union leaders slammed Mayor Elena Marsh on Monday after she announced "
                       "that the Riverside Branch Library will close on March 31. Marsh said the "
                       "closure would save the city about $420,000 a year. The library, which "
                       "opened in 1958, serves roughly 1,200 visitors a week.")
    assert main(["--json", str(article)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert [(e["original"], e["replacement"]) for e in d["edits"]] == [("slammed", "criticised")]
    assert main([str(article)]) == 0
    assert "- 'slammed' -> 'criticised'" in capsys.readouterr().out
    assert main(["--json", "--no-neutral", str(article)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["edits"] == [] and "slammed" in d["summary"]


def test_a_headline_shown_despite_a_check_carries_its_reason(tmp_path, capsys):
    lead = tmp_path / "lead.txt"
    lead.write_text("To mark the 60th anniversary of the birth of reggae star Bob Marley, his "
                    "former head of press remembers the man behind the legend.\n")
    assert main([str(lead)]) == 0
    out = capsys.readouterr().out
    assert "1. To mark 60th anniversary of birth of reggae star Bob Marley  (read twice: a " \
           "fragment: opens with an infinitive)" in out



def test_a_reader_that_stops_early_gets_no_traceback(article_file, tmp_path, monkeypatch):
    """``summarize page | head -1``: writing to the closed pipe raises BrokenPipeError, which
    ends the command quietly instead of with a traceback."""
    sink = open(tmp_path / "sink", "w")

    class ClosedPipe:
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self):
            return sink.fileno()

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main([str(article_file)]) == 0
    sink.close()
