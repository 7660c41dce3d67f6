"""Headline style: the wording newsrooms use for a headline made from an article sentence.

``style(text)`` drops articles and puts the main verb in the headline tense:

- no "also" after the subject: "Officers also arrested ..." -> "Officers arrested ...";
- no articles: "The council voted to close a library" -> "Council voted to close library"
  (a capitalised "The" inside stays: it is part of a name, "The Hague");
- present tense for past events: "Council voted" -> "Council votes", "Parmalat has reported"
  -> "Parmalat reports"; a second verb joined by "and" follows ("frees prisoners and sends
  them");
- passive without its auxiliary: "Man was arrested" -> "Man arrested", "has been fined" ->
  "fined";
- future and plans with "to": "BMW is to recall cars" / "BMW will recall cars" -> "BMW to
  recall cars".

Only the first finite verb (the main clause's, in a sentence that starts with its subject)
is changed; the subject's number decides "votes" or "vote".  Verb forms come from
lemminflect's dictionary (an unknown word is never taken for a verb).  It does not decide
what a headline says (``headlines`` does) and never adds or reorders content words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import tagger
from .text import upper_first

# "the", "a", "an" (not "a" after a number: "$420,000 a year" is a rate; nor in "a third", nor
# in set phrases: "a year ago", "comes to an end", "at a time when", "a half century on", "has
# come a long way" (WCXB 0016: not "comes long way"); nor
# after a copula or "not": "hearings are an effort", not "are effort"; "not the only"; nor
# after "such", "quite", "what": "such a hard time")
_QUANTITY = (r"(?:third|half|quarter|dozen|hundred|thousand|million|billion|few|little|lot|number|bit|"
             r"end|time|while|\w+\s+(?:ago|later|earlier)|long\s+(?:time|way)|"
             r"year|month|week|day|night|hour|minute|season)\b")  # (a rate: "billions of dollars a year")
_ARTICLE_KEPT_AFTER = "".join(rf"(?<!\b{w}\s)" for w in ("is", "are", "was", "were", "be", "been",
                                                         "not", "such", "quite", "what", "many",
                                                         # a rate: "twice a year"
                                                         "once", "Once", "twice", "Twice", "times"))
# nor "the" after a quantity's "of": "many of the protesters", not "many of protesters"
_OF_BEFORE = "".join(rf"(?<!\b[{w[0]}{w[0].upper()}]{w[1:]}\sof\s)" for w in (
    "many", "most", "some", "all", "none", "one", "each", "both", "several", "few", "any", "much",
    "rest", "half", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
# nor in a set phrase of time: "in the past", "at the moment", "for the first time" ("In past,
# building custom digital product was ..."); nor before "same", "wrong" or the adjective
# "right", which human headlines keep ("have the same rigor", "Finding the right home cleaning
# service", WCXB 0287; not the noun: "wins right to appeal")
_SET_THE = (r"(?!(?<=\b[Ii]n\sthe)\s+(?:past|future|meantime)\b(?!\s+[a-z0-9])|(?<=\b[Aa]t\sthe)\s+(?:moment|time)\b"
            r"|(?<=\b[Ff]or\sthe)\s+first\s+time\b|\s+(?:same|wrong)\b|\s+right\s+(?!to\b|of\b)[a-z]"
            r"|\s+most\s+of\b)")  # ("make the most of": "most of" is another thing, WCXB 0141)
_ARTICLE = re.compile(r"(?:(?<=\s)(?:" + _OF_BEFORE + r"(?<!\bnot\s)the" + _SET_THE +
                      r"|(?<![\d%]\s)" + _ARTICLE_KEPT_AFTER + r"an?(?!\s+" + _QUANTITY + r"))"
                      r"|^(?:[Tt]he|[Aa]n?(?!\s+" + _QUANTITY + r"))(?=\s+[a-z0-9$#\u00a3\u20ac]))\s+")
# Words after which a past form is an adjective or part of a name, not the main verb.
_NOT_SUBJECT_END = frozenset("""
of the a an and or in on at to for by with from as than that which who whose whom into over
under about after before while when if is are was were be been being has have had will would
can could may might must should do does did not no very more most also just so its his her
their our my your this these those how ever between among across through within without
against during toward towards upon including any every
""".split())  # ("the most advanced GPU ever created", "between specialized services": a participle)
_PLURAL = frozenset("i you they we police people officials authorities investors voters residents "
                    "children men women troops forces".split())
_AUX_PERFECT = {"has", "have", "had"}
# A verb that is already in headline form, or a modal: leave the sentence as it is.
_STOP_AT = frozenset("is are was were did does do would could can may might must should "
                     "says say get gets".split())  # "astronauts get put into hibernation"


@lru_cache(maxsize=8192)
def _lemma_if(word: str, tag: str) -> str | None:
    """The lemma of ``word`` when it is the ``tag`` form (VBD: simple past, VBN: past
    participle) of a verb in lemminflect's dictionary, else None."""
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word.lower(), "VERB").get("VERB")
    if not lemmas:
        return None
    return lemmas[0] if word.lower() in (getInflection(lemmas[0], tag) or ()) else None


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str | None:
    """The verb lemma of ``word`` in lemminflect's dictionary ("felt" -> "feel"), or None."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word).get("VERB") if word.isalpha() else None
    return lemmas[0] if lemmas else None


def _past_lemma(word: str) -> str | None:
    return _lemma_if(word, "VBD")


def participle_lemma(word: str) -> str | None:
    """The lemma of ``word`` when it is a past participle ("taken" -> "take"), else None."""
    return _lemma_if(word, "VBN")


def _present_verb(word: str, prev: str, first: bool, nxt: str) -> bool:
    """Whether ``word`` is a main verb in the present ("offers" after a name, "makes"):
    a third-person form of a verb after a name, or one without a noun reading ("The
    company's offers" are things).  A capitalised first word is a name only when it is no
    dictionary word ("Amazon offers", not "Quarterly profits")."""
    from lemminflect import getAllLemmas

    if _lemma_if(word, "VBZ") is None or nxt in _STOP_AT | _AUX_PERFECT \
            or _past_lemma(nxt) and getAllLemmas(word.lower(), "NOUN"):
        return False  # "Hollywood stars brought", "Japanese shares have ended": a noun (not
        # "includes", which is none: "Each day includes recommended portions")
    name = prev[:1].isupper() and not prev.endswith(("'s", "\u2019s")) \
        and not (first and getAllLemmas(prev.lower()))
    return name or not getAllLemmas(word.lower(), "NOUN")


def _present(lemma: str, plural: bool) -> str:
    from lemminflect import getInflection

    forms = getInflection(lemma, "VBP" if plural else "VBZ")
    return forms[0] if forms else lemma


# a present verb of thinking or saying after a plural subject: the main verb, already present
_THINK_PRESENT = frozenset("think believe expect predict hope fear say warn claim insist argue "
                           "suggest know doubt worry estimate".split())
PREPOSITIONS = frozenset("of in at for on from with to by near under over about".split())
_RELATIVE = frozenset("who which that whose whom".split())


# nouns whose "is to" says what they are ("The advice is to favour ..."), not what they will do
_AIMS = frozenset("advice goal goals aim aims plan plans idea ideas mission job task purpose point hope "
                  "intention priority strategy solution answer challenge key trick rule role dream "
                  "objective objectives priorities targets options target focus option alternative "
                  "tactic tactics approach way method step secret recipe remedy requirement practice habit tip "
                  "lesson".split())
# pronouns for no one in particular: "Anyone who tries will learn" keeps its "will" (no news plan)
_ANYONE = frozenset("anyone anybody everyone everybody someone somebody no nobody whoever".split())
# names whose last word is a plural but which take a singular verb ("The New York Times says")
_SINGULAR_NAMES = frozenset("states nations times news emirates netherlands philippines airlines "
                            "airways industries holdings games olympics sciences studios "
                            "communications systems services technologies resources".split())


def can_be(word: str, parts: set[str]) -> bool:
    """Whether lemminflect's dictionary gives ``word`` one of ``parts`` of speech."""
    from lemminflect import getAllLemmas

    return bool(parts & set(getAllLemmas(word.lower())))


def plural_noun(word: str) -> bool:
    """Whether lemminflect knows ``word`` as the plural of a noun ("brothers", "chargers")."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word).get("NOUN")
    return bool(lemmas) and lemmas[0] != word


def _adverb(word: str) -> bool:
    """An -ly adverb lemminflect knows ("ultimately", "reportedly"), not "Italy" or "family"."""
    from lemminflect import getAllLemmas

    low = word.lower()
    if not (low.endswith("ly") and word[:1].islower()):
        return False
    parts = getAllLemmas(low)
    if not parts:  # one the dictionary lacks: "ergonomically", "algorithmically"
        return low.endswith("ically") and len(low) > 8
    return "ADV" in parts and "NOUN" not in parts


# a count of more than one as a subject's head ("Two", "15", "both", "several")
_MANY = re.compile(r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|"
                   r"seventy|eighty|ninety|hundreds|thousands|millions|dozens|both|several|many|few)")
_PARTS = frozenset("percent half third thirds quarter quarters most some all none rest part "
                   "majority minority lot lots plenty share proportion".split())


def _partitive(word: str) -> bool:
    """A share of something whose number the noun after "of" decides ("42%", "half", "most")."""
    low = word.lower()
    return low in _PARTS or bool(re.fullmatch(r"\d[\d.,]*%", low))


def _compound_plural(word: str) -> bool:
    """Whether ``word`` (lower case) ends in the plural of a noun of four letters or more after
    a first part of four or more ("cyber|attacks"; not "ed|wards", "ha|stings")."""
    return word.endswith("s") and not word.endswith("ss") and any(
        plural_noun(word[k:]) for k in range(4, len(word) - 4))


# a rate after a subject's head ("300 people a night", "50 cars per hour")
_RATE = frozenset("a an per each every".split())
_RATE_UNITS = frozenset("second minute hour day night week month year season game match".split())


# a group of people named by where they are from or what they hold ("Native Americans",
# "Senate Democrats"), not a company's name ("General Motors", "Lehman Brothers")
_GROUP = re.compile(r"[a-z](?:ans|ists|ites|crats)$")


def _inside_name(words: list[str], k: int) -> bool:
    """Whether the lower-case "of" at ``words[k]`` is inside a name before the subject's head
    ("Riverside University of Calder researchers", "Bells of Steel home gym"; not after the
    first word, whose capital may be the sentence's: "Leadership of Syrian Kurdish fighters")."""
    return words[k] == "of" and k > 1 and words[k - 1][:1].isupper() and k + 1 < len(words) \
        and words[k + 1][:1].isupper() and any(w[:1].islower() for w in words[k + 2:])


def _plural(subject: list[str]) -> bool:
    """Whether a subject is plural, by its head: the last word before a preposition or a
    relative pronoun ("Profits at the firm", "Visitors who booked through KLOOK" ->
    "Profits", "Visitors"; not the "of" inside a name: "Bells of Steel home gym"), after the
    last possessive ("Smith and Jones's book" -> "book"); a name of two capitalised words is
    one thing."""
    words = [w.strip(",") for w in subject]
    if words[-1] in ("I", "you", "You"):
        return True  # (their verb's present is the plural's: "Back in 2009 I post ...", not "I posts")
    comma = next((k for k, w in enumerate(subject[:-1]) if w.endswith(",")), None)
    if (words[0].lower() in PREPOSITIONS or _adverb(words[0].lower())) and comma is not None:
        words = words[comma + 1:]  # "From 2020 to 2024, losses from online scams jumped",
        # "Unfortunately for her, producers sent" (wetpaint.com in newspaper's test pages)
    elif comma and all(w[:1].isupper() for w in words[comma + 1:]):
        words = words[comma + 1:]  # a name after its description: "A former special forces
        # officer, Morales yearned" (one man, whatever "forces" is)
    colon = [k for k, w in enumerate(words) if w.endswith(":")]
    if colon and colon[-1] + 1 < len(words):
        words = words[colon[-1] + 1:]  # "Key takeaway: 2025 marked": the subject is "2025"
    if len(words) == 1 and re.fullmatch(r"(?:1[89]|20)\d\d", words[0]):
        return False  # a year: "2025 marked a turning point"
    owner = [k for k, w in enumerate(words) if w.endswith(("'s", "\u2019s"))]
    if owner and owner[-1] + 1 < len(words):
        words = words[owner[-1] + 1:]  # "Paul Stewart and Chris Riddell's book": the book
    cut = next((k for k, w in enumerate(words) if k and (w.lower() in PREPOSITIONS | _RELATIVE | _PLACE_PREPOSITIONS
                                                         or _participle_after_noun(words, k))
                and not _inside_name(words, k)), len(words))
    head = words[:cut]
    if cut + 1 < len(words) and words[cut].lower() == "of" and _partitive(head[-1]):
        return _plural(words[cut + 1:])  # "42% of adolescents report", "half of the loan is"
    while len(head) > 1 and _adverb(head[-1]):
        head = head[:-1]  # "Trust members ultimately [asked]": the head is "members"
    ands = [k for k, w in enumerate(head) if w.lower() == "and"]
    in_name = head[0].lower() in ("a", "an") and all(
        0 < k < len(head) - 1 and head[k - 1][:1].isupper() and head[k + 1][:1].isupper() for k in ands)
    tail = head[ands[-1] + 1:] if ands else []
    lower = [w for w in tail if w.islower()]
    named = len(tail) >= 3 and tail[-1][:1].isupper() and lower and tail.index(lower[-1]) < len(tail) - 1 \
        and not plural_noun(lower[-1])  # "analytics and consumer intelligence company J.D. Power"
    if ands and not in_name and not named:
        return True  # (not "A Maritime and Coastguard Agency spokesperson": one, whatever its name holds)
    if len(head) > 2 and head[-2].lower() in _RATE and head[-1].lower() in _RATE_UNITS:
        head = head[:-2]  # "About 300 people a night [use]": the head is "people"
    last = head[-1]
    if last.lower() in _PLURAL or _MANY.fullmatch(last.lower()) and not (
            last[:1].isdigit() and len(head) > 1 and head[-2][:1].isupper()):
        return True  # "Two grew close", "15 were hurt" (not a name's number: "Nikkei 225 declined")
    if head[0].lower() == "the" and len(head) > 2 and all(w[:1].isupper() for w in head[1:]) \
            and last.lower() not in _SINGULAR_NAMES and plural_noun(last.lower()):
        return True  # a band or a team: "The Doobie Brothers", "The Los Angeles Chargers"
    if len(head) > 1 and last[:1].isupper() and head[-2][:1].isupper() \
            and head[-2].lower() not in ("the", "a", "an") and not _GROUP.search(last) \
            and not ((head[-2].endswith(".") or head[-2].isupper()) and plural_noun(last.lower())
                     and last.lower() not in _SINGULAR_NAMES):
        return False  # "United States", "Wells Fargo" (but "U.S. Marines", "P&C Insurers" are many)
    low = last.lower()
    if len(head) == 1 and last[:1].isupper():
        from lemminflect import getAllLemmas

        if not getAllLemmas(low).get("NOUN") and not _compound_plural(low):
            return False  # a surname: "Simmons teased" (not "Democrats", a plural the dictionary
            # knows, nor "Cyberattacks", a plural of a noun it knows with a word before it)
    if not low.endswith("s") and plural_noun(low):
        return True  # an irregular plural: "gunmen", "teeth", "criteria"
    return low.endswith("s") and not low.endswith(("ss", "us", "'s", "\u2019s")) and len(low) > 3


# where a subject's head noun is, after it: "Countries around Asia" (reuters.com in newspaper's
# test pages gave "Countries around Asia steps up search")
_PLACE_PREPOSITIONS = frozenset("around across throughout along among amid inside outside beyond behind against".split())


def _participle_after_noun(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is an -ing form right after a plural noun, which it modifies:
    "rescuers searching for the plane [pulled]" (the head is "rescuers")."""
    w, prev = words[k].lower(), words[k - 1].lower()
    return w.endswith("ing") and len(w) > 5 and prev.isalpha() and plural_noun(prev)


_QUOTATION = re.compile(r"\u201c[^\u201d]*\u201d?|\"[^\"]*\"?")  # (to the end when it does not close)


# phrases whose "the" stays: "The following X" (not the verb "following"), "the very thing"
# (not "very thing"), and "the lighter the mouse, the more comfortable it feels"
_KEEPS_THE = re.compile(r"\b[Tt]he\s+following\b|\b[Tt]he\s+very\s+(?!(?:best|first|last|top|latest|least|most)\b)[a-z]+"
                        r"|\b[Tt]he\s+(?:more|less|fewer|[a-z]{2,}er)\b[^,.;]{0,60},\s+"
                        r"the\s+(?:more|less|fewer|[a-z]{2,}er)\b(?:\s+the\b)?")


# a gerund that opens the clause keeps its object's article ("Planning an event involves many
# details", WCXB 0202; not "Planning event ..."; "Especially for first-time users, choosing the
# best app can be daunting", WCXB 0097)
_GERUND_SUBJECT = re.compile(r"^(?:(?P<opening>[A-Z][^,]{0,60}),\s+)?(([A-Za-z][a-z]+ing)\s+(?:an?|the)\b)")


def _gerund_subject(text: str) -> list[tuple[int, int]]:
    """The span of ``text``'s clause-opening gerund and its object's article (``_GERUND_SUBJECT``),
    at the start or after an opening phrase (a preposition's or an adverb's, not a clause:
    "Reuters beats profit forecasts, posting 52% rise"); else none."""
    m = _GERUND_SUBJECT.match(text)
    if not m or not verb_lemma(m.group(3).lower()):
        return []
    opening = m.group("opening")
    first = opening.split()[0].lower() if opening else ""
    return [m.span(2)] if not opening or first in PREPOSITIONS or _adverb(first) else []


def drop_articles(text: str) -> str:
    """``text`` without "a", "an" and "the" (kept if fewer than three words would remain),
    but inside a quotation, which is never changed."""
    quoted = [m.span() for m in _QUOTATION.finditer(text)] + [m.span() for m in _KEEPS_THE.finditer(text)] \
        + _gerund_subject(text)
    out = _ARTICLE.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in quoted) else "", text)
    if len(out.split()) < 3:
        return text
    return upper_first(out)


# a past event told as background keeps its past tense ("A year ago, NASA announced ...")
_PAST_MARK = re.compile(r"\b(?:ago|last\s+(?:year|decade|century|week|weekend|month|season|night|"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|years\s+(?:earlier|before)|earlier(?=\s+[a-z]+ed\b)"
                        r"|(?:has|have|had)\s+[a-z]+\s+before(?=\s+(?:that|,|and)\b)|previously|formerly)\b",
                        re.I)  # "Nadal earlier defeated X", "has hinted before that", "Previously, X underwent": background
_ONCE = frozenset("once long previously already formerly still now".split())
# a name given by a passive ("The book was called X"): without "was" it is not a clause
_NAMING = frozenset("called named titled dubbed nicknamed known".split())
# verbs whose passive takes an object ("was awarded damages", "are given powers"): the participle
# before a noun is still the verb
_GIVEN = frozenset("award give grant deny hand offer sentence fine refuse promise pay owe show tell send "
                   "issue charge allow teach ask assign lend serve".split())
# participles of a state, not of an act: without its present "is" the clause reads as a noun
# phrase ("One of the most common use cases is based upon workflows", not "... use cases based
# upon ..."; but "The bill was based on a report": "Bill based on report")
_STATE = frozenset("based located situated headquartered composed comprised".split())
# past forms that are a name's word or an adjective far more often than a main verb, which
# lower-cased text shows by no capital: "shares in manchester united closed up", "food firm
# allied domecq have risen"
# past forms that are more often a noun's adjective than a verb: "HR shared services have ..."
# (not "Company warned move would ...")
_ADJECTIVE_PARTICIPLES = frozenset("shared used paid limited advanced detailed related combined automated "
                                   "integrated managed connected registered licensed qualified skilled "
                                   "trained certified dedicated preferred recommended sponsored processed "
                                   "frozen canned baked fried mixed fixed printed".split())
_NAME_PARTICIPLES = frozenset("united allied limited unnamed unidentified".split())
# participles that describe a noun before "to" ("projects related to woodworking"), not verbs
_BEFORE_TO = frozenset("related dedicated devoted committed attached exposed opposed subjected "
                       "addicted accustomed connected tied restricted entitled geared "
                       "tailored suited compared".split())  # ("choices compared to", WCXB 0097)
# verbs whose participle after them is an adjective ("feel overwhelmed", "got married") ...
LINKING = frozenset("feel seem look become get appear remain stay".split())
# ... and with these, the copulas: verbs that link a complement, not take an object ("is blue",
# "grew tall"; ``deletion_checks``, ``headline_checks``)
COPULAS = LINKING | frozenset("be sound grow turn prove".split())
HAVE = frozenset("have has had having".split())  # the perfect's auxiliary
_NEGATED = re.compile(r"n['\u2019]t$")  # "hasn't", "didn't": a finite verb already


def tense(text: str) -> str:
    """The main verb of ``text`` in headline tense (see the module docstring)."""
    if _PAST_MARK.search(text):
        return text
    ws = text.split()
    # the main verb is among the first ten words, not counting the articles a share keeps
    # ("Libraries of five of the world's most important ... are to be digitised")
    reach = 10 + sum(w.lower() in ("the", "a", "an") for w in ws[1:10])
    if ws and ws[0].lower() in ("here", "there"):
        return text  # "Here is the text": no passive
    # (a headline that opens with a quotation: '"The ferry will run all winter"' stays as said)
    quoted = bool(ws) and ws[0][:1] in "\"\u201c" and not (len(ws[0]) > 1 and ws[0].rstrip(",.;:!?").endswith(("\"", "\u201d")))
    aside_end, head = 0, None
    clause = False  # inside a clause that "that" opens ("announcement that it will help")
    # an opening phrase up to its comma holds no main verb ("With savings built into their
    # algorithms, a thermostat pays": not "... savings build into ...")
    opening = next((k for k, w in enumerate(ws[:reach]) if w.endswith(",")), 0) \
        if ws and ws[0].lower() in PREPOSITIONS else 0
    if any(w.lower() in _SUBJECT_PRONOUNS for w in ws[1:opening]):
        opening = 0  # no comma closes the phrase: "In his twenties he battled ..., then ..."
    for i in range(1, min(len(ws), reach)):
        if i <= opening:
            continue
        prev, w = ws[i - 1].lower().strip(","), ws[i].lower()
        nxt = ws[i + 1].lower() if i + 1 < len(ws) else ""
        subject, rest = ws[:i], ws[i + 1:]
        if quoted or ws[i][:1] in "\"\u201c":  # a quotation is never changed
            closes = ws[i].rstrip(",.;:!?").endswith(("\"", "\u201d")) and (len(ws[i]) > 1 or quoted)
            quoted = not closes
            continue
        verb = w in ("will", "is", "are", "was", "were") or w in _AUX_PERFECT or bool(_past_lemma(w))
        if prev in _RELATIVE:
            # (a subject of its own after "that": "announcement that it will"; not "groups that seek")
            clause = not verb and not can_be(w, {"VERB"})
            continue  # "questions that will help": a relative clause's verb, not the main one
        if clause and verb:
            clause = False  # "Russia's announcement that it will help Iran": the clause's verb
            continue
        if ws[i - 1].endswith(",") and w in _NEXT_CLAUSE:
            # a second clause: the first one's verb came before its comma ("The council
            # voted, and Mayor Smith resigned": not "... Mayor Smith resign")
            return _clause_verb(ws, i - 1) or text
        if present_after_plural(ws, i):
            return text  # "Some stores mark down prepared foods": the main verb is present already
        if w in _THINK_PRESENT and not ws[i][:1].isupper():
            return text  # "Republicans think Pence will win": the main verb is present already
        if w in ("is", "are") and nxt == "to":
            if prev in ("it", "they") and _THE_MORE.search(" ".join(ws[:i - 1])):
                return text  # "The smaller the speaker, the easier it is to bring": a comparison
            if prev.rstrip(",") in _AIMS or rest[1:2] != ["be"] and any(
                    x.lower().rstrip(",") in _AIMS for x in subject[:4]):
                # "The goal is to cut costs", "The goal of these communities is to serve":
                # what the goal is, not a plan to do it
                return text
            return " ".join(subject + rest)                              # is to recall
        if w == "will" and re.fullmatch(r"[a-z]+", nxt) and nxt not in ("not", "be"):
            if ws[0].lower() in _ANYONE:
                return text  # "Anyone who spends time outdoors will learn a lot": no plan
            if ws[0] == "Now" and i > 1:
                subject = [upper_first(subject[1])] + subject[2:]  # "Now Metasploit will prefer": a plan
            return " ".join(subject + ["to"] + rest)                     # will recall
        if w in ("is", "are", "was", "were") and participle_lemma(nxt):
            if nxt in _NAMING or nxt in _STATE and w in ("is", "are"):
                return text                                              # was called X, is based on
            if w in ("is", "are") and len(rest) > 1 and rest[1].isalpha() and rest[1].islower() \
                    and participle_lemma(nxt) not in _GIVEN and _participle_before_noun(ws, i + 1):
                return text  # a description: "Reviews are written customer reviews" (not "Police are given powers")
            return " ".join(subject + rest)                              # was arrested
        if w in _AUX_PERFECT:
            if "since" in (x.lower() for x in rest):
                return text  # "The landscape has changed since the first trackers arrived"
            if nxt == "been":
                if len(rest) > 1 and participle_lemma(rest[1]):
                    return " ".join(subject + rest[1:])                  # has been fined
                return text                                              # has been popular
            lemma = participle_lemma(nxt)
            if lemma and lemma != "be" and w != "had":  # the auxiliary knows the subject's number
                return " ".join(subject + [_present(lemma, w == "have")] + rest[1:])
            return text
        if w in _STOP_AT or _NEGATED.search(w):
            return text  # ("hasn't changed" is no "hasn't changes")
        if i == 1 and _adverb(prev):
            continue  # "[A] professionally built website assures": an adverb is no subject
        if i == 1 and prev.endswith("ing") and can_be(prev, {"VERB"}) and participle_lemma(w) \
                and nxt.rstrip(",;:").isalpha() and can_be(nxt.rstrip(",;:"), {"NOUN"}) \
                and nxt not in PREPOSITIONS:
            # "Featuring recommended books, ...": a participle phrase, no subject (not
            # "Stabbing occurred during ...")
            return text
        if prev == "rest" and w == "assured":
            return text  # an imperative: "Rest assured that ..."
        if prev == "having" and participle_lemma(w):
            continue  # a perfect participle, no main verb: "Having travelled a lot ..." (WCXB 5627)
        if prev in _NOT_SUBJECT_END or ws[i - 1].endswith(",") and i - 1 != aside_end:
            continue  # "the injured man", "of the united states": not the main verb
        if i > 1 and prev.endswith("ly") and (ws[i - 2].lower() in _NOT_SUBJECT_END
                                               or re.search(r"['\u2019]s$", ws[i - 2])):
            continue  # "in widely used software", "NordVPN's independently audited policy": adjectives
        if i <= aside_end:
            continue
        if i > 1 and ws[i - 2].endswith(",") and (prev.endswith("ly") or prev in _ONCE):
            # "Redonda, once thought doomed, ...": an aside, up to its closing comma
            aside_end = next((j for j in range(i, len(ws)) if ws[j].endswith(",")), len(ws))
            head = ws[:i - 1]  # the subject without the aside decides the verb's number
            continue
        if ws[i][:1].isupper():
            continue  # a name ("Allied Domecq"); in lower-cased text this cannot be told
        if _present_verb(w, ws[i - 1], i == 1, nxt):
            return text  # "Amazon offers ... certified refurbished ...": already present
        after = ws[i + 2].rstrip(",;:") if i + 2 < len(ws) else ""
        if _lemma_if(w, "VBZ") and participle_lemma(nxt) and after.isalpha() and after.islower() \
                and plural_noun(after):
            return text  # "Private cloud infrastructure offers dedicated resources": already present
        if _modifies_a_noun(ws, i):
            continue  # "2,500-year-old lost city", "SpaceX's first manned flight": adjectives
        if w in _ESTIMATE and re.match(r"[\d$\u00a3\u20ac]", nxt) and _lemma_if(prev, "VBZ"):
            continue  # "needs (an) estimated $2.3 million": an amount's adjective after the verb
        if w in _NAME_PARTICIPLES:
            continue  # "manchester united", "unidentified gunmen" (and "limited to"): not the main verb
        lemma = _past_lemma(w)
        comma = not lemma and w.endswith(",") and bool(_past_lemma(w[:-1])) \
            and (participle_lemma(nxt) is not None or nxt.endswith("ing") and can_be(nxt, {"VERB"})) \
            and not any(x.lower() in _WHEN | _OPENS_CLAUSE for x in ws[:i])
        if comma:  # a verb before its comma and a participle: "Stocks declined, dragged down by
            # banks" (Gigaword; not "a ##-# shot, Swain outshone ...", nor a clause's before the
            # main one: "Since the war began, residents ...", "In weeks before he died, bedridden")
            w, lemma = w[:-1], _past_lemma(w[:-1])
        if w in _NAMING and i + 1 < len(ws) and ws[i + 1][:1].isupper():
            continue  # "a goat herder named Kaldi was the first": a participle before a name
        if lemma and verb_lemma(prev) in LINKING:
            continue  # "easy to feel overwhelmed", "seemed tired": an adjective after the verb
        if lemma and re.search(r"\d", prev) and any(x.lower() in PREPOSITIONS for x in ws[max(0, i - 3):i - 1]) \
                and _participle_before_noun(ws, i):
            continue  # "Roast chicken in 200°C preheated oven": an adjective after a measure
        if lemma and _after_present_verb(ws, i):
            return text  # "Types of Social Media Marketing include paid and unpaid marketing"
        if lemma and nxt in ("using", "via"):
            return text  # a picture's caption: "The Lion Nebula captured using a RedCat 51"
        if lemma and nxt in _STOP_AT | _AUX_PERFECT | {"will"}:
            continue  # "The man arrested was released", "opinions expressed do not": a participle
        if w in _ADJECTIVE_PARTICIPLES and len(rest) > 1 and rest[1].lower() in _STOP_AT | _AUX_PERFECT \
                and _participle_before_noun(ws, i):
            continue  # "HR shared services have evolved": an adjective of the subject's noun
        if lemma and _counted_modifier(prev, rest):
            continue  # "Two purported 'extra-terrestrial' life forms' remains were presented"
        if lemma and _past_lemma(nxt) and can_be(w, {"NOUN"}) and not comma:
            continue  # "Israeli tank crew killed": a noun ("crew", not "crowed") before the verb
        if lemma and nxt == "to" and (w in _BEFORE_TO or _later_past(rest)):
            continue  # "Outbreak linked to tools sickened 11 people": a participle before "to"
        if lemma:
            # "used to", "based on", "charged in": not a simple past ("threw for", which is no
            # participle, is one, but not "slew of": a noun); after "we've", "he's": perfect
            after_adverb = rest[1].lower() if nxt.endswith("ly") and len(rest) > 1 else nxt
            if lemma == "be" or nxt in PREPOSITIONS - {"to"} and (participle_lemma(w) or nxt == "of") \
                    or after_adverb == "by" and participle_lemma(w) \
                    or nxt == "to" and lemma == "use" \
                    or re.search(r"['\u2019](?:ve|d|re)$", prev) or _PRONOUN_IS.match(prev) \
                    or w == "got" and re.search(r"['\u2019]s$", prev):  # "TikTok's got us": has got
                return text
            plural = _plural(head or subject)
            return " ".join(subject + [_present(lemma, plural) + "," * comma]
                            + _time_clause_verb(_and_verb(rest, plural)))
    return text


_SUBJECT_PRONOUNS = frozenset("i he she we they it you there".split())
_THE_MORE = re.compile(r"(?i)\bthe\s+(?:(?:more|less)\s+\w+|\w+er)$")  # "the easier | it is to ..."
_NEXT_CLAUSE = frozenset("and but while whereas yet".split())
_OPENS_CLAUSE = frozenset("because if although though unless since".split())
_OWNER = frozenset("the his her their its our a an".split())


def _clause_verb(ws: list[str], k: int) -> str | None:
    """The headline of a first clause whose simple-past verb ``ws[k]`` ends it before its
    comma ("The mayor resigned, and ..."), in the present, the second clause's past verb
    too; None when ``ws[k]`` is no such verb."""
    verb = ws[k][:-1]
    lemma = _past_lemma(verb.lower()) if verb.isalpha() and verb.islower() else None
    subject = ws[:k]
    if not lemma or lemma == "be" or k > 4 or not subject or ws[k - 1].lower() in _NOT_SUBJECT_END \
            or any(x.endswith(",") or x.lower() in _AUX_PERFECT or x.lower() in ("is", "are", "was", "were")
                   for x in subject):
        return None
    plural = _plural(subject)
    return " ".join(subject + _and_verb([_present(lemma, plural) + ","] + ws[k + 1:], plural))


def present_after_plural(ws: list[str], i: int) -> bool:
    """Whether ``ws[i]`` is a verb's base form right after a plural noun that opens the clause
    ("Some stores mark down ...", "Officials say ...", "Researchers [overwhelmingly] rely"): a
    present main verb."""
    from lemminflect import getAllLemmas

    k = i - 1
    while k > 0 and _adverb(ws[k]):
        k -= 1
    w, prev = ws[i], ws[k] if k else ws[0][:1].lower() + ws[0][1:]
    if not (w.isalpha() and w.islower() and prev.isalpha() and prev.islower()) or i > 3 \
            or w in _STOP_AT | _AUX_PERFECT or w in ("will", "be", "do", "get", "got") or _past_lemma(w):
        return False  # ("prices have soared", "authorities will seize", "stocks fell": the headline tense follows)
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    if nxt[:1].isupper() or nxt.lower() in _STOP_AT | _AUX_PERFECT \
            or _past_lemma(nxt) and not _participle_before_noun(ws, i + 1):
        return False  # a noun: "Civil liberties group Electronic Frontier Foundation has joined"
        # (but "Officials face increased pressure": "increased" is the noun's adjective)
    if w not in getAllLemmas(w).get("VERB", ()):
        return False
    if k == 2 and _SHARE_OF.fullmatch(ws[0]) and ws[1].lower() == "of":
        return plural_noun(prev)  # a share of a plural: "16% of colleges charge ..."
    return (prev in _PLURAL or plural_noun(prev) or k and _unknown_plural(prev)) \
        and all(x.isalpha() and x.lower() not in PREPOSITIONS for x in ws[:k])


def _unknown_plural(word: str) -> bool:
    """Whether ``word``, in no dictionary, reads as a plural ("apps", "podcasts"; not "chaos"; a
    sentence's first word may be a name: "Nicolas cage movie ...")."""
    from lemminflect import getAllLemmas

    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "os")) \
        and not getAllLemmas(word)


def _after_present_verb(ws: list[str], j: int) -> bool:
    """Whether the past form ``ws[j]`` follows a present verb that has no noun reading, which
    the tagger reads as the main verb ("Types of Social Media Marketing include paid ...": an
    adjective after the verb, not "include pay")."""
    from lemminflect import getAllLemmas

    prev = ws[j - 1]
    if j == 1 and prev.isalpha() and prev[:1].isupper():  # an instruction: "Add minced lamb and cook"
        # (nestle-family.com in trafilatura's test pages; not "Search included randomized trials")
        if prev.lower() not in (getAllLemmas(prev.lower()).get("VERB") or ()):
            return False  # (no verb's base form, "Hollywood stars": the tagger is not asked)
        tags_ = tagger.tags(ws[:j + 2])
        return tags_[0] == "VB" and _participle_before_noun(ws, j, tags_)
    if not (prev.isalpha() and prev.islower()) or getAllLemmas(prev, "NOUN"):
        return False
    return tagger.tags(ws[:j + 2])[j - 1] in ("VBP", "VBZ")


def _participle_before_noun(ws: list[str], j: int, tags_: list[str] | None = None) -> bool:
    """Whether the past form ``ws[j]`` is tagged a participle or an adjective before a noun
    ("face increased pressure"), not a simple past ("Hollywood stars brought joy");
    ``tags_``: ``tagger.tags(ws[:j + 2])`` when the caller has them already."""
    tags_ = tags_ if tags_ is not None else tagger.tags(ws[:j + 2])
    return j + 1 < len(tags_) and tags_[j] in ("VBN", "JJ") and tags_[j + 1].startswith("NN")


_SHARE_OF = re.compile(r"\d[\d.,]*%|[Hh]alf|[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Mm]ajority")  # ... "of" a plural


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozens "
                          "hundreds thousands several many".split())


def _counted_modifier(prev: str, rest: list[str]) -> bool:
    """Whether a past form after a number modifies the noun after it, the clause's verb coming
    later ("Two purported ... remains were presented"; not "Two died in the crash")."""
    if not (prev in _NUMBER_WORDS or prev.replace(",", "").isdigit()):
        return False
    for w in rest[:6]:
        w = w.lower().strip(",")
        if w in ("who", "which", "that"):
            return False
        if w in ("is", "are", "was", "were", "has", "have", "had"):
            return True
    return False


def _later_past(rest: list[str]) -> bool:
    """Whether a past verb comes later in the clause after a noun ("... to contaminated medical
    tools sickened 11 people"), not after a preposition, "and" or a comma."""
    for k in range(1, len(rest)):
        if rest[k - 1].endswith((",", ";")):
            return False
        prev = rest[k - 1].lower()
        if prev not in PREPOSITIONS and prev not in ("and", "or", "the", "a", "an") \
                and _past_lemma(rest[k].lower()) and not rest[k][:1].isupper():
            return True
    return False


# participles that qualify an amount ("an estimated $2.3 million"), not verbs before one
_ESTIMATE = frozenset("estimated projected expected anticipated approximated".split())


_PRONOUN_IS = re.compile(r"(?i)(?:he|she|it|that|there|who|what|here|where)['\u2019]s$")  # "he's" is "he has"


def _modifies_a_noun(ws: list[str], i: int) -> bool:
    """Whether ``ws[i]`` stands before a noun after a compound adjective ("2,500-year-old
    lost city"), a possessive ("the Guide's recommended proportions") or a possessive and an
    adjective ("SpaceX's first manned flight"): a participle that modifies, not the main
    verb ("The 23-year-old flew to London" has one)."""
    from lemminflect import getAllLemmas

    prev = ws[i - 1].lower().strip(",")
    nxt = ws[i + 1].lower() if i + 1 < len(ws) else ""
    noun_next = nxt.isalpha() and nxt not in PREPOSITIONS | _OBJECT_START
    if "-" in prev and re.search(r"\d|-old$", prev):
        return noun_next
    if re.search(r"\w['\u2019]s$", ws[i - 1]) and not _PRONOUN_IS.match(ws[i - 1]) and noun_next:
        return True  # "Eatwell Guide's recommended proportions": the owner's, an adjective
    return i > 1 and ws[i - 1].isalpha() and ws[i - 1].islower() and noun_next \
        and not nxt.endswith("ly") and re.search(r"\w['\u2019]s$", ws[i - 2]) is not None \
        and "ADJ" in getAllLemmas(prev)


# what follows a second verb joined by "and" ("freed three prisoners and sent them to Qatar"),
# not a participle before a noun ("and wounded soldiers")
_OBJECT_START = frozenset("them him her it us the a an his their its our two three four five "
                          "six seven eight nine ten".split())


_NAME_WORD = re.compile(r"[A-Za-z]+(?:['\u2019]s)?")  # a word of a name: "South Korea's Kospi Index"


def _after_noun_phrase(out: list[str], j: int) -> int:
    """Where the verb would stand after a noun phrase that opens at ``out[j]`` with a
    determiner or possessive and runs on in lower-case words ("his aide | opened"); ``j``
    itself when none opens there."""
    if out[j].lower() not in _OWNER or j + 2 >= len(out):
        return j
    k = j + 2
    while k < len(out) - 1 and out[k].isalpha() and out[k].islower() and not _past_lemma(out[k]) \
            and k - j <= 4:
        if out[k] in _RELATIVE:
            return j  # "a man and the woman who helped him": a relative clause's verb
        k += 1
    return k


def _and_verb(rest: list[str], plural: bool) -> list[str]:
    """``rest`` with a second simple-past verb of the same clause ("... and sent them") in
    the headline tense too; the clause ends at a comma, but a clause joined by ", and" or ",
    while" with a name for its subject takes the tense too ("..., and Semyon Varlamov stopped
    27 shots", "..., while South Korea's Kospi Index fell 0.5%")."""
    out = list(rest)
    for k, w in enumerate(out[:-1]):
        after = out[k + 2].lower() if k + 2 < len(out) else ""  # ("" when the text ends: "rose and fell")
        if w.endswith(",") and out[k + 1].lower() in ("and", "while", "whereas") and k + 2 < len(out):
            j = k + 2
            while j < len(out) - 1 and out[j][:1].isupper() and _NAME_WORD.fullmatch(out[j]) and j - k <= 5:
                j += 1
            if j == k + 2:
                j = _after_noun_phrase(out, j)  # "..., and his aide opened the terminal"
            lemma = _past_lemma(out[j].lower()) if j > k + 2 and out[j].islower() else None
            if lemma and lemma != "be" and not out[j - 1].endswith(","):
                out[j] = _present(lemma, _plural(out[k + 2:j]))
            break
        if w.endswith((",", ";", ":")):
            break
        if w.lower() == "and" and (j := _after_noun_phrase(out, k + 1)) > k + 1:
            # "... and his aide opened the terminal"
            lemma = _past_lemma(out[j].lower()) if out[j].islower() else None
            if lemma and lemma != "be":
                out[j] = _present(lemma, _plural(out[k + 1:j]))
            break
        # (an irregular past is no adjective: "... and told world real reason", "and hid out")
        # (right after the verb, "and" joins a second verb that shares its object: "surrounded
        # and besieged Kurdish town", talkingpointsmemo.com in newspaper's test pages)
        if w.lower() == "and" and (after in _OBJECT_START or not after or (
                out[k + 1].isalpha() and out[k + 1].islower() and (
                    k == 0 and not _later_past(out[k + 1:]) or not out[k + 1].endswith("ed")))):
            lemma = _past_lemma(out[k + 1].lower())
            if lemma and lemma != "be":
                out[k + 1] = _present(lemma, plural)
                break
            # (two nouns joined: the verb may be further on, "ran background and security
            # checks and found no trace", AP's page in newspaper4k's tests)
    return out


_WHEN = frozenset("when as after before while once until".split())
WHEN_REACH = 4  # words at most between the main verb and its time clause's conjunction


def _time_clause_verb(rest: list[str]) -> list[str]:
    """``rest`` (the words after the main verb, now in the headline tense) with the simple
    past of a time clause that follows the verb closely in the headline tense too, its
    subject a name or a noun phrase ("Protest starts when President Macron announced increase"
    -> "... announces ...", pamelaandersonfoundation.org); not past a comma or another verb
    ("Company admits it lied when it said": the clause tells of an earlier time)."""
    for k, w in enumerate(rest[:WHEN_REACH + 1]):
        if w.endswith((",", ";", ":")) or _past_lemma(w.lower()) or w.lower() in _STOP_AT | _AUX_PERFECT:
            return rest
        if w in _WHEN and k + 2 < len(rest):
            j = k + 1
            while j < len(rest) - 1 and rest[j][:1].isupper() and _NAME_WORD.fullmatch(rest[j]) and j - k <= 4:
                j += 1
            if j == k + 1 and rest[j].lower() in _SUBJECT_PRONOUNS - {"i", "you"}:
                j += 1
            elif j == k + 1:  # a noun phrase, its article dropped or not ("when company reported")
                j += rest[j].lower() in _OWNER
                while j < len(rest) - 1 and j - k <= 3 and rest[j].isalpha() and rest[j].islower() \
                        and not _past_lemma(rest[j]) and rest[j] not in _RELATIVE | _STOP_AT:
                    j += 1
            lemma = _past_lemma(rest[j].lower()) if j > k + 1 and rest[j].isalpha() and rest[j].islower() else None
            if lemma and lemma != "be" and not rest[j - 1].endswith(","):
                return rest[:j] + [_present(lemma, _plural(rest[k + 1:j]))] + rest[j + 1:]
            return rest
    return rest


# "also" after the subject points at a sentence the headline does not have ("Officers also
# arrested ..."); "not only ... but also" keeps it
_ALSO = re.compile(r"(?<!\bbut)\s+also\b(?=\s)")


def style(text: str) -> str:
    """``text`` in headline style: no "also", articles dropped, then the headline tense, then
    an opening article before a name's word."""
    return _named_opening_out(tense(drop_articles(_ALSO.sub("", text))))


# an opening article before one capitalised word and the sentence's small words: "The Afghan
# government frees ...", "The Democrats are ...", "A British man ..." (dev pages), as headlines
# write them, and as the article inside a sentence is dropped; not in a name of several
# capitalised words ("The New York Times"), nor where the article is part of the name
_NAMED_OPENING = re.compile(r"^(?:The|An?)\s+(?=([A-Z][\w.\u2019'-]*)\s+[a-z])")
_THE_IN_NAME = frozenset("hague netherlands gambia bahamas who beatles onion economist guardian times "
                         "sun telegraph independent atlantic verge rock".split())


def _named_opening_out(text: str) -> str:
    """``text`` without an opening article before one capitalised word (``_NAMED_OPENING``);
    after the tense, which reads the subject's number from it ("The Steelers spend")."""
    m = _NAMED_OPENING.match(text)
    if not m or m.group(1).lower() in _THE_IN_NAME or _QUOTATION.search(text) or len(text.split()) < 4:
        return text
    return text[m.end():]
