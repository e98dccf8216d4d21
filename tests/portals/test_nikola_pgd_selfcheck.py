"""Self-check of the nikola_pgd fixture portal against itself (never the crawler).

Every gold article answers 200 with its title at its path and its alt paths, is reachable from the
start page by links, and shows its gold fields; the non-articles answer; unknown paths are 404;
the traps the module's docstring lists are really printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from datetime import date, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nikola_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCKS = {
    "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "br", "table", "ul", "blockquote", "header",
    "article", "section", "nav", "footer", "aside", "title",
}
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".rst", ".xml", ".txt")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.datetimes: list[str] = []
        self.canonical: str | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and a.get("action"):
            self.links.append(a["action"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag == "time" and a.get("datetime"):
            self.datetimes.append(a["datetime"])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    page.close()
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of the links and forms of every HTML page from START_PATH."""
    host = urlsplit(server.base_url).netloc
    seen: set[str] = set()
    pages: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        pages[target] = status
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            if loc.netloc == host:
                queue.append(loc.path)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in parse(body).links:
            url = urlsplit(urljoin(server.url(target), href))
            if url.scheme not in ("http", "https") or url.netloc != host:
                continue
            path = url.path + (f"?{url.query}" if url.query else "")
            if url.path.lower().endswith(_STATIC):
                continue
            queue.append(path)
    return pages


def _by_path():
    return {p.path: p for p in portal.POSTS}


def test_shape():
    assert portal.NAME == "nikola_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2][:40])
def test_gold_page_answers_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = parse(body)
        assert gold["title"] in page.text
        assert page.canonical and page.canonical.endswith(gold["canonical_path"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2][:40])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = parse(body)
    text = page.text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    srcs = [urlsplit(urljoin("http://x" + gold["path"], s)).path for s in page.imgs]
    wanted = [img["path"] for img in gold["images"]]
    assert [s for s in srcs if s in wanted] == wanted
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    assert f"{gold['category']} »" in text or gold["category"] in text
    crumbs = re.search(r'<ul class="breadcrumb">(.*?)</ul>', body, re.S).group(1)
    assert collapse(gold["category"]) in collapse(parse(crumbs).text)
    # the date: the UTC instant of the dateline, or the day of a midnight / a letterhead
    post = _by_path()[gold["path"]]
    published = gold["published_at"]
    first_dt = page.datetimes[0]
    if "T" in published:
        instant = datetime.fromisoformat(published)
        assert instant.utcoffset().total_seconds() == 7 * 3600
        assert datetime.fromisoformat(first_dt) == instant
        assert first_dt.endswith("+00:00")
    elif isinstance(post.when, date) and not isinstance(post.when, datetime):
        assert first_dt == f"{published}T00:00:00+00:00"
    else:
        d = date.fromisoformat(published)
        assert f"ngày {d.day} tháng {d.month} năm {d.year}" in text


def test_gold_matches_post_metadata():
    for gold in portal.GOLD:
        post = _by_path()[gold["path"]]
        if "T" in (gold["published_at"] or ""):
            assert datetime.fromisoformat(gold["published_at"]) == post.when
        assert gold["category"] == post.story.cat
        assert gold["title"] == unicodedata.normalize("NFC", gold["title"])


def test_every_gold_and_non_article_reachable(crawl):
    for gold in portal.GOLD:
        assert crawl.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert crawl.get(path) == 200, path


def test_crawl_budget(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_past_the_first_index_page(server):
    _, home, _ = fetch(server, "/")
    home_links = {urljoin("http://x/", h) for h in parse(home).links}
    later = [g for g in portal.GOLD if "http://x" + g["path"] not in home_links]
    assert len(later) >= 8
    _, page2, _ = fetch(server, "/index-2.html")
    _, page1, _ = fetch(server, "/index-1.html")
    for g in later:
        assert any(g["title"] in parse(b).text for b in (page2, page1)), g["path"]
    assert 'href="index-2.html" rel="next"' in home
    assert 'href="index-1.html" rel="next"' in page2


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1" in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai.html",
        "/posts/khong-co-bai-nay/",
        "/index-9.html",
        "/posts/le-khai-giang-nam-hoc-2026-2027/index.html",
        "/categories/cat_khong-co/",
        "/ke-hoach-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_traps_are_printed(server):
    by = {p.story.id: p for p in portal.POSTS}
    # 3: UTC datelines
    _, body, _ = fetch(server, by[2].path)
    assert ">02/12/2026 23:15</time>" in body
    assert 'class="tag p-category"' in body and ">THCS</a>" in body  # 1: tags marked p-category
    assert 'class="sourcelink">Nguồn</a>' in body  # 5
    assert f'<span class="byline-name fn">{portal.ACCOUNT}</span>' in body  # 6
    # 4: midnight
    _, body, _ = fetch(server, by[6].path)
    assert ">26/11/2026 00:00</time>" in body
    # 7: updated inside the dateline
    _, body, _ = fetch(server, by[5].path)
    assert "Đã được cập nhật" in body and 'datetime="2026-11-29T02:05:00+00:00"' in body
    # 8: the sidebar's index.html links and the slash-less "Xem thêm" link
    assert f'href="/posts/{by[1].story.slug}/index.html"' in body
    status, _, headers = fetch(server, f"/posts/{by[11].story.slug}")
    assert status == 301 and headers["Location"].endswith(by[11].path)
    # 10: NFD text
    _, body, _ = fetch(server, by[9].path)
    assert unicodedata.normalize("NFD", "Trường Mầm non Đông Hòa") in body
    assert "Trường Mầm non Đông Hòa" not in body
    # 2: full posts on the index
    _, home, _ = fetch(server, "/")
    assert parse(home).text.count("Tin, ảnh: Lê Minh Tuấn") == 1
    # the .rst source is plain text
    status, _, headers = fetch(server, by[1].path + "index.rst")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")


def test_static_files(server):
    for path in ["/images/2026/hkpd-tong-ket-01.jpg", "/files/2026/1452-PGDDT-THCS.pdf", "/assets/css/all-nocdn.css"]:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_feeds(server):
    status, body, _ = fetch(server, "/rss.xml")
    assert status == 200 and body.count("<item>") == 10
    status, body, _ = fetch(server, "/sitemap.xml")
    assert status == 200
    for g in portal.GOLD:
        assert g["path"] + "</loc>" in body
