"""Self-checks of the pluck_cms_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import pluck_cms_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, page_url: str) -> list[str]:
    base = re.search(r'<base href="([^"]+)"', page)
    root = base.group(1) if base else page_url
    out = []
    for m in re.finditer(r'<a\b[^>]*\bhref="([^"]*)"', page):
        href = _html.unescape(m.group(1))
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        out.append(urljoin(root, href.split("#")[0]))
    return out


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH; returns seen targets and page fetches."""
    start = server.url(portal.START_PATH)
    queue, seen, fetched = [start], {start}, 0
    ok: set[str] = set()
    while queue:
        url = queue.pop(0)
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        ok.add(target)
        for link in _links(body, url):
            lp = urlsplit(link)
            if lp.netloc != urlsplit(start).netloc or lp.path.lower().endswith(STATIC_EXT):
                continue
            if lp.path == "/login.php":
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return ok, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f'<div class="kop">{_html.escape(gold["title"])}</div>' in body, target


def test_gold_fields_on_page(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, gold["path"])
        text = _text(body)
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (gold["path"], piece)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            src = img["path"].lstrip("/")
            assert f'src="{src}"' in body, src
            if img["caption"]:
                assert img["caption"] in text
        assert f"{story.opts['date']} lúc {story.opts['time']} trong {gold['category']}" in text
        day = gold["published_at"][:10]
        assert story.opts["date"] == f"{day[5:7]}-{day[8:10]}-{day[:4]}"


def test_rewritten_pages_have_base(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["alt_paths"][0])
    assert re.search(r'<base href="http://127\.0\.0\.1:\d+/" />', body)


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'id="blog_post"' not in body


def test_reachable_and_within_budget(server):
    ok, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in ok, target
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_only_page_three_reaches_oldest(server):
    oldest = portal.STORIES[0].slug
    for target in ("/", "/?file=tin-tuc", "/?file=tin-tuc&pagenr=2", "/?file=tin-tuc&cat=hoat-dong"):
        _, body, _ = fetch(server, target)
        assert oldest not in body, target
    _, body, _ = fetch(server, "/?file=tin-tuc&pagenr=3")
    assert oldest in body


@pytest.mark.parametrize(
    "target",
    [
        "/nope",
        "/?file=khong-co",
        "/?file=tin-tuc&module=blog&page=viewpost&post=khong-co",
        "/?file=tin-tuc&pagenr=9",
        "/?file=tin-tuc&cat=xyz",
        "/tin-tuc/viewpost/khong-co",
        "/tin-tuc/viewpost/?file=gioi-thieu",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
