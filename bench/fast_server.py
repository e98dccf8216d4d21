"""A fast loopback HTTP/1.1 server for the crawl benchmark, run in a process of its own.

Why not ``crawler.demo.server.PortalServer``: it is a thread-per-connection stdlib server,
fine for tests but its per-request cost (header parsing in ``http.server``, a thread switch,
the GIL shared with whatever else runs in its process) caps throughput near the rates a crawl
benchmark wants to measure. ``bench.crawl`` measures both ceilings and reports them. This
server speaks just enough HTTP/1.1 for a crawler: GET/HEAD/POST, Content-Length bodies,
keep-alive, pipelining in order. It serves any *site* of the test-portal contract
(``respond(Request) -> Response | None``); ``Response.delay`` is honoured (the answer is
written that much later, without holding up other connections), ``cut_after`` is not.

``--hosts N`` serves the site on N loopback addresses at once (127.0.1.1, 127.0.1.2, …, see
:func:`loopback_host`), all on one port: N portals, each on its own host, for the batch
benchmark (bench/portals.py).

Either server kind runs in a child process (``python -m bench.fast_server``) so the crawler
under test and the benchmark's own sampling never share its interpreter; the child prints its
port on the first line of stdout. ``/__bench__/stats`` answers request counts as JSON and
``/__bench__/reset`` zeroes them (no page links there, so crawlers never see them).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import importlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from crawler.demo.server import Request, Response, html

_NOT_FOUND = html("<html><body><h1>404 Không tìm thấy trang</h1></body></html>", status=404)
_REASONS = {s.value: s.phrase for s in HTTPStatus}


@dataclass
class Counts:
    """What the server saw: requests per page class, first and last request time."""

    requests: int = 0
    by_class: dict[str, int] = field(default_factory=dict)
    first: float | None = None
    last: float | None = None

    def as_dict(self) -> dict:
        span = (self.last - self.first) if self.first is not None and self.last is not None else 0.0
        return {
            "requests": self.requests,
            "by_class": dict(self.by_class),
            "span_s": span,
        }


class CountingSite:
    """Wraps a site: counts requests by the site's own ``classify(path)`` and answers ``/__bench__/``."""

    def __init__(self, site: object):
        self.site = site
        self.counts = Counts()
        self._classify = getattr(site, "classify", None)

    def respond(self, request: Request) -> Response | None:
        if request.path.startswith("/__bench__/"):
            if request.path == "/__bench__/reset":
                self.counts = Counts()
            body = json.dumps(self.counts.as_dict()).encode()
            return Response(200, body, {"Content-Type": "application/json"})
        now = time.perf_counter()
        c = self.counts
        c.requests += 1
        if c.first is None:
            c.first = now
        c.last = now
        kind = self._classify(request.path) if self._classify else "page"
        c.by_class[kind] = c.by_class.get(kind, 0) + 1
        return self.site.respond(request)


def encode_response(response: Response | None, head_only: bool, keep_alive: bool) -> bytes:
    """Status line, headers and body as one bytes object (one ``transport.write``)."""
    response = response or _NOT_FOUND
    payload = response.payload()
    headers = {"Content-Type": "text/html; charset=utf-8", **response.headers}
    if response.gzip:
        headers["Content-Encoding"] = "gzip"
    headers["Content-Length"] = str(len(payload))
    if not keep_alive:
        headers["Connection"] = "close"
    lines = [f"HTTP/1.1 {response.status} {_REASONS.get(response.status, 'Status')}"]
    lines.extend(f"{k}: {v}" for k, v in headers.items())
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if head_only else head + payload


class _HTTPProtocol(asyncio.Protocol):
    """One connection: parse requests out of the byte stream, answer each in order."""

    MAX_HEAD = 64 * 1024

    def __init__(self, site: CountingSite):
        self.site = site
        self.buf = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while self.transport is not None:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buf) > self.MAX_HEAD:
                    self.transport.close()
                return
            lines = bytes(self.buf[:end]).decode("latin-1").split("\r\n")
            try:
                method, target, version = lines[0].split(" ", 2)
            except ValueError:
                self.transport.close()
                return
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip()] = value.strip()
            lower = {k.lower(): v for k, v in headers.items()}
            length = int(lower.get("content-length", "0") or 0)
            if len(self.buf) < end + 4 + length:
                return  # body not complete yet
            body = bytes(self.buf[end + 4 : end + 4 + length])
            del self.buf[: end + 4 + length]
            conn = lower.get("connection", "").lower()
            keep_alive = conn != "close" if version == "HTTP/1.1" else conn == "keep-alive"
            parts = urlsplit(target)
            request = Request(method, parts.path or "/", parts.query, headers, body)
            try:
                response = self.site.respond(request)
            except Exception as exc:  # a site bug must show as a 500, not kill the server
                response = Response(500, f"site error: {exc!r}".encode(), {"Content-Type": "text/plain"})
            data = encode_response(response, method == "HEAD", keep_alive)
            if response is not None and response.delay > 0:  # a slow page (crawlers do not pipeline)
                asyncio.get_running_loop().call_later(response.delay, self._send, self.transport, data, keep_alive)
                if not keep_alive:
                    self.transport = None
                continue
            self._send(self.transport, data, keep_alive)
            if not keep_alive:
                self.transport = None

    @staticmethod
    def _send(transport: asyncio.Transport, data: bytes, keep_alive: bool) -> None:
        if transport.is_closing():
            return
        transport.write(data)
        if not keep_alive:
            transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


def loopback_host(index: int) -> str:
    """The loopback address of host *index* (0-based) of a multi-host server: 127.0.1.1 …
    127.0.1.250, then 127.0.2.1 …; every one of them reaches this machine (127.0.0.0/8)."""
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


async def _serve_fast(site: CountingSite, host: str, port: int, hosts: int = 0) -> None:
    loop = asyncio.get_running_loop()
    addresses = [loopback_host(i) for i in range(hosts)] if hosts else [host]
    servers = []
    for address in addresses:  # one port for all: the first bind picks it
        server = await loop.create_server(lambda: _HTTPProtocol(site), address, port, backlog=1024, reuse_address=True)
        port = server.sockets[0].getsockname()[1]
        servers.append(server)
    print(port, flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    for server in servers:
        server.close()


def _load_site(spec: str, kwargs: dict) -> object:
    module_name, _, func = spec.partition(":")
    return getattr(importlib.import_module(module_name), func or "build_site")(**kwargs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fast_server", description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="bench.synth_portal:build_site", help="module:factory of the site")
    parser.add_argument("--kwargs", default="{}", help="JSON keyword arguments for the factory")
    parser.add_argument("--kind", choices=("fast", "stdlib"), default="fast")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--hosts", type=int, default=0, help="serve on this many loopback hosts (127.0.1.1, …) at once")
    args = parser.parse_args(argv)
    if not args.host.startswith(("127.", "::1")):
        parser.error("loopback addresses only")
    site = CountingSite(_load_site(args.site, json.loads(args.kwargs)))
    gc.collect()
    gc.freeze()  # the site's tables are permanent: keep the collector off them
    if args.kind == "fast":
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve_fast(site, args.host, args.port, args.hosts))
        return 0
    from crawler.demo.server import PortalServer

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with PortalServer(site, host=args.host, port=args.port) as server:
        print(server.port, flush=True)
        stop.wait()
    return 0


class ServerProcess:
    """A server child process: ``with ServerProcess(kind="fast", kwargs={...}) as srv: srv.base_url``."""

    def __init__(self, kind: str = "fast", site: str = "bench.synth_portal:build_site", kwargs: dict | None = None, hosts: int = 0):
        self.kind = kind
        self.site = site
        self.kwargs = kwargs or {}
        self.hosts = hosts
        self.proc: subprocess.Popen[str] | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://{loopback_host(0) if self.hosts else '127.0.0.1'}:{self.port}"

    def url_of(self, index: int, path: str = "/") -> str:
        """The URL of *path* on host *index* of a multi-host server."""
        return f"http://{loopback_host(index)}:{self.port}{path}"

    @property
    def pid(self) -> int:
        return self.proc.pid if self.proc else 0

    def start(self) -> ServerProcess:
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
        cmd = [sys.executable, "-m", "bench.fast_server", "--kind", self.kind, "--site", self.site]
        cmd += ["--kwargs", json.dumps(self.kwargs)] + (["--hosts", str(self.hosts)] if self.hosts else [])
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env, cwd=root)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.strip().isdigit():
            self.stop()
            raise RuntimeError(f"benchmark server ({self.kind}) did not start")
        self.port = int(line)
        return self

    def _get(self, path: str) -> dict:
        with urllib.request.urlopen(self.base_url + path, timeout=10) as answer:  # loopback only
            return json.loads(answer.read())

    def stats(self) -> dict:
        return self._get("/__bench__/stats")

    def reset(self) -> dict:
        return self._get("/__bench__/reset")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


async def _load(host: str, port: int, paths: list[str], connections: int, seconds: float) -> int:
    """Keep-alive GETs over ``connections`` sockets for ``seconds``; returns responses read."""
    deadline = time.perf_counter() + seconds
    done = 0

    async def worker(offset: int) -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection(host, port)
        k = offset
        try:
            while time.perf_counter() < deadline:
                path = paths[k % len(paths)]
                k += connections
                writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                await reader.readexactly(length)
                done += 1
        finally:
            writer.close()

    await asyncio.gather(*(worker(i) for i in range(connections)))
    return done


def measure_ceiling(server: ServerProcess, paths: list[str], connections: int = 16, seconds: float = 2.0) -> dict:
    """Pages/s one asyncio client process gets from ``server``, and whether the client was the limit."""
    wall0, cpu0 = time.perf_counter(), time.process_time()
    done = asyncio.run(_load("127.0.0.1", server.port, paths, connections, seconds))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {
        "server": server.kind,
        "pages_per_s": done / wall if wall else 0.0,
        "requests": done,
        "client_cpu_share": cpu / wall if wall else 0.0,
    }


if __name__ == "__main__":
    sys.exit(main())
