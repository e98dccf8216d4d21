"""Self-check of the vnpt_smartcms_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import vnpt_smartcms_pgd as portal
from ._common import collapse
from ._selfcheck import NO_REDIRECTS, fetch

_LINK = re.compile(r'(?:href|action)="([^"]*)"')
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
_TAG = re.compile(r"<[^>]+>")
_JSID = re.compile(r";jsessionid=[0-9A-F]+")
COOKIE = {"Cookie": f"JSESSIONID={portal.JSID}"}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server, target, cookie=True):
    import urllib.error
    import urllib.request

    req = urllib.request.Request(server.url(target), headers=COOKIE if cookie else {})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _page_text(page: str) -> str:
    return collapse(html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", page))))


def _targets(page: str, base: str) -> list[str]:
    out = []
    for raw in _LINK.findall(page):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        parts = urlsplit(urljoin("http://x" + base, href))
        if parts.netloc != "x":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, cookie: bool) -> tuple[set[str], int]:
    """Breadth-first walk over links and GET forms; jsessionid stripped. Returns (seen, pages)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if target.startswith(("/upload/", "/resources/")) or "binh-chon" in target:
            continue
        status, body, headers = _get(server, target, cookie)
        pages += 1
        if status in (301, 302):
            queue.append(_JSID.sub("", headers["Location"]))
            continue
        assert status == 200, target
        for t in _targets(body, target):
            queue.append(_JSID.sub("", t))
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or re.fullmatch(
            r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"]
        )
        assert g["body"]
        assert g["category"] in portal.CATS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages(server, gold):
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    text = _page_text(page)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        # a table row is its cells joined by " | ": each cell is printed in its own <td>
        for piece in para.split(" | "):
            assert piece in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{html.escape(gold["path"])}"' in page
    # every alternative address serves the same article
    for alt in gold["alt_paths"]:
        status, other, _ = _get(server, alt, cookie=False)
        assert status == 200, alt
        assert gold["title"] in _page_text(other)


def test_dates_printed(server):
    for story in portal.STORIES:
        _, page, _ = _get(server, portal.article_path(story))
        assert f"Ngày đăng: {story.opts['posted']}" in page
        if story.published_at and "T" in story.published_at:
            day, time = story.published_at[:10], story.published_at[11:16]
            y, m, d = day.split("-")
            assert story.opts["posted"] == f"{d}/{m}/{y} {time}"


def test_encodings(server):
    _, page, _ = _get(server, portal.article_path(portal.BY_ID[5142]))
    assert unicodedata.normalize("NFD", "Ngày hội đọc sách") in page
    _, page, _ = _get(server, portal.article_path(portal.BY_ID[5131]))
    first = portal.BY_ID[5131].paragraphs[0]
    assert first not in page  # stored with character references
    assert re.search(r"&#\d{4};", page) and re.search(r"&[a-z]+;", page)
    assert first in _page_text(page)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = _get(server, path)
        assert status == 200, path


def test_unknown_404(server):
    for target in (
        "/khong-ton-tai",
        "/portal/tin-tuc/chi-tiet/9999?categoryId=21",
        "/portal/tin-tuc/chi-tiet/5201?categoryId=22",
        "/portal/gioi-thieu/khong-co",
        "/portal/van-ban/1",
        "/portal/tin-tuc/danh-sach?categoryId=99",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_jsessionid_rewriting(server):
    status, page, headers = _get(server, "/portal/trang-chu", cookie=False)
    assert status == 200
    assert f";jsessionid={portal.JSID}" in page
    assert "JSESSIONID=" in headers.get("Set-Cookie", "")
    _, page, _ = _get(server, "/portal/trang-chu")
    assert "jsessionid" not in page


@pytest.mark.parametrize("cookie", [True, False])
def test_reachable_within_budget(server, cookie):
    seen, pages = _crawl(server, cookie)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only(server):
    """The older articles of categories 21 and 22 are linked only from page 2 of their list."""
    _, home, _ = _get(server, "/portal/trang-chu")
    page1 = _get(server, portal.list_path(21))[1] + _get(server, portal.list_path(22))[1]
    for sid in (5142, 5131, 5150, 5136):
        assert f"/chi-tiet/{sid}?" not in home
        assert f"/chi-tiet/{sid}?" not in page1
    _, page2, _ = _get(server, portal.list_path(21, 2))
    assert "/chi-tiet/5142?categoryId=21" in page2


def test_pager_overflow_is_bounded(server):
    status, page, _ = _get(server, portal.list_path(21, 3))
    assert status == 200
    assert "Không có dữ liệu" in page
    assert "phantrang" not in page


def test_start_redirects(server):
    status, _, headers = _get(server, "/")
    assert status == 302 and headers["Location"] == "/portal/trang-chu"
