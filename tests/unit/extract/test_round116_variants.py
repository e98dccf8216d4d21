"""Markup shapes of round 116's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from collections import Counter

from crawler.clean.steps import resolve_published
from crawler.core.lines import is_date_line
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.listing import _names_its_page
from crawler.plan import plan_page

_P1 = (
    "Sáng 05/12/2026, Liên đội nhà trường tổ chức chương trình “Nghìn việc tốt” với sự tham gia của hơn "
    "bốn trăm đội viên thuộc mười hai chi đội trong toàn trường."
)
_P2 = (
    "Các chi đội đã quyên góp sách vở, quần áo ấm và đồ dùng học tập để gửi tặng học sinh có hoàn cảnh khó "
    "khăn tại các điểm trường lẻ của xã."
)
_TITLE = "Liên đội phát động chương trình “Nghìn việc tốt” năm học 2026 – 2027"


def _page(body: str, title: str = _TITLE) -> bytes:
    return f'<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'.encode()


def test_a_wikis_page_name_is_no_headline() -> None:
    name = "BanTin/2026-12-05_NghinViecTot"
    body = (
        f"<div id='top'><h1 class='loc'><a href='/BanTin'>BanTin</a> / {name.split('/')[1]}</h1></div>"
        f"<div id='content'><h1>{_TITLE}</h1><p><em>Đăng lúc: 2026-12-05 10:20:00</em></p><p>{_P1}</p><p>{_P2}</p></div>"
    )
    url = f"http://127.0.0.1/{name}"
    assert extract_article(_page(body, title=name), url)["title"] == _TITLE
    assert plan_page(parse(_page(body, title=name), url, None)).kind == "article"


def test_a_wikis_page_info_line_is_a_meta_line() -> None:
    assert is_date_line("BanTin/2026-12-05_NghinViecTot (sửa lần cuối 2026-12-06 08:01:12 bởi CoLan)")
    assert not is_date_line("Kế hoạch năm học (sửa lần cuối 2026-12-06 bởi Ban giám hiệu) được gửi các tổ")


def test_a_link_naming_its_own_path_is_a_title_link() -> None:
    assert _names_its_page("BanTin/2026-12-05_NghinViecTot", "http://127.0.0.1/BanTin/2026-12-05_NghinViecTot?highlight=x")
    assert not _names_its_page("BanTin/2026-12-05_NghinViecTot", "http://127.0.0.1/BanTin/khac")
    assert not _names_its_page("Trang chủ", "http://127.0.0.1/Trang%20ch%E1%BB%A7")


def test_a_day_and_month_both_twelve_or_less_are_settled_by_iso_stamps_only() -> None:
    def published(cands: list[dict]) -> str | None:
        return resolve_published({"date_candidates": cands}, Counter())["published_at"]

    printed = {"source": "visible", "value": "2026-11-05T09:10:00+07:00"}  # "05/11/2026 09:10", read day first
    # (a stamp written as a day, month first, settles nothing: it is as ambiguous as the page)
    assert published([printed, {"source": "meta", "value": "5/11/2026 9:10:00 AM"}]) == "2026-11-05T09:10:00+07:00"
    # (an ISO stamp of 11 May says the page prints the month first)
    assert published([printed, {"source": "meta", "value": "2026-05-11T02:10:00Z"}]) == "2026-05-11T09:10:00+07:00"


def test_a_labelled_byline_between_the_lead_and_the_text() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p class='ngay'>05/12/2026</p><p class='lead'><b>{_P1}</b></p>"
        f"<div class='noi-dung'><p><em>Tin và ảnh: Đỗ Minh Châu</em></p><p>{_P2}</p><p>{_P1}</p></div></div>"
    )
    record = extract_article(_page(body), "http://127.0.0.1/tin/91/nghin-viec-tot")
    assert record["authors"] == ["Đỗ Minh Châu"] and record["photographers"] == ["Đỗ Minh Châu"]
    assert "Tin và ảnh" not in record["body"]


def test_a_shops_policy_page_is_a_standing_page() -> None:
    body = f"<div class='page'><h1>Chính sách đổi trả</h1><p>{_P1}</p><p>{_P2}</p></div>"
    assert plan_page(parse(_page(body, "Chính sách đổi trả"), "http://127.0.0.1/content/3-chinh-sach-doi-tra", None)).kind != "article"
