"""Self-check of the Webflow high-school fixture: the fixture against itself, never the crawler.

A blind-test portal is crawled once before anyone tunes for it; a gold target that does not answer,
a paragraph its page does not print or an article no link or sitemap reaches would waste that
crawl. Nothing here imports the crawler beyond the demo server. It also pins down what makes the
platform Webflow: ``data-wf-*`` attributes, ``w-richtext`` figures, hashed pagination parameters
whose pages past the end answer 200 with an empty box, the invisible "Video" block with its Lorem
ipsum in every post, ``w-dyn-empty`` boxes, the 401 password page, the NFD repost.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import webflow_thpt as portal
from ._selfcheck import fetch

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|svg)$")
_BODY_START = '<div class="rich-text-article w-richtext">'
_VIDEO = '<div class="video-block w-condition-invisible">'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """Text as a reader sees it: table cells joined by " | ", tags gone, NFC, spaces collapsed."""
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _visible(markup: str) -> str:
    """The markup without the elements Webflow hides with ``w-condition-invisible``."""
    out: list[str] = []
    depth = 0  # open <div>s inside a hidden element (0: not inside one)
    for token in re.split(r"(<div\b[^>]*>|</div>)", markup):
        if depth:
            if token.startswith("<div"):
                depth += 1
            elif token == "</div>":
                depth -= 1
            continue
        if token.startswith("<div") and "w-condition-invisible" in token:
            depth = 1
            continue
        out.append(token)
    return "".join(out)


def _article_region(page: str) -> str:
    start = page.index('<h1 class="heading-article">')
    end = page.index('<div class="docs-block">')
    return page[start:end]


def _body_html(page: str) -> str:
    return page.split(_BODY_START, 1)[1].split(_VIDEO, 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "webflow_thpt" and portal.PLATFORM == "webflow"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for name, _ in portal.CATS.values()}
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _DAY.match(gold["published_at"])  # the template prints a day, never a time
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert "Lorem ipsum" not in gold["body"] and "No items found" not in gold["body"]
    assert not any(p == "Ghi chú" for p in paragraphs)
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith(portal.ASSETS)
        assert image["caption"] is None or image["caption"] not in gold["body"]
        assert image["caption"] is None or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Bài|Ảnh|ảnh): {re.escape(name)}", gold["body"])
        assert not re.match(r"(ThS|TS|Thầy|Cô)\b", name) and " - " not in name
        assert name not in ("Ban biên tập", "BBT", "admin")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert f'data-wf-site="{portal.SITE_ID}"' in page and "data-wf-item-slug=" in page
    headline = re.search(r'<h1 class="heading-article">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _article_region(page)
    visible = _visible(region)
    shown = _reader(visible)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    # the printed day, day first, in the date field; no time of day anywhere in the meta
    day = gold["published_at"]
    printed = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    assert f'<div class="text-date">{printed}</div>' in page
    # images: the rich text's figures, in order, with their printed line
    srcs = re.findall(r'<img src="([^"]+)"', _body_html(page))
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    figcaps = [_reader(c) for c in re.findall(r"<figcaption>(.*?)</figcaption>", _body_html(page))]
    assert all(c not in gold["body"] for c in figcaps)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in shown, name
    if gold["summary"]:
        assert f'<p class="paragraph-summary">{gold["summary"]}' in _nfc(page)
    else:
        assert '<p class="paragraph-summary w-dyn-bind-empty"></p>' in page
    crumbs = re.search(r'<div class="breadcrumb-wrap">(.*?)</div>\n', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    text = _reader(page)
    assert portal.TODAY in text and "Lượt truy cập" in text and "Hotline" in text
    assert "Tin liên quan" in text and "Bài viết mới" in text and "Made in Webflow" in page


def test_every_post_hides_the_video_block_with_its_placeholder(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        block = page.split(_VIDEO, 1)[1].split("</div>\n", 1)[0]
        assert portal.LOREM in block and page.count(portal.LOREM) == 1
        assert "Lorem" not in _reader(_visible(_article_region(page)))


def test_json_ld_date_is_utc_midnight_of_the_previous_day(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        ld = json.loads(
            re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1)
        )
        assert ld["datePublished"].endswith("T17:00:00.000Z")
        assert ld["datePublished"][:10] < gold["published_at"]
        assert "author" not in ld


def test_note_block_and_empty_boxes(server: PortalServer) -> None:
    with_note = [
        s
        for s in portal.STORIES
        if any(isinstance(b, portal.P) and b.style == "note" for b in s.blocks)
    ]
    assert len(with_note) == 2
    for story in portal.STORIES:
        _, page, _ = fetch(server, portal.article_path(story))
        if story in with_note:
            assert '<div class="note-block"><div class="note-label">Ghi chú</div>' in page
        else:
            assert '<div class="note-block w-condition-invisible">' in page
        if story.opts.get("doc"):
            assert story.opts["doc"][0] in page and fetch(server, story.opts["doc"][0])[0] == 200
        else:
            assert '<div class="w-dyn-empty"><div>No items found.</div></div>' in page
        if story.opts.get("author_field") is None:
            assert '<div class="meta-item author-block w-condition-invisible">' in page
        # Webflow cannot exclude the current item from "Tin liên quan": the newest posts list themselves
        related = page.split("Tin liên quan", 1)[1]
        if story in portal.newest(story.cat)[:3]:
            assert f'href="{portal.article_path(story)}"' in related
    _, home, _ = fetch(server, "/")
    assert "No items found." in home


def test_repost_is_decomposed_and_the_rest_precomposed(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, page, _ = fetch(server, portal.article_path(story))
        region = _article_region(page)
        if story.opts.get("nfd"):
            assert not unicodedata.is_normalized("NFC", region)
            assert unicodedata.normalize("NFD", story.title) in region
        else:
            assert unicodedata.is_normalized("NFC", region)
    nbsp = next(s for s in portal.STORIES if s.opts.get("nbsp"))
    assert "&nbsp;" in fetch(server, portal.article_path(nbsp))[1]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> links from START_PATH."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("#", "mailto:", "javascript:")):
                continue
            link = _local(server, urljoin(server.url(target), href))
            if link and link not in seen:
                queue.append(link)
    return seen


def test_every_article_is_reachable_by_links_and_the_sitemap(
    server: PortalServer, walk: dict[str, int]
) -> None:
    articles = {g["path"] for g in portal.GOLD}
    assert articles <= {t for t, s in walk.items() if s == 200}
    _, robots, _ = fetch(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    status, xml, headers = fetch(server, sitemap)
    assert status == 200 and headers["Content-Type"].startswith("application/xml")
    listed = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= listed and "/noi-bo" not in listed
    # every linked non-article page answers 200, except the password page
    failed = {t: s for t, s in walk.items() if s not in (0, 200)}
    assert failed == {"/noi-bo": 401, **dict.fromkeys(portal.OLD_SLUGS, 301)}
    assert set(portal.NON_ARTICLES) - {"/search"} <= set(walk)


def test_hashed_pagination(server: PortalServer) -> None:
    # /tin-tuc: list 7f3c9e21, six a page, three pages
    listed: list[str] = []
    for n in (1, 2, 3):
        _, page, _ = fetch(server, f"/tin-tuc?{portal.NEWS_LIST}_page={n}")
        listed += re.findall(
            r'<a href="(/tin-tuc/[^"]+)" class="post-card w-inline-block">',
            page.split('<h1 class="heading-page">', 1)[1].split('class="section cta-section"')[0],
        )
        has_next = (
            f'href="?{portal.NEWS_LIST}_page={n + 1}" aria-label="Next Page" class="w-pagination-next'
            in page
        )
        assert has_next == (n < 3) and "Trang sau" in page if n < 3 else not has_next
    assert listed == [portal.article_path(s) for s in portal.newest()]
    # the category template uses its own list id; "Tin nhà trường" spans three pages
    cat = "/chuyen-muc/tin-nha-truong"
    pages = []
    for n in (1, 2, 3):
        _, page, _ = fetch(server, f"{cat}?{portal.CAT_LIST}_page={n}")
        pages.append(
            re.findall(
                r'<a href="(/tin-tuc/[^"]+)" class="post-card w-inline-block">',
                page.split('<h1 class="heading-page">', 1)[1].split('class="section cta-section"')[
                    0
                ],
            )
        )
        assert f"Trang {n} / 3" in page
    assert [len(p) for p in pages] == [3, 3, 1]
    assert fetch(server, cat)[1].count(f"?{portal.CAT_LIST}_page=2") == 1
    # past the end: 200, the empty box and a "Trang trước" link, never a "Trang sau"
    for target in (
        f"{cat}?{portal.CAT_LIST}_page=4",
        f"/tin-tuc?{portal.NEWS_LIST}_page={portal.STALE_PAGE}",
        f"/tin-tuc?{portal.NEWS_LIST}_page=999",
    ):
        status, page, _ = fetch(server, target)
        assert status == 200 and "Không có bài viết." in page and "w-dyn-empty" in page
        assert "Trang trước" in page and "w-pagination-next" not in page
    _, home, _ = fetch(server, "/")
    assert f'href="/tin-tuc?{portal.NEWS_LIST}_page={portal.STALE_PAGE}"' in home
    # garbage or another list's parameter: page 1 again
    first = fetch(server, "/tin-tuc")[1]
    for target in (
        f"/tin-tuc?{portal.NEWS_LIST}_page=abc",
        f"/tin-tuc?{portal.CAT_LIST}_page=2",
        f"/tin-tuc?{portal.NEWS_LIST}_page=0",
    ):
        assert fetch(server, target)[1] == first


def test_search_answers_any_query(server: PortalServer) -> None:
    status, page, _ = fetch(server, portal.search_path("Đoàn trường"))
    assert status == 200
    hits = re.findall(r'<a href="(/tin-tuc/[^"]+)" class="search-link">', page)
    assert hits and all(h in {g["path"] for g in portal.GOLD} for h in hits)
    status, page, _ = fetch(server, "/search?query=kh%C3%B4ng+c%C3%B3+g%C3%AC+c%E1%BA%A3+xyz")
    assert status == 200 and "Không tìm thấy kết quả nào." in page


def test_non_articles_have_no_article_shape(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        _, page, _ = fetch(server, target)
        assert 'class="text-date"' not in page and 'class="heading-article"' not in page
    _, contact, _ = fetch(server, "/lien-he")
    assert (
        'class="success-message w-form-done"' in contact
        and "Cảm ơn! Chúng tôi đã nhận được" in contact
    )
    assert 'class="error-message w-form-fail"' in contact and "Đã có lỗi" in contact
    _, staff, _ = fetch(server, "/doi-ngu")
    assert staff.count('class="teacher-item w-dyn-item"') == len(portal.TEACHERS)
    assert "/tin-tuc/" not in staff.split('class="teacher-grid', 1)[1].split("</div></div>\n", 1)[0]


def test_errors_redirects_and_password_page(server: PortalServer) -> None:
    for target in ("/noi-bo", "/401"):
        status, page, _ = fetch(server, target)
        assert status == 401 and 'action="/.wf_auth"' in page and "Trang được bảo vệ" in page
    for target in ("/404", "/tin-tuc/khong-co-bai-nay", "/chuyen-muc/khong-co", "/trang-cu.html"):
        status, page, _ = fetch(server, target)
        assert status == 404 and "Không tìm thấy trang" in page
    gold = portal.GOLD[0]["path"]
    status, _, headers = fetch(server, gold + "/")
    assert status == 301 and headers["Location"] == gold
    old, new = next(iter(portal.OLD_SLUGS.items()))
    status, _, headers = fetch(server, old)
    assert status == 301 and headers["Location"] == new and new in {g["path"] for g in portal.GOLD}
    linking = fetch(server, portal.GOLD[0]["path"])[1]
    assert f'href="{old}"' in linking
    assert fetch(server, portal.asset("khong-co.pdf"))[0] == 404


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
    assert "Last Published: Tue Nov 24 2026" in fetch(server, "/")[1]
