"""Property tests: on any text the library returns a brief or an InputError, never junk."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize import InputError, parse
from summarize.sentences import split_spans
from summarize.text import clean

JUNK_LINES = ["Leave a Reply", "Subscribe to our newsletter!", "Advertisement",
              "Share this: Facebook Twitter", "YOU MAY ALSO LIKE: Ten other stories",
              "Your email address will not be published."]
WORDS = ["council", "voted", "library", "Monday", "mayor", "closure", "residents", "the", "a",
         "said", "on", "5-2", "$420,000", "Port", "Calder", "and", "was", "of", "to", "in"]

sentence = st.lists(st.sampled_from(WORDS), min_size=4, max_size=18).map(
    lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
article = st.lists(st.one_of(paragraph, paragraph, st.sampled_from(JUNK_LINES)),
                   min_size=1, max_size=8).map("\n\n".join)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.printable + "\u201c\u201d\u2019\u00a0\u200b<>&#;", max_size=400))
def test_cleaning_and_splitting_never_crash(text):
    ct = clean(text)
    assert len(ct.origin) == len(ct.text) + 1
    for s, e in split_spans(ct.text):
        assert 0 <= s < e <= len(ct.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_returns_a_document_or_an_input_error(text):
    try:
        doc = parse(text)
    except InputError as e:
        assert str(e)
        return
    for s in doc.sentences:
        assert s.text.strip() and 0 <= s.start < s.end <= len(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article)
def test_briefs_never_contain_junk(summarizer, text):
    try:
        b = summarizer.summarize(text)
    except InputError:
        return
    for junk in JUNK_LINES:
        assert junk not in b.summary
        assert all(junk not in h.text for h in b.headlines)
    assert len(b.sentences) <= 5
    for h in b.headlines:
        assert len(h.text.split()) <= 14
