"""The demo: API endpoint through gradio_client, error paths, and a real browser session."""

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / "ui" / "examples" / "library_closure.md").read_text()
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from eval.bench.ui import start_demo

    proc, url = start_demo(tmp_path_factory.mktemp("ui") / "server.log")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server, verbose=False)


def test_binds_to_localhost_by_default_and_honours_the_env(monkeypatch):
    from ui.app import build_parser

    monkeypatch.delenv("GRADIO_SERVER_NAME", raising=False)
    monkeypatch.delenv("GRADIO_SERVER_PORT", raising=False)
    args = build_parser().parse_args([])
    assert (args.host, args.port) == ("127.0.0.1", 7860)
    monkeypatch.setenv("GRADIO_SERVER_NAME", "0.0.0.0")
    monkeypatch.setenv("GRADIO_SERVER_PORT", "9001")
    args = build_parser().parse_args([])
    assert (args.host, args.port) == ("0.0.0.0", 9001)
    assert build_parser().parse_args(["--port", "7000"]).port == 7000


def test_api_returns_the_cli_json(client):
    d = client.predict(EXAMPLE, 60, 4, 3, "extractive", api_name="/summarize")
    assert d["summary"] and len(d["headlines"]) >= 3
    assert {"summary", "sentences", "headlines", "removed", "flags", "stats"} <= set(d)
    assert all("text" in h for h in d["headlines"])


@pytest.mark.parametrize("text,needle", [
    ("   ", "empty"),
    ("Leave a Reply\n\nYour email address will not be published.\n\nSubscribe now!", "page furniture"),
    ("La alcaldesa anunció el lunes que la biblioteca cerrará sus puertas el 31 de marzo, una "
     "decisión que ha provocado un intenso debate entre los vecinos.", "English"),
    ("word " * 50_000, "limit"),
])
def test_api_error_path_is_a_clear_message(client, text, needle):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError) as err:
        client.predict(text, 60, 4, 3, "extractive", api_name="/summarize")
    assert needle in str(err.value) and "Traceback" not in str(err.value)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
def test_browser_paste_and_summarize(server, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        page.goto(server, wait_until="networkidle")
        page.locator("#article textarea").fill(EXAMPLE)
        page.locator("#summarize-button").click()
        page.wait_for_selector("#annotated .sz-used", timeout=60_000)
        brief = page.locator("#brief textarea").input_value()
        heads = [page.locator(f"#headline-{i} textarea").input_value() for i in (1, 2, 3)]
        used = page.locator("#annotated .sz-used").count()
        removed = page.locator("#annotated .sz-removed").count()
        shot = tmp_path / "demo.png"
        page.screenshot(path=str(shot), full_page=True)
        # empty input: a message, not a traceback, and the page still works
        page.locator("#article textarea").fill("")
        page.locator("#summarize-button").click()
        page.wait_for_selector("#message .sz-message", timeout=30_000)
        message = page.locator("#message").inner_text()
        browser.close()
    print(f"screenshot: {shot}")
    assert "Riverside Branch Library" in brief
    assert all(h.strip() for h in heads)
    assert used >= 2 and removed >= 5
    assert "empty" in message and "Traceback" not in message
    assert shot.stat().st_size > 10_000


def test_api_takes_a_saved_html_page(client):
    html = (ROOT / "tests" / "fixtures" / "web_page.html").read_text()
    d = client.predict(html, 60, 4, 3, "extractive", api_name="/summarize")
    assert d["source"]["kind"] == "html" and d["source"]["spans"] == "source.text"
    assert d["title"] == "Harbor Town Council Approves New Ferry Schedule"
    assert "Harbor Town council voted 6-1" in d["summary"]
    for s in d["sentences"]:  # spans point into the extracted text
        assert d["source"]["text"][s["start"]:s["end"]] == s["text"]
    assert any(r["reason"] == "navigation or menu" for r in d["removed"])


@pytest.mark.slow
def test_address_box_fetches_only_when_allowed(monkeypatch):
    import http.server
    import threading

    from test_fetch import _Handler  # the same local page server

    from summarize import InputError
    from ui import render
    from ui.app import run

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/page"
    try:
        monkeypatch.delenv("SUMMARIZE_ALLOW_PRIVATE", raising=False)
        with pytest.raises(InputError, match="not a public internet address"):
            run("", 60, 4, 3, "extractive", url)
        monkeypatch.setenv("SUMMARIZE_ALLOW_PRIVATE", "1")
        d = run("", 60, 4, 3, "extractive", url)
    finally:
        srv.shutdown()
        srv.server_close()
    assert d["source"] == {**d["source"], "kind": "url", "url": url}
    page = render.annotate(d["source"]["text"], d)
    assert "Left out of the page" in page and "sz-used" in page


def test_brief_html_shows_the_original_word_on_hover():
    from ui.render import brief_html

    d = {"sentences": [{"text": "Parents criticised the decision at a meeting."}],
         "edits": [{"original": "blasted", "replacement": "criticised", "reason": "loaded verb",
                    "start": 8, "end": 15, "sentence": 0, "at": 8},
                   {"original": "<b>SHOCKING</b>", "replacement": "", "reason": "evaluative",
                    "start": 30, "end": 38, "sentence": 0, "at": 37}]}
    html = brief_html(d)
    assert ("<span class='sz-edit' title='the article says &#x27;blasted&#x27;: loaded verb'>"
            "criticised</span>") in html
    assert "title='the article says &#x27;&lt;b&gt;SHOCKING&lt;/b&gt;&#x27;: evaluative'" in html
    assert "<b>" not in html.split("</style>")[1]
    assert brief_html({"sentences": d["sentences"], "edits": []}) == ""
