"""Round 48 (blind portals liferay62_journal_tct, wp_classic_captions_thpt, php_bylines_thcs,
aspnet_sapo_inline_sgddt): extraction rules, each checked on markup of other shapes than the
portal's, and with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from crawler.core.dates import find_dates
from crawler.core.lines import is_file_line
from crawler.extract import extract_article

_PROSE = "".join(f"<p>Câu văn thứ {i} của bài viết kể về hoạt động của nhà trường trong tuần qua, đủ dài để là nội dung.</p>" for i in range(4))
_URL = "http://h/tin-tuc/ngay-hoi-van-hoa-dan-gian"


def _page(text: str, before: str = "") -> str:
    return f"<html><body><div id='main'>{before}<h1>Ngày hội văn hóa dân gian chào mừng 20/11</h1><div class='entry-body'>{text}</div></div></body></html>"


# --- emoji drawn as pictures (wp_classic_captions_thpt) ---


@pytest.mark.parametrize(
    "emoji",
    [
        "<img class='emoji' src='https://s.w.org/images/core/emoji/2.4/72x72/1f449.png' alt='👉'>",
        "<img src='/images/smilies/icon_smile.gif' alt=':)'>",
    ],
)
def test_an_emoji_is_no_photo_and_captions_nothing(emoji: str) -> None:
    line = f"<p>{emoji} Thời gian: 7 giờ 30, Chủ nhật ngày 29/11/2026.</p>"
    record = extract_article(_page(_PROSE + line + _PROSE), _URL)
    assert record["images"] == []
    assert "Thời gian: 7 giờ 30, Chủ nhật ngày 29/11/2026." in record["body"]


# --- the featured photo before the post's headline box (wp_classic_captions_thpt) ---


def test_the_featured_photo_before_the_headline_box_in_the_article_is_its_photo() -> None:
    html = (
        "<html><body><article class='post'><div class='post-thumb'><img src='/uploads/2026/10/anh-dai-dien.jpg' width=660></div>"
        f"<div class='post-inner'><h1>Sinh hoạt chuyên môn liên trường</h1><div class='entry'>{_PROSE}</div></div></article></body></html>"
    )
    record = extract_article(html, _URL)
    assert [img["url"] for img in record["images"]] == ["http://h/uploads/2026/10/anh-dai-dien.jpg"]


def test_a_banner_outside_the_article_is_not_its_photo() -> None:
    html = (
        "<html><body><div class='banner'><img src='/uploads/banner-truong.jpg' width=960></div><article class='post'>"
        f"<div class='post-inner'><h1>Sinh hoạt chuyên môn liên trường</h1><div class='entry'>{_PROSE}</div></div></article></body></html>"
    )
    assert extract_article(html, _URL)["images"] == []


# --- photos side by side in one line share the line under them (wp_classic_captions_thpt) ---

_CAPTION = "<p style='text-align:center'><em>Học sinh tham gia các trò chơi dân gian</em></p>"


@pytest.mark.parametrize(
    "row",
    [
        "<p><img src='/u/a.jpg' width='300'><img src='/u/b.jpg' width='300'></p>",
        "<div><a href='/u/a-full.jpg'><img src='/u/a.jpg' style='width: 320px'></a> <a href='/u/b-full.jpg'><img src='/u/b.jpg' style='width: 320px'></a></div>",
    ],
)
def test_one_line_under_photos_side_by_side_captions_each(row: str) -> None:
    record = extract_article(_page(_PROSE + row + _CAPTION + _PROSE), _URL)
    assert [img["caption"] for img in record["images"]] == ["Học sinh tham gia các trò chơi dân gian"] * 2


@pytest.mark.parametrize(
    "stack",
    [
        "<div><img src='/u/a.jpg' style='width: 719px'><img src='/u/b.jpg' style='width: 693px'></div>",  # too wide for one line
        "<p><img src='/u/a.jpg' width='300'><br><img src='/u/b.jpg' width='300'></p>",  # a line break between them
        "<p><img src='/u/a.jpg'><img src='/u/b.jpg'></p>",  # no width printed: not known to fit
    ],
)
def test_stacked_photos_leave_the_line_to_the_last(stack: str) -> None:
    record = extract_article(_page(_PROSE + stack + _CAPTION + _PROSE), _URL)
    assert [img["caption"] for img in record["images"]] == [None, "Học sinh tham gia các trò chơi dân gian"]


# --- signatures (php_bylines_thcs) ---


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("<p align=right><b>Cô giáo Lê Thị Bích –<br>Tổ Tiếng Anh</b></p>", ["Lê Thị Bích"]),
        ("<p align=right>Thầy Phan Văn Đức -</p><p align=right>Giáo viên Tổ Toán</p>", ["Phan Văn Đức"]),
        ("<p align=right><b>Hoàng Yến (tổng hợp)</b></p>", ["Hoàng Yến"]),
        ("<p align=right><i>Minh Anh (sưu tầm)</i></p>", ["Minh Anh"]),
        ("<p align=right>st</p>", []),
        ("<p align=right><em>(Sưu tầm)</em></p>", []),
        ("<p><i>Tin: Hoàng Anh – CTV</i></p>", ["Hoàng Anh"]),
    ],
)
def test_closing_signatures(closing: str, authors: list[str]) -> None:
    record = extract_article(_page(_PROSE + closing), _URL)
    assert record["authors"] == authors
    assert record["body"].endswith("đủ dài để là nội dung.")


def test_a_name_in_brackets_after_the_last_sentence_signs() -> None:
    text = _PROSE + "<p>Hội thao là dịp để các thầy cô rèn luyện sức khỏe, gắn kết tình đồng nghiệp. (Minh Thư)</p>"
    record = extract_article(_page(text), _URL)
    assert record["authors"] == ["Minh Thư"]
    assert record["body"].endswith("gắn kết tình đồng nghiệp.")


@pytest.mark.parametrize(
    "last",
    [
        "<p>Buổi lễ có sự tham dự của thầy hiệu trưởng (Nguyễn Văn An) và các thầy cô giáo.</p>",  # inside the sentence
        "<p>Giải nhất thuộc về lớp 9A. (Xem danh sách đầy đủ)</p>",  # no name
        "<p>Giải nhất thuộc về lớp 9A. (Trường THCS Lê Lợi)</p>",  # a school, not a writer
    ],
)
def test_brackets_that_are_no_signature_stay(last: str) -> None:
    record = extract_article(_page(_PROSE + last), _URL)
    assert record["authors"] == []
    assert record["body"].endswith(last.removeprefix("<p>").removesuffix("</p>"))


def test_a_time_in_words_before_the_date() -> None:
    assert [d.iso() for d in find_dates("Đăng lúc 14 giờ 05 phút, ngày 27 tháng 10 năm 2026")] == ["2026-10-27T14:05:00+07:00"]
    assert [d.iso() for d in find_dates("Cập nhật 9 giờ 15 phút ngày 03/11/2026")] == ["2026-11-03T09:15:00+07:00"]


# --- a file's title with its type (aspnet_sapo_inline_sgddt) ---


def test_a_files_title_with_its_type_is_a_file_line() -> None:
    assert is_file_line("Quyết định công nhận kết quả (PDF)")
    assert is_file_line("Kế hoạch tổ chức hội thi [DOCX]")
    assert not is_file_line("Học sinh nộp bài thi theo mẫu định dạng PDF của Sở GD&ĐT trước ngày 30/11/2026.")


# --- widgets known by their wording when their class names say nothing (bench.neutral_names) ---


@pytest.mark.parametrize(
    "line",
    ["4.8/5 - (21 bình chọn)", "★★★★☆ 4,5/5 (12 lượt đánh giá)", "Đánh giá: 4.6/5 - 12 phiếu", "Bạn thấy bài viết này thế nào?", "Bạn đánh giá bài viết này thế nào?"],
)
def test_a_rating_bars_lines_are_tool_lines(line: str) -> None:
    from crawler.core.lines import is_tool_line

    assert is_tool_line(line)


def test_a_score_in_a_sentence_is_no_rating_bar() -> None:
    from crawler.core.lines import is_tool_line

    assert not is_tool_line("Lớp 9A đạt điểm trung bình 4.8/5 trong kỳ thi (21 bình chọn là kết quả)")


def test_rating_newsletter_and_contact_boxes_without_names_leave_the_signature_last() -> None:
    tail = (
        "<p align=right><b>Tin và ảnh: Lê Quang Huy</b></p>"
        "<div class='x1'><div>Bạn thấy bài viết này thế nào?</div><div>★★★★★</div><div>4.8/5 - (21 bình chọn)</div></div>"
        "<div class='x2'><p align=center><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</b></p><p>Địa chỉ: 12 Lý Thần Tông, thị trấn Phước An</p>"
        "<p>Điện thoại: 0262.3521 123</p><p>Website: pgdkrongpac.edu.vn</p></div>"
        "<div class='x3'><h4>Đăng ký nhận bản tin</h4><p>Nhận thông báo bài viết mới của Phòng GD&amp;ĐT qua email.</p></div>"
    )
    record = extract_article(_page(_PROSE + tail), _URL)
    assert record["authors"] == ["Lê Quang Huy"]
    assert record["body"].endswith("đủ dài để là nội dung.")
