"""Self-checks of the composite_c1_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import composite_c1_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"<a\b[^>]*\bhref=\"([^\"]+)\"", re.I)
_FORM = re.compile(r"<form\b[^>]*\baction=\"([^\"]+)\"[^>]*\bmethod=\"get\"", re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def _links(base_target: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body) + [a + "?q=" for a in _FORM.findall(body)]:
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + base_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_STATIC) or parts.path.lower().startswith(("/media(", "/frontend/")):
            continue
        out.append(target)
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Every page reachable from START_PATH by links and GET forms: target -> body."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, f"linked page {target} answers {status}"
        seen[target] = body
        if "<html" in body:
            queue.extend(t for t in _links(target, body) if t not in seen)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    assert f"Chuyên mục: {gold['category']}" in text
    raw = _html.unescape(body)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in raw
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        hhmm = gold["published_at"][11:16]
        assert f"{d} " in text and f"{y} {hhmm}" in text
    else:
        assert f"{y} 00:00" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_alt_paths_serve_the_same_article(server, gold):
    _, body, _ = fetch(server, gold["path"])
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert alt_body == body


def test_gold_reachable_from_start(crawl):
    reached = set(crawl)
    for gold in portal.GOLD:
        assert {gold["path"], *gold.get("alt_paths", [])} & reached, gold["path"]


def test_some_articles_only_behind_page_two(crawl):
    """a11 and a13 are linked only from listing pages 2+."""
    for story in (portal.A11, portal.A13):
        path = portal.item_path(story)
        linking = [t for t, body in crawl.items() if f'href="{path}"' in body]
        assert linking, path
        assert all("page=" in t and "page=1" not in t for t in linking), linking


def test_non_articles(server, crawl):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200
        assert path in crawl, f"{path} not reachable"


def test_crawl_budget(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)), len(crawl)


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay",
        "/Tin-tuc/2026/11/03/Khong-ton-tai",
        "/Tin-tuc/2026/11/04/Thong-bao-lich-tiep-cong-dan-dinh-ky-thang-11-2026-cua-Giam-doc-So",
        "/Van-ban/9999-XX",
        "/Renderers/Page.aspx?pageId=00000000-0000-0000-0000-000000000000",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_nfd_item_is_decomposed_on_the_page(server):
    _, body, _ = fetch(server, portal.item_path(portal.A7))
    assert unicodedata.normalize("NFD", "Tập huấn") in body
    assert "Tập huấn sử dụng" not in body


def test_titles_not_in_h1(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        assert '<h1 class="tdtrang">Tin tức</h1>' in body
