"""Markup shapes of rounds 104 and 105's blind portals, written again in other words and classes:
each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.core.lines import is_file_line
from crawler.extract import _bylines_after, _text_after, extract_article

_P1 = (
    "Chiều 14/11/2026, Trường Tiểu học Hòa Phú tổ chức chuyên đề đọc sách cùng con cho phụ huynh học sinh "
    "lớp 1 và lớp 2 với sự tham gia của hơn 120 phụ huynh."
)
_P2 = (
    "Các giáo viên đã hướng dẫn phụ huynh chọn sách phù hợp lứa tuổi, cách đặt câu hỏi gợi mở và cách duy trì "
    "thói quen đọc mỗi tối cùng con."
)
_TITLE = "Chuyên đề đọc sách cùng con năm học 2026 - 2027"
_URL = "http://127.0.0.1/tin-hoat-dong/chuyen-de-doc-sach-cung-con"


def _read(body: str) -> dict:
    page = (
        '<html lang="vi"><head><meta charset="utf-8"></head><body><div class="menu-top"><a href="/">Trang chủ</a>'
        f'<a href="/tin-hoat-dong">Tin hoạt động</a></div>{body}'
        "<footer><p>Trường Tiểu học Hòa Phú. Điện thoại: 0262 3811 333.</p></footer></body></html>"
    )
    return extract_article(page.encode(), _URL)


def test_the_meta_box_after_a_bar_of_icons_beside_the_headline_is_read_for_the_date() -> None:
    # (the bar of print and feed icons first after the headline used to end the search for its date)
    page = lxml.html.fromstring(
        f'<div class="khung-bai"><div class="dau-bai"><h1>{_TITLE}</h1><ul class="cong-cu"><li><a href="javascript:print()" title="In">'
        '<i class="icon-print"></i></a></li><li><a href="/rss" title="RSS"><i class="icon-rss"></i></a></li></ul></div>'
        '<div class="bai-viet"><div class="thong-tin"><p><i class="icon-user"></i> Người đăng <a href="/thanh-vien/qt">Quản trị</a></p>'
        '<p><i class="icon-clock"></i> 14/11/2026 16:45</p><p><i class="icon-eye"></i> 318 lượt xem</p></div>'
        f'<div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div></div></div>'
    )
    title = next(page.iter("h1"))
    content = [next(el for el in page.iter("div") if el.get("class") == "noi-dung")]
    assert "14/11/2026 16:45" in _text_after(title, content, 200)


@pytest.mark.parametrize("account", ["Văn thư PGD", "Văn thư trường"])
def test_an_offices_clerk_account_posting_is_nobody(account: str) -> None:
    body = (
        f'<div class="bai"><h1>{_TITLE}</h1><p class="meta">Đăng bởi <a href="/thanh-vien/vt">{account}</a> lúc 09:10 14/11/2026</p>'
        f'<div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    assert _read(body)["authors"] == []


def test_a_see_also_pointer_between_the_text_and_its_signature_leaves_the_signature_read() -> None:
    # (the text's reading stopped at the pointer's box: the signature after it is a byline after the text)
    box = lxml.html.fromstring(
        f'<div class="phan-noi-dung"><p>{_P1}</p><p>{_P2}</p><p>{_P1}</p><p>Xem thêm: <a href="/van-ban/">Kế hoạch phát triển văn hóa đọc</a></p>'
        '<p style="text-align:right"><strong>Tổ Khối 2</strong></p></div>'
    )
    lines = _bylines_after(list(box)[:3], _URL)
    assert [line["text"] for line in lines] == ["Tổ Khối 2"]


@pytest.mark.parametrize("line", ["Tài liệu: ke-hoach-doc-sach.docx", "Tài liệu hướng dẫn: HD-45-PGD.pdf"])
def test_a_documents_label_before_a_files_name_is_an_attachment_line(line: str) -> None:
    assert is_file_line(line)
    assert not is_file_line("Tài liệu: các em chuẩn bị sách giáo khoa và vở ghi")
