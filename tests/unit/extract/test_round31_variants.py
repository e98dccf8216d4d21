"""Round 31's rules (eXo Platform, Grav, ExpressionEngine, Magnolia) on markup of other shapes than
the fixtures': other tags, class names, wording and addresses."""

from __future__ import annotations

from crawler.core.bylines import parse_byline
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.links import extract_links, is_pagination_link
from crawler.navigation.urls import is_trap

URL = "http://127.0.0.1:8000/tin-bai/xem.php?ma=417"
HEADLINE = "Hội nghị chuyên môn đầu năm học 2026 - 2027"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị chuyên môn đầu năm học với sự tham dự của toàn thể giáo viên các tổ bộ môn và ban giám hiệu."
P2 = "Hội nghị đã thống nhất kế hoạch dạy học, lịch kiểm tra định kỳ và các chuyên đề sinh hoạt tổ chuyên môn trong học kỳ I năm học này."


def _page(body: str, title: str = HEADLINE) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_a_portlets_generic_heading_over_the_text_is_no_headline() -> None:
    # the <title> names the portlet's page kind ("Tin chi tiết"), and so does the box's heading
    body = (
        "<div class='cot-giua'><h2 class='tieu-de-khung'>Tin chi tiết</h2><div class='noi-dung-tin'>"
        f"<h3 class='ten'>{HEADLINE}</h3><p class='ngay'>Ngày 12/11/2026</p>"
        f"<div class='bai'><p>{P1}</p><p>{P2}</p></div></div></div>"
    )
    record = extract_article(_page(body, title="Tin chi tiết | Trường THCS Hòa Bình"), URL)
    assert record["title"] == HEADLINE


def test_the_pages_own_entry_in_a_side_list_names_the_headline() -> None:
    # no heading, no og:title, a <title> that is the site's name: the side list's link to this
    # page says what the big bold line is
    body = (
        "<table><tr><td width='70%'>"
        f"<div><font size='4'><b>{HEADLINE}</b></font></div><div><small>12/11/2026</small></div>"
        f"<div><p>{P1}</p><p>{P2}</p></div></td>"
        f"<td><div>Bài mới</div><a href='/tin-bai/xem.php?ma=417'>{HEADLINE}</a><br>"
        "<a href='/tin-bai/xem.php?ma=416'>Học sinh tham gia ngày hội đọc sách năm 2026</a></td></tr></table>"
    )
    record = extract_article(_page(body, title="TRƯỜNG THCS HÒA BÌNH"), URL)
    assert record["title"] == HEADLINE


def test_an_office_posting_under_its_own_name_is_the_poster_a_login_is_nobody() -> None:
    assert parse_byline("Người đăng tin: Phòng Giáo vụ").posters == ["Phòng Giáo vụ"]
    login = parse_byline("Người đăng tin: quantri02")
    assert login is not None and not login.authors and not login.posters


def test_a_teachers_groups_subjects_joined_by_dashes_are_one_name() -> None:
    assert parse_byline("Bài và ảnh: Tổ Hóa – Sinh").authors == ["Tổ Hóa – Sinh"]
    assert parse_byline("Tin: Tổ Lý - Hóa - CN").authors == ["Tổ Lý - Hóa - CN"]
    # a person's name after the group is a name of its own; a unit after a name is no name
    assert parse_byline("Tin: Tổ Ngữ văn - Lê Thị Mai").authors == ["Tổ Ngữ văn", "Lê Thị Mai"]
    assert parse_byline("Tin: Lê Thị Mai – Tổ Ngữ văn").authors == ["Lê Thị Mai"]


def test_a_page_named_print_with_its_item_in_the_query_is_never_followed() -> None:
    assert is_trap("http://127.0.0.1:8000/cong/in.jsp?ma=/kho/tin/bai-1")
    assert is_trap("http://127.0.0.1:8000/portal/truong/in?id=5")
    assert not is_trap("http://127.0.0.1:8000/tin-tuc/in-an-tai-lieu-on-tap?id=5")
    assert not is_trap("http://127.0.0.1:8000/in/tin-tuc/bai-1.html")


def test_a_page_iterator_box_is_a_pager_and_a_script_loading_an_address_is_followed() -> None:
    assert "pager" in families("ui-page-iterator") and "pager" in families("PageIteratorBox")
    html = (
        "<html><body><ul class='ds'><li><a href='/tin/a'>Hội nghị chuyên môn đầu năm học 2026 - 2027</a></li></ul>"
        "<div class='PageIteratorBox'><a title='Trang tiếp' href='/tin?cid=3&amp;op=go&amp;pg=2&amp;cmp=x81'><i></i></a>"
        "<a href=\"javascript:void(loadPart('/tin?cid=3&amp;op=go&amp;pg=3&amp;ajaxRequest=true'))\">3</a></div></body></html>"
    )
    url = "http://127.0.0.1:8000/tin"
    page = parse(html.encode(), url, None)
    links = [lk for lk in extract_links(page.tree, url).links if is_pagination_link(lk, url)]
    # the fragment switch leaves the address: the page itself at that page
    assert [lk.url for lk in links] == ["http://127.0.0.1:8000/tin?cid=3&op=go&pg=2&cmp=x81", "http://127.0.0.1:8000/tin?cid=3&op=go&pg=3"]


def test_a_lazy_photo_whose_placeholder_is_a_blank_image_is_a_photo() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='than-bai'><p>{P1}</p>"
        "<div class='hinh'><img src='/static/giao-dien/img/loading.gif' data-src='/kho-anh/2026/hoi-nghi-1.jpg' alt=''>"
        "<p class='chu-thich'>Quang cảnh hội nghị chuyên môn</p></div>"
        f"<p>{P2}</p></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert [(i["url"], i["caption"]) for i in record["images"]] == [("http://127.0.0.1:8000/kho-anh/2026/hoi-nghi-1.jpg", "Quang cảnh hội nghị chuyên môn")]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_caption_box_holding_only_a_credit_gives_a_photographer_and_no_caption() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='than-bai'><p>{P1}</p>"
        "<figure><img src='/kho-anh/a.jpg'><figcaption><span class='tac-gia-anh'>Ảnh: Lò Văn Thắng</span></figcaption></figure>"
        f"<p>{P2}</p></div></article>"
    )
    record = extract_article(_page(body), URL)
    assert [i["caption"] for i in record["images"]] == [None]
    assert record["photographers"] == ["Lò Văn Thắng"]
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_grid_of_attachments_after_the_text_is_no_text() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='than-bai'><p>{P1}</p><p>{P2}</p>"
        "<table class='tai-lieu'><tr><th>#</th><th>Tài liệu</th><th>Kích thước</th></tr>"
        "<tr><td>1</td><td><a href='/files/ke-hoach-chuyen-mon.docx'>Ke-hoach-chuyen-mon.docx</a></td><td>1,2 MB</td></tr>"
        "<tr><td>2</td><td><a href='/files/lich-kiem-tra.pdf'>Lich-kiem-tra.pdf</a></td><td>310 KB</td></tr></table>"
        "<p><a href='/files/phu-luc.pdf'>Phụ lục kèm theo kế hoạch</a> [PDF - 96 KB]</p></div></article>"
    )
    assert extract_article(_page(body), URL)["body"] == f"{P1}\n\n{P2}"


def test_a_tool_line_with_the_posting_account_on_it_is_no_text() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='than-bai'><p>{P1}</p><p>{P2}</p>"
        "<p><a href='#'>Gửi email</a> <span>Người nhập tin: ctv_thanhha</span></p></div></article>"
    )
    assert extract_article(_page(body), URL)["body"] == f"{P1}\n\n{P2}"


def test_the_line_above_the_date_line_over_the_text_is_the_headline_when_nothing_marks_one() -> None:
    # no heading tag, no class the vocabulary knows, a <title> that is the site's name
    body = (
        "<div class='k1'><div class='k2'><span class='q7'>Trang chủ</span> › <a href='/tin'>Tin tức</a></div>"
        f"<div class='q8'>{HEADLINE}</div>"
        "<div class='q9'><em>Đăng lúc 08:15, ngày 12/11/2026</em> <a href='#'>In bài</a></div>"
        f"<div class='q10'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    record = extract_article(_page(body, title="Trường THCS Hòa Bình"), URL)
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2026-11-12T08:15:00+07:00"
    # a byline or a list's label above an entry's date is no headline
    listing = (
        "<div class='k1'><div class='q8'>Đăng bởi Nguyễn Văn Tâm</div><div class='q9'>12/11/2026</div>"
        f"<div class='q10'><p>{P1}</p><p>{P2}</p></div></div>"
    )
    assert extract_article(_page(listing, title="Trường THCS Hòa Bình"), URL)["title"] != "Đăng bởi Nguyễn Văn Tâm"


def test_a_box_under_the_headline_saying_the_pages_description_is_the_lead() -> None:
    lead = "Nhà trường tổ chức hội nghị chuyên môn đầu năm học để thống nhất kế hoạch dạy học và kiểm tra của các tổ."
    page = (
        f"<html><head><title>{HEADLINE}</title><meta name='description' content='{lead}'></head><body>"
        f"<article><div class='a1'><h1>{HEADLINE}</h1><div class='a2'>{lead}</div><div class='a3'>12/11/2026</div></div>"
        f"<div class='a4'><p>{P1}</p><p>{P2}</p></div></article></body></html>"
    )
    record = extract_article(page.encode(), URL)
    assert record["summary"] == lead and record["body"].startswith(lead)
