"""Self-check of the Contao 4.13 portal (Phòng GD&ĐT Cẩm Xuyên): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
``/index.php/`` copy and every non-article answer 200; that the gold is well formed and printed
on its page (title, paragraphs, captions, bylines, date, images as resolved against ``<base>``);
that a walk of links from START_PATH (resolved against ``<base href>``, as a browser does) reaches
every article and non-article, also into the index.php copy of the site; and that the traps
behave as the module says: the mini calendar's month links run to 02/2106 on every page,
``page_nN`` parameters of two modules combine, ``?file=`` and ``?pdf=`` answer PDFs, news entries
that point elsewhere redirect, unknown aliases are 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import contao_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_BASE = re.compile(r'<base href="([^"]+)">')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_REGION_START = '<div class="mod_newsreader block">'
_REGION_END = '<p class="back">'
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|svg|xml)$")
_NEAR_MONTHS = range(202609, 202613)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    """Same-host link targets, resolved against the page's ``<base href>`` as a browser does."""
    base = _BASE.search(body)
    root = base.group(1) if base else server.url(target)
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        local = _local(server, urljoin(root, href).split("#", 1)[0])
        if local:
            out.append(local)
    return out


def _skip(target: str) -> bool:
    """Not fetched by the walk: files, PDF exports, share redirects, far calendar months."""
    parts = urlsplit(target)
    if _NOT_PAGES.search(parts.path) or parts.path.startswith(("/share/", "/files/", "/assets/")):
        return True
    query = parse_qs(parts.query)
    if "file" in query or "pdf" in query:
        return True
    if "month" in query and int(query["month"][0]) not in _NEAR_MONTHS:
        return True
    return "day" in query and int(query["day"][0][:6]) not in _NEAR_MONTHS


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (calendar months near today only)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _skip(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 6000, "the walk should stay bounded"
        if status != 200:
            continue
        for nxt in _links(server, target, body):
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "contao_pgd" and portal.PLATFORM == "contao"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    counts = {c: sum(g["category"] == c for g in portal.GOLD) for c in portal.CATS.values()}
    assert all(n >= 3 for n in counts.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    assert gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == ["/index.php" + gold["path"]]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith(
            ("/assets/", "/files/")
        )
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert name not in gold["body"]
        assert not name.startswith(("GV.", "ThS.", "TS.", "Cô ", "Thầy "))
    assert "Quản trị viên" not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    bad = []
    for t in targets:
        status, _, headers = _get(server, t)
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            bad.append((t, status))
    assert bad == []


def _listing_row(server: PortalServer, gold: dict) -> str:
    """The entry of ``gold`` on its archive page's listing (all pages of it)."""
    key = gold["path"].split("/")[1]
    module = portal.ARCHIVES[key].module
    href = 'href="' + gold["path"][1:] + '"'
    for n in range(1, 5):
        target = f"/{key}.html" + (f"?page_n{module}={n}" if n > 1 else "")
        status, page, _ = _get(server, target)
        if status == 200 and href in page:
            return page.split(href, 1)[0].rsplit('<div class="layout_latest', 1)[1]
    raise AssertionError(f"{gold['path']} not on its listing")


def _printed_date(server: PortalServer, gold: dict, region: str) -> str:
    """What a reader takes: the reader's printed date; the listing's when the reader has none."""
    m = re.search(r'<time datetime="[^"]+" itemprop="datePublished">([^<]+)</time>', region)
    shown = m.group(1) if m else None
    if shown is None:
        row = _listing_row(server, gold)
        shown = re.search(r'itemprop="datePublished">([^<]+)</time>', row).group(1)
    if len(shown) == 10:
        return datetime.strptime(shown, "%d/%m/%Y").strftime("%Y-%m-%d")
    when = datetime.strptime(shown, "%d/%m/%Y %H:%M")
    if (when.hour, when.minute) == (0, 0):
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    base = _BASE.search(page).group(1)
    assert base == server.base_url + "/"
    region = _region(page)
    headline = re.search(r'<h1 itemprop="name">(.*?)</h1>', region)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    shown = _text(region)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    srcs = re.findall(r'<img [^>]*?src="([^"]+)"', region)
    assert [urlsplit(urljoin(base, html.unescape(s))).path for s in srcs] == [
        i["path"] for i in gold["images"]
    ]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    if gold["summary"]:
        teaser = re.search(r'<div class="teaser" itemprop="description">(.*?)</div>', region, re.S)
        bold = re.search(r"<p><strong>(.*?)</strong></p>", region)
        lead = teaser.group(1) if teaser else bold.group(1)
        assert _text(lead) == gold["summary"]
    else:
        assert '<div class="teaser"' not in region
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
    crumbs = re.search(r'<div class="mod_breadcrumb block">(.*?)</div>', page, re.S).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]
    assert _printed_date(server, gold, region) == gold["published_at"]
    assert portal.TODAY in page and "Lượt truy cập:" in page and "Đường dây nóng" in page


def test_index_php_serves_a_copy_of_the_site(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (alt,) = gold["alt_paths"]
        page = _get(server, alt)[1]
        assert _text(_region(page)) == _text(_region(_get(server, gold["path"])[1]))
        assert f'<link rel="canonical" href="{server.base_url}{alt}">' in page
        assert 'href="index.php/tin-tuc.html"' in page and 'href="tin-tuc.html"' not in page
    a7 = next(g for g in portal.GOLD if "trao-45-suat" in g["path"])
    c3 = next(g for g in portal.GOLD if "xet-cap-hoc-bong" in g["path"])
    assert f'<a href="{c3["alt_paths"][0][1:]}">' in _get(server, a7["path"])[1]


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert {a for g in portal.GOLD for a in g["alt_paths"]} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [(t, s) for t, s in walk.items() if s not in (0, 200)] == []
    # the traps are in reach: calendar months beyond the walk's window, combined pagers
    assert any(s == 0 and "month=202613" not in t and "?month=" in t for t, s in walk.items())
    assert "/tin-tuc.html?page_n15=2&page_n12=2" in walk
    assert "/tin-tuc.html?page_n12=2&page_n15=2" in walk
    assert any(t.startswith(portal.GOLD[0]["path"] + "?page_n15=") for t in walk)


def test_feed_and_sitemap_name_the_articles(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    sitemap = _get(server, "/sitemap.xml")[1]
    for gold in portal.GOLD:
        assert f"<loc>{server.base_url}{gold['path']}</loc>" in sitemap
    status, feed, headers = _get(server, portal.FEED)
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    assert feed.count("<item>") == 10
    assert f'href="{server.base_url}{portal.FEED}"' in _get(server, "/")[1]


def test_listings_page_by_module_parameter(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc.html")[1]
    assert "<p>Trang 1 / 3</p>" in first
    assert 'href="tin-tuc.html?page_n12=2" class="next"' in first
    assert 'href="tin-tuc.html?page_n12=3" class="last"' in first
    assert (
        'class="first"' not in first.split('<nav class="pagination block"', 1)[1].split("</nav>")[0]
    )
    third = _get(server, "/tin-tuc.html?page_n12=3")[1]
    assert (
        'href="tin-tuc.html" class="first"' in third
        and 'class="last"' not in third.split("<p>Trang 3 / 3</p>", 1)[1].split("</nav>")[0]
    )
    assert _get(server, "/tin-tuc.html?page_n12=1")[0] == 200
    assert _get(server, "/tin-tuc.html?page_n12=4")[0] == 404
    assert _get(server, "/tin-tuc.html?page_n15=4")[0] == 404
    combined = _get(server, "/tin-tuc.html?page_n15=2")[1]
    assert 'href="tin-tuc.html?page_n15=2&amp;page_n12=2"' in combined
    other = _get(server, "/tin-tuc.html?page_n12=2")[1]
    assert 'href="tin-tuc.html?page_n12=2&amp;page_n15=2"' in other
    assert "<p>Trang 1 / 2</p>" in _get(server, "/chuyen-mon.html")[1]
    archive = _get(server, "/luu-tru.html?month=202611")[1]
    assert 'href="luu-tru.html?month=202611&amp;page_a18=2"' in archive
    assert "Không có tin nào" in _get(server, "/luu-tru.html?month=202501")[1]


def test_calendar_month_links_run_to_2106(server: PortalServer) -> None:
    target = "/tin-tuc.html"
    seen = set()
    for _ in range(40):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(r'<th class="head next"><a href="([^"]+)"', page).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = "/" + nxt
    assert target == "/tin-tuc.html?month=203003"
    last = _get(server, "/tin-tuc.html?month=210602")
    assert last[0] == 200 and '<th class="head next">&nbsp;</th>' in last[1]
    assert _get(server, "/tin-tuc.html?month=210603")[0] == 404
    first = _get(server, "/tin-tuc.html?month=202409")[1]
    assert '<th class="head previous">&nbsp;</th>' in first
    assert _get(server, "/tin-tuc.html?month=202408")[0] == 404
    reader = portal.GOLD[0]["path"]
    again = _get(server, reader + "?month=204501")[1]
    assert _region(again) == _region(_get(server, reader)[1])
    assert f'<link rel="canonical" href="{server.base_url}{reader}">' in again
    day = _get(server, "/lich-cong-tac.html?day=20261130")[1]
    assert "Giao ban chuyên môn đầu tuần" in day


def test_files_pdf_share_and_link_entries(server: PortalServer) -> None:
    b1 = next(g for g in portal.GOLD if "doc-hieu" in g["path"])
    page = _get(server, b1["path"])[1]
    href = html.unescape(
        re.search(r'<li class="download-element[^"]*"><a href="([^"]+)"', page).group(1)
    )
    status, _, headers = _get(server, "/" + href)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    bogus = _get(server, b1["path"] + "?file=files/khac.pdf")
    assert bogus[0] == 200 and _region(bogus[1]) == _region(page)  # the file link drops file=
    status, _, headers = _get(server, b1["path"] + "?pdf=22")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    share = re.search(r'<a href="(share/\?p=facebook[^"]+)"', page).group(1)
    status, _, headers = _get(server, "/" + html.unescape(share))
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/")
    notices = _get(server, "/thong-bao.html")[1]
    assert 'href="https://hatinh.edu.vn/tin-tuc/' in notices and 'href="van-ban.html"' in notices
    status, _, headers = _get(
        server, "/thong-bao/so-gd-dt-cong-bo-duong-day-nong-ve-day-them-hoc-them.html"
    )
    assert status == 301 and headers["Location"].startswith("https://hatinh.edu.vn/")
    c1 = next(g for g in portal.GOLD if "xet-tuyen-vien-chuc" in g["path"])
    enc = re.search(
        r'<ul class="enclosure">\s*<li[^>]*><a href="([^"]+)"', _get(server, c1["path"])[1]
    )
    assert _get(server, "/" + html.unescape(enc.group(1)))[2]["Content-Type"] == "application/pdf"


def test_not_found_and_unicode_alias(server: PortalServer) -> None:
    assert _get(server, "/tin-tuc/khong-co-bai-nay.html")[0] == 404
    wrong = portal.GOLD[0]["path"].replace("/tin-tuc/", "/thong-bao/")
    assert _get(server, wrong)[0] == 404
    b4 = next(g for g in portal.GOLD if "%E1%BA%BF" in g["path"])
    assert unquote(b4["path"]).startswith("/chuyen-mon/kế-hoạch")
    assert f'href="{b4["path"][1:]}"' in _get(server, "/chuyen-mon.html?page_n13=2")[1]
    assert _get(server, b4["path"].replace("%E1%BA%BF", "%e1%ba%bf"))[0] == 200


def test_text_forms(server: PortalServer) -> None:
    regions = {g["path"]: _region(_get(server, g["path"])[1]) for g in portal.GOLD}
    nfd = [p for p, r in regions.items() if not unicodedata.is_normalized("NFC", r)]
    assert len(nfd) == 1 and "cam-binh" in nfd[0]
    refs = [p for p, r in regions.items() if re.search(r"&#\d+;", r) and re.search(r"&[a-z]+;", r)]
    assert len(refs) == 1 and "trao-45-suat" in refs[0]
