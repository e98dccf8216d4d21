"""Round 32's rules (Gatsby, a hosting company's site builder, Kendo UI on ASP.NET MVC, WordPress
with Polylang) on markup of other shapes than the fixtures': other names, wording, addresses."""

from __future__ import annotations

import json

from crawler.core.bylines import parse_signature
from crawler.core.text import in_vietnamese
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.jsonlist import json_listing, looks_like_json
from crawler.navigation.links import extract_links, is_pagination_link
from crawler.navigation.scripts import data_source_pagers
from crawler.plan import PageHints, plan_page

URL = "http://127.0.0.1:8000/tin/bai-viet-17.html"
HEADLINE = "Hội nghị chuyên môn đầu năm học 2026 - 2027 của các tổ bộ môn"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị chuyên môn đầu năm học với sự tham dự của toàn thể giáo viên các tổ bộ môn và ban giám hiệu."
P2 = "Hội nghị đã thống nhất kế hoạch dạy học, lịch kiểm tra định kỳ và các chuyên đề sinh hoạt tổ chuyên môn trong học kỳ I năm học này."


def test_css_module_names_say_what_their_local_class_says() -> None:
    assert families("article-module--heading--x7Yq2") == families("heading")
    assert "widget_title" not in families("card-module--title--Ab3cD")
    assert families("Sidebar_box__k3J9a") == families("sidebar")
    # a UI kit's base class on every widget is no sidebar widget
    assert families("k-widget") == frozenset() and families("dx-widget") == frozenset()


def test_a_shop_modules_buy_button_beside_a_news_post_makes_no_product_page() -> None:
    html = (
        "<html><head><title>x</title></head><body><div class='hang'><div class='cot-chinh'><div class='bai'>"
        f"<h1 class='tieu-de'>{HEADLINE}</h1><p class='ngay'>Ngày đăng: 12/11/2026</p>"
        f"<div class='noi-dung'><p>{P1}</p><p>{P2}</p></div></div></div>"
        "<div class='cot-phai'><div class='sp'><p>Sách giáo khoa lớp 6</p><button>Mua ngay</button></div></div></div></body></html>"
    )
    plan = plan_page(parse(html.encode(), URL, None), PageHints())
    assert plan.kind == "article"


def test_a_page_in_another_language_is_no_article_a_vietnamese_one_is() -> None:
    english = (
        "On 12 November the school held its professional meeting for the new school year, attended by all teachers "
        "of the subject groups and the board of directors, who agreed on the teaching plan and the test calendar."
    )
    assert not in_vietnamese(english)
    assert in_vietnamese(f"{P1} {P2}")
    assert in_vietnamese("Nguyễn Văn An")  # too short to tell
    html = f"<html><head><title>x</title></head><body><article><h1>School professional meeting opens the new year</h1><p>Posted 12/11/2026</p><div class='text'><p>{english}</p><p>{english}</p></div></article></body></html>"
    plan = plan_page(parse(html.encode(), "http://127.0.0.1:8000/en/news/meeting/", None), PageHints())
    assert (plan.kind, plan.reason) == ("other", "other_language")


def test_a_class_branch_after_a_signature_is_the_signers_unit() -> None:
    assert parse_signature("Trần Minh Khoa - Chi đội 7A2", closing=True).authors == ["Trần Minh Khoa"]


def test_an_offices_name_with_its_dash_before_the_date_in_an_author_box() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='byline'>Đăng bởi Phòng Kế hoạch - Tài chính 12/11/2026</div>"
        f"<div class='entry-content'><p>{P1}</p><p>{P2}</p></div></article>"
    )
    record = extract_article(f"<html><head><title>{HEADLINE}</title></head><body>{body}</body></html>".encode(), URL)
    assert record["authors"] == ["Phòng Kế hoạch - Tài chính"]


_SOURCE = """
$(function () {
  var ds = new kendo.data.DataSource({
    transport: { read: { url: "/api/tin-bai/doc", dataType: "json", data: { chuyenMuc: "hoat-dong", loai: 2 } } },
    serverPaging: true,
    pageSize: 6,
    schema: { data: "items", total: "count" }
  });
  $("#dsTin").kendoListView({ dataSource: ds, template: kendo.template($("#mau").html()) });
});
"""


def test_a_server_paged_data_source_reads_its_pages_by_get() -> None:
    (pager,) = data_source_pagers(_SOURCE)
    assert pager.page_url(3, "http://127.0.0.1:8000/tin/") == "http://127.0.0.1:8000/api/tin-bai/doc?chuyenMuc=hoat-dong&loai=2&take=6&skip=12&page=3&pageSize=6"
    # a POST, a computed parameter: nothing to reproduce
    assert data_source_pagers(_SOURCE.replace('dataType: "json"', 'type: "POST"')) == []
    assert data_source_pagers(_SOURCE.replace('loai: 2', 'loai: $("#loai").val()')) == []


def test_a_widgets_pager_buttons_lead_to_its_data_sources_pages() -> None:
    html = (
        "<html><body><div id='dsTin'><div class='muc'><a href='/tin/a-1.html'>Hội nghị chuyên môn đầu năm học 2026 - 2027</a></div></div>"
        "<div class='phan-trang'><button type='button' data-page='2'>2</button><button type='button' data-page='3'>3</button></div>"
        f"<script>{_SOURCE}</script></body></html>"
    )
    url = "http://127.0.0.1:8000/tin/"
    links = [lk.url for lk in extract_links(parse(html.encode(), url, None).tree, url).links if is_pagination_link(lk, url)]
    assert links == [
        "http://127.0.0.1:8000/api/tin-bai/doc?chuyenMuc=hoat-dong&loai=2&take=6&skip=6&page=2&pageSize=6",
        "http://127.0.0.1:8000/api/tin-bai/doc?chuyenMuc=hoat-dong&loai=2&take=6&skip=12&page=3&pageSize=6",
    ]


def test_a_json_answer_is_the_list_of_its_entries() -> None:
    answer = {
        "count": 14,
        "items": [
            {"id": 7, "tieuDe": "Hội nghị chuyên môn đầu năm học 2026 - 2027", "moTa": P1, "duongDan": "/tin/hoi-nghi-7.html", "ngay": "2026-11-11T18:30:00Z", "anh": "/anh/7.jpg"},
            {"id": 6, "tieuDe": "Học sinh tham gia ngày hội đọc sách", "moTa": P2, "duongDan": "/tin/doc-sach-6.html", "ngay": "/Date(1762400000000)/"},
        ],
    }
    body = json.dumps(answer, ensure_ascii=False).encode()
    assert looks_like_json(body, "application/json; charset=utf-8")
    listing = json_listing(body, "http://127.0.0.1:8000/api/tin-bai/doc?page=2")
    assert listing == (
        '<ul><li><a href="http://127.0.0.1:8000/tin/hoi-nghi-7.html">Hội nghị chuyên môn đầu năm học 2026 - 2027</a> <span>12/11/2026</span></li>'
        '<li><a href="http://127.0.0.1:8000/tin/doc-sach-6.html">Học sinh tham gia ngày hội đọc sách</a> <span>06/11/2025</span></li></ul>'
    )
    # past the list's end, or another site's addresses: no entries
    assert json_listing(b'{"items": [], "count": 14}', "http://127.0.0.1:8000/api/x") is None
    assert json_listing(b'[{"url": "https://other.example/a", "title": "Tin tuc khac rat dai"}]', "http://127.0.0.1:8000/api/x") is None
