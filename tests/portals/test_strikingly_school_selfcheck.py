"""Self-check of the Strikingly school portal: the fixture against itself, never the crawler.

Why: the blind crawl happens once; a gold post that 404s, a paragraph the page does not print or
a post nothing reaches would waste it. This checks that every gold target, alternative URL and
non-article answers 200; that each post prints its gold title, date, author line, paragraphs,
image ``data-src`` URLs and captions inside ``div.s-blog-body``; that following ``<a href>`` and
``<link rel=next>`` from the home page (or the sitemap) reaches every post while ``<a>`` alone
reaches only the first blog page; and that the traps behave as the module says: the blog's
``?page=N`` past the end is an empty 200 page that ``rel=next`` leads into, the load-more JSON is
no link, ``?lang=vi`` / ``?ref=facebook`` serve the same post with the same canonical, the two
"Hoạt động ngoại khóa" posts are different posts, one post is typed in NFD.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import strikingly_school as portal
from ._selfcheck import fetch

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_HREF = re.compile(r"<a\s[^>]*href=\"([^\"]*)\"")
_REL = re.compile(r"<link rel=\"(?:next|prev)\" href=\"([^\"]*)\">")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_BODY_START = '<div class="s-blog-body">'
_BODY_END = '<div class="s-blog-footer">'
_ZALO = re.compile(r"^z\d{13}_[0-9a-f]{32}\.jpg$")
_CREDIT = re.compile(r"^(Tin|Ảnh|Bài|Tin, ảnh|Bài, ảnh|Nguồn)\s*:", re.M)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_BODY_START, 1)[1].split(_BODY_END, 1)[0]


def _local(server: PortalServer, page: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(page), html.unescape(href)))
    if link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _walk(server: PortalServer, *, rel_links: bool) -> set[str]:
    """Breadth-first over same-host ``<a href>`` (and ``<link rel=next|prev>``) from START_PATH."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if _NOT_PAGES.search(urlsplit(target).path):
            continue
        status, body = _get(server, target)
        assert len(seen) < 300, "the walk should stay small"
        if status != 200:
            continue
        hrefs = _HREF.findall(body) + (_REL.findall(body) if rel_links else [])
        for href in hrefs:
            if href.startswith(("mailto:", "javascript:")):
                continue
            nxt = _local(server, target, href)
            if nxt and nxt.split("#", 1)[0] not in seen:
                queue.append(nxt.split("#", 1)[0])
    return seen


def _gold_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def _page_one() -> set[str]:
    return {portal.post_path(s) for s in portal.blog_page(1)}


def test_contract_shape() -> None:
    assert portal.NAME == "strikingly_school" and portal.PLATFORM == "strikingly"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert all(g["category"] is None for g in portal.GOLD)
    for story in portal.STORIES:  # the two tag groups split every post
        assert len(set(story.opts["tags"]) & set(portal.GROUP_TAGS)) == 1
    groups = {t for s in portal.STORIES for t in s.opts["tags"] if t in portal.GROUP_TAGS}
    assert groups == set(portal.GROUP_TAGS)


def test_slugs_are_strikinglys() -> None:
    for story in portal.STORIES:
        base = portal.slugify(story.title)
        assert story.slug in (base, f"{base}-2"), story.slug
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", story.slug)
    twins = [s for s in portal.STORIES if s.title == "Hoạt động ngoại khóa"]
    assert sorted(s.slug for s in twins) == ["hoat-dong-ngoai-khoa", "hoat-dong-ngoai-khoa-2"]
    assert twins[0].paragraphs != twins[1].paragraphs


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][6:46])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _DAY.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert "#" not in gold["body"], "the hashtag line is no body text"
    assert not _CREDIT.search(gold["body"]), "credit lines are no body text"
    for image in gold["images"]:
        assert set(image) == {"url", "caption"}
        assert image["url"].startswith(portal.CDN + "/c_limit,")
        assert image["caption"] is None or image["caption"] not in gold["body"]
    assert gold["alt_paths"][0] == gold["path"] + "?lang=vi"


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    bad = []
    for target in targets:
        status, _, headers = fetch(server, target)
        if status != 200 or headers.get("Content-Type") != "text/html; charset=utf-8":
            bad.append((target, status))
    assert bad == []


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.post_path(s) == gold["path"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][6:46])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<div class="s-blog-post-title"><h1 class="s-font-title">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    # images: data-src in order, the caption div under each (a Zalo file name is no caption)
    images = re.findall(
        r'data-src="([^"]+)" alt="[^"]*"></div>(?:<div class="s-image-caption s-font-body">(.*?)</div>)?',
        region,
    )
    assert [html.unescape(src) for src, _ in images] == [i["url"] for i in gold["images"]]
    for (_, printed), image in zip(images, gold["images"], strict=True):
        if image["caption"] is None:
            assert not printed or _ZALO.match(printed)
        else:
            assert _nfc(printed) == image["caption"]
    # the header: author line and the date, day first in words
    author = re.search(r'<span class="s-blog-author-name s-font-body">Tác giả: ([^<]+)</span>', page)
    signed = re.findall(r'<p style="text-align: right;">(.*?)</p>', region)
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown or name == author.group(1)
    if signed:  # an in-text credit line names them
        assert all(n in _reader(signed[0]) for n in gold["photographers"])
    else:
        assert gold["authors"] == [author.group(1)]
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
    day = date.fromisoformat(gold["published_at"])
    assert f'<div class="s-blog-post-date s-font-body">{day.day} tháng {day.month}, {day.year}</div>' in page
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
    tags = re.findall(r'<span style="color: #1e88e5;">([^<]+)</span>', region)
    assert len(tags) == 1 and tags[0] == " ".join(_story(gold).opts["tags"])
    assert portal.TODAY in page and "Powered by <strong>Strikingly</strong>" in page
    assert "Tổng lượt truy cập" in page and portal.ADDRESS in page
    assert page.count('class="s-blog-more-card"') == portal.MORE and "Chia sẻ" in page


def test_alternative_urls_serve_the_same_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, page = _get(server, gold["path"])
        for alt in gold["alt_paths"]:
            _, twin = _get(server, alt)
            assert _region(twin) == _region(page)
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in twin


def test_walk_reaches_every_post_only_with_rel_next(server: PortalServer) -> None:
    full = _walk(server, rel_links=True)
    assert _gold_paths() <= full
    assert set(portal.NON_ARTICLES) <= full
    anchors = _walk(server, rel_links=False)
    assert _gold_paths() & anchors == _page_one()
    assert "/blog?page=2" not in anchors
    # the ?ref=facebook and ?lang=vi twins are linked
    assert f"/blog/{portal.ANNOUNCED}?ref=facebook" in anchors
    assert any(t.endswith("?lang=vi") for t in anchors)
    assert not any(t.startswith("/r/v1/") for t in full), "the load-more JSON is no link"


def test_sitemap_lists_every_post(server: PortalServer) -> None:
    _, robots = _get(server, "/robots.txt")
    sitemap = re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)
    status, xml, headers = fetch(server, urlsplit(sitemap).path)
    assert status == 200 and headers["Content-Type"].startswith("application/xml")
    listed = {urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert _gold_paths() <= listed
    assert {t for t in portal.NON_ARTICLES if "?" not in t} <= listed


def _cards(page: str) -> list[str]:
    return re.findall(r'<h3 class="s-blog-post-card-title s-font-title"><a href="([^"]+)">', page)


def test_blog_pages_rel_next_and_the_empty_page(server: PortalServer) -> None:
    _, first = _get(server, "/blog")
    assert _cards(first) == [portal.post_path(s) for s in portal.blog_page(1)]
    assert len(_cards(first)) == portal.PER_PAGE
    assert '<link rel="next" href="/blog?page=2">' in first and "Tải thêm bài viết" in first
    assert "/r/v1/sites/' + $S.siteId + '/blog/posts?page=" in first
    _, second = _get(server, "/blog?page=2")
    assert _cards(second) == [portal.post_path(s) for s in portal.blog_page(2)]
    assert 0 < len(_cards(second)) < portal.PER_PAGE
    assert '<link rel="prev" href="/blog">' in second
    assert '<link rel="next" href="/blog?page=3">' in second  # the template does not know the end
    for target in ("/blog?page=3", "/blog?page=57"):
        status, empty = _get(server, target)
        assert status == 200 and "Chưa có bài viết nào." in empty
        assert _cards(empty) == [] and 'rel="next"' not in empty
    assert _get(server, "/blog?page=abc")[1] == first


def test_load_more_json_matches_the_pages(server: PortalServer) -> None:
    for page in (1, 2, 3):
        status, raw, headers = fetch(
            server, f"/r/v1/sites/{portal.SITE_ID}/blog/posts?page={page}&per_page=9"
        )
        assert status == 200 and headers["Content-Type"].startswith("application/json")
        doc = json.loads(raw)["data"]
        assert [p["url"] for p in doc["blogPosts"]] == [
            portal.post_path(s) for s in portal.blog_page(page)
        ]
        assert doc["pagination"]["hasMore"] == (page == 1)


def test_builder_time_is_utc_and_sometimes_the_day_before(server: PortalServer) -> None:
    earlier = []
    for gold in portal.GOLD:
        _, page = _get(server, gold["path"])
        stamp = re.search(r'"publishedAt": "([^"]+)"', page).group(1)
        assert stamp.endswith(".000Z")
        if stamp[:10] != gold["published_at"]:
            assert stamp[:10] < gold["published_at"]
            earlier.append(gold["path"])
    assert len(earlier) == 2


def test_non_articles_are_no_posts(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        _, page = _get(server, target)
        assert _BODY_START not in page and "Tác giả:" not in page, target
    for product in portal.PRODUCTS:
        _, page = _get(server, f"/store/products/{product.slug}")
        assert portal._price(product.price) in page and "Thêm vào giỏ hàng" in page
    _, home = _get(server, "/")
    for section in ("gioi-thieu", "chuong-trinh-hoc", "tin-tuc", "tuyen-sinh", "lien-he"):
        assert f'id="{section}"' in home
    assert 'class="s-contact-form"' in home
    assert home.count('class="s-blog-post-card"') == 3


def test_not_found(server: PortalServer) -> None:
    status, page = _get(server, "/blog/khong-co-bai-nay")
    assert status == 404 and "Rất tiếc, trang bạn tìm không tồn tại." in page
    assert _get(server, "/gioi-thieu")[0] == 404
    assert _get(server, "/store/products/khong-co")[0] == 404


def test_text_forms(server: PortalServer) -> None:
    regions = {g["path"]: _region(_get(server, g["path"])[1]) for g in portal.GOLD}
    nfd = [p for p, r in regions.items() if not unicodedata.is_normalized("NFC", r)]
    assert nfd == [portal.post_path(s) for s in portal.STORIES if s.opts.get("nfd")]
    assert len(nfd) == 1
    with_nbsp = [p for p, r in regions.items() if "&nbsp;" in r]
    assert len(with_nbsp) == 2
    divs = [p for p, r in regions.items() if "<div>" in r and "<p>" not in r.split("s-rich-text")[1]]
    assert len(divs) == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
