"""Self-check of the ASP.NET MVC political-school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article that no link, button URL or pager reaches would
waste that crawl. Nothing here imports the crawler beyond the demo server. It also pins down what
makes this platform what it is: category pages that print only their first items (the rest come
from the "Xem thêm" fragment endpoint named in a ``data-url``), the numbered archive, the slug the
route ignores, the old addresses that answer 301, and the work calendar that never ends.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import mvc_political as portal

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_DATA_URL = re.compile(r'data-url="([^"]+)"')
_SCRIPT_URL = re.compile(r"url: '(/tin-tuc/loadmore\?catId=\d+&page=)' \+ homePage")
_STATIC = re.compile(r"(\.(jpe?g|png|gif|pdf|css|js|ico)$)|^/bundles/")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, decoded body and headers; redirects are not followed (they show as 3xx)."""
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _nfc(markup: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(markup))


def _reader_text(markup: str) -> str:
    """What a reader sees: tags dropped, table cells joined by " | ", references resolved, NFC."""
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).split())


def _local(server: PortalServer, target: str, url: str) -> str | None:
    parts = urlsplit(urljoin(server.url(target), html.unescape(url)))
    if parts.scheme != "http" or f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _content(body: str) -> str:
    return body.split('<div class="detail-content" id="detailContent">', 1)[1].split("\n</div>\n", 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "mvc_political" and portal.PLATFORM == "aspnet-mvc"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert not alts & (set(paths) | set(portal.NON_ARTICLES))
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [gold["path"].rsplit("/", 1)[0]]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"]) and "T" in gold["published_at"]
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) in ({"path", "caption"}, {"url", "caption"})
        assert img["caption"] is None or img["caption"] not in paragraphs
        assert img["caption"] is None or not img["caption"].startswith("(")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    title = re.search(r'<h1 class="detail-title">([^<]+)</h1>', body).group(1)
    assert _nfc(title) == gold["title"]
    page = _reader_text(body)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in page, paragraph[:60]
    if gold["summary"]:
        sapo = re.search(r'<div class="detail-sapo">([^<]+)</div>', body).group(1)
        assert _nfc(sapo) == gold["summary"]
    content = _content(body)
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    want = [i.get("path") or i["url"] for i in gold["images"]]
    assert srcs == want
    reader_content = _reader_text(content)
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in reader_content
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in reader_content
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body).group(1)
    assert _nfc(re.findall(r"<a [^>]*>([^<]+)</a>", crumbs)[-1]) == gold["category"]
    stamp = gold["published_at"]
    line = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]} {stamp[11:16]}"
    assert f'<span class="date"><i class="fa fa-clock-o"></i> {line}</span>' in body
    assert portal.TODAY_LINE in page and "Lượt xem" in page and "Tin liên quan" in page
    assert "Địa chỉ" in page and "Tổng lượt truy cập" in page


def test_razor_and_ckeditor_write_references_and_one_page_is_decomposed(server: PortalServer) -> None:
    decomposed = 0
    for gold in portal.GOLD:
        _, body, _ = _get(server, gold["path"])
        title = re.search(r'<h1 class="detail-title">([^<]+)</h1>', body).group(1)
        assert not re.search(r"[\xa0-\xff]", title)  # Razor: Latin-1 letters as &#NNN;
        if not unicodedata.is_normalized("NFC", _content(body)):
            decomposed += 1
        else:
            assert re.search(r"&[a-z]+;", _content(body))  # CKEditor: named entities
    assert decomposed == 1


def _walk(server: PortalServer) -> set[str]:
    """Every target reached from the start page through <a href>, ``data-url`` buttons and the
    home page's inline-script URL; the work calendar's week links are not followed (never ends)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        urls = _HREF.findall(body) + _DATA_URL.findall(body)
        urls += [m + "2" for m in _SCRIPT_URL.findall(body)]
        for url in urls:
            if url.startswith(("javascript:", "mailto:", "#")):
                continue
            link = _local(server, target, url)
            if not link or _STATIC.search(urlsplit(link).path) or link.startswith("/lich-cong-tac?"):
                continue
            queue.append(link)
    return seen


def test_walking_from_the_start_reaches_every_article_and_every_listing(server: PortalServer) -> None:
    seen = _walk(server)
    articles = {g["path"] for g in portal.GOLD}
    assert articles <= seen
    assert set(portal.NON_ARTICLES) - seen <= {
        "/lich-cong-tac?tuan=47&nam=2026",
        "/lich-cong-tac?tuan=49&nam=2026",
    }
    assert len(seen) < 160  # bounded once the calendar is left alone


def test_category_pages_print_three_items_and_the_fragments_the_rest(server: PortalServer) -> None:
    articles = {g["path"]: g for g in portal.GOLD}
    for cid, (slug, name) in portal.CATS.items():
        _, body, _ = _get(server, f"/tin-tuc/{slug}")
        listed = re.findall(r'<h3 class="title"><a href="([^"]+)"', body)
        want = [g["path"] for g in portal.GOLD if g["category"] == name]
        assert listed == want[: portal.PAGE_SIZE]
        page, more = 2, _DATA_URL.findall(body)
        assert more == [f"/tin-tuc/loadmore?catId={cid}&amp;page=2"] if len(want) > 3 else not more
        while more:
            status, fragment, headers = _get(server, html.unescape(more[0]))
            assert status == 200 and headers["Content-Type"].startswith("text/html")
            assert fragment.lstrip().startswith("<li") and "<html" not in fragment
            listed += re.findall(r'<h3 class="title"><a href="([^"]+)"', fragment)
            more = _DATA_URL.findall(fragment)
            page += 1
        assert listed == want and set(listed) <= set(articles)
        assert _get(server, f"/tin-tuc/loadmore?catId={cid}&page={page}")[1] == ""
    assert _get(server, "/tin-tuc/loadmore?catId=9&page=2")[0] == 404


def test_archive_pager_lists_every_article_once(server: PortalServer) -> None:
    listed: list[str] = []
    pages = -(-len(portal.GOLD) // portal.ARCHIVE_SIZE)
    for n in range(1, pages + 1):
        target = "/tin-tuc/tat-ca" if n == 1 else f"/tin-tuc/tat-ca?page={n}"
        _, body, _ = _get(server, target)
        listed += re.findall(r'<div class="archive-item"><h3><a href="([^"]+)"', body)
        assert 'class="pagination-container"' in body and 'class="active"><a>' + str(n) in body
    assert listed == [g["path"] for g in portal.GOLD]
    status, body, _ = _get(server, "/tin-tuc/tat-ca?page=99")
    assert status == 200 and "Không có dữ liệu" in _nfc(body)


def test_url_variants_and_old_addresses(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    canonical = f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />'
    main = _content(_get(server, gold["path"])[1])
    for variant in (*gold["alt_paths"], gold["path"].rsplit("/", 1)[0] + "/mot-slug-khac"):
        status, body, _ = _get(server, variant)
        assert status == 200 and canonical in body and _content(body) == main
    story = portal.BY_ID[1803]
    old = f"/tin-tuc/{story.slug}-{story.id}.aspx"
    status, _, headers = _get(server, old)
    assert status == 301 and headers["Location"] == portal.article_path(story)
    linked = [g for g in portal.GOLD if f'href="{old}"' in _get(server, g["path"])[1]]
    assert len(linked) == 1
    assert _get(server, "/tin-tuc/chi-tiet/99999/khong-co")[0] == 404


def test_print_and_email_views_are_not_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        number = gold["path"].split("/")[3]
        _, body, _ = _get(server, f"/tin-tuc/in-bai/{number}")
        assert '<meta name="robots" content="noindex, nofollow" />' in body
        assert 'rel="canonical"' not in body and gold["body"].split("\n\n")[-1] in _reader_text(body)
        _, body, _ = _get(server, f"/tin-tuc/gui-email/{number}")
        assert "detail-content" not in body and 'name="ToEmail"' in body


def test_albums_and_documents_print_no_text_of_their_own(server: PortalServer) -> None:
    for album in portal.ALBUMS:
        _, body, _ = _get(server, portal.album_path(album))
        block = body.split('<div class="album-detail">', 1)[1].split('<div class="other-albums">', 1)[0]
        paragraphs = re.findall(r"<p( class=\"[^\"]+\")?>", block)
        assert set(paragraphs) == {' class="album-meta"', ' class="photo-caption"'}
        assert block.count('class="photo-caption"') == len(album.photos)
        assert "detail-content" not in body
    for doc in portal.DOCS:
        status, body, _ = _get(server, f"/van-ban/chi-tiet/{doc.id}")
        assert status == 200 and f'href="{doc.file}"' in body and "detail-content" not in body
        status, _, headers = _get(server, doc.file)
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_work_calendar_never_ends_inside_datetime_range(server: PortalServer) -> None:
    target = "/lich-cong-tac"
    weeks = []
    for _ in range(60):  # "Tuần sau" keeps answering, well past the last event
        status, body, _ = _get(server, target)
        assert status == 200
        weeks.append(target)
        nxt = re.search(r'<a class="pull-right" href="([^"]+)">', body).group(1)
        target = html.unescape(nxt)
    assert target == "/lich-cong-tac?tuan=3&nam=2028" and len(set(weeks)) == 60
    _, body, _ = _get(server, "/lich-cong-tac")
    assert not re.search(r'href="/tin-tuc/chi-tiet/', body.split('class="calendar-page"', 1)[1].split("col-sidebar")[0])
    assert _get(server, "/lich-cong-tac?tuan=1&nam=1")[0] == 200
    assert _get(server, "/lich-cong-tac?tuan=51&nam=9999")[0] == 200
    for bad in ("tuan=52&nam=9999", "tuan=0&nam=2026", "tuan=54&nam=2026", "tuan=1&nam=10000"):
        assert _get(server, f"/lich-cong-tac?{bad}")[0] == 404


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
