"""What makes a headline well formed: the checks every candidate must pass.

``reject_reason(text, constraints, title, flags)`` names the first check a candidate fails
(length, balanced quotes, a dangling end, no verb, a fragment's opener, the writer's voice,
a byline or dateline, words not in the article, a copy of the title), or None
(``headline_cuts.fragment_reason`` adds the checks for a cut of an article's sentence);
``not_a_headline(line)`` why a line taken for a page's title is something else.  The checks
look at the surface of the text and at lemminflect's dictionary (which parts of speech a
word can have); they do not parse, and they do not rank candidates (``headlines`` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import boilerplate, neutral
from . import text as textmod  # (its title_case, where a parameter is named title_case)
from .duplicates import tokens
from .headline_style import COPULAS, HAVE, PREPOSITIONS, _lemma_if, can_be, participle_lemma
from .lemmas import IRREGULAR
from .sentences import split as split_sentences
from .text import title_case

_IRREGULAR_VERBS = sorted(set(IRREGULAR) - {"men", "women", "children", "people"}, key=len,
                          reverse=True)
VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|"
                      r"must|should|do|does|did|hit|cut|put|set|" + "|".join(_IRREGULAR_VERBS) +
                      r"|\w+ed|[a-z]\w+(?<![usi])s)\b")  # (not "chummus", "glass", "crisis")
# "BREAKING NEWS: ...", "Column: ...": a label of the page, not part of its headline
LABEL = re.compile(r"^(?:breaking(?:\s+news)?|just\s+in|exclusive|watch|video|photos?|updated?|"
                   r"live|opinion|analysis|column|commentary|editorial|explainer|summary|(?:pro\s+)?tip|editor's\s+note)"
                   r"\s*[:|\u2014\u2013-]\s+|title\s*:\s*(?=\S)"  # (a paper's page: "Title:AlignMerge ...")
                   # a wire's label, its hyphen run on: "FACTBOX-Angelina Jolie tops poll of ..."
                   r"|(?:factbox|timeline|wrapup|instant\s+view|scenarios|q\s*\+\s*a)\s*[-:|\u2014\u2013]\s*(?=\S)",
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
                            "weighing seem seems seemed appear appears appeared put puts "
                            "announce announces explain explains thought hung hangs "
                            # verbs that need their object ("T-SNE algorithm comprises[ two
                            # main stages]", trafilatura's t-SNE page)
                            "comprise comprises comprised contain contains include includes "
                            "require requires involve involves".split())
# ("been thought | of", "Specter of team's overtime loss ... hung | over him all offseason")
# ... but a passive is complete without its object: "he is going to be criticised"
# "in" as a verb's particle, the end of a phrasal verb: "Suspect turns himself in", "Rival caves in"
_PARTICLE_IN = re.compile(r"\b(?:(?:turn|hand|give)(?:s|ed)?\s+(?:himself|herself|themselves|itself|him|her|them)"
                          r"|(?:give|gives|gave|cave|caves|caved|step|steps|stepped|weigh|weighs|weighed|kick|kicks|"
                          r"kicked|chime|chimes|chimed|move|moves|moved|check|checks|checked|log|logs|logged|sink|"
                          r"sinks|sank|pour|pours|poured|roll|rolls|rolled|fill|fills|filled|settle|settles|settled))"
                          r"\s+in$", re.I)
# a headline that ends with whose words it reports: "Israel war resembles something 'approaching
# revenge', Taoiseach says", "... is needed, experts warn"
ATTRIBUTION_END = re.compile(r"\S[,\u2019\u201d'\"]\s+(?:(?:(?!(?i:but|and|or|while|as|which|who|that)\s)[\w.'\u2019-]+\s+){0,4}"
                             r"(?:says|say|said|warns|warn|warned|claims|claim|claimed|insists|insist|argues|argue|"
                             r"admits|admit|tells|suggests|suggest)"
                             # ... or the verb before its speaker: "Tour to continue for now, says BCCI"
                             r"|(?:says|said|warns|warned|claims|insists|insist|argues|argue|admits|admit)\s+"
                             r"(?:the\s+)?(?:[A-Z][\w.'\u2019&-]*\s+){0,3}[\w.'\u2019&-]+)$")
# "those" that names its people: "Those from Mexico will benefit most ...", "Those who ..."
# "Here comes" and a named subject is a whole clause: "Here Comes Apple's Real TV" (goose3's
# test page businessWeek3; not "Here Comes the Pun: 317 Jokes for Kids", redtri.com in
# trafilatura's test pages, nor "Here comes the hard part")
_HERE_COMES = re.compile(r"^Here\s+[Cc]omes?\s+(?!(?i:the|a|an)\b)[A-Z]")
_THOSE_WHO = re.compile(r"^Those\s+(?:who|from|with|in|at|born|living|under|over|without)\b", re.I)
# "on" as a verb's particle at the end: "Discarded Laptop Batteries Keep the Lights On", "Carry on"
_PARTICLE_ON = re.compile(r"\b(?:keep|keeps|kept|turn|turns|turned|switch|switches|switched|leave|leaves|left|"
                          r"carry|carries|carried|move|moves|moved|hold|holds|held|sign|signs|signed|log|logs|"
                          r"logged)(?:\s+\S+){0,3}\s+on$", re.I)
_SMALL = frozenset("the a an and or of to in on at for by with from as is are was were".split())
# "about his past", "the company's past": a noun, not the preposition
_OWNERS = frozenset("his her its their our my your the a".split())
_PASSIVE_COMPLETE = frozenset("criticised criticized".split())
BE_WORDS = frozenset("be been being is are was were get gets got".split())
_OPEN_CLAUSE = re.compile(r",\s+(?:which|who|whose|where|whom|a|an|the|since|because|as|although|"
                          r"though|while|when|if|unless)\b[^,]*$")
BAD_END = frozenset("the a an of to in on at for by with from and or but as that which who "
                     "is are was were be has have had will would its his her their than "
                     "this these those my our your very he she they we i despite although though "
                     "whereas because unless including amid among between during without within "
                     "toward towards upon via whether if into across through against until "
                     "while been being worth whose former fellow so-called would-be not "
                     "past per unlike versus vs both either neither like about "
                     # a modal without its verb ("USB or hybrid mics can"; not "may": the month)
                     "can could should might must shall such "
                     # an adverb that points at what was cut ("... latency issues, especially")
                     "especially particularly notably namely".split()) \
    | {"react", "reacts", "reacted", "reacting", "respond", "responds", "responded",
       "responding"}  # a reaction without its cause ("City is reacting", "Governor responds")
BAD_END |= {a + "n't" for a in "is are was were has have had do does did could would should "
            "must".split()} | {"won't", "can't"}  # "Staying on Moon and reaching Mars haven't"



@dataclass
class Constraints:
    """Limits a headline must meet."""

    max_words: int = 14
    min_words: int = 3



_PREPOSITION_BEFORE = frozenset("of in on at for with from over by about into onto under after "
                                "before during without".split())
_NOUN_BEFORE = frozenset("a an the this these those his her its their our my your some any no "
                         "every each".split()) | _PREPOSITION_BEFORE


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
    noun ("over breakfast", "Nelson's second goal", "25 points"), and so is one after a
    preposition and an adjective ("in close contact") or after a superlative ("next biggest
    place"); capitalised words inside the
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
        if i > 1 and "ADJ" in getAllLemmas(words[i - 1].lower()) and (
                words[i - 2].lower() in _PREPOSITION_BEFORE
                or words[i - 2].lower() in _NOUN_BEFORE and "NOUN" in getAllLemmas(word)):
            continue  # "in close contact", "no polished content": a noun after an adjective
        if i and words[i - 1].lower().endswith("est") and set(getAllLemmas(words[i - 1].lower())) == {"ADJ"}:
            continue  # "Next biggest place": a noun after a superlative
        pos = getAllLemmas(word)
        if ("VERB" in pos or "AUX" in pos) if pos else VERBISH.fullmatch(word):
            return True
    return False


def _balanced(text: str) -> bool:
    if text.count("(") != text.count(")") or text.count("[") != text.count("]") \
            or text.count('"') % 2:
        return False
    if any(open_single(text, o, q) or _closes_unopened(text, o, q) for o, q in (("\u2018", "\u2019"), ("'", "'"))):
        return False
    return text.count("\u201c") == text.count("\u201d")


def _closes_unopened(text: str, o: str, q: str) -> bool:
    """Whether ``text`` closes a quotation after its question or sentence that it never
    opened ("What Kind of Science Is It?' by ..."; a plural's "players' union" is no close)."""
    return not re.search(r"(?:^|(?<=\s))" + o + r"(?=\w)", text) and re.search(r"(?<=[.!?])" + q + r"(?=\s|$)", text) is not None


def open_single(text: str, o: str, q: str) -> bool:
    """Whether ``text`` opens one more single quotation with ``o`` than it closes with ``q``
    (an apostrophe inside a word, "Rudolph's", or before a decade, "'60s", is neither)."""
    opened = len(re.findall(r"(?:^|(?<=\s))" + o + r"(?=\w)(?!\d0s\b|\d\d\b)", text))  # (not a decade's
    # "'60s", a year's "in '08")
    # (a quotation may close after its comma: "Is A 'Dangerous Gamble,' Says Top Official")
    closed = len(re.findall(r"(?<=[\w.!?,])" + q + r"(?=\s|$|[,.;:!?])", text))
    return opened - closed == 1




_OPENERS = frozenset("he she it they i we you this these those his her its their our my your "
                     "and but or so also then yet though although because while if unless "
                     "whereas that's here's there's it's we've we're i've i'm you're they're "
                     "they've he's she's 's based according here that others "
                     # an adverb that links to the sentence before ("Similarly, countries like ...")
                     "plus hopefully similarly likewise moreover furthermore additionally however nevertheless "
                     "nonetheless conversely consequently therefore thus hence finally meanwhile "
                     "otherwise instead besides accordingly firstly secondly thirdly lastly".split())
# an adverbial clause up to its comma: "when he first ran", "if rates fall"
_ADVERBIAL_CLAUSE = re.compile(r"\b(?:when|while|because|although|though|if|unless|whereas|since|until|once)\b[^,;]*",
                               re.I)
# a number after a period that closes a word, not an abbreviation: the month before it went
# ("... indicts Johnson. 10", "... outside Brooklyn club. 28 when ...": oregonlive.com and
# nydailynews.com in newspaper's test pages); not "Dec. 10", "No. 1", "Vol. 2"
_STRAY_NUMBER = re.compile(r"\b(?!(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|nos?|vol|ave|rte|art|sec|fig|ch|st|pt|"
                           r"op|inc|corp|co|ltd|gen|sen|rep|gov|mr|mrs|ms|dr|jr|sr)\.)[a-z]{2,}\.\s+\d", re.I)
# a lone letter at the end, a word cut short, not a label's letter (Gigaword's lower-case
# "finishing top of group h", "vitamin d")
_CUT_LETTER = re.compile(r"(?<!\bgroup)(?<!\bgrade)(?<!\bclass)(?<!\btype)(?<!\bplan)(?<!\bvitamin)(?<!\bpool)"
                         r"(?<!\bsection)(?<!\bzone)(?<!\bblock)(?<!\bpart)(?<!\blevel)(?<!\bphase)(?<!\bround)"
                         r"(?<!\bgate)(?<!\bterminal)(?<!\bwing)(?<!\bunit)(?<!\bdivision)(?<!\bleague)(?<!\bseries)"
                         r"(?<!\bmodel)(?<!\bsize)(?<!\bletter)(?<!\bcategory)(?<!\bschedule)(?<!\bhepatitis)\s[b-hj-z]$",
                         re.I)
# a clause that opens at the end and holds only its subject: "... when [a] man"
_SUBJECT_AFTER_SUBORDINATOR = re.compile(r"\b(?:when|while|because|although|though|unless|whereas)\s+"
                                         r"(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?P<word>[A-Za-z]+)$",
                                         re.I)


def _clause_cut_to_subject(text: str) -> bool:
    """Whether ``text`` ends on a subordinate clause's subject, a noun alone: "... when man"
    (not "when possible", "while abroad", "when needed": no subject)."""
    from lemminflect import getAllLemmas

    m = _SUBJECT_AFTER_SUBORDINATOR.search(text.rstrip(".!?"))
    if not m:
        return False
    word = m.group("word")
    if word[:1].isupper() and not word.isupper():
        # a name: "... when Smith"; in Title Case, a verb's -ing form is no subject ("Fergie
        # Cautious When Traveling")
        return not (m.group(0)[:1].isupper() and word.lower().endswith("ing")
                    and "VERB" in getAllLemmas(word.lower()))
    kinds = set(getAllLemmas(word.lower()))
    return "NOUN" in kinds and not kinds & {"ADJ", "ADV"} and not word.lower().endswith(("ed", "ing", "ly"))


# a pronoun before any contraction: "He'll prepare to play if ..." (cricket.com.au in newspaper's
# test pages), "They'd", "She'd"
_CONTRACTED = frozenset("he she it they we i you that there".split())
# a listing's field and its value: "Clothing Items Per Box: 5", "Price: $49 per month"
FIELD_VALUE = re.compile(r"^[^:]{2,40}(?<!\d):\s*(?:[$\u20ac\u00a3]?\d[\d.,]*[%+]?|\d[\d.,]*\s*-\s*\d[\d.,]*)"
                          r"(?:\s+(?:per|a|an|each)\s+\w+|\s+\w+)?$")
_ACRONYMS = frozenset(["it", "so", "or"])  # "IT" (not the shouted "WE can't keep up")
# a discourse marker that leans on what came before: "(The) thing is,", "All that said,", "For
# instance,"
_DISCOURSE_OPENER = re.compile(r"^(?:(?:the\s+)?(?:thing|truth|fact|problem|point|reality|catch)\s+is,?\s"
                               r"|chances\s+are,?\s"  # ("Chances are that a few different practices come to mind")
                               # ("Worse than that it was a test failure ...", caktusgroup.com)
                               r"|(?:worse|better)\s+(?:still|yet|than\s+that),?\s|even\s+(?:worse|better),\s"
                               r"|what['\u2019]s\s+more,?\s|on\s+top\s+of\s+that,?\s|to\s+make\s+matters\s+worse,?\s"
                               # a word trailing off into the next: "Like... copy selects text" (flowfx.de)
                               r"|\w+(?:\.\.\.|\u2026)\s"
                               r"|(?:all\s+)?(?:that|this)\s+(?:being\s+)?said,\s|(?:with|having)\s+(?:that|this)\s+said,\s"
                               r"|having\s+said\s+(?:that|this),\s"
                               # "For instance, if average salary increases 3% each year"
                               r"|for\s+(?:instance|example),\s|in\s+(?:other\s+words|addition|fact),\s"
                               r"|as\s+(?:a\s+)?result,\s|on\s+the\s+other\s+hand,\s"
                               r"|in\s+(?:general|short|sum)\s*,\s|after\s+all,\s|of\s+course,\s"
                               # a list's step: "First, battery life is crucial", "Next, ..."
                               r"|(?:first|second|third|next|last)(?:\s+of\s+all)?,\s)", re.I)
# "Each one", "Each of them", "Both of these": a share of what came before; "The following X":
# what comes after ("The following Bells of Steel home gym comes in at under $3000"; not "The
# following day")
_EACH_ONE = re.compile(r"^(?:each|either|neither|both|none|one)\s+(?:one|of\s+(?:them|these|those|which))\b"
                       # ("All of those things are essential for maintaining wellness", thelist.com)
                       r"|^(?:all|many|most|some|several|few)\s+of\s+(?:them|these|those|which)\b"
                       r"|^one\s+(?:that|which|who)\b"  # ("One that runs locally executes logic on-device")
                       r"|^the\s+following\s+(?!(?:day|week|month|year|morning|night)\b)", re.I)
# a subordinate clause with no main clause after it: "Once World Series ends", "Despite its
# being one of the most tragic love stories", "Whether it's stocks, bonds or other instruments",
# "When faced with large wine list, or shelf stacks high with bottles"
_SUBORDINATE_ALONE = re.compile(r"^(?:Whether|Whilst|When\s+[a-z]+ed)\b(?![^;:]*,\s+(?:you|we|i|it|this|there|here|the|an?|"
                                r"they|he|she)\b)|^(?:Even\s+(?:as|though|if|when)|Once|Although|Though|"
                                r"(?:Either\s+|Partly\s+|Only\s+)?Because|"
                                r"While|If|Unless|Whereas|Whenever|(?:Soon|Shortly|Just|Right)\s+(?:after|before)|"
                                r"When|Despite|Since|As(?!\s+(?:much|many|few|little)\s+as\b)"
                                # "After reading a post from someone who nearly lost ...": a gerund's
                                r"|(?:After|Before|Without|Upon)\s+[a-z]+ing|Judging\s+(?:by|from))\b[^,;:]*$", re.I)
# (a quantity is no clause: "As much as a third of Gaza City is damaged")
# ... and "Given that X" without a main clause (with a verb) after its comma
_GIVEN_THAT = re.compile(r"Given\s+that\s[^,;:]*(?:[,;:]\s*(?P<main>.*))?$")

_BARE_BE = re.compile(r"\b(?!(?:to|will|would|can|could|may|might|must|should|shall|not|never|"
                      r"also|cannot|let|always|just|only|probably|likely|soon|ever|still|then|"
                      r"rather|and|or|but|it|that|which|who|what|so|else|be|now|even)\b)[a-z]+(?<!n't)(?<!ly)"
                      r"\s+be\s+(?:a|an|the|[a-z]+ed|[a-z]+ing)\b")
def _bare_been(text: str) -> bool:
    """Whether "been" has no "has" in the three words before it: "lifeguard suspended over
    photos on her blog [has] been fired" (not "have all been", "Has the mayor been told?")."""
    ws = re.findall(r"[\w']+", text.lower().replace("\u2019", "'"))
    return any(w == "been" and k and not any(v in HAVE or v.endswith(("'ve", "n't", "'s"))
                                             for v in ws[max(0, k - 3):k])
               for k, w in enumerate(ws))


# a date run on into the word before it: "... Open Until July 31Jul 21", "ProposalsMarch 3"
_GLUED_DATE = re.compile(r"(?:\d|[a-z]{2})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_GLUED_HEADING = re.compile(r"(?<=[a-z])\s+(?:The|A|An)\s+[a-z]{3,}")
_RELATIVE_OPENER = re.compile(r"^(?:at|in|by|for|with|from|to|on|of|during|after|before|under|"
                              r"through)\s+(?:which|whom|whose)\b(?!.*\?$)", re.I)
_DATELINE_END = re.compile(r"(?:,\s*[A-Z]{3,}(?:,\s*[A-Z][a-z]+)?|\s[A-Z]{3,},\s*[A-Z][a-z]+|"
                           r"\s(?:Updated|Published))$")
# "DUBAI, United Arab Emirates" (not a short company's name listed with another's before their
# verb: "GSK, AstraZeneca confirm in British Iraq 'bribes' probe")
_DATELINE_START = re.compile(r"^(?![A-Z]{3,4},\s+(?:[A-Z][\w&.-]*\s+[a-z]|[A-Z]{2,6}\s+[A-Z][a-z]))"
                             r"[A-Z]{3,}(?:[ -][A-Z]{2,})*,\s")  # (nor "DGA, AMPTP Reach Deal")
# (a photo's credit has its colon or its "by": "Digital Photo Frame App ..." is a title)
_BYLINE_IN = re.compile(r"\b(?:By|Updated|Published)\b\s*[:|]?\s*[A-Z]|\b(?:Photo|Credit)\s*[:|]\s*[A-Z]"
                        r"|\b(?:Photo|Image)s?\s+(?:by|credit)\b|\bGetty\s+Images\b")


def _byline_in(text: str) -> bool:
    """Whether ``text`` holds a byline or a credit (``_BYLINE_IN``): not the agent of a Title
    Case participle ("Big Capacity Music Players Launched By SanDisk")."""
    for m in _BYLINE_IN.finditer(text):
        before = text[:m.start()].split()[-1:]
        if not (m.group(0).startswith("By") and before and before[0].lower().endswith(("ed", "en"))
                and before[0].lower() not in _CREDIT_VERBS):
            return True
    return False


_CREDIT_VERBS = frozenset("posted written edited reported produced presented photographed hosted "
                          "narrated illustrated compiled updated published filmed shot".split())


# The writer's voice outside a quotation ("As I write this review", "Now we spend"): the
# sentence speaks to or for the reader, which a headline does not.
# ("us" is not among them: a lower-cased wire text writes the country so.)
# (not the "Your" of "Knock-Your-Socks-Off")
# "you" as a noun, a version of a person: "Financial Planning for the Future You - Tips ...",
# "A Healthier You in 2026" (not "The Best You Can Buy"): no one addressed
NOUN_YOU = (r"(?i:(?:" + "|".join(rf"(?<=\b{w} )" for w in "the a future new better healthier happier "
                                                        "stronger real best".split())
            + r")you(?=\s*(?:$|[-\u2013\u2014:|,.!?)])|\s+(?:in|for|and|with|at|this|next)\s))")
VOICE = re.compile(r"(?<![\w-])(?!" + NOUN_YOU + r")(?:I|[Ww]e|[Mm]y|[Oo]ur|[Yy]ou|[Yy]our|me|mine|I['\u2019](?:m|ve|d|ll)|"
                   r"[Ww]e['\u2019](?:re|ve|d|ll)|[Yy]ou['\u2019](?:re|ve|d|ll))(?![\w'\u2019-])")
# ... but a newsroom's explainer speaks so of itself: "What we learned from the interview",
# "Everything we know about the crash"
_EXPLAINER = re.compile(r"(?:^|:\s+)(?:\d+\s+)?(?:what|things|everything)\s+we\s+(?:know|learned|learnt|heard|saw)\b",
                        re.I)
# ... and a title in Title Case of things that "we" (people) know or want: "Items We Never Knew We
# Wanted" (ext.theperspective.com in trafilatura's test pages), "Foods We Love" (not with an "I" or a "you")
_THINGS_WE = re.compile(r"^(?:\d+\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*s\s+We\s+"
                        r"(?![^.!?]*\b(?:I|[Yy]ou|[Yy]our|[Mm]y|[Mm]e)\b)[^.!?:]*$")
# ... and a speaker's words after the speaker's name and a colon are the speaker's, as if
# quoted: "Top cop Condon: We could have saved Diana" (not a label's: "Review: I loved it")
_SPEAKER_HEAD = re.compile(r"^(?:[\w.'\u2019-]+\s+){0,4}(?!(?:Review|Opinion|Analysis|Commentary|Editorial|"
                           r"Column|Interview|Exclusive|Update|Video|Watch|Live|Breaking|Essay|Letters?|"
                           r"Podcast|Explainer|Poll|Quiz|Comment|Blog|Diary|Feature|Guide|Preview)\b)"
                           r"[A-Z][a-z][\w'\u2019-]*:\s+(?=[A-Z])")
_ONE_WOULD = re.compile(r"^One\s+(?:would|could|might|can|should|must)\b")  # "One would hope so"
QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"|"
                     r"(?<!\w)\u2018(?:[^\u2019]|\u2019(?=\w))*\u2019(?!\w)|"
                     r"(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)")


def _inner_quotes_out(text: str) -> str:
    """``text`` without the quotations that words follow: a quoted phrase that modifies a
    noun has no verb of the headline ('No polished "here's my finished setup" content'); a
    quotation at the end stays ('Lynn: "We needed to win"')."""
    return QUOTED.sub(lambda m: " " if re.search(r"\w", text[m.end():]) else m.group(0), text)


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
# the second item of a list whose first went: "Sizes, and features out there ..."
_LIST_REMNANT = re.compile(r"^[A-Z][\w'\u2019-]*,\s+(?:and|or)\s")
# "runs until, January": the preposition's object went, its comma stayed (not one that is
# also an adverb or a particle: "Talks will go on, the minister says", "ever since,")
_PREPOSITION_COMMA = re.compile(r"\b(?:of|at|from|with|until|into|during|via|between|among|"
                                r"toward|towards)\s*,")
_CUT_NUMBER = re.compile(r"\d[-\u2013](?=[\s),.;:]|$)")  # "Rockledge (0-)": "(0-1)" cut
# "Airline makes announcement", "Police issue a statement": nothing of what was said
_EMPTY_NEWS = re.compile(r"^(?:\S+\s+){1,3}(?:makes?|made|issues?|issued|releases?|released|"
                         r"gives?|gave)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:announcement|"
                         r"statement|decision|comments?|update)s?"
                         r"(?:\s+(?:in|on|at|via|through|during)\s+(?:(?:an?|the|its|their|his|her|"
                         r"statement|website|press|release|conference|social|media|twitter|"
                         r"facebook|news|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                         r"\b\s*)+)*$", re.I)
# an opening phrase and a comma, then a pronoun for the subject
# (within the first sentence: "IRCC gave up office space. Now, it can't ..." has its referent)
_PRONOUN_AFTER_OPENING = re.compile(r"^(?:[^,.\"\u201c]|\.(?!\s)){3,50},\s+(he|she|it|they)(?:\s+|['\u2019](?:s|re|ll|d|ve)\s+)"
                                    r"(?!said\b|says\b)[a-z]+", re.I)  # ("Sometimes, it's referring to ...")
# ... or a possessive one after an opening phrase: "In turn, their businesses suffer" (not an
# aside after the clause: "The economy grew 5.5%, its best performance since 1980")
_POSSESSIVE_AFTER_OPENING = re.compile(r"^(?:In|On|At|After|Before|For|With|By|As|Since|During|Despite|"
                                       r"Meanwhile|However|Still|Instead|Now|Then|Today|Yet|Thus|So)\b"
                                       r"[^,.\"\u201c]{0,50},\s+(his|its|their)\s+[a-z]+", re.I)
# a word, then a pronoun subject: "[told the] Independent he expects ..."
_PRONOUN_SECOND = re.compile(r"^(?!(?:as|when|if|while|because|since|after|before|once|although|"
                             r"though|and|but|so|what|how|why|where|who|that|now|then)\s)(?!(?:keep|mak|gett|tak|call|play|do|leav|giv)ing\s+it\s)\S+\s+"
                             r"(he|she|they|it)\s+\S", re.I)  # ("Keeping It Clean": an object)
# ... or after a list item's label of two words or more and its colon: "Hotswap Sockets: These
# are the most common type" (not a kicker's "Analysis: This is why ...")
_PRONOUN_AFTER_LABEL = re.compile(r"^[^:\"\u201c\s]+(?:\s+[^:\"\u201c\s]+){1,5}:\s+(these|this|they|it|those)\s+"
                                  r"(?!said\b|says\b)[a-z]+", re.I)
# a picture's caption by the gear it was taken with; a pointer to the page's list below
_CAPTION_GEAR = re.compile(r"\b(?:captured|photographed|imaged|taken|shot)\s+using\b", re.I)
_BELOW_IS = re.compile(r"\b(?:below|above)\s+(?:is|are)\s+(?:a|an|our|my|the|some)\b", re.I)
# a share of a pronoun: "Part of its success comes from ...", "Most of us have sat ..."
_SHARE_OF = re.compile(r"^(?:Part|Parts|Some|Much|Most|All|Many|One|None|Half|Each|Both|Any|Few|"
                       r"Several|Neither|Either)\s+of\s+(its|their|his|her|them|it|us|our)\b")
# a second sentence that sends the reader on (trustpilot's <title>: "Mrs H Pyke gave gousto.co.uk
# 5 stars. Check out the full review...")
_ACTION_TAIL = re.compile(r"[.!?]\s+(?:Check (?:out|it out)|Click|Read (?:more|the|our|on)|Find out|Learn more|"
                          r"Sign up|Subscribe|Watch (?:now|the video|here)|Download|Shop now|See (?:more|all|the full))\b")
# a verb that wants a subject and an infinitive, opening the line: its subject was cut
_SUBJECTLESS = re.compile(r"^(?:Hope|Want|Try|Tries|Seek|Wish|Intend|Decide|Agree|Vow|Refuse|"
                          r"Fail|Expect|Aim)s?\s+to\s+[a-z]")
_NAME_THERE = re.compile(r"^[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+there\s+(?:is|are|was|were|"
                         r"will|has|have|had)\b")
# a verb of saying at the end, with no quotation, colon or comma before it
_SAID_END = re.compile(r"^[^,:;\"\u201c\u201d]+\s(?:says|said|quips|quipped|adds|added|notes|"
                       r"noted|explains|explained|writes|wrote|tweets|tweeted|jokes|joked|"
                       r"recalls|recalled|asks|asked|tells|told|insists|insisted)$")
_SPLIT_VERB = re.compile(r"^[^,]{3,60}\w,\s+(?:is|are|was|were)\s")


# "a"/"every"/"another" before a word, or "one" after "is"/"was": the word must be singular
# ... when the word ends its noun phrase (not "an arms dealer", "a jobs report")
_ONE_BEFORE = re.compile(r"\b(?:a|an|every|another|(?:is|was|be|are|were)\s+one)\s+([a-z]+s)"
                         r"(?=\s*$|\s*[,.;:!?)]|\s+(?:to|in|of|for|that|which|who|with|from|and|or|is|"
                         r"are|was|were|on|at|by|as)\b)", re.I)


def _singular_before_plural(text: str) -> bool:
    """Whether a singular determiner meets a plural noun ("Slack was one tools", "a tools"):
    the deletion took "of the first ... " from "one of the first collaboration tools"."""
    from lemminflect import getAllLemmas

    for m in _ONE_BEFORE.finditer(text):
        word = m.group(1)
        nouns = getAllLemmas(word).get("NOUN", ())
        if nouns and word not in nouns:
            return True
    return False


# a short quotation's closing stop run on into lower-case words: 'call it "Three Sisters." system'
# (not a slogan of sentences: 'the viral "Meth. We're on it." awareness campaign')
_INNER_STOP = re.compile(r"[\"\u201c](?:[^\s.!?\"\u201c\u201d]+\s){0,2}[^\s.!?\"\u201c\u201d]+[.!?][\"\u201d]\s+[a-z]")


# a subject's relative clause that never closes, the main verb after it gone: "Hoenig, who's
# dissented from all five ... decisions this year" (goose3's test page testHuffingtonPost)
_UNCLOSED_RELATIVE = re.compile(r"^[A-Z][^,]{0,60},\s+(?:who|which|whose)(?:['\u2019]s)?\s+[^,]+$")
_NOT_ONLY = re.compile(r"\bnot only\b(?!\s+that\b)(?![^\"\u201c]*\bbut\b)", re.I)


# a relative pronoun before a verb in small letters, no question ("Which left six people dead", not
# "Who Killed the Library", a title's question in Title Case, nor "Which of these phones ...")
_WH_PRONOUN_OPENER = re.compile(r"^(?:Which|Who|Whom|Whose)\s+(?P<verb>[a-z]+)\b(?!.*\?)")
# "each" or "every" last, not after a price or a count ("Tickets cost $5 each", "two each")
_EACH_END = re.compile(r"\s(?:each|every)[.!]?$", re.I)
_COUNT_WORD = re.compile(r".*\d.*|one|two|three|four|five|six|seven|eight|nine|ten|once|twice", re.I)


def _relative_opener(text: str) -> bool:
    """Whether ``text`` opens with a relative pronoun and an inflected verb (``_WH_PRONOUN_OPENER``)."""
    from lemminflect import getAllLemmas

    m = _WH_PRONOUN_OPENER.match(text)
    verb = m.group("verb") if m else ""
    return bool(verb) and verb not in getAllLemmas(verb).get("VERB", (verb,)) and verb not in PREPOSITIONS


def ill_formed(text: str) -> str | None:
    """Why ``text`` is not a well-formed headline (a fragment, not its grammar), or None.

    An opening pronoun or conjunction whose referent is elsewhere ("It is of the most
    popular", "And the band will"), a word said twice in a row ("celebrates celebrates"),
    a dateline, byline or credit glued on ("... HANOI, Vietnam", "... Updated"), the
    writer's voice ("As I write this review"), a subject cut from its verb by a comma, a number
    cut after its dash ("Rockledge (0-)"), a pronoun subject after an opening phrase ("In a new
    study, they detail ..."), news without its content ("Airline makes announcement"), a
    singular word before a plural noun ("Slack was one tools"), a short quotation's stop run on
    into the next words ('call it "Three Sisters." system'), a picture's caption ("... captured
    using a RedCat 51"), a pointer to the page ("below is a list of gifts"), a semicolon's clause
    cut to a word or a phrase ("battery life is crucial; laptop").
    """
    ws = text.split()
    unquoted = QUOTED.sub(" ", text)  # (the words outside quotations, for the checks that skip them)
    first = ws[0].lower().strip("\"'\u201c\u2018,;:").replace("\u2019", "'")
    acronym = first in _ACRONYMS and ws[0].strip("\"'\u201c\u2018,;:").isupper() \
        and not all(w.isupper() for w in ws[1:] if w[:1].isalpha())  # "IT & Cybersecurity Best Practices"
    contracted = "'" in first and first.split("'")[0] in _CONTRACTED
    if (first in _OPENERS or contracted) and not acronym and not _TIME_OPENER.match(text) and not _THOSE_WHO.match(text) \
            and not _HERE_COMES.match(text):
        return f"opens with '{ws[0]}' (a fragment: its referent or main clause is elsewhere)"
    if _CUT_LETTER.search(text.rstrip(".\u2026")):  # "Californians react to major SoCal s[nowfall]..."
        return "ends mid-word (a teaser cut short)"  # (usnews.com in newspaper's test pages)
    if _clause_cut_to_subject(text):  # "Couple was outside Brooklyn club on Dec. 28 when man[ ... attacked Rene]"
        return "ends on a clause's subject without its verb"  # (nydailynews.com in newspaper's test pages)
    if _STRAY_NUMBER.search(text):  # "Federal grand jury indicts Johnson[ on Dec]. 10"
        return "a date's number without its month (a fragment)"
    if _relative_opener(text):  # "Which left six people dead and ...": a clause without its noun
        return f"opens with '{ws[0]}' (a relative clause without the noun it describes)"
    if _EACH_END.search(text) and len(ws) > 1 and not _COUNT_WORD.fullmatch(ws[-2].rstrip(",")):
        # "... managing to dedicate to God each[ and every moment]"
        return "ends on a determiner without its noun"
    if _EACH_ONE.match(text):  # "Each one delivers a lesson": each of what came before
        return f"opens with '{' '.join(ws[:2])}' (a fragment: its referent is elsewhere)"
    m = _DISCOURSE_OPENER.match(text)
    if m:  # "Thing is, basics of SEO are simple", "All that said, services are getting expensive"
        return f"opens with '{m.group(0).strip(' ,')}' (a fragment: it answers what came before)"
    if re.match(r"(?:No|Yes|Well|Oh|Indeed|Sure)(?:,|\s*[\u2014\u2013])\s*\w", text):  # "No, it's not money, ...", "Yes—smart ..."
        return f"opens with '{ws[0]}' (a fragment: it answers what came before)"
    if _RELATIVE_OPENER.match(text):  # "At which point late night host said, ..."
        return f"opens with '{' '.join(ws[:2])}', a relative clause without its noun"
    given = _GIVEN_THAT.match(text)
    if _SUBORDINATE_ALONE.match(text) or given and not has_verb(given.group("main") or ""):
        # ("Given that accounting is part of any business[, companies]": no main clause)
        return f"opens with '{ws[0]}', a subordinate clause without its main clause"
    if _LIST_REMNANT.match(text):  # "Sizes, and features out there picking mouse can be tricky"
        return f"opens with '{ws[0][:-1]}' (a list cut at its opening)"
    if _ACTION_TAIL.search(text):  # "Mrs H Pyke gave gousto.co.uk 5 stars. Check out the full review"
        return "a call to action glued on"
    if _EMPTY_NEWS.match(text):
        return "says that news was made, not what it is"  # "Airline makes announcement"
    m = _PRONOUN_AFTER_OPENING.match(text) or _POSSESSIVE_AFTER_OPENING.match(text) \
        or _PRONOUN_SECOND.match(text) or _SHARE_OF.match(text) or _PRONOUN_AFTER_LABEL.match(text)
    if m and not (m.group(1) == "IT" and not text.isupper()):  # (not information technology:
        # "Top IT Conferences in the United States 2026", WCXB 4362)
        return f"its subject is the pronoun '{m.group(1)}' (its referent is elsewhere)"
    if ws[0] == "Not" and len(ws) > 1 and base_verb(ws[1]) and not can_be(ws[1], {"ADJ", "ADV", "NOUN"}):
        # "Not have integration in Emacs"; not "Not long ago, ..." (Gigaword test row 1324)
        return f"opens with '{' '.join(ws[:2])}', without its subject"
    if _SUBJECTLESS.match(text) or _third_person_opener(ws):
        # "[SDSU officials] hope to land an outfit ...", "Concatenates part with running value"
        return f"opens with the verb '{ws[0]}', without its subject"
    if _NAME_THERE.match(text):  # "Claire [even claims] there is a marriage certificate"
        return "a subject before 'there is' (its verb was cut)"
    if _SAID_END.match(text):  # "The host quips": what was said went
        return f"ends on '{ws[-1]}' without what was said"
    low = [w.lower().strip(",;:.") for w in ws]
    if any(a == b and a.isalpha() and not (x[:1].isupper() and y[:1].isupper() and a not in _SMALL)
           for a, b, x, y in zip(low, low[1:], ws, ws[1:])):  # (a name: "Dee Dee Myers")
        return "a word repeated"
    if any(low[k:k + n] == low[k + n:k + 2 * n] and low[k].isalpha()
           for n in (2, 3, 4) for k in range(len(low) - 2 * n + 1)):
        return "words repeated"  # a heading glued to its text: "Snake Plant Snake Plant thrives",
        # "Canadian Blood Services Canadian Blood Services is a national ..."
    if _DATELINE_END.search(text) or _DATELINE_START.match(text) or _byline_in(text[1:]) \
            or STAMP.match(text):
        return "a dateline, byline or credit"
    speaker = _SPEAKER_HEAD.match(unquoted)
    voiced = speaker.group(0) if speaker else _EXPLAINER.sub(" ", _THINGS_WE.sub(" ", unquoted))
    if VOICE.search(voiced) or _ONE_WOULD.match(text):
        return "the writer's voice (I, we, you) outside a quotation"
    if _UNCLOSED_RELATIVE.match(text):  # "Hoenig, who's dissented from all five ... this year"
        return "a relative clause without the main clause's verb"
    if _NOT_ONLY.search(unquoted):  # "Democrats pledge to not only keep Social Security in place"
        return "'not only' without its 'but' (the second half was cut)"
    if _SPLIT_VERB.match(text):
        return "the subject cut from its verb by a comma"
    if _AUX_MODAL.search(text):
        return "two auxiliaries in a row (a deletion inside the verb)"
    if _CUT_NUMBER.search(text):
        return "a number cut after its dash"
    if _PREPOSITION_COMMA.search(unquoted):
        return "a preposition without its object"
    if FIELD_VALUE.match(text):
        return "a field and its value, not a headline"  # "Clothing Items Per Box: 5"
    if _BARE_BE.search(text):
        return "'be' without its modal (a deletion inside the verb)"  # "is fighting be a losing"
    if _bare_been(unquoted):
        return "'been' without its 'has' (a deletion inside the verb)"
    if _GLUED_HEADING.search(unquoted):
        return "a heading glued to the sentence"  # "Powerful objects The collection includes ..."
    if _INNER_STOP.search(text):
        return "a sentence's end inside the headline"  # 'Settlers called it the "Three Sisters." system'
    if _CAPTION_GEAR.search(text):
        return "a picture's caption"  # "The Lion Nebula captured using William Optics RedCat 51"
    if _BELOW_IS.search(unquoted):
        return "'below' refers to the page, not the story"  # "Fear not, for below is a list of green gifts"
    if _GLUED_DATE.search(text):
        return "a date glued to a word"  # a list's post and its date: "... Until July 31Jul 21"
    if _singular_before_plural(text):
        return "a singular word before a plural noun (a deletion inside the noun phrase)"  # "Slack was one tools"
    after = unquoted.rpartition(";")[2].split()
    if ";" in unquoted and after and (len(after) == 1 or len(after) <= 3 and after[0].lower() in PREPOSITIONS
                                      and not has_verb(" ".join(after))):
        # "battery life is crucial; laptop", "only 37 percent of budget spent in-house; by 2017"
        return "a clause after its semicolon cut to a word or a phrase"
    unresolved = _unresolved_reference(unquoted)
    if unresolved:
        return f"'{unresolved}' refers to what the headline does not say"
    return None


def _third_person_opener(ws: list[str]) -> bool:
    """Whether a sentence-case ``ws`` opens with a verb's third-person present that can be
    nothing else ("Concatenates the part with the running value": a code comment, no subject);
    not when a finite verb follows, which makes it the subject: a name ("Fosters buys 18.8% of
    Southcorp") or a plural the dictionary lacks ("Dams for energy can alter ...")."""
    from lemminflect import getAllLemmas

    w = ws[0].lower()
    return third_person(w) and set(getAllLemmas(w)) == {"VERB"} and not title_case(ws) \
        and not any(map(_finite, ws[1:]))


def third_person(word: str) -> bool:
    """Whether a lower-case ``word`` is a verb's third-person present ("concatenates", "highlights")."""
    return word.isalpha() and word.endswith("s") and _lemma_if(word, "VBZ") is not None


_SINGULAR_PERSON = frozenset("his her him he she".split())
_GROUPS = frozenset("police people staff crowd public officials".split())
_GROUP_NAME = re.compile(r"^[A-Z]\w+(?:ians|ans|ats|ers|ites|ists)$")
_THIS_NOUN = re.compile(r"(?<! of)\s(?:this|these)\s+(?:particular\s+|same\s+|new\s+)?(?P<noun>[a-z]{3,})\b")
_TIME_NOUNS = frozenset("year years week weeks month months season summer winter spring autumn "
                        "fall weekend morning afternoon evening time decade century quarter "
                        "term session round".split())

_NOT_IN_A_TIME = frozenset("last next every each that".split())  # "this man last week"


def _a_time(phrase: str) -> bool:
    """Whether the words after "this" end in a time noun within three words of a compound
    ("this formula one season", "this past weekend"; not "this man last week")."""
    for w in phrase.split()[:3]:
        word = w.strip(",.;:!?'\"\u2019").lower()
        if word in _TIME_NOUNS:
            return True
        if word in _NOT_IN_A_TIME or not word.isalnum() or w[-1:] in ",.;:!?":
            return False
    return False


def _unresolved_reference(text: str) -> str | None:
    """The word of ``text`` that refers back to what only the article says, or None: "his" or
    "she" with no one named before it ("Palestinians say his appointment could ruin ceasefire
    talks"), "this" before a noun that is not a time ("... contain this particular error")."""
    from lemminflect import getAllLemmas

    ws = re.findall(r"[\w'\u2019-]+", text)
    for k, w in enumerate(ws):
        if w.lower() in _SINGULAR_PERSON:
            for prior in ws[:k]:
                nouns = getAllLemmas(prior.lower(), "NOUN").get("NOUN", ())
                plural = bool(nouns) and prior.lower() not in nouns or prior.lower() in _GROUPS \
                    or bool(_GROUP_NAME.search(prior))  # "Palestinians", "Democrats", "Police"
                known = getAllLemmas(prior.lower())
                if not plural and (prior[:1].isupper() or not known or nouns and "VERB" not in known):
                    break  # a name or a person before it: "Mayor says his plan ...", "obama ..."
            else:
                return w
            break
    m = _THIS_NOUN.search(text)
    if m and m.group("noun") not in _TIME_NOUNS and not _a_time(text[m.start("noun"):]) \
            and ":" not in text[:m.start()]:
        # (after a colon the part before says what: "The man whose duvet nearly killed him:
        # How this medical mystery was solved")
        return m.group(0).strip()
    return None


_FINITE_WORDS = frozenset("is are was were has have had will would can could may might must "
                          "should shall does do did isn't aren't wasn't weren't hasn't haven't "
                          "won't can't don't doesn't didn't".split())
# "Enter South Dakota to throw down the gauntlet", "Sit back and reflect": an imperative
# speaks to the reader; a headline reports
IMPERATIVE = frozenset("don't let's do imagine consider remember enter sit forget note "
                        "picture think get click visit skip snag grab subscribe sign follow "
                        "check read learn discover shop buy see find make try save please".split())


# verbs that are also nouns ("Name of the suspect ..."): imperative only before their object
IMPERATIVE_BEFORE_OBJECT = frozenset("name notice meet watch take keep look add use pick choose "
                                     "tell ask stop start join tap listen hold turn put bring give "
                                     "call".split())
_OBJECT_WORDS = frozenset("a an the this that these those your my our it them me us how what why "
                          "who where at to up out down back off".split())


def opens_imperative(text: str) -> bool:
    """Whether ``text`` opens with a verb that tells the reader what to do (IMPERATIVE, or
    one of IMPERATIVE_BEFORE_OBJECT before its object: "Name a home appliance ...", "Notice
    the | between the options"), after a short label if any ("Pro tip: Get more meal ideas
    here")."""
    ws = _SHORT_LABEL.sub("", text).split()
    if not ws:
        return False
    first = ws[0].lower().replace("\u2019", "'")
    return first in IMPERATIVE or first in IMPERATIVE_BEFORE_OBJECT and len(ws) > 1 \
        and ws[1].lower() in _OBJECT_WORDS or len(ws) > 1 and _base_before_ing(first, ws[1])


def _base_before_ing(first: str, second: str) -> bool:
    """Whether a verb's base form opens before an -ing form: "Begin typing an address ...",
    "Keep reading" (a verb that is also a noun only when it tells the reader: "Stop", "Start")."""
    from lemminflect import getAllLemmas

    if not (second.islower() and second.endswith("ing") and "VERB" in getAllLemmas(second)):
        return False
    parts = getAllLemmas(first)  # (only a verb: not "Even sorting groceries can ...")
    return parts.get("VERB") == (first,) and (set(parts) == {"VERB"} or first in IMPERATIVE_BEFORE_OBJECT)


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
        and not any(_finite(w) or base_verb(w) for w in ws[1:])


def base_verb(word: str) -> bool:
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
# "In sign of how detached": "how" and one word end a clause cut before its verb; so do
# "what" and up to three words without one ("eliminated in what Tom Bergeron | called ...")
_HOW_END = re.compile(r"\bhow\s+\S+$", re.I)
_WHAT_END = re.compile(r"\bwhat\s+(?P<rest>(?:\S+\s+){0,2}\S+)$", re.I)
# "what X looks like" ends its phrase: "This Is What Union Democracy Looks Like"
_WHAT_LIKE = re.compile(r"\bwhat\b.*\b(?:looks?|looked|is|was|are|were|feels?|felt|sounds?|"
                        r"seems?|seemed)\s+like$", re.I)
# a clause of "what", "who" or "where" that ends with its verb "be": "What Tutoring Is and What
# It Is Not", "Who We Are"
_WHAT_IS = re.compile(r"\b(?:what|who|where)\s+(?:[\w'\u2019-]+\s+){1,4}(?:is|are|was|were)(?:\s+not)?$", re.I)
# a superlative without its noun: "Sudan is one of the poorest [countries in Africa]"
_SUPERLATIVE_END = re.compile(r"\bone of (?:the|its|their|his|her|our|the world's)\s+"
                              r"(?:\w+est|most\s+\w+|least\s+\w+|best|worst)$"
                              # a quantity without its noun: "... to close Florida's first few"
                              r"|\b(?:first|last|next|a|the|those|these|its|their|his|her|\w+['\u2019]s)\s+few$",
                              re.I)
# a clause's conjunction and its subject at the end, without a comma: "... won't carry them if
# customers [and investors can't see the value]" (not "if elected", "if necessary": no subject)
_BARE_CLAUSE_END = re.compile(r"\s(?:if|unless|although|though|because(?!\s+of\b))\s+"
                              r"(?P<rest>(?:\S+\s+){0,3}\S+)$", re.I)
_SUBJECT_START = frozenset("the a an this these those his her their its our your my they he she it "
                           "we you i there".split())
# a clause's conjunction and subject without its verb: "... asking if there [were ...]"
_SUBJECT_END = re.compile(r"\b(?:if|whether|that|because|when|while|although|though|unless|"
                          r"since|once)\s+(?:there|it|you)$|"
                          # the next clause's subject alone after a comma: "..., many [in Gaza
                          # wondered]"
                          r",\s+(?:many|some|most|others|several|few|all|both|they|he|she|it|we|"
                          r"officials|police|people|experts|critics)$", re.I)


# verbs that take an adjective after them ("goes viral", "found alive", "ruled unconstitutional")
_LINKING = COPULAS | frozenset("keep leave go fall rule declare deem find call name pronounce consider "
                               "hold make render set stand lie run come break play taste smell end "
                               "label brand rate judge think believe report say paint test return "
                               "emerge die live sit wake arrive rank list".split())
_TRANSITIVE_ING = frozenset("having making taking giving doing putting bringing".split())


# an adjective a preposition may end on ("left for dead", "in general", "at large")
_SET_PHRASE_END = frozenset("dead good free real sure full general particular short brief large public "
                            "private vain last least most best worse better long certain common whole "
                            "alive live open wide real-time full-time part-time long-term short-term".split())
_PREPOSITION_END = frozenset("for in of with on at from by about into".split())


# a compound ending in a particle is a noun: "a full-back", "a follow-up", "a shake-up"
_PARTICLE_NOUN_END = frozenset("back up off out down over on in away about".split())


def _dangling_modifier(ws: list[str]) -> bool:
    """Whether a deletion left an adjective after a verb that does not take one ("he would
    have won popular" of "... won the popular vote"), after a preposition or "a" ("for teams
    looking for affordable [tools]", "is an affordable [option]") or an adverb after a verb
    that needs its object ("is having hysterically" of "... a hysterically bad series")."""
    from lemminflect import getAllLemmas

    if len(ws) < 2 or not ws[-2].isalpha() or not ws[-2].islower():
        return False
    last, prev = ws[-1].lower().strip(".,;:!?"), ws[-2].lower()
    pos = set(getAllLemmas(last))
    if prev in _PREPOSITION_END | {"a", "an"} and ws[-1].islower() and last not in _SET_PHRASE_END and (
            pos == {"ADJ"} or "-" in last and not pos and "ADJ" in getAllLemmas(last.split("-")[0])
            and last.rsplit("-", 1)[1] not in _PARTICLE_NOUN_END):
        return True  # (or a compound: "invest in high-quality"; "a full-back" is a noun)
    if prev in ("a", "an") and ws[-1].islower() and pos and "NOUN" not in pos:
        return True  # a participle after "an" without its noun ("Python is an interpreted[,
        # high-level ... language]", toptal.com in trafilatura's test pages)
    if pos == {"ADV"} and last.endswith("ly"):
        return prev in _TRANSITIVE_ING
    lemmas = getAllLemmas(prev)
    verb = lemmas.get("VERB")
    before = ws[-3].lower() if len(ws) > 2 else ""
    if "NOUN" in lemmas and before not in _FINITE_WORDS | {"to", "do"} \
            or before in _NOUN_BEFORE or "ADJ" in getAllLemmas(before):
        return False  # a noun: "Court rules ban unconstitutional", "its current remit intact"
    return pos == {"ADJ"} and bool(verb) and verb[0] not in _LINKING and not prev.endswith("ly")


def _clause_verb(rest: str) -> bool:
    """Whether the clause ``rest`` (after "that") has a verb that can be finite: an
    auxiliary, a present or past tense, or a base form first or after a plural ("links that
    lead to aid", "that they sell"); an -ing form alone is not one ("that folks flying the
    plane")."""
    from lemminflect import getAllLemmas

    ws = rest.split()
    for i, w in enumerate(ws):
        prev = ws[i - 1].lower() if i else ""
        if _finite(w) and not (prev in _NOUN_BEFORE | {"and", "or"}
                               and "NOUN" in getAllLemmas(w.lower())):
            return True  # ("plane and helicopters": a noun)
        j = i - 1
        while j > 0 and (ws[j].lower() in _CLAUSE_ADVERBS or ws[j].lower().endswith("ly")):
            j -= 1  # "most voters there support": the subject is before the adverb
        subject = ws[j].lower() if i else ""
        if base_verb(w) and (not i or subject in _SUBJECT_PRONOUNS or re.fullmatch(r"[a-z]+[^s]s", subject)):
            return True
    return False


_CLAUSE_ADVERBS = frozenset("there here now also still often usually already mostly largely "
                            "generally really actually simply even".split())


_SUBJECT_PRONOUNS = frozenset("they we you i".split())


_RELATIVE_START = re.compile(r"\s(?:which|who|that)\s+(?P<rest>[^,]+)$")


def _only_a_relative_verb(text: str, title_case: bool = False) -> bool:
    """Whether the only verb of ``text`` is its relative clause's, the main clause's gone:
    "Jacob Zuma's daughter which left 350 people dead" (not "Man who stole car is jailed")."""
    m = _RELATIVE_START.search(text)
    if not m or has_verb(text[:m.start()], title_case):
        return False
    rest = m.group("rest").split()
    first = next((k for k in range(len(rest)) if has_verb(" ".join(rest[:k + 1]), title_case)), None)
    return first is not None and not has_verb(" ".join(rest[first + 1:]), title_case)


# "past" after these is the noun, not a preposition: "a snapshot of [the] past"
_BEFORE_THE_PAST = frozenset("the of from in recent distant".split())


def _subject_alone_end(text: str) -> bool:
    """Whether ``text`` ends on a clause's conjunction and subject without its verb ("if customers")."""
    m = _BARE_CLAUSE_END.search(text.rstrip(".,;:"))
    if not m or has_verb(m.group("rest")):
        return False
    first = m.group("rest").split()[0].lower()
    return first in _SUBJECT_START or can_be(first, {"NOUN"}) and not can_be(first, {"ADJ", "VERB"})


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
    passive = last in _PASSIVE_COMPLETE and len(ws) > 1 and ws[-2].lower() in BE_WORDS
    owned = last == "past" and len(ws) > 1 and (ws[-2].lower() in _OWNERS | _BEFORE_THE_PAST
                                                or _OWNER.fullmatch(ws[-2]))
    what_like = last == "like" and _WHAT_LIKE.search(text.rstrip(".?!'\"\u2019\u201d")) \
        or _WHAT_IS.search(text.rstrip(".?!'\"\u2019\u201d")) is not None
    particle = last == "in" and _PARTICLE_IN.search(text) is not None  # "turns himself in"
    particle = particle or last == "on" and _PARTICLE_ON.search(text) is not None  # "Keep the Lights On"
    reported = ATTRIBUTION_END.search(text) is not None  # "..., Taoiseach says"
    if last in BAD_END | TRANSITIVE_END and not passive and not owned and not what_like and not particle \
            and not reported or _POSSESSIVE_END.search(text) or _HOW_END.search(text) or \
            _SUBJECT_END.search(text.rstrip(",;:")) or _SUPERLATIVE_END.search(text.rstrip(",;:")) or \
            last == "sides" and len(ws) > 1 and ws[-2][:1].isupper() or \
            _BETWEEN_END.search(text.rstrip(".?!'\"\u2019\u201d")) or \
            tail and not has_verb(tail.group(0).lstrip(", ")) or _subject_alone_end(text) or \
            _WHAT_END.search(text) and not has_verb(_WHAT_END.search(text).group("rest")) or \
            len(ws) > 2 and ws[-2].endswith(",") and last in PREPOSITIONS | {"off"}:
        return "ends mid-phrase"  # (the last, a list's next item cut to its preposition: "...
        # Guide to Off-Peak, Off[ the beaten Track Travel]", WCXB 5627)
    bad = ill_formed(text)
    if bad:
        return bad
    if not has_verb(text, title_case):  # "Council Approves Plan"
        return "no verb"
    if not title_case and QUOTED.search(text) and not has_verb(_inner_quotes_out(text)):
        # 'No polished "here's my setup" content' (without a quotation, has_verb said yes above)
        return "no verb but inside a quoted phrase"  # (not a title: a quoted name and its author)
    if _only_a_relative_verb(text, title_case):
        return "no verb but a relative clause's"  # "Jacob Zuma's daughter which left 350 dead"
    if _dangling_modifier(ws):
        return "ends on a modifier without what it modifies"
    said = list(_SAID.finditer(text))
    if said and not reported:
        tail = text[said[-1].end():]
        # (an adverbial clause's verb is not the reported clause's: "Doherty says Christie when
        # he first ran", nj.com in newspaper's test pages)
        if len(tail.split()) < 3 or not has_verb(tail) or not has_verb(_ADVERBIAL_CLAUSE.sub(" ", tail)):
            return "a reported clause without its verb"
        if re.match(r"\s*(?:" + "|".join(_FINITE_WORDS) + r")\b", tail):
            return "a reported clause without its subject"  # "Clinton says | is an attack"
    that = list(re.finditer(r"\bthat\s+(?=\S)", text))
    rest = text[that[-1].end():] if that else ""
    if that and not _clause_verb(rest.lower() if title_case and textmod.title_case(rest.split()) else rest):
        # (in Title Case its verb has a capital: "Rubocop Cop that Detects Duplicate Array
        # Allocations", schneems.com in trafilatura's test pages)
        # "... to know that her state", "Durr explains that folks flying plane ..."
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
_EMOJI_CHAR = "[\U0001F300-\U0001FAFF\u2600-\u27BF]"
_EMOJI = re.compile(_EMOJI_CHAR)
# an emoji with its variation selector or joined sequence, and the spaces around it; between
# two words it stands for a separator ("Climate Tech Recap \U0001F449 The latest ...")
_EMOJI_RUN = re.compile("\\s*(?:" + _EMOJI_CHAR + "[\uFE0F\u200D]*)+\\s*")


def without_emoji(title: str) -> str:
    """``title`` without its emoji: one between two words becomes a colon ("Recap \U0001F449 The
    latest" -> "Recap: The latest"), one at an end or after a mark goes ("Domain Controllers
    \U0001F4A5", "News: \U0001F5DE\ufe0f Using AI")."""
    def sub(m: re.Match) -> str:
        before, after = title[:m.start()], title[m.end():]
        if before[-1:].isalnum() and after[:1].isalnum() and m.group(0)[:1].isspace() \
                and m.group(0)[-1:].isspace():
            return ": "
        return " " if before and after and after[:1] not in ",.;:!?)" else ""
    return _EMOJI_RUN.sub(sub, title).strip()


# "“We have to make job eliminations,” WeWork chairman Marcelo Claure said in an email": a
# quotation with its speaker is a standfirst or a pull quote
_QUOTE_SAID = re.compile(r"^[\"\u201c][^\"\u201d]{10,}[\"\u201d]\s*,?\s+[^.!?]{0,60}?\b(?:said|says|told|"
                         r"wrote|writes|tweeted)\b")


_BYLINE_TITLE = re.compile(r"^By\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:\s|$)")
# a name and a job ("Jane Roe, Staff Attorney, Racial Justice Program"), or a name and a place
# ("James Lynch from University of Michigan"): the author's line, not a headline
_NAME = r"[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2}"
_JOB = (r"(?:Attorney|Editor|Reporter|Writer|Correspondent|Columnist|Professor|Director|Contributor|"
        r"Analyst|Officer|Fellow|Counsel|Researcher|Producer|Manager|Founder|Journalist|Author)")
_AUTHOR_LINE = re.compile(r"^" + _NAME + r",\s+(?:[A-Z][\w-]*\s+){0,3}" + _JOB +
                          r"(?:,\s+(?:(?:[A-Z][\w&.-]*|of|and|for|the)\s*)+)?$"
                          r"|^" + _NAME + r"\s+from\s?(?:the\s+)?(?:University|College|Institute)\b[\w\s]{0,40}$")
# a date stamp: "Published February 24, 2020", "Updated: 3 March"
# a conditional to the reader that trails off into the article: "If you're a "working mom," this
# might sound familiar…" (WCXB 5576): no headline, no sentence of a brief
READER_LEAD_IN = r"^(?:If|When)\s+you\b.*(?:\u2026|\.\.\.)$"
STAMP = re.compile(r"^(?:Published|Updated|Posted|Last updated)\s*:?\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d|\d)")

_PROMPT = re.compile(r"\b(?:sign up|sign in|log in|create an account|have an account|notify you|view all alerts|"
                     r"(?:a|your) preferred source)\b",
                     re.I)
# ... run on to a button before it: "SubscribeSign in" (Substack's header)
_GLUED_PROMPT = re.compile(r"[a-z](?:Sign (?:in|up)|Log ?in|Subscribe)\b")


# a file's name at a title's end ("hackermondev / writeup.md", a gist's <h1>)
_FILE_NAME = re.compile(r"\w\.(?:md|txt|rst|html?|pdf|py|js|ts|json|ya?ml|ipynb|csv|docx?|xlsx?)$", re.I)
# a short question before a headline ("Have an App Idea? Affordable Software Development is ...")
_QUESTION_KICKER = re.compile(r"^[A-Z][^.!?]{3,40}\?\s+(?=[A-Z0-9])")
SHORT_TWO_SENTENCES = 12  # words: at most, two sentences are one headline
TWO_SENTENCES = "two sentences"


def not_a_headline(title: str) -> str | None:
    """Why a line taken for the title is something else, or None: a pull quote (the whole
    line quoted), a standfirst of two sentences, a caption with its credit ("(onmeth.com)"),
    a score line ("Palm Bay 18 22 13 17 - 70"), page furniture ("Follow us on Twitter", "Don't
    have an account? Sign up"), a byline or a date stamp."""
    t = title.strip()
    if len(t) > 2 and t[0] in "\"\u201c" and t.rstrip(".!?")[-1] in "\"\u201d" \
            or _QUOTE_SAID.match(t):
        return "the title line is a quotation"
    # (a headline in Title Case may be two: "Trump Has Shown Receptiveness To Obama's Agenda.
    # Does He Actually Mean It?"; a standfirst is written in sentence case, and is longer than
    # a headline of two short ones: "IRCC gave up office space in January. Now, it can't
    # accommodate RTO-4")
    if sum(len(x.split()) >= 4 for x in split_sentences(QUOTED.sub("\u201cq\u201d", t))) > 1 \
            and not title_case(t.split()) and len(t.split()) > SHORT_TWO_SENTENCES:
        return "the title line is " + TWO_SENTENCES
    if _CREDIT_END.search(t):
        return "the title line is a caption or link"
    if len(t) > 2 and t[0] in "'\u2018" and t.rstrip(".!?")[-1] in "'\u2019":
        return "the title line is a quotation"  # "'The fact that nobody has explored the hill ...'"
    if _BYLINE_TITLE.match(t) and (re.search(r"\d", t) or len(t.split()) <= 5) or _AUTHOR_LINE.match(t):
        return "the title line is a byline"  # "By Laura E. Adkins December 28, 2016"
    if STAMP.match(t):
        return "the title line is a date stamp"  # "Published February 24, 2020 ..."
    if len(t.split()) <= 4 and _FILE_NAME.search(t):
        return "the title line is a file's name"  # a gist's "hackermondev / writeup.md"
    # "Don't have an account? Sign up »"; ("BREAKING NEWS: ..." is a label on a title)
    # (a short question before the headline is its kicker, asked of the reader: "Have an App
    # Idea? Affordable Software Development is Finally Accessible for Small Businesses")
    kicker = _QUESTION_KICKER.match(t)
    rest = t[kicker.end():] if kicker and len(t[kicker.end():].split()) >= 4 else t
    furniture = "call to action" if _PROMPT.search(t) or _GLUED_PROMPT.search(t) \
        else boilerplate.classify(rest, True)
    if furniture in ("call to action", "legal or cookie notice", "navigation or menu"):
        # "Follow us on Twitter" in a page's og:title
        return f"the title line is page furniture ({furniture})"
    if _EMOJI.search(t) and without_emoji(t).count(":") <= t.count(":"):
        # "Try something new with your couple this weekend 😉": a teaser (one between two words
        # is a separator: "Climate Tech Recap 👉 The latest innovations from Chile")
        return "the title line has an emoji"
    ws = t.split()
    if sum(bool(re.fullmatch(r"[\d\W]+", w)) for w in ws) > 0.4 * len(ws):
        return "the title line is mostly numbers"
    return None
