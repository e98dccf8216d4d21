"""Self-check of the wp_twentytwenty_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_twentytwenty_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r"""href=(?:"([^"]*)"|'([^']*)')""")
_STATIC = re.compile(r"\.(jpe?g|png|gif|css|js|pdf|ico|xml|xsl)$|/wp-json/|xmlrpc\.php")


def reader_text(markup: str) -> str:
    inline = re.sub(r"</?(?:a|strong|em|span|b|i)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(page_path: str, body: str) -> list[str]:
    out = []
    for a, b in _HREF.findall(body):
        href = html.unescape(a or b)
        absolute = urljoin("http://h" + page_path, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not _STATIC.search(parts.path):
            out.append(target)
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    """Every HTML page reachable by links from START_PATH (redirects followed by hand)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        seen[target] = body
        for link in _links(urlsplit(target).path, body):
            if link not in queued:
                queued.add(link)
                queue.append(link)
    return seen


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert g["published_at"] is None or "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["body"] and g["title"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert not set(paths) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_its_fields(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = reader_text(body)
    # a post split with <!--nextpage--> has its second half on /2/
    if "Trang:</span>" in body:
        status2, body2, _ = fetch(server, gold["path"] + "2/")
        assert status2 == 200
        body += body2
        text += " " + reader_text(body2)
    assert '<h1 class="entry-title">' in body
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells in order
            assert " ".join(para.split(" | ")) in text, para
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert img["path"] in body, img
        if img["caption"]:
            assert img["caption"] in text, img
    assert 'href="/category/' in body and gold["category"] in text
    for alt in gold.get("alt_paths", []):
        status_alt, body_alt, _ = fetch(server, alt)
        assert status_alt == 200, alt
        assert gold["body"].split("\n\n")[0] in reader_text(body_alt)


def test_dates_printed_as_wordpress_vi(server: PortalServer) -> None:
    post = next(p for p in portal.POSTS if p.id == 415)
    _, body, _ = fetch(server, post.path)
    assert ">Tháng Mười Hai 3, 2026</a>" in body
    # the only <time> on the page is a comment's
    assert body.count("<time ") == 2 and 'datetime="2026-12-03T20:41:07+07:00"' in body
    assert body.count('class="comment-content entry-content"') == 2
    notice = next(g for g in portal.GOLD if "kiem-tra" in g["path"])
    assert notice["published_at"] == "2026-12-02"
    _, nbody, _ = fetch(server, notice["path"])
    assert "Tháng Mười Hai 4, 2026" in nbody and "ngày 02 tháng 12 năm 2026" in nbody


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body
    _, prot, _ = fetch(server, portal.NON_ARTICLES[-1])
    assert "Được bảo vệ:" in prot and "post-password-form" in prot


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in ("/khong-co/", "/2026/12/khong-co-bai-nay/", "/category/khong-co/", "/page/9/",
                   "/author/admin/", "/?p=99999", "/2026/11/hoi-thao-chuyen-de-day-hoc-mon-khoa-hoc-tu-nhien/3/"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirects(server: PortalServer) -> None:
    m = next(p for p in portal.POSTS if p.id == 361)
    status, _, headers = fetch(server, "/?p=361")
    assert status == 301 and headers["Location"] == m.path
    status, _, headers = fetch(server, m.path.rstrip("/"))
    assert status == 301 and headers["Location"] == m.path
    status, _, headers = fetch(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/category/tin-tuc/"


def test_listings_print_full_text(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    assert home.count('<h2 class="entry-title heading-size-1">') == 6  # sticky + 5
    assert "Bài viết được ghim" in home
    _, page2, _ = fetch(server, "/page/2/")
    sticky = next(p for p in portal.POSTS if p.sticky)
    assert sticky.path in page2  # the sticky post again at its place
    b = next(g for g in portal.GOLD if "hoi-khoe" in g["path"])
    assert b["body"].split("\n\n")[-1] in reader_text(home)
    teaser = next(p for p in portal.POSTS if p.id == 374)
    _, cat, _ = fetch(server, "/category/hoat-dong-chuyen-mon/")
    assert f"{teaser.path}#more-374" in cat


def test_traps_markup(server: PortalServer) -> None:
    cover = next(p for p in portal.POSTS if p.template == "cover")
    _, body, _ = fetch(server, cover.path)
    assert "background-image: url(/wp-content/uploads/2026/12/nghin-viec-tot.jpg)" in body
    assert "nghin-viec-tot.jpg\"" not in body  # no <img> of it
    assert 'href="/?p=361"' in body
    multi = next(p for p in portal.POSTS if p.id == 407)
    _, p1, _ = fetch(server, multi.path)
    _, p2, _ = fetch(server, multi.path + "2/")
    assert "Tổ Khoa học tự nhiên</em>" in p2 and "Tổ Khoa học tự nhiên</em>" not in p1
    assert f'rel="canonical" href="{server.base_url}{multi.path}2/"' in p2
    assert ">Hoạt động chuyên môn</a><a href=\"/category/tin-tuc/\"" in p1
    _, tincat, _ = fetch(server, "/category/tin-tuc/")
    assert multi.path in tincat
    att = portal.NON_ARTICLES[4]
    f = next(p for p in portal.POSTS if p.id == 398)
    _, fb, _ = fetch(server, f.path)
    assert f'href="{att}"' in fb


def test_reachability_and_budget(server: PortalServer) -> None:
    pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    # the oldest post is only on the last listing pages (and behind a shortlink)
    oldest = next(p for p in portal.POSTS if p.id == 361)
    _, home, _ = fetch(server, "/")
    assert oldest.path not in home
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), budget)


def test_static_files(server: PortalServer) -> None:
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, _ = fetch(server, "/wp-sitemap.xml")
    assert status == 200
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200 and "wp-sitemap.xml" in robots
