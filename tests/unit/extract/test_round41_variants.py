"""Round 41 (blind portals kirby_thcs, joomla10_sef_pgd, word_export_static_thpt, drupal6_q_thcs,
jimdo_school): extraction rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

import lxml.html

from crawler.extract.content import find_content
from crawler.extract.multipage import article_pager

TEXT = "".join(f"<p>Đoạn văn thứ {i} của bài viết dài, có đủ chữ để là nội dung của bài báo này.</p>" for i in range(6))


def _pager(markup: str, url: str):
    tree = lxml.html.fromstring(f"<html><body><div id=main><h1>Hội nghị tổng kết năm học</h1>{markup}</div></body></html>")
    return article_pager(tree, url, find_content(tree).content)


def test_pages_two_steps_after_the_article_path_are_its_pages() -> None:
    # Joomla 1.0's search-engine-friendly page break: "/<id>/<Itemid>/<limit>/<limitstart>/"
    first = _pager(f'{TEXT}<div class="pagenavbar"><a href="/bai/88/12/1/1/">Trang sau</a></div>', "http://h/bai/88/12/")
    assert first.next_url == "http://h/bai/88/12/1/1/" and not first.later_page
    middle = _pager(f'{TEXT}<div class="pagenavbar"><a href="/bai/88/12/">« Trước</a> <a href="/bai/88/12/1/2/">Trang sau</a></div>', "http://h/bai/88/12/1/1/")
    assert middle.next_url == "http://h/bai/88/12/1/2/" and middle.later_page


def test_the_last_page_finds_page_one_in_its_table_of_contents() -> None:
    # the last page's pager links only the page before it; the article's own table of contents
    # (unlabelled section names) links the bare path that says both are pages of one article
    toc = '<ul class=chapters><li><a href="/bai/88/12/">Tổng quan</a></li><li><a href="/bai/88/12/1/1/">Kết quả</a></li><li>Phương hướng</li></ul>'
    last = _pager(f'{toc}{TEXT}<p><a href="/bai/88/12/1/1/">« Trước</a></p>', "http://h/bai/88/12/1/2/")
    assert last.later_page and last.next_url is None


def test_two_article_ids_under_one_path_are_not_pages_of_one() -> None:
    other = _pager(f'{TEXT}<p><a href="/tin/13">Sau »</a></p>', "http://h/tin/12")
    assert other.next_url is None and not other.later_page
