"""Self-checks of the Liferay Trường Chính trị fixture (names_in_body_tct) against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import names_in_body_tct as portal
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
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        path = urlsplit(href).path
        if path.endswith(ASSETS) or path.startswith(("/documents/", "/o/", "/image/")):
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


def shown_text(markup: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_part(body: str) -> str:
    part = body.split('<div class="noi-dung">', 1)[1].split('<div class="asset-links-tools">', 1)[0]
    return part.split('<div class="ngay-cap-nhat', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g[
            "path"
        ]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert not name.startswith(("ThS.", "TS.", "Tin", "Ảnh")), name
            assert name not in ("admin", "BBT", "Internet")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="tieu-de">{_html.escape(gold["title"])}</h1>' in body
    assert f'href="{server.base_url}{gold["canonical_path"]}" rel="canonical"' in body
    assert portal.TODAY in body
    y, m, d = gold["published_at"][:10].split("-")
    if "T" in gold["published_at"]:
        assert f"Ngày đăng: {d}/{m}/{y} {gold['published_at'][11:16]}</span>" in body
    else:
        assert f'<i class="icon-calendar"></i> {d}/{m}/{y}</span>' in body
    assert f">{_html.escape(gold['category'])}</a></span>" in body
    article = article_part(body)
    text = shown_text(article)
    for para in gold["body"].split("\n\n"):
        if para == gold["summary"]:
            assert f'<div class="sapo"><strong>{_html.escape(para)}</strong></div>' in body
            continue
        assert para.replace(" | ", " ") in text, para
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in article
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    assert len(gold["alt_paths"]) == 3
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<h1 class="tieu-de">{_html.escape(gold["title"])}</h1>' in body
        assert f'href="{server.base_url}{gold["canonical_path"]}" rel="canonical"' in body
    _, printed, _ = fetch(server, gold["alt_paths"][2])
    assert 'class="portal-popup"' in printed and "window.print()" in printed
    assert portal.TODAY not in printed


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body and 'rel="canonical"' not in body, path
        assert 'class="noi-dung"' not in body, path


def test_breadth_first_walk_reaches_every_article_and_non_article(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    seen_paths = {urlsplit(t).path for t in seen}
    for path in portal.NON_ARTICLES:
        assert path in seen or path in seen_paths, path
    for g in portal.GOLD:
        assert g["alt_paths"][1] in seen and g["alt_paths"][2] in seen, g["path"]


def test_oldest_activity_post_only_on_listing_page_two(server):
    story = portal.BY_SLUG[portal.S_DEMTHO]
    target = portal.listed_path(story, 2)
    page2 = portal.section_path("tin-hoat-dong", 2)
    status, body, _ = fetch(server, page2)
    assert status == 200 and _html.escape(target) in body
    assert "Hiển thị 6 - 6 của 6 kết quả." in body
    for other in (portal.START_PATH, portal.section_path("tin-hoat-dong")):
        _, body, _ = fetch(server, other)
        assert portal.S_DEMTHO not in body, other
    for s in portal.STORIES:
        if s is not story:
            _, body, _ = fetch(server, portal.article_path(s))
            assert portal.S_DEMTHO not in body, s.slug
    bad = page2.replace("cur=2", "cur=3")
    assert fetch(server, bad)[0] == 404


def _gold(slug: str) -> dict:
    return next(g for g in portal.GOLD if g["path"].endswith("/" + slug))


def test_lines_that_look_like_signatures_are_content(server):
    cases = {
        portal.S_TONGKET: "4. Đồng chí Ngô Thị Bích Ngọc – Giảng viên Khoa Nhà nước và pháp luật",
        portal.S_DEMTHO: "(Trích thơ Tố Hữu)",
        portal.S_THUCHUC: "TS. Đặng Văn Minh",
        portal.S_LENIN: "— V.I. Lênin",
        portal.S_DOANCT: "Đồng chí Hà Văn Sơn, Chuyên viên Phòng Tổ chức - Hành chính.",
    }
    for slug, last in cases.items():
        gold = _gold(slug)
        assert gold["body"].endswith("\n\n" + last), slug
        _, body, _ = fetch(server, gold["path"])
        shown = shown_text(article_part(body)).removesuffix(" Phòng Tổ chức - Hành chính")
        assert shown.endswith(last), slug
    assert _gold(portal.S_TONGKET)["authors"] == []
    assert _gold(portal.S_DOANCT)["authors"] == []
    _, body, _ = fetch(server, _gold(portal.S_TONGKET)["path"])
    assert "1. <strong>Đồng chí Nguyễn Văn Hùng</strong> – Giảng viên Khoa Lý luận cơ sở" in body
    _, body, _ = fetch(server, _gold(portal.S_DOANCT)["path"])
    assert "Trưởng đoàn;<br />" in body
    # the letter: its signature inside the framed box, the post's byline after it
    _, body, _ = fetch(server, _gold(portal.S_THUCHUC)["path"])
    box = body.split('<div class="khung-thu"', 1)[1].split("</div>", 1)
    assert "Thân ái!" in box[0] and "HIỆU TRƯỞNG" in box[0] and "TS. Đặng Văn Minh" in box[0]
    assert (
        box[1]
        .lstrip()
        .startswith(
            '<p style="text-align: right;"><strong><em>Phòng Tổ chức - Hành chính</em></strong></p>'
        )
    )
    assert "<h3><strong>Thư chúc mừng của Hiệu trưởng</strong></h3>" in body
    assert _gold(portal.S_THUCHUC)["authors"] == ["Phòng Tổ chức - Hành chính"]
    # poem and quote posts: the author is the structure's field
    _, body, _ = fetch(server, _gold(portal.S_DEMTHO)["path"])
    assert "Tác giả: <strong>Phạm Thị Ngọc Lan</strong>" in body
    assert "Mình về mình có nhớ ta<br />" in body
    _, body, _ = fetch(server, _gold(portal.S_LENIN)["path"])
    assert "Tác giả: <strong>ThS. Nguyễn Thị Lan Anh</strong>" in body
    assert _gold(portal.S_LENIN)["authors"] == ["Nguyễn Thị Lan Anh"]
    assert "Cập nhật lần cuối: 03/12/2026 16:42" in body


def test_posts_that_really_sign(server):
    signed = {
        portal.S_SACH: ("ThS. Hoàng Thu Trang – Khoa Nhà nước và pháp luật", ["Hoàng Thu Trang"]),
        portal.S_HOITHAO: ("Minh Hằng", ["Minh Hằng"]),
        portal.S_CHIBO: ("NHÓM PV", ["NHÓM PV"]),
        portal.S_LICHHOC: ("Phòng Quản lý đào tạo", ["Phòng Quản lý đào tạo"]),
    }
    for slug, (line, authors) in signed.items():
        gold = _gold(slug)
        assert gold["authors"] == authors
        assert line not in gold["body"].split("\n\n")
        _, body, _ = fetch(server, gold["path"])
        assert f'<p style="text-align: right;"><strong>{line}</strong></p>' in body
    assert _gold(portal.S_SACH)["body"].endswith("\n\nXin trân trọng giới thiệu!")
    gold = _gold(portal.S_NGHIEMTHU)
    assert gold["authors"] == gold["photographers"] == ["Đỗ Văn Khánh"]
    assert "1 | Nâng cao chất lượng" in gold["body"]
    assert _gold(portal.S_NGHIQUYET)["source"] == "Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên"
    gold = _gold(portal.S_CHITHI)
    assert gold["source"] == "Báo Thái Nguyên" and gold["photographers"] == []
    assert gold["images"][0]["caption"] == "Ảnh minh họa (Ảnh: Internet)"


def test_document_entry_and_static_pages(server):
    status, body, _ = fetch(server, portal.section_path("van-ban-chi-dao"))
    assert status == 200 and "view_file/48211" in body and "Văn bản mới" in body
    status, body, _ = fetch(server, portal.doc_entry_path(48211))
    assert status == 200 and "Ngày tải lên" in body and "Tải về" in body
    pdf = re.search(r'href="(/documents/[^"]+\.pdf/[^"]+)"', body).group(1)
    status, _, headers = fetch(server, _html.unescape(pdf))
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert fetch(server, portal.doc_entry_path(99999))[0] == 404
    for slug in ("gioi-thieu", "lien-he"):
        status, body, _ = fetch(server, f"{portal.SITE}/{slug}")
        assert status == 200 and 'class="journal-content-article"' in body


def test_unknown_targets_are_404(server):
    assert fetch(server, f"{portal.SITE}/-/khong-co-bai-nay")[0] == 404
    assert fetch(server, f"{portal.SITE}/khong-co-trang")[0] == 404
    story = portal.STORIES[0]
    wrong = portal.content_path(story).replace("/tin-hoat-dong/", "/dao-tao/")
    assert fetch(server, wrong)[0] == 404
