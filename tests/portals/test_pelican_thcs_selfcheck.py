"""Self-checks of the pelican_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import pelican_thcs as portal
from tests.portals._selfcheck import fetch

GOLD_KEYS = {
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
#: the day only: the page prints no time (house convention, see the module's _house_conventions)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HREF = re.compile(r'(?:href|src)="([^"]*)"')
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(markup: str) -> str:
    """Page text as a reader sees it: tags out, entities resolved, NFC, spaces collapsed."""
    markup = re.sub(r"<sup id=\"fnref:\d+\">.*?</sup>", "", markup)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"</?(span|a|strong|em|code|i)\b[^>]*>", "", markup)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text.replace("\xa0", " "))).strip()


def entry_content(page: str) -> str:
    start = page.index('<div class="entry-content">')
    return page[start : page.index("<!-- /.entry-content -->", start)]


def links(page: str, base: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        url = urljoin(base, html.unescape(href))
        parts = urlsplit(url)
        if parts.scheme == "http" and parts.netloc == urlsplit(base).netloc:
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


# --- gold ---------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= GOLD_KEYS, g["path"]
        assert re.fullmatch(r"/\d{4}/\d{2}/[a-z0-9-]+\.html", g["path"])
        assert g["canonical_path"] == g["path"]
        assert ISO.match(g["published_at"]), g["path"]
        assert g["path"][1:8] == g["published_at"][:7].replace("-", "/")
        assert g["summary"] is None
        assert g["category"] in portal.CATEGORIES.values()
        for value in [g["title"], g["body"], *g["authors"], *g["photographers"], g["source"] or ""]:
            assert value == unicodedata.normalize("NFC", value), g["path"]
            assert value == value.strip() and "  " not in value
        for name in g["authors"] + g["photographers"]:
            assert not name.startswith(("Em ", "Thầy ", "Cô ", "ThS.")), name
            assert "lớp" not in name and name not in ("Ban biên tập", "BBT", "admin")
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/images/")
        assert "\n\n\n" not in g["body"] and "↩" not in g["body"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(g["authors"] == ["CLB Tin học"] for g in portal.GOLD) == 2


def test_gold_paths_answer_with_their_headline(server):
    for g in portal.GOLD:
        status, page, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert headers["Content-Type"].startswith("text/html")
        h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', page, re.S).group(1)
        assert plain(h1) == g["title"]
        assert f'<link rel="canonical" href="{g["path"]}">' in page
        assert f'<time datetime="{g["published_at"]}T' in page
        assert 'in <a href="/category/' in page and f">{g['category']}</a></span>" in page


def test_gold_text_is_printed_in_the_entry_content(server):
    for g in portal.GOLD:
        _status, page, _ = fetch(server, g["path"])
        content = plain(entry_content(page))
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in content, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            if name in ("CLB Tin học", "Lê Hoàng Nam"):
                continue
            assert name in content, name  # the pupil signs in the body


def test_images_and_captions(server):
    for g in portal.GOLD:
        _status, page, _ = fetch(server, g["path"])
        content = entry_content(page)
        srcs = re.findall(r'<img alt="([^"]*)" src="([^"]+)">', content)
        assert [s for _a, s in srcs] == [i["path"] for i in g["images"]]
        for (alt, src), img in zip(srcs, g["images"], strict=True):
            assert fetch(server, src)[0] == 200
            after = content[content.index(src) :]
            em_line = re.match(r'[^<]*"></p>\n<p><em>(.*?)</em></p>', after)
            if em_line and not em_line.group(1).startswith(("Bài", "Nguồn")):
                assert img["caption"] == plain(em_line.group(1))
                assert img["caption"] != html.unescape(alt)
            else:
                assert img["caption"] is None  # only an alt text, printed nowhere: no caption


def test_bylines_and_source_are_printed_but_not_body(server):
    cases = {
        "/2026/11/hoc-sinh-khoi-9-trai-nghiem-tai-bao-tang-dak-lak.html": "Bài và ảnh: Em Nguyễn Gia Huy, lớp 9A2",
        "/2026/10/ngay-hoi-doc-sach-lan-toa-van-hoa-doc.html": "Bài: Em Phạm Ngọc Bảo Trâm, lớp 8A3 – Ảnh: Thầy Lê Hoàng Nam",
        "/2026/09/tap-huan-ky-nang-phong-chong-duoi-nuoc.html": "Nguồn: Báo Đắk Lắk",
        "/2026/11/lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027.html": "File đính kèm:",
    }
    gold = {g["path"]: g for g in portal.GOLD}
    for path, line in cases.items():
        _status, page, _ = fetch(server, path)
        assert line in plain(entry_content(page))
        assert line not in gold[path]["body"]
    assert gold["/2026/09/tap-huan-ky-nang-phong-chong-duoi-nuoc.html"]["source"] == "Báo Đắk Lắk"
    assert fetch(server, "/files/2026/lich-kiem-tra-cuoi-hk1-2026-2027.pdf")[0] == 200


def test_meta_author_vs_body_byline():
    by_path = {p.path: p for p in portal.POSTS}
    for g in portal.GOLD:
        post = by_path[g["path"]]
        if post.author == "Ban biên tập":
            assert "Ban biên tập" not in g["authors"]
        elif post.author == "CLB Tin học":
            assert g["authors"] == ["CLB Tin học"]
    assert by_path["/2026/10/ngay-hoi-doc-sach-lan-toa-van-hoa-doc.html"].author == "Lê Hoàng Nam"


# --- reachability -------------------------------------------------------------------------------


def crawl(server) -> tuple[set[str], dict[str, int]]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH, "/feeds/all.atom.xml"])
    while queue:
        target = queue.popleft()
        if target in seen or re.search(r"\.(jpg|png|gif|ico|css|js|pdf)$", target):
            continue
        status, page, _ = fetch(server, target)
        seen[target] = status
        if status == 200:
            queue.extend(links(page, server.url(target)))
    return {t for t, s in seen.items() if s == 200}, seen


def test_breadth_first_walk_reaches_every_article(server):
    ok, seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert seen["/drafts/clb-tin-hoc-ra-mat-nhom-lap-trinh-python.html"] == 404
    assert seen["/drafts/doi-tuyen-tin-hoc-tre-dat-2-giai-nhi-cap-tinh.html"] == 404


def test_articles_are_reachable_from_the_index_pages_alone(server):
    found = set()
    for target in ("/", "/index2.html", "/index3.html"):
        status, page, _ = fetch(server, target)
        assert status == 200
        found |= set(links(page, server.url(target)))
    assert {g["path"] for g in portal.GOLD} <= found


# --- traps --------------------------------------------------------------------------------------


def test_glued_pagination_names(server):
    for target in (
        "/index.html",
        "/index2.html",
        "/index3.html",
        "/category/tin-tuc.html",
        "/category/tin-tuc2.html",
        "/author/le-hoang-nam.html",
        "/author/le-hoang-nam2.html",
    ):
        assert fetch(server, target)[0] == 200, target
    for target in (
        "/index4.html",
        "/category/tin-tuc3.html",
        "/category/tin-tuc/2",
        "/category/tin-tuc-2.html",
        "/page/2/",
        "/category/",
    ):
        assert fetch(server, target)[0] == 404, target
    _s, page, _ = fetch(server, "/category/tin-tuc.html")
    assert '<a href="/category/tin-tuc2.html">2</a>' in page
    assert '<li class="next"><a href="/category/tin-tuc2.html">&raquo;</a></li>' in page
    _s, page, _ = fetch(server, "/")
    assert '<a href="/index2.html">2</a>' in page and '<a href="/index3.html">3</a>' in page


def test_draft_links_in_the_featured_box_are_dead(server):
    _s, page, _ = fetch(server, "/pages/lien-he.html")
    box = page[page.index('id="featured"') : page.index("End Sidebar/Featured")]
    drafts = re.findall(r'href="(/drafts/[^"]+)"', box)
    assert len(drafts) == 2
    for draft in drafts:
        assert fetch(server, draft)[0] == 404
        slug = draft.rsplit("/", 1)[1]
        assert any(g["path"].endswith("/" + slug) for g in portal.GOLD)


def test_self_linked_headline(server):
    for g in portal.GOLD:
        _s, page, _ = fetch(server, g["path"])
        assert re.search(
            rf'<h1 class="entry-title">\s*<a href="{re.escape(g["path"])}"\s+rel="bookmark"\s+title="Permalink to ',
            page,
        )


def test_atom_feeds_carry_every_article(server):
    status, body, headers = fetch(server, "/feeds/all.atom.xml")
    assert status == 200 and "xml" in headers["Content-Type"]
    root = ET.fromstring(body.encode("utf-8"))
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [p.path for p in portal.BY_DATE]
    assert entries[0].find(f"{ATOM}id").text.startswith("tag:None,")
    total = 0
    for slug in portal.CATEGORIES:
        status, body, _ = fetch(server, f"/feeds/{slug}.atom.xml")
        assert status == 200
        total += len(ET.fromstring(body.encode("utf-8")).findall(f"{ATOM}entry"))
    assert total == len(portal.GOLD)
    _s, page, _ = fetch(server, "/")
    assert 'href="/feeds/all.atom.xml" type="application/atom+xml"' in page


def test_archives_is_one_long_listing(server):
    status, page, _ = fetch(server, "/archives.html")
    assert status == 200
    listed = re.findall(r'<a href="(/\d{4}/\d{2}/[^"]+)">', page[page.index('id="archives"') :])
    assert listed[: len(portal.GOLD)] == [p.path for p in portal.BY_DATE]
    assert "<time" not in page[page.index('<section id="content">') : page.index("</section>")]


def test_tag_author_and_index_lists(server):
    for target in ("/tags.html", "/categories.html", "/authors.html"):
        status, page, _ = fetch(server, target)
        assert status == 200 and "entry-content" not in page
    for tag, slug in portal.TAGS.items():
        status, page, _ = fetch(server, f"/tag/{slug}.html")
        assert status == 200
        assert sum(tag in p.tags for p in portal.POSTS) == page.count("<article>")


def test_listing_summaries_are_not_on_the_article_page(server):
    _s, page, _ = fetch(server, "/")
    summaries = re.findall(r'<div class="summary">(.*?)<a class="btn', page, re.S)
    assert len(summaries) == portal.PER_PAGE
    assert plain(summaries[0]).endswith(" …")
    assert '<img alt="python-ra-mat"' in summaries[2]  # the first photo rides along
    post = portal.POSTS[1]  # Summary: metadata
    assert plain(summaries[1]) == post.opts["summary"]
    _s, article, _ = fetch(server, post.path)
    assert post.opts["summary"] not in plain(entry_content(article))
    assert f'<meta name="description" content="{post.opts["summary"]}">' in article


def test_platform_quirks(server):
    # the static host ignores the query string
    assert fetch(server, "/index.html?ref=zalo")[1] == fetch(server, "/index.html")[1]
    assert fetch(server, "/")[1] == fetch(server, "/index.html")[1]
    # a pupil's text pasted decomposed
    _s, page, _ = fetch(server, "/2026/11/hoc-sinh-khoi-9-trai-nghiem-tai-bao-tang-dak-lak.html")
    body = entry_content(page)
    assert unicodedata.normalize("NFD", "tham quan, học tập trải nghiệm") in body
    # a typed &nbsp;, footnotes with back links, Pygments code
    _s, page, _ = fetch(server, "/2026/09/khai-giang-nam-hoc-2026-2027.html")
    assert "1.000.000&nbsp;đồng" in page
    _s, page, _ = fetch(server, "/2026/10/doi-tuyen-tin-hoc-tre-dat-2-giai-nhi-cap-tinh.html")
    assert (
        '<a class="footnote-ref" href="#fn:1">1</a>' in page and 'class="footnote-backref"' in page
    )
    _s, page, _ = fetch(server, "/2026/11/clb-tin-hoc-ra-mat-nhom-lap-trinh-python.html")
    assert page.count('<div class="highlight"><pre>') == 2
    # the modified date is printed beside the published one
    _s, page, _ = fetch(server, "/2026/11/hoi-thao-day-hoc-khtn-theo-chu-de-lien-mon.html")
    assert 'Cập nhật <time datetime="2026-11-07T08:05:00+07:00">' in page


def test_boilerplate_on_every_page(server):
    for target in ["/", *portal.NON_ARTICLES, portal.GOLD[0]["path"]]:
        _s, page, _ = fetch(server, target)
        for marker in (
            "Bài viết gần đây",
            "Liên kết",
            "Bài viết nổi bật",
            "Powered by",
            "Lượt truy cập:",
            "c.statcounter.com",
            "0262 3874 215",
        ):
            assert marker in page, (target, marker)
        assert "25/11/2026" not in page  # a static site prints no clock
    _s, page, _ = fetch(server, portal.GOLD[0]["path"])
    for marker in (
        "Tags: <a",
        "Chia sẻ:",
        "Bài viết liên quan",
        "powered by Disqus",
        'class="pager"',
    ):
        assert marker in page


def test_static_pages_are_not_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200
        assert "<time" not in page[page.index('<section id="content"') : page.index("</section>")]
    _s, page, _ = fetch(server, "/pages/doi-ngu-giao-vien.html")
    assert page.count("<tr>") == len(portal.STAFF) + 1
