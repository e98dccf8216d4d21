"""Self-checks of the wp_multisite_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_multisite_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"'#]*)""", re.I)
FORM = re.compile(r"""<form\b[^>]*?\baction\s*=\s*["']([^"'#]*)""", re.I)
TAG = re.compile(r"<[^>]+>")
INLINE = re.compile(r"</?(a|span|strong|em|b|i|u|sup|o:p)\b[^>]*>", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    return collapse(_html.unescape(TAG.sub(" ", INLINE.sub("", page))))


def _local(server: PortalServer, base: str, href: str) -> str | None:
    url = urljoin(base, _html.unescape(href))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer, skip=lambda t: False) -> dict[str, int]:
    """Breadth-first over links and form actions from START_PATH; redirects followed by hand."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            nxt = _local(server, server.url(target), headers.get("Location", ""))
            if nxt:
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in HREF.findall(body) + FORM.findall(body):
            nxt = _local(server, server.url(target), href)
            if nxt and not re.search(r"\.(jpe?g|png|gif|pdf|css|js)$", urlsplit(nxt).path, re.I):
                queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "wp_multisite_sgddt"
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _visible(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        # a table row's cells are joined by " | " in the gold, printed in cells on the page
        assert " ".join(para.split(" | ")) in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    assert gold["category"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    printed = [f"{d}/{m}/{y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{int(d)}, {y}", f"{d} Tháng {m}, {y}"]
    assert any(p in text for p in printed), day


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = _visible(body)
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1] in text


def test_everything_reachable_from_start(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path


def test_page_two_is_the_only_way_to_some_articles(server):
    """Without listings' second pages (pager links, the Query Loop's ?query-5-page=2) two posts are lost."""
    seen = _crawl(server, skip=lambda t: "/page/2/" in t or "query-5-page=2" in t)
    lost = {g["path"] for g in portal.GOLD if seen.get(g["path"]) != 200}
    assert lost == {portal.post_path(portal.M4), portal.post_path(portal.B2)}


def test_crawl_is_bounded(server):
    """A sensible crawl (no login or print variants) stays within 3 x (13 + non-articles) pages."""
    seen = _crawl(server, skip=lambda t: "wp-login.php" in t or "/print/" in t or "replytocom" in t)
    pages = [t for t, s in seen.items() if s == 200]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1" in body


def test_duplicates_point_home(server):
    """The broadcast copy names the original as canonical; the subsite sign-up goes to the network's."""
    copy = portal.copy_path(portal.A1)
    status, body, _ = fetch(server, copy)
    assert status == 200
    assert f'rel="canonical" href="{server.base_url}{portal.post_path(portal.A1)}"' in body
    status, _, headers = fetch(server, "/thcs-levanthiem/wp-signup.php")
    assert status == 302 and headers["Location"].endswith("/wp-signup.php")
    status, _, headers = fetch(server, f"/thpt-phandinhphung/?p={portal.A1.id}")
    assert status == 301 and headers["Location"].endswith(portal.post_path(portal.A1))


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai/",
        "/blog/2026/12/khong-co-bai-nay/",
        "/blog/category/tin-tuc-su-kien/page/9/",
        "/thpt-phandinhphung/category/tin-hoat-dong/page/5/",
        "/thcs-levanthiem/?query-5-page=7",
        "/mn-hoasen/2026/12/khong-co/",
        "/2026/12/tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027/",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img["path"]
