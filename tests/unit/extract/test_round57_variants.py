"""Round 57 (blind portals relnext_inline_related_thcs, tapchi_coauthors_tct, relative_dates_pgd):
discovery and extraction rules on markup of other shapes than the portals', and the near misses
that must stay."""

from __future__ import annotations

import pytest

from crawler.core.bylines import looks_like_bare_name
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.links import extract_links, is_pagination_link

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về buổi ngoại khóa an toàn giao thông với sự tham gia của hơn sáu trăm học sinh toàn trường.</p>" for i in range(4)
)
_TITLE = "Ngoại khóa an toàn giao thông cho học sinh toàn trường"


def _page(text: str, head: str = "", clock: str = "Thứ Sáu, 04/12/2026") -> str:
    return (
        f"<html><body><div class='top'>{clock}</div><div class='main'><h1>{_TITLE}</h1>{head}"
        f"<div class='prose'>{text}</div></div></body></html>"
    )


# --- a list's pages named only in the head ----------------------------------------------------------


def test_the_pages_a_head_names_next_and_prev_are_the_lists_pages() -> None:
    html = (
        "<html><head><link rel='next' href='/chuyen-muc/tin-tuc/page/2/'><link rel='prev' href='/chuyen-muc/tin-tuc/'>"
        "<link rel='next' href='http://other.example/page/9/'></head><body><h1>Tin tức</h1></body></html>"
    )
    url = "http://h/chuyen-muc/tin-tuc/page/1/"
    links = extract_links(parse(html.encode(), url).tree, url)
    pages = [lk.url for lk in links.links if is_pagination_link(lk, url)]
    assert pages == ["http://h/chuyen-muc/tin-tuc/page/2/", "http://h/chuyen-muc/tin-tuc/"]


# --- a related box set into the text -----------------------------------------------------------------


def test_a_you_may_like_box_inside_the_text_is_no_text_and_the_text_goes_on() -> None:
    box = "<div class='hop-lien-quan'><h4>Có thể bạn quan tâm</h4><p><a href='/a/'>Hội thi vẽ tranh an toàn giao thông cấp trường</a></p><p><a href='/b/'>Tuyên truyền pháp luật cho học sinh khối 9</a></p></div>"
    text = _PROSE + box + _PROSE.replace("Đoạn", "Phần")
    body = extract_article(_page(text), "http://h/tin/9")["body"]
    assert "Có thể bạn quan tâm" not in body and "Hội thi vẽ tranh" not in body
    assert body.endswith("toàn trường.") and "Phần thứ 3" in body


# --- a research article's author line ------------------------------------------------------------------


def test_coauthors_with_affiliation_marks_are_their_names() -> None:
    head = "<div class='tac-gia'>TS. Lê Văn Hùng<sup>1</sup>*, ThS. Phan Thị Mai<sup>1,2</sup>, NCS. Đỗ Minh Quân<sup>3</sup></div>"
    record = extract_article(_page(_PROSE, head), "http://h/bai-viet/5")
    assert record["authors"] == ["Lê Văn Hùng", "Phan Thị Mai", "Đỗ Minh Quân"]


def test_an_issue_list_under_the_text_credits_none_of_its_authors() -> None:
    others = (
        "<div class='cung-so'><h3>Các bài khác trong số</h3><ul><li><a href='/bai-viet/6'>Đổi mới phương pháp giảng dạy lý luận chính trị hiện nay</a>"
        " <span class='tac-gia'>ThS. Nguyễn Văn Bình</span></li></ul></div>"
    )
    html = _page(_PROSE, "<div class='tac-gia'>ThS. Trần Thu Hà</div>").replace("</div></body>", f"{others}</div></body>")
    assert extract_article(html, "http://h/bai-viet/5")["authors"] == ["Trần Thu Hà"]


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("ThS. Võ Thị Thanh Tâm, ThS. Đặng Quốc Huy, CN. Nguyễn Hoài Nam", True),
        ("Võ Thị Thanh Tâm, Đặng Quốc Huy, Nguyễn Hoài Nam và các cộng sự khác", False),  # no degrees: not a signature this long
    ],
)
def test_several_names_each_with_a_degree_sign_however_long(line: str, signs: bool) -> None:
    assert looks_like_bare_name(line) is signs


# --- dates counted back from the page's today -------------------------------------------------------------


@pytest.mark.parametrize(
    ("shown", "iso"),
    [
        ("<span>3 ngày trước</span>", "2026-12-01"),
        ("<span>1 tuần trước</span>", "2026-11-27"),
        ("<span title='2026-12-02 09:40:00'>2 ngày trước</span>", "2026-12-02T09:40:00+07:00"),
        ("<span>Hôm qua lúc 15:20</span>", "2026-12-03T15:20:00+07:00"),
    ],
)
def test_a_relative_date_is_read_against_the_headers_today(shown: str, iso: str) -> None:
    record = extract_article(_page(_PROSE, f"<div class='meta'>{shown} · 208 lượt xem</div>"), "http://h/bai-viet/5")
    assert record["published_at"] == iso


def test_a_machine_stamp_in_a_tooltip_over_a_printed_date_adds_no_time() -> None:
    record = extract_article(_page(_PROSE, "<div class='meta'><span title='2026-11-20 09:40:00'>20/11/2026</span></div>"), "http://h/bai-viet/5")
    assert record["published_at"] == "2026-11-20"
