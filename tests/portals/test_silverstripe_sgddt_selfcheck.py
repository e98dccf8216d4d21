"""Self-check of the SilverStripe 4 blog portal (Sở GD&ĐT Quảng Trị): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and non-article answers 200, that the gold is well formed and printed on its page (after
entities and NFC), that a walk of links from START_PATH (resolved against ``<base href>``, as a
browser does) reaches every article and listed page, that the feed and the sitemap list the
posts, and that the traps behave as the module says: the draft stage mirrors the site with
other text and an unpublished post, the month archive runs back to 2015, ``?flush=1`` and the
slashless address serve the same post, a ``start`` past the end is an empty 200.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import silverstripe_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_BASE = re.compile(r'<base href="([^"]+)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_ARCHIVE = re.compile(r"^/tin-tuc/archive/(\d{4})/(\d{2})$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _headers = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _article(page: str) -> str:
    return re.search(r"<article class=\"post .*?</article>", page, re.S).group(0)


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    """Same-host links of a page, resolved against its ``<base href>`` as a browser does."""
    base = _BASE.search(page)
    against = base.group(1) if base else server.url(target)
    host = urlsplit(server.base_url).netloc
    out = []
    for _, href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        link = urlsplit(urljoin(against, href))
        if link.netloc == host:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over links from START_PATH; draft-stage links and empty months not fetched."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        path = urlsplit(target).path
        month = _ARCHIVE.match(path)
        if (
            _NOT_PAGES.search(path)
            or "stage=Stage" in target
            or (
                month
                and (int(month.group(1)), int(month.group(2))) not in portal._MONTHS_WITH_POSTS
            )
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status == 200:
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "silverstripe_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == set(portal.CATS.values())
    assert max(cats.count(c) for c in set(cats)) > 2 * portal.PER_PAGE  # three pages


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs))
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/assets/Uploads/")
        assert not image["caption"] or not image["caption"].startswith(("Ảnh:", "("))
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:
        assert not gold["body"].endswith(name)  # no byline line in the body
        assert not re.search(rf"(Tin|Bài|Ảnh|ảnh)[^:\n]{{0,6}}: {re.escape(name)}", gold["body"])
        assert not name.startswith(("ThS.", "TS.", "GV.")) and " - " not in name and "–" not in name
    assert not {"Quản trị viên", "admin", "BBT"} & set(gold["authors"])
    assert gold["alt_paths"] == [gold["path"].rstrip("/"), gold["path"] + "?flush=1"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    """The meta line's day, with the tooltip's time unless it is 00:00."""
    m = re.search(
        r'class="post-date" title="(\d\d):(\d\d), (\d\d)/(\d\d)/(\d{4})">(\d+) tháng (\d+), (\d{4})<',
        region,
    )
    hh, mm, d, mo, y, pd, pm, py = (int(x) for x in m.groups())
    assert (d, mo, y) == (pd, pm, py), "tooltip and printed day agree"
    if hh == 0 and mm == 0:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return datetime(y, mo, d, hh, mm).strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _article(page)
    assert _nfc(re.search(r'<h1 class="post-title">(.*?)</h1>', region).group(1)) == gold["title"]
    typo = re.search(r'<div class="typography content">(.*?)\n</div>', region, re.S).group(1)
    shown = _reader(typo)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", typo)]
    paragraphs = gold["body"].split("\n\n")
    summary = re.search(r'<div class="post-summary"><p>(.*?)</p></div>', region)
    assert (summary and _reader(summary.group(1))) == (gold["summary"] or None)
    if gold["summary"] and gold["summary"] not in shown:  # printed apart from the text
        paragraphs = paragraphs[1:]
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', region)
    assert [html.unescape(s) for s in srcs] == [im["path"] for im in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    meta = _reader(re.search(r'<p class="blog-post-meta">(.*?)</p>', region).group(1))
    for name in gold["authors"]:
        assert name in shown or name in meta
    for name in gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert meta.split(" trong ")[1].split(" · ")[0] == gold["category"]
    assert _printed_date(region) == gold["published_at"]
    assert f'<span class="today">{portal.TODAY}</span>' in page
    assert 'rel="canonical"' not in page
    assert f'<meta property="og:url" content="{server.base_url}{gold["path"]}">' in page


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and "stage=Stage" in t for t, s in walk.items()), "a draft link leaks"
    assert any(s == 0 and _ARCHIVE.match(t) for t, s in walk.items()), "months run on"
    # the slashless address (a relative link, resolved against <base>) and the ?flush=1 link
    assert any(t in walk for g in portal.GOLD for t in g["alt_paths"] if t.endswith("?flush=1"))
    assert any(t in walk for g in portal.GOLD for t in g["alt_paths"] if not t.endswith("/"))


def test_feed_and_sitemap_list_posts(server: PortalServer) -> None:
    feed = _get(server, "/tin-tuc/rss")[1]
    assert feed.count("<item>") == 10
    robots = _get(server, "/robots.txt")[1]
    index_url = re.search(r"Sitemap: (\S+)", robots).group(1)
    index = _get(server, urlsplit(index_url).path)[1]
    child = urlsplit(re.search(r"<loc>([^<]+)</loc>", index).group(1)).path
    sitemap = _get(server, child)[1]
    for gold in portal.GOLD:
        assert f"<loc>{server.base_url}{gold['path']}</loc>" in sitemap
    assert sum(f"{server.base_url}{g['path']}</link>" in feed for g in portal.GOLD) == 10


def test_alternative_addresses_serve_the_same_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        region = _article(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            assert _article(_get(server, alt)[1]) == region
    # the relative link of the SS3-era text resolves only against <base href>
    post = next(g for g in portal.GOLD if "boi-duong-giao-vien-cot-can" in g["path"])
    page = _get(server, post["path"])[1]
    assert 'href="tin-tuc/trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027"' in page
    wrong = urljoin(
        post["path"], "tin-tuc/trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027"
    )
    assert _get(server, wrong)[0] == 404
    assert "/tin-tuc/trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027" in _links(
        server, post["path"], page
    )


def test_draft_stage_mirrors_the_site(server: PortalServer) -> None:
    live_front = _get(server, "/")[1]
    assert portal.DRAFT_BANNER not in live_front
    status, front = _get(server, "/?stage=Stage")
    assert status == 200 and portal.DRAFT_BANNER in front
    theme = ("/tin-tuc/rss", "/sitemap.xml", "/comments/rss")  # hard-coded in the theme
    internal = [
        t
        for t in _links(server, "/?stage=Stage", front)
        if not _NOT_PAGES.search(t) and t not in theme
    ]
    assert len(internal) > 20 and all("stage=Stage" in t for t in internal)
    differing = 0
    for gold in portal.GOLD:
        status, page = _get(server, gold["path"] + "?stage=Stage")
        assert status == 200 and portal.DRAFT_BANNER in page
        differing += _reader(_article(page)) != _reader(_article(_get(server, gold["path"])[1]))
    assert differing == 2
    draft = portal.post_path(portal.DRAFT_ONLY)
    assert _get(server, draft)[0] == 404
    assert _get(server, draft + "?stage=Stage")[0] == 200
    listing = _get(server, "/tin-tuc/category/thong-bao?stage=Stage")[1]
    assert f'href="{draft}?stage=Stage"' in listing
    assert draft not in _get(server, "/tin-tuc/category/thong-bao")[1]
    assert 'href="/tin-tuc/?stage=Stage&amp;start=3"' in _get(server, "/tin-tuc/?stage=Stage")[1]


def test_month_archive_runs_back_to_2015(server: PortalServer) -> None:
    target, steps = "/tin-tuc/archive/2026/11", 0
    while True:
        status, page = _get(server, target)
        assert status == 200
        m = re.search(r'<a class="prev-month" href="([^"]+)"', page)
        if not m:
            break
        target, steps = m.group(1), steps + 1
    assert target == "/tin-tuc/archive/2015/01" and steps == 142
    assert portal.NO_POSTS in _get(server, target)[1]
    assert 'class="next-month"' not in _get(server, "/tin-tuc/archive/2026/11")[1]
    assert _get(server, "/tin-tuc/archive/2031/05")[0] == 200
    assert _get(server, "/tin-tuc/archive/2026/13")[0] == 404
    side = _get(server, "/tin-tuc/")[1]
    assert side.count('<option value="/tin-tuc/archive/') == 143


def test_paginated_list(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc/category/hoat-dong-chuyen-mon")[1]
    assert first == _get(server, "/tin-tuc/category/hoat-dong-chuyen-mon?start=0")[1]
    assert 'href="/tin-tuc/category/hoat-dong-chuyen-mon?start=6"' in first
    second = _get(server, "/tin-tuc/category/hoat-dong-chuyen-mon?start=3")[1]
    assert 'href="/tin-tuc/category/hoat-dong-chuyen-mon?start=0"' in second
    status, empty = _get(server, "/tin-tuc/category/hoat-dong-chuyen-mon?start=30")
    assert status == 200 and portal.NO_POSTS in empty and 'class="post-item' not in empty
    assert _get(server, "/tin-tuc/?flush=1")[1] == _get(server, "/tin-tuc/")[1]
    listed = {
        m
        for n in range(0, len(portal.GOLD), portal.PER_PAGE)
        for m in re.findall(
            r'<h2 class="post-item-title"><a href="([^"]+)"',
            _get(server, f"/tin-tuc/?start={n}")[1],
        )
    }
    assert listed == {g["path"] for g in portal.GOLD}


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _s, _b, h in pages.values())
    decomposed = [
        p for p, (_s, body, _h) in pages.items() if not unicodedata.is_normalized("NFC", body)
    ]
    assert decomposed == [
        "/tin-tuc/kiem-tra-cong-tac-day-hoc-2-buoi-ngay-tai-cac-truong-tieu-hoc-mien-nui/"
    ]
    assert any("&nbsp;" in _article(body) for _s, body, _h in pages.values())
