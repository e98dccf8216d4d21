"""Markup shapes of round 113's blind portals (tuned at stop 51), written again in other words and
classes: each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from collections import Counter

from crawler.clean.steps import _one_per_picture
from crawler.core.dates import as_printed
from crawler.extract import extract_article

_P1 = (
    "Sáng 02/12/2026, Trường tổ chức Hội thi “Giáo viên dạy giỏi cấp trường” với sự tham gia của hai mươi bốn "
    "thầy cô thuộc bốn tổ chuyên môn, mỗi người dạy hai tiết trước ban giám khảo."
)
_P2 = (
    "Ban giám khảo đánh giá cao sự chuẩn bị công phu của các thầy cô, nhiều tiết dạy ứng dụng hiệu quả công "
    "nghệ thông tin và phương pháp dạy học tích cực."
)
_P3 = "Kết thúc hội thi, nhà trường chọn sáu giáo viên tiêu biểu dự thi cấp thị xã vào tháng 01/2027."
_TITLE = "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027"
_URL = "http://127.0.0.1/bai-viet/hoi-thi-giao-vien-day-gioi-91.html"


def _page(body: str, head: str = "") -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title>{head}</head><body>{body}</body></html>'
    ).encode()


def test_a_side_boxs_title_over_a_table_of_links_names_no_category() -> None:
    names = ["Giới thiệu", "Tin hoạt động", "Tổ chuyên môn", "Thông báo", "Văn bản"]
    rows = "".join(f'<tr><td><a href="/chuyen-muc/{i}">{name}</a></td></tr>' for i, name in enumerate(names))
    body = (
        f'<table><tr><td class="trai"><p class="hdr">Danh mục</p><table class="list">{rows}</table></td>'
        f'<td class="giua"><div class="path"><a href="/">Trang chủ</a> › <a href="/muc/1">Tin hoạt động</a></div>'
        f"<h2>{_TITLE}</h2><p>Ngày 02/12/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p></div></td></tr></table>"
    )
    assert extract_article(_page(body), _URL)["category"] == "Tin hoạt động"


def test_a_long_row_of_fields_dates_the_post_by_its_own_label_not_the_edit() -> None:
    body = (
        f"<div class='tin'><h1>{_TITLE}</h1>"
        "<div class='thongtin'>Sửa đổi: 04/12/2026 09:20 | Ngày đăng: 02/12/2026 16:05 | Người đăng: bientap | Lượt xem: 1.024 | Bình luận: 3</div>"
        f"<div class='nd'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>"
    )
    assert extract_article(_page(body.replace("Sửa đổi", "Cập nhật")), _URL)["published_at"] == "2026-12-02T16:05:00+07:00"


def test_a_posts_own_article_box_named_like_a_comment_dates_the_post() -> None:
    body = (
        f"<h1>{_TITLE}</h1><div class='toolbar'><a href='#'>Chia sẻ</a> <a href='#'>In</a></div><ol class='thread'>"
        "<li class='entry comment-entry' itemscope itemtype='https://schema.org/NewsArticle'>"
        "<div class='stamp'><time datetime='2026-12-02T09:05:00'>02/12/2026, 04:05 CH</time></div>"
        f"<div class='msg'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></li></ol>"
    )
    assert extract_article(_page(body), _URL)["published_at"] == "2026-12-02T16:05:00+07:00"


def test_a_stamp_without_its_zone_seven_hours_behind_the_clock_shown_is_utc() -> None:
    assert as_printed("2026-12-02T09:05:00", "02-12-2026, 04:05 CH") == "2026-12-02T16:05:00+07:00"
    assert as_printed("2026-12-01T20:30:00", "Hôm nay, 03:30 SA") == "2026-12-02T03:30:00+07:00"
    # (a local stamp the page prints as it is stays as it is; so does one printing another clock)
    assert as_printed("2026-12-02T16:05:00", "02/12/2026 16:05") == "2026-12-02T16:05:00"
    assert as_printed("2026-12-02T09:05:00", "02/12/2026 10:15") == "2026-12-02T09:05:00"


def test_a_thumbnail_by_a_type_parameter_is_the_same_photo() -> None:
    images = [
        {"url": "http://127.0.0.1/attachment.php?id=77&v=2", "caption": "Ban giám khảo dự giờ"},
        {"url": "http://127.0.0.1/attachment.php?id=77&v=2&size=small", "caption": None},
    ]
    assert _one_per_picture(images, Counter()) == images[:1]


def test_a_forum_quotes_header_is_no_line_of_the_text() -> None:
    body = (
        f"<h1>{_TITLE}</h1><p class='meta'>02/12/2026</p><div class='post-text'><p>{_P1}</p>"
        "<div class='bbcode_container'><div class='bbcode_postedby'>Trích lời <b>Hiệu trưởng Lê Văn Nam</b></div>"
        f"<div class='message'>{_P2}</div></div><p>{_P3}</p></div>"
    )
    text = extract_article(_page(body), _URL)["body"]
    assert "Trích lời" not in text and _P2 in text


def test_a_panels_link_button_is_the_question_it_opens() -> None:
    items = "".join(
        f"<div class='faq-item'><div class='faq-head' role='tab'><a href='#' class='faq-toggle-button' aria-controls='p{i}'>{q}</a></div>"
        f"<div class='faq-body' id='p{i}' role='tabpanel'><p>{a}</p></div></div>"
        for i, (q, a) in enumerate([("Hội thi kéo dài bao lâu?", _P2), ("Ai được chọn dự thi cấp thị xã?", _P3)])
    )
    body = f"<h1>{_TITLE}</h1><p class='meta'>02/12/2026</p><div class='entry-content'><p>{_P1}</p>{items}</div>"
    text = extract_article(_page(body), _URL)["body"]
    assert "Hội thi kéo dài bao lâu?" in text and "Ai được chọn dự thi cấp thị xã?" in text


def test_a_builders_boxes_named_content_leave_the_posts_own_modules_whole() -> None:
    def module(inner: str) -> str:
        return f"<div class='fl-module'><div class='fl-module-content fl-node-content'>{inner}</div></div>"

    post = module(f"<div class='fl-rich-text'><p>{_P1}</p></div>") + module(f"<div class='fl-rich-text'><p>{_P2}</p></div>") + module(f"<div class='fl-rich-text'><p>{_P3}</p></div>")
    body = (
        "<div class='fl-row-content'>" + module(f"<h2 class='fl-heading'>{_TITLE}</h2>") + module("<p class='meta'>02/12/2026</p>")
        + f"<div class='fl-module fl-module-fl-post-content'><div class='fl-module-content fl-node-content'>{post}</div></div></div>"
    )
    assert extract_article(_page(body), _URL)["body"] == "\n\n".join([_P1, _P2, _P3])


def test_the_schools_name_without_its_kind_posts_as_nobody() -> None:
    head = '<meta property="og:site_name" content="Trường THCS Chu Văn An">'
    body = (
        f"<h1>{_TITLE}</h1><div class='post-info'><span class='post-info-author'>Đăng bởi <a href='/author/cva/'>Chu Văn An</a></span>"
        "<span> | </span><span class='post-info-date'>02/12/2026</span></div>"
        f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    )
    assert extract_article(_page(body, head), _URL)["authors"] == []
