"""Repetition: exact, near-exact and paraphrased retellings are grouped; new facts are not."""

import numpy as np

from summarize import duplicates, parse
from summarize.encoder import get_encoder


def _mark(text):
    doc = parse(text)
    emb = get_encoder().encode([s.text for s in doc.sentences])
    return duplicates.mark(doc, emb)


def test_exact_and_near_exact_repeats():
    doc = _mark("The council voted 5-2 on Monday to close the library. Residents were upset. "
                "The council voted 5-2 on Monday to close the library. "
                "The council voted 5-2 on Monday to close the old library.")
    assert doc.duplicate_of == [None, None, 0, 0]
    assert doc.redundancy == 0.5


def test_paraphrase_with_the_same_figures_is_a_repeat():
    doc = _mark("Mayor Elena Marsh said the closure would save the city about $420,000 a year. "
                "Staff will move to the central branch. "
                "The mayor told reporters the move would save about $420,000 every year.")
    assert doc.duplicate_of[2] == 0


def test_different_numbers_are_not_repeats():
    doc = _mark("Police arrested five men in Leeds on Friday. Officers searched three houses. "
                "Police arrested six men in Leeds on Friday.")
    assert doc.duplicate_of == [None, None, None]


def test_a_retelling_that_adds_a_fact_is_not_a_repeat():
    doc = _mark("The library will close on March 31. Nothing else was said about it at all. "
                "The library will close. The library will close on March 31 after a 5-2 vote.")
    assert doc.duplicate_of == [None, None, 0, None]


def test_facts():
    assert duplicates.facts("Mayor Elena Marsh said $420,000 on Monday.") >= {
        "elena", "marsh", "420000", "monday"}
    assert "the" not in duplicates.facts("The cat sat.")


def test_repeated_sections_are_reported(padded_article):
    # the recap goes where a writer puts one, before the page's notes, prompts and comment
    # form (what follows "Leave a Reply" is the comments)
    recap = ("## Recap\n\nThe council voted 5-2 to approve the mayor's plan on Monday. Marsh said "
             "the closure would save the city about $420,000 a year.\n\n")
    doc = parse(padded_article.replace("This article has been", recap + "This article has been"))
    emb = get_encoder().encode([s.text for s in doc.sentences])
    duplicates.mark(doc, emb)
    assert "Recap" in doc.repeated_sections
    assert isinstance(np.float64(doc.redundancy), np.floating)
