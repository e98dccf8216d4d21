"""Round 51 (blind portals aspnet_phongvan_sgddt, laravel_vanhoc_thcs): extraction and discovery
rules on markup of other shapes than the portals', and the near misses that must stay."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.extract import extract_article
from crawler.navigation.listing import headline_ownership

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về hội thao của học sinh các trường trong tỉnh với nhiều môn thi đấu sôi nổi, hấp dẫn người xem.</p>"
    for i in range(4)
)


def _page(text: str, before: str = "") -> str:
    return (
        f"<html><body><div id='wrap'>{before}<div id='main'><h1>Khai mạc hội thao học sinh toàn tỉnh</h1>"
        f"<div class='chitiet'>{text}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "author"),
    [("Thu Hà (thực hiện)", "Thu Hà"), ("Minh Khoa (ghi)", "Minh Khoa"), ("Cô giáo Trần Thị Lệ", "Trần Thị Lệ"), ("Thầy Võ Văn Tùng", "Võ Văn Tùng")],
)
def test_an_interviewer_or_a_teacher_signing_is_the_author(line: str, author: str) -> None:
    record = extract_article(_page(_PROSE + f"<p style='text-align:right'>{line}</p>"), "http://h/tin/12")
    assert record["authors"] == [author]
    assert line not in record["body"]


def test_a_box_title_over_a_menu_names_no_category() -> None:
    menu = (
        "<div class='khoi'><div class='khoi-tieude'>Chuyên mục</div><ul><li><a href='/Pages/GioiThieu.aspx'>Giới thiệu</a></li>"
        "<li><a href='/Pages/TinTuc.aspx?CatID=1'>Tin tức</a></li></ul></div>"
    )
    trail = "<div class='breadcrumb'><a href='/'>Trang chủ</a> » <a href='/Pages/TinTuc.aspx?CatID=2'>Thể thao</a></div>"
    record = extract_article(_page(_PROSE, before=menu + trail), "http://h/Pages/ChiTiet.aspx?ID=5")
    assert record["category"] == "Thể thao"


def test_a_photo_after_an_inline_see_also_line_is_the_texts() -> None:
    text = (
        _PROSE + "<p><b>Xem thêm:</b> <a href='/tin/9'>Hội thao năm trước thành công tốt đẹp</a></p>"
        "<p style='text-align:center'><img src='/up/hoi-thao.jpg' width='500'></p>"
        "<p style='text-align:center'><em>Các vận động viên diễu hành qua lễ đài.</em></p>" + _PROSE.replace("Đoạn", "Phần")
    )
    record = extract_article(_page(text), "http://h/tin/12")
    assert [(img["url"], img["caption"]) for img in record["images"]] == [("http://h/up/hoi-thao.jpg", "Các vận động viên diễu hành qua lễ đài.")]
    assert "Hội thao năm trước" not in record["body"]


def test_a_file_offered_by_its_label_and_link_is_no_text() -> None:
    text = _PROSE + "<p><strong>Tải file đính kèm:</strong> <a href='/files/lich-thi.pdf'>Lich-thi.pdf</a></p>"
    record = extract_article(_page(text), "http://h/tin/12")
    assert "Tải file đính kèm" not in record["body"]


def test_a_tables_header_cells_are_no_record_fields() -> None:
    # a news post with a schedule whose header row says "Môn | Thời gian | Địa điểm": not a register's entry
    table = "<table border=1><tr><td>Môn</td><td>Thời gian</td><td>Địa điểm</td></tr><tr><td>Bóng đá</td><td>13/10</td><td>Sân tỉnh</td></tr></table>"
    root = lxml_html.fromstring(_page(_PROSE + table))
    labels = headline_ownership(root, root.find(".//h1"), [], frozenset(), "http://h/tin/12").labels
    assert not {"môn", "thời gian", "địa điểm"} <= labels


# --- poems set in italics (laravel_vanhoc_thcs) ---

_POEM = [
    "Gió mùa về ngang sông Gianh", "Lạnh se sắt mái nhà tranh bên đồi", "Mẹ ngồi vá áo đơn côi",
    "Lửa hồng bếp nhỏ ấm lời ru xưa", "Chợ Ba Đồn sáng giăng mưa", "Người đi kẽo kẹt gánh chưa kịp về",
]


def _poem(photo_at: int, under: str | None = None) -> str:
    lines = [f"<p style='text-align:center'><em>{line}</em></p>" for line in _POEM]
    photo = "<p style='text-align:center'><img src='/up/tho.jpg' width='500'></p>"
    if under:
        photo += f"<p style='text-align:center'><em>{under}</em></p>"
    return _page("".join(lines[:photo_at]) + photo + "".join(lines[photo_at:]))


def test_a_poems_line_under_a_photo_between_its_stanzas_goes_on_with_the_poem() -> None:
    record = extract_article(_poem(3), "http://h/bai-viet/tho.html")
    assert record["body"].split("\n\n") == _POEM
    assert record["images"][0]["caption"] is None


def test_an_illustration_line_under_a_poems_photo_is_its_caption() -> None:
    record = extract_article(_poem(0, "Ảnh minh họa"), "http://h/bai-viet/tho.html")
    assert record["images"][0]["caption"] == "Ảnh minh họa"
    assert record["body"].split("\n\n") == _POEM


def test_an_italic_line_under_a_photo_of_a_plain_text_is_still_its_caption() -> None:
    text = _PROSE + "<p style='text-align:center'><img src='/up/a.jpg' width='500'></p><p style='text-align:center'><em>Lễ khai mạc hội thao</em></p>" + _PROSE
    record = extract_article(_page(text), "http://h/tin/12")
    assert record["images"][0]["caption"] == "Lễ khai mạc hội thao"


def test_the_headline_in_a_two_column_templates_main_column_is_found_when_the_title_says_only_the_site() -> None:
    # (a side column by its side's name is the main column when the trail is in it, round 49; its
    # headline is no banner's, even when the page's <title> names only the site)
    html = (
        "<html><head><title>Trường THPT Chu Văn An</title></head><body>"
        "<div class='cot-trai'><div class='duong-dan'><a href='/'>Trang chủ</a> » <a href='/tin'>Tin tức</a></div>"
        f"<h1 class='tieu-de-bai'>Khai mạc hội thao học sinh toàn tỉnh</h1><div class='noi-dung-bai'>{_PROSE}</div></div>"
        "<div class='cot-phai'><h3>Tin xem nhiều</h3><ul><li><a href='/tin/1'>Tin số một của trường</a></li></ul></div>"
        "</body></html>"
    )
    assert extract_article(html, "http://h/tin/12")["title"] == "Khai mạc hội thao học sinh toàn tỉnh"
