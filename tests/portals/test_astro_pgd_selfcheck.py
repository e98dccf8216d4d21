"""Self-check of the Astro static-site portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that does not
answer, a paragraph the page does not print, or an article no link, feed or sitemap reaches would
waste that crawl. It also pins down what makes the platform what it is: trailing-slash pages with
nginx's 301 for the slashless form, ``index.html`` twins, Astro's paginate() URLs, islands whose
props carry every image, and a host that answers 200 with the 404 page for any unknown path.
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

from . import astro_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|xml|json)$")
_PROSE_START = '<div class="prose astro-J7PV25F6" data-astro-cid-j7pv25f6>'
_NOT_FOUND = "Không tìm thấy trang bạn yêu cầu."


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _reader(markup: str) -> str:
    """What a reader sees: inline tags removed, block tags as spaces, NFC, spaces collapsed."""
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    text = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(unicodedata.normalize("NFC", html.unescape(text)).split())


def _prose(page: str) -> str:
    return page.split(_PROSE_START, 1)[1].split("\n</div>", 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "astro_pgd" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    # newest article in November 2026, gold sorted newest first
    assert portal.GOLD[0]["published_at"].startswith("2026-11")
    assert [g["published_at"] for g in portal.GOLD] == sorted((g["published_at"] for g in portal.GOLD), reverse=True)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["path"].startswith("/tin-tuc/") and gold["path"].endswith("/")
    assert gold["alt_paths"] == [gold["path"] + "index.html"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Người viết)[^:]*: {re.escape(name)}", gold["body"])
        assert not re.match(r"(ThS|TS|Cô|Thầy|GV)\.? ", name) and " - " not in name
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        cap = image["caption"]
        assert cap is None or (cap not in gold["body"] and not cap.startswith(("(", "Ảnh:")))


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    title = re.search(r'<h1 class="title astro-J7PV25F6" data-astro-cid-j7pv25f6>(.*?)</h1>', page)
    assert title and html.unescape(title.group(1)) == gold["title"]
    article = page.split("<article ", 1)[1].split("</article>", 1)[0]
    prose = _prose(page)
    shown = _reader(prose)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", prose)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        lead = re.search(r'<p class="lead astro-J7PV25F6" data-astro-cid-j7pv25f6>(.*?)</p>', article)
        assert lead and html.unescape(lead.group(1)) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert 'class="lead' not in article
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    # the images of the text, in order, and their lines
    srcs = re.findall(r'<img src="([^"]+)"', prose)
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    story = _story(gold)
    for img in story.images:
        if img.printed and img.style == "em":
            assert f"<p><em>{img.printed.replace('&', '&#x26;')}</em></p>" in unicodedata.normalize("NFC", prose)
        if img.printed and img.style == "figure":
            assert f"<figcaption>{img.printed}</figcaption>" in unicodedata.normalize("NFC", prose)
    # bylines: the author line at the top, in-text credits at the end of the prose
    meta = _reader(re.search(r'<div class="meta astro-J7PV25F6"[^>]*>(.*?)</div>', article).group(1))
    everything = _reader(article)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in everything
    if "author" in story.opts:
        assert f"Người viết: {story.opts['author']}" in meta
    else:
        assert "Người viết" not in meta
    # the printed date is the gold day; the machine time is UTC
    day = date.fromisoformat(gold["published_at"])
    assert re.search(rf'<time datetime="[^"]+Z" data-astro-cid-j7pv25f6>{day.day} tháng {day.month}, {day.year}</time>', article)
    assert meta.split(" · ")[1 if "author" in story.opts else 0] == f"{day.day} tháng {day.month}, {day.year}"
    assert not re.search(r"\d\d:\d\d", meta)
    # the category as the breadcrumb and the badge print it
    crumbs = re.search(r'<nav class="breadcrumbs"[^>]*>(.*?)</nav>', page).group(1)
    assert html.unescape(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert f">{html.escape(gold['category'])}</a><h1" in article
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
    # chrome around it
    text = _reader(page)
    for phrase in (portal.TODAY, "Bài mới", "Thống kê truy cập", "Tổng lượt truy cập", "Chia sẻ:",
                   "Từ khóa:", portal.ADDRESS, "Đường dây nóng", "Bài viết cùng chuyên mục"):
        assert phrase in text, phrase


def test_body_markup_is_astros(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    both = "".join(_prose(p) for p in pages.values())
    for tag in ("<h2 id=", "<h3 id=", "<ul>", "<ol>", "<table><thead>", "<blockquote>", "<figure>",
                "<figcaption>", "<p><em>", 'loading="lazy" decoding="async"'):
        assert tag in both, tag
    assert "GD&#x26;ĐT" in both and "GD&amp;ĐT" not in both
    assert re.search(r'src="/_astro/[\w-]+\.\w{8}_Z\w{6}\.webp"', both)
    assert re.search(r'src="/images/tin-tuc/2026/\d\d/[\w-]+\.jpg"', both)
    # in-text bylines: as the last paragraph of the prose
    for gold in portal.GOLD:
        last = _prose(pages[gold["path"]]).rsplit("\n", 1)[-1]
        if re.match(r"<p><(strong|em)>(Tin|Ảnh|\(Nguồn)", last):
            assert gold["photographers"] or gold["source"] or gold["authors"]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert decomposed == [portal.article_path(s) for s in portal.STORIES if s.opts.get("nfd")]
    assert len(decomposed) == 1
    _, page, headers = _get(server, decomposed[0])
    assert headers["Content-Type"].endswith("charset=utf-8") and '<meta charset="utf-8">' in page
    assert not unicodedata.is_normalized("NFC", _prose(page))
    assert unicodedata.is_normalized("NFC", page.split(_PROSE_START, 1)[0])


def test_dates_the_machine_writes(server: PortalServer) -> None:
    timed = [s for s in portal.STORIES if "at" in s.opts]
    assert len(timed) == 1
    page = _get(server, portal.article_path(timed[0]))[1]
    assert '<time datetime="2026-10-08T02:30:00.000Z" data-astro-cid-j7pv25f6>8 tháng 10, 2026</time>' in page
    updated = [s for s in portal.STORIES if "updated" in s.opts]
    page = _get(server, portal.article_path(updated[0]))[1]
    assert "Cập nhật: <time" in page and "21 tháng 11, 2026" in page
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(updated[0]))
    assert gold["published_at"] == "2026-11-18"


def _walk(server: PortalServer) -> tuple[dict[str, int], set[str]]:
    """Breadth-first over same-host anchor links from START_PATH, following redirects."""
    seen: dict[str, int] = {}
    feeds: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status in (301, 302):
            queue.append(_local(server, headers["Location"]))
            continue
        for href in re.findall(r'<link rel="alternate" type="application/rss\+xml"[^>]*href="([^"]+)"', body):
            feeds.add(_local(server, href))
        for href in _HREF.findall(body):
            link = _local(server, urljoin(server.url(target), html.unescape(href)))
            if link and link not in seen:
                queue.append(link)
    return seen, feeds


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    seen, feeds = _walk(server)
    articles = {g["path"] for g in portal.GOLD}
    assert articles <= {t for t, s in seen.items() if s == 200}
    assert set(portal.NON_ARTICLES) <= set(seen)
    assert {t for t, s in seen.items() if s not in (0, 200, 301)} == set()
    assert any(s == 301 for s in seen.values()), "the aside's slashless links redirect"
    assert feeds == {"/rss.xml"}
    _, feed, headers = _get(server, "/rss.xml")
    assert headers["Content-Type"] == "application/xml"
    in_feed = [_local(server, u) for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    assert in_feed == [g["path"] for g in portal.GOLD[: portal.FEED_SIZE]]
    assert len(portal.GOLD) > portal.FEED_SIZE
    _, robots, _ = _get(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    assert index == "/sitemap-index.xml"
    _, index_xml, _ = _get(server, index)
    children = [_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", index_xml)]
    assert children == ["/sitemap-0.xml"]
    _, urlset, _ = _get(server, children[0])
    listed = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", urlset)}
    assert articles <= listed and "/404.html" not in listed
    assert not listed & set(portal.DEAD_LINKS)
    search = json.loads(_get(server, "/search.json")[1])
    assert {item["url"] for item in search} == articles


def test_paginate_urls(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc/")[1]
    assert 'href="/tin-tuc/2/" rel="next"' in first and "Trang 1 / 3" in first
    third = _get(server, "/tin-tuc/3/")[1]
    assert 'href="/tin-tuc/2/" rel="prev"' in third and 'rel="next"' not in third
    cat = "/chuyen-muc/tin-tuc-su-kien/"
    assert "Trang 1 / 3" in _get(server, cat)[1]
    assert 'href="/chuyen-muc/tin-tuc-su-kien/" rel="prev"' in _get(server, cat + "2/")[1]
    listed = []
    for n in (1, 2, 3):
        body = _get(server, portal.listing_path(cat, n))[1]
        listed += re.findall(r'<h3 class="card-title"[^>]*><a href="([^"]+)"', body)
    assert listed == [portal.article_path(s) for s in portal.in_cat("tin-tuc-su-kien")]
    # past the last page and Astro's missing /1/: the host's 404 page with status 200
    for target in ("/tin-tuc/4/", "/tin-tuc/1/", cat + "4/"):
        status, body, _ = _get(server, target)
        assert status == 200 and _NOT_FOUND in body


def test_soft_404_and_redirects(server: PortalServer) -> None:
    status, real, _ = _get(server, "/404.html")
    assert status == 200 and _NOT_FOUND in real
    for target in [*portal.DEAD_LINKS, "/tin-tuc/khong-co-bai-nay/", "/bat-ky/duong-dan"]:
        status, body, _ = _get(server, target)
        assert status == 200 and body == real, target
    gold = portal.GOLD[3]
    status, _, headers = _get(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == server.base_url + gold["path"]
    status, _, headers = _get(server, "/chuyen-muc/thong-bao")
    assert status == 301 and headers["Location"] == server.base_url + "/chuyen-muc/thong-bao/"
    # the aside writes slashless links
    home = _get(server, "/")[1]
    aside = home.split('<aside class="sidebar"', 1)[1]
    assert f'href="{portal.GOLD[0]["path"].rstrip("/")}"' in aside
    # index.html twins: the same page, canonical to the slash form; one post links one
    for gold in portal.GOLD:
        twin = _get(server, gold["alt_paths"][0])
        assert twin[0] == 200 and twin[1] == _get(server, gold["path"])[1]
    bodies = "".join(_prose(_get(server, g["path"])[1]) for g in portal.GOLD)
    assert re.search(r'href="/tin-tuc/[a-z0-9-]+/index\.html"', bodies)
    assert 'href="/tin-tuc/tong-ket-nam-hoc-2025-2026/"' in bodies


def test_islands_and_hashed_assets(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        assert page.count("data-astro-cid-") > 100
        assert 'component-url="/_astro/SearchBox.' in page
        islands = re.findall(r'<astro-island [^>]*component-url="/_astro/Lightbox\.[^"]+"[^>]*props="([^"]+)"', page)
        if not gold["images"]:
            assert islands == []
            continue
        props = json.loads(html.unescape(islands[0]))
        items = [item[1] for item in props["images"][1]]
        assert [i["src"][1] for i in items] == [g["path"] for g in gold["images"]]
        fulls = [i["full"][1] for i in items]
        assert all(f.endswith(".jpg") for f in fulls)
        if any(g["path"].endswith(".webp") for g in gold["images"]):
            assert set(fulls) - set(re.findall(r'<img src="([^"]+)"', page))
    page = _get(server, "/")[1]
    for asset in re.findall(r'(?:href|src)="(/_astro/[^"]+\.(?:css|js))"', page):
        status, _, headers = _get(server, asset)
        assert status == 200 and headers["Content-Type"].split("/")[0] in ("text", "application")
    assert re.search(r'href="/_astro/[\w]+\.\w{8}\.css"', page)
    assert _get(server, portal.GOLD[0]["images"][0]["path"])[2]["Content-Type"] == "image/webp"


def test_documents_album_and_static_pages(server: PortalServer) -> None:
    docs = _get(server, "/van-ban/")[1]
    for d in portal.DOCS:
        assert f'href="/files/van-ban/{d.file}"' in docs
        status, _, headers = _get(server, f"/files/van-ban/{d.file}")
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    album = _get(server, "/thu-vien-anh/")[1]
    assert 'component-url="/_astro/Lightbox.' in album and "<article" not in album
    for target in ("/gioi-thieu/", "/lien-he/", "/lich-cong-tac/", "/van-ban/"):
        body = _get(server, target)[1]
        assert "<article" not in body and "<time" not in body.split('<aside class="sidebar"', 1)[0]


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
