"""Round 87 (blind portals forkcms_sgddt, godaddy_builder_thcs, pyrocms_pgd, refinerycms_tct,
webcake_mamnon, zyro_thpt): rules read on pages whose markup varies from the fixtures'."""

from __future__ import annotations

from crawler.core.bylines import looks_like_bare_name, parse_signature
from crawler.core.lines import is_date_line, is_meta_field_line
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_TEXT = (
    "<p>Sáng 20/11, nhà trường tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tuyên dương 25 thầy cô "
    "có thành tích xuất sắc trong năm học vừa qua.</p>"
    "<p>Phát biểu tại buổi lễ, đồng chí Hiệu trưởng ghi nhận những đóng góp của đội ngũ nhà giáo, "
    "đồng thời phát động thi đua dạy tốt, học tốt trong toàn trường.</p>"
)


def _html(body: str, head: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8">{head}</head><body><div class="top-menu"><a href="/">Trang chủ</a> '
        f'<a href="/tin-tuc">Tin tức</a></div>{body}<div class="bottom">© 2026 Trường THCS Lê Lợi</div></body></html>'
    ).encode()


def test_a_meta_line_closed_by_the_posting_account_is_a_date_line() -> None:
    assert is_date_line("Chủ Nhật, 08/11/2026 - 09:40 Đăng bởi: bientap.thcs")
    # (the account opening the line before its date is left to the meta line's own reading)
    assert not is_date_line("Đăng bởi: quantri vào lúc Thứ hai, 16 Tháng mười một 2026 - 07:30:00")


def test_the_description_typed_again_between_the_headline_and_the_text_box_is_the_lead() -> None:
    lead = "Nhân dịp 20/11, nhà trường tuyên dương 25 thầy cô giáo có thành tích xuất sắc trong năm học."
    page = _html(
        f'<div class="col-8"><div class="baiviet"><h2 class="td">Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h2>'
        f'<div class="tt"><span>Thứ Sáu, 20/11/2026 - 15:20</span> <span>Đăng bởi: bientap</span></div>'
        f'<div class="tomluoc-x">{lead}</div><div class="nd">{_TEXT}</div></div></div>',
        head=f'<title>Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</title><meta name="description" content="{lead}">',
    )
    record = extract_article(page, "http://h/posts/ky-niem-44-nam")
    assert record["summary"] == lead and record["body"].startswith(lead)
    assert "Đăng bởi" not in record["body"] and record["published_at"] == "2026-11-20T15:20:00+07:00"


def test_a_lazy_photo_in_a_builders_own_attribute_is_the_photo() -> None:
    page = _html(
        f'<article><h1>Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h1><p class="d">20/11/2026</p>{_TEXT}'
        '<div class="img"><img src="/i/abc/:/rs=w:40,h:27/qt=q:10" data-srclazy="/i/abc/:/rs=w:1240,h:827"></div></article>'
    )
    record = extract_article(page, "http://h/blog/f/ky-niem")
    assert [i["url"] for i in record["images"]] == ["http://h/i/abc/:/rs=w:1240,h:827"]


def test_an_answered_question_whose_header_fields_are_parted_by_dashes_is_no_news() -> None:
    page = _html(
        '<div class="faq"><div class="faq-head"><h2>Học sinh chuyển trường giữa năm học cần những giấy tờ gì?</h2>'
        '<p class="info">Người hỏi: Lê Thị Hoa (phường 5) – Ngày gửi: 10/11/2026 – Lĩnh vực: Giáo dục trung học</p></div>'
        '<div class="faq-body"><p><b>Trả lời:</b></p><p>Theo quy định hiện hành, hồ sơ chuyển trường gồm đơn xin chuyển trường '
        "do cha mẹ học sinh ký, học bạ, giấy giới thiệu của trường nơi đi và bản sao giấy khai sinh.</p></div></div>"
    )
    assert plan_page(parse(page, "http://h/hoi-dap/chuyen-truong")).kind == "other"


def test_signatures_of_units_alumni_and_former_teachers() -> None:
    # a unit's two-part name is no name and post; a unit and its institution are
    assert parse_signature("Phòng Kế hoạch - Tài vụ", closing=True) is None
    assert parse_signature("Tổ Toán - Trường THCS Lê Lợi", closing=True).authors == ["Tổ Toán"]
    # an alumnus's cohort, a post its holder has left (past a bracket that closes it)
    assert parse_signature("Nguyễn Minh Khoa (K25, lớp 12A3)", closing=True).authors == ["Nguyễn Minh Khoa"]
    assert parse_signature("Cô Lê Thu Trang – nguyên Hiệu trưởng (1995 – 2012)", closing=True).authors == ["Lê Thu Trang"]
    # a grade's group of teachers
    assert looks_like_bare_name("Tổ chuyên môn khối Mầm") and looks_like_bare_name("Tổ khối 4")
    assert not looks_like_bare_name("Tổ chuyên môn khối tiểu học họp")


def test_the_post_headers_category_chip_files_it_where_no_trail_is_printed() -> None:
    page = _html(
        f'<section class="post-head"><div class="post-head__categories"><a class="chip" href="/ky-uc">Gương mặt &amp; Ký ức</a></div>'
        f'<h1>Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h1><p class="d">20/11/2026</p></section><section class="post-text">{_TEXT}</section>'
    )
    assert extract_article(page, "http://h/ky-niem-44-nam")["category"] == "Gương mặt & Ký ức"


def test_the_posting_accounts_line_under_its_poster_label_is_a_meta_field() -> None:
    assert is_meta_field_line("Đăng bởi: Admin") and is_meta_field_line("Gửi bởi: quantri_web")
    assert not is_meta_field_line("Đăng bởi: Nguyễn Văn An")
