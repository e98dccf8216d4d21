"""Self-check of the GeneratePress + GenerateBlocks district portal: the fixture against itself.

Why: a blind-test portal is crawled once before anyone tunes the crawler; a gold target that
404s, a paragraph the page does not print, or an article no link, feed or sitemap reaches would
waste that crawl. Nothing here imports the crawler beyond the demo server. It also pins down what
the module docstring promises: GenerateBlocks' query-string pagination that keeps every other
argument, replytocom duplicates, 404 past the last archive page, WordPress's redirects, feeds and
core sitemaps, and a post served in decomposed Unicode.
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

from . import wp_generatepress_pgd as portal
from ._selfcheck import fetch

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}
SIDE = f"query-{portal.SIDE_LOOP}-page"
HOME = f"query-{portal.HOME_LOOP}-page"


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
        if href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _between(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def _content(body: str) -> str:
    return _between(body, '<div class="entry-content" itemprop="text">', '<footer class="entry-meta"')


def test_contract_shape() -> None:
    assert portal.NAME == "wp_generatepress_pgd" and portal.PLATFORM == "wordpress"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(alts)) == len(alts) and not set(alts) & (set(paths) | set(portal.NON_ARTICLES))
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")
    per_cat = {c: len(portal.newest(c)) for c in portal.CATS}
    assert max(per_cat.values()) > 2 * portal.PER_PAGE  # one category has 3+ pages


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/")[-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _DATE.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/wp-content/uploads/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    names = gold["authors"] + gold["photographers"]
    assert gold["authors"] and all(unicodedata.is_normalized("NFC", n) for n in names)
    assert not any(p.startswith(("Tin:", "Bài:", "Tin, ảnh", "Bài và ảnh", "Nguồn:")) for p in paragraphs)


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    targets += [a for g in portal.GOLD for a in g["alt_paths"]]
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/")[-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    title = _between(body, '<h1 class="entry-title" itemprop="headline">', "</h1>")
    assert html.unescape(title) == gold["title"]
    content = _content(body)
    text = _reader_text(content)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    page = _reader_text(body)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    # the date the theme prints: dd/mm/yyyy in time.entry-date.published
    y, m, d = gold["published_at"].split("-")
    meta = _between(body, '<div class="entry-meta">', "</div>")
    assert re.search(rf'<time class="entry-date published" datetime="{y}-{m}-{d}T[^"]+\+07:00" itemprop="datePublished">{d}/{m}/{y}</time>', meta)
    # images: the featured one above the title, then the content's, in order
    article = _between(body, '<div class="inside-article">', '<footer class="entry-meta"')
    srcs = [_local(server, s) for s in re.findall(r'<img [^>]*?src="([^"]+)"', article)]
    assert srcs == [i["path"] for i in gold["images"]]
    captions = [html.unescape(c) for c in re.findall(r'<figcaption class="wp-element-caption">(.*?)</figcaption>', content)]
    assert captions == [i["caption"] for i in gold["images"] if i["caption"]]
    # chrome: clock, counter, footer address; category in the meta footer and the breadcrumb
    assert portal.TODAY in page and "Tổng lượt truy cập" in page and portal.ADDRESS in page
    cat = _between(body, 'class="cat-links">', "</a>")
    assert cat.endswith(f'rel="category tag">{html.escape(gold["category"])}')
    crumbs = _between(body, '<div class="breadcrumbs pgd-breadcrumbs"', "</div>")
    assert f'<span property="name">{html.escape(gold["category"])}</span>' in crumbs
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
    assert "Tin liên quan" in page and "Chia sẻ:" in page


def test_texturized_and_decomposed_text(server: PortalServer) -> None:
    nfd = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, body, headers = fetch(server, portal.article_path(nfd))
    assert headers["Content-Type"].endswith("charset=utf-8")
    content = _content(body)
    first = nfd.paragraphs[0]
    assert unicodedata.normalize("NFD", first.split(",")[0]) in content
    assert first.split(",")[0] not in content  # not precomposed on the page
    _, body, _ = fetch(server, portal.GOLD[1]["path"])
    assert "&#8211;" in _content(body) and "–" not in _content(body)


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        want = _reader_text(_content(body))
        for alt in gold["alt_paths"]:
            _, alt_body, _ = fetch(server, alt)
            assert _reader_text(_content(alt_body)) == want, alt
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in alt_body


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    """Targets reached by <a href> from the start page, the side loop's and replytocom variants
    folded away (they multiply every page); and the feeds announced in <head>."""
    seen: set[str] = set()
    feeds: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in re.findall(r'<link rel="alternate" type="application/rss\+xml" [^>]*href="([^"]+)"', body):
            feeds.add(_local(server, href))
        for link in _links(server, target, body):
            if re.search(r"\.(jpe?g|png|pdf|css|js)$", urlsplit(link).path) or "wp-login" in link:
                continue
            if SIDE in link or "replytocom" in link:
                continue
            queue.append(link)
    return seen, feeds


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    linked, feeds = _walk(server)
    assert articles <= linked
    assert {t for t in portal.NON_ARTICLES if t != "/wp-login.php"} <= linked
    assert {"/feed/", "/comments/feed/"} <= feeds
    assert {f"/chuyen-muc/{c}/feed/" for c in portal.CATS} <= feeds
    assert {f"{p}feed/" for p in articles} <= feeds
    _, feed, headers = fetch(server, "/feed/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)} - {"/"}
    assert len(in_feed) == portal.FEED_SIZE and in_feed <= articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        status, xml, headers = fetch(server, _local(server, child))
        assert status == 200 and headers["Content-Type"].startswith("application/xml")
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap
    assert not {a for g in portal.GOLD for a in g["alt_paths"]} & in_sitemap


def test_listings_and_their_pagination(server: PortalServer) -> None:
    # category archives: GeneratePress nav-links, /page/N/, three posts a page, 404 past the end
    for slug in portal.CATS:
        items = [portal.article_path(s) for s in portal.newest(slug)]
        last = -(-len(items) // portal.PER_PAGE)
        seen: list[str] = []
        for n in range(1, last + 1):
            target = f"/chuyen-muc/{slug}/" + (f"page/{n}/" if n > 1 else "")
            _, body, _ = fetch(server, target)
            main = _between(body, '<main class="site-main" id="main">', "</main>")
            seen += [_local(server, u) for u in re.findall(r'<h2 class="entry-title" itemprop="headline"><a href="([^"]+)"', main)]
            if n < last:
                assert f'<a class="next page-numbers" href="{server.base_url}/chuyen-muc/{slug}/page/{n + 1}/">' in main
        assert seen == items
        status, body, _ = fetch(server, f"/chuyen-muc/{slug}/page/{last + 1}/")
        assert status == 404 and "Không tìm thấy trang" in body
    assert -(-len(portal.newest("tin-tuc")) // portal.PER_PAGE) >= 3
    # the home loop: GenerateBlocks query-string pagination
    listed: list[str] = []
    for n in range(1, portal.HOME_PAGES + 1):
        _, body, _ = fetch(server, "/" if n == 1 else f"/?{HOME}={n}")
        loop = _between(body, f'<div class="gb-container gb-container-{portal.HOME_LOOP}">', '<div class="gb-container gb-container-home-thong-bao">')
        listed += [_local(server, u) for u in re.findall(r'<h2 class="gb-headline gb-headline-card-title gb-headline-text"><a href="([^"]+)"', loop)]
        assert re.search(r'<time class="entry-date published" datetime="[^"]+">\d{2} Tháng \d{1,2}, 2026</time>', loop)
        if n < portal.HOME_PAGES:
            assert f'<a class="next page-numbers" href="?{HOME}={n + 1}">Sau</a>' in loop
    assert listed == [portal.article_path(s) for s in portal.newest()]


def test_traps(server: PortalServer) -> None:
    base = server.base_url
    # the side loop's links keep every other argument of the current URL
    _, home2, _ = fetch(server, f"/?{HOME}=2")
    assert f'href="?{SIDE}=2&amp;{HOME}=2">Sau »</a>' in home2
    story = next(s for s in portal.STORIES if s.opts.get("comments"))
    path = portal.article_path(story)
    cid = story.opts["comments"][0][0]
    _, post, _ = fetch(server, path)
    assert f'href="{base}{path}?replytocom={cid}#respond"' in post
    assert f'href="?{SIDE}=2">Sau »</a>' in post
    _, reply, _ = fetch(server, f"{path}?replytocom={cid}")
    assert f'href="?{SIDE}=2&amp;replytocom={cid}">Sau »</a>' in reply
    # pages past either loop's end: 200 with an empty loop
    status, body, _ = fetch(server, f"/?{HOME}=40")
    assert status == 200 and "gb-headline-card-title" not in _between(body, "Tin mới nhất", "gb-query-loop-pagination")
    status, body, _ = fetch(server, f"{path}?{SIDE}=40")
    assert status == 200 and "gb-headline-side-title" not in body
    # WordPress redirects and 404s
    status, _, headers = fetch(server, path.rstrip("/"))
    assert status == 301 and headers["Location"] == base + path
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == base + "/chuyen-muc/tin-tuc/"
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == base + path
    assert fetch(server, "/khong-co-bai-viet-nay/")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co/")[0] == 404
    # feeds of comments are XML, the attachment page is a media page under the post
    status, xml, headers = fetch(server, f"{path}feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml") and "<item>" in xml
    _, att, _ = fetch(server, portal.ATTACHMENT_PATH)
    assert "single-attachment" in att and f'Đăng trong <a href="{base}{portal.GOLD[1]["path"]}"' in att
    assert f'href="{base}{portal.ATTACHMENT_PATH}"' in fetch(server, portal.GOLD[1]["path"])[1]


def test_non_article_pages(server: PortalServer) -> None:
    _, docs, _ = fetch(server, "/van-ban/")
    assert docs.count("Tải về</a>") == 4 and "wp-block-table" in docs
    _, week, _ = fetch(server, "/lich-cong-tac/")
    assert "Cập nhật: 23/11/2026" in week
    _, contact, _ = fetch(server, "/lien-he/")
    assert "wpcf7-form" in contact and portal.PHONE in contact
    _, author, _ = fetch(server, "/author/to-van-phong/")
    assert "Tác giả:" in author and "paging-navigation" in author


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
