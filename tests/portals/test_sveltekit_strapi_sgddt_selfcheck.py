"""Self-checks of the sveltekit_strapi_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sveltekit_strapi_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible_text(page: str) -> str:
    """Page text as a reader sees it: no scripts, no comments, tags dropped, entities decoded."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S)
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    page = re.sub(r"<(?:strong|em|b|/strong|/em|/b)>", "", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def h1(page: str) -> str:
    match = re.search(r"<h1\b[^>]*>(.*?)</h1>", page, re.S)
    assert match
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", match.group(1))))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.NAME == "sveltekit_strapi_sgddt"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_page_serves_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    assert h1(page) == gold["title"]
    text = visible_text(page)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    published = gold["published_at"]
    day = int(published[8:10])
    month = int(published[5:7])
    assert f"{day} tháng {month}, {published[:4]}" in text
    if len(published) > 10:
        assert f"{published[11:16]} " in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][9:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200
        assert h1(page) == gold["title"]
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in page


def crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        requests += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', page):
            absolute = urljoin(server.base_url + target, _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc or parts.path.startswith("/uploads/"):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, requests


def test_everything_reachable_within_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_later_pages(server):
    linked_first = set()
    first_pages = ["/", "/tin-tuc", *[f"/chuyen-muc/{c}" for c in portal.CATS], *portal.NON_ARTICLES]
    first_pages += [g["path"] for g in portal.GOLD if g is not portal.GOLD[-1]]
    for target in first_pages:
        _, page, _ = fetch(server, target)
        linked_first |= {h.split("?")[0] for h in re.findall(r'href="(/tin-tuc/[^"]+)"', page)}
    _, page, _ = fetch(server, "/tin-tuc?page=3")
    assert "Khai mạc Hội khỏe Phù Đổng" in page
    assert portal.GOLD[-1]["path"] not in linked_first


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, page, _ = fetch(server, path)
    assert status == 200
    assert "<h1" in page


def test_unknown_paths_404(server):
    for target in ["/tin-tuc/khong-ton-tai", "/tin-tuc/99999", "/chuyen-muc/abc", "/tin-tuc?page=9", "/xyz",
                   "/van-ban/khong-co"]:
        assert fetch(server, target)[0] == 404, target


def test_trailing_slash_redirects(server):
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, gold["path"] + "/")
    assert status == 308
    assert headers["Location"] == gold["path"]


def test_data_json_endpoints(server):
    status, body, headers = fetch(server, portal.GOLD[0]["path"] + "/__data.json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    data = json.loads(body)
    assert data["type"] == "data" and data["nodes"][1]["type"] == "data"
    assert fetch(server, "/tin-tuc/__data.json?page=2&x-sveltekit-invalidated=01")[0] == 200
    assert fetch(server, "/__data.json")[0] == 200


def test_traps_are_printed(server):
    # vi-VN time-first date with a UTC datetime on the previous day
    _, page, _ = fetch(server, "/tin-tuc/tap-huan-doi-tuyen-hoc-sinh-gioi-quoc-gia-nam-hoc-2026-2027")
    assert 'datetime="2026-12-02T23:15:00.000Z"' in page
    assert "06:15 Thứ Năm, 3 tháng 12, 2026" in page
    assert "<strong>Quảng N</strong><!---->inh" in page
    # SEO title differs from the headline
    assert "<title>Tập huấn đội tuyển HSG quốc gia | Sở GD&amp;ĐT Quảng Ninh</title>" in page
    # pre-line paragraph with raw newlines
    _, page, _ = fetch(server, "/tin-tuc/truong-thpt-hon-gai-to-chuc-ngay-hoi-stem-nam-2026")
    assert "18/11/2026.\nĐịa điểm" in page and "white-space: pre-line" in page
    # table of contents, editor-typed caption, code block
    _, page, _ = fetch(server, "/tin-tuc/khai-mac-hoi-khoe-phu-dong-tinh-quang-ninh-lan-thu-xi")
    assert "<summary" in page and "Mục lục" in page
    _, page, _ = fetch(server, "/tin-tuc/ngay-hoi-be-vui-khoe-cua-tre-mam-non-thanh-pho-ha-long")
    assert "<p><!----><em>Các bé tham gia màn đồng diễn thể dục nhịp điệu.</em><!----></p>" in page
    _, page, _ = fetch(server, "/tin-tuc/thong-bao-to-chuc-hoi-thao-doi-moi-phuong-phap-day-hoc-mon-lich-su")
    assert "<pre><code>07h30 - 08h00: Đón tiếp đại biểu\n08h00" in page
    # query-only pagination
    _, page, _ = fetch(server, "/tin-tuc?page=2")
    assert 'href="?page=1"' in page and 'href="?page=3"' in page


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
