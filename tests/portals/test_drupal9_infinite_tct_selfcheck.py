"""Self-check of the Drupal 9 political-school fixture (Views Infinite Scroll): itself, not the crawler.

Why: the portal is crawled once, blind; a gold path that 404s, a paragraph the page does not print
or an article no link reaches would waste that crawl. Nothing here imports the crawler beyond the
demo server. It checks the gold against the pages (title, date, paragraphs, captions, names),
walks the links from START_PATH like a browser without JavaScript (calendar pages only near
today), and pins down the platform's behaviour: the "Tải thêm" pager and its ``/views/ajax`` JSON,
the empty view past the last page, ``/node/N`` and ``/taxonomy/term/N`` duplicates, print views,
the never-ending calendar, the month archive, REST JSON, Slick's cloned slides and the text forms.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import drupal9_infinite_tct as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|doc)$")
_CAL = re.compile(r"^/lich/(thang|ngay)/(\d{4})-(\d{2})(?:-(\d{2}))?$")


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
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _article(page: str) -> str:
    """The full-view node element, from ``<article`` to its ``</article>``."""
    start = page.index('class="node node--type-article')
    start = page.rindex("<article", 0, start)
    return page[start : page.index("</article>", start)]


def _calendar_day(target: str) -> date | None:
    m = _CAL.match(urlsplit(target).path)
    if not m:
        return None
    return date(int(m.group(2)), int(m.group(3)), int(m.group(4) or 1))


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    host = urlsplit(server.base_url).netloc
    out = []
    for _, href in _HREF.findall(body):
        link = urlsplit(urljoin(server.url(target), html.unescape(href)))
        if link.netloc == host:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; calendar pages only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        day = _calendar_day(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            day and abs((day - portal.TODAY_DATE).days) > 45
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status == 200:
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "drupal9_infinite_tct"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {name for _, name in portal.TERMS.values()}
    assert max(g["published_at"][:10] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
        assert not re.match(r"(ThS|TS|PGS)\.", name) and " - " not in name
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [f"/node/{portal._ALIASES[gold['path']].id}"]
    for line in ("Tác giả", "Tin, ảnh", "Nguồn:", "Đăng bởi", "Tệp đính kèm", "Từ khóa"):
        assert line not in gold["body"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert "hero_" not in image["path"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(node: str) -> str:
    m = re.search(
        r'<span class="node__date"><time [^>]*>[^,<]+, (\d\d/\d\d/\d{4} - \d\d:\d\d)</time>', node
    )
    when = datetime.strptime(_nfc(m.group(1)), "%d/%m/%Y - %H:%M")
    if (when.hour, when.minute) == (0, 0):
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    node = _article(page)
    title = re.search(
        r'<h1 class="title page-title"><span class="field field--name-title[^"]*">(.*?)</span></h1>',
        node,
    )
    assert title and _nfc(title.group(1)) == gold["title"]
    shown = _reader(node)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    real = re.sub(r'<div class="slick__slide[^"]*slick-cloned.*?</div></div></div>', "", node)
    for image in gold["images"]:
        addr = html.escape(image["path"])
        assert f'src="{addr}"' in real or f'data-src="{addr}"' in real, image["path"]
        if image["caption"]:
            assert image["caption"] in _reader(real)
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown, name
    if gold["summary"] and "field--name-field-sapo" not in node:  # a hand-typed bold lead
        assert f"<p><strong>{gold['summary']}</strong></p>" in _nfc(node)
    assert _printed_date(node) == gold["published_at"]
    assert re.search(
        rf'<link rel="canonical" href="http://[^"]+{re.escape(gold["path"])}" />', page
    )
    assert re.search(rf'<link rel="shortlink" href="http://[^"]+{gold["alt_paths"][0]}" />', page)
    crumbs = re.search(r'<ol class="breadcrumb__list">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert (
        f'<div class="ngay-hien-tai"><span class="icon-calendar"></span> {portal.TODAY}</div>'
        in page
    )


def test_gallery_slides_are_cloned_and_lazy(server: PortalServer) -> None:
    for gold in portal.GOLD:
        node = _article(_get(server, gold["path"])[1])
        if "slick-track" not in node:
            continue
        real = re.findall(
            r'class="slick__slide slide slide--\d+ slick-slide(?: slick-current slick-active)?" data-slick-index="(\d+)".*?data-src="([^"]+)"',
            node,
        )
        clones = re.findall(r'slick-cloned" data-slick-index="(-?\d+)".*?data-src="([^"]+)"', node)
        assert len(clones) == len(real) + 2
        assert {src for _, src in clones} == {src for _, src in real}
        gallery = [html.unescape(src) for _, src in real]
        assert all(src in [i["path"] for i in gold["images"]] for src in gallery)
        assert 'src="data:image/svg+xml' in node


def test_node_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (node,) = gold["alt_paths"]
        status, page = _get(server, node)
        assert status == 200
        assert re.search(
            rf'<link rel="canonical" href="http://[^"]+{re.escape(gold["path"])}" />', page
        )
        assert _article(page) == _article(_get(server, gold["path"])[1])


def test_print_views_point_back_to_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        nid = gold["alt_paths"][0].rsplit("/", 1)[1]
        page = _get(server, f"/print/node/{nid}")[1]
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert 'content="noindex, nofollow"' in page
        assert f'href="/print/node/{nid}"' in _get(server, gold["path"])[1]


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert {a for g in portal.GOLD for a in g["alt_paths"]}.isdisjoint(
        walk
    )  # nothing links /node/N
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _calendar_day(t) for t, s in walk.items()), "the calendar went on"


def test_sitemap_and_feed_name_the_articles(server: PortalServer) -> None:
    sitemap = _get(server, "/sitemap.xml")[1]
    assert all(f"{server.base_url}{g['path']}</loc>" in sitemap for g in portal.GOLD)
    feed = _get(server, "/rss.xml")[1]
    assert feed.count("<item>") == 10
    assert 'href="/rss.xml"' in _get(server, "/")[1]


def _rows(markup: str) -> list[str]:
    return re.findall(r'<h2 class="node__title"><a href="([^"]+)"', markup)


def test_infinite_scroll_pager(server: PortalServer) -> None:
    per, news = portal.NEWS_PER_PAGE, [portal.article_path(s) for s in portal.LATEST]
    pager = (
        '<ul class="js-pager__items pager" data-drupal-views-infinite-scroll-pager="automatic">'
        '<li class="pager__item"><a class="button" href="?page={}" title="Tải thêm" rel="next">Tải thêm</a></li></ul>'
    )
    for n in range(3):
        page = _get(server, f"/tin-tuc?page={n}")[1]
        assert _rows(page) == news[n * per : (n + 1) * per]
        assert (pager.format(n + 1) in page) == (n < 2)
    assert _get(server, "/tin-tuc")[1] == _get(server, "/tin-tuc?page=0")[1]
    term = [portal.article_path(s) for s in portal.in_term("hoat-dong-cua-truong")]
    pages = [_rows(_get(server, f"/tin-tuc/hoat-dong-cua-truong?page={n}")[1]) for n in range(3)]
    assert [len(p) for p in pages] == [4, 4, 1] and [r for p in pages for r in p] == term
    for target in ("/tin-tuc?page=3", "/tin-tuc?page=40", "/tin-tuc/thong-bao?page=1"):
        status, page = _get(server, target)
        assert status == 200 and portal.EMPTY in page and "js-pager__items" not in page
    assert '"ajax_path":"\\/views\\/ajax"' in _get(server, "/tin-tuc")[1]


def test_views_ajax_answers_drupal_commands(server: PortalServer) -> None:
    status, body = _get(
        server,
        "/views/ajax?view_name=tin_tuc&view_display_id=page_1&page=1&_wrapper_format=drupal_ajax",
    )
    assert status == 200
    commands = json.loads(body)
    assert [c["command"] for c in commands] == ["settings", "insert"]
    insert = commands[1]
    assert insert["method"] == "infiniteScrollInsertView"
    assert insert["selector"].startswith(".js-view-dom-id-")
    assert _rows(insert["data"]) == _rows(_get(server, "/tin-tuc?page=1")[1])
    body = _get(
        server, "/views/ajax?view_name=taxonomy_term&view_display_id=page_1&view_args=3&page=2"
    )[1]
    assert _rows(json.loads(body)[1]["data"]) == _rows(
        _get(server, "/tin-tuc/hoat-dong-cua-truong?page=2")[1]
    )
    assert _get(server, "/views/ajax?view_name=khong_co&view_display_id=page_1")[0] == 404


def test_taxonomy_term_duplicates_the_alias(server: PortalServer) -> None:
    alias = _get(server, "/tin-tuc/nghien-cuu-trao-doi")[1]
    raw = _get(server, "/taxonomy/term/4")[1]
    assert _rows(raw) == _rows(alias) and len(_rows(raw)) == 3
    assert re.search(
        r'<link rel="canonical" href="http://[^"]+/tin-tuc/nghien-cuu-trao-doi" />', raw
    )
    assert _get(server, "/taxonomy/term/3/feed")[1].count("<item>") == 9


def test_calendar_never_ends_and_archive_takes_any_month(server: PortalServer) -> None:
    target = "/lich/thang/2026-11"
    seen = set()
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200
        nxt = re.search(
            r'<a href="([^"]+)" title="Tháng sau" rel="nofollow">Tháng sau ›</a>', page
        ).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/lich/thang/2029-05"
    assert (
        "Tháng sau"
        not in _get(server, "/lich/thang/9999-12")[1]
        .split("region--content", 1)[1]
        .split("region--sidebar")[0]
    )
    day = _get(server, "/lich/ngay/2026-11-24")[1]
    assert portal.GOLD[0]["path"] in day and 'href="/lich/ngay/2026-11-25"' in day
    assert portal.EMPTY in _get(server, "/lich/ngay/3001-02-03")[1]
    for ym in ("202611", "202610", "198001", "209912"):
        assert _get(server, f"/tin-tuc/luu-tru/{ym}")[0] == 200
    assert portal.EMPTY in _get(server, "/tin-tuc/luu-tru/198001")[1]
    assert len(_rows(_get(server, "/tin-tuc/luu-tru/202611")[1])) == 6
    assert _get(server, "/tin-tuc/luu-tru/202613")[0] == 404


def test_rest_json_search_and_soft_paths(server: PortalServer) -> None:
    gold = portal.GOLD[3]
    for target in (gold["path"], gold["alt_paths"][0]):
        status, body, headers = fetch(server, target + "?_format=json")
        assert status == 200 and headers["Content-Type"] == "application/json"
        assert json.loads(body)["title"][0]["value"] == gold["title"]
    assert fetch(server, "/tin-tuc?_format=json")[0] == 406
    found = _get(server, "/search/node?keys=b%E1%BA%BF+gi%E1%BA%A3ng")[1]
    assert portal.GOLD[0]["path"] in found
    assert _get(server, "/tin-tuc/hoat-dong-cua-truong/khong-co-bai-nay")[0] == 404
    robots = _get(server, "/robots.txt")[1]
    assert "Disallow: /search/" in robots


def test_dates_machine_and_printed(server: PortalServer) -> None:
    page = _get(server, "/node/1227")[1]
    assert '<time datetime="2026-11-01T17:00:00Z"' in page and "Thứ Hai, 02/11/2026 - 00:00" in page
    updated = _article(_get(server, "/node/1258")[1])
    assert "Cập nhật: Thứ Tư, 25/11/2026 - 09:12" in updated
    assert "background-image: url(" in updated


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _article(page))
    ]
    assert decomposed == [portal.article_path(portal._BY_ID[1240])]
    _, _, headers = fetch(server, portal.GOLD[0]["path"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert all(not re.search(r"&#\d+;", _article(page)) for page in pages.values())
