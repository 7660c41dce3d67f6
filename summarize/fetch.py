"""Fetch a web page by its address, safely: ``fetch(url) -> Fetched``.

For ``summarize https://...`` and the demo's address box.  Only http(s); a time limit per
connection and for the whole fetch; a size cap; HTML content only; at most 5 redirects.
Every hop's host is resolved here and each of its addresses checked: loopback, private,
link-local (cloud metadata at 169.254.169.254), multicast, reserved and unspecified
addresses are refused unless ``allow_private=True``, and the connection goes to the
address that was checked (no second DNS look-up that could answer differently).

It does not parse the page (see ``webpage``) and it never runs during tests against
anything but a server on 127.0.0.1 that the test starts.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .errors import InputError

MAX_BYTES = 5_000_000
TIMEOUT = 10.0
MAX_REDIRECTS = 5
USER_AGENT = "summarize/0.1 (+https://pypi.org/project/summarize; article brief)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Fetched:
    """A fetched page: the final address (after redirects) and its HTML."""

    url: str
    html: str
    status: int = 200


def _refuse(message: str) -> InputError:
    return InputError(message, kind="fetch")


def check_address(ip: str) -> None:
    """Raise InputError if ``ip`` is not a public unicast address."""
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    if (addr.is_loopback or addr.is_private or addr.is_link_local or addr.is_multicast
            or addr.is_reserved or addr.is_unspecified or not addr.is_global):
        raise _refuse(f"Refusing to fetch from {addr}: it is not a public internet address "
                      "(loopback, private, link-local or metadata addresses are blocked).")


def resolve(host: str, port: int, allow_private: bool) -> str:
    """An address of ``host`` to connect to; every address it resolves to must pass."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise _refuse(f"Cannot find the server '{host}' ({e}).") from e
    addrs = list(dict.fromkeys(info[4][0] for info in infos))
    if not addrs:
        raise _refuse(f"Cannot find the server '{host}'.")
    if not allow_private:
        for a in addrs:
            check_address(a)
    return addrs[0]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host, port, ip, timeout):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self):
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host, port, ip, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self):
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip("\"' ")
    return "utf-8"


def fetch(url: str, allow_private: bool = False, max_bytes: int = MAX_BYTES,
          timeout: float = TIMEOUT, max_redirects: int = MAX_REDIRECTS) -> Fetched:
    """The HTML at ``url`` (raises InputError(kind="fetch"/"too_long") when it cannot)."""
    deadline = time.monotonic() + 3 * timeout
    for _ in range(max_redirects + 1):
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _refuse(f"Only http:// and https:// addresses can be fetched, not '{url}'.")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        ip = resolve(parts.hostname, port, allow_private)
        left = deadline - time.monotonic()
        if left <= 0:
            raise _refuse(f"Fetching {url} took too long.")
        conn_cls = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
        conn = conn_cls(parts.hostname, port, ip, min(timeout, left))
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "text/html",
                                               "Accept-Encoding": "identity"})
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.getheader("Location")
                if not location:
                    raise _refuse(f"{url} redirected without saying where to.")
                url = urljoin(url, location)
                continue
            if resp.status != 200:
                raise _refuse(f"The server answered {resp.status} {resp.reason} for {url}.")
            ctype = resp.getheader("Content-Type", "")
            if not ctype.lower().startswith(_HTML_TYPES):
                raise _refuse(f"{url} is not a web page (its type is '{ctype or 'unknown'}'); "
                              "only HTML pages can be summarised from an address.")
            length = resp.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"The page is {int(length):,} bytes; the limit is "
                                 f"{max_bytes:,}.", kind="too_long")
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(f"The page is over {max_bytes:,} bytes, the limit.",
                                 kind="too_long")
            try:
                html = data.decode(_charset(ctype), errors="replace")
            except LookupError:
                html = data.decode("utf-8", errors="replace")
            return Fetched(url, html, resp.status)
        except (OSError, http.client.HTTPException) as e:
            raise _refuse(f"Could not fetch {url}: {e}.") from e
        finally:
            conn.close()
    raise _refuse(f"Too many redirects (more than {max_redirects}) from {url}.")
