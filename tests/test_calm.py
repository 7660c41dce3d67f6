"""The brief's frame and closing-judgement cuts (``summarize.calm``), on hand-written sentences."""

import pytest

from summarize import calm


@pytest.mark.parametrize("text, expected", [
    # the frame gives way to the news; where it happened stays when the clause lacks it
    ("Residents of Oakridge are furious after the city council voted 5-2 on Tuesday to close "
     "the Elm Street pool, a decision that has sparked a firestorm of outrage across the town.",
     "In Oakridge, the city council voted 5-2 on Tuesday to close the Elm Street pool."),
    ("The city of Port Calder is reeling after Mayor Elena Marsh announced the closure.",
     "In Port Calder, Mayor Elena Marsh announced the closure."),
    ("Oakridge parents are furious after the school board voted to cut buses.",
     "In Oakridge, the school board voted to cut buses."),
    ("Parents are furious after the Oakridge school board voted to cut buses.",
     "The Oakridge school board voted to cut buses."),
    ("The council voted to close the pool, sparking outrage among parents.",
     "The council voted to close the pool."),
    ("The mayor closed the library, a shocking move that stunned readers.",
     "The mayor closed the library."),
    # a closing judgement that names who reacted holds a fact: only its loaded word goes
    ("The council approved the budget on Monday, prompting a fierce backlash from Labour "
     "councillors.",
     "The council approved the budget on Monday, prompting a backlash from Labour councillors."),
    ("The council approved the budget on Monday, prompting a fierce backlash from residents.",
     "The council approved the budget on Monday."),
])
def test_trimmed(text, expected):
    assert calm.neutral_sentence(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Sanders is furious after the party changed the rules.",     # who is furious is news
    "Parents were outraged after learning that the school would close.",  # no clause of its own
    "Fans were furious after the referee's decision.",            # no verb after "after"
    "The fighting was brutal as was the treatment of those arrested.",  # no subject after "as"
    "The council voted to close the pool, leaving 120 swimmers without a home.",  # a fact
    "The bill, which ministers claim will tackle crime, is expected to be opposed.",  # mid-sentence
    "Beck was jailed after a trial, prompting him to proclaim his innocence.",  # a verb of saying
    'He said the plan was "a shocking betrayal," sparking outrage.',  # the quotation's words
    "The council voted to close the pool, sparking outrage among 3,400 parents.",  # a number
])
def test_untouched(text):
    assert calm.trim(text) == (text, [])


def test_edits_point_into_the_sentence():
    text = ("Residents of Oakridge are furious after the council slammed the plan, "
            "a decision that sparked fury.")
    out, edits = calm.neutral_sentence(text)
    assert out == "In Oakridge, the council criticised the plan."
    assert [(e.original, e.new, e.reason) for e in edits] == [
        ("Residents of Oakridge are furious after", "In Oakridge,", calm.FRAME_REASON),
        ("slammed", "criticised", edits[1].reason),
        (", a decision that sparked fury", "", calm.TAIL_REASON)]
    for e in edits:
        assert text[e.start:e.start + len(e.original)] == e.original
    assert out[edits[1].at:].startswith("criticised")


def test_edits_point_into_the_sentence_after_a_frame_that_goes():
    text = "Parents are furious after the Oakridge board slammed the plan."
    out, edits = calm.neutral_sentence(text)
    assert out == "The Oakridge board criticised the plan."
    assert [(e.original, e.new) for e in edits] == [
        ("Parents are furious after", ""), ("slammed", "criticised")]
    for e in edits:
        assert text[e.start:e.start + len(e.original)] == e.original
    assert out[edits[1].at:].startswith("criticised")
