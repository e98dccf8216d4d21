"""Self-check of the NukeViet (egov theme) school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once against its gold; a gold target that 404s, a paragraph
the page does not print or an article no link leads to would waste that run. Nothing here imports
the crawler (only ``crawler.demo.server`` to serve the site). It checks that every gold and
non-article target answers 200 without a redirect, that the gold's text is on its page, that a
walk from the start page (links, the ``onclick`` pop-up URLs, robots.txt) reaches every article,
and that the platform's windows and traps stay as the module docstring says.
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

from . import nukeviet_egov_thpt as portal

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_RAW_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())
_HREF = re.compile(r'href="([^"]*)"')
_POPUP = re.compile(r"nv_open_browse\('([^']+)'")
_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)" />')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
         "summary", "body", "images", "category"}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, bytes, dict[str, str]]:
    """Status, final target, raw body and headers (redirects followed, visible in the target)."""
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            parts = urlsplit(resp.geturl())
            final = parts.path + (f"?{parts.query}" if parts.query else "")
            return resp.status, final, resp.read(), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, target, err.read(), dict(err.headers.items())


def _text(raw: bytes) -> str:
    return unicodedata.normalize("NFC", html.unescape(raw.decode("utf-8")))


def _local(server: PortalServer, page: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(page), html.unescape(href)))
    if link.scheme not in ("http", "https") or link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _gid(gold: dict) -> str:
    return gold["path"].rsplit("-", 1)[1][:4]


def test_contract_shape() -> None:
    assert portal.NAME == "nukeviet_egov_thpt"
    assert portal.PLATFORM == "nukeviet"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gid)
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
    targets = [g["path"] for g in portal.GOLD] + [g["canonical_path"] for g in portal.GOLD]
    failures = []
    for target in dict.fromkeys(targets + portal.NON_ARTICLES):
        status, final, _, _ = _get(server, target)
        if status != 200 or final != target:
            failures.append((target, status, final))
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gid)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, _, raw, _ = _get(server, gold["path"])
    assert status == 200
    page = _text(raw)
    assert f'<h1 class="title margin-bottom-lg">{gold["title"]}</h1>' in page
    article = page.split('<div class="news_column panel panel-default newsdetail">', 1)[1]
    article = article.split('<div class="news_column panel panel-default newsdetailbox">', 1)[0]
    body = article.split('<div id="news-bodyhtml"', 1)[1]
    for paragraph in gold["body"].split("\n\n"):
        if paragraph == gold["summary"]:
            assert f'<div class="hometext m-bottom">{paragraph}</div>' in article
            continue
        for cell in paragraph.split(" | "):
            assert cell in body, cell[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in article
    if gold["source"]:
        assert f"<strong>Nguồn tin: </strong>{gold['source']}</p>" in article
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in article
        if image["caption"]:
            assert f"{image['caption']}</" in article
    assert _CANONICAL.findall(page) == [server.base_url + gold["canonical_path"]]
    crumbs = page.split('<ul class="temp-breadcrumbs hidden">', 1)[1].split("</ul>", 1)[0]
    assert crumbs.endswith(f'<span class="txt" itemprop="title">{gold["category"]}</span></a></li>')


_DATE_LINE = re.compile(r'<i class="fa fa-clock-o" aria-hidden="true"></i>'
                        r"(?:Thứ hai|Thứ ba|Thứ tư|Thứ năm|Thứ sáu|Thứ bảy|Chủ nhật) - "
                        r"(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})</span>")


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gid)
def test_published_at_is_the_printed_date_line(server: PortalServer, gold: dict) -> None:
    page = _text(_get(server, gold["path"])[2])
    found = _DATE_LINE.findall(page)
    assert len(found) == 1
    d, m, y, hh, mm = found[0]
    assert f"{y}-{m}-{d}T{hh}:{mm}:00+07:00" == gold["published_at"]
    assert portal.TODAY in page  # the header clock is another date, on every page
    meta = re.search(r'article:published_time" content="([^"]+)"', page).group(1)
    assert meta == f"{y}-{m}-{d}+07{hh}:{mm}:00"  # NukeViet's date('Y-m-dTH:i:s') quirk


def test_walk_from_the_start_page_reaches_every_article(server: PortalServer) -> None:
    """Breadth-first over same-host links and pop-up URLs, obeying robots.txt."""
    robots = _get(server, "/robots.txt")[2].decode()
    disallow = [re.compile(re.escape(line.split(":", 1)[1].strip()).replace(r"\*", "[^/]*"))
                for line in robots.splitlines() if line.lower().startswith("disallow:")]
    seen: set[str] = set()
    canonicals: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, _, raw, headers = _get(server, target)
        assert status == 200, target
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        page = raw.decode("utf-8")
        canonicals.update(c.removeprefix(server.base_url) for c in _CANONICAL.findall(page))
        for href in _HREF.findall(page) + _POPUP.findall(page):
            link = _local(server, target, href)
            if link is None or any(rule.match(link) for rule in disallow):
                continue
            if link not in seen:
                queue.append(link)
    assert {g["canonical_path"] for g in portal.GOLD} <= canonicals
    assert {g["path"] for g in portal.GOLD} <= seen
    for cat in portal.CATEGORIES:
        pages = portal.listing_pages(cat)
        assert len(pages) >= 2 and set(pages) <= seen, cat
    assert set(portal.doc_pages()) <= seen
    reachable = set(portal.NON_ARTICLES) - {"/sitemap.xml", "/sitemap-vi.news.xml",
                                             "/sitemap-vi.van-ban.xml", "/sitemap-vi.about.xml",
                                             f"{portal.LANG}/users/login/"}
    missing = sorted(t for t in reachable if t not in seen and not t.endswith(("rss/", ".pdf")))
    assert not missing
    assert len(seen) < 250  # the site is finite: no calendar, no session ids


def test_sitemap_index_lists_module_sitemaps_and_only_the_newest_articles(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[2].decode()
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    index = _get(server, "/sitemap.xml")[2].decode()
    maps = re.findall(r"<loc>([^<]+)</loc>", index)
    assert [m.removeprefix(server.base_url) for m in maps] == [
        "/sitemap-vi.news.xml", "/sitemap-vi.van-ban.xml", "/sitemap-vi.about.xml"]
    news = _get(server, "/sitemap-vi.news.xml")[2].decode()
    locs = [u.removeprefix(server.base_url) for u in re.findall(r"<loc>([^<]+)</loc>", news)]
    newest = sorted(portal.GOLD, key=lambda g: g["published_at"], reverse=True)
    assert locs == [g["path"] for g in newest[: portal.SITEMAP_WINDOW]]
    assert len(locs) < len(portal.GOLD)


def test_feeds_carry_only_the_newest_few(server: PortalServer) -> None:
    feed = _get(server, f"{portal.LANG}/news/rss/")[2].decode()
    links = [u.removeprefix(server.base_url) for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    newest = sorted(portal.GOLD, key=lambda g: g["published_at"], reverse=True)
    assert links == [g["path"] for g in newest[: portal.RSS_WINDOW]]


def test_links_without_the_language_prefix_redirect(server: PortalServer) -> None:
    story = portal.STORIES[0]
    old = portal.article_path(story).removeprefix(portal.LANG)
    with pytest.raises(urllib.error.HTTPError) as info:
        _RAW_OPENER.open(server.url(old), timeout=10)
    assert info.value.code == 301
    assert info.value.headers["Location"] == portal.article_path(story)
    # one article body still carries such a link
    page = _get(server, portal.article_path(portal._BY_ID[1260]))[2].decode()
    assert 'href="/news/tin-tuc-su-kien/hoc-sinh-dat-12-giai' in page


def test_print_save_and_mail_views_point_back_to_the_article(server: PortalServer) -> None:
    for story in portal.STORIES:
        article = _get(server, portal.article_path(story))[2].decode()
        assert f"nv_open_browse('{portal.view_path('print', story)}'" in article
        assert f"nv_open_browse('{portal.view_path('sendmail', story)}'" in article
        assert f'href="{portal.view_path("savefile", story)}"' in article
        for kind in ("print", "savefile", "sendmail"):
            status, _, raw, headers = _get(server, portal.view_path(kind, story))
            assert status == 200
            assert _CANONICAL.findall(raw.decode()) == [server.base_url + portal.article_path(story)]
            if kind == "savefile":
                assert headers["Content-Disposition"].startswith("attachment;")


def test_documents_are_records_not_news(server: PortalServer) -> None:
    for doc in portal.DOCUMENTS:
        page = _text(_get(server, portal.doc_path(doc[1]))[2])
        assert f'<h1 class="margin-bottom-lg">{doc[3]}</h1>' in page
        assert f"<td>{doc[2]}</td>" in page and 'id="news-bodyhtml"' not in page


def test_traps_are_bounded(server: PortalServer) -> None:
    bad = [
        f"{portal.LANG}/news/tin-tuc-su-kien/page-9",
        f"{portal.LANG}/news/tin-tuc-su-kien/page-1",
        f"{portal.LANG}/news/khong-co/",
        f"{portal.LANG}/news/thong-bao/thong-bao-lich-nghi-tet-nguyen-dan-at-ty-2025-9999.html",
        f"{portal.LANG}/news/tin-tuc-su-kien/thong-bao-lich-nghi-tet-nguyen-dan-at-ty-2025-1248.html",
        f"{portal.LANG}/van-ban/page-5",
        f"{portal.LANG}/news/tag/khong-co",
    ]
    assert [_get(server, t)[0] for t in bad] == [404] * len(bad)


def test_text_forms_vary(server: PortalServer) -> None:
    decomposed = [g["path"] for g in portal.GOLD
                  if not unicodedata.is_normalized("NFC", _get(server, g["path"])[2].decode())]
    assert decomposed == [portal.article_path(portal._BY_ID[1245])]
    raw = _get(server, portal.article_path(portal._BY_ID[1286]))[2].decode()
    body = raw.split('id="news-bodyhtml"', 1)[1][:600]
    assert re.search(r"&#\d+;|&[a-z]+;", body)


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target)[2] == _get(server, target)[2]
