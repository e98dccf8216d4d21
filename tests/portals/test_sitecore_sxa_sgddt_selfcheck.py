"""Self-check of the Sitecore SXA (Sở GD&ĐT Quảng Ninh) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every gold target, alternative address and
non-article answers 200; that each gold record is well formed and printed on its page (title,
date line, summary, paragraphs, images and caption lines, bylines, source, breadcrumb); that a
browser-like walk from START_PATH (links, the RSS feed announced in ``<head>``, and the SXA
search components' JSON fetched as their script does) reaches every article, two of them only
through the JSON; and that the traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import sitecore_sxa_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_PROPS = re.compile(r"""<div class="component search-results[^"]*" data-properties='([^']+)'""")
_PAGERS = re.compile(r"""<div class="component (?:page-selector|load-more)[^"]*" data-properties='([^']+)'""")
_ASSETS = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|ashx)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _reader(markup: str) -> str:
    """What a reader sees: inline tags dropped, blocks split, entities and NFD resolved."""
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    flat = html.unescape(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ")
    return " ".join(unicodedata.normalize("NFC", flat).split())


def _region(page: str) -> str:
    """The article's own components: page content, author, source, attachments."""
    return page.split('<div class="component page-content', 1)[1].split('<div class="component tag-list', 1)[0]


def _content(page: str) -> str:
    return page.split('<div class="field-content">', 1)[1].split("\n</div>\n</div>\n</div>", 1)[0]


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def _json_url(props: dict, offset: int) -> str:
    return (
        f"{props['endpoint']}?s={props['s']}&itemid={props['itemid']}&sig={props['sig']}"
        f"&autoFireSearch=true&v={props['v']}&p={props['p']}&e={offset}&l={props['l']}"
    )


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, set[str]]:
    """Breadth-first from START_PATH: links, redirects, the announced feed and the search JSON
    fetched page by page (offset p, 2p, … until Results is empty) for every search-results
    component that a page selector or load-more button of the same signature drives, as SXA's
    script does."""
    host = urlsplit(server.base_url).netloc
    seen: dict[str, int] = {}
    html_links: set[tuple[str, str]] = set()
    feed_links: set[str] = set()
    json_links: set[str] = set()
    json_pages: set[str] = set()
    queue = deque([portal.START_PATH])

    def local(href: str, here: str) -> str | None:
        link = urlsplit(urljoin(server.url(here), html.unescape(href)))
        if link.scheme not in ("http", "https") or link.netloc != host:
            return None
        return link.path + (f"?{link.query}" if link.query else "")

    while queue:
        target = queue.popleft()
        if target in seen or _ASSETS.search(urlsplit(target).path):
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status in (301, 302):
            nxt = local(headers["Location"], target)
            if nxt:
                queue.append(nxt)
            continue
        if status != 200:
            continue
        ctype = headers.get("Content-Type", "")
        if "rss" in ctype:
            for link in re.findall(r"<link>([^<]+)</link>", body):
                if (nxt := local(link, target)) is not None:
                    feed_links.add(nxt)
                    queue.append(nxt)
            continue
        if "json" in ctype:
            for result in json.loads(body)["Results"]:
                json_links.add(result["Url"])
                queue.append(result["Url"])
                for _, href in _HREF.findall(result["Html"]):
                    if (nxt := local(href, target)) is not None:
                        json_links.add(nxt)
            continue
        for _, href in _HREF.findall(body):
            if (nxt := local(href, target)) is not None:
                html_links.add((target, nxt))
                queue.append(nxt)
        pagers = {json.loads(html.unescape(raw))["sig"] for raw in _PAGERS.findall(body)}
        for raw in _PROPS.findall(body):
            props = json.loads(html.unescape(raw))
            if not props.get("autoFireSearch") or props["sig"] not in pagers:
                continue
            offset = props["p"]
            while True:
                url = _json_url(props, offset)
                status, answer, _ = _get(server, url)
                assert status == 200
                results = json.loads(answer)["Results"]
                if not results:
                    break
                json_pages.add(url)
                queue.append(url)
                offset += props["p"]
    return {
        "seen": set(seen),
        "ok": {t for t, s in seen.items() if s == 200},
        "bad": {t for t, s in seen.items() if s not in (200, 301, 302)},
        "html": {t for _, t in html_links},
        "html_from": html_links,
        "feed": feed_links,
        "json": json_links,
        "json_pages": json_pages,
    }


def test_contract_shape() -> None:
    assert portal.NAME == "sitecore_sxa_sgddt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(len(portal.newest(c)) for c in portal.CATS) > portal.PAGE_SIZE
    assert len(portal.STORIES) > 2 * portal.PAGE_SIZE  # /vi/tin-tuc has 3 pages


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/-/media/sgddt/")
        assert image["caption"] is None or (
            image["caption"] not in gold["body"]
            and not image["caption"].startswith(("(", "Ảnh:"))
        )
    for name in gold["authors"] + gold["photographers"]:
        assert not gold["body"].endswith(name)
    for name in gold["authors"]:
        assert not name.startswith(("ThS.", "TS.", "Cô ", "Thầy ")) and " - " not in name
        assert name not in ("Ban Biên tập", "BBT", "admin")


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    when = datetime.strptime(
        re.search(r'<div class="field-date">([^<]+)</div>', page).group(1), "%d/%m/%Y %H:%M"
    )
    if (when.hour, when.minute) == (0, 0):
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    story = _story(gold)
    region = _region(page)
    content = _content(page)
    shown = _reader(content)
    title = re.search(r'<h1 class="field-title">(.*?)</h1>', region).group(1)
    assert _reader(title) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    # the body: paragraphs in the rich text (or the summary field); table rows cell by cell
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", content)]
    body = gold["body"].split("\n\n")
    summary_field = re.search(r'<div class="field-summary"><strong>(.*?)</strong></div>', region)
    if summary_field:
        assert _reader(summary_field.group(1)) == gold["summary"] == body[0]
        body = body[1:]
    elif gold["summary"]:
        first = re.search(r"<p[^>]*>(.*?)</p>", content).group(1)
        assert first.startswith("<strong>") and first.endswith("</strong>")
        assert _reader(first) == gold["summary"]
    position = 0
    for paragraph in body:
        if " | " in paragraph:
            assert all(c in cells for c in paragraph.split(" | ")), paragraph
            continue
        found = shown.find(paragraph, position)
        assert found >= position, paragraph[:60]
        position = found + len(paragraph)
    # images in order, each with its printed line (or none)
    srcs = [html.unescape(s) for s in re.findall(r'<img src="([^"]+)"', content)]
    assert srcs == [i["path"] for i in gold["images"]]
    for img, printed in zip(gold["images"], story.images, strict=True):
        assert img["caption"] == printed.caption
        if printed.printed:
            assert _reader(printed.printed) in shown
    # bylines: the author component, closing credit lines, the source block
    author = re.search(r'<span class="field-tacgia">(.*?)</span>', region)
    author_text = _reader(author.group(1)) if author else ""
    for name in gold["authors"]:
        assert name in author_text or re.search(rf"(Bài, ảnh|Tin): {re.escape(name)}", shown)
    for name in gold["photographers"]:
        assert re.search(rf"(Ảnh|Bài, ảnh): {re.escape(name)}", shown), name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in _reader(region)
    else:
        assert "Nguồn:" not in _reader(region)
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    labels = [_reader(x) for x in re.findall(r"<a [^>]*>(.*?)</a>", crumbs)]
    assert labels[:2] == ["Trang chủ", "Tin tức"] and labels[2] == gold["category"]
    assert labels[3] == gold["title"]
    assert portal.TODAY in page and "Tổng lượt truy cập" in page and portal.HOTLINE in page
    assert "Tin liên quan" in page and "Tin mới nhất" in page


def test_author_field_judgement_calls(server: PortalServer) -> None:
    printed = {}
    for gold in portal.GOLD:
        region = _region(_get(server, gold["path"])[1])
        author = re.search(r'<span class="field-tacgia">(.*?)</span>', region)
        printed[gold["path"]] = (_reader(author.group(1)) if author else None, gold["authors"])
    values = set(map(lambda v: (v[0], tuple(v[1])), printed.values()))
    assert ("ThS. Phạm Văn Dũng - Phòng GDTrH", ("Phạm Văn Dũng",)) in values
    assert ("Đỗ Thanh Nga - Trường THPT Hòn Gai", ("Đỗ Thanh Nga",)) in values
    assert ("Hoàng Yến, Thu Trang", ("Hoàng Yến", "Thu Trang")) in values
    assert ("Ban Biên tập", ()) in values
    assert (None, ("Lê Minh Tuấn",)) in values
    assert ("Phòng Quản lý chất lượng", ("Phòng Quản lý chất lượng",)) in values
    khkt = next(g for g in portal.GOLD if "khoa-hoc-ky-thuat" in g["path"])
    assert khkt["photographers"] == []
    assert "Ảnh: Nhà trường cung cấp" in _reader(_content(_get(server, khkt["path"])[1]))


def test_alternative_addresses_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        assert 'rel="canonical"' not in page
        assert re.search(rf'<meta property="og:url" content="http://[^"]+{re.escape(gold["path"])}" />', page)
        for alt in [*gold["alt_paths"], gold["path"] + "/", gold["path"].upper().replace("/VI/", "/vi/", 1)]:
            status, other, _ = _get(server, alt)
            assert status == 200 and _region(other) == _region(page), alt


def test_walk_reaches_every_article_and_page(walk: dict[str, set[str]]) -> None:
    gold = {g["path"] for g in portal.GOLD}
    assert gold <= walk["ok"]
    assert set(portal.NON_ARTICLES) <= walk["ok"]
    assert walk["bad"] == set()
    assert walk["json_pages"] == set(portal.JSON_PAGES)


def test_oldest_articles_only_through_the_search_json(walk: dict[str, set[str]]) -> None:
    oldest = {portal.article_path(s) for s in portal.newest("hoat-dong-nganh")[portal.PAGE_SIZE :]}
    assert len(oldest) == 2

    def page(target: str) -> str:
        path = target.split("?", 1)[0].lower()
        return path if path.startswith("/vi") else "/vi" + path

    # linked by no other page (an article's breadcrumb and language link name itself)
    linked = {page(t) for src, t in walk["html_from"] if page(src) != page(t)}
    prefixed = linked | {page(t) for t in walk["feed"]}
    assert not oldest & prefixed
    assert oldest <= walk["json"]
    assert {g["path"] for g in portal.GOLD} - oldest <= prefixed


def test_search_json_shape(server: PortalServer) -> None:
    props = {
        "endpoint": "/sxa/search/results/", "s": portal.S_NEWS, "itemid": portal.ITEM_NEWS,
        "sig": "tin-tuc", "v": portal.V_LIST, "p": 6, "l": "vi",
    }  # fmt: skip
    status, body, headers = _get(server, _json_url(props, 12))
    assert status == 200
    data = json.loads(body)
    assert headers["Content-Type"].startswith("application/json")
    assert data["Count"] == len(portal.STORIES) and data["Signature"] == "tin-tuc"
    assert data["Index"] == "sitecore_sxa_web_index"
    assert [r["Url"] for r in data["Results"]] == [g["path"] for g in portal.GOLD[12:]]
    for r in data["Results"]:
        assert set(r) == {"Id", "Language", "Path", "Url", "Name", "Html"}
        assert '<h4 class="field-title">' in r["Html"] and 'class="field-date"' in r["Html"]
    beyond = json.loads(_get(server, _json_url(props, 60))[1])
    assert beyond["Count"] == len(portal.STORIES) and beyond["Results"] == []
    unknown = json.loads(_get(server, _json_url({**props, "itemid": "{00000000-0000-0000-0000-000000000000}"}, 0))[1])
    assert unknown["Count"] == 0 and unknown["Results"] == []
    english = json.loads(_get(server, _json_url({**props, "l": "en"}, 0))[1])
    assert english["Results"] == []
    enc = _json_url(props, 6).replace("{", "%7B").replace("}", "%7D")
    assert json.loads(_get(server, enc)[1])["Results"]


def test_listings_print_six_and_page_by_hash_or_button(server: PortalServer) -> None:
    news = _get(server, "/vi/tin-tuc")[1]
    assert news.count('<div class="search-result-item">') == portal.PAGE_SIZE + 0
    for off in (6, 12):
        assert f'href="#e={off}"' in news and f'data-offset="{off}"' in news
    cat = _get(server, "/vi/tin-tuc/hoat-dong-nganh")[1]
    assert 'class="component load-more' in cat and 'value="Xem thêm"' in cat
    assert cat.split('class="component load-more', 1)[1].split("</div>\n</div>", 1)[0].count("href") == 0
    assert _get(server, "/vi/tin-tuc/hoat-dong-nganh?e=6")[1] == cat
    assert _get(server, "/vi/Tin-tuc/Thong-bao")[0] == 200
    # listing thumbnails are other derivatives of the media, never the article's own images
    for gold in portal.GOLD[:6]:
        for img in gold["images"]:
            assert html.escape(img["path"]) not in news


def test_traps(server: PortalServer) -> None:
    preview = next(
        h for h in re.findall(r'href="([^"]+)"', _get(server, portal.GOLD[9]["path"])[1]) if "sc_mode=preview" in h
    )
    status, _, headers = _get(server, html.unescape(preview))
    assert status == 302 and headers["Location"].startswith("/sitecore/login?returnUrl=")
    status, _, headers = _get(server, "/sitecore/login")
    assert status == 302 and headers["Location"].startswith("/identity/login/")
    assert 'name="robots" content="noindex' in _get(server, headers["Location"])[1]
    status, _, headers = _get(server, portal.DELETED)
    assert status == 302 and headers["Location"] == portal.notfound_target(portal.DELETED)
    status, body, _ = _get(server, headers["Location"])
    assert status == 200 and "The requested document was not found" in body
    assert _get(server, "/sitemap.xml")[0] == 302
    for bucket in ("/vi/tin-tuc/hoat-dong-nganh/2026", "/vi/tin-tuc/hoat-dong-nganh/2026/11"):
        status, _, headers = _get(server, bucket)
        assert status == 302 and headers["Location"].startswith(portal.NOLAYOUT)
    assert _get(server, "/en/tin-tuc/thong-bao")[0] == 404
    assert _get(server, portal.GOLD[0]["path"] + "?sc_lang=en")[0] == 404
    image = portal.GOLD[4]["images"][0]["path"]
    assert ".ashx?h=" in image
    status, _, headers = _get(server, image)
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    heroes = [g for g in portal.GOLD if _story(g).opts.get("hero")]
    assert len(heroes) == 2
    for gold in heroes:
        page = _get(server, gold["path"])[1]
        hero = _story(gold).opts["hero"]
        assert f"background-image: url('{hero}" in page and f'src="{hero}' not in page
        assert all(not i["path"].startswith(hero) for i in gold["images"])
    robots = _get(server, "/robots.txt")[1]
    assert "Sitemap" not in robots and "/sxa/" not in robots


def test_feed_has_the_eight_newest_without_language_prefix(server: PortalServer) -> None:
    status, body, headers = _get(server, "/vi/rss")
    assert status == 200 and "rss" in headers["Content-Type"]
    links = [urlsplit(u).path for u in re.findall(r"<item><title>[^<]*</title><link>([^<]+)</link>", body)]
    assert links == [g["path"][3:] for g in portal.GOLD[: portal.FEED_SIZE]]
    assert all(link in g["alt_paths"] for link, g in zip(links, portal.GOLD, strict=False))


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _content(page))]
    assert decomposed == [portal.article_path(portal._BY_ID[8])]
    nbsp = [p for p, page in pages.items() if "&nbsp;" in _content(page)]
    assert nbsp == [portal.article_path(portal._BY_ID[5])]
    assert all('<meta charset="utf-8" />' in page for page in pages.values())
