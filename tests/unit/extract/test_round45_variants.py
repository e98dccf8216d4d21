"""Round 45 (blind portals ladipage_thcs, mojoportal_sgddt, bludit_pgd, dokuwiki_blog_thpt):
extraction and navigation rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

import pytest

from crawler.core.bylines import is_closing_line, parse_byline
from crawler.core.lines import is_boilerplate_line
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.navigation.urls import is_trap

_PROSE = "".join(f"<p>Câu văn thứ {i} của bài viết kể về hoạt động của nhà trường trong tuần qua, đủ dài để là nội dung.</p>" for i in range(4))
_URL = "http://h/tin-tuc/hoi-nghi-tong-ket"


def _page(headline: str, text: str, around: str = "") -> str:
    return f"<html><body><div id='main'>{headline}<div class='entry-body'>{text}</div>{around}</div></body></html>"


# --- an editor's link printed to every reader (mojoportal_sgddt) ---


@pytest.mark.parametrize(
    "link",
    [
        "<a class='post-edit-link' href='/wp-admin/post.php?post=12&action=edit'>Edit</a>",
        "<span class='edit'><a href='/index.php?option=com_content&task=article.edit&a_id=7'>Chỉnh sửa</a></span>",
    ],
)
def test_an_edit_link_in_the_headline_is_no_word_of_it(link: str) -> None:
    record = extract_article(_page(f"<h1>Hội nghị tổng kết năm học {link}</h1>", _PROSE), _URL)
    assert record["title"] == "Hội nghị tổng kết năm học"


def test_a_link_named_edit_elsewhere_stays() -> None:
    text = _PROSE + "<p>Xem hướng dẫn <a href='/huong-dan/sua-loi'>Sửa</a> trên trang của Sở để biết thêm chi tiết về quy trình.</p>"
    record = extract_article(_page("<h1>Hội nghị tổng kết năm học</h1>", text), _URL)
    assert "hướng dẫn Sửa trên trang" in record["body"]


def test_edit_actions_profiles_and_wiki_views_are_not_followed() -> None:
    assert is_trap("http://h/Blog/EditPost.aspx?pageid=5&mid=12&ItemID=236")
    assert is_trap("http://h/news/edit.php?id=4")
    assert is_trap("http://h/index.php?option=com_content&task=article.edit&a_id=5")
    assert is_trap("http://h/wiki/index.php?title=Tin_tuc&action=edit")
    assert is_trap("http://h/ProfileView.aspx?userid=49")
    assert is_trap("http://h/doku.php?id=tin:a&do=revisions")
    assert is_trap("http://h/doku.php/tin/a?rev=1763612345")
    assert is_trap("http://h/wiki/index.php?title=Tin_tuc&oldid=4512")
    assert not is_trap("http://h/Blog/ViewPost.aspx?pageid=5&mid=12&ItemID=236")
    assert not is_trap("http://h/tin-tuc/bien-tap-vien-edit-video-cho-hoc-sinh.html")
    assert not is_trap("http://h/doku.php/tin/a")


# --- names run together with their record's word (mojoportal_sgddt's "blogtext") ---


def test_a_part_run_together_with_its_record_reads_as_if_apart() -> None:
    assert families("blogtext") == families("blog-text") == {"content"}
    assert families("newstags") == {"tags"}
    assert families("blogcomments") == {"comments"}
    assert families("blogroll") == frozenset()  # (no word after the record's)


def test_a_run_together_text_class_is_the_text_box() -> None:
    page = (
        "<html><body><div class='wrapper blogview'><h2 class='headline'>Hội nghị tổng kết năm học</h2>"
        f"<div class='newstext'>{_PROSE}<p style='text-align:right'><b>Lê Thị Hoa</b></p></div>"
        "<div class='newsfoot'>Chuyên mục: <a href='/cat/7'>Tin hoạt động</a></div></div></body></html>"
    )
    record = extract_article(page, _URL)
    assert "Chuyên mục" not in record["body"] and record["authors"] == ["Lê Thị Hoa"]


# --- a directive's closing without its letterhead (mojoportal_sgddt) ---


def test_closing_lines_are_posts_and_marks() -> None:
    assert is_closing_line("KT. GIÁM ĐỐC") and is_closing_line("PHÓ HIỆU TRƯỞNG") and is_closing_line("(đã ký)")
    assert is_closing_line("TM. BAN GIÁM HIỆU") and is_closing_line("[Đã ký và đóng dấu]")
    assert not is_closing_line("THÔNG BÁO") and not is_closing_line("Hiệu trưởng phát biểu khai mạc hội nghị")


def test_the_closing_above_the_signer_leaves_the_body() -> None:
    closing = "<div style='text-align:center;float:right'><p><b>TM. BAN GIÁM HIỆU</b></p><p><b>HIỆU TRƯỞNG</b></p><p><i>[Đã ký]</i></p><p><b>Trần Văn Sơn</b></p></div>"
    record = extract_article(_page("<h1>Hội nghị tổng kết năm học</h1>", _PROSE + closing), _URL)
    assert record["authors"] == ["Trần Văn Sơn"]
    assert "HIỆU TRƯỞNG" not in record["body"] and "Đã ký" not in record["body"]


def test_capitals_that_are_no_closing_stay_without_a_signer() -> None:
    text = _PROSE + "<p><b>PHÓ HIỆU TRƯỞNG</b></p><p>Câu văn cuối cùng của bài viết, nói về kế hoạch của học kỳ tới.</p>"
    record = extract_article(_page("<h1>Hội nghị tổng kết năm học</h1>", text), _URL)
    assert "PHÓ HIỆU TRƯỞNG" in record["body"]


# --- a caption opened by "Ảnh:" that describes the scene (mojoportal_sgddt) ---


@pytest.mark.parametrize(
    "line",
    ["Ảnh: Học sinh Trường Tiểu học Thạch Linh trong ngày khai trường", "Ảnh: Các đại biểu tại buổi lễ", "Ảnh: Đoàn viên đang dọn vệ sinh"],
)
def test_a_photo_label_over_a_scene_credits_nobody(line: str) -> None:
    assert parse_byline(line) is None


def test_a_photo_credit_naming_a_unit_stays_a_credit() -> None:
    assert parse_byline("Ảnh: Ban tổ chức hội thi").photographers == ["Ban tổ chức hội thi"]
    assert parse_byline("Ảnh: Lê Văn Bình, Hoàng Đức Anh").photographers == ["Lê Văn Bình", "Hoàng Đức Anh"]


# --- a copyright line opened by its sign (found on strikingly_school with its names hidden) ---


def test_a_copyright_line_opened_by_its_sign_is_chrome() -> None:
    assert is_boilerplate_line("© 2026 Trường Mầm non - Tiểu học Ngôi Sao Nhỏ. Bảo lưu mọi quyền.") == "chrome"
    assert is_boilerplate_line("Bản quyền © 2026 Trường THCS Tân Hòa") == "chrome"
