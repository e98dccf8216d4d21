"""Self-checks of the Django vendor Sở GD&ĐT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import django_vendor_sgddt as portal
from tests.portals._common import collapse
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(body: str) -> str:
    """The page's text as a reader sees it, collapsed."""
    no_script = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", no_script)))


def links(server: PortalServer, current: str, body: str, follow_pages: bool = True) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("mailto:", "javascript:", "#")):
            continue
        absolute = urljoin(server.base_url + current, href)
        if not absolute.startswith(server.base_url + "/"):
            continue
        target = absolute[len(server.base_url) :]
        if urlsplit(target).path.endswith(ASSETS):
            continue
        if not follow_pages and "page=" in target:
            continue
        out.append(target)
    return out


def walk(server: PortalServer, start: str, follow_pages: bool = True, limit: int = 500) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, target, body, follow_pages):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 6
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/media/uploads/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "quantri", "BBT", "Internet")
            assert "(" not in name and " - " not in name and not name.startswith(("ThS.", "TS."))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = shown(body)
    assert gold["title"] in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            cells = para.split(" | ")
            assert all(c in text for c in cells), para
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    assert portal.TODAY_QT in body
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text


def test_gold_dates_as_printed(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        line = portal.BY_SLUG[g["path"].rstrip("/").rsplit("/", 1)[1]].opts["line"]
        assert _html.escape(line) in body
        d = g["published_at"]
        assert f"{d[8:10]}/{d[5:7]}/{d[:4]}" in line
        if "T" in d:
            hh, mm = int(d[11:13]), d[14:16]
            if " CH" in line:
                assert f"{hh - 12:02d}:{mm} CH" in line
            else:
                assert f"{hh:02d}:{mm}" in line
        else:
            assert not re.search(r"\d{2}:\d{2}", line)


def test_every_gold_reachable_by_links(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]


def test_deep_articles_need_the_pager(server):
    seen = walk(server, portal.START_PATH, follow_pages=False)
    deep = {
        "/tin-tuc/2026/09/tap-huan-tu-danh-gia-co-so-giao-duc/",
        "/tin-tuc/2026/11/thong-bao-tuyen-dung-vien-chuc-2026/",
        "/tin-tuc/2026/10/thong-bao-nghi-hoc-tranh-bao-so-10/",
    }
    assert deep <= {g["path"] for g in portal.GOLD}
    assert not deep & seen
    _, p2, _ = fetch(server, "/chuyen-muc/thong-bao/?page=2")
    _, p3, _ = fetch(server, "/chuyen-muc/thong-bao/?page=3")
    assert "thong-bao-tuyen-dung-vien-chuc-2026" in p2 and "thong-bao-nghi-hoc" not in p2
    assert "thong-bao-nghi-hoc-tranh-bao-so-10" in p3
    _, k1, _ = fetch(server, "/chuyen-muc/khao-thi-kiem-dinh/")
    _, k2, _ = fetch(server, "/chuyen-muc/khao-thi-kiem-dinh/?page=2")
    assert "tap-huan-tu-danh-gia" not in k1 and "tap-huan-tu-danh-gia" in k2


def test_pager_is_query_relative_and_xem_them_is_a_fragment(server):
    _, body, _ = fetch(server, "/chuyen-muc/thong-bao/")
    assert 'href="?page=2"' in body and 'href="/chuyen-muc/thong-bao/?page=2"' not in body
    assert 'data-url="/chuyen-muc/thong-bao/?page=2&amp;ajax=1"' in body
    assert body.count('class="list-item media"') == 10
    status, frag, _ = fetch(server, "/chuyen-muc/thong-bao/?page=2&ajax=1")
    assert status == 200 and "<html" not in frag and "thong-bao-tuyen-dung-vien-chuc-2026" in frag
    assert frag.count('class="list-item media"') == 10


def test_django_get_page_clamps(server):
    _, last, _ = fetch(server, "/chuyen-muc/thong-bao/?page=3")
    status, far, _ = fetch(server, "/chuyen-muc/thong-bao/?page=99")
    assert status == 200 and shown(far) == shown(last)
    _, first, _ = fetch(server, "/chuyen-muc/thong-bao/")
    status, bad, _ = fetch(server, "/chuyen-muc/thong-bao/?page=abc")
    assert status == 200 and shown(bad) == shown(first)


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            text = shown(body)
            assert g["title"] in text
            for para in g["body"].split("\n\n"):
                assert para.split(" | ")[0] in text
            if "/in/" in alt:
                assert 'rel="canonical"' not in body
            else:
                assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
    _, home, _ = fetch(server, "/")
    assert home.count("utm_source=trangchu&amp;utm_medium=slider") == 3


def test_append_slash_redirects(server):
    g = portal.GOLD[0]
    status, _, headers = fetch(server, g["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == g["path"]
    assert fetch(server, "/tin-tuc/2026/01/" + g["path"].split("/")[4] + "/")[0] == 404


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "news-detail" not in body and "post-detail" not in body, path
    seen = walk(server, portal.START_PATH)
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_title_traps(server):
    _, body, _ = fetch(server, "/tin-tuc/2026/12/trao-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-vung-lu/")
    assert '<p class="news-kicker">Hướng về vùng lũ</p>' in body
    assert "- Sở GD&amp;ĐT Quảng Trị</title>" in body
    _, body, _ = fetch(server, "/tin-tuc/2026/11/ket-qua-danh-gia-ngoai-cong-nhan-truong-dat-chuan-dot-2/")
    assert '<h1 class="logo-text">' in body and '<h2 class="post-title">' in body
    assert body.count("<h1") == 1


def test_date_and_credit_traps(server):
    _, body, _ = fetch(server, "/tin-tuc/2026/11/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/")
    assert "Thứ Sáu, 20/11/2026 - 09:30" in body and "Cập nhật: 21/11/2026 10:12" in body
    assert 'article:modified_time" content="2026-11-21T10:12:00+07:00"' in body
    assert 'src="/static/images/lazy.gif" data-src="/media/uploads/2026/11/20-11-quang-canh.jpg"' in body
    _, body, _ = fetch(server, "/tin-tuc/2026/09/tap-huan-tu-danh-gia-co-so-giao-duc/")
    assert "Đăng lúc 09:20 SA, 25/09/2026" in body and "ThS. Nguyễn Hữu Phước" in body
    _, body, _ = fetch(server, "/tin-tuc/2026/10/tieng-anh-tu-chon-lop-1-lop-2/")
    assert "Tác giả: Lê Thị Hồng Nhung" in body and "<em>Theo Bộ GD&amp;ĐT</em>" in body
    assert "dạy học:<br>" in body


def test_summary_and_body_boundary_traps(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        assert '<meta name="description"' in body and "og:description" in body
    _, body, _ = fetch(server, "/tin-tuc/2026/11/huong-dan-kiem-tra-giua-hoc-ky-i/")
    assert "Theo Công văn số 2150/BGDĐT-GDTrH" in body and "Tệp đính kèm" in body
    gold = next(g for g in portal.GOLD if "huong-dan-kiem-tra" in g["path"])
    assert gold["source"] is None and gold["summary"] is None
    _, body, _ = fetch(server, "/tin-tuc/2026/12/trao-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-vung-lu/")
    content = body.split('<div class="news-content rich-text">')[1].split("</article>")[0]
    assert 'class="box-tinlienquan"' in content and 'href="/bai-viet/1163/"' in content
    _, body, _ = fetch(server, "/tin-tuc/2026/10/hoi-thao-cong-chuc-vien-chuc-nganh-giao-duc-2026/")
    assert body.count('class="tplCaption"') == 2 and '<td class="Image"' in body


def test_category_labels_differ_from_display_form(server):
    _, home, _ = fetch(server, "/")
    assert ">GDMN - GDTH</a>" in home and ">GD Trung học</a>" in home
    _, body, _ = fetch(server, "/tin-tuc/2026/12/thi-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027/")
    assert '<a href="/chuyen-muc/giao-duc-trung-hoc/">Giáo dục trung học</a>' in body


def test_no_robots_no_sitemap(server):
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404
    assert fetch(server, "/bai-viet/99999/")[0] == 404
