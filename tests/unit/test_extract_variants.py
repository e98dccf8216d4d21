"""extract_article on small pages written in several variants of each pattern (no network)."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article, extract_raw, not_article_reason
from crawler.navigation.pages import page_kind

URL = "http://127.0.0.1:8000/tin-tuc/bai-viet-123.html"
P1 = "Sáng ngày 12/3/2024, Trường Chính trị tỉnh tổ chức khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 85 học viên là cán bộ chủ chốt cấp xã trên địa bàn tỉnh."
P2 = "Trong thời gian 10 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng, chính sách pháp luật của Nhà nước về quốc phòng, an ninh và xây dựng nền quốc phòng toàn dân."


def page(content: str, after: str = "", head: str = "") -> str:
    return f"""<html><head><title>Xem chi tiết - Trường Chính trị tỉnh</title>{head}</head><body>
    <div class="header">Thứ Tư, ngày 25/11/2026</div>
    <ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>
    <div class="main"><h1 class="title">Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2024</h1>
    <div class="date">Ngày 12-03-2024</div>
    <div class="news-content">{content}</div>{after}
    <div class="other-news"><h3>Các tin khác</h3><ul><li><a href="/tin-tuc/a-1.html">Hội nghị tổng kết công tác năm 2023 của nhà trường</a></li></ul></div></div>
    <div class="footer">Bản quyền thuộc Trường Chính trị tỉnh. Địa chỉ: 01 Lê Lợi. Đang online: 5 | Hôm nay: 437</div>
    </body></html>"""


@pytest.mark.parametrize(
    ("caption_html", "caption"),
    [
        ('<p style="text-align:center"><em>(Quang cảnh lễ khai giảng lớp bồi dưỡng)</em></p>', "Quang cảnh lễ khai giảng lớp bồi dưỡng"),
        ('<p align="center">Ảnh: Quang cảnh lễ khai giảng lớp bồi dưỡng năm 2024</p>', "Quang cảnh lễ khai giảng lớp bồi dưỡng năm 2024"),
        ('<p class="image-caption">Quang cảnh lễ khai giảng - Ảnh: Quang Huy</p>', "Quang cảnh lễ khai giảng - Ảnh: Quang Huy"),
        ("<p><i>DSC01234</i></p>", None),
    ],
)
def test_caption_variants(caption_html: str, caption: str | None) -> None:
    html = page(f'<p>{P1}</p><p style="text-align:center"><img src="/img/a.jpg" width="600"></p>{caption_html}<p>{P2}</p><p style="text-align:right"><strong>Tin: Hoàng Phúc</strong></p>')
    record = extract_article(html, URL)
    assert record["images"] == [{"url": "http://127.0.0.1:8000/img/a.jpg", "caption": caption}]
    assert record["body"] == f"{P1}\n\n{P2}"
    assert record["authors"] == ["Hoàng Phúc"]
    if caption and "Quang Huy" in caption:
        assert record["photographers"] == ["Quang Huy"]


@pytest.mark.parametrize(
    "after",
    [
        '<div class="author-box"><p><strong>Tác giả bài viết: </strong>Minh Phong</p><p><strong>Nguồn tin: </strong>Báo Giáo dục và Thời đại</p></div>',
        '<p class="text-right"><b>Tác giả:</b> Minh Phong</p><p class="text-right"><b>Nguồn:</b> Báo Giáo dục và Thời đại</p>',
    ],
)
def test_byline_box_outside_the_content(after: str) -> None:
    record = extract_article(page(f"<p>{P1}</p><p>{P2}</p>", after=after), URL)
    assert record["authors"] == ["Minh Phong"]
    assert record["source"] == "Báo Giáo dục và Thời đại"
    assert record["body"] == f"{P1}\n\n{P2}"


def test_header_clock_and_chrome_are_never_the_record() -> None:
    record = extract_article(page(f"<p>{P1}</p><p>{P2}</p>"), URL)
    assert record["published_at"] == "2024-03-12"
    assert record["title"] == "Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2024"
    assert "Bản quyền" not in record["body"] and "Đang online" not in record["body"] and "Các tin khác" not in record["body"]


def test_attachment_only_post_is_an_article() -> None:
    html = page('<p>Kế hoạch tuyển sinh vào lớp 10 năm học 2024-2025.</p><p>File đính kèm: <a href="/files/ke-hoach-ts-10.pdf">ke-hoach-ts-10.pdf</a></p>')
    raw = extract_raw(html, URL)
    assert raw["attachments"] == ["http://127.0.0.1:8000/files/ke-hoach-ts-10.pdf"]
    assert page_kind(raw, [], URL) == "article"
    record = extract_article(html, URL)
    assert not_article_reason({**record, "attachments": raw["attachments"]}) is None
    assert record["body"].startswith("Kế hoạch tuyển sinh vào lớp 10")


def test_meta_author_that_is_the_site_is_not_an_author() -> None:
    html = page(f"<p>{P1}</p><p>{P2}</p>", head='<meta name="author" content="Trường Chính trị tỉnh Sóc Trăng">')
    assert extract_article(html, URL)["authors"] == []


def test_jsonld_author_and_date_with_the_page_time_zone() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", "datePublished": "2024-03-12T01:30:00Z", "author": {"@type": "Person", "name": "Lê Hoa"}}</script>'
    record = extract_article(page(f"<p>{P1}</p><p>{P2}</p>", head=head), URL)
    assert record["authors"] == ["Lê Hoa"]
    # the page prints the day only: an SEO plugin's time is not the page's
    assert record["published_at"] == "2024-03-12"
    undated = page(f"<p>{P1}</p><p>{P2}</p>", head=head).replace('<div class="date">Ngày 12-03-2024</div>', "")
    # with no printed date, JSON-LD's instant is given in the portal's time zone
    assert extract_article(undated, URL)["published_at"] == "2024-03-12T08:30:00+07:00"


TABLE_LAYOUT = """<html><head><title>Sở GD&amp;ĐT - Tin tức</title></head><body>
<table class="{trail_class}"><tr><td><font>{label}<a href="/">Trang chủ</a> &gt; <a href="/tin">Tin tức</a> &gt; <a href="/tin/nganh">Hoạt động ngành</a></font></td></tr></table>
<table width="100%"><tr><td class="tieude"><b>Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2024</b></td></tr>
<tr><td>Ngày đăng: 12/03/2024</td></tr>
<tr><td class="noidung"><p>{p1}</p><p>{p2}</p></td></tr>
<tr><td align="right">Tác giả: Hoàng Minh Châu</td></tr></table>
<div>Địa chỉ: 01 Lê Lợi</div></body></html>"""


@pytest.mark.parametrize(
    ("trail_class", "label"),
    [("duongdan", ""), ("khung-tren", "Bạn đang ở: "), ("", "Vị trí: ")],
    ids=["named-table", "labelled", "labelled-vi-tri"],
)
def test_table_layout_breadcrumb_and_author_row(trail_class: str, label: str) -> None:
    """A trail on a <table>, or one only labelled "Bạn đang ở:", names the category; the author
    printed in the row after the content cell is the author, not body."""
    html = TABLE_LAYOUT.format(trail_class=trail_class, label=label, p1=P1, p2=P2)
    record = extract_article(html, "http://127.0.0.1:8000/tin/nganh?p_itemid=5")
    assert record["category"] == "Hoạt động ngành"
    assert record["authors"] == ["Hoàng Minh Châu"]
    assert record["body"] == f"{P1}\n\n{P2}"


LEAD = "Lớp học có 85 học viên là cán bộ chủ chốt cấp xã, học tập trung trong 10 ngày tại trường."


@pytest.mark.parametrize("text_class", ["ck-content", "news-detail-content", "detailContent"])
def test_the_named_text_inside_a_whole_article_box_is_the_body(text_class: str) -> None:
    """The article's whole box scores best (headline, date, lead, cover photo, text, tags, share
    bar, same-category list): the CMS's named text container inside it is the body; the cover
    photo between the lead and the text is the first image."""
    related = "".join(f'<li><a href="/bai/tin-khac-{i}">Tin khác số {i} của nhà trường trong tháng</a> <span>1{i}/11/2026</span></li>' for i in range(4))
    html = f"""<html><head><title>Tin</title></head><body><div class="top">Hôm nay: 25/11/2026</div>
    <article class="box-xyz"><h1>Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2024</h1>
    <div class="meta">12/03/2024</div><p class="sapo-abc">{LEAD}</p>
    <div class="cover-abc"><img src="/up/cover.jpg" width="800"></div>
    <div class="{text_class}"><p>{P2}</p><p>{P1}</p><p style="text-align:right">Tin và ảnh: Trần Minh</p></div>
    <div class="tags-abc"><span>Từ khóa:</span><span>#Quốc phòng</span></div>
    <div class="tools-abc"><span>Chia sẻ:</span><a href="https://facebook.com/share">Facebook</a></div>
    <h2>Bài viết cùng chuyên mục</h2><ul>{related}</ul></article>
    <aside><h2>Tin mới</h2><ul>{related}</ul></aside></body></html>"""
    record = extract_article(html, "http://127.0.0.1:8000/bai/khai-giang-5")
    assert record["body"] == f"{LEAD}\n\n{P2}\n\n{P1}"
    assert record["summary"] == LEAD
    assert record["authors"] == ["Trần Minh"] and record["photographers"] == ["Trần Minh"]
    assert record["published_at"] == "2024-03-12"
    assert [i["url"] for i in record["images"]] == ["http://127.0.0.1:8000/up/cover.jpg"]


def test_a_static_page_takes_no_date_from_the_sidebar() -> None:
    side = "".join(f'<li><a href="/bai/tin-{i}">Tin mới số {i} về hoạt động nhà trường</a><span>1{i}/11/2026</span></li>' for i in range(4))
    html = f"""<html><head><title>Chính sách</title></head><body><main><div class="col-main"><h1>Chính sách bảo mật</h1>
    <p>Website thu thập cookie kỹ thuật để ghi nhớ lựa chọn hiển thị của người dùng trên trang.</p></div>
    <aside class="col-side"><h2>Tin mới nhất</h2><ul>{side}</ul></aside></main></body></html>"""
    raw = extract_raw(html, "http://127.0.0.1:8000/chinh-sach-bao-mat")
    assert [c for c in raw["date_candidates"] if c["source"] == "visible"] == []


def _tile(inner: str, extra: str = "") -> str:
    return f'<div class="t9x Qa1 Zk{extra}"><div class="w1"><div class="w2">{inner}</div></div></div>'


def test_a_site_builders_tiles_are_one_article() -> None:
    """Every paragraph group, photo and caption in a tile of its own (generated class names, one
    tile wider than the others): the run of tiles after the headline is the article, up to the
    list of other posts."""
    others = "".join(f'<li><a href="/view/sch/tin/bai-{i}">Bài khác số {i} của nhà trường</a></li>' for i in range(3))
    tiles = "".join([
        _tile(f'<p><span style="font-weight:700">{LEAD}</span></p>'),
        _tile(f"<p>{P1}</p>"),
        _tile('<img src="https://img.example.com/a=w1280">', " Wd2"),
        _tile('<p style="text-align:center"><span style="font-style:italic">Học viên tại lễ khai giảng</span></p>'),
        _tile(f"<p>{P2}</p>"),
        _tile('<p style="text-align:right"><b>Tin, ảnh: Lê Thu</b></p>'),
        _tile(f"<p><b>Bài khác:</b></p><ul>{others}</ul>"),
    ])
    html = f"""<html><head><title>Tin</title></head><body><nav><a href="/view/sch">Trang chủ</a>
    <a href="/view/sch/tin">Tin tức</a><a href="/view/sch/tin/hoat-dong">Hoạt động chung</a></nav>
    <section><h1>Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2024</h1></section>
    <section><div class="grid">{tiles}</div></section>
    <section><p>Hòa Phú, ngày 12 tháng 3 năm 2024</p></section></body></html>"""
    record = extract_article(html, "http://127.0.0.1:8000/view/sch/tin/hoat-dong/khai-giang-2024")
    assert record["body"] == f"{LEAD}\n\n{P1}\n\n{P2}"
    assert record["summary"] == LEAD
    assert record["images"] == [{"url": "https://img.example.com/a=w1280", "caption": "Học viên tại lễ khai giảng"}]
    assert record["authors"] == ["Lê Thu"] and record["photographers"] == ["Lê Thu"]
    assert record["category"] == "Hoạt động chung"  # the menu's name of the post's parent address


@pytest.mark.parametrize(
    ("line", "is_date"),
    [("Hòa Phú, ngày 05 tháng 9 năm 2026", True), ("TP. Hà Tĩnh, ngày 1 tháng 10 năm 2024.", True),
     ("Sáng nay, ngày 05 tháng 9 năm 2026 trường khai giảng năm học mới", False)],
)
def test_a_place_and_date_line_is_a_date_line(line: str, is_date: bool) -> None:
    from crawler.core.lines import is_date_line

    assert is_date_line(line) is is_date


def test_a_last_updated_line_is_not_the_publication_date() -> None:
    html = page(f"<p>{P1}</p><p>{P2}</p><p>Lần cập nhật cuối ( Thứ hai, 20 Tháng 1 2025 08:05 )</p>").replace('<div class="date">Ngày 12-03-2024</div>', "")
    raw = extract_raw(html, URL)
    assert [c for c in raw["date_candidates"] if c["source"] == "visible"] == []
    assert extract_article(html, URL)["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(("src", "icon"), [("/images/M_images/pdf.gif", True), ("/icons/icon_doc.png", True), ("/up/word.gif", True), ("/uploads/2024/bao-cao-pdf-nam-hoc.jpg", False)])
def test_a_file_types_icon_is_decoration(src: str, icon: bool) -> None:
    import lxml.html

    from crawler.extract.blocks import is_decoration

    assert is_decoration(lxml.html.fromstring(f'<img src="{src}">')) is icon


def _wp_like(body: str, meta_author: str = "admin") -> str:
    return f"""<html><head><title>Tin</title></head><body><div class="hdr">Thứ Tư, ngày 25/11/2026</div>
    <div class="wrap-x"><div class="row-a"><h1 class="post-h">Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2024</h1>
    <div class="meta-x"><div class="post-author-name"><span class="author-by">Bởi</span> <a href="/author/{meta_author}/">{meta_author}</a> - 12/03/2024</div></div></div>
    <div class="row-b"><div class="entry-content">{body}
    <div class="sharedaddy sd-like" id="like-post-wrapper-1461"><h3>Thích bài này:</h3><span>Thích</span> <span>Đang tải...</span></div></div></div></div>
    <div class="footer-wrap"><div class="footer-text-wrap"><p>Trường THCS Định Tăng, xã Định Tăng, huyện Yên Định, tỉnh Thanh Hóa, thành lập năm 1965, có 18 lớp, 620 học sinh, 42 cán bộ, giáo viên, nhân viên.</p>
    <p>Địa chỉ: thôn 3, xã Định Tăng, huyện Yên Định, tỉnh Thanh Hóa. Điện thoại: 0237 3869 123, thư điện tử: thcsdinhtang@thanhhoa.edu.vn, website của nhà trường.</p>
    <p>Chịu trách nhiệm nội dung: Hiệu trưởng, bà Lê Thị Hoa, giấy phép số 12, cấp ngày 01/01/2020, do Sở Thông tin và Truyền thông cấp.</p></div></div></body></html>"""


def test_a_short_notice_in_the_named_text_box_beats_the_footer() -> None:
    notice = "Nhà trường thông báo tới cha mẹ học sinh các khoản thu năm học (chi tiết trong tệp đính kèm)."
    record = extract_article(_wp_like(f"<p>{notice}</p>"), "http://127.0.0.1:8000/thcs/thong-bao-cac-khoan-thu/")
    assert record["body"] == notice
    assert record["authors"] == []  # "Bởi admin": the account, no author


def test_a_person_named_in_the_author_box_after_by_is_the_author() -> None:
    record = extract_article(_wp_like(f"<p>{P1}</p><p>{P2}</p>", "Trịnh Thị Mai"), "http://127.0.0.1:8000/thcs/khai-giang/")
    assert record["authors"] == ["Trịnh Thị Mai"]
    assert record["body"] == f"{P1}\n\n{P2}"  # the like button (class says tools; the id names the post) is not text


def test_the_paragraph_under_the_opening_photo_opens_the_text() -> None:
    body = (f'<p><img src="/up/lead.jpg" width="800"></p><p>{P1}</p><p><img src="/up/b.jpg" width="800"></p>'
            f"<p>Đội viên chi đội 6A mang giấy vụn đến điểm tập kết</p><p>{P2}</p>")
    record = extract_article(page(body), URL)
    assert record["images"] == [
        {"url": "http://127.0.0.1:8000/up/lead.jpg", "caption": None},
        {"url": "http://127.0.0.1:8000/up/b.jpg", "caption": "Đội viên chi đội 6A mang giấy vụn đến điểm tập kết"},
    ]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_credit_in_parentheses_closing_a_caption_names_the_photographer() -> None:
    """The caption is kept as printed (the fixtures' convention); the credit also names the photographer."""
    body = f'<p>{P1}</p><p style="text-align:center"><img src="/img/a.jpg" width="600"></p><p style="text-align:center"><em>Học sinh lớp 3 thi kể chuyện theo tranh (Ảnh: Thu Hà)</em></p><p>{P2}</p>'
    record = extract_article(page(body), URL)
    assert record["images"] == [{"url": "http://127.0.0.1:8000/img/a.jpg", "caption": "Học sinh lớp 3 thi kể chuyện theo tranh (Ảnh: Thu Hà)"}]
    assert "Thu Hà" in record["photographers"]
