"""Engines behind one small interface, and the registry that names them.

An engine turns parsed ``Document``s into ``Brief``s::

    class Engine(Protocol):
        name: str
        def summarize(self, docs: list[Document], options: Options) -> list[Brief]: ...

Built-in engines: ``extractive`` (the default, embedded encoder) and ``abstractive`` (any
seq2seq checkpoint).  Plugins register more with ``register(name, factory)`` or through
the ``summarize.engines`` entry-point group; a factory takes keyword options
(e.g. ``model=...``) and returns an engine.  Engines are created lazily and cached.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Callable, Protocol

from ..document import Document
from ..options import Options
from ..results import Brief


class Engine(Protocol):
    """Turns documents into briefs."""

    name: str

    def summarize(self, docs: list[Document], options: Options) -> list[Brief]:
        """One Brief per document, in order."""
        ...


Factory = Callable[..., Engine]
_REGISTRY: dict[str, Factory] = {}


def register(name: str, factory: Factory) -> None:
    """Make an engine available under ``name``."""
    _REGISTRY[name] = factory


def _builtin(name: str) -> Factory | None:
    if name == "extractive":
        from .extractive import ExtractiveEngine
        return ExtractiveEngine
    if name == "abstractive":
        from .abstractive import AbstractiveEngine
        return AbstractiveEngine
    return None


def abstractive_model() -> str:
    """The abstractive engine's model id or path ($SUMMARIZE_ABSTRACTIVE_MODEL or default)."""
    from .abstractive import resolve_model

    return resolve_model()


def abstractive_status() -> tuple[bool, str]:
    """Whether the abstractive model's weights are on this machine, and why (not)."""
    from .abstractive import local_status

    return local_status()


def available() -> list[str]:
    """Names of the engines that can be created."""
    names = {"extractive", "abstractive", *_REGISTRY}
    names.update(ep.name for ep in entry_points(group="summarize.engines"))
    return sorted(names)


def create(name: str, **kwargs) -> Engine:
    """A new engine instance by name (raises ValueError for an unknown name)."""
    factory = _REGISTRY.get(name) or _builtin(name)
    if factory is None:
        for ep in entry_points(group="summarize.engines"):
            if ep.name == name:
                factory = ep.load()
                break
    if factory is None:
        raise ValueError(f"unknown engine {name!r}; available: {', '.join(available())}")
    return factory(**kwargs)
