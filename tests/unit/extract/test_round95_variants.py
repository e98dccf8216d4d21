"""Round 95 (blind portals getsimple_mamnon, liferay52_legacy_sgddt, tiki_wiki_thcs,
wp_siteorigin_thpt, flarum_thpt, apache_roller_tct): rules read on pages whose markup varies
from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.core.bylines import is_post_line, parse_signature
from crawler.core.dates import find_dates
from crawler.core.lines import is_date_line
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.multipage import article_pager

_P1 = (
    "Giai đoạn từ ba đến bốn tuổi là thời điểm trẻ hình thành thói quen tự phục vụ, từ tự xúc cơm, tự mặc quần áo "
    "đến tự cất đồ chơi sau giờ chơi."
)
_P2 = (
    "Cha mẹ nên kiên nhẫn để trẻ tự làm, dù ban đầu trẻ làm chậm hoặc chưa khéo, và chỉ hỗ trợ khi trẻ thực sự "
    "cần đến người lớn."
)


def _page(body: str) -> bytes:
    return (
        '<html lang="vi"><head><meta charset="utf-8"></head><body><div class="menu"><a href="/">Trang chủ</a> '
        '<a href="/tin/phu-huynh">Góc phụ huynh</a></div>'
        f"{body}<div class=\"cuoi\"><p>Trường Mầm non Sen Hồng. Điện thoại: 0235 3852 111.</p></div></body></html>"
    ).encode()


def test_a_degreed_name_alone_in_bold_over_the_text_is_its_writer() -> None:
    for name_line in ("<p><b>TS. Lê Thị Thu Hà</b></p>", '<div><span style="font-weight:bold">ThS. Trần Minh Khoa</span></div>'):
        body = (
            '<div id="giua"><h2 class="ten-bai">Rèn kỹ năng tự phục vụ cho trẻ</h2><div class="bai-viet">'
            f"{name_line}<p>{_P1}</p><p>{_P2}</p></div></div>"
        )
        record = extract_article(_page(body), "http://h/tin/ren-ky-nang")
        assert record["body"].split("\n\n") == [_P1, _P2]
        assert len(record["authors"]) == 1


def test_a_bold_line_with_no_degree_over_the_text_stays_text() -> None:
    body = (
        '<div id="giua"><h2 class="ten-bai">Rèn kỹ năng tự phục vụ cho trẻ</h2><div class="bai-viet">'
        f"<p><b>Những điều cha mẹ cần biết</b></p><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body), "http://h/tin/ren-ky-nang")
    assert record["body"].split("\n\n")[0] == "Những điều cha mẹ cần biết"
    assert record["authors"] == []


# --- a single-page app's page for readers without scripts (Flarum's "flarum-content") ---------

_SPA_POST = (
    "<noscript id=\"ban-doc\"><div class=\"khung\"><h1>Hội thi Rung chuông vàng khối 10</h1><div><section class=\"bai\">"
    f"<div class=\"noi-dung\"><p>{_P1}</p><p>{_P2}</p></div></section></div></div></noscript>"
)


def test_a_pages_text_printed_only_for_readers_without_scripts_is_read() -> None:
    body = (
        '<div id="ung-dung"><header class="dau"></header><main><div id="vung"></div>'
        "<noscript><p>Vui lòng bật JavaScript để xem trang.</p></noscript>"
        f"{_SPA_POST}</main></div>"
    )
    record = extract_article(_page(body), "http://h/bai/12-hoi-thi")
    assert record["title"] == "Hội thi Rung chuông vàng khối 10"
    assert record["body"].split("\n\n") == [_P1, _P2]


def test_a_noscript_copy_of_the_text_shown_is_not_read_twice() -> None:
    body = (
        f'<article><h1>Hội thi Rung chuông vàng khối 10</h1><div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div></article>'
        f"<noscript><div><p>{_P1}</p><p>{_P2}</p></div></noscript>"
    )
    assert extract_article(_page(body), "http://h/bai/12-hoi-thi")["body"].split("\n\n") == [_P1, _P2]


# --- lines under a reprinted post ------------------------------------------------------------


def test_a_pointer_to_the_original_by_its_address_is_no_text_and_the_byline_above_it_signs() -> None:
    body = (
        '<div class="bai"><h1>Tư vấn tuyển sinh cho học sinh khối 12</h1><div class="noi-dung">'
        f'<p>{_P1}</p><p>{_P2}</p><div style="text-align:right"><strong>Hoàng Lan</strong></div><p><em>Nguồn: Báo Đắk Lắk</em></p>'
        '<p>Link bài gốc: <a href="https://baodaklak.vn/giao-duc/tu-van-123.html">https://baodaklak.vn/giao-duc/tu-van-123.html</a></p>'
        "</div></div>"
    )
    record = extract_article(_page(body), "http://h/bai/tu-van")
    assert record["body"].split("\n\n") == [_P1, _P2]
    assert record["authors"] == ["Hoàng Lan"]
    assert record["source"] == "Báo Đắk Lắk"


def test_a_see_also_pointer_by_its_address_alone_is_no_text() -> None:
    body = (
        '<div class="bai"><h1>Tư vấn tuyển sinh cho học sinh khối 12</h1><div class="noi-dung">'
        f'<p>{_P1}</p><p>{_P2}</p><p>Xem thêm thời khóa biểu: http://h/bai/tkb-hk1</p></div></div>'
    )
    assert extract_article(_page(body), "http://h/bai/tu-van")["body"].split("\n\n") == [_P1, _P2]


# --- dates -----------------------------------------------------------------------------------


def test_an_e_mail_style_stamp_and_a_zone_after_a_printed_time_are_read_in_the_sites_zone() -> None:
    assert [d.iso() for d in find_dates("Thu, 26 Nov 2026 17:05:00 GMT")] == ["2026-11-27T00:05:00+07:00"]
    assert [d.iso() for d in find_dates("Ngày đăng: 26/11/2026 - 20:30 (UTC)")] == ["2026-11-27T03:30:00+07:00"]
    assert [d.iso() for d in find_dates("26/11/2026 20:30 GMT+7")] == ["2026-11-26T20:30:00+07:00"]
    assert [d.iso() for d in find_dates("26/11/2026 20:30")] == ["2026-11-26T20:30:00+07:00"]


def test_a_weekday_and_a_view_count_beside_a_zoned_time_make_a_date_line() -> None:
    assert is_date_line("Chủ Nhật, 22/11/2026, 07:45 (GMT+7) Lượt xem: 96")


def test_the_day_over_the_post_takes_the_time_of_the_posting_line_under_it() -> None:
    body = (
        '<div class="ngay-nhom">Thứ Năm, 26/11/2026</div><div class="muc" id="entry-7"><h2 class="ten">Hội thảo khoa '
        f'học cấp trường</h2><div class="than"><p>{_P1}</p><p>{_P2}</p></div><p class="chan">Đăng lúc 9:05 SA 26/11/2026 '
        'bởi bientap | <a href="/entry/hoi-thao">Liên kết</a> (Cập nhật: 27/11/2026 08:00)</p></div>'
    )
    assert extract_article(_page(body), "http://h/entry/hoi-thao")["published_at"] == "2026-11-26T09:05:00+07:00"


def test_a_last_edits_stamp_of_the_same_day_leaves_the_day_alone() -> None:
    body = (
        '<div class="nhom"><div class="ngay-nhom">Thứ Năm, 26/11/2026</div><div class="muc" id="entry-7"><h2 class="ten">Hội thảo khoa '
        f'học cấp trường</h2><div class="than"><p>{_P1}</p><p>{_P2}</p></div><p class="chan">Cập nhật lần cuối: 26/11/2026 16:02</p></div></div>'
    )
    assert extract_article(_page(body), "http://h/entry/hoi-thao")["published_at"] == "2026-11-26"


# --- bylines ---------------------------------------------------------------------------------


def test_the_author_leads_a_line_of_labelled_fields() -> None:
    body = (
        '<div class="bai"><div class="dau"><h2>Kết quả hội thi giáo viên dạy giỏi</h2><span class="thong-tin">Người viết: '
        "Hiệu trưởng Trần Văn Bình | Ngày xuất bản: 02-11-2026 08:00 | (212 lượt xem)</span></div>"
        f'<div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div></div>'
    )
    assert extract_article(_page(body), "http://h/bai/hoi-thi")["authors"] == ["Trần Văn Bình"]


def test_two_posts_abbreviations_joined_by_a_hyphen_are_the_signers_post() -> None:
    assert is_post_line("GV-TPT Đội")
    assert parse_signature("Trần Thu Hà (GVCN-TTCM)", closing=True).authors == ["Trần Thu Hà"]
    assert not is_post_line("Giáo viên-những người")


# --- pictures and names ----------------------------------------------------------------------


def test_a_smileys_typed_code_is_no_character_of_the_text() -> None:
    body = (
        f'<div class="bai"><h1>Tọa đàm chuyển đổi số</h1><div class="noi-dung"><p>{_P1}</p>'
        f'<p>{_P2} <img class="mat-cuoi" src="/images/smilies/cuoi.gif" alt=";)"></p></div></div>'
    )
    assert extract_article(_page(body), "http://h/bai/toa-dam")["body"].split("\n\n") == [_P1, _P2]


def test_a_compound_name_numbered_at_its_end_is_the_compound() -> None:
    assert "media" in families("pluginImg12")
    assert "tools" not in families("pluginImg12")
    assert families("box2") == families("box2-x")  # a single word keeps its number


def test_a_page_builders_panel_called_a_widget_is_no_sidebar_widget() -> None:
    assert "chrome" not in families("so-panel widget widget_sow-editor panel-first-child")
    assert "chrome" in families("widget widget_text")


def test_vendor_abbreviations_of_the_text_and_headline_before_the_records_word() -> None:
    assert "content" in families("nd_tin")
    assert "title" in families("td-tin")


# --- a thread's pager ------------------------------------------------------------------------


def _thread(replies: int, pager: str) -> tuple[object, object]:
    posts = "".join(f'<article><div class="ten">hs{i}</div><div class="than-bai"><p>Em cảm ơn thầy cô ạ, lần {i}.</p></div></article>' for i in range(replies))
    tree = html.fromstring(
        '<html><body><div class="chu-de"><h1>Lịch kiểm tra cuối kỳ I</h1><div class="bai-dang">'
        f'<article><div class="ten">vanphong</div><div class="than-bai"><p>{_P1}</p><p>{_P2}</p></div></article>'
        f"{posts}</div>{pager}</div></body></html>"
    )
    return tree, tree.xpath("//article[1]/div[@class='than-bai']")[0]


def test_a_pager_after_the_replies_turns_the_threads_pages_not_the_texts() -> None:
    tree, text = _thread(3, '<a href="/d/37-lich-kiem-tra?page=2">Trang sau »</a>')
    assert article_pager(tree, "http://h/d/37-lich-kiem-tra", [text]).next_url is None


def test_a_pager_right_under_the_text_still_turns_its_pages() -> None:
    tree = html.fromstring(
        '<html><body><div class="chu-de"><h1>Lịch kiểm tra cuối kỳ I</h1><article><div class="than-bai">'
        f'<p>{_P1}</p><p>{_P2}</p></div><div class="trang"><b>1</b> <a href="/bai/lich-kiem-tra?page=2">2</a> '
        '<a href="/bai/lich-kiem-tra?page=2">Trang sau »</a></div></article></div></body></html>'
    )
    text = tree.xpath("//div[@class='than-bai']")[0]
    assert article_pager(tree, "http://h/bai/lich-kiem-tra", [text]).next_url == "http://h/bai/lich-kiem-tra?page=2"
