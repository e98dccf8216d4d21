"""Self-checks of the nukeviet41_thongbao_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet41_thongbao_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


class _Page(HTMLParser):
    """Visible text (scripts and styles left out), hrefs and image sources of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hrefs: list[str] = []
        self.imgs: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag in ("p", "div", "li", "td", "tr", "br", "h1", "h2", "h3", "figcaption", "table"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return unicodedata.normalize("NFC", collapse("".join(self.parts)))


def parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_module_contract():
    assert portal.NAME == "nukeviet41_thongbao_thcs"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert all(p.startswith("/") for p in [g["path"], *g.get("alt_paths", [])])


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in parse(body).text, target


def test_gold_fields_are_printed(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        page = parse(body)
        text = page.text
        for para in g["body"].split("\n\n"):
            # a table row is printed cell by cell
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn tin: {g['source']}" in text
        for img in g["images"]:
            assert img["path"] in page.imgs, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        link = f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"'
        assert link in body


def test_printed_dates_match_gold(server):
    expected = {
        25: "Thứ năm - 03/12/2026 14:30",
        20: "Thứ năm - 12/11/2026 00:00",
        16: "Ngày đăng: 02/12/2026 - 02:15 CH",
    }
    for story in portal.STORIES:
        if story.id in expected and (story.cat == "thong-bao") == (story.id == 16):
            _, body, _ = fetch(server, portal.path_of(story))
            assert expected[story.id] in parse(body).text
    _, body, _ = fetch(server, portal.path_of(portal.T14))
    text = parse(body).text
    assert "Buôn Hồ, ngày 18 tháng 11 năm 2026" in text
    assert "07:40 SA" in text
    _, body, _ = fetch(server, portal.path_of(portal.T13))
    assert "27/10/2026 - 12:00 SA" in parse(body).text


def test_lead_not_repeated_in_gold_but_printed_twice(server):
    g = next(g for g in portal.GOLD if g["path"].endswith("-23.html"))
    assert g["body"].count(g["summary"]) == 1
    _, body, _ = fetch(server, g["path"])
    assert parse(body).text.count(g["summary"]) >= 2


def test_nfd_and_entities_are_served(server):
    _, body, _ = fetch(server, portal.path_of(portal.T13))
    assert unicodedata.normalize("NFD", "Thực hiện chỉ đạo") in body
    _, body, _ = fetch(server, portal.path_of(portal.N22))
    assert "&agrave;" in body or "&ocirc;" in body


def test_redirects_and_collisions(server):
    old = portal.news_path(portal.N22, alias=portal.N22.opts["old_alias"])
    status, _, headers = fetch(server, old)
    assert status == 301 and headers["Location"] == portal.path_of(portal.N22)
    # same numeric id in both modules: two different texts
    _, a, _ = fetch(server, portal.path_of(portal.N13))
    _, b, _ = fetch(server, portal.path_of(portal.T13))
    assert portal.N13.title in parse(a).text and portal.T13.title not in parse(a).text
    assert portal.T13.title in parse(b).text
    status, _, _ = fetch(server, "/tin-tuc/tin-hoat-dong/page-1/")
    assert status == 301


def test_reachability_from_start(server):
    seen: set[str] = set()
    queue = [portal.START_PATH]
    fetched = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        assert fetched < 200
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, target
        for href in parse(body).hrefs:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = urlsplit(urljoin(server.url(target), href))
            if url.netloc != urlsplit(server.base_url).netloc:
                continue
            if url.path.lower().endswith(STATIC_EXT):
                continue
            queue.append(url.path + (f"?{url.query}" if url.query else ""))
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert fetched <= budget, (fetched, budget)


def test_page_two_only_articles(server):
    """Articles 17, 13, 14 and announcement 13 are linked from no page-1 listing nor the home."""
    _, home, _ = fetch(server, "/")
    hrefs = set(parse(home).hrefs)
    for story in (portal.N17, portal.N13, portal.N14, portal.T13):
        assert portal.path_of(story) not in hrefs
    _, p2, _ = fetch(server, "/tin-tuc/tin-hoat-dong/page-2/")
    assert portal.path_of(portal.N17) in parse(p2).hrefs


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay/",
        "/tin-tuc/tin-hoat-dong/bai-khong-ton-tai-999.html",
        "/tin-tuc/chuyen-muc-la/",
        "/thong-bao/thong-bao-khong-co-99.html",
        "/tin-tuc/tin-hoat-dong/page-9/",
        "/thong-bao/page-7/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
