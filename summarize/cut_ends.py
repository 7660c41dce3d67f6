"""What the first and the last words of a cut lost: the checks at a headline's two ends.

``_end_reason`` names a cut that stops where its last word wants more (a verb without its
object or particle, a preposition or a degree word without what follows, a list without its
last item, a copula without its complement); ``_opening_reason`` one that opens where its first
words need what came before (a subordinate clause, an opening link, a quotation without its
marks).  The word-finding helpers the other cut checks share live here too (``_whole_word``,
``_follows``, ``_source_form``).  It does not say why a whole cut is a fragment: see
``headline_cuts.fragment_reason``, which calls these.
"""

from __future__ import annotations

import re

from .duplicates import STOP
from .headline_checks import (
    _FINITE_WORDS,
    _NOUN_BEFORE,
    BE_WORDS,
    QUOTED,
    _finite,
    _participle,
    base_verb,
    has_verb,
)
from .headline_style import (
    PREPOSITIONS,
    _lemma_if,
    can_be,
    plural_noun,
    present_after_plural,
    verb_lemma,
)

# where a whole word starts (not inside "Rudolph's" or "well-known")
_WORD_START = r"(?<![\w'\u2019-])"
_WORD_END = r"(?![\w'\u2019-])"


def _whole_word(word: str, text: str, flags: int = 0) -> re.Match | None:
    """Where ``word`` stands as a whole word in ``text`` (not inside "Rudolph's" or "well-known")."""
    return re.search(_WORD_START + re.escape(word) + _WORD_END, text, flags)


_WORD_CHAR = re.compile(r"[\w'\u2019-]")
_FOLLOW: dict[str, re.Pattern] = {}


def _follows(word: str, follow: str, source: str) -> bool:
    """Whether ``word`` starts a word of ``source`` and the regex ``follow`` matches right
    after it: ``re.search(_WORD_START + re.escape(word) + follow, source)`` without compiling
    a pattern for every word (the compiled ``follow`` is kept)."""
    pat = _FOLLOW.get(follow)
    if pat is None:
        pat = _FOLLOW[follow] = re.compile(follow)
    return any(pat.match(source, end) or (m := _ASIDE.match(source, end)) and pat.match(source, m.end())
               for end in _word_ends(word, source))


_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")  # "based (directly) on the novel": what follows is "on"


def _word_ends(word: str, source: str):
    """Where ``word`` ends in ``source``, at each place where it starts a word (not inside
    "Rudolph's" or "well-known")."""
    i = source.find(word)
    while i >= 0:
        if i == 0 or not _WORD_CHAR.match(source[i - 1]):
            yield i + len(word)
        i = source.find(word, i + 1)


# A noun that means little without its "of" phrase: "a share of attention", "a number of cars"
_PARTITIVE = frozenset("share number lot series majority minority handful range couple part bunch "
                       "group total amount proportion percentage fraction rest dozens hundreds "
                       "thousands millions billions".split())


# a day, a month or "I" after a word is not a name the cut went into
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
         r"April|May|June|July|August|September|October|November|December|I)\b")


_COPULA_NOUN_END = re.compile(r"\b(?:is|are|was|were)\s+(?:an?\s+|the\s+)?[a-z]+$")


# the source goes on with the rest of a list the candidate ended in ("devices | , platforms
# and services"), not with a reported speaker ("rose 5 percent | , analysts and traders said")
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|both"
_LIST_NEXT = (r",\s+(?!(?:the|a|an|" + _NUMBER_WORDS + r")\b)(?:[a-z][\w'\u2019-]*,?\s+){1,3}(?:and|or)\s+"
              r"(?!(?:the|a|an|his|her|its|their|it|he|she|they|we|i|you|that|this|then|also|"
              + _NUMBER_WORDS + r")\b)[a-z][\w'\u2019-]*\b"
              r"(?!(?:\s+\S+){0,3}\s+(?:said|say|says|told|reported|according)\b)")
# the last item of an open list ("devices, platforms"; not the closed "maps and films")
_LIST_OPEN = re.compile(r",\s+(?:(?!(?:and|or)\s)[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*$")
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|who|which)\s+[^,]*", re.I)

# verbs that take "X as Y": without "as Y" they say something else ("saw winning [as a step]")
_AS_VERBS = frozenset("treat treats treated treating regard regards regarded see sees saw seen "
                      "view viewed describe describes described consider considers considered "
                      "classify classifies classified labelled labeled branded".split())
_PARTICLES = frozenset("out up down off away back".split())


def _unquoted_quotation(text: str, source: str) -> bool:
    """Whether ``text`` keeps three words in a row from inside a quotation of ``source``
    but not its quotation marks (a speaker's words told as the headline's own)."""
    if any(q in text for q in "\"\u201c\u201d\u2018"):
        return False
    words = [w.lower().strip(",.;:!?") for w in text.split()]
    grams = {tuple(words[k:k + 3]) for k in range(len(words) - 2)}
    for m in QUOTED.finditer(source):
        inner = [w.lower().strip(",.;:!?\"\u201c\u201d") for w in m.group(0).split()]
        if grams & {tuple(inner[k:k + 3]) for k in range(len(inner) - 2)}:
            return True
    return False


SUBORDINATE = re.compile(r"^(?:Although|Though|While|Because|If|When|Once|As|Since|Despite|Unless|"
                         r"Whereas)\s+(?P<clause>[^,]{3,150}),\s+(?P<main>.+)$")


# subordinate clauses that do not assert what they say: a condition or the time of an event
_NOT_ASSERTED = frozenset("if unless when whenever once".split())


def _spans_subordinate(ws: list[str], source: str) -> bool:
    """Whether a candidate starts inside the source's opening subordinate clause and runs
    into its main clause, the link gone ("[Although] Elizabeth Snyder [still endures immense]
    pain[,] their son Malachi helps"), or stays inside a clause that does not assert what it
    says ("[When a member announced that] Elton John would be performing[, his
    representatives shut down the claim]")."""
    m = SUBORDINATE.match(source)
    opener = source.split()[0].lower() if m else ""
    if not m or ws[0].lower() == opener:
        return False
    clause = {w.lower().strip(",.") for w in m.group("clause").split()}
    main = {w.lower().strip(",.") for w in m.group("main").split()} - clause - STOP
    low = [w.lower().strip(",.") for w in ws]
    return low[0] in clause and (any(w in main for w in low[1:])
                                 or opener in _NOT_ASSERTED)


# what opens a sentence's opening phrase or clause: "With smart planning, a strong team ...,"
_OPENING_LINK = re.compile(r"(?i)(?:with|by|when|whenever|whether|if|as|after|before|while|although|though|"
                           r"because|for|through|despite|without|since|unless|once|until|like|unlike|"
                           r"from|during|upon)\b")


def _opening_link_dropped(text: str, ws: list[str], source: str) -> bool:
    """Whether the candidate keeps a cut of the source's opening phrase, with its comma, but
    not the word that linked it to the main clause ("[With smart planning,] strong team and
    standout venue, any event can be a success", "[By leveraging] CIS resources, organizations
    can ...", "[When someone is struggling with anxiety,] depression, trauma, or burnout, their
    first step is ..."); the phrase folded into the subject ("[In] Paris protesters march")
    keeps no comma."""
    link = _OPENING_LINK.match(source)
    if not link or "," not in text or ws[0].lower() == link.group(0).lower() or "," not in source:
        return False
    end = at = source.index(",")
    while True:  # the phrase runs on through a list: ", a strong team, a clear goal, and a venue,"
        item = re.match(r",\s*((?:and|or)\s+)?([^,]{1,50}),", source[at:])
        words = item.group(2).split() if item else []
        if not item or len(words) > 5 or any(w.lower() in _FINITE_WORDS or _lemma_if(w, "VBD") for w in words[1:]):
            # ("residents fled", "the bulk goes on personal care" are clauses; "late returns" a noun)
            break
        at += item.end() - 1
        if item.group(1) or re.search(r"\s(?:and|or)\s", item.group(2)):
            end = at  # (a list closes with "and" or "or": not "guide, Jane Doe, a librarian,")
    return _whole_word(ws[0], source[link.end():end], re.I) is not None


_OBJECT_NEXT = r"(?:a|an|the|his|her|their|its|my|our|your|this|these|those|to|some)\b|[\u201c\u2018<]"


def _inflected_verb(word: str) -> bool:
    """Whether a lower-case ``word`` is an inflected form of a verb ("known", "sees"): a verb
    in lemminflect's dictionary, and not its base form (``base_verb``)."""
    return word.isalpha() and word.islower() and verb_lemma(word) is not None \
        and not base_verb(word)


# verbs whose object is followed by what they ask for: "ask X to leave", "wants its stadium
# to be a beacon"
_ASK_VERBS = frozenset("ask asks asked tell tells told urge urges urged force forces forced "
                       "persuade persuades persuaded order orders ordered allow allows allowed "
                       "encourage encourages encouraged want wants wanted expect expects "
                       "expected push pushes pushed prompt prompts prompted cause causes caused "
                       "enable enables enabled require requires required invite invites invited "
                       "lead leads led".split())
# a copula, a noun phrase and a last word: "Zero rating is a poison pill wrapped"
_COPULA_NP_END = re.compile(r"\b(?:is|are|was|were)\s+(?:an?|the|\S+['\u2019]s)\s+(?:\S+\s+){1,4}\S+$")
# verbs that need their preposition: "does not account | for", "Unless they opt | for"
_PREPOSITIONAL_VERBS = {"account": "for", "opt": "for", "rely": "on", "depend": "on",
                        "consist": "of", "refer": "to", "cope": "with", "comply": "with",
                        "result": "in", "focus": "on", "dispose": "of", "stem": "from",
                        "adhere": "to", "subscribe": "to", "cater": "to", "abide": "by",
                        "invest": "in", "engage": "in", "specialize": "in", "combine": "with",
                        "lead": "to", "contribute": "to", "belong": "to", "swear": "in",
                        "usher": "in", "phase": "in", "take": "to", "go": "after",
                        "begin": "with", "start": "with", "base": "on", "tinker": "with",
                        "grapple": "with", "deal": "with"}
_NOUN_FORMS = frozenset("deal deals".split())  # "signs trade deal | with China": a noun may end
# adjectives that need their preposition: "a space complete | with libraries", "similar | to"
_ADJECTIVE_PREPS = {"complete": "with", "similar": "to", "capable": "of", "prone": "to", "akin": "to",
                    "devoid": "of", "reminiscent": "of", "comparable": "to", "identical": "to",
                    "accustomed": "to", "conducive": "to", "indicative": "of", "susceptible": "to",
                    "aside": "from", "apart": "from"}  # ("attractions aside | from the temples")


# verbs that take an object and then a preposition's phrase they need: "tasked the agents with
# rebuilding Minesweeper", "accused the firm of fraud"
_OBJECT_PREP_VERBS = {"task": "with", "charge": "with", "equip": "with", "credit": "with", "entrust": "with",
                      "accuse": "of", "rob": "of", "deprive": "of", "strip": "of", "remind": "of",
                      "inform": "of", "convince": "of"}


def _object_prep_cut(ws: list[str], at_last) -> bool:
    """Whether the candidate ``ws`` ends on the object of one of ``_OBJECT_PREP_VERBS``, a few
    words after the verb, where the source goes on with the preposition the verb needs."""
    for k in range(max(1, len(ws) - 6), len(ws) - 1):
        prep = _OBJECT_PREP_VERBS.get(verb_lemma(ws[k].lower()) or "")
        between = [w.lower() for w in ws[k + 1:]]
        if prep and not any(w in PREPOSITIONS or w.endswith(",") for w in between) \
                and at_last(r"\s+" + prep + r"\s"):
            return True
    return False


def _source_form(word: str, source: str) -> str:
    """``word`` as its source sentence has it: the headline style retenses a verb ("combined"
    in the source is "combines" in the candidate)."""
    if _follows(word, _WORD_END, source):
        return word
    lemma = verb_lemma(word.lower())
    for w in re.findall(r"[A-Za-z]+", source) if lemma else ():
        if verb_lemma(w.lower()) == lemma:
            return w
    return word


# a name's verb: "known as ...", "called X" ("named as a centre" is a choice, not a name)
_NAMING_VERBS = frozenset("known called named dubbed titled nicknamed".split())
# the words before a verb's base form: a pronoun, "to", a modal, "do" ("sedan will pull")
_BASE_BEFORE = frozenset("i we you they to will would can could may might must should do did".split())


# the words after which an adjective wants its noun: "many different [systems]"
_NOUN_DETERMINERS = frozenset("the a an his her its their our my your this that these those many few several "
                              "various numerous other some any every each".split())


# verbs whose object takes a complement ("made training faster", "keeps prices high")
_COMPLEMENT_VERBS = frozenset("make makes made making keep keeps kept keeping render renders "
                              "rendered rendering".split())


def _complement_next(word: str, source: str) -> bool:
    """Whether ``source`` goes on after ``word`` with an adjective within four words, before
    any punctuation ("training | and tracking faster and more convenient")."""
    m = re.search(_WORD_START + re.escape(word) + r"((?:\s+[\w'\u2019-]+){1,4})", source)
    return bool(m) and any(w.lower() in ("more", "less") or _adjective(w) for w in m.group(1).split())


def _adjective(word: str) -> bool:
    """An adjective that is not also a noun or a verb ("faster", "convenient"; not "high")."""
    from lemminflect import getAllLemmas

    parts = getAllLemmas(word.lower().strip(",;:"))
    return "ADJ" in parts and not {"NOUN", "VERB"} & set(parts)


# the verb of an attribution after a comma: "..., he said", "..., she added"
_SAY_AFTER = ("said|says|added|adds|told|tells|wrote|writes|noted|notes|explained|explains|argued|"
              "argues|warned|warns|believes|believe|thinks|think|insisted|insists|claimed|claims|"
              "recalled|recalls|admitted|admits|conceded|concedes")


def _ing_opener(first: str, source: str) -> bool:
    """Whether ``first``, the source's first word, is an -ing form that the dictionary knows only
    as a verb ("Featuring", "Using"; not "Building", a noun too)."""
    w = first.lower()
    return source.split()[:1] == [first] and w.endswith("ing") and w.isalpha() \
        and can_be(w, {"VERB"}) and not can_be(w, {"NOUN", "ADJ"})


def _has_finite_after_opener(ws: list[str]) -> bool:
    """Whether ``ws``, after its opening -ing word, has a finite verb: an auxiliary, or a past
    or present form that is not the word right after the opener (the modifier of its object:
    "Featuring recommended books") and not a plural noun ("books")."""
    return any(w.lower() in _FINITE_WORDS for w in ws[1:]) or any(
        _finite(w) and not plural_noun(w.strip(",;:").lower()) for w in ws[2:])


def _end_reason(text: str, ws: list[str], source: str, title_case: bool) -> str | None:
    """Why the cut ``text`` (its words ``ws``) ends where its ``source`` sentence goes on
    with what its last words need, or None: a name, an "of" after a quantity, the "as" of
    "treat X as", the preposition of a prepositional verb ("does not account | for"), the
    "to" of "ask/want/expect X to", the name of a naming verb ("known | as"), the particle
    of a phrasal verb ("will pull | in more buyers") or its complement ("taken out | of
    service"), the "until" or "but" of a negation ("had no option | but to"), the clause of
    "a time | when", a noun's complement, the next item of a list, the verb of a subject
    ("Charles | has"), or the verb of a list of nouns ("New vehicles, several new SUVs |
    ... are among"); or it is an opening "Before ..." whose main clause went, a gerund subject
    after "but" without its verb ("but finding earbuds | that keep up"), an adjective without
    its noun ("many different | , and conflicting, systems"), "more" without its noun ("and
    more | and more people"), a list of names cut after its second item; an adjective cut from
    its preposition ("a space complete | with"), an opening participle phrase without the
    clause after its comma ("Featuring recommended books | , this video ensures")."""
    word = _source_form(ws[-1].rstrip(",;:"), source)
    last = re.escape(word)
    name = r"\s+(?:of|&|de|la|von|van)\s+[A-Z]" if ws[-1][:1].isupper() else \
        r"\s+(?!" + _WHEN + r")[A-Z]"
    def at_last(follow: str) -> bool:  # the candidate's last word in the source, then ``follow``
        return _follows(word, follow, source)

    if at_last(name):
        return "cut inside or before a name"  # "... to ride potential | Rock and Roll"
    if (re.search(r"[\u2014\u2013]\w+$", ws[-1]) or len(ws) > 1 and ws[-2] in ("\u2014", "\u2013")) \
            and at_last(r"\s+[\w\u2014\u2013]"):
        return "cut inside a dash aside"  # "... twice in the past half-century\u2014once | in ..."
    if last.lower() in ("all", "half") and at_last(r"\s+(?:over|the|of|across|around|along)\b"):
        return "cut inside a phrase"  # "to acquire property all | over the US"
    if re.match(r"(?:After|Before|Until|Till)\s", text) and "," not in text and "," in source \
            and (at_last(r",\s+\S") or source.lstrip().startswith(ws[0] + " ")):
        # "Before students dive in and write an essay[ about themselves], take the time ..."
        return "a subordinate clause without its main clause"
    m = re.search(r",\s+(?:but|and|yet)\s+([a-z]+ing)\b(.*)$", text)
    after = m.group(2).split() if m else []  # (its object first: "finding books", not "books a flight")
    if m and not can_be(m.group(1), {"ADJ"}) \
            and not any(_finite(w) and (k or not can_be(w, {"NOUN"})) for k, w in enumerate(after)):
        return "a gerund subject without its verb"  # "Exercising is tough, but finding earbuds | that ..."
    if len(ws) > 2 and ws[-2].lower() in _NOUN_DETERMINERS and ws[-1].isalpha() and ws[-1].islower() \
            and can_be(ws[-1], {"ADJ"}) and not can_be(ws[-1], {"NOUN", "VERB"}) and not ws[-1].endswith("est") \
            and at_last(r",?\s+[a-z]"):  # (a superlative stands alone: "is at its highest")
        return "cut inside a noun phrase"  # "... already faced by many different | , and conflicting, systems"
    if re.search(r"\bboth\s+\S+(?:\s+\S+)?$", text) and at_last(r",?\s+and\b"):
        return "cut inside 'both ... and'"  # "... feelings of both excitement | and dread"
    if last.lower() in ("more", "less", "fewer") and len(ws) > 2 and at_last(r"\s+(?:and\s+more\s+)?[a-z]"):
        return "a quantity cut from its noun"  # "... increasingly important and more | and more people"
    if len(ws) > 2 and ws[-2].endswith(",") and ws[-1][:1].isupper() and at_last(r",\s+(?:(?:and|or)\s+)?[A-Z]"):
        return "cut inside a list"  # "Options to choose from were Light, Composition | , Subject, ..."
    if len(ws) > 2 and ws[-2].endswith(",") and ws[-1].isalpha() and ws[-1].islower() \
            and can_be(ws[-1], {"ADJ"}) and at_last(r"\s+(?:in|of|on|with|from|to|for)\s+[^,.;]*,"):
        return "cut inside a list"  # "snacks that are vegetable based, low | in fat, and high in fiber"
    if last.lower() in _PARTITIVE and at_last(r"\s+of\b"):
        return "a quantity cut from its 'of'"  # "... draws South Dakota-sized share | of attention"
    if at_last(r"(?:\s+[\w'\u2019-]+){0,2}\s+as\b|(?:\s+\S+){0,4}\s+[\u2014\u2013-]\s.{0,60}?\bas\b") and \
            any(w.lower().strip(",") in _AS_VERBS for w in ws[1:-1]):
        return "a verb cut from its 'as'"  # "rule lets carriers treat animals | as pets"
    prep = None if last.lower() in _NOUN_FORMS else _PREPOSITIONAL_VERBS.get(verb_lemma(last.lower()))
    if last.lower() in _ADJECTIVE_PREPS and at_last(r"\s+" + _ADJECTIVE_PREPS[last.lower()] + r"\b"):
        return "an adjective cut from its preposition"  # "customer-centered space complete | with"
    if prep and at_last(r"\s+" + prep + r"\b(?!\s+(?:the\s+)?(?:help|support|backing|aid)\b)"):
        return f"a verb cut from its '{prep}'"  # "the settlement does not account | for"
    if _object_prep_cut(ws, at_last):
        return "a verb cut from its complement"  # "publication tasks four agents | with rebuilding ..."
    if verb_lemma(last.lower()) and at_last(r"\s+(?:themselves|himself|herself|itself|ourselves|"
                                             r"yourself|him|them|us|me)\b"):
        return "a verb cut from its object"  # "Oligarchs loan | themselves $470B"
    asked = [k for k in range(max(1, len(ws) - 5), len(ws) - 1) if ws[k].lower() in _ASK_VERBS]
    if asked and not any(w.lower() in PREPOSITIONS for w in ws[asked[-1] + 1:]) and at_last(
            r"(?:\s+[\w'\u2019-]+){0,3}?\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]"):
        return "a verb cut from its 'to'"  # "had no option but to ask their co-founder | to leave"
    if last.lower() in _NAMING_VERBS and at_last(
            r"\s+as\b" if last.lower() == "known" else r"\s+[A-Z\"\u201c\u2018']"):
        return "a naming verb cut from its name"  # "Ellen Simonetti, known | as Queen of the Sky"
    if len(ws) > 2 and ws[-2].lower() in _BASE_BEFORE and base_verb(ws[-1]) and at_last(
            r"\s+(?:in|out|up|down|off|away|back)\s+(?:more|" + _OBJECT_NEXT + ")"):
        return "a phrasal verb cut from its particle"  # "sedan will pull | in more buyers"
    if last.lower() in _PARTICLES and len(ws) > 2 and \
            at_last(r"\s+(?:of|with|from|for|against)\b"):
        return "a phrasal verb cut from its complement"  # "ferry taken out | of service"
    if re.search(r"\b(?:not|never)\b|n['\u2019]t\b", text, re.I) and \
            at_last(r",?\s+(?:until|till|unless)\b"):
        return "a negation cut from its 'until'"  # "car isn't expected | until next year"
    if re.search(r"\b(?:no|not|never|nothing|none)\b|n['\u2019]t\b", text, re.I) and \
            at_last(r"\s+(?:but|except|other\s+than|save\s+for)\b"):
        return "a negation cut from its 'but'"  # "had no option | but to surrender"
    made = [k for k in range(max(0, len(ws) - 4), len(ws) - 1) if ws[k].lower() in _COMPLEMENT_VERBS]
    if made and not any(map(_adjective, ws[made[-1] + 1:])) and _complement_next(word, source):
        return "a verb cut from its complement"  # "technology has made training | ... faster"
    if at_last(r",\s+(?:it|he|she|they)\s+(?!(?:" + _SAY_AFTER + r")\b)[a-z]"):
        return "a fronted modifier without its clause"  # "A flatworm shaped like a comma | , it can be found"
    m = _ing_opener(ws[0], source) and not _has_finite_after_opener(ws) and re.search(
        last + r",\s+(?:this|that|these|those|the|an?|his|her|its|their|our|my|your|it|he|she|they|we|"
        r"i|you)\s", source)
    if m and not _has_finite_after_opener(source[:m.start()].split() + [word]) and not re.match(
            r"(?:\S+\s+){0,4}(?:has\s+|have\s+|had\s+)?(?:" + _SAY_AFTER + r"|ruled|found|reported)\b",
            source[m.end():]):
        # "Featuring recommended books | , this video ensures ..." (not "Making games ... will
        # require more money | , an industry conference has been told", nor before a reporting
        # clause: "Detaining suspects without trial breaks the law | , the court has ruled")
        return "a participle phrase without its main clause"
    if last.lower() == "time" and at_last(r"\s+when\b"):
        return "a noun cut from its clause"  # "rallying at a time | when concerns grow"
    if _COPULA_NOUN_END.search(text) and at_last(r"\s+(?:to|of|by|that|who|which|whose)\s"):
        return "a noun cut from its complement"  # "Hearings are an effort | by Democrats to"
        # ("Digital nomads are people | who ...", WCXB 5626)
    if ws[-1].isalpha() and ws[-1].islower() and not _participle(ws[-1]) \
            and can_be(ws[-1].lower(), {"NOUN"}) and at_last(r"\s+by\s+[A-Z]"):
        return "a noun cut from its 'by'"  # "trailed late before goals | by Josh Bailey"
    if len(ws) > 2 and ws[-2].lower() == "being" and ws[-3].lower() not in BE_WORDS and at_last(
            r"\s+(?:from|by|with|in|into|at|to|for|on|off|out)\b"):
        return "a participle cut from its complement"  # "inside vessel being removed | from the water"
    if _COPULA_NP_END.search(text) and _participle(ws[-1]) and at_last(
            r"\s+(?:in|on|at|by|with|from|into|for|to|as|under|over|inside)\s"):
        return "a participle cut from its complement"  # "is a poison pill wrapped | in cheese"
    if ws[-1].isalpha() and ws[-1].islower() and (
            at_last(_LIST_NEXT)
            or _LIST_OPEN.search(text) and at_last(r"(?:,?\s+(?:and|or)|,)\s+[a-z]")):
        # "There are more devices | , platforms and services"; "DH, Spokane advertising,
        # public relations | and branding firm"; "New SUVs, redesigned compact car | , a
        # plug-in version ... are among"
        return "cut inside a list"
    # Without a verb of its own (but one of a relative clause: "Group that owns her
    # music, Big Machine | says"), the candidate may not end where the source goes on
    # with a verb; with one, neither may its last two words ("... heaped on it" is not
    # "honours it | has"; "Prices rise 0.5% in February | , says the society" may end).
    main = _RELATIVE_CLAUSE.sub(" ", text).split()
    # (a plural's verb in the headline tense is one: "Police arrest five protesters", Gigaword)
    verbless = not any(_finite(w) for w in main[1:]) and not any(
        present_after_plural(main, i) for i in range(1, min(4, len(main))))
    finite_next = r",?\s+(?:" + "|".join(
        _FINITE_WORDS | _COPULAR | ({"says", "said"} if verbless else set())) + r")\b"
    if len(ws) > 1 and (at_last(finite_next) if verbless else re.search(
            re.escape(ws[-2]) + r"\s+(?:\S+\s+){0,2}?" + last + finite_next, source)):
        # "Prince Andrew, brother of ..., Charles | has"; "Trump asserts that his tweets
        # targeting four congresswomen | were not racist"
        return "the subject without its verb"
    if ", " in text and not title_case and not any(
            _finite(w) or _inflected_verb(w) or w.isalpha() and w.endswith("ing")
            or base_verb(w) and not (ws[k].lower() in _NOUN_BEFORE or "-" in ws[k]
                                      or can_be(ws[k].lower(), {"ADJ"}))
            for k, w in enumerate(ws[1:])):  # ("plug-in version": a noun)
        return "a list without its verb"  # "New electric vehicles, several new SUVs[, ... are among]"
    return None


# the end of a text before a preposition's object: "... after the ", "With a ", "Whether it's "
_AFTER_PREPOSITION = re.compile(r"(?i)(?:\b(?:after|before|in|on|at|for|with|from|by|of|about|into|over|under|"
                                r"during|since|until|through|without|within|against|among|between|like|"
                                r"unlike|despite|via|including)\s+(?:(?:the|a|an)\s+)?"
                                r"|\bwhether\s+(?:it|they|you)['\u2019](?:s|re)\s+)$")


def _imperative_after(ws: list[str], source: str, start: int) -> bool:
    """Whether the source's first comma after ``start`` is followed by a verb's base form that
    the candidate ``ws`` keeps: an imperative main clause, whose subject the cut made of the
    opening phrase's object."""
    m = re.compile(r",\s+([a-z]+)\b").search(source, start)
    return bool(m) and m.group(1) in ws and base_verb(m.group(1)) \
        and not can_be(m.group(1), {"NOUN", "ADJ"})


def _as_a_role(before: str) -> bool:
    """Whether ``before`` (the source up to a cut's first word) ends on a role's "as a": after a
    name, a noun or "-self" ("Kevin Bacon as a [convicted paedophile]", "yourself as a [woman]"),
    not after a verb, whose "as" opens a clause ("comes as an [inquiry looks at ...]")."""
    m = re.search(r"(\S+)\s+as\s+an?\s+$", before, re.I)
    prev = m.group(1).strip(",").lower() if m else ""
    return bool(m) and (m.group(1)[:1].isupper() or prev.endswith(("self", "selves"))
                        or can_be(prev, {"NOUN"}) and not can_be(prev, {"VERB"}))


def _opening_reason(text: str, ws: list[str], source: str | None) -> str | None:
    """Why the cut ``text`` does not stand as a clause of its own at its start, or None:
    "Asked if ..." without its main clause, a speaker's words without their quotation
    marks, "Today that ...", a pronoun subject after an opening phrase whose comma went
    ("... in Frisco[,] it made sense"), an appositive in place of its name ("[Nigeria,]
    Africa's largest economy"), a cut that opens inside a prepositional phrase ("[Named home
    secretary after the] 2001 general election, ..."), a cut of an opening subordinate clause
    without its link."""
    if re.match(r"(?:Asked|Told|Questioned|Pressed)\s+(?:if|whether|about|what|why|how|when)\b", text):
        return "a participle phrase without its main clause"  # "Asked if he would welcome voters"
    if source and _unquoted_quotation(text, source):
        return "words of a quotation without its quotation marks"  # "Asked he tells don't want anybody"
    if len(ws) > 1 and ws[1].lower() == "that" and re.fullmatch(_WHEN + "|today|yesterday|tonight",
                                                                 ws[0], re.I):
        return "opens inside a reported clause"  # "[announced] Today that their ... launches"
    if source:  # "[With the opening of] the club's headquarters in Frisco[,] it made sense"
        m = re.search(r"[^,\s]\s+(it|he|she|they)\s+\w", text)
        if m and re.search(r",\s+" + m.group(1) + r"\s", source, re.I) \
                and not re.search(r"[^,\s]\s+" + m.group(1) + r"\s", source):
            return f"its subject is the pronoun '{m.group(1)}' after an opening phrase"
    first_at = source.find(ws[0]) if source else -1
    at = _whole_word(ws[0], source, re.I) if source else None
    before = source[:at.start()] if at and at.start() > 0 else ""
    after_preposition = bool(before) and _AFTER_PREPOSITION.search(before) is not None
    if after_preposition and "," in text:
        # "[Named home secretary after the] 2001 general election, ...", "[With a] strong team
        # and a standout venue, any event ...", "[By] providing feedback, ITS can ..." (its comma
        # kept: "[In] Paris[,] protesters march" folds the place into the subject)
        return "opens inside a prepositional phrase"
    if after_preposition and _imperative_after(ws, source, at.start()) or before and _as_a_role(before):
        # "[Ahead of the announcement of] Asia's 50 Best Restaurants[ 2026,] discover the ...",
        # "[one of the best things you can give yourself as a] woman is a solo trip"
        return "opens inside a prepositional phrase"
    if first_at > 0 and re.search(r"['\u2019]s$", ws[0]) and \
            re.search(r"\b(?!" + _WHEN + r")[A-Z][\w-]+,\s+$", source[:first_at]):
        return "an appositive in place of its name"  # "[Nigeria,] Africa's largest economy recovers"
    if source and (_spans_subordinate(ws, source) or _opening_link_dropped(text, ws, source)):
        return "a cut of a subordinate clause without its link"
    m = SUBORDINATE.match(text)
    if m and not has_verb(m.group("main")):  # "As first snows fall ..., apprehension"
        return "a subordinate clause and a main clause without its verb"
    return None


# verbs that link a subject to what it is ("A muddled view of the talks once again | seems
# to be weighing on investors"): never a noun, so the cut before one leaves a subject
_COPULAR = frozenset("seems seemed appears appeared remains remained becomes became".split())
