"""Round 55 (blind portals php_select_pager_thcs, sitemap_gz_sgddt, k2_pagebreak_tct,
long_sidebar_thcs): discovery and extraction rules on markup of other shapes than the portals',
and the near misses that must stay."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.links import extract_links, is_pagination_link

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về đại hội Liên đội nhiệm kỳ mới với nhiều chỉ tiêu thi đua được các chi đội thông qua.</p>" for i in range(4)
)


def _page(text: str, after: str = "") -> str:
    return (
        "<html><body><div class='khung'><h1>Đại hội Liên đội nhiệm kỳ 2026 - 2027</h1><div class='ngay'>Ngày đăng: 20/11/2026</div>"
        f"<div class='noidung'>{text}</div>{after}</div></body></html>"
    )


# --- a pager drawn as a drop-down -----------------------------------------------------------------


def _select(onchange: str, options: str) -> str:
    return f"<html><body><table><tr><td><a href='xem-tin.php?id=1'>Tin một về đại hội liên đội</a></td></tr></table><select onchange=\"{onchange}\">{options}</select></body></html>"


def test_a_drop_down_that_goes_to_the_chosen_page_is_a_pager() -> None:
    options = "<option value='tin-tuc.php?dm=1&amp;trang=1' selected>Trang 1</option><option value='tin-tuc.php?dm=1&amp;trang=2'>Trang 2</option>"
    html = _select("window.location.href = this.value", options)
    links = extract_links(parse(html.encode(), "http://h/tin-tuc.php?dm=1").tree, "http://h/tin-tuc.php?dm=1")
    pages = [lk.url for lk in links.links if lk.via == "select" and is_pagination_link(lk, "http://h/tin-tuc.php?dm=1")]
    assert "http://h/tin-tuc.php?dm=1&trang=2" in pages


def test_a_drop_down_of_other_sites_or_with_no_handler_gives_no_pager() -> None:
    links_box = _select("window.open(this.options[this.selectedIndex].value)", "<option value='http://moet.gov.vn'>Bộ GD&amp;ĐT</option>")
    found = extract_links(parse(links_box.encode(), "http://h/").tree, "http://h/")
    assert not any(is_pagination_link(lk, "http://h/") for lk in found.links if lk.via == "select")
    inert = "<html><body><select name='nam'><option value='tin-tuc.php?nam=2025'>2025</option></select></body></html>"
    assert not [lk for lk in extract_links(parse(inert.encode(), "http://h/").tree, "http://h/").links if lk.via == "select"]


# --- photo credits and fields after the text --------------------------------------------------


def test_a_credit_to_no_one_under_a_caption_is_neither_text_nor_a_photographer() -> None:
    photo = "<div class='anh'><img src='/anh/dai-hoi.jpg' width='600'><span class='caption'>Các đại biểu dự đại hội</span><span class='credits'>Ảnh: Sưu tầm</span></div>"
    record = extract_article(_page(photo + _PROSE), "http://h/xem-tin.php?id=5")
    assert record["images"][0]["caption"] == "Các đại biểu dự đại hội"
    assert "Sưu tầm" not in record["body"]
    assert record["photographers"] == []


def test_a_source_in_the_field_box_after_the_text_is_the_source() -> None:
    after = "<div class='truong-them'><ul><li><span>Đơn vị:</span> <span>Khoa Lý luận cơ sở</span></li><li><span>Nguồn:</span> <span>Tạp chí Cộng sản</span></li></ul></div>"
    record = extract_article(_page(_PROSE, after), "http://h/xem-tin.php?id=5")
    assert record["source"] == "Tạp chí Cộng sản"
    assert "Khoa Lý luận cơ sở" not in record["body"]


def test_the_texts_own_credit_wins_over_the_field_box_after_it() -> None:
    after = "<div class='truong-them'><ul><li><span>Nguồn:</span> <span>Cổng thông tin điện tử tỉnh</span></li></ul></div>"
    record = extract_article(_page(_PROSE + "<p style='text-align:right'><em>Theo Báo Đắk Lắk</em></p>", after), "http://h/xem-tin.php?id=5")
    assert record["source"] == "Báo Đắk Lắk"


# --- a school post signing with the name ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [("Tổng phụ trách Đội Lê Văn Tâm", "Lê Văn Tâm"), ("Hiệu trưởng Nguyễn Thị Hồng Vân", "Nguyễn Thị Hồng Vân"), ("TPT Đội Y Blin", "Y Blin")],
)
def test_a_school_post_before_a_closing_name_is_not_part_of_it(line: str, author: str) -> None:
    record = extract_article(_page(_PROSE + f"<p style='text-align:right'><strong>{line}</strong></p>"), "http://h/xem-tin.php?id=5")
    assert record["authors"] == [author]
    assert line not in record["body"]


def test_the_principal_named_in_the_text_is_no_signature() -> None:
    line = "Hiệu trưởng Nguyễn Thị Hồng Vân phát biểu giao nhiệm vụ cho Ban chỉ huy Liên đội nhiệm kỳ mới."
    record = extract_article(_page(_PROSE + f"<p>{line}</p>"), "http://h/xem-tin.php?id=5")
    assert line in record["body"]
    assert record["authors"] == []
