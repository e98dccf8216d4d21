"""Markup shapes of rounds 128 to 130's blind portals, written again in other words and classes:
each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.bylines import parse_byline
from crawler.core.lines import is_related_heading
from crawler.core.urls import clean_url, is_theme_asset
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.links import extract_links
from crawler.plan import plan_page
from tests.unit.extract.test_round117_variants import _P1, _P2, _page

_TITLE = "Hội nghị tổng kết phong trào thi đua năm học 2025 - 2026"


def test_a_link_whose_ampersands_were_escaped_twice_is_the_same_page() -> None:
    assert clean_url("http://127.0.0.1/tin.php?mod=baiviet&amp;act=xem&amp;ma=17") == "http://127.0.0.1/tin.php?mod=baiviet&act=xem&ma=17"
    assert clean_url("http://127.0.0.1/tin.php?mod=baiviet&amp;amp;ma=17") == "http://127.0.0.1/tin.php?mod=baiviet&ma=17"
    assert clean_url("http://127.0.0.1/tin.php?mod=baiviet&ma=17") == "http://127.0.0.1/tin.php?mod=baiviet&ma=17"


def test_an_empty_page_number_is_no_page() -> None:
    assert clean_url("http://127.0.0.1/tin-tuc/12-hoi-thi?page=") == "http://127.0.0.1/tin-tuc/12-hoi-thi"
    assert clean_url("http://127.0.0.1/tin-tuc/12-hoi-thi?showall=1&limitstart=") == "http://127.0.0.1/tin-tuc/12-hoi-thi?showall=1"
    assert clean_url("http://127.0.0.1/tin-tuc?page=2") == "http://127.0.0.1/tin-tuc?page=2"


def test_a_caption_row_over_the_photo_in_a_two_row_table() -> None:
    body = (
        f"<div class='baiviet'><h2>{_TITLE}</h2><p>Ngày 30/11/2026</p><div class='nd'><p>{_P1}</p>"
        "<table align='center' width='500'><tr><td align='center'><span style='font-style: italic'>Đại biểu trao giấy khen cho các chi đội</span></td></tr>"
        "<tr><td><img src='/uploads/2026/11/trao-giay-khen.jpg' width='500'></td></tr></table>"
        f"<p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin/512")
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in record["images"]] == [("trao-giay-khen.jpg", "Đại biểu trao giấy khen cho các chi đội")]


def test_a_repost_notice_under_the_text_is_no_text_and_the_byline_over_it_is_read() -> None:
    body = (
        f"<div class='detail'><h1>{_TITLE}</h1><span>Thứ hai - 30/11/2026 08:15</span><div class='bodytext'><p>{_P1}</p><p>{_P2}</p></div>"
        "<p style='text-align:right'>Tác giả bài viết: Lò Thị Hoa</p>"
        "<div class='alert'>Chú ý: Việc đăng lại bài viết trên ở website hoặc các phương tiện truyền thông khác mà không ghi rõ nguồn http://pgd.example.vn là vi phạm bản quyền</div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/news/tin-tuc/hoi-nghi-tong-ket-phong-trao-thi-dua-2401.html")
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert record["authors"] == ["Lò Thị Hoa"]


def test_joomlas_system_icons_are_the_skins() -> None:
    assert is_theme_asset("/media/system/images/printButton.png")
    assert is_theme_asset("http://127.0.0.1/media/system/images/rating_star_blank.png")
    assert not is_theme_asset("/images/stories/2026/hoi-nghi.jpg")


def test_a_schedules_days_do_not_date_the_post() -> None:
    body = (
        f"<article class='muc'><h2>{_TITLE}</h2><p class='meta'>Đăng trong <a href='/thong-bao'>Thông báo</a></p>"
        "<p>Nhà trường thông báo lịch trực bảo vệ như sau:</p>"
        "<table border='1'><tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>"
        "<tr><td>19/10/2026</td><td>Thầy Lâm</td><td>Cô Hạnh</td></tr>"
        "<tr><td>20/10/2026</td><td>Cô Nga</td><td>Thầy Quý</td></tr>"
        "<tr><td>21/10/2026</td><td>Thầy Bình</td><td>Cô Yến</td></tr></table>"
        "<p>Các đồng chí trực đúng giờ và ghi sổ trực đầy đủ.</p></article>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/thong-bao/61-lich-truc-tet")
    assert record["published_at"] is None


def test_a_meta_sentence_of_the_writer_the_day_and_the_category() -> None:
    assert parse_byline("Được viết bởi Phòng Giáo vụ ngày 02 Tháng Mười Hai 2026. Đăng trong Tin tức").authors == ["Phòng Giáo vụ"]
    assert parse_byline("Viết bởi Trần Văn Lâm ngày 02/12/2026").authors == ["Trần Văn Lâm"]
    assert parse_byline("Đăng bởi Tổ Văn phòng trong Thông báo lúc 09:00").posters == ["Tổ Văn phòng"]
    assert parse_byline("Được viết bởi Super User ngày 02/12/2026. Đăng trong Tin tức").account


def test_a_permalink_beside_an_unlinked_headline_makes_a_list_of_whole_posts() -> None:
    post = (
        "<div class='tin-day-du'><div class='dau'><p class='ten'><span class='tieu-de'>{t}</span></p>"
        "<span class='cong-cu'><a href='/tin/{n}' title='Permalink'><i class='icon-link'></i></a></span></div>"
        "<div class='noi-dung'><p>Thứ Ba, 01/12/2026</p><p>{p1}</p><p>{p2}</p></div></div>"
    )
    body = post.format(t=_TITLE, n=71, p1=_P1, p2=_P2) + post.format(t="Hội thi kể chuyện theo sách cấp trường", n=70, p1=_P2, p2=_P1)
    url = "http://127.0.0.1/tin-tuc"
    plan = plan_page(parse(_page(body, "Tin tức - Trường THCS An Phú"), url, None))
    assert (plan.kind, plan.reason) == ("listing", "teaser_headline")
    assert {"http://127.0.0.1/tin/71", "http://127.0.0.1/tin/70"} <= {lk.url for lk in plan.article_links + plan.entries + plan.other_links}


def test_most_read_headings_head_a_related_list() -> None:
    for heading in ("Đọc nhiều nhất", "Xem nhiều nhất", "Tin đọc nhiều", "Nội dung liên quan", "Tài nguyên liên quan"):
        assert is_related_heading(heading)
    assert not is_related_heading("Đọc nhiều sách hay")


def test_an_icon_bar_opening_the_posts_box_does_not_hide_its_date_line() -> None:
    body = (
        f"<div class='khung'><div class='dau-trang'><h3 class='ten-bai'>{_TITLE}</h3></div>"
        "<div class='bai-day-du'><div class='thanh-cong-cu'><a href='/bai/71?in=1' title='In'><i class='i-print'></i><span class='sr-only'>In</span></a>"
        "<a href='/bai/71' title='Liên kết cố định'><i class='i-link'></i></a></div>"
        f"<div class='ngay'>Thứ Hai, 30/11/2026 9:10 SA</div><div class='noidung'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/bai/71")
    assert record["published_at"] == "2026-11-30T09:10:00+07:00"


def test_microdata_alone_is_no_witness_that_the_clock_is_utc() -> None:
    body = (
        f"<div class='article'><h1 itemprop='headline'>{_TITLE}</h1><div class='info'>"
        "<time datetime='2026-11-20T21:30:00+00:00' itemprop='datePublished'>Ngày đăng: 20 Tháng 11 2026 21:30</time></div>"
        f"<div itemprop='articleBody'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/88-hoi-nghi-tong-ket.html")
    assert record["published_at"] == "2026-11-20T21:30:00+07:00"


def test_a_module_loaded_into_the_text_is_no_text() -> None:
    body = (
        f"<div class='item-page'><h2>{_TITLE}</h2><p>Ngày 30/11/2026</p><div class='art-body'><p>{_P1}</p>"
        "<div class='moduletable_vanban'><h3>Văn bản chỉ đạo của Sở</h3><ul class='mod-list'><li><a href='/vb/1'>Kế hoạch năm học 2026 - 2027</a> <span>12/11/2026</span></li>"
        "<li><a href='/vb/2'>Quy chế chi tiêu nội bộ năm 2027</a> <span>14/11/2026</span></li></ul></div>"
        f"<p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/90-hoi-nghi.html")
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_category_link_its_box_labels_in_a_tooltip() -> None:
    body = (
        f"<div class='post'><h1>{_TITLE}</h1><div class='post-info'>"
        "<span class='cat' title='Chuyên mục: Công tác Đoàn - Đội'><i class='fa fa-folder'></i> <a href='/doan-doi.html'>Công tác Đoàn - Đội</a></span>"
        f" <span>30/11/2026</span></div><div class='post-body'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/index.php?option=com_content&view=article&id=90&Itemid=101")
    assert record["category"] == "Công tác Đoàn - Đội"


def test_a_side_box_under_a_widget_heading_leaves_the_main_list_its_entries() -> None:
    titles = [
        "Hội nghị tổng kết phong trào thi đua năm học 2025 - 2026",
        "Hội thi kể chuyện theo sách cấp trường năm 2026",
        "Lễ kết nạp đội viên mới đợt hai năm học 2026 - 2027",
    ]
    side = "".join(f"<tr><td class='muc'><a href='?m=tin&x=xem&ma={i}'>{t}</a></td></tr>" for i, t in enumerate(titles))
    main = "".join(
        f"<tr><td width='120'><a href='?m=tin&x=xem&ma={i}'><img src='/anh/{i}.jpg' width='110'></a></td>"
        f"<td><a class='tieu' href='?m=tin&x=xem&ma={i}'><b>{t}</b></a> <span>(0{i + 1}/12/2026)</span>"
        f"<div>{_P1[:90]}...</div><a href='?m=tin&x=xem&ma={i}'>Chi tiết »</a></td></tr>"
        for i, t in enumerate(titles)
    )
    body = (
        "<table width='980'><tr><td width='200' valign='top'><table class='o1'><tr><td class='o2'>TIN XEM NHIỀU</td></tr>"
        f"{side}</table></td><td valign='top'><table><tr><td class='ten_muc'>TIN TỨC - SỰ KIỆN</td></tr></table>"
        f"<table class='danh_sach'>{main}</table></td></tr></table>"
    )
    url = "http://127.0.0.1/index.php?m=tin&x=ds&nhom=1"
    links = extract_links(parse(_page(body, "Trường THCS Yên Hòa"), url, None).tree, url)
    # (each title kept in both places: the side box's copy, and the main list's entry after it)
    assert sum(1 for lk in links.links if lk.text == titles[0]) == 2


def test_the_menus_section_name_over_a_headline_in_a_plain_box() -> None:
    body = (
        "<ul class='menu'><li><a href='/tin/ds?nhom=1'>Tin hoạt động</a></li><li><a href='/tin/ds?nhom=2'>Thông báo mới</a></li></ul>"
        "<div class='khung-giua'><div class='hop-tieude'><h2>Tin hoạt động</h2></div>"
        f"<div class='dong-1'>{_TITLE}</div><div class='dong-2'>Ngày đăng: 30/11/2026 08:15 | Lượt xem: 120</div>"
        f"<div class='dong-3'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, "Phòng Giáo dục và Đào tạo huyện Yên Hòa"), "http://127.0.0.1/tin/chi-tiet?ma=4410")
    assert record["title"] == _TITLE


def test_a_tickers_box_is_no_text_whatever_its_names() -> None:
    import lxml.html

    from crawler.extract.content import _holds_ticker

    box = lxml.html.fromstring("<div class='journal-content-article'><marquee>Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11</marquee></div>")
    assert _holds_ticker(box)
    text = lxml.html.fromstring(f"<div class='journal-content-article'><p>{_P1}</p><marquee>Chào mừng Đại hội Đoàn trường</marquee><p>{_P2}</p></div>")
    assert not _holds_ticker(text)


def test_a_category_field_closing_the_text_and_the_signature_over_it() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày 30/11/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p>"
        "<p style='text-align:right'><strong>Hoàng Thị Lan</strong></p><p>Chuyên mục: <a href='/cm?id=3'>Tin hoạt động</a></p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/-/hoi-nghi-tong-ket-phong-trao-thi-dua")
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert record["authors"] == ["Hoàng Thị Lan"]


def test_a_templates_unrendered_reference_is_no_ones_words() -> None:
    from crawler.core.lines import is_boilerplate_line

    assert is_boilerplate_line("Người viết: $nguoiViet.getData()")
    assert is_boilerplate_line("$chuThichAnh.getData()")
    assert is_boilerplate_line("Nguồn: ${nguon}")
    assert not is_boilerplate_line("Học phí mỗi tháng là 20$ cho lớp tiếng Anh")
    assert parse_byline("Nguồn tin: $nguonTin.getData()").source is None


def test_a_bare_figure_over_the_text_is_a_view_count() -> None:
    body = (
        f"<div class='post'><h1>{_TITLE}</h1><div class='row'><div class='col-6'><span class='h5'>30/11/2026 08:15</span></div>"
        "<div class='col-6'><ul class='list-inline'><li><i class='icon-eye'></i> 2.418</li></ul></div></div>"
        f"<p>{_P1}</p><p>{_P2}</p></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin/hoi-nghi-tong-ket-phong-trao-thi-dua-77.html")
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_the_signers_post_on_the_line_over_the_name() -> None:
    body = (
        f"<div class='entry-content'><h1>{_TITLE}</h1><p>30/11/2026</p><p>{_P1}</p><p>{_P2}</p>"
        "<p style='text-align:right'><b>Tổng phụ trách Đội</b><br><b>Lê Thị Mai Anh</b></p></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/2026/11/hoi-nghi-tong-ket-phong-trao-thi-dua/")
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert record["authors"] == ["Lê Thị Mai Anh"]


def test_a_page_builders_phone_only_copy_and_a_default_picture() -> None:
    import lxml.html

    from crawler.extract.blocks import is_decoration, is_hidden

    assert is_hidden(lxml.html.fromstring("<div class='elementor-widget elementor-hidden-desktop elementor-hidden-tablet'>x</div>"))
    assert not is_hidden(lxml.html.fromstring("<div class='elementor-widget elementor-hidden-mobile'>x</div>"))
    assert is_decoration(lxml.html.fromstring("<img src='/wp-content/uploads/2026/09/hinh-mac-dinh.png'>"))
    assert not is_decoration(lxml.html.fromstring("<img src='/wp-content/uploads/2026/09/le-khai-giang.jpg'>"))


def test_a_posters_name_run_on_with_the_months_name_first() -> None:
    assert parse_byline("Đăng bởi: Lê Văn Tâm Tháng Mười Hai 2, 2026").posters == ["Lê Văn Tâm"]
    assert parse_byline("Đăng bởi: Lê Văn Tâm Tháng 12 2, 2026").posters == ["Lê Văn Tâm"]


def test_the_headline_printed_again_over_its_text_owns_it() -> None:
    body = (
        f"<div class='khung-tin'><div class='dau'><a href='/tin-tuc' title='Quay về'>«</a><h3 class='tieu-de'>{_TITLE}</h3></div>"
        f"<div class='muc'><h2><a href='/tin-tuc/-/blogs/hoi-nghi-tong-ket-phong-trao-thi-dua'>{_TITLE}</a></h2>"
        f"<div class='ngay'>08:30 30/11/2026</div><div class='than'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    url = "http://127.0.0.1/tin-tuc/-/blogs/hoi-nghi-tong-ket-phong-trao-thi-dua"
    plan = plan_page(parse(_page(body, _TITLE), url, None))
    assert plan.kind == "article"


def test_a_letterhead_only_a_printer_shows_is_no_text() -> None:
    body = (
        f"<div class='chi-tiet'><h2 class='td'>{_TITLE}</h2><p class='ngay'>30/11/2026 08:15</p>"
        "<div class='nd'><div class='visible-print-block'><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH YÊN HÒA</b><br>Số 5 đường Lê Lợi, phường Tân Phong</div>"
        f"<p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/chi-tiet/77/hoi-nghi-tong-ket")
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_php_error_printed_into_the_text_is_no_text() -> None:
    body = (
        f"<div class='chi-tiet'><h2 class='td'>{_TITLE}</h2><p class='ngay'>30/11/2026 08:15</p><div class='nd'>"
        "<div style='border:1px solid #990000'><h4>A PHP Error was encountered</h4><p>Severity: Warning</p>"
        "<p>Message: Undefined variable: hinh</p><p>Filename: views/chitiet.php</p><p>Line Number: 88</p></div>"
        f"<p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/chi-tiet/78/hoi-nghi-tong-ket")
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_an_english_weekday_abbreviated_opens_a_date_line() -> None:
    from crawler.core.lines import is_date_line

    assert is_date_line("(Wed, 04/11/2026 - 9:45 am) | Lượt xem: 215")
    assert is_date_line("Sat, 07/11/2026")
    assert not is_date_line("Sun 3 em học sinh đạt giải ngày 01/11/2026")


def test_an_empty_web_content_displays_notice_is_no_text() -> None:
    from crawler.core.lines import is_notice

    assert is_notice("Chọn một nội dung web để hiển thị trên trang này.")
    assert is_notice("Select a web content to make it visible.")
    assert not is_notice("Chọn một nội dung phù hợp để giảng dạy trên lớp là việc của giáo viên.")


def test_the_bold_line_over_a_notice_printed_as_the_document() -> None:
    body = (
        "<table><tr><td><font size='3' color='#0000CC'><b>Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</b></font></td></tr>"
        "<tr><td class='nd'><table><tr><td>PHÒNG GD&amp;ĐT YÊN HÒA<br><b>TRƯỜNG THCS YÊN HÒA</b></td>"
        "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
        "<tr><td>Số: 52/TB-THCS</td><td><i>Yên Hòa, ngày 20 tháng 11 năm 2026</i></td></tr></table>"
        "<p align='center'><b>THÔNG BÁO</b><br><b>Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</b></p>"
        f"<p>{_P1}</p><p>{_P2}</p></td></tr></table>"
        "<table class='ben'><tr><td>Thông báo mới</td></tr><tr><td><a href='/thongbao.php?id=41'>Lịch nghỉ Tết Dương lịch năm 2027 của nhà trường</a></td></tr>"
        "<tr><td><a href='/thongbao.php?id=40'>Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường</a></td></tr></table>"
    )
    record = extract_article(_page(body, "..:: TRUONG THCS YEN HOA ::.."), "http://127.0.0.1/thongbao.php?id=42")
    assert record["title"] == "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027"
