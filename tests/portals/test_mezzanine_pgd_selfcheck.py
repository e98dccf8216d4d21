"""Self-checks of the mezzanine_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, urldefrag, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mezzanine_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = re.compile(
    r"<(?:/?(?:p|div|td|th|tr|li|ul|ol|table|tbody|blockquote|h\d|option|select|form|label)|br)\b[^>]*>", re.I
)


def page_text(markup: str) -> str:
    """The page's text as a reader sees it: footnote superscripts and Word list markers are no text."""
    s = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<sup>.*?</sup>", "", s, flags=re.S)
    s = re.sub(r'<span style="mso-list:Ignore">.*?</span></span>', "", s, flags=re.S)
    s = re.sub(r"</t([dh])>\s*<t[dh]\b", r"</t\1> | <td", s)  # table rows read "a | b | c"
    s = _BLOCK.sub(" ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return collapse(unicodedata.normalize("NFC", _html.unescape(s)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(base: str, href: str) -> str | None:
    href = _html.unescape(href).strip()
    if href.startswith(("mailto:", "javascript:", "#", "tel:")):
        return None
    absolute, _frag = urldefrag(urljoin(base, href))
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https"):
        return None
    target = quote(parts.path, safe="/%-_.~") + (f"?{quote(parts.query, safe='=&%+')}" if parts.query else "")
    return f"{parts.scheme}://{parts.netloc}{target}"


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over <a href> links from START_PATH, same host, no static files or admin."""
    start = server.url(portal.START_PATH)
    host = urlsplit(start).netloc
    seen = {start}
    queue = deque([start])
    fetched: set[str] = set()
    pages = 0
    while queue:
        url = queue.popleft()
        target = url.split(host, 1)[1]
        status, body, headers = fetch(server, target)
        pages += 1
        fetched.add(target)
        if status in (301, 302):
            nxt = _norm(url, headers["Location"])
            if nxt and urlsplit(nxt).netloc == host and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', body):
            nxt = _norm(url, href)
            if not nxt or urlsplit(nxt).netloc != host or nxt in seen:
                continue
            path = urlsplit(nxt).path
            if path.startswith(("/static/", "/admin/")):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return fetched, pages


def test_module_contract():
    assert portal.NAME == "mezzanine_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["title"] and g["body"] and g["category"] in portal.CATEGORIES.values()


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target
            assert f'<h1 class="tieude-bv">{_html.escape(g["title"])}</h1>' in body


def test_gold_fields_on_page(server):
    for g, post in zip(portal.GOLD, [portal.BY_ID[i] for i in range(1, 14)], strict=True):
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            assert para in text, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
            assert f"<strong>{_html.escape(g['summary'], quote=False)}</strong>" in body
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if g["path"] == portal.GOLD[1]["path"]:
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        else:
            hm = g["published_at"][11:16] or "00:00"
            assert f"{hm} Ngày {d} tháng {int(m)} năm {y}" in text, g["path"]
        assert post.url == g["path"]


def test_excluded_text_is_not_in_gold():
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for chrome in ("Nơi nhận", "Tin, ảnh:", "Ảnh: Phạm Quang Huy", "Xem thêm", "Tệp đính kèm", "Nguồn: Cổng",
                   "Theo Báo Phú Thọ", "Chúc mừng cô và trò", "THÔNG BÁO", "CỘNG HÒA", "Lượt xem", "XII1"):
        assert chrome not in bodies, chrome
    assert "- 120 suất dành cho học sinh tiểu học, mỗi suất 700.000 đồng;" in bodies
    assert "Anh.[1]" in bodies


def test_everything_reachable_within_budget(server):
    fetched, pages = crawl(server)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & fetched, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in fetched, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_article(server):
    """#12 sits on no first page of any listing."""
    target = portal.BY_ID[12].url
    for first in ("/", "/blog/", "/blog/category/tin-tuc-su-kien/", "/blog/author/quantri/"):
        assert target not in fetch(server, first)[1], first
    assert target in fetch(server, "/blog/category/tin-tuc-su-kien/?page=2")[1]
    assert target in fetch(server, "/blog/?page=3")[1]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tieude-bv"' not in body


def test_unknown_paths_404(server):
    for target in ("/blog/khong-co-bai-nay/", "/khong-ton-tai/", "/blog/category/khong-co/", "/blog/tag/xyz/",
                   "/blog/author/admin/", "/gioi-thieu/lich-su/"):
        assert fetch(server, target)[0] == 404, target


def test_platform_behaviour(server):
    post = portal.BY_ID[1]
    status, _, headers = fetch(server, post.url[:-1])
    assert status == 301 and headers["Location"] == post.url
    # an out-of-range page is Mezzanine's last page
    assert fetch(server, "/blog/?page=99")[1].count("post-preview") == 3
    # any date prefix serves the post
    assert fetch(server, f"/blog/2030/01/{post.slug}/")[0] == 200
    status, body, headers = fetch(server, "/blog/feeds/rss/")
    assert status == 200 and "+0000" in body
    assert fetch(server, "/sitemap.xml")[0] == 200
    assert fetch(server, "/static/media/uploads/tin-tuc/gvdg_th_2026_01.jpg")[0] == 200
    assert fetch(server, "/search/?q=th%C6%B0+vi%E1%BB%87n&type=")[0] == 200
