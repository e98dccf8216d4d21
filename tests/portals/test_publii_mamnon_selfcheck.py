"""Self-checks of the publii_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import serving
from tests.portals import publii_mamnon as portal
from tests.portals._selfcheck import fetch

BUDGET = 3 * (13 + len(portal.NON_ARTICLES))
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".svg", ".pdf", ".css", ".js", ".ico")


class _Page(HTMLParser):
    """Links, image sources, canonical and the visible text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.canonical: str | None = None
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        self.chunks.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        self.chunks.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        joined = _html.unescape("".join(self.chunks)).replace("\xa0", " ")
        return unicodedata.normalize("NFC", re.sub(r"\s+", " ", joined)).strip()


def _parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    page.close()
    return page


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value)).strip()


@pytest.fixture(scope="module")
def server():
    with serving(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over same-host ``<a href>`` links from START_PATH, redirects followed."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in _parse(body).links:
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if parts.path.lower().endswith(_SKIP_EXT):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen, pages


def test_shape():
    assert portal.NAME == "publii_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & set(paths)
    assert not set(portal.NON_ARTICLES) & set(paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _parse(body)
    assert gold["title"] in page.text
    assert page.canonical == server.base_url + gold["canonical_path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        assert body == main, alt


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    page = _parse(body)
    text = page.text
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row: its cells
            assert piece in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    assert gold["category"] in text
    srcs = {urlsplit(urljoin("http://x" + gold["path"], s)).path for s in page.imgs}
    for img in gold["images"]:
        assert img["path"] in srcs, img
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        hm = gold["published_at"][11:16]
        assert f"{d}/{m}/{y} - {hm}" in text
    else:
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text


def test_nfd_post_is_decomposed_in_html(server):
    _, body, _ = fetch(server, f"/{portal.S5.slug}/")
    assert unicodedata.normalize("NFD", portal.S5.title) in body
    assert portal.S5.title not in body


def test_gold_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_every_gold_article_reachable(crawl):
    seen, _ = crawl
    ok = {t for t, s in seen.items() if s == 200}
    for gold in portal.GOLD:
        targets = {gold["path"], *gold.get("alt_paths", [])}
        assert targets & ok, gold["path"]


def test_hidden_post_only_via_index_html_link(crawl):
    seen, _ = crawl
    assert f"/{portal.S2.slug}/index.html" in seen
    assert f"/{portal.S2.slug}/" not in seen


def test_non_articles_answer_and_are_reachable(server, crawl):
    seen, _ = crawl
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
        assert seen.get(path) == 200, path


def test_crawl_stays_in_budget(crawl):
    _, pages = crawl
    assert pages <= BUDGET, pages


def test_older_articles_only_on_later_listing_pages(server):
    _, first, _ = fetch(server, "/")
    for story in (portal.S11, portal.S13):
        assert story.slug not in first
    _, third, _ = fetch(server, "/page/3/")
    assert portal.S11.slug in third and portal.S13.slug in third


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay/", "/page/9/", "/tags/khong-co/", "/hoi-giang-chao-mung-20-11/", "/x.html"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_query_and_slashless_variants(server):
    status, _, headers = fetch(server, f"/{portal.S1.slug}")
    assert status == 301 and headers["Location"] == f"/{portal.S1.slug}/"
    status, _, _ = fetch(server, f"/{portal.S6.slug}/?fbclid=abc")
    assert status == 200
