"""Self-checks of the Liferay 7.1 Trường Chính trị fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay71_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith(("//", "/documents/", "/o/", "/c/")):
            continue
        if href.split("?")[0].endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, limit: int = 400) -> set[str]:
    seen, queue = {portal.START_PATH}, deque([portal.START_PATH])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13 and 4 <= len(portal.NON_ARTICLES) <= 6
    for g in portal.GOLD:
        assert set(g) >= KEYS
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"])
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value and "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for name in g["authors"] + g["photographers"]:
            assert (
                name not in ("BBT", "Internet", "Quản trị hệ thống")
                and "ThS." not in name
                and "TS." not in name
            )
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_pages_print_their_fields(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = shown(body)
        assert gold["title"] in page
        for para in gold["body"].split("\n\n"):
            assert " ".join(para.split(" | ")) in page, (target, para)
        for img in gold["images"]:
            assert img["path"] in _html.unescape(body)
            if img["caption"]:
                assert img["caption"] in page
        assert f"Chuyên mục: {gold['category']}" in page
    _, body, _ = fetch(server, gold["path"])
    page = shown(body)
    assert portal.TODAY in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in page
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in page


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Chuyên mục:" not in shown(body), path


def test_walk_reaches_every_article_and_only_known_variants(server):
    seen = walk(server)
    known = {g["path"] for g in portal.GOLD} | {a for g in portal.GOLD for a in g["alt_paths"]}
    for g in portal.GOLD:
        assert g["path"] in seen or set(g["alt_paths"]) & seen, g["path"]
    for href in seen:
        if "/content/" in href:
            assert href in known, href


def test_some_articles_only_on_later_list_pages(server):
    def inbound(slug: str, pages: list[str]) -> bool:
        return any(slug in fetch(server, t)[1] for t in pages)

    firsts = [portal.START_PATH, *(f"{portal.SITE}/{k}" for k in portal.INSTANCE)]
    oldest_news = portal.S["bd"]
    assert not inbound(oldest_news, firsts)
    assert inbound(oldest_news, [portal.list_target("tin-tuc", 2)])
    assert not inbound(portal.S["de"], firsts)
    assert inbound(portal.S["de"], [portal.list_target("nghien-cuu-khoa-hoc", 2)])
    assert portal.pages_of("van-ban-chi-dao") == 3
    assert not inbound(portal.S["vb2"], [*firsts, portal.list_target("van-ban-chi-dao", 2)])
    assert inbound(portal.S["vb2"], [portal.list_target("van-ban-chi-dao", 3)])
    assert fetch(server, portal.list_target("tin-tuc", 5))[0] == 404


def test_traps(server):
    s = portal.BY_SLUG
    # canonical points at the layout, not the article
    _, body, _ = fetch(server, portal.primary(s[portal.S["kh"]]))
    assert f'{portal.SITE}/tin-tuc" rel="canonical"' in body
    assert "Cập nhật: 04/12/2026 16:40" in body and "Người đăng: Quản trị hệ thống" in body
    # chi-tiet breadcrumb is not a category
    _, body, _ = fetch(server, portal.chitiet(s[portal.S["kh"]]))
    assert "Chi tiết tin" in body and f'{portal.SITE}/chi-tiet" rel="canonical"' in body
    # kicker above the title
    _, body, _ = fetch(server, portal.primary(s[portal.S["nh"]]))
    assert 'class="tit-phu">CHÀO MỪNG' in body and "<br />" in body and "Tin liên quan:" in body
    # print view
    status, body, _ = fetch(server, portal.print_target(s[portal.S["nh"]]))
    assert status == 200 and "window.print()" in body and "Tin đọc nhiều" not in body
    # văn bản: issue date differs from the posting date
    _, body, _ = fetch(server, portal.primary(s[portal.S["tb"]]))
    assert "Ngày ban hành:</td><td>17/11/2026" in body and "Ngày đăng: 18/11/2026 09:00" in body
    # research: degree in the author field, no time
    _, body, _ = fetch(server, portal.primary(s[portal.S["tt"]]))
    assert "Tác giả: TS. Vi Văn Bình" in body
    # documents in the listing are not web contents
    _, body, _ = fetch(server, f"{portal.SITE}/van-ban-chi-dao")
    assert "/document/id/" in body and "Trang 1 của 3" in body
    # the menu parent is not a link
    assert 'href="javascript:;" aria-haspopup="true"><span>Đào tạo - NCKH' in body
    assert fetch(server, "/")[0] == 302
