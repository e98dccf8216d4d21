"""Self-check of the Drupal 7 Panels (Sở GD&ĐT Điện Biên) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target and NON_ARTICLE answers 200,
that the gold is well formed and printed on its page (after entities and NFC), that a browser-like
walk of links from START_PATH reaches every article (the date-filter day links are followed only
near today), and that the traps behave as documented: the date filter's "Ngày sau ›" links never
end, ``/node/N`` and the print view point back to the alias, the old alias is a soft 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import drupal7_panels_sgddt as portal

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_REGION_START = '<div class="panel-pane pane-node-title">'
_REGION_END = '<div class="panel-pane pane-custom pane-cong-cu">'


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _filter_day(target: str) -> date | None:
    values = parse_qs(urlsplit(target).query).get(portal.DATE_KEY)
    if not values:
        return None
    d, m, y = (int(x) for x in values[0].split("/"))
    return date(y, m, d)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; date-filter days only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        day = _filter_day(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            day and abs((day - portal.TODAY_DATE).days) > 10
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "drupal7_panels_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in [*portal.CATS.values(), portal.GALLERY_CAT]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Tác giả): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    for image in gold["images"]:
        assert not image["caption"] or image["caption"] not in gold["body"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str, gold: dict) -> str | None:
    """The date a reader takes from the date pane (the listing's when there is none)."""
    region = _region(page)
    if m := re.search(
        r'class="date-display-single"[^>]*>[^,]+, (\d\d/\d\d/\d{4} - \d\d:\d\d)<', region
    ):
        when = datetime.strptime(m.group(1), "%d/%m/%Y - %H:%M")
    elif m := re.search(r"Cập nhật lúc (\d\d:\d\d) ngày (\d\d/\d\d/\d{4})", region):
        when = datetime.strptime(f"{m.group(2)} {m.group(1)}", "%d/%m/%Y %H:%M")
    elif m := re.search(r"Ngày đăng: (\d{4}-\d\d-\d\d)<", region):
        return m.group(1)
    elif m := re.search(r"Ngày (\d\d) tháng (\d+) năm (\d{4})<", region):
        return f"{m.group(3)}-{int(m.group(2)):02d}-{m.group(1)}"
    else:
        return None
    if when.hour == 0 and when.minute == 0:
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="tieu-de-bai">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert f'<link rel="canonical" href="{gold["path"]}" />' in page
    crumbs = re.search(r'<div class="breadcrumb">(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    printed = _printed_date(page, gold)
    if printed is None:  # no date on the page: the listing's date
        cat = re.search(r'Chuyên mục: <a href="([^"]+)"', page).group(1)
        listing = _get(server, cat)[1] + _get(server, cat + "?page=1")[1]
        row = listing.split(f'href="{gold["path"]}"', 1)[1]
        d = re.search(
            r'views-field-created"><span class="field-content">(\d\d)/(\d\d)/(\d{4})<', row
        )
        printed = f"{d.group(3)}-{d.group(2)}-{d.group(1)}"
    assert printed == gold["published_at"]


def test_node_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (node,) = gold["alt_paths"]
        page = _get(server, node)[1]
        assert f'<link rel="canonical" href="{gold["path"]}" />' in page
        assert f'<link rel="shortlink" href="{node}" />' in page
        assert _region(page) == _region(_get(server, gold["path"])[1])


def test_print_views_point_back_to_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        nid = gold["alt_paths"][0].rsplit("/", 1)[1]
        page = _get(server, f"/print/node/{nid}")[1]
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert 'content="noindex, nofollow"' in page


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _filter_day(t) for t, s in walk.items()), "the day links went on"


def test_listings_paginate_zero_based(server: PortalServer) -> None:
    first = _get(server, "/chuyen-muc/hoat-dong-nganh")[1]
    assert first == _get(server, "/chuyen-muc/hoat-dong-nganh?page=0")[1]
    assert 'href="/chuyen-muc/hoat-dong-nganh?page=1"' in first
    second = _get(server, "/chuyen-muc/hoat-dong-nganh?page=1")[1]
    assert second == _get(server, "/chuyen-muc/hoat-dong-nganh?page=7")[1]
    assert 'href="/tin-tuc?page=2"' in _get(server, "/tin-tuc")[1]


def test_date_filter_day_links_never_end(server: PortalServer) -> None:
    target = f"/tin-tuc?{portal.DATE_Q}=25/11/2026"
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)" class="ngay-sau">', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _filter_day(target) == date(2027, 1, 4)
    last = _get(server, f"/tin-tuc?{portal.DATE_Q}=31/12/2999")
    assert last[0] == 200 and 'class="ngay-sau"' not in last[1]
    day = _get(server, f"/tin-tuc?{portal.DATE_Q}=24/11/2026")[1]
    assert portal.GOLD[0]["path"] in day
    assert "Không có tin bài nào." in _get(server, f"/tin-tuc?{portal.DATE_Q}=01/01/1950")[1]


def test_document_register_sorts_and_documents_have_no_text(server: PortalServer) -> None:
    page = _get(server, "/van-ban")[1]
    assert 'href="/van-ban?order=field_so_ky_hieu&amp;sort=asc"' in page or (
        'href="/van-ban?order=field_so_ky_hieu&sort=asc"' in page
    )
    assert _get(server, "/van-ban?order=title&sort=desc&page=1")[0] == 200
    for doc in portal.DOCS:
        body = _get(server, doc.path)[1]
        assert "field-name-body" not in body and doc.file in body


def test_quicktabs_render_all_tabs_and_soft_404(server: PortalServer) -> None:
    front = _get(server, "/")[1]
    assert front == _get(server, f"/?qt-{portal.QT}=2")[1]
    for n, label in enumerate(("Tin mới", "Tin nổi bật", "Thông báo")):
        assert f'id="quicktabs-tab-{portal.QT}-{n}"' in front and label in front
        assert f'id="quicktabs-tabpage-{portal.QT}-{n}"' in front
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Không tìm thấy trang" in page
    assert _get(server, "/tin-tuc/khong-co-bai-nay")[0] == 404


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    assert len([p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]) == 1
    assert len([p for p, page in pages.items() if re.search(r"&#\d+;", _region(page))]) == 1
    assert f"Hôm nay: {portal.TODAY}" in pages[portal.GOLD[0]["path"]]
