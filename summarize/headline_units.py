"""Deletions of whole phrases, found by part-of-speech tags and ranked by the compressor.

``unit_variants(words, tags, keep_probs, max_words)`` finds the phrases a headline may
drop from a sentence (``units``: a prepositional phrase with the "of" phrases that hang on
it, a relative clause, a clause after a comma, an opening subordinate or participle clause)
and tries every combination of them that brings the sentence to a headline's length; the
learned compressor's keep probabilities rank the combinations, and the most likely few
come back as kept-word index lists.  A relative clause inside the subject ends, without a
comma, before the main verb ("The juror [who saved ... penalty] is speaking out"): the
one thing the compressor's own decoding and the rules' regular expressions miss.

An aside between dashes always goes, as in ``headline_compress.compress``.  A phrase that may
complete the word before it (after a verb, "be", an adjective or a conjunction) or that
something after it hangs on ("from a traveler who ...") stays.  It never cuts inside a
quotation.  It does not judge the result (the checks of
``headlines`` and the well-formedness judge do) and it does not restyle it
(``headline_style`` does).
"""

from __future__ import annotations

import numpy as np

from . import compressor as cmp
from . import tagger

# A noun phrase's tags: what a prepositional phrase spans after its preposition.
_NP = frozenset("DT PDT PRP$ JJ JJR JJS CD NN NNS NNP NNPS POS HYPH $".split())
_NOUN = frozenset("NN NNS NNP NNPS CD PRP".split())
# prepositions whose phrase is an adjunct a headline can lose (not "of", which belongs to its
# noun, nor a subordinator such as "because" or "if", whose clause is no noun phrase)
_PREPOSITIONS = frozenset("at in on for from with by during after before since until under "
                          "over across near amid among against into onto within "
                          "throughout despite following including about around".split())
# (nor "without", which a negation check counts: "inaccessible to anyone [without deep pockets]")
# words whose phrase restricts them: "anyone [without deep pockets]", "those [in need]"
_RESTRICTED = frozenset("anyone anybody anything everyone everybody everything someone somebody "
                        "something nobody nothing none those one all".split())
_FINITE = tagger.FINITE
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "--", "\u2014", "\u2013"})
_SUBORDINATORS = cmp.SUBORDINATORS | {"despite"}  # what opens a clause before its comma
_SAYING = frozenset("saying adding noting claiming arguing warning insisting explaining citing".split())
# adverbs that modify the prepositional phrase after them: "back in 2009", "shortly after"
_PHRASE_ADVERBS = frozenset("back shortly soon right just long way well early late earlier later".split())
MAX_LEAD = 35  # the longest opening clause dropped before its comma
MAX_UNITS = 12  # the most droppable phrases whose combinations are all tried
MAX_VARIANTS = 4


def _list_goes_on(words: list[str], tags: list[str], comma: int) -> bool:
    """Whether the comma after an opening clause with no verb only parts the items of a list
    that goes on to its ", and" before the verb: "While classic barbecues, garden parties, and
    picnics are common, ..." (dropping "While classic barbecues," leaves "Garden parties, and
    picnics are common")."""
    if tagger.any_finite(words, tags, 1, comma):
        return False
    for k in range(comma + 1, len(words) - 1):
        if tagger.finite(k, words, tags):
            return False
        if words[k] == "," and words[k + 1].lower() in ("and", "or"):
            return True
    return False


def units(words: list[str], tags: list[str], clauses: list | None = None) -> list[tuple[int, int]]:
    """Spans [a, b) of the phrases a headline may drop; ``clauses`` gets those that are a
    relative clause inside the subject (whose deletion may be long or hold a negation)."""
    n, out = len(words), []
    clauses = [] if clauses is None else clauses
    first_verb = next((i for i in range(n) if tagger.finite(i, words, tags)), n)
    end = n - (n > 0 and words[-1] in (".", "!", "?"))  # (the sentence's final mark stays)
    lead = 0  # an opening clause goes whole or stays whole
    if tags and (tags[0] == "IN" and words[0].lower() in _SUBORDINATORS or tags[0] in ("VBN", "VBG")) \
            and "," in words[:MAX_LEAD] and not _list_goes_on(words, tags, words.index(",")):
        lead = words.index(",") + 1
        out.append((0, lead))  # "While England kept up ..., the chasing duo ..."; "Posted on ..., the port"
    quoted, skip_to = _quoted(words), 0
    low_first = words[0].lower() if words else ""
    for i, (w, t) in enumerate(zip(words, tags)):
        low = w.lower()
        if i < max(lead, skip_to) or quoted[i]:
            continue  # (a quotation is never cut, nor an aside in part)
        if (t == "IN" and low in _PREPOSITIONS or t == "TO" and i + 1 < n and tags[i + 1] != "VB") \
                and not _complement(words, tags, i):
            j = _phrase_end(words, tags, i)
            if low == "from" and 0 < j < n and words[j].lower() == "to":
                k = _phrase_end(words, tags, j)  # "from X to Y" (its "to" is no phrase alone)
                skip_to = j = k if k > j + 1 else -1
            if j > i + 1 and any(tags[k] in _NOUN for k in range(i + 1, j)):
                # (an adverb that opens the sentence with the phrase goes with it: "[Back in
                # 2009] I posted ...", not "Back I posted ...", davidbau.com's page)
                out.append((i - 1 if i == 1 and low_first in _PHRASE_ADVERBS else i, j))
        elif t in ("WDT", "WP") and i and tags[i - 1] in _NOUN and low != "what" \
                and not words[i - 1].endswith(","):
            ends = _subject_relative_ends(words, tags, i, first_verb)
            clauses.extend((i, e) for e in ends)  # "The juror [who saved ...] is speaking"
            out.extend((i, e) for e in ends or [end])  # "a firm [that specializes in X, Y and Z]."
        elif w == "," and first_verb < i < end - 1 and _trailing_clause(words, tags, i):
            out.append((i, end))  # ", saying ...", ", which ...", ", but ..." (after the main
            # verb: "For X, navigating Y can seem daunting" keeps its subject)
        elif w in _DASHES and i > lead and (e := _dash_end(words, i)):
            out.append((i, e))  # "In the United States[ — long a leader in innovation —]"
            skip_to = e
    return [(a, b) for a, b in out if not any(quoted[a:b])]


def _phrase_end(words: list[str], tags: list[str], i: int) -> int:
    """The index after the prepositional phrase that opens at ``i`` with the "of" phrases that
    hang on it ("at the heart of the case"); -1 when what follows may belong to its noun
    ("by the gameplay of They Are Billions", "from a traveler who ...", "with functions such
    as ...") or it opens a clause ("after Orange launched")."""
    n = len(words)
    j = _noun_phrase_end(tags, i + 1)
    while 0 < j < n - 1 and words[j].lower() == "of":
        k = _noun_phrase_end(tags, j + 1)
        j = k if k > j + 1 else -1
    if 0 < j < n and (tags[j] in _FINITE or tags[j] in ("WDT", "WP")
                      or words[j].lower() in ("such", "like", "including", "that")) \
            or any(words[k].lower() == "such" for k in range(i + 1, max(j, i + 1))):
        return -1
    return j


def _subject_relative_ends(words: list[str], tags: list[str], i: int, first_verb: int) -> list[int]:
    """Where a relative clause inside the subject may end, without a comma: before the main
    verb, one of the next two finite verbs after the clause's own ("The juror [who saved ...
    penalty] is speaking out"); none when the clause is not before the sentence's first verb,
    its noun sits in an opening phrase ("For someone who writes ..., my gym is ..."), or a
    comma or a "that" clause comes before that verb ("who has conquered X can attest that
    the pain is ...")."""
    comma = words.index(",") if "," in words[:i] else -1  # (after an opening phrase: "As a result,")
    if first_verb <= i or any(tags[k] in ("IN", "TO") and words[k].lower() != "of" for k in range(comma + 1, i)):
        return []
    verbs = [k for k in range(i + 1, len(tags)) if tags[k] in _FINITE]
    out = []
    for k in verbs[1:3]:
        between = range(i + 1, k)
        if tags[k - 1] in ("CC", "WDT", "WP", "PRP") or any(words[m].lower() == "that" for m in between) \
                or any(words[m] == "," and not _place_comma(tags, m) for m in between):
            break
        out.append(k)
    return out


def _place_comma(tags: list[str], m: int) -> bool:
    """Whether the comma at ``m`` sets off a place's state or country ("Portland, Oregon,")."""
    return 0 < m < len(tags) - 1 and tags[m - 1] == "NNP" and (tags[m + 1] == "NNP" or tags[m + 1] in _FINITE)


def _noun_phrase_end(tags: list[str], i: int) -> int:
    """The index after the noun phrase that starts at ``i``, with what is coordinated to it
    ("from [government agencies and nonprofit groups]", "of [markets, finance, and
    economics]") and a place's state or country after a comma ("in Portland, Oregon,");
    -1 when a comma may open a list or a new clause ("in Paris, police and firefighters")."""
    start, n = i, len(tags)
    while i < n and tags[i] in _NP and not (i > start and tags[i] in ("DT", "PDT") and tags[i - 1] in _NOUN):
        i += 1  # (a second determiner opens another phrase: "From this viewpoint a principle")
    if i == start:
        return i
    if i + 1 < n and tags[i] == "," and tags[i + 1].startswith("JJ"):
        return -1  # "in high-quality, durable products"
    if i < n and tags[i] == "CC" and i + 1 < n and tags[i + 1] in _NP:
        return _noun_phrase_end(tags, i + 1)
    j, items = i, 0
    while j < n and tags[j] == ",":  # ", finance, and economics"
        k = j + 1
        while k < n and tags[k] in _NP:
            k += 1
        if k == j + 1:
            break
        j, items = k, items + 1
    if j + 1 < n and tags[j] == "CC" and tags[j + 1] in _NP and j > i:
        return _noun_phrase_end(tags, j + 1) if tags[j - 1] == "," or items >= 2 else -1
    if 0 < i < n - 2 and tags[i - 1] == "NNP" and tags[i] == "," and tags[i + 1] == "NNP":
        j = i + 1
        while j < n and tags[j] == "NNP":
            j += 1
        if j < n and tags[j] in (",", "."):
            return j + (tags[j] == ",")
    return i


def _trailing_clause(words: list[str], tags: list[str], i: int) -> bool:
    """Whether the comma at ``i`` opens a clause a headline can lose, to the sentence's end: a
    participle clause (not a gerund subject with its own verb: ", building a foundation is
    achievable"), a relative or adverbial clause, or a "but" clause."""
    nxt, low = tags[i + 1], words[i + 1].lower()
    if nxt == "VBG":  # (a verb of saying has its clause: ", saying costs rose")
        stop = next((k for k in range(i + 2, len(words)) if words[k] in _CLAUSE_END), len(words))
        return low in _SAYING or not any(t in _FINITE for t in tags[i + 1:stop])
    return nxt in ("WDT", "WP") and low != "what" or low in ("while", "as", "after", "before", "when", "but")


_DASHES = frozenset({"--", "\u2014", "\u2013"})


def _dash_end(words: list[str], i: int) -> int | None:
    """The index after the closing dash of an aside that opens at ``i`` (None without one
    within 20 words)."""
    for j in range(i + 1, min(len(words), i + 21)):
        if words[j] in _DASHES:
            return j + 1
    return None


def _quoted(words: list[str]) -> list[bool]:
    """Whether each word is a quotation's (its marks included)."""
    out, inside = [], False
    for w in words:
        opens = w in ("\u201c",) or w == '"' and not inside
        closes = w in ("\u201d",) or w == '"' and inside
        out.append(inside or opens)
        inside = (inside or opens) and not closes
    return out


_BE = frozenset("is are was were be been being am 're 's 'm \u2019re \u2019s".split())


def _complement(words: list[str], tags: list[str], i: int) -> bool:
    """Whether the phrase at ``i`` may complete the word before it rather than add to it:
    after a verb ("depends [on the method]", "resulted [in a fatality]") or a conjunction
    ("individually or [in small groups]"), a form of "be"
    ("they're [in the right place]"), a pronoun it restricts ("those [in need]") or an
    adjective ("similar [to Age of Darkness]").  A phrase after a noun or an object adds."""
    if not i:
        return False
    before = words[i - 1].lower()
    return before in _BE or before in _RESTRICTED or before.endswith(("'re", "\u2019re")) \
        or tags[i - 1].startswith(("VB", "RP", "JJ", "CC"))


def unit_variants(words: list[str], tags: list[str], keep_probs: np.ndarray,
                  max_words: int, min_words: int = 4) -> list[list[int]]:
    """The kept-word index lists of the most likely (under ``keep_probs``) combinations of
    dropped ``units`` that leave ``min_words`` to ``max_words`` words, most likely first."""
    spans = units(words, tags)
    asides = [(a, b) for a, b in spans if words[a] in _DASHES]  # (always dropped, as ``compress`` does)
    spans = [sp for sp in spans if sp not in asides]
    if not spans:
        return []
    p = np.clip(keep_probs, 1e-4, 1 - 1e-4)
    gain = np.log(1 - p) - np.log(p)  # the log-likelihood change of dropping each word
    if len(spans) > MAX_UNITS:  # the ones the compressor most wants gone
        spans = sorted(spans, key=lambda s: -gain[s[0]:s[1]].mean())[:MAX_UNITS]
    is_word = np.array([any(c.isalnum() for c in w) for w in words])
    k = len(spans)
    combos = (np.arange(0 if asides else 1, 2 ** k)[:, None] >> np.arange(k)) & 1  # every subset
    # (the empty one only with an aside to drop)
    cover = np.zeros((k, len(words)), dtype=np.int32)
    for row, (a, b) in enumerate(spans):
        cover[row, a:b] = 1
    drop = (combos @ cover) > 0  # (subsets, words)
    for a, b in asides:
        drop[:, a:b] = True
    n_kept = (~drop & is_word).sum(axis=1)
    fits = np.flatnonzero((n_kept >= min_words) & (n_kept <= max_words))
    if not len(fits):
        return []
    score = drop[fits] @ gain
    out: list[list[int]] = []
    for row in fits[np.argsort(-score, kind="stable")]:
        kept = np.flatnonzero(~drop[row]).tolist()
        if kept not in out:
            out.append(kept)
            if len(out) == MAX_VARIANTS:
                break
    return out


def subject_clauses(words: list[str], tags: list[str]) -> frozenset:
    """The spans of ``units`` that are a relative clause inside the subject."""
    clauses: list[tuple[int, int]] = []
    units(words, tags, clauses)
    return frozenset(clauses)


def without_dropped_clauses(words: list[str], clauses: frozenset, kept) -> str | None:
    """The sentence without the subject's relative clauses (``subject_clauses``) that the
    deletion ``kept`` (a 0/1 mask) drops whole, for the checks that compare a cut with its
    sentence (a negation inside such a clause is not the sentence's: "The juror [who voted
    not to ...] is speaking out"); None when it drops none."""
    gone = [(a, b) for a, b in clauses if not any(kept[a:b])]
    if not gone:
        return None
    return cmp.detokenize(words, [k for k in range(len(words)) if not any(a <= k < b for a, b in gone)])
