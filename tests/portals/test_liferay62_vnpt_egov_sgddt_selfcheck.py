"""Self-checks of the Liferay 6.2 / VNPT eGov fixture (Sở GD&ĐT Bắc Giang) against itself."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_vnpt_egov_sgddt as portal
from tests.portals._selfcheck import fetch

#: assets a crawler does not fetch as pages (documents are fetched: they are links)
ASSETS = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js")
ENTRY_MARK = re.compile(r'class="asset-content" id="_101_INSTANCE_Ck9s_(\d+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</?(p|div|li|td|th|tr|h\d|table|ul)\b[^>]*>", "\n", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    value = unicodedata.normalize("NFC", html.unescape(markup)).replace("\xa0", " ")
    return re.sub(r"[ \t]+", " ", value)


def flat(markup: str) -> str:
    return re.sub(r"\s+", " ", page_text(markup))


def target_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links(markup: str, current: str, *, anchors_only: bool = False) -> list[str]:
    found = re.findall(r'<a\b[^>]*\shref="([^"]*)"', markup)
    if not anchors_only:
        found += re.findall(r'<link\b[^>]*\shref="([^"]*)"', markup)
        found += re.findall(r'<form\b[^>]*\saction="([^"]*)"[^>]*method="get"', markup)
    out = []
    for raw in found:
        href = html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        host = urlsplit(absolute).hostname
        if host not in ("fixture.invalid", "127.0.0.1"):
            continue
        out.append(target_of(absolute))
    return out


def crawl(server) -> tuple[dict[str, str], int]:
    """Breadth-first over links and GET forms from START_PATH; pages by target, fetch count."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    fetched = 0
    while queue:
        target = queue.popleft()
        fetched += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = target_of(urljoin(server.url(target), headers["Location"]))
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, (target, status)
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages[target] = body
        for nxt in links(body, target):
            if nxt in seen or urlsplit(nxt).path.lower().endswith(ASSETS):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return pages, fetched


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def all_paths(record: dict) -> list[str]:
    return [record["path"], *record.get("alt_paths", [])]


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo"}
    paths = [p for g in portal.GOLD for p in all_paths(g)]
    assert len(paths) == len(set(paths))
    for g in portal.GOLD:
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_paths_answer_with_title(server, record):
    for target in all_paths(record):
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert record["title"] in flat(body), target
        entries = ENTRY_MARK.findall(body)
        assert len(entries) == 1, target


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_fields_on_page(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = flat(body)
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells
            assert cell in text, para
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    assert f"Chuyên mục: {record['category']}" in text
    y, m, d = record["published_at"][:10].split("-")
    if f"Ngày đăng: {d}/{m}/{y}" not in text:
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    if "T" in record["published_at"]:
        assert f"Ngày đăng: {d}/{m}/{y} | {record['published_at'][11:16]}" in text
    unescaped = html.unescape(body)
    for img in record["images"]:
        assert f'src="{img["path"]}"' in unescaped
        if img["caption"]:
            assert img["caption"] in text
    assert record["canonical_path"] + '" rel="canonical"' in body


def test_every_gold_article_reachable(crawled):
    pages, _ = crawled
    for record in portal.GOLD:
        assert any(p in pages for p in all_paths(record)), record["path"]


def test_reached_article_urls_are_all_in_gold(crawled):
    pages, _ = crawled
    by_entry = {str(s.opts["entry"]): s for s in portal.STORIES}
    gold_by_slug = {g["path"]: g for g in portal.GOLD}
    for target, body in pages.items():
        entries = ENTRY_MARK.findall(body)
        if not entries:
            continue
        story = by_entry[entries[0]]
        record = gold_by_slug[portal.article_url(story)]
        assert target in all_paths(record), target


def test_some_articles_only_on_page_two(crawled):
    pages, _ = crawled
    page_two_only = [s for s in portal.STORIES if s.id in (5, 6, 10, 13)]
    for story in page_two_only:
        record = next(g for g in portal.GOLD if g["path"] == portal.article_url(story))
        linking = [
            src
            for src, body in pages.items()
            if set(links(body, src, anchors_only=True)) & set(all_paths(record))
        ]
        assert linking, story.slug
        for src in linking:
            assert src == portal.list_url(story.cat, 2), (story.slug, src)


def test_crawl_budget(crawled):
    _, fetched = crawled
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles(server, crawled):
    pages, _ = crawled
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert not ENTRY_MARK.search(body)
        assert path in pages, path


def test_soft_missing_pages_are_not_articles(server):
    for target in (portal.entry_url(portal.EXPIRED_ENTRY), portal.DISPLAY):
        status, body, _ = fetch(server, target)
        assert status == 200
        assert not ENTRY_MARK.search(body)


def test_pagination_clamps_and_lists(server):
    status, body, _ = fetch(server, portal.list_url("tin-tuc-su-kien", 9))
    assert status == 200
    assert "Trang 2 của 2" in body
    status, body, _ = fetch(server, "/web/sgddt/tin-tuc-su-kien")
    assert "Hiển thị 1 - 4 của 6 kết quả." in body


def test_chrome(server):
    status, body, _ = fetch(server, portal.START_PATH)
    assert status == 200
    text = flat(body)
    for needle in ("Thứ Bảy, 05/12/2026", "Số lượt truy cập", "Văn bản chỉ đạo", "Lịch công tác",
                   "Thăm dò ý kiến", "Tin nổi bật"):
        assert needle in text
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH


@pytest.mark.parametrize(
    "target",
    [
        "/web/sgddt/khong-co-trang-nay",
        "/web/sgddt/chi-tiet-tin/-/asset_publisher/dR5k/content/khong-ton-tai",
        "/web/sgddt/chi-tiet-tin/-/asset_publisher/ZZZZ/content/"
        "hoi-nghi-so-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-quy-iv-nam-2026",
        "/web/khac/trang-chu",
        "/documents/20182/35412/khong-co.pdf",
        "/wp-admin/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
