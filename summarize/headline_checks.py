"""What makes a headline well formed: the checks every candidate must pass.

``reject_reason(text, constraints, title, flags)`` names the first check a candidate fails
(length, balanced quotes, a dangling end, no verb, a fragment's opener, the writer's voice,
a byline or dateline, words not in the article, a copy of the title), or None;
``fragment_reason(text, source)`` the further checks for a cut of an article's sentence;
``not_a_headline(line)`` why a line taken for a page's title is something else.  The checks
look at the surface of the text and at lemminflect's dictionary (which parts of speech a
word can have); they do not parse, and they do not rank candidates (``headlines`` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import neutral
from .duplicates import STOP, tokens
from .headline_style import PREPOSITIONS, participle_lemma
from .lemmas import IRREGULAR
from .sentences import split as split_sentences

_IRREGULAR_VERBS = sorted(set(IRREGULAR) - {"men", "women", "children", "people"}, key=len,
                          reverse=True)
VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|"
                      r"must|should|do|does|did|hit|cut|put|set|" + "|".join(_IRREGULAR_VERBS) +
                      r"|\w+ed|[a-z]\w+s)\b")
# "BREAKING NEWS: ...", "Column: ...": a label of the page, not part of its headline
LABEL = re.compile(r"^(?:breaking(?:\s+news)?|just\s+in|exclusive|watch|video|photos?|updated?|"
                   r"live|opinion|analysis|column|editorial|explainer|summary|(?:pro\s+)?tip|editor's\s+note)"
                   r"\s*[:|\u2014\u2013-]\s+",
                   re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_SAID = re.compile(r"\b(?:said|says|told \w+|announced|added)\b(?:(?:\s+\w+){0,3}?\s+that\b)?")
TRANSITIVE_END = frozenset("criticised criticises criticising criticise criticized criticizes "
                            "said says told urged asked called accused described dubbed termed "
                            "branded labelled labeled sparked prompted triggered caused "
                            # verbs that need their preposition or complement ("The deal
                            # coincides | with", "Investors seem | to know")
                            "coincide coincides coincided relies rely relied depends depend "
                            "consists consist belongs belong refers stems weigh weighs weighed "
                            "weighing seem seems seemed put puts".split())
_OPEN_CLAUSE = re.compile(r",\s+(?:which|who|whose|where|whom|a|an|the|since|because|as|although|"
                          r"though|while|when|if|unless)\b[^,]*$")
BAD_END = frozenset("the a an of to in on at for by with from and or but as that which who "
                     "is are was were be has have had will would its his her their than "
                     "this these those my our your very he she they we i despite although though "
                     "whereas because unless including amid among between during without within "
                     "toward towards upon via whether if into across through against until "
                     "while been being worth whose former fellow so-called would-be not "
                     "past per unlike versus vs both either neither".split()) \
    | {"react", "reacts", "reacted", "reacting", "respond", "responds", "responded",
       "responding"}  # a reaction without its cause ("City is reacting", "Governor responds")
BAD_END |= {a + "n't" for a in "is are was were has have had do does did could would should "
            "must".split()} | {"won't", "can't"}  # "Staying on Moon and reaching Mars haven't"



@dataclass
class Constraints:
    """Limits a headline must meet."""

    max_words: int = 14
    min_words: int = 3



_NOUN_BEFORE = frozenset("a an the this these those his her its their our my your some any no "
                         "every each of in on at for with from over by about into onto under "
                         "after before during without".split())


# a number right before a word: the word is what it counts ("25 points", "two goals")
_COUNTED = re.compile(r"(?:\b\d(?:[\d,.]*\d)?%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
                      r"dozen|hundred|thousand|million|billion))\s+$", re.I)


# a possessive ("Nelson's second goal"), not a contraction ("He's", "It's", "That's")
_OWNER = re.compile(r"(?!(?:he|she|it|that|there|what|who|here|where|let)['\u2019]s$)\w+['\u2019]s",
                    re.I)


def has_verb(text: str, title_case: bool = False) -> bool:
    """Whether some word of ``text`` can be a verb in lemminflect's dictionary ("years" and
    "gadgets" cannot, "points" can); a word it does not know counts when it has a verb's
    form (-ed, -s).  A word after a determiner, a preposition, a possessive or a number is a
    noun ("over breakfast", "Nelson's second goal", "25 points"); capitalised words inside the
    text are names unless ``title_case``, and so is a short label of names before a colon
    ("Palm Bay: ...")."""
    from lemminflect import getAllLemmas

    label = _SHORT_LABEL.match(text)  # "Palm Bay: Tolivert 25 points": a name's label
    start = label.end() if label and not title_case and label.group(0)[:1].isupper() else 0
    found = list(_WORD.finditer(text, start))
    words = [m.group(0) for m in found]
    for i, raw in enumerate(words):
        word = raw.lower().replace("\u2019", "'")
        if word in _NOUN_BEFORE or i and ((not title_case and raw[:1].isupper())
                                          or words[i - 1].lower() in _NOUN_BEFORE
                                          or _OWNER.fullmatch(words[i - 1])):
            continue
        if _COUNTED.search(text, 0, found[i].start()):
            continue  # "Tolivert 25 points": a counted noun, not the verb "points"
        pos = getAllLemmas(word)
        if ("VERB" in pos or "AUX" in pos) if pos else VERBISH.fullmatch(word):
            return True
    return False


def _balanced(text: str) -> bool:
    if text.count("(") != text.count(")") or text.count("[") != text.count("]") \
            or text.count('"') % 2:
        return False
    if any(open_single(text, o, q) for o, q in (("\u2018", "\u2019"), ("'", "'"))):
        return False
    return text.count("\u201c") == text.count("\u201d")


def open_single(text: str, o: str, q: str) -> bool:
    """Whether ``text`` opens one more single quotation with ``o`` than it closes with ``q``
    (an apostrophe inside a word, "Rudolph's", is neither)."""
    opened = len(re.findall(r"(?:^|(?<=\s))" + o + r"(?=\w)", text))
    closed = len(re.findall(r"(?<=[\w.!?])" + q + r"(?=\s|$|[,.;:!?])", text))
    return opened - closed == 1




_OPENERS = frozenset("he she it they i we you this these those his her its their our my your "
                     "and but or so also then yet though although because while if unless "
                     "whereas that's here's there's it's we've we're i've i'm you're they're "
                     "they've he's she's 's based according".split())
_DATELINE_END = re.compile(r"(?:,\s*[A-Z]{3,}(?:,\s*[A-Z][a-z]+)?|\s[A-Z]{3,},\s*[A-Z][a-z]+|"
                           r"\s(?:Updated|Published))$")
_DATELINE_START = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{2,})*,\s")  # "DUBAI, United Arab Emirates"
_BYLINE_IN = re.compile(r"\b(?:By|Photo|Credit|Getty|Updated|Published)\b\s*[:|]?\s*[A-Z]")
# The writer's voice outside a quotation ("As I write this review", "Now we spend"): the
# sentence speaks to or for the reader, which a headline does not.
# ("us" is not among them: a lower-cased wire text writes the country so.)
VOICE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Yy]ou|[Yy]our|me|mine|I['\u2019](?:m|ve|d|ll)|"
                    r"[Ww]e['\u2019](?:re|ve|d|ll)|[Yy]ou['\u2019](?:re|ve|d|ll))(?![\w'\u2019])")
_ONE_WOULD = re.compile(r"^One\s+(?:would|could|might|can|should|must)\b")  # "One would hope so"
QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"|"
                     r"(?<!\w)\u2018(?:[^\u2019]|\u2019(?=\w))*\u2019(?!\w)|"
                     r"(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)")
# "Google's gaming offering, is rate": a comma between the subject and its verb, where the
# words in between were deleted.
_POSSESSIVE_END = re.compile(r"\w['\u2019]s$")  # "... head-to-head with Porsche's"
# "This year's Oscar nominees": "this" of a time, not a pronoun with its referent elsewhere
_TIME_OPENER = re.compile(r"^(?:this|these)\s+(?:year|week|month|season|summer|winter|spring|"
                          r"autumn|weekend|morning|afternoon|evening|decade|century)(?:['\u2019]s)?\b",
                          re.I)
# "Microsoft has will replace": "has said it will" with "said it" deleted
_AUX_MODAL = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:will|would|can|could|may|might|"
                        r"must|should|shall)\b", re.I)
_CUT_NUMBER = re.compile(r"\d[-\u2013](?=[\s),.;:]|$)")  # "Rockledge (0-)": "(0-1)" cut
_SPLIT_VERB = re.compile(r"^[^,]{3,60}\w,\s+(?:is|are|was|were)\s")


def ill_formed(text: str) -> str | None:
    """Why ``text`` is not a well-formed headline (a fragment, not its grammar), or None.

    An opening pronoun or conjunction whose referent is elsewhere ("It is of the most
    popular", "And the band will"), a word said twice in a row ("celebrates celebrates"),
    a dateline, byline or credit glued on ("... HANOI, Vietnam", "... Updated"), the
    writer's voice ("As I write this review"), a subject cut from its verb by a comma, a number
    cut after its dash ("Rockledge (0-)").
    """
    ws = text.split()
    first = ws[0].lower().strip("\"'\u201c\u2018,;:").replace("\u2019", "'")
    if first in _OPENERS and not _TIME_OPENER.match(text):
        return f"opens with '{ws[0]}' (a fragment: its referent or main clause is elsewhere)"
    low = [w.lower().strip(",;:.") for w in ws]
    if any(a == b and a.isalpha() for a, b in zip(low, low[1:])):
        return "a word repeated"
    if _DATELINE_END.search(text) or _DATELINE_START.match(text) or _BYLINE_IN.search(text[1:]):
        return "a dateline, byline or credit"
    if VOICE.search(QUOTED.sub(" ", text)) or _ONE_WOULD.match(text):
        return "the writer's voice (I, we, you) outside a quotation"
    if _SPLIT_VERB.match(text):
        return "the subject cut from its verb by a comma"
    if _AUX_MODAL.search(text):
        return "two auxiliaries in a row (a deletion inside the verb)"
    if _CUT_NUMBER.search(text):
        return "a number cut after its dash"
    return None


# "Two hostages who held by Taliban": a passive relative clause without its "were"
_BARE_PASSIVE = re.compile(r"\b(?:who|which)\s+(?:\w+ed|held|known|seen|taken|given|made|"
                           r"found|kept|shot|hit|set|put|told|sold|brought|thought|caught|built|"
                           r"sent|paid|won|lost|led)\s+by\b", re.I)
_COPULA_DEGREE_END = re.compile(r"\b(?:is|are|was|were|be|been|become|became)\s+(?:the\s+)?"
                                r"(?:most|more|least|less)$", re.I)
# a passive relative clause with its auxiliary and nothing after it but phrases (the main verb
# was cut): "Two hostages who had been held by Taliban in Afghanistan"
_PASSIVE_RELATIVE = re.compile(r"^(?P<head>[^,]+?)\s+(?:who|which|that)\s+(?:(?:had|has|have)\s+been"
                               r"|was|were|is|are)\s+\w+(?:ed|en|wn|ld|ght|nt)\s+(?P<rest>.*)$")
# a possessive or a determiner: what follows is a noun phrase
_NOUN_PHRASE_START = re.compile(r"^(?:the|a|an|his|her|its|their|our|this|that)\s|^\S+['\u2019]s\s",
                                re.I)
# "Google's gaming offering, which is offered at $9.99": the main verb was after the clause
_NOUN_RELATIVE = re.compile(r"^(?P<head>[^,]+),\s+(?:which|who|whose|where)\s+[^,]*$")
# A noun that means little without its "of" phrase: "a share of attention", "a number of cars"
_PARTITIVE = frozenset("share number lot series majority minority handful range couple part bunch "
                       "group total amount proportion percentage fraction rest dozens hundreds "
                       "thousands millions billions".split())
# "Rolling Stone reported of reunion tour": the object between the verb and "of" deleted
_VERB_OF = re.compile(r"\b(?:reported|reports|announced|announces|revealed|reveals|released|"
                      r"releases|unveiled|unveils|confirmed|confirms|disclosed|discloses|"
                      r"published|publishes|gave|gives|shared|shares)\s+of\b", re.I)
# a day, a month or "I" after a word is not a name the cut went into
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
         r"April|May|June|July|August|September|October|November|December|I)\b")
_REL_END = re.compile(r"\b(?:who|which|that|whom)\s+\S+$", re.I)
_NO_SUBJECT = re.compile(r"\w,\s+(?:will|would|has|have|had|is|are|was|were|can|could)\s", re.I)
_COPULA_NOUN_END = re.compile(r"\b(?:is|are|was|were)\s+(?:an?\s+|the\s+)?[a-z]+$")
# "There is/are/was/will be ...": an existential sentence, not a headline's clause
_EXISTENTIAL = re.compile(r"^(?:there|perhaps\s+there)\s+(?:is|are|was|were|will|would|may|might|"
                          r"could|has|have|had|seems?|appears?)\b", re.I)
# a degree word after a copula with what follows it ("was so | getting", of "was fairly small so")
_DEGREE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:so|too|very)\s+([a-z]+)", re.I)
# the source goes on with the rest of a list the candidate ended in ("devices | , platforms
# and services"), not with a reported speaker ("rose 5 percent | , analysts and traders said")
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|both"
_LIST_NEXT = (r",\s+(?!(?:the|a|an|" + _NUMBER_WORDS + r")\b)(?:[a-z][\w'\u2019-]*,?\s+){1,3}(?:and|or)\s+"
              r"(?!(?:the|a|an|his|her|its|their|it|he|she|they|we|i|you|that|this|then|also|"
              + _NUMBER_WORDS + r")\b)[a-z][\w'\u2019-]*\b"
              r"(?!(?:\s+\S+){0,3}\s+(?:said|say|says|told|reported|according)\b)")
_LIST_OPEN = re.compile(r",\s+(?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*$")
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|who|which)\s+[^,]*", re.I)
_FINITE_WORDS = frozenset("is are was were has have had will would can could may might must "
                          "should shall does do did isn't aren't wasn't weren't hasn't haven't "
                          "won't can't don't doesn't didn't".split())
# "Enter South Dakota to throw down the gauntlet", "Sit back and reflect": an imperative
# speaks to the reader; a headline reports
IMPERATIVE = frozenset("don't let's do imagine consider remember enter sit forget note "
                        "picture think get click visit skip snag grab subscribe sign follow "
                        "check read learn discover shop buy see find make try save".split())


def opens_imperative(text: str) -> bool:
    """Whether ``text`` opens with a verb that tells the reader what to do (IMPERATIVE),
    after a short label if any ("Pro tip: Get more meal ideas here")."""
    ws = _SHORT_LABEL.sub("", text).split()
    return bool(ws) and ws[0].lower().replace("\u2019", "'") in IMPERATIVE


_SHORT_LABEL = re.compile(r"^(?:[A-Z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*:\s+")


def _participle(word: str) -> bool:
    """Whether a lower-case ``word`` is a past participle ending in -ed or -en ("updated",
    "released", "taken") in lemminflect's dictionary."""
    return word.endswith(("ed", "en")) and word == word.lower() \
        and participle_lemma(word) is not None


def participle_opener(text: str) -> bool:
    """Whether ``text`` opens with a past participle and has no finite verb: a tagline or a
    caption, not a sentence ("Updated 7 days a week, 365 days a year.")."""
    ws = text.split()
    return bool(ws) and _participle(ws[0].lower()) \
        and sum(w[:1].isupper() for w in ws) <= 0.6 * len(ws) \
        and not any(_finite(w) or _base_verb(w) for w in ws[1:])


_NEGATIONS = frozenset("not never no nor neither without hardly barely nothing none".split())
# what "not" softens: "is not entirely smooth" is not "is not smooth"
_HEDGES = frozenset("entirely completely fully always necessarily quite totally just only merely "
                    "all exactly particularly very really simply yet".split())
_TOKEN = re.compile(r"[\w'\u2019]+")
_HEDGED = re.compile(r"(?:\bnot|n['\u2019]t)\s+(" + "|".join(sorted(_HEDGES)) +
                     r")\s+(?:(?:the|a|an)\s+)?([\w'\u2019-]+)", re.I)


def _negation_deleted(text: str, source: str) -> str | None:
    """Why a cut of ``source`` says the opposite or more than it, or None: fewer negations
    than the source has between the words it keeps first and last ("earnings were [not] a
    disappointment"), or the hedge after a kept "not" gone ("is not [entirely] smooth")."""
    def norm(w: str) -> str:
        w = w.lower().replace("\u2019", "'")
        return "n't" if w.endswith("n't") else w

    src = [norm(w) for w in _TOKEN.findall(source)]
    cand = [norm(w) for w in _TOKEN.findall(text)]
    content = [w for w in cand if w not in STOP and w not in _NEGATIONS and w != "n't"]
    if len(content) < 2 or content[0] not in src:
        return None
    a = src.index(content[0])
    b = max((k for k, w in enumerate(src) if w == content[-1] and k > a), default=-1)
    if b < 0:
        return None
    negations = [w for w in src[a:b + 1] if w in _NEGATIONS or w == "n't"]
    if len(negations) > sum(w in _NEGATIONS or w == "n't" for w in cand):
        return f"a negation deleted ('{negations[0]}')"
    for m in _HEDGED.finditer(source):
        if re.search(r"(?:\bnot|n['\u2019]t)\s+(?:(?:the|a|an)\s+)?" + re.escape(m.group(2)) + r"\b",
                     text, re.I):  # "Not [just the] Sensex"
            return f"the hedge after 'not' deleted ('{m.group(1)}')"
    return None


def _list_item_alone(text: str, source: str) -> bool:
    """Whether ``text`` keeps an item from the middle of one of the source's lists without
    the item before it ("Hege is CEO of DH public relations" of "DH, the Spokane
    advertising, public relations and branding firm")."""
    low = text.lower()
    for w in set(re.findall(r"(?<![\w'\u2019-])[a-z]{3,}(?![\w'\u2019-])", text)):
        m = re.search(r"([\w'\u2019-]+),\s+(?:[a-z][\w'\u2019-]*\s+)?" + w + r",?\s+(?:and|or)\s", source)
        if m and not re.search(r"(?<![\w'\u2019-])" + re.escape(m.group(1).lower()) + r"(?![\w'\u2019-])",
                               low):
            return True
    return False


def _participle_clause(first: str, last: str, source: str) -> bool:
    """Whether the source sentence opens with a participle clause ("Designed specifically
    for ICUs and released by Ascom, the solution helps ...": the participle, then a
    preposition or an adverb, up to a comma) that holds a candidate opening with ``first``
    and ending with ``last`` ("Sacked MP Howard Flight's association has insisted ..." is
    no clause: a noun follows the participle)."""
    ws = source.split()
    comma = source.find(",")
    if len(ws) < 3 or ws[0].lower() != first or comma < 0 \
            or not (_participle(first) or first.endswith("ed") and len(first) > 5):  # "rebranded"
        return False
    second = ws[1].lower().strip(",")
    if second not in PREPOSITIONS and not second.endswith("ly") and second != "to":
        return False
    return re.search(r"(?<![\w'\u2019-])" + re.escape(last.strip(",;:")) + r"\b",
                     source[:comma]) is not None


def _can_be(word: str, parts: set[str]) -> bool:
    """Whether lemminflect's dictionary gives ``word`` one of ``parts`` of speech."""
    from lemminflect import getAllLemmas

    return bool(parts & set(getAllLemmas(word.lower())))


def _base_verb(word: str) -> bool:
    """Whether a lower-case ``word`` is a verb's base form ("sell": present after a plural)."""
    from lemminflect import getAllLemmas

    return word.isalpha() and word.islower() and word in (getAllLemmas(word).get("VERB") or ())


def _finite(word: str) -> bool:
    """Whether ``word`` can be the finite verb of a gerund subject: an auxiliary, a
    third-person present ("takes") or a past tense ("stayed"), not a bare participle
    ("done"), an -ing form or a name ("Mars")."""
    from lemminflect import getAllInflections, getAllLemmas

    if word[:1].isupper():
        return False
    w = word.lower().strip(",;:.!?\"'\u201c\u201d\u2018\u2019").replace("\u2019", "'")
    if w in _FINITE_WORDS:
        return True
    lemmas = getAllLemmas(w).get("VERB")
    if not lemmas:
        return False
    forms = getAllInflections(lemmas[0], upos="VERB")
    return w in forms.get("VBZ", ()) or w in forms.get("VBD", ())


def _plural_after_preposition(ws: list[str], k: int) -> bool:
    """Whether ``ws[k]`` is an -s word with a noun reading inside a prepositional phrase
    ("Merger of big newspaper chains": a plural noun, not the verb "chains")."""
    from lemminflect import getAllLemmas

    w = ws[k].lower().strip(",")
    if not w.endswith("s") or not getAllLemmas(w).get("NOUN"):
        return False
    before = [x.lower() for x in ws[max(0, k - 3):k]]
    return any(x in PREPOSITIONS for x in before)


_OBJECT_NEXT = r"(?:a|an|the|his|her|their|its|my|our|your|this|these|those|to|some)\b|[\u201c\u2018<]"


def _verb_cut_from_object(word: str, source: str, before: str = "") -> bool:
    """Whether ``word`` (a candidate's last) is a past form that the source sentence follows
    with its object or complement ("charges he threatened | to kill", "gunman killed | the
    guard": the headline would say he was killed), or an infinitive (``before`` is "to")
    followed by its object ("causes him to develop | a rare condition")."""
    from lemminflect import getAllLemmas

    w = word.strip(",;:")
    if before.lower() == "to" and w.isalpha() and w.islower() \
            and w in (getAllLemmas(w).get("VERB") or ()):
        obj = _OBJECT_NEXT.replace("|to|", "|")
        return re.search(r"\bto\s+" + re.escape(w) + r"\s+" + obj, source) is not None
    if not w.isalpha() or not w.islower() or not w.endswith("ed") \
            or set(getAllLemmas(w)) != {"VERB"}:
        return False  # "resigns | his post", "plans | to": a verb that may end a clause
    return re.search(r"(?<![\w'\u2019-])" + re.escape(w) + r"\s+" + _OBJECT_NEXT, source) is not None


_SHORT_PARTICIPLES = frozenset("hit struck shot caught bought sold led held won hurt cut put set "
                                "beaten bitten eaten taken given seen known".split())


def _agent_cut(ws: list[str], source: str) -> bool:
    """Whether the candidate ``ws`` ends with a past participle that the source sentence
    follows with its agent or complement: a light verb whose agent is the news ("has been
    hit | by the bubonic plague"), or a participle after a noun, modifying it, in a
    candidate that has its verb before ("extends reach of alarms generated | by the
    monitors", "to recall all cars equipped | with faulty pumps"); "Libraries to be
    digitised | by Google" and "Man charged | with murder" may end."""
    w = ws[-1].strip(",;:")
    if not w.isalpha() or not w.islower() or not (w in _SHORT_PARTICIPLES or _participle(w)):
        return False
    before = [x.lower().strip(",;:") for x in ws[:-1]]
    light = w in _LIGHT_PARTICIPLES
    modifier = len(before) > 1 and before[-1] not in _BE_WORDS and not _participle(before[-1]) \
        and any(_finite(x) or x == "to" for x in ws[1:-2])
    if not (light or modifier):
        return False
    after = r"\s+by\s+(?!far\b|then\b|now\b)" if light else r"\s+(?:by|with)\s+(?!far\b|then\b|now\b)"
    return re.search(r"(?<![\w'\u2019-])" + w + after, source) is not None


_LIGHT_PARTICIPLES = frozenset("hit struck affected caused led driven prompted triggered".split())
_BE_WORDS = frozenset("be been being is are was were get gets got".split())


# what may follow the end of a headline in its sentence without being cut from it: a time
# ("Sales rise 5 percent | year on year", "Council votes | tonight")
_TIME_NOUN = frozenset("year years week weeks month months day days night nights morning afternoon "
                       "evening season quarter decade time times monday tuesday wednesday thursday "
                       "friday saturday sunday".split())
_NOT_A_NOUN_AFTER = _TIME_NOUN | STOP | BAD_END
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def _noun_phrase_cut(word: str, source: str, before: str = "", after: str = "") -> bool:
    """Whether ``word`` (a candidate's last) is a modifier whose noun the source sentence
    gives next ("the body's natural | microbial health", "DH, Spokane advertising | agency"):
    the next word lower case, the last word too or a capitalised one after a determiner
    (``before``: "his Ukrainian | counterpart"); the last word can be an adjective or a
    noun, the next cannot be a verb or an adverb, nor a time ("rise 5 percent | year on
    year").  Inside a candidate, ``after`` is its next word: the source's noun is missing
    when that is another ("his Ukrainian was" of "his Ukrainian counterpart was")."""
    from lemminflect import getAllLemmas

    w = word.strip(",;:")
    named = w[:1].isupper() and w[1:].islower() and before.lower() in _DETERMINERS
    if not w.isalpha() or not (w.islower() or named) or w.lower() in BAD_END:
        return False
    pos = getAllLemmas(w)
    if pos and not ({"ADJ", "NOUN"} & set(pos)):
        return False
    m = re.search(r"(?<![\w'\u2019-])" + re.escape(w) + r"\s+([a-z]+)\b(?![-'\u2019])", source)
    if not m or m.group(1) in _NOT_A_NOUN_AFTER or len(m.group(1)) < 3 \
            or after.lower().strip(",;:") == m.group(1):
        return False
    nxt = getAllLemmas(m.group(1))
    return not ({"VERB", "ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART"} & set(nxt)) \
        and (bool({"ADJ", "NOUN"} & set(nxt)) or not nxt)


# The first word of a title that a headline may not drop: "Foreign Secretary", "Former
# President", "Deputy Mayor" (a nationality or a party may go: "[U.S.] President ...").
_TITLE_PART = ("Foreign", "Former", "Deputy", "Vice", "Acting", "Interim", "Assistant",
               "Associate", "Home", "Attorney", "Prime", "Chief", "Lieutenant", "Under", "Ex")


# Participles that link a noun to the next one ("a row involving Taylor Swift"): the noun
# phrase's verb is still to come.
_RELATIONAL = re.compile(r"^(?:\S+\s+){1,3}?(?:involving|including|featuring|regarding|"
                         r"concerning|containing|surrounding)\s+(?P<rest>.*)$")


def _only_relational(text: str) -> bool:
    """Whether ``text`` is a noun and a linking participle without a finite verb in the
    participle's clause ("Row involving Taylor Swift, her former record label")."""
    m = _RELATIONAL.match(text)
    if not m:
        return False
    rest = re.split(r",\s+(?:and|but)\s|;", m.group("rest"))[0]
    return not any(_finite(w) for w in rest.split())


def fragment_reason(text: str, source: str | None = None) -> str | None:
    """Why a candidate cut from a sentence of the article is a fragment, or None: an
    imperative (after a short label too: "Pro tip: Get ..."), a gerund subject without a
    finite verb ("Getting to Moon done"), an opening participle without one ("Updated 7
    days week"), a noun phrase ending in -ing without one ("Google's gaming offering"), an
    opening infinitive, a noun and a linking participle without a verb ("Row involving
    Taylor Swift"), a relative clause cut after its verb, a verb after a comma without
    its subject, a passive relative clause without its auxiliary ("hostages who held by"),
    a noun with a relative clause and no main verb ("Google's offering, which is offered at
    $9.99"), a verb whose object went ("reported of"), a hashtag, a name alone; with its
    ``source`` sentence, a past form cut from its object ("charges he threatened") and a cut
    inside or just before a name ("... to ride potential" of "a potential Rock and Roll
    Hall of Fame"), a quantity cut from its "of" phrase ("draws South Dakota-sized share" of
    "... share of attention") and a subject cut just before its verb ("Prince Andrew, brother
    of heir to throne, Charles" of "..., Charles, has reportedly told"), or before the
    verb of a reported clause, and a cut that drops a title's first word ("Secretary Dominic
    Raab" of "Foreign Secretary Dominic Raab"); an existential opener ("There are more
    devices"), a participle clause without its main clause, a negation or the hedge after
    "not" deleted, a degree word without its adjective, a list cut or an item of it alone
    ("There are more devices" of "... devices, platforms and services"), a passive cut from
    its agent ("has been hit | by the plague"), a reflexive verb cut from its complement,
    and a noun deleted after its capitalised modifier ("his Ukrainian [counterpart] was").
    Headlines made from titles do not go through these checks."""
    ws = text.split()
    first = ws[0].lower()
    if opens_imperative(text):
        return f"opens with the imperative '{_SHORT_LABEL.sub('', text).split()[0]}'"
    if first.endswith("ing") and not any(_finite(w) for w in ws[1:]):
        return "a gerund subject without a finite verb"
    # (in Title Case the verbs are capitalised too: "Armed Parishioners Fatally Shoot ...")
    if participle_opener(text):
        return "opens with a participle, without a subject"  # "Updated 7 days week"
    title_case = sum(w[:1].isupper() for w in ws) > 0.6 * len(ws)
    no_verb = not title_case and not any(_finite(w) or _base_verb(w) for w in ws[1:])
    if ws[-1].lower().endswith("ing") and no_verb and not _finite(ws[0]) \
            and _NOUN_PHRASE_START.search(text):  # not headlinese "Consumer spending rising"
        return "a noun phrase without a finite verb"  # "Google's gaming offering"
    if _only_relational(text):  # "Row involving Taylor Swift": no verb but the link
        return "a noun phrase without a finite verb"
    if first == "to":  # "To celebrate 50 years": a purpose clause without its main clause
        return "opens with an infinitive"
    if source and first in ("least", "most") and re.search(r"\bat\s+" + first + r"\b", source, re.I):
        return "opens inside 'at least'"  # "[At] least 111 of the bodies ..."
    if _EXISTENTIAL.match(text):  # "There are more devices": no news in it
        return "opens with an existential 'there'"
    if source and "," not in text and _participle_clause(first, ws[-1], source):
        return "a participle phrase without its main clause"  # "Designed for ICUs[, the ...]"
    if source:
        why = _negation_deleted(text, source)
        if why:
            return why
    m = _DEGREE.search(text)  # "Theater was so | getting the cheapest tickets"
    if m and not _can_be(m.group(1), {"ADJ", "ADV"}):
        return "a degree word without its adjective"
    if _REL_END.search(text):  # "... third witness testifying who listened"
        return "ends inside a relative clause"
    if _NO_SUBJECT.search(text):  # "Reed dubs combination, will have ...": a subject deleted
        return "a verb after a comma without its subject"
    if _BARE_PASSIVE.search(text):
        return "a passive relative clause without its auxiliary"
    if _COPULA_DEGREE_END.search(text):  # "Recommendation widgets are (the) most"
        return "ends on a degree word without its adjective"
    if source and re.search(r"\b(?:my|your|our|his|her|their|its)\s+" + re.escape(ws[0]) + r"\b",
                            source, re.I) and not re.match(r"(?i)(?:my|your|our|his|her|their|its)\b",
                                                           text):
        return "opens inside a noun phrase, after its possessive"  # "[my] name is ..."
    if source and re.search(r"\b(?:" + "|".join(_TITLE_PART) + r")\s+" + re.escape(ws[0]) + r"\b",
                            source):
        return "opens inside a title"  # "[Foreign] Secretary Dominic Raab defends ..."
    m = _PASSIVE_RELATIVE.match(text)  # "Two hostages who had been held by Taliban in Kabul"
    if m and not any(_finite(w) for w in m.group("head").split()[1:]) and not any(
            _finite(w) or _base_verb(w) or _participle(w) for w in m.group("rest").split()):
        return "a noun with a relative clause, without a main verb"
    m = _NOUN_RELATIVE.match(text)  # "Google's gaming offering, which is offered at $9.99"
    if m and not any(_finite(w) and not _plural_after_preposition(ws, k)
                     for k, w in enumerate(m.group("head").split()) if k):
        return "a noun with a relative clause, without a main verb"
    if _VERB_OF.search(text):
        return "a verb without its object before 'of'"
    if re.search(r"(?:^|\s)#\w", text):
        return "a hashtag"
    if len(ws) >= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in ws) and \
            source and not all(w[:1].isupper() for w in source.split()[:8] if w[:1].isalpha()):
        return "a name, not a clause"  # "Get Me Out Of Here" of a show's name in a sentence
    if source and _verb_cut_from_object(ws[-1], source, ws[-2] if len(ws) > 1 else ""):
        return "a verb cut from its object"  # "... pleads guilty to charges he threatened"
    if source and _list_item_alone(text, source):
        return "a list item without its list"  # "Published in BMJ Case Reports [...] fatigue"
    if source and _agent_cut(ws, source):
        return "a passive cut from its agent"  # "hunter has been hit | by the bubonic plague"
    if source and re.search(r"\b(?:him|her|it|them)sel(?:f|ves)$", text) and re.search(
            re.escape(ws[-1]) + r"\s+(?:from|to|as|into|against|with)\s", source):
        return "a verb cut from its complement"  # "busy distancing himself | from a scandal"
    if source and _noun_phrase_cut(ws[-1], source, ws[-2] if len(ws) > 1 else ""):
        return "cut inside a noun phrase"  # "... monitor state of body's natural | microbial health"
    if source and any(w[:1].isupper() and _noun_phrase_cut(w, source, ws[k - 1], ws[k + 1])
                      for k, w in enumerate(ws[1:-1], 1)):
        return "a noun deleted after its modifier"  # "call with his Ukrainian [counterpart] was"
    if source:
        last = re.escape(ws[-1].rstrip(",;:"))
        name = r"\s+(?:of|&|de|la|von|van)\s+[A-Z]" if ws[-1][:1].isupper() else \
            r"\s+(?!" + _WHEN + r")[A-Z]"
        at_last = r"(?<![\w'\u2019-])" + last  # the candidate's last word in the source
        if re.search(at_last + name, source):
            return "cut inside or before a name"  # "... to ride potential | Rock and Roll"
        if last.lower() in _PARTITIVE and re.search(at_last + r"\s+of\b", source):
            return "a quantity cut from its 'of'"  # "... draws South Dakota-sized share | of attention"
        if last.lower() == "time" and re.search(at_last + r"\s+when\b", source):
            return "a noun cut from its clause"  # "rallying at a time | when concerns grow"
        if _COPULA_NOUN_END.search(text) and re.search(at_last + r"\s+(?:to|of|by|that)\s", source):
            return "a noun cut from its complement"  # "Hearings are an effort | by Democrats to"
        if ws[-1].isalpha() and ws[-1].islower() and (
                re.search(at_last + _LIST_NEXT, source)
                or _LIST_OPEN.search(text) and re.search(at_last + r",?\s+(?:and|or)\s+[a-z]", source)):
            # "There are more devices | , platforms and services"; "DH, Spokane advertising,
            # public relations | and branding firm"
            return "cut inside a list"
        # Without a verb of its own (but one of a relative clause: "Group that owns her
        # music, Big Machine | says"), the candidate may not end where the source goes on
        # with a verb; with one, neither may its last two words ("... heaped on it" is not
        # "honours it | has"; "Prices rise 0.5% in February | , says the society" may end).
        main = _RELATIVE_CLAUSE.sub(" ", text).split()
        verbless = not any(_finite(w) for w in main[1:])
        anchor = at_last if verbless else re.escape(ws[-2]) + r"\s+(?:\S+\s+){0,2}?" + last
        finite_next = r",?\s+(?:" + "|".join(
            _FINITE_WORDS | ({"says", "said"} if verbless else set())) + r")\b"
        if len(ws) > 1 and re.search(anchor + finite_next, source):
            # "Prince Andrew, brother of ..., Charles | has"; "Trump asserts that his tweets
            # targeting four congresswomen | were not racist"
            return "the subject without its verb"
    return None


@dataclass
class Title:
    """What a headline must not repeat of the article's title."""

    key: str                 # the title's words, normalised
    loaded: set[str]         # lemmas of the title's loaded words

    @classmethod
    def of(cls, title: str | None) -> Title:
        """The check data of ``title`` (empty if there is none)."""
        return cls(" ".join(tokens(title or "")), {f.lemma for f in neutral.detect(title or "")})


# "between" without its "and" at the end: "hopes are somewhere between slim" (of "between slim
# and none"), "spending $200m between 1996"; a plural or a pronoun may end it ("between the
# two sides", "between them").
_BETWEEN_END = re.compile(r"\bbetween\s+(?:\S+\s+)?(?!them\b|us\b|you\b)\S*[^s\W]$", re.I)
# "In sign of how detached": "how" and one word end a clause cut before its verb
_HOW_END = re.compile(r"\bhow\s+\S+$", re.I)


def reject_reason(text: str, c: Constraints, title: Title, flags: list,
                  vocab: set[str] | None = None, title_case: bool = False) -> str | None:
    """Why ``text`` fails the headline constraints, or None.

    Length, balanced quotes, no dangling end, a verb, a reported clause with its verb,
    not a copy of the title, none of the title's loaded words; with ``vocab`` (extractive
    headlines), every word must come from the article.  ``title_case``: look for the verb
    in lower case (a title's "Approves").
    """
    ws = text.split()
    if len(ws) < c.min_words:
        return "too short"
    if len(ws) > c.max_words:
        return f"longer than {c.max_words} words"
    if not _balanced(text):
        return "unbalanced quotes or brackets"
    tail = _OPEN_CLAUSE.search(text)  # ", the company's": cut inside an appositive
    last = ws[-1].lower().strip(",;:").replace("\u2019", "'")
    if last in BAD_END | TRANSITIVE_END or _POSSESSIVE_END.search(text) or _HOW_END.search(text) or \
            last == "sides" and len(ws) > 1 and ws[-2][:1].isupper() or \
            _BETWEEN_END.search(text.rstrip(".?!'\"\u2019\u201d")) or \
            tail and not has_verb(tail.group(0).lstrip(", ")):  # ", the truth comes out" ends
        return "ends mid-phrase"
    bad = ill_formed(text)
    if bad:
        return bad
    if not has_verb(text, title_case):  # "Council Approves Plan"
        return "no verb"
    said = list(_SAID.finditer(text))
    if said:
        tail = text[said[-1].end():]
        if len(tail.split()) < 3 or not has_verb(tail):
            return "a reported clause without its verb"
        if re.match(r"\s*(?:" + "|".join(_FINITE_WORDS) + r")\b", tail):
            return "a reported clause without its subject"  # "Clinton says | is an attack"
    that = list(re.finditer(r"\bthat\s+(?=\S)", text))
    if that and not has_verb(text[that[-1].end():]):  # "... to know that her state"
        return "a clause cut before its verb"
    new = [w for w in tokens(text) if w not in vocab] if vocab is not None else []
    if new:
        return f"words not in the article: {', '.join(new[:3])}"
    key = " ".join(tokens(text))
    if title.key and (key == title.key or (len(set(key.split()) & set(title.key.split()))
                                           >= 0.8 * len(set(key.split())))):
        return "copy of the article's title"
    loaded = {f.lemma for f in flags} & title.loaded
    if loaded:
        return f"keeps the title's loaded words: {', '.join(sorted(loaded))}"
    return None


_CREDIT_END = re.compile(r"\((?:[\w-]+\.)+[a-z]{2,}\)\W*$|https?://|www\.")
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# "“We have to make job eliminations,” WeWork chairman Marcelo Claure said in an email": a
# quotation with its speaker is a standfirst or a pull quote
_QUOTE_SAID = re.compile(r"^[\"\u201c][^\"\u201d]{10,}[\"\u201d]\s*,?\s+[^.!?]{0,60}?\b(?:said|says|told|"
                         r"wrote|writes|tweeted)\b")


def not_a_headline(title: str) -> str | None:
    """Why a line taken for the title is something else, or None: a pull quote (the whole
    line quoted), a standfirst of two sentences, a caption with its credit ("(onmeth.com)"),
    a score line ("Palm Bay 18 22 13 17 - 70")."""
    t = title.strip()
    if len(t) > 2 and t[0] in "\"\u201c" and t.rstrip(".!?")[-1] in "\"\u201d" \
            or _QUOTE_SAID.match(t):
        return "the title line is a quotation"
    if sum(len(x.split()) >= 4 for x in split_sentences(QUOTED.sub("\u201cq\u201d", t))) > 1:
        return "the title line is two sentences"
    if _CREDIT_END.search(t):
        return "the title line is a caption or link"
    if _EMOJI.search(t):  # "Try something new with your couple this weekend 😉": a teaser
        return "the title line has an emoji"
    ws = t.split()
    if sum(bool(re.fullmatch(r"[\d\W]+", w)) for w in ws) > 0.4 * len(ws):
        return "the title line is mostly numbers"
    return None
