"""Robustness suite: perturb articles the way the web does and measure the drop in ROUGE.

Each perturbation maps a clean article to a messy one with the same story, so the same
reference applies.  All junk below was written for this suite (not copied from any page,
and not the strings the library's own tests use).

    >>> text = "First sentence here. Second one there. Third one too."
    >>> "Second one there." in PERTURBATIONS["repeat1"](text, 0)
    True
"""

from __future__ import annotations

import random

from summarize.sentences import split as split_sentences

JUNK_TOP = [
    "SIGN UP NOW: the morning briefing, delivered free to your inbox",
    "Follow our live coverage on the app and turn on alerts",
    "Share on Facebook | Share on X | Copy link",
]
JUNK_MIDDLE = [
    "ALSO READ: Five other stories you cannot miss this week",
    "Advertisement - scroll to continue reading",
    "Tap here to join our WhatsApp channel for breaking updates.",
]
JUNK_END = [
    "Did you enjoy this piece? Pass it along to a friend!",
    "Leave a comment",
    "You must be logged in to post a comment. Your email will not be shown. Required fields *",
    "Note: this post uses H2 and H3 subheadings to help with SEO and readability.",
    "RELATED STORIES",
    "Photo: Staff photographer / Getty Images",
]
HEADINGS = ["What Happened?", "The Details", "Why It Matters", "Reactions", "Final Thoughts"]
FILLER = [
    "In a world where change is constant, it is essential that communities come together and "
    "engage in open dialogue about the issues that matter most to them. Only time will tell how "
    "these developments will shape the years ahead, but one thing is certain: people deserve to "
    "be heard, and leaders must listen.",
    "This story serves as a powerful reminder of how quickly things can change. It raises "
    "important questions about responsibility, transparency and trust, and it is something that "
    "everyone should reflect on as the situation continues to unfold in the days and weeks ahead.",
    "Experts agree that situations like this can have a significant impact on ordinary people. "
    "As we move forward, it is more important than ever to stay informed, to stay engaged, and "
    "to remember that every voice counts.",
]


def _sentences(text: str) -> list[str]:
    return split_sentences(" ".join(text.split()))


def _paragraphs(text: str) -> list[str]:
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) >= 3:
        return paras
    sents = _sentences(text)
    return [" ".join(sents[i:i + 2]) for i in range(0, len(sents), 2)]


def junk_top(text: str, seed: int) -> str:
    """Calls to action and share prompts above the story."""
    return "\n\n".join(JUNK_TOP) + "\n\n" + text


def junk_middle(text: str, seed: int) -> str:
    """Teasers and ad markers inside the story."""
    paras = _paragraphs(text)
    rng = random.Random(seed)
    for junk in JUNK_MIDDLE:
        paras.insert(rng.randint(1, max(1, len(paras) - 1)), junk)
    return "\n\n".join(paras)


def junk_end(text: str, seed: int) -> str:
    """Comment forms, sign-offs, writer's leftovers and credits after the story."""
    return text + "\n\n" + "\n\n".join(JUNK_END)


def headings(text: str, seed: int) -> str:
    """Section headings between paragraphs."""
    paras = _paragraphs(text)
    out = []
    for i, p in enumerate(paras):
        if i % 2 == 1:
            out.append(HEADINGS[(i // 2) % len(HEADINGS)])
        out.append(p)
    return "\n\n".join(out)


def repeat1(text: str, seed: int) -> str:
    """The whole story told twice."""
    return text + "\n\nIn Summary\n\n" + text


def repeat2(text: str, seed: int) -> str:
    """The whole story told three times."""
    return text + "\n\nRecap\n\n" + text + "\n\nFinal Thoughts\n\n" + text


def repeat_shuffled(text: str, seed: int) -> str:
    """The story, then again with sentences reordered within each paragraph."""
    rng = random.Random(seed)
    again = []
    for p in _paragraphs(text):
        sents = _sentences(p)
        rng.shuffle(sents)
        again.append(" ".join(sents))
    return text + "\n\nWhat We Know\n\n" + "\n\n".join(again)


def filler(text: str, seed: int) -> str:
    """Long generic filler paragraphs appended."""
    return text + "\n\n" + "\n\n".join(FILLER * 2)


def markup(text: str, seed: int) -> str:
    """HTML page with navigation, scripts, an ad block and the story in <p> tags."""
    paras = "".join(f"<p>{p}</p>" for p in _paragraphs(text))
    return ("<!DOCTYPE html><html><head><title>News</title><script>var ads = [];</script>"
            "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article>{paras}<div class='ad'>Advertisement</div></article>"
            "<footer>&copy; 2024 Example Media. All rights reserved.</footer></body></html>")


def everything(text: str, seed: int) -> str:
    """All of the above at once (without the HTML wrapper)."""
    return junk_end(filler(junk_middle(junk_top(repeat_shuffled(headings(text, seed), seed),
                                                seed), seed), seed), seed)


PERTURBATIONS = {
    "junk_top": junk_top, "junk_middle": junk_middle, "junk_end": junk_end,
    "headings": headings, "repeat1": repeat1, "repeat2": repeat2,
    "repeat_shuffled": repeat_shuffled, "filler": filler, "markup": markup,
    "everything": everything,
}


def run(systems: list[str], dataset: str = "cnndm", data: str | None = None,
        limit: int | None = None) -> dict:
    """ROUGE of each system on the clean and each perturbed version of ``dataset``."""
    from .. import data as datamod
    from . import stats
    from . import systems as sysmod
    from .run import score_predictions

    name, spec, clean = datamod.load(dataset, data, limit)
    versions = {"clean": clean}
    for pname, fn in PERTURBATIONS.items():
        versions[pname] = [datamod.Example(e.id, fn(e.text, k), e.briefs, e.headlines)
                           for k, e in enumerate(clean)]
    out: dict = {"dataset": name, "rows": len(clean), "systems": {}}
    for system in systems:
        res = {}
        base = None
        for vname, examples in versions.items():
            preds, secs = sysmod.predict(system, examples, spec, data)
            scores = score_predictions(examples, preds)
            r1 = [scores[e.id]["brief"]["rouge1"] for e in examples if "brief" in scores.get(e.id, {})]
            entry = {"rouge1": stats.summarize_scores(r1), "seconds": round(secs, 2)}
            if base is None:
                base = r1
            else:
                entry["drop"] = stats.paired_bootstrap(base, r1)
            res[vname] = entry
        out["systems"][system] = res
    return out
