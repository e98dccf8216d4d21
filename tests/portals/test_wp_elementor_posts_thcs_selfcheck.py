"""Self-checks of the WordPress + Elementor THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_elementor_posts_thcs as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r"""href=["']([^"']+)["']""", body):
        href = _html.unescape(href).split("#", 1)[0]
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(body: str) -> str:
    """The page's text as a reader sees it (tags dropped, entities decoded, collapsed)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def between(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in (portal.ACCOUNT, "BTT Nhà trường", "Internet")
            assert "ThS" not in name and "(" not in name and " – " not in name
        assert g["alt_paths"] == [f"/?p={portal.BY_SLUG[g['path'][1:-1]].opts['id']}", g["path"] + "amp/"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for s in portal.STORIES if s.opts.get("layout")) == 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = portal.BY_SLUG[gold["path"][1:-1]]
    assert f'<h1 class="elementor-heading-title elementor-size-default">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{gold["canonical_path"]}" />' in body
    info = between(body, 'class="elementor-inline-items', "</ul>")
    assert f"--type-date\">{portal.date_vn(story)}<" in info
    assert f"--type-time\">{portal.time_vn(story)}<" in info
    hh, mm = gold["published_at"][11:16].split(":")
    printed = portal.time_vn(story)
    clock, half = printed.split(" ")
    assert int(clock.split(":")[0]) % 12 == int(hh) % 12 and clock.split(":")[1] == mm
    assert half == ("chiều" if int(hh) >= 12 else "sáng")
    assert portal.TODAY_HEADER in body and "Quản trị viên" in info
    crumbs = between(body, 'id="breadcrumbs"', "</p>")
    assert f">{_html.escape(gold['category'])}</a>" in crumbs
    content = between(body, "elementor-widget-theme-post-content", "elementor-widget-share-buttons")
    text = shown(content)
    assert collapse(gold["title"]) in shown(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    # what is not body: the header's today, captions, bylines
    assert portal.TODAY_HEADER not in text


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        story = portal.BY_SLUG[g["path"][1:-1]]
        assert f"<link rel='shortlink' href='/?p={story.opts['id']}' />" in page
        assert f'<link rel="amphtml" href="{g["path"]}amp/" />' in page
        status, body, _ = fetch(server, f"/?p={story.opts['id']}")
        assert status == 200 and body == page
        status, amp, _ = fetch(server, g["path"] + "amp/")
        assert status == 200 and "<html amp" in amp
        assert f'<link rel="canonical" href="{g["path"]}" />' in amp
        assert f'<h1 class="amp-wp-title">{_html.escape(g["title"])}</h1>' in amp
        assert "<img " not in between(amp, "amp-wp-article-content", "amp-wp-article-footer")
        assert re.search(r"<time datetime=\"2026-[^\"]+\+00:00\">\d+ (?:ngày|tuần) trước</time>", amp)
        text = shown(between(amp, 'class="amp-wp-article-content"', "amp-wp-article-footer"))
        assert g["body"].split("\n\n")[-1].split(" | ")[0] in text
    assert fetch(server, "/?p=9999")[0] == 404


def test_non_articles_answer_without_post_info(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "elementor-post-info" not in body and "article:published_time" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for target in [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES:
        assert target in seen, target


def test_news_pages_paginate_with_the_widget_id(server):
    status, first, _ = fetch(server, "/tin-tuc/")
    assert status == 200 and 'data-id="5f3a2b1"' in first
    assert 'href="/tin-tuc/?e-page-5f3a2b1=2"' in first and "Trang sau »" in first
    _, third, _ = fetch(server, "/tin-tuc/?e-page-5f3a2b1=3")
    assert f'href="/{portal.S_KHAIGIANG}/"' in third and "« Trang trước" in third
    assert 'class="elementor-post-date">05/09/2026<' in third
    for target in ("/", "/tin-tuc/", "/tin-tuc/?e-page-5f3a2b1=2"):
        assert f"/{portal.S_KHAIGIANG}/\" class" not in fetch(server, target)[1] or target == "/"
    assert f'<h3 class="elementor-post__title"><a href="/{portal.S_KHAIGIANG}/">' not in fetch(server, "/")[1]
    assert fetch(server, "/tin-tuc/?e-page-5f3a2b1=4")[0] == 404
    assert fetch(server, "/tin-tuc/?e-page-a81c4e7=2")[0] == 404
    _, cm, _ = fetch(server, "/hoat-dong-chuyen-mon/?e-page-a81c4e7=2")
    assert f'href="/{portal.S_HOCLIEU}/"' in cm
    for cat, (path, _pid, wid, per) in portal.NEWS_PAGES.items():
        _, body, _ = fetch(server, path)
        assert body.count('<article class="elementor-post ') == min(per, len(portal.cat_posts(cat)))
        assert f'data-id="{wid}"' in body


def test_category_archives_only_linked_from_posts(server):
    for target in ["/", "/gioi-thieu/", "/lien-he/", *[v[0] for v in portal.NEWS_PAGES.values()]]:
        assert "/category/" not in fetch(server, target)[1], target
    _, post, _ = fetch(server, portal.GOLD[0]["path"])
    assert 'href="/category/tin-tuc-su-kien/"' in post
    _, arch, _ = fetch(server, "/category/tin-tuc-su-kien/")
    assert 'href="/category/tin-tuc-su-kien/page/2/"' in arch and "Danh mục: Tin tức - Sự kiện" in arch
    _, arch2, _ = fetch(server, "/category/tin-tuc-su-kien/page/2/")
    assert f'href="/{portal.S_KHAIGIANG}/"' in arch2
    assert fetch(server, "/category/tin-tuc-su-kien/page/3/")[0] == 404
    assert fetch(server, "/category/tin-tuc-su-kien/page/1/")[0] == 301


def test_elementor_built_posts_split_text_over_widgets(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, f"/{story.slug}/")
        content = between(body, "elementor-widget-theme-post-content", "elementor-widget-share-buttons")
        if story.opts.get("layout"):
            assert f'data-elementor-type="wp-post" data-elementor-id="{story.opts["id"]}"' in content
            assert content.count("elementor-widget-text-editor") >= 2
            assert "elementor-widget-heading" in content, story.slug
            if story.slug != portal.S_HOCBONG:
                assert "elementor-widget-icon-list" in content, story.slug
        else:
            assert 'data-elementor-type="wp-post"' not in content
    _, body, _ = fetch(server, f"/{portal.S_HOCBONG}/")
    assert "elementor-widget-video" in body and "youtube.com" in body and "elementor-widget-spacer" in body
    _, body, _ = fetch(server, f"/{portal.S_DAIHOI}/")
    assert body.count("class='gallery-item'") == 3 and "gallery-caption" in body
    assert f"href='/{portal.S_DAIHOI}/anh-1/'" in body
    _, body, _ = fetch(server, f"/{portal.S_NHAGIAO}/")
    assert "widget-image-caption" in body and "elementor-widget-divider" in body
    assert body.count("elementor-col-50") >= 1


def test_toc_repeats_headings_and_bylines(server):
    _, body, _ = fetch(server, f"/{portal.S_GVDG}/")
    toc = between(body, "elementor-widget-table-of-contents", "elementor-widget-theme-post-content")
    assert "Mục lục" in toc and "I. MỤC ĐÍCH, YÊU CẦU" in toc and "fa-chevron-down" in toc
    _, body, _ = fetch(server, f"/{portal.S_DAIHOI}/")
    assert "Tin, ảnh: Rơ Châm H&#8217;Yuin" in body
    _, body, _ = fetch(server, f"/{portal.S_TOAN8}/")
    assert '<p style="text-align: right;"><em>Nguyễn Thị Thanh Tâm – Tổ Toán - Tin</em></p>' in body
    _, body, _ = fetch(server, f"/{portal.S_HOINGHI}/")
    assert "BTT Nhà trường" in body
    gold = {g["path"]: g for g in portal.GOLD}
    assert gold[f"/{portal.S_HOINGHI}/"]["authors"] == []
    assert gold[f"/{portal.S_KHAIGIANG}/"]["authors"] == []
    assert gold[f"/{portal.S_VANHOA}/"]["source"] == "Báo Gia Lai"


def test_chrome_and_non_article_pages(server):
    _, home, _ = fetch(server, "/")
    assert 'data-elementor-type="header"' in home and "elementor-location-popup" in home
    assert "elementor-widget-slides" in home and "Tổng truy cập" in home and "Thiết kế bởi" in home
    assert "<iframe" in home and 'name="s"' in home
    _, intro, _ = fetch(server, "/gioi-thieu/")
    assert intro.count("elementor-widget-text-editor") >= 3 and "1996" in intro
    _, team, _ = fetch(server, "/doi-ngu-giao-vien/")
    assert team.count("elementor-widget-image-box") == len(portal.TEACHERS)
    _, contact, _ = fetch(server, "/lien-he/")
    assert 'class="elementor-form"' in contact
    _, att, _ = fetch(server, f"/{portal.S_DAIHOI}/anh-1/")
    assert "single-attachment" in att and '<h1 class="entry-title">anh-1</h1>' in att


def test_redirects_and_unknown_pages(server):
    status, _, headers = fetch(server, f"/{portal.S_KHAIGIANG}")
    assert status == 301 and headers["Location"] == f"/{portal.S_KHAIGIANG}/"
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
    assert fetch(server, f"/{portal.S_KHAIGIANG}/anh-1/")[0] == 404
    assert fetch(server, "/?s=abc")[0] == 404
