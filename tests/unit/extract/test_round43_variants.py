"""Round 43 (blind portals webnode_school, notion_super_thpt, ucoz_thcs, vbulletin_cms_tct):
extraction rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

from crawler.core.bylines import looks_like_bare_name
from crawler.extract import extract_article

_PROSE = "".join(f"<p>Câu văn thứ {i} của bài viết kể về hoạt động của nhà trường trong tuần qua, đủ dài để là nội dung.</p>" for i in range(4))


def _page(between: str, after: str = "") -> str:
    return f"<html><body><div class='post'><h2 class='entry-title'>Ngày hội đọc sách của học sinh khối 4</h2>{between}<div class='entry-body'>{_PROSE}{after}</div></div></body></html>"


def test_an_unlinked_category_in_the_meta_line_files_the_post() -> None:
    meta = "<p class='meta'><em class='post-categories'>Hoạt động chuyên môn</em> — <time>20/11/2026</time></p>"
    assert extract_article(_page(meta), "http://h/bai/ngay-hoi-doc-sach")["category"] == "Hoạt động chuyên môn"


def test_a_category_class_holding_a_date_or_a_sentence_names_no_category() -> None:
    dated = "<div class='meta'><span class='category'>Đăng ngày 20/11/2026</span></div>"
    assert extract_article(_page(dated), "http://h/bai/ngay-hoi-doc-sach")["category"] is None
    long = "<div class='meta'><span class='cat-info'>bài viết này thuộc nhiều chuyên mục khác nhau của trang web nhà trường năm nay</span></div>"
    assert extract_article(_page(long), "http://h/bai/ngay-hoi-doc-sach")["category"] is None


def test_a_unit_with_its_number_signs_the_text() -> None:
    assert looks_like_bare_name("Tổ Khối 3")
    assert looks_like_bare_name("Tổ Khối 12")
    assert not looks_like_bare_name("Tổ chức ngày 20")
    assert not looks_like_bare_name("Phòng 203")
    assert not looks_like_bare_name("Nguyễn Văn 3")
    signed = "<div style='text-align:right'><b>Tổ Khối 5</b></div>"
    record = extract_article(_page("", signed), "http://h/bai/ngay-hoi-doc-sach")
    assert record["authors"] == ["Tổ Khối 5"] and "Tổ Khối 5" not in record["body"]
