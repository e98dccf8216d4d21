"""Self-checks of the adonisjs_edge_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import adonisjs_edge_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
INLINE = re.compile(r"</?(?:a|strong|em|b|i|u|span|sup|sub|time)\b[^>]*>", re.I)
TAG = re.compile(r"<[^>]+>")


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(_html.unescape(TAG.sub(" ", INLINE.sub("", markup))))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _local_target(base: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("mailto:", "tel:", "javascript:", "#")):
        return None
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over <a href> from START_PATH, skipping files: what a sensible crawler sees."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for href in HREF.findall(body):
            nxt = _local_target(server.url(target), href)
            if nxt is None or nxt in seen:
                continue
            if re.search(r"\.(jpg|png|gif|pdf|css|js|ico)$", urlsplit(nxt).path, re.I):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["category"] in portal.CATEGORIES.values()
        assert g["body"] and g["title"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    canonical = f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">'
    assert canonical in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_printed_date_matches_gold(server, gold):
    _, body, _ = fetch(server, gold["path"])
    pub = gold["published_at"]
    if "T" in pub:
        when = dt.datetime.fromisoformat(pub)
        assert f"{when:%d/%m/%Y - %H:%M}" in body
        utc = when.astimezone(dt.UTC)
        assert f'datetime="{utc:%Y-%m-%dT%H:%M:%S}.000Z"' in body
    else:
        day = dt.date.fromisoformat(pub)
        if gold["path"].startswith("/thong-bao/318"):
            assert f"ngày {day.day} tháng {day.month} năm {day.year}" in body
        elif gold["path"].startswith("/thong-bao/"):
            assert f"Ngày {day:%d/%m/%Y}" in body
        else:
            assert f"{day:%d/%m/%Y} - 00:00" in body


def test_alt_paths_serve_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in page_text(body)
            assert f'href="{server.base_url}{gold["canonical_path"]}"' in body


def test_traps_present(server):
    # old title in og:title of a retitled post; badge inside h1; lazy placeholder; UTC day differs
    _, body, _ = fetch(server, "/bai-viet/khai-mac-hoi-khoe-phu-dong-tinh-ha-giang-lan-thu-xi-nam-2026-2287")
    assert 'og:title" content="Khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang năm 2026"' in body
    assert 'datetime="2026-11-30T23:45:00.000Z"' in body
    assert 'class="tbl-anh"' in body
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert '<span class="nhan-moi"' in body
    assert 'src="/assets/img/blank.gif" data-src="/uploads/2026/12/giao-ban-thang-11-01.jpg"' in body
    assert 'x-show="moRong" x-cloak style="display:none"' in body
    assert 'class="bv-lq"' in body
    _, listing, _ = fetch(server, "/danh-muc/tin-tuc-su-kien")
    assert "/bai-viet/khai-mac-hoi-khoe-phu-dong-tinh-ha-giang-nam-2026-2287" in listing
    assert 'href="?page=2"' in listing and 'data-url="/danh-muc/tin-tuc-su-kien?page=2"' in listing


def test_every_gold_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_articles(server):
    _, home, _ = fetch(server, "/")
    for sid in (2254, 2241, 2249):
        assert f"-{sid}" not in home
    _, p3, _ = fetch(server, "/danh-muc/tin-tuc-su-kien?page=3")
    assert "-2241" in p3


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co",
        "/bai-viet/khong-co-9999",
        "/bai-viet/abc",
        "/thong-bao/2291",
        "/bai-viet/x-318",
        "/danh-muc/khong-co",
        "/danh-muc/tin-tuc-su-kien?page=9",
        "/danh-muc/tin-tuc-su-kien?page=abc",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_and_files_serve(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/uploads/van-ban/124/qd-1520-sgddt.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
