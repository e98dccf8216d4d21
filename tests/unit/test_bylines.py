"""Bylines: labels, splitting, bare names; captions' photo credits."""

from __future__ import annotations

import pytest

from crawler.core.bylines import caption_credit, is_file_name, looks_like_bare_name, parse_byline


@pytest.mark.parametrize(
    ("line", "authors", "photographers", "source"),
    [
        ("Tin: Hoàng Phúc", ["Hoàng Phúc"], [], None),
        ("Ảnh: Thanh Tâm", [], ["Thanh Tâm"], None),
        ("Tin, ảnh: Minh Trí", ["Minh Trí"], ["Minh Trí"], None),
        ("Bài, ảnh: Quốc Việt", ["Quốc Việt"], ["Quốc Việt"], None),
        ("Tin và ảnh: Thanh Tâm", ["Thanh Tâm"], ["Thanh Tâm"], None),
        ("Bài: Lê Hoa - Ảnh: Văn Tài", ["Lê Hoa"], ["Văn Tài"], None),
        ("Tin: Ngọc Hân, Thanh Tùng", ["Ngọc Hân", "Thanh Tùng"], [], None),
        ("Tin: Ngọc Hân - Thanh Tùng", ["Ngọc Hân", "Thanh Tùng"], [], None),
        ("TIN: HOÀNG PHÚC", ["HOÀNG PHÚC"], [], None),
        ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"], [], None),
        ("Người đưa tin: Trần Bình", ["Trần Bình"], [], None),
        ("Nguồn: Tạp chí Cộng sản", [], [], "Tạp chí Cộng sản"),
        ("(Theo baochinhphu.vn)", [], [], "baochinhphu.vn"),
        ("Theo Báo Giáo dục và Thời đại", [], [], "Báo Giáo dục và Thời đại"),
        # wording and spacing variants of the same labels (no rule keyed on one spelling)
        ("Tin ảnh: Nguyễn Văn An", ["Nguyễn Văn An"], ["Nguyễn Văn An"], None),
        ("Tin,ảnh:Hà Thu", ["Hà Thu"], ["Hà Thu"], None),
        ("Tin+ảnh: Hà Thu", ["Hà Thu"], ["Hà Thu"], None),
        ("Tin, ảnh, video: Hà Thu", ["Hà Thu"], ["Hà Thu"], None),
        ("Cộng tác viên: Hà Thu", ["Hà Thu"], [], None),
        ("Tin: Phan Anh / Ảnh: Hữu Thắng", ["Phan Anh"], ["Hữu Thắng"], None),
        # a role or title before the name is no part of it; a unit after a slash ends the names
        ("Bài, ảnh: CTV Nguyễn Văn An", ["Nguyễn Văn An"], ["Nguyễn Văn An"], None),
        ("Tin: GV. Lê Hòa", ["Lê Hòa"], [], None),
        ("Tin: cô giáo Lê Thị Hòa - GV Tổ Toán", ["Lê Thị Hòa"], [], None),
        ("Bài và ảnh: Hà Thu/ Trường Tiểu học Kim Đồng", ["Hà Thu"], ["Hà Thu"], None),
    ],
)
def test_byline_lines(line: str, authors: list[str], photographers: list[str], source: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.photographers, byline.source) == (authors, photographers, source)


@pytest.mark.parametrize(
    "line",
    [
        "Ảnh: Đồng chí Nguyễn Văn A phát biểu tại hội nghị tổng kết công tác năm 2023 của nhà trường, với nhiều ý kiến đóng góp quan trọng, thiết thực",
        "Tin tức hôm nay rất quan trọng với toàn thể cán bộ, giảng viên.",
        "Hội nghị đã thành công tốt đẹp.",
    ],
)
def test_prose_is_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(("line", "expected"), [("Phương Thảo", True), ("Nhóm PV", True), ("Hội nghị kết thúc lúc 11 giờ.", False), ("Trân trọng", False)])
def test_bare_names(line: str, expected: bool) -> None:
    assert looks_like_bare_name(line) is expected


def test_caption_credits() -> None:
    assert caption_credit("Quang cảnh hội nghị - Ảnh: Quang Huy") == ["Quang Huy"]
    assert caption_credit("Đại biểu dự lễ khai giảng (Ảnh: Thanh Tâm)") == ["Thanh Tâm"]
    assert caption_credit("Đại biểu dự lễ khai giảng") == []


@pytest.mark.parametrize("name", ["z4567890123456_abc123.jpg", "DSC01234", "IMG_2031.JPG", "anh-1.png"])
def test_file_names_are_not_captions(name: str) -> None:
    assert is_file_name(name)


@pytest.mark.parametrize("line", ["Viết bởi Administrator", "Viết bởi pgdcamgiang", "Đăng bởi admin"])
def test_a_cms_account_after_a_colonless_label_credits_nobody(line: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.account and byline.authors == [] and byline.photographers == []


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [("Tin, ảnh: Đỗ Thị Mai (TPT Đội)", ["Đỗ Thị Mai"], None), ("Bài: Minh Hà (Giáo viên Tổ Toán)", ["Minh Hà"], None),
     ("Tin: Lan Anh (Nguồn: Báo Hưng Yên)", ["Lan Anh"], "Báo Hưng Yên")],
)
def test_a_post_in_parentheses_after_a_name_is_not_part_of_it(line: str, authors: list[str], source: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors == authors and byline.source == source


@pytest.mark.parametrize(("line", "source", "authors"), [("NGUỒNBáo Thanh Hóa", "Báo Thanh Hóa", []), ("TÁC GIẢTrần Văn Nam", None, ["Trần Văn Nam"])])
def test_a_capitalised_label_glued_to_its_value(line: str, source: str | None, authors: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.source == source and byline.authors == authors
