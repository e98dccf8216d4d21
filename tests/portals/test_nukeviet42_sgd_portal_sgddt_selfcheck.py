"""Self-checks of the NukeViet 4.2 / eGov fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet42_sgd_portal_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Page(HTMLParser):
    """Visible text (scripts and styles left out) and link targets (a/href, form/action)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.imgs: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and a.get("action") and not a["action"].startswith("javascript"):
            self.links.append(a["action"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag in ("p", "br", "li", "td", "div", "h1", "h2", "h3", "h4", "figcaption"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in ("p", "li", "td", "div", "figcaption"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def headline(body: str) -> str:
    m = re.search(r'<h1 class="title[^"]*">(.*?)</h1>', body, re.S)
    assert m, "no headline"
    return parse(m.group(1)).text


def local_target(base: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.hostname not in ("127.0.0.1", None) or parts.scheme not in ("http", ""):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of links and form targets from START_PATH: target -> (status, links)."""
    seen: dict[str, tuple[int, list[str]]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        links: list[str] = []
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            for href in parse(body).links:
                t = local_target(server.url(target), href)
                if t and not t.startswith(("/uploads/", "/assets/", "/themes/", "/images/")):
                    links.append(t)
        elif status in (301, 302) and headers.get("Location"):
            links.append(local_target(server.url(target), headers["Location"]) or "/")
        seen[target] = (status, links)
        queue.extend(t for t in links if t not in seen)
        assert len(seen) < 200, "the walk does not end"
    return seen


def test_thirteen_articles_and_unique_paths():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-30:])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = parse(body)
    text = page.text
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # table rows: the cells are printed apart
            assert cell in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in page.imgs
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the headline is neither the page's first h1 nor its <title> where a titlesite is set
    assert body.index('<h1 class="egov-tendv">') < body.index('<h1 class="title')
    # the date as NukeViet prints it
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["category"] != "Thông báo chung" or gold["authors"] != ["Trần Văn Hòa"]:
        assert f"{d}/{m}/{y}" in text
    else:
        assert f"ngày {d} tháng {m} năm {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-30:])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = parse(body).text
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1] in text


def test_every_gold_article_and_non_article_is_reachable(crawl):
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
        assert crawl[gold["path"]][0] == 200
    for path in portal.NON_ARTICLES:
        assert path in crawl, path
        assert crawl[path][0] == 200


def test_some_articles_only_on_page_two(crawl):
    for story, listing in (
        (portal.H6, "/tin-tuc/tin-hoat-dong/page-2"),
        (portal.T4, "/thong-bao/thong-bao-chung/page-2"),
    ):
        path = portal.art_path(story)
        linkers = {t for t, (_s, links) in crawl.items() if path in links and t != path}
        assert linkers == {listing}, linkers


def test_crawl_budget(crawl):
    pages = [t for t, (status, _l) in crawl.items() if status == 200]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200
        assert '<h1 class="title' in body or "<h1 class=" in body


def test_id_collision_between_modules(server):
    for a, b in ((portal.H2, portal.T1), (portal.H3, portal.T2)):
        assert a.id == b.id
        _s, body_a, _h = fetch(server, portal.art_path(a))
        _s, body_b, _h = fetch(server, portal.art_path(b))
        assert headline(body_a) == collapse(a.title)
        assert headline(body_b) == collapse(b.title)


def test_encodings_are_on_the_wire(server):
    _s, body, _h = fetch(server, portal.art_path(portal.H4))
    assert "&#7897;" in body or "&agrave;" in body
    _s, body, _h = fetch(server, portal.art_path(portal.H5))
    assert unicodedata.normalize("NFD", "Đoàn kiểm tra") in body


def test_download_variant_is_a_pdf(server):
    status, body, headers = fetch(server, portal.art_path(portal.C1) + "?download=1&id=0")
    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    assert body.startswith("%PDF")


def test_secondary_category_and_canonical(server):
    status, body, _ = fetch(server, portal.art_path(portal.C2, "tin-hoat-dong"))
    assert status == 200
    assert 'rel="canonical"' in body and portal.art_path(portal.C2) in body


def test_page_past_the_end_redirects(server):
    status, _b, headers = fetch(server, "/tin-tuc/tin-hoat-dong/page-7")
    assert status == 302
    assert headers["Location"] == "/tin-tuc/tin-hoat-dong/"


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai/",
        "/tin-tuc/tin-hoat-dong/bai-khong-co-999.html",
        "/tin-tuc/khong-co-muc/",
        "/thong-bao/thong-bao-chung/khai-mac-giai-dien-kinh-hoc-sinh-pho-thong-tinh-binh-phuoc-nam-2026-297.html",
        "/index.php?language=vi&nv=tin-tuc&op=tin-hoat-dong/khong-co-1",
        "/van-ban/detail/khong-co-1.html",
        "/tin-tuc/tin-hoat-dong/page-0",
    ],
)
def test_unknown_paths_404(server, target):
    status, _b, _h = fetch(server, target)
    assert status == 404
