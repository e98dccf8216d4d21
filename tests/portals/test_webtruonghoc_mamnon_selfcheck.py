"""Self-check of the webtruonghoc_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import webtruonghoc_mamnon as portal
from tests.portals._selfcheck import NO_REDIRECTS

_HREF = re.compile(r'href="([^"]*)"')
_SRC = re.compile(r'src="([^"]*)"')
_BASE = re.compile(r'<base href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _raw(server: PortalServer, target: str, data: bytes | None = None) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), data=data, timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = _raw(server, target)
    return status, body.decode("utf-8").lstrip("\ufeff")


def _reader(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _base(body: str, page_url: str) -> str:
    m = _BASE.search(body)
    return urljoin(page_url, html.unescape(m.group(1))) if m else page_url


def _links(server: PortalServer, body: str, page_url: str) -> list[str]:
    base = _base(body, page_url)
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}" or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _walk(server: PortalServer, start: str, skip: re.Pattern[str] | None = None) -> set[str]:
    seen: set[str] = set()
    queue = deque([start])
    while queue and len(seen) < 200:
        target = queue.popleft()
        if target in seen or (skip and skip.search(target)):
            continue
        seen.add(target)
        status, body = _get(server, target)
        if status == 200:
            queue.extend(_links(server, body, server.url(target)))
    return seen


def test_contract() -> None:
    assert portal.NAME == "webtruonghoc_mamnon" and portal.START_PATH == "/"
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8 and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == len(set(alts)) and not set(alts) & set(paths)
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"])
        for key in ("title", "body", "category"):
            assert g[key] and unicodedata.is_normalized("NFC", g[key])
        paragraphs = g["body"].split("\n\n")
        assert all(p == " ".join(p.split()) and p for p in paragraphs)
        if g["summary"]:
            assert g["summary"] == paragraphs[0]
        for img in g["images"]:
            assert img["path"].startswith("/upload/images/")
        assert g["category"] in {c.name for c in portal.CATS.values()}


def test_gold_pages_print_their_fields(server: PortalServer) -> None:
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        status, body = _get(server, g["path"])
        assert status == 200, g["path"]
        page = _reader(body)
        assert g["title"] in page
        assert '<h2 class="tde_ct"' in body and html.escape(g["title"]) in body
        for paragraph in g["body"].split("\n\n"):
            for cell in paragraph.split(" | "):  # a table row: its cells, each in its own <td>
                assert cell in page, (g["path"], paragraph[:60])
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] in page
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        assert g["category"] in page and portal.TODAY_LINE in page
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in page or f"ngày {int(d)} tháng {int(m)} năm {y}" in page
        if "T" in g["published_at"]:
            assert g["published_at"][11:16] + " | " + f"{d}/{m}/{y}" in page
        base = _base(body, server.url(g["path"]))
        srcs = {urlsplit(urljoin(base, html.unescape(s))).path for s in _SRC.findall(body)}
        for img in g["images"]:
            assert img["path"] in srcs
            assert _raw(server, img["path"])[0] == 200
        for alt in g["alt_paths"]:
            status, alt_body = _get(server, alt)
            assert status == 200 and g["title"] in _reader(alt_body)
            assert g["body"].split("\n\n")[-1] in _reader(alt_body)
        assert story.id == int(re.search(r'id="bv(\d+)"', body).group(1))


def test_every_article_reachable_and_crawl_is_bounded(server: PortalServer) -> None:
    seen = _walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert {g["path"], *g["alt_paths"]} & seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    pages = [t for t in seen if _get(server, t)[0] == 200]
    assert len(pages) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), len(pages)


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body = _get(server, target)
        assert status == 200 and "Bản quyền thuộc về" in body, target


def test_unknown_paths_404(server: PortalServer) -> None:
    slug = portal.STORIES[0].slug
    for target in ("/khong-ton-tai.html", "/tin-tuc/khong-co-bai-nay.html", f"/tin-tuc/tin-tuc/{slug}.html",
                   "/danh-muc/khong-co.html", "/danh-muc/tin-tuc/danh-muc/thong-bao.html",
                   "/thu-vien-anh/khong-co.html", "/van-ban/khong-co.html", "/in-tin/999.html",
                   "/thuc-don.html?tuan=abc", "/video/khong-co.html"):
        assert _get(server, target)[0] == 404, target


def test_trap_base_href_bom_and_charset(server: PortalServer) -> None:
    status, raw, headers = _raw(server, "/")
    assert status == 200 and raw.startswith(b"\xef\xbb\xbf")
    assert "charset" not in headers["Content-Type"]
    body = raw.decode("utf-8")
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in body
    assert f'<base href="{server.base_url}/" />' in body
    assert 'href="/' not in body and 'src="/' not in body


def test_trap_session_ids_and_leaking_pager(server: PortalServer) -> None:
    _, home = _get(server, "/")
    assert home.count(f"?PHPSESSID={portal.SID}") == 6
    oldest = portal.BY_ID[121]
    _, page2 = _get(server, "/danh-muc/tin-tuc-su-kien.html?trang=2")
    assert f"{portal.article_path(oldest)[1:]}?trang=2" in page2
    # without page 2 of the listing the oldest news item is not reachable
    seen = _walk(server, "/", skip=re.compile(r"trang=2"))
    assert not {portal.article_path(oldest), f"{portal.article_path(oldest)}?trang=2"} & seen
    _, art = _get(server, f"{portal.article_path(portal.STORIES[0])}?PHPSESSID={portal.SID}")
    assert 'rel="canonical"' not in art and f"PHPSESSID={portal.SID}" in art
    assert "window.open('in-tin/146.html'" in art


def test_trap_dates_and_encodings(server: PortalServer) -> None:
    _, notice = _get(server, portal.article_path(portal.BY_ID[144]))
    assert "07:45 | 01/12/2026" in notice and "Tân An, ngày 30 tháng 11 năm 2026" in notice
    _, old = _get(server, portal.article_path(portal.BY_ID[121]))
    assert "00:00 | 05/10/2026" in old
    _, first = _get(server, portal.article_path(portal.STORIES[0]))
    assert "Cập nhật: 04/12/2026 17:02" in first
    # the lead printed twice: in div.mota_ct and as the text's first paragraph
    assert _reader(first).count(portal.STORIES[0].summary) == 2
    _, nfd = _get(server, portal.article_path(portal.BY_ID[145]))
    assert not unicodedata.is_normalized("NFC", nfd)
    _, ent = _get(server, portal.article_path(portal.BY_ID[127]))
    assert "&#7897;" in ent or "&#7883;" in ent
    assert "mso-list:Ignore" in _get(server, portal.article_path(portal.BY_ID[133]))[1]


def test_forms_answer(server: PortalServer) -> None:
    status, body, _ = _raw(server, "/dang-ky-nhap-hoc.html", data=b"ho_ten_be=An&dien_thoai=0905")
    assert status == 200 and "Đăng ký thành công" in body.decode("utf-8")
    status, body = _get(server, "/tim-kiem.html?tu-khoa=STEAM")
    assert status == 200 and "Tìm thấy 1 kết quả" in body
