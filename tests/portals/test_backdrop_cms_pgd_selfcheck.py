"""Self-checks of the backdrop_cms_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import backdrop_cms_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = {
    "p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "figure", "figcaption",
    "table", "ul", "ol", "blockquote", "article", "section", "footer", "header", "nav", "hr",
}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.hrefs: list[str] = []
        self.srcs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in _BLOCK:
            self.parts.append(" ")
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "img" and a.get("src"):
            self.srcs.append(a["src"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in _BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _parse(body: str) -> _Text:
    p = _Text()
    p.feed(body)
    return p


def _text(body: str) -> str:
    return unicodedata.normalize("NFC", collapse("".join(_parse(body).parts)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract_shape():
    assert portal.NAME == "backdrop_cms_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title_and_canonical(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert gold["title"] in _text(body)
    assert f'<link rel="canonical" href="{gold["canonical_path"]}" />' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        assert gold["title"] in _text(body)
        assert f'<link rel="canonical" href="{gold["canonical_path"]}" />' in body


def _date_forms(iso: str) -> list[str]:
    y, m, d = iso[:10].split("-")
    forms = [f"{d}/{m}/{y}", f"ngày {d} tháng {m} năm {y}"]
    if "T" in iso:
        forms = [f"{d}/{m}/{y} - {iso[11:16]}"]
    return forms


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_appear_on_the_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, (gold["path"], cell)
    if gold["summary"]:
        assert gold["summary"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    assert any(f in page for f in _date_forms(gold["published_at"])), gold["published_at"]
    srcs = {_html.unescape(s) for s in _parse(body).srcs}
    for img in gold["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in page
    assert gold["category"] in page


def test_chrome_is_not_in_gold_bodies():
    for g in portal.GOLD:
        for junk in ("Xem thêm", "Nguồn:", "Tin, ảnh", "Nơi nhận", "lượt đọc", "Tệp đính kèm", "Bình luận"):
            assert junk not in g["body"], (g["path"], junk)


def _links(base: str, body: str) -> list[str]:
    out = []
    for href in _parse(body).hrefs:
        url = urljoin(base, _html.unescape(href))
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        if re.search(r"\.(jpe?g|png|gif|pdf|docx|css|js|ico)$", parts.path, re.I):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_every_gold_article_is_reachable_and_the_crawl_is_bounded(server):
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    statuses: dict[str, int] = {}
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        statuses[target] = status
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue.extend(_links(server.url(target), body))
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert all(s in (200, 301) for s in statuses.values()), {t: s for t, s in statuses.items() if s not in (200, 301)}
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), sorted(seen))


def test_old_article_is_only_on_paged_listings(server):
    """239 is linked from no first page: only from ?page=1 of its term and the 3rd front-page page."""
    target = "/tin-tuc/" + portal.S239.slug
    for first in ("/", "/chuyen-muc/tin-tuc-su-kien", "/tin-tuc/" + portal.S287.slug):
        assert target not in fetch(server, first)[1]
    assert target in fetch(server, "/chuyen-muc/tin-tuc-su-kien?page=1")[1]
    assert target in fetch(server, "/home?page=0%2C2")[1]
    assert "/home?page=0%2C1" in fetch(server, "/")[1]


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert '<h1 class="page-title">' in body


@pytest.mark.parametrize(
    "path", ["/tin-tuc/khong-co-bai-nay", "/node/9999", "/chuyen-muc/abc", "/van-ban/xyz", "/comment/7", "/abc/def"]
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_header_date_and_entities_and_nfd(server):
    _, body, _ = fetch(server, "/tin-tuc/" + portal.S279.slug)
    assert "Thứ Bảy, 05/12/2026" in body
    assert "&agrave;" in body
    status, body, _ = fetch(server, "/node/251")
    assert status == 200
    assert unicodedata.normalize("NFD", "khai thác") in body
