"""Self-check of the NukeViet 4.5 + AMP school fixture: the fixture against itself, never the crawler.

Nothing here imports the crawler beyond the demo server. It checks that the gold is well formed
and printed on its page, that a walk of ``<a href>`` links from START_PATH (plus the feeds and the
sitemap) reaches every article, that the AMP twins and the non-rewritten ``index.php?nv=…`` forms
serve the very same article with a canonical back to the rewritten URL, and that the traps behave
as the module docstring says: print and send-to-friend views only behind ``onclick``, the savefile
download, rating and attachment links hanging off the article URL, the theme switch's 302s, the
wrong-alias 301 and the theme's 404.
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

from . import nukeviet45_amp_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _q, href in _HREF.findall(body):
        href = html.unescape(href).strip()
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _article_region(body: str) -> str:
    """From the headline to the author/source box: what NukeViet prints as the article."""
    start = body.index('<h1 class="title margin-bottom-lg"')
    end = body.index('<div class="margin-bottom-lg">', body.index('id="news-bodyhtml"'))
    return body[start:end]


def _date_line(stamp: str) -> str:
    from datetime import date

    d = date(int(stamp[:4]), int(stamp[5:7]), int(stamp[8:10]))
    return f"{_WEEKDAYS[d.weekday()]} - {stamp[8:10]}/{stamp[5:7]}/{stamp[:4]} {stamp[11:16]}"


def test_contract_shape() -> None:
    assert portal.NAME == "nukeviet45_amp_thpt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {name for _, name in portal.CATS.values()} and len(cats) == 3
    assert max(portal.cat_pages(c) for c in portal.CATS) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"}
        assert img["caption"] is None or img["caption"] not in paragraphs
    assert gold["alt_paths"] == [
        "/amp" + gold["path"],
        "/index.php?language=vi&nv=tin-tuc&op=" + gold["path"][len("/tin-tuc/") : -len(".html")],
    ]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    region = _article_region(body)
    text = _reader_text(region)
    page = _reader_text(body)
    assert f'itemprop="headline">{html.escape(gold["title"], quote=True)}</h1>' in body
    assert f'<span class="h5">{_date_line(gold["published_at"])}</span>' in body
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    if gold["summary"]:
        assert f'itemprop="description">{html.escape(gold["summary"], quote=True)}</div>' in body
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', region)
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    # bylines: the author/source fields below the body, the signature line inside it, or a
    # caption's "Ảnh: X"
    byline = _reader_text(body[body.index('id="news-bodyhtml"') : body.index('id="form3B"')])
    for name in gold["authors"] + gold["photographers"]:
        assert name in byline or f"Ảnh: {name}" in text
    if gold["source"]:
        assert f"Nguồn tin: {gold['source']}" in byline
    else:
        assert "Nguồn tin:" not in byline
    if not gold["authors"]:
        assert "Tác giả bài viết" not in byline
    base = server.base_url
    assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in body
    assert f'<link rel="amphtml" href="{base}/amp{gold["path"]}" />' in body
    crumbs = re.search(r'<ul class="temp-breadcrumbs hidden"[^>]*>(.*?)</ul>', body, re.S).group(1)
    assert re.findall(r'<span itemprop="name">([^<]+)</span>', crumbs)[-1] == gold["category"]
    assert '<ul class="breadcrumbs list-none"></ul>' in body
    for chrome in (
        portal.TODAY,
        "Thống kê truy cập",
        "Đang truy cập",
        "Tổng lượt truy cập",
        "Ý kiến bạn đọc",
        "Mã an toàn",
        "Click để đánh giá bài viết",
        "VINADES.,JSC",
        portal.HOTLINE,
        "Những tin",
    ):
        assert chrome in page, chrome


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_amp_twin_and_nv_form_serve_the_same_article(server: PortalServer, gold: dict) -> None:
    amp_path, nv_path = gold["alt_paths"]
    _, amp, _ = fetch(server, amp_path)
    base = server.base_url
    assert amp.startswith('<!doctype html>\n<html ⚡ lang="vi">')
    assert "<style amp-boilerplate>" in amp and "<img " not in amp and "<amp-img " in amp
    assert f'<link rel="canonical" href="{base}{gold["path"]}">' in amp
    amp_text = _reader_text(amp)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in amp_text
    _, nv, _ = fetch(server, nv_path)
    assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in nv
    assert _article_region(nv) == _article_region(fetch(server, gold["path"])[1])


def test_gallery_article_and_duplicated_hometext() -> None:
    gallery = next(g for g in portal.GOLD if g["path"].endswith("-474.html"))
    assert gallery["body"] == gallery["summary"] and len(gallery["images"]) == 6
    assert all(i["caption"] is None for i in gallery["images"])
    pasted = next(g for g in portal.GOLD if g["path"].endswith("-479.html"))
    assert pasted["body"].count(pasted["summary"]) == 1


def test_gallery_is_a_carousel_on_amp(server: PortalServer) -> None:
    story = portal._BY_ID[474]
    _, amp, _ = fetch(server, portal.amp_path(story))
    assert '<amp-carousel width="900" height="600" layout="responsive" type="slides"' in amp
    assert amp.count("<amp-img ") == 6 + 1  # the slides and the logo


def test_hometext_is_printed_twice_on_479(server: PortalServer) -> None:
    story = portal._BY_ID[479]
    _, body, _ = fetch(server, portal.article_path(story))
    assert _reader_text(body).count(story.summary) == 2


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    """Every target reached by following <a href> from the start page; and the feeds announced."""
    seen: set[str] = set()
    feeds: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        feeds |= set(
            re.findall(
                r'<link rel="alternate" href="([^"]+)" title="[^"]*" type="application/rss\+xml"',
                body,
            )
        )
        for link in _links(server, target, body):
            if not _NOT_PAGES.search(urlsplit(link).path) and "nvvithemever" not in link:
                queue.append(link)
    return seen, feeds


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> tuple[set[str], set[str]]:
    return _walk(server)


def test_walk_reaches_every_article_and_non_article(walk: tuple[set[str], set[str]]) -> None:
    seen, feeds = walk
    articles = {g["path"] for g in portal.GOLD}
    assert articles <= seen
    prints = {portal.print_path(s) for s in portal.STORIES} | {
        portal.sendmail_path(s) for s in portal.STORIES
    }
    assert not prints & seen  # only behind onclick="nv_open_browse(…)"
    assert set(portal.NON_ARTICLES) - prints <= seen
    # the non-rewritten forms leak through the admin's menu item and the "Tin tiêu điểm" block
    assert "/index.php?language=vi&nv=tin-tuc&op=thong-bao" in seen
    assert portal.nv_path(portal._BY_ID[491]) in seen
    assert {"/tin-tuc/rss/", *(f"/tin-tuc/rss/{c}/" for c in portal.CATS)} == feeds


def test_print_and_sendmail_are_behind_onclick(server: PortalServer) -> None:
    story = portal._BY_ID[486]
    _, body, _ = fetch(server, portal.article_path(story))
    assert f"onclick=\"nv_open_browse('{portal.print_path(story)}'" in body
    assert f"onclick=\"nv_open_browse('{portal.sendmail_path(story)}'" in body
    _, printed, headers = fetch(server, portal.print_path(story))
    assert '<meta name="robots" content="noindex, nofollow" />' in printed
    assert 'rel="canonical"' not in printed
    assert f"{server.base_url}{portal.article_path(story)}" in printed
    for p in story.paragraphs:
        assert p in _reader_text(printed)
    status, saved, headers = fetch(server, portal.savefile_path(story))
    assert status == 200 and headers["Content-Type"] == "application/force-download"
    assert headers["Content-Disposition"].startswith("attachment;") and story.title in saved
    _, mail, _ = fetch(server, portal.sendmail_path(story))
    assert portal.nv_path(story).replace("&", "&amp;") in mail or portal.nv_path(
        story
    ) in html.unescape(mail)


def test_feeds_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    for target in ("/tin-tuc/rss/", "/rss/tin-tuc/"):
        status, feed, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        assert {
            _local(server, u) for u in re.findall(r"<link>(http[^<]+\.html)</link>", feed)
        } == articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    found: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        _, xml, _ = fetch(server, _local(server, child))
        found |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= found


def test_category_pagination(server: PortalServer) -> None:
    cat = "hoat-dong-nha-truong"
    assert portal.cat_pages(cat) == 3
    listed: list[str] = []
    for n in (1, 2, 3):
        target = f"/tin-tuc/{cat}/" + (f"page-{n}" if n > 1 else "")
        _, body, _ = fetch(server, target)
        assert '<ul class="pagination">' in body
        news = body.split('<div class="news_column">', 1)[1].split("</div>\n<hr/>", 1)[0]
        listed += [p for p in re.findall(r'<h[23]><a href="([^"]+)"', news)]
    assert listed == [portal.article_path(s) for s in portal.newest(cat)]
    assert portal.article_path(portal._BY_ID[490]) in listed  # filed under two categories
    assert fetch(server, f"/tin-tuc/{cat}/page-4")[0] == 404


def test_traps(server: PortalServer) -> None:
    story = portal._BY_ID[490]
    path = portal.article_path(story)
    _, body, _ = fetch(server, path)
    rating = re.findall(r'href="(/tin-tuc/rating/\?[^"]+)"', body)
    assert len(rating) == 5
    status, answer, _ = fetch(server, html.unescape(rating[0]))
    assert status == 200 and "Cảm ơn bạn đã đánh giá" in answer
    status, _pdf, headers = fetch(server, path + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    switch = re.search(r'href="(/\?nvvithemever=m&amp;nv_redirect=[^"]+)"', body).group(1)
    status, _, headers = fetch(server, html.unescape(switch))
    assert status == 302 and headers["Location"] == path
    status, _, headers = fetch(server, path.replace("thong-bao/", "hoat-dong-nha-truong/"))
    assert status == 301 and headers["Location"] == path
    status, _, headers = fetch(server, path.replace("lich-kiem", "lich-thi"))
    assert status == 301 and headers["Location"] == path
    status, missing, _ = fetch(server, "/tin-tuc/thong-bao/khong-co-bai-nay-99999.html")
    assert status == 404 and "Không tìm thấy trang" in missing
    assert fetch(server, "/banners/click/?id=1&s=1a2b3c4d5e")[0] == 302
    # every page has a non-rewritten form, listings too
    _, nv_list, _ = fetch(
        server, "/index.php?language=vi&nv=tin-tuc&op=hoat-dong-nha-truong/page-2"
    )
    _, list2, _ = fetch(server, "/tin-tuc/hoat-dong-nha-truong/page-2")

    def listing(page: str) -> str:
        return page.split('<div class="news_column">', 1)[1].split("<footer", 1)[0]

    assert listing(nv_list) == listing(list2)


def test_static_pages_and_documents_have_no_date(server: PortalServer) -> None:
    for target in [
        t
        for t in portal.NON_ARTICLES
        if t.startswith(("/gioi-thieu/", "/van-ban/", "/thu-vien-anh/"))
    ]:
        _, body, _ = fetch(server, target)
        assert '<span class="h5">' not in body and "article:published_time" not in body


def test_encoding_and_determinism(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    _, first, headers = fetch(server, target)
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert (
        unicodedata.is_normalized("NFC", first)
        and "&#" not in first.split('id="news-bodyhtml"')[1][:3000]
    )
    assert fetch(server, target)[1] == first
