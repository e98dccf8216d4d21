"""Self-checks of the sitefinity_news_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sitefinity_news_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"#]*)"')
TAG = re.compile(r"<[^>]+>")
INLINE = re.compile(r"</?(a|span|em|strong|sup|b|i)\b[^>]*>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(html.unescape(TAG.sub(" ", INLINE.sub("", page))))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        url = urljoin("http://x" + here, html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != "x":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_page(path: str) -> bool:
    return not re.search(r"\.(jpg|png|gif|css|js|pdf|axd)(\?|$)", path)


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        status, body, headers = fetch(server, path)
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            seen[path] = ""
            continue
        assert status == 200, path
        seen[path] = body
        for link in _links(body, path):
            if _is_page(link) and link not in seen:
                queue.append(link)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title_and_fields(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        text = _text(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (gold["path"], cell)
            else:
                assert para in text, (gold["path"], para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        if gold["summary"]:
            assert f'data-sf-ftype="ShortText">{html.escape(gold["summary"])}</div>' in body
        for img in gold["images"]:
            assert html.escape(img["path"]) in body
            if img["caption"]:
                assert img["caption"] in text
            status, _, _ = fetch(server, img["path"])
            assert status == 200
        assert gold["category"] in text
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_printed_dates_match_gold(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, gold["path"])
        printed = portal.detail_date(story)
        assert f'<div class="text-muted">{printed}' in body
        m = re.match(r"Thg(\d+) (\d+), (\d{4}), (\d\d):(\d\d) (SA|CH)", printed)
        mo, d, y, hh, mm, _ = m.groups()
        day = f"{y}-{int(mo):02d}-{int(d):02d}"
        expected = day if (hh, mm) == ("00", "00") else f"{day}T{hh}:{mm}:00+07:00"
        assert gold["published_at"] == expected


def test_url_date_is_utc_day():
    by_slug = {s.slug: s for s in portal.STORIES}
    shifted = [g for g in portal.GOLD
               if g["path"].split("/")[2:5] != by_slug[g["path"].rsplit("/", 1)[1]].opts["dt"][:10].split("-")]
    assert len(shifted) >= 3


def test_alt_paths(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, body, headers = fetch(server, alt)
            if alt == portal.OLD_SLUG_PATH:
                assert status == 301
                assert headers["Location"] == gold["path"]
            else:
                assert status == 200
                assert gold["title"] in _text(body)
                assert f'{server.base_url}{gold["path"]}"' in body


def test_everything_reachable_within_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_deeper_pages(server):
    _, first, _ = fetch(server, "/tin-tuc")
    _, home, _ = fetch(server, "/")
    deep = [g for g in portal.GOLD if g["path"] not in first and g["path"] not in home]
    assert len(deep) >= 5
    _, cat2, _ = fetch(server, "/tin-tuc/-in-Category/categories/hoat-dong-dao-tao/page/2")
    assert portal.GOLD[12]["path"] in cat2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize("path", [
    "/khong-co-trang", "/tin-tuc/page/9", "/tin-tuc/2026/12/05/khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-52",
    "/tin-tuc/-in-Category/categories/khong-co", "/tin-tuc/2026/12/04/bai-khong-co",
])
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
