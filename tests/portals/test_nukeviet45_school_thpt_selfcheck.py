"""Self-checks of the NukeViet 4.5 THPT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet45_school_thpt as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".xlsx")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible(body: str) -> str:
    """The page's text as a reader sees it, collapsed."""
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


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


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    """BFS over href links; a redirect's Location counts as a link."""
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        found = links(server, body) if status == 200 else []
        if status in (301, 302) and "Location" in headers:
            found = links(server, f'href="{headers["Location"]}"')
        for href in found:
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or ""):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        for name in (*g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", name) == name and name == name.strip()
            assert not name.startswith(("ThS", "TS.")) and name not in ("admin", "Ban biên tập")
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/")
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 3 for c in portal.CATEGORIES.values())


def test_gold_pages_print_title_and_body(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = visible(body)
        assert f'<h1 class="nd-title">{_html.escape(g["title"])}</h1>' in body
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert collapse(cell) in text, (g["path"], cell)
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        assert len(g["alt_paths"]) == 2
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _html.escape(g["title"]) in body
            assert g["body"].split("\n\n")[-1].split(" | ")[0] in visible(body)
        _, vi, _ = fetch(server, g["alt_paths"][0])
        assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in vi
        _, pr, _ = fetch(server, g["alt_paths"][1])
        assert 'rel="canonical"' not in pr and "window.print()" in pr


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="nd-title"' not in body


def test_every_article_is_reachable_from_start(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target


def test_header_today_and_split_date_time(server):
    story = portal.A_NHAGIAO
    _, body, _ = fetch(server, portal.art_path(story))
    assert portal.HEADER_TODAY in body
    assert (
        '<span class="nd-date"><em class="fa fa-calendar"></em> Thứ sáu, 20/11/2026</span>' in body
    )
    assert '<span class="nd-time"><em class="fa fa-clock-o"></em> 09:30</span>' in body
    assert "Cập nhật: 03/12/2026 16:40" in body
    assert "Thứ sáu - 20/11/2026 09:30" not in body


def test_seo_title_differs_from_headline(server):
    _, body, _ = fetch(server, portal.art_path(portal.A_TKB))
    title = re.search(r"<title>(.*?)</title>", body).group(1)
    assert "Thời khóa biểu HK1 2026-2027" in title and "THÔNG BÁO" not in title
    assert '<h1 class="nd-title">THÔNG BÁO: Điều chỉnh' in body


def test_breadcrumb_starts_with_module_title(server):
    _, body, _ = fetch(server, portal.art_path(portal.B_RUNGCHUONG))
    crumbs = re.findall(
        r"<span>([^<]+)</span></a></li>", body.split('class="breadcrumbs"')[1].split("</ul>")[0]
    )
    assert crumbs[:2] == ["Tin tức", "Hoạt động Đoàn - Đội"]


def test_secondary_category_form_redirects(server):
    story = portal.B_KETNAP
    alt = portal.art_path(story, cat="tin-tuc-su-kien")
    status, _, headers = fetch(server, alt)
    assert status == 301 and headers["Location"].endswith(portal.art_path(story))
    _, page2, _ = fetch(server, "/news/tin-tuc-su-kien/page-2")
    assert alt in page2 and portal.art_path(portal.A_TKB) in page2


def test_hidden_hometext_only_in_listing(server):
    story = portal.A_PCCC
    lead = story.opts["hometext"]
    _, page, _ = fetch(server, portal.art_path(story))
    assert f'<meta name="description" content="{lead}">' in page
    assert lead not in page.split('<h1 class="nd-title">')[1]
    assert 'class="nd-hometext"' not in page
    _, listing, _ = fetch(server, "/news/tin-tuc-su-kien/")
    assert lead in listing


def test_homeimg_variants(server):
    _, body, _ = fetch(server, portal.art_path(portal.D_HUONGNGHIEP))
    fig = body.split('<figure class="nd-homeimg')[1].split("</figure>")[0]
    assert "figcaption" not in fig and _html.escape(portal.D_HUONGNGHIEP.title) in fig
    for story in (portal.C_TOTNGHIEP, portal.D_HOCBA):
        _, body, _ = fetch(server, portal.art_path(story))
        assert "nd-homeimg" not in body
        # og:image still names the illustration: metadata, not a photo the page prints
        assert story.opts["homeimg"] not in body.split('<h1 class="nd-title">')[1]
    _, body, _ = fetch(server, "/news/")
    assert portal.C_TOTNGHIEP.opts["homeimg"].replace("/uploads/", "/assets/") not in body


def test_credit_lines_and_boundaries(server):
    _, body, _ = fetch(server, portal.art_path(portal.A_HOINGHI))
    assert "<strong>Tác giả:</strong> ThS. Nguyễn Văn Hùng - Phó Hiệu trưởng" in body
    assert "Người đăng: admin_nt" in body
    _, body, _ = fetch(server, portal.art_path(portal.B_CHUNHATXANH))
    assert "Tin: Lê Thị Thu Hà - Ảnh: Trần Gia Huy (12A3)" in body
    _, body, _ = fetch(server, portal.art_path(portal.D_HUONGNGHIEP))
    assert 'rel="nofollow" target="_blank">Báo Tây Ninh</a>' in body
    assert 'class="tbl-img"' in body and 'class="caption"' in body
    _, body, _ = fetch(server, portal.art_path(portal.D_QUYCHE))
    assert "<em>(Theo Báo Giáo dục &amp; Thời đại)</em>" in body
    _, body, _ = fetch(server, portal.art_path(portal.A_TKB))
    assert "Tệp đính kèm" in body and "Ban biên tập" in body
    assert "Tổng số điểm của bài viết là" in body and "Tin mới hơn" in body
    _, body, _ = fetch(server, portal.art_path(portal.D_HOCBA))
    assert "<br />\nĐáp: Theo quy chế" in body


def test_pagers(server):
    _, p1, _ = fetch(server, "/news/")
    assert 'href="/news/page-2"' in p1 and 'href="/news/page-3"' in p1
    _, p3, _ = fetch(server, "/news/page-3")
    assert portal.art_path(portal.C_QUYETDINH) in p3 and 'href="/news/"' in p3
    assert fetch(server, "/news/page-4")[0] == 404
    assert fetch(server, "/news/page-1")[0] == 404
    _, c1, _ = fetch(server, "/news/tin-tuc-su-kien/")
    assert "Trang sau »" in c1 and 'class="pagination"' not in c1
    assert portal.art_path(portal.A_TKB) not in c1
    assert fetch(server, "/news/tin-tuc-su-kien/page-3")[0] == 404
    _, home, _ = fetch(server, "/")
    assert portal.art_path(portal.A_TKB) not in home
    assert portal.art_path(portal.A_NHAGIAO, prefix="/vi") in home
    assert 'href="javascript:void(0)"' in home


def test_unknown_pages_are_404(server):
    story = portal.A_NHAGIAO
    assert fetch(server, f"/news/{story.cat}/{story.slug}-999.html")[0] == 404
    assert fetch(server, "/news/khong-co/")[0] == 404
    assert fetch(server, portal.art_path(story) + "?ref=x")[0] == 404
