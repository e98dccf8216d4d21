"""Issue 3: incremental runs, re-emitted changes, and no loss or duplicate after a kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crawler.core.urls import canonicalize_url
from crawler.demo import site as demo
from crawler.demo.server import PortalServer, Request, Response
from tests.e2e.harness import FAST, ROOT, read_jsonl

pytestmark = pytest.mark.e2e

CHANGED = next(g for g in demo.GOLD if "4713" in g["path"])


class EditableSite:
    """The demo portal, with one article's text replaceable and articles optionally slow; with
    ``lastmods`` (path → ``<lastmod>``) it also publishes a sitemap of its articles."""

    def __init__(self, delay: float = 0.0):
        self.inner = demo.build_site()
        self.delay = delay
        self.replace: tuple[str, str] | None = None
        self.lastmods: dict[str, str] | None = None

    def respond(self, request: Request) -> Response | None:
        if request.path == "/sitemap.xml" and self.lastmods is not None:
            host = request.headers.get("Host", "")
            urls = "".join(f"<url><loc>http://{host}{path}</loc><lastmod>{mod}</lastmod></url>" for path, mod in self.lastmods.items())
            body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return Response(200, body, {"Content-Type": "application/xml"})
        response = self.inner.respond(request)
        if response is None or "view_content" not in request.path:
            return response
        if self.replace and request.path == CHANGED["path"]:
            body = response.payload().decode("utf-8").replace(*self.replace)
            response = Response(response.status, body.encode("utf-8"), dict(response.headers))
        if self.delay:
            response.delay = self.delay
        return response


def crawl_cmd(base_url: str, tmp: Path, *extra: str) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "portal=demo", "-a", f"start_url={base_url}/",
           "-s", f"PORTAL_OUTPUT_DIR={tmp / 'out'}", "-s", f"STATE_PATH={tmp / 'state.sqlite3'}", *extra]  # fmt: skip
    for key, value in FAST.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def run(base_url: str, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(crawl_cmd(base_url, tmp, *extra), cwd=ROOT, capture_output=True, text=True, timeout=180, env={**os.environ, "PYTHONPATH": str(ROOT)})


def delivered(tmp: Path) -> list[dict[str, Any]]:
    """Records of every feed file that has a manifest (what consumers may read), in run order."""
    records = []
    for manifest in sorted((tmp / "out").glob("demo/*/*/*.manifest.json")):
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        records += read_jsonl(manifest.with_name(meta["file"]))
    return records


def test_second_run_emits_nothing_and_fetches_less(tmp_path: Path) -> None:
    site = EditableSite()
    with PortalServer(site) as server:
        first = run(server.base_url, tmp_path)
        n_first = len(server.requests)
        second = run(server.base_url, tmp_path)
        n_second = len(server.requests) - n_first
    assert first.returncode == 0 and second.returncode == 0, second.stderr[-2000:]
    manifests = sorted((tmp_path / "out").glob("demo/*/*/*.manifest.json"))
    assert len(manifests) == 2
    lines = [json.loads(m.read_text(encoding="utf-8"))["lines"] for m in manifests]
    assert lines == [len(demo.GOLD), 0]
    assert n_second < n_first / 2, (n_first, n_second)


def test_changed_article_is_re_emitted_once_as_updated(tmp_path: Path) -> None:
    site = EditableSite()
    with PortalServer(site) as server:
        assert run(server.base_url, tmp_path).returncode == 0
        first = {r["canonical_url"]: r for r in delivered(tmp_path)}
        site.replace = ("tổ chức Hội nghị triển khai công tác xây dựng Đảng", "tổ chức trọng thể Hội nghị triển khai công tác xây dựng Đảng")
        refresh = run(server.base_url, tmp_path, "-a", "mode=refresh")
        assert refresh.returncode == 0, refresh.stderr[-2000:]
        after_refresh = delivered(tmp_path)
        again = run(server.base_url, tmp_path, "-a", "mode=refresh")
        assert again.returncode == 0
    updated = after_refresh[len(first):]
    assert len(updated) == 1, [r["url"] for r in updated]
    record = updated[0]
    assert record["updated"] is True
    assert canonicalize_url(record["url"]).endswith(CHANGED["path"].split("/")[-1])
    assert record["canonical_url"] in first
    assert record["content_hash"] != first[record["canonical_url"]]["content_hash"]
    assert "trọng thể Hội nghị" in record["body"]
    assert len(delivered(tmp_path)) == len(after_refresh), "an unchanged article is never emitted twice"


def test_a_newer_sitemap_lastmod_re_fetches_a_changed_article_in_an_incremental_run(tmp_path: Path) -> None:
    """Issue 11: a sitemap's <lastmod> later than the store's last read is a reason to re-fetch,
    also in an incremental run; an article whose lastmod did not move is not fetched again."""
    site = EditableSite()
    site.lastmods = {g["path"]: f"2022-0{1 + i % 9}-1{i % 10}T08:00:00+07:00" for i, g in enumerate(demo.GOLD)}
    unchanged = next(g for g in demo.GOLD if g is not CHANGED)
    with PortalServer(site) as server:
        assert run(server.base_url, tmp_path).returncode == 0
        first = delivered(tmp_path)
        # the article is edited (and a second one too, without telling the sitemap)
        site.replace = ("tổ chức Hội nghị triển khai công tác xây dựng Đảng", "tổ chức trọng thể Hội nghị triển khai công tác xây dựng Đảng")
        site.lastmods[CHANGED["path"]] = (datetime.now(UTC) + timedelta(minutes=1)).isoformat(timespec="seconds")
        before = len(server.requests)
        second = run(server.base_url, tmp_path)
        fetched = [target.split("?")[0] for _, target in server.requests[before:]]
    assert second.returncode == 0, second.stderr[-2000:]
    assert len(first) == len(demo.GOLD)
    new = delivered(tmp_path)[len(first):]
    assert [(r["updated"], "trọng thể Hội nghị" in r["body"]) for r in new] == [(True, True)]
    assert fetched.count(CHANGED["path"]) == 1
    assert unchanged["path"] not in fetched
    assert "Traceback" not in second.stderr


def test_full_mode_backfills_without_duplicates(tmp_path: Path) -> None:
    with PortalServer(EditableSite()) as server:
        assert run(server.base_url, tmp_path).returncode == 0
        full = run(server.base_url, tmp_path, "-a", "mode=full")
    assert full.returncode == 0
    assert len(delivered(tmp_path)) == len(demo.GOLD)


def _articles_served(server: PortalServer) -> int:
    return sum("view_content" in target for _, target in server.requests)


@pytest.mark.parametrize("kill_at", [0, 4, 11, len(demo.GOLD)])
def test_kill_9_then_rerun_delivers_every_article_exactly_once(tmp_path: Path, kill_at: int) -> None:
    """Killed once ``kill_at`` article pages have been served: before any, early, late, and after
    the last one (while the run is closing its feed)."""
    with PortalServer(EditableSite(delay=0.2)) as server:
        proc = subprocess.Popen(crawl_cmd(server.base_url, tmp_path, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
        deadline = time.monotonic() + 60
        while _articles_served(server) < kill_at and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if kill_at == len(demo.GOLD):
            time.sleep(0.3)  # the last responses are being processed and the feed closed
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        partial = list((tmp_path / "out").rglob("*.partial"))
        rerun = run(server.base_url, tmp_path)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        final = run(server.base_url, tmp_path)
        assert final.returncode == 0
    records = delivered(tmp_path)
    counts = Counter(canonicalize_url(r["canonical_url"]) for r in records)
    gold = {canonicalize_url(server.base_url + g["path"]) for g in demo.GOLD}
    assert set(counts) == gold, "nothing lost"
    assert max(counts.values()) == 1, "nothing duplicated"
    # the killed run left no half-written line where consumers look
    for jsonl in (tmp_path / "out").glob("demo/*/*/*.jsonl"):
        text = jsonl.read_text(encoding="utf-8")
        assert text == "" or text.endswith("\n")
    assert all(p.name.startswith(".") for p in partial)
