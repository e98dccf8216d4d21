"""Self-check of the held-out portal: the fixture against itself, never the crawler.

Why: a held-out portal is used once, at the end; if a gold target 404s or a listing misses an
article, that single measurement is wasted. Nothing here imports the extractor or reads pages
the way the crawler does: it only checks that what the gold promises is served.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nukeviet_school as portal

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_HREF = re.compile(r'href="([^"]+)"')
_LISTING = re.compile(r"^/(?:news/(?:[a-z0-9-]+/(?:page-\d+)?)?)?$")
_ARTICLE = re.compile(
    r"^/news/(?!print/|savefile/|sendmail/|tag/|rss/)[a-z0-9-]+/[a-z0-9-]+-\d+\.html$"
)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, bytes]:
    """Status, final target and raw body; redirects are followed but show in the final target."""
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            parts = urlsplit(resp.geturl())
            final = parts.path + (f"?{parts.query}" if parts.query else "")
            return resp.status, final, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, target, err.read()


def _text(raw: bytes) -> str:
    """Page markup with references resolved and composed: good enough for substring checks."""
    return unicodedata.normalize("NFC", html.unescape(raw.decode("utf-8")))


def test_contract_shape() -> None:
    assert portal.NAME == "heldout_nukeviet"
    assert portal.PLATFORM == "nukeviet"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 12
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    keys = {
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
    assert set(gold) == keys
    for key in ("title", "body", "summary", "source", "category"):
        value = gold[key]
        assert value is None or unicodedata.is_normalized("NFC", value), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    assert all(p.strip() == p and p for p in gold["body"].split("\n\n"))
    if gold["summary"] is not None:
        assert gold["body"].split("\n\n")[0] == gold["summary"]
    assert gold["category"] in portal.CATEGORIES.values()
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [g["canonical_path"] for g in portal.GOLD]
    targets += portal.NON_ARTICLES
    failures = []
    for target in dict.fromkeys(targets):
        status, final, _ = _get(server, target)
        if status != 200 or final != target:
            failures.append((target, status, final))
    assert not failures


def test_listings_reach_every_article(server: PortalServer) -> None:
    """From the home page, following only listing and pager links, every gold article shows."""
    seen_listings: set[str] = set()
    found: set[str] = set()
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen_listings:
            continue
        seen_listings.add(target)
        status, _, raw = _get(server, target)
        assert status == 200, target
        for href in _HREF.findall(raw.decode("utf-8")):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != urlsplit(server.base_url).netloc:
                continue
            if _ARTICLE.match(link.path):
                found.add(link.path)
            elif _LISTING.match(link.path) and not link.query:
                queue.append(link.path)
    assert {g["path"] for g in portal.GOLD} <= found
    pagers = [t for t in seen_listings if "/page-" in t]
    deepest = max(
        sum(t.startswith(f"/news/{c}/") for t in seen_listings) for c in portal.CATEGORIES
    )
    assert len(pagers) >= 2 and deepest >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    """Every promised string is printed on the page (after unescaping and composing)."""
    status, _, raw = _get(server, gold["path"])
    assert status == 200
    page = _text(raw)
    assert f'<h1 class="title margin-bottom-lg" itemprop="headline">{gold["title"]}</h1>' in page
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in page, paragraph[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in page
        if image["caption"]:
            assert image["caption"] in page
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in page
    assert gold["category"] in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_published_at_is_printed_on_page_or_listing(server: PortalServer, gold: dict) -> None:
    """The gold date is the page's own visible date line, else the one its listing prints."""
    stamp = gold["published_at"]
    day = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[0:4]}"
    page = _text(_get(server, gold["path"])[2])
    if "T" in stamp:
        assert f"{day} {stamp[11:16]}</span>" in page
        return
    assert '<span class="h5"></span>' in page
    listings = [p for p in portal.NON_ARTICLES if re.match(r"^/news/[a-z0-9-]+/(page-\d+)?$", p)]
    printed = False
    for target in listings:
        markup = _text(_get(server, target)[2])
        if gold["path"] in markup:
            entry = markup.split(f'<h3><a href="{gold["path"]}"', 1)[1][:2000]
            printed = printed or f"</em> {day}</li>" in entry
    assert printed


def test_print_and_save_views_point_back_to_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[2].decode("utf-8")
        leaf = gold["path"].rsplit("/", 1)[1]
        for kind in ("print", "savefile"):
            view = f"/news/{kind}/{leaf}"
            assert f'href="{view}"' in page
            status, _, raw = _get(server, view)
            assert status == 200
            assert (
                f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in raw.decode()
            )


def test_some_pages_are_served_decomposed(server: PortalServer) -> None:
    decomposed = [
        g["path"]
        for g in portal.GOLD
        if not unicodedata.is_normalized("NFC", _get(server, g["path"])[2].decode("utf-8"))
    ]
    assert 1 <= len(decomposed) < len(portal.GOLD)


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target)[2] == _get(server, target)[2]
