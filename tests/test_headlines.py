"""Headline candidates: compression by deletion, constraints, neutral rewrite, ranking."""

import math

import pytest

from summarize import headline_compress as hcomp
from summarize import headlines as hl


def test_compress_drops_asides_attributions_and_clauses():
    s = ("On Monday evening, the Port Calder city council, which met for three hours, voted 5-2 "
         "to close the Riverside library, officials said.")
    variants = hl.compress(s, max_words=14)
    assert variants, "at least one variant fits"
    assert all(len(v.split()) <= 14 for v in variants)
    assert "The Port Calder city council voted 5-2 to close the Riverside library" in variants


def test_compress_keeps_fact_in_subordinate_clause():
    s = ("The city of Port Calder is reeling after Mayor Elena Marsh announced on Monday that the "
         "Riverside Branch Library will close its doors on March 31.")
    assert "The Riverside Branch Library will close its doors on March 31" in hl.compress(s)


def test_the_writers_own_story_keeps_its_when_clause():
    # (WCXB 0404: "My story begins on Friday, November 7, 2025, when Discord announced ..." gave
    # "Discord announces brand new update ..." over the post's own headline)
    s = ("My story begins on Friday, when the Riverside library announced a new online catalogue "
         "for its members.")
    assert not any(v.startswith("The Riverside library announced") for v in hl.compress(s))
    s = "Port Calder is reeling after the Riverside library announced it will close on March 31."
    assert "The Riverside library announced it will close on March 31" in hl.compress(s)


def test_numbers_with_commas_are_not_clause_breaks():
    s = "The group, a volunteer network that collected more than 3,000 signatures, met on Friday."
    assert all("000 signatures" not in v or "3,000" in v for v in hl.compress(s, 20))


def _ranked(*sents):
    return [hl.Source(i, s, 1.0 - i * 0.1) for i, s in enumerate(sents)]


def test_candidates_meet_the_constraints():
    article = ("Mayor Slammed for Shocking Decision\n\nThe council voted 5-2 on Monday to close "
               "the Riverside library. Marsh said the closure would save $420,000 a year. "
               "The decision was slammed by the Friends of Riverside Library.")
    ranked = _ranked("The council voted 5-2 on Monday to close the Riverside library.",
                     "Marsh said the closure would save $420,000 a year.",
                     "The decision was slammed by the Friends of Riverside Library.")
    heads, rejected = hl.candidates(ranked, article, "Mayor Slammed for Shocking Decision", n=3)
    assert len(heads) == 3
    texts = [h.text for h in heads]
    assert len(set(texts)) == 3
    for t in texts:
        assert 3 <= len(t.split()) <= 14
        assert "slammed" not in t.lower() and "shocking" not in t.lower()
    # the title in neutral words (its Title Case "Shocking" is a judgement, not a name)
    assert texts[0] == "Mayor Criticised for Decision"
    assert heads == sorted(heads, key=lambda h: (bool(h.flags), -h.score))


def test_a_calm_title_is_the_top_candidate_and_not_repeated():
    title = "Council votes to close Riverside library"
    article = title + "\n\nThe council votes to close Riverside library. It met on Monday."
    heads, rejected = hl.candidates(_ranked("Council votes to close Riverside library."),
                                    article, title, n=3)
    assert [h.text for h in heads] == [title]
    assert heads[0].source is None  # it came from the title, not from a sentence
    assert len(heads) == 1  # the sentence that copies it is not a second candidate


def test_a_question_title_keeps_its_mark_and_ranks_below_a_plain_title():
    article = "The council voted 5-2 on Monday to close the Riverside library on Elm Street."
    heads, _ = hl.candidates(_ranked(article), article,
                             "Will the council close the Riverside library?", n=3)
    assert heads[0].text == "Will the council close the Riverside library?"
    question = heads[0].score
    heads, _ = hl.candidates(_ranked(article), article, "Council closes the Riverside library")
    assert heads[0].text == "Council closes the Riverside library"
    assert heads[0].score - question == pytest.approx(
        (1 - hl.TITLE_QUESTION) * hl.RANK_WEIGHTS["title"], abs=0.2)


@pytest.mark.parametrize("title,top", [
    # a page label goes; a loaded kicker goes with its colon
    ("BREAKING NEWS: Council Votes To Close Riverside Library",
     "Council Votes To Close Riverside Library"),
    ("Commentary | Council votes to close Riverside library",
     "Council votes to close Riverside library"),
    ("Library chaos: Council votes to close the Riverside library",
     "Council votes to close the Riverside library"),
    # a title without a verb is a headline too, from four words
    ("The Riverside library vote on Elm Street", "The Riverside library vote on Elm Street"),
    # loaded verbs get their neutral form, inflected by lemminflect
    ("Riverside library visits plunge, council doubles down on closure",
     "Riverside library visits fall, council stands by closure"),
    # an exclamation after a dash goes with the dash; a Title Case judgement is dropped
    ("Council SLAMMED for Shocking Riverside Library Vote \u2013 Readers Are Furious!",
     "Council Criticised for Riverside Library Vote"),
])
def test_title_forms_that_become_the_top_candidate(title, top):
    article = ("The council voted 5-2 on Monday to close the Riverside library on Elm Street. "
               "Visits to the library fell by half. The closure stands, the council said.")
    heads, rejected = hl.candidates(_ranked(article), article, title, n=3)
    assert heads[0].text == top, (heads, [(r.text, r.rejected) for r in rejected])
    assert heads[0].source is None


def test_an_opening_day_and_date_are_left_out():
    lead = "On Saturday, March 1, the council voted to close the Riverside library on Elm Street."
    heads, _ = hl.candidates(_ranked(lead), lead, None, n=3)
    assert heads[0].text == "Council votes to close Riverside library on Elm Street"
    assert hl.compress("On Nov. 18, NASA added five companies to the program.")[0] \
        == "NASA added five companies to the program"  # (headline style comes later)


def test_a_question_title_rewritten_shorter_is_still_the_whole_question():
    # "go after" asked "where" is not an attack (not "criticise"); the question keeps its mark
    article = ("Benjamin Netanyahu's victory in Tuesday's election keeps in place a prime minister "
               "who has resisted the United States on Iran, officials said.")
    title = "Where do strained U.S.-Israeli relations go after Netanyahu's victory?"
    heads, _ = hl.candidates(_ranked(article), article, title, n=3)
    assert heads[0].text == title
    article += " The deal with Israel was signed in May."
    heads, _ = hl.candidates(_ranked(article), article, "Is the shocking deal good for Israel?", n=3)
    assert "Is the deal good for Israel?" in [h.text for h in heads]


def test_a_cut_inside_a_title_is_not_a_title_candidate():
    title = "Van Der Beek eliminated from 'Dancing with the Stars' after announcing his outrageous plans"
    article = title + ". He was eliminated on Monday. He announced his plans, he said."
    heads, rejected = hl.candidates(_ranked(article), article, title, n=3)
    titles = [h.text for h in heads + rejected if h.source is None]
    assert heads[0].text == ("Van Der Beek eliminated from 'Dancing with the Stars' after "
                             "announcing his plans")
    assert not any(t.startswith("Announcing") for t in titles)
    cut = [r for r in rejected if r.text == "Van Der Beek eliminated from 'Dancing"]
    assert cut and cut[0].rejected == "unbalanced quotes or brackets"
    assert "Van Der Beek eliminated from 'Dancing with the Stars'" in titles  # its phrase cut


def test_loaded_or_foreign_titles_are_not_candidates():
    article = "The council voted 5-2 on Monday to close the Riverside library on Elm Street."
    ranked = _ranked(article)
    for title, why in [("Mayor Furious Over Riverside Library Decision", "keeps loaded words"),
                       ("Why you should care about the Riverside library", "addresses the reader"),
                       ("Storm knocks out power across three counties", "does not match")]:
        heads, rejected = hl.candidates(ranked, article, title, n=3)
        assert all(h.source is not None for h in heads), title
        assert any(r.source is None and why in r.rejected for r in rejected), (title, rejected)


def test_an_article_short_or_long_needs_one_word_of_its_title():
    # the few paragraphs a paywall shows share one word ("library") with the page's title; so
    # may a whole article ("The man whose duvet nearly killed him: How this medical mystery was
    # solved" over an article that names "man" and "duvet"); a title that shares none is refused
    title = "Books, Buses and Budgets: So Many Ways to Spend on a Library"
    short = "The council voted 5-2 on Monday to close the Riverside library on Elm Street."
    heads, _ = hl.candidates(_ranked(short), short, title, n=3)
    assert heads[0].text == title
    long = short + (" The building opened in 1931 and was extended twice, most recently after a"
                    " flood damaged its basement archive. Council members said repairs to the"
                    " roof, heating and wiring would cost more than the city can raise this"
                    " year. Residents who use the reading room every week plan to petition the"
                    " mayor, and a teachers' union asked for a mobile service near schools."
                    " Officials expect a final vote in March after a public hearing at the"
                    " town hall, where volunteers will collect signatures.")
    heads, _ = hl.candidates(_ranked(long), long, title, n=3)
    assert heads[0].text == title
    other = "Ferries, Fares and Harbours: So Many Ways to Spend on a Marina"
    heads, rejected = hl.candidates(_ranked(long), long, other, n=3)
    assert all(h.source is not None for h in heads)
    assert any(r.source is None and "does not match" in r.rejected for r in rejected)


@pytest.mark.parametrize("text,expected", [
    ("It is of the most popular phones", "opens with 'It'"),
    ("And the band will do it with singer Michael McDonald", "opens with 'And'"),
    ("Spain's Rafael Nadal celebrates celebrates a point", "a word repeated"),
    ("Press secretary Dee Dee Myers exits her studio role", None),  # a name, not a repeat
    ("Spain Wins The The Davis Cup", "a word repeated"),
    ("Snake Plant Snake Plant thrives in low light", "words repeated"),  # (WCXB 4703: a heading glued on)
    ("Walla Walla council votes to close the library", None),
    ("Police arrest two men in raid HANOI, Vietnam", "a dateline, byline or credit"),
    ("Council votes to close the library Updated", "a dateline, byline or credit"),
    ("Council votes to close the library Photo: Jane Smith", "a dateline, byline or credit"),
    ("Council votes to close the library Getty Images", "a dateline, byline or credit"),
    ("Digital Photo Frame App Makes Old Hardware Useful Again", None),
    ("Enrolment period runs until, January 6", "a preposition without its object"),
    ("Sizes, and features out there make picking a mouse tricky", "opens with 'Sizes' (a list cut at its opening)"),
    ("In turn, their businesses suffer the consequences", "its subject is the pronoun 'their' (its referent is elsewhere)"),
    ("The economy grew by 5.5% in 2004, its best performance since 1980", None),  # an aside
    ("Either because they think they already know the controls",
     "opens with 'Either', a subordinate clause without its main clause"),
    ("Boeing wins a contract from NASA", None),
    ("US says it will act on the tariffs", None),
    ("Rockledge (0-): Blakely points", "a number cut after its dash"),
    ("In new case study out, they detail how man comes down",
     "its subject is the pronoun 'they' (its referent is elsewhere)"),
    ("In a new case study, doctors detail how man comes down with allergy", None),
    ("Airline makes announcement", "says that news was made, not what it is"),
    ("Skyway Air issues a statement", "says that news was made, not what it is"),
    ("Airline makes announcement on pet ban", None),
    ("Airline makes announcement in statement on its website",
     "says that news was made, not what it is"),
    ("Rockledge wins 3-1 in the final", None),
    ("Here is the prepared text of the talk", "opens with 'Here'"),
    ("Here comes the hard part", "opens with 'Here'"),
    ("Here Comes The Pun", "opens with 'Here'"),
    ("That includes lessons about gender", "opens with 'That'"),
    ("That deal was signed in May", "opens with 'That'"),
    ("No, it's not money but the lowly thermostat", "opens with 'No,'"),
    ("No one was hurt in the fire", None),
    ("Independent he expects some voters to switch", "its subject is the pronoun 'he'"),
    ("Once World Series ends", "opens with 'Once', a subordinate clause"),
    ("Despite its being one of the most tragic love stories", "opens with 'Despite'"),
    ("Despite losses, the firm grows", None),
    ("Part of its success comes from its Alexa software", "its subject is the pronoun 'its'"),
    ("Most of us sit through a screening of Titanic", "its subject is the pronoun 'us'"),
    ("Most of the protesters went home", None),
    ("Hope to land an outfit that can market both venues", "opens with the verb 'Hope'"),
    ("Officials hope to land an outfit", None),
    # a code comment's verb without a subject; a noun that a verb's form spells stays
    ("Concatenates part with running value", "opens with the verb 'Concatenates'"),
    ("Costs rise again at the library", None),
    ("Makes of cars differ", None),
    ("Fosters buys a stake in the library", None),  # a verb after it: a name
    ("Dams for energy can alter river flows", None),  # "dam" is a noun too
    ("The host quips", "ends on 'quips' without what was said"),
    ("Claire there is a marriage certificate", "a subject before 'there is'"),
    ("There is a marriage certificate, Claire says", None),
    ("Talks will go on, the minister says", None),
    # a list's post with its date run on (The Lean Startup: "... Open Until July 31Jul 21")
    ("Library Week Call for Readers is Open Until July 31Jul 21", "a date glued to a word"),
    ("Library Week Call for Readers is Open Until July 31", None),
    ("As much as a third of the library's books are damaged", None),  # a quantity, no clause
    ("As the library closes, readers protest", None),
    ("Even as libraries proceed to open longer", "opens with 'Even', a subordinate clause without its main clause"),
    ("As result, the library closes early", "opens with 'As result' (a fragment: it answers what came before)"),
    ("In general, libraries open at nine", "opens with 'In general' (a fragment: it answers what came before)"),
    ("As the library closes its doors", "opens with 'As', a subordinate clause without its main clause"),
    # WCXB 4251: "Given that accounting is an integral part of any business[, companies]"
    ("Given that the library is part of every town", "opens with 'Given', a subordinate clause without its main clause"),
    ("Given that the library is part of every town, readers", "opens with 'Given', a subordinate clause"),
    ("Given that the library is part of every town, readers protest", None),
    # WCXB 5225 "Judging by lineups announced both late last year ...", 4076 "Sometimes, it's referring to ..."
    ("Judging by the lineups announced last year", "opens with 'Judging', a subordinate clause without its main clause"),
    ("Judging by the lineups, the festival will sell out", None),
    ("Sometimes, it\u2019s referring to the library", "its subject is the pronoun 'it'"),
    # a short quotation's stop run on into the next words (WCXB 4662: 'Early Native Americans
    # call it "Three Sisters." system'); a slogan of sentences in quotation marks is a name
    ('Gardeners call it "Three Sisters." system', "a sentence's end inside the headline"),
    ('Town\u2019s "Read. Return. Repeat." library campaign draws praise', None),
    # "One" with its relative clause stands for a noun said before (WCXB 0434: "One that runs
    # locally executes logic on-device"); a participle's "When" clause without its main clause
    # (4690: "When faced with large wine list, or shelf stacks high with bottles")
    ("One that opens late serves the whole town", "opens with 'One that'"),
    ("One library opens late", None),
    # "Others" answers the "some" before it (WCXB 5216: "[While some contemplate a quiet
    # retirement in a small town,] others dream of spending their golden years ...")
    ("Others dream of spending their golden years in the library", "opens with 'Others'"),
    ("When faced with a long list of fines, or a shelf of overdue books",
     "opens with 'When', a subordinate clause without its main clause"),
    ("When faced with a long list of fines, the reader pays", None),
    # a list's step (WCXB 4012: "Firstly, battery life is crucial; laptop"), a semicolon's clause
    # cut to a word, what follows ("The following Bells of Steel home gym ...", 4640), a list
    # item's label and its pronoun ("Hotswap Sockets: These are most common type", 4801)
    ("Firstly, the library opens at nine", "opens with 'Firstly,'"),
    ("First, the library opens at nine", "opens with 'First' (a fragment: it answers what came before)"),
    ("First library opens in the town", None),
    ("The library opens at nine; reader", "a clause after its semicolon cut to a word"),
    ("Fines rose 37 percent in 2013; by 2017", "a clause after its semicolon cut to a word"),
    ("The library opens at nine; readers queue", None),
    ("The library opens at nine;", None),  # (nothing after the semicolon: an XSum row's text)
    ("Library: opens at nine; ;", None),
    ("The following library opens at nine", "opens with 'The following'"),
    ("The following day, the library opened at nine", None),
    ("Reading Rooms: These are the quietest rooms", "its subject is the pronoun 'These'"),
    ("Analysis: This is why the library closed", None),
    # a picture's caption by its gear (WCXB 4146: "The Lion Nebula captured using William Optics
    # RedCat 51"); the page's list below (0394: "Fear not, for below is a list of green gifts")
    ("The harbour at dawn captured using a Canon R5", "a picture's caption"),
    ("Harbour ferry captured in storm", None),
    ("Fear not, for below is a list of library books", "'below' refers to the page"),
    ("Library fines fall below the county average", None),
    # cuts of sentences from goose3's test pages, in our own words: a relative clause that
    # never closes, "not only" without "but"
    ("Harbour master Ellis, who's led the port since 2010", "a relative clause without the main"),
    ("Harbour master Ellis, who led the port since 2010, retires", None),
    ("Council pledges to not only keep the ferry running", "'not only' without its 'but'"),
    ("Council pledges to not only keep the ferry but add crossings", None),
    ("Not only that, the council cut fares", None),
])
def test_ill_formed_headlines_are_named(text, expected):
    got = hl.ill_formed(text)
    assert (got is None) if expected is None else got.startswith(expected)


@pytest.mark.parametrize("text,expected", [
    ("Anthony Lynn: \u201cWe needed to win this game\u201d", "Anthony Lynn: \u201cWe needed to win this game\u201d"),
    ('Mayor says "we will reopen."', 'Mayor says "we will reopen"'),
    ("council closes the library, ", "Council closes the library"),
    ("Layoffs to begin this week in U.S.", "Layoffs to begin this week in U.S."),
    ("Talks with the U.K.,", "Talks with the U.K."),
])
def test_clean_edges_keeps_a_closing_quote_that_ends_a_quotation(text, expected):
    assert hl.clean_edges(text) == expected


def test_a_title_with_a_quoted_word_is_kept_as_a_title():
    sents = ["Cells with taste receptors appear in the lungs of mice infected with flu.",
             "The cells taste danger and set off immune responses, researchers said."]
    article = " ".join(sents)
    heads, _ = hl.candidates(_ranked(*sents), article,
                             "Cells That \u2018Taste\u2019 Danger Set Off Immune Responses", n=3)
    assert heads[0].text == "Cells That \u2018Taste\u2019 Danger Set Off Immune Responses"
    assert heads[0].source is None


def test_a_headline_ending_on_a_determiner_is_rejected():
    assert hl.reject_reason("By the way this", hl.Constraints(), hl.Title.of(None), []) \
        == "ends mid-phrase"


@pytest.mark.parametrize("sentence,expected", [
    # the speaker becomes the subject of what "they" did
    ("japan's nec corp. and UNK computer corp. said wednesday they had agreed to join forces.",
     "Japan's nec corp. and UNK computer corp. agreed to join forces"),
    ("The company said on Monday it would cut 500 jobs at its plant in Ohio.",
     "The company will cut 500 jobs at its plant in Ohio"),
    # a trailing attribution without a capitalised name, and the day, are left out
    ("the sell-off of the steel mill was illegal, a court has ruled.",
     "The sell-off of the steel mill was illegal"),
    ("croatian and serb negotiators would meet saturday to agree on the area.",
     "Croatian and serb negotiators would meet to agree on the area"),
    # a short appositive name between the subject and its verb
    ("The world's largest retailer, Wal-Mart, has agreed to pay $14.5m to settle a lawsuit.",
     "The world's largest retailer has agreed to pay $14.5m to settle a lawsuit"),
    # a lower-cased lead (a wire's, as Gigaword gives it) loses its opening link as a cased one does
    ("however, the harbour ferry and the island bus were cancelled despite calm weather on the coast.",
     "The harbour ferry and the island bus were cancelled despite calm weather"),
    # a conjunction without its comma goes too, and the question stays one
    ("but will the new bridge open before the winter storms arrive?",
     "Will the new bridge open before the winter storms arrive"),
    # an aside between spaced hyphens goes whole
    ("The council says the new fees - which include a charge of £5 for every bin - are too high.",
     "The council says the new fees are too high"),
    # a quotation that ends the sentence keeps its closing mark when the period goes
    ('the harbour board said the pier would be rebuilt by "a crew of local divers".',
     'The pier would be rebuilt by "a crew of local divers"'),
    ('Harbour Master Jane Doyle said the ferry would be run by a team of "experienced local skippers".',
     'The ferry would be run by a team of "experienced local skippers", Doyle says'),
    # a relative clause after an opening phrase leaves the phrase's comma (WCXB 5650: "Unlike
    # Zoom Microsoft Teams packs ...")
    ("Unlike the bus, which stops at every village, the ferry runs straight to the island.",
     "Unlike the bus, the ferry runs straight to the island"),
])
def test_compress_makes_the_expected_variant(sentence, expected):
    assert expected in hl.compress(sentence)


def test_when_nothing_passes_a_noun_phrase_headline_is_given_with_its_note():
    sent = "A new era for the old town hall on the river."
    heads, _ = hl.candidates(_ranked(sent), sent, None, n=3)
    assert [(h.text, h.note) for h in heads] == [("New era for old town hall on river", "no verb")]


def test_gaps_count_holes_inside_a_deletion():
    assert hl._gaps([0, 1, 2, 5, 6, 9]) == 2
    assert hl._gaps([3, 4, 5]) == 0


@pytest.mark.parametrize("text,expected", [
    ("DUBAI, United Arab Emirates", "a dateline, byline or credit"),
    ("Also, we hope you have as much fun", "opens with 'Also,'"),
    ("Based on Ascom's connectivity", "opens with 'Based'"),
    ("Governor wants residents to know that her state", "a clause cut before its verb"),
    ("Police say that the man was arrested", None),
])
def test_more_fragments_are_named(text, expected):
    got = hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), [])
    assert (got is None) if expected is None else got.startswith(expected)


def test_this_morning_is_left_out_like_the_day():
    assert "Chelsea have paid the fee to secure the signing" in hl.compress(
        "Chelsea have this morning paid the fee to secure the signing.")


def test_a_dateline_before_the_story_is_left_out():
    got = hl.compress("Dekalb, Ill. \u2014 Mike Glass threw for three touchdowns on Saturday.")
    assert "Mike Glass threw for three touchdowns" in got
    assert not any(v.startswith("Dekalb") for v in got)
    got = hl.compress("PORTLAND (March 3, 2024) \u2014 The city library opened a second branch in the east.")
    assert got[0] == "The city library opened a second branch in the east"
    assert not any("PORTLAND" in v or "Portland" in v for v in got)


def test_an_opening_phrase_that_is_a_lists_first_item_stays():
    # "With A," is not an opening phrase of its own when ", B, and C," follow it
    got = hl.compress("With new shelves, longer hours, and a bigger staff, the small library can serve the town.")
    assert not any(v.startswith("New shelves") or v.startswith("Longer hours") for v in got)
    got = hl.compress("Still glowing from last year's prize, the small library is back in the news, and in "
                      "a better mood than last time.")
    assert "The small library is back in the news" in got
    got = hl.compress("With new shelves in every room, the small library can serve the whole town.")
    assert "The small library can serve the whole town" in got


def test_a_day_inside_a_name_stays():
    from summarize.headline_compress import drop_days

    assert drop_days("More Black Friday Deals Are Live") == "More Black Friday Deals Are Live"
    assert drop_days("Shoppers flock to Cyber Monday sales") == "Shoppers flock to Cyber Monday sales"
    assert drop_days("Hearings, which began on Monday, 28 April, end") == "Hearings, which began, end"
    assert drop_days("Leaders scrambled for much of Thursday to add funds") == \
        "Leaders scrambled for much of Thursday to add funds"  # the day is the object
    assert drop_days("Police arrested two men on Monday in Boston") == \
        "Police arrested two men in Boston"


@pytest.mark.parametrize("line,why", [
    ('"$53 million a week is coming across the border in drugs."', "a quotation"),
    ("The repression has only fuelled the crisis. It is up to them to de-escalate",
     "two sentences"),
    ("Materials from the state's viral campaign. (onmeth.com)", "a caption or link"),
    ("IRCC gave up office space in January. Now, it can't accommodate RTO-4", None),  # short
    ("Palm Bay 18 22 13 17 - 70", "mostly numbers"),
    ("Follow us on Twitter", "page furniture"),
    ("Add us as a preferred source on Google", "page furniture"),
    ("Don't have an account? Sign up \u00bb", "page furniture"),
    ("By Laura E. Adkins December 28, 2016", "a byline"),
    ("'The fact that nobody has explored the hill before is a mystery'", "a quotation"),
    ("Published February 24, 2020 Last updated July 21, 2022", "a date stamp"),
    ("By the numbers: how the city voted in the primary", None),
    ("South Dakota Gov. Kristi Noem defends 'Meth. We're on it' campaign", None),
    ("Best tech gadgets of 2019", None),
    # (WCXB 0184: a question to the reader as the headline's kicker)
    ("Have an App Idea? Affordable Ferry Apps Are Finally Open to Small Towns", None),
    ("Have an account? Sign up for ferry alerts", "page furniture"),
    ("ferrywriter / timetable.md", "a file's name"),  # (WCXB 0404: a gist's other title)
])
def test_lines_taken_for_a_title_that_are_something_else(line, why):
    got = hl.not_a_headline(line)
    assert (got is None) if why is None else why in got


@pytest.mark.parametrize("text,verb", [
    ("Three years ago, over breakfast", False),   # "over" and "breakfast" can be verbs
    ("The tech gadgets of 2019", False),
    ("Thirty years of gadgets", False),          # "years" is only a noun (not "-s": a verb)
    ("Palm Bay points to a win", True),
    ("Eagles flew over Denver", True),
    ("The man and Martin Cuts", False),          # a capitalised name is not a verb
    ("Palm Bay: Tolivert 25 points", False),     # a counted noun, after a label of names
    ("Heritage: Armani Sheffield 19 points and three steals", False),
    ("Brock Nelson's second goal of game 2:55", False),  # after a possessive: a noun
    ("Man, 25, dies in crash", True),            # the age is not a count
    ("It's time to go", True),                   # a contraction, not a possessive
    ("28 people in close contact", False),       # after a preposition and an adjective
    ("Residents in rural towns vote", True),
    ("Next biggest place", False),               # after a superlative: a noun
    ("Biggest crowds gather in Paris", True),
])
def test_has_verb_uses_the_dictionary_not_the_ending(text, verb):
    assert hl.has_verb(text) is verb
    assert hl.has_verb("Council Approves Plan", title_case=True)


@pytest.mark.parametrize("text,why", [
    ("As I write this review, the soundtrack plays", "the writer's voice"),
    ("Now we spend perks", "the writer's voice"),
    ("Anthony Lynn: “We needed to win this game”", None),          # inside a quotation
    ("Harbor mayor Lee: We could have saved the ferry", None),     # a speaker's words after the colon
    ("Review: I loved the new ferry", "the writer's voice"),        # (a label's colon: the writer's)
    ("Why I Ride the Ferry: My Story", "the writer's voice"),
    ("GSK, AstraZeneca confirm ferry probe", None),                 # two companies, no dateline
    ("DGA, AMPTP Reach Ferry Deal", None),
    ("Harbor Ferry Services Harbor Ferry Services is a national carrier", "words repeated"),
    ("DUBAI, United Arab Emirates Ferry crews strike", "a dateline, byline or credit"),
    ("South Dakota stands by 'meth, we're on it' campaign", None),
    ("Google's gaming offering, is rate", "the subject cut from its verb"),
])
def test_the_writer_voice_and_split_subjects_are_fragments(text, why):
    got = hl.ill_formed(text)
    assert (got is None) if why is None else got.startswith(why)


def test_a_day_with_a_possessive_stays():
    assert hl.compress("The coach was asked about Sunday's fight with the Steelers on Monday")[0] \
        == "The coach was asked about Sunday's fight with the Steelers"


def test_a_title_of_two_sentences_gives_its_first():
    title = "South Dakota doubles down on ‘Meth. We’re on it.’ They just might be."
    article = ("South Dakota launched the campaign 'Meth. We're on it.' The governor defended "
               "the campaign on Monday, and they just might be on it.")
    heads, _ = hl.candidates([], article, title)
    assert heads[0].text == "South Dakota stands by ‘Meth. We’re on it’"


def test_a_title_that_addresses_the_reader_is_the_last_resort():
    title = "Gift Guide: What do you buy for the person who has the latest technology?"
    article = "Gift guide for the person who has the latest technology. Buy a charger."
    heads, _ = hl.candidates([], article, title)
    assert [(h.text, h.note) for h in heads] == [(title, "the title addresses the reader")]
    # ... and it comes before a clause cut from the article at a phrase boundary
    lead = ("Tory leader Michael Howard has dismissed claims that his immigration policy was "
            "\"moving onto the turf\" of the British National Party (BNP).")
    title = "Do you believe Tory leader Michael Howard on his immigration policy?"
    heads, _ = hl.candidates(_ranked(lead), lead, title)
    assert [(h.text, h.note) for h in heads] == [(title, "the title addresses the reader")]
    assert hl._phrase_cut(_ranked(lead), lead, hl.Constraints()) is not None


def test_a_title_with_a_loaded_word_comes_before_a_fragment_of_the_writer():
    title = "Ferry Focus: It's Why Some Towns Triumph and Others Never Do"
    article = ("Today, we're going to talk about why a ferry is important for a town. "
               "I help towns plan their ferries.")
    heads, rejected = hl.candidates(_ranked(article), article, title)
    assert [(h.text, h.note) for h in heads] == [(title, "keeps loaded words: Triumph")]


@pytest.mark.parametrize("text,why", [
    ("Aston Martin goes head-to-head with Porsche's", "ends mid-phrase"),
    # a modal or "such" without what follows (set 9: "USB or hybrid mics can", "Say no to
    # single-use items such"); the month stays
    ("Library readers with old cards can", "ends mid-phrase"),
    ("Council says no to fees such", "ends mid-phrase"),
    # a list's next item cut to its preposition (WCXB 5627: "... Guide to Off-Peak, Off")
    ("Riverside Guide to Off-Peak, Off", "ends mid-phrase"),
    ("Library debt paid off", None),
    ("Library vote set for May", None),
    # an adjective after a preposition, its noun gone ("Zenzap is best Slack alternative for
    # teams looking for affordable"); a set phrase stays
    ("Readers are looking for affordable", "ends on a modifier without what it modifies"),
    ("Library left for dead", None),
    ("Council invests in high-quality", "ends on a modifier without what it modifies"),
    ("Library opens in real-time", None),
    # ... but a compound that ends in a particle is a noun (BBC dev: "Brian Moore believes the
    # England captain should not be a full-back.")
    ("Riverside captain should not be a full-back", None),
    ("Council orders a follow-up", None),
    ("Riverside library is a spacious", "ends on a modifier without what it modifies"),
    ("Council cuts fees for the poor", None),
    # an adverb that points at what was cut ("... latency issues, especially")
    ("Library cuts fees for students, especially", "ends mid-phrase"),
    # (a verb of place without its place: "... hung [over him all offseason]")
    ("Specter of the ferry's overtime loss in last season's final hung", "ends mid-phrase"),
    ("Law on software patents will not be re-drafted despite", "ends mid-phrase"),
    ("Microsoft has will replace power cables", "two auxiliaries in a row"),
    ("The ferry's hopes are somewhere between slim", "ends mid-phrase"),
    ("Council spends $200m between 1996", "ends mid-phrase"),
    ("Native ad units will power native ad spending past", "ends mid-phrase"),
    ("Bloomberg has to answer about his past", None),  # a noun after "his"
    ("Writer posted to Twitter asking if there", "ends mid-phrase"),  # a clause's subject alone
    ("Grants alone won't save the library if readers", "ends mid-phrase"),  # ... without a comma
    ("Police will act if the crowd", "ends mid-phrase"),
    ("Library opens on Sundays if needed", None),
    ("Readers take breaks if necessary", None),
    ("Library wins because of its readers", None),
    ("Mayor denies that it", "ends mid-phrase"),
    ("Yahya Sinwar was named new leader of Hamas's political bureau, many", "ends mid-phrase"),
    ("Mayor asks where to put it", None),
    ("Sudan is one of the poorest", "ends mid-phrase"),  # a superlative without its noun
    ("Sudan is one of the most isolated", "ends mid-phrase"),
    ("Sudan is one of the poorest countries", None),
    # a "that" clause whose subject has an adverb after it
    ("Results suggest that most voters there support the plan", None),
    ("Museum shows the city's past", None),
    ("Braun works with Kanye West and Kim Kardashian - both", "ends mid-phrase"),
    ("The deal coincides", "ends mid-phrase"),
    ("Van Der Beek eliminated in what Tom Bergeron", "ends mid-phrase"),
    ("A muddled view of the talks seems to be weighing", "ends mid-phrase"),
    ("Muddled view of US-China trade talks once again seems", "ends mid-phrase"),
    ("Hillary Clinton says is an attack on federal judge", "a reported clause without its subject"),
    ("Hillary Clinton says it is an attack on a judge", None),
    ("Police said the man had left", None),
    ("Justice Department sides", "ends mid-phrase"),  # "sides | with the ruling"
    ("Senator switches sides", None),
    ("Talks resume between the two sides", None),
    ("Gap grows between rich and poor", None),
    ("The players' union agrees a new deal", None),
    ("Apple shows what it has made", None),
    ("Teamsters show what union democracy looks like", None),  # "what X looks like" is whole
    ("As Trump pitches Venezuelan oil dream", "opens with 'As', a subordinate clause"),
    # a reference to what only the article says (flairNLP/fundus's CBC and Daily Mail pages)
    ("Palestinians say his appointment could ruin ceasefire talks", "'his' refers to"),
    ("Two batches of bills printed in 2014 contain this particular error", "'this particular error' refers"),
    ("Mayor says his plan will work", None),
    # the only verb a relative clause's: the main clause went
    ("Jacob Zuma's daughter which left 350 people dead", "no verb but a relative clause's"),
    ("Man who stole car is jailed", None),
    ("obama says his plan will work", None),  # lower-cased wire text: an unknown word is a name
    ("Prices rise this year", None),
    # a time after a compound's words is a time ("this formula one season"), a person is not
    ("Lewis hamilton determined to create history again this formula one season", None),
    ("Police question this man last week", "'this man' refers"),
    ("The man whose duvet nearly killed him: How this mystery was solved", None),  # said before
    # a pronoun whose referent is in the sentence before (a two-sentence headline)
    ("IRCC gave up office space in January. Now, it can't accommodate RTO-4", None),
    ("In a new study, they detail the effects", "its subject is the pronoun"),
    ("Union Democracy Looks Like", "ends mid-phrase"),
    # an adjective or adverb left without what it modified (pasted pages of other sites)
    ("Same goes for his claim that he would have won popular", "ends on a modifier"),
    ("The shortstop is having hysterically", "ends on a modifier"),
    ("Video goes viral", None),
    ("Man found alive", None),
    ("Court rules ban unconstitutional", None),
    ("Stocks fall sharply", None),
    ("Jury finds Roof guilty", None),
    # a "that" clause with an -ing form and no finite verb
    ("Durr explains that folks flying plane and helicopters around Manhattan", "a clause cut"),
    ("Durr explains that the folks flying the plane were training", None),
    ("Ministers say that they back the plan", None),
    ("Transition team announces", "ends mid-phrase"),
    ("Lobby group is fighting what appears", "ends mid-phrase"),
    ("At which point the host said, \u201cyou stole that coat\u201d", "opens with 'At which'"),
    ("Which of these phones lasts longest", None),
    ("Powerful objects The collection includes potent artifacts", "a heading glued"),
    ("Leaders meet in The Hague", None),
    ("Consumer Electronics Assn is fighting be a losing battle", "'be' without its modal"),
    ("Consumer Electronics Assn may soon be a losing party", None),
    ("The ferry won't be a loss-maker", None),
    ("Campaign to now be dropped under truce", None),
    ("Lover of all things chummus", "no verb"),  # an unknown word in -us is no verb
])
def test_deletions_that_break_a_phrase_or_a_verb_are_refused(text, why):
    got = hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), [])
    assert (got is None) if why is None else got.startswith(why)


def test_a_cut_does_not_split_a_name():
    long = ("Wales captain Gareth Thomas has been ruled out of the rest of the Six Nations "
            "with a broken thumb")
    assert not any(v.endswith("Six") for v in hl.compress(long, 12))


def test_this_of_a_time_is_not_a_pronoun_opener():
    assert hl.ill_formed("This year's Oscar nominees are the least popular for 20 years") is None
    assert hl.ill_formed("This is the least popular list for 20 years").startswith("opens with")


def test_a_lead_with_a_pronoun_subject_still_gets_a_marked_headline():
    heads, _ = hl.candidates(_ranked("It could cost 80 million pounds to run a referendum on "
                                     "the constitution, ministers have revealed."),
                             "It could cost 80 million pounds to run a referendum on the "
                             "constitution, ministers have revealed.", None)
    assert [h.text for h in heads] == ["It could cost 80 million pounds to run referendum on "
                                       "constitution"]
    assert heads[0].note.startswith("opens with 'It'")


@pytest.mark.parametrize("text", [
    "Before he resigns as home secretary, David Blunkett had been",
    "Sell-off of the steel mill to a relative of the former",
    "Warm reception for the game is a reflection not",
])
def test_dangling_auxiliaries_and_attributive_words_end_mid_phrase(text):
    assert hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), []) == "ends mid-phrase"


@pytest.mark.parametrize("title,cut,kept", [
    ("Rudy Giuliani Is No Longer In The Running To Become Donald Trump's Secretary Of State",
     "Rudy Giuliani Is No Longer", False),
    ("The Nationals Are Stuck With Danny Espinosa Tonight, Unless They Opt For The Only Thing Worse",
     "The Nationals Are Stuck With Danny Espinosa Tonight, Unless They Opt", False),
    ("The Nationals Are Stuck With Danny Espinosa Tonight, Unless They Opt For The Only Thing Worse",
     "The Nationals Are Stuck With Danny Espinosa Tonight", True),
    ("Tidal Barrier Plan For The Severn Estuary Approved By Ministers After A Decade Of Delays And "
     "Debate", "Tidal Barrier Plan For The Severn Estuary Approved By Ministers", True),
    # a passive's participle before its agent; an opening subordinate clause alone
    ("A Breath of Fresh Heir: Stephen Jones following in the shadow cast by his father",
     "A Breath of Fresh Heir: Stephen Jones following in the shadow cast", False),
    ("As Electoral College Elects Trump, Hillary is Embarrassed in a Big Way",
     "As Electoral College Elects Trump", False),
    ("Electoral College Elects Trump, Hillary is Embarrassed in a Big Way",
     "Electoral College Elects Trump", True),
    # a subject's verb that can be a noun ("Calls"), or an adjective before "and"
    ("Police Arrest Port Mayor On Fraud Charges \u2013 Island's Governor Calls For Calm",
     "Police Arrest Port Mayor On Fraud Charges \u2013 Island's Governor Calls", False),
    ("Police Arrest Port Mayor On Fraud Charges \u2013 Island's Governor Calls For Calm",
     "Police Arrest Port Mayor On Fraud Charges", True),
    ("Podcast: reporting on the wealthy, influential political and corporate families of Canada",
     "Podcast: reporting on the wealthy, influential political", False),
    # a noun that wants its object (flairNLP/fundus's saved pages); a semicolon ends a headline;
    # "U.S." before a capital ends no sentence; a list's item is no appositive
    ("Google's Search makeover incorporates yet more AI, but Google promises to leave room for "
     "classic results", "Google's Search makeover incorporates yet more AI, but Google promises "
     "to leave room", False),
    ("Japan Prime Minister Dodges Criticism During Leaders Debate; Takes Cautious Stance on "
     "Revising Japan-U.S. Pact", "Japan Prime Minister Dodges Criticism During Leaders Debate", True),
    ("Japan Prime Minister Dodges Criticism During Leaders Debate; Takes Cautious Stance on "
     "Revising Japan-U.S. Pact", "Japan Prime Minister Dodges Criticism During Leaders Debate; "
     "Takes Cautious Stance on Revising Japan-U.S.", False),
    ("Newborns left in dustbins, buses, forests: Madhya Pradesh tops India in infant abandonment "
     "cases for 5th straight year", "Newborns left in dustbins forests: Madhya Pradesh tops India "
     "in infant abandonment cases", False),
    # msnbc.com (CleanPortalEval, 2013): "... survivors need more than sound[ and fury]"
    ("Library readers need more than promises and speeches", "Library readers need more than promises", False),
])
def test_a_title_is_not_cut_before_the_preposition_its_verb_wants(title, cut, kept):
    assert (cut in hl.title_variants(title, 14)) is kept


def test_a_title_is_not_cut_before_its_verb():
    title = ("Ferry Returning to Gull Island From St. Thomas With 400 Crates of Rum Stopped by "
             "Customs, Harbor Police Say")
    made = [h for h, _ in hl.title_candidates(title, "A ferry was stopped with 400 crates of rum "
                                                 "off Gull Island, harbor police said.",
                                              hl.Constraints(), set())]
    cut = [h for h in made if h.text == "Ferry Returning to Gull Island From St. Thomas"]
    assert cut and cut[0].rejected == "a cut of the title before its verb"
    assert not hl._cut_before_verb("Police Arrest Man Carrying Gun",
                                   "Police Arrest Man Carrying Gun, Officials Say")


@pytest.mark.parametrize("title,out", [
    ("The 10 Best Ways to Measure Your Body Fat Percentage",
     "The 10 Best Ways to Measure Body Fat Percentage"),
    ("Your guide to the city's new bus routes", "Guide to the city's new bus routes"),
    ("What's your opinion on the new bus routes?", "What's your opinion on the new bus routes?"),
    ("Protect your home this winter", "Protect your home this winter"),  # an order all the same
    ("What you need to know about your taxes", "What you need to know about your taxes"),
    # (after a preposition in sentence case, "the": WCXB 4530's "... really does for your body and brain")
    ("What reading does for your brain and mood", "What reading does for the brain and mood"),
    ("AI won't steal your job", "AI won't steal your job"),
])
def test_a_title_that_says_your_says_the_same_without_it(title, out):
    assert hl._without_your(title) == out


def test_an_explainer_title_in_the_newsroom_voice_is_a_headline():
    assert hl.reject_reason("What we learned from the mayor's interview", hl.Constraints(),
                            hl.Title.of(None), [], title_case=True) is None
    assert hl.reject_reason("Mayor says we must pay more", hl.Constraints(),
                            hl.Title.of(None), [], title_case=True).startswith("the writer's voice")


def test_a_contraction_is_no_content_word():  # "doesn't" made "doesn" and "t", and the title
    # "AI Can Do Great Things - if It Doesn't Burn the Planet" did not match its article
    assert hl._content("AI Can Do Great Things if It Doesn't Burn the Planet") \
        == {"ai", "great", "things", "burn", "planet"}


def test_a_byline_taken_for_the_title_is_not_a_headline():
    assert hl.not_a_headline("Jane Roe, Staff Attorney, Racial Justice Program") \
        == "the title line is a byline"
    assert hl.not_a_headline("Jane Roe from University of Leeds") == "the title line is a byline"
    assert hl.not_a_headline("Joe Biden, Former Vice President, Says He Will Run") is None


def test_a_part_of_a_title_that_says_only_that_something_exists_is_no_headline():
    title = "Riverside has failed its readers: there is a solution, here's what the city needs to do"
    made = {h.text: h.rejected for h, _ in hl.title_candidates(
        title, "Riverside readers have no library. There is a solution, the city says.",
        hl.Constraints(), set())}
    assert made["There is a solution"].startswith("a part of the title that says only")


def test_the_first_of_a_titles_two_sentences_is_a_candidate():
    title = "31% of library users borrow films. Here's why that can be 'a good idea,' mayor says"
    made = {h.text: h.rejected for h, _ in hl.title_candidates(
        title, "About 31% of library users borrow films, the mayor says; films are popular.",
        hl.Constraints(), set())}
    assert made["31% of library users borrow films"] is None
    assert made[title] == "the title line is two sentences"


def test_a_title_of_two_short_sentences_is_not_cut_to_a_stub_of_the_second():
    assert hl.title_variants("IRCC gave up office space in January. Now, it can't accommodate "
                             "RTO-4", 14) == ["IRCC gave up office space in January. Now, it can't "
                                              "accommodate RTO-4", "IRCC gave up office space in "
                                              "January", "IRCC gave up office space"]


def test_a_title_is_not_cut_at_an_abbreviation():
    title = ("Ferry Returning to Gull Island From St. Thomas With 400 Crates Stopped by Customs, "
             "Harbor Police Say")
    assert not any(v.endswith("From St") or v.endswith("From St.")
                   for v in hl.title_variants(title, 14))
    assert hl._first_sentence("Library Will Close. Will The Town Miss It?") == "Library Will Close"


def test_a_sentence_adverb_between_commas_goes():
    assert hl.compress("The Taliban, however, claimed responsibility for the attack.")[0] == \
        "The Taliban claimed responsibility for the attack"


def test_a_label_goes_from_a_sentence_and_a_title_is_cut_before_so():
    assert hl.compress("Summary: Salina South diver Keetan Munsell won the state "
                       "championship.")[0] == "Salina South diver Keetan Munsell won the state championship"
    article = "Retiring early takes time. To retire early, live below your means and save."
    heads, _ = hl.candidates(_ranked(article), article,
                             "How to retire early so you can work, travel, and relax")
    assert heads[0].text == "How to retire early"


def test_a_deletion_does_not_glue_an_adverbial_clause_to_the_main_one():
    from summarize import compressor as cmp

    ws = cmp.words("Home Depot reported earnings that topped estimates as revenue fell short.")
    kept = [ws.index(w) for w in ("Home", "Depot", "reported", "earnings", "fell")]
    assert hl._bridges_clause(ws, kept)  # "Home Depot reported earnings fell": false
    ws = cmp.words("The council which met on Monday voted to close the library.")
    assert not hl._bridges_clause(ws, [0, 1, 6, 7, 8, 9, 10])  # "The council voted to close the library"
    ws = cmp.words("Bodies were set up since Labour won power.")
    kept = [ws.index(w) for w in ("Bodies", "set", "up", "Labour", "won", "power")]
    assert hl._bridges_clause(ws, kept)  # "Bodies set up Labour won power"
    # "after" before a clause (CBC), not before a noun
    ws = cmp.words("The notice, posted on the board soon after the mayor was ousted, was seen as defiant.")
    kept = [ws.index(w) for w in ("notice", "posted", "on", "board", "mayor", "was", "ousted")]
    assert hl._bridges_clause(ws, kept)  # "Notice posted on board mayor was ousted"
    ws = cmp.words("The library closed after the vote on Monday and was sold.")
    kept = [ws.index(w) for w in ("library", "closed", "vote")]
    assert not hl._bridges_clause(ws, kept)


@pytest.mark.parametrize("text,source,why", [
    ("Getting to the Moon done", None, "a gerund subject without a finite verb"),
    ("Staying on the Moon and reaching Mars", None, "a gerund subject without a finite verb"),
    ("Retiring early takes time and discipline", None, None),
    ("Closing the plant cost 200 jobs", None, None),
    ("Enter the governor to throw down the gauntlet", None, "opens with the imperative 'Enter'"),
    ("To celebrate 50 years", None, "opens with an infinitive"),
    ("Updated 7 days week", None, "opens with a participle, without a subject"),
    ("Pro tip: Get more meal ideas here", None, "opens with the imperative 'Get'"),
    # (WCXB 0273: "Please keep in mind that actual costs may still vary")
    ("Please keep in mind that ferry fares may still vary", None, "opens with the imperative 'Please'"),
    ("Released on PC in February", None, "opens with a participle, without a subject"),
    ("Founded in 1990, the firm now employs 500 people", None, None),
    ("Used cars sell well", None, None),
    ("Google's gaming offering", None, "a noun phrase without a finite verb"),
    ("Police arrest man after shooting", None, None),
    ("French consumer spending rising", None, None),  # headline style, not a noun phrase
    ("Recommendation widgets are most", None, "ends on a degree word without its adjective"),
    ("Name is Pamela Wilson", "If we haven't met yet, my name is Pamela Wilson.",
     "opens inside a noun phrase, after its possessive or determiner"),
    ("Name is Pamela Wilson", "The name is Pamela Wilson.", None),
    ("Secretary Dominic Raab defends party's actions", "Foreign Secretary Dominic Raab defended "
     "the party's actions.", "opens inside a title"),
    ("President Donald Trump signs the bill", "U.S. President Donald Trump signed the bill.", None),
    ("Armed Parishioners Fatally Shoot Church Shooter", None, None),  # Title Case verbs
    ("Two hostages who held by rebels in the north", None,
     "a passive relative clause without its auxiliary"),
    ("Two hostages who were held by rebels are freed", None, None),
    ("The streaming service, which is offered at a monthly rate", None,
     "a noun with a relative clause, without a main verb"),
    ("Smith, who led the team, resigns", None, None),
    ("Merger of big newspaper chains Gannett and GateHouse, which became final", None,
     "a noun with a relative clause, without a main verb"),  # "chains" is the plural noun
    ("Merger of two firms creates a giant, which became final", None, None),
    ("Two hostages who had been held by the army in the north", None,
     "a noun with a relative clause, without a main verb"),
    ("Two hostages who had been held by rebels are freed", None, None),
    ("Man who kidnapped child sentenced to life", None, None),
    ("Council votes to close library, which has served the town", None, None),
    ("Rolling Stone reported of a reunion tour", None, "a verb without its object before 'of'"),
    ("All opinions are the author's own #ad", None, "a hashtag"),
    ("Morrison was the third witness who listened", None, "ends inside a relative clause"),
    ("Reed dubs the combination, will have national heft", None,
     "a verb after a comma without its subject"),
    ("The band will ride a potential", "The band will ride a potential Rock and Roll Hall of "
     "Fame induction into a tour.", "cut inside or before a name"),
    ("Fans visit the Hall", "Fans visited the Hall of Fame in Cleveland.",
     "cut inside or before a name"),
    ("Police arrest a man in Boston", "Police arrested a man in Boston on Monday.", None),
    ("Man pleads guilty to charges he threatened", "A man pleaded guilty to charges he "
     "threatened to kill a congresswoman.", "a verb cut from its object"),
    ("Shares fall", "Shares fell on Monday.", None),
    ("Slogan draws South Dakota-sized share", "The slogan drew a South Dakota-sized share of "
     "attention on Monday.", "a quantity cut from its 'of'"),
    ("Investors sell their share", "Investors sold their share on Monday.", None),
    ("Prince Andrew, younger brother of heir to throne, Charles", "Prince Andrew, the younger "
     "brother of the heir to the throne, Charles, has told friends the interview went well.",
     "the subject without its verb"),
    ("Trump asserts that his tweets targeting four congresswomen", "Trump asserts that his "
     "tweets targeting four congresswomen were not racist.", "the subject without its verb"),
    ("Police say the man", "Police say the man was armed.", "the subject without its verb"),
    ("Muddled view of US-China trade talks once again", "A muddled view of US-China trade talks "
     "once again seems to be weighing on investors.", "the subject without its verb"),
    ("The mayor remains in office", "The mayor remains in office after the vote.", None),
    ("Safe Browsing to increase protection websites", "Turning on Safe Browsing will increase "
     "protection from dangerous websites.", "a preposition cut from its object"),
    ("Man jailed for fraud", "A man from Leeds was jailed for fraud.", None),
    ("Police arrest man", "Police in Ohio arrested a man.", None),
    ("Group that owns most of her music, Big Machine", "The group that owns most of her music, "
     "Big Machine, says she will be allowed to play.", "the subject without its verb"),
    ("Prices of homes rise 0.5% in February", "Prices of homes rose 0.5% in February, says "
     "the building society.", None),
    ("Sideways has more praise heaped on it", "Sideways has had more praise heaped on it by "
     "critics, adding to honours it has already picked up.", None),
    ("Bedding causes him to develop", "The new bedding caused him to develop a rare "
     "condition.", "a verb cut from its object"),
    ("He plans to go", "He plans to go to the store.", None),
    ("Impeachment hearings are an effort", "The impeachment hearings are an effort by Democrats "
     "to remove the president.", "a noun cut from its complement"),
    ("The vote was a success", "The vote was a success, officials said.", None),
    ("Ferguson is favourite to be evicted", "Ferguson is the favourite to be evicted.", None),
    ("Row involving Taylor Swift", None, "a noun phrase without a finite verb"),
    ("Row involving Taylor Swift, her former record label", None,
     "a noun phrase without a finite verb"),
    ("Man named as suspect in killing", None, None),
    ("Fire involving two trucks closes highway", None, None),
    ("Prince Andrew tells friends interview went well", "Prince Andrew, the younger brother of "
     "the heir to the throne, Charles, has told friends the interview went well.", None),
    ("Strictly Come Dancing Final", "She reached the Strictly Come Dancing Final on Saturday.",
     "a name, not a clause"),
    ("Ferguson is favourite to be evicted", "Ferguson is favourite to be evicted Monday.", None),
    ("Regulators write to operators Vodafone", "Regulators wrote to operators Vodafone and "
     "T-Mobile.", None),
    ("Receptors monitor state of body's natural", "Receptors monitor the state of the body's "
     "natural microbial health.", "cut inside a noun phrase"),
    ("Hege is CEO of DH, Spokane advertising", "Hege is CEO of DH, a Spokane advertising agency.",
     "cut inside a noun phrase"),
    ("Company reports strong profit", "The company reported strong profit growth.",
     "cut inside a noun phrase"),
    ("Sales rise 5 percent", "Sales rose 5 percent year on year.", None),
    ("Man found dead", "A man was found dead yesterday in his home.", None),
    ("Company reports strong profit", "The company reported strong profit in May.", None),
    ("There are more devices", "There are more devices, platforms and services to choose from "
     "than ever before.", "opens with an existential 'there'"),
    ("Perhaps there are grounds for hope", None, "opens with an existential 'there'"),
    # ... after an opening adverbial (WCXB 0283: "Today, there is not a single domain")
    ("Today, there is not a single library", "Today, there is not a single library that is "
     "untouched by the council's cuts.", "opens with an existential 'there'"),
    # an adjective of a list cut from its complement (a dev page: "Seek out healthy game day
    # snacks — those that are vegetable based, low")
    ("Library snacks are sugar free, low", "Library snacks are sugar free, low in fat, and high in "
     "fiber.", "cut inside a list"),
    # a verb cut from its pronoun object at the sentence's end (WCXB 0429: "Code examples reflect")
    ("Library rules reflect", "The library's new rules reflect that.", "a verb cut from its object"),
    # a noun after a copula cut from the clause that says which (WCXB 5626: "Digital nomads are people")
    ("Library volunteers are people", "Library volunteers are people who give their time to "
     "the town.", "a noun cut from its complement"),
    ("Company sells phones", "The company sells phones, tablets and laptops.",
     "cut inside a list"),
    ("Hege is CEO of DH, Spokane advertising, public relations", "Hege is the CEO of DH, the "
     "Spokane advertising, public relations and branding firm.", "cut inside a list"),
    ("Prices rose 5 percent", "Prices rose 5 percent, analysts and traders said.", None),
    ("Published in BMJ Case Reports fatigue", "According to the study, published in BMJ Case "
     "Reports, the man had suffered dizziness, fatigue, and breathlessness.",
     "a list item without its list"),
    ("Hege is CEO of DH public relations", "Hege is the CEO of DH, the Spokane advertising, "
     "public relations and branding firm.", "a list item without its list"),
    ("Company sells phones, tablets and laptops", "The company sells phones, tablets and "
     "laptops.", None),
    ("Police arrest six people", "Police arrested six people, two women and four men.", None),
    ("Democrats allege call with his Ukrainian was irregular", "Democrats allege that the call "
     "with his Ukrainian counterpart was irregular.", "a noun deleted after its modifier"),
    ("Trump meets his Chinese counterpart", "Trump met with his Chinese counterpart.", None),
    ("Designed for intensive care units and released by Ascom", "Designed for intensive care "
     "units and released by Ascom, the solution helps nurses.",
     "a participle phrase without its main clause"),
    ("Published in a journal, the study finds a link", "Published in a journal, the study "
     "finds a link.", None),
    ("Rebranded to resemble fact-checking account", "Rebranded to resemble a fact-checking "
     "account, it posted tweets.", "a participle phrase without its main clause"),
    ("Sacked MP's association says he will not be its candidate", "Sacked MP's association has "
     "insisted he will not be its candidate.", None),
    ("Party says he would resign", "The party said he would never resign.",
     "a negation deleted ('never')"),
    ("Employers to no longer be able to force workers to retire", "Employers will no longer be "
     "able to force workers to retire before 65.", None),
    ("Theater was so getting cheapest tickets would be ok", "The theater was fairly small so "
     "getting the cheapest tickets would be ok.", "a degree word without its adjective"),
    ("Theater was so small", "The theater was so small that we sat close.", None),
    ("Earnings were a complete disappointment", "Earnings were not a complete disappointment, "
     "analysts said.", "a negation deleted ('not')"),
    ("Stadia port is not smooth", "The Stadia port is not entirely smooth on the platform.",
     "the hedge after 'not' deleted ('entirely')"),
    ("Stadia port isn't smooth", "The Stadia port wasn't smooth on the platform.", None),
    ("VW's first electric car isn't expected", "VW's first electric car isn't expected until "
     "next year, but the maker is busy.", "a negation cut from its 'until'"),
    ("VW's electric car is expected", "VW's electric car is expected until next year.", None),
    ("Students in the university had no option", "Police said the students in the university "
     "had no option but to come out and surrender.", "a negation cut from its 'but'"),
    ("Students had no option but to surrender", "Police said the students had no option but to "
     "surrender.", None),
    ("Team did not win the final", "The team did not win the final, but it won the league.", None),
    ("Only ferry to the island taken out", "The only ferry to the island has been taken out of "
     "service after a fire.", "a phrasal verb cut from its complement"),
    ("Man comes down with allergy", "A man came down with an allergy to feathers.", None),
    ("Nissan is hoping redesign of Sentra will pull", "Nissan is hoping a redesign of the Sentra "
     "will pull in more buyers.", "a phrasal verb cut from its particle"),
    ("Nissan is hoping redesign of Sentra will pull in buyers", "Nissan is hoping a redesign of "
     "the Sentra will pull in more buyers.", None),
    ("Talks break down", "Talks broke down on Monday.", None),
    ("Rule lets carriers treat support animals", "The rule lets carriers treat support animals "
     "as pets.", "a verb cut from its 'as'"),
    ("Lynn says Chargers saw winning", "Lynn said the Chargers saw winning as the most important "
     "step.", "a verb cut from its 'as'"),
    ("Police treat the death as suspicious", "Police treat the death as suspicious, as they said.",
     None),
    ("Lynn says Chargers saw winning", "Lynn said the Chargers saw winning Monday night as the "
     "most important step.", "a verb cut from its 'as'"),
    ("New electric vehicles, several new small SUVs plug-in version of Toyota's top-selling "
     "vehicle", "New electric vehicles, several new small SUVs, a plug-in version of Toyota's "
     "top-selling vehicle and a concept car are among the new models.", "a list without its verb"),
    ("Police, firefighters search for missing boy", "Police and firefighters searched for a "
     "missing boy.", None),
    ("France, Ireland and Wales all remain unbeaten", "France, Ireland and Wales all remain "
     "unbeaten after two rounds.", None),
    ("Ellen Simonetti, known", "Ellen Simonetti, known as Queen of the Sky, wrote an account.",
     "a naming verb cut from its name"),
    ("Snow Patrol had no option but to ask their co-founder", "Snow Patrol had no option but to "
     "ask their co-founder to leave the band.", "a verb cut from its 'to'"),
    ("Police ask public for help", "Police asked the public for help to find the boy.", None),
    ("Name home appliance or product", "Name a home appliance or product, and there is a smart "
     "version.", "opens with the imperative 'Name'"),
    ("Name of the suspect was not released", "The name of the suspect was not released.", None),
    ("Elizabeth Snyder pain their son Malachi helps", "Although Elizabeth Snyder still endures "
     "immense pain, their son Malachi has helped her push through.",
     "a cut of a subordinate clause without its link"),
    ("Elton John would be performing at inauguration", "When a member of the team announced that "
     "Elton John would be performing at the inauguration, the singer's representatives shut down "
     "his claim.", "a cut of a subordinate clause without its link"),
    ("Protests broaden into movement", "Although the bill was withdrawn, the protests had "
     "broadened into a movement.", None),
    ("Today that their initiative launches second program", "The Wing announced today that their "
     "initiative has launched its second program.", "opens inside a reported clause"),
    ("Settlement does not account", "The settlement does not account for future innovations.",
     "a verb cut from its 'for'"),
    ("Government copped backlash for publishing", "The government copped backlash for publishing "
     "a graphic advertisement.", "a verb cut from its object"),
    ("University wants its proposed stadium", "The university wants its proposed stadium in "
     "Mission Valley to be a beacon.", "a verb cut from its 'to'"),
    ("Howard tells BBC don't want anybody to vote for these parties", "Asked about it, Howard "
     "told the BBC: \"I don't want anybody to vote for these extremist parties\".",
     "words of a quotation without its quotation marks"),
    ("Asked if he would welcome BNP voters", "Asked if he would welcome BNP voters he told the BBC "
     "no.", "a participle phrase without its main clause"),
    ("Club's headquarters in Frisco it makes sense", "With the opening of the club's headquarters "
     "in Frisco, it made sense for the owner to move.",
     "its subject is the pronoun 'it' after an opening phrase"),
    ("Police say it was an accident", "Police say it was an accident, not a crime.", None),
    ("Africa's economy recovers", "Since a recession in 2016, Nigeria, Africa's largest economy "
     "has recovered slowly.", "an appositive in place of its name"),
    ("Griffin tells paper he expected some voters", "Griffin told the paper he expected some "
     "voters to switch to the Tories.", "a verb cut from its 'to'"),
    ("Centre Mathew Tait named", "Centre Mathew Tait has been named as a centre in the team.",
     None),
    ("New electric vehicles, several new small SUVs, redesigned compact car", "New electric "
     "vehicles, several new small SUVs, a redesigned compact car, a plug-in version of the RAV4 "
     "and a concept car are among the new models on display.", "cut inside a list"),
    ("ICUs wired to up to ten medical devices", "In traditional ICUs, each patient is wired to up "
     "to ten medical devices.", "the subject replaced by a word of the opening phrase"),
    ("Scientists are only beginning to understand them", "Scientists are only just beginning to "
     "understand them, but tuft cells matter.", "a pronoun whose referent is elsewhere"),
    ("Sideways has more praise heaped on it", "Sideways has more praise heaped on it.", None),
    # (WCXB 5584, 0293, 0033)
    ("Just about every ferry captain suffers from it", "Just about every ferry captain suffers from it, "
     "but there is no cure.", "a pronoun whose referent is elsewhere"),
    ("Paid time off for ferry employees", "Paid time off for ferry employees who become new parents.",
     "opens with a participle, without a subject"),
    ("Hobbled ferry captain wins his appeal", "Hobbled ferry captain wins his appeal.", None),
    ("One popular route is the night ferry, for example", "One popular route is the night ferry, for "
     "example.", "an example's lead-in"),
    ("Built in 1890, the ferry still runs", "Built in 1890, the ferry still runs daily.", None),
    ("Paris protesters march against pension plan", "In Paris, protesters marched against the "
     "pension plan.", None),
    ("Ivan leads company as it won top brands", "Ivan led the company as it won top brands as "
     "clients.", None),  # "brands" is a noun here
    ("The CEO of Hipcricket, mobile company which innovated messaging", "Ivan served as the CEO "
     "of Hipcricket, a mobile company which innovated messaging as a vehicle, from 2004.",
     "a noun with a relative clause, without a main verb"),
    ("Smith, the mayor who closed the library, resigns", "Smith, the mayor who closed the "
     "library, resigns.", None),
    ("Not Sensex, even Nifty has been rallying", "Not just the Sensex, even the Nifty has been "
     "rallying at a time when concerns grow.", "the hedge after 'not' deleted ('just')"),
    ("Even Nifty has been rallying at a time", "Not just the Sensex, even the Nifty has been "
     "rallying at a time when concerns grow.", "a noun cut from its clause"),
    ("Hunter who ate wild rabbit has been hit", "A hunter who ate a wild rabbit has been hit by "
     "the bubonic plague.", "a passive cut from its agent"),
    ("Solution extends reach of alarms generated", "The solution extends the reach of alarms "
     "generated by the monitors.", "a passive cut from its agent"),
    ("Man found dead", "A man was found dead by police on Monday.", None),
    ("BMW to recall all cars equipped", "BMW is to recall all cars equipped with a faulty "
     "pump.", "a passive cut from its agent"),
    ("Libraries of five institutions to be digitised", "The libraries of five institutions "
     "are to be digitised by Google.", None),
    ("Man charged", "A man was charged with murder.", None),
    ("Least 111 of bodies set up since 1997", "At least 111 of the bodies were set up since "
     "1997.", "opens inside 'at least'"),
    ("Prince was busy distancing himself", "The prince was busy distancing himself from a "
     "scandal.", "a verb cut from its complement"),
    ("Suspect kills himself", "The suspect killed himself in 2019.", None),
    ("Many couples fight about it at home", "Many couples fight about it at home.",
     "a pronoun whose referent is elsewhere"),
    ("Trump signs bill and vows to fight for it", "Trump signs the bill and vows to fight for "
     "it.", None),
    ("Eric Pollard is influential figures", "Eric Pollard is one of the most influential "
     "figures in skiing.", "a share cut from its noun"),
    ("Eric Pollard is one of most influential figures", "Eric Pollard is one of the most "
     "influential figures in skiing.", None),
    ("Litany of munitions combines", "A litany of munitions, including water cannons, combined "
     "with ambiguous leadership, has resulted in arrests.", "a verb cut from its 'with'"),
    ("Litany of munitions combined", "A litany of munitions, including water cannons, combined "
     "with ambiguous leadership, has resulted in arrests.", "a verb cut from its 'with'"),
    ("Zero rating is a poison pill wrapped", "Zero rating is a poison pill wrapped in a piece "
     "of cheese; it looks good.", "a participle cut from its complement"),
    ("As first snows fall and more protesters arrive, apprehension", "As first snows fall and "
     "more protesters arrive, apprehension grows.",
     "a subordinate clause and a main clause without its verb"),
    ("As snow falls, protesters arrive", "As snow falls, protesters arrive.", None),
    ("Sound that bubbled up twice in past half-century\u2014once", "The sound that bubbled up "
     "twice in the past half-century\u2014once in the 1970s, and again in Brooklyn\u2014faded.",
     "cut inside a dash aside"),
    ("Nigeria's economy has recovered\u2014slowly", "Nigeria's economy has recovered\u2014slowly.",
     None),
    ("Blackburn reject a third bid from Rangers", "Blackburn reject a third bid from Rangers "
     "for Barry Ferguson.", None),
    # a clause glued on where the deletion took the word that linked it ("saying")
    ("Senator criticises plan it would cost jobs", "The senator slammed the plan on Monday, "
     "saying it would cost jobs.", "a clause glued on where a word linked it"),
    ("Senator criticises plan would cost jobs", "The senator slammed the plan on Monday, "
     "saying it would cost jobs.", "a clause glued on where a word linked it"),
    ("Police said he was arrested", "Police said on Monday he was arrested.", None),
    # a verb cut from its pronoun object, its "to", its particle
    ("Two brothers loan", "Two brothers loaned themselves $4m through shell firms.",
     "a verb cut from its object"),
    ("The crisis pushes many", "The crisis pushed many to leave the city.", "a verb cut from its 'to'"),
    ("Agents find cocaine inside vessel being removed", "Agents found cocaine inside a vessel being "
     "removed from the water.", "a participle cut from its complement"),
    ("New kind of camera is being installed", "A new kind of camera is being installed in "
     "schools.", None),  # a passive that is the clause
    ("Islanders trailed by two before goals", "The Islanders trailed by two before goals by "
     "Josh Bailey and Ryan Pulock forced overtime.", "a noun cut from its 'by'"),
    ("Police were called by neighbours", "Police were called by Mrs Smith.", None),
    ("Man seems ponder", "The man seemed to ponder over the question.",
     "an infinitive without its 'to'"),
    ("Man seems to ponder question", "The man seemed to ponder the question.", None),
    ("Brothers use deposits to buy property all", "The brothers used deposits to buy property all "
     "over the US.", "cut inside a phrase"),
    ("Brothers use deposits to buy it all", "The brothers used deposits to buy it all.", None),
    ("Gaining control of the state would lead", "Gaining control of the state would lead to a "
     "takeover.", "a verb cut from its 'to'"),
    ("The state of Oregon swears", "The state of Oregon has sworn in its first judge.",
     "a verb cut from its 'in'"),
    ("Officials said plan would cost jobs", "Officials said the new plan by the council would "
     "cost jobs.", None),
    ("Minister warns it will cost jobs", "The minister warned on Monday that it will cost "
     "jobs.", None),
    # "regard X as" with an aside between X and "as"
    ("Whale experts regard New Zealand", "Whale experts regard New Zealand \u2013 or Aotearoa as "
     "it is called \u2013 as the whale stranding capital of the world.", "a verb cut from its 'as'"),
    # a verb deleted after its pronoun subject; a number deleted before its unit
    ("Veteran responds after photo she to Facebook", "A veteran responded after a photo she "
     "posted to Facebook drew criticism.", "a verb deleted after its pronoun subject"),
    ("Veteran says she to run for mayor", "The veteran said she plans to run for mayor.",
     "a verb deleted after its pronoun subject"),
    ("More billion in interest will be due", "Within a decade, more than $900 billion in "
     "interest will be due.", "a quantity without its number"),
    ("$900 billion in interest will be due", "Within a decade, more than $900 billion in "
     "interest will be due.", None),
    ("More in interest will be due", "Within a decade, more than $900 billion in interest will "
     "be due.", "a quantity without its number"),
    ("More people will pay interest", "More people will pay more than $900 in interest.", None),
    # a relative pronoun deleted with a date: its verb is not the sentence's main verb
    ("Mayor Jane Doe wins library award", "Mayor Jane Doe, who in 2008, won the library award, "
     "has opened a new branch.", "a relative clause's verb left as the main verb"),
    ("Mayor Jane Doe opens new branch", "Mayor Jane Doe, who won the library award in 2008, "
     "has opened a new branch.", None),
    # a participle of saying with its clause, without the main clause after the comma
    ('Declaring "the library\'s soul" is at stake', 'Declaring "the library\'s soul" is at stake, '
     "Mayor Jane Doe has ordered a review.", "a participle phrase without its main clause"),
    ("Rising fines are hurting readers", "Rising fines are hurting readers, the survey found.", None),
    # the opening phrase alone; a year without its month; a noun without its preposition
    ("In letter addressed to council", "In a letter addressed to the council, Mayor Jane Doe said "
     "the library would close.", "an opening phrase without its main clause"),
    ("About 80% of readers own library card", "About 80% of readers own a library card, according "
     "to the council.", None),
    ("Interview of Jane Doe at library 2005", "The Courier found an interview of Jane Doe at the "
     "library in June 2005.", "a year without its month"),
    ("Library reopens in 2005", "The library reopened in 2005.", None),
    ("Clip is readers filmed by Jane Doe", "The clip is part of a documentary about readers filmed "
     "by Jane Doe.", "a preposition cut from its object"),
    # a noun and its "that" clause without the main verb
    ("False claims that library will close", "False claims that the library will close have been "
     "circulating.", "a noun and its 'that' clause, without a main verb"),
    ("Mayor rejects claims that library will close", "The mayor rejected claims that the library "
     "will close.", None),
    ("Fact that readers are working from home", "The fact that readers are working from home has "
     "changed the library.", "a noun and its 'that' clause, without a main verb"),  # (WCXB 5654)
    # a cut that opens between a clause's two verbs, after its subject went
    ("All and have late opening hours", "Readers are not kept out after all and have late opening "
     "hours.", "opens inside a clause, before its second verb"),
    ("Readers and staff protest", "Library readers and staff protest.", None),
    # a quantity whose noun went; a list of names cut after its second item
    ("Reading is becoming increasingly popular and more", "Reading is becoming increasingly popular and more and more "
     "adults visit the library.", "a quantity cut from its noun"),
    ("Rooms on offer are Oak, Birch", "Rooms on offer are Oak, Birch, Cedar, or Elm this winter.",
     "cut inside a list"),
    # an infinitive split by an adverb, cut from its object
    ("Library is expanding to better serve", "The library is expanding to better serve the growing "
     "town.", "a verb cut from its object"),
    # "both" without its "and"; a verb cut from its "with"
    ("A new library brings feelings of both excitement", "A new library brings feelings of both "
     "excitement and worry.", "cut inside 'both ... and'"),
    ("Every reading group begins", "Every reading group begins with a list of books.",
     "a verb cut from its 'with'"),
    ("Search for a new librarian has begun", "The search for a new librarian has begun with the help "
     "of the council.", None),
    # an adjective without its noun
    ("Readers face many different", "Readers face many different, and conflicting, catalogue systems.",
     "cut inside a noun phrase"),
    ("Readers find the library quiet", "Readers find the library quiet, and it opens late.", None),
    ("Library visits are at their highest", "Library visits are at their highest for five years.", None),
    ("Strong staff and a quiet room, any library can thrive", "With a strong staff and a quiet room, any "
     "library can thrive.", "opens inside a prepositional phrase"),
    ("Readers, fines or late returns, the first step is a call", "Whether it's readers, fines or late "
     "returns, the first step is a call.", "opens inside a prepositional phrase"),
    ("Library opens on Monday", "After a long wait, the library opens on Monday.", None),
    # an opening phrase cut inside, its link gone, its comma kept
    ("Quiet rooms and late hours, any library can thrive", "With good staff, quiet rooms and late "
     "hours, any library can thrive.", "a cut of a subordinate clause without its link"),
    ("Bulk goes on school books, maps and films", "As for how they spend their money, the bulk goes on school books, "
     "maps and films, the survey said.", None),
    ("Fines, or late returns, the first step is a call", "When a reader is worried about loans, fines, or "
     "late returns, the first step is a call.", "a cut of a subordinate clause without its link"),
    # a subordinate clause whose main clause went; a gerund subject after "but" without its verb
    ("Before readers arrive and sit down", "Before readers arrive and sit down in the hall, take "
     "the time to set out the chairs.", "a subordinate clause without its main clause"),
    ("Reading is fun, but rewarding", "Reading is fun, but rewarding for everyone.", None),
    # a cut that opens inside a prepositional phrase
    ("2001 election, the library had seen more readers", "Named chief librarian after the 2001 election, "
     "Jane Doe had seen more readers.", "opens inside a prepositional phrase"),
    ("Reading is fun, but finding books", "Reading is fun, but finding books that suit you can be "
     "hard.", "a gerund subject without its verb"),
    # a noun phrase whose determiner went ("of any" is no subject)
    ("Quietly run library is a good neighbour", "At the heart of any quietly run library is a good "
     "neighbour.", "opens inside a noun phrase, after its possessive or determiner"),
    # a kept word whose "most" went says more than the source
    ("Riverside was affordable town for readers", "Riverside was the second-most affordable town for "
     "readers, the survey said.", "a degree deleted ('second-most')"),
    ("Readers like the new hall", "Most readers like the new hall.", "a degree deleted ('Most')"),
    # a time phrase made the subject; a verb cut from its "on" past an aside; a participle
    # that modifies a noun cut from its "from"
    ("Reading season can bring to more libraries", "This reading season, I hope we can bring attention "
     "to more libraries.", "the subject replaced by a word of the opening phrase"),
    ("Film was not originally based", "The film was not originally based (directly) on the novel.",
     "a verb cut from its 'on'"),
    ("Readers tend to trust books taken", "Readers tend to trust books taken from the town library.",
     "a passive cut from its agent"),
    ("Library has quickly grown", "The library has quickly grown from a shelf into a hall.", None),
    # an infinitive cut from its amount; a verb cut from the preposition its object needs
    ("Library lending projected to generate", "Library lending is projected to generate over half a million "
     "pounds by 2030.", "a verb cut from its object"),
    ("Library lending projected to grow", "Library lending is projected to grow over 10% by 2030.", None),
    ("Council tasks two librarians", "The council tasked two librarians with sorting the archive.",
     "a verb cut from its complement"),
    ("Council tasks two librarians with sorting archive", "The council tasked two librarians with sorting "
     "the archive.", None),
    ("Librarian says Smith, who has been constantly linked", "The librarian says Smith, who has been "
     "constantly linked with the job, will stay.", "a passive cut from its agent"),
    ("Readers want books that stay loaned", "Readers want books that stay loaned for longer.", None),
    # the opening phrase's object made the subject of an imperative; a cut inside "as a ..."
    ("Riverside Library Awards discover books ranked from 51 to 100", "Ahead of the announcement of "
     "the Riverside Library Awards 2026, discover the books ranked from 51 to 100.",
     "opens inside a prepositional phrase"),
    ("Reader is a library card", "One of the best things you can give yourself as a reader is a library card.",
     "opens inside a prepositional phrase"),
    ("Protesters march against library closure", "In Riverside, protesters marched against the library "
     "closure.", None),
    ("Convicted thief wins top honours at festival", "A film starring actor Kevin Bacon as a convicted thief "
     "won top honours at the festival.", "opens inside a prepositional phrase"),  # (the film won)
    ("Inquiry looks at how best to boost turnout", "His comments come as an inquiry looks at how best to "
     "boost turnout.", None),  # ("as" after a verb opens a clause)
    ("Detaining readers without trial breaks library rules", "Detaining readers without trial breaks "
     "library rules, the court has ruled.", None),  # (a reporting clause after the comma)
    # a participle phrase without the clause after its comma; an adjective or a verb cut from the
    # preposition it needs ("deal" as a noun may end)
    ("Featuring rare books, maps, and letters", "Featuring rare books, maps, and letters, this exhibition "
     "opens the library's new hall.", "a participle phrase without its main clause"),
    ("Making books for readers to require more money", "Making books for readers will require more "
     "money, a conference has been told.", None),
    ("Council opens reading room, quiet space complete", "The council opened a reading room, a quiet space "
     "complete with desks and lamps.", "an adjective cut from its preposition"),
    ("Riverside Press is a newsletter dealing", "Riverside Press is a newsletter dealing with the town's "
     "libraries.", "a verb cut from its 'with'"),
    ("Council signs library deal", "The council signed a library deal with the county on Monday.", None),
    ("Library guide is equally", "The library guide is equally as useful to readers and staff.",
     "ends on a degree word without its adjective"),
    ("Town has few attractions aside", "The town has few attractions aside from its library.",
     "an adjective cut from its preposition"),
    ("Flexibility allows the council to tinker", "Flexibility allows the council to tinker with the "
     "opening hours.", "a verb cut from its 'with'"),
    # a quotation alone, its speaker cut (WCXB 4079: "“AI wasn’t introduced in medical school
    # until recently”")
    ("“The library wasn’t open on Sundays until recently”", "“The library wasn’t open on "
     "Sundays until recently,” says the librarian.", "a quotation without its speaker"),
    ("Librarian says “the library wasn’t open on Sundays”", None, None),
    # an imperative before its promise to the reader (WCXB 0111: "Price jobs right[, and you'll
    # stay competitive ...]"); a noun's plural opens a clause
    ("Price fines right", "Price fines right, and you’ll keep readers coming back.",
     "opens with the imperative 'Price'"),
    ("Prices rise", "Prices rise, and you will pay more for a library card.", None),
    # an old event without its "years ago" reads as news (AP's page in newspaper4k's tests:
    # "Father of Orlando nightclub gunman comes to U.S.[ from Afghanistan more than 30 years ago]");
    # a relative clause's "years ago" is its own
    ("Librarian comes to Riverside", "The librarian came to Riverside from Leeds more than 30 years "
     "ago and has run the branch since.", "an old event cut from its 'years ago'"),
    ("Police arrest man", "Police arrested a man who fled the town 10 years ago.", None),
])
def test_fragments_of_a_deletion_are_named(text, source, why):
    assert hl.fragment_reason(text, source) == why


@pytest.mark.parametrize("text", [
    "Staying on the Moon and reaching Mars haven't",
    "The governor responds",
    "Van Der Beek was eliminated in what the host described",
    "Protests began peacefully in June and were sparked",
    "Asparagus and eggs [1 cup asparagus, 2 eggs",
    "In sign of how detached",
    "Line was able to create skis like",
    "Deepwater Horizon performed about",
])
def test_more_dangling_ends_and_open_brackets(text):
    assert hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), []) in (
        "ends mid-phrase", "unbalanced quotes or brackets")


def test_the_writer_speaking_as_one_or_with_me_and_us_is_a_fragment():
    for text in ("One would hope so", "All opinions are mine alone", "The mayor told me to wait"):
        assert hl.ill_formed(text).startswith("the writer's voice")
    assert hl.ill_formed("US troops leave northern Syria") is None


def test_a_day_that_is_the_object_of_spent_stays():
    from summarize.headline_compress import drop_days

    assert drop_days("The Steelers spent Monday trying to distance themselves") == \
        "The Steelers spent Monday trying to distance themselves"


def test_a_cut_does_not_end_before_and_inside_a_name():
    long = ("The Doobie Brothers will look to ride a potential Rock and Roll Hall of Fame "
            "Induction into a 50th anniversary tour in 2020")
    assert not any(v.endswith(("Rock", "potential")) for v in hl.compress(long, 12))


@pytest.mark.parametrize("line,why", [
    ("\u201cWe have to make some necessary job eliminations,\u201d chairman Marcelo Claure "
     "said in an email", "a quotation"),
    ("Try something new with your partner this weekend \U0001F609", "an emoji"),
    ("\U0001F525 Try something new with your partner this weekend", "an emoji"),
    ("SubscribeSign in", "page furniture"),  # Substack's buttons run together
    ("Dismiss View all alerts", "page furniture"),  # a .gov site's alert bar
])
def test_a_quotation_with_its_speaker_or_a_teaser_is_not_the_title(line, why):
    assert why in hl.not_a_headline(line)


def test_an_emoji_between_two_words_of_a_title_is_a_separator():
    assert hl.not_a_headline("Library Recap \U0001F449 The council closes the Riverside library") is None
    assert hl.not_a_headline("Design in Riverside wins a prize") is None


def test_a_page_title_is_a_headline_without_its_emoji():
    # "Windows LDAP DoS: The Integer Overflow Crashing Domain Controllers \U0001F4A5", "Climate
    # Tech Recap \U0001F449 The latest innovations from Chile"
    made = _title_made("Riverside Library Closes in May \U0001F4DA")
    assert made == {"Riverside Library Closes in May": None}
    made = _title_made("Library Recap \U0001F449 The council closes the Riverside library")
    assert made["Library Recap: The council closes the Riverside library"] is None
    # a teaser is refused for what it says, not for its emoji
    assert _title_made("Try the library with your partner this weekend \U0001F609")[
        "Try the library with your partner this weekend"] == "the title addresses the reader"


@pytest.mark.parametrize("text,why", [
    ("Slack was one tools", "a singular word before a plural noun"),  # "one [of the first ...] tools"
    ("Police charge a dozens", "a singular word before a plural noun"),
    ("Slack was one of the first tools", None),
    ("An arms dealer is jailed", None),          # a plural noun's compound, not the noun
    ("A series of storms hits Spain", None),     # singular in -s
])
def test_a_singular_word_before_a_plural_noun_is_a_deletion_inside_the_phrase(text, why):
    got = hl.ill_formed(text)
    assert (got is None) if why is None else why in got


@pytest.mark.parametrize("text", ["Similarly, countries like Australia, Singapore, Hong Kong",
                                  "However, the council votes to close the library",
                                  "After reading a post from someone who lost all their books"])
def test_a_link_to_the_sentence_before_or_a_clause_without_its_main_one_is_a_fragment(text):
    assert hl.ill_formed(text).startswith(f"opens with '{text.split()[0]}'")


def test_a_lead_whose_every_cut_is_a_fragment_still_gets_a_marked_headline():
    lead = ("To mark the 60th anniversary of the birth of reggae star Bob Marley, a former aide "
            "remembers the man.")
    heads, _ = hl.candidates(_ranked(lead), lead, None)
    assert [(h.text, h.note) for h in heads] == [
        ("To mark 60th anniversary of birth of reggae star Bob Marley",
         "a fragment: opens with an infinitive")]


def test_a_list_of_names_is_not_cut_at_its_first_comma():
    got = hl.compress("The trek will feature members Tom Johnston, Patrick Simmons, John McFee "
                      "and McDonald together for the first time in 25 years.")
    assert "The trek will feature members Tom Johnston" not in got
    assert hl.compress("The council voted to close the library, a decision that will save "
                       "money.")[-1] == "The council voted to close the library"


def test_where_it_was_said_goes_with_the_attribution():
    assert hl.compress("The company said in a statement that it would cut 500 jobs in Ohio.") == [
        "The company said in a statement that it would cut 500 jobs in Ohio",
        "It would cut 500 jobs in Ohio", "The company will cut 500 jobs in Ohio",
        "It would cut 500 jobs in Ohio, the company says"]


def test_calmness_is_higher_for_the_words_neutral_editors_keep():
    assert hl.calmness("Senate passes tax bill") > hl.calmness(
        "Furious senators blast outrageous tax bill")
    assert hl.calmness("Council votes to close library") > hl.calmness(
        "Council slams library in shocking vote")
    assert hl.calmness("") == 0.0


def test_when_nothing_passes_a_lead_is_cut_at_a_phrase_boundary():
    lead = ("Tory leader Michael Howard has dismissed claims that his immigration policy was "
            "\"moving onto the turf\" of the British National Party (BNP).")
    heads, _ = hl.candidates(_ranked(lead), lead, None)
    assert [(h.text, h.note) for h in heads] == [("Tory leader Michael Howard dismisses claims", None)]
    told = ("A PR expert has told the Michael Jackson trial that the TV documentary at the heart "
            "of the case was an \"absolute disaster\".")  # "tells trial" would say nothing
    assert hl._phrase_cut(_ranked(told), told, hl.Constraints()) is None
    quoted = ("Parry told Five Live: \"Steven is above money. He is the future of Liverpool. "
              "\"It is up to him where he plays.\"")  # a cut runs over no sentence end
    assert hl._phrase_cut(_ranked(quoted), quoted, hl.Constraints()) is None
    # the last resort also cuts before a preposition ("between", "against"), never elsewhere
    joined = ("Consumer rights group the National Shoppers Union has joined a legal dispute between "
              "four small online retailers and Amazon.")
    assert "Consumer rights group the National Shoppers Union has joined a legal dispute" in \
        hl._phrase_cuts(joined, before_that=True)
    assert "Consumer rights group the National Shoppers Union has joined a legal dispute" not in \
        hl._phrase_cuts(joined)
    # ... and before a purpose clause after a noun, not before a verb's complement
    purpose = "The mayor was accused of using the \"politics of confusion\" to hide new parking fees."
    assert "The mayor was accused of using the \"politics of confusion\"" in \
        hl._phrase_cuts(purpose, before_that=True)
    assert "The council plans" not in hl._phrase_cuts("The council plans to expand the library.",
                                                      before_that=True)


def test_a_lead_that_opens_with_that_still_gets_a_marked_headline():
    from summarize import headline_candidates

    got = headline_candidates("That includes lessons about gender and play for children in school.")
    assert got and got[0].note.startswith("opens with 'That'")


def test_a_passive_is_complete_without_its_object():
    c, t = hl.Constraints(), hl.Title.of(None)
    assert hl.reject_reason("Mcleish accepts he is going to be criticised", c, t, []) is None
    assert hl.reject_reason("The council leader criticised", c, t, []) == "ends mid-phrase"


def test_the_judges_doubt_lowers_a_candidate_and_certainty_does_not_raise_one():
    feats = {"rank": 0, "cover": 0.3, "words": 8, "neutrality": 1.0, "likelihood": -0.5,
             "model": 0.0, "v_rank": 0}
    w = hl.RANK_WEIGHTS
    sure, fine, doubtful = (hl.score({**feats, "form": f}, w) for f in (0.9, 0.3, 0.03))
    assert sure == fine and doubtful == pytest.approx(fine + w["form"] * math.log(0.1))


@pytest.mark.parametrize("text,top", [
    # the loaded-looking "slated" means scheduled here: not flagged, so the complete clause
    # ranks over a doubtful cut of the next sentence ("Year would end")
    ("According to scientists, 2023 is slated to be the hottest year on record as the Earth "
     "continues its climb in temperatures. The Copernicus Climate Change Service said on "
     "Wednesday that the year would end as the warmest ever measured.",
     "2023 slated to be hottest year on record"),
    ("The senator slammed the plan on Monday, saying it would cost jobs. The plan was approved "
     "by the council on Tuesday after a long debate in the chamber.",
     "Senator criticises plan, saying it would cost jobs"),
])
def test_a_short_article_gets_a_complete_top_headline(text, top):
    from summarize import summarize

    assert summarize(text).headline == top


def test_a_hyphenated_compound_is_kept_whole():
    text = "Computing power for AI landmarks increased 300,000-fold from 2012 to 2018."
    words = hl.cmp.words(text)
    fold = words.index("fold")
    kept = [k for k in range(len(words)) if k not in (words.index("increased"), fold - 2, fold - 1)]
    assert hl._splits_compound(text, kept)  # "... landmarks fold from 2012 to 2018"
    assert not hl._splits_compound(text, [k for k in kept if k != fold])
    assert not hl._splits_compound(text, list(range(len(words))))


@pytest.mark.parametrize("title", [
    # a speaker's opinion, reported ("We need", "need to" are the speaker's, not the outlet's)
    "We Need a New Library, Warns Riverside Mayor Jane Doe",
    "Elena Kowalczyk: Why Riverside Needs to Keep Its Library",
    # a quotation that closes after its comma; a quotation's "you" is its speaker's
    "Library Closure Is A 'Costly Mistake,' Says Riverside Council Member",
    "Doe on the library: ‘Closing it doesn’t save you money’",
])
def test_a_title_that_reports_a_speaker_is_the_top_candidate(title):
    article = ("Riverside mayor Jane Doe said on Monday the council's vote to close the library "
               "was a costly mistake and would not save money. The city needs a new library, she said.")
    heads, rejected = hl.candidates(_ranked(article), article, title, n=3)
    assert heads[0].text == title, (heads, [(r.text, r.rejected) for r in rejected])


def test_a_label_with_its_date_is_no_headline():
    article = ("Library advocates are looking for new options. On Wednesday, the council voted "
               "to close the Riverside library.")
    heads, _ = hl.candidates(_ranked(article), article, "Riverside Weekly for Friday, April 19, 2013", n=3)
    assert heads and all("2013" not in h.text and "April" not in h.text for h in heads)


def test_a_quantity_without_its_noun_is_a_dangling_end():
    assert hl.reject_reason("Mayor chose to close Riverside's first few", hl.Constraints(),
                            hl.Title.of(None), []) == "ends mid-phrase"
    assert hl.reject_reason("Rarely have libraries been thought", hl.Constraints(),
                            hl.Title.of(None), []) == "ends mid-phrase"  # thought [of]


def test_a_phrasal_verbs_particle_ends_a_headline_and_a_cut_keeps_its_semicolons_clause():
    assert hl.reject_reason("Second suspect in shooting turns himself in", hl.Constraints(),
                            hl.Title.of(None), []) is None
    assert hl.reject_reason("Police arrest man in", hl.Constraints(), hl.Title.of(None), []) == "ends mid-phrase"
    cuts = hl.title_variants("Library vote: Record 749 visits in a day; Riverside, other towns "
                             "announce new hours", 14)
    assert "Library vote: Record 749 visits in a day; Riverside" not in cuts
    assert "Library vote: Record 749 visits in a day" in cuts


def test_a_title_that_ends_with_whose_words_it_reports_keeps_them():
    why = hl.reject_reason("Library closure resembles 'a punishment', mayor says", hl.Constraints(),
                           hl.Title.of(None), [], title_case=True)
    assert why is None
    assert hl.reject_reason("Library closure would mean steep rises, But opposition parties says",
                            hl.Constraints(), hl.Title.of(None), [])  # no speaker: a clause cut at "but"
    cuts = hl.title_variants("Library closure resembles something 'approaching punishment', mayor says", 14)
    assert "Library closure resembles something 'approaching punishment'" not in cuts  # an opinion as a fact


def test_a_plural_subjects_verb_is_not_cut_from_its_preposition():
    cuts = hl.title_variants("Two council leaders call for the mayor to resign over library closure plans "
                             "on Riverside's Elm Street", 14)
    assert "Two council leaders call" not in cuts


def test_a_verb_before_a_quotation_elsewhere_keeps_its_clause():
    # a quotation mark later in the source sentence is no object of "resign"
    source = ("Two councillors have called on the mayor to resign over his \u201cfailure to listen\u201d "
              "to calls to keep the library open.")
    assert hl.fragment_reason("Two councillors call on mayor to resign", source) is None


def test_the_label_before_a_title_colon_is_no_headline():
    cuts = hl.title_variants("Better Reading For Riverside: What You Need To Know About The Library", 14)
    assert "Better Reading For Riverside" not in cuts
    cuts = hl.title_variants("Libraries in Riverside: Elm Street library to close this weekend - here's "
                             "everything you need to know", 14)
    assert "Libraries in Riverside" not in cuts
    assert "Elm Street library to close this weekend" in cuts
    cuts = hl.title_variants("Riverside librarian on her role in the closure vote: She asked for it", 14)
    assert "Riverside librarian on her role in the closure vote" in cuts  # a quotation after the colon
    cuts = hl.title_variants("KELLY SLAMS COUNCIL: Jane Kelly criticises Riverside council over library", 14)
    assert cuts[0] == "Jane Kelly criticises Riverside council over library"


def test_the_rest_after_a_colon_that_needs_the_labels_noun_is_no_headline():
    # WCXB 0256: "Comparison of SDLC Models: How to Choose the Best for Your Project?" had
    # "How to Choose the Best for Your Project" as its top headline (the best what?)
    cuts = hl.title_variants("Comparison of Library Cards: How to Choose the Best for Your Family?", 14)
    assert "How to Choose the Best for Your Family" not in cuts
    assert "Comparison of Library Cards" in cuts
    cuts = hl.title_variants("Library Card or E-Reader: Which One Should You Buy?", 14)
    assert cuts == ["Library Card or E-Reader: Which One Should You Buy", "Library Card or E-Reader"]
    cuts = hl.title_variants("Riverside Reads: The Best of 2025 Chosen by the Librarians", 14)
    assert "The Best of 2025 Chosen by the Librarians" in cuts


@pytest.mark.parametrize("title,article,expected", [
    # WCXB 0223: "TOP 7 INNOVATIVE KITCHEN APPLIANCE TRENDS FROM KBIS & IBS 202" gave "... From
    # Kbis & IBS 202"
    ("TOP 7 LIBRARY TRENDS FROM RLBF 2025",
     "At RLBF 2025, several publishers showed new reading lamps. The Riverside Library "
     "Book Fair (RLBF) drew crowds. FROM THE FLOOR: readers queued for an hour.",
     "Top 7 Library Trends From RLBF 2025"),
    # bahamaslocal.com: "... AND DOLPHIN CAY DONATES MEDICAL SUPPLIES TO BAARK" gave "... Dolphin
    # CAY Donates ...", the article's "Dolphin Cay" three times; an acronym it writes so stays
    ("RIVERSIDE LIBRARY AND READING BAY GIVE BOOKS TO RLB CLUB",
     "Riverside Library and Reading Bay gave books to the RLB club. The RLB club thanked "
     "Reading Bay. It was the club's best week.",
     "Riverside Library And Reading Bay Give Books To RLB Club"),
])
def test_a_shouted_titles_words_are_written_as_the_article_writes_them(title, article, expected):
    cands = [h.text for h, _ in hl.title_candidates(title, article, hl.Constraints(), set())]
    assert cands[0] == expected


def test_a_title_too_long_is_also_cut_before_a_purpose_clause():
    # the Daily Mail (trafilatura's test pages): "... Chef and fitness guru Joe Wicks lead plea to
    # Boris Johnson to block sub-standard products from flooding into the UK under post-Brexit
    # trade deals": every cut was too long or dangled, so the title gave no headline
    title = ("Readers and council member Jane Doe lead plea to Mayor Okonkwo to keep sub-standard "
             "buildings from closing the library under the new budget")
    assert "Readers and council member Jane Doe lead plea to Mayor Okonkwo" in hl.title_variants(title, 14)
    short = "Readers lead plea to Mayor Okonkwo to keep the library open"
    assert "Readers lead plea to Mayor Okonkwo" not in hl.title_variants(short, 14)
    # nor after "the first ...": twincities.com's "St. Louis Park elects a new mayor, apparently
    # the first Somali American to lead a U.S. city"
    title = "Riverside elects a new librarian, apparently the first Somali American to lead a city library"
    assert "Riverside elects a new librarian, apparently the first Somali American" not in hl.title_variants(title, 14)


@pytest.mark.parametrize("text,why", [
    # trafilatura's test pages, with no title found: "T-SNE algorithm comprises" (t-SNE's page),
    # "Python is an interpreted" (toptal.com)
    ("The library's collection comprises", "ends mid-phrase"),
    ("The new budget includes", "ends mid-phrase"),
    ("Riverside Library is an interpreted", "ends on a modifier without what it modifies"),
    ("Riverside Library is a remodelled", "ends on a modifier without what it modifies"),
    ("Riverside Library becomes an archive", None),
    ("Riverside Library includes archive", None),
])
def test_a_verb_without_its_object_or_an_article_without_its_noun_ends_mid_phrase(text, why):
    assert hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), []) == why


@pytest.mark.parametrize("text,why", [
    # trustpilot's <title> (trafilatura's test pages), the headline whole
    ("Jane Doe gave riverside-library.org 5 stars. Check out the full review", "a call to action glued on"),
    ("Library closes in May. Read more about the vote", "a call to action glued on"),
    ("Jane Doe gave riverside-library.org 5 stars", None),
    ("Readers check out more books than ever", None),
])
def test_a_call_to_action_after_the_headline_is_glued_on(text, why):
    assert hl.ill_formed(text) == why


def test_it_in_capitals_is_information_technology_not_a_pronoun():
    # WCXB 4362: the title "Top IT Conferences in the United States 2026" had been refused
    from summarize.headline_checks import ill_formed

    assert ill_formed("Top IT Conferences for Libraries in 2026") is None
    assert ill_formed("Independent IT spending rises at libraries") is None
    assert ill_formed("Independent it spends more on books") == \
        "its subject is the pronoun 'it' (its referent is elsewhere)"


def test_an_opening_gerund_with_a_participles_aside_is_a_fragment():
    assert hl.fragment_reason("Taking place at Riverside Library, located in Elm Street") == \
        "a gerund subject without a finite verb"


@pytest.mark.parametrize("cut,source", [
    ("Jane Doe travels to Riverside library holiday",
     "Jane Doe travelled to the Riverside library for a week-long holiday in January."),
    ("Elm Street closed between Oak Road due leak",
     "Elm Street is closed between Oak Road and Pine Road due to a gas leak, police said."),
    ("Elm Street closed between Oak Road and Pine Road due",
     "Elm Street is closed between Oak Road and Pine Road due to a gas leak, police said."),
    ("Mayor, 35, of Riverside takes", "Mayor, 35, of Riverside took to social media on Thursday with a photo."),
    ("Council hopefuls go", "Council hopefuls go after the mayor in the third library debate."),
    ("The council has been sending young people struggling",
     "The council has been sending young people struggling with reading to the library."),
])
def test_a_cut_inside_a_phrase_is_a_fragment(cut, source):
    assert hl.fragment_reason(cut, source)


@pytest.mark.parametrize("cut,source,why", [
    # "About a month ago AI documentation platform used" of "..., an AI documentation platform
    # used by some of the top companies in the world"
    ("Last week Riverside lending service used", "Last week, readers found faults in the Riverside "
     "lending service used by most libraries in the county.",
     "a noun and the participle that modified it, without a verb"),
    ("Man arrested", "A man was arrested in Riverside on Monday.", None),
    # "Travel insurance can minimize the considerable financial risks of traveling: accidents,
    # illness, missed flights, ..."
    ("Library cards cover costs of reading: books", "Library cards cover the costs of reading: "
     "books, magazines, audiobooks, and late fines.", "a list cut after its first item"),
    ("Library cards cover costs of reading", "Library cards cover the costs of reading: "
     "books, magazines, audiobooks, and late fines.", None),
    # "Japan are taking meaningful steps ..." of "Similarly, countries like Australia,
    # Singapore, Hong Kong, and Japan are taking meaningful steps ..."
    ("Riverside are opening new reading rooms", "Similarly, towns like Elmira, Oakdale, Pine "
     "Hill, and Riverside are opening new reading rooms.", "opens with the last item of a list"),
    ("Riverside opens new reading rooms", "Riverside opened new reading rooms, and Elmira, "
     "Oakdale and Pine Hill followed.", None),
    # "The National Library of Norway and KulturIT commissioned" of "... were commissioned by
    # the Norwegian Ministry of Culture and Equality to carry out a pilot project ..."
    ("The Riverside library and the county archive commissioned", "The Riverside library and the "
     "county archive were commissioned by the council to digitise old maps.",
     "a passive cut from its infinitive"),
    ("Riverside library commissioned to digitise old maps", "The Riverside library was "
     "commissioned by the council to digitise old maps.", None),
])
def test_a_participle_or_a_list_left_without_its_phrase_is_a_fragment(cut, source, why):
    got = hl.fragment_reason(cut, source)
    assert (got is None) if why is None else got == why


def test_an_opening_phrase_of_a_labelled_title_is_not_cut_alone():
    cuts = hl.title_variants("Map: After a month of closures, as much as a third of Riverside's libraries "
                             "are shut", 14)
    assert "Map: After a month of closures" not in cuts


def test_titles_with_a_media_tag_a_hyphenated_you_a_decade_an_owner_or_coordinate_adjectives():
    assert hl.title_variants("Jane Doe Made An Appearance At The Riverside Library [VIDEO]", 14)[0] == \
        "Jane Doe Made An Appearance At The Riverside Library"
    ok = hl.Constraints()
    assert hl.reject_reason("Knock-Your-Socks-Off, Interactive Library Books", ok, hl.Title.of(None), [],
                            title_case=True) in (None, "no verb")
    assert hl.reject_reason("Doe turns '60s library closures into a film", ok, hl.Title.of(None), []) is None
    article = "Riverside's new librarians started work on Monday, the council said."
    heads, _ = hl.candidates(_ranked(article), article, "Riverside's New Librarians", n=3)
    assert heads[0].text == "Riverside's New Librarians"
    cuts = hl.title_variants("Doe turns '60s library closures into a stirring, relevant film", 14)
    assert "Doe turns '60s library closures into a stirring" not in cuts


def test_a_particle_on_ends_a_headline_and_those_who_is_a_subject():
    ok, none = hl.Constraints(), hl.Title.of(None)
    assert hl.reject_reason("Old Library Batteries Keep the Lights On", ok, none, [], title_case=True) is None
    assert hl.reject_reason("Council votes on", ok, none, []) == "ends mid-phrase"
    assert hl.reject_reason("Those from Riverside will benefit most from the library", ok, none, []) is None
    assert hl.reject_reason("Those will benefit most from the library", ok, none, [])


def test_a_title_is_not_cut_between_a_verbs_particle_and_its_preposition():
    # "Brett Favre says he couldn't give up [on one more chance to win the Super Bowl]"
    title = "Jane Doe says she couldn't give up on one more chance to win the Riverside title"
    assert not hl._title_cut_ends_a_phrase("Jane Doe says she couldn't give up", title)
    assert hl._title_cut_ends_a_phrase("Ferry fares go up", "Ferry fares go up in March for island residents")


def test_a_verb_cut_from_its_objects_complement_is_a_fragment():
    # everfit: "For years, technology has made training and tracking faster and more convenient"
    # gave "Technology makes training"
    source = "For years, technology has made training and tracking faster and more convenient."
    assert hl.fragment_reason("Technology makes training", source) == "a verb cut from its complement"
    assert hl.fragment_reason("Council makes deal", "The council made a deal with the union in May.") is None


def test_your_is_dropped_only_where_the_title_still_reads_and_a_shows_name_keeps_it():
    # "AI won't steal your job" is no "AI won't steal job"; "7 On Your Side: NJ moving company
    # under federal investigation" is a show's name before its headline
    assert hl._without_your("AI won't steal your job but it may save your drawings") == \
        "AI won't steal your job but it may save your drawings"
    assert hl._without_your("How to protect your savings from inflation") in (
        "How to protect savings from inflation", "How to protect your savings from inflation")
    assert hl._without_your("How AI Can Cut Your Planning Cycle") == "How AI Can Cut Planning Cycle"
    article = ("A Riverside moving company is under federal investigation, more customers told the "
               "station on Monday, after a report on the company's missing deliveries.")
    heads, _ = hl.candidates(_ranked(article), article,
                             "7 On Your Side: Riverside moving company under federal investigation", n=3)
    assert heads[0].text.endswith("Riverside moving company under federal investigation")
    assert not any("On Side" in h.text for h in heads)


def test_a_columns_own_title_in_the_first_person_beats_a_clause_in_the_writers_voice():
    # The Atlantic's "Why I Teach Plato to Plumbers" gave "Once, when I tell guy on plane that I
    # taught philosophy"; "10 software essays that changed how I think" is no opinion
    article = ("Once, when I told a guy on a plane that I taught philosophy at a library, he laughed. "
               "I think about that often.")
    heads, _ = hl.candidates(_ranked(*article.split(". ")), article, "Why I Teach Plato to Librarians", n=3)
    assert heads[0].text == "Why I Teach Plato to Librarians"
    from summarize import neutral
    assert neutral.detect("10 library essays that changed how I think", sentence_level=False) == []
    assert neutral.detect("I think the plan is wrong", sentence_level=False)


def test_a_columns_question_title_is_shown_whole_not_cut_before_its_object():
    # "How Much Money Can I Save with a Smart Thermostat?" (a first-person page) gave its cut
    # "How Much Money Can I Save"
    article = ("I run the Riverside library, and I have always looked for ways to cut our bills. I "
               "installed a smart thermostat last winter. I saved 8% on heating, and I think you can too.")
    title = "How Much Money Can I Save with a Smart Thermostat?"
    heads, _ = hl.candidates(_ranked(*article.split(". ")), article, title, n=3)
    assert heads[0].text == title


def test_each_one_needs_what_came_before():
    ok, none = hl.Constraints(), hl.Title.of(None)
    assert hl.reject_reason("Each one delivers a lesson", ok, none, []).startswith("opens with 'Each one'")
    assert hl.reject_reason("Each library lends 40,000 books", ok, none, []) is None


def test_a_fronted_modifier_without_its_clause_is_a_fragment():
    # Scientific American: "A flatworm shaped like a comma, it can be found ..." gave "Flatworm
    # shapes like comma"
    source = "A ferry shaped like a swan, it can be seen crossing the harbour every morning."
    assert hl.fragment_reason("A ferry shaped like a swan", source) == "a fronted modifier without its clause"
    assert hl.fragment_reason("Police arrested the man on Monday", "Police arrested the man on Monday, he said.") \
        is None


@pytest.mark.parametrize("text", [
    "Thing is, basics of SEO are relatively simple",  # AgencyAnalytics ("The thing is, ...")
    "All that said, live TV streaming services have been getting more expensive",  # PCWorld
    "That being said, the library will close in May",
])
def test_a_discourse_marker_opener_leans_on_what_came_before(text):
    assert hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), []).startswith("opens with")


_LIBRARY = ("The Riverside library will close in May, the council said. Library fines rose this "
            "year, and readers asked why library cards cost more. The library lends 40,000 books "
            "a year; the library's reading rooms and late fines were reviewed by the council.")


def _title_made(title: str, article: str = _LIBRARY) -> dict:
    return {h.text: h.rejected for h, _ in hl.title_candidates(title, article, hl.Constraints(), set())}


@pytest.mark.parametrize("title, headline", [
    # Veranda: "These Are the 25 Hottest Hosting Trends of 2025, According to Event Planners"
    ("These Are the 5 Busiest Libraries in Riverside, According to Readers",
     "The 5 Busiest Libraries in Riverside, According to Readers"),
    ("We\u2019ve Compiled the Top 7 Libraries in Riverside", "The Top 7 Libraries in Riverside"),
    # "Pros and Cons of Consulting: Is It a Good Fit for You?": the part before the colon
    ("Library Fines and Reading Rooms: Are They Right for You?", "Library Fines and Reading Rooms"),
    # "Joining Tours or Renting a Car in Iceland: Which One Should You Choose?": no cut before
    # the title's verb, which is the question's
    ("Paying Fines or Renewing Cards in Riverside: Which One Should You Choose?",
     "Paying Fines or Renewing Cards in Riverside"),
    # "How Much Should You Charge For A Yoga Class?"
    ("How Much Should You Pay For A Library Card?", "How Much to Pay For A Library Card"),
    # "6 Types of HR Outsourcing You Need to Know About", "Top 15 Data Analytics Tools You
    # Should Be Using in 2025", "6 Steps You Can Take to Achieve Healthy Weight Loss"
    ("6 Library Fines You Need to Know About", "6 Library Fines"),
    ("Top 5 Library Cards You Should Be Using in 2025", "Top 5 Library Cards in 2025"),
    # "7 Plumbing Industry Trends You Need To Know in 2025": the year stays, and the form is no
    # cut before the title's verb ("Need")
    ("7 Reading Trends You Need To Know in 2025", "7 Reading Trends in 2025"),
    # "The Ultimate Guide to Booking a Moving Company: What You Need to Know" (not "...: What"),
    # "The Beginner's Guide to Gym Equipment: Everything You Need to Know" (its verbs are the reader's)
    ("The Ultimate Guide to Library Cards: What You Need to Know", "The Ultimate Guide to Library Cards"),
    ("The Beginner's Guide to Library Fines: Everything You Need to Know",
     "The Beginner's Guide to Library Fines"),
    # "Tips for Selecting DC Motors for Your Mobile Robot": a how-to's "your" (not "for Mobile Robot")
    ("Tips for Choosing Library Cards for Your Reading Group",
     "Tips for Choosing Library Cards for Your Reading Group"),
    # "How Much to Tip at Restaurants: Your Ultimate Tip Chart and Guide": "the" before an
    # adjective ("Catering Tips to Make Your Next Event a Success" is a how-to: its "your" stays)
    ("Riverside Library Fines: Your Ultimate Guide to Late Fees",
     "Riverside Library Fines: The Ultimate Guide to Late Fees"),
    ("Catering Tips to Make Your Next Library Visit a Success",
     "Catering Tips to Make Your Next Library Visit a Success"),
    ("6 Steps You Can Take to Cut Library Fines", "6 Steps to Cut Library Fines"),
    # "Everything You Need to Know About Online Classes and Learning Platforms" (Shorelight)
    ("Everything You Need to Know About Library Fines in Riverside",
     "What to Know About Library Fines in Riverside"),
    # "How To Build Your Own Workout Routine": a how-to's "your" stays ("Build Own" is broken)
    ("How To Build Your Own Library Card Holder", "How To Build Your Own Library Card Holder"),
    ("How the library council cut late fines | Opinion", "How the library council cut late fines"),
    # "was supposed to" is what was expected, not a doubt (Hechinger Report)
    ("The library was supposed to save Riverside readers money",
     "The library was supposed to save Riverside readers money"),
    # "IT" in capitals is no pronoun: "IT & Cybersecurity Best Practices to Protect Your Business"
    ("IT & Library Best Practices to Protect Your Books", "IT & Library Best Practices to Protect Books"),
    # a clause of "what" that ends with its "be": "What Tutoring is and What Tutoring is not"
    ("What a Library is and What a Library is not", "What a Library is and What a Library is not"),
    # "Keeping It Clean and Healthy": "it" is the object
    ("Keeping It Cheap: Riverside Library Fines", "Keeping It Cheap: Riverside Library Fines"),
    # "Title:" on a paper's page
    ("Title:Library Fines Reviewed by Riverside Council", "Library Fines Reviewed by Riverside Council"),
    # a title in capitals with a curly apostrophe: "WHAT\u2019S CHANGING IN CALIFORNIA PLUMBING CODES?"
    ("WHAT\u2019S CHANGING IN RIVERSIDE LIBRARY FINES?", "What\u2019s Changing In Riverside Library Fines?"),
    # a tag in square brackets: "How To Design A Room Like An Interior Designer [Step By Step]"
    ("How To Cut Library Fines Like A Librarian [Step By Step]", "How To Cut Library Fines Like A Librarian"),
    # "An introduction to social commerce: What brands need to know in 2026": a guide's
    # promise, no opinion
    ("An introduction to library fines: What readers need to know in 2026",
     "An introduction to library fines: What readers need to know in 2026"),
    # "Digital Marketing Pricing Data: Agency rates comparison for all 50 states to help you
    # optimize your marketing budget": the tail for the reader goes, and the cut is no cut
    # before the title's verb
    ("Library Pricing Data: Fines comparison for all 50 states to help you plan your reading budget",
     "Library Pricing Data: Fines comparison for all 50 states"),
    # the first of a title's two questions is one: "What Are the Different Types of Mobile
    # Apps? And How Do You Choose?", "How Are Mobile Apps Created? A Complete 2025 Guide ..."
    ("What Are the Different Types of Library Cards? And How Do You Choose?",
     "What Are the Different Types of Library Cards?"),
    ("How Are Library Fines Set? A Complete 2025 Guide to Late Fees", "How Are Library Fines Set?"),
    # "How much should I pay for cleaning in San Diego?": the writer asks for the reader
    ("How much should I pay for a library card in Riverside?", "How much to pay for a library card in Riverside"),
    # an adverb after "are" goes ("Top 11 Affordable Slack Alternatives That Are Actually Reliable")
    ("Top 11 Library Apps That Are Actually Reliable", "Top 11 Library Apps That Are Reliable"),
    # a myth is false by name: "9 Common Food Myths Debunked", "Debunking Common Food Myths"
    ("9 Common Library Myths Debunked", "9 Common Library Myths Debunked"),
    ("Debunking Common Library Myths", "Debunking Common Library Myths"),
    # a question keeps its "your": "Who's Reading Your Newsletter? Increasingly, Not a Human."
    ("Who's Reading Your Library Card? Increasingly, Not a Human.",
     "Who's Reading Your Library Card? Increasingly, Not a Human"),
    # an order to the reader is a how-to (SBA: "Strengthen your cybersecurity")
    ("Renew your library card online", "How to renew your library card online"),
    # a teaser for the reader before the title proper: "You Need to Download This! The
    # Ultimate Wedding Planning Checklist"
    ("You Need to Read This! The Riverside Library Reading Checklist", "The Riverside Library Reading Checklist"),
    # a whole question keeps its "your" ("Is a Smart Thermostat a Worthwhile Investment for Your Home?")
    ("Is a Library Card a Worthwhile Investment for Your Family?",
     "Is a Library Card a Worthwhile Investment for Your Family?"),
    # the list after a question ("Want a good EV? Here are the 20 best electric cars on sale right now")
    ("Want a good book? Here are the 20 best library novels on loan right now",
     "The 20 best library novels on loan right now"),
    # the reader as what a thing saves ("Smart Thermostats: Do They Really Save You Money?")
    ("Library Cards: Do They Save You Money?", "Library Cards: Do They Save Money?"),
    # "you" as a noun addresses no one ("Financial Planning for the Future You - Tips for
    # Millennials & Gen Z")
    ("Library Cards for the Future You - Tips for Students", "Library Cards for the Future You - Tips for Students"),
    # two titles joined by "+": the first, without the reader's need ("Podcast Equipment Guide:
    # The 5 Pieces of Equipment You Need + How to Start Your Podcast for $90!")
    ("Library Card Guide: The 5 Cards You Need + How to Read Your Way Through 2026 for $9!",
     "Library Card Guide: The 5 Cards"),
    # a call to the reader after a dash ("The Biggest Book Clubs Are Ending 2025 With These
    # Books — Join Them!")
    ("Riverside Readers Are Ending 2025 With These Library Books — Join Them!",
     "Riverside Readers Are Ending 2025 With These Library Books"),
    # a review's picks ("Our Favorite Bread Machine Makes Any Type of Loaf With the Push of a
    # Button"): its own title, not cut before "of a Button"
    ("Our Favorite Library Card Opens Any Kind of Library With the Push of a Button",
     "Our Favorite Library Card Opens Any Kind of Library"),
    # the first of two noun phrases joined by a dash and "and" (TODAY: "The No. 1 most popular
    # workout of 2024 \u2014 and 5 fitness trends to expect in 2025", 16 words)
    ("The No. 1 most popular library of 2024 \u2014 and 5 reading trends to expect in 2025",
     "The No. 1 most popular library of 2024"),
    # ... and a writer's picks ("My Top 23 Herbs and Flowers for Organic Pest Control in the Garden")
    ("My Top 5 Libraries for Late Fines in Riverside", "My Top 5 Libraries for Late Fines in Riverside"),
    # ... and the writer's advice (WCXB 4617: "My Secret Tip for Writing an Unforgettable College Essay")
    ("My Secret Tip for Avoiding Library Fines in Riverside", "My Secret Tip for Avoiding Library Fines in Riverside"),
    # a greeting before the name of what the page is (WCXB 4440: "Welcome to the State of AI Newsletter")
    ("Welcome to the Riverside Library Newsletter", "The Riverside Library Newsletter"),
    # ... and the writer's part in a review's list taken off (WCXB 5665: "The 5 Best Mailchimp
    # Alternatives We Found (Lower Cost, Better Features)")
    ("The 5 Best Library Apps We Found (Lower Fines, Longer Loans)", "The 5 Best Library Apps"),
    # a title too long without its opening adverbial (NPR: "Map: After a month of bombardments,
    # as much as a third of Gaza City is damaged")
    ("Map: After a month of heavy floods, as much as a third of the Riverside library's books are damaged",
     "As much as a third of the Riverside library's books are damaged"),
    # the writer's test, said without the writer ("I Tested 10 Top Rated Standing Desk
    # Converters", "We Tested 6 Zoom Alternatives - Here's How They Compare")
    ("I Tested 10 Top Rated Library Cards", "10 Top Rated Library Cards Tested"),
    ("We Tested 6 Library Apps - Here's How They Compare", "6 Library Apps Tested"),
    # a list's title of things to do keeps the reader's "your" (WCXB 4598: "The top 10 commands
    # to teach your puppy first")
    ("The top 5 library rules to teach your child first", "The top 5 library rules to teach your child first"),
    ("10 ways the library can improve your health", "10 ways the library can improve your health"),
    # a title with its two writers keeps both ("'Financial Economics: What Kind of Science Is
    # It?' by Marta Szymanowska and Conrad Heilmann")
    ("'Library Economics: What Kind of Science Is It?' by Jana Kowalczyk and Tom Reed",
     "'Library Economics: What Kind of Science Is It?' by Jana Kowalczyk and Tom Reed"),
    # what the things are for, without the reader (goose3's test page gizmodo1: "The Gear and
    # Apps You Need to Survive the Next Semester"); "Here comes" and its subject are a clause
    # (businessWeek3: "Here Comes Apple's Real TV")
    ("The Cards and Apps You Need to Survive the Library Year", "The Cards and Apps to Survive the Library Year"),
    ("Here Comes Riverside's New Library", "Here Comes Riverside's New Library"),
])
def test_a_titles_own_words_give_a_headline(title, headline):
    assert _title_made(title)[headline] is None


def test_a_titles_cuts_and_calls_to_the_reader_are_not_kept():
    made = _title_made("Our Favorite Library Card Opens Any Kind of Library With the Push of a Button")
    assert "Our Favorite Library Card Opens Any Kind of Library With the Push" not in made
    made = _title_made("Riverside Readers Are Ending 2025 With These Library Books — Join Them!")
    assert not [h for h in made if "Join" in h]
    made = _title_made("'Library Economics: What Kind of Science Is It?' by Jana Kowalczyk and Tom Reed")
    assert made.get("'Library Economics: What Kind of Science Is It?' by Jana Kowalczyk", "none") is not None
    assert made.get("What Kind of Science Is It?' by Jana Kowalczyk and Tom Reed", "none") is not None
    # "you" before a verb is the reader all the same
    assert _title_made("The Best Library Card You Can Get")["The Best Library Card You Can Get"] \
        == "the title addresses the reader"
    # a title too long is refused for its length, not kept as the page's own for its "you"
    long = "Library Guide: The 5 Cards You Need + How to Read Your Way Through Every Library in Riverside in 2026"
    assert _title_made(long)[long].startswith("longer than")


def test_only_an_order_with_its_object_becomes_a_how_to():
    # "Keep Your Teeth Healthy" -> "How to Keep Your Teeth Healthy"; not "Top 10 IT Security
    # Best Practices for 2025: Protect Your Business" ("How to top 10 ..."), "Guide to filing
    # your taxes in 2025" ("How to guide to ...") or a column's "Fix It Friday: ..."
    assert _title_made("Keep Your Library Card Safe")["How to Keep Your Library Card Safe"] is None
    for title in ("Top 10 Library Best Practices for 2025: Protect Your Books",
                  "Guide to renewing your library card in 2025",
                  "Fix It Friday: Struggling With How To Arrange Your Library Shelves?"):
        assert not [h for h in _title_made(title) if h.startswith("How to")]


def test_a_title_is_not_cut_between_right_and_for_whom():
    # Consumer Reports: "Find an Efficient Vehicle That's Right for You" had given "Find an
    # Efficient Vehicle That's Right"
    made = _title_made("Find a Library Card That\u2019s Right for You")
    assert "Find a Library Card That\u2019s Right" not in made


def test_a_titles_cut_keeps_its_names_and_lists_whole():
    # "Best Machine Learning as a Service Platforms (MLaaS)", not "Best Machine Learning"
    made = _title_made("Best Library Cards as a Service Platforms (LCaaS) That You Want to Check as a Reader")
    assert made["Best Library Cards as a Service Platforms (LCaaS)"] is None
    assert "Best Library Cards" not in made
    # a list cut at one of its commas is no title: "...: Risk Profiling, Policy Generation"
    # (of "..., and Runtime Sandboxing")
    made = _title_made("Riverside Library Review: Opening Hours, Late Fines, and Reading Rooms")
    assert made["Riverside Library Review: Opening Hours, Late Fines, and Reading Rooms"] is None
    assert "Riverside Library Review: Opening Hours, Late Fines" not in made
    for title in ("The Ultimate Guide to Library Cards: What You Need to Know",
                  "The Beginner's Guide to Library Fines: Everything You Need to Know"):
        made = _title_made(title)
        assert not [t for t in made if t.endswith((": What", ": Everything")) and made[t] is None]
    # ... nor one cut after its first item: "How Are Mobile Apps Created? A Complete 2025 Guide
    # to Mobile Apps Development[, Design, and Launch]"
    made = _title_made("How Are Library Fines Set? A Complete 2025 Guide to Library Fines, Late Fees, "
                       "and Reading Rooms")
    cut = "How Are Library Fines Set? A Complete 2025 Guide to Library Fines"
    assert cut not in made or made[cut]
    # nor is a list without one of its items: "Top 10 HR Outsourcing and Outsourced HR
    # Companies, Providers, Consultants, & Consulting Firms" lost "Providers," to a rule for a
    # name's apposition ("Jane Smith, the mayor, says ...")
    made = _title_made("Top 10 Library Cards and Riverside Library Fines, Fees, Readers, & Reading Rooms")
    assert made["Top 10 Library Cards and Riverside Library Fines, Fees, Readers, & Reading Rooms"] is None
    assert not [t for t in made if "Fines Readers" in t]


def test_a_title_of_two_or_three_words_that_the_article_is_about_is_a_headline():
    # "Internet of Things", "The Edge-First Manifesto", "Significant Cyber Incidents": named
    # three or more times in the article, no verb needed
    assert _title_made("Riverside Library")["Riverside Library"] is None
    assert _title_made("Our Team")["Our Team"] in ("too short", "no verb")  # a menu's line
    # ... even when the article names its word often (WCXB 5668: the <h1> "Our Products" beside
    # "Top 5 Mailchimp alternatives to consider in 2026")
    assert _title_made("Our Library")["Our Library"] in ("too short", "no verb")
    # a how-to says "you" more than anything: no topic ("Tips For Online Success")
    howto = ("Plan your week before you log in. You will study online at your own pace, and your "
             "instructor answers you online within a day. Check your online course each day; "
             "you can study online at night, and you should ask your classmates when you are stuck. "
             "Your syllabus lists deadlines, quizzes, readings, projects and exams. Keep a calendar, "
             "silence phones, find a quiet desk, back up essays, and reward yourself after "
             "finishing chapters. Libraries lend laptops; tutors hold evening hours for students. "
             "Each course has a forum, each course a tutor, each course a chat, and each course a "
             "grade; any course can be dropped in week two.")
    assert _title_made("Tips For Online Success", howto)["Tips For Online Success"] is None


def test_a_short_title_on_its_articles_topic_matches_and_a_personal_posts_title_is_its_own():
    # "A brief intro to git": one content word of three, but the article's most frequent one
    # (in an article too long for one shared word to do)
    longer = _LIBRARY + (" Opening hours change on Sundays, when volunteers staff the front desk, "
                         "shelve returned novels, repair damaged atlases, host chess clubs for "
                         "pensioners, run homework sessions for pupils, and print tax forms for "
                         "anyone who needs them before April deadlines arrive.")
    assert _title_made("A brief intro to libraries", longer)["A brief intro to libraries"] is None
    assert _title_made("A brief intro to ferries", longer)["A brief intro to ferries"] \
        == "the title does not match the article"
    # "My LLM coding workflow going into 2026", over a post in the first person
    personal = ("I have used the Riverside library for ten years. My card is old, and I renew my "
                "books online. I think the library will close in May; I asked the council why.")
    assert _title_made("My library routine going into 2026", personal)["My library routine going into 2026"] is None
    assert _title_made("My library routine going into 2026")["My library routine going into 2026"] \
        .startswith("opens with 'My'")
    # ... and its "we" (WCXB 5551: "How We Paid Off $113k in 28 Months"), its bar gone
    made = _title_made("How We Paid Off Our Library Fines | Our Library Journey", personal)
    assert made["How We Paid Off Our Library Fines"] is None
    assert not any("|" in t for t in made)
    # ... and its "we" in a contraction (WCXB 5555: "We’re debt-free, now what? Our story of
    # life after debt")
    title = "We’re fine-free, now what? Our story of library life"
    assert _title_made(title, personal)[title] is None
    assert _title_made(title)[title].startswith("opens with 'We’re'")


@pytest.mark.parametrize("text", ["Clothing Items Per Box: 5", "Price: $49 per month",
                                  "Team Size: 51 - 200 employees"])
def test_a_listings_field_and_value_is_no_headline(text):
    ok, none = hl.Constraints(), hl.Title.of(None)
    assert hl.reject_reason(text, ok, none, []) == "a field and its value, not a headline"
    assert hl.reject_reason("Ferry fares rise: 3 routes cost more", ok, none, []) is None


def test_a_field_lines_cut_and_a_dangling_dash_are_no_headlines():
    # Substack: "The wacky things ... LLMs do \u2013 and how they might get us killed" cut at its dash
    assert hl.clean_edges("Ferry fares rise on three routes \u2013") == "Ferry fares rise on three routes"
    # a list item's bullet (set 9's podcast checklist: "\u2022Choosing right microphone ...")
    assert hl.clean_edges("\u2022Ferry fares rise on three routes") == "Ferry fares rise on three routes"
    # ... and a footnote's mark (WCXB 4223: "... systems are on the market*")
    assert hl.clean_edges("Ferry fares rise on three routes*") == "Ferry fares rise on three routes"
    # MySubscriptionAddiction: "Clothing Items Per Box: 5" gave "Clothing Items Per Box"
    article = "Ferry Tickets Per Family: 5. The council raised ferry fares on three routes on Monday."
    heads, _ = hl.candidates(_ranked("Ferry Tickets Per Family: 5.", "The council raised ferry fares "
                                     "on three routes on Monday."), article, None)
    assert [h.text for h in heads if "Per Family" in h.text] == []


def test_a_title_in_quotation_marks_is_a_style_unless_someone_speaks():
    # Gary Marcus's Substack: "“New Ways to Count Ferries”"
    assert _title_made("\u201cNew Ways to Count Riverside Library Fines\u201d")[
        "New Ways to Count Riverside Library Fines"] is None
    assert _title_made("\u201cWe will keep the Riverside library open\u201d")[
        "\u201cWe will keep the Riverside library open\u201d"] == "the title line is a quotation"


def test_the_next_word_check_matches_whole_words_only():
    # headline_cuts._next_word_is answers what a regex per pair of words answered
    from summarize.headline_cuts import _NEXT, _TO_NEXT, _next_word_is

    source = "The man seemed to ponder's fate; the woman seemed to ponder it. Reseemed ponder"
    assert _next_word_is("seemed", _TO_NEXT, "ponder", source)       # the second "seemed"
    assert not _next_word_is("seemed", _NEXT, "ponder", source)      # "Reseemed" is no "seemed"
    assert not _next_word_is("man", _TO_NEXT, "ponder", source)
    assert _next_word_is("woman", _NEXT, "seemed", source) and not _next_word_is("wo", _NEXT, "man", source)


def test_a_cut_that_keeps_no_finite_verb_of_its_sentence_is_a_fragment():
    # WCXB 5111: "Alyssa Pacheco, registered dietitian" (of "..., Alyssa Pacheco, a registered
    # dietitian from Greater Boston, USA advises that ...") was a top headline
    sents = ["While it is a useful guide, Jane Doe, a registered librarian from Leeds, advises "
             "that a library card does not make you a reader.",
             "The council voted on Monday to close the Riverside library."]
    heads, rejected = hl.candidates(_ranked(*sents), " ".join(sents), None, n=3)
    assert [h.text for h in heads] == ["Council votes to close Riverside library"]
    assert ("Jane Doe, registered librarian from Leeds", "a fragment: no finite verb of the sentence kept") \
        in [(h.text, h.rejected) for h in rejected]


@pytest.mark.parametrize("text,source,why", [
    # WCXB 0073: "The Healthy Eating Plate are available" of "Translations of the ..."
    ("The Riverside Library Card are available", "Translations of the Riverside Library Card are "
     "also available in 25 languages.", "the subject's head cut before its 'of'"),
    ("Translations of Riverside Library Card are available", "Translations of the Riverside "
     "Library Card are also available in 25 languages.", None),
    ("Protesters were arrested", "Most of the protesters were arrested on Monday.", None),
    # WCXB 5634: an opening phrase without a determiner is still only the opening phrase
    ("Across remote libraries chasing new readers", "Across remote libraries chasing new readers, "
     "the council has become a lender of last resort.", "an opening phrase without its main clause"),
])
def test_a_subject_without_its_head_or_an_opening_phrase_alone_is_a_fragment(text, source, why):
    assert hl.fragment_reason(text, source) == why


@pytest.mark.parametrize("text,why", [
    # WCXB 4592: "Carving out time for wedding preparation can [feel] impossible"
    ("Finding time for library visits can impossible", "a modal without its verb"),
    ("Council can also close library", None),
    ("Library may not reopen", None),
    ("talks held in may last year end", None),       # a month in lower-cased text
    ("the will of the people prevails", None),
])
def test_a_modal_needs_its_verb(text, why):
    assert hl.fragment_reason(text) == why


@pytest.mark.parametrize("text,why", [
    ("Whether it\u2019s fines, fees or other charges", "opens with 'Whether', a subordinate clause"),
    ("Whilst courts continue debating whether libraries lend e-books", "opens with 'Whilst', a subordinate clause"),
    ("Finally, another good way to help is to return books", "opens with 'Finally,' (a fragment"),
    ("Whether rented or owned, the library lends tools", None),
    # WCXB 5530: a list of names after the comma is no main clause
    ("Whether it\u2019s helping readers renew CDs, DVDs, E-Books", "opens with 'Whether', a subordinate clause"),
    # WCXB 4572: "For instance, if average U.S. salary increases 3% each year"
    ("For instance, if library fines rise 3% each year", "opens with 'For instance' (a fragment"),
    # mercurynews.com's letters (trafilatura's test pages): "Soon after Ms. Price [was] elected"
    ("Soon after Ms. Price elected", "opens with 'Soon', a subordinate clause"),
    ("Soon after the vote, the library closes", None),
    # anarc.at: "[I do ]not have integration in Emacs"
    ("Not have integration in Emacs", "opens with 'Not have', without its subject"),
    ("Not all libraries close in May", None),
    # Gigaword test row 1324 lost its headline to that check: "long" is a verb too
    ("Not long ago, in Riverside, a library closed its doors for good", None),
])
def test_whether_whilst_and_finally_open_fragments(text, why):
    got = hl.ill_formed(text)
    assert (got is None) if why is None else got.startswith(why)


def test_the_commas_of_an_aside_that_went_go_with_it():
    # WCXB 0056: "Allied Van Lines,, is one of the largest ..." (of "Allied Van Lines, (USDOT#
    # 076235), is ...")
    assert hl.clean_edges("Riverside Library, , is one of the largest") == "Riverside Library is one of the largest"
    assert hl.clean_edges("Riverside Library,, is one of the largest") == "Riverside Library is one of the largest"


def test_with_nothing_else_a_loaded_clause_with_a_pronoun_subject_is_shown_marked():
    from summarize.results import Flag, Headline

    flag = Flag("notorious", "loaded_adjective", "loaded", 6, 15)
    loaded = Headline("He is notorious for staying silent", 1.0, source=0, flags=[flag],
                      rejected="opens with 'He' (a fragment: its referent is elsewhere)")
    broken = Headline("Notorious for staying", 2.0, source=0, rejected="ends mid-phrase")
    rejected = [loaded, broken]
    got = hl._fallback(rejected, lambda: None)
    assert got is loaded and got.note.startswith("opens with 'He'") and got.rejected is None
    assert rejected == [broken]


def test_a_second_cut_of_the_same_sentence_yields_to_another_sentence(monkeypatch):
    def feats(rank):
        return {"rank": rank, "cover": 0.5, "words": 8, "neutrality": 1.0, "calm": 1.0,
                "likelihood": 0.0, "model": 0.0, "v_rank": 0}
    made = [("Men flown out of region on US helicopters", 0), ("Men flown out of region, according "
            "to police source", 0), ("Afghan government frees three Taliban prisoners", 1)]
    monkeypatch.setattr(hl, "generate", lambda *a, **k: [(hl.Headline(t, 0.0, source=i), feats(i))
                                                         for t, i in made])
    heads, rejected = hl.candidates([], "", None, n=2)
    assert [h.text for h in heads] == ["Men flown out of region on US helicopters",
                                       "Afghan government frees three Taliban prisoners"]
    assert rejected[-1].rejected == "another cut of a better candidate's sentence, opening as it does"
    # with no other sentence to take the slot, the second cut is still shown
    heads, _ = hl.candidates([], "", None, n=3)
    assert [h.text for h in heads][2] == "Men flown out of region, according to police source"


def test_a_group_of_speakers_says_in_the_plural():
    assert hl.compress("Police said on Monday that the suspect fled across the border.")[-1] == \
        "The suspect fled across the border, police say"
    assert hl.compress("Officials in the county said that the bridge would stay closed.")[-1] == \
        "The bridge would stay closed, officials say"


def test_a_title_is_not_cut_after_a_verb_before_its_object():
    title = "Logistics made it difficult to deliver the amount of tutoring that could produce a real difference"
    assert "Logistics made it difficult to deliver the amount of tutoring that could produce" \
        not in hl.title_variants(title, 14)


def test_a_two_word_title_beats_a_verbless_cut_when_nothing_passed():
    rejected = [hl.Headline("Next biggest place", 1.0, source=3, rejected="no verb"),
                hl.Headline("Backup Strategy", 0.5, source=None, rejected="too short")]
    got = hl._fallback(rejected, lambda: None)
    assert (got.text, got.note) == ("Backup Strategy", "too short")
    rejected = [hl.Headline("Next biggest place", 1.0, source=3, rejected="no verb"),
                hl.Headline("Backup", 0.5, source=None, rejected="too short")]
    assert hl._fallback(rejected, lambda: None).text == "Next biggest place"
    # a label cut from a longer title is no title
    rejected = [hl.Headline("Next biggest place", 1.0, source=3, rejected="no verb"),
                hl.Headline("Business Focus", 0.5, source=None, rejected="too short"),
                hl.Headline("Business Focus: Why Some Triumph", 0.5, source=None, rejected="keeps loaded words")]
    assert hl._fallback(rejected, lambda: None).text == "Next biggest place"


def test_the_past_as_a_noun_can_end_a_headline():
    c, t = hl.Constraints(), hl.Title.of(None)
    assert hl.reject_reason("Museums give snapshot of past", c, t, []) is None
    assert hl.reject_reason("Thousands of protesters march past", c, t, []) == "ends mid-phrase"


def test_a_word_said_twice_may_be_kept_at_either_place():
    # "The" of the cut is the second "the" of its sentence: no verb of the agency's was lost
    src = hl.Source(0, "The report says the Minneapolis ad agency came up with the campaign.", 1.0)
    kept = hl.wellformed.kept_mask(src.words, "The Minneapolis ad agency came up with the campaign")
    assert hl._tag_fragment("The Minneapolis ad agency came up with the campaign", kept, src) is None
    cut = "The report says campaign"
    assert hl._tag_fragment(cut, hl.wellformed.kept_mask(src.words, cut), src) == 'keeps "campaign" without its "with"'


def test_an_aside_that_loses_its_commas_is_no_headline():
    src = hl.Source(0, "CBS DFW reports the man who kidnapped the child, Michael Webb, was sentenced "
                    "to life in federal prison.", 1.0)
    for cut, why in (("Man who kidnapped child Michael Webb sentenced to life",
                      'drops the commas of the aside after "child"'),
                     ("Man who kidnapped child sentenced to life", None),
                     ("Man who kidnapped child, Michael Webb, sentenced to life", None)):
        assert hl._tag_fragment(cut, hl.wellformed.kept_mask(src.words, cut), src) == why


def test_a_role_keeps_its_organisation():
    from summarize import headline_candidates

    got = headline_candidates("T-Mobile CEO John Legere is stepping down in May 2020. Legere will hand "
                              "over the reins to COO and president Mike Sievert.")
    assert [h.text for h in got] == ["T-Mobile CEO John Legere is stepping down",
                                     "Legere to hand over reins to COO and president Mike Sievert"]


def test_a_pages_other_title_gives_its_whole_form_only():
    article = ("Kurt Volker and Tim Morrison testified side-by-side on Tuesday. Volker said he had "
               "no knowledge of any efforts to investigate the Bidens. Morrison listened to the call.")
    t = "Impeachment hearings: Key moments from Kurt Volker's and Tim Morrison's testimony"
    got = hl.title_candidates(t, article, hl.Constraints(), set(), 0.8, uncut=True)
    assert [h.text for h, _ in got] == [t]  # not "Impeachment hearings: Key moments", a cut
    assert len(hl.title_candidates(t, article, hl.Constraints(), set())) > 1  # (the title's own cuts)
    # ... but of a question refused whole for asking the reader, the part before it (WCXB
    # 4815's <h1>: "Top Espresso Machine under $500: Which One Should You Get?")
    # ... and its whole form is without an aside that exclaims (WCXB 5663's <h1>: "Mailchimp
    # Alternatives: Top 15 Options for 2026 (some are even free!)")
    got = hl.title_candidates(t + " (some are even free!)", article, hl.Constraints(), set(), 0.8, uncut=True)
    assert [h.text for h, _ in got] == [t]
    asks = "Key moments from Kurt Volker's testimony: Which One Should You Believe?"
    got = hl.title_candidates(asks, article, hl.Constraints(), set(), 0.8, uncut=True)
    assert [(h.text, h.rejected) for h, _ in got] == [
        (asks, "the title addresses the reader"), ("Key moments from Kurt Volker's testimony", None)]


def test_a_pages_other_title_ranks_below_its_accepted_title():
    # (WCXB: "What is a Mobile App? [Definition + Types + Pros and Cons]" had outranked the
    # title "What is a Mobile Application?", a question weighted TITLE_QUESTION)
    article = ("A mobile application is a program that runs on a phone or a tablet. Mobile apps are "
               "sold in app stores. Native apps are built for one platform, web apps run in a browser.")
    heads, _ = hl.candidates([], article, "What Is a Mobile Application?",
                             alternates=["Mobile Apps Explained: Types, Stores and Platforms"])
    assert [h.text for h in heads] == ["What Is a Mobile Application?",
                                       "Mobile Apps Explained: Types, Stores and Platforms"]


def test_a_speaker_is_not_cut_to_the_capital_of_the_sentences_first_word():
    # (unseen page: "Some smart guy once said that the future of the internet is video" gave
    # "Future of internet is video, Some says")
    assert not any(c.endswith("Some says") for c in hl.compress(
        "Some keen reader once said that the future of the library is online."))
    assert hl.compress("Mayor Jane Smith of Riverside said that the library would open in June.")[-1] == \
        "The library would open in June, Mayor Jane Smith says"


def test_anyone_keeps_the_relative_clause_that_says_who():
    from summarize.cut_sources import anyone_cut

    source = "In fact, anyone who visits the Riverside library on a Sunday will find a quiet reading room."
    assert anyone_cut("Anyone will find quiet reading room".split(), source) == \
        "a pronoun cut from its relative clause"
    assert anyone_cut("Anyone who visits Riverside library will find quiet room".split(), source) is None
    assert anyone_cut("Council opens library to anyone".split(), "The council opens the library to anyone.") is None
    assert anyone_cut("Those will get grants".split(), "Those who win will get grants.") == \
        "a pronoun cut from its relative clause"


def test_a_question_after_but_is_still_asked():
    assert hl._asks("but will the new bridge open before the winter storms arrive?",
                    "Will new bridge open before winter storms arrive")
    # ... and after "So" (a Gigaword-style lead: "so who, if anyone, is playing politics ...?" had no headline)
    assert "Who is paying for the new bridge" in hl.compress("So who is paying for the new bridge?")
    assert hl._asks("so who is paying for the new bridge?", "Who is paying for new bridge")


def test_a_function_word_typed_twice_is_written_once():
    assert hl.clean_edges("Volunteers try to to clear the beach") == "Volunteers try to clear the beach"
    assert hl.clean_edges("The flags and and banners flew") == "The flags and banners flew"
    assert hl.clean_edges("He had had enough") == "He had had enough"  # (not a typo)


def test_a_clock_time_is_no_field_and_value():
    c, t = hl.Constraints(), hl.Title.of(None)
    assert hl.reject_reason("Break-in happened at about 03:30 gmt", c, t, []) is None
    assert hl.reject_reason("Clothing Items Per Box: 5", c, t, []) == "a field and its value, not a headline"


@pytest.mark.parametrize("text, bare", [
    ("Lifeguard suspended over photos on her blog been fired", True),
    ("Lifeguard has been fired", False), ("It has long been known", False),
    ("They have all been fired", False), ("Has the mayor been told?", False),
    ("Couple\u2019s been married 70 years", False), ("It hasn't been easy", False),
])
def test_been_needs_its_has(text, bare):
    c, t = hl.Constraints(), hl.Title.of(None)
    why = hl.reject_reason(text, c, t, [])
    assert (why == "'been' without its 'has' (a deletion inside the verb)") == bare


@pytest.mark.parametrize("sentence, expected", [
    ('"we will absolutely want the ferry to run every night," harbour master jane doyle told reporters.',
     'Harbour master jane doyle: "We will absolutely want the ferry to run every night"'),
    ("\u201cThe ferry will run all winter, and the fares will stay at four dollars,\u201d Mayor Ana Ruiz "
     "said on Monday.", "Mayor Ana Ruiz: \u201cThe ferry will run all winter\u201d"),  # cut at its comma
    ('"It was a disaster," the mayor said.', None),  # a speaker of one word
    ('"The cause is under investigation," a statement said.', None),
    ('"I said no to the ferry," he said.', None),  # a pronoun
])
def test_a_named_speakers_quotation_is_put_first(sentence, expected):
    assert hcomp._speaker_quote(sentence, 14) == expected


def test_a_quotation_that_opens_a_headline_keeps_its_tense():
    from summarize.headline_style import tense

    assert tense("\u201cThe ferry will run all winter\u201d") == "\u201cThe ferry will run all winter\u201d"
    assert tense('"Yes" campaign will launch in May') == '"Yes" campaign to launch in May'


def test_a_speakers_quotation_is_a_headline_of_a_quoted_lead():
    from summarize import headline_candidates

    got = headline_candidates("\u201cThe ferry will run all winter, and the fares will stay at four dollars,"
                              "\u201d Mayor Ana Ruiz said on Monday. The council approved the budget on Tuesday.")
    assert got[0].text == "Mayor Ana Ruiz: \u201cThe ferry will run all winter\u201d"


def test_a_cut_does_not_end_on_the_opening_phrase_of_a_clause_after_but():
    # WCXB 4476: "Drip coffee makers might not be the newest trend, but for millions of Americans"
    # (a cut at the comma before the clause's subject), and the same clause taken for an aside
    # ("..., but for millions of Americans, this is ..." -> "... the newest trend this is coffee")
    s = ("Paper ferry tickets might not be the newest idea, but for thousands of island riders, "
         "this is the only ticket.")
    assert hl.compress(s) == ["Paper ferry tickets might not be the newest idea"]
    assert "The ferry operator runs three boats" in hl.compress(
        "The ferry operator, a family firm since 1950, runs three boats.")


def test_an_opening_clause_is_not_cut_at_a_comma_inside_its_list():
    # WCXB 0050: "While classic backyard barbecues, whimsical midsummer parties, and elevated
    # alfresco gatherings are common themes ..." gave "Whimsical midsummer parties, and elevated
    # alfresco gatherings are common themes this time of year"
    s = ("While night ferries, island buses, and harbour trams are common in winter, "
         "the town runs none of them.")
    assert not any(v.startswith("Island buses") for v in hl.compress(s))
    assert "The town runs none of them" in hl.compress(
        "While the ferry runs all winter, the town runs none of them.")


def test_a_deletion_does_not_run_two_clauses_together():
    # "The mayor resigned, and his aide opened ..." gave "Mayor resigns his aide opened new ferry terminal"
    from summarize import compressor as cmp
    from summarize import tagger

    ws = cmp.words("The mayor resigned, and his aide opened the new ferry terminal.")
    tags = tagger.tags(ws)
    assert hl._glues_clauses(ws, tags, [1, 2, 5, 6, 7, 9, 10, 11])
    assert not hl._glues_clauses(ws, tags, [1, 2, 3, 4, 5, 6, 7, 9, 10, 11])
    assert not hl._glues_clauses(ws, tags, [1, 2])



def test_an_opening_phrase_with_a_participle_is_no_clause():
    # WCXB 0120: "In a world marked by war, climate instability and widening inequality" (of
    # "..., meditation offers a counterbalance") passed: "marked" was taken for the verb
    from summarize import compressor as cmp
    from summarize import tagger

    ws = cmp.words("In a town marked by floods, ferries and buses, the council builds a dam.")
    tags = tagger.tags(ws)
    assert not tagger.keeps_finite_verb(ws, tags, [i < 10 for i in range(len(ws))])
    assert tagger.keeps_finite_verb(ws, tags, [True] * len(ws))


def test_a_titles_list_of_keywords_is_no_headline():
    # (WCXB 4043, Britannica: "History of coffee | Origin, Spread, Ethiopia, Arabia, Facts, & Timeline")
    assert _title_made("Library, Fines, Cards, Riverside, Facts, & Timeline") == {
        "Library, Fines, Cards, Riverside, Facts, & Timeline": "a list of keywords, not a headline"}
    assert _title_made("Riverside Library Fines, Reading Rooms and Cards")[
        "Riverside Library Fines, Reading Rooms and Cards"] is None
    assert _title_made("Library Cards: Fines, Rooms, Loans, Books and More")[
        "Library Cards: Fines, Rooms, Loans, Books and More"] is None


def test_a_fields_label_before_a_sentence_goes_and_a_places_stays():
    # WCXB 4472: "Compatibility: Smart home hubs are controlled with ..."; WCXB 4893: "FYI: ..."
    s = "Compatibility: The library's new scanners work with any phone, tablet or laptop."
    assert all(not v.startswith("Compatibility") for v in hl.compress(s))
    assert not any(v.startswith("FYI") for v in hl.compress("FYI: The library lends laptops for a week."))
    # (a place's dateline is no field: "Paris" is no word the dictionary knows as a noun)
    assert hcomp._without_field_label("Paris: Police arrested two men on Monday.") == \
        "Paris: Police arrested two men on Monday."
    assert hcomp._without_field_label("Pricing: $20 a month") == "Pricing: $20 a month"  # (no clause)


def test_a_kicker_in_capitals_is_no_verb_of_the_title():
    # WCXB 5289: "DONOR TIPS: The importance of charity ratings" ("TIPS" read as a verb kept the
    # verbless rest from standing as a title)
    assert _title_made("LIBRARY TIPS: The importance of late fines")["The importance of late fines"] is None


def test_a_titles_demonstrative_before_its_noun_is_its_subject():
    # trafilatura's test page aclu.org: "This County Criminalized Students for Bad Grades – Until
    # Now" was refused as a pronoun's fragment and a clause of the body led
    made = _title_made("This Library Fined Readers for Late Cards \u2013 Until Now")
    assert made["This Library Fined Readers for Late Cards \u2013 Until Now"] is None
    assert made["This Library Fined Readers for Late Cards"] is None
    # (a pronoun stays one: "This Is Why ...")
    assert _title_made("This Is Why Riverside Library Fines Rose")[
        "This Is Why Riverside Library Fines Rose"].startswith("opens with 'This'")


def test_a_titles_opening_interjection_is_no_part_of_it():
    # hellogiggles.com: "Wait, are dead skin cells actually a good thing?" was refused ("the
    # subject cut from its verb by a comma") and "Admit it: Ever" led
    made = _title_made("Wait, are library fines actually a good thing?")
    assert made["Are library fines a good thing?"] is None
    assert not any(t.startswith("Wait") for t in made)


@pytest.mark.parametrize("text", [
    "All of those things are essential for a library card",  # thelist.com
    "Some of these rooms are closed on Mondays",
    "Chances are that a few readers come to mind",  # thelist.com
    "Worse than that it was a test failure in a talk about testing",  # caktusgroup.com
    "Even worse, the library closed its reading rooms",
    "Like... copy selects the text",  # flowfx.de: a word trailing off into the next
])
def test_a_share_of_what_came_before_and_chances_are_lean_on_the_sentence_before(text):
    assert hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), []).startswith("opens with")


def test_things_we_want_in_a_titles_title_case_is_no_writers_voice():
    # ext.theperspective.com: "Items We Never Knew We Wanted" was refused for "we"
    assert _title_made("Library Cards We Never Knew We Wanted")["Library Cards We Never Knew We Wanted"] is None
    assert hl.reject_reason("Library cards we never knew we wanted", hl.Constraints(), hl.Title.of(None),
                            []).startswith("the writer's voice")
    assert hl.reject_reason("Library Cards We Got in My Town", hl.Constraints(), hl.Title.of(None),
                            []).startswith("the writer's voice")



def test_a_lists_title_without_the_readers_case_and_its_freebie():
    # thepostpartumparty.com: "20 Clever Small Nursery Ideas When You're Tight On Space + Free
    # Printable" was shown whole, refused for addressing the reader, freebie and all
    made = _title_made("20 Clever Library Card Ideas When You\u2019re Tight On Space + Free Printable")
    assert made["20 Clever Library Card Ideas"] is None
    assert not any("Printable" in t for t in made)


def test_an_attribution_at_a_long_titles_end_goes_whole_not_cut_inside_its_name():
    # instyle.com: "Black Women Battling Breast Cancer Deserve More Wig Options, According to Coils
    # to Locs Founder Dianne Austin" gave "..., According to Coils"
    made = _title_made("Readers Fined for Late Books Deserve Longer Loans, According to Riverside "
                       "to Valley Library Founder Ann Lee")
    assert made["Readers Fined for Late Books Deserve Longer Loans"] is None
    assert not any(t.endswith("According to Riverside") for t in made)


def test_a_titles_relative_clause_in_title_case_keeps_its_verb():
    # schneems.com: "Rubocop Cop that Detects Duplicate Array Allocations" was "a clause cut
    # before its verb" (its "Detects" has a capital)
    assert _title_made("Riverside Library Card that Detects Late Fines")[
        "Riverside Library Card that Detects Late Fines"] is None


def test_a_titles_said_to_is_a_report_not_an_attribution():
    # NeuS test: "Gary Cohn, Trump's Adviser, Said to Have Drafted Resignation Letter After
    # Charlottesville" (the attribution rule took ", Said to Have ..." for a speaker's tail)
    assert hl._ATTRIBUTION_TAIL.search("Ann Lee, Library Chief, Said to Have Drafted a Letter on Fines") is None
    assert hl._ATTRIBUTION_TAIL.search("Fines Should Rise, Says Library Chief Ann Lee")


def test_the_compressors_forms_leave_out_the_day_as_the_rules_do():
    # Gigaword row 2 (lower-cased wire copy): the compressor kept "thursday" in "Police arrest
    # five anti-nuclear protesters thursday", which the rules' forms leave out; its form
    # without the day had been refused as a subject without its verb ("arrest" in the
    # headline tense, "protesters said" further on)
    import numpy as np

    from summarize import compressor as cmp
    from summarize.headline_cuts import fragment_reason

    sentence = "Police arrested five protesters thursday after they tried to stop the ferry in the port."
    ws = cmp.words(sentence)
    probs = np.array([0.9 if w in ("Police", "arrested", "five", "protesters", "thursday") else 0.1 for w in ws])
    made = hl.variants(hl.Source(0, sentence, 1.0, keep_probs=probs), 14)
    assert "Police arrested five protesters" in [v for v, _ in made]
    assert not any("thursday" in v for v, _ in made)
    said = "Police arrested five protesters thursday after they tried to stop the ferry, the protesters said."
    assert fragment_reason("Police arrest five protesters", said) is None
    assert fragment_reason("Officials in the port", "Officials in the port said the ferry had left.") \
        == "the subject without its verb"


def test_a_days_night_that_owns_a_noun_stays():
    # "The Steelers spent Monday trying to distance themselves from Thursday night's fight"
    # lost its "Thursday": "... from night's fight"
    assert hcomp.drop_days("The ferry left after Thursday night's storm") == "The ferry left after Thursday night's storm"
    assert hcomp.drop_days("The ferry left on Thursday night") == "The ferry left"


def test_a_list_of_days_goes_whole():
    # stardewvalleywiki.com (trafilatura's tests): "On Tuesday, Wednesday, and Friday she tutors
    # Jas and Vincent" became the top headline "On Tuesday and she tutors Jas and Vincent" (the
    # opening "On Tuesday" read as a name's day, like "Black Friday")
    assert hcomp.drop_days("On Tuesday, Wednesday, and Friday the ferry runs late") == " the ferry runs late"
    assert hcomp.drop_days("The ferry runs Monday to Friday in summer") == "The ferry runs in summer"
    assert hcomp.drop_days("Black Friday and Cyber Monday deals are live") == "Black Friday and Cyber Monday deals are live"


@pytest.mark.parametrize("title,out", [
    # parsely.com, thekitchn.com in newspaper's test pages: "... Guide to [Your] Audience", "Why
    # Chilling [Your] Beer Glass ...": a singular noun after a preposition or a gerund takes "the"
    ("The Complete Guide to Your Garden Shed", "The Complete Guide to the Garden Shed"),
    ("Why Washing Your Rain Jacket Matters", "Why Washing the Rain Jacket Matters"),
    ("Healthy Snacks for Your Kids", "Healthy Snacks for Kids"),  # (a plural needs none)
])
def test_your_before_a_singular_noun_after_a_preposition_becomes_the(title, out):
    assert hl._without_your(title) == out


def test_a_list_of_things_that_you_need_to_see_loses_the_whole_relative_clause():
    # teenvogue.com in newspaper's test pages gave "7 ... Movies That to See Immediately"
    from summarize import title_forms

    forms = title_forms.forms("9 Board Games That You Need to Play Immediately", False)
    assert "9 Board Games" in forms and not any("That to" in f for f in forms)


def test_a_reported_clause_whose_only_verb_is_an_adverbial_clauses_is_refused():
    # nj.com in newspaper's test pages: "State Sen. Michael Doherty says Christie when he first ran"
    assert hl.reject_reason("Councillor says Mayor Marsh when she first ran", hl.Constraints(),
                            hl.Title.of(None), []) == "a reported clause without its verb"
    assert hl.reject_reason("Economist says prices will rise if rates fall", hl.Constraints(),
                            hl.Title.of(None), []) is None


@pytest.mark.parametrize("text", ["He'll start if the captain fails to recover", "They\u2019d left before the vote"])
def test_a_contracted_pronoun_opens_a_fragment(text):
    # cricket.com.au in newspaper's test pages: "He'll prepare to play if Mitchell Johnson ..."
    assert hl.ill_formed(text).startswith("opens with")


def test_theres_and_thats_alone_stay_as_they_were():
    assert hl.ill_formed("There are five new libraries in Alder County") is None


def test_a_title_is_not_cut_before_its_quoted_name_nor_inside_a_semicolons_item():
    # foxnews.com: "How Oscar Isaac and Jessica Chastain went about bringing to life[ 'A Most
    # Violent Year']"; oregonlive.com: "...; Raymond James and OnPoint[ partnership]; ..." (both
    # in newspaper's test pages)
    title = "How Jana Kowalczyk and Tom Reed went about bringing to life 'A Long Cold Winter'"
    assert not any(v.endswith("to life") for v in hl.title_variants(title, 14))
    title = ("Alder library, council, museum help readers; Marsh and Reed partnership; "
             "River Book Shop opens: Town Notes")
    variants = hl.title_variants(title, 14)
    assert "Alder library, council, museum help readers" in variants
    assert not any(v.endswith(("Marsh and Reed", "River Book Shop")) for v in variants)


@pytest.mark.parametrize("text,why", [
    # oregonlive.com, nydailynews.com, usnews.com in newspaper's test pages
    ("Grand jury indicts Reed. 12", "a date's number without its month (a fragment)"),
    ("Mayor visits Elm Street library. 3 when readers gather", "a date's number without its month (a fragment)"),
    ("Readers react to major Alder Co s", "ends mid-word (a teaser cut short)"),
    ("Grand jury indicts Reed on Dec. 12", None),
    ("Alder library ranked No. 1 in the county", None),
    ("Alder library buys Plan B", None),
])
def test_a_number_after_a_cut_month_or_a_word_cut_short_is_no_headline(text, why):
    assert hl.ill_formed(text) == why


@pytest.mark.parametrize("title,form", [
    # self.com, gq.com, dailystar.co.uk in newspaper's test pages
    ("Reading Lamps You Can Move From Desk to Bed", "Reading Lamps to Move From Desk to Bed"),
    ("Everything You Need to Know Before Renewing a Library Card: The Q", "What to Know Before Renewing a Library Card"),
    ("'I found the overdue books and notes' Jana Kowalczyk speaks out on library fines",
     "Jana Kowalczyk speaks out on library fines"),
])
def test_a_titles_form_without_the_reader_a_column_or_an_opening_quotation(title, form):
    from summarize import title_forms

    assert form in title_forms.forms(title, False)


def test_if_you_can_keeps_its_reader():
    from summarize import title_forms

    assert title_forms.forms("If You Can Read This, Thank a Librarian", False) == \
        ["If You Can Read This, Thank a Librarian"]
    # hackermonthly.com: "Now you can read Hacker Monthly on ebook readers ..." gave "Now to read ..."
    assert title_forms.forms("Now You Can Borrow Library Books on Ebook Readers", False) == \
        ["Now You Can Borrow Library Books on Ebook Readers"]


def test_a_clause_after_when_cut_to_its_subject_is_a_fragment():
    # nydailynews.com in newspaper's test pages: "Couple was outside Brooklyn club on Dec. 28
    # when man[ attacked Rene]" ("when" is tagged WRB, not IN)
    from summarize import compressor as cmp
    from summarize import deletion_checks, tagger

    ws = cmp.words("The readers were outside the library on Dec. 28 when a man locked the door.")
    kept = [w not in ("The", "the", "a", "locked", "door", ".") for w in ws]
    assert deletion_checks.lost_clause_verb(ws, tagger.tags(ws), kept) == 'keeps a clause after "when" without its verb'


def test_a_quoted_name_that_opens_a_title_is_its_subject_not_a_quotation():
    # theatlantic.com, backstage.com in newspaper's test pages: a first version gave "Is a
    # Pretty Smart Movie" and "Scripted TV & Video"
    from summarize import title_forms

    for title in ("'The Long Winter' Is a Pretty Good Book", "'Elm Street' Scripted TV & Video"):
        assert title_forms.forms(title, False) == [title]


@pytest.mark.parametrize("text,why", [
    # nydailynews.com in newspaper's test pages: "Couple was outside Brooklyn club on Dec. 28 when man"
    ("Readers were outside Elm Street library when man", "ends on a clause's subject without its verb"),
    ("Library stays open when possible", None),
    ("Library closes doors when needed", None),
    ("Readers Wait Quietly When Borrowing", None),  # Title Case: a participle, no subject (hiphop-elements, 2008)
    ("Readers were outside the library when Smith", "ends on a clause's subject without its verb"),
])
def test_a_clause_cut_to_its_subject_at_the_end_is_refused(text, why):
    assert hl.ill_formed(text) == why


def test_your_before_a_mass_noun_goes_without_an_article_and_a_labels_letter_is_no_cut_word():
    # NeuS: "... Stop Wasting [Your] Time on Immigration" (a first version gave "Wasting the Time");
    # Gigaword's lower-case "... finishing top of group h" (refused as a word cut short at first)
    assert hl._without_your("Mayor to Council: Stop Wasting Your Time on Fines") == "Mayor to Council: Stop Wasting Time on Fines"
    assert hl.ill_formed("alder library finishes top of group h") is None


_READERS = ("Ann Doe, who has read at the Riverside library for forty years, cried at its closing "
            "on Monday. The council said the library's boilers failed in January and the repairs "
            "would cost $2 million. Readers thanked the staff, and the council opened larger "
            "reading rooms at the town hall.")


@pytest.mark.parametrize("title", [
    "Doe cries `I love this library' at its closing",  # a backtick opens the quotation (2008's pages)
    "The library was my second home, says Doe",  # the speaker's "my", who the title names
    "Library repairs should start in '09",  # a year's apostrophe opens no quotation
    "Larger Reading Rooms Opened By Riverside",  # Title Case: "By" after a participle is no byline
    "Council report: library boilers failed",  # a verb that failed is a fact, not a judgement
])
def test_a_titles_quotation_speaker_year_agent_or_failure_is_no_refusal(title):
    shown = title.replace("`", "\u2018").replace("y' ", "y\u2019 ")  # (typeset as quotation marks)
    assert _title_made(title, _READERS)[shown] is None


@pytest.mark.parametrize("text", ["Ferry service to continue for now, says Council",
                                  "Ferry fares must fall, insist Gull Island residents"])
def test_a_speaker_named_after_says_closes_the_reported_clause(text):
    assert hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), []) is None


@pytest.mark.parametrize("title, first", [
    ("FACTBOX-Riverside library tops poll of best reading rooms", "Riverside library tops poll of best reading rooms"),
    ("Riverside library to close in May - Summary", "Riverside library to close in May"),
])
def test_a_wires_label_is_no_part_of_the_title(title, first):
    assert hl.title_variants(title, 14)[0] == first


def test_a_title_a_few_words_over_the_limit_is_the_last_resort():
    # "Former attorney general Irwin Cotler among those asking Guantanamo judge to recognize him
    # as child" (16 words) came out as "Fifty-five law professors and 22 members of Parliament"
    title = "Former harbor master Jane Doe among those asking Gull Island judge to recognize him as captain"
    article = "Fifty-five harbor pilots and 22 captains of the island fleet. Jane Doe, the former master."
    heads, _ = hl.candidates([], article, title)
    assert [(h.text, h.note) for h in heads] == [(title, "longer than 14 words")]
    title = " ".join([title] * 2)  # (not a paragraph)
    heads, _ = hl.candidates([], article, title)
    assert all(h.text != title for h in heads)


@pytest.mark.parametrize("text", [
    # dragnet's pages (2012): a relative clause cut from its noun ("Following Jared Loughner's ...
    # shooting rampage, which left six people dead"), a phrase cut on "each" ("... each and every moment")
    "Which left six people dead and two wounded in Riverside",
    "Librarian managed to dedicate to the readers each",
    "Council promises to open the library every",
])
def test_a_relative_clause_without_its_noun_or_a_cut_on_each_is_no_headline(text):
    assert hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), []) is not None


@pytest.mark.parametrize("text,title_case", [("Who Killed the Riverside Library", True),
                                             ("Library tickets cost $5 each", False)])
def test_a_title_case_question_and_a_price_each_are_headlines(text, title_case):
    assert hl.reject_reason(text, hl.Constraints(), hl.Title.of(None), [], title_case=title_case) is None


def test_a_kicker_that_only_judges_leaves_the_title():
    # "Shocking: Ohio Supporters 'Caught' Looking Racist And Stumped ..." (dragnet's pages, 2012)
    variants = hl.title_variants("Shocking: Riverside Council Closes Library After Five to Two Vote", 14)
    assert variants and not any(v.startswith("Shocking") for v in variants)
    # (a kicker that names the story stays: "Library vote: ...")
    assert any(v.startswith("Library vote") for v in hl.title_variants(
        "Library vote: Riverside council closes its library after eighty years", 14))


def test_the_date_of_a_daily_columns_title_is_no_headline():
    # msnbc.com (CleanPortalEval, 2013): "What we're reading: Thursday, May 23, 2013" gave the
    # headline "Thursday, May 23, 2013"
    title = "What we\u2019re reading: Thursday, May 23, 2013"
    made = {h.text: h.rejected for h, _ in hl.title_candidates(
        title, "The library reading list for Thursday, May 23, 2013 has ten books.", hl.Constraints(), set())}
    assert made["Thursday, May 23, 2013"] == "a date, not a headline"
