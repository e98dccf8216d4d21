"""Markup shapes of round 107's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.core.lines import is_date_line
from crawler.extract import extract_article
from crawler.extract.blocks import image_url, revealed_on_click
from crawler.extract.document import parse
from crawler.extract.metadata import read_metadata
from crawler.navigation.links import extract_links

_P1 = (
    "Sáng 26/11/2026, Phòng GD&ĐT tổ chức hội nghị chuyên đề đổi mới sinh hoạt tổ chuyên môn cho cán bộ quản lý "
    "và tổ trưởng chuyên môn các trường Tiểu học trên địa bàn."
)
_P2 = (
    "Tại hội nghị, các đại biểu được nghe báo cáo kinh nghiệm của ba trường điểm và thảo luận về cách xây dựng kế "
    "hoạch bài dạy theo hướng phát triển năng lực học sinh."
)
_P3 = "Hội nghị thống nhất mỗi trường tổ chức ít nhất hai buổi sinh hoạt chuyên môn theo nghiên cứu bài học mỗi học kỳ."
_TITLE = "Hội nghị chuyên đề đổi mới sinh hoạt tổ chuyên môn cấp Tiểu học"
_URL = "http://127.0.0.1/bai-viet/88-hoi-nghi-chuyen-de-doi-moi-sinh-hoat-to-chuyen-mon"


def _read(body: str) -> dict:
    page = (
        '<html lang="vi"><head><meta charset="utf-8"></head><body><nav class="menu"><a href="/">Trang chủ</a>'
        f'<a href="/chuyen-muc/tin-tuc">Tin tức</a></nav>{body}<footer><p>Phòng GD&ĐT huyện Sóc Sơn.</p></footer></body></html>'
    )
    return extract_article(page.encode(), _URL)


def test_a_lazy_hotwire_frame_is_a_page_of_the_list_to_read() -> None:
    page = parse(
        b'<html><body><h1>Tin t\xe1\xbb\xa9c</h1><turbo-frame id="ds" src="/chuyen-muc/tin-tuc/trang/1" loading="lazy"><p>...</p></turbo-frame>'
        b'<turbo-frame id="x" src="https://other.example/frame"></turbo-frame></body></html>',
        "http://127.0.0.1/chuyen-muc/tin-tuc",
        None,
    )
    links = extract_links(page.tree, "http://127.0.0.1/chuyen-muc/tin-tuc")
    frames = [lk for lk in links.links if lk.via == "turbo_frame"]
    assert [lk.url for lk in frames] == ["http://127.0.0.1/chuyen-muc/tin-tuc/trang/1"]
    assert frames[0].in_pager


def test_a_date_a_script_turns_into_the_readers_clock_is_printed_in_utc() -> None:
    body = (
        f'<div class="bai"><h1>{_TITLE}</h1><div class="meta"><time datetime="2026-11-26T02:15:00Z" data-local="time">November 26, 2026  2:15am</time></div>'
        f'<div class="nd"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>'
    )
    assert _read(body)["published_at"] == "2026-11-26T09:15:00+07:00"


def test_the_writers_card_with_an_avatar_over_the_text_is_no_text() -> None:
    body = (
        f'<div class="bai"><h1>{_TITLE}</h1><div class="nguoi-viet"><img src="/u/avatar-hoa.jpg" width="40" height="40" alt="">'
        '<div><div>Nguyễn Thị Hoa</div><div>Chuyên viên Phòng GD&ĐT</div></div></div>'
        f'<div class="nd"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>'
    )
    record = _read(body)
    assert "Chuyên viên" not in record["body"] and record["body"].startswith(_P1)


def test_a_hidden_rest_a_button_after_it_opens_is_the_texts() -> None:
    box = lxml.html.fromstring(f'<div><div class="phan-dau"><p>{_P1}</p></div><div hidden class="phan-sau"><p>{_P2}</p><p>{_P3}</p></div><button type="button">Xem thêm</button></div>')
    hidden = box[1]
    assert revealed_on_click(hidden)
    link_after = lxml.html.fromstring(f'<div><div hidden><p>{_P2}</p><p>{_P3}</p></div><a href="/bai-viet/khac">Xem thêm</a></div>')
    assert not revealed_on_click(link_after[0])  # (a link to another page opens nothing here)


@pytest.mark.parametrize("line", ["Ngày ban hành: 26 Tháng mười một, 2026", "Posted in Tin hoạt động on Nov 26, 2026", "Đăng trong Tin tức ngày 26/11/2026"])
def test_an_issue_day_and_a_blogs_filed_on_line_are_date_lines(line: str) -> None:
    assert is_date_line(line)


def test_a_registers_issue_day_cell_is_no_date_line() -> None:
    assert not is_date_line("Ngày ban hành: | 20/08/2026")


def test_a_bare_file_name_in_a_lazy_attribute_beside_a_real_src_is_no_address() -> None:
    img = lxml.html.fromstring('<img src="/storage/uploads/65a/bf1.jpg" data-src="IMG_20261126_0915.jpg" alt="">')
    assert image_url(img, _URL) == "http://127.0.0.1/storage/uploads/65a/bf1.jpg"
    lazy = lxml.html.fromstring('<img src="/img/blank.gif" data-src="/storage/uploads/65a/bf2.jpg" alt="">')
    assert image_url(lazy, _URL) == "http://127.0.0.1/storage/uploads/65a/bf2.jpg"


def test_an_app_shells_hash_route_canonical_names_the_route_not_the_sites_root() -> None:
    url = "http://127.0.0.1/tin-tuc/chi-tiet/2041"
    page = parse(
        b'<html><head><link rel="canonical" href="http://127.0.0.1/#/tin-tuc/chi-tiet/2041"></head><body><p>x</p></body></html>', url, None
    )
    assert read_metadata(page.tree, url).canonical == url
