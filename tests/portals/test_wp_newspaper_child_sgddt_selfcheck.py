"""Self-checks of the wp_newspaper_child_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_newspaper_child_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"</?(span|strong|em|a|b|i)\b[^>]*>", "", page)  # inline: no gap ("T"+"ham")
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(server: PortalServer, page: str, current: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', page):
        absolute = urljoin(server.url(current), _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != f"{server.host}:{server.port}" or STATIC.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in _links(server, body, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            h1 = re.search(r'<h1 class="tdb-title-text">(.*?)</h1>', body).group(1)
            assert collapse(_html.unescape(h1)) == gold["title"], target


def test_reachable_and_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert fetched <= budget, (fetched, budget, sorted(seen))


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        pages = [gold["path"], *[a for a in gold.get("alt_paths", []) if re.search(r"\.html/\d+$", a)]]
        raw = "".join(fetch(server, p)[1] for p in pages)
        text = _text(raw)
        for para in gold["body"].split("\n\n"):
            # a table row's cells are printed in their own cells
            assert para.replace(" | ", " ") in text, (gold["path"], para)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert f'data-src="{img["path"]}"' in raw, (gold["path"], img)
            if img["caption"]:
                assert img["caption"] in text, (gold["path"], img["caption"])
        day = gold["published_at"][:10]
        assert f'content="{day}' in raw, gold["path"]
        if "T" in gold["published_at"]:
            assert f'article:published_time" content="{gold["published_at"]}"' in raw
        else:
            assert f'article:published_time" content="{day}T00:00:00+07:00"' in raw
        assert f">{gold['category']}</a>" in raw.replace("&amp;", "&") or gold["category"] in text
        # the canonical of every served variant is the gold path
        for target in pages + gold.get("alt_paths", []):
            body = fetch(server, target)[1]
            assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_body_chrome_not_in_gold():
    for gold in portal.GOLD:
        for bad in ("Chia sẻ bài viết", "bình chọn", "Nội dung chính", "CÓ THỂ BẠN QUAN TÂM",
                    "Quảng cáo", "Tệp đính kèm", "Tin, ảnh", "Quản trị viên"):
            assert bad not in gold["body"], (gold["path"], bad)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay/",
        "/tin-tuc-su-kien/khong-co-bai-9999.html",
        "/tin-tuc-su-kien/page/9/",
        "/giao-duc-trung-hoc/huong-dan-on-tap-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-1095.html/3",
        "/thong-bao/tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027-1211.html",
        "/tag/khong-co/",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_page_one_redirects(server):
    status, _, headers = fetch(server, "/tin-tuc-su-kien/page/1/")
    assert status == 301 and headers["Location"] == "/tin-tuc-su-kien/"


def test_ajax_load_more_is_post_only(server):
    status, _, _ = fetch(server, "/wp-admin/admin-ajax.php")
    assert status == 400
    site = portal.build_site()
    from crawler.demo.server import Request

    body = b'action=td_ajax_block&td_atts={"category_id":"tin-tuc-su-kien","limit":4}&td_current_page=2'
    resp = site.respond(Request("POST", "/wp-admin/admin-ajax.php", "", {}, body))
    assert resp.status == 200 and "1062" in resp.body
