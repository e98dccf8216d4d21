"""Self-checks of the ibexa_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ibexa_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "sup"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "sup") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    return unicodedata.normalize("NFC", collapse("".join(parser.parts)))


def links_of(body: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.links:
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over every same-host link from START_PATH; redirects followed by hand."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    reached: set[str] = set()
    html_pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        html_pages += 1
        reached.add(target)
        for link in links_of(body, server.url(target)):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return reached, html_pages


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="tieu-de-bv">(.*?)</h1>', body, re.S)
    assert h1 and collapse(h1.group(1).replace("&amp;", "&")) == gold["title"]
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text or f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<ol class="duong-dan.*?</ol>', body, re.S).group(0)
    assert gold["category"] in page_text(crumbs)
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    printed = {f"{d}/{m}/{y}", f"{int(d)} thg {int(m)}, {y}", f"ngày {d} tháng {m} năm {y}"}
    assert any(p in text for p in printed), day
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        assert collapse(gold["title"]) in page_text(body)
        if "/in_an/" not in alt:
            assert f'{gold["canonical_path"]}" />' in body


def test_every_gold_article_is_reachable_within_budget(server):
    reached, html_pages = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert html_pages <= 3 * (13 + len(portal.NON_ARTICLES)), html_pages


def test_page_two_only_articles(server):
    """A3, A4 and C4 are linked from no page but page 2 of their section."""
    only_p2 = {portal.main_path(s) for s in (portal.A3, portal.A4, portal.C4)}
    _, body, _ = fetch(server, "/tin-tuc/hoat-dong-cua-so?page=2")
    assert portal.main_path(portal.A3) in body and portal.main_path(portal.A4) in body
    _, body, _ = fetch(server, "/tin-tuc/giao-duc-trung-hoc?page=2")
    assert portal.main_path(portal.C4) in body
    pages = ["/", "/tin-tuc", "/tin-tuc/hoat-dong-cua-so", "/tin-tuc/giao-duc-trung-hoc", "/tags/view/chuyen-doi-so"]
    pages += [g["path"] for g in portal.GOLD if g["path"] not in only_p2]
    for target in pages:
        _, body, _ = fetch(server, target)
        for path in only_p2:
            assert f'href="{path}"' not in body, (target, path)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tieu-de-bv"' not in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay",
        "/tin-tuc/giao-duc-trung-hoc/khong-ton-tai",
        "/tin-tuc/hoat-dong-cua-so?page=3",
        "/tin-tuc/hoat-dong-cua-so?page=0",
        "/view/content/4871/full/1/999",
        "/thong-bao?page=abc",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_traps_are_printed(server):
    # lazy placeholder, secondary location breadcrumb, old alias redirect, fragment
    _, body, _ = fetch(server, portal.main_path(portal.A1))
    assert 'src="/assets/images/blank-1x1.gif" data-src="' in body
    _, body, _ = fetch(server, "/tin-tuc/hoat-dong-cua-so/" + portal.D1.slug)
    assert "Hoạt động của Sở" in page_text(re.search(r'<ol class="duong-dan.*?</ol>', body, re.S).group(0))
    status, _, headers = fetch(server, portal.C2_OLD)
    assert status == 301 and headers["Location"] == portal.main_path(portal.C2)
    status, body, _ = fetch(server, portal.FRAGMENT_TARGET)
    assert status == 200 and "ds-xemnhieu" in body
    # NFD text in B2
    _, body, _ = fetch(server, portal.main_path(portal.B2))
    assert unicodedata.normalize("NFD", "lớp tập huấn nâng cao") in body
    # the bare superscript is printed, and not in gold
    _, body, _ = fetch(server, portal.main_path(portal.C4))
    assert "XIII<sup>" in body
    c4 = next(g for g in portal.GOLD if g["path"] == portal.main_path(portal.C4))
    assert "Đại hội XIII của Đảng" in c4["body"]
