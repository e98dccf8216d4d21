"""What the thirteenth round of blind portals (django CMS, a home-made PHP router, a telecom
vendor's MVC portal, NukeViet 3, Joomla 2.5's list layout) taught, each rule in markups that are
none of those portals' own."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.core.bylines import looks_like_bare_name, parse_byline
from crawler.core.lines import is_boilerplate_line, is_file_line
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.extract.metadata import visible_breadcrumbs
from crawler.navigation.urls import is_trap
from crawler.plan import plan_page
from tests.unit.extract.test_body_variants import P1, P2, P3, TITLE, URL, page


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("cms-plugin cms-plugin-1901", {"builder"}),  # django CMS's wrapper of every content plugin: no role
        ("fb-plugin", {"tools"}),
        ("article-index", {"toc"}),  # Joomla's page-break table of contents
        ("tieu-de-khung", {"widget_title"}),  # "title of the box": a side module's heading
        ("chan-trang", {"chrome"}),  # "chân trang": the footer
        ("dau-trang", {"header"}),
    ],
)
def test_class_names(names: str, expected: set[str]) -> None:
    assert families(names) == frozenset(expected)


@pytest.mark.parametrize(
    "url",
    [
        "http://pgd.example.vn/index.php/lich-cong-tac/month.calendar/2026/06/01/-",
        "http://pgd.example.vn/index.php/su-kien/week.listevents/2026/11/23/-",
        "http://pgd.example.vn/index.php/su-kien/day.listevents/2026/11/23/-",
    ],
)
def test_jevents_calendar_views_in_the_path_are_traps(url: str) -> None:
    assert is_trap(url)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("{loadposition quangcao}", "chrome"),  # a Joomla plugin tag printed unexpanded
        ("{module 93}", "chrome"),
        ("Danh sách kết quả thi tốt nghiệp khóa 84 (96,7 KB)", "file"),  # a file's title and size
        ("Học sinh đạt 12 giải {theo thống kê}", None),
    ],
)
def test_leftover_lines(line: str, family: str | None) -> None:
    assert is_boilerplate_line(line) == family


def test_a_sentence_is_no_file_line_because_it_names_a_size() -> None:
    assert not is_file_line("Mỗi học sinh được cấp 2 GB dung lượng lưu trữ trên hệ thống học trực tuyến của trường.")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Tác giả: Phạm Thanh Tâm - Văn phòng Trường", ["Phạm Thanh Tâm"]),  # the unit after the name
        ("Người viết: Lê Văn Hòa - Bộ môn Triết học", ["Lê Văn Hòa"]),
    ],
)
def test_a_unit_after_a_labelled_name_is_no_author(line: str, authors: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize("name", ["Tổ Ngữ văn", "Khoa Xây dựng Đảng", "Tổ Văn phòng"])
def test_a_schools_group_signs(name: str) -> None:
    assert looks_like_bare_name(name)


def test_a_module_printed_inside_the_text_does_not_end_it() -> None:
    module = '<div class="moduletable"><h3>Bài viết liên quan</h3><ul><li><a href="/tin/1">Một bài viết khác của trường</a></li><li><a href="/tin/2">Bài thứ hai</a></li></ul></div>'
    last = "Nhà trường đã hỗ trợ câu lạc bộ một phòng sinh hoạt riêng cùng bộ dụng cụ thí nghiệm."
    html = page(f'<p>{P1}</p><p>{P2}</p>{module}<p>{last}</p><p style="text-align:right"><b>Người viết: Lê Thị Hồng</b></p>')
    record = extract_article(html, URL)
    assert record["body"].endswith(last)
    assert record["authors"] == ["Lê Thị Hồng"]
    assert "Bài thứ hai" not in record["body"]


def test_a_download_line_named_by_its_link_is_no_text() -> None:
    html = page(f'<p>{P1}</p><p>{P2}</p><p>Tải về: <a href="/files/lich-kiem-tra.pdf">Lịch kiểm tra học kỳ I</a></p>')
    assert extract_article(html, URL)["body"] == f"{P1}\n\n{P2}"


def test_the_author_field_of_an_info_list_inside_the_text_box() -> None:
    # Joomla 2.5: the h2, a definition list of fields, then the text, all in one box
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="main"><div class="item-page">
    <h2><a href="/tin/461-bai">{TITLE}</a></h2>
    <dl class="article-info"><dt>Chi tiết</dt><dd class="category-name">Danh mục: <a href="/tin">Tin tức</a></dd>
    <dd class="published">Ngày đăng Thứ tư, 21 Tháng 10 2026 07:50</dd><dd class="createdby">Viết bởi Đặng Văn Tuấn</dd>
    <dd class="hits">Lượt xem: 1954</dd></dl><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"""
    record = extract_article(html, "http://127.0.0.1:8000/tin/461-bai")
    assert record["authors"] == ["Đặng Văn Tuấn"]
    assert record["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_linked_section_name_over_the_headline_is_no_text() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="col"><article class="article">
    <p class="cat"><a href="/vi/tin-tuc/category/tin-hoat-dong/">Tin hoạt động</a></p><h2>{TITLE}</h2>
    <p class="by">Tác giả: <a href="/vi/author/a/">ThS. Phạm Thanh Tâm</a> <span class="author-function">- Văn phòng Trường</span></p>
    <p class="date"><time datetime="2026-11-23T08:00:00+07:00">23 Tháng Mười Một 2026</time></p>
    <div class="cms-plugin cms-plugin-12"><p>{P1}</p><p>{P2}</p></div></article></div></body></html>"""
    record = extract_article(html, "http://127.0.0.1:8000/vi/tin-tuc/bai/")
    assert record["body"] == f"{P1}\n\n{P2}"
    assert record["authors"] == ["Phạm Thanh Tâm"]


def test_a_lead_photo_inside_the_leads_box_is_an_image_and_its_line_a_caption() -> None:
    lead = "Sáng 05/9/2026, gần 950 học sinh của trường hân hoan bước vào năm học mới 2026 - 2027 cùng cả nước."
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="news"><h1>{TITLE}</h1><div class="time">05/09/2026 09:30</div>
    <div id="hometext"><div class="imghome"><a href="/up/kg.jpg"><img src="/up/kg.jpg" alt=""></a><p><em>Học sinh khối 6 tiến vào lễ đài</em></p></div>
    <b>{lead}</b></div><div class="bodytext"><p>{P1}</p><p>{P2}</p></div></div></body></html>"""
    record = extract_article(html, URL)
    assert record["summary"] == lead
    assert record["images"] == [{"url": "http://127.0.0.1:8000/up/kg.jpg", "caption": "Học sinh khối 6 tiến vào lễ đài"}]
    assert "lễ đài" not in record["body"]


def test_a_trail_of_icon_home_link_and_css_separators() -> None:
    tree = lxml_html.fromstring(
        '<html><body><div class="breakcoup"><a href="/"><img src="/home.png" alt="Trang chủ"></a><span class="sp">&nbsp;</span>'
        '<a href="/news/">Tin Tức</a><span class="sp">&nbsp;</span><a href="/news/thong-bao/">Thông báo</a></div></body></html>'
    )
    assert visible_breadcrumbs(tree) == ["Trang chủ", "Tin Tức", "Thông báo"]


def test_a_sidebar_heading_over_a_list_of_categories_labels_no_post() -> None:
    side = '<aside class="col-side"><h3>Chuyên mục</h3><ul><li><a href="/c/a">Tin hoạt động <span>7</span></a></li><li><a href="/c/b">Thông báo <span>3</span></a></li></ul></aside>'
    record = extract_article(page(f"<p>{P1}</p><p>{P2}</p>", after=side), URL)
    assert record["category"] != "Tin hoạt động 7"


def _plan(html: str, url: str = URL) -> tuple[str, str]:
    result = plan_page(parse(html.encode("utf-8"), url))
    return result.kind, result.reason


def test_a_citizens_question_and_its_answer_are_a_record_not_news() -> None:
    qa = (
        '<div class="qa"><h3>Học sinh chuyển trường giữa năm học</h3><p>Người hỏi: Lò Văn Sơn - xã Na Hang | Ngày gửi: 14/10/2026</p>'
        "<p>Gia đình tôi chuyển công tác từ tỉnh khác về. Con tôi đang học lớp 7, xin hỏi thủ tục chuyển trường như thế nào?</p>"
        "<p><strong>Trả lời:</strong> Phòng Giáo dục Trung học | Ngày trả lời: 20/10/2026</p>"
        "<p>Hồ sơ chuyển trường gồm đơn xin chuyển trường, học bạ và giấy giới thiệu của nhà trường nơi đi.</p></div>"
    )
    html = f"<html><head><title>Hỏi đáp</title></head><body><div class='main'>{qa}</div></body></html>"
    assert _plan(html, "http://127.0.0.1:8000/hoi-dap/chi-tiet?id=81")[1] == "record_page"


def test_a_download_managers_files_with_their_sizes_are_no_article() -> None:
    files = "".join(
        f'<div class="file"><div class="name"><a href="/van-ban/file/{i}">Kế hoạch số {i}/KH-PGDĐT về công tác năm học</a></div>'
        f"<div>Ngày: 1{i}/11/2026</div><div>Kích thước: {i}12,5 KB</div></div>"
        for i in (1, 2)
    )
    html = f"<html><head><title>Văn bản của Phòng</title></head><body><div class='main'><h3 class='title'>Văn bản của Phòng</h3>{files}</div></body></html>"
    assert _plan(html, "http://127.0.0.1:8000/van-ban/category/1-van-ban")[0] != "article"
