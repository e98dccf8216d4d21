"""Round 90 (blind portals botble_cms_thcs, aspnet_devexpress_sgddt, wp_the7_thcs,
piranha_cms_pgd, power_pages_sgddt, joomla3_jsn_thcs): rules read on pages whose markup varies
from the fixtures'."""

from __future__ import annotations

from collections import Counter
from datetime import date

from crawler.clean.steps import _one_per_picture
from crawler.core.bylines import parse_signature
from crawler.core.dates import FoundDate, find_dates, parse_meta_datetime
from crawler.core.lines import is_boilerplate_line, is_tool_line
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.navigation.variants import param_between

_TEXT = (
    "<p>Sáng 02/12/2026, Phòng GD&amp;ĐT huyện Đức Thọ tổ chức hội nghị sơ kết công tác chuyên môn học kỳ I với sự tham dự "
    "của cán bộ quản lý các trường mầm non, tiểu học và trung học cơ sở trên địa bàn.</p>"
    "<p>Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm học, chỉ ra những hạn chế và thống nhất giải pháp cho học kỳ II, "
    "trong đó chú trọng đổi mới kiểm tra, đánh giá và chuyển đổi số trong quản lý.</p>"
)


def _page(body: str, head: str = "", before_main: str = "") -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8">{head}</head><body>{before_main}'
        f"{body}<footer><p>Phòng GD&amp;ĐT huyện Đức Thọ. Địa chỉ: thị trấn Đức Thọ.</p></footer></body></html>"
    ).encode()


def test_bootstraps_grey_utility_names_no_text() -> None:
    # ("text-muted small" on a meta line is no "text" box; power_pages_sgddt)
    assert "content" not in families("kb-info text-muted small")


def test_a_themes_setting_switched_on_or_off_names_no_role() -> None:
    # (The7's title bar "breadcrumbs-mobile-off": breadcrumbs hidden on phones, the box the headline's)
    assert "breadcrumb" not in families("page-title breadcrumbs-mobile-off")
    assert "breadcrumb" in families("page-title breadcrumbs")


def test_one_id_written_in_two_cases_says_nothing_of_its_parameter() -> None:
    # (a case-blind server serves "?id=ab12" and "?id=AB12" alike; power_pages_sgddt)
    assert param_between("http://h/bai/?id=3f2a9c10-aa01", "http://h/bai/?id=3F2A9C10-AA01") is None
    assert param_between("http://h/bai/?id={3F2A9C10-AA01}", "http://h/bai/?id=3f2a9c10-aa01") is None
    assert param_between("http://h/bai/?id=3f2a9c10-aa01", "http://h/bai/?id=77bd01c4-bb02") == ("http://h/bai/", "id")


def test_a_knowledge_bases_number_under_the_text_is_chrome() -> None:
    assert is_boilerplate_line("Mã bài viết: KB-00871") == "chrome"


def test_the_text_sizes_buttons_alone_are_a_tool_line() -> None:
    assert is_tool_line("A- A A+") and is_tool_line("A+ A-")
    assert not is_tool_line("A1 đạt giải Nhất")


def test_a_clause_after_a_name_is_no_post() -> None:
    # ("Em X, lớp 8B được chọn làm Chi đội trưởng." inside the text; joomla3_jsn_thcs)
    assert parse_signature("Em Trần Bảo Ngọc, lớp 8B được chọn làm Chi đội trưởng.", closing=True) is None
    assert parse_signature("Cô Trần Bảo Ngọc, Giáo viên chủ nhiệm lớp 8B", closing=True) is not None


def test_dotnets_en_us_general_date_reads_month_first_and_a_padded_one_day_first() -> None:
    today = date(2026, 12, 5)
    assert [f.iso() for f in find_dates("Đăng lúc 11/4/2026 3:05:00 PM", today)] == ["2026-11-04T15:05:00+07:00"]
    # (Lotus Domino's Vietnamese install pads every part and stays day first)
    assert [f.iso() for f in find_dates("Cập nhật ngày: 04/11/2026 03:05:00 PM", today)] == ["2026-11-04T15:05:00+07:00"]
    assert [f.iso() for f in find_dates("04/11/2026 15:05", today)] == ["2026-11-04T15:05:00+07:00"]


def test_a_printed_date_is_read_as_the_pages_own_stamps_read_it() -> None:
    from crawler.clean.steps import _as_machine_reads

    stamp = parse_meta_datetime("2026-10-08T17:00:00Z")  # 9 October in Hà Nội
    assert stamp is not None
    assert _as_machine_reads(FoundDate(date(2026, 9, 10), None), [stamp]).day == date(2026, 10, 9)
    assert _as_machine_reads(FoundDate(date(2026, 10, 9), None), [stamp]).day == date(2026, 10, 9)


def test_a_pictures_size_variants_named_with_an_underscore_are_one_picture() -> None:
    images = [{"url": "http://h/media/abc/le-khai-giang_1200x0.jpg", "caption": "Lễ khai giảng"}, {"url": "http://h/media/abc/le-khai-giang_96x64.jpg", "caption": None}]
    assert _one_per_picture(images, Counter()) == images[:1]


def test_a_card_of_another_post_inside_the_text_is_no_text() -> None:
    # (a CMS's post block: picture and title both linking the other post, its teaser, a button)
    card = (
        '<section class="rel-post"><a href="/tin/so-ket-hoc-ky-thcs"><img src="/media/so-ket-thcs.jpg" width="300" height="200"></a>'
        '<div class="rel-body"><h4><a href="/tin/so-ket-hoc-ky-thcs">Sơ kết học kỳ I cấp THCS năm học 2026 - 2027</a></h4>'
        '<p>Ngày 28/11, các trường THCS tổ chức sơ kết học kỳ I …</p><a class="btn" href="/tin/so-ket-hoc-ky-thcs">Xem tiếp</a></div></section>'
    )
    page = _page(f'<main><h1>Hội nghị sơ kết công tác chuyên môn học kỳ I năm học 2026 - 2027</h1><div class="noi-dung">{_TEXT}{card}</div></main>')
    record = extract_article(page, "http://h/tin/hoi-nghi-so-ket")
    assert "Sơ kết học kỳ I cấp THCS" not in record["body"] and "các trường THCS" not in record["body"]
    assert all("so-ket-thcs" not in img["url"] for img in record["images"])


def test_an_editors_note_of_a_change_in_italics_is_no_lead() -> None:
    note = '<p><em><span style="color:red">Cập nhật ngày 04/12/2026: bổ sung danh sách trường tham dự hội nghị sơ kết theo đề nghị của các đơn vị.</span></em></p>'
    page = _page(f'<main><h1>Hội nghị sơ kết công tác chuyên môn học kỳ I năm học 2026 - 2027</h1><div class="noi-dung">{note}{_TEXT}</div></main>')
    assert extract_article(page, "http://h/tin/hoi-nghi-so-ket")["summary"] is None


def test_a_bold_lead_under_the_posts_fields_line_is_the_lead() -> None:
    # (the meta line of labelled fields over the text, then the bold first paragraph; piranha_cms_pgd)
    lead = "<p><strong>Nhằm đánh giá kết quả học kỳ I, Phòng GD&amp;ĐT huyện Đức Thọ tổ chức hội nghị sơ kết công tác chuyên môn.</strong></p>"
    page = _page(
        '<main><h1>Hội nghị sơ kết công tác chuyên môn học kỳ I năm học 2026 - 2027</h1><div class="noi-dung">'
        f"<div>Chuyên mục: Tin tức | Ngày đăng: 02/12/2026 | Lượt xem: 214</div>{lead}{_TEXT}</div></main>"
    )
    assert extract_article(page, "http://h/tin/hoi-nghi-so-ket")["summary"].startswith("Nhằm đánh giá kết quả học kỳ I")


def test_words_notes_after_the_signature_leave_the_signature_last() -> None:
    # (Word's footnote list after the writer's name: the note opens with its number linking back)
    notes = (
        '<div style="mso-element:footnote-list"><hr align="left" size="1" width="33%"><div style="mso-element:footnote" id="ftn1">'
        '<p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1"><span class="MsoFootnoteReference"><span><sup>1</sup></span></span></a> '
        "Thông tư số 22/2021/TT-BGDĐT của Bộ GD&amp;ĐT quy định về đánh giá học sinh trung học cơ sở.</p></div></div>"
    )
    sign = '<p align="right" style="text-align:right"><b>Tổ Ngữ văn</b></p>'
    page = _page(f'<main><h1>Hội nghị sơ kết công tác chuyên môn học kỳ I năm học 2026 - 2027</h1><div class="noi-dung">{_TEXT}{sign}{notes}</div></main>')
    record = extract_article(page, "http://h/tin/hoi-nghi-so-ket")
    assert record["authors"] == ["Tổ Ngữ văn"]
    assert record["body"].endswith("\n\nThông tư số 22/2021/TT-BGDĐT của Bộ GD&ĐT quy định về đánh giá học sinh trung học cơ sở.")


def test_a_layout_wrapper_named_for_its_sidebar_round_the_main_landmark_is_no_furniture() -> None:
    # (The7's "<div id=main class='sidebar-right'>" round "<div id=content role=main>")
    from lxml import html

    from crawler.core.vocab import is_noise

    wrapper = html.fromstring('<div class="sidebar-left layout-2col"><div role="main"><p>x</p></div><aside>y</aside></div>')
    sidebar = html.fromstring('<div class="sidebar-left"><div class="widget"><p>x</p></div></div>')
    assert not is_noise(wrapper) and is_noise(sidebar)


def test_the_signer_is_the_name_under_the_post_not_a_contact_card_after_the_closing() -> None:
    from crawler.extract.official import _signer

    cells = ["HIỆU TRƯỞNG (Đã ký) Lê Văn Hòa", "📍 TRƯỜNG THCS NGUYỄN DU", "Địa chỉ: xã Tùng Ảnh"]
    assert _signer(cells) == "Lê Văn Hòa"
