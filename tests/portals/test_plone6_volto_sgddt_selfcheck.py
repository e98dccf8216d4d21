"""Self-checks of the plone6_volto_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import plone6_volto_sgddt as portal
from tests.portals._selfcheck import fetch

_TAG = re.compile(r"<[^>]+>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|td|th|tr|table|thead|tbody|br|hr|img|figure|figcaption|blockquote|"
    r"section|article|header|footer|nav|aside|main|form|button|label|input|textarea)\b[^>]*>",
    re.I,
)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)
_SRC = re.compile(r'<img\b[^>]*?\bsrc="([^"]*)"', re.I)
_FORM = re.compile(r'<form\b[^>]*?\baction="([^"]*)"[^>]*>', re.I)


def page_text(markup: str) -> str:
    """What a reader sees: no scripts, no tags, entities decoded, NFC, whitespace collapsed."""
    s = _SCRIPT.sub(" ", markup)
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = _BLOCK_TAG.sub(" ", s)
    s = _TAG.sub("", s)
    s = _html.unescape(s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def norm(value: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(base: str, page: str, href: str) -> str | None:
    href = _html.unescape(href).strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
        return None
    absolute = urljoin(base + page, href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over every same-host link from START_PATH (HTML pages only)."""
    base = server.base_url
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    linked_from: dict[str, set[str]] = {}
    html_pages: list[str] = []
    while queue:
        page = queue.popleft()
        status, body, headers = fetch(server, page)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        html_pages.append(page)
        for href in _HREF.findall(body):
            target = _target(base, page, href)
            if target is None:
                continue
            linked_from.setdefault(target, set()).add(page)
            if target not in seen and "@@download" not in target:
                seen.add(target)
                queue.append(target)
    return {"pages": html_pages, "linked_from": linked_from, "seen": seen}


def test_contract_shape():
    assert portal.NAME == "plone6_volto_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts + portal.NON_ARTICLES)) == len(paths) + len(alts) + len(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["title"] == norm(g["title"])
        assert g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_and_alt_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_fields_on_page(server, gold):
    for target in (gold["path"], gold["path"] + "/@@print"):
        status, body, _ = fetch(server, target)
        assert status == 200
        seen = page_text(body)
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in seen, (target, piece)
        for name in gold["authors"] + gold["photographers"]:
            assert name in seen, (target, name)
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in seen
        if gold["summary"]:
            assert gold["summary"] in seen
        srcs = [_html.unescape(s) for s in _SRC.findall(body)]
        for img in gold["images"]:
            assert img["path"] in srcs, (target, img["path"])
            if img["caption"]:
                assert img["caption"] in seen, (target, img["caption"])
        assert gold["category"] in seen
        when = gold["published_at"]
        if "T" in when:
            y, m, d = when[:10].split("-")
            assert f"{d}/{m}/{y} {when[11:16]}" in seen, target
        elif gold["path"] == portal._N1:
            assert "ngày 30 tháng 11 năm 2026" in seen
        else:
            y, m, d = when.split("-")
            assert f"{d}/{m}/{y} 00:00" in seen


def test_gold_body_excludes_chrome_and_neighbours():
    for gold in portal.GOLD:
        body = gold["body"]
        for chrome in ("Tin cùng chuyên mục", "Đọc nhiều nhất", "Xem thêm", "Tệp đính kèm", "Nơi nhận",
                       "Người đăng", "Ảnh:", "Tin liên quan", "cookie", "Liên minh châu Âu trong khuôn khổ"):
            assert chrome not in body, (gold["path"], chrome)


def test_every_gold_article_reachable_within_budget(crawl):
    for gold in portal.GOLD:
        assert gold["path"] in crawl["seen"], gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl["seen"], path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(crawl["pages"]) <= budget, (len(crawl["pages"]), budget)


def test_some_articles_only_behind_page_two(crawl):
    page_two = {portal._A7: "/tin-tuc?b_start=6", portal._A8: "/tin-tuc?b_start=6", portal._N3: "/thong-bao?b_start=5"}
    hidden = set(page_two)
    for path, listing in page_two.items():
        sources = crawl["linked_from"][path]
        assert listing in sources
        outside = {
            s for s in sources
            if s != listing and s.split("/view")[0].split("/@@print")[0] not in hidden
        }
        assert not outside, (path, outside)


def test_volto_markup_traps(server):
    _, body, _ = fetch(server, portal._A5)
    assert "2026-11-09T23:45:00+00:00" in body  # UTC attribute a day earlier
    assert "10/11/2026 06:45" in page_text(body)
    assert "window.__data=" in body and "http://localhost:8080/Plone" in body
    _, body, _ = fetch(server, portal._A3)
    assert unicodedata.normalize("NFD", "Lê Lợi") in body  # decomposed text
    _, body, _ = fetch(server, portal._N2)
    assert 'style="display:none"' in body  # collapsed accordion panels
    _, body, _ = fetch(server, portal._A6)
    assert "mso-list:Ignore" in body and "/resolveuid/" in body
    status, body, headers = fetch(server, "/++api++" + portal._A1)
    assert status == 200 and headers["Content-Type"].startswith("application/json")


def test_forms_answer(server):
    _, body, _ = fetch(server, "/")
    assert "/search" in _FORM.findall(body)
    status, body, _ = fetch(server, "/search?SearchableText=STEM")
    assert status == 200 and portal._A6 in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="documentFirstHeading"' in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/tin-tuc/bai-viet-khong-co",
        "/tin-tuc/bai-viet-khong-co/@@print",
        "/van-ban/cv-9999-sgddt",
        "/thong-bao/khong-co/view",
        "/++api++/tin-tuc/khong-co",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
