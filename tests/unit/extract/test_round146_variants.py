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


def test_the_layouts_grid_beside_a_sidebar_is_no_sidebar() -> None:
    # (Drupal Olivero: the headline in a title block over <main>, the node in "sidebar-grid")
    body = (
        f"<div class='khoi-tieu-de'><h1 class='page-title'>{_TITLE}</h1></div>"
        "<main><div class='container'><div class='sidebar-grid grid-full'><div class='site-main'>"
        "<article class='node'><header><div class='node__meta'>Bởi bientap, 27/11/2026 - 08:00</div></header>"
        f"<div class='node__content'><div class='text-content'><p>{_P1}</p><p>{_P2}</p></div></div></article>"
        "</div><div class='region--sidebar'><h2>Đọc nhiều</h2><ul><li><a href='/tin-tuc/2026/11/a'>Hội nghị giao ban trực tuyến tháng 11 năm 2026</a></li></ul></div></div></div></main>"
    )
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    plan = plan_page(parse(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/2026/11/hoi-thi-giai-dieu"), PageHints())
    assert plan.kind == "article"


def test_drupals_short_weekday_makes_a_byline_and_date_line_a_date_line() -> None:
    assert is_date_line("Bởi bientap03, T4, 11/25/2026 - 15:30")
    assert is_date_line("CN, 29/11/2026 - 08:00")
    assert not is_date_line("T7 lớp 9A1 thi đấu bóng đá")


def test_a_reading_players_choice_labels_are_a_tool_line() -> None:
    from crawler.core.lines import is_tool_line

    assert is_tool_line("Giọng đọc: Tốc độ:")
    assert is_tool_line("A+ A- | In bài | Gửi bạn bè")
    assert not is_tool_line("Tốc độ tăng trưởng của nhà trường đạt 7%")


def test_a_profiles_user_picture_is_an_avatar() -> None:
    img = lxml_html.fromstring(
        "<article class='profile'><div class='field field--name-user-picture'><img src='/files/pictures/quantri.png' alt='Ảnh đại diện của quantri'></div></article>"
    ).find(".//img")
    assert is_avatar(img)


def test_a_table_column_of_titles_is_no_headline() -> None:
    rows = "".join(
        f"<tr><td class='views-field views-field-so'><a href='/ke-hoach/{n}-kh-pgd'>{n}/KH-PGD</a></td><td class='views-field views-field-ngay'><time datetime='2026-11-{d}T12:00:00Z'>{d}/11/2026</time></td>"
        f"<td class='views-field views-field-title'>{name}</td></tr>"
        for n, d, name in ((312, 20, "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027"), (298, 12, "Kế hoạch kiểm tra nội bộ trường học năm học 2026 - 2027"), (287, "05", "Kế hoạch bồi dưỡng thường xuyên giáo viên năm 2026"))
    )
    body = f"<h1>Kế hoạch</h1><div class='view-content'><table class='views-table'><thead><tr><th>Số</th><th>Ngày</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>"
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    plan = plan_page(parse(_page(body, "Kế hoạch | Phòng GD&ĐT"), "http://127.0.0.1/ke-hoach"), PageHints())
    assert plan.kind != "article"


def test_a_standing_council_signing_is_an_organisation() -> None:
    from crawler.core.bylines import names_an_organisation

    assert names_an_organisation("Thường trực Hội đồng Thi đua - Khen thưởng huyện")
    assert names_an_organisation("Thường trực Đảng ủy")


def test_a_header_and_a_meta_disagreeing_between_1258_and_1252_read_1258() -> None:
    from crawler.extract.document import choose_encoding

    page = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>' + b"Tr\xfd\xf5\xccng THCS</body></html>"  # ("Trường" in windows-1258)
    assert choose_encoding(page, "text/html; charset=windows-1258") == "cp1258"
    page2 = b'<html><head><meta charset="windows-1258"></head><body>' + b"Tr\xfd\xf5\xccng"
    assert choose_encoding(page2, "text/html; charset=iso-8859-1") == "cp1258"
    # (agreeing, or a code page of another script, as declared)
    assert choose_encoding(page, None) == "cp1252"


def test_aspnets_trail_control_names_a_trail() -> None:
    from crawler.core.vocab import families

    assert "breadcrumb" in families("ctl00_PlaceHolderMain_SiteMapPath1")
    assert "tools" not in families("ms-rteFontSize-2")


def test_a_reuse_notice_under_the_text_is_chrome() -> None:
    from crawler.core.lines import is_chrome

    assert is_chrome("Mọi thông tin đăng tải lại từ Cổng thông tin điện tử Sở GD&ĐT đề nghị ghi rõ nguồn.")


def test_an_intro_page_under_the_standing_section_is_no_article() -> None:
    body = (
        "<div class='duong-dan'><ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
        "<li>Quá trình xây dựng và trưởng thành của Trường THCS Kim Đồng</li></ol></div>"
        "<h1>Quá trình xây dựng và trưởng thành của Trường THCS Kim Đồng</h1><p class='ngay'>Ngày đăng: 12/03/2020</p>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
    )
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    plan = plan_page(parse(_page(body, "Quá trình xây dựng và trưởng thành"), "http://127.0.0.1/gioi-thieu/qua-trinh-xay-dung"), PageHints())
    assert plan.kind != "article"


def test_one_writers_post_under_the_name_over_the_text_is_no_text() -> None:
    body = (
        f"<h1>{_TITLE}</h1><div class='bai-nghien-cuu'><div class='tac-gia' style='text-align:right'><strong>TS. Nguyễn Văn Hùng</strong><br>"
        f"<em>Phó Trưởng khoa Xây dựng Đảng</em></div><p>{_P1}</p><p>{_P2}</p></div>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["authors"] == ["Nguyễn Văn Hùng"]
    assert "Phó Trưởng khoa" not in record["body"]


def test_a_titled_lightbox_gallery_after_the_text_is_the_posts_album() -> None:
    items = "".join(
        f"<li><a class='lightbox' href='/uploads/album/{n}.jpg' title='Ảnh {n}'><img src='/uploads/album/thumbs/{n}.jpg' alt='Tiết mục văn nghệ số {n}'></a></li>"
        for n in (1, 2, 3)
    )
    body = f"<h1>{_TITLE}</h1><div class='bai'><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div><div class='album-wrap'><h4>Một số hình ảnh</h4><ul>{items}</ul></div></div>"
    record = extract_article(_page(body, _TITLE), _URL)
    assert [im["url"].rsplit("/", 1)[1] for im in record["images"]] == ["1.jpg", "2.jpg", "3.jpg"]
    assert "Một số hình ảnh" not in record["body"]


def test_a_quote_box_named_as_the_lead_after_the_texts_paragraphs_is_no_lead() -> None:
    body = (
        f"<h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1} {_P2}</p><p>{_P2}</p>"
        "<blockquote class='trichdan'><p><em>Cô Lê Thị Hoa chia sẻ: “Các em đã chuẩn bị rất kỹ cho hội thi, nhiều tiết mục được dàn dựng công phu và sáng tạo.”</em></p></blockquote>"
        "<p>Hội thi khép lại với nhiều cảm xúc.</p></div>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["summary"] is None


def test_sharepoint_2013s_system_sprite_is_a_theme_asset() -> None:
    from crawler.core.urls import is_theme_asset

    assert is_theme_asset("http://127.0.0.1/_layouts/15/images/spcommon.png?rev=23")
    assert is_theme_asset("http://127.0.0.1/_layouts/images/fgimg.png")
    assert not is_theme_asset("http://127.0.0.1/tin-tuc/PublishingImages/2026/11/hoi-thao.jpg?RenditionID=5")
