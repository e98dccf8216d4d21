"""Markup shapes of round 158's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/bai/hoi-thi-giai-dieu-tuoi-hong"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_the_next_post_in_an_articles_own_pager_is_followed_as_a_post() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    here = "http://127.0.0.1/tin-tuc/thong-bao/214-thong-bao-lich-kiem-tra-hoc-ky-i"
    body = (
        f"<div class='bai'><h2>{_TITLE}</h2><p>Đăng ngày 04/12/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p></div>"
        "<ul class='pagination-bai pager'><li><a href='/tin-tuc/thong-bao/209-thong-bao-nghi-hoc-tranh-bao-so-13'>Bài sau</a></li></ul></div>"
    )
    plan = plan_page(parse(_page(body, _TITLE), here), PageHints())
    assert plan.kind == "article"
    assert "http://127.0.0.1/tin-tuc/thong-bao/209-thong-bao-nghi-hoc-tranh-bao-so-13" in [link.url for link in plan.article_links]


def test_a_field_of_the_post_before_its_meta_line_does_not_end_the_date_region() -> None:
    body = (
        f"<h1 class='title'>{_TITLE}</h1><article class='node'><div class='content'>"
        "<div class='field field--name-field-danh-muc field--label-inline'><div class='field--label'>Danh mục</div>"
        "<div class='field--item'><a href='/tin/doan-doi'>Đoàn - Đội</a></div></div>"
        "<div class='node-meta'>Đăng bởi bientap vào CN, 06/12/2026 - 08:20</div>"
        f"<div class='field field--name-body'><div class='field--item'><p>{_P1}</p><p>{_P2}</p></div></div></div></article>"
    )
    assert _read(body)["published_at"] == "2026-12-06T08:20:00+07:00"


def test_an_italic_last_edit_stamp_under_the_headline_is_no_lead() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><div class='sua'><i>Sửa đổi lần cuối: Thứ Hai, 07/12/2026 - 10:05 sáng</i></div>"
        f"<div class='nd-bai'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = _read(body)
    assert record["summary"] is None
    assert "Sửa đổi" not in record["body"]


def test_a_clips_title_right_over_its_player_is_no_text() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><div class='nd-bai'><p>{_P1}</p>"
        "<div class='tieu-de-clip'>Clip: Tiết mục múa “Về quê” của chi đội 8A2</div>"
        "<div class='khung-clip'><iframe src='https://www.youtube.com/embed/abc123' width='640' height='360'></iframe></div>"
        f"<p>{_P2}</p></div></div>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_a_source_field_after_the_attachments_box_is_read() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày đăng: 04/12/2026</p><div class='nd-bai'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='tep-kem'><div class='nhan'>Tài liệu kèm theo</div><table><tr><th>Tên tệp</th><th>Dung lượng</th></tr>"
        "<tr><td><a href='/files/ke-hoach-hoi-thi.docx'>ke-hoach-hoi-thi.docx</a></td><td>56 KB</td></tr></table></div>"
        "<div class='truong-nguon'><div class='nhan'>Nguồn</div><div class='gia-tri'><a href='https://baodaklak.vn/'>Báo Đắk Lắk</a></div></div></div>"
    )
    assert _read(body)["source"] == "Báo Đắk Lắk"


def test_a_category_badge_named_in_vietnamese_files_the_post_when_the_trail_names_no_section() -> None:
    body = (
        f"<ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li class='active'>{_TITLE}</li></ol>"
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày đăng: 04/12/2026</p>"
        "<div class='bv-chuyen-muc'><span class='badge'><a href='/doan-doi'>Đoàn - Đội</a></span></div>"
        f"<div class='nd-bai'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(body)["category"] == "Đoàn - Đội"


def test_liferays_language_switch_is_never_followed() -> None:
    from crawler.navigation.urls import is_trap

    assert is_trap("http://h/c/portal/update_language?p_l_id=20182&redirect=%2Fweb%2Fthpt&languageId=en_US")
    assert not is_trap("http://h/web/thpt/tin-tuc")


def test_a_row_of_an_attachments_table_is_no_text() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày đăng: 04/12/2026</p><div class='nd-bai'><p>{_P1}</p><p>{_P2}</p>"
        "<table class='tep'><tr><td><img src='/img/doc.gif' alt=''></td><td><a href='/files/ke-hoach-so-12.doc'>Kế hoạch số 12/KH-THCS</a></td></tr>"
        "<tr><td><img src='/img/pdf.gif' alt=''></td><td><a href='/files/danh-sach-doi-tuyen.pdf'>Danh sách đội tuyển</a></td></tr></table></div></div>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"
