"""Round 22's rules (Lotus Domino, XOOPS, Kentico, Craft CMS portals) on markup of other shapes
than the fixtures': different tags, class names and wording, so that no rule keys on one portal."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.core.bylines import bare_names, looks_like_bare_name, parse_byline
from crawler.core.lines import is_date_line
from crawler.extract import extract_article
from crawler.extract.metadata import visible_breadcrumbs
from crawler.navigation.families import readable_form
from crawler.navigation.listing import _unlike_pair

URL = "http://127.0.0.1:8000/tin/chi-tiet.php?id=77"
TEXT = (
    "<p>Sáng 12/11, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học mới với sự tham dự của "
    "toàn thể cán bộ, giáo viên và nhân viên.</p><p>Hội nghị đã thống nhất các chỉ tiêu thi đua, kế "
    "hoạch dạy học và các giải pháp nâng cao chất lượng giáo dục toàn diện.</p>"
)


def _page(body: str, title: str = "Hội nghị triển khai nhiệm vụ năm học mới") -> bytes:
    return f"<html><head><title>Trường THCS Hòa Bình - {title}</title></head><body>{body}</body></html>".encode()


def test_site_footer_of_contact_lines_is_no_content() -> None:
    footer = (
        "<div><span>TRƯỜNG THCS HÒA BÌNH</span><br>Địa chỉ: Số 12 đường Lê Lợi, phường Hòa Bình, tỉnh Phú Thọ, "
        "Việt Nam<br>Điện thoại: 0210.3812.345, Fax: 0210.3812.346<br>Email: thcshoabinh@phutho.edu.vn, "
        "Website: thcshoabinh.edu.vn<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>"
    )
    body = f"<table><tr><td><b>Hội nghị triển khai nhiệm vụ năm học mới</b></td></tr><tr><td>{TEXT}</td></tr></table>{footer}"
    record = extract_article(_page(body), URL)
    assert record["body"].startswith("Sáng 12/11")
    assert "Địa chỉ" not in record["body"]


def test_lead_in_a_table_row_of_its_own_is_the_summary() -> None:
    lead = "Năm học 2026 – 2027, nhà trường đặt mục tiêu nâng cao chất lượng dạy học và đổi mới phương pháp."
    body = (
        "<table><tr><td><span style='font-size:18px'><b>Hội nghị triển khai nhiệm vụ năm học mới</b></span></td></tr>"
        "<tr><td>Ngày 12/11/2026</td></tr>"
        f"<tr><td><em>{lead}</em></td></tr><tr><td><div>{TEXT}</div></td></tr></table>"
    )
    record = extract_article(_page(body), URL)
    assert record["summary"] == lead


def test_headline_set_in_capitals_is_a_title_candidate() -> None:
    body = f"<div><a href='/'>Hội nghị triển khai nhiệm vụ năm học mới</a></div><div><h3>HỘI NGHỊ TRIỂN KHAI NHIỆM VỤ NĂM HỌC MỚI</h3><div>{TEXT}</div></div>"
    record = extract_article(_page(body), URL)
    assert record["title"] == "HỘI NGHỊ TRIỂN KHAI NHIỆM VỤ NĂM HỌC MỚI"


def test_links_parted_by_bars_are_a_menu_not_a_trail() -> None:
    menu = "<div><a href='/'>Trang chủ</a> | <a href='/gt'>Giới thiệu</a> | <a href='/lh'>Liên hệ</a></div>"
    assert visible_breadcrumbs(lxml_html.fromstring(f"<html><body>{menu}</body></html>")) == []
    trail = "<p><a href='/'>Trang chủ</a> › <a href='/tin'>Tin tức</a></p>"
    assert visible_breadcrumbs(lxml_html.fromstring(f"<html><body>{trail}</body></html>")) == ["Trang chủ", "Tin tức"]


def test_headline_after_its_sections_link() -> None:
    body = f"<div class='news-head'><h2><a href='/tin/danh-muc.php?cat=3'>Thông báo</a> » Lịch kiểm tra cuối học kỳ I</h2><p>Ngày 12/11/2026</p>{TEXT}</div>"
    record = extract_article(_page(body, "Lịch kiểm tra cuối học kỳ I"), URL)
    assert record["title"] == "Lịch kiểm tra cuối học kỳ I"
    assert record["category"] == "Thông báo"


def test_date_folders_in_the_trail_name_no_category() -> None:
    trail = "<ul class='duong-dan'><li><a href='/'>Trang chủ</a></li><li><a href='/tin'>Hoạt động chuyên môn</a></li><li><a href='/tin/2026'>Năm 2026</a></li><li><a href='/tin/2026/11'>11/2026</a></li></ul>"
    record = extract_article(_page(f"{trail}<h1>Hội nghị triển khai nhiệm vụ năm học mới</h1><div>{TEXT}</div>"), URL)
    assert record["category"] == "Hoạt động chuyên môn"


def test_three_unlike_boxes_are_a_pages_parts() -> None:
    boxes = lxml_html.fromstring("<div><section class='crumbs'/><section class='cat-name'/><section class='story body'/></div>")
    assert _unlike_pair(list(boxes))
    items = lxml_html.fromstring("<div><section class='item a'/><section class='item b'/><section class='item c'/></div>")
    assert not _unlike_pair(list(items))


def test_title_case_slug_with_numbers_is_readable() -> None:
    assert readable_form("http://h/doc/7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6/Le-ky-niem-20-nam-thanh-lap-truong") is None


def test_bare_signature_of_two_full_names() -> None:
    assert bare_names("Trần Minh Hải, Lê Thu Hà") == ["Trần Minh Hải", "Lê Thu Hà"]
    assert bare_names("Phòng Kế hoạch - Tài chính") == ["Phòng Kế hoạch - Tài chính"]


def test_photo_label_opening_a_description_is_no_credit() -> None:
    assert parse_byline("Ảnh: Thầy Nguyễn Văn Hòa, Trường THCS Hòa Bình, hướng dẫn học sinh thực hành") is None
    assert parse_byline("Ảnh: Nguyễn Văn Hòa")  # a credit stays one


def test_meta_line_of_a_date_and_a_name_is_no_text() -> None:
    assert is_date_line("05.10.2026 • Tổ Sinh – Công nghệ")
    assert is_date_line("05/10/2026 - Nguyễn Thu Hà")
    assert not is_date_line("05/10/2026 – Ngày hội đọc sách của học sinh khối 6")


def test_group_signing_with_its_unit() -> None:
    assert looks_like_bare_name("Nhóm phóng viên Liên đội")
    assert not looks_like_bare_name("Nhà trường tổ chức lễ tổng kết")


def test_lead_set_larger_inside_the_articles_box() -> None:
    lead = "Sáng 05/10, Liên đội tổ chức ngày hội đọc sách với sự tham gia của hơn 600 học sinh toàn trường."
    body = (
        "<section class='post-box'><a href='/chuyen-muc/doi' class='badge'>Công tác Đội</a>"
        "<h1 class='title-xl'>Ngày hội đọc sách năm 2026</h1><p class='meta'>05.10.2026 • ThS. Lê Minh Tâm – Tổ Ngữ văn</p>"
        f"<p class='lead text-muted'>{lead}</p>{TEXT}</section>"
    )
    record = extract_article(_page(body, "Ngày hội đọc sách năm 2026"), URL)
    assert record["summary"] == lead
    assert "05.10.2026" not in record["body"]
    assert record["authors"] == ["Lê Minh Tâm"]
