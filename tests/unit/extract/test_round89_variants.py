"""Round 89 (blind portals district_portal_pgd, enetviet_thcs, laravel_filament_tct,
webtruonghoc_mamnon, wp_blocksy_thpt, wp_twentyten_tct): rules read on pages whose markup varies
from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.extract import extract_article
from crawler.extract.blocks import is_decoration


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
