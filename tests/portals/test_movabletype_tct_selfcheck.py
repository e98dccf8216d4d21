"""Self-check of the Movable Type 5 fixture portal (movabletype_tct) against itself.

Never imports the crawler: serves the fixture through a real PortalServer and checks that every
gold entry answers with its text, that the gold is well formed, that a breadth-first walk of
links from the start page reaches every entry within the request budget, and that each trap
in the module's docstring behaves as described.
"""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import movabletype_tct as portal
from ._selfcheck import fetch

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
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"]*)"')
ASSET = re.compile(r"\.(jpg|jpeg|png|gif|css|js|ico|pdf|xml)$", re.I)
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def page_text(markup: str) -> str:
    """What a reader sees: no comments, scripts or tags, references decoded, NFC, one space."""
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    markup = re.sub(r"<script.*?</script>", " ", markup, flags=re.S)
    markup = re.sub(r"</?(a|strong|em|b|i|span|abbr)\b[^>]*>", "", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return nfc(re.sub(r"\s+", " ", html.unescape(markup).replace("\xa0", " "))).strip()


def section(markup: str, start: str, end: str) -> str:
    i = markup.index(start)
    return markup[i : markup.index(end, i)]


def local(server: PortalServer, href: str, page: str) -> str | None:
    """The target of a link when it stays on the portal's host, fragment removed."""
    href = html.unescape(href).strip()
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin(server.url(page), href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != server.base_url:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- gold ---------------------------------------------------------------------------------------


def test_gold_is_well_formed() -> None:
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert re.fullmatch(r"/tin-tuc/\d{4}/\d{2}/[\w-]+\.html", g["path"])
        assert STAMP.match(g["published_at"]), g["published_at"]
        for name in ("title", "body", "category", "summary", "source"):
            if g[name] is not None:
                assert g[name] == nfc(g[name]) and g[name].strip() == g[name], (g["path"], name)
        for person in g["authors"] + g["photographers"]:
            assert person == nfc(person)
            assert not re.match(r"(ThS|TS|PGS|Cô|Thầy)\.?\s", person)
            assert " - " not in person
        paras = g["body"].split("\n\n")
        assert all(p.strip() for p in paras)
        if g["summary"] is not None:
            assert paras[0] == g["summary"]
        assert g["category"] in portal.CATS.values()
        for im in g["images"]:
            assert im["path"].startswith("/") and "caption" in im


def test_gold_dates_agree_with_the_printed_byline() -> None:
    """published_at was written by hand; the byline is printed from the entry's own record."""
    for g in portal.GOLD:
        story = next(s for s in portal.ENTRIES if portal.entry_path(s) == g["path"])
        assert portal.iso(portal.when(story)) == g["published_at"]


# --- every gold page ----------------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"] for g in portal.GOLD])
def test_gold_page_prints_its_text(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    h1 = re.search(r'<h1 id="page-title" class="asset-name entry-title">(.*?)</h1>', body)
    assert h1 and page_text(h1.group(1)) == gold["title"]
    # the entry itself: asset-body + asset-more, without the footer
    entry = section(body, '<div class="asset-content entry-content">', '<div class="asset-footer">')
    text = page_text(entry)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: every cell is printed in its own <td>
            for cell in para.split(" | "):
                assert cell in text, (gold["path"], cell)
        else:
            assert para in text, (gold["path"], para[:60])
    for im in gold["images"]:
        assert f'src="{im["path"]}"' in entry
        if im["caption"]:
            assert im["caption"] in text
        status, _, img_headers = fetch(server, im["path"])
        assert status == 200 and img_headers["Content-Type"] == "image/jpeg"
    for person in gold["authors"] + gold["photographers"]:
        assert person in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    assert f'title="{gold["published_at"]}"' in body
    assert f'<a href="{server.base_url}/tin-tuc/' in body
    assert portal.TODAY in body


def test_non_articles_answer_200(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "hentry" not in body, path  # MT pages and the archive index are no entries


def test_attachments_and_feeds_answer(server: PortalServer) -> None:
    for path in portal.PDFS:
        status, _, headers = fetch(server, path)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, atom, _ = fetch(server, "/atom.xml")
    assert status == 200
    feed = ET.fromstring(atom)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = [e.find("a:link", ns).get("href") for e in feed.findall("a:entry", ns)]
    assert sorted(links) == sorted(server.base_url + g["path"] for g in portal.GOLD)
    # MT's encode_xml leaves the 2009 entity titles double-escaped for feed readers
    titles = [e.find("a:title", ns).text for e in feed.findall("a:entry", ns)]
    assert any("&#7841;" in t for t in titles)
    assert all(p.text.endswith("Z") for p in feed.iter("{http://www.w3.org/2005/Atom}published"))
    status, rss, _ = fetch(server, "/rss.xml")
    assert status == 200 and len(ET.fromstring(rss).findall("./channel/item")) == 13
    assert fetch(server, "/robots.txt")[0] == 404


# --- reachability -------------------------------------------------------------------------------


def walk(server: PortalServer) -> tuple[set[str], list[str]]:
    """Breadth-first over the links of HTML pages from START_PATH, CGI scripts left aside."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched: list[str] = []
    ok: set[str] = set()
    while queue:
        target = queue.popleft()
        fetched.append(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        ok.add(target)
        for href in HREF.findall(body):
            nxt = local(server, href, target)
            if not nxt or nxt in seen or nxt.startswith("/cgi-bin/") or ASSET.search(nxt):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return ok, fetched


def test_every_gold_entry_is_reachable_from_the_start_page(server: PortalServer) -> None:
    ok, fetched = walk(server)
    missing = {g["path"] for g in portal.GOLD} - ok
    assert not missing
    assert set(portal.NON_ARTICLES) <= ok
    # every page a link walk meets (calendar 404s included) fits the crawl's request budget
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(fetched) <= budget, (len(fetched), budget)


def test_older_entries_are_only_in_archives(server: PortalServer) -> None:
    """The index holds the 10 newest; the rest come through monthly and category archives."""
    _, index, _ = fetch(server, "/")
    linked = {local(server, h, "/") for h in HREF.findall(index)}
    off_index = [g["path"] for g in portal.GOLD if g["path"] not in linked]
    assert sorted(off_index) == sorted(
        [
            "/tin-tuc/2026/09/be_giang_lop_ca.html",
            "/tin-tuc/2009/05/trng_chnh_tr_t.html",
            "/tin-tuc/2009/03/i_hi_chi_on_trn.html",
        ]
    )
    for month, path in (
        ("/tin-tuc/2026/09/", "/tin-tuc/2026/09/be_giang_lop_ca.html"),
        ("/tin-tuc/2009/05/", "/tin-tuc/2009/05/trng_chnh_tr_t.html"),
        ("/tin-tuc/2009/03/", "/tin-tuc/2009/03/i_hi_chi_on_trn.html"),
    ):
        status, body, _ = fetch(server, month)
        assert status == 200 and f"{server.base_url}{path}" in body
    # monthly archives chain with « Previous / Next »
    _, nov, _ = fetch(server, "/tin-tuc/2026/11/")
    assert f'href="{server.base_url}/tin-tuc/2026/10/">« Previous</a>' in nov
    _, sep, _ = fetch(server, "/tin-tuc/2026/09/")
    assert f'href="{server.base_url}/tin-tuc/2009/05/">« Previous</a>' in sep
    assert f'href="{server.base_url}/tin-tuc/2026/10/">Next »</a>' in sep


# --- listings -----------------------------------------------------------------------------------


def test_main_index_shows_ten_first_parts(server: PortalServer) -> None:
    status, index, _ = fetch(server, "/")
    assert status == 200
    assert fetch(server, "/index.html")[1] == index
    assert index.count('class="entry-asset asset hentry"') == 10
    assert "<h1" not in index  # entry titles are h2 links on listings
    # the extended part stays on the entry page: "Đọc tiếp »" goes to permalink#more
    newest = portal.CHRONO[:10]
    with_more = [s for s in newest if portal.more_html(s)]
    assert index.count("Đọc tiếp »") == len(with_more)
    for s in with_more:
        assert f'href="{server.base_url}{portal.entry_path(s)}#more"' in index
    text = page_text(index)
    assert "Báo cáo tổng kết nêu rõ" not in text  # asset-more of hoi_nghi_tong_k
    # a short entry (no extended part) prints its whole text on the index
    notice = GOLD_BY_PATH["/tin-tuc/2026/11/thong_bao_lich.html"]
    for para in notice["body"].split("\n\n"):
        assert para in text


def test_category_archives_are_not_paginated(server: PortalServer) -> None:
    for key, label in portal.CATS.items():
        status, body, _ = fetch(server, f"/tin-tuc/{key}/")
        assert status == 200
        assert fetch(server, f"/tin-tuc/{key}/index.html")[1] == body
        assert f"Recently in <em>{label}</em> Category" in body
        members = [s for s in portal.ENTRIES if key in s.opts["cats"]]
        assert body.count('class="entry-asset asset hentry"') == len(members)
        assert "page=" not in body.replace("mt-search.cgi", "")
    assert fetch(server, "/tin-tuc/")[0] == 404
    assert fetch(server, "/tin-tuc/2026/")[0] == 404


# --- traps --------------------------------------------------------------------------------------


def test_calendar_day_links_are_404(server: PortalServer) -> None:
    days = set()
    for page in (
        "/",
        "/tin-tuc/2026/10/doan_cong_tac_h.html",
        "/tin-tuc/2009/05/trng_chnh_tr_t.html",
    ):
        _, body, _ = fetch(server, page)
        cal = section(body, '<div class="widget-calendar widget">', "</table>")
        days |= {local(server, h, page) for h in HREF.findall(cal)}
    assert "/tin-tuc/2026/11/14/" in days and "/tin-tuc/2009/05/19/" in days
    for day in days:
        assert re.fullmatch(r"/tin-tuc/\d{4}/\d{2}/\d{2}/", day)
        assert fetch(server, day)[0] == 404, day


def test_search_pager_never_ends(server: PortalServer) -> None:
    _, index, _ = fetch(server, "/")
    tag_links = [h for h in HREF.findall(index) if "mt-search.cgi" in h]
    assert tag_links
    target = local(server, tag_links[0], "/")
    status, body, _ = fetch(server, target)
    assert status == 200
    assert "hentry" in body  # results list entries
    for _ in range(5):
        nxt = re.search(r'href="([^"]+)" rel="next">Next »</a>', body)
        assert nxt
        target = local(server, nxt.group(1), target)
        status, body, _ = fetch(server, target)
        assert status == 200
    assert "page=6" in target and "Không tìm thấy bài viết nào phù hợp." in body
    status, body, _ = fetch(
        server, "/cgi-bin/mt/mt-search.cgi?search=h%E1%BB%99i&IncludeBlogs=1&page=999"
    )
    assert status == 200 and "page=1000" in body


def test_trackback_and_comment_scripts(server: PortalServer) -> None:
    _, entry, _ = fetch(server, "/tin-tuc/2026/11/truong_chinh_tr.html")
    tb = re.search(r'TrackBack URL: <a href="([^"]+)"', entry)
    assert tb
    status, body, headers = fetch(server, local(server, tb.group(1), "/"))
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    assert "Trackback pings must use HTTP POST" in body
    login = re.search(r'href="([^"]*mt-comments\.cgi\?__mode=login[^"]*)"', entry)
    assert login
    status, body, _ = fetch(server, local(server, login.group(1), "/"))
    assert status == 200 and "Sign in to comment" in body and "hentry" not in body
    red = re.search(r'href="([^"]*mt-comments\.cgi\?__mode=red[^"]*)"', entry)
    assert red
    status, _, headers = fetch(server, local(server, red.group(1), "/"))
    assert status == 302 and not headers["Location"].startswith(server.base_url)
    assert fetch(server, "/cgi-bin/mt/mt-comments.cgi?__mode=bogus")[0] == 200
    assert fetch(server, "/cgi-bin/mt/mt-comments.cgi?__mode=red&id=4")[0] == 200
    # the comments are printed under the entry, outside the entry's text
    comments = page_text(section(entry, '<div id="comments"', '<div id="beta">'))
    assert "Chúc mừng các thầy cô" in comments
    assert (
        "Chúc mừng các thầy cô" not in GOLD_BY_PATH["/tin-tuc/2026/11/truong_chinh_tr.html"]["body"]
    )


def test_entity_encoded_2009_entries(server: PortalServer) -> None:
    for path in ("/tin-tuc/2009/05/trng_chnh_tr_t.html", "/tin-tuc/2009/03/i_hi_chi_on_trn.html"):
        _, body, _ = fetch(server, path)
        h1 = re.search(r'class="asset-name entry-title">(.*?)</h1>', body).group(1)
        entry = section(body, '<div class="asset-body">', '<div class="asset-footer">')
        assert h1.isascii() and entry.isascii()
        assert "&#7901;" in h1 or "&#7897;" in h1
        assert 'Posted by <span class="vcard author">admin</span>' in body
    _, body, _ = fetch(server, "/tin-tuc/2009/03/i_hi_chi_on_trn.html")
    assert "<br />\n<br />" in body  # paragraphs split by blank lines inside one <p>


def test_decomposed_entry(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/tin-tuc/2026/11/chi_bo_khoa_xay.html")
    h1 = re.search(r'class="asset-name entry-title">(.*?)</h1>', body).group(1)
    assert h1 != nfc(h1) and "\u0323" in h1  # "bộ" typed as o + U+0302 + U+0323
    assert nfc(h1) == GOLD_BY_PATH["/tin-tuc/2026/11/chi_bo_khoa_xay.html"]["title"]


def test_templates_old_and_new(server: PortalServer) -> None:
    _, new, _ = fetch(server, "/tin-tuc/2026/11/khai-giang-k47.html")
    assert 'Đăng bởi <span class="vcard author">bientap</span> lúc' in new
    assert "« Bài trước</a>" in new and "Bài sau »</a>" in new
    # two categories: MT sorts the "Categories:" list by label, the breadcrumb names the primary
    cats = page_text(section(new, '<div class="entry-categories">', "</ul>"))
    assert cats.index("Hoạt động") < cats.index("Đào tạo - Bồi dưỡng")
    crumb = page_text(section(new, '<div class="breadcrumb">', "</div>"))
    assert crumb.endswith("Đào tạo - Bồi dưỡng")
    assert 'dc:subject="Đào tạo - Bồi dưỡng"' in new
    assert GOLD_BY_PATH["/tin-tuc/2026/11/khai-giang-k47.html"]["category"] == "Đào tạo - Bồi dưỡng"
    _, old, _ = fetch(server, "/tin-tuc/2026/11/hoi_nghi_tong_k.html")
    assert 'Posted by <span class="vcard author">bientap</span> on' in old
    assert ">14/11/2026</abbr> at 08:30 AM" in old
    assert '<div class="breadcrumb">' not in old
    assert "« Previous</a>" in old and "Next »</a>" in old
    _, pm, _ = fetch(server, "/tin-tuc/2026/10/doan_cong_tac_h.html")
    assert "at 03:00 PM" in pm
    assert GOLD_BY_PATH["/tin-tuc/2026/10/doan_cong_tac_h.html"]["published_at"].endswith(
        "T15:00:00+07:00"
    )
    # a page never republished keeps the sidebar it was baked with
    assert '<h3 class="widget-header">October 2026</h3>' in pm
    assert '<h3 class="widget-header">November 2026</h3>' in new


def test_mt_pages_are_not_entries(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/gioi-thieu.html")
    assert 'class="page-asset asset"' in body
    assert "Posted by" not in body and "Đăng bởi" not in body
