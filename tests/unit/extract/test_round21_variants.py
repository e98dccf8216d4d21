"""What the twenty-first round of blind portals (a vendor's PHP school product with
``?mod=…&act=…`` routes, CMS Made Simple, WordPress with Astra) taught."""

from __future__ import annotations

import pytest

from crawler.navigation.urls import is_trap


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/index.php?mod=tintuc&act=in&id=1224",
        "http://127.0.0.1:8000/index.php?mod=tintuc&act=guiemail&id=1224",
        "http://127.0.0.1:8000/index.php?module=news&action=print&id=9",
        "http://127.0.0.1:8000/index.php?mact=News,cntnt01,print,0&cntnt01articleid=123",
    ],
)
def test_a_modules_print_and_send_actions_are_traps(url: str) -> None:
    assert is_trap(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/index.php?mod=tintuc&act=chitiet&id=1224",
        "http://127.0.0.1:8000/index.php?mod=tintuc&act=index&id=5",
        "http://127.0.0.1:8000/index.php?mact=News,cntnt01,detail,0&cntnt01articleid=123",
    ],
)
def test_a_modules_other_actions_are_followed(url: str) -> None:
    assert not is_trap(url)



def test_a_featured_image_repeating_a_photo_of_the_text_at_another_size_is_that_photo() -> None:
    from crawler.extract import extract_article
    from tests.unit.extract.test_body_variants import P1, P2, TITLE, URL

    html = f"""<html><head><title>{TITLE}</title></head><body><article><div class="post-thumb"><img src="/up/2026/09/khai-giang-768x512.jpg" width="768" height="512" alt=""></div>
    <h1>{TITLE}</h1><p>Ngày 5 Tháng 9, 2026</p><div class="entry-content"><p>{P1}</p>
    <figure><img src="/up/2026/09/khai-giang.jpg"><figcaption>Đón học sinh lớp 6 bước vào ngôi trường mới</figcaption></figure><p>{P2}</p></div></article></body></html>"""
    images = extract_article(html, URL)["images"]
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in images] == [("khai-giang.jpg", "Đón học sinh lớp 6 bước vào ngôi trường mới")]
