"""Self-checks of the wp_siteorigin_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_siteorigin_thpt as portal
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
_HREF = re.compile(r"""<a\b[^>]*?\bhref=(["'])(.*?)\1""", re.I | re.S)
_FORM = re.compile(r"<form\b[^>]*>", re.I)
_ATTR = re.compile(r"""\b(action|method)=(["'])(.*?)\2""", re.I)
_STATIC = re.compile(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</?(p|div|br|li|ul|td|tr|table|tbody|h\d|figure|figcaption|dd|dt|dl|blockquote)\b[^>]*>", " ", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    text = _html.unescape(markup).replace("\xa0", " ")
    return unicodedata.normalize("NFC", " ".join(text.split()))


def entry_content(markup: str) -> str:
    start = markup.index('<div class="entry-content">')
    end = markup.index('<p class="hvs-inbai"', start)
    return markup[start:end]


def links(base: str, markup: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(markup):
        url = urljoin(base, _html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc or _STATIC.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    # the search form (GET): submitted empty, as a crawler trying forms would
    for tag in _FORM.findall(markup):
        attrs = {k.lower(): v for k, _, v in _ATTR.findall(tag)}
        if attrs.get("method", "get").lower() != "get":
            continue
        parts = urlsplit(urljoin(base, _html.unescape(attrs.get("action", "")) or base))
        if parts.netloc == urlsplit(base).netloc:
            out.append(parts.path + "?s=")
    return out


def crawl(server, skip=lambda target: False) -> tuple[dict[str, str], list[str]]:
    """Breadth-first over same-host links from START_PATH, redirects followed (each a request)."""
    seen: dict[str, str] = {}
    requests: list[str] = []
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests.append(target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in queued and not skip(nxt):
                queued.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        seen[target] = body
        for nxt in links(server.url(target), body):
            nxt = nxt.split("#")[0]
            if nxt and nxt not in queued and not skip(nxt):
                queued.add(nxt)
                queue.append(nxt)
    return seen, requests


def test_module_shape():
    assert portal.NAME == "wp_siteorigin_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["category"]


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_page_answers_with_title(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    g = GOLD_BY_PATH[path]
    m = re.search(r'<h1 class="title-post entry-title">(.*?)</h1>', body, re.S)
    assert m and page_text(m.group(1)) == g["title"]
    assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}" />' in body


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_fields_on_page(server, path):
    g = GOLD_BY_PATH[path]
    _, body, _ = fetch(server, path)
    content = entry_content(body)
    text = page_text(content)
    for para in g["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (path, cell)
    if g["summary"]:
        assert g["body"].startswith(g["summary"])
    for img in g["images"]:
        assert f'src="{server.base_url}{img["path"]}"' in content
        if img["caption"]:
            assert img["caption"] in text
    for name in g["authors"] + g["photographers"]:
        assert name in text
    if g["source"]:
        assert g["source"] in text
    day = g["published_at"][:10]
    y, mth, d = day.split("-")
    assert f"{d}/{mth}/{y}" in page_text(body) or f"ngày {int(d)} tháng {int(mth)} năm {y}" in text
    crumbs = re.search(r'<div class="sydney-breadcrumbs">(.*?)</div>', body, re.S).group(1)
    assert f"» {g['category']} »" in page_text(crumbs)


def test_captions_and_chrome_not_in_body():
    for g in portal.GOLD:
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] not in g["body"]
        for junk in ("Bài viết liên quan", "Chia sẻ bài viết", "In bài viết", "Xem thêm", "Tải về",
                     "Nơi nhận", "CỘNG HÒA", "#DoanTruongHVS", "Tin cùng chuyên mục", "quantri"):
            assert junk not in g["body"], (g["path"], junk)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_alt_paths_serve_the_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert urlsplit(headers["Location"]).path == gold["path"]
        else:
            assert status == 200, alt
            assert _html.escape(gold["title"], quote=False).split("&")[0][:30] in _html.unescape(body)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize(
    "path",
    ["/khong-co-bai-nay/", "/category/tin-tuc/page/9/", "/category/khong-co/", "/?p=99999", "/tag/khong-co/",
     "/le-ky-niem-44-nam/print/", "/wp-json/"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_every_article_and_non_article_reachable(server):
    seen, requests = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # following every same-host link (print views and reply links included) and the empty search
    # form costs a few requests over the budget; leaving the search form alone stays within it
    assert len(requests) <= 3 * (13 + len(portal.NON_ARTICLES)) + 5, len(requests)
    _, without_search = crawl(server, skip=lambda t: "?s=" in t)
    assert len(without_search) <= 3 * (13 + len(portal.NON_ARTICLES)), len(without_search)


def test_some_articles_only_behind_page_two(server):
    seen, _ = crawl(server, skip=lambda t: "/page/" in t)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert sorted(hidden) == sorted(f"/{s.slug}/" for s in (portal.A2, portal.A5))


def test_dates_trap_consistent(server):
    """The printed day is the gold; Yoast's UTC time for the early-morning post is the day before."""
    _, body, _ = fetch(server, f"/{portal.A4.slug}/")
    assert 'content="2026-11-05T23:20:00+00:00"' in body
    assert ">06/11/2026</time>" in body
    assert GOLD_BY_PATH[f"/{portal.A4.slug}/"]["published_at"] == "2026-11-06"
    _, body, _ = fetch(server, f"/{portal.A12.slug}/")
    assert ">01/12/2026</time>" in body and "ngày 30 tháng 11 năm 2026" in body


def test_nfd_text_and_images_served(server):
    _, body, _ = fetch(server, f"/{portal.A5.slug}/")
    assert unicodedata.normalize("NFD", "tuyên truyền") in body
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"].startswith("image/")
