"""Round 58 (blind portals listing_fulltext_pgd, video_album_sgddt, php_mixed_encoding_thcs,
numbered_sections_tct): extraction rules on markup of other shapes than the portals', and the
near misses that must stay."""

from __future__ import annotations

import pytest

from crawler.core.bylines import caption_credit, parse_byline
from crawler.core.lines import is_widget_heading
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về hội thi giáo viên dạy giỏi cấp huyện với sự tham gia của hơn tám mươi thầy cô giáo các trường.</p>"
    for i in range(4)
)
_TITLE = "Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027"


def _page(text: str, after: str = "", clock: str = "Thứ Sáu, 04/12/2026") -> str:
    return (
        f"<html><body><div class='top'>{clock}</div><div class='main'><h1>{_TITLE}</h1>"
        f"<div class='prose'>{text}</div>{after}</div></body></html>"
    )


# --- a poster's name beside the post's count of comments ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "posters", "account"),
    [
        ("Đăng bởi quantri Không có nhận xét nào", [], True),
        ("Đăng bởi Trần Văn Lực 1 nhận xét", ["Trần Văn Lực"], False),
        ("Người đăng: Tổ Văn phòng - 12 bình luận", ["Tổ Văn phòng"], False),
        ("Gửi bởi Lê Thị Hoa 1.204 lượt xem", ["Lê Thị Hoa"], False),
    ],
)
def test_a_count_of_comments_after_the_posters_name_is_no_part_of_it(
    line: str, posters: list[str], account: bool
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.posters == posters
    assert byline.account is account


def test_a_name_that_ends_in_a_word_of_a_count_keeps_it() -> None:
    # (no number or "không có" before the word: a name, however it ends)
    assert parse_byline("Tác giả: Lê Thị Ý Kiến").authors == ["Lê Thị Ý Kiến"]


def test_a_blog_footer_of_the_poster_and_the_comment_link_credits_the_poster() -> None:
    footer = (
        "<div class='foot'><span class='who'>Đăng bởi <span>Nguyễn Thị Hằng</span></span> "
        "<span class='cm'><a href='#comments'>2 nhận xét</a></span></div>"
    )
    record = extract_article(_page(_PROSE, footer).encode(), "http://h/bai-viet/12/hoi-thi")
    assert record["authors"] == ["Nguyễn Thị Hằng"]
    assert "nhận xét" not in record["body"]


# --- a photo report filed in the photo library -------------------------------------------------------


def _album(intro: str, closing: str) -> str:
    photos = "".join(
        f"<p><img src='/up/anh/{i}.jpg' width='600'></p><p>Học sinh khối {i} tham gia nội dung thi kéo co tại hội thao.</p>"
        for i in range(1, 7)
    )
    return (
        "<html><body><div class='nav'><a href='/'>Trang chủ</a> › <a href='/thu-vien-anh'>Thư viện ảnh</a></div>"
        f"<div class='album'><h1>Hội thao chào mừng Ngày Nhà giáo Việt Nam năm 2026</h1><div class='ngay'>Ngày đăng: 21-11-2026</div>"
        f"<div class='anh'>{intro}{photos}{closing}</div></div></body></html>"
    )


_INTRO = (
    "<p>Sáng 20/11, Trường THPT Đông Hà tổ chức hội thao chào mừng Ngày Nhà giáo Việt Nam với sáu nội dung thi đấu. "
    "Dưới đây là một số hình ảnh ghi nhận tại hội thao.</p>"
)


def test_a_photo_report_opened_by_prose_and_signed_is_an_article() -> None:
    html = _album(_INTRO, "<p style='text-align:right'>Ảnh: Hoàng Văn Thái</p>")
    plan = plan_page(parse(html.encode(), "http://h/thu-vien-anh/hoi-thao-20-11-a12.html"))
    assert plan.kind == "article"


@pytest.mark.parametrize(
    ("intro", "closing"),
    [
        (_INTRO, ""),  # nobody signs it
        (
            "<p>Hội thao 20/11.</p>",
            "<p style='text-align:right'>Ảnh: Hoàng Văn Thái</p>",
        ),  # a label, no prose
    ],
)
def test_an_album_of_captioned_photos_stays_an_album(intro: str, closing: str) -> None:
    plan = plan_page(
        parse(_album(intro, closing).encode(), "http://h/thu-vien-anh/hoi-thao-20-11-a12.html")
    )
    assert plan.kind == "other"


# --- credits: an unnamed reporter, a clip, a unit in a caption --------------------------------------


@pytest.mark.parametrize("sign", ["P.V", "PV", "Phóng viên"])
def test_an_unnamed_reporter_signing_credits_nobody(sign: str) -> None:
    text = _PROSE + f"<p style='text-align:right'><b>{sign}</b></p>"
    record = extract_article(_page(text).encode(), "http://h/tin/12")
    assert record["authors"] == []
    assert sign not in record["body"].split("\n\n")


def test_a_clips_credit_names_who_shot_it() -> None:
    byline = parse_byline("Clip: Tổ Truyền thông")
    assert (
        byline is not None and byline.photographers == ["Tổ Truyền thông"] and byline.authors == []
    )


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        ("Các đội thi đấu sôi nổi (Ảnh: Công đoàn trường)", ["Công đoàn trường"]),
        ("Học sinh tham gia thi nghi thức (Ảnh: Liên đội trường)", ["Liên đội trường"]),
        ("Lễ ra quân (Ảnh: Lễ tuyên dương học sinh giỏi)", []),  # a scene, no unit
    ],
)
def test_a_unit_credited_in_a_caption_is_its_photographer(caption: str, names: list[str]) -> None:
    assert caption_credit(caption) == names


# --- footnote calls ------------------------------------------------------------------------------


def test_a_bracketed_footnote_call_stays_and_a_bare_number_goes() -> None:
    text = (
        "<p>Văn kiện Đại hội XIII<sup><a href='#_ftn1' name='_ftnref1'>[1]</a></sup> xác định đại đoàn kết là đường lối chiến lược của cách mạng.</p>"
        "<p>Nghị quyết số 43<sup><a href='#fn2'>2</a></sup> của Ban Chấp hành Trung ương đã nêu rõ nhiệm vụ này trong giai đoạn mới.</p>"
        + _PROSE
    )
    body = extract_article(_page(text).encode(), "http://h/tin/12")["body"]
    assert "Đại hội XIII[1] xác định" in body
    assert "Nghị quyết số 43 của" in body


# --- the date beside the tools under the headline ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Cập nhật lúc 16:40 ngày 28/11/2026", "2026-11-28T16:40:00+07:00"),
        ("16:40 | 28/11/2026", "2026-11-28T16:40:00+07:00"),
    ],
)
def test_the_date_in_the_tool_bar_under_the_headline_is_read(line: str, iso: str) -> None:
    html = (
        f"<html><body><div class='top'>Thứ Sáu, 04/12/2026</div><div class='main'><h1>{_TITLE}</h1>"
        f"<div class='bar toolbar'><div class='l'>{line}</div><div class='r'><a href='javascript:print()'>In bài</a> | <a href='#'>Gửi email</a></div></div>"
        f"<div class='prose'>{_PROSE}</div></div></body></html>"
    )
    assert extract_article(html.encode(), "http://h/tin/12")["published_at"] == iso


# --- the site's contact block under the text ---------------------------------------------------------


_CONTACT = (
    "<p style='text-align:center'><b>TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI</b></p><p style='text-align:center'>Địa chỉ: 29 Phạm Văn Đồng, TP. Pleiku</p>"
    "<p style='text-align:center'>Điện thoại: 0269.3824 112</p><p style='text-align:center'>Website: truongchinhtri.gialai.gov.vn</p>"
)


def test_the_last_photos_caption_and_the_boards_sign_above_a_contact_block_are_not_the_block() -> (
    None
):
    text = (
        _PROSE
        + "<p style='text-align:center'><img src='/up/a.jpg'></p><p style='text-align:center'><i>Trao giấy khen cho các cá nhân</i></p>"
    )
    text += "<p style='text-align:right'><b>BBT</b></p>" + _CONTACT
    record = extract_article(_page(text).encode(), "http://h/tin/12")
    assert record["images"][0]["caption"] == "Trao giấy khen cho các cá nhân"
    assert "Địa chỉ" not in record["body"] and record["authors"] == []


def test_an_office_signing_right_aligned_above_a_contact_block_is_the_author() -> None:
    text = _PROSE + "<p style='text-align:right'><b>Phòng Tổ chức – Hành chính</b></p>" + _CONTACT
    record = extract_article(_page(text).encode(), "http://h/tin/12")
    assert record["authors"] == ["Phòng Tổ chức – Hành chính"]
    assert "Website" not in record["body"]


# --- a table layout's headline: the text cell's first line, with its day beside it ---------------------


def _cell_page(cell: str) -> str:
    return (
        "<html><head><title>Truong THCS Le Loi - Tin tuc</title></head><body><table><tr>"
        "<td width='180'><table><tr><td class='tieude_trai'><b>TIỆN ÍCH</b></td></tr>"
        "<tr><td><a href='?act=dsgv'>Danh sách giáo viên</a></td></tr><tr><td><a href='?act=lh'>Góp ý - Liên hệ</a></td></tr></table></td>"
        f"<td width='600'><table><tr><td>{cell}</td></tr></table></td></tr></table></body></html>"
    )


def test_the_text_cells_bold_first_line_over_its_day_is_the_headline() -> None:
    cell = (
        "<font size='4' color='#CC0000'><b>KẾ HOẠCH BỒI DƯỠNG HỌC SINH GIỎI MÔN NGỮ VĂN NĂM HỌC 2026 - 2027</b></font> "
        "<font color='#999999' size='2'>(22-09-2026)</font><br><font size='1'>Lượt xem: 412</font><hr>"
        "<p><b>Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường, Tổ Ngữ văn xây dựng kế hoạch bồi dưỡng học sinh giỏi như sau.</b></p>"
        + _PROSE
    )
    record = extract_article(_cell_page(cell).encode(), "http://h/index.php?act=tin&id=1008")
    assert record["title"] == "KẾ HOẠCH BỒI DƯỠNG HỌC SINH GIỎI MÔN NGỮ VĂN NĂM HỌC 2026 - 2027"
    assert record["published_at"] == "2026-09-22"
    assert record["body"].startswith("Căn cứ kế hoạch")
    # (the bold lead past the line of views is the summary)
    assert record["summary"] is not None and record["summary"].startswith("Căn cứ kế hoạch")


def test_a_plain_first_line_over_a_day_is_no_headline() -> None:
    # (a sentence of the text, in no bold or large font, with a date line after it)
    cell = (
        "<p>Nhà trường thông báo lịch kiểm tra giữa học kỳ I cho học sinh toàn trường như sau</p><p>Ngày 16/11/2026</p>"
        + _PROSE
    )
    record = extract_article(_cell_page(cell).encode(), "http://h/index.php?act=tin&id=1036")
    assert (
        record["title"]
        != "Nhà trường thông báo lịch kiểm tra giữa học kỳ I cho học sinh toàn trường như sau"
    )


@pytest.mark.parametrize(
    ("text", "widget"),
    [
        ("TIỆN ÍCH", True),
        ("Tiện ích website", True),
        ("Tiện ích cho học sinh khi học trực tuyến tại nhà", False),
    ],
)
def test_a_utilities_box_title_is_a_widgets(text: str, widget: bool) -> None:
    # (a home page had taken the left column's "TIỆN ÍCH" box for its headline, and the box's
    # links, the teachers' list and the contact page, for its list of articles)
    assert is_widget_heading(text) is widget
