"""Markup shapes of rounds 150 onwards' blind portals (and round 149's left untuned), written again
in other words and classes: each test holds the rule, not the fixture (the fixture's own crawl
holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-2026"


def _gallery(figures: str, caption: str) -> str:
    return f"<figure class='gallery-block'>{figures}<figcaption class='gallery-caption'>{caption}</figcaption></figure>"


def test_a_gallerys_caption_beside_its_photos_own_captions_is_nobodys() -> None:
    figures = "".join(f"<figure class='anh'><img src='/uploads/2026/11/tiet-muc-{n}.jpg'><figcaption>Tiết mục số {n} của lớp 7A{n}</figcaption></figure>" for n in (1, 2))
    body = f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p>{_gallery(figures, 'Một số hình ảnh tại hội thi')}<p>{_P2}</p></div></article>"
    record = extract_article(_page(body, _TITLE), _URL)
    assert [im["caption"] for im in record["images"]] == ["Tiết mục số 1 của lớp 7A1", "Tiết mục số 2 của lớp 7A2"]
    assert "Một số hình ảnh tại hội thi" not in record["body"]


def test_a_signature_set_at_the_right_signs_even_under_a_line_ending_with_a_colon() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>Một số tiết dạy tiêu biểu được giới thiệu dưới đây:</p>"
        "<p style='text-align:right'><strong><em>Lê Thị Minh Thư (Trường THCS Lý Thường Kiệt)</em></strong></p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["authors"] == ["Lê Thị Minh Thư"]
    assert "Lê Thị Minh Thư" not in record["body"]


def test_an_item_of_a_list_after_a_colon_is_still_no_signature() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>Giải Nhất thuộc về các em:</p>"
        "<p>Em Nguyễn Khánh Vy, Trường TH Mậu Thân</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert not record.get("authors")
    assert "Nguyễn Khánh Vy" in record["body"]


def test_categories_linked_in_a_row_after_their_label_let_the_trail_choose() -> None:
    body = (
        "<nav class='duong-dan'><a href='/'>Trang chủ</a> » <a href='/chuyen-muc/hoat-dong-nganh/'>Hoạt động ngành</a> » "
        f"<span>{_TITLE}</span></nav><article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        "<footer class='thong-tin'><span class='an'>Chuyên mục </span><a href='/chuyen-muc/chuyen-mon/' rel='category tag'>Chuyên môn</a>, "
        "<a href='/chuyen-muc/hoat-dong-nganh/' rel='category tag'>Hoạt động ngành</a></footer></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["category"] == "Hoạt động ngành"


def test_a_home_page_whose_menu_fills_the_folder_above_it_widens_the_crawl_to_that_folder() -> None:
    from crawler.navigation.urls import Scope

    def links(page: str) -> list[str]:
        return [
            *(f"http://127.0.0.1/portal/truong-chinh-tri/{page}/-/tin/noi-bat-{n}" for n in range(4)),  # the page's widgets
            *(f"http://127.0.0.1/portal/truong-chinh-tri/{p}" for p in ("tin-tuc", "nghien-cuu", "thong-bao", "lien-he", "gioi-thieu")),
        ]

    scope = Scope.for_start(["http://127.0.0.1/portal/truong-chinh-tri/home"])
    wider = scope.past_start_page("http://127.0.0.1/portal/truong-chinh-tri/home", links("home"))
    assert wider is not None and wider.path_prefixes == ("/portal/truong-chinh-tri/",)
    assert wider.check("http://127.0.0.1/portal/so-gddt/tin-tuc") == "outside_prefix"
    # (a unit's own page inside its district's site keeps its folder: "/web/<district>/phong-gd-dt")
    unit = Scope.for_start(["http://127.0.0.1/portal/truong-chinh-tri/phong-dao-tao"])
    assert unit.past_start_page("http://127.0.0.1/portal/truong-chinh-tri/phong-dao-tao", links("phong-dao-tao")) is None
    # (and a school's folder on a shared host never widens to the host's root)
    school = Scope.for_start(["http://127.0.0.1/thcs-le-loi/trang-chu"])
    root_links = [*(f"http://127.0.0.1/thcs-le-loi/trang-chu/-/{n}" for n in range(3)), *(f"http://127.0.0.1/{p}" for p in ("a", "b", "c", "d"))]
    assert school.past_start_page("http://127.0.0.1/thcs-le-loi/trang-chu", root_links) is None


def test_categories_linked_in_a_row_under_a_trail_naming_none_of_them_keep_the_first() -> None:
    body = (
        "<nav class='duong-dan'><a href='/'>Trang chủ</a> » <a href='/blog/'>Tin tức - Sự kiện</a> » "
        f"<span>{_TITLE}</span></nav><article><h1>{_TITLE}</h1><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='phan-loai'><span class='nhan'>Chuyên mục:</span> <a href='/blog/chuyen-muc/nghien-cuu'>Nghiên cứu khoa học</a>, "
        "<a href='/blog/chuyen-muc/dao-tao'>Đào tạo - Bồi dưỡng</a></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["category"] == "Nghiên cứu khoa học"


def test_a_contents_box_named_so_is_dropped_even_inside_a_card_named_text() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><div class='the the-body article-index'><div class='the-body card-body'>"
        "<h3>Mục lục bài viết</h3><ul><li><a href='?start=0'>Trang đầu</a></li><li><a href='?start=1'>Kết quả bước đầu</a></li>"
        f"<li><a href='?showall=1'>Tất cả các trang</a></li></ul></div></div><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert "Mục lục" not in record["body"] and "Kết quả bước đầu" not in record["body"]
    assert record["body"].startswith(_P1[:30])


def test_a_text_to_speech_players_box_leaves_no_line() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='noi-dung'><div class='vbee-tts-box'><button>▶ Nghe</button>"
        "<p class='tts-note'>Bài viết được chuyển thành giọng nói bởi công nghệ Vbee</p></div>"
        f"<p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert "Vbee" not in record["body"]
