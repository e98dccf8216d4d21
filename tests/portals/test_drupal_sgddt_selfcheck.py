"""Self-check of the Drupal (Sở GD&ĐT) fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that links from the start page
reach every article, and that the platform's traps behave as documented: ``/node/N`` serves the
article with ``rel=canonical`` to its alias, pagers are zero-based (``?page=0`` is page one, a
page past the end shows the last page), and the calendar's month links never end (every month
190001-299912 answers; the walk below stops following them two months away from today).
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

from . import drupal_sgddt as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}
_NOT_PAGES = re.compile(r"(\.(jpe?g|png|gif|ico|css|js|pdf|xml)$)|(/feed$)")
_MONTH = re.compile(r"^/lich-cong-tac/month/(\d{4})(\d{2})$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _near_today(target: str) -> bool:
    """Calendar months the walk follows: within two months of the calendar's default month."""
    m = _MONTH.match(target)
    if not m:
        return True
    y, mo = portal.THIS_MONTH
    return abs((int(m.group(1)) * 12 + int(m.group(2))) - (y * 12 + mo)) <= 2


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (calendar bounded): target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _near_today(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def _article_region(page: str) -> str:
    return page.split('<div class="node__content clearfix">', 1)[1].split('<div class="field field--name-field-chuyen-muc', 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "drupal_sgddt"
    assert portal.PLATFORM == "drupal"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][8:48])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS | {"alt_paths"} == set(gold)
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in portal.TERMS.values()
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
    assert gold["canonical_path"] == gold["path"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][8:48])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="title page-title"><span[^>]*>(.*?)</span></h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _article_region(page)
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell is printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    for image in gold["images"]:
        src = image.get("url") or image["path"]
        assert f'src="{html.escape(src)}"' in region
        if image["caption"]:
            assert image["caption"] in text
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in _reader(page)
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in page
    crumbs = re.search(r'<nav class="breadcrumb".*?<ol>(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]
    shown = re.search(r'<time datetime="[^"]+" class="datetime">[^,]+, ([^<]+)</time>', page).group(1)
    assert datetime.strptime(shown, "%d/%m/%Y - %H:%M").strftime("%Y-%m-%dT%H:%M:00+07:00") == gold["published_at"]


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for name in gold["authors"] + gold["photographers"]:
            assert name not in gold["body"]


def test_node_paths_serve_the_same_article_with_canonical_alias(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (node,) = gold["alt_paths"]
        status, page, _ = _get(server, node)
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert f'<link rel="shortlink" href="{server.base_url}{node}" />' in page
        assert _article_region(page) == _article_region(_get(server, gold["path"])[1])


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert sum(1 for s in walk.values() if s) < 400


def test_documents_are_register_entries_without_text(server: PortalServer) -> None:
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        main = page.split('id="block-sgdtq-content"', 1)[1].split("</article>", 1)[0]
        assert "field--name-body" not in main and "node__submitted" not in main
        assert 'class="file file--mime-application-pdf' in main
    page = _get(server, "/node/2390")[1]
    assert f'<link rel="canonical" href="{server.base_url}{portal._DOC_BY_ID[2390].path}" />' in page


def test_pagers_are_zero_based_and_clamped(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc")[1]
    assert first == _get(server, "/tin-tuc?page=0")[1]
    assert 'href="?page=1"' in first
    last = _get(server, "/tin-tuc?page=2")[1]
    assert _get(server, "/tin-tuc?page=99")[1] == last
    listing = last.split("view-id-tin_tuc", 1)[1].split('<nav class="pager"', 1)[0]
    titles = re.findall(r'views-field-title"><span class="field-content"><a href="([^"]+)"', listing)
    assert titles == [g["path"] for g in portal.GOLD[10:]]
    for tid in portal.TERMS:
        assert 'href="?page=1"' in _get(server, f"/taxonomy/term/{tid}")[1]


def test_calendar_next_links_never_end(server: PortalServer) -> None:
    target, seen = "/lich-cong-tac", set()
    for _ in range(40):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(r'<a href="(/lich-cong-tac/month/\d{6})"[^>]*rel="next"', page).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/lich-cong-tac/month/203003"
    assert _get(server, "/lich-cong-tac/month/299912")[0] == 200
    assert 'rel="next"' not in _get(server, "/lich-cong-tac/month/299912")[1]
    assert _get(server, "/lich-cong-tac/month/300001")[0] == 404
    assert _get(server, "/lich-cong-tac/month/202613")[0] == 404


def test_front_feed_holds_the_newest_ten(server: PortalServer) -> None:
    assert f'href="{server.base_url}/rss.xml"' in _get(server, "/")[1]
    feed = _get(server, "/rss.xml")[1]
    links = [urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    assert links == [g["path"] for g in portal.GOLD[:10]]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert len(decomposed) == 1
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _article_region(page))]
    assert len(referenced) == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], "/lich-cong-tac"):
        assert _get(server, target)[1] == _get(server, target)[1]
