"""Self-checks of the liferay71_wcd_tags_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay71_wcd_tags_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\b[^>]*?\bhref=["']([^"'#]+)["']""", re.I)
FORM = re.compile(r"""<form\b([^>]*)>(.*?)</form>""", re.I | re.S)
ACTION = re.compile(r"""\baction=["']([^"']+)["']""", re.I)
INPUT = re.compile(r"""<input\b[^>]*\bname=["']([^"']+)["'][^>]*>""", re.I)
CANONICAL = re.compile(r"""<link href="http://[^/"]+([^"]*)" rel="canonical" />""")
TAG = re.compile(r"<[^>]+>")
MEDIA = ("/documents/", "/image/", "/o/", "/combo")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    return collapse(_html.unescape(TAG.sub(" ", body)))


def _links(base: str, body: str, *, paging: bool = True) -> list[str]:
    out = []
    for href in HREF.findall(body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + base, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not paging and "_cur=" in target:
            continue
        out.append(target)
    for attrs, inner in FORM.findall(body):
        action = ACTION.search(attrs)
        if not action or 'method="post"' in attrs.lower():
            continue
        names = INPUT.findall(inner)
        out.append(action.group(1) + "?" + "&".join(f"{n}=" for n in names))
    return out


def _norm(target: str) -> str:
    """A target as a client sends it: non-ASCII letters percent-encoded."""
    from urllib.parse import quote

    return quote(target, safe="/?&=%:+-._~!$'()*,;@")


def _crawl(server, *, paging: bool = True) -> dict[str, tuple[int, str]]:
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = _norm(queue.popleft())
        if target in seen or target.startswith(MEDIA):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(_links(urlsplit(target).path, body, paging=paging))
    return seen


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_contract():
    assert portal.NAME == "liferay71_wcd_tags_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= g["body"].count("\n\n") + 1 <= 12, g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page_serves_article(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row is its cells joined by " | "
            assert cell in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    m = CANONICAL.search(body)
    assert m and m.group(1) == gold["canonical_path"]
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    assert f"{d}/{mo}/{y}" in text or f"ngày {int(d)} tháng {int(mo)} năm {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        assert gold["title"] in _page_text(body)
        assert CANONICAL.search(body).group(1) == gold["path"]


def test_every_gold_article_reachable(crawl):
    reached = {t for t, (status, _) in crawl.items() if status == 200}
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]


def test_reachable_article_targets_are_in_gold(crawl):
    """Every crawled page whose canonical is an article is its gold path or one of its alt paths."""
    by_path = {g["path"]: g for g in portal.GOLD}
    for target, (status, body) in crawl.items():
        if status != 200:
            continue
        m = CANONICAL.search(body)
        if m and m.group(1) in by_path:
            g = by_path[m.group(1)]
            assert target == g["path"] or target in g["alt_paths"], target


def test_some_articles_only_behind_page_two(server):
    shallow = _crawl(server, paging=False)
    reached = {t for t, (status, _) in shallow.items() if status == 200}
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in reached]
    assert len(hidden) >= 2, hidden


def test_crawl_is_bounded(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)), len(crawl)


def test_non_articles(server, crawl):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        m = CANONICAL.search(body)
        assert not m or m.group(1) not in {g["path"] for g in portal.GOLD}
        assert path in crawl, path


def test_home_shows_notice_in_full_but_is_not_it(server):
    status, body, _ = fetch(server, "/web/pgd-donganh")
    assert status == 200
    text = _page_text(body)
    notice = next(g for g in portal.GOLD if "kỳ thi chọn học sinh giỏi lớp 9" in g["title"])
    assert "Số: 412/TB-PGDĐT" in text  # the whole notice, letterhead and all, is on the home page
    for para in notice["body"].split("\n\n"):
        assert para in text
    assert CANONICAL.search(body).group(1) == "/web/pgd-donganh"


def test_redirects_and_unknown(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/web/pgd-donganh"
    status, _, headers = fetch(server, "/web/pgd-donganh/-/ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11")
    assert status == 301
    for target in (
        "/web/pgd-donganh/khong-co-trang-nay",
        "/web/pgd-donganh/-/bai-khong-ton-tai",
        "/web/pgd-donganh/tin-tuc-su-kien/-/asset_publisher/Kx7pQ2mZr9Ab/content/khong-co",
        "/web/pgd-donganh/tin-tuc-su-kien/-/asset_publisher/ZZZZZZZZZZZZ/content/"
        "khai-mac-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        "/web/pgd-donganh/tu-khoa/-/asset_publisher/Tg5HsW0qYe2L/tag/khong-co",
        "/web/guest/home",
        "/wp-admin/",
    ):
        assert fetch(server, target)[0] == 404, target


def test_unicode_url_titles_served_encoded_and_lowercase_hex(server):
    g = next(g for g in portal.GOLD if "%E1" in g["path"])
    assert fetch(server, g["path"])[0] == 200
    assert fetch(server, g["path"].lower())[0] == 200


def test_media_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img
