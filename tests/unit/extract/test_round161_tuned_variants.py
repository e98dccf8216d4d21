"""Round 161's portals tuned: each rule in other words and classes than the fixture's (the
fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE

_URL = "http://127.0.0.1/hoat-dong/hoi-thi-giai-dieu-tuoi-hong"


def _page(body: str, title: str, head: str = "") -> bytes:
    return f'<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>'.encode()


def test_a_menu_items_page_heading_over_the_posts_own_headline_is_not_the_headline() -> None:
    # the menu's short name in <title>, in the trail and in the address; the post's own in the
    # side list's link to this very page: both hinted, the post's below
    url = "http://127.0.0.1/hoat-dong/ngay-hoi-doc-sach"
    body = (
        "<div class='dau-trang'><b>Trường THCS Kim Đồng</b></div>"
        "<ul class='duong-dan'><li><a href='/'>Trang chủ</a></li><li><a href='/hoat-dong'>Hoạt động</a></li><li>Ngày hội đọc sách</li></ul>"
        "<div class='noi-dung-chinh'><div class='tieude-trang'><h1>Ngày hội đọc sách</h1></div>"
        f"<div class='tieude-bai'><h2>{_TITLE}</h2></div><p class='ngay-dang'>Ngày 04/12/2026</p>"
        f"<div class='bai-viet'><p>{_P1}</p><p>{_P2}</p></div></div>"
        f"<div class='cot-phu'><h3>Tin mới</h3><ul><li><a href='{url}'>{_TITLE}</a></li><li><a href='/hoat-dong/hoi-khoe-phu-dong'>Hội khỏe Phù Đổng cấp trường năm 2026</a></li></ul></div>"
    )
    head = '<meta property="og:site_name" content="Trường THCS Kim Đồng">'
    assert extract_article(_page(body, "Ngày hội đọc sách - Trường THCS Kim Đồng", head), url)["title"] == _TITLE


def test_a_single_headline_in_an_h1_keeps_it_whatever_follows() -> None:
    # (an h2 that is one of the text's headings, named by no metadata: the h1 stays the headline)
    body = (
        f"<div class='bai'><div class='dau'><h1>{_TITLE}</h1></div><div class='phu'><h2>Những kết quả nổi bật</h2></div>"
        f"<p>Ngày 04/12/2026</p><div class='bai-viet'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["title"] == _TITLE


def test_a_trails_last_step_marked_as_the_page_shown_is_no_category() -> None:
    # a trail under a menu item that leads to the post, its last step the menu's name for it
    body = (
        "<ol class='duong-dan'><li><a href='/'>Trang chủ</a></li><li><a href='/hoat-dong'>Hoạt động</a></li>"
        "<li aria-current='page'><span>Văn nghệ chào mừng 20/11</span></li></ol>"
        f"<div class='chi-tiet'><h1>{_TITLE}</h1><p>04/12/2026</p><div class='bai-viet'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["category"] == "Hoạt động"


def test_an_ad_inserter_block_between_paragraphs_is_no_text() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='entry'><p>{_P1}</p>"
        "<div class='code-block code-block-3' style='margin: 8px auto; text-align: center;'>"
        "<a href='/chuyen-muc/tuyen-sinh/'><img class='rocket-lazy' src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' "
        "data-lazy-src='/wp-content/uploads/tuyen-sinh-10.jpg' alt='Tuyển sinh' width='728' height='90'></a>"
        "<p style='font-size: 13px'><strong>Tra cứu điểm thi tuyển sinh vào lớp 10 năm học 2027 – 2028 trên Cổng dịch vụ công tỉnh.</strong></p></div>"
        f"<p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert not any("tuyen-sinh-10" in image["url"] for image in record["images"])


def test_a_code_listings_own_box_is_text() -> None:
    listing = "for i in range(1, 11): print(i * i)"
    body = (
        f"<article><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='entry'><p>{_P1}</p>"
        f"<pre class='code-block'>{listing}</pre><p>{_P2}</p></div></article>"
    )
    assert listing in extract_article(_page(body, _TITLE), _URL)["body"]
