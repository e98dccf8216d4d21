"""Self-checks of the drupal7_vn_vendor_egov_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal7_vn_vendor_egov_pgd as portal
from tests.portals._common import collapse, esc
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)
_SKIP_EXT = (".jpg", ".png", ".gif", ".pdf", ".docx", ".css", ".js", ".ico", ".xml")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def links(markup: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(markup):
        url = urljoin("http://fixture.invalid" + here, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_module_shape():
    assert portal.NAME == "drupal7_vn_vendor_egov_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["body"] and len(g["body"].split("\n\n")) >= 3, g["path"]
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page_carries_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title" id="page-title">{esc(gold["title"])}</h1>' in body
    txt = page_text(body)
    for para in gold["body"].split("\n\n"):
        # a table row is a paragraph of cells joined by " | "
        assert all(cell in txt for cell in para.split(" | ")), para
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert gold["source"] in txt
    for img in gold["images"]:
        assert esc(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in txt
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in txt or f"ngày {int(d)} tháng {int(m)} năm {y}" in txt
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} - {gold['published_at'][11:16]}" in txt
    assert gold["category"] in txt


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert esc(gold["title"]) in body
        txt = page_text(body)
        assert gold["body"].split("\n\n")[-1] in txt


def test_every_gold_article_is_reachable_from_start(server):
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    while queue and len(seen) < 400:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, urlsplit(target).path):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) < 200


def test_oldest_articles_only_on_later_pages(server):
    """The two oldest (imported) articles are on no first page of any listing."""
    oldest = [portal.node_path(portal.BY_NID[n]) for n in (1201, 1202)]
    first_pages = ["/", "/tin-tuc", *(portal.term_path(t) for t in portal.TERMS)]
    first_pages += [portal.node_path(s) for s in portal.STORIES]
    for target in first_pages:
        _, body, _ = fetch(server, target)
        for path in oldest:
            if target != path:
                assert f'href="{path}"' not in body, (target, path)
    _, body, _ = fetch(server, "/trang-chu?page=0,2")
    assert all(f'href="{p}"' in body for p in oldest)
    _, body, _ = fetch(server, "/")
    assert 'href="/trang-chu?page=0,1"' in body


def test_traps_are_in_place(server):
    a1 = portal.BY_NID[1296]
    _, body, _ = fetch(server, f"/print/{a1.id}")
    assert '<span class="print-footnote">[1]</span>' in body and "URL nguồn:" in body
    _, body, _ = fetch(server, f"/printmail/{a1.id}")
    assert esc(a1.title) in body and "print_mail_form" in body
    imported = portal.BY_NID[1202]
    _, body, _ = fetch(server, portal.node_path(imported))
    assert 'content="2026-10-30T16:41:05+07:00"' in body
    assert unicodedata.normalize("NFD", imported.paragraphs[1]) in body
    assert imported.paragraphs[1] not in body
    _, body, _ = fetch(server, "/tin-tuc?page=1")
    assert "11/12/2026 - 15:10" in body
    _, body, _ = fetch(server, "/taxonomy/term/4")
    assert esc(a1.title) in body


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    for path in ("/tin-tuc/khong-co-bai-nay", "/node/99999", "/chuyen-muc/khong-co", "/abc"):
        status, _, _ = fetch(server, path)
        assert status == 404, path
    status, _, headers = fetch(server, "/sites/default/files/tin-tuc/2026/11/trao-hoc-bong-1.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
