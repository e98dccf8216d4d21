"""Self-check of the sinatra_haml_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sinatra_haml_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'(?:href|src)="([^"]*)"')
_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """Visible text of a page, sups (footnote calls) and scripts dropped, collapsed."""
    page = re.sub(r"<sup\b.*?</sup>", "", page, flags=re.S)
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    page = re.sub(r"<br\s*/?>", "\n", page)
    page = re.sub(r"</?(p|li|td|th|tr|h\d|div|blockquote|ul|ol|table)\b[^>]*>", "\n", page)
    page = re.sub(r"<[^>]+>", "", page)
    return collapse(html.unescape(page))


def _h2(page: str) -> str:
    m = re.search(r'<h2 class="tde-bv">(.*?)</h2>', page, re.S)
    assert m
    return collapse(html.unescape(m.group(1)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        url = urljoin("http://h" + here, html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "h" or parts.scheme != "http":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or _ASSET.search(urlsplit(target).path):
            continue
        status, page, _ = fetch(server, target)
        seen[target] = page if status == 200 else ""
        if status == 200:
            queue.extend(t for t in _links(page, target) if t not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for rec in portal.GOLD:
        assert rec["published_at"] is None or _STAMP.match(rec["published_at"]), rec["path"]
        assert rec["body"] and rec["category"]
        assert rec["summary"] == rec["body"].split("\n\n")[0]


def test_gold_pages_answer_with_title_and_fields(server):
    for rec in portal.GOLD:
        for target in [rec["path"], *rec.get("alt_paths", [])]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            assert _h2(page) == rec["title"], target
            assert f'rel="canonical" href="{server.base_url}{rec["canonical_path"]}"' in page.replace("&amp;", "&")
        text = _plain(page)
        for para in rec["body"].split("\n\n"):
            # a table row's cells are printed in their own cells
            assert para.replace(" | ", " ") in text, (rec["path"], para)
        for name in rec["authors"] + rec["photographers"]:
            assert name in text, name
        if rec["source"]:
            assert f"Nguồn: {rec['source']}" in text
        for img in rec["images"]:
            assert f'src="{img["path"]}"' in page
            if img["caption"]:
                assert img["caption"] in text
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
        crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
        assert _plain(re.findall(r"<li[^>]*>(.*?)</li>", crumbs)[-1]) == rec["category"]


def test_dates_match_timeago_abbr(server):
    """The UTC abbr converted to +07:00 is the gold; local midnight gives the day alone."""
    ict = timezone(timedelta(hours=7))
    for rec in portal.GOLD:
        _, page, _ = fetch(server, rec["path"])
        stamp = re.search(r'<abbr class="timeago" title="([^"]+)">([^<]+)</abbr>', page)
        utc = datetime.strptime(stamp.group(1), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        local = utc.astimezone(ict)
        assert stamp.group(2) == local.strftime("%a, %d %b %Y %H:%M")
        want = local.date().isoformat() if local.strftime("%H:%M") == "00:00" else local.isoformat()
        assert rec["published_at"] == want
    by_id = {r["path"].split("?")[0]: r for r in portal.GOLD}
    assert by_id["/bai-viet/247"]["published_at"] == "2026-11-20T06:45:00+07:00"
    assert by_id["/bai-viet/240"]["published_at"] == "2026-11-06"


def test_traps_as_documented(server):
    rec = portal.GOLD[0]
    _, page, _ = fetch(server, rec["path"])
    # banner h1 is not the headline; <title> is truncated
    assert "<h1>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</h1>" in page
    title_tag = html.unescape(re.search(r"<title>(.*?)</title>", page).group(1))
    assert title_tag.split(" | ")[0].endswith("...") and rec["title"] not in title_tag
    # sapo printed twice, once in the gold
    assert page.count(rec["summary"]) >= 2 and rec["body"].count(rec["summary"]) == 1
    # edit date printed before the publication date
    assert page.index("Sửa lần cuối") < page.index('class="timeago"')
    # footnote back-links and comments are not in the gold
    for r in portal.GOLD:
        assert "↩" not in r["body"] and "Ý kiến bạn đọc" not in r["body"]
    _, page251, _ = fetch(server, "/bai-viet/251")
    assert "Hoạt động rất ý nghĩa" in page251
    # carousel: three photos with captions, no control text
    lb = next(r for r in portal.GOLD if r["path"].startswith("/bai-viet/240?"))
    assert len(lb["images"]) == 3 and all(i["caption"] for i in lb["images"])
    assert "Previous" not in lb["body"]
    # photographer-only line is no caption
    bg = next(r for r in portal.GOLD if r["path"].startswith("/bai-viet/252?"))
    assert bg["images"][0]["caption"] is None and bg["photographers"] == ["Nguyễn Hải"]


def test_non_articles_and_404(server):
    for target in portal.NON_ARTICLES:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="tt-bv"' not in page
    for target in ["/bai-viet/999", "/bai-viet/abc", "/chuyen-muc/khong-co", "/chuyen-muc/doan-the?page=9",
                   "/trang/khong-co", "/tai-lieu/99", "/khong-ton-tai"]:
        assert fetch(server, target)[0] == 404, target


def test_reachable_and_budget(server):
    seen = _crawl(server)
    for rec in portal.GOLD:
        assert rec["path"] in seen and seen[rec["path"]], rec["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)
    # 236 and 233 are linked only from page 2 of their category (and a tag's search results)
    for sid in (236, 233):
        linking = {t for t, page in seen.items() if f'href="/bai-viet/{sid}' in page}
        assert linking and all(
            "page=2" in t or t.startswith((f"/bai-viet/{sid}", "/tim-kiem")) for t in linking
        ), linking


def test_search(server):
    status, page, _ = fetch(server, "/tim-kiem?q=Chi%20%C4%91o%C3%A0n")
    assert status == 200 and "/bai-viet/251?slug=" in page
