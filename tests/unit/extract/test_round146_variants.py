"""Markup shapes of rounds 145 onwards' blind portals, written again in other words and classes:
each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from datetime import date

from lxml import html as lxml_html

from crawler.core.dates import find_dates
from crawler.core.lines import is_date_line
from crawler.extract import extract_article
from crawler.extract.blocks import is_avatar
from crawler.plan import _path_above
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-2026"


def test_a_labelled_days_time_in_the_meta_lines_next_box_is_its_time() -> None:
    body = (
        f"<div class='bai'><h1 class='ten-bai'>{_TITLE}</h1><div class='thong-tin'>"
        "<span class='ngay-dang'><i class='icon'></i> Ngày đăng <a href='/?p=7'><time class='entry-date' "
        "datetime='2026-11-21T14:05:00+00:00'>21/11/2026</time></a></span><span class='gio'> lúc 2:05 chiều</span>"
        "<span class='nguoi-dang'> | Đăng bởi: bientap</span></div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, f"{_TITLE} – Trường THCS Kim Đồng"), _URL)
    assert record["published_at"] == "2026-11-21T14:05:00+07:00"


def test_a_photo_slider_whose_state_names_its_arrows_is_the_posts_album() -> None:
    slides = "".join(
        f"<li class='slide-{n} anh-truot'><img src='/uploads/2026/11/hoi-thi-{n}.jpg' alt=''>"
        + (f"<div class='chu-thich-wrap'><div class='caption'>Tiết mục số {n} của khối 7</div></div>" if n != 2 else "")
        + "</li>"
        for n in (1, 2, 3)
    )
    body = (
        f"<article><h1>{_TITLE}</h1><div class='entry-content'><p>{_P1}</p>"
        f"<div class='ml-slider gallery-slider nav-hidden'><div><ul class='slides'>{slides}</ul></div></div>"
        f"<p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert [im["url"].rsplit("/", 1)[1] for im in record["images"]] == ["hoi-thi-1.jpg", "hoi-thi-2.jpg", "hoi-thi-3.jpg"]


def test_a_canonical_naming_the_page_above_is_the_page_holding_the_post() -> None:
    # (Liferay's Asset Publisher: the post at ".../-/asset_publisher/<id>/content/<slug>", its
    # canonical the page the portlet sits on)
    assert _path_above("http://127.0.0.1/web/truong/thong-bao", "http://127.0.0.1/web/truong/thong-bao/-/asset_publisher/Ab1/content/lich-thi")
    assert not _path_above("http://127.0.0.1/web/truong/thong-bao/-/asset_publisher/Ab1/content/lich-thi", "http://127.0.0.1/web/truong/thong-bao/-/asset_publisher/Ab1/content/lich-thi")
    assert not _path_above("http://127.0.0.2/web/truong/thong-bao", "http://127.0.0.1/web/truong/thong-bao/-/x")
    assert not _path_above("http://127.0.0.1/web/truong/thong", "http://127.0.0.1/web/truong/thong-bao/-/x")


def test_a_last_modification_labelled_sửa_đổi_lần_cuối_is_a_date_line() -> None:
    assert is_date_line("Sửa đổi lần cuối 02/12/2026")
    assert is_date_line("Ngày sửa đổi: 02/12/2026 10:15")


def test_a_portals_portrait_of_the_posting_user_is_no_photo() -> None:
    img = lxml_html.fromstring("<span class='meta-author'><img class='user-portrait' src='/image/user_female_portrait?img_id=4410'> Quản trị</span>").find("img")
    assert is_avatar(img)
    icon = lxml_html.fromstring("<span><img class='user-icon' src='/anh/nguoi-dang.png'></span>").find("img")
    assert is_avatar(icon)
    photo = lxml_html.fromstring("<p><img class='anh-bai' src='/uploads/portrait-class-12a.jpg'></p>").find("img")
    assert not is_avatar(photo)


def test_a_date_line_after_the_headline_typed_again_gives_the_days_time() -> None:
    body = (
        f"<div class='chi-tiet'><h2 class='tieu-de'>{_TITLE}</h2><div class='tin'>"
        f"<p class='ngay'>Đăng lúc 09:40 SA, ngày 03/12/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p></div></div>"
        "<div class='thong-tin-cuoi'><span class='nhan'>Ngày xuất bản</span> 03/12/2026</div></div>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["published_at"] == "2026-12-03T09:40:00+07:00"


def test_a_stamp_whose_day_first_reading_lies_ahead_is_month_first() -> None:
    today = date(2026, 12, 5)
    assert [f.iso() for f in find_dates("11/12/2026 16:00:00", today)] == ["2026-11-12T16:00:00+07:00"]
    # (a day that has come is day first; a day ahead without its clock is nobody's date)
    assert [f.iso() for f in find_dates("04/12/2026 16:00:00", today)] == ["2026-12-04T16:00:00+07:00"]
    assert find_dates("11/12/2026", today) == []
