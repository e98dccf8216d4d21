"""Self-check of the Kentico 12 political-school fixture (kentico_tct): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that the gold is well formed
and printed on its page (after entities and NFC), that every gold target, alternative URL and
listed non-article answers 200, that a walk of links from START_PATH (the calendar followed only
near today) reaches every article, that the feed and the sitemap name them, and that the traps
behave as the module's docstring says: the same article at /getdoc/, ?lang=vi-VN,
PortalTemplate.aspx?aliaspath= and ?viewmode=3; ?lang=en-US soft 404s; the calendar's weeks
without end; the UniPager; the search postback; the encodings of the NFD and entity articles.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import kentico_tct as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_NEWS_START = '<div class="NewsDetail kt-news-detail">'
_RESEARCH_START = '<div class="kt-research-detail">'
_DETAIL_END = '<div class="kt-related">'
_STORY = {portal.article_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(
    server: PortalServer, target: str, data: bytes | None = None
) -> tuple[int, str, dict[str, str]]:
    request = urllib.request.Request(server.url(target), data=data)
    try:
        with NO_REDIRECTS.open(request, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _raw(server: PortalServer, target: str) -> bytes:
    with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
        return resp.read()


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(
        unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split()
    )


def _detail(page: str) -> str:
    start = _NEWS_START if _NEWS_START in page else _RESEARCH_START
    return page.split(start, 1)[1].split(_DETAIL_END, 1)[0]


def _content(page: str) -> str:
    region = _detail(page)
    start = (
        '<div class="NewsText">'
        if '<div class="NewsText">' in region
        else '<div class="kt-content">'
    )
    return region.split(start, 1)[1].split('<div class="NewsTags">', 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        local = _local(server, urljoin(server.url(target), href))
        if local:
            out.append(local)
    return out


def _calendar_day(target: str) -> date | None:
    parts = urlsplit(target)
    if parts.path != "/Lich-cong-tac":
        return None
    value = parse_qs(parts.query).get("date")
    return date.fromisoformat(value[0]) if value else None


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> links from START_PATH; calendar weeks near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        day = _calendar_day(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            day and abs((day - portal.TODAY_DATE).days) > 35
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 1500, "the walk should stay bounded"
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            queue.extend(link for link in _links(server, target, body) if link not in seen)
    return seen


# --- the gold itself --------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert (
        portal.NAME == "kentico_tct" and portal.PLATFORM == "kentico12" and portal.START_PATH == "/"
    )
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"][:7] for g in portal.GOLD) == "2026-11"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and not re.match(r"(ThS|TS|PGS)\.", name)
        assert " - " not in name
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"] and not gold["summary"].startswith("Tóm tắt")
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/getattachment/")
        if image["caption"]:
            assert image["caption"] not in gold["body"]
            assert not image["caption"].startswith(("Ảnh:", "(")) and not image["caption"].endswith(
                ")"
            )
    for line in ("Tin, ảnh:", "Tin và ảnh:", "Tin:", "Tác giả:", "Nguồn:", "Người đăng"):
        assert line not in gold["body"]
    for name in gold["authors"]:
        assert not gold["body"].endswith(name)


# --- every target answers ---------------------------------------------------------------------


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    story = _STORY[gold["path"]]
    region = _detail(page)
    text = _reader(region)
    assert re.search(
        rf'<h1 class="(NewsTitle|kt-title)">{re.escape(html.escape(gold["title"]))}</h1>', region
    )
    at = 0
    for paragraph in gold["body"].split("\n\n"):
        found = text.find(paragraph, at)
        assert found >= 0, paragraph[:60]
        at = found + len(paragraph)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text, name
    srcs = [html.unescape(s) for s in re.findall(r'<img [^>]*src="([^"]+)"', _content(page))]
    assert srcs == [i["path"] for i in gold["images"]]
    for img, block in zip(gold["images"], story.images, strict=True):
        if block.printed:
            assert _reader(html.escape(block.printed)) in text
        if img["caption"]:
            assert img["caption"] in text
    stamp = gold["published_at"]
    day = date.fromisoformat(stamp[:10])
    if story.cat == portal.RESEARCH:
        clock = stamp[11:16] if "T" in stamp else "00:00"
        assert f'<span class="kt-date">Ngày đăng: {day:%d/%m/%Y} {clock}</span>' in region
        if gold["summary"]:
            assert f"Tóm tắt: {gold['summary']}" in text
    else:
        assert "T" not in stamp
        weekday = portal.WEEKDAYS[day.weekday()]
        assert f'<span class="NewsDate">{weekday}, {day:%d/%m/%Y}</span>' in region
        assert '<meta property="article:published_time" content="' + stamp in page
        summary = re.search(r'<div class="NewsSummary">(.*?)</div>', region).group(1)
        assert _reader(summary) == (gold["summary"] or "")
    crumbs = re.findall(r'class="CMSBreadCrumbsLink">([^<]+)</a>', page)
    assert crumbs[2] == gold["category"] and crumbs[-1].startswith("Tháng ")
    assert (
        f'<div class="kt-cat-title"><h2><a href="/Tin-tuc/{story.cat}">{gold["category"]}</a></h2></div>'
        in page
    )
    full = _reader(page)
    assert portal.TODAY in full and "Đang truy cập: 23 — Tổng lượt truy cập: 1.034.567" in full
    assert "Tin cùng chuyên mục" in full and "Từ khóa:" in full and portal.HOTLINE in full
    assert 'rel="canonical"' not in page


def test_bylines_are_printed_as_the_docstring_says(server: PortalServer) -> None:
    by_id = {s.id: s for s in portal.STORIES}
    expected = {
        1: '<p style="text-align: right;"><strong>Khoa Lý luận cơ sở</strong></p>',
        2: "<strong><em>Tin, ảnh: Nguyễn Thu Trang</em></strong>",
        3: '<div class="NewsAuthor"><strong>Tác giả:</strong> Hoàng Minh Đức</div>',
        4: '<div class="NewsAuthor"><strong>Tác giả:</strong> ThS. Nguyễn Thị Lan Anh</div>',
        5: '<div class="NewsAuthor"><strong>Tác giả:</strong> Phòng Quản lý đào tạo</div>',
        6: '<div class="NewsSource"><strong>Nguồn:</strong> Ban Tuyên giáo và Dân vận Tỉnh ủy</div>',
        7: "<strong>Tin: Đỗ Thị Hằng - Ảnh: Ngô Quang Vinh</strong>",
        8: "Tác giả: <span>TS. Trần Thị Mai Phương, Nguyễn Văn Thắng</span>",
        9: '<p style="text-align: right;"><strong>Bùi Thanh Tùng</strong></p>',
        10: "<strong>ThS. Lê Văn Hòa - Phòng Quản lý đào tạo</strong>",
        11: "<strong>Tin và ảnh: Vũ Hải Yến</strong>",
        12: '<div class="NewsSource"><strong>Nguồn:</strong> Báo Tuyên Quang điện tử</div>',
        13: '<div class="NewsAuthor"><strong>Tác giả:</strong> </div>',
    }
    for sid, line in expected.items():
        _, page, _ = _get(server, portal.article_path(by_id[sid]))
        assert line in page, sid
    _, page, _ = _get(server, portal.article_path(by_id[13]))
    assert "Người đăng: admin" in page
    _, page, _ = _get(server, portal.article_path(by_id[2]))
    assert "Cập nhật lần cuối: 16/11/2026 10:05" in page


# --- reachability -----------------------------------------------------------------------------


def test_every_article_is_reachable_by_links(walk: dict[str, int]) -> None:
    golds = {g["path"] for g in portal.GOLD}
    assert golds <= set(walk)
    assert all(walk[p] == 200 for p in golds)
    assert set(portal.NON_ARTICLES) - {"/Tim-kiem"} <= set(walk)
    # the alternatives are linked too: Chia sẻ (/getdoc/), the VI switch, Tin xem nhiều, the editor's link
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    linked = alts & set(walk)
    assert {a for a in alts if a.startswith("/getdoc/") or a.endswith("?lang=vi-VN")} <= linked
    assert any("aliaspath=" in a for a in linked) and any(a.endswith("?viewmode=3") for a in linked)
    assert not [t for t, s in walk.items() if s not in (0, 200, 301, 302)]


def test_feed_and_sitemap_name_every_article(server: PortalServer) -> None:
    _, home, _ = _get(server, "/")
    feed_href = re.search(
        r'<link rel="alternate" type="application/rss\+xml" [^>]*href="([^"]+)"', home
    ).group(1)
    status, feed, headers = _get(server, html.unescape(feed_href))
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    items = [
        _local(server, u) for u in re.findall(r"<link><!\[CDATA\[(http[^\]]+)\]\]></link>", feed)
    ]
    by_getdoc = {portal.getdoc_path(s): portal.article_path(s) for s in portal.STORIES}
    assert len(items) == portal.FEED_SIZE and all(i in by_getdoc for i in items)
    _, robots, _ = _get(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, _ = _get(server, sitemap)
    listed = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert {g["path"] for g in portal.GOLD} <= listed
    assert {"/", "/Lien-he", "/Van-ban", "/Thu-vien-anh"} <= listed


# --- listings ---------------------------------------------------------------------------------


def test_unipager(server: PortalServer) -> None:
    base = "/Tin-tuc/Hoat-dong-dao-tao"
    want = [portal.article_path(s) for s in portal.newest("Hoat-dong-dao-tao")]
    got: list[str] = []
    for n in (1, 2, 3):
        _, page, _ = _get(server, base + (f"?page={n}" if n > 1 else ""))
        assert f'<span class="kt-pager-label">Trang {n}/3</span>' in page
        pager = re.search(r'<ul class="pagination">(.*?)</ul>', page).group(1)
        labels = re.findall(r"<a [^>]*>([^<]+)</a>", pager)
        if n == 1:
            assert labels == ["2", "3", "›", "»"]
        elif n == 2:
            assert labels == ["«", "‹", "1", "3", "›", "»"] and f'href="{base}"' in pager
        else:
            assert labels == ["«", "‹", "1", "2"]
        got += re.findall(r'<h3 class="kt-item-title"><a href="([^"]+)">', page)
    assert got == want
    _, page, _ = _get(server, "/Tin-tuc")
    assert "Trang 1/4" in page
    status, page, _ = _get(server, base + "?page=9")
    assert status == 200 and "Không có dữ liệu." in page


# --- traps ------------------------------------------------------------------------------------


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, page, _ = _get(server, gold["path"])
        want = _reader(_detail(page))
        for alt in gold["alt_paths"]:
            status, other, _ = _get(server, alt)
            assert status == 200 and _reader(_detail(other)) == want, alt
        story = _STORY[gold["path"]]
        og = re.search(r'<meta property="og:url" content="([^"]+)"', page).group(1)
        assert _local(server, og) == portal.getdoc_path(story)
    k45 = portal.article_path(next(s for s in portal.STORIES if s.id == portal.VIEWMODE_STORY))
    _, page, _ = _get(server, portal.article_path(next(s for s in portal.STORIES if s.id == 1)))
    assert f'<a href="{k45}?viewmode=3">' in _content(page)
    assert (
        "/getdoc/5f0e3c1a-8b2d-4e6f-9a7c-1d2e3f405162/Khai-giang-lop-Trung-cap-ly-luan-chinh-tri-K45"
        in {a for g in portal.GOLD for a in g["alt_paths"]}
    )
    # case-insensitive and .aspx, as Kentico answers (never linked)
    assert _get(server, k45.lower())[0] == 200 and _get(server, k45 + ".aspx")[0] == 200


def test_english_culture_is_a_soft_404_for_untranslated_documents(server: PortalServer) -> None:
    for gold in portal.GOLD:
        status, page, _ = _get(server, gold["path"] + "?lang=en-US")
        assert status == 200 and "Page not found" in page
        assert gold["body"].split("\n\n")[1][:40] not in _reader(page)
    status, page, _ = _get(server, "/?lang=en-US")
    assert status == 200 and "Welcome" in page and "Page not found" not in page
    status, page, _ = _get(server, "/Gioi-thieu/Lich-su-hinh-thanh?lang=en-US")
    assert status == 200 and "Kim Quan" in page
    assert "Page not found" in _get(server, "/Lien-he?lang=en-US")[1]


def test_calendar_weeks_never_end(server: PortalServer) -> None:
    _, page, _ = _get(server, "/Lich-cong-tac")
    assert (
        "Từ ngày 23/11/2026 đến ngày 29/11/2026" in page and "Hội thảo khoa học cấp trường" in page
    )
    target = "/Lich-cong-tac?date=2026-11-14"
    seen = set()
    for _ in range(60):
        status, page, _ = _get(server, target)
        assert status == 200 and target not in seen
        seen.add(target)
        nxt = re.search(r'<a href="(/Lich-cong-tac\?date=[0-9-]+)">Tuần sau ›</a>', page).group(1)
        target = nxt
    assert "Chưa có lịch công tác trong tuần này." in page
    assert _get(server, "/Lich-cong-tac?date=2999-12-30")[0] == 200
    assert _get(server, "/Lich-cong-tac?date=1900-01-01")[0] == 200


def test_print_view_search_and_chrome(server: PortalServer) -> None:
    story = portal.STORIES[0]
    status, page, _ = _get(server, f"/In-bai?nodeid={story.opts['node']}")
    assert status == 200 and '<meta name="robots" content="noindex, nofollow" />' in page
    assert story.title in page
    form = urllib.parse.urlencode(
        {
            "__VIEWSTATE": "x",
            "p$lt$ctl01$SmartSearchBox$txtWord": "khai giảng",
            "p$lt$ctl01$SmartSearchBox$btnSearch": "Tìm",
        }
    ).encode()
    status, _, headers = _get(server, "/", data=form)
    assert status == 302 and headers["Location"].startswith("/Tim-kiem?searchtext=khai+gi")
    status, page, _ = _get(server, headers["Location"])
    assert status == 200 and "Khai-giang-lop-Trung-cap-ly-luan-chinh-tri-K45" in page
    _, home, _ = _get(server, "/")
    for marker in (
        'id="__VIEWSTATE"',
        'id="__EVENTVALIDATION"',
        "Sys.WebForms.PageRequestManager._initialize",
        "/CMSPages/GetResource.ashx?stylesheetname=TCT_Main",
        'id="menuElem" class="CMSListMenuUL"',
    ):
        assert marker in home
    assert _get(server, "/Gioi-thieu")[0] == 301
    assert _get(server, "/Tin-tuc/Khong-co-bai-nay")[0] == 404
    status, _, headers = _get(server, "/CMSPages/GetResource.ashx?stylesheetname=TCT_Main")
    assert status == 200 and headers["Content-Type"] == "text/css"
    doc = portal.DOCS[0]
    status, _, headers = _get(server, doc["href"])
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_encodings(server: PortalServer) -> None:
    nfd = next(s for s in portal.STORIES if s.opts.get("nfd"))
    raw = _raw(server, portal.article_path(nfd)).decode("utf-8")
    content = _content(raw)
    assert not unicodedata.is_normalized("NFC", content)
    assert unicodedata.normalize("NFD", nfd.blocks[1].text) in content
    ent = next(s for s in portal.STORIES if s.opts.get("entities"))
    content = _content(_raw(server, portal.article_path(ent)).decode("utf-8"))
    assert re.search(r"&#\d+;", content) and re.search(r"[^\x00-\x7f]", content)
    assert html.unescape(content).count("Hàm Yên") == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
