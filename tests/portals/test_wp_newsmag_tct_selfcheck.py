"""Self-checks of the WordPress/Newsmag Trường Chính trị fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_newsmag_tct as portal
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
BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The text a reader sees: tags to spaces, entities decoded, whitespace collapsed, NFC."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_of(body: str) -> str:
    return body.split('<div class="td-post-content', 1)[1].split("<footer>", 1)[0]


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href.split("#", 1)[0])
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, headers = fetch(server, queue.popleft())
        found = [headers["Location"]] if status == 301 else links(body) if status == 200 else []
        for href in found:
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 6
    assert len(BY_PATH) == len(portal.GOLD)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert collapse(value.replace("\n\n", "\x00")).replace("\x00", "\n\n") == value
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "Quản trị viên", "Ban Biên Tập", "Internet", "Tư liệu")
            assert not name.startswith(("ThS.", "TS.")) and " - " not in name and "," not in name
        for alt in g["alt_paths"]:
            assert alt.startswith(g["path"])
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for path in portal.NON_ARTICLES:
        assert path not in BY_PATH


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = portal.BY_SLUG[gold["path"][1:-5]]
    assert f'<h1 class="entry-title">{_html.escape(gold["title"])}</h1>' in body
    assert portal.TODAY in body
    y, m, d = gold["published_at"].split("-")
    assert f'datetime="{gold["published_at"]}T{story.opts["time"]}+00:00">{d}/{m}/{y}</time>' in body
    crumb = body.split('class="entry-crumbs">', 1)[1].split("</div>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a>" in crumb
    assert f'<span class="td-bred-no-url-last">{_html.escape(gold["title"])}</span>' in crumb
    text = shown(content_of(body))
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"] and story.sapo_outside:
            assert f'<p class="td-post-sub-title">{_html.escape(para)}</p>' in body
            continue
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown(body)
    if gold["source"]:
        assert gold["source"] in shown(body)
    # plugins in the content div are not body
    assert "Lượt xem:" in text and "Lượt xem" not in gold["body"]
    assert "Chia sẻ:" in text and "Chia sẻ" not in gold["body"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "type-post" not in body and "td-post-sub-title" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_listings_paginate_seven_per_page(server):
    oldest = [portal.post_path(s) for s in portal.LATEST[portal.PER_PAGE :]]
    _, home, _ = fetch(server, "/")
    assert 'href="/page/2/"' in home
    only_page2 = [portal.post_path(portal.BY_ID[i]) for i in (9, 11, 12, 13)]
    for path in only_page2:
        assert path in oldest and f'href="{path}"' not in home, path
    _, page2, _ = fetch(server, "/page/2/")
    for path in oldest:
        assert f'href="{path}"' in page2
    assert "Trang 2 / 2" in page2 and fetch(server, "/page/3/")[0] == 404
    last = portal.post_path(portal.BY_ID[13])
    _, cat1, _ = fetch(server, "/category/tin-hoat-dong/")
    _, cat2, _ = fetch(server, "/category/tin-hoat-dong/page/2/")
    listed = cat1.split('class="td-ss-main-content">', 1)[1].split('class="page-nav', 1)[0]
    assert listed.count('<h3 class="entry-title td-module-title">') == portal.PER_PAGE
    assert f'href="{last}"' not in cat1 and f'href="{last}"' in cat2
    assert 'href="/category/tin-hoat-dong/page/2/"' in cat1
    assert fetch(server, "/category/tin-hoat-dong/page/3/")[0] == 404


def test_reaching_traps(server):
    _, home, _ = fetch(server, "/")
    nav = home.split('id="menu-main-menu"', 1)[1].split("</ul></div></div>", 1)[0]
    assert '<a href="#">Tin tức</a>' in nav
    assert "/category/hoc-tap-va-lam-theo-bac/" not in nav
    banner = home.split('widget_media_image">', 1)[1].split("</aside>", 1)[0]
    assert 'href="/category/hoc-tap-va-lam-theo-bac/"' in banner and "<img" in banner
    assert 'data-td_filter_value="dao-tao-boi-duong"' in home and "td_ajax_load_more" in home
    assert "td_block_trending_now" in home


def test_redirects(server):
    first = portal.STORIES[0]
    for target, where in [
        ("/page/1/", "/"),
        ("/category/tin-hoat-dong/page/1/", "/category/tin-hoat-dong/"),
        ("/?p=1", portal.post_path(first)),
        (f"/{first.slug}/", portal.post_path(first)),
    ]:
        status, _, headers = fetch(server, target)
        assert status == 301 and headers["Location"] == where, target
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            text = shown(body)
            assert g["title"] in text
            for para in g["body"].split("\n\n"):
                assert para.split(" | ")[0] in text, (alt, para)
    commented = [g for g in portal.GOLD if any("replytocom" in a for a in g["alt_paths"])]
    assert len(commented) == 2
    path = commented[0]["path"]
    assert fetch(server, f"{path}?replytocom=9999")[0] == 404
    assert fetch(server, f"{path}?utm_source=zalo")[0] == 404
    _, body, _ = fetch(server, path)
    assert f'href="{path}?replytocom=' in body and " lúc " in body


def test_date_traps(server):
    first = portal.STORIES[0]
    _, body, _ = fetch(server, portal.post_path(first))
    assert 'content="2026-12-02T23:40:12+00:00"' in body  # Yoast: UTC, the day before
    assert 'datetime="2026-12-03T06:40:12+00:00">03/12/2026</time>' in body
    assert BY_PATH[portal.post_path(first)]["published_at"] == "2026-12-03"
    _, printed, _ = fetch(server, f"{portal.post_path(first)}/print/")
    assert "vào 03/12/2026 trong" in printed and "06:40" not in printed


def test_field_traps(server):
    gold = {g["path"][1:-5]: g for g in portal.GOLD}
    s1 = portal.STORIES[0]
    _, body, _ = fetch(server, portal.post_path(s1))
    assert "Bởi</div> <a href=\"/author/admin/\">Quản trị viên</a>" in body
    assert '<meta property="og:title" content="Hội thi giảng viên dạy giỏi cấp trường 2026">' in body
    assert gold[s1.slug]["authors"] == ["Hồng Nhung"] == gold[s1.slug]["photographers"]
    # the abstract-like description meta is no sapo where nothing is printed as a lead
    s4 = portal.BY_ID[4]
    _, body, _ = fetch(server, portal.post_path(s4))
    assert '<meta name="description"' in body and gold[s4.slug]["summary"] is None
    assert gold[s4.slug]["title"].isupper() and gold[s4.slug]["authors"] == []
    # two labels, breadcrumb decides; Yoast's section names the other one
    s8 = portal.BY_ID[8]
    _, body, _ = fetch(server, portal.post_path(s8))
    labels = re.findall(r'class="entry-category"><a href="/category/([a-z-]+)/">', body)
    assert labels == ["hoc-tap-va-lam-theo-bac", "tin-hoat-dong"]
    assert '<meta property="article:section" content="Tin hoạt động">' in body
    assert gold[s8.slug]["category"] == "Học tập và làm theo Bác"
    # photographer only in a caption; "Tư liệu" / "Internet" credit nobody
    assert gold[portal.BY_ID[2].slug]["photographers"] == ["Minh Trí"]
    assert gold[portal.BY_ID[3].slug]["photographers"] == []
    assert gold[portal.BY_ID[9].slug]["images"][1]["caption"] is None  # (a credit-only line gives no caption: harmonised)
    # sources: Newsmag's NGUỒN box and a closing line; "Theo Quy định" is text
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[11]))
    assert "<span>NGUỒN</span>" in body
    assert gold[portal.BY_ID[10].slug]["source"] == "Tạp chí Giáo dục lý luận"
    assert "Theo Quy định số 09-QĐ/TW" in gold[portal.BY_ID[10].slug]["body"]
    # Easy TOC and YARPP inside the content div, not in gold
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[3]))
    assert 'id="ez-toc-container"' in content_of(body) and "Mục lục" not in gold[portal.BY_ID[3].slug]["body"]
    assert "Bài viết liên quan:" in content_of(body)
    # lazy images: placeholder src, the photo in data-src and noscript
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[6]))
    assert 'src="data:image/gif;base64,' in body and 'data-src="/wp-content/uploads/2026/11/nha-giao-1.jpg"' in body
    # <br> lines split the paragraph; the table rows are paragraphs
    assert "hưu trí:<br>" in body
    assert "Nhất | Khoa Lý luận cơ sở | 42" in gold[portal.BY_ID[9].slug]["body"].split("\n\n")
    # the download block is no text
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[12]))
    assert "Tải xuống" in body and "Tải xuống" not in gold[portal.BY_ID[12].slug]["body"]


def test_look_alikes(server):
    _, body, _ = fetch(server, portal.NON_ARTICLES[3])
    assert '<h1 class="entry-title">hoi-thi-gv-1</h1>' in body and "03/12/2026" in body
    _, body, _ = fetch(server, portal.NON_ARTICLES[2])
    assert "215/QĐ-TCT" in body and ".pdf" in body
    _, body, _ = fetch(server, "/gioi-thieu.html")
    assert "td-page-title" in body and "td-post-date" not in body.split("td-main-content")[1].split("td-main-sidebar")[0]
