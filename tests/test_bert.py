"""The plain-torch BERT (summarize.bert) against transformers, and the cold start it buys."""

import subprocess
import sys

import numpy as np
import pytest

from eval.tiny_models import build_encoder
from summarize import bert
from summarize.encoder import Encoder, default_encoder_path

TEXT = ("The council voted on Monday to close the library. Police said the suspect was "
        "arrested in Boston. Shares rose after the company reported record profits. "
        "Residents criticised the decision at a meeting on Tuesday evening.")
SENTENCES = ["The council voted on Monday to close the library.", "Shares rose.",
             "police said " * 40, "Résidents criticised — “the decision”!"]


def _both(folder):
    """The same checkpoint through bert.py and through transformers, both in fp32 (on a CPU
    with AMX or AVX512-BF16, "auto" would hold bert.py's weights in bf16)."""
    fast = Encoder(folder, precision="fp32").load()
    slow = Encoder(folder, precision="fp32")
    slow._tok, slow._model = bert.load_transformers(folder)
    slow.backend = "transformers"
    return fast, slow


def _same(fast, slow, tol):
    a = fast.encode(SENTENCES, keep_states=set(SENTENCES))
    b = slow.encode(SENTENCES, keep_states=set(SENTENCES))
    assert np.abs(a - b).max() < tol
    for s in SENTENCES:  # token states and character offsets (the compressor reads them)
        assert np.abs(fast.states[s][0] - slow.states[s][0]).max() < tol * 10
        assert fast.states[s][1] == slow.states[s][1]
    words = [s.split() for s in SENTENCES]
    for x, y in zip(fast.word_states(words, 32), slow.word_states(words, 32)):
        assert x.shape == y.shape and np.abs(x - y).max() < tol * 10


def test_tiny_bert_matches_transformers(tmp_path):
    folder = build_encoder(tmp_path / "bert", TEXT)
    fast, slow = _both(folder)
    assert fast.backend == "bert" and fast.dim == 16
    _same(fast, slow, 1e-5)


def test_bf16_keeps_the_embeddings_of_fp32():
    """The precision a CPU with native bf16 gets by default: the probe accepts it for the
    shipped encoder, and the embeddings stay within the probe's cosine of fp32's."""
    low = Encoder(default_encoder_path(), precision="bf16").load()
    ref = Encoder(default_encoder_path(), precision="fp32").load()
    assert low.bf16 and not ref.bf16
    cos = np.sum(low.encode(SENTENCES) * ref.encode(SENTENCES), axis=1)
    assert cos.min() >= 0.99


def test_other_architectures_go_through_transformers(tmp_path):
    folder = build_encoder(tmp_path / "distil", TEXT, model_type="distilbert")
    assert bert.load(folder) is None
    enc = Encoder(folder).load()
    assert enc.backend == "transformers"
    assert enc.encode(SENTENCES).shape == (4, 16)


def test_unsupported_configs_are_refused():
    base = {"model_type": "bert", "hidden_act": "gelu", "hidden_size": 16,
            "num_attention_heads": 2}
    assert bert.supported(base)
    assert not bert.supported({**base, "hidden_act": "relu"})
    assert not bert.supported({**base, "position_embedding_type": "relative_key"})
    assert not bert.supported({**base, "model_type": "roberta"})


@pytest.mark.slow
def test_shipped_encoder_matches_transformers():
    fast, slow = _both(default_encoder_path())
    assert fast.backend == "bert"
    _same(fast, slow, 1e-5)


@pytest.mark.slow
def test_cli_on_text_does_not_import_transformers(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT * 3)
    code = ("import sys; from summarize.cli import main; main([sys.argv[1]]); "
            "print('transformers' in sys.modules, 'torch._dynamo' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False False"


def test_a_second_encode_gives_the_same_states_and_embeddings(tmp_path):
    """Texts whose token states are asked for are encoded again (the cache keeps none) and in
    batches of their own: the same input gives the same states, embeddings and so headlines
    on every call, whatever was encoded before (the compressor read no states on a repeat)."""
    enc = Encoder(build_encoder(tmp_path / "bert", TEXT), precision="fp32").load()
    enc.batch_size = 2
    others = ["A library.", "The council met on Monday evening to vote on the budget."]
    first = enc.encode(SENTENCES[:2] + others, keep_states=set(SENTENCES[:2]))
    states = {s: enc.states[s][0].copy() for s in SENTENCES[:2]}
    again = enc.encode(SENTENCES[:2] + others, keep_states=set(SENTENCES[:2]))
    assert np.array_equal(first, again)
    for s in SENTENCES[:2]:
        assert np.array_equal(enc.states[s][0], states[s])
