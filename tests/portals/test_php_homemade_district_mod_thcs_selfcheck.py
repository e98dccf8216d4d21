"""Self-checks of the php_homemade_district_mod_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_district_mod_thcs as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\shref\s*=\s*["']([^"']*)["']""", re.I)
#: GET forms only: a crawler does not post comment or poll forms
_GET_FORM = re.compile(r"""<form\b[^>]*?\saction\s*=\s*["']([^"']*)["'][^>]*method=["']get["']""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text, entities decoded, NFC, whitespace collapsed."""
    plain = html.unescape(_TAG.sub(" ", body))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain.replace("\xa0", " "))).strip()


def links(body: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body) + _GET_FORM.findall(body):
        href = html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server, skip=lambda target: False) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(t for t in links(body, target) if t not in seen)
    return seen


def test_shape():
    assert portal.NAME == "php_homemade_district_mod_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in txt, (g["path"], cell)
            else:
                assert para in txt, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            assert img["path"].lstrip("/") in body, (g["path"], img)
            assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in txt
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in txt or f"ngày {int(d)} tháng {int(m)} năm {y}" in txt
        assert g["category"] in txt


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Trang chủ" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai.php",
        "/index.php?mod=khongco",
        "/index.php?mod=tintuc&cat=99",
        "/index.php?mod=vanban&act=detail&id=999",
        "/function.getimagesize",
    ):
        assert fetch(server, target)[0] == 404, target


def test_soft_404_of_deleted_article(server):
    status, body, _ = fetch(server, "/index.php?mod=tintuc&act=detail&id=101&cat=1")
    assert status == 200
    assert "không tồn tại hoặc đã bị xóa" in page_text(body)
    assert all("id=101" not in g["path"] for g in portal.GOLD)


def test_everything_reachable_and_bounded(server):
    seen = crawl(server)
    ok = {t for t, status in seen.items() if status == 200}
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in ok, target
    pages = [t for t in seen if not re.search(r"\.(jpg|png|gif|css|js|pdf)$", urlsplit(t).path)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_from_page_two_on(server):
    seen = crawl(server, skip=lambda t: bool(re.search(r"[?&]page=[2-9]", t)))
    missing = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(missing) >= 3, missing
    # page 3 of cat=1 is linked only from page 2
    _, body, _ = fetch(server, "/index.php?mod=tintuc&cat=1")
    assert "page=3" not in body and "page=2" in html.unescape(body)


def test_document_shares_article_id(server):
    _, doc, _ = fetch(server, "/index.php?mod=vanban&act=detail&id=110")
    _, art, _ = fetch(server, "/index.php?mod=tintuc&act=detail&id=110")
    assert "Kế hoạch kiểm tra nội bộ" in page_text(doc)
    assert "Hội thi giáo viên dạy giỏi" in page_text(art)


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
