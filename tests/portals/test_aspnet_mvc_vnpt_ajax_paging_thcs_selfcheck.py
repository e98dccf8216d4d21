"""Self-checks of the aspnet_mvc_vnpt_ajax_paging_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc_vnpt_ajax_paging_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """Page text with tags removed, entities decoded, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _crawl(server, follow=lambda target: True) -> set[str]:
    """Breadth-first walk over href links from START_PATH (same host, no static files)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        base = "http://fixture.invalid" + target
        for raw in _HREF.findall(body):
            href = _html.unescape(raw)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            parts = urlsplit(urljoin(base, href))
            if parts.netloc != "fixture.invalid":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.lower().endswith(_STATIC) or parts.path.endswith(_STATIC):
                continue
            if nxt not in seen and follow(nxt):
                seen.add(nxt)
                queue.append(nxt)
        assert len(seen) < 200, "the walk should stay bounded"
    return seen


def test_module_contract():
    assert portal.NAME == "aspnet_mvc_vnpt_ajax_paging_thcs"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["title"] and g["body"]
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers.get("Content-Type", "")
    text = _visible(body)
    h1 = re.search(r'<h1 class="nd-tieude">(.*?)</h1>', body, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        # a table row is printed cell by cell: its cells follow each other in the text
        assert para.replace(" | ", " ") in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert f">{gold['category']}</a>" in body  # the breadcrumb
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    # the printed date line carries the gold's day (dd/MM/yyyy, time first)
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["path"].endswith("-1914.html"):
        assert "ngày 30 tháng 11 năm 2026" in text
    else:
        assert "Cập nhật lúc: " in text and f"{d}/{m}/{y}" in text
        if "T" in gold["published_at"]:
            assert f"Cập nhật lúc: {gold['published_at'][11:16]} {d}/{m}/{y}" in text
        else:
            assert f"Cập nhật lúc: 00:00 {d}/{m}/{y}" in text


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
        assert _visible(body).count(gold["body"].split("\n\n")[-1]) == 1


def test_every_gold_article_is_reachable(server):
    reached = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in reached, alt
    for path in portal.NON_ARTICLES:
        assert path in reached, path


def test_some_articles_only_behind_page_two(server):
    reached = _crawl(server, follow=lambda t: "page=" not in t)
    hidden = {g["path"] for g in portal.GOLD} - reached
    assert {p.rsplit("-", 1)[1] for p in hidden} == {"1893.html", "1884.html", "1879.html", "1876.html"}
    # page 3 of Tin tức is linked from page 2 only
    _, p1, _ = fetch(server, "/danh-muc/tin-tuc-su-kien-12")
    _, p2, _ = fetch(server, "/danh-muc/tin-tuc-su-kien-12?page=2")
    assert 'href="?page=3"' not in p1 and 'href="?page=3"' in p2


def test_crawl_is_bounded(server):
    reached = _crawl(server)
    assert len(reached) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_home_query_is_the_home_and_fragment_is_no_page(server):
    _, home, _ = fetch(server, "/")
    status, again, _ = fetch(server, "/?page=2")
    assert status == 200 and again == home
    status, frag, _ = fetch(server, "/News/LoadPage?catId=12&page=3")
    assert status == 200 and "<html" not in frag and "-1879.html" in frag


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai",
        "/tin-tuc/bai-viet-khong-co-1918.html",
        "/tin-tuc/khong-ton-tai-99999.html",
        "/danh-muc/khong-co-99",
        "/News/Detail/42",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_static_files(server):
    for target in ("/Upload/2451/images/2026/12/kiem-tra-cds-01.jpg", "/Content/images/grey.gif"):
        status, _, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/Upload/2451/files/TB-87-lich-kiem-tra-cuoi-HKI.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as fh:
        source = fh.read()
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
