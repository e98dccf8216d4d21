"""Self-checks of the wp_elementor_loop_grid_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_elementor_loop_grid_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
_INLINE = {"a", "span", "strong", "em", "b", "i", "u", "sup", "sub", "small", "font", "o:p", "time", "abbr"}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def _links(page: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    return parser.links


def _plain(page: str) -> str:
    """The page's visible text: scripts and styles dropped, inline tags glued, NFC, collapsed."""
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)

    def tag(m: re.Match) -> str:
        return "" if m.group(1).lower() in _INLINE else " "

    s = re.sub(r"(?s)</?([a-zA-Z][a-zA-Z0-9:]*)\b[^>]*>", tag, s)
    return collapse(_html.unescape(s))


def _h1(page: str) -> str:
    m = re.search(r"(?s)<h1[^>]*>(.*?)</h1>", page)
    assert m, "no h1"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def _content(page: str) -> str:
    """From the Post Excerpt widget (a manual excerpt is the sapo) to the share buttons."""
    start = page.index('data-widget_type="theme-post-excerpt.default"')
    end = page.index("elementor-widget-share-buttons", start)
    return page[start:end]


def _target(server: PortalServer, href: str, page_url: str) -> str | None:
    absolute = urljoin(page_url, _html.unescape(href))
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
        return None
    if parts.path.lower().endswith(STATIC_EXT):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            nxt = _target(server, headers["Location"], server.url(target))
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in _links(body):
            nxt = _target(server, href, server.url(target))
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
        assert requests < 400, "crawl does not end"
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        paragraphs = g["body"].split("\n\n")
        assert len(paragraphs) >= 3, g["path"]
        assert all(p == unicodedata.normalize("NFC", p) for p in paragraphs)
        if g["summary"]:
            assert paragraphs[0] == g["summary"]
    assert portal.NAME == "wp_elementor_loop_grid_tct"


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source


def test_gold_pages(server):
    for g in portal.GOLD:
        status, page, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert headers["Content-Type"].startswith("text/html")
        assert _h1(page) == g["title"], g["path"]
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}" />' in page
        text = _plain(_content(page))
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (g["path"], cell)
            else:
                assert para in text, (g["path"], para)
        for img in g["images"]:
            assert f'{server.base_url}{img["path"]}"' in page, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text, (g["path"], img["caption"])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        assert f'href="{server.base_url}/{g["path"].split("/")[1]}/"' in page
        assert f"<span><a href=\"{server.base_url}/" in page and _html.escape(g["category"]) in page


def test_dates_printed(server):
    for story in portal.STORIES:
        status, page, _ = fetch(server, portal.permalink(story))
        assert status == 200
        dt = portal._dt(story)
        assert f"<time>{portal.vi_date(dt)}</time>" in page
        assert f"<time>{portal.vi_time(dt)}</time>" in page
        gold = next(g for g in portal.GOLD if g["path"] == portal.permalink(story))
        if gold["published_at"] and "T" in gold["published_at"]:
            assert gold["published_at"].startswith(dt.strftime("%Y-%m-%dT%H:%M"))
    # the notice's letterhead day, the midnight post
    status, page, _ = fetch(server, portal.permalink(portal.C1))
    assert "Quảng Nam, ngày 25 tháng 11 năm 2026" in page
    status, page, _ = fetch(server, portal.permalink(portal.A4))
    assert "<time>12:00 sáng</time>" in page


def test_alt_paths_serve_the_same_article(server):
    count = 0
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            count += 1
            status, page, _ = fetch(server, alt)
            assert status == 200, alt
            assert _h1(page) == g["title"]
            assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}" />' in page
    assert count == 4


def test_everything_reachable_within_budget(server):
    seen, requests = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_load_more_has_no_link(server):
    status, page, _ = fetch(server, "/")
    assert status == 200
    assert f'data-next-page="{server.base_url}/page/2/"' in page
    assert 'href="#" class="elementor-button-link elementor-button"' in page
    assert f'href="{server.base_url}/page/2/"' not in page
    status, page, _ = fetch(server, "/page/3/")
    assert status == 200 and 'data-next-page=""' in page
    for story in (portal.A6, portal.B4, portal.C3):
        assert portal.permalink(story) in page


def test_only_page_two_plus_lists_the_oldest(server):
    firsts = ["/", "/tin-tuc-su-kien/", "/nghien-cuu-trao-doi/", "/dao-tao/"]
    for path in firsts:
        _, page, _ = fetch(server, path)
        for story in (portal.A6, portal.B4, portal.C3):
            assert f'e-loop-item-{story.id} ' not in page, (path, story.slug)
    _, page, _ = fetch(server, "/tin-tuc-su-kien/page/3/")
    assert f"e-loop-item-{portal.A6.id} " in page
    _, page, _ = fetch(server, "/nghien-cuu-trao-doi/page/2/")
    assert f"e-loop-item-{portal.B4.id} " in page
    _, page, _ = fetch(server, "/dao-tao/?e-page-9c41d7e=2")
    assert f"e-loop-item-{portal.C3.id} " in page


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in page


def test_redirects_and_404(server):
    status, _, headers = fetch(server, f"/?p={portal.A1.id}")
    assert status == 301 and headers["Location"].endswith(portal.permalink(portal.A1))
    status, _, headers = fetch(server, portal.permalink(portal.A2).rstrip("/"))
    assert status == 301 and headers["Location"].endswith(portal.permalink(portal.A2))
    status, _, headers = fetch(server, "/tin-tuc-su-kien/page/1/")
    assert status == 301 and headers["Location"].endswith("/tin-tuc-su-kien/")
    for path in (
        "/khong-ton-tai/",
        "/tin-tuc-su-kien/bai-khong-co/",
        "/nghien-cuu-trao-doi/" + portal.A1.slug + "/",
        "/page/9/",
        "/tin-tuc-su-kien/page/9/",
        "/dao-tao/?e-page-9c41d7e=5",
        "/tag/khong-co/",
        "/?p=99999",
        "/khong-ton-tai",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_static_files(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/wp-content/uploads/2026/11/215-TB-TCT-tuyen-sinh-TC-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, headers = fetch(server, "/feed/")
    assert status == 200 and "<rss" in body


def test_traps_are_printed(server):
    _, page, _ = fetch(server, portal.permalink(portal.A4))
    assert "data-lazy-src=" in page and "<noscript><img" in page and "&#8211;" in page
    assert 'content="2026-11-19T17:00:00+00:00"' in page  # Yoast in UTC
    _, page, _ = fetch(server, portal.permalink(portal.A3))
    assert 'data-elementor-type="section" data-elementor-id="1544"' in _content(page)
    assert "&#8220;Học tập" in page and '"Học tập' in page  # texturized h1, typed og:title
    _, page, _ = fetch(server, portal.permalink(portal.B1))
    assert 'id="ez-toc-container"' in _content(page)
    _, page, _ = fetch(server, portal.permalink(portal.A5))
    assert unicodedata.normalize("NFD", "Đoàn tham gia") in page
    _, page, _ = fetch(server, portal.permalink(portal.A6))
    assert "MsoNormal" in page and "<o:p>&nbsp;</o:p>" in page
    _, page, _ = fetch(server, portal.permalink(portal.A1) + "?replytocom=17")
    assert "noindex, follow" in page and "Trả lời Nguyễn Thanh Tùng" in page
