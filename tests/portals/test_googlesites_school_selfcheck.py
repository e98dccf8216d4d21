"""Self-check of the Google Sites school fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that following links from the
site's address (inside its prefix only) reaches every post, and that the traps behave as
documented: ``?authuser=N`` serves the same page and is carried into every generated link, the
neighbour ``/view/thhoaphuoc`` shares our prefix as a string but is another site, the
placeholder page answers 200 with no article, the deleted post's link answers 404.
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
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import googlesites_school as portal
from ._selfcheck import NO_REDIRECTS as _STRICT

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
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")
_H1 = re.compile(
    r'<h1 id="[^"]+" dir="ltr" class="zfr3Q duRjpb CDt4Ke "[^>]*><span class="C9DxTc ">(.*?)</span></h1>'
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, body and headers of one request; redirects are not followed."""
    try:
        with _STRICT.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _main(page: str) -> str:
    return page.split('<div role="main"', 1)[1].split("<footer", 1)[0]


def _target(base: str, href: str) -> str | None:
    """A same-host link as a browser sends it (percent-encoded path), or None."""
    link = urlsplit(urljoin(base, html.unescape(href)))
    if link.netloc != urlsplit(base).netloc:
        return None
    path = quote(unicodedata.normalize("NFC", unquote(link.path)), safe="/-_.~")
    return path + (f"?{link.query}" if link.query else "")


def _in_site(target: str) -> bool:
    path = urlsplit(target).path
    return path == portal.PREFIX or path.startswith(portal.PREFIX + "/")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> tuple[dict[str, int], set[str]]:
    """Breadth-first over links inside the site's prefix: target -> status; plus links leaving it."""
    seen: dict[str, int] = {}
    outside: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 300, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            nxt = _target(server.url(target), href)
            if nxt is None:
                continue
            if not _in_site(nxt):
                outside.add(nxt)
            elif nxt not in seen:
                queue.append(nxt)
    return seen, outside


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.post_path(s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "googlesites_school"
    assert portal.PLATFORM == "googlesites"
    assert portal.START_PATH == "/view/thhoaphu"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) == 3
    assert all(p.isascii() for p in paths + alts + portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: unquote(g["path"]).rsplit("/", 1)[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS | {"alt_paths"} == set(gold)
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in portal.SECTIONS.values()
    for image in gold["images"]:
        assert set(image) == {"url", "caption"}
        assert image["url"].startswith("https://lh3.googleusercontent.com/")
    assert gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [gold["path"] + "?authuser=0"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: unquote(g["path"]).rsplit("/", 1)[1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    region = _main(page)
    headline = _H1.search(region)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    # the <title> names the page, not the headline
    title_tag = _nfc(re.search(r"<title>(.*?)</title>", page).group(1))
    assert title_tag == f"{portal.SCHOOL} - {_story(gold).opts['name']}" != gold["title"]
    text = _reader(region)
    positions = []
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
        positions.append(text.index(paragraph))
    assert positions == sorted(positions)
    for image in gold["images"]:
        assert f'src="{html.escape(image["url"])}"' in region
        if image["caption"]:
            assert image["caption"] in text
            assert image["caption"] not in gold["body"]
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text
        assert name not in gold["body"]
    # the section the post belongs to: its parent page, expanded in the menu
    section = portal.section_path(
        next(k for k, v in portal.SECTIONS.items() if v == gold["category"])
    )
    assert unquote(gold["path"]).rsplit("/", 1)[0] == section
    assert f'href="{portal.enc(section)}" data-url' in page


def _date_of(line: str) -> str:
    """The date (and time) a typed date line gives: an independent reading of its few forms."""
    if m := re.search(r"(\d{4})-(\d{2})-(\d{2})", line):
        y, mo, d = m.groups()
    elif m := re.search(r"(\d{1,2}) tháng (\d{1,2}) năm (\d{4})", line):
        d, mo, y = m.groups()
    else:
        m = re.search(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", line)
        d, mo, y = m.groups()
    day = date(int(y), int(mo), int(d)).isoformat()
    t = re.search(r"(\d{2}):(\d{2})", line)
    return f"{day}T{t.group(1)}:{t.group(2)}:00+07:00" if t else day


def test_dates_are_the_typed_line_else_the_listing(server: PortalServer) -> None:
    no_line = 0
    for gold in portal.GOLD:
        s = _story(gold)
        page = _reader(_main(_get(server, gold["path"])[1]))
        line = s.opts["date_line"]
        listed = s.opts["list_date"]
        assert _date_of(listed) == gold["published_at"][:10]
        if line:
            assert line in page
            assert _date_of(line) == gold["published_at"]
        else:
            no_line += 1
            assert "T" not in gold["published_at"]
        # the listing page that links the post prints the listing date beside it
        sec = s.cat
        for n, items in enumerate(portal.section_pages(sec), 1):
            if s in items:
                listing = _main(_get(server, portal.enc(portal.listing_path(sec, n)))[1])
                entry = listing.split(f'href="{gold["path"]}"', 1)[1][:2500]
                assert f"({listed})" in entry
        assert portal.TODAY not in gold["body"]
    assert no_line == 2


def test_walk_from_start_reaches_every_article(walk: tuple[dict[str, int], set[str]]) -> None:
    seen, outside = walk
    assert {g["path"] for g in portal.GOLD} <= set(seen)
    # everything the site links answers 200, except the deleted post
    gone = portal.enc(
        f"{portal.section_path(portal.DELETED[0])}/{portal.urlize(portal.DELETED[1])}"
    )
    assert {t: s for t, s in seen.items() if s not in (0, 200)} == {gone: 404}
    # the pasted ?authuser=0 links pull in menu duplicates, a bounded number
    dup = [t for t in seen if "authuser=" in t]
    assert dup and len(dup) < 40
    # the neighbour sites are linked, share our prefix as a string, and are not walked
    assert {"/view/thhoaphuoc", "/view/thcshoaphu", "/view/mnhoaphu"} <= outside
    assert "/view/thhoaphuoc".startswith(portal.PREFIX)
    page_two = {portal.enc(portal.listing_path(sec, 2)) for sec in ("hd", "tb")}
    assert page_two <= set(seen)


def test_older_posts_are_only_on_page_two(server: PortalServer) -> None:
    """The hand-made pager is the only way to the oldest posts of two sections."""
    for sec in ("hd", "tb"):
        second = portal.section_pages(sec)[1]
        first_page = _get(server, portal.enc(portal.listing_path(sec, 1)))[1]
        assert f'href="{portal.enc(portal.listing_path(sec, 2))}"' in first_page
        for s in second:
            home = (
                _get(server, portal.START_PATH)[1]
                + _get(server, portal.enc(portal.PREFIX + "/tin-tức"))[1]
            )
            assert portal.post_path(s) not in home + first_page
            assert (
                f'href="{portal.post_path(s)}"'
                in _get(server, portal.enc(portal.listing_path(sec, 2)))[1]
            )


def test_authuser_serves_the_same_page_and_spreads(server: PortalServer) -> None:
    for gold in portal.GOLD:
        plain = _get(server, gold["path"])[1]
        status, dup, _ = _get(server, gold["alt_paths"][0])
        assert status == 200
        assert _main(dup) == _main(plain)
    page = _get(server, portal.GOLD[0]["path"] + "?authuser=3")[1]
    menu = re.findall(r'class="aJHbb[^"]*" jsname="QTKDff" href="([^"]+)"', page)
    assert menu and all(h.endswith("?authuser=3") for h in menu)
    assert _get(server, portal.GOLD[0]["path"])[1].count("authuser=3") == 0


def test_home_addresses_and_slash(server: PortalServer) -> None:
    assert _main(_get(server, portal.START_PATH)[1]) == _main(
        _get(server, portal.NON_ARTICLES[1])[1]
    )
    status, _, headers = _get(server, portal.START_PATH + "/")
    assert status == 301 and headers["Location"] == portal.START_PATH
    assert _get(server, portal.START_PATH + "/kh%C3%B4ng-c%C3%B3")[0] == 404
    assert _get(server, "/robots.txt")[0] == 404
    assert _get(server, "/sitemap.xml")[0] == 404


def test_placeholder_page_has_no_article(server: PortalServer) -> None:
    page = _get(server, portal.enc(portal.PLACEHOLDER))[1]
    assert _reader(_main(page)).endswith("Nội dung đang được cập nhật. ".strip())


def test_neighbour_sites_have_their_own_posts(server: PortalServer) -> None:
    page = _get(server, "/view/thhoaphuoc")[1]
    assert "Trường Tiểu học Hòa Phước" in page
    posts = [h for _, h in _HREF.findall(page) if "/view/thhoaphuoc/tin-t" in h]
    assert len(posts) >= 2
    for href in posts:
        assert _get(server, href)[0] == 200
    gold_titles = {g["title"] for g in portal.GOLD}
    assert not any(t in page for t in gold_titles)


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert len(decomposed) == 1
    raw_links = [
        p for p, page in pages.items() if re.search(r'href="/view/thhoaphu/tin-tức/', page)
    ]
    assert raw_links


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.START_PATH, portal.GOLD[0]["path"], portal.NON_ARTICLES[3]):
        assert _get(server, target)[1] == _get(server, target)[1]
