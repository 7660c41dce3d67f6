"""Shortened forms of one sentence: what a headline leaves out, dropped by rules.

``compress(sentence)`` yields shortened variants of one sentence by dropping what
headlines leave out: datelines, asides in brackets or dashes, relative clauses and
appositives, leading adverbials, trailing attributions and subordinate clauses, day
names; ``clean_edges`` trims what a cut leaves at either end.  It does not judge the
variants (``headline_checks``, ``headline_cuts``) nor rank them (``headlines``), and it
does not rewrite words (``headline_style``, ``neutral``).
"""

from __future__ import annotations

import re

import numpy as np

from . import headline_style, tagger, wellformed
from .duplicates import STOP
from .headline_checks import BAD_END, LABEL, TRANSITIVE_END, VERBISH, VOICE, has_verb, open_single
from .text import upper_first

_PAREN = re.compile(r"\s*\([^()]{0,120}\)")
_DASH_ASIDE = re.compile(r"\s+(?:--|\u2014|\u2013)\s+[^-\u2014\u2013]{1,120}?\s+(?:--|\u2014|\u2013)\s+"
                         # ... or between spaced hyphens: "the new fees - which include ... - are"
                         r"|\s+-\s+(?:(?!\s-\s)[^\u2014\u2013]){1,120}?\s+-\s+")
# a sentence adverb between commas: "The Afghan Taliban, however, claimed ..."
_ADVERB_ASIDE = re.compile(r",\s+(?:however|meanwhile|though|too|also|in fact|of course|in turn|"
                           r"for (?:its|his|her|their) part),\s+", re.I)
DASH_TAIL = re.compile(r"\s+(?:--|\u2014|\u2013|-(?=\s+(?:here|what|why|how|who|when|where|watch|see|read|and|but)\b))"
                        r"\s+.*$", re.I)  # (a hyphen as a dash before "here's everything ...")
# a sentence's only spaced hyphen, before a lower-case word, as a dash: "runs on video - simply as
# that" (not in a score, "2 - 1"; two hyphens are an aside's: "recordings - including X - are")
_HYPHEN_TAIL = re.compile(r"(?<![\d\s])\s+-\s+(?=[a-z]).*$")


def _dash_tail_out(text: str) -> str:
    """``text`` without the tail after a dash."""
    text = DASH_TAIL.sub("", text)
    return _HYPHEN_TAIL.sub("", text) if len(re.findall(r"\s-\s", text)) == 1 else text


LEAD_ADVERBIAL = re.compile(
    r"^(?:On|In|At|After|Before|During|Following|Despite|While|When|As|Last|Earlier|Later|Since|"
    r"Amid|Under|With|Without|By|For|Over|Speaking|Asked|Writing|According to|Meanwhile|However|"
    r"But|And|So|Now|Still|Instead|Today|Yesterday|This week|Last week|In other words|Overall|"
    r"Also|Separately|Elsewhere|Earlier this \w+|Late \w+|Early \w+)\b[^,]{0,80}(?:,\s+(?:19|20)\d\d)?,\s+")
# (a date's year after its own comma: "On July 4, 2025, the legislation ...")
# ... with its examples after its comma: "With the explosion of digital technology, including the
# widespread use of computers and smartphones, businesses began ..."
_LEAD_EXAMPLES = re.compile(r"^(?:including|such as|especially|particularly|notably)\b[^,]{0,100},\s+(?=\S)")
# ... or one without its comma before a named subject: "Now Metasploit will prefer ...", or
# a conjunction that links to the sentence before ("But will the new bridge open in time?")
BARE_LEAD = re.compile(r"^(?:(?:Now|Today|Yesterday)\s+(?=[A-Z][a-z])|(?:But|And|Yet)\s+(?=\w)"
                        r"|So\s+(?=(?:what|who|how|why|where|when|which)\b))")  # "So who is ...?"
_LIST_GOES_ON = re.compile(r"([^,]{1,60}),\s+(?:and|or)\s")  # "..., proper puck prep, and a grinder"
_NC = r"(?:[^,]|,(?=\S))"  # any character but a clause comma (commas in 3,000 stay)
_RELATIVE = re.compile(r",\s+(?:who|which|whose|where|whom)\b" + _NC + r"{0,120},\s")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|his|her|their|its|also|now|then|aged|\d+)\b" + _NC
                         + r"{0,80},\s")
_TRAIL_ATTRIB = re.compile(
    r",?\s+(?:according to\b.*|(?:police|officials|authorities|experts|critics|reports|sources|"
    r"analysts|witnesses|residents|officers|investigators|(?:the\s+)?[a-z]+ (?:said|says)|"
    r"he|she|they|it|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|the\s+\w+(?:\s+\w+)?)\s+"
    r"(?:said|says|told\s+[^,.]+|reported|added|announced|confirmed|noted|explained|wrote|"
    r"tweeted|stated|reports)(?:\s+(?:on|in|at)\s+[^,.]{1,40})?)\s*$")
# ", a court has ruled" / ", the uk's financial watchdog has announced" at the very end
_TRAIL_SAID_ANY = re.compile(
    r",\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:has\s+|have\s+)?(?:said|says|ruled|announced|reported|"
    r"warned|claimed|confirmed|revealed|found|told\s+[^,.]+)\s*$")
# "The world's largest retailer, Wal-Mart, has agreed": a short appositive before the verb
# (one lower-case word is a list's item: "Newborns left in dustbins, buses, forests: ...")
_NAME_APPOSITIVE = re.compile(
    r"^(?P<subj>[^,]{3,60}),\s+(?![a-z]+,)(?!(?:but|and|or|yet|so)\s)[^,]{2,40},\s+"
    r"(?=(?!this\b|thus\b)(?:has|have|had|is|are|was|were|will|would|can|could|\w+ed|\w+s)\b(?!,))")
# (not the next item of a list: "Companies, Providers, Consultants, &"; nor a clause that "but"
# opens: "... the newest trend, but for millions of Americans, this is coffee")
_TRAIL_CLAUSE = re.compile(
    r",?\s+(?:which|who|while|as|after|before|when|because|although|though|despite|including|"
    r"saying|adding|amid|following|where|with|since|until|but|so that|in order to|according to)"
    r"\b.*$")
_COMMA = re.compile(r"(?P<before>\S+),\s+(?P<after>\S)")


def _drop_comma_tail(text: str) -> str:
    """``text`` up to its first comma, except a comma inside a list of names ("members Tom
    Johnston, Patrick Simmons, ..." stays whole)."""
    for m in _COMMA.finditer(text):
        if not (m.group("before")[:1].isupper() and m.group("after").isupper()):
            return text[:m.start() + len(m.group("before"))]
    return text


# "X is reeling after Y announced that Z": the fact is in the subordinate clause.
_AFTER_CLAUSE = re.compile(r"^.{3,80}?\s(?:after|as|when|because)\s+(?P<rest>.{20,})$")
_ANNOUNCED = re.compile(
    r"^(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+\w+(?:\s+\w+)?)\s+"
    r"(?:announced|said|says|confirmed|revealed|reported|told\s+\w+|disclosed|stated)"
    r"(?:\s+(?:on|last)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?:that\s+)?")
_DAYS = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Headlines leave out when in the week it happened ("on Monday", "here friday", "today").
_MONTHS = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|"
           r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
# a date before a comma ("March 1, 2019,"); after a day ("On Saturday, March 1, ...") or
# opening the sentence it would open the headline alone
_DATE = _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?(?=,)"
# ... or day first ("on Monday, 28 April, ..."; only after a day)
_DATE_AFTER = r"(?:,?\s+(?:" + _DATE + r"|\d{1,2}\s+" + _MONTHS + r"(?:\s+\d{4})?(?=,)))?"
# a list of days goes whole: "On Tuesday, Wednesday, and Friday she tutors" (not "On Tuesday and she
# tutors", stardewvalleywiki.com in trafilatura's tests)
_DAY_LIST = _DAYS + r"(?:(?:,\s+|,?\s+(?:and|or|to|through)\s+(?:(?i:on)\s+)?)" + _DAYS + r")*"
_DAY = re.compile(r"(?:^|\s+)(?:here\s+)?(?:(?i:on)\s+)?(?:(?i:last|next|this)\s+)?(?:" + _DAY_LIST +
                  r"|today|yesterday|tonight)(?!\s+(?:morning|afternoon|evening|night)['\u2019]s\b)"
                  r"(?:\s+(?:morning|afternoon|evening|night))?\b(?!['\u2019]s\b)"
                  + _DATE_AFTER + r"|\s+(?:this|last)\s+(?:morning|afternoon|evening|night)\b"
                  r"|^(?:(?i:on)\s+)?" + _DATE)
_SPENT = re.compile(r"\b(?:spend|spends|spent|spending)$", re.I)
_NAME_DAY = re.compile(r"(?!(?:On|Last|Next|This|Every|Each|By|Since|Until|From|Through)\s)[A-Z][\w'-]*\s+"
                       + _DAYS + r"\b")  # ("Black Friday", not "On Tuesday")


def drop_days(text: str) -> str:
    """``text`` without its day words ("on Monday", "yesterday") and an opening date ("On
    Saturday, March 1, ...", "On Nov. 18, ..."), except a day that is part of a name after a
    capitalised word ("Black Friday", "Cyber Monday")."""
    def keep_names(m: re.Match) -> str:
        if (_SPENT.search(text[:m.start()]) or text[:m.start()].endswith(" of")) \
                and not m.group(0).strip().lower().startswith("on"):
            return m.group(0)  # "spent Monday trying", "for much of Thursday": the day is the object
        before = text[max(0, m.start() - 30):m.end()]
        tail = re.search(r"\S+\s+\S+$", before)
        return m.group(0) if tail and _NAME_DAY.fullmatch(tail.group(0)) else ""

    return _DAY.sub(keep_names, text)


# "in a statement", "in the release", "on Twitter": where it was said
_WHERE_SAID = r"(?:\s+(?:in|on)\s+(?:(?:a|an|the|its|his|her)\s+)?(?:statement|release|interview|" \
              r"letter|email|e-mail|post|tweet|video|Twitter|Facebook)\b,?)?"
_LEAD_SAID = re.compile(r"^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|"
                        r"[Tt]he\s+\w+)\s+(?:said|says|told\s+\w+)" + _WHERE_SAID +
                        r"(?:\s+that)?\s+")
# The same in text without capitals (a lower-cased wire lead): any short subject, no comma.
_LEAD_SAID_ANY = re.compile(r"^[^,]{3,60}?\s+(?:said|says|told\s+\w+)(?:\s+(?:here\s+)?(?:on\s+)?"
                            + _DAYS + r")?" + _WHERE_SAID + r"(?:\s+that)?\s+(?=\S+\s+\S+\s+\S)")
# "X said (on Monday) that they had agreed to ..." -> "X agreed to ...": the pronoun's
# referent is the speaker, so the speaker becomes the subject.
_SAID_PRONOUN = re.compile(
    r"^(?P<who>[^,]{3,80}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|announced|confirmed)(?:\s+(?:here\s+)?(?:on\s+)?"
    + _DAYS + r")?" + _WHERE_SAID + r"(?:\s+that)?\s+(?:they|it|he|she)\s+(?:(?P<aux>had|has|have|would|will|was|"
    r"were|is|are|could|can)\s+)?(?P<rest>\S.{8,})$")
_AUX = {"had": "", "has": "", "have": "", "would": "will ", "could": "could ", "can": "can "}
_TRAIL_PUNCT = re.compile(r"[\s.;:,!?\"'\u201d\u2019\u2013\u2014*-]+$")  # (and a footnote's "*")
# an abbreviation's period stays at the end ("Layoffs to begin this week in U.S.")
_END_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}(?=[\s;:,!?\"'\u201d\u2019-]*$)")


# punctuation, a list's bullet or emoji before a headline's first word ("🎬⚡The internet ...")
_EMOJI_CHARS = r"\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff"  # (with a variation selector or joiner)
_LEAD_MARKS = re.compile(r"^[\s,;:\-\u2014\u2013\u2022\u2023\u25aa\u25ba\u2043" + _EMOJI_CHARS + "]+")


# an emoji between a headline's words ("With 🙈 recent Mailchimp price increases 🙉 and ...")
_EMOJI = re.compile(r"(?<!\S)[" + _EMOJI_CHARS + r"]+(?:\s+|$)")


def clean_edges(text: str) -> str:
    """``text`` without dangling punctuation at either end or emoji, capitalised; a closing quote
    that ends a quotation opened inside stays ("Lynn: “We needed to win”", "from 'Dancing
    with the Stars'"); the two commas of an aside that went are dropped ("Allied Van
    Lines[, (USDOT# 076235),] is ...")."""
    text = _DOUBLED.sub(r"\1", re.sub(r"\s*,\s*,\s*", " ", _EMOJI.sub("", text).strip()))
    return upper_first(_LEAD_MARKS.sub("", _untail(text)))


def _untail(text: str) -> str:
    """``text`` without its final punctuation, but with the closing quote of a quotation
    opened inside it ("... an agency of "powerful crime fighters"." -> "... fighters"")."""
    tail = _TRAIL_PUNCT.search(text)
    text = _TRAIL_PUNCT.sub("", text) + ("." if _END_ABBREVIATION.search(text) else "")
    if tail:
        close = next((q for q, o in (("\u201d", "\u201c"), ('"', '"')) if q in tail.group()
                      and (text.count(o) - text.count(q) == 1 if o != q else text.count(q) % 2)),
                     None) or next((q for q, o in (("\u2019", "\u2018"), ("'", "'"))
                                    if q in tail.group() and open_single(text, o, q)), None)
        text += close or ""
    return text


# a function word typed twice ("tried to to clear", "flags and and banners"): never meant so
_DOUBLED = re.compile(r"\b(to|and|the|a|an|of|in|on|for|with|at|by|from|is|are|was|were)\s+\1\b", re.I)


# "Dekalb, Ill. — Mike Glass threw ...": a dateline before the story
_DATELINE_LEAD = re.compile(r"^[A-Z][\w.'/-]*(?:\s+[A-Z][\w.'/-]*){0,3},\s+[A-Z][\w.]{1,14}"
                            r"(?:\s+(?:[A-Z][\w.]*|\d{1,2})){0,2}(?:\s+\([A-Z][\w .]{1,20}\))?"
                            r"\s+(?:\u2014|\u2013|--|-)\s+(?=[A-Z])"
                            # ... or a city in capitals: "WASHINGTON (January 24, 2017) — Mindfulness ..."
                            r"|^[A-Z]{3,}(?:[\s-][A-Z]{2,}){0,2}(?:,\s+[A-Z][\w.]+)?(?:\s+\([^()]{1,40}\))?"
                            r"\s+(?:\u2014|\u2013|--|-)\s+(?=[A-Z])")


# a sentence's opening phrase, which a comma ends ("Unlike Zoom, Microsoft Teams packs ...")
_OPENING = re.compile(r"^(?:Unlike|Like|After|Before|With|Without|In|On|At|For|From|Despite|Since|As|Among|"
                      r"Beyond|Besides|Compared (?:to|with)|Apart from|Along with)\s[^,]*$")


def _clause_gap(m: re.Match) -> str:
    """What stands where a relative clause or appositive between commas was: the comma that
    ends an opening phrase ("Unlike Zoom[, which ...], Microsoft Teams"), else a space."""
    return ", " if _OPENING.match(m.string[:m.start()]) else " "


# a field's label before a sentence in a review's or a guide's list: "Compatibility: Smart home
# hubs are controlled with ..." (WCXB 4472), "FYI: Only LifeLock's Ultimate Plus plan includes ..."
# (WCXB 4893)
_FIELD_LABEL = re.compile(r"^(?P<label>FYI|[A-Z][a-z]+(?:\s+[a-z]+)?):\s+(?=[A-Z0-9])")
FIELD_LABEL_REST = 4  # words at least of the sentence after it


def _without_field_label(sentence: str) -> str:
    """``sentence`` without a field's label before its colon: words the dictionary knows as
    nouns (not a speaker's name, "Smith: ..."), and a clause of its own after it."""
    from lemminflect import getAllLemmas

    m = _FIELD_LABEL.match(sentence)
    rest = sentence[m.end():] if m else ""
    if not m or len(rest.split()) < FIELD_LABEL_REST or not _clause(rest):
        return sentence
    label = m.group("label")
    return rest if label == "FYI" or all("NOUN" in getAllLemmas(w.lower()) for w in label.split()) else sentence


def compress(sentence: str, max_words: int = 14) -> list[str]:
    """Shortened variants of ``sentence`` (longest first), each a deletion of the original
    or one of two reorderings: a speaker put last ("Y, X says") or first ('X: "Q"')."""
    # (a lower-cased sentence, "however, the harbour ferry ... were cancelled", opens as a
    # headline's would, so that the rules below see its opening phrase)
    base = _without_field_label(_PAREN.sub("", _DATELINE_LEAD.sub("", LABEL.sub("", upper_first(sentence)))))
    base = _ADVERB_ASIDE.sub(" ", _DASH_ASIDE.sub(" ", base))
    steps = [base]
    s = _dash_tail_out(base)
    steps.append(s)
    lead = LEAD_ADVERBIAL.match(s)
    # (not the first item of a list: "With fresh beans, proper puck prep, and a grinder, ...")
    goes_on = lead and _LIST_GOES_ON.match(s, lead.end())
    s2 = s[lead.end():] if lead and not (goes_on and not _clause(goes_on.group(1))) else BARE_LEAD.sub("", s)
    if lead and BARE_LEAD.match(s):  # "But the owner of the cafe, known as ..., said": no lead phrase
        steps.append(BARE_LEAD.sub("", s))
    s2 = _LEAD_EXAMPLES.sub("", s2) if lead else s2  # (the opening phrase's own examples go with it)
    steps.append(s2)
    s3 = _RELATIVE.sub(_clause_gap, _APPOSITIVE.sub(_clause_gap, s2))
    steps.append(s3)
    s4 = _TRAIL_SAID_ANY.sub("", _TRAIL_ATTRIB.sub("", _untail(s3)))
    s4 = _NAME_APPOSITIVE.sub(r"\g<subj> ", s4)
    steps.append(s4)
    s5 = _TRAIL_CLAUSE.sub("", s4)
    steps.append(s5)
    s6 = _drop_comma_tail(s5)
    steps.append(s6)
    steps.append(drop_days(s6))
    steps.append(drop_days(_LEAD_SAID.sub("", s6)))
    steps.append(drop_days(_LEAD_SAID.sub("", s5)))
    steps.append(drop_days(_LEAD_SAID_ANY.sub("", s5)))
    steps.append(drop_days(_LEAD_SAID_ANY.sub("", s6)))
    steps.append(_speaker_possessive(_untail(s5)) or "")
    own = _speaker_as_subject(_untail(s3))
    if own:
        steps.extend([own, drop_days(_TRAIL_CLAUSE.sub("", own)),
                      drop_days(_drop_comma_tail(_TRAIL_CLAUSE.sub("", own)))])
    attributed = _attributed(_untail(s3))
    if attributed:
        steps.append(attributed)
    steps.append(_speaker_quote(base, max_words) or "")
    m = _AFTER_CLAUSE.match(_untail(s4))
    # (not under the writer's own story: "My story begins on Friday, when Discord announced a
    # brand new update to their developer documentation platform" is no news of Discord's)
    if m and not VOICE.search(m.string[:m.start("rest")]):
        inner = m.group("rest")
        steps.append(inner)
        steps.append(_ANNOUNCED.sub("", inner))
        steps.append(drop_days(_ANNOUNCED.sub("", inner)))
    out: list[str] = []
    for v in steps:
        v = clean_edges(drop_days(v))  # headlines leave out the day
        if v and v not in out:
            out.append(v)
    fitted = [v for v in out if len(v.split()) <= max_words]
    for v in out:  # the long variants cut at the last phrase boundary that fits
        cut = _cut(v, max_words)
        if cut and cut not in fitted:
            fitted.append(cut)
    if all(len(v.split()) < 4 for v in fitted):
        # no boundary fits, or only a stub does ("Investors" of "Investors who lost money
        # ... are to receive £194m"): the shortest variant up to its last whole word that fits
        fitted += [c for c in (_cut(v, max_words, anywhere=True) for v in sorted(out, key=len)[:3])
                   if c]
    return list(dict.fromkeys(fitted))


def _clause(text: str) -> bool:
    """Whether ``text`` has a finite verb by the dictionary and by the tagger both ("parties"
    can be a verb, but not in "whimsical midsummer parties")."""
    return has_verb(text) and tagger.finite_in(text)


_CUT_BEFORE = frozenset("and but as after while when with on in at from for by over under "
                        "during amid since until into near so".split())


_SPEAKER = re.compile(
    r"^(?P<who>[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,6}?)\s+(?:said|says|told\s+\w+|announced)"
    r"(?:\s+(?:on|last)\s+\w+)?" + _WHERE_SAID + r"(?:\s+that)?\s+(?P<what>\S.{15,})$")


def _speaker_as_subject(sentence: str) -> str | None:
    """'X said they had agreed to Y' -> 'X agreed to Y' (None if the sentence is not so)."""
    m = _SAID_PRONOUN.match(sentence)
    if not m:
        return None
    aux, rest = m.group("aux"), m.group("rest")
    if aux is None and not VERBISH.match(rest.split()[0]):
        return None
    lead = _AUX.get(aux, f"{aux} ") if aux else ""
    return f"{m.group('who')} {lead}{rest}"


# "Mark Lewis-Francis says his Olympic success has made him determined ..." -> "Mark
# Lewis-Francis's Olympic success has made him determined ...": the speaker is the owner.
_SAID_POSSESSIVE = re.compile(
    r"^(?P<who>[^,]{3,60}?)\s+(?:said|says)(?:\s+(?:on\s+)?" + _DAYS + r")?(?:\s+that)?\s+"
    r"(?:his|her|their|its)\s+(?P<rest>(?![\w-]+['\u2019]s?\b)\S.{8,})$")


def _speaker_possessive(sentence: str) -> str | None:
    """'X says his Y has ...' -> "X's Y has ..." (None if the sentence is not so)."""
    m = _SAID_POSSESSIVE.match(sentence)
    if not m or len(m.group("who").split()) > 6:
        return None
    who = m.group("who")
    return f"{who}{chr(39) if who.endswith('s') else chr(39) + 's'} {m.group('rest')}"


_LINKING_OPENERS = frozenset("but and so yet or meanwhile however also".split())
_NATION = re.compile(r"[a-z](?:ans|crats|ites)$")  # "Americans", "Democrats", "Israelites"
_SPEAKER_PLACE = frozenset("of from at in for with".split())  # "Mayor Jane Smith [of Riverside]"


def _attributed(sentence: str) -> str | None:
    """'X said on Monday that Y' -> 'Y, X says' with X cut to its last name; a plural speaker
    says in the plural ("..., researchers say")."""
    m = _SPEAKER.match(sentence)
    if not m:
        return None
    who = m.group("who").split()
    if who[0].lower().rstrip(",") in _LINKING_OPENERS and len(who) > 1:
        who = who[1:]  # "But opposition parties said ...": the speaker, not the link
    at = next((k for k, w in enumerate(who) if k and w in _SPEAKER_PLACE), len(who))
    if any(w[:1].isupper() for w in who[1:at]):
        who = who[:at]  # the speaker, not the place: "Mayor Jane Smith [of Riverside]"
    # (not the capital of the sentence's first word: "Some [smart guy once] said that ...")
    # (nor of a lower-cased sentence, whose first word alone has a capital: "Former
    # special constable debra martin previously said ..." names no "Former")
    names = [w for k, w in enumerate(who) if w[:1].isupper() and (k or w.lower() not in STOP)
             and (k or any(v[:1].isupper() for v in who[1:]))]
    if who[0] in ("The", "A", "An"):
        who = [who[0].lower()] + who[1:]  # "..., the company says"
    # plural speakers: "..., police say", "..., dentists in Ohio say", "..., researchers say"
    # (of "Researchers at Stanford University": not "University says"); a plural noun the
    # dictionary knows, not a name ("Jones")
    head = who[min(at, len(who)) - 1]
    plural = head.lower() in _SPEAKING_GROUPS or headline_style.plural_noun(head.lower())
    if len(who) <= 3:
        short = " ".join(who)
    else:
        short = " ".join(who[:at]) if plural and at <= 2 else (names[-1] if names else None)
        plural = plural and at <= 2
    if not short or short.lower() in ("he", "she", "they", "it"):
        return None
    what = m.group("what")
    # in lower case, not with the capital of the sentence's start, unless a people or a party
    # ("..., Democrats say")
    if plural and short.startswith(who[0]) and who[0][1:].islower() and not _NATION.search(who[0]):
        short = who[0].lower() + short[len(who[0]):]
    verb = "say" if plural else "says"
    return f"{upper_first(what)}, {short} {verb}"


# A sentence that is a named speaker's quotation: '"The ferry will run all winter," Mayor Ana Ruiz
# said.' -> 'Mayor Ana Ruiz: "The ferry will run all winter"'
_QUOTE_LEAD = re.compile(r'^(?P<o>["\u201c])(?P<q>[^"\u201c\u201d]{10,}?)[,.!?]?["\u201d],?\s+'
                         r"(?P<who>[^,.;:]{3,60}?)\s+(?:said|says|told\s+[^,.;:]{2,40}|added|wrote|tweeted)"
                         r"(?:[,.]|\s+(?:in|on)\s|$)")
_PRONOUNS = frozenset("he she they it we i you".split())


_SPEAKER_HEAD = re.compile(r'^(?P<who>[^:"\u201c]{2,60}): (?P<q>["\u201c].+["\u201d])$')


def kept_mask(ws: list[str], variant: str) -> np.ndarray:
    """``wellformed.kept_mask`` of a variant; of a speaker's quotation put first ('Mayor Ana
    Ruiz: "The ferry ..."', ``_speaker_quote``), the words of both parts where the sentence has them."""
    m = _SPEAKER_HEAD.match(variant)
    if not m:
        return wellformed.kept_mask(ws, variant)
    return np.maximum(wellformed.kept_mask(ws, m.group("q")), wellformed.kept_mask(ws, m.group("who")))


def _speaker_quote(sentence: str, max_words: int) -> str | None:
    """'"Q," X said.' -> 'X: "Q"', the quotation cut at its last comma that fits ``max_words``
    (None when the speaker is a pronoun or one word, the sentence is no such quotation, or no
    cut fits)."""
    m = _QUOTE_LEAD.match(sentence.strip())
    if not m:
        return None
    who = re.sub(r"^(?:the|a|an)\s+", "", m.group("who"), flags=re.I)
    if who.split()[0].lower() in _PRONOUNS or len(who.split()) < 2:
        return None  # (nor a speaker of one word: "[a] statement", "[the] mayor")
    ws, room = m.group("q").split(), max_words - len(who.split())
    if len(ws) > room:
        ends = [k for k in range(4, room + 1) if ws[k - 1].endswith(",")]
        if not ends:
            return None
        ws = ws[:ends[-1]]
    close = "\u201d" if m.group("o") == "\u201c" else '"'
    return f'{upper_first(who)}: {m.group("o")}{upper_first(" ".join(ws).rstrip(","))}{close}'


# plural speakers: "Suspect fled, police say"
_SPEAKING_GROUPS = frozenset("police officials authorities analysts researchers scientists experts "
                             "doctors witnesses residents critics investigators prosecutors "
                             "economists campaigners people".split())


# words that join the parts of a name ("Rock and Roll", "Musée des Arts", "Ludwig van Beethoven")
_NAME_JOINS = frozenset("and of & de des du la le les van von der den del della di da dos y".split())


def _cut(text: str, max_words: int, anywhere: bool = False) -> str | None:
    """``text`` cut before a conjunction or preposition so that it fits ``max_words``;
    ``anywhere``: after any word that can end a headline (when no such boundary fits)."""
    ws = text.split()
    if len(ws) <= max_words:
        return None
    for k in range(max_words, 4, -1):
        if ws[k - 1].lower().strip(",;:") in BAD_END | TRANSITIVE_END:
            continue
        if ws[k - 1][:1].isupper() and not ws[k - 1].endswith(",") and (
                ws[k][:1].isupper() or ws[k].lower() in _NAME_JOINS and k + 1 < len(ws)
                and ws[k + 1][:1].isupper()):
            continue  # inside a name: "rest of Six | Nations", "Rock | and Roll", "Musée | des Arts"
        if anywhere and ws[k][:1].isupper():
            continue  # before a name: "ride a potential | Rock and Roll Hall of Fame"
        if ws[k - 1].endswith(",") and ws[k - 1][:1].isupper() and ws[k][:1].isupper():
            continue  # inside a list of names: "members Tom Johnston, | Patrick Simmons"
        if _BUT_OPENING.search(" ".join(ws[:k]).rstrip(",")):
            continue  # before the clause a "but" opens: "..., but for millions of Americans, | they ..."
        if anywhere or phrase_boundary(ws, k):
            return clean_edges(" ".join(ws[:k]))
    return None


# the opening phrase of a clause after "but" or "yet", still without its verb
_BUT_OPENING = re.compile(r",\s+(?:but|yet)\s+(?:for|in|at|on|to|with|among|across|after|from|by|of)\b"
                          r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could)\b)[^\s,]+)*$", re.I)


def phrase_boundary(ws: list[str], k: int) -> bool:
    """Whether a phrase may end after ``ws[k - 1]``: a comma, or a conjunction or preposition next."""
    return ws[k - 1].endswith(",") or ws[k].lower() in _CUT_BEFORE
