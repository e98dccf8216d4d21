"""Self-check of the Drupal 8 Views (Phòng GD&ĐT Cẩm Xuyên) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target and NON_ARTICLE answers 200,
that the gold is well formed and printed on its page (after entities and NFC), that the submitted
line's weekday abbreviation and date agree with the gold, that a browser-like walk of links from
START_PATH reaches every article and stays finite, and that the traps behave as documented:
``/node/N`` repeats the article with a canonical to the alias, the exposed filter and sort links
multiply ``/tin-tuc``, pagers count from 0 and clamp past the end, ``/views/ajax`` is never
linked, one node is NFD and one carries entities.
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

from . import drupal8_views_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_WD = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _article(page: str) -> str:
    return re.search(
        r'<article role="article"[^>]*node--type-article.*?</article>', page, re.S
    ).group(0)


def _field(region: str, name: str) -> str:
    m = re.search(
        rf'<div[^>]*class="field field--name-{name} [^"]*">(.*?)</div>(?=<div class="field|<span|<ul|</div>)',
        region,
        re.S,
    )
    return m.group(1) if m else ""


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (files linked, not fetched)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay finite"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            if href.startswith("#"):
                continue
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "drupal8_views_pgd"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert image["caption"] is None or not image["caption"].upper().endswith(".JPG")
        assert not image["caption"] or image["caption"] not in gold["body"]
    assert gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [f"/node/{gold['alt_paths'][0].rsplit('/', 1)[1]}"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\0"]:
        assert not re.search(
            rf"(Tin|Ảnh|ảnh|Bài, ảnh|Nguồn|Tác giả): {re.escape(name)}", gold["body"]
        )
    assert "admin" not in gold["authors"] and "bientap" not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(
        r'<h1 class="page-header"><span [^>]*field--name-title[^>]*>(.*?)</span></h1>', page
    )
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _article(page)
    body = _reader(_field(region, "body"))
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in body, paragraph[:60]
    shown = _reader(region)
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"], quote=False)}"' in region
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
    # the submitted line: "Gửi bởi <account> vào T5, 12/11/2026 - 08:30"
    m = re.search(r"Gửi bởi (\w+) vào (T[2-7]|CN), (\d\d/\d\d/\d{4} - \d\d:\d\d)", shown)
    assert m and m.group(1) in ("admin", "bientap")
    when = datetime.strptime(m.group(3), "%d/%m/%Y - %H:%M")
    assert _WD[when.weekday()] == m.group(2)
    assert when.strftime("%Y-%m-%dT%H:%M:00+07:00") == gold["published_at"]
    category = re.search(
        r'field--name-field-category.*?<div class="field--item">(.*?)</div>', region
    )
    assert _reader(category.group(1)) == gold["category"]
    assert gold["path"].split("/")[2] in {slug for slug in portal.CATS}


def test_node_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (node,) = gold["alt_paths"]
        page = _get(server, node)[1]
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert f'<link rel="shortlink" href="{server.base_url}{node}" />' in page
        assert _article(page) == _article(_get(server, gold["path"])[1])


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert {a for g in portal.GOLD for a in g["alt_paths"]} & set(walk), "old /node/N links"
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    filtered = [t for t in walk if t.startswith("/tin-tuc?") and "page=" not in t.split("?")[1][:5]]
    assert len(filtered) > 20, "the filter and sort links multiply /tin-tuc"
    assert not any(t.startswith("/views/ajax") for t in walk)


def test_listings_paginate_from_zero(server: PortalServer) -> None:
    cat = "/chuyen-muc/hoat-dong-giao-duc"
    first = _get(server, cat)[1]
    assert first == _get(server, cat + "?page=0")[1]
    assert 'href="?page=1"' in first and "tiếp theo ›" in first and "cuối cùng »" in first
    third = _get(server, cat + "?page=2")[1]
    assert "« đầu tiên" in third and "‹ trước" in third and "tiếp theo ›" not in third
    assert third == _get(server, cat + "?page=9")[1], "past the end: the last page"
    rows = re.findall(r'views-field-title"><span class="field-content"><a href="([^"]+)"', third)
    assert rows == [portal.article_path(s) for s in portal.in_cat("hoat-dong-giao-duc")[6:]]
    news = _get(server, "/tin-tuc?field_category_target_id=4&sort_by=title&sort_order=ASC")[1]
    assert "Không tìm thấy" not in news
    filtered = _get(server, "/tin-tuc?field_category_target_id=3&page=1")[1]
    assert 'href="?field_category_target_id=3&amp;page=0"' in filtered
    assert "tiếp theo ›" not in filtered
    front = _get(server, "/")[1]
    assert 'href="?page=1"' in front and "Xem thêm ››" in front
    last = _get(server, "/?page=2")[1]
    assert "Xem thêm ››" not in last and "‹‹ Quay lại" in last


def test_views_ajax_is_never_linked(server: PortalServer) -> None:
    front = _get(server, "/")[1]
    assert '"ajax_path":"\\/views\\/ajax"' in front
    assert 'href="/views/ajax' not in front
    assert _get(server, "/views/ajax")[0] == 404
    status, body, headers = fetch(
        server, "/views/ajax?view_name=tin_moi&view_display_id=block_2&page=1"
    )
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert body.startswith("[")


def test_non_articles_carry_no_article_text(server: PortalServer) -> None:
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        node = re.search(r"<article .*?</article>", page, re.S).group(0)
        assert "field--name-body" not in node and doc.file in page and doc.number in page
        assert _get(server, doc.file)[0] == 200
    for album in portal.ALBUMS:
        page = _get(server, album.path)[1]
        node = re.search(r"<article .*?</article>", page, re.S).group(0)
        assert "field--name-body" not in node and 'class="colorbox"' in page
    intro = _get(server, "/gioi-thieu")[1]
    assert 'class="book-navigation"' in intro and 'href="/book/export/html/2"' in intro
    child = _get(server, "/co-cau-to-chuc")[1]
    assert ">Lên</a>" in child and "‹ Chức năng, nhiệm vụ" in child
    assert "Tên người dùng" in _get(server, "/user/login?destination=/node/412%23comment-form")[1]
    assert "Thành viên trong" in _get(server, "/user/1")[1]
    assert _get(server, "/user/2")[0] == 403
    assert _get(server, "/tin-tuc/hoat-dong-giao-duc/khong-co-bai-nay")[0] == 404
    rss = _get(server, "/rss.xml")[1]
    assert rss.count("<item>") == 10 and f"{server.base_url}{portal.GOLD[0]['path']}" in rss


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _, _, h in pages.values())
    regions = {p: _field(_article(b), "body") for p, (_, b, _) in pages.items()}
    nfd = [p for p, r in regions.items() if not unicodedata.is_normalized("NFC", r)]
    assert nfd == [portal.article_path(portal._BY_ID[395])]
    ents = [p for p, r in regions.items() if re.search(r"&#\d+;", r) and re.search(r"&[a-z]+;", r)]
    assert ents == [portal.article_path(portal._BY_ID[365])]
    any_page = next(iter(pages.values()))[1]
    assert f"Hôm nay: {portal.TODAY}" in any_page
    assert "Thống kê truy cập" in any_page and "Đường dây nóng" in any_page
