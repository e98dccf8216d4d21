"""Self-check of the Haravan school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that 404s, a
paragraph the page does not print, or an article that neither a link nor the sitemap reaches
would waste that crawl. Nothing here imports the crawler beyond the demo server. It also pins
down what makes the platform what it is: Shopify-style ``span`` pagination, the ``?view=print``
and ``?view=quick`` alternate templates, endless tag combinations, products that look like posts,
lazy images whose real file is in ``data-src``, one post stored decomposed (NFD).
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

from . import haravan_school as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_CONTENT_START = '<div class="article-content rte" itemprop="articleBody">'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _reader(markup: str) -> str:
    """What a reader sees: tags dropped, references resolved, NFC, one space between words."""
    inline = re.sub(r"</?(a|strong|em|span|b|i|time)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(
        unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split()
    )


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


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def _region(body: str) -> str:
    """The article from its headline to the end of the content (excerpt box included)."""
    start = body.index('<h1 class="article-title"')
    end = body.index("</div>", body.index(_CONTENT_START))
    return body[start:end]


def _in_order(page: str, parts: list[str]) -> bool:
    at = 0
    for part in parts:
        found = page.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def test_contract_shape() -> None:
    assert portal.NAME == "haravan_school" and portal.PLATFORM == "haravan"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.BLOGS.values())
    pages = {b: portal.pages_of(len(portal.newest(b))) for b in portal.BLOGS}
    assert max(pages.values()) >= 3
    assert max(g["published_at"][:7] for g in portal.GOLD) == "2026-11"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [gold["path"] + "?view=print", gold["path"] + "?view=quick"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"] and paragraphs.count(gold["summary"]) == 1
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/file.hstatic.net/")
        assert img["caption"] is None or (
            img["caption"] not in paragraphs and not img["caption"].startswith(("(", "Ảnh:"))
        )
    for name in gold["authors"] + gold["photographers"]:
        assert not name.startswith(("Cô ", "Thầy ", "ThS.", "TS.")) and " - " not in name
        assert name != portal.ACCOUNT


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = (
        [g["path"] for g in portal.GOLD]
        + [a for g in portal.GOLD for a in g["alt_paths"]]
        + portal.NON_ARTICLES
    )
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    story = _story(gold)
    region = _region(body)
    page = _reader(body)
    text = _reader(region)
    assert (
        f'<h1 class="article-title" itemprop="headline">{html.escape(gold["title"], quote=False)}</h1>'
        in body
    )
    assert _in_order(text, gold["body"].split("\n\n"))
    if gold["summary"]:
        box = re.search(
            r'<div class="article-excerpt"><p><strong>(.*?)</strong></p></div>', region
        ).group(1)
        assert _reader(box) == gold["summary"]
    # the byline lines and the meta line's author are printed
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text
    # images: the real files are in data-src, the src is a placeholder
    content = region.split(_CONTENT_START, 1)[1]
    assert re.findall(
        r'<img class="lazyload" src="data:image/gif;base64,[^"]+" data-src="([^"]+)"', content
    ) == [i["path"] for i in gold["images"]]
    assert "<img " not in content.replace('<img class="lazyload" src="data:', "")
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    # the date line as the template prints it
    stamp = gold["published_at"]
    day = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
    author = html.escape(story.opts["author"], quote=False)
    if story.cat in portal.DAY_ONLY_BLOGS:
        assert "T" not in stamp
        assert (
            f'Đăng bởi <b>{author}</b></span> <span class="sep">|</span> <span class="post-date">Ngày đăng: {day}</span>'
            in body
        )
        assert f"Cập nhật: {story.opts['upd']}" in page and story.opts["upd"] != day
        assert (
            f'<meta itemprop="datePublished" content="{story.opts["at"].replace(" ", "T")}:00+07:00">'
            in body
        )
    else:
        assert f"Người viết: {story.opts['author']} lúc {stamp[11:16]} {day}" in page
    crumbs = re.search(r'<ol class="breadcrumb breadcrumb-arrows">(.*?)</ol>', body).group(1)
    assert _reader(crumbs) == f"Trang chủ / {gold['category']} / {gold['title']}"
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
    for chrome in (portal.TODAY, "Giỏ hàng (0)", "Powered by Haravan", "Bài viết liên quan", "Viết bình luận",
                   "Gửi bình luận", "Sao chép liên kết", "Tags:", "Tuyển sinh năm học 2027-2028 — Đăng ký ngay!",
                   "Đăng ký tham quan trường", portal.ADDRESS, portal.HOTLINE, "Tổng truy cập"):  # fmt: skip
        assert chrome in page, chrome
    assert re.search(r'<span class="related-date">\d\d/\d\d/2026</span>', body)


def test_judgement_cases_are_printed_as_documented(server: PortalServer) -> None:
    by_slug = {g["path"].rsplit("/", 1)[1]: g for g in portal.GOLD}
    # the shop account credits nobody; the signature decides
    account_posts = [g for g in portal.GOLD if _story(g).opts["author"] == portal.ACCOUNT]
    assert {tuple(g["authors"]) for g in account_posts} >= {(), ("Lâm Mỹ Duyên",), ("Khánh Linh",)}
    tri_an = by_slug["le-tri-an-thay-co-nhan-ngay-nha-giao-viet-nam-20-11-2026"]
    _, body, _ = _get(server, tri_an["path"])
    first = tri_an["body"].split("\n\n")[0]
    assert _reader(_region(body)).count(first) == 2  # the excerpt box repeats the first paragraph
    assert '<p style="text-align: right;"><em>Cô Lâm Mỹ Duyên - Tổ Khối 4</em></p>' in body
    song_ngu = by_slug["truong-tu-thuc-dau-tu-mo-hinh-song-ngu-cho-tre-mam-non"]
    _, body, _ = _get(server, song_ngu["path"])
    assert "Bài và ảnh: Khánh Linh" in body and "Nguồn: Báo Cần Thơ" in body
    steam = by_slug["ngay-hoi-steam-be-lam-nha-khoa-hoc-nhi"]
    _, body, _ = _get(server, steam["path"])
    assert "<em>Ảnh: Các bé lớp Lá 3 say mê với thí nghiệm núi lửa phun trào</em>" in body
    # the attachment's file-name link is printed but is not body text
    tuyen_sinh = by_slug["thong-bao-tuyen-sinh-nam-hoc-2027-2028"]
    _, body, _ = _get(server, tuyen_sinh["path"])
    assert "thong-bao-tuyen-sinh-2027-2028.pdf</a>" in body and ".pdf" not in tuyen_sinh["body"]


def test_text_forms(server: PortalServer) -> None:
    nfd = next(g for g in portal.GOLD if _story(g).opts.get("nfd"))
    _, raw, headers = _get(server, nfd["path"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    content = raw.split(_CONTENT_START, 1)[1]
    for paragraph in nfd["body"].split("\n\n"):
        decomposed = unicodedata.normalize("NFD", paragraph)
        assert decomposed != paragraph and decomposed in content and paragraph not in content
    assert nfd["title"] in raw  # the headline is NFC
    nbsp = next(g for g in portal.GOLD if _story(g).opts.get("nbsp"))
    _, raw, _ = _get(server, nbsp["path"])
    assert (
        raw.count("&nbsp;</p>") == len(nbsp["body"].split("\n\n")) - 1 - 2
    )  # minus sapo and two h3


def test_alternate_templates_repeat_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, printed, _ = _get(server, gold["path"] + "?view=print")
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in printed
        assert "window.print()" in printed and "Giỏ hàng" not in printed
        assert _in_order(_reader(printed), gold["body"].split("\n\n"))
        assert re.findall(r'<img src="(/file\.hstatic\.net/[^"]+/file/[^"]+)"', printed) == [
            i["path"] for i in gold["images"]
        ]
        status, quick, headers = _get(server, gold["path"] + "?view=quick")
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert (
            quick.startswith('<div class="quickview-article">')
            and "<head" not in quick
            and "canonical" not in quick
        )
        assert f'<a class="qv-more" href="{gold["path"]}">Xem chi tiết</a>' in quick
        quick_text = _reader(quick)
        paragraphs = gold["body"].split("\n\n")
        if gold["summary"] and _story(gold).sapo_outside:
            paragraphs = paragraphs[1:]
        assert _in_order(quick_text, paragraphs)
        # an unknown view falls back to the article's own template
        _, other, _ = _get(server, gold["path"] + "?view=amp")
        assert _CONTENT_START in other


def _walk(server: PortalServer) -> set[str]:
    """Every page reached from START_PATH by <a href>, tag combinations left aside (they never end)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            path = urlsplit(link).path
            if _STATIC.search(path) or "+" in path or link in seen:
                continue
            queue.append(link)
        assert len(seen) < 400
    return seen


def test_every_article_is_reachable_by_links_and_the_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    seen = _walk(server)
    assert articles <= seen
    assert {a for g in portal.GOLD for a in g["alt_paths"]} <= seen
    assert set(portal.NON_ARTICLES) - {"/search"} <= seen  # the bare search page is a form's target
    _, robots, headers = _get(server, "/robots.txt")
    assert headers["Content-Type"].startswith("text/plain") and "/blogs/*+*" not in robots
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = _get(server, index)
    listed: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        status, xml, headers = _get(server, _local(server, child))
        assert status == 200 and headers["Content-Type"].startswith("application/xml")
        listed |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= listed


def test_pagination_is_shopify_spans(server: PortalServer) -> None:
    _, first, _ = _get(server, "/blogs/tin-tuc")
    assert '<span class="prev disabled">‹ Trước</span>' in first
    assert '<span class="page current">1</span>' in first
    assert (
        '<span class="next"><a href="/blogs/tin-tuc?page=2" title="Sau ›">Sau ›</a></span>' in first
    )
    _, third, _ = _get(server, "/blogs/tin-tuc?page=3")
    assert (
        '<span class="page current">3</span>' in third
        and '<span class="next disabled">Sau ›</span>' in third
    )
    listed: list[str] = []
    for n in range(1, 4):
        _, body, _ = _get(server, f"/blogs/tin-tuc?page={n}")
        listed += re.findall(r'<h3 class="blog-card-title"><a href="([^"]+)"', body)
    assert listed == [portal.article_path(s) for s in portal.newest("tin-tuc")]
    status, past, _ = _get(server, "/blogs/tin-tuc?page=9")
    assert (
        status == 200
        and "Chưa có bài viết nào trong mục này" in past
        and "blog-card-title" not in past
    )
    _, one, _ = _get(server, "/blogs/tin-tuc?page=1")
    assert re.findall(r'blog-card-title"><a href="([^"]+)"', one) == re.findall(
        r'blog-card-title"><a href="([^"]+)"', first
    )


def test_tag_combinations_never_end(server: PortalServer) -> None:
    target = "/blogs/tin-tuc/tagged/steam"
    seen = {target}
    for depth in range(1, 5):
        status, body, _ = _get(server, target)
        assert status == 200
        combos = [t for t in _links(server, target, body) if t.startswith(target + "+")]
        assert combos, target
        target = combos[0]
        assert target.count("+") == depth and target not in seen
        seen.add(target)
    status, body, _ = _get(server, target)
    assert (
        status == 200 and "Chưa có bài viết nào trong mục này" in body
    )  # no post carries five tags
    # the order of the tags makes another URL for the same filter
    a = _get(server, "/blogs/tin-tuc/tagged/steam+su-kien")
    b = _get(server, "/blogs/tin-tuc/tagged/su-kien+steam")
    assert a[0] == b[0] == 200
    cards = re.compile(r'blog-card-title"><a href="([^"]+)"')
    assert (
        cards.findall(a[1])
        == cards.findall(b[1])
        == ["/blogs/tin-tuc/ngay-hoi-steam-be-lam-nha-khoa-hoc-nhi"]
    )
    status, body, _ = _get(server, "/blogs/tin-tuc/tagged/khong-co-tag-nay")
    assert status == 200 and "Chưa có bài viết nào trong mục này" in body


def test_products_and_shop_pages_are_not_posts(server: PortalServer) -> None:
    for handle, product in portal.PRODUCTS.items():
        for target in (f"/products/{handle}", f"/collections/{product['coll']}/products/{handle}"):
            status, body, _ = _get(server, target)
            assert status == 200
            assert (
                f'<h1 class="product-title">{html.escape(product["title"], quote=False)}</h1>'
                in body
            )
            assert product["price"] in body and "Thêm vào giỏ" in body
            assert f'<link rel="canonical" href="{server.base_url}/products/{handle}">' in body
            assert (
                "Người viết" not in body
                and "Ngày đăng" not in body
                and "article-content" not in body
            )
            assert all(p in _reader(body) for p in product["desc"])
    for target, marker in (
        ("/account/login", "Đăng nhập"),
        ("/account/register", "Đăng ký tài khoản"),
        ("/cart", "Giỏ hàng của bạn"),
    ):
        status, body, _ = _get(server, target)
        assert status == 200 and marker in body
    status, _, headers = _get(server, "/account")
    assert status == 302 and headers["Location"] == "/account/login"
    _, body, _ = _get(server, "/search?q=%C4%91%E1%BB%93ng+ph%E1%BB%A5c")
    assert "/products/dong-phuc-he" in body


def test_non_articles_and_errors(server: PortalServer) -> None:
    _, fees, _ = _get(server, "/pages/hoc-phi")
    assert "<table" in fees and "5.500.000" in fees
    _, album, _ = _get(server, "/pages/thu-vien-anh")
    assert album.count("<figcaption>") == 4
    _, docs, _ = _get(server, "/pages/tai-lieu-phu-huynh")
    for href in re.findall(r'href="([^"]+\.pdf)"', docs):
        status, _, headers = _get(server, href)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, _ = _get(server, "/blogs/tin-tuc/bai-viet-khong-ton-tai")
    assert status == 404 and "Không tìm thấy trang" in body
    status, _, headers = _get(server, "/blogs/tin-tuc/")
    assert status == 301 and headers["Location"] == "/blogs/tin-tuc"
    assert _get(server, "/blogs/khong-co/tagged/steam")[0] == 404


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], "/", "/blogs/all?page=2"):
        assert _get(server, target)[1] == _get(server, target)[1]
