"""Markup shapes of round 117's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from collections import Counter

from crawler.clean.steps import _one_per_picture
from crawler.core.dates import find_dates
from crawler.core.lines import is_boilerplate_line
from crawler.extract import extract_article

_P1 = (
    "Chiều 04/12/2026, Trường tổ chức Hội thi “Giai điệu tuổi hồng” với mười bốn tiết mục văn nghệ của các chi "
    "đội, thu hút đông đảo học sinh và phụ huynh đến cổ vũ."
)
_P2 = (
    "Ban giám khảo đã trao giải Nhất cho chi đội 8A2 với tiết mục múa “Về quê”, giải Nhì cho chi đội 9A1 và "
    "giải Ba cho chi đội 7A3."
)
_TITLE = "Hội thi “Giai điệu tuổi hồng” năm học 2026 – 2027"
_URL = "http://127.0.0.1/bai/58"


def _page(body: str, title: str) -> bytes:
    return f'<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'.encode()


def test_the_banners_school_name_with_trường_is_the_sites_name() -> None:
    body = (
        "<table><tr><td><h1 class='tentruong'>TRƯỜNG THCS LÝ TỰ TRỌNG</h1></td></tr></table>"
        f"<table><tr><td class='tieude'><font size='4'><b>{_TITLE}</b></font></td></tr></table>"
        f"<p>Ngày đăng: 04/12/2026 16:30</p><div id='noidung'><p>{_P1}</p><p>{_P2}</p></div>"
    )
    assert extract_article(_page(body, "THCS Lý Tự Trọng - Huyện Cờ Đỏ"), _URL)["title"] == _TITLE


def test_a_resizers_size_segment_names_the_same_photo() -> None:
    images = [
        {"url": "http://127.0.0.1/resize/w160-h100-c/uploads/giai-dieu.jpg", "caption": None},
        {"url": "http://127.0.0.1/resize/w800/uploads/giai-dieu.jpg", "caption": "Tiết mục múa “Về quê”"},
    ]
    assert _one_per_picture(images, Counter()) == images[1:]


def test_a_number_after_an_hour_written_with_h_is_minutes() -> None:
    assert [f.iso() for f in find_dates("16h30 - 04/12/2026")] == ["2026-12-04T16:30:00+07:00"]
    assert [f.iso() for f in find_dates("9g15 - 02/11/2026")] == ["2026-11-02T09:15:00+07:00"]


def test_a_file_cards_download_button_after_its_size() -> None:
    assert is_boilerplate_line("Kế hoạch số 88/KH-THCS (DOCX, 1,2 MB) Tải xuống") == "file"
    assert is_boilerplate_line("Học sinh được hướng dẫn cách tải về tài liệu ôn tập") is None


def test_a_long_row_of_bar_parted_fields_names_the_writer() -> None:
    body = (
        f"<div class='khung'><div class='ct'><h2 class='tde'>{_TITLE}</h2>"
        "<div class='meta'>Ngày đăng: 04/12/2026 16:30 | Lượt xem: 1.204 | Tác giả: ThS. Đặng Thị Thu Hương | Người đăng: thcs_ltt</div>"
        f"<div class='nd'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["authors"] == ["Đặng Thị Thu Hương"]

