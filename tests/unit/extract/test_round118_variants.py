"""Markup shapes of round 118's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.lines import is_date_line
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _URL, _page


def test_a_bare_posting_label_is_a_date_word() -> None:
    # ("Cập nhật: … | Đăng: …", a static book's item line)
    assert is_date_line("Cập nhật: 05/12/2026 08:10 | Đăng: 02/12/2026 15:00")
    assert not is_date_line("Đăng ký dự thi trước 20/12/2026")


def test_a_story_title_cell_is_no_text_box() -> None:
    body = (
        "<table class='story'><tr><td class='storytitle'><b>Hội thi “Giai điệu tuổi hồng” năm học 2026 – 2027</b></td></tr>"
        "<tr><td>Gửi lúc 04/12/2026 @ 16:30:00</td></tr>"
        f"<tr><td><font class='content'>{_P1}<br><br>{_P2}<br><br></font></td></tr></table>"
        "<table id='chan'><tr><td>Trường THCS Lý Tự Trọng - Số 8 đường Hùng Vương, phường 2, thành phố Sóc Trăng, tỉnh Sóc Trăng, "
        "Việt Nam<br>Điện thoại: 0299.3820.111 - Email: thcsltt@soctrang.edu.vn<br>Bản quyền thuộc Trường THCS Lý Tự Trọng.</td></tr></table>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}"
