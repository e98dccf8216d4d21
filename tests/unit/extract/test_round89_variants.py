"""Round 89 (blind portals district_portal_pgd, enetviet_thcs, laravel_filament_tct,
webtruonghoc_mamnon, wp_blocksy_thpt, wp_twentyten_tct): rules read on pages whose markup varies
from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.extract.blocks import is_decoration


def test_a_strip_drawn_across_the_text_is_a_divider_not_a_photo() -> None:
    strip = html.fromstring('<img src="/images/hoa-van/duong-ke.png" style="width: 600px; height: 18px">')
    photo = html.fromstring('<img src="/images/2026/12/le-khai-giang.jpg" style="width: 600px; height: 400px">')
    assert is_decoration(strip) and not is_decoration(photo)
