"""Self-check of the Joomla 3 + K2 fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; if a gold target 404s, a
listing misses an article or the gold promises text the page does not print, that measurement is
wasted. Nothing here imports the crawler (only ``crawler.demo.server`` to serve the site).
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import k2_political as portal
from ._selfcheck import NO_REDIRECTS as _STRICT

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


_HREF = re.compile(r'href="([^"]*)"')
_A_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
#: links the walk does not follow: the calendar trap, print/mail views, feeds, downloads, accounts
_SKIP = re.compile(r"task=calendar|tmpl=component|format=feed|/component/mailto|/component/users|/item/download/|\.(jpg|png|gif|ico|pdf)$")
_KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source", "summary", "body", "images", "category"}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    """Status and decoded body; redirects are not followed (a 3xx is a failure here)."""
    try:
        with _STRICT.open(server.url(quote(target, safe="/?&=%:+;,-._~")), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, ""


def _reader(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed: what a reader sees."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(server: PortalServer, page_target: str, markup: str) -> list[str]:
    out = []
    for href in _A_HREF.findall(markup):
        href = html.unescape(href).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin(server.url(page_target), href)
        if urlsplit(absolute).netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(_target(absolute))
    return out


def test_contract_shape() -> None:
    assert portal.NAME == "k2_political"
    assert portal.PLATFORM == "joomla-k2"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/item/")[1][:12])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS <= set(gold) <= _KEYS | {"alt_paths"}
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {c.name for c in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert image["caption"] is None or unicodedata.is_normalized("NFC", image["caption"])
    assert gold["canonical_path"] == gold["path"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD]
    targets += [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    targets += portal.NON_ARTICLES
    failures = [(t, status) for t in dict.fromkeys(targets) if (status := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/item/")[1][:12])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, markup = _get(server, gold["path"])
    assert status == 200
    page = _reader(markup)
    title_block = markup.split('<h2 class="itemTitle">', 1)[1].split("</h2>", 1)[0]
    assert gold["title"] in _reader(title_block)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell is printed in its own cell
            assert all(cell in page for cell in paragraph.split(" | ")), paragraph[:60]
        else:
            assert paragraph in page, paragraph[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in markup
        if image["caption"]:
            assert image["caption"] in page
    assert f'<link href="{server.base_url}{gold["canonical_path"]}" rel="canonical" />' in markup
    crumbs = _reader(markup.split('class="breadcrumb">', 1)[1].split("</ul>", 1)[0])
    assert f"{gold['category']} {gold['title']}" in crumbs


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/item/")[1][:12])
def test_alt_paths_declare_the_gold_canonical(server: PortalServer, gold: dict) -> None:
    for alt in gold.get("alt_paths", []):
        status, markup = _get(server, alt)
        assert status == 200
        assert f'<link href="{server.base_url}{gold["canonical_path"]}" rel="canonical" />' in markup


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/item/")[1][:12])
def test_published_at_is_printed_on_page_or_listing(server: PortalServer, gold: dict) -> None:
    """A time-stamped gold date is the item page's own date line; a bare date comes from a listing."""
    stamp = gold["published_at"]
    _, markup = _get(server, gold["path"])
    y, m, d = int(stamp[0:4]), int(stamp[5:7]), int(stamp[8:10])
    if "T" in stamp:
        line = markup.split('<span class="itemDateCreated">', 1)[1].split("</span>", 1)[0]
        assert line.endswith(f"{d:02d} Tháng {m} {y} {stamp[11:16]}")
        return
    assert "itemDateCreated" not in markup
    listing = next(t for t in portal.NON_ARTICLES if t.startswith("/thong-bao.html"))
    _, listed = _get(server, listing)
    entry = listed.split(f'<a href="{gold["path"]}">', 1)[0].rsplit('<span class="catItemDateCreated">', 1)[1]
    assert entry.startswith(f"{d:02d}/{m:02d}/{y}</span>")


def test_walking_links_from_start_reaches_every_article(server: PortalServer) -> None:
    """Following plain links (no forms, no scripts) from the start page finds every gold article."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or _SKIP.search(target):
            continue
        seen.add(target)
        status, markup = _get(server, target)
        assert status == 200, target
        queue.extend(link for link in _links(server, target, markup) if link not in seen)
        assert len(seen) < 400, "the walk does not end"
    golds = {g["path"] for g in portal.GOLD}
    assert golds <= {unicodedata.normalize("NFC", t) for t in seen}
    for cid in portal.CATS:
        assert {portal.page_path(cid, n) for n in (1, 2)} <= seen, cid


def test_calendar_trap_is_endless_until_the_documented_bound(server: PortalServer) -> None:
    """The calendar's » link always leads to another month page, up to December of CAL_YEARS[1]."""
    _, home = _get(server, "/")
    nxt = portal.cal_path(2026, 12)
    assert html.escape(nxt) in home
    target = nxt
    for _ in range(6):
        status, fragment = _get(server, target)
        assert status == 200
        hrefs = [html.unescape(h) for h in _HREF.findall(fragment) if "task=calendar" in h]
        assert len(hrefs) == 2
        target = hrefs[1]
    last = portal.CAL_YEARS[1]
    status, fragment = _get(server, portal.cal_path(last, 12))
    assert status == 200
    assert _get(server, portal.cal_path(last + 1, 1))[0] == 404
    # months with items link their day listings (non-articles)
    _, october = _get(server, portal.cal_path(2024, 10))
    days = [h for h in _HREF.findall(october) if "/itemlist/date/" in h]
    assert days and set(days) <= set(portal.NON_ARTICLES)


def test_print_views_point_back_to_their_item(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, markup = _get(server, gold["path"])
        view = gold["path"] + "?tmpl=component&print=1"
        assert f'href="{html.escape(view)}"' in markup
        status, printed = _get(server, view)
        assert status == 200
        assert f'<link href="{server.base_url}{gold["path"]}" rel="canonical" />' in printed
        assert "itemNavigation" not in printed


def test_text_forms_vary(server: PortalServer) -> None:
    """One item is stored decomposed, some with character references; gold is NFC throughout."""
    decomposed = [g["path"] for g in portal.GOLD if not unicodedata.is_normalized("NFC", _get(server, g["path"])[1])]
    assert len(decomposed) == 1
    referenced = [g["path"] for g in portal.GOLD if "&agrave;" in _get(server, g["path"])[1]]
    assert len(referenced) >= 2


def test_attachment_post_links_a_pdf(server: PortalServer) -> None:
    pdfs = [t for t in portal.NON_ARTICLES if "/item/download/" in t]
    assert len(pdfs) == 1
    with _OPENER.open(server.url(pdfs[0]), timeout=10) as resp:
        assert resp.headers["Content-Type"] == "application/pdf"


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target) == _get(server, target)
