"""Self-checks of the nukeviet44_vendor_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet44_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.forms: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and a.get("action") and (a.get("method") or "get").lower() == "get":
            self.forms.append(a["action"])


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.parts.append(" ")

    def handle_endtag(self, tag):
        self.parts.append(" ")

    def handle_data(self, data):
        self.parts.append(data)


def _text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return collapse("".join(parser.parts))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server) -> set[str]:
    """Every same-host page reachable by plain links (and GET forms) from START_PATH."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        parser = _Links()
        parser.feed(body)
        for href in parser.links + parser.forms:
            absolute = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _STATIC.search(parts.path) or "download=1" in parts.query or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_their_fields(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        text = _text(body)
        assert gold["title"] in text
        assert f'<h1 class="kt-ct-tieude">{_html.escape(gold["title"])}</h1>' in body
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (gold["path"], cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        assert gold["category"] in text
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text, gold["path"]
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] + " | " in text


def test_alt_paths_serve_the_same_post(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in _text(body)


def test_every_gold_article_is_reachable_within_budget(server):
    seen = _crawl(server)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert not missing
    assert all(p in seen for p in portal.NON_ARTICLES)
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, len(seen)


def test_page_two_only_articles(server):
    """The two oldest posts are linked from listings' page 2+ only, not from the home page."""
    _, home, _ = fetch(server, "/")
    for gid in (1203, 1188):
        gold = next(g for g in portal.GOLD if g["path"].endswith(f"-{gid}.html"))
        assert gold["path"] not in home
        _, page2, _ = fetch(server, "/tin-tuc/tin-hoat-dong/page-2")
        assert gold["path"] in page2


def test_non_articles_and_unknown(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in (
        "/khong-co-trang-nay.html",
        "/tin-tuc/tin-hoat-dong/page-9",
        "/tin-tuc/thong-bao/bai-khong-ton-tai-9999.html",
        "/about/khong-co.html",
        "/laws/detail/Khong-co-1.html",
    ):
        assert fetch(server, path)[0] == 404, path


def test_attachment_is_a_pdf(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("-1224.html"))
    status, _, headers = fetch(server, gold["path"] + "?download=1&id=0")
    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
