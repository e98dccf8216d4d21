"""Round 43 (blind portals webnode_school, notion_super_thpt, ucoz_thcs, vbulletin_cms_tct):
extraction rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("role", ['role="img"', "role='img'", "role=img"])
def test_an_icon_glyph_in_a_link_is_no_word(role: str) -> None:
    text = f"<p>Tiếp nối <a href='/p/1'><span {role} aria-label=\"ba lô\">🎒</span>Lễ khai giảng năm học mới</a>, nhà trường tổ chức đại hội chi đoàn các khối lớp với nhiều nội dung thiết thực.</p>"
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


# --- a table template's meta line under the text, translated strings in comments (ucoz_thcs) ---


def _under(meta: str, text: str = _PROSE) -> str:
    return (
        "<html><body><table class='post'><tr><td class='post-title'>Hội thi giáo viên dạy giỏi cấp trường</td></tr>"
        f"<tr><td><div class='msg'>{text}</div></td></tr><tr><td class='post-details'>{meta}</td></tr></table></body></html>"
    )


def test_the_meta_line_under_the_text_gives_date_and_author() -> None:
    meta = "Danh mục: <a href='/tin/c/3'>Chuyên môn</a> | Đăng lúc: 03.11.2026, 14:05 | Người viết: Lê Văn Tâm | Lượt xem: 41"
    record = extract_article(_under(meta), "http://h/tin/hoi-thi")
    assert record["published_at"] == "2026-11-03T14:05:00+07:00"
    assert record["authors"] == ["Lê Văn Tâm"]
    assert record["body"].startswith("Câu văn thứ 0") and "Lượt xem" not in record["body"]


def test_a_box_named_for_details_holding_only_fields_is_no_text() -> None:
    short = "<p>Nhà trường kính mời quý phụ huynh đến dự họp cha mẹ học sinh đầu năm học.</p><p>Thời gian: 7 giờ 30 phút, Chủ nhật ngày 27/9/2026.</p>"
    meta = "Danh mục: <a href='/tb'>Thông báo</a> | Ngày: 22.09.2026 | Người viết: Lê Văn Tâm | Lượt xem: 151"
    record = extract_article(_under(meta, short), "http://h/tb/hop-phu-huynh")
    assert record["body"].startswith("Nhà trường kính mời")


def test_a_label_after_a_comment_names_the_category() -> None:
    meta = "<!--<l10n 31>-->Chuyên mục<!--</l10n>-->: <a href='/tin/c/3'>Chuyên môn</a> | Ngày: 03.11.2026"
    assert extract_article(_under(meta), "http://h/tin/hoi-thi")["category"] == "Chuyên môn"


def test_a_teachers_post_after_the_name_is_no_second_name() -> None:
    from crawler.core.bylines import caption_credit, parse_byline

    assert parse_byline("Tin: Lò Thị Thu - GVCN lớp 9A").authors == ["Lò Thị Thu"]
    assert parse_byline("Bài: Trần Văn Hải - GV Ngữ văn").authors == ["Trần Văn Hải"]
    # a caption opened by "Ảnh:" that describes the photo credits nobody
    assert caption_credit("(Ảnh: Kéo co - trò chơi được các em yêu thích nhất)") == []
    assert caption_credit("Học sinh khối 9 thi đấu (Ảnh: Vàng Thị Mai)") == ["Vàng Thị Mai"]


# --- a forum thread repeating an article, a trail step with its label (vbulletin_cms_tct) ------


def test_a_copy_linking_its_original_on_the_same_site_takes_its_address() -> None:
    thread = (
        "<html><body><h1>Khai giảng lớp bồi dưỡng</h1><div class='post-body'>"
        f"{_PROSE}<p><i>Xem bài gốc: <a href='/cms/bai-viet/196'>Khai giảng lớp bồi dưỡng</a></i></p></div></body></html>"
    )
    assert extract_article(thread, "http://h/dien-dan/chu-de/5123")["canonical_url"] == "http://h/cms/bai-viet/196"
    elsewhere = thread.replace("/cms/bai-viet/196", "https://baotinh.vn/bai/196")
    assert extract_article(elsewhere, "http://h/dien-dan/chu-de/5123")["canonical_url"] == "http://h/dien-dan/chu-de/5123"


def test_a_trail_step_printed_with_its_label_names_the_category() -> None:
    page = (
        "<html><body><div class='breadcrumb'><a href='/'>Trang chủ</a> › <a href='/tin'>Tin tức</a> › "
        "<a href='/tin/c/3'>Danh mục: Tin hoạt động</a></div>"
        f"<h1>Khai giảng lớp bồi dưỡng</h1><div class='entry-body'>{_PROSE}</div></body></html>"
    )
    assert extract_article(page, "http://h/tin/khai-giang")["category"] == "Tin hoạt động"


def test_a_box_named_for_where_it_sits_names_no_text() -> None:
    from crawler.core.vocab import families

    assert families("below_body") == frozenset() and families("above-content") == frozenset()
    assert families("post-body") == {"content"}


def test_today_and_yesterday_are_read_against_the_pages_clock() -> None:
    page = (
        "<html><body><div class='top'>Thứ Sáu, ngày 04/12/2026</div><h1>Khai giảng lớp bồi dưỡng</h1>"
        "<div class='meta'>Gửi bởi bientap • Hôm qua, 04:20 PM</div>"
        f"<div class='entry-body'>{_PROSE}</div></body></html>"
    )
    assert extract_article(page, "http://h/tin/khai-giang")["published_at"] == "2026-12-03T16:20:00+07:00"
    assert extract_article(page.replace("Hôm qua, 04:20 PM", "Hôm nay, 07:15 AM"), "http://h/tin/khai-giang")["published_at"] == "2026-12-04T07:15:00+07:00"


def test_a_readers_comment_named_as_post_text_is_not_the_article() -> None:
    comments = "".join(
        f"<li id='cmt-{i}'><div class='postbody'>Bình luận thứ {i}: cảm ơn nhà trường đã tổ chức hoạt động rất bổ ích và ý nghĩa cho học viên chúng em.</div></li>"
        for i in range(1, 2)
    )
    page = (
        f"<html><body><h1>Hội nghị tổng kết năm học</h1><div class='article-view'>{_PROSE}</div>"
        f"<div class='comment-area'><ol class='commentlist'>{comments}</ol></div></body></html>"
    )
    assert "Bình luận" not in extract_article(page, "http://h/tin/hoi-nghi")["body"]


def test_a_file_line_with_its_size_and_views_in_one_bracket_is_a_file() -> None:
    from crawler.core.lines import is_file_line

    assert is_file_line("KH-215-TCT.docx (86 KB, 12 lượt tải)")
    assert not is_file_line("Hội nghị có 120 đại biểu (chiếm 95%, 12 lượt phát biểu)")


def _thread(forum: str) -> str:
    posts = "".join(
        f"<li class='post' id='post_{900 + i}'>{'<h2>Cảm nhận sau chuyến đi thực tế</h2>' if i == 0 else ''}"
        f"<div id='post_message_{900 + i}'>{_PROSE if i == 0 else '<p>Bài viết hay quá, cảm ơn bạn đã chia sẻ những cảm nhận rất chân thành.</p>'}</div></li>"
        for i in range(3)
    )
    return (
        f"<html><body><div class='breadcrumb'><a href='/forum'>Diễn đàn</a> › <a href='/forum/f2'>{forum}</a></div>"
        f"<h1>Cảm nhận sau chuyến đi thực tế</h1><ol class='posts'>{posts}</ol></body></html>"
    )


def test_a_topic_of_a_members_forum_is_a_discussion_and_of_a_news_forum_news() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    talk = plan_page(parse(_thread("Góc học viên").encode(), "http://h/forum/t/5108"), PageHints(listing_date="2026-11-20"), None)
    assert (talk.kind, talk.reason) == ("other", "forum_discussion")
    news = plan_page(parse(_thread("Tin tức - Sự kiện").encode(), "http://h/forum/t/5108"), PageHints(listing_date="2026-11-20"), None)
    assert news.kind == "article"
    assert "cảm ơn bạn" not in (news.raw.get("body") or "") and all("cảm ơn bạn" not in b.get("text", "") for b in news.raw["blocks"])


def test_a_members_forums_list_of_topics_is_not_walked() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    rows = "".join(f"<li class='threadbit'><h3><a href='/forum/showthread.php?t={5100 + i}'>Chủ đề thảo luận số {i} của học viên lớp K70</a></h3><span>bởi hocvien{i}, 2{i}-11-2026</span></li>" for i in range(6))
    page = (
        "<html><body><div class='breadcrumb'><a href='/forum/'>Diễn đàn</a> › <a href='/forum/forumdisplay.php?f=3'>Hỏi đáp học tập</a></div>"
        f"<h1>Hỏi đáp học tập</h1><ol class='threads'>{rows}</ol></body></html>"
    )
    talk = plan_page(parse(page.encode(), "http://h/forum/forumdisplay.php?f=3"), PageHints(), None)
    assert talk.kind == "listing" and talk.raw["_discussion_list"]
    news = plan_page(parse(page.replace("Hỏi đáp học tập", "Tin tức nhà trường").encode(), "http://h/forum/forumdisplay.php?f=3"), PageHints(), None)
    assert not news.raw["_discussion_list"]
    # a school site's section named like a forum's is not a forum's list
    section = plan_page(parse(page.encode(), "http://h/hoi-dap-hoc-tap/"), PageHints(), None)
    assert not section.raw["_discussion_list"]
