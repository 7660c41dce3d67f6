"""End to end on the padded fixture: the brief and headlines obey the product's rules."""

import json
import re
from pathlib import Path

import numpy as np
import pytest

from summarize import Brief, InputError, summarize
from summarize.duplicates import facts

ROOT = Path(__file__).resolve().parents[1]

JUNK_MARKERS = ("YOU MAY ALSO LIKE", "Leave a Reply", "email address", "HTML headings",
                "Don't forget", "Advertisement", "Shutterstock", "```", "Final Thoughts",
                "What Happened")


def test_brief_rules(padded_brief, padded_article):
    b = padded_brief
    assert isinstance(b, Brief)
    assert 2 <= len(b.sentences) <= 5
    assert 40 <= b.stats.words_out <= 100
    assert [r.index for r in b.sentences] == sorted(r.index for r in b.sentences)
    for marker in JUNK_MARKERS:
        assert marker not in b.summary
    # the same fact (numbers) never twice
    numbers = [f for r in b.sentences for f in facts(r.text) if f[0].isdigit()]
    assert len(numbers) == len(set(numbers)), numbers
    for r in b.sentences:
        assert r.start < r.end and padded_article[r.start:r.end].strip()


def test_brief_is_neutral_and_factual(padded_brief, padded_article):
    from summarize import neutral

    flagged = {f.text.lower() for f in neutral.detect(padded_article)}
    assert {"reeling", "heated", "slammed", "shocking"} <= flagged
    brief = padded_brief.summary.lower()
    assert [w for w in flagged if re.search(rf"\b{re.escape(w)}\b", brief)] == []
    # the frame "The city of Port Calder is reeling after" gives way to the news it framed
    assert brief.startswith("in port calder, mayor elena marsh announced on monday that")
    frame = [e for e in padded_brief.edits if e.original.startswith("The city of Port Calder")]
    assert [(e.original, e.replacement, e.sentence, e.at) for e in frame] == [
        ("The city of Port Calder is reeling after", "In Port Calder,", 0, 0)]
    assert padded_article[frame[0].start:frame[0].end] == frame[0].original
    for key in ("Marsh", "Riverside", "$420,000"):
        assert key in padded_brief.summary


def _lemmas(word: str) -> set[str]:
    from lemminflect import getAllLemmas

    return set(getAllLemmas(word, "VERB").get("VERB", ()))


def test_headline_rules(padded_brief, padded_article):
    heads = padded_brief.headlines
    assert len(heads) >= 3
    title = padded_brief.title.lower()
    article_words = set(padded_article.lower().replace(",", " ").replace(".", " ").split())
    for h in heads:
        assert len(h.text.split()) <= 14
        assert h.text.lower() != title
        for loaded in ("slammed", "shocking"):
            assert loaded not in h.text.lower()
        new = {w.strip("'\"").lower() for w in h.text.replace(",", " ").split()} - article_words
        # headline tense inflects an article's verb ("announced" -> "announces")
        new = {w for w in new if not _lemmas(w) & set().union(*map(_lemmas, article_words))}
        assert new <= {"criticised", "said", "says", "a", "an"}, new
    assert len({h.text for h in heads}) == len(heads)


def test_stats_and_removed(padded_brief):
    st = padded_brief.stats
    assert st.words_in > 400 and st.sentences_in > st.sentences_unique
    assert 0 < st.redundancy < 0.5
    assert st.removed == len(padded_brief.removed) >= 10
    assert {"parse", "encode", "score", "select", "headlines", "total"} <= set(st.timings)


def test_to_dict_is_json_with_stable_keys(padded_brief):
    d = json.loads(json.dumps(padded_brief.to_dict()))
    assert isinstance(d["summary"], str)
    assert all("text" in s and "start" in s for s in d["sentences"])
    assert all(isinstance(h["text"], str) for h in d["headlines"])
    assert {"removed", "duplicates", "flags", "stats", "engine"} <= set(d)


def test_summarize_many_matches_single_calls(summarizer, padded_article):
    other = ("The city of Northbridge opened a new bridge on Saturday after four years of work. "
             "The bridge cost $12 million and carries 8,000 cars a day, officials said. "
             "Mayor Tom Reyes cut the ribbon at 10 a.m. Residents welcomed the shorter commute.")
    many = summarizer.summarize_many([padded_article, other])
    assert [b.summary for b in many] == [summarizer.summarize(t).summary
                                         for t in (padded_article, other)]


def test_summarize_many_returns_errors_in_place(summarizer):
    out = summarizer.summarize_many(["", "The council met on Monday. It voted to close the "
                                         "library. Residents were upset."], errors="return")
    assert isinstance(out[0], InputError) and out[1].summary


def test_one_sentence_input_gives_a_sensible_result(summarizer):
    b = summarizer.summarize("The Port Calder city council voted 5-2 on Monday to close the "
                             "Riverside Branch Library on March 31, a move it says saves $420,000.")
    assert b.summary and b.headlines


def test_options_per_call(summarizer, padded_article):
    b = summarizer.summarize(padded_article, max_words=40, num_headlines=5)
    assert b.stats.words_out <= 55
    assert len(b.headlines) <= 5


def test_module_level_summarize_uses_a_cached_default():
    from summarize.summarizer import default_summarizer

    assert default_summarizer() is default_summarizer()
    with pytest.raises(InputError):
        summarize("   ")


@pytest.mark.parametrize("sentence,expected", [
    ("The Port Calder city council voted 5-2 on Monday to close the Riverside Branch Library "
     "at the end of March, officials said.",
     "The Port Calder city council votes 5-2 to close Riverside Branch Library"),
    ("Police in Rochester arrested two men on Tuesday after a three-hour standoff at a downtown "
     "bank.", "Police in Rochester arrest two men after three-hour standoff at downtown bank"),
    # a relative clause inside the subject goes whole, up to the main verb
    ("The firefighter who pulled three children from a burning house on Elm Street without "
     "waiting for backup is speaking out about the rescue.", "Firefighter is speaking out about rescue"),
    # a long opening clause goes before its comma
    ("While the council kept its budget hearing open for another week with a late vote on "
     "Tuesday night, the mayor's office released its own spending plan.",
     "Mayor's office releases its own spending plan"),
    # a question stays one ("?"), and one sentence that reads as a title is the article
    ("Why did the Federal Reserve raise interest rates again on Wednesday?",
     "Why did Federal Reserve raise interest rates again?"),
])
def test_one_sentence_gets_headline_candidates(summarizer, sentence, expected):
    from summarize import headline_candidates

    assert [h.text for h in summarizer.headlines(sentence)][:1] == [expected]
    assert headline_candidates(sentence)[0].text == expected


def test_saved_page_title_is_the_top_headline(summarizer):
    from pathlib import Path

    html = (Path(__file__).parent / "fixtures" / "web_page.html").read_text()
    b = summarizer.summarize(html)
    assert b.headline == "Harbor Town Council Approves New Ferry Schedule"
    assert b.source.kind == "html" and b.headlines[0].source is None
    assert "Harbor Town council voted 6-1" in b.summary


def test_a_table_row_is_never_a_brief_sentence():
    import numpy as np

    from summarize.document import parse
    from summarize.engines.eligible import eligible_sentences
    from summarize.features import FEATURES

    doc = parse("Home Depot reported third-quarter earnings that topped estimates on Tuesday.\n\n"
                "| HD | THE HOME DEPOT INC. | 225.86 | -12.99 | -5.44% down on the day |\n\n"
                "Revenue fell short of what analysts had expected for the quarter.")
    doc.duplicate_of = [None] * len(doc.sentences)  # (set by the duplicate pass)
    rows = [s.index for s in doc.sentences if "|" in s.text]
    assert rows, "the table row should be kept in the document"
    got = eligible_sentences(doc, np.zeros((len(doc.sentences), len(FEATURES))))
    assert got and not set(rows) & set(got)


def test_an_aside_in_brackets_and_an_embedded_posts_signature_stay_out_of_the_brief():
    import numpy as np

    from summarize.boilerplate import EMBED_SIGNATURE
    from summarize.document import parse
    from summarize.engines.eligible import eligible_sentences
    from summarize.features import FEATURES

    doc = parse("The state launched an anti-drug campaign on Monday. (We never did settle on one.) "
                "The governor defended the campaign on Tuesday.\n\n"
                "\u2014 Governor Kristi Noem (@govkristinoem) November 18, 2019")
    assert EMBED_SIGNATURE.match(doc.sentences[-1].text)
    doc.duplicate_of = [None] * len(doc.sentences)
    X = np.zeros((len(doc.sentences), len(FEATURES)))
    assert [doc.sentences[i].text for i in eligible_sentences(doc, X)] == [
        "The state launched an anti-drug campaign on Monday.",
        "The governor defended the campaign on Tuesday."]


def _eligible_texts(text: str) -> list[str]:
    """The sentences of ``text`` that a brief may use (no duplicates, no features)."""
    import numpy as np

    from summarize.document import parse
    from summarize.engines.eligible import eligible_sentences
    from summarize.features import FEATURES

    doc = parse(text)
    doc.duplicate_of = [None] * len(doc.sentences)
    return [doc.sentences[i].text for i in eligible_sentences(doc, np.zeros((len(doc.sentences), len(FEATURES))))]


def test_the_writer_introducing_themself_and_a_note_beside_the_text_stay_out_of_the_brief():
    # WCXB 4476 "Hey, I'm Kev, coffee nerd, ...", 4443 "Welcome to the Cloud Database Report.",
    # 0226 "Note: This is a helpful list only.", dev page c582d3b7 "If we haven't met yet, my
    # name is Pamela Wilson ..." / "I'm a three-time author, ..." opened or filled briefs
    assert _eligible_texts("Welcome to the Harbor Ferry Report. "
                           # (WCXB 5547: "Hello and welcome back to The Counterbalance.")
                           "Hello and welcome back to The Ferry Log. "
                           "\U0001F44B Welcome to Ferry Drift: your cheat-sheet to crossings. "
                           "Welcome to The Ferry Log \u2014 a magazine where island riders meet. "
                           "Hey, I\u2019m Dana Reyes, ferry nerd and the writer behind this newsletter. "
                           "I\u2019m a two-time author and a ferry photographer. "
                           "If we haven\u2019t met yet, my name is Dana and I live in Harbor Town. "
                           "The Gull Island night ferry will run from November to March this winter. "
                           "Note: This is a helpful list of crossings only. "
                           "Foreword: We test every crossing over several weeks. "
                           "I\u2019m Canadian, so the cold crossings suit me well. "
                           "The crossing takes 25 minutes and costs four dollars for adults.") == [
        "The Gull Island night ferry will run from November to March this winter.",
        "I\u2019m Canadian, so the cold crossings suit me well.",
        "The crossing takes 25 minutes and costs four dollars for adults."]


def test_a_guide_promising_the_reader_what_it_covers_stays_out_of_the_brief():
    # WCXB 4612 opened its brief "If you're interested in reducing waste ..., you've come to the
    # right place. In this beginner's guide to zero-waste living, we will provide you with ...";
    # 4531's had a link's label "To have a catalog sent to you.", 0482's (HTML) a change log's
    # "2021-08-09 Emphasizing ..."
    assert _eligible_texts("If you’re planning a winter crossing, you’ve come to the right place. "
                           "In this beginner’s guide to island ferries, we will share practical tips for the trip. "
                           "From timetables to fares, we will cover it all. "
                           "Today, we\u2019re going to talk about why ferries matter. "
                           "Whether you ride daily or once a year, this guide will help you plan the crossing. "
                           "In this article, and in the coming weeks, I\u2019m sharing my crossing notes. "
                           "Next, we\u2019ll explore the fares and the timetable. "
                           "Here you\u2019ll discover the 16 best ferry crossings in 2025. "
                           "In this guide, you\u2019ll learn how to read the timetable. "
                           "This article is based upon the Harbor Ferry Annual Report. "
                           "Now let\u2019s break this down crossing by crossing. "
                           "In this week\u2019s issue, let\u2019s talk about the night ferry. "
                           "To help you with this, we\u2019ve compiled a list of 10 easy crossings. "
                           "Let me share with you a few key tips for the crossing. "
                           "Today\u2019s blog post is about my first winter crossing. "
                           "Let\u2019s start with the best part: the night ferry is free for children. "
                           "\u201cWe will review the timetable,\u201d the operator said. \u201cWe will review the fares.\u201d "
                           "To have a timetable sent to you. "
                           "To build a new ferry is costly. "
                           "2021-08-09 Added the winter timetable to this page. "
                           "In this harbour, ferries will run all winter. "
                           "The Gull Island night ferry will run from November to March this winter.") == [
        "Let\u2019s start with the best part: the night ferry is free for children.",
        "\u201cWe will review the timetable,\u201d the operator said.",
        "\u201cWe will review the fares.\u201d",
        "To build a new ferry is costly.",
        "In this harbour, ferries will run all winter.",
        "The Gull Island night ferry will run from November to March this winter."]


def test_a_call_to_act_that_advertises_the_site_stays_out_of_the_brief():
    # WCXB 0316's brief had "Explore our growing collection of courses ...", 0154's "Download
    # your free Quick Start Worksheet.", 4241's "Explore Vivint's Smart Thermostat pricing and
    # packages.", dev page c582d3b7's "Get the Online Business Success Roadmap for ... a handy
    # checklist ..."
    assert _eligible_texts("Explore our growing collection of ferry timetables and fares. "
                           "Download your free Night Ferry Planner. "
                           "Start your 14-day free trial with FerryPass today! "
                           "Explore Harbor Line's night ferry pricing and packages. "
                           "Get the Island Ferry Roadmap for an overview and a handy checklist. "
                           "Visit HarborFerries.com for more articles in the series. "
                           "\U0001F441 Register for our new online ferry course, now available! "
                           "Start your crossing by asking one question: “Is my ticket valid?” "
                           "Get to the pier early, because the night ferry fills up quickly. "
                           "The Gull Island night ferry will run from November to March this winter.") == [
        "Start your crossing by asking one question: “Is my ticket valid?”",
        "Get to the pier early, because the night ferry fills up quickly.",
        "The Gull Island night ferry will run from November to March this winter."]


def test_a_phrase_without_a_verb_or_a_gerund_without_a_main_clause_stays_out_of_the_brief():
    # WCXB 0299's brief had "By staying on top of the newest data analytics trends.", 0301's
    # "Flexible development in Java, Scala, Python and SQL.", 1708's a caption "Bernd and Hilla
    # Becher, Grain Elevator, ..., 1982.", 4092's an address
    assert _eligible_texts("By checking the timetable every morning before work. "
                           "Daily departures from Harbor Town, Gull Island and Port Calder. "
                           "Dana Reyes, Night Ferry at Gull Island, Harbor Town, 1982. "
                           "One Harbor Way, Suite 12, Harbor Town, ME 04011. "
                           "By checking the timetable every morning, riders avoid the queue. "
                           "Everyone’s talking about the night ferry. "
                           "Without a ferry, the island relies on one small plane. "
                           "The Gull Island night ferry will run from November to March this winter.") == [
        "By checking the timetable every morning, riders avoid the queue.",
        "Everyone’s talking about the night ferry.",
        "Without a ferry, the island relies on one small plane.",
        "The Gull Island night ferry will run from November to March this winter."]


def test_a_pages_lead_the_classifier_hesitated_over_is_used_but_not_a_caption():
    import numpy as np

    from summarize.document import parse
    from summarize.engines import eligible as el
    from summarize.features import FEATURES

    doc = parse("Schiff speaks during a media briefing at the Capitol on Tuesday.\n\n"
                "Police arrested six people on Monday during a drug investigation.\n\n"
                "Officers stopped a car near Seventh Street and arrested its driver. "
                "A police dog found drugs in the car and officers seized a handgun and cash "
                "from the glove box, the police chief said in a statement on Tuesday. "
                "All six were taken to the county jail, where they were held on bond.")
    doc.duplicate_of = [None] * len(doc.sentences)
    doc.furniture_blocks = el.PAGE_FURNITURE  # a whole pasted page
    for s, p in zip(doc.sentences, (0.7, 0.7, 0.95, 0.95, 0.7)):
        s.article_prob = p  # the caption, the lead and the last line hesitated over
    got = el.eligible_sentences(doc, np.zeros((len(doc.sentences), len(FEATURES))))
    assert got == [1, 2, 3]


def _eligible_texts(text: str) -> list[str]:
    import numpy as np

    from summarize.document import parse
    from summarize.engines.eligible import eligible_sentences
    from summarize.features import FEATURES

    doc = parse(text)
    doc.duplicate_of = [None] * len(doc.sentences)
    X = np.zeros((len(doc.sentences), len(FEATURES)))
    return [doc.sentences[i].text for i in eligible_sentences(doc, X)]


def test_reported_must_and_a_stock_phrase_in_a_sentence_of_facts_stay_in_the_brief():
    import numpy as np

    from summarize.document import parse
    from summarize.engines.eligible import eligible_sentences
    from summarize.features import sentence_features

    doc = parse(
        "A bakery in Millbrook has sparked a heated debate after its owner, Dana Whitfield, "
        "banned strollers from April 1. In today's fast-paced world, small shops face many "
        "challenges. On Monday, Whitfield posted a notice saying that strollers must be left "
        "outside. Parents must stand up for their children. \"We must be fair,\" she said. "
        "In the ever-changing world of retail, bakers often find themselves at the center of "
        "controversy.")
    doc.duplicate_of = [None] * len(doc.sentences)
    emb = np.zeros((len(doc.sentences), 4))
    X = sentence_features(doc, emb, None, np.zeros((0, 4)))
    assert [doc.sentences[i].text for i in eligible_sentences(doc, X)] == [
        "A bakery in Millbrook has sparked a heated debate after its owner, Dana Whitfield, "
        "banned strollers from April 1.",
        "On Monday, Whitfield posted a notice saying that strollers must be left outside.",
        "\"We must be fair,\" she said."]


def test_a_disclosure_a_contact_line_and_the_writers_aside_stay_out_of_the_brief():
    got = _eligible_texts(
        "This shop has been compensated by Acme Media, Inc. and its advertiser. "
        "All opinions are mine alone. #Hiking #ad\n\n"
        # (WCXB 4695's brief and headline: "Restless Meanderer contains commissionable links
        # ...", "..., I may receive compensation at no extra cost to you.")
        "Trail Notes contains commissionable links for some products in this post. "
        "If you buy through one of these links, I may receive compensation at no extra cost to you. "
        "When you buy through our links, we may earn a commission.\n\n"
        # (WCXB 5545: "Thanks for reading Quantamental Investing!", 5678: an offer)
        "Thanks for reading Trail Notes! Take 20% off any new park pass this month. "
        "For a limited time, save on every guided hike.\n\n"
        "The state opened three new trails in the park on Monday after a two-year closure. "
        "Rangers said the trails would stay open through the winter season. "
        "The park drew a record number of visitors in the summer months. "
        "You know, like solving the problem. Enter the governor to throw down the gauntlet. "
        "The trails cost the state about four million dollars to rebuild. "
        "Volunteers planted two thousand trees along the new paths in the spring. "
        "The longest of the three trails runs for eleven miles along the river.\n\n"
        "More info: www.example.org | +49 (0)40 890 85-433\n\n"
        "Fax: (518) 555-1418; make sure to include the permit form.")
    assert got == [
        "The state opened three new trails in the park on Monday after a two-year closure.",
        "Rangers said the trails would stay open through the winter season.",
        "The park drew a record number of visitors in the summer months.",
        "The trails cost the state about four million dollars to rebuild.",
        "Volunteers planted two thousand trees along the new paths in the spring.",
        "The longest of the three trails runs for eleven miles along the river."]


def test_a_shopping_tip_to_the_reader_stays_out_of_the_brief():
    # (a gadget round-up in the first person, where the writer's voice stays: "..., so be sure
    # to keep on an eye out for the best deals.")
    got = _eligible_texts(
        "This year we saw the folding phone arrive in stores across the country. "
        "We also saw small companies ship gadgets that sold out within weeks. "
        "As we head into Black Friday, so be sure to keep on an eye out for the best deals. "
        "Don't forget to check out our review of the top headphones. "
        "The new watch from the company sold two million units in its first month.")
    assert got == ["This year we saw the folding phone arrive in stores across the country.",
                   "We also saw small companies ship gadgets that sold out within weeks.",
                   "The new watch from the company sold two million units in its first month."]


def test_a_call_to_read_on_stays_out_of_the_brief():
    # (a how-to page, where the writer speaking to the reader stays)
    got = _eligible_texts(
        "You should check your tyre pressure once a month and before long trips. "
        "Also read how to save money on car repairs. "
        "You can rotate your tyres every six thousand miles to even out their wear. "
        "Read our full review of the best tyre gauges. "
        "Learn more about the warning lights on your dashboard. "
        "If you want a new set, check out our list of the best tyres this year. "
        "To book a free check at a garage near you, click here. "
        "Seeing how worn the tread is takes a coin and a minute of your time. "
        "TyreMax pressure gauge, 4.5 stars \u2013 See at amazon.com.")
    assert got == ["You should check your tyre pressure once a month and before long trips.",
                   "You can rotate your tyres every six thousand miles to even out their wear.",
                   "Seeing how worn the tread is takes a coin and a minute of your time."]


def test_a_posts_byline_thanks_form_and_disclaimer_stay_out_of_the_brief():
    got = _eligible_texts(
        "This blog post was authored by Jane Doe, Head Librarian, Riverside Library. "
        "The library on Elm Street lends more books each year than the year before. "
        "Fill out the form to get a copy of our ebook on reading groups. "
        "Special thanks to the hundreds of readers who helped us sort the shelves. "
        "Thanks to a new grant, the library will open on Sundays from next month. "
        "Any opinions expressed in the examples do not reflect the views of the library. "
        "Download our free guide to the reading room before your first visit. "
        "The reading room on the first floor seats forty people at its long tables.")
    assert got == ["The library on Elm Street lends more books each year than the year before.",
                   "Thanks to a new grant, the library will open on Sundays from next month.",
                   "The reading room on the first floor seats forty people at its long tables."]


def test_lines_of_code_and_markdown_stay_out_of_the_brief():
    got = _eligible_texts(
        "The library's catalogue runs on a small web service written in Rust.\n\n"
        "// Pass a mutable reference using &mut add_book(&mut shelf); println!(shelf).\n\n"
        "Object type for books with relationships type Book { id: ID!\n\n"
        "[!NOTE] **Loans are stored in the database for a year.\n\n"
        "The service answers about forty thousand searches a day from readers in the town. "
        "Readers can search the catalogue with the book.title() call in the app, the librarian said.")
    assert got == ["The library's catalogue runs on a small web service written in Rust.",
                   "The service answers about forty thousand searches a day from readers in the town.",
                   "Readers can search the catalogue with the book.title() call in the app, the librarian said."]


def test_a_site_tagline_a_lead_in_and_a_clause_alone_stay_out_of_the_brief():
    got = _eligible_texts(
        "The store lists the best deals it has found today on games and hardware. "
        "Updated 7 days a week, 365 days a year. Here's what the manager had to say\u2026 "
        "Q: Mr Lee - the store changed a great deal in the last ten years of trading. "
        "A: the store changed a great deal in the last ten years of its trading. "
        "Here are the main deals coming up in the week ahead... "
        "Because space travel and living off Earth are anything but easy. "
        "Because of the storm, the store closed early on Monday for the first time. "
        "Founded in 1990, the store now employs five hundred people in the city.")
    assert got == ["The store lists the best deals it has found today on games and hardware.",
                   "Because of the storm, the store closed early on Monday for the first time.",
                   "Founded in 1990, the store now employs five hundred people in the city."]


def test_a_videos_title_a_speaker_on_a_topic_stays_out_of_the_brief():
    # Fox Sports: "NFL insider Jay Glazer on the Raiders' decision to not bring back Tom Cable."
    got = _eligible_texts(
        "Transport reporter Jane Doe on the council's decision to not bring back night crossings. "
        "The Harbor Town council voted on Monday to end the night ferry to Gull Island. "
        "Councillor Ben Ortiz on Monday said the service would return in the spring.")
    assert got == ["The Harbor Town council voted on Monday to end the night ferry to Gull Island.",
                   "Councillor Ben Ortiz on Monday said the service would return in the spring."]


def test_a_show_named_in_the_first_person_is_not_the_writers_voice():
    text = ("Sheila Ferguson is favourite to be evicted from I'm A Celebrity, Get Me Out Of Here. "
            "The singer has the longest odds of the ten contestants this week. "
            "Comic Joe Pasquale remains the favourite to win the reality show. "
            "Viewers vote for the contestant they want to see leave the jungle.")
    assert len(_eligible_texts(text)) == 4


def test_a_column_in_the_first_person_keeps_its_sentences():
    text = ("We bought a game and played it to the end. We spend money on virtual perks now. "
            "We play on phones while talking to friends. Developers keep updating their games.")
    assert len(_eligible_texts(text)) == 4


def test_a_quotation_over_several_sentences_is_not_the_writers_voice():
    from summarize.document import parse
    from summarize.engines.eligible import _outside_quotes

    doc = parse("The state launched the slogan \u201cMeth. We\u2019re on it.\u201d on Monday. "
                "Officials said the campaign cost $449,000.")
    assert [s.text for s in doc.sentences][:1] == [  # a short quotation: one sentence
        "The state launched the slogan \u201cMeth. We\u2019re on it.\u201d on Monday."]
    speech = " ".join(f"We will open library number {k} in the town." for k in range(8))
    doc = parse(f"The mayor said \u201c{speech} We are on it.\u201d on Monday. "
                "Officials said the plan cost $449,000.")
    outside = [t.strip() for t in _outside_quotes(doc)]
    assert outside[0] == "The mayor said" and set(outside[1:-2]) == {""}
    assert outside[-2:] == ["on Monday.", "Officials said the plan cost $449,000."]


def test_a_line_without_a_final_mark_stays_out_of_the_brief():
    got = _eligible_texts(
        "The store opened three new branches in the city on Monday morning. "
        "The manager said the branches would be \u201copen until ten every day.\u201d "
        "Shoppers can pick up bottled water, snack bars and sunscreen. "
        "Bottled water baby carrier healthy snack bars camera sunscreen")
    assert got == ["The store opened three new branches in the city on Monday morning.",
                   "The manager said the branches would be \u201copen until ten every day.\u201d",
                   "Shoppers can pick up bottled water, snack bars and sunscreen."]


def test_a_how_to_whose_only_other_lines_are_lists_keeps_its_voice():
    lists = "\n\n".join(f"Ferry Snack Boxes: {k} Green, 1 Red, 2 Yellow, 1 tsp." for k in range(1, 9))
    got = _eligible_texts(
        "If you have taken the island ferry, you know how long the crossing can feel.\n\n"
        "This plan works for every crossing, so you can pack your boxes the night before.\n\n"
        + lists)
    assert got == [
        "If you have taken the island ferry, you know how long the crossing can feel.",
        "This plan works for every crossing, so you can pack your boxes the night before."]


def test_an_seo_article_that_tells_its_story_twice(summarizer):
    # a hand-written SEO article: a slanted title with a shouted verb and an exclamation
    # after a dash, the story told in the lead and again under "What Happened?", junk
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "story_told_twice.txt").read_text()
    brief = summarizer.summarize(text)
    assert brief.headlines[0].text == "Pop Star Mara Vey Criticised for Concert Cancellation"
    assert not any(h.text.startswith(("March", "On ")) for h in brief.headlines)
    said = [s.text for s in brief.sentences]
    assert said[0].startswith("Pop star Mara Vey has been criticised by fans after she cancelled")
    # the retelling ("On Saturday, March 1, Mara Vey cancelled her concert ...") gives way
    assert not any("March 1" in s for s in said), said
    assert not any(w in brief.summary.lower() for w in ("slammed", "furious", "shocking", "leave a"))


def test_an_seo_article_with_a_slanted_opening_and_a_false_title(summarizer):
    # a hand-written SEO article: a shouted, loaded title that does not match its story
    # ("Peacocks"), a lead that opens with the writer's judgement, FAQs, a conclusion,
    # "YOU MAY ALSO LIKE", share buttons, related posts, a comment form and a writer's note
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "seo_airline_ban.txt").read_text()
    brief = summarizer.summarize(text)
    heads = [h.text for h in brief.headlines]
    # "Skyway Air has announced that it will ..." is the airline's own plan
    assert heads[0] == "Skyway Air to no longer allow emotional support animals other than dogs"
    assert not any("Peacock" in h or "Explodes" in h for h in heads)
    assert "Airline makes announcement" not in " ".join(heads)  # news without its content
    assert not any(h.endswith("emotional support animals") for h in heads)  # "treat ... [as pets]"
    said = [s.text for s in brief.sentences]
    assert said[0].startswith("Skyway Air has announced that it will no longer allow")
    assert [(e.original, e.replacement) for e in brief.edits][:1] == [
        ("In a stunning move that has left passengers absolutely outraged,", "")]
    low = brief.summary.lower()
    assert not any(w in low for w in ("stunning", "outraged", "h2 heading", "you may also like",
                                      "leave a reply", "what do you think"))
    edit = brief.edits[0]  # its span points into the user's text
    assert text[edit.start:edit.end] == edit.original and edit.sentence == 0


def test_a_box_score_under_a_teams_record_stays_out_of_the_brief():
    got = _eligible_texts(
        "Viera beat Rockledge 2-1 on Tuesday night to remain undefeated this season. "
        "Palm Bay (1-0): Tolivert 25 points. "
        "Rockledge (0-1-2): Blakely 15 points and six rebounds in the loss.")
    assert got == ["Viera beat Rockledge 2-1 on Tuesday night to remain undefeated this season."]
    # the lines after the first of a box score's paragraph, and a team not ranked
    got = _eligible_texts(
        "Viera beat Rockledge 2-1 on Tuesday night to remain undefeated this season.\n\n"
        "Melbourne (3-0): Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals, 2 assists in the rout.\n\n"
        "Astronaut (NR): Jaden Siemans 7 saves in the second half.")
    assert got == ["Viera beat Rockledge 2-1 on Tuesday night to remain undefeated this season."]


def test_a_first_sentence_that_points_back_at_a_lost_standfirst_is_left_out(summarizer):
    text = ("This comes after police said the students inside the university had no option but to "
            "surrender. The protests began peacefully in June over a bill on extradition to the "
            "mainland. Although the bill was withdrawn, the protests broadened into a movement "
            "against the government. Many of the protesters wear masks to hide their identities. "
            "China's ambassador accused Britain of meddling in the country's affairs on Monday.")
    got = summarizer.summarize(text)
    assert not any(s.text.startswith("This comes after") for s in got.sentences)
    assert got.sentences[0].text.startswith("The protests began")
    # a feature's lead that opens on a pronoun is not pointing back
    text = text.replace("This comes after police said", "This is the week police said")
    assert summarizer.summarize(text).sentences[0].text.startswith("This is the week")


def test_a_date_stamp_and_an_age_warning_stay_out_of_the_brief():
    got = _eligible_texts(
        "Published February 24, 2020 Last updated July 21, 2022 by the desk in Lagos. "
        "This article is more than 2 years old and may be out of date. "
        "Nigeria's economy grew by 2.55% in the fourth quarter, the statistics bureau said.")
    assert got == ["Nigeria's economy grew by 2.55% in the fourth quarter, the statistics bureau said."]


def test_a_photos_caption_in_the_text_stays_out_of_the_brief():
    got = _eligible_texts(
        "This photo, using a thermal camera, shows differences in body temperature. "
        "The difference is evident in their hands, which run colder on average.\n\n"
        "In this Nov. 5, 2019 photo, workers adjust a thermostat in an office in Boston.\n\n"
        "Office thermostats are set for the metabolic rate of men, a new study says. "
        "The photo was shared with 25,000 followers on the researchers' page.")
    assert got == ["Office thermostats are set for the metabolic rate of men, a new study says.",
                   "The photo was shared with 25,000 followers on the researchers' page."]


def test_a_column_in_the_first_person_still_gets_a_marked_headline(summarizer):
    """Every candidate in the writer's voice: the best of them, with the reason in its note."""
    heads = summarizer.headlines("One of my favourite Olympic moments was Kelly Holmes winning "
                                 "the 800m in Athens.")
    assert heads and heads[0].note.startswith("the writer's voice")


def test_an_seo_article_whose_lead_is_framed_by_stock_phrases(summarizer):
    # a hand-written SEO article: the facts sit in a lead framed by "has sparked a heated
    # debate after"; the next sentence is only the slant ("a contentious issue ... voice
    # their anger"); the notice's "must" is reported, not the writer's
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "seo_stroller_ban.txt").read_text()
    brief = summarizer.summarize(text)
    said = [s.text for s in brief.sentences]
    assert said[0] == ("A small bakery in the town of Millbrook has sparked a debate after its "
                       "owner, Dana Whitfield, announced that strollers will no longer be allowed "
                       "inside the shop from April 1.")
    assert any(s.startswith("On Monday, Whitfield posted a notice") for s in said), said
    low = brief.summary.lower()
    assert not any(w in low for w in ("contentious", "anger", "heated", "slam", "outrage",
                                      "only time will tell", "leave a reply"))
    assert not any("issue" in h.text for h in brief.headlines)


def test_seo_article_brief_is_neutral(summarizer):
    """A hand-written SEO article (``ui/examples/pool_closure.txt``): the story told under
    headings, a slanted title and frame, filler and junk.  The brief states the news without
    the input's loaded words, keeps its facts and none of the junk."""
    from summarize import neutral

    article = (ROOT / "ui" / "examples" / "pool_closure.txt").read_text()
    b = summarizer.summarize(article)
    flagged = {f.text.lower() for f in neutral.detect(article)}
    assert {"furious", "firestorm", "outrage", "heated"} <= flagged
    quotes = " ".join(article[s:e] for s, e in neutral.quoted_spans(article)).lower()
    left = [w for w in flagged if re.search(rf"\b{re.escape(w)}\b", b.summary.lower())
            and w not in quotes]
    assert left == []
    assert b.summary.startswith("In Oakridge, the city council voted 5-2 on Tuesday night to "
                                "permanently close the Elm Street Community Pool.")
    assert "$2.3 million" in b.summary
    for junk in ("YOU MAY ALSO LIKE", "Leave a Reply", "H2 and H3", "newsletter", "2024 Oakridge"):
        assert junk not in b.summary and all(junk not in h.text for h in b.headlines)
    for h in b.headlines:
        assert not neutral.detect(h.text), h.text


def test_a_reference_lists_entries_stay_out_of_the_brief():
    # HRSA's page: "National Institute of Dental and Craniofacial Research (n.d.). Centers for
    # Disease Control and Prevention (2019)." in the brief
    got = _eligible_texts(
        "The Harbor Town council voted on Monday to end the night ferry to Gull Island. "
        "Riverside Institute of Ferry and Harbour Research (n.d.). Harbor Town Council of Ferries (2019). "
        "Councillor Ben Ortiz on Monday said the service would return in the spring. "
        "7.De Sousa RAL, Improta-Caria AC, Aras-J\u00fanior R, Cassilhas RC. "  # (a numbered list of authors)
        "For daily news, sign up for the Harbor Town newsletter.")
    assert got == ["The Harbor Town council voted on Monday to end the night ferry to Gull Island.",
                   "Councillor Ben Ortiz on Monday said the service would return in the spring."]


def test_a_sentence_opening_on_that_leans_on_the_one_before():
    from summarize.engines.extractive import DANGLING

    assert DANGLING.match("That means people with the disorder will need a treatment plan.")
    assert DANGLING.match("That\u2019s why the council voted again.")
    assert not DANGLING.match("Thatcher's government fell in 1990.")


def test_a_sentence_opening_on_a_connective_needs_the_one_before(summarizer):
    # "For example, the Google Stadia ... port doesn't run at a solid 60fps." opened a brief
    text = ("The Harbor Town council promised a faster night ferry to Gull Island this winter. "
            "You were told the crossing would take ten minutes. "
            "For example, the ferry took 25 minutes on its first crossing on Monday. "
            "The ferry's operator, Gull Lines, said the engines had been serviced in October. "
            "Councillor Ben Ortiz said the council would review the timetable in January. "
            "The ferry carries about 300 passengers a night between the town and the island.")
    got = [s.text for s in summarizer.summarize(text).sentences]
    assert not any(t.startswith("For example") for t in got)
    from summarize.engines.extractive import DANGLING, DANGLING_FIRST

    for opener in ("For example, the", "For instance, the", "In addition, the", "Moreover the",
                   "As a result, the", "On the other hand, the", "Nevertheless the"):
        assert DANGLING.match(opener) and DANGLING_FIRST.match(opener)
    assert not DANGLING.match("In addition to the ferry, the council runs a bus.")
    assert not DANGLING.match("Forexample is a word.")


# the body of a short ferry story, after the lines a test puts before it
_GULL_FERRY = ("The Harbor Town council runs a night ferry to Gull Island from November to March.\n\n"
               "The crossing takes 25 minutes and costs four dollars for adults and two for children.\n\n"
               "Gull Lines, which runs the ferry, said the engines had been serviced in October.\n\n"
               "The ferry carries about 300 passengers a night between the town and the island.")


def test_an_answer_to_a_question_the_brief_does_not_hold_does_not_open_it(summarizer):
    # WCXB 4084: "Planning your first trip? If so, you came to the right place!" (the question
    # went as a question to the reader) opened the brief
    text = ("Planning your first crossing to Gull Island?\n\n"
            "If so, the Gull Island night ferry is the fastest and the cheapest way to cross this winter.\n\n"
            + _GULL_FERRY)
    got = [s.text for s in summarizer.summarize(text).sentences]
    assert got and not got[0].startswith("If so")
    from summarize.engines.extractive import DANGLING, DANGLING_FIRST

    assert DANGLING.match("If not, the ferry waits.") and DANGLING_FIRST.match("If so, read on.")
    assert not DANGLING.match("If some ferries stop, the council pays.")


def test_an_epigraph_or_an_also_sentence_does_not_open_the_brief(summarizer):
    # WCXB 5596 opened on an epigraph ("A man too busy to take care of his health is like ..."),
    # WCXB 0046 on "Cloud computing is also closely tied to ...", dev page 8267acac on a pull
    # quote before its news
    text = ("\u201cA ferry is only as good as the night it runs in.\u201d\n\n"
            "The Gull Island night ferry is also the cheapest way to cross the bay this winter.\n\n"
            + _GULL_FERRY)
    got = [s.text for s in summarizer.summarize(text).sentences]
    assert got and got[0].startswith("The Harbor Town council runs")
    from summarize.engines.extractive import ADDS_TO

    assert ADDS_TO.match("\"We will run all winter,\" the operator said.")
    assert not ADDS_TO.match("Fall isn't just pumpkin season\u2014it's also a time for soup.")
    assert not ADDS_TO.match("The ferry, which also carries bikes, runs at night.")


def test_a_sentence_with_a_connective_aside_does_not_open_the_brief(summarizer):
    # a page's "Highlights" box repeated "Israeli courts, however, have declared most major
    # settlements legal." above the article, and the brief opened with it
    text = ("The county court, however, has ruled most night ferries on the coast legal.\n\n"
            "The Harbor Town council voted on Monday to end the night ferry to Gull Island after "
            "the regional government declared night ferries on the coast illegal.\n\n"
            "Councillor Ben Ortiz said the council would ask the regional government to review "
            "its decision in January.\n\n"
            "The ferry carries about 300 passengers a night between the town and the island.\n\n"
            "The county court, however, has ruled most night ferries on the coast legal.\n\n"
            "Gull Lines, which runs the ferry, said it would keep its crews until the spring.")
    got = [s.text for s in summarizer.summarize(text).sentences]
    assert got and not got[0].startswith("The county court")
    from summarize.engines.extractive import CONTRASTS

    for aside in ("Israeli courts, however, have declared", "The court, in turn, ruled",
                  "Prices, though, rose", "The mayor, meanwhile, said"):
        assert CONTRASTS.match(aside)
    assert not CONTRASTS.match("In London, the mayor said, however, that the ferry would run.")
    assert not CONTRASTS.match("The court ruled, however late, that the ferry was legal.")


def test_a_contrast_may_answer_a_sentence_two_back():
    from summarize.select import select

    # "The statement said it was no enemy fire. It gave no place. The Taliban, however,
    # claimed ...": the contrast needs an earlier sentence in the brief, not the one before it
    emb = np.eye(4, dtype=np.float32)
    scores = np.array([3.0, 0.0, 2.0, 1.0])
    got = select(scores, emb, [10, 10, 10, 10], [0, 1, 2, 3], max_words=30, needs_earlier={2, 3})
    assert got == [0, 2, 3]
    assert select(scores, emb, [10] * 4, [1, 2, 3], max_words=20, needs_earlier={2, 3}) == [1, 2]


def test_a_records_field_without_a_verb_stays_out_of_the_brief():
    from summarize.engines.brief_lines import _field_line

    assert _field_line("Organization: Riverside Library Association, Inc.")
    assert _field_line("Attendance: 19,537.")
    assert not _field_line("Update: The library will open on Sundays from May.")
    assert not _field_line("She said: 'The library is open.'")
    assert _field_line("Riverside (3-0): Osas Osaro 3 goals, 1 assist.")  # a box score's line
    assert not _field_line("Update (May 2): The library will open on Sundays.")
    # a list of names for its value (WCXB 4304 "Industries Catered: Manufacturing, Hospitality, ...")
    assert _field_line("Industries Served: Manufacturing, Hospitality, Retail, Healthcare.")
    assert _field_line("Ferry routes: Oslo, Bergen, and Gull Island.")
    assert not _field_line("Result: Riverside beat Elm Park, Oakdale drew.")


def test_a_pointer_to_what_the_page_lists_is_no_brief_sentence():
    from summarize.engines.brief_lines import _LEAD_IN

    assert _LEAD_IN.match("All that and more is below in the latest Library Lunch Break.")
    # (WCXB 5576: "If you're a "working mom," this might sound familiar…")
    assert _LEAD_IN.match("If you\u2019re a \u201clibrarian,\u201d this might sound familiar\u2026")
    assert not _LEAD_IN.match("If you\u2019re a librarian, the council will pay you more.")
    assert not _LEAD_IN.match("All the library's books are below the reading room.")
    # (WCXB 4034's brief opened "Here are all the important remote work tips and advice to
    # remember to help you crush WFH!"; the list that follows a colon is the news)
    assert _LEAD_IN.match("Here are all the important library tips and advice to help you borrow more!")
    assert _LEAD_IN.match("Here\u2019s a step-by-step guide for first-time borrowers.")
    assert not _LEAD_IN.match("Here's how police say the scheme worked: the clerk kept the fines.")
    assert not _LEAD_IN.match("Here the library keeps its rarest books and maps.")


def test_a_line_refused_by_its_own_words_is_named():
    from summarize.engines.brief_lines import why_not

    assert why_not("Download your free Night Ferry Planner.") == "a call to act"
    assert why_not("Is the night ferry running?") == "a question"
    assert why_not("Daily departures from Harbor Town, Gull Island and Port Calder.") == "a phrase without a verb"
    assert why_not("The Gull Island night ferry will run from November to March this winter.") is None



_CALL = "a disclosure, contact line, call to read on or offer"
_FIRM = "the writer introducing themself, or a note beside the text"


@pytest.mark.parametrize("line,why", [
    # (WCXB 0430: a signed checkpoint; 0456: a menu glued by innerText; 4043: a citation box)
    ("The ferry log signs each entry with FrMVCWmHnYfHReztLams2F3HUY6UMub3c5xu7+e8R8SA=.", "a key, hash or glued menu"),
    ("NewsTech trailTrade floorExportThe Killer50OxfordBlogsAwardsDirectoryEvents.", "a key, hash or glued menu"),
    # (WCXB 5583: a carousel of other posts' titles run together, which had been the whole brief;
    # a sentence with names written so stays)
    ("Night Ferry FaresHow to Book a CabinWinter TimetablesWhat to Pack for the CrossingGull "
     "Island Guide (Plus a Map!)", "a key, hash or glued menu"),
    ("The FerryLink app beats HarborPass and SeaTix, and BookIt is cheaper than HarborPass.", None),
    ("While every effort has been made to follow citation style rules, there may be some discrepancies.", _CALL),
    # (WCXB 0297, 0128: the firm behind the page; 0151: a guide's blurb; 5607: a call to get the guide)
    ("At Harbor Ferries, we believe in safe crossings for every family.", _FIRM),
    ("At Gull Island Ferry Co. in Port Calder, our goal is to run on time.", _FIRM),
    ("A guide on how much to charge for ferry tickets, including average costs and tips.",
     "a guide's promise to the reader"),
    ("Take control of your crossing & plan the trip get the guide now!", _CALL),
    # (WCXB 4696, 5164; CNN's "Pictured: ...")
    ("Right: the night ferry leaving Harbor Town.", "a picture's caption"),
    ("Top left: The Gull Island ferry is a loose fitting boat that seats 40.", "a picture's caption"),
    ("Pictured: Mayor Jane Roe at the harbour in Port Calder .", "a picture's caption"),
    # a long word without a digit is no key; a fact about a guide, a place where "we" did
    # something, a time's "right" stay
    ("The Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch ferry runs daily.", None),
    ("A guide to the island's ferries was published by the council on Monday.", None),
    ("At the harbour, we counted 40 cars waiting for the night ferry.", None),
    ("Right now the ferry runs twice a day.", None),
    # (WCXB 4975: a review site's disclosure and aim; 0460: a paper's citation; 4646: the
    # writer's other post; 5691, 0262: the guide to the reader)
    ("We have financial relationships with some ferry lines we cover, earning commissions when readers "
     "book.", _CALL),
    ("FerryGuide.com aims to help travellers make informed decisions about crossings.", _FIRM),
    ("Jana Kowalczyk and Tom Reed, \u201cNight Ferries and Island Economies,\u201d in Proceedings of the "
     "3rd Harbor Conference, 2024.", "a citation"),
    ("If you would like to know more, I have written a blog about the night ferry here.", _FIRM),
    ("I have written about the benefits of the night ferry here.", _FIRM),
    ("You\u2019ve come to the right place.", "a guide's promise to the reader"),
    ("Well, it\u2019s all covered in this article.", "a guide's promise to the reader"),
    # (WCXB 0195, 0308: the guide to the reader; 0243: a pointer to another part of the page)
    ("This ultimate guide has everything you need!", "a guide's promise to the reader"),
    ("Let\u2019s get you started with our ultimate guide to the night ferry.", "a guide's promise to the reader"),
    ("Ahead, we\u2019ll explain the differences between the day and night ferries.", "a guide's promise to the reader"),
    ("To see fares from prior years, please visit the Full Results section below.", _CALL),
    ("Try Our 10-Minute Ferry Quiz for When Time Is of the Essence.", "a call to act"),  # (WCXB 0195)
    # a phrase that goes on from the sentence before (dev a860fb5e: "Or even for great sex for one
    # night."); an opening phrase with its clause after the comma is a sentence
    ("Or even for a quiet crossing at night.", "a phrase without a verb"),
    ("And with the harbour master as a colleague.", "a phrase without a verb"),
    ("But for many islanders, the night ferry offers something more valuable.", None),
    ("I am the founder of Harbor Ferries, and we run the night crossing.", _FIRM),  # (WCXB 0434)
    # a study named in quotation marks, a site in the news, a writer's book: facts
    ("The study, \u201cNight Ferries and Island Economies,\u201d found that fares fell by 10%.", None),
    ("FerryGuide.com was bought by a travel group in March.", None),
    ("She has written a book about the night ferry.", None),
    # (WCXB 0390, 4458, 4444: a newsletter's tagline, its web copy, an offer's last seats; 0380:
    # a formula; 0453: a painting's caption with its date and painter)
    ("The Crossing is a weekly newsletter for ferry captains and harbour masters.", _CALL),
    ("View it in your browser.", _CALL),
    ("There are only 4 seats left for my night ferry workshop in Port Calder!", _CALL),
    ("L_total = L_fare + lambda * L_delay, where L_fare keeps fares low.", "a line of code"),
    ("Fare = base + 2 * distance.", "a line of code"),
    ("Arrival of the First Ferry at Port Calder, June 3, 1898, by Jana Kowalczyk.", "a picture's caption"),
    ("This was taken when I became a ferry captain!", "a picture's caption"),  # (WCXB 5550)
    ("That said, let\u2019s get started.", "a guide's promise to the reader"),  # (WCXB 5596)
    ("So, let\u2019s dive in!", "a guide's promise to the reader"),
    ("Fear not, for below is a list of ferries that any captain will appreciate.", "a lead-in"),  # (WCXB 0394)
    ("Suggest changes to inaccurate or misleading information.", _CALL),  # (WCXB 0026)
    ("\u2705 FerryNow \u2013 Best all-in-one booking app with excellent timetable features.",
     "a review list's entry"),  # (WCXB 2218)
    # a newsletter named in a sentence, an equals sign in words, a painting's year in a sentence
    ("The ferry line launched a weekly newsletter for passengers in March.", None),
    ("One ticket = one crossing, the council said.", None),
    ("The painting was finished in 1898 by Jana Kowalczyk, who lived on the island.", None),
    ("This was taken into account by the council.", None),
    ("We dive in the harbour at dawn, the captain said.", None),
    # (WCXB 0110, 4537, 5608, 0332: a guide about itself, read on the seed-57 sample)
    ("This comprehensive guide is an invaluable resource for anyone who takes the night ferry.",
     "a guide's promise to the reader"),
    ("Use this guide to help think through all the costs of a ferry crossing.", "a guide's promise to the reader"),
    ("So in this tutorial, we\u2019re giving you the best tips on booking a cabin.", "a guide's promise to the reader"),
    ("Here's a rundown of what the best ferry lines are in the harbour.", "a lead-in"),
    ("This guide is the result of a two-year study by the council.", None),
    ("The council said it would use this guide to plan the timetable.", None),
])
def test_a_line_of_the_page_that_speaks_for_itself_or_of_reference_is_named(line, why):
    from summarize.engines.brief_lines import why_not

    assert why_not(line) == why
