"""Round 76 (blind portals nextjs_strapi_sgddt, nukeviet5_pgd, mambo_tct, sharepoint2010_thpt):
what a Mambo / Joomla 1.0 article page prints around its text, with markup varied from the
fixture's (class names, tables or divs, the widget's wording)."""

from __future__ import annotations

import pytest

from crawler.core.lines import is_date_line
from crawler.extract import extract_article
from crawler.extract.multipage import article_pager
from crawler.navigation.links import differs_by_page

_TEXT = (
    "<p>Sáng ngày 04/12/2026, tại Cơ sở 2, Trường Chính trị tỉnh tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành chính "
    "khóa 2026 - 2027 hệ không tập trung dành cho cán bộ, công chức các xã, phường.</p>"
    "<p>Lớp học có 96 học viên, học tập trong 18 tháng theo chương trình của Học viện Chính trị quốc gia Hồ Chí Minh.</p>"
)
_VOTE = (
    '<form method="post" action="index.php"><span class="{cls}">{label}<img src="images/M_images/rating_star.png" alt="">'
    '<img src="images/M_images/rating_star_blank.png" alt="">&nbsp;/&nbsp;3</span><br>'
    '<span>Kém<input type="radio" name="user_rating" value="1"><input type="RADIO" name="user_rating" value="2">Tốt nhất'
    '<input type="submit" value="Bình chọn"></span></form>'
)


def _page(meta: str, before_text: str = "", after_text: str = "") -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Khai giảng lớp Trung cấp LLCT</title></head><body>'
        '<table width="100%"><tr><td class="nav"><a href="index.php">Trang chủ</a> <a href="index.php?option=com_content&task=blogsection&id=1&Itemid=27">Tin tức - Sự kiện</a> '
        '<a href="index.php?option=com_content&task=blogcategory&id=1&Itemid=28">Hoạt động nhà trường</a></td></tr>'
        '<tr><td class="main"><table class="cpo"><tr><td class="ch">Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 2026 - 2027</td></tr></table>'
        f'<table class="cpo"><tr><td colspan="2">{meta}{before_text}<div>{_TEXT}</div>{after_text}</td></tr></table></td></tr></table>'
        "<div>© Trường Chính trị tỉnh</div></body></html>"
    ).encode()


_META = (
    "<div><span>Tin tức - Sự kiện - </span><span>Hoạt động nhà trường</span></div>"
    "<div><span class='small'>Viết bởi Administrator</span></div>"
    "<div class='cd'>Friday, 04 December 2026 15:20</div>"
)


@pytest.mark.parametrize(("cls", "label"), [("content_rating", "Đánh giá của người dùng:"), ("rating-x", "Bình chọn bài viết:")])
def test_a_rating_form_above_the_text_is_no_text_nor_photo(cls: str, label: str) -> None:
    record = extract_article(_page(_META, _VOTE.format(cls=cls, label=label)), "http://h/index.php?option=com_content&task=view&id=61&Itemid=28")
    assert record["body"].startswith("Sáng ngày 04/12/2026") and "Kém" not in record["body"]
    assert record["images"] == []


def test_the_section_line_the_account_and_an_english_date_above_the_text_are_no_text() -> None:
    record = extract_article(_page(_META), "http://h/index.php?option=com_content&task=view&id=61&Itemid=28")
    assert record["body"].startswith("Sáng ngày 04/12/2026")
    assert record["authors"] == []


def test_a_bracketed_update_stamp_under_the_text_dates_nothing() -> None:
    meta = "<div><span>Nghiên cứu khoa học - </span><span>Nghiên cứu - Trao đổi</span></div>"
    after = "<p></p><div class='md'>Cập nhật ( Monday, 07 December 2026 09:10 )</div>"
    record = extract_article(_page(meta, after_text=after), "http://h/index.php?option=com_content&task=view&id=51&Itemid=33")
    assert record["published_at"] is None and "Cập nhật" not in record["body"]


def test_english_weekday_date_lines() -> None:
    assert is_date_line("Friday, 09 October 2026 14:00")
    assert is_date_line("Wednesday, 28 October 2026 07:15")
    assert not is_date_line("Sunday school 2026 của Đoàn trường")


def test_word_settings_printed_as_text_are_dropped() -> None:
    junk = "<p>Normal 0 false false false EN-US X-NONE X-NONE MicrosoftInternetExplorer4</p>"
    record = extract_article(_page(_META, junk), "http://h/index.php?option=com_content&task=view&id=61&Itemid=28")
    assert "Normal 0" not in record["body"] and "MicrosoftInternetExplorer4" not in record["body"]


def test_a_page_size_beside_the_page_number_keeps_one_article_and_one_listing() -> None:
    base = "http://h/index.php?option=com_content&task=view&id=57&Itemid=31"
    pager = (
        '<div class="pnb"><a href="index.php?option=com_content&amp;task=view&amp;id=57&amp;Itemid=31&amp;limit=1&amp;limitstart=1">Sau &gt;</a> '
        '<a href="index.php?option=com_content&amp;task=view&amp;id=57&amp;Itemid=31&amp;limit=1&amp;limitstart=2">Cuối &gt;&gt;</a></div>'
    )
    from crawler.extract.content import find_content
    from crawler.extract.document import parse

    tree = parse(_page(_META, after_text=pager), base).tree
    found = article_pager(tree, base, find_content(tree).content)
    assert found.next_url is not None and found.next_url.endswith("limit=1&limitstart=1")
    listing = "http://h/index.php?option=com_content&task=blogcategory&id=1&Itemid=28"
    assert differs_by_page(listing + "&limit=3&limitstart=3", listing)
