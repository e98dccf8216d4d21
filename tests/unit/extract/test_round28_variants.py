"""Round 28's rules (a Java e-government CMS with URL session ids, Liferay DXP display templates,
ASP.NET postback-only lists, articles shown in an iframe) on markup of other shapes than the
fixtures': other tags, class names, wording and addresses."""

from __future__ import annotations

from crawler.core.bylines import parse_byline
from crawler.core.vocab import families
from crawler.extract import extract_article

URL = "http://127.0.0.1:8000/tin/xem?id=77"
HEADLINE = "Hội nghị triển khai nhiệm vụ năm học mới"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học mới với sự tham dự của toàn thể cán bộ, giáo viên và nhân viên trong trường."
P2 = "Hội nghị đã thống nhất các chỉ tiêu thi đua, kế hoạch dạy học và các giải pháp nâng cao chất lượng giáo dục toàn diện trong năm học này."


def _page(body: str, title: str = HEADLINE) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_an_office_name_ending_in_an_abbreviation_is_one_author() -> None:
    assert parse_byline("Người viết: Phòng Quản lý - NCKH").authors == ["Phòng Quản lý - NCKH"]
    assert parse_byline("Tin: Phòng GDTrH - Nguyễn Văn An").authors == ["Phòng GDTrH", "Nguyễn Văn An"]


def test_vietnamese_side_columns_block_titles_and_tool_names_are_furniture() -> None:
    assert "chrome" in families("cot-trai")
    assert "widget_title" in families("tieu-de-khoi")
    assert "tools" in families("cong-cu-bai") and "tools" in families("danh-gia")


def test_the_named_text_inside_an_article_box_full_of_furniture_is_the_text() -> None:
    furniture = "".join(f"<li><a href='/tin/xem?id={n}'>Tin khác số {n} về hoạt động của nhà trường trong tháng</a> (0{n}/11/2026)</li>" for n in range(1, 8))
    body = (
        f"<div class='khung-bai'><h2 class='ten-bai'>{HEADLINE}</h2><p class='ngay'>Ngày đăng: 12/11/2026</p>"
        f"<div class='noi-dung-bai'><p>{P1}</p><p>{P2}</p></div>"
        "<div class='cong-cu-bai'><a href='/in?id=77'>In bài</a> | <a href='/email?id=77'>Gửi email</a> | Lưu tin</div>"
        "<div class='danh-gia'>Đánh giá bài viết: ★★★★★ (4,6/5 - 39 lượt)</div>"
        f"<div class='tin-khac'><b>Các tin khác</b><ul>{furniture}</ul></div>"
        "<div class='y-kien'><b>Ý kiến bạn đọc</b><form>Họ tên <input name='ten'> Nội dung <textarea></textarea></form></div></div>"
    )
    assert extract_article(_page(body), URL)["body"] == f"{P1}\n\n{P2}"
