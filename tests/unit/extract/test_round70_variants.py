"""Round 70 (blind portals series_box_tct, repeating_pages_sgddt, mamnon_decor_site): rules, each
checked on wording and markup of other shapes than the portal's."""

from __future__ import annotations

import pytest

from crawler.core.lines import is_boilerplate_line, is_series_note
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import PageHints, plan_page


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Kỳ trước: Đổi mới nội dung chương trình đào tạo", True),
        ("Phần trước: Thực trạng đội ngũ giáo viên vùng cao", True),
        ("Tuyến bài: Giáo dục vùng khó", True),
        ("Kỳ 3: Những tấm gương thầy cô vùng cao [bạn đang xem]", True),
        ("Bài trước đó chúng tôi đã nêu thực trạng của nhà trường.", False),
    ],
)
def test_a_series_notes_and_its_parts_marks(line: str, note: bool) -> None:
    assert is_series_note(line) is note


def _page(text: str) -> bytes:
    prose = "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy lý luận chính trị. "
    return (
        "<html><head><meta charset=utf-8><title>Tin</title></head><body><div class=item><h1>Hội thi giảng viên dạy giỏi năm 2026</h1>"
        f"<div class=ngay>Ngày 26/11/2026</div><div class=noi-dung><p>{prose * 2}</p>{text}<p>{prose}</p>"
        '<p style="text-align:right"><b>Khoa Nhà nước và pháp luật</b></p></div></div></body></html>'
    ).encode()


def test_a_linked_part_or_related_post_labelled_by_arrows_is_no_text() -> None:
    for line in ('<p>Đọc thêm » <a href="/tin/2.html">Phần 2: Nâng cao chất lượng giảng viên</a></p>', '<p><b>Xem thêm &gt;&gt; <a href="/tin/9.html">Kỳ 1: Thực trạng công tác đào tạo</a></b></p>'):
        body = extract_article(_page(line), "http://h/tin/1.html")["body"]
        assert "Phần 2" not in body and "Kỳ 1" not in body


def test_a_party_cell_signing_is_a_unit_author() -> None:
    page = _page("").replace(b"Khoa Nh\xc3\xa0 n\xc6\xb0\xe1\xbb\x9bc v\xc3\xa0 ph\xc3\xa1p lu\xe1\xba\xadt", "Chi bộ Phòng Đào tạo".encode())
    assert extract_article(page, "http://h/tin/1.html")["authors"] == ["Chi bộ Phòng Đào tạo"]


def _list_page(n: int, shown: int) -> bytes:
    rows = "".join(f'<li><a href="/tin/{k}.aspx">Bài viết số {k} về hoạt động giáo dục của tỉnh năm học mới</a> (1{k}/11/2026)</li>' for k in range(shown, shown + 4))
    pager = " ".join(f'<a href="/ds.aspx?trang={k}">{k}</a>' for k in range(n - 1, n + 3))
    return f"<html><body><h1>Tin giáo dục</h1><ul class=ds>{rows}</ul><div class=pager>{pager} <a href='/ds.aspx?trang={n + 1}'>Sau »</a></div></body></html>".encode()


def test_a_page_past_a_lists_end_showing_a_page_of_it_again_ends_the_list() -> None:
    # the pager shifted by one page, the same entries: the list's pager leads on forever
    from types import SimpleNamespace

    from crawler.spiders.portal import PortalSpider

    spider = SimpleNamespace(list_pages_shown={})
    pages = [("http://h/ds.aspx?trang=2", 10), ("http://h/ds.aspx?trang=3", 20), ("http://h/ds.aspx?trang=4", 20), ("http://h/khac.aspx?trang=4", 20)]
    repeats = []
    for url, shown in pages:
        plan = plan_page(parse(_list_page(int(url[-1]), shown), url), PageHints(paged=True))
        assert plan.kind == "listing"
        repeats.append(PortalSpider._repeats_a_page(spider, url, plan.entries))  # type: ignore[arg-type]
    # (another list showing the same posts is another list: "khac.aspx")
    assert repeats == [False, False, True, False]


def test_a_speakers_line_under_a_photo_is_the_texts_not_its_caption() -> None:
    photo = '<p style="text-align:center"><img src="/anh/lop-hoc.jpg"></p><p><em>Thầy giáo Lò Văn Sáng cho biết: “Các em tiến bộ rõ sau một học kỳ, mạnh dạn giao tiếp hơn”.</em></p>'
    got = extract_article(_page(photo), "http://h/tin/1.html")
    assert got["images"][0]["caption"] is None and "Lò Văn Sáng cho biết" in got["body"]
    assert is_boilerplate_line("Thầy giáo Lò Văn Sáng cho biết: “Các em tiến bộ”.") is None


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("Tác giả: Điêu Chính Hải (Tin, ảnh)", ["Điêu Chính Hải"]),
        ("Người viết: Lò Thị Hoa (Bài và ảnh)", ["Lò Thị Hoa"]),
        ("Tác giả: Lò Thị Hoa (TPT Đội)", []),
        ("Tác giả: Lò Thị Hoa (Tổ Văn - Sử)", []),
    ],
)
def test_a_names_roles_in_brackets_credit_what_their_labels_say(line: str, photographers: list[str]) -> None:
    from crawler.core.bylines import parse_byline

    got = parse_byline(line)
    assert got is not None and got.photographers == photographers and len(got.authors) == 1
