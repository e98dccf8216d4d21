"""Self-checks of the jekyll_chirpy_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import jekyll_chirpy_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<sup[^>]*>.*?</sup>", "", page, flags=re.S)
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</?(a|em|strong|b|span)\b[^>]*>", "", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        href = _html.unescape(href)
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc or parts.scheme != "http":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if unquote(target) in seen or re.search(r"\.(jpg|png|css|js|pdf|xml|json|webmanifest)$", target):
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        seen[unquote(target)] = body
        queue.extend(_links(server, target, body))
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.NAME == "jekyll_chirpy_thpt"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f"<h1 data-toc-skip>{_html.escape(gold['title'], quote=True)}</h1>" in body
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, (gold["path"], piece)
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert img["path"] in body
        assert static_ok(server, img["path"])
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text


def static_ok(server: PortalServer, path: str) -> bool:
    status, _, headers = fetch(server, path)
    return status == 200 and headers.get("Content-Type", "").startswith("image/")


def test_every_gold_reachable_from_start(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a sensible crawl stays within the request budget
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_older_posts_only_on_later_home_pages(server):
    _, first, _ = fetch(server, "/")
    _, second, _ = fetch(server, "/page2/")
    _, third, _ = fetch(server, "/page3/")
    assert "/posts/ngay-hoi-stem-2026/" not in first
    assert "/posts/ngay-hoi-stem-2026/" in second
    assert "/posts/thong-bao-nghi-hoc-do-mua-lu/" in third
    assert "Đã ghim" in first
    assert fetch(server, "/page4/")[0] == 404


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "dynamic-title" in body


def test_alt_paths_and_variants(server):
    kimlien = next(g for g in portal.GOLD if g.get("alt_paths"))
    for alt in kimlien["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert kimlien["path"] in body and "Redirecting" in body
    status, _, headers = fetch(server, "/posts/ngay-hoi-stem-2026")
    assert status == 301 and headers["Location"] == "/posts/ngay-hoi-stem-2026/"


def test_traps_printed(server):
    _, stem, _ = fetch(server, "/posts/ngay-hoi-stem-2026/")
    assert 'content="2026-11-02T06:15:00+07:00"' in stem
    assert "Viết bởi <em><a" in stem and ">thptpbc</a>" in stem
    assert portal.STUB_KIMLIEN in stem
    _, toc, _ = fetch(server, "/posts/chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan/")
    assert 'id="markdown-toc"' in toc and 'class="anchor text-muted"' in toc
    _, hsg, _ = fetch(server, "/posts/ket-qua-thi-hoc-sinh-gioi-tinh-lop-12/")
    assert 'role="doc-noteref"' in hsg and "reversefootnote" in hsg
    _, ng, _ = fetch(server, "/posts/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/")
    assert 'data-lqip="true"' in ng and "<figcaption" in ng and "Đã cập nhật" in ng
    assert "<em>Ảnh: Lê Minh Tuấn</em>" in ng


def test_percent_encoded_category_and_tag_pages(server):
    status, body, _ = fetch(server, "/categories/tin-t%E1%BB%A9c/")
    assert status == 200 and "/posts/ngay-hoi-stem-2026/" in body
    status, _, _ = fetch(server, "/tags/h%E1%BB%8Dc-sinh-gi%E1%BB%8Fi/")
    assert status == 200


def test_unknown_paths_404(server):
    for path in ("/posts/khong-co-bai-nay/", "/page9/", "/categories/khong-co/", "/xyz", "/page1/"):
        assert fetch(server, path)[0] == 404, path
