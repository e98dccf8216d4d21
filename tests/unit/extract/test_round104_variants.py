"""Markup shapes of rounds 104 and 105's blind portals, written again in other words and classes:
each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.core.bylines import parse_byline
from crawler.core.lines import is_file_line
from crawler.extract import _bylines_after, _text_after, extract_article
from crawler.extract.content import _class_weight
from crawler.extract.document import parse
from crawler.plan import plan_page

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


# --- round 105 -------------------------------------------------------------------------------------

_P3 = "Kết thúc chuyên đề, nhà trường phát cho mỗi phụ huynh một danh mục 30 đầu sách gợi ý theo từng lứa tuổi của trẻ."


def _plan(body: str, url: str = _URL) -> str:
    page = (
        '<html lang="vi"><head><meta charset="utf-8"></head><body><div class="menu-top"><a href="/">Trang chủ</a>'
        f'<a href="/tin-hoat-dong">Tin hoạt động</a><a href="/gioi-thieu">Giới thiệu</a></div>{body}</body></html>'
    )
    return plan_page(parse(page.encode(), url, None)).kind


@pytest.mark.parametrize(
    "line",
    ["Đăng bởi: quantri 14/11/2026 Chuyên mục: Tin tức - Sự kiện 0 bình luận", "Đăng bởi: quantri Nov 14, 2026 Chủ đề: Hoạt động - Ngoại khóa"],
)
def test_a_posters_field_run_on_into_the_next_fields_names_no_poster_from_them(line: str) -> None:
    found = parse_byline(line)
    assert found is not None and found.posters == [] and found.authors == []


def test_a_meta_line_of_labelled_fields_in_inline_boxes_names_no_author_from_the_category() -> None:
    body = (
        f'<div class="post"><h1>{_TITLE}</h1><div class="text-sm gap-x-4"><span>Người đăng: quantri</span> <span>14/11/2026</span> '
        '<span>Chuyên mục: <a href="/c/tin-tuc-su-kien">Tin tức - Sự kiện</a></span> <a href="#bl">0 bình luận</a></div>'
        f'<div class="post-body"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>'
    )
    assert _read(body)["authors"] == []


def test_a_dated_headline_naming_its_month_is_a_post_though_it_opens_like_a_standing_page() -> None:
    body = (
        '<div class="post"><h1>Thực đơn bán trú tháng 12/2026</h1><p class="ngay">Ngày đăng: 28/11/2026</p>'
        f'<div class="post-body"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>'
    )
    assert _plan(body, "http://127.0.0.1/bai-viet/thuc-don-ban-tru-thang-12-2026") == "article"


def test_a_lead_box_named_as_the_posts_part_gets_no_text_boxs_weight() -> None:
    box = lxml.html.fromstring(
        f'<div class="el-col"><div class="el-block el-post-excerpt">{_P3}</div>'
        f'<div class="el-block el-post-content"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    lead, text = box
    assert _class_weight(lead) < _class_weight(text)


def test_a_lead_box_named_as_the_posts_part_is_not_taken_for_its_text() -> None:
    body = (
        f'<div class="el-col"><div class="el-block el-post-title"><h1>{_TITLE}</h1></div>'
        f'<div class="el-block el-post-excerpt"><div class="el-inner">{_P3}</div></div>'
        f'<div class="el-block el-post-content"><div class="el-inner"><p>{_P1}</p><ul><li>Chọn sách theo lứa tuổi.</li>'
        f'<li>Đọc cùng con mỗi tối.</li></ul><p>{_P2}</p></div></div></div>'
    )
    record = _read(body)
    assert _P1 in record["body"] and _P2 in record["body"]


def test_the_text_box_beside_the_breadcrumb_box_is_no_list_of_two() -> None:
    photo = (
        '<figure class="anh"><a href="/tin-hoat-dong/chuyen-de/anh-1/"><img src="/up/anh-1.jpg" '
        'alt="Phụ huynh lớp 1A đọc truyện cổ tích cùng con trong giờ sinh hoạt"></a></figure>'
    )
    body = (
        '<div class="wrap"><div class="w w-crumbs"><p><span><a href="/">Trang chủ</a></span> » <span><a href="/tin-hoat-dong">'
        f'Tin hoạt động - Ngoại khóa</a></span> » <span>{_TITLE}</span></p></div>'
        f'<div class="w w-title"><h1>{_TITLE}</h1><p>14/11/2026</p></div>'
        f'<div class="w w-text"><p>{_P1}</p>{photo}<p>{_P2}</p><p>{_P3}</p></div></div>'
    )
    assert _plan(body) == "article"


def test_a_picture_alone_in_a_box_under_the_headlines_meta_line_leads_the_post() -> None:
    body = (
        f'<article><header class="hd"><h1>{_TITLE}</h1><div class="meta"><time>14/11/2026</time></div>'
        '<div class="khung"><img src="/anh/dai-dien-doc-sach.jpg" alt="" width="900" height="500"></div></header>'
        '<div class="muc-luc-wrap"><ul><li><a href="#a">Nội dung chuyên đề</a></li><li><a href="#b">Danh mục sách gợi ý</a></li></ul></div>'
        f'<section class="than"><div class="grow"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></section></article>'
    )
    assert [im["url"] for im in _read(body)["images"]] == ["http://127.0.0.1/anh/dai-dien-doc-sach.jpg"]


@pytest.mark.parametrize("board", ["Ban đại diện CMHS", "BĐD CMHS"])
def test_the_parents_board_by_its_initials_signing_alone_is_the_author(board: str) -> None:
    body = f'<div class="bai"><h1>{_TITLE}</h1><div class="noi-dung"><p>{_P1}</p><p>{_P2}</p><p style="text-align:right"><b>{board}</b></p></div></div>'
    assert _read(body)["authors"] == [board]
