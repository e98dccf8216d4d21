"""Self-checks of the jimdo_school fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import socket
import unicodedata
from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer, Request
from tests.portals import jimdo_school as portal
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def norm(target: str) -> str:
    """One spelling of a path+query: decoded, NFC, then percent-encoded as Jimdo prints it."""
    parts = urlsplit(target)
    path = quote(unicodedata.normalize("NFC", unquote(parts.path)), safe="/")
    return path + (f"?{parts.query}" if parts.query else "")


def visible(page: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities read, NFC, spaces collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</td>\s*<td>", " | ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    page = html.unescape(page).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page)).strip()


def h1(page: str) -> str:
    m = re.search(r'<h1 class="j-blog-headline[^"]*">(.*?)</h1>', page, re.S)
    return visible(m.group(1)) if m else ""


def raw_get(server: PortalServer, target: bytes) -> tuple[int, str]:
    """A request line with raw UTF-8 bytes, as some clients send an IRI."""
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(
            b"GET " + target + b" HTTP/1.1\r\nHost: " + server.host.encode() + b"\r\n"
            b"Connection: close\r\n\r\n"
        )
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body.decode("utf-8", "replace")


def links(page: str, base: str) -> list[str]:
    """Same-host page links of a page, in one spelling; /app/ is left out (robots.txt)."""
    out = []
    for href in HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base.rstrip("/"):
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith("/app/"):
            continue
        out.append(norm(target))
    return out


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].isascii() and g["path"] == g["canonical_path"]
        assert g["published_at"] is None or DATE.match(g["published_at"])
        assert g["category"] == "Tin tức"
        for key in ("title", "summary", "body", "source"):
            value = g[key]
            if value is not None:
                assert value == unicodedata.normalize("NFC", value), (g["path"], key)
                assert value == value.strip() and "  " not in value
        for name in g["authors"] + g["photographers"]:
            assert name == unicodedata.normalize("NFC", name)
            assert not name.startswith(("Cô ", "Thầy ", "ThS.")), name
            assert name not in ("admin", "BBT")
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for image in g["images"]:
            assert set(image) == {"url", "caption"}
            assert image["url"].startswith("https://image.jimcdn.com/")
            if image["caption"]:
                assert image["caption"] == unicodedata.normalize("NFC", image["caption"])


def test_gold_is_varied():
    gold = portal.GOLD
    assert any(len(g["body"]) < 250 for g in gold), "a short notice"
    assert any(len(g["body"]) > 1500 for g in gold), "a long report"
    assert any(" | " in g["body"] for g in gold), "a table"
    assert sum(bool(g["summary"]) for g in gold) >= 3
    assert any(g["source"] for g in gold)
    assert any(not g["authors"] for g in gold)
    assert any(g["photographers"] and g["photographers"] != g["authors"] for g in gold)
    assert any(im["caption"] is None for g in gold for im in g["images"])
    assert len({g["published_at"] for g in gold}) == len(gold)


def test_bylines_and_widgets_are_not_body():
    for g in portal.GOLD:
        for marker in (
            "Tin và ảnh",
            "Người viết",
            "Nguồn:",
            "Tin:",
            "Tin, ảnh",
            "BBT",
            "Viết bình luận",
            "Bài trước",
            "cookie",
            "Tải xuống",
            ".pdf",
        ):
            assert marker not in g["body"], (g["path"], marker)


# --- every gold page answers, in every spelling --------------------------------------------------


def test_gold_pages_answer_and_print_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            assert h1(page) == g["title"], target
            assert f'datetime="{g["published_at"]}"' in page


def test_raw_utf8_and_lowercase_spellings_are_answered(server):
    """The site answers the raw UTF-8 spelling too. Over the wire only where the demo server can
    split the request line: http.server reads it as latin-1, and a byte 0x85 (in "ễ", "ử") is
    then a Unicode space, so those paths are checked through ``respond`` with the same reading."""
    site = portal.build_site()
    for post in portal.POSTS:
        as_read = post.raw_path.encode("utf-8").decode("latin-1")
        answer = site.respond(Request("GET", as_read, "", {}))
        assert answer is not None and h1(answer.body) == unicodedata.normalize("NFC", post.title)
        answer = site.respond(Request("GET", post.raw_path, "", {}))
        assert answer is not None and h1(answer.body) == unicodedata.normalize("NFC", post.title)
        status, page, _ = fetch(server, post.path.lower())
        assert status == 200 and h1(page) == unicodedata.normalize("NFC", post.title)
    status, page = raw_get(server, "/tin-tức/?tag=thông%20báo".encode())
    assert status == 200 and page.count('class="j-blogarticle"') == 3
    for path in portal.NON_ARTICLES:
        status, _ = raw_get(server, unquote(path).encode("utf-8"))
        assert status == 200, path


def test_missing_trailing_slash_redirects(server):
    post = portal.POSTS[2]
    status, _, headers = fetch(server, post.path.rstrip("/"))
    assert status == 301 and headers["Location"] == post.path


def test_body_text_and_captions_are_printed(server):
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        shown = visible(page)
        for paragraph in g["body"].split("\n\n"):
            assert paragraph in shown, (g["path"], paragraph[:60])
        raw = unicodedata.normalize("NFC", html.unescape(page))
        for image in g["images"]:
            assert image["url"] in raw
            if image["caption"]:
                assert image["caption"] in raw


def test_text_forms_vary():
    """Post 4 is printed decomposed (NFD), post 9 with character references."""
    post4 = next(p for p in portal.POSTS if p.n == 4)
    post9 = next(p for p in portal.POSTS if p.n == 9)
    site = portal.build_site()
    page4 = site.respond(Request("GET", post4.path, "", {})).body
    page9 = site.respond(Request("GET", post9.path, "", {})).body
    assert unicodedata.normalize("NFD", "Chiều ngày 09/11/2026") in page4
    assert "&#7879;" in page9 and "&agrave;" in page9


# --- reachability ------------------------------------------------------------------------------


def walk(server: PortalServer) -> dict[str, str]:
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200 and "Disallow: /app/" in robots
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, page, _ = fetch(server, target)
        seen[target] = page if status == 200 else ""
        if status != 200:
            continue
        for link in links(page, server.base_url):
            if link not in seen and not re.search(r"\.(jpg|png|gif|css|js|ico)$", link):
                queue.append(link)
    return seen


def test_walk_from_start_reaches_every_gold_article_and_non_article(server):
    seen = walk(server)
    for g in portal.GOLD:
        assert norm(g["path"]) in seen, g["title"]
    for path in portal.NON_ARTICLES:
        assert norm(path) in seen, path
    assert len(seen) < 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))


def test_both_encodings_are_printed(server):
    _, home, _ = fetch(server, "/")
    assert 'href="/tin-tức/"' in home  # the navigation: raw UTF-8
    assert 'href="/tin-t%E1%BB%A9c/?archive=2026-11"' in home  # the sidebar: percent-encoded
    post = portal.POSTS[2]
    assert f'href="{post.path}"' in home and "%E1%BB%99" in post.path
    _, listing, _ = fetch(server, "/tin-t%E1%BB%A9c/")
    assert f'href="{post.raw_path}"' in listing  # "Đọc thêm": raw UTF-8


# --- traps ---------------------------------------------------------------------------------------


def test_canonical_is_absolute_on_the_school_domain(server):
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', page).group(1)
        assert canon == "https://thphoabinh.edu.vn" + g["canonical_path"]
        assert server.base_url not in canon
        assert f'<meta property="og:url" content="{canon}"' in page


def test_blog_pagination_splits_posts_five_per_page(server):
    pages = {}
    for n in (1, 2, 3):
        _, page, _ = fetch(server, f"/tin-t%E1%BB%A9c/?page={n}")
        pages[n] = page
        got = [p.n for p in portal.POSTS if f'href="{p.path}"' in page.split("jtpl-sidebar")[0]]
        assert got == list(range(5 * n - 4, min(5 * n, 12) + 1))
    assert "?page=2" in pages[1] and "« Bài cũ hơn" in pages[1]
    assert "Bài mới hơn »" in pages[2] and 'href="/tin-tức/?page=1"' in pages[2]
    assert "« Bài cũ hơn" not in pages[3]
    _, bare, _ = fetch(server, "/tin-t%E1%BB%A9c/")
    assert visible(bare) == visible(pages[1])
    _, home, _ = fetch(server, "/")
    for post in portal.POSTS[10:]:
        assert post.path not in home and post.raw_path not in home
        assert post.path not in bare and post.raw_path not in bare


def test_archive_and_tag_views_are_listings(server):
    for month in ("2026-11", "2026-10", "2026-09"):
        _, page, _ = fetch(server, f"/tin-t%E1%BB%A9c/?archive={month}")
        content = page.split("jtpl-sidebar")[0]
        for post in portal.POSTS:
            assert (f'href="{post.path}"' in content) == (post.month == month)
        assert 'class="j-blog-headline j-blog-post--headline"' not in page
    spaced = fetch(server, "/tin-t%E1%BB%A9c/?tag=th%C3%B4ng%20b%C3%A1o")[1]
    plus = fetch(server, "/tin-t%E1%BB%A9c/?tag=th%C3%B4ng+b%C3%A1o")[1]
    assert visible(spaced) == visible(plus)
    assert spaced.count('class="j-blogarticle"') == 3
    first = fetch(server, "/tin-t%E1%BB%A9c/?tag=ho%E1%BA%A1t%20%C4%91%E1%BB%99ng")[1]
    second = fetch(server, "/tin-t%E1%BB%A9c/?tag=ho%E1%BA%A1t%20%C4%91%E1%BB%99ng&page=2")[1]
    assert first.count('class="j-blogarticle"') == 5 and second.count('class="j-blogarticle"') == 1


def test_about_is_a_sitemap_of_every_page_and_post(server):
    status, page, _ = fetch(server, "/about/")
    assert status == 200 and "Sơ đồ trang web" in page
    for post in portal.POSTS:
        assert f'href="{post.raw_path}"' in page
    assert 'class="j-blog-headline' not in page


def test_cookie_banner_and_clock_on_every_page(server):
    for target in ["/", "/tin-t%E1%BB%A9c/", portal.GOLD[0]["path"], *portal.NON_ARTICLES]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        banner = page.index('class="cc-individual-cookie-settings"')
        assert banner > page.index("</footer>")
        assert "Trang này sử dụng cookie" in page[banner:]
        assert portal.TODAY in page
        assert "javascript:window.print();" in page
        assert "https://account.e.jimdo.com/" in page


def test_posts_carry_hr_gallery_and_comment_modules(server):
    kinds = {"j-hr": 0, "j-gallery": 0, "j-textWithImage": 0, "j-header": 0}
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        article = page.split("j-blog-content")[1].split("j-comment")[0]
        for kind in kinds:
            kinds[kind] += f"j-module n {kind} " in article
        assert "Viết bình luận" in page and "j-sharebuttons" in page
        assert "« Bài trước" in page and "Bài sau »" in page
    assert all(kinds.values()), kinds
    post1 = portal.GOLD[0]
    thumbs = [im for im in post1["images"] if "dimension=150x150" in im["url"]]
    assert len(thumbs) == 4 and thumbs[2]["caption"] is None  # a file name is no caption
    _, page, _ = fetch(server, post1["path"])
    assert "Chưa có bình luận nào." not in page and "Thứ Sáu, 20 Tháng Mười Một 2026 19:42" in page
    _, page, _ = fetch(server, portal.GOLD[2]["path"])
    assert "Chưa có bình luận nào." in page


def test_app_links_are_forbidden_but_downloads_are_files(server):
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    edit = re.search(r'href="(/app/auth/[^"]+)"', page).group(1)
    assert fetch(server, html.unescape(edit))[0] == 403
    assert fetch(server, "/app/module/comment/add/1/")[0] == 403
    post7 = next(p for p in portal.POSTS if p.n == 7)
    _, page, _ = fetch(server, post7.path)
    download = re.search(r'href="(/app/download/[^"]+)"', page).group(1)
    status, _, headers = fetch(server, html.unescape(download))
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_jimdo_legal_pages_are_long_prose_not_posts(server):
    for target in ("/j/privacy", "/j/cookies"):
        status, page, _ = fetch(server, target)
        assert status == 200
        assert 'class="j-blog-headline' not in page and "<time" not in page
    _, privacy, _ = fetch(server, "/j/privacy")
    content = privacy.split("content_start")[1].split("jtpl-sidebar")[0]
    assert len(visible(content)) > 1500


def test_non_articles_have_no_post_markup(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "j-blog-post--headline" not in page and "<time" not in page.split("jtpl-sidebar")[0]
    _, gallery, _ = fetch(server, portal.NON_ARTICLES[3])
    assert gallery.count('class="j-module n j-gallery "') == 3
    _, timetable, _ = fetch(server, portal.NON_ARTICLES[2])
    assert "<table" in timetable


def test_comment_dates_are_not_the_post_date(server):
    for post in portal.POSTS:
        for _name, when, _text in post.comments:
            assert when[:10] != post.day or when[11:] > "12:00"
            _, page, _ = fetch(server, post.path)
            assert portal.date_words(when[:10], when[11:]) in page


def test_unknown_paths_are_404(server):
    assert fetch(server, "/2026/11/14/kh%C3%B4ng-c%C3%B3/")[0] == 404
    assert fetch(server, "/kh%C3%B4ng-c%C3%B3-trang/")[0] == 404
