"""Self-checks of the BeTheme THPT fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from datetime import datetime
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_betheme_thpt as portal
from tests.portals._common import TODAY
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


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def readable(body: str) -> str:
    """Page text as a reader sees it: tags off, entities resolved, NFC, spaces collapsed."""
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", body))
    return " ".join(unicodedata.normalize("NFC", plain).split())


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for raw in re.findall(r"""(?:href|src)=["']([^"']+)["']""", body) + re.findall(
        r"<loc>([^<]+)</loc>", body
    ):
        url = _html.unescape(raw)
        if url.startswith(server.base_url):
            url = url[len(server.base_url) :]
        if not url.startswith("/") or url.startswith("//"):
            continue
        out.append(url.split("#")[0])
    return out


def canonical(body: str) -> str | None:
    m = re.search(r'<link rel="canonical" href="([^"]+)"', body)
    return urlsplit(m.group(1)).path if m else None


def test_gold_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) - len(portal.ATTACHMENTS) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d\d-\d\d", g["published_at"])
        datetime.fromisoformat(g["published_at"])
        for value in (
            g["title"],
            g["body"],
            g["summary"] or "",
            *g["authors"],
            *g["photographers"],
        ):
            assert unicodedata.is_normalized("NFC", value)
            assert "  " not in value and "\xa0" not in value
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        assert "admin" not in g["authors"]
        assert g["category"] in portal.CATS.values()
        for img in g["images"]:
            assert img["path"].startswith("/wp-content/uploads/")
            assert img["caption"] is None or img["caption"].strip() == img["caption"]


def test_gold_pages_answer_with_title_and_text(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = readable(body)
            assert g["title"] in text, target
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):  # a table row: its cells are printed apart
                    assert cell in text, (target, cell)
            assert canonical(body) == g["canonical_path"], target


def test_images_and_captions_printed(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = readable(body)
        for img in g["images"]:
            assert f'src="{server.base_url}{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        # the byline is printed, the credited names appear in it
        for name in g["authors"] + g["photographers"]:
            assert name in text


def test_chrome_on_every_page(server):
    for target in ["/", "/tin-tuc/", portal.GOLD[0]["path"], "/gioi-thieu/"]:
        _, body, _ = fetch(server, target)
        assert TODAY in body
        assert "Tổng lượt truy cập" in body and "Điện thoại:" in body


def test_walk_reaches_every_article(server):
    wanted = {g["path"] for g in portal.GOLD}
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and fetched < 400:
        target = queue.popleft()
        if target in seen or re.search(r"\.(jpg|png|gif|css|js|ico|pdf)(\?|$)", target):
            continue
        seen.add(target)
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        queue.extend(u for u in links(server, body) if u not in seen)
    assert wanted <= seen
    for target in portal.NON_ARTICLES:
        assert target in seen, target


def test_sitemap_lists_every_post(server):
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200 and "/sitemap_index.xml" in robots
    _, index, _ = fetch(server, "/sitemap_index.xml")
    assert "/post-sitemap.xml" in index
    _, posts, _ = fetch(server, "/post-sitemap.xml")
    for g in portal.GOLD:
        assert f"<loc>{server.base_url}{g['path']}</loc>" in posts


def test_hide_title_posts():
    hidden = [s for s in portal.POSTS if s.opts.get("hide_title")]
    assert len(hidden) == 2


def test_subheader_and_entry_title(server):
    for s in portal.POSTS:
        _, body, _ = fetch(server, f"/{s.slug}/")
        sub = re.search(r'<h1 class="title">(.*?)</h1>', body).group(1)
        entry = re.search(r'<h1 class="entry-title"[^>]*>(.*?)</h1>', body)
        if s.opts.get("hide_title"):
            assert entry is None
            assert _html.unescape(sub) == s.title
        else:
            assert _html.unescape(sub) == "Tin tức"
            assert _html.unescape(entry.group(1)) == s.title
        first = portal.CATS[s.opts["cats"][0]]
        crumbs = re.search(r'<ul class="breadcrumbs[^"]*">(.*?)</ul>', body).group(1)
        names = [_html.unescape(x) for x in re.findall(r">([^<>]+)</a>", crumbs)]
        assert names == ["Trang chủ", first, s.title]


def test_dates_local_and_utc(server):
    s = portal.BY_ID[1495]
    _, body, _ = fetch(server, f"/{s.slug}/")
    assert ">12/10/2026</time>" in body
    assert 'content="2026-10-11T23:20:00+00:00"' in body  # Yoast prints UTC
    assert 'datetime="2026-10-12T06:20:00+07:00"' in body


def test_admin_is_only_the_account(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert '/author/admin/">admin</a>' in body
    assert '"author": {"name": "admin"' in body


def test_replytocom_is_the_same_post(server):
    s = portal.BY_ID[1503]
    status, body, _ = fetch(server, f"/{s.slug}/?replytocom=45")
    assert status == 200
    assert "Trả lời Phụ huynh lớp 10A3" in body
    assert canonical(body) == f"/{s.slug}/"
    _, plain, _ = fetch(server, f"/{s.slug}/")
    assert "?replytocom=45#respond" in plain


def test_print_view(server):
    s = portal.POSTS[0]
    status, body, _ = fetch(server, f"/{s.slug}/?print=1")
    assert status == 200
    assert 'content="noindex, nofollow"' in body
    assert canonical(body) == f"/{s.slug}/"
    assert 'id="Header_wrapper"' not in body


def test_feeds_and_rest_are_not_html(server):
    for target, ctype in [
        ("/feed/", "application/rss+xml"),
        ("/comments/feed/", "application/rss+xml"),
        ("/category/tin-tuc/feed/", "application/rss+xml"),
        (f"/{portal.POSTS[5].slug}/feed/", "application/rss+xml"),
        ("/wp-json/", "application/json"),
        (f"/wp-json/wp/v2/posts/{portal.POSTS[0].id}", "application/json"),
        ("/xmlrpc.php?rsd", "text/xml"),
    ]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert headers["Content-Type"].startswith(ctype), target
    _, body, _ = fetch(server, f"/wp-json/wp/v2/posts/{portal.POSTS[0].id}")
    assert json.loads(body)["id"] == portal.POSTS[0].id


def test_redirects(server):
    s = portal.POSTS[3]
    status, _, headers = fetch(server, f"/?p={s.id}")
    assert status == 301 and headers["Location"].endswith(f"/{s.slug}/")
    status, _, headers = fetch(server, f"/{s.slug}")
    assert status == 301 and headers["Location"].endswith(f"/{s.slug}/")
    status, _, headers = fetch(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"].endswith("/category/tin-tuc/")


def test_load_more_chain(server):
    found = []
    target = "/tin-tuc/"
    for _ in range(5):
        status, body, _ = fetch(server, target)
        assert status == 200
        assert 'class="posts_group lm_wrapper' in body
        found += [
            urlsplit(u).path
            for u in re.findall(r'<h2 class="entry-title"[^>]*><a href="([^"]+)"', body)
        ]
        m = re.search(r'<a class="pager_load_more[^"]*" href="([^"]+)"', body)
        if not m:
            break
        assert 'class="pages"' not in body  # no numbers on the news page
        target = urlsplit(m.group(1)).path
    assert target == "/tin-tuc/page/3/"
    assert sorted(found) == sorted(g["path"] for g in portal.GOLD)
    assert fetch(server, "/tin-tuc/page/4/")[0] == 404


def test_numbered_pager_and_archives(server):
    _, body, _ = fetch(server, "/category/tin-tuc/")
    assert 'class="pager_wrapper"' in body and "/category/tin-tuc/page/2/" in body
    assert 'rel="next"' in body
    status, body, _ = fetch(server, "/category/tin-tuc/page/2/")
    assert status == 200 and 'class="page active">2<' in body
    assert fetch(server, "/category/tin-tuc/page/3/")[0] == 404
    assert fetch(server, "/2026/11/page/2/")[0] == 200
    assert fetch(server, "/2026/11/page/3/")[0] == 404
    assert fetch(server, "/author/admin/page/3/")[0] == 200
    assert fetch(server, "/author/admin/page/4/")[0] == 404
    _, body, _ = fetch(server, "/2026/11/")
    assert "date_label" in body and "14 Tháng 11, 2026" in body


def test_attachment_pages_are_images_alone(server):
    assert len(portal.ATTACHMENTS) == 5
    for path, (story, title, _att_id, full) in portal.ATTACHMENTS.items():
        status, body, _ = fetch(server, path)
        assert status == 200
        assert f'<h1 class="title">{title}</h1>' in body
        assert f'href="{server.base_url}{full}"' in body
        assert "the_content_wrapper" in body
        assert canonical(body) == path
        # the post links to its attachment page
        _, post, _ = fetch(server, f"/{story.slug}/")
        assert f"{server.base_url}{path}" in post


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="entry-title" itemprop="headline">' not in body or path in portal.ATTACHMENTS


def test_zalo_file_name_is_printed_but_no_caption(server):
    s = portal.BY_ID[1503]
    _, body, _ = fetch(server, f"/{s.slug}/")
    assert 'class="wp-caption-text">z5938271640123_8f3c2a9d1b8e7f6a</p>' in body
    gold = next(g for g in portal.GOLD if g["path"] == f"/{s.slug}/")
    assert gold["images"][1]["caption"] is None


def test_text_forms(server):
    s = portal.BY_ID[1556]
    _, body, _ = fetch(server, f"/{s.slug}/")
    assert unicodedata.normalize("NFD", "Tổ Ngữ văn tổ chức") in body  # decomposed paste
    assert re.search(r"&#\d{3,4};", body.split('class="the_content_wrapper"')[1])
    _, body, _ = fetch(server, f"/{portal.BY_ID[1450].slug}/")
    assert "Hội thi &#8220;Tìm hiểu" in body  # wptexturize in the headline
