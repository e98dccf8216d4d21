"""Round 58 (blind portals listing_fulltext_pgd, video_album_sgddt, php_mixed_encoding_thcs,
numbered_sections_tct): extraction rules on markup of other shapes than the portals', and the
near misses that must stay."""

from __future__ import annotations

import pytest

from crawler.core.bylines import parse_byline
from crawler.extract import extract_article

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về hội thi giáo viên dạy giỏi cấp huyện với sự tham gia của hơn tám mươi thầy cô giáo các trường.</p>" for i in range(4)
)
_TITLE = "Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027"


def _page(text: str, after: str = "", clock: str = "Thứ Sáu, 04/12/2026") -> str:
    return (
        f"<html><body><div class='top'>{clock}</div><div class='main'><h1>{_TITLE}</h1>"
        f"<div class='prose'>{text}</div>{after}</div></body></html>"
    )


# --- a poster's name beside the post's count of comments ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "posters", "account"),
    [
        ("Đăng bởi quantri Không có nhận xét nào", [], True),
        ("Đăng bởi Trần Văn Lực 1 nhận xét", ["Trần Văn Lực"], False),
        ("Người đăng: Tổ Văn phòng - 12 bình luận", ["Tổ Văn phòng"], False),
        ("Gửi bởi Lê Thị Hoa 1.204 lượt xem", ["Lê Thị Hoa"], False),
    ],
)
def test_a_count_of_comments_after_the_posters_name_is_no_part_of_it(line: str, posters: list[str], account: bool) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.posters == posters
    assert byline.account is account


def test_a_name_that_ends_in_a_word_of_a_count_keeps_it() -> None:
    # (no number or "không có" before the word: a name, however it ends)
    assert parse_byline("Tác giả: Lê Thị Ý Kiến").authors == ["Lê Thị Ý Kiến"]


def test_a_blog_footer_of_the_poster_and_the_comment_link_credits_the_poster() -> None:
    footer = (
        "<div class='foot'><span class='who'>Đăng bởi <span>Nguyễn Thị Hằng</span></span> "
        "<span class='cm'><a href='#comments'>2 nhận xét</a></span></div>"
    )
    record = extract_article(_page(_PROSE, footer).encode(), "http://h/bai-viet/12/hoi-thi")
    assert record["authors"] == ["Nguyễn Thị Hằng"]
    assert "nhận xét" not in record["body"]
