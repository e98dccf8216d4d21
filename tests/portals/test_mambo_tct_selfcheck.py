"""Self-checks of the mambo_tct fixture portal against itself (never the crawler).

Every gold path and alt path answers 200 with its title; every gold article and non-article is
reachable by plain links from START_PATH (honouring ``<base href>``, as a browser does) within
the page budget; gold fields are printed on the page; unknown paths answer 404.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mambo_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".doc", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag in ("a", "area") and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag in ("frame", "iframe") and a.get("src"):
            self.hrefs.append(a["src"])


class _Text(HTMLParser):
    """Visible text of a page (script/style dropped), NFC, whitespace collapsed."""

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


def visible_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return collapse("".join(parser.parts))


def crawl(server: PortalServer) -> set[str]:
    """Breadth-first over plain links from START_PATH; returns the page targets fetched."""
    host = urlsplit(server.base_url).netloc
    seen: set[str] = set()
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        parser = _Links()
        parser.feed(body)
        base = urljoin(server.url(target), parser.base) if parser.base else server.url(target)
        for href in parser.hrefs:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            parts = urlsplit(urljoin(base, href))
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            if parts.path.lower().endswith(_SKIP_EXT):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def heading(page: str) -> str:
    m = re.search(r'<td class="contentheading" width="100%">(.*?)</td>', page, re.S)
    assert m, "no contentheading"
    return collapse(_html.unescape(m.group(1)))


def test_contract_shape():
    assert portal.NAME == "mambo_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(portal.NON_ARTICLES) & set(paths + alts)
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"].split("\n\n")[0] == (g["summary"] or g["body"].split("\n\n")[0])
        if g["published_at"]:
            assert g["published_at"].startswith("2026-1") and g["published_at"].endswith("+07:00")


def test_gold_and_alt_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert heading(body) == g["title"], target


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def page_links(server: PortalServer, target: str) -> set[str]:
    """The same-host targets a page links to by plain hrefs (``<base href>`` honoured)."""
    status, body, _ = fetch(server, target)
    if status != 200:
        return set()
    parser = _Links()
    parser.feed(body)
    base = urljoin(server.url(target), parser.base) if parser.base else server.url(target)
    out = set()
    for href in parser.hrefs:
        parts = urlsplit(urljoin(base, href))
        if parts.netloc == urlsplit(server.base_url).netloc:
            out.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_page_two_only_article(server):
    """Article 50 is linked only from page 2 of two listings; 53 only from one "Các bài khác"."""
    pages = crawl(server)
    for sid, itemid, expected in [
        (
            50,
            28,
            {
                "/index.php?option=com_content&task=blogcategory&id=1&Itemid=28&limit=3&limitstart=3",
                "/index.php?option=com_content&task=blogsection&id=1&Itemid=27&limit=5&limitstart=5",
            },
        ),
        (
            53,
            29,
            {
                "/index.php?option=com_content&task=blogsection&id=1&Itemid=27",
                "/index.php?option=com_content&task=blogsection&id=1&Itemid=27&limit=5&limitstart=0",
            },
        ),
    ]:
        target = portal.view_path(sid, itemid)
        linked_from = {src for src in pages if src != target and target in page_links(server, src)}
        assert linked_from == expected, (sid, linked_from)


def test_gold_fields_printed(server):
    for g in portal.GOLD:
        # the pagebreak article prints its whole text only on "Tất cả các trang"
        target = next((a for a in g.get("alt_paths", []) if "showall=1" in a), g["path"])
        status, body, _ = fetch(server, target)
        assert status == 200
        text = visible_text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert img["path"].lstrip("/") in body, img
            if img["caption"]:
                assert img["caption"] in text, img
        assert g["category"] in text
        if g["published_at"]:
            day = g["published_at"][8:10]
            assert f", {day} " in text and g["published_at"][11:16] in text
            assert 'class="createdate"' in body
        else:
            assert 'class="createdate"' not in body


def test_category_in_pathway(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        m = re.search(r'<span class="pathway">(.*?)</span>', body, re.S)
        assert m and g["category"] in _html.unescape(m.group(1)), g["path"]


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="createdate"' not in body


def test_soft_error_and_unknown_paths(server):
    status, body, _ = fetch(server, "/index.php?option=com_content&task=view&id=44&Itemid=31")
    assert status == 200 and "Bạn không có quyền truy cập" in body
    assert 'class="contentheading"' not in body
    for target in [
        "/khong-ton-tai.html",
        "/index.php?option=com_khongco&Itemid=5",
        "/content/view/52/28/index.php?option=com_content&task=view&id=61&Itemid=28",
        "/index.php?option=com_content&task=view&id=57&Itemid=31&limit=1&limitstart=7",
        "/index2.php?option=com_foo",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_print_view_has_no_chrome(server):
    g = portal.GOLD[0]
    _, body, _ = fetch(server, g["alt_paths"][-1])
    assert "pop=1" in g["alt_paths"][-1]
    assert "Tin mới nhất" not in body and "Các tin mới đăng" not in body
    assert "window.print()" in body


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img
