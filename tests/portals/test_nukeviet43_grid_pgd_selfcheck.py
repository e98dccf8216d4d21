"""Self-checks of the nukeviet43_grid_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet43_grid_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_INLINE = re.compile(r"</?(?:a|strong|em|span|u|b|i|font)\b[^>]*>", re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = _INLINE.sub("", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def links(page: str, here: str) -> list[str]:
    out = []
    found = re.findall(r'<a\b[^>]*\bhref="([^"]*)"', page, flags=re.I)
    found += re.findall(r'<form\b(?=[^>]*method="get")[^>]*action="([^"]*)"', page, flags=re.I)
    for raw in found:
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(target)
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk from START_PATH: pages seen, who links whom, how many requests."""
    seen: dict[str, int] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        requests += 1
        seen[target] = status
        assert requests < 200, "the walk does not end"
        nexts = []
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nexts = [loc.path + (f"?{loc.query}" if loc.query else "")]
        elif status == 200 and "text/html" in headers.get("Content-Type", ""):
            nexts = links(body, urlsplit(target).path)
        for nxt in nexts:
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                queue.append(nxt)
    return seen, linked_from, requests


def test_thirteen_gold_articles():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8


def test_gold_paths_answer_with_title(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        h1 = re.search(r'<h1 class="title[^"]*"[^>]*>(.*?)</h1>', body, re.S)
        assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in visible(body), alt
            first = gold["body"].split("\n\n")[0]
            if "|" not in first:
                assert first in visible(body), alt


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        text = visible(body)
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (gold["path"], piece)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert 'itemprop="description">' in body
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {m} năm {y}" in text, gold["path"]


def test_sapo_sits_outside_the_text_container(server):
    for gold in portal.GOLD:
        if not gold["summary"]:
            continue
        _, body, _ = fetch(server, gold["path"])
        inside = body.split('id="news-bodyhtml"', 1)[1]
        before = body.split('id="news-bodyhtml"', 1)[0]
        assert "hometext" in before
        assert gold["summary"] not in visible(inside.split("Bản quyền thuộc", 1)[0])


def test_every_gold_article_reachable_from_start(crawl):
    seen, _, _ = crawl
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path


def test_some_articles_only_behind_page_two(crawl):
    _, linked_from, _ = crawl
    page_two = {"/news/tin-tuc-su-kien/page-2/", "/news/hoat-dong-chuyen-mon/page-2/"}
    hidden = [portal.S309, portal.S305, portal.S302]
    hidden_paths = {portal.art_path(s) for s in hidden}
    for story in hidden:
        sources = linked_from[portal.art_path(story)]
        assert sources & page_two
        assert sources <= page_two | hidden_paths, (story.id, sources)


def test_crawl_budget(crawl):
    _, _, requests = crawl
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "news-bodyhtml" not in body


def test_unknown_paths_404(server):
    for path in (
        "/khong-ton-tai/",
        "/news/khong-co-chuyen-muc/",
        "/news/tin-tuc-su-kien/bai-viet-khong-ton-tai-999.html",
        "/about/khong-co.html",
        "/news/topic/khong-co/",
        "/van-ban/detail/khong-co-1.html",
        "/index.php?language=vi&nv=news&op=thong-bao/khong-co-998",
    ):
        assert fetch(server, path)[0] == 404, path


def test_redirects(server):
    status, _, headers = fetch(server, "/news/tin-tuc-su-kien/page-1/")
    assert status == 301 and headers["Location"] == "/news/tin-tuc-su-kien/"
    status, _, headers = fetch(server, "/news/tin-tuc-su-kien/page-9/")
    assert status == 301 and headers["Location"] == "/news/tin-tuc-su-kien/"
    status, _, headers = fetch(server, "/news/thong-bao")
    assert status == 301 and headers["Location"] == "/news/thong-bao/"
    old = f"/news/thong-bao/{portal.S322.opts['old_alias']}-322.html"
    status, _, headers = fetch(server, old)
    assert status == 301 and headers["Location"] == portal.art_path(portal.S322)


def test_traps_are_in_place(server):
    _, body, _ = fetch(server, portal.art_path(portal.S321))
    assert 'content="2026-12-02+0709:10:00"' in body
    assert 'article:modified_time" content="2026-12-03+0716:48:00"' in body
    assert "Thứ tư - 02/12/2026 09:10" in body
    assert '<ul class="breadcrumbs list-none"></ul>' in body
    assert "<figcaption></figcaption>" in body
    # the other category's URL of 315: breadcrumb follows the URL, canonical the primary
    alt = portal.art_path(portal.S315, "tin-tuc-su-kien")
    _, body, _ = fetch(server, alt)
    assert '<span itemprop="name">Tin tức - Sự kiện</span>' in body
    assert portal.art_path(portal.S315) in body
    # comments are on the page but not in the gold body
    _, body, _ = fetch(server, portal.art_path(portal.S323))
    gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(portal.S323))
    assert "Nhà trường sẽ gửi tài liệu hướng dẫn" in visible(body)
    assert "Nhà trường sẽ gửi tài liệu hướng dẫn" not in gold["body"]
    # the attachment link answers a PDF
    status, _, headers = fetch(server, portal.art_path(portal.S302) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    # 309 is printed decomposed; the gold is composed
    _, body, _ = fetch(server, portal.art_path(portal.S309))
    assert "Nguyễn Tất Thành" not in body and "Nguyễn Tất Thành" in visible(body)


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
