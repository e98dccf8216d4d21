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


def _article(title: str, paragraph: str, caption: str) -> bytes:
    filler = " ".join([paragraph] * 4)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
        f"<div class='detail-content'><p>{filler}</p><p>{filler}</p>"
        f"<figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure><p>{filler}</p></div></body></html>"
    ).encode()


def test_every_field_comes_out_nfc_whatever_the_utf8_page_holds() -> None:
    """Parsing skips the page-wide NFC pass for UTF-8 without combining diacritics (U+0300-U+036F);
    decomposed Vietnamese and code points NFC changes elsewhere (U+2126 OHM SIGN, U+212B ANGSTROM
    SIGN) still come out NFC in every field."""
    from crawler.extract import extract_article

    for title, text, caption in (
        (unicodedata.normalize("NFD", VI), unicodedata.normalize("NFD", VI + " trong năm học mới."), unicodedata.normalize("NFD", "Quang cảnh hội nghị")),
        (f"Điện trở 5 \u2126 và {VI}", f"Đơn vị \u212b và \u2126 trong bài giảng, {VI}.", "Ảnh \u2126 hội nghị"),
    ):
        record = extract_article(_article(title, text, caption), "http://127.0.0.1/tin/1.html")
        for field in ("title", "body", "summary"):
            value = record[field]
            assert value is None or unicodedata.is_normalized("NFC", value), field
        assert record["title"] == unicodedata.normalize("NFC", title)
        assert unicodedata.normalize("NFC", text) in record["body"]
        assert [unicodedata.normalize("NFC", caption)] == [img["caption"] for img in record["images"]]


def test_boilerplate_families() -> None:
    for line in ("Đang online: 5", "Hôm nay: 437", "Đã truy cập: 757010", "Lượt xem: 123", "Đang truy cập 12 | Hôm qua 300"):
        assert is_boilerplate_line(line) == "counter", line
    assert is_boilerplate_line("Bạn chưa có đủ quyền truy nhập portlet này.") == "notice"
    assert is_boilerplate_line("In trang | Gửi email | Chia sẻ") == "tools"
    assert is_boilerplate_line("Bản quyền thuộc Trường Chính trị tỉnh Hậu Giang") == "chrome"
    assert is_boilerplate_line("Hôm nay, nhà trường tổ chức khai giảng lớp bồi dưỡng cho 80 học viên.") is None
    # counters with their unit or in brackets; sharing, listening and comment tools
    for line in ("Đã xem: 123 lần", "Bình luận (0)", "Lượt thích: 12", "Lượt xem: 1.234 lượt"):
        assert is_boilerplate_line(line) == "counter", line
    for line in ("Chia sẻ bài viết", "Nghe đọc bài viết", "Sao chép liên kết", "Ý kiến bạn đọc", "Gửi bình luận"):
        assert is_boilerplate_line(line) == "tools", line
    assert is_boilerplate_line("Đã xem xét 3 hồ sơ của học viên.") is None
    assert is_related_heading("Các tin khác") and is_related_heading("Tin liên quan:") and not is_related_heading("Tin vui")
    assert is_date_line("Ngày 10-08-2022") and is_date_line("Thứ Năm, 10/08/2022 - 08:30")
    assert not is_date_line("Ngày 10-08-2022, nhà trường tổ chức hội nghị tổng kết.")
