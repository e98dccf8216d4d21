"""Self-check of the WordPress + Kadence school fixture: the fixture against itself, never the crawler.

Why: the portal is crawled once, blind; a gold target that 404s, a paragraph the page does not
print or an article no link, feed or sitemap reaches would waste that crawl. It also pins down
what the docstring promises: Easy TOC / Kadence TOC boxes repeating the headings, photos
captioned by a plain centred paragraph, plugin output inside ``.entry-content``, the calendar
walk through month archives, ``?replytocom`` duplicates, ``?p=`` and ``/page/1/`` redirects,
attachment pages, and UTF-8 NFC text throughout.
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

from . import wp_kadence_toc_thcs as portal
from ._selfcheck import fetch

_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_START = '<div class="entry-content single-content">'
_END = '<div class="post-views content-post'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i|br)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_START, 1)[1].split(_END, 1)[0]


def _story(gold: dict):
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> links from START_PATH (files and shares not fetched)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or "share=" in target:
            seen[target] = 0
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay finite"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("#", "mailto:", "tel:", "javascript:")):
                continue
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "wp_kadence_toc_thcs" and portal.PLATFORM == "wordpress"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11") and newest <= "2026-11-25"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:45])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
        assert not re.match(r"(ThS|TS|GV|Cô|Thầy)\.? ", name) and " - " not in name
    assert _DAY.match(gold["published_at"])  # Kadence prints the day only
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert image["path"].startswith(portal.UP + "/")
        if image["caption"]:
            assert image["caption"] not in paragraphs
            assert not image["caption"].startswith(("Ảnh:", "("))
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài)[^:]*: {re.escape(name)}", gold["body"])


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert failures == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:45])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    title = re.search(r'<h1 class="entry-title">(.*?)</h1>', page).group(1)
    assert _nfc(title) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    if gold["summary"]:
        assert f"<p><strong>{html.escape(gold['summary'])}</strong></p>" in region
    srcs = re.findall(r'<img [^>]*?src="([^"]+)"', region)
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown or f">{name}</a>" in page
    story = _story(gold)
    signature = " ".join(b.html for b in story.blocks if isinstance(b, portal.Raw))
    if signature:
        assert all(name in signature for name in gold["authors"] + gold["photographers"])
    else:
        # nobody signs the text: the author is the posting account named after a unit
        account = portal.ACCOUNTS[story.opts["user"]][0]
        assert gold["authors"] == ([] if story.opts["user"] == "admin" else [account])
    # the printed day, not the datetime attribute's time nor the hidden "updated" stamp
    printed = re.search(r'<time class="entry-date published[^"]*" datetime="([^"]+)">([^<]+)</time>', page)
    assert printed.group(2) == portal.wp_date(story.opts["at"])
    assert printed.group(1)[:10] == gold["published_at"] and "T" in printed.group(1)
    crumbs = re.search(r'<div class="kadence-breadcrumb-container">(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r"<span>([^<]+)</span></a>", crumbs)[-1]) == gold["category"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    assert f"<link rel='shortlink' href='{server.base_url}/?p={story.id}' />" in page
    whole = _reader(page)
    assert portal.TODAY in whole and "Lượt xem:" in whole and "Bài viết liên quan" in whole
    assert "Bài viết mới" in whole and "Tổng lượt truy cập" in whole and portal.ADDRESS in whole


def test_hard_cases_in_the_content(server: PortalServer) -> None:
    pages = {s.id: fetch(server, portal.article_path(s))[1] for s in portal.STORIES}
    plain = 0
    for s in portal.STORIES:
        region = pages[s.id].split(_START, 1)[1].split("</article>", 1)[0]
        for img in s.images:
            if img.style == "plain":  # the caption is a bare centred paragraph right under the block
                block = re.search(rf'src="{re.escape(img.src)}"[^>]*/></figure>\n\n<p class="has-text-align-center">([^<]+)</p>', region)
                assert block and _nfc(block.group(1)) == img.caption
                plain += 1
        heads = [b.text for b in s.blocks if isinstance(b, portal.P) and b.style in ("h2", "h3", "kh2")]
        toc = s.opts.get("toc")
        if toc == "ez":
            box = region.index('<div id="ez-toc-container"')
            assert box < region.index("<h2") and "[Ẩn]" in region and "Mục lục" in region
        elif toc == "kb":
            assert 'class="wp-block-kadence-tableofcontents' in region
        else:
            assert "ez-toc" not in region and "tableofcontents" not in region
        for head in heads:  # a TOC box repeats each heading once more
            assert _reader(region).count(head) == 2
        # plugins print inside the content element
        assert 'class="post-views-count"' in region and "?share=facebook" in region
    assert plain == 3
    assert sum(1 for s in portal.STORIES if s.opts.get("toc") == "ez") == 2
    gallery = next(s for s in portal.STORIES if s.opts.get("gallery_links"))
    region = _region(pages[gallery.id])
    assert 'class="blocks-gallery-caption wp-element-caption"' in region
    for path, _img in portal.attachments(gallery):
        assert f'<a href="{path}">' in region
    assert sum(region.count("<hr class=\"wp-block-separator") for region in map(_region, pages.values())) >= 6


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    bad = [(t, s) for t, s in walk.items() if s not in (0, 200)]
    assert bad == []
    assert any("?replytocom=" in t for t in walk) and any("?share=facebook" in t for t in walk)
    assert {"/2026/09/", "/2026/10/", "/2026/11/"} <= set(walk)


def test_feed_and_sitemap(server: PortalServer) -> None:
    home = fetch(server, "/")[1]
    assert f'href="{server.base_url}/feed/"' in home
    _, feed, headers = fetch(server, "/feed/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    links = re.findall(r"<link>http://[^/]+(/\d{4}/[^<]+)</link>", feed)
    assert links == [portal.article_path(s) for s in portal.newest()][: portal.FEED_SIZE]
    _, robots, _ = fetch(server, "/robots.txt")
    index = urlsplit(re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)).path
    _, xml, _ = fetch(server, index)
    listed: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", xml):
        _, sub, _ = fetch(server, urlsplit(child).path)
        listed |= {urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sub)}
    assert {g["path"] for g in portal.GOLD} <= listed


def test_traps(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    story = _story(gold)
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == gold["path"]
    assert fetch(server, "/chuyen-muc/tin-tuc/page/1/")[2]["Location"] == "/chuyen-muc/tin-tuc/"
    assert fetch(server, "/chuyen-muc/tin-tuc/page/3/")[0] == 200
    assert fetch(server, "/chuyen-muc/tin-tuc/page/4/")[0] == 404
    assert 'href="/chuyen-muc/tin-tuc/page/3/"' in fetch(server, "/chuyen-muc/tin-tuc/")[1]
    # ?replytocom: the same post, the same canonical, the form moved under the comment
    original = fetch(server, gold["path"])[1]
    for alt in gold["alt_paths"]:
        status, dup, _ = fetch(server, alt)
        assert status == 200 and _region(dup) == _region(original)
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in dup
    status, _, headers = fetch(server, gold["path"] + "?share=facebook")
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/sharer.php")
    # post twins that are not pages of the article
    assert fetch(server, gold["path"] + "feed/")[2]["Content-Type"].startswith("application/rss+xml")
    embed = fetch(server, gold["path"] + "embed/")[1]
    assert "noindex" in embed and f'href="{server.base_url}{gold["path"]}"' in embed
    # attachment pages: a title, a date, one picture, a link back; not articles
    for s in portal.STORIES:
        for path, img in portal.attachments(s):
            page = fetch(server, path)[1]
            assert 'class="entry-title"' in page and portal.wp_date(s.opts["at"]) in page
            assert img.src in page and f'href="{portal.article_path(s)}"' in page
    # the calendar steps through month archives and stops where posts stop
    target, months = "/2026/11/", []
    while target:
        status, page, _ = fetch(server, target)
        assert status == 200
        months.append(target)
        prev = re.search(r'<span class="wp-calendar-nav-prev"><a href="([^"]+)">', page)
        target = prev.group(1) if prev else None
    assert months == ["/2026/11/", "/2026/10/", "/2026/09/"]
    assert fetch(server, "/2026/08/")[0] == 404
    day = fetch(server, "/2026/11/14/")[1]
    assert portal.article_path(portal._BY_ID[1378]) in day
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404


def test_encoding_and_determinism(server: PortalServer) -> None:
    for target in [portal.GOLD[0]["path"], "/", "/gioi-thieu/", "/chuyen-muc/chuyen-mon/"]:
        status, page, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
        assert "<meta charset=\"UTF-8\">" in page
        assert unicodedata.is_normalized("NFC", page)
        assert page == fetch(server, target)[1]
