"""Self-checks of the byline-zoo NukeViet PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import byline_zoo_pgd as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


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


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(markup: str) -> str:
    """Markup as read: tags to spaces, entities decoded, whitespace collapsed, NFC."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def bodytext(body: str) -> str:
    return body.split('class="bodytext margin-bottom-lg">', 1)[1].split("</div>", 1)[0]


def gold_of(story_id: int) -> dict:
    return next(g for g in portal.GOLD if g["path"].endswith(f"-{story_id}.html"))


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 12
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/uploads/news/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "Hồ Chí Minh", "Nguyễn Văn Hải")
            assert "(" not in name and "–" not in name and ":" not in name
            assert not name.startswith(("ThS.", "CTV ", "Tin", "Ảnh", "Bài"))
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 2 for c in portal.CATEGORIES.values())


def test_byline_zoo_gold():
    want = {
        1285: (["Nhóm PV Trường THCS Quảng Thọ"], [], None),
        1265: (["Nguyễn Văn An"], [], None),
        1288: (["Nguyễn Thị Lệ"], ["Hoàng Văn Bình", "Trần Minh"], None),
        1268: (["Nguyễn Thị Thu Hà"], [], None),
        1248: (["Lê Văn Tâm", "Phan Thị Hoa"], ["Lê Văn Tâm", "Phan Thị Hoa"], None),
        1261: (["Đoàn trường THPT Lương Thế Vinh"], [], None),
        1257: (["Hoàng Yến"], [], "moet.gov.vn"),
        1283: (["Đinh Văn Quý"], [], None),
        1272: (["Trương Thị Mỹ Lệ"], [], None),
        1252: (["Phạm Quang Huy"], [], None),
        1280: (["Liên đội Trường TH Quảng Hòa"], ["Liên đội Trường TH Quảng Hòa"], None),
        1276: (["Minh Châu"], [], "Báo Quảng Bình"),
        1243: (["Lê Hồng Sơn"], [], None),
    }
    assert set(want) == {s.id for s in portal.STORIES}
    for sid, (authors, photographers, source) in want.items():
        g = gold_of(sid)
        assert (g["authors"], g["photographers"], g["source"]) == (authors, photographers, source), sid


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title margin-bottom-lg">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    date = gold["published_at"]
    printed = f"{date[8:10]}/{date[5:7]}/{date[:4]} {date[11:16]}"
    assert re.search(rf'<span class="h5 date">Thứ \w+ - {re.escape(printed)}</span>', body)
    assert portal.TODAY in body and "Đang online" in body and "Tổng truy cập" in body
    crumbs = re.findall(r'itemprop="name">([^<]+)</span>', body)
    assert _html.unescape(crumbs[-1]) == gold["category"]
    text_shown = shown(bodytext(body))
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"] and "hometext" in body:
            assert para in shown(body.split('class="hometext m-bottom">', 1)[1].split("</div>", 1)[0])
            continue
        for cell in para.split(" | "):
            assert cell in text_shown, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


def test_weekday_names_are_right():
    for story in portal.STORIES:
        line = portal.date_line(story)
        assert line.split(" - ")[0] == portal.WEEKDAYS[portal._dt_of(story).weekday()]
    assert portal.date_line(portal.BY_ID[1268]) == "Thứ tư - 18/11/2026 08:30"


def test_bylines_are_printed_as_specified(server):
    def end_of_text(sid: int) -> str:
        _, body, _ = fetch(server, gold_of(sid)["path"])
        return shown(bodytext(body))

    assert end_of_text(1285).endswith("Nhóm PV Trường THCS Quảng Thọ")
    assert end_of_text(1265).endswith("CTV Nguyễn Văn An")
    assert end_of_text(1288).endswith("Tin: Nguyễn Thị Lệ – Ảnh: Hoàng Văn Bình, Trần Minh")
    assert end_of_text(1268).endswith("Nguyễn Thị Thu Hà (Tổ Văn – Sử, Trường THCS Quảng Long)")
    assert end_of_text(1248).endswith("Bài và ảnh: Lê Văn Tâm, Phan Thị Hoa")
    assert end_of_text(1261).endswith("Thực hiện: Đoàn trường THPT Lương Thế Vinh")
    assert end_of_text(1283).endswith("ThS. Đinh Văn Quý – Phó Trưởng phòng Ảnh: Internet")
    assert end_of_text(1252).endswith("Phạm Quang Huy")
    assert end_of_text(1280).endswith("Tin và ảnh: Liên đội Trường TH Quảng Hòa")
    assert end_of_text(1276).endswith("Tin: Minh Châu Nguồn: Báo Quảng Bình")
    _, body, _ = fetch(server, gold_of(1272)["path"])
    assert "<strong>Người viết: Trương Thị Mỹ Lệ</strong><br><em>Giáo viên Trường TH số 1 Quảng Thuận" in body
    assert "Giáo viên Trường TH số 1 Quảng Thuận" not in gold_of(1272)["body"]
    assert '<strong>Phạm Quang Huy</strong></p>' in fetch(server, gold_of(1252)["path"])[1]


def test_quote_and_thanks_are_body_not_bylines(server):
    g = gold_of(1257)
    assert g["body"].endswith("“Dù khó khăn đến đâu cũng phải thi đua dạy tốt và học tốt.”\n\n— Hồ Chí Minh")
    _, body, _ = fetch(server, g["path"])
    assert shown(bodytext(body)).endswith("— Hồ Chí Minh")
    info = body.split('<div class="author-info', 1)[1].split("</div>", 1)[0]
    assert "Hoàng Yến (tổng hợp)" in info and "Theo moet.gov.vn" in info
    g = gold_of(1243)
    assert g["body"].endswith("\n\nXin cảm ơn thầy Nguyễn Văn Hải đã hỗ trợ.")
    _, body, _ = fetch(server, g["path"])
    text_shown = shown(bodytext(body))
    assert text_shown.startswith("Bài: Lê Hồng Sơn") and text_shown.endswith("Nguyễn Văn Hải đã hỗ trợ.")
    assert "Lê Hồng Sơn" not in g["body"]


def test_br_splits_a_paragraph(server):
    g = gold_of(1272)
    assert "vần sẽ học.\n\nCác em được chọn truyện" in g["body"]
    _, body, _ = fetch(server, g["path"])
    assert "vần sẽ học.<br />\nCác em được chọn truyện" in body


def test_captions_and_credits_are_not_body():
    for g in portal.GOLD:
        paras = g["body"].split("\n\n")
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] not in paras
        for line in paras:
            assert not re.match(r"(Tin|Ảnh|Nguồn|Theo|Bài|Người viết|Thực hiện)\b.*:", line) or "“" in line


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="h5 date"' not in body and "news-bodyhtml" not in body, path


def test_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_post_only_on_later_list_pages(server):
    robotics = gold_of(1243)["path"]
    assert robotics not in fetch(server, "/")[1]
    assert robotics not in fetch(server, "/news/hoat-dong-cac-truong/")[1]
    assert robotics in fetch(server, "/news/hoat-dong-cac-truong/page-2/")[1]
    assert robotics in fetch(server, "/news/page-3/")[1]
    for g in portal.GOLD:
        if g["path"] != robotics:
            assert robotics not in fetch(server, g["path"])[1]
    assert 'href="/news/hoat-dong-cac-truong/page-2/"' in fetch(server, "/news/hoat-dong-cac-truong/")[1]
    assert fetch(server, "/news/hoat-dong-cac-truong/page-3/")[0] == 404
    assert fetch(server, "/news/page-4/")[0] == 404


def test_listing_thumbnails_are_not_article_images(server):
    _, home, _ = fetch(server, "/")
    assert "/assets/news/2026_11/" in home
    for g in portal.GOLD:
        assert all(not img["path"].startswith("/assets/") for img in g["images"])


def test_home_figure_is_first_image(server):
    g = gold_of(1252)
    assert g["images"][0] == {"path": "/uploads/news/2026_11/quang-minh-cong-truong.jpg",
                              "caption": "Cổng Trường THCS Quảng Minh"}
    _, body, _ = fetch(server, g["path"])
    assert "<figcaption>Cổng Trường THCS Quảng Minh</figcaption>" in body


def test_unknown_and_variant_urls_are_404(server):
    g = portal.GOLD[0]
    assert fetch(server, g["path"] + "?utm_source=fb")[0] == 404
    assert fetch(server, g["path"].replace("/tin-tuc/", "/thong-bao/"))[0] == 404
    assert fetch(server, "/news/tag/khong-co")[0] == 404
    assert fetch(server, "/about/khong-co.html")[0] == 404
