"""NFC, entities, charsets and legacy font encodings."""

from __future__ import annotations

import unicodedata

from crawler.core.lines import is_boilerplate_line, is_date_line, is_related_heading
from crawler.core.text import clean_line
from crawler.extract.document import choose_encoding, decode
from tests.unit.cp1258 import to_cp1258

VI = "Trường Chính trị tỉnh Hậu Giang tổ chức hội nghị triển khai công tác xây dựng Đảng"


def test_clean_line_nfc_entities_spaces() -> None:
    decomposed = unicodedata.normalize("NFD", VI)
    assert clean_line(decomposed) == VI
    assert clean_line("Tr&#432;&#7901;ng  Ch&iacute;nh\u00a0tr&#7883;") == "Trường Chính trị"


def test_windows_1258_is_decoded_to_nfc() -> None:
    body = to_cp1258(f"<html><head><meta charset='windows-1258'></head><body><p>{VI}</p></body></html>")
    text, encoding = decode(body, "text/html; charset=windows-1258")
    assert encoding == "cp1258"
    assert VI in text


def test_wrong_declaration_utf8_sent_as_1258_and_back() -> None:
    utf8 = f"<p>{VI}</p>".encode()
    assert choose_encoding(utf8, "text/html; charset=windows-1258") == "utf-8"
    cp = to_cp1258(f"<p>{VI}</p>")
    assert decode(cp, "text/html; charset=utf-8")[0].find(VI) >= 0


def test_boilerplate_families() -> None:
    for line in ("Đang online: 5", "Hôm nay: 437", "Đã truy cập: 757010", "Lượt xem: 123", "Đang truy cập 12 | Hôm qua 300"):
        assert is_boilerplate_line(line) == "counter", line
    assert is_boilerplate_line("Bạn chưa có đủ quyền truy nhập portlet này.") == "notice"
    assert is_boilerplate_line("In trang | Gửi email | Chia sẻ") == "tools"
    assert is_boilerplate_line("Bản quyền thuộc Trường Chính trị tỉnh Hậu Giang") == "chrome"
    assert is_boilerplate_line("Hôm nay, nhà trường tổ chức khai giảng lớp bồi dưỡng cho 80 học viên.") is None
    assert is_related_heading("Các tin khác") and is_related_heading("Tin liên quan:") and not is_related_heading("Tin vui")
    assert is_date_line("Ngày 10-08-2022") and is_date_line("Thứ Năm, 10/08/2022 - 08:30")
    assert not is_date_line("Ngày 10-08-2022, nhà trường tổ chức hội nghị tổng kết.")
