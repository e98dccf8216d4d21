"""Self-checks of the liferay62_news_portlet_vendor_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_news_portlet_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\shref=["']([^"']+)["']""", re.I)
_FORM = re.compile(r"<form\b([^>]*)>", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, whitespace collapsed, NFC."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, base: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        url = _html.unescape(raw)
        if url.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, url)
        parts = urlsplit(absolute)
        if parts.hostname not in ("127.0.0.1", None):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _get_forms(page: str) -> list[str]:
    """Targets of GET forms (a search box): submitted empty."""
    out = []
    for attrs in _FORM.findall(page):
        if "post" in attrs.lower():
            continue
        action = re.search(r"""action=["']([^"']+)["']""", attrs)
        if action:
            out.append(_html.unescape(action.group(1)))
    return out


def test_counts_and_constants():
    assert portal.NAME == "liferay62_news_portlet_vendor_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)


def test_gold_pages_answer_with_their_fields(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        text = _text(body)
        assert gold["title"] in text, gold["path"]
        assert "Chi tiết tin tức" in text
        for para in gold["body"].split("\n\n"):
            # a table row is printed cell by cell
            for piece in para.split(" | "):
                assert piece in text, (gold["path"], piece)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            where = img.get("path") or img.get("url")
            assert where in _html.unescape(body), (gold["path"], where)
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        canonical = re.search(r'<link href="([^"]+)" rel="canonical"', body).group(1)
        assert urlsplit(canonical).path == gold["canonical_path"]


def test_dates_are_printed_as_liferay_vi_vn(server):
    expected = {
        41092: "04/12/2026 03:45 CH",
        41085: "02/12/2026 12:15 CH",
        41071: "27/11/2026 12:00 SA",
        41088: "03/12/2026 10:20 SA",
    }
    for aid, printed in expected.items():
        story = portal.BY_ID[aid]
        _, body, _ = fetch(server, portal.friendly(story))
        assert printed in body
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[41088]))
    assert "Sóc Trăng, ngày 30 tháng 11 năm 2026" in _text(body)


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in _text(body), alt
    # the render-parameter form declares the bare layout as canonical (Liferay strips the query)
    _, body, _ = fetch(server, portal.render_url(41092))
    assert f'{server.base_url}{portal.DETAIL_LAYOUT}" rel="canonical"' in body


def test_soft_404_and_empty_detail(server):
    status, body, _ = fetch(server, portal.render_url(41003))
    assert status == 200 and "không tồn tại" in body
    status, body, _ = fetch(server, portal.DETAIL_LAYOUT)
    assert status == 200 and "Vui lòng chọn tin" in body
    # without p_p_id the namespaced id is not handed to the portlet
    status, body, _ = fetch(server, f"{portal.DETAIL_LAYOUT}?_{portal.DETAIL_PID}_id=41092")
    assert "Vui lòng chọn tin" in body


def test_pagination_needs_the_instance_id(server):
    cat = portal.CATS[21101]
    _, page2, _ = fetch(server, cat.page_url(2))
    assert "Khai mạc Hội khỏe Phù Đổng" in _text(page2)
    _, stripped, _ = fetch(server, f"{cat.path}?_{cat.pid}_page=2")
    assert "Khai mạc Hội khỏe Phù Đổng" not in _text(stripped)
    _, beyond, _ = fetch(server, cat.page_url(9))
    assert "Khai mạc Hội khỏe Phù Đổng" in _text(beyond)


def test_every_gold_article_is_reachable_from_start(server):
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urlsplit(urljoin(server.url(target), headers["Location"])).path)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        base = server.url(target)
        for link in _links(body, base) + _get_forms(body):
            if link not in seen:
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    only_page2 = {"41050", "41038", "41021"}
    first_pages = set()
    for cat in portal.CATS.values():
        _, body, _ = fetch(server, cat.path)
        first_pages.update(re.findall(r"-(\d{5})\.html", body))
    _, home, _ = fetch(server, portal.HOME)
    first_pages.update(re.findall(r"-(\d{5})\.html", home))
    assert not only_page2 & first_pages
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    assert fetch(server, "/web/sgddt/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/khong-ton-tai.html")[0] == 404
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.HOME
