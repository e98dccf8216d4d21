"""Self-check of the nukeviet5_pgd fixture against itself (never the crawler).

Every gold target answers 200 with its headline and its gold fields printed; alt paths serve the
same article; every article is reachable from the start page through links (``href``, the
load-more button's ``data-url``, ``<link rel=next>``); non-articles answer 200; unknown paths
404; and the traps the module documents behave as written.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet5_pgd as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'(?:href|data-url)="([^"]*)"')
_A_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"')
_STATIC = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|pdf|docx)(?:\?|$)", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    """What a reader sees: no scripts, cells joined by " | ", no tags, entities decoded, NFC, whitespace collapsed."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(
        r"(?i)</t[dh]>\s*<t[dh]\b[^>]*>", " | ", markup
    )  # table cells as the gold reads them
    markup = re.sub(r"<[^>]+>", " ", markup)
    plain = html.unescape(markup).replace("\xa0", " ")
    return " ".join(unicodedata.normalize("NFC", plain).split())


def _norm(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def _internal(body: str, page: str, server: PortalServer, pattern: re.Pattern[str]) -> list[str]:
    out = []
    for raw in pattern.findall(body):
        href = html.unescape(raw)
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.url(page), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not _STATIC.search(target):
            out.append(target)
    return out


def _walk(server: PortalServer, pattern: re.Pattern[str]) -> tuple[set[str], int]:
    """Breadth-first walk from the start page; redirects count as a request and are followed."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            location = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(location.path + (f"?{location.query}" if location.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        queue.extend(_internal(body, target, server, pattern))
    return seen, requests


def test_contract() -> None:
    assert portal.NAME == "nukeviet5_pgd"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths)
    assert len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    stamp = re.compile(r"^2026-(10|11|12)-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] and stamp.match(g["published_at"]), g["path"]
        assert g["published_at"] < "2026-12-05T23:59"
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]


def test_gold_pages_print_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert "text/html" in headers["Content-Type"]
        seen = _text(body)
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
        assert h1 and _text(h1.group(1)) == g["title"], g["path"]
        for para in g["body"].split("\n\n"):
            assert para in seen, (g["path"], para[:60])
        if g["summary"]:
            assert g["summary"] in seen
        for name in g["authors"] + g["photographers"]:
            assert name in seen, (g["path"], name)
        if g["source"]:
            assert g["source"] in seen
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in seen, (g["path"], img["caption"])
            assert fetch(server, img["path"])[0] == 200
        stamp = g["published_at"]
        if len(stamp) == 10:  # a letter dated by its letterhead (the house's convention)
            printed = f"ngày {stamp[8:10]} tháng {stamp[5:7]} năm {stamp[:4]}"
        else:
            printed = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]} {stamp[11:16]}"
        assert printed in seen, g["path"]
        crumb = re.search(r'<ol class="breadcrumb.*?</ol>', body, re.S)
        assert crumb and _text(crumb.group(0)).endswith(g["category"]), g["path"]
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', body)
        assert canon and urlsplit(canon.group(1)).path == g["canonical_path"]


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        assert g["alt_paths"], g["path"]
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            seen = _text(body)
            assert g["title"] in seen
            for para in g["body"].split("\n\n"):
                assert para in seen, (alt, para[:60])
            canon = re.search(r'<link rel="canonical" href="([^"]+)"', body)
            assert canon and urlsplit(canon.group(1)).path == g["path"], alt


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "news-bodyhtml" not in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in (
        "/khong-co-trang-nay",
        "/vi/news/khong-co-chuyen-muc/",
        "/vi/news/hoat-dong-nganh/page-3",
        "/vi/news/chuyen-mon/page-2",
        "/vi/news/hoat-dong-nganh/bai-khong-ton-tai-9999.html",
        "/vi/news/print/hoat-dong-nganh/bai-khong-ton-tai-9999.html",
        "/vi/news/tag/khong-co-tag",
        "/vi/laws/detail/Khong-co-van-ban-1.html",
        "/vi/about/khong-co.html",
    ):
        assert fetch(server, target)[0] == 404, target


def test_every_article_is_reachable_within_budget(server: PortalServer) -> None:
    seen, requests = _walk(server, _HREF)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests


def test_page_two_only_through_rel_next_or_load_more(server: PortalServer) -> None:
    seen, _ = _walk(server, _A_HREF)
    deep = {portal.GOLD[i]["path"] for i in (11, 12)}
    assert not deep & seen
    assert {g["path"] for g in portal.GOLD} - deep <= seen
    _, body, _ = fetch(server, "/vi/news/hoat-dong-nganh/")
    assert 'rel="next"' in body and 'data-url="/vi/news/hoat-dong-nganh/page-2"' in body
    assert "page-2" not in "".join(_A_HREF.findall(body))


def test_two_category_paths_and_print_views(server: PortalServer) -> None:
    g = portal.GOLD[4]
    second = next(a for a in g["alt_paths"] if "/tin-tu-co-so/" in a)
    _, listing, _ = fetch(server, "/vi/news/tin-tu-co-so/")
    assert f'href="{second}"' in listing
    _, page, _ = fetch(server, second)
    assert _text(re.search(r'<ol class="breadcrumb.*?</ol>', page, re.S).group(0)).endswith(
        "Hoạt động ngành"
    )
    # print views carry the real image paths, the article pages the lazy loader's
    _, detail, _ = fetch(server, g["path"])
    _, printed, _ = fetch(server, g["alt_paths"][0])
    src = g["images"][0]["path"]
    assert f'data-src="{src}"' in detail and f'src="{src}"' in printed
    assert "loading.gif" in detail and "loading.gif" not in printed


def test_attachment_urls_and_old_alias(server: PortalServer) -> None:
    notice = portal.GOLD[2]
    status, _, headers = fetch(server, notice["path"] + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, _ = fetch(server, notice["path"] + "?pdf=1&id=0")
    assert status == 200 and "<iframe" in body and notice["title"] not in _text(body)
    assert fetch(server, notice["path"] + "?pdf=1&id=1")[0] == 404
    old = "/vi/news/hoat-dong-nganh/trien-khai-ke-hoach-tieng-anh-1157.html"
    status, _, headers = fetch(server, old)
    assert status == 301 and headers["Location"] == portal.GOLD[9]["path"]
    _, linking, _ = fetch(server, portal.GOLD[7]["path"])
    assert f'href="{old}"' in linking


def test_text_traps(server: PortalServer) -> None:
    by_id = {g["path"].rsplit("-", 1)[1][:-5]: g for g in portal.GOLD}
    _, ck4, _ = fetch(server, by_id["1168"]["path"])
    assert "&agrave;" in ck4 and "&nbsp;" in ck4
    _, nfd, _ = fetch(server, by_id["1150"]["path"])
    body = nfd[nfd.index("news-bodyhtml") :]
    assert not unicodedata.is_normalized("NFC", body)
    assert "Ảnh: Minh Tâm" in _text(body)
    assert all(img["caption"] is None for img in by_id["1150"]["images"])
    _, seo, _ = fetch(server, by_id["1187"]["path"])
    title = re.search(r"<title>(.*?)</title>", seo).group(1)
    assert by_id["1187"]["title"] not in html.unescape(title)
    assert 'content="2026-12-04+0715:20:00"' in seo
    assert "Người đăng: quantri_pgd" in _text(seo)
    _, hidden, _ = fetch(server, by_id["1160"]["path"])
    teaser = portal.S1160.opts["teaser"]
    assert by_id["1160"]["summary"] is None
    assert teaser not in _text(re.sub(r"(?s)<head>.*?</head>", "", hidden))
    assert html.escape(teaser) in hidden
    _, toc, _ = fetch(server, by_id["1180"]["path"])
    assert "Mục lục" in toc and "Cập nhật: 02/12/2026 08:40" in _text(toc)
    _, notice, _ = fetch(server, by_id["1183"]["path"])
    assert "Lục Yên, ngày 30 tháng 11 năm 2026" in _text(notice)
    assert "Tập tin đính kèm" in notice
    assert "Tập tin đính kèm" not in by_id["1183"]["body"]


def test_rss_lists_the_ten_newest(server: PortalServer) -> None:
    status, xml, headers = fetch(server, "/vi/news/rss/")
    assert status == 200 and "rss" in headers["Content-Type"]
    assert xml.count("<item>") == 10
    for i in (10, 11, 12):
        assert portal.GOLD[i]["path"] not in xml
