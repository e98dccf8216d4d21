"""Markup shapes of round 168's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong"


def _read(body: str, url: str = _URL) -> dict:
    return extract_article(_page(body, _TITLE), url)


def test_a_day_printed_month_first_over_its_stamp_the_other_way_round_is_the_stamps_day() -> None:
    body = (
        f"<div class='node'><h1>{_TITLE}</h1><div class='submitted'><span property='dc:date' content='2026-11-05T09:10:00+07:00'>"
        f"Gửi bởi admin lúc 11/05/2026 - 09:10</span></div><div class='content'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(body)["published_at"] == "2026-11-05T09:10:00+07:00"


def test_a_day_printed_day_first_keeps_its_reading_beside_another_days_stamp() -> None:
    # (a stamp of another day, the draft's, says nothing of the order)
    body = (
        f"<div class='node'><h1>{_TITLE}</h1><div class='submitted'><span property='dc:date' content='2026-10-30T09:10:00+07:00'>"
        f"Gửi bởi admin lúc 05/11/2026 - 09:10</span></div><div class='content'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(body)["published_at"] == "2026-11-05T09:10:00+07:00"


def test_a_cover_painted_in_a_box_of_its_own_ratio_before_the_header_is_the_first_photo() -> None:
    body = (
        "<div class='entry-detail'><div class='ratio-box cover-image' style='background-image: url(/files/hoi-thi-cover.jpg); padding-bottom: 40%;'></div>"
        f"<div class='entry-header'><h3 class='title'>{_TITLE}</h3><div class='meta'>05/11/2026</div></div>"
        f"<div class='entry-body'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert [i["url"].rsplit("/", 1)[-1] for i in _read(body)["images"]] == ["hoi-thi-cover.jpg"]


def test_a_painted_cover_and_its_caption_box_before_the_header_give_the_photo_and_its_caption() -> None:
    body = (
        "<div class='entry-detail'><div class='cover-image' style='background-image: url(/files/hoi-thi-cover.jpg)'></div>"
        "<div class='cover-image-caption'><small>Tiết mục đồng ca của khối 9</small></div>"
        f"<div class='entry-header'><h3 class='title'>{_TITLE}</h3><div class='meta'>05/11/2026</div></div>"
        f"<div class='entry-body'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in _read(body)["images"]] == [("hoi-thi-cover.jpg", "Tiết mục đồng ca của khối 9")]


def test_the_next_entrys_poster_in_the_entry_navigation_is_no_author() -> None:
    body = (
        f"<div class='entry-detail'><h3 class='title'>{_TITLE}</h3><div class='meta'>05/11/2026</div>"
        f"<div class='entry-body'><p>{_P1}</p><p>{_P2}</p></div>"
        "<section class='entry-navigation'><div class='card'><h4><a href='/tin-tuc/-/blogs/bai-sau'>Hội thi kể chuyện theo sách</a></h4>"
        "<div class='user-meta'><span class='author-avatar'><img alt='Nguyễn Thị Thanh Tâm' src='/image/user_portrait?img_id=4021'></span>"
        "<span class='username'>Nguyễn Thị Thanh Tâm</span></div></div></section></div>"
    )
    assert _read(body)["authors"] == []


def test_a_word_documents_settings_left_as_text_are_no_text() -> None:
    body = (
        f"<div class='chi-tiet'><h1>{_TITLE}</h1><p>Ngày đăng: 05/11/2026</p><div class='noi-dung'>"
        f"<p>Normal 0 false false false false EN-US X-NONE X-NONE</p><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_a_see_the_document_here_pointer_is_no_text() -> None:
    body = (
        f"<div class='chi-tiet'><h1>{_TITLE}</h1><p>Ngày đăng: 05/11/2026</p><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p>"
        "<p><em>Xem chi tiết Kế hoạch số 215/KH-PGDĐT tại <a href='/van-ban/ke-hoach-215.html'>đây</a>.</em></p></div></div>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_a_page_named_vi_tri_keeps_its_name_in_the_trail_and_an_administrative_procedure_is_no_news() -> None:
    body = (
        "<div class='breadcrumbs'><a href='/'>Trang chủ</a> » <a href='/thu-tuc-hanh-chinh/'>Thủ tục hành chính</a> » "
        "<span>Thủ tục cấp bằng tốt nghiệp trung học cơ sở</span></div>"
        "<div class='page'><h1>Thủ tục cấp bằng tốt nghiepp trung học cơ sở</h1><p>Cập nhật: 19/10/2026 10:00</p>"
        f"<p>{_P1}</p><p>{_P2}</p></div>"
    ).replace("nghiepp", "nghiệp")
    page = _page(body, "Thủ tục cấp bằng tốt nghiệp trung học cơ sở")
    assert plan_page(parse(page, "http://h/thu-tuc-hanh-chinh/cap-bang-tot-nghiep-thcs.html")).kind != "article"
    from crawler.extract import extract_raw

    trail = "<div class='breadcrumbs'><a href='/'>Trang chủ</a> » <span>Vị trí, chức năng và nhiệm vụ</span></div>"
    raw = extract_raw(_page(trail + f"<h1>Vị trí, chức năng và nhiệm vụ</h1><p>{_P1}</p>", "Vị trí").decode(), "http://h/gioi-thieu/vi-tri.html")
    assert raw["_breadcrumbs"][-1] == "Vị trí, chức năng và nhiệm vụ"


def test_a_deadline_with_its_hour_before_the_day_is_an_events_date() -> None:
    # (an admonition's title at the top of a blog post, the post's day in a side column)
    from crawler.extract import _event_date

    assert _event_date().search("Hạn chót đăng ký: 16h30 ngày 18/12/2026")
    assert _event_date().search("Hạn nộp hồ sơ: 17:00, ngày 20/12/2026")
    assert not _event_date().search("Sáng 04/12/2026, Liên đội tổ chức hội thi")
