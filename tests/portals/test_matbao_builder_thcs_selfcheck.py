"""Self-check of the website-builder THCS portal: the fixture against itself, never the crawler.

Nothing here imports the crawler beyond the demo server. It checks that the gold is well formed,
that every gold target, alternative address and non-article answers 200 and prints what the gold
promises (after entities and NFC), that a walk of ``<a href>`` links from START_PATH reaches every
article, and that the builder's traps behave as the module docstring says: the short link and the
mobile pager repeat pages, ``?page=999`` repeats the last page, ``?sort=`` reorders, the shop's
``?add-to-cart=`` redirects to an empty cart, unknown addresses are a real 404.
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

from . import matbao_builder_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, page: str, href: str) -> str | None:
    href = html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    parts = urlsplit(urljoin(server.url(page), href))
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _region(body: str) -> str:
    return body.split('<div class="noidung" id="ndTin">', 1)[1].split("</div><!-- /ndTin -->", 1)[0]


def _listed(body: str) -> list[str]:
    block = body.split('<div id="dsTin" class="list-news">', 1)[1].split("</div>\n<ul", 1)[0]
    return re.findall(r'<h3 class="title-news"[^>]*><a href="([^"]+)"', block)


def test_contract_shape() -> None:
    assert portal.NAME == "matbao_builder_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(portal.pages_of(c) for c in portal.CATS) >= 3
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
        assert set(img) == {"path", "caption"} and img["path"].startswith(portal.IMG)
        assert img["caption"] is None or (img["caption"] not in paragraphs and not img["caption"].startswith("("))
    for name in gold["authors"] + gold["photographers"]:
        assert not re.match(r"(ThS|TS|GV|Cô|Thầy)\.? ", name) and "–" not in name


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [t for g in portal.GOLD for t in (g["path"], *g["alt_paths"])] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    story = next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])
    page = _reader_text(body)
    region = _region(body)
    content = _reader_text(region)
    heading = re.search(r'<(h1 class="title-detail"|h2 class="tieude")>([^<]+)</h[12]>', body)
    assert heading and html.unescape(heading.group(2)) == gold["title"]
    assert heading.group(1).startswith("h2") == bool(story.opts.get("old"))
    # body: in the content region, in order (the sapo in div.mota)
    mota = re.search(r'<div class="mota"[^>]*>(.*?)</div>', body).group(1)
    paragraphs = gold["body"].split("\n\n")
    if story.sapo_outside:
        assert _reader_text(mota) == gold["summary"] == paragraphs[0]
        paragraphs = paragraphs[1:]
    else:
        assert mota == ""
    at = 0
    for paragraph in paragraphs:
        found = content.find(paragraph, at)
        assert found >= 0, paragraph[:60]
        at = found + len(paragraph)
    if gold["summary"] and not story.sapo_outside:
        first = re.search(r"<p [^>]*>(.*?)</p>", region).group(1)
        assert first.startswith("<strong>") and _reader_text(first) == gold["summary"]
    # date line: day first with dashes; a time only where the gold has one (or a printed 00:00)
    stamp = gold["published_at"]
    day = f"{stamp[8:10]}-{stamp[5:7]}-{stamp[:4]}"
    line = re.search(r"Ngày đăng: ([0-9: -]+?) \|", page).group(1)
    if "T" in stamp:
        assert line == f"{day} {stamp[11:16]}"
    else:
        assert line in (day, f"{day} 00:00")
    assert 'property="article:published_time"' in body
    # bylines and credits printed in the content region
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in content
    # images: real addresses in order (data-src for lazy ones), captions printed right under them
    tags = re.findall(r"<img [^>]*>", region)
    srcs = [(re.search(r'data-src="([^"]+)"', t) or re.search(r'src="([^"]+)"', t)).group(1) for t in tags]
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in content
    # chrome around the article
    assert portal.TODAY in page and "Thống kê truy cập" in page and "Tin cùng chuyên mục" in page
    assert "Gọi ngay" in page and portal.ADDRESS in page and "Chia sẻ:" in page
    crumbs = re.search(r'<ul class="breadcrumb-list"[^>]*>(.*?)</ul>', body).group(1)
    assert re.findall(r'<a href="/[a-z-]+">([^<]+)</a>', crumbs)[-1] == gold["category"]


def test_short_link_is_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, long_body, _ = fetch(server, gold["path"])
        (short,) = gold["alt_paths"]
        _, short_body, _ = fetch(server, short)
        assert _region(long_body) == _region(short_body)
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in long_body
        assert f'<link rel="canonical" href="{server.base_url}{short}">' in short_body
        assert f'<a href="{short}">' in long_body  # the share bar's short link


def test_old_posts_use_named_entities(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(story))
        region = _region(body)
        named = re.findall(r"&([a-z]+);", region)
        if story.opts.get("old"):
            assert {"agrave", "ecirc"} & set(named) and "à" not in region
            assert re.search(r"[ạ-ỹ]", region)  # Vietnamese letters without a name stay raw
        else:
            assert not set(named) - {"nbsp", "amp"}


def _walk(server: PortalServer) -> set[str]:
    """Every page reached by <a href> from the start page (redirects and non-HTML not followed)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 800:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in _HREF.findall(body):
            link = _local(server, target, href)
            if link and not _NOT_PAGES.search(urlsplit(link).path) and link not in seen:
                queue.append(link)
    assert len(seen) < 800, "the walk must end: every trap here is finite"
    return seen


def test_walk_from_start_reaches_every_article(server: PortalServer) -> None:
    seen = _walk(server)
    assert {g["path"] for g in portal.GOLD} <= seen
    assert {a for g in portal.GOLD for a in g["alt_paths"]} <= seen
    assert set(portal.NON_ARTICLES) <= seen
    assert "/tin-tuc/trang-2" in seen and "/tin-tuc?sort=view&page=2" in seen
    _, robots, _ = fetch(server, "/robots.txt")
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    _, xml, headers = fetch(server, "/sitemap.xml")
    assert headers["Content-Type"].startswith("application/xml")
    assert {server.base_url + g["path"] for g in portal.GOLD} <= set(re.findall(r"<loc>([^<]+)</loc>", xml))


def test_pager_and_listing_traps(server: PortalServer) -> None:
    order = [portal.article_path(s) for s in portal.newest("tin-tuc")]
    last = portal.pages_of("tin-tuc")
    assert last == 3
    got: list[str] = []
    for n in range(1, last + 1):
        status, body, _ = fetch(server, f"/tin-tuc?page={n}")
        assert status == 200
        got += _listed(body)
        pager = re.search(r'<ul class="phantrang"[^>]*>(.*?)</ul>', body).group(1)
        assert f'<li class="active"><span>{n}</span></li>' in pager and "«" in pager and "»" in pager
        _, mobile, _ = fetch(server, f"/tin-tuc/trang-{n}")
        assert _listed(mobile) == _listed(body)
    assert got == order
    _, beyond, _ = fetch(server, "/tin-tuc?page=999")
    _, last_page, _ = fetch(server, f"/tin-tuc?page={last}")
    assert _listed(beyond) == _listed(last_page)
    assert _listed(fetch(server, "/tin-tuc?page=abc")[1]) == order[:portal.PER_PAGE]
    _, by_view, _ = fetch(server, "/tin-tuc?sort=view")
    assert _listed(by_view) == [portal.article_path(s) for s in portal.by_views("tin-tuc")][: portal.PER_PAGE]
    assert "/tin-tuc?sort=view&amp;page=2" in by_view
    for cat in ("hoat-dong-chuyen-mon", "thong-bao"):
        _, body, _ = fetch(server, f"/{cat}")
        assert _listed(body) == [portal.article_path(s) for s in portal.newest(cat)]
        assert '<ul class="phantrang"' not in body


def test_shop_login_search_and_not_found(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/tin-tuc?add-to-cart=15")
    assert status == 302 and headers["Location"] == "/gio-hang"
    gold = portal.GOLD[0]
    news = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/"))
    status, _, headers = fetch(server, gold["path"] + "?add-to-cart=15")
    assert status == 302 and headers["Location"] == "/gio-hang"
    _, cart, _ = fetch(server, "/gio-hang")
    assert "Chưa có sản phẩm nào trong giỏ hàng." in cart
    _, login, _ = fetch(server, "/dang-nhap")
    assert 'name="password"' in login
    status, found, _ = fetch(server, "/tim-kiem?q=Li%C3%AAn+%C4%91%E1%BB%99i")
    assert status == 200 and "kết quả" in found and len(_listed(found + "\n<ul")) >= 2
    status, landing, _ = fetch(server, "/tuyen-sinh")
    assert status == 200 and "Đăng ký tư vấn tuyển sinh" in landing and "Ngày đăng" not in landing
    for missing in ("/tin-tuc/khong-co-bai-nay-n9999.html", "/khong-ton-tai", "/thong-bao/" + news["path"].split("/")[-1]):
        status, body, _ = fetch(server, missing)
        assert status == 404 and "Trang bạn tìm không tồn tại" in body
    for doc in portal.DOCS:
        status, _, headers = fetch(server, doc.file)
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
    assert fetch(server, "/")[1] == fetch(server, "/")[1]
