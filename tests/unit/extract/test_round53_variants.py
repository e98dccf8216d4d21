"""Round 53 (blind portals react_styled_thpt, jsp_struts_tct, wp_gutenberg_tct,
aspnetcore_loadmore_sgddt): extraction, planning and discovery rules on markup of other shapes
than the portals', and the near misses that must stay."""

from __future__ import annotations

import pytest

from crawler.core.lines import is_date_line
from crawler.core.urls import clean_url
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.extract.metadata import visible_breadcrumbs
from crawler.navigation.links import extract_links, is_pagination_link
from crawler.navigation.urls import next_slice
from crawler.plan import plan_page

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về hội nghị tổng kết công tác thi đua khen thưởng của ngành giáo dục tỉnh năm học vừa qua.</p>" for i in range(4)
)
_TITLE = "Hội nghị tổng kết công tác thi đua khen thưởng năm học 2025 - 2026"


def _page(text: str, head: str = "", foot: str = "") -> str:
    return (
        "<html><head><title>Sở Giáo dục và Đào tạo</title></head><body><div class='x1'><div class='x2'>"
        f"<div class='x3'><h1>{_TITLE}</h1>{head}</div><div class='x4'>{text}</div>{foot}</div></div></body></html>"
    )


# --- a menu drawn in pictures is no trail -------------------------------------------------------


def _picture_row(names: list[str], divider: str) -> str:
    cells = "".join(f"<a href='/{i}.do'><img src='/img/menu/{i}.gif' alt='{n}'></a>{divider}" for i, n in enumerate(names))
    return f"<html><body><table><tr><td>{cells}</td></tr></table><h1>{_TITLE}</h1>{_PROSE}</body></html>"


def test_a_row_of_picture_buttons_is_a_menu_not_a_trail() -> None:
    html = _picture_row(["Trang chủ", "Giới thiệu", "Tin tức", "Thư viện ảnh", "Liên hệ"], "<img src='/img/menu/vach.gif'>")
    assert visible_breadcrumbs(parse(html.encode(), "http://h/tin.do").tree) == []


def test_a_trail_with_a_house_picture_and_arrow_pictures_is_still_a_trail() -> None:
    trail = (
        "<div><a href='/'><img src='/img/home.gif' alt='Trang chủ'></a><img src='/img/arrow.gif'>"
        "<a href='/tin-tuc'>Tin tức</a><img src='/img/arrow.gif'><a href='/tin-tuc/thi-dua'>Thi đua</a></div>"
    )
    html = f"<html><body>{trail}<h1>{_TITLE}</h1>{_PROSE}</body></html>"
    assert visible_breadcrumbs(parse(html.encode(), "http://h/tin/12").tree) == ["Trang chủ", "Tin tức", "Thi đua"]


# --- an article's head and foot around its text are no list -----------------------------------


def test_an_articles_head_and_foot_boxes_around_its_text_are_no_list() -> None:
    html = (
        "<html><body><main><section class='blk'>"
        f"<div class='grp head'><h1>{_TITLE}</h1><span>20/11/2026</span> <a href='/chuyen-muc/thi-dua-khen-thuong/'>Thi đua khen thưởng toàn ngành</a></div>"
        f"<div class='grp body'>{_PROSE}{_PROSE.replace('Đoạn', 'Phần')}</div>"
        "<div class='grp foot'>Thẻ: <a href='/the/tong-ket-nam-hoc-moi/'>Tổng kết năm học mới nhất</a></div>"
        "</section></main></body></html>"
    )
    plan = plan_page(parse(html.encode(), "http://h/hoi-nghi-tong-ket-thi-dua/"))
    assert plan.kind == "article"


def test_a_list_with_rules_between_its_entries_is_still_a_list() -> None:
    entries = "<hr>".join(
        f"<div class='it'><h3><a href='/tin/{i}'>Tin số {i} về hoạt động chuyên môn của các trường</a></h3><p>Tóm tắt ngắn của tin {i}.</p></div>"
        for i in range(5)
    )
    plan = plan_page(parse(f"<html><body><h1>Tin tức</h1><div class='ds'>{entries}</div></body></html>".encode(), "http://h/tin-tuc"))
    assert plan.kind == "listing" and len(plan.entries) == 5


# --- footnotes under a signature ------------------------------------------------------------


def test_the_signature_above_footnotes_closed_by_back_links_is_read() -> None:
    notes = "".join(f"<li id='fn{i}'>Văn kiện số {i} của Đảng, Nxb. Chính trị quốc gia, 2021. <a href='#fn{i}-ref'>↩︎</a></li>" for i in range(1, 4))
    text = _PROSE + "<p style='text-align:right'><b>TS. Lê Văn Hòa - Khoa Lý luận cơ sở</b></p>" + f"<ol class='chu-thich'>{notes}</ol>"
    record = extract_article(_page(text), "http://h/tin/12")
    assert record["authors"] == ["Lê Văn Hòa"]
    assert record["body"].endswith("Văn kiện số 3 của Đảng, Nxb. Chính trị quốc gia, 2021.")
    assert "Lê Văn Hòa" not in record["body"]


# --- a file offered by its name -----------------------------------------------------------------


@pytest.mark.parametrize("href", ["/uploads/2026/11/ke-hoach-thi-dua.pdf", "/files/ke-hoach-thi-dua.docx", "/download.php?file=ke-hoach-thi-dua.xlsx"])
def test_a_line_that_is_a_files_name_linking_it_is_no_text(href: str) -> None:
    text = _PROSE + f"<div class='tep'><a href='{href}'>Kế hoạch thi đua năm học 2026 - 2027</a></div>"
    record = extract_article(_page(text), "http://h/tin/12")
    assert "Kế hoạch thi đua năm học 2026 - 2027" not in record["body"]


def test_a_sentence_with_a_link_to_a_file_in_it_stays() -> None:
    line = "Các đơn vị nghiên cứu Kế hoạch thi đua năm học 2026 - 2027 và triển khai đến toàn thể cán bộ, giáo viên."
    text = _PROSE + line.replace("Kế hoạch thi đua năm học 2026 - 2027", "<a href='/files/kh.pdf'>Kế hoạch thi đua năm học 2026 - 2027</a>").join(["<p>", "</p>"])
    record = extract_article(_page(text), "http://h/tin/12")
    assert line in record["body"]


# --- speech under a photo -------------------------------------------------------------------------


def test_a_quotation_naming_its_speaker_under_a_photo_is_text() -> None:
    said = "“Chúng em sẽ cố gắng hơn nữa trong năm học mới”, em Lê Minh Anh, lớp 9A, bày tỏ."
    text = _PROSE + f"<div><img src='/anh/1.jpg' width='600'></div><p><em>{said}</em></p>" + _PROSE.replace("Đoạn", "Phần")
    record = extract_article(_page(text), "http://h/tin/12")
    assert said in record["body"]
    assert record["images"][0]["caption"] is None


def test_an_italic_caption_opening_with_a_title_in_quotation_marks_is_still_a_caption() -> None:
    caption = "“Ngày hội đọc sách” thu hút đông đảo học sinh tham gia"
    text = _PROSE + f"<div><img src='/anh/1.jpg' width='600'></div><p><em>{caption}</em></p>" + _PROSE.replace("Đoạn", "Phần")
    record = extract_article(_page(text), "http://h/tin/12")
    assert record["images"][0]["caption"] == caption


# --- a lead set bold by its own style; fields above the text ------------------------------------


def test_a_box_set_bold_by_its_own_style_under_the_headline_is_the_sapo() -> None:
    lead = "Năm học vừa qua, toàn ngành có 125 tập thể và 412 cá nhân được khen thưởng các cấp vì thành tích xuất sắc."
    record = extract_article(_page(_PROSE, head=f"<div style='font-size:17px;font-weight:700'>{lead}</div>"), "http://h/tin/12")
    assert record["summary"] == lead
    assert record["body"].startswith(lead)


def test_a_field_crediting_text_and_photos_above_the_text_credits_both() -> None:
    record = extract_article(_page(_PROSE, head="<div style='color:#777'>Bài, ảnh: Trần Quốc Tuấn</div>"), "http://h/tin/12")
    assert record["authors"] == ["Trần Quốc Tuấn"]
    assert record["photographers"] == ["Trần Quốc Tuấn"]


@pytest.mark.parametrize("href", ["/chuyen-muc/thi-dua-khen-thuong", "/index.php?cat=12", "/category/thi-dua-khen-thuong/"])
def test_the_section_link_in_an_unlabelled_meta_line_is_nobodys_name(href: str) -> None:
    meta = f"<div class='m'><a href='{href}'>Thi đua - Khen thưởng</a> · <span>20/11/2026</span> · <span>512 lượt xem</span></div>"
    record = extract_article(_page(_PROSE, head=meta), "http://h/tin/12")
    assert record["authors"] == []


def test_a_posters_name_in_an_unlabelled_meta_line_is_still_read() -> None:
    meta = "<div class='m'><span>20/11/2026</span> · <span>Nguyễn Thị Hồng Vân</span></div>"
    record = extract_article(_page(_PROSE, head=meta), "http://h/tin/12")
    assert record["authors"] == ["Nguyễn Thị Hồng Vân"]


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Thứ Sáu, 20/11/2026, 08:30 (GMT+7)", True),
        ("20/11/2026 08:30 UTC+07:00", True),
        ("Ngày 20/11/2026 (giờ Hà Nội)", True),
        ("Ngày 20/11/2026 (GMT+7), hội nghị tổng kết được tổ chức tại hội trường Sở.", False),
    ],
)
def test_a_time_zone_after_the_time_keeps_a_date_line(line: str, dated: bool) -> None:
    assert is_date_line(line) is dated


# --- a load-more button's slices --------------------------------------------------------------


def test_a_load_more_button_keeping_its_address_in_data_is_the_lists_next_page() -> None:
    html = (
        "<html><body><div id='ds'><a href='/tin/1'>Tin một về hội nghị tổng kết</a></div>"
        "<button class='more' data-endpoint='/tin-tuc/more?offset=10&amp;limit=10'>Tải thêm</button>"
        "<button class='share' data-url='/tin-tuc/chia-se'>Chia sẻ</button></body></html>"
    )
    links = extract_links(parse(html.encode(), "http://h/tin-tuc").tree, "http://h/tin-tuc")
    loads = [lk for lk in links.links if lk.via == "load_more"]
    assert [lk.url for lk in loads] == ["http://h/tin-tuc/more?offset=10&limit=10"]
    assert is_pagination_link(loads[0], "http://h/tin-tuc")


@pytest.mark.parametrize(
    ("url", "following"),
    [
        ("http://h/tin-tuc/tai-them?skip=6&take=6", "http://h/tin-tuc/tai-them?skip=12&take=6"),
        ("http://h/api/news?offset=20&limit=10&cat=3", "http://h/api/news?offset=30&limit=10&cat=3"),
        ("http://h/tin-tuc?page=2", None),  # a page number: its pager says what follows
        ("http://h/tin-tuc?start=10", None),  # an offset without the slice's size
    ],
)
def test_the_next_slice_starts_where_this_one_ends(url: str, following: str | None) -> None:
    assert next_slice(url) == following


# --- addresses and kinds of pages -------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        ("http://h/tin-tuc/hoi-nghi-2871?returnUrl=%2Ftin-tuc", "http://h/tin-tuc/hoi-nghi-2871"),
        ("http://h/Home/Detail?id=5&ReturnUrl=%2F", "http://h/Home/Detail?id=5"),
    ],
)
def test_a_return_address_is_no_part_of_an_articles_address(url: str, clean: str) -> None:
    assert clean_url(url) == clean


def _qa(fields: str) -> str:
    return (
        "<html><body><article><h1>Học sinh nghỉ ốm dài ngày có được bảo lưu kết quả học tập không?</h1>"
        f"<div class='noi-dung'>{fields}</div></article></body></html>"
    )


def test_a_question_and_its_answer_are_a_register_entry() -> None:
    fields = (
        "<p><b>Người hỏi:</b> Nguyễn Văn Bình (xã Phước Hòa)</p><p>Con tôi nghỉ ốm ba tháng, xin hỏi năm sau cháu có được học tiếp lớp 11 không?</p>"
        "<h4>Trả lời:</h4><p>Theo quy định hiện hành, học sinh nghỉ học vì ốm đau có xác nhận của cơ sở y tế được nhà trường xem xét cho bảo lưu kết quả học tập.</p>"
    )
    plan = plan_page(parse(_qa(fields).encode(), "http://h/hoi-dap/441"))
    assert (plan.kind, plan.reason) == ("other", "qa_entry")


def test_an_interview_with_questions_and_answers_is_news() -> None:
    fields = (
        "<p><b>PV:</b> Thưa bà, năm học này ngành giáo dục tỉnh có những điểm mới nào?</p>"
        "<p><b>Bà Trần Thị Hoa:</b> Năm học này, ngành tập trung vào ba nhiệm vụ trọng tâm là đổi mới chương trình, chuyển đổi số và nâng cao chất lượng đội ngũ.</p>"
        "<p><b>Câu hỏi:</b> Còn công tác chuyển đổi số thì sao, thưa bà?</p>"
        "<p><b>Trả lời:</b> Toàn tỉnh đã triển khai học bạ số ở tất cả các trường tiểu học và trung học cơ sở trong học kỳ I vừa qua.</p>"
    )
    plan = plan_page(parse(_qa(fields).encode(), "http://h/tin-tuc/phong-van-441"))
    assert plan.kind == "article"
