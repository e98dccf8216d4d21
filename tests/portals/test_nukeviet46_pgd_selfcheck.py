"""Self-checks of the NukeViet 4.6 PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_pgd as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'(?:href="|<link>)([^"<\s]+)', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href.split("#")[0])
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(body: str) -> str:
    """The page's text as a reader sees it: tags out, references decoded, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def bodytext(body: str) -> str:
    return body.split('<div id="news-bodyhtml"', 1)[1].split('<p class="h5 text-right">')[0].split(
        '<div class="news_column panel panel-default"><div class="panel-body">'
    )[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " - " not in name and not name.startswith("ThS.")
        assert len(g["alt_paths"]) == 3
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'itemprop="headline">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    day, time = gold["published_at"][:10], gold["published_at"][11:16]
    y, m, d = day.split("-")
    date_line = re.search(r'<span class="h5">([^<]+)</span>', body).group(1)
    assert date_line.endswith(f" - {d}/{m}/{y} {time}")
    assert date_line.split(" - ")[0] in portal.WEEKDAYS
    assert portal.TODAY in body and "Đã xem: " in body
    assert "Tổng số điểm của bài viết là:" in body and "Click để đánh giá bài viết" in body
    assert "Ý kiến bạn đọc" in body and "Đang truy cập" in body and "1.902.341" in body
    text = shown(bodytext(body))
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"]:
            continue
        cells = para.split(" | ")
        assert " ".join(cells) in text, para
    if gold["summary"]:
        assert f'<div class="hometext m-bottom">{_html.escape(gold["summary"])}</div>' in body
    else:
        assert 'class="hometext' not in body
    # the breadcrumbs' last section is the category
    crumbs = re.findall(r'<span itemprop="name">([^<]+)</span>', body)
    assert _html.unescape(crumbs[-1]) == gold["category"]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            cap = _html.escape(img["caption"])
            assert f"<figcaption>{cap}</figcaption>" in body or f"<em>{cap}</em>" in body or (
                f'<p style="text-align: center;">{cap}</p>' in body
            )
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    printed, saved, plain = gold["alt_paths"]
    assert printed.startswith("/news/print/") and saved.startswith("/news/savefile/")
    assert plain.startswith("/index.php?language=vi&nv=news&op=")
    for target in gold["alt_paths"]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert _html.escape(gold["title"]) in body
        text = shown(body)
        for para in gold["body"].split("\n\n"):
            assert " ".join(para.split(" | ")) in text, (target, para)
        if target != plain:
            assert 'content="noindex, nofollow"' in body
            assert headers["X-Robots-Tag"] == "noindex, nofollow"
    _, body, headers = fetch(server, saved)
    assert headers["Content-Disposition"].startswith("attachment;")
    _, body, _ = fetch(server, plain)
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
    # the article page names print in an onclick only, save as a link
    _, body, _ = fetch(server, gold["path"])
    assert f"nv_open_browse('{printed}'" in body and f'href="{saved}"' in body
    assert f'href="{printed}"' not in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "news-bodyhtml" not in body, path
        assert '<span class="h5">' not in body, path
    _, body, _ = fetch(server, "/about/gioi-thieu.html")
    assert 'class="title margin-bottom-lg">Giới thiệu chung</h1>' in body and "page-bodyhtml" in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert portal.GOLD[0]["alt_paths"][1] in seen  # savefile is a plain link


def test_listing_pagination_and_page_two_only_articles(server):
    status, page1, _ = fetch(server, "/news/tin-giao-duc/")
    assert status == 200
    assert 'href="/news/tin-giao-duc/page-2"' in page1 and "&raquo;" in page1
    status, page2, _ = fetch(server, "/news/tin-giao-duc/page-2")
    assert status == 200 and 'href="/news/tin-giao-duc/"' in page2
    assert page1.count('class="news_column"><div class="panel panel-default clearfix">') == 6
    _, home, _ = fetch(server, "/")
    only_p2 = [s for s in portal.STORIES if s.id in (212, 218)]
    for s in only_p2:
        href = f'href="{portal.story_path(s)}"'
        assert href in page2 and href not in page1 and href not in home
    assert fetch(server, "/news/tin-giao-duc/page-3")[0] == 404
    status, _, headers = fetch(server, "/news/tin-giao-duc/page-1")
    assert status == 301 and headers["Location"] == "/news/tin-giao-duc/"
    # the subcategory is listed under its parent and has its own listing
    assert 'href="/news/guong-sang/"' in page1
    _, sub, _ = fetch(server, "/news/guong-sang/")
    assert sum(f'<h3><a href="{portal.story_path(s)}"' in sub for s in portal.STORIES) == 3


def test_home_is_viewcat_main_right(server):
    _, home, _ = fetch(server, "/")
    assert fetch(server, "/news/")[1].count("Xem tiếp") == 3 == home.count("Xem tiếp")
    assert 'src="/themes/egov/images/quoc-huy.png"' in home and portal.TODAY in home
    assert 'class="module-menu"' in home and "Văn bản mới" in home and "Liên kết" in home


def test_hidden_hometext_and_homeimg_alt(server):
    s = portal.BY_ID[235]
    _, listing, _ = fetch(server, "/news/hoat-dong-chuyen-mon/")
    assert _html.escape(s.opts["hometext"]) in listing
    assert portal.listing_img(s) in listing
    _, page, _ = fetch(server, portal.story_path(s))
    # og:description keeps the hometext; the page itself does not print it
    assert f'og:description" content="{_html.escape(s.opts["hometext"])}"' in page
    body = page.split("</head>", 1)[1]
    assert _html.escape(s.opts["hometext"]) not in body
    assert s.opts["home"][0] not in body
    # homeimg without homeimgalt: the title as alt, no caption
    s = portal.BY_ID[243]
    _, body, _ = fetch(server, portal.story_path(s))
    figure = body.split('<figure class="article left', 1)[1].split("</figure>")[0]
    assert f'alt="{_html.escape(s.title)}"' in figure and "figcaption" not in figure
    gold = next(g for g in portal.GOLD if g["path"] == portal.story_path(s))
    assert gold["images"][0] == {"path": figure.split('src="')[1].split('"')[0], "caption": None}


def test_author_and_source_fields(server):
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[231]))
    assert "<strong>Tác giả bài viết: </strong>ThS. Trần Quốc Bảo - Phó Trưởng phòng</p>" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[241]))
    assert "Tác giả bài viết" not in body and "Lan Anh - Trường TH Đức Lạng" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[218]))
    assert "</strong>Ban biên tập</p>" in body
    assert "<strong>Nguồn tin: </strong>Sở GD&amp;ĐT Hà Tĩnh</p>" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[229]))
    assert 'href="https://baohatinh.vn/">Báo Hà Tĩnh</a></p>' in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[245]))
    assert "Tin, ảnh: Phan Văn Hùng" in body and "Những tin cũ hơn" in body


def test_wrong_category_redirects(server):
    s = portal.BY_ID[241]
    status, _, headers = fetch(server, f"/news/thong-bao/{s.slug}-{s.id}.html")
    assert status == 301 and headers["Location"] == portal.story_path(s)
    assert fetch(server, "/news/thong-bao/khong-co-bai-999.html")[0] == 404


def test_feeds_tags_and_laws(server):
    status, body, headers = fetch(server, "/feeds/news/tin-giao-duc/")
    assert status == 200 and "rss" in headers["Content-Type"]
    assert body.count("<item>") == 8
    assert fetch(server, "/feeds/news/")[1].count("<item>") == len(portal.GOLD)
    _, body, _ = fetch(server, "/news/tag/giao-vien-gioi")
    assert "Từ khóa: giáo viên giỏi" in body and portal.story_path(portal.BY_ID[243]) in body
    _, body, _ = fetch(server, portal.NON_ARTICLES[5])
    assert "Ngày ban hành" in body and "452/PGDĐT-CM" in body
    assert fetch(server, "/news/tag/khong-co")[0] == 404
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
