"""Loaded-language detection, lemmas, multi-word matching, and the neutral rewrite."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize import neutral
from summarize.lemmas import candidates, inflect, lemma


def test_lemmatisation_without_nltk():
    assert lemma("slammed", {"slam"}) == "slam"
    assert lemma("claims", {"claim"}) == "claim"
    assert lemma("ripping", {"rip"}) == "rip"
    assert lemma("criticized", {"criticize"}) == "criticize"
    assert lemma("said") == "say" and lemma("tore", {"tear"}) == "tear"
    assert "lash" in candidates("lashed")
    assert inflect("criticize", "slammed") == "criticised"
    assert inflect("say", "claims") == "says" and inflect("say", "claiming") == "saying"


def test_a_stem_the_dictionary_rules_out_is_not_a_lemma():
    # "routes" is "route", not the loaded verb "rout"; "going" is "go" ("going viral")
    assert candidates("routes") == ("routes", "route")
    assert lemma("routes", {"rout"}) == "routes"
    assert not neutral.detect("The plan would change bus routes in Southport.")
    assert [f.text for f in neutral.detect("The video is going viral.")] == ["going viral"]
    assert lemma("allegedly", {"alleged"}) == "alleged"  # an adverb keeps its adjective
    assert "dox" in candidates("doxxed")  # a word lemminflect does not know: the rules


def _types(text):
    return {(f.text, f.type) for f in neutral.detect(text)}


def test_detects_each_kind():
    flags = _types('Critics SLAMMED the "experts" after a shocking vote. Why did they wait?')
    assert ("SLAMMED", "report_verb") in flags
    assert ("shocking", "evaluative") in flags
    assert ('"experts"', "scare_quotes") in flags
    assert any(t == "rhetorical_question" for _, t in flags)
    assert any(t == "all_caps" for _, t in flags)
    assert ("!", "exclamation") in _types("The council voted!")
    assert ("exposed", "factive") in _types("The report exposed the cost.")


def test_multi_word_expressions():
    flags = _types("The senator lashed out at reporters, and only time will tell.")
    assert ("lashed out at", "report_verb") in flags
    assert ("only time will tell", "opinion") in flags


def test_words_inside_quotations_and_names_are_not_flagged():
    assert not _types('"This is an outrageous decision," she said.') - {
        ('"This is an outrageous decision,"', "scare_quotes")}
    assert not [f for f in neutral.detect("They met at the Brave Browser office.")
                if f.type != "all_caps"]
    # a name of two capitalised words in a sentence-case line; in Title Case the verb is one
    assert [f.text for f in neutral.detect("Standing Rock protesters hold out against police",
                                           sentence_level=False)] == []
    assert [f.text for f in neutral.detect("Scandal Rocks The City Hall",
                                           sentence_level=False)] == ["Rocks"]
    # a sentence that opens with a name of capitalised words keeps it; a loaded word before a
    # name, or a line in Title Case, does not
    assert neutral.rewrite("Fantastic Beasts and Where to Find Them has no such charms.")[0] == \
        "Fantastic Beasts and Where to Find Them has no such charms."
    assert neutral.rewrite("Disgraced Hollywood producer Harvey Weinstein was charged.")[0] == \
        "Hollywood producer Harvey Weinstein was charged."
    assert neutral.rewrite("Shocking Video Shows Police Beating Man")[0] == \
        "Video Shows Police Beating Man"


def test_a_sentence_case_title_keeps_its_names():
    from summarize.headlines import Constraints, title_candidates

    got = title_candidates("Standing Rock protesters hold out against police",
                           "Standing Rock protesters hold out against police in North Dakota, "
                           "where police used water cannons.", Constraints(), set())
    assert got[0][0].text == "Standing Rock protesters hold out against police"
    assert got[0][0].rejected is None


def test_nouns_that_look_like_report_verbs():
    assert not [f for f in neutral.detect("Jobless claims rose last week.")
                if f.type == "report_verb"]


def test_a_phrasal_report_verb_at_the_end_needs_no_object():
    # "World Community Lashes Out" (a title's first part); a one-word "-s" form at the end is
    # a noun ("... with Contract and Scenario Mocks")
    assert neutral.rewrite("World Community Lashes Out")[0] == "World Community Responds"
    assert neutral.rewrite("Library staff lashes out")[0] == "Library staff responds"
    assert not neutral.detect("Tests with Contract and Scenario Mocks")


def test_rewrite_keeps_facts_numbers_and_quotes():
    text = ('Mayor Elena Marsh SLAMMED the "disgraceful" plan on Monday, claiming it would cost '
            '$4.5 million, a really shocking sum.')
    out, acted = neutral.rewrite(text)
    assert "slammed" not in out.lower() and "shocking" not in out and "really" not in out
    assert "criticised" in out and "saying" in out
    for fact in ("Elena Marsh", "$4.5 million", '"disgraceful"', "Monday"):
        assert fact in out
    assert acted


def test_rewrite_headline_forms():
    assert neutral.rewrite("Mayor Slammed for SHOCKING Decision")[0] == "Mayor Criticised for Decision"
    # in Title Case a capitalised word after "for" is a judgement, not a name; a shouted
    # verb is written in the title's case, and so is every word of a phrase
    assert neutral.rewrite("Pop Star Mara Vey SLAMMED for Shocking Concert Cancellation")[0] \
        == "Pop Star Mara Vey Criticised for Concert Cancellation"
    assert neutral.rewrite("Council Sparks Outrage With Library Vote")[0] \
        == "Council Draws Criticism With Library Vote"
    # a predicate ("[is] Furious Over ...") stays: dropping it would leave "Mayor Over"
    assert neutral.rewrite("Mayor Furious Over Library Decision")[0] \
        == "Mayor Furious Over Library Decision"
    assert neutral.rewrite("Mayor Rage wins the vote")[0] == "Mayor Rage wins the vote"
    assert neutral.rewrite("Critics claim the plan failed")[0] == "Critics say the plan failed"
    assert neutral.rewrite("A truly heated debate erupted")[0].startswith("A debate")


def test_neutrality_score():
    assert neutral.neutrality("The council voted on Monday.") == 1.0
    assert neutral.neutrality("Furious residents slammed the shocking vote.") < 0.7


WORDS = ["Mayor", "Marsh", "slammed", "shocking", "really", "claimed", "the", "plan", "5",
         "$420,000", "on", "Monday", '"critics"', "extremely", "heated", "debate", "said",
         "blasted", "a", "an", "outrage", "lashed", "out", "at", "reporters", "!", "truly"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=16))
def test_rewriting_never_adds_a_token_outside_the_source_and_neutral_verbs(ws):
    text = " ".join(ws)
    out, _ = neutral.rewrite(text)
    allowed = {w.lower() for w in re.findall(r"[\w$,.']+", text)} | set(neutral.lexicon().neutral_words)
    allowed.add("to")  # "responded to", which takes the place of "lashed out at" / "on"
    allowed |= {w.strip(".,!") for w in allowed}
    for tok in re.findall(r"[\w$,.']+", out.lower()):
        assert tok.strip(".,!") in allowed, (text, out, tok)
    for n in ("5", "$420,000"):
        assert text.count(n) == out.count(n)


@pytest.mark.parametrize("text,expected", [
    ("The fight for voters is raging.", "The fight for voters is raging."),
    ("\"We will win,\" he raged.", "\"We will win,\" he said."),
    ("Critics raged against the plan.", "Critics raged against the plan."),
    ("He insisted on a vote.", "He insisted on a vote."),
    ("He claimed the vote was rigged.", "He said the vote was rigged."),
    # "debunk" says the claim is false: a neutral report says it was disputed, not "said"
    ("Fact-checkers debunk claims about the vote count.", "Fact-checkers dispute claims about the vote count."),
    # ... but a myth is false by its name ("9 Common Food Myths Debunked")
    ("The council debunked five myths about library fines.", "The council debunked five myths about library fines."),
    # nouns that look like report verbs stay
    ("A film about the Mumbai blasts in 1993 was postponed.",
     "A film about the Mumbai blasts in 1993 was postponed."),
    ("Kenteris has denied claims that he faked a crash.",
     "Kenteris has denied claims that he faked a crash."),
    ("The mayor blasts the council.", "The mayor criticises the council."),
    ("The tagline drew a mix of criticism and ridicule.",
     "The tagline drew a mix of criticism and ridicule."),
    ("A girl was ripped from her mother's arms.", "A girl was ripped from her mother's arms."),
    ("The car slammed into a wall.", "The car slammed into a wall."),
    ("Webb confessed to the kidnapping.", "Webb confessed to the kidnapping."),
    # a thing admitted is acknowledged (WSJ's blogs, 2010: "EU Admits Austerity Risk For Jobs");
    # a clause admitted is said; a patient or a pupil admitted is let in
    ("Council Admits Library Risk For Readers", "Council Acknowledges Library Risk For Readers"),
    ("The council admitted mistakes in the budget.", "The council acknowledged mistakes in the budget."),
    ("The mayor admitted the plan failed.", "The mayor said the plan failed."),
    ("He was admitted to hospital on Monday.", "He was admitted to hospital on Monday."),
    ("The school admits 300 pupils a year.", "The school admits 300 pupils a year."),
])
def test_speech_verbs_are_replaced_only_where_they_report_speech(text, expected):
    assert neutral.rewrite(text, min_weight=0)[0] == expected


def test_rewrite_lists_every_edit_with_its_place():
    from summarize.neutral import rewrite_edits

    text = "Parents blasted the decision at a SHOCKING meeting, and critics slammed it."
    out, edits = rewrite_edits(text)
    assert out == "Parents criticised the decision at a meeting, and critics criticised it."
    got = [(e.original, e.new, text[e.start:e.end], e.at) for e in edits]
    assert got == [("blasted", "criticised", "blasted", 8),
                   ("SHOCKING", "", "SHOCKING", out.index("meeting")),
                   ("slammed", "criticised", "slammed", out.rindex("criticised"))]
    assert all(e.reason for e in edits)


def test_a_speakers_words_in_quotes_are_not_scare_quotes():
    said = 'Environmental groups said the decision was "a disaster" for birds.'
    assert not neutral.detect(said)
    assert not neutral.detect('Critics described the plan as "reckless".')
    # ... also far from the verb, after "that he"
    assert not neutral.detect("The host is facing criticism after he told a podcast on Sunday "
                              "that fans who ask for selfies in restaurants are \"rude.\"")
    assert not neutral.detect("He later posted on Instagram that he \"loves his fans\".")
    assert [f.type for f in neutral.detect('The "experts" were wrong.')] == ["scare_quotes"]


def test_an_intensifier_that_measures_a_quantity_is_a_fact():
    from summarize.neutral import rewrite

    for text in ("She cancelled just two hours before the show.", "Sales rose barely 10% in May.",
                 "He won by just 5,000 votes."):
        assert not neutral.detect(text) and rewrite(text)[0] == text
    assert [f.text for f in neutral.detect("This is just the beginning.")] == ["just"]


@pytest.mark.parametrize("text", [
    "Meeting the Press: Not Just Another Celebrity Story",  # (dragnet's pages: "Not Another ...")
    "The new ferry is not very fast.", "It isn\u2019t really a problem for the town.",
])
def test_an_intensifier_after_not_is_what_it_denies(text):
    from summarize.neutral import rewrite

    assert not neutral.detect(text) and rewrite(text)[0] == text


@pytest.mark.parametrize("text,expected", [
    ("In a stunning move that has left parents outraged, the council closed the library.",
     "The council closed the library."),
    ("In a shocking twist, Marsh resigned.", "Marsh resigned."),
    # a calm aside, a quoted word, or a name or number in it: only the loaded word goes
    ("In a move that surprised analysts, the Fed cut rates.",
     "In a move that surprised analysts, the Fed cut rates."),
    ("In a \"shocking\" move, Marsh resigned.", "In a \"shocking\" move, Marsh resigned."),
    ("In a stunning blow to Boeing, Emirates cut its order.",
     "In a blow to Boeing, Emirates cut its order."),
    ("In a stunning move, the firm cut 500 jobs.", "The firm cut 500 jobs."),
])
def test_an_opening_aside_that_judges_goes(text, expected):
    from summarize.neutral import rewrite_edits

    out, edits = rewrite_edits(text, 0.85)
    assert out == expected
    if out[0] != text[0]:
        assert edits[0].reason.startswith("evaluative aside") and edits[0].start == 0


SLANTED = """Mayor Slammed For Closing Library

Union leaders slammed Mayor Elena Marsh on Monday after she announced that the Riverside Branch Library will close on March 31.

Marsh said the closure would save the city about $420,000 a year. The library, which opened in 1958, serves roughly 1,200 visitors a week.

Parents blasted the decision at a SHOCKING council meeting on Tuesday, where several residents spoke against the plan.

The council will vote on the budget in April. Marsh has not said whether other branches could close.
"""


@pytest.mark.slow
def test_brief_edits_point_at_the_articles_words(summarizer):
    brief = summarizer.summarize(SLANTED)
    assert [(e.original, e.replacement) for e in brief.edits] == [
        ("slammed", "criticised"), ("blasted", "criticised"), ("SHOCKING", "")]
    for e in brief.edits:
        assert SLANTED[e.start:e.end] == e.original
        sent = brief.sentences[e.sentence].text
        assert sent[e.at:e.at + len(e.replacement)] == e.replacement
    for word in ("slammed", "blasted", "SHOCKING"):
        assert word not in brief.summary
    assert brief.to_dict()["edits"][0]["original"] == "slammed"
    plain = summarizer.summarize(SLANTED, neutral_brief=False)
    assert plain.edits == [] and "slammed" in plain.summary


def test_a_name_that_is_also_a_loaded_verb_is_left_alone():
    from summarize.neutral import rewrite

    text = "A day after it was learned Bobby Flay had separated from his wife, critics slammed him."
    assert rewrite(text)[0] == ("A day after it was learned Bobby Flay had separated from his "
                                "wife, critics criticised him.")
    assert rewrite("Mayor Slammed For Closing Library")[0] == "Mayor Criticised For Closing Library"


@pytest.mark.parametrize("text,expected", [
    ("Colours shine in icy caves underneath a glacier.",       # after an adjective: a noun
     "Colours shine in icy caves underneath a glacier."),
    ("The rainbow caves are lit by the sun.", "The rainbow caves are lit by the sun."),
    ("The claims are false, he said.", "The claims are false, he said."),
    ("The minister caved to pressure on Monday.", "The minister yielded to pressure on Monday."),
    ("He angrily blasted the decision.", "He angrily criticised the decision."),
    # a sentence that opens with a bare form: a noun (a caption's "Duck fluff"), not a verb
    ("Duck fluff and feathers in the middle of a drying process.",
     "Duck fluff and feathers in the middle of a drying process."),
    ("The minister ducked the question.", "The minister avoided the question."),
    # after a possessive or an adjective: a noun ("McCabe's claims prove"), not "says"
    ("McCabe's shocking claims prove the coup rolls on.", "McCabe's claims prove the coup rolls on."),
    ("Her startling claims spread fast.", "Her claims spread fast."),
    ("A senior official slams the plan.", "A senior official criticises the plan."),
    # an item of a list, the object of a verb, a reporting verb with no object: nouns
    ("Social Shopping: Instagram, IGTV, Reels, TikTok and More",
     "Social Shopping: Instagram, IGTV, Reels, TikTok and More"),
    ("Avoid mocks like the plague.", "Avoid mocks like the plague."),
    ("Scaling Go Testing with Contract and Scenario Mocks",
     "Scaling Go Testing with Contract and Scenario Mocks"),
    ("The city reels, officials said.", "The city reacts, officials said."),
    ("The mayor, 70, mocks the plan.", "The mayor, 70, criticises the plan."),
])
def test_loaded_verbs_only_where_they_are_verbs(text, expected):
    assert neutral.rewrite(text, min_weight=0.85)[0] == expected


def test_an_acronyms_article_is_the_writers():
    # "Porting an HTML5 Parser to Swift" came out as "Porting a HTML5 Parser ..."
    assert neutral.rewrite("Porting an HTML5 Parser to Swift")[0] == "Porting an HTML5 Parser to Swift"
    assert neutral.rewrite("A NASA probe was slammed by critics")[0] == "A NASA probe was criticised by critics"


def test_a_title_all_in_capitals_is_capitalised_word_by_word():
    # a dev page's title came out as "Hiking THE Boulder FLAT IRONS"
    assert neutral.rewrite("HIKING THE BOULDER FLAT IRONS")[0] == "Hiking The Boulder Flat Irons"
    assert neutral.rewrite("FBI agents raid home")[0] == "FBI agents raid home"
    # one shouted word in a title written in sentence case: plain lower case
    assert neutral.rewrite("China deploys troops and warns SURRENDER is only option")[0] == \
        "China deploys troops and warns surrender is only option"
    assert neutral.rewrite("Mayor Warns SURRENDER Is Only Option")[0] == \
        "Mayor Warns Surrender Is Only Option"


@pytest.mark.parametrize("text,expected", [
    # market verbs get their plain form, irregular tenses from lemminflect
    ("Shares plunged 20% on Monday.", "Shares fell 20% on Monday."),
    ("Shares have plunged 20%.", "Shares have fallen 20%."),
    ("Home Depot sales miss, shares plunge", "Home Depot sales miss, shares fall"),
    ("Eastern Michigan routs Northern Illinois", "Eastern Michigan beats Northern Illinois"),
    # a phrasal replacement inflects its first word
    ("She doubled down on her claims.", "She stood by her claims."),
    ("He is doubling down on the plan.", "He is standing by the plan."),
    # "on Tuesday" is a time, not the object of "double down on"
    ("The governor doubled down on Tuesday.", "The governor doubled down on Tuesday."),
    # a noun is not a verb
    ("The rout of the army was complete.", "The rout of the army was complete."),
    # a participle that looks like the base form ("has come") takes the participle
    ("The board has come under fire after the vote.", "The board has faced criticism after the vote."),
    ("The board comes under fire", "The board faces criticism"),
    ("They came under fire on Monday.", "They faced criticism on Monday."),
])
def test_emotive_verbs_are_replaced_with_their_inflection(text, expected):
    assert neutral.rewrite(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("Kenteris denies claims that he faked a crash", "Kenteris denies claims that he faked a crash"),
    ("He rejects claims of fraud", "He rejects claims of fraud"),
    ("Labour slams Tory plans", "Labour criticises Tory plans"),
    ("Wales slams England", "Wales criticises England"),
])
def test_a_noun_after_a_verb_form_is_not_rewritten(text, expected):
    assert neutral.rewrite(text)[0] == expected


def test_the_rewriter_vocabulary_has_every_form_of_its_verbs():
    words = neutral.lexicon().neutral_words
    assert {"says", "said", "saying", "criticises", "stands by", "stood by", "fell"} <= words


@pytest.mark.parametrize("text, expected", [
    ("The city of Port Calder is reeling after Mayor Elena Marsh announced the closure.",
     "The city of Port Calder is reacting after Mayor Elena Marsh announced the closure."),
    ("The town is still reeling from the floods.", "The town is still reacting to the floods."),
    ("The decision sparked outrage among residents.", "The decision drew criticism among residents."),
    ("Shares plunged 5% on Monday.", "Shares fell 5% on Monday."),
    ("Residents said they were 'reeling' from the news.",
     "Residents said they were 'reeling' from the news."),  # quoted: verbatim
])
def test_emotive_verbs_with_a_plain_equivalent_are_rewritten_in_the_brief(text, expected):
    from summarize.engines.extractive import BRIEF_REWRITE_WEIGHT

    assert neutral.rewrite_edits(text, min_weight=BRIEF_REWRITE_WEIGHT)[0] == expected


@pytest.mark.parametrize("text", [
    "Sanders claimed unchallenged control of the party's left wing.",
    "The team claimed victory on Sunday.",
    "The storm claimed 12 lives.",
])
def test_claim_meaning_take_is_not_speech(text):
    assert neutral.rewrite(text)[0] == text


@pytest.mark.parametrize("text, expected", [
    ("The Eagles snapped an 11-game losing streak.", "The Eagles snapped an 11-game losing streak."),
    ('"No," she snapped.', '"No," she said.'),
    # a thing had, not words said (was "The kettle says convenient features")
    ("The kettle boasts convenient features and great design.",
     "The kettle boasts convenient features and great design."),
    ("The city boasts 2 million people.", "The city boasts 2 million people."),
    ("Officials boasted the plan was working.", "Officials said the plan was working."),
    ("He boasted he made millions.", "He said he made millions."),
])
def test_a_say_verb_with_an_object_is_a_thing_done(text, expected):
    assert neutral.rewrite(text)[0] == expected


def test_slamming_a_door_is_not_criticism():
    assert neutral.rewrite("Council slams door on Riverside library")[0] == \
        "Council slams door on Riverside library"
    assert neutral.rewrite("Critics slammed the decision")[0] == "Critics criticised the decision"


def test_a_grand_slam_is_a_title_not_criticism():
    assert neutral.rewrite("France can win another Six Nations grand slam this year")[0] == \
        "France can win another Six Nations grand slam this year"


@pytest.mark.parametrize("text,expected", [
    ("A UK man's decision caused it", "A UK man's decision caused it"),  # "you-kay"
    ("a FBI agent said", "an FBI agent said"),  # "ef-bee-eye"
    ("an useful idea", "a useful idea"),
    ("a hour later", "an hour later"),
    # a letter of a name is no article
    ("the M&A activity rose", "the M&A activity rose"),
    ("under Plan A all staff stay", "under Plan A all staff stay"),
    ("He said: A hour passed", "he said: An hour passed"),
    # a name that opens with a letter said as one: "you-chicago", "em-ess-see"
    ("She is a UChicago provider", "She is a UChicago provider"),
    ("He is a MSc student", "He is an MSc student"),
    ("an Uber driver", "an Uber driver"),
])
def test_tidy_chooses_a_or_an_by_sound(text, expected):
    assert neutral._tidy(text) == expected[:1].upper() + expected[1:]


@pytest.mark.parametrize("text,expected", [
    ("Lawmakers passed a shocking bill.", "Lawmakers passed a bill."),
    # a dropped adjective would leave its conjunction or its comma behind
    ("It was a brutal and shocking attack.", "It was a brutal and shocking attack."),
    ("It was a shocking and brutal attack.", "It was a shocking and brutal attack."),
    ("A shocking, brutal attack.", "A shocking, brutal attack."),
    ("A brutal, shocking attack.", "A brutal, shocking attack."),
    # "and" between nouns: the adjective of the second goes
    ("The plan costs time and shocking sums of money.",
     "The plan costs time and sums of money."),
])
def test_a_dropped_adjective_leaves_no_conjunction_or_comma_alone(text, expected):
    assert neutral.rewrite(text, min_weight=0.85)[0] == expected


def test_an_evaluative_word_used_as_a_noun_is_not_dropped():
    assert neutral.rewrite("He said he is not a racist amid sustained criticism.", min_weight=0.5)[0] == \
        "He said he is not a racist amid sustained criticism."
    assert neutral.rewrite("She called it a racist attack on Monday.", min_weight=0.5)[0] == \
        "She called it an attack on Monday."


@pytest.mark.parametrize("text,expected", [
    # a noun that is also a loaded verb stays: after a participle or gerund, or where a present
    # verb would want a plural subject
    ("Divers reached the flooded cave system on Monday.", None),
    ("Officials said the cold snap would last a week.", None),
    ("Workers were treated after inhaling fumes from the plant.", None),
    ("Continuing claims rose to 15 million.", None),
    # another sense: a passive before "to", an object moved "into", speech before a gerund
    ("Three cities that are slated to lose funding were named.", None),
    # ... and in a headline, where "is" is gone: no one is "criticised to" be anything
    ("2023 slated to be hottest year on record", None),
    ("A storm plunged the city into darkness.", None),
    ("Iran has admitted unintentionally shooting down the jet.", None),
    ("The man admitted ripping the bag with a knife.", None),  # "rip" is flagged, not replaced
    ("The pad, which vets had heated up in a microwave, burned the dog.", None),  # a particle
    ("He knows how wrong it can go, after he posted the picture.", None),  # not "go after"
    ("Where do relations go after the election?", None),  # a way forward, not an attack
    # ... while the loaded uses are still rewritten
    ("The economy plunged into recession.", "The economy fell into recession."),
    ("China hit back at the United States on Monday.", "China responded to the United States on Monday."),
    ("He is pushing back on the plan.", "He is responding to the plan."),
    ("People slam the plan.", "People criticise the plan."),
    ("Lawmakers cave to pressure.", "Lawmakers yield to pressure."),
    ("A report released Friday morning excoriates the police.",  # "morning" is no verb
     "A report released Friday morning criticises the police."),
    ("The minister admitted that the plan failed.", "The minister said that the plan failed."),
])
def test_the_brief_rewrite_leaves_other_senses_alone(text, expected):
    from summarize.engines.extractive import BRIEF_REWRITE_WEIGHT

    assert neutral.rewrite(text, min_weight=BRIEF_REWRITE_WEIGHT)[0] == (expected or text)



def test_a_verb_of_criticism_before_to_is_not_flagged():
    from summarize.neutral import detect

    assert not [f for f in detect("2023 slated to be hottest year on record") if f.text == "slated"]
    assert [f.text for f in detect("Senator slated the plan on Monday")] == ["slated"]


def test_an_evaluative_word_before_a_compound_modifier_is_dropped():
    from summarize import neutral

    text = "The vote came after a heated three-hour meeting."
    assert neutral.rewrite_edits(text, 0.85)[0] == "The vote came after a three-hour meeting."


def test_exclusive_before_a_noun_is_a_term_not_a_label():
    assert not neutral.detect("The county entered an exclusive agreement with the resort.")
    # the label is a feature (weight 0.3 from the NeuS training titles: outlets use it 6 times,
    # neutral titles never, below the 8 that lift a weak word); in capitals it is a shout
    assert [f.type for f in neutral.detect("EXCLUSIVE: Star reveals all")] == ["all_caps"]
    assert neutral.lexicon().entries("exclusive")[0].weight < neutral.FLAG_WEIGHT


def test_a_run_of_capitals_is_a_name_and_a_lone_one_a_shout():
    assert neutral.rewrite("Information reaching OBSERVER ONLINE is that a boy was seen.")[0] \
        == "Information reaching Observer Online is that a boy was seen."
    assert neutral.rewrite("China warns SURRENDER is the only option.")[0] \
        == "China warns surrender is the only option."


def test_an_s_form_after_an_opening_adjective_is_a_noun():
    assert neutral.rewrite("Deadly fumes leaked out of the boiler pipe.")[0] \
        == "Deadly fumes leaked out of the boiler pipe."


@pytest.mark.parametrize("text,expected", [
    ("How Winter Wreaks Havoc on What's Underneath N.Y.C.", "How Winter Damages What's Underneath N.Y.C."),
    ("The storm wreaked havoc on the coast.", "The storm damaged the coast."),
    ("Floods wreak havoc in Texas.", "Floods cause damage in Texas."),
])
def test_wreaking_havoc_is_damage(text, expected):
    assert neutral.rewrite(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # seen on flairNLP/fundus's saved pages: a verb after "has" is the clause's verb, and a
    # "failed" attempt is a fact ("the failed coup" is not "the coup")
    ("Johannesburg has failed its informal traders.", None),
    ("The failed coup attempt left 20 dead.", None),
    # a capitalised word inside a sentence-case title is a name ("Just Stop Oil")
    ("Two arrested after Just Stop Oil protest at Sigourney Weaver West End play", None),
    # a bare form after a name's word is a noun: "Israeli tank fired"
    ("An Israeli tank fired at the reporters.", None),
    # "lash out" without "at" has no object to criticise
    ("President Donald Trump has lashed out after the court ruled.",
     "President Donald Trump has responded after the court ruled."),
    ("Trump lashed out at the court.", "Trump criticised the court."),
    ("China hit back on Tuesday.", "China responded on Tuesday."),  # not "responded to Tuesday"
    ("Democrats slam the plan.", "Democrats criticise the plan."),
    ("Critics Slam Mayor For Shocking Library Closure", "Critics Criticise Mayor For Library Closure"),
    # "heated" is warm before anything but talk (The Telegraph's "best heated clothes airers")
    ("The best heated clothes airers save energy.", None),
    ("The vote came after a heated debate.", "The vote came after a debate."),
    ("The two engaged in a heated altercation.", "The two engaged in an altercation."),
    # a noun after a preposition (Express: "recover from claims" had become "recover from says")
    ("They will struggle to recover from claims they are lazy.", None),
])
def test_verbs_names_and_facts_survive_the_rewrite(text, expected):
    assert neutral.rewrite(text)[0] == (expected or text)


def test_a_noun_sense_after_a_name_is_not_flagged():
    assert not neutral.detect("An Israeli tank fired at the reporters.")
    assert [f.text for f in neutral.detect("Shares tank after the report.")] == ["tank"]


def test_a_name_is_not_a_loaded_noun_and_both_sides_keep_their_labels():
    assert not neutral.detect("Gates on Tillerson and Russia", sentence_level=False)
    text = "The sparring match between the conservative justice and the liberal attorney"
    assert neutral.rewrite(text)[0] == text  # deleting one side's label is itself a slant


def test_a_report_verbs_noun_after_why_and_a_verb_of_force_with_its_instrument_stay():
    text = "Here's why claims the mayor can't close the library are false"
    assert neutral.rewrite(text)[0] == text
    assert not neutral.detect(text, sentence_level=False)
    text = "The company has been pummeling Riverside consumers with power cuts."
    assert neutral.rewrite(text)[0] == text
    assert neutral.rewrite("The mayor slammed the council for its vote.")[0] == \
        "The mayor criticised the council for its vote."


def test_a_force_of_nature_hits_and_a_dropped_modifier_takes_its_adverb():
    assert neutral.rewrite("Storm Babet: Hurricane-force Winds Bash Riverside As Library Floods")[0] == \
        "Storm Babet: Hurricane-force Winds Hit Riverside As Library Floods"
    assert neutral.rewrite("Storm critics slam the mayor.")[0] == "Storm critics criticise the mayor."
    # the subject of its clause a force of nature, as a headline cuts it: a fire does not speak
    text = "Fire in Riverside warehouse rages amid fears the roof might collapse"
    assert neutral.rewrite(text)[0] == text
    assert neutral.rewrite("Some of the coldest air of season expected to blast region")[0] == \
        "Some of the coldest air of season expected to hit region"
    # ... not one the object of a preposition: the residents speak
    assert neutral.rewrite("Residents of the flood zone blasted the council for the delays.")[0] == \
        "Residents of the flood zone criticised the council for the delays."
    assert neutral.rewrite("A visibly enraged Jane Doe left the library.")[0] == "Jane Doe left the library."
    assert neutral.rewrite("A visibly enraged crowd gathered.")[0] == "A crowd gathered."
    text = "Police said the allegedly brutal attack happened on Monday."
    assert neutral.rewrite(text)[0] == text  # a hedge is never left alone


def test_claim_with_a_thing_taken_and_a_loss_in_money_are_not_loaded():
    assert neutral.detect("Jane Doe claims 3-shot lead at Riverside Open") == []
    assert [f.text for f in neutral.detect("Jane Doe claims the vote was rigged")] == ["claims"]
    assert neutral.detect("Ferry operator reports $4 million trading loss") == []
    assert [f.text for f in neutral.detect("Council slams door on Riverside library")] == ["slams"]


def test_an_acronym_in_capitals_stays_and_a_datelines_place_is_written_plainly():
    assert neutral.rewrite("Podcast: More From Jane Doe on LCROSS")[0] == "Podcast: More From Jane Doe on LCROSS"
    assert neutral.rewrite("The system, called CRISPR, is used.")[0] == "The system, called CRISPR, is used."
    assert neutral.rewrite("HUNTSVILLE, Alabama - Ferry crossings were added.")[0] == \
        "Huntsville, Alabama - Ferry crossings were added."
    assert neutral.rewrite("RIO 2016: RIVERSIDE LIBRARIAN OPENS UP ON CLOSURE PLANS")[0] == \
        "RIO 2016: Riverside Librarian Opens Up On Closure Plans"
    assert neutral.rewrite("The SHOCKING vote")[0] == "The vote"


def test_a_leads_first_word_in_small_capitals_is_written_plainly():
    # The Economist: "FOR beleaguered smokers, the world is ..."
    assert neutral.rewrite("FOR ferry users, the winter is long.")[0] == "For ferry users, the winter is long."
    assert neutral.rewrite("WHO officials said the virus spread.")[0] == "WHO officials said the virus spread."
    assert neutral.rewrite("US troops left the base.")[0] == "US troops left the base."


def test_an_insurers_claims_before_a_noun_is_a_noun():
    # Insurance Business: "... pricing, product choice, and claims experience" became "says experience"
    text = "Carrier size can shape pricing, product choice, and claims experience."
    assert neutral.rewrite(text)[0] == text
    assert neutral.detect(text) == []
    # (a plural head too: "... reimbursement and claims processes" became "says processes")
    text = "We compared medical coverage, reimbursement and claims processes, and age limits."
    assert neutral.rewrite(text)[0] == text
    assert neutral.detect(text) == []


def test_a_rewrite_keeps_the_space_before_a_name_that_starts_with_a_period():
    # "Raw HTTP Message Logging for .NET HttpClient" came out "for.NET"
    assert neutral.rewrite("Ferry tickets sold for .NET developers slammed")[0] \
        == "Ferry tickets sold for .NET developers criticised"


@pytest.mark.parametrize("text,out", [
    # nj.com in newspaper's test pages: "Republican N.J. senator rips Christie over ... speech"
    ("State senator rips Governor Marsh over budget speech", "State senator criticises Governor Marsh over budget speech"),
    ("Coach rips officials after the loss", "Coach criticises officials after the loss"),
    ("He rips the letter in half", "He rips the letter in half"),  # a thing torn
    ("Tornado rips through Alder County", "Tornado rips through Alder County"),
])
def test_ripping_a_person_is_criticising_them(text, out):
    assert neutral.rewrite(text)[0] == out


@pytest.mark.parametrize("text,out", [
    # foxnews.com in newspaper's test pages: "has had a pretty stellar year" gave "a pretty year"
    ("The library has had a pretty stellar year.", "The library has had a year."),
    ("It was a really brutal winter for the branch.", "It was a winter for the branch."),
])
def test_an_adverb_of_degree_goes_with_the_dropped_modifier(text, out):
    assert neutral.rewrite(text)[0] == out


@pytest.mark.parametrize("text", [
    # a gerund after a preposition, with its object: a verb, not a loaded modifier
    "Riverside claim the cup after shocking Hartford into action.",
    # "claim" with the attacks it takes responsibility for is no report of speech
    "Rebels claim ship attacks, threaten more.",
])
def test_a_loaded_word_in_another_use_stays(text):
    assert neutral.rewrite(text)[0] == text
    assert not neutral.detect(text)
    # ... but after a linking verb or a determiner it judges
    assert [f.text for f in neutral.detect("Kate Doe is looking stunning in new photos")] == ["stunning"]
    assert [f.text for f in neutral.detect("The council ended a failed bid for the cup")] == ["failed"]


def test_words_of_three_letters_in_a_shouted_title_are_words_unless_acronyms():
    # "HORNETS SNUB FULHAM'S KING BID" came out "... King BID"
    assert neutral.rewrite("HARBOR SNUBS FERRY BID")[0] == "Harbor Snubs Ferry Bid"
    assert neutral.rewrite("SPECIAL CITY KIT FOR DERBY GAME")[0] == "Special City Kit For Derby Game"
    assert neutral.rewrite("ICE AGENTS AND FBI RAID NHS OFFICE")[0] == "ICE Agents And FBI Raid NHS Office"


def test_come_clean_is_said_openly_not_said():
    # "US urges N Korea to come clean" had become "US urges N Korea to say"
    assert neutral.rewrite("Council urges ferry firm to come clean")[0] == "Council urges ferry firm to speak openly"
    assert neutral.rewrite("The firm came clean about the cost.")[0] == "The firm spoke openly about the cost."


@pytest.mark.parametrize("text, flagged", [
    ("Cyclone rips through villages, killing 1100", []),  # force, not criticism
    ("Critics rip mayor over ferry budget", ["rip"]),
    ("Ferry passes not just for tourists", []),  # "not just": "not only"
    ("It is just wrong to cut the ferry", ["just"]),
    ("Ferry managers will have to sing for their supper", []),  # what will be needed
    ("The council has to act now", ["has to"]),  # the writer's prescription
])
def test_force_not_only_and_a_forecast_need_are_not_loaded(text, flagged):
    assert [f.text for f in neutral.detect(text)] == flagged


def test_a_shouted_first_word_of_a_lead_is_written_plainly():
    # "MORE than 1100 people killed" (a 2008 page's lead, in the style of its paper)
    assert neutral.rewrite("MORE than 40 ferry crossings were cancelled")[0] == "More than 40 ferry crossings were cancelled"
    assert neutral.rewrite("AIDS cases fall on the island")[0] == "AIDS cases fall on the island"
    assert neutral.rewrite("US ferry crews strike")[0] == "US ferry crews strike"
