"""Listings and links (crawler/navigation/listing.py, links.py): which links of a hand-written
listing come out as entries, with which dates, and which are chrome. Markup varies on purpose:
lists, cards, tables, HTML5 teasers, side lists and menus under many class names."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from lxml.html import HtmlElement

from crawler.core.urls import canonicalize_url
from crawler.extract.document import parse
from crawler.navigation.links import (
    PageLinks,
    differs_by_page,
    extract_links,
    is_article_link,
    is_pager_text,
    is_pagination_link,
    is_section_link,
    page_key,
)
from crawler.navigation.listing import EntryGroup, Ownership, entry_groups, headline_ownership
from crawler.plan import PageHints, plan_page


@dataclass
class Parsed:
    url: str
    tree: HtmlElement
    links: PageLinks
    groups: list[EntryGroup]

    def group_urls(self, group: EntryGroup) -> list[str]:
        return [self.links.links[i].url for i in group.links]

    def main(self) -> EntryGroup:
        return next(g for g in self.groups if not g.noise)

    def link(self, url_end: str) -> list:
        return [lk for lk in self.links.links if lk.url.endswith(url_end)]

    def ownership(self, headline_xpath: str = ".//h1") -> Ownership:
        headline = self.tree.find(headline_xpath)
        return headline_ownership(
            self.tree.find("body"),
            headline,
            self.groups,
            frozenset({canonicalize_url(self.url)}),
            self.url,
        )


def read(html: str, url: str) -> Parsed:
    page = parse(html.encode(), url)
    links = extract_links(page.tree, url)
    order = {el: i for i, el in enumerate(page.tree.iter())}
    groups = entry_groups(
        links.anchors, [lk.text for lk in links.links], [lk.url for lk in links.links], order
    )
    return Parsed(url, page.tree, links, groups)


def entries_of(html: str, url: str, **hints: object) -> list[tuple[str, str | None]]:
    """(path, date) of the entries plan_page gives a listing page."""
    plan = plan_page(parse(html.encode(), url), PageHints(**hints))  # type: ignore[arg-type]
    assert plan.kind == "listing", (plan.kind, plan.reason)
    return [(lk.url.split("/", 3)[3], lk.date) for lk in plan.entries]


MENU_UL = """<div id="menu"><ul class="nav-menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu.html">Giới thiệu nhà trường</a></li><li><a href="/tin-tuc/">Tin tức - Sự kiện</a></li>
<li><a href="/thong-bao/">Thông báo của nhà trường</a></li></ul></div>"""


# --- a list of titles with dates beside them ------------------------------------------------

UL_LISTING = f"""<html><head><title>Thông báo</title></head><body>{MENU_UL}
<div class="khung-giua"><div class="tieu-de-muc">THÔNG BÁO</div>
<ul class="ds-tin">
<li><a href="/thong-bao/lich-thi-hoc-ky-i-khoi-6-7-8-9-145.html">Lịch thi học kỳ I khối 6, 7, 8, 9 năm học 2024 - 2025</a> <span class="ngay">(12/12/2024)</span></li>
<li><a href="/thong-bao/ke-hoach-to-chuc-ngay-hoi-stem-144.html">Kế hoạch tổ chức ngày hội STEM cấp trường</a> <span class="ngay">(05/12/2024)</span></li>
<li><a href="/thong-bao/thong-bao-nghi-le-quoc-khanh-143.html">Thông báo nghỉ lễ Quốc khánh 2/9</a> <span class="ngay">(28/08/2024)</span></li>
<li><a href="/thong-bao/danh-sach-hoc-sinh-trung-tuyen-lop-6-142.html">Danh sách học sinh trúng tuyển lớp 6</a> (20/07/2024)</li>
</ul>
<div class="phan-trang"><a href="/thong-bao?page=1">1</a> <a href="/thong-bao?page=2">2</a> <a href="/thong-bao?page=2">»</a></div>
</div></body></html>"""


def test_list_items_are_entries_with_the_dates_beside_them() -> None:
    assert entries_of(UL_LISTING, "https://thcs.example.edu.vn/thong-bao") == [
        ("thong-bao/lich-thi-hoc-ky-i-khoi-6-7-8-9-145.html", "2024-12-12"),
        ("thong-bao/ke-hoach-to-chuc-ngay-hoi-stem-144.html", "2024-12-05"),
        ("thong-bao/thong-bao-nghi-le-quoc-khanh-143.html", "2024-08-28"),
        ("thong-bao/danh-sach-hoc-sinh-trung-tuyen-lop-6-142.html", "2024-07-20"),
    ]


def test_the_menu_is_a_noise_group_and_its_links_are_menu_links() -> None:
    parsed = read(UL_LISTING, "https://thcs.example.edu.vn/thong-bao")
    main = parsed.main()
    assert main.tag == "li" and main.size == 4
    menu_links = [
        lk for lk in parsed.links.links if lk.url.endswith(("/gioi-thieu.html", "/tin-tuc/"))
    ]
    assert menu_links and all(lk.in_menu for lk in menu_links)
    assert not any(is_article_link(lk) for lk in menu_links)
    assert all(is_section_link(lk) for lk in menu_links)


def test_pager_links_are_pagination_not_entries() -> None:
    parsed = read(UL_LISTING, "https://thcs.example.edu.vn/thong-bao")
    pager = [lk for lk in parsed.links.links if "page=" in lk.url]
    assert len(pager) == 3
    assert all(is_pagination_link(lk, parsed.url) for lk in pager)
    assert not any(is_article_link(lk) for lk in pager)
    assert not {lk.url for lk in pager} & set(parsed.group_urls(parsed.main()))


# --- cards: an image link and a title link per entry ---------------------------------------

CARDS = """<html><head><title>Hoạt động</title></head><body>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/hoat-dong">Hoạt động</a></li><li><a href="/tuyen-sinh">Tuyển sinh</a></li></ul></nav>
<div class="container"><div class="row list-news">
<div class="col-md-4"><div class="card"><a href="/hoat-dong/trai-nghiem-sang-tao-tai-lang-gom-bat-trang"><img src="/img/a.jpg" alt="Trải nghiệm sáng tạo tại làng gốm Bát Tràng"></a>
  <div class="card-body"><h3 class="card-title"><a href="/hoat-dong/trai-nghiem-sang-tao-tai-lang-gom-bat-trang">Trải nghiệm sáng tạo tại làng gốm Bát Tràng</a></h3><p class="date">Ngày đăng: 14/11/2024</p></div></div></div>
<div class="col-md-4"><div class="card"><a href="/hoat-dong/giai-bong-da-hoc-sinh-tranh-cup-mua-thu"><img src="/img/b.jpg" alt=""></a>
  <div class="card-body"><h3 class="card-title"><a href="/hoat-dong/giai-bong-da-hoc-sinh-tranh-cup-mua-thu">Giải bóng đá học sinh tranh cúp mùa thu</a></h3><p class="date">Ngày đăng: 02/11/2024</p></div></div></div>
<div class="col-md-4"><div class="card"><a href="/hoat-dong/hoi-trang-ram-cho-em-vui-tet-trung-thu"><img src="/img/c.jpg" alt=""></a>
  <div class="card-body"><h3 class="card-title"><a href="/hoat-dong/hoi-trang-ram-cho-em-vui-tet-trung-thu">Hội trăng rằm: Cho em vui Tết Trung thu</a></h3><p class="date">Ngày đăng: 17/09/2024</p></div></div></div>
</div></div></body></html>"""


def test_cards_give_one_entry_each_with_its_date() -> None:
    assert entries_of(CARDS, "https://thpt.example.edu.vn/hoat-dong") == [
        ("hoat-dong/trai-nghiem-sang-tao-tai-lang-gom-bat-trang", "2024-11-14"),
        ("hoat-dong/giai-bong-da-hoc-sinh-tranh-cup-mua-thu", "2024-11-02"),
        ("hoat-dong/hoi-trang-ram-cho-em-vui-tet-trung-thu", "2024-09-17"),
    ]


def test_a_card_image_link_is_not_a_second_entry() -> None:
    plan = plan_page(parse(CARDS.encode(), "https://thpt.example.edu.vn/hoat-dong"))
    entry_urls = [lk.url for lk in plan.entries]
    assert len(entry_urls) == len(set(entry_urls)) == 3
    # the image links lead to the entries' articles: neither entries again nor "other" articles
    assert not {lk.url for lk in plan.article_links} & set(entry_urls)


def test_a_text_less_image_link_is_named_by_its_alt_text() -> None:
    parsed = read(CARDS, "https://thpt.example.edu.vn/hoat-dong")
    named = [lk.text for lk in parsed.link("/trai-nghiem-sang-tao-tai-lang-gom-bat-trang")]
    assert named == [
        "Trải nghiệm sáng tạo tại làng gốm Bát Tràng"
    ]  # both links, one label: deduplicated


# --- a table of titles and dates --------------------------------------------------------------

TABLE_ROWS = """<table class="grid" cellpadding="3">
<tr class="row"><td class="c1"><a href="NewsDetail.aspx?NewsID=501">Tổng kết phong trào thi đua dạy tốt học tốt</a></td>
<td class="c2">03/10/2024</td></tr>
<tr class="alt"><td class="c1"><a href="NewsDetail.aspx?NewsID=498">Hội nghị cán bộ công chức viên chức năm học mới</a></td>
<td class="c2">25/09/2024</td></tr>
<tr class="row"><td class="c1"><a href="NewsDetail.aspx?NewsID=497">Sinh hoạt chuyên đề đổi mới phương pháp dạy học</a></td>
<td class="c2">18/09/2024</td></tr></table>"""


def test_table_rows_are_entries_with_their_date_cells() -> None:
    parsed = read(
        f"<html><body><div id='content'>{TABLE_ROWS}</div></body></html>",
        "https://pgd.example.edu.vn/News.aspx?CatID=3",
    )
    main = parsed.main()
    assert main.tag == "tr" and main.size == 3
    assert parsed.group_urls(main) == [
        "https://pgd.example.edu.vn/NewsDetail.aspx?NewsID=501",
        "https://pgd.example.edu.vn/NewsDetail.aspx?NewsID=498",
        "https://pgd.example.edu.vn/NewsDetail.aspx?NewsID=497",
    ]
    assert [lk.date for lk in parsed.links.links] == ["2024-10-03", "2024-09-25", "2024-09-18"]


# --- HTML5 teasers: <article> with its own <header> and <footer> -------------------------------

WORDPRESS = f"""<html><head><title>Tin tức – THCS Nguyễn Du</title></head><body>
<header class="site-header">{MENU_UL}</header>
<main id="main" class="site-main"><header class="page-header"><h1 class="page-title">Chuyên mục: Hoạt động chuyên môn</h1></header>
<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="/2024/04/10/hoi-thi-giao-vien-day-gioi-cap-truong/" rel="bookmark">Hội thi giáo viên dạy giỏi cấp trường</a></h2>
  <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-04-10T08:00:00+07:00">10/04/2024</time></span></div></header>
  <div class="entry-summary"><p>Sáng 10/4, nhà trường tổ chức hội thi giáo viên dạy giỏi…</p></div>
  <footer class="entry-footer"><a href="/2024/04/10/hoi-thi-giao-vien-day-gioi-cap-truong/">Đọc tiếp</a></footer></article>
<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="/2024/03/26/ky-niem-ngay-thanh-lap-doan/" rel="bookmark">Kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh</a></h2>
  <div class="entry-meta"><time datetime="2024-03-26">26/03/2024</time></div></header>
  <div class="entry-summary"><p>Chào mừng kỷ niệm ngày thành lập Đoàn…</p></div></article>
<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="/2024/03/08/toa-dam-ngay-quoc-te-phu-nu/" rel="bookmark">Tọa đàm ngày Quốc tế Phụ nữ</a></h2>
  <div class="entry-meta"><time datetime="2024-03-08">08/03/2024</time></div></header>
  <div class="entry-summary"><p>Nhân dịp kỷ niệm…</p></div></article>
<nav class="navigation pagination"><a class="page-numbers" href="/category/chuyen-mon/page/2/">2</a><a class="next page-numbers" href="/category/chuyen-mon/page/2/">Trang sau</a></nav>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Tin mới</h2><ul>
<li><a href="/2024/04/10/hoi-thi-giao-vien-day-gioi-cap-truong/">Hội thi giáo viên dạy giỏi cấp trường</a></li>
<li><a href="/2024/02/01/gap-mat-dau-xuan-giap-thin/">Gặp mặt đầu xuân Giáp Thìn 2024</a></li>
<li><a href="/2024/01/15/so-ket-hoc-ky-mot/">Sơ kết học kỳ một năm học 2023-2024</a></li></ul></section></aside>
<footer class="site-footer"><p>Trường THCS Nguyễn Du</p><a href="/lien-he.html">Liên hệ</a></footer></body></html>"""
WP_URL = "https://thcsnguyendu.example.edu.vn/category/chuyen-mon/"


def test_a_link_in_an_articles_header_is_content_not_chrome() -> None:
    parsed = read(WORDPRESS, WP_URL)
    titles = [
        lk
        for lk in parsed.links.links
        if lk.text.startswith(("Hội thi", "Kỷ niệm", "Tọa đàm")) and "/2024/0" in lk.url
    ]
    in_main = [lk for lk in titles if not lk.in_noise]
    assert len(in_main) == 3
    assert not any(lk.in_menu for lk in in_main)
    assert all(is_article_link(lk) for lk in in_main)


def test_html5_teasers_are_the_listings_entries() -> None:
    assert [path for path, _ in entries_of(WORDPRESS, WP_URL)] == [
        "2024/04/10/hoi-thi-giao-vien-day-gioi-cap-truong/",
        "2024/03/26/ky-niem-ngay-thanh-lap-doan/",
        "2024/03/08/toa-dam-ngay-quoc-te-phu-nu/",
    ]


def test_the_site_header_nav_and_footer_stay_chrome() -> None:
    parsed = read(WORDPRESS, WP_URL)
    (contact,) = parsed.link("/lien-he.html")
    assert contact.in_noise
    (home,) = [lk for lk in parsed.links.links if lk.url == "https://thcsnguyendu.example.edu.vn/"]
    assert home.in_menu


def test_a_sidebar_tin_moi_list_is_not_the_listing() -> None:
    plan = plan_page(parse(WORDPRESS.encode(), WP_URL))
    sidebar_only = {
        "https://thcsnguyendu.example.edu.vn/2024/02/01/gap-mat-dau-xuan-giap-thin/",
        "https://thcsnguyendu.example.edu.vn/2024/01/15/so-ket-hoc-ky-mot/",
    }
    assert not sidebar_only & {lk.url for lk in plan.entries}
    # not dropped either: other article-like links, for the crawl to follow later
    assert sidebar_only <= {lk.url for lk in plan.article_links}
    assert all(lk.in_noise for lk in plan.article_links if lk.url in sidebar_only)


def test_the_pagination_of_the_teasers() -> None:
    plan = plan_page(parse(WORDPRESS.encode(), WP_URL))
    assert {lk.url for lk in plan.pager_links} == {
        "https://thcsnguyendu.example.edu.vn/category/chuyen-mon/page/2/"
    }
    assert differs_by_page(plan.pager_links[0].url, WP_URL)


# --- dates beside links -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        (
            '<li><a href="/t/a-1.html">Hội thi giáo viên dạy giỏi cấp huyện</a> <span>10 Tháng Tư, 2024</span></li>',
            "2024-04-10",
        ),
        (
            '<li><a href="/t/a-1.html">Hội thi giáo viên dạy giỏi cấp huyện</a><em>(Thứ hai, 08/04/2024 - 08:30)</em></li>',
            "2024-04-08T08:30:00+07:00",
        ),
        (
            '<li><span class="d">10-04-2024</span> <a href="/t/a-1.html">Hội thi giáo viên dạy giỏi cấp huyện</a></li>',
            "2024-04-10",
        ),
        (
            '<li><a href="/t/a-1.html">Hội thi giáo viên dạy giỏi cấp huyện</a> - 2024-04-10 08:15</li>',
            "2024-04-10T08:15:00+07:00",
        ),
        ('<li><a href="/t/a-1.html">Hội thi giáo viên dạy giỏi cấp huyện</a></li>', None),
    ],
    ids=["wordy-month", "weekday-and-time", "date-first", "iso-with-time", "no-date"],
)
def test_date_printed_beside_a_link(entry: str, date: str | None) -> None:
    parsed = read(f"<html><body><ul>{entry}</ul></body></html>", "https://x.vn/t/")
    assert [lk.date for lk in parsed.links.links] == [date]


def test_a_date_in_a_box_of_several_titles_is_nobodys() -> None:
    box = """<div class="box"><p class="update">Cập nhật ngày 11/04/2024</p>
    <a href="/t/a-1.html">Hội thi giáo viên dạy giỏi cấp huyện</a> |
    <a href="/t/b-2.html">Khai giảng năm học mới long trọng</a></div>"""
    parsed = read(f"<html><body>{box}</body></html>", "https://x.vn/t/")
    assert [lk.date for lk in parsed.links.links] == [None, None]


def test_short_links_get_no_date() -> None:
    parsed = read(
        '<html><body><ul><li><a href="/t/a-1.html">Xem</a> 11/04/2024</li></ul></body></html>',
        "https://x.vn/t/",
    )
    assert parsed.links.links[0].date is None


@pytest.mark.parametrize(
    "entry",
    [
        '<div class="item"><h3><a href="/t/a-1.html">Hội thi giáo viên dạy giỏi lớp 5</a></h3><div class="date">08/03/2024</div></div>',
        '<table><tr><td><a href="/t/a-1.html">Tổng kết năm học 2023-2024</a></td><td>10/06/2024</td></tr></table>',
        '<div class="item"><h3><a href="/t/a-1.html">Tọa đàm kỷ niệm ngày Quốc tế Phụ nữ 8/3</a></h3><p>08/03/2024</p></div>',
    ],
    ids=["card", "table-row", "title-with-day-month"],
)
def test_a_title_ending_in_a_number_keeps_its_date_in_minified_markup(entry: str) -> None:
    parsed = read(f"<html><body>{entry}</body></html>", "https://x.vn/t/")
    assert parsed.links.links[0].date is not None


def test_the_same_entry_with_whitespace_between_blocks_keeps_its_date() -> None:
    entry = '<div class="item"><h3><a href="/t/a-1.html">Hội thi giáo viên dạy giỏi lớp 5</a></h3>\n<div class="date">08/03/2024</div></div>'
    parsed = read(f"<html><body>{entry}</body></html>", "https://x.vn/t/")
    assert parsed.links.links[0].date == "2024-03-08"


# --- a side list beside a listing --------------------------------------------------------------


def _two_columns(side_markup: str) -> str:
    main = "".join(
        f'<div class="row-news"><h3><a href="/thong-bao/thong-bao-so-{i}-cua-nha-truong-{200 + i}.html">Thông báo số {i} của nhà trường gửi phụ huynh</a></h3><p>{10 + i}/03/2024</p></div>'
        for i in range(5)
    )
    return f"""<html><head><title>Thông báo</title></head><body><table width="100%"><tr>
<td width="25%" valign="top">{side_markup}</td>
<td valign="top"><h1>Thông báo</h1>{main}<div><a href="/thong-bao?trang=2">2</a> <a href="/thong-bao?trang=2">Trang sau</a></div></td>
</tr></table></body></html>"""


SIDE_ITEMS = "".join(
    f'<li><a href="/tin-tuc/tin-moi-so-{i}-ve-hoat-dong-nha-truong-{100 + i}.html">Tin mới số {i} về hoạt động của nhà trường</a></li>'
    for i in range(5)
)


def test_a_side_list_in_a_named_widget_box_is_not_the_listing() -> None:
    html = _two_columns(
        f'<div class="widget"><h3 class="widget-title">Tin mới</h3><ul>{SIDE_ITEMS}</ul></div>'
    )
    entries = entries_of(html, "https://thcs.example.edu.vn/thong-bao")
    assert [path for path, _ in entries] == [
        f"thong-bao/thong-bao-so-{i}-cua-nha-truong-{200 + i}.html" for i in range(5)
    ]
    assert [date for _, date in entries] == [f"2024-03-{10 + i}" for i in range(5)]


def test_a_side_list_in_neutral_markup_is_not_the_listing() -> None:
    html = _two_columns(f"<b>TIN MỚI NHẤT</b><ul>{SIDE_ITEMS}</ul>")
    entries = entries_of(html, "https://thcs.example.edu.vn/thong-bao")
    assert all(path.startswith("thong-bao/") for path, _ in entries)


# --- structure: what a headline owns -----------------------------------------------------------


def test_a_listing_headline_is_followed_by_its_entries_at_once() -> None:
    parsed = read(
        UL_LISTING.replace('<div class="tieu-de-muc">THÔNG BÁO</div>', "<h1>Thông báo</h1>"),
        "https://thcs.example.edu.vn/thong-bao",
    )
    owned = parsed.ownership()
    assert owned.group_first
    assert owned.chars_first == 0 and owned.media_first == 0


def test_an_articles_headline_owns_its_text_before_a_related_list() -> None:
    html = f"""<html><body>{MENU_UL}<div class="chi-tiet"><h1>Hội nghị cán bộ viên chức năm học 2024-2025</h1>
<p>Sáng ngày 19/9/2024, nhà trường tổ chức hội nghị cán bộ, viên chức với sự tham dự của toàn thể giáo viên.</p>
<p><img src="/uploads/hoi-nghi.jpg" alt=""></p>
<h3>Các tin khác</h3><ul>
<li><a href="/tin-tuc/le-khai-giang-nam-hoc-moi-120.html">Lễ khai giảng năm học mới 2024-2025</a> (05/09/2024)</li>
<li><a href="/tin-tuc/tap-huan-chuong-trinh-moi-119.html">Tập huấn chương trình giáo dục phổ thông</a> (20/08/2024)</li></ul></div></body></html>"""
    parsed = read(html, "https://thcs.example.edu.vn/tin-tuc/hoi-nghi-can-bo-121.html")
    owned = parsed.ownership()
    assert owned.chars_first > 80
    assert owned.images == 1
    assert not owned.group_first
    # the related list is still a list of entries on the page (for the crawl to follow)
    assert any(g.size == 2 for g in parsed.groups)


def test_a_headline_that_owns_a_table_counts_it() -> None:
    html = """<html><body><div class="post"><h1>Thời khóa biểu học kỳ I áp dụng từ 09/9/2024</h1>
<table border="1"><tr><td>Thứ</td><td>Tiết</td><td>6A</td></tr><tr><td>Hai</td><td>1</td><td>Toán</td></tr></table></div></body></html>"""
    owned = read(html, "https://x.vn/bai-viet/thoi-khoa-bieu").ownership()
    assert owned.tables == 1 and owned.media_first >= 1


def test_ownership_of_no_headline_is_empty() -> None:
    parsed = read(UL_LISTING, "https://thcs.example.edu.vn/thong-bao")
    assert parsed.ownership(".//h6") == Ownership()


# --- other kinds of links -----------------------------------------------------------------------


def test_links_that_lead_nowhere_a_crawl_goes_are_left_out() -> None:
    html = """<html><body>
<a href="mailto:c2nguyendu@example.edu.vn">Thư điện tử của trường</a><a href="tel:02403812345">Gọi điện thoại</a>
<a href="#top">Lên đầu trang</a><a href="">Trống</a><a href="/uploads/files/ke-hoach-nam-hoc.pdf">Kế hoạch năm học (PDF)</a>
<a href="data:text/plain,x">data</a><a href="javascript:void(0)">Không có gì</a>
<a href="/tin/a-1.html">Hội thi giáo viên dạy giỏi cấp huyện</a></body></html>"""
    parsed = read(html, "https://x.vn/")
    assert [lk.url for lk in parsed.links.links] == ["https://x.vn/tin/a-1.html"]


def test_postbacks_script_links_and_frames_are_read() -> None:
    html = """<html><body>
<a href="javascript:__doPostBack('ctl00$Main$gvNews','Page$3')">3</a>
<span onclick="location.href='/tin/g-7.html'">Hội nghị tổng kết năm học của nhà trường</span>
<a href="#" onclick="window.open('/tin/h-8.html')">Lễ tri ân và trưởng thành học sinh khối 9</a>
<iframe src="/tin-frame.aspx" title="Tin tức"></iframe><iframe src="about:blank"></iframe>
</body></html>"""
    parsed = read(html, "https://x.vn/tin-tuc/")
    assert [(p.target, p.argument, p.text) for p in parsed.links.postbacks] == [
        ("ctl00$Main$gvNews", "Page$3", "3")
    ]
    assert [(lk.url, lk.via) for lk in parsed.links.links] == [
        ("https://x.vn/tin/g-7.html", "onclick"),
        ("https://x.vn/tin/h-8.html", "onclick"),
        ("https://x.vn/tin-frame.aspx", "frame"),
    ]


def test_base_href_resolves_relative_links() -> None:
    html = '<html><head><base href="https://x.vn/portal/"></head><body><a href="tin/a-1.html">Hội thi giáo viên dạy giỏi</a></body></html>'
    parsed = read(html, "https://x.vn/portal/some/deep/page.aspx")
    assert parsed.links.links[0].url == "https://x.vn/portal/tin/a-1.html"


@pytest.mark.parametrize(
    "text", ["2", "[3]", "Sau »", "Trang sau", "›", "Tiếp theo", "« Trước", "Trang cuối"]
)
def test_pager_words(text: str) -> None:
    assert is_pager_text(text)


@pytest.mark.parametrize("text", ["Hội nghị", "Tin tức", "2024-2025", "Xem chi tiết"])
def test_not_pager_words(text: str) -> None:
    assert not is_pager_text(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://x.vn/chuyen-muc/tin/page/3/", "http://x.vn/chuyen-muc/tin/"),
        ("http://x.vn/tin?trang=4", "http://x.vn/tin"),
        ("http://x.vn/Default.aspx?tabid=5&pageindex=2", "http://x.vn/Default.aspx?tabid=5"),
        (
            "http://x.vn/index.php?option=com_content&view=category&id=8&limitstart=10",
            "http://x.vn/index.php?option=com_content&view=category&id=8",
        ),
    ],
)
def test_page_key_ignores_the_page_number(a: str, b: str) -> None:
    assert page_key(a) == page_key(b)
    assert differs_by_page(a, b)


def test_page_key_keeps_what_names_the_listing() -> None:
    assert page_key("http://x.vn/tin?cat=3&page=2") != page_key("http://x.vn/tin?cat=4&page=2")
    assert not differs_by_page("http://x.vn/tin?id=3", "http://x.vn/tin?id=4")
    assert not differs_by_page("http://x.vn/tin?page=2", "http://x.vn/tin?page=2")


def test_config_article_patterns_decide_alone() -> None:
    import re

    parsed = read(
        '<html><body><a href="/Home/Detail/77">Xem</a><a href="/tin/a-1.html">Hội thi giáo viên dạy giỏi</a></body></html>',
        "https://x.vn/",
    )
    pattern = (re.compile(r"/Home/Detail/\d+"),)
    assert [is_article_link(lk, pattern) for lk in parsed.links.links] == [True, False]


def test_the_entrys_date_box_wins_over_a_date_in_its_teaser() -> None:
    # "Ngày 13/10/2026, …" in the teaser is the event's day; the card's date box is the post's
    entry = (
        '<article class="card"><h3><a href="/t/hoi-thao.html">Hội thảo khoa học cấp trường năm 2026</a></h3>'
        "<p>Ngày 13/10/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường…</p>"
        '<div class="meta"><span class="post-date">14/10/2026</span></div></article>'
    )
    parsed = read(f"<html><body>{entry}</body></html>", "https://x.vn/t/")
    assert [lk.date for lk in parsed.links.links if lk.url.endswith("hoi-thao.html")] == ["2026-10-14"]


def test_a_time_element_dates_the_entry_when_its_text_is_relative() -> None:
    entry = '<li><a href="/t/a-2.html">Khai giảng lớp bồi dưỡng kiến thức quốc phòng</a> <time datetime="2026-11-20T08:30:00+07:00">2 ngày trước</time></li>'
    parsed = read(f"<html><body><ul>{entry}</ul></body></html>", "https://x.vn/t/")
    assert parsed.links.links[0].date == "2026-11-20T08:30:00+07:00"

