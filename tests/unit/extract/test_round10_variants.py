"""What the tenth round of blind portals (Umbraco grid, a Haravan shop builder, Moodle forums,
tagDiv Newspaper) taught, each rule in several markups that are none of those portals' own."""

from __future__ import annotations

import pytest

from crawler.core.bylines import parse_byline, parse_signature
from crawler.core.dates import find_dates
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.navigation.urls import is_trap
from tests.unit.extract.test_body_variants import P1, P2, P3, TITLE, URL, page

# --- class names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("news-detail__tools", {"tools"}),  # BEM: the element after "__" says what it is
        ("article-view__share", {"tools"}),
        ("post__title--large", {"title"}),
        ("news-detail__inner", {"content"}),  # an element part that names nothing: the block's
        ("d-print-block", set()),  # Bootstrap display utilities name no role
        ("d-md-none", set()),
        ("hidden-print", set()),
        ("tdb_single_post_views", {"chrome"}),  # a post's view counter
        ("luot-xem", {"chrome"}),  # "lượt xem": a view counter
    ],
)
def test_class_name_shapes(names: str, expected: set[str]) -> None:
    assert families(names) == frozenset(expected)


# --- bylines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "posters"),
    [
        ("Gửi bởi Đỗ Thị Thu Hà - Thứ Năm, 12 tháng 11 2026, 8:30 AM", [], ["Đỗ Thị Thu Hà"]),
        ("Đăng bởi: Lê Minh Tâm - 20/11/2026", [], ["Lê Minh Tâm"]),
        ("Đăng bởi Lê Thu Hà lúc 11:15", [], ["Lê Thu Hà"]),
        ("Gửi bởi bientap vào T5, 20/11/2026 - 08:30", [], []),  # a CMS login: nobody
        ("Viết bởi Trần Văn Bình | 08:30 20/11/2026", ["Trần Văn Bình"], []),
        # a dash between two names is no date
        ("Tin, ảnh: Lê Văn An - Nguyễn Thị Bình", ["Lê Văn An", "Nguyễn Thị Bình"], []),
    ],
)
def test_a_date_after_the_posters_name_is_no_name(line: str, authors: list[str], posters: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors == authors and byline.posters == posters


def test_the_text_s_signature_wins_over_who_posted_it() -> None:
    footer = '<div class="post-footer"><span class="post-author">Đăng bởi <a href="/u/1">Lê Thu Hà</a></span> lúc <a href="#">11:15</a></div>'
    signed = f'<p>{P1}</p><p>{P2}</p><p>{P3}</p><div style="text-align:right"><b>Tin và ảnh: Đỗ Văn Hùng</b></div>'
    unsigned = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    assert extract_article(page(signed + footer), URL)["authors"] == ["Đỗ Văn Hùng"]
    assert extract_article(page(unsigned + footer), URL)["authors"] == ["Lê Thu Hà"]


@pytest.mark.parametrize(
    ("line", "closing", "authors"),
    [
        ("Nguyễn Thị Hoa (Phòng Tổ chức cán bộ)", False, ["Nguyễn Thị Hoa"]),
        ("Trần Văn Hùng (Trường THCS Kim Đồng)", False, ["Trần Văn Hùng"]),
        ("Thầy Huỳnh Tấn Lộc – Tổ trưởng Tổ Thể dục", True, ["Huỳnh Tấn Lộc"]),
        ("Cô Lê Thị Mai - Giáo viên Tổ Ngữ văn", True, ["Lê Thị Mai"]),
        # mid-text, an honorific describes someone (a photo's subject), it does not sign
        ("Cô Lê Thị Mai - Giáo viên Tổ Ngữ văn", False, None),
        ("Lễ khai giảng (ảnh minh họa)", True, None),
    ],
)
def test_signatures(line: str, closing: bool, authors: list[str] | None) -> None:
    byline = parse_signature(line, closing=closing)
    assert (byline.authors if byline else None) == authors


def test_a_teachers_signature_set_right_under_the_last_photo_is_no_caption() -> None:
    content = (
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><p style='text-align:center'><img src='/img/1.jpg' width='700'></p>"
        "<p style='text-align:right'><em><strong>Cô Trần Thị Lan – Tổ Tiếng Anh</strong></em></p>"
    )
    record = extract_article(page(content), URL)
    assert record["authors"] == ["Trần Thị Lan"]
    assert [im["caption"] for im in record["images"]] == [None]
    assert record["body"] == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "meta",
    [
        '<address>Gửi bởi <a href="/user/view.php?id=5">Phan Văn Dũng</a> - Thứ Hai, 16 tháng 11 2026, 9:10 AM</address>',
        '<div class="meta">Đăng bởi <b>Phan Văn Dũng</b> - 16/11/2026</div>',
        '<div class="tdb-post-meta"><span class="tdb-author-by">Bởi</span><a class="tdb-author-name" href="/author/pvd/">Phan Văn Dũng</a></div>',
    ],
)
def test_the_posters_name_between_headline_and_text(meta: str) -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="main"><div class="post">
      <h1>{TITLE}</h1>{meta}<div class="post-text"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></div></body></html>"""
    assert extract_article(html, URL)["authors"] == ["Phan Văn Dũng"]


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tháng Mười Một 18, 2026", "2026-11-18"),
        ("Tháng Chín 3, 2025 lúc 10:10", "2025-09-03T10:10:00+07:00"),
        ("tháng 11 18, 2026", "2026-11-18"),
        ("15 Tháng Tám, 2023", "2023-08-15"),  # day first still reads as before
    ],
)
def test_wordpress_month_first_dates(text: str, iso: str) -> None:
    assert [d.iso() for d in find_dates(text)] == [iso]


def test_a_meta_itemprop_time_is_machine_data_not_a_printed_time() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>
      <span class="post-date"><time class="entry-date" datetime="2026-11-02T08:15:00+07:00">Tháng Mười Một 2, 2026</time></span>
      <meta itemprop="datePublished" content="2026-11-02T08:15:00+07:00">
      <div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article></body></html>"""
    assert extract_article(html, URL)["published_at"] == "2026-11-02"


def test_a_date_in_the_headline_typed_again_is_not_the_posts() -> None:
    title = "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)"
    html = f"""<html><head><title>{title}</title></head><body><div class="thread"><h2>{title}</h2>
      <div class="post"><h3>{title}</h3><div class="by">Gửi bởi Lê Văn Hải - Thứ Bảy, 21 tháng 11 2026, 4:45 PM</div>
      <div class="msg"><p><strong>{P1}</strong></p><p>{P2}</p><p>{P3}</p></div></div></div></body></html>"""
    record = extract_article(html, URL)
    assert record["published_at"] == "2026-11-21T16:45:00+07:00"
    assert record["summary"] == P1


# --- furniture inside the text's box ----------------------------------------------------------


@pytest.mark.parametrize("heading", ["Văn bản mới", "Tin mới nhất", "Thông báo mới"])
def test_a_side_modules_list_of_links_in_the_texts_box_is_not_body(heading: str) -> None:
    side = (
        f'<div class="col-side-in-grid"><h3 class="macro-heading">{heading}</h3><ul>'
        '<li><a href="/van-ban/cv-1.html">3215/SGDĐT-GDTrH</a> (24/11/2026)<br>V/v kiểm tra cuối học kỳ I</li>'
        '<li><a href="/van-ban/kh-2.html">438/KH-SGDĐT</a> (20/11/2026)<br>Kế hoạch phòng, chống rét</li></ul>'
        '<a href="/van-ban/">Xem tất cả »</a></div>'
    )
    assert extract_article(page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{side}"), URL)["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_thematic_heading_over_prose_stays() -> None:
    content = f"<p>{P1}</p><h3>Thông báo</h3><p>{P2}</p><p>{P3}</p>"
    assert extract_article(page(content), URL)["body"] == f"{P1}\n\nThông báo\n\n{P2}\n\n{P3}"


def test_a_forum_replys_subject_is_no_body_text() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="thread"><h2>{TITLE}</h2>
      <div class="reply"><h3>Re: {TITLE}</h3><div class="by">Gửi bởi Lê Văn Hải</div>
      <div class="msg"><p>Chúc mừng các em, một kết quả rất đáng tự hào!</p></div></div></div></body></html>"""
    assert extract_article(html, URL)["body"] == "Chúc mừng các em, một kết quả rất đáng tự hào!"


# --- traps -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "trap"),
    [
        ("http://127.0.0.1/blogs/tin-tuc/tagged/hoc-sinh", True),
        ("http://127.0.0.1/blogs/tin-tuc/tagged/hoc-sinh+stem+the-thao", True),
        ("http://127.0.0.1/san-pham/loc/mau-do+mau-xanh/", True),
        ("http://127.0.0.1/blog/hashtags/ngoisaoviet", True),
        ("http://127.0.0.1/blogs/tin-tuc/le-khai-giang-nam-hoc-2026-2027", False),
        ("http://127.0.0.1/tin-tuc/c++-co-ban.html", False),
    ],
)
def test_filter_combinations_in_a_path_are_traps(url: str, trap: bool) -> None:
    assert is_trap(url) is trap


# --- round 11: utility-class markup, tooltips, table layouts ------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [("text-sm text-gray-500 mb-4", set()), ("hover:text-sky-700", set()), ("lg:col-span-8", set()), ("prose prose-lg max-w-none", {"content"})],
)
def test_tailwind_utilities_name_no_role(names: str, expected: set[str]) -> None:
    assert families(names) == frozenset(expected)


def test_a_page_styled_by_utility_classes_only() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body>
      <div class="text-sm text-gray-500 flex gap-2"><a href="/">Trang chủ</a><span>»</span><a href="/tin-tuc">Tin tức</a><span>»</span><a href="/chuyen-muc/hoat-dong">Hoạt động ngành</a></div>
      <div class="grid grid-cols-12"><div class="col-span-8"><div class="bg-white p-5">
      <div class="text-2xl font-bold">{TITLE}</div><div class="text-sm text-gray-500">Thứ sáu, 20/11/2026</div>
      <p class="text-lg font-semibold">{P1}</p><div class="prose max-w-none"><p>{P2}</p><p>{P3}</p></div>
      <p class="text-right font-semibold">Minh Anh</p><p class="text-right text-sm italic">Nguồn: Báo Tuyên Quang</p>
      </div></div><div class="col-span-4"><h3 class="font-bold">Đọc nhiều</h3><ul><li><a href="/tin-tuc/a-1">Tổng kết năm học 2025 - 2026 toàn ngành</a></li></ul></div></div></body></html>"""
    record = extract_article(html, URL)
    assert record["category"] == "Hoạt động ngành"
    assert record["summary"] == P1 and record["body"] == f"{P1}\n\n{P2}\n\n{P3}"
    assert record["authors"] == ["Minh Anh"] and record["source"] == "Báo Tuyên Quang"


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_short_date_shown_in_full_as_its_tooltip(where: str) -> None:
    stamp = '<ul class="meta"><li><span class="x1" title="8 thg 10, 2026">8 thg 10</span></li></ul>'
    head = f"<h1>{TITLE}</h1>"
    header = stamp + head if where == "before" else head + stamp
    html = f"""<html><head><title>{TITLE}</title><meta property="article:published_time" content="2026-10-08T10:10:12Z"></head>
      <body><article><div class="h">{header}</div><div class="rich"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article></body></html>"""
    assert extract_article(html, URL)["published_at"] == "2026-10-08"


def test_a_teachers_signature_opening_the_text() -> None:
    record = extract_article(page(f"<p>Cô Nguyễn Thị Hạnh - GVCN lớp 3A</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>"), URL)
    assert record["authors"] == ["Nguyễn Thị Hạnh"] and record["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_day_only_stamp_under_a_printed_time() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="news-single"><h1>{TITLE}</h1>
      <p><span class="date"><time itemprop="datePublished" datetime="2026-11-05">05/11/2026 10:00</time></span></p>
      <div class="news-text-wrap"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"""
    assert extract_article(html, URL)["published_at"] == "2026-11-05T10:00:00+07:00"


def test_a_table_layouts_caption_cell_opened_by_a_named_anchor_is_the_headline() -> None:
    html = f"""<html><head><title>Trường THCS Xuân Hòa - Tin tức: {TITLE}</title></head><body><table><tr><td>
      <table class="tbl-border"><tr><td class="capmain"><a name="news_161" id="news_161"></a>{TITLE}</td></tr>
      <tr><td class="main-body"><table><tr><td class="news-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></td></tr></table></td></tr></table>
      </td></tr></table></body></html>"""
    assert extract_article(html, URL)["title"] == TITLE


def _news_single(after: str, category_box: str = "") -> str:
    return f"""<html><head><title>{TITLE}</title></head><body>
      <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a> › Chi tiết tin</div>
      <div class="news news-single"><div class="article"><div class="header"><h1>{TITLE}</h1></div>
      <div class="footer"><p><span class="news-list-date">12/11/2026</span>{category_box}</p></div>
      <div class="news-text-wrap"><p class="bodytext">{P1}</p></div>{after}
      <div class="news-tools"><a href="javascript:window.print()">In bài viết</a></div></div></div>
      <ul class="menu"><li class="category"><a href="/tin-tuc/khac">Chuyên mục khác</a></li></ul></body></html>"""


def test_the_text_going_on_in_a_content_element_after_the_text_box() -> None:
    after = f'<div class="csc-default"><div class="csc-textpic"><p class="bodytext">{P2}</p><p class="bodytext">{P3}</p></div></div>'
    assert extract_article(_news_single(after), URL)["body"] == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "after",
    [
        # an author's bio after the text, written in other paragraphs: not the text
        '<div class="author-bio"><p>Tác giả là giảng viên Khoa Xây dựng Đảng, nghiên cứu về công tác cán bộ cơ sở và đã công bố nhiều bài viết.</p></div>',
        # a teaser list after the text: links
        '<div class="more"><p class="bodytext"><a href="/tin-tuc/chi-tiet/a">Khai giảng lớp Trung cấp lý luận chính trị khóa 47 hệ không tập trung</a></p></div>',
    ],
)
def test_boxes_after_the_text_box_that_are_not_its_text(after: str) -> None:
    assert extract_article(_news_single(after), URL)["body"] == P1


def test_the_posts_own_category_box_under_the_breadcrumbs_section() -> None:
    box = '<span class="news-list-category"><a href="/tin-tuc/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></span>'
    assert extract_article(_news_single("", box), URL)["category"] == "Nghiên cứu - Trao đổi"
    # a category menu's entry names no category of this post; the breadcrumb's stands
    assert extract_article(_news_single(""), URL)["category"] == "Tin tức"
