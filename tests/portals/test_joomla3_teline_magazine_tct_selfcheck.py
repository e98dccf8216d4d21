"""Self-checks of the joomla3_teline_magazine_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_teline_magazine_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _has(para: str, text: str) -> bool:
    """A paragraph is on the page; a table row (cells joined by " | ") as its cells in order."""
    return " ".join(para.split(" | ")) in text


def _text(page: str) -> str:
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("#", "mailto:", "javascript:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_page(target: str) -> bool:
    return not re.search(r"\.(jpg|png|gif|ico|css|js|pdf)$", urlsplit(target).path)


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over every link of the site, skipping rel=nofollow print views."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        pages[target] = body
        for link in _links(body, urlsplit(target).path):
            if link in seen or not _is_page(link) or "print=1" in link:
                continue
            seen.add(link)
            queue.append(link)
    return pages


def test_exactly_13_gold_and_non_articles_count():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert _html.escape(g["title"], quote=True) in body
        assert f'datetime="{g["published_at"]}" itemprop="datePublished"' in body
        assert f"<title>{_html.escape(g['title'], quote=True)} - " in body


def test_gold_fields_appear_on_the_whole_page(server):
    for g in portal.GOLD:
        # the print view holds the whole text (pagebreak included)
        status, body, _ = fetch(server, g["alt_paths"][0])
        assert status == 200
        text = _text(body)
        for para in g["body"].split("\n\n"):
            if "@" in para:  # the cloaked address lives in the script: check around it
                head, _, tail = para.partition(portal._EMAIL)
                assert collapse(head) in text and "cloak" in body
                assert tail in text
                assert "'phongdaotao.tct' + '&#64;'" in body
            else:
                assert _has(para, text), (g["path"], para)
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert _html.escape(img["caption"], quote=True) in body
        for name in g["authors"] + g["photographers"]:
            assert name in text
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        assert g["category"] in text


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _html.escape(g["title"], quote=True) in body


def test_pagebreak_pages_split_the_text(server):
    g = next(x for x in portal.GOLD if x["path"].split("/")[-1].startswith("315-"))
    paras = g["body"].split("\n\n")
    _, first, _ = fetch(server, g["path"])
    _, second, _ = fetch(server, g["path"] + "?start=1")
    _, whole, _ = fetch(server, g["path"] + "?showall=1")
    assert _has(paras[0], _text(first)) and not _has(paras[-1], _text(first))
    assert _has(paras[-1], _text(second)) and not _has(paras[0], _text(second))
    assert all(_has(p, _text(whole)) for p in paras)


def test_every_gold_article_is_reachable(crawl):
    for g in portal.GOLD:
        assert g["path"] in crawl, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl, path


def test_crawl_stays_within_budget(crawl):
    pages = [t for t in crawl if _is_page(t)]
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    # the walk skips the 13 nofollow print views: count them as a sensible crawler might
    assert len(pages) + 13 <= budget, len(pages)


def test_only_via_page_two(crawl):
    page2 = "/tin-tuc-su-kien/8-dao-tao-boi-duong.html?start=4"
    assert page2 in crawl
    oldest = next(g["path"] for g in portal.GOLD if "/293-" in g["path"])
    linking = [
        t
        for t, body in crawl.items()
        if f'href="{oldest}"' in body and "/293-" not in t  # its own headline links to itself
    ]
    assert linking == [page2]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in [
        "/khong-co-trang-nay.html",
        "/tin-tuc-su-kien/8-dao-tao-boi-duong/999-khong-co.html",
        "/tin-tuc-su-kien/9-nghien-cuu-khoa-hoc/318-sai-chuyen-muc.html",
        "/tin-tuc-su-kien/8-dao-tao-boi-duong.html?start=40",
        "/tin-tuc-su-kien/77-khong-co.html",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
