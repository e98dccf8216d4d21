"""Markup shapes of round 154's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.lines import is_chrome, is_tool_line
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-2026"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_a_vote_boxs_question_to_whoever_reads_is_a_tool_line() -> None:
    assert is_tool_line("Bài viết có hữu ích với quý phụ huynh?")
    assert is_tool_line("Thông tin này có hữu ích cho thầy cô không?")
    assert is_tool_line("Nội dung có hữu ích với em không")
    assert not is_tool_line("Bài viết có hữu ích cho việc học của con")  # (no question asked)
    assert not is_tool_line("Hoạt động trải nghiệm có hữu ích với học sinh?")


def test_a_sites_reuse_notice_is_chrome_whatever_opens_it() -> None:
    assert is_chrome(
        "Mọi thắc mắc về nội dung xin liên hệ Phòng Văn thư, điện thoại 0233 3852 111. Ghi rõ nguồn "
        "'Trang TTĐT Phòng GD&ĐT' khi đăng tải lại thông tin từ trang này."
    )
    assert is_chrome("Khi trích dẫn lại thông tin từ Cổng thông tin này, đề nghị ghi rõ nguồn.")
    assert not is_chrome("Học sinh ghi rõ nguồn tài liệu tham khảo ở cuối bài thu hoạch.")


def test_a_heading_of_the_kind_the_texts_sections_are_opens_the_run_of_its_blocks() -> None:
    from lxml import html as lxml_html

    from crawler.extract.content import _with_opening_heading

    def run_of(first_heading: str) -> tuple[list, list]:
        box = lxml_html.fromstring(
            f"<div class='rte-field'>{first_heading}<p class='rte-p'>{_P1}</p>"
            f"<h3 class='rte-h3'>Nội dung hoạt động</h3><p class='rte-p'>{_P2}</p></div>"
        )
        kids = list(box)
        return kids, _with_opening_heading(kids[1:])

    kids, run = run_of("<h3 class='rte-h3'>Mục đích, yêu cầu</h3>")
    assert run == kids  # the first section's heading, of the run's own headings' kind
    kids, run = run_of("<h3 class='widget-title'>Tin mới</h3>")
    assert run == kids[1:]  # another kind of heading: no part of the text


def test_cards_of_a_list_six_and_more_boxes_deep_are_its_entries() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    def card(n: int) -> str:
        return (
            f"<div class='col-12 item-col'><div class='frag_{n}'><div class='the'><div class='the-hang'><div class='cot-chu'><section class='muc'>"
            f"<h3 class='h5'><a href='/web/truong/w/bai-viet-so-{n}'>Bài viết số {n} về hoạt động của nhà trường</a></h3>"
            f"<span class='ngay'>0{n}/12/2026</span></section></div></div></div></div></div>"
        )

    body = (
        "<div class='khung'><h1 class='page-heading'>Tin tức - Sự kiện</h1><div class='bo-suu-tap'><div class='row'>"
        f"{card(1)}{card(2)}{card(3)}</div></div>"
        "<ul class='pagination'><li><a href='/web/truong/tin-tuc?page_number_abc=2'>2</a></li></ul></div>"
    )
    plan = plan_page(parse(_page(body, "Tin tức - Sự kiện"), "http://127.0.0.1/web/truong/tin-tuc"), PageHints())
    assert plan.kind == "listing"
    assert len(plan.entries) == 3


def test_a_short_line_in_a_box_right_under_a_photos_box_is_its_caption() -> None:
    body = (
        f"<div class='trang'><div class='frag-a'><h2 class='tieu-de-bai'>{_TITLE}</h2></div>"
        f"<div class='frag-b'><div class='doan-van mo-dau'><p><b>{_P1}</b></p></div></div>"
        "<div class='frag-c'><div class='hop-anh'><img src='/documents/12/hoi-thi-01.jpg' alt=''></div></div>"
        "<div class='frag-d'><div class='doan-van nghieng'>Các chi đội biểu diễn tiết mục văn nghệ</div></div>"
        f"<div class='frag-e'><div class='doan-van noi-dung'><p>{_P2}</p><p>{_P1}</p></div></div></div>"
    )
    record = _read(body)
    assert record["images"] == [{"url": "http://127.0.0.1/documents/12/hoi-thi-01.jpg", "caption": "Các chi đội biểu diễn tiết mục văn nghệ"}]
