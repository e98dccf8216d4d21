"""Self-check of the nukeviet43_list_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nukeviet43_list_pgd as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|docx)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<br\s*/?>", "\n", page)
    page = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", page)
    return collapse(html.unescape(_TAG.sub(" ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://h" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(headers["Location"]).path
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        seen[target] = body
        for link in _links(body, target):
            if link not in queued and not _STATIC.search(urlsplit(link).path) and "download=" not in link:
                queued.add(link)
                queue.append(link)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_serve_their_fields(server):
    for g in portal.GOLD:
        status, body, _h = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = _text(body)
        h1 = re.search(r'<h1 class="title[^"]*"[^>]*>(.*?)</h1>', body).group(1)
        assert collapse(html.unescape(h1)) == g["title"]
        for para in g["body"].split("\n\n"):
            assert para in text, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn tin: {g['source']}" in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
            status, _b, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
        assert g["category"] in text
        # the visible date line under the headline
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if "T" in g["published_at"]:
            assert f"{d}/{m}/{y} {g['published_at'][11:16]}" in text
        for alt in g.get("alt_paths", []):
            status, alt_body, _h = fetch(server, alt)
            assert status == 200, alt
            assert g["body"].split("\n\n")[-1] in _text(alt_body)


def test_reachable_within_budget(server):
    pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    # print views hide in onclick; every gold alt is reachable or printed in a script
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, len(pages)
    # of the listings, only page-3 of "Tin tức - Sự kiện" lists post 305
    path305 = portal.post_path(portal.BY_ID[305])
    listing = [p for p, b in pages.items() if path305 in b and not p.endswith(".html")]
    assert sorted(listing) == ["/news/tag/hoc-tap-suot-doi", "/news/tin-tuc-su-kien/page-3"], listing
    # post 308 is linked from page-2 of its category and nowhere else
    path308 = portal.post_path(portal.BY_ID[308])
    linking = [p for p, b in pages.items() if f'href="{path308}"' in b and p != path308]
    assert linking == ["/news/hoat-dong-chuyen-mon/page-2"], linking


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for bad in (
        "/nope",
        "/news/tin-tuc-su-kien/page-1",
        "/news/tin-tuc-su-kien/page-9",
        "/news/thong-bao/khong-co-bai-999.html",
        "/news/tag/khong-co",
        "/page/khong-co.html",
        "/laws/detail/khong-co-99/",
        "/news/thong-bao/" + portal.BY_ID[329].slug + "-329.html",
    ):
        assert fetch(server, bad)[0] == 404, bad
    assert fetch(server, "/news/")[0] == 301


def test_traps(server):
    s331 = portal.BY_ID[331]
    _st, body, _h = fetch(server, portal.post_path(s331))
    assert 'content="2026-12-04ICT16:45:00"' in body
    assert "Thứ sáu - 04/12/2026 16:45" in body
    assert "Thứ Bảy, 05/12/2026" in body
    assert "Bản quyền thuộc Phòng GD&amp;ĐT" in body
    # the download shares the post's path but is a file
    s330 = portal.BY_ID[330]
    _st, body, _h = fetch(server, portal.post_path(s330))
    assert "?download=1&amp;id=0" in body
    assert "ngày 02 tháng 12 năm 2026" in body and "Thứ năm - 03/12/2026 07:45" in body
    status, _b, headers = fetch(server, portal.post_path(s330) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    # secondary category URL: same post, canonical to the primary one
    s329 = portal.BY_ID[329]
    status, body, _h = fetch(server, portal.post_path(s329, "giao-duc-thcs"))
    assert status == 200 and f'rel="canonical" href="{server.base_url}{portal.post_path(s329)}"' in body
    assert s329.opts["thumb_only"] not in body.split('id="news-bodyhtml"')[1].split("Tin liên quan")[0]
    # repeated sapo in 322
    _st, body, _h = fetch(server, portal.post_path(portal.BY_ID[322]))
    assert _text(body).count("Sáng 19/11, Phòng GD&ĐT phối hợp") == 2
    # clipped titles in the list layout
    _st, body, _h = fetch(server, "/news/thong-bao/")
    assert "Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp..." in body
    # 305 only on page-3 of its listing
    _st, p3, _h = fetch(server, "/news/tin-tuc-su-kien/page-3")
    assert portal.post_path(portal.BY_ID[305]) in p3
    _st, p1, _h = fetch(server, "/news/tin-tuc-su-kien/")
    assert portal.post_path(portal.BY_ID[305]) not in p1
    # midnight post
    _st, body, _h = fetch(server, portal.post_path(portal.BY_ID[326]))
    assert "28/11/2026 00:00" in body
