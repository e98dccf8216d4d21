"""Self-checks of the tumblr_school fixture portal against itself (never the crawler)."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import tumblr_school as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<!--.*?-->", " ", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def links(markup: str) -> list[str]:
    return re.findall(r"""<(?:a|iframe)\b[^>]*?\s(?:href|src)="([^"]*)\"""", markup)


def _target(url: str) -> str:
    parts = urlsplit(url)
    path = quote(unquote(parts.path), safe="/%-._~!$&'()*+,;=:@")
    return path + (f"?{parts.query}" if parts.query else "")


def crawl(server) -> dict[str, str]:
    """Breadth-first over same-host links from START_PATH; returns target -> body."""
    base = server.url("/")
    host = urlsplit(base).netloc
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status != 200:
            continue
        for href in links(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            absolute = urljoin(server.url(target), href.split("#")[0])
            parts = urlsplit(absolute)
            if parts.netloc != host or parts.path.startswith("/media/"):
                continue
            nxt = _target(absolute)
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["category"] in portal.SECTIONS
        assert g["published_at"] is None or g["published_at"][:7] in (
            "2026-10",
            "2026-11",
            "2026-12",
        )
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"]
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & set(paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_pages_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    # the page links its section's tag (Tumblr's form), the menu prints the label
    assert portal.tag_url(gold["category"]) in body
    assert f">{gold['category']}</a>" in body


def _printed_date(iso: str) -> str:
    when = dt.datetime.fromisoformat(iso)
    hour = when.hour % 12 or 12
    return f"ngày {when:%d/%m/%Y} lúc {hour}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_date_is_printed(server, gold):
    _, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    iso = gold["published_at"]
    if "T" in iso:
        assert _printed_date(iso) in text
    elif "lúc 12:00 AM" in text:  # the midnight post: a day without a time
        assert f"ngày {dt.date.fromisoformat(iso):%d/%m/%Y} lúc 12:00 AM" in text
    else:  # the official notice: its letterhead's day
        day = dt.date.fromisoformat(iso)
        assert f"ngày {day:%d} tháng {day.month:02d} năm {day.year}" in text


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    seen = crawl(server)
    reached = {t for t, body in seen.items() if body}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(seen)


def test_some_articles_only_on_later_pages(server):
    first_pages = ["/", portal.tag_url("Hoạt động Đội"), portal.menu_tag_url("Hoạt động Đội")]
    later = [p for p in portal.GOLD if p["title"].startswith(("Liên đội phát động", "Chi đội 6A3"))]
    assert len(later) == 2
    for target in first_pages:
        _, body, _ = fetch(server, quote(target))
        for gold in later:
            assert gold["path"] not in body
    _, body, _ = fetch(server, "/page/3")
    for gold in later:
        assert gold["path"] in body


def test_listing_pager_is_hidden_but_linked(server):
    _, body, _ = fetch(server, "/")
    assert '<div id="phan-trang" style="display:none"><a id="trang-sau" href="/page/2">' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert body


def test_tag_page_two_url_forms_same_listing(server):
    a = fetch(server, portal.tag_url("Hoạt động Đội"))
    b = fetch(server, quote(portal.menu_tag_url("Hoạt động Đội")))
    assert a[0] == b[0] == 200
    assert re.findall(r'id="bv(\d+)"', a[1]) == re.findall(r'id="bv(\d+)"', b[1])


def test_search_redirects_and_rss(server):
    status, _, headers = fetch(server, "/search?q=tr%E1%BA%A1i")
    assert status == 302 and headers["Location"].startswith("/search/")
    status, body, headers = fetch(server, "/rss")
    assert status == 200 and "rss+xml" in headers["Content-Type"]
    assert body.count("<item>") == len(portal.POSTS)


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/post/123456789012345678/bai-khong-co",
        "/post/802921760329662464/slug/thua",
        "/tagged/the-khong-co",
        "/image/802921760329662464",
        "/archive/2025/01",
        "/wp-admin",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
