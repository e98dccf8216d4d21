"""Self-check of the nextjs_approuter_mamnon fixture against itself (never the crawler).

Every gold path answers 200 with its headline; alt paths serve the same post (or redirect to
it); gold text, captions, images, bylines and dates are printed in the DOM (script text such as
the RSC flight data does not count); every post is reachable by links or forms from the start
page within the request budget; non-articles answer 200; unknown paths 404 while unknown post
slugs are the documented soft 404.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nextjs_approuter_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Page(HTMLParser):
    """Links, form actions and the text outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "template", "title"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form":
            self.links.append(a.get("action") or "")
        if tag in ("p", "li", "h1", "h2", "h3", "br", "tr", "td", "th", "div", "figcaption"):
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template", "title") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return unicodedata.normalize("NFC", "".join(self.chunks))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def flat(body: str) -> str:
    """The DOM text, whitespace collapsed (block boundaries become spaces)."""
    return collapse(parse(body).text)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _ascii(target: str) -> str:
    return quote(target, safe="/?&=%:#;+,@!$'()*~-._")


def test_contract():
    assert portal.NAME == "nextjs_approuter_mamnon"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.START_PATH == "/"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = flat(body)
    assert gold["title"] in text
    # headline printed as the article's <h1>, after the header's school-name <h1>
    h1s = [collapse(_html.unescape(re.sub("<[^>]+>", "", h))) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", body)]
    assert h1s[0] == "TRƯỜNG MẦM NON HOA SEN" and gold["title"] in h1s
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
            assert cell in text, para
    for img in gold["images"]:
        where = img.get("path") or img["url"]
        assert _html.escape(where) in body or where in body, where
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    printed = f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    assert printed, gold["published_at"]
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} - {gold['published_at'][11:16]}" in text
    # the root layout's canonical points at the home page on every post
    assert re.search(r'<link rel="canonical" href="http://[^"/]+"/>', body)


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][-40:])
def test_alt_paths(server, gold):
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, _ascii(alt))
        if status == 308:
            assert headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        assert gold["title"] in flat(body)


def test_streamed_posts_are_in_hidden_div(server):
    streamed = [s for s in portal.STORIES if s.opts.get("stream")]
    assert len(streamed) == 4
    for story in streamed:
        _, body, _ = fetch(server, portal.story_path(story))
        head, _, tail = body.partition('<div hidden id="S:0">')
        assert "Đang tải bài viết…" in head and "BaiViet_tieuDe" not in head
        assert "BaiViet_tieuDe" in tail and portal.esc(story.title) in tail


def test_flight_data_repeats_the_post(server):
    story = portal.BY_ID[13]
    _, body, _ = fetch(server, portal.story_path(story))
    assert "self.__next_f.push([1," in body and "\\u003cp\\u003e" in body
    _, home, _ = fetch(server, "/")
    assert portal.DRAFT_SLUG in home and f'href="/tin-tuc/{portal.DRAFT_SLUG}"' not in home


def test_utc_machine_dates(server):
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[10]))
    assert 'dateTime="2026-11-25T23:40:00.000Z"' in body and "26/11/2026 - 06:40" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[7]))
    assert 'dateTime="2026-11-11T17:00:00.000Z"' in body and "12/11/2026 - 00:00" in body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "BaiViet_noiDung" not in body


def test_unknown_paths(server):
    for path in ("/khong-ton-tai", "/tin-tuc/page/9", "/thu-vien-anh/khong-co", "/wp-admin"):
        assert fetch(server, path)[0] == 404, path
    # a deleted or unknown post slug: Next's streamed not-found, status 200, noindex
    for slug in (portal.DELETED_SLUG, portal.DRAFT_SLUG, "abc"):
        status, body, _ = fetch(server, f"/tin-tuc/{slug}")
        assert status == 200 and '<meta name="robots" content="noindex"/>' in body
        assert "Không tìm thấy trang" in body and "BaiViet_noiDung" not in body
    status, _, headers = fetch(server, portal.story_path(portal.BY_ID[9]) + "/")
    assert status == 308 and headers["Location"] == portal.story_path(portal.BY_ID[9])


def _norm(url: str) -> str:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    return _ascii(unicodedata.normalize("NFC", target))


def test_reachable_within_budget(server):
    """Breadth-first over links and forms from the start page, as a plain crawler would."""
    base = server.url("")
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    found: set[str] = set()
    gold_of = {}
    for g in portal.GOLD:
        for p in [g["path"], *g.get("alt_paths", [])]:
            gold_of[_ascii(p)] = g["path"]
    skip = re.compile(r"^/(_next|uploads|wp-content|images|avatars)/|\.(pdf|jpg|png|ico)$|^/favicon")
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        links = []
        if status in (301, 302, 307, 308):
            links = [headers["Location"]]
        elif status == 200:
            if target in gold_of:
                found.add(gold_of[target])
            links = parse(body).links
        for href in links:
            absolute = urljoin(base + target, _html.unescape(href))
            if not absolute.startswith(base):
                continue
            nxt = _norm(absolute)
            if skip.search(urlsplit(nxt).path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    assert found == {g["path"] for g in portal.GOLD}
    for path in portal.NON_ARTICLES:
        assert path in seen
    # a naive crawl (fbclid variants and all) stays within the brief's budget
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    print("pages fetched:", pages, sorted(seen))


def test_page_two_only(server):
    """Post 3 is linked only from a page 2 (the list's or its category's)."""
    target = 'href="/tin-tuc/' + portal.BY_ID[3].slug + '"'
    pages_with = []
    for path in ["/", "/tin-tuc", "/tin-tuc/page/2", "/tin-tuc?page=2", "/tin-tuc/page/3", "/tin-tuc?danh-muc=su-kien",
                 "/tin-tuc?danh-muc=su-kien&page=2", *[portal.story_path(s) for s in portal.STORIES]]:
        _, body, _ = fetch(server, path)
        if target in body:
            pages_with.append(path)
    assert pages_with == ["/tin-tuc/page/2", "/tin-tuc?page=2", "/tin-tuc?danh-muc=su-kien&page=2"]


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            if "path" in img:
                status, _, headers = fetch(server, img["path"])
                assert status == 200 and headers["Content-Type"].startswith("image/"), img
