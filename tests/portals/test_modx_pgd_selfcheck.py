"""Self-check of the MODX district-office portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article no link reaches would waste that crawl. It also
pins down what makes this platform what it is: ``<base href>`` with relative links, the
``index.php?id=N`` twin of every resource (no canonical), pdoPage's pager and its last page shown
for any page past the end, dotted dates, the unparsed MODX tags, SimpleSearch pages.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import modx_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _base(server: PortalServer, body: str) -> str:
    m = re.search(r'<base href="([^"]+)"', body)
    return m.group(1) if m else server.url("/")


def _links(server: PortalServer, body: str) -> list[str]:
    """Local targets of the page's anchors, resolved against its ``<base href>``."""
    base = _base(server, body)
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _content(body: str) -> str:
    return body.split('<div class="article">', 1)[1].split('<div class="other-news">', 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "modx_pgd" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {c[1] for c in portal.CATS.values()}
    assert max(portal.pages_of(c) for c in portal.CATS) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:30])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert gold[key] and gold[key] == gold[key].strip()
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/assets/images/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert name != "Default Admin User"
    assert gold["alt_paths"] == [f"/index.php?id={portal._BY_PATH[gold['path']].id}"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    failures = [(t, s) for t in targets + portal.NON_ARTICLES if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:30])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    article = _content(body)
    text = _reader_text(article)
    assert f'<h1 class="page-title">{html.escape(gold["title"], quote=True)}</h1>' in body
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    names = gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    for name in names:
        assert name in text
    if gold["summary"]:
        lead = re.search(r'<p class="lead"><strong>(.*?)</strong></p>', article).group(1)
        assert _reader_text(lead) == gold["summary"]
    else:
        assert 'class="lead"' not in article
    srcs = re.findall(r'<img src="([^"]+)"', article.split('<div class="article-content">', 1)[1])
    base = _base(server, body)
    assert [urlsplit(urljoin(base, s)).path for s in srcs] == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in [_reader_text(e) for e in re.findall(r"<em>(.*?)</em>", article)]
    stamp = gold["published_at"]
    day = f"{stamp[8:10]}.{stamp[5:7]}.{stamp[:4]}"
    info = _reader_text(re.search(r'<div class="article-info">(.*?)</div>', body).group(1))
    assert info.startswith(f"{stamp[11:16]} {day} |" if "T" in stamp else f"{day} |")
    crumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', body).group(1)
    assert re.findall(r'<a class="B_crumb" href="[^"]+">([^<]+)</a>', crumbs)[-1] == gold["category"]
    page = _reader_text(body)
    assert portal.TODAY in page and "Lượt truy cập: 123.456" in page and "Tin khác" in page
    assert "Lượt xem:" in page and "Đường dây nóng" in page
    assert "rel=\"canonical\"" not in body and "[[" not in article


def test_index_php_twin_is_the_same_page(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, friendly, _ = fetch(server, gold["path"])
        _, raw, _ = fetch(server, gold["alt_paths"][0])
        assert _content(friendly) == _content(raw)
    _, home, _ = fetch(server, "/")
    slider = re.search(r'<div id="slider">(.*?)</div>', home).group(1)
    assert re.findall(r'href="(index\.php\?id=\d+)"', slider)
    _, about, _ = fetch(server, "/gioi-thieu.html")
    assert 'href="index.php?id=148"' in about


def test_pdopage_pager_and_pages_past_the_end(server: PortalServer) -> None:
    for alias in portal.CATS:
        pages = portal.pages_of(alias)
        listed: list[str] = []
        for n in range(1, pages + 1):
            target = f"/{alias}/" if n == 1 else f"/{alias}/?page={n}"
            status, body, _ = fetch(server, target)
            assert status == 200
            items = re.findall(r'<h3><a href="([^"]+)"', body)
            listed += ["/" + h for h in items]
            for date in re.findall(r'<span class="date">([^<]+)</span>', body.split('<div id="sidebar">')[0]):
                assert re.fullmatch(r"\d{2}\.\d{2}\.2026", date)
            if pages > 1:
                assert "Trang đầu" in body and "Trang cuối" in body and "&laquo;" in body
        assert listed == [portal.article_path(s) for s in portal.newest(alias)]
        _, last, _ = fetch(server, f"/{alias}/?page={pages}" if pages > 1 else f"/{alias}/")
        _, beyond, _ = fetch(server, f"/{alias}/?page=99")
        assert fetch(server, f"/{alias}/?page=99")[0] == 200
        assert re.findall(r"<h3>.*?</h3>", beyond) == re.findall(r"<h3>.*?</h3>", last)
        status, _, headers = fetch(server, f"/{alias}/?page=1")
        assert status == 301 and headers["Location"] == f"/{alias}/"
    assert portal.pages_of("tin-tuc") == 3


def test_reachability_from_start(server: PortalServer) -> None:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or len(seen) > 400:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, body):
            if not re.search(r"\.(jpe?g|png|gif|pdf|xlsx|css|js|ico)$", link) and "/manager/" not in link:
                queue.append(link)
    assert {g["path"] for g in portal.GOLD} <= seen
    assert set(portal.NON_ARTICLES) - {"/tim-kiem.html"} <= seen
    _, sitemap, _ = fetch(server, "/sitemap.html")
    assert {g["path"] for g in portal.GOLD} <= set(_links(server, sitemap))


def test_unparsed_modx_tags_sit_outside_articles(server: PortalServer) -> None:
    old = [g for g in portal.GOLD if portal._BY_PATH[g["path"]].cat == "chuyen-mon"]
    for gold in old:
        _, body, _ = fetch(server, gold["path"])
        text = _reader_text(body)
        assert "[[!getResources? &parents=`7`" in text and "[[$footer]]" in text
        assert "[[" not in _content(body)
    for story in portal.newest("tin-tuc"):
        assert "[[" not in fetch(server, portal.article_path(story))[1]


def test_encodings_of_old_content(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(story))
        content = body.split('<div class="article-content">', 1)[1].split('<div class="tv-fields">', 1)[0]
        enc = story.opts.get("enc")
        if enc == "named":
            assert re.search(r"&[a-z]+;", content) and "&#" not in content
        elif enc == "nfd":
            assert not unicodedata.is_normalized("NFC", content)
        else:
            assert unicodedata.is_normalized("NFC", content) and not re.search(r"&(?!amp;)[a-z]+;", content)


def test_search_pages_and_error_page(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/tim-kiem.html?search=gi%C3%A1o+vi%C3%AAn&page=1")
    assert status == 200 and "Tìm thấy" in body
    pages = re.findall(r'href="(tim-kiem\.html\?search=[^"]+&amp;page=\d+)"', body)
    assert pages
    status, body, _ = fetch(server, "/tim-kiem.html?search=gi%C3%A1o+vi%C3%AAn&page=50")
    assert status == 200 and "Không tìm thấy kết quả" in body
    status, body, _ = fetch(server, "/tin-tuc/bai-khong-ton-tai.html")
    assert status == 404 and "Không tìm thấy trang" in body
    assert fetch(server, "/index.php?id=999")[0] == 404
    status, _, _ = fetch(server, "/assets/files/van-ban/2026/cv-123-pgddt-cm.pdf")
    assert status == 200


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
