"""The evaluation harness: ROUGE module pinned to hand-computed values, equality with
rouge_score, bootstrap, baselines, perturbations."""

import json

import pytest
from rouge_score import rouge_scorer

from eval.config import has_data
from eval.data import Example, Spec, newline_sentences
from eval.measure import rouge, stats
from eval.measure.oracle import greedy, ngram_f1, tokenize
from eval.measure.robustness import PERTURBATIONS
from eval.measure.run import aggregate, score_predictions
from eval.measure.systems import Prediction, first_words, parse_options, predict


def test_rouge_module_matches_hand_computed_values():
    # prediction "the cat sat on the mat" vs reference "the cat sat on a mat":
    # unigrams: 5 of 6 match both ways -> P = R = F = 5/6 = 83.33
    # bigrams: the-cat, cat-sat, sat-on match (3 of 5 each) -> F = 60.00
    # LCS: "the cat sat on mat" = 5 -> F = 83.33
    out = rouge.score(["The cat sat on the mat."], [["The cat sat on a mat."]])
    assert round(out["rouge1"][0], 2) == 83.33
    assert round(out["rouge2"][0], 2) == 60.0
    assert round(out["rougeL"][0], 2) == 83.33


def test_multi_reference_takes_the_best():
    # vs "Two men were charged.": 4 of 8 prediction tokens, 4 of 4 reference -> F = 2/3
    out = rouge.score(["Police arrested two men.\nThe men were charged."],
                      [["Two men were charged.", "Police made arrests."]])
    assert round(out["rouge1"][0], 2) == 66.67


def test_harness_equals_rouge_score_directly():
    preds = ["Police said the men were arrested.\nThey were charged on Monday.",
             "The storm hit the coast.", "Prices rose 3% in May.\nAnalysts were surprised."]
    refs = ["Two men were arrested and charged.", "A storm hit the coast of Maine.\nPower was cut.",
            "Prices rose by 3 percent in May."]
    ours = rouge.score(preds, [[r] for r in refs])
    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)
    for k, (p, r) in enumerate(zip(preds, refs)):
        direct = sc.score(r, p)
        for t in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
            assert abs(ours[t][k] - direct[t].fmeasure * 100) < 0.01


def test_fast_ngram_f1_equals_rouge_score():
    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    a, b = "The councils voted 5-2 to close it.", "The council voted on Monday to close the library."
    d = sc.score(b, a)
    assert abs(ngram_f1(tokenize(a), tokenize(b), 1) - d["rouge1"].fmeasure) < 1e-9
    assert abs(ngram_f1(tokenize(a), tokenize(b), 2) - d["rouge2"].fmeasure) < 1e-9


def test_greedy_oracle_stops_when_nothing_helps():
    sents = [tokenize(s) for s in ["Rain fell.", "Police arrested two men.", "Two men were charged."]]
    # adding sentence 2 lowers precision more than it adds: the oracle stops at one
    assert greedy(sents, tokenize("Police arrested and charged two men.")) == [1]
    assert greedy(sents, tokenize("Police arrested two men. Two men were charged.")) == [1, 2]


def test_greedy_oracle_keeps_to_a_word_limit():
    sents = ["Police arrested two men on Monday in the city centre.", "Two men were charged.",
             "Rain fell."]
    ref = tokenize("Police arrested two men on Monday in the city centre. Two men were charged.")
    toks, words = [tokenize(s) for s in sents], [len(s.split()) for s in sents]
    assert greedy(toks, ref) == [0, 1]
    assert greedy(toks, ref, words=words, max_words=10) == [0]
    assert greedy(toks, ref, words=words, max_words=5) == [1]


def test_bootstrap_is_deterministic_and_paired_difference_signed():
    assert stats.bootstrap_ci([1, 2, 3, 9]) == stats.bootstrap_ci([1, 2, 3, 9])
    d = stats.paired_bootstrap([3, 4, 5, 6], [1, 2, 3, 4])
    assert d["diff"] == 2.0 and d["lo"] == 2.0 and d["p_not_better"] == 0.0
    s = stats.summarize_scores([10.0, 20.0])
    assert s["mean"] == 15.0 and s["n"] == 2


def test_baselines_and_scoring_pipeline():
    ex = [Example("a", "First fact here. Second fact there. Third one. Fourth one.",
                  briefs=["First fact here.\nSecond fact there."], headlines=["First fact"])]
    spec = Spec("x", "cnndm", 3)
    preds, _ = predict("lead3", ex, spec)
    assert preds[0].sentences == ["First fact here.", "Second fact there.", "Third one."]
    assert preds[0].headlines == ["First fact here."]
    oracle, _ = predict("oracle", ex, spec)
    assert oracle[0].sentences == ["First fact here.", "Second fact there."]
    scores = score_predictions(ex, oracle)
    assert scores["a"]["brief"]["rouge1"] == 100.0
    agg = aggregate(scores)
    assert agg["brief"]["rouge1"]["mean"] == 100.0
    missing = score_predictions(ex, [Prediction("a", error="empty")])
    assert missing["a"]["brief"]["rouge1"] == 0.0


def test_helpers():
    assert first_words("One two three four. Five.", 3) == "One two three"
    assert parse_options("extractive:max_words=60,model=x") == ("extractive", {"max_words": 60, "model": "x"})
    assert parse_options("default:diversity=0.5,neutral_brief=false") == (
        "default", {"diversity": 0.5, "neutral_brief": False})
    assert newline_sentences("One here. Two there.") == "One here.\nTwo there."


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_perturbations_keep_the_story(name):
    text = "The council voted on Monday. The library will close. Staff will move."
    out = PERTURBATIONS[name](text, 0)
    for sentence in ("The council voted on Monday.", "The library will close.", "Staff will move."):
        assert sentence in out or sentence[:-1] in out
    assert out != text


@pytest.mark.skipif(not has_data(), reason="shared data folder not found")
def test_run_on_a_slice_writes_files(tmp_path):
    from eval.measure.run import run

    s = run("lead3", "cnndm", limit=5, results=tmp_path)
    assert s["covered"] == 5 and s["brief"]["rouge1"]["n"] == 5
    folder = tmp_path / "cnndm" / "lead3"
    assert json.loads((folder / "summary.json").read_text())["system"] == "lead3"
    assert len((folder / "predictions.jsonl").read_text().splitlines()) == 5


@pytest.mark.skipif(not has_data(), reason="shared data folder not found")
def test_anchor_outputs_are_scored_on_the_rows_they_cover(tmp_path):
    from eval.measure.run import run

    s = run("anchor:rose/bart", "cnndm", results=tmp_path)
    assert 0 < s["covered"] < s["rows"]


def test_well_formed_rate_counts_missing_and_fragment_headlines_as_failing():
    from eval.measure.headline_report import well_formed_rate

    assert well_formed_rate(["Council votes to close library", "", "It is of the most popular",
                             "Storm closes coastal road"]) == 0.5


def test_arousal_counts_only_charged_words_the_output_adds(tmp_path, monkeypatch):
    from eval.measure import arousal

    lex = tmp_path / "vad.txt"  # word, valence, arousal, dominance (a made-up lexicon)
    lex.write_text("outrage\t0.1\t0.9\t0.5\ncouncil\t0.5\t0.3\t0.5\nlibrary\t0.7\t0.2\t0.5\n"
                   "vote\t0.6\t0.4\t0.5\n")
    vad = arousal.load(str(lex))
    # "outrage" is added and charged (0.9); "library" is in the reference; "council" is neutral
    assert arousal.score("Outrage as council closes library", "Library closed", vad) == 0.9
    assert arousal.mean_arousal(["Council votes"], ["x"], lex) == 0.0
    monkeypatch.delenv(arousal.ENV, raising=False)  # no lexicon: skipped, not zero
    assert arousal.mean_arousal(["a"], ["b"]) is None


def test_gigaword_rows_are_untokenized():
    from eval.data import untokenize

    assert untokenize("japan 's nec -lrb- UNK -rrb- said `` we 're fine '' , ok .") == \
        "japan's nec (UNK) said \"we're fine\", ok."


def test_edit_check_catches_names_numbers_dates_negations():
    from eval.measure.edits import check, edit_problem
    from summarize.results import Brief, Edit, SentenceRef

    s = "Critics slammed Marsh on Monday, saying 300 jobs were not safe."
    assert edit_problem("slammed", s, 8) is None
    assert edit_problem("SHOCKING", s, 8) is None          # emphasis, not a name
    assert edit_problem("Slammed", s, 0) is None           # first word of the sentence
    assert edit_problem("Marsh", s, 16) == "name"
    assert edit_problem("300", s, 40) == "number"
    assert edit_problem("Monday", s, 25) == "date"
    assert edit_problem("not", s, 54) == "negation"
    assert edit_problem("MONDAY", s, 25, "Monday") is None  # a change of case only
    good = Brief("Critics criticised Marsh.", [SentenceRef("Critics criticised Marsh.", 0, 22, 0)],
                 [], edits=[Edit("slammed", "criticised", "loaded", 8, 15, 0, 8)])
    assert check(good, "Critics slammed Marsh.")["problems"] == []
    bad = Brief("Critics criticised Smith.", [SentenceRef("Critics criticised Smith.", 0, 22, 0)],
                [], edits=[Edit("slammed", "criticised", "loaded", 8, 15, 0, 8)])
    assert [p["kind"] for p in check(bad, "Critics slammed Marsh.")["problems"]] == ["faithfulness"]


def test_extra_cnndm_rows_split_into_cased_and_untokenized_lowercase(tmp_path):
    from eval.data import load

    (tmp_path / "dev").mkdir()
    rows = [{"id": "bump-1", "article": "(CNN)The Council voted on Monday.", "summary": "Council votes ."},
            {"id": "gf-1", "article": "the council 's vote , on monday , closed it .",
             "summary": "council 's vote .\nlibrary -lrb- riverside -rrb- closes ."}]
    (tmp_path / "dev" / "cnndm_extra.jsonl").write_text("\n".join(map(json.dumps, rows)) + "\n")
    _, _, cased = load("cnndm-extra-cased", str(tmp_path))
    _, _, low = load("cnndm-extra-tokenized", str(tmp_path))
    assert [e.id for e in cased] == ["bump-1"] and [e.id for e in low] == ["gf-1"]
    assert low[0].text == "the council's vote, on monday, closed it."
    assert low[0].briefs == ["council's vote.\nlibrary (riverside) closes."]


def test_neus_accounts_input_gives_each_account_its_title_and_lead_reads_the_bodies(tmp_path):
    from eval.data import load

    (tmp_path / "eval").mkdir()
    row = {"id": "n1", "neutral_title": "Council closes library.", "neutral_summary": "It closed.",
           "articles": [{"title": f"Title {k} says council shut library.", "body": f"Body {k}."}
                        for k in range(3)]}
    (tmp_path / "eval" / "neus_test.jsonl").write_text(json.dumps(row) + "\n")
    e = load("neus", str(tmp_path))[2][0]
    assert e.text.split("\n\n---\n\n")[1] == "Title 1 says council shut library\n\nBody 1."
    assert e.lead_text == "Body 0.\n\nBody 1.\n\nBody 2."
    one = load("neus-center", str(tmp_path))[2][0]
    assert one.text == "Title 1 says council shut library\n\nBody 1." and one.lead_text == "Body 1."


def test_titles_of_other_sites_pages_are_read_from_their_tests(tmp_path, monkeypatch,
                                                             library_body_html):
    """eval/measure/titles.py on a hand-made tree shaped as postlight/parser's."""
    from eval.measure import titles

    body = library_body_html
    (tmp_path / "fixtures").mkdir()
    for site, title in (("ledger.example", "Riverside library to close after council vote"),
                        ("post.example", "Council backs new budget")):
        (tmp_path / "fixtures" / f"{site}.html").write_text(
            f"<html><head><title>{title} | Site</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")
        test = tmp_path / "src" / "extractors" / "custom" / site / "index.test.js"
        test.parent.mkdir(parents=True)
        want = "Riverside library to close after council vote" if site == "ledger.example" \
            else "A different headline altogether"
        test.write_text(f"const html = fs.readFileSync('./fixtures/{site}.html');\n"
                        f"assert.equal(\n  title,\n  '{want}'\n);\n")
    assert len(titles.expected_titles(tmp_path)) == 2
    assert titles.token_f1("Riverside library to close", "riverside library to close!") == 1.0
    out = titles.measure(tmp_path)
    assert out == {"html": {"pages": 2, "agree": 1, "refused": {}}}
    monkeypatch.setenv(titles.ENV, str(tmp_path))
    assert any("| html | 2 | 1 of 2 | none |" in line for line in titles.report_lines())
    monkeypatch.delenv(titles.ENV)
    assert "Skipped" in titles.report_lines()[2]


def test_titles_of_readabilitys_test_pages(tmp_path, monkeypatch, library_body_html):
    """... and on a tree shaped as mozilla/readability's test pages: English pages only, a
    site's suffix in the expected title does not count against the product's title."""
    from eval.measure import titles

    title = "Riverside library to close after council vote"
    for name, lang, want in (("ledger", "en", f"{title} - The Ledger"), ("post", "en-US", "Elsewhere"),
                             ("gazette", "fr", title)):
        page = tmp_path / "test" / "test-pages" / name
        page.mkdir(parents=True)
        (page / "source.html").write_text(f"<html><head><title>{title}</title></head><body><article>"
                                          f"<h1>{title}</h1>{library_body_html}</article></body></html>")
        (page / "expected-metadata.json").write_text(json.dumps({"title": want, "lang": lang}))
    assert len(titles.readability_titles(tmp_path)) == 2
    assert titles.agrees(title, f"{title} - The Ledger") and not titles.agrees(title, "Elsewhere")
    assert titles.measure_readability(tmp_path) == {"html": {"pages": 2, "agree": 1, "refused": {}}}
    monkeypatch.setenv(titles.READABILITY, str(tmp_path))
    lines = titles.report_lines()
    assert "Skipped" in lines[2] and any("| html | 2 | 1 of 2 | none |" in line for line in lines)


def test_other_sites_pages_are_scored_by_their_snippets(tmp_path, monkeypatch, library_body_html):
    """eval/measure/snippets.py on a hand-made tree shaped as trafilatura's tests folder: one
    English page (an article snippet kept, a menu snippet left out) and one Polish page."""
    from eval.measure import snippets

    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
    polish = ("<p>Rada miasta zdecydowała w poniedziałek, że biblioteka na starym rynku zostanie "
              "zamknięta do końca marca. Mieszkańcy dzielnicy są zaniepokojeni, bo to jedyne "
              "miejsce, gdzie dzieci mogą odrabiać lekcje po szkole.</p>") * 2
    pages = {"ledger.html": library_body_html, "gazeta.html": polish}
    (tmp_path / "tests" / "eval").mkdir(parents=True)
    for name, body in pages.items():
        (tmp_path / "tests" / "eval" / name).write_text(
            f"<html><head><title>Library to close</title></head><body><nav><ul>{menu}</ul>"
            f"</nav><article><h1>Library to close</h1>{body}</article></body></html>")
    truth = {"https://ledger.example/a": {"file": "ledger.html",
                                          "with": ["lends about 40,000 books", "Lighthouse"],
                                          "without": ["Section 3"]},
             "https://gazeta.example/b": {"file": "gazeta.html", "with": [], "without": []}}
    (tmp_path / "tests" / "evaldata.json").write_text(json.dumps(truth))
    out = snippets.measure(tmp_path)
    assert out["html"] == {"pages": 1, "refused": {}, "furniture_out": 0, "with": 1,
                           "with_all": 2, "without": 0, "without_all": 1}
    assert out["other_languages"] == {"pages": 1, "accepted": 0}
    monkeypatch.setenv(snippets.ENV, str(tmp_path))
    assert any(line.startswith("| html | 1 | 1 of 2 (50.0%) | 0 of 1 (0.0%) | 0 of 1 (0.0%)")
               for line in snippets.report_lines())
    monkeypatch.delenv(snippets.ENV)
    assert "Skipped" in snippets.report_lines()[2]
