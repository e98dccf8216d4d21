"""Round 24's rules (1C-Bitrix, Tilda, SharePoint modern pages) on markup of other shapes than the
fixtures': other tags, class names, wording and addresses."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.core.lines import is_boilerplate_line
from crawler.extract import extract_article
from crawler.extract.blocks import is_decoration
from crawler.navigation.urls import is_trap, start_prefix

URL = "http://127.0.0.1:8000/tin/chi-tiet/77/"
TEXT = (
    "<p>Sáng 12/11, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học mới với sự tham dự của "
    "toàn thể cán bộ, giáo viên và nhân viên trong trường.</p><p>Hội nghị đã thống nhất các chỉ tiêu "
    "thi đua, kế hoạch dạy học và các giải pháp nâng cao chất lượng giáo dục toàn diện.</p>"
)


def _page(body: str, title: str = "Hội nghị triển khai nhiệm vụ năm học mới") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_a_crawl_started_in_a_pages_folder_covers_the_site_above_it() -> None:
    assert start_prefix("http://h/sites/thpt-a/Pages/TrangChu.aspx") == "/sites/thpt-a/"
    assert start_prefix("http://h/thcs-b/index.php") == "/thcs-b/"


def test_edit_modes_and_list_views_are_never_followed() -> None:
    assert is_trap("http://h/sites/x/SitePages/Tin.aspx?DisplayMode=Design")
    assert is_trap("http://h/sites/x/Lists/TinTuc/Forms/AllItems.aspx")
    assert not is_trap("http://h/sites/x/SitePages/Tin.aspx")


def test_a_persona_cards_photo_is_decoration() -> None:
    card = lxml_html.fromstring("<div class='author-photo'><span><img src='/anh/nguoi-viet.jpg'></span></div>")
    assert is_decoration(next(card.iter("img")))


def test_a_tag_field_line_is_furniture() -> None:
    assert is_boilerplate_line("Tags: hội nghị, năm học mới") == "tags"


def test_a_preview_text_box_above_the_text_is_the_summary() -> None:
    lead = "Hội nghị thống nhất các chỉ tiêu thi đua và kế hoạch dạy học năm học 2026 - 2027 của nhà trường."
    body = f"<div class='tin-chitiet'><h1>Hội nghị triển khai nhiệm vụ năm học mới</h1><div class='detail-preview'>{lead}</div><div class='noidung'>{TEXT}</div></div>"
    assert extract_article(_page(body), URL)["summary"] == lead


def test_an_inline_date_box_the_text_runs_on_from_is_a_line_of_its_own() -> None:
    body = (
        "<div class='tin'><h1>Hội nghị triển khai nhiệm vụ năm học mới</h1><div class='noi-dung'>"
        "<span class='post-date'>12.11.2026 14:20</span>Sáng 12/11, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học mới"
        " với sự tham dự của toàn thể cán bộ, giáo viên.<br><br>Hội nghị đã thống nhất các chỉ tiêu thi đua và các giải pháp"
        " nâng cao chất lượng giáo dục toàn diện của nhà trường.</div></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["published_at"] == "2026-11-12T14:20:00+07:00"
    assert record["body"].startswith("Sáng 12/11")


def test_a_category_tag_right_above_the_headline() -> None:
    body = f"<div class='post'><div class='tags'><a href='/tin?part=ngoai-khoa'>Ngoại khóa</a></div><h1>Hội nghị triển khai nhiệm vụ năm học mới</h1><p>12/11/2026</p>{TEXT}</div>"
    assert extract_article(_page(body), URL)["category"] == "Ngoại khóa"


def test_the_authors_box_under_the_headline_is_no_lead() -> None:
    lead = "Năm học 2026 - 2027, nhà trường đặt mục tiêu nâng cao chất lượng dạy học và đổi mới phương pháp."
    body = (
        "<div class='bai-viet'><h1>Hội nghị triển khai nhiệm vụ năm học mới</h1>"
        "<div class='nguoi-viet' style='font-weight:700'><b>Thầy Lê Văn Bình – Giáo viên Tổ Ngữ văn, Trường THCS Hòa Bình</b></div>"
        f"<div class='mo-ta'><b>{lead}</b></div><div class='noidung'>{TEXT}</div></div>"
    )
    assert extract_article(_page(body), URL)["summary"] == lead
