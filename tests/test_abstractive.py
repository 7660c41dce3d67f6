"""The abstractive engine on tiny local BART and T5 models (built here, never downloaded)."""

import json
from pathlib import Path

import pytest

from eval.tiny_models import build_bart, build_t5
from summarize import Summarizer
from summarize.cli import main
from summarize.engines.abstractive import PRESETS, AbstractiveEngine, Seq2Seq, chunk
from summarize.options import Options
from summarize.sentences import split


@pytest.fixture(scope="module")
def vocab_text(padded_article):
    return padded_article + "\n" + (Path(__file__).parent / "fixtures" / "long_article.txt").read_text()


@pytest.fixture(scope="module")
def tiny_bart(tmp_path_factory, vocab_text):
    return build_bart(tmp_path_factory.mktemp("bart"), vocab_text, max_len=64)


@pytest.fixture(scope="module")
def tiny_t5(tmp_path_factory, vocab_text):
    return build_t5(tmp_path_factory.mktemp("t5"), vocab_text, max_len=64)


@pytest.fixture(scope="module")
def long_text():
    return (Path(__file__).parent / "fixtures" / "long_article.txt").read_text()


def test_loading_device_and_dtype_on_cpu(tiny_bart):
    import torch

    from summarize.encoder import cpu_has_bf16

    m = Seq2Seq(str(tiny_bart)).load()
    assert m.device == "cpu"
    assert m.dtype == (torch.bfloat16 if cpu_has_bf16() else torch.float32)
    assert Seq2Seq(str(tiny_bart), dtype="fp32").load().dtype == torch.float32
    assert m.max_input == 64 and m.budget == 62


def test_chunking_a_5000_word_input(tiny_bart, long_text):
    m = Seq2Seq(str(tiny_bart)).load()
    engine = AbstractiveEngine(model=str(tiny_bart))
    engine.brief_model = m
    sentences = split(" ".join(long_text.split()))
    assert len(long_text.split()) >= 5000
    counts = engine._tokens_many(sentences)
    chunks, n_split = chunk(sentences, counts, m.budget, engine._split_long)
    assert n_split == 0
    assert [s for c in chunks for s in c] == sentences  # nothing lost, nothing split, in order
    for c in chunks:
        assert m.count([" ".join(c)])[0] <= m.max_input
    assert len(chunks) > 50


def test_token_counts_do_not_change_after_generating(tiny_bart, long_text):
    # regression: the fast tokenizer's padding state once leaked from generate() into counting
    engine = AbstractiveEngine(model=str(tiny_bart))
    engine.load()
    sentences = split(" ".join(long_text.split()))[:40]
    before = engine._tokens_many(sentences)
    engine.brief_model.generate(sentences[:3], PRESETS["brief"])
    assert engine._tokens_many(sentences) == before


def test_an_over_long_sentence_is_split_and_reported(tiny_bart):
    engine = AbstractiveEngine(model=str(tiny_bart))
    engine.brief_model.load()
    long_sentence = " ".join(["the council voted to close the library"] * 20) + "."
    chunks, n_split = chunk([long_sentence], engine._tokens_many([long_sentence]),
                            engine.brief_model.budget, engine._split_long)
    assert n_split == 1 and len(chunks) > 1
    assert " ".join(p for c in chunks for p in c) == long_sentence


@pytest.mark.parametrize("which", ["tiny_bart", "tiny_t5"])
def test_map_reduce_terminates_and_reports_chunks(which, request, long_text):
    folder = request.getfixturevalue(which)
    s = Summarizer(engine="abstractive", model=str(folder), fallback=False)
    b = s.summarize(long_text)
    extra = b.stats.extra
    assert extra["chunks"] > 1 and 1 < extra["levels"] <= 8
    assert extra["input_tokens_after_dedup"] <= extra["input_tokens_before_dedup"]
    assert b.engine == "abstractive"
    assert b.summary  # either the model's faithful sentences or the extractive fallback
    assert len(b.headlines) >= 1


def test_presets_reach_generate(tiny_bart, monkeypatch):
    m = Seq2Seq(str(tiny_bart)).load()
    seen = {}

    def fake_generate(**kw):
        seen.update(kw)
        import torch
        return torch.tensor([[m.tokenizer.eos_token_id, 5, 6, m.tokenizer.eos_token_id]])

    monkeypatch.setattr(m.model, "generate", fake_generate)
    m.generate(["The council voted."], PRESETS["brief"].with_(length_penalty=1.5))
    assert seen["num_beams"] == 4 and seen["length_penalty"] == 1.5
    assert seen["no_repeat_ngram_size"] == 3
    assert seen["max_new_tokens"] <= 16  # clamped to a quarter of the 64-token input


def test_guard_rejects_invented_names_and_numbers(tiny_bart, padded_article, monkeypatch):
    engine = AbstractiveEngine(model=str(tiny_bart))
    engine.load()
    invented = ("Mayor John Smith closed 7 libraries in Port Calder. "
                "The council voted 5-2 on Monday to close the Riverside Branch Library.")
    monkeypatch.setattr(engine.brief_model, "generate",
                        lambda texts, preset, batch_size=4: [[invented] * preset.num_return_sequences
                                                             for _ in texts])
    s = Summarizer(engine="abstractive", model=str(tiny_bart))
    s._engine = engine
    b = s.summarize(padded_article)
    assert [r.text for r in b.sentences] == [
        "The council voted 5-2 on Monday to close the Riverside Branch Library."]
    reasons = [r.rejected for r in b.rejected if r.text.startswith("Mayor John Smith")]
    assert reasons and "John" in reasons[0] and "7" in reasons[0]
    assert all("Smith" not in h.text for h in b.headlines)


def test_offline_hub_id_falls_back_with_a_notice(padded_article):
    s = Summarizer(engine="abstractive", model="nobody/not-a-local-model")
    b = s.summarize(padded_article)
    assert b.engine == "extractive"
    assert "not available on this machine" in b.notices[0]
    assert "huggingface-cli download nobody/not-a-local-model" in b.notices[0]


def test_cli_end_to_end(tiny_bart, long_text, tmp_path, capsys):
    article = tmp_path / "long.txt"
    article.write_text(long_text)
    assert main(["--engine", "abstractive", "--model", str(tiny_bart), "--json", str(article)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["engine"] == "abstractive" and d["stats"]["extra"]["chunks"] > 1
    assert main(["--engine", "abstractive", "--model", "nobody/not-a-local-model", str(article)]) == 0
    out = capsys.readouterr().out
    assert "not available on this machine" in out and "BRIEF" in out


def test_options_of_the_engine_interface(tiny_bart, padded_article):
    engine = AbstractiveEngine(model=str(tiny_bart))
    docs = [Summarizer().parse(padded_article)]
    b = engine.summarize(docs, Options(num_headlines=2))[0]
    assert len(b.headlines) <= 2
