"""Self-check of the Gatsby + headless WordPress school fixture: the fixture against itself.

Nothing here imports the crawler (only the demo server). It checks that every gold target and
non-article answers 200, that the gold is well formed and printed on its page (after entities and
NFC), that a walk of links from START_PATH reaches every article and listing, that the sitemap and
the feed name the posts, and that the traps behave as the module's docstring says: slash-less 301s,
utm duplicates without canonical, page-data JSON, Partytown files, Gatsby's 404 pages, the UTC
machine time naming the previous day, one decomposed post, double-escaped head titles.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import gatsby_headless_thpt as portal
from ._selfcheck import fetch

_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_FILES = re.compile(r"\.(jpe?g|png|webp|gif|ico|css|js|pdf|xml|json)$")
_MAIN_IMG = re.compile(r'<img data-gatsby-image-ssr="" data-main-image="" [^>]*? (?:data-)?src="([^"]+)"')
_TIME = re.compile(r'<time dateTime="([^"]+)">(\d{1,2}) tháng (\d{1,2}), (\d{4})</time>')
_DEAD_LINK = "/tuyen-sinh-2027/"


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    markup = re.sub(r"<noscript>.*?</noscript>|<script\b.*?</script>", " ", markup, flags=re.S)
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _article(page: str) -> str:
    return page.split("<article", 1)[1].split("</article>", 1)[0]


def _content(page: str) -> str:
    return page.split('itemProp="articleBody">', 1)[1].split("</section>", 1)[0]


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "gatsby_headless_thpt" and portal.PLATFORM == "gatsby"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert len(alts) == 6 and all(a.endswith(portal.UTM) for a in alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _DAY.match(gold["published_at"])  # no page prints a time of day
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/static/")
        assert not image["caption"] or (image["caption"] not in gold["body"] and not image["caption"].startswith(("(", "Ảnh:")))
    for name in gold["authors"] + gold["photographers"]:  # no byline line left in the body
        assert not re.search(rf"(Tin|Ảnh|Bài|ảnh): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    for name in gold["authors"]:
        assert not name.startswith(("Cô ", "Thầy ")) and name != "admin"


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures
    for target in portal.NON_ARTICLES:
        assert _get(server, target)[2]["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    article = _article(page)
    shown = _reader(article)
    h1 = re.search(r'<h1 class="post-module--title--[\w-]+" itemProp="headline">(.*?)</h1>', article)
    assert h1 and _nfc(h1.group(1)) == gold["title"]
    # the printed day; the machine time is UTC
    machine, day, month, year = _TIME.search(article).groups()
    assert f"{int(year):04d}-{int(month):02d}-{int(day):02d}" == gold["published_at"]
    story = _story(gold)
    assert machine == (story.opts["at"] - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    # paragraphs (table rows cell by cell)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", article)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    # images: the main image of each gatsby-image, in order, none from outside the article
    no_noscript = re.sub(r"<noscript>.*?</noscript>", "", article, flags=re.S)
    assert _MAIN_IMG.findall(no_noscript) == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in article  # the noscript copy's real src
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    crumbs = re.search(r'<nav aria-label="breadcrumb"[^>]*>(.*?)</nav>', article).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    chips = re.findall(r'class="post-module--chip--[\w-]+">([^<]+)</a>', article)
    assert _nfc(chips[0]) == gold["category"]
    if gold["summary"]:
        lead = re.search(r'<div class="post-module--lead--[\w-]+"><p>(.*?)</p></div>', article)
        first = re.search(r"^<p><strong>(.*?)</strong></p>", _content(page))
        assert _nfc((lead or first).group(1)) == gold["summary"]
        assert bool(lead) == story.sapo_outside
    else:
        assert "post-module--lead--" not in article and not _content(page).startswith("<p><strong>")
    assert "Bài viết liên quan" in page and page.count('class="card-module--card--') >= 3
    assert portal.TODAY in page and "© 2026" in page and portal.HOTLINE in page
    assert 'rel="canonical"' not in page


def _walk(server: PortalServer) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _FILES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 300
        if status != 200:
            continue
        for href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.scheme not in ("http", "https") or link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_walk_from_start_reaches_every_article(server: PortalServer) -> None:
    seen = _walk(server)
    assert {g["path"] for g in portal.GOLD} <= set(seen)
    assert set(portal.NON_ARTICLES) - {"/404/", "/404.html"} <= set(seen)
    assert {a for g in portal.GOLD for a in g.get("alt_paths", [])} <= set(seen)
    odd = {t: s for t, s in seen.items() if s not in (0, 200)}
    slashless = "/bai-viet/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"
    assert odd == {_DEAD_LINK: 404, slashless: 301}


def test_listings_paginate_gatsby_style(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc/")[1]
    assert 'href="/tin-tuc/2/" rel="next"' in first and "Trang sau →" in first and "← Trang trước" not in first
    last = _get(server, "/tin-tuc/3/")[1]
    assert 'href="/tin-tuc/2/" rel="prev"' in last and "Trang sau →" not in last
    assert '<span aria-current="page"' in last
    for missing in ("/tin-tuc/4/", "/tin-tuc/1/", "/chuyen-muc/hoat-dong-doan/3/", "/chuyen-muc/hoc-tap/2/"):
        assert _get(server, missing)[0] == 404
    assert 'href="/chuyen-muc/hoat-dong-doan/2/"' in _get(server, "/chuyen-muc/hoat-dong-doan/")[1]
    listed: list[str] = []
    for n in (1, 2, 3):
        body = _get(server, portal.listing_path("/tin-tuc/", n))[1]
        grid = body.split('class="list-module--grid--', 1)[1].split("<aside", 1)[0]
        listed += [h for h in re.findall(r'<h3 class="card-module--title--[\w-]+"><a href="([^"]+)"', grid)]
    assert listed == [g["path"] for g in portal.GOLD]


def test_sitemap_feed_and_robots(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    index = re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)
    assert index == server.url("/sitemap-index.xml")
    children = re.findall(r"<loc>([^<]+)</loc>", _get(server, "/sitemap-index.xml")[1])
    assert children == [server.url("/sitemap-0.xml")]
    urls = {u.removeprefix(server.base_url) for u in re.findall(r"<loc>([^<]+)</loc>", _get(server, "/sitemap-0.xml")[1])}
    assert {g["path"] for g in portal.GOLD} <= urls
    assert set(portal.NON_ARTICLES) - urls == {"/404/", "/404.html"}
    home = _get(server, "/")[1]
    assert '<link rel="alternate" type="application/rss+xml" title="Tin tức – ' in home and 'href="/rss.xml"' in home
    feed = _get(server, "/rss.xml")[1]
    items = [u.removeprefix(server.base_url) for u in re.findall(r"<link>([^<]+)</link>", feed)[1:]]
    assert items == [g["path"] for g in portal.GOLD][: portal.FEED_SIZE]
    assert "GMT</pubDate>" in feed


def test_slashless_addresses_redirect_and_queries_are_ignored(server: PortalServer) -> None:
    for gold in portal.GOLD:
        status, _, headers = _get(server, gold["path"].rstrip("/"))
        assert status == 301 and headers["Location"] == gold["path"]
        status, _, headers = _get(server, gold["path"].rstrip("/") + "?utm_source=zalo")
        assert status == 301 and headers["Location"] == gold["path"] + "?utm_source=zalo"
        for alt in gold.get("alt_paths", []):
            status, page, _ = _get(server, alt)
            assert status == 200 and _article(page) == _article(_get(server, gold["path"])[1])
    assert _get(server, "/tin-tuc")[2]["Location"] == "/tin-tuc/"
    home = _get(server, "/")[1]
    assert home.count(portal.UTM.replace("&", "&amp;")) == 6
    page = _get(server, "/bai-viet/ke-hoach-on-tap-thi-tot-nghiep-thpt-nam-2027/")[1]
    assert 'href="/bai-viet/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"' in _content(page)


def test_gatsby_404_pages(server: PortalServer) -> None:
    status, body, _ = _get(server, "/bai-viet/khong-co-bai-nay/")
    assert status == 404 and "404: Không tìm thấy trang" in body
    assert _get(server, _DEAD_LINK)[0] == 404
    for target in ("/404/", "/404.html"):
        status, page, _ = _get(server, target)
        assert status == 200 and "404: Không tìm thấy trang" in page
        assert f'window.pagePath="{target}"' in page


def test_page_data_json_mirrors_the_posts(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        target = f"/page-data{gold['path']}page-data.json"
        assert f'<link as="fetch" rel="preload" href="{target}" crossOrigin="anonymous"/>' in page
        status, raw, headers = _get(server, target)
        assert status == 200 and headers["Content-Type"] == "application/json"
        post = json.loads(raw)["result"]["data"]["wpPost"]
        story = _story(gold)
        assert _nfc(post["title"]) == gold["title"]
        assert post["content"] == _content(page)
        assert post["author"]["node"]["name"] == story.opts["by"]
        assert post["date"] == story.opts["at"].strftime("%Y-%m-%dT%H:%M:%S")
        assert post["categories"]["nodes"][0]["name"] == gold["category"]
    for target in ("/page-data/index/page-data.json", "/page-data/tin-tuc/2/page-data.json", "/page-data/app-data.json", f"/page-data/sq/d/{portal.STATIC_QUERY}.json"):
        assert _get(server, target)[0] == 200, target
    assert 'href="/page-data/tin-tuc/page-data.json"' in _get(server, "/tin-tuc/")[1]


def test_partytown_and_proxy_traps(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    assert 'lib:"/~partytown/"' in home and "sandbox-sw.html?" in home and "/__third-party-proxy?url=" in home
    for target in ("/~partytown/partytown-sw.js", "/~partytown/partytown-atomics.js?v=0.7.6", "/~partytown/debug/partytown-sw.js"):
        status, _, headers = _get(server, target)
        assert status == 200 and headers["Content-Type"].startswith("application/javascript")
    for stamp in ("1764064800000", "1764064800001"):
        status, body, headers = _get(server, f"{portal.PARTYTOWN_SANDBOX}?{stamp}")
        assert status == 200 and headers["Content-Type"].startswith("text/html") and "<h1" not in body
    assert _get(server, "/__third-party-proxy?url=https%3A%2F%2Fwww.googletagmanager.com%2Fgtag%2Fjs")[0] == 200


def test_machine_times_are_utc_and_two_name_the_previous_day(server: PortalServer) -> None:
    previous_day = []
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        machine = _TIME.search(_article(page)).group(1)
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
        assert ld["datePublished"] == machine and machine.endswith(".000Z")
        if datetime.strptime(machine[:10], "%Y-%m-%d").date().isoformat() != gold["published_at"]:
            previous_day.append(gold["path"])
    assert len(previous_day) == 2


def test_images_are_real_files_and_placeholders_are_data(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        article = _article(page)
        assert article.count('data-placeholder-image="" ') == len(gold["images"])
        assert 'src="data:image/jpeg;base64,/9j/' in article or not gold["images"]
        for image in gold["images"]:
            status, _, headers = _get(server, image["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"
    featured = [s for s in portal.STORIES if portal.featured(s)]
    for s in featured:  # the featured image is eager (src), the content ones lazy (data-src)
        article = _article(_get(server, portal.article_path(s))[1])
        assert f'loading="eager" src="{portal.featured(s).src}"' in article
    pdf = portal.STORIES[1].opts["file"][0]
    assert _get(server, pdf)[2]["Content-Type"] == "application/pdf"


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _content(page))]
    assert decomposed == ["/bai-viet/le-ket-nap-doan-vien-moi-dot-1-nam-hoc-2026-2027/"]
    for page in pages.values():
        assert unicodedata.is_normalized("NFC", page.replace(_content(page), ""))
        if "“" in _nfc(_content(page)):
            assert "&#8220;" in _content(page) and "“" not in _content(page)
    title_page = pages["/bai-viet/hoi-thi-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam-20-11/"]
    assert "<title>Hội thi &amp;#8220;Rung chuông vàng&amp;#8221; chào mừng" in title_page


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
