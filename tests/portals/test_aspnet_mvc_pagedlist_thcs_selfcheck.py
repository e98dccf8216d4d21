"""Self-checks of the aspnet_mvc_pagedlist_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc_pagedlist_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?\shref="([^"#]+)"', re.I)
_STATIC = (".jpg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"</td>\s*<td\b", " | <td", page)  # a table row reads as cells joined by " | "
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        if parts.path.lower().endswith(_STATIC) or parts.path.startswith("/Uploads/"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, str]]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        pages[target] = body
        for link in _links(server, target, body):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        h2 = re.search(r'<h2 class="tieude_ct">(.*?)</h2>', page, re.S)
        assert h2 and collapse(_html.unescape(h2.group(1))) == gold["title"]
        assert "/tin-tuc/danh-muc/" in page
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page
        # trap 1: the title tag and the only h1 are not the headline
        assert gold["title"] not in re.search(r"<title>(.*?)</title>", page).group(1)
        assert re.findall(r"<h1\b[^>]*>(.*?)</h1>", page) == ["TRƯỜNG THCS PHAN BỘI CHÂU"]
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page, re.S).group(1)
    assert _text(crumbs).endswith(gold["category"])


def test_printed_dates_match_gold(server):
    for gold in portal.GOLD:
        story = next(s for s in portal.STORIES if portal.url_of(s) == gold["path"])
        _, page, _ = fetch(server, gold["path"])
        printed = story.opts["printed"]
        assert f"Ngày đăng: {printed}" in page
        day, clock, half = printed.split(" ")
        d, m, y = day.split("/")
        h, mi, _s = (int(x) for x in clock.split(":"))
        hour = h % 12 + (12 if half == "CH" else 0)
        if hour == 0 and mi == 0:
            assert gold["published_at"] == f"{y}-{m}-{d}"
        else:
            assert gold["published_at"] == f"{y}-{m}-{d}T{hour:02d}:{mi:02d}:00+07:00"


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_page_four_only_from_page_three(server):
    _seen, pages = _crawl(server)
    p4 = "/tin-tuc/danh-muc/tin-tuc-su-kien?page=4"
    linking = [t for t, body in pages.items() if p4 in _links(server, t, body)]
    assert linking == ["/tin-tuc/danh-muc/tin-tuc-su-kien?page=3"]
    only = portal.url_of(portal.BY_ID[1230])
    linking = [t for t, body in pages.items() if only in _links(server, t, body)]
    assert linking == [p4]


def test_lazy_images_and_repeated_sapo(server):
    story = portal.BY_ID[1288]
    _, page, _ = fetch(server, portal.url_of(story))
    assert 'src="/Content/images/grey.gif" data-original="/Uploads/thcspbc/2026/11/kiem-tra-dau-nam-1.jpg"' in page
    story = portal.BY_ID[1291]
    _, page, _ = fetch(server, portal.url_of(story))
    assert _text(page).count(story.summary) == 2


def test_ajax_partial(server):
    import urllib.request

    req = urllib.request.Request(
        server.url("/tin-tuc/danh-muc/tin-tuc-su-kien?page=2"), headers={"X-Requested-With": "XMLHttpRequest"}
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=10) as resp:
        body = resp.read().decode("utf-8")
    assert body.startswith('<div id="dsTin"') and "<html" not in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, page, _ = fetch(server, path)
    assert status == 200 and 'class="breadcrumb"' in page


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/tin-tuc/bai-khong-co-99999",
        "/Home/ChiTiet/5",
        "/tin-tuc/danh-muc/khong-co",
        "/tin-tuc/danh-muc/tin-tuc-su-kien?page=9",
        "/gioi-thieu/khong-co",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
