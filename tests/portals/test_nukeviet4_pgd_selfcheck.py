"""Self-check of the NukeViet 4 Phòng GD&ĐT portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes the crawler; a gold target that does
not answer, a paragraph its page does not print or an article no link, feed or sitemap reaches
would waste that crawl. Nothing here imports the crawler beyond the demo server. It also pins down
what the docstring of the portal promises: NukeViet's date line, the hometext block, Word-pasted
bodies (one typed in decomposed Unicode), the unrewritten ``index.php`` duplicates, the print view
reached only by ``onclick``, the "Lưu bài viết" download, the theme-switch and login links that
carry the current page, the pager's edges and the cached link to a deleted article.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nukeviet4_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_REGION_START = '<h1 class="title margin-bottom-lg">'
_REGION_END = '<form id="form3B"'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """What a reader sees: inline tags join their text, block tags separate it."""
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    inline = re.sub(r"</?(a|strong|em|span|b|i|o:p)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links from START_PATH (redirects not followed)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or "download=" in target:
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 1500, "the walk should stay finite"
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        if "attachment" in headers.get("Content-Disposition", ""):
            continue
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript", "mailto:", "tel:", "#")):
                continue
            nxt = _local(server, urljoin(server.url(target), href))
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "nukeviet4_pgd" and portal.PLATFORM == "nukeviet4"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {t for _, t in portal.CATS.values()}
    assert max(portal.pages(c) for c in portal.CATS) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    assert len(set(paragraphs)) == len(paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài|Tác giả)[^.]*: {re.escape(name)}", gold["body"])
    assert gold["alt_paths"] == [
        gold["path"].replace("/news/", "/index.php?language=vi&nv=news&op=", 1)[:-5]
    ]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    bad = []
    for target in targets:
        status, _, headers = fetch(server, target)
        if status != 200 or headers["Content-Type"] != "text/html; charset=utf-8":
            bad.append((target, status))
    assert bad == []


def _printed_date(region: str) -> str:
    line = re.search(r'<span class="h5">([^<]+)</span>', region).group(1)
    day, stamp = line.split(" - ")
    assert day in portal._DAYS
    when = datetime.strptime(stamp, "%d/%m/%Y %H:%M")
    assert portal._DAYS[when.weekday()] == day
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    region = _region(page)
    shown = _reader(region)
    assert _nfc(region.split("</h1>", 1)[0]) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region, re.S)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    if gold["summary"]:
        hometext = re.search(r'<div class="hometext m-bottom">(.*?)</div>', region).group(1)
        assert _nfc(hometext) == gold["summary"]
    else:
        assert "hometext" not in region
    srcs = re.findall(r'<img [^>]*?src="([^"]+)"', region)
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
    crumbs = re.search(r'<ul class="temp-breadcrumbs hidden"[^>]*>(.*?)</ul>', page).group(1)
    assert _nfc(re.findall(r'itemprop="name">([^<]+)</span>', crumbs)[-1]) == gold["category"]
    assert f'<span class="current-time">{portal.TODAY}</span>' in page
    assert "Thống kê truy cập" in page and "Tổng lượt truy cập" in page
    assert f"Địa chỉ: {portal.ADDRESS}" in page and portal.HOTLINE in page
    assert "Tổng số điểm là:" in page and "Ý kiến bạn đọc" in page
    assert "Các tin khác" in page or "Những tin mới hơn" in page


def test_bylines_are_the_module_fields_or_lines_in_the_body(server: PortalServer) -> None:
    for story in portal.STORIES:
        region = _region(fetch(server, portal.article_path(story))[1])
        if "author" in story.opts:
            assert f"<strong>Tác giả: </strong>{html.escape(story.opts['author'])}</p>" in region
            assert story.opts["author"] in story.authors
        if "source" in story.opts:
            assert "<strong>Nguồn tin: </strong>" in region and story.source == story.opts["source"]
        if "author" not in story.opts:
            assert "Tác giả:" not in region


def test_legacy_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (legacy,) = gold["alt_paths"]
        page = fetch(server, legacy)[1]
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
        assert _region(page) == _region(fetch(server, gold["path"])[1])
    home = fetch(server, "/")[1]
    notices = [portal.legacy_path(s) for s in portal.newest("thong-bao")]
    assert all(f'href="{html.escape(p)}"' in home for p in notices)


def test_walk_from_start_reaches_every_article_and_page(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    # print views open from an onclick, the search page from the header box's script
    scripted = {p for p in portal.NON_ARTICLES if "/print/" in p} | {"/seek/"}
    assert set(portal.NON_ARTICLES) - set(walk) == scripted
    assert len(walk) < 400
    assert not any("/print/" in t or "/sendmail/" in t for t in walk)  # onclick only
    assert walk[portal.DELETED] == 404
    redirects = [t for t, s in walk.items() if s == 302]
    assert redirects and all("nvvithemever=" in t for t in redirects)
    assert [t for t, s in walk.items() if s not in (0, 200, 302, 404)] == []


def test_feeds_and_sitemap_list_every_article(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    home = fetch(server, "/")[1]
    assert (
        '<link rel="alternate" href="/feeds/news/" title="Tin Tức" type="application/rss+xml">'
        in home
    )
    in_feeds: set[str] = set()
    for cat in portal.CATS:
        status, feed, headers = fetch(server, f"/feeds/news/{cat}/")
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        links = {_local(server, u) for u in re.findall(r"<link>(http[^<]+\.html)</link>", feed)}
        assert links == {portal.article_path(s) for s in portal.newest(cat)}
        in_feeds |= links
    assert in_feeds == articles
    module_feed = fetch(server, "/feeds/news/")[1]
    hidden = [s for s in portal.STORIES if not s.opts.get("inhome")]
    assert hidden and all(portal.article_path(s) not in module_feed for s in hidden)
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        _, xml, headers = fetch(server, _local(server, child))
        assert headers["Content-Type"].startswith("text/xml")
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap


def test_listings_paginate_and_share_an_article(server: PortalServer) -> None:
    cat = "tin-tuc-su-kien"
    assert portal.pages(cat) == 3
    first = fetch(server, "/news/tin-tuc-su-kien/")[1]
    assert '<li class="active"><a href="#">1</a></li>' in first
    assert '<a rel="next" title="Trang 2" href="/news/tin-tuc-su-kien/page-2/">2</a>' in first
    third = fetch(server, "/news/tin-tuc-su-kien/page-3/")[1]
    assert '<li class="disabled"><a href="#">&raquo;</a></li>' in third
    assert fetch(server, "/news/tin-tuc-su-kien/page-4/")[2]["Location"] == "/news/tin-tuc-su-kien/"
    assert fetch(server, "/news/tin-tuc-su-kien/page-1/")[2]["Location"] == "/news/tin-tuc-su-kien/"
    listed = set()
    for n in (1, 2, 3):
        page = fetch(server, portal.cat_path(cat, n))[1]
        teasers = page.split('<div class="news_column">')[1:]
        listed |= {re.search(r'<h3><a href="([^"]+)"', t).group(1) for t in teasers}
    assert listed == {portal.article_path(s) for s in portal.newest(cat)}
    shared = portal._BY_ID[2406]
    assert shared.cat == "thong-bao" and portal.article_path(shared) in listed
    legacy = fetch(server, portal.legacy_cat_path(cat))[1]
    assert f'href="{html.escape(portal.legacy_cat_path(cat, 2))}"' in legacy


def test_tools_print_savefile_and_redirects(server: PortalServer) -> None:
    story = portal._BY_ID[2418]
    page = fetch(server, portal.article_path(story))[1]
    assert f"onclick=\"nv_open_browse('{portal.print_path(story)}'" in page
    assert f'href="{portal.print_path(story)}"' not in page
    status, printed, _ = fetch(server, portal.print_path(story))
    assert status == 200 and 'content="noindex, nofollow"' in printed
    assert f"{server.base_url}{portal.article_path(story)}</a>" in printed
    status, saved, headers = fetch(server, portal.savefile_path(story))
    assert status == 200 and headers["Content-Disposition"].startswith("attachment;")
    assert story.title in saved
    wrong = portal.article_path(story).replace(story.slug, "le-ky-niem-ngay-nha-giao")
    status, _, headers = fetch(server, wrong)
    assert status == 301 and headers["Location"] == portal.article_path(story)
    status, _, headers = fetch(
        server, portal.article_path(story).replace("tin-tuc-su-kien", "thong-bao")
    )
    assert status == 301 and headers["Location"] == portal.article_path(story)
    status, body, _ = fetch(server, portal.DELETED)
    assert status == 404 and 'http-equiv="Refresh"' in body
    assert f'href="{portal.DELETED}"' in page  # the cached "Tin xem nhiều" block
    status, _, headers = fetch(
        server, portal.article_path(portal._BY_ID[2406]) + "?download=1&id=0"
    )
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_theme_switch_and_login_links_carry_the_page(server: PortalServer) -> None:
    target = portal.cat_path("thong-bao")
    page = fetch(server, target)[1]
    links = [html.unescape(h) for h in re.findall(r'href="([^"]*nvvithemever=[^"]*)"', page)]
    assert len(links) == 2
    for link in links:
        encoded = parse_qs(urlsplit(link).query)["nv_redirect"][0]
        assert portal.nv_base64_decode(encoded) == target
        status, _, headers = fetch(server, link)
        assert status == 302 and headers["Location"] == target
    login = html.unescape(re.search(r'href="(/users/login/\?nv_redirect=[^"]+)"', page).group(1))
    assert portal.nv_base64_decode(login.split("=", 1)[1]) == target
    assert fetch(server, login)[0] == 200


def test_text_forms_and_encodings(server: PortalServer) -> None:
    pages = {s.id: fetch(server, portal.article_path(s)) for s in portal.STORIES}
    for _, (_, body, headers) in pages.items():
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' in body
    not_nfc = [i for i, (_, body, _) in pages.items() if not unicodedata.is_normalized("NFC", body)]
    assert not_nfc == [s.id for s in portal.STORIES if s.opts.get("nfd")] == [2397]
    word = [i for i, (_, body, _) in pages.items() if 'class="MsoNormal"' in _region(body)]
    assert word == [s.id for s in portal.STORIES if s.opts.get("word")] and len(word) == 3
    for i in word:
        region = _region(pages[i][1])
        assert "&nbsp;" in region and "<o:p></o:p>" in region and 'class="MsoTableGrid"' in region
    dup = portal._BY_ID[2402]
    region = _region(pages[2402][1])
    assert _reader(region).count(dup.summary) == 2  # hometext pasted again into the body


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
