"""Self-check of the middleman_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import middleman_tct as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_SRC = re.compile(r'src="([^"]+)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, quote(target, safe="/?=&%#:"))


def _reader_text(markup: str) -> str:
    """Footnote calls and tags dropped, references resolved, NFC, whitespace collapsed."""
    no_calls = re.sub(r'<sup id="fnref:\d+"[^>]*><a [^>]*>\d+</a></sup>', "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", no_calls)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(body: str, page_url: str, server: PortalServer) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if parts.hostname != server.host or parts.port != server.port or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first walk over links from START_PATH; returns the pages seen and the count fetched."""
    seen: set[str] = set()
    fetched = 0
    queue = deque([portal.START_PATH])
    while queue and fetched < 200:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        fetched += 1
        if status in (301, 302):
            queue.append(headers["Location"])
            continue
        if status != 200:
            continue
        refresh = re.search(r'http-equiv=refresh content="0; url=([^"]+)"', body)
        if refresh:
            queue.append(refresh.group(1))
        queue.extend(_links(body, server.url(quote(target, safe="/%")), server))
    return seen, fetched


def test_contract() -> None:
    assert portal.NAME == "middleman_tct" and portal.START_PATH == "/"
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8 and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


def test_gold_is_well_formed() -> None:
    for g in portal.GOLD:
        for key in ("title", "body", "category"):
            assert g[key] and g[key] == g[key].strip() and unicodedata.is_normalized("NFC", g[key])
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs)
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        assert "↩" not in g["body"] and "Xem thêm" not in g["body"] and "Đăng bởi" not in g["body"]
        for img in g["images"]:
            assert img["path"].startswith("/images/tin-tuc/")
            assert img["caption"] is None or img["caption"] not in paragraphs


def test_gold_pages_print_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = _get(server, g["path"])
        assert status == 200, g["path"]
        page = _reader_text(body)
        assert f'<h2 class="bv-td">{html.escape(g["title"])}</h2>' in body
        assert portal.HEADER_DAY in page and "Bản quyền thuộc" in page
        for paragraph in g["body"].split("\n\n"):
            for piece in paragraph.split(" | "):  # a table row: its cells, in order
                assert piece in page, (g["path"], piece[:60])
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        srcs = {urlsplit(urljoin(server.url(g["path"]), html.unescape(s))).path for s in _SRC.findall(body)}
        for img in g["images"]:
            assert img["path"] in srcs, (g["path"], img["path"])
            assert _get(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in page
        assert 'rel="canonical"' in body and f'{g["canonical_path"]}" rel="canonical"' in body
        for alt in g.get("alt_paths", []):
            status, alt_body, _ = _get(server, alt)
            assert status == 200 and g["body"].split("\n\n")[-1] in _reader_text(alt_body)
            assert f'{g["canonical_path"]}" rel="canonical"' in alt_body


def test_every_article_is_reachable_within_budget(server: PortalServer) -> None:
    seen, fetched = _crawl(server)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_non_articles_and_unknown_paths(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        assert _get(server, target)[0] == 200, target
    for target in ("/khong-co.html", "/tin-tuc/page/1/", "/tin-tuc/page/9/", "/tin-tuc/2026/09.html",
                   "/tin-tuc/2026/11/20/khong-co-bai-nay.html", "/tin-tuc/tags/khong-co.html"):
        assert _get(server, target)[0] == 404, target


def test_traps(server: PortalServer) -> None:
    by_slug = {s.slug: (s, g) for s, g in zip(portal.STORIES, portal.GOLD, strict=True)}
    # 1: generic <title>, h1 is the school
    _, body, _ = _get(server, portal.GOLD[0]["path"])
    assert "<title>Tin tức | Trường Chính trị tỉnh Quảng Ngãi</title>" in body
    assert '<h1 class="ten-truong">' in body
    # 2 and 3: UTC datetime attribute vs local gold; midnight UTC for a day alone
    _, g = by_slug["hoc-vien-k45-nghien-cuu-thuc-te-tai-ly-son"]
    _, body, _ = _get(server, g["path"])
    assert 'datetime="2026-11-24T23:30:00Z">25 Tháng mười một, 2026' in body and "lúc 06:30" in body
    assert g["published_at"] == "2026-11-25T06:30:00+07:00"
    _, g = by_slug["hoi-thao-van-dung-tu-tuong-ho-chi-minh-ve-can-bo"]
    _, body, _ = _get(server, g["path"])
    assert 'datetime="2026-12-02T00:00:00Z"' in body and g["published_at"] == "2026-12-02"
    # 4: kramdown footnotes; the call's number is not in the gold sentence
    assert 'class="footnote" rel="footnote">1</a></sup>.' in body and "reversefootnote" in body
    assert "mọi công việc”." in g["body"] and g["body"].split("\n\n")[-1].startswith("Đảng Cộng sản")
    # 5: em caption inside the image's paragraph; credit line; alt is no caption
    _, g = by_slug["hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026"]
    _, body, _ = _get(server, g["path"])
    assert '.jpg" alt="" />\n<em>Quang cảnh' in body and "<br />\n<em>Ảnh: Trần Phúc</em>" in body
    assert [i["caption"] for i in g["images"]] == ["Quang cảnh Hội thi giảng viên dạy giỏi cấp trường năm 2026", None]
    _, g = by_slug["khai-giang-lop-boi-duong-qpan-doi-tuong-4"]
    assert g["images"][0]["caption"] is None
    # 6: the gallery after the text container belongs to the article
    _, g = by_slug["hoc-vien-k45-nghien-cuu-thuc-te-tai-ly-son"]
    _, body, _ = _get(server, g["path"])
    assert body.index('<div class="album-anh">') > body.index('<div class="bv-nd">') and len(g["images"]) == 3
    # 7: /tin-tuc/ page 1 prints the newest article's whole text
    _, listing, _ = _get(server, "/tin-tuc/")
    assert portal.GOLD[0]["body"].split("\n\n")[-1] in _reader_text(listing)
    assert 'rel="next">Cũ hơn »' in listing and "Trang 1/4" in listing
    # 8: extensionless alias linked from the home slider
    _, home, _ = _get(server, "/")
    _, g = by_slug["khai-giang-lop-boi-duong-qpan-doi-tuong-4"]
    assert f'href="{g["alt_paths"][0]}"' in home
    # 9: redirect stubs: 200, meta refresh, no text
    for s in portal.STORIES:
        if s.opts.get("old"):
            status, stub, _ = _get(server, s.opts["old"])
            assert status == 200 and f"url={portal.article_path(s)}" in stub and not _reader_text(stub)
    # 11: abbreviations and typographic entities
    _, g = by_slug["nghiem-thu-de-tai-khoa-hoc-cap-truong-nam-2026"]
    _, body, _ = _get(server, g["path"])
    assert '<abbr title="Ủy ban nhân dân">UBND</abbr>' in body and "Ủy ban nhân dân" not in g["body"]
    # 12: the oldest article is on no listing's first page
    oldest = portal.GOLD[-1]["path"]
    firsts = ["/", "/tin-tuc/", "/tin-tuc/2026/10.html", *(portal.tag_path(t) for t in portal.SECTIONS)]
    for target in firsts:
        assert oldest not in _get(server, target)[1], target
