"""Self-check of the vendor e-government (Sở GD&ĐT Lạng Sơn) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative URL and
NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after character
references and NFC); that a walk of ``href`` links from START_PATH (postbacks are not links; the
week calendar is followed only near today, login forms not at all) reaches every article and
non-article; and that the traps behave as the module says: the postback pager and its GET
fallback give the same pages, every article answers at its three URLs and in the English skin
with the same text, print views are bare, the week calendar never ends, a deleted item is a
soft 404, and the encodings are the ones described.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import tinhvan_egov_sgddt as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|axd)$", re.I)
_REGION = re.compile(
    r'<table id="dnn_ctr401_NewsDetail_tblDetail".*?class="NewsAuthor">.*?</table>\n', re.S
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _post(server: PortalServer, target: str, fields: dict[str, str]) -> str:
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(server.url(target), data=data, method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        return resp.read().decode("utf-8")


def _region(page: str) -> str:
    m = _REGION.search(page)
    assert m, "no news detail table"
    return m.group(0)


def _span(region: str, name: str) -> str:
    m = re.search(
        rf'<span id="dnn_ctr401_NewsDetail_lbl{name}" class="News\w+">(.*?)</span></td></tr>',
        region,
        re.S,
    )
    assert m, name
    return m.group(1)


def _week(target: str) -> date | None:
    q = parse_qs(urlsplit(target).query)
    if "week" not in q:
        return None
    return date.fromisocalendar(int(q["year"][0]), int(q["week"][0]), 1)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host href links from START_PATH."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        week = _week(target)
        if (
            _NOT_PAGES.search(urlsplit(target).path)
            or "ctl=Login" in target
            or (week and abs((week - portal.TODAY_DATE).days) > 21)
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 1500, "the walk should stay bounded"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
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
    assert portal.NAME == "tinhvan_egov_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {"Tin giáo dục trong tỉnh", "Tin giáo dục trong nước", "Thông báo"}
    assert max(cats.count(c) for c in set(cats)) > 2 * portal.PER_PAGE  # 3+ listing pages
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][28:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/Portals/0/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Tác giả|Người viết): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][28:40])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    assert 'charset=utf-8"' in page.split("</head>")[0].lower().replace("'", '"') or (
        "charset=utf-8" in page.lower()
    )
    region = _region(page)
    shown = portal.printed_text(region)
    assert portal.printed_text(_span(region, "Title")) == gold["title"]
    assert f"<title>{html.escape(portal.SITE)} &gt;" in page  # the tab's title, not the headline
    m = re.fullmatch(r"\((\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)\)", _span(region, "Date"))
    assert m, "date line"
    d, mo, y, hh, mm = m.groups()
    want = f"{y}-{mo}-{d}" + ("" if hh == mm == "00" else f"T{hh}:{mm}:00+07:00")
    assert want == gold["published_at"]
    summary = portal.printed_text(_span(region, "Summary"))
    assert (summary or None) == gold["summary"]
    content = portal.printed_text(_span(region, "Content"))
    paragraphs = gold["body"].split("\n\n")
    rest = paragraphs[1:] if gold["summary"] else paragraphs
    pos = 0
    for paragraph in rest:  # in order
        at = content.find(paragraph, pos)
        assert at >= 0, paragraph[:60]
        pos = at + len(paragraph)
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in _span(region, "Content")
        if image["caption"]:
            assert image["caption"] in content
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    crumbs = re.search(r'<div id="dnn_dnnBREADCRUMB" class="BreadcrumbRow">(.*?)</div>', page)
    assert html.unescape(re.findall(r">([^<]+)</a>", crumbs.group(1))[-1]) == gold["category"]
    assert "TIN TỨC - SỰ KIỆN" in page and portal.TODAY in page
    assert 'name="__VIEWSTATE"' in page and 'name="__EVENTVALIDATION"' in page
    assert 'rel="canonical"' not in page


def test_three_urls_and_english_skin_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        want = _span(_region(_get(server, gold["path"])[1]), "Content")
        no_mid, rss, en_mid, _en_no_mid = gold["alt_paths"]
        for alt in gold["alt_paths"]:
            page = _get(server, alt)[1]
            assert _span(_region(page), "Content") == want, alt
        english = _get(server, en_mid)[1]
        assert "NEWS - EVENTS" in english and portal.TODAY_EN in english
        oldest = portal.in_cat(portal.cat_of(portal._BY_ID[int(rss.rsplit("=", 1)[1])]))[-1]
        assert ("Other news:" in english) == (oldest.id != int(rss.rsplit("=", 1)[1]))
        assert "Tác giả:" not in english and "Author:" in english
        assert 'href="/Default.aspx?tabid=36&amp;language=en-US"' in english
        assert portal.TODAY in _get(server, no_mid)[1] and "Tác giả:" in _get(server, rss)[1]


def test_where_each_url_is_linked(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    news = [g for g in portal.GOLD if g["category"] != "Thông báo"]
    assert html.escape(news[0]["alt_paths"][0]) in home  # home links have no mid
    assert html.escape(news[0]["path"]) not in home
    listing = _get(server, portal.cat_path(12))[1]
    assert html.escape(news[0]["path"]) in listing
    rss = _get(server, "/Portal/Rss.aspx?CatID=10")[1]
    links = re.findall(r"<link>(.*?)</link>", rss)
    assert f"{server.base_url}{news[0]['alt_paths'][1]}" in links
    assert 'type="application/rss+xml"' in home


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert {a for g in portal.GOLD for a in g["alt_paths"][2:3]} <= set(walk)  # English skin
    assert len({g["alt_paths"][0] for g in portal.GOLD} & set(walk)) >= 8  # home's no-mid links
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _week(t) for t, s in walk.items()), "the week links went on"
    assert any("ctl=Login&returnurl=" in t for t in walk)


def test_postback_pager_and_get_fallback(server: PortalServer) -> None:
    first = _get(server, portal.cat_path(12))[1]
    assert (
        "href=\"javascript:__doPostBack('dnn$ctr401$NewsList$dgNews','Page$2')\"" in first
        and "Page$3" in first
    )
    assert 'class="NextPage" href="/Default.aspx?tabid=56&amp;CatID=12&amp;page=2"' in first
    links = lambda page: re.findall(r'class="NewsListTitle" href="([^"]+)"', page)  # noqa: E731
    seen = []
    for n in (1, 2, 3):
        by_get = _get(server, portal.cat_path(12, n))[1]
        by_post = _post(
            server,
            portal.cat_path(12),
            {
                "__EVENTTARGET": portal.PAGER_TARGET,
                "__EVENTARGUMENT": f"Page${n}",
                "__VIEWSTATE": "x",
            },
        )
        assert links(by_get) == links(by_post) and links(by_get)
        seen += links(by_get)
    assert len(seen) == len(set(seen)) == len(portal.in_cat(12))
    last = _get(server, portal.cat_path(12, 3))[1]
    assert 'class="aspNetDisabled NextPage"' in last
    assert "Chưa có tin" in _get(server, portal.cat_path(12, 9))[1]


def test_print_views_are_bare(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"] + "&print=true")[1]
        assert 'onload="window.print()"' in page
        assert "dnn_LeftPane" not in page and "__VIEWSTATE" not in page
        assert _span(_region(page), "Content") == _span(
            _region(_get(server, gold["path"])[1]), "Content"
        )


def test_week_calendar_never_ends(server: PortalServer) -> None:
    target = portal.CALENDAR
    seen = set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)">Tuần sau »</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _week(target) > date(2028, 1, 1)
    assert "Chưa có lịch công tác" in _get(server, target)[1]
    assert "Hội nghị giao ban" in _get(server, portal.CALENDAR)[1]


def test_soft_404_and_real_404(server: PortalServer) -> None:
    status, page = _get(server, portal.detail_path(portal.DELETED_ITEM))
    assert status == 200 and "Tin này không tồn tại" in page
    linked = _get(server, portal.detail_path(3417))[1]
    assert f"ItemID={portal.DELETED_ITEM}" in linked
    assert _get(server, "/Pages/khong-co.aspx")[0] == 404
    assert _get(server, "/Default.aspx?tabid=99")[0] == 404


def test_non_articles_have_no_news_detail(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        page = _get(server, target)[1]
        if "&print=true" in target:
            continue
        assert 'id="dnn_ctr401_NewsDetail_lblContent"' not in page, target
    leaders = _get(server, "/Default.aspx?tabid=40")[1]
    assert all(phone in leaders for _, _, phone, _ in portal.LEADERS)
    docs = _get(server, "/Default.aspx?tabid=60")[1]
    assert all(d.number in docs and d.file in docs for d in portal.DOCS)
    assert _get(server, portal.DOCS[0].file)[0] == 200


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    regions = {p: _region(page) for p, page in pages.items()}
    entity = [p for p, r in regions.items() if re.search(r"&#\d{4};", r)]
    assert entity == [portal.detail_path(3417), portal.detail_path(3405)]
    for p in entity:
        assert not re.search(r"[^\x00-\x7f]", _span(regions[p], "Content"))
    split = [p for p, r in regions.items() if not unicodedata.is_normalized("NFC", r)]
    assert split == [portal.detail_path(3442)]
    content = _span(regions[split[0]], "Content")
    assert "\u0301" in content and "\u0302" not in content  # tones apart, shapes precomposed
    for page in pages.values():
        assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' in page
    status, _, headers = fetch(server, portal.GOLD[0]["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
