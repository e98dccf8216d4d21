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
