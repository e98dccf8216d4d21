"""Self-checks of the vuepress_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html import unescape
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vuepress_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|svg)$", re.I)


class _Page(HTMLParser):
    """Links, image sources and visible text (scripts, styles and the head left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.meta_refresh: str | None = None
        self.parts: list[str] = []
        self._skip = 0
        self._cells = 0
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            self.meta_refresh = a.get("content")
        if tag in ("script", "style", "head", "title") or "sr-only" in (a.get("class") or ""):
            self._skip += 1
            self._stack.append(tag)
        if tag == "tr":
            self._cells = 0
        if tag in ("td", "th"):
            # a table row reads as its cells joined by " | " (the gold's convention)
            self.parts.append(" | " if self._cells else "\n")
            self._cells += 1
        elif tag in ("p", "br", "li", "tr", "h1", "h2", "h3", "div", "figcaption"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return unicodedata.normalize("NFC", "".join(self.parts))

    @property
    def flat(self) -> str:
        return collapse(self.text.replace("\n", " "))


def parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract():
    assert portal.NAME == "vuepress_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["title"] == unicodedata.normalize("NFC", g["title"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title_and_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200, gold["path"]
    assert headers["Content-Type"].startswith("text/html")
    page = parse(body)
    flat = page.flat
    assert gold["title"] in flat
    h1 = re.search(r"<h1>(.*?)</h1>", body, re.S)
    assert h1 and gold["title"] == collapse(unescape(re.sub(r"<[^>]+>", "", h1.group(1))))
    for para in gold["body"].split("\n\n"):
        assert para in flat, para[:60]
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in flat, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in flat
    assert gold["category"] in flat
    for img in gold["images"]:
        src = img.get("path") or img["url"]
        assert src in page.imgs, src
        if img["caption"]:
            assert img["caption"] in flat
    # the date the gold takes is printed on the page
    if gold["published_at"] is None:
        assert 'class="page-date-info"' not in body
    else:
        y, m, d = gold["published_at"][:10].split("-")
        letterhead = f"ngày {int(d)} tháng {int(m)} năm {y}"
        assert f"{d}/{m}/{y}" in flat or letterhead in flat
        if "T" in gold["published_at"]:
            assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in flat
    # screen-reader text and footnote back-links are in the page but not in the gold
    assert "mở trong cửa sổ mới" not in gold["body"]
    assert "↩" not in gold["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in parse(body).flat


def test_nfd_post_is_decomposed_on_the_wire(server):
    status, body, _ = fetch(server, portal.post_path(portal.A5))
    assert status == 200
    assert unicodedata.normalize("NFD", "phát động") in body
    assert "phát động" not in body


def test_redirect_stub_points_off_host(server):
    status, body, _ = fetch(server, "/posts/2026/tap-huan-pccc.html")
    assert status == 200
    page = parse(body)
    assert page.meta_refresh and portal.HOST in page.meta_refresh


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1>" in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai.html",
        "/posts/2026/khong-co-bai-nay.html",
        "/article/9.html",
        "/category/kh%C3%B4ng-c%C3%B3/",
        "/tag/abc/",
        "/posts/2025/hoi-thi-tin-hoc-tre-cap-truong-2026.html",
        "/files/khong-co.pdf",
        "/robots.txt",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            if "path" not in img:
                continue
            with NO_REDIRECTS.open(server.url(img["path"]), timeout=10) as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("image/")


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over <a href> on the fixture's host; returns the targets fetched."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in parse(body).links:
            url = urljoin("http://fixture.invalid" + target, href)
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != "fixture.invalid":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if ASSET.search(parts.path) or nxt in seen:
                continue
            queue.append(nxt)
    return seen, fetched


def test_every_gold_article_is_reachable_and_crawl_is_bounded(server):
    seen, fetched = _crawl(server)
    decoded = {unquote(t) for t in seen}
    for gold in portal.GOLD:
        assert gold["path"] in decoded, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in decoded, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_page_two_only_and_unlisted_articles(server):
    a13 = portal.post_path(portal.A13)
    a11 = portal.post_path(portal.A11)
    _, home, _ = fetch(server, "/")
    _, p1, _ = fetch(server, "/article/")
    _, p2, _ = fetch(server, "/article/2.html")
    _, cat1, _ = fetch(server, "/category/tin-t%E1%BB%A9c/")
    _, cat2, _ = fetch(server, "/category/tin-t%E1%BB%A9c/2.html")
    assert f'href="{a13}"' not in p1 and f'href="{a13}"' not in cat1 and f'href="{a13}"' not in home
    assert f'href="{a13}"' in p2 and f'href="{a13}"' in cat2
    # the article:false post is in no listing, only in the navbar drop-down
    for body in (p1, p2, cat1, cat2):
        assert 'vp-article-item' in body
        assert body.count(f'href="{a11}"') == 1
    _, p3, _ = fetch(server, "/article/3.html")
    assert f'href="{portal.post_path(portal.A12)}"' in p3


def test_info_bar_prints_utc_meta_and_account(server):
    _, body, _ = fetch(server, portal.post_path(portal.A3))
    assert 'content="2026-11-20T00:00:00.000Z"' in body
    assert "Quản trị viên" in body
    assert "Cập nhật lần cuối" in body
