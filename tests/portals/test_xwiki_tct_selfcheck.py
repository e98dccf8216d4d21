"""Self-check of the xwiki_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import xwiki_tct as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpe?g|png|gif|css|js|ico|docx)(\?|$)", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(body: str) -> str:
    return collapse(portal.page_text(body))


def _links(base_target: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://h" + base_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _ASSET.search(target):
            continue
        out.append(target)
    return out


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin("http://h" + target, headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        ok.add(target)
        for link in _links(target, body):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return ok, requests


def test_counts_and_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= (g["published_at"] or "2026-10-01")[:10] <= "2026-12-05"
        assert g["title"] and g["body"] and g["category"] in portal.CATS.values()


def test_gold_pages_serve_their_article(server):
    for g, story in zip(portal.GOLD, portal.STORIES, strict=True):
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = _text(body)
            assert g["title"] in text, target
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert cell in text, (target, cell)
            for name in g["authors"] + g["photographers"]:
                assert name in text, (target, name)
            if g["source"]:
                assert g["source"] in text
            for img in g["images"]:
                assert html.escape(img["path"]) in body, img
                if img["caption"]:
                    assert img["caption"] in text
            assert story.opts["posted"] in text
            assert f'href="{server.base_url}{g["canonical_path"]}"' in body.replace(
                "http://127.0.0.1:" + str(server.port), server.base_url)
            assert "Chuyên mục:" in text and g["category"] in text
            crumbs = body.split('id="hierarchy_breadcrumb"', 1)[1].split("</ol>", 1)[0]
            # the breadcrumb names the Blog space, never the category
            assert re.findall(r"<a [^>]*>([^<]*)</a>", crumbs)[:2] == ["Trang chủ", portal.BLOG_TITLE]
            assert g["category"] not in re.sub(r'<li class="active">.*', "", crumbs), target


def test_dates_and_traps_on_pages(server):
    # official notice: letterhead day, posted a day later
    notice = portal.BY_ID[2]
    _, body, _ = fetch(server, portal.post_path(notice))
    assert "ngày 30 tháng 11 năm 2026" in body and "2026/12/01 08:00" in body
    assert portal.GOLD[1]["published_at"] == "2026-11-30"
    # midnight stamps are days
    assert portal.GOLD[3]["published_at"] == "2026-11-20" and "2026/11/20 00:00" in fetch(
        server, portal.GOLD[3]["path"])[1]
    # toc and footnotes
    _, body, _ = fetch(server, portal.GOLD[4]["path"])
    assert 'class="wikitoc"' in body and 'class="footnoteRef"' in body and ">^</a>" in body
    assert "^" not in portal.GOLD[4]["body"]
    # comments only on the comments view, never in the gold
    _, body, _ = fetch(server, portal.GOLD[0]["path"] + "?viewer=comments")
    assert "Y Bliêng" in body and "Y Bliêng" not in portal.GOLD[0]["body"]
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "Y Bliêng" not in body
    # non-ASCII page names are percent-encoded
    assert "%20" in portal.GOLD[2]["path"] and "%E1%BA%A3" in portal.GOLD[2]["path"]
    # create links redirect to login
    status, _, headers = fetch(server, "/bin/create/Blog/NghiQuyet21NQTW?parent=Blog.WebHome")
    assert status == 302 and headers["Location"].startswith("/bin/login/")
    # the root redirects
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/bin/view/Main/"
    # the index prints full posts (listing looks like an article)
    _, body, _ = fetch(server, "/bin/view/Blog/")
    assert portal.BY_ID[2].blocks[2].text in html.unescape(body)


def test_non_articles_and_404(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in ["/bin/view/Blog/KhongTonTai", "/khong-co-trang", "/bin/view/GioiThieu/Khac",
                   "/bin/view/Blog/?category=&pageNumber=9", "/bin/view/Blog/Categories/Khac"]:
        assert fetch(server, target)[0] == 404, target


def test_reachable_within_budget(server):
    ok, requests = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in ok, target
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_posts_only_on_later_listing_pages(server):
    ok, _ = _crawl(server, skip=lambda t: "pageNumber=" in t)
    missing = {g["path"] for g in portal.GOLD} - ok
    assert {portal.post_path(portal.BY_ID[n]) for n in (9, 10, 12, 13)} <= missing
