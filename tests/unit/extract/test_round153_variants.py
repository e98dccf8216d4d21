"""Markup shapes of round 153's blind portals (and of the portals left untuned before it),
written again in other words and classes: each test holds the rule, not the fixture (the
fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-2026"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def _gallery(box_class: str, heading: str, links_to: str = "/media/anh/{n}.jpg") -> str:
    photos = "".join(
        f"<li><a href='{links_to.format(n=n)}' rel='lightbox[g]'><img src='/media/anh/thumb-{n}.jpg' alt='Ảnh {n}' width='180'></a></li>"
        for n in (1, 2, 3)
    )
    return f"<div class='{box_class}'><h4>{heading}</h4><ul>{photos}</ul><p class='note'>Bấm vào ảnh để xem cỡ lớn.</p></div>"


def _post(after: str) -> str:
    return (
        f"<div class='bai-viet'><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p>"
        "<p style='text-align:right'><strong>Bài, ảnh: Lò Văn Tuấn</strong></p></div>"
        "<div class='chia-se'><a href='https://www.facebook.com/sharer.php'>Facebook</a> <a href='#'>Zalo</a></div>"
        "<div class='bai-viet-links'><span>Chuyên mục:</span> <a href='/tin-tuc'>Tin tức</a> <span>Thẻ:</span> <a href='/tag/giai-dieu'>giai điệu</a></div>"
        f"{after}</div>"
    )


def test_a_posts_album_printed_after_its_category_and_tags_is_its_photos() -> None:
    record = _read(_post(_gallery("bai-viet-gallery", "Ảnh hoạt động")))
    assert [img["url"] for img in record["images"]] == [f"http://127.0.0.1/media/anh/thumb-{n}.jpg" for n in (1, 2, 3)]
    assert record["authors"] == ["Lò Văn Tuấn"]
    assert "Bấm vào ảnh" not in record["body"]


def test_photos_after_the_furniture_linking_pages_or_not_named_for_images_are_not_the_posts() -> None:
    # the site's photo library block: its photos link to albums, not to image files
    assert _read(_post(_gallery("bai-viet-gallery", "Ảnh hoạt động", "/thu-vien/album-{n}")))["images"] == []
    # a box not named for images after the furniture
    assert _read(_post(_gallery("khoi-cuoi", "Ảnh hoạt động")))["images"] == []
