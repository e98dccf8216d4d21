"""Self-check of the DNN school portal (``dnn_thpt``): the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once against its gold; a gold target that 404s, a paragraph
the page does not print or an article no link leads to would waste that run. Nothing here
imports the crawler (only ``crawler.demo.server`` to serve the site): it checks that every gold
and non-article target answers 200, that the gold's text is on its page, that following links
from the start page (obeying the portal's robots.txt) reaches every article, and that the
platform's traps stay bounded as the module docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import dnn_thpt as portal

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_HREF = re.compile(r'href="([^"]*)"')
_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)" />')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source", "summary", "body", "images", "category"}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, bytes, str]:
    """Status, final target, raw body and content type (redirects followed, visible in target)."""
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            parts = urlsplit(resp.geturl())
            final = parts.path + (f"?{parts.query}" if parts.query else "")
            return resp.status, final, resp.read(), resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        return err.code, target, err.read(), err.headers.get("Content-Type", "")


def _text(raw: bytes) -> str:
    return unicodedata.normalize("NFC", html.unescape(raw.decode("utf-8")))


def _local(server: PortalServer, page: str, href: str) -> str | None:
    """A same-host link as path?query (fragment dropped), or None for other hosts and schemes."""
    link = urlsplit(urljoin(server.url(page), html.unescape(href)))
    if link.scheme not in ("http", "https") or link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _robots(server: PortalServer) -> list[re.Pattern[str]]:
    raw = _get(server, "/robots.txt")[2].decode()
    rules = []
    for line in raw.splitlines():
        if line.lower().startswith("disallow:"):
            rule = line.split(":", 1)[1].strip()
            if rule:
                rules.append(re.compile(re.escape(rule).replace(r"\*", ".*")))
    return rules


def test_contract_shape() -> None:
    assert portal.NAME == "dnn_thpt"
    assert portal.PLATFORM == "dnn"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/articleId/")[1][:4])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [g["canonical_path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = []
    for target in dict.fromkeys(targets):
        status, final, _, _ = _get(server, target)
        if status != 200 or final != target:
            failures.append((target, status, final))
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/articleId/")[1][:4])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, _, raw, _ = _get(server, gold["path"])
    assert status == 200
    page = _text(raw)
    assert f'<h1 class="articleHeadline">{gold["title"]}</h1>' in page
    entry = page.split('<div class="articleEntry">', 1)[1].split('<div class="articleTools">', 1)[0]
    for paragraph in gold["body"].split("\n\n"):
        if gold["summary"] and paragraph == gold["summary"]:
            assert f'<div class="articleSummary"><strong>{paragraph}</strong></div>' in page
            continue
        cells = paragraph.split(" | ") if " | " in paragraph else [paragraph]
        for cell in cells:
            assert cell in entry, cell[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in entry
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in entry
        if image["caption"]:
            assert f"<em>{image['caption']}</em>" in entry
    canonical = _CANONICAL.findall(page)
    assert canonical == [server.base_url + gold["canonical_path"]]
    crumb = page.split('id="dnn_dnnBREADCRUMB_lblBreadCrumb">', 1)[1].split("</span></div>", 1)[0]
    assert crumb.rstrip().endswith(f'class="breadcrumbLink">{gold["category"]}</a>')


_DATE_LINE = re.compile(r'<span class="articleDate">(?:Ngày đăng|Cập nhật): (\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}) (SA|CH))?</span>')


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/articleId/")[1][:4])
def test_published_at_is_the_printed_date_line(server: PortalServer, gold: dict) -> None:
    page = _text(_get(server, gold["path"])[2])
    found = _DATE_LINE.findall(page)
    assert len(found) == 1
    d, m, y, hh, mm, ampm = found[0]
    stamp = f"{y}-{int(m):02d}-{int(d):02d}"
    if hh:
        hour = int(hh) % 12 + (12 if ampm == "CH" else 0)
        stamp += f"T{hour:02d}:{mm}:00+07:00"
    assert stamp == gold["published_at"]
    assert portal.TODAY in page  # the header clock is another date, printed on every page


def test_links_from_the_start_page_reach_every_article(server: PortalServer) -> None:
    """Breadth-first over same-host HTML links, obeying robots.txt, as a polite crawler walks."""
    disallow = _robots(server)
    seen: set[str] = set()
    canonicals: set[str] = set()
    login_links: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, _, raw, ctype = _get(server, target)
        assert status == 200, target
        if not ctype.startswith("text/html"):
            continue
        page = raw.decode("utf-8")
        for canonical in _CANONICAL.findall(page):
            canonicals.add(canonical.removeprefix(server.base_url))
        for href in _HREF.findall(page):
            link = _local(server, target, href)
            if link is None:
                continue
            if "/ctl/Login/" in link:
                login_links.add(link)
            if any(rule.match(link) for rule in disallow):
                continue
            if link not in seen:
                queue.append(link)
    assert {g["canonical_path"] for g in portal.GOLD} <= canonicals
    for tabid in portal.NEWS_TABS:
        pages = [portal.page_url(tabid, n) for n in range(2, portal.pages_of(tabid) + 1)]
        assert pages and set(pages) <= seen, tabid
    # bounded: every page links one login URL at most; the walk ends on its own
    assert len(seen) < 200
    assert len(login_links) <= len(seen)


def test_every_article_answers_in_all_three_url_forms_with_one_canonical(server: PortalServer) -> None:
    for story in portal.STORIES:
        for target in (portal.article_path(story), portal.short_path(story), portal.query_path(story)):
            status, final, raw, _ = _get(server, target)
            assert (status, final) == (200, target)
            assert _CANONICAL.findall(raw.decode()) == [server.base_url + portal.article_path(story)]


def test_traps_are_bounded(server: PortalServer) -> None:
    # the login page's own login link goes back to the page, not to a nested returnurl
    login = _get(server, portal.ctl_url(56, "Login", portal.tab_url(56)))[2].decode()
    links = [html.unescape(h) for h in _HREF.findall(login) if "/ctl/" in h]
    assert links and all("ctl%2f" not in h.lower() for h in links)
    # a pager page past the end: 200 and an empty list, linked from nowhere
    status, _, raw, _ = _get(server, portal.page_url(56, 9))
    assert status == 200 and "Không có tin nào" in _text(raw)
    # print views: the article again, no canonical, under a disallowed path
    story = portal.STORIES[0]
    printed = _text(_get(server, portal.print_path(story))[2])
    assert story.title in printed and "rel=\"canonical\"" not in printed
    assert any(rule.match(portal.print_path(story)) for rule in _robots(server))
    # unknown ids, wrong tabs and wrong title slugs are 404
    bad = [
        "/TinTuc/TinHoatDong/tabid/56/articleType/ArticleView/articleId/9999/Default.aspx",
        f"/ThongBao/tabid/59/articleType/ArticleView/articleId/{story.id}/Default.aspx",
        f"/TinTuc/TinHoatDong/tabid/56/articleType/ArticleView/articleId/{story.id}/Khac.aspx",
        "/TinTuc/tabid/55/Default.aspx",
        "/tabid/999/Default.aspx",
    ]
    assert [_get(server, t)[0] for t in bad] == [404] * len(bad)


def test_some_body_text_is_written_with_character_references(server: PortalServer) -> None:
    encoded = [s for s in portal.STORIES if s.opts.get("entities")]
    assert encoded
    raw = _get(server, portal.article_path(encoded[0]))[2].decode()
    assert re.search(r"&#\d+;|&[a-z]+;", raw.split('<div class="articleEntry">', 1)[1][:400])


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target)[2] == _get(server, target)[2]
