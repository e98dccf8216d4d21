"""Self-checks of the laravel_vendor_egov_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import laravel_vendor_egov_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|link)\b[^>]*?\bhref="([^"]*)\"""", re.I)
_FORM = re.compile(r"""<form\b[^>]*?\baction="([^"]*)\"[^>]*>""", re.I)
_STATIC = re.compile(r"\.(?:jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible-ish text of a page: no tags, no scripts, no invisible format characters."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"""<[^>"']*(?:"[^"]*"[^>"']*|'[^']*'[^>"']*)*>""", " ", markup)
    text = _html.unescape(markup).replace("\u200b", "").replace("\ufeff", "")
    return unicodedata.normalize("NFC", collapse(text))


def _local(server: PortalServer, base: str, href: str) -> str | None:
    absolute = urljoin(base, _html.unescape(href))
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over links and GET forms from START_PATH; static files are not fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, _headers = fetch(server, target)
        pages += 1
        if status != 200:
            continue
        found = [m.group(1) for m in _HREF.finditer(body)]
        for m in _FORM.finditer(body):
            if 'method="GET"' in m.group(0):
                found.append(m.group(1))
        for href in found:
            local = _local(server, server.url(target), href)
            if not local or local in seen or _STATIC.search(urlsplit(local).path) or skip(local):
                continue
            seen.add(local)
            queue.append(local)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert {g["category"] for g in portal.GOLD} <= set(portal.CATS.values())
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["body"] and g["title"]
        for p in g["body"].split("\n\n"):
            assert "\u200b" not in p and "\ufeff" not in p


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            assert g["title"] in page_text(body), target
            assert f'href="{server.base_url}{g["canonical_path"]}"' in body


def test_everything_reachable_within_budget(server):
    seen, pages = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_via_page_two(server):
    seen, _ = crawl(server, skip=lambda t: "/danh-muc/" in t and "page=2" in t)
    only_deep = {portal.article_path(s) for s in (portal.S109, portal.S110, portal.S112, portal.S113)}
    assert not only_deep & seen
    assert all(portal.article_path(s) in seen for s in portal.STORIES if portal.article_path(s) not in only_deep)


def test_gold_fields_on_page(server):
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        printed = story.opts.get("printed_check") or portal.printed_date(story)
        assert printed in text
        for img in g["images"]:
            srcs = [urljoin(server.url(g["path"]), _html.unescape(s)) for s in re.findall(r'(?:data-src|src)="([^"]+)"', body)]
            assert server.url(img["path"]) in srcs, img
            assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in text


def test_traps_are_in_place(server):
    _, body, _ = fetch(server, portal.article_path(portal.S104))
    assert "<title>Ngày Pháp luật 2026" in body and "Cập nhật: 04-12-2026 08:00" in body
    assert 'content="2026-12-04T01:00:00.000000Z"' in body
    assert body.index("<aside") < body.index("<article")
    _, body, _ = fetch(server, portal.article_path(portal.S102))
    assert 'src="/images/blank.gif" data-src="../../storage/images/2026/12/' in body
    _, body, _ = fetch(server, portal.article_path(portal.S101))
    assert body[body.index("<article") :].count(portal.S101.summary) == 2
    _, body, _ = fetch(server, portal.article_path(portal.S108))
    assert 'x-show="xemThem" x-cloak x-transition style="display: none;"' in body
    _, body, _ = fetch(server, "/danh-muc/hoat-dong-chuyen-mon")
    assert portal.article_path(portal.S105) in body and "Hiển thị" not in body
    _, one, _ = fetch(server, portal.article_path(portal.S107) + "?page=1")
    _, two, _ = fetch(server, portal.article_path(portal.S107) + "?page=2")
    assert "Nguyễn Hữu Tài" in one and "Nguyễn Thị Lan" in two and "Nguyễn Thị Lan" not in one


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "<footer" in body


def test_listings_and_edges(server):
    assert fetch(server, "/danh-muc/tin-tuc-su-kien?page=9")[0] == 200
    assert "Chưa có bài viết" in fetch(server, "/danh-muc/tin-tuc-su-kien?page=9")[1]
    status, _, headers = fetch(server, "/danh-muc/thong-bao/")
    assert status == 301 and headers["Location"] == "/danh-muc/thong-bao"
    assert fetch(server, "/storage/files/412-tb-pgddt.pdf")[2]["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    "target",
    [
        "/tin-tuc/khong-co-bai-nay.html",
        "/danh-muc/khong-ton-tai",
        "/van-ban/99",
        "/tag/khong-co",
        "/storage/files/khong-co.pdf",
        "/admin",
        "/bai-viet/101",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
