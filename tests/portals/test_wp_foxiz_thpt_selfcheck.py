"""Self-check of the wp_foxiz_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_foxiz_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<(?:a|link)\b[^>]*?href="([^"]*)"', re.I)
_STATIC = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|pdf|xml)(?:\?|$)|^/wp-(?:content|includes|login|admin)|/feed/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, tags to spaces, references decoded, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", page)
    page = re.sub(r"</?(?:a|strong|em|b|i|span)\b[^>]*>", "", page)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _entry(page: str) -> str:
    start = page.index('<div class="entry-content')
    return page[start : page.index('<div class="efoot">', start)]


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert g["published_at"] is None or "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] in portal.CATS.values()
        assert g["body"] and "\n\n\n" not in g["body"]


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r'<h1 class="s-title[^"]*">(.*?)</h1>', body).group(1)
        assert collapse(html.unescape(h1)) == g["title"]
        for alt in g.get("alt_paths", []):
            status, alt_body, _ = fetch(server, alt)
            assert status == 200, alt
            assert g["title"] in _text(alt_body)


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        pages = [fetch(server, g["path"])[1]]
        pages += [fetch(server, a)[1] for a in g.get("alt_paths", []) if re.search(r"/\d+/$", a)]
        entry = _text(" ".join(_entry(p) for p in pages))
        whole = " ".join(pages)
        text = _text(whole)
        for para in g["body"].split("\n\n"):
            assert para in text, (g["path"], para)
        if g["summary"]:
            assert g["summary"] == g["body"].split("\n\n")[0]
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in entry
        for img in g["images"]:
            assert img["path"] in whole, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        crumb = re.search(r'<p id="breadcrumbs">.*?</p>', pages[0]).group(0)
        assert re.findall(r'<a href="/chuyen-muc/[^"]+/">([^<]+)</a>', crumb) == [g["category"]]
        # the TOC and the inline "Có thể bạn quan tâm" are inside .entry-content but not body
        assert "Mục lục" not in g["body"] and "Có thể bạn quan tâm" not in g["body"]
        stamp = g["published_at"]
        if stamp and "T" in stamp:
            assert stamp in whole or portal.iso_utc(stamp[:16]) in whole, g["path"]


def test_reachable_from_start_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for href in _HREF.findall(body):
            url = urljoin("http://127.0.0.1" + target, html.unescape(href))
            parts = urlsplit(url)
            if parts.hostname not in ("127.0.0.1", None) or parts.port not in (server.port, None):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if not nxt or _STATIC.search(parts.path) or "replytocom" in nxt or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles_and_unknown(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and '<h1 class="s-title">' in body
    for path in ("/khong-co-trang-nay/", "/2026/11/20/khong-co-bai/", "/chuyen-muc/tin-nha-truong/page/9/",
                 "/tag/khong-co/", "/?page_id=999", "/2026/10/09/toa-dam-dinh-huong-chon-to-hop-mon-va-nganh-hoc/?x=1"):
        assert fetch(server, path)[0] == 404, path


def test_traps(server):
    by_id = {s.id: g for s, g in zip(portal.STORIES, portal.GOLD, strict=True)}
    # 5: Yoast's UTC time puts 112 on the previous day
    body = fetch(server, by_id[112]["path"])[1]
    assert 'content="2026-11-04T23:30:00+00:00"' in body and "05/11/2026 lúc 6:30 sáng" in body
    # 4: 12-hour clock; midnight is a day alone
    assert "24/10/2026 lúc 8:15 chiều" in fetch(server, by_id[113]["path"])[1]
    assert "03/10/2026 lúc 12:00 sáng" in fetch(server, by_id[110]["path"])[1]
    assert by_id[110]["published_at"] == "2026-10-03"
    # 6, 7: relative date, update date only
    assert "10 ngày trước" in fetch(server, by_id[109]["path"])[1]
    body = fetch(server, by_id[107]["path"])[1]
    assert "Cập nhật: 04/12/2026 lúc 9:10 sáng" in body and "03/12/2026" not in _text(body)
    # 9: label order vs Yoast primary category
    body = fetch(server, by_id[104]["path"])[1]
    labels = re.findall(r'rel="category">([^<]+)</a>', body[body.index('class="s-cats'):])
    assert labels[:2] == ["Tin nhà trường", "Đoàn Thanh niên"] and by_id[104]["category"] == "Đoàn Thanh niên"
    # 12: lazy image's real path only in data-src / noscript
    body = fetch(server, by_id[105]["path"])[1]
    assert 'data-src="/wp-content/uploads/2026/11/stem-robot-1024x683.jpg"' in body
    # 15: page 2 of the split post, 16: comment page 1
    assert "Đội ngũ giảng viên" in fetch(server, by_id[103]["path"] + "2/")[1]
    assert "Nguyễn Minh Khoa" in fetch(server, by_id[111]["path"] + "comment-page-1/")[1]
    # 19: redirects
    for target in ("/?p=105", "/2026/11/28/ngay-hoi-stem-2026-hoc-sinh-trinh-dien-san-pham/",
                   "/2026/11/28/ngay-hoi-stem-2026-hoc-sinh-trinh-dien-40-san-pham",
                   "/2026/11/25/hoc-sinh-trai-nghiem-mot-ngay-lam-chien-si/attachment/mot-ngay-lam-chien-si-1/"):
        status, _, headers = fetch(server, target)
        assert status == 301 and headers["Location"], target
    # 20: the notice's letterhead day vs its posting day
    body = fetch(server, by_id[106]["path"])[1]
    assert "ngày 30 tháng 11 năm 2026" in body and "01/12/2026 lúc 9:00 sáng" in body
    # header clock is today, never an article date
    assert portal.HEADER_DATE in fetch(server, "/")[1]
