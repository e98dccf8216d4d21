"""Round 35 and 36's rules (Adobe Experience Manager, Optimizely, Hexo, Movable Type, BeTheme,
ProcessWire) on markup of other shapes than the fixtures'."""

from __future__ import annotations

from crawler.extract import extract_article

URL = "http://127.0.0.1:8000/tin/hoi-nghi-chuyen-mon-42.html"
HEADLINE = "Hội nghị chuyên môn đầu năm học 2026 - 2027 của các tổ bộ môn"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị chuyên môn đầu năm học với sự tham dự của toàn thể giáo viên các tổ bộ môn và ban giám hiệu."
P2 = "Hội nghị đã thống nhất kế hoạch dạy học, lịch kiểm tra định kỳ và các chuyên đề sinh hoạt tổ chuyên môn trong học kỳ I năm học này."
P3 = "Kết thúc hội nghị, các tổ trưởng chuyên môn ký cam kết thực hiện kế hoạch và báo cáo kết quả với ban giám hiệu vào cuối mỗi tháng."


def _page(body: str, head: str = "") -> bytes:
    return f"<html><head><title>{HEADLINE}</title>{head}</head><body>{body}</body></html>".encode()


def test_a_photo_printed_only_inside_noscript_is_the_photo() -> None:
    # a script builds the shown <img> from a data attribute; the fallback is the only markup
    body = (
        f"<main><h1>{HEADLINE}</h1><div class='doan'><p>{P1}</p></div>"
        "<div class='khung-anh' data-src-tpl='/media/hoi-nghi.{w}.jpg'><noscript><img src='/media/hoi-nghi.jpg' alt=''></noscript>"
        "<div class='chu-thich'>Toàn cảnh hội nghị chuyên môn</div></div>"
        f"<div class='doan'><p>{P2}</p></div></main>"
    )
    record = extract_article(_page(body), URL)
    assert [i["url"] for i in record["images"]] == ["http://127.0.0.1:8000/media/hoi-nghi.jpg"]
    assert record["images"][0]["caption"] == "Toàn cảnh hội nghị chuyên môn"
    assert "Toàn cảnh" not in record["body"]


def test_a_noscript_copy_beside_a_lazy_placeholder_and_a_tracking_pixel_are_no_photos() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><p>{P1}</p>"
        "<p><img class='lazy' data-src='/media/a.jpg' src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><noscript><img src='/media/a.jpg'></noscript></p>"
        f"<p>{P2}</p><noscript><img src='/pixel.gif?id=9' width='1' height='1'></noscript></article>"
    )
    record = extract_article(_page(body), URL)
    assert [i["url"] for i in record["images"]] == ["http://127.0.0.1:8000/media/a.jpg"]


def test_a_photo_blocks_title_element_is_its_caption() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><p>{P1}</p>"
        f"<div class='picture'><img class='picture__img' src='/media/b.jpg' alt='{HEADLINE}'><span class='picture__title'>Giáo viên các tổ thảo luận nhóm.</span></div>"
        f"<p>{P2}</p></article>"
    )
    record = extract_article(_page(body), URL)
    assert [(i["url"][-5:], i["caption"]) for i in record["images"]] == [("b.jpg", "Giáo viên các tổ thảo luận nhóm.")]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_quotes_figcaption_names_who_said_it_and_is_text() -> None:
    quote = "Mỗi giờ học phải là một giờ học vui, học thật và đánh giá thật."
    body = (
        f"<article><h1>{HEADLINE}</h1><p>{P1}</p>"
        f"<figure class='trich-dan'><blockquote><p>{quote}</p></blockquote><figcaption class='quote-footer'>Thầy Lê Văn Minh, Hiệu trưởng</figcaption></figure>"
        f"<p>{P2}</p></article>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"] == f"{P1}\n\n{quote}\n\nThầy Lê Văn Minh, Hiệu trưởng\n\n{P2}"
    assert record["images"] == []


def test_a_labelled_office_with_a_dash_in_its_name_stays_whole() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='thong-tin'><span class='news-author'>Tác giả: Phòng Tổ chức - Hành chính</span>"
        f"<span>12/11/2026</span></div><div class='noi-dung'><p>{P1}</p><p>{P2}</p></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Phòng Tổ chức - Hành chính"]


def test_a_category_and_its_sub_category_in_the_meta_line_give_the_deeper() -> None:
    body = (
        f"<div class='bai'><h1>{HEADLINE}</h1><div class='dong'>12/11/2026 · Chuyên mục: "
        "<a href='/chuyen-muc/to-chuyen-mon/'>Tổ chuyên môn</a> / <a href='/chuyen-muc/to-chuyen-mon/to-ngu-van/'>Tổ Ngữ văn</a></div>"
        f"<div class='nd'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["category"] == "Tổ Ngữ văn"


def test_a_meta_lines_category_beats_a_trail_of_the_section_alone() -> None:
    body = (
        "<nav class='duong-dan'><a href='/'>Trang chủ</a> » <a href='/tin/'>Tin bài</a></nav>"
        f"<div class='bai'><h1>{HEADLINE}</h1><div class='dong'>Ngày 12/11/2026, mục <a href='/danh-muc/chuyen-mon'>Chuyên môn</a></div>"
        f"<div class='nd'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["category"] == "Chuyên môn"


def test_one_captioned_photo_in_an_images_box_after_the_text_is_the_posts() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='nd'><p>{P1}</p><p>{P2}</p></div>"
        "<div class='gallery-block'><figure><a href='/media/c.jpg'><img src='/media/c-800.jpg'></a><figcaption>Đại biểu dự hội nghị</figcaption></figure></div>"
        "<div class='tags'>Từ khóa: <a href='/tag/chuyen-mon'>chuyên môn</a></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert [(i["url"][-9:], i["caption"]) for i in record["images"]] == [("c-800.jpg", "Đại biểu dự hội nghị")]


def test_a_signature_in_a_text_component_of_its_own_under_a_photo_component() -> None:
    # a page builder's series of components: text, photo, text (the signature only)
    body = (
        f"<div class='page'><h1>{HEADLINE}</h1><div class='grid'>"
        f"<div class='cmpnt-body span12'><div class='rt'><p>{P1}</p><p>{P2}</p></div></div>"
        "<div class='cmpnt-img span12'><div class='ic'><img src='/media/d.jpg'></div></div>"
        "<div class='cmpnt-body span12'><div class='rt'><p style='text-align:right'><b>Tin: Vũ Thị Lan</b></p></div></div>"
        "<div class='cmpnt-share span12'><a href='#'>Chia sẻ</a></div></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Vũ Thị Lan"]
    assert [i["url"][-5:] for i in record["images"]] == ["d.jpg"]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_committee_signing_alone_is_the_author() -> None:
    body = f"<article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p align='right'><i>BCH Công đoàn</i></p></article>"
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["BCH Công đoàn"]
    assert record["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_captioned_image_in_a_figure_with_its_figcaption_prints_its_line_once() -> None:
    body = (
        f"<div class='chi-tiet'><h2>{HEADLINE}</h2><div class='anh-dai-dien'><figure>"
        "<img class='caption' title='Giáo viên dự giờ tiết dạy mẫu' src='/media/e.jpg'>"
        "<figcaption>Giáo viên dự giờ tiết dạy mẫu</figcaption></figure></div>"
        f"<div class='noi-dung'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert [(i["url"][-5:], i["caption"]) for i in record["images"]] == [("e.jpg", "Giáo viên dự giờ tiết dạy mẫu")]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_subject_group_by_its_kind_signing_alone_is_the_author() -> None:
    body = f"<article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p style='text-align:right'><b>Tổ bộ môn Ngữ văn</b></p></article>"
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Tổ bộ môn Ngữ văn"]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_section_headings_class_naming_its_html_tag_is_no_tag_list() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='nd'><p>{P1}</p>"
        "<div class='sec-title'><h3 class='sec-title-tag'>Kết quả năm học 2025 - 2026</h3></div>"
        f"<p>{P2}</p><div class='post-tags'>Thẻ: <a href='/tag/a'>hội nghị</a></div></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"] == f"{P1}\n\nKết quả năm học 2025 - 2026\n\n{P2}"
