"""Round 54 (blind portals liferay74_assetpub_tct, nukeviet46_pgd, drupal7_english_meta_tct,
egov_tabs_sgddt): extraction and URL rules on markup of other shapes than the portals', and the
near misses that must stay."""

from __future__ import annotations

import pytest

from crawler.core.dates import find_dates
from crawler.core.urls import is_attachment
from crawler.extract import extract_article
from crawler.navigation.urls import is_trap

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về lớp bồi dưỡng nghiệp vụ công tác Đảng cho cán bộ cơ sở diễn ra trong năm ngày tại trường.</p>" for i in range(4)
)
_TITLE = "Khai giảng lớp bồi dưỡng nghiệp vụ công tác Đảng năm 2026"


def _page(text: str, head: str = "", trail: str = "") -> str:
    return (
        f"<html><head><title>{_TITLE}</title></head><body>{trail}<div class='col-main'><div class='asset-full'>"
        f"<h2 class='title'>{_TITLE}</h2>{head}<div class='content-body'>{text}</div></div></div></body></html>"
    )


# --- the post's own category badge under a trail of its section page -----------------------------


_TRAIL = "<ol class='breadcrumb'><li><a href='/web/guest/trang-chu'>Trang chủ</a></li><li><a href='/web/guest/tin-tuc'>Tin tức</a></li></ol>"


def test_an_unlinked_category_badge_names_the_category_a_one_section_trail_stops_short_of() -> None:
    head = "<div class='cats'><span class='vocab'>Chuyên mục:</span> <span class='badge'>Đào tạo - Bồi dưỡng</span></div><span>19/11/2026</span>"
    record = extract_article(_page(_PROSE, head, _TRAIL), "http://h/web/guest/tin-tuc/-/asset_publisher/x/content/khai-giang")
    assert record["category"] == "Đào tạo - Bồi dưỡng"


def test_a_trail_of_two_sections_keeps_its_last_step() -> None:
    trail = _TRAIL.replace("</ol>", "<li><a href='/web/guest/tin-tuc/dao-tao'>Công tác đào tạo</a></li></ol>")
    head = "<div class='cats'><span class='vocab'>Chuyên mục:</span> <span class='badge'>Tin hoạt động</span></div><span>19/11/2026</span>"
    record = extract_article(_page(_PROSE, head, trail), "http://h/web/guest/tin-tuc/-/asset_publisher/x/content/khai-giang")
    assert record["category"] == "Công tác đào tạo"


# --- a weekday says which order a numeric date is in --------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Submitted by admin on Thu, 11/05/2026 - 08:30", "2026-11-05T08:30:00+07:00"),  # 5 November: a Thursday
        ("Posted Tuesday, 11/24/2026", "2026-11-24"),  # day first names no date
        ("Thứ Hai, 11/05/2026", "2026-05-11"),  # 11 May 2026: a Monday, day first
        ("T5, 05/11/2026 - 08:30", "2026-11-05T08:30:00+07:00"),
        ("Ngày 11/05/2026", "2026-05-11"),  # no weekday: day first
        ("Thứ Sáu, 05/11/2026", "2026-11-05"),  # a weekday agreeing with neither reading: day first
    ],
)
def test_the_printed_weekday_decides_the_order_of_a_numeric_date(text: str, iso: str) -> None:
    assert [d.iso() for d in find_dates(text)] == [iso]


def test_a_month_past_twelve_without_a_weekday_is_no_date() -> None:
    assert find_dates("Mã hồ sơ 12/25/2026") == []


def test_an_english_meta_line_dates_the_post_month_first() -> None:
    head = "<div class='submitted'>Submitted by <a href='/user/1'>admin</a> on Fri, 10/09/2026 - 14:00</div>"
    record = extract_article(_page(_PROSE, head), "http://h/tin-tuc/khai-giang")
    assert record["published_at"] == "2026-10-09T14:00:00+07:00"  # 9 October 2026, a Friday
    assert record["authors"] == []


# --- captions --------------------------------------------------------------------------------------


def test_a_caption_printed_past_a_line_break_from_its_titled_image_is_read_once() -> None:
    photo = "<p style='text-align:center'><img class='caption' src='/anh/1.jpg' title='Quang cảnh lễ khai giảng' width='600'><br><span class='caption'>Quang cảnh lễ khai giảng</span></p>"
    record = extract_article(_page(_PROSE + photo + _PROSE.replace("Đoạn", "Phần")), "http://h/tin-tuc/khai-giang")
    assert record["images"] == [{"url": "http://h/anh/1.jpg", "caption": "Quang cảnh lễ khai giảng"}]
    assert "Quang cảnh lễ khai giảng" not in record["body"]


@pytest.mark.parametrize("line", ["Ảnh: Internet", "(Ảnh: Sưu tầm)", "Nguồn ảnh: Internet"])
def test_a_credit_to_no_one_under_a_photo_is_no_caption(line: str) -> None:
    photo = f"<p style='text-align:center'><img src='/anh/1.jpg' width='600'></p><p style='text-align:center'><em>{line}</em></p>"
    record = extract_article(_page(_PROSE + photo + _PROSE.replace("Đoạn", "Phần")), "http://h/tin-tuc/khai-giang")
    assert record["images"][0]["caption"] is None
    assert record["photographers"] == []
    assert line not in record["body"]


def test_a_credit_to_a_person_under_a_photo_still_credits_the_photographer() -> None:
    photo = "<p style='text-align:center'><img src='/anh/1.jpg' width='600'></p><p style='text-align:center'><em>Ảnh: Minh Đức</em></p>"
    record = extract_article(_page(_PROSE + photo + _PROSE.replace("Đoạn", "Phần")), "http://h/tin-tuc/khai-giang")
    assert record["photographers"] == ["Minh Đức"]


# --- addresses that are no page of news -------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "trap"),
    [
        ("http://h/sgddt/tin-tuc/gui-email?id=3724", True),
        ("http://h/tin/gui-ban-be.aspx?id=12", True),
        ("http://h/news/sendtofriend/12", True),
        ("http://h/tin-tuc/gui-email-chuc-mung-thay-co-nhan-ngay-20-11", False),  # a post's slug
    ],
)
def test_a_send_to_a_friend_form_is_never_followed(url: str, trap: bool) -> None:
    assert is_trap(url) is trap


@pytest.mark.parametrize(
    ("url", "file"),
    [("http://h/sgddt/van-ban/tai-ve?id=905", True), ("http://h/Download.ashx?id=7", True), ("http://h/tin-tuc/tai-ve-de-cuong-on-tap-hoc-ky-i", False)],
)
def test_a_download_handler_named_in_vietnamese_serves_a_file(url: str, file: bool) -> None:
    assert is_attachment(url) is file
