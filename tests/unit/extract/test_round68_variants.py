"""Round 68 (blind portals comment_heavy_thpt, url_forms_thcs, names_in_body_tct,
table_layout_2005_pgd): extraction rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.core.elements import shown_text_of
from crawler.core.lines import is_file_line
from crawler.extract import extract_article


def test_a_scripts_source_is_no_shown_text() -> None:
    box = lxml.html.fromstring('<div><b>Hôm nay: <script>document.write(new Date().getDate() + "/" + m);</script></b><style>.a{color:red}</style> xin chào</div>')
    assert " ".join(shown_text_of(box).split()) == "Hôm nay: xin chào"
    plain = lxml.html.fromstring("<div><b>Hôm nay</b> xin chào</div>")
    assert shown_text_of(plain) == "Hôm nay xin chào"


SIDE = (
    '<td width="180"><span><font size="2"><script type="text/javascript">'
    'var ngay = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"]; var d = new Date();'
    ' document.write(ngay[d.getDay()] + ", ngày " + d.getDate() + " tháng " + (d.getMonth() + 1) + ", năm " + d.getFullYear() + ".");'
    "</script></font></span></td>"
)


def test_a_side_cell_writing_the_day_by_script_is_no_text() -> None:
    # a 2005 table layout: the article's cell holds a short text; the header's cell only a
    # script writing the day (its source full of commas and quotes)
    page = (
        "<html><head><meta charset=utf-8><title>Phòng Giáo dục</title></head><body><table><tr>"
        f"{SIDE}<td><font size=2>Trang chủ | Tin tức</font></td></tr></table>"
        '<table><tr><td width="180"><a href="/">Trang chủ</a><br><a href="/tin">Tin tức</a></td><td width="580">'
        '<font size="4" color="#0000FF"><b>Hội nghị tổng kết phong trào thi đua năm học 2025-2026</b></font><br><i>(Ngày 12/11/2026)</i>'
        "<p><font>Sáng 11/11, Phòng tổ chức hội nghị tổng kết phong trào thi đua, khen thưởng 12 tập thể.<br><br>"
        "Hội nghị cũng phát động phong trào thi đua năm học mới với chủ đề đổi mới, sáng tạo.</font></p>"
        "</td></tr></table></body></html>"
    ).encode()
    got = extract_article(page, "http://h/default.asp?id=7")
    assert got["body"].startswith("Sáng 11/11, Phòng tổ chức hội nghị tổng kết")
    assert "document.write" not in got["body"]


@pytest.mark.parametrize(
    ("line", "files"),
    [
        ("Chi tiết xem tại: Kế hoạch kiểm tra cuối học kỳ I (tệp PDF)", True),
        ("Mẫu phiếu đăng ký dự thi (file Word)", True),
        ("Danh sách học sinh đạt giải [định dạng PDF]", True),
        ("Em thích học môn Tin học (Word)", False),
        ("Học sinh làm bài trên giấy (tờ A4)", False),
    ],
)
def test_a_files_title_with_its_type_named_as_a_files_is_an_attachment_line(line: str, files: bool) -> None:
    assert is_file_line(line) is files
