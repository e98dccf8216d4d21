"""Issue 15: dead portals fail loudly, through both commands, with one line, a manifest that says
why, no traceback and a non-zero exit status; a half-broken portal delivers what it got.

Every server here is on loopback: a port nobody listens on, a server answering 503 forever, one
that accepts connections and never answers (bounded by a 1 s DOWNLOAD_TIMEOUT), and the demo
portal with some articles failing.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.core.urls import canonicalize_url
from crawler.demo import site as demo
from crawler.demo.server import PortalServer, Request, Response
from crawler.state import StateStore
from tests.e2e.harness import FAST, ROOT

pytestmark = pytest.mark.e2e
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
#: few, quick retries: a dead portal is judged in seconds
QUICK = {"RETRY_TIMES": "1", "PORTAL_RETRY_BACKOFF_BASE": "0.05", "DOWNLOAD_TIMEOUT": "1"}
RUN_LINE = re.compile(r"\[crawler\.run\] ERROR: (.*)")


def settings_args(tmp: Path, extra: dict[str, str] | None = None) -> list[str]:
    merged = {**FAST, **QUICK, "PORTAL_OUTPUT_DIR": str(tmp / "out"), "STATE_PATH": str(tmp / "state.sqlite3"), **(extra or {})}
    return [arg for key, value in merged.items() for arg in ("-s", f"{key}={value}")]


def scrapy_crawl(url: str, tmp: Path, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={url}", *settings_args(tmp, extra)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, env=ENV)


def crawler_crawl(url: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "crawler", "crawl", "--start-url", url, *settings_args(tmp)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, env=ENV)


def manifests(tmp: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((tmp / "out").glob("*/*/*/*.manifest.json"))]


def known(tmp: Path, portal: str) -> int:
    with StateStore(tmp / "state.sqlite3") as store:
        return store.count(portal) + len(store.staged_runs(portal))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again on leaving: nothing listens there


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers; stops by itself when the test leaves."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        listener.close()


class Always503:
    def respond(self, request: Request) -> Response:
        return Response(503, b"<html><body>Service Unavailable</body></html>", {"Content-Type": "text/html"})


def assert_dead(proc: subprocess.CompletedProcess[str], tmp: Path, url: str, reason: str) -> None:
    """Exit 1, one line, no traceback, a manifest that says why, no state change."""
    assert proc.returncode == 1, proc.stderr[-3000:]
    line = f"portal 127.0.0.1 unreachable: {reason} on {url} after 2 tries"
    assert RUN_LINE.findall(proc.stderr) == [line]
    assert proc.stderr.rstrip().splitlines()[-1].endswith("Spider closed (finished)")
    assert "Traceback" not in proc.stderr
    assert re.search(r"run summary: portal=127\.0\.0\.1 .* failed_pages=1 finish_reason=unreachable", proc.stderr)
    (manifest,) = manifests(tmp)
    assert manifest["finish_reason"] == "unreachable" and manifest["failure"] == line and manifest["exit_status"] == 1
    assert manifest["failed_pages"] == [{"url": url, "reason": f"{reason} after 2 tries"}]
    assert manifest["lines"] == 0 and manifest["counts"]["pages_failed"] == 1 and manifest["counts"]["pages_ok"] == 0
    assert known(tmp, "127.0.0.1") == 0


def assert_dead_through_crawl(proc: subprocess.CompletedProcess[str], url: str, reason: str) -> None:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert re.search(r"^127\.0\.0\.1 +UNREACHABLE .* finish=unreachable$", proc.stdout, re.M), proc.stdout
    assert f"127.0.0.1: UNREACHABLE: portal 127.0.0.1 unreachable: {reason} on {url} after 2 tries" in proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_connection_refused(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/"
    proc = scrapy_crawl(url, tmp_path)
    assert_dead(proc, tmp_path, url, "connection refused")
    # robots.txt was refused too: one warning, not the middleware's traceback
    assert re.search(r"WARNING: robots\.txt of 127\.0\.0\.1:\d+ not fetched \(connection refused\)", proc.stderr)
    assert_dead_through_crawl(crawler_crawl(url, tmp_path / "crawl"), url, "connection refused")


def test_every_page_answers_503(tmp_path: Path) -> None:
    with PortalServer(Always503()) as server:
        url = server.url("/")
        proc = scrapy_crawl(url, tmp_path)
        through_crawl = crawler_crawl(url, tmp_path / "crawl")
    assert_dead(proc, tmp_path, url, "HTTP 503")
    assert_dead_through_crawl(through_crawl, url, "HTTP 503")


def test_a_server_that_never_answers(tmp_path: Path) -> None:
    with silent_server() as url:
        proc = scrapy_crawl(url, tmp_path)
        through_crawl = crawler_crawl(url, tmp_path / "crawl")
    assert_dead(proc, tmp_path, url, "timed out")
    assert_dead_through_crawl(through_crawl, url, "timed out")


BROKEN = sorted(g["path"] for g in demo.GOLD)[::3]  # every third article answers 503 while the portal is "half down"


class HalfBrokenSite:
    def __init__(self) -> None:
        self.inner = demo.build_site()
        self.broken = True

    def respond(self, request: Request) -> Response | None:
        if self.broken and request.path in BROKEN:
            return Response(503, b"<html><body>Service Unavailable</body></html>", {"Content-Type": "text/html"})
        return self.inner.respond(request)


def demo_crawl(url: str, tmp: Path, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "portal=demo", "-a", f"start_url={url}", *settings_args(tmp, extra)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, env=ENV)


def test_a_half_broken_portal_delivers_what_it_got(tmp_path: Path) -> None:
    site = HalfBrokenSite()
    with PortalServer(site) as server:
        partly = demo_crawl(server.url("/"), tmp_path)
        strict = demo_crawl(server.url("/"), tmp_path / "strict", {"PORTAL_MAX_FAILED_RATIO": "0.1"})
        site.broken = False
        healed = demo_crawl(server.url("/"), tmp_path)
    failed_urls = {canonicalize_url(server.url(path)) for path in BROKEN}
    # finishes, writes what it got, lists the failed pages, says how many in the summary line
    assert partly.returncode == 0, partly.stderr[-3000:]
    assert re.search(rf"run summary: portal=demo new={len(demo.GOLD) - len(BROKEN)} .* failed_pages={len(BROKEN)} finish_reason=finished", partly.stderr)
    assert RUN_LINE.findall(partly.stderr) == [] and "Traceback" not in partly.stderr
    first = manifests(tmp_path)[0]
    assert first["finish_reason"] == "finished" and first["failure"] is None and first["exit_status"] == 0
    assert {canonicalize_url(p["url"]) for p in first["failed_pages"]} == failed_urls
    assert {p["reason"] for p in first["failed_pages"]} == {"HTTP 503 after 2 tries"}
    assert first["lines"] == len(demo.GOLD) - len(BROKEN) and first["counts"]["pages_failed"] == len(BROKEN)
    # a threshold turns it into a failure, with one line
    assert strict.returncode == 1, strict.stderr[-3000:]
    (line,) = RUN_LINE.findall(strict.stderr)
    assert re.fullmatch(rf"portal demo: {len(BROKEN)} of \d+ pages failed \(more than 10%\); first: HTTP 503 on http://\S+ after 2 tries", line)
    assert manifests(tmp_path / "strict")[0]["finish_reason"] == "too_many_failures"
    assert "Traceback" not in strict.stderr
    # once the portal is back, the next run delivers the rest: every article exactly once
    assert healed.returncode == 0, healed.stderr[-3000:]
    records = []
    for manifest in sorted((tmp_path / "out").glob("demo/*/*/*.manifest.json")):
        records += [json.loads(x) for x in manifest.with_name(json.loads(manifest.read_text())["file"]).read_text().splitlines()]
    counts = Counter(canonicalize_url(r["canonical_url"]) for r in records)
    assert set(counts) == {canonicalize_url(server.url(g["path"])) for g in demo.GOLD} and max(counts.values()) == 1


def test_crawl_all_lists_dead_portals_first_and_crawls_the_others(tmp_path: Path) -> None:
    config_dir = tmp_path / "portals"
    config_dir.mkdir()
    dead = f"http://127.0.0.1:{closed_port()}/"
    with PortalServer(demo.build_site()) as alive:
        for name, url in (("a-alive", alive.url("/")), ("b-dead", dead)):
            (config_dir / f"{name}.toml").write_text(f'name = "{name}"\nstart_urls = ["{url}"]\n', encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "crawler", "crawl", "--all", "--config-dir", str(config_dir),
                               "--progress", "plain", *settings_args(tmp_path)],
                              cwd=ROOT, capture_output=True, text=True, timeout=180, env=ENV)  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    rows = [line for line in proc.stdout.splitlines() if re.match(r"[ab]-\w+ ", line)]
    assert rows[0].split()[:2] == ["b-dead", "UNREACHABLE"] and rows[1].split()[:2] == ["a-alive", "ok"], rows
    assert f"new={len(demo.GOLD):>4}" in rows[1]
    assert proc.stdout.splitlines()[-1].endswith("portals=2 failed=1 skipped=0")
    assert f"b-dead: UNREACHABLE: portal b-dead unreachable: connection refused on {dead} after 2 tries" in proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_a_tls_handshake_that_fails(tmp_path: Path) -> None:
    """https:// to a server that speaks plain HTTP: the handshake fails, the line says so."""
    with PortalServer(demo.build_site()) as server:
        url = server.url("/").replace("http://", "https://")
        proc = scrapy_crawl(url, tmp_path)
    assert_dead(proc, tmp_path, url, "TLS error (wrong version number)")
