"""Self-check of the WordPress + Soledad school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article that neither a link, the feed nor the sitemap
reaches would waste that crawl. Nothing here imports the crawler beyond the demo server. It also
pins down the platform's traps as the module docstring describes them: ``?replytocom`` and
``?amp=1`` copies pointing back to the post, Jetpack's ``?share=`` redirects, the weekly
schedule whose "Tuần sau" links never end, empty date archives answering 404, attachment pages
that look like posts, and the one post typed in decomposed Unicode.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_soledad_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|php\?.*)$")
_REGION_START = 'id="penci-post-entry-inner">'
_REGION_END = '<div class="sharedaddy'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """What a reader sees: inline tags dropped, table cells joined by " | ", NFC, one space."""
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    inline = re.sub(r"</?(a|strong|em|span|b|i|small)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "mailto:", "javascript:")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target.split("#", 1)[0])
    return out


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


# --------------------------------------------------------------------------- the gold itself


def test_contract_shape() -> None:
    assert portal.NAME == "wp_soledad_thpt" and portal.PLATFORM == "wordpress"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    # one category has three pages or more
    assert max(portal.pages_of(len(portal.newest(c))) for c in portal.CATS) >= 3
    # newest article in November 2026, before the header's today
    assert max(g["published_at"] for g in portal.GOLD) < "2026-11-25"
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
        assert not re.match(r"(ThS|TS|GV|Cô|Thầy)\.? ", name) and " – " not in name
        assert name not in ("admin", "bientap", "BBT", "Ban biên tập")
    assert _STAMP.match(gold["published_at"])  # the theme prints no time of day
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith(
            "/wp-content/uploads/"
        )
        assert image["caption"] is None or image["caption"] not in paragraphs
        if image["caption"]:
            assert not image["caption"].startswith(("Ảnh:", "(")), image["caption"]
    for line in paragraphs:  # no byline in the body
        assert not re.match(r"(Tin|Ảnh|Bài|Nguồn|Tin và ảnh|Tin, ảnh|GV\.|ThS\.)[ :]", line), line
    for alt in gold["alt_paths"]:
        assert alt.startswith(gold["path"] + "?")


# --------------------------------------------------------------------------- pages answer


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    failures = [(t, s) for t in targets + portal.NON_ARTICLES if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    base = server.base_url
    story = _story(gold)
    assert f"single-post postid-{story.id} " in page and "penci-body-single-style-1" in page
    h1 = re.search(r'<h1 class="post-title single-post-title entry-title">(.*?)</h1>', page).group(
        1
    )
    assert _nfc(h1) == gold["title"]
    region = _region(page)
    text = _reader(region)
    at = 0
    for paragraph in gold["body"].split("\n\n"):
        found = text.find(paragraph, at)
        assert found >= 0, paragraph[:60]
        at = found + len(paragraph)
    srcs = re.findall(r'<img [^>]*?src="([^"]+)"', region)
    assert srcs == [base + i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    meta = page.split('<div class="post-box-meta-single">', 1)[1].split("</div>", 1)[0]
    day = portal.vi_date(portal.local(story))
    assert f'<time class="entry-date published" datetime="{gold["published_at"]}T' in meta
    assert f">{day}</time>" in meta and "lượt xem" in meta and "phút đọc" in meta
    author_field = _reader(meta)
    for name in gold["authors"]:
        assert name in text or f"bởi {name}" in author_field
    for name in gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        first = re.search(r"<p[ >].*?</p>", region).group(0)
        assert first.startswith("<p><strong>") and first.endswith("</strong></p>")
        assert _nfc(first[11:-13]) == gold["summary"]
    else:
        assert not re.search(r"<p[ >].*?</p>", region).group(0).endswith("</strong></p>")
    cat = re.search(
        r'<div class="penci-standard-cat[^"]*">.*?<span[^>]*>([^<]+)</span></a>', page
    ).group(1)
    assert cat == gold["category"]
    crumbs = re.search(r'class="rank-math-breadcrumb"><p>(.*?)</p>', page).group(1)
    assert f">{gold['category']}</a>" in crumbs
    assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in page
    assert portal.TODAY in page and "Bài viết liên quan" in page and "Để lại bình luận" in page
    assert "Thống kê truy cập" in page and portal.ADDRESS in page and portal.HOTLINE in page


def test_dates_trap_hidden_modified_and_utc_meta(server: PortalServer) -> None:
    # the hidden modified date and "Cập nhật:" come first / next to the published date
    gold = next(g for g in portal.GOLD if g["path"].startswith("/le-ky-niem-44"))
    _, page, _ = fetch(server, gold["path"])
    hidden = page.index('<div class="penci-hide-tagupdated">')
    assert hidden < page.index('<time class="entry-date published"')
    assert "21 Tháng mười một, 2026" in page and "Cập nhật: <time" in page
    assert gold["published_at"] == "2026-11-20"
    # 06:40 local on the 14th is the 13th in Yoast's UTC stamps
    gold = next(g for g in portal.GOLD if g["path"].startswith("/hoc-sinh-truong-thpt-le-loi"))
    _, page, _ = fetch(server, gold["path"])
    assert '<meta property="article:published_time" content="2026-11-13T23:40:00+00:00" />' in page
    assert '"datePublished": "2026-11-13T23:40:00+00:00"' in page
    assert ">14 Tháng mười một, 2026</time>" in page and gold["published_at"] == "2026-11-14"
    # comment dates print a time; the post's date does not
    assert re.search(r"14 Tháng mười một, 2026 lúc 7:55 sáng", page)


# --------------------------------------------------------------------------- reachability


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> from START_PATH; the endless schedule is cut off."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    weeks = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        query = urlsplit(target).query
        skip = _NOT_PAGES.search(target) or "share=" in query or target.endswith("/feed/")
        if "tuan=" in query:
            weeks += 1
            skip = skip or weeks > 6
        if skip:
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        assert len(seen) < 900, "the walk should stay small"
        if status != 200:
            continue
        for link in _links(server, target, body):
            if link not in seen:
                queue.append(link)
    return seen


def test_every_article_and_non_article_is_linked(walk: dict[str, int]) -> None:
    for gold in portal.GOLD:
        assert walk.get(gold["path"]) == 200, gold["path"]
        for alt in gold["alt_paths"]:
            if "replytocom" in alt:
                assert alt in walk  # the "Trả lời" links
    for target in portal.NON_ARTICLES:
        assert walk.get(target) == 200, target
    # nothing linked 404s except what the portal means to (none)
    broken = [t for t, s in walk.items() if s not in (0, 200)]
    assert not broken


def test_feed_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    _, home, _ = fetch(server, "/")
    assert f'href="{server.base_url}/feed/"' in home
    status, feed, headers = fetch(server, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    in_feed = [
        _local(server, u)
        for u in re.findall(r"<item>\s*<title>[^<]*</title>\s*<link>([^<]+)</link>", feed)
    ]
    assert len(in_feed) == portal.FEED_SIZE and set(in_feed) <= articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    assert index == "/sitemap_index.xml"
    _, index_xml, _ = fetch(server, index)
    children = [_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", index_xml)]
    assert "/post-sitemap.xml" in children
    _, posts_xml, headers = fetch(server, "/post-sitemap.xml")
    assert headers["Content-Type"].startswith("text/xml")
    listed = {_local(server, u) for u in re.findall(r"<url>\s*<loc>([^<]+)</loc>", posts_xml)}
    assert listed == articles
    _, cat_feed, _ = fetch(server, "/category/thong-bao/feed/")
    assert cat_feed.count("<item>") == len(portal.newest("thong-bao"))


def test_category_pagination(server: PortalServer) -> None:
    base = server.base_url
    _, first, _ = fetch(server, "/category/tin-tuc/")
    assert f'<a class="page-numbers" href="{base}/category/tin-tuc/page/3/">3</a>' in first
    assert f'<a class="next page-numbers" href="{base}/category/tin-tuc/page/2/"><i class' in first
    listed = []
    for n in (1, 2, 3):
        target = "/category/tin-tuc/" if n == 1 else f"/category/tin-tuc/page/{n}/"
        status, body, _ = fetch(server, target)
        assert status == 200 and "archive category category-tin-tuc" in body
        listed += re.findall(
            r'<h2 class="penci-entry-title entry-title grid-title"><a href="([^"]+)">', body
        )
    assert [_local(server, u) for u in listed] == [
        portal.article_path(s) for s in portal.newest("tin-tuc")
    ]
    status, _, headers = fetch(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == f"{base}/category/tin-tuc/"
    assert fetch(server, "/category/tin-tuc/page/4/")[0] == 404


# --------------------------------------------------------------------------- traps


def test_replytocom_and_amp_are_the_same_post(server: PortalServer) -> None:
    base = server.base_url
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        assert f'<link rel="amphtml" href="{base}{gold["path"]}?amp=1">' in page
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200
            if "amp=1" in alt:
                assert (
                    body.startswith("<!doctype html>\n<html amp")
                    and "amp-wp-article-content" in body
                )
                assert f'<link rel="canonical" href="{base}{gold["path"]}">' in body
                assert re.search(
                    r'<time datetime="[^"]+">\d+ (ngày|tuần|tháng|năm) trước</time>', body
                )
            else:
                assert "<meta name='robots' content='noindex, follow' />" in body
                assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in body
                assert "cancel-comment-reply-link" in body
                assert _reader(_region(body)) == _reader(_region(page))
    with_comments = [g for g in portal.GOLD if any("replytocom" in a for a in g["alt_paths"])]
    assert len(with_comments) == 3


def test_jetpack_share_links_redirect_off_site(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    _, page, _ = fetch(server, gold["path"])
    region = page.split(_REGION_START, 1)[1].split("</article>", 1)[0]
    assert "?share=facebook&amp;nb=1" in region and "?share=twitter&amp;nb=1" in region
    status, _, headers = fetch(server, gold["path"] + "?share=facebook&nb=1")
    assert status == 302 and headers["Location"].startswith(
        "https://www.facebook.com/sharer.php?u="
    )
    status, _, headers = fetch(server, gold["path"] + "?share=twitter&nb=1")
    assert status == 302 and headers["Location"].startswith("https://twitter.com/intent/tweet?")


def test_schedule_never_ends(server: PortalServer) -> None:
    target = "/lich-cong-tac/"
    for _ in range(30):
        status, body, _ = fetch(server, target)
        assert status == 200
        nxt = re.search(r'<a class="lct-next" href="([^"]+)">Tuần sau', body).group(1)
        target = _local(server, nxt)
    assert target.endswith("?tuan=2027-W25")  # 2026 has 53 ISO weeks
    status, body, _ = fetch(server, "/lich-cong-tac/?tuan=2999-W10")
    assert status == 200 and "Chưa có lịch công tác cho tuần này." in body and "Tuần trước" in body


def test_date_archives(server: PortalServer) -> None:
    for d in portal.DAYS_WITH_POSTS:
        status, body, _ = fetch(server, f"/{d[:4]}/{d[5:7]}/{d[8:10]}/")
        assert status == 200 and "archive date" in body and "Lưu trữ theo ngày:" in body
    assert fetch(server, "/2026/11/03/")[0] == 404  # an empty day is WordPress's 404
    status, body, _ = fetch(server, "/2026/11/")
    assert status == 200 and "Tháng mười một 2026" in body and "/2026/11/page/2/" in body


def test_attachment_pages_are_not_posts(server: PortalServer) -> None:
    base = server.base_url
    for story, slug, aid, _img in portal.ATTACHMENTS:
        path = portal.attachment_path(story, slug)
        status, body, _ = fetch(server, path)
        assert status == 200 and f"single-attachment postid-{aid} attachmentid-{aid}" in body
        assert f'<h1 class="post-title single-post-title entry-title">{slug}</h1>' in body
        assert (
            f'<span class="meta-nav">Xuất bản trong</span> <a href="{base}{portal.article_path(story)}"'
            in body
        )
        _, post, _ = fetch(server, portal.article_path(story))
        assert f'<a href="{base}{path}">' in post
    assert len(portal.ATTACHMENTS) == 6


def test_redirects_and_not_found(server: PortalServer) -> None:
    base = server.base_url
    story = portal.STORIES[0]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == base + portal.article_path(story)
    status, _, headers = fetch(server, portal.article_path(story).rstrip("/"))
    assert status == 301 and headers["Location"] == base + portal.article_path(story)
    status, body, _ = fetch(server, "/khong-co-bai-nay/")
    assert status == 404 and "Không tìm thấy trang" in body and "error404" in body
    status, feed, headers = fetch(server, portal.article_path(story) + "feed/")
    assert (
        status == 200
        and headers["Content-Type"].startswith("application/rss+xml")
        and "Bình luận về" in feed
    )


def test_static_pages_and_documents(server: PortalServer) -> None:
    for path in portal.STATIC_PAGES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "page-template-default page page-id-" in body
        assert (
            '<time class="entry-date published"'
            not in body.split('id="sidebar"', 1)[0].split("<article", 1)[1]
        )
    _, docs, _ = fetch(server, "/tai-lieu/")
    pdfs = re.findall(r'href="([^"]+\.pdf)"', docs)
    assert len(pdfs) == len(portal.DOCS)
    for href in pdfs:
        status, _, headers = fetch(server, _local(server, href))
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, _ = fetch(server, "/?s=h%E1%BB%99i+gi%E1%BA%A3ng")
    assert (
        status == 200 and "Kết quả tìm kiếm cho:" in body and "ke-hoach-to-chuc-hoi-giang" in body
    )


# --------------------------------------------------------------------------- text and encodings


def test_encodings(server: PortalServer) -> None:
    nfd = [s for s in portal.STORIES if s.opts.get("nfd")]
    assert len(nfd) == 1
    for story in portal.STORIES:
        _, page, headers = fetch(server, portal.article_path(story))
        assert (
            headers["Content-Type"] == "text/html; charset=utf-8"
            and '<meta charset="UTF-8">' in page
        )
        region = _region(page)
        h1 = re.search(
            r'<h1 class="post-title single-post-title entry-title">(.*?)</h1>', page
        ).group(1)
        decomposed = not unicodedata.is_normalized("NFC", region)
        assert decomposed == (story in nfd)
        assert (not unicodedata.is_normalized("NFC", h1)) == (story in nfd)
    # wptexturize: typographic quotes and dashes as numeric references, never raw
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    region = _region(page)
    assert "&#8220;" in region and "&#8211;" in region and "“" not in region and "–" not in region


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[2]["path"], "/", "/category/tin-tuc/page/2/"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
