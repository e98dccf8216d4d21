"""Self-checks of the aspnetcore_abp_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnetcore_abp_sgddt as portal
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):00\+07:00)?$")
HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)
FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.I | re.S)
BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|td|th|tr|table|thead|tbody|h[1-6]|figure|figcaption|blockquote|"
    r"hr|section|aside|header|footer|nav|form|option|select|label|button)\b[^>]*>",
    re.I,
)
NOT_PAGES = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def reader_text(page: str) -> str:
    """The page's text as a reader sees it: footnote calls and Word list markers dropped."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    page = re.sub(r'<a [^>]*class="footnote-ref"[^>]*>.*?</a>', "", page)
    page = re.sub(r'<span style="mso-list:Ignore">.*?</span></span>', "", page, flags=re.S)
    page = BLOCK.sub("\n", page)
    page = re.sub(r"<[^>]+>", "", page)
    return nfc(_html.unescape(page))


def local_targets(base: str, target: str, page: str) -> list[str]:
    """Links and GET forms (submitted empty) of a page that stay on the site."""
    urls = [_html.unescape(h) for h in HREF.findall(page)]
    for attrs, inner in FORM.findall(page):
        if re.search(r'method="post"', attrs, re.I):
            continue
        action = re.search(r'action="([^"]*)"', attrs)
        names = re.findall(r'<input\b[^>]*\bname="([^"]+)"', inner)
        query = urlencode(dict.fromkeys(names, ""))
        urls.append((action.group(1) if action else target) + (f"?{query}" if query else ""))
    out = []
    for href in urls:
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base + target, href)
        if not url.startswith(base):
            continue
        parts = urlsplit(url)
        if parts.path.lower().endswith(NOT_PAGES) or parts.path.startswith("/api/"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first from START_PATH; redirects followed; returns target -> page."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            loc = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if loc not in queued:
                queued.add(loc)
                queue.append(loc)
            continue
        assert status == 200, target
        seen[target] = body
        for link in local_targets(server.base_url, target, body):
            if link not in queued:
                queued.add(link)
                queue.append(link)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert set(g) - {"alt_paths"} == KEYS
        assert g["canonical_path"] == g["path"]
        m = DATE.match(g["published_at"])
        assert m, g["published_at"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] in portal.BLOGS.values()
        assert g["body"] and "\n\n\n" not in g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert unicodedata.is_normalized("NFC", g["title"] + g["body"])


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert headers["Content-Type"].startswith("text/html")
            assert g["title"] in nfc(_html.unescape(body)), target


def test_every_page_reachable_within_budget(server):
    before = len(server.requests)
    pages = crawl(server)
    used = server.requests[before:]
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in pages, alt
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(used) <= budget, len(used)


def test_some_articles_only_on_later_pages(server):
    first = {"/", "/blogs/tin-tuc", "/blogs/tin-tuc?skipCount=0&maxResultCount=3"}
    late = [portal.post_url(portal.T6), portal.post_url(portal.T7)]
    pages = crawl(server)
    for target, body in pages.items():
        if target in first or not target.startswith("/blogs/tin-tuc?skipCount="):
            for path in late:
                assert f'href="{path}"' not in body, (target, path)
    assert f'href="{late[0]}"' in pages["/blogs/tin-tuc?skipCount=3&maxResultCount=3"]
    assert f'href="{late[1]}"' in pages["/blogs/tin-tuc?skipCount=6&maxResultCount=3"]


def _printed_date(g: dict) -> list[str]:
    y, mo, d, hh, mm = DATE.match(g["published_at"]).groups()
    if g["path"].endswith(portal.N2.slug):
        return [f"ngày {int(d)} tháng {int(mo)} năm {y}"]
    if hh is None:
        return [f"{d}/{mo}/{y} 00:00"]
    return [f"{d}/{mo}/{y} {hh}:{mm}"]


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, page, _ = fetch(server, g["path"])
        assert status == 200
        text = reader_text(page)
        assert g["title"] in text
        for par in g["body"].split("\n\n"):
            wanted = re.sub(r"\s*\|\s*", " ", par) if " | " in par else par
            assert wanted in text, (g["path"], par)
        if g["summary"]:
            assert f"<strong>{_html.escape(g['summary'], quote=False)}</strong>" in page
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Theo {g['source']}" in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in page, img
            if img["caption"]:
                assert img["caption"] in text
        for printed in _printed_date(g):
            assert printed in text, (g["path"], printed)
        assert f'href="/blogs/{g["path"].split("/")[2]}">{_html.escape(g["category"])}' in page


def test_chrome_is_not_in_gold():
    chrome = [
        "TIN LIÊN QUAN",
        "↩",
        "Tệp đính kèm",
        "Xem thêm",
        "@quantri",
        "@vanphong",
        "Bình luận",
        "Nơi nhận",
        "THÔNG BÁO",
        "CỘNG HÒA",
        "Tin, ảnh",
        "Theo Báo",
        "Hôm nay",
        "Cập nhật",
        "IMG_2026",
        "👍",
    ]
    for g in portal.GOLD:
        for word in chrome:
            assert word not in g["body"], (g["path"], word)
        captions = {i["caption"] for i in g["images"]}
        assert not captions & set(g["body"].split("\n\n"))
        for name in g["authors"]:
            assert not name.startswith(("ThS.", "TS.", "@"))


def test_page_shapes(server):
    g = portal.GOLD[0]
    _, page, _ = fetch(server, g["path"])
    h1 = re.findall(r"<h1\b[^>]*>(.*?)</h1>", page)
    assert [_html.unescape(h) for h in h1] == ["Tin tức - Sự kiện", g["title"]]
    assert 'content="2026-12-03T07:30:00Z"' in page
    t4 = next(x for x in portal.GOLD if x["path"].endswith(portal.T4.slug))
    _, page4, _ = fetch(server, t4["path"])
    assert 'content="2026-11-20T23:40:00Z"' in page4 and "21/11/2026 06:40" in page4
    c1 = next(x for x in portal.GOLD if x["path"].endswith(portal.C1.slug))
    _, pagec1, _ = fetch(server, c1["path"])
    assert 'class="footnote-ref"><sup>1</sup>' in pagec1 and "&#8617;" in pagec1
    assert "GDTrH," in c1["body"] and "GDTrH1" not in c1["body"]


def test_alt_paths_serve_the_same_text(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, page, _ = fetch(server, alt)
            assert status == 200
            assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in page
            text = reader_text(page)
            for par in g["body"].split("\n\n"):
                wanted = re.sub(r"\s*\|\s*", " ", par) if " | " in par else par
                assert wanted in text, (alt, par)


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert "<h1" in page


def test_media_and_unknown_paths(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg", img
    pdf = next(iter(portal.PDFS))
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    for target in [
        "/khong-co",
        "/blogs/khong-co",
        "/blogs/tin-tuc/khong-co-bai-nay",
        "/pages/khong-co",
        "/api/cms-kit/media/3a160000-0000-0000-0000-000000000000",
        portal.post_url(portal.T1) + "?handler=Edit",
        f"/blogs/thong-bao/{portal.T1.slug}",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target
    status, _, headers = fetch(
        server, "/Abp/Languages/Switch?culture=en&uiCulture=en&returnUrl=%2F"
    )
    assert status == 302 and headers["Location"] == "/"
