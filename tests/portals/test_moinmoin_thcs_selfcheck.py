"""Self-checks of the moinmoin_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import moinmoin_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(page: str) -> str:
    """Visible-ish text: tags out (hidden comments too), entities decoded, whitespace collapsed."""
    page = re.sub(r'<span class="comment" style="display:none">.*?</span>', " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def content_of(page: str) -> str:
    start = page.index('<div dir="ltr" id="content"')
    return page[start:page.index('<span class="anchor" id="bottom">', start)]


def links(page: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\s[^>]*?href="([^"#]*)"', page):
        if not href:
            continue
        absolute = urljoin(base, _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[dict[str, int], int]:
    """Breadth-first over <a href> (and redirects) from START_PATH; static/attachments skipped."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen or "AttachFile" in target or target.startswith(portal.ST):
            continue
        status, body, headers = fetch(server, target)
        requests += 1
        seen[target] = status
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(links(body, server.url(target)))
    return seen, requests


def test_counts_and_names():
    assert portal.NAME == "moinmoin_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = plain(content_of(page))
    assert text.startswith(gold["title"]), "the headline is the content's first <h1>"
    assert f"<title>{gold['path'][1:]} - " in page, "<title> prints the page name"
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # table rows: cells in their own <td>
            assert cell in text, para
    for img in gold["images"]:
        assert _html.escape(img["path"]) in page
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert f"<strong>{_html.escape(gold['summary'], quote=True)}</strong>" in page
    day = gold["published_at"][:10] if gold["published_at"] else None
    if day:
        d, m, y = day[8:], day[5:7], day[:4]
        assert day in text or f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {m} năm {y}" in text
        if "T" in gold["published_at"]:
            assert f"{day} {gold['published_at'][11:19]}" in text
    assert "sửa lần cuối" in page and "ThayHung" in page
    assert TODAY in page


TODAY = "Thứ Bảy, 05/12/2026"


def test_hidden_comment_is_in_markup_but_not_gold(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("PhongChayChuaChay"))
    _, page, _ = fetch(server, gold["path"])
    assert 'class="comment" style="display:none"' in page
    assert "bổ sung số liệu" not in gold["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_article(server, gold):
    for alt in gold["alt_paths"]:
        status, page, headers = fetch(server, alt)
        assert status == 200, alt
        if "action=raw" in alt:
            assert headers["Content-Type"].startswith("text/plain")
            assert gold["body"].split("\n\n")[-1][:30] in page
        elif "recall" in alt:
            assert "Phiên bản 1" in page
        else:
            assert gold["title"] in plain(content_of(page)), alt


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in page


def test_everything_reachable_within_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_search_page_two(server):
    page2 = portal.SEARCH + "&from=5"
    _, listing, _ = fetch(server, page2)
    assert "noindex,nofollow" in listing
    only_p2 = [portal.A6, portal.A7]
    for slug in only_p2:
        assert f'href="/{slug}{portal.HL}"' in listing
    for target in ["/TrangChu", "/TinTuc", portal.SEARCH, "/ThongBao", "/" + portal.A10]:
        _, page, _ = fetch(server, target)
        for slug in only_p2:
            assert f"/{slug}" not in page, (target, slug)


def test_front_page_includes_full_text_of_two_newest(server):
    status, page, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/TrangChu"
    _, page, _ = fetch(server, "/TrangChu")
    for gold in portal.GOLD[8:10]:
        assert gold["body"].split("\n\n")[-1] in plain(page)
        assert f'[<a href="{gold["path"]}">' in page


def test_unknown_paths_404(server):
    for target in ["/KhongCo", "/TinTuc/2026-13-01_Khong", "/" + portal.A1 + "?action=recall&rev=7",
                   portal.SEARCH + "&from=50", "/ThayHung"]:
        assert fetch(server, target)[0] == 404, target


def test_attachments_serve_bytes(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"
