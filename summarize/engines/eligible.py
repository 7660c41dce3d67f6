"""Which sentences a brief may use.

``eligible_sentences(doc, X)`` keeps the article's reporting: no repeats, questions, filler or
opinion, table rows, lines of code, asides in brackets, embedded posts' signatures,
disclosures, contact lines, hashtags, calls to act, a guide's promises or phrases without a
verb, and not the writer speaking to the reader when most of the article reports.  It does not rank or choose (``select`` does); the sentences it leaves out
stay in the document, out of the brief and out of the headlines' sources.
"""

from __future__ import annotations

import re

import numpy as np

from .. import compressor as cmp
from .. import tagger
from ..blocks import CAPTION_VERB
from ..boilerplate import EMBED_SIGNATURE
from ..document import Document, Sentence
from ..features import FEATURES, OPINION
from ..headline_checks import QUOTED, STAMP, VOICE, has_verb, opens_imperative, participle_opener

SURE_ARTICLE = 0.8  # below: kept as article, but not used in the brief when enough is sure
# ... except the article's first sentences, unless they describe a picture: a lead right
# under a byline and share buttons is hesitated over as much as a standfirst (dev pages in
# the cross-validated run: 10 lead sentences at 0.6-0.8, beside 4 standfirsts and 2 captions)
LEAD_SENTENCES, LEAD_ARTICLE = 2, 0.6
PAGE_FURNITURE = 30  # ... on a whole pasted page (this many blocks of furniture removed)
MIN_WORDS = 5

# A sentence wholly in brackets is the writer's aside: "(We never did settle on one.)"; an
# embedded post's signature line is not a sentence of the story.
_ASIDE = re.compile(r"^[(\[][^()\[\]]*[)\]][.!?]?$")
# Part of the page's text but not of a brief: a disclosure ("This shop has been compensated
# by ...", "We use income earning auto affiliate links"), contact details and hashtags
# ("More info: www.earbooks.net | +49 (0)40 890 85-433", "#HealthyHydration #ad"), a newsletter's
# call ("For daily wit & wisdom, sign up for the Almanac newsletter."), a shopping tip to the
# reader ("..., so be sure to keep an eye out for the best deals."), a call to read on ("Also
# read how to save money on car repairs.", "Read our full review", "Learn more about ...", "...,
# check out our best standing desks list here.", "To donate, click here.", "See at amazon.com."),
# the post's byline or thanks ("This blog post was authored by ...", "Special thanks to ..."), a
# form ("Fill out the form to get a copy of our ebook."), a disclaimer ("Any opinions expressed
# do not reflect the views of Dictionary.com").
_NOT_FOR_BRIEF = re.compile(
    r"https?://|www\.|\b[\w.-]+@[\w-]+\.[a-z]{2,}\b|(?:^|\s)#[A-Za-z]\w+|\+\d[\d ()-]{7,}\d|"
    r"^(?:Fax|Phone|Tel|Telephone|Toll[- ]free|Mobile|Cell)\s*(?:number|no\.)?\s*:\s*[\d(+]|"  # "Fax: (518) 474-1418; ..."
    r"\b(?:been|was|were|being|is|are) compensated\b|\baffiliate (?:links?|commissions?)\b|"
    # ... "If you make a purchase using one of these links, I may receive compensation at no extra
    # cost to you.", "Restless Meanderer contains commissionable links ..."
    r"\b(?:may|might|(?:I|we) will) (?:receive|earn|get|make) (?:a |an )?(?:small )?(?:affiliate )?commissions?\b|"
    r"\b(?:I|we) (?:may|might|will|could) (?:receive|earn|get) (?:a )?(?:small )?compensation\b|"
    r"\bcommissionable links?\b|\bat no (?:extra|additional) (?:cost|charge) to you\b|\bearns? us an? (?:small )?commission\b|"
    r"\b[Aa]ll opinions are (?:my|mine|our|ours)\b|"
    r"\b(?:[Ss]ign up|[Ss]ubscribe) (?:for|to) (?:\S+\s+){0,4}newsletters?\b|"
    r"\bThis (?:article|story|post) is (?:more than|over) \w+ (?:years?|months?) old\b|"
    r"\b(?:[Bb]e sure|[Dd]on['\u2019]t forget) to (?:keep (?:on )?an eye out|check out|grab|snag)\b|"
    r"^(?:Also,?\s+|You can (?:also\s+)?)?(?:[Rr]ead|[Ll]earn|[Cc]heck out|[Ss]ee)\s+(?:more\s+|also\s+)?"
    r"(?:about|how|why|what|our|my|the full|this|here)\b|\b(?:[Cc]lick|[Tt]ap) here\b|\b[Cc]heck out our\b|"
    r"\b(?:[Ss]ee|[Bb]uy|[Ss]hop)(?: it)? (?:at|on) [\w-]+\.(?:com|net|org|co\.uk)\b|"
    # ... the page's own byline or thanks, a form to fill in, a dictionary's disclaimer
    r"^This (?:blog )?(?:post|article|story|piece) (?:was|is|has been) (?:written|authored|co-authored|contributed) by\b|"
    r"^This (?:blog )?(?:post|article|story|piece|guide) (?:is|was) (?:based (?:up)?on|adapted from|excerpted from|"
    r"an excerpt from|part of)\b|"  # "This article is based upon the Practice Note, ..."
    r"^Special thanks to\b|^(?:Thanks?|Thank you) (?:so much )?for reading\b|"
    # ... an offer ("Take 20% off any new website plan For a limited time, take 20% off ...")
    r"^(?:Take|Get|Save|Enjoy) (?:up to |an extra |an additional )?\d+% off\b|"
    r"\b[Ff]or a limited time(?: only)?,? (?:take|get|save|enjoy)\b|"
    r"^(?:Please )?[Ff]ill (?:out|in) (?:the|this|our) form\b|"
    r"\b(?:[Dd]ownload|[Gg]et) (?:a (?:free )?copy of )?(?:our|your) (?:free )?(?:e-?book|guide|white ?paper|checklist)\b|"
    r"\b[Aa]ny opinions (?:\S+\s+){0,5}do not (?:reflect|represent)\b")
# A call to the reader to act that advertises the site ("Explore our growing collection of
# courses ...", "Download your free Quick Start Worksheet.", "Start your 14-day free trial with
# GlossGenius today!", "Explore Vivint's Smart Thermostat pricing and packages.", "Get the Online
# Business Success Roadmap for ... a handy checklist ...", "Visit CSAdvent.Christmas for more
# articles ..."; the quotations' words left out first: "Start your process by asking: 'How might
# my life be better?'" is advice)
_CALL_TO_ACT = re.compile(
    r"^[^\w\s\"'\u201c\u2018]{0,3}\s*(?:(?:Or|And|So|Now|Then|Also|Simply|Just)\s*,?\s+)?(?:Explore|Discover|Unlock|Browse|Shop|Download|"
    r"Join|Visit|Subscribe|Sign up|Register|Book|Contact|Call|Try|Get|Find out|Read on|Stay ahead|Learn|"
    r"Partner with|Master|Grab|Claim|Request|Schedule|Start|Compare|Secure|Enjoy|Order|Buy|Follow|Watch|Listen)\b"
    r"(?=.*(?:\b(?:our|my|FREE|[Ff]ree|today|latest|inbox|pricing|checklist|worksheet|e-?book|white ?paper|"
    r"template|cheat ?sheet|webinar|workshop|trial)\b|\bfor more\b|\bmore (?:info|information|details|articles|"
    r"tips|news)\b))")
# The writer introducing themself ("Hey, I'm Kev, coffee nerd, home barista, ...", "If we
# haven't met yet, my name is Pamela Wilson", "I'm the founder of ...", "Welcome to my blog!",
# "Welcome to the Cloud Database Report."; not "I'm Canadian, so ...") or a note beside the text
# ("Note: This is a helpful list only.", "Sidenote: ... check out my complete course", "Editor's
# note: ...", "Foreword: We at talkREAL always test ..."): no news of the story.
_GREETING = r"(?:(?:Hi|Hey|Hello)(?:\s+(?:there|everyone|friends|all))?[,!]?\s+)?"
_SELF_INTRO = re.compile(
    r"^" + _GREETING + r"I(?:'|\u2019)m\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?,\s(?!so\b)"
    r"|^" + _GREETING + r"[Mm]y name is\s+[A-Z]|\b(?:I|we) haven['\u2019]t met(?: yet)?, my name is\b"
    # ... and their credentials: "I'm a three-time author, a keynote speaker, ...", "I'm the founder of ..."
    r"|^I(?:'|\u2019)m (?:an?|the) (?:[\w-]+,?\s+){0,3}(?:author|writer|journalist|editor|blogger|coach|"
    r"speaker|educator|photographer|trainer|nutritionist|dietitian|consultant|founder|co-founder|host)s?\b"
    r"|^Welcome (?:back )?to (?:my|our)\b"
    # ... or a greeting that only names the site: "Hello and welcome back to The Counterbalance.",
    # "\U0001F44B Welcome to Climate Drift: your cheat-sheet to climate."
    r"|^[^\w\s]{0,3}\s*(?:(?:Hi|Hello|Hey)\b[^.!?]{0,20}?\band\s+)?[Ww]elcome (?:back )?to (?:the )?"
    r"(?:[A-Z][\w'\u2019&-]*\s*){1,4}(?:[.!\u2014\u2013]|:\s|-\s)"
    r"|^Welcome (?:back )?to (?:the )?(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:Report|Blog|Newsletter|Podcast|Channel|"
    r"Show|Club|Community|Website|Site)\b"
    r"|^(?:Side ?note|Note|Disclaimer|Foreword|Preface|Editor['\u2019]s [Nn]ote|P\.?S\.?)\s*:|\b[Cc]heck out my\b")
# The guide speaking of itself to the reader: "If you're looking for ..., you've come to the
# right place.", "In this beginner's guide to ..., we will provide you with practical tips",
# "..., this article will provide you with valuable insights", "..., we will cover it all.",
# "Today, we're going to talk about ...": a promise of the text, no fact of it.
_GUIDE_PROMISE = re.compile(
    r"\byou(?:(?:'|\u2019)ve come to|(?:'|\u2019)re in) the right place\b"
    r"|\b[Tt]his (?:article|guide|post|blog post|blog|piece|tutorial) (?:will|is going to|aims to|is designed to) "
    r"(?:provide|give|help|show|teach|walk|take|explain|explore|cover|guide|offer|break)\b"
    r"|^In this (?:[\w'\u2019-]+\s+){0,3}(?:guide|article|post|piece|tutorial|write-up|blog)\b[^.!?]{0,80}?"
    r"\b(?:we|I)(?:(?:'|\u2019)ll| will| are going to|(?:'|\u2019)re going to| have|(?:'|\u2019)m| am| are)\b"
    r"|\bwe(?:(?:'|\u2019)ll| will) cover (?:it all|everything|them all)\b"
    # ... "Here you'll discover the 16 best clothing subscription boxes in 2025.", "In this
    # guide, you'll learn how to ...", "Below, you'll find our picks ..."
    r"|^(?:Here|Below|Above|In this (?:[\w'\u2019-]+\s+){0,3}(?:article|guide|post|piece|review|list|roundup)),?\s+"
    r"you(?:'|\u2019)ll (?:discover|find|learn|see|get|read)\b"
    # ... "Now let's break this down room by room.", "Let me share with you a few key tips ...",
    # "Today's blog post is about my fitness transformation." (not what a colon brings: "Let's
    # start with the best part: The budget would cut $6.1 billion ...")
    r"|^(?:In this (?:week(?:'|\u2019)s )?(?:issue|post|article|episode|guide|newsletter),?\s+)?"
    r"(?:(?:So|Now|First|Next|Okay|OK|Then|Finally|Alright|All right),?\s+)?[Ll]et(?:'|\u2019)s (?:break (?:this|it|"
    r"that) down|dive (?:in|into|deeper)|get started|take a (?:closer |quick |deeper )?look|start|begin|explore|review|"
    r"discuss|tackle|talk about|look at|simplify|jump (?:in|into)|get into|go over|walk through|unpack|recap)\b"
    r"(?![^:]*:\s*\S)"
    r"|^Let me (?:share|show|walk|tell you|explain|introduce|break)\b"
    r"|^(?:Today|This)(?:'|\u2019)?s? (?:blog )?(?:post|article|episode|video|guide|issue|newsletter) is (?:all )?about\b"
    r"|^So,? here(?:'|\u2019)s an update\b"
    # ... "To help you with this, we've compiled a list of 10 easy steps ...", "We've curated a
    # comprehensive list of the top oral hygiene products ..."
    r"|\b(?:[Ww]e|I)(?:(?:'|\u2019)ve| have) (?:compiled|put together|rounded up|gathered|created|assembled|curated|"
    r"made) (?:a|this|our|the following) (?:\w+\s+){0,3}(?:list|guide|roundup|round-up|collection|selection|overview)\b"
    # ... or a talk's: "Today, we're going to talk about why focus is important for success."
    r"|^(?:(?:Today|Here|Now|So|First),?\s+)?(?:we|I)(?:(?:'|\u2019)re| are|(?:'|\u2019)m| am) going to "
    r"(?:talk|look|discuss|explore|cover|share|show you|walk you|dive|go over|break down)\b"
    # ... or the writer's "We'll explore the standard tipping rates ...", "Next, we'll dive into
    # ..." (not a quotation's last sentence: "We will review the incident ...'")
    r"|^(?:(?:Plus|Below|Here|Next|Today|Now|First|Then|Finally|So)\s*,?\s+)?(?:[Ww]e|I)(?:(?:'|\u2019)ll| will) "
    r"(?:also )?(?:explore|cover|look at|take a look at|walk you|walk through|break down|dive|delve|discuss|"
    r"highlight|share|show you|go over|review|compare|outline|examine|unpack)\b(?!.*['\"\u2019\u201d]\s*$)")
# An entry of a reference list: "Centers for Disease Control and Prevention (2019).", "National
# Institute of Dental and Craniofacial Research (n.d.)."
_CITATION = re.compile(r"^(?:[A-Z][\w.&'\u2019-]*,?\s+(?:(?:and|of|for|the|on|in|&)\s+)*){1,12}"
                       r"\((?:n\.\s?d\.|\d{4}[a-z]?)\)\.?$"
                       # ... or a numbered list of authors: "7.De Sousa RAL, Improta-Caria AC, Aras RJ."
                       r"|^(?:\d{1,3}\.\s?)?(?:[A-Z][\w'\u2019-]+\s){1,3}[A-Z]{1,3},\s(?:[A-Z][\w'\u2019-]+\s){1,3}[A-Z]{1,3}[,.]")
# A line of code or of markdown that the page shows as text: a comment ("// Pass a mutable
# reference using &mut ..."), a call ("wfLoadExtension( 'WikiEditor' );", "println!("),
# an object's fields ("type Post { id: ID!"), Go's ":=", "=>", a callout ("[!NOTE] **Rust ...").
_CODE_LINE = re.compile(r"^//\s|\w\([^()]*\)\s*;|\b[a-z_]+!\(|\{\s*[a-z_]\w*\s*:|\s(?::=|=>)\s|&mut\b|"
                        r"\[!(?:NOTE|TIP|WARNING|IMPORTANT|CAUTION)\]|^\*\*")
# A subordinate clause standing alone, with no main clause after a comma: "Because space travel
# and sustaining life off Earth are anything but easy."
_CLAUSE_ALONE = re.compile(r"^(?:Because|Although|Though)\b[^,;:]*$")
# An infinitive of purpose with no main clause: "To have a catalog sent to you.", "To allow the
# military to take over administrative control of the region." (a link's label, a list's item)
_PURPOSE = re.compile(r"^To\s+[a-z]+\b[^,;:?]*$")


def _purpose_alone(text: str) -> bool:
    """Whether ``text`` is an infinitive of purpose without a finite verb after it."""
    if not _PURPOSE.match(text.strip()):
        return False
    ws = cmp.words(text)
    return not tagger.any_finite(ws, tagger.tags(ws), start=2)


_LOG_LINE = re.compile(r"^\d{4}-\d{2}-\d{2}\s")

# A phrase with no verb ("Flexible development in Java, Scala, Python and SQL.", a caption's
# "Bernd and Hilla Becher, Grain Elevator, Buffalo, New York, USA, 1982.", an address) or an
# opening gerund with no main clause after it ("By staying on top of the newest data analytics
# trends.", an answer under a heading): a list's item, a caption or a fragment, no sentence.
_GERUND_OPENING = re.compile(r"^(?:By|Through|Without|With|After|Before|While|When|From|Instead of)\s+"
                             r"[a-z]+ing\b[^,;:]*$")
_CONTRACTED_ING = re.compile(r"\w['\u2019]s\s+[a-z]+ing\b")  # "Everyone's talking about ...": a verb


def _fragment(text: str) -> bool:
    """Whether ``text`` has no finite verb and either no word that can be a verb or only an
    opening gerund's."""
    text = text.strip()
    if has_verb(text):
        if not _GERUND_OPENING.match(text):
            return False
    elif _CONTRACTED_ING.search(text):
        return False
    ws = cmp.words(text)
    return not tagger.any_finite(ws, tagger.tags(ws))


# A lead-in that points at what follows and says nothing itself: "Here's what he had to say…",
# "Here are the main events coming up in the week ahead..."
_LEAD_IN = re.compile(r"^(?:Here(?:['\u2019]s| is| are)|Below (?:is|are))\b[^.!?]{0,50}"
                      r"(?:[.:!]|\u2026|\.\.\.)?$"
                      r"|^[QA]\s*[:.]\s"  # an interview's line: "Q: Junior - We are so excited ..."
                      # ... or one that announces a list without a colon and its first item: "Here are
                      # all the important remote work tips and advice to remember to help you crush WFH!"
                      r"|^Here(?:['\u2019]s| is| are)\b[^:]*\b(?:tips|advice|things|ways|ideas|examples|list|guide|"
                      r"takeaways|favou?rites|picks|steps|reasons|questions|facts|moments|highlights|options|tricks|"
                      r"hacks|strategies|lessons)\b[^:]*$"
                      # ... or a pointer to what the page lists: "All that and more is below in the
                      # latest 9to5Toys Lunch Break."
                      r"|^All (?:that|this|of (?:that|this)) and (?:much )?more (?:is|are|awaits?) (?:below|inside|here)\b")
# A video's title: a speaker, then "on" and a topic, with no verb of its own ("NFL insider Jay
# Glazer on the Raiders' decision to not bring back Tom Cable.")
_SPEAKER_ON = re.compile(r"^(?P<who>(?:[A-Z][\w.'\u2019-]*\s+)?(?:[\w.'\u2019-]+\s+){0,3}"
                         r"[A-Z][\w.'\u2019-]*\s+[A-Z][\w.'\u2019-]*)\s+on\s+(?P<what>[^.!?;]+)[.!?]$")
_INFINITIVE = re.compile(r"\bto\s+(?:not\s+)?[a-z]+(?:\s+(?:back|up|out|off|down|away))?")


def _speaker_on_topic(text: str) -> bool:
    """Whether a sentence is a video's title: "<name> on <topic>." with no finite verb."""
    m = _SPEAKER_ON.match(text)
    who = m.group("who").split(None, 1)[1] if m else ""  # (the first word, capitalised, may read as a verb)
    return bool(m) and not has_verb(who) and not has_verb(_INFINITIVE.sub("", m.group("what")))


# A sentence of a brief ends as one (emoji after the mark aside); a line without its mark is a
# list item, a caption or a deal ("Arrowhead bottled water baby carrier healthy snack bars
# camera", "... Gaming Monitor with RGB, Now $649.99").
_ENDS = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*[\s\U0001F000-\U0001FAFF\u2600-\u27BF]*$")
# The writer speaking (I, we, you outside a quotation: "You know, like solving the problem.")
# keeps a sentence out of the brief when most of the article reports in the third person.
VOICE_SHARE = 1 / 3  # news articles: at most 0.22 of their sentences on the dev pages; how-tos 0.6+
# a run of three or more capitalised words is a name ("I'm A Celebrity, Get Me Out Of Here"),
# not the writer speaking
_NAME_RUN = re.compile(r"(?:\b[A-Z][\w'\u2019]*,?\s+){2,}[A-Z][\w'\u2019]*")


# A photo's caption inside the text: "This photo, using a thermal camera, shows ...", "In this
# Nov. 5, 2019 photo, ...", "This undated photo provided by ..." ("This photo plays on role
# reversal" and "The photo was shared" report on a photo and stay)
_CAPTION = re.compile(r"^(?:This\s+(?:undated\s+|handout\s+|file\s+)?(?:photo|image|picture)(?:,|\s+"
                      r"(?:taken|provided|released|made|shot|dated|from)\b)|In\s+this\s+.{0,30}?"
                      r"\b(?:photo|image|picture)\b)")
# A label over a list of quantities is data, not a sentence: "Portion Fix Containers: 1 Green,
# 1 Red, 1 Yellow, 1 tsp."; so is a box score under a team's record: "Palm Bay (1-0): Tolivert
# 25 points.", "Astronaut (NR): Jaden Siemans 7 saves." (not ranked)
_LIST_LINE = re.compile(r"^[^.:!?]{1,60}:\s*(?:\d[^,;]{0,30}[,;]\s*){2,}"
                        r"|^[^.:!?()]{1,40}\((?:\d{1,2}-\d{1,2}(?:-\d{1,2})?|NR)\)\s*:")
# The writer's voice is kept when the sentences without it are fewer words than a short brief
# (a how-to page whose only other lines are its lists).
ENOUGH_WORDS = 30

_US = re.compile(r"\bus\b")  # lower case: the writer and the reader ("US" is the country)

# "should", "must" after a verb of saying are the speaker's, not the writer's: "... posted a
# notice saying that strollers must be left outside", "Others defended the owner, saying safety
# must come first."
_SAYING = re.compile(r"\b(?:said|says|saying|say|told|tells|telling|argued|argues|arguing|warned|"
                     r"warns|warning|insisted|insists|insisting|added|adds|wrote|writes|stated|states|"
                     r"according to|urged|urges|urging|called for|calls for)\b")
# A generic phrase inside a sentence that carries the facts ("A small bakery in Millbrook has
# sparked a heated debate after its owner, Dana Whitfield, announced that ... from April 1."):
# a number and two names keep it in; "In today's fast-paced world, small businesses face many
# challenges." has neither.
_NAME = re.compile(r"(?<=\s)[A-Z][a-z][\w'\u2019-]*")
_DIGIT = re.compile(r"\d")


def _attributed(text: str) -> bool:
    """Whether every opinion word of ``text`` is inside a quotation or in reported speech."""
    outside = QUOTED.sub(" ", text)
    return not OPINION.search(outside) or bool(_SAYING.search(outside))


def names_a_fact(text: str) -> bool:
    """Whether ``text`` has a number or a capitalised name inside it."""
    return bool(_DIGIT.search(text) or _NAME.search(text))


def _specific(text: str) -> bool:
    """Whether ``text`` names the facts: a number and at least two capitalised names inside it."""
    return bool(_DIGIT.search(text)) and len(_NAME.findall(text)) >= 2


def _outside_quotes(doc: Document) -> list[str]:
    """Each sentence's words outside quotation marks, following a quotation that runs over
    several sentences of a paragraph ("\u201cMeth. | We\u2019re on it.\u201d")."""
    out, open_quote, paragraph = [], False, None
    for s in doc.sentences:
        text = s.text
        if s.paragraph != paragraph:
            open_quote, paragraph = False, s.paragraph
        if open_quote:  # the sentence starts inside a quotation opened before it
            end = text.find("\u201d")
            text, open_quote = ("", True) if end < 0 else (text[end + 1:], False)
        if text.count("\u201c") > text.count("\u201d"):
            open_quote, text = True, text[:text.rfind("\u201c")]
        out.append(QUOTED.sub(" ", text))
    return out


def _voiced(doc: Document) -> set[int]:
    """Sentences in the writer's voice or that tell the reader what to do ("Enter South
    Dakota to throw down the gauntlet.", "Skip the rush and snag these deals early."), when
    they are at most VOICE_SHARE of the article (a column in the first person or a how-to
    keeps them)."""
    voiced = set()
    for s, text in zip(doc.sentences, _outside_quotes(doc)):
        text = _NAME_RUN.sub(" ", text)
        if VOICE.search(text) or _US.search(text) or opens_imperative(s.text):
            voiced.add(s.index)
    return voiced if len(voiced) <= VOICE_SHARE * len(doc.sentences) else set()


def _strict(new: list[Sentence], X: np.ndarray) -> list[int]:
    """The sentences of ``new`` that pass every check of ``eligible_sentences`` but the
    writer's voice."""
    col = {f: i for i, f in enumerate(FEATURES)}
    # a paragraph that opens as a caption is one ("... shows X. The difference is ...")
    captions = {s.paragraph for s in new if _CAPTION.match(s.text)}
    # ... and what follows a box score's label in its paragraph is the box score ("Melbourne
    # (3-0): Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals, 2 assists.")
    lists: dict[int, int] = {}
    for s in new:
        if _LIST_LINE.match(s.text):
            lists.setdefault(s.paragraph, s.index)
    return [s.index for s in new if s.words >= MIN_WORDS and not s.text.rstrip().endswith("?")
            and not _NOT_FOR_BRIEF.search(s.text) and not _SELF_INTRO.search(s.text)
            and not _CALL_TO_ACT.match(QUOTED.sub(" ", s.text))
            and not _GUIDE_PROMISE.search(s.text)
            and not participle_opener(s.text)  # a tagline: "Updated 7 days a week, ..."
            and not STAMP.match(s.text)  # "Published February 24, 2020 ..."
            and not _LOG_LINE.match(s.text)  # a change log's "2021-08-09 Emphasizing ..."
            and s.paragraph not in captions
            and s.index < lists.get(s.paragraph, s.index + 1)  # (the label's line too)
            and not _CLAUSE_ALONE.match(s.text) and not _purpose_alone(s.text) and not _LEAD_IN.match(s.text)
            and not _speaker_on_topic(s.text) and _ENDS.search(s.text)
            and (X[s.index, col["filler"]] == 0 or _specific(s.text))
            and (X[s.index, col["opinion"]] == 0 or _attributed(s.text))
            and s.text.count("|") < 3  # a table row ("| HD | 225.86 | -5.44% |") is data
            and not _ASIDE.match(s.text) and not EMBED_SIGNATURE.match(s.text)
            and not _CITATION.match(s.text) and not s.text.startswith("|")
            and not _CODE_LINE.search(s.text) and not _field_line(s.text) and not _fragment(s.text)]


# a record's field: "Organization: American Institute of Health Care Professionals, Inc.", a
# box score's line: "Palm Bay (1-0): Tolivert 25 points."
_FIELD = re.compile(r"^[A-Z][\w'\u2019]*(?:\s+[\w'\u2019]+){0,2}(?:\s+\([^()]{1,12}\))?:\s+(?=\S)")


_ITEM = r"[A-Z][\w&'\u2019.-]*(?:\s+(?:&\s+)?[A-Z][\w&'\u2019.-]*)*"  # a name of one or more words
_NAME_LIST = re.compile(r"(?:" + _ITEM + r",\s+){2,}(?:and\s+)?" + _ITEM + r"\.?")  # a list of names alone


def _field_line(text: str) -> bool:
    """Whether a line is a label and a value without a verb (a record's field, no sentence)."""
    m = _FIELD.match(text)
    if not m:
        return False
    # (not "She said: ..."; a name that opens the value is no verb: "Osas Osaro 3 goals")
    label = m.group(0).rstrip(": ")
    if _NAME_LIST.fullmatch(text[m.end():].strip()):
        return True  # "Industries Catered: Manufacturing, Hospitality, Retail, Healthcare."
    value = re.sub(r"^(?:[A-Z][\w.'\u2019-]*\s+)+", "", text[m.end():])
    return not (re.search(r"\s[a-z]", label) and has_verb(label)) and not has_verb(value)


def _lead(s: Sentence) -> bool:
    """Whether ``s`` is one of the article's first sentences that the page classifier kept
    with some doubt, and not a photo's caption ("Schiff speaks during a briefing")."""
    return s.index < LEAD_SENTENCES and s.article_prob >= LEAD_ARTICLE \
        and not CAPTION_VERB.search(s.text)


def eligible_sentences(doc: Document, X: np.ndarray) -> list[int]:
    """Sentences a brief may use: no repeats, no questions, no generic filler or opinion,
    no table rows, no aside in brackets or embedded post's signature, no disclosure, contact
    line, hashtag, call to act ("Explore our courses ...") or verbless tagline ("Updated 7 days
    a week"), no phrase without a verb or gerund without a main clause ("By staying on top of
    the trends."), no subordinate clause alone
    ("Because ... are anything but easy."), no photo caption ("This photo, taken ..."), no
    lead-in ("Here's what he had to say…") or
    interview's "Q:" or "A:" line, no line without a sentence's final mark, no label over a
    list of quantities nor the lines after it in its paragraph, not the writer's voice in a
    reported article (unless the rest is fewer than ENOUGH_WORDS words), at least MIN_WORDS
    words, from blocks the page classifier is sure are article (or the article's lead);
    relaxed step by step when that leaves nothing."""
    new = [s for s in doc.sentences if doc.duplicate_of[s.index] is None]
    if doc.furniture_blocks >= PAGE_FURNITURE:  # a whole page was pasted
        sure = [s for s in new if s.article_prob >= SURE_ARTICLE or _lead(s)]
        if sum(s.words for s in sure) >= 40:
            new = sure  # a caption or standfirst the classifier hesitated over stays out
    checked = _strict(new, X)
    voiced = _voiced(doc)
    strict = [i for i in checked if i not in voiced]
    if sum(doc.sentences[i].words for i in strict) < ENOUGH_WORDS:
        strict = checked  # a how-to's few lines not spoken to the reader are its data lines
    if strict:
        return strict
    loose = [s.index for s in new if s.words >= MIN_WORDS]
    return loose or [s.index for s in new]
