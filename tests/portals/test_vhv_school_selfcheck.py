"""Self-check of the vendor school-portal fixture (VHV-style): the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, an
article no walk can reach or gold text the page does not print would waste that measurement.
Nothing here imports the crawler (only ``crawler.demo.server`` to serve the site). The walk reads
the two script pagers the platform prints (``self.location='…'`` in an onclick, and
``loadPageNN(n)`` with the URL pattern in the pager's ``data-url``), as the contract requires.
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

from . import vhv_school as portal
from ._selfcheck import NO_REDIRECTS as _STRICT

_A_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')
_SELF_LOCATION = re.compile(r"onclick=\"self\.location='([^']+)'\"")
_LOAD_PAGE = re.compile(r"onclick=\"loadPage(\d+)\((\d+)\);return false;\"")
_DATA_URL = re.compile(r'<div id="pagination(\d+)"[^>]*\sdata-url="([^"]+)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_SKIP = re.compile(r"\.(jpg|png|gif|ico|pdf)$|^/upload/|^/publish/")
_KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source", "summary", "body", "images", "category", "alt_paths"}
#: the two articles only page 2 of their listings links
_PAGER_ONLY = {"hinh-anh-le-ket-nap-doi-vien-moi-nam-hoc-2024-2025", "thong-bao-cac-khoan-thu-dau-nam-hoc-2024-2025"}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    try:
        with _STRICT.open(server.url(quote(target, safe="/?&=%:+;,-._~")), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, ""


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, page: str, href: str) -> str | None:
    href = html.unescape(href).split("#", 1)[0]
    if not href or href.startswith(("javascript:", "mailto:")):
        return None
    absolute = urljoin(server.url(page), href)
    parts = urlsplit(absolute)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _walk(server: PortalServer, scripts: bool) -> set[str]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or _SKIP.search(target):
            continue
        seen.add(target)
        status, markup = _get(server, target)
        assert status == 200, target
        hrefs = _A_HREF.findall(markup)
        if scripts:
            hrefs += _SELF_LOCATION.findall(markup)
            patterns = dict(_DATA_URL.findall(markup))
            hrefs += [patterns[mod].replace("{pageNo}", n) for mod, n in _LOAD_PAGE.findall(markup)]
        queue.extend(link for h in hrefs if (link := _local(server, target, h)) and link not in seen)
        assert len(seen) < 300, "the walk does not end"
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "vhv_school"
    assert portal.PLATFORM == "vhv"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2
    # slug-only addresses: no numeric id segment, no query
    assert all("?" not in p and not any(seg.isdigit() for seg in p.split("/")) for p in paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:24])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {c.name for c in portal.CATS.values() if c.parent}
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
    assert gold["canonical_path"] == gold["path"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, status) for t in dict.fromkeys(targets) if (status := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:24])
def test_gold_text_is_on_its_page_at_every_address(server: PortalServer, gold: dict) -> None:
    """Both addresses print the whole article and each declares itself canonical."""
    for target in [gold["path"], *gold["alt_paths"]]:
        status, markup = _get(server, target)
        assert status == 200
        page = _reader(markup)
        assert f'<h1 class="title-detail" itemprop="headline">{gold["title"]}</h1>' in unicodedata.normalize("NFC", html.unescape(markup))
        for paragraph in gold["body"].split("\n\n"):
            if " | " in paragraph:
                assert all(cell in page for cell in paragraph.split(" | ")), paragraph[:60]
            else:
                assert paragraph in page, paragraph[:60]
        if gold["summary"]:
            assert gold["summary"] in _reader(markup.split('<div class="brief', 1)[1].split("</div>", 1)[0])
        for name in gold["authors"] + gold["photographers"]:
            assert name in page
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in page
        for image in gold["images"]:
            assert f'src="{image["path"]}"' in markup
            if image["caption"]:
                assert image["caption"] in page
        assert f'<link rel="canonical" href="{server.base_url}{target}" />' in markup
        crumbs = markup.split('<ol class="breadcrumb', 1)[1].split("</ol>", 1)[0]
        last = crumbs.rsplit('<li class="last-item"', 1)[1]
        assert f'itemprop="item">{gold["category"]}</a>' in last


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:24])
def test_published_at_is_the_header_line_not_the_meta(server: PortalServer, gold: dict) -> None:
    stamp = gold["published_at"]
    _, markup = _get(server, gold["path"])
    line = markup.split('<span class="post-date left">', 1)[1].split('</span><div class="block_share', 1)[0]
    assert f"{stamp[8:10]}/{stamp[5:7]}/{stamp[0:4]}" in line
    assert line.endswith(stamp[11:16])
    meta = re.search(r'itemprop="datePublished" content="([^"]+)"', markup).group(1)
    assert meta[:16] != stamp[:16]


def test_walk_reaches_every_article_only_through_the_script_pagers(server: PortalServer) -> None:
    with_scripts = _walk(server, scripts=True)
    golds = {g["path"] for g in portal.GOLD}
    assert golds <= with_scripts
    for key in portal.CATS:
        assert portal.cat_path(key, 2) in with_scripts
    plain = _walk(server, scripts=False)
    missing = {p.rsplit("/", 1)[1][: -len(".html")] for p in golds - plain}
    shorts = {g["alt_paths"][0] for g in portal.GOLD}
    missing_short = {p.rsplit("/", 1)[1][: -len(".html")] for p in shorts - plain}
    assert missing == _PAGER_ONLY
    assert missing_short >= _PAGER_ONLY
    assert not any("pageNo=2" in t for t in plain)


def test_pagers_hide_their_urls_in_scripts(server: PortalServer) -> None:
    for key, cat in portal.CATS.items():
        _, markup = _get(server, portal.cat_path(key))
        pager = markup.split(f'<div id="pagination{cat.module}"', 1)[1].split("</div>", 1)[0]
        assert all(h in ("#", "javascript:void(0)") for h in re.findall(r'href="([^"]*)"', pager))
        if cat.parent:
            assert f"self.location='{portal.cat_path(key, 2)}'" in pager
        else:
            assert f'data-url="{portal.cat_path(key)}?pageNo={{pageNo}}"' in pager


def test_print_views_are_named_only_in_scripts(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, markup = _get(server, portal.full_path(story))
        view = portal.print_path(story)
        assert f'href="{html.escape(view)}"' not in markup
        assert view.replace("&", "&amp;") in markup.split("function printArticle", 1)[1]
        status, printed = _get(server, view)
        assert status == 200 and story.title in html.unescape(printed)
        assert _get(server, view.replace("&id=", "&amp;id="))[0] == 200


def test_one_article_is_stored_decomposed(server: PortalServer) -> None:
    decomposed = [g["path"] for g in portal.GOLD if not unicodedata.is_normalized("NFC", _get(server, g["path"])[1])]
    assert len(decomposed) == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target) == _get(server, target)
