"""A small threaded HTTP server for portals that live in code: the demo, the test portals, benchmarks.

Why not ``http.server.SimpleHTTPRequestHandler`` over a folder: portals need query strings
(``?page=2``), form POSTs (ASP.NET postback), wrong charsets, slow or cut answers and redirects,
none of which a folder of files can express. A *site* is any object with
``respond(request) -> Response | None``; this module only speaks HTTP for it and keeps a log of
what was asked, so tests can count requests.

Binds to loopback only: nothing here is meant to be reachable from another machine.
"""

from __future__ import annotations

import contextlib
import gzip as _gzip
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol
from urllib.parse import parse_qs, quote, urlsplit

LOOPBACK_PREFIXES = ("127.", "::1", "localhost")


@dataclass
class Request:
    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes = b""

    @property
    def target(self) -> str:
        """Path plus query, the key most sites route on."""
        return f"{self.path}?{self.query}" if self.query else self.path

    @property
    def params(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.query, keep_blank_values=True).items()}

    @property
    def form(self) -> dict[str, str]:
        text = self.body.decode("utf-8", "replace")
        return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}


@dataclass
class Response:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    #: seconds to wait before answering (slow pages, timeouts)
    delay: float = 0.0
    #: close the connection after this many body bytes, having announced the full length
    cut_after: int | None = None
    #: gzip the body and say so (``Content-Encoding: gzip``)
    gzip: bool = False

    def payload(self) -> bytes:
        body = self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        return _gzip.compress(body) if self.gzip else body


def html(body: str | bytes, status: int = 200, charset: str | None = "utf-8", **kw) -> Response:
    """An HTML answer; ``charset=None`` sends no charset in the header."""
    ctype = "text/html" + (f"; charset={charset}" if charset else "")
    headers = {"Content-Type": ctype, **kw.pop("headers", {})}
    return Response(status=status, body=body, headers=headers, **kw)


def redirect(location: str, status: int = 302) -> Response:
    return Response(status=status, headers={"Location": location})


class Site(Protocol):
    def respond(self, request: Request) -> Response | None: ...


class PageSite:
    """A site made of fixed pages keyed by ``path?query`` (``/`` for the home page).

    Values may be ``Response`` objects, HTML strings/bytes, or callables taking the request.
    """

    def __init__(self, pages: Mapping[str, Response | str | bytes | Callable[[Request], Response | None]] | None = None):
        self.pages: dict[str, object] = dict(pages or {})

    def add(self, target: str, page: Response | str | bytes | Callable[[Request], Response | None]) -> None:
        self.pages[target] = page

    def respond(self, request: Request) -> Response | None:
        page = self.pages.get(request.target)
        if page is None and request.query:
            page = self.pages.get(request.path + "?*")
        if page is None:
            return None
        if callable(page):
            return page(request)
        if isinstance(page, Response):
            return page
        return html(page)


class _Handler(BaseHTTPRequestHandler):
    server: _PortalHTTPServer
    protocol_version = "HTTP/1.1"
    # headers and body go out in separate writes: without TCP_NODELAY, Nagle + delayed ACK
    # add ~40 ms to every keep-alive response
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the request log is kept in memory instead."""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        request = Request(self.command, parts.path or "/", parts.query, dict(self.headers.items()), body)
        self.server.log_request_seen(request)
        try:
            response = self.server.site.respond(request)
        except Exception as exc:  # a bug in a test site must show, not hang the client
            response = Response(500, f"site error: {exc!r}".encode(), {"Content-Type": "text/plain"})
        if response is None:
            response = html("<html><body><h1>404 Không tìm thấy trang</h1></body></html>", status=404)
        if response.delay:
            time.sleep(response.delay)
        payload = response.payload()
        try:
            self.send_response(response.status)
            headers = {"Content-Type": "text/html; charset=utf-8", **response.headers}
            if response.gzip:
                headers["Content-Encoding"] = "gzip"
            for name, value in headers.items():
                # a header is latin-1 on the wire: a site's Vietnamese "Location" goes out
                # percent-encoded, as a real server sends an IRI
                if not str(value).isascii():
                    value = quote(str(value), safe=":/?#[]@!$&'()*+,;=%~-._ ")
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            if response.cut_after is not None:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                if response.cut_after is not None:
                    self.wfile.write(payload[: response.cut_after])
                    self.wfile.flush()
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(2)
                    return
                self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_GET = _serve
    do_POST = _serve
    do_HEAD = _serve


class _PortalHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], site: Site):
        super().__init__(address, _Handler)
        self.site = site
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def log_request_seen(self, request: Request) -> None:
        with self._lock:
            self.requests.append((request.method, request.target))


class PortalServer:
    """Serve a site on a loopback address in a background thread.

    >>> with PortalServer(PageSite({"/": "<p>hi</p>"})) as server:
    ...     server.url("/")  # doctest: +ELLIPSIS
    'http://127.0.0.1:.../'
    """

    def __init__(self, site: Site, host: str = "127.0.0.1", port: int = 0):
        if not host.startswith(LOOPBACK_PREFIXES):
            raise ValueError(f"refusing to serve on {host!r}: portal servers bind to loopback only")
        self.site = site
        self.host = host
        self._httpd = _PortalHTTPServer((host, port), site)
        self.port = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, target: str = "/") -> str:
        return self.base_url + target

    @property
    def requests(self) -> list[tuple[str, str]]:
        return list(self._httpd.requests)

    def start(self) -> PortalServer:
        # stop() waits for serve_forever to look at its shutdown flag, which it does once per poll
        # interval: socketserver's default 0.5 s made every stop cost half a second (the test suite
        # starts and stops several hundred servers); an idle wake-up each 50 ms costs nothing
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="portal-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> PortalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def serving(site: Site, host: str = "127.0.0.1") -> Iterator[PortalServer]:
    with PortalServer(site, host) as server:
        yield server
