"""Self-check of the Liferay 6.2 (Sở GD&ĐT Tuyên Quang) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every gold target, every alternative render URL
and every NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after
entities and NFC) inside the asset publisher's full content; that a link walk from START_PATH
(following redirects, the calendar's months only near today) reaches every article and every
listed non-article, and that every render URL of an article the site links is in the gold's
alt_paths; and that the traps behave as documented: the calendar's "Tháng sau »" never ends, the
page iterator prints Liferay's buttons, an unknown urlTitle is a soft 404, portlets print their
permission and inactive notices, one article is NFD and one entity-encoded, all pages UTF-8.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import liferay62_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"(\.(jpe?g|png|gif|ico|css|js|pdf)$|^/documents/|^/image/|/rss$)")
_VIEW = "struts_action=%2Fasset_publisher%2Fview_content"


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


def _region(page: str) -> str:
    """The web content of the article: the journal article inside the asset's full content."""
    start = page.index('<div class="journal-content-article">')
    return page[start : page.index('<div class="asset-tags">', start)]


def _cal_month(target: str) -> tuple[int, int] | None:
    q = parse_qs(urlsplit(target).query)
    if f"{portal.CAL_NS}nam" not in q:
        return None
    return int(q[f"{portal.CAL_NS}nam"][0]), int(q[f"{portal.CAL_NS}thang"][0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; redirects followed; calendar months
    more than three months from today are recorded, not fetched."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        month = _cal_month(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            month and abs((month[0] - 2026) * 12 + month[1] - 11) > 3
        ):
            seen[target] = 0
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 1500, "the walk should stay bounded"
        hrefs = (
            [headers["Location"]] if status in (301, 302) else [h for _, h in _HREF.findall(body)]
        )
        for href in hrefs:
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "liferay62_sgddt"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {c.name for c in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "§"]:
        assert not gold["body"].endswith(name)
        assert f"Ảnh: {name}" not in gold["body"] and f"Nguồn: {name}" not in gold["body"]
    assert all(_VIEW in a for a in gold["alt_paths"])


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(server: PortalServer, page: str, gold: dict) -> str:
    region = _region(page)
    if m := re.search(r"Ngày đăng: (\d\d/\d\d/\d{4}) (\d\d):(\d\d) (SA|CH)<", region):
        hour = int(m.group(2)) % 12 + (12 if m.group(4) == "CH" else 0)
        when = datetime.strptime(m.group(1), "%d/%m/%Y").replace(hour=hour, minute=int(m.group(3)))
        return when.strftime("%Y-%m-%dT%H:%M:00+07:00")
    if m := re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4})<", region):
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    assert "Ngày đăng" not in page.split('id="column-2"')[0]
    crumbs = re.search(r'<ul aria-label="Đường dẫn"[^>]*>(.*?)</ul>', page).group(1)
    listing = html.unescape(re.findall(r'href="([^"]+)"', crumbs)[1])
    row = _get(server, listing)[1].split(f'href="{gold["path"]}"', 1)[1]
    d = re.search(r"\((\d\d)/(\d\d)/(\d{4})\)", row[:400])
    return f"{d.group(3)}-{d.group(2)}-{d.group(1)}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h3 class="header-title"><span>(.*?)</span></h3>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    body = _reader(region.split('<div class="noi-dung-tin">', 1)[1])
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", region)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        sapo = re.search(r'<div class="tom-tat-tin"><strong>(.*?)</strong></div>', region)
        assert sapo and _nfc(sapo.group(1)) == gold["summary"]
        paragraphs = paragraphs[1:]
    last = -1
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
            continue
        at = body.find(paragraph)
        assert at > last, paragraph[:60]
        last = at
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert f"<em>{image['caption']}</em>" in _nfc(region) or image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert re.search(
        rf'<link href="http://[^"]+{re.escape(gold["path"])}" rel="canonical" />', page
    )
    crumbs = re.search(r'<ul aria-label="Đường dẫn"[^>]*>(.*?)</ul>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[1]) == gold["category"]
    assert (
        f'<span tabindex="0" class="portlet-title-text">{html.escape(gold["category"])}</span>'
        in page
    )
    assert _printed_date(server, page, gold) == gold["published_at"]


def test_render_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        friendly = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            page = _get(server, alt)[1]
            assert _region(page) == _region(friendly)
            assert re.search(
                rf'<link href="http://[^"]+{re.escape(gold["path"])}" rel="canonical" />', page
            )
            back = parse_qs(urlsplit(alt).query)["redirect"][0]
            assert f'href="{html.escape(back)}" id=' in page


def test_walk_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    linked_renders = {t for t in walk if _VIEW in t and "viewMode=print" not in t}
    assert linked_renders == {a for g in portal.GOLD for a in g["alt_paths"]}
    assert any(s == 0 and _cal_month(t) for t, s in walk.items()), "the calendar went on"


def test_listing_pagination(server: PortalServer) -> None:
    tt = portal.CATS["tt"]
    first = _get(server, tt.path)[1]
    assert first == _get(server, portal.list_path(tt, 1))[1]
    for label in (
        "Trang 1 của 3",
        "&larr; Đầu",
        "Trước",
        "Tiếp",
        "Cuối &rarr;",
        "4 mục trên trang",
    ):
        assert label in first
    assert '<li class="first disabled"><a href="javascript:;">&larr; Đầu</a></li>' in first
    assert html.escape(portal.list_path(tt, 2)) in first
    last = _get(server, portal.list_path(tt, 3))[1]
    assert "Trang 3 của 3" in last and '<li class="last disabled"><a href="javascript:;">' in last
    assert last == _get(server, portal.list_path(tt, 9))[1]
    assert "Trang 1 của 2" in _get(server, portal.list_path(tt, 1, 5))[1]
    assert "Hiển thị 1 - 9 trong 9 kết quả." in _get(server, portal.list_path(tt, 1, 10))[1]
    short = re.findall(r'metadata-publish-date">(\d\d/\d\d/\d\d)<', first)
    assert len(short) == 4


def test_calendar_months_never_end(server: PortalServer) -> None:
    target = f"{portal.WEB}/lich-cong-tac"
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a class="thang-sau" href="([^"]+)">', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _cal_month(target) == (2030, 3)
    assert _get(server, portal.cal_path(9999, 12))[0] == 200
    assert (
        "Tháng 1/10000"
        in _get(
            server,
            html.unescape(
                re.search(
                    r'<a class="thang-sau" href="([^"]+)">',
                    _get(server, portal.cal_path(9999, 12))[1],
                ).group(1)
            ),
        )[1]
    )


def test_soft_404_and_unknown_pages(server: PortalServer) -> None:
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Không tìm thấy nội dung được yêu cầu." in page
    assert 'class="header-title"' not in page
    linking = next(g for g in portal.GOLD if g["path"].endswith("ban-tru-tai-cac-xa-vung-cao"))
    assert f'href="{portal.SOFT_404}"' in _get(server, linking["path"])[1]
    assert _get(server, "/web/guest/khong-co-trang-nay")[0] == 404
    status, headers = fetch(server, "/c/portal/login?p_l_id=10184")[::2]
    assert status == 302 and headers["Location"] == portal.LOGIN_PATH


def test_chrome_and_notices(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    assert portal.TODAY in page
    assert "Bạn chưa có đủ quyền truy nhập portlet này." in page
    assert "Portlet này đang tạm thời không hoạt động." in page
    for text in (
        "Thăm dò ý kiến",
        "Liên kết website",
        "Tổng lượt truy cập",
        "Đường dây nóng",
        ">Đăng nhập<",
    ):
        assert text in page
    assert page.count('class="portlet-boundary') >= 10
    home = _get(server, "/")[1]
    assert "Tin nổi bật" in home and home == _get(server, "/web/guest/trang-chu/")[1]


def test_non_articles_print_no_web_content(server: PortalServer) -> None:
    for doc in portal.DOCS:
        page = _get(server, doc.view)[1]
        assert doc.download in page and "asset-full-content" not in page
    for target in portal.NON_ARTICLES:
        assert 'class="asset-full-content' not in _get(server, target)[1], target


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _, _, h in pages.values())
    nfd = [
        p
        for p, (_, body, _) in pages.items()
        if not unicodedata.is_normalized("NFC", _region(body))
    ]
    assert len(nfd) == 1 and nfd[0].endswith("ban-khien-xa-lam-binh")
    refs = [p for p, (_, body, _) in pages.items() if re.search(r"&#\d+;", _region(body))]
    assert len(refs) == 1 and refs[0].endswith("ngay-chu-nhat-xanh")


def test_feed_and_sitemap(server: PortalServer) -> None:
    feed = _get(server, f"{portal.WEB}/tin-tuc/-/asset_publisher/Ab3xK9/rss")[1]
    tt = [g for g in portal.GOLD if g["category"] == "Tin tức - Sự kiện"]
    assert all(f'{g["path"]}" />' in feed for g in tt)
    sitemap = _get(server, "/sitemap.xml")[1]
    assert "/asset_publisher/" not in sitemap and "/web/guest/tin-tuc</loc>" in sitemap
