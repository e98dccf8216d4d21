"""Round 75 (blind portals aspnetcore_pgd, wp_dangbo_tct, joomla4_tapchi_tct, java_cms_sgddt):
rules, each checked on wording and markup of other shapes than the portal's."""

from __future__ import annotations

import pytest

from crawler.core.bylines import parse_byline
from crawler.extract import extract_article

_PROSE = "Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao chất lượng dạy và học trong năm học mới. "


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("(Bài đăng trên Tạp chí Cộng sản số 1.052, tháng 11/2026)", "Tạp chí Cộng sản"),
        ("Bài đã đăng trên Báo Nhân Dân ngày 12/11/2026", "Báo Nhân Dân"),
        ("Bài viết đã được đăng trên Tạp chí Tuyên giáo", "Tạp chí Tuyên giáo"),
    ],
)
def test_a_reprints_note_of_where_it_was_printed_is_its_source(line: str, source: str) -> None:
    found = parse_byline(line)
    assert found is not None and found.source == source


def test_a_sentence_about_a_post_is_no_reprint_note() -> None:
    assert parse_byline("Bài đăng trên trang nhất của báo được nhiều người đọc và chia sẻ rộng rãi") is None


def _page(text: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Sở GD&amp;ĐT</title></head><body><div class=detail>'
        f"<h1>Hội nghị viên chức, người lao động năm 2026</h1><div class=date>28/11/2026</div><div class=content>{text}</div></div></body></html>"
    ).encode()


def test_a_line_saying_what_the_photos_alt_says_is_its_caption() -> None:
    text = f"<p>{_PROSE * 3}</p><p><img src='/a.jpg' width=800 alt='Toàn cảnh buổi lễ tổng kết.'></p><p>Toàn cảnh buổi lễ tổng kết.</p><p>{_PROSE * 2}</p>"
    record = extract_article(_page(text), "http://h/tin/1/")
    assert record["images"][0]["caption"] == "Toàn cảnh buổi lễ tổng kết." and "Toàn cảnh buổi lễ" not in record["body"]


def test_a_videos_caption_is_no_text_and_a_clips_credit_signs() -> None:
    text = (
        f"<p>{_PROSE * 3}</p><div class=embed><iframe src='https://www.youtube.com/embed/x'></iframe>"
        "<p style='text-align:center'><em>Video: Học sinh biểu diễn văn nghệ chào mừng ngày 20/11</em></p></div>"
        f"<p>{_PROSE * 2}</p><p style='text-align: right;'><em>Clip: Tổ Truyền thông</em></p>"
    )
    record = extract_article(_page(text), "http://h/tin/2/")
    assert "Video:" not in record["body"] and "Clip:" not in record["body"]
    assert "Tổ Truyền thông" in record["authors"] + record["photographers"]


def test_a_slideshows_thumbnails_of_the_texts_photos_are_the_same_photos() -> None:
    photos = "".join(f"<p><img src='/documents/1/p{n}.jpg/u{n}?t=1' width=700></p><p><em>Ảnh {n} của buổi giao ban chuyên môn</em></p>" for n in (1, 2))
    strip = "".join(f"<img src='/documents/1/p{n}.jpg/u{n}?t=1&imageThumbnail=1' width=120>" for n in (1, 2))
    record = extract_article(_page(f"<p>{_PROSE * 3}</p>{photos}<div class=strip>{strip}</div><p>{_PROSE}</p>"), "http://h/tin/3/")
    assert [img["url"].rsplit("/", 2)[-2] for img in record["images"]] == ["p1.jpg", "p2.jpg"]


def test_a_post_filed_under_several_categories_takes_the_one_its_trail_names() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>Trường Chính trị</title></head><body>'
        '<div class=trail><a href="/">Trang chủ</a> » <a href="/chuyen-muc/tin-hoat-dong/">Tin hoạt động</a> » <span>Sơ kết Chỉ thị 05</span></div>'
        f"<article><h1>Sơ kết Chỉ thị 05</h1><div class=date>20/11/2026</div><div class=text><p>{_PROSE * 3}</p><p>{_PROSE * 2}</p></div>"
        '<footer><span class=cats>Chuyên mục: <a href="/chuyen-muc/hoc-tap-lam-theo-bac/">Học tập và làm theo Bác</a>, '
        '<a href="/chuyen-muc/tin-hoat-dong/">Tin hoạt động</a></span></footer></article></body></html>'
    ).encode()
    assert extract_article(html, "http://h/tin-tuc/so-ket/")["category"] == "Tin hoạt động"
