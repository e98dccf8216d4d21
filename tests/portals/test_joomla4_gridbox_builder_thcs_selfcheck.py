"""Self-checks of the joomla4_gridbox_builder_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_gridbox_builder_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def links(markup: str, current: str) -> list[str]:
    out = []
    for raw in HREF.findall(markup):
        url = urljoin("http://fixture.invalid" + current, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if re.search(r"\.(jpg|png|gif|webp|css|js|ico|pdf)$", parts.path, re.I):
            continue
        out.append(target)
    return out


def crawl(server, follow=lambda target: True) -> list[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    order = []
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        order.append(target)
        for link in links(body, target):
            if link not in seen and follow(link):
                seen.add(link)
                queue.append(link)
    return order


def test_module_contract():
    assert portal.NAME == "joomla4_gridbox_builder_thcs"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["category"] for g in portal.GOLD}) == 3
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for machine in ("/home/", "/tmp/", "/work/"):
        assert machine not in source


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_paths_and_duplicates_answer_with_title(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        h1 = re.search(r'<h1 class="intro-post-title">(.*?)</h1>', body).group(1)
        assert collapse(_html.unescape(h1)) == record["title"], target
        assert f'content="http://127.0.0.1:{server.port}{record["path"]}"' in body  # og:url


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_on_page(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = page_text(body)
    for para in record["body"].split("\n\n"):
        assert para in text, para
    if record["summary"]:
        assert record["body"].startswith(record["summary"])
        assert f"<strong>{_html.escape(record['summary'])}</strong>" in body.replace("&#x27;", "'")
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert f"Nguồn: {record['source']}" in text
    for img in record["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert record["category"] in text
    y, m, d = record["published_at"].split("-")
    if record["path"].endswith("nam-hoc-2026-2027") and "thong-bao" in record["path"]:
        assert f"ngày {d} tháng {m} năm {y}" in text
    else:
        assert f"{d} {portal._MONTHS[int(m) - 1]} {y}</span>" in body


def test_body_excludes_chrome():
    for record in portal.GOLD:
        for word in ("Bình luận", "Chia sẻ", "Tải kế hoạch", "Có thể bạn quan tâm", "Cập nhật lúc",
                     "Nơi nhận", "CỘNG HÒA", "Theo dõi Liên đội", "Video:"):
            assert word not in record["body"], (record["path"], word)


def test_everything_reachable_within_budget(server):
    order = crawl(server)
    reached = set(order)
    for record in portal.GOLD:
        assert record["path"] in reached, record["path"]
        for alt in record.get("alt_paths", []):
            assert alt in reached, alt
    for path in portal.NON_ARTICLES:
        assert path in reached
    assert len(order) <= 3 * (13 + len(portal.NON_ARTICLES)), len(order)


def test_some_articles_only_via_page_two(server):
    order = set(crawl(server, follow=lambda t: "page=" not in t))
    missing = [g["path"] for g in portal.GOLD if g["path"] not in order]
    assert len(missing) == 3, missing
    # the load-more category hides its numbered pager but keeps the links
    status, body, _ = fetch(server, "/blog/hoat-dong-chuyen-mon")
    assert status == 200
    assert 'style="display: none;"' in body and 'href="/blog/hoat-dong-chuyen-mon?page=2"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="intro-post-title"' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/blog/khong-co",
        "/blog/tag/khong-co",
        "/blog/tin-tuc-su-kien/khong-co-bai-nay",
        "/blog/thong-bao/dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "/index.php?option=com_gridbox&view=page&blog=1&id=9999",
        "/images/tai-lieu/khong-co.pdf",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_listing_past_last_page_is_empty(server):
    status, body, _ = fetch(server, "/blog/tin-tuc-su-kien?page=9")
    assert status == 200
    assert "Chưa có bài viết nào" in body
    grid = body.split('class="ba-blog-posts-wrapper ba-grid-layout"', 1)[1].split("</div>", 1)[0]
    assert "ba-blog-posts-empty" in grid and "ba-blog-post-title" not in grid


def test_images_served(server):
    for record in portal.GOLD:
        for img in record["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, _ = fetch(server, "/components/com_gridbox/assets/images/default-lazy-load.webp")
    assert status == 200
