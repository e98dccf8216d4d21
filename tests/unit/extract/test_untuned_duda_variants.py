"""duda_thpt (round 85, blind, tuned at stop 45): a site builder that sets each paragraph group,
photo and caption in a widget of its own, each widget's class led by its id ("u_1595506971
dmNewParagraph"), typography in classes ("font-size-22", "text-align-left"), and a related
posts list of cards whose text parts are named as text. The pages here vary the names."""

from __future__ import annotations

from crawler.core.vocab import families
from crawler.extract import extract_article

_P1 = (
    "Sáng 02/12/2026, Trường THPT Nguyễn Du tổ chức hội thảo chuyên đề đổi mới kiểm tra, đánh giá môn Toán theo định "
    "hướng phát triển năng lực, với sự tham dự của giáo viên các trường trong cụm."
)
_P2 = (
    "Các báo cáo viên trình bày kinh nghiệm xây dựng ma trận đề, biên soạn câu hỏi theo bốn mức độ và sử dụng kết "
    "quả kiểm tra để điều chỉnh việc dạy học trên lớp, được đại biểu đánh giá cao."
)
_P3 = (
    "Kết thúc hội thảo, nhà trường thống nhất triển khai thí điểm bộ công cụ đánh giá mới ở khối 10 từ học kỳ II, "
    "định kỳ rút kinh nghiệm trong các buổi sinh hoạt tổ chuyên môn."
)


def _page(column: str) -> bytes:
    return (
        '<html lang="vi"><head><meta charset="utf-8"><title>Hội thảo đổi mới kiểm tra, đánh giá môn Toán</title></head>'
        '<body><div class="siteHeader"><a href="/">Trường THPT Nguyễn Du</a></div><div id="site_content" role="main">'
        '<div class="b_1840213377 paraBlock"><h1 class="t-align-left"><span class="font-size-30">Hội thảo đổi mới kiểm tra, '
        "đánh giá môn Toán</span></h1></div>"
        f'<div class="gridRow"><div class="gridCol large-8">{column}</div>'
        '<div class="gridCol large-4"><div class="w_1530044812 htmlWidget hop-tin"><div class="hop-tieu-de">Tin đọc nhiều</div>'
        '<ul><li><a href="/blog/a">Lễ kỷ niệm Ngày Nhà giáo Việt Nam</a></li><li><a href="/blog/b">Hội khỏe Phù Đổng cấp '
        "trường</a></li></ul></div></div></div></div>"
        '<div class="siteFooter"><p>Trường THPT Nguyễn Du. Điện thoại: 0238 3844 555.</p></div></body></html>'
    ).encode()


def _text_widget(wid: int, inner: str) -> str:
    return f'<div class="b_{wid} paraBlock" data-element-type="paragraph">{inner}</div>'


_PHOTO = (
    '<div class="w_1377201945 imageWidget align-center"><a href="/media/hoi-thao-toan-1920w.jpg"><img '
    'src="/media/hoi-thao-toan-1920w.jpg" width="1920" height="1280" alt=""></a></div>'
)
_CAPTION = '<p class="t-align-center"><span style="font-size: 14px;"><em>Các đại biểu trao đổi tại hội thảo.</em></span></p>'

_RELATED = (
    '<div class="b_1022233344 paraBlock"><h3>Bài viết liên quan</h3></div>'
    '<div class="w_1909182736 postListWidget"><div class="entry-card"><div class="card-thumb"><a href="/blog/hoi-thi-gvdg">'
    '<img src="/media/gvdg-640w.jpg" alt=""></a></div><div class="card-content"><h3 class="card-title"><a '
    'href="/blog/hoi-thi-gvdg">Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027</a></h3><p class="card-excerpt">'
    "Từ ngày 10 đến 20/11/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường với sự tham gia của 32 giáo viên, "
    "tiết dạy được đầu tư công phu…</p></div></div><div class=\"entry-card\"><div class=\"card-content\"><h3 "
    'class="card-title"><a href="/blog/ngoai-khoa">Ngoại khóa tìm hiểu lịch sử địa phương</a></h3><p class="card-excerpt">'
    "Chiều 15/11, Đoàn trường tổ chức buổi ngoại khóa tìm hiểu lịch sử địa phương, thu hút đông đảo đoàn viên, thanh "
    "niên tham gia…</p></div></div></div>"
)


def test_typography_classes_name_no_tool_and_no_text() -> None:
    assert "tools" not in families("font-size-22")
    assert "tools" not in families("m-font-size-18")
    assert "content" not in families("text-align-left")
    assert "content" not in families("m-text-align-center")
    assert "tools" in families("fontsize")  # (the reader's font size buttons still are)


def test_a_builders_image_widget_is_a_photo_not_a_sidebar_widget() -> None:
    assert families("imageWidget") == {"media"}


def test_a_heading_in_a_span_sized_by_class_stays_in_the_text() -> None:
    column = _text_widget(1595506971, f'<h3><span class="font-size-22">1. Mục đích</span></h3><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>')
    record = extract_article(_page(column), "http://h/blog/hoi-thao-toan")
    assert record["body"].split("\n\n")[0] == "1. Mục đích"


def test_widgets_led_by_their_ids_are_one_series_with_the_photo_and_its_caption_between() -> None:
    column = (
        _text_widget(1595506971, f"<p>{_P1}</p><p>{_P2}</p>")
        + _PHOTO
        + _text_widget(1125024711, _CAPTION)
        + _text_widget(1772159412, f"<p>{_P3}</p>")
        + _RELATED
    )
    record = extract_article(_page(column), "http://h/blog/hoi-thao-toan")
    assert record["body"].split("\n\n") == [_P1, _P2, _P3]
    assert [(i["url"], i["caption"]) for i in record["images"]] == [
        ("http://h/media/hoi-thao-toan-1920w.jpg", "Các đại biểu trao đổi tại hội thảo.")
    ]


def test_a_related_cards_text_part_named_as_text_does_not_outweigh_a_short_post() -> None:
    column = _text_widget(1158777586, f"<p>{_P1}</p><p>{_P3}</p>") + _PHOTO + _RELATED
    record = extract_article(_page(column), "http://h/blog/hoi-thao-toan")
    assert record["body"].split("\n\n") == [_P1, _P3]


def test_a_see_also_line_does_not_cut_the_last_widget_of_the_series() -> None:
    see_also = '<p><strong>Xem thêm:</strong> <a href="/blog/ke-hoach-hoi-thao">Kế hoạch tổ chức hội thảo chuyên đề môn Toán học kỳ I</a></p>'
    column = _text_widget(1595506971, f"<p>{_P1}</p><p>{_P2}</p>") + _PHOTO + _text_widget(1236072954, f"<p>{_P3}</p>{see_also}")
    record = extract_article(_page(column), "http://h/blog/hoi-thao-toan")
    assert _P3 in record["body"].split("\n\n")
