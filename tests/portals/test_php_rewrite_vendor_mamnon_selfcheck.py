"""Self-check of the php_rewrite_vendor_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import php_rewrite_vendor_mamnon as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_BUDGET = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    """Visible-ish text: tags to spaces, entities decoded, whitespace collapsed."""
    return collapse(_html.unescape(_TAG.sub(" ", markup)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(("/upload/", "/templates/", "/js/", "/images/")):
            continue
        out.append(target)
    return out


def _crawl(server: PortalServer) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, page, _ = fetch(server, target)
        assert status == 200, target
        for link in _links(page, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for rec in portal.GOLD:
        assert rec["published_at"] is None or stamp.match(rec["published_at"])
        assert rec["body"] and rec["title"]
    assert len({r["path"] for r in portal.GOLD}) == 13


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"])
def test_gold_article_served_with_its_fields(server, rec) -> None:
    status, page, _ = fetch(server, rec["path"])
    assert status == 200
    headline = re.search(r'<div class="tde_bv">(.*?)</div>', page).group(1)
    assert _text(headline.replace("<br>", " ")) == rec["title"]
    text = _text(page)
    for para in rec["body"].split("\n\n"):
        assert para in text, para
    if rec["summary"]:
        assert rec["summary"] in text
    for name in rec["authors"] + rec["photographers"]:
        assert name in text
    if rec["source"]:
        assert rec["source"] in text
    for img in rec["images"]:
        assert f'data-original="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    assert f'<h1 class="tieude_module">{_html.escape(rec["category"])}</h1>' in page
    assert f'rel="canonical" href="{server.base_url}{rec["path"]}"' in page
    # the lazyload placeholder is the only src of the article photos
    assert 'src="/templates/mamnon03/images/grey.gif" data-original=' in page or not rec["images"]


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"])
def test_alt_paths_serve_the_same_article(server, rec) -> None:
    for alt in rec["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'rel="canonical" href="{server.base_url}{rec["path"]}"' in page
        assert rec["body"].split("\n\n")[-1] in _text(page)


def test_dates_as_printed(server) -> None:
    gold = {r["path"]: r for r in portal.GOLD}
    s148 = portal.BY_ID[148]
    page = fetch(server, portal.post_path(s148))[1]
    assert "Đăng lúc: 15h20' - Thứ Sáu, 09/10/2026" in page
    assert gold[portal.post_path(s148)]["published_at"] == "2026-10-09T15:20:00+07:00"
    page = fetch(server, portal.post_path(portal.BY_ID[152]))[1]
    assert '<span class="tl_ng">28</span><span class="tl_th">Tháng 10</span>' in page
    assert "Đăng lúc" not in page and "Sửa lần cuối: 02/11/2026 10:14" in page
    page = fetch(server, portal.post_path(portal.BY_ID[158]))[1]
    assert "Đăng lúc: 00h00' - Thứ Năm, 05/11/2026" in page
    page = fetch(server, portal.post_path(portal.BY_ID[160]))[1]
    assert "ngày 09 tháng 11 năm 2026" in page and "16h05' - Thứ Ba, 10/11/2026" in page
    page = fetch(server, portal.post_path(portal.BY_ID[169]))[1]
    center = page.split('id="col_center"')[1].split('id="col_right"')[0]
    assert "/2026" not in center.split('class="tinkhac"')[0]
    assert gold[portal.post_path(portal.BY_ID[169])]["published_at"] is None
    assert "Thứ Bảy, 05/12/2026" in page and "Âm lịch: 27/10 Bính Ngọ" in page


def test_traps_on_the_page(server) -> None:
    s163 = portal.BY_ID[163]
    page = fetch(server, portal.post_path(s163))[1]
    assert "<title>Đón đoàn kiểm tra bán trú - " in page
    assert 'og:title" content="Đón đoàn kiểm tra bán trú"' in page
    assert 'style="display:none;"' in page and "Thiết kế web trường học Thái Bình" in page
    page = fetch(server, portal.post_path(portal.BY_ID[152]))[1]
    assert "Bé ngoan”<br>năm học" in page
    s171 = portal.BY_ID[171]
    page = fetch(server, portal.post_path(s171))[1]
    assert page.count(_html.escape(s171.summary, quote=False)) == 2
    assert "Cựu học sinh khóa 2019" in page
    rec171 = next(r for r in portal.GOLD if r["path"] == portal.post_path(s171))
    assert rec171["body"].count(s171.summary) == 1
    page = fetch(server, portal.post_path(portal.BY_ID[166]))[1]
    assert "Ý kiến bạn đọc (2)" in page and 'action="/binh-luan/gui.html" method="post"' in page


def test_pager_prints_next_on_the_last_page(server) -> None:
    last = fetch(server, portal.cat_path("tin-tuc-su-kien", 2))[1]
    assert 'href="/danh-muc/tin-tuc-su-kien/trang-3.html">Sau »' in last
    status, empty, _ = fetch(server, portal.cat_path("tin-tuc-su-kien", 3))
    assert status == 200
    assert "Chưa có bài viết nào trong chuyên mục này!" in empty
    assert "Sau »" not in empty


def test_every_article_reachable_within_budget() -> None:
    with PortalServer(portal.build_site()) as fresh:
        seen = _crawl(fresh)
        fetched = fresh.requests
    for rec in portal.GOLD:
        assert rec["path"] in seen, rec["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(fetched) <= _BUDGET, len(fetched)


def test_page_two_only_articles(server) -> None:
    home = fetch(server, "/")[1]
    for sid in (148, 150, 152):
        assert f"-{sid}.html" not in home
    assert f"-{148}.html" in fetch(server, portal.cat_path("tin-tuc-su-kien", 2))[1]
    assert f"-{150}.html" in fetch(server, portal.cat_path("hoat-dong-cua-be", 2))[1]


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path) -> None:
    status, page, _ = fetch(server, path)
    assert status == 200
    assert 'class="nd_bv" id="noidung"' not in page


@pytest.mark.parametrize(
    "path",
    [
        "/tin-tuc/khong-co-bai-999.html",
        "/tin-tuc/-148.html",
        "/danh-muc/khong-co/trang-1.html",
        "/danh-muc/tin-tuc-su-kien/trang-0.html",
        "/gioi-thieu/khong-co.html",
        "/thu-vien-anh/sai-ten-21.html",
        "/in-bai/999.html",
        "/khong-ton-tai.html",
    ],
)
def test_unknown_paths_404(server, path) -> None:
    assert fetch(server, path)[0] == 404
