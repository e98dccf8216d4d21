"""Self-checks of the oqtane_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import oqtane_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Page(HTMLParser):
    """Links (with the page's ``<base href>``), visible text, the canonical link."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.canonical: str | None = None
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base":
            self.base = a.get("href")
        elif tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"])
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag in ("script", "style", "title"):
            self._skip += 1
        if tag in ("p", "br", "div", "li", "td", "h1", "h2", "h3", "h4", "blockquote", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        if tag in ("p", "div", "li", "td", "h3", "blockquote"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return unicodedata.normalize("NFC", "".join(self.parts))

    @property
    def lines(self) -> list[str]:
        return [collapse(x) for x in self.text.split("\n") if collapse(x)]


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server, honour_base: bool = True, limit: int = 400) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    pages = 0
    while queue and pages < limit:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        page = parse(body)
        base = server.url(target)
        if honour_base and page.base:
            base = urljoin(base, page.base)
        for href in page.hrefs:
            url = urljoin(base, href)
            parts = urlsplit(url)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|pdf|css|js|ico)$", parts.path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len(portal.__doc__.split("Traps")[1].split("Gold decisions")[0].split("\n    ")) > 6


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = parse(body)
        assert page.canonical and page.canonical.endswith(gold["canonical_path"])
        text = collapse(page.text)
        lines = page.lines
        assert gold["title"] in lines
        for para in gold["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells are printed one by one
                assert all(cell in lines for cell in para.split(" | ")), (target, para)
                continue
            assert para in lines or any(line.endswith(" " + para) for line in lines), (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        for img in gold["images"]:
            assert img["path"].replace("&", "&amp;") in body or img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        if gold["summary"]:
            assert gold["summary"] in lines
        assert gold["category"] in text
        # the page title is the page's, never the headline (trap 3)
        assert f"<title>{gold['title']}" not in body


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ("/khong-co", "/tin-tuc/!/45/9999/x", "/tin-tuc?page=9", "/tin-tuc/!/45/1201/tin-tuc",
                 "/van-ban/!/60/1/x", "/tin-tuc/!/45/danh-muc/9/x"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_reachable_and_bounded(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen
        for alt in gold.get("alt_paths", []):
            assert alt in seen
    for path in portal.NON_ARTICLES:
        assert path in seen
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_naive_crawl_bounded(server):
    """Ignoring ``<base href>`` gives 404s, not an endless space (trap 1)."""
    seen, pages = _crawl(server, honour_base=False, limit=2000)
    assert pages < 1000
    assert "/tin-tuc/!/45/1201/lai-chau-to-chuc-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs/tin-tuc" not in seen
    status, _, _ = fetch(server, "/tin-tuc/!/45/1201/tin-tuc?page=2")
    assert status == 404


def test_page_three_only():
    first_two = set()
    for s in portal.ORDERED[:10]:
        first_two.add(s.id)
    assert {1170, 1166, 1162}.isdisjoint(first_two)
