"""Round 47 (blind portals php_quangich_thcs, vanban_pgd_portal, aspnet_datalist_tct,
wp_toc_contact_pgd): extraction and navigation rules, each checked on markup of other shapes than
the portal's, and with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from crawler.core.bylines import parse_signature
from crawler.extract import extract_article
from crawler.navigation.families import Families

_PROSE = "".join(f"<p>Câu văn thứ {i} của bài viết kể về hoạt động của nhà trường trong tuần qua, đủ dài để là nội dung.</p>" for i in range(4))
_URL = "http://h/tin-tuc/ke-hoach-hoi-thi"


def _page(text: str, around: str = "") -> str:
    return f"<html><body><div id='main'><h1>Kế hoạch tổ chức hội thi giáo viên dạy giỏi</h1><div class='entry-body'>{text}</div>{around}</div></body></html>"


# --- a plan's closing without its letterhead (php_quangich_thcs) ---

_CLOSINGS = [
    # the two columns of a Word table
    "<table><tr><td><p><b><i>Nơi nhận:</i></b><br>- Phòng GD&amp;ĐT (b/c);<br>- Lưu: VT.</p></td>"
    "<td align=center><p><b>HIỆU TRƯỞNG</b></p><p><i>(đã ký)</i></p><p><b>Phạm Văn Tâm</b></p></td></tr></table>",
    # typed as lines, the post signed for ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG")
    "<p><b>Nơi nhận:</b></p><p>- Các tổ chuyên môn;</p><p>- Lưu VP.</p>"
    "<p align=center><b>KT. HIỆU TRƯỞNG</b></p><p align=center><b>PHÓ HIỆU TRƯỞNG</b></p><p align=center>Phạm Văn Tâm</p>",
]


@pytest.mark.parametrize("closing", _CLOSINGS)
def test_a_closing_without_a_letterhead_signs_and_is_no_text(closing: str) -> None:
    record = extract_article(_page(_PROSE + closing), _URL)
    assert record["authors"] == ["Phạm Văn Tâm"]
    assert "Nơi nhận" not in record["body"] and "Phạm Văn Tâm" not in record["body"]
    assert record["body"].endswith("đủ dài để là nội dung.")


def test_recipients_named_in_the_text_without_a_signer_stay() -> None:
    text = _PROSE + "<p>Nơi nhận: các tổ chuyên môn gửi danh sách về văn phòng trước ngày 25/10/2026 để tổng hợp.</p>"
    record = extract_article(_page(text), _URL)
    assert "Nơi nhận: các tổ chuyên môn" in record["body"]
    assert record["authors"] == []


# --- an italic quotation under a photo (vanban_pgd_portal) ---

_PHOTO = "<p style='text-align:center'><img src='/upload/2026/11/hoi-thi-1.jpg' width=600></p>"


def test_an_italic_quotation_justified_like_the_text_is_no_caption() -> None:
    quote = "<p style='text-align:justify'><em>“Hội thi là dịp để giáo viên giao lưu, học hỏi”, bà Nguyễn Thị Hà chia sẻ.</em></p>"
    record = extract_article(_page(_PROSE + _PHOTO + quote + _PROSE), _URL)
    assert record["images"][0]["caption"] is None
    assert "“Hội thi là dịp để giáo viên giao lưu, học hỏi”, bà Nguyễn Thị Hà chia sẻ." in record["body"]


@pytest.mark.parametrize(
    "line",
    [
        "<p style='text-align:center'><em>“Tuổi trẻ tri ân thầy cô”: tiết mục của lớp 9A</em></p>",  # centred
        "<p style='text-align:justify'><em>Học sinh lớp 9A biểu diễn văn nghệ chào mừng ngày 20/11</em></p>",  # no quotation
    ],
)
def test_an_italic_line_under_a_photo_is_still_its_caption(line: str) -> None:
    record = extract_article(_page(_PROSE + _PHOTO + line + _PROSE), _URL)
    assert record["images"][0]["caption"] is not None


# --- a school by its level's abbreviation after the writer's name (vanban_pgd_portal) ---


@pytest.mark.parametrize(
    ("line", "name"),
    [("Minh Châu – TH Tân Thành", "Minh Châu"), ("Thanh Hương - THCS Bạch Liêu", "Thanh Hương"), ("Lê Văn Hải, THPT Phan Đăng Lưu", "Lê Văn Hải")],
)
def test_a_school_after_the_name_is_where_the_writer_works(line: str, name: str) -> None:
    signed = parse_signature(line, closing=True)
    assert signed is not None and signed.authors == [name]


def test_two_writers_are_not_a_writer_and_a_school() -> None:
    assert parse_signature("Nguyễn Thị Thu - Thanh Hương", closing=True) is None


# --- the site's contact block under the text's signature (wp_toc_contact_pgd) ---

_CONTACTS = (
    "<p align=center><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</b></p><p>Địa chỉ: 12 Lý Thần Tông, thị trấn Phước An</p>"
    "<p>Điện thoại: 0262.3521 123</p><p>Email: pgd@krongpac.edu.vn</p><p>Website: pgdkrongpac.edu.vn</p>"
)


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("<p align=right><b>Tin và ảnh: Lê Quang Huy</b></p>", ["Lê Quang Huy"]),
        ("<p align=right><b>ThS. Lê Quang Huy – Tổ Chuyên môn THCS</b></p>", ["Lê Quang Huy"]),
        ("<p align=right><b>Phan Thanh Sơn</b></p><p align=right><em>Giáo viên Trường TH Hương Văn</em></p>", ["Phan Thanh Sơn"]),
    ],
)
def test_the_contact_block_leaves_the_signature_above_it(signature: str, authors: list[str]) -> None:
    record = extract_article(_page(_PROSE + signature + _CONTACTS), _URL)
    assert record["authors"] == authors
    assert "Địa chỉ" not in record["body"] and "Lê Quang Huy" not in record["body"] and "Phan Thanh Sơn" not in record["body"]


def test_an_author_box_plugin_is_no_text() -> None:
    box = (
        "<div class='saboxplugin-wrap' itemprop='author' itemscope><div class='saboxplugin-authorname'><a href='/tac-gia/thuha/'>"
        "Trần Thị Thu Hà</a></div><div class='saboxplugin-desc'><p>Chuyên viên Phòng GD&amp;ĐT, phụ trách giáo dục Tiểu học và "
        "công tác truyền thông của ngành.</p></div></div>"
    )
    record = extract_article(_page(_PROSE + box), _URL)
    assert "Chuyên viên Phòng" not in record["body"] and "Trần Thị Thu Hà" not in record["body"]


# --- a register's entries give up sooner (vanban_pgd_portal) ---


def test_a_family_of_register_entries_is_given_up_on_after_a_few() -> None:
    families = Families(patience=20)
    froze = [families.record(f"http://h/van-ban/{n}.html", productive=False, register=True) for n in range(6)]
    assert froze.index(True) == 4  # the fifth entry that gave nothing new


def test_a_family_of_other_pages_keeps_its_patience() -> None:
    families = Families(patience=20)
    assert not any(families.record(f"http://h/tin-tuc/{n}.html", productive=False) for n in range(19))
    # (a register entry among other barren pages does not shorten the run)
    families = Families(patience=20)
    assert not any(families.record(f"http://h/tin/{n}.html", productive=False, register=n % 2 == 0) for n in range(19))
