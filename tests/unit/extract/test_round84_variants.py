"""Round 84 (blind portals plone6_volto_sgddt, apostrophe_pgd, zoho_sites_mamnon, vuepress_thcs,
sulu_tct, drupal11_layout_sgddt): rules read on pages whose markup varies from the fixtures'."""

from __future__ import annotations

from crawler.core.bylines import is_account_name, is_closing_line
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_P1 = (
    "Sáng 27/11, Trường THPT Lê Lợi tổ chức Ngày hội “Học sinh với văn hóa giao thông” năm học 2026 - 2027 nhằm "
    "nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông cho học sinh."
)
_P2 = "Ngày hội thu hút hơn 900 học sinh của 24 lớp tham gia với nhiều hoạt động bổ ích, sôi nổi và thiết thực."
_TEXT = f"<p>{_P1}</p><p>{_P2}</p>"
_MENU = '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>'


def _page(main: str, title: str = "Ngày hội học sinh với văn hóa giao thông") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="logo">Trường THPT Lê Lợi</div>{_MENU}'
        f'<div class="wrap">{main}</div><div class="foot">© 2026 Trường THPT Lê Lợi</div></body></html>'
    ).encode()


def test_a_date_label_past_a_frameworks_empty_comment() -> None:
    meta = (
        '<div class="meta"><span class="a">Sửa lần cuối: <!-- --><time datetime="2026-11-28T02:40:00Z">28/11/2026 09:40</time></span>'
        '<span class="b"><i class="icon"></i>Ngày đăng: <!-- --><time datetime="2026-11-28T02:05:00Z">28/11/2026 09:05</time></span></div>'
    )
    record = extract_article(_page(f"<article><h1>Ngày hội học sinh với văn hóa giao thông</h1>{meta}{_TEXT}</article>"), "http://h/tin-tuc/ngay-hoi")
    assert record["published_at"] == "2026-11-28T09:05:00+07:00"


def test_an_edit_stamp_to_the_minute_beside_the_posts_own_day() -> None:
    meta = '<div class="m"><span>Cập nhật: 05/12/2026 09:31</span> <span><time datetime="2026-11-28T17:00:00Z">Chủ Nhật, 29/11/2026</time></span> <span>Lượt xem: 245</span></div>'
    record = extract_article(_page(f"<article><h2 class='t'>Ngày hội học sinh với văn hóa giao thông</h2>{meta}{_TEXT}</article>"), "http://h/tin-tuc/ngay-hoi")
    assert record["published_at"] == "2026-11-29"


def test_a_texts_widgets_each_in_a_wrapper_are_one_text_and_a_slide_counter_is_no_text() -> None:
    widgets = (
        f'<div class="apos-area"><div class="apos-area-widget-wrapper"><div class="w-text"><p>{_P1}</p></div></div>'
        '<div class="apos-area-widget-wrapper"><div class="w-img"><figure><img src="/u/a.jpg" alt=""><figcaption>Tiểu phẩm của lớp 11A3</figcaption></figure></div></div>'
        '<div class="apos-area-widget-wrapper"><div class="w-slides"><p class="counter">1 / 3</p></div></div>'
        f'<div class="apos-area-widget-wrapper"><div class="w-text"><p>{_P2}</p><p>Hoạt động được phụ huynh đánh giá cao, mong nhà trường tiếp tục tổ chức vào các năm sau.</p></div></div></div>'
    )
    record = extract_article(_page(f'<article><h2 class="t">Ngày hội học sinh với văn hóa giao thông</h2><p class="d">28/11/2026</p><div class="nd">{widgets}</div></article>'), "http://h/tin-tuc/ngay-hoi")
    assert record["body"].split("\n\n")[:2] == [_P1, _P2] and "1 / 3" not in record["body"]


def test_a_count_of_comments_an_account_named_after_the_site_and_a_body_signing_for_another() -> None:
    assert is_account_name("Ngôi Sao Nhỏ Admin") and is_account_name("THCS Lê Lợi Quản trị viên") and not is_account_name("Nguyễn Văn An")
    assert is_closing_line("TM. BAN ĐẠI DIỆN CHA MẸ HỌC SINH") and not is_closing_line("TM. Ban đại diện")
    main = f'<article><h1>Ngày hội học sinh với văn hóa giao thông</h1><p class="d">28/11/2026</p>{_TEXT}<p>0 Bình luận</p></article>'
    assert "Bình luận" not in extract_article(_page(main), "http://h/tin-tuc/ngay-hoi")["body"]


def test_a_dated_post_below_a_section_named_like_a_static_page_is_news() -> None:
    page = (
        f'<html><head><meta charset="utf-8"><title>Thực đơn tuần 2 tháng 12/2026 (07/12 – 11/12)</title></head><body>{_MENU}'
        '<div class="crumbs"><a href="/">Trang chủ</a> › <a href="/thuc-don">Thực đơn</a></div>'
        '<div class="post"><h1>Thực đơn tuần 2 tháng 12/2026 (07/12 – 11/12)</h1><p class="d">05/12/2026</p>'
        "<p>Nhà trường xin thông báo thực đơn tuần 2 tháng 12 của các nhóm lớp nhà trẻ và mẫu giáo, được xây dựng cân đối dinh dưỡng.</p>"
        "<table><tr><td>Thứ Hai</td><td>Cơm, thịt kho trứng, canh bí đỏ</td></tr><tr><td>Thứ Ba</td><td>Cơm, cá sốt cà chua, canh rau ngót</td></tr></table></div>"
        "</body></html>"
    ).encode()
    assert plan_page(parse(page, "http://h/blog/post/thuc-don-tuan-2-thang-12")).kind == "article"


def test_a_headings_words_linked_to_its_own_anchor_are_a_heading() -> None:
    main = (
        f'<article><h1>Hướng dẫn nộp bài trên hệ thống học tập trực tuyến</h1><p class="d">20/11/2026</p><p>{_P1}</p>'
        f'<h2 id="buoc-1"><a class="header-anchor" href="#buoc-1"><span>Bước 1. Đăng nhập</span></a></h2><p>{_P2}</p></article>'
    )
    assert "Bước 1. Đăng nhập" in extract_article(_page(main), "http://h/posts/2026/huong-dan.html")["body"].split("\n\n")


def test_two_degreed_writers_over_their_unit_and_a_drupal_field_label_without_its_colon() -> None:
    heads = '<p align="right"><b>TS. Đỗ Văn Quân</b></p><p align="right"><b>ThS. Hà Thị Bích Ngọc</b></p><p align="right"><i>Khoa Lý luận cơ sở</i></p>'
    main = f'<article><h1>Đổi mới phương pháp giảng dạy các môn lý luận chính trị</h1><p class="d">20/11/2026</p><div class="txt">{heads}{_TEXT}</div></article>'
    record = extract_article(_page(main), "http://h/nghien-cuu/doi-moi")
    assert record["authors"] == ["Đỗ Văn Quân", "Hà Thị Bích Ngọc"] and not record["body"].startswith(("ThS", "Khoa"))
    field = '<div class="f"><div class="field__label">Tác giả</div><div class="field__item">ThS. Trần Minh Đức - Phòng Giáo dục Trung học</div></div>'
    main = f'<article><h1>Học sinh giành 2 huy chương Bạc Olympic Tin học</h1><p class="d">20/11/2026</p>{field}<div class="txt">{_TEXT}</div></article>'
    assert extract_article(_page(main), "http://h/tin-tuc/olympic")["authors"] == ["Trần Minh Đức"]
