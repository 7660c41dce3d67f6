"""Fetching a page by address: a local server on 127.0.0.1 (allowed only with the flag),
redirects, content type, size cap, and the addresses that are always refused."""

import http.server
import threading
from pathlib import Path

import pytest

from summarize import InputError
from summarize.cli import main as cli_main
from summarize.fetch import check_address, fetch

PAGE = (Path(__file__).parent / "fixtures" / "web_page.html").read_bytes()


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the stdlib's name
        routes = {
            "/page": (200, "text/html; charset=utf-8", PAGE),
            "/pdf": (200, "application/pdf", b"%PDF-1.4"),
            "/big": (200, "text/html", b"<p>" + b"x" * 200_000 + b"</p>"),
        }
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"missing"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_local_page_is_fetched_with_the_flag(server):
    page = fetch(f"{server}/redirect", allow_private=True)
    assert page.url == f"{server}/page"
    assert "Harbor Town council voted 6-1" in page.html


def test_loopback_is_refused_without_the_flag(server):
    with pytest.raises(InputError) as e:
        fetch(f"{server}/page")
    assert e.value.kind == "fetch" and "not a public internet address" in str(e.value)
    with pytest.raises(InputError):
        fetch("http://localhost:1/")


@pytest.mark.parametrize("ip", ["127.0.0.1", "10.0.0.8", "172.16.3.4", "192.168.1.1",
                                "169.254.169.254", "0.0.0.0", "::1", "fd00:ec2::254",
                                "::ffff:127.0.0.1", "fe80::1", "224.0.0.1"])
def test_non_public_addresses_are_refused(ip):
    with pytest.raises(InputError):
        check_address(ip)


def test_public_address_passes():
    check_address("93.184.216.34")
    check_address("2606:2800:220:1:248:1893:25c8:1946")


def test_a_redirect_to_a_metadata_address_is_refused(server, monkeypatch):
    import summarize.fetch as f

    real = f.check_address

    def loopback_is_public_here(ip):  # stands in for a public first hop
        if ip != "127.0.0.1":
            real(ip)

    monkeypatch.setattr(f, "check_address", loopback_is_public_here)
    assert "Harbor" in fetch(f"{server}/redirect").html  # the stand-in works
    with pytest.raises(InputError, match="169.254.169.254"):
        fetch(f"{server}/to-metadata")


def test_not_html_too_big_too_many_redirects_bad_scheme(server):
    with pytest.raises(InputError, match="not a web page"):
        fetch(f"{server}/pdf", allow_private=True)
    with pytest.raises(InputError) as e:
        fetch(f"{server}/big", allow_private=True, max_bytes=100_000)
    assert e.value.kind == "too_long"
    with pytest.raises(InputError, match="Too many redirects"):
        fetch(f"{server}/loop", allow_private=True)
    with pytest.raises(InputError, match="Only http"):
        fetch("file:///etc/passwd")
    with pytest.raises(InputError, match="404"):
        fetch(f"{server}/nothing", allow_private=True)


@pytest.mark.slow
def test_cli_summarises_an_address(server, capsys):
    assert cli_main([f"{server}/page", "--allow-private-addresses"]) == 0
    out = capsys.readouterr().out
    assert "SOURCE  url" in out and "Harbor Town" in out
    assert cli_main([f"{server}/page"]) == 2
    assert "not a public internet address" in capsys.readouterr().err
