"""Self-checks of the DNN 7 / News Articles fixture (Trường Mầm non Sơn Ca) against itself."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_dnn7_articles_mamnon as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href") and "nofollow" not in (a.get("rel") or ""):
            self.links.append(a["href"])


def _links(page: str, target: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.links:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


_FILE = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$|/linkclick\.aspx|\.ashx", re.I)


def _crawl(server) -> dict[str, str]:
    """Every HTML page reachable by followable links from START_PATH (files are not fetched)."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen or _FILE.search(target.split("?")[0]) or "linkclick" in target.lower():
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        assert len(seen) < 200, "unbounded site"
        queue.extend(link for link in _links(body, target) if link not in seen)
    return seen


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>|<!--.*?-->", " ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", html.unescape(page).replace("\xa0", " ")))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert {g["category"] for g in portal.GOLD} == {c[0] for c in portal.CATS.values()}


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            assert g["title"] in _text(body), target


def test_gold_fields_appear_on_the_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = _text(body)
        start = text.index("Ngày đăng:")
        article = text[start : text.index("Người viết:", start)]
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in article, (g["path"], cell)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
            assert g["summary"] in article
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in article
        y, m, d = g["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text, g["path"]
        for img in g["images"]:
            assert html.escape(img["path"]) in body or img["path"] in body, img
            if img["caption"]:
                assert img["caption"] in text
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}" />' in body
        assert f'<a href="{portal.cat_path(portal.CATS_BY_NAME[g["category"]])}" class="Breadcrumb">' in body


def test_every_gold_article_is_reachable(server):
    pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in pages, alt
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    # the crawl stays within the README's budget
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_on_page_two_or_later(server):
    first_pages = [portal.START_PATH, portal.LIST_PATH, *(portal.cat_path(c) for c in portal.CATS)]
    shown = set()
    for target in first_pages:
        shown.update(_links(fetch(server, target)[1], target))
    hidden = {g["path"] for g in portal.GOLD if g["path"] not in shown}
    by_id = {s.id: s for s in portal.STORIES}
    assert hidden == {portal.article_path(by_id[226]), portal.article_path(by_id[219])}
    # no article page, alt form or non-article links them either: only page 2+ of a listing
    for target in [*(a for g in portal.GOLD for a in [g["path"], *g["alt_paths"]]), *portal.NON_ARTICLES]:
        assert not hidden & set(_links(fetch(server, target)[1], target)), target
    later = [portal.list_path(2), portal.list_path(3), portal.cat_path(3, 2)]
    linked = set()
    for target in later:
        linked.update(_links(fetch(server, target)[1], target))
    assert hidden <= linked


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "bv_tieude" not in body


def test_unknown_paths_404(server):
    for target in [
        "/tin-tuc/tabid/56/ArticleID/999/khong-co-bai-nay.aspx",
        "/tin-tuc/tabid/56/currentpage/9/Default.aspx",
        "/tin-tuc/tabid/56/CategoryID/3/currentpage/3/hoat-dong-nha-truong.aspx",
        "/tin-tuc/tabid/56/CategoryID/42/khong-co.aspx",
        "/khong-ton-tai/tabid/99/Default.aspx",
        "/Default.aspx?tabid=56&articleType=ArticleView&articleId=998",
        "/LinkClick.aspx?fileticket=zzzz&tabid=56",
        "/trang-khong-co.html",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_files_and_handlers(server):
    for g in portal.GOLD:
        for img in g["images"]:
            with NO_REDIRECTS.open(server.url(img["path"]), timeout=10) as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("image/"), img
    status, body, _ = fetch(server, "/robots.txt")
    assert status == 200 and "Disallow: /Login.aspx" in body


def test_traps_render(server):
    by_id = {s.id: s for s in portal.STORIES}
    # trap 6: the sapo printed twice, once in the text
    body = fetch(server, portal.article_path(by_id[238]))[1]
    assert _text(body).count(portal.S238_SAPO) == 2
    # trap 13: decomposed text
    body = fetch(server, portal.article_path(by_id[226]))[1]
    assert unicodedata.normalize("NFD", "Với sự hướng dẫn của cô") in body
    # trap 9: Word's style block inside the text
    body = fetch(server, portal.article_path(by_id[233]))[1]
    assert "/* Style Definitions */" in body and "mso-list:Ignore" in body
    # trap 7: comments
    body = fetch(server, portal.article_path(by_id[243]))[1]
    assert "Ý kiến bạn đọc (2)" in body
    # trap 4: the container title comes before the headline
    assert body.index("dnn_ctr412_dnnTITLE_titleLabel") < body.index("bv_tieude")
    # a comment POST (postback) answers the page again
    data = b"dnn%24ctr412%24ViewArticle%24ucPostComment%24txtName=Me&__EVENTTARGET="
    req = urllib.request.Request(server.url(portal.article_path(by_id[243])), data=data)
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200
        assert portal.S243_SAPO in resp.read().decode("utf-8")
