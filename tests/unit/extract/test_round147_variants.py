"""Markup shapes of rounds 147 onwards' blind portals, written again in other words and classes:
each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.core.text import fold
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-2026"


def test_a_grid_column_wider_than_its_row_is_the_main_column_whatever_its_side() -> None:
    from crawler.core.vocab import main_column, role_families

    row = lxml_html.fromstring(
        "<div class='row'><div class='col-md-9 cot-trai'><h2>x</h2></div><div class='col-md-3 cot-phai'>y</div></div>"
    )
    left, right = row[0], row[1]
    assert main_column(left, role_families(left)[0])
    assert not main_column(right, role_families(right)[0])


def test_a_page_title_that_is_the_institutions_name_hints_no_heading_holding_it() -> None:
    from crawler.extract.content import _site_name_hint

    assert _site_name_hint(fold("Trường Chính trị tỉnh Kiên Giang"), set())
    assert _site_name_hint(fold("Sở Giáo dục và Đào tạo"), set())
    # (a post's own title, a sentence, hints its headline)
    assert not _site_name_hint(fold("Trường Chính trị tỉnh Kiên Giang khai giảng lớp Trung cấp lý luận chính trị khóa 45"), set())
    assert not _site_name_hint(fold("Hội thi giáo viên dạy giỏi cấp trường năm 2026"), set())


def test_a_jsf_resource_is_a_theme_asset() -> None:
    from crawler.core.urls import is_theme_asset

    assert is_theme_asset("javax.faces.resource/images/pdf.gif.xhtml?ln=tinh")
    assert is_theme_asset("http://127.0.0.1/portal/jakarta.faces.resource/img/word.png.xhtml")
    assert not is_theme_asset("http://127.0.0.1/portal/upload/tin/2026/11/hoi-thi.jpg")


def test_a_date_tile_over_the_lead_photo_is_no_caption() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='entry-image'><a href='/hoi-thi/'><img src='/uploads/2026/11/hoi-thi-1020x680.jpg'></a>"
        "<div class='badge post-date'><div class='badge-inner'><span class='ngay'>21</span><br><span class='thang'>Th11</span></div></div></div>"
        f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert [im["caption"] for im in record["images"]] == [None]
    assert "Th11" not in record["body"]


def test_a_caption_box_inside_the_photos_lightbox_link_is_its_caption() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='entry-content'><p>{_P1}</p>"
        "<div class='img'><a class='lightbox' href='/uploads/2026/11/tiet-muc.jpg'><img src='/uploads/2026/11/tiet-muc-1024x683.jpg' alt='IMG_0412'>"
        "<div class='caption'>Tiết mục múa của học sinh lớp 7A2</div></a></div>"
        f"<p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert [im["caption"] for im in record["images"]] == ["Tiết mục múa của học sinh lớp 7A2"]


def test_a_cut_excerpt_over_the_writers_lines_is_no_lead() -> None:
    body = (
        f"<h1>{_TITLE}</h1><div class='mo-ta'><p>{_P1[:120]}...</p></div>"
        f"<div class='noi-dung'><p style='text-align:right'><strong>ThS. Lê Văn Bình</strong><br><em>Giảng viên Khoa Nhà nước và pháp luật</em></p>"
        f"<p>{_P1}</p><p>{_P2}</p></div>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["summary"] is None
    assert record["body"].startswith(_P1[:60])


def test_a_data_tables_header_row_naming_authors_is_a_row() -> None:
    from crawler.clean.steps import join_field_lines

    rows = [
        {"kind": "text", "text": "Tác giả | Số bài", "table_row": True},
        {"kind": "text", "text": "Khoa Lý luận cơ sở | 6", "table_row": True},
        {"kind": "text", "text": "Khoa Xây dựng Đảng | 4", "table_row": True},
    ]
    assert [r["text"] for r in join_field_lines(rows)] == ["Tác giả | Số bài", "Khoa Lý luận cơ sở | 6", "Khoa Xây dựng Đảng | 4"]
    fields = [
        {"kind": "text", "text": "Tác giả | Nguyễn Văn An", "table_row": True},
        {"kind": "text", "text": "Nguồn | Báo Kiên Giang", "table_row": True},
    ]
    assert join_field_lines(fields)[0]["text"] == "Tác giả: Nguyễn Văn An"


def test_a_latest_documents_box_in_the_texts_box_is_no_text() -> None:
    body = (
        f"<h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p><p style='text-align:right'><b>Tin: Minh Anh</b></p>"
        "<div class='hop-vb'><div class='tde'>Văn bản mới</div><ul><li><a href='/vb/1'>Công văn số 215/PGDĐT về việc kiểm tra cuối kỳ</a> (02/12/2026)</li>"
        "<li><a href='/vb/2'>Quyết định số 98/QĐ-PGDĐT công nhận giáo viên dạy giỏi</a> (25/11/2026)</li></ul></div></div>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["authors"] == ["Minh Anh"]
    assert "Công văn" not in record["body"]


def test_an_album_of_nukeviets_photos_module_is_no_article() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    photos = "".join(f"<div class='anh'><a href='/uploads/photos/2026/11/hoi-thi-{n}.jpg'><img src='/uploads/photos/2026/11/thumb/hoi-thi-{n}.jpg' alt=''></a></div>" for n in range(1, 7))
    body = (
        "<div class='breadcrumbs'><a href='/'>Trang nhất</a> » <span>Hội thi văn nghệ chào mừng 20/11</span></div>"
        "<div class='album-chi-tiet'><h1>Hội thi văn nghệ chào mừng 20/11</h1>"
        f"<p class='thong-tin'>Album gồm 18 ảnh - Ngày đăng: 21/11/2026 - Lượt xem: 311</p>{photos}</div>"
    )
    plan = plan_page(parse(_page(body, "Hội thi văn nghệ chào mừng 20/11"), "http://127.0.0.1/photos/hoat-dong/hoi-thi-van-nghe-chao-mung-20-11-7/"), PageHints())
    assert plan.kind != "article"


def test_a_special_headings_subheading_under_the_headline_is_the_lead() -> None:
    lead = "Sáng 21/11/2026, Trường THCS Kim Đồng long trọng tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam và tuyên dương các thầy cô tiêu biểu."
    body = (
        f"<article class='post'><header><div class='special-heading'><h1>{_TITLE}</h1><div class='dong-phu subheading-below'><p>{lead}</p></div></div>"
        "<span class='meta'>Tháng Mười Một 21, 2026</span></header>"
        f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, f"{_TITLE} – Trường THCS Kim Đồng"), _URL)
    assert record["summary"] == lead


def test_a_cover_photo_four_boxes_above_the_headline_in_the_post_is_its_first_photo() -> None:
    body = (
        "<article class='post-entry'><div class='anh-lon'><a href='/uploads/2026/11/hoi-thi.jpg'><img src='/uploads/2026/11/hoi-thi-845x321.jpg' alt=''></a></div>"
        "<div class='meta-rong'></div><div class='khung-bai'><header class='dau-bai'><div class='tieu-de-dac-biet'>"
        f"<h1>{_TITLE}</h1></div><span class='ngay'>21/11/2026</span></header>"
        f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert [im["url"].rsplit("/", 1)[1] for im in record["images"]] == ["hoi-thi-845x321.jpg"]


def test_a_section_chip_in_its_own_box_over_the_headline_names_the_category() -> None:
    body = (
        "<ul class='menu'><li><a href='/web/truong/tin-tuc'>Tin tức - Sự kiện</a></li><li><a href='/web/truong/chuyen-mon'>Chuyên môn</a></li></ul>"
        f"<ol class='breadcrumb'><li><a href='/web/truong'>Trang chủ</a></li><li>{_TITLE}</li></ol>"
        "<div class='frag-1'><div class='nhan'><a class='label' href='/web/truong/chuyen-mon'>Chuyên môn</a></div></div>"
        f"<div class='frag-2'><h2 class='td-bai'>{_TITLE}</h2></div><div class='frag-3'><span class='ngay'>21/11/2026</span></div>"
        f"<div class='frag-4'><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/web/truong/w/hoi-thi-giai-dieu")
    assert record["category"] == "Chuyên môn"


def test_a_clips_page_of_fragments_labelled_video_is_no_article() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    body = (
        "<div class='cot'><div class='frag-1'><span class='label'>Video</span></div><div class='frag-2'><h2>Trường Kim Đồng - 40 năm xây dựng và phát triển</h2></div>"
        "<div class='frag-3'><span class='ngay'>02/10/2026</span></div>"
        "<div class='frag-4'><div class='embed'><iframe src='https://www.youtube.com/embed/abc123'></iframe></div></div>"
        "<div class='frag-5'><p>Phóng sự giới thiệu chặng đường 40 năm xây dựng và phát triển của nhà trường (1986 - 2026).</p></div></div>"
    )
    plan = plan_page(parse(_page(body, "Trường Kim Đồng - 40 năm xây dựng và phát triển"), "http://127.0.0.1/web/truong/w/kim-dong-40-nam"), PageHints())
    assert plan.kind != "article"


def test_a_container_title_naming_a_menus_section_is_no_headline() -> None:
    body = (
        "<ul class='menu'><li><a href='/Default.aspx?tabid=52'>Tin hoạt động</a></li><li><a href='/Default.aspx?tabid=53'>Đào tạo</a></li></ul>"
        "<div class='khung'><div class='tde_khung'><span id='dnn_ctr1031_dnnTITLE_lblTitle' class='Head'>Tin hoạt động</span></div>"
        "<div id='dnn_ctr1031_ContentPane'><div class='ctin'>"
        f"<span class='tde_ctin'>Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026</span><div class='ngay_ctin'>Cập nhật lúc: 21/10/2026 7:50:00 SA</div>"
        f"<div class='nd_ctin'><p>{_P1}</p><p>{_P2}</p></div></div></div></div>"
    )
    record = extract_article(_page(body, "Trường Chính trị tỉnh Hưng Yên > Tin hoạt động"), "http://127.0.0.1/Default.aspx?tabid=52&ch=7&ItemID=2849")
    assert record["title"] == "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026"


def test_a_meta_line_parted_by_bars_of_its_writer_day_section_and_views_is_a_fields_line() -> None:
    from crawler.core.lines import is_fields_line

    assert is_fields_line("Được viết bởi Biên tập viên| Thứ Hai, 09 Tháng Mười Một 2026 10:00|Đăng trong Thông báo|Lượt xem: 88")
    assert is_fields_line("Viết bởi Quản trị | 09/11/2026 | Đăng trong Tin tức | Lượt xem: 12")
    # (a table's row of names, classes and prizes is no such line)
    assert not is_fields_line("Nguyễn Văn An | 9A1 | Giải Nhất")


def test_a_page_parameter_written_as_two_path_steps_turns_one_articles_pages() -> None:
    from crawler.extract.multipage import _same_article

    first = "http://127.0.0.1/tin-tuc/articleType/ArticleView/articleId/871/Hoi-thi-giai-dieu.aspx"
    second = "http://127.0.0.1/tin-tuc/articleType/ArticleView/articleId/871/PageID/955/Hoi-thi-giai-dieu.aspx"
    assert _same_article(first, second)
    assert _same_article(second, second.replace("/955/", "/954/"))
    # (another article's page is another article)
    assert not _same_article(first, "http://127.0.0.1/tin-tuc/articleType/ArticleView/articleId/872/PageID/955/Khac.aspx")
