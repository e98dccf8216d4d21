"""Markup shapes of round 109's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.dates import find_dates
from crawler.extract import extract_article

_P1 = (
    "Sáng 26/11/2026, Trường THPT Nguyễn Trãi tổ chức hội thi Olympic tiếng Anh cấp trường cho học sinh khối 10 "
    "và khối 11 với sự tham gia của bốn mươi hai thí sinh đến từ mười bốn lớp."
)
_P2 = (
    "Các thí sinh trải qua ba phần thi nghe, đọc hiểu và nói theo chủ đề; ban giám khảo đánh giá cao khả năng giao "
    "tiếp tự nhiên và vốn từ phong phú của nhiều em."
)
_P3 = "Nhà trường sẽ chọn mười thí sinh có kết quả cao nhất vào đội tuyển dự thi cấp thành phố vào tháng 01/2027."
_TITLE = "Hội thi Olympic tiếng Anh cấp trường năm học 2026 - 2027"
_URL = "http://127.0.0.1/tin-tuc/hoi-thi-olympic-tieng-anh-cap-truong"


def _read(body: str, head: str = "") -> dict:
    page = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title>{head}</head><body><nav class="menu"><a href="/">Trang chủ</a>'
        f'<a href="/tin-tuc">Tin tức</a></nav>{body}<footer><p>Trường THPT Nguyễn Trãi.</p></footer></body></html>'
    )
    return extract_article(page.encode(), _URL)


def test_a_time_after_an_at_sign_and_the_sites_zone_by_name() -> None:
    assert [f.iso() for f in find_dates("Friday, December 04 2026 @ 05:20 PM ICT")] == ["2026-12-04T17:20:00+07:00"]
    assert [f.iso() for f in find_dates("04/12/2026 17:20 (ICT)")] == ["2026-12-04T17:20:00+07:00"]


def test_a_comment_threads_disclaimer_after_the_signature_leaves_it_read() -> None:
    body = (
        f'<div class="post"><h1>{_TITLE}</h1><div class="info">Ngày 26/11/2026</div><div class="text"><p>{_P1}</p><p>{_P2}</p>'
        '<p style="text-align:right"><b>Đoàn Thị Mỹ Dung</b></p></div>'
        '<div class="cm-note"><i>Ý kiến bạn đọc thuộc quyền sở hữu của người gửi, không phản ánh quan điểm của nhà trường.</i></div></div>'
    )
    record = _read(body)
    assert record["authors"] == ["Đoàn Thị Mỹ Dung"]
    assert "quyền sở hữu" not in record["body"]


def test_a_lightbox_links_tool_label_is_no_caption() -> None:
    body = (
        f'<div class="post"><h1>{_TITLE}</h1><div class="info">Ngày 26/11/2026</div><div class="text"><p>{_P1}</p>'
        '<p><a href="/up/olympic_big.jpg" title="Click để xem ảnh lớn" class="fancybox"><img src="/up/olympic.jpg" width="600"></a></p>'
        f"<p>{_P2}</p></div></div>"
    )
    record = _read(body)
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in record["images"]] == [("olympic.jpg", None)]


def test_a_modules_own_menu_link_named_like_a_label_files_nothing() -> None:
    body = (
        '<div class="crumbs"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/tin-tuc/hoat-dong">Hoạt động</a></div>'
        '<div class="mod-tools"><a href="/tin-tuc/moi">Tin mới</a> | <a href="/tin-tuc/danh-muc">Danh mục</a> | <a href="/tin-tuc/tim">Tra cứu</a></div>'
        f'<div class="post"><h1>{_TITLE}</h1><div class="info">Ngày 26/11/2026</div><div class="text"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    assert _read(body)["category"] == "Hoạt động"


def test_a_last_edits_box_named_by_its_class_gives_no_time() -> None:
    body = (
        f'<div class="post"><h1>{_TITLE}</h1><div class="meta"><time class="date-published" datetime="2026-11-25T17:00:00.000Z" title="26/11/2026 00:00">26/11/2026</time> '
        '<time class="meta-date-modified" datetime="2026-11-27T02:40:00.000Z">27/11/2026</time></div>'
        f'<div class="text"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    assert _read(body)["published_at"] == "2026-11-26"


def test_the_writers_bio_boxes_under_the_post_are_no_signature() -> None:
    body = (
        f'<article><h1>{_TITLE}</h1><div class="byline">Bởi <a href="/tac-gia/hoa/">Lê Thị Hoa</a> và <a href="/tac-gia/nam/">Trần Văn Nam</a> · 26/11/2026</div>'
        f'<div class="entry"><p>{_P1}</p><p>{_P2}</p></div>'
        '<div class="author-bio"><img class="avatar" src="/a/hoa.jpg" width="64"><h3>ThS. Lê Thị Hoa</h3><p>Giáo viên Tiếng Anh.</p></div>'
        '<div class="author-bio"><img class="avatar" src="/a/nam.jpg" width="64"><h3>Trần Văn Nam</h3><p>Học sinh lớp 11A2.</p></div></article>'
    )
    record = _read(body)
    assert record["authors"] == ["Lê Thị Hoa", "Trần Văn Nam"]
    assert "Giáo viên Tiếng Anh" not in record["body"]


def test_a_credit_box_inside_the_caption_credits_the_photographer() -> None:
    body = (
        f'<article><h1>{_TITLE}</h1><p class="meta">Ngày 26/11/2026</p><div class="entry"><p>{_P1}</p>'
        '<figure><img src="/up/a.jpg"><figcaption>Thí sinh phần thi nói <em class="photo-credit">Ảnh: Vũ Minh Khang</em></figcaption></figure>'
        '<figure><img src="/up/b.jpg"><figcaption>Ban giám khảo chấm thi <small class="credit">– Ảnh: Lò Thị Sen</small></figcaption></figure>'
        f"<p>{_P2}</p></div></article>"
    )
    record = _read(body)
    assert [i["caption"] for i in record["images"]] == ["Thí sinh phần thi nói", "Ban giám khảo chấm thi – Ảnh: Lò Thị Sen"]
    assert record["photographers"] == ["Vũ Minh Khang", "Lò Thị Sen"]


def test_a_preformatted_poem_keeps_its_lines_and_a_code_listing_stays_one_block() -> None:
    body = (
        f'<article><h1>{_TITLE}</h1><p class="meta">Ngày 26/11/2026</p><div class="entry"><p>{_P1}</p>'
        '<pre class="poem">Sân trường mùa lá đổ\nTiếng giảng vọng hành lang\nEm về ôm trang vở</pre>'
        '<pre><code>for i in range(3):\n    print(i)</code></pre>'
        f"<p>{_P2}</p></div></article>"
    )
    paragraphs = _read(body)["body"].split("\n\n")
    assert paragraphs[1:4] == ["Sân trường mùa lá đổ", "Tiếng giảng vọng hành lang", "Em về ôm trang vở"]
    assert paragraphs[4] == "for i in range(3): print(i)"


def test_a_featured_photo_over_a_kicker_with_a_screen_reader_label() -> None:
    body = (
        '<article><header><div class="thumb-side"><figure><img src="/up/olympic-1024x683.jpg" width="1024">'
        '<figcaption>Toàn cảnh hội thi</figcaption></figure></div>'
        '<span class="kicker"><span class="sr-only">Chuyên mục</span><a href="/chuyen-muc/tin-tuc/">Tin tức</a></span>'
        f'<h1>{_TITLE}</h1><p class="meta">Ngày 26/11/2026</p></header><div class="entry"><p>{_P1}</p><p>{_P2}</p></div></article>'
    )
    record = _read(body)
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in record["images"]] == [("olympic-1024x683.jpg", "Toàn cảnh hội thi")]


def test_a_lead_box_showing_the_texts_opening_cut_off_is_no_lead() -> None:
    body = (
        f'<article><h1>{_TITLE}</h1><p class="meta">Ngày 26/11/2026</p><p class="lead">{_P1[:120]}...</p>'
        f'<div class="entry"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></article>'
    )
    record = _read(body)
    assert record["summary"] is None
    assert record["body"].split("\n\n")[0] == _P1


def test_a_tooltip_printing_the_servers_utc_clock_is_that_instant() -> None:
    body = (
        f'<article><h1>{_TITLE}</h1><div class="meta"><time datetime="2026-11-26T02:30:00+00:00" title="26/11/2026 02:30">3 ngày trước</time></div>'
        f'<div class="entry"><p>{_P1}</p><p>{_P2}</p></div></article>'
    )
    assert _read(body)["published_at"] == "2026-11-26T09:30:00+07:00"
