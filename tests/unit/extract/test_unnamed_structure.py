"""Pages whose class and id names say nothing (bench.neutral_names): the structural rules alone
must find a short post's text. Each page here has meaningless names, as an unseen portal's may."""

from __future__ import annotations

from crawler.extract import extract_article

_NOTICE = (
    "<p>Nhân kỷ niệm Ngày Nhà giáo Việt Nam 20/11, nhà trường thông báo học sinh toàn trường được nghỉ học ngày thứ Sáu, 20/11/2026.</p>"
    "<p>Học sinh đi học lại bình thường vào thứ Hai, ngày 23/11/2026. Kính mong quý phụ huynh lưu ý.</p>"
)


def _page(after: str, footer: str = "<p>© 2026 Trường Tiểu học Hòa Bình</p>", text: str = _NOTICE) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Thông báo</title></head><body><div class="x1"><div class="x2">'
        '<h1 class="x3">Thông báo nghỉ học ngày Nhà giáo Việt Nam 20/11</h1><div class="x4">Thứ Ba, 17/11/2026</div></div>'
        f'<div class="x5"><div class="x6">{text}</div></div></div>'
        f'<div class="x7">{footer}</div>{after}</body></html>'
    ).encode()


def test_a_long_hidden_popup_does_not_outscore_a_short_visible_post() -> None:
    cookies = (
        '<div class="k1" style="display: none"><div class="k2"><p>Trang này sử dụng cookie. Một số cookie là cần thiết để trang web hoạt động, '
        "không thể tắt. Các cookie khác giúp chúng tôi cải thiện trang web, thu thập thông tin thống kê, hiển thị bản đồ, video. "
        "Bạn có thể chấp nhận tất cả, từ chối, chọn từng loại; lựa chọn được lưu trong một năm, thay đổi được bất cứ lúc nào. "
        "Thông tin chi tiết về các cookie được sử dụng, mục đích, thời hạn lưu trữ có trong Chính sách cookie, Chính sách quyền riêng tư.</p></div></div>"
    )
    body = extract_article(_page(cookies), "http://h/2026/11/17/thong-bao/")["body"]
    assert body.startswith("Nhân kỷ niệm Ngày Nhà giáo") and "cookie" not in body


def test_a_hidden_rest_of_the_text_opened_by_read_on_still_counts() -> None:
    rest = "<p>" + "Phần còn lại của bài viết, với nhiều câu, nhiều dấu phẩy, nhiều chi tiết về hoạt động của nhà trường. " * 4 + "</p>"
    page = _page("").replace(_NOTICE.encode(), (_NOTICE + '<a href="#" class="m1">Xem thêm ▼</a>' + f'<div class="m2" style="display:none">{rest}</div>').encode())
    assert "Phần còn lại của bài viết" in extract_article(page, "http://h/2026/11/17/thong-bao/")["body"]


def test_a_footer_running_its_contact_fields_on_in_one_line_is_furniture() -> None:
    footer = (
        "<p>Trường Tiểu học Hòa Bình — Địa chỉ: ấp Thị Trấn A, xã Hòa Bình, tỉnh Cà Mau — ĐT: 0291 3880 123 — Email: c1hoabinh@camau.edu.vn</p>"
        "<p>Thiết kế và phát triển: Công ty Cổ phần Tin học Hồng Đức, năm 2009, bảo trì hằng năm</p>"
    )
    one = "<p>Nhà trường thông báo lịch thi học kỳ I: các môn thi tập trung từ ngày 21/12/2026 đến ngày 26/12/2026.</p>"
    body = extract_article(_page("", footer, one), "http://h/2026/11/17/thong-bao/")["body"]
    assert body.startswith("Nhà trường thông báo lịch thi") and "Địa chỉ" not in body and "Thiết kế" not in body


def test_a_cover_box_of_headline_and_short_fields_leaves_the_text_to_the_section_after_it() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Tin</title></head><body>'
        '<div class="c1"><div class="c2"><a href="/">Trang chủ</a> / <a href="/doan">Hoạt động Đoàn</a></div>'
        '<h1 class="c3">Đoàn trường ra quân “Ngày Chủ nhật xanh” tháng 11</h1>'
        '<div class="c4"><span>Ngày đăng:</span> <span>05/11/2026</span> <span>Người viết:</span> <span>Đoàn trường</span></div></div>'
        '<div class="c5"><div class="c6"><p>Sáng Chủ nhật 01/11/2026, hơn 300 đoàn viên thanh niên của 30 chi đoàn đã tham gia ra quân, dọn dẹp khuôn viên trường.</p>'
        "<p>Một số hình ảnh của buổi ra quân:</p></div>"
        '<div class="c7" style="display:none"><p>Video: Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor, ut labore et dolore magna aliqua.</p></div></div>'
        '<div class="c8"><p>Trường THPT Lương Thế Vinh</p><p>Địa chỉ: Số 98 đường Lê Duẩn</p></div></body></html>'
    ).encode()
    body = extract_article(page, "http://h/tin-tuc/ra-quan")["body"]
    assert body.startswith("Sáng Chủ nhật 01/11/2026") and "Lorem" not in body
