"""Round 26's rules (Joomla 3 with page breaks, WordPress Sahifa, a late-2000s vendor e-government
portal, a modern vendor e-government subsite) on markup of other shapes than the fixtures': other
tags, class names, wording and addresses."""

from __future__ import annotations

from crawler.core.lines import is_boilerplate_line
from crawler.extract import extract_article
from crawler.navigation.urls import is_trap

URL = "http://127.0.0.1:8000/tin-tuc/42-hoi-nghi-nam-hoc-moi.html"
HEADLINE = "Hội nghị triển khai nhiệm vụ năm học mới"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học mới với sự tham dự của toàn thể cán bộ, giáo viên và nhân viên trong trường."
P2 = "Hội nghị đã thống nhất các chỉ tiêu thi đua, kế hoạch dạy học và các giải pháp nâng cao chất lượng giáo dục toàn diện trong năm học này."
P4 = "Các tổ chuyên môn thảo luận, góp ý vào dự thảo kế hoạch, đề xuất nhiều giải pháp thiết thực để nâng cao chất lượng dạy và học, nhất là với học sinh lớp cuối cấp."
P3 = "Kết thúc hội nghị, đại diện các tổ chuyên môn đã ký cam kết thực hiện tốt nhiệm vụ năm học, hưởng ứng các phong trào thi đua của ngành."


def _page(body: str, title: str = HEADLINE) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def _justified(*texts: str) -> str:
    return "".join(f"<p style='text-align: justify'>{t}</p>" for t in texts)


def test_a_lightbox_link_around_a_photo_keeps_the_photo() -> None:
    body = (
        f"<div class='bai'><h2>{HEADLINE}</h2><div class='noi-dung'>{_justified(P1)}"
        "<p style='text-align:center'><a class='modal' rel='{handler: \"image\"}' href='/images/hoi-nghi.jpg'><img src='/images/hoi-nghi-thumb.jpg'></a></p>"
        f"{_justified(P2, P3)}</div></div>"
    )
    assert [img["url"] for img in extract_article(_page(body), URL)["images"]] == ["http://127.0.0.1:8000/images/hoi-nghi-thumb.jpg"]


def test_a_papers_index_box_between_the_lead_photo_and_the_text_is_passed_over() -> None:
    body = (
        f"<div class='article'><h1>{HEADLINE}</h1><p class='meta'>Ngày đăng: 12/11/2026</p>"
        "<div class='lead-photo'><img src='/images/anh-dau.jpg' alt=''></div>"
        "<div class='toc'><b>Nội dung bài viết</b><ul><li><a href='?page=1'>Phần 1: Kết quả năm học trước</a></li>"
        "<li><a href='?page=2'>Phần 2: Nhiệm vụ trọng tâm năm học mới</a></li><li><a href='?showall=1'>Xem toàn bộ</a></li></ul></div>"
        f"<div class='article-body'>{_justified(P1, P2, P3)}</div></div>"
    )
    assert [img["url"] for img in extract_article(_page(body), URL)["images"]] == ["http://127.0.0.1:8000/images/anh-dau.jpg"]


def test_a_caption_plugins_rendered_line_is_read_once() -> None:
    body = (
        f"<div class='item'><h2>{HEADLINE}</h2><div class='pic'><img class='caption' title='Quang cảnh hội nghị' src='/images/hn.jpg'>"
        f"<span class='photo-caption'>Quang cảnh hội nghị</span></div><div class='text'>{_justified(P1, P2, P3)}</div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["images"][0]["caption"] == "Quang cảnh hội nghị" and "Quang cảnh" not in record["body"]


def test_a_file_lists_size_and_download_count_are_no_text() -> None:
    assert is_boilerplate_line("245 KB") == "file"
    assert is_boilerplate_line("Kích thước: 1,2 MB") == "file"
    assert is_boilerplate_line("17 lượt tải") == "counter"
    assert is_boilerplate_line("Số lượt tải: 17") == "counter"
    assert is_boilerplate_line("12 khách") is None


def test_a_components_user_views_by_folder_are_never_followed() -> None:
    assert is_trap("http://127.0.0.1:8000/component/users/?view=reset&Itemid=101")
    assert is_trap("http://127.0.0.1:8000/vi/component/mailto/?tmpl=component&link=abc")
    assert not is_trap("http://127.0.0.1:8000/component/content/article/42-hoi-nghi.html")


def test_the_editorial_board_in_an_author_field_credits_nobody() -> None:
    body = (
        f"<div class='news'><h1>{HEADLINE}</h1><p class='date'>12/11/2026</p><div class='news-body'>{_justified(P1, P2, P3)}</div>"
        "<p class='writer' style='text-align:right'><b>Người viết:</b> BBT Website</p></div>"
    )
    assert extract_article(_page(body), URL)["authors"] == []


def test_a_builders_page_of_sections_is_read_across_its_sections_up_to_a_call_to_action() -> None:
    body = (
        "<body class='page-body'><header class='top'><a href='/'>Trang chủ</a> <a href='/tin'>Tin tức</a></header>"
        f"<section class='blk blk-sec-1 hero'><div class='sheet'><h1>{HEADLINE}</h1><p>Ngày 12/11/2026</p>"
        f"<p class='intro'><span style='font-weight: 700'>{P1}</span></p></div></section>"
        f"<section class='blk blk-sec-2'><div class='sheet'><div class='row'><div class='cell'><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></div></div></section>"
        "<section class='blk blk-sec-3'><div class='sheet'><div class='row'><div class='cell'><img src='/img/hn-1.jpg'><p style='text-align:center'><em>Các đại biểu dự hội nghị</em></p>"
        "<p>Hội nghị bế mạc lúc 11 giờ 30 cùng ngày.</p></div></div></div></section>"
        "<section class='blk blk-sec-4'><div class='sheet'><h3>Đăng ký tư vấn tuyển sinh</h3><p>Quý phụ huynh vui lòng liên hệ hotline 0909 000 111 hoặc để lại thông tin, nhà trường sẽ liên hệ lại.</p>"
        "<a class='btn btn-primary' href='#dang-ky'>Đăng ký ngay</a></div></section>"
        "<footer><p>Địa chỉ: 27 Trần Văn Ơn. Điện thoại: 0274 3 826 519</p></footer></body>"
    )
    html = f"<html><head><title>{HEADLINE}</title></head>{body}</html>".encode()
    record = extract_article(html, URL)
    assert record["body"].split("\n\n") == [P1, P2, P3, P4, "Hội nghị bế mạc lúc 11 giờ 30 cùng ngày."]
    assert record["summary"] == P1
    assert record["images"] == [{"url": "http://127.0.0.1:8000/img/hn-1.jpg", "caption": "Các đại biểu dự hội nghị"}]


def test_photos_side_by_side_take_the_captions_of_the_row_under_them_in_order() -> None:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><p>12/11/2026</p><div class='post-text'>{_justified(P1)}"
        "<table class='photos'><tr><td><img src='/img/a.jpg'></td><td><img src='/img/b.jpg'></td></tr>"
        "<tr><td><em>Quang cảnh hội nghị</em></td><td><em>Đại biểu phát biểu</em></td></tr></table>"
        f"{_justified(P2, P3)}</div></div>"
    )
    images = extract_article(_page(body), URL)["images"]
    assert [(i["url"].rsplit("/", 1)[1], i["caption"]) for i in images] == [("a.jpg", "Quang cảnh hội nghị"), ("b.jpg", "Đại biểu phát biểu")]


def test_an_essays_signature_above_its_references_is_read_and_the_references_stay() -> None:
    body = (
        f"<div class='bai-viet'><h1>{HEADLINE}</h1><p>12/11/2026</p><div class='noi-dung'>{_justified(P1, P2, P3)}"
        "<p style='text-align:right'><b>TS. Hoàng Minh Đức, ThS. Vũ Thị Lan</b></p>"
        "<p style='text-align:right'><i>Khoa Lý luận cơ sở</i></p>"
        "<p><b>Chú thích:</b></p><p>(1) Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, t.1, tr.47.</p>"
        "<p>(2) Sđd, t.1, tr.52.</p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Hoàng Minh Đức", "Vũ Thị Lan"]
    assert record["body"].endswith("Chú thích:\n\n(1) Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, t.1, tr.47.\n\n(2) Sđd, t.1, tr.52.")
    assert "Khoa Lý luận" not in record["body"]


def test_footnotes_after_a_signature_stay_in_the_text() -> None:
    body = (
        f"<div class='bai-viet'><h1>{HEADLINE}</h1><p>12/11/2026</p><div class='noi-dung'>{_justified(P1, P2, P3)}"
        "<p style='text-align:right'><strong>Lê Quang Huy</strong></p>"
        "<p>[1] Hồ Chí Minh: Toàn tập, t.5, tr.309.</p><p>[2] Sđd, t.5, tr.312.</p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Lê Quang Huy"] and record["body"].endswith("[2] Sđd, t.5, tr.312.")


def test_a_signature_above_a_bold_lead_leaves_the_lead_a_summary() -> None:
    body = (
        f"<div class='bai-viet'><h1>{HEADLINE}</h1><p>12/11/2026</p><div class='noi-dung'>"
        "<p style='text-align:right'><b><i>ThS. Đặng Văn Toàn – Phó Trưởng khoa Xây dựng Đảng</i></b></p>"
        f"<p><b>{P1}</b></p>{_justified(P2, P3)}</div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["summary"] == P1 and record["authors"] == ["Đặng Văn Toàn"]


def test_an_author_boxs_name_is_its_first_line_not_its_role() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><p class='meta'>12/11/2026</p><div class='entry-content'>{_justified(P1, P2, P3)}</div>"
        "<div class='about-author'><img src='/a/avatar.png' alt=''><div class='author-info'><a href='/author/vp/'>Văn phòng Sở</a>"
        "<div class='role'>Bộ phận truyền thông</div></div><p>Tài khoản đăng tin của Văn phòng.</p></div></article>"
    )
    assert extract_article(_page(body), URL)["authors"] == ["Văn phòng Sở"]


def test_a_signature_set_right_under_the_last_of_several_photos_is_no_caption() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><p>12/11/2026</p><div class='entry-content'>{_justified(P1)}"
        "<p><img src='/img/1.jpg'></p><p>Các đại biểu tham quan phòng học bộ môn</p>"
        f"{_justified(P2, P3)}<p><img src='/img/2.jpg'></p>"
        "<p style='text-align: right;'><em>GV. Trần Minh Khoa – Tổ Hóa học</em></p></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert record["images"][-1]["caption"] is None and record["authors"] == ["Trần Minh Khoa"]


def test_a_skins_pictures_are_no_photos() -> None:
    from crawler.core.urls import is_theme_asset

    assert is_theme_asset("/Portals/0/Skins/SoGD/images/pt_left.gif")
    assert is_theme_asset("http://h/wp-content/themes/newsmag/images/bullet.png")
    assert is_theme_asset("/templates/jsn_epic/images/corner.png?v=2")
    assert not is_theme_asset("/Portals/0/Images/TinTuc/2026/hoi-nghi.jpg")
    body = (
        f"<div class='khung'><table class='tieude'><tr><td><img src='/Skins/Xanh/images/tl.gif'></td><td>TIN TỨC</td></tr></table>"
        f"<h2>{HEADLINE}</h2><p>12/11/2026</p><div class='noi-dung'>{_justified(P1, P2, P3)}</div></div>"
    )
    assert extract_article(_page(body), URL)["images"] == []


def test_a_control_parameters_send_to_a_friend_view_is_never_followed() -> None:
    assert is_trap("http://127.0.0.1:8000/Default.aspx?tabid=60&ItemID=77&ctl=SendMail")
    assert is_trap("http://127.0.0.1:8000/Default.aspx?ctl=print&tabid=60&ItemID=77")
    assert not is_trap("http://127.0.0.1:8000/Default.aspx?tabid=60&ItemID=77&ctl=Detail")


def test_a_lists_box_is_judged_by_its_class_not_the_controls_id() -> None:
    from lxml import html as lxml_html

    from crawler.navigation.listing import list_in_noise

    box = lxml_html.fromstring("<div><table class='tin-grid' id='ctr12_NewsList_grid'><tr><td>x</td></tr></table></div>")
    assert not list_in_noise(box.find("table"))
    box = lxml_html.fromstring("<div><table class='related-news' id='grid1'><tr><td>x</td></tr></table></div>")
    assert list_in_noise(box.find("table"))
