"""Which lines of a page are no sentence of a brief, by their own words alone.

``why_not(text)`` names the reason a line may not stand in a brief, or None: a question; the
page speaking for itself (a disclosure, contact line or hashtag, a newsletter's tagline, a call
to act, the writer's greeting or introduction, a guide's promise to the reader, a tagline, a
date stamp, a picture's caption); a line of reference (a citation, a line of code or a formula,
a key or hash, a change log's line, a review list's entry, a record's field, a table row); or a
fragment (an aside in brackets, an embedded post's signature, a subordinate clause or an
infinitive of purpose alone, a lead-in, a video's title, no sentence's final mark, a phrase
without a verb).  It does not look at the document around the line (repeats, captions'
paragraphs, the writer's share of the voice, the classifier's doubt, filler and opinion):
``eligible`` does, and asks this module for each sentence.
"""

from __future__ import annotations

import re

from .. import tagger
from ..boilerplate import EMBED_SIGNATURE
from ..headline_checks import QUOTED, READER_LEAD_IN, STAMP, has_verb, participle_opener

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
    r"\b[Cc]itation styles?\b|"  # "While every effort has been made to follow citation style rules, ..."
    r"^Special thanks to\b|^(?:Thanks?|Thank you) (?:so much )?for reading\b|"
    # ... an offer ("Take 20% off any new website plan For a limited time, take 20% off ...")
    r"^(?:Take|Get|Save|Enjoy) (?:up to |an extra |an additional )?\d+% off\b|"
    r"\b[Ff]or a limited time(?: only)?,? (?:take|get|save|enjoy)\b|"
    r"^(?:Please )?[Ff]ill (?:out|in) (?:the|this|our) form\b|"
    r"\b(?:[Dd]ownload|[Gg]et|[Gg]rab) (?:a (?:free )?copy of )?(?:our|your|the|my) (?:free )?(?:e-?book|guide|"
    r"white ?paper|checklist|cheat ?sheet|template|workbook)\b|"  # ("... capture stunning photos get the guide now!")
    r"\b[Aa]ny opinions (?:\S+\s+){0,5}do not (?:reflect|represent)\b|"
    # ... a pointer to another part of the page: "To see data from prior years, please visit the
    # Full Results section below."
    r"\b[Pp]lease (?:visit|see|refer to|check) (?:the|our) (?:[\w-]+\s+){0,3}(?:section|page|tab|table)\b|"
    # ... "We have financial relationships with some companies we cover, earning commissions when
    # readers purchase from our partners"
    r"\b(?:[Ww]e|I) (?:have|may have) (?:a )?financial relationships? with\b|\bearning (?:a )?commissions? when\b|"
    # ... a newsletter's tagline, its link to the web copy, an offer's last seats: "The Replay is a
    # weekly newsletter for dev and engineering leaders.", "View it in your browser.", "There are
    # only 4 seats left for my full day workshop in London"
    r"^(?:The\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3} is (?:a|an|our|my) (?:free\s+)?"
    r"(?:daily|weekly|monthly|bi-?weekly|fortnightly|twice-weekly)\s+(?:email\s+)?newsletter\b|"
    r"^View (?:it|this (?:email|newsletter|post|issue)) (?:in|on) (?:your|a) (?:web )?browser\b|"
    r"\bonly \d+ (?:seats|spots|places|tickets) (?:are )?(?:left|remaining)\b|"
    # ... a page's button: "Suggest changes to inaccurate or misleading information."
    r"^(?:Suggest (?:changes|an edit|a correction|an update)|Report an? (?:error|issue|typo|problem))\b")
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
    r"(?=.*(?:\b(?:[Oo]ur|[Mm]y|FREE|[Ff]ree|today|latest|inbox|pricing|checklist|worksheet|e-?book|white ?paper|"
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
    r"|^I(?:(?:'|\u2019)m| am) (?:an?|the) (?:[\w-]+,?\s+){0,3}(?:author|writer|journalist|editor|blogger|coach|"
    r"speaker|educator|photographer|trainer|nutritionist|dietitian|consultant|founder|co-founder|host)s?\b"
    r"|^Welcome (?:back )?to (?:my|our)\b"
    # ... or a greeting that only names the site: "Hello and welcome back to The Counterbalance.",
    # "\U0001F44B Welcome to Climate Drift: your cheat-sheet to climate."
    r"|^[^\w\s]{0,3}\s*(?:(?:Hi|Hello|Hey)\b[^.!?]{0,20}?\band\s+)?[Ww]elcome (?:back )?to (?:the )?"
    r"(?:[A-Z][\w'\u2019&-]*\s*){1,4}(?:[.!\u2014\u2013]|:\s|-\s)"
    r"|^Welcome (?:back )?to (?:the )?(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:Report|Blog|Newsletter|Podcast|Channel|"
    r"Show|Club|Community|Website|Site)\b"
    r"|^(?:Side ?note|Note|Disclaimer|Foreword|Preface|Editor['\u2019]s [Nn]ote|P\.?S\.?)\s*:|\b[Cc]heck out my\b"
    # ... a pointer to the writer's other post: "If you would like more information about this, I
    # have written a blog about the benefits of strength training here."
    r"|\bI(?:['\u2019]ve| have) (?:also )?written (?:(?:a|an|another) (?:blog|blog post|post|article|guide)\b"
    r"|about\b[^.!?]*\bhere\b)"  # ... "I have written about the benefits of HIIT here."
    # ... the site's own aim: "Business.com aims to help business owners make informed decisions"
    r"|^[A-Z][\w-]*\.(?:com|net|org|io|co)\s+(?:aims|strives|exists|is committed|is dedicated)\b"
    # ... or the firm behind the page: "At CR Maids, we embrace green cleaning solutions, ...",
    # "At Tastify, our goal is to transform Nashville's dining experience."
    r"|^At [A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|and|&)){0,5}(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,"
    r"\s+(?:we|our (?:team|experts|mission|goal))\b")
# The guide speaking of itself to the reader: "If you're looking for ..., you've come to the
# right place.", "In this beginner's guide to ..., we will provide you with practical tips",
# "..., this article will provide you with valuable insights", "..., we will cover it all.",
# "Today, we're going to talk about ...": a promise of the text, no fact of it.
_GUIDE_PROMISE = re.compile(
    r"\b[Yy]ou(?:(?:'|\u2019)ve come to|(?:'|\u2019)re in) the right place\b"
    # ... "Well, it's all covered in this article."
    r"|^(?:Well,\s+)?(?:[Ii]t|[Tt]hat|[Tt]his)(?:['\u2019]s| is) all (?:covered|explained|answered) in this "
    r"(?:article|guide|post|piece)\b"
    r"|\b[Tt]his (?:article|guide|post|blog post|blog|piece|tutorial) (?:will|is going to|aims to|is designed to) "
    r"(?:provide|give|help|show|teach|walk|take|explain|explore|cover|guide|offer|break)\b"
    r"|^(?:(?:So|Now|And),?\s+)?[Ii]n this (?:[\w'\u2019-]+\s+){0,3}(?:guide|article|post|piece|tutorial|write-up|blog)\b"
    r"[^.!?]{0,80}?\b(?:we|I)(?:(?:'|\u2019)ll| will| are going to|(?:'|\u2019)re going to| have|(?:'|\u2019)m| am| are"
    r"|(?:'|\u2019)re)\b"
    r"|\bwe(?:(?:'|\u2019)ll| will) cover (?:it all|everything|them all)\b"
    # ... "This ultimate guide has everything you need!", "Ahead, we'll explain the differences
    # between ...", "Let's get you started with our ultimate guide to meditation ..."
    r"|\b[Tt]his (?:\w+\s+)?(?:guide|article|post) has (?:everything|all) you need\b"
    # ... "This comprehensive guide is an invaluable resource for anyone interested in ...",
    # "Use this guide to help think through all the costs ..."
    r"|^[Tt]his (?:[\w-]+\s+){0,2}(?:guide|article|post|tutorial|handbook) is (?:an?|the|your) (?:[\w-]+\s+){0,2}"
    r"(?:resource|guide|one-stop|companion|starting point|primer)\b"
    r"|^Use this (?:guide|article|checklist|post|tutorial) to\b"
    r"|^(?:Ahead|Below),\s+(?:we|I)(?:(?:'|\u2019)ll| will) (?:explain|cover|look at|walk you through|share|show)\b"
    r"|^[Ll]et(?:'|\u2019)s get you started\b"
    # ... "That said, let's get started.", "So, let's dive in!"
    r"|^(?:(?:That said|With that(?: said)?|So|Now|Okay|OK|Alright|All right),?\s+)?[Ll]et['\u2019]?s (?:get started|"
    r"dive (?:right )?in|begin|jump (?:right )?in|get into it|get going|take a look)\s*[.!:]"
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
# A guide's blurb that names itself, with no verb before its first comma or dash: "A guide on
# how much to charge for yoga classes, including average costs, ...", "A complete guide to Amazon
# S3 Glacier for long-term data storage" (not "A guide to the city was published on Monday").
_GUIDE_BLURB = re.compile(r"^(?:A|An|Our|This) (?:(?:complete|comprehensive|quick|short|simple|practical|"
                          r"step-by-step|beginner['\u2019]s|ultimate|detailed|brief) )*(?:guide|overview|introduction|"
                          r"look|primer|breakdown|explainer|roundup) (?:on|to|of|at|for|about)\b")


def _guide_blurb(text: str) -> bool:
    return bool(_GUIDE_BLURB.match(text)) and not tagger.finite_in(
        re.split(r",|\s[\u2014\u2013-]\s|\bincluding\b", text)[0])


# An entry of a reference list: "Centers for Disease Control and Prevention (2019).", "National
# Institute of Dental and Craniofacial Research (n.d.)."
_CITATION = re.compile(r"^(?:[A-Z][\w.&'\u2019-]*,?\s+(?:(?:and|of|for|the|on|in|&)\s+)*){1,12}"
                       r"\((?:n\.\s?d\.|\d{4}[a-z]?)\)\.?$"
                       # ... or a numbered list of authors: "7.De Sousa RAL, Improta-Caria AC, Aras RJ."
                       r"|^(?:\d{1,3}\.\s?)?(?:[A-Z][\w'\u2019-]+\s){1,3}[A-Z]{1,3},\s(?:[A-Z][\w'\u2019-]+\s){1,3}[A-Z]{1,3}[,.]"
                       # ... or a paper's title in quotation marks and its proceedings: "Qiushi Cao
                       # and Irlan Grangel-Gonz\u00e1lez, \u201cA Knowledge Graph-based Approach ...,\u201d in
                       # Proceedings of the 22nd International Semantic Web Conference"
                       r"|^.{0,200}[\"\u201c][^\"\u201c\u201d]{10,}[,.][\"\u201d],?\s+in\s+(?:Proceedings|[A-Z][\w&]*\s+"
                       r"(?:Journal|Review|Quarterly))\b")
# A line of code or of markdown that the page shows as text: a comment ("// Pass a mutable
# reference using &mut ..."), a call ("wfLoadExtension( 'WikiEditor' );", "println!("),
# an object's fields ("type Post { id: ID!"), Go's ":=", "=>", a callout ("[!NOTE] **Rust ...").
_CODE_LINE = re.compile(r"^//\s|\w\([^()]*\)\s*;|\b[a-z_]+!\(|\{\s*[a-z_]\w*\s*:|\s(?::=|=>)\s|&mut\b|"
                        r"\[!(?:NOTE|TIP|WARNING|IMPORTANT|CAUTION)\]|^\*\*"
                        # ... or a formula: "L_AlignMerge = L_geo + lambda_align * L_align + ..."
                        r"|\s=\s[^.!?]*?\s[+*/\u00d7]\s|\s[+*/\u00d7]\s[^.!?]*?\s=\s|\b[A-Za-z]+_[A-Za-z]\w*\s=\s")
# A key, hash or run of glued menu words that a page shows as one token ("FrMVCWmHnYfH...=",
# "trailTrade floorExportThe Killer50OxfordBlogsAwards"): letters and digits, 32 or more.
_OPAQUE = re.compile(r"[A-Za-z0-9+/]{32,}={0,2}")


# ... or headlines of links run together, four or more joins of a word's end and the next
# title's capital ("Signs of a Christian NarcissistHonoring Phenomenal Women ...ComeTo The
# Pregnant Moms of ToddlersMarch Lunchbox Ideas"; not a name: "ActiveCampaign", "MailChimp";
# nor a program's names: "defaultTheme, primaryLight")
_TITLES_JOINED = re.compile(r"(?<![\w-])[A-Z][\w'\u2019-]*?[a-z]{3}[)!?\"\u201d]?[A-Z][a-z]{2,}")
GLUED_TITLES = 4


def _opaque(text: str) -> bool:
    return any(_OPAQUE.fullmatch(t) and re.search(r"\d", t) and re.search(r"[A-Za-z]", t)
               for t in (w.strip(".,;:()[]\"'") for w in text.split())) \
        or len(set(_TITLES_JOINED.findall(text))) >= GLUED_TITLES


# A picture's caption, by the label of where the picture stands: "Left: backpacking the Border
# Route Trail in the BWCA.", "Pictured: Mr Hatton at ...", "Top left: The Hemlock Tee by ..."
# ... or by its date and credit at its end: "Signing of the Peace Protocol Between Spain and the
# United States, August 12, 1898, by Theobald Chartran."
_CAPTION_CREDIT = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?\d{4},\s+by\s+[A-Z][\w.'\u2019-]*"
                             r"(?:\s+[A-Z][\w.'\u2019-]*){0,3}\.?$")
_CAPTION_LABEL = re.compile(r"^(?:\(?(?:Left|Right|Above|Top|Bottom|Pictured|Center|Centre|Inset|Clockwise from "
                            r"(?:top )?left)\)?\s*:|(?:Top|Bottom) (?:left|right)\s*:)\s"
                            # ... or by saying when it was taken: "This was taken when I became a coach"
                            r"|^(?:This|That)(?:\s+(?:photo|picture|image|shot|pic|one))?\s+was\s+taken\s+"
                            r"(?:when|while|at|in|on|during|from|last|after|before|just)\b")
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
    return not tagger.finite_in(text, start=2)


_LOG_LINE = re.compile(r"^\d{4}-\d{2}-\d{2}\s")
# A review list's entry: "\u2705 Kajabi \u2013 Best all-in-one platform with excellent course creation."
_REVIEW_ENTRY = re.compile(r"^\W{0,3}\s*[A-Z][\w.&'\u2019-]*(?:\s+[A-Z0-9][\w.&'\u2019-]*){0,3}\s+[\u2013\u2014-]\s+Best\b")

# A phrase with no verb ("Flexible development in Java, Scala, Python and SQL.", a caption's
# "Bernd and Hilla Becher, Grain Elevator, Buffalo, New York, USA, 1982.", an address) or an
# opening gerund with no main clause after it ("By staying on top of the newest data analytics
# trends.", an answer under a heading): a list's item, a caption or a fragment, no sentence.
_GERUND_OPENING = re.compile(r"^(?:By|Through|Without|With|After|Before|While|When|From|Instead of)\s+"
                             r"[a-z]+ing\b[^,;:]*$")
# ... or a phrase that goes on from the sentence before, a conjunction and a preposition without
# a clause after a comma ("Or even for great sex for one night.", "And with Mike Jensen as a
# colleague."; not "But for many teams, the lightweight revolution offers ...")
_CONJOINED_PHRASE = re.compile(r"^(?:Or|And|But|Plus)\s+(?:even\s+|just\s+|maybe\s+|perhaps\s+|also\s+)?"
                               r"(?:for|with|in|on|at|by|from|without|during|after|before)\b[^,;:]*$")
_CONTRACTED_ING = re.compile(r"\w['\u2019]s\s+[a-z]+ing\b")  # "Everyone's talking about ...": a verb


def _fragment(text: str) -> bool:
    """Whether ``text`` has no finite verb and either no word that can be a verb or only an
    opening gerund's or a phrase's after a conjunction."""
    text = text.strip()
    if has_verb(text):
        if not (_GERUND_OPENING.match(text) or _CONJOINED_PHRASE.match(text)):
            return False
    elif _CONTRACTED_ING.search(text):
        return False
    return not tagger.finite_in(text)


# A lead-in that points at what follows and says nothing itself: "Here's what he had to say…",
# "Here are the main events coming up in the week ahead..."
_LEAD_IN = re.compile(r"^(?:Here(?:['\u2019]s| is| are)|Below (?:is|are))\b[^.!?]{0,50}"
                      r"(?:[.:!]|\u2026|\.\.\.)?$"
                      r"|^[QA]\s*[:.]\s"  # an interview's line: "Q: Junior - We are so excited ..."
                      # ... or one that announces a list without a colon and its first item: "Here are
                      # all the important remote work tips and advice to remember to help you crush WFH!"
                      r"|^Here(?:['\u2019]s| is| are)\b[^:]*\b(?:tips|advice|things|ways|ideas|examples|list|guide|"
                      r"takeaways|favou?rites|picks|steps|reasons|questions|facts|moments|highlights|options|tricks|"
                      r"hacks|strategies|lessons|rundown|roundup|overview|breakdown|guidelines)\b[^:]*$"
                      # ... or a pointer to what the page lists: "All that and more is below in the
                      # latest 9to5Toys Lunch Break."
                      r"|^All (?:that|this|of (?:that|this)) and (?:much )?more (?:is|are|awaits?) (?:below|inside|here)\b"
                      # ... or anywhere in the line: "Fear not, for below is a list of green gifts that ..."
                      r"|^.*\b(?:below|above) (?:is|are) (?:a |an |our |my |the |some )?(?:list|few|handful|selection|"
                      r"roundup|round-up|collection|overview|summary|rundown)\b"
                      # ... or a conditional to the reader that trails off (``READER_LEAD_IN``)
                      r"|" + READER_LEAD_IN)
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


# Each check with the reason it names, the cheap ones first (the verb dictionary and the tagger
# last: they cost the most).
_CHECKS = (
    (lambda t: t.rstrip().endswith("?"), "a question"),
    (_NOT_FOR_BRIEF.search, "a disclosure, contact line, call to read on or offer"),
    (_SELF_INTRO.search, "the writer introducing themself, or a note beside the text"),
    (lambda t: _CALL_TO_ACT.match(QUOTED.sub(" ", t)), "a call to act"),
    (_GUIDE_PROMISE.search, "a guide's promise to the reader"),
    (_guide_blurb, "a guide's promise to the reader"),
    (participle_opener, "a tagline"),  # "Updated 7 days a week, ..."
    (STAMP.match, "a date stamp"),  # "Published February 24, 2020 ..."
    (_LOG_LINE.match, "a change log's line"),
    (_REVIEW_ENTRY.match, "a review list's entry"),
    (_CAPTION_LABEL.match, "a picture's caption"),  # "2021-08-09 Emphasizing ..."
    (_CAPTION_CREDIT.search, "a picture's caption"),
    (_CLAUSE_ALONE.match, "a subordinate clause alone"),
    (_purpose_alone, "an infinitive of purpose alone"),
    (_LEAD_IN.match, "a lead-in"),
    (_speaker_on_topic, "a video's title"),
    (lambda t: not _ENDS.search(t), "no sentence's final mark"),
    (lambda t: t.count("|") >= 3 or t.startswith("|"), "a table row"),  # "| HD | 225.86 | -5.44% |"
    (_ASIDE.match, "an aside in brackets"),
    (EMBED_SIGNATURE.match, "an embedded post's signature"),
    (_CITATION.match, "a citation"),
    (_CODE_LINE.search, "a line of code"),
    (_opaque, "a key, hash or glued menu"),
    (_field_line, "a record's field"),
    (_fragment, "a phrase without a verb"),
)


def why_not(text: str) -> str | None:
    """Why ``text`` is no sentence of a brief (see the module docstring), or None."""
    return next((reason for check, reason in _CHECKS if check(text)), None)
