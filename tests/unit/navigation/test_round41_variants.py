"""Round 41 (blind portals kirby_thcs, joomla10_sef_pgd, word_export_static_thpt, drupal6_q_thcs,
jimdo_school): navigation rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

import lxml.html

from crawler.navigation.links import extract_links, is_pagination_link


def _pager_links(markup: str, url: str) -> list[str]:
    tree = lxml.html.fromstring(f"<html><body><div class=main><ul><li><a href='/a/bai-viet-mot.htm'>Một bài viết có tiêu đề khá dài ở đây</a></li></ul>{markup}</div></body></html>")
    links = extract_links(tree, url)
    return [link.url.rsplit("/", 1)[-1] for link in links.links if is_pagination_link(link, url)]


def test_a_hand_typed_number_run_is_a_pager_whatever_its_names() -> None:
    # a static site's list pages, numbers glued to the file name, in a box with no pager class
    assert _pager_links('<p class="trang">Trang: <strong>1</strong>&nbsp; <a href="tintuc2.htm">2</a>&nbsp; <a href="tintuc3.htm">3</a></p>', "http://h/tintuc.htm") == ["tintuc2.htm", "tintuc3.htm"]
    assert _pager_links('<div align=right>[<a href="news_p1.html">1</a>] [2] [<a href="news_p3.html">3</a>] <a href="news_p3.html">Sau »</a></div>', "http://h/news_p2.html") == ["news_p1.html", "news_p3.html"]
    assert _pager_links('<table><tr><td>Page <a href="list-2.asp">2</a> of 4 | <a href="list-4.asp">4</a></td></tr></table>', "http://h/list.asp") == ["list-2.asp", "list-4.asp"]


def test_numbers_among_words_are_no_pager() -> None:
    # a sentence or a list that links numbers is not a pager: "Lớp 6 ... lớp 7"
    assert _pager_links('<p>Xem kết quả lớp <a href="lop6.htm">6</a> và lớp <a href="lop7.htm">7</a> tại đây.</p>', "http://h/ketqua.htm") == []
    # a single number with no other number beside it says no page run
    assert _pager_links('<p>Trang: <a href="tin2.htm">2</a></p>', "http://h/tin.htm") == []


def test_a_query_path_is_a_page_and_query_words_are_a_search() -> None:
    from crawler.navigation.urls import is_trap

    # Drupal without clean URLs routes every page through "q"
    assert not is_trap("http://h/index.php?q=node/412")
    assert not is_trap("http://h/?q=tin-tuc/khai-giang-nam-hoc-moi&page=1")
    assert not is_trap("http://h/?q=taxonomy/term/12")
    # a search's words, and Drupal's own account, search, reply and print pages
    assert is_trap("http://h/?q=khai+giang")
    assert is_trap("http://h/?q=l%E1%BB%8Bch%20thi")
    assert is_trap("http://h/index.php?q=user/login&destination=node%2F412")
    assert is_trap("http://h/?q=comment/reply/412")
    assert is_trap("http://h/?q=print/412")


def _plan(markup: str, url: str):
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    return plan_page(parse(markup.encode("utf-8"), url), PageHints(), None)


def test_a_page_of_tables_alone_is_no_article() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>Nguyễn Văn Giáo {i}</td><td>Giáo viên dạy môn Toán khối 6 và khối 7, chủ nhiệm lớp 7A{i}</td><td>Đại học sư phạm</td></tr>" for i in range(1, 9))
    page = f"<html><body><h1>Danh sách giáo viên năm học 2026 - 2027</h1><div class='noidung'><table>{rows}</table></div></body></html>"
    assert _plan(page, "http://h/doi-ngu.html").kind == "other"
    # a post its meta line dates, whose text is the table, is news (a timetable posted as an
    # article), and so is a notice that says a sentence about its table
    dated = page.replace("</h1>", "</h1><p class='ngay'>Ngày đăng: 20/11/2026</p>")
    assert _plan(dated, "http://h/tin/danh-sach-gv.html").kind == "article"
    said = page.replace("<table>", "<p>Nhà trường công bố danh sách giáo viên chủ nhiệm các lớp năm học 2026 - 2027 như sau:</p><table>")
    assert _plan(said.replace("</h1>", "</h1><p class='ngay'>Ngày đăng: 20/11/2026</p>"), "http://h/tin/danh-sach-gvcn.html").kind == "article"


def test_a_photo_librarys_page_of_one_photo_is_no_article() -> None:
    page = (
        "<html><body><h1>Đội văn nghệ nhận giải nhất hội diễn</h1><div class='photo'>"
        "<p class='meta'>Đăng bởi quantri lúc Thứ 6, 14/11/2026 - 09:10 · 311 lượt xem</p>"
        "<img src='/files/anh/hoi-dien.jpg' width='800' height='533'><p>Đội văn nghệ của trường nhận giải nhất, sáng 14/11/2026.</p>"
        "<p><a href='?size=small'>Ảnh nhỏ</a> | Xem trước | <a href='?size=_original'>Ảnh gốc</a></p></div></body></html>"
    )
    assert _plan(page, "http://h/thu-vien-anh/doi-van-nghe-nhan-giai").kind == "other"


def test_page_buttons_side_by_side_are_a_pager_in_a_box_of_other_things() -> None:
    # round 42 (adobe_muse_thcs): a site builder's "1 2 3" buttons placed in the list's own grid
    grid = (
        "<div class='grid'><a href='/tin/a.html'>Một bài viết có tiêu đề dài hơn một chút</a><p>Trích yếu của bài viết thứ nhất.</p>"
        "<a class='btn' href='tin.html'><div><p>1</p></div></a><a class='btn' href='tin-2.html'><div><p>2</p></div></a><a class='btn' href='tin-3.html'><div><p>3</p></div></a></div>"
    )
    assert _pager_links(grid, "http://h/tin.html") == ["tin.html", "tin-2.html", "tin-3.html"]  # (its own button too)
    # numbers that do not count up one by one, or stand apart, are no pager
    apart = "<div class='grid'><p>Lớp <a href='lop6.html'>6</a> và lớp <a href='lop9.html'>9</a></p></div>"
    assert _pager_links(apart, "http://h/ketqua.html") == []


# --- round 43 (vbulletin_cms_tct) ------------------------------------------------------------


def test_a_forums_session_token_is_no_part_of_the_address_and_no_search() -> None:
    from crawler.core.urls import clean_url
    from crawler.navigation.urls import is_trap

    assert clean_url("http://h/content.php?s=3f2a9c0e1b7d4e6f8a0b2c4d6e8f0a1b&r=12-Tin") == "http://h/content.php?r=12-Tin"
    assert not is_trap(clean_url("http://h/forum/index.php?s=3f2a9c0e1b7d4e6f8a0b2c4d6e8f0a1b"))
    assert is_trap("http://h/?s=khai+giảng")  # a search's words stay a trap


def test_a_forums_post_permalinks_and_jumps_are_not_followed() -> None:
    from crawler.navigation.urls import is_trap

    assert is_trap("http://h/forum/showthread.php?p=4410&viewfull=1")
    assert is_trap("http://h/forum/showpost.php?p=4410&postcount=3")
    assert is_trap("http://h/forum/showthread.php?t=88&goto=newpost")
    assert not is_trap("http://h/forum/showthread.php?t=88")


def test_a_script_serving_a_stored_file_is_a_file() -> None:
    from crawler.core.urls import is_attachment

    assert is_attachment("http://h/forum/attachment.php?attachmentid=345&d=1386")
    assert is_attachment("http://h/forum/download/file.php?id=12")
    assert not is_attachment("http://h/forum/showthread.php?t=12")


def test_an_id_and_a_cosmetic_slug_in_a_query_value_are_the_ids_page() -> None:
    from crawler.core.urls import slugless_alias

    assert slugless_alias("http://h/content.php?r=187-Hoi-nghi-tong-ket") == "http://h/content.php?r=187"
    assert slugless_alias("http://h/bai.php?cat=2&id=77-le-khai-giang") == "http://h/bai.php?cat=2&id=77"
    assert slugless_alias("http://h/content.php?r=3-Tin-hoat-dong/page2") is None  # a section's second page
    assert slugless_alias("http://h/lich.php?tuan=12-2026") is None  # numbers only: no slug
    assert slugless_alias("http://h/content.php?r=187") is None


def test_links_in_the_readers_comments_are_marked() -> None:
    import lxml.html

    from crawler.navigation.links import extract_links

    tree = lxml.html.fromstring(
        "<html><body><div class='entry'><p><a href='/tin/1'>Bài liên quan trong bài</a></p></div>"
        "<div id='comments' class='comments-area'><a href='/forum/t/5096'>Xem chủ đề thảo luận trên diễn đàn</a>"
        "<ol class='commentlist'><li><a href='http://h/blog-cua-ban-doc'>Lan</a> viết: hay quá</li></ol></div></body></html>"
    )
    marked = {link.url.rsplit("/", 1)[-1]: link.in_comments for link in extract_links(tree, "http://h/tin/2").links}
    assert marked == {"1": False, "5096": True, "blog-cua-ban-doc": True}
