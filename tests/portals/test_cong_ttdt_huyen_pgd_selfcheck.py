"""Self-checks of the Châu Thành district-portal PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import cong_ttdt_huyen_pgd as portal
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
    """The page's text as a reader sees it, collapsed (scripts dropped, tags to spaces)."""
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(base: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = urljoin("http://x" + base, _html.unescape(href))
        parts = urlsplit(href)
        if parts.netloc != "x" or parts.path.endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(target, body):
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
        assert g["published_at"] < "2026-12-05T"
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert img["path"].startswith("/pgd/Upload/Images/2026/")
    cats = [g["category"] for g in portal.GOLD]
    for name in portal.CATEGORIES.values():
        assert cats.count(name) >= 2, name


def test_every_gold_page_prints_its_article(server):
    for g in portal.GOLD:
        for target in (g["path"], *g["alt_paths"]):
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = shown(body)
            assert g["title"] in text, target
            for para in g["body"].split("\n\n"):
                assert para.replace(" | ", " ") in text, (target, para[:50])
            for img in g["images"]:
                assert f'src="{img["path"]}"' in body
                if img["caption"]:
                    assert collapse(img["caption"]) in text
            if g["summary"]:
                assert collapse(g["summary"]) in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "title-detail" not in body and "tb-title" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # the leaf listings are only in the JavaScript menu: no href reaches them
    for cat in ("2", "3", "5"):
        assert f"/pgd/Pages/chuyen-muc.aspx?CatID={cat}" not in seen
        assert f"/pgd/Pages/chuyen-muc.aspx?CatID={cat}&Page=1" not in seen


def test_generic_title_and_banner_h1(server):
    for g in portal.GOLD[:3]:
        _, body, _ = fetch(server, g["path"])
        assert re.search(r"<title>(.*?)</title>", body).group(1) == _html.escape(portal.SITE_TITLE)
        assert re.findall(r"<h1[^>]*>(.*?)</h1>", body) == ["ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH"]
        assert portal.TODAY in body
        assert 'rel="canonical"' not in body and "og:title" not in body


def test_date_lines_as_printed(server):
    expect = {
        1516: ("03/12/2026 3:45:12 CH", "2026-12-03T15:45:12+07:00"),
        1498: ("25/11/2026 9:20:05 SA", "2026-11-25T09:20:05+07:00"),
        1513: ("Cập nhật lúc 14:05 ngày 02/12/2026", "2026-12-02T14:05:00+07:00"),
        1507: ("Ngày đăng: 27/11/2026 07:15 | Cập nhật: 30/11/2026 16:40", "2026-11-27T07:15:00+07:00"),
        1490: ("Ngày 20 tháng 11 năm 2026", "2026-11-20"),
        1477: ("Thứ Ba, 10/11/2026", "2026-11-10"),
    }
    for item, (line, gold) in expect.items():
        story = portal.BY_ID[item]
        assert story.published_at == gold
        _, body, _ = fetch(server, portal.friendly(story))
        assert esc_in(line, body), item


def esc_in(value: str, body: str) -> bool:
    return _html.escape(value) in body or value in body


def test_bylines_and_sources_printed(server):
    checks = {
        1507: "ThS. Lê Minh Tâm - Phó Trưởng phòng GD&amp;ĐT",
        1482: "Nguyễn Thị Thu Hà - GV Trường TH Long Định",
        1498: "Tin: Hồng Nhung, Minh Trí",
        1511: "Bài: Lê Hoàng Phúc - Ảnh: Trường TH Bình Trưng",
        1513: "Tin, ảnh: Trường THCS Tân Hương",
        1494: "<strong>BBT</strong>",
        1490: "<em>Theo Báo Ấp Bắc</em>",
        1477: "Nguồn: Sở GD&amp;ĐT Tiền Giang",
    }
    for item, printed in checks.items():
        _, body, _ = fetch(server, portal.friendly(portal.BY_ID[item]))
        assert printed in body, item
    gold = {g["path"]: g for g in portal.GOLD}
    assert gold[portal.friendly(portal.BY_ID[1494])]["authors"] == []
    assert gold[portal.friendly(portal.BY_ID[1516])]["authors"] == []
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[1516]))
    assert "<td>Người đăng:</td><td>pgd_chauthanh</td>" in body


def test_empty_sapo_and_source_fields(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        if g["category"] == "Thông báo":
            assert "sapo-detail" not in body and "tb-noidung" in body
            continue
        assert '<div class="news-source">Nguồn tin: </div>' in body
        if g["summary"] is None:
            assert '<div class="sapo-detail"><strong></strong></div>' in body
        else:
            assert f'<div class="sapo-detail"><strong>{_html.escape(g["summary"])}' in body


def test_body_boundaries_and_captions(server):
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[1519]))
    content = body.split("ArticleContent")[1].split("news-source")[0]
    assert "Xem thêm:" in content and 'class="image-desc"' in content
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[1503]))
    assert "<br />" in body.split("tb-noidung")[1] and "Tập tin đính kèm:" in body
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[1490]))
    assert 'title="Vận động viên thi chạy' in body
    gold = {g["path"]: g for g in portal.GOLD}
    caps = [i["caption"] for i in gold[portal.friendly(portal.BY_ID[1490])]["images"]]
    assert caps[1] is None
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[1513]))
    assert '<div style="text-align: center;"><img' in body
    assert "<p>&nbsp;</p>" in body


def test_breadcrumb_leaf_is_plain_text(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        crumb = body.split('class="breadcrumb">')[1].split("</div>")[0]
        if g["category"] == "Thông báo":
            assert crumb.endswith(">Thông báo</a>")
        else:
            assert crumb.endswith(f'<span class="bc-current">{_html.escape(g["category"])}</span>')
            assert "TIN TỨC - SỰ KIỆN KHÁC" in body


def test_listing_pagination(server):
    status, page1, _ = fetch(server, "/pgd/Pages/chuyen-muc.aspx?CatID=1")
    assert status == 200 and "Trang 1/2" in page1
    assert 'href="chuyen-muc.aspx?CatID=1&amp;Page=2"' in page1
    assert page1.count('class="list-item"') == portal.PER_PAGE
    status, page2, _ = fetch(server, "/pgd/Pages/chuyen-muc.aspx?CatID=1&Page=2")
    assert status == 200 and "Trang 2/2" in page2
    stem = portal.BY_ID[1477]
    assert f'href="../tin-tuc/{stem.slug}-{stem.id}.aspx"' in page2
    assert str(stem.id) not in page1
    assert fetch(server, "/pgd/Pages/chuyen-muc.aspx?CatID=1&Page=3")[0] == 404
    # the STEM article is nowhere else: not home, not a related box, not the notices
    others = [portal.START_PATH, "/pgd/Pages/chuyen-muc.aspx?CatID=4"]
    others += [g["path"] for g in portal.GOLD if g["path"] != portal.friendly(stem)]
    for target in others:
        assert f"ItemID={stem.id}" not in fetch(server, target)[1], target
        assert f"-{stem.id}.aspx" not in fetch(server, target)[1], target
    # the leaf listings exist, named only in the script
    _, home, _ = fetch(server, portal.START_PATH)
    assert '"url":"/pgd/Pages/chuyen-muc.aspx?CatID=2"' in home
    assert fetch(server, "/pgd/Pages/chuyen-muc.aspx?CatID=2")[0] == 200


def test_duplicate_urls(server):
    _, home, _ = fetch(server, portal.START_PATH)
    for story in portal.in_cat("4"):
        assert f'href="{portal.session_path(story)}"' in home
    assert f'href="{portal.item_path(portal.STORIES[0])}"' in home
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.print_path(story))
        assert "window.print()" in body and 'id="aspnetForm"' not in body
        _, body, _ = fetch(server, portal.friendly(story))
        assert f'href="{_html.escape(portal.print_path(story))}"' in body
    # the vendor routes on the number only
    story = portal.STORIES[2]
    assert fetch(server, f"/pgd/tin-tuc/khac-{story.id}.aspx")[0] == 200


def test_unknown_pages_are_404(server):
    assert fetch(server, "/pgd/Pages/tin-tuc.aspx?ItemID=9999")[0] == 404
    assert fetch(server, "/pgd/tin-tuc/khong-co-1.aspx")[0] == 404
    assert fetch(server, "/pgd/Pages/van-ban.aspx?ItemID=1")[0] == 404
    assert fetch(server, "/pgd/Pages/khong-co.aspx")[0] == 404
