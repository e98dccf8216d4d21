"""Self-check of the Nuxt 3 + Tailwind (Sở GD&ĐT Tuyên Quang) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative URL and
NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after entities
and NFC): headline, date line, sapo, paragraphs in order, figure captions, byline names; that a
walk of ``<a href>`` links from START_PATH reaches every article and listed page (the calendar's
week links are followed only near the current week) and the sitemap lists every article; and
that the traps behave as the module says: endless week links, the stale-slug alias with its
canonical, the soft 404, ``?page=1`` duplicates, the payload, the text forms.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nuxt_tailwind_sgddt as portal
from ._common import Story
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
_HREF = re.compile(r"""<a\b[^>]*?\bhref=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_TITLE = re.compile(r'<(h1|div) class="text-2xl font-bold leading-snug[^"]*"[^>]*>(.*?)</\1>')
_LOCAL = timezone(timedelta(hours=7))
_BY_PATH = {g["path"]: g for g in portal.GOLD}


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
    inline = re.sub(r"<!--.*?-->", "", inline)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The article as printed: from the headline to the share bar."""
    start = _TITLE.search(page).start()
    return page[start : page.index("Chia sẻ:", start)]


def _week_of(target: str) -> tuple[int, int] | None:
    parts = urlsplit(target)
    if parts.path != "/lich-cong-tac" or not parts.query:
        return None
    q = parse_qs(parts.query)
    return int(q["nam"][0]), int(q["tuan"][0])


def _near(week: tuple[int, int]) -> bool:
    monday = date.fromisocalendar(week[0], week[1], 1)
    return abs((monday - date.fromisocalendar(*portal.CUR_WEEK, 1)).days) <= 21


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links; calendar weeks only near the current one."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        week = _week_of(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (week and not _near(week)):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 500, "the walk should stay small"
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
    assert portal.NAME == "nuxt_tailwind_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths)
    assert alts == [portal.STALE_PATH]
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    by_cat = {c: sum(g["category"] == n for g in portal.GOLD) for c, n in portal.CATS.items()}
    assert max(-(-n // portal.CAT_PER_PAGE) for n in by_cat.values()) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in portal.CATS.values()
    assert gold["canonical_path"] == gold["path"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert image["path"].startswith("/uploads/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "@"]:
        assert not re.search(rf"(Tin|Bài|Ảnh|ảnh|Nguồn)[^.]*: [^.]*{re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [portal.STALE_PATH] + portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    if m := re.search(r'<time datetime="([^"]+)"[^>]*>(\d\d/\d\d/\d{4} \d\d:\d\d)</time>', region):
        local = datetime.strptime(m.group(2), "%d/%m/%Y %H:%M").replace(tzinfo=_LOCAL)
        attr = datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.000Z").replace(tzinfo=UTC)
        assert attr == local and m.group(1).endswith("Z"), "the attribute is the same instant, UTC"
        return local.isoformat()
    m = re.search(r">((?:Thứ \w+|Chủ nhật)), (\d\d/\d\d/\d{4})</span>", region)
    day = datetime.strptime(m.group(2), "%d/%m/%Y").date()
    assert m.group(1) == portal.WEEKDAYS[day.weekday()]
    return day.isoformat()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    assert _nfc(_TITLE.search(page).group(2)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    at = 0
    for paragraph in gold["body"].split("\n\n"):
        found = shown.find(paragraph, at)
        assert found >= 0, paragraph[:60]
        at = found + len(paragraph)
    if gold["summary"]:
        sapo = re.search(r'<p class="text-lg font-semibold[^"]*"[^>]*>(.*?)</p>', region)
        assert _nfc(sapo.group(1)) == gold["summary"]
    lines = [
        _reader(c)
        for c in re.findall(r"<figcaption[^>]*>(.*?)</figcaption>", region)
        + re.findall(r'<p style="text-align: center;"><em>(.*?)</em></p>', region)
    ]
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in region
        if image["caption"]:
            assert image["caption"] in lines
    assert len([c for c in lines if c]) == len([i for i in gold["images"] if i["caption"]])
    bylines = " ".join(
        _reader(b) for b in re.findall(r'<p class="text-right[^"]*"[^>]*>(.*?)</p>', region)
    )
    for name in gold["authors"] + [gold["source"] or ""]:
        assert name in bylines
    for name in gold["photographers"]:
        assert name in bylines or any(c.endswith(f"Ảnh: {name}") for c in lines)
    assert _printed_date(region) == gold["published_at"]
    crumbs = page.split("Trang chủ</a>", 1)[1].split('<div class="grid', 1)[0]
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page


def test_templates_differ_in_markup(server: PortalServer) -> None:
    for story in portal.STORIES:
        page = _get(server, portal.article_path(story))[1]
        if story.opts["tpl"] == "legacy":
            assert "<h1" not in page and "<article" not in page and "<main" not in page
            assert "<aside" not in page and "<nav" not in page
            assert "Tin khác" in page
        else:
            assert page.count("<h1") == 1 and "<article" in page and "<main" in page
            assert '<nav aria-label="Breadcrumb"' in page and "<aside" in page
            assert "Tin liên quan" in page


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert portal.STALE_PATH in walk
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _week_of(t) for t, s in walk.items()), "the week links went on"


def test_sitemap_lists_every_article(server: PortalServer) -> None:
    status, body, headers = fetch(server, "/robots.txt")
    assert status == 200 and f"Sitemap: {server.base_url}/sitemap.xml" in body
    status, body, headers = fetch(server, "/sitemap.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/xml")
    locs = re.findall(r"<loc>([^<]+)</loc>", body)
    for gold in portal.GOLD:
        assert server.base_url + gold["path"] in locs
    assert server.base_url + portal.STALE_PATH not in locs


def test_stale_slug_serves_the_same_article(server: PortalServer) -> None:
    gold = _BY_PATH[next(g["path"] for g in portal.GOLD if g.get("alt_paths"))]
    page = _get(server, portal.STALE_PATH)[1]
    assert _region(page) == _region(_get(server, gold["path"])[1])
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
    home = _get(server, "/")[1]
    assert f'href="{portal.STALE_PATH}"' in home  # the "Đọc nhiều" box
    assert _get(server, "/tin-tuc/bat-ky-18391")[1].count(gold["title"]) >= 2


def test_week_links_never_end(server: PortalServer) -> None:
    status, page = _get(server, "/lich-cong-tac")
    assert status == 200 and "Lịch công tác tuần 48 năm 2026" in page
    target = "/lich-cong-tac?tuan=48&nam=2026"
    seen = set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)"[^>]*>Tuần sau ›</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _week_of(target) == (2028, 3)
    assert "Chưa có lịch công tác tuần này." in _get(server, target)[1]
    last = _get(server, "/lich-cong-tac?tuan=52&nam=9999")
    assert last[0] == 200 and "Tuần sau ›" not in last[1] and "‹ Tuần trước" in last[1]
    assert "tuần 48 năm 2026" in _get(server, "/lich-cong-tac?tuan=99&nam=abc")[1]


def test_soft_404_and_real_404(server: PortalServer) -> None:
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị gỡ bỏ." in page
    assert f'href="{portal.SOFT_404}"' in _get(server, "/tin-tuc/x-18405")[1]
    assert _get(server, "/tin-tuc/mot-bai-bat-ky-99999")[0] == 200
    assert _get(server, "/khong-co-trang-nay")[0] == 404
    assert _get(server, "/chuyen-muc/khong-co")[0] == 404
    assert _get(server, "/uploads/files/khong-co.pdf")[0] == 404


def _list_region(page: str) -> str:
    return page.split('<div class="col-span-12 lg:col-span-8">', 1)[1].split("col-span-4", 1)[0]


def test_listings_paginate(server: PortalServer) -> None:
    cat = "/chuyen-muc/hoat-dong-nganh"
    first = _get(server, cat)[1]
    assert _list_region(first) == _list_region(_get(server, f"{cat}?page=1")[1])
    assert f'href="{cat}?page=1"' in _get(server, f"{cat}?page=2")[1]
    assert f'href="{cat}?page=3"' in first
    third = _get(server, f"{cat}?page=3")[1]
    assert 'aria-current="page" ' in third and f'href="{cat}?page=4"' not in third
    status, past = _get(server, f"{cat}?page=9")
    assert status == 200 and "Chưa có bài viết trong chuyên mục này." in past
    hits = [g["path"] for g in portal.GOLD if g["category"] == "Hoạt động ngành"]
    listed = "".join(_get(server, f"{cat}?page={n}")[1] for n in (1, 2, 3))
    assert all(f'href="{p}"' in listed for p in hits)


def _undevalue(raw: str) -> object:
    flat = json.loads(raw)

    def get(i: int) -> object:
        v = flat[i]
        if isinstance(v, list) and v and isinstance(v[0], str):
            return get(v[1]) if len(v) > 1 else []
        if isinstance(v, list):
            return [get(x) for x in v]
        if isinstance(v, dict):
            return {k: get(x) for k, x in v.items()}
        return v

    return get(0)


@pytest.mark.parametrize("story", portal.STORIES, ids=lambda s: str(s.id))
def test_payload_carries_the_article_but_the_html_prints_it(
    server: PortalServer, story: Story
) -> None:
    page = _get(server, portal.article_path(story))[1]
    raw = re.search(r'id="__NUXT_DATA__">(.*?)</script>', page).group(1)
    assert "<" not in raw  # devalue writes "<" as \u003C
    if story.opts["tpl"] == "legacy":  # the migrated HTML travels in the payload too
        assert "\\u003Cp style=" in raw
    data = _undevalue(raw)["data"][f"article-{story.id}"]
    assert data["title"] == story.title and data["template"] == story.opts["tpl"]
    published = datetime.strptime(data["publishedAt"], "%Y-%m-%dT%H:%M:%S.000Z")
    assert published.replace(tzinfo=UTC) == story.opts["at"].replace(tzinfo=_LOCAL)
    before_payload = page.split('id="__NUXT_DATA__"', 1)[0]
    assert story.paragraphs[-1] in _reader(before_payload)
    assert '<div id="__nuxt">' in page and "window.__NUXT__" in page


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _, _, h in pages.values())
    nfd = [p for p, (_, body, _) in pages.items() if not unicodedata.is_normalized("NFC", body)]
    assert [p.rsplit("-", 1)[1] for p in nfd] == ["18431"]
    named = [p for p, (_, body, _) in pages.items() if "&agrave;" in _region(body)]
    assert [p.rsplit("-", 1)[1] for p in named] == ["18412"]
    for _, body, _ in pages.values():
        assert portal.TODAY in body and "data-v-" in body and "<!--[-->" in body
    updated = pages[portal.article_path(portal._BY_ID[18412])][1]
    assert (
        "Cập nhật: 12/11/2026 08:15" in updated
        and _BY_PATH[portal.article_path(portal._BY_ID[18412])]["published_at"] == "2026-11-10"
    )
