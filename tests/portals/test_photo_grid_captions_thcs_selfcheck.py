"""Self-checks of the photo-grid Joomla 4 THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import photo_grid_captions_thcs as portal
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
ASSETS = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".svg")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def gold_by_path(path: str) -> dict:
    return next(g for g in portal.GOLD if g["path"] == path)


def story_of(gold: dict):
    return portal.BY_ID[int(gold["path"].rsplit("/", 1)[1].split("-", 1)[0])]


def article_body(page: str) -> str:
    return page.split('class="com-content-article__body article-body">', 1)[1].split("\n</div>\n", 1)[0]


def shown(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.lower().endswith(ASSETS):
            continue
        out.append(href.split("#", 1)[0])
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
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert 1 <= len(g["images"]) <= 6, g["path"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/images/")
            if img["caption"]:
                assert img["caption"] not in g["body"], g["path"]
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " - " not in name and not name.startswith("ThS")
        assert g["alt_paths"] == [g["path"] + "?tmpl=component&print=1"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 itemprop="headline">{_html.escape(gold["title"], quote=False)}</h1>' in page
    assert f'<link href="{gold["canonical_path"]}" rel="canonical">' in page
    y, m, d = gold["published_at"].split("-")
    assert f"Được đăng: {d} Tháng {int(m)} {y}</time>" in page
    assert f'datetime="{gold["published_at"]}T' in page
    assert portal.TODAY_HEADER in page and "Lượt xem:" in page
    assert f"<span>{_html.escape(gold['category'], quote=False)}</span></a></li>" in page
    body = article_body(page)
    text_shown = shown(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text_shown, cell
    srcs = re.findall(r'<img src="([^"]+)"', body)
    assert srcs == [img["path"] for img in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert _html.escape(img["caption"], quote=False) in body
    status, _, headers = fetch(server, gold["images"][0]["path"])
    assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_view_is_the_same_article(server, gold):
    (alt,) = gold["alt_paths"]
    status, page, _ = fetch(server, alt)
    assert status == 200 and 'class="contentpane component"' in page
    assert _html.escape(gold["title"], quote=False) in page
    text_shown = shown(article_body(page))
    for para in gold["body"].split("\n\n"):
        assert para.split(" | ")[0] in text_shown
    _, article, _ = fetch(server, gold["path"])
    assert f'href="{_html.escape(alt)}"' in article


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="datePublished"' not in page, path
        assert "article-info" not in page or "blog-item" in page, path


def test_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_articles_only_on_later_pages(server):
    oldest = portal.article_path(portal.BY_ID[44])
    pages1 = ["/", "/tin-tuc", "/tin-tuc/hoat-dong", "/gioi-thieu"]
    pages1 += [g["path"] for g in portal.GOLD if g["path"] != oldest]
    for target in pages1:
        assert f'href="{oldest}"' not in fetch(server, target)[1], target
    assert f'href="{oldest}"' in fetch(server, "/tin-tuc/hoat-dong?start=5")[1]
    assert f'href="{oldest}"' in fetch(server, "/tin-tuc?start=10")[1]
    _, blog, _ = fetch(server, "/tin-tuc")
    assert 'href="/tin-tuc?start=5"' in blog and 'href="/tin-tuc?start=10"' in blog
    assert fetch(server, "/tin-tuc?start=15")[0] == 404
    assert fetch(server, "/tin-tuc/hoat-dong?start=10")[0] == 404
    assert "#joomlaImage://" in blog


def _body_of(story_id: int, server) -> str:
    return article_body(fetch(server, portal.article_path(portal.BY_ID[story_id]))[1])


def test_two_photos_in_a_table_row_captions_below(server):
    body = _body_of(58, server)
    rows = re.findall(r"<tr>(.*?)</tr>", body)
    assert rows[0].count("<img") == 2 and "<em>" not in rows[0]
    assert rows[1].count("<em>") == 2 and "<img" not in rows[1]
    g = gold_by_path(portal.article_path(portal.BY_ID[58]))
    assert [i["caption"] for i in g["images"][:2]] == [
        "Các đại biểu dự buổi lễ",
        "Tiết mục văn nghệ chào mừng của học sinh lớp 8/3",
    ]
    # the one-cell table: photo row, caption row
    assert rows[2].count("<img") == 1 and rows[3].count("<em>") == 1


def test_grid_two_by_two(server):
    for sid in (61, 60, 48):
        body = _body_of(sid, server)
        table = re.search(r"<table[^>]*><tbody>(.*?)</tbody></table>", body).group(1)
        rows = re.findall(r"<tr>(.*?)</tr>", table)
        assert [r.count("<img") for r in rows] == [2, 0, 2, 0]
        assert [r.count("<em>") for r in rows] == [0, 2, 0, 2]
        g = gold_by_path(portal.article_path(portal.BY_ID[sid]))
        caps = [shown(c) for r in rows[1::2] for c in re.findall(r"<em>(.*?)</em>", r)]
        assert caps == [i["caption"] for i in g["images"][:4]]


def test_two_photos_in_one_paragraph_share_one_caption(server):
    for sid in (49, 46):
        body = _body_of(sid, server)
        assert re.search(r"<p[^>]*><img [^>]+/>&nbsp;<img [^>]+/></p>\n<p[^>]*><em>", body)
        g = gold_by_path(portal.article_path(portal.BY_ID[sid]))
        assert g["images"][0]["caption"] == g["images"][1]["caption"] is not None


def test_float_photo_has_no_caption_and_its_paragraph_is_body(server):
    for sid in (61, 57, 54):
        body = _body_of(sid, server)
        m = re.search(r'<p style="text-align: justify;"><img ([^>]+)/>([^<]+)</p>', body)
        assert m and "float: left" in m.group(1)
        g = gold_by_path(portal.article_path(portal.BY_ID[sid]))
        src = re.search(r'src="([^"]+)"', m.group(1)).group(1)
        assert next(i for i in g["images"] if i["path"] == src)["caption"] is None
        assert collapse(_html.unescape(m.group(2))) in g["body"].split("\n\n")


def test_caption_above_the_photo(server):
    body = _body_of(55, server)
    found = re.findall(r"<p[^>]*><strong>(Ảnh \d: [^<]+)</strong></p>\n<p[^>]*><img ", body)
    assert len(found) == 3
    g = gold_by_path(portal.article_path(portal.BY_ID[55]))
    assert [i["caption"] for i in g["images"]] == [_html.unescape(f) for f in found]
    for other in portal.STORIES:
        if other.id != 55:
            assert not any(i.style == "above" for i in other.images)


def test_plain_paragraph_after_photo_is_not_a_caption(server):
    body = _body_of(49, server)
    m = re.search(r"<p[^>]*><img [^>]*tam-thanh-3[^>]*/></p>\n<p>([^<]+)</p>", body)
    assert m
    para = collapse(m.group(1))
    assert para.endswith(".") and para.count(". ") == 2
    g = gold_by_path(portal.article_path(portal.BY_ID[49]))
    assert para in g["body"].split("\n\n")
    assert g["images"][2]["caption"] is None


def test_caption_then_credit_line(server):
    body = _body_of(52, server)
    assert re.search(
        r"<img [^>]*kiem-tra-chuan-1[^>]*/></p>\n<p[^>]*><em>Đoàn kiểm tra làm việc[^<]+</em></p>\n"
        r"<p[^>]*><em>\(Ảnh: Nguyễn Văn Hùng\)</em></p>",
        body,
    )
    g = gold_by_path(portal.article_path(portal.BY_ID[52]))
    assert g["images"][0]["caption"] == "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường"
    assert g["photographers"] == ["Nguyễn Văn Hùng"] and g["authors"] == ["Trần Thị Thu Hà"]
    assert "Nguyễn Văn Hùng" not in g["body"]
    assert "<figcaption>" in body


def test_results_table_is_body_and_br_splits(server):
    g = gold_by_path(portal.article_path(portal.BY_ID[59]))
    assert "2 | Đỗ Văn Khoa | Toán | Giỏi" in g["body"].split("\n\n")
    assert '<table class="table table-bordered"' in _body_of(59, server)
    body = _body_of(51, server)
    assert "<br />Chỉ tiêu:" in body
    g = gold_by_path(portal.article_path(portal.BY_ID[51]))
    paras = g["body"].split("\n\n")
    assert "Chỉ tiêu: mỗi đội viên ít nhất 3 kg giấy vụn." in paras
    assert re.search(r"<img [^>]*ke-hoach-nho-3[^>]*/><br /><em>", body)


def test_bylines_and_dates(server):
    expect = {
        58: (["Tổ Văn phòng"], ["Tổ Văn phòng"], "Tin, ảnh: Tổ Văn phòng"),
        61: (["Lê Thị Hồng Vân"], [], "Lê Thị Hồng Vân - GV Ngữ văn"),
        59: (["Nguyễn Văn Tuấn"], [], "ThS. Nguyễn Văn Tuấn - Phó Hiệu trưởng"),
        44: ([], [], "BBT"),
    }
    for sid, (authors, photographers, printed) in expect.items():
        g = gold_by_path(portal.article_path(portal.BY_ID[sid]))
        assert (g["authors"], g["photographers"]) == (authors, photographers)
        assert printed in _body_of(sid, server)
        assert printed not in g["body"]
    page = fetch(server, portal.article_path(portal.BY_ID[52]))[1]
    assert "Cập nhật lần cuối: 08 Tháng 11 2026" in page
    assert gold_by_path(portal.article_path(portal.BY_ID[52]))["published_at"] == "2026-11-06"


def test_gallery_and_static_pages(server):
    _, page, _ = fetch(server, "/thu-vien-anh")
    main = page.split("<main>", 1)[1].split("</main>", 1)[0]
    assert "<h1" in main and "<p" not in main
    fulls = re.findall(r'<a href="(/images/thu-vien-anh/[^"]+)"', main)
    assert len(fulls) == 14 and all("/thumbs/" not in f for f in fulls)
    _, page, _ = fetch(server, "/gioi-thieu")
    assert 'itemprop="headline">Giới thiệu' in page and "Được đăng" not in page
    _, page, _ = fetch(server, "/lien-he")
    assert 'name="jform[contact_message]"' in page


def test_unknown_pages_are_404(server):
    assert fetch(server, "/tin-tuc/hoat-dong/58-khong-co")[0] == 404
    assert fetch(server, "/tin-tuc/doan-doi/58-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co")[0] == 404
    assert fetch(server, "/component/tags/tag/khong-co")[0] == 404
