"""The abstractive engine: any Hugging Face seq2seq checkpoint writes the brief and headlines.

preprocess:  the document model cleans the article and drops repeated sentences (the
             embedded encoder finds them); what is left is counted with the model's own
             tokenizer.  If it does not fit the model's input, it is split on sentence
             boundaries into chunks that fit (a single sentence longer than the limit is
             split between words, and the result says so).
forward:     chunks are summarised in length-sorted batches; the partial summaries are
             joined and summarised again (map-reduce) until they fit: nothing is cut.
postprocess: every generated sentence and headline passes the faithfulness guard (names,
             numbers and dates must occur in the source); the ones that fail are kept in
             ``rejected`` with the reason.  Headlines also pass the extractive engine's
             constraints (length, not the title, none of the title's loaded words).

Models load with ``AutoTokenizer`` / ``AutoModelForSeq2SeqLM`` from a local path or the
local cache, never with ``trust_remote_code``; downloads happen only with
``allow_download=True``.  Default brief model: ``sshleifer/distilbart-cnn-12-6``
(``$SUMMARIZE_ABSTRACTIVE_MODEL`` overrides it); headlines come from the same model with
the short ``headline`` preset unless ``headline_model`` names another checkpoint.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .. import faithfulness, neutral
from .. import headlines as hl
from ..document import Document
from ..encoder import Encoder, cpu_has_bf16, get_encoder, pick_device, set_offline
from ..errors import ModelUnavailableError
from ..options import Options
from ..results import Brief, Headline, SentenceRef
from ..sentences import split as split_sentences
from .common import Timer, build_brief, embed_documents, mark_duplicates

DEFAULT_MODEL = "sshleifer/distilbart-cnn-12-6"
MODEL_ENV = "SUMMARIZE_ABSTRACTIVE_MODEL"
MAX_LEVELS = 8


@dataclass(frozen=True)
class Preset:
    """Named generation settings (passed to ``generate``); override per call with ``with_``."""

    num_beams: int = 4
    length_penalty: float = 2.0
    min_new_tokens: int = 30
    max_new_tokens: int = 142
    no_repeat_ngram_size: int = 3
    early_stopping: bool = True
    num_return_sequences: int = 1
    do_sample: bool = False
    top_p: float = 1.0
    seed: int = 0

    def with_(self, **changes) -> Preset:
        """A copy with some settings changed."""
        return replace(self, **changes)

    def generate_kwargs(self, max_input: int) -> dict:
        """Keyword arguments for ``model.generate``.

        New tokens are capped at a quarter of the model's input, so that each map-reduce
        level shrinks the text at least fourfold (no effect for 1,024-token models).
        """
        kw = asdict(self)
        kw.pop("seed")
        cap = max(4, max_input // 4)
        kw["max_new_tokens"] = min(kw["max_new_tokens"], cap)
        kw["min_new_tokens"] = min(kw["min_new_tokens"], kw["max_new_tokens"] // 2)
        kw["num_beams"] = max(kw["num_beams"], kw["num_return_sequences"])
        if not kw["do_sample"]:
            kw.pop("top_p")
        if kw["num_beams"] == 1:  # beam-only settings
            kw.pop("early_stopping")
            kw.pop("length_penalty")
        return kw


PRESETS = {
    # CNN/DailyMail-like briefs (the settings bart-large-cnn ships with).
    "brief": Preset(num_beams=4, length_penalty=2.0, min_new_tokens=30, max_new_tokens=142,
                    no_repeat_ngram_size=3),
    # Short XSum-like lines; several beams returned as distinct candidates.
    "headline": Preset(num_beams=8, length_penalty=0.6, min_new_tokens=4, max_new_tokens=24,
                       no_repeat_ngram_size=2, num_return_sequences=6),
    # Extra headline candidates by seeded sampling when beams are too alike.
    "headline_sample": Preset(num_beams=1, length_penalty=1.0, min_new_tokens=4,
                              max_new_tokens=24, no_repeat_ngram_size=2, num_return_sequences=4,
                              do_sample=True, top_p=0.9, seed=0),
}


def resolve_model(model: str | None = None) -> str:
    """The model to use: the argument, else $SUMMARIZE_ABSTRACTIVE_MODEL, else the default."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def local_status(model: str | None = None) -> tuple[bool, str]:
    """(available, reason): whether the model's weights are on this machine, without loading."""
    name = resolve_model(model)
    path = Path(name).expanduser()
    if path.exists():
        ok = (path / "config.json").exists()
        return ok, f"local model at {path}" if ok else f"{path} has no config.json"
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover
        return False, "huggingface_hub is not installed"
    hit = try_to_load_from_cache(name, "config.json")
    if isinstance(hit, str):
        return True, f"{name} (local cache)"
    return False, (f"no local weights for {name}: download it once (huggingface-cli download "
                   f"{name}) or set {MODEL_ENV} to a local folder")


class Seq2Seq:
    """A seq2seq checkpoint: tokenizer counts, batched generation, device and dtype."""

    def __init__(self, model: str | None = None, device: str = "auto", dtype: str = "auto",
                 allow_download: bool = False):
        self.name = resolve_model(model)
        self.device = device
        self.dtype_name = dtype
        self.allow_download = allow_download
        self.tokenizer = None
        self.model = None
        self.prefix = ""  # "summarize: " for T5-style checkpoints

    def load(self) -> Seq2Seq:
        """Load tokenizer and model (raises ModelUnavailableError with how to get it)."""
        if self.model is not None:
            return self
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        if not self.allow_download:
            set_offline()
        hf_logging.disable_progress_bar()
        kw = dict(local_files_only=not self.allow_download, trust_remote_code=False)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(self.name, **kw)
            model = AutoModelForSeq2SeqLM.from_pretrained(self.name, **kw)
        except (OSError, ValueError) as e:
            raise ModelUnavailableError(self.name, type(e).__name__) from e
        self.device = pick_device(self.device)
        self.dtype = self._pick_dtype(torch)
        self.model = model.to(self.device, dtype=self.dtype).eval()
        t5_like = getattr(model.config, "model_type", "") in ("t5", "mt5", "umt5", "longt5")
        self.prefix = "summarize: " if t5_like else ""
        return self

    def _pick_dtype(self, torch):
        if self.dtype_name == "fp32":
            return torch.float32
        if self.dtype_name == "bf16":
            return torch.bfloat16
        if self.device.startswith("cuda") and torch.cuda.is_bf16_supported():
            return torch.bfloat16
        if self.device == "cpu" and cpu_has_bf16():
            return torch.bfloat16
        return torch.float32

    @property
    def max_input(self) -> int:
        """Input tokens the model accepts (its tokenizer's limit or its position table)."""
        limit = getattr(self.tokenizer, "model_max_length", None) or 0
        if not limit or limit > 100_000:
            cfg = self.model.config
            limit = getattr(cfg, "max_position_embeddings", None) or getattr(cfg, "n_positions", 512)
        return int(limit)

    @property
    def budget(self) -> int:
        """Tokens left for text once the prefix and special tokens are counted."""
        return self.max_input - (self.count([self.prefix])[0] if self.prefix else 2)

    def count(self, texts: list[str]) -> list[int]:
        """Real token counts (special tokens included)."""
        if not texts:
            return []
        enc = self.tokenizer(texts, add_special_tokens=True, truncation=False)
        return [len(ids) for ids in enc["input_ids"]]

    def generate(self, texts: list[str], preset: Preset, batch_size: int = 4) -> list[list[str]]:
        """Outputs per input (``num_return_sequences`` each), length-sorted padded batches."""
        import torch

        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: list[list[str]] = [[] for _ in texts]
        kw = preset.generate_kwargs(self.max_input)
        k = preset.num_return_sequences
        if preset.do_sample:
            torch.manual_seed(preset.seed)
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            batch = self.tokenizer([self.prefix + texts[i] for i in idx], return_tensors="pt",
                                   padding=True, truncation=False).to(self.device)
            if batch["input_ids"].shape[1] > self.max_input:
                raise ValueError("an input longer than the model's limit reached generate")
            with torch.inference_mode():
                ids = self.model.generate(**batch, **kw)
            decoded = self.tokenizer.batch_decode(ids, skip_special_tokens=True)
            for j, i in enumerate(idx):
                out[i] = [d.strip() for d in decoded[j * k:(j + 1) * k]]
        return out


def chunk(sentences: list[str], counts: list[int], budget: int,
          split_long=None) -> tuple[list[list[str]], int]:
    """Pack sentences, in order, into chunks of at most ``budget`` text tokens.

    counts: text tokens of each sentence (special tokens not included).  Sentences are
    never split, except one longer than the budget, which goes to
    ``split_long(sentence) -> [(piece, tokens)]``.  Returns (chunks, sentences split).
    """
    chunks: list[list[str]] = []
    cur: list[str] = []
    used = 0
    split = 0
    budget = max(1, budget)
    for s, n in zip(sentences, counts):
        pieces = [(s, n)]
        if n > budget:
            if split_long is None:
                raise ValueError(f"a sentence of {n} tokens exceeds the budget of {budget}")
            pieces = split_long(s)
            split += 1
        for piece, m in pieces:
            if cur and used + m > budget:
                chunks.append(cur)
                cur, used = [], 0
            cur.append(piece)
            used += m
    if cur:
        chunks.append(cur)
    return chunks, split


class AbstractiveEngine:
    """Briefs and headlines written by a seq2seq model, over the shared document model."""

    name = "abstractive"

    def __init__(self, model: str | None = None, headline_model: str | None = None,
                 device: str = "auto", dtype: str = "auto", allow_download: bool = False,
                 encoder: Encoder | None = None, batch_size: int = 4,
                 presets: dict[str, Preset] | None = None, **_ignored):
        self.brief_model = Seq2Seq(model, device, dtype, allow_download)
        self.headline_model = (Seq2Seq(headline_model, device, dtype, allow_download)
                               if headline_model else self.brief_model)
        self.encoder = encoder or get_encoder()
        self.batch_size = batch_size
        self.presets = {**PRESETS, **(presets or {})}
        self._fallback = None

    def _extractive(self):
        """The extractive engine on the same encoder (for what the model could not write)."""
        if self._fallback is None:
            from .extractive import ExtractiveEngine

            self._fallback = ExtractiveEngine(encoder=self.encoder)
        return self._fallback

    def load(self) -> AbstractiveEngine:
        """Load the models now (raises ModelUnavailableError when weights are missing)."""
        self.brief_model.load()
        self.headline_model.load()
        return self

    # -- preprocess -----------------------------------------------------------------------
    def _split_long(self, sentence: str) -> list[tuple[str, int]]:
        """Cut one over-long sentence between words into pieces that fit (reported in stats)."""
        m = self.brief_model
        budget = max(1, m.budget)
        pieces, cur = [], []
        for w in sentence.split():
            if cur and self._tokens(" ".join(cur + [w])) > budget:
                pieces.append(" ".join(cur))
                cur = [w]
            else:
                cur.append(w)
        if cur:
            pieces.append(" ".join(cur))
        return list(zip(pieces, self._tokens_many(pieces)))

    def _tokens(self, text: str) -> int:
        """Text tokens of ``text`` without special tokens."""
        return self._tokens_many([text])[0]

    def _tokens_many(self, texts: list[str]) -> list[int]:
        """Text tokens of each text, without special tokens (one tokenizer call)."""
        if not texts:
            return []
        # verbose=False: long texts are counted on purpose, no "sequence too long" warning
        ids = self.brief_model.tokenizer(texts, add_special_tokens=False, verbose=False)
        return [len(x) for x in ids["input_ids"]]

    def reduce(self, sentences: list[str], preset: Preset) -> tuple[str, dict]:
        """Map-reduce: summarise chunks, join, repeat until the text fits; (summary, info)."""
        m = self.brief_model
        info = {"chunks": 0, "levels": 0, "split_sentences": 0}
        level_input = sentences
        for level in range(MAX_LEVELS):
            counts = self._tokens_many(level_input)
            chunks, split = chunk(level_input, counts, m.budget, self._split_long)
            if level == 0:
                info["chunks"] = len(chunks)
                info["split_sentences"] = split
            info["levels"] = level + 1
            outputs = m.generate([" ".join(c) for c in chunks], preset, self.batch_size)
            joined = " ".join(o[0] for o in outputs)
            if len(chunks) == 1:
                return joined, info
            level_input = split_sentences(joined) or [joined]
        raise RuntimeError(f"map-reduce did not fit the model's input in {MAX_LEVELS} levels")

    # -- engine interface -------------------------------------------------------------------
    def summarize(self, docs: list[Document], options: Options) -> list[Brief]:
        """One Brief per document."""
        self.load()
        if not docs:
            return []
        embs = embed_documents(self.encoder, docs)
        mark_duplicates(docs, embs)
        return [self._one(doc, options) for doc in docs]

    def _one(self, doc: Document, options: Options) -> Brief:
        timer = Timer()
        t = time.perf_counter()
        m = self.brief_model
        unique = [s.text for s in doc.unique]
        before = sum(self._tokens_many([s.text for s in doc.sentences]))
        after = sum(self._tokens_many(unique))
        preset = self.presets["brief"]
        summary, info = self.reduce(unique, preset)
        t = timer.lap("generate", t)
        source = doc.raw
        refs, rejected = [], []
        for k, sent in enumerate(split_sentences(summary)):
            missing = faithfulness.unsupported(sent, source)
            if missing:
                rejected.append(Headline(sent, 0.0, None, neutral.neutrality(sent),
                                         rejected="brief sentence adds " + ", ".join(missing)))
                continue
            text, _ = neutral.rewrite(sent, min_weight=0.85)
            refs.append(SentenceRef(text, -1, -1, k, 0.0))
        notices: list[str] = []
        fallback: list[Brief] = []  # the extractive brief, made at most once

        def extractive() -> Brief:
            if not fallback:
                fallback.append(self._extractive().summarize([doc], options)[0])
            return fallback[0]

        if not refs:
            notices.append("Every sentence the model wrote failed the faithfulness check; the "
                           "brief below is extractive.")
            refs = extractive().sentences
        heads, head_rejected, head_notices = self._headlines(doc, summary, options, extractive)
        notices += head_notices
        timer.lap("headlines", t)
        extra = {"model": m.name, "headline_model": self.headline_model.name,
                 "chunks": info["chunks"], "levels": info["levels"],
                 "split_sentences": info["split_sentences"],
                 "input_tokens_before_dedup": before, "input_tokens_after_dedup": after,
                 "device": m.device, "dtype": str(m.dtype).replace("torch.", "")}
        if info["split_sentences"]:
            notices.append(f"{info['split_sentences']} sentence(s) longer than the model's input "
                           "were split between words before summarising.")
        return build_brief(doc, refs, heads, rejected + head_rejected, self.name, timer.times,
                           notices, extra=extra)

    def _headlines(self, doc: Document, summary: str, options: Options, extractive):
        """Generated headline candidates that pass the guard and the constraints
        (topped up from ``extractive()``'s headlines when too few pass)."""
        hm = self.headline_model
        source_text = summary if hm.count([summary])[0] <= hm.max_input else doc.unique[0].text
        outs = hm.generate([source_text], self.presets["headline"], 1)[0]
        outs += hm.generate([source_text], self.presets["headline_sample"], 1)[0]
        c = hl.Constraints(max_words=options.max_headline_words)
        title = hl.Title.of(doc.title)
        kept, rejected = [], []
        for rank, raw in enumerate(dict.fromkeys(o for o in outs if o)):
            text = hl.clean_edges(neutral.rewrite(raw)[0])
            flags = neutral.detect(text, sentence_level=False)
            h = Headline(text, round(1.0 / (1 + rank), 4), None, neutral.neutrality(text), flags)
            missing = faithfulness.unsupported(text, doc.raw)
            if missing:
                h.rejected = "adds " + ", ".join(missing) + " (not in the source)"
            else:
                h.rejected = hl.reject_reason(text, c, title, flags)
            if not h.rejected and any(hl.too_close(text, k.text) for k in kept):
                h.rejected = "too close to a better candidate"
            (rejected if h.rejected else kept).append(h)
        kept.sort(key=lambda h: (bool(h.flags), -h.score))
        notices = []
        if len(kept) < options.num_headlines:
            notices.append(f"The model gave {len(kept)} usable headline(s); the rest come from "
                           "the extractive method.")
            extra = extractive().headlines
            kept += [h for h in extra if not any(hl.too_close(h.text, k.text) for k in kept)]
        return kept[:options.num_headlines], rejected, notices
