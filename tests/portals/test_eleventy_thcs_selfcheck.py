"""Self-checks of the eleventy_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import eleventy_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


_INLINE = re.compile(r"</?(?:a|sup|strong|em|span|u|b|i|time)\b[^>]*>", re.I)


def page_text(markup: str) -> str:
    """The page's visible text: scripts dropped, inline tags glued, NFC, whitespace collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = _INLINE.sub("", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def links(markup: str, page: str, host: str = "site.invalid") -> set[str]:
    """Same-host targets of hrefs, GET form actions and meta refreshes, fragments off."""
    found = set(re.findall(r'\bhref="([^"]*)"', markup))
    for attrs in re.findall(r"<form\b([^>]*)>", markup, re.I):
        action = re.search(r'action="([^"]*)"', attrs)
        method = re.search(r'method="([^"]*)"', attrs, re.I)
        if action and (not method or method.group(1).lower() == "get"):
            found.add(action.group(1))
    found |= set(re.findall(r'http-equiv="refresh" content="\d+;\s*url=([^"]+)"', markup))
    out = set()
    for href in found:
        absolute = urljoin(f"http://{host}" + page, _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != host or parts.scheme != "http":
            continue
        out.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> dict[str, str]:
    """Breadth-first over the site's HTML pages from START_PATH; target -> markup."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    asked: set[str] = set()
    while queue:
        target = queue.pop(0)
        if target in asked:
            continue
        asked.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        seen[target] = body
        queue.extend(sorted(links(body, target, urlsplit(server.base_url).netloc) - asked))
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_its_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="bv-tieude p-name">(.*?)</h1>', body, re.S)
    assert h1 and page_text(h1.group(1)) == gold["title"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        if 'http-equiv="refresh"' in body:
            assert f"url={gold['canonical_path']}" in body
        else:
            assert gold["title"] in page_text(body), alt
            assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_every_gold_article_is_reachable_within_budget(server):
    pages = crawl(server)
    paths = {urlsplit(p).path for p in pages}
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in paths, path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)


def test_hidden_post_only_via_its_read_more_line(server):
    hidden = portal.post_url(portal.S13)
    pages = crawl(server)
    linking = {
        p for p, body in pages.items() if hidden in links(body, p) and urlsplit(p).path != hidden
    }
    assert {urlsplit(p).path for p in linking} <= {
        portal.post_url(portal.S5),
        portal.post_url(portal.S5) + "index.html",
    }


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_are_on_the_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    article = body.split('<article class="bv h-entry">', 1)[1].split('<p class="bv-capnhat">', 1)[0]
    text = page_text(article)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, (para, cell)
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        sapo = re.search(r'<div class="bv-sapo">(.*?)</div>', article, re.S)
        assert sapo and page_text(sapo.group(1)) == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        srcs = re.findall(r'<img[^>]*\bsrc="([^"]+)"', article)
        resolved = {urlsplit(urljoin("http://x" + gold["path"], s)).path for s in srcs}
        assert img["path"] in resolved, img
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in page_text(
        body.split('<ol class="dd-duong-dan"', 1)[1].split("</ol>", 1)[0]
    )
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    meta = page_text(article.split('<div class="bv-meta">', 1)[1].split("</div>", 1)[0])
    if gold["category"] == "Thông báo":
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    assert f"{d}/{m}/{y}" in meta
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in meta
    else:
        assert " - " not in meta.split("⏱")[0]


def test_utc_attribute_crosses_midnight_for_the_early_post(server):
    _, body, _ = fetch(server, portal.post_url(portal.S12))
    assert 'datetime="2026-11-30T23:30:00.000Z"' in body
    assert "01/12/2026 - 06:30" in body


def test_decomposed_post_is_nfd_on_the_wire(server):
    _, body, _ = fetch(server, portal.post_url(portal.S4))
    assert unicodedata.normalize("NFD", "Liên đội hoàn thành") in body
    assert "Liên đội hoàn thành" not in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert '<article class="bv h-entry">' not in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai/",
        "/tin-tuc/2026/",
        "/tin-tuc/trang-1/",
        "/tin-tuc/trang-4/",
        "/chu-de/posts/",
        "/tin-tuc/2025/x/",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_folder_without_slash_redirects(server):
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301
    assert headers["Location"] == gold["path"]


def test_feed_and_sitemap_leave_out_the_hidden_post(server):
    for target in ("/feed.xml", "/sitemap.xml"):
        status, body, _ = fetch(server, target)
        assert status == 200
        entries = re.findall(r"<(?:link href|loc)[=>]\"?([^\"<]+)", body)
        assert not [e for e in entries if portal.S13.slug in e]
        assert [e for e in entries if portal.S12.slug in e]
