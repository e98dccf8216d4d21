"""Markup shapes of round 155's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.lines import is_chrome, is_date_line
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin/2150/hoi-thi-giai-dieu-tuoi-hong-2026.aspx"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_a_feeds_link_among_the_tools_names_no_category() -> None:
    body = (
        "<div class='khung'><div class='chuyen-muc'><a href='/tin/hoat-dong.aspx'>Hoạt động</a></div>"
        f"<div class='bai'><span class='tieu-de'>{_TITLE}</span><div class='ngay'>Ngày đăng: 04/12/2026</div>"
        "<div class='cong-cu'><a href='mailto:?subject=x'>Gửi email</a> | <a href='rss.aspx?cid=3'>RSS</a></div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    assert _read(body)["category"] != "RSS"


def test_a_date_line_closing_with_a_view_counters_label_alone_is_a_date_line() -> None:
    assert is_date_line("Ngày đăng: 17/11/2026 7:30:00 SA | Lượt xem:")
    assert is_date_line("Cập nhật: 02/12/2026 · Số lượt đọc:")
    assert not is_date_line("Hạn nộp hồ sơ: 17/11/2026 | Lượt xem:")


def test_a_liferay_search_iterators_rows_are_a_list() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    rows = "".join(
        f"<tr class='results-row'><td class='col-1'><a href='/web/truong/tin-tuc?p_p_id=62_INSTANCE_Ab1&_62_INSTANCE_Ab1_articleId={n}'>Tin số {n} về hoạt động của nhà trường năm học mới</a></td>"
        f"<td class='col-2'><a href='/web/truong/tin-tuc?p_p_id=62_INSTANCE_Ab1&_62_INSTANCE_Ab1_articleId={n}'>0{n}/12/2026 08:00</a></td></tr>"
        for n in range(1, 6)
    )
    body = (
        "<div class='portlet-journal-articles'><h1 class='portlet-title'>Danh sách tin</h1>"
        "<div class='lfr-search-container'><div class='results-grid'><table class='taglib-search-iterator'>"
        f"<thead><tr class='results-header'><th>Tiêu đề</th><th>Ngày hiển thị</th></tr></thead><tbody>{rows}</tbody></table></div></div></div>"
    )
    plan = plan_page(parse(_page(body, "Tin tức - Sự kiện"), "http://127.0.0.1/web/truong/tin-tuc"), PageHints())
    assert plan.kind == "listing"
    assert len(plan.entries) == 5


def test_a_sections_name_over_the_headline_typed_again_is_no_text() -> None:
    from collections import Counter

    from crawler.clean.steps import strip_boilerplate

    def line(text: str) -> dict:
        return {"kind": "text", "text": text}

    record = {"title": _TITLE, "category": "Tin tức", "blocks": [line("Hoạt động Đội"), line(_TITLE), line(_P1), line(_P2)]}
    kept = [b["text"] for b in strip_boilerplate(record, Counter())["blocks"]]
    assert kept == [_P1, _P2]
    # (a line of the text before a headline typed again far down is no kicker)
    record = {"title": _TITLE, "category": "Tin tức", "blocks": [line(_P1), line(_P2), line("Hoạt động Đội"), line(_TITLE), line(_P1)]}
    assert "Hoạt động Đội" in [b["text"] for b in strip_boilerplate(record, Counter())["blocks"]]


def test_wpmls_box_of_the_posts_other_languages_is_chrome() -> None:
    assert is_chrome("Bài viết này cũng có bản: English")
    assert is_chrome("This post is also available in: Tiếng Việt")
