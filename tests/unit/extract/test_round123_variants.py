"""Markup shapes of rounds 123 and 124's blind portals (and round 118's PHP-Nuke Evolution),
written again in other words and classes: each test holds the rule, not the fixture (the
fixture's own crawl holds the fixture)."""

from __future__ import annotations

import lxml.html

from crawler.core.bylines import parse_signature
from crawler.core.lines import is_chrome, is_date_line, is_day_badge, is_postal_address
from crawler.core.urls import is_attachment
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.blocks import is_decoration, linearize
from crawler.extract.content import _in_banner
from crawler.extract.document import parse
from crawler.plan import plan_page
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong"


def test_a_bare_postal_address_line() -> None:
    assert is_postal_address("Trường THPT Lê Lợi - Số 45 đường Trần Phú, phường Ba Đình, thành phố Thanh Hóa")
    assert is_postal_address("Thôn 2, xã Cư Kty, huyện Krông Bông, tỉnh Đắk Lắk")
    assert not is_postal_address("Sáng ngày 12/10, tại số 5 đường Lê Lợi, phường Ba Đình, thành phố Thanh Hóa, hội nghị khai mạc.")
    assert not is_postal_address("Các em học sinh khối 8 của nhiều xã, huyện trong tỉnh đã tham gia")


def test_a_copyright_sign_and_year_inside_a_footer_line() -> None:
    assert is_chrome("Xoops Cube Copyright © 2009 by the XOOPS Cube Project. Theme by Tâm An")
    assert is_chrome("Thời gian tạo trang: 0,21 giây")
    assert not is_chrome("Luật quy định quyền tác giả, còn gọi là copyright, từ năm 2005")


def test_a_short_notice_over_a_footer_of_a_bare_address_and_a_software_credit() -> None:
    body = (
        "<table width='960'><tr><td id='giua'><table class='khung'><tr><td class='noidungtieude'>Kế hoạch kiểm tra học kỳ I</td></tr>"
        "<tr><td>Nhà trường thông báo lịch kiểm tra học kỳ I như sau:<br>- Khối 6, 7: ngày 20/12/2026.<br>"
        "- Khối 8, 9: ngày 21/12/2026.</td></tr></table></td></tr></table>"
        "<table id='chantrang'><tr><td>Trường THCS Quang Trung - Số 8 đường Lý Thường Kiệt, phường Tân Thịnh, TP Hòa Bình<br>"
        "Điện thoại: 0218.3852.111 - Email: thcsquangtrung@hoabinh.edu.vn<br>"
        "e107 Copyright © 2008, Trường THCS Quang Trung. Phát triển trên nền e107, phiên bản 0.7.<br>"
        "Thời gian tạo trang: 0.0921 giây</td></tr></table>"
    )
    record = extract_article(_page(body, "Trường THCS Quang Trung - Kế hoạch kiểm tra học kỳ I"), "http://127.0.0.1/news.php?id=7")
    assert record["body"].startswith("Nhà trường thông báo lịch kiểm tra học kỳ I như sau:")
    assert "Điện thoại" not in record["body"]


def test_a_headline_cell_named_as_text_over_the_text_cell() -> None:
    body = (
        "<table class='bao'><tr><td class='noidungtieude'>Kế hoạch kiểm tra cuối học kỳ I</td></tr>"
        "<tr><td><i>Đăng ngày 02/12/2026</i></td></tr>"
        f"<tr><td>{_P1}<br><br>{_P2}</td></tr></table>"
    )
    record = extract_article(_page(body, "Trường THCS Hòa Bình - Kế hoạch kiểm tra cuối học kỳ I"), "http://127.0.0.1/article12.html")
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_the_texts_box_beside_its_teasers_of_one_tag_is_no_list_entry() -> None:
    teaser = (
        "<div><p>03/12/2026</p><h2><a href='/bai/{n}'>Bài viết khác số {n} của nhà trường trong tháng</a></h2>"
        "<p>Tóm tắt ngắn của bài viết khác...</p></div>"
    )
    body = (
        f"<main><div><h1>{_TITLE}</h1><p>Ban biên tập • 05/12/2026</p>"
        f"<div><p>{_P1}</p><p>{_P2}</p><p>Kết quả các năm trước đã được đăng tại <a href='/bai/9'>Hội thi năm 2025</a> của trường.</p></div>"
        f"<h3>Bài viết khác</h3>{teaser.format(n=1)}{teaser.format(n=2)}{teaser.format(n=3)}</div></main>"
    )
    assert plan_page(parse(_page(body, _TITLE), _URL, None)).kind == "article"


def test_a_category_printed_as_its_slug_takes_the_menus_name() -> None:
    body = (
        "<nav><a href='/'>Trang chủ</a> <a href='/chuyen-muc/doan-thanh-nien/'>Đoàn thanh niên</a></nav>"
        f"<article><h1>{_TITLE}</h1><p>05/12/2026</p><a class='pill' href='/chuyen-muc/doan-thanh-nien/'>doan-thanh-nien</a>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["category"] == "Đoàn thanh niên"
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_hidden_rest_inside_the_text_opened_by_a_wrapped_button() -> None:
    rest = "Buổi lễ khép lại với màn đồng diễn của toàn trường và lời cảm ơn của Ban đại diện cha mẹ học sinh nhà trường."
    body = (
        f"<article><h1>{_TITLE}</h1><p>05/12/2026</p><div class='chi-tiet'><p>{_P1}</p><p>{_P2}</p>"
        f"<section class='phan-an' style='display: none'><p>{rest}</p></section>"
        "<div class='mo-rong'><button type='button'>Đọc tiếp</button></div></div></article>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}\n\n{rest}"


def test_a_badge_word_opening_the_headline() -> None:
    body = f"<article><h1><b class='nhan'>Hot</b> {_TITLE}</h1><p>05/12/2026</p><p>{_P1}</p><p>{_P2}</p></article>"
    assert extract_article(_page(body, _TITLE), _URL)["title"] == _TITLE


def test_a_day_tile_between_the_featured_photo_and_the_headline() -> None:
    assert is_day_badge("27Th11")
    body = (
        "<article class='bai'><div class='anh-dai-dien'><img src='/anh/bia.jpg' width='900' height='600'></div>"
        "<div class='ngay-thang'><span>27</span><span>Th11</span></div>"
        f"<div class='than-bai'><h2 class='tieu-de'>{_TITLE}</h2><p>Ngày 27/11/2026</p>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div></article>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["images"] == [{"url": "http://127.0.0.1/anh/bia.jpg", "caption": None}]


def test_a_named_box_in_a_narrow_side_column_loses_to_the_text() -> None:
    side = "<div class='module'><div class='module-content'><h3>Thông báo</h3><p>Lịch nghỉ Tết Dương lịch.</p></div></div>"
    body = (
        f"<div class='row'><div class='col-lg-9'><h1>{_TITLE}</h1><p>05/12/2026</p>"
        f"<div><p>{_P1}</p><p>{_P2}</p></div></div><div class='col-lg-3'>{side * 3}</div></div>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}"


def test_bootstraps_text_colours_name_no_text() -> None:
    assert "content" not in families("text-secondary")
    assert "content" not in families("text-truncate-inline")
    assert "content" in families("text")


def test_a_document_librarys_file_address() -> None:
    assert is_attachment("http://127.0.0.1/documents/20143/31200/ke-hoach.pdf/6b1c2d3e-4f50-4a61-8b72-9c83d94ea5b6?t=1764000000000")
    assert not is_attachment("http://127.0.0.1/web/truong/tin-tuc/-/blogs/ke-hoach")


def test_an_editors_page_break_marker_is_no_text() -> None:
    body = f"<article><h1>{_TITLE}</h1><p>05/12/2026</p><div class='nd'><p>{_P1}</p><p>_ueditor_page_break_tag_</p><p>{_P2}</p></div></article>"
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}"


def test_the_bodys_own_classes_make_no_banner_of_a_cover_headline() -> None:
    html = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title></head>'
        "<body class='header-fixed sticky-footer'><div id='page'>"
        f"<section class='cover overlay'><div><h1>{_TITLE}</h1></div></section></div></body></html>"
    )
    headline = parse(html.encode(), _URL, None).tree.find(".//h1")
    assert not _in_banner(headline)


def test_the_hidden_panes_of_the_articles_own_tabs() -> None:
    html = (
        f"<html><body><div class='bai'><h2>{_TITLE}</h2>"
        "<ul class='nav nav-tabs'><li><a href='#nd' data-toggle='tab'>Nội dung</a></li><li><a href='#tep' data-toggle='tab'>Tệp đính kèm</a></li></ul>"
        f"<div class='tab-content'><div class='tab-pane active' id='nd'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='tab-pane' id='tep'><p>Không có tệp đính kèm.</p></div></div></div></body></html>"
    )
    box = parse(html.encode(), _URL, None).tree.find(".//div")
    assert [b.get("text") for b in linearize([box], _URL)] == [_TITLE, _P1, _P2]


def test_an_events_labelled_day_is_not_the_posts() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='truong-tuy-bien'>Thời gian tổ chức: 02/12/2026</div>"
        f"<div class='meta'><span>Thứ Sáu, 04/12/2026</span></div><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["published_at"] == "2026-12-04"


def test_the_one_day_shown_is_an_edits_over_an_earlier_published_stamp() -> None:
    html = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title>'
        '<meta property="article:published_time" content="2026-11-20T09:15:00+07:00"></head><body>'
        f"<article><h1>{_TITLE}</h1><div class='post-meta'><span>Bởi quantri</span> <span class='ngay'>Cập nhật <b>27/11/2026</b></span></div>"
        f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article></body></html>"
    )
    assert extract_article(html.encode(), _URL)["published_at"] == "2026-11-20T09:15:00+07:00"


def test_a_new_badges_picture() -> None:
    assert is_decoration(lxml.html.fromstring("<img src='/images/new.gif' alt='Mới'>"))
    assert not is_decoration(lxml.html.fromstring("<img src='/upload/2026/tin-moi-ve-hoi-thi.jpg'>"))


def test_a_schools_body_of_its_members_signs() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p>05/12/2026</p>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p><p style='text-align:right'><b>Công đoàn giáo viên</b></p></div></article>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["authors"] == ["Công đoàn giáo viên"]


def test_a_themes_table_of_contents_by_its_name() -> None:
    toc = (
        "<div class='ruby-table-contents is-numbered'><div class='toc-header'><span class='h3'>Mục lục</span></div>"
        "<div class='toc-content h5'><div class='toc-item'><a href='#p1'><span>1.</span> Phần một</a></div>"
        "<div class='toc-item'><a href='#p2'><span>2.</span> Phần hai</a></div></div></div>"
    )
    body = f"<article><h1>{_TITLE}</h1><p>05/12/2026</p><div class='noi-dung'>{toc}<p>{_P1}</p><p>{_P2}</p></div></article>"
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}"


def test_the_fields_under_a_headline_that_a_lead_photo_precedes() -> None:
    body = (
        "<div class='item'><figure class='anh-lon'><img src='/anh/bia.jpg' width='800' height='500'></figure>"
        f"<h2 class='tieu-de'>{_TITLE}</h2><p>05/12/2026</p>"
        "<ul class='truong'><li><span>Người viết: </span><span>Cô Lê Thị Hoa</span></li><li><span>Ảnh: </span><span>Thầy Đỗ Văn Nam</span></li></ul>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert (record["authors"], record["photographers"]) == (["Lê Thị Hoa"], ["Đỗ Văn Nam"])


def test_a_section_heading_the_menu_links_over_a_post_whose_query_carries_its_slug() -> None:
    url = "http://127.0.0.1/index.php?mod=news_detail&id=88&title=hoi-thi-giai-dieu-tuoi-hong-nam-hoc-2026-2027"
    body = (
        "<div class='menu'><a href='/?mod=news&cat=2'>Hoạt động Đoàn - Đội</a> <a href='/?mod=news&cat=3'>Tin tức</a></div>"
        "<h1 class='ten-muc'>Hoạt động Đoàn - Đội</h1>"
        f"<div class='tde_ct'>{_TITLE}</div><div class='ngay'>05/12/2026</div><div class='nd_ct'><p>{_P1}</p><p>{_P2}</p></div>"
    )
    assert extract_article(_page(body, "Trường THCS X :: Hoạt động Đoàn - Đội"), url)["title"] == _TITLE


def test_the_breadcrumbs_row_beside_the_posts_row_is_no_list() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>x</title></head><body><table><tr><td class='duong-dan'><a href='/'>Trang chủ</a> » "
        "<a href='/ds.asp?cat=2'>Tin tức - Sự kiện nhà trường</a></td></tr>"
        f"<tr><td><table class='khung'><tr><td class='tieude'><b>{_TITLE}</b></td></tr><tr><td>Ngày đăng: 05/12/2026</td></tr>"
        f"<tr><td><p>{_P1}</p><p>{_P2}</p></td></tr>"
        "<tr><td><b>Các tin khác:</b><br><a href='/tin.asp?id=80'>Hội nghị cán bộ viên chức năm học 2026 - 2027</a><br>"
        "<a href='/tin.asp?id=79'>Tập huấn chuyên môn cho giáo viên tiểu học</a></td></tr></table></td></tr></table></body></html>"
    )
    assert plan_page(parse(html.encode(), "http://127.0.0.1/tin.asp?id=81", None)).kind == "article"


def test_an_arrows_picture_by_its_vietnamese_name() -> None:
    assert is_decoration(lxml.html.fromstring("<img src='/images/muiten.gif'>"))


def test_the_publications_label_after_the_edits_in_one_line() -> None:
    body = (
        f"<table><tr><td><span class='tieude'>{_TITLE}</span></td></tr><tr><td class='ngay'>Ngày cập nhật: 05/12/2026 08:20 "
        "&nbsp;|&nbsp; Ngày đăng: 03/12/2026 17:05 &nbsp;|&nbsp; Lượt xem: 12</td></tr>"
        f"<tr><td class='nd'><p>{_P1}</p><p>{_P2}</p></td></tr></table>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["published_at"] == "2026-12-03T17:05:00+07:00"


def test_a_writer_then_the_photos_credit_signs() -> None:
    signed = parse_signature("Trần Thị Mai - Ảnh: Lê Văn Bình", closing=True)
    assert signed is not None and (signed.authors, signed.photographers) == (["Trần Thị Mai"], ["Lê Văn Bình"])


def test_the_publications_day_labelled_xuat_ban_is_a_date_line() -> None:
    assert is_date_line("Ngày xuất bản: Thứ ba, 01 Tháng Mười Hai 2026 07:00")


def test_joomlas_vote_box_names_no_text() -> None:
    assert "content" not in families("content_rating")
