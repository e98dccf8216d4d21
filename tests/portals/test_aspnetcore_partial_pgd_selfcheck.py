"""Self-check of the aspnetcore_partial_pgd fixture portal against itself (never the crawler).

Every gold address (and alternative) answers 200 and prints the gold text; the gold is well
formed; a walk that follows links *and* the pager's ``loadPage(page, catid)`` the way
``/js/site.js`` does reaches every article, while links alone miss exactly the four articles the
docstring says only the partial view lists; the traps behave as documented.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import aspnetcore_partial_pgd as portal
from ._common import TODAY
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_LOADPAGE = re.compile(r"loadPage\((\d+),\s*(\d+)\)")
_SRC = re.compile(r'src="([^"]+)"')
_SKIP_EXT = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
KEYS = {
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


def reader_text(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def block(markup: str, cls: str) -> str:
    """The inner markup of the first ``<div class="cls">`` (no nested divs in these blocks)."""
    match = re.search(rf'<div class="{cls}">(.*?)</div>', markup, re.S)
    assert match, cls
    return match.group(1)


def related(markup: str) -> str:
    """The "Tin liên quan" list."""
    start = markup.index('<div class="related-news">')
    return markup[start : markup.index("</ul>", start)]


def content(markup: str) -> str:
    start = markup.index('<div class="content-detail">')
    return markup[start : markup.index('<div class="tool-detail">', start)]


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site(), host="127.0.0.1").start()
    yield srv
    srv.stop()


def get(server: PortalServer, target: str) -> str:
    status, body, _ = fetch(server, target)
    assert status == 200, (target, status)
    return body


# --- gold -----------------------------------------------------------------------------------------


def test_gold_is_well_formed() -> None:
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    everything = [*paths, *(a for g in portal.GOLD for a in g["alt_paths"])]
    assert len(set(everything)) == len(everything)
    assert not set(everything) & set(portal.NON_ARTICLES)
    assert len(portal.NON_ARTICLES) == len(set(portal.NON_ARTICLES)) == 5
    for g in portal.GOLD:
        assert set(g) == KEYS | {"alt_paths"}, g["path"]
        assert g["canonical_path"] == g["path"]
        assert re.fullmatch(r"/Home/ChiTiet\?id=\d+&catid=[357]", g["path"])
        for key in ("title", "body", "category"):
            assert isinstance(g[key], str) and g[key] and g[key].strip() == g[key]
            assert unicodedata.is_normalized("NFC", g[key])
        assert g["category"] in {"Tin tức – Sự kiện", "Hoạt động chuyên môn", "Thông báo"}
        assert _STAMP.match(g["published_at"]), g["published_at"]
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs), g["path"]
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
            assert unicodedata.is_normalized("NFC", g["summary"])
        for key in ("authors", "photographers"):
            for name in g[key]:
                assert name and name == name.strip() and unicodedata.is_normalized("NFC", name)
                assert not name.startswith(("ThS.", "Tác giả", "Tin", "Bài"))
        assert g["source"] is None or g["source"]
        for img in g["images"]:
            assert img["path"].startswith("/Upload/Images/")
            caption = img["caption"]
            assert caption is None or (caption and unicodedata.is_normalized("NFC", caption))
            assert caption not in paragraphs
    assert sum(g["summary"] is None for g in portal.GOLD) == 3
    captions = [img["caption"] for g in portal.GOLD for img in g["images"]]
    assert captions.count(None) == 2


def test_gold_decisions_as_documented() -> None:
    gold = {int(g["path"].split("id=")[1].split("&")[0]): g for g in portal.GOLD}
    assert gold[438]["authors"] == ["Y Blin Niê"] and gold[438]["photographers"] == []
    assert gold[433]["authors"] == gold[433]["photographers"] == ["H'Luyến Êban"]
    assert gold[381]["authors"] == gold[381]["photographers"] == ["Phan Thị Mỹ Linh"]
    assert (gold[436]["authors"], gold[436]["photographers"]) == (
        ["Nguyễn Thị Thu Hà"],
        ["Trần Văn Lợi"],
    )
    assert gold[430]["authors"] == ["Phòng GD&ĐT"]
    assert gold[392]["authors"] == ["Bộ phận chuyên môn Tiểu học"]
    assert gold[395]["authors"] == ["Phạm Quang Vinh"]
    assert (gold[402]["authors"], gold[402]["source"]) == (["Hoàng Gia"], "Báo Đắk Lắk")
    assert (gold[388]["authors"], gold[388]["source"]) == (
        [],
        "Cổng Thông tin điện tử huyện Krông Pắc",
    )
    assert gold[437]["authors"] == gold[424]["authors"] == []
    assert gold[430]["images"][0]["caption"] is None and gold[421]["images"][0]["caption"] is None
    assert gold[421]["images"][0]["path"] == "/Upload/Images/2025/05/sinh-hoat-chuyen-mon-cum-3.jpg"
    assert "Cấp học | Số trường | Số học sinh | Trường đạt chuẩn quốc gia" in gold[438]["body"]
    assert gold[437]["body"].count("\n\n") == 1  # the two-line notice


# --- pages ------------------------------------------------------------------------------------


def test_gold_targets_serve_their_text(server: PortalServer) -> None:
    for g in portal.GOLD:
        body = get(server, g["path"])
        page = reader_text(body)
        assert reader_text(block(body, "title-detail")) == g["title"]
        assert g["category"] in reader_text(block(body, "breadcrumb-news"))
        day, clock = g["published_at"][:10], g["published_at"][11:16]
        printed = f"{day[8:10]}/{day[5:7]}/{day[:4]} - {clock}"
        assert f"Ngày đăng: {printed} | Lượt xem:" in page, g["path"]
        if g["summary"]:
            assert reader_text(block(body, "sapo-detail")) == g["summary"]
        else:
            assert 'class="sapo-detail"' not in body
        text = reader_text(content(body))
        for paragraph in g["body"].split("\n\n")[(1 if g["summary"] else 0) :]:
            assert paragraph.replace(" | ", " ") in text, (g["path"], paragraph[:60])
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in text, (g["path"], name)
        srcs = [
            urlsplit(urljoin(server.url(g["path"]), html.unescape(s))).path
            for s in _SRC.findall(content(body))
        ]
        assert srcs == [img["path"] for img in g["images"]], g["path"]  # the photos, in order
        assert TODAY in page and "Thống kê truy cập" in page and "Thiết kế bởi Công ty" in page


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        first = get(server, g["path"])
        story_id = g["path"].split("id=")[1].split("&")[0]
        for alt in g["alt_paths"]:
            other = get(server, alt)
            assert content(other) == content(first), alt
            assert block(other, "title-detail") == block(first, "title-detail")
            assert block(other, "breadcrumb-news") == block(first, "breadcrumb-news")
        og = re.search(r'<meta property="og:url" content="([^"]+)"', first).group(1)
        assert og == server.url(f"/Home/ChiTiet?id={story_id}")
        assert 'rel="canonical"' not in first and "hreflang" not in first
        # "Tin liên quan": the 8 newest others, linked with the category of the printing article,
        # whatever catid the page was reached at
        catid = g["path"].rsplit("=", 1)[1]
        hrefs = _HREF.findall(related(first))
        assert len(hrefs) == 8 and all(h.endswith(f"&amp;catid={catid}") for h in hrefs)
        zero = get(server, f"/Home/ChiTiet?id={story_id}&catid=0")
        assert related(zero) == related(first) and 'id="hdCatId" value="0"' in zero


def test_no_heading_in_the_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        body = get(server, g["path"])
        detail = body[body.index('<div class="detail-news">') : body.index('<div class="col-md-4')]
        assert not re.search(r"<h[1-6]\b", detail), g["path"]
        assert "javascript:window.print()" in detail and "javascript:history.back()" in detail
        assert "Tin liên quan" in detail


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        body = get(server, target)
        assert 'class="title-detail"' not in body and 'class="date-detail"' not in body
    for doc in portal.DOCUMENTS:
        page = reader_text(get(server, f"/Home/ChiTietVanBan?id={doc['id']}"))
        assert doc["so"] in page and doc["trich_yeu"] in page
        status, _, headers = fetch(server, doc["file"])
        assert status == 200 and headers["Content-Type"] == "application/pdf"


# --- reachability -----------------------------------------------------------------------------


def walk(server: PortalServer, *, pager: bool) -> set[str]:
    """Breadth-first over links; with ``pager``, also what ``loadPage(p, c)`` fetches (site.js)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 300:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != f"{server.host}:{server.port}" or _SKIP_EXT.search(parts.path):
                continue
            if parts.path.startswith("/Account/"):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
        if pager:
            for page, catid in _LOADPAGE.findall(body):
                queue.append(f"/Home/_DanhSachTin?catid={catid}&page={page}")
    return seen


def _ids(targets: set[str]) -> set[int]:
    return {int(m.group(1)) for t in targets if (m := re.match(r"/Home/ChiTiet\?id=(\d+)", t))}


def test_every_article_is_reachable_with_the_pager(server: PortalServer) -> None:
    seen = walk(server, pager=True)
    for g in portal.GOLD:
        assert {g["path"], *g["alt_paths"]} & seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target


def test_links_alone_miss_the_articles_only_the_partial_lists(server: PortalServer) -> None:
    seen = walk(server, pager=False)
    assert not any(t.startswith("/Home/_DanhSachTin") for t in seen)
    missing = {s.id for s in portal.STORIES} - _ids(seen)
    assert missing == set(portal.ONLY_VIA_PARTIAL)
    assert len(missing) >= 4


# --- traps --------------------------------------------------------------------------------------


def test_pager_is_javascript_to_the_partial_view(server: PortalServer) -> None:
    script = get(server, "/js/site.js")
    assert "$.get('/Home/_DanhSachTin?catid=' + catid + '&page=' + page" in script
    page = get(server, "/Home/DanhMuc?catid=3")
    assert '<ul class="pager-ajax">' in page
    assert 'href="javascript:void(0)" onclick="loadPage(2, 3)">2</a>' in page
    assert "$.get('/Home/_DanhSachTin?catid=' + catid + '&page=' + page" in page  # inline copy
    assert "_DanhSachTin?catid=3&amp;page" not in page and "page=2" not in page
    assert _LOADPAGE.findall(get(server, "/Home/DanhMuc?catid=5")) == [
        ("1", "5"),
        ("2", "5"),
        ("2", "5"),
    ]
    assert "pager-ajax" not in get(server, "/Home/DanhMuc?catid=7")

    # the full page has no page parameter: page=2 is page 1 again
    def items(markup: str) -> list[int]:
        return [
            int(i) for i in re.findall(r'class="title-news" href="/Home/ChiTiet\?id=(\d+)', markup)
        ]

    assert items(get(server, "/Home/DanhMuc?catid=3&page=2")) == items(page) == [438, 433, 430]


def test_partial_view_answers(server: PortalServer) -> None:
    def ids(markup: str) -> list[int]:
        return [
            int(i)
            for i in re.findall(
                r'class="title-news" href="/Home/ChiTiet\?id=(\d+)&amp;catid=\d', markup
            )
        ]

    expected = {
        (3, 1): [438, 433, 430],
        (3, 2): [402, 395, 388],
        (3, 3): [381],
        (5, 1): [436, 427, 421],
        (5, 2): [392],
        (7, 1): [437, 424],
    }
    for (catid, page), want in expected.items():
        fragment = get(server, f"/Home/_DanhSachTin?catid={catid}&page={page}")
        assert ids(fragment) == want
        assert fragment.lstrip().startswith('<div class="item-news">')
        assert "<html" not in fragment and "<body" not in fragment and "pager-ajax" not in fragment
    for target in (
        "/Home/_DanhSachTin?catid=3&page=0",
        "/Home/_DanhSachTin?catid=3&page=4",
        "/Home/_DanhSachTin?catid=3&page=-1",
        "/Home/_DanhSachTin?catid=5&page=3",
        "/Home/_DanhSachTin?catid=7&page=2",
        "/Home/_DanhSachTin?catid=9&page=1",
        "/Home/_DanhSachTin?catid=42&page=1",
    ):
        status, body, _ = fetch(server, target)
        assert (status, body) == (200, ""), target
    for target in (
        "/Home/_DanhSachTin",
        "/Home/_DanhSachTin?catid=3",
        "/Home/_DanhSachTin?page=2",
        "/Home/_DanhSachTin?catid=3&page=abc",
    ):
        assert fetch(server, target)[0] == 400, target


def test_routes_and_odd_addresses(server: PortalServer) -> None:
    assert fetch(server, "/" + "home/chitiet?ID=438&CatId=3")[0] == 200
    assert fetch(server, "/Home/Index")[0] == 200 and fetch(server, "/Home")[0] == 200
    assert fetch(server, "/Home/ChiTiet?id=999&catid=3")[0] == 404
    assert fetch(server, "/Home/ChiTiet")[0] == 404
    assert fetch(server, "/Home/DanhMuc?catid=4")[0] == 404
    assert fetch(server, "/Upload/Files/nope.pdf")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404 and fetch(server, "/sitemap.xml")[0] == 404
    home = get(server, "/")
    assert 'onclick="alert(' in home and "<marquee" in home and "<select" in home
    assert home.count("&amp;catid=0") >= 6


def test_search_and_login_are_not_articles(server: PortalServer) -> None:
    found = get(server, "/Home/TimKiem?tukhoa=" + quote("hội"))
    assert "Tìm thấy" in found and 'class="item-news"' in found and "title-detail" not in found
    assert 'href="/Home/ChiTiet?id=395&amp;catid=3"' in found  # an old one, by search
    assert "Vui lòng nhập từ khóa" in get(server, "/Home/TimKiem?tukhoa=")
    assert 'action="/Home/TimKiem" method="get"' in found and 'name="tukhoa"' in found
    login = get(server, "/Account/Login")
    assert 'name="__RequestVerificationToken"' in login and 'type="password"' in login
    status, body, _ = fetch(server, "/Account/Login")
    assert status == 200 and "không đúng" not in body


def test_platform_encodings(server: PortalServer) -> None:
    body = get(server, "/Home/ChiTiet?id=438&catid=3")
    title = block(body, "title-detail")
    assert "t&#x1ED5;ng k&#x1EBF;t" in title and "&#x2013;" in title  # Razor's HtmlEncoder
    assert "Ngày đăng:" in body  # typed in the view: raw UTF-8
    assert "&agrave;" in content(body) and "&ndash;" in content(body)  # TinyMCE named entities
    assert "Th&#x1EE9; T&#x1B0;, ng&#xE0;y 25/11/2026" in body  # the header clock, Razor-encoded
    nfd_sapo = html.unescape(block(get(server, "/Home/ChiTiet?id=421&catid=5"), "sapo-detail"))
    assert not unicodedata.is_normalized("NFC", nfd_sapo)
    last = html.unescape(content(get(server, "/Home/ChiTiet?id=392&catid=5")))
    assert unicodedata.normalize("NFD", "toàn huyện mới có 38/52") in last
    assert "H'Luyến" in html.unescape(content(get(server, "/Home/ChiTiet?id=433&catid=3")))


def test_title_attribute_captions_print_nothing(server: PortalServer) -> None:
    for story_id, catid, sentence in (
        (430, 3, "Các liên đội tham gia thi nghi thức Đội"),
        (421, 5, "Giáo viên dự giờ quan sát học sinh thảo luận nhóm"),
    ):
        body = get(server, f"/Home/ChiTiet?id={story_id}&catid={catid}")
        assert sentence not in reader_text(body)  # not printed
        assert f'title="{sentence}"' in html.unescape(content(body))  # only the tooltip
    relative = get(server, "/Home/ChiTiet?id=421&catid=5")
    assert 'src="../../Upload/Images/2025/05/sinh-hoat-chuyen-mon-cum-3.jpg"' in relative
    assert fetch(server, "/Upload/Images/2025/05/sinh-hoat-chuyen-mon-cum-3.jpg")[0] == 200


def test_attachments(server: PortalServer) -> None:
    for g in portal.GOLD:
        story = portal.BY_ID[int(g["path"].split("id=")[1].split("&")[0])]
        body = get(server, g["path"])
        for path in story.opts.get("files", []):
            assert "Tệp đính kèm:" in body and f'href="{path}"' in body
            assert fetch(server, path)[0] == 200
            assert "Tệp đính kèm" not in g["body"]
