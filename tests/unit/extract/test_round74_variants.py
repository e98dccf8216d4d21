"""Round 74 (blind portals cong_ttdt_huyen_pgd, nukeviet4_tct, django_vendor_sgddt,
wp_school_mamnon_pgd): rules, each checked on wording and markup of other shapes than the portal's."""

from __future__ import annotations

import pytest

from crawler.core.bylines import split_names
from crawler.core.lines import is_file_size_line
from crawler.extract import extract_article

_PROSE = "Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao chất lượng dạy và học trong năm học mới. "


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Phòng Quản lý đào tạo và Nghiên cứu khoa học", ["Phòng Quản lý đào tạo và Nghiên cứu khoa học"]),
        ("Ban Tuyên giáo và Dân vận", ["Ban Tuyên giáo và Dân vận"]),
        ("Khoa Lý luận cơ sở và Khoa Xây dựng Đảng", ["Khoa Lý luận cơ sở", "Khoa Xây dựng Đảng"]),
        ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ],
)
def test_an_offices_name_joining_its_fields_with_and_stays_whole(text: str, names: list[str]) -> None:
    assert split_names(text) == names


@pytest.mark.parametrize(("line", "size"), [("1 tệp 245.6 KB", True), ("2 files · 1,2 MB", True), ("245,6 KB", True), ("Có 12 tệp tin được gửi", False)])
def test_a_download_cards_size_line(line: str, size: bool) -> None:
    assert is_file_size_line(line) is size


def _page(head: str, text: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Sở GD&amp;ĐT</title></head><body>'
        '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/chuyen-muc/giao-duc-trung-hoc/">Giáo dục trung học</a></li></ol>'
        f'<article class="detail">{head}<div class="content">{text}</div></article></body></html>'
    ).encode()


def test_a_kicker_over_the_headline_is_no_category() -> None:
    head = '<p class="post-kicker">Kỳ thi HSG cấp tỉnh</p><h1>Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh diễn ra nghiêm túc</h1><div class=date>Ngày đăng: 01/12/2026 11:20</div>'
    record = extract_article(_page(head, f"<p>{_PROSE * 3}</p><p>{_PROSE * 2}</p>"), "http://h/tin-tuc/2026/12/thi-hsg/")
    assert record["category"] == "Giáo dục trung học"


def test_the_linked_titles_under_a_read_more_label_are_a_related_list_and_the_byline_above_is_read() -> None:
    text = (
        f"<p>{_PROSE * 3}</p><p>{_PROSE * 2}</p>"
        '<p style="text-align:right"><strong>Tin, ảnh: Võ Thị Hồng</strong></p>'
        '<p><strong>Xem thêm:</strong></p><p><a href="/tin/12.aspx">Tập huấn chuyển đổi số cho cán bộ quản lý các trường</a></p>'
    )
    record = extract_article(_page("<h1>Hội thi giáo viên chủ nhiệm lớp giỏi cấp tiểu học</h1><div class=date>05/12/2026</div>", text), "http://h/tin/13.aspx")
    assert record["authors"] == ["Võ Thị Hồng"] and "Tập huấn chuyển đổi số" not in record["body"]


def test_a_download_card_after_the_signature_is_no_text() -> None:
    text = (
        f"<p>{_PROSE * 3}</p><p>{_PROSE * 2}</p>"
        '<p style="text-align: right;"><em>Tổ Tiểu học</em></p>'
        '<div class="card"><div class="media-body"><h3><a href="/download/512-tb/">Thông báo 512/TB-PGDĐT</a></h3>'
        '<div class="text-muted">1 tệp 245.6 KB</div></div><a class="btn" href="#">Tải về</a></div>'
    )
    record = extract_article(_page("<h1>Thông báo lịch kiểm tra chuyên đề giáo dục thể chất</h1><div class=date>03/12/2026</div>", text), "http://h/thong-bao-lich/")
    assert record["authors"] == ["Tổ Tiểu học"] and "512/TB" not in record["body"] and "245.6" not in record["body"]
