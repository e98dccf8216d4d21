"""Self-check of the Angular SSR fixture (Phòng GD&ĐT huyện Kim Sơn): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target and
NON_ARTICLE answers 200 in UTF-8, that the gold is well formed and printed on its page (the
title, every paragraph, the date line, bylines, captions, the content's images), that a walk of
``<a href>`` links from START_PATH reaches every article and listed page, and that the platform's
marks and traps behave as the module says: emulated-encapsulation attributes on template markup
but not on the [innerHTML] body, ``ng-reflect-router-link`` cut at 30 characters, the transfer
state holding the post, the ngx-pagination pager, ``?page=`` past the end, the 404 app shell, the
JSON API, ``?lang=en`` and the old-slug twins, the UTC meta time 7 hours late.
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

from . import angular_ssr_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_FILES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|json)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
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
        # <base href="/">: every relative address resolves against the root
        target = _local(server, urljoin(server.url("/"), href))
        if target:
            out.append(target)
    return out


def _region(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def _content(body: str) -> str:
    return _region(body, 'class="news-content ck-content">', "</div><app-news-author")


def _state(body: str) -> dict:
    raw = re.search(r'<script id="ng-state" type="application/json">(.*?)</script>', body, re.S).group(1)
    assert "<" not in raw
    return json.loads(raw)


def test_contract_shape() -> None:
    assert portal.NAME == "angular_ssr_pgd" and portal.PLATFORM == "angular_ssr"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(alts)) == len(alts) and not set(alts) & (set(paths) | set(portal.NON_ARTICLES))
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
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
        assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert not re.match(r"(ThS|TS|Cô|Thầy|GV)\.?\s", name) and " - " not in name
        assert name not in ("admin", "bientap.kimson", "Quản trị viên", "BBT", "Ban biên tập")


def test_every_gold_and_non_article_target_answers_200_in_utf8(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    for target in targets:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert headers["Content-Type"] == "text/html; charset=utf-8", target
        assert '<meta charset="utf-8">' in body
        text = _reader_text(body)
        assert unicodedata.is_normalized("NFC", text), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    story = next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _reader_text(body)
    assert re.search(rf'<h1 _ngcontent-ng-c\d+="" class="news-title">{re.escape(html.escape(gold["title"]))}</h1>', body)
    article = _reader_text(_region(body, 'class="news-title">', "<app-news-author"))
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in article, paragraph[:60]
    if story.sapo_outside:
        assert _reader_text(_region(body, 'class="news-summary ng-star-inserted">', "</div>")) == gold["summary"]
    else:
        assert 'class="news-summary' not in body
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    if "author_field" in story.opts:
        assert f'person Tác giả: {story.opts["author_field"]}' in page
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page
    content = _content(body)
    assert "_ngcontent" not in content and "_nghost" not in content
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert srcs == [i["path"] for i in gold["images"]]
    figures = re.findall(r"<figure class=\"image[^\"]*\"[^>]*>(.*?)</figure>", content)
    assert len(figures) == len(gold["images"])
    for fig, img, block in zip(figures, gold["images"], story.images, strict=True):
        printed = re.search(r"<figcaption>(.*?)</figcaption>", fig)
        assert (printed and html.unescape(printed.group(1))) == (block.printed or None)
        if img["caption"]:
            assert img["caption"] in _reader_text(fig)
    stamp = gold["published_at"]
    line = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]} " + (stamp[11:16] if "T" in stamp else "00:00")
    assert f"schedule {line}" in page
    crumbs = _region(body, '<ol _ngcontent-ng-c2208839412="" class="breadcrumb-list">', "</ol>")
    assert re.findall(r'href="/tin-tuc/chuyen-muc/[^"]+">([^<]+)</a>', crumbs)[-1] == gold["category"]
    assert portal.TODAY in page and "Tin liên quan" in page and "Thống kê truy cập" in page
    assert portal.ADDRESS in page and portal.HOTLINE in page
    assert 'rel="canonical"' not in body
    assert "background-image" not in content
    # the transfer state carries the post the page was rendered from
    state = _state(body)
    posts = [v["b"]["data"] for k, v in state.items() if k != "__nghData__" and isinstance(v["b"].get("data"), dict) and "noiDung" in v["b"]["data"]]
    assert len(posts) == 1 and posts[0]["id"] == story.id and posts[0]["tieuDe"] == gold["title"]
    assert posts[0]["noiDung"] == html.unescape(content) or _reader_text(posts[0]["noiDung"]) == _reader_text(content)


def test_platform_marks(server: PortalServer) -> None:
    _, body, headers = fetch(server, portal.GOLD[0]["path"])
    assert headers.get("X-Powered-By") == "Express"
    assert '<app-root _nghost-ng-c3912004117="" ng-version="17.3.0" ng-server-context="ssr">' in body
    for tag in ("app-header", "app-breadcrumb", "app-news-detail", "app-news-card", "app-sidebar", "app-footer"):
        assert re.search(rf"<{tag} [^>]*_nghost-ng-c\d+", body), tag
    assert "ng-star-inserted" in body and "<!--container-->" in body and "<!--nghm-->" in body
    assert '<!--bindings={\n  "ng-reflect-ng-if": "true"\n}-->' in body or '"ng-reflect-ng-if": "false"' in body
    assert '<base href="/">' in body and '<style ng-app-id="ng">' in body
    assert ">schedule</mat-icon>" in body and ">visibility</mat-icon>" in body and ">person</mat-icon>" in body
    assert '<mat-divider _ngcontent-ng-c1873364520="" role="separator"' in body
    # every element the app's templates wrote carries its component's attribute
    root = _region(body, "<app-root", "</app-root>")
    root = re.sub(r'class="news-content ck-content">.*?</div><app-news-author', "", root, flags=re.S)
    for m in re.finditer(r"<([a-zA-Z][\w-]*)([^>]*)>", root.split(">", 1)[1]):
        assert "_ngcontent-ng-c" in m.group(2), m.group(0)[:80]
    # every routerLink anchor: href plus Angular's dev-mode reflection, cut at 30 characters
    cut = 0
    for attrs in re.findall(r"<a ([^>]*ng-reflect-router-link[^>]*)>", body):
        reflected = html.unescape(re.search(r'ng-reflect-router-link="([^"]*)"', attrs).group(1))
        href = html.unescape(re.search(r'href="([^"]*)"', attrs).group(1))
        assert len(reflected) <= 30 and href.startswith(reflected)
        if len(href.split("?")[0]) > 30:
            cut += 1
            assert fetch(server, reflected)[0] == 404
    assert cut >= 5


def test_pager_and_listings_list_every_article_once(server: PortalServer) -> None:
    assert portal.pages() >= 3
    listed: list[str] = []
    for n in range(1, portal.pages() + 1):
        target = "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}"
        _, body, _ = fetch(server, target)
        pager = _region(body, '<ul class="ngx-pagination" role="navigation">', "</ul>")
        assert f'<li class="current"><span aria-live="polite"><span class="show-for-sr">You\'re on page</span><span>{n}</span>' in pager
        if n == 1:
            assert '<li class="pagination-previous disabled">' in pager
        else:
            assert f'href="/tin-tuc?page={n - 1}">Trước<span class="show-for-sr">page</span></a></li>' in pager
        if n < portal.pages():
            assert f'<li class="pagination-next"><a aria-label="Next page" ng-reflect-router-link="/tin-tuc" ng-reflect-query-params="[object Object]" href="/tin-tuc?page={n + 1}">Sau' in pager
        else:
            assert '<li class="pagination-next disabled">' in pager
        grid = _region(body, 'class="news-grid">', "<pagination-controls")
        listed += list(dict.fromkeys(re.findall(r'<h3 [^>]*class="news-card__title"><a [^>]*href="([^"]+)"', grid)))
    assert listed == [portal.article_path(s) for s in portal.newest()]
    for cat in portal.CATS:
        got: list[str] = []
        for n in range(1, portal.pages(cat) + 1):
            _, body, _ = fetch(server, f"{portal.list_path(cat)}?page={n}")
            grid = _region(body, 'class="news-grid">', "<pagination-controls")
            got += re.findall(r'<h3 [^>]*class="news-card__title"><a [^>]*href="([^"]+)"', grid)
        assert got == [portal.article_path(s) for s in portal.newest(cat)]
    assert portal.pages("tin-hoat-dong") == 2


def test_page_past_the_end_is_an_empty_200(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/tin-tuc?page=9")
    assert status == 200 and "Không có bài viết nào." in body
    grid = _region(body, 'class="news-grid">', "<pagination-controls")
    assert "news-card__title" not in grid
    assert 'href="/tin-tuc?page=8">Trước' in body and '<li class="pagination-next disabled">' in body
    assert '<li class="current">' not in body


def test_not_found_is_the_app_shell_with_404(server: PortalServer) -> None:
    for target in ("/khong-co-trang-nay", "/tin-tuc/bai-da-xoa-99999", "/tin-tuc/chuyen-muc/khong-co", "/van-ban/1", "/thu-vien-anh/sai-ten-14"):
        status, body, _ = fetch(server, target)
        assert status == 404, target
        assert "<app-not-found" in body and "Không tìm thấy trang" in body and 'ng-server-context="ssr"' in body
        assert "<app-header" in body and "<app-footer" in body


def test_api_answers_the_listing_as_json(server: PortalServer) -> None:
    status, raw, headers = fetch(server, "/api/tin-tuc?page=2&size=6")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    doc = json.loads(raw)
    assert [i["id"] for i in doc["data"]["items"]] == [s.id for s in portal.newest()[6:12]]
    assert doc["data"]["totalCount"] == len(portal.GOLD)
    status, raw, _ = fetch(server, "/api/tin-tuc?page=1&size=4&chuyenMuc=thong-bao")
    assert [i["id"] for i in json.loads(raw)["data"]["items"]] == [s.id for s in portal.newest("thong-bao")]
    status, raw, _ = fetch(server, "/api/tin-tuc/1258")
    assert status == 200 and json.loads(raw)["data"]["tacGia"] == "ThS. Đinh Văn Quang"
    for target in ("/api/tin-tuc/4", "/api/khong-co", "/api/tin-tuc?chuyenMuc=xyz"):
        status, raw, headers = fetch(server, target)
        assert status == 404 and json.loads(raw)["title"] == "Not Found"
    # the listing page's transfer state holds the same entries as its cards
    _, body, _ = fetch(server, "/tin-tuc?page=2")
    lists = [v["b"]["data"] for k, v in _state(body).items() if k != "__nghData__" and v["u"].endswith("page=2&size=4")]
    assert [i["id"] for i in lists[0]["items"]] == [s.id for s in portal.newest()[4:8]]
    _, robots, _ = fetch(server, "/robots.txt")
    assert "Disallow: /api/" in robots
    status, raw, _ = fetch(server, "/assets/i18n/vi.json")
    assert status == 200 and json.loads(raw)["news"] == "Tin tức"
    status, _, headers = fetch(server, "/assets/images/logo-pgd.png")
    assert status == 200 and headers["Content-Type"].startswith("image/")


def test_alternative_addresses_serve_the_same_article(server: PortalServer) -> None:
    assert sum(len(g["alt_paths"]) for g in portal.GOLD) == len(portal.GOLD) + 1
    for gold in portal.GOLD:
        _, own, _ = fetch(server, gold["path"])
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _reader_text(_content(body)) == _reader_text(_content(own))
            assert f'class="news-title">{html.escape(gold["title"])}</h1>' in body
            if alt.endswith("?lang=en"):
                assert '<html lang="en"' in body and "Related news" in body
                assert ("person Author:" in _reader_text(body)) == ("person Tác giả:" in _reader_text(own))
    # the slider links the edited post under its old slug; the page itself links the ?lang=en twin
    _, home, _ = fetch(server, "/")
    stem = portal.old_path(portal._BY_ID[1258])
    assert f'href="{stem}"' in home and portal.article_path(portal._BY_ID[1258]) not in _region(home, 'class="slider"', "</section>")
    _, post, _ = fetch(server, portal.GOLD[0]["path"])
    assert f'href="{portal.GOLD[0]["path"]}?lang=en">EN</a>' in post


def test_dates_meta_is_utc_mislabelled_and_update_stamp_is_shown(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        meta = re.search(r'<meta property="article:published_time" content="([^"]+)">', body).group(1)
        stamp = gold["published_at"]
        local = stamp[:16] if "T" in stamp else stamp + "T00:00"
        assert meta == f"{local}:00.000Z"  # the local clock written as UTC: 7 hours late
    _, body, _ = fetch(server, "/tin-tuc/thong-bao-dieu-chinh-thoi-gian-lam-viec-mua-dong-cua-phong-gd-dt-1234")
    assert "update Cập nhật: 03/11/2026 08:12" in _reader_text(body)


def test_walk_of_links_reaches_every_page(server: PortalServer) -> None:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not _FILES.search(link.split("?")[0]) and link not in seen:
                queue.append(link)
        assert len(seen) < 400
    assert {g["path"] for g in portal.GOLD} <= set(seen)
    assert set(portal.NON_ARTICLES) <= set(seen)
    assert all(a in seen for g in portal.GOLD for a in g["alt_paths"])
    assert not [t for t, s in seen.items() if s != 200]
    assert not [t for t in seen if t.startswith("/api/")]


def test_attachments_and_documents_are_files(server: PortalServer) -> None:
    for doc in portal.DOCS:
        _, body, _ = fetch(server, f"/van-ban/{doc.id}")
        assert f'href="{portal.doc_file(doc)}"' in body
        status, _, headers = fetch(server, portal.doc_file(doc))
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, headers = fetch(server, "/uploads/files/2026/11/KH-hoi-thi-GVDG-MN-2026.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[1]["path"], "/", "/tin-tuc?page=2"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
