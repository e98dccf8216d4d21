"""Round 42 (blind portals oracle_apex_sgddt, hubspot_school, adobe_muse_thcs): extraction and URL
rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

from crawler.core.bylines import is_account_name
from crawler.core.urls import canonicalize_url, clean_url
from crawler.extract import extract_article

_PROSE = "".join(f"<p>Câu văn thứ {i} của bài viết kể về hoạt động của nhà trường trong tuần qua, đủ dài để là nội dung.</p>" for i in range(4))


def test_a_session_field_of_a_composite_parameter_is_no_part_of_the_address() -> None:
    # Oracle APEX: "f?p=App:Page:Session:Request:…"; the public session is 0
    a = clean_url("https://cong.example.vn/apex/f?p=200:12:990812345612::NO:RP:P12_ID:77")
    assert a == "https://cong.example.vn/apex/f?p=200:12:0::NO:RP:P12_ID:77"
    assert canonicalize_url("https://cong.example.vn/apex/f?p=200%3A12%3A5550001%3A%3ANO%3ARP%3AP12_ID%3A77") == canonicalize_url(a)
    # another site's "p" with colons is left alone
    assert clean_url("https://h.vn/index.php?p=12:3:4") == "https://h.vn/index.php?p=12:3:4"


def test_a_hosted_blogs_language_and_tracking_parameters_are_no_part_of_the_address() -> None:
    assert clean_url("https://truong.vn/blog/ngay-hoi?hsLang=vi&__hstc=1.2.3&__hssc=4.5&__hsfp=6") == "https://truong.vn/blog/ngay-hoi"
    assert clean_url("https://truong.vn/blog/ngay-hoi?hs_amp=true") == "https://truong.vn/blog/ngay-hoi"


def test_an_account_named_after_its_site_credits_nobody() -> None:
    assert is_account_name("Admin SGS")
    assert is_account_name("Quản trị THCS Phú Lộc")
    assert not is_account_name("Nguyễn Thu Hà")
    assert not is_account_name("Ban Truyền thông")


def test_a_bold_style_named_in_vietnamese_makes_a_lead() -> None:
    lead = "<p class='Noi-dung'><span class='In-dam'>Sáng ngày 05/9/2026, thầy và trò nhà trường nô nức tổ chức Lễ khai giảng năm học mới 2026-2027.</span></p>"
    page = f"<html><body><h1>Lễ khai giảng năm học mới</h1><div class='noi-dung'>{lead}{_PROSE}</div></body></html>"
    assert extract_article(page, "http://h/tin/khai-giang.html")["summary"] == "Sáng ngày 05/9/2026, thầy và trò nhà trường nô nức tổ chức Lễ khai giảng năm học mới 2026-2027."


def test_a_paragraph_style_named_for_the_author_signs_the_text() -> None:
    page = f"<html><body><h1>Lễ khai giảng năm học mới</h1><div class='noi-dung'>{_PROSE}<p class='author-line'>Đỗ Thị Huyền</p></div></body></html>"
    record = extract_article(page, "http://h/tin/khai-giang.html")
    assert record["authors"] == ["Đỗ Thị Huyền"]
    assert "Đỗ Thị Huyền" not in record["body"]


def test_a_menu_link_marked_active_by_a_camel_cased_class_files_the_post() -> None:
    menu = "<div class='MenuBar'><a class='MenuItem' href='/index.html'>Trang chủ</a><a class='MenuItem MenuItemActive' href='/hoat-dong.html'>Hoạt động</a><a class='MenuItem' href='/lien-he.html'>Liên hệ</a></div>"
    page = f"<html><body>{menu}<h1>Lễ khai giảng năm học mới</h1><div class='noi-dung'>{_PROSE}</div></body></html>"
    assert extract_article(page, "http://h/hoat-dong/khai-giang.html")["category"] == "Hoạt động"
