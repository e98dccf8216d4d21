"""Self-check of the multi-school host fixture: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article no link reaches would waste that crawl. Nothing
here imports the crawler beyond the demo server. It checks that every GOLD and NON_ARTICLES target
answers 200, that gold text is printed on its page (after entities and NFC), that a walk over
links inside the school's prefix reaches every article while the neighbours' pages are only
linked, and that the platform's traps behave as documented: legacy ``index.php`` addresses serve
the article with a canonical to the new address, listings page with ``?trang=N``, the soft 404
answers 200, the calendar's "Tuần sau" never ends, and the register's filter links multiply.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import multischool_host as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_WEEK = re.compile(r"tuan=(\d{4}-\d{2}-\d{2})")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The article: sapo block (if any) and body, up to the body's end marker."""
    start = (
        page.index('<div class="tomtat">')
        if 'class="tomtat"' in page
        else page.index('id="noidung"')
    )
    return page[start : page.index("<!-- /noidung -->")]


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        link = urlsplit(urljoin(server.url(target), html.unescape(href)))
        if link.scheme != "http" or link.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def _bounded(target: str) -> bool:
    """Walk bounds: calendar weeks within two weeks of today's, register links with one filter."""
    if m := _WEEK.search(target):
        return abs((date.fromisoformat(m.group(1)) - portal.THIS_MONDAY).days) <= 14
    if "/van-ban?" in target:
        return target.count("=") <= 1
    return True


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> tuple[dict[str, int], set[str]]:
    """Breadth-first from START_PATH over links inside the school's prefix; also the links out."""
    seen: dict[str, int] = {}
    outside: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _bounded(target):
            seen[target] = 0
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 500, "the walk should stay small"
        if status != 200:
            continue
        for nxt in _links(server, target, body):
            if not nxt.startswith(portal.START_PATH):
                outside.add(nxt)
            elif nxt not in seen:
                queue.append(nxt)
    return seen, outside


def test_contract_shape() -> None:
    assert portal.NAME == "multischool_host"
    assert portal.START_PATH == "/thcs-hai-thuong/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3
    assert all(p.startswith(portal.START_PATH) for p in paths + alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][17:60])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in portal.CATS.values()
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
    assert gold["canonical_path"] == gold["path"]
    assert "admin" not in gold["authors"] and "bientap" not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


def _printed_date(page: str, gold: dict, server: PortalServer) -> str:
    if m := re.search(r"Cập nhật lúc (\d{2}:\d{2}) ngày (\d{2}/\d{2}/\d{4})", page):
        when = datetime.strptime(f"{m.group(2)} {m.group(1)}", "%d/%m/%Y %H:%M")
        return (
            when.strftime("%Y-%m-%d")
            if (when.hour, when.minute) == (0, 0)
            else when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        )
    if m := re.search(r"Ngày đăng: (\d{4}-\d{2}-\d{2})", page):
        return m.group(1)
    cat = gold["path"].split("/")[2]
    for n in (1, 2):
        listing = _get(server, f"/thcs-hai-thuong/{cat}/?trang={n}")[1]
        if m := re.search(
            re.escape(gold["path"]) + r'">.*?<span class="ngay">(\d{2}/\d{2}/\d{4})', listing
        ):
            return datetime.strptime(m.group(1), "%d/%m/%Y").strftime("%Y-%m-%d")
    raise AssertionError("no date")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][17:60])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="tieude-chitiet">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            rows = [
                [_reader(c) for c in re.findall(r"<td>(.*?)</td>", r)]
                for r in re.findall(r"<tr>(.*?)</tr>", region)
            ]
            assert paragraph.split(" | ") in rows, paragraph
        else:
            assert paragraph in text, paragraph[:60]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert image["caption"] in text
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in _reader(page)
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in page
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert _printed_date(page, gold, server) == gold["published_at"]


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for name in gold["authors"] + gold["photographers"]:
            assert name not in gold["body"]
        assert "Ảnh:" not in gold["body"] and "Nguồn:" not in gold["body"]


def test_legacy_addresses_serve_the_same_article_with_canonical(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (legacy,) = gold["alt_paths"]
        status, page, _ = _get(server, legacy)
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert _region(page) == _region(_get(server, gold["path"])[1])


def test_walk_reaches_every_article_and_stays_in_prefix(server, walk) -> None:
    seen, outside = walk
    assert {g["path"] for g in portal.GOLD} <= set(seen)
    ours = [t for t in portal.NON_ARTICLES if t.startswith(portal.START_PATH)]
    theirs = [t for t in portal.NON_ARTICLES if not t.startswith(portal.START_PATH)]
    assert set(ours) <= set(seen)
    assert set(theirs) <= outside  # neighbours' pages are linked from the school's pages
    assert [t for t, s in seen.items() if s not in (0, 200)] == []
    # legacy slider links are walked too
    assert any("index.php?mod=tintuc" in t for t in seen)
    # the other units' articles linked from here are other portals: never in gold
    other = {portal.story_path(s) for s in portal.OTHER_STORIES}
    assert other & outside and not other & {g["path"] for g in portal.GOLD}


def test_neighbours_share_the_template(server: PortalServer) -> None:
    for story in portal.OTHER_STORIES:
        status, page, _ = _get(server, portal.story_path(story))
        assert status == 200 and '<h1 class="tieude-chitiet">' in page
        assert f'href="/{story.opts["unit"]}/"' in page
    assert _get(server, "/thcs-hai-thuong")[0] == 301
    assert _get(server, "/thcs-hai-thuong")[2]["Location"] == "/thcs-hai-thuong/"
    assert _get(server, "/thpt-khong-co/")[0] == 404


def test_listings_paginate(server: PortalServer) -> None:
    first = _get(server, "/thcs-hai-thuong/tin-tuc-su-kien/")[1]
    assert first == _get(server, "/thcs-hai-thuong/tin-tuc-su-kien/?trang=1")[1]
    assert 'href="?trang=2"' in first
    second = _get(server, "/thcs-hai-thuong/tin-tuc-su-kien/?trang=2")[1]
    listed = re.findall(r'<h3><a href="([^"]+)"', second)
    news = [g["path"] for g in portal.GOLD if g["category"] == "Tin tức - Sự kiện"]
    assert len(news) > portal.PER_PAGE and listed == news[portal.PER_PAGE :]
    empty = _get(server, "/thcs-hai-thuong/tin-tuc-su-kien/?trang=9")
    assert empty[0] == 200 and "Chưa có bài viết trong mục này." in empty[1]


def test_soft_404_for_deleted_and_unknown_articles(server: PortalServer) -> None:
    deleted = f"/thcs-hai-thuong/{portal.DELETED[0]}/{portal.DELETED[1]}.html"
    home = _get(server, "/thcs-hai-thuong/tin-tuc-su-kien/")[1]
    assert f'href="{deleted}"' in home  # the "Tin xem nhiều" cache
    for target in (deleted, "/thcs-hai-thuong/index.php?mod=tintuc&act=chitiet&id=77"):
        status, page, _ = _get(server, target)
        assert status == 200 and "Bài viết không tồn tại hoặc đã bị gỡ bỏ." in page
        assert "tieude-chitiet" not in page


def test_calendar_next_week_never_ends(server: PortalServer) -> None:
    target, seen = "/thcs-hai-thuong/lich-cong-tac", set()
    for _ in range(30):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)">Tuần sau »</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/thcs-hai-thuong/lich-cong-tac?tuan=2027-06-21"
    assert _get(server, "/thcs-hai-thuong/lich-cong-tac?tuan=2999-12-30")[0] == 200
    assert _get(server, "/thcs-hai-thuong/lich-cong-tac?tuan=3000-01-06")[0] == 404


def test_register_filters_explode(server: PortalServer) -> None:
    seen: set[str] = set()
    queue = deque(["/thcs-hai-thuong/van-ban"])
    while queue and len(seen) < 150:
        target = queue.popleft()
        if target in seen:
            continue
        status, page, _ = _get(server, target)
        assert status == 200
        seen.add(target)
        queue.extend(t for t in _links(server, target, page) if "/van-ban?" in t and t not in seen)
    assert len(seen) == 150 and queue  # still growing: filter x year x sort x page
    assert "tieude-chitiet" not in _get(server, "/thcs-hai-thuong/van-ban?loai=qd")[1]


def test_print_view_and_feed(server: PortalServer) -> None:
    page = _get(server, "/thcs-hai-thuong/in-bai/1352.html")[1]
    assert '<meta name="robots" content="noindex, nofollow" />' in page
    feed = _get(server, "/thcs-hai-thuong/rss.xml")[1]
    links = [urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    assert links == [g["path"] for g in portal.GOLD[:10]]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))
    ]
    assert len(decomposed) == 1
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _region(page))]
    assert len(referenced) == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/thcs-hai-thuong/", portal.GOLD[0]["path"], "/thcs-hai-thuong/van-ban"):
        assert _get(server, target)[1] == _get(server, target)[1]
