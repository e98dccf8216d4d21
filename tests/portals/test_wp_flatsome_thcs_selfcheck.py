"""Self-check of the WordPress + Flatsome school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes the crawler for it; a gold target that
does not answer, a paragraph the page does not print, or an article no link, feed or sitemap
reaches would waste that crawl. Nothing here imports the crawler beyond the demo server. It also
pins down what the docstring of ``wp_flatsome_thcs`` promises: the lazy-loaded images, the
texturized headlines, the AMP / replytocom copies and the redirects, the stale core sitemap, the
shortcode leftovers, the shop's filter links and the one decomposed post.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_flatsome_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")


def _stamp_of(gold: dict) -> str:
    """The post's timestamp as WordPress stores it (the gold keeps the day the page shows)."""
    return next(s.published_at for s in portal.newest() if portal.permalink(s) == gold["path"])
_ANCHOR = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
#: what robots.txt keeps a polite crawler from (checked against the file below)
_DISALLOWED = ("/wp-admin/", "/wp-login.php", "/gio-hang/", "/thanh-toan/")
_START = '<div class="entry-content single-page">'
_END = '<div class="blog-share text-center">'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    inline = re.sub(r"</?(a|strong|em|span|b|i|bdi)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_START, 1)[1].split(_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(urljoin(server.url("/"), url))
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _allowed(target: str) -> bool:
    return not target.startswith(_DISALLOWED) and "add-to-cart=" not in target and "?s=" not in target


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links from START_PATH, as robots.txt allows."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _allowed(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay bounded"
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for _, href in _ANCHOR.findall(body):
            href = html.unescape(href)
            if href.startswith(("#", "mailto:", "tel:", "javascript:", "whatsapp:")):
                continue
            local = _local(server, href.split("#", 1)[0])
            if local and local not in seen:
                queue.append(local)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "wp_flatsome_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {name for _, name, _ in portal.CATS.values()} and 2 <= len(cats) <= 4
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    # varied bylines: writers, photographers, a source, posts without any
    assert any(g["authors"] for g in portal.GOLD) and any(g["photographers"] for g in portal.GOLD)
    assert any(g["source"] for g in portal.GOLD) and any(not g["authors"] for g in portal.GOLD)
    assert any(g["summary"] for g in portal.GOLD) and any(g["summary"] is None for g in portal.GOLD)
    captions = [i["caption"] for g in portal.GOLD for i in g["images"]]
    assert None in captions and any(captions)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", gold["published_at"]) and _STAMP.match(_stamp_of(gold))
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    assert not any(p.startswith(("[", "Tin:", "Nguồn:", "Bài và ảnh", "Tin, ảnh", "Xem thêm")) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/wp-content/uploads/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:
        assert not gold["body"].endswith(name)


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:50])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    base = server.base_url
    headline = re.search(r'<h1 class="entry-title">(.*?)</h1>', page).group(1)
    assert _nfc(headline) == gold["title"]
    # the meta line: the day in words; the local timestamp only in the attribute
    stamp = re.search(r'<time class="entry-date published(?: updated)?" datetime="([^"]+)">([^<]+)</time>', page)
    assert stamp.group(1) == _stamp_of(gold) and stamp.group(1).startswith(gold["published_at"])
    day = portal.vi_date(portal.datetime.fromisoformat(_stamp_of(gold)))
    assert stamp.group(2) == day and f"Đăng vào <a href=\"{base}{gold['path']}\" rel=\"bookmark\">" in page
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    # lazy loading: the real address is in data-src, the src is a placeholder
    srcs = re.findall(r'<img decoding="async" width="\d+" height="\d+" src="([^"]+)" data-src="([^"]+)"', region)
    assert [d for _, d in srcs] == [base + i["path"] for i in gold["images"]]
    assert all(s.startswith("data:image/svg+xml,") for s, _ in srcs)
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    page_text = _reader(page)
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in page_text
    crumbs = re.search(r'<p id="breadcrumbs">(.*?)</p>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in page
    assert f'<link rel="amphtml" href="{base}{gold["path"]}?amp=1">' in page
    assert f'<link rel="https://api.w.org/" href="{base}/wp-json/" />' in page
    assert portal.TODAY in page_text and "Bài viết liên quan" in page_text and "Hotline" in page_text
    assert "Tổng lượt truy cập" in page_text and portal.ADDRESS in page_text
    assert ("Để lại một bình luận" in page_text) and 'class="blog-share text-center"' in page
    assert "Bài viết mới" in page_text and re.search(r"\d\d/\d\d/2026</span>", page)


def test_bylines_and_leftovers_are_outside_the_body(server: PortalServer) -> None:
    leftovers = 0
    for gold in portal.GOLD:
        shown = _reader(_region(_get(server, gold["path"])[1]))
        if "[ux_image id=”" in shown:
            leftovers += 1
            assert "[gap" in shown
        for line in ("Tin: ", "Nguồn: ", "Bài và ảnh: ", "Tin, ảnh: ", "Tải về"):
            if line in shown:
                assert line.strip() not in gold["body"]
    assert leftovers == 2


def test_texturized_headline_and_typed_meta(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if "2026 – 2027" in g["title"])
    page = _get(server, gold["path"])[1]
    assert "2026 &#8211; 2027</h1>" in page
    typed = gold["title"].replace("–", "-")
    assert f"<title>{html.escape(typed)} - {portal.SITE}</title>" in page
    ld = json.loads(re.search(r'<script type="application/ld\+json" class="yoast-schema-graph">(.*?)</script>', page).group(1))
    article = next(n for n in ld["@graph"] if n["@type"] == "Article")
    assert article["headline"] == typed and article["datePublished"].endswith("+00:00")
    meta = re.search(r'<meta property="article:published_time" content="([^"]+)" />', page).group(1)
    local = portal.datetime.fromisoformat(_stamp_of(gold))
    assert portal.datetime.fromisoformat(meta) == local and meta.endswith("+00:00")


def test_alternatives_serve_the_same_article(server: PortalServer) -> None:
    base = server.base_url
    for gold in portal.GOLD:
        amp, *replies = gold["alt_paths"]
        status, page, _ = _get(server, amp)
        assert status == 200 and f'<link rel="canonical" href="{base}{gold["path"]}">' in page
        assert "<html amp" in page and re.search(r"\d+ (ngày|tháng) trước</time>", page)
        shown = _reader(page)
        for paragraph in gold["body"].split("\n\n"):
            assert all(c in shown for c in paragraph.split(" | ")), paragraph[:60]
        for image in gold["images"]:
            assert '<amp-img width="1024"' in page and f'src="{base}{image["path"]}"' in page
        original = _region(_get(server, gold["path"])[1])
        for reply in replies:
            status, page, _ = _get(server, reply)
            assert status == 200 and f'<link rel="canonical" href="{base}{gold["path"]}" />' in page
            assert "content='noindex, follow'" in page and _region(page) == original
            assert "Trả lời " in _reader(page.split('id="reply-title"', 1)[1][:300])
    assert sum(len(g["alt_paths"]) - 1 for g in portal.GOLD) == 3


def test_redirects_and_not_found(server: PortalServer) -> None:
    base = server.base_url
    for gold in portal.GOLD:
        pid = re.search(r"\?p=(\d+)'", _get(server, gold["path"])[1]).group(1)
        status, _, headers = _get(server, f"/?p={pid}")
        assert status == 301 and headers["Location"] == base + gold["path"]
        status, _, headers = _get(server, gold["path"].rstrip("/"))
        assert status == 301 and headers["Location"] == base + gold["path"]
        status, _, headers = _get(server, gold["path"] + "amp/")
        assert status == 301 and headers["Location"] == base + gold["path"] + "?amp=1"
    moved = next(s for s in portal.STORIES if s.opts.get("old_slug"))
    old = portal.permalink(moved, moved.opts["old_slug"])
    status, _, headers = _get(server, old)
    assert status == 301 and headers["Location"] == base + portal.permalink(moved)
    assert f'href="{base}{old}"' in _get(server, portal.permalink(portal._BY_ID[2466]))[1]
    wrong_day = portal.permalink(moved).replace("/05/", "/06/")
    assert _get(server, wrong_day)[0] == 301
    status, page, _ = _get(server, "/2026/11/20/khong-co-bai-nay/")
    assert status == 404 and "Không thể tìm thấy trang này" in page
    assert _get(server, "/chuyen-muc/tin-tuc/page/4/")[0] == 404
    assert _get(server, "/chuyen-muc/tin-tuc/page/1/")[2]["Location"] == base + "/chuyen-muc/tin-tuc/"
    assert _get(server, "/gioi-thieu/?amp=1")[0] == 302
    assert _get(server, "/?page_id=12")[2]["Location"] == base + "/gioi-thieu/"


def test_walk_from_start_reaches_every_page(walk: dict[str, int]) -> None:
    gold = {g["path"] for g in portal.GOLD}
    assert gold <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    moved = next(s for s in portal.STORIES if s.opts.get("old_slug"))
    old = portal.permalink(moved, moved.opts["old_slug"])
    assert [(t, s) for t, s in walk.items() if s not in (0, 200)] == [(old, 301)]
    replies = {a for g in portal.GOLD for a in g["alt_paths"] if "replytocom" in a}
    assert replies <= set(walk)
    # the shop filter: every ordered choice of sizes is its own URL
    filtered = {t for t in walk if t.startswith("/dong-phuc/?filter_kich-co=")}
    assert len(filtered) == 4 + 4 * 3 + 4 * 3 * 2 + 4 * 3 * 2 * 1
    assert any("add-to-cart=" in t and s == 0 for t, s in walk.items())
    # date archives are reached only through <option> values, never an <a>
    assert not any(re.fullmatch(r"/2026/\d\d/", t) for t in walk)


def test_listings_paginate_and_list_every_post(server: PortalServer) -> None:
    base = server.base_url
    for slug in portal.CATS:
        listed: list[str] = []
        page, n = "/chuyen-muc/" + slug + "/", 1
        while True:
            body = _get(server, page)[1]
            boxes = re.findall(r'<h5 class="post-title is-large "><a href="([^"]+)" class="plain">', body)
            listed += [b.removeprefix(base) for b in boxes]
            nxt = re.search(r'<a class="next page-number" href="([^"]+)">', body)
            if not nxt:
                break
            page, n = nxt.group(1).removeprefix(base), n + 1
            assert page == f"/chuyen-muc/{slug}/page/{n}/"
        assert listed == [portal.permalink(s) for s in portal.newest(slug)]
        if slug == "tin-tuc":
            assert n == 3
    home = _get(server, "/")[1]
    for token in ('class="box box-normal box-text-bottom box-blog-post has-hover"', '<h5 class="post-title is-large ">',
                  '<div class="is-divider"></div>', '<p class="from_the_blog_excerpt ">', 'class="section-title-main"',
                  'class="gap-element clearfix"', '<span class="post-date-month is-xsmall">Th11</span>'):  # fmt: skip
        assert token in home, token
    assert portal.TODAY in home
    # the Đội posts: filed under both, breadcrumb on the primary category
    doi = portal.GOLD[[g["category"] for g in portal.GOLD].index("Hoạt động Đội")]
    page = _get(server, doi["path"])[1]
    line = re.search(r'<h6 class="entry-category is-xsmall">(.*?)</h6>', page).group(1)
    assert re.findall(r">([^<]+)</a>", line) == ["Hoạt động Đội", "Tin tức"]


def test_feeds_and_sitemaps(server: PortalServer) -> None:
    base = server.base_url
    gold = {g["path"] for g in portal.GOLD}
    home = _get(server, "/")[1]
    assert f'<link rel="alternate" type="application/rss+xml" title="{portal.SITE} &raquo; Dòng thông tin" href="{base}/feed/" />' in home
    status, feed, headers = _get(server, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [u.removeprefix(base) for u in re.findall(r"<link>([^<]+)</link>", feed)[1:]]
    assert len(links) == portal.FEED_SIZE and set(links) < gold
    assert re.findall(r'<guid isPermaLink="false">([^<]+)</guid>', feed)[0] == f"{base}/?p=2489"
    _, robots, _ = _get(server, "/robots.txt")
    for rule in (*_DISALLOWED, "/*add-to-cart=*", "/*?s="):
        assert f"Disallow: {rule}\n" in robots
    maps = re.findall(r"^Sitemap: (\S+)$", robots, re.M)
    assert maps == [f"{base}/sitemap_index.xml", f"{base}/wp-sitemap.xml"]

    def urls(index: str) -> set[str]:
        out: set[str] = set()
        for child in re.findall(r"<loc>([^<]+)</loc>", _get(server, index)[1]):
            xml = _get(server, child.removeprefix(base))[1]
            out |= {u.removeprefix(base) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
        return out

    yoast = urls("/sitemap_index.xml")
    assert gold <= yoast and set(portal.NON_ARTICLES) - yoast <= {
        p for p in portal.NON_ARTICLES if "/page/" in p or p.startswith("/tai-khoan/")
    }
    core = urls("/wp-sitemap.xml")
    stale = {portal.permalink(s) for s in portal.stale_posts() if not s.opts.get("old_slug")}
    assert core & gold == stale and len(gold - core) == len(gold) - len(stale) > 0
    moved = next(s for s in portal.STORIES if s.opts.get("old_slug"))
    assert portal.permalink(moved, moved.opts["old_slug"]) in core


def test_rest_api_and_oembed(server: PortalServer) -> None:
    base = server.base_url
    status, raw, headers = _get(server, "/wp-json/wp/v2/posts")
    assert status == 200 and headers["X-WP-Total"] == str(len(portal.GOLD)) and "\\/" in raw
    posts = json.loads(raw)
    assert [p["link"].removeprefix(base) for p in posts] == [g["path"] for g in portal.GOLD][:10]
    one = json.loads(_get(server, f"/wp-json/wp/v2/posts/{posts[1]['id']}")[1])
    assert portal.GOLD[1]["body"].split("\n\n")[1] in _reader(one["content"]["rendered"])
    assert _get(server, "/wp-json/wp/v2/posts?page=3")[0] == 400
    page = _get(server, portal.GOLD[0]["path"])[1]
    oembed = html.unescape(re.search(r'type="application/json\+oembed" href="([^"]+)"', page).group(1))
    data = json.loads(_get(server, oembed.removeprefix(base))[1])
    assert unquote(oembed.split("url=", 1)[1]) == base + portal.GOLD[0]["path"] and data["type"] == "rich"
    assert "<engineName>WordPress</engineName>" in _get(server, "/xmlrpc.php?rsd")[1]


def test_shop_pages_and_cart_trap(server: PortalServer) -> None:
    base = server.base_url
    shop = _get(server, "/dong-phuc/")[1]
    assert "Lựa chọn các tùy chọn" in shop and "Lọc theo kích cỡ" in shop and "&#8363;" in shop
    add = re.search(r'href="([^"]*add-to-cart=\d+)"[^>]*rel="nofollow"', shop).group(1)
    status, _, headers = _get(server, html.unescape(add).removeprefix(base))
    assert status == 302 and headers["Location"] == f"{base}/dong-phuc/" and "woocommerce_items_in_cart" in headers["Set-Cookie"]
    product = _get(server, "/san-pham/bo-do-the-duc/")[1]
    assert '<h1 class="product-title product_title entry-title">Bộ đồ thể dục</h1>' in product
    assert "Mô tả" in product and "Sản phẩm tương tự" in product and "Đánh giá (0)" in product
    twice = _get(server, "/dong-phuc/?filter_kich-co=s,m")[1]
    assert f'href="{base}/dong-phuc/?filter_kich-co=s,m,l"' in twice and f'href="{base}/dong-phuc/?filter_kich-co=m"' in twice
    assert f'href="{base}/dong-phuc/?filter_kich-co=m,s,l"' in _get(server, "/dong-phuc/?filter_kich-co=m,s")[1]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    assert all('<meta charset="UTF-8" />' in p for p in pages.values())
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert decomposed == [portal.permalink(portal._BY_ID[1862])]
    assert all(unicodedata.is_normalized("NFC", _region(page)) for p, page in pages.items() if p not in decomposed)
    assert sum("&#8220;" in _region(page) for page in pages.values()) >= 4


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[3]["path"], "/", "/feed/", "/post-sitemap.xml"):
        assert _get(server, target)[1] == _get(server, target)[1]
