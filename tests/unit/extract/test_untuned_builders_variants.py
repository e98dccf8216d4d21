"""zoho_sites_mamnon and ci4_vue_sgddt (rounds 84 and 85, blind, tuned at stop 45): a notice's
addressee line, a client template's leftovers and a gallery printed
only for readers without scripts, on markup of other shapes than the portals'."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.navigation.links import differs_by_page

_P1 = (
    "Sáng 18/11/2026, Trường Mầm non Hoa Mai tổ chức Hội thi “Bé với an toàn giao thông” cấp trường với sự tham gia "
    "của 120 bé thuộc các lớp Mẫu giáo lớn, Mẫu giáo nhỡ."
)
_P2 = (
    "Các bé được tìm hiểu biển báo, cách đội mũ bảo hiểm đúng cách và thực hành qua đường an toàn trên sa hình do "
    "các cô giáo chuẩn bị."
)


def _page(body: str) -> bytes:
    return (
        '<html lang="vi"><head><meta charset="utf-8"></head><body><div class="menu"><a href="/">Trang chủ</a> '
        '<a href="/tin-tuc">Tin tức</a></div>'
        f'{body}<div class="site-footer"><p>Trường Mầm non Hoa Mai. Điện thoại: 0236 3812 345.</p></div></body></html>'
    ).encode()


def test_the_addressee_under_a_notices_subject_opens_its_text() -> None:
    body = (
        '<main><h1>Thông báo tổ chức Ngày hội gia đình năm 2026</h1><div class="noi-dung">'
        '<table><tr><td>TRƯỜNG MẦM NON HOA MAI</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>'
        "<em>Đà Nẵng, ngày 25 tháng 11 năm 2026</em></td></tr></table>"
        '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
        '<p style="text-align:center"><strong>Về việc tổ chức Ngày hội gia đình năm 2026</strong></p>'
        '<p style="text-align:center"><em>Kính gửi: Quý phụ huynh các lớp Mẫu giáo.</em></p>'
        f"<p>{_P1}</p><p>{_P2}</p></div></main>"
    )
    record = extract_article(_page(body), "http://h/blog/thong-bao-ngay-hoi")
    assert record["body"].split("\n\n")[0] == "Kính gửi: Quý phụ huynh các lớp Mẫu giáo."


def test_a_client_templates_unrendered_lines_are_no_text() -> None:
    body = (
        '<main><h1>Hội thi “Bé với an toàn giao thông” cấp trường</h1><div class="noi-dung">'
        '<div class="meta" v-cloak>{{ bai.ngay }} · Người đăng: {{ bai.tac_gia }}</div>'
        f"<p>{_P1}</p><p>{_P2}</p><p>Ghi chú: {{{{ ghi_chu }}}} được cập nhật sau mỗi buổi, các lớp theo dõi để nắm lịch tập luyện của bé.</p></div></main>"
    )
    paragraphs = extract_article(_page(body), "http://h/blog/hoi-thi-atgt")["body"].split("\n\n")
    assert paragraphs[:2] == [_P1, _P2]
    assert not any(p.startswith("{{") for p in paragraphs)
    assert len(paragraphs) == 3  # (a sentence around a binding stays the text's)


def test_a_gallery_printed_only_without_scripts_is_the_posts_photos() -> None:
    gallery = (
        '<div class="album-slider" data-props="{}"><div class="khung" v-cloak><img :src="anh[i].src" alt=""></div>'
        '<noscript><figure><img src="/files/atgt-01.jpg" alt=""><figcaption>Bé đội mũ bảo hiểm</figcaption></figure>'
        '<figure><img src="/files/atgt-02.jpg" alt=""><figcaption>Trao giải cho các lớp</figcaption></figure></noscript></div>'
    )
    body = f'<main><h1>Hội thi “Bé với an toàn giao thông” cấp trường</h1><div class="noi-dung"><p>{_P1}</p>{gallery}<p>{_P2}</p></div></main>'
    images = extract_article(_page(body), "http://h/blog/hoi-thi-atgt")["images"]
    assert [(i["url"], i["caption"]) for i in images] == [
        ("http://h/files/atgt-01.jpg", "Bé đội mũ bảo hiểm"),
        ("http://h/files/atgt-02.jpg", "Trao giải cho các lớp"),
    ]


def test_a_front_controllers_name_says_nothing_of_a_lists_pages() -> None:
    assert differs_by_page("http://h/index.php/chuyen-muc/tin-tuc?page=2", "http://h/chuyen-muc/tin-tuc")
    assert not differs_by_page("http://h/index.php/chuyen-muc/thong-bao?page=2", "http://h/chuyen-muc/tin-tuc")
