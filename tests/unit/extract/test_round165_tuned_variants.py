"""Markup shapes of round 165's two portals tuned this stop (a Joomla 3 T3 school and an ASP.NET
MVC kindergarten), written again in other words and classes: each test holds the rule, not the
fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.urls import clean_url
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.extract.multipage import article_pager
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page


def test_an_offset_of_nothing_is_the_first_page() -> None:
    assert clean_url("http://h/index.php/thong-bao?limitstart=0") == "http://h/index.php/thong-bao"
    assert clean_url("http://h/tin-tuc.html?start=0&cat=4") == "http://h/tin-tuc.html?cat=4"


def test_an_offset_of_nothing_beside_a_page_size_or_a_page_number_of_0_stays() -> None:
    # (Mambo's page break counts one post's pages "&limit=1&limitstart=0", "…=1"; a page number
    # at 0 is a 0-based pager's first page but no page of a 1-based one)
    url = "http://h/index.php?option=com_content&task=view&id=57&limit=1&limitstart=0"
    assert clean_url(url) == url
    assert clean_url("http://h/tin-tuc?page=0") == "http://h/tin-tuc?page=0"


def test_a_page_break_index_marking_page_one_on_its_list_item_names_the_post_at_its_other_route() -> None:
    # (the post opened at its magazine route, its index and pager linking its menu route)
    here = "http://h/index.php/hoat-dong/12-hoat-dong/845-ngay-hoi-doc-sach"
    route = "http://h/index.php/hoat-dong/845-ngay-hoi-doc-sach"
    page = _page(
        "<nav class='menu'><ul><li class='active'><a href='/index.php/hoat-dong'>Hoạt động</a></li></ul></nav>"
        f"<div class='item-page'><h2>{_TITLE}</h2>"
        f"<div class='toc'><b>Nội dung</b><ul class='nav'><li class='current'><a href='{route}'>Phần mở đầu</a></li>"
        f"<li><a href='{route}?showall=&amp;limitstart=1'>Kết quả</a></li></ul></div>"
        f"<div class='item-body'><p>{_P1}</p><p>{_P2}</p>"
        f"<ul class='pagenav'><li><a href='{route}?showall=&amp;limitstart=1'>Sau »</a></li></ul></div></div>",
        _TITLE,
    )
    tree = parse(page, here).tree
    content = [el for el in tree.iter("div") if el.get("class") == "item-body"]
    assert article_pager(tree, here, content).next_url == f"{route}?showall=&limitstart=1"


def test_a_menus_item_marked_current_is_no_page_of_the_post() -> None:
    # (the section's item: its list's next page is no part of the post)
    here = "http://h/index.php/hoat-dong/845-ngay-hoi-doc-sach"
    page = _page(
        "<div class='wrap'><div class='nav-box'><ul><li class='active'><a href='/index.php/hoat-dong'>Hoạt động</a></li></ul></div>"
        f"<div class='item-page'><div class='inner'><h2>{_TITLE}</h2><div class='item-body'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='more'><a href='/index.php/hoat-dong?start=5'>Sau »</a></div></div></div></div>",
        _TITLE,
    )
    tree = parse(page, here).tree
    content = [el for el in tree.iter("div") if el.get("class") == "item-body"]
    assert article_pager(tree, here, content).next_url is None


def test_a_titled_photo_panel_after_the_text_gives_its_photos_and_no_line() -> None:
    # (its title a box's line, "<div class=ten-album>", not a heading; one photo left in it)
    body = (
        f"<div class='chitiet'><h1>{_TITLE}</h1><p>Ngày đăng: 04/12/2026</p><div class='bai-viet'><p>{_P1}</p><p>{_P2}</p>"
        "<p style='text-align:right'><b>Tin, ảnh: Phạm Thị Thanh Hương</b></p></div></div>"
        "<div class='khung-anh'><div class='title-album'>Một số hình ảnh</div><div class='row'><div class='col-6'>"
        "<a class='lightbox' href='/uploads/2026/12/doc-sach-02.jpg'><img class='lazy' src='/img/loading.gif' data-original='/uploads/2026/12/doc-sach-02.jpg' alt=''></a>"
        "<p class='note'>Các em đọc sách tại thư viện</p></div></div></div>"
        "<div class='tin-khac'><h3>Tin khác</h3><ul><li><a href='/tin/1'>Hội thi kể chuyện</a></li><li><a href='/tin/2'>Trao thưởng</a></li></ul></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/chi-tiet/845/ngay-hoi-doc-sach")
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert record["authors"] == ["Phạm Thị Thanh Hương"]
    assert [(img["url"].rsplit("/", 1)[-1], img["caption"]) for img in record["images"]] == [("doc-sach-02.jpg", "Các em đọc sách tại thư viện")]
