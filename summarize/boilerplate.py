"""Recognise page furniture by its nature, not by exact strings.

Each rule looks for a *kind* of text that is not part of a news story:

- calls to action: an imperative aimed at the reader plus a web object ("Sign up for our
  newsletter", "Tap the bell icon"), or a direct question to the reader;
- teasers and link lists: "also / more / related" + "stories / reads", label-and-colon
  lines ("READ MORE: ..."), lines that are mostly URLs, capitalised promo lines;
- comment forms: several words from the vocabulary of web forms (email, required, reply ...);
- self-reference of the text: the text talking about itself, its markup or its SEO;
- media credits and captions, ad markers, bylines and date stamps, legal lines.

``classify(text, standalone)`` returns a reason (a short label) or None.  Whether a short
line "shares nothing with the story" needs the whole document: see ``document``.
This module does not remove anything; the document model records what it flags.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the small words of English (what a run of names has none of)
STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my no nor not now of off on once only or other our ours out over
own said same she should so some such than that the their theirs them then there these they
this those through to too under until up very was we were what when where which while who
whom why will with would you your
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+")
ABOUT_ITSELF = "text about the text itself"  # the reason for "In this article we will ..."

CTA_VERBS_ALONE = {"subscribe", "click", "tap", "scroll", "swipe", "bookmark", "retweet",
                   "repost", "upvote", "unsubscribe", "sign", "log", "login", "signup", "register"}
CTA_VERBS = {"share", "follow", "like", "comment", "join", "download", "watch", "read", "check",
             "visit", "support", "donate", "tell", "let", "see", "get", "listen", "discover",
             "explore", "find", "stay", "keep", "continue", "send", "pass", "hit", "leave",
             "drop", "email", "grab", "sign", "become", "enter", "view", "go", "head", "browse",
             "learn", "catch", "click", "tap", "turn", "enable", "allow", "save", "print",
             "bookmark", "have", "submit", "miss"}
# What follows an imperative ("Share this", "Follow us on"), unlike a noun ("Support for").
IMP_NEXT = {"us", "our", "this", "these", "the", "a", "an", "it", "more", "on", "out", "up", "now",
            "here", "your", "them", "below", "what", "in", "at", "to", "with", "along", "back",
            "all", "every", "my", "for", "away", "off"}
WEB_OBJECTS = {"newsletter", "newsletters", "inbox", "email", "e-mail", "emails", "updates", "homepage",
               "alerts", "notifications", "notified", "channel", "page", "article", "articles",
               "story", "stories", "post", "posts", "link", "links", "below", "above", "here",
               "button", "icon", "bell", "app", "podcast", "comments", "comment", "feed", "blog",
               "website", "site", "facebook", "twitter", "instagram", "tiktok", "youtube",
               "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "threads", "snapchat",
               "social", "friends", "friend", "subscribers", "subscription", "subscribe",
               "premium", "membership", "video", "videos", "gallery", "photos", "pictures",
               "coverage", "content", "thoughts", "opinions", "x", "apps", "form"}
PLATFORMS = {"facebook", "twitter", "instagram", "tiktok", "youtube", "whatsapp", "telegram",
             "linkedin", "pinterest", "reddit", "threads", "snapchat", "email", "print", "x",
             "share", "tweet", "pin", "copy", "link", "messenger", "flipboard", "mastodon",
             "bluesky", "sms", "more", "comments", "comment", "save", "on"}
TEASER_A = {"also", "more", "related", "recommended", "trending", "popular", "latest", "next",
            "previous", "top", "similar", "suggested", "featured", "sponsored", "editors",
            "editor's", "must", "don't", "dont", "other", "further", "most", "read", "see"}
TEASER_B = {"like", "read", "reads", "reading", "stories", "story", "articles", "article",
            "posts", "news", "headlines", "miss", "links", "coverage", "videos", "watch", "picks"}
FORM_WORDS = {"email", "e-mail", "address", "published", "required", "fields", "field", "marked",
              "reply", "replies", "comment", "comments", "name", "website", "save", "browser",
              "submit", "cancel", "notify", "captcha", "logged", "login", "moderation",
              "characters", "username", "password", "mandatory", "posting", "post", "subscribe",
              "checkbox", "consent", "newer", "older", "avatar", "anonymous", "guidelines"}
SELF_NOUNS = {"article", "post", "piece", "blog", "content", "write-up", "writeup", "guide",
              "text", "essay", "page", "section", "paragraph", "paragraphs", "sections",
              "story", "summary", "overview", "outline", "draft", "format"}
SELF_VERBS = {"structured", "formatted", "written", "optimized", "optimised", "organized",
              "organised", "designed", "crafted", "generated", "created", "divided", "broken",
              "laid", "presented", "arranged", "split", "tailored", "aims", "aim", "explore",
              "explores", "covers", "discuss", "discusses", "explain", "explains", "delve",
              "dive", "outline", "outlines", "provides", "provide", "updated", "amended",
              "corrected", "edited", "compiled", "enhanced", "improve", "improved", "ensure"}
MARKUP_WORDS = {"html", "h1", "h2", "h3", "h4", "markdown", "seo", "subheadings", "subheading",
                "headings", "readability", "skimmable", "scannable", "word-count", "wordcount",
                "serp", "backlinks", "chatgpt", "meta-description"}
TOPIC_MARKUP_WORDS = {"seo", "serp", "backlinks", "chatgpt", "readability"}  # what articles are about
CREDIT_WORDS = {"getty", "shutterstock", "reuters", "afp", "epa", "alamy", "istock", "unsplash",
                "pexels", "ap", "pa", "rex", "courtesy", "©", "copyright", "handout", "supplied",
                "file", "images", "image", "photo", "photos", "photograph", "picture", "pic",
                "credit", "credits", "via", "wireimage", "bloomberg", "xinhua", "anadolu"}
AD_WORDS = {"advertisement", "advertising", "advert", "ad", "ads", "sponsored", "promoted",
            "paid", "partner", "content", "story", "article", "continues", "continue",
            "reading", "below", "scroll", "to", "down", "for", "more", "after", "the", "this",
            "promotion", "affiliate", "commission", "links"}
_COMMISSION = r"\b(?:earn|earns|receive|get)\s+(?:us\s+)?(?:a\s+)?(?:small\s+)?commissions?\b"
_VIA = r"\b(?:links?|purchases?|providers|retailers|partners)\b"  # what a commission comes through
LEGAL_PAT = re.compile(r"privacy policy|terms of (?:use|service)|we use cookies|"
                       r"cookie (?:policy|settings|preferences)|accept (?:all )?cookies|use of cookies|"
                       r"copyright\s+(?:©\s*)?\d{4}|"
                       r"affiliate (?:links?|commission)|may earn (?:a )?commission|"
                       # "Purchases made through our links may earn us a commission", "We may
                       # receive commissions on purchases made through links on our site",
                       # "Products are chosen independently by our editors"
                       + _VIA + ".*" + _COMMISSION + "|" + _COMMISSION + "(?=.*" + _VIA + ")|"
                       r"\b(?:chosen|selected)\s+independently\b|\bindependently\s+(?:chosen|selected)\b|"
                       r"\bour\s+(?:editors|reviewers|experts)\b.{0,100}\bindependently\b|"
                       # an advertiser disclosure: "This post contains references to products
                       # from one or more of our advertisers."
                       r"\b(?:our|from) advertisers\b|\badvertisers do not\b|"
                       r"\b(?:may )?receive compensation when you\b|"
                       # an affiliate page's pledge and a plea for support ("We only recommend
                       # brands that we truly believe in. Support our editorial work by supporting
                       # them!", "Support TO with a one-time tip.")
                       r"\bwe only (?:recommend|feature|promote) (?:brands|products)\b|"
                       r"\bsupport (?:our|independent) (?:editorial work|journalism|reporting)\b|"
                       r"\bone-time (?:tip|donation|contribution)\b|\bbuy (?:me|us) a coffee\b|"
                       r"^terms apply to (?:the )?offers\b|"
                       # a reader-supported site's disclosure: "As an Amazon Associate, this
                       # website earns from qualifying purchases.", "Buying through links on our
                       # site supports our work. We are a reader-supported website ...",
                       # "... because some vendors may pay us for web traffic", "Our team tests,
                       # rates, and reviews ... to help you make better buying decisions"
                       r"\bearns? from qualifying purchases\b|\breader-supported\b|"
                       r"\b(?:buying|shopping|purchases made) through (?:the )?links on our site\b|"
                       r"\b(?:vendors|advertisers|companies|brands) (?:may )?pay us\b|"
                       r"\bmake better (?:buying|purchasing) decisions\b|"
                       r"^why (?:you (?:should|can) )?trust (?:us|(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+){0,2})(?:\?|:|$|\s+for\b)|"
                       r"^(?:learn (?:more )?about )?(?:our|[A-Z][\w'\u2019. ]{1,40}(?:'|\u2019)s?) editorial "
                       r"(?:process|guidelines|policy|standards)\.?$|"
                       # a site's notice: "This website, and all linked websites under the
                       # control of the agency, is under review and content may change."
                       r"\bis under review and (?:its )?content may change\b|"
                       # a site's disclaimer: "Whole Whale does not publicly offer or claim to
                       # offer financial and/or legal advice to nonprofits"
                       r"\b(?:does|do) not (?:publicly )?(?:offer|provide|give) or claim to (?:offer|provide|give)\b|"
                       r"^we (?:do not|don(?:'|\u2019)t) (?:offer|provide|give) (?:any )?(?:financial|legal|medical|tax|investment)(?: or \w+)? advice\b|"
                       # ... and pledge: "The Good Trade editors endorse products we've
                       # personally researched, tested, and genuinely love."
                       r"\b(?:endorse|recommend) (?:only )?products (?:that )?we(?:'ve|\u2019ve| have)? (?:personally )?"
                       r"(?:researched|tested|used|vetted|love)\b|"
                       # a review site's pledge: "Opinions and recommendations are ours alone."
                       r"^(?:all )?opinions(?: and recommendations)? (?:expressed )?are (?:ours alone|our own)\b|"
                       r"\bcookies\b.{0,80}\b(?:browser|browsing|consent|(?:this|our) (?:web)?site)\b|"
                       r"\b(?:browser|browsing|consent|(?:this|our) (?:web)?site)\b.{0,80}\bcookies\b|"
                       r"opt[- ]out of (?:these |all |our )?cookies|"
                       # a consent form's: "We and our 100 partners store and/or access
                       # information on a device, such as unique IDs in cookies ...", "We Care
                       # About Your Privacy"
                       r"^we and our (?:\d+ )?partners\b|\bstore and/or access information on a device\b|"
                       r"\buse limited data to select advertising\b|^we care about your privacy\.?$|"
                       # an ad-tracking notice: "A NOTE ABOUT relevant advertising: We collect
                       # information about the content (including ads) you use across this site"
                       r"\bonline behaviou?ral advertising\b|^a note about relevant advertising\b|"
                       r"\bwe collect information about the content\b|"
                       r"\bstrictly prohibited without (?:the )?(?:express )?(?:prior )?(?:written )?(?:consent|permission)\b|"
                       r"^(?:please )?(?:accept|review|read) our (?:updated )?privacy (?:terms|notice)|"
                       # a US government site's banner: "Federal government websites often end in
                       # .gov or .mil.", "The .gov means it's official.", "The site is secure."
                       r"\bgovernment (?:web)?sites? (?:often |usually )?ends? in \.gov\b|"
                       r"^the \.gov means it(?:'|\u2019)?s official|^the site is secure\.?$|"
                       r"\bhttps:// ensures that you are connecting to the official\b", re.I)
LEGAL_BLOCK_WORDS = 300  # the longest block of two legal marks taken for a notice
# Phrases only a site's legal footer uses: a paragraph with one is a notice at any length.
LEGAL_FOOTER = re.compile(r"all rights reserved|©\s*\d{4}|"
                          # a text-message sign-up's terms (WCXB 0477: "Msg and data rates may
                          # apply. ... Reply STOP to opt out, HELP for help.")
                          r"\bmsg (?:&|and) data rates may apply\b|\breply stop to (?:opt out|unsubscribe|cancel|end)\b|"
                          r"\bconsent is not a condition of (?:any )?purchase\b|"
                          # a disclaimer: "The content ... does not necessarily represent the
                          # official views of the National Institutes of Health"
                          r"\b(?:does|do) not necessarily (?:represent|reflect) the (?:official )?"
                          r"(?:views|opinions?|positions?)\b|"
                          # a data-protection notice: "The administrator of your personal data will be"
                          r"\b(?:administrator|controller) of your personal data\b|"
                          r"\byour personal data (?:will|is|are|may) be (?:processed|used|stored)\b|"
                          r"statements have not been evaluated by the food and drug|"
                          r"results (?:may )?vary depending|for (?:general )?(?:informational|"
                          r"information|educational) purposes only|for general information only|"
                          # a financial disclaimer: "Investment and Insurance Products are not FDIC
                          # ...", a clinic's: "... providers are not employees or agents of ..."
                          r"\bnot FDIC\b|\bare not employees or agents of\b|(?:is|are) (?:a )?registered "
                          r"trademarks? of|not intended to (?:diagnose|replace|be a substitute for)|"
                          # an offer's terms: "Offers and availability may vary by location and
                          # are subject to change"
                          r"\b(?:offers?|prices?|pricing|rates?|availability)\b[^.]{0,40}\bsubject to change\b",
                          re.I)
# an author's bio that opens with the byline: "By Alex Heath, a deputy editor and author of the
# Command Line newsletter."
BIO_BYLINE = re.compile(r"^By\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Febr)uary\b|March\b|"
                        r"April\b|May\b|June\b|July\b|August\b|(?:Septem|Octo|Novem|Decem)ber\b)"
                        r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3},\s+(?:(?:is\s+)?(?:a|an|the)\s+)?"
                        r"(?:[\w-]+\s+){0,3}(?:editor|writer|reporter|correspondent|columnist|"
                        r"contributor|author|journalist|producer|critic|analyst)s?\b")
# a writer's credit line: "Joanna Nelius, senior editor and E Ink enthusiast with 5+ years
# experience testing PC hardware and laptops" (no verb: "John Smith, 45, has 20 years of ..." is news)
CREDIT_ROLE = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3},\s+(?:(?!\b(?:has|had|is|was|who|said)\b)[^.]){0,80}?"
                         r"\b\d+\+?\s+years?\s+(?:of\s+)?(?:experience|covering|writing|testing|reporting|reviewing)\b")
# what a menu groups its links by: "By Industry", "By Business Need" (no writer's name)
MENU_FACET = (r"(?:Industry|Industries|Role|Business|Topic|Size|Type|Category|Product|Solution|Use|Team|"
              r"Department|Region|Country|Audience|Function|Location|Need|State|Style|City|Price|Brand|Colou?r|"
              r"Occasion|Season|Theme|Budget|Subject|Format|Level|Venue|Vendor|Destination|Age|Manufacturer|Maker|"
              r"Genre|Platform|Model|Material|Feature|Date|Name|Popularity|Rating|Service|Sector|Skill|Goal)s?\b")
# (a handle may run on: "By Aja Romano@ajaromano Dec 10, 2016, 10:20am EST")
BYLINE_PAT = re.compile(
    # (not a menu's facet: "By Industry", "By Business Need")
    r"^(?:[Bb]y\s*\.?\s+(?!The\b|Then\b|Contrast\b|Now\b|Law\b|Far\b|Way\b|Comparison\b|" + MENU_FACET + ")"
    # (the Daily Mail's in Title Case: "By Glen Owen And Brendan Carlin For The Mail On Sunday")
    # (a dash before its time or paper: "By JOHN PYE \u2013 1 day ago", AP's pages of 2008)
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:$|[|,.;:@\u22c5\u2022\u00b7\u2013\u2014]|and\b|for\b|in\b|And\b|For\b|-"
    # a date run on: "By Amelie Marie Nishizawa Feb 8, 2020 5 min read"
    r"|(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d))|"
    # "Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst"
    # ... and a review's credits: "Tested by Katie Bandurski and Mary Henn"
    # (and a health site's: "Peer reviewed by Dr Colin Tidy, MRCGP", WCXB 5111)
    r"(?:Analysis|Opinion|Commentary|Column|Story|Words|Tested|(?:(?:Medically|Peer|Clinically)\s+)?[Rr]eviewed|Fact[- ][Cc]hecked) by\s+"
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:$|,|and\b)|"
    r"(?i:written by\b|posted by(?:\b|(?=\d))|reporting by\b|editing by\b|additional reporting\b|"
    r"(?:last\s+)?(?:updated|published|posted|modified)\s*(?:on|at)?\s*[:.]?\s*(?:\d|jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\w+ ago)|"
    # ("Estimated reading time: 6 minutes", docs.docker.com in trafilatura's test pages)
    r"\d+\s*min(?:ute)?s?\s+read\b|(?:estimated\s+)?reading time\b))")
# "By Ann Lee, Bo Do on Monday, November 18th, 2019 at 11:08 a.m.", "| November 18, 2019 12:01 PM",
# "Charlotte Gannon \u2022 November 4th, 2025"
DATED_BYLINE_PAT = re.compile(
    r"^(?:[|\u2022\u00b7-]\s*)?(?:[Bb]y\s+[A-Z][\w.'-]+(?:[\s,]+(?:and\s+)?[A-Z][\w.'-]+){0,6}"
    r"\s*(?:on|[|,\u2014\u2013-])\s*|[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s*[\u2022\u00b7|]\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
    r"\d{4}(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$", re.I)
STAMP_PAT = re.compile(r"\b(?:published|updated|posted)\s*:?\s*\.?\s*\|?\s*\.?\s*\d{1,2}[:.]\d{2}"
                       # a review's update log: "October 22, 2025: Updated formatting and added ..."
                       r"|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}:\s+"
                       r"(?:we\s+)?(?:updated|added|removed|refreshed|checked|replaced)\b"
                       r"|\|\s*\.?\s*updated\s*:", re.I)
# The signature line of an embedded post: "— Governor Kristi Noem (@govkristinoem) November 18, 2019".
# Not a page-furniture rule (the post is part of the article, and its text stays): the
# brief leaves it out (``engines.eligible.eligible_sentences``).
EMBED_SIGNATURE = re.compile(r"^[\u2014\u2013-]\s*[^()]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}$")
# A site's own promo lines around a story: "... headlines for Nov. 19 are here.", "Check out
# what's clicking today in entertainment."
PROMO_PAT = re.compile(r"\bheadlines for [A-Z][a-z]+\.? \d{1,2} (?:are|is) here\b|"
                       r"^check out what['\u2019]s clicking\b|"
                       r"^welcome to\b.{0,80}\byour (?:source|home|destination|guide|place)\b",
                       re.I)
URL_PAT = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|co\.uk|io)(?:/\S*)?", re.I)
LABEL_PAT = re.compile(r"^([A-Z][A-Z'’ &-]{2,40})\s*[:|>»]\s*\S")
# The same label in any case: "Read more: Recognizing Germany's colonial crimes", "Also read: ..."
TEASER_LABEL = re.compile(r"^(?:(?:also|further|more|must) )?(?:read|see|watch|listen)(?: (?:more|also|"
                          r"next|this|here|now|on))?\s*[:|>»]\s*\S"
                          r"|^(?:related|recommended|more|also)(?: (?:stories|articles|reading|"
                          r"coverage|content|links))?\s*[:|>»]\s*\S", re.I)
# A label with nothing after it, where a page puts its date: "Release Date:", "Last updated:"
DATE_LABEL = re.compile(r"^(?:release|publication|published|posted|updated|last updated|date)"
                        r"(?: (?:date|on|at))?\s*:?\s*$", re.I)
# A reader is asked for an opinion: "We want to hear what you think about this article."
HEAR_FROM_YOU = re.compile(r"\b(?:we|i)(?:'d| would)? (?:want|love|like) to (?:hear|know)\b.{0,40}"
                           r"\b(?:you|your)\b"
                           # "Be the first to know about new stories from PowerPost."
                           r"|^be the first to (?:know|hear|get|see|read)\b.{0,40}\b(?:stories|news|updates|"
                           r"posts|articles|deals)\b", re.I)
# an agency's caption, however long: "File Photo: A Skoda logo is displayed at ...", "File photo of X."
FILE_PHOTO = re.compile(r"^file\s+(?:photo|picture|image)s?\s*(?::|\bof\b)", re.I)
CREDIT_START = re.compile(r"^[(\[]?\s*(?:image|photo|photograph|picture|pic|video|graphic|"
                          r"illustration|credits?|caption|source|footage|screenshot|"
                          r"featured image|main image|top image|header image)s?\b"
                          r"(?:\s+(?:credit|by|courtesy|source))?\s*(?:[:|/\-–—(]|\.\.\.|…)"
                          r"|^courtesy\s*(?::|of\s)"  # "Courtesy: San Jose State Athletics"
                          r"|^special\s+to\s+the\s+[\w.'-]+(?:\s+[\w.'-]+)?\s*$"  # a freelance's credit: "Special to The Star"
                          r"|^(?:an?\s+)?artist['\u2019]?s\s+(?:illustration|impression|rendering|"
                          r"concept|depiction)\s+of\b"
                          # "This webcam image is provided courtesy of Yosemite Conservancy."
                          r"|^(?:this|the|these|all)\s+(?:[\w-]+\s+){0,2}(?:image|photo|photograph|picture|video|"
                          r"footage|map)s?\s+(?:is|are|was|were)\s+(?:provided\s+|used\s+|shown\s+|reproduced\s+)?"
                          r"(?:courtesy\s+of|with\s+(?:the\s+)?(?:kind\s+)?permission\s+of)\s", re.I)
CREDIT_SLASH = re.compile(r"/\s*(?:getty|shutterstock|ap|afp|reuters|epa|alamy|istock|pa|rex|"
                          r"bloomberg|wireimage|xinhua)\b|\bvia getty\b|\bap photo\b|"
                          r"\b(?:getty|shutterstock|alamy) images\b"
                          r"|[(\[](?:photo|image|picture|video|credit|file photo)s?\s*(?::|by\b|credit\b)"
                          r"[^)\]]{0,60}[)\]]\s*$"
                          r"|[(\[][^()\[\]]{0,50}\b(?:via|photo|images?|getty|reuters|afp|ap|epa|"
                          r"shutterstock|credit|library|courtesy|handout)\b[^()\[\]]{0,50}[)\]]\s*$"
                          r"|[a-z]Credit:\s", re.I)
READER_Q = re.compile(r"\b(?:you|your|you're|yours)\b", re.I)
TAGS_PAT = re.compile(r"^(?:tags?|categories|category|filed (?:under|to)|topics?|keywords?|related "
                      r"topics|more on|share this|share)\s*[:|]", re.I)


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


CTA_PREFIX = {"please", "don't", "dont", "forget", "to", "be", "sure", "make", "remember", "why",
              "not", "so", "and", "now", "also", "just", "simply", "you", "can", "want",
              "then", "first", "feel", "free", "go", "ahead", "must", "never"}


# A short label before a prompt: "Pro tip: Get more meal ideas here!"
_TIP_LABEL = re.compile(r"^\s*(?:pro |quick |top |bonus )?(?:tip|note|bonus|hint)s?\s*:\s+", re.I)


# an imperative that ends in a pointer: "Get dental health tips and learn more about dental care."
_AND_LEARN_MORE = re.compile(r"\b(?:and|to)\s+learn\s+more\b", re.I)
# a plug for the site's own product, in the imperative
_PLUG_VERBS = {"use", "try", "grow", "start", "build", "create", "compare", "book", "request",
               "manage", "boost", "plan", "track", "automate", "streamline", "simplify"}
_OUR_PRODUCT = re.compile(r"\b(?:with|use|try|using|through|via)\s+our\s+(?:[\w-]+\s+){0,3}(?:tools?|software|"
                          r"apps?|platform|calculator|estimator|services?|products?|solutions?|"
                          r"forms?|widgets?|plugins?|templates?)\b", re.I)


# a pointer to the site's other articles: "For a deeper dive, check out What Goes Into a ..."
_DEEPER_DIVE = re.compile(r"^(?:for|to get) (?:a deeper dive|more (?:information|details|tips)|further reading)"
                          r"(?: on [^,.]{1,40})?,?\s+(?:check out|see|read|visit|head (?:over )?to)\b", re.I)


PLEASE_WORDS = 8  # words at most of a plea that is a call to action
# a byline with its writer's title and how long ago it was posted: "By MARK LAVIE, Associated
# Press Writer 1 hour, 44 minutes ago" (AP's pages of 2008)
AGO_BYLINE_WORDS = 16
_AGO_END = re.compile(r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\s*$", re.I)
GO_TO_WORDS = 5  # ... and of a link to another site or page ("Go to Google News")


def _call_to_action(ws: list[str], text: str) -> bool:
    """Whether a line asks the reader to act: "Go to Google News", "Please support local
    business!", "Learn more about our services", a verb of ``CTA_VERBS`` with a web object."""
    if ws[:2] == ["go", "to"] and len(ws) <= GO_TO_WORDS and not re.search(r"[.,;]", text):
        return True  # "Go to Google News" (AP's pages on Google News)
    label = _TIP_LABEL.match(text)
    i = len(words(label.group(0))) if label else 0
    if text.lstrip().startswith("#"):
        i = max(i, 1)  # a hashtag is no verb: "#Click3: The greatest from the world wide web"
    while i < min(len(ws), 6) and ws[i] in CTA_PREFIX:
        i += 1
    if i >= len(ws):
        return False
    verb = ws[i]
    objs = sum(w in WEB_OBJECTS for w in ws)
    if verb in CTA_VERBS_ALONE:
        return True
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    if ws[0] == "please" and i == 1 and verb in CTA_VERBS and len(ws) <= PLEASE_WORDS:
        return True  # "Please support local business!" (a 2008 network's <title>)
    if (verb, nxt) in (("learn", "more"), ("read", "more"), ("find", "out")) and len(ws) <= i + 10 \
            and {"our", "us", "here", "about"} & set(ws[i + 2:]):
        return True  # "Learn more about our services and pricing"
    if verb in CTA_VERBS and len(ws) <= 15 and _AND_LEARN_MORE.search(text):
        return True  # "Get dental health tips and learn more about dental care."
    if verb in CTA_VERBS and nxt in IMP_NEXT and nxt != "for" and (
            objs >= 1 or (len(ws) <= i + 4 and nxt in {"more", "us", "now", "here", "this"})):
        return True
    if verb in CTA_VERBS and objs >= 2 and len(ws) <= i + 10:
        return True  # "Visit Business Insider's homepage for more stories."
    if len(ws) <= 25 and {"us", "our", "we"} & set(ws) and objs >= 2 and READER_Q.search(text):
        return True  # "We'd love to hear your thoughts in the comments"
    if len(ws) <= 25 and HEAR_FROM_YOU.search(text):
        return True
    if len(ws) <= 25 and (verb in CTA_VERBS or verb in _PLUG_VERBS) and _OUR_PRODUCT.search(text):
        return True  # "Use our Find-a-Mover tool to get an estimate", "Grow your business with our software"
    if len(ws) <= 30 and _DEEPER_DIVE.match(text):
        return True  # "For a deeper dive, check out What Goes Into a Moving Estimate?"
    if ws[0] in {"for", "to"} and objs >= 2 and len(ws) <= 25:
        # a purpose phrase, then the imperative: "For the latest stories and breaking news
        # updates download the Nationnews apps for iOS and Android."
        return any(w in CTA_VERBS and ws[j + 1] in IMP_NEXT - {"for", "to", "in", "at", "on"}
                   for j, w in enumerate(ws[2:12], start=2) if j + 1 < len(ws))
    return False


def _reader_question(ws: list[str], text: str) -> bool:
    t = text.strip()
    if not t.endswith("?") or len(ws) > 14 or any(q in t for q in "\"“”"):
        return False
    return bool(READER_Q.search(t)) and ws[0] in {"what", "do", "did", "have", "are", "would",
                                                  "will", "how", "which", "who", "could", "should",
                                                  "can", "is", "was", "were", "does", "agree"}


def _teaser(ws: list[str], text: str, standalone: bool) -> bool:
    if len(ws) <= 20 and TEASER_LABEL.match(text.strip()):
        return True
    if standalone and len(ws) <= 5 and ws[-1] in {"newsletter", "newsletters"}:
        return True  # a sign-up box's heading: "PC Gamer Newsletter"
    if len(ws) <= 7 and ws[0] in TEASER_A | {"watch", "latest", "live"} and \
            any(w in TEASER_B | {"full", "analysis", "blog", "feature", "thoughts", "video"} for w in ws[1:]) \
            and not text.rstrip().endswith((".", "?", "!", "'", "\u2019", '"', "\u201d")):
        return True
    if len(ws) <= 6 and ws[0] == "all" and ws[-1] in TEASER_B | {"columns", "blogs"}:
        return True  # a writer's archive: "All Anne Perkins articles"
    if len(ws) <= 14 and ws[0] in {"view", "browse", "search"} and any(w.startswith("archive") for w in ws):
        return True  # "View seven day Editorial Archive for previous Winnipeg Free Press stories."
    m = LABEL_PAT.match(text.strip())
    if m and standalone:
        label = words(m.group(1))
        if any(w in TEASER_A | TEASER_B | {"watch", "breaking", "exclusive", "pictured",
                                           "video", "pics", "listen", "opinion", "poll"}
               for w in label):
            return True
    if not (standalone and len(ws) >= 3 and _upper_ratio(text) > 0.8):
        return False
    hits = {w for w in ws if w in _SHOUTED_TEASER_WORDS}
    # (not a list's title in capitals: "TOP 7 INNOVATIVE KITCHEN APPLIANCE TRENDS ...", WCXB 0223)
    return bool(hits) and not (hits == {"top"} and re.match(r"top\s+\d", text.strip(), re.I))


_SHOUTED_TEASER_WORDS = TEASER_A | TEASER_B | WEB_OBJECTS | CTA_VERBS_ALONE  # (once, not per word)


# a comment policy: "Comments that include profanity or personal attacks ... will be removed"
_COMMENT_POLICY = re.compile(r"\bcomments? (?:that|which) (?:include|contain)\b.{0,120}\b(?:will|may) be "
                             r"(?:removed|deleted)\b"
                             # a site's rules for its comments (nfl.com, 2012): "... identify those comments that
                             # will be removed", "Please keep your comments relevant ...", "Use the "Report" link ..."
                             r"|\bcomments? (?:that|which) (?:will|may) be (?:removed|deleted)\b"
                             r"|\bkeep (?:your )?comments (?:relevant|civil|respectful|on[- ]topic)\b"
                             r"|\buse the [\"\u201c]?report[\"\u201d]? (?:link|button)\b", re.I)


def _comment_form(ws: list[str], text: str) -> bool:
    if _COMMENT_POLICY.search(text):
        return True
    hits = sum(w in FORM_WORDS for w in ws)
    if len(ws) <= 5 and ws[0] in {"leave", "post", "add", "write", "submit", "cancel", "join"} and \
            ws[-1] in {"reply", "comment", "comments", "response", "discussion", "conversation"}:
        return True
    if len(ws) <= 4 and hits and ws[-1] in {"reply", "comment", "comments", "post", "submit",
                                            "cancel", "name", "email", "website", "replies"} \
            and (hits >= 2 or len(ws) <= 2 or "*" in text):
        return True
    return hits >= 3 and hits >= 0.25 * len(ws)


SELF_REFERENCE_REACH = 14  # words from a sentence's start where "this article" may stand


def _self_reference(ws: list[str]) -> bool:
    s = set(ws)
    markup = s & MARKUP_WORDS
    if len(markup) >= 2:
        return True
    # (a word that is also a topic, alone, needs "this" or a verb of writing: "SEO Pricing
    # Guide: How Much Does SEO Cost in 2025?" is a title, WCXB 4992)
    nouns = {"article", "post", "blog", "guide"} if markup - TOPIC_MARKUP_WORDS else set()
    if markup and (s & SELF_VERBS or s & ({"this", "our"} | nouns)):
        return True
    # "In this article, we explore ...", "This post has been updated ...", "We'll spend time on
    # each of these areas throughout this guide, but we wanted ..." (WCXB 0154)
    for i, w in enumerate(ws[:SELF_REFERENCE_REACH]):
        if w in ("this", "our") and i + 1 < len(ws) and ws[i + 1] in SELF_NOUNS:
            rest = set(ws[i + 2:i + 8])
            if rest & SELF_VERBS or rest & {"we", "you'll", "you", "i", "will"}:
                return True
    return False


def _credit(ws: list[str], text: str) -> bool:
    if len(ws) > 25:
        return False
    if CREDIT_START.match(text.strip()) or CREDIT_SLASH.search(text):
        return True
    return len(ws) <= 8 and sum(w in CREDIT_WORDS for w in ws) >= 2 and not text.rstrip().endswith(".")


def _advert(ws: list[str]) -> bool:
    return 0 < len(ws) <= 7 and all(w in AD_WORDS for w in ws) and bool(
        set(ws) & {"advertisement", "advertising", "advert", "ad", "ads", "sponsored", "promoted",
                   "continues", "scroll", "paid", "affiliate"})


def _share_bar(ws: list[str]) -> bool:
    return 2 <= len(ws) <= 12 and all(w in PLATFORMS or w.isdigit() for w in ws) and any(
        w in PLATFORMS - {"on", "more", "x"} for w in ws)


UI_WORDS = {"window", "browser", "device", "playback", "javascript", "cookies", "app", "screen",
            "links", "link", "player", "media", "plugin", "flash", "version", "page", "tab",
            "popup", "pop-up", "iframe", "embed", "content", "video", "audio", "external",
            "site", "browsers", "website"}
UI_STATE = {"supported", "unsupported", "enabled", "disabled", "enable", "open", "opens",
            "load", "loading", "loaded", "available", "unavailable", "requires", "require",
            "update", "refresh", "reload", "blocked", "displayed", "display", "view", "play",
            "support", "optimised", "optimized", "required"}


# A sign-up box's messages: "You have successfully subscribed", "No spam, we promise"; a
# platform's: "Press J to jump to the feed", "If playback doesn't begin shortly, ...".
SIGNUP_MESSAGE = re.compile(r"\b(?:you have|you've) (?:been )?succ?ess?fully (?:subscribed|signed up|"
                            r"registered)|\bactivation link\b|\bconfirm your (?:subscription|e-?mail)"
                            r"|^no spam\b|\bunsubscribe at any time\b|\b(?:won't|will not|never) (?:get |send "
                            r"you )?spam\b|\brespect your privacy\b"
                            # what a platform's page says around a post or a video
                            r"|\byou(?:'re| are) using\b.{0,40}\bbrowser\b|\bupdate your browser\b"
                            # "We noticed that you are using Internet Explorer 11 or older ..."
                            r"|\byou(?:'re| are) using (?:an? )?(?:old(?:er)? version of )?internet explorer\b"
                            r"|^press [a-z0-9] to\b|\bplayback doesn't begin\b|\btry restarting your "
                            r"device\b|^wait \d+ seconds? to continue\b|\badded to the TV's watch history\b"
                            r"|\bby copying the code below\b"
                            # a sign-up form's own messages: "There was an issue with the form.
                            # Please try again.", "Please check your inbox now for your welcome email."
                            r"|^there (?:was|has been) (?:an? )?(?:issue|problem|error) with (?:the|your) "
                            r"(?:form|submission|request)\b|\bcheck your inbox\b|^thank you for (?:joining|subscribing|signing up)\b"
                            # "Your Free Resource is now on its way to your inbox."
                            r"|\b(?:is|are) (?:now )?on (?:its|their) way to your inbox\b"
                            r"|^join (?:(?:over|more than) [\d.,]+\s*[mk]?\+?|[\d.,]+\s*(?:[mk]\+?|\+))\s+(?:others|readers|subscribers)\b"
                            # a paywall's: "If you're seeing this message but you're already a
                            # subscriber, you can log in ...", "First-time subscribers also receive"
                            r"|\bseeing this message\b|\balready an? (?:subscriber|member)\b"
                            r"|\b(?:first-time|new) subscribers (?:also )?(?:get|receive|enjoy)\b"
                            r"|\bdelete your location history\b|\bTwitter stores that location\b"
                            r"|\bkeyboard shortcuts\b|\benjoy fewer interruptions\b"
                            r"|^(?:not|new) (?:on|to) (?:twitter|facebook|instagram|reddit)\b"
                            # a screen reader's link: "Skip to main content", "Jump to navigation"
                            r"|^(?:skip|jump) to (?:the )?(?:main |primary )?(?:content|navigation|"
                            r"menu|search|footer|article|recipe|comments)"
                            r"|^skip (?:article|page|site) header\b"  # (WIRED's "Skip Article Header.")
                            # a recipe's cook-mode switch: "Prevent your screen from going dark as
                            # you follow along."
                            r"|^(?:prevent|keep|stop) (?:your )?screen from (?:going dark|dimming|"
                            r"sleeping|locking)\b", re.I)
# a caption of any length that ends with its photo credit: "... reacts as he visits the Western
# Wall in Jerusalem on March 18 ... (Thomas Coex/AFP/Getty Images)" (``document`` drops it after
# the block model: as a feature, it moved the trees for 5 dev blocks and cost 0.002 CV F1)
CREDIT_TAIL = re.compile(r"\([^()]{0,80}(?:/\s*(?:getty|afp|ap|reuters|epa|shutterstock|bloomberg|xinhua|"
                         r"pa|rex|wireimage|alamy|(?:the\s+)?(?:associated|canadian)\s+press)\b|\bgetty images\b|\bap photo\b)[^()]{0,40}\)\s*$"
                         # ... or a name and an outlet, or an agency and a name, after the caption's
                         # last sentence: "(Matt Stone/Boston Herald)", "Pat Greenhouse / The Boston
                         # Globe", "EPA-EFE/Stuart Brock", "(Hopper Stone/SMPSP/Twentieth Century Fox)"
                         # ... after a label: "... multibillion-dollar deposit. Photographer: Elliot Smith/Bloomberg"
                         r"|(?-i:[.!?]['\"\u201d\u2019]?\s+\(?(?:(?:Photographer|Photograph|Photo|Image|Picture|Credit)s?:\s*)?"
                         r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*"
                         r"\s*/\s*(?:[A-Z][\w.&'\u2019-]*\s*){1,4}(?:/\s*(?:[A-Z][\w.&'\u2019-]*\s*){1,4})?\)?\s*$)", re.I)
# A picture's caption names the colours of what it shows: "dark matter (in white) merges".
# ... or says that it shows something: "A house, for sale in Toronto's Beaches, is shown."
CAPTION_SHOWN = re.compile(r"\b(?:is|are) (?:shown|pictured)(?: (?:here|above|below|in (?:this|the) "
                           r"(?:photo|image|picture)))?\.?$")
CAPTION_COLOUR = re.compile(r"\((?:in |shown in )?(?:red|blue|green|white|yellow|orange|purple|"
                            r"pink|grey|gray|black)\)")


def _interface_message(ws: list[str], text: str) -> bool:
    """Messages from the page or the player: 'Media playback is not supported on this device'."""
    if SIGNUP_MESSAGE.search(text):
        return True
    if len(ws) > 16:
        return False
    s = set(ws)
    return len(s & UI_WORDS) >= 2 and bool(s & UI_STATE)


def _tag_cloud(ws: list[str], text: str) -> bool:
    """A line of a dozen names or more with hardly a small word between them: a tag cloud
    ("2 Chainz Ace Hood Big K.R.I.T. Birdman Chief Keef ...", goose3's test page
    allnewlyrics1), which no sentence is, even in Title Case ("... Is Resigning As Chief ...")."""
    raw = [w for w in _WORD.findall(text) if w[:1].isalpha()]
    if len(raw) < 12 or "," in text or len(ws) - len(raw) > 0.1 * len(ws):
        return False  # (not a date stamp's "Published: 09:14 EST, 4 March 2024 | Updated: ...",
        # nor a wire's scores: "Bayern Munich 3 Borussia Dortmund 1 , Eintracht Frankfurt 2 ...")
    return sum(w[:1].isupper() for w in raw) >= 0.85 * len(raw) and sum(w in STOP for w in ws) <= 0.05 * len(ws)


def _links(text: str) -> bool:
    urls = URL_PAT.findall(text)
    return bool(urls) and sum(map(len, urls)) >= 0.4 * len(text.strip())


JUNK_PREFIX = re.compile(
    r"^(?:please\s+)?(?:scroll|swipe|click|tap|watch|see|read|view)\b(?:\s+[a-z]+){0,3}?\s+"
    r"(?:video|videos|below|here|more|pictures|photos|gallery|footage)\b\s*[:.\-\u2013\u2014]?\s+(?=[A-Z])"
    # a page's jump link: "JUMP TO THE LIST \u2935 The moving process in San Francisco ..."
    r"|^jump to (?:the )?(?:list|recipe|content|section|review|products?|picks|top)\b\s*[^\w\s]*\s+(?=[A-Z])"
    # a transcript's sound cue: "[MUSIC PLAYING] As your baby starts to grow, ..."
    r"|^\[(?:music|applause|laughter|inaudible|crosstalk|upbeat music)(?:\s+(?:playing|plays|continues))?\]\s+(?=[A-Z])",
    re.I)


def junk_prefix(text: str) -> int:
    """Length of a call-to-action prefix glued to a sentence ("Scroll down for video The ...")."""
    m = JUNK_PREFIX.match(text)
    return m.end() if m and len(text) - m.end() > 20 else 0


# a template's dummy text that a page left in, hidden ("Lorem ipsum dolor sit amet, ...")
PLACEHOLDER = re.compile(r"^\W*lorem ipsum\b", re.I)


# a wire story's own furniture, over its text on a paper's page (AP, 2008): its slug ("p0734
# BC-Yemen-Attack 3rdLd-Writethru 01-18 0726"), the note to editors ("Eds: AMs. UPDATES with ...")
# and its pictures' numbers ("AP Photo XAN101, GFX729", "AP Graphic YEMEN ATTACK")
_WIRE_SLUG = re.compile(r"^(?:[a-z]?\d{3,4}\s+)?BC-[\w-]+|\b\d(?:st|nd|rd|th)Ld-Writethru\b|^Eds?:\s")
_WIRE_PICTURE = re.compile(r"^(?:AP|AFP|Reuters)\s+(?:Photos?|Graphics?)\s+[A-Z0-9]")
WIRE_NOTE_WORDS = 15


@lru_cache(maxsize=8192)
def classify(text: str, standalone: bool = False) -> str | None:
    """Why ``text`` (a line if ``standalone``, else a sentence inside a paragraph) is junk, or None.

    Cached: the block features, the document model and the reasons ask about the same lines.
    """
    ws = words(text)
    if not ws:
        return "no words" if text.strip() else None
    if PLACEHOLDER.match(text):
        return "placeholder text"
    if (standalone and _share_bar(ws)) or ((standalone or len(ws) <= 6) and TAGS_PAT.match(text.strip())):
        return "share buttons or tags"
    if standalone and _tag_cloud(ws, text):
        return "share buttons or tags"
    if _links(text):
        return "link list"
    if _advert(ws):
        return "advertisement marker"
    if _interface_message(ws, text):
        return "page or player message"
    if _comment_form(ws, text):
        return "comment form"
    quoted = any(q in text for q in "\"\u201c\u201d")
    if not quoted and _call_to_action(ws, text):
        return "call to action"
    if not quoted and _reader_question(ws, text):
        return "question to the reader"
    if _self_reference(ws):
        return ABOUT_ITSELF
    if standalone and len(ws) <= WIRE_NOTE_WORDS and _WIRE_PICTURE.match(text.strip()):
        return "image credit or caption"
    if standalone and len(ws) <= WIRE_NOTE_WORDS and _WIRE_SLUG.search(text.strip()):
        return "byline or date stamp"
    if ((standalone or len(ws) <= 20) and _credit(ws, text)) or FILE_PHOTO.match(text.strip()) or \
            (len(ws) <= 60 and CAPTION_COLOUR.search(text)) or \
            (len(ws) <= 30 and CAPTION_SHOWN.search(text.strip())):
        return "image credit or caption"
    if _teaser(ws, text, standalone):
        return "teaser"
    if (len(ws) <= 8 and BYLINE_PAT.match(text.strip())) or (len(ws) <= 30 and STAMP_PAT.search(text)) \
            or len(ws) <= AGO_BYLINE_WORDS and BYLINE_PAT.match(text.strip()) and _AGO_END.search(text) \
            or (len(ws) <= 40 and BIO_BYLINE.match(text.strip())) \
            or (standalone and len(ws) <= 25 and CREDIT_ROLE.match(text.strip())) \
            or (standalone and len(ws) <= 25 and DATED_BYLINE_PAT.match(text.strip())) \
            or (len(ws) <= 3 and DATE_LABEL.match(text.strip())):
        return "byline or date stamp"
    # (a longer block with two marks is a disclaimer too: "Products and services referenced are
    # for general information only. ... are not FDIC ... insured")
    marks = len(LEGAL_FOOTER.findall(text)) if len(ws) <= LEGAL_BLOCK_WORDS else 0
    if (len(ws) <= 40 and LEGAL_PAT.search(text)) or (len(ws) <= 120 and marks) or marks >= 2:
        return "legal or cookie notice"
    if len(ws) <= 20 and PROMO_PAT.search(text.strip()):
        return "site promotion"
    return None
