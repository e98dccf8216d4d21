"""Self-check of the ci4_vue_sgddt fixture against itself (never the crawler).

Every gold target answers 200 with its headline and prints the gold's text, names, captions,
images and date; alternates serve the same article; a plain link walk from the start page
(links inside ``<noscript>`` included, as an HTML parser sees them) reaches every article and
non-article within the crawl budget; unknown paths 404; the documented traps behave.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import ci4_vue_sgddt as portal
from ._selfcheck import fetch

_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|td|th|tr|tbody|thead|table|h\d|figure|figcaption|blockquote|"
    r"section|article|aside|nav|header|footer|noscript|marquee|option|select|form|label)\b[^>]*>",
    re.I,
)
_SUP_CALL = re.compile(r"<sup><a [^>]*>\d+</a></sup>")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
_HREF = re.compile(r'(?<![:\w-])href="([^"]*)"')
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xlsx)$", re.I)


def _text(markup: str) -> str:
    """What a reader sees: bare superscript calls dropped, cells joined by " | ", block tags as
    spaces, NFC, whitespace collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = _SUP_CALL.sub("", markup)
    markup = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", markup)
    markup = _BLOCK.sub(" ", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(markup)).split())


def _h1(markup: str) -> str:
    m = re.search(r'<h1 class="ctbv-tieude">(.*?)</h1>', markup, re.S)
    return _text(m.group(1)) if m else ""


def _content(markup: str) -> str:
    start = markup.index('<article class="ctbv"')
    return markup[start : markup.index("</article>", start)]


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract() -> None:
    assert portal.NAME == "ci4_vue_sgddt" and portal.START_PATH == "/" and portal.PLATFORM
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"][-9:])
def test_gold_is_well_formed(g: dict) -> None:
    for key in ("title", "body", "category"):
        assert g[key] and g[key] == g[key].strip() and unicodedata.is_normalized("NFC", g[key])
    assert g["published_at"] is None or _STAMP.match(g["published_at"])
    assert "2026-10-01" <= (g["published_at"] or "2026-10-01")[:10] <= "2026-12-05"
    paragraphs = g["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if g["summary"] is not None:
        assert g["summary"] == paragraphs[0]
    for junk in ("Xem thêm", "Tệp đính kèm", "Tin liên quan", "{{", "Nơi nhận", "Tin, ảnh", "THÔNG BÁO"):
        assert junk not in g["body"], (g["path"], junk)
    for img in g["images"]:
        assert img["path"].startswith("/uploads/images/")
        assert img["caption"] is None or not img["caption"].startswith(("(", "Ảnh:"))


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"][-9:])
def test_gold_page_prints_its_gold(server: PortalServer, g: dict) -> None:
    status, body, headers = fetch(server, g["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert _h1(body) == g["title"]
    assert portal.TODAY_LINE in body and "Bản quyền thuộc" in body
    assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
    content = _content(body)
    text = _text(content)
    for paragraph in g["body"].split("\n\n"):
        assert paragraph in text, (g["path"], paragraph[:60])
    for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
        assert name in text, (g["path"], name)
    for img in g["images"]:
        assert re.search(rf'(?:src|data-src)="{re.escape(img["path"])}"', content), img["path"]
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<ol class="breadcrumb brc-sgd">(.*?)</ol>', body, re.S).group(1)
    assert f">{html.escape(g['category'])}</a>" in crumbs
    # the date: the printed day (and time) or, for the island, its JSON; the notice's letterhead
    stamp = g["published_at"]
    y, m, d = stamp[:10].split("-")
    if stamp == "2026-11-30":
        assert "Quảng Trị, ngày 30 tháng 11 năm 2026" in text
    else:
        day = f"{d}/{m}/{y}"
        raw = html.unescape(content).replace("\\/", "/")
        printed = day + (f" - {stamp[11:16]}" if len(stamp) > 10 else " - 00:00")
        assert printed in raw or (day + " " + stamp[11:16]) in raw, (g["path"], printed)


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"][-9:])
def test_alternates_serve_the_same_article(server: PortalServer, g: dict) -> None:
    last = g["body"].split("\n\n")[-1]
    for alt in g["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert g["title"] in _text(body) and last in _text(body), alt


def _links(body: str, page_url: str, server: PortalServer) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if (parts.hostname, parts.port) != (server.host, server.port) or _STATIC.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_link_walk_reaches_everything_within_budget(server: PortalServer) -> None:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, _ = fetch(server, target)
        fetched += 1
        if status == 200:
            queue.extend(_links(body, server.url(target), server))
    for g in portal.GOLD:
        assert {g["path"], *g["alt_paths"]} & seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200 and 'class="ctbv-tieude"' not in body, target


@pytest.mark.parametrize(
    "target",
    ["/khong-ton-tai", "/chuyen-muc/the-thao", "/van-ban/9999", "/tin-tuc/in-bai/9999", "/tag/abc",
     "/gioi-thieu/lich-su", "/tin-tuc/abc.html", "/index.php/khong-co"],
)
def test_unknown_paths_404(server: PortalServer, target: str) -> None:
    assert fetch(server, target)[0] == 404


def test_trap_soft_404_and_api(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-2402.html")
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị gỡ bỏ!" in body
    assert 'class="ctbv-tieude"' not in body
    status, body, headers = fetch(server, "/api/v1/bai-viet?cm=thong-bao&page=2")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert [it["id"] for it in json.loads(body)["items"]] == [2431]
    status, body, _ = fetch(server, "/api/v1/thong-ke")
    assert status == 200 and json.loads(body)["online"] == 37


def test_trap_hidden_pagination(server: PortalServer) -> None:
    only_page2 = {2427: "/chuyen-muc/hoat-dong-nganh", 2431: "/chuyen-muc/thong-bao"}
    for sid, listing in only_page2.items():
        url = portal._url(portal.BY_ID[sid])
        _, home, _ = fetch(server, "/")
        _, page1, _ = fetch(server, listing)
        assert url not in home and url not in page1
    _, page1, _ = fetch(server, "/chuyen-muc/hoat-dong-nganh")
    assert f'href="{server.base_url}/index.php/chuyen-muc/hoat-dong-nganh?page=2"' in page1
    status, page2, _ = fetch(server, "/index.php/chuyen-muc/hoat-dong-nganh?page=2")
    assert status == 200 and portal._url(portal.BY_ID[2427]) in page2
    _, tb1, _ = fetch(server, "/chuyen-muc/thong-bao")
    noscript = re.search(r"<noscript><nav.*?</noscript>", tb1, re.S).group(0)
    assert 'href="/chuyen-muc/thong-bao?page=2"' in noscript
    assert tb1.count("thong-bao?page=2") == 1
    status, tb2, _ = fetch(server, "/chuyen-muc/thong-bao?page=2")
    assert status == 200 and portal._url(portal.BY_ID[2431]) in tb2


def test_trap_dates_titles_and_twins(server: PortalServer) -> None:
    by_id = {int(g["path"].rsplit("-", 1)[1][:-5]): g for g in portal.GOLD}
    _, body, _ = fetch(server, by_id[2451]["path"])
    assert 'article:published_time" content="2026-11-30T10:12:37+07:00"' in body
    assert by_id[2451]["published_at"] == "2026-12-02T09:45:00+07:00"
    assert "Cập nhật lần cuối: 03/12/2026 16:02" in body
    _, body, _ = fetch(server, by_id[2439]["path"])
    assert "08/11/2026 - 00:00" in body and by_id[2439]["published_at"] == "2026-11-08"
    _, body, _ = fetch(server, by_id[2437]["path"])
    og = re.search(r'og:title" content="([^"]*)"', body).group(1)
    assert og != by_id[2437]["title"] and "03/11/2026" not in _text(_content(body))
    assert body.count("<h1") == 2 and "<h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO</h1>" in body
    _, home, _ = fetch(server, "/")
    for sid in (2458, 2451, 2448):
        assert f'href="{portal._url(portal.BY_ID[sid], index=True)}"' in home
    _, body, _ = fetch(server, by_id[2451]["path"])
    old = "/tin-tuc/toa-dam-ky-niem-ngay-nha-giao-viet-nam-2446.html"
    assert f'href="{old}"' in body and old in by_id[2446]["alt_paths"]
