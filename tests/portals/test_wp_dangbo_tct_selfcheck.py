"""Self-checks of the WordPress Trường Chính trị Đồng Nai fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_dangbo_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_of(body: str) -> str:
    return body.split('<div class="entry-content">', 1)[1].split('<div class="share-tools">', 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 14
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "quantri")
            assert "(" not in name and not name.startswith(("ThS", "TS", "PGS"))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="single-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY in body and "Đăng bởi:" in body
    d = gold["published_at"]
    assert f"{d[8:10]}/{d[5:7]}/{d[:4]} - " in body
    crumb = re.search(r'» <span><a href="[^"]+">([^<]+)</a></span> » <span class="breadcrumb_last"', body)
    assert crumb and _html.unescape(crumb.group(1)) == gold["category"]
    content = content_of(body)
    text = shown_text(body.split('<main id="main"', 1)[1].split('<div class="share-tools">')[0])
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for img in gold["images"]:
        assert f'{server.base_url}{img["path"]}"' in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    if gold["source"]:
        assert gold["source"] in content


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="posted-on"><i' not in body, path
        assert "article:published_time" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination_hides_old_posts(server):
    _, p1, _ = fetch(server, "/")
    _, p2, _ = fetch(server, "/page/2/")
    _, p3, _ = fetch(server, "/page/3/")
    oldest = f'href="{server.base_url}{portal.post_path(portal.BY_ID[1142])}"'
    assert oldest in p3 and oldest not in p1 + p2
    assert f'href="{server.base_url}/page/2/">← Tin cũ hơn' in p1
    assert f'href="{server.base_url}/page/3/"' in p2
    assert fetch(server, "/page/4/")[0] == 404
    assert fetch(server, "/page/1/")[0] == 301
    _, c1, _ = fetch(server, "/chuyen-muc/tin-hoat-dong/")
    _, c2, _ = fetch(server, "/chuyen-muc/tin-hoat-dong/page/2/")
    old = f'href="{server.base_url}{portal.post_path(portal.BY_ID[1157])}"'
    assert "Trang 1 / 2" in c1 and old not in c1 and old in c2
    assert old not in p1
    assert fetch(server, "/chuyen-muc/tin-hoat-dong/page/3/")[0] == 404
    assert fetch(server, "/chuyen-muc/tin-hoat-dong/page/1/")[0] == 301
    assert '<a href="#">Tin tức</a>' in p1


def test_twelve_hour_clock_and_utc_meta(server):
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1196]))
    assert "Thứ Hai, 30/11/2026 - 4:40 chiều" in body
    assert 'content="2026-11-30T09:40:00+00:00"' in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1188]))
    assert "26/11/2026 - 12:10 chiều" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1201]))
    assert "Cập nhật: 04/12/2026 - 9:02 sáng" in body and "8:15 sáng" in body


def test_bylines_and_sapo_forms(server):
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1201]))
    assert "Tin, ảnh: Lê Thị Thu Hà (Phòng Quản lý đào tạo)" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1196]))
    assert "<strong>Phòng Tổ chức - Hành chính</strong>" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1188]))
    assert "<p><strong>Sáng 26/11,</strong> tại hội trường A" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1193]))
    assert '<div class="entry-sapo">' in body and 'id="ez-toc-container"' in content_of(body)
    assert "Nguồn: Tạp chí Cộng sản" in body and "PGS, TS. Nguyễn Đức Thắng" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1163]))
    assert "Theo Báo Nhân Dân" in body and "sắc bén;<br />học thuyết" in body


def test_captions_gallery_and_lazy_images(server):
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1180]))
    assert body.count('class="gallery-item"') == 3 and "gallery-caption" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1150]))
    assert portal.LAZY_GIF in body and 'data-src="' in body and "<noscript>" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1188]))
    assert "<figcaption" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1177]))
    assert 'class="post-kicker"' in body


def test_cross_filed_post(server):
    story = portal.BY_ID[1172]
    _, body, _ = fetch(server, portal.post_path(story))
    assert re.search(r"Chuyên mục: <a[^>]+>Học tập và làm theo[^<]+</a>, <a[^>]+>Tin hoạt động</a>", body)
    _, listing, _ = fetch(server, "/chuyen-muc/hoc-tap-va-lam-theo-bac/")
    assert portal.post_path(story) in listing


def test_duplicates_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _html.escape(g["title"]) in body
            first = g["body"].split("\n\n")[0].split(" | ")[0]
            assert first in shown_text(body), alt
        story = portal.BY_SLUG[g["path"].split("/")[2]]
        status, _, headers = fetch(server, f"/?p={story.id}")
        assert status == 301 and headers["Location"].endswith(g["path"])
    status, body, _ = fetch(server, portal.post_path(portal.BY_ID[1157]) + "print/")
    assert "noindex" in body and 'rel="canonical"' not in body


def test_unknown_and_absent(server):
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co/")[0] == 404
    assert fetch(server, "/?p=99999")[0] == 404
    assert fetch(server, "/van-ban/")[0] == 200
