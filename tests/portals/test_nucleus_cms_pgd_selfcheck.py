"""Self-checks of the nucleus_cms_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nucleus_cms_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|doc|xml)$", re.I)


class _Text(HTMLParser):
    """Visible text, one line per block; superscript footnote calls left out."""

    BLOCK = frozenset({"p", "div", "br", "td", "tr", "li", "h1", "h2", "h3", "h4", "table", "ul", "ol"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "sup"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "sup"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    return collapse(unicodedata.normalize("NFC", "".join(parser.parts)))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.srcs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "img" and a.get("src"):
            self.srcs.append(a["src"])


def links(body: str) -> _Links:
    parser = _Links()
    parser.feed(body)
    return parser


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over every on-host link from START_PATH: target -> (status, body)."""
    host = urlsplit(server.base_url).netloc
    seen: dict[str, tuple[int, str]] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = (status, body)
        if status != 200:
            continue
        for href in links(body).hrefs:
            url, _ = urldefrag(urljoin(server.url(target), href))
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != host or STATIC.search(parts.path):
                continue
            nxt = _target(url)
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                queue.append(nxt)
    return seen, linked_from


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_has_title_and_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row: its cells
            assert piece in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    srcs = links(body).srcs
    for img in gold["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert page_text(body).count(gold["title"]) == page_text(main).count(gold["title"])
        assert gold["body"].split("\n\n")[-1] in page_text(body)


def test_dates_are_printed(server):
    printed = {
        117: "Nghĩa Hành, ngày 30 tháng 11 năm 2026",
        116: "Thứ hai, 30 Tháng mười một 2026, 07:45",
        114: "Thứ ba, 24 Tháng mười một 2026, 14:10",
        115: "Đăng lúc 00:00 ngày 28/11/2026",
        118: "Đăng lúc 16:45 ngày 04/12/2026",
    }
    for item, line in printed.items():
        _, body, _ = fetch(server, f"/index.php?itemid={item}")
        assert line in page_text(body)
    by_id = {int(g["path"].rsplit("=", 1)[1]): g for g in portal.GOLD}
    assert by_id[117]["published_at"] == "2026-11-30"
    assert by_id[115]["published_at"] == "2026-11-28"
    assert by_id[117]["authors"] == ["Phạm Văn Hùng"]


def test_every_gold_article_is_reachable_by_links(crawl):
    seen, _ = crawl
    reached = {t for t, (status, _) in seen.items() if status == 200}
    for gold in portal.GOLD:
        assert reached & {gold["path"], *gold["alt_paths"]}, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path


def test_crawl_is_bounded(crawl):
    seen, _ = crawl
    pages = [t for t in seen if not t.startswith("/xml-rss2.php")]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)
    assert all(status == 200 for status, _ in seen.values()), [t for t, (s, _) in seen.items() if s != 200]


def test_deep_item_only_behind_pagination(crawl):
    _, linked_from = crawl
    variants = {"/index.php?itemid=103", "/index.php?itemid=103&catid=6"}
    sources = set().union(*(linked_from.get(v, set()) for v in variants)) - variants
    assert sources
    assert all("startpos=" in src for src in sources), sources


def test_listing_prints_only_the_body_part(server):
    _, home, _ = fetch(server, "/")
    text = page_text(home)
    a1 = next(g for g in portal.GOLD if g["path"] == "/index.php?itemid=118")
    paras = a1["body"].split("\n\n")
    assert paras[0] in text
    assert paras[-1] not in text
    assert "Đọc tiếp" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Phòng GD&ĐT Nghĩa Hành" in page_text(body)


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/index.php?itemid=9999",
        "/index.php?itemid=102",
        "/index.php?catid=99",
        "/index.php?startpos=7",
        "/index.php?blogid=2&startpos=6",
        "/index.php?special=abc",
        "/index.php/item/4242",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_media_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_encodings_really_differ(server):
    _, b2, _ = fetch(server, "/index.php?itemid=114")
    assert "&#7885;" in b2 or "&#7843;" in b2
    _, b3, _ = fetch(server, "/index.php?itemid=111")
    assert unicodedata.normalize("NFD", "Sinh hoạt") in b3
