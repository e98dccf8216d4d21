"""Round 89's tuning (district_portal_pgd): the date a listing prints beside a link, on markup of
other shapes than the portal's."""

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
