"""Self-check of the botble_cms_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import botble_cms_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_BLOCK_END = re.compile(r"<br\s*/?>|</(p|div|li|td|th|tr|h\d|figcaption|blockquote|table)>", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value.replace("\xa0", " ")).split())


def _lines(markup: str) -> list[str]:
    """The page's text as a reader's lines: Word's list markers, bare footnote numbers and
    emoji pictures dropped, block ends as line breaks, table cells joined by " | "."""
    m = re.sub(r"<script.*?</script>", "", markup, flags=re.S)
    m = re.sub(r'<span style="mso-list:Ignore">.*?</span></span>', "", m, flags=re.S)
    m = re.sub(r"<a [^>]*><sup><span[^>]*>\d+</span></sup></a>", "", m)
    m = re.sub(r'<a [^>]*><span class="MsoFootnoteReference">.*?</a>', "", m, flags=re.S)
    m = re.sub(r"</td>\s*<td[^>]*>", " | ", m)
    m = _BLOCK_END.sub("\n", m)
    m = re.sub(r"<[^>]+>", "", m)
    return [_norm(_html.unescape(line)) for line in m.split("\n") if line.strip()]


def _walk(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH, following redirects by hand."""
    seen: set[str] = set()
    reached: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200:
            continue
        reached.add(target)
        for href in _HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != urlsplit(server.base_url).netloc or _STATIC.search(parts.path):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return reached, pages


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^2026-(10|11|12)-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
    for rec in portal.GOLD:
        assert rec["published_at"] and stamp.match(rec["published_at"]), rec["path"]
        assert rec["body"] and "\n\n\n" not in rec["body"]
        if rec["summary"]:
            assert rec["body"].startswith(rec["summary"])
        assert rec["title"] == unicodedata.normalize("NFC", rec["title"])
    paths = [r["path"] for r in portal.GOLD] + [a for r in portal.GOLD for a in r.get("alt_paths", [])]
    assert len(paths) == len(set(paths))


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"][-40:])
def test_gold_page_prints_its_fields(server: PortalServer, rec: dict) -> None:
    status, body, _ = fetch(server, rec["path"])
    assert status == 200
    lines = _lines(body)
    text = " \n ".join(lines)
    assert '<h3 class="post__title">' in body
    assert rec["title"] in lines
    for para in rec["body"].split("\n\n"):
        assert para in lines or para in text, (rec["path"], para)
    for name in rec["authors"] + rec["photographers"]:
        assert name in text
    if rec["source"]:
        assert rec["source"] in text
    for img in rec["images"]:
        assert f'"{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f">{_html.escape(rec['category'], quote=False)}<" in body
    day = rec["published_at"][:10]
    y, mo, d = day.split("-")
    assert f"{d}/{mo}/{y}" in text or f"ngày {int(d)} tháng {int(mo)} năm {y}" in text
    if "T" in rec["published_at"]:
        assert f"{d}/{mo}/{y} - {rec['published_at'][11:16]}" in text


@pytest.mark.parametrize("rec", [r for r in portal.GOLD if r.get("alt_paths")], ids=lambda r: r["path"][-40:])
def test_alt_paths_serve_the_article(server: PortalServer, rec: dict) -> None:
    for alt in rec["alt_paths"]:
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert urlsplit(headers["Location"]).path == rec["canonical_path"]
        else:
            assert status == 200 and rec["title"] in _lines(body)


def test_every_gold_article_reachable_within_budget(server: PortalServer) -> None:
    reached, pages = _walk(server)
    for rec in portal.GOLD:
        assert rec["path"] in reached, rec["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_articles(server: PortalServer) -> None:
    """A5 and B5 appear on no page-1 listing nor on the home page."""
    hidden = [portal.A5, portal.B5]
    for target in ["/", "/danh-muc/tin-tuc-su-kien", "/danh-muc/hoat-dong-chuyen-mon", "/danh-muc/tin-tuc"]:
        _, body, _ = fetch(server, target)
        for s in hidden:
            assert f'href="/tin-tuc/{s.slug}"' not in body, (target, s.slug)
    _, body, _ = fetch(server, "/danh-muc/tin-tuc-su-kien?page=2")
    assert f'href="/tin-tuc/{portal.A5.slug}"' in body
    _, body, _ = fetch(server, "/danh-muc/hoat-dong-chuyen-mon?page=2")
    assert f'href="/tin-tuc/{portal.B5.slug}"' in body


def test_traps_behave(server: PortalServer) -> None:
    # h1 is the category name, not the headline
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert '<h1 class="page-intro__title">Tin tức - Sự kiện</h1>' in body
    # lazy photo: placeholder in src, real path in data-src
    _, body, _ = fetch(server, f"/tin-tuc/{portal.A3.slug}")
    assert f'src="{portal.PLACEHOLDER}" data-src="/storage/tin-tuc/2026/11/hkpd-01.jpg"' in body
    assert fetch(server, portal.PLACEHOLDER)[0] == 200
    # JSON-LD crosses midnight in UTC
    _, body, _ = fetch(server, f"/tin-tuc/{portal.A2.slug}")
    assert '"datePublished": "2026-11-19T23:15:00.000000Z"' in body
    # the A5 page is stored decomposed
    _, body, _ = fetch(server, f"/tin-tuc/{portal.A5.slug}")
    assert unicodedata.normalize("NFD", "Hưởng ứng Tuần lễ") in body
    assert "Hưởng ứng Tuần lễ" not in body
    # past the last page: an empty 200 listing
    status, body, _ = fetch(server, "/danh-muc/thong-bao?page=7")
    assert status == 200 and "Không có bài viết nào" in body
    # the sitemap's stale entry is a 404
    _, xml, _ = fetch(server, "/sitemap.xml")
    assert portal.STALE_SLUG in xml
    assert fetch(server, f"/tin-tuc/{portal.STALE_SLUG}")[0] == 404
    # letterhead date differs from the meta date
    _, body, _ = fetch(server, f"/tin-tuc/{portal.C1.slug}")
    assert "Hòa Tiến, ngày 30 tháng 11 năm 2026" in body and "02/12/2026 - 10:10" in body
    # chrome inside the content is not in the gold body
    for rec in portal.GOLD:
        for chrome in ("Xem thêm", "Tài liệu đính kèm", "Tải về", "Thư viện ảnh", "Điện thoại: 0236", "Nơi nhận", "HIỆU TRƯỞNG"):
            assert chrome not in rec["body"], (rec["path"], chrome)


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Thứ Bảy, 05/12/2026" in body


@pytest.mark.parametrize(
    "path", ["/khong-ton-tai", "/tin-tuc/khong-co-bai-nay", "/danh-muc/khong-co", "/tag/khong-co", "/thu-vien-anh/x", "/a/b"]
)
def test_unknown_paths_404(server: PortalServer, path: str) -> None:
    assert fetch(server, path)[0] == 404


def test_images_served(server: PortalServer) -> None:
    for rec in portal.GOLD:
        for img in rec["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
