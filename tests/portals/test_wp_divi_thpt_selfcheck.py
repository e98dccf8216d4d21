"""Self-check of the WordPress + Divi school fixture (wp_divi_thpt): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target and
non-article answers 200, that the gold is well formed and printed on its page (after entities
and NFC: WordPress texturizes quotes and dashes into references, one post is decomposed), that a
walk of links from START_PATH reaches every article and listed page, that the feed and the
sitemap name the posts, and that the traps behave as the module says: the home page's
``?et_blog`` pagination repeats the front page and never 404s, ``?replytocom`` serves the same
article (noindex, canonical to the post), Jetpack's ``?share=`` links redirect off-site,
``/?p=ID`` redirects to the permalink, archives past their end are real 404s.
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

from . import wp_divi_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|php)$")
_CONTENT_START = 'et_pb_post_content_0_tb_body">'
_CONTENT_END = '<div class="sharedaddy'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _reader(markup: str) -> str:
    """What a reader sees: table cells joined by " | ", tags gone, entities resolved, NFC."""
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _content(body: str) -> str:
    return body.split(_CONTENT_START, 1)[1].split(_CONTENT_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _q, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href.split("#", 1)[0]))
        if target:
            out.append(target)
    return out


def _gold_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


# --------------------------------------------------------------------------- the gold itself


def test_contract_shape() -> None:
    assert portal.NAME == "wp_divi_thpt" and portal.PLATFORM and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    # one category spans three or more archive pages
    assert max(portal._pages(len(portal.newest(c))) for c in portal.CATS) >= 3
    # newest article in November 2026, all in the past of the header clock (25/11/2026)
    assert max(g["published_at"][:10] for g in portal.GOLD) == "2026-11-24"
    alts = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(alts) == 1 and alts[0]["alt_paths"] == portal.REPLY_PATHS and len(portal.REPLY_PATHS) == 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/")[-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/[a-z0-9-]+/", gold["path"])
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/wp-content/uploads/2026/")
        assert img["caption"] is None or (img["caption"] not in gold["body"] and unicodedata.is_normalized("NFC", img["caption"]))
    # bylines and source lines never leak into the body
    for marker in ("Tin, ảnh:", "Tin và ảnh:", "Bài, ảnh:", "Bài:", "Nguồn:", "(Theo ", "Thầy Trần Văn Nam", "Tải về", "Chia sẻ"):
        assert marker not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:
        assert name not in ("admin", "bientap")


def test_judgement_calls_are_as_documented() -> None:
    by = {g["path"].strip("/"): g for g in portal.GOLD}
    assert by["doan-truong-to-chuc-hoi-thi-tuoi-tre-voi-phap-luat-nam-2026"]["authors"] == ["Đoàn trường"]
    assert by["doan-truong-to-chuc-hoi-thi-tuoi-tre-voi-phap-luat-nam-2026"]["category"] == "Hoạt động Đoàn"
    assert by["chuyen-de-day-hoc-stem-mon-vat-li-lop-11"]["authors"] == ["Trần Văn Nam"]
    assert by["hoc-sinh-truong-thpt-tran-hung-dao-dat-15-giai-hoc-sinh-gioi-cap-tinh"]["source"] == "Báo Giáo dục và Thời đại"
    assert by["hoc-sinh-truong-thpt-tran-hung-dao-dat-15-giai-hoc-sinh-gioi-cap-tinh"]["photographers"] == []
    assert by["hoc-sinh-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026"]["source"] == "Báo Lâm Đồng"
    assert by["ngoai-khoa-em-yeu-bien-dao-que-huong"]["authors"] == ["Lê Thị Mai"]
    assert by["ngoai-khoa-em-yeu-bien-dao-que-huong"]["photographers"] == ["Nguyễn Quốc Huy"]
    hoithao = by["hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11-2026"]
    assert [i["caption"] for i in hoithao["images"]] == [None, None]  # title attributes only: tooltips
    quote = by["le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"]["body"].split("\n\n")
    assert "Chủ tịch Hồ Chí Minh" in quote and quote.index("Chủ tịch Hồ Chí Minh") == 5
    table = by["thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"]["body"].split("\n\n")
    assert table[1] == "Ngày | Buổi sáng (khối 10, 11) | Buổi chiều (khối 12)"
    assert sum(1 for g in portal.GOLD if g["summary"]) == 3


# --------------------------------------------------------------------------- pages answer


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES + portal.REPLY_PATHS
    failures = []
    for target in targets:
        status, _, headers = _get(server, target)
        if status != 200 or headers.get("Content-Type") != "text/html; charset=utf-8":
            failures.append((target, status, headers.get("Content-Type")))
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/")[-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, _ = _get(server, gold["path"])
    assert status == 200
    base = server.base_url
    page = _reader(body)
    content = _content(body)
    text = _reader(content)
    # headline, every paragraph in order, inside the post content module
    h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body).group(1)
    assert _reader(h1) == gold["title"]
    pos = 0
    for paragraph in gold["body"].split("\n\n"):
        found = text.find(paragraph, pos)
        assert found >= 0, paragraph[:60]
        pos = found + len(paragraph)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in text
    # images: every <img> of the content, in order; captions printed as the module says
    imgs = re.findall(r"<img [^>]*>", content)
    srcs = [re.search(r'src="([^"]+)"', tag).group(1) for tag in imgs]
    assert srcs == [base + i["path"] for i in gold["images"]]
    for tag, img in zip(imgs, gold["images"], strict=True):
        if img["caption"] is None:
            continue
        title = re.search(r'title="([^"]*)"', tag)
        shown = _reader(title.group(1)) if title else ""
        assert img["caption"] == shown or img["caption"] in text
    # the meta line: Divi's "Th11 12, 2026" and categories in name order
    stamp = gold["published_at"]
    shown_date = f"Th{int(stamp[5:7])} {int(stamp[8:10])}, {stamp[:4]}"
    meta = re.search(r'<p class="et_pb_title_meta_container">(.*?)</p>', body).group(1)
    assert f'<span class="published">{shown_date}</span>' in meta and "bởi" in meta
    meta_time = re.search(r'<meta property="article:published_time" content="([^"]+)" />', body)
    assert meta_time is None or meta_time.group(1)[:10] == stamp  # the machine stamp: same day
    # breadcrumb names the gold category; canonical; chrome around the article
    crumbs = re.search(r'<div class="breadcrumbs"[^>]*>(.*?)</div>', body).group(1)
    assert re.findall(r'<span property="name">([^<]+)</span></a>', crumbs)[-1] == gold["category"]
    assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in body
    assert "single-post" in re.search(r'<body class="([^"]+)"', body).group(1)
    for chrome in (portal.TODAY, "Tổng lượt truy cập", portal.ADDRESS, portal.HOTLINE, "Bài viết mới", "Chia sẻ:",
                   "Gửi phản hồi", "Hủy trả lời", "Email của bạn sẽ không được hiển thị công khai.", "Lưu trữ"):
        assert chrome in page, chrome
    assert "Bài trước" in page or "Bài sau" in page


def test_pages_are_not_posts(server: PortalServer) -> None:
    for slug in portal.PAGES:
        _, body, _ = _get(server, f"/{slug}/")
        classes = re.search(r'<body class="([^"]+)"', body).group(1)
        assert "page-template-default page " in classes and "single-post" not in classes
        assert "et_pb_title_meta_container" not in body and "article:published_time" not in body
    _, admission, _ = _get(server, "/tuyen-sinh-10/")
    assert "wp-block-table" in admission and "420" in admission
    _, album, _ = _get(server, "/album-anh/")
    assert album.count("et_pb_gallery_item ") == len(portal.ALBUM)
    _, contact, _ = _get(server, "/lien-he/")
    assert "et_pb_contact_form" in contact and portal.ADDRESS in contact
    _, tkb, _ = _get(server, "/thoi-khoa-bieu/")
    for href, _label in portal.TIMETABLE_FILES:
        assert f"{server.base_url}{href}" in tkb
        status, _, headers = _get(server, href)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, about, _ = _get(server, "/gioi-thieu/")
    assert about.count("et_pb_blurb ") == 3


# --------------------------------------------------------------------------- reachability


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> set[str]:
    """Every page reached by following <a href> from the start page (shares and replies skipped)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if _NOT_PAGES.search(urlsplit(link).path) or "share=" in link or "replytocom=" in link:
                continue
            if link not in seen:
                queue.append(link)
    assert len(seen) < 400
    return seen


def test_walk_from_start_reaches_every_article_and_page(walk: set[str]) -> None:
    assert _gold_paths() <= walk
    missing = [t for t in portal.NON_ARTICLES if t not in walk and not t.startswith("/wp-login.php")]
    assert not missing


def test_feed_and_sitemap_name_the_posts(server: PortalServer) -> None:
    _, home, _ = _get(server, "/")
    feeds = re.findall(r'<link rel="alternate" type="application/rss\+xml" title="[^"]*" href="([^"]+)" />', home)
    assert [_local(server, f) for f in feeds] == ["/feed/", "/comments/feed/"]
    status, feed, headers = _get(server, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    items = [_local(server, u) for u in re.findall(r"<link>(http[^<]+/)</link>", feed)]
    assert len(items) == portal.FEED_SIZE and set(items) <= _gold_paths()
    _, robots, _ = _get(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = _get(server, index)
    named: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        status, xml, headers = _get(server, _local(server, child))
        assert status == 200 and headers["Content-Type"].startswith("application/xml")
        named |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert _gold_paths() <= named
    assert {f"/{p}/" for p in portal.PAGES} <= named


# --------------------------------------------------------------------------- traps


def test_et_blog_pagination_repeats_the_home_page(server: PortalServer) -> None:
    _, home, _ = _get(server, "/")
    _, again, _ = _get(server, "/?et_blog")
    assert home == again
    last = portal._pages(len(portal.STORIES), portal.HOME_PER_PAGE)
    seen_posts: list[str] = []
    for n in range(1, last + 1):
        target = "/" if n == 1 else f"/page/{n}/?et_blog"
        _, body, _ = _get(server, target)
        for chrome in ("et_pb_slider", "Chào mừng năm học mới", "THÔNG BÁO", "et_pb_number_counter", "Tuyển sinh 10"):
            assert chrome in body
        module = body.split('et_pb_blog_0 et_pb_posts', 1)[1].split('et_pb_blog_1 et_pb_posts', 1)[0]
        seen_posts += [_local(server, u) for u in re.findall(r'<h2 class="entry-title"><a href="([^"]+)">', module)]
        if n < last:
            assert f'href="{server.base_url}/page/{n + 1}/?et_blog"' in module
        if n == 2:
            assert f'href="{server.base_url}/?et_blog"' in module
    assert seen_posts == [g["path"] for g in portal.GOLD]
    status, past, _ = _get(server, "/page/9/?et_blog")
    module = past.split('et_pb_blog_0 et_pb_posts', 1)[1].split('et_pb_blog_1 et_pb_posts', 1)[0]
    assert status == 200 and "Không tìm thấy kết quả" in module and "entry-title" not in module
    assert _get(server, "/page/40/")[0] == 200


def test_replytocom_serves_the_same_article(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g.get("alt_paths"))
    _, post, _ = _get(server, gold["path"])
    assert post.count("?replytocom=") == 2 and "2 bình luận" in post
    for alt in gold["alt_paths"]:
        status, body, _ = _get(server, alt)
        assert status == 200 and _content(body) == _content(post)
        assert "<meta name='robots' content='noindex, follow' />" in body
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
        assert "Trả lời đến" in body and "Hủy trả lời</a>" in body


def test_share_links_redirect_off_site_and_shortlinks_to_the_post(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    _, body, _ = _get(server, gold["path"])
    shares = sorted({_local(server, html.unescape(u)) for u in re.findall(r'href="([^"]*\?share=[^"]*)"', body)})
    assert shares == [f"{gold['path']}?share=facebook&nb=1", f"{gold['path']}?share=x&nb=1"]
    hosts = set()
    for share in shares:
        status, _, headers = _get(server, share)
        assert status == 302
        hosts.add(urlsplit(headers["Location"]).hostname)
    assert hosts == {"www.facebook.com", "x.com"}
    short = re.search(r"<link rel='shortlink' href='([^']+)' />", body).group(1)
    status, _, headers = _get(server, _local(server, short))
    assert status == 301 and headers["Location"] == server.base_url + gold["path"]


def test_feeds_and_archive_ends(server: PortalServer) -> None:
    status, comments, _ = _get(server, "/comments/feed/")
    assert status == 200 and len(re.findall(r"<link>[^<]+#comment-\d+</link>", comments)) == 2
    gold = next(g for g in portal.GOLD if g.get("alt_paths"))
    assert _get(server, gold["path"] + "feed/")[0] == 200
    assert _get(server, "/category/tin-tuc/feed/")[0] == 200
    assert _get(server, "/category/tin-tuc/page/4/")[0] == 404
    assert _get(server, "/category/tin-tuc/page/3/")[0] == 200
    assert _get(server, "/bai-viet-khong-ton-tai/")[0] == 404
    status, _, headers = _get(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == gold["path"]


# --------------------------------------------------------------------------- text forms


def test_text_forms(server: PortalServer) -> None:
    texturized = 0
    for gold in portal.GOLD:
        _, body, _ = _get(server, gold["path"])
        content = _content(body)
        if "“" in gold["body"] or "–" in gold["body"]:
            assert "&#8220;" in content or "&#8211;" in content
            assert "“" not in content and "–" not in content
            texturized += 1
    assert texturized >= 6
    nfd = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, body, _ = _get(server, portal.post_path(nfd))
    content = _content(body)
    assert not unicodedata.is_normalized("NFC", content)
    assert unicodedata.normalize("NFD", "Đại hội đã bầu Ban Chấp hành") in content


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[3]["path"], "/feed/"):
        assert _get(server, target)[1] == _get(server, target)[1]
