"""Self-checks of the go_gin_vendor_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import go_gin_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """The page's visible-ish text: tags to spaces, references read, whitespace collapsed, NFC."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def target_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer, limit: int = 200) -> tuple[set[str], int]:
    """Breadth-first over <a href> from START_PATH, following redirects; (targets seen, requests)."""
    start = portal.START_PATH
    seen = {start}
    queue = deque([start])
    reached: set[str] = set()
    requests = 0
    while queue and requests < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        reached.add(target)
        if status in (301, 302, 303):
            nxt = target_of(urljoin(server.url(target), headers["Location"]))
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            absolute = urljoin(server.url(target), href)
            if urlsplit(absolute).netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = target_of(absolute.split("#")[0])
            if nxt.startswith(("/static/", "/uploads/")) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return reached, requests


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    h1 = re.search(r'<h1 class="td-bv">(.*?)</h1>', body, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert f"> {gold['category']}</a>" in _html.unescape(body) or gold["category"] in text
    if gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] + f" {d}/{m}/{y}" in text
    else:
        assert "01/01/0001" in text
    # the page's text is NFC once read, whatever the stored form
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, alt)
        if alt.endswith("/"):
            assert status == 301 and headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        h1 = re.search(r'<h1 class="td-bv">(.*?)</h1>', body, re.S).group(1)
        assert collapse(_html.unescape(h1)) == gold["title"]
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_every_gold_article_reachable_within_budget(server):
    reached, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_only_articles():
    home_and_page1 = set()
    site = portal.build_site()
    from crawler.demo.server import Request

    for target in ("/", "/chuyen-muc/tin-tuc-su-kien"):
        path, _, query = target.partition("?")
        resp = site.respond(Request("GET", path, query, {"Host": "x"}))
        home_and_page1 |= set(re.findall(r'href="(/tin-tuc/[^"]+)"', resp.payload().decode()))
    page2 = site.respond(Request("GET", "/chuyen-muc/tin-tuc-su-kien", "trang=2", {"Host": "x"}))
    assert b'href="?trang=1"' in page2.payload()
    for sid in (2455, 2440):
        story = portal.BY_ID[sid]
        assert portal.art_path(story) not in home_and_page1
        assert portal.art_path(story).encode() in page2.payload()


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_redirects_and_unknown_paths(server):
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/thong-bao"
    status, _, headers = fetch(server, "/binh-chon")
    assert status == 404
    for path in ("/khong-co", "/tin-tuc/9999", "/tin-tuc/abc", "/chuyen-muc/khong-co", "/van-ban/1", "/khong-co/"):
        assert fetch(server, path)[0] == 404, path


def test_static_files(server):
    assert fetch(server, "/uploads/2026/12/03/hoi-thao-cds-1.jpg")[0] == 200
    status, _, headers = fetch(server, "/uploads/files/2026/11/TB-boi-duong-CBQL.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_traps_are_printed(server):
    # zero date, UTC attribute, update line before the headline, html/template escapes
    _, body, _ = fetch(server, "/tin-tuc/2466")
    assert "00:00 01/01/0001" in body and 'datetime="0001-01-01 00:00:00 +0000 UTC"' in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[2440]))
    assert 'datetime="2026-10-14 17:00:00 +0000 UTC">00:00 15/10/2026' in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[2481]))
    assert body.index("Cập nhật lúc") < body.index("Ngày đăng")
    assert "&#34;Chuyển đổi số trong dạy học&#34;" in body and "GD&amp;ĐT" in body
    assert portal.OLD_SLUG_2476 in body
    # entity-encoded and decomposed texts
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[2463]))
    assert "&#7897;" in body or "&agrave;" in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[2451]))
    assert unicodedata.normalize("NFD", "Kỹ năng sống") in body
    # lazy images: the photo only in data-original
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[2448]))
    assert 'src="/static/img/loading.gif" data-original="/uploads/2026/10/19/de-thi-2027.jpg"' in body
