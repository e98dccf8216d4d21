"""Self-checks of the gridsome_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import gridsome_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    """Visible text of a page: scripts, styles and tags dropped, entities decoded, NFC."""
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)  # a table row reads as one line
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def _links(base: str, markup: str) -> list[str]:
    out = []
    for m in re.finditer(r'<a\b[^>]*\bhref="([^"#]*)', markup, re.I):
        href = _html.unescape(m.group(1))
        if not href or href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.START_PATH == "/"


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert headers["Content-Type"].startswith("text/html")
            h1 = re.search(r'<h1 class="bv-tieude"[^>]*>(.*?)</h1>', body, re.S)
            assert h1 and collapse(_html.unescape(h1.group(1))) == g["title"], target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _status, body, _ = fetch(server, g["path"])
        article = body.split('<article class="bv-khung"', 1)[1].split("</article>", 1)[0]
        content = article.split('<div class="bv-noidung markdown"', 1)[1]
        visible = _text(article)
        for para in g["body"].split("\n\n"):
            assert para in visible, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in visible
            assert g["body"].startswith(g["summary"])
        for name in g["authors"] + g["photographers"]:
            assert name in _text(content), (g["path"], name)
        if g["source"]:
            assert g["source"] in _text(content)
        for img in g["images"]:
            assert f'data-src="{img["path"]}"' in article, img
            if img["caption"]:
                assert img["caption"] in visible
        # the date: the day the letterhead or the meta row prints, the time when printed
        pub = g["published_at"]
        y, m, d = pub[:10].split("-")
        assert f"{d}/{m}/{y}" in visible or f"ngày {int(d)} tháng {int(m)} năm {y}" in visible, g["path"]
        if "T" in pub:
            assert f"{pub[11:16]} {d}/{m}/{y}" in visible
        # the category as the breadcrumb prints it
        crumbs = re.search(r'<ol class="duong-dan"[^>]*>(.*?)</ol>', body, re.S).group(1)
        assert g["category"] in _text(crumbs)
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_body_not_polluted(server):
    for g in portal.GOLD:
        for noise in ("↩", "Đăng bởi", "Xem thêm", "Tải về", "Nơi nhận", "Cô giáo em hiền", "Ảnh:", "Tin, ảnh"):
            assert noise not in g["body"], (g["path"], noise)
        assert unicodedata.is_normalized("NFC", g["body"])


def test_nfd_post_is_decomposed_on_the_page(server):
    story = portal.BY_SLUG["bien-phap-giup-tre-3-4-tuoi-manh-dan-tu-tin-trong-giao-tiep"]
    _status, body, _ = fetch(server, f"/tin-tuc/{story.slug}/")
    first = story.blocks[0].text
    assert unicodedata.normalize("NFD", first) in body
    assert first not in body


def test_lazy_images_use_data_uri_placeholders(server):
    g = next(g for g in portal.GOLD if g["images"])
    _status, body, _ = fetch(server, g["path"])
    assert 'src="data:image/svg+xml,' in body
    status, _body, headers = fetch(server, g["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_every_gold_article_reachable_from_start(server):
    start = portal.START_PATH
    seen, queue = {start}, deque([start])
    reached: set[str] = set()
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        reached.add(urlsplit(target).path)
        for link in _links(server.url(target), body):
            if link not in seen and not re.search(r"\.(jpg|png|pdf|docx|json|js|css)$", urlsplit(link).path):
                seen.add(link)
                queue.append(link)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    # the crawl stays small: pages that answer HTML
    assert len(reached) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_oldest_post_only_behind_page_two_or_three(server):
    oldest = "/tin-tuc/dien-tap-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026/"
    holders = []
    for target in ["/", "/tin-tuc/", "/tin-tuc/2/", "/tin-tuc/3/", "/chuyen-muc/hoat-dong-cua-truong/",
                   "/chuyen-muc/hoat-dong-cua-truong/2/", *(g["path"] for g in portal.GOLD),
                   *(f"/tag/{t}/" for t in portal.TAGS)]:
        _status, body, _ = fetch(server, target)
        if f'href="{oldest}"' in body and target != oldest:
            holders.append(target)
    assert sorted(holders) == ["/chuyen-muc/hoat-dong-cua-truong/2/", "/tin-tuc/3/"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="bv-khung"' not in body


def test_static_host_behaviour(server):
    g = portal.GOLD[0]
    status, _body, headers = fetch(server, g["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == g["path"]
    status, _body, _ = fetch(server, g["path"] + "index.html")
    assert status == 200
    status, _body, _ = fetch(server, "/tin-tuc/2/")
    assert status == 200


def test_json_data_beside_pages(server):
    g = portal.GOLD[0]
    _status, body, _ = fetch(server, g["path"])
    data = re.search(r'<link rel="prefetch" href="([^"]+\.json)"', body).group(1)
    status, raw, headers = fetch(server, data)
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert json.loads(raw)["data"]["post"]["title"] == g["title"]


def test_unknown_paths_404(server):
    for target in ["/tin-tuc/khong-ton-tai/", "/tin-tuc/4/", "/tin-tuc/1/", "/chuyen-muc/hoat-dong-cua-truong/3/",
                   "/tag/khong-co/", "/xyz.html", "/uploads/khong-co.txt"]:
        status, _body, _ = fetch(server, target)
        assert status == 404, target
