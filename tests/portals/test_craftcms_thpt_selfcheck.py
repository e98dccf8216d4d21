"""Self-check of the Craft CMS 4 school portal (Trường THPT Trần Phú): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, every
alternative URL and every non-article answers 200; that each gold field is printed on its page
(title in the ``h1``, each body paragraph, table row, caption, byline, the sapo in its own element,
the date in the meta line, the category in the breadcrumb, the images' ``src`` in order); that a
walk of links, the feed and the sitemap from START_PATH reaches every article; and that the traps
behave as the module says: Craft's ``/pN`` pagination with a 404 past the last page, the
``index.php?p=`` form serving the same entry, the preview token of an unpublished draft, an expired
token that serves the published entry, the empty action answer, the endless week links.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import craftcms_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_LOC = re.compile(r"<loc>([^<]+)</loc>")
_LINK = re.compile(r"<link>([^<]+)</link>")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx|xml|rss)$")
_IDS = {"ids": lambda g: g["path"].rsplit("/", 1)[1][:40]}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """Text as a reader sees it: inline tags dropped, blocks separated, entities and NFC resolved."""
    inline = re.sub(r"</?(a|strong|em|span|b|i|time)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The entry: from the article element to the tags row."""
    return page.split('<article class="entry', 1)[1].split('<div class="entry-tags', 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _week(target: str) -> tuple[int, int] | None:
    parts = urlsplit(target)
    if parts.path != "/lich-cong-tac-tuan" or not parts.query:
        return None
    q = parse_qs(parts.query)
    return int(q["nam"][0]), int(q["tuan"][0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH, plus robots.txt's sitemap and the
    feed; the week schedule's links are followed only one week either side of the current one."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    robots = _get(server, "/robots.txt")[1]
    queue.extend(
        t for t in (_local(server, u) for u in re.findall(r"^Sitemap: (\S+)", robots, re.M)) if t
    )
    queue.append("/feed.rss")
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        week = _week(target)
        if week and (week[0] != portal.SCHEDULE_YEAR or abs(week[1] - portal.CURRENT_WEEK) > 1):
            seen[target] = 0  # linked, not fetched: the links go on for ever
            continue
        path = urlsplit(target).path
        if _NOT_PAGES.search(path) and not path.endswith((".xml", ".rss")):
            seen[target] = 0
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        if path.endswith(".xml"):
            found = _LOC.findall(body)
        elif path.endswith(".rss"):
            found = _LINK.findall(body)
        else:
            found = _HREF.findall(body)
        for href in found:
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            nxt = _local(server, urljoin(server.url(target), href))
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "craftcms_thpt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {*portal.CATS.values(), portal.NOTICE_CAT}
    assert cats.count("Hoạt động Đoàn") > 2 * portal.CAT_PER_PAGE  # three pages
    assert len(portal.GOLD[0]["published_at"]) > 10 and portal.GOLD[0]["published_at"] < "2026-12"
    assert max(g["published_at"][:10] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, **_IDS)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"}
        assert img["caption"] is None or (
            img["caption"] not in paragraphs and not img["caption"].startswith(("(", "Ảnh:"))
        )
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(r"\b(ThS|TS|Cô|Thầy|GV)\.? ", name) and " – Tổ " not in name
        assert not gold["body"].endswith(name)
    assert not {"Quản trị viên", "Ban biên tập", "admin"} & set(gold["authors"])
    assert gold["alt_paths"][0] == portal.nonpretty(gold["path"])


def test_every_gold_alternative_and_non_article_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    """The meta line's date: a day for news, day and time for notices (00:00 is a day)."""
    if m := re.search(r"Ngày đăng: <time [^>]*>(\d\d\.\d\d\.\d{4}) (\d\d:\d\d)</time>", region):
        when = datetime.strptime(f"{m.group(1)} {m.group(2)}", "%d.%m.%Y %H:%M")
        if when.hour == 0 and when.minute == 0:
            return f"{when:%Y-%m-%d}"
        return f"{when:%Y-%m-%dT%H:%M:%S}+07:00"
    m = re.search(
        r'<p class="text-sm text-gray-500"><time [^>]*>(\d\d\.\d\d\.\d{4})</time>', region
    )
    return f"{datetime.strptime(m.group(1), '%d.%m.%Y'):%Y-%m-%d}"


@pytest.mark.parametrize("gold", portal.GOLD, **_IDS)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["X-Powered-By"] == "Craft CMS"
    assert headers["Content-Type"] == "text/html; charset=UTF-8"
    region = _region(page)
    headline = re.search(r'<h1 class="[^"]*">(.*?)</h1>', region).group(1)
    assert _nfc(headline) == gold["title"]
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    lead = re.search(r'<p class="mt-4 text-lg font-medium text-gray-700">(.*?)</p>', region)
    assert (_reader(lead.group(1)) if lead else None) == gold["summary"]
    srcs = [html.unescape(s) for s in re.findall(r'<img src="([^"]+)"', region)]
    assert srcs == [img["path"] for img in gold["images"]]
    captions = [_reader(c) for c in re.findall(r"<figcaption[^>]*>(.*?)</figcaption>", region)]
    for img in gold["images"]:
        if img["caption"]:
            assert any(img["caption"] in c for c in captions), img["caption"]
    assert len(captions) == len([i for i in gold["images"] if i["caption"]])
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in shown, name
    assert _printed_date(region) == gold["published_at"]
    crumbs = re.search(r'<nav aria-label="Breadcrumb"[^>]*>(.*?)</nav>', page).group(1)
    assert _nfc(re.findall(r'<a href="[^"]+"[^>]*>([^<]+)</a>', crumbs)[-1]) == gold["category"]
    assert f'<link href="{server.base_url}{gold["path"]}" rel="canonical">' in page
    assert f'<span class="today">{portal.TODAY}</span>' in page


def test_bylines_and_files_are_outside_the_gold_body() -> None:
    bodies = "\n\n".join(g["body"] for g in portal.GOLD)
    for line in (
        "Nhóm PV Đoàn trường",
        "Tin và ảnh:",
        "Bài: ",
        "Nguồn:",
        "ThS.",
        "Tải về",
        "KB",
        "lượt xem",
    ):
        assert line not in bodies, line
    assert "Em Lê Bảo Ngọc, lớp 10A5" in bodies  # the quote's cite line is text


def test_alternative_urls_serve_the_same_entry(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            status, other, headers = _get(server, alt)
            assert status == 200 and "X-Robots-Tag" not in headers
            assert _region(other) == _region(page), alt
            assert f'<link href="{server.base_url}{gold["path"]}" rel="canonical">' in other
    assert any("token=" in a for g in portal.GOLD for a in g["alt_paths"])


def test_preview_token_of_an_unpublished_draft(server: PortalServer) -> None:
    status, page, headers = _get(server, portal.DRAFT_LINK)
    assert status == 200 and headers["X-Robots-Tag"] == "none"
    assert portal.DRAFT.title in page and "25.11.2026" in _region(page)
    assert _get(server, portal.DRAFT_PATH)[0] == 404
    assert _get(server, "/index.php?p=" + portal.DRAFT_PATH.lstrip("/"))[0] == 404
    notice = _get(server, portal.GOLD[0]["path"])[1]
    assert html.escape(portal.DRAFT_LINK) in notice
    for listing in ("/thong-bao", "/feed.rss", "/sitemaps-1-section-thongBao-1-sitemap.xml"):
        assert portal.DRAFT.slug not in _get(server, listing)[1]


def test_craft_pagination(server: PortalServer) -> None:
    base = "/tin-tuc/chuyen-muc/hoat-dong-doan"
    first = _get(server, base)[1]
    assert f'<a href="{base}/p2" rel="next"' in first and 'rel="prev"' not in first
    second = _get(server, f"{base}/p2")[1]
    assert f'<a href="{base}" rel="prev"' in second and f'<a href="{base}/p3" rel="next"' in second
    assert f'<link rel="next" href="{server.base_url}{base}/p3">' in second
    third = _get(server, f"{base}/p3")[1]
    assert 'rel="next"' not in third.split("<main", 1)[1] and "Trang 3/3" in third
    for beyond in (f"{base}/p4", "/tin-tuc/p3", "/thong-bao/p2", "/tin-tuc/chuyen-muc/day-va-hoc/p2",
                   "/tin-tuc/chuyen-muc/khong-co", "/tin-tuc/bai-khong-ton-tai"):  # fmt: skip
        status, body, _ = _get(server, beyond)
        assert status == 404 and "Không tìm thấy trang" in body, beyond
    assert _get(server, "/index.php?p=tin-tuc/chuyen-muc/hoat-dong-doan/p2")[1] == second


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    reached = set(walk)
    assert {g["path"] for g in portal.GOLD} <= reached
    assert set(portal.NON_ARTICLES) <= reached
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _week(t) for t, s in walk.items()), "the week links went on"
    # the sitemap names every entry in the non-pretty form
    assert all(portal.nonpretty(g["path"]) in reached for g in portal.GOLD)


def test_sitemap_is_in_the_non_pretty_form(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    assert f"Sitemap: {server.base_url}/sitemaps-1-sitemap.xml" in robots
    index = _get(server, "/sitemaps-1-sitemap.xml")[1]
    locs = [
        loc for m in _LOC.findall(index) for loc in _LOC.findall(_get(server, _local(server, m))[1])
    ]
    assert locs and all("/index.php?p=" in loc for loc in locs)
    for gold in portal.GOLD:
        assert f"{server.base_url}{portal.nonpretty(gold['path'])}" in locs
    feed = _get(server, "/feed.rss")[1]
    assert len(_LINK.findall(feed)) == portal.FEED_SIZE + 1


def test_week_links_never_end(server: PortalServer) -> None:
    target = "/lich-cong-tac-tuan"
    seen = set()
    for _ in range(60):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)"[^>]*>Tuần sau →</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _week(target) == (2028, 3)
    assert "Chưa có lịch công tác tuần này." in _get(server, target)[1]
    assert "Thứ Hai 23/11" in _get(server, "/lich-cong-tac-tuan")[1]


def test_actions_search_and_forms(server: PortalServer) -> None:
    status, body, _ = _get(server, "/actions/users/login")
    assert status == 200 and body == ""
    assert _get(server, "/index.php?p=actions/users/login")[1] == ""
    front = _get(server, "/")[1]
    assert 'action="/actions/users/login"' in front and 'href="/actions/' not in front
    results = _get(server, "/search?q=%C4%90o%C3%A0n+thanh+ni%C3%AAn")[1]
    assert "Tìm thấy 5 kết quả" in results and 'rel="canonical"' not in results
    assert 'name="action" value="contact-form/send"' in _get(server, "/lien-he")[1]
    docs = _get(server, "/tai-lieu")[1]
    for path in portal.FILES:
        assert f'href="{path}"' in docs
        status, data, _ = _get(server, path)
        assert status == 200 and data.startswith("%PDF")


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert decomposed == [portal.article_path(portal._BY_ID[384])]
    with_nbsp = [p for p, page in pages.items() if "&nbsp;" in _region(page)]
    assert with_nbsp == [portal.article_path(portal._BY_ID[405])]
    jsonld = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', pages[portal.GOLD[1]["path"]]
    )
    assert '"datePublished": "2026-11-23T16:40:00+07:00"' in jsonld.group(1)
