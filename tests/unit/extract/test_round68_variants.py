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


# Round 69 (blind portal reprint_sources_thpt): sources and bylines of reprints


@pytest.mark.parametrize(
    ("line", "authors", "photographers"),
    [
        ("Bài và ảnh: Thu Hà – Cổng TTĐT Quảng Ninh", ["Thu Hà"], ["Thu Hà"]),
        ("Tin: Hoài Nam - Báo Lạng Sơn", ["Hoài Nam"], []),
        ("Bài: Lê Vân - Đài PT-TH Hà Tĩnh", ["Lê Vân"], []),
    ],
)
def test_a_newspaper_or_portal_after_a_writers_name_is_her_unit(line: str, authors: list[str], photographers: list[str]) -> None:
    from crawler.core.bylines import parse_byline

    got = parse_byline(line)
    assert got is not None and (got.authors, got.photographers) == (authors, photographers)


def _reprint(first: str, last: str) -> dict:
    text = "Kỳ thi năm nay giữ ổn định về cấu trúc đề và số môn thi, các trường chủ động ôn tập cho học sinh lớp 12. "
    page = (
        "<html><head><meta charset=utf-8><title>Tin</title></head><body><div class=post><h1>Kỳ thi tốt nghiệp năm 2027 giữ ổn định</h1>"
        f"<div class=date>18/11/2026</div><div class=entry>{first}<p>{text * 2}</p><p>{text}</p>{last}</div></div></body></html>"
    ).encode()
    return extract_article(page, "http://h/ky-thi/")


def test_the_publication_a_reprint_names_over_its_text_is_its_source() -> None:
    got = _reprint('<p style="text-align:right"><b>Theo Dân trí</b></p>', "")
    assert got["source"] == "Dân trí" and not got["body"].startswith("Theo")
    # a sentence opening with "Theo" is the text's
    got = _reprint("<p>Theo kế hoạch của Sở, các trường hoàn thành chương trình trước ngày 20/5.</p>", "")
    assert got["source"] is None and got["body"].startswith("Theo kế hoạch")


def test_the_board_compiling_a_text_credits_nobody() -> None:
    got = _reprint("", '<p style="text-align:right"><em>BBT tổng hợp</em></p>')
    assert got["authors"] == [] and "BBT" not in got["body"]


# Round 69 (blind portal widget_heavy_egov_sgddt, markup invariance): a layout's numbered columns


@pytest.mark.parametrize("classes", [("col-main portlet-column", "col-side portlet-column"), ("portlet-column col-main", "portlet-column col-side")])
def test_a_layouts_numbered_columns_are_no_thread_of_posts(classes: tuple[str, str]) -> None:
    prose = "Sở tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 với 420 thí sinh dự thi tại ba điểm thi. "
    page = (
        "<html><head><meta charset=utf-8><title>Tin</title></head><body><div class=portlet-layout>"
        f'<div id="column-1" class="{classes[0]}"><div class=box><h2>Chi tiết tin</h2><h1>Kỳ thi học sinh giỏi cấp tỉnh lớp 12</h1>'
        f"<div class=ngay>17/11/2026</div><div class=content-detail><p>{prose * 2}</p><p>{prose}</p></div></div>"
        # (the column's other portlets, below the article: voters' questions, answers)
        + "".join(f"<div class=box><h2>Văn bản chỉ đạo {n}</h2><ul>" + "".join(f"<li><a href=/vb/{n}{k}>Công văn số {n}{k}/SGDĐT-GDTrH về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027</a></li>" for k in range(8)) + "</ul></div>" for n in range(3))
        + "</div>"
        f'<div id="column-2" class="{classes[1]}"><div class=box><h2>Hỏi đáp trực tuyến</h2><p>Thủ tục chuyển trường cho học sinh THCS từ tỉnh khác đến như thế nào, cần những giấy tờ gì?</p></div></div>'
        "</div></body></html>"
    ).encode()
    got = extract_article(page, "http://h/tin-tuc/-/view/1/ky-thi")
    assert "Thủ tục chuyển trường" not in got["body"] and "Công văn số" not in got["body"] and got["body"].startswith("Sở tổ chức kỳ thi")
