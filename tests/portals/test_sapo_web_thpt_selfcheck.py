"""Self-check of the Haravan / Sapo Web private-school fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, its
alternative addresses and every NON_ARTICLE answers 200; that the gold is well formed and every
title, paragraph, caption, byline name, date and category is printed on its page (after entities
and NFC); that a browser-like walk of links from START_PATH (robots.txt obeyed, tag combinations
left aside) reaches every article, and so do the sitemap and the feeds; and that the traps behave
as the module's docstring says: tag filters combine without end, the comment pager serves the
same article again, an old handle redirects, products are shop pages, the text forms are mixed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import sapo_web_thpt as portal
from ._selfcheck import fetch

_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx?|xml|atom)$")
_DISALLOWED = ("/cart", "/account", "/search", "/checkout", "/admin", "/orders")


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
    """What a reader sees: inline tags vanish, block tags break words, NFC, spaces collapsed."""
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The article's own markup: from the summary/content block to the tags line."""
    return page.split('<div class="article-body">', 1)[1].split('<div class="article-tags">', 1)[0]


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    host = urlsplit(server.base_url).netloc
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        link = urlsplit(urljoin(server.url(target), href))
        if link.netloc == host:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH, obeying robots.txt; tag combinations
    (``a+b``) are recorded but not fetched."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        path = urlsplit(target).path
        if (
            _NOT_PAGES.search(path)
            or path.startswith(_DISALLOWED)
            or "sort_by" in target
            or ("/tagged/" in path and "+" in path)
        ):
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status != 200:
            continue
        queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "sapo_web_thpt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {t for t, _ in portal.BLOGS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    assert alts, "the comment pager's second address of the most commented post"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:30])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    assert gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _DATE.match(gold["published_at"]), "the page prints a day, never a time"
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["authors"], "a signature or the 'Đăng bởi' name"
    for image in gold["images"]:
        assert set(image) == {"url", "caption"}
        assert image["url"].startswith(("http://file.hstatic.net/", "https://file.hstatic.net/"))
        assert image["caption"] is None or image["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "§"]:
        assert not re.search(rf"(Tin|Bài|Ảnh|ảnh|Tác giả|Nguồn): {re.escape(name)}", gold["body"])
        assert not paragraphs[-1].endswith(name)


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_day(page: str) -> str:
    m = re.search(
        r'<li class="meta-date"><i [^>]*></i> (Thứ [^,]+|Chủ Nhật), (\d\d)/(\d\d)/(\d{4})</li>',
        page,
    )
    assert m, "the meta line's day"
    day = date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
    assert portal.WEEKDAYS[day.weekday()] == m.group(1)
    return day.isoformat()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:30])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="article-title">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    positions = [shown.index(p) for p in gold["body"].split("\n\n") if " | " not in p]
    assert positions == sorted(positions), "paragraphs in page order"
    for image in gold["images"]:
        src = image["url"].removeprefix("http:")
        assert f'src="{src}"' in region
        if image["caption"]:
            assert image["caption"] in shown
    story = _story(gold)
    for img in story.images:
        if img.printed and img.caption is None:
            assert re.fullmatch(r"z\d+_[0-9a-f]+\.jpg", img.printed), (
                "only a file name is no caption"
            )
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown or f"Đăng bởi: {name}" in _reader(page)
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
    if gold["summary"]:
        box = re.search(r'<div class="article-summary">(.*?)</div>', region)
        lead = re.search(r'<div class="rte">\s*<p><strong>(.*?)</strong></p>', region)
        assert _reader((box or lead).group(1)) == gold["summary"]
    else:
        assert 'class="article-summary"' not in region
        assert not re.search(r'<div class="rte">\s*<p><strong>', region)
    assert _printed_day(page) == gold["published_at"]
    crumbs = re.search(r'<ol class="breadcrumb"[^>]*>(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r'<span itemprop="name">([^<]+)</span>', crumbs)[-1]) == gold["category"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
    assert portal.TODAY in page and 'content="article"' in page


def test_comment_pages_serve_the_same_article(server: PortalServer) -> None:
    (gold,) = [g for g in portal.GOLD if g.get("alt_paths")]
    first = _get(server, gold["path"])[1]
    for alt in gold["alt_paths"]:
        page = _get(server, alt)[1]
        assert _region(page) == _region(first)
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
    second = _get(server, gold["alt_paths"][-1])[1]
    assert "Đinh Công Thành" in second and "Đinh Công Thành" not in first
    assert f'href="{gold["alt_paths"][-1]}"' in first
    assert "lúc 16:40" in second and "20/11/2026 lúc" in second  # comment dates, not the post's


def _sitemap_paths(server: PortalServer) -> set[str]:
    listed = set()
    for loc in re.findall(r"<loc>([^<]+)</loc>", _get(server, "/sitemap.xml")[1]):
        status, body = _get(server, urlsplit(loc).path)
        assert status == 200
        listed |= {urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", body)}
    return listed


def test_walk_from_start_reaches_everything(server: PortalServer, walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    # the shop's collections link products under the collection (/collections/c/products/p):
    # a product the home page does not show is at its own address only in the sitemap
    assert set(portal.NON_ARTICLES) <= set(walk) | _sitemap_paths(server)
    assert "/collections/sach-giao-khoa/products/bo-sgk-lop-11-ket-noi-tri-thuc" in walk
    bad = [(t, s) for t, s in walk.items() if s not in (0, 200, 301)]
    assert bad == []
    assert any("+" in t for t, s in walk.items() if s == 0), "tag combinations are linked"


def test_sitemap_and_feeds_list_every_article(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    assert len(re.findall(r"<loc>([^<]+)</loc>", _get(server, "/sitemap.xml")[1])) == 4
    assert {g["path"] for g in portal.GOLD} <= _sitemap_paths(server)
    in_feeds = set()
    for blog in portal.BLOGS:
        page = _get(server, f"/blogs/{blog}")[1]
        assert f'href="/blogs/{blog}.atom"' in page
        feed = _get(server, f"/blogs/{blog}.atom")[1]
        in_feeds |= {
            urlsplit(u).path
            for u in re.findall(r'<link rel="alternate" type="text/html" href="([^"]+)"/>', feed)
        }
        assert re.search(r"<published>2026-\d\d-\d\dT\d\d:\d\d:00\+07:00</published>", feed)
    assert {g["path"] for g in portal.GOLD} <= in_feeds


def test_blog_pagination(server: PortalServer) -> None:
    first = _get(server, "/blogs/tin-tuc")[1]
    assert 'href="/blogs/tin-tuc?page=2"' in first and 'href="/blogs/tin-tuc?page=3"' in first
    third = _get(server, "/blogs/tin-tuc?page=3")[1]
    assert 'class="page current">3<' in third and "Trang sau" not in third
    status, past = _get(server, "/blogs/tin-tuc?page=9")
    assert status == 200 and "Chưa có bài viết nào" in past
    shown = [p for n in (1, 2, 3) for p in re.findall(
        r'<h3 class="blog-item-name"><a href="([^"]+)"', _get(server, f"/blogs/tin-tuc?page={n}")[1])]  # fmt: skip
    assert shown == [portal.article_path(s) for s in portal.newest("tin-tuc")]
    # cards without an excerpt print the first words with an ellipsis: no summary of the post
    story = next(s for s in portal.newest("tin-tuc") if not s.summary)
    cut = " ".join(" ".join(story.paragraphs).split()[:30]) + "…"
    listing = "".join(_get(server, f"/blogs/tin-tuc?page={n}")[1] for n in (1, 2, 3))
    assert f'<p class="blog-item-summary">{html.escape(cut)}</p>' in listing


def test_tag_filters_combine_without_end(server: PortalServer) -> None:
    target = "/blogs/tin-tuc/tagged/hoc-sinh"
    seen = {target}
    for _ in range(6):
        status, page = _get(server, target)
        assert status == 200
        adds = re.findall(r'<a href="(/blogs/tin-tuc/tagged/[^"]+)" title="Thêm tag', page)
        assert adds, target
        target = adds[-1]
        assert target not in seen and target.count("+") == len(seen)
        seen.add(target)
    status, page = _get(server, target)
    assert status == 200 and "Chưa có bài viết nào" in page
    # both orders exist, and an unknown tag is a 200 page too
    assert _get(server, "/blogs/tin-tuc/tagged/stem+hoc-sinh")[1].count('class="blog-item"') == 2
    assert _get(server, "/blogs/tin-tuc/tagged/hoc-sinh+stem")[1].count('class="blog-item"') == 2
    status, page = _get(server, "/blogs/tin-tuc/tagged/khong-ton-tai")
    assert status == 200 and "Chưa có bài viết nào" in page
    assert (
        'href="/blogs/tin-tuc/tagged/hoc-sinh?page=2"'
        in _get(server, "/blogs/tin-tuc/tagged/hoc-sinh")[1]
    )
    assert "tagged" not in _get(server, "/robots.txt")[1]


def test_old_handle_redirects_and_unknown_paths_404(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/blogs/tin-tuc/khai-mac-giai-bong-da-hoc-sinh-2026")
    assert (
        status == 301
        and headers["Location"] == "/blogs/tin-tuc/khai-mac-giai-bong-da-minh-tri-cup-2026"
    )
    linking = _get(server, "/blogs/tin-tuc/ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11")[1]
    assert 'href="/blogs/tin-tuc/khai-mac-giai-bong-da-hoc-sinh-2026"' in _region(linking)
    assert _get(server, "/blogs/tin-tuc/khong-co-bai-nay")[0] == 404
    assert _get(server, "/blogs/thong-bao")[0] == 404
    assert _get(server, "/pages/khong-co")[0] == 404


def test_products_are_shop_pages(server: PortalServer) -> None:
    for handle, (title, coll, price, *_rest) in portal.PRODUCTS.items():
        page = _get(server, f"/products/{handle}")[1]
        assert 'content="product"' in page and "Thêm vào giỏ" in page
        assert f"{price:,}₫" in page and f"<h1>{html.escape(title)}</h1>" in page
        assert "article-title" not in page and "Đăng bởi" not in page
        status, scoped = _get(server, f"/collections/{coll}/products/{handle}")
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}/products/{handle}">' in scoped
    coll = _get(server, "/collections/all")[1]
    assert (
        "sort_by" in coll and "Disallow: /collections/*sort_by*" in _get(server, "/robots.txt")[1]
    )
    home = _get(server, "/")[1]
    assert home.count("Thêm vào giỏ") == 4


def test_chrome_is_what_the_platform_prints(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    for needle in (
        portal.TODAY, 'id="cookie-consent"', 'class="floating-contact"', "https://zalo.me/",
        "https://m.me/", "Đăng ký nhận bản tin", "Tổng lượt truy cập", "Bài viết liên quan",
        'id="article_comments"', "Bài viết mới nhất", portal.ADDRESS, portal.HOTLINE,
    ):  # fmt: skip
        assert needle in page, needle
    home = _get(server, "/")[1]
    assert 'id="home-slider"' in home and home.count('class="item"') == 3
    album = _get(server, "/pages/thu-vien-anh")[1]
    assert album.count('class="gallery-caption"') == len(portal.ALBUM)
    docs = _get(server, "/pages/van-ban-bieu-mau")[1]
    assert all(name in docs for _, name, _ in portal.DOCUMENTS)


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _, _, h in pages.values())
    assert all('<meta charset="utf-8">' in body for _, body, _ in pages.values())
    nfd = [
        p
        for p, (_, body, _) in pages.items()
        if not unicodedata.is_normalized("NFC", _region(body))
    ]
    assert nfd == [g["path"] for g in portal.GOLD if _story(g).opts.get("form") == "nfd"]
    assert len(nfd) == 1
    named = [
        p
        for p, (_, body, _) in pages.items()
        if re.search(r"&[a-z]+;", _region(body).replace("&amp;", ""))
    ]
    assert named == [g["path"] for g in portal.GOLD if _story(g).opts.get("form") == "entities"]
    assert len(named) == 2
    assert not any(re.search(r"&#\d+;", _region(body)) for _, body, _ in pages.values())
