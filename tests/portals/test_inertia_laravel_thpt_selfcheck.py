"""Self-check of the Laravel + Inertia (Vue SSR) school portal: the fixture against itself only.

Why: the portal is crawled once, blind; a gold target that 404s, a paragraph the page does not
print, or an article nothing reaches would waste that crawl. Nothing here imports the crawler
beyond the demo server. It also pins down what the platform is: every page carries the Inertia
page object in ``data-page`` beside the server-rendered markup, the JSON dates are UTC (one of
them on the previous day), listings use Laravel's paginator links, and the traps (empty pages
past the end, sort links, the editor's preview link, Breeze auth pages) behave as described.
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

from . import inertia_laravel_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
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
    markup = re.sub(r"</?(?:a|strong|em|b|i|span)\b[^>]*>", "", markup)  # inline: no word break
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
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _data_page(body: str) -> dict:
    return json.loads(html.unescape(re.search(r'<div id="app" data-page="([^"]*)"', body).group(1)))


def _gold_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def test_contract_shape() -> None:
    assert portal.NAME == "inertia_laravel_thpt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    assert max(g["published_at"][:10] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    # notices print a time, news posts a date only
    assert ("T" in gold["published_at"]) == gold["path"].startswith("/thong-bao/")
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"}
        assert img["caption"] is None or img["caption"] not in paragraphs


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta charset="utf-8">' in body
    page = _reader_text(body)
    assert f'<h1 class="text-3xl font-bold leading-tight text-slate-900" data-v-3a91c0d5>{html.escape(gold["title"])}</h1>' in body
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in page, paragraph[:60]
    if gold["summary"]:
        assert f'<p class="mt-5 text-lg font-medium leading-relaxed text-slate-700">{html.escape(gold["summary"], quote=False)}</p>' in body
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page
    content = body.split('<div class="ck-content', 1)[1].split("</div>", 1)[0]
    assert re.findall(r'<img [^>]*src="([^"]+)"', content) == [i["path"] for i in gold["images"]]
    captions = [_reader_text(c) for c in re.findall(r"<figcaption>(.*?)</figcaption>", content)]
    assert captions == [i["caption"] for i in gold["images"] if i["caption"]]
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" inertia="canonical">' in body
    crumbs = re.search(r'<nav aria-label="Breadcrumb".*?</nav>', body).group(0)
    assert re.findall(r'<a href="[^"]+" class="hover:text-sky-700">([^<]+)</a>', crumbs)[-1] == gold["category"]
    stamp = gold["published_at"]
    day = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
    if "T" in stamp:
        assert f"<span>Đăng lúc {stamp[11:16]} - {day}</span>" in body
    else:
        assert f"</svg> {day}</span>" in body and "lượt xem" in page
        assert "Bài viết liên quan" in page
    assert portal.TODAY in page and "Tổng lượt truy cập" in page and portal.HOTLINE in page
    assert "Tin mới nhất" in page and "Website sử dụng cookie" in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_data_page_carries_the_whole_post_with_utc_dates(server: PortalServer, gold: dict) -> None:
    _, body, _ = fetch(server, gold["path"])
    doc = _data_page(body)
    assert doc["component"] in ("News/Show", "Notices/Show") and doc["url"] == gold["path"]
    post = doc["props"]["post"]
    assert post["title"] == gold["title"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000000Z", post["published_at"])
    assert post["updated_at"] >= post["published_at"]
    assert "<p>" in post["content"] and "&lt;p&gt;" in body  # the body HTML, escaped in the attribute


def test_json_date_of_post_412_is_the_previous_day(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"].endswith("ngay-nha-giao-viet-nam-20-11"))
    _, body, _ = fetch(server, gold["path"])
    assert _data_page(body)["props"]["post"]["published_at"] == "2026-11-19T23:15:00.000000Z"
    assert gold["published_at"] == "2026-11-20" and "</svg> 20/11/2026</span>" in body


def test_x_inertia_visit_answers_the_page_object(server: PortalServer) -> None:
    import urllib.request

    from ._selfcheck import NO_REDIRECTS

    gold = portal.GOLD[1]
    req = urllib.request.Request(server.url(gold["path"]), headers={"X-Inertia": "true"})
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.headers["X-Inertia"] == "true"
        doc = json.loads(resp.read().decode("utf-8"))
    assert doc["props"]["post"]["title"] == gold["title"]


def _walk(server: PortalServer) -> set[str]:
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
            if not re.search(r"\.(jpe?g|png|pdf|css|js|ico)$", link):
                queue.append(link)
    return seen


def test_everything_is_reachable_by_links_and_the_sitemap(server: PortalServer) -> None:
    seen = _walk(server)
    assert _gold_paths() <= seen
    assert set(portal.NON_ARTICLES) <= seen
    _, robots, _ = fetch(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, headers = fetch(server, sitemap)
    assert headers["Content-Type"].startswith("text/xml")
    assert _gold_paths() <= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}


def test_laravel_paginator_links(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/hoat-dong-giao-duc")
    meta = _data_page(body)["props"]["posts"]
    assert meta["last_page"] >= 3 and meta["per_page"] == portal.CAT_PER_PAGE
    assert "&laquo; Trước</span>" in body and "Sau &raquo;</a>" in body
    assert f'href="{server.base_url}/tin-tuc/danh-muc/hoat-dong-giao-duc?page=1"' in body
    _, body3, _ = fetch(server, "/tin-tuc/danh-muc/hoat-dong-giao-duc?page=3")
    assert "Sau &raquo;</span>" in body3 and "page=2" in body3
    listed = []
    for n in range(1, meta["last_page"] + 1):
        _, b, _ = fetch(server, f"/tin-tuc/danh-muc/hoat-dong-giao-duc?page={n}")
        listed += [p for p in _links(server, "/", b.split("<main>", 1)[1].split("<aside", 1)[0]) if p in _gold_paths()]
    want = [portal.article_path(s) for s in portal.newest("hoat-dong-giao-duc")]
    assert list(dict.fromkeys(listed)) == want


def test_page_past_the_end_is_an_empty_200(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/tin-tuc?page=999")
    assert status == 200 and "Chưa có bài viết nào." in body
    main = body.split("<main>", 1)[1].split("<aside", 1)[0]
    assert not set(_links(server, "/", main)) & _gold_paths()
    assert f'href="{server.base_url}/tin-tuc?page=998"' in body


def test_sort_links_multiply_listings(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/tin-tuc")
    for key in ("moi-nhat", "xem-nhieu", "cu-nhat"):
        assert f'href="/tin-tuc?sort={key}"' in body
    status, sorted_body, _ = fetch(server, "/tin-tuc?sort=xem-nhieu")
    assert status == 200 and "sort=xem-nhieu&amp;page=2" in sorted_body


def test_preview_link_serves_the_same_article(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g.get("alt_paths"))
    (alt,) = gold["alt_paths"]
    linker = next(g for g in portal.GOLD if "chuyen-mon-dau-nam-hoc" in g["path"])
    _, body, _ = fetch(server, linker["path"])
    assert f'<a href="{alt}">tại đây</a>' in body
    status, preview, _ = fetch(server, alt)
    assert status == 200 and "Bản xem trước" in preview
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" inertia="canonical">' in preview
    page = _reader_text(preview)
    assert all(p in page for p in gold["body"].split("\n\n"))


def test_auth_pages_admin_and_not_found(server: PortalServer) -> None:
    for target, word in (("/login", "Mật khẩu"), ("/register", "Nhập lại mật khẩu"), ("/forgot-password", "Quên mật khẩu")):
        status, body, _ = fetch(server, target)
        assert status == 200 and word in body and 'name="_token"' in body
    status, _, headers = fetch(server, "/admin/posts/412/edit")
    assert status == 302 and headers["Location"].endswith("/login")
    assert fetch(server, "/tin-tuc/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/tin-tuc/danh-muc/thong-bao")[0] == 404
    notice = next(g for g in portal.GOLD if g["path"].startswith("/thong-bao/"))
    assert fetch(server, "/tin-tuc/" + notice["path"].rsplit("/", 1)[1])[0] == 404


def test_non_articles_are_what_they_say(server: PortalServer) -> None:
    _, docs, _ = fetch(server, "/van-ban")
    pdfs = re.findall(r'href="(/storage/van-ban/[^"]+\.pdf)"', docs)
    assert len(pdfs) == 4 and all(fetch(server, p)[0] == 200 for p in pdfs)
    _, album, _ = fetch(server, "/thu-vien-anh/khai-giang-nam-hoc-2026-2027")
    assert album.count("<figcaption") == 5
    _, admission, _ = fetch(server, "/tuyen-sinh")
    assert 'action="/tuyen-sinh/dang-ky"' in admission
    _, staff, _ = fetch(server, "/doi-ngu")
    assert "Bí thư Đoàn trường" in staff


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
