"""Markup shapes of round 110's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.bylines import parse_byline
from crawler.core.dates import find_dates
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.links import Link, is_article_link
from crawler.plan import plan_page

_P1 = (
    "Chiều 25/11/2026, Phòng GD&ĐT huyện Quỳnh Lưu tổ chức hội nghị sơ kết công tác bồi dưỡng học sinh giỏi "
    "các lớp 8 và 9 với sự tham dự của hiệu trưởng sáu mươi trường trung học cơ sở."
)
_P2 = (
    "Hội nghị đã thống nhất kế hoạch ôn luyện đội tuyển, phân công giáo viên cốt cán và lịch thi thử cấp huyện "
    "trong tháng 12 năm 2026."
)
_TITLE = "Sơ kết công tác bồi dưỡng học sinh giỏi lớp 8 và lớp 9"


def _page(cell: str, extra: str = "") -> bytes:
    return (
        '<html lang="vi"><head><meta charset="utf-8"><title>PGD Quỳnh Lưu :: ' + _TITLE + "</title></head><body>"
        '<table><tr><td class="menu"><a href="/">Trang chủ</a> <a href="/tin.php?chude=2">Chuyên môn</a></td></tr>'
        f"<tr><td>{cell}</td></tr><tr><td>Gửi bởi quantri vào 25/11/2026 (120 lần đọc)</td></tr>"
        f"<tr><td>{_P1}<br><br>{_P2}</td></tr>{extra}</table></body></html>"
    ).encode()


def test_a_headline_after_its_sections_link_in_wrapping_boxes_is_the_post() -> None:
    cell = f'<span class="td"><strong><a href="/tin.php?chude=2">Chuyên môn</a> » {_TITLE}</strong></span>'
    url = "http://127.0.0.1/tin.php?xem=bai&ma=731"
    plan = plan_page(parse(_page(cell), url, None))
    assert plan.kind == "article"
    record = extract_article(_page(cell), url)
    assert record["title"] == _TITLE
    assert not record["body"].startswith("Chuyên môn")


def test_a_headline_after_a_link_to_this_very_page_is_its_sections_list() -> None:
    cell = f'<span class="td"><strong><a href="/tin.php?chude=2">Chuyên môn</a>: {_TITLE}</strong></span>'
    plan = plan_page(parse(_page(cell), "http://127.0.0.1/tin.php?chude=2", None))
    assert plan.kind == "listing"


def test_a_news_modules_article_address_and_a_read_more_that_is_a_pager_word() -> None:
    link = Link(url="http://127.0.0.1/modules.php?name=News&file=article&sid=77", text="Xem tiếp...", in_pager=False, in_menu=False, in_noise=False)
    assert is_article_link(link)
    pager = Link(url="http://127.0.0.1/tin.php?chude=2&trang=3", text="Xem tiếp", in_pager=False, in_menu=False, in_noise=False)
    assert not is_article_link(pager)


def test_a_build_tools_hash_class_spells_no_word() -> None:
    assert families("_KqNaVe danh-sach") == frozenset()
    assert families("_Xw9MeNu") == frozenset()
    assert "menu" in families("mainNav")


def test_a_picture_named_a_sticker_is_no_photo() -> None:
    body = (
        f'<div class="bai"><h1>{_TITLE}</h1><p>Ngày 25/11/2026</p><div class="nd"><p>{_P1}</p>'
        '<img src="/theme/img/decor-hoa-mai.png" alt=""><p><img src="/up/2026/11/hoi-nghi.jpg" width="800"></p>'
        f"<p>{_P2}</p></div></div>"
    )
    page = f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title></head><body>{body}</body></html>'
    record = extract_article(page.encode(), "http://127.0.0.1/tin/so-ket-boi-duong-hoc-sinh-gioi")
    assert [i["url"].rsplit("/", 1)[-1] for i in record["images"]] == ["hoi-nghi.jpg"]


def test_a_middle_dot_between_a_time_and_its_day() -> None:
    assert [f.iso() for f in find_dates("Đăng lúc 07:45 • 25/11/2026")] == ["2026-11-25T07:45:00+07:00"]
    assert [f.iso() for f in find_dates("25/11/2026 · 07:45")] == ["2026-11-25T07:45:00+07:00"]


def test_an_optional_value_printed_raw_by_a_template() -> None:
    assert parse_byline("Người viết: Some(Trần Thị Bích Ngọc)").authors == ["Trần Thị Bích Ngọc"]
    assert parse_byline("Nguồn: Some(\"Báo Nghệ An\")").source == "Báo Nghệ An"
    empty = parse_byline("Nguồn: None Ngày sửa: Wed Nov 25 10:00:00 ICT 2026")
    assert empty is None or empty.source is None


def test_a_paragraphs_markup_printed_as_text_is_read_as_its_words() -> None:
    page = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title></head><body><div class="bai"><h1>{_TITLE}</h1>'
        f'<p>Ngày 25/11/2026</p><div class="nd"><div class="tom-tat">&lt;p&gt;&lt;em&gt;{_P1}&lt;/em&gt;&lt;/p&gt;</div><p>{_P2}</p></div></div></body></html>'
    )
    record = extract_article(page.encode(), "http://127.0.0.1/tin/so-ket-boi-duong-hoc-sinh-gioi")
    assert record["body"].split("\n\n")[0] == _P1
