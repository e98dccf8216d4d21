"""Self-check of the phalcon_vendor_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import phalcon_vendor_pgd as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_NOT_PAGES = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _reader_text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(page_target: str, markup: str) -> list[str]:
    out = []
    for raw in _HREF.findall(markup):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(_NOT_PAGES):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer, skip: set[str] = frozenset()) -> dict[str, str]:
    """Breadth-first over plain hrefs from START_PATH: target -> body of every 200 page."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        pages[target] = body
        for link in _links(target, body):
            if link not in seen and link not in skip:
                seen.add(link)
                queue.append(link)
    return pages


def test_contract() -> None:
    assert portal.NAME == "phalcon_vendor_pgd"
    assert portal.START_PATH == "/"
    assert portal.PLATFORM
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= (g["published_at"] or "2026-10-01") <= "2026-12-05T23:59"
        for key in ("title", "body", "category"):
            assert g[key] and unicodedata.is_normalized("NFC", g[key])
        if g["summary"] is not None:
            assert g["body"].split("\n\n")[0] == g["summary"]
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


def test_gold_pages_serve_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = _reader_text(body)
        assert g["title"] in page
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
        for paragraph in g["body"].split("\n\n"):
            for cell in paragraph.split(" | "):
                assert cell in page, (g["path"], cell[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in page, (g["path"], name)
        if g["source"]:
            assert g["source"] in page
        if g["summary"]:
            assert g["summary"] in page
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in page
        assert f'<li class="active">{g["category"]}</li>' not in body  # category is a link
        assert f">{html.escape(g['category'])}</a></li>" in body


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    with_alts = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(with_alts) == 2
    for g in with_alts:
        _, canonical_body, _ = fetch(server, g["path"])
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}"' in body
            assert _reader_text(body) == _reader_text(canonical_body)


def test_everything_reachable_within_budget(server: PortalServer) -> None:
    pages = _crawl(server)
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, len(pages)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    # every alt path printed by the site is found, none beyond the gold's lists
    article_like = {t for t in pages if re.search(r"-\d+\.html$", t) and t.startswith(("/tin-tuc/", "/thong-bao/"))}
    known = {g["path"] for g in portal.GOLD} | {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert article_like == known


def test_non_articles_and_404s(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for target in (
        "/khong-ton-tai.html",
        "/tin-tuc/tin-hoat-dong/bai-viet-khong-co-9999.html",
        "/tin-tuc/tin-hoat-dong/sai-slug-1287.html",
        "/tin-tuc/chuyen-muc-la.html",
        "/tin-tuc/tin-hoat-dong.html?trang=9",
        "/ajax/tin-moi?trang=9",
        "/ajax/tin-moi?loai=thong-bao&trang=5",
        "/thong-bao/thong-bao-lich-nghi-tet-duong-lich-nam-2027-1287.html",
        "/van-ban/cong-van/khong-co-88.html",
    ):
        assert fetch(server, target)[0] == 404, target


# --- the traps behave as documented ---------------------------------------------------------


def test_trap_fragment_pager_is_the_only_route_to_1271(server: PortalServer) -> None:
    path_1271 = portal.story_path(portal.BY_ID[1271])
    fragment = "/ajax/tin-moi?loai=thong-bao&trang=2"
    status, body, _ = fetch(server, fragment)
    assert status == 200 and "<html" not in body and "<title" not in body
    assert path_1271 in body
    pages = _crawl(server, skip={fragment})
    assert path_1271 not in pages
    assert all(path_1271 not in b for t, b in pages.items())
    _, listing, _ = fetch(server, "/thong-bao.html")
    assert 'href="/ajax/tin-moi?loai=thong-bao&amp;trang=2"' in listing


def test_trap_page_two_only_and_script_box(server: PortalServer) -> None:
    path_1262 = portal.story_path(portal.BY_ID[1262])
    _, home, _ = fetch(server, "/")
    assert 'data-url="/ajax/tin-moi?trang=1"' in home
    assert 'href="/ajax/tin-moi' not in home
    pages = _crawl(server, skip={"/tin-tuc/tin-hoat-dong.html?trang=2"})
    assert path_1262 not in pages
    _, p2, _ = fetch(server, "/tin-tuc/tin-hoat-dong.html?trang=2")
    assert path_1262 in p2 and 'href="?trang=1"' in p2
    s1, b1, _ = fetch(server, "/tin-tuc/tin-hoat-dong.html?trang=1")
    s0, b0, _ = fetch(server, "/tin-tuc/tin-hoat-dong.html")
    assert s1 == s0 == 200 and b1 == b0


def test_trap_dates_and_bylines(server: PortalServer) -> None:
    gold = {g["path"]: g for g in portal.GOLD}
    s1287 = portal.BY_ID[1287]
    _, body, _ = fetch(server, portal.story_path(s1287))
    assert body.index("Cập nhật: 04/12/2026 08:15") < body.index("Ngày đăng: 03/12/2026 | 14:30")
    assert portal.HEADER_TODAY in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1276]))
    assert "Ngày đăng: 20/11/2026 | 00:00" in body
    assert gold[portal.story_path(portal.BY_ID[1276])]["published_at"] == "2026-11-20"
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1290]))
    assert "Ngày đăng: 03/12/2026 | 07:45" in body and "ngày 02 tháng 12 năm 2026" in body
    g1290 = gold[portal.story_path(portal.BY_ID[1290])]
    assert g1290["published_at"] == "2026-12-02" and g1290["authors"] == ["Trần Văn Quang"]
    assert "THÔNG BÁO" not in g1290["body"] and "Nơi nhận" not in g1290["body"]
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1281]))
    assert "Tác giả: {{ tin.tac_gia|e }}" in body and "Người đăng: pgdbaolam" in body
    g1270 = gold[portal.story_path(portal.BY_ID[1270])]
    assert g1270["authors"] == ["Ka Huyền"] and g1270["photographers"] == ["K'Brơi"]
    assert [i["caption"] for i in g1270["images"]] == [None, None]
    assert "Xem thêm" not in g1270["body"]


def test_trap_related_inside_text_box_and_entities(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1287]))
    box = body[body.index('<div class="ndung-ct"'):]
    assert box.index('<div class="lq-trong">') < box.index('<div class="tin-cung"')
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1262]))
    assert "&#" in body
    g1262 = next(g for g in portal.GOLD if g["path"] == portal.story_path(portal.BY_ID[1262]))
    assert "&#" not in g1262["body"] and "Hưởng ứng phong trào" in g1262["body"]
