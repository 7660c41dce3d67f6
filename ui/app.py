"""The Gradio demo: paste an article, get a neutral brief and headlines, and see why.

Only wiring and presentation: every decision is the library's (``summarize``).  The model
loads once, lazily (a warm-up thread starts at launch, not at import).

    python -m ui.app [--host 127.0.0.1] [--port 7860]   # GRADIO_SERVER_NAME/PORT also work

API (``gradio_client``): ``Client(url).predict(text, 60, 4, 3, "extractive",
api_name="/summarize")`` returns the same JSON as ``summarize --json``; with text ``""``
and a sixth argument, a page's address, the page is fetched (public addresses only,
unless SUMMARIZE_ALLOW_PRIVATE=1).
"""

from __future__ import annotations

import argparse
import logging
import os
import threading
import time
from functools import lru_cache
from pathlib import Path

import gradio as gr

from summarize import InputError, ModelUnavailableError, Summarizer, engines
from summarize.text import decode
from ui import render

log = logging.getLogger("summarize.ui")
EXAMPLES = Path(__file__).parent / "examples"
MAX_HEADLINES = 8
ENGINE_CHOICES = ["extractive", "abstractive"]


@lru_cache(maxsize=4)
def summarizer_for(engine: str) -> Summarizer:
    """One Summarizer per engine for the whole process (its model loads on first use)."""
    return Summarizer(engine=engine, model=engines.abstractive_model() if engine == "abstractive"
                      else None, fallback=True)


def allow_private() -> bool:
    """Whether the address box may reach loopback/private hosts (off unless
    SUMMARIZE_ALLOW_PRIVATE=1: a public demo must not be a way into its own network)."""
    return os.environ.get("SUMMARIZE_ALLOW_PRIVATE", "") == "1"


def run(text: str, target_words: int, max_sentences: int, num_headlines: int,
        engine: str, url: str = "") -> dict:
    """The library call behind both the page and the API: the brief as JSON.

    The pasted text wins; with no text, the page at ``url`` is fetched.
    """
    s = summarizer_for(engine if engine in ENGINE_CHOICES else "extractive")
    options = dict(target_words=int(target_words), max_words=max(int(target_words) + 40, 60),
                   max_sentences=int(max_sentences), num_headlines=int(num_headlines))
    if not (text or "").strip() and (url or "").strip():
        return s.summarize_url(url.strip(), allow_private=allow_private(), **options).to_dict()
    return s.summarize(text or "", **options).to_dict()


def api_summarize(text: str, target_words: int = 60, max_sentences: int = 4,
                  num_headlines: int = 3, engine: str = "extractive", url: str = "") -> dict:
    """Summarize one article (or, with empty text, the page at ``url``): the same JSON as
    `summarize --json` (errors raise gr.Error)."""
    try:
        return run(text, target_words, max_sentences, num_headlines, engine, url)
    except (InputError, ModelUnavailableError) as e:
        raise gr.Error(str(e)) from e


def on_submit(text, target_words, max_sentences, num_headlines, engine, url=""):
    """Page handler: (message, brief, headlines..., stats, annotated article, json, the
    brief with its neutral edits marked)."""
    hidden = [gr.update(value="", visible=False)] * MAX_HEADLINES
    t = time.perf_counter()
    try:
        d = run(text, target_words, max_sentences, num_headlines, engine, url)
    except InputError as e:
        extra = ""
        if getattr(e, "removed", None):
            extra = " Removed: " + "; ".join(f"{r.reason}: {r.text[:60]}" for r in e.removed[:8])
        return (render.message(str(e) + extra), "", *hidden, "", "", None, "")
    except ModelUnavailableError as e:
        return (render.message(str(e)), "", *hidden, "", "", None, "")
    except Exception as e:  # noqa: BLE001 - the page shows a message; the log keeps the trace
        log.exception("summarize failed")
        return (render.message(f"Something went wrong ({type(e).__name__}). The text is still "
                               "in the box; please try again or report it."), "", *hidden, "", "",
                None, "")
    seconds = time.perf_counter() - t
    heads = [gr.update(value=h["text"], visible=True, label=f"Headline {i + 1}" + (
        f" (read twice: {h['note']})" if h.get("note") else ""))
             for i, h in enumerate(d["headlines"][:MAX_HEADLINES])]
    heads += [gr.update(value="", visible=False)] * (MAX_HEADLINES - len(heads))
    notices = " ".join(d.get("notices", []))
    msg = render.message(notices) if notices else ""
    return (msg, d["summary"], *heads, render.stats_line(d, seconds),
            render.annotate(d["source"]["text"] if d["source"]["spans"] == "source.text" else text,
                            d), d, render.brief_html(d))


def on_upload(path):
    """Put an uploaded .txt/.md/.html file's text into the box (binary gets a message).

    A saved page goes into the box as its HTML; the library extracts the article from it.
    """
    if not path:
        return gr.update(), ""
    try:
        data = Path(path).read_bytes()
        return decode(data), ""
    except InputError as e:
        return gr.update(), render.message(str(e))
    except OSError as e:
        return gr.update(), render.message(f"Could not read the file: {e.strerror}")


def _examples() -> tuple[list[list[str]], list[str]]:
    files = sorted(EXAMPLES.glob("*"))
    labels = {"library_closure.md": "Library closure (padded, slanted, comment form)",
              "storm_outage.md": "Storm outage (told three times, filler)",
              "factory_layoffs.html": "Factory layoffs (an HTML page)",
              "pool_closure.txt": "Pool closure (an SEO article: headings, filler, a slanted frame)"}
    return ([[f.read_text()] for f in files], [labels.get(f.name, f.stem) for f in files])


def build() -> gr.Blocks:
    """The interface (no model is loaded here)."""
    available, reason = engines.abstractive_status()
    with gr.Blocks(title="summarize: neutral brief and headlines") as demo:
        gr.Markdown("# Neutral brief and headlines\nPaste a news article or a whole page "
                    "(select all, copy), upload a .txt, .md or saved .html page, or give its "
                    "address. The brief states the facts once, in neutral words; "
                    "the page shows which sentences were used, what was removed as junk, what "
                    "repeats, and which words are loaded. Several outlets' accounts of one "
                    "story: paste each with its title, separated by a line `---`.")
        with gr.Row():
            with gr.Column(scale=5):
                text = gr.Textbox(label="Article", lines=18, max_lines=30,
                                  placeholder="Paste the article here...", elem_id="article")
                upload = gr.File(label="...or upload a file (.txt, .md, or a saved page .html)",
                                 file_types=[".txt", ".md", ".html", ".htm"], type="filepath")
                address = gr.Textbox(label="...or give the page's address (with the box above "
                                     "empty)", placeholder="https://www.example.com/news/story",
                                     max_lines=1, elem_id="address")
                with gr.Row():
                    target = gr.Slider(30, 150, value=60, step=5, label="Brief length (words)")
                    max_sent = gr.Slider(1, 6, value=4, step=1, label="At most (sentences)")
                with gr.Row():
                    n_heads = gr.Slider(1, MAX_HEADLINES, value=3, step=1,
                                        label="Headline candidates")
                    engine = gr.Radio(ENGINE_CHOICES if available else ["extractive"],
                                      value="extractive", label="Engine",
                                      info=("abstractive: " + reason) if not available else
                                      "abstractive uses the local seq2seq model")
                button = gr.Button("Summarize", variant="primary", elem_id="summarize-button")
                samples, labels = _examples()
                gr.Examples(samples, inputs=[text], example_labels=labels, label="Examples")
            with gr.Column(scale=5):
                message = gr.HTML(elem_id="message")
                brief = gr.Textbox(label="Brief", lines=5, buttons=["copy"], elem_id="brief",
                                   interactive=False)
                edits = gr.HTML(elem_id="brief-edits")
                heads = [gr.Textbox(label=f"Headline {i + 1}", buttons=["copy"], visible=False,
                                    interactive=False, elem_id=f"headline-{i + 1}",
                                    elem_classes=["sz-headline"])
                         for i in range(MAX_HEADLINES)]
                stats = gr.Markdown(elem_id="stats")
        gr.Markdown("### The article, annotated")
        article = gr.HTML(elem_id="annotated")
        with gr.Accordion("Full result (JSON, as `summarize --json`)", open=False):
            result = gr.JSON()
        outputs = [message, brief, *heads, stats, article, result, edits]
        inputs = [text, target, max_sent, n_heads, engine, address]
        button.click(on_submit, inputs, outputs, api_visibility="private")
        text.submit(on_submit, inputs, outputs, api_visibility="private")
        upload.change(on_upload, [upload], [text, message], api_visibility="private")
        gr.api(api_summarize, api_name="summarize")
    demo.queue(default_concurrency_limit=1, max_size=64)
    return demo


demo = build()


def _warm_up() -> None:
    try:
        summarizer_for("extractive").engine.load()
    except Exception:  # noqa: BLE001 - the first request will report it properly
        log.exception("warm-up failed")


def build_parser() -> argparse.ArgumentParser:
    """Flags; the defaults honour GRADIO_SERVER_NAME / GRADIO_SERVER_PORT, else 127.0.0.1:7860."""
    ap = argparse.ArgumentParser(description="The summarize demo")
    ap.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"))
    ap.add_argument("--port", type=int, default=int(os.environ.get("GRADIO_SERVER_PORT", "7860")))
    return ap


def main(argv=None) -> None:
    """Start the server (127.0.0.1 unless told otherwise)."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    threading.Thread(target=_warm_up, daemon=True).start()
    demo.launch(server_name=args.host, server_port=args.port, show_error=False)


if __name__ == "__main__":
    main()
