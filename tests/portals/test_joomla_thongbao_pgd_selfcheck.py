"""Self-checks of the Joomla 3.9 PGD Cam Lộ fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla_thongbao_pgd as portal
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
BY_PATH = {portal.sef(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_body(page: str) -> str:
    return page.split('<div itemprop="articleBody">', 1)[1].split('<ul class="pager pagenav">', 1)[0]


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
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
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in (portal.ADMIN, "BBT")
        assert len(g["body"].split("\n\n")) >= 1
    cats = [g["category"] for g in portal.GOLD]
    assert cats.count("Thông báo") == 5
    assert cats.count("Tin tức") + cats.count("Chuyên môn") == 8
    assert "Văn bản" not in cats


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 itemprop="headline">{_html.escape(gold["title"])}</h2>' in body
    story = BY_PATH[gold["path"]]
    assert f"Được đăng: {portal.joomla_date(gold['published_at'])}</time>" in body
    assert f"Danh mục: <a href=\"/index.php/{story.cat}\" itemprop=\"genre\">{_html.escape(gold['category'])}</a>" in body
    crumbs = body.split('class="breadcrumb">', 1)[1].split("</ul>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a>" in crumbs
    text = shown(article_body(body))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in article_body(body)
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert portal.TODAY_LINE in body
    assert portal.TODAY_LINE[len("Hôm nay: ") :] not in article_body(body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_and_nonsef_twins(server, gold):
    printed, nonsef = gold["alt_paths"]
    _, page, _ = fetch(server, gold["path"])
    assert f'href="{_html.escape(printed)}"' in page
    status, body, _ = fetch(server, printed)
    assert status == 200 and 'content="noindex, nofollow"' in body
    assert f'<h2 itemprop="headline">{_html.escape(gold["title"])}</h2>' in body
    assert 'class="cl-header"' not in body and "pagenav" not in body
    assert shown(article_body(body + '<ul class="pager pagenav">')) == shown(article_body(page))
    status, body, _ = fetch(server, nonsef)
    assert status == 200
    assert article_body(body) == article_body(page)


def test_nonsef_links_in_most_read_module(server):
    _, home, _ = fetch(server, "/")
    block = home.split("Tin xem nhiều", 1)[1].split("</ul>", 1)[0]
    found = [_html.unescape(h) for h in re.findall(r'href="([^"]+)"', block)]
    assert len(found) == 5 and all(h.startswith("/index.php?option=com_content") for h in found)
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert set(found) <= alts


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Được đăng:" not in body.split('<main id="content"', 1)[1], path
        assert 'itemprop="datePublished"' not in body, path
    assert "Không có bài viết nào trong chuyên mục này." in fetch(server, "/index.php/thi-dua-khen-thuong")[1]
    assert 'class="contact"' in fetch(server, "/index.php/lien-he")[1]
    entry = fetch(server, portal.NON_ARTICLES[6])[1]
    assert "Trích yếu" in entry and "1312/PGDĐT-CM" in entry and ".pdf" in entry


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_tin_tuc_blog_pagination_and_child_category(server):
    status, page1, _ = fetch(server, "/index.php/tin-tuc")
    assert status == 200
    assert "Đầu" in page1 and "Cuối" in page1 and "Trang 1 / 2" in page1
    assert 'href="/index.php/tin-tuc?start=6"' in page1
    status, page2, _ = fetch(server, "/index.php/tin-tuc?start=6")
    assert status == 200 and "Trang 2 / 2" in page2
    for story in (portal.N_MUALU, portal.N_PCCC):
        assert portal.sef(story) in page2
        assert portal.sef(story) not in page1
        _, home, _ = fetch(server, "/")
        assert portal.sef(story) not in home
    # the child category's articles are in the parent blog, under their own menu alias
    assert portal.sef(portal.N_STEM) in page1 and "/index.php/chuyen-mon/" in portal.sef(portal.N_STEM)
    assert "Danh mục: <a href=\"/index.php/chuyen-mon\"" in page1
    assert fetch(server, "/index.php/tin-tuc?start=12")[0] == 404
    assert fetch(server, "/index.php/tin-tuc?start=3")[0] == 404
    status, vb3, _ = fetch(server, "/index.php/van-ban?start=12")
    assert status == 200 and "Trang 3 / 3" in vb3


def test_readmore_split_intro(server):
    story = portal.N_STEM
    _, blog, _ = fetch(server, "/index.php/chuyen-mon")
    item = blog.split(portal.sef(story), 1)[1].split('class="readmore"', 1)[0]
    assert story.summary is not None and _html.escape(story.summary) in item
    assert "Tiết dạy minh họa" not in item
    _, page, _ = fetch(server, portal.sef(story))
    intro = page.split('<div class="intro-text">', 1)[1].split("</div>", 1)[0]
    assert _html.escape(story.summary) in intro
    assert "Tiết dạy minh họa" in article_body(page)


def test_announcements_are_mostly_attachments(server):
    gold = {g["path"]: g for g in portal.GOLD}
    for story in (portal.T_LICHKT, portal.T_GVCN, portal.T_CDS, portal.T_SANGKIEN, portal.T_MUALU):
        g = gold[portal.sef(story)]
        assert "Tải về" not in g["body"] and ".pdf" not in g["body"] and "KB" not in g["body"]
        assert len(g["body"].split("\n\n")) <= 2
    _, page, _ = fetch(server, portal.sef(portal.T_LICHKT))
    assert ">Tải về</strong></a>" in article_body(page)
    _, page, _ = fetch(server, portal.sef(portal.T_GVCN))
    assert "<th>Tên tệp</th><th>Dung lượng</th><th>Tải về</th>" in page and "412 KB" in page
    _, page, _ = fetch(server, portal.sef(portal.T_CDS))
    assert '<iframe src="https://docs.google.com/viewer?url=' in page
    _, page, _ = fetch(server, portal.sef(portal.T_SANGKIEN))
    viewer = re.search(r'<iframe src="(/media/pdfjs/web/viewer\.html\?file=[^"]+)"', page)
    assert viewer and fetch(server, viewer.group(1))[0] == 200
    pdf = viewer.group(1).split("file=", 1)[1]
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    g = gold[portal.sef(portal.T_MUALU)]
    assert len(g["images"]) == 1 and g["images"][0]["caption"] is None
    _, page, _ = fetch(server, portal.sef(portal.T_MUALU))
    assert 'width="900" height="1273"' in page


def test_info_block_traps(server):
    _, page, _ = fetch(server, portal.sef(portal.N_NHAGIAO))
    assert "Ngày cập nhật: Thứ hai, 23 Tháng 11 2026 08:02" in page
    assert "Được đăng: Thứ sáu, 20 Tháng 11 2026 10:25" in page
    assert "Viết bởi <span itemprop=\"name\">Quản trị viên</span>" in page
    _, page, _ = fetch(server, portal.sef(portal.N_NCBH))
    assert "Viết bởi <span itemprop=\"name\">Lê Thị Thu Hà</span>" in page
    _, page, _ = fetch(server, portal.sef(portal.T_LICHKT))
    assert "Lượt xem: 312" in page and "Được đăng: Thứ năm, 03 Tháng 12 2026 14:30" in page
    assert "Các bài viết khác" in page and "&laquo; Trước" not in page and "Tiếp theo &raquo;" in page
    assert "Đang truy cập: 7" in page and "Tổng: 1.203.114" in page


def test_bylines_as_printed(server):
    checks = [
        (portal.N_HKPD, "Tin: Hoàng Thị Mai; Ảnh: Lê Quang Vinh"),
        (portal.N_STEM, "Thanh Hương - Trường TH Cam Thành"),
        (portal.N_NHAGIAO, "PGD&amp;ĐT Cam Lộ"),
        (portal.N_TT22, "Nguồn: Sở GD&amp;ĐT Quảng Trị"),
        (portal.N_CHUAN, "Theo Báo Quảng Trị"),
        (portal.N_MUALU, "Tin, ảnh: Phan Văn Lợi"),
    ]
    gold = {g["path"]: g for g in portal.GOLD}
    for story, line in checks:
        _, page, _ = fetch(server, portal.sef(story))
        assert line in article_body(page)
        assert _html.unescape(line) not in gold[portal.sef(story)]["body"]


def test_unknown_pages_are_404(server):
    assert fetch(server, "/index.php/khong-co")[0] == 404
    assert fetch(server, "/index.php/tin-tuc/251-sai-alias")[0] == 404
    assert fetch(server, portal.sef(portal.T_LICHKT).replace("thong-bao", "tin-tuc", 1))[0] == 404
    assert fetch(server, "/index.php?option=com_content&view=article&id=9999")[0] == 404
