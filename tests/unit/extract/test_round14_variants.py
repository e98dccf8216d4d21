"""What the fourteenth round of blind portals (WordPress block themes, ASP.NET GridView, NukeViet
4.5 with AMP, Liferay 7.0 friendly URLs, Drupal 8 Views) taught, each rule in markups that are
none of those portals' own."""

from __future__ import annotations

import pytest

from crawler.core.urls import canonicalize_url
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import PageHints, plan_page
from tests.unit.extract.test_body_variants import P1, P2, P3, TITLE, URL


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://x.vn/TinTuc/ChiTiet.aspx?ID=5", "http://x.vn/tintuc/chitiet.aspx?id=5"),  # IIS: path and names case-free
        ("http://x.vn/Default.aspx?TabId=12&ItemID=3", "http://x.vn/default.aspx?itemid=3&tabid=12"),
        ("http://x.vn/tin/ChiTiet.asp?ID=7", "http://x.vn/tin/chitiet.asp?id=7"),
    ],
)
def test_an_iis_pages_address_is_one_whatever_its_case(a: str, b: str) -> None:
    assert canonicalize_url(a) == canonicalize_url(b)


def test_elsewhere_case_and_parameter_values_keep_their_meaning() -> None:
    assert canonicalize_url("http://x.vn/Tin-Tuc/Bai.html") != canonicalize_url("http://x.vn/tin-tuc/bai.html")
    assert canonicalize_url("http://x.vn/a.aspx?q=Ha") != canonicalize_url("http://x.vn/a.aspx?q=ha")


def _plan(html: str, url: str, **hints: object) -> tuple[str, str]:
    result = plan_page(parse(html.encode("utf-8"), url), PageHints(**hints))  # type: ignore[arg-type]
    return result.kind, result.reason


def test_a_media_files_own_page_is_no_article() -> None:
    html = (
        "<html><head><title>ngay-hoi-doc-sach-1 - Trường THCS</title></head><body><main><h1>ngay-hoi-doc-sach-1</h1>"
        '<p class="date">15/10/2026</p><figure><img src="/up/ngay-hoi-doc-sach-1.jpg"></figure>'
        f"<p>{P1}</p></main></body></html>"
    )
    assert _plan(html, "http://127.0.0.1:8000/2026/10/15/ngay-hoi/ngay-hoi-doc-sach-1/") == ("other", "attachment_page")


def test_a_grid_whose_only_heading_is_its_header_row_is_no_article() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>{i}25/KH-TCT</td><td>1{i}/11/2026</td><td>Kế hoạch mở lớp bồi dưỡng cán bộ năm 2026 của nhà trường</td><td><a href='/f/{i}.pdf'>Tải</a></td></tr>" for i in range(1, 5))
    html = (
        "<html><head><title>Văn bản</title></head><body><div class='noi-dung'><table class='luoi'>"
        f"<tr class='tieude-luoi'><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>{rows}</table></div></body></html>"
    )
    assert _plan(html, "http://127.0.0.1:8000/VanBan.aspx")[0] != "article"


def test_the_articles_own_footer_above_its_text_holds_its_date() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="main"><h1 class="page-header">{TITLE}</h1>
    <article class="node"><footer><div class="author">Gửi bởi <a href="/user/1">admin</a> vào <span>T4, 14/10/2026 - 10:00</span></div></footer>
    <div class="content"><div class="field--name-body"><p>{P1}</p><p>{P2}</p></div></div></article>
    <footer class="site-footer">Phòng GD&amp;ĐT, cập nhật 25/11/2026</footer></div></body></html>"""
    assert extract_article(html, URL)["published_at"] == "2026-10-14T10:00:00+07:00"


def test_a_view_counter_between_the_featured_photo_and_the_text_keeps_the_photo() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><article class="post"><h1 class="entry-title">{TITLE}</h1>
    <div class="meta"><time datetime="2026-09-05T11:30:00+07:00">5 Tháng chín, 2026</time></div>
    <figure class="featured"><img src="/up/dai-dien.jpg" alt=""></figure><div class="views-box">Lượt xem: 302</div>
    <div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article></body></html>"""
    images = extract_article(html, URL)["images"]
    assert images and images[0]["url"] == "http://127.0.0.1:8000/up/dai-dien.jpg"


@pytest.mark.parametrize("cls", ["hidden", "hide d-none", "sr-only"])
def test_a_box_hidden_by_its_class_is_no_text(cls: str) -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="news"><h1>{TITLE}</h1>
    <div class="{cls}" itemprop="publisher"><span itemprop="name">Trường THPT Trần Phú</span></div><span class="date">07/11/2026 15:20</span>
    <div class="bodytext"><p>{P1}</p><p>{P2}</p></div></div></body></html>"""
    assert extract_article(html, URL)["body"] == f"{P1}\n\n{P2}"


def test_a_category_term_named_by_a_folder_of_the_posts_address() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li>{TITLE}</li></ol>
    <h1>{TITLE}</h1><p class="date">14/10/2026</p><div class="body"><p>{P1}</p><p>{P2}</p></div>
    <div class="field--label-inline"><div class="field--label">Chuyên mục</div><div class="field--item"><a href="/chuyen-muc/thong-bao">Thông báo</a></div></div></body></html>"""
    assert extract_article(html, "http://127.0.0.1:8000/tin-tuc/thong-bao/ke-hoach-hoi-khoe")["category"] == "Thông báo"


def test_a_title_box_holding_a_copy_hidden_by_class_shows_only_its_visible_title() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="main">
    <div class="post-title"><span class="hidden">Trường THPT Trần Phú - trang tin</span>{TITLE}</div>
    <span class="date">07/11/2026 15:20</span><div class="bodytext"><p>{P1}</p><p>{P2}</p></div></div></body></html>"""
    assert extract_article(html, URL)["title"] == TITLE
