"""Markup shapes of rounds 133 to 135's blind portals, written again in other words and classes:
each test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.bylines import looks_like_bare_name, parse_signature
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.extract.metadata import visible_breadcrumbs
from crawler.plan import plan_page
from tests.unit.extract.test_round117_variants import _P1, _P2, _page

_TITLE = "Hội nghị tổng kết phong trào thi đua năm học 2025 - 2026"


def test_the_texts_opening_sentence_spelling_the_slug_is_no_headline() -> None:
    # (a builder's text boxes all named "…-headline": the first one retells the headline, spelling
    # the address's slug among many more words; a headline the slug shortens still spells it)
    from crawler.extract.content import _sentence_past_slug, _slug_words

    slug = _slug_words("http://127.0.0.1/bai-viet/hoi-nghi-tong-ket-phong-trao-thi-dua-nam-hoc-2025-2026/")
    opening = "Sáng 28/11, Nhà trường tổ chức Hội nghị tổng kết phong trào thi đua năm học 2025 - 2026 với sự tham dự của toàn thể cán bộ, giáo viên, nhân viên và đại diện Ban đại diện cha mẹ học sinh các lớp."
    assert _sentence_past_slug(opening, slug)
    assert not _sentence_past_slug(_TITLE, slug)
    assert not _sentence_past_slug("Nhà trường long trọng tổ chức Hội nghị tổng kết phong trào thi đua năm học 2025 - 2026", slug)


def test_a_description_cut_at_a_search_engines_length_without_a_mark_says_the_lead() -> None:
    lead = (
        "Chiều 27/11/2026, Trường THCS Lê Lợi tổ chức Hội nghị tổng kết phong trào thi đua năm học 2025 - 2026, khen thưởng "
        "38 tập thể và 112 cá nhân có thành tích xuất sắc trong các phong trào của nhà trường."
    )
    page = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title><meta name="description" content="{lead[:155]}"></head><body>'
        f"<section class='post-hero'><h1>{_TITLE}</h1><span>28/11/2026</span><p class='kb-text'>{lead}</p></section>"
        f"<article><div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article></body></html>"
    ).encode()
    record = extract_article(page, "http://127.0.0.1/tin-tuc/hoi-nghi-tong-ket/")
    assert record["summary"] == lead
    assert record["body"] == f"{lead}\n\n{_P1}\n\n{_P2}"


def test_a_side_list_printed_before_the_headline_heads_no_short_post() -> None:
    # (the headline owns a short first section; a "most read" portlet in the left column comes
    # first, its heading four levels above its list)
    body = (
        "<div class='k1'><section class='k2'><header class='k3'><h2>Tin đọc nhiều</h2></header><div class='k4'><div class='k5'><div class='k6'><ul>"
        "<li><a href='/tin/1-hoi-thi-ve-tranh'>Hội thi vẽ tranh chủ đề an toàn giao thông</a></li>"
        "<li><a href='/tin/2-ngay-hoi-doc-sach'>Ngày hội đọc sách của học sinh khối 6</a></li>"
        "<li><a href='/tin/3-giai-bong-da'>Giải bóng đá học sinh cấp trường năm 2026</a></li></ul></div></div></div></section></div>"
        f"<div class='k3'><h3 class='news-title'>{_TITLE}</h3><div class='news-date'>Thứ Sáu, 27/11/2026</div>"
        "<div class='news-content'><p>Chiều 27/11/2026, nhà trường tổng kết phong trào thi đua của năm học vừa qua.</p>"
        "<h3>Kết quả nổi bật</h3><p>Nhà trường có 38 tập thể và 112 cá nhân được khen thưởng trong năm học.</p>"
        "<h3>Nhiệm vụ năm học mới</h3><p>Các tổ chuyên môn tiếp tục đổi mới phương pháp dạy học theo chương trình mới.</p></div></div>"
    )
    plan = plan_page(parse(_page(body, _TITLE), "http://127.0.0.1/tin/77-hoi-nghi-tong-ket"))
    assert plan.kind == "article"


def test_an_edit_stamp_then_the_posting_on_one_line() -> None:
    body = (
        f"<table><tr><td class='tieude'><span class='td'>{_TITLE}</span></td></tr>"
        "<tr><td class='ngay'><font size='1'>Cập nhật lần cuối: 29/11/2026 09:10 | Đăng ngày: 27/11/2026 15:40 | Lượt xem: 210</font></td></tr>"
        f"<tr><td><div id='noidung'><p>{_P1}</p><p>{_P2}</p></div></td></tr></table>"
    )
    record = extract_article(_page(body, "Trường THCS Lê Lợi"), "http://127.0.0.1/index.php?trang=xemtin&ma=88")
    assert record["published_at"] == "2026-11-27T15:40:00+07:00"


def test_a_trail_with_an_unlinked_step_between_two_separators() -> None:
    page = parse(
        _page(
            "<div class='vitri'><a href='/'>Trang chủ</a> › Hoạt động › <a href='/index.php?loai=4'>Công tác Đội</a></div>"
            f"<h2>{_TITLE}</h2><p>{_P1}</p>",
            _TITLE,
        ),
        "http://127.0.0.1/index.php?xem=12",
    )
    assert visible_breadcrumbs(page.tree) == ["Trang chủ", "Hoạt động", "Công tác Đội"]


def test_the_meta_line_read_as_the_texts_first_box_dates_the_post() -> None:
    # (the text's reading took the post's meta line in as its first box: the date region still
    # reads it, up to the text's own box)
    from crawler.extract import _text_after

    body = (
        f"<article class='bv'><h1 class='post-title'>{_TITLE}</h1>"
        "<div class='thong-tin'><span class='sua'><i class='icon'></i> Chỉnh sửa lúc: 29 Tháng Mười Một, 2026 lúc 9:10 sáng</span> "
        "<span class='dang'><i class='icon'></i> Ngày đăng: 27 Tháng Mười Một, 2026 lúc 3:40 chiều</span></div>"
        f"<div class='nd-bv'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    page = parse(_page(body, _TITLE), "http://127.0.0.1/2026/11/hoi-nghi-tong-ket.html")
    title = next(page.tree.iter("h1"))
    meta, text = (d for d in page.tree.iter("div"))
    region = _text_after(title, [meta, text], 200)
    assert "27 Tháng Mười Một, 2026 lúc 3:40 chiều" in region
    assert "29 Tháng Mười Một" not in region


def test_a_council_signs_by_its_purpose() -> None:
    assert looks_like_bare_name("Hội đồng tuyển dụng")
    assert looks_like_bare_name("Hội đồng coi thi")
    assert not looks_like_bare_name("Hội đồng sẽ họp")
    assert not looks_like_bare_name("Hội đồng nhất trí thông qua")


def test_a_plugins_related_box_inside_the_text_container_does_not_split_the_text() -> None:
    related = "".join(f"<li><a href='/bai-viet/{n}/'>Bài viết liên quan số {n} về hoạt động của nhà trường trong tháng</a></li>" for n in range(1, 12))
    body = (
        f"<h1 class='entry-title'>{_TITLE}</h1><p class='date'>28/11/2026</p>"
        "<div class='entry-content'><div class='share-bar'><a href='#'>Chia sẻ Facebook</a> <a href='#'>In bài</a></div><div class='row'><div class='col'><div class='inner'>"
        f"<div class='txt'>{_P1}</div><div class='txt'>{_P2}</div></div></div></div>"
        "<p>Hội nghị kết thúc trong không khí phấn khởi.</p>"
        f"<div class='crp_related'><h3>Bài viết cùng chủ đề</h3><ul>{related}</ul></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/bai-viet/hoi-nghi-tong-ket/")
    assert record["body"] == f"{_P1}\n\n{_P2}\n\nHội nghị kết thúc trong không khí phấn khởi."


def test_a_side_blocks_title_box_is_no_headline() -> None:
    # (a category page: its name in a hidden h1, the newest post large with its whole intro under
    # a linked title, the rest as a list; a weather block's title box beside them)
    teasers = "".join(
        f"<div class='item'><h3><a href='/tin-tuc/bai-{n}.html'>Bài viết số {n} của chuyên mục tin tức nhà trường</a></h3><p>Tóm tắt bài viết số {n} của chuyên mục.</p></div>"
        for n in range(1, 3)
    )
    body = (
        "<div class='row'><div class='col-main'><h1 class='hidden'>Tin tức</h1><div class='big'><h3><a href='/tin-tuc/bai-0.html'>Bài viết mới nhất của chuyên mục tin tức nhà trường</a></h3>"
        f"<img src='/u/0.jpg' width='300'><p>Toàn bộ phần giới thiệu của bài viết mới nhất, in đầy đủ trên trang chuyên mục.</p></div><ul class='related'>{teasers}</ul>"
        "<div class='pages'><a href='/tin-tuc/page-2'>2</a></div></div>"
        "<div class='col-side'><div class='panel'><div class='panel-heading'>Dự báo thời tiết</div><div class='panel-body'>Tuy Hòa 27°C, mưa rào rải rác, độ ẩm 86%</div></div></div></div>"
    )
    plan = plan_page(parse(_page(body, "Tin tức"), "http://127.0.0.1/tin-tuc/"))
    assert plan.kind == "listing"
    assert plan.raw.get("title") != "Dự báo thời tiết"


def test_the_wider_cell_of_a_table_layout_is_the_main_column() -> None:
    rows = "".join(
        f"<div class='tin'><a href='tin-tuc/{n}/bai-viet-so-{n}.html'><img src='upload/{n}.jpg' width='150'></a><div class='tde'><a href='tin-tuc/{n}/bai-viet-so-{n}.html'>Bài viết số {n} của chuyên mục hoạt động nhà trường</a></div><div class='mota'>Tóm tắt bài viết số {n}.</div></div>"
        for n in range(1, 4)
    )
    body = (
        "<h1>TRƯỜNG THPT LÊ LỢI</h1><div id='path'><a href='./'>Trang chủ</a> » <span>Hoạt động</span></div>"
        f"<table><tr><td id='cot-trai' width='700' valign='top'><div class='khung'><div class='tde-muc'>HOẠT ĐỘNG</div>{rows}"
        "<div class='phantrang'><a href='tin-tuc/danh-muc/4?trang=2'>2</a></div></div></td>"
        "<td id='cot-phai' width='300' valign='top'><div class='pl'><div class='pl-tde'>LIÊN KẾT</div><a href='https://moet.gov.vn'>Bộ GD&amp;ĐT</a></div></td></tr></table>"
    )
    plan = plan_page(parse(_page(body, "Hoạt động | Trường THPT Lê Lợi"), "http://127.0.0.1/tin-tuc/danh-muc/4"))
    assert plan.kind == "listing"
    assert len(plan.entries) == 3


def test_an_italic_line_over_the_photo_in_the_photos_own_box_is_its_caption() -> None:
    body = (
        f"<h1>{_TITLE}</h1><p>Ngày 28/11/2026</p><div class='noi-dung'><p>{_P1}</p>"
        "<div class='anh'><p class='ghichu' style='font-style: italic'>Hiệu trưởng trao giấy khen cho các tập thể</p><img src='/up/hn-1.jpg' width='600'></div>"
        "<div class='anh'><p class='ghichu' style='font-style: italic'>Đại biểu dự hội nghị</p><img src='/up/hn-2.jpg' width='600'></div>"
        f"<p>{_P2}</p></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin/hoi-nghi-tong-ket-2026.html")
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in record["images"]] == [
        ("hn-1.jpg", "Hiệu trưởng trao giấy khen cho các tập thể"),
        ("hn-2.jpg", "Đại biểu dự hội nghị"),
    ]


def test_a_writer_then_the_source_in_brackets() -> None:
    signed = parse_signature("Lê Văn An (Theo Báo Nghệ An)", closing=True)
    assert signed is not None and signed.authors == ["Lê Văn An"] and signed.source == "Báo Nghệ An"
    signed = parse_signature("Phạm Thu Trang - Nguồn: Cổng TTĐT tỉnh", closing=True)
    assert signed is not None and signed.authors == ["Phạm Thu Trang"] and signed.source == "Cổng TTĐT tỉnh"


def test_a_related_cards_published_stamp_does_not_date_the_post() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><div class='meta'><span class='updated'>Cập nhật lần cuối: 04/12/2026</span></div>"
        f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article>"
        "<div class='related-posts'><article><h3><a href='/bai-khac/'>Một bài viết khác của trường</a></h3>"
        "<span itemprop='datePublished'>20/11/2026</span></article></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/hoi-nghi-tong-ket/")
    assert record["published_at"] != "2026-11-20"


def test_the_poster_after_the_day_in_words() -> None:
    body = (
        f"<div class='news'><h3 class='news-title'>{_TITLE}</h3><div class='muted'>Thg11 27, 2026, 09:15 SA Bởi Trần Minh Khoa</div>"
        f"<div class='news-content'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/2026/11/27/hoi-nghi-tong-ket")
    assert record["authors"] == ["Trần Minh Khoa"]


def test_a_plain_name_closing_the_text_signs_it() -> None:
    body = (
        f"<h1>{_TITLE}</h1><p>Ngày 28/11/2026</p><div class='bai'><p>{_P1}</p><p>{_P2}</p>"
        "<div class='ten'>Minh Châu</div><div class='nguon'>Nguồn: Báo Tuyên Quang</div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin/hoi-nghi-tong-ket.html")
    assert record["authors"] == ["Minh Châu"]
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_the_title_of_the_credits_box_closing_the_text_goes_with_it() -> None:
    body = (
        f"<h1>{_TITLE}</h1><p>Ngày 28/11/2026</p><div class='item-body'><div class='full'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='fields'><h3>Thông tin bài viết</h3><ul><li><span class='lbl'>Bài, ảnh:</span> <span class='val'>Lê Thu Hoa</span></li></ul></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/item/88-hoi-nghi-tong-ket.html")
    assert record["authors"] == ["Lê Thu Hoa"]
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_builders_text_blocks_nested_deep_in_the_cms_text_container_are_one_text() -> None:
    # (a page builder nests each text block a dozen levels inside the CMS's articleBody)
    def nest(inner: str, depth: int) -> str:
        return "".join(f"<div class='pb-w{n}'>" for n in range(depth)) + inner + "</div>" * depth

    body = (
        f"<h1>{_TITLE}</h1><p class='info'>Ngày đăng: 28/11/2026</p><div itemprop='articleBody'>"
        + nest(f"<div class='pb-text'><p>{_P1}</p></div>", 12)
        + nest("<div class='pb-text'><p>Hội nghị đã biểu dương 38 tập thể và 112 cá nhân tiêu biểu trong năm học.</p></div>", 12)
        + nest(f"<div class='pb-text'><p>{_P2}</p></div>", 12)
        + "</div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/hoi-nghi-tong-ket")
    assert record["body"] == f"{_P1}\n\nHội nghị đã biểu dương 38 tập thes và 112 cá nhân tiêu biểu trong năm học.\n\n{_P2}".replace("thes", "thể")


def test_the_title_of_a_photos_named_box_over_the_picture_is_its_caption() -> None:
    body = (
        f"<h1>{_TITLE}</h1><p>Ngày 28/11/2026</p><div class='noi-dung'><p>{_P1}</p>"
        "<div class='anh-box image-box'><h4 class='anh-box-title'>Hiệu trưởng trao giấy khen cho các tập thể</h4>"
        "<div class='inner'><img src='/up/hn-9.jpg' width='700'></div></div>"
        f"<p>{_P2}</p></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin/hoi-nghi-tong-ket-2026.html")
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in record["images"]] == [("hn-9.jpg", "Hiệu trưởng trao giấy khen cho các tập thể")]


def test_a_photos_caption_box_printing_the_headline_is_its_caption() -> None:
    body = (
        f"<div class='post'><h1>{_TITLE}</h1><p>Thứ sáu - 27/11/2026 15:40</p>"
        f"<div class='home-img'><figure><img src='/up/anh-dai-dien.jpg' width='400'><figcaption>{_TITLE}</figcaption></figure></div>"
        f"<div class='detail'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin-tuc/hoi-nghi-tong-ket-12.html")
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in record["images"]] == [("anh-dai-dien.jpg", _TITLE)]


def test_an_ad_spots_label_is_no_text() -> None:
    body = (
        f"<h1>{_TITLE}</h1><p>28/11/2026</p><div class='entry-content'><p>{_P1}</p>"
        "<div class='bn-adspot'><span class='adspot-title'>- Quảng cáo -</span><a href='https://tuyensinh.example.vn/'><img src='/up/banner-ts.jpg' width='728' height='90'></a></div>"
        f"<p>{_P2}</p></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/tin/hoi-nghi-tong-ket-2026.html")
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_the_routing_language_parameter_stays_and_a_switch_goes() -> None:
    from crawler.core.urls import clean_url

    assert clean_url("http://127.0.0.1/index.php?language=vi&nv=news&op=thong-bao") == "http://127.0.0.1/index.php?language=vi&nv=news&op=thong-bao"
    assert clean_url("http://127.0.0.1/index.php?language=en&nv=news&op=thong-bao") == "http://127.0.0.1/index.php?nv=news&op=thong-bao"
    assert clean_url("http://127.0.0.1/tin-tuc/hoi-nghi?lang=vi") == "http://127.0.0.1/tin-tuc/hoi-nghi"


def test_a_page_number_in_a_route_parameter() -> None:
    from crawler.navigation.links import differs_by_page

    assert differs_by_page("http://127.0.0.1/index.php?nv=news&op=hoat-dong/page-3", "http://127.0.0.1/index.php?nv=news&op=hoat-dong")
    assert not differs_by_page("http://127.0.0.1/index.php?nv=news&op=hoat-dong/page-3", "http://127.0.0.1/index.php?nv=news&op=thong-bao")


def test_view_in_context_reads_on() -> None:
    # (Liferay's Asset Publisher closes each post it shows whole with it: the post's own page)
    from crawler.navigation.links import is_read_more

    assert is_read_more("Xem trong ngữ cảnh »")
    assert not is_read_more("Ngữ cảnh lịch sử của bài học")


def test_nukeviets_rating_lines_close_no_text() -> None:
    body = (
        f"<h1>{_TITLE}</h1><span class='h5'>Thứ sáu - 27/11/2026 15:40</span><div id='news-bodyhtml'><p>{_P1}</p><p>{_P2}</p>"
        "<p>Tổng số điểm của bài viết là: 12 trong 3 đánh giá</p><p>Click để đánh giá bài viết</p></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/index.php?language=vi&nv=news&op=tin-tuc/hoi-nghi-tong-ket-12")
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_kindergarten_by_its_old_name_after_the_signer() -> None:
    signed = parse_signature("Trần Thị Lan (MG Hoa Sen)", closing=True)
    assert signed is not None and signed.authors == ["Trần Thị Lan"]
