"""Self-check of the viettel_smas_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import viettel_smas_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_FORM = re.compile(r'<form action="([^"]*)" method="get"[^>]*>(.*?)</form>', re.S)
_INPUT = re.compile(r'<input type="text" name="([^"]+)"')
_SELECT = re.compile(r'<select name="([^"]+)"[^>]*>(.*?)</select>', re.S)
_OPTION = re.compile(r'<option value="([^"]*)"( selected)?')
_TAG = re.compile(r"<[^>]+>")
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """What a reader sees: tags dropped, references decoded, NFC, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(html.unescape(_TAG.sub("", page)))


def _content(page: str) -> str:
    start = page.index('class="ct-tin"')
    return page[start: page.index('class="congcu"', start)]


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + here, href))
        if parts.netloc != "fixture.invalid" or _STATIC.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for action, inner in _FORM.findall(page):
        fields = [(name, "") for name in _INPUT.findall(inner)]
        for name, opts in _SELECT.findall(inner):
            chosen = [v for v, sel in _OPTION.findall(opts) if sel] or [v for v, _ in _OPTION.findall(opts)][:1]
            fields.append((name, chosen[0] if chosen else ""))
        out.append(html.unescape(action) + "?" + urlencode(fields))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        queue.extend(t for t in _links(body, urlsplit(target).path) if t not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g
        assert g["published_at"] is None or "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] and "\n\n\n" not in g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert g["category"] in {name for name, _, _ in portal.CATS.values()}


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        seen = _text(_content(body))
        assert g["title"] in seen, g["path"]
        for para in g["body"].split("\n\n"):
            if " | " in para:  # a table row: each cell is printed in its own <td>
                assert all(cell in seen for cell in para.split(" | ")), para
            else:
                assert para in seen, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in seen, (g["path"], name)
        if g["source"]:
            assert g["source"] in seen
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in seen, img
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        printed = f"{d}/{m}/{y}" in seen or f"ngày {int(d)} tháng {int(m)} năm {y}" in seen
        assert printed, g["path"]
        crumb = body[body.index('class="duongdan"'): body.index('class="ct-tin"')]
        assert g["category"] in html.unescape(crumb)


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        _, main, _ = fetch(server, g["path"])
        want = main[main.index('class="nd-ct"'): main.index('class="congcu"')]
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert body[body.index('class="nd-ct"'): body.index('class="congcu"')] == want, alt


def test_featured_route_prints_the_wrong_breadcrumb(server):
    _, body, _ = fetch(server, "/Portal/NewsDetail?newsId=2826&categoryId=1")
    crumb = body[body.index('class="duongdan"'): body.index('class="ct-tin"')]
    assert "Tin nổi bật" in crumb and "Tin tức - Sự kiện" not in crumb


def test_canonical_points_home_and_og_url_is_right(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        assert f'<link rel="canonical" href="{server.base_url}/" />' in body
        assert f'<meta property="og:url" content="{server.base_url}{g["canonical_path"]}" />' in body
        assert body.count("<h1") == 1 and "Cổng thông tin điện tử</title>" in body


def test_reachability_and_budget(server):
    pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), budget)
    # two articles are only on page 2 of "Tin tức - Sự kiện"
    page2 = portal.partial_url(1046, 2)
    for sid in (2809, 2803):
        needle = f"/bai-viet/{sid}/"
        holders = [t for t, body in pages.items() if needle in body and not t.startswith(needle)]
        assert holders == [page2], (sid, holders)
    # the category shells print no article link themselves
    _, shell, _ = fetch(server, portal.cat_url(1046))
    center = shell[shell.index('id="dvColCenter"'): shell.index('id="dvColRight"')]
    assert "/bai-viet/" not in center and "ListNewsPartial" in center


def test_fragments_have_no_chrome(server):
    status, body, _ = fetch(server, portal.partial_url(1046, 1))
    assert status == 200 and "<html" not in body and 'data-ajax="true"' in body
    status, body, _ = fetch(server, "/Portal/Home/NewsBox?categoryId=1051&top=4")
    assert status == 200 and "/bai-viet/2828/" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "dvNoiDung_" not in body


def test_unknown_paths_404(server):
    for target in (
        "/Portal/KhongTonTai",
        "/bai-viet/9999/khong-co",
        "/Portal/NewsDetail?newsId=12&categoryId=1046",
        "/danh-muc/7777/abc",
        "/Portal/Document/Detail?documentId=1",
        "/trang-khong-co.html",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_encodings_as_documented(server):
    _, body, _ = fetch(server, "/bai-viet/2818/x")
    raw = body[body.index('id="dvNoiDung_2818"'):]
    assert unicodedata.normalize("NFD", "Hội nghị") in raw
    _, body, _ = fetch(server, "/bai-viet/2803/x")
    assert "&agrave;" in body and "&#7897;" in body
    _, body, _ = fetch(server, "/bai-viet/2806/x")
    assert "mso-list:Ignore" in body
    gold = next(g for g in portal.GOLD if g["path"].startswith("/bai-viet/2806/"))
    assert "·" not in gold["body"] and "\n\n- Mỗi chi đoàn" in gold["body"]
