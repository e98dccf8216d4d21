"""Self-check of the Joomla 5 + YOOtheme Pro school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article no link reaches would waste that crawl. Nothing
here imports the crawler beyond the demo server. It also pins down what makes this platform what
it is: SEF article URLs plus their ``/component/content/article`` and ``?lang=en`` twins, print
views, limitstart pagination with icon-only next links, an empty blog page past the end, Joomla
feeds, UTC machine times, the email-cloak element and one text in decomposed Unicode.
"""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import yootheme_joomla5_thpt as portal
from ._selfcheck import fetch

_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|pdf|docx|css|js|ico)$")
_MAIL = re.compile(r'<joomla-hidden-mail [^>]*?text="([^"]+)"[^>]*>.*?</joomla-hidden-mail>', re.S)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _reader(markup: str) -> str:
    """What a browser shows: cloaked addresses decoded, cells joined by " | ", NFC, spaces collapsed."""
    markup = _MAIL.sub(lambda m: base64.b64decode(m.group(1)).decode("utf-8"), markup)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _article(page: str) -> str:
    start = page.index('<article id="article-')
    return page[start : page.index("</article>", start) + len("</article>")]


def _text_region(page: str) -> str:
    art = _article(page)
    return art.split('<div class="uk-margin-medium-top" property="text">', 1)[1].rsplit("</div>", 1)[0]


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        link = urlsplit(urljoin(server.url(page), href))
        if link.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def _gold_ids(gold: dict) -> str:
    return gold["path"].rsplit("/", 1)[-1][:30]


def test_contract_shape() -> None:
    assert portal.NAME == "yootheme_joomla5_thpt" and portal.PLATFORM == "joomla5"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {c.name for c in portal.CATS.values()}
    assert max(cats.count(c) for c in set(cats)) > portal.PER_PAGE  # a leaf category pages too


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gold_ids)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    # the template prints a day and no time
    assert re.fullmatch(r"2026-(09|10|11)-\d\d", gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith(("/images/", "/templates/yootheme/cache/"))
        assert img["caption"] is None or (img["caption"] not in paragraphs and not img["caption"].startswith(("(", "Ảnh:")))
    for name in gold["authors"] + gold["photographers"]:
        assert name not in ("Quản trị viên", "bientap") and not name.startswith(("ThS.", "GV.", "Cô ", "Thầy "))


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES + portal.EMPTY_PAGES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gold_ids)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    art = _article(page)
    assert f'<h1 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title">{html.escape(gold["title"])}</h1>' in art
    region = _reader(_text_region(page))
    pos = 0
    for paragraph in gold["body"].split("\n\n"):
        found = region.find(paragraph, pos)
        assert found >= 0, paragraph[:60]
        pos = found + len(paragraph)
    if gold["summary"]:
        assert f"<p><strong>{html.escape(gold['summary'], quote=False)}</strong></p>" in art
    else:
        assert not re.match(r"\s*<p><strong>[^<]*</strong></p>", _text_region(page))
    # the printed day, a UTC machine time, the category in the meta line and the breadcrumb
    y, m, d = gold["published_at"].split("-")
    printed = re.search(r'<time datetime="([^"]+)">([^<]+)</time>', art)
    assert printed.group(2) == f"{d} Tháng {int(m)} {y}" and printed.group(1).endswith("+00:00")
    assert '<li>Chuyên mục: <a href="/tin-tuc/' in art and f">{gold['category']}</a></li></ul>" in art
    crumbs = re.search(r'<ul class="uk-breadcrumb"[^>]*>(.*?)</ul>', page).group(1)
    assert re.findall(r'<span property="name">([^<]+)</span></a>', crumbs)[-1] == gold["category"]
    # names as printed: in the text's bylines, or in the "Đăng bởi" field when nothing signs it
    whole = _reader(art)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in whole
    by = re.search(r"<li>Đăng bởi (?:<a [^>]*>)?([^<]+)", art).group(1)
    if by in ("Quản trị viên", "bientap"):
        assert by not in gold["authors"]
    # images: the full-text image and the text's images, in order, with their printed lines
    srcs = re.findall(r'<img src="([^"]+)"', art)
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in whole
    # chrome around the article
    text = _reader(page)
    assert portal.TODAY in text and "Tổng lượt truy cập" in text and "Đang truy cập" in text
    assert "Các bài viết liên quan" in text and portal.ADDRESS in text and "Hotline" in text
    assert "uk-pagination-next" in page or "uk-pagination-previous" in page
    assert 'rel="canonical"' not in page


def test_judgement_cases_are_printed_as_the_docstring_says(server: PortalServer) -> None:
    by_slug = {g["path"].rsplit("/", 1)[1]: g for g in portal.GOLD}
    # a bold start is not a bold paragraph
    rung = by_slug["hoi-thi-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam"]
    page = _get(server, rung["path"])[1]
    assert "<p><strong>Sáng 13/11/2026</strong>, tại sân trường" in page and rung["summary"] is None
    assert '<ul uk-accordion="">' in page and "Danh sách học sinh đạt giải" in rung["body"]
    assert "<em>(Các thí sinh tập trung trả lời câu hỏi của Ban tổ chức)</em>" in page
    assert rung["images"][1]["caption"] == "Các thí sinh tập trung trả lời câu hỏi của Ban tổ chức"
    # the photographer only inside a caption stays there
    museum = by_slug["hoc-sinh-khoi-10-trai-nghiem-hoc-tap-lich-su-tai-bao-tang-quang-trung"]
    assert museum["photographers"] == ["Đức Thịnh"] and museum["images"][0]["caption"].endswith("(Ảnh: Đức Thịnh)")  # (gold harmonised)
    # a leading "Ảnh:" label is no part of the caption; the source line is not an author
    grant = by_slug["trao-40-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-vuot-kho"]
    assert "<em>Ảnh: Đại diện nhà tài trợ" in _get(server, grant["path"])[1]
    assert grant["authors"] == ["Hoàng Anh"] and grant["source"] == "Báo Gia Lai điện tử"
    # the machine time is UTC and falls on the previous day
    meeting = by_slug["hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027"]
    page = _get(server, meeting["path"])[1]
    assert '<time datetime="2026-11-02T23:15:00+00:00">03 Tháng 11 2026</time>' in page
    assert meeting["published_at"] == "2026-11-03"
    # the floated image sits inside the text paragraph it floats in
    assert re.search(r'<p><img src="/images/tin-tuc/2026/11/hoi-nghi-vien-chuc-2026.jpg"[^>]*float: left[^>]*>Chiều ngày 31/10/2026', page)


def test_text_forms(server: PortalServer) -> None:
    nfd = next(s for s in portal.STORIES if s.opts.get("nfd"))
    page = _get(server, portal.article_path(nfd))[1]
    region = _text_region(page)
    first = next(b.text for b in nfd.blocks if isinstance(b, portal.P))
    assert unicodedata.normalize("NFD", first) in region and first not in region
    assert unicodedata.normalize("NFC", nfd.title) == nfd.title and html.escape(nfd.title) in page
    # the cloaked address: not in the markup as text, but in the element's base64 attributes
    notice = next(s for s in portal.STORIES if any(b.style.startswith("mail:") for b in s.blocks if isinstance(b, portal.P)))
    page = _get(server, portal.article_path(notice))[1]
    address = "doantruong@thpttranquangdieu.edu.vn"
    assert address not in page and portal.CLOAK_TEXT in page
    assert f'text="{base64.b64encode(address.encode()).decode()}"' in page
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(notice))
    assert address in gold["body"] and portal.CLOAK_TEXT not in gold["body"]
    # every other article's text is NFC as stored
    for story in portal.STORIES:
        if story is nfd:
            continue
        region = _text_region(_get(server, portal.article_path(story))[1])
        assert unicodedata.is_normalized("NFC", html.unescape(region))


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        original = _article(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page, _ = _get(server, alt)
            assert status == 200 and _article(page) == original
            assert ('<html lang="en-gb"' in page) == alt.endswith("lang=en")
        assert 'data-permalink="' + server.base_url + gold["path"] + '"' in original


def test_print_views_are_component_only_and_noindex(server: PortalServer) -> None:
    for story in portal.STORIES:
        target = portal.print_path(story)
        status, page, _ = _get(server, target)
        assert status == 200 and '<meta name="robots" content="noindex, nofollow">' in page
        assert "tm-header" not in page and "tm-toolbar" not in page and 'class="tm-component"' in page
        assert _article(page) == _article(_get(server, portal.article_path(story))[1])
        assert target.replace("&", "&amp;") in _get(server, portal.article_path(story))[1]
    # any page answers a component-only view
    page = _get(server, "/lien-he?tmpl=component")[1]
    assert "contact-form" in page and "tm-header" not in page


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> links from START_PATH (files and feeds not fetched)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or "format=feed" in target:
            seen[target] = 0
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 900, "the walk should stay finite and small"
        if status == 200:
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    # every article's ?lang=en twin is linked; its /component/ twin only when the home page shows it
    assert {g["path"] + "?lang=en" for g in portal.GOLD} <= set(walk)
    assert {portal.component_path(s) for s in portal.newest()[:6]} <= set(walk)
    assert set(portal.NON_ARTICLES) - {"/tim-kiem", "/tim-kiem?q=h%E1%BB%8Dc+b%E1%BB%95ng"} <= set(walk)
    assert set(portal.EMPTY_PAGES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any("format=feed&type=rss" in t for t in walk)


def test_home_links_articles_by_component_urls(server: PortalServer) -> None:
    page = _get(server, "/")[1]
    links = set(_links(server, "/", page))
    articles = {g["path"] for g in portal.GOLD}
    assert not links & articles
    components = {portal.component_path(s) for s in portal.STORIES}
    assert len(links & components) >= 8
    assert re.search(r'<a class="el-item uk-card[^"]*" href="/component/content/article/[^"]+">', page)


def test_pagination_is_limitstart_with_icon_only_links(server: PortalServer) -> None:
    listed: list[str] = []
    for start in (0, 6, 12):
        target = "/tin-tuc" if start == 0 else f"/tin-tuc?start={start}"
        page = _get(server, target)[1]
        grid = page.split("Tất cả tin bài", 1)[1]
        listed += re.findall(r'<a class="el-item uk-card[^"]*" href="([^"]+)">', grid)
        assert '<ul class="uk-pagination uk-margin-large uk-flex-center">' in page
        nxt = re.search(r'<a href="([^"]+)"><span uk-pagination-next></span></a>', page)
        assert (nxt.group(1) if nxt else None) == ({0: "/tin-tuc?start=6", 6: "/tin-tuc?start=12"}.get(start))
        if start:
            assert re.search(r'<a href="[^"]+" aria-label="Trang trước"><span uk-pagination-previous></span></a>', page)
    assert listed == [portal.article_path(s) for s in portal.newest()]
    cat = portal.CATS["hoat-dong-nha-truong"]
    first, second = _get(server, cat.path)[1], _get(server, f"{cat.path}?start=6")[1]
    assert f'<a href="{cat.path}?start=6"><span uk-pagination-next></span></a>' in first
    items = re.findall(r'<h2 property="headline"[^>]*><a class="uk-link-reset" href="([^"]+)"', first + second)
    assert items == [portal.article_path(s) for s in portal.newest("hoat-dong-nha-truong")]
    # listing items are built like article pages: the trap of a listing that looks like an article
    assert first.count('class="uk-article"') == portal.PER_PAGE and "Đọc thêm" in first


def test_start_past_the_end_is_an_empty_blog_page(server: PortalServer) -> None:
    news = _get(server, "/tin-tuc")[1]
    for target in portal.EMPTY_PAGES:
        assert f'href="{target}"' in news
        status, page, _ = _get(server, target)
        assert status == 200 and "Chưa có bài viết trong chuyên mục này." in page
        assert 'class="uk-article"' not in page and "uk-pagination uk-margin-large" not in page
    status, page, _ = _get(server, "/tin-tuc?start=60")
    assert status == 200 and "Chưa có bài viết trong chuyên mục này." in page


def test_feeds(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    for path in ["/tin-tuc", *(c.path for c in portal.CATS.values())]:
        page = _get(server, path)[1]
        assert f'<link href="{path}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml"' in page
        status, rss, headers = _get(server, f"{path}?format=feed&type=rss")
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        links = [urlsplit(u).path for u in re.findall(r"<link>(http[^<]+)</link>", rss)[1:]]
        assert links and len(links) <= portal.FEED_LIMIT and set(links) <= articles
        status, atom, headers = _get(server, f"{path}?format=feed&type=atom")
        assert status == 200 and headers["Content-Type"].startswith("application/atom+xml") and "<entry>" in atom
    assert _get(server, "/gioi-thieu?format=feed&type=rss")[0] == 404


def test_language_switcher_serves_the_same_pages(server: PortalServer) -> None:
    page = _get(server, "/tin-tuc/thong-bao")[1]
    assert 'href="/tin-tuc/thong-bao?lang=en"' in page
    en = _get(server, "/tin-tuc/thong-bao?lang=en")[1]
    assert '<html lang="en-gb"' in en and 'href="/tin-tuc/thong-bao"' in en
    strip = re.compile(r'<html lang="[^"]+"|<div class="mod-languages">.*?</div>|"url":"[^"]*"', re.S)
    assert strip.sub("", page) == strip.sub("", en)


def test_non_article_pages(server: PortalServer) -> None:
    about = _get(server, "/gioi-thieu")[1]
    assert "uk-section" in about and "Lịch sử phát triển" in about and "<article" not in about
    tkb = _get(server, "/thoi-khoa-bieu")[1]
    pdfs = re.findall(r'href="(/images/tkb/[^"]+\.pdf)"', tkb)
    assert len(pdfs) == 4 and all(_get(server, p)[2]["Content-Type"] == "application/pdf" for p in pdfs)
    assert _get(server, portal.DOCX)[0] == 200
    gallery = _get(server, "/thu-vien-anh")[1]
    assert "uk-lightbox" in gallery and gallery.count('data-type="image"') == len(portal.GALLERY)
    assert 'name="jform[contact_message]"' in _get(server, "/lien-he")[1]
    found = _get(server, "/tim-kiem?q=h%E1%BB%8Dc+b%E1%BB%95ng")[1]
    assert "Kết quả 1 -" in found and "/tin-tuc/thong-bao/thong-bao-nhan-ho-so-xet-hoc-bong" in found
    assert 'name="password"' in _get(server, "/component/users/login?Itemid=101")[1]


def test_robots_not_found_and_redirects(server: PortalServer) -> None:
    status, robots, _ = _get(server, "/robots.txt")
    assert status == 200 and "Disallow: /administrator/" in robots and "Sitemap" not in robots
    status, page, _ = _get(server, "/tin-tuc/hoat-dong-nha-truong/bai-viet-khong-ton-tai")
    assert status == 404 and "Không tìm thấy trang" in page
    wrong = portal.STORIES[1]
    assert _get(server, f"/tin-tuc/thong-bao/{wrong.slug}")[0] == 404
    status, _, headers = _get(server, "/tin-tuc/")
    assert status == 301 and headers["Location"] == "/tin-tuc"


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
