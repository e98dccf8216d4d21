"""Self-checks of the joomla3_gk_newsshow_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_gk_newsshow_tct as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

_A = re.compile(r"<a\b([^>]*)>", re.I)
_HREF = re.compile(r'href="([^"]*)"')
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".doc")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def links(body: str, *, nofollow: bool) -> list[str]:
    out = []
    for attrs in _A.findall(body):
        if not nofollow and 'rel="nofollow"' in attrs:
            continue
        m = _HREF.search(attrs)
        if m:
            out.append(_html.unescape(m.group(1)))
    return out


def crawl(server: PortalServer, *, nofollow: bool = False) -> tuple[set[str], dict[str, set[str]]]:
    """Breadth-first over same-host links from START_PATH: pages seen and who links to whom."""
    seen = {portal.START_PATH}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body, nofollow=nofollow):
            if href.startswith(("#", "javascript:", "mailto:")):
                continue
            absolute = urljoin("http://fixture.invalid" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(_SKIP_EXT):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
        assert len(seen) < 400, "the crawl does not end"
    return seen, linked_from


def test_shape():
    assert portal.NAME == "joomla3_gk_newsshow_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert len({g["path"] for g in portal.GOLD}) == 13
    for story in portal.STORIES:
        assert 3 <= len(story.paragraphs) <= 12, story.slug
        if story.published_at:
            assert story.published_at[:7] in ("2026-10", "2026-11", "2026-12"), story.slug


def test_gold_paths_and_alternates_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            assert gold["title"] in page_text(body), target


def test_every_gold_article_and_non_article_is_reachable(server):
    seen, _ = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a sensible crawler (no rel="nofollow" print/email links) stays in the budget
    pages = {p for p in seen if not p.startswith("/component/attachments/")}
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_on_page_two(server):
    _, linked_from = crawl(server, nofollow=True)
    for story in (portal.A5, portal.D4):
        sources = linked_from[portal.sef(story)]
        assert sources, story.slug
        for src in sources:
            q = dict(p.split("=", 1) for p in urlsplit(src).query.split("&") if "=" in p)
            on_page_two = int(q.get("start") or q.get("limitstart") or 0) > 0
            assert on_page_two or src == portal.sef(story), (story.slug, src)


def test_alternates_are_linked(server):
    _, linked_from = crawl(server, nofollow=True)
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            if "hitcount=0" in alt:
                _, body, _ = fetch(server, gold["path"])
                assert _html.escape(alt) in body or alt in body
            elif "print=1" not in alt:
                assert alt in linked_from, alt


def test_gold_fields_appear_on_the_page(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        assert portal.sef(story) == gold["path"]
        full = gold["path"] + ("?showall=1" if story is portal.C1 else "")
        status, body, _ = fetch(server, full)
        assert status == 200
        raw = _html.unescape(body)
        txt = page_text(body)
        for block in story.blocks:
            if not isinstance(block, P):
                continue
            if block.style == "row":
                for cell in block.text.split(" | "):
                    assert collapse(cell) in txt, cell
            elif block.style == "cloak":
                before, _, after = block.text.partition("daotao.truongchinhtri@quangnam.gov.vn")
                assert collapse(before) in txt and collapse(after) in txt
                assert "d&#97;&#111;t&#97;&#111;.tr&#117;&#111;ngch&#105;nhtr&#105;" in body
            else:
                assert collapse(block.text) in txt, (story.slug, block.text[:40])
        assert gold["body"].split("\n\n")[0] in txt
        for name in gold["authors"] + gold["photographers"]:
            assert name in txt, (story.slug, name)
        if gold["source"]:
            assert f"Theo {gold['source']}" in txt
        for img in gold["images"]:
            assert img["path"] in body, img
            if img["caption"]:
                assert img["caption"] in collapse(raw), img["caption"]
        assert gold["category"] in txt
        if "T" in gold["published_at"]:
            assert f'datetime="{gold["published_at"]}" itemprop="datePublished"' in body
        elif story is portal.D1:
            assert "Quảng Nam, ngày 02 tháng 12 năm 2026" in txt
        else:
            assert f'datetime="{gold["published_at"]}T00:00:00+07:00" itemprop="datePublished"' in body


def test_pagebreak_article_is_split(server):
    base = portal.sef(portal.C1)
    _, first, _ = fetch(server, base)
    _, last, _ = fetch(server, base + "?showall=&start=2")
    _, whole, _ = fetch(server, base + "?showall=1")
    _, printed, _ = fetch(server, base + "?tmpl=component&print=1&layout=default")
    ref = "Báo cáo tổng kết năm học 2025 - 2026"
    assert ref not in page_text(first) and ref in page_text(last)
    assert ref in page_text(whole) and ref in page_text(printed)
    assert "Mục lục bài viết" in first and "Mục lục bài viết" not in printed
    assert fetch(server, base + "?showall=&start=3")[0] == 404


def test_nfd_story_is_decomposed(server):
    _, body, _ = fetch(server, portal.sef(portal.A4))
    title_nfc = portal.A4.title
    assert title_nfc not in body
    assert unicodedata.normalize("NFD", title_nfc) in body
    assert title_nfc in page_text(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="datePublished"' not in body


def test_listings_and_unknown_paths(server):
    assert fetch(server, "/tin-tuc?start=4")[0] == 200
    assert fetch(server, "/tin-tuc?start=0")[0] == 200
    assert fetch(server, "/dao-tao-boi-duong?limitstart=3")[0] == 200
    for target in (
        "/khong-ton-tai",
        "/tin-tuc?start=8",
        "/tin-tuc/9-tin-hoat-dong/999-bai-khong-co",
        "/tin-tuc/9-tin-hoat-dong/231-sai-alias",
        "/tin-tuc/10-dang-doan-the/231-" + portal.A1.slug,
        "/index.php?option=com_content&view=article&id=999",
        "/component/mailto/?link=abc",
        portal.sef(portal.A1) + "?start=1",
    ):
        assert fetch(server, target)[0] == 404, target


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
