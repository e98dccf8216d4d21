"""Self-check of the thinkphp_vendor_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import thinkphp_vendor_sgddt as portal
from ._common import collapse
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_FORM = re.compile(r'<form action="([^"]+)" method="get">(.*?)</form>', re.S)
_INPUT = re.compile(r'<input type="text" name="([^"]+)"')
_STATIC = re.compile(r"^/(uploads|static)/|\.(jpg|png|gif|pdf|doc|css|js)$")
_INLINE = re.compile(r"</?(strong|em|span|a|sup|b|i)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page as a reader sees its words: inline tags glue, block tags separate."""
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    return collapse(html.unescape(_TAG.sub(" ", _INLINE.sub("", page))))


def _links(target: str, page: str) -> list[str]:
    found = []
    base = "http://fixture.invalid" + target
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc != "fixture.invalid":
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for action, inner in _FORM.findall(page):
        query = urlencode({name: "" for name in _INPUT.findall(inner)})
        found.append(urlsplit(urljoin(base, html.unescape(action))).path + "?" + query)
    return found


def _walk(server, skip=lambda t: False):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, page, _ = fetch(server, target)
        pages += 1
        assert status == 200, target
        for link in _links(target, page):
            if link in seen or _STATIC.search(urlsplit(link).path) or skip(link):
                continue
            seen.add(link)
            queue.append(link)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(paths) == len(set(paths))
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert "2026-10" <= (g["published_at"] or "2026-10")[:7] <= "2026-12"
        assert g["category"] in portal.CATS.values()
        assert g["body"] and "_ueditor_page_break_tag_" not in g["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_serve_their_article(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, page, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        h1 = re.search(r'<h1 class="bt">(.*?)</h1>', page).group(1)
        assert collapse(html.unescape(h1)) == gold["title"], target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    _, page, _ = fetch(server, gold["path"])
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
            assert cell in text, para
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in page, img
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or day in text


def test_traps_as_documented(server):
    # lazy images: the real path is in data-original, src is the placeholder
    _, page, _ = fetch(server, portal.detail_path(152))
    assert 'src="/static/index/images/grey.gif" data-original="/uploads/20261203/8f2c1a9e4b.jpg"' in page
    # the page-break marker is printed, the page trace carries a request time and SQL
    _, page, _ = fetch(server, portal.detail_path(144))
    assert "<p>_ueditor_page_break_tag_</p>" in page
    assert "请求信息 : 2026-12-05 09:12:33" in page and "`ltc_article` WHERE `id` = 144" in page
    # 135editor sections carry bare text with <br/>
    _, page, _ = fetch(server, portal.detail_path(150))
    assert "135editor" in page and "<br/>Treo băng rôn" in page
    # Chinese labels on the research template, 本站 as source
    _, page, _ = fetch(server, portal.detail_path(145))
    assert "发布时间：2026-11-12 09:30:00" in page and "来源：本站" in page
    assert next(g for g in portal.GOLD if g["path"] == portal.detail_path(145))["source"] is None
    # plain-text paste: one <p> with <br/><br/>
    _, page, _ = fetch(server, portal.detail_path(141))
    assert "<br/><br/>Tin: Hoàng Yến</p>" in page
    # page 1 under two URLs
    assert fetch(server, portal.list_path(2))[1].count("lb_img") == fetch(server, portal.list_path(2, 1))[1].count("lb_img") == 4


def test_all_reachable_within_budget(server):
    seen, pages = _walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_via_page_two(server):
    seen, _ = _walk(server, skip=lambda t: re.search(r"/p/[2-9]\d*\.html$", t) is not None)
    hidden = [g["path"] for g in portal.GOLD if not {g["path"], *g["alt_paths"]} & seen]
    assert sorted(hidden) == sorted(portal.detail_path(i) for i in (143, 141, 139))


@pytest.mark.parametrize("target", portal.NON_ARTICLES)
def test_non_articles_answer(server, target):
    assert fetch(server, target)[0] == 200


@pytest.mark.parametrize(
    "target",
    [
        "/nope.html",
        "/index.php/index/article/detail/id/999.html",
        "/index.php/index/article/detail/id/152/cid/3.html",
        "/index.php/index/article/detail/id/152",
        "/index.php?s=/index/article/detail/id/999",
        "/index.php/index/article/lists/cid/2/p/3.html",
        "/index.php/index/article/lists/cid/9.html",
        "/index.php/index/page/index/id/9.html",
        "/uploads/file/x.zip",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
