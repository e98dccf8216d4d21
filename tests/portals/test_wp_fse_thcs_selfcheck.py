"""Self-check of the WordPress block-theme school portal: the fixture against itself, never the crawler.

Why: the portal is crawled once, blind; a gold path that does not answer, a gold paragraph the page
does not print, or an article no link, feed or sitemap reaches would waste that crawl. This also
pins down the platform's shape and traps: date permalinks and ``?p=ID`` redirects, the Query
Loop's ``?query-1-page=N`` pagination, ``/page/N/`` archives that repeat page 1, soft-empty query
pages, ``?replytocom`` duplicates, wp-json and oEmbed documents, attachment pages, core sitemaps.
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

from . import wp_fse_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
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
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href.split("#", 1)[0]))
        if target:
            out.append(target)
    return out


def _content(body: str) -> str:
    return body.split('<div class="entry-content', 1)[1].split("\n</div>\n", 1)[0]


def _gold_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def test_contract_shape() -> None:
    assert portal.NAME == "wp_fse_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][-24:])
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
        assert set(img) == {"path", "caption"} and img["path"].startswith("/wp-content/uploads/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert not name or not any(name in p for p in paragraphs[-1:])


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    targets += [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert f'<h1 class="has-text-align-left wp-block-post-title">{html.escape(gold["title"])}</h1>' in body
    content = _content(body)
    text = _reader_text(content)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    page = _reader_text(body)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    # the featured figure sits before the content, then the content's images in order
    featured = re.findall(r'<figure [^>]*class="wp-block-post-featured-image"><img [^>]*src="([^"]+)"', body)
    srcs = featured + re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert [_local(server, s) for s in srcs] == [i["path"] for i in gold["images"]]
    captions = [_reader_text(c) for c in re.findall(r'<figcaption class="wp-element-caption">(.*?)</figcaption>', content)]
    assert captions == [i["caption"] for i in gold["images"] if i["caption"]]
    assert "wp-block-post-featured-image\"><img" not in content and "figcaption" not in body.split('<div class="entry-content', 1)[0]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    crumbs = _reader_text(re.search(r'<div class="breadcrumbs".*?</div>', body).group(0))
    assert crumbs.split(" > ")[1] == gold["category"]
    terms = re.search(r'taxonomy-category wp-block-post-terms"><a [^>]*>([^<]+)</a>', body).group(1)
    assert terms == gold["category"]
    stamp = gold["published_at"]
    time_tag = re.search(r'<div class="wp-block-post-date"><time datetime="([^"]+)">([^<]+)</time>', body)
    assert time_tag.group(1).startswith(stamp[:10])
    if "T" in stamp:
        assert time_tag.group(2) == f"Đăng lúc {stamp[11:16]}, {stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
    else:
        month = portal.MONTHS[int(stamp[5:7]) - 1]
        assert time_tag.group(2) == f"{int(stamp[8:10])} {month}, {stamp[:4]}"
    for chrome in (portal.TODAY, "Lượt xem:", "Đang online:", portal.ADDRESS, portal.HOTLINE,
                   "Bài viết mới", "Để lại bình luận", "Chia sẻ:"):
        assert chrome in page
    assert f'<link rel="alternate" type="application/json" href="{server.base_url}/wp-json/wp/v2/posts/' in body


def test_bylines_and_author_block(server: PortalServer) -> None:
    by_path = {portal.article_path(s): s for s in portal.STORIES}
    for gold in portal.GOLD:
        story = by_path[gold["path"]]
        _, body, _ = fetch(server, gold["path"])
        shown = re.search(r'wp-block-post-author-name__link">([^<]+)</a>', body).group(1)
        assert html.unescape(shown) == portal.USERS[story.opts["user"]]
        signed = re.search(r"<strong>(Người viết:|Tin, ảnh:)</strong> ([^<]+)</p>", _content(body))
        if signed:
            assert gold["authors"] == [signed.group(2)]
        elif shown == "quantri":
            assert gold["authors"] == []
        else:
            assert gold["authors"] == [shown]
    assert any(g["authors"] == ["Ban Truyền thông"] for g in portal.GOLD)
    assert any(g["source"] for g in portal.GOLD) and any(not g["authors"] for g in portal.GOLD)


def test_blocks_the_platform_prints(server: PortalServer) -> None:
    bodies = "".join(fetch(server, g["path"])[1] for g in portal.GOLD)
    for cls in ("wp-block-gallery has-nested-images", "wp-block-columns", "wp-block-table",
                'blockquote class="wp-block-quote"', "<cite>", "wp-block-file__button",
                "wp-block-embed-youtube", "wp-block-separator", "wp-block-buttons", 'ul class="wp-block-list"',
                "wp-block-post-navigation-link", "wp-block-comment-template", "wp-block-template-part",
                "wp-block-navigation", "wp-block-search", "wp-block-latest-posts", "wp-block-page-list",
                'h2 class="wp-block-heading">Bài viết liên quan', "wp-block-post-terms__prefix"):
        assert cls in bodies, cls


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
            if not re.search(r"\.(jpe?g|png|pdf|css|js)$|/wp-login\.php|/wp-comments-post", link):
                queue.append(link)
    return seen


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = _gold_paths()
    linked = _walk(server)
    assert articles <= linked
    assert set(portal.NON_ARTICLES) <= linked
    _, feed, headers = fetch(server, "/feed/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+/)</link>", feed)}
    assert len(in_feed) == portal.FEED_SIZE and in_feed <= articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    assert index == "/wp-sitemap.xml"
    _, index_xml, _ = fetch(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        status, xml, _ = fetch(server, _local(server, child))
        assert status == 200
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap and set(portal.PAGES) <= in_sitemap


def test_query_loop_pagination(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    assert "Trang sau" in home and "Trang trước" not in home
    assert f'href="{server.base_url}/?query-1-page=2"' in home
    news = portal.in_cat("tin-tuc")
    pages = -(-len(news) // portal.ARCHIVE_PER_PAGE)
    assert pages >= 3
    listed: list[str] = []
    for n in range(1, pages + 1):
        target = "/chuyen-muc/tin-tuc/" + (f"?query-1-page={n}" if n > 1 else "")
        _, body, _ = fetch(server, target)
        nav = re.search(r'<nav class="wp-block-query-pagination.*?</nav>', body).group(0)
        assert ("Trang trước" in nav) == (n > 1) and ("Trang sau" in nav) == (n < pages)
        assert f'<span aria-current="page" class="page-numbers current">{n}</span>' in nav
        cards = re.findall(r'<h2 class="wp-block-post-title has-large-font-size"><a href="([^"]+)"', body)
        listed += [_local(server, c) for c in cards]
    assert listed == [portal.article_path(s) for s in news]
    # past the last page: 200 and the query's "no results" line
    status, body, _ = fetch(server, "/chuyen-muc/tin-tuc/?query-1-page=99")
    assert status == 200 and "Không tìm thấy bài viết nào." in body


def test_main_query_pages_repeat_page_one(server: PortalServer) -> None:
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc/")
    first_cards = re.findall(r'has-large-font-size"><a href="([^"]+)"', first)
    for n in (2, 3):
        status, body, _ = fetch(server, f"/chuyen-muc/tin-tuc/page/{n}/")
        assert status == 200
        assert re.findall(r'has-large-font-size"><a href="([^"]+)"', body) == first_cards
        assert f"/chuyen-muc/tin-tuc/page/{n}/?query-1-page=2" in body
    assert fetch(server, "/chuyen-muc/tin-tuc/page/4/")[0] == 404
    assert fetch(server, "/chuyen-muc/thong-bao/page/2/")[0] == 404
    _, home, _ = fetch(server, "/")
    assert f'href="{server.base_url}/chuyen-muc/tin-tuc/page/2/"' in home


def test_redirects_duplicates_and_machine_documents(server: PortalServer) -> None:
    story = portal.LATEST[1]
    path = portal.article_path(story)
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == server.base_url + path
    status, _, headers = fetch(server, f"/{story.slug}/")
    assert status == 301 and headers["Location"] == server.base_url + path
    assert fetch(server, "/2026/11/20/khong-co-bai-nay/")[0] == 404
    assert fetch(server, "/?p=99999")[0] == 404
    # replytocom: the same article, canonical to the permalink
    gold = next(g for g in portal.GOLD if g.get("alt_paths"))
    _, plain, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        _, body, _ = fetch(server, alt)
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
        assert _content(body) == _content(plain) and "Trả lời " in body
    # wp-json: the article as JSON
    status, raw, headers = fetch(server, f"/wp-json/wp/v2/posts/{story.id}")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert json.loads(raw)["link"] == server.base_url + path and "\\/" in raw
    status, raw, _ = fetch(server, "/wp-json/oembed/1.0/embed?url=" + server.base_url + path)
    assert status == 200 and json.loads(raw)["type"] == "rich"
    status, raw, _ = fetch(server, "/wp-json/oembed/1.0/embed?url=" + server.base_url + path + "&format=xml")
    assert status == 200 and raw.startswith("<?xml")
    assert fetch(server, "/wp-json/wp/v2/posts/1")[0] == 404
    assert fetch(server, "/wp-comments-post.php")[0] == 405
    # per-post comment feed
    status, xml, _ = fetch(server, gold["path"] + "feed/")
    assert status == 200 and "<rss" in xml


def test_attachment_pages_are_not_articles(server: PortalServer) -> None:
    attachments = [p for s in portal.STORIES if (p := portal.attachment_path(s))]
    assert len(attachments) == 2
    for target in attachments:
        status, body, _ = fetch(server, target)
        assert status == 200 and "attachment single" in body and "wp-block-post-content" in body
        assert target in portal.NON_ARTICLES
        article = target.rsplit("/", 2)[0] + "/"
        _, post, _ = fetch(server, article)
        assert f'href="{server.base_url}{target}"' in _content(post)


def test_non_articles_and_search(server: PortalServer) -> None:
    _, contact, _ = fetch(server, "/lien-he/")
    assert "wpcf7-form" in contact
    _, album, _ = fetch(server, "/thu-vien-anh/")
    assert "wp-block-gallery" in album
    status, found, _ = fetch(server, "/?s=h%E1%BB%99i+kh%E1%BB%8Fe")
    assert status == 200 and portal.article_path(next(s for s in portal.STORIES if s.id == 398)) in found
    status, body, _ = fetch(server, "/2026/11/")
    assert status == 200 and "Tháng: Tháng mười một 2026" in body
    assert fetch(server, "/2025/01/")[0] == 404


def test_encoding_is_utf8_nfc(server: PortalServer) -> None:
    for gold in portal.GOLD[:3]:
        _, body, headers = fetch(server, gold["path"])
        assert headers["Content-Type"] == "text/html; charset=utf-8" and '<meta charset="UTF-8" />' in body
        assert unicodedata.is_normalized("NFC", body)


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
