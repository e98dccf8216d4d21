"""Self-checks of the liferay62_catnav_title_list_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_catnav_title_list_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
_BLOCK = {"p", "div", "br", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "table", "blockquote", "section", "span"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCK:
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in _BLOCK:
            self.chunks.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return collapse(" ".join(self.chunks))


def parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _local(server, base_target: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin(server.url(base_target), href)
    parts = urlsplit(absolute)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    if parts.path.lower().endswith(_SKIP_EXT) or parts.path.startswith(("/documents/", "/image/")):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def crawl(server):
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            nxt = _local(server, target, headers["Location"])
            if nxt:
                queue.append(nxt)
            continue
        for href in parse(body).links:
            nxt = _local(server, target, href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(paths) == len(set(paths))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = parse(body)
        text = page.text
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        if gold["summary"]:
            assert gold["summary"] in text
        for img in gold["images"]:
            assert _html.escape(img["path"]) in body
            if img["caption"]:
                assert img["caption"] in text
        assert f"Chủ đề: {gold['category']}" in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] in text
    status, body, _ = fetch(server, gold["path"])
    assert f'{gold["canonical_path"]}" rel="canonical"' in body


def test_reachable_within_budget(crawl):
    pages = [t for t, s in crawl.items() if s == 200]
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
    for target in portal.NON_ARTICLES:
        assert crawl.get(target) == 200, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    print(f"crawl: {len(crawl)} requests, budget {budget}")
    assert len(crawl) <= budget, (len(crawl), budget, sorted(crawl))
    assert all(s in (200, 302) for s in crawl.values()), {t: s for t, s in crawl.items() if s not in (200, 302)}
    assert len(pages) >= 13 + len(portal.NON_ARTICLES)


def test_only_page_two_reaches_oldest(server):
    oldest = portal.BY_ID[13]
    _, first, _ = fetch(server, portal.cat_url(31405))
    assert oldest.slug not in first
    _, second, _ = fetch(server, portal.list_url(2, 31405))
    assert oldest.slug in second
    _, home, _ = fetch(server, "/web/pgdkrongpac/tin-tuc")
    assert oldest.slug not in home


def test_non_articles(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Krông Pắc" in body


def test_traps_printed(server):
    s1 = portal.BY_ID[1]
    _, body, _ = fetch(server, portal.art_path(s1))
    assert "H&#039;Linh Niê" in body
    assert '<span class="portlet-title-text">Tin tức</span>' in body
    assert "metadata-modified-date\">05/12/26" in body
    _, body3, _ = fetch(server, portal.art_path(portal.BY_ID[3]))
    assert "$NguonTin.getData()" in body3
    _, lst, _ = fetch(server, "/web/pgdkrongpac/tin-tuc")
    assert "04/12/26" in lst and "Trang 1 của 3" in lst


def test_start_redirect_and_404(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"].endswith("/web/pgdkrongpac/trang-chu")
    for bad in ["/web/pgdkrongpac/khong-co", "/web/pgdkrongpac/tin-tuc/-/asset_publisher/Kp7wTQx2bLmR/content/khong-co",
                "/web/pgdkrongpac/tin-tuc/-/categories/99999", "/nope"]:
        assert fetch(server, bad)[0] == 404, bad
