"""Self-checks of the liferay72_fullcontent_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay72_fullcontent_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"#]*)', re.I)
_TAG = re.compile(r"<[^>]+>")
_ASSET = re.compile(r"^/(documents|image|o|combo)/|\.(jpg|png|gif|css|js|ico|pdf)$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(_TAG.sub(" ", body)))


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over <a href> links on the host (pages only), following redirects."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, target
        for href in _HREF.findall(body):
            url = urlsplit(urljoin(server.url(target), _html.unescape(href)))
            if url.scheme not in ("http", "https") or url.netloc != f"{server.host}:{server.port}":
                continue
            nxt = url.path + (f"?{url.query}" if url.query else "")
            if _ASSET.search(url.path) or nxt in seen:
                continue
            queue.append(nxt)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = page_text(body)
        assert f'<h3 class="header-title"><span>{_html.escape(g["title"])}</span></h3>' in body
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for img in g["images"]:
            assert _html.escape(img["path"]) in body or img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        day = g["published_at"][:10] if g["published_at"] else None
        if day:
            y, m, d = day.split("-")
            assert f"{d}/{m}/{y}" in text or f"{d}/{m}/{y[2:]}" in text or f"ngày {int(d)} tháng {int(m)}" in text
        canon = re.search(r'href="http://[^/"]+([^"]*)" rel="canonical"', body).group(1)
        assert _html.unescape(canon) == g["canonical_path"]


def test_alt_paths_serve_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _html.escape(g["title"]) in body
            first = g["body"].split("\n\n")[0].split(" | ")[0]
            assert first in page_text(body)


def test_reachable_and_within_budget(server):
    seen, pages = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_old_articles_only_via_later_pages(server):
    """The oldest posts of the paged portlets are linked only from page 2+ listings."""
    status, body, _ = fetch(server, portal.NEWS)
    assert status == 200
    for story in (portal.BY_SLUG["truong-mam-non-hoa-sen-don-bang-cong-nhan-dat-chuan-quoc-gia"],
                  portal.BY_SLUG["kiem-tra-noi-bo-truong-hoc-hoc-ky-i"]):
        assert portal.content_path(story) not in body
    status, body, _ = fetch(server, portal.list_path(portal.A, 3))
    assert status == 200 and "Trường Mầm non Hoa Sen đón Bằng" in body


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for bad in ("/web/pgd-krongpac/khong-co", "/web/pgd-krongpac/tin-tuc/-/asset_publisher/hZ3kLmNpQr7T/content/x",
                "/web/pgd-krongpac/tin-tuc/-/asset_publisher/tB7yU1iO0pKj/content/"
                "tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
                portal.list_path(portal.A, 9), "/khong-ton-tai.html"):
        assert fetch(server, bad)[0] == 404, bad
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"].endswith("/web/pgd-krongpac")


def test_listing_prints_full_text_but_no_title_link(server):
    _status, body, _ = fetch(server, portal.NEWS)
    first = portal.GOLD[0]
    assert first["body"].split("\n\n")[0] in page_text(body)
    assert f'>{_html.escape(first["title"])}</a>' not in body.split("portlet-title-text\">Hoạt động")[0].split(
        "Tin giáo dục</h2>")[1]
