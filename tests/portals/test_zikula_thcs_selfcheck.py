"""Self-checks of the zikula_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import zikula_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"#]+)"')
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("mailto:", "javascript:")):
            continue
        absolute = urljoin("http://h" + base, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> list[str]:
    """Breadth-first over every same-host link of the HTML pages (images, files not followed)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = []
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        fetched.append(target)
        assert status == 200, target
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(page, urlsplit(target).path):
            if re.search(r"\.(jpg|png|gif|css|js)$", link) or link.startswith("/downloads/getfile/"):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return fetched


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_every_gold_reachable_within_budget(server):
    fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in fetched, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in fetched, path
    assert len(fetched) <= 3 * (13 + len(portal.NON_ARTICLES)), len(fetched)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    plain = _plain(page)
    assert gold["title"] in plain
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in plain, para
    if gold["summary"]:
        assert gold["summary"] in plain
    for name in gold["authors"] + gold["photographers"]:
        assert name in plain
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in plain
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in plain or f"ngày {d} tháng {m} năm {y}" in plain
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in plain
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in plain
    assert gold["category"] in plain


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        plain = _plain(page)
        assert gold["title"] in plain
        assert gold["body"].split("\n\n")[-1] in plain


def test_hidden_notices_not_on_front_pages(server):
    hidden = [s for s in portal.STORIES if s.opts.get("hide")]
    for target in ("/", "/news/view/startnum/5", "/news/view/startnum/9"):
        status, page, _ = fetch(server, target)
        assert status == 200
        for s in hidden:
            assert f"/news/{s.id}/{s.slug}" not in page


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/news/999/khong-co",
        "/news/3/sai-tieu-de",
        "/news/view/startnum/13",
        "/news/view/startnum/3",
        "/news/category/khong-co",
        "/index.php?module=News&type=user&func=display&sid=4",
        "/pages/display/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
