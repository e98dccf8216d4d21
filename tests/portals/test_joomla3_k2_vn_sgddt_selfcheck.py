"""Self-checks of the joomla3_k2_vn_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_k2_vn_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


class _Text(HTMLParser):
    """Visible text, script and style left out; block elements break the text."""

    BLOCKS = frozenset({"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "br", "ul", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse(" ".join("".join(parser.parts).split("\n")))


def links(markup: str, page_url: str) -> list[str]:
    out = []
    for href in re.findall(r'(?:href|action)="([^"]*)"', markup):
        href = _html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin(page_url, href.split("#")[0])
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.hostname != "127.0.0.1":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over links from START_PATH: target -> (status, body)."""
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = (status, body)
        if status == 200:
            for link in links(body, server.url(target)):
                if link not in seen and not urlsplit(link).path.lower().endswith(_SKIP_EXT):
                    queue.append(link)
    return seen


def test_contract_shape():
    assert portal.NAME == "joomla3_k2_vn_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = visible(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row: its cells are printed one by one
                assert cell in text, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (target, name)
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body, (target, img)
            if img["caption"]:
                assert img["caption"] in text
        assert 'rel="canonical"' in body and gold["canonical_path"] in body
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d} Tháng {int(m)} {y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text


def test_script_text_not_in_visible_text(server):
    story = portal.BY_ID[340]
    _, body, _ = fetch(server, portal.item_path(story))
    assert "getElementById('cloak" in body
    assert "getElementById" not in visible(body)


def test_title_carries_featured_flag_in_markup(server):
    _, body, _ = fetch(server, portal.item_path(portal.BY_ID[341]))
    title_html = re.search(r'<h2 class="itemTitle">(.*?)</h2>', body, re.S).group(1)
    assert "Nổi bật" in title_html


def test_midnight_item_utc_attribute_is_previous_day(server):
    _, body, _ = fetch(server, portal.item_path(portal.BY_ID[318]))
    assert 'datetime="2026-10-27T17:00:00+00:00"' in body
    assert "28 Tháng 10 2026 00:00" in visible(body)


def test_everything_reachable_within_budget(crawl):
    ok = {t for t, (status, _) in crawl.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    broken = [t for t, (status, _) in crawl.items() if status != 200]
    assert not broken, broken
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    pages = [t for t in crawl if not t.startswith("/van-ban/item/download/")]
    assert len(pages) <= budget, (len(pages), budget)


def test_some_items_only_on_page_two(server, crawl):
    only_later = {portal.item_path(portal.BY_ID[i]) for i in (329, 318, 315, 320)}
    for target, (_, body) in crawl.items():
        if "?start=" in target:
            continue
        if urlsplit(target).path in only_later:  # the item itself and its print view
            continue
        linked = set(links(body, server.url(target)))
        assert not (linked & only_later), (target, linked & only_later)
    page_two = [t for t in crawl if "?start=2" in t]
    found = set()
    for t in page_two:
        found |= set(links(crawl[t][1], server.url(t)))
    assert only_later <= found


def test_item_334_only_via_component_or_tag(server, crawl):
    path = portal.item_path(portal.BY_ID[334])
    comp = portal.component_path(portal.BY_ID[334])
    _, home, _ = fetch(server, "/")
    assert comp in home and path not in home
    status, tag_page, _ = fetch(server, portal.tag_path("Giáo dục dân tộc"))
    assert status == 200 and path in tag_page
    assert "%20" in portal.tag_path("Giáo dục dân tộc")


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "Sở Giáo dục" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/tin-tuc/item/999-khong-co.html",
        "/tin-tuc/item/341-sai-alias.html",
        "/tin-tuc/itemlist/category/2-hoat-dong-nganh.html?start=40",
        "/tin-tuc/itemlist/tag/Kh%C3%B4ng%20c%C3%B3.html",
        "/component/k2/item/999-x",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
