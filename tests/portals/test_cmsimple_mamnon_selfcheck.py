"""Self-checks of the cmsimple_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import cmsimple_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'(?:href|src)="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def local_links(body: str, here: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        absolute = urljoin("http://h.invalid" + here, _html.unescape(raw))
        parts = urlsplit(absolute)
        if parts.netloc != "h.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over links and the search form (empty term) from START_PATH."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        links = local_links(body, target)
        if 'name="function" value="search"' in body:
            links.append("/?function=search&search=")
        for link in links:
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [p for g in portal.GOLD for p in [g["path"], *g.get("alt_paths", [])]]
    assert len(paths) == len(set(paths))


def test_gold_pages_answer_with_title_and_fields(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            shown = page_text(body)
            assert gold["title"] in shown, target
            for para in gold["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert cell in shown, (target, cell)
            for name in gold["authors"] + gold["photographers"]:
                assert name in shown, (target, name)
            if gold["source"]:
                assert gold["source"] in shown
            if gold["summary"]:
                assert gold["summary"] in shown
            for img in gold["images"]:
                assert img["path"].rsplit("/", 1)[-1] in body
                if img["caption"]:
                    assert img["caption"] in shown
            assert gold["category"] in shown
            day = gold["published_at"]
            y, m, d = day.split("-")
            assert f"{d}.{m}.{y}" in shown or f"ngày {int(d)} tháng {int(m)} năm {y}" in shown


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_everything_reachable_within_budget(server):
    seen, pages = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert pages <= budget, (pages, budget)


def test_deep_articles_only_behind_pagination_or_archive(server):
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/?Tin-tuc")
    for story in [*portal.NEWS[4:], *portal.ARCHIVED]:
        needle = f"realblog_id={story.id}&"
        assert needle not in _html.unescape(home) and needle not in _html.unescape(first)
        assert f"realblog_id={story.id}\"" not in home + first


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "Cập nhật lần cuối" in body


def test_h1_is_page_not_headline(server):
    status, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert status == 200
    assert "<h1>Tin tức</h1>" in body and "<title>Tin tức - " in body


@pytest.mark.parametrize(
    "target",
    [
        "/nope",
        "/?Khong-co-trang",
        "/?Tin-tuc&realblog_id=999",
        "/?Tin-tuc&realblog_id=42",
        "/?Tin-tuc&realblog_page=9",
        "/?Tin-tuc&realblog_year=2019",
        "/?Tin-tuc&realblog_id=41&realblog_page=3",
        "/?&bogus",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
