"""Self-checks of the lumen_vue_ssr_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import lumen_vue_ssr_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"', re.I)
_FORM = re.compile(r'<form\b[^>]*\baction="([^"]*)"', re.I)
_INLINE = re.compile(r"</?(?:strong|em|b|i|span|a|time)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)
_STATIC = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible_text(page: str) -> str:
    page = _SCRIPT.sub(" ", page)
    page = _INLINE.sub("", page)
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def article_region(page: str) -> str:
    start = page.index('</h1>')
    end = page.index('class="the"', start)
    # a Quill table row reads as its cells joined by " | "
    return re.sub(r"</td>\s*<td[^>]*>", " | ", page[start:end])


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Every local page reachable by links (and the search form) from START_PATH."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        assert status in (200, 301, 302), target
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        links = [_html.unescape(h) for h in _HREF.findall(body)]
        for href in links:
            absolute = urldefrag(urljoin("http://h" + target, href))[0]
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != "h":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.lower().endswith(_STATIC) or nxt.startswith("/tim-kiem"):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, pages


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    assert f"<title>{_html.escape(gold['title'])} | " in page
    text = visible_text(article_region(page))
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    assert "Tin, ảnh" not in gold["body"] and "Nơi nhận" not in gold["body"]
    h1 = re.search(r'<h1[^>]*class="bv-tde">(.*?)</h1>', page, re.S).group(1)
    assert visible_text(h1).removesuffix(" Mới") == gold["title"]
    crumbs = visible_text(page[page.index('class="bc"'): page.index("</ol>", page.index('class="bc"'))])
    assert crumbs.endswith(gold["category"])
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert gold["summary"] in visible_text(page)
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
        assert fetch(server, img["path"])[0] == 200
    full = visible_text(page)
    for name in gold["authors"] + gold["photographers"]:
        assert name in full
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in full
    for alt in gold.get("alt_paths", []):
        status, alt_page, _ = fetch(server, alt)
        assert status == 200
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in alt_page


def test_printed_dates_match_gold(server):
    for gold in portal.GOLD:
        story = next(s for s in portal.STORIES if gold["path"].endswith(s.slug + ".html"))
        _, page, _ = fetch(server, gold["path"])
        printed = re.search(r"Ngày đăng:</span> <time[^>]*>([^<]+)</time>", page).group(1)
        m = re.search(r"(\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d) (SA|CH)", printed)
        day, month, year, hour, minute, half = m.groups()
        h = int(hour) % 12 + (12 if half == "CH" else 0)
        iso_day = f"{year}-{month}-{day}"
        if story.id == 203:  # the letterhead's day rules
            assert gold["published_at"] == "2026-10-15"
            assert "ngày 15 tháng 10 năm 2026" in page
        elif h == 0 and minute == "00":
            assert gold["published_at"] == iso_day
        else:
            assert gold["published_at"] == f"{iso_day}T{h:02d}:{minute}:00+07:00"
    # the UTC meta of 229 is the day before
    _, page, _ = fetch(server, "/tin-tuc/khai-mac-hoi-khoe-phu-dong-huyen-thanh-son-lan-thu-xii.html")
    assert 'article:published_time" content="2026-11-30 23:30:00"' in page
    assert "4 ngày trước" in page


def test_reachable_within_budget(server):
    seen, pages = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    # page-2-only articles: not linked from page 1 listings nor the home page
    _, home, _ = fetch(server, "/")
    for slug in ("kiem-tra-cong-tac-phong-chong-dich-benh-mua-dong-tai-cac-truong-mam-non",
                 "huyen-thanh-son-tong-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
                 "boi-duong-chuyen-mon-cho-giao-vien-day-lop-1-nam-hoc-2026-2027"):
        assert slug not in home
    _, p2, _ = fetch(server, "/danh-muc/hoat-dong-chuyen-mon?page=2")
    assert "boi-duong-chuyen-mon-cho-giao-vien-day-lop-1" in p2


def test_non_articles_and_forms(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "data-server-rendered" in page
    _, home, _ = fetch(server, "/")
    assert _FORM.findall(home) == ["/tim-kiem"]
    assert fetch(server, "/tim-kiem?q=abc")[0] == 200


def test_api_json(server):
    status, body, headers = fetch(server, "/api/v1/posts?page=1")
    assert status == 200 and headers["Content-Type"] == "application/json"
    data = json.loads(body)
    assert data["last_page"] == 2 and len(data["data"]) == 10
    assert json.loads(fetch(server, "/api/v1/posts?page=2")[1])["next_page_url"] is None


def test_unknown_paths_404(server):
    for target in ("/tin-tuc/khong-co-bai-nay.html", "/danh-muc/khong-co", "/danh-muc/tin-tuc-su-kien?page=9",
                   "/van-ban/1-sai", "/trang/khong-co", "/api/v1/users", "/abc"):
        assert fetch(server, target)[0] == 404, target
