"""Self-checks of the hanoi_edu_portal_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hanoi_edu_portal_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BLOCK = {"p", "div", "td", "th", "tr", "li", "br", "h1", "h2", "h3", "table", "ul", "span"}
STATIC = (".jpg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


class _Page(HTMLParser):
    """Links (resolved against ``<base href>``), forms and the visible text of one page."""

    def __init__(self, url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = url
        self.hrefs: list[str] = []
        self.rels: list[tuple[str, str]] = []
        self.imgs: list[str] = []
        self.chunks: list[str] = []
        self.skip = 0
        self.h1 = ""
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.hrefs.append(urljoin(self.base, a["href"]))
            self.rels.append((urljoin(self.base, a["href"]), a.get("rel", "")))
        if tag == "form" and a.get("action") and (a.get("method") or "get").lower() == "get":
            self.hrefs.append(urljoin(self.base, a["action"]))
        if tag == "img" and a.get("src"):
            self.imgs.append(urljoin(self.base, a["src"]))
        if tag in ("script", "style", "sup"):
            self.skip += 1
        if tag == "h1":
            self._in_h1 = True
        if tag in BLOCK:
            self.chunks.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "sup"):
            self.skip -= 1
        if tag == "h1":
            self._in_h1 = False
        if tag in BLOCK:
            self.chunks.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.chunks.append(data)
            if self._in_h1:
                self.h1 += data

    @property
    def text(self) -> str:
        return collapse(unicodedata.normalize("NFC", "".join(self.chunks)))


def parse(server: PortalServer, target: str) -> tuple[int, str, _Page]:
    status, body, _ = fetch(server, target)
    page = _Page(server.url(target))
    page.feed(body)
    return status, body, page


def local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of every link and GET form inside the school's prefix."""
    seen: dict[str, list[str]] = {portal.START_PATH: []}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, _, page = parse(server, target)
        fetched += 1
        assert status in (200, 301), (target, status)
        for url in page.hrefs:
            path = local(server, url)
            if not path or not path.startswith(portal.START_PATH) or path.lower().endswith(STATIC):
                continue
            if "tim-kiem.html" in path:
                continue
            if path not in seen:
                seen[path] = []
                queue.append(path)
            seen[path].append(target)
    return seen, fetched


def _story(record):
    return next(s for s in portal.STORIES if record["path"].endswith(f"-{s.id}.html"))


def test_contract():
    assert portal.NAME == "hanoi_edu_portal_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert all(p.startswith(portal.START_PATH) for p in paths)


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_paths_answer_with_title(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, _, page = parse(server, target)
        assert status == 200, target
        assert collapse(unicodedata.normalize("NFC", page.h1)) == record["title"], target


def test_gold_reachable_and_budget(crawl):
    seen, fetched = crawl
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_via_later_pages(crawl):
    seen, _ = crawl
    for sid in (4578, 4561):
        record = next(g for g in portal.GOLD if g["path"].endswith(f"-{sid}.html"))
        referrers = seen[record["path"]]
        listings = [r for r in referrers if "/chuyen-muc/" in r]
        assert listings and all("trang=" in r for r in listings), referrers
        assert all("/chuyen-muc/" in r or "/tin-tuc/" in r for r in referrers)


def test_pager_links_are_nofollow(server):
    _, _, page = parse(server, f"{portal.START_PATH}chuyen-muc/hoat-dong-nha-truong-102.html")
    pager = [(u, rel) for u, rel in page.rels if "trang=" in u]
    assert pager and all(rel == "nofollow" for _, rel in pager)


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_fields_on_page(server, record):
    status, _, page = parse(server, record["path"])
    assert status == 200
    text = page.text
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (record["path"], cell)
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text, name
    if record["source"]:
        assert record["source"] in text
    story = _story(record)
    printed = portal.vn_clock(story.opts["posted"])
    assert f"Ngày đăng: {printed}" in text
    if record["published_at"] and "T" in record["published_at"]:
        day = record["published_at"][:10]
        assert printed.startswith(f"{day[8:10]}/{day[5:7]}/{day[:4]}")
    imgs = {local(server, u) for u in page.imgs}
    for img in record["images"]:
        assert img["path"] in imgs, img
        if img["caption"]:
            assert img["caption"] in text
    assert record["category"] in text


def test_letterhead_date_and_midnight(server):
    notice = next(g for g in portal.GOLD if g["path"].endswith("-4683.html"))
    _, _, page = parse(server, notice["path"])
    assert notice["published_at"] == "2026-11-30"
    assert "ngày 30 tháng 11 năm 2026" in page.text and "Đỗ Quang Huy" in page.text
    midnight = next(g for g in portal.GOLD if g["path"].endswith("-4625.html"))
    _, _, page = parse(server, midnight["path"])
    assert "12:00:00 SA" in page.text and midnight["published_at"] == "2026-11-08"


def test_encodings(server):
    _, body, _ = parse(server, next(g["path"] for g in portal.GOLD if g["path"].endswith("-4702.html")))
    assert unicodedata.normalize("NFC", body) != body
    _, body, _ = parse(server, next(g["path"] for g in portal.GOLD if g["path"].endswith("-4625.html")))
    assert "&#" in body and "mso-list:Ignore" in body
    _, body, _ = parse(server, next(g["path"] for g in portal.GOLD if g["path"].endswith("-4603.html")))
    assert "khóa XI<sup>" in body
    assert "khóa XI về" in next(g["body"] for g in portal.GOLD if g["path"].endswith("-4603.html"))


def test_base_href_trap(server):
    record = portal.GOLD[0]
    wrong = record["path"].replace("/tin-tuc/", "/tin-tuc/tin-tuc/")
    assert fetch(server, wrong)[0] == 404


def test_department_copy_is_out_of_scope(server):
    status, _, page = parse(server, "/tin-tuc/huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026-4549.html")
    assert status == 200 and page.h1 == "Hưởng ứng Tuần lễ học tập suốt đời năm 2026"
    assert all(not g["path"].startswith("/tin-tuc/") for g in portal.GOLD)
    for other in ("/", "/thcs-yenhoa/", "/thcs-dichvong/"):
        assert fetch(server, other)[0] == 200
    assert fetch(server, "/thcs-nghiatan")[0] == 301


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/thcs-nghiatan/tin-tuc/khong-ton-tai-99999.html",
        "/thcs-nghiatan/tin-tuc/slug-sai-4652.html",
        "/thcs-nghiatan/chuyen-muc/thong-bao-105.html?trang=9",
        "/thcs-nghiatan/lich-cong-tac.html?tuan=12",
        "/thcs-nghiatan/khong-co-trang-nay.html",
        "/thcs-khong-co/",
        "/thcs-yenhoa/van-ban.html",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
