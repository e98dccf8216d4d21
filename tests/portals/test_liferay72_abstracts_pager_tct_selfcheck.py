"""Self-checks of the liferay72_abstracts_pager_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay72_abstracts_pager_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "table", "ul", "section"}


class _Page(HTMLParser):
    """Links, forms, canonical and the visible text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[tuple[str, str]] = []
        self.canonical: str | None = None
        self.imgs: list[str] = []
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.forms.append(((a.get("method") or "get").lower(), a.get("action") or ""))
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        elif tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse(unicodedata.normalize("NFC", "".join(self.parts)))


def parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def bfs(server, blocked: frozenset[str] = frozenset()):
    """Breadth-first over every same-host link and GET form from START_PATH: target -> page."""
    seen: dict[str, _Page] = {}
    statuses: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.url("/")).netloc
    while queue:
        target = queue.popleft()
        if target in statuses or target in blocked:
            continue
        status, body, headers = fetch(server, target)
        statuses[target] = status
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        page = parse(body)
        seen[target] = page
        hrefs = list(page.links) + [action for method, action in page.forms if method == "get"]
        for href in hrefs:
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != host:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|gif|pdf|ico|css|js)$", parts.path) or parts.path.startswith(
                ("/documents/", "/o/", "/image/", "/c/")
            ):
                continue
            queue.append(nxt)
    return seen, statuses


@pytest.fixture(scope="module")
def crawl(server):
    return bfs(server)


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_carries_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = parse(body)
    assert page.canonical and page.canonical.endswith(gold["canonical_path"])
    assert gold["title"] in page.text
    assert f"<h1 class=\"ctcb-td\">{_html.escape(gold['title'])}</h1>" in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page.text, cell[:60]
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in page.text
        istatus, _, _ = fetch(server, img["path"])
        assert istatus == 200
    for name in gold["authors"] + gold["photographers"]:
        assert name in page.text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page.text
    if gold["summary"]:
        assert f'<div class="ctcb-tomtat"><strong>{_html.escape(gold["summary"], quote=False)}</strong></div>' in body
    # the date a reader takes is printed somewhere on the page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in page.text or f"{d}/{m}/{y[2:]}" in page.text or (
        f"ngày {int(d)} tháng {int(m)} năm {y}" in page.text
    )
    if "T" in gold["published_at"]:
        assert f"{gold['published_at'][11:16]} - {d}/{m}/{y}" in page.text
    # the breadcrumb names the category before the title
    assert f"Trang chủ {gold['category']} {gold['title']}" in page.text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["body"].split("\n\n")[-1][:50] in parse(body).text


def test_every_gold_article_reachable(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        targets = {gold["path"], *gold["alt_paths"]}
        assert targets & set(seen), gold["path"]


def test_page_two_only_articles(server, crawl):
    seen, _ = crawl
    news, train = portal.CATS["news"], portal.CATS["train"]
    page_two = frozenset({portal.list_url(news, 2), portal.list_url(train, 2)})
    assert page_two <= set(seen)
    without, _ = bfs(server, blocked=page_two)
    for story in (portal.N5, portal.N6, portal.D4):
        gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(story))
        assert not ({gold["path"], *gold["alt_paths"]} & set(without)), story.slug
    for story in portal.STORIES:
        if story not in (portal.N5, portal.N6, portal.D4):
            gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(story))
            assert {gold["path"], *gold["alt_paths"]} & set(without), story.slug


def test_crawl_budget(crawl):
    _seen, statuses = crawl
    pages = [t for t, s in statuses.items() if s == 200]
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), budget)


def test_non_articles(server, crawl):
    seen, _ = crawl
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
        assert path in seen, path


def test_variants_and_pages(server):
    news = portal.CATS["news"]
    # a cur past the last page shows the last page
    status, body, _ = fetch(server, portal.list_url(news, 9))
    assert status == 200 and portal.N6.slug in body
    # home layout variant: breadcrumb without the section, self-canonical
    status, body, _ = fetch(server, portal.home_art_link(portal.N1))
    page = parse(body)
    assert status == 200 and page.canonical.endswith(portal.home_art_path(portal.N1))
    assert "Trang chủ Tin tức - Sự kiện" not in page.text
    # display page variant is self-canonical too
    status, body, _ = fetch(server, portal.display_path(portal.R1))
    assert status == 200 and parse(body).canonical.endswith(portal.display_path(portal.R1))
    # the print view has no discussion
    status, body, _ = fetch(server, portal.print_path(portal.N1))
    assert status == 200 and "Bình luận" not in body and portal.N1.title in body
    # the comment text is on the page but not in the gold body
    status, body, _ = fetch(server, portal.art_path(portal.N1))
    assert "học viên chúng em rất dễ tiếp thu" in body
    assert "dễ tiếp thu" not in portal.GOLD[0]["body"]
    # split words and NFD text are printed as such
    status, body, _ = fetch(server, portal.art_path(portal.N3))
    assert '<span style="font-family:Times New Roman,Times,serif;">' in body
    status, body, _ = fetch(server, portal.art_path(portal.R3))
    assert unicodedata.normalize("NFD", "Nhà trường tổ chức") in body


def test_unknown_paths_404(server):
    for target in (
        "/web/truongchinhtri/khong-co-trang-nay",
        "/web/truongchinhtri/tin-tuc-su-kien/-/asset_publisher/hQ7tVx2LmK9c/content/khong-co-bai",
        "/web/truongchinhtri/-/khong-co-bai",
        "/web/truongchinhtri/dao-tao-boi-duong/-/asset_publisher/hQ7tVx2LmK9c/content/"
        + portal.D1.slug,
        "/web/khac",
        "/khong-ton-tai.html",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target
