"""Self-checks of the springboot_vendor_sgddt fixture portal against itself (never the crawler).

The fixture imitates a vendor's Spring Boot + Thymeleaf portal: zero-based Spring Data paging
with a duplicate sort parameter, cosmetic slugs, a print view, a login form, search results,
``;jsessionid=`` path parameters on cookieless responses and attachments sent as bytes. These
checks make sure each of those behaves as the module's docstring says, that the gold is well
formed and that every gold article is reachable from the start page.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from crawler.demo.server import PortalServer
from tests.portals import springboot_vendor_sgddt as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch

SID = re.compile(r";jsessionid=[0-9A-Za-z]+", re.IGNORECASE)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
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


def fetch_cookie(server: PortalServer, target: str, method: str = "GET", data: bytes | None = None):
    """A request that returns the session cookie, as a client does after its first response."""
    req = urllib.request.Request(
        server.url(target), data=data, method=method, headers={"Cookie": "JSESSIONID=ABC123"}
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def page_of(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch_cookie(server, target)
    return status, body.decode("utf-8")


def norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def tree(markup: str):
    return lxml.html.fromstring(markup)


def h3_title(markup: str) -> str:
    return norm(tree(markup).xpath("string(//div[@class='news-title']/h3)"))


def story_of(gold: dict) -> portal.Story:
    return portal.BY_ID[int(gold["path"].split("/")[3])]


# --- gold -------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert len(portal.NON_ARTICLES) >= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == len(set(paths))
    names = {c[0] for c in portal.CATEGORIES.values()}
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].startswith("/tin-tuc/chi-tiet/")
        assert g["published_at"] is None or ISO.match(g["published_at"]), g["published_at"]
        assert g["category"] in names and g["category"] != "Chỉ đạo điều hành"
        for key in ("title", "summary", "body", "source", "category"):
            value = g[key]
            if value is not None:
                assert value == unicodedata.normalize("NFC", value), (g["path"], key)
                assert value == value.strip() and "  " not in value.replace("\n\n", "")
        for name in g["authors"] + g["photographers"]:
            assert name == unicodedata.normalize("NFC", name)
            assert not name.startswith(("ThS.", "TS.", "Cô ", "Thầy "))
            assert name not in ("BBT", "admin")
        paragraphs = g["body"].split("\n\n")
        assert all(paragraphs)
        if g["summary"]:
            assert paragraphs[0] == g["summary"]
        for img in g["images"]:
            assert ("path" in img) != ("url" in img)
            assert "jsessionid" not in (img.get("path") or img.get("url"))
        for alt in g.get("alt_paths", []):
            assert alt != g["path"]
    assert sum(1 for g in portal.GOLD if g.get("alt_paths")) == 4


def test_gold_pages_and_alt_paths_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, markup = page_of(server, target)
            assert status == 200, target
            assert h3_title(markup) == g["title"], target
            canon = tree(markup).xpath("//link[@rel='canonical']/@href")
            assert canon == [server.base_url + g["canonical_path"]], target


def test_date_line_matches_gold(server):
    for g in portal.GOLD:
        _, markup = page_of(server, g["path"])
        line = norm(tree(markup).xpath("string(//div[contains(@class,'news-date')])"))
        m = re.fullmatch(r"(Thứ \w+|Chủ nhật), (\d\d)/(\d\d)/(\d{4}) \| (\d\d):(\d\d)", line)
        assert m, line
        day, month, year, hh, mm = m.groups()[1:]
        assert g["published_at"] == f"{year}-{month}-{day}T{hh}:{mm}:00+07:00"


def test_body_text_summary_and_bylines_are_printed(server):
    for g in portal.GOLD:
        story = story_of(g)
        _, markup = page_of(server, g["path"])
        doc = tree(markup)
        content = norm(doc.xpath("string(//div[@class='news-content'])"))
        summary = norm(doc.xpath("string(//div[@class='news-summary'])"))
        assert summary == (g["summary"] or "")
        if story.summary is None and not story.opts.get("empty_summary"):
            assert not doc.xpath("//div[@class='news-summary']")
        paragraphs = g["body"].split("\n\n")
        if g["summary"]:
            paragraphs = paragraphs[1:]
        for para in paragraphs:
            for cell in para.split(" | "):
                assert cell in content, (g["path"], cell)
        raws = [b.html for b in story.blocks if isinstance(b, portal.Raw)]
        for raw in raws:
            assert norm(tree(raw).text_content()) in content
        if raws:
            assert content.endswith(norm(tree(raws[-1]).text_content()))


def test_images_and_captions_are_printed(server):
    for g in portal.GOLD:
        story = story_of(g)
        _, markup = page_of(server, g["path"])
        doc = tree(markup)
        srcs = doc.xpath("//div[@class='news-content']//img/@src")
        want = [im.get("path") or im.get("url") for im in g["images"]]
        assert srcs == want, g["path"]
        content = norm(doc.xpath("string(//div[@class='news-content'])"))
        for img in story.images:
            if img.printed:
                assert norm(img.printed) in content
    # the pair: two photos in one row, one caption cell spanning both
    _, markup = page_of(server, portal.article_path(portal.A2))
    doc = tree(markup)
    table = doc.xpath("//table[@class='image-table'][count(.//img)=2]")
    assert len(table) == 1
    cell = table[0].xpath(".//td[@colspan='2']")
    assert len(cell) == 1 and norm(cell[0].text_content()) == portal.A2.images[0].caption
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(portal.A2))
    pair = [im["caption"] for im in gold["images"][:2]]
    assert pair[0] == pair[1] == "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu năm 2026"
    # an image-table whose caption row is only a non-breaking space
    _, markup = page_of(server, portal.article_path(portal.A4))
    assert "<td>&nbsp;</td>" in markup


def test_ckeditor_entities_nfd_and_word_paste(server):
    _, markup = page_of(server, portal.article_path(portal.A1))
    assert "Kh&aacute;nh H&ograve;a" in markup and "Nguyễn" in markup
    _, markup = page_of(server, portal.article_path(portal.A5))
    content = tree(markup).xpath("string(//div[@class='news-content'])")
    assert content != unicodedata.normalize("NFC", content)
    assert h3_title(markup) == portal.A5.title
    _, markup = page_of(server, portal.article_path(portal.C2))
    assert 'class="MsoNormal"' in markup and "&ldquo;" in markup


def test_only_h1_is_the_logo(server):
    targets = ["/", portal.GOLD[0]["path"], portal.cat_path(3), *portal.NON_ARTICLES]
    for target in targets:
        _, markup = page_of(server, target)
        h1 = tree(markup).xpath("//h1")
        assert len(h1) == 1, target
        assert h1[0].get("class") == "logo" and not h1[0].xpath(".//img/@alt")
        assert portal.TODAY in markup


# --- reachability -----------------------------------------------------------------------------

SKIP = ("/file/download", "/tin-tuc/in/", "/dang-nhap", "/tim-kiem", "/tin-tuc/gui-email")


def test_breadth_first_walk_reaches_every_gold_article(server):
    """Walk as a cookieless client would at first: every link carries ;jsessionid=…"""
    seen: set[str] = set()
    queue = deque(["/"])
    visited = 0
    while queue and visited < 200:
        target = queue.popleft()
        key = SID.sub("", target)
        if key in seen:
            continue
        seen.add(key)
        status, body, headers = fetch(server, target)
        visited += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in tree(body).xpath("//a/@href"):
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if SID.sub("", parts.path).startswith(SKIP):
                continue
            queue.append(nxt)
    for g in portal.GOLD:
        assert g["canonical_path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_item_only_on_later_listing_pages(server):
    a6 = portal.article_path(portal.A6)
    _, home = page_of(server, "/")
    assert a6 not in home
    _, page1 = page_of(server, portal.cat_path(3) + "?page=1&size=5&sort=ngayDang,desc")
    assert a6 in page1


# --- traps ------------------------------------------------------------------------------------


def _listing_links(markup: str) -> list[str]:
    return tree(markup).xpath("//div[@class='list-news']//h4/a/@href")


def test_zero_based_pager_and_duplicate_sort_parameter(server):
    base = portal.cat_path(3)
    _, bare = page_of(server, base)
    _, first = page_of(server, base + "?page=0&size=5&sort=ngayDang,desc")
    assert _listing_links(bare) == _listing_links(first)
    assert len(_listing_links(bare)) == 5
    doc = tree(bare)
    active = doc.xpath("//ul[contains(@class,'pagination')]/li[@class='active']/a")
    assert [a.text for a in active] == ["1"]
    assert "page=0&size=5&sort=ngayDang,desc" in active[0].get("href")
    labels = [a.text_content() for a in doc.xpath("//ul[contains(@class,'pagination')]/li/a")]
    assert labels == ["Đầu", "«", "1", "2", "»", "Cuối"]
    _, second = page_of(server, base + "?page=1&size=5")
    _, second_sorted = page_of(server, base + "?page=1&size=5&sort=ngayDang,desc")
    assert SID.sub("", second) == SID.sub("", second_sorted)
    assert _listing_links(second) == [portal.article_path(portal.A6)]
    for bad in ("?page=-1&size=5", "?page=999&size=5&sort=ngayDang,desc"):
        status, markup = page_of(server, base + bad)
        assert status == 200 and "Không có dữ liệu" in markup
        assert _listing_links(markup) == []
    # a one-page category prints no pager; /tin-tuc has three pages
    _, notices = page_of(server, portal.cat_path(7))
    assert "pagination" not in notices and len(_listing_links(notices)) == 4
    _, allnews = page_of(server, "/tin-tuc?page=2&size=5&sort=ngayDang,desc")
    assert len(_listing_links(allnews)) == 3


def test_cosmetic_slug_serves_the_same_article(server):
    g = portal.GOLD[0]
    _, real = page_of(server, g["path"])
    status, other = page_of(server, "/tin-tuc/chi-tiet/10262/bat-ky-slug-nao.html")
    assert status == 200 and other == real
    assert page_of(server, "/tin-tuc/chi-tiet/99999/khong-co.html")[0] == 404
    assert page_of(server, "/tin-tuc/chi-tiet/10262")[0] == 404
    _, listing = page_of(server, "/tin-tuc/danh-muc/3/ten-cu.html")
    assert _listing_links(listing) == _listing_links(page_of(server, portal.cat_path(3))[1])


def test_print_view_is_a_chromeless_duplicate(server):
    for g in portal.GOLD[:3]:
        story = story_of(g)
        status, markup = page_of(server, f"/tin-tuc/in/{story.id}")
        assert status == 200
        doc = tree(markup)
        assert norm(doc.xpath("string(//h3)")) == g["title"]
        assert not doc.xpath("//link[@rel='canonical']")
        assert not doc.xpath("//ol[@class='breadcrumb']")
        assert 'onload="window.print()"' in markup
    _, article = page_of(server, portal.GOLD[0]["path"])
    assert "/tin-tuc/in/10262" in article


def test_login_search_and_contact_pages(server):
    status, markup = page_of(server, "/dang-nhap")
    assert status == 200 and 'type="password"' in markup
    status, body, _ = fetch_cookie(server, "/dang-nhap", "POST", b"username=a&password=b")
    assert status == 200 and "không đúng" in body.decode("utf-8")
    status, markup = page_of(
        server, "/tim-kiem?tuKhoa=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91"
    )
    assert status == 200
    assert sorted(_listing_links(markup)) == sorted(
        portal.article_path(s) for s in (portal.A1, portal.A4)
    )
    status, markup = page_of(server, "/tim-kiem?tuKhoa=")
    assert status == 200 and _listing_links(markup) == []
    status, markup = page_of(server, "/lien-he")
    assert status == 200 and 'name="noiDung"' in markup
    status, _, _ = fetch(server, "/robots.txt")
    assert status == 200


def test_jsessionid_on_cookieless_responses_only(server):
    g = portal.GOLD[0]
    status, body, headers = fetch(server, g["path"])
    cookie = headers.get("Set-Cookie", "")
    m = re.match(r"JSESSIONID=([0-9A-F]{32}); Path=/; HttpOnly$", cookie)
    assert status == 200 and m
    sid = m.group(1)
    doc = tree(body)
    assert f"/tin-tuc/in/10262;jsessionid={sid}" in body
    assert doc.xpath("//link[@rel='canonical']/@href") == [server.base_url + g["canonical_path"]]
    assert all("jsessionid" not in s for s in doc.xpath("//div[@class='news-content']//img/@src"))
    pager_links = tree(fetch(server, portal.cat_path(3))[1]).xpath(
        "//ul[contains(@class,'pagination')]//a/@href"
    )
    assert any(
        re.search(r";jsessionid=[0-9A-F]{32}\?page=1&size=5&sort=ngayDang,desc", h)
        for h in pager_links
    )
    # the session id in the path: same page, same session, no new cookie
    status, again, headers = fetch(server, g["path"] + f";jsessionid={sid}")
    assert status == 200 and "Set-Cookie" not in headers
    assert SID.sub("", again) == SID.sub("", body)
    # with the cookie: clean links, no cookie set
    status, clean, headers = fetch_cookie(server, g["path"])
    assert status == 200 and "Set-Cookie" not in headers
    assert b"jsessionid" not in clean
    assert clean.decode("utf-8") == SID.sub("", body)


def test_download_sends_bytes(server):
    status, body, headers = fetch_cookie(server, "/file/download?id=5502")
    assert status == 200 and body.startswith(b"%PDF")
    assert headers["Content-Type"] == "application/octet-stream"
    assert headers["Content-Disposition"].startswith("attachment;")
    assert fetch_cookie(server, "/file/download?id=1")[0] == 404
    status, body, _ = fetch_cookie(server, "/file/download;jsessionid=ABC?id=5528")
    assert status == 200 and body.startswith(b"%PDF")


def test_document_entries_and_static_pages_are_not_articles(server):
    for path in portal.NON_ARTICLES:
        status, markup = page_of(server, path)
        assert status == 200, path
        doc = tree(markup)
        assert not doc.xpath("//div[@class='news-summary']")
        assert not doc.xpath("//div[contains(@class,'news-date')]") or doc.xpath(
            "//table[contains(@class,'van-ban-info')]"
        )
    for d in portal.DOCS:
        _, markup = page_of(server, portal.article_path(d))
        doc = tree(markup)
        assert not doc.xpath("//div[@class='news-content']")
        info = norm(doc.xpath("string(//table[contains(@class,'van-ban-info')])"))
        assert d.number in info and d.issued in info
        assert f"/file/download?id={d.file[0]}" in markup
        assert h3_title(markup) == norm(d.title)
        assert _html.unescape(doc.xpath("string(//ol[@class='breadcrumb']/li[last()])")) == (
            "Chỉ đạo điều hành"
        )
    _, listing = page_of(server, portal.cat_path(12))
    rows = tree(listing).xpath("//table[contains(@class,'table-van-ban')]/tbody/tr")
    assert len(rows) == 3


def test_category_is_the_breadcrumb_last_item(server):
    for g in portal.GOLD:
        _, markup = page_of(server, g["path"])
        last = tree(markup).xpath("//ol[@class='breadcrumb']/li[last()]")[0]
        assert last.get("class") == "active" and norm(last.text_content()) == g["category"]
