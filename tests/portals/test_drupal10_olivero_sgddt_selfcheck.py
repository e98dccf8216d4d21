"""Self-check of the Drupal 10 / Olivero (Sở GD&ĐT Tuyên Quang) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative and NON_ARTICLE
answers 200; that the gold is well formed and printed on its page (after entities, ``&nbsp;`` and
NFC); that a browser-like walk of links from START_PATH reaches every article and every listed
page (calendar weeks are followed only near today); and that the traps behave as the module
docstring says: the calendar's week links never end, ``/node/N`` is the same page with a canonical
to the alias, the pager is zero-based with query-only hrefs and clamps, the "Thông báo" date's
``datetime`` is noon UTC, the sitemap and feeds list the articles, book pages carry no date.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import drupal10_olivero_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|xsl)$|/feed$")
_CAT_NAMES = {name for _, name in portal.CATS.values()}


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
    inline = re.sub(r"</?(a|strong|em|span|b|i|time)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).split())


def _node(page: str) -> str:
    """The node's own ``<article class="node …">`` element."""
    start = page.index("<article data-history-node-id=")
    return page[start : page.index("</article>", page.index('class="node__links"', start)) + 10]


def _week(target: str) -> date | None:
    values = parse_qs(urlsplit(target).query).get("date")
    if not values or urlsplit(target).path != "/lich-cong-tac":
        return None
    return datetime.strptime(values[0], "%Y-%m-%d").date()


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; calendar days only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        day = _week(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            day and abs((day - portal.TODAY_DATE).days) > 10
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host or link.scheme not in ("http", "https"):
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "drupal10_olivero_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == _CAT_NAMES
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    assert any(len(g["authors"]) == 2 for g in portal.GOLD)
    assert any(g["source"] for g in portal.GOLD) and any(g["photographers"] for g in portal.GOLD)
    assert any(im["caption"] is None for g in portal.GOLD for im in g["images"])
    assert any(g["summary"] for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][17:55])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in _CAT_NAMES
    assert gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/tin-tuc/\d{4}/\d{2}/[a-z0-9-]+", gold["path"])
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Tác giả): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert "lượt xem" not in gold["body"] and "Chia sẻ" not in gold["body"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(node: str) -> str:
    """What a reader takes from the node: the visible submitted time, or "Ngày đăng" alone."""
    if m := re.search(r'class="datetime">[^,<]+, (\d\d/\d\d/\d{4} - \d\d:\d\d)</time>', node):
        when = datetime.strptime(m.group(1), "%d/%m/%Y - %H:%M")
        return when.strftime("%Y-%m-%dT%H:%M:00+07:00")
    m = re.search(
        r'<div class="field__label">Ngày đăng</div><div class="field__item"><time [^>]*>(\d\d)/(\d\d)/(\d{4})<',
        node,
    )
    assert m, "no date printed"
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"


def _field_values(node: str, label: str) -> list[str]:
    """The values of the inline-labelled field ``label`` (up to the next field)."""
    marker = f'<div class="field__label">{label}</div>'
    if marker not in node:
        return []
    rest = node.split(marker, 1)[1]
    rest = re.split(
        r'<div class="field field--|<div class="text-content|<div class="node__links', rest
    )[0]
    return [_reader(v) for v in re.findall(r'<div class="field__item">(.*?)</div>', rest)]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][17:55])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="title page-title"><span [^>]*>(.*?)</span></h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    node = _node(page)
    shown = _reader(node)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", node)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in node
        if image["caption"]:
            assert image["caption"] in shown
    credits = _field_values(node, "Tác giả")
    assert credits == [] or credits == gold["authors"]
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown
    assert _field_values(node, "Nguồn") == ([gold["source"]] if gold["source"] else [])
    assert _field_values(node, "Chuyên mục") == [gold["category"]]
    assert _printed_date(node) == gold["published_at"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    assert "Bởi bientap" not in " ".join(gold["authors"])


def test_summary_is_printed_as_the_sapo(server: PortalServer) -> None:
    for gold in portal.GOLD:
        if not gold["summary"]:
            continue
        node = _node(_get(server, gold["path"])[1])
        tom_tat = re.search(r"field--name-field-tom-tat[^>]*>(.*?)</div>", node)
        bold = re.search(r"field--name-body[^>]*><p><strong>(.*?)</strong></p>", node)
        assert (tom_tat or bold) and _reader((tom_tat or bold).group(1)) == gold["summary"]


def test_node_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (node,) = gold["alt_paths"]
        page = _get(server, node)[1]
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert f'<link rel="shortlink" href="{server.base_url}{node}" />' in page
        assert _node(page) == _node(_get(server, gold["path"])[1])
    linked = _get(
        server, "/tin-tuc/2026/10/nganh-giao-duc-huong-ung-thang-hanh-dong-vi-binh-dang-gioi"
    )[1]
    assert 'href="/node/1250"' in _node(linked)


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert "/node/1250" in walk
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert any(s == 0 and _week(t) for t, s in walk.items()), "the calendar links went on"


def test_listings_paginate_zero_based_with_query_hrefs(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc/tin-hoat-dong")[1]
    assert first == _get(server, "/tin-tuc/tin-hoat-dong?page=0")[1]
    assert 'href="?page=1"' in first and 'href="/tin-tuc/tin-hoat-dong?page=1"' not in first
    last = _get(server, "/tin-tuc/tin-hoat-dong?page=2")[1]
    assert last == _get(server, "/tin-tuc/tin-hoat-dong?page=9")[1]
    assert (
        "pager__item--next" not in last
        and 'title="Trang hiện tại" aria-current="page"><span class="visually-hidden">Trang hiện tại</span>3<'
        in last
    )
    cat_links = set()
    for n in range(3):
        cat_links |= set(
            re.findall(
                r'<h3 class="field-content"><a href="([^"]+)"',
                _get(server, f"/tin-tuc/tin-hoat-dong?page={n}")[1],
            )
        )
    assert cat_links == {g["path"] for g in portal.GOLD if g["category"] == "Tin hoạt động"}
    news = set()
    for n in range(3):
        news |= set(
            re.findall(
                r'<h3 class="field-content"><a href="([^"]+)"',
                _get(server, f"/tin-tuc?page={n}")[1],
            )
        )
    assert news == {g["path"] for g in portal.GOLD}
    filtered = _get(server, "/van-ban?loai=All")[1]
    assert 'href="?loai=All&amp;page=1"' in filtered


def test_calendar_week_links_never_end(server: PortalServer) -> None:
    target = "/lich-cong-tac"
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(
            re.search(r'<a href="([^"]+)" rel="next">Tuần sau ›</a>', page).group(1)
        )
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _week(target) == portal.THIS_WEEK + timedelta(days=7 * 40)
    far = _get(server, "/lich-cong-tac?date=3026-01-01")
    assert (
        far[0] == 200 and 'rel="prev">‹ Tuần trước' in far[1] and 'rel="next">Tuần sau ›' in far[1]
    )
    assert _get(server, "/lich-cong-tac?date=2026-11-26")[1] == _get(server, "/lich-cong-tac")[1]
    assert _get(server, "/lich-cong-tac?date=khong-hop-le")[1] == _get(server, "/lich-cong-tac")[1]
    month = _get(server, "/lich-cong-tac")[1]
    assert (
        len(
            re.findall(
                r'href="/lich-cong-tac\?date=2026-11-\d\d" class="mini-calendar__day"', month
            )
        )
        == 30
    )


def test_dates_in_attributes_differ_from_what_is_printed(server: PortalServer) -> None:
    notice = _get(
        server,
        "/tin-tuc/2026/11/thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    )[1]
    assert '<time datetime="2026-11-23T12:00:00Z" class="datetime">23/11/2026</time>' in notice
    assert 'class="node__meta"' not in notice
    teachers = _node(
        _get(
            server, "/tin-tuc/2026/11/tuyen-duong-86-nha-giao-tieu-bieu-nhan-ngay-nha-giao-viet-nam"
        )[1]
    )
    assert (
        'datetime="2026-11-19T23:30:00Z"' in teachers and "Thứ Sáu, 20/11/2026 - 06:30" in teachers
    )


def test_sitemap_and_feeds(server: PortalServer) -> None:
    status, xml, headers = fetch(server, "/sitemap.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/xml")
    for gold in portal.GOLD:
        assert re.search(
            rf"<loc>{re.escape(server.base_url + gold['path'])}</loc><lastmod>\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00</lastmod>",
            xml,
        )
    assert "/node/" not in xml
    rss = _get(server, "/rss.xml")[1]
    articles = [g for g in portal.GOLD if "T" in g["published_at"]]
    assert all(f"<link>{server.base_url}{g['path']}</link>" in rss for g in articles)
    assert "<pubDate>Thu, 19 Nov 2026 23:30:00 +0000</pubDate>" in rss
    term = _get(server, "/tin-tuc/thong-bao")[1]
    assert 'href="/taxonomy/term/5/feed"' in term
    feed = _get(server, "/taxonomy/term/5/feed")[1]
    assert feed.count("<item>") == 3
    robots = _get(server, "/robots.txt")[1]
    assert "Disallow: /search/" in robots and "Sitemap:" not in robots


def test_non_articles_are_what_the_docstring_says(server: PortalServer) -> None:
    for b in portal.BOOK:
        page = _get(server, b.path)[1]
        assert 'class="book-navigation"' in page and "node__meta" not in page
        assert "<time" not in _node(page) if "node__links" in page else True
        assert f'href="/book/export/html/{b.nid}"' in page
    child = _get(server, "/huong-dan-tuyen-sinh/tuyen-sinh-lop-10-thpt")[1]
    assert 'rel="prev" title="Đến trang trước">‹ Hướng dẫn tuyển sinh</a>' in child
    assert 'title="Đến trang cha">Lên</a>' in child
    for d in portal.DOCS:
        page = _get(server, d.path)[1]
        assert "field--name-body" not in page and d.file in page
    assert _get(server, portal.DOCS[0].file)[0] == 200
    album = _get(server, "/thu-vien-anh")[1]
    assert album.count('class="colorbox"') == portal.ALBUM_PER_PAGE and 'href="?page=1"' in album
    assert _get(server, "/tin-tuc/2026/11/khong-co-bai-nay")[0] == 404
    assert "Không tìm thấy trang" in _get(server, "/khong-ton-tai")[1]
    assert _get(server, "/node/99999")[0] == 404
    found = _get(server, "/search/node?keys=Olympic")[1]
    assert portal.GOLD[7]["path"] in found


def test_chrome_is_printed(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    assert f'<p class="ngay-hien-tai">{portal.TODAY}</p>' in page
    assert '<h2 id="system-breadcrumb" class="visually-hidden">Bạn đang ở đây</h2>' in page
    for phrase in ("Thống kê truy cập", "Tin mới cập nhật", "Tin cùng chuyên mục", "Chia sẻ",
                   "Đường dây nóng", portal.ADDRESS, "Đăng nhập", 'class="social-bar"', "lượt xem"):  # fmt: skip
        assert phrase in page, phrase


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"]) for g in portal.GOLD}
    nodes = {p: _node(page) for p, (_, page) in pages.items()}
    decomposed = [p for p, node in nodes.items() if not unicodedata.is_normalized("NFC", node)]
    assert decomposed == [
        "/tin-tuc/2026/11/tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-cap-xa"
    ]
    assert len([p for p, node in nodes.items() if "&nbsp;" in node]) == 3
    _, _, headers = fetch(server, portal.GOLD[0]["path"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta charset="utf-8" />' in pages[portal.GOLD[0]["path"]][1]
