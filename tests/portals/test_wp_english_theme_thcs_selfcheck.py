"""Self-checks of the WordPress (English theme) THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_english_theme_thcs as portal
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
MONTHS = portal.MONTHS


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


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


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = headers["Location"]
            if loc.startswith(server.base_url):
                loc = loc[len(server.base_url) :]
                if loc not in seen:
                    seen.add(loc)
                    queue.append(loc)
            continue
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_div(body: str) -> str:
    return body.split('<div class="entry-content single-post-content">', 1)[1].split(
        '<footer class="entry-footer">', 1
    )[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/2026/\d{2}/\d{2}/[a-z0-9-]+/", g["path"]), g["path"]
        assert re.fullmatch(
            r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]
        ), g["path"]
        assert g["path"].startswith("/" + g["published_at"][:7].replace("-", "/") + "/")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/wp-content/uploads/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập", "BAN BIÊN TẬP", "Internet")
            assert "ThS." not in name and " - " not in name
        for alt in g.get("alt_paths", []):
            assert alt.startswith(g["path"] + "?replytocom=")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # three posts credited by the theme to a real display name
    assert sum(s.opts["user"] == "hangnt" for s in portal.STORIES) == 3
    assert any(g["published_at"].endswith("T12:10:00+07:00") for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[4])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="entry-title">{_html.escape(gold["title"], quote=False)}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.HEADER_TODAY in body
    content = content_div(body)
    text = shown_text(content)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            assert " ".join(para.split(" | ")) in text, para
        else:
            assert para in text, para
    for img in gold["images"]:
        assert f'src="{server.base_url}{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"], quote=False) in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    # the breadcrumb's section is the gold category, first of "Posted in"
    crumb = body.split('<div class="breadcrumbs"', 1)[1].split("</div>", 1)[0]
    assert f">{_html.escape(gold['category'], quote=False)}</a>" in crumb
    posted = body.split('<span class="cat-links">Posted in ', 1)[1].split("</span>", 1)[0]
    assert shown_text(posted).startswith(gold["category"])
    # Jetpack's tools sit inside the content div; the byline of the theme is English
    assert "Share this:" in content and "Like this:" in content and "Loading..." in content
    assert re.search(r'<span class="byline"> by <span class="author vcard">', body)
    if gold["source"]:
        assert f"Nguồn: {_html.escape(gold['source'], quote=False)}" in content


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[4])
def test_dates_are_printed_in_english_only(server, gold):
    _, body, _ = fetch(server, gold["path"])
    header = body.split('<div class="entry-content', 1)[0].split('<header class="entry-header">', 1)[1]
    y, m, d = (int(x) for x in gold["published_at"][:10].split("-"))
    if "T" in gold["published_at"]:
        hh, mm = (int(x) for x in gold["published_at"][11:16].split(":"))
        clock = f"{hh % 12 or 12}:{mm:02d} {'am' if hh < 12 else 'pm'}"
        assert f"{MONTHS[m - 1][:3]} {d}, {y} at {clock}" in header
    else:
        assert f"{MONTHS[m - 1]} {d}, {y}" in header or f"{d} {MONTHS[m - 1][:3]} {y}" in header
        assert " at " not in shown_text(header)
    meta = header.split('<div class="post-meta entry-meta">', 1)[1].split("</header>", 1)[0]
    assert "Tháng" not in meta and f"{d:02d}/{m:02d}/{y}" not in meta and "ngày" not in meta


def test_bylines(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, gold["path"])
        shown = portal.USERS[story.opts["user"]]
        assert f'/author/{story.opts["user"]}/">{shown}</a>' in body
        if story.opts["user"] == "hangnt":
            assert gold["authors"] == ["Nguyễn Thị Hằng"]
        content = content_div(body)
        for name in gold["authors"] + gold["photographers"]:
            assert name in content or name == shown
    _, body, _ = fetch(server, portal.GOLD[1]["path"])
    # the closing Vietnamese byline and the theme's "by admin" on the same page
    assert "Tin, ảnh: Đỗ Văn Long" in body and '/author/admin/">admin</a>' in body
    assert portal.GOLD[1]["authors"] == ["Đỗ Văn Long"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "single-post-content" not in body, path
        assert portal.HEADER_TODAY in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination_hides_older_posts(server):
    _, home, _ = fetch(server, "/")
    _, page1, _ = fetch(server, "/category/tin-tuc/")
    status, page2, _ = fetch(server, "/category/tin-tuc/page/2/")
    assert status == 200
    assert f'href="{server.base_url}/category/tin-tuc/page/2/"' in page1
    older = [s for s in portal.in_category("tin-tuc")][5:]
    assert len(older) == 2
    for s in older:
        link = f'href="{server.base_url}{portal.permalink(s)}"'
        assert link in page2 and link not in page1
        assert f'<h2 class="entry-title"><a {link}' not in home
    assert fetch(server, "/category/tin-tuc/page/3/")[0] == 404
    status, _, headers = fetch(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == f"{server.base_url}/category/tin-tuc/"
    _, month, _ = fetch(server, "/2026/11/")
    assert "Month: <span>November 2026</span>" in month and "Read More &raquo;" in month
    status, month2, _ = fetch(server, "/2026/11/page/2/")
    assert status == 200 and month2.count('class="blog-item') == 2
    _, tag, _ = fetch(server, "/tag/doan-doi/")
    assert "Tag: <span>Đoàn - Đội</span>" in tag
    assert ">November 2026</a>" in home and ">September 2026</a>" in home


def test_replytocom_duplicates_serve_the_same_post(server):
    commented = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(commented) == 3
    for g in commented:
        _, clean, _ = fetch(server, g["path"])
        assert "Reply</a>" in clean
        for alt in g["alt_paths"]:
            assert f'href="{server.base_url}{alt}#respond"' in clean
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
            assert content_div(body) == content_div(clean)
    _, body, _ = fetch(server, portal.GOLD[3]["path"])
    assert "3 thoughts on" in body and "November 21, 2026 at 9:48 pm" in body
    assert "Your email address will not be published." in body


def test_redirects(server):
    story = portal.STORIES[4]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == server.base_url + portal.permalink(story)
    status, _, headers = fetch(server, portal.permalink(story).rstrip("/"))
    assert status == 301 and headers["Location"] == server.base_url + portal.permalink(story)
    status, _, headers = fetch(server, portal.permalink(story) + "?share=facebook")
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/")
    assert fetch(server, "/?p=99999")[0] == 404


def test_attachment_page_is_not_the_post(server):
    parent = portal.ATTACHMENT_PARENT
    _, post, _ = fetch(server, portal.permalink(parent))
    assert f'href="{server.base_url}{portal.ATTACHMENT_PATH}" rel="attachment' in post
    status, body, _ = fetch(server, portal.ATTACHMENT_PATH)
    assert status == 200
    assert '<h1 class="entry-title">anh-1</h1>' in body and "Posted on" in body
    assert f'Published in <a href="{server.base_url}{portal.permalink(parent)}"' in body
    assert "type-attachment" in body and "single-post-content" not in body
    assert fetch(server, portal.permalink(parent) + "anh-2/")[0] == 404


def test_english_theme_chrome(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    for phrase in (
        "Recent Posts",
        "Archives",
        "Categories",
        "Search for:",
        "Previous Post",
        "Related Posts",
        "You may also like",
        "Powered by",
        "Đang online",
        "Tổng truy cập",
        "View Results",
        "Leave a comment",
    ):
        assert phrase in body, phrase
    assert "Friday, December 4, 2026" in body
    _, body, _ = fetch(server, "/gioi-thieu/")
    assert '<h1 class="entry-title">Giới thiệu</h1>' in body and "Posted on" not in body


def test_br_and_sapo(server):
    g = portal.GOLD[-1]
    _, body, _ = fetch(server, g["path"])
    assert "mở đầu một năm học mới với nhiều kỳ vọng.<br />" in body
    assert '<div class="entry-lead"><p>' in body
    assert g["summary"] and g["images"][0]["caption"] is None


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
    assert fetch(server, "/tag/khong-co/")[0] == 404
    assert fetch(server, "/2026/11/21/" + portal.STORIES[0].slug + "/")[0] == 404
    assert fetch(server, "/category/khong-co/")[0] == 404
