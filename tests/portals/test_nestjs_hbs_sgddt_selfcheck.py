"""Self-checks of the nestjs_hbs_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nestjs_hbs_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "a" and d.get("href"):
            self.hrefs.append(d["href"])
        if tag == "form" and d.get("action"):
            self.hrefs.append(d["action"])


class _Text(HTMLParser):
    """Visible text: no script, style or template content; tags separate words."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(body: str) -> str:
    p = _Text()
    p.feed(body)
    return collapse("".join(p.parts))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_constants():
    assert portal.NAME == "nestjs_hbs_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"/tin-tuc/[a-z0-9-]+-[0-9a-f]{24}", g["path"])
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-24:])
def test_gold_pages(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = visible(body)
    h2 = re.search(r'<h2 class="td-bv">(.*?)</h2>', body, re.S)
    assert h2 and collapse(_html.unescape(h2.group(1))) == gold["title"]
    assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para  # table cells: one space between
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert f'<div class="mt-bv"><b>{_html.escape(gold["summary"])}</b></div>' in body
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert f"<em>{_html.escape(img['caption'])}</em>" in body
        assert fetch(server, img["path"])[0] == 200
    assert '<a href="/chuyen-muc/' in body and gold["category"] in text
    for alt in gold.get("alt_paths", []):
        s2, b2, _ = fetch(server, alt)
        assert s2 == 200
        assert gold["title"] in visible(b2)
        assert f'{gold["canonical_path"]}">' in b2


def test_dates_printed(server):
    by = {g["path"]: g for g in portal.GOLD}
    a1 = by[portal.clean_path(portal.A1)]
    body = fetch(server, a1["path"])[1]
    assert 'datetime="2026-12-02T23:15:00.000Z">06:15 - Thứ Năm, 03/12/2026<' in body
    a5 = fetch(server, portal.clean_path(portal.A5))[1]
    assert 'datetime="2026-11-11T17:00:00.000Z">Thứ Năm, 12/11/2026<' in a5
    a13 = fetch(server, portal.clean_path(portal.A13))[1]
    assert "ngày 30 tháng 11 năm 2026" in a13


def test_breadcrumb_follows_cm(server):
    s, body, _ = fetch(server, portal.clean_path(portal.A8) + "?cm=tin-tuc-su-kien")
    assert s == 200 and 'href="/chuyen-muc/tin-tuc-su-kien">Tin tức - Sự kiện</a></li></ol>' in body
    body = fetch(server, portal.clean_path(portal.A8))[1]
    assert 'href="/chuyen-muc/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></li></ol>' in body


def _crawl(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        assert status == 200, target
        if "html" not in headers.get("Content-Type", ""):
            continue
        parser = _Links()
        parser.feed(body)
        for href in parser.hrefs:
            url = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(url)
            if parts.netloc != f"127.0.0.1:{server.port}" or parts.scheme != "http":
                continue
            if re.search(r"\.(jpg|png|gif|ico|css|js|pdf)$", parts.path) or parts.path == "/tim-kiem":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, pages


def test_reachable_and_budget(server):
    seen, pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen or any(a in seen for a in g.get("alt_paths", [])), g["path"]
    for p in portal.NON_ARTICLES:
        assert p in seen, p
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    print(f"naive crawl: {pages} pages")
    # A10 only from page 2 of its listing (the <noscript> link)
    a10 = portal.clean_path(portal.A10)
    assert a10 in seen
    for t in ("/", "/chuyen-muc/hoat-dong-chuyen-mon"):
        assert a10 not in fetch(server, t)[1]


def test_non_articles(server):
    for p in portal.NON_ARTICLES:
        assert fetch(server, p)[0] == 200


def test_api(server):
    s, body, headers = fetch(server, "/api/news")
    assert s == 200 and headers["Content-Type"].startswith("application/json")
    data = json.loads(body)
    assert len(data["data"]) == 3 and data["nextCursor"]
    s, body, _ = fetch(server, f"/api/news?cm=hoat-dong-chuyen-mon&cursor={portal.OIDS[9]}")
    assert [d["_id"] for d in json.loads(body)["data"]] == [portal.OIDS[10]]
    assert fetch(server, "/api/news?cursor=zzz")[0] == 400


@pytest.mark.parametrize("target", [
    "/khong-co", "/tin-tuc/abc", "/tin-tuc/bai-viet-000000000000000000000000",
    "/chuyen-muc/khong-co", "/van-ban/000000000000000000000000", "/thu-vien-anh/x",
])
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404
