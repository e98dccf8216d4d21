"""Self-checks of the migrated-twins THPT fixture (WordPress + old ASP) against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import migrated_twins_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def fetch_page(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Like ``fetch`` but decodes by the charset the page announces (the old site is windows-1258)."""
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            status, data, headers = resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        status, data, headers = err.code, err.read(), dict(err.headers)
    charset = "windows-1258" if "windows-1258" in headers.get("Content-Type", "") else "utf-8"
    return status, data.decode(charset, "replace"), headers


def shown(body: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, NFC, collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S))
    return collapse(unicodedata.normalize("NFC", _html.unescape(no_tags)))


def links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href=["\']([^"\']+)["\']', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.base_url + page, href)
        if not absolute.startswith(server.base_url + "/"):
            continue
        target = absolute[len(server.base_url) :].split("#", 1)[0]
        if urlsplit(target).path.endswith(ASSETS):
            continue
        out.append(target)
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch_page(server, target)
        if status in (301, 302):
            nxt = urljoin(server.base_url + target, headers["Location"])[len(server.base_url) :]
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        for href in links(server, target, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == 4 and not set(alts) & set(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith(("/wp-content/uploads/2026/", "/old/Upload/TinTuc/"))
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "ThS" not in name and " - " not in name and " – " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    new = [g for g in portal.GOLD if not g["path"].startswith("/old/")]
    old = [g for g in portal.GOLD if g["path"].startswith("/old/")]
    assert len(new) == 11 and len(old) == 2
    assert all(len(g["published_at"]) == 10 for g in new)
    assert all(g["published_at"].startswith("2024-") and "T" in g["published_at"] for g in old)
    assert {g["category"] for g in old} == {"Tin tức nhà trường", "Thông báo"}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch_page(server, gold["path"])
    assert status == 200
    text = shown(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for img in gold["images"]:
        status, _, img_headers = fetch(server, img["path"])
        assert status == 200 and img_headers["Content-Type"].startswith("image/")
        if img["caption"]:
            assert img["caption"] in text
    if gold["path"].startswith("/old/"):
        assert "windows-1258" in headers["Content-Type"]
        assert 'rel="canonical"' not in body
        y, m, d = gold["published_at"][:10].split("-")
        assert f"Ngày đăng: {d}/{m}/{y} " in text
        assert f"<b>{_html.escape(gold['title'])}</b>" in unicodedata.normalize("NFC", body)
    else:
        assert f'<h1 class="entry-title">{_html.escape(gold["title"])}</h1>' in body
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
        y, m, d = gold["published_at"].split("-")
        assert f'<time class="entry-date published">{d}/{m}/{y}</time>' in body
        assert f'rel="category tag">{_html.escape(gold["category"])}</a>' in body
        assert 'class="breadcrumb_last"' in body
        assert portal.TODAY_NEW in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch_page(server, path)
        assert status == 200, path
        assert 'class="entry-date published">' not in body or "page-title" in body, path
        assert "Ngày đăng:" not in body, path
        assert 'class="post-' not in body or "page-title" in body or "type-page" in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_migrated_twins_share_title_and_text(server):
    assert len(portal.MIGRATED) == 4
    for story in portal.MIGRATED:
        gold = next(g for g in portal.GOLD if g["path"] == portal.new_path(story))
        old = portal.old_path(story.opts["old_id"])
        assert gold["alt_paths"] == [old]
        status, body, headers = fetch_page(server, old)
        assert status == 200 and "windows-1258" in headers["Content-Type"]
        assert "canonical" not in body
        # the old copy is stored with combining tone marks; the reader sees the same text
        assert unicodedata.normalize("NFC", body) != body
        text = shown(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (old, cell)
        assert f"Ngày đăng: {story.opts['old_date']}" in text
        assert re.search(r"\d{1,2}:\d{2}:\d{2} (SA|CH)", story.opts["old_date"])
        assert "<h1" not in body and "entry-title" not in body
        # the new page prints the day only, no time, no datetime attribute
        _, new_body, _ = fetch(server, gold["path"])
        assert "datetime=" not in new_body
        assert story.opts["old_date"] not in new_body
        link = f'href="{old}"'
        assert (link in new_body) == bool(story.opts["old_link"])
        if story.opts["old_link"]:
            assert "(Xem bài gốc trên website cũ)" in new_body
            assert "(Xem bài gốc trên website cũ)" not in gold["body"]


def test_old_site_has_exactly_six_posts(server):
    assert sorted(portal.OLD_POSTS) == [87, 118, 241, 246, 251, 253]
    listed = set()
    for loai in (1, 2):
        trang = 1
        while True:
            status, body, _ = fetch_page(server, f"/old/tintuc.asp?loai={loai}&trang={trang}")
            if status != 200:
                break
            listed |= set(re.findall(r'href="xemtin\.asp\?id=(\d+)"', body))
            trang += 1
    assert listed == {"87", "118", "241", "246", "251", "253"}
    for missing in (1, 86, 88, 240, 252, 254, 999):
        assert fetch(server, f"/old/xemtin.asp?id={missing}")[0] == 404
    assert fetch(server, "/old/xemtin.asp?id=abc")[0] == 404
    # the 2024 Tin tức post is only on list page 2 of its list (and its siblings' "Các tin khác")
    _, home, _ = fetch_page(server, "/old/")
    assert "xemtin.asp?id=87" not in home and "xemtin.asp?id=118" in home
    _, page1, _ = fetch_page(server, "/old/tintuc.asp?loai=1&trang=1")
    _, page2, _ = fetch_page(server, "/old/tintuc.asp?loai=1&trang=2")
    assert "xemtin.asp?id=87" not in page1 and "xemtin.asp?id=87" in page2
    assert 'href="tintuc.asp?loai=1&amp;trang=2"' in page1


def test_banners_and_cross_links(server):
    for target in ("/old/", "/old/tintuc.asp?loai=2&trang=1", "/old/xemtin.asp?id=87"):
        _, body, _ = fetch_page(server, target)
        text = shown(body)
        assert "Trang chủ cũ" in text and "Website cũ — vui lòng truy cập website mới" in text
        assert '<a href="/"><b>' in body
        assert portal.TODAY_OLD in text and portal.TODAY_NEW not in text
    for target in ("/", portal.new_path(portal.BY_SLUG[portal.S_STEM]), "/gioi-thieu/"):
        _, body, _ = fetch(server, target)
        assert '<a href="/old/">Website cũ</a>' in body
        assert portal.TODAY_NEW in body


def test_category_pagination_hides_the_oldest_post(server):
    target = portal.new_path(portal.BY_SLUG[portal.S_KHAIGIANG])
    status, body, _ = fetch(server, "/chuyen-muc/tin-tuc/")
    assert status == 200 and 'href="/chuyen-muc/tin-tuc/page/2/"' in body
    assert f'href="{target}"' not in body
    status, body, _ = fetch(server, "/chuyen-muc/tin-tuc/page/2/")
    assert status == 200 and f'href="{target}"' in body
    assert fetch(server, "/chuyen-muc/tin-tuc/page/3/")[0] == 404
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/tin-tuc/"
    for other in ["/", *(portal.new_path(s) for s in portal.NEW_POSTS if s.slug != portal.S_KHAIGIANG)]:
        assert f'href="{target}"' not in fetch(server, other)[1], other


def test_old_only_dates_and_bylines(server):
    _, body, _ = fetch_page(server, "/old/xemtin.asp?id=87")
    text = shown(body)
    assert "Ngày đăng: 25/03/2024 3:45:00 CH" in text
    assert "Tin, ảnh: Lê Thị Thu Hà" in text
    assert 'src="Upload/TinTuc/hoitrai2024_1.jpg"' in body
    gold = next(g for g in portal.GOLD if g["path"] == "/old/xemtin.asp?id=87")
    assert gold["published_at"] == "2024-03-25T15:45:00+07:00"
    assert "Tin, ảnh" not in gold["body"]
    _, body, _ = fetch_page(server, "/old/xemtin.asp?id=118")
    assert "Ngày đăng: 02/12/2024 10:05:00 SA" in shown(body)


def test_wordpress_redirects_and_authors(server):
    story = portal.BY_SLUG[portal.S_NHAGIAO]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"].endswith(portal.new_path(story))
    status, _, headers = fetch(server, f"/{story.slug}")
    assert status == 301 and headers["Location"] == portal.new_path(story)
    _, body, _ = fetch(server, portal.new_path(story))
    assert 'Đăng bởi <a class="url fn n" href="/author/bbt/" title="Ban biên tập">Ban biên tập</a>' in body
    assert "Tin: Nguyễn Thị Minh Thư; Ảnh: CLB Nhiếp ảnh" in body
    status, body, _ = fetch(server, "/author/bbt/page/2/")
    assert status == 200 and f'href="{portal.new_path(portal.BY_SLUG[portal.S_KHAIGIANG])}"' in body
    assert fetch(server, "/?s=khai+giang")[0] == 200
    assert fetch(server, "/khong-co-bai-nay/")[0] == 404
    assert fetch(server, "/old")[0] == 301
