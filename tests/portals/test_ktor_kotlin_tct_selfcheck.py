"""Self-checks of the ktor_kotlin_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ktor_kotlin_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, bare footnote calls taken out, table cells joined by " | "."""
    page = re.sub(r"<sup>.*?</sup>", "", page, flags=re.S)
    page = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", page)  # table cells as the gold joins them
    page = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _crawl(server: PortalServer) -> list[str]:
    """Breadth-first over the site's own links from START_PATH; page targets in visit order."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    order: list[str] = []
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        order.append(target)
        assert len(order) < 200, "crawl does not end"
        for href in _HREF.findall(body):
            url = urljoin("http://h" + target, _html.unescape(href))
            parts = urlsplit(url)
            if parts.netloc != "h" or parts.path.lower().endswith(_STATIC):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    assert f'<h2 class="td-bv">{_html.escape(gold["title"], quote=False)}</h2>' in body
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    assert gold["category"] in text
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"], quote=False) in alt_body
        for para in gold["body"].split("\n\n"):
            assert para in _text(alt_body), (alt, para)


def test_printed_dates_match_gold(server):
    for gold in portal.GOLD:
        story = portal.BY_ID[int(gold["path"].rsplit("/", 1)[1])]
        _, body, _ = fetch(server, gold["path"])
        if story.opts["tpl"] == "nc":
            day = gold["published_at"]
            assert f"Ngày đăng: {day[8:10]}/{day[5:7]}/{day[:4]}" in body
        elif story.id == 1020:
            assert "Kon Tum, ngày 30 tháng 11 năm 2026" in body
            assert gold["published_at"] == "2026-11-30"
        else:
            when = gold["published_at"]
            hour = int(when[11:13])
            shown = f"{hour % 12 or 12:02d}:{when[14:16]} {'SA' if hour < 12 else 'CH'}"
            assert f"{when[8:10]}/{when[5:7]}/{when[:4]} | {shown}</time>" in body


def test_every_gold_article_reachable_and_budget(server):
    order = _crawl(server)
    reached = set(order)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert len(order) <= 3 * (13 + len(portal.NON_ARTICLES)), len(order)
    # 1004 is on the second list page only
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien")
    _, second, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien?trang=1")
    assert "/bai-viet/1004" not in first and "/bai-viet/1004" in second


def test_pagination_is_zero_based_and_ends_empty(server):
    _, bare, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien")
    _, zero, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien?trang=0")
    assert bare == zero
    status, empty, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien?trang=2")
    assert status == 200 and "Chưa có bài viết nào" in empty and "Trang sau" not in empty


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<time" not in body


@pytest.mark.parametrize(
    "target", ["/bai-viet/9999", "/bai-viet/1021/", "/chuyen-muc/khong-co", "/khong-co-trang", "/bai-viet/abc"]
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert fetch(server, img["path"])[0] == 200
    assert fetch(server, "/static/img/blank.gif")[0] == 200
