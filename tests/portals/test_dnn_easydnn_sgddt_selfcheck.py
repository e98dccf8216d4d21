"""Self-check of the DNN 9 + EasyDNNnews (Sở GD&ĐT) fixture portal: the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler. It checks
that every GOLD and NON_ARTICLES target answers 200 through a real PortalServer, that every gold
paragraph, caption, title, name and date is printed on its page, that links from START_PATH reach
every article, and that the traps behave as documented: the archive calendar's month links never
end (every month 1900-2999 answers; the walk below stops two months outside the months that hold
articles), the slug-less and "Thông báo" tab URLs serve the same article with ``rel=canonical``,
and an unknown articleId is a soft 404 (200, no article).
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import dnn_easydnn_sgddt as portal
from ._selfcheck import NO_REDIRECTS as _STRICT
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
_NOT_PAGES = re.compile(r"(\.(jpe?g|png|gif|ico|css|js|pdf)$)|(\.ashx$)|(^/LinkClick\.aspx$)")
_ARCHIVE = re.compile(r"/ArchiveView/month/(\d+)/year/(\d+)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _month_key(y: int, m: int) -> int:
    return y * 12 + m


_MONTHS = [_month_key(y, m) for y, m in portal.ARCHIVE_MONTHS]


def _near_articles(target: str) -> bool:
    m = _ARCHIVE.search(urlsplit(target).path)
    if not m:
        return True
    key = _month_key(int(m.group(2)), int(m.group(1)))
    return min(_MONTHS) - 2 <= key <= max(_MONTHS) + 2


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (archive months bounded): target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _near_articles(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if (
                link.scheme not in ("http", "https")
                or link.netloc != urlsplit(server.base_url).netloc
            ):
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def _region(page: str) -> str:
    return page.split('<div class="edn_article edn_articleDetails', 1)[1].split(
        '<div class="edn_socialPrintWrapper"', 1
    )[0]


def _content(page: str) -> str:
    region = _region(page)
    return region.split('<div class="edn_metaDetails">', 1)[1].split("</div>", 1)[1]


_VI_MONTH = re.compile(r"^(\d{2}) tháng (\d{1,2}) năm (\d{4})$")


def _parse_dateline(line: str) -> str:
    """The date lines the templates print, read by hand-written patterns (day first)."""
    if m := re.match(r"^Thứ \w+, (\d{2})/(\d{2})/(\d{4}) - (\d{2}):(\d{2})$", line):
        d, mo, y, hh, mm = m.groups()
        day = f"{y}-{mo}-{d}"
        return day if (hh, mm) == ("00", "00") else f"{day}T{hh}:{mm}:00+07:00"
    if m := re.match(r"^Cập nhật lúc (\d{2}):(\d{2}) ngày (\d{2})/(\d{2})/(\d{4})$", line):
        hh, mm, d, mo, y = m.groups()
        return f"{y}-{mo}-{d}T{hh}:{mm}:00+07:00"
    if m := re.match(r"^Ngày đăng: (\d{4}-\d{2}-\d{2})$", line):
        return m.group(1)
    if m := _VI_MONTH.match(line):
        d, mo, y = m.groups()
        return date(int(y), int(mo), int(d)).isoformat()
    if m := re.match(r"^(\d{2}):(\d{2}) (\d{2})/(\d{2})/(\d{4})$", line):
        hh, mm, d, mo, y = m.groups()
        return f"{y}-{mo}-{d}T{hh}:{mm}:00+07:00"
    raise AssertionError(f"unknown date line {line!r}")


def test_contract_shape() -> None:
    assert portal.NAME == "dnn_easydnn_sgddt"
    assert portal.PLATFORM == "dnn"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[5])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS | {"alt_paths"} == set(gold)
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {n for n, _ in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
    assert gold["canonical_path"] == gold["path"]
    assert not {"admin", "bientap"} & set(gold["authors"])


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[5])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="edn_articleTitle">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    content = _content(page)
    body_text = _reader(content)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", content)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in body_text, paragraph[:60]
    if gold["summary"]:
        lead = re.search(r'<div class="edn_articleSummary">(.*?)</div>', region).group(1)
        assert _reader(lead) == gold["summary"]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert image["caption"] in _reader(region)
            assert image["caption"] not in gold["body"]
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in _reader(page)
        assert name not in gold["body"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in page
    cat = re.search(r'<span class="edn_articleCategories"><a [^>]*>([^<]+)</a>', page).group(1)
    assert _nfc(cat) == gold["category"]
    crumbs = re.findall(r'<span itemprop="name">([^<]+)</span>', page)
    assert _nfc(crumbs[-1]) == gold["category"]
    line = re.search(r'<span class="edn_articleDate">([^<]+)</span>', region)
    if line:
        assert _parse_dateline(_nfc(line.group(1))) == gold["published_at"]
    else:  # no date on the article: the listing's date
        listing = (
            _get(server, portal.NEWS + "/PgrID/1450/PageID/2")[1] + _get(server, portal.NEWS)[1]
        )
        m = re.search(
            re.escape(f'<a href="{gold["path"]}">')
            + r'.*?edn_articleDate">(\d{2})/(\d{2})/(\d{4})<',
            listing,
        )
        assert m and f"{m.group(3)}-{m.group(2)}-{m.group(1)}" == gold["published_at"]
    assert portal.TODAY in page  # the header clock, never a publication date


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        main = _content(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page, _ = _get(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
            assert _content(page) == main


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    # the search results page is reached by the search button's postback (test_feed_and_search)
    assert set(portal.NON_ARTICLES) - {"/ket-qua-tim-kiem"} <= set(walk)
    assert sum(1 for s in walk.values() if s) < 300
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    # the Thông báo tab and the "Tin xem nhiều" box link duplicates
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert any(a.startswith(portal.NOTICES) for a in alts & set(walk))
    assert any(not a.startswith(portal.NOTICES) for a in alts & set(walk))


def test_listings_paginate(server: PortalServer) -> None:
    first = _get(server, portal.NEWS)[1]
    assert 'href="/tin-tuc/PgrID/1450/PageID/2"' in first
    assert _get(server, "/tin-tuc/PgrID/1450/PageID/1")[1].count("edn_readMore") == first.count(
        "edn_readMore"
    )
    cat = portal.cat_path(5)
    assert f'href="{cat}/PgrID/1450/PageID/2"' in _get(server, cat)[1]
    second = _get(server, f"{cat}/PgrID/1450/PageID/2")[1]
    assert second.count('class="edn_readMore') == len(portal.in_cat(5)) - portal.CAT_PER_PAGE
    assert _get(server, f"{cat}/PgrID/1450/PageID/9")[0] == 404
    assert 'href="/thong-bao/PgrID/1462/PageID/2"' in _get(server, portal.NOTICES)[1]


def test_archive_calendar_never_ends(server: PortalServer) -> None:
    target, seen = portal.archive_path(2026, 11), set()
    for _ in range(40):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(r'<a class="edn_calendarNext" href="([^"]+)"', page).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == portal.archive_path(2030, 3)
    assert "Không có bài viết nào." in _get(server, target)[1]
    last = _get(server, portal.archive_path(2999, 12))
    assert last[0] == 200 and "edn_calendarNext" not in last[1]
    assert _get(server, portal.archive_path(1900, 1))[0] == 200
    assert _get(server, portal.archive_path(3000, 1))[0] == 404
    assert _get(server, "/tin-tuc/articleType/ArchiveView/month/13/year/2026")[0] == 404


def test_soft_404(server: PortalServer) -> None:
    for target in (portal.SOFT_404, "/tin-tuc/articleType/ArticleView/articleId/5"):
        status, page, _ = _get(server, target)
        assert status == 200
        assert "Bài viết không tồn tại hoặc đã bị gỡ bỏ." in page
        assert "edn_articleDetails" not in page and 'rel="canonical"' not in page
    linked = [g for g in portal.GOLD if f'href="{portal.SOFT_404}"' in _get(server, g["path"])[1]]
    assert len(linked) == 1


def test_login_links_carry_the_page(server: PortalServer) -> None:
    page = _get(server, portal.NEWS)[1]
    assert 'href="/Login?returnurl=%2ftin-tuc"' in page
    assert 'href="/Register?returnurl=%2ftin-tuc"' in page


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _content(page))
    ]
    assert len(decomposed) == 1
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _content(page))]
    assert len(referenced) == 1


def test_feed_and_search(server: PortalServer) -> None:
    status, feed, headers = _get(server, portal.FEED)
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    assert links == [g["path"] for g in portal.GOLD[:10]]
    form = "__EVENTTARGET=dnn%24dnnSearch%24cmdSearch&__EVENTARGUMENT=&dnn%24dnnSearch%24txtSearch=tuyen+sinh"
    request = urllib.request.Request(server.url(portal.NEWS), data=form.encode(), method="POST")
    try:
        _STRICT.open(request, timeout=10)
        raise AssertionError("the search postback redirects")
    except urllib.error.HTTPError as err:
        assert (
            err.code == 302 and err.headers["Location"] == "/ket-qua-tim-kiem?Search=tuyen%20sinh"
        )
    assert _get(server, "/ket-qua-tim-kiem?Search=tuyen%20sinh")[0] == 200
    assert _get(server, "/ket-qua-tim-kiem")[0] == 200


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], portal.NEWS):
        assert _get(server, target)[1] == _get(server, target)[1]
