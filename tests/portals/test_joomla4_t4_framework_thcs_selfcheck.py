"""Self-checks of the joomla4_t4_framework_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_t4_framework_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse("".join(parser.parts))


def inline_text(markup: str) -> str:
    """Visible text with inline tags glued (strong/em/span), for whole-paragraph checks."""
    markup = re.sub(r"</?(strong|em|b|i|u|span|o:p|mark)\b[^>]*>", "", markup)
    return visible(markup)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links(markup: str, page_target: str, server: PortalServer) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    out = []
    for href in parser.hrefs:
        absolute = urljoin(server.url(page_target), href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
            continue
        if re.search(r"\.(jpg|jpeg|png|gif|pdf|css|js|ico)$", parts.path, re.I):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, skip=lambda target: False) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        for link in links(body, target, server):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return seen


def headline(markup: str) -> str:
    m = re.search(r'<h2 itemprop="headline">(.*?)</h2>', markup, re.S)
    assert m, "no headline"
    return collapse(_html.unescape(m.group(1)))


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        status, body, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert "charset=utf-8" in headers["Content-Type"]
        assert headline(body) == g["title"]
        # the first h1 is the mast-head's menu title, never the headline
        first_h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
        assert collapse(_html.unescape(first_h1)) != g["title"]


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        assert g["alt_paths"]
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert headline(body) == g["title"], alt


def test_every_gold_article_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_from_page_two(server):
    def listing_page_two(target: str) -> bool:
        return bool(re.match(r"^/(tin-tuc|thong-bao)(/[a-z-]+)?\?(.*&)?(start|limitstart)=[1-9]", target))

    seen = crawl(server, skip=listing_page_two)
    only_deep = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert any("/119-" in p for p in only_deep) and any("/117-" in p for p in only_deep), only_deep


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        target = g["path"] + ("?showall=1" if "/133-" in g["path"] else "")
        status, body, _ = fetch(server, target)
        assert status == 200
        page_text = inline_text(body)
        for para in g["body"].split("\n\n"):
            if portal.EMAIL in para:
                before = para.split(portal.EMAIL)[0].strip()
                assert before in page_text
                first = re.search(r'<joomla-hidden-mail[^>]*first="([^"]+)" last="([^"]+)"', body)
                local = base64.b64decode(first.group(1)).decode()
                domain = base64.b64decode(first.group(2)).decode()
                assert f"{local}@{domain}" == portal.EMAIL
                continue
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in page_text, (g["path"], cell)
                continue
            assert para in page_text, (g["path"], para[:60])
        for img in g["images"]:
            assert img["path"] in body, img["path"]
            if img["caption"]:
                assert img["caption"] in page_text, img["caption"]
        for name in g["authors"] + g["photographers"]:
            assert name in page_text, name
        if g["source"]:
            assert _html.escape(g["source"]) in body
        assert g["category"] in page_text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        printed_day = f"{d} Tháng {int(m)} {y}"
        if g["path"].endswith("/139-thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027"):
            assert f"ngày {d} tháng {m} năm {y}" in page_text
        else:
            assert printed_day in page_text, (g["path"], printed_day)
        if "T" in g["published_at"]:
            assert f'datetime="{g["published_at"]}" itemprop="datePublished"' in body
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_pagebreak_parts(server):
    g = next(g for g in portal.GOLD if "/133-" in g["path"])
    paras = g["body"].split("\n\n")
    _, first, _ = fetch(server, g["path"])
    _, second, _ = fetch(server, g["path"] + "?start=1")
    assert paras[0] in inline_text(first) and paras[-1] not in inline_text(first)
    assert paras[-1] in inline_text(second) and paras[0] not in inline_text(second)
    assert "Trang 1 / 2" in first and "Trang 2 / 2" in second


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "t4-section" in body


def test_listings_and_images(server):
    for target in ["/tin-tuc", "/tin-tuc?start=5", "/tin-tuc?start=10", "/tin-tuc/hoat-dong-chuyen-mon?start=3",
                   "/thong-bao?limit=5&limitstart=5", "/component/tags/tag/chuong-trinh-gdpt-2018",
                   portal.SEARCH_TARGET]:
        status, _, _ = fetch(server, target)
        assert status == 200, target
    status, _, headers = fetch(server, "/images/2026/12/ngay-hoi-atgt-02.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc?start=15",
        "/tin-tuc/tin-hoat-dong/999-khong-co-bai-nay",
        "/tin-tuc/thong-bao/140-hoc-sinh-truong-thcs-tran-hung-dao-tham-gia-ngay-hoi-an-toan-giao-thong",
        "/tin-tuc/tin-hoat-dong/140-hoc-sinh-truong-thcs-tran-hung-dao-tham-gia-ngay-hoi-an-toan-giao-thong?x=1",
        "/thong-bao?limit=5&limitstart=10",
        "/component/tags/tag/khong-co",
        "/gioi-thieu/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
