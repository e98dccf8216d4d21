"""Self-checks of the truonghocketnoi_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import truonghocketnoi_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'<(?:a|iframe)\b[^>]*\b(?:href|src)="([^"]+)"', re.I)
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"</td>\s*<td[^>]*>", " | ", page)
    return collapse(html.unescape(TAG.sub(" ", page)))


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer, scope: str) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(server, target, body):
            if link.startswith(scope) and link not in seen and not re.search(
                r"\.(jpg|png|gif|pdf|docx|css|js)(\?|$)", link
            ):
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_contract():
    assert portal.NAME == "truonghocketnoi_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h2 class="title-news">{html.escape(gold["title"])}</h2>' in page
        assert f'href="{server.base_url}{gold["canonical_path"]}"' in page
        body_html = page.split('class="ct-tools"', 1)[1].split('id="thk-docbai"', 1)[0]
        text = _text(body_html)
        for para in gold["body"].split("\n\n"):
            assert para in text, (target, para)
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body_html
            if img["caption"]:
                assert img["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["summary"]:
            assert gold["summary"] in text
        if gold["source"]:
            assert gold["source"] in text
        crumbs = page.split('class="breadcrumb"', 1)[1].split("</div>", 1)[0]
        assert gold["category"] in _text(crumbs)
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in page or f"ngày {int(d)} tháng {m} năm {y}" in page


def test_every_gold_article_reachable_within_budget(server):
    seen, pages = _crawl(server, "/")
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    scoped, scoped_pages = _crawl(server, portal.SCHOOL + "/")
    assert {g["path"] for g in portal.GOLD} <= scoped
    assert scoped_pages <= 3 * (13 + len(portal.NON_ARTICLES))
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_page_two(server):
    _, home, _ = fetch(server, portal.START_PATH)
    _, page1, _ = fetch(server, portal.SCHOOL + "/tin-tuc.html")
    _, page2, _ = fetch(server, portal.SCHOOL + "/tin-tuc.html?page=2")
    only = [g["path"] for g in portal.GOLD if g["path"] in page2 and g["path"] not in page1]
    assert only and not any(p in home for p in only[-1:])
    _, empty, _ = fetch(server, portal.SCHOOL + "/tin-tuc.html?page=3")
    assert "Chưa có bài viết nào" in empty and "tin-tuc/" not in empty.split("cot-giua", 1)[1].split("</section>", 1)[0]


def test_non_articles(server):
    for target in portal.NON_ARTICLES:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert "ct-noidung" not in page


def test_unknown_paths_404(server):
    for target in [
        portal.SCHOOL + "/khong-ton-tai.html",
        portal.SCHOOL + "/tin-tuc/bai-khong-co-9999999.html",
        portal.SCHOOL + "/tin-tuc/sai-slug-2041187.html",
        portal.SCHOOL + "/thong-bao/" + portal.S1.slug + "-2041187.html",
        "/truong-khac/",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_traps_are_printed(server):
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    assert '<h1 class="sch-name">TRƯỜNG THCS LÊ LỢI</h1>' in page
    assert 'content="2026-11-17T03:12:44.000Z"' in page
    assert "09:15 SA" in page and "Người đăng: thcsleloi.th" in page
    assert page.count(portal.S1.summary) >= 3  # sapo, pasted twice, read-aloud text
    assert 'class="tbl-anh"' in page
    _, sib, _ = fetch(server, "/pgd-tp-thanh-hoa/tin-tuc/huong-dan-kiem-tra-cuoi-hoc-ky-i-cap-thcs-1989702.html")
    assert 'class="title-news"' in sib
    assert fetch(server, portal.SCHOOL)[0] == 301
