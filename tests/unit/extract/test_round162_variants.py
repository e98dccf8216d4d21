"""Markup shapes of round 162's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.urls import clean_url
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import PageHints, plan_page
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-58"
_P3 = (
    "Hội thi là dịp để các chi đội rèn luyện kỹ năng biểu diễn, tinh thần đoàn kết và tình yêu văn hóa dân "
    "tộc; nhà trường sẽ duy trì hội thi hằng năm vào dịp kỷ niệm Ngày Nhà giáo Việt Nam."
)


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_a_portlets_namespaced_return_address_is_dropped() -> None:
    ns = "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xy12"
    url = f"http://h/web/truong/tin-tuc/-/asset_publisher/Xy12/content/hoi-thi?{ns}_redirect=%2Fweb%2Ftruong%2Ftin-tuc&{ns}_assetEntryId=5521"
    assert clean_url(url) == "http://h/web/truong/tin-tuc/-/asset_publisher/Xy12/content/hoi-thi"


def test_an_asset_number_is_kept_where_the_path_names_no_asset() -> None:
    url = "http://h/web/truong/chi-tiet?p_p_id=101&_101_assetEntryId=5521"
    assert "_101_assetEntryId=5521" in clean_url(url)


def test_a_files_own_detail_link_does_not_make_the_post_a_teaser() -> None:
    url = "http://127.0.0.1/web/truong/thong-bao/-/asset_publisher/Ab3/content/thong-bao-tuyen-sinh"
    html = (
        f"<html><head><title>{_TITLE}</title></head><body><div class='noi-dung-tin'><h2 class='tieu-de'>{_TITLE}</h2>"
        "<p class='ngay'>Ngày 04/12/2026</p>"
        f"<div class='bai'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
        "<div class='dinh-kem'><span>Văn bản kèm theo:</span> <a href='/documents/201/55/ke-hoach-hoi-thi.pdf'>ke-hoach-hoi-thi.pdf</a> "
        "<a href='/web/truong/van-ban/-/document_library/view_file/4410'>(Xem chi tiết)</a></div></div></body></html>"
    )
    assert plan_page(parse(html.encode(), url), PageHints()).kind == "article"


def test_the_time_of_the_meta_line_after_an_edit_stamp_refines_the_day_over_it() -> None:
    body = (
        f"<div class='asset-day-du'><p class='tieu-de'><span class='ten-bai'>{_TITLE}</span></p>"
        "<div class='chi-tiet-nguoi-dang'><span>Người đăng: Văn phòng</span> <span>04/12/2026</span></div>"
        "<div class='bai-viet'><div class='entry-content'><div class='dong-meta'><span>Sửa lần cuối: 05/12/2026 10:10</span> "
        "<span>15:20 | 04/12/2026</span> <span>Lượt xem: 212</span></div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div></div></div>"
    )
    assert _read(body)["published_at"] == "2026-12-04T15:20:00+07:00"


def test_an_avatars_initials_are_no_author() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><div class='post-author'><span class='avatar-circle'>VP</span>"
        "<span>04/12/2026</span></div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(body)["authors"] == []


def test_a_writers_unit_written_short_after_the_name_is_no_part_of_it() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p>"
        "<p style='text-align:right'><b>Thu Trang (P.TCHC)</b></p></div></div>"
    )
    record = _read(body)
    assert record["authors"] == ["Thu Trang"]
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_teaser_cards_uikit_blurb_does_not_outweigh_a_short_text_part() -> None:
    body = (
        f"<div class='uk-width-2-3@m'><h1>{_TITLE}</h1><p class='uk-text-meta'>Ngày 04/12/2026</p>"
        f"<div class='uk-panel phan-2'><h3>2. Kết quả</h3><p>{_P2}</p></div></div>"
        "<div class='uk-width-1-3@m'><h3>Bài viết cùng chuyên mục</h3><div class='el-item'><a href='/tin-tuc/khac-12'>Hội khỏe Phù Đổng cấp trường</a>"
        f"<div class='el-content uk-panel uk-text-small'>{_P3}</div></div></div>"
    )
    assert _read(body)["body"] == f"2. Kết quả\n\n{_P2}"


def test_a_thumbnail_over_the_texts_photos_is_no_photo_of_the_post() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><img class='anh-dai-dien' src='/Files/Thumbs/hoi-thi_small.jpg'>"
        f"<div class='noi-dung'><p>{_P1}</p><p><img src='/Files/2026/12/hoi-thi-tiet-muc-mua.jpg'></p><p>{_P2}</p></div></div>"
    )
    assert [i["url"] for i in _read(body)["images"]] == ["http://127.0.0.1/Files/2026/12/hoi-thi-tiet-muc-mua.jpg"]


def test_an_accordions_question_is_a_heading_of_the_text() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='entry-content'><p>{_P1}</p>"
        "<div class='accordion'><div class='accordion-item'><h3 class='accordion-header'><button class='accordion-button' type='button'>"
        f"Hội thi có những tiết mục nào?</button></h3><div class='accordion-collapse'><div class='accordion-body'><p>{_P2}</p></div></div></div></div></div></article>"
    )
    assert _read(body)["body"] == f"{_P1}\n\nHội thi có những tiết mục nào?\n\n{_P2}"
