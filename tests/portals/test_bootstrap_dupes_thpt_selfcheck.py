"""Self-checks of the Lê Khiết Bootstrap fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import bootstrap_dupes_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> dict[str, set[str]]:
    """Every target reached from ``start`` and the pages that link to it."""
    seen: dict[str, set[str]] = {start: set()}
    queue = deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen[href] = set()
                queue.append(href)
            seen[href].add(target)
    return seen


def visible(markup: str) -> str:
    """What a reader sees: no comments, templates, noscript, style, sr-only or mobile copies."""
    s = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    for tag in ("template", "noscript", "style", "script"):
        s = re.sub(rf"<{tag}\b.*?</{tag}>", " ", s, flags=re.S)
    s = re.sub(r"<span class='sr-only'>.*?</span>", " ", s)
    s = re.sub(r'<h2 class="lk-title-m[^"]*">.*?</h2>', " ", s, flags=re.S)
    s = re.sub(r'<div class="lk-sapo-m[^"]*">.*?</div>', " ", s, flags=re.S)
    s = re.sub(r'<figure class="lk-cover-m[^"]*">.*?</figure>', " ", s, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", s)))


def article_part(body: str) -> str:
    return body.split('<article class="lk-article"', 1)[1].split("</article>", 1)[0]


def parse_printed_date(line: str) -> str:
    """The four date forms of the portal, read independently of the gold."""
    if m := re.fullmatch(r"(\d{2}) giờ (\d{2}) phút, ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", line):
        hh, mi, d, mo, y = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}T{int(hh):02d}:{mi}:00+07:00"
    if m := re.fullmatch(r"(\d{2})[-/](\d{2})[-/](\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))? (SA|CH)", line):
        d, mo, y, hh, mi, ss, half = m.groups()
        h = int(hh) % 12 + (12 if half == "CH" else 0)
        return f"{y}-{mo}-{d}T{h:02d}:{mi}:{ss or '00'}+07:00"
    if m := re.fullmatch(r"(?:Thứ \w+|Chủ nhật), (\d{2})\.(\d{2})\.(\d{4})", line):
        d, mo, y = m.groups()
        return f"{y}-{mo}-{d}"
    raise AssertionError(f"unknown date form {line!r}")


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        paras = g["body"].split("\n\n")
        for value in (g["title"], *paras, g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and collapse(value) == value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        assert re.fullmatch(r"/tin-tuc/[a-z0-9-]+-\d+\.html", g["path"])
        assert g["alt_paths"] == [re.sub(r"/tin-tuc/.*-(\d+)\.html", r"/in/\1.html", g["path"])]
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert "/crop/600x600/" not in img["path"]
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "Ban biên tập")
            assert " - " not in name and not name.startswith(("ThS.", "Thầy", "Cô "))
        assert "Bản cũ" not in g["body"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # the variety the spec asks for
    assert sum(1 for g in portal.GOLD if "T" in g["published_at"]) >= 8
    assert any(not g["authors"] and not g["source"] for g in portal.GOLD)
    assert any(g["source"] == "Báo Quảng Ngãi" for g in portal.GOLD)
    assert any(g["authors"] == ["Nhóm PV Đoàn trường"] for g in portal.GOLD)
    assert any(g["authors"] == ["Trần Quốc Việt"] for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<link rel="canonical" href="{gold["path"]}">' in body
    article = article_part(body)
    seen = visible(article)
    assert gold["title"] in seen
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in seen, (gold["path"], cell)
    # printed date line -> gold date; the header's today is elsewhere
    line = _html.unescape(re.search(r'<span class="lk-date[^>]*><i[^>]*></i> ([^<]+)</span>', article).group(1))
    assert parse_printed_date(line) == gold["published_at"]
    assert portal.HEADER_DATE in body and portal.HEADER_DATE not in article
    # category = the breadcrumb's last item
    crumb = re.findall(r'<li class="breadcrumb-item active"><a href="[^"]+">([^<]+)</a>', body)
    assert crumb == [gold["category"]]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert _html.escape(img["caption"], quote=False) in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in article
    if gold["source"]:
        assert _html.escape(gold["source"], quote=False) in article


# --- the duplicated screen-size markup --------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_text_printed_twice_for_two_screens(server, gold):
    _, body, _ = fetch(server, gold["path"])
    article = article_part(body)
    title = _html.escape(gold["title"], quote=False)
    h1 = re.search(r'<h1 class="lk-title d-none d-md-block[^"]*">(.*?)</h1>', article).group(1)
    h2 = re.search(r'<h2 class="lk-title-m d-md-none[^"]*">(.*?)</h2>', article).group(1)
    assert h2 == title
    assert re.sub(r"<span class='sr-only'>[^<]*</span>", "", h1) == title
    story = portal.BY_ID[int(gold["path"].rsplit("-", 1)[1][:-5])]
    if story.opts.get("sronly"):
        assert "<span class='sr-only'>Tin nổi bật: </span>" in h1
        assert "Tin nổi bật" not in gold["title"]
    if gold["summary"]:
        sapo = _html.escape(gold["summary"], quote=False)
        assert f'<div class="lk-sapo d-none d-lg-block font-weight-bold mb-3">{sapo}</div>' in article
        assert f'<div class="lk-sapo-m d-lg-none font-italic mb-3">{sapo}</div>' in article
        assert article.count(sapo) == 2
    if "square" in story.opts:
        first = gold["images"][0]
        cap = _html.escape(first["caption"], quote=False)
        wide = re.search(r'<figure class="lk-cover figure w-100 d-none d-sm-block">(.*?)</figure>', article).group(1)
        sq = re.search(r'<figure class="lk-cover-m figure w-100 d-sm-none">(.*?)</figure>', article).group(1)
        assert f'src="{first["path"]}"' in wide and "/crop/1200x675/" in first["path"]
        assert f'src="{story.opts["square"]}"' in sq
        assert cap in wide and cap in sq and article.count(cap) == 2
    # the text itself once
    for para in gold["body"].split("\n\n")[1 if gold["summary"] else 0 :]:
        first_cell = _html.escape(para.split(" | ")[0], quote=False)
        assert article.count(first_cell) >= 1
    assert '<template id="lk-share-tpl">' in article


def test_hidden_markup_is_present_but_not_gold(server):
    counts = {"comment": 0, "noscript": 0, "style": 0, "sronly": 0}
    for s in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(s))
        article = article_part(body)
        gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(s))
        if s.opts.get("comment"):
            counts["comment"] += 1
            assert re.search(r"<!-- <p>Bản cũ: [^<]+</p> -->", article)
            assert "Bản cũ" not in visible(article) and "Bản cũ" not in gold["body"]
        if s.opts.get("noscript"):
            counts["noscript"] += 1
            assert "<noscript><p" in article and "JavaScript" not in gold["body"]
        if s.opts.get("style"):
            counts["style"] += 1
            assert "<style>.lk-content p" in article and "text-align" not in gold["body"]
        if s.opts.get("sronly"):
            counts["sronly"] += 1
        assert "Chia sẻ Facebook" in article and "Chia sẻ" not in gold["body"]
    assert all(n >= 2 for n in counts.values()), counts


def test_br_splits_a_paragraph(server):
    g = next(g for g in portal.GOLD if g["path"].endswith("-1233.html"))
    _, body, _ = fetch(server, g["path"])
    assert "kế toán nhà trường.<br>" in body
    assert "kế toán nhà trường.\n\nĐiện thoại: 0255 3822 517" in g["body"]
    assert "BBT" in body and g["authors"] == []


def test_date_forms(server):
    forms = {parse_printed_date(s.opts["date"]) for s in portal.STORIES}
    assert len(forms) == len(portal.STORIES)
    lines = [s.opts["date"] for s in portal.STORIES]
    assert any("giờ" in x for x in lines) and any(x.endswith(" SA") for x in lines)
    assert any(x.endswith(" CH") and "-" in x for x in lines)
    assert "01/12/2026 2:15 CH" in lines and "20/11/2026 12:40 CH" in lines
    assert any(x.startswith("Thứ") for x in lines)
    byid = {g["path"]: g["published_at"] for g in portal.GOLD}
    assert byid[portal.article_path(portal.BY_ID[1249])] == "2026-12-01T14:15:00+07:00"
    assert byid[portal.article_path(portal.BY_ID[1242])] == "2026-11-20T12:40:00+07:00"
    assert byid[portal.article_path(portal.BY_ID[1251])] == "2026-12-03"


# --- print views, reachability, listings, static pages -----------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_view_is_the_same_article(server, gold):
    _, article, _ = fetch(server, gold["path"])
    alt = gold["alt_paths"][0]
    assert f'href="{alt}"' in article
    status, body, _ = fetch(server, alt)
    assert status == 200 and 'rel="canonical"' not in body
    seen = visible(body)
    assert gold["title"] in seen
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in seen
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
    assert "/crop/600x600/" not in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        assert g["alt_paths"][0] in seen
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    oldest = portal.article_path(portal.BY_ID[1218])
    assert seen[oldest] - {oldest} <= {"/chuyen-muc/tin-tuc.html?p=2", "/in/1218.html"}
    assert "/chuyen-muc/tin-tuc.html?p=2" in seen[oldest]


def test_listing_pagination(server):
    status, p1, _ = fetch(server, "/chuyen-muc/tin-tuc.html")
    assert status == 200
    assert 'href="/chuyen-muc/tin-tuc.html?p=2"' in p1 and 'href="/chuyen-muc/tin-tuc.html?p=1">«' in p1
    assert p1.count('class="media lk-item') == 8
    _, p2, _ = fetch(server, "/chuyen-muc/tin-tuc.html?p=2")
    assert p2.count('class="media lk-item') == 1
    # the parent section lists the Hoạt động Đoàn articles too
    doan = [s for s in portal.STORIES if s.cat == "hoat-dong-doan"]
    assert all(portal.article_path(s) in p1 + p2 for s in doan)
    assert fetch(server, "/chuyen-muc/tin-tuc.html?p=3")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co.html")[0] == 404
    _, doan_page, _ = fetch(server, "/chuyen-muc/hoat-dong-doan.html")
    assert "pagination" not in doan_page and "Trang chủ" in doan_page


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="lk-article"' not in body and 'class="lk-date' not in body, path
    _, body, _ = fetch(server, "/thanh-tich/bang-vang.html")
    assert "<table" in body and "Phạm Minh Khôi" in body


def test_chrome_is_duplicated_too(server):
    _, body, _ = fetch(server, "/")
    desktop = re.search(r'<nav class="navbar[^"]*d-none d-lg-flex">(.*?)</nav>', body, re.S).group(1)
    mobile = re.search(r'<div class="lk-offcanvas[^"]*d-lg-none"[^>]*>(.*?)</div>', body, re.S).group(1)
    assert set(links(desktop)) == set(links(mobile))
    assert "Thành tích nổi bật" in body and "Đang online" in body and "Tổng truy cập" in body
    assert "Tin mới" in body and "Video" in body and "0255 3822 517" in body
    for s in portal.STORIES:
        if s.cat == "thanh-tich":
            assert portal.article_path(s) in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/tin-tuc/sai-duong-dan-1249.html")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-9999.html")[0] == 404
    assert fetch(server, "/in/9999.html")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
