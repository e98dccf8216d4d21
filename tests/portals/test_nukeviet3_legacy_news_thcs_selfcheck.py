"""Self-checks of the nukeviet3_legacy_news_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet3_legacy_news_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico", ".swf", ".flv")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(markup: str, base: str) -> list[str]:
    out = []
    for href in _HREF.findall(markup):
        href = _html.unescape(href).strip()
        if not href or href.startswith(("javascript:", "mailto:", "ymsgr:", "#")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + base, href))
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(target)
    return out


def crawl(server, skip=lambda target: False) -> dict[str, int]:
    """Breadth-first over links from START_PATH, following redirects; target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue.extend(links(body, target))
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 14


def test_gold_pages_answer_with_title_and_fields(server):
    for g, story in zip(portal.GOLD, portal.STORIES, strict=True):
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        txt = page_text(body)
        h1 = re.search(r"<h1>(.*?)</h1>", body, re.S).group(1)
        assert collapse(_html.unescape(h1)) == g["title"]
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in txt, (g["path"], cell)
            else:
                assert para in txt, (g["path"], para)
        if g["summary"]:
            h2 = re.search(r"<h2>(.*?)</h2>", body, re.S).group(1)
            assert collapse(_html.unescape(h2)) == g["summary"]
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        raw = _html.unescape(body)
        for img in g["images"]:
            assert f'src="{img["path"]}"' in raw, img
            if img["caption"]:
                assert img["caption"] in txt
        assert portal.short_time(story) in txt
        assert CATEGORY_CRUMB(body) == g["category"]


def CATEGORY_CRUMB(body: str) -> str:
    crumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', body, re.S).group(1)
    return collapse(_html.unescape(re.findall(r"<span>(.*?)</span>", crumbs)[-1]))


def test_official_notice_date_is_the_letterhead(server):
    g = next(g for g in portal.GOLD if g["path"].endswith("-470.html"))
    _, body, _ = fetch(server, g["path"])
    assert "ngày 01 tháng 12 năm 2026" in page_text(body)
    assert g["published_at"] == "2026-12-01"


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            assert status == 200, alt
            assert g["body"].split("\n\n")[-1] in page_text(body), alt
            if "/savefile/" in alt:
                assert headers["Content-Disposition"].startswith("attachment")


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert seen.get(g["path"]) == 200, g["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_behind_page_two(server):
    seen = crawl(server, skip=lambda t: "/page-" in t)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(hidden) >= 2, hidden
    _, body, _ = fetch(server, "/news/Tin-tuc-Su-kien/")
    assert 'href="/news/Tin-tuc-Su-kien/page-3/">2</a>' in body


def test_offset_pagination(server):
    assert fetch(server, "/news/Tin-tuc-Su-kien/page-3/")[0] == 200
    assert fetch(server, "/news/Tin-tuc-Su-kien/page-2/")[0] == 200  # offset 2: overlaps
    assert fetch(server, "/news/Tin-tuc-Su-kien/page-6/")[0] == 404


def test_old_alias_redirects(server):
    status, _, headers = fetch(server, f"/news/Hoat-dong-chuyen-mon/{portal.OLD_ALIAS_451}-451.html")
    assert status == 301
    assert headers["Location"] == portal.link(portal.BY_ID[451])


def test_non_articles_and_unknown(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in (
        "/nope",
        "/news/Tin-tuc-Su-kien/Khong-co-bai-nay-999.html",
        "/news/Khong-co-chuyen-muc/",
        "/about/Khong-co.html",
        "/index.php?language=vi&nv=news&op=Tin-tuc-Su-kien/Khong-co-999",
        "/index.php?language=en",
    ):
        assert fetch(server, path)[0] == 404, path


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source
