"""Self-check of the Joomla 3 school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article no link or feed reaches would waste that crawl.
It also pins down what makes this site Joomla 3: blog pages of 1 + 4 items with ``?start=N``
pagination and a ``?limitstart=0`` twin of page 1, the same article under the home menu item,
print and email views on every article, captions only as ``img.caption`` titles, dates without a
time on the page.
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

from . import joomla3_blog_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}


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
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _article_body(body: str) -> str:
    return body.split('<div itemprop="articleBody">', 1)[1].split("\n\t</div>", 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "joomla3_blog_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == 5 and not set(alts) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:24])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert gold[key] and gold[key] == gold[key].strip()
        assert unicodedata.is_normalized("NFC", gold[key])
    # the page prints a date only: no time in the gold
    assert re.fullmatch(r"2026-\d{2}-\d{2}", gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/images/2026/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert name not in gold["body"]
        assert name not in ("Super User", "Quản trị")


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:24])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    story = next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
        page = _reader_text(body)
        assert f'<h2 itemprop="headline">\n\t\t\t{html.escape(gold["title"], quote=True)}\n' in body
        content = _reader_text(_article_body(body))
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph in content, paragraph[:60]
        credits = gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
        for name in credits:
            assert name in page
        y, m, d = gold["published_at"].split("-")
        assert f"Ngày đăng: {d} Tháng {int(m)} {y}" in page
        assert re.search(rf'<time datetime="{gold["published_at"]}T\d\d:\d\d:00\+07:00" itemprop="datePublished">', body)
        assert f"Danh mục: {gold['category']}" in page
        by = story.opts.get("by", "Super User")
        assert f'Viết bởi <span itemprop="name">{by}</span>' in body
        # images: the full-text image first, then the body's, in order
        item = body.split('<div class="item-page"', 1)[1].split('<ul class="pager pagenav">', 1)[0]
        srcs = [s for s in re.findall(r'<img [^>]*src="([^"]+)"', item)]
        assert srcs == [i["path"] for i in gold["images"]]
        for img in gold["images"]:
            tag = re.search(rf'<img [^>]*src="{re.escape(img["path"])}"[^>]*>', item).group(0)
            if img["caption"] is None:
                assert 'class="caption"' not in tag
                assert f"<em>{img['caption']}" not in item
            elif 'class="caption"' in tag:
                assert f'title="{html.escape(img["caption"], quote=True)}"' in tag
            else:  # the editor's italic centred line right under the photo
                after = item.split(tag, 1)[1]
                assert after.startswith(f'</p>\n<p style="text-align: center;"><em>{html.escape(img["caption"], quote=False)}</em></p>')
        assert "new JCaption('img.caption')" in body
        assert 'rel="canonical"' not in body
        assert portal.TODAY in page and "Tất cả" in page and portal.HOTLINE in page
        assert "Bạn đang ở:" in page and "Các bài viết khác" in page and "Tin mới nhất" in page
        assert 'class="print-icon"' in body and 'class="email-icon"' in body


def test_blog_layout_and_pagination(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    seen: list[str] = []
    for n, start in enumerate((0, 5, 10), 1):
        target = "/tin-tuc" + (f"?start={start}" if start else "")
        status, body, _ = fetch(server, target)
        assert status == 200 and f"Trang {n} / 3" in body
        assert body.count('class="leading-0 clearfix"') == 1
        items = re.findall(r'<h2 itemprop="name">\s*<a href="([^"]+)"', body)
        seen += items
        assert len(items) == (5 if n < 3 else 3)
        assert all(f"Đọc thêm: {html.escape(s.title, quote=True)}" in body for s in portal.STORIES if portal.article_path(s) in items)
        if n == 1:
            assert '<li class="pagination-start"><span class="pagenav">Đầu</span></li>' in body
            assert 'href="/tin-tuc?start=5" class="hasTooltip pagenav">Tiếp</a>' in body
            assert 'href="/tin-tuc?start=10" class="hasTooltip pagenav">Cuối</a>' in body
        else:
            assert 'href="/tin-tuc?limitstart=0" class="hasTooltip pagenav">Đầu</a>' in body
        assert 'href="/tin-tuc?format=feed&amp;type=rss"' in body
    assert seen == [portal.article_path(s) for s in portal.newest()] and set(seen) == articles
    assert fetch(server, "/tin-tuc?limitstart=0")[1].count('itemprop="blogPost"') == 5
    _, body, _ = fetch(server, "/tin-tuc/hoat-dong")
    labels = re.findall(r'aria-hidden="true"></span>\n\t\t(Đọc thêm[^\n]*)\n', body)
    assert "Trang 1 / 2" in body and labels == ["Đọc thêm ..."] * 5
    _, body, _ = fetch(server, "/tin-tuc/thong-bao")
    assert 'class="pagination"' not in body
    # past the end: Joomla answers an empty blog, nothing links there
    status, body, _ = fetch(server, "/tin-tuc?start=40")
    assert status == 200 and 'itemprop="blogPost"' not in body
    _, home, _ = fetch(server, "/")
    assert set(re.findall(r'<h2 itemprop="name">\s*<a href="([^"]+)"', home)) == {
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    }


def test_reachable_by_links_and_feed(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
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
        feeds |= {html.unescape(h) for h in re.findall(r'<link href="([^"]+)" rel="alternate" type="application/rss\+xml"', body)}
        for link in _links(server, target, body):
            if not re.search(r"\.(jpe?g|png|pdf|css|js|ico)$", link):
                queue.append(link)
    assert articles <= seen
    assert set(portal.NON_ARTICLES) <= seen
    assert {a for g in portal.GOLD for a in g.get("alt_paths", [])} <= seen
    assert "/tin-tuc?format=feed&type=rss" in feeds
    _, feed, headers = fetch(server, "/tin-tuc?format=feed&type=rss")
    assert headers["Content-Type"].startswith("application/rss+xml")
    links = [_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)][1:]
    assert len(links) == portal.FEED_LIMIT and set(links) <= articles
    assert re.search(r"<pubDate>\w{3}, 23 Nov 2026 16:42:00 \+0700</pubDate>", feed)
    status, atom, headers = fetch(server, "/tin-tuc/hoat-dong?format=feed&type=atom")
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml") and "<entry>" in atom


def test_traps(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    status, body, _ = fetch(server, portal.print_path(gold["path"]))
    assert status == 200 and '<meta name="robots" content="noindex, nofollow" />' in body
    assert "window.print()" in body and gold["body"].split("\n\n")[1] in _reader_text(body)
    _, article, _ = fetch(server, gold["path"])
    mail = portal.mailto_path(gold["path"])
    assert html.escape(mail, quote=True) in article
    status, body, _ = fetch(server, mail)
    assert status == 200 and "Gửi email liên kết này cho bạn bè" in body and gold["title"] not in body
    status, body, _ = fetch(server, "/component/mailto/?tmpl=component&template=pbc_school&link=abc")
    assert status == 200  # any link value gets the form
    number = gold["path"].rsplit("/", 1)[1].split("-", 1)[0]
    status, body, _ = fetch(server, f"/tin-tuc/hoat-dong/{number}-mot-ten-khac")
    assert status == 200 and gold["title"] in html.unescape(body)  # Joomla 3 routes by id
    status, body, _ = fetch(server, "/tin-tuc/hoat-dong/99999-khong-co-bai-nay")
    assert status == 404 and "Không thể hiển thị trang này" in body
    assert fetch(server, "/gioi-thieu")[0] == 404  # a menu heading, no page


def test_non_articles_look_like_non_articles(server: PortalServer) -> None:
    for doc in portal.DOCS:
        _, body, _ = fetch(server, portal.doc_path(doc))
        text = _reader_text(_article_body(body))
        assert text == doc[4].rsplit("/", 1)[1]  # only the file link
        assert fetch(server, doc[4])[2]["Content-Type"] == "application/pdf"
    for alias in portal.PAGES:
        _, body, _ = fetch(server, f"/gioi-thieu/{alias}")
        assert "Ngày đăng" not in body and "Viết bởi" not in body
    _, body, _ = fetch(server, "/lien-he")
    assert "Địa chỉ email này đang được bảo vệ từ spambots" in body and portal.ADDRESS in body
    _, body, _ = fetch(server, portal.album_path(portal.ALBUMS[0]))
    assert body.count("pg-lightbox-button") == portal.ALBUMS[0][3]


def test_encodings(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, body, headers = fetch(server, portal.article_path(story))
        assert headers["Content-Type"] == "text/html; charset=utf-8" and '<meta charset="utf-8" />' in body
        content = _article_body(body)
        if story.opts.get("entities"):
            assert "&#7893;" in content and not re.search(r"[^\x00-\x7f]", content)
        else:
            assert not re.search(r"&#\d+;", content)


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[3]["path"], "/", "/tin-tuc?format=feed&type=rss"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
