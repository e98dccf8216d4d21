"""Self-checks of the dnn_vendor_news_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnn_vendor_news_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_STATIC = (".jpg", ".png", ".gif", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + here, href))
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().endswith(_STATIC) or target.startswith(("/DnnImageHandler", "/LinkClick")):
            continue
        out.append(target)
    return out


def _crawl(server) -> set[str]:
    seen, queue = {portal.START_PATH}, [portal.START_PATH]
    while queue:
        here = queue.pop(0)
        status, body, _ = fetch(server, here)
        assert status == 200, here
        for link in _links(body, here):
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert len(seen) < 200
    return seen


def test_shape():
    assert portal.NAME == "dnn_vendor_news_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[5])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"Ngày đăng: {d}/{m}/{y}" in text
    # the headline is not a heading element; the container title is
    assert "<h1" not in body
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _text(alt_body)


def test_all_gold_reachable_and_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_page_two_only(server):
    """Some posts are linked only from page 2 of their category."""
    status, home, _ = fetch(server, "/")
    assert status == 200
    for aid in (389, 377, 384, 371):
        assert f"/ArticleID/{aid}/" not in home
    status, p2, _ = fetch(server, "/tin-tuc/tabid/84/CatID/11/Page/2/Default.aspx")
    assert status == 200 and "/ArticleID/377/" in p2


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "path",
    [
        "/khong-co-trang-nay.aspx",
        "/tin-tuc/tabid/84/ArticleID/999/khong-co.aspx",
        "/tin-tuc/tabid/84/CatID/11/Page/9/Default.aspx",
        "/tin-tuc/tabid/84/CatID/99/Default.aspx",
        "/Default.aspx?tabid=84&ArticleID=1",
        "/van-ban/tabid/90/DocID/99/Default.aspx",
    ],
)
def test_unknown_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
