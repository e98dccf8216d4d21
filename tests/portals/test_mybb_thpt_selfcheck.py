"""Self-checks of the mybb_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mybb_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\s[^>]*?href=["']([^"']+)["']""", re.I)
TAG = re.compile(r"<[^>]+>")
COMMENT = re.compile(r"<!--.*?-->", re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible text of a page: comments and tags dropped, entities decoded, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", page)  # a table row reads "cell | cell"
    return collapse(_html.unescape(TAG.sub(" ", COMMENT.sub(" ", page))))


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        url = urljoin(server.url(target), _html.unescape(href))
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, set[str]]]:
    """Breadth-first over every same-host link (redirects followed by hand)."""
    seen = {portal.START_PATH}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        found: list[str] = []
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            found = [loc.path + (f"?{loc.query}" if loc.query else "")]
        elif status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            found = _links(server, target, body)
        for link in found:
            linked_from.setdefault(link, set()).add(target)
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert len(seen) < 400, "crawl does not end"
    return seen, linked_from


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])] + portal.NON_ARTICLES
    assert len(every) == len(set(every)), "a path is claimed twice"
    for g in portal.GOLD:
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        assert g["category"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    assert f"<title>{_html.escape(gold['title'], quote=True)}</title>" in page
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        src = img["path"].lstrip("/")
        assert src in _html.unescape(page), src
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the date as the page prints it (d-m-Y, 12-hour clock, relative dates in a title attribute)
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["path"] == "/showthread.php?tid=59":
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    else:
        assert f"{d}-{m}-{y}" in page
    if "T" in gold["published_at"]:
        hh, mm = int(gold["published_at"][11:13]), gold["published_at"][14:16]
        clock = f"{(hh % 12) or 12:02d}:{mm} {'PM' if hh >= 12 else 'AM'}"
        assert clock in page, clock


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    first = gold["body"].split("\n\n")[0]
    for alt in gold.get("alt_paths", []):
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        text = _text(page)
        assert gold["title"] in text, alt
        assert first in text, alt


def test_every_gold_article_and_non_article_is_reachable(crawl):
    seen, _ = crawl
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_article_only_on_a_second_listing_page(crawl):
    _, linked_from = crawl
    sources = linked_from["/showthread.php?tid=41"]
    assert "/forumdisplay.php?fid=3&page=2" in sources
    assert not any(s.startswith(("/index.php", "/forumdisplay.php?fid=3&page=1", "/portal.php")) for s in sources)
    assert "/forumdisplay.php?fid=3" not in sources


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, page, _ = fetch(server, path)
    assert status == 200
    assert "<title>" in page


def test_thread_page_two_is_replies_only(server):
    status, page, _ = fetch(server, "/showthread.php?tid=56&page=2")
    assert status == 200
    gold = next(g for g in portal.GOLD if g["path"] == "/showthread.php?tid=56")
    text = _text(page)
    assert gold["title"] in text
    assert gold["body"].split("\n\n")[1] not in text


def test_lastpost_redirects_to_a_post_url(server):
    status, _, headers = fetch(server, "/showthread.php?tid=63&action=lastpost")
    assert status == 302
    assert headers["Location"].endswith("/showthread.php?tid=63&pid=631#pid631")


@pytest.mark.parametrize(
    "path",
    [
        "/showthread.php?tid=999",
        "/showthread.php?tid=63&pid=12",
        "/showthread.php?tid=56&page=3",
        "/forumdisplay.php?fid=3&page=3",
        "/forumdisplay.php?fid=77",
        "/archive/index.php/thread-999.html",
        "/printthread.php?tid=1",
        "/calendar.php?calendar=1&year=2030&month=5",
        "/calendar.php?action=event&eid=99",
        "/no-such-page.php",
        "/tin-tuc/abc.html",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_crawl_is_bounded(crawl):
    seen, _ = crawl
    pages = [p for p in seen if not re.search(r"\.(jpe?g|png|gif|css|js|ico)(\?|$)", p, re.I)]
    assert len(pages) < 170, len(pages)
