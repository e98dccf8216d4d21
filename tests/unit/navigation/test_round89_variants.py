"""Round 89's and 90's tuning (district_portal_pgd, power_pages_sgddt): listing dates and a
record's fields, on markup of other shapes than the portals'."""

from __future__ import annotations

import lxml.html

from crawler.navigation.links import extract_links


def _dates(body: str) -> dict[str, str | None]:
    tree = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    return {link.url: link.date for link in extract_links(tree, "http://h/chuyen-muc/").links}


def test_a_date_deep_in_a_teasers_sentence_dates_no_entry() -> None:
    # ("Căn cứ Công văn số 812/SGDĐT-GDTrH ngày 05/9/2026 …": the cited document's day)
    dates = _dates(
        '<div class="item"><h3><a href="/bai/huong-dan-nhiem-vu-thcs">Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027</a></h3>'
        "<p>Căn cứ Công văn số 812/SGDĐT-GDTrH ngày 05/9/2026 của Sở GD&amp;ĐT về nhiệm vụ giáo dục trung học, Phòng hướng dẫn …</p></div>"
    )
    assert dates["http://h/bai/huong-dan-nhiem-vu-thcs"] is None


def test_a_date_opening_a_teasers_sentence_dates_the_entry() -> None:
    dates = _dates(
        '<div class="item"><h3><a href="/bai/hoi-thi-gvcn">Hội thi giáo viên chủ nhiệm giỏi cấp trường năm học 2026-2027</a></h3>'
        "<p>Sáng 18/11/2026, Trường THCS Lê Lợi tổ chức Hội thi giáo viên chủ nhiệm giỏi cấp trường …</p></div>"
    )
    assert dates["http://h/bai/hoi-thi-gvcn"] == "2026-11-18"


def test_a_read_only_forms_labels_are_a_records_fields() -> None:
    # (Power Pages' entity form: "<label for=…>Số ký hiệu</label>" beside a read-only input; power_pages_sgddt)
    from crawler.navigation.listing import field_labels

    tree = lxml.html.fromstring(
        '<html><body><table><tr><td><div class="lbl"><label for="f1">Số ký hiệu</label></div><div class="ctl"><input id="f1" readonly value="88/SGDĐT"></div></td></tr>'
        '<tr><td><div class="lbl"><label for="f2">Ngày ban hành</label></div><div class="ctl"><input id="f2" readonly value="02/12/2026"></div></td></tr></table>'
        '<form><label for="q">Họ và tên</label><input id="q" name="q"></form></body></html>'
    )
    assert field_labels(tree) == {"số ký hiệu", "ngày ban hành"}
