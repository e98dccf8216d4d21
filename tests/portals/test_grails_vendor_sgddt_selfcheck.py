"""Self-checks of the grails_vendor_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import grails_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _links(page: str, target: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.hrefs:
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _text(page: str) -> str:
    page = re.sub(r"</t[dh]>\s*<t[dh]>", " | ", page)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Every same-host page reachable by links from START_PATH (redirects followed)."""
    seen: dict[str, int] = {}
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        if re.search(r"\.(jpg|png|gif|css|js|ico)$", target) or target.startswith(("/anh/", "/assets/")):
            seen[target] = 0
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            queue.extend(_links(body, target))
    return seen, pages


def test_shape():
    assert portal.NAME == "grails_vendor_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            assert para in text, (target, para)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
            assert fetch(server, img["path"])[0] == 200
        assert gold["category"] in text
        day = gold["published_at"][:10]
        if gold["path"].endswith(("/241", "/236", "/232")):
            assert " ICT 2026" in text
        else:
            assert day in text
        # the generic scaffold heading, never the headline
        assert "<h1>Chi tiết Tin tức</h1>" in body


def test_all_gold_reachable(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert seen.get(alt) == 200, alt
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path


def test_crawl_budget(crawl):
    _, pages = crawl
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_category_three_only_via_page_two(server):
    page1 = fetch(server, "/tinTuc/index?offset=0&max=10")[1]
    page2 = fetch(server, "/tinTuc/index?offset=10&max=10")[1]
    home = fetch(server, "/")[1]
    for sid in (241, 236, 232):
        assert f"/tinTuc/show/{sid}" not in page1 + home
        assert f"/tinTuc/show/{sid}" in page2


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/tinTuc/show/999",
        "/tinTuc/show/271?lang=en",
        "/tinTuc/index?offset=30&max=10",
        "/tinTuc/index?max=50",
        "/vanBan/show/1",
        "/lichCongTac/index?tuan=47&nam=2026",
    ],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404


def test_account_redirects_to_login(server):
    status, _, headers = fetch(server, "/taiKhoan/show/7")
    assert status == 302 and headers["Location"].startswith("/login/auth")
