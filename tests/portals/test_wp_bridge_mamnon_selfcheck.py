"""Self-checks of the wp_bridge_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_bridge_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_A_HREF = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"']+)[\"']", re.I | re.S)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".xml")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for href in _A_HREF.findall(body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = urljoin(server.url(target), href)
        parts = urlsplit(url)
        if parts.netloc != f"{server.host}:{server.port}":
            continue
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over <a href> from START_PATH: every page that answers 200."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status in (301, 302):
            continue
        assert status == 200, target
        pages[target] = body
        for link in _links(server, target, body):
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert len(pages) < 200, "crawl does not end"
    return pages


def test_exactly_13_gold_articles_and_some_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_answers_with_title_and_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _page_text(body)
    assert gold["title"] in page
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells are printed in their own <td>
            for cell in para.split(" | "):
                assert cell in page, cell
        else:
            assert para in page, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in page, name
    if gold["source"]:
        assert gold["source"] in page
    if gold["summary"]:
        assert gold["summary"] in page
    for img in gold["images"]:
        assert img["path"] in body, img
        if img["caption"]:
            assert img["caption"] in page, img["caption"]
    assert gold["category"] in page
    day = gold["published_at"][:10]
    letterhead = f"ngày {int(day[8:])} tháng {int(day[5:7])} năm {day[:4]}"
    assert f"{int(day[8:]):02d} Th{int(day[5:7])}" in body or letterhead in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _page_text(body)
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_every_gold_article_and_non_article_is_reachable(server):
    pages = _crawl(server)
    for gold in portal.GOLD:
        forms = {gold["path"], *gold.get("alt_paths", [])}
        assert forms & set(pages), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    # the crawl stays within the budget of 3 x (articles + non-articles) page requests
    assert len(pages) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), len(pages)


def test_article_one_is_only_on_page_three(server):
    first = next(g for g in portal.GOLD if g["path"].startswith("/hoi-nghi-vien-chuc"))
    _, p3, _ = fetch(server, "/category/tin-tuc-su-kien/page/3/")
    assert first["path"] in p3
    for target in ("/", "/category/tin-tuc-su-kien/", "/category/tin-tuc-su-kien/page/2/"):
        _, body, _ = fetch(server, target)
        assert first["path"] not in body, target


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1 ><span>" in body


def test_unknown_paths_are_404(server):
    for target in (
        "/khong-ton-tai/",
        "/category/tin-tuc-su-kien/page/4/",
        "/?p=99999",
        "/portfolio_page/khong-co/",
        "/2026/09/",
        "/tag/khong-co/",
        f"{portal.GOLD[0]['path']}?replytocom=1",
        f"{portal.GOLD[0]['path']}?utm_source=zalo",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_static_and_machinery(server):
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, gold["images"][0]["path"])
    assert status == 200 and headers["Content-Type"].startswith("image/")
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200 and "sitemap_index.xml" in robots
    status, sitemap, _ = fetch(server, "/post-sitemap.xml")
    assert status == 200 and all(g["path"] in sitemap for g in portal.GOLD)
    status, _, headers = fetch(server, "/author/quantri/")
    assert status == 301 and headers["Location"] == "/"


def test_utc_meta_dates_differ_from_the_printed_day(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    notice = by_path["/thong-bao-ve-viec-cho-tre-nghi-hoc-do-mua-lu/"]
    _, body, _ = fetch(server, notice["path"])
    assert 'content="2026-11-30T23:20:00+00:00"' in body
    assert "01 Th12" in body and "Đăng lúc 06:20h" in body
    assert notice["published_at"] == "2026-12-01T06:20:00+07:00"
    rac = by_path["/be-voi-ngay-hoi-phan-loai-rac-bao-ve-moi-truong/"]
    _, body, _ = fetch(server, rac["path"])
    assert "Đăng lúc 00:00h" in body and rac["published_at"] == "2026-11-15"


def test_lazy_images_and_chrome_are_not_gold(server):
    for gold in portal.GOLD:
        paths = [i["path"] for i in gold["images"]]
        assert portal.LAZY_GIF not in paths
        assert all("fbcdn" not in p and "logo" not in p for p in paths)
        assert "Bài viết liên quan" not in gold["body"]
        assert "TUYỂN SINH" not in gold["body"]
        assert "Xem thêm" not in gold["body"]
        assert "quantri" not in gold["authors"]
