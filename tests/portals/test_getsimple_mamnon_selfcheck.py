"""Self-checks of the getsimple_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import getsimple_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.post_path(s): s for s in portal.STORIES}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse(" ".join(parser.parts))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def links_of(markup: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    return parser.links


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


_SKIP = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


def crawl(server: PortalServer) -> tuple[dict[str, set[str]], int]:
    """Breadth-first over every same-host <a href> from START_PATH: target -> pages linking it."""
    origin = urlsplit(server.base_url).netloc
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        found = []
        if status in (301, 302):
            found.append(headers["Location"])
        elif status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            found.extend(links_of(body))
        for href in found:
            absolute = urljoin(server.base_url + target, _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or parts.netloc != origin:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _SKIP.search(parts.path) or parts.path == "/rss.php":
                continue
            if nxt not in seen:
                seen[nxt] = set()
                queue.append(nxt)
            seen[nxt].add(target)
    return seen, fetched


def test_shape():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "getsimple_mamnon"
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["category"]


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert g["title"] in page_text(body), g["path"]


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        _, main, _ = fetch(server, g["path"])
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert body == main, alt


def test_every_gold_article_and_non_article_is_reachable(server):
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_untagged_posts_only_on_page_three(server):
    seen, _ = crawl(server)
    for story in (portal.S11, portal.S12):
        sources = seen[portal.post_path(story)]
        assert sources == {"/news/page/3/"}, sources
    assert "/news/post/" + portal.S13.slug + "/" in seen


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        story = STORY_BY_PATH[g["path"]]
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        raw = _html.unescape(body)
        for img in g["images"]:
            assert (img.get("path") or img["url"]) in raw, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text, (g["path"], img["caption"])
        assert len(g["images"]) == len(story.images)
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if story is portal.S2:
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        else:
            assert f"{d}/{m}/{y}" in text
            if "T" in g["published_at"]:
                assert g["published_at"][11:16] in text
            else:
                assert f"{d}/{m}/{y} - 00:00" in text
        assert g["category"] in text


def test_post_page_traps(server):
    s = portal.S4
    status, body, _ = fetch(server, portal.post_path(s))
    assert status == 200
    assert '<link rel="canonical" href="' + server.base_url + '/news/" />' in body
    assert "<title>Tin tức | " in body
    assert '<h1 class="tieude-trang">Tin tức</h1>' in body
    assert "&agrave;" in body or "&ecirc;" in body
    _, nfd, _ = fetch(server, portal.post_path(portal.S7))
    assert unicodedata.normalize("NFC", nfd) != nfd


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "nm_post_single" not in body, path


def test_rewrite_quirk_and_extras(server):
    status, body, _ = fetch(server, f"/news/post/{portal.S9.slug}/lien-he/")
    assert status == 200 and "p01-contact" in body
    assert fetch(server, "/news/page/1/")[0] == 200
    assert fetch(server, "/rss.php")[0] == 200
    assert fetch(server, "/sitemap.xml")[0] == 200
    status, _, headers = fetch(server, "/news")
    assert status == 301 and headers["Location"] == "/news/"


def test_unknown_paths_404(server):
    for path in (
        "/khong-co-trang-nay/",
        "/news/post/bai-khong-ton-tai/",
        "/news/page/9/",
        "/news/tag/khong-co/",
        "/index.php?id=news&post=khong-co",
        "/data/pages/index.xml",
    ):
        assert fetch(server, path)[0] == 404, path
