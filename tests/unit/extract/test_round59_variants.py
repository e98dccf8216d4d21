"""Round 59 (blind portals date_picker_archive_sgddt, mobile_twin_thpt, lazy_images_thcs,
keyset_pager_pgd): extraction rules on markup of other shapes than the portals', and the near
misses that must stay."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.core.text import clean_line
from crawler.extract import extract_article
from crawler.extract.blocks import image_url

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về ngày hội đọc sách của thư viện nhà trường với sự tham gia của hơn năm trăm học sinh các khối lớp.</p>" for i in range(4)
)
_TITLE = "Ngày hội đọc sách của thư viện nhà trường năm học 2026 - 2027"


def _page(text: str) -> bytes:
    return (
        f"<html><body><div class='top'>Thứ Sáu, 04/12/2026</div><div class='main'><h1>{_TITLE}</h1>"
        f"<div class='entry'>{text}</div></div></body></html>"
    ).encode()


# --- emoji drawn as pictures ------------------------------------------------------------------------


def _emoji(char: str, src: str = "https://s.w.org/images/core/emoji/15.0.3/72x72/1f4da.png", cls: str = "emoji") -> str:
    return f"<img draggable='false' role='img' class='{cls}' alt='{char}' src='{src}'>"


@pytest.mark.parametrize(
    "picture",
    [
        _emoji("📚"),
        _emoji("📚", src="/wp-includes/images/smilies/book.png", cls="wp-smiley"),
        _emoji("📚", src="/images/emoticons/sach.gif", cls=""),
    ],
)
def test_an_emoji_inside_a_line_is_its_character_where_it_sits(picture: str) -> None:
    text = f"<p>Các em say mê đọc sách {picture} suốt buổi sáng tại sân trường.</p>" + _PROSE
    record = extract_article(_page(text), "http://h/ngay-hoi-doc-sach/")
    assert record["body"].startswith("Các em say mê đọc sách 📚 suốt buổi sáng tại sân trường.")
    assert record["images"] == []


def test_an_emoji_opening_a_line_is_its_bullet() -> None:
    text = f"<p>{_emoji('👉')} Thời gian: 7 giờ 30, thứ Bảy ngày 05/12/2026.</p>" + _PROSE
    record = extract_article(_page(text), "http://h/ngay-hoi-doc-sach/")
    assert record["body"].startswith("Thời gian: 7 giờ 30")


def test_a_picture_with_words_in_its_alt_is_no_emoji() -> None:
    # (a photo whose path says "emoticons" but whose alt describes it stays a photo)
    text = "<p><img class='photo' alt='Học sinh đọc sách' src='/uploads/emoticons-hoc-sinh/anh-1.jpg'></p>" + _PROSE
    record = extract_article(_page(text), "http://h/ngay-hoi-doc-sach/")
    assert [i["url"] for i in record["images"]] == ["http://h/uploads/emoticons-hoc-sinh/anh-1.jpg"]


# --- a lazy loader's placeholder and the srcset it stands for -----------------------------------------


@pytest.mark.parametrize(
    ("img", "url"),
    [
        # widths out of order: the widest
        ("<img src='/wp-content/plugins/lazy/blank.gif' srcset='/u/a-768x512.jpg 768w, /u/a.jpg 1600w, /u/a-300x200.jpg 300w'>", "http://h/u/a.jpg"),
        # densities
        ("<img src='/assets/img/loading.gif' srcset='/u/b.jpg 1x, /u/b@2x.jpg 2x'>", "http://h/u/b@2x.jpg"),
        # a data: pixel and a data-srcset
        ("<img src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==' data-srcset='/u/c-1024.jpg 1024w, /u/c-640.jpg 640w'>", "http://h/u/c-1024.jpg"),
        # a real src stays, whatever the srcset offers (the lightbox's and <picture>'s photo is the img's)
        ("<img src='/u/d-768x432.jpg' srcset='/u/d-1920x1080.jpg 1920w, /u/d-768x432.jpg 768w'>", "http://h/u/d-768x432.jpg"),
        # a lazy attribute still comes first
        ("<img src='/blank.gif' data-lazy-src='/u/e.jpg' data-lazy-srcset='/u/e-2x.jpg 2x'>", "http://h/u/e.jpg"),
    ],
)
def test_a_placeholders_srcset_gives_its_largest_picture(img: str, url: str) -> None:
    assert image_url(lxml.html.fragment_fromstring(img), "http://h/") == url


def test_a_placeholder_with_no_srcset_is_no_photo() -> None:
    text = "<p><img src='/wp-content/plugins/lazy/blank.gif' width='600'></p>" + _PROSE
    assert extract_article(_page(text), "http://h/ngay-hoi-doc-sach/")["images"] == []


# --- a table layout's headline cell: the headline and its date line parted by a line break ------------


def test_a_headline_cell_of_two_lines_gives_the_headline_over_its_date() -> None:
    # (class names that say nothing: the headline is the line over the date line above the text)
    html = (
        "<html><head><title>TRƯỜNG THCS THÀNH TRUNG</title></head><body><table><tr><td class='q1'>Hôm nay: 25/11/2026</td></tr>"
        "<tr><td class='q2'><table>"
        "<tr><td class='q3'><font size='3'><b>Học sinh giỏi cấp huyện năm học 2026 - 2027 đạt kết quả cao</b></font><br><i>Cập nhật: 20/11/2026 - 08:10</i></td></tr>"
        "<tr><td class='q4'><b>Sáng ngày 19/11/2026, nhà trường tổng kết kỳ thi học sinh giỏi cấp huyện năm học 2026 - 2027 với nhiều kết quả.</b></td></tr>"
        f"<tr><td class='q5'>{_PROSE}</td></tr></table></td></tr></table></body></html>"
    )
    record = extract_article(html.encode(), "http://h/index.php?module=tintuc&act=xem&id=98")
    assert record["title"] == "Học sinh giỏi cấp huyện năm học 2026 - 2027 đạt kết quả cao"
    assert record["published_at"] == "2026-11-20T08:10:00+07:00"


# --- a joiner binding an emoji ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Cô giáo 👩\u200d🏫 đứng lớp", "Cô giáo 👩\u200d🏫 đứng lớp"),  # one emoji, a teacher: the joiner stays
        ("gia đình 👨\u200d👩\u200d👧 vui", "gia đình 👨\u200d👩\u200d👧 vui"),
        ("Trư\u200dờng học\u200b", "Trường học"),  # a stray joiner in a word goes, as before
        ("a\u200d👍", "a👍"),
    ],
)
def test_a_joiner_between_pictographs_is_kept_and_a_stray_one_goes(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


# --- round 60: a heading a site builder marks by its role ----------------------------------------------


@pytest.mark.parametrize("level", ["1", "2", None])
def test_a_box_marked_as_a_heading_by_its_role_is_the_headline(level: str | None) -> None:
    aria = f" aria-level='{level}'" if level else ""
    html = (
        "<html><head><title>Trường THCS Hòa Bình - Khai giảng</title></head><body><div class='t3iYD'><div class='JNdkSc'>"
        f"<div class='zfr3Q' role='heading'{aria}><span class='C9DxTc'>Khai giảng năm học mới 2026 - 2027 tại Trường THCS Hòa Bình</span></div>"
        f"<p class='zfr3Q CDt4Ke'>05.09.2026</p>{_PROSE}</div></div></body></html>"
    )
    record = extract_article(html.encode(), "http://h/view/thcshoabinh/tin-tuc/khai-giang")
    assert record["title"] == "Khai giảng năm học mới 2026 - 2027 tại Trường THCS Hòa Bình"
    assert record["published_at"] == "2026-09-05"


# --- an icon inside a line ---------------------------------------------------------------------------


def test_an_icon_inside_a_tool_line_does_not_break_it_and_the_byline_above_is_read() -> None:
    # (names that say nothing: the tool line after the signature is one line of tools, not three lines)
    tools = (
        "<div class='q7'><a href='javascript:window.print()'><img src='images/print.gif' alt=''> In tin</a> | "
        "<a href='GuiTin.aspx?ID=1261'><img src='images/email.gif' alt=''> Gửi tin</a> | <a href='#top'><img src='images/top.gif' alt=''> Về đầu trang</a></div>"
    )
    html = (
        f"<html><body><div class='q1'>Thứ Sáu, 04/12/2026</div><div class='q2'><h1>{_TITLE}</h1><p>Ngày đăng: 20/11/2026</p>"
        f"<div class='q3'><span class='q4'>{_PROSE}<p><em>Tin: Phòng Đào tạo</em></p></span>{tools}</div></div></body></html>"
    )
    record = extract_article(html.encode(), "http://h/ChiTietTin.aspx?ID=1261")
    assert record["authors"] == ["Phòng Đào tạo"]
    assert "Gửi tin" not in record["body"] and "Phòng Đào tạo" not in record["body"]
