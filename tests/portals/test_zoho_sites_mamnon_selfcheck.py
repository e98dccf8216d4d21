"""Self-checks of the zoho_sites_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import zoho_sites_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm_target(target: str) -> str:
    """Path?query as a client sends it: UTF-8 percent-encoded, upper-case hex."""
    parts = urlsplit(target)
    path = quote(unquote(parts.path), safe="/-._~!$&'()*+,;=:@")
    return path + (f"?{parts.query}" if parts.query else "")


def _plain(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.canonical: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")


def _links(markup: str) -> _Links:
    parser = _Links()
    parser.feed(markup)
    return parser


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first walk over <a href> links from START_PATH; returns targets seen with 200."""
    base = server.base_url
    host = urlsplit(base).netloc
    queue = deque([portal.START_PATH])
    seen = {portal.START_PATH}
    ok: set[str] = set()
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = _norm_target(urljoin(base + target, headers["Location"]).removeprefix(base))
            if loc not in seen:
                seen.add(loc)
                queue.append(loc)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        ok.add(target)
        for href in _links(body).links:
            absolute = urljoin(base + target, _html.unescape(href)).split("#")[0]
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            if parts.path.lower().endswith(_STATIC):
                continue
            nxt = _norm_target(absolute[len(base):] or "/")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return ok, pages


def test_contract():
    assert portal.NAME == "zoho_sites_mamnon"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    targets = [gold["path"], *gold.get("alt_paths", [])]
    for target in targets:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _plain(body)
        assert gold["title"] in text, target
        links = _links(body)
        assert links.canonical == server.base_url + gold["canonical_path"], target
    status, body, _ = fetch(server, gold["path"])
    text = _plain(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    assert gold["category"] in text
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in body or f'src="{img["path"]}"' in body, img
        if img["caption"]:
            assert img["caption"] in text
        istatus, _, headers = fetch(server, img["path"])
        assert istatus == 200 and headers["Content-Type"].startswith("image/")


def test_every_gold_article_reachable_and_crawl_bounded(server):
    ok, pages = _crawl(server)
    for gold in portal.GOLD:
        assert _norm_target(gold["path"]) in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert pages <= budget, (pages, budget)


def test_article_only_on_later_listing_pages(server):
    a3 = portal.post_path(portal.A3)
    _, first, _ = fetch(server, "/blogs")
    assert portal.A3.slug not in first
    _, third, _ = fetch(server, "/blogs?page=3")
    assert portal.A3.slug in third
    _, cat2, _ = fetch(server, "/blogs/category/hoat-dong-cua-be?page=2")
    assert portal.A3.slug in cat2
    assert fetch(server, a3)[0] == 200


def test_dates_printed_on_posts(server):
    for story in portal.POSTS:
        _, body, _ = fetch(server, portal.post_path(story))
        assert story.opts["printed"] in body
        assert story.opts["utc"] in body
    _, n1, _ = fetch(server, portal.post_path(portal.N1))
    assert "ngày 28 tháng 11 năm 2026" in n1
    _, home, _ = fetch(server, "/")
    assert portal.TODAY_LINE in home


def test_nfd_post_is_decomposed_and_gold_is_nfc(server):
    _, body, _ = fetch(server, portal.post_path(portal.A4))
    assert unicodedata.normalize("NFD", "Hội thi") in body
    gold = next(g for g in portal.GOLD if g["path"] == portal.post_path(portal.A4))
    assert unicodedata.is_normalized("NFC", gold["title"] + gold["body"])


def test_vietnamese_slug_served_raw_and_encoded(server):
    encoded = portal.post_path(portal.A5)
    assert "%C3%A9" in encoded
    assert fetch(server, encoded)[0] == 200
    _, listing, _ = fetch(server, "/blogs/category/hoat-dong-cua-be")
    assert f'href="/blogs/post/{portal.A5_SLUG}"' in listing


def test_old_slug_redirects(server):
    status, _, headers = fetch(server, "/blogs/post/thong-bao-hoc-phi-thang-12")
    assert status == 301
    assert headers["Location"].endswith(portal.post_path(portal.N2))


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="zpblogpost-heading"' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/blogs/post/bai-viet-khong-co",
        "/blogs?page=9",
        "/blogs?page=0",
        "/blogs/category/tin-tuc-chung",
        "/blogs/tag/khong-co",
        "/blogs/post/thuc-don-tuan-1-thang-12-2026?cpage=3",
        "/gioi-thieu/lich-su",
    ],
)
def test_unknown_targets_404(server, target):
    assert fetch(server, target)[0] == 404


def test_feed_and_pdf(server):
    status, body, headers = fetch(server, "/blogs/feed")
    assert status == 200 and "rss" in headers["Content-Type"]
    assert body.count("<item>") == 13
    status, _, headers = fetch(server, "/files/van-ban/TB-47-ngay-hoi-gia-dinh-2026.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
