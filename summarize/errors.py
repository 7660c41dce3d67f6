"""Errors a user can act on.  Everything the library raises on purpose is an InputError."""

from __future__ import annotations


class InputError(ValueError):
    """The input cannot be summarised; ``str(err)`` is a message for the user."""

    #: A short machine-readable kind: empty, too_long, binary, language, boilerplate, too_short,
    #: fetch (an address that could not or may not be fetched).
    kind: str = "input"

    def __init__(self, message: str, kind: str | None = None, removed: list | None = None):
        super().__init__(message)
        if kind:
            self.kind = kind
        #: What the cleaner removed before giving up (for "only boilerplate" input).
        self.removed = removed or []


class ModelUnavailableError(RuntimeError):
    """A model's weights are not on this machine (and downloads are off)."""

    def __init__(self, model: str, detail: str = ""):
        self.model = model
        msg = (f"The model '{model}' is not available on this machine. Downloads are off: "
               f"fetch it once with `huggingface-cli download {model}` (or `hf download {model}`) "
               f"on a machine with internet access, or pass the path of a local copy.")
        if detail:
            msg += f" ({detail})"
        super().__init__(msg)
