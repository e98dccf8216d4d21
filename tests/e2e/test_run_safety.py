"""Issue 14: the accidents of scheduled runs, each as a real crawl of the demo portal on loopback.

Two overlapping runs of one portal, a full disk (a small tmpfs where this machine can mount one,
else a file-size limit in the child), a state file of random bytes, a stale lock after kill -9.
Each checks the exit status, the one line, that no log holds a traceback, and that the files with
a manifest hold every article exactly once once a re-run has caught up.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crawler.core.urls import canonicalize_url
from crawler.demo import site as demo
from crawler.demo.server import PortalServer, Request, Response
from crawler.state import PortalLock
from tests.e2e.harness import ROOT
from tests.e2e.test_scheduled_runs import EditableSite, crawl_cmd, delivered, run
from tests.portals import wordpress

pytestmark = pytest.mark.e2e
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
RUN_LINE = re.compile(r"\[crawler\.run\] ERROR: (.*)")


def run_lines(log: str) -> list[str]:
    """The one-line failure reports of a run's log."""
    return RUN_LINE.findall(log)


def assert_exactly_once(tmp: Path, base_url: str) -> None:
    counts = Counter(canonicalize_url(r["canonical_url"]) for r in delivered(tmp))
    assert set(counts) == {canonicalize_url(base_url + g["path"]) for g in demo.GOLD}, "every article delivered"
    assert max(counts.values()) == 1, f"delivered twice: {[k for k, n in counts.items() if n > 1]}"


class GatedSite(EditableSite):
    """The demo portal, answering its first *open_after* article pages and holding the others
    until ``gate`` is set: a run caught mid-crawl for as long as a test needs, without timing."""

    def __init__(self, open_after: int):
        super().__init__()
        self.gate = threading.Event()
        self.open_after = open_after
        self.articles = 0
        self._lock = threading.Lock()

    def respond(self, request: Request) -> Response | None:
        if "view_content" in request.path:
            with self._lock:
                self.articles += 1
                held = self.articles > self.open_after
            if held:
                self.gate.wait(timeout=60)
        return super().respond(request)


@contextlib.contextmanager
def gated_portal(open_after: int) -> Iterator[tuple[PortalServer, GatedSite]]:
    site = GatedSite(open_after)
    try:
        with PortalServer(site) as server:
            yield server, site
    finally:
        site.gate.set()


def start_run(server: PortalServer, tmp: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(crawl_cmd(server.base_url, tmp, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", *extra), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)  # fmt: skip


def wait_until_held(site: GatedSite, proc: subprocess.Popen[str]) -> None:
    """Until the run has had its free articles and waits on a held one (it is mid-crawl)."""
    deadline = time.monotonic() + 60
    while site.articles <= site.open_after and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None and site.articles > site.open_after, "the run did not get to the held article"


def test_overlapping_runs_of_one_portal(tmp_path: Path) -> None:
    with gated_portal(open_after=3) as (server, site), PortalServer(wordpress.build_site()) as other:
        first = start_run(server, tmp_path)
        wait_until_held(site, first)
        second = run(server.base_url, tmp_path)
        # another portal (its own host) on the same state file is not blocked
        parallel = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={other.url('/')}",
             "-s", f"PORTAL_OUTPUT_DIR={tmp_path / 'out'}", "-s", f"STATE_PATH={tmp_path / 'state.sqlite3'}",
             "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"],
            cwd=ROOT, capture_output=True, text=True, timeout=120, env=ENV)  # fmt: skip
        assert first.poll() is None, "the first run is still held mid-crawl"
        site.gate.set()
        _, first_log = first.communicate(timeout=120)
    assert second.returncode == 3, second.stderr[-3000:]
    lines = run_lines(second.stderr)
    assert len(lines) == 1 and re.fullmatch(
        rf"portal demo is already being crawled by pid {first.pid} since \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ; not starting a second run",
        lines[0]), lines  # fmt: skip
    assert "Spider opened" in second.stderr and "Crawled 1 pages" not in second.stderr
    assert parallel.returncode == 0, parallel.stderr[-3000:]
    assert first.returncode == 0, first_log[-3000:]
    for log in (first_log, second.stderr, parallel.stderr):
        assert "Traceback" not in log
    assert len(list((tmp_path / "out").glob("demo/*/*/*.manifest.json"))) == 1, "the second run wrote nothing"
    assert_exactly_once(tmp_path, server.base_url)


def write_config(config_dir: Path, name: str, url: str) -> None:
    config_dir.mkdir(exist_ok=True)
    (config_dir / f"{name}.toml").write_text(f'name = "{name}"\nstart_urls = ["{url}"]\n', encoding="utf-8")


def summary(stdout: str) -> list[str]:
    """The summary lines of ``crawl`` (after its timestamped progress lines)."""
    return [line for line in stdout.splitlines() if not re.match(r"\d{4}-\d\d-\d\d \d\d:", line)]


def crawl_all(config_dir: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "crawler", "crawl", "--all", "--config-dir", str(config_dir), "--output-dir", str(tmp / "out"),
           "-s", f"STATE_PATH={tmp / 'state.sqlite3'}", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "--jobs", "2"]  # fmt: skip
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env=ENV)


def test_crawl_all_skips_a_portal_that_is_being_crawled(tmp_path: Path) -> None:
    config_dir = tmp_path / "portals"
    with PortalServer(demo.build_site()) as one, PortalServer(wordpress.build_site()) as two:
        write_config(config_dir, "school-a", one.url("/"))
        write_config(config_dir, "school-b", two.url("/"))
        with PortalLock(tmp_path / "state.sqlite3", "school-a"):  # a live run of school-a: this process
            busy = crawl_all(config_dir, tmp_path)
        again = crawl_all(config_dir, tmp_path)
    assert busy.returncode == 3, busy.stdout + busy.stderr
    out = summary(busy.stdout)
    assert re.match(rf"school-a +SKIPPED +portal school-a is already being crawled by pid {os.getpid()} since ", out[0]), out
    assert re.match(rf"school-b +ok +new= +{len(wordpress.GOLD)} ", out[1]), out
    assert out[-1].endswith("portals=2 failed=0 skipped=1")
    assert f"school-a: SKIPPED: portal school-a is already being crawled by pid {os.getpid()}" in busy.stderr
    assert again.returncode == 0, again.stdout + again.stderr
    assert any(re.match(rf"school-a +ok +new= +{len(demo.GOLD)} ", line) for line in summary(again.stdout)), again.stdout
    assert "Traceback" not in busy.stdout + busy.stderr + again.stdout + again.stderr
    records = []
    for manifest in sorted((tmp_path / "out").glob("*/*/*/*.manifest.json")):
        records += [json.loads(line) for line in manifest.with_name(json.loads(manifest.read_text())["file"]).read_text().splitlines()]
    urls = Counter(r["canonical_url"] for r in records)
    assert len(urls) == len(demo.GOLD) + len(wordpress.GOLD) and max(urls.values()) == 1


def test_stale_lock_after_kill_9_is_taken_over(tmp_path: Path) -> None:
    with gated_portal(open_after=4) as (server, site):
        killed = start_run(server, tmp_path)
        wait_until_held(site, killed)
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait()
        lock = tmp_path / "state.sqlite3.locks" / "demo.lock"
        assert json.loads(lock.read_text())["pid"] == killed.pid, "the dead run's record is still there"
        site.gate.set()
        rerun = run(server.base_url, tmp_path)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert re.search(rf"took over the lock of portal demo from pid {killed.pid} since \S+, which is no longer running", rerun.stderr)
    assert "Traceback" not in rerun.stderr
    assert lock.read_text() == "", "released at the end"
    assert_exactly_once(tmp_path, server.base_url)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], tuple[Path, Callable[[], None] | None]]]:
    """``small_disk(size)`` -> (directory, preexec_fn): a tmpfs of *size* mounted on a new directory
    when this machine allows mounting one (then preexec_fn is None), else a plain directory and a
    preexec_fn that limits every file the child writes to *size* (RLIMIT_FSIZE). The mounts are
    undone at the end; ``grow(directory)`` gives a mounted one room again."""
    mounted: list[Path] = []

    def make(size: str) -> tuple[Path, Callable[[], None] | None]:
        where = tmp_path / f"disk{len(mounted)}"
        where.mkdir()
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True).returncode == 0
        if ok:
            mounted.append(where)
            return where, None
        limit = int(size.rstrip("k")) * 1024
        return where, lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    yield make
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def grow(directory: Path) -> None:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(["mount", "-o", "remount,size=4m", str(directory)], capture_output=True, check=False)


@pytest.mark.parametrize("full", ["output", "state"])
def test_a_full_disk_stops_the_run_and_a_rerun_catches_up(tmp_path: Path, small_disk, full: str) -> None:
    """The disk fills mid-run under the feed (output on a 16 KB disk: the demo's feed is ~43 KB)
    or under the state store (a 96 KB disk: its write-ahead log outgrows that within a few
    records)."""
    disk, limit = small_disk("16k" if full == "output" else "96k")
    out = disk / "out" if full == "output" else tmp_path / "out"
    state = tmp_path / "state.sqlite3" if full == "output" else disk / "state.sqlite3"
    settings = ["-s", f"PORTAL_OUTPUT_DIR={out}", "-s", f"STATE_PATH={state}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]
    with PortalServer(EditableSite(delay=0.1)) as server:
        failed = subprocess.run(crawl_cmd(server.base_url, tmp_path, *settings), cwd=ROOT, capture_output=True, text=True,
                                timeout=120, env=ENV, preexec_fn=limit)  # fmt: skip
        left = sorted(out.rglob("*.jsonl")) + sorted(out.rglob("*.manifest.json"))
        grow(disk)
        rerun = subprocess.run(crawl_cmd(server.base_url, tmp_path, *settings), cwd=ROOT, capture_output=True, text=True, timeout=120, env=ENV)
    assert failed.returncode == 4, failed.stderr[-3000:]
    lines = run_lines(failed.stderr)
    assert len(lines) == 1, lines
    assert re.match(rf"could not write (the state file )?{re.escape(str(disk if limit is None else tmp_path))}/\S+: ", lines[0]), lines
    if limit is None:  # a real full disk (with the file-size limit, any file may hit it first)
        assert re.search(r"No space left on device \[Errno 28\]|database or disk is full", lines[0]), lines
    assert "Closing spider (write_failed)" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert left == [], "no feed and no manifest from the failed run where consumers look"
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "Traceback" not in rerun.stderr
    records = []
    for manifest in sorted(out.glob("demo/*/*/*.manifest.json")):
        records += [json.loads(line) for line in manifest.with_name(json.loads(manifest.read_text())["file"]).read_text().splitlines()]
    counts = Counter(canonicalize_url(r["canonical_url"]) for r in records)
    assert set(counts) == {canonicalize_url(server.base_url + g["path"]) for g in demo.GOLD}
    assert max(counts.values()) == 1


def test_a_state_file_of_random_bytes_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite3"
    garbage = os.urandom(16384)
    state.write_bytes(garbage)
    config_dir = tmp_path / "portals"
    with PortalServer(EditableSite()) as server:
        refused = run(server.base_url, tmp_path)
        write_config(config_dir, "demo-copy", server.url("/"))
        refused_all = crawl_all(config_dir, tmp_path)
        requests_while_refused = len(server.requests)
        state.rename(tmp_path / "state.sqlite3.broken")  # what the line tells the operator to do
        rerun = run(server.base_url, tmp_path)
    assert refused.returncode == 5, refused.stderr[-3000:]
    lines = run_lines(refused.stderr)
    assert lines == [f"state file {state} is not a usable SQLite database (file is not a database): refusing to crawl "
                     "as if nothing had been delivered; move the file aside (or restore a backup) and run again"]  # fmt: skip
    assert refused_all.returncode == 5, refused_all.stdout + refused_all.stderr
    assert f"demo-copy: FAILED: state file {state} is not a usable SQLite database" in refused_all.stderr
    assert requests_while_refused == 0, "nothing crawled while the file is there"
    assert (tmp_path / "state.sqlite3.broken").read_bytes() == garbage, "the file is left for the operator"
    assert "Traceback" not in refused.stderr + refused_all.stdout + refused_all.stderr
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert_exactly_once(tmp_path, server.base_url)


def test_a_manifest_that_cannot_be_written_unpublishes_the_feed(tmp_path: Path) -> None:
    """The feed is stored, then its manifest cannot be (a directory stands where it goes): the
    run fails with one line, takes the feed back and commits nothing; the re-run delivers all."""
    feed = tmp_path / "articles.jsonl"
    blocker = tmp_path / "articles.manifest.json"
    blocker.mkdir()
    with PortalServer(EditableSite()) as server:
        failed = run(server.base_url, tmp_path, "-O", str(feed))
        left = feed.exists()
        blocker.rmdir()
        rerun = run(server.base_url, tmp_path, "-O", str(feed))
    assert failed.returncode == 4, failed.stderr[-3000:]
    assert run_lines(failed.stderr) == [f"could not write {blocker}: Is a directory [Errno 21]"]
    assert "Traceback" not in failed.stderr and "state committed" not in failed.stderr
    assert not left, "a feed without its manifest is taken back"
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    records = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    assert json.loads(blocker.read_text(encoding="utf-8"))["lines"] == len(records) == len(demo.GOLD)


def test_a_sigtermed_run_delivers_what_it_wrote_and_exits_1(tmp_path: Path) -> None:
    with gated_portal(open_after=5) as (server, site):
        stopped = start_run(server, tmp_path)
        wait_until_held(site, stopped)
        stopped.send_signal(signal.SIGTERM)
        site.gate.set()
        _, log = stopped.communicate(timeout=120)
        rerun = run(server.base_url, tmp_path)
    assert stopped.returncode == 1, log[-3000:]
    assert run_lines(log) == ["portal demo: the run stopped before the end (shutdown); what it wrote is delivered"]
    assert "Traceback" not in log
    (first, *_) = [json.loads(m.read_text()) for m in sorted((tmp_path / "out").glob("demo/*/*/*.manifest.json"))]
    assert first["finish_reason"] == "shutdown" and first["exit_status"] == 1 and first["lines"] >= 5
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert_exactly_once(tmp_path, server.base_url)
