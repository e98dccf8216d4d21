"""Markup shapes of rounds 136 onwards' blind portals, written again in other words and classes:
each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.urls import picture_url
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/2026/12/04/giai-dieu-tuoi-hong/"


def test_a_lazy_loaders_waiting_mark_is_no_part_of_a_photos_address() -> None:
    assert picture_url("http://127.0.0.1/up/a-1024x683.jpg?is-pending-load=1") == "http://127.0.0.1/up/a-1024x683.jpg"
    assert picture_url("http://127.0.0.1/up/a.jpg?w=800&is-pending-load=1") == "http://127.0.0.1/up/a.jpg?w=800"
    assert picture_url("http://127.0.0.1/anh.php?id=5") == "http://127.0.0.1/anh.php?id=5"
    body = (
        f"<main><h1>{_TITLE}</h1><p>04/12/2026</p><div class='bai-viet'><p>{_P1}</p>"
        "<p class='anh'><img width='900' height='600' src='/wp-content/plugins/lazy/blank.gif' "
        "data-lazy-src='/up/2026/12/van-nghe-900x600.jpg?is-pending-load=1' class='lazy-hidden'></p>"
        f"<p>{_P2}</p></div></main>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert [im["url"] for im in record["images"]] == ["http://127.0.0.1/up/2026/12/van-nghe-900x600.jpg"]


def test_a_gallerys_own_caption_after_a_list_of_its_figures_is_no_photos_caption() -> None:
    # (Gutenberg before WordPress 5.9: figure.wp-block-gallery > ul > li > figure > img, then the
    # gallery's figcaption after the list: it names the whole gallery, neither the last photo nor text)
    items = "".join(
        f"<li class='gal-item'><figure><img src='/up/2026/12/anh-{n}.jpg' width='800' height='533' alt=''>{cap}</figure></li>"
        for n, cap in ((1, "<figcaption>Chi đội 8A2 biểu diễn tiết mục múa</figcaption>"), (2, ""), (3, ""))
    )
    body = (
        f"<main><h1>{_TITLE}</h1><p>04/12/2026</p><div class='bai-viet'><p>{_P1}</p>"
        f"<figure class='album'><ul class='album-grid'>{items}</ul><figcaption class='album-caption'>Một số hình ảnh tại Hội thi</figcaption></figure>"
        f"<p>{_P2}</p></div></main>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert [im["caption"] for im in record["images"]] == ["Chi đội 8A2 biểu diễn tiết mục múa", None, None]
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_cells_width_in_percent_beside_one_in_pixels_compares_nothing() -> None:
    from lxml import html as lxml_html

    from crawler.core.vocab import _widest_cell

    def cells(*widths: str) -> list:
        row = "".join(f"<td width='{w}'>x</td>" for w in widths)
        return lxml_html.fromstring(f"<table><tr>{row}</tr></table>").findall(".//td")

    assert _widest_cell(cells("740", "260")[0])
    assert _widest_cell(cells("70%", "30%")[0])
    assert _widest_cell(cells("740px", "260")[0])
    # (70 per cent against 200 pixels: no number says which is wider)
    assert not _widest_cell(cells("70%", "200")[0])
    assert not _widest_cell(cells("700", "30%")[0])


def test_a_last_edit_dated_in_words_then_the_posting_on_one_line() -> None:
    for stamp in ("Cập nhật lần cuối: 04 Tháng Mười Hai, 2026", "Sửa lần cuối: ngày 4 tháng 12 năm 2026"):
        body = (
            f"<div class='tin'><h2 class='tieude-tin'>{_TITLE}</h2>"
            f"<div class='tt-tin'>{stamp} | Ngày đăng: 02/12/2026 08:30 | Lượt xem: 215</div>"
            f"<div class='nd-tin'><p>{_P1}</p><p>{_P2}</p></div></div>"
        )
        record = extract_article(_page(body, _TITLE), _URL)
        assert record["published_at"] == "2026-12-02T08:30:00+07:00", stamp


def test_the_index_of_a_posts_own_pages_between_headline_and_text_heads_nothing() -> None:
    # (a page-break post: the index of its parts, in a box its names call a table of contents,
    # before the text; the menu names the post among its featured ones)
    from crawler.extract.document import parse
    from crawler.plan import plan_page

    url = "http://127.0.0.1/bai-viet/12-nghien-cuu/88-hoi-thao-khoa-hoc.html"
    parts = ("Nội dung tham luận của hội thảo", "Kết quả thảo luận tại hội thảo", "Kiến nghị của các đại biểu dự hội thảo", "Tất cả các trang")
    index = "".join(f"<li><a href='{url}{q}'>{t}</a></li>" for q, t in zip(("", "?start=1", "?start=2", "?showall=1"), parts, strict=True))
    body = (
        "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/bai-viet/12-nghien-cuu.html'>Nghiên cứu</a>"
        f"<ul><li><a href='{url}'>{_TITLE}</a></li></ul></li></ul>"
        f"<div class='bai'><h2 class='tieu-de'><a href='{url}'>{_TITLE}</a></h2><p class='ngay'>04/12/2026 08:00</p>"
        f"<div class='toc-box'><h4>Mục lục bài viết</h4><ul>{index}</ul></div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        "<p><a href='?start=1'>Trang sau »</a></p></div>"
    )
    plan = plan_page(parse(_page(body, _TITLE), url))
    assert (plan.kind, plan.reason) == ("article", "owned_text")


# --- round 137 --------------------------------------------------------------------------------


def test_a_master_pages_root_canonical_on_a_numbered_item_names_no_page() -> None:
    # (every page's <link rel=canonical> is the site's root, no og:url beside it: an item's page
    # by its number is no home page's other address; "/index.php/trang-chu" still is)
    body = (
        "<div id='top-site'><h1 class='ten-truong'>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NINH</h1></div>"
        f"<div class='ct-tin'><h2 class='tieu-de'>{_TITLE}</h2><p>04/12/2026 08:30</p><div class='nd'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    for url, canonical in (("http://127.0.0.1/ChiTiet.aspx?TinID=2218", None), ("http://127.0.0.1/tin/2218-giai-dieu.html", None), ("http://127.0.0.1/index.php/trang-chu", "http://127.0.0.1/"), ("http://127.0.0.1:8000/doku.php/start", "http://127.0.0.1:8000/")):
        root = url.partition("//")[0] + "//" + url.partition("//")[2].partition("/")[0] + "/"
        page = _page(body, _TITLE).replace(b"</title>", f"</title><link rel='canonical' href='{root}'>".encode())
        record = extract_article(page, url)
        assert (record["canonical_url"] == root) == (canonical is not None), url


def test_the_titles_site_kind_before_the_office_names_the_banners_heading_the_site() -> None:
    # (the <title> "Trang thông tin điện tử Sở …" on every page, the banner's h1 the office's name
    # in capitals, the headline in a span of a vendor's control)
    page = (
        "<html><head><meta charset='utf-8'><title>Trang thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bắc Ninh</title></head><body>"
        "<div id='dautrang'><span class='ngay'>Thứ Hai, 07/12/2026</span><h1 class='ten'>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NINH</h1></div>"
        "<table><tr><td class='khung-tin'>"
        f"<div class='td'><span id='ctl00_main_lblTitle'>{_TITLE}</span></div><div class='ngay-dang'>Ngày đăng: 04/12/2026 08:30</div>"
        f"<div class='nd'><p>{_P1}</p><p>{_P2}</p></div></td></tr></table></body></html>"
    ).encode()
    assert extract_article(page, "http://127.0.0.1/ChiTiet.aspx?TinID=2218")["title"] == _TITLE


def test_a_trail_in_title_case_keeps_its_spelling_beside_a_menu_set_in_capitals() -> None:
    body = (
        "<ul class='menu-top'><li><a href='/'>TRANG CHỦ</a></li><li><a href='/tin.php?cm=4'>HOẠT ĐỘNG ĐOÀN</a></li></ul>"
        "<div class='duong-dan'><a href='/'>Trang chủ</a> » <a href='/tin.php?cm=4'>Hoạt Động Đoàn</a></div>"
        f"<div class='tin'><h2 class='tieu-de'>{_TITLE}</h2><p>04/12/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert extract_article(_page(body, _TITLE), "http://127.0.0.1/tin.php?id=77")["category"] == "Hoạt Động Đoàn"


def test_a_text_printed_again_for_another_screen_size_is_read_once() -> None:
    section = "<h4>Kết quả hội thi</h4><p>Ban giám khảo trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các chi đội tham gia hội thi năm nay.</p>"
    body = (
        f"<main><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='bai'>"
        f"<div class='mod mod-1'><p>{_P1}</p></div><div class='mod mod-2 an-tren-may-tinh'>{section}</div>"
        f"<div class='mod mod-3 an-tren-dien-thoai'>{section}</div><div class='mod mod-4'><p>{_P2}</p></div></div></main>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["body"].split("\n\n") == [_P1, "Kết quả hội thi", "Ban giám khảo trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các chi đội tham gia hội thi năm nay.", _P2]


def test_a_reading_players_label_and_clock_is_no_text() -> None:
    from crawler.core.lines import is_tool_line

    assert is_tool_line("Nghe bài viết 0:00 / 3:12")
    assert is_tool_line("Nghe đọc 00:00:00 / 00:04:05")
    assert not is_tool_line("Ca sáng 07:30 / 11:00")
    body = (
        f"<main><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='doc-bai'><button>▶</button> <span>Nghe bài viết</span> "
        f"<span>0:00</span> / <span>3:12</span></div><div class='bai'><p>{_P1}</p><p>{_P2}</p></div></main>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}"


def test_an_uploads_thumbnail_under_assets_is_the_same_photo() -> None:
    body = (
        f"<main><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='bai'>"
        "<div class='anh-dai-dien'><img src='/assets/tin-tuc/2026_12/van-nghe.jpg' width='160'></div>"
        f"<p>{_P1}</p><p><img src='/uploads/tin-tuc/2026_12/van-nghe.jpg' width='800'></p><p><em>Tiết mục múa của chi đội 8A2</em></p><p>{_P2}</p></div></main>"
    )
    images = extract_article(_page(body, _TITLE), _URL)["images"]
    assert [im["url"] for im in images] == ["http://127.0.0.1/uploads/tin-tuc/2026_12/van-nghe.jpg"]


def test_a_schools_professional_section_signs_alone() -> None:
    from crawler.core.bylines import looks_like_bare_name

    assert looks_like_bare_name("Bộ phận chuyên môn")
    assert looks_like_bare_name("Tổ chuyên môn")
    body = (
        f"<main><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='bai'><p>{_P1}</p><p>{_P2}</p>"
        "<p style='text-align:right'><strong>Ban chuyên môn</strong></p></div></main>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert (record["authors"], record["body"]) == (["Ban chuyên môn"], f"{_P1}\n\n{_P2}")


# --- round 138 --------------------------------------------------------------------------------


def test_a_stamp_hidden_for_search_engines_in_the_meta_line_dates_nothing() -> None:
    body = (
        f"<article><h2 class='tieu-de-bai'>{_TITLE}</h2><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='thong-tin-bai'>Đăng bởi <a href='/tac-gia/bientap/'>bientap</a> | "
        "<span class='updated rich-snippet-hidden'>2026-12-06T09:15:00+07:00</span><span>04/12/2026</span> | "
        "Chuyên mục: <a href='/chuyen-muc/tin-tuc/'>Tin tức</a></div></article>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["published_at"] == "2026-12-04"


def test_a_listing_entrys_hidden_stamp_dates_no_entry() -> None:
    from crawler.extract.document import parse
    from crawler.plan import plan_page

    entries = "".join(
        f"<div class='bai-item'><h3><a href='/2026/12/0{n}/bai-so-{n}/'>Hoạt động ngoại khóa số {n} của học sinh toàn trường</a></h3>"
        f"<p class='meta'><span class='rich-snippet-hidden'>2026-12-06T09:1{n}:00+07:00</span><span>0{n}/12/2026</span></p></div>"
        for n in range(1, 5)
    )
    plan = plan_page(parse(_page(f"<main><h1>Tin tức</h1><div class='ds-bai'>{entries}</div></main>", "Tin tức"), "http://127.0.0.1/chuyen-muc/tin-tuc/"))
    assert [lk.date for lk in plan.entries] == ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]


def test_a_toggles_title_linking_its_own_panel_is_a_heading_of_the_text() -> None:
    # (Bootstrap 3's accordion: the title a link to its own panel, "data-toggle=collapse")
    p3 = "Hội thi nhằm tạo sân chơi bổ ích, giúp học sinh phát huy năng khiếu văn nghệ và tinh thần đoàn kết giữa các chi đội."
    p4 = "Mỗi chi đội tham gia ít nhất một tiết mục, thời lượng không quá tám phút, nội dung ca ngợi thầy cô và mái trường."
    panels = "".join(
        f"<div class='khoi-mo'><div class='khoi-tieu-de'><h4><a data-toggle='collapse' href='#p{n}' aria-expanded='false'>{head}</a></h4></div>"
        f"<div id='p{n}' class='collapse'><p>{text}</p></div></div>"
        for n, head, text in ((1, "I. Mục đích", p3), (2, "II. Yêu cầu", p4))
    )
    body = f"<main><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='bai'><p>{_P1}</p><p>{_P2}</p>{panels}</div></main>"
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}\n\nI. Mục đích\n\n{p3}\n\nII. Yêu cầu\n\n{p4}"


def test_a_related_lists_words_opening_a_pointer_line_make_it_no_text() -> None:
    body = (
        f"<main><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='bai'><p>{_P1}</p><p>{_P2}</p>"
        "<p>Tin liên quan đến hội thi xem tại chuyên mục <a href='/chuyen-muc/doi/'>Hoạt động Đội</a>.</p>"
        "<p>Tham khảo thêm bài viết của Liên đội:</p><blockquote class='embed'><a href='/bai-khac/'>Liên hoan văn nghệ</a></blockquote></div></main>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}"


def test_a_cover_repeated_in_the_text_takes_the_lightbox_caption_of_its_copy() -> None:
    body = (
        "<article><div class='anh-bia'><img src='/up/2026/12/van-nghe.jpg' width='1200' height='800'></div>"
        f"<h2 class='tieu-de'>{_TITLE}</h2><p class='ngay'>04/12/2026</p><div class='bai'><p>{_P1}</p>"
        "<div class='khung-anh'><a href='/up/2026/12/van-nghe.jpg' class='lightbox' data-caption='Tiết mục múa của chi đội 8A2'>"
        "<img src='/up/2026/12/van-nghe.jpg' width='1024' height='683'></a><p class='chu-thich'>Tiết mục múa của chi đội 8A2</p></div>"
        f"<p>{_P2}</p></div></article>"
    )
    images = extract_article(_page(body, _TITLE), _URL)["images"]
    assert [(im["url"], im["caption"]) for im in images] == [("http://127.0.0.1/up/2026/12/van-nghe.jpg", "Tiết mục múa của chi đội 8A2")]


def test_an_offices_abbreviated_field_after_và_stays_in_its_name() -> None:
    from crawler.core.bylines import parse_byline

    assert parse_byline("Tác giả: Phòng Khảo thí và KĐCLGD").authors == ["Phòng Khảo thí và KĐCLGD"]  # type: ignore[union-attr]
    assert parse_byline("Tin: Lan Anh và Minh Thư").authors == ["Lan Anh", "Minh Thư"]  # type: ignore[union-attr]


def test_a_photo_over_the_posts_fields_and_headline_is_the_lead_photo() -> None:
    body = (
        "<div class='noi-dung-chinh'><div class='chi-tiet'><div class='hinh-dai-dien'><img class='caption' title='Tiết dạy minh họa lớp 4A' "
        "src='/images/tin/2026/12/tiet-day.jpg' alt='tiet-day'></div><div class='phan-dau'>"
        "<dl class='thong-tin'><dd>Quản trị</dd><dd><a href='/chuyen-mon'>Chuyên môn</a></dd><dd>Thứ Sáu, 04/12/2026 08:30</dd><dd>Lượt xem: 12</dd></dl>"
        f"<h2>{_TITLE}</h2></div><div class='noi-dung-bai'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    images = extract_article(_page(body, _TITLE), "http://127.0.0.1/chuyen-mon/111-tiet-day")["images"]
    assert [im["url"] for im in images] == ["http://127.0.0.1/images/tin/2026/12/tiet-day.jpg"]


def test_the_bodys_classes_name_no_menu_around_the_posts_category_box() -> None:
    page = (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}</title></head><body class='trang-bai offcanvas-menu-ready'>"
        f"<article><h2>{_TITLE}</h2><div class='thong-tin'><span class='category-name'><a href='/doan-doi'>Đoàn - Đội</a></span> 04/12/2026</div>"
        f"<div class='bai'><p>{_P1}</p><p>{_P2}</p></div></article></body></html>"
    ).encode()
    assert extract_article(page, "http://127.0.0.1/component/content/article/58-giai-dieu?catid=8")["category"] == "Đoàn - Đội"


def test_a_rating_of_star_pictures_and_its_count_is_neither_photo_nor_text() -> None:
    # (a box its names do not call a rating's, inside the text: its pictures and its line are
    # judged on their own)
    from lxml import html as lxml_html

    from crawler.core.lines import is_tool_line
    from crawler.extract.blocks import is_decoration

    for src in ("images/star_on.gif", "/portal/images/star-off.png", "/img/star2.gif", "/img/rating_bg.png"):
        assert is_decoration(lxml_html.fromstring(f"<img src='{src}' alt=''>")), src
    assert not is_decoration(lxml_html.fromstring("<img src='/upload/2026/12/starlight-dem-hoi.jpg' alt=''>"))
    assert is_tool_line("Đánh giá bài viết: (14 lượt đánh giá)")
    assert is_tool_line("Bình chọn: 9 lượt bình chọn")


# --- round 139 --------------------------------------------------------------------------------


def test_a_joomla_25_cloaked_address_shows_as_its_script_writes_it() -> None:
    # (Joomla 1.5/2.5: a script assembling the address in pieces and writing it, then a hidden span
    # around the notice for readers without scripts, opened and closed by two more scripts)
    cloak = (
        "<script type='text/javascript'>\n <!--\n var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n var path = 'hr' + 'ef' + '=';\n"
        " var addy40127 = 'v&#97;np&#104;ong' + '&#64;';\n addy40127 = addy40127 + 'thcs-lel&#111;i' + '&#46;' + 'edu' + '&#46;' + 'vn';\n"
        " document.write('<a ' + path + '\\'' + prefix + ':' + addy40127 + '\\'>');\n document.write(addy40127);\n document.write('<\\/a>');\n //-->\n </script>"
        "<script type='text/javascript'>\n <!--\n document.write('<span style=\\'display: none;\\'>');\n //-->\n </script>"
        "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó.\n"
        "<script type='text/javascript'>\n <!--\n document.write('</');\n document.write('span>');\n //-->\n </script>"
    )
    body = f"<main><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='bai'><p>{_P1}</p><p>Phụ huynh gửi ý kiến về địa chỉ {cloak} trước ngày 10/12.</p></div></main>"
    lines = extract_article(_page(body, _TITLE), _URL)["body"].split("\n\n")
    assert lines[-1] == "Phụ huynh gửi ý kiến về địa chỉ vanphong@thcs-leloi.edu.vn trước ngày 10/12."


def test_a_rating_label_and_its_votes_after_star_pictures_is_a_tool_line() -> None:
    from crawler.core.lines import is_tool_line

    assert is_tool_line("Đánh giá của người dùng: / 6")
    assert is_tool_line("Đánh giá bài viết: / 12")
    assert not is_tool_line("Số học sinh: / 6")


def test_a_bold_lead_under_a_tool_line_and_the_writers_lines_is_the_sapo() -> None:
    lead = "Tư tưởng “dân là gốc” là sợi chỉ đỏ xuyên suốt trong đường lối của Đảng; bài viết nêu một số kinh nghiệm vận dụng tư tưởng đó ở địa phương."
    body = (
        f"<main><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='bai'>"
        "<p>Đánh giá của người dùng: <img src='/media/rating_star.png'> / 3</p>"
        "<p style='text-align:right'><b><i>TS. Lê Văn Hòa</i></b><br><i>Giảng viên Khoa Lý luận cơ sở</i></p>"
        f"<p><strong>{lead}</strong></p><p>{_P1}</p><p>{_P2}</p></div></main>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["summary"] == lead


def test_a_kicker_in_capitals_over_the_date_line_in_the_texts_box_is_no_text() -> None:
    body = (
        f"<main><h1>{_TITLE}</h1><div class='bai'><div class='phu-de'>HƯỞNG ỨNG NGÀY NHÀ GIÁO VIỆT NAM</div>"
        f"<div class='ngay-dang'>Thứ Sáu, ngày 04/12/2026 - 08:30</div><p>{_P1}</p><p>{_P2}</p></div></main>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert (record["body"], record["published_at"]) == (f"{_P1}\n\n{_P2}", "2026-12-04T08:30:00+07:00")


def test_an_asset_publishers_view_of_a_library_file_is_never_followed() -> None:
    from crawler.navigation.urls import is_trap

    assert is_trap("http://127.0.0.1/web/pgd/thong-bao/-/asset_publisher/Ab3Cd/document/id/48213")
    assert not is_trap("http://127.0.0.1/web/pgd/thong-bao/-/asset_publisher/Ab3Cd/content/ke-hoach-hoi-thi")


# --- round 140 --------------------------------------------------------------------------------


def test_the_texts_opening_date_line_gives_the_time_of_the_meta_lines_day() -> None:
    body = (
        f"<main><h1>{_TITLE}</h1><p class='meta'>Chuyên mục: <a href='/tin'>Tin tức</a> | Ngày đăng: 04/12/2026 | Lượt xem: 88</p>"
        f"<div class='bai'><div class='ngay-gio'>Thứ Sáu, 04/12/2026 | 15:45</div><p>{_P1}</p><p>{_P2}</p></div></main>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["published_at"] == "2026-12-04T15:45:00+07:00"


def test_the_posts_labelled_fields_under_its_opening_byline_are_read_with_it() -> None:
    # (the cleaning step on the lines as the reading gives them: the writer's field opening the
    # text, the source's field under it, then the text)
    from collections import Counter

    from crawler.clean.steps import extract_bylines

    def line(text: str) -> dict:
        return {"kind": "text", "text": text, "italic": False, "bold": False, "align": None, "caption_hint": False, "heading": False, "link_ratio": 0.0}

    record = {"blocks": [line("Người viết: Minh Khôi"), line("Nguồn tin: Báo Bắc Ninh"), line(_P1), line(_P2)], "images": []}
    record = extract_bylines(record, Counter())
    assert (record["authors"], record["source"], [b["text"] for b in record["blocks"]]) == (["Minh Khôi"], "Báo Bắc Ninh", [_P1, _P2])


def test_a_photos_description_box_is_its_caption() -> None:
    from lxml import html as lxml_html

    from crawler.core.vocab import element_families

    for cls in ("mota-anh", "ctt-mota-anh", "mo-ta-hinh", "motahinhanh"):
        assert "caption" in element_families(lxml_html.fromstring(f"<p class='{cls}'>x</p>")), cls


def test_a_gallerys_credit_line_names_its_photographer() -> None:
    items = "".join(f"<li><figure><img src='/up/2026/12/anh-{n}.jpg' width='800' height='533' alt=''></figure></li>" for n in (1, 2))
    body = (
        f"<main><h1>{_TITLE}</h1><p>04/12/2026</p><div class='bai'><p>{_P1}</p>"
        f"<figure class='album'><ul>{items}</ul><figcaption>Ảnh: Đoàn Minh Khoa</figcaption></figure><p>{_P2}</p></div></main>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert (record["photographers"], record["body"]) == (["Đoàn Minh Khoa"], f"{_P1}\n\n{_P2}")


def test_an_attachments_plain_file_icon_is_no_photo() -> None:
    from lxml import html as lxml_html

    from crawler.extract.blocks import is_decoration

    for src in ("/DesktopModules/Bai/images/file.gif", "/images/attachment.png", "/icons2/tep-dinh-kem.png"):
        assert is_decoration(lxml_html.fromstring(f"<img src='{src}'>")), src
    assert not is_decoration(lxml_html.fromstring("<img src='/upload/2026/12/file-hoi-nghi.jpg'>"))


def test_a_multipart_form_is_posted_back_urlencoded() -> None:
    from parsel import Selector

    from crawler.spiders.portal import _form_request

    page = Selector(text=(
        "<html><body><form method='post' action='/tin-tuc.aspx' enctype='multipart/form-data'>"
        "<input type='hidden' name='__VIEWSTATE' value='abc'><input type='hidden' name='__EVENTTARGET' value=''>"
        "</form></body></html>"
    ), base_url="http://127.0.0.1/tin-tuc.aspx")
    request = _form_request(page.xpath("//form")[0], {"__EVENTTARGET": "dnn$ctr421$lnkNext"})
    assert request.method == "POST" and b"__EVENTTARGET=dnn%24ctr421%24lnkNext" in request.body
