"""Self-check of the wp_twentyten_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_twentyten_tct as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""", re.S)
_STATIC = re.compile(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def reader_text(markup: str) -> str:
    """What a reader sees: bare superscript note calls, Word list markers, comments dropped; NFC."""
    markup = re.sub(r"<sup><a [^>]*>\d+</a></sup>", "", markup)
    markup = re.sub(r'<span style="font-family: Symbol; mso-list: Ignore;">.*?</span></span>', "", markup)
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    blocks = re.sub(r"</?(p|div|li|ul|ol|td|tr|table|tbody|h\d|br|dl|dt|dd|cite|title|option|select)\b[^>]*>", " ", markup)
    no_tags = re.sub(r"<[^>]+>", "", blocks)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def _links(base: str, page: str, body: str) -> list[str]:
    out = []
    for _q, href in _HREF.findall(body):
        href = html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absu = urljoin(base + page, href)
        parts = urlsplit(absu)
        if f"{parts.scheme}://{parts.netloc}" != base:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over <a href> links from START_PATH; returns pages seen and page requests made."""
    base = server.base_url
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        requests += 1
        status, body, _h = fetch(server, target)
        if status != 200:
            continue
        for link in _links(base, target, body):
            if _STATIC.search(urlsplit(link).path) or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    return seen, requests


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> tuple[set[str], int]:
    return crawl(server)


def test_shape():
    assert portal.NAME == "wp_twentyten_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"2026-1[012]-\d{2}(?:T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g["published_at"]
        assert g["body"] and g["title"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _h = fetch(server, gold["path"])
    assert status == 200
    seen = reader_text(body)
    h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S).group(1)
    assert reader_text(h1) == gold["title"]
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells are printed in <td>s, in order
            cells = [re.escape(_norm(c)) for c in para.split(" | ")]
            assert re.search(r"\s*".join(cells), seen), para
        else:
            assert _norm(para) in seen, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen
    if gold["source"]:
        assert gold["source"] in seen
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in seen
    crumb = re.search(r'<div class="breadcrumbs-tct".*?</div>', body, re.S).group(0)
    assert gold["category"] in reader_text(crumb)
    assert f"<link rel='canonical' href='{server.base_url}{gold['canonical_path']}' />" in body


def test_dates_are_printed_in_month_words(server):
    months = {10: "Tháng Mười", 11: "Tháng Mười Một", 12: "Tháng Mười Hai"}
    for g, post in zip(portal.GOLD, portal.ARTICLES, strict=True):
        _s, body, _h = fetch(server, g["path"])
        y, m, d = post.date[:3]
        assert f'<span class="entry-date">{months[m]} {d}, {y}</span>' in body
        if post is not portal.A11:
            # (the day at the date link's tooltip time, "2:30 chiều": harmonised gold)
            h, mi = post.date[3:5]
            assert g["published_at"] == f"{y}-{m:02d}-{d:02d}" + (f"T{h:02d}:{mi:02d}:00+07:00" if (h, mi) != (0, 0) else "")
            assert f'title="{(h - 1) % 12 + 1}:{mi:02d} {"sáng" if h < 12 else "chiều"}"' in body
    _s, body, _h = fetch(server, portal.A11.pretty)
    assert "ngày 28 tháng 10 năm 2026" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _h = fetch(server, alt)
        assert status == 200, alt
        h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S).group(1)
        assert reader_text(h1) == gold["title"]
        assert f"href='{server.base_url}{gold['path']}'" in body  # rel=canonical


def test_every_gold_article_and_non_article_is_reachable(walk):
    seen, _n = walk
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_crawl_budget(walk):
    seen, requests = walk
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(seen)


def test_some_articles_only_on_later_listing_pages(server):
    _s, home1, _h = fetch(server, "/")
    for post in (portal.A12, portal.A13):
        assert post.pretty not in home1
    _s, home3, _h = fetch(server, "/page/3/")
    assert portal.A13.pretty in home3 and "Older posts" not in home3
    assert "Older posts" in home1 and f"{server.base_url}/page/2/" in home1


def test_aside_has_no_title_in_listing(server):
    _s, cat, _h = fetch(server, "/category/thong-bao/")
    block = re.search(r'<div id="post-1570".*?</div>\n</div>\n', cat, re.S).group(0)
    assert "entry-title" not in block and portal.A3.pretty in block


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _h = fetch(server, path)
    assert status == 200
    assert 'class="entry-title"' in body


def test_images_and_attachment_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _b, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _b, headers = fetch(server, "/wp-content/uploads/2026/10/TB-215-tuyen-sinh-TCLLCT-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_header_today_and_chrome(server):
    _s, body, _h = fetch(server, portal.GOLD[0]["path"])
    assert "Thứ Bảy, 05/12/2026" in body
    assert "Tổng truy cập" in body and "Đang online" in body
    assert "Posted on" in body and "This entry was posted in" in body


def test_nfd_article_is_decomposed_on_the_wire(server):
    _s, body, _h = fetch(server, portal.A10.pretty)
    para = portal.A10.story.paragraphs[0]
    assert unicodedata.normalize("NFD", para)[:60] in body
    assert para[:60] not in body


@pytest.mark.parametrize("target", ["/khong-co-trang-nay/", "/2026/12/bai-khong-ton-tai/", "/?p=9999",
                                    "/page/9/", "/category/khong-co/", "/?page_id=999"])
def test_unknown_paths_404(server, target):
    status, _b, _h = fetch(server, target)
    assert status == 404
