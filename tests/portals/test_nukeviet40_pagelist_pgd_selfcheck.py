"""Self-checks of the nukeviet40_pagelist_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet40_pagelist_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    return collapse(_html.unescape(_TAGS.sub(" ", body)))


def links(body: str, current: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        target = _html.unescape(raw)
        if target.startswith(("javascript", "#", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, target)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        if re.search(r"\.(jpg|png|gif|ico|css|js|pdf)$", parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server, skip=lambda t: False) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    count = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        count += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin("http://fixture.invalid" + target, headers["Location"]))
            nxt_t = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_t not in seen:
                seen.add(nxt_t)
                queue.append(nxt_t)
            continue
        if status != 200:
            continue
        for link in links(body, target):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return seen, count


def test_constants():
    assert portal.NAME == "nukeviet40_pagelist_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_serves_title_and_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'itemprop="headline">{_html.escape(gold["title"])}</h1>' in body
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text
        else:
            assert para in text, para
    if gold["summary"]:
        assert f'<div class="hometext m-bottom">{_html.escape(gold["summary"])}</div>' in body
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f'<span itemprop="title">{_html.escape(gold["category"])}</span>' in body
    if gold["published_at"] and "T" in gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        assert f"{d}/{m}/{y} {gold['published_at'][11:16]}</span>" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"]) in body
        last_para = gold["body"].split("\n\n")[-1]
        if " | " not in last_para:
            assert last_para in page_text(body)


def test_cross_listed_breadcrumb_and_section(server):
    story = portal.BY_ID[1262]
    status, body, _ = fetch(server, portal.post_path(story, "hoat-dong-chuyen-mon"))
    assert status == 200
    assert '<span itemprop="title">Hoạt động chuyên môn</span>' in body
    assert '<meta property="article:section" content="Tin tức - Sự kiện">' in body


def test_stale_alias_redirects(server):
    story = portal.BY_ID[1259]
    old = portal.post_path(story, slug=story.opts["old_slug"])
    status, home, _ = fetch(server, "/")
    assert _html.escape(old) in home
    status, _, headers = fetch(server, old)
    assert status == 301
    assert headers["Location"] == portal.post_path(story)


def test_all_gold_reachable_within_budget(server):
    seen, count = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert count <= 3 * (13 + len(portal.NON_ARTICLES)), count


def test_some_articles_only_via_page_two(server):
    seen, _ = crawl(server, skip=lambda t: "/page-" in t)
    missing = {g["path"] for g in portal.GOLD} - seen
    assert {portal.post_path(portal.BY_ID[i]) for i in (1241, 1237, 1239)} <= missing


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    [
        "/nope",
        "/index.php?language=vi&nv=news&op=khong-co",
        "/index.php?language=vi&nv=news&op=tin-tuc-su-kien/page-9",
        "/index.php?language=vi&nv=news&op=thong-bao/ra-quan-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026-1241",
        "/index.php?language=vi&nv=news&op=tin-tuc-su-kien/bai-khong-co-9999",
        "/index.php?language=en&nv=news",
        "/index.php?language=vi&nv=about&op=khong-co",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
