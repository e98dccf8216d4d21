"""Markup shapes of round 151's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.lines import is_boilerplate_line, is_file_line
from crawler.core.urls import is_theme_asset
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-2026"
_P3 = "Kết thúc hội thi, Ban tổ chức trao giấy khen cho các tập thể và cá nhân có thành tích xuất sắc trong năm học."


def _read(body: str, title: str = _TITLE, head: str = "", url: str = _URL) -> dict:
    page = _page(body, title)
    if head:
        page = page.replace(b"</head>", head.encode() + b"</head>")
    return extract_article(page, url)


def test_a_was_this_helpful_question_is_a_tool_line() -> None:
    assert is_boilerplate_line("Bài viết có hữu ích với bạn?") == "tools"
    assert is_boilerplate_line("Thông tin này có hữu ích không?") == "tools"
    assert is_boilerplate_line("Những kinh nghiệm này rất hữu ích với bạn đọc trẻ.") is None


def test_an_echo_js_photo_is_read_from_its_data_attribute_past_a_named_placeholder() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p>"
        "<p><img src='/modules/lazy/img_placeholder.png' data-echo='/files/2026/11/tiet-muc-mua.jpg' alt=''></p>"
        f"<p>{_P2}</p></div></article>"
    )
    assert [im["url"] for im in _read(body)["images"]] == ["http://127.0.0.1/files/2026/11/tiet-muc-mua.jpg"]


def test_an_author_fields_value_typed_as_a_byline_says_who_did_what() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='truong-tac-gia'><div class='nhan'>Tác giả:</div><div class='gia-tri'>Bài, ảnh: Lương Thị Hồng Vân</div></div></article>"
    )
    record = _read(body)
    assert record["authors"] == ["Lương Thị Hồng Vân"]
    assert record["photographers"] == ["Lương Thị Hồng Vân"]


def test_a_section_line_the_menu_links_is_passed_over_the_headline_of_a_table_layout() -> None:
    headline = "Hướng dẫn phụ huynh chăm sóc trẻ trong mùa lạnh"
    body = (
        "<table><tr><td><a href='/tin-tuc.html'>Tin tức</a> <a href='/goc-cha-me.html'>Góc cha mẹ</a></td></tr>"
        "<tr><td><p><font size='1'><a href='/'>Trang chủ</a> » <a href='/goc-cha-me.html'>Góc cha mẹ</a></font></p>"
        "<p><b><font size='3'>GÓC CHA MẸ</font></b></p>"
        f"<p align='center'><b><font size='5'>{headline}</font></b></p><p align='right'><i>02/12/2026</i></p>"
        f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></td></tr></table>"
    )
    assert _read(body, title="Trường Mầm non Họa Mi - Góc cha mẹ")["title"] == headline


def test_a_large_line_that_goes_on_past_a_short_page_title_is_the_headline() -> None:
    headline = "Phòng chống dịch sốt xuất huyết cho trẻ trong mùa mưa"
    menu = "".join(f"<tr><td><a href='/{n}.html'>Mục {n}</a></td></tr>" for n in range(1, 9))
    body = (
        f"<table><tr><td width='180'><table>{menu}</table></td><td width='560'>"
        "<p><font size='1'><a href='/index.html'>Trang chủ</a> » <a href='/index.html#gocph'>Góc phụ huynh</a></font></p>"
        f"<p align='center'><b><font size='5'>{headline}</font></b></p><p align='center'><img src='/images/gach_hoa.gif' width='300' height='14'></p>"
        f"<p align='justify'>{_P1}</p><p align='justify'>{_P2}</p><p align='justify'>{_P3}</p></td></tr></table>"
    )
    assert _read(body, title="Phòng chống dịch sốt xuất huyết")["title"] == headline


def test_a_drawn_visitor_counter_is_no_photo_and_its_label_alone_no_line() -> None:
    assert is_theme_asset("_vti_bin/fpcount.exe/?Page=tin/hoi-thi.htm|Image=2|Digits=5")
    assert is_theme_asset("http://127.0.0.1/_vti_bin/fpcount.exe/2026/?Page=x.html")
    assert is_boilerplate_line("Số lượt xem:") == "counter"


def test_a_note_of_the_last_edit_alone_on_its_line_is_no_text() -> None:
    assert is_boilerplate_line("(Tin được chỉnh sửa lại ngày 03/12/2026)") == "chrome"
    assert is_boilerplate_line("Cập nhật lúc 03/12/2026 14:20") == "chrome"
    assert is_boilerplate_line("Ngày 03/12/2026, nhà trường cập nhật danh sách học sinh.") is None


def test_a_school_nurses_abbreviated_post_signs() -> None:
    body = f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p><p align='right'><b><i>NVYT: Lê Thị Ngọc Hà</i></b></p></div></article>"
    record = _read(body)
    assert record["authors"] == ["Lê Thị Ngọc Hà"]
    assert "NVYT" not in record["body"]


def test_a_headline_typed_again_over_two_lines_leaves_the_text() -> None:
    title = "HỘI THI “GIAI ĐIỆU TUỔI HỒNG” NĂM HỌC 2026 - 2027"
    body = f"<article><h1>{title}</h1><div class='noi-dung'><p>HỘI THI “GIAI ĐIỆU TUỔI HỒNG”</p><p>NĂM HỌC 2026 - 2027</p><p>{_P1}</p><p>{_P2}</p></div></article>"
    assert _read(body, title=title)["body"].startswith(_P1[:40])


def test_a_whole_text_offered_as_a_file_is_a_file_line() -> None:
    assert is_file_line("Toàn văn: 1834-kh-sgddt.pdf")
    assert is_file_line("Xem toàn văn: quyet-dinh-12.docx")
    assert not is_file_line("Toàn văn bài phát biểu được đăng trên tạp chí số 5")


def test_a_justified_paragraph_after_a_clip_is_text_not_the_clips_line() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p><iframe src='https://www.youtube.com/embed/abc'></iframe></p>"
        f"<p style='text-align: justify'>{_P3}</p><p style='text-align:center'><img src='/uploads/2026/12/trao-giai.jpg'></p></div></article>"
    )
    record = _read(body)
    assert _P3 in record["body"]
    assert [im["caption"] for im in record["images"]] == [None]


def test_a_hidden_microdata_date_is_no_printed_date() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><span class='an d-none' itemprop='dateCreated'>2026-11-25T16:02:11+07:00</span>"
        f"<div class='ngay'>Thứ Sáu - 27/11/2026 09:15</div><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    assert _read(body)["published_at"] == "2026-11-27T09:15:00+07:00"


def test_a_news_themes_ad_slot_inside_the_text_is_no_photo() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='td-post-content'><p>{_P1}</p>"
        "<div class='td-a-rec td-a-rec-id-content_top'><a href='https://tuyensinh.example.vn/'><img src='/uploads/2026/06/banner.jpg'></a></div>"
        f"<p>{_P2}</p></div></article>"
    )
    assert _read(body)["images"] == []


def test_a_posts_head_and_text_sharing_a_padding_class_are_no_list_of_two() -> None:
    from lxml import html as lxml_html

    from crawler.navigation.listing import _unlike_pair

    head, text = lxml_html.fromstring(
        "<div><div class='post-head pad-side-padding'>x</div><div class='post-text pad-side-padding'>y</div></div>"
    )
    assert _unlike_pair([head, text])
    a, b = lxml_html.fromstring("<div><div class='item mt-3'>x</div><div class='item mt-3'>y</div></div>")
    assert not _unlike_pair([a, b])


def test_a_shown_entry_date_the_meta_calls_the_last_edit_gives_way_to_the_publication() -> None:
    head = (
        "<meta property='article:published_time' content='2026-10-14T01:15:00+00:00'>"
        "<meta property='article:modified_time' content='2026-11-20T03:02:11+00:00'>"
    )
    body = (
        f"<article><h1>{_TITLE}</h1><span class='ngay'><time class='entry-date updated' datetime='2026-11-20T03:02:11+00:00'>20/11/2026</time></span>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    assert _read(body, head=head)["published_at"].startswith("2026-10-14")


def test_a_notices_kind_over_its_subject_stays_though_the_two_spell_its_title() -> None:
    title = "Thông báo về việc điều chỉnh lịch kiểm tra cuối học kỳ I"
    body = f"<article><h1>{title}</h1><div class='noi-dung'><p>THÔNG BÁO</p><p>Về việc điều chỉnh lịch kiểm tra cuối học kỳ I</p><p>{_P1}</p><p>{_P2}</p></div></article>"
    assert _read(body, title=title)["body"].startswith("THÔNG BÁO")
