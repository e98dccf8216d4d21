"""Round 33's rules (Sitecore SXA, Joomla 5 with YOOtheme, a vendor e-government portal, OpenCart
with a blog) on markup of other shapes than the fixtures'."""

from __future__ import annotations

from crawler.extract import extract_article

URL = "http://127.0.0.1:8000/tin/bai-viet-17.html"
HEADLINE = "Hội nghị chuyên môn đầu năm học 2026 - 2027 của các tổ bộ môn"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị chuyên môn đầu năm học với sự tham dự của toàn thể giáo viên các tổ bộ môn và ban giám hiệu."
P2 = "Hội nghị đã thống nhất kế hoạch dạy học, lịch kiểm tra định kỳ và các chuyên đề sinh hoạt tổ chuyên môn trong học kỳ I năm học này."
LEAD = "Hội nghị là dịp để các tổ chuyên môn rà soát kế hoạch, thống nhất nội dung sinh hoạt chuyên đề và lịch kiểm tra cả năm học."


def test_the_author_box_after_the_articles_own_box_of_headline_lead_and_text() -> None:
    body = (
        "<div class='khung'><div class='o1'><section class='p1'><div class='p2'>"
        f"<h1>{HEADLINE}</h1><div class='ngay'>12/11/2026 08:30</div><div class='tom-tat'><b>{LEAD}</b></div>"
        f"<div class='field-body'><p>{P1}</p><p>{P2}</p></div></div></section></div>"
        "<div class='o2'><span>Tác giả:</span> <span>Lò Thị Hạnh</span></div>"
        "<div class='o3'><p><em>Nguồn: Báo Lai Châu</em></p></div></div>"
    )
    record = extract_article(f"<html><head><title>{HEADLINE}</title></head><body>{body}</body></html>".encode(), URL)
    assert record["authors"] == ["Lò Thị Hạnh"] and record["source"] == "Báo Lai Châu"
    assert record["body"] == f"{LEAD}\n\n{P1}\n\n{P2}"


def _page(body: str) -> bytes:
    return f"<html><head><title>{HEADLINE}</title></head><body>{body}</body></html>".encode()


def test_a_themes_cache_of_resized_photos_holds_the_posts_photos() -> None:
    from crawler.core.urls import is_theme_asset

    assert not is_theme_asset("/templates/gantry/cache/3f/hoi-nghi-3f2a1b.webp")
    assert is_theme_asset("/templates/gantry/images/bullet.png")


def test_a_meta_line_of_poster_day_and_category_opens_no_text() -> None:
    # the lead photo under the meta line, then a paragraph beginning in bold and one wholly bold:
    # the wholly bold one is the lead; no paragraph is the photo's caption
    body = (
        f"<article class='post-detail'><h1>{HEADLINE}</h1><ul class='m'><li>Viết bởi Tổ Toán</li><li>12 Tháng 11 2026</li>"
        "<li>Danh mục: <a href='/tin/chuyen-mon'>Chuyên môn</a></li></ul>"
        "<div class='a'><img src='/anh/hoi-nghi.jpg' alt='x'></div>"
        f"<div class='b'><p><b>{LEAD}</b></p><p>{P1}</p><p>{P2}</p></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert record["summary"] == LEAD
    assert record["body"] == f"{LEAD}\n\n{P1}\n\n{P2}"
    assert [i["caption"] for i in record["images"]] == [None]


def test_a_link_of_its_own_under_a_photo_is_no_caption() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='b'><p>{P1}</p><p><img src='/anh/a.jpg'></p><p>Toàn cảnh hội nghị</p>"
        f"<p>{P2}</p><p><img src='/anh/b.jpg'></p><p><a href='#' class='mo-rong'>Danh sách giáo viên dự hội nghị</a></p>"
        "<div class='an'><p>Nguyễn Văn An, Trần Thị Bình</p></div></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert [i["caption"] for i in record["images"]] == ["Toàn cảnh hội nghị", None]
    assert "Danh sách giáo viên dự hội nghị" in record["body"]


def test_a_cloaked_email_address_is_read_as_a_browser_shows_it() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='b'><p>{P1}</p><p>Liên hệ: <joomla-hidden-mail is-link='1' is-email='1' "
        "first='dmFucGhvbmc=' last='dGhjcy5lZHUudm4=' base=''>Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác.</joomla-hidden-mail></p>"
        f"<p>{P2}</p></div></article>"
    )
    assert "Liên hệ: vanphong@thcs.edu.vn" in extract_article(_page(body), URL)["body"]


def test_a_labelled_author_after_a_person_icon_in_the_meta_line() -> None:
    body = (
        f"<div class='bai'><h2>{HEADLINE}</h2><p class='thong-tin'><i class='fa fa-clock-o'></i> 12/11/2026 &nbsp; "
        "<i class='fa fa-user'></i> Người viết: Tổ Hóa học &nbsp; <i class='fa fa-eye'></i> 88 lượt xem</p>"
        f"<div class='noi-dung'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    assert extract_article(_page(body), URL)["authors"] == ["Tổ Hóa học"]


def test_a_shops_currency_switch_is_the_same_page() -> None:
    from crawler.core.urls import canonicalize_url

    assert canonicalize_url("http://127.0.0.1:8000/tin/a.html?currency=EUR") == canonicalize_url("http://127.0.0.1:8000/tin/a.html")


def test_buy_buttons_of_product_cards_under_a_post_make_no_product_page() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    cards = "".join(
        f"<div class='sp'><a href='/san-pham/{n}'><img src='/anh/sp{n}.jpg'></a><h4><a href='/san-pham/{n}'>Vở ô li loại {n}</a></h4>"
        f"<button type='button'>Thêm vào giỏ hàng</button></div>"
        for n in (1, 2)
    )
    html = (
        f"<html><head><title>x</title></head><body><div class='noi-dung-chinh'><h1>{HEADLINE}</h1><p>Ngày 12/11/2026</p>"
        f"<div class='van-ban'><p>{P1}</p><p>{P2}</p></div><h3>Sản phẩm liên quan</h3><div class='luoi'>{cards}</div></div></body></html>"
    )
    assert plan_page(parse(html.encode(), URL, None), PageHints()).kind == "article"


def test_a_headline_opening_with_the_schools_name_is_no_banner() -> None:
    headline = "Trường THCS Hòa Bình tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027"
    page = (
        f"<html><head><title>{headline}</title><meta property='og:site_name' content='Trường THCS Hòa Bình'></head><body>"
        "<div class='dau-trang'><b>TRƯỜNG THCS HÒA BÌNH</b></div><div class='khung-tin'><div class='dai-tieu-de'>Tin tức - Sự kiện</div>"
        f"<h2 class='ten-tin'>{headline}</h2><p>Ngày 12/11/2026</p><div class='noi-dung'><p>{P1}</p><p>{P2}</p></div></div></body></html>"
    )
    assert extract_article(page.encode(), URL)["title"] == headline


def test_an_icon_fonts_ligature_is_no_word_of_a_line() -> None:
    body = (
        f"<article class='post-detail'><h1>{HEADLINE}</h1><div class='meta'><i class='material-symbols-outlined'>event</i> 12/11/2026</div>"
        f"<div class='noi-dung'><p>{P1}</p><p>{P2}</p></div>"
        "<app-author-box><div class='tg'><span class='material-icons'>person</span> Người viết: Hà Thị Mai</div></app-author-box></article>"
    )
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Hà Thị Mai"] and record["published_at"] == "2026-11-12"


def test_the_boards_signature_then_a_source_line_in_the_box_after_the_text() -> None:
    body = (
        f"<div class='bai'><h1>{HEADLINE}</h1><p>12/11/2026</p><div class='noi-dung'><p>{P1}</p><p>{P2}</p></div>"
        "<div class='ky-ten'><p><b>Ban Biên tập</b></p><p><i>Nguồn: Báo Điện Biên Phủ</i></p></div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["source"] == "Báo Điện Biên Phủ" and record["authors"] == []
    assert record["body"] == f"{P1}\n\n{P2}"
