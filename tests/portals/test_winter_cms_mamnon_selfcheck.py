"""Self-checks of the winter_cms_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import winter_cms_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        full = urljoin("http://h" + here, href)
        parts = urlsplit(full)
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_contract_shape():
    assert portal.NAME == "winter_cms_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


def test_gold_pages_serve_title_and_fields(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            text = _text(page)
            assert g["title"] in text, target
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert cell in text, (target, cell)
            for name in g["authors"] + g["photographers"]:
                assert name in text, (target, name)
            if g["source"]:
                assert g["source"] in text
            for img in g["images"]:
                assert f'src="{img["path"]}"' in page
                if img["caption"]:
                    assert img["caption"] in text


def test_dates_printed_locally(server):
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        d = g["published_at"]
        day = f"{d[8:10]}/{d[5:7]}/{d[0:4]}"
        assert day in page, g["path"]
        if len(d) > 10:
            assert f"{d[11:16]} - {day}" in page
        else:
            assert f"00:00 - {day}" in page


def test_utc_trap_present(server):
    _, page, _ = fetch(server, "/blog/post/be-doc-tho-mua-dong-cua-be")
    assert "on Nov 30, 2026" in page
    assert 'datetime="2026-11-30T23:15:00+00:00"' in page
    assert "06:15 - 01/12/2026" in page


def test_featured_images_after_text_with_filename_data_src(server):
    _, page, _ = fetch(server, "/blog/post/be-lop-la-tham-quan-nong-trai-phu-phong")
    assert page.index('class="featured-images') > page.index('class="bv-nd"')
    assert 'data-src="IMG_20261111_0915.jpg"' in page


def test_non_articles_answer_200(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ["/khong-co", "/blog/post/khong-co", "/blog/category/khong-co", "/gioi-thieu/x"]:
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_page_overflow_redirects(server):
    status, _, headers = fetch(server, "/blog?page=99")
    assert status == 302 and headers["Location"] == "/blog?page=3"


def test_images_answer(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, _ = fetch(server, img["path"])
            assert status == 200


def test_every_article_reachable_within_budget(server):
    start = portal.START_PATH
    seen = {start}
    queue = deque([start])
    pages = 0
    while queue:
        target = queue.popleft()
        status, page, _ = fetch(server, target)
        pages += 1
        if status != 200:
            continue
        for link in _links(page, target):
            if link not in seen and not link.startswith(("/storage/", "/themes/", "/modules/")):
                seen.add(link)
                queue.append(link)
    gold = {g["path"] for g in portal.GOLD}
    assert gold <= seen
    assert set(portal.NON_ARTICLES) <= seen
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert pages <= budget, pages


def test_some_articles_only_on_later_pages(server):
    _, home, _ = fetch(server, "/")
    _, blog1, _ = fetch(server, "/blog")
    first = set(_links(home, "/")) | set(_links(blog1, "/blog"))
    for g in portal.GOLD[8:]:
        assert g["path"] not in first and g["path"] + "/" not in first, g["path"]
