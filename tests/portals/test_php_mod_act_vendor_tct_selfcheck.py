"""Self-checks of the php_mod_act_vendor_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_mod_act_vendor_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

PAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """Anchors' targets and GET forms' targets (hidden/text inputs with their values)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self._form: tuple[str, list[tuple[str, str]]] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get":
            self._form = (a.get("action") or "", [])
        elif tag == "input" and self._form is not None and a.get("name") and (
            (a.get("type") or "text") in ("hidden", "text")
        ):
            self._form[1].append((a["name"], a.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            action, fields = self._form
            self.links.append(action.split("?")[0] + "?" + urlencode(fields))
            self._form = None


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server) -> dict[str, str]:
    """Breadth-first over same-host pages from START_PATH; {target: body}."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        seen[target] = body
        parser = _Links()
        parser.feed(body)
        for href in parser.links:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = urljoin(server.url(target), href.split("#")[0])
            if urlsplit(url).netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _target(url)
            if nxt.lower().endswith(PAGE_EXT) or nxt in queued:
                continue
            queued.add(nxt)
            queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return _crawl(server)


def _page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    page = _page_text(body)
    assert gold["title"] in page
    assert f'<div class="tde_ct" style="text-transform: uppercase;">{html.escape(gold["title"])}</div>' in body
    for para in gold["body"].split("\n\n"):
        # a table row is printed as cells: each cell, in order
        assert " ".join(para.split(" | ")) in page, para
    if gold["summary"]:
        assert gold["summary"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page
    srcs = {_target(urljoin(server.url(gold["path"]), html.unescape(s))) for s in re.findall(r'src="([^"]+)"', body)}
    for img in gold["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    printed_day = f"{d}/{m}/{y}" in page or f"ngày {int(d)} tháng {int(m)} năm {y}" in page
    assert printed_day
    assert gold["category"] in page
    for alt in gold["alt_paths"]:
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert _page_text(alt_body) == page


def test_every_gold_article_reachable_from_start(crawled):
    missing = [g["path"] for g in portal.GOLD if g["path"] not in crawled]
    assert not missing


def test_some_articles_only_on_later_list_pages(server):
    status, body, _ = fetch(server, portal.START_PATH)
    assert status == 200
    home = html.unescape(body)
    hidden = [g for g in portal.GOLD if f"act=detail&id={g['path'].rsplit('=', 1)[1]}" not in home]
    assert len(hidden) >= 4
    status, p2, _ = fetch(server, "/index.php?mod=news&act=list&cid=4&page=2")
    assert status == 200 and "id=212" in p2


def test_crawl_fits_request_budget(crawled):
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawled) <= budget, len(crawled)


def test_alt_paths_are_linked(crawled):
    linked = set(crawled)
    for gold in portal.GOLD[:3]:
        assert gold["alt_paths"][0] in linked
    assert any(g["alt_paths"][1] in linked for g in portal.GOLD)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer_and_are_reachable(server, crawled, path):
    status, _, _ = fetch(server, path)
    assert status == 200
    assert path in crawled


@pytest.mark.parametrize(
    "path",
    [
        "/khong-co-trang-nay.php",
        "/index.php?mod=news&act=detail&id=9999",
        "/index.php?mod=page&id=42",
        "/index.php?mod=document&act=detail&id=1",
        "/index.php?mod=xyz&act=abc",
        "/index.php?mod=news&act=list&cid=77",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_traps_in_markup(server):
    # doubled lead (trap 2): the lead is printed twice on 245
    _, body, _ = fetch(server, "/index.php?mod=news&act=detail&id=245")
    lead = portal.BY_ID[245].summary
    assert _page_text(body).count(lead) == 2
    # CKEditor entities (trap 11) and caption table (trap 4)
    assert "Ch&iacute;nh" in body and '<table align="center"' in body
    # comments (trap 6)
    assert "Ý kiến bạn đọc (2)" in body
    # 12-hour markers (trap 5)
    assert "04/12/2026 03:10 CH" in body
    # capital headline repeated (trap 10)
    _, body, _ = fetch(server, "/index.php?mod=news&act=detail&id=236")
    assert portal.BY_ID[236].title.upper() in _page_text(body)
    # ENTER_BR (trap 3): no <p> in 241's text
    _, body, _ = fetch(server, "/index.php?mod=news&act=detail&id=241")
    text_part = body.split('id="noidung">', 1)[1].split('<div class="tacgia_ct">', 1)[0]
    assert "<p" not in text_part and "<br />" in text_part
    # images are served
    status, _, headers = fetch(server, "/userfiles/image/Nam%202026/khaigiang%20k45.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
