"""Deletions of whole phrases by part-of-speech tags (hand-written, hand-tagged sentences)."""

import numpy as np

from summarize import compressor as cmp
from summarize import headline_units as hu


def _split(tagged: str):
    """Words and tags of "The/DT juror/NN ..."."""
    pairs = [p.rsplit("/", 1) for p in tagged.split()]
    return [w for w, _ in pairs], [t for _, t in pairs]


JUROR = _split("The/DT juror/NN who/WP saved/VBD the/DT man/NN is/VBZ speaking/VBG to/TO "
               "reporters/NNS in/IN court/NN ./.")


def _text(words, spans):
    return [" ".join(words[a:b]) for a, b in spans]


def _units(tagged: str) -> list[str]:
    """The droppable phrases of a hand-tagged sentence, as text."""
    words, tags = _split(tagged)
    return _text(words, hu.units(words, tags))


def test_a_relative_clause_of_the_subject_ends_before_the_main_verb():
    words, tags = JUROR
    clauses = []
    assert _text(words, hu.units(words, tags, clauses)) == ["who saved the man", "in court"]
    assert _text(words, clauses) == ["who saved the man"]


def test_an_opening_clause_goes_whole_and_nothing_inside_it_goes_alone():
    assert _units("While/IN the/DT council/NN met/VBD in/IN private/JJ session/NN ,/, "
                  "the/DT mayor/NN left/VBD the/DT hall/NN for/IN Paris/NNP ./.") == \
        ["While the council met in private session ,",
         "for Paris"]
    assert _units("Posted/VBN on/IN social/JJ media/NN ,/, the/DT clip/NN is/VBZ "
                  "not/RB smooth/JJ ./.") == ["Posted on social media ,"]


def test_a_quotation_is_never_cut():
    words, tags = _split('He/PRP said/VBD "/`` we/PRP met/VBD in/IN Paris/NNP "/\'\' '
                         'on/IN Monday/NNP ./.')
    assert _text(words, hu.units(words, tags)) == ["on Monday"]


def test_a_place_keeps_its_state_and_a_preposition_before_a_clause_is_no_phrase():
    assert _units("A/DT cat/NN was/VBD found/VBN on/IN a/DT farm/NN in/IN Portland/NNP ,/, "
                  "Oregon/NNP ,/, after/IN its/PRP$ owner/NN moved/VBD ./.") == \
        ["in Portland , Oregon ,",
         ", after its owner moved"]


def test_the_most_likely_combinations_that_fit_come_first():
    words, tags = JUROR
    probs = np.array([.9, .9, .1, .2, .2, .2, .9, .9, .9, .9, .3, .3, .9])
    got = [cmp.detokenize(words, k) for k in hu.unit_variants(words, tags, probs, max_words=10)]
    # dropping both phrases is the most likely; "in court" alone is less likely than the
    # relative clause alone; the whole sentence (12 words) is no variant
    assert got == ["The juror is speaking to reporters.", "The juror is speaking to reporters in court.",
                   "The juror who saved the man is speaking to reporters."]
    assert hu.unit_variants(words, tags, probs, max_words=5) == []


def test_a_negation_inside_a_dropped_relative_clause_is_not_the_sentences():
    words, tags = _split("The/DT juror/NN who/WP voted/VBD not/RB to/TO convict/VB is/VBZ "
                         "speaking/VBG out/RP ./.")
    drop_clause = [0, 1, 7, 8, 9, 10]
    clauses = hu.subject_clauses(words, tags)
    assert cmp.well_formed(words, drop_clause, clauses)
    assert not cmp.well_formed(words, drop_clause)  # (the compressor's own check refuses it)
    kept = np.isin(np.arange(len(words)), drop_clause).astype(int)
    assert hu.without_dropped_clauses(words, clauses, kept) == "The juror is speaking out."
    assert hu.without_dropped_clauses(words, clauses, np.ones(len(words), int)) is None


def test_what_is_coordinated_goes_with_its_phrase_and_a_complement_stays():
    assert _units("It/PRP includes/VBZ help/NN from/IN government/NN agencies/NNS and/CC "
                  "nonprofit/JJ groups/NNS ./.") == \
        ["from government agencies and nonprofit groups"]
    assert _units("He/PRP teaches/VBZ the/DT basics/NNS of/IN markets/NNS ,/, finance/NN ,/, "
                  "and/CC economics/NN in/IN class/NN ./.") == ["in class"]  # ("of" goes only after a phrase)
    assert _units("On/IN Monday/NNP ,/, police/NNS and/CC firefighters/NNS "
                  "arrived/VBD ./.") == []  # a list, or a new clause: not known
    assert _units("They/PRP 're/VBP in/IN the/DT right/JJ place/NN and/CC similar/JJ "
                  "to/TO Age/NNP of/IN Darkness/NNP ./.") == []
    assert _units("It/PRP depends/VBZ on/IN the/DT method/NN chosen/VBN for/IN anyone/NN "
                  "in/IN need/NN ./.") == []  # (after a verb, or restricting a pronoun)
    assert _units("Costs/NNS rose/VBD steps/NNS from/IN design/NN to/TO power/NN "
                  "by/IN the/DT team/NN of/IN They/PRP ./.") == ["from design to power"]


def test_a_clause_after_a_comma_goes_to_the_end_after_the_main_verb_but_a_gerund_subject_stays():
    assert _units("The/DT firm/NN raised/VBD prices/NNS ,/, saying/VBG costs/NNS rose/VBD ,/, "
                  "but/CC its/PRP$ shares/NNS fell/VBD ,/, analysts/NNS said/VBD ./.") == \
        [", saying costs rose , but its shares fell , analysts said",  # (each to the sentence's end)
         ", but its shares fell , analysts said"]
    assert _units("For/IN savers/NNS ,/, planning/VBG ahead/RB is/VBZ hard/JJ ,/, "
                  "building/VBG a/DT fund/NN is/VBZ easy/JJ ./.") == ["For savers"]
    assert _units("In/IN Ohio/NNP \u2014/: long/RB a/DT leader/NN in/IN steel/NN \u2014/: "
                  "mills/NNS closed/VBD ./.") == ["In Ohio", "\u2014 long a leader in steel \u2014"]


def test_a_phrase_whose_noun_something_else_hangs_on_stays():
    assert _units("Thoughts/NNS from/IN a/DT traveler/NN who/WP never/RB flew/VBD ./.") == \
        ["who never flew"]
    assert _units("Firms/NNS gain/VBP flexibility/NN with/IN functions/NNS such/JJ as/IN "
                  "remote/JJ work/NN ./.") == []
    # a relative clause of a noun in an opening phrase, or one with a comma, is not the subject's
    assert _units("For/IN someone/NN who/WP writes/VBZ ,/, my/PRP$ gym/NN is/VBZ bad/JJ ./.") == \
        ["who writes , my gym is bad"]
    words, tags = _split("A/DT parent/NN who/WP won/VBD can/MD attest/VB that/IN the/DT pain/NN "
                         "is/VBZ worth/JJ it/PRP ./.")
    clauses = []
    assert _text(words, hu.units(words, tags, clauses)) == ["who won"] == _text(words, clauses)


def test_a_range_or_a_coordinated_phrase_goes_whole_and_an_aside_always_goes():
    assert _units("It/PRP takes/VBZ steps/NNS from/IN design/NN to/TO generating/VBG "
                  "power/NN ./.") == []
    assert _units("Kids/NNS learned/VBD alone/RB or/CC in/IN small/JJ groups/NNS ./.") == []
    words, tags = _split("Pliers/NNS \u2014/: often/RB called/VBN cutters/NNS \u2014/: are/VBP a/DT "
                         "staple/NN on/IN any/DT belt/NN ./.")
    got = [cmp.detokenize(words, k) for k in hu.unit_variants(words, tags, np.full(len(words), 0.5), 14)]
    assert got == ["Pliers are a staple on any belt.", "Pliers are a staple."]


def test_an_adverb_that_opens_the_sentence_goes_with_its_phrase():
    # davidbau.com: "Back in 2009 I posted ..." lost "in 2009" alone: "Back I post ..."
    assert _units("Back/RB in/IN 2009/CD the/DT council/NN closed/VBD the/DT library/NN ./.") == \
        ["Back in 2009"]
    # (inside the sentence the phrase goes alone: "The council closed it back in 2009")
    assert _units("The/DT council/NN came/VBD back/RB in/IN 2009/CD ./.") == ["in 2009"]
