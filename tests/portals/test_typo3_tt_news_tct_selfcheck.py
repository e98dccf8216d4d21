"""Self-checks of the typo3_tt_news_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import typo3_tt_news_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.h1: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form" and a.get("action"):
            self.hrefs.append(a["action"])
        elif tag == "link" and a.get("rel") == "alternate" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "h1":
            self._in_h1 = True
            self.h1.append("")

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1[-1] += data


def _parse(body: str) -> _Links:
    p = _Links()
    p.feed(body)
    return p


def _text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _targets(server: PortalServer, page_url: str, body: str) -> list[str]:
    p = _parse(body)
    base = p.base or page_url
    out = []
    for href in p.hrefs:
        absolute = urljoin(base, _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_page(target: str) -> bool:
    return not re.search(r"\.(jpe?g|png|gif|css|js|pdf|ico)$", urlsplit(target).path, re.I)


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status != 200:
            continue
        for t in _targets(server, server.url(target), body):
            if _is_page(t) and t not in seen:
                queue.append(t)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


def test_reachable_and_bounded(server):
    seen = _crawl(server)
    ok = {t for t, b in seen.items() if b}
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for p in portal.NON_ARTICLES:
        assert p in ok, p
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    # every page fetched by following links resolved against <base href> answers 200
    assert not [t for t, b in seen.items() if not b]


def test_relative_links_against_page_url_break(server):
    status, _, _ = fetch(server, "/tin-tuc/chi-tiet/article/tin-tuc/page/1.html")
    assert status == 404
    status, _, _ = fetch(server, "/tin-tuc/chi-tiet/article/tin-tuc.html")
    assert status == 404


def test_only_deep_page_reaches_oldest(server):
    oldest = portal.BY_ID[437]
    home = fetch(server, "/")[1]
    first = fetch(server, "/tin-tuc.html")[1]
    assert oldest.slug not in home and oldest.slug not in first
    third = fetch(server, "/tin-tuc/page/2.html")[1]
    assert oldest.slug in third
    # the pointer is zero-based: page/1.html is the second page
    second = fetch(server, "/tin-tuc/page/1.html")[1]
    assert portal.STORIES[5].slug in second and portal.STORIES[0].slug not in second


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    parsed = _parse(body)
    assert len(parsed.h1) == 2 and collapse(parsed.h1[1]) == gold["title"]
    assert "<title>Trường Chính trị tỉnh Đắk Nông: Chi tiết tin</title>" in body
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in order
            assert " ".join(para.split(" | ")) in text, para
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert 'src="' + img["path"].lstrip("/") + '"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert "Danh mục: " in text and gold["category"] in text.split("Danh mục:", 1)[1]
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}.{m}.{y[2:]}" in text
    if "T" in gold["published_at"]:
        assert f"{d}.{m}.{y[2:]} {gold['published_at'][11:16]}" in text
    else:
        assert f"{d}.{m}.{y[2:]} 00:00" in text
    for alt in gold["alt_paths"]:
        s2, b2, _ = fetch(server, alt)
        assert s2 == 200 and collapse(_parse(b2).h1[1]) == gold["title"]


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "news-single-item" not in body, path


def test_unknown_404(server):
    for target in ("/nope.html", "/tin-tuc/page/9.html", "/tin-tuc/chi-tiet/article/khong-co.html",
                   "/index.php?id=31&tx_ttnews%5Btt_news%5D=9999&cHash=0", "/tin-tuc/danh-muc/abc.html"):
        assert fetch(server, target)[0] == 404, target


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
