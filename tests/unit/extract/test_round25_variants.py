"""Round 25's rules (SharePoint Online modern pages tuned; Haravan, WordPress Soledad, a local
vendor's PHP, NukeViet Edu Gate) on markup of other shapes than the fixtures': other tags, class
names, wording and addresses."""

from __future__ import annotations

from crawler.core.vocab import families
from crawler.extract import extract_article

URL = "http://127.0.0.1:8000/bai-viet/hoi-nghi-nam-hoc-moi.aspx"
TEXT = (
    "<p>Sáng 12/11, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học mới với sự tham dự của "
    "toàn thể cán bộ, giáo viên và nhân viên trong trường.</p><p>Hội nghị đã thống nhất các chỉ tiêu "
    "thi đua, kế hoạch dạy học và các giải pháp nâng cao chất lượng giáo dục toàn diện.</p>"
)
HEADLINE = "Hội nghị triển khai nhiệm vụ năm học mới"


def _page(body: str, title: str = HEADLINE) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_a_typography_components_class_names_no_role() -> None:
    # Fluent UI's "fui-Text" and its card slots set any line: no text family, so a teaser's blurb
    # set with them does not outweigh the text
    assert "content" not in families("fui-Text")
    assert "content" not in families("ms-Persona-secondaryText")


def test_a_short_text_beside_a_roll_up_of_blurbs_set_as_text_is_still_the_text() -> None:
    blurb = "Sáng 17/11, tại hội trường lớn, nhà trường khai mạc hội thi giáo viên dạy giỏi cấp trường, năm học 2026-2027."
    cards = "".join(
        f"<div class='card'><a href='/bai-viet/tin-{n}.aspx'>Hội thi giáo viên dạy giỏi lần {n}</a>"
        f"<div class='fui-Text'>{blurb}</div></div>"
        for n in range(3)
    )
    body = (
        f"<main><section class='page-head'><h1>{HEADLINE}</h1></section>"
        f"<section class='zone'><div class='rte'>{TEXT}</div></section>"
        f"<section class='zone'><div class='roll-up'>{cards}</div></section></main>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"].startswith("Sáng 12/11") and "hội thi giáo viên" not in record["body"]


def test_a_persona_card_under_the_headline_names_the_author() -> None:
    body = (
        f"<main><div class='head'><h1>{HEADLINE}</h1>"
        "<div class='persona'><img src='/anh/avatar.png' alt=''><div class='persona-details'>"
        "<span class='name-line'>Trần Minh Châu - Tổ Văn phòng</span></div></div>"
        "<span class='when'>12/11/2026</span></div>"
        f"<div class='noi-dung'>{TEXT}</div></main>"
    )
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Trần Minh Châu"]
    assert "Trần Minh Châu" not in record["body"]


def test_a_topic_box_above_the_headline_names_the_category() -> None:
    body = (
        "<article><header><p class='post-topic'>Công tác thi đua</p>"
        f"<h1>{HEADLINE}</h1><p>Ngày 12/11/2026</p></header><div class='entry'>{TEXT}</div></article>"
    )
    assert extract_article(_page(body), URL)["category"] == "Công tác thi đua"


def test_a_box_above_the_headline_printing_a_date_names_no_category() -> None:
    body = (
        "<article><header><p class='topic-date'>Thứ Năm, 12/11/2026</p>"
        f"<h1>{HEADLINE}</h1></header><div class='entry'>{TEXT}</div></article>"
    )
    assert extract_article(_page(body), URL)["category"] is None


def test_a_brands_official_account_credits_nobody() -> None:
    from crawler.core.bylines import is_account_name

    assert is_account_name("THCS Hòa Bình Official")
    assert is_account_name("Trường Tiểu học Sao Mai official page")
    assert not is_account_name("Nguyễn Thị Thu Hà")


def test_a_scanned_letters_pages_and_file_are_the_post() -> None:
    # no line of text: the box named as the text holds the letter's pages and its file; the date
    # line is all that scores
    body = (
        "<table><tr><td class='left'><div class='menu-block'><a href='/a'>Giới thiệu</a> <a href='/b'>Tin tức</a></div>"
        "<div class='khoi'><b>THÔNG BÁO</b><p>Lịch tiếp công dân tháng 11: thứ Năm hằng tuần, tại phòng họp số 2, từ 7 giờ 30.</p>"
        "<p>Hạn nộp hồ sơ thi đua, khen thưởng năm học 2025 - 2026: trước ngày 30/11/2026, tại Văn phòng.</p></div></td>"
        "<td class='giua'><div class='bai-viet'>"
        "<h2 class='ten-bai'>Công văn số 215/PGDĐT về việc kiểm tra học kỳ I năm học 2026 - 2027</h2>"
        "<p class='ngay'>Đăng lúc 07:30 ngày 14/11/2026 - Số lần xem: 311</p>"
        "<div class='noidung-baiviet'><p><img src='/files/cv-215-1.png'></p><p><img src='/files/cv-215-2.png'></p>"
        "<p><a href='/files/cv-215.pdf'>Tải văn bản</a></p></div></div></td></tr></table>"
    )
    record = extract_article(_page(body, "Công văn số 215/PGDĐT về việc kiểm tra học kỳ I năm học 2026 - 2027"), "http://127.0.0.1:8000/?m=tin&id=215")
    assert [img["url"] for img in record["images"]] == ["http://127.0.0.1:8000/files/cv-215-1.png", "http://127.0.0.1:8000/files/cv-215-2.png"]
    assert record["body"] == ""


def test_a_post_of_files_only_carries_a_content_hash() -> None:
    from crawler.clean.steps import finalise_text

    record = finalise_text({"blocks": [], "title": "Công văn 215", "images": [], "attachments": ["http://h/files/cv-215.pdf"]}, None)
    assert record["content_hash"] and len(record["content_hash"]) == 64


def test_an_updated_entry_date_beside_a_published_one_is_the_last_edit() -> None:
    body = (
        f"<article><h1 class='tieu-de'>{HEADLINE}</h1>"
        "<div class='schema-only'><time class='entry-date updated' datetime='2026-12-01T08:00:00+07:00'>01/12/2026</time></div>"
        "<p class='meta'><time class='entry-date published' datetime='2026-11-12T07:00:00+07:00'>12/11/2026</time></p>"
        f"<div class='entry-content'>{TEXT}</div></article>"
    )
    assert extract_article(_page(body), URL)["published_at"] == "2026-11-12"


def test_the_schools_office_linked_as_the_poster_is_the_author() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><p class='meta'>Đăng bởi <a href='/author/vp/'>Văn phòng nhà trường</a> · 12/11/2026</p>"
        f"<div class='entry-content'>{TEXT}</div></article>"
    )
    assert extract_article(_page(body), URL)["authors"] == ["Văn phòng nhà trường"]


def test_a_date_line_with_its_view_count_is_no_text() -> None:
    from crawler.core.lines import is_date_line

    assert is_date_line("Thứ năm - 01/10/2026 14:00 Đã xem: 1895")
    assert is_date_line("Đăng lúc 07:30 ngày 14/11/2026 - Số lần xem: 311")


def test_the_texts_closing_author_box_gives_author_and_source() -> None:
    body = (
        f"<div class='chi-tiet'><h1>{HEADLINE}</h1><p>Ngày 12/11/2026</p><div class='noi-dung-bai'>{TEXT}"
        "<div class='author-box'><p align='right'><b>Người viết:</b> Lê Thu Trang</p>"
        "<p align='right'><b>Nguồn:</b> <a href='https://bao.example.vn/'>Báo Giáo dục</a></p></div></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert (record["authors"], record["source"]) == (["Lê Thu Trang"], "Báo Giáo dục")
    assert "Lê Thu Trang" not in record["body"]


def test_a_hidden_schema_author_naming_the_school_credits_nobody() -> None:
    body = (
        f"<article><h1 itemprop='headline'>{HEADLINE}</h1>"
        "<span style='display:none' itemprop='author' itemscope><span itemprop='name'>Trường THPT Hòa Bình</span></span>"
        f"<p>12/11/2026</p><div class='entry-content'>{TEXT}</div></article>"
    )
    assert extract_article(_page(body), URL)["authors"] == []


def test_a_second_text_field_after_the_body_is_the_articles_and_its_label_is_not() -> None:
    body = (
        f"<main><h1>{HEADLINE}</h1><p class='ngay'>12/11/2026</p>"
        f"<section class='post-body cms-text'>{TEXT}</section>"
        "<div class='extra-field' style='display:none'><p>Trường chưa cập nhật nội dung video.</p></div>"
        "<div class='field-wrap'><h4>Lưu ý</h4><section class='lead-note cms-text'><p>Cán bộ, giáo viên có mặt trước 7 giờ 15 phút,"
        " trang phục theo quy định của ngành.</p></section></div>"
        "<div class='related'><h3>Tin khác</h3><ul><li><a href='/tin/1'>Hội thi giáo viên dạy giỏi cấp trường</a></li></ul></div></main>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"].endswith("trang phục theo quy định của ngành.")
    assert "Lưu ý" not in record["body"] and "video" not in record["body"]


def test_an_author_card_beside_the_text_gives_the_author_and_the_day() -> None:
    body = (
        f"<main><section class='cover'><h1>{HEADLINE}</h1></section><section class='post'><div class='row'>"
        f"<div class='col-main'><div class='post-text'>{TEXT}</div></div>"
        "<div class='col-side'><div class='writer'><img src='/avatar/12.png' alt='Đỗ Thanh Tùng'>"
        "<div><b>Đỗ Thanh Tùng</b><br><time datetime='2026-11-05'>11/05/2026</time></div></div>"
        "<div class='share'><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a></div></div></div></section></main>"
    )
    record = extract_article(_page(body), URL)
    assert (record["authors"], record["published_at"]) == (["Đỗ Thanh Tùng"], "2026-11-05")


def test_a_filed_in_line_after_the_text_is_furniture() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><p>12/11/2026</p><div class='entry'>{TEXT}"
        "<p style='text-align:right'><em>Nguồn: Báo Giáo dục</em></p>"
        "<p>thuộc <a href='/chuyen-muc/tin-tuc'>Tin tức - Sự kiện</a></p></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert record["source"] == "Báo Giáo dục" and "Tin tức - Sự kiện" not in record["body"]


def test_a_page_of_a_title_and_a_file_alone_is_no_article() -> None:
    from crawler.clean.steps import not_article_reason

    record = {"title": "Nội quy học sinh", "body": "", "images": [], "attachments": ["http://h/files/noi-quy.pdf"]}
    assert not_article_reason(record) == "no_body"
    record["images"] = [{"url": "http://h/files/cv-215-1.png", "caption": None}]
    assert not_article_reason(record) is None  # (a scanned letter's pages: the post says them)
