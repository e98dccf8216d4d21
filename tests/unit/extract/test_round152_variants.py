"""Markup shapes of round 152's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.lines import is_fields_line
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-2026"
_P3 = (
    "Hội thi là dịp để các chi đội thể hiện tài năng, sự sáng tạo và tinh thần đoàn kết, đồng thời giáo dục "
    "truyền thống tôn sư trọng đạo, lòng biết ơn đối với thầy cô giáo cho học sinh toàn trường."
)


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_an_inline_box_a_utility_class_displays_as_a_block_is_a_line_of_its_own() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
        "<div class='tac-gia-box'><img src='/uploads/avatar.jpg' alt=''><div><strong class='d-block'>ThS. Phan Thị Kim Ngân</strong>"
        "<span class='small'>Trưởng phòng Giáo dục Trung học</span></div></div></article>"
    )
    assert _read(body)["authors"] == ["Phan Thị Kim Ngân"]


def test_a_link_to_this_page_without_its_filing_parameter_names_it() -> None:
    from lxml import html as lxml_html

    from crawler.extract.metadata import _self_link_titles

    headline = "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027"
    tree = lxml_html.fromstring(f"<html><body><div class='chay-chu'><a href='Xem.aspx?Id=2207'>{headline}</a><a href='Xem.aspx?Id=2208'>Lịch thi học kỳ I các môn khối 9 năm học 2026 - 2027</a></div></body></html>")
    assert _self_link_titles(tree, "http://127.0.0.1/TinTuc/Xem.aspx?Id=2207&Loai=4") == [headline]
    assert _self_link_titles(tree, "http://127.0.0.1/TinTuc/Xem.aspx?Id=2209&Loai=4") == []


def test_a_meta_line_of_labelled_days_parted_by_a_bar_is_a_fields_line() -> None:
    assert is_fields_line("Ngày đăng: Thứ Hai, 30/11/2026 - 08:15 (GMT+7) | Hết hạn: 31/12/2026")
    assert is_fields_line("Ngày ban hành: 25/11/2026 | Ngày hiệu lực: 01/12/2026")
    assert not is_fields_line("Thời gian: 12/12/2026 | Địa điểm: Hội trường A")


def test_a_themes_promotion_box_inside_the_text_is_no_photo_and_no_line() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p>"
        "<div class='kt-promo-box'><img src='/uploads/2026/03/tuyen-sinh.png' alt=''><p class='kt-promo-text'>Nhà trường nhận hồ sơ tuyển sinh năm học 2027 - 2028</p></div>"
        f"<p>{_P2}</p></div></article>"
    )
    record = _read(body)
    assert record["images"] == []
    assert "tuyển sinh" not in record["body"]


def test_the_clock_of_a_top_bar_over_the_headline_dates_nothing() -> None:
    body = (
        "<div class='wrap'><div class='top_panel_top'><span class='ls_today'>Thứ Bảy, 05/12/2026</span> <span>Hotline: 0296 3852 417</span></div>"
        f"<h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(body)["published_at"] is None
