"""Self-checks of the fixture portal liferay63_newsportlet_tct against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay63_newsportlet_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

#: links, and the actions of GET forms (the site's only forms are POST: poll, sign-in)
_HREF = re.compile(r'<a\b[^>]*?href="([^"]*)"|<form\b(?=[^>]*method="get")[^>]*?action="([^"]*)"', re.I)
_TAG = re.compile(r"<[^>]+>")
_SKIP = re.compile(r"^(javascript:|mailto:|#)", re.I)
_STATIC = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(_TAG.sub(" ", body)))


def links(body: str, here: str) -> list[str]:
    out = []
    for anchor, action in _HREF.findall(body):
        href = _html.unescape(anchor or action).strip()
        if not href or _SKIP.match(href):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_STATIC) or parts.path.startswith("/documents/"):
            continue
        out.append(target)
    return out


def crawl(server) -> dict[str, str]:
    """Breadth-first walk of pages (GET, redirects followed by hand) from START_PATH."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            new = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if new not in queued:
                queued.add(new)
                queue.append(new)
            continue
        assert status == 200, (target, status)
        seen[target] = body
        if "html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, target):
            if link not in queued:
                queued.add(link)
                queue.append(link)
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_contract_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.NAME == "liferay63_newsportlet_tct"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_gold_pages_answer_with_fields(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            # a table row's cells are printed in their own <td>s
            assert para.replace(" | ", " ") in text, (target, para)
        for img in gold["images"]:
            assert _html.escape(img["path"]) in body or img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
    status, body, _ = fetch(server, gold["path"])
    assert f"Chuyên mục: {gold['category']}" in page_text(body)


def test_dates_as_printed(server):
    for gold in portal.GOLD:
        story = portal.BY_ID[int(gold["path"].rsplit("=", 1)[1])]
        _, body, _ = fetch(server, gold["path"])
        assert f"Ngày đăng: {story.opts['date']}" in page_text(body)
        if gold["published_at"] and "T" in gold["published_at"] and story.id != 2455:
            hh = int(gold["published_at"][11:13])
            printed = story.opts["date"].split()
            assert int(printed[1][:2]) % 12 + (12 if printed[2] == "CH" else 0) == hh


def test_all_gold_reachable_from_start(crawled):
    for gold in portal.GOLD:
        assert gold["path"] in crawled, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawled, path


def test_page_two_only(crawled):
    """The three oldest posts are linked only from page 2 of their list."""
    for news_id, cat in ((2432, 101), (2421, 101), (2424, 102)):
        target = portal.detail_path(news_id)
        linking = [p for p, body in crawled.items() if target in _html.unescape(body)]
        assert linking == [portal.list_path(cat, 2)], (news_id, linking)


def test_request_budget(crawled):
    assert len(crawled) <= 3 * (13 + len(portal.NON_ARTICLES)), len(crawled)


def test_canonical_is_the_layout(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert f'{server.base_url}/web/truongchinhtri/chi-tiet-tin" rel="canonical"' in body
    status, body, _ = fetch(server, "/web/truongchinhtri/chi-tiet-tin")
    assert status == 200 and "Không tìm thấy tin yêu cầu" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co",
        "/web/truongchinhtri/khong-co-trang",
        portal.detail_path(9999),
        portal.list_path(101, 9),
        portal.list_path(999),
        "/web/truongchinhtri/chi-tiet-tin/-/news/9999/abc",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
