"""Self-check of the NukeViet Edu Gate school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that 404s, a
paragraph the page does not print, or an article that no link, feed or sitemap reaches would waste
that crawl. Nothing here imports the crawler beyond the demo server. It also pins down what makes
this platform what it is: NukeViet's meta line and pager, the ``/vi/`` language prefix, print and
send-mail views, the theme switcher's redirects, the changed-alias redirect and the text forms.
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

from . import nukeviet_edugate_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    markup = re.sub(r"</?(a|em|strong|span|b|i)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target.split("#", 1)[0])
    return out


def _region(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def _story(gold: dict) -> portal.Story:
    return portal._BY_ID[int(gold["path"].rsplit("-", 1)[1][:-5])]


def test_contract_shape() -> None:
    assert portal.NAME == "nukeviet_edugate_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert not set(alts) & (set(paths) | set(portal.NON_ARTICLES))
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == ["/vi" + gold["path"]]
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
        assert img["caption"] is None or (img["caption"] not in paragraphs and not img["caption"].startswith(("(", "Ảnh:")))
    for name in gold["authors"] + gold["photographers"]:
        assert not re.match(r"(ThS|TS|Cô|Thầy|GV)\.? ", name) and " - " not in name
        assert name.lower() not in ("admin", "bientap", "bbt", "ban biên tập", "quản trị viên")


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    story = _story(gold)
    page = _reader_text(body)
    assert f'<h1 class="egt-detail-title" itemprop="headline">{html.escape(gold["title"], quote=True)}</h1>' in body
    content = _region(body, '<div id="news-bodyhtml" class="bodytext egt-content clearfix">', "\n</div>\n")
    content_text = _reader_text(content)
    paragraphs = gold["body"].split("\n\n")
    start = 1 if gold["summary"] else 0
    for paragraph in paragraphs[start:]:
        assert paragraph in content_text, paragraph[:60]
    # the article's own paragraphs come in the gold order
    positions = [content_text.index(p) for p in paragraphs[start:]]
    assert positions == sorted(positions)
    if gold["summary"]:
        hometext = _region(body, '<div class="egt-hometext clearfix" style="font-weight: bold;">', "</div>\n")
        assert gold["summary"] in _reader_text(hometext)
        assert gold["summary"] not in content_text
    else:
        assert 'class="egt-hometext' not in body
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    if story.opts.get("author"):
        assert f'<p class="text-right"><strong>Tác giả bài viết: </strong>{html.escape(story.opts["author"])}</p>' in body
    if gold["source"]:
        assert re.search(r'<strong>Nguồn tin: </strong><a href="[^"]+" rel="nofollow" target="_blank">' + re.escape(html.escape(gold["source"])), body)
    # images: the home image (before the text) then the body's, in order, with their lines
    article = _region(body, '<div class="egt-detail-body">', '<div class="egt-box egt-keywords">' if story.opts["tags"] else '<div class="egt-box egt-rating">')
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', article)
    assert srcs == [i["path"] for i in gold["images"]]
    for img, block in zip(gold["images"], story.images, strict=True):
        if img["caption"]:
            assert img["caption"] in page
        if block.printed:
            assert _reader_text(block.printed) in _reader_text(article)
    # the meta line in NukeViet's format; the header clock; crumbs; canonical
    when = story.opts["at"]
    line = f"{_WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"
    assert f'<span class="egt-pubtime"><em class="fa fa-clock-o">&nbsp;</em>{line}</span>' in body
    stamp = gold["published_at"]
    assert line.split(" - ", 1)[1].startswith(f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}")
    assert ("T" in stamp) == ((when.hour, when.minute) != (0, 0))
    if "T" in stamp:
        assert line.endswith(stamp[11:16])
    assert portal.TODAY in page and "Thống kê truy cập" in page and re.search(r"Tổng lượt truy cập<span class=\"pull-right\">456789<", body)
    assert "Powered by NukeViet" in page and portal.ADDRESS in page
    crumbs = _region(body, '<ul class="egt-crumbs">', "</ul>")
    assert re.findall(r'title="([^"]+)"', crumbs) == ["Trang nhất", "Tin tức", gold["category"]]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert "Tổng số điểm của bài viết là:" in page and "Click để đánh giá bài viết" in page
    assert "Những tin mới hơn" in page or "Những tin cũ hơn" in page


def test_walk_feed_and_sitemap_reach_every_article(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    redirects: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        if target in seen or re.search(r"\.(jpe?g|png|gif|ico|pdf|css|js)$", target):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            redirects[target] = headers["Location"]
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        queue.extend(_links(server, target, body))
    assert articles <= seen
    assert {"/vi" + p for p in articles if "/thong-bao/" in p} <= seen
    assert set(portal.NON_ARTICLES) - {"/rss/"} <= seen | {p for p in portal.NON_ARTICLES if "/sendmail/" in p}
    assert not {p for p in seen if "/sendmail/" in p}  # only in onclick
    # every theme-switch link is a redirect back to its page
    switches = {t: loc for t, loc in redirects.items() if "nvvithemever=" in t}
    assert switches and all(loc == urlsplit(t).path for t, loc in switches.items())
    # feed and sitemap
    _, home, _ = fetch(server, "/")
    feed = re.search(r'<link rel="alternate" href="([^"]+)" title="Tin tức" type="application/rss\+xml">', home).group(1)
    assert _local(server, feed) == "/news/rss/"
    _, xml, headers = fetch(server, "/news/rss/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+\.html)</link>", xml)}
    hidden = {portal.article_path(s) for s in portal.STORIES if s.opts.get("inhome") is False}
    assert in_feed == articles - hidden and hidden
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    assert index_xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet')
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        _, xml, _ = fetch(server, _local(server, child))
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap


def test_category_pager(server: PortalServer) -> None:
    cat = "tin-tuc-su-kien"
    assert portal.cat_pages(cat) == 3
    listed = []
    for n in (1, 2, 3):
        _, body, _ = fetch(server, portal.cat_page_path(cat, n))
        pager = _region(body, '<ul class="pagination">', "</ul>")
        labels = [html.unescape(x) for x in re.findall(r"<a [^>]*>([^<]+)</a>", pager)]
        assert labels == ["«", "1", "2", "3", "»"]
        assert '<li class="active"><a href="#">' + str(n) + "</a></li>" in pager
        if n < 3:
            assert f'href="/news/{cat}/page-{n + 1}">&raquo;' in pager
        items = re.findall(r'<h3><a href="([^"]+)"', _region(body, '<div class="egt-catpage">', '<div class="text-center">'))
        assert len(items) == (3 if n < 3 else 1)
        listed += items
    assert listed == [portal.article_path(s) for s in portal.newest(cat)]
    assert fetch(server, f"/news/{cat}/page-1")[2].get("Location") == f"/news/{cat}/"
    status, _, headers = fetch(server, f"/news/{cat}/page-9")
    assert status == 301 and headers["Location"] == f"/news/{cat}/"
    status, _, headers = fetch(server, f"/news/{cat}")
    assert status == 301 and headers["Location"] == f"/news/{cat}/"
    for other in ("hoat-dong-chuyen-mon", "thong-bao"):
        _, body, _ = fetch(server, f"/news/{other}/")
        assert 'class="pagination"' not in body and len(re.findall(r"<h3><a ", body)) == 3


def test_vi_prefix_serves_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, main, _ = fetch(server, gold["path"])
        status, alt, _ = fetch(server, gold["alt_paths"][0])
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in alt
        start, end = '<div class="egt-detail"', '<aside class="col-sm-6 col-md-6 egt-col-right">'
        assert _region(main, start, end) == _region(alt, start, end)
    _, listing, _ = fetch(server, "/vi/news/thong-bao/")
    assert 'class="egt-catpage"' in listing


def test_print_and_sendmail_views(server: PortalServer) -> None:
    for gold in portal.GOLD:
        story = _story(gold)
        _, article, _ = fetch(server, gold["path"])
        assert f'href="{portal.print_path(story)}" target="_blank"' in article
        assert f"nv_open_browse('{portal.sendmail_path(story)}'" in article
        assert f'href="{gold["path"]}#comment"' in article
        status, body, _ = fetch(server, portal.print_path(story))
        assert status == 200 and '<meta name="robots" content="noindex, nofollow">' in body
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
        text = _reader_text(body)
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph in text
        assert "URL của bản tin này:" in text and portal.TODAY not in text
        status, body, _ = fetch(server, portal.sendmail_path(story))
        assert status == 200 and "Gửi bài viết qua email" in body and gold["body"].split("\n\n")[-1] not in _reader_text(body)


def test_redirects_and_not_found(server: PortalServer) -> None:
    old = "/news/tin-tuc-su-kien/le-khai-giang-nam-hoc-2026-2027-246.html"
    status, _, headers = fetch(server, old)
    assert status == 301 and headers["Location"] == portal.article_path(portal._BY_ID[246])
    _, linking, _ = fetch(server, portal.article_path(portal._BY_ID[263]))
    assert f'<a href="{old}">' in linking
    status, body, _ = fetch(server, "/news/tin-tuc-su-kien/khong-co-bai-nay-999.html")
    assert status == 404 and "Lỗi 404" in body
    status, _, headers = fetch(server, "/about/gioi-thieu-chung.html?nvvithemever=m&nv_redirect=" + portal._b64("/about/gioi-thieu-chung.html"))
    assert status == 302 and headers["Location"] == "/about/gioi-thieu-chung.html"
    assert "nvvithemever=m" in headers["Set-Cookie"]


def test_hidden_metadata_and_hard_cases(server: PortalServer) -> None:
    # no author printed: the hidden schema span and meta author name the school
    _, body, _ = fetch(server, portal.article_path(portal._BY_ID[274]))
    assert f'<span itemprop="name">{portal.SITE}</span></div>' in body
    assert "Tác giả bài viết" not in body
    # post 270: hometext hidden on the page, shown on listings and in the feed
    hidden = portal._BY_ID[270].opts["hometext"]
    _, page, _ = fetch(server, portal.article_path(portal._BY_ID[270]))
    assert hidden not in _reader_text(_region(page, '<div class="egt-detail-body">', '<div class="egt-box'))
    _, listing, _ = fetch(server, "/news/tin-tuc-su-kien/")
    assert hidden in listing
    # post 251: a listing thumbnail that the article page does not show
    thumb = portal._BY_ID[251].opts["homeimg"]
    _, page, _ = fetch(server, portal.article_path(portal._BY_ID[251]))
    assert thumb not in _region(page, '<div class="egt-detail-body">', '<div class="egt-box')
    _, listing, _ = fetch(server, "/news/tin-tuc-su-kien/page-3")
    assert thumb in listing or thumb in fetch(server, "/news/tin-tuc-su-kien/page-2")[1]
    # post 257: a printed 00:00; post 263: an update stamp beside the date
    _, page, _ = fetch(server, portal.article_path(portal._BY_ID[257]))
    assert "Thứ năm - 08/10/2026 00:00" in page
    _, page, _ = fetch(server, portal.article_path(portal._BY_ID[263]))
    assert "(Cập nhật: 23/10/2026 08:12)" in page
    # logins in the meta line
    for sid, login in ((281, "bientap"), (260, "admin")):
        _, page, _ = fetch(server, portal.article_path(portal._BY_ID[sid]))
        assert f"Đăng bởi: {login}</span>" in page


def test_text_forms(server: PortalServer) -> None:
    for gold in portal.GOLD:
        story = _story(gold)
        _, body, _ = fetch(server, gold["path"])
        content = _region(body, '<div id="news-bodyhtml" class="bodytext egt-content clearfix">', "\n</div>\n")
        enc = story.opts.get("enc")
        if enc == "nfd":
            assert not unicodedata.is_normalized("NFC", content)
            assert unicodedata.normalize("NFC", content).count("\u0301") == 0
        elif enc == "entities":
            assert re.search(r"&[a-z]+;", content) and re.search(r"&#\d{4};", content)
            assert not re.search(r"[^\x00-\x7f]", content)
        else:
            assert unicodedata.is_normalized("NFC", content) and not re.search(r"&#\d+;", content)


def test_non_articles_are_what_they_say(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/laws/")
    for law in portal.LAWS:
        assert f'href="{law.path}"' in body
        _, detail, _ = fetch(server, law.path)
        assert law.code in detail and f"/uploads/laws/{law.file}" in detail
        assert fetch(server, f"/uploads/laws/{law.file}")[2]["Content-Type"] == "application/pdf"
    _, album, _ = fetch(server, portal.ALBUM_PATH)
    assert all(caption in album for _, caption in portal.ALBUM_PHOTOS)
    _, tt, _ = fetch(server, "/page/thoi-khoa-bieu.html")
    assert "Thời khóa biểu học kỳ I" in tt
    for tag in portal.TAGS:
        _, page, _ = fetch(server, f"/news/tag/{tag}")
        assert [portal.article_path(s) for s in portal.newest(tag=tag)] == re.findall(r'<h3><a href="([^"]+)"', page)


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
