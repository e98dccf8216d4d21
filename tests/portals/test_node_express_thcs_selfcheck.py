"""Self-check of the Express + EJS + MongoDB school portal: the fixture against itself, never the crawler.

Why: the portal is crawled once, blind; a gold target that does not answer, a gold paragraph the
page does not print, or an article no link reaches would waste that crawl. Nothing here imports
the crawler beyond the demo server. It also pins down the platform's quirks the docstring
promises: id and slug URLs of one post (canonical only on slugged posts), the always-on "Sau"
link into empty pages, the JSON behind a data-url, Express's "Cannot GET" 404 and Quill's markup.
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

from . import node_express_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
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
        if "${" in href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _content(body: str) -> str:
    return body.split('<div class="ql-editor noi-dung px-0">', 1)[1].split("</div></div>", 1)[0]


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "node_express_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(portal.pages_of(c) for c in portal.CATS) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
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
    for line in ("Người viết", "Tin, ảnh", "Nguồn:", "Đăng bởi"):
        assert line not in gold["body"]
    story = _story(gold)
    if portal.has_slug(story):
        assert gold["alt_paths"] == [portal.id_path(story)] and gold["path"] == f"/bai-viet/{story.slug}"
    else:
        assert "alt_paths" not in gold and re.fullmatch(r"/bai-viet/[0-9a-f]{24}", gold["path"])


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["X-Powered-By"] == "Express" and '<meta charset="UTF-8">' in body
    page = _reader_text(body)
    assert f'<h1 class="tieu-de h3 text-primary fw-bold">{html.escape(gold["title"])}</h1>' in body
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in page, paragraph[:60]
    if gold["summary"]:
        assert f'<p class="tom-tat fw-bold">{html.escape(gold["summary"])}</p>' in body
        assert gold["summary"] not in _reader_text(_content(body))
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    content = _content(body)
    srcs = re.findall(r'<p><img src="([^"]+)" width="100%"></p>', content)
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        after = content.split(f'<img src="{img["path"]}" width="100%"></p>', 1)[1]
        if img["caption"]:
            # printed as is, or wrapped in parentheses the gold leaves out (harmonised)
            shown = (html.escape(img["caption"]), f"({html.escape(img['caption'])})")
            assert any(after.startswith(f'<p class="ql-align-center"><em>{c}</em></p>') for c in shown)
        else:
            assert not after.startswith('<p class="ql-align-center"><em>')
    # date: "dd-mm-yyyy HH:MM" in the meta line, Mongo's UTC stamp in data-ngay
    stamp = gold["published_at"]
    shown = f"{stamp[8:10]}-{stamp[5:7]}-{stamp[:4]} {stamp[11:16]}"
    meta = re.search(r'<span class="ngay-dang" data-ngay="([^"]+)"><i class="bi bi-calendar3"></i> ([^<]+)</span>', body)
    assert meta.group(2) == shown
    assert meta.group(1) == portal.datetime.fromisoformat(stamp).astimezone(portal.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body).group(1)
    assert re.findall(r'<a href="/chuyen-muc/[^"]+">([^<]+)</a>', crumbs)[-1] == html.escape(gold["category"])
    assert portal.TODAY in page and "Lượt truy cập: 9.876" in page and "Đăng bởi: admin" in page
    assert "Tin khác" in page and "Bảng tin" in page and portal.HOTLINE in page
    assert '<div class="card-body" id="weather-widget"></div>' in body


def test_quill_markup_is_as_stored(server: PortalServer) -> None:
    everything = "".join(_content(fetch(server, g["path"])[1]) for g in portal.GOLD)
    assert "<ul" not in everything and "<figure" not in everything and 'style="' not in everything
    assert '<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>' in everything
    assert '<ol><li data-list="ordered"><span class="ql-ui" contenteditable="false"></span>' in everything
    assert "<h2>" in everything and "<p><br></p>" in everything
    assert '<p class="ql-align-right"><em>Tổ Sử - Địa</em></p>' in everything
    assert '<p class="ql-align-right"><strong>Người viết: ' in everything
    # the slogan is centred italic but follows no image: body, not a caption
    slogan = '<p class="ql-align-center"><em>“Mỗi ngày đến trường là một ngày vui”</em></p>'
    assert slogan in everything and not everything.split(slogan)[0].endswith('width="100%"></p>')
    assert any("“Mỗi ngày đến trường là một ngày vui”" in g["body"].split("\n\n") for g in portal.GOLD)


def test_id_and_slug_urls_serve_the_same_post(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, by_id, _ = fetch(server, portal.id_path(story))
        canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', by_id)
        if portal.has_slug(story):
            _, by_slug, _ = fetch(server, portal.article_path(story))
            assert by_slug == by_id
            assert canonical == [server.url(f"/bai-viet/{story.slug}")]
        else:
            assert canonical == []
            # an old post has no slug: a made-up one finds nothing
            assert fetch(server, f"/bai-viet/bai-viet-so-{story.id}")[0] == 404


def test_listings_pager_and_endless_next(server: PortalServer) -> None:
    for cat in portal.CATS:
        last = portal.pages_of(cat)
        listed: list[str] = []
        for n in range(1, last + 1):
            _, body, _ = fetch(server, f"/chuyen-muc/{cat}?trang={n}")
            pager = re.search(r'<ul class="pagination[^"]*">(.*?)</ul>', body).group(1)
            labels = re.findall(r">([^<>]+)</(?:a|span)>", pager)
            assert labels == ["Trước", *map(str, range(1, last + 1)), "Sau"]
            cards = re.findall(r'<h5 class="card-title fs-6"><a href="([^"]+)"', body)
            listed += cards
        assert listed == [portal.article_path(s) for s in portal.newest(cat)]
        assert fetch(server, f"/chuyen-muc/{cat}")[1] == fetch(server, f"/chuyen-muc/{cat}?trang=1")[1]
        # past the end: 200, an empty notice, and a "Sau" link one further: never ends
        for n in (last + 1, last + 7):
            status, body, _ = fetch(server, f"/chuyen-muc/{cat}?trang={n}")
            assert status == 200 and "Không có bài viết nào trong chuyên mục này." in body
            assert f'href="/chuyen-muc/{cat}?trang={n + 1}">Sau</a>' in body
    assert portal.pages_of("tin-tuc-su-kien") == 3


def test_home_more_button_uses_data_url_and_json(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/")
    assert 'data-url="/api/bai-viet?trang=2"' in body
    assert "/api/bai-viet" not in "".join(_HREF.findall(body))
    status, raw, headers = fetch(server, "/api/bai-viet?trang=2")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    doc = json.loads(raw)
    assert doc["trang"] == 2 and doc["tongSoTrang"] == 2 and len(doc["baiViet"]) == portal.API_SIZE
    for post in doc["baiViet"]:
        assert re.fullmatch(r"[0-9a-f]{24}", post["_id"]) and post["ngayDang"].endswith(".000Z")
    assert json.loads(fetch(server, "/api/bai-viet?trang=9")[1])["baiViet"] == []


def test_object_ids_carry_the_creation_time() -> None:
    for story in portal.STORIES:
        oid = portal.object_id(story)
        assert len(oid) == 24
        assert int(oid[:8], 16) == int(portal.datetime.fromisoformat(story.published_at).timestamp())


def _walk(server: PortalServer) -> set[str]:
    """Targets reached by <a href> from the start page; listing pages past the end are not followed."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        m = re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)\?trang=(\d+)", target)
        if m and int(m.group(2)) > portal.pages_of(m.group(1)):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not re.search(r"\.(jpe?g|png|pdf|css|js|ico)$", link):
                queue.append(link)
    return seen


def test_every_article_and_non_article_is_reachable_by_links(server: PortalServer) -> None:
    seen = _walk(server)
    gold_paths = {g["path"] for g in portal.GOLD}
    assert gold_paths <= seen
    # old posts only by id; new posts by both (the "Bảng tin" sidebar links ids)
    assert {g["alt_paths"][0] for g in portal.GOLD if "alt_paths" in g} & seen
    assert set(portal.NON_ARTICLES) - {"/api/bai-viet?trang=2"} <= seen


def test_non_articles_are_what_they_say(server: PortalServer) -> None:
    _, board, _ = fetch(server, "/ban-giam-hieu")
    assert board.count('<div class="card text-center h-100 border-0 shadow-sm">') == 3
    assert "Phó Hiệu trưởng" in board and "Nguyễn Thị Bích Thủy" in board
    _, tkb, _ = fetch(server, "/thoi-khoa-bieu")
    assert "<table" in tkb and tkb.count("<tr>") == 5
    _, docs, _ = fetch(server, "/tai-lieu")
    for href, _, _ in portal.DOCS:
        assert f'href="{href}"' in docs
        status, _, headers = fetch(server, href)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert 'type="password"' in fetch(server, "/dang-nhap")[1]
    assert "Liên hệ" in fetch(server, "/lien-he")[1]


def test_not_found_pages(server: PortalServer) -> None:
    status, body, headers = fetch(server, "/abc")
    assert status == 404 and "<pre>Cannot GET /abc</pre>" in body and headers["X-Powered-By"] == "Express"
    status, body, _ = fetch(server, "/bai-viet/000000000000000000000000")
    assert status == 404 and "Bài viết không tồn tại hoặc đã bị xóa." in body
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(server, "/uploads/tai-lieu/khong-co.pdf")[0] == 404


def test_text_is_utf8_nfc(server: PortalServer) -> None:
    for target in [portal.GOLD[0]["path"], "/", "/gioi-thieu"]:
        _, body, headers = fetch(server, target)
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert unicodedata.is_normalized("NFC", body) and "&#" not in body


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
    assert fetch(server, "/")[1] == fetch(server, "/")[1]
