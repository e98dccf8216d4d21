"""Round 41 (blind portals kirby_thcs, joomla10_sef_pgd, word_export_static_thpt, drupal6_q_thcs,
jimdo_school): extraction rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

import lxml.html

from crawler.extract.content import find_content
from crawler.extract.multipage import article_pager

TEXT = "".join(f"<p>Đoạn văn thứ {i} của bài viết dài, có đủ chữ để là nội dung của bài báo này.</p>" for i in range(6))


def _pager(markup: str, url: str):
    tree = lxml.html.fromstring(f"<html><body><div id=main><h1>Hội nghị tổng kết năm học</h1>{markup}</div></body></html>")
    return article_pager(tree, url, find_content(tree).content)


def test_pages_two_steps_after_the_article_path_are_its_pages() -> None:
    # Joomla 1.0's search-engine-friendly page break: "/<id>/<Itemid>/<limit>/<limitstart>/"
    first = _pager(f'{TEXT}<div class="pagenavbar"><a href="/bai/88/12/1/1/">Trang sau</a></div>', "http://h/bai/88/12/")
    assert first.next_url == "http://h/bai/88/12/1/1/" and not first.later_page
    middle = _pager(f'{TEXT}<div class="pagenavbar"><a href="/bai/88/12/">« Trước</a> <a href="/bai/88/12/1/2/">Trang sau</a></div>', "http://h/bai/88/12/1/1/")
    assert middle.next_url == "http://h/bai/88/12/1/2/" and middle.later_page


def test_the_last_page_finds_page_one_in_its_table_of_contents() -> None:
    # the last page's pager links only the page before it; the article's own table of contents
    # (unlabelled section names) links the bare path that says both are pages of one article
    toc = '<ul class=chapters><li><a href="/bai/88/12/">Tổng quan</a></li><li><a href="/bai/88/12/1/1/">Kết quả</a></li><li>Phương hướng</li></ul>'
    last = _pager(f'{toc}{TEXT}<p><a href="/bai/88/12/1/1/">« Trước</a></p>', "http://h/bai/88/12/1/2/")
    assert last.later_page and last.next_url is None


def test_the_first_page_names_every_page_its_contents_link() -> None:
    # what the crawl fetches through the join and so never as a page of its own
    toc = '<ul class=chapters><li>Tổng quan</li><li><a href="/bai/88/12/1/1/">Kết quả</a></li><li><a href="/bai/88/12/1/2/">Phương hướng</a></li></ul>'
    first = _pager(f'{toc}{TEXT}<p><a href="/bai/88/12/1/1/">Trang sau</a> <a href="/bai/89/12/">Bài khác</a></p>', "http://h/bai/88/12/")
    assert first.pages == ("http://h/bai/88/12/1/1/", "http://h/bai/88/12/1/2/")


def test_two_article_ids_under_one_path_are_not_pages_of_one() -> None:
    other = _pager(f'{TEXT}<p><a href="/tin/13">Sau »</a></p>', "http://h/tin/12")
    assert other.next_url is None and not other.later_page


# --- an administrative document printed as the page (crawler/extract/official.py) -----------

from crawler.extract import extract_article  # noqa: E402

_DOC_TEXT = (
    "<p>Thực hiện Kế hoạch số 45/KH-PGDĐT của Phòng Giáo dục và Đào tạo về tổ chức các hoạt động chào mừng.</p>"
    "<p>Phòng Giáo dục và Đào tạo đề nghị hiệu trưởng các trường triển khai thực hiện nghiêm túc nội dung trên.</p>"
)


def _page(body: str, title: str = "", head_title: str = "") -> str:
    heading = f"<h1 class='post-title'>{title}</h1>" if title else ""
    return f"<html><head><title>{head_title}</title></head><body><div class='menu'><a href='/'>Trang chủ</a></div><div class='post'>{heading}<div class='post-body'>{body}</div></div></body></html>"


def test_a_pasted_notice_keeps_its_text_only_and_its_signer_signs_it() -> None:
    # a CMS post whose body is the document pasted as a table letterhead, rows joined by cells
    body = (
        "<table><tr><td><p>UBND HUYỆN MƯỜNG KHƯƠNG</p><p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></p></td>"
        "<td><p><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập – Tự do – Hạnh phúc</b></p></td></tr>"
        "<tr><td><p>Số: 312/PGDĐT-VP</p></td><td><p style='text-align:right'><i>Mường Khương, ngày 04 tháng 12 năm 2026</i></p></td></tr></table>"
        "<p style='text-align:center'><b>KẾ HOẠCH</b></p><p style='text-align:center'><b>Tổ chức Hội thi giáo viên chủ nhiệm giỏi</b></p>"
        + _DOC_TEXT
        + "<table><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Các trường MN, TH, THCS;</p><p>- Lưu: VT.</p></td>"
        "<td><p><b>KT. TRƯỞNG PHÒNG</b></p><p><b>PHÓ TRƯỞNG PHÒNG</b></p><p><i>(Đã ký)</i></p><p><b>Lê Thị Thanh Mai</b></p></td></tr></table>"
    )
    record = extract_article(_page(body, "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm giỏi cấp huyện"), "http://h/tin/ke-hoach-312")
    assert record["title"] == "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm giỏi cấp huyện"  # the page's own headline stays
    assert record["published_at"] == "2026-12-04"
    assert record["authors"] == ["Lê Thị Thanh Mai"]
    assert record["body"].startswith("Thực hiện Kế hoạch số 45/KH-PGDĐT")
    assert record["body"].endswith("nội dung trên.")


def test_a_word_notice_without_a_headline_takes_its_kind_and_subject_as_title() -> None:
    body = (
        "<p align=center><b>SỞ GD&amp;ĐT HÀ GIANG</b></p><p align=center><b>TRƯỜNG THPT YÊN MINH</b></p>"
        "<p align=center><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p align=center><b>Độc lập - Tự do - Hạnh phúc</b></p>"
        "<p align=right><i>Yên Minh, ngày 2 tháng 12 năm 2026</i></p>"
        "<p align=center><b>GIẤY MỜI</b></p><p align=center><b>Dự lễ tổng kết hội thi Khoa học kỹ thuật cấp trường</b></p>"
        + _DOC_TEXT
        + "<p><b>Nơi nhận:</b></p><p>- Như trên;</p><p>- Lưu VT.</p><p align=center><b>HIỆU TRƯỞNG</b></p><p align=center><b>Hoàng Văn Sinh</b></p>"
    )
    record = extract_article(_page(body, head_title="SỞ GD&amp;ĐT HÀ GIANG"), "http://h/giay-moi.htm")
    assert record["title"] == "GIẤY MỜI Dự lễ tổng kết hội thi Khoa học kỹ thuật cấp trường"
    assert record["published_at"] == "2026-12-02"
    assert record["authors"] == ["Hoàng Văn Sinh"]
    assert "CỘNG HÒA" not in record["body"] and "Nơi nhận" not in record["body"]


def test_a_page_without_the_national_title_is_no_document() -> None:
    body = "<p align=center><b>THÔNG BÁO</b></p>" + _DOC_TEXT
    record = extract_article(_page(body, "Thông báo lịch họp"), "http://h/tb.htm")
    assert record["body"].startswith("THÔNG BÁO")


# --- Word's exports ---------------------------------------------------------------------------


def test_word_list_markers_are_no_text() -> None:
    items = (
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]><span>Đăng ký dự thi trước ngày 10/12/2026 với giáo viên chủ nhiệm lớp.</span></p>"
        "<p class=MsoListParagraphCxSpLast><span>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><span>Nộp bài dự thi tại phòng Đoàn trường trong giờ hành chính.</span></p>"
    )
    record = extract_article(_page("<p>Nhà trường thông báo kế hoạch tổ chức cuộc thi viết về thầy cô và mái trường.</p>" + items, "Thông báo cuộc thi viết"), "http://h/tb/cuoc-thi.htm")
    assert record["body"].split("\n\n")[1:] == ["Đăng ký dự thi trước ngày 10/12/2026 với giáo viên chủ nhiệm lớp.", "Nộp bài dự thi tại phòng Đoàn trường trong giờ hành chính."]


def test_a_word_document_headline_beats_its_file_name_and_its_cut_title() -> None:
    text = "".join(f"<p style='text-align:justify'>Đoạn {i}: nội dung của bài viết được soạn trong Word rồi lưu thành trang web để đăng lên mạng.</p>" for i in range(3))
    headline = "<p align=center style='text-align:center'><b><span>HỌC SINH TRƯỜNG THCS PHÚ LỘC THAM GIA GIẢI CHẠY VIỆT DÃ CẤP HUYỆN</span></b></p>"
    named = extract_article(_page(headline + text, head_title="Microsoft Word - viet da.docx"), "http://h/tin/viet-da.htm")
    assert named["title"] == "HỌC SINH TRƯỜNG THCS PHÚ LỘC THAM GIA GIẢI CHẠY VIỆT DÃ CẤP HUYỆN"
    assert named["body"].startswith("Đoạn 0")
    cut = extract_article(_page(headline + text, head_title="HỌC SINH TRƯỜNG THCS PHÚ LỘC THAM GIA"), "http://h/tin/viet-da.htm")
    assert cut["title"] == named["title"]


def test_a_sentence_naming_the_country_is_no_letterhead() -> None:
    body = "<p>Ngày 2/9, học sinh ôn lại lịch sử ra đời nước Cộng hòa xã hội chủ nghĩa Việt Nam qua buổi sinh hoạt dưới cờ.</p>" + _DOC_TEXT
    record = extract_article(_page(body, "Sinh hoạt dưới cờ chủ đề Quốc khánh"), "http://h/tin/quoc-khanh.htm")
    assert record["body"].startswith("Ngày 2/9, học sinh ôn lại lịch sử")


# --- categories, headings, captions -----------------------------------------------------------

_PROSE = "".join(f"<p>Câu văn thứ {i} của bài viết kể về hoạt động của nhà trường trong tuần qua, đủ dài để là nội dung.</p>" for i in range(4))


def test_a_term_link_between_headline_and_text_is_the_category() -> None:
    # Drupal's taxonomy term page, clean URLs on, in a field box of its own names
    page = f"<html><body><h1>Hội thi cắm hoa chào mừng 20/11</h1><div class='field field-category'><a href='/taxonomy/term/12'>Hoạt động Công đoàn</a></div><div class='body'>{_PROSE}</div></body></html>"
    assert extract_article(page, "http://h/node/77")["category"] == "Hoạt động Công đoàn"


def test_the_current_navigation_item_files_a_post_that_names_no_category() -> None:
    nav = "<nav><ul><li><a href='/'>Trang chủ</a></li><li class='menu-item current-menu-ancestor'><a href='/ban-tin/'>Bản tin</a></li><li><a href='/lien-he/'>Liên hệ</a></li></ul></nav>"
    page = f"<html><body>{nav}<article><h1>Học sinh lớp 5 tham quan bảo tàng tỉnh</h1>{_PROSE}</article></body></html>"
    assert extract_article(page, "http://h/2026/11/tham-quan/")["category"] == "Bản tin"
    # home marked current, or a pager's current number, names nothing
    home = nav.replace("<li><a href='/'>Trang chủ</a></li>", "<li class='active'><a href='/'>Trang chủ</a></li>").replace(" current-menu-ancestor", "")
    page = f"<html><body>{home}<article><h1>Học sinh lớp 5 tham quan bảo tàng tỉnh</h1>{_PROSE}</article></body></html>"
    assert extract_article(page, "http://h/2026/11/tham-quan/")["category"] is None


def test_a_heading_module_between_text_modules_is_text_whatever_its_names() -> None:
    modules = (
        f"<div class='blk blk-text'>{_PROSE}</div>"
        "<div class='blk blk-header'><h3 id='blk-header-88'>Kết quả đạt được</h3></div>"
        f"<div class='blk blk-text'>{_PROSE}</div>"
    )
    page = f"<html><body><h1>Tổng kết phong trào thi đua đợt 1</h1><div class='post-content'>{modules}</div></body></html>"
    assert "Kết quả đạt được" in extract_article(page, "http://h/tin/tong-ket")["body"].split("\n\n")


def test_a_widget_title_bar_stays_furniture() -> None:
    widget = "<div class='widget'><div class='widget-header'><h5>Chủ đề</h5></div><ul><li><a href='/chu-de/1'>Hoạt động chuyên môn của các tổ</a></li></ul></div>"
    page = f"<html><body><h1>Tổng kết phong trào thi đua đợt 1</h1><div class='post-content'>{_PROSE}{widget}</div></body></html>"
    assert "Chủ đề" not in extract_article(page, "http://h/tin/tong-ket")["body"]


def test_a_lightbox_links_title_captions_its_thumbnail() -> None:
    thumbs = "".join(f"<a rel='prettyPhoto[album]' href='/anh/{i}-lon.jpg' title='Tiết mục văn nghệ số {i} của học sinh'><img src='/anh/{i}-nho.jpg' alt=''></a>" for i in (1, 2))
    page = f"<html><body><h1>Văn nghệ chào mừng ngày Nhà giáo Việt Nam</h1><div class='entry-content'>{_PROSE}<div class='gallery'>{thumbs}</div></div></body></html>"
    images = extract_article(page, "http://h/tin/van-nghe")["images"]
    assert [im["caption"] for im in images] == ["Tiết mục văn nghệ số 1 của học sinh", "Tiết mục văn nghệ số 2 của học sinh"]


def test_a_layouts_clock_bar_over_the_page_columns_dates_nothing() -> None:
    side = "<td class='left'><b>LIÊN KẾT</b><br><a href='http://moet.gov.vn'>Bộ Giáo dục và Đào tạo</a><br><a href='http://sgd.vn'>Sở Giáo dục và Đào tạo tỉnh</a></td>"
    layout = (
        "<html><body><table><tr><td colspan=2><a href='/'>Trang chủ</a> <a href='/tin.htm'>Tin tức</a> <a href='/tb.htm'>Thông báo</a> <a href='/lh.htm'>Liên hệ</a></td></tr>"
        "<tr><td colspan=2 class='bar'>Thứ Tư, ngày 25/11/2026</td></tr>"
        f"<tr>{side}<td class='main'><h2>Hội thi văn nghệ chào mừng 20/11</h2>{_PROSE}</td></tr></table></body></html>"
    )
    assert extract_article(layout, "http://h/tin/van-nghe.htm")["published_at"] is None
    # a vendor's article table: the post's date row over its headline row is its date
    post = f"<html><body><table class='news'><tr><td>(20/11/2026 09:45)</td></tr><tr><td><h2>Hội thi văn nghệ chào mừng 20/11</h2></td></tr><tr><td>{_PROSE}</td></tr></table></body></html>"
    assert extract_article(post, "http://h/tin/van-nghe.htm")["published_at"] == "2026-11-20T09:45:00+07:00"
