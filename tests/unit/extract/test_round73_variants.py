"""Round 73 (blind portals liferay71_tct, drupal7_pgd, wp_newsmag_tct, php_homemade2014_thcs):
rules, each checked on wording and markup of other shapes than the portal's."""

from __future__ import annotations

import pytest

from crawler.core.bylines import parse_signature
from crawler.core.lines import is_fields_line
from crawler.core.urls import canonicalize_url
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import PageHints, plan_page

_PROSE = "Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao chất lượng dạy và học trong năm học mới. "


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Ngày đăng: 24/09/2026 Tác giả: ThS. Hoàng Thị Thu Hà", True),
        ("Cập nhật: 27/11/2026 08:15 - Người viết: TS. Vi Văn Bình", True),
        ("Ngày 24/09/2026 các em học sinh đã tham gia hội thi", False),
        ("Ngày đăng: 24/09/2026 Hội nghị đã diễn ra thành công tốt đẹp", False),
    ],
)
def test_a_date_field_then_a_byline_field_in_one_line(line: str, fields: bool) -> None:
    assert is_fields_line(line) is fields


@pytest.mark.parametrize(
    ("line", "authors"),
    [("TPT Đội: Lê Thị Thu Hà", ["Lê Thị Thu Hà"]), ("GVCN lớp 8A1: Trần Minh Tâm", ["Trần Minh Tâm"])],
)
def test_a_post_as_the_signatures_label(line: str, authors: list[str]) -> None:
    found = parse_signature(line, closing=True)
    assert found is not None and found.authors == authors


@pytest.mark.parametrize("line", ["Địa điểm: Hội trường A", "Thời gian: 7 giờ 30", "Hiệu trưởng: Thầy Nguyễn Văn An"])
def test_a_field_or_a_described_person_is_no_post_signature(line: str) -> None:
    assert parse_signature(line, closing=True) is None


def test_an_asset_publishers_way_back_makes_no_other_page() -> None:
    url = "http://h/web/t/tin-tuc/-/asset_publisher/Ab1/content/le-khai-giang"
    assert canonicalize_url(url + "?inheritRedirect=true&redirect=%2Fweb%2Ft%2Ftin-tuc") == canonicalize_url(url)


def _article(head: str, text: str, url: str = "http://h/tin/1.html") -> dict:
    page = (
        '<html><head><meta charset="utf-8"><title>Trường Chính trị tỉnh</title></head><body><div class=portlet>'
        f"<div class=box-content>{head}{text}</div></div></body></html>"
    ).encode()
    return extract_article(page, url)


def test_a_kicker_in_capitals_above_the_headline_is_no_text() -> None:
    record = _article(
        '<p class=kicker>HƯỞNG ỨNG NGÀY PHÁP LUẬT VIỆT NAM</p><h2 class=tieu-de>Tuyên truyền pháp luật cho học viên các lớp trung cấp</h2><div class=ngay>Thứ Hai, 09/11/2026</div>',
        f"<div class=body><p>{_PROSE * 2}</p><p>{_PROSE}</p></div>",
    )
    assert record["title"] == "Tuyên truyền pháp luật cho học viên các lớp trung cấp"
    assert not record["body"].startswith("HƯỞNG ỨNG")


def test_a_one_line_byline_box_under_the_date_signs_the_text() -> None:
    record = _article(
        "<h2>Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề</h2><div class=date>Thứ Ba, 20/10/2026</div><div class=author-name>Khoa Lý luận cơ sở</div>",
        f"<div class=body><p>{_PROSE * 2}</p><p>{_PROSE}</p></div>",
    )
    assert record["authors"] == ["Khoa Lý luận cơ sở"] and "Khoa Lý luận cơ sở\n" not in record["body"]


@pytest.mark.parametrize("stamp", ["<font color=#888> (18/09/2026)</font>", "<span class=date>[03/12/2026 - 08:30]</span>"])
def test_the_day_in_brackets_closing_the_headline_is_no_part_of_it(stamp: str) -> None:
    record = _article(f"<div class=title><b>Thông báo lịch học 2 buổi/ngày từ tuần sau</b> {stamp}</div>", f"<div class=body><p>{_PROSE * 2}</p></div>")
    assert record["title"] == "Thông báo lịch học 2 buổi/ngày từ tuần sau"


def test_a_value_box_beside_its_label_box_is_the_field() -> None:
    head = (
        "<h1>Tập huấn sử dụng học bạ số cho giáo viên</h1>"
        '<div class="field field-author"><div class=field-label>Người viết:&nbsp;</div><div class=field-items><div class=field-item>'
        "ThS. Đinh Văn Lực, Chuyên viên phòng</div></div></div>"
    )
    assert _article(head, f"<div class=body><p>{_PROSE * 2}</p><p>{_PROSE}</p></div>")["authors"] == ["Đinh Văn Lực"]


def test_an_unstyled_line_under_a_photo_in_a_justified_text_is_its_caption() -> None:
    j = '<p style="text-align: justify">'
    text = (
        f"<div class=body>{j}{_PROSE * 2}</p><p style='text-align:center'><img src='/a.jpg' width=600></p><p>Học sinh lớp 9A trình bày sản phẩm</p>"
        f"{j}{_PROSE}</p><p style='text-align:center'><img src='/b.jpg' width=600></p>{j}Theo cô Hiệu trưởng, {_PROSE}</p></div>"
    )
    record = _article("<h1>Ngày hội STEM của học sinh khối 9</h1><div class=date>10/11/2026</div>", text)
    assert [img["caption"] for img in record["images"]] == ["Học sinh lớp 9A trình bày sản phẩm", None]
    assert "Học sinh lớp 9A trình bày" not in record["body"]


def test_a_page_whose_only_headline_is_the_banners_site_name_is_no_post() -> None:
    body = f"<p>{_PROSE * 3}</p><p>{_PROSE * 2}</p>"
    html = (
        '<html><head><meta charset="utf-8"><title>Trường THCS Lê Lợi - Ea Kar - Đắk Lắk</title></head><body>'
        '<table><tr><td><h1>TRƯỜNG THCS LÊ LỢI</h1></td></tr><tr><td><a href="/?mod=news&amp;cat=1">Tin tức</a> <a href="/?mod=page&amp;id=1">Giới thiệu</a></td></tr>'
        f"<tr><td>{body}</td></tr></table></body></html>"
    ).encode()
    kind = plan_page(parse(html, "http://h/?mod=page&id=1"), PageHints()).kind
    assert kind != "article"


def test_a_post_whose_title_tag_is_its_headline_is_still_a_post() -> None:
    body = f"<p>{_PROSE * 3}</p><p>{_PROSE * 2}</p><p>Ngày 20/10/2026</p>"
    html = (
        '<html><head><meta charset="utf-8"><title>HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG NĂM HỌC 2026 - 2027</title></head><body>'
        f"<p><b>HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG NĂM HỌC 2026 - 2027</b></p>{body}</body></html>"
    ).encode()
    assert plan_page(parse(html, "http://h/tintuc/2026/10/hoi-khoe.htm"), PageHints()).kind == "article"


def test_the_writers_set_under_the_themes_subtitle_sign_the_essay() -> None:
    text = (
        '<p class="post-sub-title">Bài viết làm rõ quan điểm của Chủ tịch Hồ Chí Minh về cán bộ, từ đó đề xuất giải pháp cho tỉnh.</p>'
        '<p style="text-align:right"><strong><em>TS. Lê Văn Hùng</em></strong><br><em>Khoa Lý luận cơ sở</em></p>'
        f"<h2>1. Quan điểm về cán bộ</h2><p>{_PROSE * 3}</p><p>{_PROSE * 2}</p>"
    )
    record = _article("<h1>Vận dụng tư tưởng Hồ Chí Minh về cán bộ</h1><div class=date>10/11/2026</div>", text)
    assert record["authors"] == ["Lê Văn Hùng"] and "Khoa Lý luận cơ sở" not in record["body"]


def test_an_unlinked_bar_over_the_headline_naming_a_menu_section_is_the_category() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>Trường THCS</title></head><body><div class=menu><a href="/">TRANG CHỦ</a> <a href="/?mod=page&amp;id=1">GIỚI THIỆU</a></div>'
        "<table><tr><td class=bar><b>Thông báo</b></td></tr></table><div id=tieu_de><b>Thông báo lịch kiểm tra cuối học kỳ I</b> <font>(03/12/2026)</font></div>"
        f"<div id=noi_dung><p>{_PROSE * 3}</p><p>{_PROSE * 2}</p></div>"
        '<div class=box><a href="/?mod=news&amp;cat=1">Tin tức</a><br><a href="/?mod=news&amp;cat=4">Thông báo</a></div></body></html>'
    ).encode()
    record = extract_article(html, "http://h/?mod=news&act=detail&id=152")
    assert record["category"] == "Thông báo" and record["published_at"] == "2026-12-03"
