"""Markup shapes of round 161's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/bai-viet/hoi-thi-giai-dieu-tuoi-hong-58"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_a_chip_closing_the_headline_is_no_part_of_it() -> None:
    body = (
        f"<article><h1 class='tieu-de'>{_TITLE} <span class='tag-chip rounded'>🌼 Khối Chồi</span></h1>"
        f"<p class='ngay'>04/12/2026</p><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    assert _read(body, title="Trường Mầm non Hoa Sen")["title"] == _TITLE


def test_the_frame_of_a_facebook_comments_box_is_no_text() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p>"
        "<div class='fbcmt-vung'><p class='tieu-de'><b>Ý kiến bạn đọc</b></p><p>Mời quý phụ huynh đăng nhập Facebook để góp ý kiến.</p>"
        "<div class='fb-comments' data-numposts='5'></div></div></div></div>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_drupals_forward_form_is_never_followed() -> None:
    from crawler.navigation.urls import is_trap

    assert is_trap("http://h/forward/node/412")
    assert not is_trap("http://h/tin-tuc/2026/12/forward-hoc-sinh")
