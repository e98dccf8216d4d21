"""Self-checks of the liferay74_asset_publisher_fullcontent_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay74_asset_publisher_fullcontent_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
TAG = re.compile(r"<[^>]+>")
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    return collapse(_html.unescape(TAG.sub(" ", SCRIPT.sub(" ", markup))))


def links(markup: str, target: str) -> list[str]:
    out = []
    for href in HREF.findall(markup):
        href = _html.unescape(href).strip()
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Breadth-first over <a href> links from START_PATH, following redirects: status and referrers."""
    seen: dict[str, int] = {}
    referrers: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = headers.get("Location", "")
            nxt = urlsplit(urljoin("http://fixture.invalid" + target, loc))
            queue.append(nxt.path + (f"?{nxt.query}" if nxt.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, target):
            referrers.setdefault(link, set()).add(target)
            if link not in seen:
                queue.append(link)
    return seen, referrers


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_paths_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (target, name)
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert _html.escape(img["path"]) in body, (target, img["path"])
            if img["caption"]:
                assert img["caption"] in text
        if "_viewMode=print" not in target:  # the print pop-up has no chrome
            assert gold["category"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] in text


def test_canonical_points_at_display_page(server):
    for gold in portal.GOLD:
        for target in gold["alt_paths"]:
            _, body, _ = fetch(server, target)
            m = re.search(r'<link[^>]*href="([^"]+)"[^>]*rel="canonical"', body)
            assert m and urlsplit(m.group(1)).path == gold["canonical_path"]


def test_every_article_reachable_from_start(crawled):
    seen, _ = crawled
    reached = {t for t, status in seen.items() if status == 200}
    for gold in portal.GOLD:
        forms = {gold["path"], *gold["alt_paths"]}
        assert forms & reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path


def test_some_articles_only_on_page_two(crawled):
    _, referrers = crawled
    assert len(portal.PAGE_TWO_ONLY) >= 2
    for story_id in portal.PAGE_TWO_ONLY:
        story = portal.BY_ID[story_id]
        gold = next(g for g in portal.GOLD if g["path"] == portal.w_path(story))
        refs = set()
        for form in [gold["path"], *gold["alt_paths"]]:
            refs |= referrers.get(form, set())
        assert refs, story.slug
        assert all("_cur=2" in r for r in refs), (story.slug, refs)


def test_crawl_is_bounded(crawled):
    seen, _ = crawled
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    pages = [t for t in seen if not t.startswith(("/documents/", "/image/", "/o/"))]
    assert len(pages) + sum(1 for t in seen if t.startswith("/documents/")) <= budget, len(seen)


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    for path in [
        "/web/sgddt/khong-co-trang-nay",
        "/web/sgddt/w/khong-co-bai-nay",
        "/web/sgddt/thong-bao/-/asset_publisher/Ht9KsQ2LmP4v/content/khong-co",
        "/documents/1804217/1804590/x.jpg/00000000-0000-0000-0000-000000000000",
        "/robots.txt",
    ]:
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_redirects(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
    status, _, headers = fetch(server, "/c/portal/update_language?p_l_id=1&redirect=%2Fweb%2Fsgddt%2Fvideo&languageId=en_US")
    assert status == 302 and headers["Location"] == "/web/sgddt/video"


def test_images_and_documents_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, portal.document("ke-hoach-2415-kh-sgddt.pdf"))
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_nfd_article_is_decomposed_on_the_wire(server):
    story = portal.BY_ID[5]
    _, body, _ = fetch(server, portal.w_path(story))
    first = story.blocks[0].text
    assert unicodedata.normalize("NFD", first) in body
    assert first not in body


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source
