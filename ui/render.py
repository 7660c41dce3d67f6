"""Presentation helpers for the demo: the annotated article (HTML) and the stats line.

``annotate(raw, brief)`` marks, on the user's own text: the sentences used in the brief,
removed junk (struck through, the reason on hover and in a badge), passages that repeat
earlier content, and loaded words (with the neutral alternative on hover).  Everything is
HTML-escaped; spans come from the library's result, nothing is recomputed here.
"""

from __future__ import annotations

import html

LEGEND = ("<div class='sz-legend'><span class='sz-used'>used in the brief</span> "
          "<span class='sz-removed'>removed junk</span> "
          "<span class='sz-dup'>repeats earlier content</span> "
          "<span class='sz-flag'>loaded word</span></div>")

CSS = """
.sz-article { white-space: pre-wrap; line-height: 1.6; font-size: 0.95rem; max-height: 32rem;
              overflow-y: auto; padding: 0.75rem; border: 1px solid #ddd; border-radius: 6px; }
.sz-used { background: #d9f2d9; border-bottom: 2px solid #2e7d32; }
.sz-removed { text-decoration: line-through; color: #8a8a8a; background: #f3f3f3; }
.sz-dup { background: #fff3cd; }
.sz-flag { background: #ffd6d6; border-bottom: 2px dotted #c62828; }
.sz-reason { font-size: 0.7rem; color: #fff; background: #777; border-radius: 3px;
             padding: 0 4px; margin-left: 4px; text-decoration: none; display: inline-block; }
.sz-legend span { padding: 1px 6px; margin-right: 6px; border-radius: 3px; font-size: 0.8rem; }
.sz-edit { background: #e3ecff; border-bottom: 2px dotted #1a56db; cursor: help; }
.sz-drop { color: #8a8a8a; text-decoration: line-through; cursor: help; font-size: 0.85em; }
.sz-message { padding: 0.6rem 0.8rem; border-radius: 6px; background: #fff4e5;
              border: 1px solid #f0b429; }
"""


def _spans(brief: dict) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, title) for every marked span of the raw text."""
    out = []
    for r in brief.get("removed", []):
        out.append((r["start"], r["end"], "sz-removed", f"removed: {r['reason']}"))
    for s in brief.get("sentences", []):
        out.append((s["start"], s["end"], "sz-used", "used in the brief"))
    for d in brief.get("duplicates", []):
        out.append((d["start"], d["end"], "sz-dup",
                    f"repeats sentence {d['duplicate_of'] + 1} (similarity {d['similarity']:.2f})"))
    for f in brief.get("flags", []):
        if f["type"] == "rhetorical_question":
            continue
        tip = f"{f['type'].replace('_', ' ')}: {f['reason']}"
        if f.get("suggestion"):
            tip += f" (neutral: '{f['suggestion']}')"
        elif f.get("suggestion") == "":
            tip += " (neutral: leave it out)"
        out.append((f["start"], f["end"], "sz-flag", tip))
    return [s for s in out if 0 <= s[0] < s[1]]


def annotate(raw: str, brief: dict) -> str:
    """The raw article as HTML with the result's spans marked."""
    spans = _spans(brief)
    cuts = sorted({0, len(raw), *[s for s, _, _, _ in spans], *[e for _, e, _, _ in spans]})
    parts = ["<div class='sz-article'>"]
    removed_ends = {e: t for s, e, c, t in spans if c == "sz-removed"}
    for a, b in zip(cuts, cuts[1:]):
        if a >= len(raw):
            break
        active = [(c, t) for s, e, c, t in spans if s <= a and b <= e]
        text = html.escape(raw[a:b])
        if active:
            classes = " ".join(dict.fromkeys(c for c, _ in active))
            title = html.escape(" | ".join(dict.fromkeys(t for _, t in active)), quote=True)
            text = f"<span class='{classes}' title='{title}'>{text}</span>"
        parts.append(text)
        if b in removed_ends:
            parts.append(f"<span class='sz-reason'>{html.escape(removed_ends[b][9:])}</span>")
    parts.append("</div>")
    outside = [r for r in brief.get("removed", []) if r["start"] < 0]
    if outside:
        parts.append(f"<details class='sz-outside'><summary>Left out of the page: {len(outside)} "
                     "blocks (menus, teasers, bylines, ...)</summary><ul>")
        for r in outside:
            parts.append(f"<li><span class='sz-removed'>{html.escape(r['text'][:200])}</span>"
                         f"<span class='sz-reason'>{html.escape(r['reason'])}</span></li>")
        parts.append("</ul></details>")
    head = ""
    src = brief.get("source") or {}
    if src.get("kind") in ("html", "url"):
        where = f" from {html.escape(src['url'])}" if src.get("url") else ""
        head = (f"<p class='sz-source'>The article as extracted{where}"
                + (f": <b>{html.escape(brief['title'])}</b>" if brief.get("title") else "")
                + "</p>")
    return f"<style>{CSS}</style>" + LEGEND + head + "".join(parts)


def brief_html(brief: dict) -> str:
    """The brief with each neutral edit marked: hover shows what the article said and why
    (an edit is placed by ``Edit.at`` in its sentence; a dropped word is shown struck
    through)."""
    by_sentence: dict[int, list[dict]] = {}
    for e in brief.get("edits", []):
        if e["at"] >= 0:
            by_sentence.setdefault(e["sentence"], []).append(e)
    out = []
    for k, sent in enumerate(brief["sentences"]):
        text, pos, parts = sent["text"], 0, []
        for e in sorted(by_sentence.get(k, []), key=lambda e: e["at"]):
            if e["at"] < pos:
                continue
            parts.append(html.escape(text[pos:e["at"]]))
            tip = html.escape(f"the article says '{e['original']}': {e['reason']}", quote=True)
            if e["replacement"]:
                end = e["at"] + len(e["replacement"])
                parts.append(f"<span class='sz-edit' title='{tip}'>"
                             f"{html.escape(text[e['at']:end])}</span>")
                pos = end
            else:
                parts.append(f"<span class='sz-drop' title='{tip}'>"
                             f"{html.escape(e['original'])}</span> ")
                pos = e["at"]
        parts.append(html.escape(text[pos:]))
        out.append("".join(parts))
    n = len(brief.get("edits", []))
    if not n:
        return ""
    return (f"<style>{CSS}</style><div class='sz-legend'><span class='sz-edit'>neutral edit"
            f"</span> {n} word(s) of the article changed in the brief; hover to see them</div>"
            f"<div class='sz-brief'>{' '.join(out)}</div>")


def stats_line(brief: dict, seconds: float) -> str:
    """One line: words in/out, repetition, junk removed, neutrality, time."""
    st = brief["stats"]
    return (f"{st['words_in']:,} words in, {st['words_out']} out · "
            f"{st['redundancy']:.0%} of sentences repeat earlier content · "
            f"{st['removed']} junk items removed · neutrality {st['neutrality_input']:.0%} in, "
            f"{st['neutrality_brief']:.0%} in the brief · {seconds:.2f} s · engine: {brief['engine']}")


def message(text: str) -> str:
    """A visible, friendly message box (HTML)."""
    return f"<style>{CSS}</style><div class='sz-message'>{html.escape(text)}</div>"
