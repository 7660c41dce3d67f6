"""The public entry points: ``Summarizer`` (an explicit instance) and ``summarize()``.

A Summarizer parses text into Documents (``document.parse``), hands them to its engine
in batches, and returns Briefs.  The engine (and its model) is created on first use and
reused; ``summarize()`` uses one process-wide default instance.
"""

from __future__ import annotations

import threading
import time
from typing import Iterable, Iterator

from . import engines
from .document import Document, parse
from .errors import InputError, ModelUnavailableError
from .options import Options
from .results import Brief, Headline


class Summarizer:
    """Briefs and headlines for articles, with one engine and one set of options."""

    def __init__(self, engine: str = "extractive", model: str | None = None,
                 fallback: bool = True, batch_size: int = 32, precision: str = "auto",
                 **options):
        self.engine_name = engine
        self.model = model
        # the encoder's number format: "auto" (bf16 where the CPU runs it natively), "fp32"
        # (the same numbers on every machine and in every batch), "bf16"
        self.precision = precision
        self.fallback = fallback
        self.batch_size = batch_size
        self.options = Options().with_(**options)
        self._engine = None
        self._notice: str | None = None
        self._lock = threading.Lock()

    # -- engine --------------------------------------------------------------------------
    @property
    def engine(self):
        """The engine instance (created on first use; may fall back to extractive)."""
        with self._lock:
            if self._engine is None:
                self._engine = self._create()
        return self._engine

    def _create(self):
        try:
            extra = {} if self.precision == "auto" else {"precision": self.precision}
            engine = engines.create(self.engine_name, model=self.model, **extra)
            if hasattr(engine, "load"):
                engine.load()
            return engine
        except ModelUnavailableError as e:
            if not self.fallback or self.engine_name == "extractive":
                raise
            self._notice = f"{e} Using the embedded extractive engine instead."
            return engines.create("extractive")

    @property
    def notice(self) -> str | None:
        """Why the engine in use differs from the one asked for (None if it does not)."""
        return self._notice

    # -- summarising ---------------------------------------------------------------------
    def parse(self, text: str | bytes, title: str | None = None) -> Document:
        """The Document model of ``text`` (raises InputError for unusable input)."""
        return parse(text, title=title, max_chars=self.options.max_chars)

    def summarize(self, text: str | bytes, title: str | None = None, **options) -> Brief:
        """A Brief of one article; keyword options override this instance's for this call."""
        return self._run([(text, title)], self.options.with_(**options), errors="raise")[0]

    def headlines(self, text: str | bytes, title: str | None = None,
                  **options) -> list[Headline]:
        """Headline candidates (best first) for an article, a paragraph or one sentence."""
        return self.summarize(text, title=title, **options).headlines

    def summarize_url(self, url: str, allow_private: bool = False, **options) -> Brief:
        """A Brief of the article at a web address (fetched with ``fetch.fetch``).

        Loopback, private and link-local addresses are refused unless ``allow_private``.
        """
        from .fetch import fetch

        page = fetch(url, allow_private=allow_private)
        opts = self.options.with_(**options)
        doc = parse(page.html, max_chars=opts.max_chars, url=page.url)
        doc.source = "url"
        return self._briefs([doc], [0.0], opts)[0]

    def summarize_many(self, texts: Iterable[str | bytes], errors: str = "raise",
                       **options) -> list[Brief | InputError]:
        """Briefs for many articles, batched (much faster than a loop).

        ``errors="raise"`` stops at the first unusable text; ``errors="return"`` puts the
        InputError in that text's place and goes on.
        """
        return list(self.iter_many(texts, errors=errors, **options))

    def iter_many(self, texts: Iterable[str | bytes], errors: str = "raise",
                  **options) -> Iterator[Brief | InputError]:
        """Like ``summarize_many`` but yields results as each batch finishes."""
        opts = self.options.with_(**options)
        batch: list[tuple[str | bytes, str | None]] = []
        for text in texts:
            batch.append((text, None))
            if len(batch) >= self.batch_size:
                yield from self._run(batch, opts, errors)
                batch = []
        if batch:
            yield from self._run(batch, opts, errors)

    def _run(self, items, opts: Options, errors: str) -> list[Brief | InputError]:
        out: list[Brief | InputError | None] = [None] * len(items)
        docs, where, parse_ms = [], [], []
        for k, (text, title) in enumerate(items):
            t = time.perf_counter()
            try:
                doc = parse(text, title=title, max_chars=opts.max_chars)
            except InputError as e:
                if errors == "raise":
                    raise
                out[k] = e
                continue
            parse_ms.append(round((time.perf_counter() - t) * 1000, 2))
            docs.append(doc)
            where.append(k)
        for k, brief in zip(where, self._briefs(docs, parse_ms, opts)):
            out[k] = brief
        return out  # type: ignore[return-value]

    def _briefs(self, docs: list[Document], parse_ms: list[float], opts: Options) -> list[Brief]:
        out = []
        for brief, ms in zip(self.engine.summarize(docs, opts), parse_ms):
            brief.stats.timings = {"parse": ms, **brief.stats.timings}
            brief.stats.timings["total"] = round(sum(brief.stats.timings.values()), 2)
            if self._notice:
                brief.notices.insert(0, self._notice)
            out.append(brief)
        return out


_DEFAULT: Summarizer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_summarizer() -> Summarizer:
    """The process-wide Summarizer used by ``summarize()`` (created once)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Summarizer()
    return _DEFAULT


def summarize(text: str | bytes, title: str | None = None, **options) -> Brief:
    """A neutral brief and headline candidates for one article, with the default engine."""
    return default_summarizer().summarize(text, title=title, **options)


def headline_candidates(text: str | bytes, title: str | None = None,
                        **options) -> list[Headline]:
    """Headline candidates (best first) for an article, a paragraph or a single sentence.

    (Named so, not ``headlines``, because ``summarize.headlines`` is the module that makes them.)
    """
    return default_summarizer().headlines(text, title=title, **options)
