"""Self-check of the ``forkcms_sgddt`` fixture portal against itself (never the crawler).

Every gold path answers 200 and prints its headline and fields; every gold article is reachable
by links from the start page; the traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import forkcms_sgddt as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_BARE_SUP = re.compile(r"<sup><a [^>]*>\d+</a></sup>")
_EMOJI_IMG = re.compile(r'<img alt="[^"]*" class="emoji"[^>]*>')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(markup: str) -> str:
    """Page text as a reader sees it: bare note numbers and emoji bullets out, inline tags
    dropped, block tags to spaces."""
    markup = _BARE_SUP.sub("", markup)
    markup = _EMOJI_IMG.sub("", markup)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"</?(a|span|strong|em|b|i|sup|abbr|time)\b[^>]*>", "", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", html.unescape(markup).replace("\xa0", " ")))


def _is_page(target: str) -> bool:
    path = urlsplit(target).path
    return not re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx)$", path, re.I) and not path.startswith(
        ("/src/", "/media/")
    )


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first walk over every same-host link (redirects followed by hand)."""
    seen: set[str] = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("mailto:", "javascript:", "#")):
                continue
            absolute = urlsplit(urljoin(server.url(target), href))
            if absolute.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = (absolute.path or "/") + (f"?{absolute.query}" if absolute.query else "")
            if nxt not in seen and _is_page(nxt):
                seen.add(nxt)
                queue.append(nxt)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"])
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["body"] and "\n\n\n" not in g["body"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] == unicodedata.normalize("NFC", g["body"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = plain(body)
    assert f'itemprop="name" class="bv-tieude">{html.escape(gold["title"])}</h2>' in body
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: each cell is printed in its own cell
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f'title="{html.escape(gold["category"])}">{html.escape(gold["category"])}</a>' in body
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        assert f'datetime="{gold["published_at"][:19]}"' in body
    else:
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    for alt in gold["alt_paths"]:
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert html.escape(gold["title"]) in alt_body
        assert gold["body"].split("\n\n")[-1] in plain(alt_body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="articleBody"' not in body


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay", "/tin-tuc/abc/def", "/tu-khoa/detail/khong-co", "/vi/tin-tuc/x"):
        assert fetch(server, target)[0] == 404, target
    # Fork: an unknown post or a page past the last redirects to the 404 page
    status, _, headers = fetch(server, "/tin-tuc/detail/khong-ton-tai")
    assert status == 302 and headers["Location"] == "/404"
    status, _, headers = fetch(server, "/tin-tuc?page=9")
    assert status == 302 and headers["Location"] == "/404"
    assert fetch(server, "/404")[0] == 404


def test_every_gold_article_reachable_within_budget(server):
    seen, pages = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_nofollow_pagination_hides_two_posts(server):
    """Trap 1: without the rel=nofollow pagination links two posts are never linked."""
    seen: set[str] = {"/"}
    queue = deque(["/"])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for tag in re.findall(r"<a [^>]*>", body):
            if "nofollow" in tag:
                continue
            m = re.search(r'href="([^"]*)"', tag)
            if not m:
                continue
            absolute = urlsplit(urljoin(server.url(target), html.unescape(m.group(1))))
            if absolute.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = absolute.path + (f"?{absolute.query}" if absolute.query else "")
            if nxt not in seen and _is_page(nxt):
                seen.add(nxt)
                queue.append(nxt)
    hidden = {g["path"] for g in portal.GOLD} - seen
    assert hidden == {portal.detail_path(portal.A6), portal.detail_path(portal.A7)}


def test_page_one_and_listing_pages(server):
    s1, b1, _ = fetch(server, "/tin-tuc")
    s2, b2, _ = fetch(server, "/tin-tuc?page=1")
    assert s1 == s2 == 200 and b1 == b2
    _, b3, _ = fetch(server, "/tin-tuc?page=3")
    assert portal.detail_path(portal.A7) in b3
    _, c2, _ = fetch(server, "/tin-tuc/category/tin-tuc-su-kien?page=2")
    assert portal.detail_path(portal.A6) in c2 and 'rel="prev nofollow"' in c2


def test_date_traps(server):
    _, body, _ = fetch(server, portal.detail_path(portal.A3))
    assert 'content="2026-11-27T17:00:00+00:00"' in body  # UTC meta: the day before
    assert "00:00 | Thứ Bảy, 28/11/2026" in body
    assert "Cập nhật: 28/11/2026 08:47" in body
    _, body, _ = fetch(server, portal.detail_path(portal.A11))
    assert "08:20 | Thứ Ba, 01/12/2026" in body
    assert "Quảng Trị, ngày 30 tháng 11 năm 2026" in body
    assert "Thứ Bảy, 05/12/2026" in body


def test_text_traps(server):
    _, body, _ = fetch(server, portal.detail_path(portal.A5))
    assert unicodedata.normalize("NFD", "khắc phục") in body  # pasted decomposed
    assert "mso-list:Ignore" in body
    _, body, _ = fetch(server, portal.detail_path(portal.A10))
    assert "đạt 31,4%<sup>" in body and "[1]</span>" in body
    _, body, _ = fetch(server, portal.detail_path(portal.A9))
    assert "Xem thêm:" in body and "Ý kiến bạn đọc (3)" in body
    for gold in portal.GOLD:
        assert "Người đăng" not in " ".join(gold["authors"])
        assert "Đường dây nóng" not in gold["body"]
        assert "Xem thêm" not in gold["body"]
