"""Self-check of the WordPress + Avada political-school portal: the fixture against itself.

Why: the portal is crawled once, blind; a gold target that does not answer, a paragraph the page
does not print or an article nothing reaches would waste that crawl. Nothing here imports the
crawler beyond the demo server. It also pins down what makes the platform what it is: Fusion
Builder markup, the hidden load-more pagination, ``?replytocom`` duplicates, the post served under
its second category, the hidden "updated" time, Avada caption blocks, a decomposed (NFD) post.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_avada_tct as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _content(body: str) -> str:
    return body.split('<div class="fusion-content-tb fusion-content-tb-1">', 1)[1].split('<div class="fusion-meta-tb fusion-meta-tb-2">', 1)[0].split('<div class="fusion-sharing-box', 1)[0]


def _gold(path: str) -> dict:
    return next(g for g in portal.GOLD if g["path"] == path)


def test_contract_shape() -> None:
    assert portal.NAME == "wp_avada_tct" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & (set(paths) | set(portal.NON_ARTICLES))
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][:24])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"}
        assert img["caption"] is None or img["caption"] not in paragraphs
    assert "admin" not in gold["authors"]


def test_every_target_answers_200(server: PortalServer) -> None:
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES + alts
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][:24])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    page = _reader_text(body)
    h1 = re.search(r'<h1 class="fusion-title-heading title-heading-left[^"]*"[^>]*>(.*?)</h1>', body).group(1)
    assert _reader_text(h1) == gold["title"]
    content = _content(body)
    text = _reader_text(content)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in text
    featured = re.findall(r'<img [^>]*src="([^"]+)" class="attachment-full size-full wp-post-image"', body)
    srcs = featured + re.findall(r'<img [^>]*?src="([^"]+)"', content)
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    crumbs = re.search(r'<ol class="awb-breadcrumb-list">(.*?)</ol>', body).group(1)
    assert re.findall(r'<a href="/chuyen-muc/[^"]+" class="fusion-breadcrumb-link"><span>([^<]+)</span>', crumbs) == [gold["category"]]
    y, m, d = gold["published_at"].split("-")
    assert f'<span class="fusion-tb-published-date">{d}/{m}/{y}</span>' in body
    assert "Đăng bởi admin" in page and "admin" not in gold["authors"]
    for chrome in (portal.TODAY, "Chia sẻ bài viết này", "Bài viết mới", "Thống kê truy cập", "Bản quyền thuộc", portal.HOTLINE):
        assert chrome in page
    assert "Bài trước" in page or "Bài sau" in page
    assert re.search(r'class="fusion-text fusion-text-\d+"', body) and 'class="fusion-builder-row fusion-row' in body


def test_bylines_and_captions_are_printed_the_platforms_way(server: PortalServer) -> None:
    by_id = {s.id: s for s in portal.STORIES}
    _, body, _ = fetch(server, portal.article_path(by_id[2455]))
    # the Media Library filled the caption title with the Zalo file name: not a caption
    assert re.search(r'<h2 class="awb-imageframe-caption-title">z\d{13}_[0-9a-f]+</h2><p class="awb-imageframe-caption-text">Quang cảnh', body)
    assert '<figcaption class="wp-element-caption">ThS. Lê Thị Hồng Nhung' in body
    _, body, _ = fetch(server, portal.article_path(by_id[2448]))
    assert '<h2 class="awb-imageframe-caption-title">Trao giấy chứng nhận' in body
    assert "awb-imageframe-caption-text" not in body
    assert "<strong>Bài và ảnh: Đỗ Minh Tuấn, Vũ Thị Hà</strong>" in body
    _, body, _ = fetch(server, portal.article_path(by_id[2452]))
    assert '<p class="has-text-align-right"><strong>ThS. Lê Thị Hồng Nhung - Khoa Xây dựng Đảng</strong></p>' in body
    _, body, _ = fetch(server, portal.article_path(by_id[2431]))
    assert body.count('<figure class="wp-block-image size-large">') == 4 and "wp-element-caption" not in body
    leads = [g for g in portal.GOLD if g["summary"]]
    assert len(leads) == 2
    for gold in leads:
        _, body, _ = fetch(server, gold["path"])
        assert f"<p><strong>{html.escape(gold['summary'], quote=False)}</strong></p>" in body


def test_updated_rich_snippet_is_the_modified_time(server: PortalServer) -> None:
    later = 0
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        hidden = re.search(r'<span class="updated rich-snippet-hidden">([^<]+)</span>', body).group(1)
        assert hidden.endswith("+07:00") and hidden[:10] >= gold["published_at"]
        later += hidden[:10] > gold["published_at"]
        assert 'property="article:published_time"' not in body
    assert later >= 4


def test_nfd_post_is_decomposed_on_the_wire(server: PortalServer) -> None:
    story = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, body, _ = fetch(server, portal.article_path(story))
    content = _content(body)
    assert not unicodedata.is_normalized("NFC", content)
    assert unicodedata.normalize("NFD", "giảng viên") in content
    others = [s for s in portal.STORIES if not s.opts.get("nfd")]
    _, body, _ = fetch(server, portal.article_path(others[0]))
    assert unicodedata.is_normalized("NFC", _content(body))


def test_replytocom_and_second_category_serve_the_same_post(server: PortalServer) -> None:
    doubles = 0
    for gold in portal.GOLD:
        _, clean, _ = fetch(server, gold["path"])
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
            assert _reader_text(_content(body)) == _reader_text(_content(clean))
            if "replytocom=" in alt:
                assert "noindex, follow" in body and "?replytocom=" + alt.rsplit("=", 1)[1] in clean
            else:
                doubles += 1
    assert doubles == 1
    double = next(s for s in portal.STORIES if s.opts.get("also"))
    linker = next(s for s in portal.STORIES if s.id == portal._LINKER)
    _, body, _ = fetch(server, portal.article_path(linker))
    assert f'href="{portal.second_path(double)}"' in body
    status, _, headers = fetch(server, f"/thong-bao/{double.slug}/")
    assert status == 301 and headers["Location"] == portal.article_path(double)
    status, _, headers = fetch(server, portal.article_path(double).rstrip("/"))
    assert status == 301 and headers["Location"] == portal.article_path(double)
    status, _, headers = fetch(server, f"/?p={double.id}")
    assert status == 301 and headers["Location"] == portal.article_path(double)
    status, body, _ = fetch(server, portal.article_path(double) + "?fusion_builder=1")
    assert status == 200 and double.slug in body


def test_home_load_more_button_is_no_link_but_hidden_pagination_is(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/")
    assert '<div class="fusion-load-more-button fusion-blog-button fusion-clearfix">Xem thêm bài viết</div>' in body
    hidden = re.search(r'<div class="pagination infinite-scroll clearfix" style="display:none;">(.*?)</div>', body).group(1)
    assert 'href="/page/2/"' in hidden
    pages = 1
    while True:
        nxt = f"/page/{pages + 1}/"
        status, _, _ = fetch(server, nxt)
        if status != 200:
            assert status == 404
            break
        pages += 1
    assert pages == 3


def test_category_archives_paginate_with_avada_pagination(server: PortalServer) -> None:
    counts = {}
    for slug in portal.CATS:
        listed: list[str] = []
        page = 1
        while True:
            target = f"/chuyen-muc/{slug}/" + (f"page/{page}/" if page > 1 else "")
            status, body, _ = fetch(server, target)
            if status != 200:
                assert status == 404
                break
            assert '<div class="fusion-posts-container fusion-blog-layout-medium' in body
            listed += re.findall(r'<h2 class="blog-shortcode-post-title entry-title"><a href="([^"]+)">', body)
            if page > 1:
                assert '<span class="page-text">Trước</span>' in body
            page += 1
        counts[slug] = page - 1
        assert listed == [portal.article_path(s) for s in portal.in_cat(slug)]
    assert counts["tin-hoat-dong"] >= 3 and max(counts.values()) >= 3


def _walk(server: PortalServer) -> set[str]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        assert len(seen) < 400, "the link graph must be finite"
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not re.search(r"\.(jpe?g|png|pdf|css|js)$", urlsplit(link).path):
                queue.append(link)
    return seen


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    linked = _walk(server)
    assert articles <= linked
    assert set(portal.NON_ARTICLES) - {portal.SEARCH_PATH} <= linked
    _, home, _ = fetch(server, "/")
    feed_href = re.search(r'<link rel="alternate" type="application/rss\+xml" title="[^"]*Dòng thông tin" href="([^"]+)"', home).group(1)
    _, feed, headers = fetch(server, _local(server, feed_href))
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+/)</link>", feed)}
    assert len(in_feed) == portal.FEED_SIZE and in_feed <= articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        status, xml, _ = fetch(server, _local(server, child))
        assert status == 200
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap
    assert not in_sitemap & {a for g in portal.GOLD for a in g.get("alt_paths", [])}


def test_non_articles_are_what_they_claim(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/gioi-thieu/")
    assert "fusion-tabs" in body and "fusion-accordian" in body
    _, body, _ = fetch(server, "/lanh-dao-nha-truong/")
    assert body.count('<span class="person-name">') == 3
    _, body, _ = fetch(server, "/lien-he/")
    assert "fusion-form" in body and portal.ADDRESS in body
    for key in portal.PORTFOLIO:
        _, body, _ = fetch(server, f"/portfolio-items/{key}/")
        assert "fusion-gallery" in body and "fusion-content-tb" not in body
    for key in portal.FAQS:
        _, body, _ = fetch(server, f"/faq-items/{key}/")
        assert "single-avada_faq" in body
    _, body, _ = fetch(server, portal.SEARCH_PATH)
    assert "Kết quả tìm kiếm cho: bồi dưỡng" in html.unescape(body) and "noindex" in body
    status, body, _ = fetch(server, "/tin-hoat-dong/khong-co-bai-nay/")
    assert status == 404 and "không tìm thấy trang" in body
    assert fetch(server, "/chuyen-muc/tin-hoat-dong/page/9/")[0] == 404
    assert fetch(server, "/2019/03/")[0] == 404
    _, _pdf, headers = fetch(server, portal.STORIES[1].opts["pdf"][0])
    assert headers["Content-Type"] == "application/pdf"


def test_calendar_only_reaches_months_with_posts(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/2026/10/")
    nav = re.search(r'<nav aria-label="Tháng trước và tháng tiếp theo" class="wp-calendar-nav">(.*?)</nav>', body).group(1)
    assert 'href="/2026/11/"' in nav and 'wp-calendar-nav-prev">&nbsp;' in nav
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert '<td id="today">25</td>' in body and 'href="/2026/11/24/"' in body


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
