"""Self-check of the wp_classic_pagenavi_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_classic_pagenavi_sgddt as portal
from ._selfcheck import fetch

_LINK = re.compile(r"""(?:href|<option value)=["']([^"']*)["']""")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site()).start()
    yield srv
    srv.stop()


def _text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for raw in _LINK.findall(body):
        url = urljoin(server.url(target), html.unescape(raw))
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != f"127.0.0.1:{server.port}":
            continue
        if parts.path.startswith(("/wp-content/", "/wp-includes/")) or parts.path == "/feed":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in _links(server, target, body):
            if link not in seen and not link.startswith("/?p="):
                seen.add(link)
                queue.append(link)
    return seen, fetched


def test_counts_and_form() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert g["body"] and g["title"] and g["category"]


def test_gold_pages_answer_with_title(server: PortalServer) -> None:
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in _text(body), target


def test_gold_fields_are_printed(server: PortalServer) -> None:
    for g in portal.GOLD:
        bodies = [fetch(server, g["path"])[1]]
        bodies += [fetch(server, a)[1] for a in g.get("alt_paths", []) if not a.startswith("/?p=")]
        markup = "\n".join(bodies)
        text = _text(markup)
        for para in g["body"].split("\n\n"):
            # a table row prints its cells in separate elements: " | " is how the gold joins them
            assert para.replace(" | ", " ") in text, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in markup
            if img["caption"]:
                assert img["caption"] in text
        # the category is the Yoast breadcrumb's last section, just before the title
        assert f'>{html.escape(g["category"])}</a> » <span class="breadcrumb_last"' in markup, g["path"]


def test_vi_locale_date_and_update_line(server: PortalServer) -> None:
    s2 = next(g for g in portal.GOLD if g["path"] == portal.post_path(portal.S2))
    text = _text(fetch(server, s2["path"])[1])
    assert "Cập nhật lần cuối: 04 Tháng Mười Hai, 2026 lúc 8:05 sáng" in text
    assert "Đăng lúc: 03 Tháng Mười Hai, 2026 lúc 2:30 chiều" in text
    s11 = _text(fetch(server, portal.post_path(portal.S11))[1])
    assert "28 Tháng Mười, 2026 lúc 12:00 sáng" in s11


def test_every_article_reachable_within_budget(server: PortalServer) -> None:
    seen, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_oldest_secondary_post_only_on_page_two(server: PortalServer) -> None:
    s13 = portal.post_path(portal.S13)
    for target in ["/", "/category/giao-duc-trung-hoc"]:
        assert s13 not in fetch(server, target)[1]
    page2 = fetch(server, "/category/giao-duc-trung-hoc/page/2")[1]
    assert s13 in page2
    assert "Trang 2 / 2" in page2


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_unknown_and_redirects(server: PortalServer) -> None:
    for target in ["/khong-co", "/2026/11/khong-co.html", "/?p=99999", "/category/khong-co", "/category/thong-bao/page/9"]:
        assert fetch(server, target)[0] == 404, target
    status, _, headers = fetch(server, "/category/thong-bao/")
    assert status == 301 and headers["Location"] == "/category/thong-bao"
    status, _, headers = fetch(server, "/category/giao-duc-trung-hoc/page/1")
    assert status == 301 and headers["Location"] == "/category/giao-duc-trung-hoc"
    assert fetch(server, "/wp-content/uploads/2026/12/hsg-lop-12-1.jpg")[0] == 200


def test_plugins_inside_content(server: PortalServer) -> None:
    body = fetch(server, portal.post_path(portal.S6))[1]
    content = body.split('<div class="noidung-bv entry-content clearfix">', 1)[1].split("</article>", 1)[0]
    assert "Lượt xem: </span>" in content
    assert "crp_related" in content
    assert 'class="post-page-numbers">2</a>' in content
