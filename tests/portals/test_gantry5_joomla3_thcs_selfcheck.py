"""Self-checks of the gantry5_joomla3_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import gantry5_joomla3_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_SKIP = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    page = re.sub(r'<span style="mso-list: Ignore;">.*?</span></span>', "", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", page)))


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("#", "mailto:", "javascript:")):
            continue
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        if parts.path.lower().endswith(_SKIP):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        assert len(seen) < 200, "crawl does not end"
        if status == 200:
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_shape():
    assert portal.NAME == "gantry5_joomla3_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức", "Hoạt động chuyên môn", "Đoàn - Đội", "Thông báo"}


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert '<h2 itemprop="headline">' in body
            assert gold["title"] in _text(body), target


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        _status, body, _ = fetch(server, gold["path"])
        page = _text(body)
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in page, (gold["path"], cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in page, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in page
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body, (gold["path"], img)
            if img["caption"]:
                assert img["caption"] in page or _html.escape(img["caption"]) in body
        stamp = gold["published_at"]
        if "T" in stamp:
            assert f'datetime="{stamp}" itemprop="datePublished"' in body
        else:
            y, m, d = stamp.split("-")
            assert f"ngày {d} tháng {m} năm {y}" in page or f'datetime="{stamp}T00:00:00+07:00"' in body
        assert gold["category"] in page


def test_body_excludes_chrome():
    for gold in portal.GOLD:
        body = gold["body"]
        for junk in ("Tin, ảnh", "Nguồn:", "Xem thêm", "Nơi nhận", "Tệp đính kèm", "Ba Đồn, ngày", "Đã ký"):
            assert junk not in body, (gold["path"], junk)


def test_reachable_and_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert all(status == 200 for status in seen.values()), [t for t, s in seen.items() if s != 200]
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    pages = [t for t in seen if t != "/index.php/component/mailto/" and "mailto" not in t]
    assert len(seen) <= budget, (len(seen), len(pages))
    # 199 hides on page 2 of Tin tức and behind the non-SEF link only
    assert "/index.php/tin-tuc.html?start=6" in seen
    assert portal.NONSEF[199] in seen


def test_only_on_page_two(server):
    _, first, _ = fetch(server, "/index.php/tin-tuc.html")
    _, second, _ = fetch(server, "/index.php/tin-tuc.html?start=6")
    path = portal.article_path(portal.BY_ID[199])
    assert path not in first and path in second
    _, hdcm2, _ = fetch(server, "/index.php/tin-tuc/hoat-dong-chuyen-mon.html?start=4")
    assert portal.article_path(portal.BY_ID[195]) in hdcm2


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    for bad in (
        "/index.php/tin-tuc/999-khong-co.html",
        "/index.php/khong-ton-tai.html",
        "/index.php/tin-tuc.html?start=60",
        "/index.php/component/mailto/?tmpl=component&link=abc",
        "/khong-co",
    ):
        status, _, _ = fetch(server, bad)
        assert status == 404, bad


def test_print_view_is_chrome_free(server):
    gold = portal.GOLD[1]
    status, body, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200
    assert "g-navigation" not in body and "Đọc nhiều nhất" not in body
