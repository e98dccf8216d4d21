"""Self-checks of the liferay70_news_portlet_war_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.request
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay70_news_portlet_war_sgddt as portal
from tests.portals._common import collapse, esc
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_STATIC = ("/documents/", "/o/", "/image/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", body)))


def links(body: str, host: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(href)
        if parts.scheme and parts.netloc != host:
            continue
        if not parts.path.startswith("/"):
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(_STATIC):
            continue
        out.append(target)
    return out


def crawl(server: PortalServer, skip=lambda target: False) -> dict[str, int]:
    host = urlsplit(server.base_url).netloc
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
        elif status == 200:
            queue.extend(links(body, host))
        assert len(seen) < 400, "runaway crawl"
    return seen


def all_paths(record: dict) -> list[str]:
    return [record["path"], record["canonical_path"], *record.get("alt_paths", [])]


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].split("/")[-2])
def test_gold_page_answers_with_its_fields(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    assert f'<h3 class="tde-ct">{esc(record["title"])}</h3>' in body
    story = portal.BY_ID[int(record["path"].split("/")[-2])]
    txt = page_text(body)
    for para in record["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in txt, piece
    assert f"Ngày đăng: {portal.vn12(story.opts['dt'])}" in body
    for name in record["authors"] + record["photographers"]:
        assert name in txt
    if record["source"]:
        assert record["source"] in txt
    raw = _html.unescape(body)
    for img in record["images"]:
        assert img["path"] in raw
        if img["caption"]:
            assert img["caption"] in txt
    assert f">{esc(record['category'])}</a></div>" in body
    # the lying canonical of Liferay 7.0: the layout, not the article
    assert 'href="http://127.0.0.1:' in body
    assert re.search(r'href="http://[^"]+/web/sgddt/tin-tuc" rel="canonical"', body)


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].split("/")[-2])
def test_alt_paths_serve_or_redirect_to_the_article(server, record):
    for alt in record["alt_paths"]:
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"].endswith(record["canonical_path"])
        else:
            assert status == 200, alt
            assert f'<h3 class="tde-ct">{esc(record["title"])}</h3>' in body


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    ok = {t for t, s in seen.items() if s in (200, 301, 302)}
    for record in portal.GOLD:
        assert ok & set(all_paths(record)), record["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    pages = {re.sub(r";jsessionid=[0-9A-F]+", "", t) for t in seen}
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_on_page_two(server):
    seen = crawl(server, skip=lambda t: "_tintuc_WAR_tintucportlet_page=2" in t)
    only_p2 = [g for g in portal.GOLD if not set(seen) & set(all_paths(g))]
    assert sorted(int(g["path"].split("/")[-2]) for g in only_p2) == [2354, 2360, 2376]


def test_soft_404_and_unknown_paths(server):
    ghost = portal.friendly(portal.GHOST["id"], portal.GHOST["slug"])
    status, body, _ = fetch(server, ghost)
    assert status == 200 and "Tin bài không tồn tại" in body
    for target in [
        "/web/sgddt/khong-co",
        "/web/sgddt/tin-tuc/-/tintuc/9999/khong-co",
        "/web/sgddt/tin-tuc/-/tintuc/2417/sai-slug",
        "/web/sgddt/tin-tuc?p_p_id=tintuc_WAR_tintucportlet&_tintuc_WAR_tintucportlet_catId=77",
        "/web/sgddt/van-ban/-/vanban/1/x",
        "/nothing-here",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_listing_quirks(server):
    status, body, _ = fetch(server, portal.list_url(1011))
    assert status == 200
    assert "&amp;quot;Đại sứ văn hóa đọc&amp;quot;" in body
    assert "Trang trước" in body and "Trang sau" in body
    assert "_tintuc_WAR_tintucportlet_page=2" in _html.unescape(body)
    status, body2, _ = fetch(server, portal.list_url(1011, 1))
    assert status == 200 and body2 == body
    status, p2, _ = fetch(server, portal.list_url(1012, 2))
    assert "huong-dan-trien-khai-giao-duc-stem" in p2


def test_jsessionid_on_first_response_only(server):
    status, body, headers = fetch(server, portal.START_PATH)
    assert status == 200 and ";jsessionid=" in body
    assert "JSESSIONID=" in headers.get("Set-Cookie", "")
    req = urllib.request.Request(
        server.url(portal.START_PATH), headers={"Cookie": f"JSESSIONID={portal.JSESSIONID}"}
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert ";jsessionid=" not in resp.read().decode("utf-8")


def test_old_slug_redirects(server):
    story = portal.BY_ID[2391]
    status, _, headers = fetch(server, portal.friendly(2391, story.opts["old_slug"]))
    assert status == 301
    assert headers["Location"].endswith(portal.friendly(2391, story.slug))
