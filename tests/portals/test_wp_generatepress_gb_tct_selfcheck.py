"""Self-checks of the wp_generatepress_gb_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_generatepress_gb_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible_text(page: str) -> str:
    page = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r'<sup data-fn="[^"]*" class="fn">.*?</sup>', "", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def test_contract_shape():
    assert portal.NAME == "wp_generatepress_gb_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = _visible_text(body)
        assert g["title"] in text, g["path"]
        for para in g["body"].split("\n\n"):
            needle = para.replace(" | ", " ")
            assert collapse(needle) in text.replace(" ,", ","), (g["path"], para)
        for img in g["images"]:
            assert img["path"] in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text, (g["path"], img)
        assert g["category"] in text
        date = g["published_at"]
        assert f'class="entry-date published" datetime="{date if "T" in date else date + "T00:00:00+07:00"}"' in body
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        for alt in g.get("alt_paths", []):
            status, alt_body, _ = fetch(server, alt)
            assert status == 200 and g["title"] in _visible_text(alt_body), alt


def test_all_gold_reachable_within_budget(server):
    seen = {portal.START_PATH}
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
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
                continue
            if re.search(r"\.(css|js|png|jpe?g|gif|ico|pdf)$", parts.path):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert pages <= budget, (pages, budget)
    print("crawl pages", pages, "budget", budget)


def test_only_page_two_reaches(server):
    """Page 2 of an archive is the only category listing of the oldest Đào tạo post."""
    _, first, _ = fetch(server, "/chuyen-muc/dao-tao-boi-duong/")
    status, second, _ = fetch(server, "/chuyen-muc/dao-tao-boi-duong/page/2/")
    assert status == 200
    slug = "be-giang-lop-boi-duong-nghiep-vu-cong-tac-dang-vien-moi"
    assert slug not in first.split('id="right-sidebar"')[0] and slug in second


def test_non_articles_and_listings(server):
    for path in [*portal.NON_ARTICLES, "/?query-7f3a9c21-page=4", "/chuyen-muc/tin-hoat-dong/page/2/",
                 "/tag/ly-luan-chinh-tri/", "/feed/", "/?s=khai"]:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_redirects_and_unknown(server):
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao/page/1/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/thong-bao/"
    status, _, headers = fetch(server, "/tin-tuc/hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026")
    assert status == 301
    for path in ["/khong-co-trang-nay/", "/tin-tuc/khong-co/", "/chuyen-muc/thong-bao/page/9/",
                 "/?query-7f3a9c21-page=9", "/tin-tuc/hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026/?replytocom=999",
                 "/chuyen-muc/khong-co/"]:
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_traps_are_in_the_markup(server):
    _, body, _ = fetch(server, "/tin-tuc/hoi-nghi-tong-ket-cong-tac-nghien-cuu-khoa-hoc-nam-2026/")
    assert 'id="ez-toc-container"' in body and "Tháng Mười Hai 2, 2026 10:00 sáng" in body
    assert body.index('class="updated"') < body.index('class="entry-date published"')
    _, body, _ = fetch(server, "/tin-tuc/boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4-nam-2026/")
    assert "Tháng Mười Một 17, 2026 12:00 sáng" in body
    _, body, _ = fetch(server, "/tin-tuc/doan-cong-tac-truong-tham-quan-hoc-tap-tai-khu-di-tich-ta-thiet/")
    assert "data-lazy-src=" in body and "blocks-gallery-caption" in body
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "gb-block-image" in body
