"""Self-check of the Nicepage school fixture: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article no link reaches would waste that crawl. Nothing
here imports the crawler beyond the demo server. It also pins down what makes this export what
it is: English post dates, h2 post titles, captions typed as the next italic paragraph, the
``?page=`` duplicates static hosting serves, ``/`` = ``/index.html``, the stale export of a
renamed post, and the one page without a charset anywhere.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nicepage_school as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_SRC = re.compile(r'<img\s[^>]*?src="([^"]+)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")
_POSTS = {portal.post_path(s): s for s in portal.POSTS}
_DESIGNED = {portal.designed_path(s): s for s in portal.DESIGNED}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers.items())


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    text = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", inline)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(unicodedata.normalize("NFC", html.unescape(text)).replace("\xa0", " ").split())


def _region(path: str, page: str) -> str:
    """The article's own part of the page: the post template's block, or a designed page's
    sections between the header and the call-to-action."""
    if path in _POSTS:
        return page.split("<!--post_details-->", 1)[1].split("<!--/post_details-->", 1)[0]
    body = page.split("</header>", 1)[1]
    return body.split('<section class="u-align-center u-clearfix u-palette-2-light-3', 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def test_contract_shape() -> None:
    assert portal.NAME == "nicepage_school" and portal.PLATFORM == "nicepage"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES) and not set(alts) & set(portal.NON_ARTICLES)
    assert alts == ["/blog/thong-bao-tuyen-sinh-2026.html"]
    assert len(_POSTS) == 11 and len(_DESIGNED) == 2
    assert {g["category"] for g in portal.GOLD} == {None}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:28])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"]), "no time is printed anywhere on this site"
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
        assert not name.startswith(("Cô ", "Thầy ")) and "–" not in name
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/images/")
        if img["caption"]:
            assert img["caption"] not in paragraphs
            assert not img["caption"].startswith(("(", "Ảnh:")) and unicodedata.is_normalized("NFC", img["caption"])


def test_every_target_answers_200_as_html_without_charset(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    targets += portal.NON_ARTICLES
    for target in targets:
        status, _, headers = _raw(server, target)
        assert status == 200, target
        assert headers["Content-Type"] == "text/html", target  # the host never names a charset


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:28])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    path = gold["path"]
    status, body, _ = fetch(server, path)
    assert status == 200
    region = _region(path, body)
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in text
    srcs = [urlsplit(urljoin("http://x" + path, s)).path for s in _SRC.findall(region)]
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    title = html.escape(gold["title"], quote=False)
    stamp = gold["published_at"]
    if path in _POSTS:
        story = _POSTS[path]
        # the post template: title in an h2, no h1 anywhere, the date in the builder's English
        assert re.search(rf"<h2 class=\"u-blog-control[^\"]*\"[^>]*>{re.escape(title)}</h2>", region)
        assert "<h1" not in body
        printed = portal.en_date(story.opts["day"])
        assert f'<span class="u-meta-date u-meta-icon">{printed}</span>' in region
        assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, 2026", printed)
        assert stamp == story.opts["day"].isoformat()
        assert "Bài viết khác" in body and body.count('<h2 class="u-blog-control') == 4
        # a caption is the centred italic paragraph right after its image
        for img in story.images:
            if img.style == "em":
                line = html.escape(img.printed, quote=False)
                assert re.search(rf'<img src="{re.escape(img.src)}"[^>]*></p><p style="text-align: center;"><em>{re.escape(line)}</em></p>', region)
    else:
        story = _DESIGNED[path]
        tag = "h1" if story is portal.KHAI_GIANG else "h2"
        assert re.search(rf"<{tag} class=\"[^\"]*\"[^>]*>{re.escape(title)}</{tag}>", region)
        d, m, y = re.search(r"(\d{2})/(\d{1,2})/(\d{4})", story.opts["printed_date"]).groups()
        assert stamp == f"{y}-{int(m):02d}-{d}" and story.opts["printed_date"] in text
    assert portal.TODAY in body and portal.ADDRESS in body and portal.HOTLINE in body
    assert "Lượt truy cập" in body and "Website Builder Software" in body and "Cookies Consent" in body
    assert "u-dialog-link" in body and 'id="sec-dk26"' in body and "u-cookies-consent" in body


def test_designed_pages_hard_cases(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/le-khai-giang-2026.html")
    region = _region("/le-khai-giang-2026.html", body)
    # the hero's intro is printed apart from the report; the report's paragraphs share one u-text
    gold = next(g for g in portal.GOLD if g["path"] == "/le-khai-giang-2026.html")
    hero = region.split("</section>", 1)[0]
    assert html.escape(gold["summary"], quote=False) in hero
    assert region.count("<br><br>") == 2
    assert "Đăng ký tham quan trường" in body and "Đăng ký tham quan trường" not in region
    _, body, _ = fetch(server, "/dem-hoi-trang-ram-2026.html")
    # captions sit in the next u-layout-row, not in the photo's cell
    rows = re.findall(r'<div class="u-layout-row">(.*?)\n            </div>', body, re.S)
    assert "<img" in rows[0] and "<img" not in rows[1] and "Múa lân mở màn đêm hội" in rows[1]


def test_blog_pagination_and_english_dates(server: PortalServer) -> None:
    pages = portal.blog_pages()
    assert [len(p) for p in pages] == [4, 4, 3]
    for n, items in enumerate(pages, start=1):
        target = portal.blog_page_path(n)
        _, body, _ = fetch(server, target)
        cards = re.findall(r'<h2 class="u-blog-control u-text u-text-\d+"><a class="u-post-header-link" href="([^"]+)">', body)
        assert [urlsplit(urljoin(server.url(target), c)).path for c in cards] == [portal.post_path(s) for s in items]
        for s in items:
            assert f'<span class="u-meta-date u-meta-icon">{portal.en_date(s.opts["day"])}</span>' in body
        pager = re.search(r'<ul class="u-pagination[^"]*">(.*?)</ul>', body).group(1)
        assert ("Sau »" in pager) == (n < len(pages)) and ("« Trước" in pager) == (n > 1)
    assert fetch(server, "/blog/blog-4.html")[0] == 404


def test_query_strings_and_index_are_duplicates(server: PortalServer) -> None:
    first = fetch(server, "/blog/blog.html")[1]
    _, home, _ = fetch(server, "/")
    for n in (1, 2, 3):
        assert f'href="blog/blog.html?page={n}"' in home
        assert fetch(server, f"/blog/blog.html?page={n}")[1] == first
    assert fetch(server, "/blog/blog-2.html")[1] != first
    assert fetch(server, "/index.html")[1] == home
    post = portal.GOLD[1]["path"]
    assert fetch(server, post + "?fbclid=IwAR0abc")[1] == fetch(server, post)[1]
    assert 'href="index.html"' in home and 'href="./"' in home


def test_absolute_links_point_at_the_same_host(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    for story in portal.DESIGNED:
        assert f'href="{server.base_url}{portal.designed_path(story)}"' in home
    assert f'href="{server.base_url}/lien-he.html"' in home


def test_stale_export_is_the_same_article(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g.get("alt_paths"))
    _, new, _ = fetch(server, gold["path"])
    _, old, _ = fetch(server, gold["alt_paths"][0])
    assert _region(gold["path"], new) == _region(gold["path"], old)
    assert new != old  # only its frozen "Bài viết khác" differs
    assert 'href="blog/thong-bao-tuyen-sinh-2026.html"' in fetch(server, "/")[1]
    assert 'href="thong-bao-tuyen-sinh-2026.html"' not in "".join(
        fetch(server, portal.blog_page_path(n))[1] for n in (1, 2, 3)
    )


def test_charset_is_declared_nowhere_on_the_old_post(server: PortalServer) -> None:
    old = [s for s in portal.POSTS if s.opts.get("old")]
    assert len(old) == 1
    status, raw, headers = _raw(server, portal.post_path(old[0]))
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b"charset" not in raw.lower() and b"Nicepage 4.8.2" in raw
    text = raw.decode("utf-8")  # the bytes are UTF-8 all the same
    assert old[0].title in text
    for path in [g["path"] for g in portal.GOLD if g["path"] != portal.post_path(old[0])]:
        assert b'<meta charset="utf-8">' in _raw(server, path)[1]


def test_walk_from_start_reaches_everything(server: PortalServer) -> None:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not _NOT_PAGES.search(urlsplit(link).path) and link not in seen:
                queue.append(link)
    gold_paths = {g["path"] for g in portal.GOLD}
    alts = {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert gold_paths <= seen
    assert alts <= seen
    assert set(portal.NON_ARTICLES) <= seen
    assert {f"/thuc-don-tuan-{n}.html" for n in range(1, 13)} <= seen


def test_menu_weeks_and_static_pages(server: PortalServer) -> None:
    _, current, _ = fetch(server, "/thuc-don.html")
    _, week12, _ = fetch(server, "/thuc-don-tuan-12.html")
    table = re.compile(r"<tbody.*?</tbody>", re.S)
    assert table.search(current).group() == table.search(week12).group()
    assert "Thực đơn tuần 12 (23/11 – 27/11/2026)" in current
    assert fetch(server, "/thuc-don-tuan-13.html")[0] == 404
    assert 'href="files/bang-hoc-phi-2026-2027.pdf"' in fetch(server, "/hoc-phi.html")[1]
    status, _, headers = _raw(server, "/files/bang-hoc-phi-2026-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert "u-gallery-item" in fetch(server, "/thu-vien-anh.html")[1]
    assert 'action="https://forms.nicepagesrv.com/v2/form/process"' in fetch(server, "/lien-he.html")[1]


def test_missing_files_and_directories(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/blog/khong-co-bai-nay.html")
    assert status == 404 and "Not Found" in body
    assert fetch(server, "/robots.txt")[0] == 404 and fetch(server, "/sitemap.xml")[0] == 404
    assert fetch(server, "/blog/")[0] == 403
    status, _, headers = fetch(server, "/blog")
    assert status == 301 and headers["Location"] == "/blog/"


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[2]["path"], "/le-khai-giang-2026.html"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
