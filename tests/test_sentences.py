"""Sentence splitting on news text: abbreviations, initials, quotes, decimals."""

import pytest

from summarize.sentences import split, split_spans

CASES = [
    ("Sen. Jane Smith of the U.S. Senate voted no. She left at 9 a.m. on Tuesday.",
     ["Sen. Jane Smith of the U.S. Senate voted no.", "She left at 9 a.m. on Tuesday."]),
    ("He moved to the U.S. The next day he was arrested.",
     ["He moved to the U.S.", "The next day he was arrested."]),
    ("Prices rose 3.5% in 2014. Then they fell.", ["Prices rose 3.5% in 2014.", "Then they fell."]),
    ('"We are happy," he said. "Why?" she asked. Then she left.',
     ['"We are happy," he said.', '"Why?" she asked.', "Then she left."]),
    ('He said: "Go home." Then he left!', ['He said: "Go home."', "Then he left!"]),
    ("J. K. Rowling wrote it. Dr. No is a film.", ["J. K. Rowling wrote it.", "Dr. No is a film."]),
    ("It was signed by Gov. Sam Brownback. Apple Inc. said so.",
     ["It was signed by Gov. Sam Brownback.", "Apple Inc. said so."]),
    ("The case (No. 4) was heard on Jan. 5. It ended.",
     ["The case (No. 4) was heard on Jan. 5.", "It ended."]),
    ("Blues legend B.B. King was ill. He is better.",
     ["Blues legend B.B. King was ill.", "He is better."]),
    ("Wait... What happened?", ["Wait...", "What happened?"]),
    ("e.g. this stays together. Next one.", ["e.g. this stays together.", "Next one."]),
    ("\u201cIt is over,\u201d Mr. Lee said. \u2018Fine.\u2019 Done.",
     ["\u201cIt is over,\u201d Mr. Lee said.", "\u2018Fine.\u2019", "Done."]),
    # a short quotation of several sentences stays with its attribution, a slogan with its
    # sentence; an inch mark opens no quotation
    ('"We are happy. We will go on," she said. Then she left.',
     ['"We are happy. We will go on," she said.', "Then she left."]),
    ("The \u201cMeth. We\u2019re on it.\u201d campaign drew mockery. Noem defended it.",
     ["The \u201cMeth. We\u2019re on it.\u201d campaign drew mockery.", "Noem defended it."]),
    ('Buy the 34" monitor. It is cheap. The deal ends today.',
     ['Buy the 34" monitor.', "It is cheap.", "The deal ends today."]),
    ("2017 is not exactly Cold War Pt. II, but it is close. Shelters are gone.",
     ["2017 is not exactly Cold War Pt. II, but it is close.", "Shelters are gone."]),
    # a deal's regular price (WCXB 0477: "for just $429.99 (reg." cut off its price)
    ("Get a library tote for just $9.99 (reg. $19.99) today. It sells out.",
     ["Get a library tote for just $9.99 (reg. $19.99) today.", "It sells out."]),
]


def test_a_long_quotation_is_split_into_its_sentences():
    quote = " ".join(f"Sentence number {k} of the speech is here." for k in range(12))
    assert len(split(f"He said: \u201c{quote}\u201d Then he left.")) == 13


@pytest.mark.parametrize("text,expected", CASES)
def test_news_sentences(text, expected):
    assert split(text) == expected


def test_spans_are_exact_and_trimmed():
    text = "  One here.   Two there!  "
    spans = split_spans(text)
    assert [text[s:e] for s, e in spans] == ["One here.", "Two there!"]


def test_long_article_splits_fully():
    para = "The mayor, Dr. Ann Lee, said the U.S. plan costs $4.5 million. Critics disagreed. "
    text = para * 300  # about 4,000 words
    assert len(split(text)) == 600


def test_a_name_in_capitals_with_a_dot_inside_is_one_sentence():
    assert split("As shown at the show, the ID. SPACE VIZZION is a wagon. It has four doors.") == [
        "As shown at the show, the ID. SPACE VIZZION is a wagon.", "It has four doors."]
    assert split("He joined the NBA. He was 19.") == ["He joined the NBA.", "He was 19."]
    assert split("It paid fines in the US. RBS lost money.") == [
        "It paid fines in the US.", "RBS lost money."]


def test_a_price_ends_a_sentence():
    assert split("12 issues for \u00a311.99. Click here for more information.") == [
        "12 issues for \u00a311.99.", "Click here for more information."]
    assert split("Shares closed at $45.50. Analysts were surprised.") == [
        "Shares closed at $45.50.", "Analysts were surprised."]
    assert split("The rate rose to 3.5 percent.") == ["The rate rose to 3.5 percent."]


def test_a_sentence_end_without_its_space_is_split():
    assert split("He worked as a chief physician.Police arrested a man.") == [
        "He worked as a chief physician.", "Police arrested a man."]
    # web addresses and file names stay whole
    assert split("See www.example.com.Then go home.") == ["See www.example.com.Then go home."]
    assert split("Open main.Py now.") == ["Open main.Py now."]
    # ... and before a word of two letters or one with its apostrophe (WCXB 4092: "... for saving
    # money.It's recommended that you pay down your high-interest debt first.")
    assert split("The ferry saves money.It's cheaper than the bridge.") == [
        "The ferry saves money.", "It's cheaper than the bridge."]
    assert split("The ferry left port.It was late.") == ["The ferry left port.", "It was late."]


def test_a_menu_cards_heading_glued_to_its_blurb_is_split():
    # WCXB 4682: "Guide to Computer Wargames: Tactical, Operational and StrategicThis guide will
    # be useful for you, ..." (the heading had been the brief's first words)
    assert split("Guide to Library Cards: Adult, Junior and StudentThis guide will help you choose one.") == [
        "Guide to Library Cards: Adult, Junior and Student", "This guide will help you choose one."]
    assert split("Reading RoomsDiscover quiet rooms in every branch.") == [
        "Reading Rooms", "Discover quiet rooms in every branch."]
    assert split("CareersLearn more about working at the library.") == [
        "Careers", "Learn more about working at the library."]
    # names that end with such a word stay whole
    assert split("The librarian posted it on LinkedIn and FutureLearn offers the course.") == [
        "The librarian posted it on LinkedIn and FutureLearn offers the course."]
    assert split("The OpenLearn platform hosts it.") == ["The OpenLearn platform hosts it."]


@pytest.mark.parametrize("text, mark", [
    ("\u201cThese rioters, they are also criminals.", "\u201d"),
    ('He said: "So far this is not good.', '"'),
    ("\u201cIt was the straw that broke the camel\u2019s back.\"", None),  # mixed marks close
    ("He said \u201cyes\u201d and left.", None),
    ('"He said \u201cyes\u201d today.', '"'),
    ("It\u2019s the mayor\u2019s plan.", None),
])
def test_unclosed_quote(text, mark):
    from summarize.sentences import unclosed_quote

    assert unclosed_quote(text) == mark


def test_a_reference_mark_after_the_full_stop_ends_the_sentence():
    assert split("Build the movement correctly.[14] You can't rush this.[15] Start light.") == [
        "Build the movement correctly.[14]", "You can't rush this.[15]", "Start light."]
