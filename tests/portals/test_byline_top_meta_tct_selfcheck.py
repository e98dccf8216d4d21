"""Self-checks of the byline_top_meta_tct fixture (Spring MVC vendor portal) against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import byline_top_meta_tct as portal
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
BY_PATH = {portal.href(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The text a reader sees: tags out, references decoded, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


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


def content(body: str) -> str:
    return body.split('<h1 class="news-title">', 1)[1].split('<div class="news-tools">', 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        texts = (g["title"], g["body"], g["summary"] or "", g["source"] or "")
        for value in (*texts, *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 16
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "bientap", "bientap01", "quantri", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.")) and "(" not in name
        assert g["alt_paths"][0] == g["path"] + "?print=true"
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for label in portal.CATEGORIES.values():
        assert sum(g["category"] == label for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="news-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY in body
    crumbs = body.split('<ol class="breadcrumb">', 1)[1].split("</ol>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a></li></ol>" in crumbs + "</ol>"
    text = shown(content(body))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text


def test_meta_rows_in_every_shape(server):
    expected = {
        2276: "Đăng bởi: bientap | 14:30 | 17/11/2026 | Lượt xem: 215 | In | Email",
        2254: "Tác giả bài viết: ThS. Trần Văn Nam (Khoa Nhà nước và pháp luật)",
        2259: "Người đăng: admin – Người duyệt: bientap01",
        2275: "Cập nhật: 17/11/2026 08:15 | Tác giả: Nguyễn Thị Hạnh | Nguồn: Báo Nghệ An",
        2268: "Ngày xuất bản: 12/11/2026 – Ngày cập nhật: 20/11/2026 10:05",
        2270: "Thứ năm, 12/11/2026, 07:45 GMT+7",
        2266: "12/11/2026 | Phòng Quản lý đào tạo",
        2279: "20/11/2026 | Bài và ảnh: Lê Hải",
        2291: "Lượt xem: 1.024 – Bình luận: 0",
    }
    markups = set()
    for sid, line in expected.items():
        story = portal.BY_ID[sid]
        _, body, _ = fetch(server, portal.href(story))
        meta = body.split("</h1>", 1)[1].split('<div class="news-content">', 1)[0]
        assert line in shown(meta), sid
        markups.add(re.match(r"<(\w+)", meta.strip()).group(1))
        if "<span" in meta and '<i class="fa' in meta:
            markups.add("spans with icons")
        if 'class="meta-2line"' in meta:
            markups.add("two-line div")
    assert markups == {"div", "p", "ul", "spans with icons", "two-line div"}
    # the views-only row: the date is printed under the text, and it is the only date
    _, body, _ = fetch(server, portal.href(portal.BY_ID[2291]))
    assert "Ngày đăng: 02/12/2026 16:40" in shown(content(body))


def test_each_post_names_its_people_once(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.href(story))
        meta = shown(body.split("</h1>", 1)[1].split('<div class="news-content">', 1)[0])
        signs = [b for b in story.blocks if isinstance(b, portal.Raw)]
        if signs:
            assert "Tác giả" not in meta and "Bài và ảnh" not in meta, story.id
            assert 'text-align: right;' in signs[0].html
        for name in story.authors:
            where = meta.count(name) + sum(shown(b.html).count(name) for b in signs)
            assert where == 1, (story.id, name)


def test_header_today_is_not_a_publication_date():
    assert portal.TODAY == "Thứ Sáu, ngày 04/12/2026"
    assert all(not g["published_at"].startswith("2026-12-04") for g in portal.GOLD)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="news-title"' not in body and 'rel="canonical"' not in body, path
    _, body, _ = fetch(server, "/danh-muc/van-ban.html")
    assert "Số/Ký hiệu" in body and body.count("Tải về</a>") == len(portal.DOCUMENTS)
    status, _, headers = fetch(server, "/upload/van-ban/qd-98-tct.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_zero_based_pagination(server):
    oldest = portal.href(portal.BY_ID[2246])
    before = portal.href(portal.BY_ID[2250])
    _, bare, _ = fetch(server, "/danh-muc/tin-hoat-dong.html")
    _, zero, _ = fetch(server, "/danh-muc/tin-hoat-dong.html?page=0")
    assert bare == zero
    assert 'href="/danh-muc/tin-hoat-dong.html?page=0"' in bare
    assert 'href="/danh-muc/tin-hoat-dong.html?page=1"' in bare
    assert "?page=2" not in bare
    assert oldest not in bare and before in bare
    assert bare.count('class="news-item') == portal.PER_PAGE
    _, one, _ = fetch(server, "/danh-muc/tin-hoat-dong.html?page=1")
    assert oldest in one and one.count('class="news-item') == 1
    _, home, _ = fetch(server, "/")
    assert oldest not in home and before not in home
    _, last, _ = fetch(server, "/danh-muc/tin-tuc.html?page=2")
    assert oldest in last and 'href="/danh-muc/tin-tuc.html?page=2"' in last
    status, empty, _ = fetch(server, "/danh-muc/tin-hoat-dong.html?page=7")
    assert status == 200 and "Chưa có tin bài." in empty


def test_print_views_and_old_slug_serve_the_same_article(server):
    for g in portal.GOLD:
        _, page_body, _ = fetch(server, g["path"])
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert shown(content(body + '<div class="news-tools">')) .startswith(
                shown(content(page_body))[:200]
            )
    story = portal.BY_ID[2275]
    _, body, _ = fetch(server, portal.print_href(story))
    assert 'rel="canonical"' not in body and "window.print()" in body
    _, body, _ = fetch(server, portal.old_href(story))
    assert f'<link rel="canonical" href="{server.base_url}{portal.href(story)}">' in body
    _, related, _ = fetch(server, portal.href(portal.BY_ID[2270]))
    assert f'href="{portal.old_href(story)}"' in related
    _, meta_print, _ = fetch(server, portal.href(portal.BY_ID[2276]))
    assert f'href="{portal.print_href(portal.BY_ID[2276])}" target="_blank"><i class="fa fa-print"></i> In</a>' in meta_print


def test_unknown_targets_are_404(server):
    story = portal.STORIES[0]
    assert fetch(server, f"/tin-tuc/bai-khong-ton-tai-{story.id}.html")[0] == 404
    assert fetch(server, "/tin-tuc/bai-viet-9999.html")[0] == 404
    assert fetch(server, portal.href(story) + "?utm_source=zalo")[0] == 404
    assert fetch(server, "/danh-muc/khong-co.html")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404
