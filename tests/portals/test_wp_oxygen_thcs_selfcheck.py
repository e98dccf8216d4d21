"""Self-checks of the wp_oxygen_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, unquote, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_oxygen_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees, NFC and whitespace-collapsed; footnote calls and scripts dropped."""
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r'<sup data-fn="[^"]+" class="fn">.*?</sup>', "", markup, flags=re.S)
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(html.unescape(markup))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert portal.START_PATH == "/"
    assert portal.NAME == "wp_oxygen_thcs"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:60])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = page_text(body)
    assert gold["title"] in text
    # the headline is an <h2 class="ct-headline">; the page's only <h1> is the school's name
    h2 = re.search(r'<h2 id="headline-16-12"[^>]*>(.*?)</h2>', body, re.S).group(1)
    assert page_text(h2) == gold["title"]
    assert re.findall(r"<h1\b", body) == ["<h1"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    for img in gold["images"]:
        assert f'data-lazy-src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<div class="breadcrumbs".*?</div></div>', body, re.S).group(0)
    assert f'<span property="name">{gold["category"]}</span>' in crumbs
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body


def _printed_datetime(body: str) -> tuple[str, str]:
    m = re.search(
        r'<span id="span-23-12" class="ct-span">(\d+) (Tháng [^,]+), (\d{4})</span> lúc '
        r'<span id="span-24-12" class="ct-span">(\d+):(\d\d) (sáng|chiều)</span>',
        body,
    )
    day, month, year = int(m.group(1)), portal.VI_MONTHS.index(m.group(2)) + 1, int(m.group(3))
    hour = int(m.group(4)) % 12 + (12 if m.group(6) == "chiều" else 0)
    return f"{year}-{month:02d}-{day:02d}", f"{hour:02d}:{m.group(5)}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:60])
def test_published_at_matches_the_printed_date(server, gold):
    _, body, _ = fetch(server, gold["path"])
    day, hm = _printed_datetime(body)
    if gold["path"] == portal.post_path(portal.T1):
        # an official notice: the letterhead's day, not the post's
        assert "Hòa Vang, ngày 30 tháng 11 năm 2026" in body
        assert gold["published_at"] == "2026-11-30" and day == "2026-12-01"
    elif hm == "00:00":
        assert gold["published_at"] == day
    else:
        assert gold["published_at"] == f"{day}T{hm}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:60])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body)
        assert f'href="{server.base_url}{gold["canonical_path"]}"' in body


def _links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*?\shref=["\']([^"\']+)["\']', body):
        href = html.unescape(href).split("#")[0]
        if not href.startswith("/") or href.startswith("//"):
            continue
        if re.search(r"\.(jpe?g|png|gif|pdf|css|js)$", urlsplit(href).path, re.I):
            continue
        out.append(href)
    return out


def _crawl(server) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(t for t in _links(body) if t not in seen)
    return seen


def test_everything_reachable_by_links_within_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert all(status == 200 for status in seen.values()), [t for t, s in seen.items() if s != 200]
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_a4_only_on_second_pages(server):
    a4 = portal.post_path(portal.A4)
    for target in ("/", "/chuyen-muc/tin-tuc/hoat-dong-nha-truong/", "/feed/"):
        _, body, _ = fetch(server, target)
        assert portal.A4.slug not in body
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc/hoat-dong-nha-truong/page/2/")
    assert f'href="{a4}"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "TRƯỜNG THCS LÝ TỰ TRỌNG" in body


def test_tohop_slug_and_its_variants(server):
    path = portal.post_path(portal.A3)
    assert "%cc%a3" in path
    # the page's text is decomposed (tone marks combining), the gold NFC
    _, body, _ = fetch(server, path)
    assert unicodedata.normalize("NFC", body) != body
    assert portal.GOLD[8]["title"] == unicodedata.normalize("NFC", portal.A3.title)
    nfc = quote(unicodedata.normalize("NFC", unquote(path)))
    assert fetch(server, nfc)[0] == 404
    assert fetch(server, portal.upper_escapes(path))[0] == 200


def test_redirects_and_unknown_paths(server):
    status, _, headers = fetch(server, f"/?p={portal.A1.id}")
    assert status == 301 and headers["Location"] == portal.post_path(portal.A1)
    status, _, headers = fetch(server, "/chuyen-muc/hoat-dong-nha-truong/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/tin-tuc/hoat-dong-nha-truong/"
    for target in (
        "/khong-co-trang-nay/",
        "/tin-tuc/bai-viet-khong-ton-tai/",
        "/chuyen-muc/thong-bao/page/9/",
        "/tag/khong-co/",
        "/wp-sitemap.xml",
        f"{portal.post_path(portal.A2)}anh-khong-co/",
    ):
        assert fetch(server, target)[0] == 404, target


def test_images_and_feed_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, body, headers = fetch(server, "/feed/")
    assert status == 200 and "rss" in headers["Content-Type"]
    assert body.count("<item>") == 10
    assert fetch(server, "/robots.txt")[0] == 200


def test_chrome_is_not_in_gold(server):
    for gold in portal.GOLD:
        for bad in ("Người đăng", "quantri_ltt", "Bài viết liên quan", "Chia sẻ bài viết", "Xem thêm",
                    "Tải về", "File đính kèm", "CẢNH BÁO", "[…]", "↩︎", "Nơi nhận", "HIỆU TRƯỞNG"):  # fmt: skip
            assert bad not in gold["body"], (gold["path"], bad)
