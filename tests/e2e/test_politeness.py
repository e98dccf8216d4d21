"""Politeness that a portal can observe: robots.txt Crawl-delay between requests, the user agent,
and conditional re-fetches (If-None-Match) answered 304 in refresh runs."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest

from crawler.demo import site as demo
from crawler.demo.server import PageSite, PortalServer, Request, Response, html
from tests.e2e.harness import run_crawl

pytestmark = pytest.mark.e2e

TEXT = "Sáng ngày 12/3/2024, Trường Chính trị tỉnh tổ chức khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 85 học viên là cán bộ chủ chốt cấp xã trên địa bàn tỉnh, với nhiều chuyên đề mới."


def article(n: int) -> str:
    return (f"<html><body><h1>Tin số {n}: khai giảng lớp bồi dưỡng năm 2024</h1><p>Ngày 1{n}-03-2024</p>"
            f"<div class='content'><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")  # fmt: skip


class Timed:
    def __init__(self, site: PageSite):
        self.site, self.seen = site, []

    def respond(self, request: Request) -> Response | None:
        self.seen.append((time.monotonic(), request.target, dict(request.headers)))
        return self.site.respond(request)


def test_crawl_delay_and_user_agent(tmp_path: Path) -> None:
    links = "".join(f'<li><a href="/tin-tuc/tin-so-{n}-khai-giang.html">Tin số {n}: khai giảng lớp bồi dưỡng năm 2024 tại trường</a> (1{n}/03/2024)</li>' for n in range(1, 4))
    pages = {"/": f"<html><body><ul class='news-list'>{links}</ul></body></html>",
             "/robots.txt": Response(200, "User-agent: *\nCrawl-delay: 1\n", {"Content-Type": "text/plain"})}  # fmt: skip
    pages.update({f"/tin-tuc/tin-so-{n}-khai-giang.html": html(article(n)) for n in range(1, 4)})
    site = Timed(PageSite(pages))
    with PortalServer(site) as server:
        proc = run_crawl(server.base_url, tmp_path / "out.jsonl", settings={"CONCURRENT_REQUESTS_PER_DOMAIN": "4"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    times = [t for t, target, _ in site.seen if target != "/robots.txt"]
    # the home page, three articles, and the discovery probe for a sitemap (robots.txt names none)
    assert sorted(target for _, target, _ in site.seen if target != "/robots.txt") == ["/", "/sitemap.xml", *sorted(f"/tin-tuc/tin-so-{n}-khai-giang.html" for n in range(1, 4))]
    assert len(times) == 5
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.95, gaps
    agents = {headers.get("User-Agent", "") for _, _, headers in site.seen}
    assert all(a.startswith("portal-crawler/") and "+https://" in a for a in agents), agents
    assert "Crawl-delay 1" in proc.stderr


class ETagSite:
    """The demo portal, answering 304 to If-None-Match on article pages."""

    def __init__(self) -> None:
        self.inner, self.conditional, self.not_modified = demo.build_site(), 0, 0

    def respond(self, request: Request) -> Response | None:
        response = self.inner.respond(request)
        if response is None or "view_content" not in request.path:
            return response
        etag = f'"{request.path.rsplit("/", 1)[-1][:8]}"'
        if request.headers.get("If-None-Match"):
            self.conditional += 1
            if request.headers["If-None-Match"] == etag:
                self.not_modified += 1
                return Response(304, b"", {"ETag": etag})
        response.headers["ETag"] = etag
        return response


def test_refresh_run_sends_conditional_requests(tmp_path: Path) -> None:
    site = ETagSite()
    settings = {"STATE_PATH": str(tmp_path / "state.sqlite3"), "PORTAL_OUTPUT_DIR": str(tmp_path / "out")}
    with PortalServer(site) as server:
        first = run_crawl(server.base_url, tmp_path / "first.jsonl", {"portal": "demo"}, settings)
        refresh = run_crawl(server.base_url, tmp_path / "refresh.jsonl", {"portal": "demo", "mode": "refresh"}, settings)
    assert first.returncode == 0 and refresh.returncode == 0, refresh.stderr[-2000:]
    assert site.conditional >= len(demo.GOLD) and site.not_modified >= len(demo.GOLD)
    assert (tmp_path / "refresh.jsonl").read_text(encoding="utf-8") == ""
    manifest = json.loads((tmp_path / "refresh.manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["new"] == 0 and manifest["finish_reason"] == "finished"
