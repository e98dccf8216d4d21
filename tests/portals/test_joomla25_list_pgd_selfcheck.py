"""Self-check of the Joomla 2.5 category-list fixture (Phòng GD&ĐT Thạch Hà): fixture vs itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after
entities and NFC: title, paragraphs, captions, bylines, the "Ngày đăng" line or the list's date,
the "Danh mục:" line); that a browser-like walk of links from START_PATH reaches every article
(JEvents calendar pages only near today); and that the platform's traps behave as the module
docstring says: list pagination by ``?limitstart=N``, the split article and its TOC, print and
mailto views, the endless calendar, the three addresses of one article, the real 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla25_list_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|doc|xml)$")
_CAL = re.compile(r"/lich-cong-tac/(?:month\.calendar|eventsbyday)/(\d{4})/(\d\d)/(\d\d)/-$")
_REGION_START = '<div class="item-page">'
_REGION_END = '<div class="addthis_toolbox'
_CATEGORIES = {"Hoạt động chuyên môn", "Tin các trường", "Thông báo"}


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
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _cal_day(target: str) -> date | None:
    m = _CAL.search(urlsplit(target).path)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    host = urlsplit(server.base_url).netloc
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        link = urlsplit(urljoin(server.url(target), href))
        if link.netloc == host:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links; calendar days only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        day = _cal_day(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            day and abs((day - portal.TODAY_DATE).days) > 40
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status != 200:
            continue
        queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "joomla25_list_pgd"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert not set(paths) & set(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == _CATEGORIES
    assert all(g["path"].startswith("/index.php/") for g in portal.GOLD)


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
        assert not image["caption"] or image["caption"] not in gold["body"]
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Người viết|Tin và ảnh|Ảnh): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert "{loadposition" not in gold["body"] and "Bài viết liên quan" not in gold["body"]
    assert "Mục lục bài viết" not in gold["body"] and "Trang 1 / 2" not in gold["body"]
    assert "Tải về" not in gold["body"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(server: PortalServer, page: str, gold: dict) -> str:
    """The "Ngày đăng" line of the article, else the date of its row in its category list."""
    info = re.search(r'<dl class="article-info">(.*?)</dl>', _region(page), re.S).group(1)
    if m := re.search(
        r'<dd class="published">\s*Ngày đăng (?:Thứ \w+|Chủ nhật), (\d\d) Tháng (\d+) (\d{4}) '
        r"(\d\d):(\d\d)\s*</dd>",
        info,
    ):
        d, mo, y, hh, mm = m.groups()
        return f"{y}-{int(mo):02d}-{d}T{hh}:{mm}:00+07:00"
    assert "Ngày tạo" not in info and "Cập nhật lần cuối" not in info
    cat = re.search(r'Danh mục: <a href="([^"]+)"', info).group(1)
    listing = "".join(_get(server, f"{cat}?limitstart={n}")[1] for n in (0, 5, 10))
    row = listing.split(f'href="{gold["path"]}"', 1)[1]
    d, mo, y = re.search(
        r'<td class="list-date">\s*(\d\d) Tháng (\d+) (\d{4})\s*</td>', row
    ).groups()
    return f"{y}-{int(mo):02d}-{d}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _region(page)
    headline = re.search(r"<h2>\s*<a href=\"([^\"]+)\">(.*?)</a>\s*</h2>", region, re.S)
    assert headline.group(1) == gold["path"]
    assert " ".join(_nfc(headline.group(2)).split()) == gold["title"]
    if "?showall=&amp;start=1" in region:  # the split article: its text is both pages
        region += _region(_get(server, gold["path"] + portal.SPLIT_PAGE2)[1])
    shown = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert _printed_date(server, page, gold) == gold["published_at"]
    category = re.search(r'Danh mục: <a href="[^"]+">([^<]+)</a>', region).group(1)
    assert category == gold["category"]
    crumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', page, re.S).group(1)
    assert _nfc(re.findall(r'class="pathway">([^<]+)</a>', crumbs)[-1]) == gold["category"]
    assert 'rel="canonical"' not in page  # Joomla 2.5 prints none
    assert '<meta name="author" content="Administrator" />' in page
    assert f"Hôm nay: {portal.TODAY}" in page


def test_bylines_and_odd_lines_are_printed_where_the_docstring_says(server: PortalServer) -> None:
    pages = {
        g["path"].split("/")[-1].split("-")[0]: _get(server, g["path"])[1] for g in portal.GOLD
    }
    assert (
        "Viết bởi Administrator" in pages["482"]
        and "Người viết: Trần Thị Minh Nguyệt" in pages["482"]
    )
    assert "Viết bởi Đặng Văn Tuấn" in pages["461"]
    assert "Viết bởi Hồ Thị Thanh" in pages["470"] and "Ảnh: Hồ Thị Thanh" in pages["470"]
    assert "Ngày tạo Thứ năm, 05 Tháng 11 2026 16:20" in pages["470"]
    assert "Cập nhật lần cuối Thứ hai, 09 Tháng 11 2026 07:55" in pages["470"]
    assert '<dd class="published">' not in _region(pages["464"])
    assert "<p>{loadposition quangcao}</p>" in pages["466"]
    assert '<h3>Bài viết liên quan</h3><ul class="relateditems">' in _region(pages["473"])
    assert 'title="Tiết dạy minh họa tại lớp 2B Trường TH Thạch Văn"' in pages["478"]
    gold478 = next(g for g in portal.GOLD if "/478-" in g["path"])
    assert gold478["images"][0]["caption"] is None
    assert 'class="img_caption"' in pages["482"] and 'class="caption"' in pages["482"]
    assert "Nguồn: Báo Hà Tĩnh" in _reader(_region(pages["455"]))


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        main = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            page = _get(server, alt)[1]
            if "showall=1" in alt:  # the whole split article, TOC on top
                assert _reader(_region(page)).count("Tất cả các trang") == 1
                for paragraph in gold["body"].split("\n\n"):
                    assert paragraph in _reader(_region(page))
                continue
            assert _region(page) == _region(main), alt
    nonsef = portal.GOLD[0]["alt_paths"][0]
    assert nonsef.startswith("/index.php?option=com_content&view=article&id=")


def test_alt_paths_are_linked_where_the_docstring_says(server: PortalServer) -> None:
    front = _get(server, "/")[1]
    featured = [s for s in portal.LATEST if s.opts.get("featured")]
    for s in featured:
        assert f'href="{portal.home_path(s)}"' in front
        assert f'href="{portal.article_path(s)}"' in front
    page = _get(server, portal.article_path(portal._BY_ID[461]))[1]
    base = server.base_url
    assert f'href="{html.escape(base + portal.nonsef_path(portal.SPLIT))}"' in page
    assert f'href="{portal.OLD_LINK}"' in page
    status, body = _get(server, portal.OLD_LINK)
    assert status == 404 and "Không tìm thấy bài viết" in body


def test_split_article_pages(server: PortalServer) -> None:
    main = portal.article_path(portal.SPLIT)
    first = _get(server, main)[1]
    second = _get(server, main + portal.SPLIT_PAGE2)[1]
    whole = _get(server, main + portal.SPLIT_ALL)[1]
    assert '<div class="pagenavcounter">Trang 1 / 2</div>' in first
    assert '<div class="pagenavcounter">Trang 2 / 2</div>' in second
    for page in (first, second, whole):
        assert "<h3>Mục lục bài viết</h3>" in page
        assert f'href="{main}?showall=1&amp;limitstart=" class="toclink' in page
    gold = next(g for g in portal.GOLD if g["path"] == main)
    paras = gold["body"].split("\n\n")
    one, two, all_ = (_reader(_region(p)) for p in (first, second, whole))
    assert paras[0] in one and paras[0] not in two and paras[-1] in two and paras[-1] not in one
    assert all(p in all_ for p in paras)
    assert "<title>" + html.escape(gold["title"]) + " - Phương hướng" in second
    assert _get(server, main + "?start=1")[1] == second
    assert _get(server, main + "?start=2")[0] == 404


def test_category_lists_paginate_by_limitstart(server: PortalServer) -> None:
    first = _get(server, "/index.php/tin-tuc")[1]
    assert "Trang 1 của 3" in first and "Hiển thị #" in first
    assert 'href="/index.php/tin-tuc?limitstart=5" class="pagenav">2</a>' in first
    assert 'title="Cuối" href="/index.php/tin-tuc?limitstart=10"' in first
    assert '<span class="pagenav">Bắt đầu</span>' in first
    assert _get(server, "/index.php/tin-tuc?limitstart=0")[1] == first
    assert (
        _get(server, "/index.php/tin-tuc?start=5")[1]
        == _get(server, "/index.php/tin-tuc?limitstart=5")[1]
    )
    last = _get(server, "/index.php/tin-tuc?limitstart=10")[1]
    assert "Trang 3 của 3" in last and last.count('<td class="list-title">') == 1
    assert _get(server, "/index.php/tin-tuc?limit=0")[1].count('<td class="list-title">') == 11
    assert "Trang 1 của 2" in _get(server, "/index.php/tin-tuc/hoat-dong-chuyen-mon")[1]
    notices = _get(server, "/index.php/thong-bao")[1]
    assert 'class="pagination"' not in notices
    for g in portal.GOLD:
        listed = g["path"] in "".join(
            _get(server, t)[1]
            for t in portal.NON_ARTICLES
            if t.startswith(("/index.php/tin-tuc", "/index.php/thong-bao"))
        )
        assert listed, g["path"]
    feed = _get(server, "/index.php/tin-tuc?format=feed&type=rss")[1]
    assert feed.startswith("<?xml") and feed.count("<item>") == 10
    assert "(Administrator)</author>" in feed
    assert 'href="/index.php/tin-tuc?format=feed&amp;type=rss"' in first


def test_print_and_mailto_views(server: PortalServer) -> None:
    for gold in portal.GOLD:
        s = portal._BY_ID[int(gold["path"].rsplit("/", 1)[1].split("-")[0])]
        page = _get(server, gold["path"])[1]
        assert f'href="{html.escape(portal.print_path(s))}"' in page
        assert f'href="{html.escape(portal.mailto_path(s))}"' in page
        printed = _get(server, portal.print_path(s))[1]
        assert '<meta name="robots" content="noindex, nofollow" />' in printed
        assert all(p in _reader(printed) for p in gold["body"].split("\n\n"))
        mailto = _get(server, portal.mailto_path(s))[1]
        assert "Gửi liên kết này tới bạn bè qua email." in mailto and 'name="mailtoForm"' in mailto


def test_calendar_never_ends(server: PortalServer) -> None:
    target = "/index.php/lich-cong-tac"
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(
            re.search(r'<a href="([^"]+)" title="Tháng sau">Tháng sau', page).group(1)
        )
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _cal_day(target) == date(2030, 3, 1)
    day = _get(server, "/index.php/lich-cong-tac/eventsbyday/2041/07/09/-")[1]
    assert "Ngày sau" in day and "Không có sự kiện nào" in day
    assert "Ngày sau" not in _get(server, "/index.php/lich-cong-tac/eventsbyday/2999/12/31/-")[1]
    month = _get(server, portal.month_path(date(2026, 12, 1)))[1]
    assert all(portal.event_path(e) in month for e in portal.EVENTS if e.day.month == 12)


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 303, 404)] == []
    assert [t for t, s in walk.items() if s == 404] == [portal.OLD_LINK]
    assert any(s == 0 and _cal_day(t) for t, s in walk.items()), "the calendar went on"


def test_non_articles_are_what_they_say(server: PortalServer) -> None:
    intro = _get(server, "/index.php/gioi-thieu")[1]
    assert '<dl class="article-info">' not in intro and "Giới thiệu chung" in intro
    docs = _get(server, "/index.php/van-ban/category/1-van-ban-cua-phong")[1]
    href = html.unescape(re.search(r'href="([^"]+\?download=[^"]+)"', docs).group(1))
    status, _, headers = fetch(server, href)
    assert status == 200 and headers["Content-Disposition"].startswith("attachment;")
    assert (
        'class="pg-modal-button"'
        in _get(server, "/index.php/thu-vien-anh/category/2-hoi-thi-gvdg-tieu-hoc-2026")[1]
    )
    status, _, headers = fetch(server, "/index.php/lien-ket-website/1-bo-giao-duc-va-dao-tao")
    assert status == 303 and headers["Location"].startswith("https://")
    status, _, headers = fetch(server, "/index.php/component/banners/click/2")
    assert status == 303
    assert "Disallow: /images/" in _get(server, "/robots.txt")[1]
    assert "Mẫu liên hệ" in _get(server, "/index.php/lien-he")[1]
    found = _get(server, "/index.php/tim-kiem?searchword=chuy%E1%BB%83n+%C4%91%E1%BB%95i")[1]
    assert portal.article_path(portal.SPLIT) in found


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"]) for g in portal.GOLD}
    assert all(s == 200 for s, _ in pages.values())
    nfd = [p for p, (_, page) in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert nfd == [portal.article_path(portal._BY_ID[473])]
    refs = [p for p, (_, page) in pages.items() if re.search(r"&#\d{4};", _region(page))]
    assert refs == [portal.article_path(portal._BY_ID[455])]
    _, _, headers = fetch(server, portal.GOLD[0]["path"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"
