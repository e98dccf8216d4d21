"""Self-checks of the opencms_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import opencms_tct as portal
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


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(body: str) -> str:
    """The page's text: tags dropped, references resolved, NFC."""
    return unicodedata.normalize("NFC", unescape(re.sub(r"<[^>]+>", "", body)))


def _links(body: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin("http://x" + here, href))
        if parts.netloc != "x":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    paths = set()
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"] not in paths
        paths.add(g["path"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["published_at"])
        for value in (
            g["title"],
            g["body"],
            g["summary"] or "",
            *g["authors"],
            *g["photographers"],
        ):
            assert unicodedata.is_normalized("NFC", value)
            assert "  " not in value and "<" not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for name in g["authors"]:
            assert not name.startswith(("ThS.", "TS.", "Tin", "admin", "BBT"))
        for im in g["images"]:
            assert im["path"].startswith(portal.GALLERY) and "__scale=" in im["path"]
        assert g["category"]
    assert len(portal.NON_ARTICLES) >= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_every_address_serves_the_article(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert gold["title"] in text, target
        assert 'class="ap-blog-title"' in body
        for im in gold["images"]:
            assert im["path"] in unescape(body)
        # every paragraph (every table cell) is printed; NFD and entity text compared as NFC
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for name in gold["authors"]:
            assert name in text
        for im in gold["images"]:
            if im["caption"]:
                assert f'<div class="subtitle">{im["caption"]}</div>' in body
    # what the gold leaves out is printed, but is not body text
    _, body, _ = fetch(server, gold["path"])
    for left_out in ("Tin cùng chuyên mục", "In bài", "Danh mục:"):
        assert left_out in body or left_out == "Danh mục:"
        assert left_out not in gold["body"]
    for title in re.findall(r'<span class="ap-download-title">([^<]+)</span>', body):
        assert unescape(title) not in gold["body"]


def test_prefix_twins_link_within_their_prefix(server):
    g = portal.GOLD[1]
    _, body, _ = fetch(server, portal.SERVLET + g["path"])
    assert f'href="{portal.SERVLET}/tin-tuc/"' in body
    _, body, _ = fetch(server, portal.EXPORT + g["path"])
    assert f'href="{portal.EXPORT}/tin-tuc/"' in body
    _, body, _ = fetch(server, g["path"])
    assert 'href="/tin-tuc/"' in body
    # the "Tin mới" box writes the servlet path on every page
    assert f'href="{portal.SERVLET}/tin-tuc/thong-bao/' in body


def test_detail_page_form(server):
    story = portal.A_K72
    _, body, _ = fetch(server, portal.detail_path(story))
    assert "<title>Chi tiết tin - " in body
    crumbs = re.search(r'<ul class="breadcrumbs">(.*?)</ul>', body).group(1)
    assert '<li class="active">Tin tức</li>' in crumbs
    assert fetch(server, "/tin-tuc/chi-tiet/?id=00000000-0000-0000-0000-000000000000")[0] == 404
    _, home, _ = fetch(server, "/")
    assert portal.detail_path(story) in home


def test_home_and_index_html_are_the_same(server):
    assert fetch(server, "/")[1] == fetch(server, "/index.html")[1]
    assert fetch(server, "/tin-tuc/?page=2")[1] == fetch(server, "/tin-tuc/index.html?page=2")[1]
    assert "Thứ Tư, ngày 25 tháng 11 năm 2026" in fetch(server, "/")[1]


def test_pager_prints_both_fallback_forms(server):
    _, body, _ = fetch(server, "/tin-tuc/")
    assert 'href="/tin-tuc/?page=2"' in body
    assert 'href="/tin-tuc/index.html?page=2"' in body
    assert 'href="/tin-tuc/index.html?page=3"' in body
    assert fetch(server, "/tin-tuc/?page=4")[0] == 404
    assert fetch(server, "/tin-tuc/?page=x")[0] == 404


def test_filters_combine_and_count(server):
    _, body, _ = fetch(server, "/tin-tuc/?year=2025")
    assert "Năm 2025 (4)" in _text(body)
    assert 'href="/tin-tuc/?year=2025&category=thong-bao"' in body
    _, body, _ = fetch(server, "/tin-tuc/?year=2025&category=thong-bao")
    assert portal.article_path(portal.A_NGHI_TET) in body
    assert portal.article_path(portal.A_TOA_DAM) not in body
    _, body, _ = fetch(server, "/tin-tuc/?year=2026")
    assert 'href="/tin-tuc/?year=2026&page=2"' in body
    # posts without a category are in no category filter
    _, body, _ = fetch(server, "/tin-tuc/?category=dao-tao")
    assert portal.article_path(portal.A_TONG_KET) not in body
    assert fetch(server, "/tin-tuc/?year=2019")[0] == 404


def test_print_view_is_bare(server):
    g = portal.GOLD[0]
    status, body, _ = fetch(server, g["path"] + "?__print=true")
    assert status == 200
    assert g["title"] in _text(body)
    assert (
        "area-header" not in body and "breadcrumbs" not in body and "ap-blog-categories" not in body
    )
    _, page, _ = fetch(server, g["path"])
    assert f'href="{g["path"]}?__print=true"' in page


def test_login_and_ajax(server):
    status, body, _ = fetch(server, "/system/login/")
    assert status == 200 and 'type="password"' in body
    assert fetch(server, "/opencms/system/login/")[0] == 200
    assert 'href="/system/login/"' in fetch(server, "/")[1]
    status, body, _ = fetch(server, portal.LIST_AJAX + "?page=2")
    assert status == 200 and "ap-list-entry" in body and "area-header" not in body


def test_images_and_files(server):
    status, _, headers = fetch(server, portal.GOLD[1]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    pdf = re.search(r'class="ap-download" href="([^"]+)"', body).group(1)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_captions_and_bylines_as_printed(server):
    _, body, _ = fetch(server, portal.article_path(portal.A_THUC_TE))
    assert '<div class="subtitle">z5012345678901_4b7c2a9e0d1f.jpg</div>' in body
    assert body.count('class="ap-blog-paragraph') == 2
    _, body, _ = fetch(server, portal.article_path(portal.A_CAO_CAP))
    assert 'fa-user"></i> admin</span>' in body
    assert "<strong>Hoàng Minh Đức</strong>" in body
    assert f'href="{portal.EXPORT}/tin-tuc/hoat-dong-dao-tao/khai-giang' in body
    _, body, _ = fetch(server, portal.article_path(portal.A_TOA_DAM))
    assert "ap-blog-author" not in body and "Nguồn: Báo Lạng Sơn" in body
    _, body, _ = fetch(server, portal.article_path(portal.A_HOI_THAO))
    assert body.count('class="ap-paragraph-headline"') == 3
    assert body.count('class="ap-blog-paragraph') == 5
    _, body, _ = fetch(server, portal.article_path(portal.A_NGHIEM_THU))
    assert unicodedata.normalize("NFD", "Hội đồng khoa học") in body


def test_category_is_the_breadcrumbs_section(server):
    """The gold category is the trail's last step (the section folder); the category link, when a
    post has one, filters the section's list and may name it otherwise ("Đào tạo")."""
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, gold["path"])
        cats = re.search(r'class="ap-blog-categories">.*?<a [^>]*>([^<]+)</a>', body)
        assert (cats is not None) == portal.has_category(story)
        last = re.findall(r'<li class="active">([^<]+)</li>', body)[0]
        assert last == gold["category"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="ap-blog-title"' not in body
        assert "ap-blog-date" not in body


def test_breadth_first_walk_reaches_every_article(server):
    """From the home page, not following the mirrors, print views or the login."""
    skip = (portal.SERVLET + "/", portal.EXPORT + "/", "/system/")
    seen = {"/"}
    queue = deque(["/"])
    fetched = 0
    while queue and fetched < 300:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(body, target):
            if (
                link.startswith(skip)
                or "__print" in link
                or link.endswith((".jpg", ".png", ".pdf", ".css", ".js", ".ico"))
            ):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
