"""Self-checks of the nibbleblog_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nibbleblog_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "table", "ul", "section"}
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js)$", re.I)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.chunks: list[str] = []
        self.imgs: list[str] = []
        self._skip = 0
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and a.get("action"):
            self.links.append(a["action"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = []
        if tag in _BLOCK:
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in ("td", "th") and self._cell is not None and self.rows:
            self.rows[-1].append(collapse("".join(self._cell)))
            self._cell = None
        if tag in _BLOCK:
            self.chunks.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)
            if self._cell is not None:
                self._cell.append(data)

    @property
    def lines(self) -> list[str]:
        return [collapse(x) for x in "".join(self.chunks).split("\n") if collapse(x)]

    @property
    def text(self) -> str:
        return collapse(" ".join(self.lines))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["body"] and g["title"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = parse(body)
    text = page.text
    h2 = re.search(r'<h2 class="bv-td"><a [^>]*>(.*?)</a></h2>', body)
    assert h2 and collapse(_html.unescape(h2.group(1))) == gold["title"]
    lines = page.lines + [" | ".join(r) for r in page.rows]
    for para in gold["body"].split("\n\n"):
        assert para in lines or para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in page.imgs
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    if gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in text or f"{d} {portal.MONTHS[int(m) - 1]}, {y}" in text \
            or f"ngày {d} tháng {m} năm {y}" in text
        if "T" in gold["published_at"]:
            assert f"Đăng lúc {gold['published_at'][11:16]} - {d} {portal.MONTHS[int(m) - 1]}, {y}" in text
    for alt in gold.get("alt_paths", []):
        st, alt_body, _ = fetch(server, alt)
        assert st == 200
        assert _html.escape(gold["title"], quote=True) in alt_body or gold["title"] in alt_body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt_t = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_t not in seen:
                seen.add(nxt_t)
                queue.append(nxt_t)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in parse(body).links:
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            t = parts.path + (f"?{parts.query}" if parts.query else "")
            if _ASSET.search(parts.path) or t in seen:
                continue
            seen.add(t)
            queue.append(t)
    return seen, pages


def test_reachable_and_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_oldest_only_deep(server):
    oldest = portal.GOLD[0]["path"]
    _, home, _ = fetch(server, "/")
    assert oldest not in home
    _, page3, _ = fetch(server, "/page-3")
    assert oldest in page3


def test_unknown_404(server):
    for target in ("/post/khong-co-bai-nay/", "/category/khong-co/", "/page-9", "/tag/xyz/",
                   "/index.php?controller=post&action=view&id_post=99", "/post-2/sai-slug"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirect_without_slash(server):
    status, _, headers = fetch(server, "/post/tho-cho-be-doi-ban-tay-em")
    assert status == 301 and headers["Location"].endswith("/post/tho-cho-be-doi-ban-tay-em/")


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
