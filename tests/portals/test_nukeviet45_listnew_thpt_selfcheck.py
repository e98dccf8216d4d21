"""Self-checks of the nukeviet45_listnew_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import quote_plus, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet45_listnew_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".mp3")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def links(body: str, host: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]*)"', body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        parts = urlsplit(href)
        if parts.scheme and parts.netloc != host:
            continue
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if not target.startswith("/") or parts.path.lower().endswith(_STATIC):
            continue
        out.append(target)
    return out


def crawl(server: PortalServer) -> tuple[set[str], dict[str, list[str]], int]:
    """Breadth-first over hrefs from START_PATH, following redirects: (pages reached, out-links, fetches)."""
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    reached: set[str] = set()
    outlinks: dict[str, list[str]] = {}
    fetches = 0
    while queue:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        fetches += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = (loc.path or "/") + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        reached.add(target)
        outlinks[target] = links(body, host)
        for nxt in outlinks[target]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return reached, outlinks, fetches


def test_shape():
    assert portal.NAME == "nukeviet45_listnew_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 12, (g["path"], n)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="title margin-bottom-lg" itemprop="headline">(.*?)</h1>', body)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for part in para.split(" | "):
            assert part in text, (gold["path"], part)
    if gold["summary"]:
        hometext = re.search(r'<div class="hometext m-bottom">(.*?)</div>', body, re.S)
        bodyhtml = re.search(r'<div id="news-bodyhtml"[^>]*>\s*<p[^>]*><strong>(.*?)</strong>', body, re.S)
        printed = hometext or bodyhtml
        assert printed and collapse(_html.unescape(printed.group(1))) == gold["summary"]
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Nguồn tin: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<ul class="temp-breadcrumbs hidden".*?</ul>', body, re.S).group(0)
    names = re.findall(r'<span itemprop="name">(.*?)</span>', crumbs)
    assert _html.unescape(names[-1]) == gold["category"]
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert urlsplit(canon).path == gold["canonical_path"]
    # the printed date row carries the published day (412: the letterhead's day is earlier)
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["path"].endswith("-412.html"):
        assert "ngày 03 tháng 12 năm 2026" in text
    else:
        assert f"{d}/{m}/{y}" in re.search(r'<span class="h5">(.*?)</span>', body).group(1)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert urlsplit(headers["Location"]).path == gold["path"]
            continue
        assert status == 200, alt
        assert _html.escape(gold["title"], quote=False) in body.replace("&quot;", '"') or gold["title"] in body
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in page_text(body)


def test_reachable_and_bounded(server):
    reached, _, fetches = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert fetches <= 3 * (13 + len(portal.NON_ARTICLES)), fetches


def test_some_only_on_later_pages(server):
    """396 and 387 are on no first page of a listing and not on the home page."""
    firsts = ["/", "/news/"] + [f"/news/{c}/" for c in portal.CATS]
    later = ["/news/page-2", "/news/page-3", "/news/page-4", "/news/tin-tuc-su-kien/page-2"]
    host = None
    for sid in (396, 387):
        path = portal.article_path(portal.BY_ID[sid])
        for target in firsts:
            status, body, _ = fetch(server, target)
            host = host or urlsplit(server.base_url).netloc
            assert status == 200
            assert path not in links(body, host), (target, sid)
        assert any(path in links(fetch(server, t)[1], host) for t in later), sid


def test_pagination_redirects(server):
    assert fetch(server, "/news/page-1")[0] == 301
    assert fetch(server, "/news/page-9")[0] == 301
    assert fetch(server, "/news/tin-tuc-su-kien/page-1")[2]["Location"] == "/news/tin-tuc-su-kien/"
    assert fetch(server, "/news/tin-tuc-su-kien/page-2")[0] == 200
    assert fetch(server, "/news/thong-bao")[0] == 301


def test_attachment_and_tools(server):
    story = portal.BY_ID[412]
    status, body, headers = fetch(server, portal.article_path(story) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert fetch(server, portal.sendmail_path(story))[0] == 200
    status, body, _ = fetch(server, "/news/rss/")
    assert status == 200 and "<item>" in body
    status, body, _ = fetch(server, "/news/search/?q=" + quote_plus("bóng đá"))
    assert status == 200 and portal.article_path(portal.BY_ID[390]) in body
    assert fetch(server, "/seek/?q=STEM")[0] == 200


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="headline"' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay/",
        "/news/khong-co/",
        "/news/tin-tuc-su-kien/khong-co-bai-nay-999.html",
        "/news/thong-bao/hoc-sinh-khoi-10-hoc-tap-trai-nghiem-mon-lich-su-tai-khu-di-tich-atk-cho-don-393.html",
        "/news/tag/khong-co",
        "/about/khong-co.html",
        "/index.php?language=vi&nv=news&op=thong-bao/khong-co-1",
    ],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404
