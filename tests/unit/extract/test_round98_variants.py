"""Rounds 98 and 99 (blind portals bookstack_thpt, medium_publication_pgd, smf_forum_thcs,
wp_multisite_sgddt, wp_oxygen_thcs, gridsome_mamnon; wikijs_tct, hashnode_thpt, perl_cgi_tct,
composite_c1_sgddt, nucleus_cms_pgd, wp_eduma_pvd_thpt): rules read on pages whose markup
varies from the fixtures'."""

from __future__ import annotations

from collections import Counter

from lxml import html

from crawler.clean.steps import resolve_published
from crawler.core.lines import is_date_line, is_meta_field_line
from crawler.core.vocab import families, names_of
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import PageHints, plan_page

_P1 = (
    "Sáng 12/11/2026, Trường THCS Trần Quốc Toản tổ chức hội thi kể chuyện theo sách cho học sinh khối 6 và khối 7 "
    "với sự tham gia của 24 thí sinh đến từ các lớp."
)
_P2 = (
    "Ban giám khảo đánh giá cao khả năng diễn đạt, sự tự tin và cách các em liên hệ nội dung cuốn sách với cuộc sống "
    "hằng ngày của bản thân."
)
_P3 = "Kết thúc hội thi, nhà trường trao 3 giải Nhất, 4 giải Nhì và 6 giải Ba cho các thí sinh xuất sắc."


def _page(body: str, head: str = "") -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8">{head}</head><body><div class="menu"><a href="/">Trang chủ</a>'
        f'<a href="/tin-tuc">Tin tức</a></div>{body}<div class="chan"><p>Trường THCS Trần Quốc Toản. Điện thoại: '
        "0236 3811 222.</p></div></body></html>"
    ).encode()


_ARTICLE = f'<div class="bai"><h1>Hội thi kể chuyện theo sách năm học 2026 - 2027</h1><div class="nd"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>'


def test_a_creation_time_told_relative_to_now_is_read_from_its_tooltip() -> None:
    side = (
        '<aside class="chi-tiet"><div>Ngày tạo <abbr title="Tue, Nov 3, 2026 8:20 AM">1 tháng trước</abbr></div>'
        '<div>Cập nhật <abbr title="Fri, Nov 20, 2026 4:05 PM">2 tuần trước</abbr></div></aside>'
    )
    got = extract_article(_page(_ARTICLE + side), "http://h/sach/bai/hoi-thi-ke-chuyen")
    assert got["published_at"] == "2026-11-03T08:20:00+07:00"
    # the last edit's tooltip alone dates nothing
    edited = '<aside class="chi-tiet"><div>Cập nhật <abbr title="Fri, Nov 20, 2026 4:05 PM">2 tuần trước</abbr></div></aside>'
    assert extract_article(_page(_ARTICLE + edited), "http://h/sach/bai/hoi-thi-ke-chuyen")["published_at"] != "2026-11-20T16:05:00+07:00"


def test_an_id_made_of_a_blocks_own_words_names_nothing() -> None:
    para = html.fromstring('<p id="bkmrk-thong-ke-cho-thay-nam">Thống kê cho thấy năm học qua nhà trường có 96% học sinh khá giỏi.</p>')
    assert names_of(para) == ""
    widget = html.fromstring('<div id="thong-ke-truy-cap"><p>Đang online: 5</p></div>')
    assert names_of(widget) == "thong-ke-truy-cap"


def test_generated_atom_classes_spell_no_names() -> None:
    heading = html.fromstring('<h2 class="ab cd wg ef gh pw-section-heading">Những kết quả nổi bật</h2>')
    assert "wg" not in names_of(heading).split()
    assert "pw-section-heading" in names_of(heading)
    two = html.fromstring('<div class="tin wg">x</div>')
    assert names_of(two) == "tin wg"  # (two short names are names)


def test_a_picture_with_no_address_of_its_own_shows_its_plain_source() -> None:
    figure = (
        '<figure><picture><source type="image/avif" srcset="/anh/hoi-thi-800.avif 800w, /anh/hoi-thi-1600.avif 1600w">'
        '<source srcset="/anh/hoi-thi-800.jpg 800w, /anh/hoi-thi-1600.jpg 1600w"><img alt="" width="800" height="533">'
        "</picture><figcaption>Thí sinh lớp 7A2 kể chuyện “Dế Mèn phiêu lưu ký”</figcaption></figure>"
    )
    body = f'<div class="bai"><h1>Hội thi kể chuyện theo sách năm học 2026 - 2027</h1><div class="nd"><p>{_P1}</p>{figure}<p>{_P2}</p><p>{_P3}</p></div></div>'
    got = extract_article(_page(body), "http://h/tin-tuc/hoi-thi-ke-chuyen")
    assert got["images"] == [{"url": "http://h/anh/hoi-thi-1600.jpg", "caption": "Thí sinh lớp 7A2 kể chuyện “Dế Mèn phiêu lưu ký”"}]


def test_what_a_page_tells_speech_readers_to_skip_is_furniture() -> None:
    assert "chrome" in families("speechify-ignore")
    assert "chrome" in families("rs_skip")


def test_a_day_printed_without_its_year_takes_the_stamps_year_and_no_time() -> None:
    meta = '<meta property="article:published_time" content="2026-11-11T19:30:00Z">'
    body = (
        '<div class="bai"><h1>Hội thi kể chuyện theo sách năm học 2026 - 2027</h1><div class="meta"><span>3 min read</span>'
        f'<span>12 Nov</span></div><div class="nd"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>'
    )
    # (19:30 UTC on the 11th is the 12th in the site's zone: the printed day)
    assert extract_article(_page(body, meta), "http://h/hoi-thi-ke-chuyen-a1b2c3d4e5f6")["published_at"] == "2026-11-12"


def test_a_forums_last_edit_note_is_a_date_line_whoever_edited() -> None:
    assert is_date_line("« Last Edit: November 21, 2026, 09:15:40 PM by Ban biên tập »")
    assert is_date_line("(Sửa lần cuối: 21/11/2026 21:15 bởi Nguyễn Văn Bình)")
    assert not is_date_line("Ngày 21/11/2026 thầy Nguyễn Văn Bình hướng dẫn học sinh ôn tập")


def test_today_and_yesterday_count_from_the_forums_english_clock() -> None:
    head = '<div class="user"><time datetime="2026-11-18T02:00:00Z">November 18, 2026, 09:00:12 AM</time></div>'
    body = (
        f'{head}<div class="bai"><h2 class="display_title">Hội thi kể chuyện theo sách năm học 2026 - 2027</h2>'
        f'<p class="meta">Started by Ban biên tập, <strong>Yesterday</strong> at 03:45:10 PM</p><div class="nd"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>'
    )
    assert extract_article(_page(body), "http://h/index.php?topic=12.0")["published_at"] == "2026-11-17T15:45:10+07:00"


def test_an_update_note_in_brackets_opening_the_text_is_no_lead() -> None:
    note = "<p><i><b>[Cập nhật 7h00 ngày 20/11/2026] Lịch thi đấu chung kết được dời sang sáng thứ Bảy, các lớp chú ý theo dõi thông báo.</b></i></p>"
    body = f'<div class="bai"><h1>Hội thi kể chuyện theo sách năm học 2026 - 2027</h1><div class="nd">{note}<p>{_P1}</p><p>{_P2}</p></div></div>'
    got = extract_article(_page(body), "http://h/tin-tuc/hoi-thi-ke-chuyen")
    assert got["summary"] is None
    assert got["body"].startswith("[Cập nhật 7h00")


def test_a_components_slot_template_is_shown_and_a_bare_template_is_not() -> None:
    body = (
        '<wiki-page title="Hội thi kể chuyện theo sách năm học 2026 - 2027"><template slot="noi-dung"><div>'
        f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></template><template><p>Mẫu dòng bình luận {{{{ noi_dung }}}}</p></template></wiki-page>"
    )
    head = "<title>Hội thi kể chuyện theo sách năm học 2026 - 2027 | Trường THCS Trần Quốc Toản</title>"
    got = extract_article(_page(body, head), "http://h/vi/tin-tuc/hoi-thi-ke-chuyen")
    assert got["body"] == "\n\n".join([_P1, _P2, _P3])


def test_a_pages_markdown_source_shown_as_text_is_no_article() -> None:
    source = "\n".join(
        [
            "[Trang chủ](/vi/home) » [Tin tức](/vi/tin-tuc)",
            "",
            "**Sáng 12/11/2026, Trường THCS Trần Quốc Toản tổ chức hội thi kể chuyện theo sách.**",
            "",
            _P2,
            "",
            "![anh-1.jpg](/anh/hoi-thi-1.jpg)",
            "*Thí sinh lớp 7A2 kể chuyện*",
            "",
            "## Kết quả",
            "",
            _P3,
            "",
            "**Tin, ảnh: Lê Thị Hoa**",
            "{.text-right}",
        ]
    )
    page = parse(_page(f"<div id='root'><pre><code>{source}</code></pre></div>"), "http://h/s/vi/tin-tuc/hoi-thi-ke-chuyen")
    assert plan_page(page, PageHints(as_article=True, channel="listing")).kind != "article"


def test_a_page_the_cms_marks_its_front_page_is_no_article() -> None:
    body = _ARTICLE.replace("<h1>", "<h1 class='tieu-de'>")
    page = parse(_page(body).replace(b"<body>", b'<body class="home page-template-default">'), "http://h/truong-thcs-a/")
    assert plan_page(page, PageHints(as_article=True, channel="listing")).kind != "article"
    page = parse(_page(body).replace(b"<body>", b'<body class="post-template-default single single-post">'), "http://h/truong-thcs-a/2026/11/hoi-thi/")
    assert plan_page(page, PageHints(as_article=True, channel="listing")).kind == "article"


def test_a_photos_file_name_as_the_address_is_its_attachment_page() -> None:
    page = parse(_page(_ARTICLE), "http://h/tin-tuc/hoi-thi-ke-chuyen/img_20261112_0815/")
    assert plan_page(page, PageHints(as_article=True, channel="listing")).reason == "attachment_page"


def test_an_automatic_excerpt_in_a_box_named_the_summary_is_no_text() -> None:
    excerpt = f'<div class="tom-tat">{_P1[:90]} […]</div>'
    body = f'<div class="bai"><h1>Hội thi kể chuyện theo sách năm học 2026 - 2027</h1><div class="nd">{excerpt}<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>'
    got = extract_article(_page(body), "http://h/tin-tuc/hoi-thi-ke-chuyen")
    assert got["summary"] is None
    assert got["body"] == "\n\n".join([_P1, _P2, _P3])


def test_a_caption_crediting_a_unit_or_a_site_is_no_caption() -> None:
    def figure(credit: str) -> bytes:
        fig = f'<figure><img src="/anh/hoi-thi.jpg" width="800" height="533"><figcaption>{credit}</figcaption></figure>'
        return _page(f'<div class="bai"><h1>Hội thi kể chuyện theo sách năm học 2026 - 2027</h1><div class="nd"><p>{_P1}</p>{fig}<p>{_P2}</p><p>{_P3}</p></div></div>')

    unit = extract_article(figure("Ảnh: Chi đoàn giáo viên"), "http://h/tin-tuc/hoi-thi")
    assert unit["images"][0]["caption"] is None and unit["photographers"] == ["Chi đoàn giáo viên"]
    site = extract_article(figure("Ảnh: baodanang.vn"), "http://h/tin-tuc/hoi-thi")
    assert site["images"][0]["caption"] is None and site["photographers"] == []
    told = extract_article(figure("Ảnh: Trường THCS Trần Quốc Toản trao giải cho các thí sinh đạt giải Nhất"), "http://h/tin-tuc/hoi-thi")
    assert told["images"][0]["caption"] is not None


def _resolved(cands: list[dict], listing: str | None = None) -> str | None:
    return resolve_published({"date_candidates": cands, "listing_date": listing}, Counter())["published_at"]


def test_a_day_printed_in_utc_is_the_sites_next_day() -> None:
    stamps = [{"source": "visible", "value": "2026-11-11"}, {"source": "jsonld", "value": "2026-11-11T22:10:00.000Z"}]
    assert _resolved(stamps) == "2026-11-12"
    local = [{"source": "visible", "value": "2026-11-11"}, {"source": "jsonld", "value": "2026-11-11T09:10:00+07:00"}]
    assert _resolved(local) == "2026-11-11"


def test_a_clip_shown_by_an_embeds_card_in_the_video_library_is_a_video_entry() -> None:
    body = (
        '<div class="bai"><h1>Hội thi kể chuyện theo sách của khối 6</h1><div class="nd">'
        "<p>Phần thi của lớp 6A1 đạt giải Nhất hội thi năm nay.</p>"
        '<div class="embed-wrapper"><a class="embed-card" href="https://youtu.be/AbCdEf12345">https://youtu.be/AbCdEf12345</a></div></div></div>'
    )
    page = parse(_page(body), "http://h/thu-vien-video/hoi-thi-ke-chuyen-khoi-6")
    assert plan_page(page, PageHints(as_article=True, channel="listing")).reason == "video_entry"
    # (a news post its headline calls a video stays news: the house's convention)
    news = parse(_page(body.replace("<h1>", "<h1>Video: ")), "http://h/tin-tuc/video-hoi-thi-ke-chuyen-khoi-6")
    assert plan_page(news, PageHints(as_article=True, channel="listing")).kind == "article"


def test_a_single_item_of_a_post_type_that_is_no_news_is_no_article() -> None:
    page = parse(_page(_ARTICLE).replace(b"<body>", b'<body class="sfwd-courses-template-default single single-sfwd-courses">'), "http://h/khoa-hoc/ky-nang-doc/")
    assert plan_page(page, PageHints(as_article=True, channel="listing")).kind != "article"


def test_a_fields_line_parted_by_bars_keeps_the_dashes_of_its_values() -> None:
    assert is_meta_field_line("Chuyên mục: Thi đua - Khen thưởng | Lượt xem: 1.204")
    assert is_meta_field_line("Chuyên mục: Nghiên cứu - Trao đổi")
    assert not is_meta_field_line("Chuyên mục: Thi đua - Khen thưởng | Học sinh tham gia đông đủ")


def test_the_vendors_short_names_of_a_posts_headline_and_text_and_a_forums_trail() -> None:
    assert "title" in families("td_bai")
    assert "content" in families("nd-bai")
    assert "breadcrumb" in families("navigate_section")


def test_a_headline_given_without_tone_marks_names_the_line_that_has_them() -> None:
    head = "<title>Hoi thi ke chuyen theo sach</title>"
    body = (
        '<table><tr><td><p align="center"><font size="4"><b>Hội thi kể chuyện theo sách năm học 2026 - 2027</b></font></p>'
        f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></td></tr></table>"
    )
    assert extract_article(_page(body, head), "http://h/html/hoithi.htm")["title"] == "Hội thi kể chuyện theo sách năm học 2026 - 2027"


def test_a_heading_after_a_paragraph_of_the_text_is_a_sections_not_the_headline() -> None:
    head = "<title>Trường THCS Trần Quốc Toản</title>"
    body = f'<div class="nd"><p>{_P1}</p><h3 id="ket-qua">Kết quả của hội thi năm nay</h3><p>{_P2}</p><p>{_P3}</p></div>'
    got = extract_article(_page(body, head), "http://h/tin-tuc/hoi-thi-ke-chuyen")
    assert got["title"] != "Kết quả của hội thi năm nay"


def test_a_short_page_of_a_records_field_lines_is_a_record() -> None:
    fields = "".join(
        f"<li>{line}</li>"
        for line in ("Số ký hiệu: 215/KH-THCS", "Ngày ban hành: 10/11/2026", "Loại văn bản: Kế hoạch", "Trích yếu: Kế hoạch hội thi kể chuyện theo sách", "Người ký: Lê Văn Hùng")
    )
    page = parse(_page(f'<div class="bai"><h1>Kế hoạch số 215/KH-THCS về hội thi kể chuyện theo sách</h1><ul>{fields}</ul></div>'), "http://h/ke-hoach-215-a1b2c3d4e5f6")
    assert plan_page(page, PageHints(as_article=True, channel="listing")).reason == "record_page"


def test_a_trail_of_the_addresss_slugs_yields_to_the_posts_labelled_category() -> None:
    crumbs = '<nav class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/tin-tuc/">Tin tuc</a> / <a href="/tin-tuc/2026/">2026</a> / <span>Hội thi kể chuyện theo sách năm học 2026 - 2027</span></nav>'
    footer = '<p class="taxonomy"><strong>Chuyên mục: </strong><span><a href="/categories/#chuyen-mon">Chuyên môn</a></span></p>'
    body = f'{crumbs}<div class="bai"><h1>Hội thi kể chuyện theo sách năm học 2026 - 2027</h1><div class="nd"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>{footer}</div>'
    assert extract_article(_page(body), "http://h/tin-tuc/2026/11/12/hoi-thi-ke-chuyen/")["category"] == "Chuyên môn"


def test_the_trail_is_read_as_printed_where_the_json_ld_says_it_in_plain_typography() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 1, "name": "Trang chủ"}, {"@type": "ListItem", "position": 2, "name": "Thi đua - Khen thưởng"}, '
        '{"@type": "ListItem", "position": 3, "name": "Hội thi kể chuyện theo sách năm học 2026 - 2027"}]}</script>'
    )
    trail = '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chuyen-muc/thi-dua/">Thi đua – Khen thưởng</a> » <span>Hội thi kể chuyện theo sách năm học 2026 - 2027</span></div>'
    got = extract_article(_page(trail + _ARTICLE, ld), "http://h/2026/11/hoi-thi-ke-chuyen/")
    assert got["category"] == "Thi đua – Khen thưởng"


def test_a_groups_blog_step_names_no_section() -> None:
    trail = '<ul class="elgg-breadcrumbs"><li><a href="/groups/all">Nhóm</a></li><li><a href="/groups/profile/88/to-toan">Tổ Toán - Tin</a></li><li><a href="/blog/group/88/all">Blog</a></li></ul>'
    assert extract_article(_page(trail + _ARTICLE), "http://h/blog/view/1402/hoi-thi-ke-chuyen")["category"] == "Tổ Toán - Tin"


def test_a_forums_lite_mirror_and_post_jumps_are_not_followed() -> None:
    from crawler.navigation.urls import is_trap

    assert is_trap("http://h/archive/index.php/thread-56.html")
    assert is_trap("http://h/showthread.php?tid=56&pid=412#pid412")
    assert is_trap("http://h/showthread.php?tid=56&action=lastpost")
    assert is_trap("http://h/printthread.php?tid=56")
    assert not is_trap("http://h/showthread.php?tid=56")
    assert not is_trap("http://h/showthread.php?tid=56&page=2")


def test_a_school_named_by_its_levels_abbreviation_is_an_organisation() -> None:
    from crawler.clean.steps import is_organisation

    assert is_organisation("THPT Nguyễn Chí Thanh")
    assert is_organisation("PGD&ĐT Nghĩa Hành")
    assert not is_organisation("Thạch Thị Hồng")
