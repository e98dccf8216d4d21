"""Self-check of the Ghost school blog fixture: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes the crawler for it; a gold target
that 404s, a paragraph its page does not print or an article that neither a link, the feed nor the
sitemap reaches would waste that crawl. Nothing here imports the crawler beyond the demo server.
It also pins down what the module's docstring promises about the platform: Ghost's URL shapes and
redirects, the ``?ref=`` variants that serve the same page with a clean canonical, the date printed
without time while the meta time is UTC (a day earlier for the early-morning posts), the tag page
without posts, pages that look like posts, the feed and the four sitemaps.
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

from . import ghost_school as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_FILES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|xsl)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"</?(?:span|a|strong|em|b|i)(?:\s[^>]*)?>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href.split("#", 1)[0]))
        if target:
            out.append(target)
    return out


def _content(body: str) -> str:
    return body.split('<section class="gh-content gh-canvas">', 1)[1].split(
        "</section>\n\n    <div", 1
    )[0]


def _images_printed(server: PortalServer, body: str) -> list[str]:
    """The feature image's src, then every image src of the content outside bookmark cards."""
    header = body.split('<header class="article-header gh-canvas">', 1)[1].split("</header>", 1)[0]
    srcs = re.findall(r'<figure class="article-image">\s*<img[^>]*?\ssrc="([^"]+)"', header, re.S)
    content = re.sub(
        r'<figure class="kg-card kg-bookmark-card">.*?</figure>', "", _content(body), flags=re.S
    )
    srcs += re.findall(r'<img src="([^"]+)"', content)
    return [html.unescape(s) for s in srcs]


def _gold_urls(server: PortalServer, gold: dict) -> list[str]:
    return [img.get("url") or server.base_url + img["path"] for img in gold["images"]]


def _gold_ids(gold: dict) -> str:
    return gold["path"].strip("/")[-28:]


# --- the gold itself --------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "ghost_school" and portal.PLATFORM == "ghost" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for name, _ in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == len(set(alts)) == portal.LATEST_WIDGET + 1
    assert all("?ref=" in a for a in alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gold_ids)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/[a-z0-9-]+/", gold["path"])
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs))
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) in ({"path", "caption"}, {"url", "caption"})
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert unicodedata.is_normalized("NFC", name)
        assert not any(name and name in p and len(p) < 60 for p in paragraphs), name


def test_pagination_spans_three_pages_in_one_category() -> None:
    counts = {slug: len(portal.in_tag(slug)) for slug in portal.CATS}
    assert max(counts.values()) > 2 * portal.PER_PAGE and sum(counts.values()) == len(portal.GOLD)


# --- pages answer and print their gold ---------------------------------------------------------


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    targets += [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gold_ids)
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    page = _reader_text(body)
    assert f'<h1 class="article-title">{html.escape(gold["title"], quote=True)}</h1>' in body
    assert f"<title>{html.escape(gold['title'], quote=True)}</title>" in body
    if gold["summary"]:
        assert f'<p class="article-excerpt">{html.escape(gold["summary"], quote=True)}</p>' in body
    else:
        assert 'class="article-excerpt"' not in body
    content = _reader_text(_content(body))
    paragraphs = gold["body"].split("\n\n")
    for paragraph in (
        paragraphs[1:] if gold["summary"] and paragraphs[0] not in content else paragraphs
    ):
        assert paragraph in content, paragraph[:60]
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in page, name
    assert _images_printed(server, body) == _gold_urls(server, gold)
    figcaptions = [
        _reader_text(c) for c in re.findall(r"<figcaption>(.*?)</figcaption>", body, re.S)
    ]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in figcaptions
    stamp = gold["published_at"]
    shown = f"{int(stamp[8:10])} Thg {stamp[5:7]} {stamp[:4]}"
    assert f'<time class="byline-meta-date" datetime="{stamp[:10]}">{shown}</time>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    crumb = re.search(r'<nav class="thd-breadcrumb[^>]*>(.*?)</nav>', body).group(1)
    assert _reader_text(crumb) == f"Trang chủ › {gold['category']}"
    primary = re.search(
        r'<span class="post-card-primary-tag">\s*<a href="/tag/[a-z0-9-]+/">([^<]+)</a>', body
    )
    assert primary.group(1) == gold["category"]
    for chrome in (
        portal.TODAY,
        "Tổng lượt truy cập",
        portal.ADDRESS,
        "Bài viết liên quan",
        "Powered by Ghost",
    ):
        assert chrome in page, chrome


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gold_ids)
def test_signatures_captions_and_cards_are_not_body(server: PortalServer, gold: dict) -> None:
    _, body, _ = fetch(server, gold["path"])
    content = _content(body)
    not_body = [
        _reader_text(m) for m in re.findall(r'<p style="text-align: right;">(.*?)</p>', content)
    ]
    not_body += [
        _reader_text(m) for m in re.findall(r"<figcaption>(.*?)</figcaption>", content, re.S)
    ]
    not_body += [
        _reader_text(m)
        for m in re.findall(
            r'<div class="kg-(?:bookmark-title|bookmark-description|file-card-title|file-card-caption)">(.*?)</div>',
            content,
        )
    ]
    not_body += [
        _reader_text(m) for m in re.findall(r'class="kg-btn kg-btn-accent">(.*?)</a>', content)
    ]
    paragraphs = gold["body"].split("\n\n")
    for text in not_body:
        assert text not in paragraphs, text


def test_the_hard_cards_are_there(server: PortalServer) -> None:
    """Each Koenig card the docstring names is printed by at least one gold post."""
    bodies = "".join(fetch(server, g["path"])[1] for g in portal.GOLD)
    for card in ("kg-image-card", "kg-gallery-card", "kg-bookmark-card", "kg-callout-card", "kg-toggle-card",
                 "kg-file-card", "kg-button-card", "kg-embed-card", "kg-width-wide", "<!--kg-card-begin: html-->",
                 "<blockquote>", '<span style="white-space: pre-wrap;">'):  # fmt: skip
        assert card in bodies, card
    unsplash = next(g for g in portal.GOLD if g["images"] and "url" in g["images"][0])
    _, body, _ = fetch(server, unsplash["path"])
    assert 'Photo by <a href="https://unsplash.com/@thanhtran' in body
    # one gallery whose figcaption its last image carries, one gallery without a caption
    captions = [[i["caption"] for i in g["images"]] for g in portal.GOLD]
    assert any(len(c) >= 4 and c[-1] and c[-3:] == [None, None, c[-1]] for c in captions)
    assert any(c[-4:] == [None] * 4 and len(c) >= 5 for c in captions)


# --- traps and platform behaviour -------------------------------------------------------------


def test_ref_variants_serve_the_same_page_with_a_clean_canonical(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, clean, _ = fetch(server, gold["path"])
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200 and body == clean
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body


def test_printed_date_is_local_while_meta_time_is_utc(server: PortalServer) -> None:
    crossing = 0
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.post_path(story))
        meta = re.search(r'<meta property="article:published_time" content="([^"]+)">', body).group(
            1
        )
        assert meta == portal.utc_stamp(story) and meta.endswith(".000Z")
        assert f'"datePublished": "{meta}"' in body
        if meta[:10] != story.published_at:
            crossing += 1
            assert portal.local_time(story).hour < 7
    assert crossing == 2


def test_reachability_by_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    feeds: set[str] = set()
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        feeds |= {
            _local(server, h)
            for h in re.findall(
                r'<link rel="alternate" type="application/rss\+xml" [^>]*href="([^"]+)"', body
            )
        }
        queue.extend(
            link for link in _links(server, target, body) if not _FILES.search(urlsplit(link).path)
        )
    assert articles <= seen
    assert set(portal.NON_ARTICLES) <= seen
    alts = {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert alts <= seen
    assert not {t for t in seen if "?" in t} - alts
    assert feeds == {"/rss/"}
    _, feed, headers = fetch(server, "/rss/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)} - {"/"}
    assert in_feed == articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    children = [_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", index_xml)]
    assert children == [
        "/sitemap-pages.xml",
        "/sitemap-posts.xml",
        "/sitemap-authors.xml",
        "/sitemap-tags.xml",
    ]
    listed: dict[str, set[str]] = {}
    for child in children:
        _, xml, headers = fetch(server, child)
        assert headers["Content-Type"].startswith("text/xml") and xml.startswith(
            '<?xml version="1.0"'
        )
        assert '<?xml-stylesheet type="text/xsl"' in xml
        listed[child] = {
            _local(server, u)
            for u in re.findall(r"<loc>(http[^<]+?)</loc>", xml)
            if "/content/images/" not in u
        }
    assert listed["/sitemap-posts.xml"] == articles
    assert listed["/sitemap-pages.xml"] == {"/", *(f"/{p}/" for p in portal.PAGES)}
    assert portal.EMPTY_TAG not in " ".join(listed["/sitemap-tags.xml"])


def test_listings_paginate_like_ghost(server: PortalServer) -> None:
    for slug in [*portal.CATS, *portal.TAGS]:
        want = [portal.post_path(s) for s in portal.in_tag(slug)]
        got: list[str] = []
        target: str | None = f"/tag/{slug}/"
        pages = 0
        while target:
            status, body, _ = fetch(server, target)
            assert status == 200
            pages += 1
            got += re.findall(r'<a class="post-card-content-link" href="([^"]+)">', body)
            older = re.search(r'<a class="older-posts" href="([^"]+)">', body)
            target = older.group(1) if older else None
            if got:
                assert f'<span class="page-number">Trang {pages} / ' in body
        assert got == want
        assert pages == max(1, -(-len(want) // portal.PER_PAGE))
    assert fetch(server, "/tag/tin-tuc-su-kien/page/3/")[0] == 200
    assert fetch(server, "/tag/tin-tuc-su-kien/page/4/")[0] == 404
    status, _, headers = fetch(server, "/tag/tin-tuc-su-kien/page/1/")
    assert status == 301 and headers["Location"] == "/tag/tin-tuc-su-kien/"
    status, _, headers = fetch(server, "/page/1/")
    assert status == 301 and headers["Location"] == "/"
    _, body, _ = fetch(server, "/page/2/")
    assert '<link rel="prev"' in body and '<link rel="next"' in body


def test_tag_without_posts(server: PortalServer) -> None:
    status, body, _ = fetch(server, f"/tag/{portal.EMPTY_TAG}/")
    assert status == 200 and "Chưa có bài viết" in body
    assert '<a class="post-card-content-link"' not in body and 'class="pagination"' not in body


def test_pages_and_author_pages_are_not_posts(server: PortalServer) -> None:
    for slug in portal.PAGES:
        status, body, _ = fetch(server, f"/{slug}/")
        assert status == 200 and '<article class="article page' in body
        assert "byline-meta-date" not in body and "article:published_time" not in body
    _, album, _ = fetch(server, "/thu-vien-anh/")
    assert album.count("kg-gallery-card") == 2
    for slug, author in portal.AUTHORS.items():
        status, body, _ = fetch(server, f"/author/{slug}/")
        assert status == 200 and author.name in body and "author-template" in body


def test_ghost_redirects_and_not_found(server: PortalServer) -> None:
    post = portal.GOLD[3]["path"]
    status, _, headers = fetch(server, post.rstrip("/") + "?ref=abc")
    assert status == 301 and headers["Location"] == post + "?ref=abc"
    status, _, headers = fetch(server, post.upper())
    assert status == 301 and headers["Location"] == post
    status, _, headers = fetch(server, post + "amp/")
    assert status == 301 and headers["Location"] == post
    status, _, headers = fetch(server, "/gioi-thieu.html")
    assert status == 301 and headers["Location"] == "/gioi-thieu/"
    status, body, _ = fetch(server, "/khong-co-bai-nay/")
    assert status == 404 and "Không tìm thấy trang" in body
    assert (
        fetch(server, "/tag/khong-co/")[0] == 404 and fetch(server, "/author/khong-co/")[0] == 404
    )
    assert (
        fetch(server, "/content/files/2026/11/lich-kiem-tra-cuoi-hk1-2026-2027.pdf")[2][
            "Content-Type"
        ]
        == "application/pdf"
    )


def test_members_links_are_fragments(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/")
    for fragment in ("#/portal/signup", "#/portal/signin", 'href="#/portal"'):
        assert fragment in body
    assert "data-ghost-search" in body


def test_text_is_raw_nfc_utf8_and_site_is_deterministic(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, body, headers = fetch(server, gold["path"])
        assert "charset=utf-8" in headers["Content-Type"]
        assert unicodedata.is_normalized("NFC", body)
        assert not re.search(r"&#\d+;|&[a-z]grave;|&[a-z]acute;", body)
    target = portal.GOLD[1]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
