"""Round 83 (blind portals framer_thcs, mkdocs_material_thpt, jahia_sgddt, squiz_matrix_tct,
nuxt3_directus_pgd, nhanhoa_builder_mamnon): rules read on pages whose markup varies from the
fixtures'."""

from __future__ import annotations

from crawler.core.bylines import is_file_name, parse_byline
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_P1 = (
    "Chiều 26/10/2026, Liên đội Trường THCS Lê Lợi tổ chức Đại hội Liên đội nhiệm kì 2026 – 2027 với sự tham gia "
    "của 96 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."
)
_P2 = "Đại hội đã bầu Ban Chỉ huy Liên đội gồm 15 đồng chí, thông qua chương trình hành động với nhiều chỉ tiêu cụ thể cho năm học mới."
_TEXT = f"<p>{_P1}</p><p>{_P2}</p>"
_MENU = '<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul>'


def _page(main: str, *, head: str = "", title: str = "Đại hội Liên đội nhiệm kì 2026 – 2027 | THCS Lê Lợi") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body><div class="top">Trường THCS Lê Lợi</div>{_MENU}'
        f'<div class="page">{main}</div><footer>© 2026 Trường THCS Lê Lợi</footer></body></html>'
    ).encode()


def test_a_site_wide_canonical_to_the_root_gives_way_to_the_pages_own() -> None:
    head = '<link rel="canonical" href="/"><link rel="canonical" href="/tin-tuc/dai-hoi-lien-doi">'
    main = f'<article><h1>Đại hội Liên đội nhiệm kì 2026 – 2027</h1><p class="d">28/10/2026</p>{_TEXT}</article>'
    plan = plan_page(parse(_page(main, head=head), "http://h/tin-tuc/dai-hoi-lien-doi"))
    assert plan.kind == "article" and plan.raw["canonical_url"] == "http://h/tin-tuc/dai-hoi-lien-doi"


def test_a_builders_layer_names_read_as_class_names_and_a_side_cards_excerpt_is_no_lead() -> None:
    lead = "Liên đội Trường THCS Lê Lợi tổ chức thành công Đại hội Liên đội nhiệm kì 2026 – 2027 với nhiều đổi mới trong cách tổ chức."
    card = (
        '<aside data-framer-name="Cột phải"><a href="/tin-tuc/khac" class="x1"><h3 class="x2">Tin khác của Liên đội trong tháng mười một năm nay</h3>'
        '<p class="x3" data-framer-name="Mô tả">Một tin khác của Liên đội, với một đoạn mô tả dài hơn bốn mươi chữ cái để thành một đoạn.</p></a></aside>'
    )
    main = (
        '<div class="a1"><div class="a2" data-framer-name="Tiêu đề"><h1 class="framer-text">Đại hội Liên đội nhiệm kì 2026 – 2027</h1></div>'
        f'<div class="a3" data-framer-name="Mô tả"><p class="framer-text">{lead}</p></div><p class="a4">28/10/2026</p></div>'
        f'<div class="a5">{card}<div class="a6" data-framer-name="Nội dung"><div class="a7"><p class="framer-text">{_P1}</p><p class="framer-text">{_P2}</p></div></div></div>'
    )
    record = extract_article(_page(main), "http://h/tin-tuc/dai-hoi-lien-doi")
    assert record["summary"] == lead and record["body"] == f"{lead}\n\n{_P1}\n\n{_P2}"


def test_a_cover_over_a_kicker_link_and_the_headline_leads_and_takes_the_texts_caption() -> None:
    main = (
        '<header class="hd"><div class="cover"><img src="/m/cover.jpg" alt=""></div><a class="k" href="/doan-doi/">Đoàn - Đội</a>'
        '<div class="t"><h1>Đại hội Liên đội nhiệm kì 2026 – 2027</h1></div><p class="d">28/10/2026</p></header>'
        f'<div class="txt"><p>{_P1}</p><figure><img src="/m/cover.jpg" alt=""><figcaption>Quang cảnh Đại hội</figcaption></figure><p>{_P2}</p></div>'
    )
    images = extract_article(_page(main), "http://h/tin-tuc/dai-hoi-lien-doi")["images"]
    assert images == [{"url": "http://h/m/cover.jpg", "caption": "Quang cảnh Đại hội"}]


def test_a_headings_permalink_sign_is_no_word_of_it() -> None:
    main = (
        '<article><h1 id="dai-hoi">Đại hội Liên đội nhiệm kì 2026 – 2027<a class="anchor" href="#dai-hoi">#</a></h1><p class="d">28/10/2026</p>'
        f'<p>{_P1}</p><h2 id="ket-qua">Kết quả Đại hội<a href="#ket-qua" title="Permalink">¶</a></h2><p>{_P2}</p></article>'
    )
    record = extract_article(_page(main), "http://h/blog/2026/10/28/dai-hoi/")
    assert record["title"] == "Đại hội Liên đội nhiệm kì 2026 – 2027" and "Kết quả Đại hội" in record["body"].split("\n\n")


def test_a_category_link_a_side_meta_box_files_the_post_under() -> None:
    meta = '<nav class="side"><ul><li><time datetime="2026-10-28">28/10/2026</time></li><li>trong <a href="/blog/category/doan-doi/">Đoàn - Đội</a></li></ul></nav>'
    main = f'{meta}<article><h1>Đại hội Liên đội nhiệm kì 2026 – 2027</h1>{_TEXT}</article>'
    assert extract_article(_page(main), "http://h/blog/2026/10/28/dai-hoi/")["category"] == "Đoàn - Đội"


def test_writers_avatars_in_boxes_named_as_the_authors_and_a_writers_card_of_lines() -> None:
    cards = "".join(
        f'<div class="writer-card"><span class="post-author"><img src="/a/{i}.jpg" alt="{name}"></span><span class="desc"><b>{name}</b><br>Giáo viên</span></div>'
        for i, name in enumerate(("ThS. Lê Minh Khoa", "Cô Nguyễn Thị Hà"))
    )
    main = f'<div class="side">{cards}</div><article><h1>Đại hội Liên đội nhiệm kì 2026 – 2027</h1><p class="d">28/10/2026</p>{_TEXT}</article>'
    assert extract_article(_page(main), "http://h/blog/dai-hoi/")["authors"] == ["Lê Minh Khoa", "Nguyễn Thị Hà"]
    lines = '<div class="tacgia-bv"><b>PGS.TS. Lê Văn Hùng</b> – <i>Trưởng khoa Nhà nước và pháp luật</i><br><b>ThS. Trần Thị Mai</b> – <i>Giảng viên Khoa Dân vận</i></div>'
    main = f'<div class="bv"><div class="tt"><h2>Một số giải pháp nâng cao chất lượng giám sát ở cơ sở</h2></div>{lines}<div class="ngay">Ngày đăng: 24/11/2026</div><div class="nd">{_TEXT}</div></div>'
    record = extract_article(_page(main, title="Nghiên cứu – Trao đổi"), "http://h/nghien-cuu/giai-phap")
    assert record["title"] == "Một số giải pháp nâng cao chất lượng giám sát ở cơ sở"
    assert record["authors"] == ["Lê Văn Hùng", "Trần Thị Mai"]


def test_a_comrades_byline_with_a_post_and_a_reporters_group() -> None:
    byline = parse_byline("Người viết: Đ/c Nông Văn Sơn, Bí thư Chi bộ")
    assert byline is not None and byline.authors == ["Nông Văn Sơn"]
    assert parse_byline("Người viết: đồng chí Nông Văn Sơn").authors == ["Nông Văn Sơn"]  # type: ignore[union-attr]
    group = parse_byline("Nhóm phóng viên: Lê Văn Tú, Hồ Ngọc Mai")
    assert group is not None and group.authors == ["Lê Văn Tú", "Hồ Ngọc Mai"]


def test_a_former_pupils_signature_over_the_references() -> None:
    main = (
        f'<article><h1>Ôn thi đánh giá năng lực: kinh nghiệm từ một cựu học sinh</h1><p class="d">17/11/2026</p>{_TEXT}'
        '<p style="text-align:right"><b>Hoàng Đức Minh</b><br><i>Cựu học sinh lớp 12A1, khóa 2023 - 2026</i></p>'
        "<h2>Tài liệu tham khảo</h2><p>[1] Trung tâm Khảo thí, Cấu trúc bài thi năm 2027, tháng 9/2026.</p></article>"
    )
    record = extract_article(_page(main), "http://h/blog/on-thi/")
    assert record["authors"] == ["Hoàng Đức Minh"] and record["body"].split("\n\n")[-2] == "Tài liệu tham khảo"


def test_a_clips_page_in_the_video_library_is_no_article_but_a_clip_post_of_paragraphs_is() -> None:
    def clip(paragraphs: str) -> bytes:
        return (
            f'<html><head><meta charset="utf-8"><title>Bản tin tháng 11</title></head><body>{_MENU}'
            '<div class="trail"><a href="/">Trang chủ</a> » <a href="/video/">Video</a> » <span>Bản tin tháng 11/2026</span></div>'
            '<div class="main"><div class="clip-box"><h1>Bản tin Giáo dục tháng 11/2026</h1><p class="d">30/11/2026</p>'
            f'<div class="player"><iframe src="https://www.youtube.com/embed/abc123"></iframe></div>{paragraphs}</div></div></body></html>'
        ).encode()

    one = clip(f"<p>{_P1}</p><p>Thực hiện: Văn phòng Sở phối hợp Đài Phát thanh - Truyền hình tỉnh</p>")
    assert plan_page(parse(one, "http://h/video/ban-tin-thang-11.html")).reason == "video_entry"
    more = "Bản tin điểm lại các hoạt động nổi bật trong tháng: kỷ niệm Ngày Nhà giáo Việt Nam, hội thi giáo viên dạy giỏi, ngày hội STEM và công tác khắc phục hậu quả mưa lũ tại các trường vùng cao."
    two = clip(f"<p>{_P1}</p><p>{_P2}</p><p>{more}</p><p>Clip: Tổ Truyền thông</p>")
    assert plan_page(parse(two, "http://h/video/ban-tin-thang-11.html")).kind == "article"


def test_a_cms_title_made_of_a_cameras_file_name_is_no_caption() -> None:
    assert is_file_name("Img 20261128 083512") and is_file_name("DSC 0123") and not is_file_name("Img đẹp ngày hội")
