"""Round 37's rules (Statamic, Bolt, Mobirise, Serendipity, Dotclear) on markup of other shapes
than the fixtures'."""

from __future__ import annotations

from crawler.extract import extract_article

URL = "http://127.0.0.1:8000/bai-viet/hoi-thi-ke-chuyen-sach.html"
HEADLINE = "Hội thi kể chuyện theo sách cấp trường năm học 2026 - 2027"
P1 = "Sáng 14/11, Liên đội tổ chức Hội thi kể chuyện theo sách với sự tham gia của 24 em học sinh đến từ các chi đội khối 6, 7, 8 và 9."
P2 = "Các em đã mang đến những câu chuyện hay về tình bạn, tình thầy trò và tình yêu quê hương, được ban giám khảo đánh giá cao."
P3 = "Kết thúc hội thi, ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích cho các em có phần thi xuất sắc."


def _page(body: str) -> bytes:
    return f"<html><head><title>Trường THCS Hòa Bình</title></head><body>{body}</body></html>".encode()


def _block(kind: str, token: str, inner: str) -> str:
    return f"<section class='{kind} blk-{token}'><div class='wrap'><div class='line'><div class='cell'>{inner}</div></div></div></section>"


def test_builder_blocks_whose_classes_differ_by_a_generated_token_are_one_text() -> None:
    body = (
        "<section class='topbar blk-Qw8rTy2uIo'><p>Thứ Tư, ngày 25/11/2026</p></section>"
        + _block("heading2", "Xk3mPq9LzA", f"<div class='title'><h3 class='block-title'>{HEADLINE}</h3><h4 class='block-subtitle'>Ngày 15/11/2026</h4></div>")
        + _block("text7", "aB4cD5eF6g", f"<p class='txt'>{P1}</p>")
        + _block("picture2", "Hh7jJk8LmN", "<div class='pic-box'><img src='/anh/ke-chuyen.jpg'><p class='pic-desc'>Em Lò Thị Mai kể chuyện.</p></div>")
        + _block("text7", "zZ1yY2xX3w", f"<p class='txt'>{P2}</p><p class='txt'>{P3}</p>")
        + _block("footer2", "Pp0oO9iI8u", "<p>Trường THCS Hòa Bình, xã Hòa Bình. Điện thoại: 0210 3855 123</p>")
    )
    record = extract_article(_page(body), URL)
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2026-11-15"
    assert record["body"] == f"{P1}\n\n{P2}\n\n{P3}"
    assert [(i["url"].rsplit("/", 1)[1], i["caption"]) for i in record["images"]] == [("ke-chuyen.jpg", "Em Lò Thị Mai kể chuyện.")]
    assert record["summary"] is None


def test_a_galleries_item_line_set_as_a_heading_is_the_photos_caption() -> None:
    items = "".join(
        f"<div class='thumb-item col-4'><div class='frame'><img src='/anh/{n}.jpg'></div><h5 class='item-name'>{cap}</h5></div>"
        for n, cap in (("a", "Học sinh khối 6 kể chuyện"), ("b", "Ban giám khảo chấm thi"))
    )
    body = f"<article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><div class='photo-grid'>{items}</div></article>"
    record = extract_article(_page(body), URL)
    assert [i["caption"] for i in record["images"]] == ["Học sinh khối 6 kể chuyện", "Ban giám khảo chấm thi"]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_data_tables_controls_leave_the_text_and_its_table_stays() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><p>{P1}</p>"
        "<div class='dataTables_length'>Hiển thị <select><option>10</option></select> dòng</div>"
        "<table class='table tbl-search'><thead><tr><th>Giải</th><th>Số em</th></tr></thead>"
        "<tbody><tr><td>Nhất</td><td>1</td></tr><tr><td>Nhì</td><td>2</td></tr></tbody></table>"
        "<div class='dataTables_info'>Hiển thị 1 đến 2 của 2 dòng</div>"
        f"<p>{P2}</p></article>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"] == f"{P1}\n\nGiải | Số em\n\nNhất | 1\n\nNhì | 2\n\n{P2}"


def test_a_blogs_meta_line_after_the_text_gives_the_time_and_category_and_credits_no_login() -> None:
    body = (
        "<div class='day-entry'><h2 class='day-head'>Chủ Nhật, 15/11/2026</h2>"
        f"<h3 class='entry-name'><a href='/blog/hoi-thi-ke-chuyen.html'>{HEADLINE}</a></h3>"
        f"<div class='entry-main'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "<div class='entry-meta-bottom'>Posted by <a href='/authors/3-quantri'>quantri</a> in "
        "<a href='/blog/categories/2-Doi-Doan'>Đội - Đoàn</a> at <a href='/blog/hoi-thi-ke-chuyen.html'>09:15</a> | "
        "<a href='#comments'>Bình luận (0)</a></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["published_at"] == "2026-11-15T09:15:00+07:00"
    assert record["category"] == "Đội - Đoàn"
    assert record["authors"] == []


def test_a_category_link_in_a_query_string_path() -> None:
    body = (
        f"<div class='entry'><h2 class='entry-title'>{HEADLINE}</h2>"
        "<p class='entry-info'>Bởi Ban biên tập, 15/11/2026 - <a href='/index.php?category/Doi-Doan'>Đội - Đoàn</a></p>"
        f"<div class='entry-text'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["category"] == "Đội - Đoàn"


def test_two_text_fields_of_one_post_the_short_one_first() -> None:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>15/11/2026</div>"
        f"<div class='story-text-intro'>{P1}</div>"
        f"<div class='story-text-more'><p>{P2}</p><p>{P3}</p><p>{P2} {P3}</p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["body"].split("\n\n")[0] == P1


def test_a_pupil_credited_as_em_is_named_without_it() -> None:
    body = f"<article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p style='text-align:right'>Ảnh: Em Hà Thị Lan, lớp 8A</p></article>"
    record = extract_article(_page(body), URL)
    assert record["photographers"] == ["Hà Thị Lan"]
