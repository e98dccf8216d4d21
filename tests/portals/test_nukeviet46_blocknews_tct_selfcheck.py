"""Self-checks of the nukeviet46_blocknews_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_blocknews_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def _links(body: str, page: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first walk of the href links from START_PATH (redirects followed by hand)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = set()
    requests = 0
    while queue:
        target = queue.popleft()
        if re.search(r"\.(jpg|png|gif|ico|css|js|pdf)$", urlsplit(target).path):
            continue
        status, body, headers = fetch(server, target)
        requests += 1
        assert requests < 200, "the walk does not end"
        if status in (301, 302):
            location = urlsplit(headers["Location"])
            nxt = location.path + (f"?{location.query}" if location.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        pages.add(target)
        for link in _links(body, target):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return pages, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert 3 <= g["body"].count("\n\n") + 1 <= 12, g["path"]
        assert g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    h1 = re.search(r'<h1 class="title[^"]*"[^>]*>(.*?)</h1>', body, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    text = _page_text(body)
    for para in gold["body"].split("\n\n"):
        # a table row is printed as cells: the gold joins them with " | "
        assert para.replace(" | ", " ") in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    printed = f"{d}/{m}/{y}"
    if len(gold["published_at"]) > 10:
        printed += " " + gold["published_at"][11:16]
    assert printed in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    crumbs = re.search(r'<ul class="temp-breadcrumbs hidden".*?</ul>', body, re.S).group(0)
    names = re.findall(r'<span itemprop="name">(.*?)</span>', crumbs)
    assert _html.unescape(names[-1]) == gold["category"]


def test_no_placeholder_or_thumbnail_is_gold(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert "pix.gif" not in img["path"]
    # the hidden homeimg of 404 is only metadata and thumbnails
    g404 = next(g for g in portal.GOLD if g["path"].endswith("-404.html"))
    assert all("boi-duong-mat-tran.jpg" not in i["path"] for i in g404["images"])


def test_alt_paths_serve_the_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in collapse(_html.unescape(body)), alt


def test_every_gold_article_is_reachable_and_the_crawl_is_bounded(server):
    pages, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_behind_page_two(server):
    pages, _ = _crawl(server, skip=lambda target: "/page-" in target)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in pages]
    assert len(hidden) >= 2
    assert all(re.search(r"-(396|388|392)\.html$", p) for p in hidden)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="news-bodyhtml"' not in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay",
        "/vi/tin-tuc/hoat-dong-cua-truong/khong-co-bai-999.html",
        "/vi/tin-tuc/tag/khong-co",
        "/vi/tin-tuc/tin-tuc-su-kien/page-2",
        "/vi/gioi-thieu/khong-co.html",
    ):
        assert fetch(server, target)[0] == 404, target


def test_redirects(server):
    g419 = next(g for g in portal.GOLD if g["path"].endswith("-419.html"))
    legacy = "/index.php?language=vi&nv=tin-tuc&op=" + g419["path"][len("/vi/tin-tuc/") : -len(".html")]
    status, _, headers = fetch(server, legacy)
    assert status == 301 and headers["Location"] == g419["path"]
    wrong = g419["path"].replace("/dao-tao-boi-duong/", "/nghien-cuu-trao-doi/")
    status, _, headers = fetch(server, wrong)
    assert status == 301 and headers["Location"] == g419["path"]
    status, _, headers = fetch(server, "/vi/tin-tuc/hoat-dong-cua-truong/page-1")
    assert status == 301 and headers["Location"] == "/vi/tin-tuc/hoat-dong-cua-truong/"
    status, _, headers = fetch(server, "/vi/tin-tuc/hoat-dong-cua-truong/page-3")
    assert status == 301


def test_attachment_urls_are_not_the_article(server):
    g419 = next(g for g in portal.GOLD if g["path"].endswith("-419.html"))
    _, body, _ = fetch(server, g419["path"])
    assert f'href="{g419["path"]}?download=1&amp;id=0"' in body
    status, _, headers = fetch(server, g419["path"] + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, _ = fetch(server, g419["path"] + "?pdf=1&id=0")
    assert status == 200 and g419["title"] not in body
    assert fetch(server, g419["path"] + "?download=1&id=5")[0] == 404


def test_traps_are_printed(server):
    g421 = next(g for g in portal.GOLD if g["path"].endswith("-421.html"))
    _, body, _ = fetch(server, g421["path"])
    title = re.search(r"<title>(.*?)</title>", body).group(1)
    assert _html.unescape(title).startswith("Học viện Chính trị khu vực III làm việc tại Kon Tum")
    assert 'content="2026-12-04+0716:10:00"' in body
    assert "Thứ sáu - 04/12/2026 16:10" in body
    assert "Tin tiêu điểm" in body and 'data-src="/uploads/' in body
    g388 = next(g for g in portal.GOLD if g["path"].endswith("-388.html"))
    _, body, _ = fetch(server, g388["path"])
    assert unicodedata.normalize("NFD", "Năm học") in body and "00:00" in body
    assert g388["published_at"] == "2026-10-08"
    g392 = next(g for g in portal.GOLD if g["path"].endswith("-392.html"))
    _, body, _ = fetch(server, g392["path"])
    assert "&#" in body
    _, home, _ = fetch(server, "/")
    assert "..." in home  # titleclean60 cuts


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for root in ("home", "tmp", "work"):
        assert f"/{root}/" not in source
