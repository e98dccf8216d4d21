"""Many portals per process (crawler.batch): real crawls of portals on their own loopback hosts.

Per portal nothing changes (its own file with a manifest, every article once, its summary line
and exit status); the batch reads a list file as a stream, runs two portals of one id one after
the other, keeps one view of hosts shared by several portals and of the process's downloads in
flight, lets no slow portal hold up the others, and stops cleanly on SIGTERM.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.batch.results import parse_event
from crawler.core.urls import canonicalize_url
from crawler.demo import site as demo
from crawler.demo.server import PageSite, PortalServer, Request, Response, html
from tests.e2e.harness import FAST, ROOT

pytestmark = pytest.mark.e2e
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
HOSTS = ("127.0.1.1", "127.0.1.2", "127.0.1.3")


def settings_args(tmp: Path, extra: dict[str, str] | None = None) -> list[str]:
    merged = {**FAST, "PORTAL_OUTPUT_DIR": str(tmp / "out"), "STATE_PATH": str(tmp / "state.sqlite3"), **(extra or {})}
    return [arg for key, value in merged.items() for arg in ("-s", f"{key}={value}")]


def crawl(args: list[str], tmp: Path, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "crawler", "crawl", "--progress", "plain", *args, *settings_args(tmp, extra)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=240, env=ENV)


def batch(args: dict[str, str], tmp: Path, extra: dict[str, str] | None = None) -> list[str]:
    """``scrapy crawl batch`` (one process): the command line."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", "batch", *(a for k, v in args.items() for a in ("-a", f"{k}={v}"))]
    return [*cmd, *settings_args(tmp, extra)]


def summary(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if not re.match(r"\d{4}-\d\d-\d\d \d\d:", line)]


def delivered(out: Path, portal: str) -> tuple[int, Counter[str]]:
    """(manifested files, records per canonical URL) of one portal's output directory."""
    files = 0
    urls: Counter[str] = Counter()
    for manifest in sorted((out / portal).glob("*/*/*.manifest.json")):
        files += 1
        feed = manifest.with_name(json.loads(manifest.read_text(encoding="utf-8"))["file"])
        urls.update(json.loads(line)["canonical_url"] for line in feed.read_text(encoding="utf-8").splitlines())
    return files, urls


def events(log: str) -> list[tuple[str, dict[str, Any]]]:
    return [event for event in map(parse_event, log.splitlines()) if event is not None]


class Meter:
    """Downloads in flight at the servers sharing it: per host and in all, the most at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()

    def enter(self, host: str) -> None:
        with self.lock:
            for key in (host, "*"):
                self.now[key] += 1
                self.peak[key] = max(self.peak[key], self.now[key])

    def leave(self, host: str) -> None:
        with self.lock:
            self.now[host] -= 1
            self.now["*"] -= 1


class Metered:
    """A site whose every answer takes *hold* seconds, counted by a Meter while it is served."""

    def __init__(self, site: Any, meter: Meter, host: str, hold: float = 0.05):
        self.site, self.meter, self.host, self.hold = site, meter, host, hold

    def respond(self, request: Request) -> Response | None:
        self.meter.enter(self.host)
        try:
            time.sleep(self.hold)
            return self.site.respond(request)
        finally:
            self.meter.leave(self.host)


class Slow:
    """A site that answers every request after *delay* seconds."""

    def __init__(self, site: Any, delay: float):
        self.site, self.delay = site, delay

    def respond(self, request: Request) -> Response | None:
        response = self.site.respond(request)
        if response is not None:
            response.delay = self.delay
        return response


@contextlib.contextmanager
def killed_at_the_end(proc: subprocess.Popen[str], group: bool = False) -> Iterator[None]:
    """Whatever happens in the test, no crawl outlives it (with its workers, for a group leader)."""
    try:
        yield
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                if group:
                    os.killpg(proc.pid, signal.SIGKILL)
                else:
                    proc.kill()
            proc.wait()


@contextlib.contextmanager
def servers(*sites: tuple[Any, str]) -> Iterator[list[PortalServer]]:
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(PortalServer(site, host=host)) for site, host in sites]


def test_a_list_of_portals_each_with_its_own_file_every_article_once(tmp_path: Path) -> None:
    with servers(*((demo.build_site(), host) for host in HOSTS)) as (one, two, three):
        listed = tmp_path / "schools.txt"
        listed.write_text(
            "# schools of the province\n"
            f"{one.url('/')}\n\n"
            f"{two.url('/')}   # a comment after the URL\n"
            f"{three.url('/')}\n"
            f"{one.url('/')}\n"                      # listed twice: crawled once
            "ftp://files.example/\n"                 # not a portal: that line alone fails
            f"{one.url('/?from=list')}\n",           # the same portal id again: runs after the first
            encoding="utf-8",
        )  # fmt: skip
        first = crawl(["--urls", str(listed)], tmp_path)
        again = crawl(["--urls", str(listed)], tmp_path)
    assert first.returncode == 2, first.stdout + first.stderr  # a usage error on one line; the rest crawled
    lines = summary(first.stdout)
    assert lines[0].startswith("ftp://files.example/   INVALID     ") and f"{listed}:7: " in lines[0], lines
    rows = [line for line in lines[1:-1]]
    assert len(rows) == 4 and all(" ok " in row for row in rows), rows
    for host in HOSTS:
        assert any(re.match(rf"{re.escape(host)} +ok +new= +{len(demo.GOLD)} ", row) for row in rows), (host, rows)
    assert any(re.match(rf"{re.escape(HOSTS[0])} +ok +new= +0 ", row) for row in rows), "its second start URL ran after the first"
    assert lines[-1].startswith(f"total: new={3 * len(demo.GOLD)} ") and lines[-1].endswith("portals=5 failed=1 skipped=0")
    assert f"ftp://files.example/: INVALID: {listed}:7: start URL" in first.stderr
    out = tmp_path / "out"
    for server, runs in ((one, 4), (two, 2), (three, 2)):  # two crawls; the first portal twice in each
        files, urls = delivered(out, server.host)
        assert files == runs, (server.host, files)
        assert set(urls) == {canonicalize_url(server.url(g["path"])) for g in demo.GOLD} and max(urls.values()) == 1
    assert again.returncode == 2 and summary(again.stdout)[-1].startswith("total: new=0 "), again.stdout
    assert "Traceback" not in first.stdout + first.stderr + again.stdout + again.stderr


def test_a_slow_portal_holds_up_no_other_and_a_page_of_links_is_capped(tmp_path: Path) -> None:
    """Three portals in one process: one answers every page after half a second, one has a home page
    of 400 links (the cap is 100 here); the quick ones finish while the slow one is crawled."""
    links = "".join(f'<li><a href="/#muc-{n}">Mục {n}</a></li>' for n in range(400))
    hostile = PageSite({"/": html(f"<html><body><h1>Trường THCS</h1><ul>{links}</ul></body></html>")})
    with servers((Slow(demo.build_site(), 0.5), HOSTS[0]), (demo.build_site(), HOSTS[1]), (hostile, HOSTS[2])) as started:
        urls = "\n".join(server.url("/") for server in started)
        proc = subprocess.run(batch({"urls": urls}, tmp_path, {"PORTAL_BATCH_CONCURRENCY": "3", "PORTAL_BATCH_MAX_PAGE_LINKS": "100"}),
                              cwd=ROOT, capture_output=True, text=True, timeout=240, env=ENV)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = events(proc.stderr)
    order = [data["portal"] for kind, data in seen if kind == "result"]
    assert order.index(HOSTS[1]) < order.index(HOSTS[0]) and order.index(HOSTS[2]) < order.index(HOSTS[0]), order
    started_all = max(i for i, (kind, _) in enumerate(seen) if kind == "started")
    first_result = min(i for i, (kind, _) in enumerate(seen) if kind == "result")
    assert started_all < first_result, "all three ran at once"
    results = {data["portal"]: data for kind, data in seen if kind == "result"}
    assert results[HOSTS[0]]["counts"]["new"] == results[HOSTS[1]]["counts"]["new"] == len(demo.GOLD)
    assert f"http://{HOSTS[2]}:{started[2].port}/ has more than 100 links: read up to the 100th" in proc.stderr


def test_hosts_shared_by_portals_and_the_process_keep_their_limits(tmp_path: Path) -> None:
    """Three configured portals on one host and one on another, in one process: the shared host
    never sees more than CONCURRENT_REQUESTS_PER_DOMAIN downloads at once (each portal alone
    would allow that many), the process never more than PORTAL_BATCH_MAX_REQUESTS."""
    meter = Meter()
    config_dir = tmp_path / "portals"
    config_dir.mkdir()
    with servers((Metered(demo.build_site(), meter, "shared"), HOSTS[0]), (Metered(demo.build_site(), meter, "own"), HOSTS[1])) as (shared, own):
        for name, server in (("truong-a", shared), ("truong-b", shared), ("truong-c", shared), ("so-gd", own)):
            (config_dir / f"{name}.toml").write_text(f'name = "{name}"\nstart_urls = ["{server.url("/")}"]\n', encoding="utf-8")
        proc = crawl(["--all", "--config-dir", str(config_dir), "--processes", "1"], tmp_path,
                     {"CONCURRENT_REQUESTS_PER_DOMAIN": "2", "PORTAL_BATCH_MAX_REQUESTS": "3"})  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert summary(proc.stdout)[-1].startswith(f"total: new={4 * len(demo.GOLD)} "), proc.stdout
    assert meter.peak["shared"] == 2, meter.peak
    assert meter.peak["*"] == 3, meter.peak


def test_sigterm_stops_the_batch_cleanly(tmp_path: Path) -> None:
    """The running portals close as stopped runs (their feeds and manifests written); the ones
    that had not started are reported as not run."""
    sites = [(Slow(demo.build_site(), 0.3), host) for host in HOSTS]
    with servers(*sites) as started:
        urls = "\n".join(server.url("/") for server in started)
        cmd = batch({"urls": urls}, tmp_path, {"PORTAL_BATCH_CONCURRENCY": "2"})
        proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=ENV)
        with killed_at_the_end(proc):
            log: list[str] = []
            reader = threading.Thread(target=lambda: log.extend(proc.stderr or ()), daemon=True)
            reader.start()
            deadline = time.monotonic() + 120
            while sum(1 for server in started if server.requests) < 2 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)  # until two portals are being crawled
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=120)
            reader.join()
    text = "".join(log)
    assert code == 1, text[-3000:]
    results = {data["portal"]: data for kind, data in events(text) if kind == "result"}
    assert len(results) == 3, results
    stopped = [r for r in results.values() if r["finish_reason"] == "shutdown"]
    never = [r for r in results.values() if r["finish_reason"] == "not_run"]
    assert len(stopped) == 2 and len(never) == 1, results
    assert "the batch stopped (shutdown) before this portal started" in never[0]["failure"]
    manifests = list((tmp_path / "out").glob("*/*/*/*.manifest.json"))
    assert sorted(json.loads(m.read_text())["finish_reason"] for m in manifests) == ["shutdown", "shutdown"]
    assert "Traceback" not in text


def test_usage_errors_of_scrapy_crawl_batch(tmp_path: Path) -> None:
    for args, says in (({}, "nothing to crawl"), ({"urls_file": str(tmp_path / "missing.txt")}, "no such file"),
                       ({"urls": "http://a.example/", "shard": "5/2"}, "INDEX/COUNT")):  # fmt: skip
        proc = subprocess.run(batch(args, tmp_path), cwd=ROOT, capture_output=True, text=True, timeout=60, env=ENV)
        assert proc.returncode == 2 and says in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


def test_a_failed_write_stops_the_batch_from_starting_more_portals(tmp_path: Path) -> None:
    """The output directory cannot be written (it would be under a regular file): the first
    portal fails at its first write (exit 4); every other portal would fail the same way, so
    none starts, and the summary lists them as not run."""
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    with servers(*((demo.build_site(), host) for host in HOSTS)) as started:
        urls = "\n".join(server.url("/") for server in started)
        proc = subprocess.run(batch({"urls": urls}, tmp_path, {"PORTAL_BATCH_CONCURRENCY": "1", "PORTAL_OUTPUT_DIR": str(blocker / "out")}),
                              cwd=ROOT, capture_output=True, text=True, timeout=120, env=ENV)  # fmt: skip
        asked = [len(server.requests) for server in started]
    assert proc.returncode == 4, proc.stderr[-3000:]
    results = [data for kind, data in events(proc.stderr) if kind == "result"]
    assert [(r["portal"], r["finish_reason"]) for r in results] == [
        (HOSTS[0], "write_failed"), (HOSTS[1], "not_run"), (HOSTS[2], "not_run")]  # fmt: skip
    assert all("the batch stopped (write_failed) before this portal started" in r["failure"] for r in results[1:])
    assert asked[1:] == [0, 0], "the other portals were not crawled"
    assert "Traceback" not in proc.stderr


def test_sigterm_to_crawl_reaches_its_workers_and_the_summary_is_printed(tmp_path: Path) -> None:
    with servers(*((Slow(demo.build_site(), 0.3), host) for host in HOSTS)) as started:
        listed = tmp_path / "urls.txt"
        listed.write_text("".join(server.url("/") + "\n" for server in started), encoding="utf-8")
        cmd = [sys.executable, "-m", "crawler", "crawl", "--urls", str(listed), "--processes", "1", "--jobs", "2", "--progress", "plain",
               *settings_args(tmp_path)]  # fmt: skip
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, start_new_session=True)
        with killed_at_the_end(proc, group=True):
            deadline = time.monotonic() + 120
            while sum(1 for server in started if server.requests) < 2 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)  # until two portals are being crawled
            proc.send_signal(signal.SIGTERM)  # to the command only, as cron or systemd would
            stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1, stdout + stderr
    lines = summary(stdout)
    assert lines[-1].endswith("portals=3 failed=3 skipped=0"), lines
    assert sum(1 for line in lines if " FAILED " in line and "finish=shutdown" in line) == 2, lines
    assert sum(1 for line in lines if " NOT RUN " in line) == 1, lines
    assert "Traceback" not in stdout + stderr
