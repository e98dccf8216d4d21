"""Self-check of the tagDiv Newspaper (Phòng GD&ĐT Hòa An) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, its
``?replytocom=`` variants and every NON_ARTICLE answer 200; that the gold is well formed and
printed in the article's own region of its page (after entities and NFC); that a walk of links
from START_PATH reaches every article, and the feed and Yoast sitemaps name them; and that the
platform's traps behave as the module's docstring says: the pull-down ``?filter_by=`` listings
keep their filter in the pager, WordPress answers the old Joomla link with the front page,
``?replytocom`` repeats the article with a clean canonical, the imported post is decomposed
Unicode, the UTC meta time of the early-morning post is the day before.
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

from . import wp_tagdiv_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")


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
    markup = re.sub(r"<br\s*/?>", "\n", markup)
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def _region(page: str, story: portal.Story) -> str:
    """The article's own part of the page: headline to the end of the article proper."""
    if story.opts["tpl"] == "tdb":
        return page.split('<h1 class="tdb-title-text">', 1)[1].split("tdb_single_post_share", 1)[0]
    return page.split('<h1 class="entry-title">', 1)[1].split("<footer>", 1)[0]


def _byline_region(page: str, story: portal.Story) -> str:
    """The region plus the author blocks (where account names are printed)."""
    if story.opts["tpl"] == "tdb":
        return page.split('<h1 class="tdb-title-text">', 1)[1].split("tdb_single_related", 1)[0]
    return page.split('<h1 class="entry-title">', 1)[1].split("</article>", 1)[0]


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links from START_PATH."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 900, "the walk should stay finite"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("#", "mailto:", "javascript:")):
                continue
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "wp_tagdiv_pgd" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and name == name.strip()
    assert _STAMP.match(gold["published_at"])  # the theme prints the day only
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(
            rf"(Tin|Ảnh|ảnh|Bài|Tác giả)[^:]{{0,6}}: {re.escape(name)}", gold["body"]
        )


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    story = _story(gold)
    heading = "tdb-title-text" if story.opts["tpl"] == "tdb" else "entry-title"
    headline = re.search(rf'<h1 class="{heading}">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page, story)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    photos = re.sub(
        r'<div class="td_module_related_posts .*?</h3></div></div>', "", region
    )  # "Đọc thêm"
    srcs = [
        src for tag, src in re.findall(r'(<img [^>]*?src="([^"]+)")', photos) if "avatar" not in tag
    ]
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in _reader(_byline_region(page, story)), name
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    assert f">{portal.MONTHS[m - 1]} {d}, {y}</time>" in region
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    crumbs = re.search(r'class="(?:tdb-)?entry-crumb" href="/category/([^/"]+)/">([^<]+)</a>', page)
    assert crumbs and crumbs.group(2) == gold["category"]
    assert portal.TODAY in page and "TIN NÓNG" in page and "Tổng lượt truy cập" in page
    assert portal.HOTLINE in page and "Bản quyền thuộc về" in page


def test_replytocom_repeats_the_article_with_a_clean_canonical(server: PortalServer) -> None:
    with_comments = [g for g in portal.GOLD if g.get("alt_paths")]
    assert with_comments
    for gold in with_comments:
        story = _story(gold)
        page = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            assert f'href="{alt}#respond"' in page  # the "Trả lời" links
            other = _get(server, alt)[1]
            assert _region(other, story) == _region(page, story)
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in other
        assert "lúc" in _reader(page.split('id="comments"', 1)[1])  # comment dates are no pubdates


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) - {"/?s=b%C3%A1n+tr%C3%BA"} <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any("filter_by=random_posts" in t and "/page/" in t for t in walk)
    assert any(t.startswith("/index.php?option=com_docman") for t in walk)


def test_feed_and_sitemaps_name_the_articles(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    status, feed = _get(server, "/feed/")
    assert status == 200
    in_feed = {urlsplit(u).path for u in re.findall(r"<link>(http[^<]+)</link>", feed)} - {"/"}
    assert len(in_feed) == portal.FEED_SIZE and in_feed <= articles
    robots = _get(server, "/robots.txt")[1]
    index = urlsplit(re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)).path
    assert index == "/sitemap_index.xml"
    named: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", _get(server, index)[1]):
        named |= {
            urlsplit(u).path
            for u in re.findall(r"<loc>([^<]+)</loc>", _get(server, urlsplit(child).path)[1])
        }
    assert articles <= named
    status, _, headers = fetch(server, "/sitemap.xml")
    assert status == 301 and headers["Location"].endswith("/sitemap_index.xml")


def test_listings_paginate_and_the_filter_trap(server: PortalServer) -> None:
    first = _get(server, "/category/tin-giao-duc/")[1]
    assert '<span class="pages">Trang 1 trên 3</span>' in first
    assert 'href="/category/tin-giao-duc/page/3/"' in first
    for child in portal.SUBCATS:
        assert f'href="/category/tin-giao-duc/{child}/"' in first
    assert re.search(r">Tất cả</a>.*>Mầm non</a>.*>Tiểu học</a>.*>THCS</a>", first, re.S)
    for value, _label in portal.FILTERS[1:]:
        assert f'href="/category/tin-giao-duc/?filter_by={value}"' in first
    popular = _get(server, "/category/tin-giao-duc/?filter_by=popular")[1]
    assert 'href="/category/tin-giao-duc/page/2/?filter_by=popular"' in popular
    r2 = _get(server, "/category/tin-giao-duc/page/2/?filter_by=random_posts")[1]
    r3 = _get(server, "/category/tin-giao-duc/page/3/?filter_by=random_posts")[1]
    order = re.compile(r'td_module_10 .*?<h3 class="entry-title td-module-title"><a href="([^"]+)"')
    assert order.findall(r2) and order.findall(r3) and order.findall(r2) != order.findall(r3)
    assert _get(server, "/category/tin-giao-duc/page/4/")[0] == 404
    listed = []
    for n in (1, 2, 3):
        page = _get(server, "/category/tin-giao-duc/" + (f"page/{n}/" if n > 1 else ""))[1]
        listed += order.findall(page.split("td-ss-main-content", 1)[1])
    assert listed == [portal.article_path(s) for s in portal.newest("tin-giao-duc")]
    home = _get(server, "/")[1]  # the home block's sub-category tabs are ajax, not links
    assert re.search(r'class="td-subcat-link[^"]*"[^>]*href="#">Mầm non</a>', home)


def test_wordpress_url_habits(server: PortalServer) -> None:
    status, old = _get(server, "/index.php?option=com_docman&task=doc_download&gid=45&Itemid=31")
    assert status == 200 and old == _get(server, "/")[1]  # the front page for an unknown query
    gold = portal.GOLD[0]
    story = _story(gold)
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"].endswith(gold["path"])
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"].endswith(gold["path"])
    assert _get(server, "/khong-co-bai-nay/")[0] == 404
    assert _get(server, "/wp-json/wp/v2/posts/1479")[0] == 401
    schedule = _get(server, "/lich-cong-tac/")[1].split('class="td-page-content tagdiv-type"', 1)[1]
    assert (
        schedule.split("</figure>", 1)[0].count("<tr>") == 6
        and "<time" not in schedule.split("td-main-sidebar")[0]
    )


def test_text_forms_and_dates(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p
        for p, page in pages.items()
        if not unicodedata.is_normalized("NFC", _region(page, _story({"path": p})))
    ]
    legacy = [portal.article_path(s) for s in portal.STORIES if s.opts.get("legacy")]
    assert decomposed == legacy
    assert pages[legacy[0]].count("<p>") < 5 and "<br />\n<br />" in pages[legacy[0]]
    early = next(s for s in portal.STORIES if s.id == 1479)
    page = pages[portal.article_path(early)]
    meta = re.search(r'<meta property="article:published_time" content="([^"]+)" />', page).group(1)
    assert meta == "2026-11-19T23:40:00+00:00" and early.published_at == "2026-11-20"
    assert "Tháng Mười Một 20, 2026</time>" in page


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
