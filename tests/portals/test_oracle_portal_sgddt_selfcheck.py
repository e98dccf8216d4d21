"""Self-check of the Oracle Portal (Sở GD&ĐT) fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that links from the start page
(which redirects to the page group's home) reach every article and non-article, and that the
platform's traps behave as documented: the durable ITEM link and the legacy ``_pageid`` form
serve the same item display, pagers are one-based and refuse pages past the end, the calendar's
month links never end (the walk below stops two months away from today), every page's login
link is distinct and 302s to an SSO form, and a deleted item answers 200 with an error text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import oracle_portal_sgddt as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_BYLINE_LABELS = ("Tin:", "Ảnh:", "Bài, ảnh:", "Tin, ảnh:", "Nguồn:", "Tác giả:", "Tệp đính kèm")
_CAL = f"{portal._piref(portal.CAL_PORTLET, portal.CAL_PAGEID)}"


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _target(link: str) -> str:
    parts = urlsplit(link)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _follow(target: str) -> bool:
    """Links the walk fetches: not the SSO login, calendar months within two of today."""
    if "wwsec_app_priv.login" in target or "orasso" in target:
        return False
    if target.startswith(f"{portal.ROOT}/lich_cong_tac?"):
        q = parse_qs(urlsplit(target).query)
        y, m = int(q[f"{_CAL}.p_nam"][0]), int(q[f"{_CAL}.p_thang"][0])
        ty, tm = portal.THIS_MONTH
        return abs(y * 12 + m - (ty * 12 + tm)) <= 2
    return not _NOT_PAGES.search(urlsplit(target).path)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (redirects followed): target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if not _follow(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status in (301, 302):
            queue.append(_target(urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.scheme != "http" or link.netloc != host:
                continue
            nxt = _target(link.geturl())
            if nxt not in seen:
                queue.append(nxt)
    return seen


def _item(page: str) -> str:
    return page.split("<!-- ItemDisplay -->", 1)[1].split("<!-- /ItemDisplay -->", 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "oracle_portal_sgddt"
    assert portal.PLATFORM == "oracle_portal"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-22:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS | {"alt_paths"} == set(gold)
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    assert not (gold["published_at"] or "").endswith("T00:00:00+07:00")
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {name for _, name, _ in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
    assert gold["canonical_path"] == gold["path"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-22:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"] == "text/html"
    assert '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' in page
    region = _item(page)
    headline = re.search(r'<td class="tieude"><font class="PortletHeading1"><b>(.*?)</b>', region)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    title_tag = _nfc(re.search(r"<title>(.*?)</title>", page).group(1))
    assert title_tag == f"{portal.SHORT} - {gold['category']}"
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell is printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    srcs = [s for s in re.findall(r'<img src="([^"]+)"', region) if not s.startswith("/images/")]
    wanted = [html.escape(i.get("url") or i["path"]) for i in gold["images"]]
    assert srcs == wanted
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in text
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text
    crumbs = re.search(r"Bạn đang ở: (.*?)</font>", page).group(1)
    assert _reader(crumbs).split(" > ")[-1] == gold["category"]
    assert 'rel="canonical"' not in page


def test_dates_are_the_printed_ones(server: PortalServer) -> None:
    """The date attribute as printed (or the listing's date when the item prints none)."""
    forms = [
        (r"Cập nhật lúc (\d\d):(\d\d) ngày (\d\d)/(\d\d)/(\d{4})", "hmdMY"),
        (r"Thứ \w+, (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)", "dMYhm"),
        (r"^(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)$", "dMYhm"),
        (r"Ngày đăng: (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)", "YMdhm"),
        (r"Ngày đăng: (\d{4})-(\d\d)-(\d\d)$", "YMd"),
        (r"Ngày xuất bản: (\d\d)/(\d\d)/(\d{4}) 00:00", "dMY"),
        (r"Cập nhật: (\d\d)/(\d\d)/(\d{4})", "dMY"),
        (r"(\d\d) tháng (\d+) năm (\d{4})", "dMY"),
        (r"Ngày (\d\d)-(\d\d)-(\d{4})", "dMY"),
    ]
    for gold in portal.GOLD:
        region = _item(_get(server, gold["path"])[1])
        line = re.search(r'<td class="ngaydang"><font class="PortletText3"><i>(.*?)</i>', region)
        story = next(s for s in portal.STORIES if gold["path"] == portal.article_path(s))
        if line is None:
            d, m, y = story.opts["ld"].split("/")
            assert gold["published_at"] == f"{y}-{m}-{d}"
            continue
        shown = _nfc(line.group(1))
        for pattern, order in forms:
            if mt := re.search(pattern, shown):
                v = dict(zip(order, mt.groups(), strict=True))
                stamp = f"{v['Y']}-{int(v['M']):02d}-{v['d']}"
                if "h" in v:
                    stamp += f"T{v['h']}:{v['m']}:00+07:00"
                assert gold["published_at"] == stamp, shown
                break
        else:
            raise AssertionError(f"unknown date line {shown!r}")


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for paragraph in gold["body"].split("\n\n"):
            assert not paragraph.startswith(_BYLINE_LABELS), paragraph
            assert paragraph not in gold["authors"] + gold["photographers"]
        assert "Người cập nhật" not in gold["body"] and "_SGD" not in " ".join(gold["authors"])


def test_alternative_paths_serve_the_same_item(server: PortalServer) -> None:
    for gold in portal.GOLD:
        region = _item(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page, _ = _get(server, alt)
            assert status == 200
            assert _item(page) == region


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert walk["/"] == 302
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert sum(1 for s in walk.values() if s) < 300
    # durable links of the "Tin xem nhiều" portlet and legacy links of "Các tin khác"
    assert any(t.startswith("/pls/portal/url/ITEM/") for t in walk)
    assert any(t.startswith("/portal/page?_pageid=") and "p_itemid" in t for t in walk)


def test_pagers_are_one_based_and_bounded(server: PortalServer) -> None:
    home = _get(server, portal.ROOT)[1]
    assert f'href="{html.escape(portal.home_page_path(2))}"' in home
    assert _get(server, portal.home_page_path(4))[0] == 404
    page2 = _get(server, portal.cat_page_path("hoat_dong_nganh", 2))[1]
    listed = re.findall(r'<a href="([^"]+)" class="tieudetin">', page2)
    assert [html.unescape(h) for h in listed] == [
        portal.article_path(s) for s in portal.in_cat("hoat_dong_nganh")[3:]
    ]
    assert _get(server, portal.cat_page_path("hoat_dong_nganh", 3))[0] == 404


def test_calendar_next_links_never_end(server: PortalServer) -> None:
    target, seen = f"{portal.ROOT}/lich_cong_tac", set()
    for _ in range(30):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)">Tháng sau »</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == portal.cal_path(2029, 5)
    assert _get(server, portal.cal_path(2999, 12))[0] == 200
    assert "Tháng sau" not in _get(server, portal.cal_path(2999, 12))[1]
    assert _get(server, portal.cal_path(3000, 1))[0] == 404
    assert _get(server, portal.cal_path(2026, 13))[0] == 404


def test_document_register_sort_and_filter_combinations(server: PortalServer) -> None:
    count = 0
    for sort in portal.SORTS:
        for order in ("asc", "desc"):
            for kind in ["", *portal.DOC_TYPES]:
                status, page, _ = _get(server, portal.docs_path(sort, order, kind))
                assert status == 200
                assert "Văn bản chỉ đạo điều hành" in page
                count += 1
    assert count == 24
    assert _get(server, portal.docs_path("so", "up", ""))[0] == 404


def test_login_links_differ_per_page_and_redirect_to_sso(server: PortalServer) -> None:
    pages = [portal.ROOT, portal.GOLD[0]["path"]]
    links = [
        html.unescape(re.search(r'<a href="([^"]+)">Đăng nhập</a>', _get(server, p)[1]).group(1))
        for p in pages
    ]
    assert links[0] != links[1]
    status, _, headers = _get(server, links[1])
    assert status == 302 and "site2pstoretoken=v1.4~" in headers["Location"]
    assert _get(server, _target(headers["Location"]))[0] == 200


def test_deleted_item_is_a_soft_404(server: PortalServer) -> None:
    target = portal.NON_ARTICLES[-1]
    status, page, _ = _get(server, target)
    assert status == 200
    assert "WWC-44130" in page and "ItemDisplay" not in page
    assert f'href="{html.escape(target)}"' in _get(server, portal.ROOT)[1]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _item(page))
    ]
    assert len(decomposed) == 1
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _item(page))]
    assert len(referenced) == 1
    assert re.search(r"&[a-z]+;", _item(pages[referenced[0]]).replace("&amp;", ""))


def test_header_date_is_today_and_never_gold(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    assert portal.TODAY in page
    assert all(g["published_at"] != "2026-11-25" for g in portal.GOLD)


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.ROOT, portal.GOLD[0]["path"], f"{portal.ROOT}/lich_cong_tac"):
        assert _get(server, target)[1] == _get(server, target)[1]
