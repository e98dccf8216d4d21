"""Self-checks of the websitex5_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import serving
from tests.portals import websitex5_thcs as portal
from tests.portals._selfcheck import fetch

_SKIP_EXT = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$|x5feed\.php$", re.I)


class _Page(HTMLParser):
    """Links, image sources and visible-ish text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("rel") in ("next", "prev") and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag in ("div", "p", "br", "td", "li", "tr", "h2", "table"):
            self.chunks.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag in ("div", "td", "li", "h2"):
            self.chunks.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        joined = unicodedata.normalize("NFC", "".join(self.chunks).replace("\xa0", " "))
        return re.sub(r"\s+", " ", joined)


def parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


def _target(base: str, href: str) -> str | None:
    """An on-host href as ``path?query``, percent-encoded as a browser sends it."""
    url = urljoin(base, href.strip()).split("#")[0]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
        return None
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="=&%/:?@!$'()*+,;-._~")
    return path + (f"?{query}" if query else "")


@pytest.fixture(scope="module")
def server():
    with serving(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over links and redirects from START_PATH: what was reached, fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched: list[str] = []
    pages: dict[str, _Page] = {}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched.append(target)
        found: list[str] = []
        if status in (301, 302) and headers.get("Location"):
            found.append(headers["Location"])
        elif status == 200:
            page = parse(body)
            pages[target] = page
            found.extend(page.links)
        for href in found:
            nxt = _target(server.url(target), href)
            if nxt and nxt not in seen:
                seen.add(nxt)
                if not _SKIP_EXT.search(urlsplit(nxt).path):
                    queue.append(nxt)
    return seen, fetched, pages


def test_shape():
    assert portal.NAME == "websitex5_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len(portal.STORIES) == len(portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = parse(body)
        assert gold["title"] in page.text, target


def test_every_gold_article_reachable(crawl):
    seen, _, _ = crawl
    for gold in portal.GOLD:
        forms = {gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])}
        assert forms & seen, gold["path"]


def test_crawl_is_bounded(crawl):
    _, fetched, _ = crawl
    assert len(fetched) <= 3 * (13 + len(portal.NON_ARTICLES)), len(fetched)


def test_some_article_only_on_a_later_page(crawl):
    """Post 36 is linked only from listing pages past the first (``start=`` > 0)."""
    _, _, pages = crawl
    linking = [t for t, p in pages.items() if any(re.search(r"id=36(\D|$)", h) for h in p.links)]
    assert linking
    for t in linking:
        start = re.search(r"start=(\d+)", t)
        assert start and int(start.group(1)) > 0, t


@pytest.mark.parametrize(
    ("gold", "story"), list(zip(portal.GOLD, portal.STORIES, strict=True)), ids=lambda x: ""
)
def test_gold_fields_on_page(server, gold, story):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = parse(body)
    text = page.text
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    srcs = {_target(server.url(gold["path"]), s) for s in page.imgs}
    for img in gold["images"]:
        assert img["path"] in srcs, img
        if img["caption"]:
            assert img["caption"] in text
    printed = story.opts.get("printed_date") or story.opts["day"]
    assert printed in text, printed
    assert gold["category"] in text


def test_chrome_is_not_in_gold_bodies():
    for gold in portal.GOLD:
        for junk in (
            "Cập nhật lúc",
            "Nơi nhận",
            "Tải về",
            "Xem thêm",
            "Đăng bởi",
            "Các tin khác",
            "bình luận",
            "Ảnh: ",
            "CỘNG HÒA",
            "Nguồn",
        ):
            assert junk not in gold["body"], (gold["path"], junk)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, crawl, path):
    status, _, _ = fetch(server, path)
    assert status == 200
    seen, _, _ = crawl
    assert path in seen


@pytest.mark.parametrize(
    "path", ["/khong-co-trang-nay.html", "/blog/khong-co.php", "/tin-tuc/index.php", "/robots.txt"]
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_deleted_post_redirects_to_blog_home(server):
    status, _, headers = fetch(server, "/blog/?id=31")
    assert status == 302
    assert headers["Location"] == "index.php"


def test_nfd_post_is_decomposed_on_the_wire(server):
    _, body, _ = fetch(server, "/blog/index.php?id=42")
    assert unicodedata.normalize("NFD", "Hội giảng cấp trường") in body
    assert "Hội giảng cấp trường chào mừng" not in body


def test_listing_is_not_an_article_but_carries_the_newest_body(server):
    _, body, _ = fetch(server, "/blog/index.php")
    page = parse(body)
    newest = portal.GOLD[0]
    assert newest["body"].split("\n\n")[0] in page.text
    assert body.count('id="imPgTitle"') == 5
