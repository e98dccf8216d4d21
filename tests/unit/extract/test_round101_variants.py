"""Rounds 101 to 103 (blind portals ember_fastboot_tct, halo_blog_thpt, phalcon_vendor_pgd,
oqtane_sgddt, qlth_vendor_thcs, typecho_thcs; zikula_thcs, keystone_next_tct, craftercms_sgddt,
cmsimple_mamnon, typo3_bootstrap_thpt, web2py_pgd; nibbleblog_mamnon, chamilo_tct,
aspnet_webpages_thcs, kooboo_sgddt, spina_rails_thcs, gantry5_joomla3_thcs): rules read on pages
whose markup varies from the fixtures' (other class names, other nesting, other wording)."""

from __future__ import annotations

from collections import Counter

import pytest

from crawler.clean.steps import strip_boilerplate
from crawler.core.bylines import parse_byline
from crawler.core.lines import is_comments_heading, is_date_line, is_fields_line
from crawler.core.urls import canonicalize_url
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.urls import Scope
from crawler.plan import plan_page

_P1 = (
    "Sáng 12/11/2026, Trường THCS Hòa Bình tổ chức hội thi kể chuyện theo sách cho học sinh khối 6 và khối 7 "
    "với sự tham gia của 24 thí sinh đến từ các lớp."
)
_P2 = (
    "Ban giám khảo đánh giá cao khả năng diễn đạt, sự tự tin và cách các em liên hệ nội dung cuốn sách với cuộc sống "
    "hằng ngày của bản thân."
)
_P3 = "Kết thúc hội thi, nhà trường trao 3 giải Nhất, 4 giải Nhì và 6 giải Ba cho các thí sinh xuất sắc."
_TITLE = "Hội thi kể chuyện theo sách năm học 2026 - 2027"
_URL = "http://127.0.0.1/tin/bai-viet/hoi-thi-ke-chuyen-theo-sach"


def _page(body: str, head: str = "", footer: str = "") -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8">{head}</head><body><div class="top-menu"><a href="/">Trang chủ</a>'
        f'<a href="/tin">Tin tức</a></div>{body}'
        f'{footer or "<footer><p>Trường THCS Hòa Bình. Điện thoại: 0236 3811 222.</p></footer>"}</body></html>'
    ).encode()


def _read(body: str, head: str = "", url: str = _URL, footer: str = "") -> dict:
    return extract_article(_page(body, head, footer), url)


# --- discovery -----------------------------------------------------------------------------------


def test_a_start_page_routed_under_a_schools_folder_widens_to_the_folder_not_the_host() -> None:
    scope = Scope.for_start(["http://127.0.0.1/c2hoabinh/TrangChu"])
    assert scope.path_prefixes == ("/c2hoabinh/TrangChu/",)
    links = [
        *(f"http://127.0.0.1/c2hoabinh/BaiViet/Xem/{n}" for n in range(8)),
        "http://127.0.0.1/c2hoabinh/GioiThieu",
        "http://127.0.0.1/c2hoabinh/TrangChu/Index",  # (the page's own other route)
        "http://127.0.0.1/c2lequydon/TrangChu",  # another tenant
    ]
    wider = scope.past_start_page("http://127.0.0.1/c2hoabinh/TrangChu", links)
    assert wider is not None and wider.path_prefixes == ("/c2hoabinh/",)
    assert wider.check("http://127.0.0.1/c2hoabinh/BaiViet/Xem/3") is None
    assert wider.check("http://127.0.0.1/c2lequydon/BaiViet/Xem/3") == "outside_prefix"


def test_a_folder_that_lists_its_own_pages_is_not_widened_by_a_few_links_outside() -> None:
    scope = Scope.for_start(["http://127.0.0.1/c2hoabinh/"])
    links = [*(f"http://127.0.0.1/c2hoabinh/tin/{n}" for n in range(4)), "http://127.0.0.1/a", "http://127.0.0.1/b", "http://127.0.0.1/c"]
    assert scope.past_start_page("http://127.0.0.1/c2hoabinh/", links) is None


def test_a_print_view_by_its_vietnamese_name_is_the_article() -> None:
    assert canonicalize_url("http://h/BaiViet.aspx/17?inbai=1") == canonicalize_url("http://h/BaiViet.aspx/17")
    assert canonicalize_url("http://h/chitiet/17?in=1") == canonicalize_url("http://h/chitiet/17")


def test_a_short_post_whose_see_also_line_and_related_list_would_make_two_entries_is_an_article() -> None:
    body = (
        f'<div class="khung-tin"><h1 class="tieu-de">{_TITLE}</h1><p class="ngay">Ngày đăng: 12/11/2026 09:00</p>'
        f'<div class="noi-dung" id="blk31"><p>{_P1}</p><p>Xem thêm: <a href="/tin/lich-thi">Lịch thi kể chuyện các năm trước</a></p></div>'
        '<div class="lien-quan" id="blk38"><b>Tin cùng loại</b><a href="/tin/bai-viet/hoi-thi-ve-tranh">Hội thi vẽ tranh về thầy cô và mái trường</a></div></div>'
    )
    plan = plan_page(parse(_page(body), _URL, None))
    assert plan.kind == "article", plan.reason


def test_a_register_entry_offering_its_file_by_a_download_label_is_no_article() -> None:
    body = (
        '<div class="trail"><a href="/">Trang chủ</a> » <a href="/tai-lieu">Tài liệu</a></div>'
        '<div class="vung-chinh"><h1 class="tieude">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</h1>'
        '<table class="bang"><tr><td>Ngày đăng</td><td>02/10/2026</td></tr><tr><td>Tên tệp</td><td>KHGD-2026.docx</td></tr>'
        '<tr><td>Tải xuống</td><td><a href="/tai-lieu/getfile/31">Tải xuống</a></td></tr></table></div>'
    )
    url = "http://127.0.0.1/tai-lieu/muc/31/ke-hoach-giao-duc"
    assert plan_page(parse(_page(body), url, None)).kind == "other"


# --- the text's box --------------------------------------------------------------------------------


def test_a_render_framework_numbering_every_component_makes_no_thread_of_posts() -> None:
    body = (
        f'<main><article id="ember140" class="ember-view bai"><h1 class="bai-td">{_TITLE}</h1>'
        f'<div id="ember151" class="ember-view bai-nd"><p>{_P1}</p><h3>Các phần thi gồm:</h3><ul><li>Kể chuyện theo sách đã đọc;</li>'
        f"<li>Trả lời câu hỏi của ban giám khảo.</li></ul><p>{_P2}</p><p>{_P3}</p></div>"
        '<div id="ember163" class="ember-view bai-lq"><h4>Tin cùng loại</h4><a href="/tin/a">Hội thi vẽ tranh về thầy cô</a></div></article></main>'
    )
    record = _read(body)
    assert record["body"].split("\n\n")[-1] == _P3 and "Các phần thi gồm:" in record["body"]


def test_the_text_box_a_rich_text_editor_names_is_the_text_under_a_blog_modules_h3() -> None:
    body = (
        '<h1 class="page-name">Tin tức</h1><div class="module"><h2>Tin tức - Sự kiện</h2>'
        f'<article class="blog-item"><h3 class="blog-title">{_TITLE}</h3><div class="blog-meta">Đăng lúc 09:00 ngày 12/11/2026 · Lượt xem: 12</div>'
        f'<div class="blog-text mce-content-body"><p>{_P1}</p><p>{_P2}</p></div>'
        '<div class="blog-the">Thẻ: kể chuyện, thư viện</div><div class="blog-bl"><h4>Ý kiến (0)</h4><p>Chưa có ý kiến nào.</p></div>'
        '<div class="blog-khac"><h4>Tin khác</h4><ul><li><a href="/tin/a">Hội thi vẽ tranh về thầy cô và mái trường năm 2026</a></li>'
        '<li><a href="/tin/b">Ngày hội đọc sách của học sinh khối 8 năm học 2026</a></li></ul></div></article></div>'
    )
    record = _read(body)
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_main_landmark_named_as_a_side_column_holds_a_short_notice() -> None:
    body = (
        f'<main class="cot-trai"><article class="tb"><h2 class="tb-tieude">{_TITLE}</h2><div class="tb-nd"><p>{_P1}</p>'
        f"<table><tr><th>Ngày</th><th>Nội dung</th></tr><tr><td>14/11/2026</td><td>Vòng loại</td></tr></table><p>{_P3}</p></div></article></main>"
        '<aside class="cot-phai"><div>Liên kết</div></aside>'
    )
    footer = (
        "<footer><p>Trường THCS Hòa Bình, số 5 đường Lê Lợi, phường Hải Châu, thành phố Đà Nẵng, Việt Nam.</p>"
        "<p>Điện thoại: 0236 3811 222, Email: c2hoabinh@danang.edu.vn, Fax: 0236 3811 223.</p>"
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng, bà Nguyễn Thị Hoa; ghi rõ nguồn khi phát hành lại.</p></footer>"
    )
    record = _read(body, footer=footer)
    assert record["body"].startswith(_P1) and record["body"].endswith(_P3)


def test_a_table_layouts_footer_box_lends_the_page_wrapper_no_points() -> None:
    body = (
        '<div id="vo"><div id="dau-trang"><div>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HÒA VANG</div><div>Thứ Hai, 07/12/2026</div></div>'
        f'<div class="khung-bai"><div class="tieu-de-bai">{_TITLE}</div><div class="noi-dung-bai" id="b9"><p>{_P1}</p><p>{_P3}</p></div></div>'
        '<div id="cuoi"><p>Trường THCS Hòa Bình, số 5 đường Lê Lợi, phường Hải Châu, thành phố Đà Nẵng.</p>'
        "<p>Điện thoại: 0236 3811 222, Email: c2hoabinh@danang.edu.vn, Fax: 0236 3811 223.</p>"
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng, bà Nguyễn Thị Hoa; ghi rõ nguồn khi phát hành lại.</p></div></div>"
    )
    record = _read(body, footer="<div></div>")
    assert record["body"] == f"{_P1}\n\n{_P3}" and record["published_at"] is None


def test_a_vendors_ad_box_inside_the_text_is_furniture() -> None:
    assert "chrome" in families("boxQC-sms") and "chrome" in families("qc_footer")
    body = (
        f'<div class="chi-tiet"><h1>{_TITLE}</h1><div class="noi-dung"><p>{_P1}</p><p>{_P2}</p>'
        '<p style="text-align:right"><b>Tin: Lê Văn Tám</b></p>'
        '<div class="qc-sms"><p>Phụ huynh soạn tin DIEM mã học sinh gửi 8088 để nhận điểm hằng tuần.</p></div></div></div>'
    )
    record = _read(body)
    assert record["body"] == f"{_P1}\n\n{_P2}" and record["authors"] == ["Lê Văn Tám"]


# --- headline, trail, dates -------------------------------------------------------------------------


def test_a_schools_name_in_the_banner_and_a_letterhead_do_not_take_the_headline_from_the_main_columns_h2() -> None:
    body = (
        '<div class="banner"><h1>TRƯỜNG THCS HÒA BÌNH</h1></div><div class="than"><div class="cot-trai">'
        '<h2 class="bv-ten">Thông báo về việc tổ chức kiểm tra giữa học kỳ I</h2><div class="bv-noidung">'
        "<table><tr><td>PHÒNG GD&amp;ĐT HÒA VANG<br><b>TRƯỜNG THCS HÒA BÌNH</b></td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>"
        "Độc lập - Tự do - Hạnh phúc<br><i>Hòa Vang, ngày 02 tháng 11 năm 2026</i></td></tr></table>"
        f"<p>{_P1}</p><p>{_P2}</p></div></div><div class=\"cot-phai\"><ul><li><a href=\"/a\">Tin một</a></li><li><a href=\"/b\">Tin hai</a></li></ul></div></div>"
    )
    head = "<title>Thông báo về việc tổ chức kiểm tra giữa học kỳ I - TRƯỜNG THCS HÒA BÌNH</title>"
    assert _read(body, head)["title"] == "Thông báo về việc tổ chức kiểm tra giữa học kỳ I"


def test_an_ordered_list_of_steps_opened_by_the_home_link_is_the_trail() -> None:
    body = (
        '<ol class="vt"><li><a href="/">Trang chủ</a></li><li>›<a href="/tin">Tin tức</a></li><li>›<a href="/tin/hoat-dong">Hoạt động</a></li></ol>'
        f'<div class="bai"><h1>{_TITLE}</h1><div class="nd"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    assert _read(body)["category"] == "Hoạt động"


def test_a_category_read_whole_with_its_label_loses_the_label() -> None:
    body = f'<div class="bai"><h4>{_TITLE}</h4><div class="ngay">12.11.2026</div><div class="bai-chuyenmuc">Chuyên mục: Hoạt động</div><div class="nd"><p>{_P1}</p><p>{_P2}</p></div></div>'
    assert _read(body)["category"] == "Hoạt động"


def test_a_headline_in_a_styled_box_right_over_the_date_box_at_the_modules_top() -> None:
    body = (
        '<div class="vi-tri-chinh"><div class="tin-ct"><div class="tin-ten">Tập huấn chuyển đổi số cho giáo viên các trường THCS</div>'
        '<div class="tin-ngay"><span>Ngày đăng: 12/11/2026 9:00:00 SA</span> | <span>Lượt xem: 31</span></div>'
        f"<p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    head = "<title>Chi tiết tin | Trường THCS Hòa Bình</title>"
    assert _read(body, head)["title"] == "Tập huấn chuyển đổi số cho giáo viên các trường THCS"


def test_a_time_parted_from_its_day_by_framework_markers_is_read() -> None:
    body = (
        f'<div class="bai"><h3 class="ten">{_TITLE}</h3><div class="thongtin">Đăng lúc <!--!-->09:40<!--!--> ngày <!--!-->12/11/2026</div>'
        f'<div class="nd"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    assert _read(body)["published_at"] == "2026-11-12T09:40:00+07:00"


def test_the_info_box_a_template_names_its_footer_under_the_headline_dates_the_post() -> None:
    body = (
        f'<div class="tin"><h3 itemprop="headline">{_TITLE}</h3><div class="footer tin-tt"><span>12/11/2026 09:40</span> | <span>Lượt xem: 9</span></div>'
        f'<div class="nd"><p>{_P1}</p><p>{_P2}</p></div><p class="muted">Cập nhật: 13/11/2026 15:02</p></div>'
    )
    assert _read(body)["published_at"] == "2026-11-12T09:40:00+07:00"


def test_a_creation_stamp_and_a_display_window_are_date_lines() -> None:
    assert is_date_line("Ngày tạo: 2026-11-19 14:00:00")
    assert is_date_line("Hiển thị từ 14/11/2026 10:00 đến 28/11/2026 12:00")
    assert not is_date_line("Thời gian nghỉ Tết từ ngày 01/01/2027 của toàn thể cán bộ, giáo viên và học sinh")


# --- lines of the text -------------------------------------------------------------------------------


def test_a_row_of_field_boxes_on_lines_of_their_own_is_read_field_by_field() -> None:
    body = (
        f'<div class="bai"><h2 class="bai-ten">{_TITLE}</h2><div class="bai-tt">\n<span>Người viết: <a href="/u/1">admin</a></span>\n'
        '<span><i class="ico"></i> 09:40 - 12/11/2026</span>\n<span>Chuyên mục: <a href="/tin">Tin tức</a></span>\n<span>Lượt xem: 8</span>\n</div>'
        f'<div class="bai-nd"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    record = _read(body)
    assert record["body"] == f"{_P1}\n\n{_P2}" and record["published_at"] == "2026-11-12T09:40:00+07:00"


def test_an_account_meta_line_with_its_edit_stamp_is_the_posts_data() -> None:
    assert is_fields_line("Gửi bởi bientap lúc 12/11/2026 - 09:40 | Lượt xem: 15 | Sửa lần cuối: 13/11/2026 08:00")
    assert not is_fields_line("Ban tổ chức | Hội đồng giám khảo | Thư ký")


def test_the_readers_comments_under_a_heading_are_no_text_however_they_read() -> None:
    assert is_comments_heading("Gửi bình luận") and is_comments_heading("Ý kiến bạn đọc (3)")
    assert not is_comments_heading("Tin liên quan")
    blocks = [
        {"kind": "text", "text": _P1},
        {"kind": "text", "text": "Ý kiến bạn đọc (1)"},
        {"kind": "text", "text": "Cảm ơn nhà trường đã tổ chức một hội thi thật ý nghĩa cho các con, mong có thêm nhiều hoạt động."},
    ]
    record = strip_boilerplate({"blocks": blocks, "title": _TITLE}, Counter())
    assert [b["text"] for b in record["blocks"]] == [_P1]


def test_a_notes_field_holding_the_source_line_names_the_source() -> None:
    found = parse_byline("Ghi chú: Nguồn: Báo Đà Nẵng")
    assert found is not None and found.source == "Báo Đà Nẵng"


def test_a_cluster_of_schools_signing_alone_is_the_author() -> None:
    body = f'<div class="bai"><h1>{_TITLE}</h1><div class="nd"><p>{_P1}</p><p>{_P2}</p><p style="text-align:right"><b>Cụm trường THCS số 1</b></p></div></div>'
    assert _read(body)["authors"] == ["Cụm trường THCS số 1"]


def test_a_short_bold_sentence_opening_the_text_is_its_lead() -> None:
    lead = "Liên đội đã trao 40 phần quà cho học sinh có hoàn cảnh khó khăn của xã."
    assert len(lead) < 80
    body = f'<div class="bai"><h1>{_TITLE}</h1><div class="nd"><p><strong>{lead}</strong></p><p>{_P1}</p><p>{_P2}</p></div></div>'
    assert _read(body)["summary"] == lead


def test_the_italic_line_under_a_figure_that_names_only_its_file_is_its_caption() -> None:
    body = (
        f'<div class="bai"><h1>{_TITLE}</h1><div class="nd"><p>{_P1}</p>'
        '<figure class="tep"><img src="/files/ke-chuyen.jpg" width="800" height="500"><figcaption><span>ke-chuyen.jpg</span> <span>1.2 MB</span></figcaption></figure>'
        f"<p><em>Học sinh lớp 6A2 kể chuyện “Dế Mèn phiêu lưu ký”</em></p><p>{_P2}</p></div></div>"
    )
    record = _read(body)
    assert [im["caption"] for im in record["images"]] == ["Học sinh lớp 6A2 kể chuyện “Dế Mèn phiêu lưu ký”"]
    assert "Dế Mèn" not in record["body"]


def test_a_content_elements_heading_and_an_accordions_toggle_are_the_texts_headings() -> None:
    body = (
        f'<div class="news"><h3 itemprop="headline">{_TITLE}</h3><div class="ce-list">'
        '<div class="ce ce-header"><header class="ce-hd"><h2><span>Phần thi kể chuyện</span></h2></header></div>'
        f'<div class="ce ce-text"><p>{_P1}</p></div>'
        '<div class="ce ce-acc"><div class="acc-item"><div class="acc-header"><button class="acc-btn" type="button" '
        'data-bs-toggle="collapse" data-bs-target="#q1">Thí sinh được chọn sách như thế nào?</button></div>'
        f'<div id="q1" class="collapse"><p>{_P2}</p></div></div></div><div class="ce ce-text"><p>{_P3}</p></div></div></div>'
    )
    paragraphs = _read(body)["body"].split("\n\n")
    assert paragraphs == ["Phần thi kể chuyện", _P1, "Thí sinh được chọn sách như thế nào?", _P2, _P3]


@pytest.mark.parametrize("unit", ["Tổ chuyên môn số 3", "Cụm chuyên môn số 2"])
def test_a_numbered_unit_in_lower_case_words_signing_alone_is_the_author(unit: str) -> None:
    body = f'<div class="bai"><h1>{_TITLE}</h1><div class="nd"><p>{_P1}</p><p>{_P2}</p><p style="text-align:right"><b>{unit}</b></p></div></div>'
    record = _read(body)
    assert record["authors"] == [unit]
    assert unit not in record["body"]
