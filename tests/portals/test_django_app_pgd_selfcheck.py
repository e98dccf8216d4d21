"""Self-check of the Django 4 app portal (Phòng GD&ĐT Hàm Yên): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, its
``?from=home`` twin and every NON_ARTICLE answers 200; that each gold field is printed on its
page (entities unescaped, NFC); that a walk of links from START_PATH reaches every article
(weekly-schedule links followed only near today); and the traps: the schedule's "Tuần sau ›" never
ends, filter/sort/page links keep their parameters, pages past the end are Django's 404, the
admin redirects, a missing trailing slash answers 301.
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

from . import django_app_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")


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
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _between(page: str, start: str, end: str) -> str:
    return page.split(start, 1)[1].split(end, 1)[0]


def _content(page: str) -> str:
    return _between(page, '<div class="noi-dung">', "</div>")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; schedule weeks only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        parts = urlsplit(target)
        week = parse_qs(parts.query).get("tuan")
        if _NOT_PAGES.search(parts.path) or (
            week and abs(int(week[0]) - portal.THIS_WEEK.week) > 3
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 900, "the walk should stay finite here"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.scheme not in ("http", "https") or link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "django_app_pgd"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
    assert gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [gold["path"] + "?from=home"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tác giả|Ảnh): {re.escape(name)}", gold["body"])
    assert "nguyenvana" not in gold["authors"] and "admin" not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    article = _between(page, '<article class="bai-viet">', "</article>")
    headline = re.search(r'<h1 class="h3 tieu-de">(.*?)</h1>', article)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    content = _content(article)
    shown = _reader(content)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", content)]
    paragraphs = gold["body"].split("\n\n")
    box = re.search(r'<div class="alert alert-secondary" role="alert">(.*?)</div>', article)
    if gold["summary"]:
        assert box and _reader(box.group(1)) == "Tóm tắt: " + gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert box is None
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert srcs == [html.escape(im["path"]) for im in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    info = _reader(article.split('<div class="noi-dung">', 1)[1].split("</div>", 1)[1])
    if gold["authors"]:
        assert f"Tác giả: {' - '.join(gold['authors'])}" in info
    else:
        assert "Tác giả:" not in info
    assert (f"Nguồn: {gold['source']}" in info) == bool(gold["source"])
    for name in gold["photographers"]:
        assert f"Ảnh: {name}" in shown
    m = re.search(r"Ngày đăng: (\d\d/\d\d/\d{4}) lúc (\d\d:\d\d) · Người đăng: (\w+)", article)
    when = datetime.strptime(f"{m.group(1)} {m.group(2)}", "%d/%m/%Y %H:%M")
    assert when.strftime("%Y-%m-%dT%H:%M:00+07:00") == gold["published_at"]
    assert m.group(3) not in gold["authors"]
    crumbs = re.findall(r'<li class="breadcrumb-item"><a href="([^"]+)">([^<]+)</a>', page)
    assert _nfc(crumbs[-1][1]) == gold["category"]
    assert 'rel="canonical"' not in page
    assert portal.TODAY in page


def test_home_links_the_tracking_twin_which_serves_the_same_article(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    linked = set(re.findall(r'href="(/tin-tuc/[^"?]+/\?from=home)"', home))
    assert linked and linked <= {a for g in portal.GOLD for a in g["alt_paths"]}
    main = home.split('<div class="col-md-4 sidebar">')[0].split("</nav>", 1)[1]
    assert not re.search(r'href="/tin-tuc/[^"?]+/"', main)
    for gold in portal.GOLD:
        plain = _get(server, gold["path"])[1]
        assert _get(server, gold["alt_paths"][0])[1] == plain


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) - {"/admin/login/?next=/admin/"} <= set(walk)
    assert walk.get("/admin/") == 302
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert any(s == 0 and "tuan=" in t for t, s in walk.items()), "the week links went on"
    combos = [t for t in walk if t.startswith("/tin-tuc/?")]
    assert len(combos) > 40, "filter, sort and page links multiply the listing"


def test_django_paginator_keeps_the_filter(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc/?chuyen_muc=hoat-dong-chuyen-mon")[1]
    assert "Trang 1 / 3" in first
    assert 'href="?chuyen_muc=hoat-dong-chuyen-mon&amp;page=2">sau ›</a>' in first
    assert 'href="?chuyen_muc=hoat-dong-chuyen-mon&amp;page=3">cuối »</a>' in first
    assert "« đầu" not in first
    last = _get(server, "/tin-tuc/?chuyen_muc=hoat-dong-chuyen-mon&page=3")[1]
    assert "Trang 3 / 3" in last and "sau ›" not in last and "« đầu" in last
    assert _get(server, "/tin-tuc/?chuyen_muc=hoat-dong-chuyen-mon&page=last")[1] == last
    assert "Trang 1 / 4" in _get(server, "/tin-tuc/")[1]
    for bad in ("/tin-tuc/?page=5", "/tin-tuc/?page=0", "/tin-tuc/?page=abc"):
        status, body = _get(server, bad)
        assert status == 404 and "<h1>Not Found</h1>" in body
    combo = _get(server, "/tin-tuc/?nam=2026&sap_xep=-luot_xem&page=2")
    assert combo[0] == 200 and 'href="?nam=2026&amp;sap_xep=-luot_xem&amp;page=1">« đầu' in combo[1]
    wrong = _get(server, "/tin-tuc/?chuyen_muc=khong-co")
    assert wrong[0] == 200 and "Chưa có bài viết nào." in wrong[1] and 'class="errorlist"' in wrong[1]
    form = _between(first, '<form method="get"', "</form>")
    assert '<select name="chuyen_muc"' in form and "Lọc</button>" in form and "<a " not in form


def test_weekly_schedule_never_ends(server: PortalServer) -> None:
    target = "/lich-cong-tac/"
    seen = set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'href="([^"]+)">Tuần sau ›', page).group(1))
        target = "/lich-cong-tac/" + nxt
        assert target not in seen
        seen.add(target)
    assert target.endswith("nam=2028")
    assert _get(server, "/lich-cong-tac/?tuan=3&nam=2999")[0] == 200


def test_admin_and_django_leftovers(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/admin/")
    assert status == 302 and headers["Location"] == "/admin/login/?next=/admin/"
    assert "Quản trị Django" in _get(server, "/admin/login/?next=/admin/")[1]
    gold = portal.GOLD[0]["path"]
    status, _, headers = fetch(server, gold.rstrip("/"))
    assert status == 301 and headers["Location"] == gold
    status, body = _get(server, "/tin-tuc/bai-khong-ton-tai/")
    assert status == 404 and "The requested resource was not found on this server." in body
    assert 'href="/admin/"' in _get(server, "/gioi-thieu/")[1]
    docs = [_get(server, f"/van-ban/{d.id}/")[1] for d in portal.DOCS]
    assert all('class="noi-dung"' not in d and ".pdf" in d for d in docs)


def test_feed_lists_the_newest_ten(server: PortalServer) -> None:
    status, feed = _get(server, "/tin-tuc/rss/")
    assert status == 200
    links = re.findall(r"<link>[^<]*?(/tin-tuc/[^<]+)</link>", feed)
    assert links == [g["path"] for g in portal.GOLD[:10]]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    with_entities = [p for p, page in pages.items() if re.search(r"&[a-z]+;", _content(page).replace("&amp;", "").replace("&nbsp;", ""))]
    assert len(with_entities) == sum(1 for s in portal.STORIES if s.opts.get("ent"))
    for page in pages.values():
        assert unicodedata.is_normalized("NFC", page)
        assert "&#" not in _content(page)
