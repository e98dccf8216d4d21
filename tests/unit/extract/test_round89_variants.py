"""Round 89 (blind portals district_portal_pgd, enetviet_thcs, laravel_filament_tct,
webtruonghoc_mamnon, wp_blocksy_thpt, wp_twentyten_tct): rules read on pages whose markup varies
from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.extract import extract_article
from crawler.extract.blocks import is_decoration
from crawler.extract.document import parse
from crawler.plan import plan_page


def test_a_strip_drawn_across_the_text_is_a_divider_not_a_photo() -> None:
    strip = html.fromstring('<img src="/images/hoa-van/duong-ke.png" style="width: 600px; height: 18px">')
    photo = html.fromstring('<img src="/images/2026/12/le-khai-giang.jpg" style="width: 600px; height: 400px">')
    assert is_decoration(strip) and not is_decoration(photo)


def test_a_caption_inside_the_link_to_its_photo_is_the_photos_caption() -> None:
    # (Trix wraps a photo and its figcaption in a link to the photo's file: the caption is no file
    # offered by its name; laravel_filament_tct)
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1>Lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2026</h1>'
        '<p class="d">02/12/2026</p><div class="trix-content"><div>Sáng 02/12, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng kiến thức '
        "quốc phòng và an ninh cho 85 học viên là cán bộ cấp xã.<br><br>Lớp học kéo dài trong 10 ngày với 12 chuyên đề.</div>"
        '<figure class="attachment attachment--preview"><a href="/storage/anh/boi-duong-qpan.jpg"><img src="/storage/anh/boi-duong-qpan.jpg" width="1600" height="1067">'
        '<figcaption class="attachment__caption">Quang cảnh lễ khai giảng lớp bồi dưỡng</figcaption></a></figure>'
        "<div>Kết thúc khóa học, học viên được cấp chứng chỉ theo quy định của Bộ Quốc phòng.</div></div></article></body></html>"
    ).encode()
    record = extract_article(page, "http://h/bai-viet/boi-duong-qpan")
    assert record["images"] == [{"url": "http://h/storage/anh/boi-duong-qpan.jpg", "caption": "Quang cảnh lễ khai giảng lớp bồi dưỡng"}]


def test_an_archive_of_one_post_shown_whole_is_a_listing() -> None:
    # (Twenty Ten's "Category Archives: Thông báo" over a single post printed whole under its
    # linked title: no article of its own; wp_twentyten_tct)
    page = (
        '<html><head><meta charset="utf-8"><title>Thông báo | Trường Chính trị tỉnh</title></head><body><div id="header"><a href="/">Trường Chính trị tỉnh</a></div>'
        '<div id="content"><h1 class="page-title">Lưu trữ chuyên mục: Thông báo</h1><div class="post-77 post">'
        '<h2 class="entry-title"><a href="http://h/2026/10/thong-bao-tuyen-sinh/">Thông báo tuyển sinh lớp trung cấp lý luận chính trị năm 2027</a></h2>'
        '<div class="entry-meta">Đăng ngày 20/10/2026</div><div class="entry-content"><p>Trường Chính trị tỉnh thông báo tuyển sinh lớp trung cấp '
        "lý luận chính trị - hành chính hệ tập trung năm 2027, chỉ tiêu 120 học viên, thời gian đào tạo 8 tháng.</p>"
        "<p>Hồ sơ dự tuyển gửi về Phòng Quản lý đào tạo trước ngày 30/11/2026; mọi chi tiết xin liên hệ số điện thoại của Phòng.</p></div></div></div></body></html>"
    ).encode()
    assert plan_page(parse(page, "http://h/category/thong-bao/")).kind == "listing"
