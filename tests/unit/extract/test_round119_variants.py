"""Markup shapes of round 119's blind portals (and round 118's left ones), written again in other
words and classes: each test holds the rule, not the fixture (the fixture's own crawl holds the
fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page
from tests.unit.extract.test_round117_variants import _P1, _P2, _page

_NOTICE_TITLE = "Thông báo tổ chức hội thi giáo viên chủ nhiệm giỏi cấp tỉnh năm học 2026 - 2027"
_URL = "http://127.0.0.1/thongbao/chitiet/7731"


def test_a_records_lead_row_is_the_lead_of_a_notice_in_its_text_row() -> None:
    # (a vendor record: label cells before value cells, the text a notice printed with its
    # letterhead; the lead row's line is the lead and stays the text's first paragraph)
    lead = "Hội thi diễn ra từ ngày 14/12 đến ngày 16/12/2026 tại Trường THPT chuyên tỉnh."
    body = (
        "<div class='chitiet'><table class='bang-tin'>"
        f"<tr><th class='nhan'>Tiêu đề</th><td class='giatri'><span class='tde'>{_NOTICE_TITLE}</span></td></tr>"
        "<tr><th class='nhan'>Ngày đăng</th><td class='giatri'>05/12/2026 09:20</td></tr>"
        f"<tr><th class='nhan'>Trích yếu</th><td class='giatri'><strong>{lead}</strong></td></tr>"
        "<tr><th class='nhan'>Nội dung chi tiết</th><td class='giatri'><div class='bai-noidung'>"
        "<table><tr><td>SỞ GIÁO DỤC VÀ ĐÀO TẠO</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>"
        "<tr><td>Số: 1502/TB-SGDĐT</td><td><em>ngày 04 tháng 12 năm 2026</em></td></tr></table>"
        "<p style='text-align:center'><b>THÔNG BÁO</b></p>"
        "<p style='text-align:center'><b>Về việc tổ chức hội thi giáo viên chủ nhiệm giỏi</b></p>"
        f"<p>{_P1}</p><p>{_P2}</p></div></td></tr>"
        "<tr><th class='nhan'>Lượt xem</th><td class='giatri'>311</td></tr></table></div>"
    )
    record = extract_article(_page(body, _NOTICE_TITLE), _URL)
    assert record["summary"] == lead
    assert record["body"] == f"{lead}\n\n{_P1}\n\n{_P2}"


_TITLE = "Hội thi “Giai điệu tuổi hồng” năm học 2026 – 2027"


def _post(inner: str, title: str = _TITLE, head: str = "") -> bytes:
    return _page(f"{head}<main><div class='tieu-de-bai'><h1>{title}</h1></div><div class='bai'>{inner}</div></main>", title)


def test_a_page_banners_clock_is_not_the_posts_date() -> None:
    # (a <header> of the page's own, outside any article or main region, above the headline;
    # the post's date printed after its text)
    head = "<div class='khung'><header><span class='homnay'>Chủ Nhật, 06/12/2026</span> <a href='/'>Trang chủ</a></header>"
    inner = f"<p>{_P1}</p><p>{_P2}</p><hr><div class='thong-tin'>November 18, 2026 7:30 am | Lượt xem: 12</div>"
    record = extract_article(_post(inner, head=head), "http://127.0.0.1/bai/58")
    assert record["published_at"] == "2026-11-18T07:30:00+07:00"


def test_a_phones_copy_of_a_photo_is_no_second_photo() -> None:
    inner = (
        f"<p>{_P1}</p><figure><img class='hide-on-desktop' src='/anh/m/hoi-thi_sm.jpg'>"
        "<img class='show-desktop' src='/anh/hoi-thi.jpg'><figcaption>Tiết mục của chi đội 8A2</figcaption></figure>"
        f"<p>{_P2}</p>"
    )
    record = extract_article(_post(inner), "http://127.0.0.1/bai/58")
    assert [i["url"] for i in record["images"]] == ["http://127.0.0.1/anh/hoi-thi.jpg"]


def test_a_list_of_products_with_buy_buttons_inside_a_post_leaves_it_an_article() -> None:
    items = "".join(
        f"<li class='sp-item'><div class='sp-anh'><a href='/{slug}.html'><img src='/sp/{slug}.jpg' width='200' height='200'></a></div>"
        f"<div class='sp-info'><div class='sp-ten'><a href='/{slug}.html'>{name}</a></div><div class='gia'>120.000 ₫</div>"
        "<div class='sp-mua'><form action='/gio-hang/them' method='post'><div><button type='submit'>Thêm vào giỏ hàng</button></div></form></div></div></li>"
        for slug, name in (("ao-khoac", "Áo khoác đồng phục"), ("balo", "Ba lô học sinh"))
    )
    inner = f"<p class='ngay'>Thứ Bảy, 05/12/2026</p><p>{_P1}</p><ul class='sp-list'>{items}</ul><p>{_P2}</p>"
    assert plan_page(parse(_post(inner), "http://127.0.0.1/bai/58", None)).kind == "article"


def test_a_poster_in_the_closing_fields_line_is_the_author() -> None:
    inner = f"<p>{_P1}</p><p>{_P2}</p><hr><div class='thong-tin'>Ngày 05/12/2026 | Chuyên mục: <a href='/tin-tuc'>Tin tức</a> | Bởi: <a href='/tac-gia/7'>Đặng Thu Hà</a> | Lượt xem: 80</div>"
    record = extract_article(_post(inner), "http://127.0.0.1/bai/58")
    assert record["authors"] == ["Đặng Thu Hà"]


def test_the_schools_name_with_a_brands_word_is_the_sites_account() -> None:
    inner = f"<p>{_P1}</p><p>{_P2}</p><hr><div class='thong-tin'>Ngày 05/12/2026 | Bởi: <span>Ánh Dương Team</span> | Lượt xem: 80</div>"
    html = _post(inner, head="<div class='logo'>TRƯỜNG TIỂU HỌC ÁNH DƯƠNG</div>").replace(
        f"<title>{_TITLE}</title>".encode(), f"<title>{_TITLE} - Trường Tiểu học Ánh Dương</title><meta property='og:site_name' content='Trường Tiểu học Ánh Dương'>".encode()
    )
    assert extract_article(html, "http://127.0.0.1/bai/58")["authors"] == []


def test_czech_template_names_lead_and_comments() -> None:
    lead = "Liên đội nhà trường vừa tổ chức thành công Hội thi “Giai điệu tuổi hồng” với mười bốn tiết mục."
    inner = (
        f"<div class='perex-box'>{lead}</div><div class='obsah-clanku'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div id='komentare-list'><p class='jmeno'>Phụ huynh lớp 8A2</p><p>Chúc mừng các con!</p></div>"
    )
    record = extract_article(_post(inner), "http://127.0.0.1/bai/58")
    assert record["summary"] == lead
    assert record["body"] == f"{lead}\n\n{_P1}\n\n{_P2}"


def test_a_pointer_to_the_posts_album_is_no_text() -> None:
    inner = f"<p>{_P1}</p><p>{_P2}</p><p>Xem thêm hình ảnh: <a href='/album/12'>Giai điệu tuổi hồng 2026</a></p>"
    assert extract_article(_post(inner), "http://127.0.0.1/bai/58")["body"] == f"{_P1}\n\n{_P2}"


def test_a_sentence_citing_someone_is_no_source_line() -> None:
    said = "Theo thầy Hiệu trưởng, phong trào văn nghệ năm nay có nhiều tiết mục được dàn dựng công phu hơn hẳn."
    inner = f"<p>{_P1}</p><p>{said}</p><p style='text-align:right'><em>Theo Báo Sóc Trăng</em></p>"
    record = extract_article(_post(inner), "http://127.0.0.1/bai/58")
    assert record["source"] == "Báo Sóc Trăng"
    assert record["body"] == f"{_P1}\n\n{said}"


def test_an_albums_heading_under_the_byline_leaves_the_byline_closing_the_text() -> None:
    inner = (
        f"<div class='nd'>{_P1}<br><br>{_P2}<br><br><strong>Bài, ảnh: Lò Thị Hiền</strong></div>"
        "<div class='anh-bai'><h3>Hình ảnh hoạt động</h3><p><img src='/anh/1.jpg' width='500' height='330'></p><p><em>Tiết mục múa của chi đội 9A1</em></p>"
        "<p><img src='/anh/2.jpg' width='500' height='330'></p><p><em>Ban giám khảo chấm thi</em></p></div>"
    )
    record = extract_article(_post(inner), "http://127.0.0.1/bai/58")
    assert record["authors"] == ["Lò Thị Hiền"]
    # (the album's heading is a line of the text as the house reads it: four portals' golds)
    assert record["body"] == f"{_P1}\n\n{_P2}\n\nHình ảnh hoạt động"


def test_a_themes_default_picture_is_no_photo() -> None:
    inner = f"<p><img src='/wp-content/themes/truong/images/no-image.png' width='600' height='400'></p><p>{_P1}</p><p>{_P2}</p>"
    assert extract_article(_post(inner), "http://127.0.0.1/bai/58")["images"] == []


def test_filed_under_several_after_the_text_the_trails_one() -> None:
    inner = (
        f"<p>{_P1}</p><p>{_P2}</p><footer class='chan-bai'><span class='cm'><i class='icon'></i> Chuyên mục: "
        "<a href='/chuyen-muc/doi-thieu-nien/'>Đội Thiếu niên</a>, <a href='/chuyen-muc/tin-tuc/'>Tin tức</a></span></footer>"
    )
    head = "<div class='duong-dan'><a href='/'>Trang chủ</a> » <a href='/chuyen-muc/tin-tuc/'>Tin tức</a></div>"
    html = _post(inner, head=head).replace(b"<div class='duong-dan'>", b"<div class='breadcrumb'>")
    assert extract_article(html, "http://127.0.0.1/bai/58")["category"] == "Tin tức"


def test_a_line_set_to_the_end_is_right_aligned() -> None:
    inner = f"<p>{_P1}</p><p>{_P2}</p><div dir='auto' style='text-align: end;'>Tổ Khoa học Xã hội</div>"
    record = extract_article(_post(inner), "http://127.0.0.1/bai/58")
    assert record["authors"] == ["Tổ Khoa học Xã hội"]
    assert record["body"] == f"{_P1}\n\n{_P2}"
