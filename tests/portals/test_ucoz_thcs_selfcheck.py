"""Self-checks of the uCoz school fixture against itself (the crawler is never imported)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ucoz_thcs as portal
from tests.portals._common import TODAY, collapse
from tests.portals._selfcheck import fetch

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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """What a reader sees: tags gone, references resolved, NFC, whitespace collapsed."""
    no_comments = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", no_comments)))


def links(body: str, base: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 2000) -> set[str]:
    """Breadth-first over the site's own links (pages only), from the given targets."""
    seen: set[str] = set(starts)
    queue = deque(starts)
    answered: set[str] = set()
    while queue and len(answered) < limit:
        target = queue.popleft()
        if target.endswith((".jpg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")):
            continue
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        answered.add(target)
        for link in links(body, server.url(target)):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return answered


# --- gold ----------------------------------------------------------------------------------


def test_gold_size_and_shape():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == len(portal.GOLD)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]  # the template prints no rel=canonical
        assert g["published_at"] is None or DATE.match(g["published_at"]), g["published_at"]
        for key in ("title", "body", "summary", "source", "category"):
            value = g[key]
            if value is not None:
                assert unicodedata.is_normalized("NFC", value), (g["path"], key)
                assert value == value.strip()
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.is_normalized("NFC", name)
            assert name not in ("admin", "dungtoan", "thuhoa_tpt", "BBT")
            assert not name.startswith(("Cô ", "Thầy ", "ThS."))
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith(("/_nw/", "/_pu/"))
        assert g["category"] in {
            "Tin tức",
            "Hoạt động Đội",
            "Chuyên môn",
            "Bán trú",
            "Thông báo",
            "Tài liệu chuyên môn",
        }


def test_gold_mix():
    news = [g for g in portal.GOLD if g["path"].startswith("/news/")]
    publ = [g for g in portal.GOLD if g["path"].startswith("/publ/")]
    assert (len(news), len(publ)) == (9, 4)
    lengths = sorted(len(g["body"]) for g in portal.GOLD)
    assert lengths[0] < 400 and lengths[-1] > 1500
    assert any("T" in (g["published_at"] or "") for g in portal.GOLD)
    assert any(len(g["published_at"] or "") == 10 for g in portal.GOLD)
    assert sum(1 for g in portal.GOLD if g["summary"]) == 1
    assert sum(1 for g in portal.GOLD if g["source"]) == 1
    assert any(" | " in g["body"] for g in portal.GOLD)
    assert any(img["caption"] is None for g in portal.GOLD for img in g["images"])


# --- every gold page answers and prints what the gold says --------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer(server, gold):
    targets = [gold["path"], *gold.get("alt_paths", [])]
    for target in targets:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        seen = page_text(body)
        assert gold["title"] in seen, target
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in seen, (target, piece)
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body, target
            if img["caption"]:
                assert img["caption"] in seen


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_details(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert (
        f'<td class="eTitle" style="padding-bottom:3px;">{_html.escape(gold["title"])}</td>' in body
    )
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    details = body[body.index('<td class="eDetails">') :]
    details = details[: details.index("</td>")]
    assert f"{d}.{m}.{y}" in details
    if "T" in gold["published_at"]:
        assert f"{d}.{m}.{y}</a>, {gold['published_at'][11:16]}" in details
    assert f">{_html.escape(gold['category'])}</a>" in details
    assert re.search(r'<a href="/index/8-\d">(admin|dungtoan|thuhoa_tpt)</a>', details)
    assert TODAY in body
    assert 'id="uCozBar"' in body and "Hosted by uCoz" in body
    assert '<link rel="canonical"' not in body


def test_bylines_and_sources_as_printed(server):
    expect = {
        portal._N188: "Tin: Lò Thị Thu; Ảnh: Đội TNTP",
        portal._N187: "Người viết: Hoàng Văn Dũng - GV Toán",
        portal._N185: "Tin, ảnh: Vàng Thị Mai",
        portal._N178: "Người viết: Sùng Thị Dợ - GV KHTN",
        portal._N176: "Tin: Tòng Văn Hải",
        portal._N173: "Nguồn: sogddt.laichau.gov.vn",
        portal._N170: "Tin, ảnh: Lò Thị Thu",
        portal._N181: "Công đoàn trường",
        "/publ/tai_lieu_chuyen_mon/2-1-0-46": "Tác giả: Cô Nguyễn Thị Hoa, tổ KHXH",
        "/publ/thong_bao/1-1-0-44": "Tác giả: Tổ Văn phòng",
        "/publ/thong_bao/1-1-0-42": "Tác giả: Lương Văn Thắng",
    }
    for path, line in expect.items():
        status, body, _ = fetch(server, path)
        assert status == 200
        assert line in page_text(body), path
    status, body, _ = fetch(server, "/publ/thong_bao/1-1-0-47")
    assert "Tác giả" not in page_text(body)
    assert "File đính kèm: Lich_kiem_tra_HKI_2026.pdf" in page_text(body)
    assert fetch(server, "/_pu/0/Lich_kiem_tra_HKI_2026.pdf")[0] == 200


def test_text_forms(server):
    _, body, _ = fetch(server, portal._N181)
    assert not unicodedata.is_normalized("NFC", body)  # pasted as decomposed Unicode
    _, body, _ = fetch(server, portal._N173)
    assert "&#7879;" in body and "&acirc;" in body
    _, body, _ = fetch(server, portal._N188)
    assert (
        "<br><br>" in body
        and "<p style" not in body.split('class="eMessage"')[1].split("eDetails")[0]
    )
    _, body, _ = fetch(server, portal._N176)
    assert "&nbsp;&nbsp;&nbsp; Nhằm" in body
    _, body, _ = fetch(server, portal._N178)
    assert "IMG_20261008_113052.jpg" in body
    assert '<strong><span style="font-family:Times New Roman;font-size:14pt">Năm học 2026' in body


# --- reachability ------------------------------------------------------------------------


def test_walk_from_start_reaches_every_article(server):
    answered = walk(server, [portal.START_PATH])
    for gold in portal.GOLD:
        assert gold["path"] in answered, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in answered, path


def test_sitemap_lists_every_article(server):
    status, body, headers = fetch(server, "/sitemap.xml")
    assert status == 200 and "xml" in headers["Content-Type"]
    locs = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", body)]
    for gold in portal.GOLD:
        assert gold["path"] in locs
    status, body, _ = fetch(server, "/robots.txt")
    assert status == 200
    assert "Disallow: /*?" in body and "Allow: /*?page" in body and "Disallow: /index/8" in body
    assert re.search(r"^Sitemap: //127\.0\.0\.1:\d+/sitemap\.xml$", body, re.M)


def test_listings_page_with_a_bare_query_word(server):
    _, body, _ = fetch(server, "/")
    assert 'href="/news/?page2"' in body and 'href="/news/?page3"' in body
    seen = set()
    for target in ("/news/", "/news/?page2", "/news/?page3"):
        status, body, _ = fetch(server, target)
        assert status == 200
        seen |= {
            p
            for p in links(body, server.url(target))
            if re.match(r"^/news/[a-z0-9_]+/\d{4}-\d\d-\d\d-\d+$", p)
        }
    assert {g["path"] for g in portal.GOLD if g["path"].startswith("/news/")} <= seen
    assert fetch(server, "/news/?page1")[1].count('class="eTitle"') == 4
    assert fetch(server, "/news/?page4")[0] == 404
    assert fetch(server, "/news/?page=2")[0] == 404
    # category list "1-<page>-<cat>", publisher "<cat>-<page>"
    _, body, _ = fetch(server, "/news/1-0-1")
    assert 'href="/news/1-2-1"' in body
    assert fetch(server, "/news/1-2-1")[1].count('class="eTitle"') == 1
    _, body, _ = fetch(server, "/publ/thong_bao/1")
    assert 'href="/publ/thong_bao/1-2"' in body
    assert "/publ/thong_bao/1-1-0-42" in fetch(server, "/publ/thong_bao/1-2")[1]


# --- traps --------------------------------------------------------------------------------


def test_calendar_walks_back_to_2012(server):
    target, steps = "/news/2026-11", 0
    while True:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        prev = re.search(
            r'class="calMonthLink cal-month-link-prev" rel="nofollow" href="([^"]+)"', body
        )
        if not prev:
            break
        target, steps = prev.group(1), steps + 1
    assert target == "/news/2012-09" and steps == 170
    assert "Không có mục nào" in fetch(server, "/news/2019-04")[1]
    assert fetch(server, "/news/2012-08")[0] == 404
    assert fetch(server, "/news/2026-12")[0] == 404
    status, body, _ = fetch(server, "/news/2026-11-20")
    assert status == 200 and portal._N188 in body and 'class="eTitle"' in body
    assert fetch(server, "/news/2015-03-08")[0] == 200
    assert fetch(server, "/news/2026-11-31")[0] == 404
    # the archive entries are list entries: a shortened message and "Xem thêm"
    assert "Xem thêm" in page_text(body)


def test_twins_print_and_comment_pages(server):
    short = "/news/2026-11-20-188"
    _, body, _ = fetch(server, portal._N188)
    assert f'href="{short}?print"' in body
    assert f'href="{portal._N188}?page2"' in body
    assert page_text(body).count("Lò Văn Tú") == 1
    _, twin, _ = fetch(server, short)
    assert twin == body
    status, printed, _ = fetch(server, short + "?print")
    assert status == 200 and 'id="uCozBar"' not in printed and "Buổi lễ khép lại" in printed
    _, page2, _ = fetch(server, portal._N188 + "?page2")
    text2 = page_text(page2)
    assert "Buổi lễ khép lại" in text2 and "Lường Văn Mạnh" in text2 and "Lò Văn Tú" not in text2
    _, informer, _ = fetch(server, "/index/0-2")
    assert f'href="{short}"' in informer
    assert fetch(server, portal._N187 + "?page2")[0] == 404
    assert fetch(server, "/news/wrong_slug/2026-11-20-188")[0] == 404


def test_non_article_pages(server):
    for path in [
        *portal.NON_ARTICLES,
        "/index/1",
        "/index/3",
        "/index/8-2",
        "/index/8-3",
        "/photo/",
        "/photo/1",
        "/publ/",
    ]:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert TODAY in body
        assert '<td class="eTitle" style="padding-bottom:3px;">' not in body, path
    assert fetch(server, "/index/8-9")[0] == 404
    _, body, _ = fetch(server, "/index/8-1")
    assert "14.09.2012" in body and "Quản trị viên" in body
    _, body, _ = fetch(server, "/photo/1-0-12")
    assert (
        "05.09.2026" in body and "/_ph/1/2/412306723.jpg" in body and 'href="/photo/1-0-13"' in body
    )
    _, body, _ = fetch(server, "/index/0-2")
    assert "GIỚI THIỆU TRƯỜNG THCS SƠN BÌNH" in body
    _, body, _ = fetch(server, "/index/0-3")
    assert 'name="mform"' in body


def test_chrome_everywhere(server):
    _, body, _ = fetch(server, "/")
    for marker in (
        "https://www.ucoz.com/",
        "Tổng số trực tuyến",
        "Liên kết website",
        "Tin mới",
        'class="calTable"',
        "<!--<s5176>-->",
    ):
        assert marker in body
    assert 'href="/index/1"' in body and 'href="/index/3"' in body
