"""Markup shapes of round 122's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.bylines import parse_signature
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.links import extract_links
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong"


def test_a_trail_that_capitalises_every_word_takes_the_menus_spelling() -> None:
    body = (
        "<nav class='menu'><a href='/'>Trang chủ</a> <a href='/hoat-dong-doi'>Hoạt động Đội</a></nav>"
        "<div class='breadcrumb'><a href='/'>Trang Chủ</a> › <a href='/hoat-dong-doi'>Hoạt Động Đội</a></div>"
        f"<article><h1>{_TITLE}</h1><p class='ngay'>05/12/2026</p><p>{_P1}</p><p>{_P2}</p></article>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["category"] == "Hoạt động Đội"


def test_a_signature_with_its_section_in_brackets() -> None:
    assert parse_signature("Lò Thị Hiền (Bộ phận Tiểu học)", closing=True).authors == ["Lò Thị Hiền"]  # type: ignore[union-attr]


def test_a_paragraph_after_a_figures_picture_is_its_caption() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p class='ngay'>05/12/2026</p>"
        "<figure class='bia'><img src='/anh/bia.jpg' width='800' height='500'><p>Các chi đội diễu hành qua lễ đài</p></figure>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></article>"
    )
    record = extract_article(_page(body, _TITLE), _URL)
    assert record["images"] == [{"url": "http://127.0.0.1/anh/bia.jpg", "caption": "Các chi đội diễu hành qua lễ đài"}]
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_page_dreamweavers_behaviours_open_is_followed() -> None:
    url = "http://127.0.0.1/index.html"
    html = (
        "<html><body><a href=\"javascript:MM_openBrWindow('thongbao/lich-thi.html','tb','scrollbars=yes,width=650')\">Lịch thi học kỳ I</a>"
        "<a href='#' onclick=\"MM_goToURL('parent','tintuc/2026/hoi-giang.html');return document.MM_returnValue\">Hội giảng cấp trường</a>"
        "</body></html>"
    )
    urls = {link.url for link in extract_links(parse(html.encode(), url, None).tree, url).links}
    assert {"http://127.0.0.1/thongbao/lich-thi.html", "http://127.0.0.1/tintuc/2026/hoi-giang.html"} <= urls
