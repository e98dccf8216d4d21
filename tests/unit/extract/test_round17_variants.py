"""What the seventeenth round of blind portals (Flask, Symfony, Concrete CMS, WordPress with
Jannah, Jekyll) taught, each rule in markups that are none of those portals' own."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.core.bylines import looks_like_bare_name, parse_byline
from crawler.core.lines import is_date_line, is_meta_field_line
from crawler.extract import extract_article
from crawler.navigation.links import extract_links
from tests.unit.extract.test_body_variants import P1, P2, P3, TITLE, URL


def _page(head: str, content: str) -> str:
    return f"""<html><head><title>{TITLE}</title></head><body><div class="box"><h2 class="tieu-de">{TITLE}</h2>
    <div class="than-bai">{head}{content}</div></div></body></html>"""


@pytest.mark.parametrize(
    "line",
    [
        "Đăng lúc 10:42 ngày 20/11/2026 bởi admin · 1316 lượt xem · Sửa lần cuối: 08:15 21/11/2026",
        "Thứ Sáu, 20/11/2026 - 10:42 • bởi thuvien • 88 lượt xem",
    ],
)
def test_a_meta_line_with_a_login_counters_and_a_last_edit_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


def test_a_name_after_by_in_a_date_line_is_a_byline_not_a_date_line() -> None:
    assert not is_date_line("Đăng bởi Nguyễn Văn An 20/11/2026")


def test_the_date_before_the_last_edit_label_is_the_posts() -> None:
    head = "<p>Đăng lúc 10:42 ngày 20/11/2026 bởi <b>admin</b> · 1316 lượt xem · <i>Sửa lần cuối: 08:15 21/11/2026</i></p>"
    record = extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p>"), URL)
    assert record["published_at"] == "2026-11-20T10:42:00+07:00"
    assert record["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("name", ["H’Linh Niê", "Y'Bih Ayŭn", "Ksor Hʼ Ní"])
def test_central_highlands_names_with_an_apostrophe_are_names(name: str) -> None:
    assert looks_like_bare_name(name)
    byline = parse_byline(f"Tin và ảnh: {name}")
    assert byline is not None and byline.authors == [name]


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Chủ đề: Hoạt động của ngành", True),
        ("Người đăng: bientap", True),
        ("Thể loại: Tin tức | Người đăng: vanphong", True),
        ("Chủ đề: năm nay hội nghị tập trung bàn về nhiều vấn đề lớn của ngành giáo dục tỉnh nhà và các giải pháp", False),
        ("Lĩnh vực: giáo dục", False),  # a record's field, read by the record rules
    ],
)
def test_a_posts_own_field_line(line: str, meta: bool) -> None:
    assert is_meta_field_line(line) is meta


def test_field_lines_above_the_text_are_metadata_and_below_it_text() -> None:
    head = '<div class="attrs"><div>Ngày đăng: 21/11/2026</div><div>Người đăng: bientap</div><div>Chủ đề: Hoạt động của ngành</div></div>'
    record = extract_article(_page(head, f"<p>{P1}</p><p>{P2}</p><p>Chủ đề: Hoạt động của ngành</p>"), URL)
    assert record["body"] == f"{P1}\n\n{P2}\n\nChủ đề: Hoạt động của ngành"


def test_a_unit_signing_beside_a_named_writer_is_the_writers_unit() -> None:
    content = f'<p>{P1}</p><p>{P2}</p><p style="text-align:right"><b><i>Trường THCS Phan Huy Chú</i></b></p>'
    tail = '<dl class="info"><dt>Người viết</dt><dd>Lê Thị Hồng Nhung</dd></dl>'
    html = f"""<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><p>18/11/2026</p>
    <div class="post-body">{content}</div>{tail}</article></body></html>"""
    assert extract_article(html, URL)["authors"] == ["Lê Thị Hồng Nhung"]


def test_a_unit_signing_alone_is_the_author() -> None:
    content = f'<p>{P1}</p><p>{P2}</p><p style="text-align:right"><b>Phòng Giáo dục Trung học</b></p>'
    assert extract_article(_page("<p>18/11/2026</p>", content), URL)["authors"] == ["Phòng Giáo dục Trung học"]


def test_a_date_in_a_listed_headline_is_not_the_entrys_date() -> None:
    listing = """<html><body><ul class="news">
    <li><a href="/le-ky-niem-44-nam">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026</a></li>
    <li><a href="/hoi-thi-gvdg">Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027</a> <span>(14/11/2026)</span></li>
    <li><div><a href="/bai-3">Lịch thi học kỳ I năm học 2026 - 2027 của khối 9</a><a class="date" href="/2026/11/12/">12/11/2026</a></div></li>
    </ul></body></html>"""
    links = {lk.url.rsplit("/", 1)[-1] or lk.url.rsplit("/", 2)[-2]: lk.date for lk in extract_links(lxml_html.fromstring(listing), "http://127.0.0.1:8000/tin-tuc").links}
    assert links["le-ky-niem-44-nam"] is None
    assert (links["hoi-thi-gvdg"] or "").startswith("2026-11-14")
    assert (links["bai-3"] or "").startswith("2026-11-12")


def test_an_inline_read_more_line_leaves_the_next_section_heading() -> None:
    content = (
        f'<p>{P1}</p><h3>Những điểm mới</h3><p>{P2}</p><p><strong>&gt;&gt; Đọc thêm: </strong><a href="/bai-khac">Giáo viên đạt giải Nhất hội thi</a></p>'
        f"<h3>Giải pháp ôn tập</h3><p>{P3}</p>"
    )
    record = extract_article(_page("<p>06/11/2026</p>", content), URL)
    assert record["body"] == f"{P1}\n\nNhững điểm mới\n\n{P2}\n\nGiải pháp ôn tập\n\n{P3}"


def test_footnote_calls_and_back_links_are_no_words() -> None:
    content = (
        f'<p>{P1}<sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup></p><p>{P2}<sup>[<a href="#ref2">2</a>]</sup></p>'
        '<div class="footnotes"><ol><li id="fn:1"><p>Hồ Chí Minh: Toàn tập, t.5, tr.309. <a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li></ol></div>'
    )
    record = extract_article(_page("<p>20/11/2026</p>", content), URL)
    # (a call printed in brackets reads as the text's reference to its note, and stays: round 58)
    assert record["body"] == f"{P1}\n\n{P2}[2]\n\nHồ Chí Minh: Toàn tập, t.5, tr.309."


def test_a_superscript_that_is_no_footnote_stays() -> None:
    content = f"<p>Diện tích sân trường 2.400 m<sup>2</sup>, {P1[:40]}</p><p>{P2}</p>"
    assert "m2" in extract_article(_page("<p>20/11/2026</p>", content), URL)["body"]


@pytest.mark.parametrize("meta", ["ThS. Nguyễn Văn Tùng", "PGS.TS. Hoàng Văn Nghĩa"])
def test_degrees_leave_a_meta_author(meta: str) -> None:
    html = f"""<html><head><title>{TITLE}</title><meta name="author" content="{meta}"></head><body>
    <article><h1>{TITLE}</h1><p class="meta">20/11/2026</p><div class="post-content"><p>{P1}</p><p>{P2}</p></div></article></body></html>"""
    assert extract_article(html, URL)["authors"] == [meta.split(". ")[-1]]


@pytest.mark.parametrize(
    "fields",
    [
        '<dl class="info"><dt>Người viết</dt><dd>Lê Thị Hồng Nhung</dd><dt>Nguồn</dt><dd>Trường THCS Phan Huy Chú</dd></dl>',
        '<table class="news-info"><tr><td>Tác giả</td><td>Lê Thị Hồng Nhung</td></tr><tr><td>Nguồn</td><td>Trường THCS Phan Huy Chú</td></tr></table>',
    ],
)
def test_the_articles_fields_under_its_text_are_its_byline(fields: str) -> None:
    record = extract_article(_page("<p>18/11/2026</p>", f"<p>{P1}</p><p>{P2}</p>{fields}"), URL)
    assert record["authors"] == ["Lê Thị Hồng Nhung"]
    assert record["source"] == "Trường THCS Phan Huy Chú"
    assert record["body"] == f"{P1}\n\n{P2}"
