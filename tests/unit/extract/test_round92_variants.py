"""Round 92 (blind portals hippo_cms_sgddt, blogengine_net_pgd, ektron_tct, vendor_tabid_tct,
xoops_news_thcs, frappe_blog_thpt): rules read on pages whose markup varies from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.core.bylines import is_post_line, parse_signature
from crawler.core.lines import is_boilerplate_line, is_related_heading
from crawler.extract import extract_article
from crawler.extract.blocks import is_decoration
from crawler.extract.metadata import visible_breadcrumbs

_LEAD = (
    "Trong hai ngày 28 và 29/11/2026, Phòng GD&ĐT tổ chức Hội thi giáo viên chủ nhiệm giỏi cấp huyện bậc tiểu học "
    "với sự tham gia của 64 giáo viên đến từ 21 trường tiểu học trên địa bàn huyện."
)
_TEXT = (
    "<p>Mỗi giáo viên dự thi trình bày biện pháp giáo dục học sinh cá biệt và thực hành tiết sinh hoạt lớp, được ban "
    "giám khảo đánh giá theo các tiêu chí của Sở GD&amp;ĐT.</p>"
    "<p>Kết quả, Ban tổ chức công nhận 41 giáo viên đạt danh hiệu giáo viên chủ nhiệm giỏi cấp huyện, trong đó 9 giáo "
    "viên xếp loại xuất sắc.</p>"
)


def _page(head: str, body: str) -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8">{head}</head><body><div class="menu"><a href="/">Trang chủ</a></div>'
        f'{body}<div class="chan-trang"><p>Phòng GD&amp;ĐT huyện Yên Thành. Điện thoại: 0238 3863 254.</p></div></body></html>'
    ).encode()


def test_tool_labels_side_by_side_with_spaces_alone_are_a_tool_line() -> None:
    assert is_boilerplate_line("A- A+ In bài Gửi email") == "tools"
    assert is_boilerplate_line("In bài Gửi email") == "tools"
    # (a sentence made of tools' words is no tool bar: its words run on in lower case)
    assert is_boilerplate_line("Chi tiết xem tập tin đính kèm.") is None
    assert is_boilerplate_line("In bài gửi email cho phụ huynh") is None


def test_a_description_cut_short_names_the_lead_box_it_opens() -> None:
    cut = _LEAD[:150].rsplit(" ", 1)[0] + " ..."
    body = (
        '<div class="chi-tiet"><h1 class="tieu-de">Hội thi giáo viên chủ nhiệm giỏi cấp huyện bậc tiểu học</h1>'
        '<div class="ngay">29/11/2026 16:20</div><div class="cong-cu"><a href="#">In bài</a></div>'
        f'<div class="dau-bai">{_LEAD}</div><div class="noi-dung-bai">{_TEXT}</div></div>'
    )
    record = extract_article(_page(f'<meta name="description" content="{cut}">', body), "http://h/tin/hoi-thi-gvcn")
    assert record["summary"] == _LEAD


def test_a_description_not_cut_short_must_match_whole() -> None:
    # (a description that is the lead's first words with no mark of a cut is another text)
    short = _LEAD[:120].rsplit(" ", 1)[0]
    body = (
        '<div class="chi-tiet"><h1 class="tieu-de">Hội thi giáo viên chủ nhiệm giỏi cấp huyện bậc tiểu học</h1>'
        f'<div class="dau-bai">{_LEAD}</div><div class="noi-dung-bai">{_TEXT}</div></div>'
    )
    record = extract_article(_page(f'<meta name="description" content="{short}">', body), "http://h/tin/hoi-thi-gvcn")
    assert record["summary"] is None


def test_two_writers_with_degrees_parted_by_a_dash_in_the_author_box() -> None:
    body = (
        '<div class="bai-nghien-cuu"><h1>Nâng cao chất lượng dạy học môn Lịch sử Đảng ở các lớp trung cấp</h1>'
        '<div class="author-line"><b>ThS. Nguyễn Thị Hạnh - TS. Đỗ Minh Quân</b></div>'
        f'<div class="noi-dung">{_TEXT}</div></div>'
    )
    record = extract_article(_page("", body), "http://h/nghien-cuu/lich-su-dang")
    assert record["authors"] == ["Nguyễn Thị Hạnh", "Đỗ Minh Quân"]


def test_a_vice_principals_abbreviation_is_a_post() -> None:
    assert is_post_line("P.HT")
    assert parse_signature("Trần Văn Bình - P.HT", closing=True).authors == ["Trần Văn Bình"]


def test_a_smiley_its_alt_types_is_no_photo() -> None:
    for alt in (":)", ":D", ";-)", ":(("):
        assert is_decoration(html.fromstring(f'<img src="/uploads/smil{len(alt)}a7f.gif" alt="{alt}">'))
    assert not is_decoration(html.fromstring('<img src="/uploads/2026/11/hoi-thi.jpg" alt="Hội thi" width="800" height="533">'))


def test_the_other_entries_of_the_pages_kind_head_a_related_list() -> None:
    for heading in ("Video khác", "Các video khác", "Thông báo khác", "Album khác", "Văn bản khác"):
        assert is_related_heading(heading)


def test_a_trails_unlinked_steps_before_the_page_are_read() -> None:
    tree = html.fromstring(
        '<html><body><div class="crumb-line"><a href="/">Trang chủ</a> &gt; Thư viện &gt; Video clip &gt; Tiết mục múa lớp 8A1</div></body></html>'
    )
    assert visible_breadcrumbs(tree) == ["Trang chủ", "Thư viện", "Video clip", "Tiết mục múa lớp 8A1"]


def test_the_link_to_a_list_filtered_by_its_writer_names_the_author() -> None:
    body = (
        '<article class="bai"><h1>Chi đoàn 11A2 ra quân dọn vệ sinh khuôn viên trường học</h1>'
        '<div class="thong-tin"><a class="ten" href="/tin-tuc?author=le-thu-trang">Lê Thu Trang</a><div class="ngay">02/12/2026</div></div>'
        f'<div class="noi-dung">{_TEXT}</div></article>'
    )
    record = extract_article(_page("", body), "http://h/tin-tuc/chi-doan-11a2")
    assert record["authors"] == ["Lê Thu Trang"]
