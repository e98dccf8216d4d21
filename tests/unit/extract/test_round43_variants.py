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


# --- a page's property rows, link cards and glyphs (notion_super_thpt) --------------------------


def test_a_property_row_printed_as_two_inline_elements_gives_author_and_category() -> None:
    rows = (
        "<div class='fields'><div class='row'><small>Ngày đăng</small><em>20/11/2026</em></div>"
        "<div class='row'><small>Tác giả</small><em>Lê Thu Hà</em><em>Phạm Minh Quân</em></div>"
        "<div class='row'><label>Danh mục</label><span class='tag'>Tin nhà trường</span></div></div>"
    )
    record = extract_article(_page(rows), "http://h/bai/ngay-hoi-doc-sach")
    assert record["authors"] == ["Lê Thu Hà", "Phạm Minh Quân"]
    assert record["category"] == "Tin nhà trường"
    assert "Tác giả" not in record["body"] and "Danh mục" not in record["body"]


def test_a_label_with_its_own_colon_is_left_as_printed() -> None:
    from crawler.extract.document import parse

    page = parse("<html><body><p><span>Từ khóa:</span> <a href='/tag/x'>khai giảng</a></p></body></html>".encode(), "http://h/")
    assert next(page.tree.iter("span")).text == "Từ khóa:"


def test_the_inside_of_a_block_is_what_the_block_is() -> None:
    from crawler.core.vocab import families

    assert families("sidebar__content") == {"chrome"}
    assert families("entry__content") == {"content"}
    assert families("has-footer") == frozenset() and families("no-sidebar") == frozenset()


def test_a_link_card_after_the_text_is_not_the_text() -> None:
    card = "<div class='embed-card'><a href='https://so.example.vn/hd.pdf' class='embed-card__link'><div class='embed-card__content'><div>hd-2315.pdf</div><div>Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027 đối với giáo dục trung học</div></div></a></div>"
    record = extract_article(_page("", card), "http://h/bai/ngay-hoi-doc-sach")
    assert record["body"].startswith("Câu văn thứ 0")


def test_an_icon_glyph_in_a_link_is_no_word() -> None:
    text = "<p>Tiếp nối <a href='/p/1'><span role='img' aria-label='ba lô'>🎒</span>Lễ khai giảng năm học mới</a>, nhà trường tổ chức đại hội chi đoàn các khối lớp với nhiều nội dung thiết thực.</p>"
    record = extract_article(_page("", text), "http://h/bai/ngay-hoi-doc-sach")
    assert "Tiếp nối Lễ khai giảng năm học mới, nhà trường" in record["body"]


def test_a_first_paragraph_wholly_in_italics_is_the_lead() -> None:
    lead = "<p><i>Sáng ngày 19/11/2026, nhà trường long trọng tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam, tôn vinh các thầy cô giáo.</i></p>"
    page = f"<html><body><h1>Kỷ niệm Ngày Nhà giáo Việt Nam</h1><div class='entry-body'>{lead}{_PROSE}</div></body></html>"
    assert extract_article(page, "http://h/bai/ky-niem")["summary"].startswith("Sáng ngày 19/11/2026")


def test_a_related_list_headed_in_a_header_box_goes_with_its_heading() -> None:
    related = (
        "<div class='db-view'><div class='db-view-header'><h3>Bài viết liên quan</h3></div>"
        "<div class='grid'><div class='grid-row'><div><a href='/p/2'>Hội trại truyền thống năm 2026</a></div><div>Đoàn trường</div></div>"
        "<div class='grid-row'><div><a href='/p/3'>Lễ khai giảng năm học mới</a></div><div>Hoạt động</div></div></div></div>"
    )
    record = extract_article(_page("", related), "http://h/bai/ngay-hoi-doc-sach")
    assert "Đoàn trường" not in record["body"] and "Hoạt động" not in record["body"]
