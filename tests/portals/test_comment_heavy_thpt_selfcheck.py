"""Self-checks of the comment-heavy THPT fixture against itself (never the crawler)."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import comment_heavy_thpt as portal
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
EMPTY = "Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến!"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The collapsed text a reader sees (tags dropped)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def box(body: str) -> str:
    """The article's own box: everything from ``div.chitiet-baiviet`` to the related list."""
    part = body.split('<div class="chitiet-baiviet', 1)[1]
    return part.split('<div class="tin-khac">', 1)[0]


def text_part(body: str) -> str:
    """The article text only (before the comment thread)."""
    part = box(body)
    return re.split(r'<div class="(?:binhluan|y-kien)" id=', part, maxsplit=1)[0]


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 300) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def _weekday(when: str) -> int:
    return dt.date.fromisoformat(when[:10]).weekday()


def story_of(gold: dict):
    return portal.BY_ID[int(re.search(r"-(\d+)\.html$", gold["path"]).group(1))]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/Uploads/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.")) and " - " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f">{_html.escape(gold['title'])}</h1>" in body
    assert portal.TODAY in body.split("<header", 1)[0]
    text = shown(text_part(body))
    for para in gold["body"].split("\n\n"):
        # a table row is printed as cells
        assert " ".join(para.split(" | ")) in text, para
    # the date line: weekday, day-first date and the time of the gold
    when = gold["published_at"]
    day = f"{when[8:10]}/{when[5:7]}/{when[:4]}"
    weekday = portal.WEEKDAYS[_weekday(when)]
    meta = text_part(body).split("</h1>", 1)[1]
    assert f"{weekday}, {day}, {when[11:16]}" in meta or f"{weekday}, {day} - {when[11:16]}" in meta
    # breadcrumb's last section is the category
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body).group(1)
    assert shown(crumbs).endswith(gold["category"])
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            after = text_part(body).split(f'src="{img["path"]}"', 1)[1].split(">", 1)[1]
            assert shown(after).startswith(img["caption"]), img
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    # credits are printed, never invented: each author's name is on the page
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown(box(body)), name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown(text_part(body))


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "chitiet-baiviet" not in body, path
        assert "Ý kiến bạn đọc" not in body, path


def test_hoi_dap_is_a_question_list(server):
    _, body, _ = fetch(server, "/hoi-dap")
    assert body.count('class="cauhoi-item"') == len(portal.QA)
    assert body.count("Nhà trường trả lời:") == len(portal.QA)
    assert "<b>Nguyễn Thị Mai</b>" in body and "28/11/2026 20:13" in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_news_only_on_listing_page_two(server):
    oldest = portal.in_cat("tin-tuc")[-1]
    href = f'href="{portal.path_of(oldest)}"'
    _, page2, _ = fetch(server, "/chuyen-muc/tin-tuc?trang=2")
    assert href in page2
    assert 'href="/chuyen-muc/tin-tuc?trang=1"' in page2
    others = ["/", "/chuyen-muc/tin-tuc", "/chuyen-muc/tin-tuc?trang=1"]
    others += [g["path"] for g in portal.GOLD if g["path"] != portal.path_of(oldest)]
    for target in others:
        assert href not in fetch(server, target)[1], target
    _, page1, _ = fetch(server, "/chuyen-muc/tin-tuc")
    assert 'href="/chuyen-muc/tin-tuc?trang=2"' in page1
    assert page1.count('<div class="tin-item') == portal.PER_PAGE
    assert fetch(server, "/chuyen-muc/tin-tuc?trang=3")[0] == 404


def test_comments_live_inside_the_article_box(server):
    classes = {"A": ('class="binhluan"', 'class="comment-item"'), "B": ('class="y-kien"', 'class="cmt-box"')}
    for g in portal.GOLD:
        story = story_of(g)
        _, body, _ = fetch(server, g["path"])
        article = box(body)
        thread = article[len(text_part(body)) :]
        n = len(story.opts["comments"])
        assert f"Ý kiến bạn đọc ({n})" in thread
        assert "Gửi ý kiến" in thread and "Các ý kiến được biên tập trước khi đăng" in thread
        for field in ("HoTen", "Email", "NoiDung", "MaXacNhan"):
            assert f'name="{field}"' in thread
        wanted, item = classes[story.opts["tpl"]]
        assert wanted in thread
        shown_now = story.opts["comments"][: portal.COMMENTS_PER_PAGE]
        if n:
            assert thread.count(item) >= len(shown_now)
            assert "Thích (" in thread and "Trả lời</a>" in thread
            for c in shown_now:
                assert _html.escape(c.name) in thread and c.when in thread
        else:
            assert EMPTY in thread
    empty = [g for g in portal.GOLD if not story_of(g).opts["comments"]]
    assert len(empty) == 2
    templates = {story_of(g).opts["tpl"] for g in portal.GOLD}
    assert templates == {"A", "B"}


def test_last_right_aligned_name_is_a_reader(server):
    right = re.compile(r'<p style="text-align: right;"><strong>([^<]+)</strong></p>')
    trapped = 0
    for g in portal.GOLD:
        story = story_of(g)
        _, body, _ = fetch(server, g["path"])
        names = right.findall(box(body))
        signed = [c.sig for c in story.opts["comments"][: portal.COMMENTS_PER_PAGE] if c.sig]
        if signed:
            assert _html.unescape(names[-1]) == signed[-1], g["path"]
            assert names[-1] not in g["authors"]
            trapped += 1
        byline = right.findall(text_part(body))
        if byline and g["authors"]:
            assert any(a in _html.unescape(byline[-1]) for a in g["authors"])
    assert trapped >= 8


def test_a_comment_quotes_the_article(server):
    quoting = 0
    for g in portal.GOLD:
        for c in story_of(g).opts["comments"]:
            if c.quote:
                _, body, _ = fetch(server, g["path"])
                assert f"<blockquote>{_html.escape(c.quote)}</blockquote>" in box(body)
                assert c.quote.rstrip(".")[:60] in g["body"]
                quoting += 1
    assert quoting >= 1


def test_replies_are_indented_and_signed_by_the_editors(server):
    replies = 0
    for g in portal.GOLD:
        story = story_of(g)
        if any(c.reply for c in story.opts["comments"]):
            _, body, _ = fetch(server, g["path"])
            assert "Ban biên tập trả lời:" in box(body)
            assert "margin-left" in box(body)
            replies += 1
    assert replies >= 3


def test_comment_pager_serves_the_same_article(server):
    paged = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(paged) == 1
    g = paged[0]
    story = story_of(g)
    _, first, _ = fetch(server, g["path"])
    alt = g["alt_paths"][0]
    assert f'href="{alt}#binhluan"' in first
    status, second, _ = fetch(server, alt)
    assert status == 200
    assert shown(text_part(second)) == shown(text_part(first))
    assert f"Ý kiến bạn đọc ({len(story.opts['comments'])})" in second
    rest = story.opts["comments"][portal.COMMENTS_PER_PAGE :]
    assert rest and all(c.when in box(second) for c in rest)
    assert story.opts["comments"][0].when not in box(second)
    assert fetch(server, g["path"] + "?cpage=3")[0] == 404
    assert fetch(server, g["path"] + "?cpage=1")[0] == 404
    assert fetch(server, portal.GOLD[1]["path"] + "?cpage=2")[0] == 404


def test_template_a_prints_canonical_b_does_not(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        has = f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
        assert has == (story_of(g).opts["tpl"] == "A")


def test_sapo_forms(server):
    for g in portal.GOLD:
        story = story_of(g)
        _, body, _ = fetch(server, g["path"])
        if story.sapo_outside:
            assert f'<div class="sapo"><strong>{_html.escape(g["summary"])}</strong></div>' in body
        elif g["summary"]:
            assert f"<strong>{_html.escape(g['summary'])}</strong></p>" in text_part(body)
        else:
            assert 'class="sapo"' not in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/bai-viet/sai-slug-1187.html")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(server, portal.GOLD[0]["path"] + "?utm_source=x")[0] == 404
