"""Self-checks of the phoenix_liveview_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import phoenix_liveview_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_INLINE = re.compile(r"</?(?:a|strong|em|b|i|u|span|sup|time)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HREF = re.compile(r'\b(?:href|action)="([^"]*)"')


def page_text(body: str) -> str:
    """What a reader sees, roughly: tags out, entities decoded, NFC, whitespace collapsed."""
    body = _COMMENT.sub("", body)
    body = _INLINE.sub("", body)
    body = _TAG.sub(" ", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(body)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over hrefs and GET form actions from START_PATH, on this host only."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            t = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if t not in seen:
                seen.add(t)
                queue.append(t)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for raw in _HREF.findall(body):
            url = urljoin(server.url(target), _html.unescape(raw))
            parts = urlsplit(url)
            if parts.netloc != urlsplit(server.base_url).netloc or parts.scheme != "http":
                continue
            if re.search(r"\.(jpg|png|gif|ico|css|js|pdf|xlsx)$", parts.path):
                continue
            t = parts.path + (f"?{parts.query}" if parts.query else "")
            if t not in seen:
                seen.add(t)
                queue.append(t)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_title(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target


def test_every_gold_article_is_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_deep_articles_are_only_on_later_pages(server):
    """2344 (current slug), 2309 and 2302 are on no page-1 list: only page 2+ leads there."""
    deep = [g["path"] for g in portal.GOLD if int(g["path"].split("/")[2]) in portal.DEEP]
    assert len(deep) == 3
    firsts = ["/", "/tin-tuc", *(f"/tin-tuc?chuyen_muc={c}" for c in portal.CATS)]
    firsts += [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    for target in firsts:
        _, body, _ = fetch(server, target)
        hrefs = {_html.unescape(h) for h in _HREF.findall(body)}
        for path in deep:
            assert path not in hrefs or target == path, (target, path)
    _, page2, _ = fetch(server, "/tin-tuc?chuyen_muc=tin-hoat-dong")
    assert '<noscript><a href="?chuyen_muc=tin-hoat-dong&amp;trang=2"' in page2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_appear_on_the_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    seen = page_text(body)
    for para in gold["body"].split("\n\n"):
        # a table row's cells are separate <td>s on the page
        assert para.replace(" | ", " ") in seen, para
    if gold["summary"]:
        assert gold["summary"] in seen
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen, name
    if gold["source"]:
        assert gold["source"] in seen
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in seen
    assert gold["category"] in seen
    # the date: a notice's letterhead day, otherwise the local time printed (or in title=/datetime=)
    pub = gold["published_at"]
    if len(pub) == 10:
        day = datetime.strptime(pub, "%Y-%m-%d")
        assert (
            f"ngày {day:%d} tháng {day:%m} năm {day:%Y}" in seen or f"{day:%d/%m/%Y} 00:00" in seen
        )
    else:
        local = datetime.fromisoformat(pub)
        assert f"{local:%d/%m/%Y %H:%M}" in _html.unescape(body)
        utc = (local.replace(tzinfo=None) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert f'datetime="{utc}"' in body


def test_gold_matches_the_stories_clock():
    """Hand-written published_at against the posting times the pages print."""
    for s in portal.STORIES:
        if s.opts.get("kind") == "tb":
            assert s.published_at[8:10] == s.opts["ngay"].split("ngày ")[1][:2]
            continue
        dt = s.opts["dt"]
        if dt.hour == dt.minute == 0:
            assert s.published_at == f"{dt:%Y-%m-%d}"
        else:
            assert s.published_at == f"{dt:%Y-%m-%dT%H:%M:00}+07:00"


def test_nfd_article_is_decomposed_on_the_wire(server):
    gold = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/2349/"))
    _, body, _ = fetch(server, gold["path"])
    assert gold["title"] not in body
    assert unicodedata.normalize("NFD", gold["title"]) in body


def test_old_slug_serves_the_article_with_canonical(server):
    gold = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/2344/"))
    old = gold["alt_paths"][0]
    status, body, _ = fetch(server, old)
    assert status == 200
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/9999/abc",
        "/thong-bao/9999",
        "/tin-tuc?chuyen_muc=khong-co",
        "/van-ban/1",
        "/video/6",
        "/live/websocket",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_short_article_url_redirects_to_canonical(server):
    status, _, headers = fetch(server, "/tin-tuc/2366")
    assert status == 301
    assert headers["Location"] == next(g["path"] for g in portal.GOLD if "/2366/" in g["path"])


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
