"""Self-check of the Blogger school blog (``blogger_school``): the fixture against itself.

Why: a blind-test portal is crawled once against its gold; a gold target that 404s, a paragraph
the page does not print or a post no honest route leads to would waste that run. Nothing here
imports the crawler (only ``crawler.demo.server`` to serve the site). It checks that every gold
and non-article target answers 200, that the gold's text is on its page, that a walk from the
start page that obeys robots.txt (no ``/search``) reaches every post, that the sitemap and the
feed each list every post, that the ``/search`` pager (for crawlers that ignore robots.txt) also
does, and that the mobile and comment-permalink twins stay bounded and point back by canonical.
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

from . import blogger_school as portal

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_CANONICAL = re.compile(r"<link href='([^']+)' rel='canonical'/>")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source", "summary", "body", "images", "category"}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, bytes, str]:
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            parts = urlsplit(resp.geturl())
            final = parts.path + (f"?{parts.query}" if parts.query else "")
            return resp.status, final, resp.read(), resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        return err.code, target, err.read(), err.headers.get("Content-Type", "")


def _text(raw: bytes) -> str:
    return unicodedata.normalize("NFC", html.unescape(raw.decode("utf-8")))


def _links(server: PortalServer, page: str, raw: bytes) -> list[str]:
    """Same-host links of a page as path?query, fragments dropped."""
    out = []
    for _, href in _HREF.findall(raw.decode("utf-8")):
        link = urlsplit(urljoin(server.url(page), html.unescape(href)))
        if link.scheme in ("http", "https") and link.netloc == urlsplit(server.base_url).netloc:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def _rel(server: PortalServer, url: str) -> str:
    assert url.startswith(server.base_url), url
    return url[len(server.base_url) :] or "/"


def _post_body(page: str) -> str:
    return page.split("<div class='post-body entry-content'", 1)[1].split("<div style='clear: both;'></div>\n</div>", 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "blogger_school"
    assert portal.PLATFORM == "blogger"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD} - {None}) >= 2
    assert len({portal.post_id(s) for s in portal.STORIES}) == len(portal.STORIES)
    for story in portal.STORIES:  # the breadcrumb shows the first label: the category
        assert story.cat == (portal.labels_of(story) or [""])[0]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:24])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:  # every photo is on Blogger's image host
        assert set(image) == {"url", "caption"} and image["url"].startswith("https://blogger.googleusercontent.com/")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [g["canonical_path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = []
    for target in dict.fromkeys(targets):
        status, final, _, _ = _get(server, target)
        if status != 200 or final != target:
            failures.append((target, status, final))
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:24])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, _, raw, _ = _get(server, gold["path"])
    assert status == 200
    page = _text(raw)
    assert f"<h3 class='post-title entry-title' itemprop='name'>{gold['title']}</h3>" in page
    body = _post_body(page)
    for paragraph in gold["body"].split("\n\n"):
        for cell in paragraph.split(" | "):
            assert cell in body, cell[:60]
    if gold["summary"]:
        assert f"<b>{gold['summary']}</b>" in body
    footer = page.split("<div class='post-footer'>", 1)[1].split("<div class='comments'", 1)[0]
    for name in gold["authors"]:
        assert name in body or f"<span itemprop='name'>{name}</span>" in footer
    if not gold["authors"]:
        assert "<span itemprop='name'>Unknown</span>" in footer
    for name in gold["photographers"]:
        assert name in body
    if gold["source"]:
        assert gold["source"] in body
    for image in gold["images"]:
        assert f'src="{image["url"]}"' in body
        if image["caption"]:
            assert image["caption"] in body
    assert _CANONICAL.findall(page) == [server.base_url + gold["canonical_path"]]
    crumbs = page.split("<div class='breadcrumbs'", 1)[1].split("</div>", 1)[0]
    labels = re.findall(r"property='v:title' rel='v:url'>([^<]+)</a>", crumbs)
    assert labels == ["Trang chủ"] + ([gold["category"]] if gold["category"] else [])
    assert portal.TODAY in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:24])
def test_published_at_is_date_header_plus_footer_time(server: PortalServer, gold: dict) -> None:
    page = _text(_get(server, gold["path"])[2])
    header = re.findall(r"<h2 class='date-header'><span>[^,]+, (\d{1,2}) tháng (\d{1,2}), (\d{4})</span></h2>", page)
    times = re.findall(r"itemprop='datePublished' title='[^']+'>(\d{2}):(\d{2})</abbr>", page)
    assert len(header) == 1 and len(times) == 1
    (d, m, y), (hh, mm) = header[0], times[0]
    assert f"{y}-{int(m):02d}-{int(d):02d}T{hh}:{mm}:00+07:00" == gold["published_at"]


def _disallowed(server: PortalServer) -> list[str]:
    robots = _get(server, "/robots.txt")[2].decode()
    rules, agent = [], None
    for line in robots.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "user-agent":
            agent = value.strip()
        elif key.strip().lower() == "disallow" and agent == "*" and value.strip():
            rules.append(value.strip())
    return rules


def test_robots_disallows_search_and_names_the_sitemaps(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[2].decode()
    assert _disallowed(server) == ["/search"]
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    assert f"Sitemap: {server.base_url}/sitemap-pages.xml" in robots


def test_a_walk_that_obeys_robots_reaches_every_post(server: PortalServer) -> None:
    """Links only (no sitemap, no feed), never a /search URL: archive widget and post pagers."""
    rules = _disallowed(server)
    seen: set[str] = set()
    canonicals: set[str] = set()
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
        canonicals.update(_rel(server, c) for c in _CANONICAL.findall(raw.decode()))
        for link in _links(server, target, raw):
            if not any(link.startswith(rule) for rule in rules) and link not in seen:
                queue.append(link)
    assert not [t for t in seen if t.startswith("/search")]
    assert {g["canonical_path"] for g in portal.GOLD} <= canonicals
    # bounded: mobile twins and comment permalinks add a fixed number of pages
    assert len(seen) < 120


def test_the_sitemap_index_lists_every_post(server: PortalServer) -> None:
    index = _get(server, "/sitemap.xml")[2].decode()
    pages = re.findall(r"<sitemap><loc>([^<]+)</loc></sitemap>", index)
    assert pages == [f"{server.base_url}/sitemap.xml?page=1"]
    locs: list[str] = []
    for page in pages:
        locs += re.findall(r"<url><loc>([^<]+)</loc>", _get(server, _rel(server, html.unescape(page)))[2].decode())
    assert sorted(_rel(server, u) for u in locs) == sorted(g["path"] for g in portal.GOLD)
    static = re.findall(r"<loc>([^<]+)</loc>", _get(server, "/sitemap-pages.xml")[2].decode())
    assert {_rel(server, u) for u in static} <= set(portal.NON_ARTICLES)


def test_the_feed_announced_in_head_holds_every_post(server: PortalServer) -> None:
    home = _get(server, "/")[2].decode()
    feed_url = re.search(r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="([^"]+)" />', home)
    assert feed_url and feed_url.group(1) == f"{server.base_url}/feeds/posts/default"
    status, _, raw, ctype = _get(server, "/feeds/posts/default")
    assert status == 200 and ctype.startswith("application/atom+xml")
    feed = raw.decode()
    alternates = re.findall(r"<link rel='alternate' type='text/html' href='([^']+)' title=", feed)
    assert sorted(_rel(server, html.unescape(u)) for u in alternates) == sorted(g["path"] for g in portal.GOLD)
    rss = _get(server, "/feeds/posts/default?alt=rss")[2].decode()
    assert len(re.findall(r"<item>", rss)) == len(portal.GOLD)


def test_the_search_pager_pages_the_home_page(server: PortalServer) -> None:
    """For a crawler that ignores robots.txt: "Bài đăng Cũ hơn" from the home page reaches all."""
    target: str | None = "/"
    pages, found = [], []
    while target:
        raw = _get(server, target)[2].decode()
        pages.append(target)
        found += [
            _rel(server, html.unescape(h))
            for h in re.findall(r"<h3 class='post-title entry-title' itemprop='name'><a href='([^']+)'>", raw)
        ]
        older = re.search(r"<a class='blog-pager-older-link' href='([^']+)'", raw)
        target = _rel(server, html.unescape(older.group(1))) if older else None
        assert len(pages) < 10
    assert len(pages) >= 3 and pages[1].startswith("/search?updated-max=")
    assert found == [portal.post_path(s) for s in portal.ORDER]
    # the newer link of page 2 shows page 1's posts again
    raw = _get(server, pages[1])[2].decode()
    newer = re.search(r"<a class='blog-pager-newer-link' href='([^']+)'", raw)
    assert newer and "reverse-paginate=true" in newer.group(1)
    again = _get(server, _rel(server, html.unescape(newer.group(1))))[2].decode()
    shown = re.findall(r"<h3 class='post-title entry-title' itemprop='name'><a href='([^']+)'>", again)
    assert [_rel(server, html.unescape(h)) for h in shown] == [portal.post_path(s) for s in portal.ORDER[: portal.PER_PAGE]]


def test_a_label_is_paged_like_the_home_page(server: PortalServer) -> None:
    label = max(portal.all_labels(), key=lambda lab: sum(lab in portal.labels_of(s) for s in portal.STORIES))
    raw = _get(server, portal.label_path(label))[2].decode()
    older = re.search(r"<a class='blog-pager-older-link' href='([^']+)'", raw)
    assert older and "/search/label/" in older.group(1)
    assert _get(server, _rel(server, html.unescape(older.group(1))))[0] == 200


def test_mobile_and_comment_twins_point_back_by_canonical(server: PortalServer) -> None:
    story = next(s for s in portal.STORIES if portal.comments_of(s))
    plain = portal.post_path(story)
    raw = _get(server, plain + "?m=1")[2]
    page = raw.decode()
    assert _CANONICAL.findall(page) == [server.base_url + plain]
    assert f"<link href='{server.base_url}{plain}?m=1' media='only screen and (max-width: 640px)' rel='alternate'/>" in page
    anchors = re.sub(r"<link [^>]*>", "", page).encode()  # <a> links only, not <head> alternates
    links = [ln for ln in _links(server, plain + "?m=1", anchors) if not ln.startswith("/feeds/")]
    assert links and all(("m=1" in ln) != ln.endswith("m=0") for ln in links)
    assert not [ln for ln in links if ln.count("m=1") > 1]
    for n in range(len(portal.comments_of(story))):
        target = portal.showcomment_path(story, n)
        status, final, raw, _ = _get(server, target)
        assert (status, final) == (200, target)
        assert _CANONICAL.findall(raw.decode()) == [server.base_url + plain]
    assert _get(server, plain + "?showComment=1")[0] == 404
    assert _get(server, "/2026/11/khong-co-bai-nay.html")[0] == 404


def test_one_post_is_stored_decomposed(server: PortalServer) -> None:
    decomposed = [
        g["path"] for g in portal.GOLD if not unicodedata.is_normalized("NFC", _post_body(_get(server, g["path"])[2].decode()))
    ]
    assert len(decomposed) == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], "/feeds/posts/default"):
        assert _get(server, target)[2] == _get(server, target)[2]
