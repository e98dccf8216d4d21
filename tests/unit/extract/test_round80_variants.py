"""Round 80 (blind portals dnn_2sxc_sgddt, docusaurus_thpt, eleventy_thcs, b2evolution_pgd,
remix_sanity_tct): rules read on pages whose markup varies from the fixtures'."""

from __future__ import annotations

from crawler.core.dates import utc_printed_day
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_TEXT = (
    "<p>Sáng 19/11/2026, Trường THPT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tuyên dương 45 nhà giáo "
    "tiêu biểu có nhiều đóng góp cho sự nghiệp giáo dục của nhà trường trong năm học vừa qua.</p>"
    "<p>Phát biểu tại buổi lễ, đồng chí Hiệu trưởng ghi nhận những nỗ lực của đội ngũ nhà giáo trong việc đổi mới phương pháp dạy học.</p>"
)
_MENU = '<nav class="top"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/hoat-dong">Hoạt động chung</a></li><li><a href="/thong-bao">Thông báo</a></li></ul></nav>'


def test_a_module_title_repeating_the_sections_name_is_no_headline() -> None:
    for html_title in ("Hoạt động chung", "Sở GD&ĐT > Tin tức > Hoạt động chung"):
        page = (
            f'<html><head><meta charset="utf-8"><title>{html_title}</title></head><body>{_MENU}'
            '<div class="mod"><h2 class="mod-title"><span>Hoạt động chung</span></h2><div class="item">'
            f'<h1 class="item-tde">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h1><div class="item-nd">{_TEXT}</div></div></div></body></html>'
        ).encode()
        record = extract_article(page, "http://h/tin-tuc/hoat-dong/details/12/le-ky-niem")
        assert record["title"] == "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", html_title


def test_a_day_printed_in_utc_is_the_sites_day_when_the_pages_stamps_agree() -> None:
    assert utc_printed_day("2026-11-30T23:15:00.000Z", "30 tháng 11, 2026") == ("2026-11-30", "2026-12-01")
    assert utc_printed_day("2026-11-27T00:00:00.000Z", "27 tháng 11, 2026") is None  # (a day: the same day here)
    assert utc_printed_day("2026-11-30T23:15:00+07:00", "30/11/2026") is None
    meta = '<meta property="article:published_time" content="2026-11-30T23:15:00.000Z">'
    page = (
        f'<html><head><meta charset="utf-8"><title>Ngày hội STEM</title>{meta}</head><body><article><h1>Ngày hội STEM lần thứ III</h1>'
        f'<div class="meta"><time datetime="2026-11-30T23:15:00.000Z">30 tháng 11, 2026</time></div><div class="md">{_TEXT}</div></article></body></html>'
    ).encode()
    assert extract_article(page, "http://h/blog/ngay-hoi-stem")["published_at"] == "2026-12-01"
    # a theme labelling the local clock "+00:00", its SEO plugin's true UTC beside it: the printed day
    lying = page.replace(b"2026-11-30T23:15:00.000Z\">", b"2026-11-30T23:15:00.000Z\">", 1).replace(
        b'content="2026-11-30T23:15:00.000Z"', b'content="2026-11-30T16:15:00+00:00"'
    )
    assert extract_article(lying, "http://h/blog/ngay-hoi-stem")["published_at"] == "2026-11-30"


def _blog(head: str, text: str = _TEXT, tags: str = "") -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Ngày hội STEM</title></head><body class="navigation-with-keyboard">'
        '<nav class="navbar"><a href="/">Trang chủ</a><div class="dropdown"><a href="/blog">Tin tức</a><ul class="dropdown__menu">'
        '<li><a href="/blog/tags/tin-hoat-dong">Tin hoạt động</a></li><li><a href="/blog/tags/thong-bao">Thông báo</a></li></ul></div></nav>'
        f'<main><article><header><h1>Ngày hội STEM lần thứ III</h1>{head}</header><div class="markdown">{text}</div>'
        f'<footer><b>Thẻ:</b><ul>{tags}</ul></footer></article></main></body></html>'
    ).encode()


def test_a_posts_tag_that_the_menu_lists_is_its_section() -> None:
    tags = '<li><a rel="tag" href="/blog/tags/stem">STEM</a></li><li><a rel="tag" href="/blog/tags/tin-hoat-dong">Tin hoạt động</a></li>'
    assert extract_article(_blog("", tags=tags), "http://h/blog/ngay-hoi-stem")["category"] == "Tin hoạt động"


def test_an_author_card_under_the_headline_is_no_lead_and_its_post_no_name() -> None:
    card = (
        '<div class="avatar"><img class="avatar__photo" src="/img/a.jpg" alt="Đoàn trường THPT Nguyễn Trãi"><div class="avatar__intro">'
        '<div class="avatar__name"><span>Đoàn trường THPT Nguyễn Trãi</span></div><small class="author-title">Ban Chấp hành Đoàn trường</small></div></div>'
    )
    record = extract_article(_blog(card), "http://h/blog/ngay-hoi-stem")
    assert record["authors"] == ["Đoàn trường THPT Nguyễn Trãi"] and record["summary"] is None and "Ban Chấp hành" not in record["body"]


def test_a_code_blocks_highlighted_tokens_are_its_text() -> None:
    code = '<pre class="prism-code"><code><span class="token-line"><span class="token keyword">for</span> x <span class="token keyword">in</span> ds:<br></span></code></pre>'
    body = extract_article(_blog("", _TEXT + code + _TEXT.replace("Sáng", "Chiều")), "http://h/blog/ngay-hoi-stem")["body"]
    assert "for x in ds:" in body.split("\n\n")


def test_a_note_boxs_untranslated_default_label_is_no_text() -> None:
    note = (
        '<div class="theme-admonition theme-admonition-warning admonition_q1 alert alert--warning"><div class="admonitionHeading_q2">'
        '<span class="admonitionIcon_q3"><svg viewBox="0 0 16 16"></svg></span>warning</div><div class="admonitionContent_q4">'
        "<p>Học sinh mang theo thẻ dự thi và đến phòng thi trước giờ thi 15 phút.</p></div></div>"
    )
    body = extract_article(_blog("", _TEXT + note + _TEXT.replace("Sáng", "Chiều")), "http://h/blog/ngay-hoi-stem")["body"]
    assert "warning" not in body.split("\n\n") and "Học sinh mang theo thẻ dự thi và đến phòng thi trước giờ thi 15 phút." in body


def test_a_heading_whose_class_names_the_sticky_navbar_is_the_texts() -> None:
    text = _TEXT + '<h2 class="anchor anchorWithStickyNavbar_x1">Kết quả thi đua<a class="hash-link" href="#ket-qua">\u200b</a></h2>' + _TEXT.replace("Sáng", "Chiều")
    assert "Kết quả thi đua" in extract_article(_blog("", text), "http://h/blog/ngay-hoi-stem")["body"].split("\n\n")


def _essay(head: str, text: str = _TEXT) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Nâng cao năng lực số cho giảng viên | Trường Chính trị</title></head><body>'
        '<header class="bg-red"><a href="/">Trang chủ</a></header><main class="grid"><div class="col-8">'
        f'<h1 class="text-2xl font-bold">Nâng cao năng lực số cho đội ngũ cán bộ, giảng viên Trường Chính trị tỉnh</h1>{head}'
        f'<div class="prose mt-4">{text}<h3>Giải pháp</h3>{text.replace("Sáng", "Chiều")}</div></div></main></body></html>'
    ).encode()


def test_essay_writers_in_a_card_of_their_own_above_the_text() -> None:
    card = (
        '<div class="my-4 flex gap-6 rounded bg-slate-100 p-3">'
        '<div class="flex items-center gap-3"><img src="/cdn/a.jpg?w=96" alt="" class="h-12 w-12 rounded-full" width="48" height="48">'
        '<div><p class="font-semibold">ThS. Trần Minh Đức</p><p class="text-sm text-slate-500">Khoa Nhà nước và Pháp luật</p></div></div>'
        '<div class="flex items-center gap-3"><img src="/cdn/b.jpg?w=96" alt="" class="h-12 w-12 rounded-full" width="48" height="48">'
        '<div><p class="font-semibold">ThS. Bùi Thị Ngọc Ánh</p><p class="text-sm text-slate-500">Khoa Nhà nước và Pháp luật</p></div></div></div>'
    )
    record = extract_article(_essay(card), "http://h/nghien-cuu/nang-cao-nang-luc-so")
    assert record["authors"] == ["Trần Minh Đức", "Bùi Thị Ngọc Ánh"] and record["images"] == []
    assert record["title"].startswith("Nâng cao năng lực số") and "Khoa Nhà nước" not in record["body"]


def test_a_headings_anchor_id_names_no_part_of_the_page() -> None:
    text = _TEXT + '<h2 id="3-danh-gia-rut-kinh-nghiem">3. Đánh giá, rút kinh nghiệm <a class="header-anchor" href="#3-danh-gia">#</a></h2>' + _TEXT.replace("Sáng", "Chiều")
    body = extract_article(_blog("", text), "http://h/blog/ngay-hoi-stem")["body"]
    assert "3. Đánh giá, rút kinh nghiệm" in body.split("\n\n")


def test_a_sections_list_keeps_its_name_as_headline_where_no_h1_is_an_articles() -> None:
    # (Joomla's category blog: its h1 is the section's name; a vendor's list: its h1 the site's
    # banner in capitals, the section's name in a box title): the section's name is the headline
    for h1, heading in (("Hoạt động chung", '<div class="box-title">Hoạt động chung</div>'), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM", '<h2 class="t">Hoạt động chung</h2>')):
        items = "".join(
            f'<div class="item"><h3><a href="/tin-tuc/hoat-dong/bai-{i}.htm">Bài số {i} của chuyên mục hoạt động chung</a></h3><p>Tóm tắt bài {i}.</p></div>'
            for i in range(1, 5)
        )
        page = (
            f'<html><head><meta charset="utf-8"><title>Hoạt động chung - Trường THPT</title></head><body><h1>{h1}</h1>{_MENU}'
            f"<main>{heading}{items}</main></body></html>"
        ).encode()
        plan = plan_page(parse(page, "http://h/tin-tuc/hoat-dong"))
        assert plan.kind == "listing" and len(plan.entries) == 4, (h1, plan.kind, plan.reason)
