"""Self-check of the nextjs_strapi_sgddt fixture portal against itself (never the crawler).

Every gold target answers 200 with its headline, every gold field is printed on its page (outside
the RSC payload), every article is reachable from the start page by links and GET forms within
the crawl budget, the alternative URLs serve or redirect to the canonical one, non-articles
answer 200, unknown pages 404, and the documented traps are really on the pages.
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

from . import nextjs_strapi_sgddt as portal
from ._selfcheck import fetch

_HREF = re.compile(r'\bhref="([^"]*)"')
_FORM = re.compile(r'<form\b[^>]*\baction="([^"]*)"[^>]*\bmethod="get"[^>]*>(.*?)</form>', re.S)
_INPUT = re.compile(r'<input\b[^>]*\bname="([^"]+)"')
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
_STATIC = ("/_next/", "/uploads/", "/images/", "/favicon.ico")
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


def _reader_text(markup: str) -> str:
    """Scripts and tags dropped, references resolved, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", _SCRIPT.sub(" ", markup))
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, current: str, body: str) -> list[str]:
    out = []
    hrefs = [html.unescape(h) for h in _HREF.findall(body)]
    for action, inner in _FORM.findall(body):
        names = _INPUT.findall(inner)
        hrefs.append(html.unescape(action) + "?" + "&".join(f"{n}=" for n in names))
    for href in hrefs:
        if href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        absolute = urljoin(server.url(current), href)
        if not absolute.startswith(server.base_url + "/"):
            continue
        target = _target(absolute.split("#")[0])
        if target.startswith(_STATIC) or target.endswith(".pdf"):
            continue
        out.append(target)
    return out


@pytest.fixture(scope="module")
def crawl(server: PortalServer) -> dict[str, tuple[int, str, list[str]]]:
    """Breadth-first walk from START_PATH: target -> (status, body, outgoing links)."""
    seen: dict[str, tuple[int, str, list[str]]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        links = []
        if status in (301, 302, 307, 308):
            links = [_target(urljoin(server.url(target), headers["Location"]))]
        elif status == 200:
            links = _links(server, target, body)
        seen[target] = (status, body, links)
        queue.extend(link for link in links if link not in seen)
        assert len(seen) < 200, "the walk does not end"
    return seen


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    stamp = re.compile(r"^2026-(10|11|12)-\d{2}T\d{2}:\d{2}:00\+07:00$")
    for g in portal.GOLD:
        assert stamp.match(g["published_at"]), g["path"]
        assert g["category"] in portal.CATS.values()
        assert g["body"] and "\n\n\n" not in g["body"]
        assert unicodedata.is_normalized("NFC", g["body"])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert g["canonical_path"] == g["path"]
        assert not set(g.get("alt_paths", [])) & set(GOLD_BY_PATH)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_prints_its_fields(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r"<h1\b[^>]*>(.*?)</h1>", body, re.S)
    assert h1 and _reader_text(h1.group(1)) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    page = _reader_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in page, (gold["path"], piece)
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    if gold["summary"]:
        assert gold["summary"] in page
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in page
    local = gold["published_at"]
    day, clock = local[:10], local[11:16]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in page and clock in page
    crumbs = re.search(r'<nav aria-label="breadcrumb".*?</nav>', body, re.S)
    assert crumbs and gold["category"] in _reader_text(crumbs.group(0))


def test_alt_paths_serve_or_redirect_to_canonical(server: PortalServer) -> None:
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 200:
                assert f'href="{server.base_url}{gold["canonical_path"]}"' in body
                assert html.escape(gold["title"], quote=False) in body
            else:
                assert status == 308, alt
                assert headers["Location"] == gold["canonical_path"], alt


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_unknown_paths_404(server: PortalServer) -> None:
    a = portal.A1287
    for target in [
        "/khong-co-trang-nay",
        "/tin-tuc/the-thao",
        "/tin-tuc/tin-hoat-dong/bai-viet-khong-ton-tai-9999",
        f"/tin-tuc/chuyen-doi-so/{a.url_slug}",  # not one of its categories
        f"/tin-tuc/tin-noi-bat/{portal.A1290.url_slug}",  # not featured
        "/the/khong-co",
        "/van-ban/9999-qd-sgddt",
    ]:
        status, body, _ = fetch(server, target)
        assert status == 404, target
        assert "This page could not be found." in body


def test_every_article_reachable_within_budget(crawl: dict) -> None:
    reached = {t for t, (status, _, _) in crawl.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, (len(crawl), budget)


def test_oldest_activity_articles_only_on_page_two(crawl: dict) -> None:
    only_p2 = {portal.A1251.url(), portal.A1238.url()}
    for target, (_, _, links) in crawl.items():
        if target not in only_p2 and only_p2 & set(links):
            assert target == "/tin-tuc/tin-hoat-dong?page=2", target
    _, page1, _ = crawl["/tin-tuc/tin-hoat-dong"]
    assert 'href="?page=2"' in page1
    _, page2, links2 = crawl["/tin-tuc/tin-hoat-dong?page=2"]
    assert only_p2 <= set(links2)
    assert "?page=3" not in page2


def test_streamed_articles_live_in_hidden_div(server: PortalServer) -> None:
    for art in [portal.A1272, portal.A1259, portal.A1243]:
        _, body, _ = fetch(server, art.url())
        hidden = body.index('<div hidden id="S:0">')
        assert body.index("<h1") > hidden
        assert body.index("Đang tải nội dung...") < hidden
        assert '$RC("B:0","S:0")' in body
    _, body, _ = fetch(server, portal.A1287.url())
    assert 'id="S:0"' not in body


def test_times_are_utc_in_markup_local_in_text(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.A1264.url())
    assert '<time dateTime="2026-11-05T23:15:00.000Z">' in body
    assert "06/11/2026<!-- --> - <!-- -->06:15" in body
    assert 'content="2026-11-05T23:15:00.000Z"' in body
    _, body, _ = fetch(server, portal.A1285.url())
    assert '<time dateTime="2026-11-28T23:40:00.000Z">' in body
    assert r"\"publishedAt\":\"2026-11-28T23:40:00.000Z\"" in body
    assert "Cập nhật: <!-- -->29/11/2026 10:47" in body


def test_word_paste_and_captions(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.A1238.url())
    article = body[body.index('class="nd-bv') : body.index("</article>")]
    assert any(unicodedata.combining(c) for c in article)
    _, body, _ = fetch(server, portal.A1287.url())
    assert "<figcaption" in body and "z6043817265142_3b9f0e7c2a1d4e5f8a6b.jpg</figcaption>" in body
    gold = GOLD_BY_PATH[portal.A1287.url()]
    assert gold["images"][1]["caption"] is None
    _, body, _ = fetch(server, portal.A1259.url())
    assert '<p style="text-align:center">Phường Kon Tum</p>' in body


def test_secondary_category_links(crawl: dict, server: PortalServer) -> None:
    art = portal.A1285
    secondary = art.url("tin-hoat-dong")
    _, _, links = crawl["/"]
    assert secondary in links and art.url(portal.FEATURED_CAT) in links
    status, body, _ = fetch(server, secondary)
    assert status == 200
    crumbs = re.search(r'<nav aria-label="breadcrumb".*?</nav>', body, re.S)
    assert crumbs and "Giáo dục Trung học - GDTX" in crumbs.group(0)
