"""Self-checks of the php_mvc_vendor_district_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_mvc_vendor_district_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.base: str | None = None
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action") is not None:
            self.links.append(a["action"])


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over links and GET forms from START_PATH, resolving against <base href>."""
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    answered: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            nxt = _target(urljoin(server.url(target), headers["Location"]))
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        answered.add(target)
        parser = _Links()
        parser.feed(body)
        base = urljoin(server.url(target), parser.base) if parser.base else server.url(target)
        for href in parser.links:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = urljoin(base, _html.unescape(href))
            parts = urlsplit(url)
            if parts.netloc != host or parts.path.lower().endswith(_SKIP_EXT):
                continue
            nxt = _target(url)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return answered, requests


def _page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_gold_pages_answer_with_title_and_fields(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        h1 = re.search(r'<h1 class="tieude-ct">(.*?)</h1>', body, re.S)
        assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"], gold["path"]
        text = _page_text(body)
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (gold["path"], piece)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        for img in gold["images"]:
            assert f'data-original="{img["path"]}"' in body, (gold["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        y, m, d = gold["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text, gold["path"]
        assert f"Tin tức » {gold['category']}" in text, gold["path"]
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _html.escape(gold["title"], quote=False).replace("'", "&#039;") in body, alt


def test_old_address_redirects(server):
    status, _, headers = fetch(server, "/?mod=news&id=1283")
    assert status == 301
    assert headers["Location"].endswith(portal.article_path(portal.BY_ID[1283]))


def test_iso_header_with_utf8_body(server):
    gold = next(g for g in portal.GOLD if g["category"] == "Chuyên môn - Nghiệp vụ")
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "ISO-8859-1" in headers["Content-Type"]
    assert body.startswith("\ufeff")
    assert gold["title"] in _html.unescape(body)


def test_traps_are_printed(server):
    story = portal.BY_ID[1281]
    _, body, _ = fetch(server, portal.article_path(story))
    assert "Cư M&amp;#039;gar: Khai mạc" in body.split("</title>")[0]
    assert 'data-original="/upload/news/2026/11/1281-day-gay.jpg"' in body
    assert "page-break-after" in body
    assert f'<meta property="article:published_time" content="{portal.RENDER_TIME}" />' in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1276]))
    assert "<b>Notice</b>" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1279]))
    assert "<br />\r\n<br />\r\n" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1262]))
    assert "| 12:00 SA" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1283]))
    assert "| 12:30 CH" in body


def test_everything_reachable_from_start_within_budget(server):
    answered, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in answered, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in answered, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_articles_only_on_page_two(server):
    pages = ["/"] + [f"/tin-tuc/{c}/" for c in portal.CATS]
    pages += [g["path"] for g in portal.GOLD if g["path"] not in {
        portal.article_path(portal.BY_ID[i]) for i in (1262, 1255, 1258)
    }]
    for target in pages:
        _, body, _ = fetch(server, target)
        for sid in (1262, 1255, 1258):
            assert f"-{sid}.html" not in body, (target, sid)
    _, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong/trang-2/")
    assert "-1262.html" in body and "-1255.html" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay/",
        "/tin-tuc/tin-hoat-dong/khong-co-9999.html",
        "/tin-tuc/tin-hoat-dong/trang-9/",
        "/tin-tuc/tin-hoat-dong/tin-tuc/tin-hoat-dong/trang-2/",
        "/?mod=news&id=9999",
        "/tin-tuc/danh-muc-la/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
