"""Self-check of the Jekyll faculty site (Khoa Xây dựng Đảng): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and non-article answers 200, that the gold is well formed and printed on its page (after
entities and NFC, footnote call numbers and back-links aside), that the date, authors, sapo,
captions and category are the ones the page prints, that a walk of links from START_PATH reaches
every article and page, that the feed and the sitemap say what the docstring says, and that the
traps behave as documented: ``index.html`` twins, the 301 for a directory without its slash, the
redirect stub, ignored queries, the soft ``/404.html`` against real 404s.
"""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import jekyll_tct as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|json)$")
_ATOM = "{http://www.w3.org/2005/Atom}"
_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """Text as a reader sees it, without footnote call numbers and back-links."""
    markup = re.sub(r'<sup id="fnref:\d+" role="doc-noteref">.*?</sup>', "", markup)
    markup = re.sub(r'<a href="#fnref:\d+" class="reversefootnote"[^>]*>.*?</a>', "", markup)
    inline = re.sub(r"</?(a|strong|em|span|b|i|time|sup)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _content(page: str) -> str:
    start = '<div class="post-content e-content" itemprop="articleBody">'
    return page.split(start, 1)[1].split('<footer class="post-footer">', 1)[0]


def _header(page: str) -> str:
    return page.split('<header class="post-header">', 1)[1].split("</header>", 1)[0]


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.POSTS if portal.post_path(s) == gold["path"])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links from START_PATH (fragments dropped)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 300, "the walk should stay small"
        if status != 200:
            continue
        body = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)  # as a browser reads links
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host or link.scheme not in ("http", "https"):
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "jekyll_tct"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-45:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Tin, ảnh): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert not any(p.startswith(("Tệp đính kèm", "Tải về", "Nguồn: Tạp chí")) for p in paragraphs)
    for image in gold["images"]:
        assert not image["caption"] or image["caption"] not in gold["body"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    m = re.search(
        r'<time class="dt-published" datetime="(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)\+07:00"'
        r' itemprop="datePublished">(\d\d)/(\d\d)/(\d{4})',
        page,
    )
    assert m, "no dt-published time"
    y, mo, d, _clock, d2, mo2, y2 = m.groups()
    assert (y, mo, d) == (y2, mo2, d2), "the visible date and the datetime agree"
    # the gold is the day the reader is shown; the datetime's clock is machine data (README)
    return f"{y}-{mo}-{d}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-45:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    head = _header(page)
    title = re.search(r'<h1 class="post-title p-name" itemprop="name headline">(.*?)</h1>', head)
    assert title and _nfc(title.group(1)) == gold["title"]
    assert _printed_date(head) == gold["published_at"]
    meta = [
        _nfc(n) for n in re.findall(r'<span class="p-author h-card" itemprop="name">([^<]+)<', head)
    ]
    if meta:
        stripped = [re.sub(r"^(?:(?:PGS|GS|TS|ThS)\.\s*)+", "", n) for n in meta]
        assert stripped == gold["authors"]
    sapo = re.search(
        r'<div class="post-description p-summary" itemprop="description">(.*?)</div>', head
    )
    assert (_reader(sapo.group(1)) if sapo else None) == gold["summary"]
    region = _content(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", region)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        paragraphs = paragraphs[1:]
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    images = re.findall(r'<img src="([^"]+)"', region)
    assert [html.unescape(src) for src in images] == [im["path"] for im in gold["images"]]
    for image in gold["images"]:
        after = region.split(f'src="{html.escape(image["path"])}"', 1)[1]
        nxt = re.search(r"<(figcaption|p)\b[^>]*>(.*?)</\1>", after, re.S)
        is_line = bool(nxt) and (nxt.group(1) == "figcaption" or nxt.group(2).startswith("<em>"))
        if image["caption"]:
            assert is_line and _reader(nxt.group(2)) == image["caption"]
        else:  # nothing printed: the next block is article text or another image
            assert not is_line
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in _reader(head) + " " + shown
    base = server.base_url
    assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in page
    crumbs = re.search(r'<nav class="breadcrumbs"[^>]*>(.*?)</nav>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]


def test_footnotes_are_printed_as_kramdown_does(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if "van-dung-tu-tuong" in g["path"])
    region = _content(_get(server, gold["path"])[1])
    notes = re.findall(r'<li id="fn:(\d+)" role="doc-endnote">\s*<p>(.*?)</p>', region, re.S)
    assert [n for n, _ in notes] == ["1", "2", "3", "4"]
    calls = re.findall(r'<sup id="fnref:(\d+)" role="doc-noteref">', region)
    assert calls == ["1", "2", "3", "4"]
    body = gold["body"].split("\n\n")
    assert body[-4:] == [_reader(t) for _, t in notes]  # the notes close the body, in order
    assert "↩" not in gold["body"] and "Đảng”1" not in gold["body"]


def test_index_html_twins_serve_the_same_article(server: PortalServer) -> None:
    twins = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(twins) == 4
    for gold in twins:
        (alt,) = gold["alt_paths"]
        assert alt == gold["path"] + "index.html"
        assert _get(server, alt)[1] == _get(server, gold["path"])[1]
    page = _get(server, twins[0]["path"])[1]
    assert f'href="{portal.post_path(portal.POSTS[10])}index.html"' in page  # linked in the text


def test_directories_without_slash_answer_301(server: PortalServer) -> None:
    for target in ("/page2", "/gioi-thieu", "/chuyen-muc/nghien-cuu", portal.GOLD[2]["path"][:-1]):
        status, _, headers = fetch(server, target)
        assert status == 301 and headers["Location"] == server.base_url + target + "/"
    assert _get(server, "/page2/index.html")[1] == _get(server, "/page2/")[1]


def test_home_paginates_and_categories_do_not(server: PortalServer) -> None:
    pages = ["/", *(f"/page{n}/" for n in range(2, portal.HOME_PAGES + 1))]
    assert len(pages) == 4
    listed = []
    for n, target in enumerate(pages, 1):
        page = _get(server, target)[1]
        listed += re.findall(r'<a class="post-link" href="([^"]+)">', page)
        assert f'<div class="current-page">{n}</div>' in page
        assert ('class="next-page"' in page) == (n < len(pages))
        assert "Chào mừng quý thầy cô" in page  # the index.md intro repeats
    assert listed == [g["path"] for g in portal.GOLD]
    assert 'href="/page2/"' in _get(server, "/")[1]
    assert _get(server, "/page1/")[0] == 404 and _get(server, "/page5/")[0] == 404
    for cat, name in portal.CATS.items():
        page = _get(server, f"/chuyen-muc/{cat}/")[1]
        links = re.findall(r'<a class="post-link" href="([^"]+)">', page)
        assert links == [g["path"] for g in portal.GOLD if g["category"] == name]
        assert "pagination" not in page
    assert len(re.findall(r'class="post-link"', _get(server, "/chuyen-muc/tin-tuc/")[1])) == 6


def test_archive_and_tags(server: PortalServer) -> None:
    page = _get(server, "/archive/")[1]
    assert '<h2 id="2026">2026</h2>' in page and '<h2 id="2025">2025</h2>' in page
    assert all(f'href="{g["path"]}"' in page for g in portal.GOLD)
    tags = _get(server, "/tags/")[1]
    assert 'href="#công-tác-cán-bộ"' in tags and '<h2 id="công-tác-cán-bộ">' in tags


def test_feed_holds_the_ten_newest_with_full_content(server: PortalServer) -> None:
    status, body, headers = fetch(server, "/feed.xml")
    assert status == 200 and "xml" in headers["Content-Type"]
    root = ET.fromstring(body.encode("utf-8"))
    entries = root.findall(f"{_ATOM}entry")
    links = [e.find(f"{_ATOM}link").get("href") for e in entries]
    assert links == [server.base_url + g["path"] for g in portal.GOLD[:10]]
    content = entries[2].find(f"{_ATOM}content").text
    assert "doc-endnotes" in content and portal.GOLD[2]["body"].split("\n\n")[-1][:40] in content
    two = next(e for e in entries if "sinh-hoat-chi-bo" in e.find(f"{_ATOM}id").text)
    assert two.find(f"{_ATOM}author/{_ATOM}name").text.startswith('["TS. Đặng Thị Hoa"')


def test_sitemap_lists_every_post_and_page_but_not_the_stub(server: PortalServer) -> None:
    assert "Sitemap: " in _get(server, "/robots.txt")[1]
    root = ET.fromstring(_get(server, "/sitemap.xml")[1].encode("utf-8"))
    locs = [u.find(f"{_SM}loc").text.removeprefix(server.base_url) for u in root]
    assert locs[: len(portal.GOLD)] == [g["path"] for g in portal.GOLD]
    assert set(portal.NON_ARTICLES) - {"/404.html", "/feed.xml"} <= set(locs)
    assert "/404.html" not in locs and portal.OLD_NOTICE not in locs
    assert portal.GOOGLE_FILE in locs and any(loc.endswith(".pdf") for loc in locs)
    for loc in locs:
        assert _get(server, loc)[0] == 200, loc


def test_redirect_stub_points_at_the_notice(server: PortalServer) -> None:
    status, page = _get(server, portal.OLD_NOTICE)
    notice = next(g for g in portal.GOLD if "mo-lop-boi-duong" in g["path"])
    target = server.base_url + notice["path"]
    assert status == 200 and "<title>Redirecting&hellip;</title>" in page
    assert f'<link rel="canonical" href="{target}">' in page
    assert f'<meta http-equiv="refresh" content="0; url={target}">' in page
    assert '<meta name="robots" content="noindex">' in page and "<p>" not in page
    assert f'href="{portal.OLD_NOTICE}"' in _get(server, portal.GOLD[8]["path"])[1]


def test_queries_are_ignored_and_404s_are_real(server: PortalServer) -> None:
    assert _get(server, "/?utm_source=zalo")[1] == _get(server, "/")[1]
    assert _get(server, "/tim-kiem/?q=chi+b%E1%BB%99")[1] == _get(server, "/tim-kiem/")[1]
    status, page = _get(server, "/404.html")
    assert status == 200 and "Không tìm thấy trang" in page
    status, missing = _get(server, portal.BROKEN_LINK)
    assert status == 404 and missing == page
    assert _get(server, "/nghien-cuu/khong-co-bai-nay/")[0] == 404
    assert _get(server, "/chuyen-muc/tin-anh/")[0] == 404


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) - {"/404.html"} <= set(walk)  # 404.html: typed, not linked
    assert portal.OLD_NOTICE in walk and walk[portal.OLD_NOTICE] == 200
    assert portal.GOLD[2]["path"] not in [t for t, s in walk.items() if s not in (0, 200)]
    assert {t for t, s in walk.items() if s not in (0, 200)} == {portal.BROKEN_LINK}


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    nfd = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _content(page))]
    assert nfd == [g["path"] for g in portal.GOLD if "huong-khe" in g["path"]]
    mixed = [
        p
        for p, page in pages.items()
        if re.search(r"&[a-z]+;|&#\d+;", _content(page).replace("&#8617;", ""))
    ]
    assert sorted(mixed) == sorted(g["path"] for g in portal.GOLD if g["published_at"] < "2026")
    for page in pages.values():
        assert '<meta charset="utf-8">' in page
        assert portal.TODAY in page
    assert all(page.isascii() is False for page in pages.values())
    encoded = portal.GOLD[0]["path"]
    assert "%E1%BB%8B" in encoded and unicodedata.is_normalized("NFC", unquote(encoded))
