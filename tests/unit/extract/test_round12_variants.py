"""What the twelfth round of blind portals (Plone, Weebly, WordPress with Divi, Liferay 6.2,
ASP.NET with Telerik) taught, each rule in markups that are none of those portals' own."""

from __future__ import annotations

import pytest

from crawler.core.bylines import is_no_person, looks_like_bare_name, parse_byline
from crawler.core.dates import find_dates
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page
from tests.unit.extract.test_body_variants import P1, P2, P3, TITLE, URL, page

# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("bởi admin | Th11 12, 2026 | Tin tức", "2026-11-12"),  # Divi's "M j, Y": the month first, abbreviated
        ("Th9 5, 2026", "2026-09-05"),
        ("Đăng ngày Thg 10 22, 2026", "2026-10-22"),
        ("Tháng Mười Một 18, 2026", "2026-11-18"),  # the month spelled out (WordPress "F j, Y")
        ("12 Thg 11 2026", "2026-11-12"),  # day first stays day first
    ],
)
def test_month_first_abbreviated_dates(text: str, iso: str) -> None:
    assert [f.iso() for f in find_dates(text)][:1] == [iso]


def test_a_weekday_and_number_is_no_abbreviated_month() -> None:
    assert find_dates("Thứ 5 12, 2026") == []


# --- bylines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "photographers"),
    [
        ("Người viết: Cô Lê Thị Hoa – GV lớp 4A", ["Lê Thị Hoa"], []),
        ("Tin và ảnh: Thầy Phạm Minh Đức", ["Phạm Minh Đức"], ["Phạm Minh Đức"]),
        ("Tin: Cô Trần Thu Trang - Ảnh: Tổ Văn phòng", ["Trần Thu Trang"], ["Tổ Văn phòng"]),
        ("Bài: cô giáo chủ nhiệm lớp 2A", ["cô giáo chủ nhiệm lớp 2A"], []),  # "cô giáo …" is no title before a name
    ],
)
def test_a_teachers_title_in_a_labelled_byline_is_no_part_of_the_name(line: str, authors: list[str], photographers: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors == authors and byline.photographers == photographers


@pytest.mark.parametrize("name", ["Phòng Giáo dục Trung học", "Phòng Giáo dục mầm non", "Văn phòng Sở", "Phòng Khảo thí và KĐCLGD", "Trung tâm Giáo dục thường xuyên Huyện"])
def test_an_office_signs(name: str) -> None:
    assert looks_like_bare_name(name)


@pytest.mark.parametrize("name", ["Ban tổ chức", "phòng họp tầng 2"])
def test_an_office_without_its_own_name_signs_nothing(name: str) -> None:
    assert not looks_like_bare_name(name)


def test_a_right_aligned_office_closes_the_text_as_its_author() -> None:
    html = page(f'<p>{P1}</p><p>{P2}</p><p>{P3}</p><p style="text-align: right;"><strong>Phòng Giáo dục Trung học</strong></p>')
    record = extract_article(html, URL)
    assert record["authors"] == ["Phòng Giáo dục Trung học"]
    assert "Phòng Giáo dục Trung học" not in record["body"]


@pytest.mark.parametrize("credit", ["NTCC", "NVCC", "Nhân vật cung cấp"])
def test_a_photo_handed_over_credits_nobody(credit: str) -> None:
    assert is_no_person(credit)


def test_a_cms_login_in_the_author_meta_tag_is_nobody() -> None:
    html = page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>").replace("<head>", '<head><meta name="author" content="vanthu">')
    assert extract_article(html, URL)["authors"] == []


# --- hidden copies ---------------------------------------------------------------------------


def _with_hidden_copy(description: str) -> str:
    hidden = (
        '<div id="viewlet-above-title"><span style="display: none" itemscope itemtype="http://schema.org/WebPage">'
        f'<span itemprop="name">{TITLE}</span><span itemprop="description">{description}</span>'
        f'<span itemprop="url">{URL}</span></span></div>'
    )
    return f"""<html><head><title>{TITLE}</title></head><body><div class="col-main">{hidden}
    <div class="box"><h1 class="heading">{TITLE}</h1><div class="meta">bởi admin — 12/09/2024 15:20</div>
    <div class="text-block"><p>{P1}</p></div></div></div></body></html>"""


def test_a_hidden_copy_of_the_title_and_description_is_neither_headline_nor_text() -> None:
    record = extract_article(_with_hidden_copy(P2), URL)
    assert record["title"] == TITLE
    assert record["body"] == P1


# --- what a page is --------------------------------------------------------------------------


def _plan(html: str, url: str = URL) -> tuple[str, str]:
    result = plan_page(parse(html.encode("utf-8"), url))
    return result.kind, result.reason


def test_a_calendar_portlet_in_the_sidebar_makes_no_calendar_view() -> None:
    portlet = (
        '<aside class="sidebar"><div class="cal"><a href="?month=10&amp;year=2026">«</a> Tháng 11 2026 '
        '<a href="?month=12&amp;year=2026">»</a><table><tr><td><a href="?day=27&amp;month=11&amp;year=2026">27</a></td></tr></table></div></aside>'
    )
    html = page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>", after=portlet)
    assert _plan(html) == ("article", "owned_text")


def test_an_event_that_offers_its_ical_view_is_no_article() -> None:
    event = (
        f'<p>{P1}</p><ul class="event-details"><li><b>Khi nào</b> 27/11/2026 từ 07:30 đến 11:00</li>'
        '<li><b>Ở đâu</b> Trường Tiểu học Sơn Kim 1</li>'
        '<li><b>Thêm vào lịch</b> <a href="/su-kien/hoi-giang/ics_view">iCal</a> <a href="/su-kien/hoi-giang/vcs_view">vCal</a></li></ul>'
    )
    assert _plan(page(event), "http://127.0.0.1:8000/su-kien/hoi-giang") == ("other", "event_entry")


@pytest.mark.parametrize(
    ("boxes", "parts"),
    [
        ('<div id="content"></div><div id="viewlet-below-content"></div>', True),  # Plone: ids only, unlike
        ('<div id="post-12"></div><div id="post-13"></div>', False),  # a list's numbered entries
        ('<div></div><div></div>', False),
        ('<div class="detail-meta"></div><div class="detail-content"></div>', True),
        ('<div class="item odd"></div><div class="item even"></div>', False),
    ],
)
def test_two_boxes_with_unlike_names_are_an_articles_parts_not_a_list(boxes: str, parts: bool) -> None:
    from lxml import html as lxml_html

    from crawler.navigation.listing import _unlike_pair

    root = lxml_html.fromstring(f"<section>{boxes}</section>")
    assert _unlike_pair(list(root)) is parts


def test_an_album_of_thumbnails_linking_each_photos_page_is_no_article_even_from_a_listing() -> None:
    from crawler.plan import PageHints

    thumbs = "".join(
        f'<div class="thumb-cell"><a href="/thu-vien-anh/khai-giang/anh-{i}.jpg/view"><span><img src="/thu-vien-anh/khai-giang/anh-{i}.jpg/thumb" alt=""></span>'
        f"<span>Ảnh {i} lễ khai giảng</span></a></div>"
        for i in range(1, 5)
    )
    html = f"""<html><head><title>Lễ khai giảng năm học 2026 - 2027</title></head><body><div class="main">
    <h1>Lễ khai giảng năm học 2026 - 2027</h1><div class="desc">Hình ảnh lễ khai giảng tại các trường.</div>
    <div class="grid">{thumbs}</div></div></body></html>"""
    url = "http://127.0.0.1:8000/thu-vien-anh/khai-giang"
    result = plan_page(parse(html.encode("utf-8"), url), PageHints(channel="listing", as_article=True, listing_date="2026-09-05"))
    assert result.kind != "article"
    # labelled with a file name or a place only, the thumbnails are no list of entries: an album
    plain = html.replace("<span>Ảnh ", "<span>anh-").replace(" lễ khai giảng</span>", ".jpg</span>")
    result = plan_page(parse(plain.encode("utf-8"), url), PageHints(channel="listing", as_article=True, listing_date="2026-09-05"))
    assert (result.kind, result.reason) == ("other", "photo_album")
