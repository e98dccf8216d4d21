"""Round 94 (blind portals commune_portal_pgd, substack_thpt, drupal7_openpublic_sgddt,
nextjs_approuter_mamnon, hcm_edu_portal_thcs, wp_neve_thpt): rules read on pages whose markup
varies from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.core.bylines import is_post_line, looks_like_bare_name, parse_signature
from crawler.extract import extract_article
from crawler.extract.blocks import is_hidden

_P1 = (
    "Chiều 02/12/2026, Chi đoàn 11A4 tổ chức buổi sinh hoạt chuyên đề “Thanh niên với văn hóa đọc” với sự tham gia "
    "của các đoàn viên và giáo viên chủ nhiệm lớp."
)
_P2 = (
    "Các bạn đã chia sẻ những cuốn sách yêu thích, cùng thảo luận về cách duy trì thói quen đọc sách mỗi ngày trong "
    "năm học cuối cấp nhiều áp lực."
)


def _page(body: str, head: str = "") -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8">{head}</head><body><nav class="tabs"><a href="/">Trang chủ</a> '
        '<a href="/muc/doan-hoi">Đoàn – Hội</a> <a href="/muc/hoc-tap">Góc học tập</a></nav>'
        f"{body}<div class=\"chan-trang\"><p>Trường THPT Lê Lợi. Điện thoại: 0233 3852 111.</p></div></body></html>"
    ).encode()


def test_drupals_screen_reader_class_hides() -> None:
    assert is_hidden(html.fromstring('<h2 class="element-invisible">anh-sinh-hoat-01.jpg</h2>'))


def test_a_stations_name_with_its_commune_signs() -> None:
    assert looks_like_bare_name("Trạm Y tế phường Thành Sen")
    assert not looks_like_bare_name("Trạm Y tế phường tổ chức tiêm")


def test_a_pupils_class_after_the_name_is_a_post_and_a_class_group_signs() -> None:
    assert is_post_line("10A2")
    assert parse_signature("Lê Minh Anh – 10A2", closing=True).authors == ["Lê Minh Anh"]
    assert looks_like_bare_name("Nhóm phóng viên 10A2")


def test_a_linked_pointer_to_the_post_on_a_social_network_is_no_text() -> None:
    body = (
        '<main><article><h1>Chi đoàn 11A4 sinh hoạt chuyên đề văn hóa đọc</h1><div class="noi-dung">'
        f'<p>{_P1}</p><p>{_P2}</p><p><a href="https://www.facebook.com/doantruong/posts/123">Xem video trên fanpage Đoàn trường</a></p>'
        "</div></article></main>"
    )
    assert extract_article(_page(body), "http://h/bai/van-hoa-doc")["body"].split("\n\n") == [_P1, _P2]


def test_the_sections_link_right_over_the_headline_files_the_post() -> None:
    body = (
        '<main><article><div class="dau-bai"><a class="nhan-muc" href="/muc/doan-hoi">Đoàn – Hội</a>'
        '<h1>Chi đoàn 11A4 sinh hoạt chuyên đề văn hóa đọc</h1></div>'
        f'<div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div></article></main>'
    )
    assert extract_article(_page(body), "http://h/bai/van-hoa-doc")["category"] == "Đoàn – Hội"


def test_a_bare_number_linking_to_its_note_is_no_word_and_the_signature_before_the_notes_signs() -> None:
    body = (
        '<main><article><h1>Chi đoàn 11A4 sinh hoạt chuyên đề văn hóa đọc</h1><div class="noi-dung">'
        f'<p>{_P1[:-1]}<a class="fn-call" href="#footnote-1">1</a>.</p><p>{_P2}</p><p><em>Trần Bảo Châu – 11A4</em></p>'
        '<div class="ghi-chu"><a href="#footnote-anchor-1" class="so-chu-thich">1</a><div><p>Theo kế hoạch hoạt động của Đoàn trường năm học 2026 – 2027.</p></div></div>'
        "</div></article></main>"
    )
    record = extract_article(_page(body), "http://h/bai/van-hoa-doc")
    assert record["body"].split("\n\n")[0] == _P1
    assert record["authors"] == ["Trần Bảo Châu"]


def test_the_publications_own_name_in_the_byline_is_nobody() -> None:
    head = '<meta property="og:site_name" content="Hoa Phượng Đỏ"><meta name="author" content="Hoa Phượng Đỏ">'
    body = (
        '<main><article><h1>Chi đoàn 11A4 sinh hoạt chuyên đề văn hóa đọc</h1>'
        '<div class="byline"><a href="/u/hoaphuongdo">Ban biên tập Hoa Phượng Đỏ</a> · 02/12/2026</div>'
        f'<div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div></article></main>'
    )
    assert extract_article(_page(body, head), "http://h/bai/van-hoa-doc")["authors"] == []
