"""Self-checks of the mobifone_portal_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer, Request
from tests.portals import mobifone_portal_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SID = re.compile(r";jsessionid=[^/?#]*", re.IGNORECASE)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(markup: str) -> str:
    """Page text as a reader sees it: tags out, references resolved, NFC, whitespace collapsed."""
    markup = re.sub(r"<br\s*/?>", "\n", markup)
    return collapse(_html.unescape(_TAG.sub(" ", markup)))


def _links(page: str, current: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int, dict[str, list[str]]]:
    """Breadth-first over <a href> from START_PATH, session ids stripped as a sensible crawler does."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    linked_from: dict[str, list[str]] = {}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        assert requests < 200, "crawl does not end"
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, target):
            if re.search(r"\.(jpg|png|gif|pdf|ico|css|js)$", link.split("?")[0], re.I):
                continue
            clean = _SID.sub("", link)
            linked_from.setdefault(clean, []).append(target)
            if clean not in seen:
                seen.add(clean)
                queue.append(clean)
    return seen, requests, linked_from


def test_counts_and_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 14, (g["path"], n)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_article_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _plain(body)
    assert gold["title"] in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row: its cells
            assert piece in text, piece
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the page's breadcrumb prints the category
    crumb = re.search(r'<div class="duong-dan">(.*?)</div></div>', body, re.S).group(1)
    assert gold["category"] in _plain(crumb)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _plain(body)
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_dates_as_printed():
    """The printed date line and the gold agree (12-hour SA/CH clock, day-only lines)."""
    for story in portal.STORIES:
        gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(story))
        when = story.opts["when"]
        if story.id == 1370:
            assert gold["published_at"] == "2026-12-01"
            continue
        m = re.search(r"(\d\d)/(\d\d)/(\d{4}), (\d\d):(\d\d) (SA|CH)$", when)
        if m and not when.startswith("Ngày đăng"):
            d, mo, y, hh, mm, mark = m.groups()
            hour = int(hh) % 12 + (12 if mark == "CH" else 0)
            assert gold["published_at"] == f"{y}-{mo}-{d}T{hour:02d}:{mm}:00+07:00"
        else:
            d, mo, y = re.search(r"(\d\d)/(\d\d)/(\d{4})", when).groups()
            assert gold["published_at"] == f"{y}-{mo}-{d}"


def test_meta_time_carries_the_timezone_bug(server):
    status, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong-nganh/x-1371.html")
    assert status == 200
    assert 'content="2026-12-04T07:30:00+07:00"' in body
    assert "02:30 CH" in body


def test_everything_reachable_within_budget(server):
    seen, requests, linked_from = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))
    # two articles only from page 2+ of a listing
    for story_id in (1339, 1309):
        story = portal.BY_ID[story_id]
        sources = linked_from[portal.article_path(story)]
        assert sources, story_id
        for src in sources:
            assert "page=" in src and not src.endswith("page=0"), (story_id, src)


def test_pinned_copy_under_other_category(server):
    status, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong-nganh")
    assert status == 200
    story = portal.BY_ID[1356]
    assert f'href="{portal.article_path(story, "tin-hoat-dong-nganh")};jsessionid=' in body
    status, body, _ = fetch(server, portal.article_path(story, "tin-hoat-dong-nganh"))
    assert "Thi - Tuyển sinh" in _plain(re.search(r'<div class="duong-dan">(.*?)</div></div>', body, re.S).group(1))


def test_pagination_zero_based(server):
    _, first, _ = fetch(server, "/tin-tuc/thi-tuyen-sinh")
    _, zero, _ = fetch(server, "/tin-tuc/thi-tuyen-sinh?page=0")
    assert _SID.sub("", first) == _SID.sub("", zero)
    assert 'href="?page=1">2</a>' in first
    status, empty, _ = fetch(server, "/tin-tuc/thi-tuyen-sinh?page=9")
    assert status == 200 and "Không có tin bài nào" in empty


def test_session_rewriting_depends_on_cookie(server):
    _, body, headers = fetch(server, "/")
    assert f";jsessionid={portal.SID}" in body
    assert headers.get("Set-Cookie", "").startswith("JSESSIONID=")
    req = urllib.request.Request(server.url("/"), headers={"Cookie": f"JSESSIONID={portal.SID}"})
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        page = resp.read().decode("utf-8")
    assert ";jsessionid=" not in page


def test_legacy_widget_page_encoding(server):
    with NO_REDIRECTS.open(server.url("/chi-tiet-tin?id=1374"), timeout=10) as resp:
        raw = resp.read()
        ctype = resp.headers["Content-Type"]
    assert "charset" not in ctype.lower()
    pos = raw.find(b'charset=UTF-8"')
    assert pos > 4096
    assert b"meta charset" not in raw
    assert portal.BY_ID[1374].title in raw.decode("utf-8")


def test_text_encodings():
    site = portal.build_site()

    for story_id, check in ((1339, "nfd"), (1333, "ent")):
        path = portal.article_path(portal.BY_ID[story_id])
        req = Request("GET", path, "", {"Cookie": f"JSESSIONID={portal.SID}"})
        body = site.respond(req).payload().decode("utf-8")
        content = body.split('id="ndContent"', 1)[1]
        if check == "nfd":
            assert unicodedata.normalize("NFD", "quản lý") in content
        else:
            assert re.search(r"&#\d{4};", content) and re.search(r"&[a-z]+;", content)


def test_soft_404_and_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    _, body, _ = fetch(server, f"/chi-tiet-tin?id={portal.WITHDRAWN_ID}")
    assert "Tin bài không tồn tại hoặc đã bị gỡ bỏ" in body


@pytest.mark.parametrize(
    "target",
    ["/khong-ton-tai", "/tin-tuc/chuyen-muc-la", "/tin-tuc/thi-tuyen-sinh/bai-viet-9999.html", "/van-ban/1", "/upload/x"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_and_attachments_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/upload/27/files/2026/11/cv-2187-sgddt-cttt.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
