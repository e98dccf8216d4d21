"""Markup shapes of round 114's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.dates import find_dates
from crawler.core.lines import is_counter, is_date_line, is_fields_line
from crawler.extract import extract_article

_P1 = (
    "Ngày 03/12/2026, Trường tổ chức Hội nghị sơ kết công tác chuyên môn học kỳ I, đánh giá kết quả thực hiện "
    "chương trình và kế hoạch dạy học của các tổ bộ môn trong ba tháng đầu năm học."
)
_P2 = (
    "Các tổ trưởng báo cáo tiến độ thực hiện chương trình, những khó khăn khi triển khai sách giáo khoa mới và đề "
    "xuất giải pháp nâng cao chất lượng các tiết dạy trên lớp."
)
_P3 = "Hội nghị thống nhất tổ chức kiểm tra cuối học kỳ I từ ngày 21/12/2026 theo lịch chung của Sở."
_TITLE = "Sơ kết công tác chuyên môn học kỳ I năm học 2026 – 2027"
_URL = "http://127.0.0.1/tin/so-ket-chuyen-mon-hoc-ky-i/"


def _page(body: str, head: str = "") -> bytes:
    return f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title>{head}</head><body>{body}</body></html>'.encode()


def test_a_reading_time_estimate_is_a_counter_not_text() -> None:
    assert is_counter("🕑 4 phút đọc · 812 từ")
    assert is_counter("Thời gian đọc: khoảng 6 phút")
    assert is_counter("2 min read")
    assert not is_counter("Trong 5 phút đọc bài, em hiểu thêm về lịch sử quê hương")


def test_the_posting_accounts_name_then_the_day_and_a_comment_count_is_a_meta_line() -> None:
    assert is_date_line("Viết bởi Quản trị viên | Thứ năm, 03 Tháng mười hai 2026, 09:40 SA | Bình luận (0)")
    assert is_date_line("Đăng bởi Lê Thị Hoa | 03/12/2026 | 5 bình luận")
    assert not is_date_line("Đăng bởi vì trời mưa | 03/12/2026")


def test_a_zone_name_between_a_time_and_its_weekday_and_day() -> None:
    found = find_dates("09:15:00 ICT Thứ năm, ngày 03 tháng mười hai năm 2026")
    assert [f.iso() for f in found] == ["2026-12-03T09:15:00+07:00"]


def test_a_months_place_past_twelve_is_read_month_first() -> None:
    assert [f.iso() for f in find_dates("10/23/2026 09:30 AM")] == ["2026-10-23T09:30:00+07:00"]
    assert [f.iso() for f in find_dates("23/10/2026 09:30")] == ["2026-10-23T09:30:00+07:00"]
    assert find_dates("Từ 5-15/11/26") == []


def test_the_pages_stamp_settles_a_day_and_month_both_twelve_or_less() -> None:
    head = '<meta property="article:published_time" content="2026-11-05T02:10:00Z">'
    body = f"<h1>{_TITLE}</h1><div class='info'>11/05/2026 09:10 AM</div><div class='entry'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    assert extract_article(_page(body, head), _URL)["published_at"] == "2026-11-05T09:10:00+07:00"
    # (the stamp agreeing with the day-first reading leaves it as it is)
    head = '<meta property="article:published_time" content="2026-05-11T02:10:00Z">'
    assert extract_article(_page(body, head), _URL)["published_at"] == "2026-05-11T09:10:00+07:00"


def test_a_workflow_line_of_labelled_fields_is_no_text() -> None:
    assert is_fields_line("Người nhập tin: bientap02 | Người kiểm duyệt: Trần Văn Hải | Tác giả:")
    assert is_fields_line("Người tạo: admin | Tác giả: Ngô Thị Lan")
    assert not is_fields_line("Tác giả: Ngô Thị Lan | Nguồn: Báo Lào Cai")


def test_a_post_filed_under_several_categories_is_in_the_section_its_trail_names() -> None:
    body = (
        f"<div class='path'><a href='/'>Trang chủ</a> » <a href='/tin-tuc/'>Tin hoạt động</a> » <span>{_TITLE}</span></div>"
        f"<h1>{_TITLE}</h1><p class='meta'>03/12/2026</p>"
        "<p class='cats'>Danh mục: <a href='/category/chuyen-mon'>Chuyên môn</a>, <a href='/category/to-toan'>Tổ Toán</a></p>"
        f"<div class='entry'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    )
    assert extract_article(_page(body), _URL)["category"] == "Tin hoạt động"


def test_a_writer_with_a_degree_and_a_unit_under_the_headline() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><div class='tacgia'><em>TS. Hoàng Minh Đức – Khoa Nhà nước và pháp luật</em></div>"
        f"<p class='meta'>Ngày đăng: 03/12/2026</p><div class='entry'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>"
    )
    assert extract_article(_page(body), _URL)["authors"] == ["Hoàng Minh Đức"]


def test_a_leads_label_inside_the_text_box_is_no_part_of_the_lead() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p class='meta'>03/12/2026</p>"
        f"<p class='summary-field'><b>Tóm lược:</b> {_P1}</p><p>{_P2}</p><p>{_P3}</p></article>"
    )
    record = extract_article(_page(body), _URL)
    assert record["summary"] == _P1
    assert record["body"].startswith(_P1)


def test_the_texts_second_part_after_a_list_set_between_the_two() -> None:
    related = "".join(f"<li><a href='/tin/{i}/'>Bài viết số {i} của nhà trường trong tháng</a></li>" for i in range(3))
    body = (
        f"<div class='post'><h1>{_TITLE}</h1><p class='meta'>03/12/2026</p>"
        f"<div class='phan-1'><p>{_P1}</p></div>"
        f"<div class='xen'><strong>Tin liên quan</strong><ul>{related}</ul></div>"
        f"<div class='phan-2'><p>{_P2}</p><p>{_P3}</p></div>"
        "<div class='share'><a href='#'>Chia sẻ</a></div></div>"
    )
    assert extract_article(_page(body), _URL)["body"] == "\n\n".join([_P1, _P2, _P3])
