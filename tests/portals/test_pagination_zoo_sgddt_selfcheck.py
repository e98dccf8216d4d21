"""Self-checks of the pagination-zoo Sở GD&ĐT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import pagination_zoo_sgddt as portal
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


def links(target: str, body: str, options: bool = True) -> list[str]:
    """Same-site page links: hrefs, and (with ``options``) the option values of a select that
    navigates with ``location.href=this.value``."""
    found = re.findall(r'href="([^"]+)"', body)
    if options:
        for select in re.findall(
            r"<select[^>]*location\.href=this\.value[^>]*>(.*?)</select>", body, re.S
        ):
            found += re.findall(r'<option value="([^"]+)"', select)
    out = []
    for href in found:
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "http:", "https:", "//")):
            continue
        absolute = urljoin("http://x" + target, href)
        parts = urlsplit(absolute)
        if parts.path.endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(
    server: PortalServer, starts: list[str], options: bool = True, limit: int = 300
) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(target, body, options):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def gold_by_id(story_id: int) -> dict:
    return next(g for g in portal.GOLD if g["path"].endswith(f"-{story_id}.html"))


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/tin-tuc/[a-z0-9-]+-\d+\.html", g["path"])
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " - " not in name and "ThS." not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES:
        assert sum(1 for s in portal.STORIES if s.cat == cat) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title-detail">{_html.escape(gold["title"])}</h1>' in body
    y, m, d = gold["published_at"][:10].split("-")
    line = f"Ngày {d}/{m}/{y}"
    if "T" in gold["published_at"]:
        line += " " + gold["published_at"][11:16]
    assert f'<i class="fa fa-calendar"></i> {line}</span>' in body
    assert portal.TODAY_LINE in body and "Tổng truy cập" in body
    crumb = body.split('<div class="breadcrumb-wrap">', 1)[1].split("</div>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a>" in crumb
    detail = body.split('<div class="news-detail">', 1)[1].split('<div class="tags-detail">', 1)[0]
    shown = shown_text(detail)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in detail
        if img["caption"]:
            assert _html.escape(img["caption"]) in detail
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert _html.escape(name) in detail
    if gold["source"]:
        assert f"Theo {_html.escape(gold['source'])}" in detail
    if gold["summary"]:
        assert f"<strong>{_html.escape(gold['summary'])}</strong>" in detail


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "fa-calendar" not in body and 'class="content-detail"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_href_only_walk_misses_the_select_pages(server):
    seen = walk(server, [portal.START_PATH], options=False)
    assert "/hoat-dong-nganh?page=2" not in seen
    for story_id in (2438, 2401):
        assert gold_by_id(story_id)["path"] not in seen
    for story_id in (2418, 2447, 2405, 2398, 2429):
        assert gold_by_id(story_id)["path"] in seen


def _pages_outside_pagination() -> list[str]:
    """Home, the static pages and every article page: nothing here may link to older entries."""
    return ["/", "/gioi-thieu", "/lien-he"] + [g["path"] for g in portal.GOLD]


def test_older_articles_only_through_pagination(server):
    older = [s for s in portal.STORIES if s.id not in portal.first_page_ids(s.cat)]
    assert {s.cat for s in older} == set(portal.CATEGORIES)
    for target in _pages_outside_pagination() + [f"/{c}" for c in portal.CATEGORIES]:
        found = set(links(target, fetch(server, target)[1]))
        for s in older:
            assert portal.article_path(s) not in found, (target, s.id)


def test_tin_giao_duc_prev_next_only(server):
    status, body, _ = fetch(server, "/tin-giao-duc")
    pager = body.split('<div class="paging-prevnext">', 1)[1].split("</div>", 1)[0]
    assert 'href="/tin-giao-duc?trang=2">Trang sau »</a>' in pager
    assert '<span class="prev disabled">« Trang trước</span>' in pager
    assert not re.search(r">\s*\d+\s*<", pager)
    status, body, _ = fetch(server, "/tin-giao-duc?trang=2")
    assert status == 200 and 'href="/tin-giao-duc?trang=1">« Trang trước</a>' in body
    assert gold_by_id(2418)["path"] in body
    assert fetch(server, "/tin-giao-duc?trang=1")[1].count("news-item") == 3
    assert fetch(server, "/tin-giao-duc?trang=3")[0] == 404


def test_hoat_dong_nganh_select_pager(server):
    _, body, _ = fetch(server, "/hoat-dong-nganh")
    assert "Trang 1/3" in body and 'onchange="location.href=this.value"' in body
    assert '<option value="/hoat-dong-nganh?page=2">2</option>' in body
    assert 'href="/hoat-dong-nganh?page=' not in body
    _, body, _ = fetch(server, "/hoat-dong-nganh?page=2")
    assert "Trang 2/3" in body and gold_by_id(2438)["path"] in body
    _, body, _ = fetch(server, "/hoat-dong-nganh?page=3")
    assert "Trang 3/3" in body and gold_by_id(2401)["path"] in body
    assert fetch(server, "/hoat-dong-nganh?page=4")[0] == 404


def test_chi_dao_offset_pager_with_ellipsis(server):
    _, body, _ = fetch(server, "/chi-dao-dieu-hanh")
    pager = body.split('<ul class="pagination', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r">([^<>\s]+)</(?:a|span)>", pager) == ["1", "2", "…", "3"]
    assert 'href="?start=3"' in pager and 'href="?start=6"' in pager
    _, body, _ = fetch(server, "/chi-dao-dieu-hanh?start=6")
    assert gold_by_id(2405)["path"] in body
    assert portal.V4.href not in body and portal.V1.href not in body
    _, body, _ = fetch(server, "/chi-dao-dieu-hanh?start=3")
    assert gold_by_id(2447)["path"] in body and portal.V3.href in body
    assert fetch(server, "/chi-dao-dieu-hanh?start=9")[0] == 404
    assert fetch(server, "/chi-dao-dieu-hanh?start=2")[0] == 404
    status, body, _ = fetch(server, portal.V1.href)
    assert status == 200 and "Số ký hiệu" in body and "3120/SGDĐT-GDTrH" in body


def test_khao_thi_path_pages_with_icon_arrows(server):
    _, body, _ = fetch(server, "/khao-thi")
    nav = body.split('<nav class="phantrang">', 1)[1].split("</nav>", 1)[0]
    assert (
        '<a href="/khao-thi/trang-2.html" title="Trang sau"><i class="fa fa-angle-right"></i></a>'
        in nav
    )
    assert ">Đầu</a>" in nav and ">Cuối</a>" in nav and 'href="/khao-thi/trang-3.html"' in nav
    _, body, _ = fetch(server, "/khao-thi/trang-3.html")
    assert gold_by_id(2398)["path"] in body
    assert 'title="Trang trước"><i class="fa fa-angle-left"></i></a>' in body
    assert fetch(server, "/khao-thi/trang-1.html")[0] == 200
    assert fetch(server, "/khao-thi/trang-4.html")[0] == 404
    pdf = portal.KT_DOCS[0].href
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_thong_bao_load_older_link(server):
    _, body, _ = fetch(server, "/thong-bao")
    last = portal.LISTINGS["thong-bao"][2]
    assert (
        f'<a class="xem-them" href="/thong-bao?truoc={last.id}">Xem thêm tin cũ hơn ↓</a>' in body
    )
    _, body, _ = fetch(server, f"/thong-bao?truoc={last.id}")
    assert gold_by_id(2429)["path"] in body and "xem-them" not in body
    _, body, _ = fetch(server, "/thong-bao?truoc=2000")
    assert "Không có tin nào." in body
    assert fetch(server, "/thong-bao?truoc=abc")[0] == 404


def test_listing_entries_that_are_not_articles(server):
    _, body, _ = fetch(server, "/tin-giao-duc")
    assert 'href="https://moet.gov.vn/' in body
    _, body, _ = fetch(server, "/hoat-dong-nganh?page=2")
    assert "fa-file-pdf-o" in body and 'href="https://qtv.vn/' in body


def test_unknown_and_variant_urls(server):
    g = portal.GOLD[0]
    assert fetch(server, g["path"] + "?print=1")[0] == 404
    wrong = g["path"].replace("thong-bao", "tb", 1)
    assert fetch(server, wrong)[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-bai-9999.html")[0] == 404
    assert fetch(server, "/khong-co-trang")[0] == 404
