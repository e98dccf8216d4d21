"""Self-checks of the liferay70_wcd_categories_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay70_wcd_categories_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

ICT = timezone(timedelta(hours=7))
_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, current: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over <a href> from START_PATH, following redirects; pages only."""
    seen: set[str] = set()
    pages = 0
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if target.startswith(("/documents/", "/o/", "/combo", "/image/")):
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            location = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(location.path + (f"?{location.query}" if location.query else ""))
            continue
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(link for link in _links(body, target) if link not in seen)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert gold["title"] in _text(body), target


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        text = _text(body)
        for para in gold["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (gold["path"], cell)
            else:
                assert para in text, (gold["path"], para)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert f"Nguồn tin: {gold['source']}" in text
        for img in gold["images"]:
            assert _html.escape(img["path"]) in body, img
            if img["caption"]:
                assert img["caption"] in text
        assert f"Chủ đề: {gold['category']}" in text


def test_printed_dates_give_gold_dates():
    for story in portal.STORIES:
        gold = story.published_at
        if story.opts["tpl"] == "tb":
            when = datetime.strptime(story.opts["raw_date"], "%a, %d %b %Y %H:%M:%S %z")
            assert when.astimezone(ICT).isoformat() == gold, story.slug
        else:
            day, clock, period = story.opts["printed_date"].split()
            when = datetime.strptime(f"{day} {clock} {'AM' if period == 'SA' else 'PM'}", "%d/%m/%Y %I:%M %p")
            assert when.replace(tzinfo=ICT).isoformat() == gold, story.slug
        assert "2026-10-01" <= gold[:10] <= "2026-12-05"


def test_canonical_points_at_display_layout(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    assert f'{portal.SITE}/chi-tiet-tin" rel="canonical"' in body
    status, layout, _ = fetch(server, f"{portal.SITE}/chi-tiet-tin")
    assert status == 200 and 'class="tct-tde"' not in layout


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_beyond_page_one(server):
    _, home, _ = fetch(server, "/web/truongchinhtri")
    _, first, _ = fetch(server, "/web/truongchinhtri/tin-tuc")
    last = portal.GOLD[-1]["path"]
    assert last not in home and last not in first
    _, third, _ = fetch(server, portal.list_path(3, first_link=True))
    assert last in third


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_images_and_files_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize(
    "target",
    [
        "/web/truongchinhtri/-/khong-co-bai-nay",
        "/web/truongchinhtri/khong-ton-tai",
        "/web/truongchinhtri/tin-tuc/-/categories/99999",
        "/documents/20143/41502/khong-co.jpg/0000",
        "/nothing-here",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
