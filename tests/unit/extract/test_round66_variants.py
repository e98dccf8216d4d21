"""Round 66 (blind portals readmore_only_links_sgddt, collapsed_text_pgd, wp_english_theme_thcs,
hidden_submenus_tct): extraction rules, each checked on wording and markup of other shapes than
the portal's."""

from __future__ import annotations

import pytest

from crawler.core.bylines import parse_signature


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ThS. Nông Văn Hải - Phó Chánh Văn phòng", "Nông Văn Hải"),
        ("Lê Thị Thu Trang – Chánh Văn phòng Sở GD&ĐT", "Lê Thị Thu Trang"),
        ("Hoàng Minh Đức, Phó Chánh Thanh tra Sở", "Hoàng Minh Đức"),
        ("Vi Văn Sáng - Phó Trưởng ban Tuyên giáo", "Vi Văn Sáng"),
    ],
)
def test_the_heads_of_an_office_and_an_inspectorate_sign_with_their_post(line: str, name: str) -> None:
    got = parse_signature(line, closing=True)
    assert got is not None and got.authors == [name]


from crawler.extract import extract_article  # noqa: E402

PROSE = "Các trường triển khai kế hoạch theo đúng tiến độ, báo cáo kết quả về Phòng trước ngày 20 hằng tháng để tổng hợp. "


def _page(text: str) -> bytes:
    return (
        "<html><head><meta charset=utf-8><title>Bài viết</title></head><body>"
        "<div class=menu><a href=/>Trang chủ</a> <a href=/tin>Tin tức</a></div>"
        "<div class=bai-viet><h1>Kế hoạch bồi dưỡng thường xuyên giáo viên năm học 2026-2027</h1>"
        "<div class=ngay>Ngày 19/11/2026</div><div class=noi-dung-bai>"
        f"<p>{PROSE * 2}</p>{text}</div></div>"
        "<div class=footer>Phòng GD&amp;ĐT huyện Yên Lạc</div></body></html>"
    ).encode()


def test_the_rest_of_a_text_a_read_on_link_shows_is_the_texts() -> None:
    hidden = f"<p>{PROSE * 3}</p><p>Phần cuối của bài viết nằm trong khối bị ẩn cho đến khi bấm.</p>"
    for opener in (
        '<div class=more><a href="#" onclick="document.getElementById(\'an\').style.display=\'block\'">Xem thêm...</a></div><div id=an style="display: none">',
        '<p><span class=link-more onclick="moRong()">Đọc thêm ▾</span></p><section class="d-none hidden">',
    ):
        closer = "</section>" if "<section" in opener else "</div>"
        body = extract_article(_page(opener + hidden + closer), "http://h/bai/1")["body"]
        assert "Phần cuối của bài viết" in body, opener
        assert "Xem thêm" not in body and "Đọc thêm" not in body


def test_a_short_hidden_box_stays_hidden_whatever_is_before_it() -> None:
    page = _page('<p><a href="#">Xem thêm</a></p><div style="display:none">Mã bảo vệ: nhập 4 ký tự</div>')
    assert "Mã bảo vệ" not in extract_article(page, "http://h/bai/1")["body"]


def test_an_accordions_headers_are_the_headings_of_its_sections() -> None:
    sections = "".join(
        f'<div class="panel"><div class="panel-heading" role="tab"><h4 class="panel-title"><button type="button" aria-expanded="false" '
        f'aria-controls="p{n}">{n}. {title}</button></h4></div><div id="p{n}" class="panel-collapse collapse"><div class="panel-body"><p>{PROSE}</p></div></div></div>'
        for n, title in ((1, "Đối tượng bồi dưỡng"), (2, "Nội dung bồi dưỡng"))
    )
    body = extract_article(_page(f'<div class="panel-group" id="acc">{sections}</div>'), "http://h/bai/1")["body"].split("\n\n")
    assert body[1:5] == ["1. Đối tượng bồi dưỡng", PROSE.strip(), "2. Nội dung bồi dưỡng", PROSE.strip()]
    # a button that is no heading's stays a control
    assert "Gửi" not in extract_article(_page('<p><button type="submit">Gửi ý kiến</button></p>'), "http://h/bai/1")["body"]


def test_the_shown_tab_of_a_text_in_tabs_is_the_text_and_the_other_tabs_are_not() -> None:
    tabs = (
        '<ul class="tabs" data-tabs><li class="tabs-title is-active"><a href="#t1">Chi tiết</a></li><li class="tabs-title"><a href="#t2">Văn bản kèm theo</a></li></ul>'
        '<div class="tabs-content" data-tabs-content="k"><div class="tabs-panel is-active" id="t1">'
        f"<p>{PROSE * 3}</p></div>"
        '<div class="tabs-panel" id="t2"><ul><li><a href="/files/kh-214.pdf">Kế hoạch 214/KH-PGDĐT</a></li></ul></div></div>'
    )
    body = extract_article(_page(tabs), "http://h/bai/1")["body"]
    assert body.count("Các trường triển khai kế hoạch") == 5  # 2 before the tabs, 3 in the shown one
    assert "Kế hoạch 214" not in body and "Văn bản kèm theo" not in body


def test_bootstrap_3_tabs_whose_box_is_named_as_a_widgets_keep_the_shown_text() -> None:
    tabs = (
        '<div class="tab-content clearfix"><div role="tabpanel" class="tab-pane fade in active" id="nd">'
        f"<p>{PROSE * 3}</p></div>"
        '<div role="tabpanel" class="tab-pane fade" id="bl"><p>Chưa có bình luận nào cho bài viết này, mời bạn đọc gửi ý kiến.</p></div></div>'
    )
    body = extract_article(_page(tabs), "http://h/bai/1")["body"]
    assert body.count("Các trường triển khai kế hoạch") == 5
    assert "bình luận" not in body


@pytest.mark.parametrize(("line", "names"), [("Tác giả: PGS, TS. Lê Quang Thắng", ["Lê Quang Thắng"]), ("Bài: GS, TSKH. Phạm Minh Hạc; ThS. Đỗ Thu Hà", ["Phạm Minh Hạc", "Đỗ Thu Hà"])])
def test_degrees_parted_by_a_comma_are_no_names(line: str, names: list[str]) -> None:
    from crawler.core.bylines import parse_byline

    got = parse_byline(line)
    assert got is not None and got.authors == names
