"""Self-check of the liferay62_fullcontent_simplepager_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_fullcontent_simplepager_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"')
_SKIP = re.compile(r"^(javascript:|mailto:|#)|/c/portal/login|^/(documents|image|html|thcs-ntv-theme)/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["category"] == "Tin tức - Sự kiện"
        assert g["body"] and g["title"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages_serve_the_article(server, gold) -> None:
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h3 class="header-title"><span>{html.escape(gold["title"])}</span></h3>' in page, target
        assert f'{server.base_url}{gold["path"]}" rel="canonical"' in page, target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_are_printed(server, gold) -> None:
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    raw = html.unescape(page)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, each in a cell
            for cell in para.split(" | "):
                assert f"<td>{html.escape(cell)}</td>" in page, para
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["summary"]:
        assert f'<div class="tt-tomtat"><strong>{html.escape(gold["summary"], quote=True)}' in page
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in raw
        if img["caption"]:
            assert img["caption"] in text
    story = next(s for s in portal.STORIES if portal.clean_path(s) == gold["path"])
    kind, printed = story.opts["date"]
    day = gold["published_at"][:10]
    assert story.opts["day"] == f"{day[8:10]}/{day[5:7]}/{day[2:4]}" or kind == "rfc"
    if kind != "none":
        assert printed in text
    else:
        assert len(gold["published_at"]) == 10 and story.opts["day"] in text


def test_rfc_dates_are_the_same_instant() -> None:
    from datetime import datetime, timedelta, timezone

    for s in portal.STORIES:
        kind, printed = s.opts["date"]
        if kind != "rfc":
            continue
        utc = datetime.strptime(printed, "%a, %d %b %Y %H:%M:%S %z")
        local = utc.astimezone(timezone(timedelta(hours=7)))
        assert local.isoformat() == s.published_at
        assert local.strftime("%d/%m/%y") == s.opts["day"]


def test_non_articles_answer(server) -> None:
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "header-title" not in page


def test_unknown_paths_404(server) -> None:
    ns = f"_101_INSTANCE_{portal.NEWS}_"
    for target in [
        "/web/thcs-nguyenvantroi/khong-co-trang",
        f"/web/thcs-nguyenvantroi/tin-tuc/-/asset_publisher/{portal.NEWS}/content/khong-co-bai",
        f"/web/thcs-nguyenvantroi/tin-tuc?p_p_id=101_INSTANCE_{portal.NEWS}&{ns}cur=9",
        "/web/truong-khac/trang-chu",
        "/khong-co.php",
    ]:
        assert fetch(server, target)[0] == 404, target


def _crawl(server) -> tuple[set[str], int]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, page, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            queue.append(urlsplit(urljoin(server.url(target), headers["Location"])).path)
            continue
        assert status == 200, target
        for href in _HREF.findall(page):
            href = html.unescape(href)
            if _SKIP.search(href):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen, requests


def test_every_gold_article_is_reachable(server) -> None:
    seen, requests = _crawl(server)
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen
    # a walker that follows every <a href> stays within the budget
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_trap_full_content_listing_and_simple_pager(server) -> None:
    ns = f"_101_INSTANCE_{portal.NEWS}_"
    status, page1, _ = fetch(server, "/web/thcs-nguyenvantroi/tin-tuc")
    assert status == 200
    assert page1.count('class="asset-full-content') == 4
    assert portal.GOLD[0]["body"].split("\n\n")[-1] in _text(page1)
    assert "Sau &rarr;" in page1 and '<li class="disabled first"><a href="javascript:;">&larr; Trước' in page1
    assert f"{ns}cur=3" not in page1 and f"{ns}cur=2" in html.unescape(page1)
    status, last, _ = fetch(server, portal.list_pager_url(4))
    assert status == 200 and last.count('class="asset-full-content') == 1
    assert '<li class="disabled last"><a href="javascript:;">Sau &rarr;' in last
    # articles 9-13 are linked from no page but listing pages 3/4 (and their related links)
    _, home, _ = fetch(server, portal.START_PATH)
    for s in portal.STORIES[8:]:
        assert s.slug not in home and s.slug not in page1


def test_trap_chrome_inside_journal_content(server) -> None:
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    assert page.count('class="journal-content-article"') == 2
    assert "Quản trị Trường" in page and "Quản trị Trường" not in portal.GOLD[0]["authors"]
    assert '<h1 class="portlet-title"><span class="portlet-title-text">Tin tức - Sự kiện</span></h1>' in page
    assert "window.open('" + portal.print_path(portal.STORIES[0]) in page
