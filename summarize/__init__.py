"""summarize: a short neutral brief and headline candidates from a long, messy news article.

    >>> from summarize import summarize                       # doctest: +SKIP
    >>> brief = summarize(article_text)                        # doctest: +SKIP
    >>> brief.summary, [h.text for h in brief.headlines]       # doctest: +SKIP

Everything runs offline on the embedded all-MiniLM-L6-v2 encoder; models load lazily.
"""

from .document import Document, parse
from .errors import InputError, ModelUnavailableError
from .options import Options
from .results import (
    Brief,
    Duplicate,
    Edit,
    Flag,
    Headline,
    Removed,
    SentenceRef,
    Source,
    Stats,
)
from .summarizer import Summarizer, headline_candidates, summarize

__version__ = "0.1.0"

__all__ = [
    "Brief", "Document", "Duplicate", "Edit", "Flag", "Headline", "InputError", "ModelUnavailableError",
    "Options", "Removed", "SentenceRef", "Source", "Stats", "Summarizer", "headline_candidates",
    "parse",
    "summarize",
]
