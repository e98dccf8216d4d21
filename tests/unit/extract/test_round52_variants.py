"""Round 52 (blind portals wp_newspaper_vi_thpt, joomla_thongbao_pgd, egov_chuyende_tct,
php_msword_thcs): extraction rules on markup of other shapes than the portals', the near misses
that must stay, and the validation pipeline's last guard on image addresses."""

from __future__ import annotations

import logging

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.core.bylines import caption_credit
from crawler.extract import extract_article
from crawler.pipelines.validate import ValidatePipeline
from crawler.schema import RECORD_FIELDS

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về buổi tọa đàm của cán bộ, giảng viên nhà trường với nhiều ý kiến tâm huyết, sâu sắc và thiết thực.</p>"
    for i in range(4)
)


def _page(text: str, fields: str = "") -> str:
    return (
        "<html><body><div id='khung'><div id='giua'><h2 class='td-title'>Tọa đàm nâng cao chất lượng giảng dạy lý luận chính trị</h2>"
        f"{fields}<div class='bai-noidung'>{text}</div></div></div></body></html>"
    )


# --- photos no reader can load --------------------------------------------------------------


@pytest.mark.parametrize("src", ["file:///C:/Users/GV/AppData/Local/Temp/msohtmlclip1/01/clip_image004.png", "cid:image001.jpg@01DA1F2B"])
def test_a_picture_from_the_writers_disk_is_no_image_of_the_page(src: str) -> None:
    text = _PROSE + f"<div align=center><img width=480 height=320 src='{src}'></div><p align=center><i>Toàn cảnh buổi tọa đàm tại hội trường</i></p>"
    text += "<p align=center><img src='/anh/toa-dam-2.jpg' width=480></p><p align=center><i>Các đại biểu phát biểu ý kiến</i></p>"
    record = extract_article(_page(text), "http://h/tin/88")
    assert [img["url"] for img in record["images"]] == ["http://h/anh/toa-dam-2.jpg"]
    assert all(img["url"].startswith("http") for img in record["images"])


def test_a_record_keeps_its_text_when_one_image_address_is_invalid(caplog: pytest.LogCaptureFixture) -> None:
    crawler = get_crawler()
    crawler.stats.open_spider()
    pipeline = ValidatePipeline.from_crawler(crawler)
    record = extract_article(_page(_PROSE + "<p><img src='/anh/1.jpg' width=400></p>"), "http://h/tin/88")
    record = {key: record.get(key) for key in RECORD_FIELDS}
    record["images"] = [{"url": "file:///C:/tmp/clip.jpg", "caption": None}, *record["images"]]
    with caplog.at_level(logging.WARNING):
        kept = pipeline.process_item(record)
    assert [img["url"] for img in kept["images"]] == ["http://h/anh/1.jpg"]
    assert crawler.stats.get_value("portal_crawler/images_dropped/invalid") == 1
    assert "file:///C:/tmp/clip.jpg" in caplog.text
    record["title"] = 12  # any other schema error still drops the record
    with pytest.raises(DropItem):
        pipeline.process_item(record)


# --- a scene is no photographer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        ("(Ảnh: Học sinh tham gia ngày hội đọc sách)", []),
        ("Trao thưởng cho các đội (Ảnh: Quang cảnh lễ trao giải)", []),
        ("Trao thưởng cho các đội (Ảnh: Hồng Nhung)", ["Hồng Nhung"]),
        ("Khai mạc hội thi - Ảnh: Nguyễn Thị Thanh Hà", ["Nguyễn Thị Thanh Hà"]),
        ("(Ảnh: Thanh Tâm và Minh Đức)", ["Thanh Tâm", "Minh Đức"]),
    ],
)
def test_a_scene_after_the_photo_label_credits_nobody(caption: str, names: list[str]) -> None:
    assert caption_credit(caption) == names


# --- the publication's date label wins over the last edit's ------------------------------------


@pytest.mark.parametrize(
    ("fields", "day"),
    [
        # the update first, then the publication (either order)
        ("<ul class='thongtin'><li>Ngày cập nhật: 28/11/2026 16:10</li><li>Được đăng: 12/11/2026 09:30</li></ul>", "2026-11-12T09:30:00+07:00"),
        ("<div class='meta'><span>Ngày đăng: 03/11/2026</span> | <span>Ngày cập nhật: 19/11/2026</span></div>", "2026-11-03"),
        # a vendor labelling the publication "Ngày cập nhật", and nothing else: its date
        ("<div class='meta'>Ngày cập nhật: 07/11/2026 08:00</div>", "2026-11-07T08:00:00+07:00"),
    ],
)
def test_the_publications_label_wins_over_the_last_edits(fields: str, day: str) -> None:
    record = extract_article(_page(_PROSE, fields), "http://h/tin/88")
    assert record["published_at"] == day


# --- a series' notes ------------------------------------------------------------------------


def test_a_series_notes_and_links_to_its_other_parts_are_no_text() -> None:
    text = (
        "<p align=center><em>(Tiếp theo kỳ trước)</em></p>" + _PROSE + "<p style='text-align:right'><b>Hoàng Minh Tuấn</b></p>"
        "<p><i>[Còn tiếp...]</i></p><p>Đón đọc kỳ sau: Những mô hình hay trong công tác bồi dưỡng</p>"
        "<p>Đọc kỳ 1: <a href='/tin/71'>Đổi mới từ nhận thức</a></p>"
    )
    record = extract_article(_page(text), "http://h/tin/88")
    body = record["body"]
    assert body.startswith("Đoạn thứ 0") and body.endswith("thiết thực.")
    assert record["authors"] == ["Hoàng Minh Tuấn"]


@pytest.mark.parametrize(
    "line",
    [
        "Kỳ sau chúng tôi sẽ tiếp tục tổ chức hội thi ở quy mô lớn hơn, mời thêm các trường bạn tham dự.",
        "(Theo kế hoạch, hội thi còn tiếp tục đến hết tháng 12)",
        "Bài 1: Nhận thức là nền tảng của hành động, được học viên đón nhận.",
    ],
)
def test_lines_that_only_look_like_series_notes_stay(line: str) -> None:
    record = extract_article(_page(_PROSE + f"<p>{line}</p>" + _PROSE.replace("Đoạn", "Phần")), "http://h/tin/88")
    assert line in record["body"]


# --- a quotation set apart under a photo -------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "“Muốn cải tạo xã hội, trước hết phải tự cải tạo mình”",
        "«Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong» (Hồ Chí Minh)",
        "“Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền” - Bác Hồ",
    ],
)
def test_a_quotation_under_a_photo_is_text_not_its_caption(quote: str) -> None:
    text = _PROSE + f"<p style='text-align:center'><img src='/anh/toa-dam.jpg' width=500></p><p style='text-align:center'><i>{quote}</i></p>" + _PROSE.replace("Đoạn", "Phần")
    record = extract_article(_page(text), "http://h/tin/88")
    assert quote in record["body"]
    assert record["images"][0]["caption"] is None


@pytest.mark.parametrize("caption", ["Tranh “Quê hương em”", "“Mùa xuân trên bản”", "Học viên dự lễ khai giảng lớp “Trung cấp lý luận chính trị” khóa 12"])
def test_a_caption_with_quotation_marks_is_still_a_caption(caption: str) -> None:
    text = _PROSE + f"<p style='text-align:center'><img src='/anh/toa-dam.jpg' width=500></p><p style='text-align:center'><i>{caption}</i></p>" + _PROSE.replace("Đoạn", "Phần")
    record = extract_article(_page(text), "http://h/tin/88")
    assert record["images"][0]["caption"] == caption
    assert caption not in record["body"]


# --- the publication a field above the text names ---------------------------------------------


def test_a_source_field_above_the_text_is_the_source() -> None:
    fields = "<div class='ngaydang'>Ngày đăng: 20/11/2026</div><p class='nguon'><strong>Nguồn:</strong> Báo Nhân Dân</p>"
    record = extract_article(_page(_PROSE, fields), "http://h/tin/88")
    assert record["source"] == "Báo Nhân Dân"
    assert record["authors"] == []
    assert "Báo Nhân Dân" not in record["body"]


def test_the_texts_own_credit_wins_over_the_field() -> None:
    # (the line the text closes with is the article's credit; the field is the portal's default)
    fields = "<div class='tacgia'>Nguồn: Cổng thông tin điện tử tỉnh</div>"
    text = _PROSE + "<p style='text-align:right'><em>Theo Tạp chí Tuyên giáo</em></p>"
    record = extract_article(_page(text, fields), "http://h/tin/88")
    assert record["source"] == "Tạp chí Tuyên giáo"
