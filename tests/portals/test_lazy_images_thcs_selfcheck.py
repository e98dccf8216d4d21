"""Self-checks of the lazy-images WordPress THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import lazy_images_thcs as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".webp")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r"href=[\"']([^\"']+)[\"']", body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> dict[str, str]:
    """BFS over href links; follows redirects to same-host locations. Returns target -> body."""
    seen: dict[str, str] = {}
    queued, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = headers["Location"].removeprefix(server.base_url)
            if loc not in queued:
                queued.add(loc)
                queue.append(loc)
            continue
        if status != 200:
            continue
        seen[target] = body
        for href in links(server, body):
            if href not in queued:
                queued.add(href)
                queue.append(href)
    return seen


def entry_text(body: str) -> str:
    """The article's text as a reader sees it: sapo + entry, emoji images read as their alt."""
    start = body.index('<div class="ncs-entry-sapo">') if "ncs-entry-sapo" in body else None
    if start is None:
        start = body.index('<div class="ncs-entry entry-content">')
    region = body[start : body.index("<img src=\"/wp-content/plugins/wp-statistics/pixel.gif")]
    region = re.sub(r'<img[^>]*class="emoji"[^>]*alt="([^"]+)"[^>]*>', r"\1", region)
    region = re.sub(r"<[^>]+>", " ", region)
    return collapse(_html.unescape(region))


def entry_html(body: str) -> str:
    return body.split('<div class="ncs-entry entry-content">', 1)[1].split('<div class="ncs-share">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert g["images"], g["path"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/wp-content/uploads/2026/")
            assert "blank.gif" not in img["path"] and "data:" not in img["path"]
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet")
            assert not name.startswith("ThS") and " – " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for key in portal.CATEGORIES:
        assert sum(s.cat == key for s in portal.STORIES) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="ncs-post-title entry-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    y, m, d = gold["published_at"].split("-")
    assert f'<span class="ncs-meta-date">{d}/{m}/{y}</span>' in body
    assert f'article:published_time" content="{gold["published_at"]}T' in body
    assert portal.HEADER_DATE in body
    assert f'rel="category tag">{_html.escape(gold["category"])}</a>' in body
    assert f'class="breadcrumb_last">{_html.escape(gold["title"])}</span>' in body
    shown = entry_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    article = entry_html(body)
    for img in gold["images"]:
        assert img["path"] in article, img["path"]
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    # layout images are all there, and none of them is a gold image
    gold_paths = {img["path"] for img in gold["images"]}
    assert "background-image:url('/wp-content/uploads/" in body
    assert 'class="avatar avatar-32 photo"' in body
    assert "/wp-content/plugins/wp-statistics/pixel.gif" in body
    assert "share-facebook.png" in body
    hero = re.search(r"background-image:url\('([^']+)'\)", body).group(1)
    assert hero not in gold_paths


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "article:published_time" not in body, path
        assert 'class="ncs-post-title entry-title">' not in body or path == portal.ATTACHMENT_PATH


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_posts_only_on_listing_page_2(server):
    late = {f"/{portal.S_BUONDON}/", f"/{portal.S_KHAIGIANG}/"}
    seen = walk(server, [portal.START_PATH])
    page2 = "/chuyen-muc/tin-hoat-dong/page/2/"
    for target, body in seen.items():
        hrefs = set(links(server, body))
        if target == page2:
            assert late <= hrefs
        elif target not in late and not target.startswith(tuple(late)):
            assert not late & hrefs, target
    status, body, _ = fetch(server, "/chuyen-muc/tin-hoat-dong/")
    assert status == 200 and f'href="{page2}"' in body and "Trang sau »" in body
    assert body.count('class="ncs-post-item ') == 5
    assert fetch(server, "/chuyen-muc/tin-hoat-dong/page/3/")[0] == 404
    status, _, headers = fetch(server, "/chuyen-muc/tin-hoat-dong/page/1/")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/tin-hoat-dong/")


def test_lazysizes_prints_one_image_with_noscript_twin(server):
    _, body, _ = fetch(server, f"/{portal.S_VANNGHE}/")
    article = entry_html(body)
    src = portal.up("11", "van-nghe-20-11-1.jpg")
    assert 'src="data:image/gif;base64,R0lGOD' in article
    assert f'data-src="{src}" class="lazyload' in article
    assert f'<noscript><img src="{src}"' in article
    assert article.count(src) == 2
    assert 'class="emoji" alt="🎉"' in article and "72x72/1f389.png" in article
    gold = next(g for g in portal.GOLD if g["path"] == f"/{portal.S_VANNGHE}/")
    assert "Việt Nam 🎉 với sự tham gia" in gold["body"]
    assert len(gold["images"]) == 3
    assert gold["authors"] == gold["photographers"] == ["Liên đội"]


def test_wp_rocket_lazy_attributes(server):
    _, body, _ = fetch(server, f"/{portal.S_STEM}/")
    article = entry_html(body)
    src = portal.up("11", "ngay-hoi-stem-1.jpg")
    assert 'src="data:image/svg+xml,' in article
    assert f'data-lazy-src="{src}"' in article and f'data-lazy-srcset="{src} 800w' in article
    assert 'class="wp-caption-text"' in article


def test_picture_with_webp_sources(server):
    _, body, _ = fetch(server, f"/{portal.S_QDND}/")
    article = entry_html(body)
    src = portal.up("12", "ke-hoach-22-12.jpg")
    assert f'<source type="image/webp" srcset="{src}.webp 1x' in article
    assert f'<img src="{src}"' in article
    assert fetch(server, src + ".webp")[0] == 404


def test_srcset_only_images_gold_is_largest(server):
    _, body, _ = fetch(server, f"/{portal.S_ATGT}/")
    article = entry_html(body)
    tags = re.findall(r'<img src="/wp-content/plugins/lazy/blank.gif" srcset="([^"]+)"', article)
    assert len(tags) == 2
    gold = next(g for g in portal.GOLD if g["path"] == f"/{portal.S_ATGT}/")
    for srcset, img in zip(tags, gold["images"], strict=True):
        cands = [c.strip().split() for c in srcset.split(",")]
        largest = max(cands, key=lambda c: int(c[1][:-1]))[0]
        assert largest == img["path"]
        assert cands[-1][0] != largest  # not simply the last candidate
    _, body, _ = fetch(server, f"/{portal.S_KHOA}/")
    m = re.search(r'srcset="([^"]+) 1x, ([^"]+) 2x"', entry_html(body))
    assert m and m.group(2) == portal.up("11", "minh-khoa-khkt-2@2x.jpg")


def test_slider_clones_first_and_last(server):
    _, body, _ = fetch(server, f"/{portal.S_2011}/")
    article = entry_html(body)
    items = re.findall(r'<div class="(owl-item(?: cloned)?)"[^>]*><div class="ncs-slide"><img src="([^"]+)"', article)
    assert len(items) == 7
    assert [c for c, _ in items].count("owl-item cloned") == 2
    real = [src for c, src in items if c == "owl-item"]
    gold = next(g for g in portal.GOLD if g["path"] == f"/{portal.S_2011}/")
    assert [img["path"] for img in gold["images"]] == real
    assert items[0][1] == real[-1] and items[-1][1] == real[0]
    captions = re.findall(r'<div class="caption">([^<]*)</div>', article)
    assert len(captions) == 7
    assert [_html.unescape(c) for c in captions[1:6]] == [img["caption"] for img in gold["images"]]
    assert 'class="ncs-entry-sapo"' in body and gold["summary"]


def test_fancybox_links_full_size_gold_is_img(server):
    _, body, _ = fetch(server, f"/{portal.S_BUONDON}/")
    article = entry_html(body)
    full = portal.up("10", "buon-don-cau-treo-1920x1080.jpg")
    small = portal.up("10", "buon-don-cau-treo-768x432.jpg")
    assert f'<a href="{full}" data-fancybox="gallery"' in article and f'<img src="{small}"' in article
    gold = next(g for g in portal.GOLD if g["path"] == f"/{portal.S_BUONDON}/")
    assert gold["images"][0]["path"] == small


def test_attachment_page_looks_like_a_post(server):
    _, body, _ = fetch(server, f"/{portal.S_HKPD}/")
    assert f'<a href="{portal.ATTACHMENT_PATH}"><img src="{portal.up("10", "anh-2.jpg")}"' in body
    status, body, _ = fetch(server, portal.ATTACHMENT_PATH)
    assert status == 200 and '<h1 class="ncs-post-title entry-title">anh-2</h1>' in body
    assert 'class="ncs-meta-date">30/10/2026<' in body and "Đăng bởi: <a" in body


def test_shortlink_and_replytocom(server):
    story = portal.BY_SLUG[portal.S_VITIEN]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == f"{server.base_url}/{story.slug}/"
    assert fetch(server, "/?p=9999")[0] == 404
    _, body, _ = fetch(server, f"/{story.slug}/")
    assert f'href="/{story.slug}/?replytocom=41#respond"' in body
    gold = next(g for g in portal.GOLD if g["path"] == f"/{story.slug}/")
    for alt in gold["alt_paths"]:
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}/{story.slug}/">' in alt_body
    assert fetch(server, f"/{story.slug}/?replytocom=7")[0] == 404
    status, _, headers = fetch(server, f"/{story.slug}")
    assert status == 301 and headers["Location"].endswith(f"/{story.slug}/")


def test_bylines_and_meta_authors(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    _, body, _ = fetch(server, f"/{portal.S_HNHI}/")
    assert "Đăng bởi: <a href=\"/author/admin/\">admin</a>" in body
    assert "ThS. Trần Quốc Bảo – GVCN lớp 9A3" in body
    assert by_path[f"/{portal.S_HNHI}/"]["authors"] == ["Trần Quốc Bảo"]
    _, body, _ = fetch(server, f"/{portal.S_QDND}/")
    assert ">admin</a>" in body and by_path[f"/{portal.S_QDND}/"]["authors"] == []
    _, body, _ = fetch(server, f"/{portal.S_KHAIGIANG}/")
    assert "Ảnh minh họa: Internet" in body
    assert by_path[f"/{portal.S_KHAIGIANG}/"]["photographers"] == []
    assert by_path[f"/{portal.S_KHOA}/"]["source"] == "Báo Đắk Lắk"


def test_br_splits_paragraphs(server):
    _, body, _ = fetch(server, f"/{portal.S_BAO}/")
    assert "ngày thứ Sáu, 27/11/2026.<br />" in body
    gold = next(g for g in portal.GOLD if g["path"] == f"/{portal.S_BAO}/")
    assert "27/11/2026.\n\nThời gian học bù" in gold["body"]


def test_sidebar_and_gallery_widget(server):
    _, body, _ = fetch(server, "/")
    assert "Bài viết mới" in body and "Thư viện ảnh" in body
    assert "Đang online" in body and "Hôm nay" in body and "Tổng truy cập" in body
    assert body.count('class="ncs-gallery-thumb"') == len(portal.GALLERY)
    assert fetch(server, "/the/khong-co/")[0] == 404
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
