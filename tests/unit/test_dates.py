"""Every date shape of shared/PORTALS.md, read day first in +07:00."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.core.dates import date_from_url, find_dates, parse_date, parse_meta_datetime

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("10-08-2022", "2022-08-10"),
        ("10/08/2022", "2022-08-10"),
        ("10.08.2022", "2022-08-10"),
        ("10/08/2022 08:30", "2022-08-10T08:30:00+07:00"),
        # a WordPress or Blogger locale never switched from English; the year first with slashes
        ("November 14, 2026", "2026-11-14"),
        ("Nov 14, 2026 at 2:05 pm", "2026-11-14T14:05:00+07:00"),
        ("14 November 2026", "2026-11-14"),
        ("2026/11/14", "2026-11-14"),
        ("9h30' ngày 14/11/2026", "2026-11-14T09:30:00+07:00"),
        ("Thứ Năm, 10/08/2022 - 08:30", "2022-08-10T08:30:00+07:00"),
        ("Ngày 10-08-2022", "2022-08-10"),
        ("Cập nhật: 10/8/2022", "2022-08-10"),
        ("06 tháng 7 năm 2022", "2022-07-06"),
        ("ngày 06 tháng 07 năm 2022 lúc 8h30", "2022-07-06T08:30:00+07:00"),
        ("15 Tháng Tám, 2023", "2023-08-15"),
        ("02 Tháng Mười Hai, 2023", "2023-12-02"),
        ("05 Tháng 12 2023 08:00", "2023-12-05T08:00:00+07:00"),
        ("2023-08-15T08:30:00+07:00", "2023-08-15T08:30:00+07:00"),
        ("Thứ năm - 10/08/2022 08:30", "2022-08-10T08:30:00+07:00"),
        ("03/04/2020 | 10:36 PM", "2020-04-03T22:36:00+07:00"),
        ("03/04/2020 | 10:36 AM", "2020-04-03T10:36:00+07:00"),
        ("03/04/2020 | 10:36 CH", "2020-04-03T22:36:00+07:00"),
        ("03/04/2020 | 12:05 SA", "2020-04-03T00:05:00+07:00"),
        ("08:17 10/05/2017", "2017-05-10T08:17:00+07:00"),
        ("9:29, Thứ Ba, 7-10-2025", "2025-10-07T09:29:00+07:00"),
        ("Ngày đăng : 10-08-2022", "2022-08-10"),
        ("Cập nhật: 5/1/2024 - 14:20", "2024-01-05T14:20:00+07:00"),
        # Ghost's and the Intl API's Vietnamese month abbreviation
        ("12 Thg 11 2026", "2026-11-12"),
        ("5 thg 11, 2026", "2026-11-05"),
        # the time before the date, after "lúc": "30 - 18/11" is no date, 18/11/2026 is
        ("Cập nhật lúc 08:30 - 18/11/2026", "2026-11-18T08:30:00+07:00"),
        ("Số 12 - 18/11/2026", "2026-11-18"),
    ],
)
def test_shapes(text: str, iso: str) -> None:
    found = parse_date(text, TODAY)
    assert found is not None, text
    assert found.iso() == iso


@pytest.mark.parametrize("text", ["Sáng nay 30/7", "Cập nhật lúc 08:30", "Thứ Ba", "năm 2022", "32/13/2022", "10/08/2099"])
def test_not_a_full_date(text: str) -> None:
    assert parse_date(text, TODAY) is None


def test_day_first_never_month_first() -> None:
    assert parse_date("01/02/2023", TODAY).iso() == "2023-02-01"


def test_meta_datetime_is_converted_to_local_time() -> None:
    assert parse_meta_datetime("2023-08-10T01:30:00Z", TODAY).iso() == "2023-08-10T08:30:00+07:00"
    assert parse_meta_datetime("2023-08-10T08:30:00+07:00", TODAY).iso() == "2023-08-10T08:30:00+07:00"
    assert parse_meta_datetime("2023-08-10", TODAY).iso() == "2023-08-10"


def test_several_dates_in_order() -> None:
    assert [d.iso() for d in find_dates("Từ 10/08/2022 đến 12/08/2022", TODAY)] == ["2022-08-10", "2022-08-12"]


def test_url_dates() -> None:
    assert date_from_url("https://x.vn/2023/08/15/khai-giang/").iso() == "2023-08-15"
    assert date_from_url("https://x.vn/tin-tuc/khai-giang-123.html") is None


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a day printed, the time only in the machine stamp: the reader's date is a day
        ('<time datetime="2026-11-12T01:05:00.000Z">Ngày đăng: 2026-11-12</time>', "2026-11-12"),
        ('<time datetime="2024-04-22T10:00:00+07:00">22 Tháng Tư, 2024</time>', "2024-04-22"),
        # the time printed, or in the permalink's tooltip (WordPress themes)
        ('<time datetime="2026-11-20T03:15:00.000Z">20/11/2026 - 10:15</time>', "2026-11-20T03:15:00.000Z"),
        ('<a title="10:10 sáng"><time datetime="2026-09-28T10:10:00+07:00">28 Tháng Chín, 2026</time></a>', "2026-09-28T10:10:00+07:00"),
        # nothing of the day printed ("2 ngày trước"): the stamp is all there is
        ('<time datetime="2026-11-20T08:30:00+07:00">2 ngày trước</time>', "2026-11-20T08:30:00+07:00"),
        # a date-only stamp stays one
        ('<time datetime="2026-11-20">20/11/2026</time>', "2026-11-20"),
    ],
)
def test_a_date_elements_stamp_as_its_reader_sees_it(markup: str, expected: str) -> None:
    import lxml.html

    from crawler.core.dates import as_printed, shown_text

    el = next(lxml.html.fragment_fromstring(markup, create_parent="div").iter("time"))
    assert as_printed(el.get("datetime"), shown_text(el)) == expected
