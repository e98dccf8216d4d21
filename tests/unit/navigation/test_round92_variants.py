"""Round 92's tuning (frappe_blog_thpt): a list's next page behind a "load more" form, on markup of
other shapes than the portal's."""

from __future__ import annotations

import lxml.html

from crawler.navigation.links import extract_links


def _links(body: str, base: str = "http://h/tin-tuc") -> dict[str, object]:
    tree = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    return {link.url: link for link in extract_links(tree, base).links}


def test_a_load_more_forms_hidden_offset_opens_the_next_page() -> None:
    links = _links(
        '<ul><li><a href="/tin-tuc/hoi-thi-gvdg">Hội thi giáo viên dạy giỏi cấp trường</a></li></ul>'
        '<form action="/tin-tuc" class="xem-them"><input type="hidden" name="offset" value="10">'
        '<input type="hidden" name="chuyenmuc" value="3"><input type="submit" value="Tải thêm bài viết"></form>'
    )
    more = links.get("http://h/tin-tuc?offset=10&chuyenmuc=3")
    assert more is not None and more.in_pager


def test_a_form_of_hidden_fields_naming_no_page_opens_nothing() -> None:
    # (a newsletter's sign-up posts a list id, asks for an address: no page of the list)
    links = _links(
        '<form action="/dang-ky"><input type="hidden" name="list" value="7"><button type="submit">Đăng ký</button></form>'
        '<form action="/tin-tuc"><input type="hidden" name="sort" value="moi-nhat"><button>Sắp xếp</button></form>'
    )
    assert not any(url.startswith(("http://h/dang-ky", "http://h/tin-tuc?sort")) for url in links)
