"""Markup shapes of round 164's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.document import choose_encoding, decode
from crawler.navigation.links import extract_links
from tests.portals._common import cp1258_bytes
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/chitiet.php?id=58"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_windows_1258_bytes_under_a_western_declaration_read_as_vietnamese() -> None:
    text = f"<p>{_P1}</p><p>{_P2}</p>"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>{text}</body></html>'
    body = cp1258_bytes(page)
    assert choose_encoding(body) == "cp1258"
    assert _P1[:40] in decode(body)[0]


def test_a_western_page_declared_western_stays_western() -> None:
    body = '<html><head><meta charset="iso-8859-1"></head><body><p>Café, crème brûlée et façade à Paris.</p></body></html>'.encode("latin-1")
    assert choose_encoding(body) != "cp1258"


def test_a_related_table_of_links_under_the_text_is_no_text() -> None:
    body = (
        f"<table><tr><td class='noi-dung'><b>{_TITLE}</b><br>Cập nhật: 04/12/2026<p>{_P1}</p><p>{_P2}</p>"
        "<table class='tin-khac-bang'><tr><td colspan='2'><img src='/anh/tieu-de-tin-khac.gif' alt='Tin đã đưa'></td></tr><tr><td><img src='/anh/dau.gif'></td><td><a href='/chitiet.php?id=57'>Hội thi kể chuyện theo sách cấp trường</a> (01/12/2026)</td></tr>"
        "<tr><td><img src='/anh/dau.gif'></td><td><a href='/chitiet.php?id=55'>Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027</a> (25/11/2026)</td></tr>"
        "<tr><td><img src='/anh/dau.gif'></td><td><a href='/chitiet.php?id=52'>Tập huấn chuyển đổi số cho giáo viên</a> (18/11/2026)</td></tr></table>"
        "</td></tr></table>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_a_data_table_in_a_box_its_names_call_noise_is_still_read_when_its_rows_are_data() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='entry'><p>{_P1}</p>"
        "<table class='bang-ket-qua related'><tr><td>Chi đội</td><td>Giải</td></tr><tr><td>8A2</td><td>Nhất</td></tr><tr><td>9A1</td><td>Nhì</td></tr></table>"
        f"<p>{_P2}</p></div></article>"
    )
    assert "8A2 | Nhất" in _read(body)["body"]


def test_a_summary_box_named_in_run_together_vietnamese_is_the_summary() -> None:
    body = (
        f"<div class='ctt'><h2 class='td'>{_TITLE}</h2><div class='ngay'>Ngày xuất bản: 04/12/2026</div>"
        f"<div class='noidungtomtat'><div>{_P1}</div></div><div class='noi-dung'><p>{_P2}</p></div></div>"
    )
    assert _read(body)["summary"] == _P1


def test_a_pointer_back_to_an_earlier_post_is_no_text() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='entry'><p>{_P1}</p><p>{_P2}</p>"
        "<p>Xem lại: <a href='/tin-tuc/hoi-thi-nam-2025-41'>Hội thi “Giai điệu tuổi hồng” năm học 2025 – 2026</a></p></div></article>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_a_link_to_the_page_in_another_language_is_not_followed() -> None:
    html = (
        "<html><body><a href='/en/Pages/default.aspx' hreflang='en-US' lang='en'>English</a>"
        "<a href='/vi/Pages/default.aspx' hreflang='vi-VN'>Tiếng Việt</a><a href='/tin-tuc/Pages/hoi-thi.aspx'>Hội thi</a></body></html>"
    )
    from crawler.extract.document import parse

    urls = [link.url for link in extract_links(parse(html.encode(), "http://127.0.0.1/Pages/default.aspx").tree, "http://127.0.0.1/Pages/default.aspx").links]
    assert "http://127.0.0.1/en/Pages/default.aspx" not in urls
    assert "http://127.0.0.1/vi/Pages/default.aspx" in urls
