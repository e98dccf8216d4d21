"""Self-check of the Magnolia CMS 6 (Sở GD&ĐT Nghệ An) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that the gold is well formed
and printed on its page (after entities and NFC), that every gold target, alternative and
non-article answers 200, that a walk of links from START_PATH reaches every article and every
non-article (year archives followed only near the sidebar's years, the ``/vi/`` mirror not
entered), and that the traps behave as the module's docstring says: endless year archive,
empty pages past the last, the ``/vi/`` mirror, ``?mgnlPreview=true``, the print view, the old
address's 301, the admin login's 401, the JSON behind "Xem thêm", and the CKEditor entities.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import magnolia_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_YEAR = re.compile(r"~nam~(\d+)~")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split('<div class="article-page">', 1)[1].split(
        '<section class="related-news">', 1
    )[0]


def _body_region(page: str) -> str:
    rest = page.split('<div class="article-body">', 1)[1]
    return re.split(r'<div class="article-(?:author|source|tags)">', rest, maxsplit=1)[0]


def _walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> from START_PATH (redirects followed by Location)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        year = _YEAR.search(target)
        if (
            _NOT_PAGES.search(urlsplit(target).path)
            or target.startswith(("/vi/", "/.magnolia"))
            or (year and not 2023 <= int(year.group(1)) <= 2027)
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 500, "the walk should stay small"
        markup = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)
        links = [html.unescape(h) for _, h in _HREF.findall(markup)] if status == 200 else []
        if status in (301, 302):
            links = [headers["Location"]]
        for href in links:
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host or link.scheme not in ("http", ""):
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    return _walk(server)


def test_contract_shape() -> None:
    assert portal.NAME == "magnolia_sgddt" and portal.PLATFORM
    assert portal.START_PATH == "/sgddt.html"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")
    # one category runs over three pages or more
    assert max(portal.pages(len(portal.newest(c)), portal.CAT_PER_PAGE) for c in portal.CATS) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and not name.startswith(
            ("ThS", "TS.", "Cô ", "Thầy ")
        )
        assert " - " not in name
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/dam/jcr:")
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("Ảnh:", "("))
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\0"]:
        assert not re.search(rf"(Tác giả|Ảnh|Nguồn): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert gold["alt_paths"] == ["/vi" + gold["path"], gold["path"] + "?mgnlPreview=true"]


def test_every_gold_alternative_and_non_article_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    bad = []
    for t in targets:
        status, _, headers = _get(server, t)
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            bad.append((t, status))
    assert bad == []


def _printed_date(region: str) -> str:
    m = re.search(
        r'<span class="meta-date">Ngày đăng: (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)</span>', region
    )
    assert m, "every article prints Ngày đăng"
    d, mo, y, hh, mm = m.groups()
    if (hh, mm) == ("00", "00"):
        return f"{y}-{mo}-{d}"
    return f"{y}-{mo}-{d}T{hh}:{mm}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta charset="UTF-8">' in page
    head = re.search(r'<h1 class="article-title">(.*?)</h1>', page)
    assert head and _nfc(head.group(1)) == gold["title"]
    region = _region(page)
    body = _body_region(page)
    shown_body = _reader(body)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown_body or paragraph == gold["summary"], paragraph[:60]
    if gold["summary"]:
        lead = re.search(r'<div class="article-lead"><p><strong>(.*?)</strong></p></div>', region)
        first = re.search(r'<div class="text-component">\s*<p><strong>(.*?)</strong></p>', body)
        assert _nfc((lead or first).group(1)) == gold["summary"]
    else:
        assert '<div class="article-lead">' not in region
    # images: <img src> or the lazy-loaded data-src, in order
    srcs = [
        dsrc or src
        for src, dsrc in re.findall(r'<img [^>]*?src="([^"]+)"(?:[^>]*?data-src="([^"]+)")?', body)
    ]
    assert srcs == [i["path"] for i in gold["images"]]
    captions = [_nfc(c) for c in re.findall(r'<p class="image-caption">(.*?)</p>', body)]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in captions
    assert len(captions) >= sum(1 for i in gold["images"] if i["caption"])
    credits = [_nfc(c) for c in re.findall(r'<span class="image-credit">Ảnh: (.*?)</span>', body)]
    assert list(dict.fromkeys(credits)) == gold["photographers"]
    shown = _reader(region)
    for name in gold["authors"] + ([gold["source"]] if gold["source"] else []):
        assert name in shown
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
    assert _printed_date(region) == gold["published_at"]
    crumbs = re.search(
        r'<div class="breadcrumb-bar"><div class="container"><ol>(.*?)</ol>', page
    ).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]
    cat = re.search(r'<p class="article-category"><a href="[^"]+">(.*?)</a></p>', region).group(1)
    assert _nfc(cat) == gold["category"]
    text = _reader(page)
    for chrome in (
        portal.TODAY,
        "Tin liên quan",
        "Bản quyền thuộc",
        "Tổng lượt truy cập",
        "Cỡ chữ",
        "In bài",
    ):
        assert chrome in text
    assert 'rel="canonical"' not in page
    assert f'<meta property="og:url" content="{server.base_url}{gold["path"]}">' in page


def test_walk_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    fetched = {t for t, s in walk.items() if s == 200}
    assert {g["path"] for g in portal.GOLD} <= fetched
    assert set(portal.NON_ARTICLES) <= fetched
    # the mirror and the preview variant are linked, and the old address redirects
    assert any(t.startswith("/vi/sgddt/tin-tuc/") for t in walk)
    assert any(t.endswith("?mgnlPreview=true") for t in walk)
    assert walk[portal.OLD_PATH] == 301
    assert walk.get("/.magnolia/admincentral") == 0  # linked (footer), not fetched by the walk


def test_every_article_is_linked_from_a_listing(server: PortalServer) -> None:
    listed: set[str] = set()
    for c in portal.CATS:
        n = portal.pages(len(portal.newest(c)), portal.CAT_PER_PAGE)
        for k in range(1, n + 1):
            target = f"{portal.NEWS}/{c}.html" if k == 1 else f"{portal.NEWS}/{c}~page~{k}~.html"
            _, body, _ = _get(server, target)
            listed |= set(re.findall(r'<h3 class="news-title"><a href="([^"]+)"', body))
    assert listed == {g["path"] for g in portal.GOLD}


def test_category_pager(server: PortalServer) -> None:
    base = f"{portal.NEWS}/hoat-dong-nganh"
    _, first, _ = _get(server, base + ".html")
    pager = re.search(r'<nav class="phan-trang"[^>]*><ul>(.*?)</ul></nav>', first).group(1)
    assert '<li class="trang-dau disabled"><span>Trang đầu</span></li>' in pager
    assert '<li class="trang-hien-tai"><span>1</span></li>' in pager
    assert (
        f'<a href="{base}~page~2~.html">2</a>' in pager
        and f'<a href="{base}~page~3~.html">3</a>' in pager
    )
    assert (
        f'<li class="trang-cuoi"><a href="{base}~page~3~.html" title="Trang cuối">Trang cuối</a></li>'
        in pager
    )
    _, second, _ = _get(server, base + "~page~2~.html")
    pager = re.search(r'<nav class="phan-trang"[^>]*><ul>(.*?)</ul></nav>', second).group(1)
    assert f'<a href="{base}~page~1~.html" title="Trang đầu">Trang đầu</a>' in pager
    assert f'<a href="{base}.html" title="Trang trước">‹</a>' in pager
    assert f'<a href="{base}~page~3~.html" title="Trang sau">›</a>' in pager
    # page 1 under both addresses lists the same articles
    _, dup, _ = _get(server, base + "~page~1~.html")
    items = re.compile(r'<h3 class="news-title"><a href="([^"]+)"')
    assert (
        items.findall(dup) == items.findall(first)
        and len(items.findall(first)) == portal.CAT_PER_PAGE
    )


def test_year_archive_never_ends(server: PortalServer) -> None:
    year, steps = 2026, 0
    while steps < 40:
        status, body, _ = _get(server, f"{portal.NEWS}~nam~{year}~.html")
        assert status == 200
        prev = re.search(
            r'<a class="nam-truoc" href="[^"]*~nam~(\d+)~\.html">‹ Năm (\d+)</a>', body
        )
        assert prev and int(prev.group(1)) == year - 1
        year -= 1
        steps += 1
    status, body, _ = _get(server, f"{portal.NEWS}~nam~1901~.html")
    assert status == 200 and "Chưa có tin bài." in body
    assert _get(server, f"{portal.NEWS}~nam~2999~.html")[0] == 200
    assert _get(server, f"{portal.NEWS}~nam~1899~.html")[0] == 404
    # the year's own pages, and a page past the last: 200 and empty
    assert 'class="news-title"' in _get(server, f"{portal.NEWS}~nam~2026~page~3~.html")[1]
    status, body, _ = _get(server, f"{portal.NEWS}~nam~2026~page~9~.html")
    assert status == 200 and "Chưa có tin bài." in body
    status, body, _ = _get(server, f"{portal.NEWS}/hoat-dong-nganh~page~77~.html")
    assert status == 200 and "Chưa có tin bài." in body


def test_vi_mirror_and_preview_are_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD[:4]:
        _, page, _ = _get(server, gold["path"])
        _, mirror, _ = _get(server, "/vi" + gold["path"])
        _, preview, _ = _get(server, gold["path"] + "?mgnlPreview=true")
        assert preview == page
        assert _body_region(mirror) == _body_region(page).replace('href="/sgddt', 'href="/vi/sgddt')
        assert f'<meta property="og:url" content="{server.base_url}{gold["path"]}">' in mirror
        links = [
            h
            for _, h in _HREF.findall(mirror)
            if h.startswith("/") and not h.startswith(("/.", "/dam/"))
        ]
        assert links and all(h.startswith(("/vi/", "/en/")) for h in links)
    assert _get(server, "/vi/vi" + portal.GOLD[0]["path"])[0] == 404


def test_print_view_old_address_admin_and_missing(server: PortalServer) -> None:
    story = portal.STORIES[0]
    status, body, _ = _get(server, portal.print_path(story))
    assert status == 200 and 'onload="window.print()"' in body and "Tin liên quan" not in body
    assert story.paragraphs[1][:40] in _nfc(body)
    status, _, headers = _get(server, portal.OLD_PATH)
    moved = next(s for s in portal.STORIES if s.opts.get("old") == portal.OLD_PATH)
    assert status == 301 and headers["Location"] == portal.article_path(moved)
    status, body, _ = _get(server, "/.magnolia/admincentral")
    assert status == 401 and "mgnlUserPSWD" in body
    status, _, headers = _get(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
    assert _get(server, "/sgddt/tin-tuc/hoat-dong-nganh/khong-co-bai-nay.html")[0] == 404
    assert _get(server, portal.GOLD[0]["path"].replace(".html", "~page~2~.html"))[0] == 404
    _, robots, _ = _get(server, "/robots.txt")
    assert "Disallow: /.magnolia/" in robots


def test_load_more_json(server: PortalServer) -> None:
    _, home, _ = _get(server, portal.START_PATH)
    button = re.search(r'data-endpoint="([^"]+)" data-limit="(\d+)" data-offset="(\d+)"', home)
    assert button and button.group(1) == "/.rest/delivery/tin-tuc/v1"
    shown = re.findall(
        r'<h3 class="news-title"><a href="([^"]+)"',
        home.split('id="tin-moi"', 1)[1].split("</section>", 1)[0],
    )
    assert len(shown) == portal.HOME_NEWEST
    got: list[str] = []
    offset = 0
    while True:
        status, raw, headers = _get(server, f"/.rest/delivery/tin-tuc/v1?limit=6&offset={offset}")
        assert status == 200 and headers["Content-Type"].startswith("application/json")
        doc = json.loads(raw)
        assert doc["total"] == len(portal.GOLD)
        if not doc["results"]:
            break
        for item in doc["results"]:
            assert item["path"] == item["@path"] + ".html"
            assert item["date"].endswith("+07:00")
        got += [item["path"] for item in doc["results"]]
        offset += len(doc["results"])
    assert got == [g["path"] for g in portal.GOLD] and got[: portal.HOME_NEWEST] == shown


def test_ckeditor_entities_and_encoding(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, page, _ = _get(server, portal.article_path(story))
        body = _body_region(page)
        if story.opts.get("ck"):
            assert re.search(r"&[a-z]+grave;|&[a-z]+acute;|&[a-z]+circ;", body)
            assert re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđư]", body)
        else:
            assert not re.search(r"&[a-zA-Z]+(grave|acute|circ|tilde);", body)
        assert unicodedata.is_normalized("NFC", page)


def test_non_articles_are_not_articles(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        _, body, _ = _get(server, target)
        assert '<h1 class="article-title">' not in body, target


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
