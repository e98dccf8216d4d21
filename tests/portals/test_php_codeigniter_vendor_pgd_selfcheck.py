"""Self-checks of the php_codeigniter_vendor_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_codeigniter_vendor_pgd as portal
from tests.portals._selfcheck import fetch

_INLINE = r"a|span|strong|b|em|i|u|sup|sub|font|o:p"


def visible(page: str) -> str:
    """The page's text as a reader sees it: NFC, entities resolved, whitespace collapsed."""
    s = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(rf"</?(?:{_INLINE})\b[^>]*>", "", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    s = _html.unescape(s).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).strip()


def links(page: str, page_url: str) -> list[str]:
    """Hrefs resolved as a browser does: against <base href> when the page has one."""
    base = re.search(r'<base\s+href="([^"]+)"', page)
    root = _html.unescape(base.group(1)) if base else page_url
    out = []
    for href in re.findall(r'\bhref="([^"]*)"', page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        out.append(urljoin(root, href).split("#", 1)[0])
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_shape():
    assert portal.NAME == "php_codeigniter_vendor_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)


def test_gold_pages_print_their_fields(server):
    for g in portal.GOLD:
        status, page, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert "ci_session=" in headers.get("Set-Cookie", "")
        text = visible(page)
        assert g["title"] in text, g["path"]
        for para in g["body"].split("\n\n"):
            # a table row is printed as cells: each cell must be there
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece[:60])
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        y, m, d = g["published_at"].split("-")
        assert f"Ngày: {d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        assert g["category"] in text
        for img in g["images"]:
            src = img["path"][1:]
            assert f'src="{src}"' in page or f'data-original="{src}"' in page, src
            if img["caption"]:
                assert img["caption"] in text
        # the <title> is cut by character_limiter: the headline lives in h2.td-tin only
        head_title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
        assert "PGD&amp;ĐT Đông Anh" in head_title


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, page, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"].endswith(g["path"]), alt
                continue
            assert status == 200, alt
            text = visible(page)
            assert g["title"] in text, alt
            assert g["body"].split("\n\n")[-1] in text, alt


def test_everything_reachable_from_start(server):
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue and len(seen) < 150:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, page, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(_target(urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for url in links(page, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != host or parts.path.startswith(("/uploads/", "/public/")):
                continue
            nxt = _target(url)
            if nxt not in seen:
                queue.append(nxt)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a sensible crawl stays within 3 × (13 + len(NON_ARTICLES)) pages
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_two_articles_only_on_page_two(server):
    only_p2 = {g["path"] for g in portal.GOLD if g["path"].startswith(("/tin-tuc/chi-tiet/1214-", "/tin-tuc/chi-tiet/1208-"))}
    assert len(only_p2) == 2
    pages = ["/", "/tin-tuc/danh-muc/tin-tuc-su-kien", "/tin-tuc/danh-muc/hoat-dong-chuyen-mon"]
    pages += ["/tin-tuc/danh-muc/thong-bao"] + [g["path"] for g in portal.GOLD if g["path"] not in only_p2]
    for target in pages:
        _status, page, _h = fetch(server, target)
        reached = {_target(u) for u in links(page, server.url(target))}
        assert not (reached & only_p2), target
    _status, page, _h = fetch(server, "/tin-tuc/danh-muc/tin-tuc-su-kien/10")
    reached = {_target(u) for u in links(page, server.url("/tin-tuc/danh-muc/tin-tuc-su-kien/10"))}
    assert only_p2 <= reached
    assert 'data-ci-pagination-page="1" rel="start"' in page


def test_offset_pagination_and_base_href(server):
    _status, page, _h = fetch(server, "/tin-tuc/danh-muc/tin-tuc-su-kien")
    assert 'href="tin-tuc/danh-muc/tin-tuc-su-kien/10" data-ci-pagination-page="2" rel="next"' in page
    # resolving a relative link against the page's own URL (ignoring <base>) leads nowhere
    href = re.search(r'<h3><a href="(tin-tuc/chi-tiet/[^"]+)"', page).group(1)
    naive = _target(urljoin(server.url("/tin-tuc/danh-muc/tin-tuc-su-kien"), href))
    assert fetch(server, naive)[0] == 404
    # any offset answers: a guessed "page 2" is an overlapping listing
    status, page2, _h = fetch(server, "/tin-tuc/danh-muc/tin-tuc-su-kien/2")
    assert status == 200 and "1243-" in page2
    assert fetch(server, "/tin-tuc/danh-muc/tin-tuc-su-kien/40")[0] == 404


def test_breadcrumb_category_of_child_articles(server):
    g = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/chi-tiet/1248-"))
    assert g["category"] == "Hoạt động chuyên môn"
    _status, page, _h = fetch(server, g["path"])
    crumb = visible(re.search(r'<div class="duong-dan">(.*?)</div>', page, re.S).group(1))
    assert crumb.endswith("» Hoạt động chuyên môn")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _h = fetch(server, path)
        assert status == 200, path
        assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in page


def test_soft_404_and_real_404(server):
    status, page, _h = fetch(server, "/tin-tuc/chi-tiet/1197-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026.html")
    assert status == 200
    assert "Bài viết không tồn tại hoặc đã bị gỡ bỏ!" in page
    for target in ("/khong-co-trang-nay", "/tin-tuc/danh-muc/khong-co", "/tin-tuc/in/999", "/van-ban/chi-tiet/7"):
        assert fetch(server, target)[0] == 404, target
    assert fetch(server, "/uploads/files/Lich_thi_dau_HKPD_XII_2027.pdf")[0] == 200
    assert fetch(server, "/uploads/files/khong-co.pdf")[0] == 404


def test_lazy_images_and_encodings(server):
    g = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/chi-tiet/1246-"))
    _status, page, _h = fetch(server, g["path"])
    assert 'class="lazy" data-original="uploads/images/tin-tuc/2026/12/thcs-co-loa-don-bang.jpg"' in page
    g = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/chi-tiet/1243-"))
    _status, page, _h = fetch(server, g["path"])
    assert "&agrave;" in page or "&ocirc;" in page
    g = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/chi-tiet/1236-"))
    _status, page, _h = fetch(server, g["path"])
    assert unicodedata.normalize("NFD", "Hội thi") in page
