"""Self-check of the NukeViet 3.4 school fixture (Trường THCS Đặng Thai Mai): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and non-article answers 200; that the gold is well formed and printed on its page (after
entities, NFC, and for the .VnTime article after reading its TCVN3 bytes the way the font shows
them); that a walk of links from START_PATH reaches every article (and the print / send-to-friend
views through their ``onclick``); and that the platform's shapes and traps behave as the module
docstring says: two URL forms per article, ``page-N`` pagination, print / sendmail / savefile
views, the dead old link, the encodings.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nukeviet3_thcs as portal
from ._common import from_tcvn3
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_ONCLICK = re.compile(r"NewWindow\('([^']+)'")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_REGION_START = '<div class="title">'
_REGION_END = '<div class="fb-like-box">'
_VNTIMEH = re.compile(r'<font face="\.VnTimeH">(.*?)</font>')


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _collapse(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).replace("\xa0", " ").split())


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i|font)\b[^>]*>", "", markup)
    return _collapse(html.unescape(re.sub(r"<[^>]+>", " ", inline)))


def _vntime_reader(markup: str) -> str:
    """What a browser with the .VnTime/.VnTimeH fonts shows: TCVN3 codes drawn as letters."""
    out = []
    for i, part in enumerate(_VNTIMEH.split(markup)):
        if i % 2:
            out.append(from_tcvn3(html.unescape(part).encode("cp1252")).upper())
        else:
            inline = re.sub(r'</?font\b[^>]*>', "", re.sub(r"</p>", " </p>", part))
            shown = html.unescape(re.sub(r"<[^>]+>", " ", inline))
            out.append(from_tcvn3(shown.encode("cp1252")))
    return _collapse("".join(out))


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _bodytext(page: str) -> str:
    return page.split('<div class="bodytext">', 1)[1].split('<div class="clear"></div>', 1)[0]


def _story(gold: dict) -> portal.Story:
    return portal._BY_ID[int(gold["path"].rstrip("/").rsplit("-", 1)[1])]


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links (and ``NewWindow`` popups) from START_PATH."""
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
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status != 200:
            continue
        hrefs = [h for _, h in _HREF.findall(body)] + _ONCLICK.findall(body)
        for href in hrefs:
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "nukeviet3_thcs"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][6:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    assert gold["summary"] is not None and paragraphs[0] == gold["summary"]
    assert len(paragraphs) == len(set(paragraphs)), "a paragraph twice in the body"
    assert gold["category"] in [n for _, n in portal.CATS.values()]
    assert gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/news/[a-z-]+/[a-z0-9-]+-\d+/", gold["path"])
    (alt,) = gold["alt_paths"]
    assert alt.startswith("/index.php?language=vi&nv=news&op=")
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/uploads/news/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Tác giả)[^:]*: {re.escape(name)}", gold["body"])
    assert "Tin liên quan" not in gold["body"] and "đính kèm" not in gold["body"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = re.search(r'<div class="time">(?:Thứ [^,<]+|Chủ nhật), (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)</div>', region)
    assert m, "no date line"
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}T{m.group(4)}:{m.group(5)}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][6:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    region = _region(page)
    headline = re.search(r"<h1>(.*?)</h1>", region)
    assert headline and _reader(headline.group(1)) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    story = _story(gold)
    body_markup = _bodytext(page)
    shown = _reader(region.replace(body_markup, " "))
    shown += " " + (_vntime_reader(body_markup) if story.opts.get("tcvn3") else _reader(body_markup))
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", body_markup)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert [c for c in paragraph.split(" | ") if c not in cells] == [], paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    hometext = re.search(r'<div id="hometext"[^>]*>.*?<b>(.*?)</b>', region, re.S)
    assert hometext and _reader(hometext.group(1)) == gold["summary"]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert f"<em>{image['caption']}</em>" in _collapse(html.unescape(region)) or (
                image["caption"] in shown
            )
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in shown, name
    base = server.base_url
    assert f'<meta property="og:url" content="{base}{gold["path"]}" />' in page
    assert f'<fb:like href="{base}{gold["path"]}"' in page
    crumbs = re.search(r'<div class="breakcoup">(.*?)</div>', page).group(1)
    assert _reader(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert f'<span id="digclock" class="small update fr">{portal.TODAY}</span>' in page


def test_captions_and_bylines_as_printed(server: PortalServer) -> None:
    """The judgement calls of the docstring, pinned to what the pages print."""
    by_id = {_story(g).id: g for g in portal.GOLD}
    page = html.unescape(_get(server, by_id[433]["path"])[1])
    assert "<strong>Tin, ảnh: Lê Văn Toàn</strong>" in page
    assert '<tr><td style="text-align: center;"><em>' in page
    assert '<img alt="z5938124470112_3b8c1e0f.jpg"' in page
    assert [i["caption"] for i in by_id[433]["images"]] == [by_id[433]["images"][0]["caption"], None]
    page = _get(server, by_id[409]["path"])[1]
    assert "(Ảnh: Hoàng Yến)</em>" in html.unescape(page) and by_id[409]["photographers"] == ["Hoàng Yến"]
    assert f'href="{portal.OLD_LINK}"' in page
    page = _get(server, by_id[435]["path"])[1]
    assert '<div class="source"><strong>Nguồn tin: </strong><a href="https://baonghean.vn"' in page
    assert by_id[435]["images"][0]["caption"] is None and '<div id="imghome"' in page
    page = html.unescape(_get(server, by_id[424]["path"])[1])
    assert '<div class="author"><strong>Tác giả: </strong>Tổ Khoa học tự nhiên</div>' in page
    page = _get(server, by_id[436]["path"])[1]
    sapo = by_id[436]["summary"]
    assert _reader(_region(page)).count(sapo) == 2 and by_id[436]["body"].count(sapo) == 1
    page = _get(server, by_id[438]["path"])[1]
    assert "Ý kiến bạn đọc" in page and "Kính chúc các thầy cô" in page
    assert "Kính chúc" not in by_id[438]["body"]


def test_both_url_forms_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (alt,) = gold["alt_paths"]
        a, b = _get(server, gold["path"])[1], _get(server, alt)[1]
        assert a == b
    s = portal.STORIES[0]
    status, _, headers = _get(server, f"/news/{s.cat}/sai-alias-{s.id}/")
    assert status == 301 and headers["Location"] == portal.article_path(s)
    status, _, headers = _get(server, portal.article_path(s).rstrip("/"))
    assert status == 301 and headers["Location"] == portal.article_path(s)


def test_menu_uses_rewrite_and_blocks_use_query_form(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    nav = home.split('<div class="nav">', 1)[1].split('<span id="digclock"', 1)[0]
    assert 'href="/news/tin-tuc-su-kien/"' in nav and "index.php" not in nav
    headline = home.split('<div id="topnews"', 1)[1].split('<div class="cat-box-header">', 1)[0]
    assert "index.php?language=vi&amp;nv=news&amp;op=" in headline
    assert not re.search(r'href="/news/[a-z-]+/[a-z0-9-]+-\d+/"', headline)
    listing = _get(server, "/news/thong-bao/")[1]
    column = listing.split('<div class="col-body fl">', 1)[1].split('<div class="col-right fr">', 1)[0]
    assert "index.php?language" not in column
    latest = listing.split("Tin mới nhất", 1)[1].split("</ul>", 1)[0]
    assert latest.count("index.php?language=vi&amp;nv=news&amp;op=") == 6


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert {t for t, s in walk.items() if s not in (0, 200)} == {portal.OLD_LINK}
    assert walk[portal.OLD_LINK] == 301


def test_listings_paginate_with_page_n(server: PortalServer) -> None:
    first = _get(server, "/news/tin-tuc-su-kien/")[1]
    pager = re.search(r'<div class="generate_page">(.*?)</div>', first).group(1)
    assert pager.startswith("Trang: <strong>1</strong>")
    assert 'href="/news/tin-tuc-su-kien/page-2/">2</a>' in pager and ">Trang sau</a>" in pager
    last = _get(server, "/news/tin-tuc-su-kien/page-3/")[1]
    pager = re.search(r'<div class="generate_page">(.*?)</div>', last).group(1)
    assert "<strong>3</strong>" in pager and "Trang sau" not in pager and "Trang trước" in pager
    assert _get(server, "/news/tin-tuc-su-kien/page-9/")[0] == 302
    assert _get(server, "/index.php?language=vi&nv=news&op=tin-tuc-su-kien/page-2")[1] == _get(
        server, "/news/tin-tuc-su-kien/page-2/"
    )[1]
    assert 'class="generate_page"' not in _get(server, "/news/thong-bao/")[1]


def test_views_repeat_the_article_and_old_link_is_dead(server: PortalServer) -> None:
    for gold in portal.GOLD:
        tail = gold["path"][len("/news/") :]
        status, page, _ = _get(server, f"/news/print/{tail}")
        assert status == 200 and "og:url" not in page and 'rel="canonical"' not in page
        assert f'URL của bài viết: <a href="{_base(server)}{gold["path"]}">' in page
        assert gold["title"] in html.unescape(page)
        status, page, headers = _get(server, f"/news/savefile/{tail}")
        assert status == 200 and headers["Content-Disposition"].startswith("attachment;")
        status, page, _ = _get(server, f"/news/sendmail/{tail}")
        assert status == 200 and "Gửi bài viết cho bạn bè" in page and 'class="bodytext"' not in page
    status, _, headers = _get(server, portal.OLD_LINK)
    assert status == 301 and headers["Location"] == "/news/tin-tuc-su-kien/"
    assert _get(server, "/news/khong-co-muc-nay/")[0] == 404


def _base(server: PortalServer) -> str:
    return server.base_url


def test_feeds_link_the_rewrite_form(server: PortalServer) -> None:
    status, feed, headers = _get(server, "/rss/news/")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    links = re.findall(r"<item>.*?<link>(.*?)</link>", feed, re.S)
    assert {urlsplit(u).path for u in links} == {g["path"] for g in portal.GOLD}
    cat = _get(server, "/rss/news/thong-bao/")[1]
    assert len(re.findall(r"<item>", cat)) == 3
    assert 'type="application/rss+xml"' in _get(server, "/")[1]


def test_tags_are_percent_encoded_keywords(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    tag = re.search(r'href="(/news/tag/[^"]+)"', page).group(1)
    assert "%" in tag and unquote(tag) == "/news/tag/ngày-nhà-giáo-việt-nam/"
    listing = _get(server, tag)[1]
    assert portal.GOLD[0]["path"] in listing


def test_encodings(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    non_nfc = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert len(non_nfc) == 1 and non_nfc[0].endswith("-421/")
    vntime = [p for p, page in pages.items() if 'face=".VnTime"' in page]
    assert len(vntime) == 1 and vntime[0].endswith("-427/")
    gold = next(g for g in portal.GOLD if g["path"] == vntime[0])
    body = _bodytext(pages[vntime[0]])
    assert "&shy;" in body and '<font face=".VnTimeH">' in body
    paragraphs = gold["body"].split("\n\n")[1:]
    assert not any(p[:20] in _reader(body) for p in paragraphs), "the raw bytes are not Unicode text"
    assert all(p in _vntime_reader(body) for p in paragraphs)
    assert "&agrave;" in _bodytext(pages[portal.GOLD[0]["path"]])  # CKEditor 3 entities
    for target in ("/", "/news/", "/contact/", portal.NON_ARTICLES[-1]):
        assert _get(server, target)[2]["Content-Type"] == "text/html; charset=utf-8"
