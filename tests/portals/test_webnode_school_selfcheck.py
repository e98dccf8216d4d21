"""Self-check of the Webnode school fixture against itself (never the crawler).

Every gold address answers 200 and prints its title and text, the gold is well formed, a
breadth-first walk of the links from the home page reaches every post, and each trap the
module's docstring describes behaves as described.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import webnode_school as portal
from tests.portals._common import TODAY
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")
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
GOLD = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def page_text(body: str) -> str:
    """The page as a reader sees it: tags out, entities resolved, NFC, whitespace collapsed."""
    return nfc(_WS.sub(" ", html.unescape(_TAG.sub(" ", body)).replace("\xa0", " ")).strip())


def main_of(body: str) -> str:
    return body[body.index("<main") : body.index("</main>")]


def links(body: str, base: str) -> list[str]:
    return [urljoin(base, html.unescape(h)) for h in _HREF.findall(body)]


def post_paths_in(body: str) -> list[str]:
    """Post addresses the blog items of a listing link, in order (each once)."""
    found = re.findall(r'<h2 class="b-blog-title"><a href="([^"]+)"', body)
    return found


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed() -> None:
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    assert len(GOLD) == len(portal.GOLD)
    for g in portal.GOLD:
        assert set(g) - {"alt_paths"} == KEYS, g["path"]
        assert g["path"].startswith("/l/") and g["path"].endswith("/")
        assert g["canonical_path"] == g["path"]
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert g["category"] in ("Tin tức", "Thông báo")
        for name in ("title", "body", "summary", "source"):
            value = g[name]
            if value is not None:
                assert value == nfc(value) and value.strip() == value and value, (g["path"], name)
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for person in g["authors"] + g["photographers"]:
            assert person == nfc(person) and ":" not in person
        for image in g["images"]:
            assert set(image) == {"path", "caption"}
            assert image["path"].startswith("/_files/")
            assert image["caption"] is None or image["caption"] == nfc(image["caption"])
    assert not set(GOLD) & set(portal.NON_ARTICLES)


def test_gold_decisions() -> None:
    """The hand-written decisions the docstring names."""
    by_slug = {g["path"].split("/")[2]: g for g in portal.GOLD}
    t1 = by_slug[portal.T1.slug]
    assert (t1["authors"], t1["photographers"]) == (["Lê Thị Thu Hà"], ["Phan Văn Đức"])
    assert by_slug[portal.T2.slug]["authors"] == by_slug[portal.T2.slug]["photographers"]
    assert by_slug[portal.T3.slug]["authors"] == ["Nguyễn Thị Hồng Nhung"]
    assert by_slug[portal.T4.slug]["authors"] == ["Tổ Khối 3"]
    assert by_slug[portal.T6.slug]["authors"] == ["Hoàng Thị Mai"]
    assert by_slug[portal.T8.slug]["authors"] == []
    assert by_slug[portal.T8.slug]["photographers"] == ["Phan Văn Đức"]
    assert by_slug[portal.T10.slug]["source"] == "Sở GD&ĐT Đắk Lắk"
    assert by_slug[portal.T10.slug]["authors"] == []
    assert by_slug[portal.N1.slug]["authors"] == ["BGH"]
    assert by_slug[portal.T7.slug]["published_at"] == "2026-10-05"
    assert [g["path"] for g in portal.GOLD if g["summary"]] == [
        portal.post_path(s) for s in (portal.T1, portal.T2, portal.T9)
    ]
    n1 = by_slug[portal.N1.slug]
    assert "File đính kèm" not in n1["body"] and "BGH" not in n1["body"]
    assert "Ngày | Buổi | Môn kiểm tra | Thời gian làm bài" in n1["body"].split("\n\n")
    for g in portal.GOLD:
        for line in ("Người viết", "Ảnh:", "GV:", "Nguồn:", "Tin, ảnh", "Tin:"):
            assert line not in g["body"], (g["path"], line)


# --- every gold page serves its text ---------------------------------------------------------


@pytest.mark.parametrize("path", sorted(GOLD))
def test_gold_targets_serve_their_text(server: PortalServer, path: str) -> None:
    gold = GOLD[path]
    status, body, headers = fetch(server, path)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'rel="canonical"' not in body
    article = body[body.index('<article class="b-blog-post">') : body.index("</article>") + 10]
    seen = page_text(article)
    assert (
        page_text(re.search(r'<h1 class="b-blog-post-title">(.*?)</h1>', body).group(1))
        == gold["title"]
    )
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            for cell in paragraph.split(" | "):
                assert cell in seen, (path, cell)
        else:
            assert paragraph in seen, (path, paragraph)
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in article
        if image["caption"]:
            assert image["caption"] in seen
    img_count = article.count("<img ")
    assert img_count == len(gold["images"]), path
    info = re.search(r'<div class="b-blog-post-info">(.*?)</div>', body).group(1)
    assert f'<span class="category">{gold["category"]}</span>' in info
    if gold["path"] != portal.post_path(portal.T7):
        y, m, d = gold["published_at"].split("-")
        assert f'<span class="date">{d}.{m}.{y}</span>' in info
    for person in gold["authors"] + gold["photographers"]:
        assert person in seen
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in seen


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer_200(server: PortalServer, path: str) -> None:
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="b-blog-post"' not in body


# --- reachability ----------------------------------------------------------------------------


def walk(server: PortalServer) -> set[str]:
    """Breadth-first over same-host links from START_PATH (fragments dropped, files skipped)."""
    host = urlsplit(server.base_url).netloc
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        assert status == 200, target
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for url in links(body, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != host or parts.path.startswith(("/_files/", "/css/", "/js/")):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_every_article_is_reachable_from_the_start_page(server: PortalServer) -> None:
    seen = walk(server)
    assert set(GOLD) <= seen
    assert set(portal.NON_ARTICLES) <= seen
    # the whole site fits well inside the crawl budget (3 requests a real page)
    assert len(seen) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert "/contact-form/submit" not in seen  # only a form posts there


# --- traps -----------------------------------------------------------------------------------


def test_listings_and_the_twin_pager(server: PortalServer) -> None:
    pages = {}
    for n in (1, 2, 3):
        plain = "/tin-tuc/" if n == 1 else f"/tin-tuc/?page={n}"
        _, body, _ = fetch(server, plain)
        _, twin, _ = fetch(server, f"/tin-tuc/?rs-blog-page={n}")
        assert main_of(body) == main_of(twin)
        pages[n] = post_paths_in(body)
    assert [len(p) for p in pages.values()] == [4, 4, 2]
    news = [portal.post_path(s) for s in portal.NEWS]
    assert pages[1] + pages[2] + pages[3] == news
    _, body, _ = fetch(server, "/tin-tuc/?page=2")
    pager = re.search(r'<div class="pagination">(.*?)</div>', body, re.S).group(1)
    assert 'href="/tin-tuc/?rs-blog-page=1">« Trước' in pager
    assert 'href="/tin-tuc/?rs-blog-page=3">Sau »' in pager
    assert 'href="/tin-tuc/?page=3">3<' in pager and 'href="/tin-tuc/">1<' in pager
    status, body, _ = fetch(server, "/tin-tuc/?page=9")
    assert status == 200 and "b-blog-item" not in body and "pagination" not in body
    _, body, _ = fetch(server, "/thong-bao/")
    assert post_paths_in(body) == [portal.post_path(s) for s in portal.NOTICES]
    assert 'href="/thong-bao/?' not in body


def test_listing_dates_are_the_gold_dates(server: PortalServer) -> None:
    """Each blog item prints dd.mm.yyyy with dots; it is the post's gold date (T7 included)."""
    checked = set()
    for target in ("/tin-tuc/", "/tin-tuc/?page=2", "/tin-tuc/?page=3", "/thong-bao/"):
        _, body, _ = fetch(server, target)
        for href, date in re.findall(
            r'<h2 class="b-blog-title"><a href="([^"]+)">.*?</a></h2>\s*'
            r'<span class="b-blog-date">(\d\d\.\d\d\.\d{4})</span>',
            body,
        ):
            d, m, y = date.split(".")
            assert GOLD[href]["published_at"] == f"{y}-{m}-{d}"
            checked.add(href)
    assert checked == set(GOLD)


def test_undated_post_and_dates_in_the_text(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.post_path(portal.T7))
    info = re.search(r'<div class="b-blog-post-info">(.*?)</div>', body).group(1)
    assert 'class="date"' not in info and "Tin tức" in info
    text = page_text(body[body.index('<div class="b-text b-text-p">') :])
    assert text.startswith("Ngày 05/10/2026, ")
    _, body, _ = fetch(server, portal.post_path(portal.N2))
    assert "từ 15/11 đến 20/11/2026" in page_text(body)


def test_og_url_is_on_the_old_webnode_host(server: PortalServer) -> None:
    for path in GOLD:
        _, body, _ = fetch(server, path)
        og = re.search(r'<meta property="og:url" content="([^"]+)">', body).group(1)
        assert og == "http://thnguyenvantroi-eakar.webnode.vn" + path
        assert urlsplit(og).netloc != urlsplit(server.base_url).netloc


def test_tag_pages_list_posts(server: PortalServer) -> None:
    for tag in portal.TAGS:
        path = portal.tag_path(tag)
        assert "%20" in path
        status, body, _ = fetch(server, path)
        assert status == 200
        listed = post_paths_in(body)
        assert listed and set(listed) <= set(GOLD)
        assert f"Thẻ: {tag}" in page_text(body)
    assert fetch(server, "/tags/khong-co/")[0] == 404


def test_album_and_photo_page(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/album-anh/")
    hrefs = _HREF.findall(main_of(body))
    fragments = [h for h in hrefs if h.startswith("/album-anh/#photo-")]
    assert len(fragments) == len(portal.PHOTOS)
    assert portal.PHOTO_PAGE in hrefs
    status, body, _ = fetch(server, portal.PHOTO_PAGE)
    assert status == 200 and "<h1" in body and 'class="b-blog-post"' not in body
    assert all(
        h.startswith("/album-anh/") for h in _HREF.findall(main_of(body))
    )  # only the album's fragments and the album


def test_contact_form(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/lien-he/")
    assert '<form class="b b-form" method="post" action="/contact-form/submit">' in body
    assert fetch(server, "/contact-form/submit")[0] == 405
    request = urllib.request.Request(
        server.url("/contact-form/submit"),
        data=b"wnd_form_id=200000231&name=A&email=a%40b.vn&message=xin+chao",
        method="POST",
    )
    try:
        NO_REDIRECTS.open(request, timeout=10)
        raise AssertionError("the form must redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 303 and err.headers["Location"] == "/lien-he/?form=sent"
    _, body, _ = fetch(server, "/lien-he/?form=sent")
    assert "Cảm ơn bạn! Tin nhắn đã được gửi." in body


def test_tracking_queries_serve_the_same_pages(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    assert f'href="/gioi-thieu/?{portal.GA_QUERY}"' in home
    assert f'href="/lien-he/?{portal.WND_QUERY_HTML}"' in home
    for plain, tracked in (
        ("/gioi-thieu/", f"/gioi-thieu/?{portal.GA_QUERY}"),
        ("/lien-he/", f"/lien-he/?{portal.WND_QUERY}"),
    ):
        assert main_of(fetch(server, plain)[1]) == main_of(fetch(server, tracked)[1])


def test_chrome_on_every_page(server: PortalServer) -> None:
    for path in ["/", *portal.NON_ARTICLES, *GOLD]:
        _, body, _ = fetch(server, path)
        text = page_text(body)
        assert TODAY in text
        assert "Tạo website miễn phí với Webnode" in text
        assert "Trang web này sử dụng cookie" in text and "Đồng ý" in text
        assert "Tổng lượt truy cập" in text and "Liên kết website" in text
        assert 'href="https://www.webnode.com/vi/?utm_source=text' in body


def test_active_menu_item(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/tin-tuc/?page=2")
    active = re.findall(
        r'<li class="menu-item menu-item-active"><a class="menu-link" href="([^"]+)"', body
    )
    assert active == [server.url("/tin-tuc/")]
    _, body, _ = fetch(server, portal.post_path(portal.T1))
    assert "menu-item-active" not in body


def test_post_without_slash_redirects_and_nfd_post(server: PortalServer) -> None:
    status, _, headers = fetch(server, portal.post_path(portal.T1).rstrip("/"))
    assert status == 301 and headers["Location"] == portal.post_path(portal.T1)
    _, body, _ = fetch(server, portal.post_path(portal.T4))
    nfd_title = unicodedata.normalize("NFD", html.escape(portal.T4.title, quote=False))
    assert nfd_title in body and portal.T4.title not in body
    assert fetch(server, "/l/khong-ton-tai/")[0] == 404


def test_attachment_is_served(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.post_path(portal.N1))
    href = re.search(r'File đính kèm: <a href="([^"]+)"', body).group(1)
    status, _data, headers = fetch(server, href)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
