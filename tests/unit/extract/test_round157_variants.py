"""Markup shapes of round 157's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin.php?ma=58&loai=3"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_an_offices_kind_the_title_says_with_its_place_is_the_banners_name() -> None:
    body = (
        "<div id='dau-trang'><img src='/logo.png' alt=''><div class='don-vi'><h4>UBND TỈNH ĐIỆN BIÊN</h4>"
        "<h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO</h1></div></div>"
        "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/tin.php?loai=3'>Tin hoạt động</a></li></ul>"
        f"<div class='khung'><h3 class='ten-bai'>{_TITLE}</h3><div class='ngay'>Ngày đăng: 04/12/2026</div>"
        f"<div class='nd'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = _read(body, title="Sở Giáo dục và Đào tạo tỉnh Điện Biên")
    assert record["title"] == _TITLE
    assert _TITLE not in record["body"]


def test_a_pointer_to_the_document_modules_entry_is_no_text() -> None:
    body = (
        f"<div class='bai-viet'><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p>"
        "<p>Xem toàn văn: <a href='/van-ban/chi-tiet/214'>Quyết định số 214/QĐ-THCS</a></p></div></div>"
    )
    record = _read(body)
    assert "214/QĐ" not in record["body"]
    assert record["body"].endswith(_P2)


def test_a_category_named_under_a_portlets_namespace_is_the_posts_own() -> None:
    base = "http://127.0.0.1/web/thpt/tin-tuc"
    body = (
        f"<ol class='breadcrumb'><li><a href='/web/thpt'>Trang chủ</a></li><li class='active'>Tin tức</li></ol>"
        f"<div class='chuyen-muc-bai'><a href='{base}'>Tin tức</a> » "
        f"<a href='{base}?p_p_id=baiviet_WAR_baivietportlet&amp;_baiviet_WAR_baivietportlet_catId=77'>Đoàn - Đội</a></div>"
        f"<h2 class='tieu-de-bai'>{_TITLE}</h2><div class='ngay'>04/12/2026 08:00</div>"
        f"<div class='noi-dung-bai'><p>{_P1}</p><p>{_P2}</p></div>"
    )
    record = _read(body, url=f"{base}/-/baiviet/58/hoi-thi-giai-dieu-tuoi-hong")
    assert record["category"] == "Đoàn - Đội"


def test_a_saved_builder_section_set_inside_the_text_is_no_part_of_it() -> None:
    body = (
        f"<div class='single'><h1>{_TITLE}</h1><div class='elementor-widget-theme-post-content'><div class='elementor-widget-container'>"
        f"<p>{_P1}</p>"
        "<div data-elementor-type='container' data-elementor-id='88' class='elementor elementor-88' data-elementor-post-type='elementor_library'>"
        "<div class='e-con'><img src='/wp-content/uploads/2026/01/bang-ron-thi-dua.jpg' width='1000' height='200' alt=''>"
        "<h3>Thi đua dạy tốt, học tốt chào mừng Ngày Nhà giáo Việt Nam</h3><p>Chuyên trang của Liên đội Trường THCS Lê Lợi</p></div></div>"
        f"<p>{_P2}</p></div></div></div>"
    )
    record = _read(body)
    assert "Chuyên trang" not in record["body"]
    assert not any("bang-ron" in image["url"] for image in record["images"])
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_kindergarten_class_right_aligned_under_the_text_signs_it() -> None:
    body = (
        f"<div class='item-page'><h2>{_TITLE}</h2><div class='article-body'><p>{_P1}</p><p>{_P2}</p>"
        "<p style='text-align: right;'><b>Lớp Mầm 2</b></p></div></div>"
    )
    record = _read(body)
    assert record["authors"] == ["Lớp Mầm 2"]
    assert "Lớp Mầm 2" not in record["body"]


def test_a_gallerys_tooltip_naming_the_file_is_no_caption() -> None:
    body = (
        f"<div class='item-page'><h2>{_TITLE}</h2><div class='article-body'><p>{_P1}</p><p>{_P2}</p>"
        "<div class='gallery'>"
        "<a href='/images/album/2026/IMG_2041.JPG' data-fancybox='g1' title='Đang xem ảnh IMG_2041.JPG'><img src='/cache/thumb_img_2041.jpg' alt=''></a>"
        "<a href='/images/album/2026/IMG_2044.JPG' data-fancybox='g1' title='Học sinh biểu diễn tiết mục múa “Về quê”'><img src='/cache/thumb_img_2044.jpg' alt=''></a>"
        "</div></div></div>"
    )
    assert [image["caption"] for image in _read(body)["images"]] == [None, "Học sinh biểu diễn tiết mục múa “Về quê”"]
