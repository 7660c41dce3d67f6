"""Several accounts of one story in one text (``summarize.accounts``)."""

import pytest

from summarize import InputError, accounts, parse
from summarize import headlines as hl

THREE = """Council votes to close Riverside library

The city council voted 5-2 on Monday to close the Riverside library. The building will be sold.

---

Council slams door on beloved Riverside library in shocking vote

In a shocking move, the council shut the Riverside library on Monday. Readers were furious.

---

Riverside library to close after council vote

The Riverside library will close after a council vote on Monday, officials said.
"""


def test_split_finds_the_parts_between_separator_lines():
    raw = "A title\n\nBody one.\n---\nB title\n\nBody two.\n  -----  \n"
    spans = accounts.split(raw)
    assert [raw[a:b].strip() for a, b in spans] == ["A title\n\nBody one.", "B title\n\nBody two."]
    assert accounts.split("No separator here.\n-- not one\n") == [(0, 30)]


def test_a_rule_under_a_column_name_is_a_table_not_a_separator():
    # psql's output in a how-to: "QUERY PLAN" over its rule, the plan under it
    raw = ("Run EXPLAIN on the query.\n\n         QUERY PLAN\n-------------------------\n"
           "Seq Scan on pgbench_history (cost=0.00..2346.00 rows=35360 width=50)\n\nThe scan reads every row.\n")
    assert accounts.split(raw) == [(0, len(raw))]
    assert accounts.split("First story ends here.\n---\nSecond story.\n") == [(0, 23), (26, 41)]


def test_three_accounts_make_one_document_with_three_titles():
    doc = parse(THREE)
    assert doc.titles == ["Council votes to close Riverside library",
                          "Council slams door on beloved Riverside library in shocking vote",
                          "Riverside library to close after council vote"]
    assert doc.title == doc.titles[0]
    assert [s.text for s in doc.sentences] == [
        "The city council voted 5-2 on Monday to close the Riverside library.",
        "The building will be sold.",
        "In a shocking move, the council shut the Riverside library on Monday.",
        "Readers were furious.",
        "The Riverside library will close after a council vote on Monday, officials said."]
    for s in doc.sentences:  # spans point into the whole text
        assert " ".join(THREE[s.start:s.end].split()) == s.text
    assert [s.index for s in doc.sentences] == [0, 1, 2, 3, 4]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1, 2]


def test_an_account_that_cannot_be_read_is_recorded_and_the_others_kept():
    doc = parse("Council votes to close library\n\nThe council voted on Monday to close it.\n"
                "---\n\n\u00a9 2024 Example News. All rights reserved.\n")
    assert doc.titles == ["Council votes to close library"]
    assert any(r.reason.startswith("account 2:") for r in doc.removed)
    with pytest.raises(InputError):
        parse("---\n\n\u00a9 2024 Example News. All rights reserved.\n---\nCookie settings\n")


def test_the_title_the_accounts_agree_on_in_calm_words_ranks_first():
    titles = parse(THREE).titles
    order = hl.title_order(titles)
    assert order[1] == min(order)  # the loaded, longest title ranks last
    assert hl.title_order(titles[:1]) == [1.0]
    heads, _ = hl.candidates([], THREE, titles, n=3)
    assert heads[0].text in (titles[0], titles[2])
    assert all("slam" not in h.text.lower() and "shocking" not in h.text.lower() for h in heads)


def test_agreement_is_the_share_of_a_sentence_the_other_accounts_report():
    doc = parse(THREE)
    assert [s.account for s in doc.sentences] == [0, 0, 1, 1, 2]
    agree = accounts.agreement(doc)
    # "Readers were furious." appears in no other account; the vote on Monday in all three
    assert agree[3] == 0.0
    # city council voted 5 2 monday close riverside library: council, monday, close, riverside, library
    assert agree[0] == pytest.approx(5 / 9)
    assert agree[4] == pytest.approx(5 / 7)  # all but "vote" and "officials"
    assert accounts.agreement(parse("Council votes\n\nThe council voted on Monday.")) is None


def test_stems_and_shipped_keep_rates():
    from summarize.duplicates import stems

    assert stems("Democrats say the Democratic plan") == ["democr", "democr", "plan"]
    rates = hl.keep_rates()
    assert rates["senate"] > 0.5 > 0.1 > rates["slams"]  # neutral editors keep names, drop "slams"


def test_a_headline_of_several_accounts_ranks_by_the_words_their_titles_share():
    from summarize.duplicates import stems

    titles = ["Senate passes budget after marathon night of fury",
              "Senate passes budget bill",
              "Budget deal clears Senate in late vote"]
    shared = hl.agreed_stems(titles)
    assert shared == set(stems("Senate passes budget"))
    assert hl.agreement("Senate passes budget", shared) == 1.0
    # senate, passes, budget of senate, passes, budget, night, fury (no stop words)
    assert hl.agreement("Senate passes budget after night of fury", shared) == pytest.approx(3 / 5)
    assert hl.agreed_stems(titles[:1]) is None
    feats = {"rank": 0, "cover": 0.0, "words": 6, "neutrality": 1.0, "likelihood": 0.0,
             "model": 0.0, "v_rank": 0}
    assert hl.score({**feats, "agree": 1.0}, hl.RANK_WEIGHTS) - hl.score(feats, hl.RANK_WEIGHTS) \
        == pytest.approx(hl.RANK_WEIGHTS["agree"])


def test_each_accounts_lead_is_a_lead():
    import numpy as np

    from summarize.features import FEATURES, sentence_features

    doc = parse(THREE)
    n = len(doc.sentences)
    X = sentence_features(doc, np.eye(n, dtype=np.float32), None)
    lead = X[:, FEATURES.index("lead")]
    firsts = [k for k, s in enumerate(doc.sentences) if k == 0 or s.account != doc.sentences[k - 1].account]
    assert [doc.sentences[k].account for k in firsts] == [0, 1, 2]
    assert lead[firsts].tolist() == [1.0, 1.0, 1.0]
    assert lead[1] < 1.0 and X[firsts, FEATURES.index("first_para")].tolist() == [1.0, 1.0, 1.0]


def test_a_code_samples_front_matter_between_two_rules_is_no_separator():
    raw = ("Here is a rule file for the library's pages:\n\n---\nglobs: *.razor\nalwaysApply: false\n---\n\n"
           "Pages must open with the library's name. The rule applies to every page.\n")
    assert accounts.split(raw) == [(0, len(raw))]
