"""What the sixteenth round of blind portals (CodeIgniter, Yii2, Rails with Trix, Sitefinity,
WordPress with JNews) taught, each rule in markups that are none of those portals' own."""

from __future__ import annotations

import pytest

from crawler.core.bylines import is_file_name
from crawler.core.lines import is_boilerplate_line, is_file_line, printed_address
from crawler.extract import extract_article
from tests.unit.extract.test_body_variants import P1, P2, P3, TITLE, URL


def _page(head: str, content: str, *, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<html><head><title>{TITLE}</title>{link}</head><body><div class="wrap"><h1>{TITLE}</h1>
    {head}<div class="noi-dung">{content}</div></div></body></html>"""


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("Địa chỉ bài viết: http://127.0.0.1:8000/tin-tuc/chi-tiet/287/ket-qua", "http://127.0.0.1:8000/tin-tuc/chi-tiet/287/ket-qua"),
        ("URL bài viết: https://pgd.example.vn/index.php/tin/12", "https://pgd.example.vn/index.php/tin/12"),
        ("Link bài viết : www.thcs.example.vn/bai-viet-5.html", "www.thcs.example.vn/bai-viet-5.html"),
        ("Đường dẫn: https://forms.gle/dang-ky-2026", None),  # a notice's registration link is its text
        ("Nguồn: https://baotuyenquang.vn/tin-1", None),  # a source, not the page's own address
        ("Xem chi tiết kế hoạch tại http://127.0.0.1:8000/ke-hoach.pdf", None),  # a sentence
    ],
)
def test_an_address_line_is_read(line: str, address: str | None) -> None:
    assert printed_address(line) == address
    assert (is_boilerplate_line(line) == "address") == (address is not None)


def test_a_print_view_names_the_article_it_prints_as_canonical() -> None:
    article = "http://127.0.0.1:8000/tin-tuc/chi-tiet/287/ket-qua-ky-thi"
    html = _page("<p>Cập nhật: 09/10/2026</p>", f"<p>{P1}</p><p>{P2}</p><p><i>Địa chỉ bài viết: {article}</i></p>")
    record = extract_article(html, "http://127.0.0.1:8000/tin-tuc/in/287")
    assert record["canonical_url"] == article
    assert record["body"] == f"{P1}\n\n{P2}"


def test_an_address_of_another_host_or_a_declared_canonical_wins() -> None:
    elsewhere = _page("<p>09/10/2026</p>", f"<p>{P1}</p><p>Link bài viết: http://other.example.vn/tin/287</p>")
    assert extract_article(elsewhere, URL)["canonical_url"] == URL
    declared = _page("<p>09/10/2026</p>", f"<p>{P1}</p><p>Link bài viết: http://127.0.0.1:8000/tin/9</p>", canonical=URL)
    assert extract_article(declared, URL)["canonical_url"] == URL


@pytest.mark.parametrize(
    "icon",
    ['<span class="glyphicon glyphicon-user"></span>', '<i class="fa fa-user-o" aria-hidden="true"></i>', '<i class="bi bi-person-fill"></i>'],
)
def test_the_name_after_a_person_icon_in_the_meta_line_is_the_author(icon: str) -> None:
    head = f'<p class="meta"><i class="fa fa-calendar"></i> 14/11/2026 07:45 &nbsp; {icon} Trần Thị Hồng Nhung &nbsp; <i class="fa fa-eye"></i> 312</p>'
    record = extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)
    assert record["authors"] == ["Trần Thị Hồng Nhung"]


def test_an_account_after_a_person_icon_is_nobody() -> None:
    head = '<p class="meta"><span class="glyphicon glyphicon-user"></span> Quản trị viên | 14/11/2026</p>'
    assert extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)["authors"] == []


@pytest.mark.parametrize("unit", ["Đoàn trường", "Liên đội", "Công đoàn"])
def test_a_school_unit_set_apart_at_the_end_signs_the_text(unit: str) -> None:
    content = f'<p>{P1}</p><p>{P2}</p><p style="text-align: right;"><strong>{unit}</strong></p>'
    record = extract_article(_page("<p>14/11/2026</p>", content), URL)
    assert record["authors"] == [unit]
    assert record["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("caption", ["IMG_5521.jpg 3,3 MB", "DSC_0457.JPG (2.1 MB)", "z6012345678901_4f2a9c.jpg · 1,8 MB"])
def test_a_file_name_with_its_size_is_no_caption(caption: str) -> None:
    assert is_file_name(caption)
    content = f'<p>{P1}</p><figure><img src="/up/a.jpg"><figcaption>{caption}</figcaption></figure><p>{P2}</p>'
    record = extract_article(_page("<p>14/11/2026</p>", content), URL)
    assert [i["caption"] for i in record["images"]] == [None]
    assert record["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("line", ["lich-kiem-tra-cuoi-hk1.pdf 235 KB", "Ke-hoach-so-45.docx - 1,2 MB", "QĐ 1234.pdf (245 KB)"])
def test_a_file_with_its_size_is_a_file_line(line: str) -> None:
    assert is_file_line(line)


def test_an_office_alone_in_the_author_box_wrote_the_post() -> None:
    head = '<div class="post-author"><img src="/avatar.png" alt=""><span>Bởi</span> <a href="/author/pdt/">Phòng Đào tạo</a></div><p>13/11/2026</p>'
    assert extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)["authors"] == ["Phòng Đào tạo"]


def test_a_teasers_author_box_in_a_related_list_is_not_the_posts() -> None:
    related = ('<div class="related-posts"><h3>Có thể bạn quan tâm</h3><article><h4><a href="/tin/2">Tin khác</a></h4>'
               '<div class="post-author">Bởi <a href="/author/x/">Phòng Tổ chức</a></div></article></div>')  # fmt: skip
    head = '<div class="post-author">Bởi <a href="/author/pdt/">Phòng Đào tạo</a></div><p>13/11/2026</p>'
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="single"><h1>{TITLE}</h1>{head}
    <div class="entry-content"><p>{P1}</p><p>{P2}</p>{related}<p>{P3}</p></div></div></body></html>"""
    assert extract_article(html, URL)["authors"] == ["Phòng Đào tạo"]


def test_a_source_line_leaves_the_post_fields_author() -> None:
    """As shared/real-pages keeps the "Tác giả:" field beside a "Nguồn:" line: the source is where the
    text comes from, the field who wrote or posted it."""
    head = '<div class="post-author">Bởi <a href="/author/pdt/">Phòng Đào tạo</a></div><p>13/11/2026</p>'
    record = extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p><p>Nguồn: Tạp chí Cộng sản</p>"), URL)
    assert record["source"] == "Tạp chí Cộng sản"
    assert record["authors"] == ["Phòng Đào tạo"]
