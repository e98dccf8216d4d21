"""Self-check of the refinerycms_tct fixture portal against itself (never the crawler).

Why: a gold record that promises text its page does not print, or an article no link reaches,
would make the end-to-end test fail on the fixture's side. These checks fetch through a real
loopback server and look only at what the pages print.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import refinerycms_tct as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
#: inline tags join the text around them; every other tag is a break
_INLINE = re.compile(r"</?(a|sup|span|em|strong|b|i|u|font|o:p)\b[^>]*>")
#: Word's bare superscript note calls: no text of the sentence they sit in
_BARE_SUP = re.compile(r"<sup><a [^>]*>\d+</a></sup>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_IGNORE = re.compile(r'<span [^>]*mso-list:Ignore">.*?</span></span>', re.S)
GOLD = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def page_text(markup: str) -> str:
    """What a reader sees, roughly: tags, comments, Word's list markers and bare calls removed."""
    markup = _COMMENT.sub("", markup)
    markup = _IGNORE.sub("", markup)
    markup = _BARE_SUP.sub("", markup)
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)  # a table row reads as its cells joined
    return _norm(html.unescape(_TAG.sub(" ", _INLINE.sub("", markup))))


def article_text(markup: str) -> str:
    """The text of ``article#blog_post`` only."""
    start = markup.index('<article id="blog_post">')
    end = markup.index("</article>", start)
    return page_text(markup[start:end])


def _links(base_target: str, markup: str) -> list[str]:
    out = []
    for href in _HREF.findall(markup):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + base_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_page(target: str) -> bool:
    path = urlsplit(target).path
    return not (
        path.startswith(("/system/", "/assets/", "/refinery")) or path in ("/favicon.ico", "/blog.rss")
    )


def crawl(server: PortalServer, skip=lambda target: False) -> tuple[set[str], set[str]]:
    """Breadth-first walk over links from START_PATH: (pages fetched, slugs of posts seen)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    posts: set[str] = set()
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            loc = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if loc not in seen:
                seen.add(loc)
                queue.append(loc)
            continue
        assert status == 200, target
        if '<article id="blog_post">' in body:
            m = re.search(r'<link rel="canonical" href="[^"]*(/blog/posts/[^"]+)"', body)
            posts.add(m.group(1))
        for link in _links(target, body):
            if link not in seen and _is_page(link) and not skip(link):
                seen.add(link)
                queue.append(link)
    return seen, posts


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^2026-(10|11|12)-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
    for g in portal.GOLD:
        assert stamp.match(g["published_at"]), g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("path", list(GOLD))
def test_gold_pages_answer_with_their_fields(server, path):
    gold = GOLD[path]
    story = portal.BY_SLUG[path.rsplit("/", 1)[1]]
    status, body, _ = fetch(server, path)
    assert status == 200
    assert f"<h1>{html.escape(gold['title'], quote=True)}</h1>" in body
    text = article_text(body)
    for para in gold["body"].split("\n\n"):
        assert para in text, (path, para)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        src = img.get("path") or img["url"]
        assert f'src="{html.escape(src)}"' in body
        if img["caption"]:
            assert img["caption"] in text
        if img.get("path"):
            assert fetch(server, img["path"])[0] == 200
    # the date the gold names is printed on the page (time + day, the day, or the letterhead's day)
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        assert f"{gold['published_at'][11:16]} | {d}/{m}/{y}" in text
    elif story.id == 140:
        assert f"ngày {d} tháng {m} năm {y}" in text
    else:
        assert f"00:00 | {d}/{m}/{y}" in text
    # the UTC attribute is printed, and the CMS account, never a gold author
    assert f'datetime="{portal.utc_stamp(story)}"' in body
    assert "bởi quantri" in text
    # breadcrumb names the gold category
    crumb = re.search(r'<div class="dd-dan">(.*?)</div>', body).group(1)
    assert page_text(crumb).endswith(gold["category"])
    # chrome that must not be in the gold body
    for chrome in ("Lời Bác dạy", "Chưa có bình luận", "Bình luận", "Tin liên quan", "Lượt xem"):
        assert chrome not in gold["body"]


def test_alt_paths_serve_the_same_post(server):
    for gold in portal.GOLD:
        assert gold["alt_paths"]
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f"<h1>{html.escape(gold['title'], quote=True)}</h1>" in body
            assert f'/blog/posts/{gold["path"].rsplit("/", 1)[1]}" />' in body  # canonical names the slug
            assert f'og:url" content="http://127.0.0.1:{server.port}{html.escape(alt)}"' in body


def test_old_slug_redirects_to_the_new_one(server):
    status, _, headers = fetch(server, "/blog/posts/khai-giang-lop-boi-duong-doi-tuong-3")
    assert status == 301
    assert headers["Location"] == portal.post_path(portal.BY_ID[130])


def test_every_gold_article_is_reachable_within_budget(server):
    seen, posts = crawl(server)
    assert posts == set(GOLD)
    pages = {t for t in seen if _is_page(t)}
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)
    for path in portal.NON_ARTICLES:
        assert path in seen


def test_some_posts_only_behind_page_two(server):
    """Without ``?page=N`` (N >= 2) links, post 132 is out of reach."""
    _, posts = crawl(server, skip=lambda t: bool(re.search(r"[?&]page=([2-9])", t)))
    missing = set(GOLD) - posts
    assert portal.post_path(portal.BY_ID[132]) in missing


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert '<article id="blog_post">' not in body


def test_full_text_listing_is_not_an_article(server):
    status, body, _ = fetch(server, "/blog/categories/thong-bao")
    assert status == 200
    assert "Triệu Văn Bình" in body and "Nơi nhận" in body
    assert '<article id="blog_post">' not in body


def test_sitemap_lists_no_post(server):
    status, body, _ = fetch(server, "/sitemap.xml")
    assert status == 200 and "/blog/posts/" not in body


@pytest.mark.parametrize(
    "path",
    ["/khong-ton-tai", "/blog/posts/khong-co-bai-nay", "/blog/posts/999", "/blog?page=9",
     "/blog/categories/the-thao", "/blog/2026/07", "/van-ban/khong-co"],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404
