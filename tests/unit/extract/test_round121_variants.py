"""Markup shapes of round 121's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.dates import find_dates
from crawler.core.lines import is_fields_line
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _page

_HEADLINE = "Liên đội tổ chức hội thi giai điệu tuổi hồng chào mừng ngày thành lập"
_URL = "http://127.0.0.1/tin-tuc/lien-doi-to-chuc-hoi-thi-giai-dieu-tuoi-hong"


def test_a_heading_the_slug_spells_over_the_sections_name() -> None:
    body = (
        "<div class='mod-head'><h1>Tin tức</h1></div><div class='mod-blog'><div class='entry'>"
        "<div class='leaf'><span>05</span><span>Dez</span><span>2026</span></div>"
        f"<h2 class='entry-ttl'>{_HEADLINE}</h2><div class='entry-meta'>14:20 Uhr · Chuyên mục: Đội TNTP</div>"
        f"<div class='entry-body'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    record = extract_article(_page(body, "Tin tức"), _URL)
    assert record["title"] == _HEADLINE
    assert record["published_at"] == "2026-12-05T14:20:00+07:00"


def test_german_month_names() -> None:
    assert [f.iso() for f in find_dates("04 Dez 2026")] == ["2026-12-04"]
    assert [f.iso() for f in find_dates("Ngày 20 tháng 11 năm 2026")] == ["2026-11-20"]


def test_a_headline_holding_the_schools_name_that_the_slug_spells() -> None:
    title = "Trường THCS Lý Tự Trọng được tặng Bằng khen của Ủy ban nhân dân tỉnh"
    body = (
        "<div class='top'><div class='ten-truong'>Trường THCS Lý Tự Trọng</div></div><div class='mod-head'><h1>Tin tức</h1></div>"
        f"<div class='entry'><h2 class='entry-ttl'>{title}</h2><p class='ngay'>05/12/2026</p><div class='entry-body'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    html = _page(body, "Tin tức - Trường THCS Lý Tự Trọng").replace(b"</title>", "</title><meta property='og:site_name' content='Trường THCS Lý Tự Trọng'>".encode())
    record = extract_article(html, "http://127.0.0.1/tin-tuc/truong-thcs-ly-tu-trong-duoc-tang-bang-khen-uy-ban-nhan-dan-tinh")
    assert record["title"] == title


def test_the_articles_own_tabs_hold_its_text_and_a_poll_beside_it_is_none() -> None:
    body = (
        "<div class='row'><div class='col-md-8' id='giua'><div class='bai'>"
        f"<h2 class='tieu-de'>{_HEADLINE}</h2><div class='ngay'>05/12/2026 08:00</div>"
        "<ul class='nav nav-tabs'><li class='active'><a href='#t-nd' data-toggle='tab'>Nội dung</a></li>"
        "<li><a href='#t-bl' data-toggle='tab'>Bình luận (0)</a></li></ul>"
        f"<div class='tab-content'><div class='tab-pane active' id='t-nd'><div class='khoi'><p>{_P1}</p></div><div class='khoi'><p>{_P2}</p></div></div>"
        "<div class='tab-pane' id='t-bl'><p>Chưa có bình luận nào.</p></div></div></div></div>"
        "<div class='col-md-4' id='cot-phai'><div class='panel'><div class='panel-heading'>Thăm dò ý kiến</div>"
        "<div class='panel-body'><p>Bạn thấy giao diện mới của trang thông tin điện tử thế nào, có dễ tra cứu hay không?</p>"
        "<label><input type='radio' name='bc' value='1'> Rất tốt</label><label><input type='radio' name='bc' value='2'> Tốt</label></div></div></div></div>"
    )
    record = extract_article(_page(body, _HEADLINE), _URL)
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_meta_line_parted_by_middle_dots_is_a_fields_line() -> None:
    assert is_fields_line("Đăng 2 ngày trước bởi Ban biên tập · Chuyên mục: Thông báo · 57 lượt xem")
    assert not is_fields_line("Toán · Ngữ văn · Tiếng Anh")


def test_a_members_profile_page_is_no_article() -> None:
    from crawler.extract.document import parse
    from crawler.plan import plan_page

    body = (
        "<div class='col-md-8'><h1>Văn thư Phòng GD&amp;ĐT</h1><p>Tài khoản: vanthu-pgd</p><p>Email: vanthu@pgd.edu.vn</p>"
        "<p>Ngày tham gia: 14/03/2016</p><h3>Bài viết mới của thành viên</h3><ul>"
        + "".join(f"<li><a href='/bai/{n}'>{_P1[:60]} {n}</a> - 0{n}/11/2026</li>" for n in range(1, 6))
        + f"</ul><p>{_P2}</p></div>"
    )
    page = parse(_page(body, "Văn thư Phòng GD&ĐT"), "http://127.0.0.1/thanh-vien/vanthu-pgd.html", None)
    assert plan_page(page).kind != "article"
