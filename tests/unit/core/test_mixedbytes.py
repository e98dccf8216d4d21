"""UTF-8 pages with stray windows-1252/1258 bytes: repaired, never U+FFFD, and only those pages."""

from __future__ import annotations

import unicodedata

from crawler.core.mixedbytes import decode_mixed, is_mixed
from tests.unit.cp1258 import to_cp1258

TEMPLATE = "<html><head><meta charset='utf-8'><title>Tin tức - Sự kiện</title></head><body><p>Trang chủ</p>"
OLD = "Sáng ngày 14/9, Trường Chính trị tỉnh tổ chức Lễ khai giảng “năm học mới” – 120 học viên dự."


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_a_windows_1258_paragraph_in_a_utf8_page() -> None:
    body = TEMPLATE.encode() + b"<p>" + to_cp1258(OLD) + b"</p></body></html>"
    text, code_page = decode_mixed(body, "cp1258")
    assert code_page == "cp1258"
    assert nfc(text) == TEMPLATE + f"<p>{OLD}</p></body></html>"


def test_windows_1252_punctuation_and_letters_in_a_utf8_page() -> None:
    quoted = "Bộ sách “Những người khốn khổ” (Les Misérables) – giải thưởng…"
    body = TEMPLATE.encode()
    for ch in quoted:
        body += ch.encode("cp1252") if ch in "“”–…é" else ch.encode()
    text, _ = decode_mixed(body, "cp1252")
    assert "\ufffd" not in text and nfc(text) == TEMPLATE + quoted


def test_the_declared_code_page_breaks_ties() -> None:
    body = TEMPLATE.encode() + "“quoted” – …".encode("cp1252")  # the same in both code pages
    assert decode_mixed(body, "cp1252")[1] == "cp1252"
    assert decode_mixed(body, "cp1258")[1] == "cp1258"
    # Vietnamese stray bytes pick windows-1258 even when the page claims windows-1252
    assert decode_mixed(TEMPLATE.encode() + to_cp1258(OLD), "cp1252")[1] == "cp1258"


def test_single_byte_pages_are_not_mixed() -> None:
    page = TEMPLATE + f"<p>{OLD}</p>" * 200
    assert not is_mixed(to_cp1258(page)) and decode_mixed(to_cp1258(page)) is None
    latin = ("<p>Café déjà vu, “à la carte” – naïve façade. Ça coûte 5 €.</p>" * 50).encode("cp1252")
    assert decode_mixed(latin, "cp1252") is None
