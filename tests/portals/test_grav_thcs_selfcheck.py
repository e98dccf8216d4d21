"""Self-check of the Grav 1.7 school fixture (Trường THCS Lê Quý Đôn): the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article no link reaches would waste that crawl.
Nothing here imports the crawler beyond the demo server. It checks the gold against the pages
(after entities and NFC), a walk of links from START_PATH, the feeds and the sitemap, and the
traps the module's docstring describes: Grav's colon parameters and their empty pages past the
end, trailing-slash twins, the old Joomla addresses' 301, image cache URLs, the encodings.
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

from . import grav_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|rss|atom)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """The text a reader sees: table cells joined by " | ", tags dropped, entities read, NFC."""
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"</?(a|strong|em|span|b|i|small)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _content(page: str) -> str:
    return page.split('<div class="e-content">', 1)[1].split("\n</div>", 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page_target: str, body: str) -> list[str]:
    out = []
    for _q, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page_target), href.split("#", 1)[0]))
        if target:
            out.append(target)
    return out


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.post_path(s) == gold["path"])


# --------------------------------------------------------------------------- shape


def test_contract_shape() -> None:
    assert portal.NAME == "grav_thcs" and portal.PLATFORM == "grav" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {v[1] for v in portal.BLOGS.values()}
    per_blog = {b: len(portal.newest(b)) for b in portal.BLOGS}
    pages = {b: portal._pages(n, portal.BLOGS[b][2]) for b, n in per_blog.items()}
    assert max(pages.values()) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:30])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [gold["path"] + "/"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.match(r"(ThS|TS|Cô|Thầy|GV)\.? ", name)
        assert name not in gold["body"].split("\n\n")[-1] or gold["source"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"}
        assert img["caption"] is None or (
            img["caption"] not in paragraphs and not img["caption"].startswith(("Ảnh:", "("))
        )


def test_gold_judgement_calls_are_as_documented() -> None:
    by_slug = {g["path"].rsplit("/", 1)[1]: g for g in portal.GOLD}
    assert by_slug[portal._S1]["authors"] == ["Tổ Văn – Sử"] == by_slug[portal._S1]["photographers"]
    assert by_slug[portal._S2]["authors"] == ["Phan Văn Lực"]
    assert by_slug[portal._S3]["summary"] and by_slug[portal._S3]["authors"] == ["Đỗ Văn Nam"]
    assert by_slug[portal._S5]["source"] == "Báo Đắk Lắk"
    assert by_slug[portal._S5]["photographers"] == ["Minh Châu"]
    assert by_slug[portal._S7]["authors"] == [] and by_slug[portal._N1]["authors"] == []
    assert by_slug[portal._N2]["authors"] == ["Tổ Văn phòng"]
    assert by_slug[portal._N2]["published_at"] == "2026-11-18"
    assert by_slug[portal._N1]["published_at"] == "2026-11-23T08:15:00+07:00"
    assert by_slug[portal._D2]["authors"] == ["Trần Bảo Ngọc"]
    assert sum(1 for g in portal.GOLD if g["summary"]) == 1
    assert sum(1 for g in portal.GOLD for i in g["images"] if i["caption"] is None) >= 5


# --------------------------------------------------------------------------- pages


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert failures == []


def _printed_date(page: str) -> str:
    if m := re.search(
        r'<i class="fa fa-calendar"></i> (\d\d) Tháng (\d{1,2}), (\d{4})</time>', page
    ):
        return f"{m.group(3)}-{int(m.group(2)):02d}-{m.group(1)}"
    m = re.search(
        r'<i class="fa fa-clock-o"></i> (\d\d):(\d\d) \| (\d\d)/(\d\d)/(\d{4})</time>', page
    )
    day = f"{m.group(5)}-{m.group(4)}-{m.group(3)}"
    if m.group(1) == m.group(2) == "00":
        return day
    return f"{day}T{m.group(1)}:{m.group(2)}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:30])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    story = _story(gold)
    headline = re.findall(r'<h1 class="p-name">(.*?)</h1>', page)
    assert len(headline) == 1 and _nfc(headline[0]) == gold["title"]
    if story.opts.get("hero"):
        hero = page.split('<section id="blog-hero"', 1)[1].split("</section>\n</section>", 1)[0]
        assert '<h1 class="p-name">' in hero and 'class="dt-published"' in hero
        assert 'class="content-title' not in page
        assert f"background-image: url('{portal.media(story, story.opts['hero'])}')" in page
        assert story.opts["hero"] not in _content(page)
    content = _content(page)
    shown = _reader(content)
    at = 0
    for paragraph in gold["body"].split("\n\n"):
        found = shown.find(paragraph, at)
        assert found >= 0, paragraph[:60]
        at = found + len(paragraph)
    if gold["summary"]:
        assert f"<p><strong>{html.escape(gold['summary'], quote=False)}</strong></p>" in content
    srcs = [html.unescape(s) for s in re.findall(r'<img [^>]*src="([^"]+)"', content)]
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in shown
    whole = _reader(page)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in whole
    assert _printed_date(page) == gold["published_at"]
    crumbs = re.search(r'<div id="breadcrumbs"[^>]*>(.*?)</div>', page).group(1)
    assert re.findall(r'<span itemprop="name">([^<]+)</span></a>', crumbs)[-1] == gold["category"]
    assert portal.TODAY in whole and portal.ADDRESS in whole and "Tổng lượt truy cập" in whole
    assert "Bài viết liên quan" in whole and "Tin mới" in whole and "Lưu trữ" in whole
    assert 'rel="canonical"' not in page


def test_trailing_slash_twin_is_the_same_page(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (alt,) = gold["alt_paths"]
        assert _get(server, alt)[1] == _get(server, gold["path"])[1]


def test_listing_pages_list_every_post_in_order(server: PortalServer) -> None:
    for blog, (_, _, per) in portal.BLOGS.items():
        want = [portal.post_path(s) for s in portal.newest(blog)]
        last = portal._pages(len(want), per)
        got: list[str] = []
        for n in range(1, last + 1):
            target = f"/{blog}/page:{n}" if n > 1 else f"/{blog}"
            body = _get(server, target)[1]
            got += re.findall(r'<h2 class="p-name"><a href="([^"]+)" class="u-url">', body)
            if last > 1:
                assert '<ul class="pagination">' in body
                assert '<li class="page-item active"><a href="#">' + str(n) in body
        assert got == want
    assert _get(server, "/tin-tuc")[1] == _get(server, "/tin-tuc/page:1")[1]
    second = _get(server, "/tin-tuc/category:su-kien/page:2")[1]
    assert 'href="/tin-tuc/category:su-kien/page:1"' in second
    assert (
        'href="/tin-tuc/archives_month:nov_2026/page:2"'
        in _get(server, "/tin-tuc/archives_month:nov_2026")[1]
    )
    assert 'Tháng 11 2026</a> <span class="archive-count">(4)</span>' in _get(server, "/tin-tuc")[1]


def _walk(server: PortalServer) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        if status == 301:
            queue.append(_local(server, urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not _NOT_PAGES.search(urlsplit(link).path):
                queue.append(link)
    return seen


def test_walk_from_start_reaches_every_article_and_page(server: PortalServer) -> None:
    seen = _walk(server)
    assert {g["path"] for g in portal.GOLD} <= set(seen)
    assert set(portal.NON_ARTICLES) <= set(seen)
    assert [t for t, s in seen.items() if s not in (200, 301)] == []
    # the twins and the legacy address are on the walk too
    assert portal._LINK_T2 in seen and seen[portal._LEGACY_T7] == 301
    assert portal.post_path(portal.STORIES[0]) + "/" in seen
    assert len(seen) < 200


def test_feeds_and_sitemap(server: PortalServer) -> None:
    gold = {g["path"] for g in portal.GOLD}
    home = _get(server, "/tin-tuc")[1]
    assert f'href="{server.base_url}/tin-tuc.rss"' in home and 'href="/tin-tuc.atom"' in home
    for blog in portal.BLOGS:
        status, rss, headers = _get(server, f"/{blog}.rss")
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        links = [_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", rss)][1:]
        assert links == [portal.post_path(s) for s in portal.newest(blog)][: portal.FEED_LIMIT]
        status, atom, headers = _get(server, f"/{blog}.atom")
        assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
        assert len(re.findall(r"<entry>", atom)) == len(links)
    status, xml, _ = _get(server, "/sitemap.xml")
    assert status == 200
    locs = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert gold <= locs
    robots = _get(server, "/robots.txt")[1]
    assert (
        "Sitemap:" not in robots
        and "Disallow: /user/" in robots
        and "Allow: /user/pages/" in robots
    )


# --------------------------------------------------------------------------- traps


def test_past_the_end_and_unknown_filters_are_empty_pages(server: PortalServer) -> None:
    gold = {g["path"] for g in portal.GOLD}
    for target in (
        portal.PAST_THE_END,
        portal.EMPTY_ARCHIVE,
        "/tin-tuc/tag:khong-co",
        "/thong-bao/page:7",
    ):
        status, body, _ = _get(server, target)
        assert status == 200 and "Chưa có bài viết nào." in body
        main = body.split('<div id="item"', 1)[1].split('<div id="sidebar"', 1)[0]
        assert not set(_links(server, target, main)) & gold
        assert '<ul class="pagination">' not in main


def test_legacy_joomla_addresses_redirect(server: PortalServer) -> None:
    status, _, headers = _get(server, portal._LEGACY_T7)
    assert status == 301 and headers["Location"] == f"/tin-tuc/{portal._S7}"
    status, _, headers = _get(server, "/index.php/tin-tuc/bai-cu-khong-con")
    assert status == 301 and _get(server, headers["Location"])[0] == 404
    assert _get(server, "/index.php")[2]["Location"] == "/"
    status, body, _ = _get(server, "/khong-co-trang-nay")
    assert status == 404 and "Lỗi 404" in body


def test_images_files_and_cache_urls(server: PortalServer) -> None:
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = _get(server, img["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"
    page = _get(server, f"/tin-tuc/{portal._S4}")[1]
    boxes = re.findall(
        r'<a href="(/images/[^"]+)" rel="lightbox" class="glightbox"><img [^>]*src="([^"]+)"', page
    )
    assert len(boxes) == 3 and all(big != small for big, small in boxes)
    assert all(re.fullmatch(r"/images/(\w/){5}[0-9a-f]{40}-[\w-]+\.jpg", big) for big, _ in boxes)
    assert 'alt="Học sinh chụp ảnh lưu niệm trước Bảo tàng"' in page
    listing = _get(server, "/tin-tuc")[1]
    thumbs = re.findall(
        r'<div class="card-image"><a href="[^"]+"><img alt="" src="([^"]+)"', listing
    )
    assert thumbs and all(t.startswith("/images/") for t in thumbs)
    notice = _get(server, f"/thong-bao/{portal._N3}")[1]
    pdf = re.search(r'<a href="([^"]+\.pdf)" target="_blank">', notice).group(1)
    status, data, headers = _get(server, pdf)
    assert (
        status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith("%PDF")
    )
    assert "Tệp đính kèm" in notice and "Tệp đính kèm" not in _reader(_content(notice))
    docs = _get(server, "/tai-lieu")[1]
    for name, *_ in portal.DOCUMENTS:
        assert f'href="/user/pages/05.tai-lieu/{name}"' in docs
        assert (
            _get(server, f"/user/pages/05.tai-lieu/{name}")[2]["Content-Type"] == "application/pdf"
        )


def test_encodings(server: PortalServer) -> None:
    migrated = _content(_get(server, f"/tin-tuc/{portal._S7}")[1])
    assert re.search(r"&[a-z]+;", migrated) and re.search(r"&#\d+;", migrated)
    assert re.search(r"[^\x00-\x7f]", migrated)  # raw UTF-8 in between
    page = _get(server, f"/hoat-dong-doan-doi/{portal._D3}")[1]
    h1 = re.search(r'<h1 class="p-name">(.*?)</h1>', page).group(1)
    assert (
        not unicodedata.is_normalized("NFC", h1)
        and unicodedata.normalize("NFC", h1) == portal.STORIES[9].title
    )
    plain = _get(server, f"/tin-tuc/{portal._S2}")[1]
    assert unicodedata.is_normalized("NFC", plain) and "&#" not in _content(plain)


def test_non_articles_look_like_what_they_are(server: PortalServer) -> None:
    contact = _get(server, "/lien-he")[1]
    assert 'name="form-nonce"' in contact and 'name="__form-name__" value="lien-he"' in contact
    assert _get(server, "/lien-he")[1] == contact
    album = _get(server, f"/thu-vien-anh/{next(iter(portal.ALBUMS))}")[1]
    assert album.count('class="glightbox"') == 4 and 'class="dt-published"' not in album
    about = _get(server, "/gioi-thieu")[1]
    assert "Lịch sử hình thành" in about and 'class="e-content"' not in about
    search = _get(server, "/search/query:khai%20gi%E1%BA%A3ng")[1]
    assert f'href="/tin-tuc/{portal._S7}"' in search
    assert 'name="login-form-nonce"' in _get(server, "/login")[1]


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], "/", "/tin-tuc/page:2"):
        assert _get(server, target)[1] == _get(server, target)[1]
