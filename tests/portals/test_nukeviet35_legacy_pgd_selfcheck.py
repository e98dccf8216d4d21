"""Self-checks of the nukeviet35_legacy_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet35_legacy_pgd as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r'\bhref="([^"]*)"')
_ACTION = re.compile(r'<form[^>]*\baction="([^"]*)"[^>]*\bmethod="get"', re.I)
_POPUP = re.compile(r"NewWindow\('([^']*)'")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible(page: str) -> str:
    """The page's text as a reader sees it: no scripts, styles, comments or tags; NFC."""
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<[^>]+>", "", page)
    return collapse(unicodedata.normalize("NFC", html.unescape(page)))


def local_target(link: str) -> str | None:
    link = html.unescape(link)
    if link.startswith(("javascript:", "mailto:", "#")):
        return None
    parts = urlsplit(link)
    if parts.scheme and parts.netloc and not parts.netloc.startswith("127.0.0.1"):
        return None
    if not parts.path.startswith("/"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def is_page(target: str) -> bool:
    path = urlsplit(target).path
    return path in ("/", "/index.php") and "second=cronjobs" not in target and "scaptcha" not in target


def crawl(server: PortalServer, follow_popups: bool = False) -> dict[str, str]:
    """Breadth-first over the site's own HTML pages by ``href`` (and the GET search form)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        links = [local_target(h) for h in _HREF.findall(body)]
        links += [local_target(a) + "&q=" for a in _ACTION.findall(body) if local_target(a)]
        if follow_popups:
            links += [local_target(p) for p in _POPUP.findall(body)]
        for link in links:
            if link and is_page(link) and link not in queued:
                queued.add(link)
                queue.append(link)
    return seen


@pytest.fixture(scope="module")
def site_pages(server):
    return crawl(server)


def test_shape():
    assert portal.NAME == "nukeviet35_legacy_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & set(paths)
    assert len({g["category"] for g in portal.GOLD}) == 3
    titles = [g["title"] for g in portal.GOLD]
    assert len(set(titles)) == 12  # two articles share their title (trap 7)
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["published_at"].startswith("2026-1")


def test_no_machine_paths_in_module():
    src = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in src


def test_start_page_and_non_articles(server):
    for target in [portal.START_PATH, *portal.NON_ARTICLES]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        assert "Tổng lượt truy cập" in body


def test_unknown_targets_404(server):
    u = portal.U
    for target in [
        "/khong-ton-tai.html",
        "/index.php?language=en&nv=news",
        u("tin-tuc-su-kien/page-4"),
        u("tin-tuc-su-kien/page-1"),
        u("chuyen-muc-la"),
        u("tin-tuc-su-kien/bai-viet-khong-co-999"),
        u("thong-bao/ket-qua-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027-416"),
        u("hoat-dong-chuyen-mon/alias-sai-411"),
        u("gioi-thieu-khac", "about"),
        "/index.php?language=vi&nv=weblinks",
        portal.GOLD[0]["path"] + "&foo=1",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = visible(body)
            assert g["title"] in text, target
            assert g["summary"] in text, target


def test_gold_fields_on_the_page(server):
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = visible(body)
        # the article's own <h1> comes after the theme's <h1> (trap 1)
        h1s = re.findall(r"<h1[^>]*>(.*?)</h1>", body, re.S)
        assert len(h1s) == 2 and visible(h1s[1]) == g["title"]
        assert html.unescape(re.search(r"<h2>(.*?)</h2>", body, re.S).group(1)) == g["summary"]
        for block in story.blocks:
            if not isinstance(block, P):
                continue
            if block.style == "row":
                for cell in block.text.split(" | "):
                    assert cell in text, (g["path"], cell)
            else:
                assert collapse(portal.shown(block)) in text, (g["path"], block.text[:40])
        assert portal.detail_date(story) in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            with NO_REDIRECTS.open(server.url(img["path"]), timeout=10) as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("image/")
            if img["caption"]:
                assert img["caption"] in text


def test_dates_match_the_printed_line():
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        printed = portal.publ(story)
        if story.id == 420:  # the letterhead's day (trap 15)
            assert g["published_at"] == "2026-12-03"
        elif printed.hour == 0 and printed.minute == 0:  # midnight (trap 16)
            assert g["published_at"] == printed.strftime("%Y-%m-%d")
        else:
            assert g["published_at"] == printed.strftime("%Y-%m-%dT%H:%M:00+07:00")


def test_not_body_is_not_in_gold():
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for junk in ("{", "mso-", "MsoNormalTable", "Flash Player", "Tải về", "Nơi nhận", "CỘNG HÒA",
                 "Đánh giá bài viết", "Từ khóa", "Tác giả", "Các tin khác"):
        assert junk not in bodies, junk
    g404 = next(g for g in portal.GOLD if g["path"].endswith("-404"))
    assert g404["body"].count(g404["summary"]) == 1  # printed twice, counted once (trap 11)


def test_traps_are_in_the_pages(server):
    s418 = fetch(server, portal.GOLD[0]["path"])[1]
    assert "table.MsoNormalTable" in s418 and "<o:p>" in s418
    s397 = fetch(server, portal.article_target(portal.BY_ID[397]))[1]
    assert ".VnTime" in s397 and "häc bæng" in s397
    s404 = fetch(server, portal.article_target(portal.BY_ID[404]))[1]
    assert "player.swf" in s404 and s404.count(html.escape(portal.BY_ID[404].summary)) >= 3
    s381 = fetch(server, portal.article_target(portal.BY_ID[381]))[1]
    assert "&agrave;" in s381 or "&aacute;" in s381
    assert unicodedata.normalize("NFD", "trao tặng") in s381
    assert "GMT+7" in s418


def test_soft_404_answers_200_without_gold(server, site_pages):
    gone = portal.U("{}/{}-{}".format(*portal.GONE))
    assert gone in site_pages
    status, body, _ = fetch(server, gone)
    assert status == 200 and "không tồn tại hoặc đã bị gỡ bỏ" in body
    assert gone not in {g["path"] for g in portal.GOLD}


def test_every_gold_article_reachable(site_pages):
    for g in portal.GOLD:
        assert g["path"] in site_pages, g["path"]
    listcat = portal.article_target(portal.BY_ID[416], cat="tin-tuc-su-kien")
    stale = portal.article_target(portal.BY_ID[411], alias=portal.BY_ID[411].opts["old_alias"])
    assert listcat in site_pages and stale in site_pages
    for target in portal.NON_ARTICLES:
        assert target in site_pages, target


def test_popups_reachable_by_onclick(server):
    pages = crawl(server, follow_popups=True)
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            assert alt in pages, alt
    sendmail = portal.sendmail_target(portal.BY_ID[418])
    assert sendmail in pages and "Email người nhận" in pages[sendmail]


def test_some_articles_only_from_page_two_on(server, site_pages):
    deep = [portal.article_target(portal.BY_ID[i]) for i in (397, 381, 376)]
    page1 = {portal.U("tin-tuc-su-kien"), portal.START_PATH}
    linked_elsewhere = {
        html.unescape(link)
        for target, body in site_pages.items()
        if target not in deep and "page-" not in target
        for link in _HREF.findall(body)
    }
    for target in deep:
        assert target not in linked_elsewhere, target
    later = fetch(server, portal.U("tin-tuc-su-kien/page-2"))[1] + fetch(
        server, portal.U("tin-tuc-su-kien/page-3")
    )[1]
    for target in deep:
        assert portal.href(target) in later
    for target in page1:
        body = fetch(server, target)[1]
        assert "Trang sau" in body or target == portal.START_PATH


def test_crawl_budget(site_pages):
    assert len(site_pages) <= 3 * (13 + len(portal.NON_ARTICLES))
