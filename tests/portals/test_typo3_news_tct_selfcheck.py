"""Self-check of the TYPO3 tx_news political-school fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its raw
``index.php`` twin and every non-article answers 200; that the gold is well formed and printed on
its page (after entities and NFC) in the places the module's docstring names; that a walk of links
from START_PATH reaches every article and every listed non-article (the archive is followed only
for the months its date menu names), that the feed and the sitemap name the articles; and that the
traps behave as documented: the month archive and its category combinations never end, cHash is
checked, a deleted record's detail URL is a soft 404, the encodings are what the docstring says.
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

from . import typo3_news_tct as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx|xlsx|xml)$")
_REGION = re.compile(r'<div class="news news-single">(.*?)<div class="news-backlink-wrap">', re.S)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _region(page: str) -> str:
    m = _REGION.search(page)
    assert m, "no news-single block"
    return m.group(1)


def _links(server: PortalServer, page_target: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(server.url(page_target), href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _by_path() -> dict[str, dict]:
    return {g["path"]: g for g in portal.GOLD}


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


# --- the gold itself ---------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert (
        portal.NAME == "typo3_news_tct" and portal.PLATFORM == "typo3" and portal.START_PATH == "/"
    )
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {c.name for c in portal.CATS.values()}
    pages = {c.slug: -(-len(portal.in_cat(c.slug)) // c.per) for c in portal.CATS.values()}
    assert max(pages.values()) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs)), "a paragraph twice"
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/fileadmin/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and " – " not in name
        assert not re.search(rf"(Tin|Ảnh|ảnh|Người viết): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" not in gold["body"]
    (alt,) = gold["alt_paths"]
    assert alt.startswith("/index.php?id=") and "cHash=" in alt


# --- pages -------------------------------------------------------------------------------------


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    shown = re.search(
        r'<time itemprop="datePublished" datetime="[^"]+">([^<]+)</time>', region
    ).group(1)
    if re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", shown):
        return datetime.strptime(shown, "%d/%m/%Y %H:%M").strftime("%Y-%m-%dT%H:%M:00+07:00")
    return datetime.strptime(shown, "%d/%m/%Y").strftime("%Y-%m-%d")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _region(page)
    shown = _reader(region)
    notice = gold["category"] == "Thông báo"
    tag = "h3" if notice else "h1"
    head = re.search(rf'<div class="header">\s*<{tag} itemprop="headline">(.*?)</{tag}>', region)
    assert head and _reader(head.group(1)) == gold["title"]
    if notice:
        assert '<h1 class="page-title">Thông báo</h1>' in page
    assert f"<title>{html.escape(portal.SITE)}: {html.escape(gold['title'])}</title>" in page
    assert _printed_date(region) == gold["published_at"]
    category = re.search(r'<span class="news-list-category">(.*?)</span>', region).group(1)
    assert _reader(category) == gold["category"]
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', region)
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    if gold["summary"]:
        teaser = re.search(
            r'<div class="teaser-text" itemprop="description">(.*?)</div>', region, re.S
        )
        assert _reader(teaser.group(1)) == gold["summary"]
    author = re.search(r'Người viết: <span itemprop="name">([^<]+)</span>', region)
    story = _story(gold)
    assert (author.group(1) if author else None) == story.opts.get("author_field")
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    crumbs = _reader(re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1))
    assert crumbs in ("Trang chủ Tin tức Chi tiết tin", "Trang chủ Thông báo Chi tiết thông báo")
    assert (
        portal.TODAY in page and "Tổng lượt truy cập" in page and "Chịu trách nhiệm chính" in page
    )
    if not notice:
        assert "Tin khác" in page and "In bài viết" in page


def test_bylines_and_captions_sit_where_the_docstring_says(server: PortalServer) -> None:
    by_path = _by_path()
    page = _get(server, portal.article_path(portal._BY_ID[407]))[1]
    ce = re.search(r'<div class="ce-bodytext">(.*?)</div>', page, re.S).group(1)
    assert "Ảnh: Đức Anh" in ce and 'lang="en"' in page and "Smart School – Smart Training" in ce
    assert "ThS. Lê Văn Minh – Khoa Xây dựng Đảng" in page
    assert by_path[portal.article_path(portal._BY_ID[407])]["authors"] == ["Lê Văn Minh"]
    page = _get(server, portal.article_path(portal._BY_ID[381]))[1]
    assert (
        '<div id="c' in page
        and 'class="csc-default"' in page
        and 'class="csc-textpic-caption"' in page
    )
    page = _get(server, portal.article_path(portal._BY_ID[399]))[1]
    region = _region(page)
    assert region.count('<figure class="mediaelement mediaelement-image">') == 3
    assert region.count('<figcaption class="news-img-caption">') == 2
    page = _get(server, portal.article_path(portal._BY_ID[392]))[1]
    assert "(Ảnh: Tư liệu)</figcaption>" in page
    assert by_path[portal.article_path(portal._BY_ID[392])]["photographers"] == []
    for sid in (410, 385):
        region = _region(_get(server, portal.article_path(portal._BY_ID[sid]))[1])
        files = re.search(
            r'<div class="news-related news-related-files"><h4>Tải về</h4>(.*?)</div>', region
        )
        hrefs = re.findall(r'href="([^"]+)"', files.group(1))
        assert len(hrefs) == 2
        for href in hrefs:
            assert _get(server, href)[0] == 200
            assert (
                _reader(files.group(1)).split(" KB")[0]
                not in by_path[portal.article_path(portal._BY_ID[sid])]["body"]
            )


def test_raw_index_php_serves_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (alt,) = gold["alt_paths"]
        query = parse_qs(urlsplit(alt).query)
        assert query["tx_news_pi1[controller]"] == ["News"] and query["tx_news_pi1[action]"] == [
            "detail"
        ]
        status, page = _get(server, alt)
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert _region(page) == _region(_get(server, gold["path"])[1])
    front = _get(server, "/")[1]
    tops = [g["alt_paths"][0] for g in portal.GOLD if _story(g).opts.get("top")]
    assert len(tops) == 3 and all(html.escape(t) in front for t in tops)
    newest = _get(server, portal.GOLD[0]["path"])[1]
    assert html.escape(portal.raw_detail(portal._BY_ID[395])) in newest


# --- reachability --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Status of every page reached by links from START_PATH; the archive only for its listed months.

    Archive pages outside the date menu's months and category combinations are recorded with
    status 0 (seen, not fetched): following them never ends.
    """
    listed_archive = {t for t in portal.NON_ARTICLES if t.startswith("/tin-tuc/luu-tru/")}
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if target.startswith("/tin-tuc/luu-tru/") and target not in listed_archive:
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk did not settle"
        for link in _links(server, target, body):
            if not _NOT_PAGES.search(urlsplit(link).path):
                queue.append(link)
    return seen


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    skipped = [t for t, s in walk.items() if s == 0]
    assert any("/2026/12" in t for t in skipped) and any("categories%5D=" in t for t in skipped)
    raw = {a for g in portal.GOLD for a in g["alt_paths"]} & set(walk)
    assert len(raw) == 4  # three slider entries and one editor's link


def test_feed_and_sitemap_name_the_articles(server: PortalServer) -> None:
    front = _get(server, "/")[1]
    assert '<link rel="alternate" type="application/rss+xml" title="Tin tức - ' in front
    status, feed, headers = fetch(server, "/tin-tuc/rss.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    linked = [urlsplit(u).path for u in re.findall(r"<link>(http[^<]+)</link>", feed)][1:]
    assert linked == [portal.article_path(s) for s in portal.NEWS[: portal.FEED_SIZE]]
    assert "+0700</pubDate>" in feed
    robots = _get(server, "/robots.txt")[1]
    index = urlsplit(re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml = _get(server, index.path)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        parts = urlsplit(html.unescape(child))
        status, xml = _get(server, f"{parts.path}?{parts.query}")
        assert status == 200 and "<urlset" in xml
        in_sitemap |= {urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert {g["path"] for g in portal.GOLD} <= in_sitemap


# --- listings and traps -------------------------------------------------------------------------


def test_listings_paginate_the_typo3_way(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc")[1]
    assert "<p>Trang 1 / 3.</p>" in first and 'href="/tin-tuc/page-2"' in first
    second = _get(server, "/tin-tuc/page-2")[1]
    assert 'href="/tin-tuc"' in second and "<p>Trang 2 / 3.</p>" in second
    cat = portal.CATS["tin-hoat-dong"]
    page1 = _get(server, cat.path)[1]
    assert "<p>Trang 1 / 3.</p>" in page1
    nxt = html.unescape(re.search(r'<li class="next last"><a href="([^"]+)"', page1).group(1))
    assert nxt.startswith(f"{cat.path}?tx_news_pi1%5BcurrentPage%5D=2&cHash=")
    page3 = _get(server, portal._cat_page_link(cat, 3))[1]
    assert "<p>Trang 3 / 3.</p>" in page3 and f'<li><a href="{cat.path}">1</a></li>' in page3
    listed = []
    for n in (1, 2, 3):
        body = _get(server, portal._cat_page_link(cat, n))[1]
        listed += re.findall(r'<h3><a title="[^"]*" href="([^"]+)">', body)
    assert listed == [portal.article_path(s) for s in portal.in_cat("tin-hoat-dong")]


def _nav(page: str, cls: str) -> str:
    return html.unescape(re.search(rf'<a class="{cls}" href="([^"]+)">', page).group(1))


def test_month_archive_never_ends(server: PortalServer) -> None:
    target = "/tin-tuc/luu-tru/2026/11"
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200 and target not in seen
        seen.add(target)
        target = _nav(page, "next-month")
    assert target == "/tin-tuc/luu-tru/2030/03"
    assert "Không có tin tức nào trong thời gian này." in _get(server, target)[1]
    old = _get(server, "/tin-tuc/luu-tru/1999/01")
    assert old[0] == 200 and _nav(old[1], "prev-month") == "/tin-tuc/luu-tru/1998/12"
    assert _get(server, "/tin-tuc/luu-tru/2026/13")[0] == 404


def test_category_filter_multiplies_archive_pages(server: PortalServer) -> None:
    page = _get(server, "/tin-tuc/luu-tru/2026/11")[1]
    combos = [
        html.unescape(h)
        for h in re.findall(r'<li><a href="(/tin-tuc/luu-tru/2026/11\?[^"]+)"', page)
    ]
    assert len(combos) == len(portal.CATS)
    target = combos[0]
    seen = set()
    for _ in range(6):
        status, body = _get(server, target)
        assert status == 200 and target not in seen
        seen.add(target)
        assert "tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=3&cHash=" in target
        target = _nav(body, "prev-month")
    only = _get(server, combos[0])[1]
    listed = re.findall(r'<h3><a title="[^"]*" href="([^"]+)">', only)
    assert (
        listed
        == [portal.article_path(s) for s in portal.in_month(2026, 11, 3)][: portal.ARCHIVE_PER_PAGE]
    )


def test_chash_is_checked(server: PortalServer) -> None:
    alt = portal.GOLD[0]["alt_paths"][0]
    wrong = re.sub(r"cHash=[0-9a-f]+", "cHash=0123456789abcdef0123456789abcdef", alt)
    status, page = _get(server, wrong)
    assert status == 404 and "&amp;cHash comparison failed" in page
    status, page = _get(server, alt.split("&cHash=")[0])
    assert status == 404 and "&amp;cHash empty" in page
    tag = portal._tag_link(7)
    assert _get(server, tag)[0] == 200
    assert _get(server, tag[:-4] + "ffff")[0] == 404
    assert _get(server, "/tin-tuc/khong-co-trang-nay")[0] == 404


def test_soft_404_of_a_deleted_record(server: PortalServer) -> None:
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Không tìm thấy tin tức." in page and "news-text-wrap" not in page
    linking = _get(server, portal.article_path(portal._BY_ID[395]))[1]
    assert f'href="{portal.SOFT_404}"' in _region(linking)


def test_non_articles_print_no_news_text(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        page = _get(server, target)[1]
        assert "news-text-wrap" not in page, target
    schedule = _get(server, "/dao-tao/lich-hoc")[1]
    assert '<table class="contenttable contenttable-0">' in schedule
    assert schedule.count("<tr>") == len(portal.SCHEDULE)
    assert 'class="ce-uploads"' in _get(server, "/van-ban")[1]
    for slug, (_title, _day, pics) in portal.ALBUMS.items():
        album = _get(server, f"/thu-vien-anh/{slug}")[1]
        assert (
            album.count("<figure>") == len(pics)
            and '<p class="bodytext"' not in album.split("<main", 1)[1].split("</main>")[0]
        )


def test_text_forms(server: PortalServer) -> None:
    regions = {g["path"]: _region(_get(server, g["path"])[1]) for g in portal.GOLD}
    nfd = [p for p, r in regions.items() if not unicodedata.is_normalized("NFC", r)]
    assert nfd == [portal.article_path(portal._BY_ID[388])]
    refs = [p for p, r in regions.items() if re.search(r"&#\d+;", r) and re.search(r"&[a-z]+;", r)]
    assert refs == [portal.article_path(portal._BY_ID[381])]
    twice = _reader(regions[portal.article_path(portal._BY_ID[395])])
    assert twice.count(portal._BY_ID[395].summary) == 2


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
