"""What a deletion may not leave behind, on hand-tagged sentences with exact reasons."""

from summarize import deletion_checks


def _dangling(sentence, tags, kept_words):
    words = sentence.split()
    return deletion_checks.dangling_end(words, tags, [w in kept_words for w in words])


def test_a_cut_that_ends_on_a_verb_without_its_object_dangles():
    tags = ["JJ", "NN", "NN", "VBZ", "NN", "IN", "NN", "NN"]
    sentence = "Full service catering includes everything from menu planning"
    assert _dangling(sentence, tags, {"Full", "service", "catering", "includes"}) == \
        'ends on "includes" without its object'
    assert _dangling(sentence, tags, {"catering", "includes", "everything"}) is None
    # a bare noun after a verb that can stand alone ("cried tears of joy") need not follow it
    assert _dangling("The mother cried tears of joy", ["DT", "NN", "VBD", "NNS", "IN", "NN"],
                     {"mother", "cried"}) is None
    # a time after the verb is no object
    assert _dangling("The council meets this week", ["DT", "NN", "VBZ", "DT", "NN"],
                     {"council", "meets"}) is None
    # nor is a preposition's phrase
    assert _dangling("Prices rose in March", ["NNS", "VBD", "IN", "NNP"], {"Prices", "rose"}) is None


def test_a_cut_that_ends_on_an_adjective_without_its_noun_dangles():
    tags = ["NNS", "VBP", "JJ", "TO", "DT", "JJ", ",", "JJ", "NN"]
    sentence = "Tires are key to a safe , fuel-efficient ride"
    assert _dangling(sentence, tags, {"Tires", "are", "key", "to", "safe"}) == 'ends on "safe" without its noun'
    # the noun phrase ended at the comma; "many" stands for its noun
    assert _dangling("It came out of the blue , just days before", ["PRP", "VBD", "IN", "IN", "DT", "JJ", ",",
                                                                  "RB", "NNS", "IN"],
                     {"It", "came", "out", "of", "blue"}) is None
    assert _dangling("A showcase for many , aimed at voters", ["DT", "NN", "IN", "JJ", ",", "VBN", "IN", "NNS"],
                     {"showcase", "for", "many"}) is None


def test_been_needs_its_have():
    tags = ["PRP$", "NN", "VBZ", "NNP", "CC", "PRP", "VBN", "VBG", "IN", "DT", "NN"]
    sentence = "My name is Maddy and I've been working as a guide"
    assert _dangling(sentence, tags, {"Maddy", "been", "working", "as", "guide"}) == \
        'keeps "been" without its "have"'
    assert _dangling(sentence, tags, {"I've", "been", "working", "as", "guide"}) is None
    assert _dangling("Life hasn't always been easy", ["NN", "VBZ", "RB", "VBN", "JJ"],
                     {"Life", "hasn't", "always", "been", "easy"}) is None
    assert _dangling("The contest will be a scrappy encounter", ["DT", "NN", "MD", "VB", "DT", "JJ", "NN"],
                     {"contest", "be", "scrappy", "encounter"}) == 'keeps "be" without its "will"'
    words = "He flew back to the capital to try again".split()  # (the mask may keep either "to")
    assert deletion_checks.dangling_end(words, ["PRP", "VBD", "RB", "IN", "DT", "NN", "TO", "VB", "RB"],
                               [k not in (4, 5, 6) for k in range(len(words))]) is None
    tags = ["DT", "NN", "VBZ", "VBN", "JJ", "NN", "NNP", "NNP"]
    sentence = "The film has overtaken previous favourite The Aviator"
    assert _dangling(sentence, tags, {"film", "has", "favourite", "The", "Aviator"}) == \
        'keeps "has" without its verb "overtaken"'
    assert _dangling("He is being investigated", ["PRP", "VBZ", "VBG", "VBN"], {"He", "is", "investigated"}) is None
    assert _dangling("Two players have both been suspended", ["CD", "NNS", "VBP", "DT", "VBN", "VBN"],
                     {"Two", "players", "have", "both", "been", "suspended"}) is None


def test_a_noun_kept_without_its_preposition_is_lost():
    tags = ["DT", "NNS", "VBD", "VBN", "IN", "CD", "NNS", "IN", "NN"]
    sentence = "The shares were sold within 10 minutes of opening"
    kept = lambda ws: [w in ws for w in sentence.split()]  # noqa: E731
    assert deletion_checks.orphaned_noun(sentence.split(), tags, kept({"shares", "sold", "minutes", "of", "opening"})) \
        == 'keeps "minutes" without its "within"'
    assert deletion_checks.orphaned_noun(sentence.split(), tags, kept({"shares", "sold", "within", "10", "minutes"})) is None
    assert deletion_checks.orphaned_noun(sentence.split(), tags, kept({"shares", "sold"})) is None
    # the same preposition kept before the gap: either may be the one kept
    words = "He was arrested on Thursday on charges of fraud".split()
    tags = ["PRP", "VBD", "VBN", "IN", "NNP", "IN", "NNS", "IN", "NN"]
    assert deletion_checks.orphaned_noun(words, tags, [k not in (1, 4, 5) for k in range(len(words))]) is None
    # what headlines drop by custom: "that", "on" before a weekday, "by" before a number
    words = "Police say that the suspect fled on Monday".split()
    tags = ["NNS", "VBP", "IN", "DT", "NN", "VBD", "IN", "NNP"]
    assert deletion_checks.orphaned_noun(words, tags, [w not in ("that", "the", "on") for w in words]) is None
    words = "Shares rose by 5 percent".split()
    assert deletion_checks.orphaned_noun(words, ["NNS", "VBD", "IN", "CD", "NN"], [w != "by" for w in words]) is None


def test_an_opening_phrase_or_an_object_kept_without_its_preposition_or_verb_is_lost():
    words = "In Q4 2025 , the adoption rate was growing".split()
    tags = ["IN", "NNP", "CD", ",", "DT", "NN", "NN", "VBD", "VBG"]
    assert deletion_checks.orphaned_noun(words, tags, [k > 0 for k in range(len(words))]) == \
        'keeps "Q4" without its "In"'
    words = "Although prices rose , sales fell".split()  # (a subordinate clause: another check's)
    assert deletion_checks.orphaned_noun(words, ["IN", "NNS", "VBD", ",", "NNS", "VBD"],
                                            [k > 0 for k in range(len(words))]) is None
    words = "The libraries work together to develop and maintain the services".split()
    tags = ["DT", "NNS", "VBP", "RB", "TO", "VB", "CC", "VB", "DT", "NNS"]
    assert deletion_checks.orphaned_noun(words, tags, [w in ("libraries", "work", "services") for w in words]) \
        == 'keeps "services" without its verb "maintain"'
    # ... past a hyphened modifier of the noun ("Examples [are] provided [to illustrate real-world] usage")
    ex = "Examples are provided to illustrate real-world usage of words".split()
    ex_tags = ["NNS", "VBP", "VBN", "TO", "VB", "NN", "NN", "IN", "NNS"]
    assert deletion_checks.orphaned_noun(ex, ex_tags, [w in ("Examples", "provided", "usage") for w in ex]) \
        == 'keeps "usage" without its verb "illustrate"'
    # and a cut after the first of two verbs that share their object dangles
    assert deletion_checks.dangling_end(words, tags, [k <= 5 for k in range(len(words))]) == \
        'ends on "develop" without its object'



def test_a_cut_that_ends_on_how_or_what_dangles():
    words = "People go online to see how they can help".split()
    tags = ["NNS", "VBP", "RB", "TO", "VB", "WRB", "PRP", "MD", "VB"]
    assert deletion_checks.dangling_end(words, tags, [k <= 5 for k in range(len(words))]) == \
        'ends on "how" without its clause'
    assert deletion_checks.dangling_end(words, tags, [True] * len(words)) is None


def _split(sentence, tags, kept_at):
    words = sentence.split()
    return deletion_checks.split_aside(words, tags, [i in kept_at for i in range(len(words))])


def test_an_aside_keeps_both_commas_or_belongs_where_it_stands():
    sentence = "the man who kidnapped the child , Michael Webb , was sentenced to life"
    tags = ["DT", "NN", "WP", "VBD", "DT", "NN", ",", "NNP", "NNP", ",", "VBD", "VBN", "IN", "NN"]
    # "Man who kidnapped child Michael Webb sentenced to life": the name reads as the child's
    assert _split(sentence, tags, {1, 2, 3, 5, 7, 8, 11, 12, 13}) == \
        'drops the commas of the aside after "child"'
    assert _split(sentence, tags, {1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13}) is None
    assert _split(sentence, tags, {1, 2, 3, 5, 11, 12, 13}) is None  # the aside went whole
    # "Company's founder Adam Neumann questioned": the name follows the noun it names
    sentence = "The company 's founder , Adam Neumann , was questioned"
    tags = ["DT", "NN", "POS", "NN", ",", "NNP", "NNP", ",", "VBD", "VBN"]
    assert _split(sentence, tags, {1, 2, 3, 5, 6, 9}) is None
    # "Her husband, teacher arrested": one comma of the pair
    sentence = "Her husband , a retired teacher , was arrested at the scene"
    tags = ["PRP$", "NN", ",", "DT", "VBN", "NN", ",", "VBD", "VBN", "IN", "DT", "NN"]
    assert _split(sentence, tags, {0, 1, 2, 5, 8, 9, 11}) == "keeps one comma of an aside without the other"
    assert _split(sentence, tags, {0, 1, 2, 5}) is None  # the cut ends in the aside
    # what lies between two commas is no aside when it is a clause or a list's next item
    sentence = "McKinley , R-W.Va. , visited the border near McAllen , Texas"
    tags = ["NNP", ",", "NNP", ",", "VBD", "DT", "NN", "IN", "NNP", ",", "NNP"]
    assert _split(sentence, tags, {0, 4, 6, 7, 8, 9, 10}) is None
    sentence = "Volker , a former envoy , and Morrison , an official , testified together"
    tags = ["NNP", ",", "DT", "JJ", "NN", ",", "CC", "NNP", ",", "DT", "NN", ",", "VBD", "RB"]
    assert _split(sentence, tags, {0, 6, 7, 12, 13}) is None
    # the tagger reads a hyphen as a comma: only a comma is one
    sentence = "The 47 - year-old , a director , will be presented"
    tags = ["DT", "CD", ",", "UH", ",", "DT", "NN", ",", "MD", "VB", "VBN"]
    assert _split(sentence, tags, {1, 2, 3, 8, 9, 10}) is None
    # a number keeps the comma after it: "Enrolment period December 17 2025, runs until Tuesday"
    sentence = "The period , which opened on Wednesday , December 17 2025, runs until Tuesday"
    tags = ["DT", "NN", ",", "WDT", "VBD", "IN", "NNP", ",", "NNP", "CD", "CD", "VBZ", "IN", "NNP"]
    assert _split(sentence, tags, {1, 8, 9, 10, 11, 12, 13}) == "keeps one comma of an aside without the other"
    assert _split(sentence, tags, {1, 11, 12, 13}) is None


def test_an_adjective_after_a_verb_that_takes_an_object_needs_its_noun():
    sentence = "Attestation provides cryptographic , independently verifiable evidence"
    tags = ["NN", "VBZ", "NNP", ",", "RB", "JJ", "NN"]  # (the tagger calls "cryptographic" a name)
    assert _dangling(sentence, tags, {"Attestation", "provides", "cryptographic"}) == \
        'ends on "cryptographic" without its noun'
    # a copula's adjective stands alone, and so does a noun in a list
    assert _dangling("The sky is blue , bright and clear", ["DT", "NN", "VBZ", "JJ", ",", "JJ", "CC", "JJ"],
                     {"The", "sky", "is", "blue"}) is None
    assert _dangling("The shelter provides food , water and blankets", ["DT", "NN", "VBZ", "NN", ",", "NN", "CC", "NNS"],
                     {"shelter", "provides", "food"}) is None


def test_a_number_and_its_adverb_go_with_their_preposition():
    sentence = "The suite is $50 / month for only 1000 contacts"
    tags = ["DT", "NN", "VBZ", "JJ", ",", "NN", "IN", "RB", "CD", "NNS"]
    kept = [w in {"The", "suite", "is", "month", "contacts"} for w in sentence.split()]
    assert deletion_checks.orphaned_noun(sentence.split(), tags, kept) == 'keeps "contacts" without its "for"'
    assert deletion_checks.split_word(sentence.split(), kept) == 'keeps part of "$50/month"'
    kept = [w in {"The", "suite", "is", "$50", "/", "month"} for w in sentence.split()]
    assert deletion_checks.orphaned_noun(sentence.split(), tags, kept) is None
    assert deletion_checks.split_word(sentence.split(), kept) is None


def test_a_participle_after_a_comma_needs_its_clause():
    sentence = "Wearables have a huge impact , allowing for deeper tracking"
    tags = ["NNS", "VBP", "DT", "JJ", "NN", ",", "VBG", "IN", "JJR", "NN"]
    assert _dangling(sentence, tags, {"Wearables", "have", "huge", "impact", ",", "allowing"}) == \
        'ends on "allowing" without its clause'
    assert _dangling(sentence, tags, {"Wearables", "have", "huge", "impact"}) is None


def test_a_cut_inside_a_compound_noun_dangles():
    sentence = "PCWorld prides itself on laptop experience and expertise"
    tags = ["NNP", "VBZ", "PRP", "IN", "NN", "NN", "CC", "NN"]
    assert _dangling(sentence, tags, {"PCWorld", "prides", "itself", "on", "laptop"}) == \
        'ends inside the noun "laptop experience"'
    assert _dangling("Police arrest the suspect Friday", ["NNS", "VBP", "DT", "NN", "NNP"],
                     {"Police", "arrest", "the", "suspect"}) is None  # a name, then a day: no compound


def test_a_role_needs_the_organisation_before_it():
    words = "T-Mobile CEO John Legere is stepping down".split()
    tags = ["NNP", "NN", "NNP", "NNP", "VBZ", "VBG", "RB"]
    assert deletion_checks.orphaned_role(words, tags, [k > 0 for k in range(len(words))]) == \
        'keeps "CEO" without whose: "T-Mobile"'
    assert deletion_checks.orphaned_role(words, tags, [True] * len(words)) is None
    assert deletion_checks.orphaned_role(words, tags, [k > 1 for k in range(len(words))]) is None  # both go
    # a possessive owner, glued or split from its "'s"
    words = "WeWork's founder Adam Neumann was questioned".split()
    tags = ["NNP", "NN", "NNP", "NNP", "VBD", "VBN"]
    assert deletion_checks.orphaned_role(words, tags, [k > 0 for k in range(len(words))]) == \
        'keeps "founder" without whose: "WeWork"'
    words = "WeWork 's founder Adam Neumann was questioned".split()
    assert deletion_checks.orphaned_role(words, ["NNP", "POS"] + tags[1:], [k > 1 for k in range(len(words))]) == \
        'keeps "founder" without whose: "WeWork"'
    # a title that stands alone, and a role after a common word, may lose what comes before
    words = "U.S. President Donald Trump said".split()
    assert deletion_checks.orphaned_role(words, ["NNP", "NNP", "NNP", "NNP", "VBD"],
                                         [k > 0 for k in range(len(words))]) is None
    words = "The new coach Ann Lee said".split()
    assert deletion_checks.orphaned_role(words, ["DT", "JJ", "NN", "NNP", "NNP", "VBD"],
                                         [k != 1 for k in range(len(words))]) is None


def test_a_deletion_may_not_keep_half_of_a_time_phrase():
    words = "Last year the harbour ferry carried 300 passengers a night".split()
    kept = [w != "year" for w in words]  # "Last the harbour ferry carried ..."
    assert deletion_checks.split_word(words, kept) == 'keeps part of "Last year"'
    kept = [w not in ("Last", "year") for w in words]
    assert deletion_checks.split_word(words, kept) is None
    words = "The last ferry left at ten".split()
    assert deletion_checks.split_word(words, [w != "ferry" for w in words]) is None


def test_a_cut_that_ends_on_an_adverb_or_a_comparison_without_its_word_dangles():
    # WCXB 0107 "... referring to two recently", 0301 "... can keep decisions as dynamic"
    sentence = "The club bought two recently built ferries"
    tags = ["DT", "NN", "VBD", "CD", "RB", "VBN", "NNS"]
    assert _dangling(sentence, tags, {"club", "bought", "two", "recently"}) == \
        'ends on "recently" without what it modifies'
    assert _dangling("The ferry left recently for Oslo", ["DT", "NN", "VBD", "RB", "IN", "NNP"],
                     {"ferry", "left", "recently"}) is None
    sentence = "The ferry runs as fast as the bus"
    tags = ["DT", "NN", "VBZ", "RB", "JJ", "IN", "DT", "NN"]
    words = sentence.split()
    assert deletion_checks.dangling_end(words, tags, [k < 5 for k in range(len(words))]) == \
        'ends on "as fast" without its "as"'
    assert _dangling("The ferry was seen as safe by riders", ["DT", "NN", "VBD", "VBN", "IN", "JJ", "IN", "NNS"],
                     {"ferry", "was", "seen", "as", "safe"}) is None



def test_a_cut_that_ends_on_a_determiner_or_a_measure_verb_without_its_word_dangles():
    # WCXB 0275 "... grow healthy plants of all", 4992 "Small-scale SEO pricing packages range"
    sentence = "The ferry carries riders of all ages"
    tags = ["DT", "NN", "VBZ", "NNS", "IN", "DT", "NNS"]
    assert _dangling(sentence, tags, {"ferry", "carries", "riders", "of", "all"}) == 'ends on "all" without its noun'
    assert _dangling("The ferry is for all", ["DT", "NN", "VBZ", "IN", "DT"], {"ferry", "is", "for", "all"}) is None
    sentence = "Ferry fares range from four to six dollars"
    tags = ["NN", "NNS", "NN", "IN", "CD", "TO", "CD", "NNS"]
    assert _dangling(sentence, tags, {"Ferry", "fares", "range"}) == 'ends on "range" without its measure'
    assert _dangling("The ferry extends its range to Oslo", ["DT", "NN", "VBZ", "PRP$", "NN", "TO", "NNP"],
                     {"ferry", "extends", "its", "range"}) is None


def test_a_second_verb_without_what_follows_it_dangles():
    # WCXB 4976: "Cloud services refer to ... software hosted online and accessed[ via the internet]"
    tags = ["NN", "VBN", "RB", "CC", "VBN", "IN", "DT", "NN"]
    sentence = "Software hosted online and accessed via the internet"
    assert _dangling(sentence, tags, {"Software", "hosted", "online", "and", "accessed"}) == \
        'ends on "and accessed" without what follows it'
    assert _dangling(sentence, tags, {"Software", "hosted", "online"}) is None
    # two verbs with nothing between them stand alone
    assert _dangling("Shares rose and fell on Monday", ["NNS", "VBD", "CC", "VBD", "IN", "NNP"],
                     {"Shares", "rose", "and", "fell"}) is None


def test_a_verb_without_its_particle_dangles():
    # WCXB 4007: "Everyone had acre or two set[ aside as a vegetable garden]"
    tags = ["NN", "VBD", "DT", "NN", "CC", "CD", "JJ", "RB", "IN", "DT", "NN"]
    sentence = "everyone had an acre or two set aside as a garden"
    assert _dangling(sentence, tags, {"everyone", "had", "acre", "or", "two", "set"}) == \
        'ends on "set" without its "aside"'
    assert _dangling("The chairman stepped down on Monday", ["DT", "NN", "VBD", "RP", "IN", "NNP"],
                     {"chairman", "stepped"}) == 'ends on "stepped" without its "down"'
    assert _dangling("The chairman stepped down on Monday", ["DT", "NN", "VBD", "RP", "IN", "NNP"],
                     {"chairman", "stepped", "down"}) is None
    # (bbc-dev: "All-postal votes ... are due to be handed[ in by 4 November]")
    assert _dangling("Votes are due to be handed in by Friday", ["NNS", "VBP", "JJ", "TO", "VB", "VBN", "IN", "IN",
                                                                  "NNP"],
                     {"Votes", "are", "due", "to", "be", "handed"}) == 'ends on "handed" without its "in"'


def test_a_range_without_its_end_is_a_split():
    # WCXB 0024: "Full service catering includes everything from menu planning[ to setup]"
    words = "Catering includes everything from menu planning to setup and cleanup".split()
    keep = {"Catering", "includes", "everything", "from", "menu", "planning"}
    assert deletion_checks.split_word(words, [w in keep for w in words]) == \
        'keeps "everything from" without its "to"'
    assert deletion_checks.split_word(words, [True] * len(words)) is None
    words = "Visitors came from Oslo to see the ferry".split()  # (no range: "came from")
    assert deletion_checks.split_word(words, [w != "see" for w in words]) is None


def test_a_passive_that_needs_its_agent_dangles_without_it():
    # WCXB 0208: "Challenge of maintaining security over such long periods compounded[ by ...]"
    tags = ["DT", "NN", "VBZ", "VBN", "IN", "DT", "JJ", "NN"]
    sentence = "The challenge is compounded by the long lifespan"
    assert _dangling(sentence, tags, {"challenge", "compounded"}) == 'ends on "compounded" without its "by"'
    assert _dangling("The man was arrested by police", ["DT", "NN", "VBD", "VBN", "IN", "NNS"],
                     {"man", "arrested"}) is None


def test_a_passive_that_needs_its_purpose_dangles_without_it():
    # WCXB 0277: "Native Apps created" of "Native Apps are created for one specific platform"
    tags = ["JJ", "NNPS", "VBP", "VBN", "IN", "CD", "JJ", "NN"]
    sentence = "Native Apps are created for one specific platform"
    assert _dangling(sentence, tags, {"Native", "Apps", "created"}) == 'ends on "created" without what it is for'
    assert _dangling(sentence, tags, {"Native", "Apps", "created", "for", "platform"}) is None


def test_a_verb_without_its_preposition_dangles():
    # (WCXB 5664: "... many users are looking[ at other tools instead of Mailchimp]")
    tags = ["JJ", "NNS", "VBP", "VBG", "IN", "JJ", "NNS"]
    sentence = "many riders are looking at other ferries"
    assert _dangling(sentence, tags, {"many", "riders", "are", "looking"}) == 'ends on "looking" without its "at"'
    assert _dangling(sentence, tags, set(sentence.split())) is None
    assert _dangling("The storm led to delays", ["DT", "NN", "VBD", "TO", "NNS"], {"The", "storm", "led"}) == \
        'ends on "led" without its "to"'
    # a verb that stands alone before its preposition's phrase
    assert _dangling("The ferry sank at dawn", ["DT", "NN", "VBD", "IN", "NN"], {"The", "ferry", "sank"}) is None


def test_a_noun_kept_without_the_first_half_of_its_compound_is_lost():
    # (WCXB 0250: "... deserves consideration [from any individual ... for asset] classes")
    words = "The plan deserves support from any investor looking for asset classes".split()
    tags = ["DT", "NN", "VBZ", "NN", "IN", "DT", "NN", "VBG", "IN", "NN", "NNS"]
    kept = [k not in range(4, 10) for k in range(len(words))]
    assert deletion_checks.orphaned_noun(words, tags, kept) == 'keeps "classes" without "asset"'
    assert deletion_checks.orphaned_noun(words, tags, [k < 4 for k in range(len(words))]) is None
    # a time after a phrase that went is no compound ("... [the budget] week")
    words = "The council approved the budget this week".split()
    tags = ["DT", "NN", "VBD", "DT", "NN", "DT", "NN"]
    assert deletion_checks.orphaned_noun(words, tags, [k not in (3, 4, 5) for k in range(7)]) is None


def test_a_clause_without_its_when_or_a_noun_without_its_head_is_lost():
    # (WCXB 5640: "[Gone are the days when] designers use software with only desktop-based workflows")
    words = "Gone are the days when riders paid in cash".split()
    tags = ["VBN", "VBP", "DT", "NNS", "WRB", "NNS", "VBD", "IN", "NN"]
    assert deletion_checks.lost_opening(words, tags, [k > 4 for k in range(9)]) == 'keeps a clause without its "when"'
    assert deletion_checks.lost_opening(words, tags, [k != 2 for k in range(9)]) is None
    # a "when" clause states a fact of its own (bbc-dev: "Anger at council tax rises spilled over
    # into mass protests in 2003, when the average English bill rose 12.9%"); an "if" clause none
    words = "Protests spread in 2003 , when the bill rose 12.9%".split()
    tags = ["NNS", "VBD", "IN", "CD", ",", "WRB", "DT", "NN", "VBD", "CD"]
    assert deletion_checks.lost_opening(words, tags, [k > 5 for k in range(10)]) is None
    words[5], tags[5] = "if", "IN"
    assert deletion_checks.lost_opening(words, tags, [k > 5 for k in range(10)]) == 'keeps a clause without its "if"'
    # (WCXB 4645: "[Finding the balance between] health and our bustling lifestyles has never been ...")
    words = "Finding the balance between work and rest has never been more important".split()
    tags = ["VBG", "DT", "NN", "IN", "NN", "CC", "NN", "VBZ", "RB", "VBN", "RBR", "JJ"]
    assert deletion_checks.lost_opening(words, tags, [k > 3 for k in range(12)]) == \
        'keeps "work" without the head before its "between"'
    # an opening phrase that its comma closes may go; so may an attribution before "that"
    words = "In the spring , the ferry runs daily".split()
    tags = ["IN", "DT", "NN", ",", "DT", "NN", "VBZ", "RB"]
    assert deletion_checks.lost_opening(words, tags, [k > 3 for k in range(8)]) is None
    words = "Police said that the ferry sank".split()
    tags = ["NNS", "VBD", "IN", "DT", "NN", "VBD"]
    assert deletion_checks.lost_opening(words, tags, [k > 2 for k in range(6)]) is None


def test_the_subject_of_a_clause_after_and_needs_its_verb():
    # (WCXB 0008: "... as a medium, and trends[ in photography show that this field is ...]")
    words = "Anyone can take photos , and trends in photography show that the field is open".split()
    tags = ["NN", "MD", "VB", "NNS", ",", "CC", "NNS", "IN", "NN", "NN", "IN", "DT", "NN", "VBZ", "JJ"]
    assert deletion_checks.lost_clause_verb(words, tags, [k < 7 for k in range(15)]) == \
        'keeps "and trends" without its verb'
    assert deletion_checks.lost_clause_verb(words, tags, [k < 4 for k in range(15)]) is None
    # a list's last item needs no verb of its own
    words = "The shop sells apples , pears , and plums that are ripe".split()
    tags = ["DT", "NN", "VBZ", "NNS", ",", "NNS", ",", "CC", "NNS", "WDT", "VBP", "JJ"]
    assert deletion_checks.lost_clause_verb(words, tags, [k < 9 for k in range(12)]) is None
    # ... nor does a clause after "as" keep its subject without its verb (WCXB 0279: "... as the
    # full extent of academic damage wrought[ by the pandemic first became clear]")
    words = "Fines rose as the full cost of the repairs paid by the city became clear".split()
    tags = ["NNS", "VBD", "IN", "DT", "JJ", "NN", "IN", "DT", "NNS", "VBN", "IN", "DT", "NN", "VBD", "JJ"]
    assert deletion_checks.lost_clause_verb(words, tags, [k < 10 for k in range(15)]) == \
        'keeps a clause after "as" without its verb'
    assert deletion_checks.lost_clause_verb(words, tags, [k < 2 for k in range(15)]) is None
    # ("as" a preposition: "served as mayor[ until he resigned]" keeps no clause of its own)
    words = "Smith served as mayor until he resigned".split()
    tags = ["NNP", "VBD", "IN", "NN", "IN", "PRP", "VBD"]
    assert deletion_checks.lost_clause_verb(words, tags, [k < 4 for k in range(7)]) is None


def test_a_relative_clauses_verb_needs_its_that():
    # (goose3's test page businessWeek2: "A blogger flamed us ... in a post[ that] drew ...")
    words = "A reader praised the ferry in a post that drew many replies".split()
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN", "WDT", "VBD", "JJ", "NNS"]
    assert deletion_checks.lost_relative_subject(words, tags, [k != 8 for k in range(12)]) == \
        'keeps "drew" without its subject "that"'
    assert deletion_checks.lost_relative_subject(words, tags, [k < 8 for k in range(12)]) is None
    assert deletion_checks.lost_relative_subject(words, tags, [True] * 12) is None


def test_a_noun_that_needs_what_it_is_for_dangles_without_it():
    # (goose3's test page businessWeek2: "Social media has since become a way[ for us to ...]")
    tags = ["DT", "NN", "VBZ", "VBN", "DT", "NN", "IN", "PRP", "TO", "VB", "NNS"]
    sentence = "The ferry has become a way for us to meet neighbours"
    assert _dangling(sentence, tags, set(sentence.split()[:6])) == 'ends on "way" without its "for"'
    assert _dangling("The ferry sails a long way to the island", ["DT", "NN", "VBZ", "DT", "JJ", "NN", "TO", "DT", "NN"],
                     {"The", "ferry", "sails", "a", "long", "way"}) is None


def test_details_dangle_without_their_topic():
    # (newspaper4k's test page article_with_br: "An exclusive investigation ... reveals new
    # details[ on the critical role ...]")
    tags = ["DT", "NN", "VBZ", "JJ", "NNS", "IN", "DT", "NN", "NN"]
    sentence = "The inquiry reveals new details on the ferry contract"
    assert _dangling(sentence, tags, set(sentence.split()[:5])) == 'ends on "details" without its "on"'
    assert _dangling(sentence, tags, set(sentence.split())) is None


def test_a_noun_that_needs_its_of_dangles_without_it():
    # (WCXB 4034: "... ushered in an age[ of great uncertainty]"; 0281: "grow at a CAGR[ of about 7.2%]")
    tags = ["DT", "NN", "VBZ", "RP", "DT", "NN", "IN", "JJ", "NN"]
    sentence = "The pandemic ushers in an age of great uncertainty"
    assert _dangling(sentence, tags, {"The", "pandemic", "ushers", "in", "an", "age"}) == 'ends on "age" without its "of"'
    assert _dangling("The ferry sank in the middle of March", ["DT", "NN", "VBD", "IN", "DT", "NN", "IN", "NNP"],
                     {"The", "ferry", "sank", "in", "the", "middle"}) is None
    assert _dangling("The loss is 70% of the original value of the bonds",
                     ["DT", "NN", "VBZ", "CD", "NN", "IN", "DT", "JJ", "NN", "IN", "DT", "NNS"],
                     {"The", "loss", "is", "70%", "of", "the", "original", "value"}) is None


def test_an_object_or_a_what_clause_kept_without_what_governed_it_is_lost():
    # (WCXB 5559: "But, tingeing the excitement are licks of fear" -> "Excitement are licks of fear")
    words = "But , tingeing the trip are fears of the crossing".split()
    tags = ["CC", ",", "VBG", "DT", "NN", "VBP", "NNS", "IN", "DT", "NN"]
    assert deletion_checks.lost_opening(words, tags, [k > 3 for k in range(10)]) == \
        'keeps "trip", the object of "tingeing", as its subject'
    # (WCXB 0222: "In 2006, what turned out to be the absolute peak year ..., I decided ...")
    words = "In 2006, what turned out to be the peak year , I moved".split()
    tags = ["IN", "CD", "WP", "VBD", "RP", "TO", "VB", "DT", "JJ", "NN", ",", "PRP", "VBD"]
    assert deletion_checks.lost_opening(words, tags, [1 < k < 10 for k in range(13)]) == \
        'keeps a "what" clause without its main clause'
    assert deletion_checks.lost_opening(words, tags, [k < 10 for k in range(13)]) == \
        'keeps a "what" clause without its main clause'
    # an attribution may go before "what"; a gerund's whole phrase may go before its comma
    words = "Officials said what happened was an accident".split()
    tags = ["NNS", "VBD", "WP", "VBD", "VBD", "DT", "NN"]
    assert deletion_checks.lost_opening(words, tags, [k > 1 for k in range(7)]) is None
    words = "Crossing the bay , the ferry hit a rock".split()
    tags = ["VBG", "DT", "NN", ",", "DT", "NN", "VBD", "DT", "NN"]
    assert deletion_checks.lost_opening(words, tags, [k > 3 for k in range(9)]) is None


def test_a_verb_that_needs_its_as_or_from_dangles_without_it():
    # (WCXB 4110: "Sustainable clothing brands emerge" of "... have emerged as the shining stars
    # of the fashion industry"; 5650: "... plenty of solid options to choose[ from]")
    tags = ["JJ", "NNS", "VBP", "VBN", "IN", "DT", "JJ", "NNS"]
    sentence = "Island ferries have emerged as the cheapest routes"
    assert _dangling(sentence, tags, {"Island", "ferries", "have", "emerged"}) == \
        'ends on "emerged" without its "as"'
    assert _dangling(sentence, tags, {"Island", "ferries", "have", "emerged", "as", "cheapest", "routes"}) is None
    tags = ["EX", "VBP", "NN", "IN", "NNS", "TO", "VB", "IN"]
    sentence = "There are plenty of ferries to choose from"
    assert _dangling(sentence, tags, set(sentence.split()) - {"from"}) == 'ends on "choose" without its "from"'
    # (WCXB 0113: "Online course can be defined[ as a virtual learning experience ...]")
    assert _dangling("A night ferry can be defined as a late crossing", ["DT", "JJ", "NN", "MD", "VB", "VBN", "IN",
                                                                       "DT", "JJ", "NN"],
                     {"night", "ferry", "can", "be", "defined"}) == 'ends on "defined" without its "as"'
    # (bbc-dev: "Directed by ..., film set" of "... the film is set in the British Raj")
    assert _dangling("The film is set in the Raj", ["DT", "NN", "VBZ", "VBN", "IN", "DT", "NNP"],
                     {"film", "set"}) == 'ends on "set" without its "in"'
    # a verb that stands alone before another preposition
    assert _dangling("The ferry emerged from the fog", ["DT", "NN", "VBD", "IN", "DT", "NN"],
                     {"The", "ferry", "emerged"}) is None


def test_an_adjective_that_needs_its_complement_dangles_without_it():
    # (WCXB 4079: "... many health care providers are not yet familiar[ with the ways AI can help]")
    tags = ["JJ", "NNS", "VBP", "RB", "JJ", "IN", "DT", "NNS"]
    sentence = "Many captains are not familiar with the routes"
    assert _dangling(sentence, tags, {"Many", "captains", "are", "not", "familiar"}) == \
        'ends on "familiar" without its "with"'
    assert _dangling(sentence, tags, set(sentence.split())) is None
    # an adjective that stands alone
    assert _dangling("Many captains are tired of the routes", tags, {"Many", "captains", "are", "tired"}) is None


def test_a_range_after_a_dash_without_its_end_is_a_split():
    # (WCXB 4079: "AI is changing the trajectory of health care—from automating routine tasks[
    # ... to improving diagnoses]")
    words = "Ferries are changing island life \u2014 from cutting travel times to lowering prices".split()
    keep = set(words[:9])
    assert deletion_checks.split_word(words, [w in keep for w in words]) == \
        'keeps "\u2014 from" without its "to"'
    assert deletion_checks.split_word(words, [True] * len(words)) is None


def test_a_possessive_without_its_noun_is_lost():
    # (WCXB 5676: "WordPress's enables code modification" of "WordPress's underlying
    # architecture enables code modification using Hooks")
    words = "Riverside's old library lends books".split()
    tags = ["NNP", "JJ", "NN", "VBZ", "NNS"]
    assert deletion_checks.orphaned_possessive(words, tags, [w != "old" and w != "library" for w in words]) == \
        "keeps \"Riverside's\" without what it owns"
    assert deletion_checks.orphaned_possessive(words, tags, [w != "old" for w in words]) is None
    # a contraction's "is" before a dropped adverb owns nothing
    words = "It's very late".split()
    assert deletion_checks.orphaned_possessive(words, ["PRP", "RB", "JJ"], [True, False, True]) is None


def test_two_words_kept_without_the_and_or_where_between_them_are_a_split():
    # (WCXB 0043: "Catering industry is competitive cutthroat"; 0462: "AI inference is initiatives")
    words = "The bakery trade is very busy and crowded".split()
    keep = lambda dropped: [w not in dropped for w in words]  # noqa: E731
    assert deletion_checks.split_word(words, keep({"The", "very", "and"})) == \
        'keeps "busy crowded" without the "and" between them'
    assert deletion_checks.split_word(words, keep({"The", "very"})) is None
    assert deletion_checks.split_word(words, keep({"and", "crowded"})) is None  # the second half went whole
    words = "Harbour dredging is where budgets either grow or shrink".split()
    assert deletion_checks.split_word(words, [w not in ("where", "either") for w in words]) == \
        'keeps "is budgets" without the "where" between them'


def test_a_copula_or_a_share_or_an_adverb_at_the_end_dangles_without_what_follows():
    # (WCXB 4068: "Garmin's five-button interface remains[ one of its greatest strengths]")
    tags = ["DT", "NN", "VBZ", "CD", "IN", "PRP$", "JJS", "NNS"]
    sentence = "The ferry remains one of its best assets"
    assert _dangling(sentence, tags, {"ferry", "remains"}) == 'ends on "remains" without its object'
    # "Questions remain[ over the deal]": a copula may end before a preposition
    assert _dangling("Questions remain over the deal", ["NNS", "VBP", "IN", "DT", "NN"],
                     {"Questions", "remain"}) is None
    # (WCXB 4180: "sleep problems affect 25 to 50 percent[ of children]")
    tags = ["NNS", "VBP", "CD", "NN", "IN", "NNS"]
    assert _dangling("Delays affect 40 percent of passengers", tags, {"Delays", "affect", "40", "percent"}) == \
        'ends on "percent" without what it is a share of'
    assert _dangling("Delays affect 40% of passengers", ["NNS", "VBP", "CD", "IN", "NNS"],
                     {"Delays", "affect", "40%"}) == 'ends on "40%" without what it is a share of'
    # (WCXB 0043: "... to various customers, typically[ for special occasions]")
    words = "Boats carry goods to islands , usually for festivals".split()
    tags = ["NNS", "VBP", "NNS", "TO", "NNS", ",", "RB", "IN", "NNS"]
    assert deletion_checks.dangling_end(words, tags, [k <= 6 for k in range(len(words))]) == \
        'ends on "usually" without what it modifies'
    # (WCXB 0325: "Three pillars of SEO are Technical SEO, On-page SEO[, and Off-page SEO]")
    words = "The ferries are red , blue , and green".split()
    tags = ["DT", "NNS", "VBP", "JJ", ",", "JJ", ",", "CC", "JJ"]
    assert deletion_checks.dangling_end(words, tags, [k <= 5 for k in range(len(words))]) == \
        'ends on "blue", a list without its last item'
    assert deletion_checks.dangling_end(words, tags, [k <= 3 for k in range(len(words))]) is None
    # (dev 9e8c9f08: a clause after the ", and", "near McAllen, Texas[, and argued that ...]")
    words = "The ferry left Calder , Maine , and sailed north".split()
    tags = ["DT", "NN", "VBD", "NNP", ",", "NNP", ",", "CC", "VBD", "RB"]
    assert deletion_checks.dangling_end(words, tags, [k <= 5 for k in range(len(words))]) is None


def test_a_participle_kept_after_a_noun_it_does_not_describe_is_stray():
    # (WCXB 0030: "Become successful graphic designer used by industry experts")
    words = "Hire a skilled builder with the tools used by experts".split()
    tags = ["VB", "DT", "JJ", "NN", "IN", "DT", "NNS", "VBN", "IN", "NNS"]
    assert deletion_checks.stray_participle(words, tags, [w not in ("a", "with", "the", "tools") for w in words]) \
        == 'keeps "used by" after "builder", which it does not describe'
    assert deletion_checks.stray_participle(words, tags, [w not in ("a", "with", "the") for w in words]) is None


def test_an_opening_phrase_kept_without_its_preposition_is_lost():
    # (WCXB 4223: "Software Advice, over 1,000 project management systems are on market")
    words = "According to the harbour master Jane Roe , ferries run late".split()
    tags = ["VBG", "TO", "DT", "NN", "NN", "NNP", "NNP", ",", "NNS", "VBP", "RB"]
    assert deletion_checks.lost_opening(words, tags, [k >= 5 for k in range(len(words))]) == \
        'keeps "Jane" without the "According" its opening phrase has'
    assert deletion_checks.lost_opening(words, tags, [k >= 8 for k in range(len(words))]) is None


def test_long_without_its_before_and_a_relative_clauses_object_as_subject_are_lost():
    # (WCXB 4860: "forging connections with customers begins long[ before that first handshake]")
    words = "Planning a ferry begins long before the first crossing".split()
    tags = ["VBG", "DT", "NN", "VBZ", "RB", "IN", "DT", "JJ", "NN"]
    assert deletion_checks.dangling_end(words, tags, [k <= 4 for k in range(len(words))]) == \
        'ends on "long" without its "before"'
    # (WCXB 4180: "... comes to the rescue to answer some[ frequently asked questions]")
    words = "Captains answer some frequently asked questions".split()
    tags = ["NNS", "VBP", "DT", "RB", "VBN", "NNS"]
    assert deletion_checks.dangling_end(words, tags, [k <= 2 for k in range(len(words))]) == \
        'ends on "some" without its noun'
    # (WCXB 5645: "[leaders who maintained effective] communication skills produced 47% more")
    words = "Captains who keep strict timetables earn 20% more".split()
    tags = ["NNS", "WP", "VBP", "JJ", "NNS", "VBP", "CD", "JJR"]
    assert deletion_checks.lost_opening(words, tags, [k >= 4 for k in range(len(words))]) == \
        'keeps "timetables", the object of "keep", as its subject'
    assert deletion_checks.lost_opening(words, tags, [k not in (1, 2, 3, 4) for k in range(len(words))]) is None


def test_an_adverb_of_degree_without_its_adjective_is_a_fragment():
    # foxnews.com in newspaper's test pages: "Oscar Isaac has pretty year" of "... has had a
    # pretty stellar year"
    from summarize import compressor as cmp
    from summarize import deletion_checks, tagger

    ws = cmp.words("The library had a very busy summer.")
    kept = [w not in ("busy", "a", ".") for w in ws]
    assert deletion_checks.orphaned_intensifier(ws, tagger.tags(ws), kept) == 'keeps "very" without the word it modifies'
    kept = [w not in ("very", "a", ".") for w in ws]  # ("The library had busy summer": no adverb left)
    assert deletion_checks.orphaned_intensifier(ws, tagger.tags(ws), kept) is None


def test_a_verb_cut_before_that_and_its_noun_ends_without_its_object():
    # avclub.com in newspaper's test pages: "... created the 'Mail Kimp Remix' to give[ that little
    # kid some glory]" (the tagger reads "that" as IN)
    from summarize import compressor as cmp
    from summarize import deletion_checks, tagger

    ws = cmp.words("The council opened a reading room to give that little branch some room, and readers came.")
    end = ws.index("that")
    kept = [k < end for k in range(len(ws))]
    assert deletion_checks.dangling_end(ws, tagger.tags(ws), kept) == 'ends on "give" without its object'


def test_two_names_without_the_and_and_the_second_ones_modifiers():
    # "GlaxoSmithKline [and Anglo-Swedish peer] AstraZeneca are being investigated" (2008 AFP)
    words = "Harborco and Swedish peer Ferrylink are being investigated".split()
    kept = [w not in {"and", "Swedish", "peer"} for w in words]
    assert deletion_checks.split_word(words, kept) == 'keeps "Harborco Ferrylink" without the "and" between them'
    kept = [w not in {"and", "Swedish", "peer", "Ferrylink"} for w in words]  # the second name gone too
    assert deletion_checks.split_word(words, kept) is None


def test_a_name_after_after_keeps_its_verb():
    from summarize import tagger

    # "Paul Robinson remains in doubt after Juande Ramos[, the Tottenham manager, dropped him ...]"
    words = "Ferry chief remains in doubt after Jane Doe , the harbor mayor , dropped him .".split()
    tags = tagger.tags(words)
    kept = [w in {"Ferry", "chief", "remains", "in", "doubt", "after", "Jane", "Doe"} for w in words]
    assert deletion_checks.lost_clause_verb(words, tags, kept) == 'keeps a clause after "after" without its verb'
    kept = [w not in {",", "the", "harbor", "mayor"} for w in words]  # (the verb kept)
    assert deletion_checks.lost_clause_verb(words, tags, kept) is None
    words = "Ferry runs resume after Easter .".split()  # (a noun after "after")
    assert deletion_checks.lost_clause_verb(words, tagger.tags(words), [True] * 5) is None


def test_an_object_without_the_as_its_verb_needs():
    # "Former attorney general among those asking Guantanamo judge to recognize him[ as child]"
    from summarize import tagger

    words = "Lawyers ask the judge to recognize him as a child".split()
    tags = tagger.tags(words)
    assert deletion_checks.dangling_end(words, tags, [k < 7 for k in range(10)]) == \
        'ends on "recognize him" without its "as"'
    assert deletion_checks.dangling_end(words, tags, [True] * 10) is None


def test_a_not_kept_without_the_hedge_after_it_says_the_opposite():
    words = "The library is not just a building".split()
    assert deletion_checks.lost_hedge(words, [1, 1, 1, 1, 0, 1, 1]) == 'keeps "not" without the "just" after it'
    assert deletion_checks.lost_hedge(words, [1, 1, 1, 1, 1, 1, 1]) is None
    assert deletion_checks.lost_hedge(words, [1, 1, 1, 0, 0, 1, 1]) is None  # (both go: no "not")


def test_able_kept_without_its_to_leaves_a_verb_wanting():
    # a blog (dragnet, 2012): "Unfortunately, [she] wasn't able[ to hide her disappointment and
    # her feeling] showed"
    words = "She was not able to hide her joy and it showed".split()
    kept = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1]
    assert deletion_checks.lost_infinitive(words, kept) == 'keeps "able" without the "to" after it'
    assert deletion_checks.lost_infinitive(words, [1] * 11) is None
