"""Self-check of the mobifone_school_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mobifone_school_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_FORM_GET = re.compile(r'<form method="get" action="([^"]+)"[^>]*>.*?name="([^"]+)"', re.S)
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Follow links (and the header's GET search form, left empty) from START_PATH."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        assert fetched <= 200, "runaway crawl"
        if status != 200:
            continue
        base = server.url(target)
        links = [_html.unescape(h) for h in _HREF.findall(body)]
        links += [f"{a}?{name}=" for a, name in _FORM_GET.findall(body)]
        for href in links:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(base, href).split("#")[0]
            if not absolute.startswith(server.base_url + "/"):
                continue
            nxt = _target(absolute)
            if _STATIC.search(urlsplit(nxt).path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _ISO.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["body"] and "\n\n\n" not in g["body"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] == unicodedata.normalize("NFC", g["body"])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert g["category"] in {c.name for c in portal.CATS.values()}


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert g["title"] in page_text(body), g["path"]
        assert f'href="{server.base_url}{g["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        assert g.get("alt_paths"), g["path"]
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            text = page_text(body)
            assert g["title"] in text, alt
            assert g["body"].split("\n\n")[-1] in text, alt
            assert f'href="{server.base_url}{g["canonical_path"]}"' in body, alt


def test_gold_fields_on_page(server):
    for g, story in zip(portal.GOLD, sorted(portal.STORIES, key=lambda s: s.id), strict=True):
        assert g["path"] == portal.story_path(story)
        _, body, _ = fetch(server, g["path"])
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                cells = para.split(" | ")
                assert all(c in text for c in cells), para
            else:
                assert para in text, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        assert portal.HEADER_TODAY in text


def test_dates_as_printed(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.story_path(story))
        posted = story.opts["posted"]
        assert posted in body
        clock, day = posted.split(" - ")
        hh, mm, _ss = (int(x) for x in clock[:8].split(":"))
        half = clock[-2:]
        hour24 = (hh % 12) + (12 if half == "CH" else 0)
        dd, mo, yy = day.split("/")
        if story.id == 1890:  # the letterhead's day, not the CMS posting time
            assert story.published_at == "2026-11-30"
            assert "Diên Khánh, ngày 30 tháng 11 năm 2026" in body
        elif hour24 == 0 and mm == 0:
            assert story.published_at == f"{yy}-{mo}-{dd}"
        else:
            assert story.published_at == f"{yy}-{mo}-{dd}T{hour24:02d}:{mm:02d}:00+07:00"


def test_reachable_from_start_within_budget(server):
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_page_two_only_articles(server):
    _, home, _ = fetch(server, "/")
    for aid in (1861, 1845, 1841):
        assert f"/tin-tuc/{aid}/" not in home
        cid = portal.CAT_BY_NAME[portal.BY_ID[aid].cat].cid
        _, p1, _ = fetch(server, portal.cat_path(portal.CATS[cid]))
        assert f"/tin-tuc/{aid}/" not in p1
        assert 'href="?page=2"' in p1
        _, p2, _ = fetch(server, portal.cat_path(portal.CATS[cid]) + "?page=2")
        assert f"/tin-tuc/{aid}/" in p2
    status, past, _ = fetch(server, portal.cat_path(portal.CATS[2]) + "?page=9")
    assert status == 200 and "Chưa có tin bài" in past


def test_traps_as_documented(server):
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1861]))
    assert unicodedata.normalize("NFD", "Ngoại khóa") in body  # decomposed text
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1856]))
    assert "mso-list:Ignore" in body and "<![if !supportLists]>" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1877]))
    assert body.count('class="emoji"') == 3
    _, home, _ = fetch(server, "/")
    assert "/tin-tuc/1866/hoi-giang-chao-mung-20-11.html" in home
    assert "?ref=ticker" in home
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1897]))
    assert "Cập nhật:" in body and "Các tin mới hơn" not in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert portal.HEADER_TODAY in body


def test_unknown_paths_404(server):
    for path in (
        "/tin-tuc/99999/khong-co.html",
        "/chuyen-muc/99/khong-co.html",
        "/van-ban/1/khong-co.html",
        "/khong-ton-tai.html",
        "/tin-tuc/abc.html",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_static_files(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, portal.DOCS[212]["file"])
    assert status == 200 and headers["Content-Type"] == "application/pdf"
