"""Round 81 (blind portals zend_legacy_thcs, aspnetcore_abp_sgddt, quarto_tct): rules read on
pages whose markup varies from the fixtures'."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_TEXT = (
    "<p>Sáng 16/11/2026, Liên đội THCS tổ chức ra quân phong trào Kế hoạch nhỏ, thu gom giấy vụn và vỏ chai nhựa "
    "để gây quỹ giúp đỡ học sinh có hoàn cảnh khó khăn trong năm học 2026 – 2027.</p>"
    "<p>Ngay từ sáng sớm, các chi đội đã mang giấy vụn, sách báo cũ đến điểm tập kết, với tổng khối lượng hơn hai tấn.</p>"
)
_SITE = "Trường THCS Bình Minh - Huyện Thanh Oai - Hà Nội"


def _old(meta: str, after: str = "", trail: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{_SITE}</title></head><body><div class="banner"><h1>Trường THCS Bình Minh</h1></div>'
        f'<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a></div>{trail}'
        f'<div class="ct"><div class="tde_x">Liên đội ra quân “Kế hoạch nhỏ” thu gom giấy vụn năm 2026</div>{meta}'
        f'<div class="nd_x">{_TEXT}</div>{after}</div></body></html>'
    ).encode()


def test_a_vendors_abbreviated_title_box_holds_the_headline() -> None:
    record = extract_article(_old(""), "http://h/tin-tuc/chi-tiet/id/253/lien-doi.html")
    assert record["title"] == "Liên đội ra quân “Kế hoạch nhỏ” thu gom giấy vụn năm 2026"


def test_an_edits_stamp_under_the_headline_gives_way_to_the_posting_line_after_the_text() -> None:
    meta = '<div class="tt">Cập nhật: 18/11/2026 09:30 | Người đăng: bt_thcs</div>'
    after = '<div class="ngay-x" align="right">Đăng lúc 16h45 ngày 17/11/2026</div>'
    assert extract_article(_old(meta, after), "http://h/tin-tuc/chi-tiet/id/253/lien-doi.html")["published_at"] == "2026-11-17T16:45:00+07:00"
    # (a vendor's "Cập nhật" alone is its publication's date)
    assert extract_article(_old(meta), "http://h/tin-tuc/chi-tiet/id/253/lien-doi.html")["published_at"] == "2026-11-18T09:30:00+07:00"


def test_a_trail_printed_as_text_names_the_category() -> None:
    trail = '<table><tr><td class="xx">Trang chủ &raquo; Góc phụ huynh</td></tr></table>'
    assert extract_article(_old("", trail=trail), "http://h/index.php?module=news&id=233")["category"] == "Góc phụ huynh"


def test_a_pandoc_footnote_call_and_a_numbered_heading() -> None:
    text = (
        '<h2><span class="header-section-number">1</span> Tư tưởng Hồ Chí Minh về công tác cán bộ</h2>'
        '<p>“Cán bộ là cái gốc của mọi công việc”<a href="#fn1" class="footnote-ref" role="doc-noteref"><sup>1</sup></a>.</p>' + _TEXT
    )
    body = extract_article(_old("", after="").replace(_TEXT.encode(), text.encode()), "http://h/posts/x/index.html")["body"]
    assert "1 Tư tưởng Hồ Chí Minh về công tác cán bộ" in body.split("\n\n") and "“Cán bộ là cái gốc của mọi công việc”." in body.split("\n\n")


def test_a_category_box_of_chips_gives_the_one_the_menu_lists() -> None:
    chips = '<div class="post-categories"><div class="chip">Hồ Chí Minh</div><div class="chip">Tin tức</div></div>'
    record = extract_article(_old(chips), "http://h/posts/x/index.html")
    assert record["category"] == "Tin tức"


def test_a_sections_page_with_its_own_pager_is_a_list_though_its_cards_form_no_group() -> None:
    cards = "".join(
        f'<div class="c"><div class="i"><a href="/blogs/tin/bai-{i}"><img src="/m/{i}.jpg" alt="Bài {i}"></a></div>'
        f'<div class="b"><a href="/blogs/tin/bai-{i}"><h5>Bài số {i} của mục tin tức sự kiện</h5></a><p>Mô tả bài {i}.</p></div></div>'
        for i in range(1, 4)
    )
    page = (
        '<html><head><meta charset="utf-8"><title>Tin tức</title></head><body><nav><ul><li><a href="/">Trang chủ</a></li>'
        '<li><a href="/blogs/tin">Tin tức</a></li></ul></nav><h1>Tin tức</h1>'
        f'<main>{cards}<ul class="pagination"><li class="page-item"><a class="page-link" href="/blogs/tin?skipCount=3&amp;maxResultCount=3">2</a></li></ul></main></body></html>'
    ).encode()
    assert plan_page(parse(page, "http://h/blogs/tin")).kind == "listing"


def test_a_cards_cover_photo_over_its_body_leads_the_text_and_its_reactions_and_handle_line_are_no_text() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Hội nghị chuyển đổi số</title></head><body><nav><a href="/">Trang chủ</a></nav>'
        '<div class="col"><div class="card frame"><img src="/api/media/3a16-cover" class="card-img-top" alt="Hội nghị">'
        '<div class="card-body"><h1 class="t">Sở GD&amp;ĐT tổ chức Hội nghị chuyển đổi số năm 2026</h1>'
        '<p class="meta"><span>@quantri.sgd</span> <small>03/12/2026 14:30</small></p>'
        f'<div class="cms-text">{_TEXT}<p style="text-align:right"><strong>Văn phòng Sở</strong></p></div>'
        '<div class="react">👍 2 ❤️ 0 👏 0</div></div></div></div></body></html>'
    ).encode()
    record = extract_article(page, "http://h/blogs/tin-tuc/hoi-nghi")
    assert [im["url"] for im in record["images"]] == ["http://h/api/media/3a16-cover"]
    assert record["authors"] == ["Văn phòng Sở"] and "👍" not in record["body"] and "@quantri" not in record["body"]


_DESCRIPTION = "Liên đội THCS Bình Minh ra quân phong trào Kế hoạch nhỏ, gom hơn hai tấn giấy vụn giúp học sinh khó khăn."


def _essay(header_extra: str, text: str, *, description: str = _DESCRIPTION) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>Ra quân phong trào “Kế hoạch nhỏ” năm 2026 – Bản tin THCS Bình Minh</title>'
        f'<meta name="description" content="{description}"></head><body>'
        '<header class="site-top"><a class="brand" href="/">Bản tin THCS Bình Minh</a><nav><a href="/">Trang chủ</a> '
        '<a href="/posts/">Bài viết</a> <a href="/gioi-thieu/">Giới thiệu</a></nav></header>'
        f'<main class="noi-dung" id="doc-x"><header class="head-block"><div class="t-wrap"><h1>Ra quân phong trào “Kế hoạch nhỏ” năm 2026</h1></div>'
        f'{header_extra}<div class="by"><div>Tác giả</div><p>Nguyễn Thị Hoa</p></div></header>{text}</main>'
        '<footer>© Trường THCS Bình Minh</footer></body></html>'
    ).encode()


def test_the_description_in_the_headlines_own_box_inside_the_text_block_is_the_lead() -> None:
    page = _essay(f'<div><div class="k-2">{_DESCRIPTION}</div></div>', _TEXT)
    record = extract_article(page, "http://h/posts/ke-hoach-nho/")
    assert record["summary"] == _DESCRIPTION
    assert record["body"].split("\n\n")[0] == _DESCRIPTION and "Nguyễn Thị Hoa" not in record["body"]
    assert record["authors"] == ["Nguyễn Thị Hoa"]  # ("Tác giả" over the name: the title block's rows)


def test_a_description_copied_from_the_first_paragraph_of_a_box_holding_the_text_is_no_lead() -> None:
    first = "Sáng 16/11/2026, Liên đội THCS tổ chức ra quân phong trào Kế hoạch nhỏ, thu gom giấy vụn và vỏ chai nhựa để gây quỹ giúp đỡ học sinh có hoàn cảnh khó khăn trong năm học 2026 – 2027."
    page = (
        f'<html><head><meta charset="utf-8"><meta name="description" content="{first}"></head><body>'
        '<div class="art-post"><div class="art-post-body"><div class="mod"><div class="wrap">'
        f'<h2 class="item-t">Liên đội ra quân “Kế hoạch nhỏ” năm 2026</h2><div class="d">Đăng lúc 16/11/2026 16:00</div>'
        f'<div class="txt">{_TEXT}</div></div></div></div></div></body></html>'
    ).encode()
    assert extract_article(page, "http://h/tin-tuc/ke-hoach-nho.aspx")["summary"] is None


def test_a_bibliography_box_is_no_content_block_of_its_own() -> None:
    sections = "".join(
        f'<section class="level2"><h2 class="anchored">{n}. Phần {n}</h2><p>Nội dung phần {n} của bài nghiên cứu về công tác cán bộ ở cơ sở, '
        f"với những phân tích và số liệu khảo sát cụ thể trong năm 2026.</p></section>"
        for n in (1, 2, 3)
    )
    refs = (
        '<div id="appendix"><section role="doc-bibliography"><h2>Tài liệu tham khảo</h2><div id="refs" class="references csl-bib-body">'
        + "".join(f'<div class="csl-entry" role="listitem">Tác giả {n}. 2021. <em>Sách số {n} về công tác cán bộ</em>. Hà Nội: Nxb. Chính trị quốc gia.</div>' for n in range(1, 5))
        + "</div></section></div>"
    )
    body = extract_article(_essay("", sections + refs), "http://h/posts/nghien-cuu/")["body"]
    assert "1. Phần 1" in body.split("\n\n") and "Tài liệu tham khảo" in body and body.split("\n\n")[-1].startswith("Tác giả 4. 2021.")


def test_a_note_boxs_see_also_title_over_its_links_is_a_related_list_and_the_notes_heading_ends_one() -> None:
    text = (
        _TEXT + '<div class="note"><div class="note-h">Xem thêm</div><div class="note-b"><ul>'
        '<li><a href="/posts/a/">Đổi mới phương pháp giảng dạy theo hướng tích cực</a></li>'
        '<li><a href="/posts/b/">Hội thảo khoa học cấp trường năm 2026</a></li></ul></div></div>'
        '<p>Bài viết liên quan:</p><ul><li><a href="/posts/c/">Một bài viết khác của bản tin</a></li></ul>'
        '<h2>Chú thích</h2><ol><li><p>Hồ Chí Minh: <em>Toàn tập</em>, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.</p></li></ol>'
    )
    lines = extract_article(_essay("", text), "http://h/posts/ke-hoach-nho/")["body"].split("\n\n")
    assert not any("Đổi mới" in line or "Hội thảo" in line or "bài viết khác" in line for line in lines)
    assert lines[-2:] == ["Chú thích", "Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309."]
