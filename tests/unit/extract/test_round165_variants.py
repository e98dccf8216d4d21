"""Markup shapes of round 165's blind portals (and round 161's fold, tuned this stop), written
again in other words and classes: each test holds the rule, not the fixture (the fixture's own
crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/web/truong/-/blogs/hoi-thi-giai-dieu-tuoi-hong"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_a_blog_entrys_text_in_its_boxs_widget_content_slot_is_the_text() -> None:
    body = (
        "<div class='sidebar'><div class='widget'><h3>Liên kết</h3><div class='widget-content'><p>Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh.</p></div></div></div>"
        f"<div class='blog-detail'><h3 class='title'>{_TITLE}</h3><div class='text-secondary'>04 thg 12, 2026</div>"
        f"<div class='entry-body-text'><div class='widget-content'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_a_sidebar_widgets_content_slot_stays_furniture() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article>"
        "<aside><div class='widget widget_text'><div class='widget-content'><p>Trường THCS Kim Đồng, số 12 đường Lê Lợi, phường Hòa Thuận.</p></div></div></aside>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_the_folded_rest_of_the_text_opened_by_a_button_after_its_box_is_read() -> None:
    body = (
        f"<article x-data='{{ mo: false }}'><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='noi-dung'><p>{_P1}</p>"
        f"<div x-show='mo' class='hidden'><p>{_P2}</p><p>Buổi biểu diễn khép lại bằng tiết mục đồng ca của toàn thể học sinh khối 9, để lại nhiều cảm xúc cho thầy cô và phụ huynh.</p></div></div>"
        "<div class='text-center' x-show='!mo'><button type='button' @click='mo = true'>Xem toàn bộ bài viết</button></div></article>"
    )
    assert _P2 in _read(body)["body"]


def test_the_time_in_the_meta_lines_next_item_completes_the_published_day() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><ul class='post-info'>"
        "<li itemprop='dateModified'><span>Sửa: 05/12/2026</span></li>"
        "<li itemprop='datePublished'><span>Ngày đăng: Thứ Sáu, 04/12/2026</span></li><li><span>3:20 CH</span></li>"
        "<li><span>Lượt xem: 318</span></li></ul>"
        f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    assert _read(body)["published_at"] == "2026-12-04T15:20:00+07:00"
