"""Self-checks of the WordPress + WPBakery TCT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_wpbakery_tct as portal
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


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
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
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = headers["Location"].replace(server.base_url, "") or "/"
            if loc not in seen:
                seen.add(loc)
                queue.append(loc)
            continue
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_of(body: str) -> str:
    return body.split('<div class="content-inner">', 1)[1].split('<div class="jnews_related', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
            assert "[vc_" not in value and "[/vc_" not in value and "[caption" not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban Biên tập", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS."))
            assert "(" not in name and " - " not in name
        assert re.fullmatch(r"/[a-z-]+/[a-z0-9-]+\.html", g["path"])
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="jeg_post_title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    y, m, d = gold["published_at"].split("-")
    assert f'<span class="meta_text">Đăng ngày</span> <a href="{gold["path"]}">{d}/{m}/{y}</a>' in body
    assert "Ban Biên tập</a>" in body and portal.TODAY in body
    assert f'class="breadcrumb_last_link">{_html.escape(gold["title"])}</span>' in body
    assert f'/chuyen-muc/{gold["path"].split("/")[1]}/">{_html.escape(gold["category"])}</a>' in body
    content = shown_text(content_of(body))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in content, cell
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in shown_text(body), name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in content


def test_wpbakery_markup(server):
    _, body, _ = fetch(server, portal.GOLD[1]["path"])
    content = content_of(body)
    assert '<div class="vc_row wpb_row vc_row-fluid">' in content
    assert 'class="wpb_column vc_column_container vc_col-sm-8"' in content
    assert 'class="wpb_column vc_column_container vc_col-sm-4"' in content
    assert content.count('class="wpb_text_column wpb_content_element') >= 3
    assert 'figcaption class="vc_figure-caption"' in content
    assert "vc_btn3-container" in content and "Tải văn bản</a>" in content
    # the side box: after the main column, three lines in one <p> with <br>
    _main_col, side_col = content.split("vc_col-sm-4", 1)
    assert "Thông tin thêm" in side_col and side_col.count("<br />") == 2
    assert "Địa điểm: Trường Chính trị tỉnh Phú Yên" in side_col
    pdf = re.search(r'href="(/wp-content/uploads/[^"]+\.pdf)"', content).group(1)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    content = content_of(body)
    assert 'class="vc_custom_heading' in content and "vc_separator" in content
    assert '<div class="wpb_text_column wpb_content_element tct-sapo">' in content


def test_raw_shortcodes_of_old_posts(server):
    hn = next(g for g in portal.GOLD if g["path"].endswith(portal.S_HNCBVC + ".html"))
    _, body, _ = fetch(server, hn["path"])
    assert "<p>[vc_row][vc_column]</p>" in body
    assert "<p>[vc_column_text]Sáng ngày 19/11/2026, " in body
    assert "thành công tốt đẹp.[/vc_column_text]</p>" in body
    assert "<p>[/vc_column][/vc_row]</p>" in body
    assert 'style="text-align: right;">Tổ Văn phòng</p>' in body
    assert "Cập nhật:</span> 20/11/2026" in body
    cc = next(g for g in portal.GOLD if g["path"].endswith(portal.S_CAOCAP + ".html"))
    _, body, _ = fetch(server, cc["path"])
    assert "<p>[vc_row][vc_column][vc_column_text]</p>" in body
    assert '[caption id="attachment_12" align="aligncenter" width="600"]<img ' in body
    assert " Lễ khai giảng[/caption]" in body
    assert cc["images"] == [{"path": "/wp-content/uploads/2026/09/le-khai-giang-cao-cap.jpg", "caption": "Lễ khai giảng"}]
    assert "vc_row wpb_row" not in content_of(body)


def test_author_box_on_research_posts(server):
    g = next(g for g in portal.GOLD if g["path"].endswith(portal.S_GANTHUCTIEN + ".html"))
    _, body, _ = fetch(server, g["path"])
    assert '<span class="tct-author-label">Tác giả:</span> <strong>ThS. Phan Thị Lệ</strong>' in body
    assert g["authors"] == ["Phan Thị Lệ"]
    g = next(g for g in portal.GOLD if g["path"].endswith(portal.S_PHUONGPHAP + ".html"))
    assert g["source"] == "Tạp chí Tuyên giáo" and g["authors"] == ["Hoàng Văn Nghĩa"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Đăng ngày</span>" not in body, path
        assert "article:published_time" not in body, path
    _, body, _ = fetch(server, "/gioi-thieu/")
    assert "vc_row wpb_row vc_row-fluid" in body
    _, body, _ = fetch(server, "/thu-vien-anh/")
    assert "wpb_gallery" in body
    _, body, _ = fetch(server, "/lich-giang/")
    assert "<table" in body and "26/11/2026" in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination(server):
    status, body, _ = fetch(server, "/chuyen-muc/tin-hoat-dong/")
    assert status == 200 and 'href="/chuyen-muc/tin-hoat-dong/page/2/"' in body
    assert body.count('class="jeg_readmore"') == 6
    oldest = portal.post_path(portal.BY_PATH[f"/tin-hoat-dong/{portal.S_HOITHAO}.html"])
    assert oldest not in body
    status, body2, _ = fetch(server, "/chuyen-muc/tin-hoat-dong/page/2/")
    assert status == 200 and f'href="{oldest}"' in body2
    assert fetch(server, "/chuyen-muc/tin-hoat-dong/page/3/")[0] == 404
    status, _, headers = fetch(server, "/chuyen-muc/tin-hoat-dong/page/1/")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/tin-hoat-dong/")
    # the oldest Tin hoạt động post is on no first page and in no related list / mega menu
    for target in ("/", "/tin-tuc/", "/chuyen-muc/tin-hoat-dong/", *portal.BY_PATH):
        if target != oldest:
            assert f'href="{oldest}"' not in fetch(server, target)[1], target
    caocap = f"/dao-tao-boi-duong/{portal.S_CAOCAP}.html"
    assert f'href="{caocap}"' in fetch(server, "/tin-tuc/page/3/")[1]
    first = fetch(server, "/tin-tuc/")[1].split('class="jeg_archive_header"', 1)[1]
    assert f'href="{caocap}"' not in first.split('class="jeg_sidebar', 1)[0]
    assert fetch(server, "/tin-tuc/page/4/")[0] == 404


def test_duplicates_amp_shortlink_replytocom(server):
    for g in portal.GOLD:
        story = portal.BY_PATH[g["path"]]
        status, _, headers = fetch(server, f"/?p={story.id}")
        assert status == 301 and headers["Location"] == server.base_url + g["path"]
        _, page, _ = fetch(server, g["path"])
        assert f'<link rel="amphtml" href="{server.base_url}{g["path"]}/amp/">' in page
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _html.escape(g["title"]) in body
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
            text = shown_text(body)
            for para in g["body"].split("\n\n"):
                assert para.split(" | ")[0] in text
    g = portal.GOLD[0]
    _, amp, _ = fetch(server, g["path"] + "/amp/")
    assert "<amp-img " in amp and "ngày trước</time>" in amp and "Đăng ngày" not in amp
    _, page, _ = fetch(server, g["path"])
    assert f'href="{g["path"]}?replytocom=845#respond"' in page
    assert "20/11/2026 lúc 9:15 sáng" in page
    _, reply, _ = fetch(server, g["path"] + "?replytocom=845")
    assert "Trả lời Nguyễn Văn An" in reply


def test_chrome(server):
    _, body, _ = fetch(server, "/")
    assert portal.TODAY in body
    assert "Đang online: 7" in body and "Hôm nay: 312" in body and "Tổng: 456.789" in body
    assert 'class="jeg_navbar_mobile_wrapper jeg_stickybar"' in body
    assert body.count('href="/chuyen-muc/nghien-cuu-trao-doi/"') >= 3
    assert "Số 130 Lê Duẩn" in body and "0257.3823.456" in body
    _, page, _ = fetch(server, portal.GOLD[2]["path"])
    assert "Bài viết liên quan" in page and "javascript:window.print()" in page


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
    assert fetch(server, "/?p=99999")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co/")[0] == 404
    assert fetch(server, "/tin-hoat-dong/khong-co-bai.html")[0] == 404
