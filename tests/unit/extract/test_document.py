"""Decoding and parsing: legacy fonts and mixed bytes repaired and named in ``Page.repair``;
ordinary pages (UTF-8, windows-1258 with combining marks, NFD) untouched by the repairs."""

from __future__ import annotations

import unicodedata

import pytest

from crawler.demo.server import Request
from crawler.extract.document import decode_raw, parse
from tests.portals import aspnet, hostile, joomla, legacy, portlet, wordpress
from tests.unit.cp1258 import to_cp1258

URL = "http://127.0.0.1/tin-tuc/bai-viet-123.html"
VI = "Trường Chính trị tỉnh tổ chức hội nghị triển khai công tác xây dựng Đảng"


def served(module, path: str, site=None) -> tuple[bytes, str]:
    """The page as the portal serves it; asked again, as a crawler retries, while it fails (hostile)."""
    site = site or module.build_site()
    target, _, query = path.partition("?")
    for _ in range(4):
        response = site.respond(Request("GET", target, query, {"Host": "127.0.0.1"}))
        if response is not None and response.status == 200 and response.cut_after is None:
            return response.payload(), response.headers.get("Content-Type", "")
    raise AssertionError(f"{path}: not served")


@pytest.mark.parametrize("module", [aspnet, joomla, portlet, wordpress, hostile], ids=lambda m: m.NAME)
def test_repairs_never_fire_on_the_fixture_portals(module) -> None:
    # aspnet serves windows-1258 (tone marks as combining characters), hostile NFD and
    # windows-1258-declared-UTF-8 pages: none of them is legacy or mixed
    site = module.build_site()
    for gold in module.GOLD:
        if gold["path"] in getattr(module, "LEGACY", []):
            continue
        body, ctype = served(module, gold["path"], site)
        page = parse(body, URL, ctype)
        assert page.repair is None, gold["path"]
        assert unicodedata.is_normalized("NFC", page.text)


def test_windows_1258_and_nfd_pages_are_not_repaired() -> None:
    for body, ctype in (
        (to_cp1258(f"<html><body><p>{VI}</p></body></html>"), "text/html; charset=windows-1258"),
        (to_cp1258(f"<html><body><p>{VI}</p></body></html>"), None),
        (unicodedata.normalize("NFD", f"<html><body><p>{VI}</p></body></html>").encode(), None),
    ):
        page = parse(body, URL, ctype)
        assert page.repair is None and page.tree.findtext(".//p") == VI


@pytest.mark.parametrize("path", sorted(legacy.REPAIRS), ids=lambda p: p.rsplit("-", 1)[-1])
def test_legacy_portal_pages_say_what_was_repaired(path: str) -> None:
    body, ctype = served(legacy, path)
    page = parse(body, URL, ctype)
    assert page.repair == legacy.REPAIRS[path]
    text = page.tree.text_content()
    assert "\ufffd" not in text and "Tr\xadêng" not in text and "Nguyễn Du" in text


def test_mixed_bytes_decode_as_utf8() -> None:
    body = f"<p>{VI}</p>".encode() + b"<p>" + to_cp1258(VI) + b"</p>"
    text, encoding, repair = decode_raw(body, "text/html; charset=utf-8")
    assert (encoding, repair) == ("utf-8", "mixed-bytes")
    assert unicodedata.normalize("NFC", text) == f"<p>{VI}</p><p>{VI}</p>"


def test_legacy_conversion_can_be_skipped() -> None:
    body, ctype = served(legacy, legacy.ARCHIVE_PATH)
    page = parse(body, URL, ctype, check_legacy=False)  # the spider's path for oversized pages
    assert page.repair is None and "Tr\xadêng" in page.tree.text_content()
