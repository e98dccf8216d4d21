"""Self-checks of the nukeviet43_two_column_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet43_two_column_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".doc")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    """Visible-ish text: scripts and tags dropped, entities decoded, whitespace collapsed, NFC."""
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def _hrefs(body: str) -> list[str]:
    return [_html.unescape(h) for h in re.findall(r'href="([^"]*)"', body)]


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host hrefs (and redirects) from START_PATH; static files skipped."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        found: list[str] = []
        if status in (301, 302):
            found.append(headers["Location"])
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            found += _hrefs(body)
        for href in found:
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.netloc != f"{server.host}:{server.port}":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.lower().endswith(_STATIC) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, pages


def test_module_constants():
    assert portal.NAME == "nukeviet43_two_column_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for root in ("home", "tmp", "work"):  # no machine path in a tracked file
        assert f"/{root}/" not in source


def test_root_redirects_to_start(server):
    status, _, headers = fetch(server, "/")
    assert status == 301 and headers["Location"] == "/vi/"
    status, body, _ = fetch(server, portal.START_PATH)
    assert status == 200 and 'class="news_column two_column col-md-12"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_carries_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200, gold["path"]
    assert headers["Content-Type"].startswith("text/html")
    h1 = re.search(r'<h1 class="title margin-bottom-lg" itemprop="headline">(.*?)</h1>', body)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    text = _page_text(body)
    bodyhtml = body.split('id="news-bodyhtml"', 1)[1].split('<div class="margin-bottom-lg">', 1)[0]
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in order
            assert " ".join(para.split(" | ")) in text, para[:60]
        else:
            assert para in text, para[:60]
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert f'<div class="hometext m-bottom" itemprop="description">{_html.escape(gold["summary"])}' in body
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        src = img.get("path") or img["url"]
        assert f'src="{_html.escape(src)}"' in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = body.split('class="temp-breadcrumbs hidden"', 1)[1].split("</ul>", 1)[0]
    assert f'<span itemprop="name">{_html.escape(gold["category"])}</span>' in crumbs
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    letterhead = f"ngày {d} tháng {m} năm {y}"  # an official notice's date is its letterhead's
    assert f"{d}/{m}/{y}" in text or letterhead in text
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} - {gold['published_at'][11:16]}" in text
    # no gold text is NFD on the wire except where the trap says so
    assert unicodedata.is_normalized("NFC", gold["body"])
    assert bodyhtml


def test_nfd_trap_is_on_the_wire(server):
    story = portal.STORY_BY_ID[1276]
    _, body, _ = fetch(server, portal.art_path(story))
    assert unicodedata.normalize("NFD", "Lớp tập huấn do các giảng viên") in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_or_redirect_to_the_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        assert _html.escape(gold["title"]) in body or gold["title"] in _html.unescape(body)


def test_all_gold_and_non_articles_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_articles_not_on_first_listing_pages(server):
    first_pages = ["/vi/", "/vi/news/", "/vi/news/Tin-tuc-Su-kien/", "/vi/news/Thong-bao/", "/vi/news/Chuyen-mon-Nghiep-vu/"]
    linked: set[str] = set()
    for target in first_pages:
        _, body, _ = fetch(server, target)
        main = body.split('class="col-sm-12 col-md-13 cot-giua"', 1)[1].split('class="col-sm-6 col-md-6 cot-phai"', 1)[0]
        linked |= set(_hrefs(main))
    for story_id in (1274, 1266, 1270, 1262):
        story = portal.STORY_BY_ID[story_id]
        assert portal.art_path(story) not in linked
    _, body, _ = fetch(server, "/vi/news/Tin-tuc-Su-kien/page-2/")
    for story_id in (1274, 1266, 1270):
        assert portal.art_path(portal.STORY_BY_ID[story_id]) in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    [
        "/vi/news/tin-tuc-su-kien/",
        "/vi/news/Tin-tuc-Su-kien/khong-ton-tai-99999.html",
        "/vi/news/Thong-bao/giao-ban-cong-tac-giao-duc-va-dao-tao-thang-11-nam-2026-1285.html",
        "/vi/khong-co-trang-nay/",
        "/vi/news/tag/khong-co/",
        "/index.php?language=vi&nv=users",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_download_variant_is_a_file(server):
    story = portal.STORY_BY_ID[1262]
    status, _, headers = fetch(server, portal.art_path(story) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_pagination_bounds(server):
    status, _, headers = fetch(server, "/vi/news/Thong-bao/page-1/")
    assert status == 301 and headers["Location"] == "/vi/news/Thong-bao/"
    status, _, headers = fetch(server, "/vi/news/Thong-bao/page-9/")
    assert status == 301
    status, body, _ = fetch(server, "/vi/news/Thong-bao/page-2/")
    assert status == 200 and portal.art_path(portal.STORY_BY_ID[1262]) in body
