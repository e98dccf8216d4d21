"""Self-checks of the qwik_city_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import qwik_city_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".svg", ".pdf", ".css", ".js", ".ico")
_BLOCK = {
    "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "blockquote", "figcaption",
    "figure", "section", "article", "ul", "ol", "table", "header", "footer", "nav", "aside", "main",
}


class _Lines(HTMLParser):
    """Visible text as lines: blocks and ``<br>`` break lines, comments and scripts vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br" or tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def lines_of(page: str) -> list[str]:
    parser = _Lines()
    parser.feed(page)
    text = unicodedata.normalize("NFC", "".join(parser.parts))
    return [c for c in (collapse(line) for line in text.split("\n")) if c]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(page: str, current: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]*)"', page):
        url = urljoin(current, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != urlsplit(current).netloc:
            continue
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of every same-host link from START_PATH: target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            queue.append(urljoin(server.url(target), headers["Location"]).split(server.base_url, 1)[1])
            continue
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(_links(body, server.url(target)))
    return seen


def test_shape():
    assert portal.NAME == "qwik_city_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2][:40])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    lines = lines_of(body)
    joined = "\n".join(lines)
    assert gold["title"] in lines
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert urlsplit(canon).path == gold["canonical_path"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in lines, cell
    if gold["summary"]:
        assert gold["summary"] == gold["body"].split("\n\n")[0]
        assert gold["summary"] in lines
    for name in gold["authors"] + gold["photographers"]:
        assert name in joined, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in lines
    for img in gold["images"]:
        srcs = [urlsplit(urljoin(server.url(gold["path"]), _html.unescape(s))).path for s in re.findall(r'src="([^"]+)"', body)]
        assert img["path"] in srcs
        istatus, _, iheaders = fetch(server, img["path"])
        assert istatus == 200 and iheaders["Content-Type"].startswith("image/")
        if img["caption"]:
            assert img["caption"] in joined
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in re.sub(r"<!--.*?-->", "", body) or f"ngày {int(d)} tháng {int(m)} năm {y}" in body
    assert gold["category"] in lines
    for alt in gold.get("alt_paths", []):
        astatus, abody, _ = fetch(server, alt)
        assert astatus == 200 and gold["title"] in lines_of(abody)
        assert urlsplit(re.search(r'<link rel="canonical" href="([^"]+)"', abody).group(1)).path == gold["path"]


def test_every_gold_reachable(crawl):
    for g in portal.GOLD:
        assert crawl.get(g["path"]) == 200, g["path"]
        for alt in g.get("alt_paths", []):
            assert crawl.get(alt) == 200, alt


def test_page_two_only_article(server):
    """Article 1 is linked from no first page: only /tin-tuc/?page=3 and its category's page 2."""
    slug = portal.S1.slug
    firsts = ["/", "/tin-tuc/", "/chuyen-muc/tin-hoat-dong/"] + [f"/tin-tuc/{s.slug}/" for s in portal.STORIES if s is not portal.S1]
    for target in firsts:
        assert slug not in fetch(server, target)[1], target
    assert slug in fetch(server, "/tin-tuc/?page=3")[1]
    assert slug in fetch(server, "/chuyen-muc/tin-hoat-dong/?page=2")[1]


def test_non_articles(server, crawl):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
        assert crawl.get(path) == 200, path


def test_unknown_paths_404(server):
    for target in ["/khong-ton-tai/", "/tin-tuc/khong-co-bai-nay/", f"/tin-tuc/{portal.DRAFT_SLUG}/",
                   "/chuyen-muc/the-thao/", "/van-ban/9999-qd-pgddt/", "/tin-tuc/a/b/"]:
        assert fetch(server, target)[0] == 404, target


def test_slashless_redirect(server):
    status, _, headers = fetch(server, f"/tin-tuc/{portal.S6.slug}")
    assert status == 301 and headers["Location"] == f"/tin-tuc/{portal.S6.slug}/"


def test_empty_listing_page_is_bounded(server):
    status, body, _ = fetch(server, "/chuyen-muc/giao-duc-thcs/?page=2")
    assert status == 200 and "Chưa có bài viết nào" in body and "Trang sau" not in body


def test_crawl_budget(crawl):
    pages = [t for t in crawl]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_traps_present(server):
    body = fetch(server, f"/tin-tuc/{portal.S12.slug}/")[1]
    assert 'datetime="2026-12-02T23:15:00.000Z"' in body
    assert "<!--t=" in body and 'q:container="paused"' in body and 'type="qwik/json"' in body
    body = fetch(server, f"/tin-tuc/{portal.S9.slug}/")[1]
    assert unicodedata.normalize("NFD", "Sinh hoạt chuyên môn") in body
    assert "Sinh hoạt chuyên môn theo nghiên cứu" not in body.split('id="nd-bv"')[1].split("</article>")[0]
    home = fetch(server, "/")[1]
    assert portal.DRAFT_SLUG in home and "?tu=trang-chu" in home
