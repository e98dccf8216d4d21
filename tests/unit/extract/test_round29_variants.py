"""Round 29's rules (Squarespace, phpBB, SPIP, a vendor portal with a script-paged list, WordPress
with Kadence and a table of contents, Contao) on markup of other shapes than the fixtures': other
tags, class names, wording and addresses."""

from __future__ import annotations

from crawler.core.urls import canonicalize_url
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.navigation.urls import is_trap

URL = "http://127.0.0.1:8000/bai-viet/hoi-nghi-chuyen-mon.html"
HEADLINE = "Hội nghị chuyên môn đầu năm học 2026 - 2027"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị chuyên môn đầu năm học với sự tham dự của toàn thể giáo viên các tổ bộ môn và ban giám hiệu."
P2 = "Hội nghị đã thống nhất kế hoạch dạy học, lịch kiểm tra định kỳ và các chuyên đề sinh hoạt tổ chuyên môn trong học kỳ I năm học này."


def _page(body: str, title: str = HEADLINE) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_a_tables_figure_caption_and_a_gallerys_caption_are_no_lines_of_the_text() -> None:
    body = (
        f"<main><h1>{HEADLINE}</h1><section class='bai-noi-dung'><p>{P1}</p>"
        "<figure class='bang'><table><tr><th>Ngày</th><th>Nội dung</th></tr><tr><td>14/11</td><td>Chuyên đề Toán</td></tr>"
        "<tr><td>21/11</td><td>Chuyên đề Ngữ văn</td></tr></table><figcaption>Bảng 2. Lịch sinh hoạt chuyên đề</figcaption></figure>"
        "<figure class='album'><figure><img src='/anh/a.jpg'><figcaption>Giáo viên Tổ Toán báo cáo chuyên đề</figcaption></figure>"
        "<figure><img src='/anh/b.jpg'><figcaption>Thảo luận nhóm tại hội nghị</figcaption></figure>"
        "<figcaption>Một số hình ảnh của hội nghị</figcaption></figure>"
        f"<p>{P2}</p></section></main>"
    )
    record = extract_article(_page(body), URL)
    assert "Bảng 2" not in record["body"] and "Một số hình ảnh" not in record["body"]
    assert record["body"].startswith(P1) and record["body"].endswith(P2)
    assert [i["caption"] for i in record["images"]] == ["Giáo viên Tổ Toán báo cáo chuyên đề", "Thảo luận nhóm tại hội nghị"]


def test_a_short_notice_in_a_cms_named_text_box_under_a_cover_box_is_read() -> None:
    notice = "Nhà trường thông báo cho học sinh nghỉ học ngày thứ Sáu 16/10/2026 để phòng tránh mưa lũ; học sinh đi học lại vào thứ Hai 19/10/2026."
    body = (
        "<div class='trang'><section class='bia-bai'><div class='bia-trong'><header class='post-header'>"
        f"<h1 class='post-title'>{HEADLINE}</h1><div class='post-meta'>Đăng ngày 15/10/2026 bởi Tổ Văn phòng · Thông báo</div></header></div></section>"
        f"<div class='khung'><article><div class='post-content'><p>{notice}</p></div></article></div></div>"
    )
    assert extract_article(_page(body), URL)["body"] == notice


def test_an_iso_stamp_in_a_date_title_is_machine_data_and_shows_no_time() -> None:
    body = (
        f"<div class='bai'><h1>{HEADLINE}</h1><div class='ngay-dang'>Cập nhật ngày <abbr class='dtpublished' "
        "title='2026-11-12T02:30:00+00:00'>12/11/2026</abbr></div>"
        f"<div class='noi-dung'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    assert extract_article(_page(body), URL)["published_at"] == "2026-11-12"


def test_a_trail_named_by_its_french_names_gives_the_category() -> None:
    assert "breadcrumb" in families("fil-ariane") and "breadcrumb" in families("arbo")
    body = (
        "<div id='ariane'><a href='/'>Trang chủ</a> » <a href='/hoat-dong/'>Hoạt động chuyên môn</a> » "
        f"{HEADLINE}</div><div class='bai'><h1>{HEADLINE}</h1><div class='noi-dung'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["category"] == "Hoạt động chuyên môn"
    assert "Trang chủ" not in record["body"]


def test_a_chapeau_by_its_spip_name_is_the_summary() -> None:
    assert "sapo" in families("texte-chapo") or "sapo" in families("chapo")
    body = f"<div class='bai'><h1>{HEADLINE}</h1><div class='chapo'><p>{P1}</p></div><div class='texte'><p>{P2}</p><p>{P2[:60]} – phần hai.</p></div></div>"
    assert extract_article(_page(body), URL)["summary"] == P1


def test_footnotes_the_texts_marks_point_to_are_read_after_the_text() -> None:
    note = "Theo Kế hoạch số 215/KH-PGDĐT ngày 25/9/2026 của Phòng Giáo dục và Đào tạo."
    body = (
        f"<div class='bai'><h1>{HEADLINE}</h1><div class='noi-dung'><p>{P1}<sup><a href='#fn-a' id='ref-a'>1</a></sup></p><p>{P2}</p></div>"
        f"<div class='chu-thich-cuoi'><p id='fn-a'><a href='#ref-a'>(1)</a> {note}</p></div>"
        "<div class='cung-muc'><a href='/bai-viet/khac.html'>Tin cùng mục</a></div></div>"
    )
    assert extract_article(_page(body), URL)["body"].endswith(note)


def test_a_meta_line_of_the_day_and_by_names_who_posted() -> None:
    body = f"<div class='bai'><h1>{HEADLINE}</h1><p class='meta'>12/11/2026 14:00 bởi Tổ Hành chính</p><div class='noi-dung'><p>{P1}</p><p>{P2}</p></div></div>"
    assert extract_article(_page(body), URL)["authors"] == ["Tổ Hành chính"]


def test_spip_squelettes_of_tools_are_never_followed_and_var_mode_is_no_new_page() -> None:
    for target in ("/spip.php?page=imprimer&id_article=7", "/spip.php?page=login&url=x", "/index.php?page=recherche&recherche=thi"):
        assert is_trap(f"http://127.0.0.1:8000{target}"), target
    assert not is_trap("http://127.0.0.1:8000/tin-tuc/?page=2")
    assert canonicalize_url("http://127.0.0.1:8000/spip.php?article7&var_mode=recalcul") == canonicalize_url("http://127.0.0.1:8000/spip.php?article7")


def test_an_event_readers_box_is_named_so_but_a_posts_event_category_is_not() -> None:
    assert "event" in families("event-detail") and "event" in families("mod_eventreader")
    assert "event" not in families("post category-event")


def test_an_event_readers_page_is_no_article() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    body = (
        f"<div class='noi-dung-chinh'><div class='lich event-detail'><h1>{HEADLINE}</h1>"
        "<p class='thoi-gian'>Thứ Năm, 19/11/2026, 07:30 - 11:00</p><p>Địa điểm: Hội trường Phòng GD&amp;ĐT</p>"
        f"<div class='mo-ta'><p>{P1}</p><p>{P2}</p></div></div></div>"
    )
    plan = plan_page(parse(_page(body), "http://127.0.0.1:8000/lich/hoi-nghi.html"), PageHints(as_article=True))
    assert plan.kind != "article"


def test_a_category_that_filters_the_posts_own_section_names_that_section() -> None:
    url = "http://127.0.0.1:8000/bang-tin/le-tong-ket-nam-hoc"
    body = (
        "<nav><a href='/'>Trang chủ</a> <a href='/bang-tin'>Bảng tin</a> <a href='/lien-he'>Liên hệ</a></nav>"
        f"<article><div class='post-meta'><span>Chuyên mục:</span> <a href='/bang-tin?chuyen-de=Khen+thuong'>Khen thưởng</a></div>"
        f"<h1>{HEADLINE}</h1><div class='post-body'><p>{P1}</p><p>{P2}</p></div></article>"
    )
    assert extract_article(_page(body), url)["category"] == "Bảng tin"


def test_a_roll_up_of_other_posts_inside_the_text_is_no_text() -> None:
    teasers = "".join(f"<div class='summary-item'><a href='/bai-viet/{n}'>Bài viết số {n} về hoạt động ngoại khóa của học sinh</a><p class='summary-excerpt'>Đoạn trích của bài viết số {n}.</p></div>" for n in range(3))
    body = f"<div class='bai'><h1>{HEADLINE}</h1><div class='noi-dung'><p>{P1}</p><p>{P2}</p><div class='summary-block'><h3>Đọc thêm</h3>{teasers}</div></div></div>"
    assert extract_article(_page(body), URL)["body"] == f"{P1}\n\n{P2}"


def test_a_slideshows_captions_carried_by_its_enlargement_links_go_to_each_photo() -> None:
    slides = "".join(
        f"<li><a class='phong-to' href='/anh/{n}.jpg' data-caption='{cap}'><img src='/anh/nho-{n}.jpg' alt='DSC_00{n}.JPG'></a></li>"
        for n, cap in enumerate(["Học sinh trồng cây trong vườn trường", "Giáo viên hướng dẫn học sinh chăm sóc cây", ""])
    )
    printed = "<div class='chu-thich-slide'><p>Học sinh trồng cây trong vườn trường</p><p>Giáo viên hướng dẫn học sinh chăm sóc cây</p></div>"
    body = f"<div class='bai'><h1>{HEADLINE}</h1><div class='noi-dung'><p>{P1}</p><ul class='trinh-chieu'>{slides}</ul>{printed}<p>{P2}</p></div></div>"
    record = extract_article(_page(body), URL)
    assert [i["caption"] for i in record["images"]] == ["Học sinh trồng cây trong vườn trường", "Giáo viên hướng dẫn học sinh chăm sóc cây", None]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_list_of_news_inside_a_categorys_box_is_the_categorys_own_list() -> None:
    from crawler.extract.content import position
    from crawler.extract.document import parse
    from crawler.navigation.links import extract_links
    from crawler.navigation.listing import entry_groups

    items = "".join(
        f"<li class='tin'><a href='/tin/{n}.html'>Hội nghị chuyên đề đổi mới phương pháp dạy học số {n}</a> <em>(1{n}/11/2026)</em></li>" for n in range(3)
    )
    html = f"<html><head><title>x</title></head><body><div class='noi-dung'><section class='khung-danh-muc'><h2>Tin hoạt động</h2><ul class='list-news'>{items}</ul></section></div></body></html>"
    page = parse(html.encode(), "http://127.0.0.1:8000/danh-muc/tin-hoat-dong")
    links = extract_links(page.tree, page.url)
    groups = entry_groups(links.anchors, [lk.text for lk in links.links], [lk.url for lk in links.links], position(page.tree))
    assert groups and not groups[0].noise


def test_a_table_element_after_the_text_element_of_the_same_kind_is_the_texts() -> None:
    rows = "".join(f"<tr><td>Tổ {n}</td><td>Phòng {n}0{n}</td></tr>" for n in range(1, 4))
    body = (
        f"<div class='bai'><h1>{HEADLINE}</h1><div class='el-text khoi'><p>{P1}</p><p>{P2}</p></div>"
        f"<div class='el-table khoi'><table><tr><th>Tổ chuyên môn</th><th>Phòng họp</th></tr>{rows}</table></div>"
        "<div class='el-downloads khoi'><a href='/files/ke-hoach.pdf'>Kế hoạch (PDF, 245 KiB)</a></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"].endswith("Tổ 3 | Phòng 303") and "Kế hoạch (PDF" not in record["body"]


def test_a_download_named_in_a_query_and_a_pdf_export_are_no_pages() -> None:
    from crawler.core.urls import is_attachment

    assert is_attachment("http://127.0.0.1:8000/tin/bai.html?file=tai-lieu/2026/ke-hoach.docx")
    assert is_attachment("http://127.0.0.1:8000/download.php?f=van%20ban.pdf")
    assert not is_attachment("http://127.0.0.1:8000/tin/bai.html?id=12")
    assert is_trap("http://127.0.0.1:8000/tin/bai.html?pdf=31")


def test_a_subheadline_over_a_lead_box_is_no_lead() -> None:
    body = (
        f"<div class='bai'><h1>{HEADLINE}</h1><h3>Phiên họp đầu tiên của năm học mới</h3>"
        f"<div class='sapo'><p>{P1}</p></div><div class='noi-dung'><p>{P2}</p><p>{P2[:70]} và các nội dung khác.</p></div></div>"
    )
    assert extract_article(_page(body), URL)["summary"] == P1


def test_a_forums_posting_member_and_neighbour_views_are_never_followed() -> None:
    for target in ("/forum/posting.php?mode=reply&f=2&t=91", "/memberlist.php?mode=viewprofile&u=7", "/ucp.php?mode=register",
                   "/viewtopic.php?f=2&t=91&view=previous", "/dien-dan/member.php?action=profile&uid=3"):
        assert is_trap(f"http://127.0.0.1:8000{target}"), target
    assert not is_trap("http://127.0.0.1:8000/viewtopic.php?f=2&t=91")
    assert not is_trap("http://127.0.0.1:8000/index.php?option=com_content&view=article&id=5")


def test_a_threads_first_post_is_the_article_and_its_replies_are_not() -> None:
    def post(n: int, subject: str, who: str, when: str, text: str) -> str:
        return (f"<div class='bai-dang nen{n % 2}' id='bd-{n}'><h3><a href='#bd-{n}'>{subject}</a></h3>"
                f"<p class='nguoi-gui'>bởi <b>{who}</b> » {when}</p><div class='nd'>{text}</div>"
                f"<dl class='ho-so'><dt>{who}</dt><dd>Bài viết: 12</dd></dl></div>")  # fmt: skip
    body = (
        f"<div id='khung'><h2><a href='/chu-de?id=7'>{HEADLINE}</a></h2>"
        + post(101, HEADLINE, "quantri", "T.Năm 12/11/2026 8:30 am", f"{P1}<br><br>{P2}")
        + post(102, f"Re: {HEADLINE}", "hs_lan", "T.Năm 12/11/2026 9:10 am", "Chúc mừng thầy cô và các bạn!")
        + post(103, f"Re: {HEADLINE}", "gv_minh", "T.Sáu 13/11/2026 7:02 pm", "Cảm ơn nhà trường đã tổ chức hội nghị rất chu đáo.")
        + "</div>"
    )
    record = extract_article(_page(body), "http://127.0.0.1:8000/chu-de?id=7")
    assert record["body"] == f"{P1}\n\n{P2}"
    assert record["published_at"] == "2026-11-12T08:30:00+07:00"


def test_a_forums_trail_and_a_members_signature() -> None:
    assert "chrome" in families("signature") and "chrome" in families("postsignature")
    body = (
        "<ul class='linklist'><li class='icon-home'><a href='/index.php'>Trang chủ diễn đàn</a> <strong>‹</strong> "
        "<a href='/viewforum.php?f=9'>Hoạt động chuyên môn</a></li></ul>"
        f"<div class='bai'><h1>{HEADLINE}</h1><div class='nd'><p>{P1}</p><p>{P2}</p></div>"
        "<div class='signature'>Tổ Toán - Tin<br>Website: http://truong.edu.vn</div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["category"] == "Hoạt động chuyên môn"
    assert record["body"] == f"{P1}\n\n{P2}"


# --- round 30 (Drupal 9 + Paragraphs, htmx, Livewire, Razor Pages) --------------------------------


def test_a_carousel_of_photos_in_the_text_is_read_once_each_without_its_loop_copies() -> None:
    def slide(n: int, cap: str, extra: str = "") -> str:
        return f"<div class='o-slide {extra}'><img data-src='/anh/{n}.jpg' src='data:image/gif;base64,R0lGOD'><p class='o-caption'>{cap}</p></div>"

    slides = slide(3, "Chụp ảnh lưu niệm", "swiper-slide-duplicate") + slide(1, "Khai mạc hội nghị") + slide(2, "Thảo luận tổ") + slide(3, "Chụp ảnh lưu niệm") + slide(1, "Khai mạc hội nghị", "swiper-slide-duplicate")
    body = f"<div class='bai'><h1>{HEADLINE}</h1><div class='noi-dung'><p>{P1}</p><div class='swiper anh-slider'><div class='swiper-wrapper'>{slides}</div></div><p>{P2}</p></div></div>"
    record = extract_article(_page(body), URL)
    assert [i["url"].rsplit("/", 1)[-1] for i in record["images"]] == ["1.jpg", "2.jpg", "3.jpg"]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_poster_printed_before_the_weekday_and_an_office_named_with_a_comma() -> None:
    from crawler.core.bylines import parse_byline

    assert parse_byline("Đăng bởi bientap02 Thứ Ba, 24/11/2026 - 15:20").account
    assert parse_byline("Đăng bởi Trần Minh Đức Chủ nhật, 22/11/2026").posters == ["Trần Minh Đức"]
    assert parse_byline("Người viết: Phòng Kế hoạch, Tài chính và Cơ sở vật chất").authors == ["Phòng Kế hoạch, Tài chính và Cơ sở vật chất"]
    assert parse_byline("Ảnh: Cô giáo Lê Hoa, Trường Mầm non Hoa Sen, trong giờ đón trẻ") is None
