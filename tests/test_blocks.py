"""The block classifier: how text is cut into blocks, its features, and the shipped trees."""

import numpy as np
import pytest

from summarize import blocks


def test_lines_without_terminal_punctuation_are_blocks_of_their_own():
    text = ("Home\nNews\nSports\nCouncil approves ferry schedule\n\nThe council voted on "
            "Tuesday.\nIt met for three hours.\n\nMost read\nStorm closes road")
    assert [b.text for b in blocks.split(text)] == [
        "Home", "News", "Sports", "Council approves ferry schedule",
        "The council voted on Tuesday.", "It met for three hours.", "Most read",
        "Storm closes road"]


def test_a_line_continued_in_lower_case_is_one_block():
    text = "The council voted on Tuesday to add four\ncrossings to the island schedule."
    assert [b.text for b in blocks.split(text)] == [
        "The council voted on Tuesday to add four crossings to the island schedule."]


def test_a_long_line_that_stops_on_a_comma_runs_on():
    # a blog's text broken by <br> (goose3's test page issue129): a capital after the comma
    text = ("Menu\nThe council's vote on the ferry caused a lot of discussion in Gull Island,\n"
            "Marsh Point and the villages along the coast.\n\nHome,\nNews")
    assert [b.text for b in blocks.split(text)] == [
        "Menu", "The council's vote on the ferry caused a lot of discussion in Gull Island, "
        "Marsh Point and the villages along the coast.", "Home,", "News"]


def test_hard_wrapped_text_is_joined_into_paragraphs():
    para = ("The Harbor Town council voted six to one on Tuesday to add four daily ferry\n"
            "crossings to Gull Island starting in March, the first change in eleven years.\n"
            "The new timetable adds departures at six fifteen and at nine forty-five in\n"
            "The Morning, council clerk Maria Gomez said at the meeting on Tuesday night.\n")
    text = para + "\n" + para + "\n" + para
    got = blocks.split(text)
    assert len(got) == 3
    assert got[0].text.startswith("The Harbor Town") and got[0].text.endswith("Tuesday night.")


# a paragraph wrapped at a fixed width, each line open but the second and the last
_WRAPPED = ("The Harbor Town council voted six to one on Tuesday to add four daily ferry\n"
            "crossings to Gull Island starting in March, the first change in eleven years.\n"
            "The new timetable adds departures at six fifteen and at nine forty-five in\n"
            "the morning, council clerk Maria Gomez said at the meeting on Tuesday night.\n")


def test_a_byline_under_a_title_in_hard_wrapped_text_starts_its_own_block():
    text = "Council Adds Four Ferry Crossings to Gull Island (Update2)\nBy Dana Whitfield\n" + _WRAPPED * 3
    got = [b.text for b in blocks.split(text)]
    assert got[:2] == ["Council Adds Four Ferry Crossings to Gull Island (Update2)", "By Dana Whitfield"]


def test_a_dateline_under_a_headline_in_hard_wrapped_text_starts_its_paragraph():
    # an AP story on a paper's page (2008): the headline, then "WASHINGTON (AP) Congress is asking ..."
    text = "Council asks county to share the cost of new ferry runs\nHARBOR TOWN (AP) " + _WRAPPED * 3
    got = [b.text for b in blocks.split(text)]
    assert got[0] == "Council asks county to share the cost of new ferry runs"
    assert got[1].startswith("HARBOR TOWN (AP) The Harbor Town council")


def test_a_list_of_related_headlines_is_not_hard_wrapped_text():
    # each a line of 40 to 60 characters, none running on in small letters (belfasttelegraph.co.uk)
    related = ["Harbor council backs plan for new ferry pier", "Island school wins regional debating title",
               "Storm closes the coastal road for two more days", "Bakery on Main Street opens second shop",
               "Lifeboat crew honoured for night rescue at sea", "Mayor outlines budget for harbor repairs",
               "Fishing fleet returns early as gales move in"]
    text = "\n".join(["Ferry schedule to add four crossings by March", "Email Article", "Print Version", *related])
    got = [b.text for b in blocks.split(text)]
    assert got[:2] == ["Ferry schedule to add four crossings by March", "Email Article"]


def test_spans_point_into_the_text():
    text = "  Home\nThe council voted on Tuesday.  \n"
    for b in blocks.split(text):
        assert text[b.start:b.end] == b.text


def test_features_have_the_named_columns_and_see_the_main_text():
    bl = blocks.split("Home\nNews\n\n" + "The council voted on Tuesday to add four daily ferry "
                      "crossings to Gull Island starting in March this year. " * 2 + "\n\nMost read")
    X = blocks.features(bl)
    assert X.shape == (4, len(blocks.FEATURES))
    col = blocks.FEATURES.index
    assert X[2, col("in_segment")] == 1 and X[0, col("in_segment")] == 0
    assert X[2, col("terminal")] == 1 and X[0, col("terminal")] == 0


PARA = ("The council voted on Tuesday to add four daily ferry crossings to Gull Island "
        "starting in March this year. ")


def test_a_comment_section_ends_the_main_text_and_starts_the_comments():
    text = ("Home\n\n" + PARA * 2 + "\n\n" + PARA + "\n\n" + PARA + "\n\n12 responses to \u201cFerry plan\u201d\n"
            "islandfan says:\nMay 3, 2024 at 6:34 am\n\n" + PARA * 3 + "\n\nskipper22 says:\n"
            "May 3, 2024 at 7:02 am\n\n" + PARA * 3)
    bl = blocks.split(text)
    assert [bl[i].text for i in blocks.comment_heads(bl)] == [
        "12 responses to \u201cFerry plan\u201d", "islandfan says:", "skipper22 says:"]
    assert blocks.main_segment(bl, [b.words for b in bl]) == (1, 4)
    X = blocks.features(bl)
    assert X[:, blocks.FEATURES.index("after_comments")].tolist() == [0] * 4 + [1] * 7


def test_a_chart_between_paragraphs_does_not_cut_the_main_text_in_two():
    # an interactive chart pasted as one number per line between the lead and the rest: a
    # menu of as many lines would cut it
    chart = "\n".join([f"${n}" for n in range(100, 700, 10)] + [f"\u2019{y}" for y in range(17, 29)])
    text = "\n\n".join([PARA * 2, PARA, chart, PARA * 2, PARA * 2, PARA])
    bl = blocks.split(text)
    assert blocks.main_segment(bl, [b.words for b in bl]) == (0, len(bl))
    menu = "\n".join(f"Section {n}" for n in range(72))
    bl = blocks.split(text.replace(chart, menu))
    assert blocks.main_segment(bl, [b.words for b in bl]) == (len(bl) - 3, len(bl))


def test_one_says_line_is_a_quotation_not_a_comment():
    bl = blocks.split(PARA + "\n\nThe notice says:\n\n" + PARA)
    assert blocks.comment_heads(bl) == []


def test_a_legal_footer_and_cut_teasers_are_not_the_main_text():
    teaser = "Island ferry fares rise for the first time in eleven years, the operator said in a..."
    legal = ("The content of this site is for informational purposes only and is not intended to "
             "replace the advice of your doctor or of any other professional.")
    text = "\n\n".join([PARA, "Menu", teaser, teaser, teaser, legal, legal])
    bl = blocks.split(text)
    assert blocks.main_segment(bl, [b.words for b in bl]) == (0, 1)


def test_with_context_appends_neighbours_with_zero_padding():
    X = np.arange(6, dtype=np.float32).reshape(3, 2)
    got = blocks.with_context(X, 1)
    assert got.tolist() == [[0, 1, 0, 0, 2, 3], [2, 3, 0, 1, 4, 5], [4, 5, 2, 3, 0, 0]]


def test_exported_trees_give_sklearns_probabilities(tmp_path):
    pytest.importorskip("sklearn")
    from eval.train.blocks import fit

    rng = np.random.default_rng(0)
    n = len(blocks.FEATURES) * 5  # with two neighbours on each side
    X = rng.normal(size=(400, n)).astype(np.float32)
    y = (X[:, 0] + 0.5 * X[:, 3] > 0).astype(np.int64)
    spec = fit([X], [y], [np.ones(len(y), np.float32)])
    model = blocks.BlockModel(spec)
    from sklearn.ensemble import HistGradientBoostingClassifier

    from eval.train.blocks import PARAMS, SEED

    ref = HistGradientBoostingClassifier(**PARAMS, random_state=SEED).fit(X, y)
    assert np.allclose(model._forward(X), ref.predict_proba(X)[:, 1], atol=1e-5)


def test_shipped_model_loads_and_matches_the_features():
    model = blocks.shipped_model()
    assert model.spec["features"] == blocks.FEATURES
    assert 0 < model.threshold < 1 and model.trees
    assert "cv_by_threshold" in model.spec["info"]


def test_the_threshold_is_the_best_mean_cv_f1_over_the_page_sets():
    from eval.train.blocks import THRESHOLDS, pick_threshold

    def cv(best: float, top: float) -> dict:
        return {t: {"f1": top - (t - best) ** 2} for t in THRESHOLDS}
    # news pages peak at 0.6, guides at 0.4: each set counts once, whatever its size
    assert pick_threshold({"dev_pages": cv(0.6, 0.94), "extra_pages": cv(0.4, 0.91)}) == 0.5
    assert pick_threshold({"dev_pages": cv(0.6, 0.94)}) == 0.6
    # of equal means, the lower threshold: a lost paragraph costs more than a kept menu line
    assert pick_threshold({"dev_pages": cv(0.5, 0.94), "extra_pages": cv(0.2, 0.5)}) == 0.3


def test_the_threshold_is_the_middle_of_a_flat_top_not_its_noisy_best():
    from eval.train.blocks import pick_threshold

    # a flat top whose bare best (0.6 by 0.0003) falls off steeply on its right
    f1 = {0.2: 0.91, 0.3: 0.918, 0.4: 0.922, 0.5: 0.9223, 0.6: 0.9226, 0.7: 0.9165}
    assert max(f1, key=f1.get) == 0.6
    assert pick_threshold({"dev_pages": {t: {"f1": v} for t, v in f1.items()}}) == 0.5


def test_reasons_for_removed_blocks():
    B = blocks.Block
    assert blocks.reason(B(0, 4, "Home")) == "navigation or menu"
    assert blocks.reason(B(0, 9, "Nov 18, 2019 at 9:24 pm ET")) == "byline or date stamp"
    assert blocks.reason(B(0, 9, "Storm closes coastal road for two days")) == \
        "related link or headline"


def test_a_byline_line_in_lower_case_starts_a_block_of_its_own():
    text = "In Prince Andrew's interview, the truth comes out\nby Madeline Fry\n| November 18"
    assert [b.text for b in blocks.split(text)] == [
        "In Prince Andrew's interview, the truth comes out", "by Madeline Fry", "| November 18"]


def test_a_title_that_opens_with_a_code_name_starts_a_block_of_its_own():
    # WCXB 0389 (a blog): "Sponsor me Github" / "rustc_codegen_gcc: Progress Report #39" had
    # been one block, and the title was lost
    text = "Sponsor me Github\nlib_catalog: Progress Report #39\n17 Dec 2025"
    assert [b.text for b in blocks.split(text)] == [
        "Sponsor me Github", "lib_catalog: Progress Report #39", "17 Dec 2025"]
    assert [b.text for b in blocks.split("The library will close\nat the end of May: Council")] == [
        "The library will close at the end of May: Council"]


def test_a_tag_in_lower_case_under_a_title_starts_a_block_of_its_own():
    # WCXB 4172 (Squarespace): "Guide to Landscape Photography Composition: Framing the Landscape"
    # / "making images" (the post's category) / "Sep 16"
    text = "Guide to the Riverside Library: Reading Rooms and Late Fines\nlibrary news\nSep 16"
    assert [b.text for b in blocks.split(text)] == [
        "Guide to the Riverside Library: Reading Rooms and Late Fines", "library news", "Sep 16"]
    # a sentence-case line goes on in lower case; so does a title into a longer line
    assert [b.text for b in blocks.split("The library will close\nat the end of May")] == [
        "The library will close at the end of May"]
    assert len(blocks.split("Why the Riverside Library Will Close\nat the end of May after a long vote")) == 1


def test_extra_training_pages_join_the_folds_at_their_weight(monkeypatch):
    """eval.train.blocks: the tiptopjaw pages (``--extra-pages``) are weighted EXTRA_WEIGHT and
    take part in the folds by site: a site's model never saw that site's pages."""
    pytest.importorskip("sklearn")
    from eval.measure.web import WebPage
    from eval.train import blocks as train_blocks

    body = ("The Riverside library on Elm Street will close at the end of the month, the council "
            "decided on Monday after a vote of five to two in the town hall.")
    def page(i: int, site: str) -> WebPage:
        return WebPage(f"p{i}", f"https://{site}/a", site, "", "Home\nNews\n" + body + "\nShare", body)
    dev = [page(i, f"dev{i}.com") for i in range(5)]
    extra = [page(10 + i, f"extra{i}.com") for i in range(5)]
    seen: list[set[str]] = []

    def fit(Xs, ys, ws):
        seen.append({round(float(w[0]), 3) for w in ws})
        return {"n": len(Xs)}
    monkeypatch.setattr(train_blocks, "fit", fit)
    monkeypatch.setattr(blocks, "BlockModel", lambda spec: spec)
    clean = ([], [], [])
    models = train_blocks.cv_models(dev, clean=clean, extra=extra)
    assert set(models) == {p.site for p in dev + extra}
    # five folds of two sites each: every model fitted on the other eight pages
    assert all(m["n"] == 8 for m in models.values())
    plain = round(float(train_blocks.page_data(dev[0])[2][0]), 3)
    assert all(ws <= {plain, round(plain * train_blocks.EXTRA_WEIGHT, 3)} for ws in seen)
    assert any(round(plain * train_blocks.EXTRA_WEIGHT, 3) in ws for ws in seen)


def test_a_tag_run_on_into_a_byline_between_bars_starts_a_block_of_its_own():
    # chocolate.com (trafilatura's test pages): "Woman Sees a Car Stop for Pregnant Beggar, This
    # is What She Finds When She Follows" / "yas! | By Cara Stiles | April 13, 2020": one block,
    # which ended in a bar and was no title
    text = "Riverside Library Closes, This Is What Readers Found\nyay! | By Cara Stiles | April 13, 2020"
    assert [b.text for b in blocks.split(text)] == [
        "Riverside Library Closes, This Is What Readers Found", "yay! | By Cara Stiles | April 13, 2020"]
    assert len(blocks.split("The library will close\nat the end of May | by the council's vote")) == 1
