"""Round 78 (blind portals ojs_tapchi_tct, vnpt_portal_pgd, wp_elementor_mamnon): rules read on
pages whose markup varies from the fixtures'."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_TEXT = (
    "<p>Sáng 19/11/2026, Phòng Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tuyên dương 45 nhà giáo "
    "tiêu biểu có nhiều đóng góp cho sự nghiệp giáo dục của huyện trong năm học vừa qua.</p>"
    "<p>Phát biểu tại buổi lễ, đồng chí Trưởng phòng ghi nhận những nỗ lực của đội ngũ nhà giáo trong việc đổi mới phương pháp dạy học.</p>"
)


def _page(meta: str = "", text: str = _TEXT, head: str = "", title: str = "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body><div class="hd"><a href="/">Trang chủ</a></div>'
        f'<div class="ct"><h1 class="t1">{title}</h1>{meta}<div class="nd">{text}</div></div><div class="ft">© Phòng GD&amp;ĐT</div></body></html>'
    ).encode()


def test_a_publication_label_after_a_separator_wins_over_an_update_printed_first() -> None:
    meta = '<div class="tt"><span class="a1"><i class="fa"></i> Cập nhật: 20/11/2026 7:02:51 SA</span><span class="a2"> | Ngày đăng: 19/11/2026 4:10:00 CH</span></div>'
    assert extract_article(_page(meta), "http://h/pgd/tin-tuc/12/4088/le-ky-niem.html")["published_at"] == "2026-11-19T16:10:00+07:00"


def test_an_automatic_excerpt_is_no_sapo() -> None:
    excerpt = '<div class="ex"><p>Sáng 19/11/2026, Phòng Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tuyên dương 45 nhà giáo […]</p></div>'
    record = extract_article(_page(excerpt), "http://h/le-ky-niem/")
    assert record["summary"] is None and "[…]" not in record["body"]


def test_an_emoji_drawn_by_facebook_is_text_and_a_words_marker_box_is_not() -> None:
    fb = '<p>Các bé rất vui <img height="16" width="16" alt="🥰" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t70/1/16/1f970.png"> khi được tham quan bảo tàng thành phố cùng cô giáo và các bạn.</p>'
    word = (
        '<p class="MsoNormal" style="margin-left:36pt"><span style="font-family:Symbol"><span style="mso-list: Ignore">·'
        '<span style="font:7.0pt">&nbsp;&nbsp; </span></span></span><span>Những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh;</span></p>'
    )
    body = extract_article(_page(text=_TEXT + fb + word), "http://h/le-ky-niem/")["body"]
    assert "vui 🥰 khi" in body
    assert "\n\nNhững vấn đề cơ bản của chủ nghĩa Mác - Lênin" in body and "·" not in body


def test_scholarly_tags_name_the_writers_and_a_pdf_only_paper_is_a_catalogue_entry() -> None:
    tags = '<meta name="citation_author" content="TS. Hà Văn Tuấn"><meta name="citation_author" content="CN. Ma Thị Hậu"><meta name="citation_pdf_url" content="http://h/j/article/download/133/87">'
    record = extract_article(_page(head=tags), "http://h/j/index.php/ttkh/article/view/133")
    assert record["authors"] == ["Hà Văn Tuấn", "Ma Thị Hậu"]
    assert plan_page(parse(_page(head=tags), "http://h/j/index.php/ttkh/article/view/133")).kind != "article"
    full = tags + '<meta name="citation_fulltext_html_url" content="http://h/j/article/view/133/86"><meta name="citation_date" content="2026/10/28">'
    dated = _page(head=full, meta='<div class="pub">Đã xuất bản: 28/10/2026</div>')
    assert plan_page(parse(dated, "http://h/j/index.php/ttkh/article/view/133")).kind == "article"


def test_a_password_protected_post_is_no_article() -> None:
    form = '<form action="/wp-login.php?action=postpass" method="post"><p>Nội dung này được bảo vệ bằng mật khẩu.</p><input name="post_password" type="password"></form>'
    page = _page(text=_TEXT + form, title="Được bảo vệ: Album ảnh lớp Lá 1 – Tháng 11")
    assert plan_page(parse(page, "http://h/album-anh-lop-la-1/")).kind != "article"
