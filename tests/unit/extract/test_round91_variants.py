"""Round 91 (blind portals oracle_webcenter_sgddt, truonghocso_thcs, drupal_thunder_sgddt,
joomla3_gavick_thpt, nextjs_wpgraphql_thpt, qwik_city_pgd): rules read on pages whose markup
varies from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.core.bylines import looks_like_bare_name, parse_byline
from crawler.core.lines import is_boilerplate_line, is_date_line
from crawler.core.vocab import element_families, families
from crawler.extract import extract_article

_TEXT = (
    "<p>Sáng 01/12/2026, Trường THCS Lê Lợi tổ chức chuyên đề dạy học phát triển năng lực môn Lịch sử và Địa lí với sự "
    "tham gia của giáo viên các trường trong cụm chuyên môn số 3.</p>"
    "<p>Chuyên đề gồm hai tiết dạy minh họa và phần thảo luận về cách tổ chức hoạt động nhóm, sử dụng bản đồ số trong "
    "dạy học, được các đại biểu đánh giá cao.</p>"
)


def _page(body: str) -> bytes:
    return f'<html lang="vi"><head><meta charset="utf-8"></head><body>{body}<footer><p>Trường THCS Lê Lợi. Điện thoại: 0239 3855 111.</p></footer></body></html>'.encode()


def test_an_aspnet_ids_naming_containers_say_nothing_of_the_element() -> None:
    # ("ctl00_cphMain_wg_SLLDT_17": a platform's widget in the main placeholder; truonghocso_thcs)
    widget = html.fromstring('<div id="ctl00_ContentPlaceHolder1_wg_ThongBao_3">x</div>')
    text = html.fromstring('<div id="ctl00_cphNoiDung_lblNoiDung">x</div>')
    assert "chrome" in element_families(widget) and "content" not in element_families(widget)
    assert "content" in element_families(text)


def test_a_share_kit_is_tools() -> None:
    assert "tools" in families("a2a_kit a2a_kit_size_32 addtoany_list")
    assert "tools" in families("chiase-baiviet")


def test_a_photos_copyright_credit_names_its_photographer() -> None:
    assert parse_byline("© Ảnh: Hoàng Long").photographers == ["Hoàng Long"]
    assert is_boilerplate_line("© Ảnh: Hoàng Long") is None
    assert is_boilerplate_line("© 2026 Trường THCS Lê Lợi") == "chrome"


def test_a_credit_box_under_a_caption_is_read_whatever_else_its_names_say() -> None:
    figure = (
        '<div class="media-box"><img src="/files/chuyen-de-lich-su.jpg" width="800" height="533"><div class="chu-thich">'
        '<p>Tiết dạy minh họa của cô Trần Thị Hoa</p></div><div class="field-copyright photo-credit">© Ảnh: Hoàng Long</div></div>'
    )
    page = _page(f'<main><h1>Chuyên đề dạy học phát triển năng lực môn Lịch sử và Địa lí</h1><div class="noi-dung">{_TEXT}{figure}<p>Tổ Xã hội</p></div></main>')
    assert extract_article(page, "http://h/tin/chuyen-de")["photographers"] == ["Hoàng Long"]


def test_an_inspectorate_signing_alone_is_its_author() -> None:
    assert looks_like_bare_name("Thanh tra Phòng")


def test_a_meta_line_closed_by_the_posting_account_and_its_views_is_a_date_line() -> None:
    assert is_date_line("Đăng lúc 09:15 ngày 01/12/2026 | Đăng bởi: qt_lequydon | 512 lượt xem")


def test_joomla_3s_cloaked_address_reads_as_the_address_its_script_writes() -> None:
    cloak = (
        "<p>Mọi thắc mắc xin gửi về hộp thư: <span id=\"cloak7a1b\">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần "
        "kích hoạt JavaScript để xem nó.</span><script type='text/javascript'>document.getElementById('cloak7a1b').innerHTML = '';"
        "var addy7a1b = 'vanthu' + '&#64;'; addy7a1b = addy7a1b + 'lequydon' + '&#46;' + 'edu' + '&#46;' + 'vn';"
        "var addy_text7a1b = 'vanthu' + '&#64;' + 'lequydon' + '&#46;' + 'edu' + '&#46;' + 'vn';"
        "document.getElementById('cloak7a1b').innerHTML += addy_text7a1b;</script></p>"
    )
    page = _page(f'<main><h1>Chuyên đề dạy học phát triển năng lực môn Lịch sử và Địa lí</h1><div class="noi-dung">{_TEXT}{cloak}</div></main>')
    assert "hộp thư: vanthu@lequydon.edu.vn" in extract_article(page, "http://h/tin/chuyen-de")["body"]


def test_a_date_element_in_the_posts_article_over_its_text_dates_it() -> None:
    # (the headline in a title band above the main column, its trail beside it; the date in the
    # article's meta line over the text; wp_the7_thcs)
    page = _page(
        '<div class="title-band"><h1>Chuyên đề dạy học phát triển năng lực môn Lịch sử và Địa lí</h1>'
        '<div class="band-breadcrumbs"><a href="/">Trang chủ</a> / <a href="/chuyen-mon/">Chuyên môn</a></div></div>'
        '<main><article><div class="post-meta"><time datetime="2026-12-01T15:40:00+07:00">01/12/2026 15:40</time></div>'
        f'<div class="entry-content">{_TEXT}</div></article></main>'
    )
    assert extract_article(page, "http://h/tin/chuyen-de/")["published_at"] == "2026-12-01T15:40:00+07:00"


def test_the_days_time_in_its_links_tooltip_is_shown() -> None:
    # (WordPress themes' permalink "<a title='3:40 chiều' rel=bookmark>01/12/2026</a>")
    page = _page(
        '<main><article><h1>Chuyên đề dạy học phát triển năng lực môn Lịch sử và Địa lí</h1>'
        '<div class="post-meta">Đăng ngày <a href="/tin/chuyen-de/" title="3:40 chiều" rel="bookmark">01/12/2026</a></div>'
        f'<div class="entry-content">{_TEXT}</div></article></main>'
    )
    assert extract_article(page, "http://h/tin/chuyen-de/")["published_at"] == "2026-12-01T15:40:00+07:00"


def test_a_side_columns_panel_named_as_a_body_does_not_win_over_the_text() -> None:
    # (Bootstrap's "panel-body" in "sidebar-trai" round a notice, beside a text in unnamed boxes;
    # power_pages_sgddt)
    page = _page(
        '<div class="row"><div class="col-8"><h1>Chuyên đề dạy học phát triển năng lực môn Lịch sử và Địa lí</h1>'
        f'<div class="x1"><div class="x2">{_TEXT}</div></div></div><div class="col-4 sidebar-trai"><div class="panel"><div class="panel-body">'
        "<p>Từ ngày 01/12/2026, Phòng GD&amp;ĐT tiếp nhận hồ sơ chuyển trường hoàn toàn trực tuyến.</p></div></div></div></div>"
    )
    body = extract_article(page, "http://h/tin/chuyen-de")["body"]
    assert body.startswith("Sáng 01/12/2026") and "hồ sơ chuyển trường" not in body
