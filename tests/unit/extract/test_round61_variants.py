"""Round 61 (blind portals weird_dates_tct, jsonld_meta_thpt, results_tables_thcs,
ethnic_bilingual_pgd): extraction rules on markup of other shapes than the portals', and the
near misses that must stay."""

from __future__ import annotations

import json

import pytest

from crawler.core.lines import is_counter, is_file_line
from crawler.extract import extract_article
from crawler.navigation.families import is_date_archive

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về lớp bồi dưỡng lý luận chính trị cho đảng viên mới với sự tham gia của hơn một trăm học viên.</p>" for i in range(4)
)
_TITLE = "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới năm 2026"


def _page(head: str, text: str = _PROSE, meta: str = "") -> bytes:
    return (
        f"<html><head>{meta}</head><body><div class='top'>Thứ Sáu, 04/12/2026 - 10:15</div><div class='main'>{head}"
        f"<div class='body'>{text}</div></div></body></html>"
    ).encode()


# --- a last edit's labels ------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Ngày sửa: 01/12/2026", "Ngày chỉnh sửa: 01/12/2026 09:00", "Sửa lúc 09:00 01/12/2026"])
def test_a_last_edit_under_the_headline_is_not_the_publication(label: str) -> None:
    head = f"<div class='meta'>T2, 30/11/2026 - 20:05</div><h1>{_TITLE}</h1><p class='mod'>{label}</p>"
    assert extract_article(_page(head), "http://h/tin-tuc/khai-giang-a1421")["published_at"] == "2026-11-30T20:05:00+07:00"


# --- a listing's day and the page's own stamp of that day ---------------------------------------------


def _jsonld(when: str) -> str:
    return '<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", "headline": _TITLE, "datePublished": when}) + "</script>"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # (the house convention, which a rule of this round briefly broke: a date a reader is shown
        # beats a machine stamp, whose time an SEO plugin wrote)
        ("2026-12-01T16:45:00+07:00", "2026-12-01"),
        ("2026-11-28T16:45:00+07:00", "2026-12-01"),
    ],
)
def test_a_listings_printed_day_beats_the_pages_machine_stamp(stamp: str, published: str) -> None:
    record = extract_article(_page(f"<h1>{_TITLE}</h1>", meta=_jsonld(stamp)), "http://h/bai-viet/ao-am", listing_date="2026-12-01")
    assert record["published_at"] == published


# --- a row of fields glued in the markup ---------------------------------------------------------------


def test_a_row_of_fields_side_by_side_is_read_field_by_field() -> None:
    head = (
        f"<h1>{_TITLE}</h1><div class='m'><time datetime='2026-11-27T01:00:00.000Z'>27 tháng 11, 2026</time>"
        "<span class='a'>Tác giả: Võ Thị Hồng Nhung</span><span class='v'>574 lượt xem</span></div>"
    )
    record = extract_article(_page(head), "http://h/bai-viet/12-giai")
    assert record["authors"] == ["Võ Thị Hồng Nhung"]
    assert record["published_at"] is not None and record["published_at"].startswith("2026-11-27")
    assert "lượt xem" not in record["body"] and "Tác giả" not in record["body"]


@pytest.mark.parametrize(("line", "counter"), [("574 lượt xem", True), ("1.204 lượt đọc", True), ("32 views", True), ("574 lượt xem ảnh đẹp của lớp", False), ("2026 học sinh dự thi", False)])
def test_a_count_printed_number_first_is_a_counter(line: str, counter: bool) -> None:
    assert is_counter(line) is counter


# --- a labelled file with a note after its name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "file"),
    [
        ("Tải về: Danh_sach_HSG.xlsx (danh sách đầy đủ kèm điểm từng phần)", True),
        ("File đính kèm: KH-123.pdf (bản scan có chữ ký)", True),
        ("Danh_sach_HSG.xlsx (danh sách đầy đủ)", False),  # (no label: it may be a line of the text)
    ],
)
def test_a_labelled_file_with_a_note_is_a_file_line(line: str, file: bool) -> None:
    assert is_file_line(line) is file


# --- a month archive named by a parameter -------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "archive"),
    [
        ("http://h/luu-tru.html?month=202611", True),  # Contao's news archive
        ("http://h/luu-tru.html?month=202609&page_n15=2", True),
        ("http://h/tin-tuc?thang=11-2026", True),
        ("http://h/tin-tuc?month=2026-11", True),
        ("http://h/tin-tuc?id=202611", False),  # an id is no month
        ("http://h/tin-tuc/chi-tiet?month=202611abc", False),
    ],
)
def test_a_month_named_by_a_parameter_is_a_date_archive(url: str, archive: bool) -> None:
    # (read as one, it waits behind the sections' lists, whose dates beside the links are the
    # precise ones: contao_pgd's posts had taken the archive's day instead of the list's day and time)
    assert is_date_archive(url) is archive
