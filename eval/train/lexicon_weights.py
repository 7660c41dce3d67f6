"""Set the weights of ``summarize/lexicons/loaded.tsv`` from evidence in NeuS *training* titles.

    python -m eval.train.lexicon_weights            # rewrites the weight column in place
    python -m eval.train.lexicon_weights --dry-run  # prints the evidence table

Evidence (dev data only: ``dev/neus_train.jsonl``): how often each entry occurs in the
outlets' own titles (3 per story) against the AllSides neutral titles (1 per story).
A term the neutral editors avoid is evidence of loaded language; a term they use freely
is evidence against flagging it.  Weight = the type's prior, raised for clear evidence,
lowered to 0.3 (a feature, not a flag) where neutral titles use the term as often as the
outlets do.  Terms with no evidence keep the prior, except the curated STRONG and WEAK
sets below (read as judgements, reviewed by hand).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from summarize import neutral

from ..config import data_dir

PRIOR = {"report_verb": 0.9, "factive": 0.6, "presupposition": 0.6, "doubt": 0.7,
         "intensifier": 0.6, "evaluative": 0.7, "loaded_noun": 0.7, "opinion": 0.8,
         "emotive_verb": 0.7}
# Sensational words that carry no fact: rewritten even inside brief sentences.
STRONG = set("""
shocking stunning startling astonishing astounding staggering jaw-dropping eye-popping mind-blowing
unbelievable outrageous scandalous disgraceful shameful disgusting despicable deplorable
appalling horrific horrifying heated fiery explosive bombshell sensational scathing withering
blistering searing stinging damning furious livid irate enraged outraged epic whopping
humiliating embarrassing bizarre unhinged deranged hysterical ridiculous absurd ludicrous
laughable pathetic vile evil wicked sinister nefarious incredibly absolutely totally utterly
shockingly stunningly astonishingly outrageously blatantly shamelessly brazenly
""".split()) | {  # emotive verbs with a plain equivalent: "is reeling after" -> "is reacting after"
    "reel", "reel from", "plunge", "plummet", "skyrocket", "spark outrage", "spark fury",
    "spark backlash"}
# Words that often state a fact in news ("serious injuries", "key witness", "won"): features only.
WEAK = set("""
serious severe major key critical crucial vital important significant strong tough sharp harsh
hard-hitting powerful emotional historic landmark unique famous win victory loss defeat crisis
still just even officially reportedly mostly entirely fully greatly substantially heavily
strongly openly quietly suddenly simply badly liberal conservative progressive socialist
illegal partisan elite mainstream establishment attack destroy crush own school knock hammer
torch charge maintain declare pledge vow swear assert allege contend confirm acknowledge
discover realise realize prove reveal uncover alleged apparent apparently fake exclusive
breaking row clash spat storm blow slap win lies lie spin rally storm must should need to
have to has to needs to dramatic massive huge sweeping unprecedented extreme radical
controversial
""".split())


# Words that usually state a fact in news ("serious injuries", "critical condition", "major
# road", "job losses", "a $440 million trading loss"): never flagged, whatever the title
# evidence says (eight outlet titles and no neutral one used "loss", each for a fact:
# "election loss", "loss of a security clearance").
FACT_BEARING = set("serious severe major critical key vital significant strong loss".split())


# The labels of political sides: deleting one side's and keeping the other's is itself a slant
# ("the conservative justice and [liberal] Biden attorney"), so neither is ever deleted,
# whatever the title evidence says about one of them.
SIDES = set("liberal conservative progressive leftist rightist left-wing right-wing far-left "
            "far-right".split())


def evidence(path) -> tuple[Counter, Counter, int]:
    """Counts of each entry in outlet titles and neutral titles, and the number of stories."""
    outlet: Counter = Counter()
    neutral_c: Counter = Counter()
    rows = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows += 1
            for a in r["articles"]:
                outlet.update(_terms(a["title"]))
            neutral_c.update(_terms(r["neutral_title"]))
    return outlet, neutral_c, rows


def _terms(text: str) -> set[str]:
    lex = neutral.lexicon()
    toks = neutral.tokens(text)
    return {" ".join(m.entry.words) for m in neutral._matches(toks, lex)}


def weight(term: str, type_: str, o: int, n: int, rows: int) -> float:
    """Weight for one entry from its prior and the title evidence."""
    w = PRIOR.get(type_, 0.6)
    if term in STRONG:
        w = max(w, 0.9)
    if term in WEAK and not (n == 0 and o >= 8):  # unless neutral editors clearly avoid it
        w = 0.3
    if term in FACT_BEARING or term in SIDES:
        return 0.3
    rate_o, rate_n = o / (3 * rows), n / rows
    if n >= 3 and rate_n * 1.5 >= rate_o:
        w = 0.3  # neutral titles use it as freely as the outlets
    elif o >= 5 and rate_o >= 4 * max(rate_n, 1 / rows) and w > 0.3:
        w = min(0.95, w + 0.1)
    return round(w, 2)


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--data-dir")
    args = ap.parse_args(argv)
    path = neutral.LEXICON_DIR / "loaded.tsv"
    outlet, neu, rows = evidence(data_dir(args.data_dir) / "dev" / "neus_train.jsonl")
    lines = path.read_text().splitlines()
    out = [lines[0].split("\t")[0] + "\ttype\treplacement\tweight (python -m eval.train.lexicon_weights)"]
    for line in lines[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        term, type_, repl = (line.split("\t") + ["", ""])[:3]
        w = weight(term, type_, outlet[term], neu[term], rows)
        if args.dry_run and (outlet[term] or neu[term]):
            print(f"{term:24s} {type_:15s} outlet={outlet[term]:4d} neutral={neu[term]:4d} w={w}")
        out.append(f"{term}\t{type_}\t{repl}\t{w}")
    if not args.dry_run:
        path.write_text("\n".join(out) + "\n")
        neutral.lexicon.cache_clear()
        print(f"wrote {len(out) - 1} weights to {path}")


if __name__ == "__main__":
    main()
