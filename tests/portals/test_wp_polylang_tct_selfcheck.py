"""Self-check of the WordPress + Polylang political-school portal: the fixture against itself.

Why: the blind crawl happens once; a gold target that does not answer, a paragraph the page does
not print, or an article no link, feed or sitemap reaches would waste it. Nothing here imports
the crawler beyond the demo server. It also pins down what makes the platform what it is: the
Polylang language pairs and ``?lang=`` forms, the ticker's ``?lang=vi`` duplicates, the
``?replytocom=`` duplicates, LiteSpeed's lazy images, WordPress's redirects and 404s, feeds per
language, the REST API and attachment pages.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_polylang_tct as portal
from ._selfcheck import fetch

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_CONTENT_START = '<article class="small single">'
_CONTENT_END = '<div class="clearfix mb-3"></div>'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader(markup: str) -> str:
    """Text as a reader sees it: table cells joined by " | ", tags gone, entities decoded, NFC."""
    markup = re.sub(r"<noscript>.*?</noscript>", " ", markup, flags=re.S)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _content(body: str) -> str:
    return body.split(_CONTENT_START, 1)[1].split(_CONTENT_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if (
        parts.scheme not in ("http", "https")
        or f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}"
    ):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href).split("#", 1)[0])
        if target:
            out.append(target)
    return out


def _gold_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


# --------------------------------------------------------------------------- the gold itself


def test_contract_shape() -> None:
    assert (
        portal.NAME == "wp_polylang_tct"
        and portal.PLATFORM == "wordpress"
        and portal.START_PATH == "/"
    )
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(alts)) == len(alts) and not set(alts) & (set(paths) | set(portal.NON_ARTICLES))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    # the English translations are pages of the portal, but not gold
    assert {portal.en_path(e) for e in portal.EN_POSTS} <= set(portal.NON_ARTICLES)


@pytest.mark.parametrize(
    "gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][:32]
)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _DAY.match(gold["published_at"])  # the theme prints a day, never a time
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"}
        assert img["caption"] is None or (
            img["caption"] not in paragraphs and not img["caption"].startswith(("(", "Ảnh:"))
        )
    for name in gold["authors"] + gold["photographers"]:
        assert not re.match(r"(ThS|TS|PGS)\.", name) and name not in ("admin", "bientap")
        assert all(name not in p for p in paragraphs)


# --------------------------------------------------------------------------- pages answer


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = []
    for target in targets:
        status, _, headers = fetch(server, target)
        if status != 200 or headers.get("Content-Type") != "text/html; charset=utf-8":
            failures.append((target, status))
    assert not failures


@pytest.mark.parametrize(
    "gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][:32]
)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = _story(gold)
    h1 = re.search(r'<h1 class="title single"> <a [^>]*>(.*?)</a></h1>', body).group(1)
    assert _reader(h1) == gold["title"]
    content = _content(body)
    text = _reader(content)
    paragraphs = gold["body"].split("\n\n")
    if story.sapo_outside:
        sapo = re.search(r'<div class="tct-sapo"><p>(.*?)</p></div>', body).group(1)
        assert _reader(sapo) == gold["summary"] == paragraphs[0]
        paragraphs = paragraphs[1:]
    elif gold["summary"]:
        assert content.startswith(f"\n<p><strong>{portal.tx(gold['summary'])}</strong></p>")
    for paragraph in paragraphs:
        assert paragraph in text, paragraph[:60]
    # the header prints the day the way WordPress's Vietnamese locale writes "M j, Y"
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    header = body.split('<div class="mg-header">', 1)[1].split("</div>\n</div>\n</div>", 1)[0]
    assert (
        f'<span class="mg-blog-date"><i class="fas fa-clock"></i> Th{m} {d}, {y}</span>' in header
    )
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text or name in _reader(header)
    # images: LiteSpeed placeholders in src, the photo in data-src and in the noscript copy
    lazy = re.findall(
        r'data-lazyloaded="1" src="data:image/svg\+xml;base64,[^"]+" data-src="([^"]+)"', content
    )
    noscript = re.findall(r'<noscript><img [^>]*?src="([^"]+)"', content)
    assert lazy == noscript == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
    crumbs = re.search(r'<p id="breadcrumbs">(.*?)</p>', body).group(1)
    assert re.findall(r'<a href="/category/[^"]+">([^<]+)</a>', crumbs)[-1] == gold["category"]
    page = _reader(body)
    for chrome in (
        portal.TODAY,
        "Bài viết liên quan",
        "Thống kê truy cập",
        portal.HOTLINE,
        "Bản quyền ©",
    ):
        assert chrome in page
    assert "Bình luận đã bị đóng." in page or "Trả lời" in page


def test_meta_times_are_utc_machine_times_under_a_printed_day(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(story))
        meta = re.search(
            r'<meta property="article:published_time" content="([^"]+)" />', body
        ).group(1)
        assert meta.endswith("+00:00") and "datePublished" in body
        assert "lúc" not in _reader(
            body.split('<div class="mg-header">', 1)[1].split("</article>", 1)[0]
        )


def test_signatures_and_labels_are_printed_as_described(server: PortalServer) -> None:
    want = {
        2087: ["Tin: Hoàng Phúc", "Ảnh: Thanh Tâm"],
        2064: ["Tin, ảnh: Lê Thu Hà", "Cập nhật: Th11 18, 2026"],
        2049: ["Tin: Đặng Minh Tuấn - Ảnh: Thanh Tâm"],
        2036: ["ThS. Nguyễn Thị Hoa - Khoa Lý luận cơ sở"],
        2029: ["Bài và ảnh: Nguyễn Văn Khánh"],
        2021: ["Ảnh: Thanh Tâm", "z5938475612034_8f2c1a9b7e3d4f6a91c2d3e4f5a6b7c8"],
        2013: ["Thu Phương", "Nguồn: Báo Tuyên Quang", "Bởi bientap"],
        2004: ["Minh Đức", "Bởi admin"],
        2071: ["Ảnh: Đồng chí Phó Hiệu trưởng", "Bởi Phòng Đào tạo"],
        2095: ["Bởi Phòng Tổ chức - Hành chính"],
        1975: ["Tải xuống", "Bởi Phòng Đào tạo"],
    }
    for pid, lines in want.items():
        _, body, _ = fetch(server, portal.article_path(portal._BY_ID[pid]))
        page = _reader(body)
        for line in lines:
            assert line in page, (pid, line)
    _, body, _ = fetch(server, portal.article_path(portal._BY_ID[2064]))
    assert "(Đồng chí Bí thư Chi bộ Khoa Xây dựng Đảng trình bày chuyên đề)" in _reader(body)


# --------------------------------------------------------------------------- reachability


def _walk(server: PortalServer) -> set[str]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not _NOT_PAGES.search(urlsplit(link).path) and link not in seen:
                queue.append(link)
    assert len(seen) < 400  # the link graph is finite
    return seen


def test_every_article_and_non_article_is_reachable_by_links(server: PortalServer) -> None:
    seen = _walk(server)
    assert _gold_paths() <= seen
    assert set(portal.NON_ARTICLES) <= seen
    # the ticker's and the reply links' duplicates are reachable too
    assert any(t.endswith("/?lang=vi") and t.startswith("/tin-tuc/") for t in seen)
    assert any("?replytocom=" in t for t in seen)


def test_feeds_and_sitemaps(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    assert f'href="{server.base_url}/feed/"' in home
    status, feed, headers = fetch(server, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)} - {"/"}
    assert len(in_feed) == 10 and in_feed <= _gold_paths()
    _, en_feed, _ = fetch(server, "/en/feed/")
    in_en = {_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", en_feed)} - {"/en/"}
    assert in_en == {portal.en_path(e) for e in portal.EN_POSTS}
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    listed: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        status, xml, _ = fetch(server, _local(server, child))
        assert status == 200
        listed |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert _gold_paths() <= listed
    assert {portal.en_path(e) for e in portal.EN_POSTS} <= listed


# --------------------------------------------------------------------------- Polylang and traps


def test_language_pairs_and_switcher(server: PortalServer) -> None:
    for story in portal.STORIES:
        path = portal.article_path(story)
        _, body, _ = fetch(server, path)
        switch = re.search(
            r'<li class="lang-item lang-item-en"><a [^>]*href="([^"]+)"', body
        ).group(1)
        en = portal._EN_BY_VI.get(story.id)
        if en:
            assert (
                f'<link rel="alternate" href="{server.base_url}{portal.en_path(en)}" hreflang="en-GB" />'
                in body
            )
            assert switch == portal.en_path(en)
            _, en_body, _ = fetch(server, portal.en_path(en))
            assert (
                f'<link rel="alternate" href="{server.base_url}{path}" hreflang="vi" />' in en_body
            )
            assert '<html lang="en-GB">' in en_body and "Nov " in en_body
        else:
            assert 'hreflang="en-GB"' not in body.split("</head>", 1)[0]
            assert switch == "/en/"


def test_lang_query_forms(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/?lang=en")
    assert status == 200 and f'<link rel="canonical" href="{server.base_url}/en/" />' in body
    status, body, _ = fetch(server, "/?lang=vi")
    assert status == 200 and f'<link rel="canonical" href="{server.base_url}/" />' in body
    for story in portal.STORIES:
        path = portal.article_path(story)
        status, body, _ = fetch(server, path + "?lang=vi")
        assert status == 200 and f'<link rel="canonical" href="{server.base_url}{path}" />' in body
        status, _, headers = fetch(server, path + "?lang=en")
        en = portal._EN_BY_VI.get(story.id)
        assert status == 302 and headers["Location"] == (portal.en_path(en) if en else "/en/")
    en = portal.EN_POSTS[0]
    status, _, headers = fetch(server, portal.en_path(en) + "?lang=vi")
    assert status == 302 and headers["Location"] == portal.article_path(portal._BY_ID[en.vi])
    status, body, _ = fetch(server, "/category/tin-hoat-dong/?lang=vi")
    assert status == 200 and f'href="{server.base_url}/category/tin-hoat-dong/" />' in body


def test_duplicates_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, clean, _ = fetch(server, gold["path"])
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200 and _content(body) == _content(clean)
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
    commented = [g for g in portal.GOLD if any("replytocom" in a for a in g["alt_paths"])]
    assert len(commented) == 1
    _, body, _ = fetch(server, commented[0]["path"])
    assert body.count("?replytocom=") == len(portal.COMMENTS)
    assert "Th11 13, 2026 lúc 8:12 sáng" in body and "Nguyễn Văn Bình" in body


def test_wordpress_redirects_and_not_found(server: PortalServer) -> None:
    story = portal.STORIES[0]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == portal.article_path(story)
    status, _, headers = fetch(server, portal.article_path(story).rstrip("/"))
    assert status == 301 and headers["Location"] == portal.article_path(story)
    status, _, headers = fetch(server, "/category/tin-hoat-dong/page/1/")
    assert status == 301 and headers["Location"] == "/category/tin-hoat-dong/"
    assert fetch(server, "/category/tin-hoat-dong/page/4/")[0] == 404
    assert fetch(server, "/2026/08/")[0] == 404
    assert fetch(server, "/2026/11/02/")[0] == 404
    status, body, _ = fetch(server, "/tin-tuc/khong-co-bai-nay/")
    assert status == 404 and "Không tìm thấy trang" in body


def test_paginated_listings(server: PortalServer) -> None:
    listed: list[str] = []
    for n in (1, 2, 3):
        target = "/category/tin-hoat-dong/" + (f"page/{n}/" if n > 1 else "")
        _, body, _ = fetch(server, target)
        assert f'<div class="tct-page-count">Trang {n} / 3</div>' in body
        assert (
            '<nav class="navigation pagination"' in body and 'class="page-numbers current">' in body
        )
        listed += re.findall(r'<h4 class="entry-title title"><a href="([^"]+)">', body)
    assert listed == [portal.article_path(s) for s in portal.newest("tin-hoat-dong")]
    # the two-category post is listed under both archives
    two = next(s for s in portal.STORIES if s.opts.get("cats"))
    assert portal.article_path(two) in listed
    _, body, _ = fetch(server, "/author/phongdaotao/page/2/")
    assert "Trang 2 / 2" in body
    _, body, _ = fetch(server, "/2026/11/page/2/")
    assert "Trang 2 / 2" in body


def test_machine_answers(server: PortalServer) -> None:
    status, raw, headers = fetch(server, "/wp-json/")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert json.loads(raw)["name"] == portal.SITE
    story = portal.STORIES[1]
    status, raw, _ = fetch(server, f"/wp-json/wp/v2/posts/{story.id}")
    assert status == 200 and json.loads(raw)["link"].endswith(portal.article_path(story))
    assert fetch(server, "/wp-json/wp/v2/nothing")[0] == 404
    status, raw, _ = fetch(server, "/xmlrpc.php?rsd")
    assert status == 200 and "<engineName>WordPress</engineName>" in raw
    status, body, _ = fetch(server, "/?s=h%E1%BB%99i+th%E1%BA%A3o&lang=vi")
    assert status == 200 and '<meta name="robots" content="noindex, follow" />' in body
    assert portal.article_path(portal._BY_ID[2049]) in body
    assert fetch(server, portal.article_path(portal._BY_ID[2064]) + "feed/")[0] == 200
    assert fetch(server, "/wp-login.php")[0] == 200
    pdf = portal.LIBRARY[0][0]
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, library, _ = fetch(server, "/thu-vien/")
    assert all(f in library for f, _, _ in portal.LIBRARY)


def test_attachment_pages_look_like_posts_but_hold_only_a_picture(server: PortalServer) -> None:
    for post_id, slug, _ in portal.ATTACHMENTS:
        path = portal._attachment_path(post_id, slug)
        status, body, _ = fetch(server, path)
        assert status == 200 and f"{slug}</a></h1>" in body and 'class="mg-blog-date"' in body
        assert re.findall(r"<p>", _content(body)) == []
        _, post, _ = fetch(server, portal.article_path(portal._BY_ID[post_id]))
        assert f'<a href="{path}">' in post


def test_encoding_and_texturized_punctuation(server: PortalServer) -> None:
    _, body, headers = fetch(server, portal.GOLD[0]["path"])
    assert (
        headers["Content-Type"] == "text/html; charset=utf-8" and '<meta charset="UTF-8">' in body
    )
    assert "&#8211;" in body and "–" not in _content(body)
    assert unicodedata.is_normalized("NFC", body)
    quoted = next(g for g in portal.GOLD if "“" in g["body"])
    _, body, _ = fetch(server, quoted["path"])
    assert "&#8220;" in _content(body) and "“" not in _content(body)


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
