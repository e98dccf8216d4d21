"""Self-check of the Violet-style school-site fixture: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that links (and GET forms) from the
start page reach every article, that short and long entry URLs serve one article with the same
canonical, and that the library trap behaves as documented (filters multiply, "Trang sau" never
ends; the walk below fetches library listings only unfiltered and up to page 3).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import violet_school as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_GET_FORM = re.compile(r"""<form action="([^"]+)" method="get\"""")
_KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
_LIB_PAGE = re.compile(r"^page=[1-3]$")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx?|pptx?|zip)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _detail(page: str) -> str:
    return page.split('<div class="svDetail">', 1)[1].split("<!-- /svNewsContent -->", 1)[0]


def _content(page: str) -> str:
    return page.split('id="svNewsContent">', 1)[1].split("<!-- /svNewsContent -->", 1)[0]


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links and GET forms from START_PATH: target -> status.

    Library listings with a filter or past page 3 (the trap) are recorded as linked, not fetched.
    """
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        parts = urlsplit(target)
        trap = (
            parts.path.startswith("/library/") and parts.query and not _LIB_PAGE.match(parts.query)
        )
        if _NOT_PAGES.search(parts.path) or trap:
            seen[target] = 0
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status != 200:
            continue
        hrefs = [h for _, h in _HREF.findall(body)] + _GET_FORM.findall(body)
        for href in hrefs:
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != urlsplit(server.base_url).netloc or link.scheme != "http":
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "violet_school"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS | {"alt_paths"} == set(gold)
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in portal.CATS.values()
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert image["caption"] is None or not image["caption"].startswith("(")
    assert gold["canonical_path"] == gold["path"]
    assert "admin" not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


def test_no_charset_in_header(server: PortalServer) -> None:
    _, page, headers = _get(server, portal.GOLD[0]["path"])
    assert headers["Content-Type"] == "text/html"
    assert 'content="text/html; charset=utf-8"' in page


_DATE_FORMS = [
    (re.compile(r"Cập nhật lúc (\d\d):(\d\d) ngày (\d\d)/(\d\d)/(\d{4})"), "hmdMY"),
    (re.compile(r"Thứ \w+, (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)"), "dMYhm"),
    (re.compile(r"Ngày đăng: (\d{4})-(\d\d)-(\d\d)"), "YMd"),
    (re.compile(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4})"), "dMY"),
    (re.compile(r"(\d\d) tháng (\d{1,2}) năm (\d{4})"), "dMY"),
]


def _printed_date(info: str, listing_date: str) -> str:
    for pattern, order in _DATE_FORMS:
        if m := pattern.search(info):
            v = dict(zip(order, m.groups(), strict=True))
            day = f"{v['Y']}-{int(v['M']):02d}-{v['d']}"
            if "h" in v and (v["h"], v["m"]) != ("00", "00"):
                return f"{day}T{v['h']}:{v['m']}:00+07:00"
            return day
    d, mo, y = listing_date.split("/")
    return f"{y}-{mo}-{d}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="svDetailTitle"[^>]*>(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    detail = _detail(page)
    content = _content(page)
    text = _reader(detail)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", content)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    if gold["summary"]:
        sapo = re.search(r'<div class="svDetailSapo"[^>]*>(.*?)</div>', detail).group(1)
        assert _reader(sapo) == gold["summary"]
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert [i["path"] for i in gold["images"]] == [html.unescape(s) for s in srcs]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in _reader(content)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in page
    crumbs = re.search(r'<div class="svPath"[^>]*>(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    info = _nfc(re.search(r'<div class="svDetailInfo"[^>]*>(.*?)</div>', detail).group(1))
    story = portal._BY_ID[int(gold["path"].split("/")[3])]
    assert _printed_date(info, story.opts["when"]) == gold["published_at"]
    assert portal.TODAY in page and portal.TODAY not in detail


def test_listing_shows_the_date_of_the_undated_entry(server: PortalServer) -> None:
    undated = [s for s in portal.STORIES if not s.opts["date"]]
    assert len(undated) == 1
    s = undated[0]
    page = _get(server, f"/news/cat/{s.cat}")[1]
    assert f'href="{portal.article_path(s)}"' in page
    assert f"({s.opts['when']})" in page


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        paragraphs = gold["body"].split("\n\n")
        for name in gold["authors"] + gold["photographers"]:
            assert name not in paragraphs  # a signature line is not a paragraph
        for label in ("Nguồn:", "Ảnh:", "Tin:", "Tin, ảnh:", "Bài, ảnh:", "Tác giả:"):
            assert label not in gold["body"]


def test_short_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (short,) = gold["alt_paths"]
        status, page, _ = _get(server, short)
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert _detail(page) == _detail(_get(server, gold["path"])[1])
    wrong = portal.GOLD[0]["path"].replace(".html", "-x.html")
    assert _get(server, wrong)[0] == 404


def test_walk_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []


def test_pagination(server: PortalServer) -> None:
    assert 'href="/news?page=3"' in _get(server, "/news")[1]
    assert any(len(portal.in_cat(c)) > portal.CAT_PER_PAGE for c in portal.CATS)
    listed = []
    for n in range(1, 4):
        page = _get(server, f"/news?page={n}")[1]
        listed += re.findall(r'<a class="svNewsTitle" href="([^"]+)"', page)
    assert sorted(listed) == sorted(g["path"] for g in portal.GOLD)
    assert "Chưa có bài viết nào" in _get(server, "/news?page=9")[1]


def test_soft_404(server: PortalServer) -> None:
    status, page, _ = _get(server, f"/news/entry/{portal.DELETED_ID}")
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị xóa!" in page
    assert 'class="svDetail"' not in page


def test_library_trap_never_ends(server: PortalServer) -> None:
    page = _get(server, "/library/giao-an?lop=3&mon=toan&sort=xem")[1]
    links = {html.unescape(h) for _, h in _HREF.findall(page)}
    assert "/library/giao-an?lop=5&mon=toan&sort=xem" in links
    assert "/library/giao-an?lop=3&mon=tin-hoc&sort=xem" in links
    assert "/library/giao-an?lop=3&mon=toan&sort=tai" in links
    target = "/library/tu-lieu?page=1"
    for _ in range(5):
        body = _get(server, target)[1]
        nxt = re.search(r'<a href="([^"]+)">Trang sau', body).group(1)
        target = html.unescape(nxt)
    assert target == "/library/tu-lieu?page=6"
    far = _get(server, f"/library/bai-giang?page={portal.TRAP_PAGE}")
    assert far[0] == 200 and "Chưa có tài liệu nào." in far[1]
    assert f"page={portal.TRAP_PAGE + 1}" in far[1]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _detail(page))
    ]
    assert decomposed == [portal.article_path(portal._BY_ID[3496])]
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _content(page))]
    assert referenced == [portal.article_path(portal._BY_ID[3488])]


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], "/library/giao-an"):
        assert _get(server, target)[1] == _get(server, target)[1]
