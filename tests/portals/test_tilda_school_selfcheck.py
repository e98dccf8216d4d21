"""Self-check of the Tilda school fixture: the fixture against itself, never the crawler.

It checks that every gold post and non-article answers 200 and prints the gold (title, date,
author field, lead, paragraphs, captions, credits), that the photos are only in
``data-original`` behind placeholders, that a walk of ``<a href>`` from START_PATH reaches
every post through the feed's load-more and part links (the sitemap lists no post), and that
the traps behave as documented: the endless ``tfeeds_page``, the UTM duplicate of the
admissions notice, hidden popup and cookie notice, the JSON-LD date in UTC.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import tilda_school as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_TEXT_START = '<div class="js-feed-post-text t-feed__post-popup__text t-text t-text_md" itemprop="articleBody">'
_MAX_WALK_PAGE = 8


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _local_links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _q, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        parts = urlsplit(urljoin(server.url(page), href))
        if f"{parts.hostname}:{parts.port}" == f"{server.host}:{server.port}":
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.post_path(s) == gold["path"])


def _ids(gold: dict) -> str:
    return gold["path"].split("/")[-1][:24]


def test_contract_shape() -> None:
    assert portal.NAME == "tilda_school" and portal.PLATFORM == "tilda" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.PARTS.values())
    assert max(portal.load_count(p) for p in portal.PARTS) >= 3
    dates = sorted(g["published_at"] for g in portal.GOLD)
    assert dates[-1].startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=_ids)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert gold[key] and gold[key] == gold[key].strip()
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"url", "caption"} and img["url"].startswith("https://static.tildacdn.com/tild")
        assert img["caption"] is None or (not img["caption"].startswith(("(", "Ảnh:")) and img["caption"] not in paragraphs)
    for name in gold["authors"] + gold["photographers"]:
        assert not name.startswith(("Cô ", "Thầy ", "ThS.", "TS.")) and " - " not in name and " – " not in name


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=_ids)
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    story = _story(gold)
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta charset="utf-8" />' in body
    assert f'itemprop="headline">{html.escape(gold["title"], quote=True)}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    assert f't-feed__post-popup__date t-uptitle t-uptitle_sm">{d} tháng {m}, {y}</span>' in body
    assert f't-feed__post-popup__tag t-uptitle t-uptitle_xs" href="/tin-tuc?tfeeds_part={story.cat}">{html.escape(gold["category"])}</a>' in body
    article = body.split('<div itemscope itemtype="https://schema.org/BlogPosting"', 1)[1].split('<div class="t-feed__share', 1)[0]
    text = body.split(_TEXT_START, 1)[1].split("</div></div>\n<div class=\"t-feed__share", 1)[0]
    reader = _reader(text)
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        lead = re.search(r'<div class="js-feed-post-descr t-feed__post-popup__descr[^>]*>(.*?)</div>', article).group(1)
        assert _reader(lead) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert "t-feed__post-popup__descr" not in article
    # the text's own paragraphs come in order
    pos = 0
    for paragraph in paragraphs:
        found = reader.find(paragraph, pos)
        assert found >= 0, paragraph[:60]
        pos = found + len(paragraph)
    field = story.opts.get("field")
    if field:
        assert f't-feed__post-popup__author-name t-descr t-descr_xxs">{html.escape(field)}</span>' in article
    else:
        assert "t-feed__post-popup__author-name" not in article
    page = _reader(article)
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in reader
    # photos: data-original in the article (cover first), src a tildacdn placeholder
    imgs = re.findall(r"<img ([^>]*)>", article)
    originals = [re.search(r'data-original="([^"]+)"', a).group(1) for a in imgs]
    assert originals == [i["url"] for i in gold["images"]]
    for attrs in imgs:
        src = re.search(r'(?:^|\s)src="([^"]+)"', attrs).group(1)
        assert src.startswith("https://thb.tildacdn.com/tild") and ("/-/empty/" in src or "/-/resize/20x/" in src)
    captions = [_reader(c) for c in re.findall(r'<figcaption class="t-redactor__caption">(.*?)</figcaption>', text)]
    printed = [i.printed for i in story.images if i.printed]
    assert captions == printed
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in " ".join(captions)
    # chrome around it
    assert portal.TODAY in body and "Tin khác" in body and "Made on" in body and portal.ADDRESS in body
    assert 'data-record-type="1006"' in body and re.search(r'<div id="rec\d{9}" class="r t-rec', body)


def test_typograph_nbsp_and_utc_json_ld(server: PortalServer) -> None:
    typo = next(g for g in portal.GOLD if _story(g).opts.get("typo"))
    assert "và&nbsp;" in fetch(server, typo["path"])[1]
    farm = next(g for g in portal.GOLD if "nong-dan" in g["path"])
    body = fetch(server, farm["path"])[1]
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1))
    assert ld["datePublished"] == "2026-11-13T23:30:00.000Z" and farm["published_at"] == "2026-11-14"
    assert "14 tháng 11, 2026" in body


def _walk(server: PortalServer) -> set[str]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _local_links(server, target, body):
            if re.search(r"\.(jpe?g|png|ico|css|js|xml|txt)$", urlsplit(link).path):
                continue
            page = int(parse_qs(urlsplit(link).query).get("tfeeds_page", ["1"])[0])
            if page <= _MAX_WALK_PAGE:
                queue.append(link)
    return seen


def test_every_post_is_reached_by_links_only_through_the_feed(server: PortalServer) -> None:
    seen = _walk(server)
    posts = {g["path"] for g in portal.GOLD}
    assert posts <= seen
    assert set(portal.NON_ARTICLES) <= seen
    # the sitemap names no post: the load-more links are the discovery path
    robots = fetch(server, "/robots.txt")[1]
    assert "Sitemap: " in robots
    sitemap = fetch(server, "/sitemap.xml")[1]
    assert "/tpost/" not in sitemap and "/tin-tuc</loc>" in sitemap
    # the home page and /tin-tuc's first load show only the newest three
    home = set(_local_links(server, "/", fetch(server, "/")[1])) & posts
    assert home == {portal.post_path(s) for s in portal.newest()[:3]}


def _cards(body: str) -> list[str]:
    return re.findall(r'<li class="js-feed-post t-feed__post[^"]*" data-post-uid="([a-z0-9]{10})">', body)


def test_feed_loads_parts_and_endless_offset(server: PortalServer) -> None:
    for part in [None, *portal.PARTS]:
        listed: list[str] = []
        for page in range(1, portal.load_count(part) + 3):
            status, body, _ = fetch(server, portal.feed_target(part, page))
            assert status == 200
            uids = _cards(body)
            more = re.search(r'<a href="([^"]+)" class="js-feed-btn-show-more t-feed__showmore-btn t-btn t-btn_md"([^>]*)>Xem thêm</a>', body)
            assert html.unescape(more.group(1)) == portal.feed_target(part, page + 1)
            assert ('style="display:none;"' in more.group(2)) == (page >= portal.load_count(part))
            if page > portal.load_count(part):
                assert uids == []
            listed += uids
        assert listed == [s.opts["uid"] for s in portal.newest(part)]
    assert portal.load_count("hoat-dong-hoc-sinh") == 3 and portal.load_count() == 4
    status, body, _ = fetch(server, "/tin-tuc?tfeeds_page=4711")
    assert status == 200 and _cards(body) == [] and "tfeeds_page=4712" in body
    status, body, _ = fetch(server, "/tin-tuc?tfeeds_part=khong-co")
    assert status == 200 and _cards(body) == []
    card = fetch(server, "/tin-tuc")[1]
    assert '<span class="js-feed-post-date t-feed__post-date t-uptitle t-uptitle_xs">20.11.2026</span>' in card


def test_utm_duplicate_and_social_links(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g.get("alt_paths"))
    clean = fetch(server, gold["path"])[1]
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200 and body == clean
    footer_links = _local_links(server, "/", fetch(server, "/")[1])
    assert gold["alt_paths"][0] in footer_links
    assert gold["alt_paths"][1] in _local_links(server, "/tuyen-sinh", fetch(server, "/tuyen-sinh")[1])
    home = fetch(server, "/")[1]
    assert home.count("?utm_source=website&amp;utm_medium=footer&amp;utm_campaign=social") == len(portal._SOCIAL)
    status, body, _ = fetch(server, "/tuyen-sinh?utm_source=website&utm_medium=footer&utm_campaign=tuyensinh2027")
    assert status == 200 and f'<link rel="canonical" href="{server.base_url}/tuyen-sinh">' in body


def test_hidden_popup_and_cookie_notice_on_every_page(server: PortalServer) -> None:
    for target in [portal.GOLD[0]["path"], "/", "/tin-tuc", "/lien-he"]:
        body = fetch(server, target)[1]
        assert '<div class="t-popup" data-tooltip-hook="#popup:tuvan" role="dialog" aria-modal="true" tabindex="-1" style="display:none;">' in body
        assert html.escape(portal._POPUP_TEXT) in body
        assert '<div class="t657" style="display:none;">' in body
        assert "Đang online: 14" in body and f"Hôm nay: {portal.TODAY}" in body


def test_redirects_and_not_found(server: PortalServer) -> None:
    story = portal.STORIES[0]
    uid = story.opts["uid"]
    for wrong in (f"/tpost/{uid}", f"/tpost/{uid}-ten-cu-cua-bai"):
        status, _, headers = fetch(server, wrong)
        assert status == 301 and headers["Location"] == portal.post_path(story)
    status, body, _ = fetch(server, "/tpost/zzzzzzzzzz-khong-co-bai-nay")
    assert status == 404 and "Trang không tồn tại" in body
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/gioi-thieu/")[0] == 301


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[3]["path"], "/tin-tuc?tfeeds_page=2"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
