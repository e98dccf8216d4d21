"""Round 38's rules (Textpattern, a Spring Boot vendor portal) on markup of other shapes than the fixtures'."""

from __future__ import annotations

from crawler.core.lines import is_file_line
from crawler.extract import extract_article, not_article_reason

URL = "http://127.0.0.1:8000/bai-viet/57/hoi-thao-day-hoc-stem"
HEADLINE = "Hội thảo dạy học STEM cấp tiểu học năm học 2026 - 2027"
P1 = "Sáng 18/11, Phòng Giáo dục và Đào tạo tổ chức hội thảo dạy học STEM cho giáo viên cốt cán của 14 trường tiểu học trong huyện."
P2 = "Các đại biểu đã dự 3 tiết dạy minh họa và thảo luận cách xây dựng chủ đề STEM gắn với thực tiễn địa phương, phù hợp điều kiện nhà trường."


def _page(body: str) -> bytes:
    return f"<html><head><title>PGD huyện Mường Khương</title></head><body><div id='wrap'>{body}</div></body></html>".encode()


def test_the_link_a_meta_line_files_the_post_under_is_its_category_whatever_its_address() -> None:
    body = (
        f"<div class='entry'><h2 class='entry-heading'>{HEADLINE}</h2>"
        "<div class='byline-row'><span>18/11/2026</span> · đăng bởi <a href='/members/7'>Lò Văn Minh</a> "
        "trong <a href='/bai-viet/?section=tieu-hoc'>Giáo dục tiểu học</a></div>"
        f"<div class='entry-text'><p>{P1}</p><p>{P2}</p></div></div>"
        "<div class='side'><h4>Chuyên mục</h4><ul><li><a href='/bai-viet/?section=thcs'>Giáo dục THCS</a></li><li><a href='/bai-viet/?section=mam-non'>Giáo dục mầm non</a></li><li><a href='/bai-viet/?section=cong-doan'>Công đoàn</a></li></ul></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["title"] == HEADLINE
    assert record["category"] == "Giáo dục tiểu học"
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_poster_link_is_never_the_category() -> None:
    body = (
        f"<div class='entry'><h2 class='entry-heading'>{HEADLINE}</h2>"
        "<p class='meta'>Viết trong <a rel='author' href='/members/7'>Lò Văn Minh</a></p>"
        f"<div class='entry-text'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    assert extract_article(_page(body), URL)["category"] != "Lò Văn Minh"


def test_a_file_line_with_its_download_count_is_a_file_line() -> None:
    assert is_file_line("ke-hoach-stem-2026.docx (45 KB) · 12 lượt tải")
    assert is_file_line("Danh sách giáo viên cốt cán (96,7 KB) - Lượt tải: 31")
    assert is_file_line("QD-15-PGDDT.pdf | 8 downloads")
    assert not is_file_line("Có 57 lượt tải tài liệu hướng dẫn trong tuần qua.")


def test_a_post_of_files_only_has_no_text_not_its_headline_again() -> None:
    body = (
        f"<div class='entry'><h2 class='entry-heading'>{HEADLINE}</h2><p class='meta'>18/11/2026</p>"
        "<div class='entry-text'><ol class='files'>"
        "<li><a href='/tai-ve/31/ke-hoach-stem.pdf'>ke-hoach-stem.pdf</a> (210 KB) · 44 lượt tải</li>"
        "<li><a href='/tai-ve/32/phu-luc.docx'>phu-luc.docx</a> (38 KB) · 19 lượt tải</li>"
        "</ol></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"] in ("", None)
    assert not_article_reason(record) is not None


def test_a_caption_cell_spanning_photos_side_by_side_captions_each_of_them() -> None:
    cells = "".join(
        f"<td width='33%'><img src='/upload/anh-{n}.jpg' width='300'></td>" for n in (1, 2, 3)
    )
    body = (
        f"<div class='entry'><h2 class='entry-heading'>{HEADLINE}</h2><p class='meta'>18/11/2026</p>"
        f"<div class='entry-text'><p>{P1}</p>"
        f"<table border='0' width='100%'><tr>{cells}</tr><tr><td colspan='3' align='center'>Giáo viên thực hành tiết dạy STEM</td></tr></table>"
        f"<p>{P2}</p>"
        "<table border='0'><tr><td><img src='/upload/anh-4.jpg'></td><td><img src='/upload/anh-5.jpg'></td></tr></table>"
        "<p align='center'><i>Học sinh trưng bày sản phẩm</i></p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"] == f"{P1}\n\n{P2}"
    line = "Giáo viên thực hành tiết dạy STEM"
    assert [(i["url"].rsplit("/", 1)[1], i["caption"]) for i in record["images"]] == [
        ("anh-1.jpg", line),
        ("anh-2.jpg", line),
        ("anh-3.jpg", line),
        # (a line under the table, in no spanning cell: the last photo's, as before)
        ("anh-4.jpg", None),
        ("anh-5.jpg", "Học sinh trưng bày sản phẩm"),
    ]


def test_several_names_right_aligned_under_the_last_photo_sign_the_text() -> None:
    body = (
        f"<div class='entry'><h2 class='entry-heading'>{HEADLINE}</h2><p class='meta'>18/11/2026</p>"
        f"<div class='entry-text'><p>{P1}</p><p>{P2}</p>"
        "<div class='pic'><img src='/upload/stem-3.jpg'></div>"
        "<div align='right'><i>Đặng Quốc Bảo, Lý Thị Thu Hằng</i></div></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Đặng Quốc Bảo", "Lý Thị Thu Hằng"]
    assert [(i["url"].rsplit("/", 1)[1], i["caption"]) for i in record["images"]] == [
        ("stem-3.jpg", None)
    ]
    assert record["body"] == f"{P1}\n\n{P2}"
