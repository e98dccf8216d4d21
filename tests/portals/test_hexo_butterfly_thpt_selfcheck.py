"""Self-checks of the hexo_butterfly_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hexo_butterfly_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</t[dh]>\s*<t[dh]>", " | ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", page)))


def _article(page: str) -> str:
    m = re.search(r'<article class="post-content" id="article-container">(.*?)</article>', page, re.S)
    assert m, "no article container"
    return m.group(1)


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'\bhref="([^"]+)"', page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc not in ("fixture.invalid",) and not parts.netloc.startswith("127.0.0.1"):
            continue
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    html_pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        html_pages += 1
        for link in _links(body, target):
            if re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$", link, re.I):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, html_pages


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-30:])
def test_gold_page_serves_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    assert f'<h1 class="post-title">{_html.escape(gold["title"])}</h1>' in page
    body_text = _text(_article(page))
    for para in gold["body"].split("\n\n"):
        assert para in body_text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in body_text
    if gold["summary"]:
        assert f"<strong>{_html.escape(gold['summary'])}</strong>" in page
    for img in gold["images"]:
        rel = img["path"].rsplit("/", 1)[-1]
        assert re.search(rf'data-lazy-src="[^"]*{re.escape(rel)}"', _article(page)), img
        if img["caption"]:
            assert f"<em>{_html.escape(img['caption'])}</em>" in page
    assert gold["category"] in text
    published = gold["published_at"]
    day = published[:10]
    assert f">{day[8:10]}/{day[5:7]}/{day[:4]}<" in page or f"ngày {day[8:10]} tháng {day[5:7]}" in page
    if "T" in published:
        assert f"{day[8:10]}/{day[5:7]}/{day[:4]} {published[11:19]}" in page


def test_alt_paths_serve_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, page, _ = fetch(server, alt)
            assert status == 200
            assert _html.escape(gold["title"]) in page


def test_utc_datetime_trap_is_on_the_previous_day(server):
    gold = next(g for g in portal.GOLD if g["published_at"] == "2026-12-03T06:45:00+07:00")
    _, page, _ = fetch(server, gold["path"])
    assert 'datetime="2026-12-02T23:45:00.000Z"' in page
    gold = next(g for g in portal.GOLD if g["published_at"] == "2026-12-01")
    _, page, _ = fetch(server, gold["path"])
    assert 'datetime="2026-11-30T17:00:00.000Z"' in page


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_later_listing_pages(server):
    _, home, _ = fetch(server, "/")
    _, page3, _ = fetch(server, "/page/3/")
    oldest = portal.GOLD[-1]["path"]
    assert oldest not in home and oldest in page3
    _, cat2, _ = fetch(server, "/categories/tin-tuc/page/2/")
    assert "/2026/10/15/giao-luu-truong-nanyang-singapore/" in cat2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "post-content" not in page


def test_unknown_paths_404(server):
    for path in ["/khong-co/", "/2026/11/20/khong-co-bai/", "/page/1/", "/page/9/", "/tags/khong/",
                 "/categories/to-tin-hoc/", "/files/khong.pdf"]:
        assert fetch(server, path)[0] == 404, path


def test_slashless_post_redirects(server):
    path = portal.GOLD[0]["path"]
    status, _, headers = fetch(server, path.rstrip("/"))
    assert status == 301 and headers["Location"] == path
