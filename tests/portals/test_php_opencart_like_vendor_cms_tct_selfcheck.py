"""Self-checks of the php_opencart_like_vendor_cms_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_opencart_like_vendor_cms_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SAFE = "/?&=+;:%,-._~"
STATIC = ("/image/", "/catalog/view/")


def norm(target: str) -> str:
    """One spelling per target: percent-encoded UTF-8, '+' and '&' kept."""
    return quote(unquote(target), safe=SAFE)


def get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, norm(target))


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def h1(body: str) -> str:
    match = re.search(r"(?s)<h1[^>]*>(.*?)</h1>", body)
    assert match, "no h1"
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", match.group(1))))


def description(body: str) -> str:
    match = re.search(r'(?s)<div class="tab-pane active" id="tab-description">(.*?)\n</div>', body)
    assert match, "no description tab"
    return match.group(1)


def links(body: str, page_url: str) -> list[str]:
    base = re.search(r'<base href="([^"]+)"', body)
    root = base.group(1) if base else page_url
    out = []
    for href in re.findall(r'<a\b[^>]*?\shref="([^"]*)"', body):
        href = html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        out.append(urljoin(root, href))
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over <a href> from START_PATH, as a plain crawler would: pages and referrers."""
    host = urlsplit(server.base_url).netloc
    start = norm(portal.START_PATH)
    seen = {start: None}
    queue = deque([start])
    statuses: dict[str, int] = {}
    while queue:
        target = queue.popleft()
        status, body, headers = get(server, target)
        statuses[target] = status
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for url in links(body, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != host or parts.path.startswith(STATIC):
                continue
            key = norm(parts.path + (f"?{parts.query}" if parts.query else ""))
            if key not in seen:
                seen[key] = target
                queue.append(key)
        assert len(statuses) < 200, "crawl does not end"
    return seen, statuses


def test_shape():
    assert portal.NAME == "php_opencart_like_vendor_cms_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    paths = [g["path"] for g in portal.GOLD] + [p for g in portal.GOLD for p in g.get("alt_paths", [])]
    assert len(paths) == len(set(paths))
    for g in portal.GOLD:
        assert g["title"] and g["body"]
        assert 3 <= len(g["body"].split("\n\n")) <= 14
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, body, _ = get(server, gold["path"])
    assert status == 200
    assert h1(body) == gold["title"]
    canon = re.search(r'<link href="([^"]+)" rel="canonical"', body).group(1)
    assert html.unescape(canon) == server.base_url + gold["canonical_path"]
    desc = description(body)
    text = page_text(body)
    desc_text = page_text(desc)
    for para in gold["body"].split("\n\n"):
        cells = para.split(" | ")
        for cell in cells:
            assert cell in (text if para == gold["summary"] else desc_text), (gold["path"], cell)
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in desc_text
    for img in gold["images"]:
        assert img["path"].lstrip("/") in desc
        assert get(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in desc_text
    story = portal.BY_ID[int(re.search(r"news-article-(\d+)", body).group(1))]
    assert f"Ngày đăng: {story.opts['posted']}" in text
    if gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    # the title the shop's meta fields print is not always the headline
    assert f"<title>{html.escape(story.opts.get('meta_title', story.title))}</title>" in body
    assert "Chuyên mục: " in text and gold["category"] in text
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = get(server, alt)
        assert status == 200, alt
        assert h1(alt_body) == gold["title"]


def test_reachable_within_budget(crawl):
    seen, statuses = crawl
    pages = [t for t, s in statuses.items() if s == 200]
    assert len(statuses) <= 3 * (13 + len(portal.NON_ARTICLES)), len(statuses)
    for gold in portal.GOLD:
        assert {norm(p) for p in [gold["path"], *gold.get("alt_paths", [])]} & set(pages), gold["path"]
    for target in portal.NON_ARTICLES:
        assert norm(target) in pages, target
    # 116 and 113 are found on page 2 of "Tin tức - Sự kiện" only
    for sid in (116, 113):
        st = portal.BY_ID[sid]
        referrers = {seen[t] for t in seen if t == norm(f"/{st.slug}")}
        assert referrers <= {norm("/tin-tuc-su-kien?page=2"), norm("/index.php?route=news/category&path=59&page=2")}


def test_only_page_two_links_the_oldest(server):
    for target in ("/", "/tin-tuc-su-kien", "/index.php?route=news/category&path=59"):
        body = get(server, target)[1]
        assert "hoi-thi-giang-vien-day-gioi" not in body and "giai-bong-chuyen-hoi" not in body
        assert "news_id=116" not in body and "news_id=113" not in body
    for target in ("/tin-tuc-su-kien?page=2", "/index.php?route=news/category&path=59&page=2"):
        body = get(server, target)[1]
        assert "hoi-thi-giang-vien-day-gioi" in body and "giai-bong-chuyen-hoi" in body
        assert "Hiển thị 6 đến 7 trong 7 (2 Trang)" in body
        assert '<ul class="pagination">' in body
    for gold in portal.GOLD:
        if gold["path"].endswith(("/hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026", "-20-10")):
            continue
        body = get(server, gold["path"])[1]
        assert "hoi-thi-giang-vien-day-gioi" not in body and "giai-bong-chuyen-hoi" not in body
        assert "news_id=116" not in body and "news_id=113" not in body


@pytest.mark.parametrize("target", portal.NON_ARTICLES)
def test_non_articles(server, target):
    status, body, _ = get(server, target)
    assert status == 200
    assert "Ngày đăng" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/tin-tuc-su-kien/",
        "/dao-tao-boi-duong/hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026",
        "/tin-tuc-su-kien/image/catalog/tin-tuc/2026/12/tong-ket-2026-01.jpg",
        "/tin-tuc-su-kien/index.php",
        "/index.php?route=news/category&path=99",
        "/index.php?route=product/product&product_id=42",
        "/index.php?route=information/information&information_id=9",
    ],
)
def test_unknown_paths_404(server, target):
    assert get(server, target)[0] == 404


def test_soft_404_from_double_escaped_links(server):
    body = get(server, "/")[1]
    assert 'href="index.php?route=news/article&amp;amp;news_id=124"' in body
    status, page, _ = get(server, "/index.php?route=news/article&amp;news_id=124")
    assert status == 200
    assert h1(page) == "Không tìm thấy bài viết!"


def test_base_href_and_placeholders(server):
    status, body, _ = get(server, "/tin-tuc-su-kien/hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026")
    assert status == 200
    assert f'<base href="{server.base_url}/" />' in body
    assert 'src="image/catalog/tin-tuc/2026/12/tong-ket-2026-01.jpg"' in body
    assert 'src="image/cache/catalog/tin-tuc/2026/12/tong-ket-2026-01-300x200.jpg"' in body
    body = get(server, "/thong-bao-tuyen-sinh-trung-cap-llct-hc-nam-2027")[1]
    assert 'src="image/cache/no_image-300x200.png"' in body
    assert get(server, "/image/catalog/van-ban/2026/TB-215-TCT.pdf")[2]["Content-Type"] == "application/pdf"
    body = get(server, "/index.php?route=news/article&news_id=123")[1]
    assert "Ngày đăng: 30/11/-0001" in body


def test_breadcrumb_follows_the_path_param(server):
    body = get(server, "/index.php?route=news/article&path=59&news_id=128")[1]
    crumbs = re.search(r'<ul class="breadcrumb">(.*?)</ul>', body).group(1)
    assert "Tin tức - Sự kiện" in crumbs
    body = get(server, "/index.php?route=news/article&news_id=128")[1]
    crumbs = re.search(r'<ul class="breadcrumb">(.*?)</ul>', body).group(1)
    assert "Nghiên cứu khoa học" in crumbs and "Tin tức - Sự kiện" not in crumbs
