"""Self-check of the joomla4_sppagebuilder_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla4_sppagebuilder_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_PAGE_EXT = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or _PAGE_EXT.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue.extend(t for t in _links(body, urlsplit(target).path) if t not in seen)
    return seen


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert g["body"] and g["title"]
        assert g["category"] in {name for name, _ in portal.CATS.values()}


def test_gold_pages_answer_with_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = _text(body)
            assert g["title"] in text, target
        status, body, _ = fetch(server, g["path"])
        text = _text(body)
        # the e-mail cloak hides the address; the gold reads it from the element's base64 "text"
        for mail in re.findall(r'<joomla-hidden-mail[^>]* text="([^"]+)"', body):
            address = base64.b64decode(mail).decode()
            text = text.replace("Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó.", address, 1)
        for para in g["body"].split("\n\n"):
            assert para in text, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert img["path"] in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d} Tháng {int(m)} {y}" in text or f"ngày {d} tháng {m} năm {y}" in text, g["path"]
        if "T" in g["published_at"]:
            assert "Ngày đăng: " in text and g["published_at"][11:16] in text


def test_non_articles_and_404(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for bad in ["/khong-co-trang-nay", "/tin-tuc/tin-hoat-dong/khong-co", "/tin-tuc/thong-bao?start=3",
                "/tin-tuc/tin-hoat-dong?start=0", "/tin-tuc/tin-hoat-dong?start=6",
                "/tin-tuc/nope", "/component/content/article/hoi-nghi-cha-me-hoc-sinh-hoc-ki-i?catid=11&Itemid=101"]:
        assert fetch(server, bad)[0] == 404, bad


def test_every_gold_article_reachable_within_budget(server: PortalServer) -> None:
    pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages and pages[g["path"]], g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages
    ok = [p for p, body in pages.items() if body]
    assert len(ok) <= 3 * (13 + len(portal.NON_ARTICLES)), len(ok)
    assert all(body for body in pages.values()), [p for p, b in pages.items() if not b]


def test_traps(server: PortalServer) -> None:
    # 1: page-2-only posts are on no first page of a listing nor on the builder pages
    first = "".join(fetch(server, p)[1] for p in ["/", "/tin-tuc", "/tin-tuc/tin-hoat-dong", "/tin-tuc/chuyen-mon"])
    for slug in ["tuyen-truyen-an-toan-giao-thong-dau-nam-hoc", "ket-qua-khao-sat-chat-luong-dau-nam-toan-9"]:
        assert slug not in first
    assert "tuyen-truyen-an-toan-giao-thong-dau-nam-hoc" in fetch(server, "/tin-tuc/tin-hoat-dong?start=3")[1]
    # 2: the same alias in two categories: two different posts
    a = _text(fetch(server, "/tin-tuc/tin-hoat-dong/hoi-nghi-cha-me-hoc-sinh-hoc-ki-i")[1])
    b = _text(fetch(server, "/tin-tuc/thong-bao/hoi-nghi-cha-me-hoc-sinh-hoc-ki-i")[1])
    assert "Tin, ảnh: Lê Thị Mai" in a and "Số: 125/TB-THCSTP" in b
    # 4: the only h1 is the category name; 6: datetime attributes in UTC, the day before
    page = fetch(server, "/tin-tuc/tin-hoat-dong/lien-doi-ra-quan-thang-hanh-dong-vi-binh-dang-gioi")[1]
    assert re.findall(r"<h1[^>]*>([^<]*)</h1>", page) == ["Tin hoạt động"]
    assert 'datetime="2026-11-30T23:10:00+00:00" itemprop="datePublished"' in page
    assert "Ngày tạo: Chủ Nhật, 29 Tháng 11 2026 21:40" in _text(page)
    # 9: the full image keeps Joomla's media-field fragment
    page = fetch(server, "/tin-tuc/tin-hoat-dong/ky-niem-44-nam-ngay-nha-giao-viet-nam")[1]
    assert "le-ky-niem-20-11.jpg#joomlaImage://local-images/" in page
    # 10: the cloaked address is not printed as text
    page = fetch(server, "/tuyen-sinh-lop-6")[1]
    assert "<joomla-hidden-mail" in page and "tuyensinh.thcstranphu@gmail.com" not in _text(page)
    # 11: item navigation on notices points to other posts
    assert 'rel="next"' in fetch(server, "/tin-tuc/thong-bao/hoi-nghi-cha-me-hoc-sinh-hoc-ki-i")[1]
    # 8: SPPB body with style blocks and an image addon title
    page = fetch(server, "/tin-tuc/chuyen-mon/hoi-thi-giao-vien-day-gioi-cap-truong-toan-khtn")[1]
    assert "sppb-addon-single-image" in page and "<style" in page.split("articleBody", 1)[1]
