"""Self-checks of the NukeViet 4.4 / VNPT school theme fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet44_vnpt_school_theme_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.article_path(s): s for s in portal.STORIES}
BUDGET = 3 * (13 + len(portal.NON_ARTICLES))
_HREF = re.compile(r'href="([^"#]*)')
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    inline = re.sub(r"</?(?:sup|em|strong|span|a|b|i)\b[^>]*>", "", body)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return collapse(_html.unescape(no_tags))


def _links(body: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + here, href))
        if parts.netloc not in ("fixture.invalid", ""):
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_STATIC) or ("/uploads/" in target and not target.endswith(".pdf")):
            continue
        out.append(target)
    return out


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over links and redirects from START_PATH; returns reached targets and requests."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    reached: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen and not skip(nxt):
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        reached.add(target)
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, target):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return reached, requests


def test_shape():
    assert portal.NAME == "nukeviet44_vnpt_school_theme_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3
    for g in portal.GOLD:
        assert g["body"] and g["title"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_page_shows_its_fields(server, path):
    gold = GOLD_BY_PATH[path]
    story = STORY_BY_PATH[path]
    status, body, headers = fetch(server, path)
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    h1 = re.search(r'<h1 class="title[^"]*" itemprop="headline">(.*?)</h1>', body, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    page = _page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, (path, cell)
    if gold["summary"]:
        assert f'<div class="hometext m-bottom" itemprop="description"><em>{portal.esc(gold["summary"])}</em></div>' in body
    else:
        assert 'class="hometext' not in body
    posted = portal._posted(story).strftime("%d/%m/%Y %H:%M")
    assert f"Đăng lúc: {posted}" in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Nguồn tin: {gold['source']}" in page
    for img in gold["images"]:
        where = img.get("path") or img["url"]
        assert f'"{portal.esc(where)}"' in body, where
        if img["caption"]:
            assert img["caption"] in page
    canonical = re.search(r'<link rel="canonical" href="http://[^/]+([^"]+)">', body)
    assert canonical and canonical.group(1) == gold["canonical_path"]
    crumbs = re.search(r'<ul class="temp-breadcrumbs hidden".*?</ul>', body, re.S).group(0)
    assert f'<span itemprop="name">{gold["category"]}</span>' in crumbs


def test_gold_details_of_traps(server):
    a1 = "/tin-tuc/tin-hoat-dong/" + portal.BY_ID[412].slug + "-412.html"
    _, body, _ = fetch(server, a1)
    assert body.count("<h1") == 2
    assert "<title>Sơ khảo hội thi văn nghệ &amp;quot;Khúc quân hành&amp;quot;" in body
    assert 'content="2026-12-03+0716:45:00"' in body
    assert 'data-src="/uploads/tin-tuc/2026_12/so-khao-khuc-quan-hanh-1.jpg"' in body
    assert GOLD_BY_PATH[a1]["title"].count('"') == 2
    a6 = GOLD_BY_PATH[portal.article_path(portal.BY_ID[380])]
    assert a6["published_at"] == "2026-10-20"
    b4 = GOLD_BY_PATH[portal.article_path(portal.BY_ID[384])]
    assert b4["images"][0] == {
        "url": "http://thptnguyenhue.edu.vn/uploads/tin-tuc/2026_10/tap-huan-ai.jpg",
        "caption": b4["images"][0]["caption"],
    }
    a3 = GOLD_BY_PATH[portal.article_path(portal.BY_ID[401])]
    assert [i["caption"] for i in a3["images"]][1] is None
    assert " | " not in a3["body"]
    c2 = GOLD_BY_PATH[portal.article_path(portal.BY_ID[393])]
    assert c2["summary"] is None and c2["authors"] == [] and c2["images"] == []
    assert c2["body"].startswith("📢 ")
    a5 = portal.article_path(portal.BY_ID[388])
    _, body, _ = fetch(server, a5)
    assert unicodedata.normalize("NFD", "Tham dự buổi") in body  # decomposed on the page, NFC in gold
    assert "Tham dự buổi" in GOLD_BY_PATH[a5]["body"]


def test_alt_paths_serve_or_redirect_to_the_article(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert urlsplit(headers["Location"]).path == gold["path"], alt
                continue
            assert status == 200, alt
            assert portal.esc(gold["title"]) in body, alt
            if "/savefile/" in alt:
                assert headers["Content-Disposition"].startswith("attachment")


def test_attachments_and_query_variants(server):
    b1 = portal.article_path(portal.BY_ID[410])
    status, _, headers = fetch(server, b1 + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, headers = fetch(server, b1 + "?utm_source=zalo")
    assert status == 301 and headers["Location"] == b1
    assert fetch(server, b1 + "?download=1&id=7")[0] == 301


def test_every_gold_article_is_reachable_within_budget(server):
    reached, requests = _crawl(server)
    for path in GOLD_BY_PATH:
        assert path in reached, path
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= BUDGET, requests


def test_some_articles_only_via_page_two_or_later(server):
    reached, _ = _crawl(server, skip=lambda t: re.search(r"/page-\d+/$", t) is not None)
    hidden = [p for p in GOLD_BY_PATH if p not in reached]
    assert sorted(hidden) == sorted(portal.PAGE2_ONLY)


def test_pagination(server):
    status, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong/")
    assert status == 200
    assert '<span class="lbl-trang">Trang</span>' in body
    assert 'href="/tin-tuc/tin-hoat-dong/page-3/"' in body
    assert fetch(server, "/tin-tuc/tin-hoat-dong/page-3/")[0] == 200
    assert fetch(server, "/tin-tuc/tin-hoat-dong/page-4/")[0] == 404
    status, _, headers = fetch(server, "/tin-tuc/tin-hoat-dong/page-1/")
    assert status == 301 and headers["Location"] == "/tin-tuc/tin-hoat-dong/"


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="tentruong"' in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-co-trang-nay/",
        "/tin-tuc/tin-hoat-dong/bai-khong-ton-tai-999.html",
        "/tin-tuc/chuyen-muc-la/",
        "/tin-tuc/tag/khong-co",
        "/gioi-thieu/khong-co.html",
        "/tin-tuc/thong-bao/page-2/",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
