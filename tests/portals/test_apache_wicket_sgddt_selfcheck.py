"""Self-checks of the apache_wicket_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import apache_wicket_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"<a\b[^>]*\bhref=\"([^\"]*)\"", re.I)
_IMG = re.compile(r"<img\b[^>]*\bsrc=\"([^\"]*)\"", re.I)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_PAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _plain(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", page))))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over <a href> (GET, same host, redirects followed): pages reached, requests made."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    reached: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _target(urljoin(server.url(target), headers["Location"]))
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        reached.add(target)
        for href in _HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(server.url(target), href)
            if urlsplit(absolute).netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _target(absolute)
            if nxt.lower().split("?")[0].endswith(_PAGE_EXT) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return reached, requests


def test_contract_shape():
    assert portal.NAME == "apache_wicket_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(paths) == len(set(paths))
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        assert g["category"] in portal.CATS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_pages_answer_with_their_fields(server, gold):
    story = portal.BY_ID[int(gold["path"].split("/")[3])]
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _plain(body)
        assert gold["title"] in text
        assert f'<h3 class="tdct" wicket:id="lblTieuDe">{portal.esc(gold["title"])}</h3>' in body
        assert story.opts["date"] in text
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        srcs = {_target(urljoin(server.url(target), _html.unescape(s))) for s in _IMG.findall(body)}
        for img in gold["images"]:
            assert img["path"] in srcs, img
            if img["caption"]:
                assert img["caption"] in text
        # Wicket prints relative links: no site link on an article starts with "/"
        assert not [h for h in _HREF.findall(body) if h.startswith("/")]


def test_everything_reachable_within_budget(server):
    reached, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_only_articles():
    """4806, 4800 and 4803 are on no page-1 listing and not on the home page."""
    site = portal.build_site()
    from crawler.demo.server import Request

    def get(target: str) -> str:
        path, _, query = target.partition("?")
        resp = site.respond(Request("GET", path, query, {"Host": "x"}))
        assert resp is not None and resp.status == 200, target
        return resp.body if isinstance(resp.body, str) else resp.body.decode()

    first_pages = [get("/"), *(get(portal.list_path(c)) for c in portal.CATS)]
    for sid in (4806, 4800, 4803):
        assert not any(f"/{sid}/" in p for p in first_pages)
    assert "/4806/" in get("/tin-tuc/danh-muc/tin-tuc-su-kien?page=2")
    assert "/4803/" in get("/tin-tuc/danh-muc/hoat-dong-nganh?page=2")


def test_listener_pager_redirects(server):
    status, _, headers = fetch(
        server, "/tin-tuc/danh-muc/hoat-dong-nganh?0-1.ILinkListener-newsPanel-pager-navigation-1-pageLink"
    )
    assert status == 302 and headers["Location"].endswith("/tin-tuc/danh-muc/hoat-dong-nganh?page=2")
    status, _, headers = fetch(server, "/tin-tuc/danh-muc/hoat-dong-nganh?0-1.ILinkListener-newsPanel-pager-prev&page=2")
    assert status == 302 and headers["Location"].endswith("/tin-tuc/danh-muc/hoat-dong-nganh")
    status, _, headers = fetch(server, "/?0-1.ILinkListener-pnlXemNhieu-dsTin-1-lnkTin")
    assert status == 302 and headers["Location"].endswith(portal.art_path(portal.BY_ID[4818]))


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="tdct"' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/chi-tiet/9999/khong-co-tin",
        "/tin-tuc/chi-tiet/4836/sai-duong-dan",
        "/tin-tuc/danh-muc/tin-tuc-su-kien?page=9",
        "/tin-tuc/danh-muc/khong-co",
        "/tin-tuc/danh-muc/hoat-dong-nganh?0-1.ILinkListener-newsPanel-pager-navigation-7-pageLink",
        "/?0-1.ILinkListener-pnlXemNhieu-dsTin-9-lnkTin",
        portal.BOOKMARKABLE + "?id=1",
        "/van-ban/chi-tiet/1/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
