"""Self-checks of the Drupal 7 (untranslated English meta lines) fixture against itself."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal7_english_meta_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers",
    "source", "summary", "body", "images", "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(body: str) -> str:
    """The page's visible text, collapsed (tags out, entities decoded, NFC)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#")[0]
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> dict[str, set[str]]:
    """Target -> the pages linking to it."""
    seen: dict[str, set[str]] = {s: set() for s in starts}
    queue = deque(starts)
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


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT") and not name.startswith(("ThS", "TS"))
        assert g["canonical_path"] == g["path"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title" id="page-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{gold["path"]}" />' in body
    text = shown(body)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    assert f"Trang chủ » {gold['category']}" in text
    assert portal.HEADER_TODAY in text
    assert "Printer-friendly version" in body and "Bài cùng chuyên mục" in body
    assert "Add new comment" in body or "to post comments" in body
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    # no ISO date anywhere on the page: rdf and metatag are off
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    assert f"/node/{portal.BY_SLUG[gold['path'][9:]].id}" in gold["alt_paths"]
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = shown(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text, (alt, para)
        if alt.startswith("/node/"):
            assert f'<link rel="canonical" href="{gold["path"]}" />' in body
        else:
            assert 'rel="canonical"' not in body
        if alt.startswith("/print/"):
            assert "Published on" in text and "Source URL:" in text


def test_submitted_lines_and_us_dates(server):
    us = vi = ambiguous = 0
    for gold in portal.GOLD:
        story = portal.BY_SLUG[gold["path"][9:]]
        _, body, _ = fetch(server, gold["path"])
        text = shown(body)
        want = dt.datetime.fromisoformat(gold["published_at"])
        if m := re.search(r"Submitted by (.+?) on (\w{3}), (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)", text):
            us += 1
            user, wd, mo, dd, yy, hh, mi = m.groups()
            got = dt.datetime(int(yy), int(mo), int(dd), int(hh), int(mi), tzinfo=want.tzinfo)
            assert got == want and wd == want.strftime("%a")
            assert user == "admin"
            if int(dd) <= 12 and dd != mo:
                ambiguous += 1
                day_first = dt.date(int(yy), int(dd), int(mo))
                assert day_first.strftime("%a") != wd  # only the US reading fits the weekday
        else:
            m = re.search(r"Gửi bởi (.+?) vào (T[2-7]|CN), (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)", text)
            assert m, gold["path"]
            vi += 1
            user, wd, dd, mo, yy, hh, mi = m.groups()
            got = dt.datetime(int(yy), int(mo), int(dd), int(hh), int(mi), tzinfo=want.tzinfo)
            assert got == want
            assert wd == portal.VI_WEEKDAY[got.weekday()]
            assert user == story.opts["user"]
            if user != "admin" and "byline" not in story.opts:
                assert gold["authors"] == [user]
        if story.opts.get("field_date"):
            f = re.search(r"Ngày đăng tin: (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)", text)
            assert f, gold["path"]
            dd, mo, yy, hh, mi = (int(x) for x in f.groups())
            assert dt.datetime(yy, mo, dd, hh, mi, tzinfo=want.tzinfo) == want
        else:
            assert "Ngày đăng tin" not in text
    assert us == vi == 7
    assert ambiguous >= 3
    assert sum(1 for s in portal.STORIES if s.opts.get("field_date")) >= 3


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "field-name-body" not in body or path in ("/gioi-thieu",), path
    _, body, _ = fetch(server, "/gioi-thieu")
    assert "Submitted by" not in body and "Gửi bởi" not in body
    _, body, _ = fetch(server, portal.NON_ARTICLES[-1])
    assert "Submitted by" in body and "node-album-anh" in body and "field-name-body" not in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        if not path.startswith("/search/"):
            assert path in seen, path


def test_oldest_articles_only_on_later_listing_pages(server):
    seen = walk(server, [portal.START_PATH])
    for slug in ("truong-chinh-tri-tinh-khai-giang-nam-hoc-2026-2027",
                 "mot-so-van-de-ve-xay-dung-van-hoa-cong-vu-hien-nay"):
        gold = next(g for g in portal.GOLD if g["path"] == f"/tin-tuc/{slug}")
        itself = {gold["path"], *gold["alt_paths"]}
        sources = {s for s in seen[gold["path"]] if not s.startswith("/search/")} - itself
        assert sources, slug
        assert all("page=" in s for s in sources), (slug, sources)


def test_zero_based_pager(server):
    status, body, _ = fetch(server, "/tin-tuc")
    assert status == 200 and '<li class="pager-current">1</li>' in body
    assert 'href="/tin-tuc?page=1">2</a>' in body and "sau ›" in body and "cuối »" in body
    status, body, _ = fetch(server, "/tin-tuc?page=1")
    assert status == 200 and '<li class="pager-current">2</li>' in body
    assert "« đầu" in body and "‹ trước" in body
    status, body, _ = fetch(server, "/tin-tuc?page=2")
    assert status == 200 and '<li class="pager-current">3</li>' in body
    assert "/tin-tuc/truong-chinh-tri-tinh-khai-giang-nam-hoc-2026-2027" in body
    assert fetch(server, "/tin-tuc?page=3")[0] == 404
    status, body, _ = fetch(server, "/taxonomy/term/3?page=1")
    assert status == 200 and "« first" in body and "‹ previous" in body and "sau ›" not in body
    _, body, _ = fetch(server, "/taxonomy/term/3")
    assert "next ›" in body and "last »" in body
    _, body, _ = fetch(server, "/taxonomy/term/1")
    assert "sau ›" in body and "next ›" not in body


def test_comment_reply_and_login_links(server):
    open_ = [s for s in portal.STORIES if s.opts["comments"] == "open"]
    closed = [s for s in portal.STORIES if s.opts["comments"] != "open"]
    assert open_ and closed
    _, body, _ = fetch(server, f"/tin-tuc/{closed[0].slug}")
    assert "Log in</a> or <a" in body and "to post comments" in body
    assert fetch(server, f"/comment/reply/{closed[0].id}")[0] == 403
    _, body, _ = fetch(server, f"/comment/reply/{open_[0].id}")
    assert 'id="comment-form"' in body
    status, body, _ = fetch(server, f"/user/login?destination=node/{closed[0].id}%23comment-form")
    assert status == 200 and 'name="pass"' in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/tin-tuc/khong-co")[0] == 404
    assert fetch(server, "/node/9999")[0] == 404
    assert fetch(server, "/tags/khong-co")[0] == 404
    assert fetch(server, "/taxonomy/term/9")[0] == 404
