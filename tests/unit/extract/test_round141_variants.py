"""Markup shapes of rounds 141 onwards' blind portals, written again in other words and classes:
each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from lxml import html as lxml_html

from crawler.clean.steps import _one_per_picture
from crawler.core.lines import is_tool_line
from crawler.core.urls import canonicalize_url, is_site_root
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.extract.multipage import _same_article
from crawler.navigation.links import extract_links
from crawler.navigation.listing import entry_groups
from crawler.plan import _numbered_later_page, _section_headline
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_HOST = "http://127.0.0.1"


def test_a_reading_players_label_and_its_speed_are_a_tool_line() -> None:
    assert is_tool_line("Nghe đọc bài viết Tốc độ: 1.0x")
    assert is_tool_line("Nghe đọc 1.25x")
    assert not is_tool_line("Lớp 10A có 3x")
    assert not is_tool_line("Tốc độ tăng trưởng đạt 1.5x")


def test_a_share_tools_label_and_the_posts_short_address_are_a_tool_line() -> None:
    assert is_tool_line("Link rút gọn: http://127.0.0.1/?p=1588")
    assert is_tool_line("Shortlink: https://truong.edu.vn/?p=12")
    # (a school's website named in its text is text)
    assert not is_tool_line("Website: http://thcs-tranphu.edu.vn")
    assert not is_tool_line("Link rút gọn: xem cuối bài")


def test_a_sections_later_page_titled_as_its_first_is_a_listing() -> None:
    # (a hosted school site: every page of "Tin tức - Sự kiện" has the section's <title>; the menu's
    # "Tin tức" leads to the section's first page, this is its "?trang=2"; the list sits in a box
    # named as a portlet, as the side boxes are)
    entries = "".join(
        f"<div class='muc-tin'><a class='anh' href='/tin/{slug}-{n}.html'><img src='/anh/{n}.jpg' alt=''></a>"
        f"<a class='ten' href='/tin/{slug}-{n}.html'>{name}</a><span class='ngay'>0{n}/11/2026</span>"
        f"<div class='tt'>{_P1[:90]}...</div></div>"
        for n, slug, name in (
            (3, "hoi-nghi-cha-me-hoc-sinh", "Hội nghị cha mẹ học sinh khối 12 năm học 2026 - 2027"),
            (4, "kiem-tra-dau-nam", "Đoàn kiểm tra của Sở làm việc tại trường về công tác đầu năm"),
            (5, "ngay-hoi-doc-sach", "Ngày hội đọc sách của học sinh toàn trường năm 2026"),
        )
    )
    html = (
        "<html lang='vi'><head><meta charset='utf-8'><title>Tin tức - Sự kiện | Trường THPT Nguyễn Trãi - Ba Đình</title></head><body>"
        "<div class='dau-trang'><a href='/' class='logo'><img src='/logo.png' alt='Logo'></a><div class='chu'>"
        "<div class='cq'>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI</div><h1 class='ten-don-vi'>Trường THPT Nguyễn Trãi - Ba Đình</h1>"
        "<div class='khau-hieu'>Kỷ cương - Tình thương - Trách nhiệm</div></div></div>"
        "<ul class='menu-ngang'><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc/su-kien'>Tin tức</a><ul>"
        "<li><a href='/tin-tuc/su-kien'>Tin tức - Sự kiện</a></li><li><a href='/tin-tuc/doan-truong'>Hoạt động Đoàn trường</a></li></ul></li>"
        "<li><a href='/gioi-thieu'>Giới thiệu</a></li><li><a href='/lien-he'>Liên hệ</a></li></ul>"
        "<div class='duong-dan'><a href='/'>Trang chủ</a> » <a href='/tin-tuc/su-kien'>Tin tức</a> » <span>Tin tức - Sự kiện</span></div>"
        f"<div class='cot-trai'><div class='portlet khung-tin'><div class='ptl-tieude'><span>Tin tức - Sự kiện</span></div>{entries}"
        "<div class='phan-trang'><a href='?trang=1'>1</a> <b>2</b></div></div></div>"
        "</body></html>"
    )
    url = f"{_HOST}/tin-tuc/su-kien?trang=2"
    links = extract_links(parse(html.encode(), url).tree, url)
    # (the page's <title>, no heading of its own: the section's page, owning no text)
    title = "Tin tức - Sự kiện | Trường THPT Nguyễn Trãi - Ba Đình"
    assert _section_headline(title, links, frozenset({canonicalize_url(url)}), SimpleNamespace(chars_first=0), url)
    # (a post whose headline opens with the menu's word, at an address of its own, is none)
    post = f"{_HOST}/tin/ngay-hoi-doc-sach-5.html"
    links = extract_links(parse(html.encode(), post).tree, post)
    assert not _section_headline("Tin tức về Ngày hội đọc sách của học sinh toàn trường năm 2026", links, frozenset({canonicalize_url(post)}), SimpleNamespace(chars_first=900), post)
    # (an address naming its page by a state parameter is no list's later page: Oracle APEX's
    # "f?p=110:30:0::NO::P30_ID:1246" beside the menu's "f?p=110:20:0::NO::P20_CAT:4")
    assert _numbered_later_page(url)
    assert not _numbered_later_page(f"{_HOST}/ords/f?p=110:30:0::NO::P30_ID:1246")
    assert not _numbered_later_page(f"{_HOST}/tin-tuc/su-kien?page=1")


def test_a_trails_first_step_named_as_the_site_is_its_home() -> None:
    # (the trail "Trường Mầm non Sen Hồng / Tin tức / <headline>" over a post filed under a narrower
    # category of its own, the <title> closing with the site's name)
    body = (
        "<ul class='menu'><li><a href='/web/mnsenhong/tin-tuc'>Tin tức</a><ul>"
        "<li><a href='/web/mnsenhong/tin-tuc?cat=11'>Hoạt động của bé</a></li></ul></li></ul>"
        "<ul class='breadcrumb'><li><a href='/web/mnsenhong'>Trường Mầm non Sen Hồng</a></li>"
        f"<li><a href='/web/mnsenhong/tin-tuc'>Tin tức</a></li><li>{_TITLE}</li></ul>"
        f"<div class='bai'><h3 class='tieu-de'>{_TITLE}</h3><p>04/12/2026</p><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='siso'><span>Danh mục:</span> <a href='javascript:;'>Hoạt động của bé</a></div></div>"
    )
    record = extract_article(_page(body, f"{_TITLE} - Tin tức - Trường Mầm non Sen Hồng"), f"{_HOST}/web/mnsenhong/tin-tuc/-/asset_publisher/x/content/hoi-thi")
    assert record["category"] == "Hoạt động của bé"


def test_rows_with_a_class_of_blanks_are_a_lists_entries() -> None:
    rows = "".join(
        f"<tr class=' '><td><a href='/tb?id={n}'>Thông báo số {n} về lịch công tác tuần của nhà trường</a></td><td>0{n}/12/26</td></tr>"
        for n in (1, 2, 3)
    )
    tree = lxml_html.fromstring(f"<html><body><table><tbody>{rows}</tbody></table></body></html>")
    anchors = list(tree.iter("a"))
    order = {el: i for i, el in enumerate(tree.iter())}
    groups = entry_groups(anchors, [a.text_content() for a in anchors], [f"{_HOST}{a.get('href')}" for a in anchors], order)
    assert [(g.tag, len(g.entries)) for g in groups] == [("tr", 3)]


def test_liferays_list_widget_is_no_search_box() -> None:
    assert "chrome" not in families("lfr-search-container")
    assert "chrome" in families("search-box")


def test_a_liferay_sites_friendly_root_is_its_home() -> None:
    assert is_site_root(f"{_HOST}/web/mnsenhong")
    assert is_site_root(f"{_HOST}/web/guest/")
    assert not is_site_root(f"{_HOST}/web/mnsenhong/tin-tuc")
    assert not is_site_root(f"{_HOST}/webinar")


def test_a_post_under_the_sites_root_takes_no_section_from_its_logo() -> None:
    # (a notice at "/web/mnsenhong/chi-tiet?articleId=5": its parent is the site's home, the logo's
    # link there names the site, no section)
    body = (
        "<div class='logo'><a href='/web/mnsenhong'>Trường Mầm non Sen Hồng</a></div>"
        f"<div class='tb'><h2 class='tieu-de'>{_TITLE}</h2><p>04/12/2026</p><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, "Chi tiết"), f"{_HOST}/web/mnsenhong/chi-tiet?articleId=5")
    assert record["category"] != "Trường Mầm non Sen Hồng"


def test_a_portlets_namespaced_page_parameter_turns_an_articles_page() -> None:
    here = f"{_HOST}/web/s/tin-tuc/-/asset_publisher/Ab12/content/chuyen-de"
    assert _same_article(here, f"{here}?_101_INSTANCE_Ab12_page=2")
    assert _same_article(f"{here}?_101_INSTANCE_Ab12_page=2", f"{here}?_101_INSTANCE_Ab12_page=3")
    assert not _same_article(here, f"{here}?_101_INSTANCE_Ab12_redirect=2")


def test_a_credit_box_after_the_text_names_its_photographer_too() -> None:
    body = (
        f"<div class='bai'><h2 class='tieu-de'>{_TITLE}</h2><p>04/12/2026</p>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        # (a box of another content between the text and its credits: an admissions notice's)
        "<section class='portlet'><header><h3 class='portlet-title'>Tuyển sinh năm học 2027 - 2028</h3></header>"
        "<div class='portlet-content'><p>Nhà trường thông báo tuyển sinh trẻ từ 18 tháng tuổi.</p></div></section>"
        "<div class='khung-tg' style='text-align:right'><em>Tin: Hoàng Minh Ngọc - Ảnh: Vũ Thị Lan</em></div></div>"
    )
    record = extract_article(_page(body, _TITLE), f"{_HOST}/bai/58")
    assert record["authors"] == ["Hoàng Minh Ngọc"]
    assert record["photographers"] == ["Vũ Thị Lan"]


def test_a_thumbnail_folders_copy_of_a_photo_is_that_photo() -> None:
    images = [
        {"url": f"{_HOST}/Upload/TinTuc/Thumb/kiem-dinh.jpg", "caption": None},
        {"url": f"{_HOST}/Upload/TinTuc/2026/12/kiem-dinh.jpg", "caption": "Đoàn kiểm tra làm việc"},
        {"url": f"{_HOST}/Upload/TinTuc/2026/12/hoi-nghi.jpg", "caption": None},
    ]
    kept = _one_per_picture(images, Counter())
    assert [im["url"] for im in kept] == [f"{_HOST}/Upload/TinTuc/2026/12/kiem-dinh.jpg", f"{_HOST}/Upload/TinTuc/2026/12/hoi-nghi.jpg"]
    # (a thumbnail of a photo the text does not print stays)
    alone = [{"url": f"{_HOST}/Upload/TinTuc/Thumb/le-khai-giang.jpg", "caption": None}, images[2]]
    assert _one_per_picture(alone, Counter()) == alone


# --- round 142 -----------------------------------------------------------------------------------


def test_a_photo_painted_as_a_boxs_background_is_the_picture_it_stands_for() -> None:
    # (a blog's cover drawn by its style sheet, "<div class=anh-bia style='background-image:
    # url(…)'>", its caption in the box under it; a banner's painted background is no photo)
    body = (
        "<div class='dau-trang' style=\"background-image: url('/theme/nen-banner.jpg')\"><b>Trường THCS Lê Lợi</b></div>"
        f"<div class='bai'><h2 class='tieu-de'>{_TITLE}</h2><p>04/12/2026</p>"
        "<div class='khung-anh'><div class='anh-bia cover-photo' style='background-image: url(/files/bia-hoi-thi.jpg?t=1)'></div>"
        "<div class='cover-caption'><small>Toàn cảnh Hội thi tại sân trường</small></div></div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), f"{_HOST}/bai/58")
    assert [(im["url"], im["caption"]) for im in record["images"]] == [(f"{_HOST}/files/bia-hoi-thi.jpg?t=1", "Toàn cảnh Hội thi tại sân trường")]
    assert record["body"] == f"{_P1}\n\n{_P2}"
    # (a post header's cover with no caption under it, the headline over it: a backdrop)
    bare = body.replace("<div class='cover-caption'><small>Toàn cảnh Hội thi tại sân trường</small></div>", "")
    assert extract_article(_page(bare, _TITLE), f"{_HOST}/bai/58")["images"] == []


def test_a_category_filed_by_its_number_under_the_section_is_the_posts() -> None:
    # (the trail names the section, "Tin tức"; the post's "Chuyên mục:" links the section's list
    # filtered by a category's number: that category)
    body = (
        "<ul class='breadcrumb'><li><a href='/web/thcs-ll'>Trường THCS Lê Lợi</a></li>"
        f"<li><a href='/web/thcs-ll/tin-tuc'>Tin tức</a></li><li>{_TITLE}</li></ul>"
        f"<div class='bai'><h3 class='tieu-de'>{_TITLE}</h3><p>04/12/2026</p><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='the-loai'><span>Chuyên mục:</span> <a href='/web/thcs-ll/tin-tuc?p_r_p_categoryId=40217'>Đoàn - Đội</a></div></div>"
    )
    record = extract_article(_page(body, f"{_TITLE} - Trường THCS Lê Lợi"), f"{_HOST}/web/thcs-ll/tin-tuc/-/blogs/hoi-thi")
    assert record["category"] == "Đoàn - Đội"


def test_an_entrys_title_bar_and_read_more_bar_are_one_entry() -> None:
    # (each entry's headline in its top bar and "Đọc tiếp về …" in its foot, both to its one post:
    # the entries are the list, not each entry's two bars)
    entries = "".join(
        f"<div class='muc'><div class='thanh-tren'><div class='cot'><a href='/bai/{n}'><h3>{name}</h3></a></div></div>"
        f"<div class='tom-tat'><p>{_P1[:80]}…</p></div>"
        f"<div class='thanh-duoi'><div class='cot'><a href='/bai/{n}'>Đọc tiếp về {name}</a></div></div></div>"
        for n, name in ((1, "Hội thi giáo viên dạy giỏi cấp trường năm học 2026"), (2, "Thông báo lịch kiểm tra cuối học kì I năm học"), (3, "Liên đội trao tặng áo ấm cho học sinh khó khăn"))
    )
    tree = lxml_html.fromstring(f"<html><body><div class='ds-bai'>{entries}</div></body></html>")
    anchors = list(tree.iter("a"))
    order = {el: i for i, el in enumerate(tree.iter())}
    groups = entry_groups(anchors, [a.text_content() for a in anchors], [f"{_HOST}{a.get('href')}" for a in anchors], order)
    assert [(g.tag, g.parent.get("class"), len(g.entries)) for g in groups] == [("div", "ds-bai", 3)]


def test_the_company_in_a_pages_author_tag_is_no_writer() -> None:
    head = "<meta name='author' content='Công ty TNHH Giải pháp phần mềm Tân Phát'>"
    html = (
        f"<html lang='vi'><head><meta charset='utf-8'><title>{_TITLE}</title>{head}</head><body>"
        f"<h1>{_TITLE}</h1><p>04/12/2026</p><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></body></html>"
    )
    assert extract_article(html.encode(), f"{_HOST}/bai/58")["authors"] == []


def test_a_file_lists_row_closing_with_its_download_button_is_a_file_line() -> None:
    from crawler.core.lines import is_file_line

    assert is_file_line("| Kế hoạch giáo dục STEM năm học 2026-2027 | Tải về")
    assert is_file_line("Danh sách học sinh đạt giải | Tải xuống")
    assert not is_file_line("Học sinh tải về máy | Tải về nhanh")


def test_the_stamp_of_the_last_edit_after_the_published_one_is_hidden() -> None:
    # (WordPress's hAtom pair in one permalink, the second hidden by the theme's style sheet; the
    # time printed after the link is the posting's)
    body = (
        f"<article><header><h1 class='entry-title'>{_TITLE}</h1><div class='entry-meta'>Đăng ngày "
        "<a href='/bai/58' rel='bookmark'><time class='entry-date published' datetime='2026-10-22T16:20:00+07:00'>Tháng Mười 22, 2026</time>"
        "<time class='updated' datetime='2026-10-23T10:05:00+07:00'>Tháng Mười 23, 2026</time></a> lúc 4:20 chiều</div></header>"
        f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), f"{_HOST}/bai/58")
    assert record["published_at"] == "2026-10-22T16:20:00+07:00"


def test_a_schools_post_in_capitals_before_a_name_is_no_part_of_it() -> None:
    from crawler.core.bylines import bare_name

    assert bare_name("NVYT Phan Thị Kim Loan") == "Phan Thị Kim Loan"
    assert bare_name("GVCN Trần Minh Khang") == "Trần Minh Khang"


def test_a_meta_lines_filed_under_piece_names_nobody() -> None:
    # (Warp's ZOO meta line: "Viết bởi Quản trị", the day, ". Đăng trong <a>Đào tạo - Bồi dưỡng</a>")
    body = (
        f"<div class='item'><h1 class='pos-title'>{_TITLE}</h1><p class='pos-meta'>"
        "<span class='el-author'>Viết bởi Quản trị </span><span class='el-created'>vào Thứ Năm, 15 Tháng Mười 2026 10:00</span>"
        "<span class='el-cat'>. Đăng trong <a href='/tin-tuc/category/dao-tao'>Đào tạo - Bồi dưỡng</a></span></p>"
        "<div class='cong-cu'><span>Lượt xem: 539</span> <span>Cỡ chữ: <a href='#'>A-</a> <a href='#'>A+</a></span></div>"
        f"<div class='hop'><div class='pos-content'><div class='el-text'><div><p>{_P1}</p><p>{_P2}</p></div></div></div></div></div>"
    )
    assert extract_article(_page(body, _TITLE), f"{_HOST}/tin-tuc/item/hoi-thi")["authors"] == []


def test_nukeviets_comment_box_and_its_newer_posts_list_are_no_text() -> None:
    from crawler.core.lines import is_related_heading

    assert "comments" in families("nv-fullbg idcomment")
    assert is_related_heading("Những tin mới hơn")
    assert is_related_heading("Các tin cũ hơn:")


# --- rounds 143 and 144 --------------------------------------------------------------------------


def test_a_framed_title_abbreviating_the_office_names_the_banners_office() -> None:
    from crawler.extract.metadata import _banner_title

    tree = lxml_html.fromstring(
        "<html><body><table><tr><td><h1>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THẾ</h1></td></tr></table>"
        "<p>Tin tức</p></body></html>"
    )
    assert _banner_title(tree, ".::PHÒNG GD&ĐT YÊN THẾ::.") == ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THẾ"]
    assert _banner_title(tree, ".::PHÒNG GD&ĐT TÂN YÊN::.") == []


def test_a_news_list_portlet_in_the_main_column_holds_the_pages_own_list() -> None:
    entries = "".join(
        f"<div class='muc'><a href='/tin/{n}.html'>Hội nghị tổng kết năm học số {n} của ngành giáo dục</a><p>0{n}/11/2026</p></div>"
        for n in (1, 2, 3)
    )
    page = (
        "<html><body><div class='cot-giua'><section class='portlet' id='portlet_newslist_WAR_vendorportlet_INSTANCE_x'>"
        f"<div class='ds-tin'>{entries}</div></section></div></body></html>"
    )
    tree = lxml_html.fromstring(page)
    anchors = list(tree.iter("a"))
    order = {el: i for i, el in enumerate(tree.iter())}
    groups = entry_groups(anchors, [a.text_content() for a in anchors], [f"{_HOST}{a.get('href')}" for a in anchors], order)
    assert [(g.tag, len(g.entries), g.noise) for g in groups] == [("div", 3, False)]


def test_joomla_15s_headline_cell_and_liferays_screen_reader_heading() -> None:
    from crawler.core.hidden import is_hidden

    assert "title" in families("contentheading")
    assert "title" in families("contentpagetitle")
    assert is_hidden(lxml_html.fromstring("<h1 class='hide-accessible'>Kết quả HKPĐ</h1>"))


def test_a_trails_last_step_linking_the_page_itself_is_no_section() -> None:
    url = f"{_HOST}/web/pgd/tin-tuc/ket-qua-hkpd"
    body = (
        f"<ul class='breadcrumb'><li><a href='{_HOST}/web/pgd'>Phòng GD&ĐT</a></li><li><a href='{_HOST}/web/pgd/tin-tuc'>Tin tức</a></li>"
        f"<li><a href='{_HOST}/web/pgd/tin-tuc/giao-duc-tieu-hoc'>Giáo dục Tiểu học</a></li>"
        f"<li class='active'><a href='{url}'>Kết quả HKPĐ cấp huyện</a></li></ul>"
        f"<div class='bai'><h1 class='tieu-de'>{_TITLE}</h1><p>04/12/2026</p><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert extract_article(_page(body, "Kết quả HKPĐ cấp huyện - Phòng GD&ĐT"), url)["category"] == "Giáo dục Tiểu học"


def test_liferays_portlet_state_parameters_name_no_page() -> None:
    here = f"{_HOST}/web/pgd/tin-tuc/ky-niem"
    state = "p_p_id=JournalContent_INSTANCE_w&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1"
    assert _same_article(here, f"{here}?{state}&_JournalContent_INSTANCE_w_page=2")


def test_a_list_floated_between_the_lead_photo_and_the_text_is_passed_over() -> None:
    # (NukeViet's "Tin tiêu điểm" box floated right under the lead photo and the sapo)
    items = "".join(
        f"<li><a href='/tin/{n}.html'><img src='/assets/thumb-{n}.jpg' width='80'></a><a href='/tin/{n}.html'>Tin tiêu điểm số {n} "
        f"của nhà trường năm 2026</a><p>Tóm tắt tin tiêu điểm số {n}: nhà trường tổ chức nhiều hoạt động thiết thực.</p></li>"
        for n in (1, 2, 3)
    )
    body = (
        f"<div class='bai'><h1 class='tieu-de'>{_TITLE}</h1><p>04/12/2026</p>"
        "<div class='khoi'><figure class='article'><img src='/uploads/anh-dai-dien.jpg' width='760'><figcaption>Quang cảnh buổi lễ</figcaption></figure>"
        "<div class='hometext'>Chiều 04/12/2026, nhà trường tổ chức Hội thi văn nghệ chào mừng ngày hội.</div></div>"
        f"<div class='tieu-diem pull-right'><div>Tin tiêu điểm</div><ul>{items}</ul></div>"
        f"<div id='news-bodyhtml'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), f"{_HOST}/tin-tuc/hoi-thi-58.html")
    assert [(im["url"], im["caption"]) for im in record["images"]] == [(f"{_HOST}/uploads/anh-dai-dien.jpg", "Quang cảnh buổi lễ")]


def test_a_boxs_title_bar_linking_a_section_of_the_menu_names_the_posts_section() -> None:
    body = (
        "<ul class='menu'><li><a href='/TinTuc/DanhSach.aspx?loai=3'>Công tác Đội</a></li><li><a href='/'>Trang chủ</a></li></ul>"
        "<div class='khung-tin'><div class='khung-tieude'><a href='/TinTuc/DanhSach.aspx?loai=3'>Công tác Đội</a></div>"
        f"<div class='khung-noidung'><span class='tde-ct'>{_TITLE}</span><div class='ttin'>Thứ Sáu, 09/10/2026 - 15:20</div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    assert extract_article(_page(body, "Trường THCS Chu Văn An"), f"{_HOST}/TinTuc/ChiTiet.aspx?id=339")["category"] == "Công tác Đội"


def test_a_comment_inside_the_headline_before_its_badge_is_no_word_of_it() -> None:
    from crawler.extract.content import headline_text

    h2 = lxml_html.fromstring(f"<h2 class='itemTitle'>{_TITLE}\n<!-- Featured flag -->\n<span><sup>Nổi bật</sup></span></h2>")
    assert headline_text(h2) == _TITLE


def test_a_meta_lines_fields_split_apart_are_no_text() -> None:
    assert is_tool_line("Người đăng: quantri")
    from crawler.core.lines import is_date_line

    assert is_date_line("12:20 chiều")
    assert is_date_line("lúc 14:30")
    assert not is_date_line("Khai mạc lúc 14:30 tại hội trường")


def test_a_spacer_opening_a_photo_is_that_photo() -> None:
    from crawler.extract.blocks import image_url

    a = lxml_html.fromstring("<a href='/images/hoi-thi/01.jpg' class='sig'><img src='/plugins/jw_sig/transparent.gif' style='background-image:url(/cache/01_thumb.jpg)'></a>")
    assert image_url(a.find("img"), _HOST) == f"{_HOST}/images/hoi-thi/01.jpg"
