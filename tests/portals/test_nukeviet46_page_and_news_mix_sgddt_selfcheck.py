"""Self-checks of the nukeviet46_page_and_news_mix_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_page_and_news_mix_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(_TAGS.sub(" ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over <a href> from START_PATH, following redirects; HTML pages only."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for link in _links(body, target):
            if link not in seen and not re.search(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", link):
                queue.append(link)
    return seen, pages


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_serves_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = _text(body)
    assert gold["title"] in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    assert gold["category"] in _html.unescape(body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _text(body)
        assert f'href="{server.base_url}{gold["path"]}"' in body


def test_every_gold_article_reachable_and_crawl_bounded(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_page_two(server):
    first_pages = ["/", "/tin-tuc/"] + [f"/tin-tuc/{c}/" for c in portal.CATS]
    bodies = " ".join(fetch(server, p)[1] for p in first_pages)
    second = " ".join(fetch(server, f"/tin-tuc/{c}/page-2/")[1] for c in portal.CATS)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in bodies]
    assert len(hidden) >= 4
    for path in hidden:
        assert path in second


def test_non_articles_answer_and_look_like_pages(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="news-bodyhtml"' not in body
    status, body, _ = fetch(server, portal.NON_ARTICLES[0])
    assert "Cập nhật: " in body and "Chia sẻ" in body and "<h1" in body


def test_traps_are_in_place(server):
    a3 = portal.BY_ID[438]
    _, body, _ = fetch(server, portal.article_path(a3))
    assert 'data-src="/uploads/news/2026_12/trao-qua-meo-vac-02.jpg"' in body
    assert 'content="2026-12-02+0709:15:00"' in body
    assert "2026-12-02T02:15:00+00:00" in body
    assert "Nghe đọc bài viết" in body and "Tin cũ hơn" in body and "Ý kiến bạn đọc" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[418]))
    assert "Thứ năm, 22/10/2026 - 00:00" in body
    lead = portal.BY_ID[418].summary
    hometext = body.split('<div class="hometext', 1)[1].split("</div>", 1)[0]
    bodyhtml = body.split('id="news-bodyhtml"', 1)[1].split("</div>", 1)[0]
    assert lead in _text(hometext) and lead in _text(bodyhtml)  # the editor pasted the sapo again
    a2 = portal.BY_ID[427]
    other = portal.article_path(a2, "hoat-dong-chuyen-mon")
    assert other in fetch(server, "/tin-tuc/hoat-dong-chuyen-mon/")[1]
    _, body, _ = fetch(server, other)
    trail = body.split('class="temp-breadcrumbs hidden"', 1)[1].split("</ul>", 1)[0]
    assert "Hoạt động chuyên môn" in trail and "Tin hoạt động" not in trail
    assert '<ul class="breadcrumbs list-none"></ul>' in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[415]))
    assert "&#7897;" in body and "/assets/news/2026_10/doan-kiem-tra-dong-van.jpg" in body
    status, _, headers = fetch(server, portal.article_path(portal.BY_ID[441]) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_unknown_paths_404(server):
    for path in (
        "/khong-ton-tai.html",
        "/tin-tuc/khong-co-muc/",
        "/tin-tuc/tag/khong-co",
        "/gioi-thieu/khong-co.html",
        "/van-ban/khong-co-999.html",
        "/tin-tuc/tin-hoat-dong/bai-khong-co-9999.html",
    ):
        assert fetch(server, path)[0] == 404, path
    status, _, headers = fetch(server, "/tin-tuc/thong-bao/page-9/")
    assert status == 301 and headers["Location"] == "/tin-tuc/thong-bao/"
