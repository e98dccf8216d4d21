"""Round 49 (blind portals php_nghiencuu_tct, photo_posts_thpt, vendor_slughtml_pgd,
wp_comments_thcs): extraction and discovery rules, each checked on markup of other shapes than
the portal's, and with the near misses that must stay as they were."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.core.bylines import bare_name, looks_like_bare_name
from crawler.extract import extract_article
from crawler.navigation.links import extract_links

_PROSE = "".join(
    f"<p style='text-align:justify'>Đoạn văn thứ {i} của bài viết phân tích thực tiễn công tác giảng dạy lý luận chính trị ở địa phương trong những năm gần đây.</p>"
    for i in range(4)
)
_LEAD = (
    "<p style='text-align:justify'><b><i>Bài viết làm rõ vai trò của đội ngũ giảng viên trong việc nâng cao chất lượng "
    "đào tạo, bồi dưỡng cán bộ ở cơ sở và đề xuất một số giải pháp trong thời gian tới.</i></b></p>"
)
_URL = "http://h/nghien-cuu/vai-tro-doi-ngu-giang-vien"


def _page(text: str) -> str:
    return (
        "<html><body><div class='wrap'><h1>Vai trò của đội ngũ giảng viên trong đào tạo cán bộ cơ sở</h1>"
        f"<div class='article-text'>{text}</div></div></body></html>"
    )


# --- an essay's writers set above its text (php_nghiencuu_tct) ---


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        # a right-aligned name with its degree, alone
        ("<div align='right'><b>TS. Hoàng Minh Khôi</b></div>", ["Hoàng Minh Khôi"]),
        # two writers, with the unit they share right-aligned under them, in a div layout
        (
            "<div style='text-align:right'><strong>ThS. Lê Thu Trang, ThS. Phạm Đức Anh</strong></div>"
            "<div style='text-align:right'><em>Khoa Lý luận cơ sở</em></div>",
            ["Lê Thu Trang", "Phạm Đức Anh"],
        ),
        # a bold name, its school in italics on the line under it, not aligned
        ("<p><b>Thượng tá, ThS. Đỗ Văn Hải</b><br><i>Trường Chính trị tỉnh Gia Lai</i></p>", ["Đỗ Văn Hải"]),
    ],
)
def test_writers_set_above_the_essay_are_its_authors_and_no_text(head: str, authors: list[str]) -> None:
    record = extract_article(_page(head + _LEAD + _PROSE), _URL)
    assert record["authors"] == authors
    assert record["body"].startswith("Bài viết làm rõ vai trò")
    assert record["summary"] is not None and record["summary"].startswith("Bài viết làm rõ vai trò")


def test_a_bold_name_alone_over_the_text_is_left_to_the_text() -> None:
    # (a name in bold with no unit under it may be a heading: it stays)
    record = extract_article(_page("<p><b>Nguyễn Văn Trỗi</b></p>" + _PROSE), _URL)
    assert record["body"].startswith("Nguyễn Văn Trỗi")
    assert record["authors"] == []


def test_a_right_aligned_place_line_over_the_text_is_no_writer() -> None:
    record = extract_article(_page("<p style='text-align:right'><i>Gia Lai, tháng 11 năm 2026</i></p>" + _PROSE), _URL)
    assert record["authors"] == []


@pytest.mark.parametrize(
    ("line", "name"),
    [("Đại úy, ThS. Võ Đình Phong", "Võ Đình Phong"), ("Trung tá Lê Văn Hòa", "Lê Văn Hòa"), ("Thiếu tá, TS. Hà Minh", "Hà Minh")],
)
def test_a_rank_before_the_degree_is_no_part_of_the_name(line: str, name: str) -> None:
    assert looks_like_bare_name(line)
    assert bare_name(line) == name


def test_a_given_name_that_reads_like_a_rank_stays_a_name() -> None:
    assert bare_name("Trung Kiên") == "Trung Kiên"


# --- captions under the photos of a photo report (photo_posts_thpt) ---


def _report(photos: int, caption_style: str, text_style: str) -> str:
    rows = "".join(
        f"<p style='text-align:center'><img src='/up/anh-{n}.jpg' width='640'></p>"
        f"<p style='{caption_style}'>Các em học sinh khối {n + 9} tham gia phần thi thứ {n} của hội thi.</p>"
        for n in range(1, photos + 1)
    )
    text = f"<p style='{text_style}'>Sáng nay nhà trường tổ chức hội thi rung chuông vàng cho học sinh các khối lớp với nhiều phần thi hấp dẫn.</p>"
    return _page(text + rows + text.replace("Sáng nay", "Chiều cùng ngày"))


def test_a_centred_line_under_each_photo_of_a_justified_text_is_its_caption() -> None:
    record = extract_article(_report(5, "text-align:center", "text-align:justify"), _URL)
    assert [img["caption"] for img in record["images"]] == [
        f"Các em học sinh khối {n + 9} tham gia phần thi thứ {n} của hội thi." for n in range(1, 6)
    ]
    assert "phần thi thứ" not in record["body"]


def test_a_text_set_all_centred_says_nothing_by_its_centring() -> None:
    # (the lines not under a photo are centred too: centring is how the text is set, not a
    # caption sign; and a paragraph of the text under the other photo says that this page does
    # not caption with plain lines)
    long = " ".join(["Các đội thi đã trải qua nhiều vòng thi căng thẳng với những câu hỏi về lịch sử, địa lý và văn học."] * 4)
    html = _report(1, "text-align:center", "text-align:center").replace(
        "</div></div></body>", f"<p style='text-align:center'><img src='/up/anh-9.jpg' width='640'></p><p style='text-align:center'>{long}</p></div></div></body>"
    )
    record = extract_article(html, _URL)
    assert "phần thi thứ 1" in record["body"]


# --- a numbered caption over its photo (photo_posts_thpt) ---


def _numbered(order: str) -> str:
    parts = []
    for n in (1, 2, 3):
        photo = f"<div class='anh'><img src='/up/hinh-{n}.jpg' width='600'></div>"
        label = f"<p><b>Hình {n}. Tiết mục số {n} của chương trình văn nghệ</b></p>"
        parts.append(label + photo if order == "above" else photo + label)
    return _page(_PROSE + "".join(parts) + _PROSE)


@pytest.mark.parametrize("order", ["above", "below"])
def test_a_numbered_caption_captions_the_photo_of_its_number(order: str) -> None:
    record = extract_article(_numbered(order), _URL)
    assert [(img["url"].rsplit("/", 1)[1], img["caption"]) for img in record["images"]] == [
        (f"hinh-{n}.jpg", f"Hình {n}. Tiết mục số {n} của chương trình văn nghệ") for n in (1, 2, 3)
    ]


def test_a_numbered_line_over_a_photo_of_another_number_is_not_moved() -> None:
    html = _page(_PROSE + "<p><b>Ảnh 3: Toàn cảnh hội trường</b></p><div><img src='/up/a.jpg' width='600'></div>" + _PROSE)
    record = extract_article(html, _URL)
    assert record["images"][0]["caption"] != "Ảnh 3: Toàn cảnh hội trường"


# --- a letterhead typed as a layout table, its lines in one cell (vendor_slughtml_pgd) ---

_LETTERHEAD = (
    "<table><tr><td>SỞ GD&amp;ĐT TỈNH GIA LAI<br><b>TRƯỜNG THPT PLEIKU</b><br>Số: 88/KH-THPT</td>"
    "<td><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>"
    "<i>Pleiku, ngày 05 tháng 11 năm 2026</i></td></tr></table>"
)
_LETTER = (
    "<p>Kính gửi: Giáo viên chủ nhiệm các lớp.</p>"
    "<p>Nhà trường xây dựng kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam với các nội dung sau đây.</p>"
    "<p>1. Tổ chức hội thi văn nghệ giữa các chi đoàn vào tuần thứ hai của tháng 11 năm 2026.</p>"
    "<table><tr><td><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</td>"
    "<td><b>HIỆU TRƯỞNG</b><br>(Đã ký)<br><b>Trần Văn Minh</b></td></tr></table>"
)


def test_a_letterhead_whose_cells_hold_their_lines_together_is_no_text() -> None:
    record = extract_article(_page(_LETTERHEAD + _LETTER), _URL)
    assert record["body"].startswith("Kính gửi: Giáo viên chủ nhiệm các lớp.")
    assert "CỘNG HOÀ" not in record["body"] and "Số: 88" not in record["body"]
    assert record["authors"] == ["Trần Văn Minh"]
    assert record["published_at"].startswith("2026-11-05")


def test_the_pages_own_paragraph_introducing_the_letter_stays() -> None:
    intro = "<p>Trường THPT Pleiku ban hành Kế hoạch số 88/KH-THPT về việc tổ chức các hoạt động chào mừng ngày 20/11.</p>"
    record = extract_article(_page(intro + _LETTERHEAD + _LETTER), _URL)
    assert record["body"].startswith("Trường THPT Pleiku ban hành Kế hoạch số 88/KH-THPT")
    assert "Kính gửi: Giáo viên chủ nhiệm các lớp." in record["body"]
    assert "CỘNG HOÀ" not in record["body"]


def test_a_sentence_naming_the_country_is_text() -> None:
    line = "<p>Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền; bài học hôm nay giúp các em hiểu rõ điều đó.</p>"
    record = extract_article(_page(line + _PROSE), _URL)
    assert record["body"].startswith("Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền")


# --- a side column by its side's name that is the main column (photo_posts_thpt) ---


def _columns(main: str, side: str) -> str:
    entries = "".join(
        f"<div class='item'><h3><a href='/tin/chi-tiet/{n}/bai-viet-so-{n}'>Bài viết số {n} về hoạt động của nhà trường</a></h3><span>1{n}/11/2026</span></div>"
        for n in range(1, 6)
    )
    widget = "<div class='box'><a href='/tin/chi-tiet/99/tin-xem-nhieu'>Tin xem nhiều nhất trong tuần của trường</a></div>"
    return (
        f"<html><body><div class='{main}'><div class='breadcrumbs'><a href='/'>Trang chủ</a> » Tin tức</div>"
        f"<h2>Tin tức</h2>{entries}</div><div class='{side}'>{widget}</div></body></html>"
    )


@pytest.mark.parametrize(("main", "side"), [("cot-trai", "cot-phai"), ("cot_phai", "cot_trai")])
def test_the_side_column_holding_the_trail_is_the_main_column(main: str, side: str) -> None:
    links = extract_links(lxml_html.fromstring(_columns(main, side)), "http://h/tin")
    noise = {link.url.rsplit("/", 1)[1]: link.in_noise for link in links.links if "/chi-tiet/" in link.url}
    assert noise["bai-viet-so-1"] is False and noise["bai-viet-so-5"] is False
    assert noise["tin-xem-nhieu"] is True


def test_side_columns_of_a_three_column_layout_stay_furniture() -> None:
    page = (
        "<html><body><div class='cot-trai'><a href='/tin/chi-tiet/7/van-ban-moi'>Văn bản mới ban hành của Sở Giáo dục</a></div>"
        "<div class='cot-giua'><div class='breadcrumb'><a href='/'>Trang chủ</a></div><h1>Tin tức</h1></div>"
        "<div class='cot-phai'><a href='/tin/chi-tiet/8/lich-cong-tac'>Lịch công tác tuần của nhà trường</a></div></body></html>"
    )
    links = extract_links(lxml_html.fromstring(page), "http://h/tin")
    assert all(link.in_noise for link in links.links if "/chi-tiet/" in link.url)
