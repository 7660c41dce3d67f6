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
    # and a cut after the first of two verbs that share their object dangles
    assert deletion_checks.dangling_end(words, tags, [k <= 5 for k in range(len(words))]) == \
        'ends on "develop" without its object'



def test_a_cut_that_ends_on_how_or_what_dangles():
    words = "People go online to see how they can help".split()
    tags = ["NNS", "VBP", "RB", "TO", "VB", "WRB", "PRP", "MD", "VB"]
    assert deletion_checks.dangling_end(words, tags, [k <= 5 for k in range(len(words))]) == \
        'ends on "how" without its clause'
    assert deletion_checks.dangling_end(words, tags, [True] * len(words)) is None
