"""Markup shapes of round 112's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.dates import find_dates
from crawler.core.lines import is_date_line
from crawler.extract.document import parse
from crawler.extract.metadata import read_metadata
from crawler.plan import plan_page

_P1 = (
    "Chiều 27/11/2026, Liên đội trường tổ chức chương trình “Áo ấm mùa đông” trao tặng một trăm hai mươi chiếc "
    "áo ấm cho học sinh có hoàn cảnh khó khăn ở các điểm trường vùng cao của xã."
)
_P2 = (
    "Chương trình nhận được sự ủng hộ của phụ huynh, các nhà hảo tâm và cựu học sinh; toàn bộ số áo được phân "
    "loại theo cỡ trước khi chuyển đến từng điểm trường."
)
_TITLE = "Liên đội trao tặng áo ấm cho học sinh vùng cao"


def test_dates_in_chinese_signs_unpadded_dashes_and_a_weekday_before_the_time() -> None:
    assert [f.iso() for f in find_dates("Đăng lúc 2026年11月27日 16:40")] == ["2026-11-27T16:40:00+07:00"]
    assert [f.iso() for f in find_dates("2026-11-7 09:05")] == ["2026-11-07T09:05:00+07:00"]
    assert [f.iso() for f in find_dates("2026-11-27 Thứ Sáu 16:40")] == ["2026-11-27T16:40:00+07:00"]
    assert find_dates("năm học 2026-2027") == []


def test_a_servers_clock_and_a_members_join_day_date_nothing() -> None:
    assert find_dates("Múi giờ GMT+7, 2026-12-5 09:12") == []
    assert not is_date_line("Tham gia 2025-8-11 08:00")
    assert not is_date_line("Ngày đăng ký: 11/08/2025")


def test_a_byline_word_then_a_unit_or_a_name_then_the_day_is_a_meta_line() -> None:
    assert is_date_line("Bởi Tổ Văn phòng | Thứ Sáu, 27/11/2026")
    assert is_date_line("Bởi ThS. Lê Thị Hoa | 27/11/2026")
    assert not is_date_line("Bởi vì trời mưa | 27/11/2026")
    assert is_date_line("Sửa lần cuối 28/11/2026: Sửa lỗi chính tả (4f2a9c1)")


def test_a_post_at_a_query_address_beside_a_site_calendar_is_no_calendar_view() -> None:
    days = "".join(f'<a href="/?ngay=2026-12-{d}">{d}</a> ' for d in (1, 2, 3, 4))
    page = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title></head><body>'
        f'<div class="side"><div class="cal">{days}<a href="/?ngay=2027-1">»</a></div></div>'
        f'<div class="main"><h1>{_TITLE}</h1><p class="meta">27/11/2026 16:40</p><div class="nd"><p>{_P1}</p><p>{_P2}</p></div></div>'
        "</body></html>"
    )
    assert plan_page(parse(page.encode(), "http://127.0.0.1/?bai=17", None)).kind == "article"


def test_a_trail_closing_in_the_pages_own_name_as_text() -> None:
    page = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title></head><body>'
        '<div id="vt"><a href="/">Trang chủ</a> <em>›</em> <a href="/tin">Tin tức</a> <em>›</em> <a href="/tin?cm=3">Đội - Sao</a> '
        f"<em>›</em> {_TITLE}</div><h1>{_TITLE}</h1><p>{_P1}</p></body></html>"
    )
    parsed = parse(page.encode(), "http://127.0.0.1/bai/17", None)
    assert read_metadata(parsed.tree, parsed.url, parsed.text).breadcrumbs == ["Trang chủ", "Tin tức", "Đội - Sao", _TITLE]


def test_a_heading_spelling_the_slug_of_a_mid_path_segment_is_the_headline() -> None:
    # round 113: a module's h1 over the post's own title line, the slug before "…/Default.aspx"
    page = (
        '<html lang="vi"><head><meta charset="utf-8"><title>Sở GD&ĐT > Bản tin</title></head><body>'
        '<div class="menu"><a href="/">Trang chủ</a> <a href="/Ban-tin/Default.aspx">Bản tin</a></div>'
        '<h1>Hoạt động giáo dục</h1><div class="chitiet"><span class="tieudetin">' + _TITLE + "</span>"
        f'<p>Ngày 27/11/2026</p><div class="nd"><p>{_P1}</p><p>{_P2}</p></div></div></body></html>'
    )
    url = "http://127.0.0.1/Tin-tuc/tid/Lien-doi-trao-tang-ao-am-cho-hoc-sinh-vung-cao/newsid/AB12-CD34/cid/2/Default.aspx"
    plan = plan_page(parse(page.encode(), url, None))
    assert plan.kind == "article"
    assert plan.raw["title"] == _TITLE


def test_a_text_heading_spelling_most_of_the_slug_does_not_take_the_headline() -> None:
    page = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>Trường THCS Hòa Bình</title></head><body><h1>{_TITLE}</h1>'
        f'<p>Ngày 27/11/2026</p><div class="nd"><p>{_P1}</p><h2>Trao tặng áo ấm cho học sinh vùng cao</h2><p>{_P2}</p></div></body></html>'
    )
    plan = plan_page(parse(page.encode(), "http://127.0.0.1/tin/lien-doi-trao-tang-ao-am-cho-hoc-sinh-vung-cao", None))
    assert plan.raw["title"] == _TITLE
