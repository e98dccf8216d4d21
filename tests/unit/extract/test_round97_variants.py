"""Round 97 (blind portals impresscms_thcs, wp_hestia_thcs, wp_twentytwentyone_pgd,
drupal10_bootstrap5_thcs, joomla5_cassiopeia_sgddt, nodebb_thpt): rules read on pages whose
markup varies from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.core.bylines import is_account_name
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.blocks import is_decoration
from crawler.extract.multipage import article_pager

_P1 = (
    "Chiều 18/11/2026, Trường THCS Phan Bội Châu tổ chức chuyên đề dạy học tích hợp môn Lịch sử và Địa lí 7 với "
    "tiết dạy minh họa tại lớp 7A3."
)
_P2 = (
    "Các ý kiến thảo luận tập trung vào cách tổ chức hoạt động nhóm, sử dụng bản đồ số và đánh giá học sinh qua "
    "sản phẩm học tập."
)


def _page(body: str) -> bytes:
    return (
        '<html lang="vi"><head><meta charset="utf-8"></head><body><div class="menu"><a href="/">Trang chủ</a></div>'
        f"{body}<div class=\"chan\"><p>Trường THCS Phan Bội Châu. Điện thoại: 0239 3852 111.</p></div></body></html>"
    ).encode()


def test_a_banners_strip_linking_a_site_is_no_photo() -> None:
    banner = html.fromstring('<p><a href="https://csdl.moet.gov.vn"><img src="/anh/csdl.png" width="728" height="90"></a></p>')
    assert is_decoration(banner.find(".//img"))
    photo = html.fromstring('<p><a href="/anh/lon.jpg"><img src="/anh/nho.jpg" width="600" height="400"></a></p>')
    assert not is_decoration(photo.find(".//img"))
    panorama = html.fromstring('<p><img src="/anh/toan-canh.jpg" width="1200" height="240"></p>')
    assert not is_decoration(panorama.find(".//img"))


def test_a_pager_labelled_pages_turns_the_articles_pages() -> None:
    tree = html.fromstring(
        f'<html><body><article><h1>Chuyên đề dạy học tích hợp</h1><div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div>'
        '<div class="phan-trang">Pages: <b>1</b> <a href="/bai/chuyen-de/2/">2</a> <a href="/bai/chuyen-de/3/">3</a></div>'
        "</article></body></html>"
    )
    text = tree.xpath("//div[@class='noi-dung']")[0]
    assert article_pager(tree, "http://h/bai/chuyen-de/", [text]).next_url == "http://h/bai/chuyen-de/2/"


def test_an_account_named_by_its_role_and_a_number_is_nobody() -> None:
    assert is_account_name("Biên tập viên 03")
    assert not is_account_name("Trần Văn Bình")


def test_the_vendors_abbreviation_of_related_posts() -> None:
    assert "related" in families("box-tinlq")


def test_a_pointer_to_the_fanpage_with_a_short_link_and_a_paperclips_file_line_are_no_text() -> None:
    body = (
        f'<div class="bai"><h1>Chuyên đề dạy học tích hợp</h1><div class="noi-dung"><p>{_P1}</p><p>{_P2}</p>'
        '<p>Xem thêm hình ảnh tại <a href="https://facebook.com/thcspbc">fanpage</a> của trường</p>'
        "<p>📎 Phiếu đăng ký: phieu-dang-ky-chuyen-de.docx</p></div></div>"
    )
    assert extract_article(_page(body), "http://h/bai/chuyen-de")["body"].split("\n\n") == [_P1, _P2]


def test_a_canonical_naming_the_section_two_steps_up_is_no_address_of_the_page() -> None:
    from crawler.spiders.portal import _section_canonical

    assert _section_canonical("http://h/tin-tuc/", "http://h/tin-tuc/bai/hoi-thi-ke-chuyen/")
    assert not _section_canonical("http://h/tin-tuc/hoi-thi/", "http://h/tin-tuc/hoi-thi/print/")
    assert not _section_canonical("http://h/tin-tuc/?id=5", "http://h/tin-tuc/bai/hoi-thi/")
    assert not _section_canonical("http://h2/tin-tuc/", "http://h/tin-tuc/bai/hoi-thi/")
