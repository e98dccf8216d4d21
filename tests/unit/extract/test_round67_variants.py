"""Round 67 (blind portals caption_zoo_pgd, byline_top_meta_tct, mixed_listing_types_thpt,
pagination_zoo_sgddt): rules, each checked on wording and markup of other shapes than the portal's."""

from __future__ import annotations

from crawler.extract import extract_article

PROSE = "Buổi lễ diễn ra trang trọng với sự tham dự của đông đảo cán bộ, giáo viên và học sinh toàn trường. "


def _page(meta: str, text: str) -> bytes:
    return (
        "<html><head><meta charset=utf-8><title>Tin</title></head><body>"
        "<div class=nav><a href=/>Trang chủ</a> <a href=/tin>Tin tức</a></div>"
        "<div class=chi-tiet><h1>Trường tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11</h1>"
        f"{meta}<div class=noidung><p>{PROSE * 2}</p>{text}<p>{PROSE}</p></div></div>"
        "<div class=chan-trang>Trường THCS Hòa Bình</div></body></html>"
    ).encode()


def test_a_labelled_field_in_a_row_of_fields_says_what_its_label_says() -> None:
    got = extract_article(_page('<div class="info">18/11/2026 &middot; Tin và ảnh: Hà Minh Khôi &middot; Lượt xem: 88</div>', ""), "http://h/tin/1")
    assert got["authors"] == ["Hà Minh Khôi"] and got["photographers"] == ["Hà Minh Khôi"]
    got = extract_article(_page('<ul class="meta"><li>Ngày đăng: 18/11/2026 09:10 | Người viết: Lò Thị Hoa | Nguồn: Báo Sơn La</li></ul>', ""), "http://h/tin/1")
    assert got["authors"] == ["Lò Thị Hoa"] and got["source"] == "Báo Sơn La"


def test_a_line_set_apart_over_a_photo_and_led_by_its_label_is_its_caption() -> None:
    photo = '<p style="text-align:center"><i>Hình: Học sinh biểu diễn văn nghệ chào mừng</i></p><p style="text-align:center"><img src="/anh/van-nghe.jpg"></p>'
    got = extract_article(_page("<div class=ngay>18/11/2026</div>", photo), "http://h/tin/1")
    assert got["images"][0]["caption"] == "Học sinh biểu diễn văn nghệ chào mừng"
    assert "văn nghệ chào mừng" not in got["body"]


def test_a_credit_over_a_photo_is_no_caption_of_it() -> None:
    # the line over the second photo credits the first: the second has no caption of its own
    photos = (
        '<p style="text-align:center"><img src="/anh/1.jpg"></p><p style="text-align:center"><em>Thầy cô giáo nhận hoa chúc mừng</em></p>'
        '<p style="text-align:center"><em>Ảnh: Đinh Công Sơn</em></p><p style="text-align:center"><img src="/anh/2.jpg"></p>'
    )
    got = extract_article(_page("<div class=ngay>18/11/2026</div>", photos), "http://h/tin/1")
    assert [img["caption"] for img in got["images"]] == ["Thầy cô giáo nhận hoa chúc mừng", None]
