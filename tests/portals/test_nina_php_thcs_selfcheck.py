"""Self-check of the Nina-style PHP template school portal: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target,
alternative address and NON_ARTICLE answers 200, that the gold is well formed and printed on its
page (after entities and NFC), that a browser-like walk of links (resolved against the pages'
``<base href>``) from START_PATH and the sitemap reach every article, and that the traps behave as
the module says: ``?p`` past the end repeats the last page, sort links reorder, the post's
"Tin liên quan" pager serves the same article, ``/lang/en`` bounces home, unknown slugs 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nina_php_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
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


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _content(body: str) -> str:
    return body.split('<div class="content-news w-clear" id="toc-content">', 1)[1].split(
        '<div class="share">', 1
    )[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    base = re.search(r'<base href="([^"]+)"', body)
    root = base.group(1) if base else server.url(page)
    out = []
    for _q, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = _local(server, urljoin(root, href))
        if target:
            out.append(target)
    return out


def _items(body: str) -> list[str]:
    return re.findall(r'<h3 class="news-name"><a class="text-decoration-none" href="([^"]+)"', body)


def test_contract_shape() -> None:
    assert portal.NAME == "nina_php_thcs" and portal.PLATFORM == "nina_php"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")
    assert any(len(portal.newest(c)) > 2 * portal.PER_PAGE for c in portal.CATS)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:30])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/[a-z0-9-]+\.html", gold["path"])
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/upload/elfinder/")
        assert img["caption"] is None or img["caption"] not in paragraphs
        assert img["caption"] is None or not img["caption"].startswith(("(", "Ảnh:"))


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    targets += [alt for g in portal.GOLD for alt in g.get("alt_paths", [])]
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


def _printed_time(stamp: str) -> str:
    if "T" not in stamp:
        return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]} 12:00 AM"
    return datetime.fromisoformat(stamp).strftime("%d/%m/%Y %I:%M %p")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:30])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert f'<h2 class="title-news-detail">{html.escape(gold["title"])}</h2>' in body
    band = re.search(r'<div class="title-main"><span>([^<]+)</span></div>', body).group(1)
    assert html.unescape(band) == gold["category"] != gold["title"]
    content = _reader_text(_content(body))
    paragraphs = gold["body"].split("\n\n")
    rest = paragraphs[1:] if gold["summary"] and gold["summary"] not in content else paragraphs
    position = 0
    for paragraph in rest:  # in order
        found = content.find(paragraph, position)
        assert found >= 0, paragraph[:60]
        position = found + len(paragraph)
    if gold["summary"]:
        desc = re.search(r'<div class="desc-news">(.*?)</div>', body).group(1)
        assert gold["summary"] in (_reader_text(desc) or content)
    page = _reader_text(body)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in content
    srcs = re.findall(r'<img alt="" src="([^"]+)"', _content(body))
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in content
    assert f"Ngày đăng: {_printed_time(gold['published_at'])}" in page
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
    assert portal.TODAY in page and "Tổng truy cập: 123.456" in page and "Tin liên quan" in page
    assert "Chia sẻ:" in page and "addthis_inline_share_toolbox" in body and portal.ADDRESS in page


def test_content_is_ckeditor4_with_named_latin1_entities(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    content = _content(body)
    assert "&ecirc;" in content or "&agrave;" in content
    assert "ư" in content or "ơ" in content  # the rest stays raw UTF-8
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in body


def test_summaries_where_the_platform_prints_them(server: PortalServer) -> None:
    by_path = {g["path"]: g for g in portal.GOLD}
    for story in portal.STORIES:
        gold = by_path[portal.article_path(story)]
        _, body, _ = fetch(server, gold["path"])
        desc = _reader_text(re.search(r'<div class="desc-news">(.*?)</div>', body).group(1))
        if story.sapo_outside:
            assert desc == gold["summary"]
        else:
            assert desc == ""
            if gold["summary"]:  # the hand-typed bold lead
                first = re.search(r"<p[^>]*>(.*?)</p>", _content(body)).group(1)
                assert first.count("<strong>") == 1 and _reader_text(first) == gold["summary"]


def _walk(server: PortalServer) -> set[str]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        assert len(seen) < 2000, "the walk does not end"
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not _NOT_PAGES.search(urlsplit(link).path) and link not in seen:
                queue.append(link)
    return seen


def test_every_article_is_reachable_by_links_and_sitemap(server: PortalServer) -> None:
    seen = _walk(server)
    articles = {g["path"] for g in portal.GOLD}
    assert articles <= seen
    for target in portal.NON_ARTICLES:
        if "tim-kiem" not in target:
            assert target in seen, target
    _, robots, _ = fetch(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, headers = fetch(server, sitemap)
    assert headers["Content-Type"].startswith("text/xml")
    listed = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= listed


def test_listings_and_pager(server: PortalServer) -> None:
    for cat in [None, *portal.CATS]:
        path = f"/{cat}.html" if cat else "/tin-tuc.html"
        want = [f"{s.slug}.html" for s in portal.newest(cat)]
        got: list[str] = []
        pages = -(-len(want) // portal.PER_PAGE)
        for n in range(1, pages + 1):
            _, body, _ = fetch(server, f"{path}?p={n}" if n > 1 else path)
            got += _items(body)
            if pages > 1:
                assert '<div class="pagination"><ul>' in body and f'<li><a class="current">{n}</a></li>' in body
        assert got == want
        # past the end: the last page again
        _, last, _ = fetch(server, f"{path}?p={pages}")
        status, beyond, _ = fetch(server, f"{path}?p={pages + 7}")
        assert status == 200 and _items(beyond) == _items(last)
        _, zero, _ = fetch(server, f"{path}?p=0")
        assert _items(zero) == want[: portal.PER_PAGE]
    _, body, _ = fetch(server, "/tin-tuc-su-kien.html?p=2")
    assert 'class="first" href="' in body and ">Đầu</a>" in body and ">Cuối</a>" in body
    # every news date in the listing is the gold's day
    by_slug = {g["path"][1:]: g for g in portal.GOLD}
    _, first, _ = fetch(server, "/tin-tuc.html")
    for href, day in re.findall(
        r'<h3 class="news-name"><a class="text-decoration-none" href="([^"]+)".*?Ngày đăng: (\d\d/\d\d/\d{4})', first, re.S
    ):
        stamp = by_slug[href]["published_at"]
        assert day == f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"


def test_sort_links_reorder_and_are_kept_by_the_pager(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/tin-tuc.html?sort=cu-nhat")
    oldest = [f"{s.slug}.html" for s in reversed(portal.newest())][: portal.PER_PAGE]
    assert _items(body) == oldest
    assert f'href="{server.base_url}/tin-tuc.html?sort=cu-nhat&p=2"' in body
    _, other, _ = fetch(server, "/tin-tuc.html?p=2&sort=xem-nhieu&utm_source=zalo")
    assert _items(other) and _items(other) != _items(body)


def test_post_under_its_related_pager_is_the_same_article(server: PortalServer) -> None:
    with_alts = [g for g in portal.GOLD if g.get("alt_paths")]
    assert with_alts
    for gold in with_alts:
        _, plain, _ = fetch(server, gold["path"])
        for alt in gold["alt_paths"]:
            _, body, _ = fetch(server, alt)
            assert _content(body) == _content(plain)
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
        assert f'href="{server.base_url}{gold["alt_paths"][-1]}"' in plain
    no_alts = [g for g in portal.GOLD if not g.get("alt_paths")]
    for gold in no_alts:
        _, body, _ = fetch(server, gold["path"])
        assert '<div class="pagination">' not in body


def test_language_switch_search_and_not_found(server: PortalServer) -> None:
    for lang in ("en", "vi"):
        status, _, headers = fetch(server, f"/lang/{lang}")
        assert status == 302 and headers["Location"] == server.base_url + "/"
        assert headers["Set-Cookie"].startswith(f"lang={lang}")
    _, home, _ = fetch(server, "/")
    assert 'href="lang/en"' in home
    _, found, _ = fetch(server, "/tim-kiem.html?keyword=n%C4%83m+h%E1%BB%8Dc")
    assert len(_items(found)) == 3 and "(4 kết quả)" in found and "keyword=n%C4%83m%20h%E1%BB%8Dc&p=2" in found
    _, none, _ = fetch(server, "/tim-kiem.html?keyword=xyz")
    assert "Không tìm thấy kết quả" in none
    status, body, _ = fetch(server, "/bai-khong-ton-tai.html")
    assert status == 404 and "không tồn tại" in body
    assert fetch(server, "/tin-tuc")[0] == 404
    assert fetch(server, "/upload/file/" + portal.DOCUMENTS[0][3])[2]["Content-Type"] == "application/pdf"


def test_standing_pages_print_no_date(server: PortalServer) -> None:
    for target in ("/gioi-thieu.html", "/thu-vien-anh.html", "/album-ngay-hoi-stem-2026.html"):
        _, body, _ = fetch(server, target)
        main = body.split('<div class="left-column">', 1)[1].split('<div class="right-column">', 1)[0]
        assert "Ngày đăng" not in main and 'class="title-news-detail"' not in main


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
