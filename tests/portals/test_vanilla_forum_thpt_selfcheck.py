"""Self-checks of the vanilla_forum_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vanilla_forum_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    """Visible text of a page, one chunk per text node; and every link/form target."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links: list[tuple[str, bool]] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append((a["href"], "nofollow" in (a.get("rel") or "")))
        if tag == "link" and a.get("rel") in ("prev", "next") and a.get("href"):
            self.links.append((a["href"], False))
        if tag == "form" and a.get("action") and a.get("method", "get").lower() == "get":
            self.links.append((a["action"] + "?Search=", False))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)


def parse(body: str) -> _Text:
    p = _Text()
    p.feed(body)
    return p


def page_text(body: str) -> str:
    return collapse(" ".join(parse(body).chunks))


def message_of(body: str) -> str:
    start = body.index('<div class="Message userContent">')
    end = body.index('<div class="Reactions">', start)
    return body[start:end]


def message_text(body: str) -> str:
    """The post's text with table cells joined by " | " (how the gold writes a row)."""
    return page_text(re.sub(r"</td>\s*<td[^>]*>", " | ", message_of(body)))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r"<h1>(.*?)</h1>", body, re.S).group(1)
    h1_text = collapse(html.unescape(re.sub(r"<[^>]+>", " ", h1)))
    assert h1_text.endswith(gold["title"])
    assert f"<title>{html.escape(gold['title'])} — " in body
    canonical = re.search(r'<link rel="canonical" href="http://[^/]+([^"]+)"', body).group(1)
    assert canonical == gold["canonical_path"]
    # the body's paragraphs are in the post's Message, in order
    message = message_text(body)
    pos = 0
    for para in gold["body"].split("\n\n"):
        found = message.find(para, pos)
        assert found >= 0, para
        pos = found + len(para)
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    text = page_text(body)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in message
    assert gold["category"] in text
    # the post's own <time> (first in the DiscussionMeta) matches the gold date
    meta = body[body.index('class="Meta DiscussionMeta"') :]
    stamp = re.search(r'datetime="([^"]+)"', meta).group(1)
    local = datetime.fromisoformat(stamp).astimezone(portal.ICT)
    if "T" in gold["published_at"]:
        assert local.isoformat() == gold["published_at"]
        assert datetime.fromisoformat(stamp).tzinfo == UTC
    else:
        day = datetime.fromisoformat(gold["published_at"])
        assert f"ngày {day.day} tháng {day.month} năm {day.year}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_alt_paths_serve_the_same_post(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert message_of(body) == message_of(main)
        assert f'/{gold["canonical_path"].lstrip("/")}" />' in body


def test_non_articles(server):
    gold_messages = set()
    for gold in portal.GOLD:
        gold_messages.add(message_of(fetch(server, gold["path"])[1]))
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        if '<div class="Message userContent">' in body and '<div class="Reactions">' in body:
            assert message_of(body) not in gold_messages, path


def test_reply_pages_hold_no_post(server):
    status, body, _ = fetch(server, portal.url_of(portal.BY_ID[1338], 2))
    assert status == 200
    assert "DiscussionHeader" not in body and "Comment_8872" in body
    assert fetch(server, portal.url_of(portal.BY_ID[1338], 3))[0] == 404


def test_unknown_paths_404(server):
    for path in (
        "/nope",
        "/discussion/9999/khong-co",
        f"/categories/{portal.NEWS}/p9",
        "/categories/khong-co",
        "/profile/khongco",
        "/discussion/comment/1/",
        "/discussion/1338/x/p0",
    ):
        assert fetch(server, path)[0] == 404, path


def test_comment_permalink_redirects(server):
    status, _, headers = fetch(server, "/discussion/comment/8872/")
    assert status == 302
    assert headers["Location"].endswith(portal.url_of(portal.BY_ID[1338], 2) + "#Comment_8872")
    status, _, headers = fetch(server, "/discussion/comment/8741/")
    assert headers["Location"].endswith(portal.url_of(portal.BY_ID[1327]) + "#Comment_8741")


def test_timezone_trap_is_printed():
    body = portal.discussion_page(
        _req(portal.url_of(portal.BY_ID[1327])), portal.BY_ID[1327], 1
    ).payload().decode()
    assert 'datetime="2026-11-16T22:45:00+00:00"' in body
    assert ">Tháng 11 17</time>" in body
    body = portal.discussion_page(_req("/"), portal.BY_ID[1356], 1).payload().decode()
    assert ">7:40SA</time>" in body


def _req(path: str):
    from crawler.demo.server import Request

    return Request("GET", path, "", {"Host": "127.0.0.1"})


def test_reachable_within_budget(server):
    """BFS over links and the search form from START_PATH, redirects followed by hand."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    found: set[str] = set()
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            pages += 1
            continue
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages += 1
        found.add(target)
        for href, _nofollow in parse(body).links:
            absolute = urljoin(server.url(target), html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if re.search(r"\.(jpg|png|gif|ico|css|js|pdf)$", parts.path):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for gold in portal.GOLD:
        assert gold["path"] in found, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in found, path
    # a crawler that follows everything (nofollow too) stays within 3 x (13 + non-articles)
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_only_via_later_listing_pages(server):
    _, p1, _ = fetch(server, f"/categories/{portal.NEWS}")
    _, home, _ = fetch(server, "/")
    for sid in (1327, 1322, 1318, 1311, 1305, 1297):
        url = portal.url_of(portal.BY_ID[sid])
        assert url not in p1 and url not in home
    _, p2, _ = fetch(server, f"/categories/{portal.NEWS}/p2")
    assert portal.url_of(portal.BY_ID[1322]) in p2


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
