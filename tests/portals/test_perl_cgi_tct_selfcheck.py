"""Self-checks of the perl_cgi_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import perl_cgi_tct as portal
from tests.portals._common import collapse, image_gold
from tests.portals._selfcheck import NO_REDIRECTS


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def fetch_raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def decode(data: bytes) -> str:
    """The page as a browser reads it: the meta charset (windows-1258 or utf-8), then NFC."""
    head = data[:600].decode("ascii", "replace").lower()
    charset = "cp1258" if "windows-1258" in head else "utf-8"
    return unicodedata.normalize("NFC", data.decode(charset))


def page_text(markup: str) -> str:
    """Visible text, tags dropped in place (inline markup glues as printed), whitespace collapsed."""
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", "", markup, flags=re.S | re.I)
    markup = re.sub(r"<[^>]+>", "", markup)
    return collapse(html.unescape(markup))


def get_page(server: PortalServer, target: str) -> tuple[int, str]:
    status, data, _ = fetch_raw(server, target)
    return status, decode(data)


STORY_BY_PATH = {
    **{f"{portal.CGI}?action=view&id={s.id}": s for s in portal.CGI_STORIES},
    **{s.opts["path"]: s for s in portal.STATIC_STORIES},
}


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, markup = get_page(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(markup), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    story = STORY_BY_PATH[gold["path"]]
    status, markup = get_page(server, gold["path"])
    assert status == 200
    text = page_text(markup)
    for block in story.blocks:
        if isinstance(block, portal.P):
            if block.style == "tr":
                for cell in block.text.split(" | "):
                    assert collapse(cell) in text
            elif block.style == "vni":
                assert collapse(portal._vni_glyphs(block.text)) in text
                assert collapse(block.text) not in text
            else:
                assert collapse(block.text) in text, block.text[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    assert portal.DATE_PRINTED[story.id] in text
    assert gold["category"] in text
    srcs = [image_gold(src, gold["path"]) for src in re.findall(r'<img[^>]*\ssrc="([^"]+)"', markup)]
    for img in gold["images"]:
        assert {"path": img["path"]} in srcs
        assert server and fetch_raw(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text


def test_body_markers_not_in_gold():
    for g in portal.GOLD:
        body = g["body"]
        for junk in ("Người gửi", "Sửa lần cuối", "Các tin khác", "In bài", "Nơi nhận", "Xem thêm",
                     "File đính kèm", "Ảnh: Quang Huy", "THÔNG BÁO", "Theo Báo"):
            assert junk not in body, (g["path"], junk)
        assert body == unicodedata.normalize("NFC", body)
    notice = next(g for g in portal.GOLD if g["path"].endswith("id=117"))
    assert notice["published_at"] == "2026-11-30" and notice["authors"] == ["Nguyễn Thị Thu Hà"]


def test_cgi_pages_are_windows_1258_without_header_charset(server):
    status, data, headers = fetch_raw(server, f"{portal.CGI}?action=view&id=118")
    assert status == 200
    assert "charset" not in headers.get("Content-Type", "").lower()
    assert b"charset=windows-1258" in data
    raw = data.decode("cp1258")
    assert "\u0301" in raw or "\u0300" in raw  # tone marks as combining characters
    assert "Truong Chinh tri tinh Tuyen Quang" in raw  # the <title> is the ASCII site name


def _links(markup: str, base: str) -> list[str]:
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    found = re.findall(r'<(?:a|area|frame|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"', markup, flags=re.I)
    for action in re.findall(r'<form\b[^>]*action="([^"]*)"[^>]*method="get"', markup, flags=re.I):
        found.append(action + "?q=")
    out = []
    for href in found:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + base, html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if re.search(r"\.(jpe?g|gif|png|doc|pdf|css|js)$", parts.path, flags=re.I):
            continue
        out.append(target)
    return out


def test_everything_reachable_within_budget(server):
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    fetched = 0
    while queue:
        target = queue.pop(0)
        status, markup = get_page(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in _links(markup, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # page 2 articles are linked only in their listing form
    for sid in (104, 101):
        assert f"{portal.CGI}?action=view&id={sid}" not in seen
        assert f"{portal.CGI}?action=view&id={sid}&cat=1" in seen
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, markup = get_page(server, path)
        assert status == 200, path
        assert "Trường Chính trị" in page_text(markup) or "TRƯỜNG CHÍNH TRỊ" in page_text(markup)


def test_soft_404_and_empty_page(server):
    status, markup = get_page(server, f"{portal.CGI}?action=view&id={portal.DELETED_ID}")
    assert status == 200 and "không tồn tại" in page_text(markup)
    status, markup = get_page(server, f"{portal.CGI}?action=list&cat=1&page=3")
    assert status == 200 and "Chưa có tin" in page_text(markup)


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.htm",
        "/html/chuyende/khongco.htm",
        f"{portal.CGI}?action=xoa&id=118",
        f"{portal.CGI}?action=list&cat=9",
        "/cgi-bin/album.cgi?id=9",
        "/cgi-bin/khongco.cgi",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch_raw(server, target)[0] == 404
