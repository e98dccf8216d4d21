"""Self-checks of the Liferay 6.2 fixture portal (Sở GD&ĐT Hà Tĩnh) against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_asset_publisher_tabs_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\b[^>]*?\shref=["']([^"']+)["']""", re.I)
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(TAG.sub(" ", body)))


def links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def is_file(target: str) -> bool:
    path = urlsplit(target).path
    return path.startswith(("/documents/", "/image/")) or bool(re.search(r"\.(png|gif|jpg|css|js|ico)$", path))


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over every link (redirects followed) from START_PATH: target -> (body, parent)."""
    seen: dict[str, tuple[str, str | None]] = {}
    queue = deque([(portal.START_PATH, None)])
    queued = {portal.START_PATH}
    while queue:
        target, parent = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            nt = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nt not in queued:
                queued.add(nt)
                queue.append((nt, parent))
            continue
        assert status == 200, (target, status, parent)
        seen[target] = (body, parent)
        for link in links(server, target, body):
            if link not in queued and not is_file(link):
                queued.add(link)
                queue.append((link, target))
    return seen


def canonicals(crawl) -> set[str]:
    """The paths the crawled pages name in ``rel="canonical"``."""
    out = set()
    for body, _ in crawl.values():
        m = re.search(r'<link href="([^"]+)" rel="canonical"', body)
        if m:
            out.add(urlsplit(_html.unescape(m.group(1))).path)
    return out


def all_urls(gold: dict) -> list[str]:
    return [gold["path"], *gold.get("alt_paths", [])]


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    urls = [u for g in portal.GOLD for u in all_urls(g)]
    assert len(urls) == len(set(urls)), "a URL belongs to two gold records"
    assert not set(urls) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức", "Thông báo", "Hoạt động ngành"}
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source


def test_gold_urls_answer_with_title(server):
    for gold in portal.GOLD:
        for target in all_urls(gold):
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert _html.escape(gold["title"], quote=True) in body, target


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200
        shown = page_text(body)
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in shown, (gold["path"], cell)
        if gold["summary"]:
            assert gold["summary"] in shown
        for name in gold["authors"] + gold["photographers"]:
            assert name in shown, name
        if gold["source"]:
            assert gold["source"] in shown
        for img in gold["images"]:
            assert _html.escape(img["path"]) in body, img
            if img["caption"]:
                assert img["caption"] in shown
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in shown or f"{d}/{m}/{y[2:]}" in shown or f"ngày {d} tháng {m} năm {y}" in shown
        canonical = re.search(r'<link href="([^"]+)" rel="canonical"', body).group(1)
        assert urlsplit(canonical).path == gold["path"]
        assert f">{gold['category']}</a>" in body


def test_every_article_reachable(crawl):
    for gold in portal.GOLD:
        assert any(u in crawl for u in all_urls(gold)), gold["path"]
        # the bare URL is linked, or printed as the canonical of a page that is
        assert gold["path"] in crawl or gold["path"] in canonicals(crawl), gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in crawl, target


def test_some_only_behind_page_two(crawl):
    """A6, A7 (Tin tức) and TB3 (Thông báo) are linked only from page 2 of their listing."""
    for key in ("A6", "A7", "TB3"):
        gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(key))
        own = set(all_urls(gold))
        first = min(
            (t for t in own if t in crawl),
            key=lambda t: list(crawl).index(t),
        )
        parent = crawl[first][1]
        assert parent is not None and "_cur=2" in parent, (key, parent)
        for target, (body, _) in crawl.items():
            if target in own or "_cur=2" in target:
                continue
            assert not any(_html.escape(u) in body for u in own if "?" not in u or "redirect" in u), (key, target)


def test_every_article_url_is_in_gold(crawl):
    known = {u for g in portal.GOLD for u in all_urls(g)}
    for target, (body, _) in crawl.items():
        article_like = ("asset-full-content" in body and "lfr-asset-summary" not in body) or target.startswith(
            "/c/journal/view_article_content"
        )
        if article_like:
            assert target in known, target
    named = canonicals(crawl)
    unvisited = [u for u in known if u not in crawl and u not in named and "viewMode=print" not in u]
    assert not unvisited, unvisited


def test_crawl_is_bounded(crawl):
    print("pages reached by links:", len(crawl))
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)) + 20, len(crawl)


def test_non_articles_and_404(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in (
        "/web/guest/khong-co-trang-nay",
        "/web/guest/tin-tuc/-/asset_publisher/Lq9vTn2Xk4Rb/content/khong-ton-tai",
        "/web/guest/tin-tuc/-/asset_publisher/Zt5nGu8aJf2C/content/giao-ban-cong-tac-giao-duc-trung-hoc-thang-11-2026",
        "/c/journal/view_article_content?groupId=20182&articleId=1",
        "/web/guest/thong-bao/-/asset_publisher/Hs7cWp0dYe3M/document/id/1",
    ):
        assert fetch(server, target)[0] == 404, target
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH


def test_listing_pages(server):
    status, body, _ = fetch(server, "/web/guest/tin-tuc")
    assert "Hiển thị 1 - 5 trong 8 kết quả." in body
    status, body, _ = fetch(server, portal.list_url("tin-tuc", 2))
    assert status == 200 and "Hiển thị 6 - 8 trong 8 kết quả." in body
    status, body, _ = fetch(server, portal.list_url("thong-bao", 2))
    assert status == 200 and "Trang trước" in body and portal.STORIES["TB3"].slug in body
