"""Round 40's rules (a home-made PHP table layout) on markup of other shapes than the fixture's."""

from __future__ import annotations

from crawler.core.bylines import looks_like_bare_name
from crawler.core.lines import is_boilerplate_line, is_date_line
from crawler.extract import extract_article

URL = "http://127.0.0.1:8000/tin.php?ma=412"
HEADLINE = "Hội thao chào mừng ngày thành lập Quân đội nhân dân Việt Nam"
P1 = "Sáng 20/11, Chi đoàn trường phối hợp với Ban Giám hiệu tổ chức hội thao cho học sinh toàn trường với bốn môn thi đấu."
P2 = "Các môn thi gồm kéo co, chạy tiếp sức, nhảy bao bố và bóng chuyền hơi; mỗi lớp cử một đội tham gia theo khối."
P3 = "Kết thúc hội thao, lớp 11A2 giành giải nhất toàn đoàn, lớp 10A5 và 12A1 đồng giải nhì, ba giải ba thuộc về khối 10."


def _page(body: str) -> bytes:
    return (
        "<html><head><title>Trường THPT Nguyễn Du</title></head><body>"
        f"<table width='960' align='center'><tr><td width='180'><a href='/'>Trang chủ</a></td><td>{body}</td></tr></table>"
        "</body></html>"
    ).encode()


def test_a_date_line_under_the_headline_in_its_own_box_is_the_date_not_the_headline() -> None:
    body = (
        f"<div class='tin-tieude'><span style='font-size:16px'><strong>{HEADLINE}</strong></span><br/>"
        "<span class='ngay'>Ngày đăng: 21-11-2026 14:20</span></div>"
        f"<div class='tin-noidung'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2026-11-21T14:20:00+07:00"


def test_a_line_break_inside_a_headline_is_a_space() -> None:
    first, second = HEADLINE.split(" ngày ")
    body = f"<h2 class='tieude'>{first}<br>ngày {second}</h2><div class='tin-noidung'><p>{P1}</p><p>{P2}</p></div>"
    assert extract_article(_page(body), URL)["title"] == HEADLINE


def test_a_centred_table_does_not_centre_its_text_a_paragraph_under_a_photo_is_no_caption() -> None:
    # the layout table is centred (align=center places the table); the photos' boxes are centred,
    # the paragraphs are not: the paragraph under the first photo is text, the centred line under
    # the second is its caption
    body = (
        f"<h2 class='tieude'>{HEADLINE}</h2><div class='tin-noidung'>"
        f"<p>{P1}</p><p align='center'><img src='/anh/412a.jpg'></p><p>{P2} Các trọng tài là giáo viên thể dục của trường.</p>"
        f"<p align='center'><img src='/anh/412b.jpg'></p><p align='center'>Đội kéo co lớp 11A2 trong trận chung kết</p><p>{P3}</p></div>"
    )
    record = extract_article(_page(body), URL)
    assert [(img["url"].rsplit("/", 1)[-1], img["caption"]) for img in record["images"]] == [
        ("412a.jpg", None),
        ("412b.jpg", "Đội kéo co lớp 11A2 trong trận chung kết"),
    ]
    assert P2 in record["body"]


def test_an_organisation_named_by_its_kind_before_the_school_signs() -> None:
    assert looks_like_bare_name("Chi đoàn trường THPT Nguyễn Du")
    assert looks_like_bare_name("Liên đội trường Tiểu học Kim Đồng")
    assert not looks_like_bare_name("Liên đội trường tổ chức hội thi")
    body = f"<h2 class='tieude'>{HEADLINE}</h2><div class='tin-noidung'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p align='right'><b>Đoàn trường THPT Nguyễn Du</b></p></div>"
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Đoàn trường THPT Nguyễn Du"]
    assert "Đoàn trường THPT" not in record["body"]


def test_a_timetable_row_of_day_part_and_person_is_not_a_date_line() -> None:
    assert not is_date_line("21/11/2026 | Chiều | Thầy Phan Văn Hùng")
    assert not is_date_line("22/11/2026 | Sáng | Cô Trần Thị Lệ")
    assert is_date_line("21/11/2026 | Phan Văn Hùng")  # a meta line: the date and the poster


def test_a_tag_label_left_alone_is_no_text() -> None:
    # (Liferay's asset tags: "Từ khóa: <span class=tag>…</span>", the tags read apart)
    assert is_boilerplate_line("Từ khóa:") == "tags"
    assert is_boilerplate_line("Tags :") == "tags"
    assert is_boilerplate_line("Từ khóa của năm học mới là đổi mới sáng tạo.") is None
