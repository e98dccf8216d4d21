"""Self-checks of the aspnet_mvc5_vendor_egov_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc5_vendor_egov_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"<a\b[^>]*?\bhref=\"([^\"]*)\"", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text of a page: tags off, references decoded, NFC, whitespace collapsed."""
    return collapse(unicodedata.normalize("NFC", _html.unescape(_TAG.sub(" ", body))))


def crawl(server, skip=lambda target: False) -> dict[str, str]:
    """Follow every on-site <a href> from START_PATH (GET, no redirects), like a plain crawler."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = body if status == 200 and "text/html" in headers.get("Content-Type", "") else ""
        for href in _HREF.findall(seen[target]):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.lower().endswith(_SKIP_EXT) or nxt in seen:
                continue
            queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], g["canonical_path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            assert target in seen, target
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_behind_page_two(server):
    seen = crawl(server, skip=lambda t: "page=" in t and "/tin-tuc/" in t)
    ids = {int(re.search(r"-(\d+)$", urlsplit(t).path).group(1)) for t in seen if re.search(r"-\d+$", t)}
    assert portal.PAGE2_ONLY
    assert not (portal.PAGE2_ONLY & ids)
    full = crawl(server)
    assert all(any(t.endswith(f"-{i}") for t in full) for i in portal.PAGE2_ONLY)


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        visible = page_text(body)
        story = next(s for s in portal.STORIES if g["path"].endswith(f"-{s.id}"))
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in visible, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in visible, name
        if g["source"]:
            assert g["source"] in visible
        for img in g["images"]:
            assert img["path"] in body
            if img["caption"]:
                assert img["caption"] in visible
        day = g["published_at"][:10]
        yyyy, mm, dd = day.split("-")
        assert f"{dd}/{mm}/{yyyy}" in visible or f"ngày {int(dd)} tháng {mm} năm {yyyy}" in visible
        assert f"{g['category']}" in visible
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
        if story.opts.get("nfd"):
            assert unicodedata.normalize("NFD", g["body"].split("\n\n")[0]) in body


def test_traps_are_in_place(server):
    # Razor's encoding of Latin-1 letters in titles
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "C&#224; Mau" in body and "<h2 class=\"tde-bv\"" in body
    # en-US microdata date of A3
    _, body, _ = fetch(server, portal.article_path(portal.A3))
    assert 'itemprop="datePublished" content="11/3/2026 2:15:00 PM"' in body
    assert "Thứ ba, 03/11/2026 | 14:15" in body
    assert 'data-original="/Uploads/images/2026/11/03/khai-mac-hkpd-x.jpg"' in body
    # Sunday
    _, body, _ = fetch(server, portal.article_path(portal.A2))
    assert "Chủ nhật, 15/11/2026 | 20:05" in body
    # cross-listed URL shows the primary breadcrumb
    _, body, _ = fetch(server, portal.article_path(portal.A8, cat="tin-tuc-su-kien"))
    assert 'class="breadcrumb' in body and 'href="/tin-tuc/hoat-dong-chuyen-mon">Ho' in body


def test_ajax_partials(server):
    status, _, headers = fetch(server, "/tin-tuc/DanhSach?catId=12&page=2")
    assert status == 302 and headers["Location"] == "/tin-tuc/tin-tuc-su-kien?page=2"
    req = urllib.request.Request(
        server.url("/tin-tuc/DanhSach?catId=12&page=2"), headers={"X-Requested-With": "XMLHttpRequest"}
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        frag = resp.read().decode("utf-8")
    assert frag.startswith('<div id="dsTinTuc">') and "<html" not in frag
    assert portal.article_path(portal.A4) in frag


def test_forms_need_token(server):
    req = urllib.request.Request(server.url("/tin-tuc/GuiYKien"), data=b"HoTen=a&NoiDung=b", method="POST")
    try:
        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("expected 500")
    except urllib.error.HTTPError as err:
        assert err.code == 500
    req = urllib.request.Request(
        server.url("/tin-tuc/GuiYKien"), data=b"__RequestVerificationToken=x&HoTen=a", method="POST"
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200


def test_non_articles_and_unknown(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in [
        "/khong-co",
        "/tin-tuc/khong-co-muc",
        "/tin-tuc/tin-tuc-su-kien/khong-co-bai-99999",
        "/tin-tuc/in/99999",
        "/van-ban/1/sai",
        "/hoi-dap/1",
        "/gioi-thieu/khong-co",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_no_machine_paths():
    import inspect

    source = inspect.getsource(portal)
    for top in ("home", "tmp", "work"):
        assert f"/{top}/" not in source
