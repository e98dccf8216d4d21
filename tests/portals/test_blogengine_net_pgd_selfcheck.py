"""Self-check of the BlogEngine.NET 3 fixture (Phòng GD&ĐT Thanh Ba).

Nothing here imports the crawler. It checks the fixture against itself: every gold target and
alternative answers 200 with its title and canonical link; the gold fields are printed on the
page (body paragraphs, sapo, bylines, source, captions, images, the printed date); a walk from
START_PATH that follows ``<a href>`` links reaches every article and non-article within the
request budget, and the two oldest "Tin hoạt động" posts only through page 2+ of a listing;
unknown targets answer 404.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import blogengine_net_pgd as portal
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    return norm("".join(parser.parts))


def article_region(body: str) -> str:
    """The post's content element, up to the tag/share footer."""
    start = body.index('<div class="noidung-bv text">')
    end = body.index('<div class="bv-duoi">', start)
    return body[start:end]


HREF = re.compile(r"<a\b[^>]*\bhref=\"([^\"]+)\"", re.I)
SRC = re.compile(r"<img\b[^>]*\bsrc=\"([^\"]+)\"", re.I)


def key(target: str) -> str:
    """Compare targets decoded (a client may send the raw or the percent-encoded form)."""
    return unicodedata.normalize("NFC", unquote(html.unescape(target)))


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    seen: set[str] = set()
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            assert key(target) not in seen, target
            seen.add(key(target))
        assert g["canonical_path"] == g["path"]
        assert g["body"] and g["title"] == norm(g["title"])
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        assert re.fullmatch(r"2026-1[0-2]-\d\d(T\d\d:\d\d:00\+07:00)?", g["published_at"])
    assert not seen & {key(p) for p in portal.NON_ARTICLES}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_targets_answer_with_title(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
        assert urlsplit(canon).path == gold["canonical_path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_fields_are_printed(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    region = article_region(body)
    text = page_text(region)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    # what must stay out of the gold body
    for chrome in ("Tin, ảnh", "Nơi nhận", "Ảnh:", "Tải về", "Xem thêm", "Bình luận", "BBT", "Nguồn:"):
        assert chrome not in gold["body"]
    # images: the src printed in the article, resolved against the page; served
    srcs = [urljoin(gold["path"], html.unescape(s)) for s in SRC.findall(region)]
    assert [i["path"] for i in gold["images"]] == srcs
    for img in gold["images"]:
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    # the printed date: letterhead day for the notice, else the info line (vi-VN general format)
    when = gold["published_at"]
    if gold["category"] == "Thông báo":
        day = dt.date.fromisoformat(when)
        assert f"ngày {day.day} tháng {day.month} năm {day.year}" in text
    else:
        moment = dt.datetime.fromisoformat(when) if "T" in when else dt.datetime.fromisoformat(when + "T00:00")
        hour = moment.hour % 12 or 12
        printed = f"{moment:%d/%m/%Y} {hour}:{moment:%M:%S} {'SA' if moment.hour < 12 else 'CH'}"
        info = page_text(re.search(r'<div class="bv-tt">(.*?)</div>', body).group(1))
        assert printed in info
        assert ("T" not in when) == printed.endswith(" 12:00:00 SA")
    # the category is the breadcrumb's
    crumb = page_text(re.search(r'<div class="duong-dan">(.*?)</div>', body).group(1))
    assert crumb.endswith(gold["category"])


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THANH BA" in body


def _walk(server):
    """Follow <a href> links on this host from START_PATH; pictures, files and feeds not fetched."""
    start = portal.START_PATH
    queue = deque([start])
    seen = {key(start)}
    linked_from: dict[str, set[str]] = {}
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        assert status == 200, target
        for href in HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin("http://127.0.0.1" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "127.0.0.1":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path in ("/image.axd", "/file.axd", "/syndication.axd") or parts.path.startswith("/Account/"):
                continue
            linked_from.setdefault(key(nxt), set()).add(target)
            if key(nxt) not in seen:
                seen.add(key(nxt))
                queue.append(nxt)
    return seen, linked_from, fetched


def test_everything_is_reachable_within_budget(server):
    seen, linked_from, fetched = _walk(server)
    for g in portal.GOLD:
        assert key(g["path"]) in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert key(target) in seen, target
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched
    # the two oldest "Tin hoạt động" posts: only from page 2+ of a listing
    for slug in ("cong-doan-nganh-giao-duc", "khai-mac-hoi-khoe-phu-dong"):
        g = next(g for g in portal.GOLD if slug in g["path"])
        sources = linked_from[key(g["path"])] - {g["path"]}
        assert sources and all("page=" in s for s in sources), sources
        for alt in g["alt_paths"]:
            assert key(alt) not in seen


def test_listings_page_and_end_softly(server):
    status, body, _ = fetch(server, "/?page=4")
    assert status == 200 and "Bài cũ hơn" not in body and "Bài mới hơn" in body
    status, body, _ = fetch(server, "/?page=9")
    assert status == 200 and "Không có bài viết nào" in body
    status, body, _ = fetch(server, portal.cat_path("tinhd") + "?page=2")
    assert status == 200 and "Hội khỏe Phù Đổng" in body


def test_postback_answers_like_get(server):
    import urllib.request

    from tests.portals._selfcheck import NO_REDIRECTS

    req = urllib.request.Request(server.url(portal.GOLD[0]["path"]), data=b"__VIEWSTATE=x", method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200
        assert portal.GOLD[0]["title"] in page_text(resp.read().decode("utf-8"))


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.aspx",
        "/post/khong-co-bai-nay.aspx",
        "/post/2026/11/18/chuyen-de-day-hoc-tieng-viet-lop-2-cum-phia-bac",
        "/post.aspx?id=00000000-0000-0000-0000-000000000000",
        "/category/Kh%C3%B4ng-c%C3%B3",
        "/page/khong-co",
        "/image.axd?picture=/2026/01/khong-co.jpg",
        "/?tag=/khong-co",
    ],
)
def test_unknown_targets_404(server, target):
    assert fetch(server, target)[0] == 404
