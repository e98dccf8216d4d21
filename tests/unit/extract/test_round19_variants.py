"""What the nineteenth round of blind portals (MODX, Orchard Core, October CMS, WordPress with
OceanWP) taught, each rule in markups that are none of those portals' own."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.core.urls import base_href
from crawler.extract import extract_article
from crawler.extract.blocks import is_hidden
from tests.unit.extract.test_body_variants import P1, P2, TITLE, URL


def _page(head: str, content: str, *, before_title: str = "", base: str = "") -> str:
    base_tag = f'<base href="{base}">' if base else ""
    return f"""<html><head><title>{TITLE}</title>{base_tag}</head><body><div class="post-wrap">{before_title}<h1 class="the-title">{TITLE}</h1>
    {head}<div class="post-text">{content}</div></div></body></html>"""


@pytest.mark.parametrize(
    ("base", "want"),
    [("http://127.0.0.1:8000/", "http://127.0.0.1:8000/assets/images/a.jpg"), ("/", "http://127.0.0.1:8000/assets/images/a.jpg"), ("", "http://127.0.0.1:8000/tin-tuc/assets/images/a.jpg")],
)
def test_images_resolve_against_the_pages_base(base: str, want: str) -> None:
    content = f'<p>{P1}</p><p><img src="assets/images/a.jpg" width="800"></p><p><em>Quang cảnh hội nghị</em></p><p>{P2}</p>'
    record = extract_article(_page("<p>20.11.2026</p>", content, base=base), "http://127.0.0.1:8000/tin-tuc/bai-viet.html")
    assert [i["url"] for i in record["images"]] == [want]


def test_base_href_is_the_pages_address_without_one() -> None:
    tree = lxml_html.fromstring("<html><head></head><body><p>x</p></body></html>")
    assert base_href(tree, URL) == URL


@pytest.mark.parametrize(
    ("line", "name"),
    [("20.11.2026 | Nguyễn Văn Thành", "Nguyễn Văn Thành"), ("14:30 23.11.2026 • Trần Đình Khánh", "Trần Đình Khánh"), ("Thứ Sáu, 20/11/2026 · Lê Thị Minh Nguyệt", "Lê Thị Minh Nguyệt")],
)
def test_a_name_beside_the_date_in_a_meta_line_posted_it(line: str, name: str) -> None:
    record = extract_article(_page(f'<div class="info">{line}</div>', f"<p>{P1}</p><p>{P2}</p>"), URL)
    assert record["authors"] == [name]


def test_a_category_beside_the_date_is_no_author() -> None:
    record = extract_article(_page('<div class="info">20.11.2026 | Tin tức | 312 lượt xem</div>', f"<p>{P1}</p><p>{P2}</p>"), URL)
    assert record["authors"] == []


@pytest.mark.parametrize("href", ["/tac-gia/phong-gdtrh", "/author/phong-gdtrh/", "/nguoi-dang/phong-gdtrh"])
def test_the_link_to_the_posters_archive_names_who_posted(href: str) -> None:
    head = f'<div class="meta">Đăng ngày 12/11/2026 bởi <a href="{href}">Phòng GDTrH</a> <span>· Cập nhật 14/11/2026 08:30</span></div>'
    record = extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)
    assert record["authors"] == ["Phòng GDTrH"]
    assert record["published_at"] == "2026-11-12"


@pytest.mark.parametrize(("cls", "hidden"), [("d-none d-md-block", False), ("d-none", True), ("d-none d-lg-flex", False), ("hidden-xs", False), ("sr-only", True)])
def test_responsive_classes_hide_only_on_every_screen(cls: str, hidden: bool) -> None:
    assert is_hidden(lxml_html.fromstring(f'<div class="{cls}">x</div>')) is hidden


def test_a_slides_caption_shown_on_a_screen_is_its_caption() -> None:
    gallery = ('<div class="carousel"><div class="carousel-item active"><img src="/up/a.jpg" class="d-block w-100" alt="">'
               '<div class="carousel-caption d-none d-md-block"><p>Đoàn Chủ tịch điều hành Hội nghị</p></div></div></div>')  # fmt: skip
    record = extract_article(_page("<p>12/11/2026</p>", f"{gallery}<p>{P1}</p><p>{P2}</p>"), URL)
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in record["images"]] == [("a.jpg", "Đoàn Chủ tịch điều hành Hội nghị")]


def test_a_featured_photo_right_above_the_headline_leads_the_article() -> None:
    above = '<div class="post-cover"><img src="/up/2026/11/cover.jpg" width="1200" height="800" alt=""></div>'
    record = extract_article(_page("<p>12/11/2026</p>", f"<p>{P1}</p><p>{P2}</p>", before_title=above), URL)
    assert [i["url"] for i in record["images"]] == ["http://127.0.0.1:8000/up/2026/11/cover.jpg"]


def test_a_banner_above_the_articles_box_is_no_featured_photo() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="banner"><img src="/img/banner-truong.jpg" width="1200"></div>
    <div class="post-wrap"><h1>{TITLE}</h1><p>12/11/2026</p><div class="post-text"><p>{P1}</p><p>{P2}</p></div></div></body></html>"""
    assert extract_article(html, URL)["images"] == []


@pytest.mark.parametrize("icon", ['<i class="icon-user"></i>', '<span class="fa fa-user"></span>'])
def test_an_author_box_read_as_shown(icon: str) -> None:
    head = (f'<ul class="meta"><li class="meta-author"><span class="screen-reader-text">Tác giả bài viết:</span>{icon}Bởi '
            '<a href="/author/ttl/" rel="author">Trần Thu Lan</a></li><li class="meta-date">14/11/2026</li></ul>')  # fmt: skip
    assert extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)["authors"] == ["Trần Thu Lan"]


def test_an_account_in_a_screen_readers_author_box_is_nobody() -> None:
    head = ('<ul class="meta"><li class="meta-author"><span class="screen-reader-text">Tác giả bài viết:</span><i class="icon-user"></i>Bởi '
            '<a href="/author/bbt/" rel="author">Ban Biên tập</a></li><li>14/11/2026</li></ul>')  # fmt: skip
    assert extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)["authors"] == []
