"""Round 96 (blind portals nikola_pgd, joomla_zoo_thcs, mezzanine_pgd, vitepress_tct,
wp_bridge_mamnon, xenforo_thcs): rules read on pages whose markup varies from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.core.bylines import parse_byline, parse_signature
from crawler.core.lines import is_counter
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.blocks import image_url, is_hidden

_P1 = (
    "Sáng 26/11/2026, Trường THCS Lê Quý Đôn tổ chức hội thi kể chuyện theo sách dành cho học sinh khối 6 và khối 7 "
    "với sự tham gia của 24 thí sinh."
)
_P2 = (
    "Các em đã mang đến những câu chuyện cảm động về tình bạn, tình thầy trò và lòng biết ơn, được ban giám khảo đánh "
    "giá cao về cách dẫn dắt và giọng kể."
)


def _page(body: str, head: str = "") -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8">{head}</head><body><div class="menu"><a href="/">Trang chủ</a> '
        '<a href="/chuyen-muc/hoat-dong">Hoạt động</a></div>'
        f"{body}<div class=\"chan\"><p>Trường THCS Lê Quý Đôn. Điện thoại: 0236 3852 111.</p></div></body></html>"
    ).encode()


def test_a_box_named_as_text_holding_a_photos_caption_alone_is_not_the_text() -> None:
    body = (
        '<div class="muc"><h1 class="tieu-de">Hội thi kể chuyện theo sách</h1><div class="khung-anh">'
        '<img src="/anh/ke-chuyen.jpg" width="600"><div class="field field-text"><p class="mo-ta-anh chu-thich">'
        'Thí sinh lớp 6A2 kể chuyện trước ban giám khảo và các bạn</p></div></div>'
        f"<div><div><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    assert extract_article(_page(body), "http://h/tin/ke-chuyen")["body"].split("\n\n") == [_P1, _P2]


def test_a_themes_colour_setting_names_no_side_column() -> None:
    assert families("wrap_75_25 background-color-sidebar") == frozenset()
    assert "chrome" in families("sidebar-right")


def test_the_posting_time_alone_over_the_text_takes_the_day_of_the_stamp_of_that_minute() -> None:
    head = '<meta property="article:published_time" content="2026-11-26T02:45:00+00:00">'
    body = (
        '<div class="bai"><h1>Hội thi kể chuyện theo sách</h1><div class="thong-tin">Đăng lúc 09:45h trong '
        f'<a href="/chuyen-muc/hoat-dong">Hoạt động</a></div><div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    assert extract_article(_page(body, head), "http://h/hoi-thi-ke-chuyen/")["published_at"] == "2026-11-26T09:45:00+07:00"


def test_a_days_badge_over_the_post_is_no_text_and_the_headline_after_it_no_line() -> None:
    body = (
        '<div class="bai"><h1>Hội thi kể chuyện theo sách</h1><div class="noi-dung"><h3 class="tieu-de-bai">'
        '<span class="ngay">26 Th11</span> Hội thi kể chuyện theo sách</h3>'
        f"<p><b>{_P1}</b></p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body), "http://h/hoi-thi-ke-chuyen/")
    assert record["body"].split("\n\n") == [_P1, _P2]
    assert record["summary"] == _P1


def test_a_printed_wall_clock_of_a_utc_stamp_is_read_in_the_sites_zone() -> None:
    from crawler.core.dates import utc_printed_clock

    assert utc_printed_clock("2026-11-25T20:30:00+00:00", "25/11/2026 20:30") == ("2026-11-25T20:30:00+07:00", "2026-11-26T03:30:00+07:00")
    assert utc_printed_clock("2026-11-25T20:30:00+07:00", "25/11/2026 20:30") is None
    head = '<meta property="article:published_time" content="2026-11-25T20:30:00+00:00">'
    body = (
        '<article><h1 class="p-name">Hội thi kể chuyện theo sách</h1><p class="ngay-dang"><time datetime="2026-11-25T20:30:00+00:00">'
        f'25/11/2026 20:30</time></p><div class="e-content"><p>{_P1}</p><p>{_P2}</p></div></article>'
    )
    assert extract_article(_page(body, head), "http://h/posts/hoi-thi/")["published_at"] == "2026-11-26T03:30:00+07:00"


def test_a_day_stored_as_utc_midnight_is_a_day() -> None:
    head = '<meta property="article:published_time" content="2026-11-25T00:00:00Z">'
    body = f'<article><h1>Hội thi kể chuyện theo sách</h1><div class="e-content"><p>{_P1}</p><p>{_P2}</p></div></article>'
    assert extract_article(_page(body, head), "http://h/posts/hoi-thi/")["published_at"] == "2026-11-25"


def test_the_writing_hand_labels_the_writer_and_icons_label_a_count() -> None:
    assert parse_byline("✍️ ThS. Võ Thị Lan, Giáo viên Tổ Ngữ văn").authors == ["Võ Thị Lan"]
    assert parse_byline("🖊 Ban biên tập").authors == []
    assert is_counter("👀 — lượt xem") is False  # (a long dash is no placeholder this rule reads)
    assert is_counter("👁️ -- lượt xem")
    assert is_counter("(3 bình luận)")


def test_a_meta_line_of_fields_glued_by_their_icons_is_read_field_by_field() -> None:
    body = (
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/hoat-dong">Hoạt động</a></nav>'
        '<div class="bai"><h1>Hội thi kể chuyện theo sách</h1><div class="noi-dung"><div class="meta">'
        '<span><a href="/chuyen-muc/hoat-dong">Hoạt động</a></span><span>✍ Trần Văn Nam</span><span>👁 <i>--</i> lượt xem</span>'
        f"</div><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body), "http://h/tin/hoi-thi")
    assert record["body"].split("\n\n") == [_P1, _P2]
    assert record["authors"] == ["Trần Văn Nam"]


def test_a_note_citing_a_document_by_its_number_signs_nothing() -> None:
    assert parse_signature("Sở GD&ĐT Đà Nẵng, Kế hoạch số 215/KH-SGDĐT ngày 02/10/2026 về hội thi kể chuyện.", closing=True) is None
    assert parse_signature("Trần Văn Nam – Giáo viên Trường THCS số 2", closing=True).authors == ["Trần Văn Nam"]


def test_a_threads_prefix_label_is_no_word_of_its_headline() -> None:
    body = (
        '<div class="dau"><h1 class="tieu-de"><span class="badge badge-info">Tin mới</span> Hội thi kể chuyện theo sách</h1></div>'
        f'<div class="bai-dang"><p>{_P1}</p><p>{_P2}</p></div>'
    )
    assert extract_article(_page(body), "http://h/chu-de/hoi-thi.12/")["title"] == "Hội thi kể chuyện theo sách"


def test_a_screen_readers_label_hides_and_is_no_lead() -> None:
    assert is_hidden(html.fromstring('<span class="u-srOnly">Người tạo chủ đề</span>'))
    body = (
        '<div class="dau"><h1>Hội thi kể chuyện theo sách</h1><div class="p-description"><ul><li><span class="u-srOnly">'
        'Người tạo chủ đề</span><a href="/thanh-vien/quantri.1/">quantri</a></li><li><span class="u-srOnly">Ngày gửi</span>'
        '<a href="/chu-de/hoi-thi.12/">Thứ Năm lúc 20:15</a></li></ul></div></div>'
        f'<div class="bai-dang"><p>{_P1}</p><p>{_P2}</p></div>'
    )
    record = extract_article(_page(body), "http://h/chu-de/hoi-thi.12/")
    assert record["summary"] is None
    assert record["body"].split("\n\n") == [_P1, _P2]


def test_forum_and_builder_class_names() -> None:
    assert "byline" in families("message-attribution message-attribution--split")
    assert "related" in families("bbCodeBlock bbCodeBlock--unfurl")
    assert "tools" in families("bbCodeBlock-expandLink")
    assert "tools" in families("custom-block-title")
    assert "content" not in families("media-body")


def test_a_steps_line_under_a_screenshot_is_text() -> None:
    body = (
        f'<div class="bai"><h1>Hướng dẫn tra cứu điểm</h1><div class="noi-dung"><p>{_P1}</p>'
        '<p><img src="/anh/buoc-1.png" width="500"><br>Bước 1: Mở ứng dụng và chọn mục tra cứu.</p>'
        '<p><img src="/anh/buoc-2.png" width="500"><br>Bước 2: Nhập mã học sinh và mật khẩu được cấp.</p>'
        f"<p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body), "http://h/tin/tra-cuu")
    assert "Bước 2: Nhập mã học sinh và mật khẩu được cấp." in record["body"].split("\n\n")
    assert all(image["caption"] is None for image in record["images"])


def test_a_pictures_original_is_read_only_where_src_shows_a_placeholder() -> None:
    shown = html.fromstring('<img src="/proxy.php?image=https%3A%2F%2Fbao.vn%2Fa.jpg&amp;hash=1" data-url="https://bao.vn/a.jpg">')
    assert image_url(shown, "http://h/").startswith("http://h/proxy.php?image=")
    lazy = html.fromstring('<img src="/images/blank.gif" data-url="/uploads/a.jpg">')
    assert image_url(lazy, "http://h/") == "http://h/uploads/a.jpg"
