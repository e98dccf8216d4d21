"""Self-checks of the nukeviet46_topleft_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_topleft_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"'#][^"']*)["']""", re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".mp3")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """Page text as a reader sees it: tags dropped, entities decoded, whitespace collapsed."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?i)<br\s*/?>", "\n", page)
    page = re.sub(r"(?i)</t[dh]>\s*<t[dh]\b[^>]*>", " | ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _links(page: str, current: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_SKIP_EXT) or "download=1" in parts.query:
            continue
        out.append(target)
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over plain links from START_PATH, following redirects: target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue.extend(_links(body, target))
    return seen


def test_shape():
    assert portal.NAME == "nukeviet46_topleft_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["body"], g["path"]
        n = g["body"].count("\n\n") + 1
        assert 3 <= n <= 20, (g["path"], n)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _visible(page)
    h1 = re.search(r'<h1 class="title margin-bottom-lg" itemprop="headline">(.*?)</h1>', page, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in page, img
        if img["caption"]:
            assert img["caption"] in text, img
    # the category is in the (hidden) breadcrumb trail
    trail = re.search(r'<ul class="temp-breadcrumbs hidden".*?</ul>', page, re.S)
    assert trail and f'<span itemprop="name">{gold["category"]}</span>' in trail.group(0)
    # the published day is printed (d/m/Y) somewhere on the page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page
    for alt in gold.get("alt_paths", []):
        st, alt_page, headers = fetch(server, alt)
        if st == 301:
            assert urlsplit(headers["Location"]).path == gold["path"]
        else:
            assert st == 200, alt
            assert gold["title"] in _visible(alt_page)


def test_body_text_is_nfc_and_clean():
    for g in portal.GOLD:
        assert unicodedata.is_normalized("NFC", g["body"])
        for bad in ("Tác giả", "Nguồn tin", "Ý kiến bạn đọc", "Xem thêm", "Tin, ảnh", "Nơi nhận", "Ảnh:"):
            assert bad not in g["body"], (g["path"], bad)


def test_all_reachable(crawl):
    for g in portal.GOLD:
        assert crawl.get(g["path"]) == 200, g["path"]
    for p in portal.NON_ARTICLES:
        assert crawl.get(p) == 200, p
    pages = [t for t, st in crawl.items() if st == 200]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_page2_only(server, crawl):
    """Some gold articles are linked only from page 2+ of a listing."""
    page2 = {"/news/page-2", *[t for t in crawl if re.search(r"/page-[2-9]$", t)]}
    only_p2 = []
    for g in portal.GOLD:
        sources = []
        for t, st in crawl.items():
            if st != 200 or t == g["path"] or t in g.get("alt_paths", []):
                continue
            _, body, headers = fetch(server, t)
            if "html" not in headers.get("Content-Type", ""):
                continue
            targets = set(_links(body, t))
            if g["path"] in targets or any(a in targets for a in g.get("alt_paths", [])):
                sources.append(t)
        if sources and all(s in page2 or s == "/news/thong-bao/" for s in sources):
            only_p2.append(g["path"])
    assert len(only_p2) >= 3, only_p2


def test_non_articles(server):
    for p in portal.NON_ARTICLES:
        status, _, _ = fetch(server, p)
        assert status == 200, p


@pytest.mark.parametrize(
    "target",
    [
        "/news/khong-co/",
        "/news/tin-tuc-su-kien/page-3",
        "/news/page-9",
        "/news/tin-tuc-su-kien/khong-ton-tai-999.html",
        "/abc.html",
        "/news/tag/khong-co-tag",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_wrong_alias_redirects(server):
    g = portal.GOLD[0]
    wrong = g["path"].replace("doan-kiem-tra", "doan-kt")
    status, _, headers = fetch(server, wrong)
    assert status == 301 and urlsplit(headers["Location"]).path == g["path"]


def test_lazy_and_hidden_lead_images(server):
    s = portal.BY_ID[324]
    _, page, _ = fetch(server, portal._path(s))
    assert 'data-src="/uploads/news/2026_12/doan-kiem-tra-phong-gd-01.jpg"' in page
    assert 'src="/uploads/news/2026_12/doan-kiem-tra-phong-gd-01.jpg"' not in page.replace("data-src", "x")
    # imgposition 0: the home image is only in og:image / microdata
    assert "doan-kiem-tra-phong-gd-00.jpg" in page
    gold = next(g for g in portal.GOLD if g["path"] == portal._path(s))
    assert all("-00.jpg" not in i["path"] for i in gold["images"])


def test_rss_and_download(server):
    status, body, headers = fetch(server, "/news/rss/")
    assert status == 200 and "rss" in headers["Content-Type"]
    assert body.count("<item>") == 8
    s = portal.BY_ID[321]
    status, body, headers = fetch(server, portal._path(s) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
