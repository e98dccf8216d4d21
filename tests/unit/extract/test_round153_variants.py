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


def test_a_news_list_named_in_vietnamese_inside_a_category_frame_is_the_categorys_own() -> None:
    from lxml import html as lxml_html

    from crawler.navigation.listing import list_in_noise

    def box(list_class: str) -> object:
        tree = lxml_html.fromstring(
            f"<div class='col-md-9'><div class='khung-danhmuc'><div class='{list_class}'>"
            "<div class='item'><a href='/tin/a-1.html'>Tin một</a></div><div class='item'><a href='/tin/b-2.html'>Tin hai</a></div>"
            "</div></div></div>"
        )
        return tree.find(".//div[@class='item']").getparent()

    assert not list_in_noise(box("danhsachtin"))
    assert not list_in_noise(box("ds_tintuc"))
    assert list_in_noise(box("ds-tinxemnhieu"))  # (the most read, whatever frame holds it)


def test_a_date_the_label_calls_the_last_edit_gives_way_to_an_element_named_the_publication() -> None:
    body = (
        f"<div class='asset-full'><div class='asset-content'><div class='bai'><h2 class='tieude'>{_TITLE}</h2>"
        "<div class='dong-ngay'>Cập nhật lúc: 09:12 05/12/2026</div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
        "<div class='asset-meta'><span class='meta-item meta-publish-date'>03/12/26</span> <span class='meta-item'>210 lượt xem</span></div></div>"
    )
    assert _read(body)["published_at"] == "2026-12-03"
    # no such element: the edit's stamp is the only date the page prints
    assert _read(body.replace("meta-publish-date", "meta-views"))["published_at"] == "2026-12-05T09:12:00+07:00"


def test_a_nursery_rhyme_in_italics_does_not_make_a_posts_text_italic() -> None:
    rhyme = "<p style='text-align:center'><em>Dung dăng dung dẻ<br>Dắt trẻ đi chơi<br>Đến cửa nhà trời<br>Lạy cậu lạy mợ<br>Cho cháu về quê</em></p>"
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p>{rhyme}<p>{_P2}</p>"
        "<p style='text-align:center'><img src='/uploads/dong-dao.jpg' alt=''></p>"
        "<p style='text-align:center'><em>Các bé lớp Chồi 2 chơi “Dung dăng dung dẻ” ngoài sân trường</em></p>"
        f"<p>{_P1}</p></div></div>"
    )
    record = _read(body)
    assert record["images"] == [{"url": "http://127.0.0.1/uploads/dong-dao.jpg", "caption": "Các bé lớp Chồi 2 chơi “Dung dăng dung dẻ” ngoài sân trường"}]
    assert "Đến cửa nhà trời" in record["body"]


def test_a_writer_read_with_and_without_the_title_pupils_use_is_one_writer() -> None:
    body = (
        f"<div class='item-page'><h2 itemprop='headline'>{_TITLE}</h2><dl class='info'>"
        "<dd class='createdby' itemprop='author' itemscope><span>Viết bởi</span> <span itemprop='name'>Cô Hoàng Thị Mai</span></dd>"
        f"<dd class='published'>Được đăng: 04/12/2026</dd></dl><div itemprop='articleBody'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(body)["authors"] == ["Hoàng Thị Mai"]
