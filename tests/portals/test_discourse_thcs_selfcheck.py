"""Self-checks of the discourse_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import discourse_thcs as portal
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
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _canonical(page: str) -> str | None:
    m = re.search(r'<link rel="canonical" href="([^"]+)"', page)
    return (
        urlsplit(m.group(1)).path
        + (f"?{urlsplit(m.group(1)).query}" if urlsplit(m.group(1)).query else "")
        if m
        else None
    )


def _nfc(page: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(page)).replace("\xa0", " ")


def test_gold_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert set(g) >= KEYS
        assert ISO.match(g["published_at"])
        for key in ("title", "body"):
            assert g[key] == unicodedata.normalize("NFC", g[key])
        assert g["category"] in ("Thông báo", "Tin hoạt động")
        assert g["summary"] is None
        assert "File đính kèm" not in g["body"] and "Ảnh:" not in g["body"]
        assert "hanoi.edu.vn" not in g["body"]


def test_dates_match_utc_posts():
    for g in portal.GOLD:
        topic = portal.BY_ID[int(g["path"].rsplit("/", 1)[1])]
        local = (
            datetime.strptime(topic.utc, "%Y-%m-%dT%H:%M:%SZ")
            .replace(tzinfo=UTC)
            .astimezone(timezone(timedelta(hours=7)))
        )
        assert local.isoformat() == g["published_at"]


def test_gold_pages_and_twins(server):
    for g in portal.GOLD:
        for target in [g["path"], *g["alt_paths"]]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            text = _nfc(page)
            assert f">{g['title']}</a>" in text or f"<h1>{g['title']}</h1>" in text, target
            if not target.endswith("/print"):
                assert _canonical(page) == g["canonical_path"], target
        status, page, _ = fetch(server, g["path"])
        text = _nfc(page)
        plain = " ".join(re.sub(r"<[^>]+>", " ", text).split())
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):  # table rows: each cell is printed in its own <td>
                assert piece in plain, piece
        for img in g["images"]:
            assert f'src="{img["path"]}"' in page
            if img["caption"]:
                assert f"<em>{img['caption']}</em>" in text


def test_bfs_reaches_every_gold(server):
    seen, queue = {"/"}, deque(["/"])
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in re.findall(r"""href=['"]([^'"#]+)['"]""", page):
            url = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if url.netloc != f"127.0.0.1:{server.port}":
                continue
            nxt = url.path + (f"?{url.query}" if url.query else "")
            if nxt.endswith((".css", ".png", ".jpeg", ".jpg", ".rss")) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    assert set(portal.NON_ARTICLES) <= seen | {"/faq"}


def test_oldest_notices_only_on_second_category_page(server):
    _, first, _ = fetch(server, "/c/thong-bao/5")
    _, second, _ = fetch(server, "/c/thong-bao/5?page=1")
    for tid in (205, 207):
        path = portal.BY_ID[tid].path
        assert f"href='{path}'" not in first and f"href='{path}'" in second
    assert "/c/thong-bao/5?page=1" in first and "?page=2" not in second


def test_latest_pages_and_empty_last(server):
    status, page, _ = fetch(server, "/latest?page=2")
    assert status == 200 and "/latest?page=3" in page
    status, page, _ = fetch(server, "/latest?page=3")
    assert status == 200 and "raw-topic-link" not in page and "trang sau" not in page
    assert fetch(server, "/latest?page=4")[0] == 404


def test_long_topic_second_page_and_last_post(server):
    base = "/t/le-khai-giang-nam-hoc-2026-2027/214"
    for target in (f"{base}?page=2", f"{base}/26"):
        status, page, _ = fetch(server, target)
        assert status == 200 and "id='post_1'" not in page and "id='post_21'" in page
        assert _canonical(page) == f"{base}?page=2"
    _, page, _ = fetch(server, base)
    assert "id='post_20'" in page and "id='post_21'" not in page and "trang sau →" in page


def test_traps(server):
    base = "/t/le-khai-giang-nam-hoc-2026-2027/214"
    status, page, headers = fetch(server, "/raw/214")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert "![IMG_2041" in page
    status, page, headers = fetch(server, f"{base}.rss")
    assert status == 200 and "rss" in headers["Content-Type"] and f"{base}/1</link>" in page
    status, page, _ = fetch(server, f"{base}/print")
    assert 'content="noindex"' in page and 'rel="canonical"' not in page
    _, page, _ = fetch(server, base)
    assert '<span class="filename">IMG_2041</span>' in page
    assert 'class="informations"' in page
    _, page, _ = fetch(server, "/t/thong-bao-cac-khoan-thu-dau-nam-hoc-2026-2027/218")
    assert 'class="onebox allowlistedgeneric"' in page and 'aside class="quote' in page
    _, page, _ = fetch(server, "/t/thong-bao-nghi-hoc-tranh-bao-so-7/227")
    assert unicodedata.normalize("NFD", "tránh bão") in page and "dateModified" in page
    _, page, _ = fetch(server, "/t/tri-an-thay-co-nhan-ngay-20-11/237")
    assert "Góc học sinh" in page and "lightbox" in page
    _, page, _ = fetch(server, "/t/xin-hoi-ve-dong-phuc-lop-6/211")
    assert "Hỏi đáp phụ huynh" in page
    for target in [
        *portal.NON_ARTICLES,
        "/top",
        "/tag/khai-giang",
        "/u/vanphong/activity",
        "/search?q=khai",
        "/login",
        "/signup",
        "/guidelines",
        "/posts/856/raw",
        "/sitemap.xml",
        "/sitemap_1.xml",
    ]:
        assert fetch(server, target)[0] == 200, target
    status, page, _ = fetch(server, "/robots.txt")
    assert "Disallow: /u/" in page and "Sitemap:" in page
    assert fetch(server, "/t/sai-slug/214")[0] == 404


def test_header_and_author_lines(server):
    _, page, _ = fetch(server, "/t/lich-hop-phu-huynh-hoc-sinh-dau-nam/224")
    assert portal.TODAY in page
    assert "<span itemprop='name'>vanphong</span></a>\n        (Văn phòng nhà trường)" in page
    _, page, _ = fetch(server, "/t/hoi-thi-dau-truong-toan-hoc-cap-truong/221")
    assert "<span itemprop='name'>bientap</span></a>\n      </span>" in page
    assert "Tin, ảnh: Phạm Thu Hà" in page
    _, page, _ = fetch(server, "/t/le-khai-giang-nam-hoc-2026-2027/214")
    assert "datetime='2026-09-05T01:20:00Z'" in page and "Tháng 9 5, 2026, 8:20sáng" in page
