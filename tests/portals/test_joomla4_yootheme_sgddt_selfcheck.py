"""Self-checks of the joomla4_yootheme_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_yootheme_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse(" ".join(parser.parts))


def links(markup: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    out = []
    for href in parser.links:
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server, skip=lambda target: False) -> dict[str, str]:
    """Breadth-first walk over the site's HTML links from START_PATH."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        if re.search(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", urlsplit(target).path):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, server.url(target)):
            if link not in seen:
                queue.append(link)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_every_gold_article_reachable(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    pages = [t for t, body in seen.items() if body]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_behind_page_two(server):
    def deep_listing(target: str) -> bool:
        parts = urlsplit(target)
        if parts.path == "/tin-tuc" and re.search(r"page=[2-9]", parts.query):
            return True
        return parts.path.count("/") == 2 and re.search(r"(^|&)start=([4-9]|\d\d)", parts.query) is not None

    seen = crawl(server, skip=deep_listing)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(missing) >= 2, missing


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        story = next(s for s in portal.STORIES if portal.art_path(s) == g["path"])
        target = g["path"] + ("?showall=1" if story.opts.get("pagebreak") else "")
        status, body, _ = fetch(server, target)
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            if "@" in para:
                # cloaked: the address is rebuilt from the custom element's attributes
                m = re.search(r'first="([^"]+)" last="([^"]+)"', body)
                assert m is not None
                email = base64.b64decode(m.group(1)).decode() + "@" + base64.b64decode(m.group(2)).decode()
                assert email in para
                assert para.split("email:")[0].strip() in text
                continue
            if " | " in para:  # a table row: its cells
                assert all(cell in text for cell in para.split(" | ")), para
                continue
            assert para in text, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        raw = unicodedata.normalize("NFC", _html.unescape(body))
        for img in g["images"]:
            assert img["path"] in raw, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in raw, (g["path"], img)
        day = g["published_at"][:10]
        y, mo, d = day.split("-")
        assert f"{d} {portal.MONTHS[int(mo) - 1]} {y}" in text or f"ngày {d} tháng {mo} năm {y}" in text
        if "T" in g["published_at"]:
            assert g["published_at"][11:16] in text
        assert g["category"] in text


def test_pagebreak_parts(server):
    story = next(s for s in portal.STORIES if s.opts.get("pagebreak"))
    gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(story))
    paras = gold["body"].split("\n\n")
    _, first, _ = fetch(server, gold["path"])
    _, second, _ = fetch(server, gold["path"] + "?start=1")
    t1, t2 = page_text(first), page_text(second)
    assert paras[0] in t1 and paras[0] not in t2
    assert paras[-1] in t2 and paras[-1] not in t1


def test_nfd_and_utc_traps(server):
    story = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, body, _ = fetch(server, portal.art_path(story))
    assert unicodedata.normalize("NFD", "Hội thi có 124 giáo viên") in body
    a10 = portal.STORIES[9]
    _, body, _ = fetch(server, portal.art_path(a10))
    assert 'datetime="2026-10-31T23:30:00+00:00"' in body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai",
        "/tin-tuc/tin-hoat-dong/bai-viet-khong-co",
        "/tin-tuc/thong-bao/" + portal.STORIES[0].slug,
        "/tag/khong-co",
        "/van-ban/khong-co",
        "/component/content/article/khong-co",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img
