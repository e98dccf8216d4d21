"""Self-check of the October CMS school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article no link or sitemap reaches would waste that
crawl. Nothing here imports the crawler beyond the demo server. It also pins down what makes the
platform what it is: RainLab.Blog's path-segment pagination (``/2``, with ``/1`` and ``?page=2``
as duplicates and 200 past the end), the month archive that never ends backwards, the featured
images carousel, and the AJAX handlers that are POSTs, not links.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import octobercms_thpt as portal
from ._selfcheck import NO_REDIRECTS, fetch

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _between(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _gold_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def test_contract_shape() -> None:
    assert portal.NAME == "octobercms_thpt" and portal.PLATFORM == "octobercms"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    # the newest article is in November 2026, none after the header's today
    assert max(g["published_at"] for g in portal.GOLD)[:7] == "2026-11"
    assert max(g["published_at"] for g in portal.GOLD) <= "2026-11-25"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:30])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _DATE.match(gold["published_at"])  # the post page prints a date only
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs))
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/storage/app/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert name not in paragraphs


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:30])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    detail = _between(body, '<div class="post-detail">', '<div class="post-tags')
    content = _between(body, '<div class="post-content">', '\n</div>\n')
    assert f'<h1 class="post-title">{html.escape(gold["title"], quote=True)}</h1>' in detail
    y, m, d = gold["published_at"].split("-")
    info = re.search(r'<p class="post-info text-muted">Đăng ngày (\d\d/\d\d/\d{4}) trong (.*?)</p>', detail)
    assert info.group(1) == f"{d}/{m}/{y}"
    # the primary category: first in "trong …" and the last breadcrumb link
    assert re.findall(r">([^<]+)</a>", info.group(2))[0] == gold["category"]
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body).group(1)
    assert re.findall(r'<a href="/tin-tuc/chuyen-muc/[^"]+">([^<]+)</a>', crumbs)[-1] == gold["category"]
    text = _reader(detail)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    if gold["summary"]:
        excerpt = _between(detail, '<div class="post-excerpt lead">', "</div>")
        assert _reader(excerpt) == gold["summary"]
    else:
        assert "post-excerpt" not in detail
    # bylines are printed at the end of the content
    tail = _reader("<p" + content.rsplit("<p", 1)[1])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    for name in gold["authors"]:
        assert name in tail and tail not in gold["body"].split("\n\n")
    if gold["source"]:
        assert tail == f"Nguồn: {gold['source']}"
    # images: the carousel's slides (absolute URLs), then the content's images
    srcs = [_local(server, s) or s for s in re.findall(r'<img src="([^"]+)"', detail)]
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    page = _reader(body)
    assert portal.TODAY in page and "Tổng lượt truy cập" in page and portal.ADDRESS in page
    assert "Tin liên quan" in page and "In bài" in page


def test_featured_images_are_a_carousel_with_absolute_urls(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    gallery = _between(body, '<div id="postGallery"', '<div class="post-content">')
    slides = re.findall(r'<img src="([^"]+)"', gallery)
    assert len(slides) == 3 and all(s.startswith(server.base_url + "/storage/app/uploads/public/") for s in slides)
    assert gallery.count("carousel-caption") == 2
    for s in slides:
        assert fetch(server, _local(server, s))[2]["Content-Type"] == "image/jpeg"


def _walk(server: PortalServer) -> set[str]:
    """Every target reached by links from the start page, minus the endless archive and search."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if re.search(r"\.(jpe?g|png|gif|ico|pdf|css|js)$", link) or link.startswith(("/tin-tuc/luu-tru/", "/tim-kiem?", "/backend")):
                continue
            queue.append(link)
    return seen


def test_every_article_is_reachable_by_links_and_the_sitemap(server: PortalServer) -> None:
    seen = _walk(server)
    assert _gold_paths() <= seen
    assert set(portal.NON_ARTICLES) - {"/tim-kiem"} <= seen
    _, robots, _ = fetch(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    assert "Disallow: /backend" in robots
    _, xml, headers = fetch(server, sitemap)
    assert headers["Content-Type"] == "application/xml"
    assert _gold_paths() <= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}


def _listed(body: str) -> list[str]:
    return re.findall(r'<h2 class="post-item-title h5"><a href="([^"]+)">', body)


def test_pagination_is_a_path_segment_with_duplicates(server: PortalServer) -> None:
    base = "/tin-tuc/chuyen-muc/tin-tuc-su-kien"
    pages = [_listed(fetch(server, base if n == 1 else f"{base}/{n}")[1]) for n in (1, 2, 3)]
    assert [len(p) for p in pages] == [3, 3, 2]
    assert [p for chunk in pages for p in chunk] == [portal.post_path(s) for s in portal.newest("tin-tuc-su-kien")]
    _, first, _ = fetch(server, base)
    pager = re.search(r'<ul class="pagination">(.*?)</ul>', first).group(1)
    assert "&laquo;" in pager and "&raquo;" in pager and f'href="{base}/2"' in pager
    _, second, _ = fetch(server, f"{base}/2")
    assert f'href="{base}/1"' in second  # page 1 is linked with its number
    assert fetch(server, f"{base}/1")[1] == first
    assert fetch(server, f"{base}?page=2")[1] == second
    assert fetch(server, "/tin-tuc?page=2")[1] == fetch(server, "/tin-tuc/2")[1]
    all_pages = [_listed(fetch(server, t)[1]) for t in ("/tin-tuc", "/tin-tuc/2", "/tin-tuc/3")]
    assert sorted(p for chunk in all_pages for p in chunk) == sorted(_gold_paths())
    for target in (f"{base}/999", "/tin-tuc/999", "/tin-tuc?page=40"):
        status, body, _ = fetch(server, target)
        assert status == 200 and "Chưa có bài viết nào." in body and not _listed(body)
    assert fetch(server, "/tin-tuc/chuyen-muc/khong-ton-tai")[0] == 404


def test_month_archive_never_ends_backwards(server: PortalServer) -> None:
    target = "/tin-tuc/luu-tru/2026/11"
    _, body, _ = fetch(server, target)
    assert "/tin-tuc/luu-tru/2026/12" not in body  # no month after today's
    assert len(_listed(body)) == len(portal.in_month(2026, 11))
    for _ in range(40):
        status, body, _ = fetch(server, target)
        assert status == 200
        prev = re.search(r'href="(/tin-tuc/luu-tru/\d{4}/\d\d)">« Tháng', body).group(1)
        assert prev < target
        target = prev
    assert target == "/tin-tuc/luu-tru/2023/07" and "Chưa có bài viết nào." in body
    assert fetch(server, "/tin-tuc/luu-tru/1970/01")[0] == 200
    assert fetch(server, "/tin-tuc/luu-tru/1969/12")[0] == 404
    assert fetch(server, "/tin-tuc/luu-tru/2026/13")[0] == 404


def _ajax(server: PortalServer, target: str, handler: str) -> tuple[int, dict]:
    req = urllib.request.Request(
        server.url(target),
        data=b"",
        method="POST",
        headers={"X-OCTOBER-REQUEST-HANDLER": handler, "X-Requested-With": "XMLHttpRequest"},
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read().decode("utf-8"))


def test_ajax_handlers_are_posts_not_links(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    assert 'data-request="onLoadNotices"' in home
    assert not any("onLoadNotices" in h or "onSend" in h for h in _HREF.findall(home))
    notices = re.search(r'<ul id="notice-list"[^>]*>(.*?)</ul>', home, re.S).group(1)
    assert notices.count('class="notice-item"') == 3
    assert not re.search(r'href="/tin-tuc/chuyen-muc/thong-bao"[^>]*>\s*(Xem thêm|Xem tất cả)', home)
    status, payload = _ajax(server, "/", "onLoadNotices")
    assert status == 200 and payload["notices/list"].count('class="notice-item"') == 3
    _, contact, _ = fetch(server, "/lien-he")
    assert 'data-request="onSend"' in contact and "<form" in contact and "action=" not in contact.split("contact-form", 1)[1].split(">", 1)[0]
    status, payload = _ajax(server, "/lien-he", "onSend")
    assert status == 200 and "Cảm ơn" in payload["contact/result"]
    assert _ajax(server, "/", "onNothing")[0] == 500


def test_non_articles_and_not_found(server: PortalServer) -> None:
    _, docs, _ = fetch(server, "/tai-lieu")
    pdfs = re.findall(r'href="(/storage/app/media/tai-lieu/[^"]+\.pdf)"', docs)
    assert len(pdfs) == len(portal.DOCS)
    for pdf in pdfs:
        status, _, headers = fetch(server, pdf)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, tkb, _ = fetch(server, "/thoi-khoa-bieu")
    assert "<table" in tkb and "post-detail" not in tkb
    _, album, _ = fetch(server, "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027")
    assert album.count('data-lightbox="album"') == 6
    _, staff, _ = fetch(server, "/doi-ngu")
    assert staff.count("staff-card") == len(portal._STAFF)
    status, body, _ = fetch(server, "/tin-tuc/bai-viet/khong-co-bai-nay")
    assert status == 404 and "Trang bạn tìm không tồn tại" in body
    status, _, headers = fetch(server, "/backend")
    assert status == 302 and headers["Location"] == "/backend/backend/auth/signin"
    _, found, _ = fetch(server, "/tim-kiem?q=h%E1%BB%8Dc+b%E1%BB%95ng")
    assert portal.post_path(portal.STORIES[-1]) in found


def test_encodings_and_editor_forms(server: PortalServer) -> None:
    nfd = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, body, headers = fetch(server, portal.post_path(nfd))
    content = _between(body, '<div class="post-content">', '\n</div>\n')
    first = next(p.text for p in nfd.blocks if isinstance(p, portal.P))
    assert unicodedata.normalize("NFD", first) in content and first not in content
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    froala = [s for s in portal.STORIES if s.opts["editor"].startswith("froala")]
    for story in froala:
        _, body, _ = fetch(server, portal.post_path(story))
        assert "&nbsp;" in _between(body, '<div class="post-content">', '\n</div>\n')
    dup = next(s for s in portal.STORIES if s.opts.get("dup_excerpt"))
    _, body, _ = fetch(server, portal.post_path(dup))
    assert body.count(html.escape(dup.summary, quote=False)) == 2  # excerpt and first paragraph
    gold = next(g for g in portal.GOLD if g["path"] == portal.post_path(dup))
    assert gold["body"].count(dup.summary) == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
