"""Self-check of the zend_legacy_thcs fixture against itself (never the crawler).

Every gold target answers 200 and prints its gold; the articles and non-articles are reachable
from the start page through links (``<base href>`` honoured) both as a cookie-less client (every
link then carries ``PHPSESSID``) and as one that sends the session cookie back; the traps behave
as the module's docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import zend_legacy_thcs as portal
from tests.portals._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)
_BASE = re.compile(r'<base href="([^"]+)"', re.I)
_GET_FORM = re.compile(r'<form\b[^>]*method="get"[^>]*action="([^"]*)"', re.I)
_META_CHARSET = re.compile(rb"charset=([\w-]+)", re.I)
_SRC = re.compile(r'<img\b[^>]*?\bsrc="([^"]+)"', re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(
    server: PortalServer, target: str, cookie: bool = False
) -> tuple[int, str, dict[str, str], bytes]:
    """Status, decoded text, headers, raw bytes; charset from the header, else the meta tag."""
    req = urllib.request.Request(server.url(target))
    if cookie:
        req.add_header("Cookie", f"PHPSESSID={portal.SID}")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            raw, headers, status = resp.read(), dict(resp.headers), resp.status
    except urllib.error.HTTPError as err:
        return err.code, "", dict(err.headers), b""
    ctype = headers.get("Content-Type", "")
    m = re.search(r"charset=([\w-]+)", ctype)
    charset = m.group(1) if m else None
    if charset is None and (meta := _META_CHARSET.search(raw[:600])):
        charset = meta.group(1).decode()
    return status, raw.decode(charset or "utf-8", "replace"), headers, raw


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page_target: str, body: str) -> list[str]:
    base = _BASE.search(body)
    root = base.group(1) if base else server.url(page_target)
    out = []
    for raw in _HREF.findall(body) + _GET_FORM.findall(body):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin(root, href)
        if not url.startswith(server.base_url):
            continue
        target = _target(url)
        if re.search(r"\.(jpe?g|png|gif|pdf|ico|css|js)(\?|$)", target, re.I):
            continue
        out.append(target)
    return out


def _walk(server: PortalServer, cookie: bool) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 400:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _, _ = _get(server, target, cookie=cookie)
        seen[target] = status
        if status == 200:
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def _strip_sid(target: str) -> str:
    return re.sub(r"[?&]PHPSESSID=\w+$", "", target)


def test_contract() -> None:
    assert portal.NAME == "zend_legacy_thcs" and portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13 and not set(paths) & set(portal.NON_ARTICLES)
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(every) == len(set(every)), "an alt path belongs to two records"
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers"}
    keys |= {"source", "summary", "body", "images", "category"}
    for g in portal.GOLD:
        assert keys <= set(g)
        assert g["published_at"] is None or _STAMP.match(g["published_at"])
        for key in ("title", "body", "category"):
            assert g[key] and unicodedata.is_normalized("NFC", g[key])
        paras = g["body"].split("\n\n")
        assert all(p == " ".join(p.split()) and p for p in paras)
        if g["summary"] is not None:
            assert g["summary"] == paras[0]
        for img in g["images"]:
            assert img["path"].startswith("/")
            assert img["caption"] not in paras


def test_gold_pages_print_their_gold(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _, _ = _get(server, g["path"])
        assert status == 200, g["path"]
        page = _reader(body)
        assert g["title"] in page, g["path"]
        for para in g["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells, in order
                assert re.search(r"\s+".join(map(re.escape, para.split(" | "))), page), para
            else:
                assert para in page, (g["path"], para[:60])
        for name in g["authors"] + g["photographers"] + [g["source"] or ""]:
            assert name in page, (g["path"], name)
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] in page
        base = _BASE.search(body)
        root = base.group(1) if base else server.url(g["path"])
        srcs = {_target(urljoin(root, html.unescape(s))) for s in _SRC.findall(body)}
        for img in g["images"]:
            assert img["path"] in srcs, (g["path"], img["path"])
        assert portal.HEADER_DAY in page and "Lượt xem" in page and "Bản quyền" in page
        if g["published_at"] and "T" in g["published_at"]:
            day, time = g["published_at"][:10], g["published_at"][11:16]
            y, m, d = day.split("-")
            assert f"{d}/{m}/{y}" in page and (time.replace(":", "h") in page or time in page), g[
                "path"
            ]


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        last = g["body"].split("\n\n")[-1]
        for alt in g["alt_paths"]:
            status, body, _, _ = _get(server, alt)
            assert status == 200, alt
            assert g["title"] in _reader(body) and last in _reader(body), alt


def test_images_answer(server: PortalServer) -> None:
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers, raw = _get(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/") and raw


def test_reachable_with_the_cookie(server: PortalServer) -> None:
    seen = _walk(server, cookie=True)
    for g in portal.GOLD:
        assert seen.get(g["path"]) == 200, g["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    # a sensible crawl stays within 3 x (13 + non-articles) pages
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_reachable_without_cookie_through_sid_links(server: PortalServer) -> None:
    seen = _walk(server, cookie=False)
    # links carry the sid; the search form carries it as a hidden input
    assert all("PHPSESSID=" in t for t in seen if t not in ("/", "/tin-tuc/tim-kiem"))
    for g in portal.GOLD:
        assert any(seen.get(a) == 200 for a in [g["path"], *g["alt_paths"]]), g["path"]
        assert _strip_sid(g["path"]) in {_strip_sid(t) for t in seen}
    stripped = {_strip_sid(t) for t in seen}
    assert set(portal.NON_ARTICLES) <= stripped


def test_page_two_only_article(server: PortalServer) -> None:
    """247 is linked only from page 2 of 'Tin tức - Sự kiện'."""
    target = "/tin-tuc/chi-tiet/id/247/"
    for page in [
        "/",
        "/tin-tuc/danh-sach/cat/1",
        "/tin-tuc/danh-sach/cat/3",
        portal.new_path(portal.A1),
    ]:
        _, body, _, _ = _get(server, page, cookie=True)
        assert target not in "/" + body.replace('href="', 'href="/')
    _, body, _, _ = _get(server, "/tin-tuc/danh-sach/cat/1/page/2", cookie=True)
    assert 'href="tin-tuc/chi-tiet/id/247/' in body
    # the paginator clamps: page 9 is page 2 again; page 1 both ways
    _, nine, _, _ = _get(server, "/tin-tuc/danh-sach/cat/1/page/9", cookie=True)
    assert 'href="tin-tuc/chi-tiet/id/247/' in nine
    _, one, _, _ = _get(server, "/tin-tuc/danh-sach/cat/1/page/1", cookie=True)
    _, plain, _, _ = _get(server, "/tin-tuc/danh-sach/cat/1", cookie=True)
    assert one == plain


def test_old_route_is_windows_1258_without_header_charset(server: PortalServer) -> None:
    status, body, headers, raw = _get(server, "/index.php?module=news&id=244")
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b"charset=windows-1258" in raw
    # tone marks travel as combining characters: the decoded page is not NFC
    assert not unicodedata.is_normalized("NFC", body)
    assert '<link rel="canonical"' not in body
    gold = next(g for g in portal.GOLD if g["path"] == "/index.php?module=news&id=244")
    assert gold["title"] in _reader(body)


def test_new_route_prints_canonical_and_trans_sid(server: PortalServer) -> None:
    _, body, headers, _ = _get(
        server, "/tin-tuc/chi-tiet/id/238/huong-ung-tuan-le-hoc-tap-suot-doi-2026.html"
    )
    assert f'/tin-tuc/chi-tiet/id/238/{portal.A5.slug}.html" />' in body
    assert "PHPSESSID=" in headers.get("Set-Cookie", "")
    assert f"?PHPSESSID={portal.SID}" in body
    _, body, headers, _ = _get(server, "/", cookie=True)
    assert "PHPSESSID=" not in body and "Set-Cookie" not in headers


def test_trap_markup_present(server: PortalServer) -> None:
    _, body, _, _ = _get(server, portal.new_path(portal.A8))
    assert "&#" in body  # entity-mixed imported text
    _, body, _, _ = _get(server, portal.new_path(portal.A10))
    assert not unicodedata.is_normalized("NFC", body)  # decomposed paste
    _, body, _, _ = _get(server, portal.new_path(portal.A4))
    assert "mso-list: Ignore" in body
    _, body, _, _ = _get(server, portal.new_path(portal.A11))
    assert "ngày 30 tháng 11 năm 2026" in body and "Đăng lúc 08h10 ngày 01/12/2026" in body
    assert '<h1 class="ten-truong">TRƯỜNG THCS BÌNH MINH</h1>' in body


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, _, _, _ = _get(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/tin-tuc/chi-tiet/id/9999/abc.html",
        "/tin-tuc/chi-tiet/id/258/format/xml",
        "/tin-tuc/danh-sach/cat/99",
        "/tin-tuc/danh-sach/cat/9",
        "/index.php?module=news&id=9999",
        "/index.php?module=gallery",
        "/tin-tuc/chi-tiet/id/258/tin-tuc/danh-sach/cat/1",
    ],
)
def test_unknown_paths_404(server: PortalServer, target: str) -> None:
    assert _get(server, target)[0] == 404
