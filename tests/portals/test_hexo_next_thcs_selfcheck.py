"""Self-checks of the hexo_next_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hexo_next_thcs as portal
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "alt_paths",
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
STATIC = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".svg", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def flat(value: str) -> str:
    return nfc(re.sub(r"\s+", " ", _html.unescape(value).replace("\xa0", " ")).strip())


class _Collect(HTMLParser):
    """Text of the first element whose class list holds ``cls`` (nested elements counted)."""

    VOID = frozenset({"img", "br", "hr", "meta", "link", "input", "source"})
    BLOCK = frozenset(
        {"p", "li", "h1", "h2", "h3", "h4", "div", "blockquote", "table", "ul", "ol", "span"}
    )

    def __init__(self, cls: str):
        super().__init__(convert_charrefs=True)
        self.cls = cls
        self.depth = 0
        self.done = False
        self.parts: list[str] = []
        self.cells = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        if self.depth:
            self.depth += 1
            if tag == "tr":
                self.cells = 0
            elif tag in ("td", "th"):
                self.parts.append(" | " if self.cells else " ")
                self.cells += 1
            elif tag in self.BLOCK:
                self.parts.append(" ")
        elif not self.done and self.cls in (dict(attrs).get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        if tag in self.VOID or not self.depth:
            return
        self.depth -= 1
        if tag in self.BLOCK or tag == "tr":
            self.parts.append(" ")
        if not self.depth:
            self.done = True

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)

    def handle_startendtag(self, tag, attrs):
        pass


def element_text(page: str, cls: str) -> str:
    parser = _Collect(cls)
    parser.feed(page)
    return flat("".join(parser.parts))


def links(page: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', page) + re.findall(r"<loc>([^<]+)</loc>", page):
        url = urljoin(base, _html.unescape(href))
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc == urlsplit(base).netloc:
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def gold_by_path() -> dict[str, dict]:
    return {g["path"]: g for g in portal.GOLD}


def post_for(gold: dict) -> portal.Post:
    return next(p for p in portal.POSTS if p.path == gold["path"])


# --- gold well formed ---------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert len({g["path"] for g in portal.GOLD}) == len(portal.GOLD)
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert set(g) == KEYS, g["path"]
        assert g["path"].startswith("/") and g["canonical_path"] == g["path"]
        assert ISO.match(g["published_at"]), g["published_at"]
        assert g["authors"] and all(isinstance(a, str) and a for a in g["authors"])
        for name in g["authors"] + g["photographers"]:
            assert (
                not name.startswith(("ThS.", "Cô ", "Thầy "))
                and "(" not in name
                and "–" not in name
            )
        strings = [g["title"], g["body"], *g["authors"], *g["photographers"]]
        strings += [x for x in (g["summary"], g["source"], g["category"]) if x]
        strings += [im["caption"] for im in g["images"] if im["caption"]]
        for s in strings:
            assert s == nfc(s), (g["path"], s[:40])
            assert s == s.strip()
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for im in g["images"]:
            assert set(im) in ({"path", "caption"}, {"url", "caption"})
        assert "  " not in g["body"]


def test_gold_counts_and_variety():
    gold = portal.GOLD
    assert len(gold) == 13
    assert sum(1 for g in gold if g["summary"]) == 4
    assert sum(1 for g in gold if g["authors"] != [portal.OWNER]) >= 5
    assert sum(1 for g in gold if g["photographers"]) == 3
    assert any(g["source"] for g in gold)
    assert any(" | " in g["body"] for g in gold)
    assert any(not g["images"] for g in gold)
    assert any(im["caption"] is None for g in gold for im in g["images"])
    assert any("url" in im for g in gold for im in g["images"])
    lengths = sorted(len(g["body"]) for g in gold)
    assert lengths[0] < 300 and lengths[-1] > 1000


def test_gold_matches_post_data():
    """Hand-written images and dates agree with the blocks and front matter they are read from."""
    for g in portal.GOLD:
        post = post_for(g)
        imgs = [b for b in post.blocks if isinstance(b, portal.Img)]
        assert [im.get("path") or im.get("url") for im in g["images"]] == [i.src for i in imgs]
        assert g["published_at"] == post.date.replace(" ", "T") + "+07:00"


# --- every gold page answers and prints its title ------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold["alt_paths"]]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert element_text(page, "post-title") == gold["title"], target
        canon = re.search(r'<link rel="canonical" href="([^"]+)">', page).group(1)
        assert unquote(urlsplit(canon).path) == gold["canonical_path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_post_page_prints_the_gold(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    post = post_for(gold)
    # the "Đăng vào" time
    m = re.search(
        r'Đăng vào</span>\s*<time title="[^"]+" itemprop="dateCreated datePublished" '
        r'datetime="([^"]+)">',
        page,
    )
    assert m and m.group(1) == gold["published_at"]
    # the "Trong mục" category: the last link
    meta = page[page.index("Trong mục") :]
    meta = meta[: meta.index("</span>\n</div>") if "</span>\n</div>" in meta else 3000]
    names = re.findall(r'<span itemprop="name">([^<]+)</span>', meta)
    assert flat(names[-1]) == gold["category"]
    # every gold paragraph is in div.post-body, in order
    body = element_text(page, "post-body")
    pos = 0
    for para in gold["body"].split("\n\n"):
        found = body.find(para, pos)
        assert found >= 0, (gold["path"], para[:60])
        pos = found + len(para)
    # images: data-src only (lazyload), in order; captions printed
    region = page.split('class="post-body"')[1].split('class="post-footer"')[0]
    srcs = re.findall(r'<img data-src="([^"]+)"', region)
    assert srcs == [im.get("path") or im.get("url") for im in gold["images"]]
    assert "<img src=" not in region
    for im in gold["images"]:
        if im["caption"]:
            assert im["caption"] in body
    # the copyright box
    copyright_author = element_text(page, "post-copyright-author").split(":", 1)[1].strip()
    assert copyright_author == (post.fm_author or portal.OWNER)
    if gold["authors"] != [copyright_author]:
        assert all(a in body for a in gold["authors"])  # the signature names them
    for name in gold["photographers"]:
        assert name in body
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in body
    # boilerplate present
    assert portal.TODAY in page
    assert "Tin mới" in page and "Liên kết website" in page and "Địa chỉ:" in page


def test_bylines_and_captions_not_in_gold_body():
    for g in portal.GOLD:
        for label in ("Bài:", "Ảnh:", "Tin:", "Tin và ảnh:", "Bài, ảnh:", "Bài viết:", "Nguồn:"):
            assert label not in g["body"], (g["path"], label)
        for im in g["images"]:
            if im["caption"]:
                assert im["caption"] not in g["body"]


# --- reachability -------------------------------------------------------------------------------


def test_bfs_from_start_reaches_every_gold(server):
    start = portal.START_PATH
    wanted = {g["path"] for g in portal.GOLD}
    seen = {start, "/sitemap.xml"}
    queue = deque([start, "/sitemap.xml"])
    fetched = 0
    while queue and wanted - seen:
        target = queue.popleft()
        status, page, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in links(page, server.url(target)):
            if link.lower().endswith(STATIC) or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    assert wanted <= {unquote(s) for s in seen}
    assert fetched < 80


def test_home_pages_paginate_by_five_and_stop(server):
    paths = []
    for n in (1, 2, 3):
        status, page, _ = fetch(server, "/" if n == 1 else f"/page/{n}/")
        assert status == 200
        found = re.findall(r'<a href="([^"]+)" class="post-title-link"', page)
        assert len(found) == (5 if n < 3 else 3)
        paths += found
        assert page.count("Đọc tiếp &raquo;") == len(found) - (1 if n == 1 else 0)
    assert sorted(paths) == sorted(g["path"] for g in portal.GOLD)
    assert fetch(server, "/page/4/")[0] == 404
    assert fetch(server, "/page/1/")[0] == 404


def test_home_links_carry_more_fragment_and_sticky_first(server):
    _, page, _ = fetch(server, "/")
    assert '/2026/11/20/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/#more"' in page
    first = re.search(r'<a href="([^"]+)" class="post-title-link"', page).group(1)
    sticky = next(p for p in portal.POSTS if p.sticky)
    assert first == sticky.path and "Đã ghim" in page


def test_home_prints_the_short_notice_whole(server):
    _, page, _ = fetch(server, "/")
    notice = gold_by_path()["/2026/11/16/thong-bao-nghi-hoc-ngay-17-11/"]
    text = flat(page)
    for para in notice["body"].split("\n\n"):
        assert para in text
    assert "/2026/11/16/thong-bao-nghi-hoc-ngay-17-11/#more" not in page


def test_archives_paginate_by_ten(server):
    _, page, _ = fetch(server, "/archives/")
    assert page.count('class="post-title-link"') == 10
    _, page2, _ = fetch(server, "/archives/page/2/")
    assert page2.count('class="post-title-link"') == 3
    assert fetch(server, "/archives/page/3/")[0] == 404
    _, y2, _ = fetch(server, "/archives/2026/page/2/")
    assert y2.count('class="post-title-link"') == 1
    for target in (
        "/archives/2026/11/",
        "/archives/2026/10/",
        "/archives/2025/",
        "/archives/2019/05/",
    ):
        assert fetch(server, target)[0] == 200
    assert fetch(server, "/archives/2026/11/page/2/")[0] == 404


def test_categories_and_tags(server):
    _, page, _ = fetch(server, "/categories/Tin-tuc/")
    assert page.count('class="post-title-link"') == 5
    _, page2, _ = fetch(server, "/categories/Tin-tuc/page/2/")
    assert page2.count('class="post-title-link"') == 2
    sub = "/categories/Hoat-dong-chuyen-mon/To-Toan-%E2%80%93-Tin/"
    status, sub_page, _ = fetch(server, sub)
    assert status == 200 and sub_page.count('class="post-title-link"') == 1
    _, gold4, _ = fetch(server, "/2026/11/12/hoi-giang-tin-hoc-8-cau-truc-lap-scratch/")
    assert f'href="{sub}"' in gold4
    single = 0
    for tag in portal._all_tags():
        status, tag_page, _ = fetch(server, portal.tag_path(tag))
        assert status == 200
        single += tag_page.count('class="post-title-link"') == 1
    assert single >= 8
    # listings print titles and dates, never a post body
    assert 'class="post-body"' not in page and 'class="post-body"' not in sub_page


def test_search_xml_holds_every_post_in_full(server):
    status, xml, headers = fetch(server, "/search.xml")
    assert status == 200 and "xml" in headers["Content-Type"]
    assert len(xml) > 25000
    assert xml.count("<entry>") == len(portal.GOLD) + len(portal.STATIC_PAGES)
    for g in portal.GOLD:
        assert f"<url>{g['path']}</url>" in xml
    text = flat(re.sub(r"<[^>]+>", " ", xml.replace("<![CDATA[", "").replace("]]>", "")))
    for g in portal.GOLD:
        assert g["body"].split("\n\n")[-1] in text


def test_feed_and_sitemap(server):
    status, atom, _ = fetch(server, "/atom.xml")
    assert status == 200 and atom.count("<entry>") == 13
    status, sitemap, _ = fetch(server, "/sitemap.xml")
    assert status == 200
    locs = {unquote(urlsplit(u).path) for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    assert {g["path"] for g in portal.GOLD} <= locs
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200 and "Sitemap:" in robots


def test_old_html_permalink_is_linked_and_canonical_to_new(server):
    old = "/2019/05/20/tong-ket-nam-hoc-2018-2019.html"
    new = "/2019/05/20/tong-ket-nam-hoc-2018-2019/"
    _, linking, _ = fetch(server, "/2025/05/24/le-tong-ket-nam-hoc-2024-2025/")
    assert f'href="{old}"' in linking
    status, page, _ = fetch(server, old)
    assert status == 200
    canon = re.search(r'<link rel="canonical" href="([^"]+)">', page).group(1)
    assert urlsplit(canon).path == new
    assert element_text(page, "post-body") == element_text(fetch(server, new)[1], "post-body")
    assert old in gold_by_path()[new]["alt_paths"]


def test_directory_without_slash_redirects(server):
    status, _, headers = fetch(server, "/2026/11/08/hoc-sinh-dat-5-giai-hoi-thi-tin-hoc-tre")
    assert status == 301
    assert headers["Location"].endswith("/2026/11/08/hoc-sinh-dat-5-giai-hoi-thi-tin-hoc-tre/")


def test_text_forms(server):
    _, essay, _ = fetch(server, "/2026/10/28/cam-nghi-ve-nguoi-thay-day-em-lap-trinh/")
    body = essay.split('class="post-body"')[1].split("</div>")[0]
    assert body != nfc(body)  # decomposed in the bytes
    assert "Nguyễn Hoàng Bảo Ngân" not in body and "Nguyễn Hoàng Bảo Ngân" in nfc(body)
    _, notice, _ = fetch(server, "/2026/09/25/phong-chong-sot-xuat-huyet-mua-mua/")
    body = notice.split('class="post-body"')[1].split("</div>")[0]
    assert re.search(r"&#\d+;", body) and re.search(r"&[a-z]+;", body)
    assert "Thanh Tâm" in _html.unescape(body)


def test_dates_that_are_not_the_publication_date(server):
    _, page, _ = fetch(server, "/2026/11/20/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/")
    assert 'content="2026-11-20T00:45:00.000Z"' in page  # article:published_time in UTC
    assert "Cập nhật</span>" in page and 'datetime="2026-11-21T20:12:00+07:00"' in page
    assert portal.TODAY in page


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer_without_post_meta(server, path):
    status, page, _ = fetch(server, path)
    assert status == 200
    assert "Đăng vào" not in page
    assert 'itemprop="dateCreated datePublished"' not in page


def test_attachment_and_static_files(server):
    status, _, headers = fetch(server, "/files/danh-sach-lop-6-2026-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, headers = fetch(
        server, "/2026/11/08/hoc-sinh-dat-5-giai-hoi-thi-tin-hoc-tre/hoc-sinh-dat-giai.jpg"
    )
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
