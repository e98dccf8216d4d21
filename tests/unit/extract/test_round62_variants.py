"""Round 62 (blind portals lecturer_profiles_tct, frontpage_static_thcs, url_variants_pgd,
weekly_calendar_pgd): discovery and extraction rules on markup of other shapes than the
portals', and the near misses that must stay."""

from __future__ import annotations

import pytest

from crawler.core.lines import is_boilerplate_line
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import PageHints, plan_page

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về hội thi giảng viên dạy giỏi cấp trường với sự tham gia của hai mươi giảng viên các khoa.</p>" for i in range(4)
)


# --- pages in the news template that are no news --------------------------------------------------------


def _profile(title: str) -> bytes:
    return (
        "<html><body><div class='top'>Thứ Sáu, 04/12/2026</div><div class='post-detail'>"
        f"<h1 class='post-title'>{title}</h1><p class='meta'>Cập nhật: 12/10/2026</p><div class='post-content'>"
        "<p>Sinh năm 1978 tại xã Tịnh Khê, thành phố Quảng Ngãi. Tốt nghiệp cử nhân Triết học năm 2001, thạc sĩ năm 2009.</p>"
        f"{_PROSE}</div></div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "profile"),
    [
        ("ThS. Nguyễn Văn Bảy", True),
        ("PGS.TS. Trần Thị Thu Hà", True),
        ("CN. Võ Thị Kim Oanh", True),
        ("ThS. Nguyễn Văn Bảy đạt giải Nhất Hội thi giảng viên dạy giỏi", False),  # news about him
        ("Giảng viên Nguyễn Văn Bảy", False),
    ],
)
def test_a_page_headed_by_a_degree_and_a_name_is_a_staff_profile(title: str, profile: bool) -> None:
    plan = plan_page(parse(_profile(title), "http://h/giang-vien/nguyen-van-bay.html"))
    assert (plan.reason == "person_profile") is profile
    assert (plan.kind == "article") is not profile


def test_a_publications_entry_is_a_record() -> None:
    html = (
        "<html><body><div class='post-detail'><h1 class='post-title'>Giáo trình Triết học Mác - Lênin hệ trung cấp</h1>"
        "<ul class='info'><li><strong>Tác giả:</strong> Nhiều tác giả</li><li><strong>Nhà xuất bản:</strong> Nhà xuất bản Lý luận chính trị</li>"
        "<li><strong>Năm xuất bản:</strong> 2025</li><li><strong>Số trang:</strong> 312</li></ul>"
        f"<div class='post-content'>{_PROSE}</div></div></body></html>"
    ).encode()
    plan = plan_page(parse(html, "http://h/an-pham/giao-trinh.html"))
    assert (plan.kind, plan.reason) == ("other", "record_page")


# --- a list's last page of one entry ---------------------------------------------------------------------


def test_a_lists_last_page_of_one_entry_in_a_news_list_box_is_a_listing() -> None:
    html = (
        "<html><body><nav><a href='/danh-muc/tin-hoat-dong.html'>Tin hoạt động</a></nav><div class='col-md-8 content'>"
        "<h1 class='page-title'>Tin hoạt động</h1><div class='news-list'><div class='media news-item'>"
        "<h4 class='media-heading'><a href='/tin-tuc/ra-quan-tinh-nguyen-he-2026.html'>Chi đoàn Trường ra quân hưởng ứng Chiến dịch Thanh niên tình nguyện hè 2026</a></h4>"
        "<p class='date'>20/07/2026</p><p class='excerpt'>Sáng 19/7, Chi đoàn Trường tổ chức ra quân tại xã Nghĩa Sơn.</p></div></div>"
        "<ul class='pagination'><li><a href='?page=1'>1</a></li><li class='active'><span>2</span></li></ul></div></body></html>"
    ).encode()
    url = "http://h/danh-muc/tin-hoat-dong.html?page=2"
    plan = plan_page(parse(html, url), hints=PageHints(paged=True, channel="listing"))
    assert [lk.url for lk in plan.entries] == ["http://h/tin-tuc/ra-quan-tinh-nguyen-he-2026.html"]


# --- a hand-made static page ------------------------------------------------------------------------------


def _static(extra: str = "", trail: str = "<p><font size='2'><a href='../index.htm'>Trang chủ</a> &gt; <a href='index.htm'>Tin tức</a></font></p>") -> bytes:
    return (
        "<html><head><title>New Page 1</title><meta name='GENERATOR' content='Microsoft FrontPage 6.0'></head><body><table><tr>"
        "<td width='185'><a href='../index.htm'>Trang chủ</a><br><a href='index.htm'>Tin tức</a></td><td valign='top'>"
        f"{trail}<p align='center'><b><font size='4' color='#003399'>Tuyên truyền pháp luật về an toàn giao thông cho học sinh</font></b></p>"
        "<p align='center'><i><font size='3'>(Ngày 24 tháng 9 năm 2026)</font></i></p>"
        "<p class=MsoNormal><b><i>Sáng 23/9, Phòng Cảnh sát giao thông phối hợp với nhà trường tổ chức buổi tuyên truyền cho hơn 800 học sinh.</i></b></p>"
        f"{_PROSE}<p align='right'><b>Người viết: Lê Thị Hoa</b></p>"
        "<p align='center'><a href='../index.htm'>[Trở về trang chủ]</a>&nbsp;&nbsp; <a href='javascript:window.print()'>[In trang này]</a></p>"
        "<hr><p align='center'><b>TRƯỜNG THCS KIM ĐỒNG</b><br>Địa chỉ: 45 Lê Lợi, phường 2, thành phố Đông Hà<br>"
        "Điện thoại: (0233) 3852 417 - Email: thcskimdong@quangtri.edu.vn<br>Thiết kế: Tổ Tin học - Xem tốt nhất với độ phân giải 1024 x 768<br>"
        f"Trang này được cập nhật lần cuối: 01/12/2026</p>{extra}</td></tr></table></body></html>"
    ).encode()


def test_a_static_pages_bold_centred_line_over_its_day_past_the_trail_is_the_headline() -> None:
    record = extract_article(_static(), "http://h/Tin%20tuc/An%20toan%20giao%20thong.htm")
    assert record["title"] == "Tuyên truyền pháp luật về an toàn giao thông cho học sinh"
    assert record["published_at"] == "2026-09-24"
    assert record["summary"] is not None and record["summary"].startswith("Sáng 23/9")
    assert record["authors"] == ["Lê Thị Hoa"]
    body = record["body"]
    assert "Trang chủ" not in body and "Địa chỉ" not in body and "Thiết kế" not in body and "cập nhật lần cuối" not in body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("[Trở về trang chủ] [In trang này] [Lên đầu trang]", "tools"),
        ("[In trang] [Gửi cho bạn bè] [Quay lại] [Về đầu trang]", "tools"),
        ("Thiết kế: Tổ Tin học - Xem tốt nhất với độ phân giải 1024 x 768", "chrome"),
        ("Trang này được cập nhật lần cuối: 01/12/2026", "chrome"),
        ("Thiết kế bài giảng điện tử là một kỹ năng cần thiết của giáo viên", None),
    ],
)
def test_a_hand_made_sites_footer_and_bracketed_tools(line: str, kind: str | None) -> None:
    assert is_boilerplate_line(line) == kind


# --- a list of names closing no text ----------------------------------------------------------------------


def test_a_list_of_pupils_with_their_schools_is_text_and_the_byline_under_it_is_read() -> None:
    text = (
        _PROSE + "<p>Giải Nhất thuộc về các em:</p><p>Em Nguyễn Khánh Vy, Trường TH Mậu Thân;</p><p>Em Trần Gia Huy, Trường TH Lê Quý Đôn;</p>"
        "<p>Em Võ Minh Châu, Trường TH Ngô Quyền.</p><figure><img src='/u/a.jpg'><figcaption>Ban tổ chức trao giải</figcaption></figure>"
        "<p style='text-align:right'><b>Tin: Trần Thị Ngọc Hân (Trường TH Cái Khế)</b></p>"
    )
    html = f"<html><body><h1>Hội thi kể chuyện theo sách cấp tiểu học năm học 2026 - 2027</h1><p>14/11/2026</p><div class='c'>{text}</div></body></html>"
    record = extract_article(html.encode(), "http://h/tin-tuc/hoi-thi-ke-chuyen/")
    assert record["authors"] == ["Trần Thị Ngọc Hân"]
    assert record["body"].endswith("Em Võ Minh Châu, Trường TH Ngô Quyền.")


# --- round 63: a closing line of place and day, an office by its initials ------------------------------


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("(Vĩnh Linh, ngày 28 tháng 10 năm 2026)", True),
        ("Hà Nội, ngày 05/11/2026", True),
        ("Chúng tôi, ngày 5 tháng 11 năm 2026 đã họp bàn kế hoạch", False),
        ("Học sinh đi học bình thường từ Thứ Hai, ngày 23/11/2026.", False),  # a sentence, no place
    ],
)
def test_a_place_and_day_line_in_brackets_or_numeric_is_a_date_line(line: str, dated: bool) -> None:
    from crawler.core.lines import is_date_line

    assert is_date_line(line) is dated


def test_a_unit_signing_over_its_place_and_day_is_the_author() -> None:
    text = _PROSE + "<p><b>Tổ Mầm non</b></p><p><i>(Vĩnh Linh, ngày 28 tháng 10 năm 2026)</i></p>"
    html = f"<html><body><h1>Kiểm tra công tác bán trú tại các trường mầm non</h1><div class='c'>{text}</div></body></html>"
    record = extract_article(html.encode(), "http://h/tin/2026/10/28/kiem-tra.html")
    assert record["authors"] == ["Tổ Mầm non"]
    assert record["published_at"] == "2026-10-28"
    assert "Tổ Mầm non" not in record["body"].split("\n\n")[-1]


def test_an_office_by_its_initials_after_a_name_is_no_second_name() -> None:
    from crawler.core.bylines import parse_signature

    byline = parse_signature("Hồ Thị Thanh Thủy - PGD Vĩnh Linh", closing=True)
    assert byline is not None and byline.authors == ["Hồ Thị Thanh Thủy"]
