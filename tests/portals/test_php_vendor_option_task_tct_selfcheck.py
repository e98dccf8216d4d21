"""Self-checks of the php_vendor_option_task_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_vendor_option_task_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.view_url(s.id): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)  # a row's cells, as the gold joins them
    markup = re.sub(r"</?(a|b|i|u|em|strong|span|font|sup)\b[^>]*>", "", markup)  # inline tags
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(markup: str, base: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]*)"', markup):
        target = html.unescape(raw)
        if target.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + base, target)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_page(target: str) -> bool:
    path = urlsplit(target).path
    return path in ("/", "/index.php", "/index2.php")


def crawl(server, start: str, skip=lambda t: False) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([start])
    while queue:
        target = queue.popleft()
        if target in seen or not _is_page(target) or skip(target):
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        queue.extend(links(body, target))
    return seen


def test_counts():
    assert portal.NAME == "php_vendor_option_task_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("path", [g["path"] for g in portal.GOLD])
def test_gold_page_and_alts_answer_with_title(server, path):
    gold = GOLD_BY_PATH[path]
    for target in [path, *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "charset=utf-8" in headers["Content-Type"]
        assert "charset=iso-8859-1" in body  # trap 2: the meta lies
        assert gold["title"] in page_text(body), target


@pytest.mark.parametrize("path", [g["path"] for g in portal.GOLD])
def test_gold_fields_on_page(server, path):
    gold = GOLD_BY_PATH[path]
    story = STORY_BY_PATH[path]
    # the split article's text is whole on its showall view
    whole = next((a for a in gold.get("alt_paths", []) if "showall" in a), path)
    _, body, _ = fetch(server, whole)
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    srcs = [html.unescape(s) for s in re.findall(r'<img[^>]*src="([^"]+)"', body)]
    for img in gold["images"]:
        assert img["path"].lstrip("/") in srcs
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the date the gold takes is printed on the page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if story.cat == "4" and story.id == 51:
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    elif story.cat == "4":
        assert portal._posted(story).strftime("%d %B %Y %H:%M") in text
    else:
        assert f"{d}/{m}/{y}" in text
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] in text


def test_split_article_halves(server):
    s = portal.BY_ID[50]
    one = page_text(fetch(server, portal.view_url(50))[1])
    two = page_text(fetch(server, portal.view_url(50, "&limitstart=1"))[1])
    first, second = portal._split(s)
    for b in first:
        if isinstance(b, portal.P):
            assert b.text in one and b.text not in two
    for b in second:
        if isinstance(b, portal.P):
            assert b.text in two and b.text not in one


def test_all_gold_reachable_and_budget(server):
    seen = crawl(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_via_page_two(server):
    seen = crawl(server, portal.START_PATH, skip=lambda t: "page=2" in t)
    missing = {g["path"] for g in portal.GOLD} - set(seen)
    assert missing == {portal.view_url(i) for i in (41, 42, 43)}


def test_double_escaped_links_present(server):
    _, body, _ = fetch(server, portal.view_url(53))
    assert "index.php?option=news&amp;amp;task=view&amp;amp;id=52" in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    assert fetch(server, path)[0] == 200
    assert path not in GOLD_BY_PATH


@pytest.mark.parametrize(
    "target",
    [
        "/nope.html",
        "/index.php?option=news&task=view&id=999",
        "/index.php?option=news&task=view&id=53&limitstart=1",
        "/index.php?option=news&task=list&cid=9",
        "/index.php?option=news&task=list&cid=1&page=7",
        "/index.php?option=page&id=42",
        "/index.php?option=xyz",
        "/index2.php?option=news&task=view&id=999&pop=1",
    ],
)
def test_unknown_is_404(server, target):
    assert fetch(server, target)[0] == 404
