"""A BERT encoder in plain torch, for a fast start: weights from ``model.safetensors``, word
pieces from ``tokenizer.json`` (the ``tokenizers`` library).

Why it exists: importing ``transformers`` costs more than torch itself (3-4 s of a 7 s
``summarize article.txt`` on a 2-core machine), and the default encoder (all-MiniLM-L6-v2)
is a plain BERT.  ``load(folder)`` returns ``None`` for anything it does not cover exactly
(another architecture, relative positions, another activation, no ``tokenizer.json``), and
the caller then uses ``load_transformers``, which gives the same two calls over
``transformers``.  What it does not do: training, dropout,
pooler, cross-attention, caches.  ``tests/test_bert.py`` checks it against
``transformers.BertModel`` on a random tiny model and on the shipped encoder.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

# Modules are made without random init (it took 0.2 s); ``load`` assigns the file's tensors.
# (``with torch.device("meta")``, or an Embedding on "meta", would import torch._dynamo: 1.2 s.)
_META = "meta"


def _embedding(n: int, d: int) -> nn.Embedding:
    return nn.Embedding(n, d, _weight=torch.empty(n, d))


@dataclass
class Tokens:
    """A padded batch: ids and mask (b, t) tensors; per text the char offsets and word ids."""

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    offsets: list[list[tuple[int, int]]]
    word_ids: list[list[int | None]]


class WordPieces:
    """``tokenizer.json`` through ``tokenizers``: truncation and padding done here, per call."""

    def __init__(self, path: Path):
        from tokenizers import Tokenizer

        self.tok = Tokenizer.from_file(str(path))
        self.tok.no_truncation()
        self.tok.no_padding()
        self.pad_id = 0

    def __call__(self, texts: list, max_length: int, split_into_words: bool = False) -> Tokens:
        encs = self.tok.encode_batch(texts, is_pretokenized=split_into_words)
        ids, offsets, words = [], [], []
        for e in encs:
            i, o, w = list(e.ids), list(e.offsets), list(e.word_ids)
            if len(i) > max_length:  # keep the first pieces and the closing [SEP]
                i, o, w = i[:max_length - 1] + i[-1:], o[:max_length - 1] + o[-1:], \
                    w[:max_length - 1] + w[-1:]
            ids.append(i)
            offsets.append(o)
            words.append(w)
        width = max((len(i) for i in ids), default=0)
        arr = np.full((len(ids), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for k, i in enumerate(ids):
            arr[k, :len(i)] = i
            mask[k, :len(i)] = 1
        return Tokens(torch.from_numpy(arr), torch.from_numpy(mask), offsets, words)


class _Embeddings(nn.Module):
    def __init__(self, c: dict):
        super().__init__()
        d = c["hidden_size"]
        self.word_embeddings = _embedding(c["vocab_size"], d)
        self.position_embeddings = _embedding(c["max_position_embeddings"], d)
        self.token_type_embeddings = _embedding(c.get("type_vocab_size", 2), d)
        self.LayerNorm = nn.LayerNorm(d, eps=c["layer_norm_eps"], device=_META)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1], device=ids.device)
        x = self.word_embeddings(ids) + self.position_embeddings(pos)[None] \
            + self.token_type_embeddings.weight[0]
        return self.LayerNorm(x)


class _SelfAttention(nn.Module):
    def __init__(self, d: int):
        super().__init__()
        self.query = nn.Linear(d, d, device=_META)
        self.key = nn.Linear(d, d, device=_META)
        self.value = nn.Linear(d, d, device=_META)


class _DenseNorm(nn.Module):
    def __init__(self, d_in: int, d: int, eps: float):
        super().__init__()
        self.dense = nn.Linear(d_in, d, device=_META)
        self.LayerNorm = nn.LayerNorm(d, eps=eps, device=_META)

    def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.dense(x) + residual)


class _Attention(nn.Module):
    def __init__(self, c: dict):
        super().__init__()
        self.self = _SelfAttention(c["hidden_size"])
        self.output = _DenseNorm(c["hidden_size"], c["hidden_size"], c["layer_norm_eps"])


class _Intermediate(nn.Module):
    def __init__(self, c: dict):
        super().__init__()
        self.dense = nn.Linear(c["hidden_size"], c["intermediate_size"], device=_META)


class _Layer(nn.Module):
    def __init__(self, c: dict):
        super().__init__()
        self.heads = c["num_attention_heads"]
        self.attention = _Attention(c)
        self.intermediate = _Intermediate(c)
        self.output = _DenseNorm(c["intermediate_size"], c["hidden_size"], c["layer_norm_eps"])

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        h = self.heads
        att = self.attention.self

        def split(y):  # (b, t, d) -> (b, h, t, d/h)
            return y.view(b, t, h, d // h).transpose(1, 2)

        q, k, v = split(att.query(x)), split(att.key(x)), split(att.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(d // h) + bias
        ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, t, d)
        x = self.attention.output(ctx, x)
        return self.output(F.gelu(self.intermediate.dense(x)), x)


class _Encoder(nn.Module):
    def __init__(self, c: dict):
        super().__init__()
        self.layer = nn.ModuleList(_Layer(c) for _ in range(c["num_hidden_layers"]))


class Bert(nn.Module):
    """BERT's encoder stack: ``model(ids, mask)`` -> last hidden states (b, t, d)."""

    def __init__(self, config: dict):
        super().__init__()
        self.config = config
        self.hidden_size = config["hidden_size"]
        self.embeddings = _Embeddings(config)
        self.encoder = _Encoder(config)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        x = self.embeddings(input_ids)
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        for layer in self.encoder.layer:
            x = layer(x, bias)
        return x


def supported(config: dict) -> bool:
    """True if ``config`` (a config.json) is a BERT this module computes exactly."""
    return (config.get("model_type") == "bert"
            and config.get("hidden_act") == "gelu"
            and config.get("position_embedding_type", "absolute") == "absolute"
            and not config.get("is_decoder", False)
            and config["hidden_size"] % config["num_attention_heads"] == 0)


def load(folder: str | Path) -> tuple[WordPieces, Bert] | None:
    """(word pieces, model) from a local checkpoint folder, or None if it is not covered."""
    folder = Path(folder)
    cfg, weights, tok = folder / "config.json", folder / "model.safetensors", \
        folder / "tokenizer.json"
    if not (cfg.is_file() and weights.is_file() and tok.is_file()):
        return None
    config = json.loads(cfg.read_text())
    if not supported(config):
        return None
    from safetensors.torch import load_file

    state = load_file(str(weights))
    prefix = "bert." if any(k.startswith("bert.") for k in state) else ""
    state = {k[len(prefix):]: v for k, v in state.items()
             if k.startswith(prefix) and not k[len(prefix):].startswith("pooler.")
             and not k.endswith("position_ids")}
    model = Bert(config)  # built on the meta device: every weight comes from the file
    model.load_state_dict(state, strict=True, assign=True)
    return WordPieces(tok), model.eval()


class _Transformers(nn.Module):
    """Any ``transformers`` encoder behind the same call as ``Bert``."""

    def __init__(self, model):
        super().__init__()
        self.model = model
        self.hidden_size = int(model.config.hidden_size)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state


class _TransformersPieces:
    """A ``transformers`` tokenizer behind the same call as ``WordPieces``."""

    def __init__(self, tok):
        self.tok = tok

    def __call__(self, texts: list, max_length: int, split_into_words: bool = False) -> Tokens:
        b = self.tok(texts, padding=True, truncation=True, max_length=max_length,
                     return_tensors="pt", return_offsets_mapping=True,
                     is_split_into_words=split_into_words)
        return Tokens(b["input_ids"], b["attention_mask"],
                      [[tuple(o) for o in row] for row in b["offset_mapping"].tolist()],
                      [b.word_ids(k) for k in range(len(texts))])


def load_transformers(source: str | Path, local_files_only: bool = True):
    """(word pieces, model) for any checkpoint ``transformers.AutoModel`` reads."""
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    kwargs = dict(local_files_only=local_files_only, trust_remote_code=False)
    tok = AutoTokenizer.from_pretrained(str(source), **kwargs)
    # Eager attention: faster than SDPA for short padded batches on CPU (make bench).
    model = AutoModel.from_pretrained(str(source), attn_implementation="eager", **kwargs)
    return _TransformersPieces(tok), _Transformers(model).eval()
