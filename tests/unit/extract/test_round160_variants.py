"""Markup shapes of round 160's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/58-hoi-thi-giai-dieu-tuoi-hong.html"
_SCRIPT = "<script>jQuery(window).on('load', function() { new JCaption('img.caption'); });</script>"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_an_image_titles_rendered_line_after_its_inline_wrapper_is_read_once() -> None:
    body = (
        f"{_SCRIPT}<div class='item-page'><h2>{_TITLE}</h2><div class='anh-bai'>"
        "<span itemprop='image'><img class='caption' title='Tiết mục múa của chi đội 8A2' src='/images/hoi-thi.jpg' alt=''><meta itemprop='width' content='auto'></span>"
        "<p class='img-caption'>Tiết mục múa của chi đội 8A2</p></div>"
        f"<div itemprop='articleBody'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = _read(body)
    assert [i["caption"] for i in record["images"]] == ["Tiết mục múa của chi đội 8A2"]
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_the_category_in_the_articles_own_aside_files_it() -> None:
    body = (
        f"<ul class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li class='active'>{_TITLE}</li></ul>"
        f"<article><h1>{_TITLE}</h1><aside class='article-aside'><dl><dd class='category-name'><a href='/doan-doi.html'>Đoàn - Đội</a></dd>"
        "<dd class='published'>Ngày đăng: 04/12/2026</dd></dl></aside>"
        f"<section itemprop='articleBody'><p>{_P1}</p><p>{_P2}</p></section></article>"
    )
    assert _read(body)["category"] == "Đoàn - Đội"


def test_a_cloaked_address_whose_variable_is_numbered_apart_from_its_span_is_read() -> None:
    cloak = (
        "<span id='cloak5f1e2d'>Địa chỉ email này đang được bảo vệ từ spam bots.</span><script type='text/javascript'>"
        "document.getElementById('cloak5f1e2d').innerHTML = '';"
        "var addy_text31337 = 'v&#97;n' + 'ph&#111;ng' + '&#64;' + 'thcs' + '&#46;' + 'edu' + '&#46;' + 'vn';"
        "document.getElementById('cloak5f1e2d').innerHTML += addy_text31337;</script>"
    )
    body = f"<div class='item-page'><h2>{_TITLE}</h2><div itemprop='articleBody'><p>{_P1}</p><p>Mọi thắc mắc gửi về {cloak} trước ngày 10/12.</p></div></div>"
    assert "Mọi thắc mắc gửi về vanphong@thcs.edu.vn trước ngày 10/12." in _read(body)["body"]


def test_a_post_filed_under_two_categories_parted_by_a_slash_takes_the_trails() -> None:
    body = (
        "<nav class='site-breadcrumbs'><ol><li><a href='/'>Trang chủ</a></li><li><a href='/chuyen-muc/doan-doi/'>Đoàn - Đội</a></li>"
        f"<li>{_TITLE}</li></ol></nav><article><h2 class='post-title'>{_TITLE}</h2><ul class='meta'><li><span class='screen-reader-text'>Chuyên mục:</span>"
        "<i class='icon-folder'></i><a href='/chuyen-muc/thong-bao/' rel='category tag'>Thông báo</a> <span class='sep'>/</span> "
        "<a href='/chuyen-muc/doan-doi/' rel='category tag'>Đoàn - Đội</a></li><li>04/12/2026</li></ul>"
        f"<div class='entry'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    assert _read(body, url="http://127.0.0.1/doan-doi/hoi-thi-giai-dieu-tuoi-hong.html")["category"] == "Đoàn - Đội"


def test_the_published_day_wins_over_the_edits_day_printed_before_it() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><ul class='meta'><li itemprop='dateModified'><span class='screen-reader-text'>Sửa đổi:</span><i class='icon'></i>Cập nhật: 06 Tháng Mười Hai, 2026</li>"
        "<li itemprop='datePublished'><span class='screen-reader-text'>Ngày đăng:</span><i class='icon'></i>04 Tháng Mười Hai, 2026</li></ul>"
        f"<div class='entry'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    assert _read(body)["published_at"] == "2026-12-04"


def test_the_writers_box_in_italics_over_the_text_is_no_lead() -> None:
    lead = "Sáng 04/12, Liên đội Trường THCS Lê Lợi tổ chức Hội thi “Giai điệu tuổi hồng” năm học 2026 – 2027 với sự tham gia của mười bốn chi đội."
    body = (
        f"<table><tr><td class='tde'>{_TITLE}</td></tr><tr><td>Ngày đăng: 04/12/2026</td></tr><tr><td>"
        "<div align='right' class='tac-gia'><i><b>ThS. Nguyễn Văn An</b><br>Giáo viên Tổ Ngữ văn, Trường THCS Lê Lợi</i></div>"
        f"<div class='noi-dung'><p><strong>{lead}</strong></p><p>{_P1}</p><p>{_P2}</p></div></td></tr></table>"
    )
    assert _read(body)["summary"] == lead
