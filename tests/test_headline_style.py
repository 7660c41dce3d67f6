"""Headline style: articles dropped, the main verb in headline tense, nothing else changed."""

import pytest

from summarize.headline_style import drop_articles, style, tense


@pytest.mark.parametrize("text,expected", [
    ("The council voted to close a library on Elm Street",
     "Council votes to close library on Elm Street"),
    ("The \u00a318bn scheme will generate 5% of the UK's power",
     "\u00a318bn scheme to generate 5% of UK's power"),
    ("Police arrested five protesters", "Police arrest five protesters"),
    # a past form after "ever" is a participle (Zotac: "The most advanced gaming GPU ever created")
    ("The most advanced library card ever created", "Most advanced library card ever created"),
    # a plural of a known noun with a word before it is no surname (SBA: "Cyberattacks cost
    # the U.S. economy billions of dollars each year" had given "Cyberattacks costs ...")
    ("Cyberattacks cost the library thousands of dollars a year",
     "Cyberattacks cost library thousands of dollars a year"),
    # ... and "named" before a name ("a goat herder named Kaldi was the first person who ...")
    ("A librarian named Kowalczyk was the first person to lend books",
     "Librarian named Kowalczyk was first person to lend books"),
    # a participle before "to" with the main verb after its noun
    ("An outbreak of CRE linked to contaminated medical tools sickened 11 people",
     "Outbreak of CRE linked to contaminated medical tools sickens 11 people"),
    ("The firm switched to solar power in 2019", "Firm switches to solar power in 2019"),
    ("Visitors who booked their tickets through Klook came to the theatre",
     "Visitors who booked their tickets through Klook come to theatre"),
    ("A man was arrested in Leeds", "Man arrested in Leeds"),
    # a rate after the subject's head is not its head ("... people a night uses ferry" was given)
    ("About 300 people a night used the ferry", "About 300 people a night use ferry"),
    ("50 cars per hour crossed the bridge", "50 cars per hour cross bridge"),
    # a simple past that is no participle is one before a preposition too ("based on" is not)
    ("Mike Glass threw for three touchdowns and ran for another",
     "Mike Glass throws for three touchdowns and runs for another"),
    ("The bill was based on a report", "Bill based on report"),
    ("Stocks fell on Monday", "Stocks fall on Monday"),
    ("The current slew of sports games offers more", "Current slew of sports games offers more"),
    ("Parmalat has reported a doubling in profit", "Parmalat reports doubling in profit"),
    ("Shareholders have approved the merger", "Shareholders approve merger"),
    ("BMW is to recall all cars", "BMW to recall all cars"),
    ("The company will cut 500 jobs", "Company to cut 500 jobs"),
    ("The firm has been fined", "Firm fined"),
    ("Quarterly profits at the media giant jumped 76%", "Quarterly profits at media giant jump 76%"),
    ("Officials in Ohio confirmed the deal", "Officials in Ohio confirm deal"),
    ("The injured man was taken to hospital", "Injured man taken to hospital"),
    ("The Hague court fined the firm", "The Hague court fines firm"),
    ("The United States said it would act", "The United States says it would act"),
    # a band or a team named by a plural noun takes a plural verb; a paper does not
    ("The Doobie Brothers announced the tour", "The Doobie Brothers announce tour"),
    ("The New York Times reported the story", "The New York Times reports story"),
    ("Police say they found two bodies", "Police say they found two bodies"),
    ("Nominees have been the least popular for years", "Nominees have been least popular for years"),
    ("Sales did not rise", "Sales did not rise"),
    # an aside after the subject: its participle is no verb, the subject decides the number
    ("The island of Redonda, once thought doomed", "Island of Redonda, once thought doomed"),
    ("The mayor, widely criticised, resigned", "Mayor, widely criticised, resigns"),
    ("Firefighters, once trapped, escaped", "Firefighters, once trapped, escape"),
    # "earlier" marks a past event as background; an estimate's participle is no verb
    ("Top-ranked Nadal earlier defeated Khachanov 6-3", "Top-ranked Nadal earlier defeated Khachanov 6-3"),
    ("The duchess has hinted before that her health suffered",  # not "Duchess hints before that"
     "Duchess has hinted before that her health suffered"),
    ("The pool needs an estimated $2.3 million in repairs", "Pool needs estimated $2.3 million in repairs"),
    ("Officials estimated 300 people died", "Officials estimate 300 people died"),
    # the main verb is already present: a later past form is an adjective
    ("Amazon offers the MacBook in certified refurbished condition",
     "Amazon offers MacBook in certified refurbished condition"),
    ("The company's offers drew crowds", "Company's offers draw crowds"),
    ("Hollywood stars brought glamour to London", "Hollywood stars bring glamour to London"),
    ("Australian brewer fosters has bought a stake", "Australian brewer fosters buys stake"),
    ("Fictional astronauts get put into hibernation", "Fictional astronauts get put into hibernation"),
    ("Hitler suffered a dislocated shoulder and hid out with a friend",  # an irregular past
     "Hitler suffers dislocated shoulder and hides out with friend"),
    ("Police arrested a man and broken glass was found", "Police arrest man and broken glass was found"),
    ("The government freed three prisoners and sent them to Qatar",
     "Government frees three prisoners and sends them to Qatar"),
    ("The army freed hostages and wounded soldiers", "Army frees hostages and wounded soldiers"),
    ("Malicious program exploits a flaw in widely used software",
     "Malicious program exploits flaw in widely used software"),  # an adjective, not the verb
    ("Paul Stewart and Chris Riddell's book came top", "Paul Stewart and Chris Riddell's book comes top"),
    ("Dozens of questions that will help to know each other",
     "Dozens of questions that will help to know each other"),  # no main verb to change
    # background keeps its past; a passive that names keeps its verb; a second clause after
    # ", and" with a name for its subject takes the headline tense too
    ("A year ago, NASA announced that nine companies were eligible",
     "A year ago, NASA announced that nine companies were eligible"),
    ("The book was called The Dragon Waiting", "Book was called The Dragon Waiting"),
    ("Beauvillier added his seventh, and Semyon Varlamov stopped 27 shots",
     "Beauvillier adds his seventh, and Semyon Varlamov stops 27 shots"),
    # ... or ", while" a name's clause: the dev page d605bdef's "Japan's Nikkei 225 declined
    # 0.3%, while South Korea's Kospi Index fell 0.5%" had its second verb in the past
    ("Riverside's ferry index declined 0.3%, while Harbor Town's Ferry Index fell 0.5%",
     "Riverside's ferry index declines 0.3%, while Harbor Town's Ferry Index falls 0.5%"),
    ("Police arrested two men, and Smith said they would be charged",
     "Police arrest two men, and Smith says they would be charged"),
    ("Police arrested two men, and officers searched the house",
     "Police arrest two men, and officers searched house"),
    # an adverb between the subject and its verb is not the subject's head
    ("Trust members ultimately asked to see the report", "Trust members ultimately ask to see report"),
    ("The family reportedly sold the house", "Family reportedly sells house"),
    # a plural subject's present verb is the main one: the past form after it is an adjective
    ("Some stores mark down prepared foods and bakery items",
     "Some stores mark down prepared foods and bakery items"),
    # a perfect participle is no main verb (WCXB 5627: "Having travels a lot")
    ("Having travelled a lot, the librarian opened a travel section",
     "Having travelled a lot, librarian opens travel section"),
    # ... a plural no dictionary knows too, and "compared to" is a participle (WCXB 0097:
    # "Learning apps offer ... choices compares to just")
    ("Library apps offer readers a new range of choices compared to paper cards",
     "Library apps offer readers new range of choices compared to paper cards"),
    # the verb of a clause that "that" opens with its own subject is not the main verb
    ("Russia's announcement that it will help Iran is raising questions",
     "Russia's announcement that it will help Iran is raising questions"),
    ("Groups that seek to combat misinformation cried foul", "Groups that seek to combat misinformation cry foul"),
    # "U.S. Marines" are many
    ("U.S. Marines embarked aboard the ship", "U.S. Marines embark aboard ship"),
    # a participle after "feel", "seem", "get" is an adjective
    ("With so many apps, it's easy to feel overwhelmed", "With so many apps, it's easy to feel overwhelmed"),
    ("The couple got married in Paris", "Couple gets married in Paris"),
    ("Becoming certified shows that you have expert skills", "Becoming certified shows that you have expert skills"),
    # ... and so is one after an adverb after a possessive
    ("NordVPN's independently audited policy provides peace of mind",
     "NordVPN's independently audited policy provides peace of mind"),
    # a past form after a preposition or a determiner (and its adverb) modifies a noun
    ("Choosing between specialized libraries is hard", "Choosing between specialized libraries is hard"),
    ("At the heart of any algorithmically curated list is a librarian",
     "At heart of any algorithmically curated list is a librarian"),
    # a present verb before a participle and a plural noun: the verb is the main one
    ("The town library offers extended hours and quiet rooms",
     "Town library offers extended hours and quiet rooms"),
    # a perfect with "since" stays a perfect; the subject after an opening phrase decides the number
    ("The library has changed since the new wing opened", "Library has changed since new wing opened"),
    ("From 2020 to 2024, loans from the library rose by half", "From 2020 to 2024, loans from library rise by half"),
    # a group of people is many, whatever its capitals
    ("Early Native Americans called it Three Sisters", "Early Native Americans call it Three Sisters"),
    # "the following" and "the more ..., the more ..." keep their articles
    ("The following branch opened in May", "The following branch opened in May"),
    ("For many, the quieter the room, the better the reading",
     "For many, the quieter the room, the better the reading"),
    # a passive participle before its "by", an adverb between
    ("The book fair held annually by the library draws crowds", "Book fair held annually by library draws crowds"),
    # a picture's caption keeps its participle
    ("The reading room photographed using a wide lens", "Reading room photographed using wide lens"),
    # the subject after a colon, and a year, is one thing
    ("Key moment: 2025 marked a turning point for the library", "Key moment: 2025 marks turning point for library"),
    # an "and" inside the modifiers of a named head is no second subject; plural aims are what they are
    ("Reading and research charity Book Aid recently opened a library", "Reading and research charity Book Aid recently opens library"),
    ("The main objectives are to lend books", "Main objectives are to lend books"),
    # a tactic's "is to" says what it is; "anyone" makes no plan; a participle phrase has no subject
    ("One proven tactic is to open on Sundays", "One proven tactic is to open on Sundays"),
    ("The goal of these libraries is to serve readers", "Goal of these libraries is to serve readers"),
    ("Plans for the library are to be announced", "Plans for library to be announced"),
    ("Anyone who reads will learn a lot", "Anyone who reads will learn a lot"),
    ("Featuring rare books, maps, and letters", "Featuring rare books, maps, and letters"),
    ("Featuring recommended books, maps, and letters", "Featuring recommended books, maps, and letters"),
    ("Rolling Stone reported the tour", "Rolling Stone reports tour"),
    ("Stabbing occurred during the reading", "Stabbing occurs during reading"),
])
def test_style(text, expected):
    assert style(text) == expected


def test_a_name_is_never_taken_for_the_verb():
    assert tense("Shares in Allied Domecq rose") == "Shares in Allied Domecq rise"


def test_articles_stay_when_too_little_would_remain():
    assert drop_articles("The end") == "The end"
    assert drop_articles("A storm hit the town") == "Storm hit town"


def test_rest_assured_is_no_past_tense():
    assert style("If so, rest assured that this is normal") == "If so, rest assured that this is normal"


def test_a_gerund_that_opens_the_clause_keeps_its_objects_article():
    # (WCXB 0202: "Planning event involves many details")
    assert drop_articles("Planning an event at the library involves many details") == \
        "Planning an event at library involves many details"
    assert drop_articles("Morning the ferry left") == "Morning ferry left"
    assert drop_articles("For first-time readers, choosing the best book can be daunting") == \
        "For first-time readers, choosing the best book can be daunting"
    # (after a clause, a participle's object loses its article: "Reuters beats profit forecasts,
    # posting 52% rise in profits"; after "Nicolas" no plural: "Nicolas cage movie ... tops")
    assert drop_articles("The library beat its forecast, posting a 52% rise in loans") == \
        "Library beat its forecast, posting 52% rise in loans"
    assert style("Nicolas cage library film has topped the box office") == "Nicolas cage library film tops box office"


def test_a_quotation_keeps_its_articles():
    assert drop_articles("The spokesperson said \u201cwe have received an inquiry\u201d from the office") == \
        "Spokesperson said \u201cwe have received an inquiry\u201d from office"
    assert drop_articles('The man said "the world is a stage" on a Monday') == \
        'Man said "the world is a stage" on Monday'


def test_a_set_phrase_of_time_keeps_its_article():
    # (WCXB 0184: "In past, building custom digital product was a major investment")
    assert drop_articles("In the past, a ferry ticket was a major expense") == \
        "In the past, ferry ticket was a major expense"
    assert drop_articles("The ferry ran for the first time at the moment it was needed") == \
        "Ferry ran for the first time at the moment it was needed"
    assert drop_articles("Over the past year the ferry ran late") == "Over past year ferry ran late"
    assert drop_articles("Ferry fares in the past decade have doubled") == "Ferry fares in past decade have doubled"


def test_a_rate_keeps_its_article():
    assert drop_articles("Marsh says the closure would save $420,000 a year") == \
        "Marsh says closure would save $420,000 a year"


def test_the_very_keeps_its_article():
    # WCXB 5634: "For many, very expansiveness that made it appealing begins to strain"
    assert drop_articles("For many, the very size that made it appealing begins to strain") == \
        "For many, the very size that made it appealing begins to strain"
    assert drop_articles("The very best ferries of the year") == "Very best ferries of year"


def test_such_a_keeps_its_article():
    assert drop_articles("The team is having such a hard time finding performers") == \
        "Team is having such a hard time finding performers"


@pytest.mark.parametrize("text", [
    "Gaming used to be so simple", "In a sign of how detached the royal is", "The car based on the new platform", "Man charged in death",
    "We\u2019ve asked him to share",
    # (WCXB 4241: an opening phrase's participle, not "... savings build into ...")
    "With savings built into their algorithms, a smart thermostat typically pays for itself",
    # (WCXB 0038: an adjective after the present main verb, not "include pay and unpaid")
    "Types of Ferry Service include paid and unpaid crossings"])
def test_no_tense_change_where_the_past_form_is_not_a_simple_past(text):
    assert tense(text) == text


def test_subject_number():
    assert tense("The Steelers spent the week") == "The Steelers spend the week"
    assert tense("On Monday I covered the area") == "On Monday I cover the area"
    assert tense("Last year I covered the area") == "Last year I covered the area"  # background
    assert tense("Simmons teased the tour") == "Simmons teases the tour"
    assert tense("Democrats passed the bill") == "Democrats pass the bill"
    assert tense("With prices rising, the council raised taxes") == "With prices rising, the council raises taxes"
    assert tense("In his twenties he battled illness for years, then recovered") == \
        "In his twenties he battles illness for years, then recovered"
    # a name after its description is one person; a name that ends like "fifteen" is no number;
    # a verb after two nouns joined by "and" takes the tense too (AP's page in newspaper4k's tests)
    assert tense("A former navy officer, Torres wanted to run the port") == \
        "A former navy officer, Torres wants to run the port"
    assert tense("Omar Mateen rented a boat") == "Omar Mateen rents a boat"
    assert tense("Fifteen sailors rented a boat") == "Fifteen sailors rent a boat"
    assert tense("Clerks ran background and safety checks and found no fault") == \
        "Clerks run background and safety checks and find no fault"


def test_a_verb_before_its_comma_takes_the_headline_tense():
    # (Gigaword: "Stocks declined, dragged down by ..." kept its past)
    assert tense("Fares rose, pushed up by fuel costs") == "Fares rise, pushed up by fuel costs"
    assert tense("Ferry fares declined, dragged down by new routes") == \
        "Ferry fares decline, dragged down by new routes"
    # (not a clause's that opens the sentence: WIRED in newspaper4k's tests, "Since the
    # Israel-Hamas war began, Palestinian residents have been locked in")
    assert tense("Since the ferry strike began, islanders have been cut off") == \
        "Since the ferry strike began, islanders cut off"
    # (not a noun before its comma, nor a clause's inside an opening phrase: Gigaword "Unfancied
    # ##-# shot, Swain outshone ...", "In weeks before he died, bedridden from ...")
    assert tense("An unfancied 20-1 shot, Swain outran the field") == "An unfancied 20-1 shot, Swain outruns the field"
    assert tense("In the weeks before he died, bedridden by illness, he wrote letters") == \
        "In the weeks before he died, bedridden by illness, he writes letters"
    # (a verb before ", and": the first clause's, as before)
    assert tense("The council voted, and the mayor resigned") == "The council votes, and the mayor resigns"


def test_a_quantity_keeps_its_article():
    assert drop_articles("More than a third of the staff will leave") == \
        "More than a third of staff will leave"


@pytest.mark.parametrize("text,expected", [
    ("A year ago, NASA announced the plan", "A year ago, NASA announced plan"),
    ("The hearings are an effort to remove him", "Hearings are an effort to remove him"),
    ("As the year comes to an end, it is time to reflect", "As year comes to an end, it is time to reflect"),
    ("A half century on, the band is still playing", "A half century on, band is still playing"),
    ("Stocks rallied at a time when the economy slowed", "Stocks rallied at a time when economy slowed"),
])
def test_a_set_phrase_keeps_its_article(text, expected):
    assert drop_articles(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Many of the protesters wear masks", "Many of the protesters wear masks"),
    ("Police arrested one of the men in a raid", "Police arrested one of the men in raid"),
    ("The map of the city shows a park", "Map of city shows park"),
])
def test_a_share_of_a_group_keeps_its_article(text, expected):
    assert drop_articles(text) == expected


def test_also_goes_with_the_sentence_it_points_at():
    assert style("Officers also arrested a man of Franklin") == "Officers arrest man of Franklin"
    assert style("The firm not only cut jobs but also closed a plant") == \
        "Firm not only cut jobs but also closed plant"


@pytest.mark.parametrize("text,expected", [
    ("The quarter's earnings were not a complete disappointment",
     "Quarter's earnings were not a complete disappointment"),
    ("Police are not the only ones to act", "Police are not the only ones to act"),
    ("Swift got high profile support last week", "Swift got high profile support last week"),
    ("The band played in Leeds last Friday", "Band played in Leeds last Friday"),
])
def test_not_keeps_its_article_and_last_week_its_past(text, expected):
    assert style(text) == expected



def test_the_articles_a_share_keeps_do_not_hide_the_main_verb():
    assert style("The libraries of five of the world's most important academic institutions are to "
                 "be digitised") == \
        "Libraries of five of the world's most important academic institutions to be digitised"


@pytest.mark.parametrize("text,expected", [
    ("At which point the host said, \u201cyou stole that coat\u201d",
     "At which point host said, \u201cyou stole that coat\u201d"),
    ("The 2,500-year-old lost city is buried underground", "2,500-year-old lost city buried underground"),
    ("SpaceX's first manned flight has been postponed", "SpaceX's first manned flight postponed"),
    ("Here is the prepared text", "Here is prepared text"),
    ("Twice a year, it releases a forecast", "Twice a year, it releases forecast"),  # a rate
])
def test_quotations_adjectives_and_here_keep_their_words(text, expected):
    assert style(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The 23-year-old flew to London", "23-year-old flies to London"),
    ("Germany's economy shrank 0.2% in the quarter", "Germany's economy shrinks 0.2% in quarter"),
    ("Officials said \"the plan failed\" and resigned", "Officials say \"the plan failed\" and resign"),
    # a noun that is also a verb's past ("crew" of "crow") before the verb (a Reuters report)
    ("An Israeli tank crew killed a reporter", "Israeli tank crew kills reporter"),
])
def test_a_subject_noun_and_a_quotation_do_not_stop_the_headline_tense(text, expected):
    assert style(text) == expected


def test_a_plural_subjects_present_verb_is_the_main_one():
    assert style("Most Republicans think Pence will win") == "Most Republicans think Pence will win"


def test_the_of_inside_a_name_before_the_head_does_not_end_the_subject():
    # (WCXB 4640: "The following Bells of Steel home gym came in at just under $3000" gave "...
    # home gym come in")
    assert style("Riverside University of Calder researchers found a rare book") == \
        "Riverside University of Calder researchers find rare book"
    # (the first word's capital may be the sentence's: neus-dev's "Leadership of Syrian Kurdish
    # fighters accuses Turkish military")
    assert style("Leadership of Riverside library unions accused the council") == \
        "Leadership of Riverside library unions accuses council"
    assert style("Friends of the Library said the room opened") == "Friends of Library say room opened"


def test_a_past_form_after_a_number_modifies_a_noun():
    assert style("Two purported library cards were found in the box") == "Two purported library cards found in box"


def test_a_subject_with_an_indefinite_article_is_one_whatever_its_name_holds():
    assert style("A Riverside Library and Museum spokesperson confirmed the closure") == \
        "A Riverside Library and Museum spokesperson confirms closure"


@pytest.mark.parametrize("text,expected", [
    # a share's number is its noun's ("42% of adolescents reported", tiptopjaw's KFF page)
    ("42% of adolescents reported feelings of sadness", "42% of adolescents report feelings of sadness"),
    ("Half of the loan was repaid in May", "Half of the loan repaid in May"),
    ("Most of the money went to schools", "Most of the money goes to schools"),
    # a count is many ("The two grew close"), and so are an acronym's plural nouns
    ("The two grew close over dinners", "Two grow close over dinners"),
    ("P&C Insurers in the U.S. wrote more premiums", "P&C Insurers in U.S. write more premiums"),
    ("Wells Fargo agreed to pay", "Wells Fargo agrees to pay"),  # (a name of two words is one)
    ("Japan's Nikkei 225 declined 0.3%", "Japan's Nikkei 225 declines 0.3%"),  # (a name's number)
])
def test_a_shares_or_a_counts_number_decides_the_verbs(text, expected):
    assert style(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle before a finite verb modifies the subject: "Man arrests was released" no more
    ("The man arrested was released", "Man arrested released"),
    ("Any opinions expressed do not reflect the views of the council",
     "Any opinions expressed do not reflect views of council"),
    ("Officials questioned have denied it", "Officials questioned deny it"),
])
def test_a_participle_before_the_main_verb_is_not_the_main_verb(text, expected):
    assert style(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "McKinley's advice is to favor ..." gave "McKinley's advice to favor ...", a noun phrase
    ("The council's advice is to keep the library open", "Council's advice is to keep library open"),
    ("The goal is to cut costs by half", "Goal is to cut costs by half"),
    ("The company is to cut 500 jobs", "Company to cut 500 jobs"),  # a plan: headline style
    # WCXB 0012: "A helpful practice is to start by imagining the space as empty" gave "Helpful
    # practice to start by imagining space", a plan
    ("A helpful practice is to start by reading the guide", "Helpful practice is to start by reading guide"),
])
def test_an_aims_is_to_says_what_it_is(text, expected):
    assert style(text) == expected


@pytest.mark.parametrize("text,expected", [
    # WCXB pages: "Life after debt hasn't changes whole lot", "Journal about growth, forging
    # ideas and projects relates to woodworking", "Professionally builds website assures ...",
    # "Researchers rely on scholarly indexes to find vets academic content"
    ("Library fines haven\u2019t changed a whole lot", "Library fines haven\u2019t changed whole lot"),
    ("A newsletter about libraries and projects related to reading", "Newsletter about libraries and projects related to reading"),
    ("A professionally built library assures readers", "Professionally built library assures readers"),
    ("Preply started as a library in 2013", "Preply starts as library in 2013"),  # a name ending in -ly
    ("Readers overwhelmingly rely on libraries to find vetted books", "Readers overwhelmingly rely on libraries to find vetted books"),
    ("Readers rely on libraries to find vetted books", "Readers rely on libraries to find vetted books"),
    # ... while a past that is also a base form stays a past after a plural ("fell", "found")
    ("Library fines fell sharply", "Library fines fall sharply"),
    ("Librarians found the books", "Librarians find books"),
])
def test_a_negated_auxiliary_an_adjectives_participle_or_a_present_verb_keeps_its_form(text, expected):
    assert style(text) == expected


def test_a_participle_after_a_possessive_is_an_adjective_and_after_hes_a_perfect():
    assert style("Full plan meets the Eatwell Guide's recommended proportions of fruit") == \
        "Full plan meets Eatwell Guide's recommended proportions of fruit"
    assert style("He's planned a trip to Paris") == "He's planned trip to Paris"


def test_a_present_verb_that_is_no_noun_stays_before_a_participle():
    assert tense("Each day includes recommended portions of fruit") == "Each day includes recommended portions of fruit"
    assert tense("Hollywood stars brought their families") == "Hollywood stars bring their families"
    # ... and so does a base form before a participle the tagger reads as the noun's adjective
    # (WCXB 0460: "Organizations face increases compliance risks when ...")
    assert tense("Organizations face increased compliance risks") == "Organizations face increased compliance risks"
    assert tense("Hospitals report increased demand") == "Hospitals report increased demand"


def test_a_lower_cased_names_past_form_and_an_irregular_plural():
    # (lower-cased wire text: "united", "allied" are a club's or a firm's name, not its verb)
    assert tense("Shares in manchester united closed up 4.75%") == "Shares in manchester united close up 4.75%"
    assert tense("Shares in food firm allied domecq have risen") == "Shares in food firm allied domecq rise"
    assert tense("Unidentified gunmen killed three people") == "Unidentified gunmen kill three people"
    assert tense("The data showed a rise") == "The data shows a rise"  # (a mass noun: one)


@pytest.mark.parametrize("text,expected", [
    # the first clause's verb before its comma, and the second clause's verb with its own subject
    # (a compound lead had given "Mayor resigned, and his aide open new ferry terminal" and
    # "The council voted, and Mayor Smith resign")
    ("Mayor resigned, and his aide opened new ferry terminal",
     "Mayor resigns, and his aide opens new ferry terminal"),
    ("The council voted, and Mayor Smith resigned", "The council votes, and Mayor Smith resigns"),
    ("Mayor resigned and his aides opened new ferry terminal",
     "Mayor resigns and his aides open new ferry terminal"),
    ("Stocks fell, and the dollar rose 2%", "Stocks fall, and the dollar rises 2%"),
    # (a relative clause's verb keeps its tense)
    ("Police arrested a man and the woman who helped him", "Police arrest a man and the woman who helped him"),
])
def test_both_clauses_of_a_compound_lead_take_the_headline_tense(text, expected):
    assert tense(text) == expected


def test_a_comparison_keeps_its_is_before_to():
    # WCXB 4478: "The smaller the speaker, the easier it is to bring ..." lost its "is" as a
    # plan would ("Ferry [is] to close")
    assert style("The smaller the ferry, the easier it is to dock") == "The smaller the ferry, the easier it is to dock"
    assert style("The ferry is to close next year") == "Ferry to close next year"


def test_a_past_form_of_the_subject_or_a_past_marker_keeps_the_tense_right():
    # (WCXB 0309: was "HR shares services have evolved"; 4861: was "Previously, Proton VPN undergoes ...")
    assert tense("HR shared services have evolved into a cornerstone") == "HR shared services evolve into a cornerstone"
    assert tense("Previously, the ferry underwent an audit") == "Previously, the ferry underwent an audit"
    assert tense("Reuters reported shares have fallen") == "Reuters reports shares have fallen"
    assert tense("The company warned the move would cut profits") == "The company warns the move would cut profits"


def test_a_second_past_verb_at_the_end_takes_the_headline_tense():
    # (before: "Shares rise and fell", the cut ending on its second verb)
    assert tense("Shares rose and fell") == "Shares rise and fall"
    assert tense("Prices rose and stabilized") == "Prices rise and stabilize"
    assert tense("The council voted, and") == "The council votes, and"  # (a cut's end: no second clause)


def test_a_present_state_keeps_its_is():
    # WCXB 0460: "One of the most common use cases for AI implementations based upon workflows"
    assert tense("One of the most common uses of the ferry is based upon tourism") == \
        "One of the most common uses of the ferry is based upon tourism"
    assert tense("The ferry company is located in Harbor Town") == "The ferry company is located in Harbor Town"
    assert tense("The ferry was arrested in Oslo") == "The ferry arrested in Oslo"
    # WCXB 4846: "Google Product Reviews written customer reviews tied to individual products"
    assert tense("Ferry reviews are written customer reviews") == "Ferry reviews are written customer reviews"
    assert tense("Police are given powers to search homes") == "Police given powers to search homes"


def test_a_present_verb_after_a_share_of_a_plural_is_the_main_verb():
    # WCXB 0020: "16% of colleges charge more tuition for degree earns online"
    assert tense("16% of colleges charge more for a degree earned online") == \
        "16% of colleges charge more for a degree earned online"
    assert tense("Half of voters backed the plan") == "Half of voters back the plan"


def test_same_wrong_and_the_adjective_right_keep_their_article():
    # WCXB 0287: "Finding right home cleaning service isn't always easy"; 0210: "Online classes
    # have same rigor"; human headlines keep it ("Is the Wrong Choice", "the same commitment")
    assert drop_articles("Finding the right library card isn't always easy") == \
        "Finding the right library card isn't always easy"
    assert drop_articles("The branch has the same hours as the main library") == \
        "Branch has the same hours as main library"
    assert drop_articles("The council took the wrong turn on the library") == \
        "Council took the wrong turn on library"
    assert drop_articles("The court gave the library the right to appeal") == \
        "Court gave library right to appeal"
    # WCXB 0141: "Make most of your stay with these 10 travel hacks"
    assert drop_articles("Make the most of the library with these 10 hacks") == \
        "Make the most of the library with these 10 hacks"


def test_the_present_after_i_or_you_has_no_s():
    assert tense("Back in 2009 I posted a simple viewer") == "Back in 2009 I post a simple viewer"
    assert tense("Then you posted a map") == "Then you post a map"


def test_a_long_way_keeps_its_article():
    # WCXB 0016: "eCommerce has come a long way from ..." gave "eCommerce comes long way"
    assert style("The library has come a long way") == "Library comes a long way"


@pytest.mark.parametrize("text", [
    "Add minced lamb and cook until the meat is brown",  # nestle-family.com: "Add minces lamb"
    "Roast the chicken in a 200°C preheated oven",  # ... "200°C preheats oven"
])
def test_an_instructions_participle_is_no_verb_to_put_in_the_present(text):
    assert tense(text) == text


def test_a_noun_that_could_be_an_order_still_takes_the_present():
    # WCXB 4063: "Search included randomized controlled trials" (not an order: "Search includes")
    assert tense("Search included randomized trials and reviews") == "Search includes randomized trials and reviews"


@pytest.mark.parametrize("text,expected", [
    # pamelaandersonfoundation.org (trafilatura's tests): "Protest starts when President Macron
    # announced increase in carbon" mixed the tenses
    ("The protest started when President Macron announced a ferry fare increase",
     "Protest starts when President Macron announces ferry fare increase"),
    ("Shares fell 5% when the company reported a loss", "Shares fall 5% when company reports loss"),
    ("The man died after he fell from the ferry", "Man dies after he falls from ferry"),
    ("The company collapsed when its chief executive resigned",
     "Company collapses when its chief executive resigns"),
    # (a clause of an earlier time, past another verb, keeps its past)
    ("The company admitted it lied when it said the ferry was safe",
     "Company admits it lied when it said ferry was safe"),
    ("Fans cheered when the team who lost returned", "Fans cheer when team who lost returned"),
])
def test_a_time_clause_after_the_main_verb_takes_the_headline_tense(text, expected):
    assert style(text) == expected


@pytest.mark.parametrize("text,expected", [
    # dev pages: "The Afghan government frees three Taliban prisoners ...", "The British royal
    # blankly denies ..." kept the opening article that a headline drops (and that the rest of
    # the sentence loses: "to the ferry" -> "to ferry")
    ("The Afghan government freed three prisoners", "Afghan government frees three prisoners"),
    ("The Democrats are alleging that the call was irregular", "Democrats are alleging that call was irregular"),
    ("A British man was arrested in Spain", "British man arrested in Spain"),
    # (a name of several capitalised words, or one that holds its article, keeps it)
    ("The New York Times reported a loss", "The New York Times reports loss"),
    ("The Hague will host the ferry talks", "The Hague to host ferry talks"),
    ("The Best Ways To Save Money", "The Best Ways To Save Money"),
])
def test_an_opening_article_before_a_capitalised_word_is_dropped(text, expected):
    assert style(text) == expected


@pytest.mark.parametrize("text,out", [
    # talkingpointsmemo.com in newspaper's test pages: "surround and besieged Kurdish town"
    ("Rebel forces surrounded and besieged Northern town of Alder", "Rebel forces surround and besiege Northern town of Alder"),
    ("Troops surrounded and captured the city", "Troops surround and capture the city"),
    # (a past verb later in the clause: "armed" is its subject's adjective)
    ("Police arrived and armed guards stood by", "Police arrive and armed guards stood by"),
])
def test_a_second_verb_right_after_the_first_and_its_and_takes_the_tense(text, out):
    assert tense(text) == out


@pytest.mark.parametrize("text,out", [
    # reuters.com, wetpaint.com in newspaper's test pages: "Countries around Asia steps up
    # search", "Indonesian rescuers searching for ... pulls bodies", "Unfortunately for her,
    # producers sends lucky ladies": the head noun is before a place's preposition, a participle
    # or after an opening adverb's comma
    ("Libraries around the county extended their hours", "Libraries around the county extend their hours"),
    ("Volunteers searching for the missing dog found it", "Volunteers searching for the missing dog find it"),
    ("Fortunately for the town, readers raised the money", "Fortunately for the town, readers raise the money"),
    ("The head of the libraries resigned", "The head of the libraries resigns"),
])
def test_the_subjects_head_noun_decides_the_verbs_number(text, out):
    assert tense(text) == out
