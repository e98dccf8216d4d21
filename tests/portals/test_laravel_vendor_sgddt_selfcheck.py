"""Self-checks of the Laravel vendor Sở GD&ĐT Hậu Giang fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import laravel_vendor_sgddt as portal
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
T_OLDEST = "/tin-tuc/hon-185-000-hoc-sinh-buoc-vao-nam-hoc-moi-2026-2027.html"
B_OLDEST = "/thong-bao/dieu-chinh-thoi-gian-thi-hsg-lop-9-cap-tinh-nam-hoc-2026-2027.html"
B_MIDDLE = "/thong-bao/thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2.html"
T_DX = "/tin-tuc/hoi-nghi-tap-huan-chuyen-doi-so-trong-quan-ly-giao-duc-nam-2026.html"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(fragment: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def region(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def content_of(body: str) -> str:
    if '<div class="post-content">' in body:
        return region(body, '<div class="post-content">', '<div class="post-tools">')
    part = region(body, '<div class="notice-body">', '<div class="notice-tools">')
    return part.split('<div class="attach-box">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "quantri", "Tư liệu", "BBT")
            assert "(" not in name and "ThS." not in name
        assert g["published_at"][:10] < "2026-12-05"
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and "laravel_session=" in headers.get("Set-Cookie", "")
    story = portal.BY_SLUG[gold["path"].rsplit("/", 1)[1][: -len(".html")]]
    tag = "h2 class=\"notice-title\"" if story.cat == "thong-bao" else 'h1 class="post-title"'
    assert f"<{tag}>{_html.escape(gold['title'])}</" in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY in body
    crumb = region(body, 'class="breadcrumb"', "</ol>")
    assert shown(crumb).endswith(gold["category"])
    text = shown(content_of(body))
    paras = gold["body"].split("\n\n")
    if gold["summary"] and story.sapo_outside:
        assert gold["summary"] in shown(region(body, '<div class="post-sapo">', "</div>"))
        paras = paras[1:]
    pos = 0
    for para in paras:
        for piece in para.split(" | "):
            found = text.find(piece, pos if " | " not in para else 0)
            assert found >= 0, (gold["path"], piece)
        if " | " not in para:
            pos = text.find(para, pos)
    for img in gold["images"]:
        assert f'"{server.base_url}{img["path"]}"' in content_of(body)
        if img["caption"]:
            assert _html.escape(img["caption"]) in content_of(body)
    for name in gold["authors"]:
        assert _html.escape(name) in body
    if gold["source"]:
        assert gold["source"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    assert gold["alt_paths"]
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"]) in body
        assert gold["body"].split("\n\n")[-1][:50] in shown(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="post-title"' not in body and 'class="notice-title"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_on_later_listing_pages(server):
    first_pages = [fetch(server, "/")[1]]
    first_pages += [fetch(server, f"/danh-muc/{k}")[1] for k in portal.CATEGORIES]
    for g in portal.GOLD:
        if g["path"] not in (T_OLDEST, B_OLDEST):
            first_pages.append(fetch(server, g["path"])[1])
    joined = "\n".join(first_pages)
    for path in (T_OLDEST, B_OLDEST):
        assert path not in joined, path
    _, page2, _ = fetch(server, "/danh-muc/tin-tuc-su-kien?page=2")
    assert T_OLDEST in page2 and 'rel="prev"' in page2
    _, page2, _ = fetch(server, "/danh-muc/thong-bao?page=2")
    assert B_OLDEST in page2
    _, home, _ = fetch(server, "/")
    for path in (T_DX, B_MIDDLE):
        assert path not in home
    _, tb1, _ = fetch(server, "/danh-muc/thong-bao")
    assert B_MIDDLE in tb1 and tb1.count('class="card card-doc"') >= 6
    assert f'href="{server.base_url}/danh-muc/thong-bao?page=2" rel="next"' in tb1


def test_out_of_range_page_is_an_empty_grid(server):
    status, body, _ = fetch(server, "/danh-muc/tin-tuc-su-kien?page=99")
    assert status == 200 and "Chưa có bài viết nào." in body
    assert fetch(server, "/danh-muc/khong-co")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404 and fetch(server, "/sitemap.xml")[0] == 404


def test_heading_and_title_traps(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        assert '<h1 class="site-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO<br>' in body
        if g["path"].startswith("/thong-bao/"):
            assert body.count("<h1") == 1
    _, body, _ = fetch(server, "/tin-tuc/hau-giang-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam.html")
    assert 'og:title" content="Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11"' in body
    _, grid, _ = fetch(server, "/danh-muc/thong-bao")
    assert "Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)</a>" in grid
    _, grid, _ = fetch(server, "/danh-muc/hoat-dong-nganh")
    assert "Phòng GD&amp;ĐT huyện Châu Thành A tổ chức Hội thi giáo viên chủ..." in grid


def test_date_and_author_traps(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "Thứ Năm, 03/12/2026 - 16:45" in body and "Cập nhật: 04/12/2026 09:12" in body
    _, body, _ = fetch(server, portal.GOLD[10]["path"])
    assert "Đăng lúc 08:00 ngày 02/12/2026" in body and "Người đăng: quantri" in body
    assert "Vị Thanh, ngày 01 tháng 12 năm 2026" in body
    _, body, _ = fetch(server, B_OLDEST)
    assert "Ngày đăng: 20/10/2026 " in body and "Đăng lúc" not in body
    _, body, _ = fetch(server, T_DX)
    assert "Tác giả: ThS. Lê Hoàng Nam" in body and "Theo kế hoạch, đến hết năm 2026" in body
    assert "Buổi sáng: Cơ sở dữ liệu ngành và học bạ số.<br>Buổi chiều" in body
    _, body, _ = fetch(server, portal.GOLD[2]["path"])
    assert "Tin: Kim Ngân - Ảnh: Hữu Phước" in body


def test_summary_and_boundary_traps(server):
    _, body, _ = fetch(server, "/tin-tuc/chau-thanh-a-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc.html")
    assert '<div class="post-sapo"><p>&nbsp;</p></div>' in body and '<meta name="description" content="Từ ngày 09' in body
    _, body, _ = fetch(server, "/tin-tuc/hau-giang-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam.html")
    content = content_of(body)
    assert '<div class="box-lienquan"><p><strong>Tin liên quan:</strong>' in content
    assert "Tin liên quan" not in portal.GOLD[2]["body"]
    assert 'class="post-sapo"' not in body and "<b>Sáng 19/11" in content
    _, body, _ = fetch(server, portal.GOLD[11]["path"])
    assert "File đính kèm:" in body and "File đính kèm" not in content_of(body)


def test_image_traps(server):
    _, body, _ = fetch(server, "/tin-tuc/khai-mac-hoi-khoe-phu-dong-tinh-hau-giang-lan-thu-xi-nam-2026.html")
    content = content_of(body)
    assert content.count(f'src="{server.base_url}/images/loading.gif" data-src=') == 2
    path = "/tin-tuc/nam-sinh-lop-9-tra-lai-tai-san-nhat-duoc-cho-nguoi-danh-roi.html"
    _, body, _ = fetch(server, path)
    og = re.search(r'og:image" content="([^"]+)"', body).group(1)
    assert "<img" not in content_of(body) and og.endswith(".jpg")
    assert portal.GOLD[9]["images"] == []
    _, body, _ = fetch(server, "/tin-tuc/truong-thpt-vi-thanh-to-chuc-ngay-hoi-stem-nam-hoc-2026-2027.html")
    assert content_of(body).count("<figcaption>") == 2
    gold = next(g for g in portal.GOLD if "chau-thanh-a" in g["path"])
    assert gold["images"][0]["caption"] is None


def test_notice_served_under_both_prefixes(server):
    for g in portal.GOLD:
        if not g["path"].startswith("/thong-bao/"):
            assert fetch(server, g["path"].replace("/tin-tuc/", "/thong-bao/"))[0] == 404
            continue
        alt = g["path"].replace("/thong-bao/", "/tin-tuc/")
        status, body, _ = fetch(server, alt)
        assert status == 200 and f'rel="canonical" href="{server.base_url}{g["path"]}"' in body
    _, home, _ = fetch(server, "/")
    assert f'{server.base_url}/tin-tuc/lich-tiep-cong-dan-thang-12-2026-cua-giam-doc-so.html' in home
    assert "utm_source=home&amp;utm_medium=slider" in home
    status, body, _ = fetch(server, "/in-bai/1")
    assert status == 200 and "canonical" not in body and "window.print()" in body
