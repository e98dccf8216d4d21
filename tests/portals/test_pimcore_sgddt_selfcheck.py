"""Self-check of the pimcore_sgddt fixture portal against itself (never the crawler).

Every gold target answers 200 with its title and text, every gold article is reachable from the
start page by links and GET forms within the request budget, the traps behave as documented,
non-articles answer 200 and unknown paths 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import pimcore_sgddt as portal
from ._selfcheck import fetch

_A_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"', re.I)
_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.I | re.S)
_INPUT = re.compile(r'<input\b[^>]*\bname="([^"]+)"[^>]*?(?:\bvalue="([^"]*)")?[^>]*>', re.I)
_ASSET = re.compile(r"\.(jpe?g|png|gif|webp|ico|css|js|pdf|xlsx|docx?)$", re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


def _reader_text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(page_target: str, body: str) -> list[str]:
    """Same-host targets of <a href> and of GET forms submitted with their default values."""
    found = []
    for href in _A_HREF.findall(body):
        found.append(html.unescape(href))
    for attrs, inner in _FORM.findall(body):
        method = re.search(r'method="([^"]+)"', attrs)
        if method and method.group(1).lower() != "get":
            continue
        action = re.search(r'action="([^"]*)"', attrs)
        fields = [(n, v or "") for n, v in _INPUT.findall(inner)]
        found.append((action.group(1) if action else page_target) + "?" + urlencode(fields))
    out = []
    for href in found:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first walk from START_PATH; returns the targets answered 200 and the request count."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        nxt: list[str] = []
        if status in (301, 302):
            nxt = _links(target, f'<a href="{headers["Location"]}">')
        elif status == 200:
            ok.add(target)
            nxt = _links(target, body)
        for link in nxt:
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return ok, requests


def test_contract() -> None:
    assert portal.NAME == "pimcore_sgddt" and portal.START_PATH == "/vi/"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & (set(paths) | set(alts))
    for g in portal.GOLD:
        assert _STAMP.match(g["published_at"] or ""), g["published_at"]
        assert g["published_at"][:7] in {"2026-10", "2026-11", "2026-12"}
        for key in ("title", "body", "category"):
            assert g[key] and unicodedata.is_normalized("NFC", g[key])
        paragraphs = g["body"].split("\n\n")
        assert all(p == " ".join(p.split()) for p in paragraphs)
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for img in g["images"]:
            assert img["path"].startswith("/")
            assert img["caption"] is None or img["caption"] not in paragraphs


def test_gold_pages_print_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = _reader_text(body)
        assert g["title"] in page, g["path"]
        for paragraph in g["body"].split("\n\n"):
            # a table row is its cells joined by " | ": on the page the cells stand side by side
            assert paragraph.replace(" | ", " ") in page, (g["path"], paragraph[:60])
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img["path"]
            if img["caption"]:
                assert img["caption"] in page
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        assert g["category"] in page
        assert portal.TODAY in page and "Bản quyền thuộc" in page and "Lượt xem" in page
        if "~n" in g["path"]:
            assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        last = g["body"].split("\n\n")[-1]
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            page = _reader_text(body)
            assert g["title"] in page and last in page, alt


def test_every_article_reachable_within_budget(server: PortalServer) -> None:
    ok, requests = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests


def test_page_two_only_articles(server: PortalServer) -> None:
    """H6 and H7 are linked only from page 2 of the listings (trap: pagination)."""
    hidden = {portal.H6.path, portal.H7.path}
    for target in ("/vi/", "/vi/tin-tuc/hoat-dong-nganh", "/vi/tin-tuc", portal.H1.path):
        _, body, _ = fetch(server, target)
        assert not hidden & set(_links(target, body)), target
    _, body, _ = fetch(server, "/vi/tin-tuc/hoat-dong-nganh?page=2")
    assert hidden <= set(_links("/vi/tin-tuc/hoat-dong-nganh?page=2", body))


def test_traps_behave_as_documented(server: PortalServer) -> None:
    # slug-blind route: any slug with a known ID serves the article, unknown IDs 404
    status, body, _ = fetch(server, "/vi/tin-tuc/bat-ky-slug-nao~n1187")
    assert status == 200 and portal.H1.story.title.replace("&", "&amp;") in body
    assert fetch(server, "/vi/tin-tuc/hoat-dong-nganh/x~n999")[0] == 404
    # UTC metadata beside the printed local time
    _, body, _ = fetch(server, portal.H1.path)
    assert 'content="2026-12-02T23:45:00+00:00"' in body and "03/12/2026 06:45" in body
    _, body, _ = fetch(server, portal.H4.path)
    assert "18/11/2026 00:00" in body and "2026-11-17T17:00:00Z" in body
    # migrated document: migration date as "Cập nhật", the old date as "Ngày đăng"
    _, body, _ = fetch(server, portal.M1.path)
    assert "Ngày đăng: 06/10/2026" in body and "Cập nhật: 02/11/2026 08:15" in body
    assert "&agrave;" in body or "&#" in body
    # Word list markers and the official notice
    _, body, _ = fetch(server, portal.H5.path)
    assert "mso-list:Ignore" in body
    _, body, _ = fetch(server, portal.T2.path)
    assert "Hà Tĩnh, ngày 30 tháng 11 năm 2026" in body and "01/12/2026 08:05" in body
    # redirects
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/vi/"
    status, _, headers = fetch(server, "/vi/tin-tuc/hoat-dong-nganh/")
    assert status == 301 and headers["Location"] == "/vi/tin-tuc/hoat-dong-nganh"


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and portal.TODAY in _reader_text(body), path


def test_unknown_paths_404(server: PortalServer) -> None:
    for path in (
        "/vi/khong-ton-tai",
        "/vi/tin-tuc/khong-co-bai-nay.html",
        "/vi/lich-cong-tac/2026/tuan-51",
        "/wp-admin/",
        "/vi/tin-tuc/chuyen-muc-la/bai~n1187",
    ):
        assert fetch(server, path)[0] == 404, path
