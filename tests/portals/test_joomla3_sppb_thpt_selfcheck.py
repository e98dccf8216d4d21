"""Self-check of the Joomla 3 + Helix Ultimate + SP Page Builder (THPT Huỳnh Thúc Kháng) fixture.

Nothing here imports the crawler. It checks the fixture against itself: every GOLD target, its
alternative URLs and every NON_ARTICLE answer 200; the gold is well formed and printed on its page
(after entities and NFC); a link walk from START_PATH reaches every article and non-article (the
JEvents calendar is followed only one month either side of today); the traps behave as the module
docstring says: the month and day links never end, ``?limitstart=N`` repeats ``?start=N``, the
non-SEF and prefixless URLs serve the same article with the same canonical, print views are
noindex, Phoca entries carry no article, static pages carry no date; and the text forms are the
ones documented (one NFD page, one entity-encoded article body, UTF-8 everywhere).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla3_sppb_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<(?!base\b)[a-z]+[^>]*?\shref=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")
_START = '<div class="article-details '
_END = '<ul class="pager pagenav">'
_CAT_NAMES = [name for _, _, name in portal.CATS.values()]


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
    return page.split(_START, 1)[1].split(_END, 1)[0]


def _body_region(page: str) -> str:
    return page.split('<div itemprop="articleBody">', 1)[1].split("</div>\n", 1)[0]


def _cal(target: str) -> tuple[str, date] | None:
    parts = urlsplit(target)
    if not parts.path.endswith("/lich-cong-tac"):
        return None
    q = {k: v[0] for k, v in parse_qs(parts.query).items()}
    if "year" not in q:
        return None
    return q.get("task", ""), date(int(q["year"]), int(q["month"]), int(q.get("day", "1")))


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links; calendar months only next to today, no day views."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        cal = _cal(target)
        far = cal is not None and (
            cal[0] == "day.listevents"
            or (
                cal[0] == "month.calendar"
                and abs((cal[1].year - 2026) * 12 + cal[1].month - 11) > 1
            )
        )
        if _NOT_PAGES.search(urlsplit(target).path) or "download=" in target or far:
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 900, "the walk should stay small"
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
    assert portal.NAME == "joomla3_sppb_thpt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


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
    assert gold["category"] in _CAT_NAMES
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/images/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    assert gold["canonical_path"] == gold["path"] and gold["path"].startswith("/index.php/tin-tuc/")
    assert len(gold["alt_paths"]) == 2
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\x00"]:
        assert name not in gold["body"], name  # no byline line in the body
    assert "Quản trị viên" not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = re.search(
        r'<time datetime="([^"]+)" itemprop="datePublished">Được đăng: ([^,<]+), (\d\d) Tháng (\d{1,2}) (\d{4}) (\d\d):(\d\d)</time>',
        region,
    )
    assert m, "no 'Được đăng' line"
    when = datetime(
        int(m.group(5)), int(m.group(4)), int(m.group(3)), int(m.group(6)), int(m.group(7))
    )
    assert portal.WEEKDAYS[when.weekday()] == m.group(2)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    assert m.group(1) == stamp
    return stamp


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _region(page)
    headline = re.search(r'<h1 itemprop="headline">(.*?)</h1>', region)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    body = _body_region(page)
    shown_body = _reader(body)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", body)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown_body, paragraph[:60]
    if gold["summary"]:
        assert re.search(r"<p><strong>[^<]+</strong></p>", body), "the sapo is a bold lead"
    shown = _reader(region)
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert image["caption"] in shown
    figure = re.search(r'<figure class="entry-image full-image[^"]*">(.*?)</figure>', region)
    if figure:
        assert gold["images"][0]["path"] in figure.group(1)
        caption = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", figure.group(1))
        assert gold["images"][0]["caption"] == (_nfc(caption.group(1)) if caption else None)
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown, name
    assert _printed_date(region) == gold["published_at"]
    cat = re.search(
        r'<dd class="category-name">Danh mục: <a href="[^"]+" itemprop="genre">([^<]+)</a>', region
    )
    assert cat and _nfc(cat.group(1)) == gold["category"]
    crumbs = re.search(
        r'<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">(.*?)</ol>',
        page,
    )
    names = [_nfc(n) for n in re.findall(r'<span itemprop="name">([^<]+)</span>', crumbs.group(1))]
    assert names[-2] == gold["category"] and names[-1] == gold["title"]
    assert f'<link href="{server.base_url}{gold["canonical_path"]}" rel="canonical" />' in page
    tab_title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert _nfc(tab_title) == f"{gold['title']} - {portal.SITE}"


def test_non_article_text_stays_out_of_the_gold(server: PortalServer) -> None:
    bodies = " ".join(g["body"] for g in portal.GOLD)
    for story in portal.STORIES:
        for _, _, comment in story.opts.get("comments", []):
            assert comment not in bodies
    assert "Thư ngỏ" in _get(server, "/")[1] and "Chào mừng quý phụ huynh" not in bodies
    for doc in portal.DOCS:
        assert doc.description not in bodies
    for route, (_, _, _, headline, blocks) in portal.STATIC.items():
        page = _get(server, f"/index.php{route}")[1]
        assert "Được đăng" not in page.split(_START, 1)[1] and "Viết bởi" not in page
        assert _nfc(headline) in _nfc(page) and headline not in [g["title"] for g in portal.GOLD]
        assert all(b.text not in bodies for b in blocks)


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            other = _get(server, alt)[1]
            assert f'<link href="{server.base_url}{gold["path"]}" rel="canonical" />' in other
            assert _region(other) == _region(page)
    front = _get(server, "/")[1]
    assert (
        'href="/index.php?option=com_content&amp;view=article&amp;id=245&amp;catid=8&amp;Itemid=104"'
        in front
    )
    story = portal.BY_ID[245]
    sidebar = _get(server, portal.GOLD[0]["path"])[1].split('<aside id="sp-right"', 1)[1]
    assert f'href="{portal.bare_path(story)}"' in sidebar
    wrong_alias = portal.article_path(story).replace("le-ky-niem", "bai-cu")
    assert _region(_get(server, wrong_alias)[1]) == _region(
        _get(server, portal.article_path(story))[1]
    )
    assert (
        _get(server, portal.article_path(story).replace("hoat-dong-nha-truong", "thong-bao"))[0]
        == 404
    )
    assert _get(server, "/index.php/tin-tuc/thong-bao/999-khong-co")[0] == 404
    assert _get(server, "/index.php?option=com_content&view=article&id=999")[0] == 404


def test_print_views_repeat_the_article_noindex(server: PortalServer) -> None:
    for gold in portal.GOLD:
        story = portal.BY_ID[int(gold["path"].rsplit("/", 1)[1].split("-")[0])]
        page = _get(server, portal.print_path(story))[1]
        assert '<meta name="robots" content="noindex, nofollow" />' in page
        assert f'<link href="{server.base_url}{gold["path"]}" rel="canonical" />' in page
        assert _body_region(page) == _body_region(_get(server, gold["path"])[1])
        assert 'id="jc"' not in page and "relateditems" not in page
        mail = _get(server, portal.mailto_path(story))[1]
        assert "Gửi email liên kết này cho bạn bè." in mail and "articleBody" not in mail


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    missing = set(portal.NON_ARTICLES) - set(walk)
    assert missing == set()
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(
        s == 0 and (_cal(t) or ("", None))[0] == "month.calendar" for t, s in walk.items()
    ), "the month links went on"
    # the prefixless and non-SEF forms are really linked
    linked = set(walk)
    assert any(
        a in linked for g in portal.GOLD for a in g["alt_paths"] if a.startswith("/tin-tuc/")
    )
    assert any(
        a in linked for g in portal.GOLD for a in g["alt_paths"] if a.startswith("/index.php?")
    )


def test_listings_paginate_with_start_and_limitstart(server: PortalServer) -> None:
    cat = portal.cat_path("hoat-dong-nha-truong")
    first = _get(server, cat)[1]
    assert first == _get(server, cat + "?limitstart=0")[1]
    assert f'href="{cat}?start=3"' in first and f'href="{cat}?start=6"' in first
    second = _get(server, cat + "?start=3")[1]
    assert second == _get(server, cat + "?limitstart=3")[1]
    assert f'href="{cat}?limitstart=0"' in second
    third = _get(server, cat + "?start=6")[1]
    assert "Trang 3 / 3" in third and 'title="Tiếp"' not in third
    listed = set()
    for n in (0, 3, 6):
        listed |= set(
            re.findall(
                r'<h2 itemprop="name"><a href="([^"]+)"', _get(server, f"{cat}?start={n}")[1]
            )
        )
    assert listed == {portal.article_path(s) for s in portal.in_cat("hoat-dong-nha-truong")}
    news = _get(server, "/index.php/tin-tuc?start=10")[1]
    assert "Trang 3 / 3" in news
    notices = _get(server, portal.cat_path("thong-bao"))[1]
    assert '<table class="category table' in notices and "Ngày đăng" in notices
    assert 'name="limit"' in notices and "pagination-list" not in notices
    rss = _get(server, "/index.php/tin-tuc?format=feed&type=rss")[1]
    assert rss.count("<item>") == 10 and f"{server.base_url}{portal.GOLD[0]['path']}" in rss
    atom = _get(server, cat + "?format=feed&type=atom")[1]
    assert atom.count("<entry>") == len(portal.in_cat("hoat-dong-nha-truong"))


def test_calendar_links_never_end(server: PortalServer) -> None:
    target = "/index.php/lich-cong-tac"
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<td class="nextmonth"><a href="([^"]+)"', page).group(1))
        assert nxt not in seen and "task=month.calendar" in nxt
        seen.add(nxt)
        target = nxt
    assert _cal(target)[1] == date(2030, 3, 25)
    last = _get(
        server, "/index.php/lich-cong-tac?task=month.calendar&Itemid=109&year=9999&month=12&day=1"
    )
    assert last[0] == 200 and 'class="nextmonth"' not in last[1]
    old = _get(
        server, "/index.php/lich-cong-tac?task=month.calendar&Itemid=109&year=1901&month=2&day=1"
    )
    assert old[0] == 200 and 'class="previousmonth"' in old[1]
    day = _get(
        server, "/index.php/lich-cong-tac?task=day.listevents&Itemid=109&year=2041&month=7&day=9"
    )[1]
    assert "Không có sự kiện nào" in day and "Ngày sau »" in day
    month = _get(server, "/index.php/lich-cong-tac")[1]
    for event in portal.EVENTS:
        if event.day.month == 11:
            assert f'href="{html.escape(event.path)}"' in month
    assert (
        "/lich-cong-tac?task="
        in _get(server, "/lich-cong-tac?task=month.calendar&year=2026&month=11")[1]
    )


def test_phoca_entries_are_records(server: PortalServer) -> None:
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        assert "article-details" not in page and "Lượt tải:" in page
        assert f'href="{html.escape(doc.download)}"' in page
        status, _, headers = fetch(server, doc.download)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert headers["Content-Disposition"] == f'attachment; filename="{doc.filename}"'
    notice = _get(server, portal.article_path(portal.BY_ID[247]))[1]
    assert f'href="{portal.DOCS[0].path}"' in _body_region(notice)


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _, _, h in pages.values())
    not_nfc = [p for p, (_, page, _) in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert not_nfc == [portal.article_path(portal.BY_ID[226])]
    encoded = [p for p, (_, page, _) in pages.items() if re.search(r"&#\d+;", _body_region(page))]
    assert encoded == [portal.article_path(portal.BY_ID[236])]
    for _, page, _ in pages.values():
        assert portal.TODAY in page
    assert portal.TODAY in _get(server, "/")[1]
