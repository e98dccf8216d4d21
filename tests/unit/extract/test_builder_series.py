"""A page builder's text blocks of one kind, the first set in a column layout beside a photo and the
rest after the columns (Neos's TwoColumn node, a builder's "row > col" sections): the text is the
whole series, the photo between its blocks included. Class names are varied on purpose: the rule
reads the series by its repeated class, never by a builder's name."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article

_FIRST = (
    "<p>Theo báo cáo của nhà trường, năm học này có 1.240 học sinh với 32 lớp; cơ sở vật chất đã được "
    "đầu tư thêm 6 phòng học bộ môn, một thư viện xanh và sân bóng đá mini.</p>"
    "<p>Đoàn đã khảo sát thực tế tại các điểm trường lẻ, ghi nhận nhu cầu cải tạo nhà vệ sinh và bếp ăn bán trú.</p>"
)
_LAST = (
    "<p>Kết luận buổi làm việc, trưởng đoàn đề nghị nhà trường rà soát, lập danh mục công trình ưu tiên, "
    "đồng thời bảo đảm an toàn cho học sinh trong mùa mưa bão.</p>"
)


def _page(block: str, col: str, wrap: tuple[str, str]) -> bytes:
    open_, close = wrap
    return (
        '<html><head><meta charset="utf-8"><title>Làm việc với trường</title></head><body>'
        '<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav>'
        '<div class="pg"><div class="pg-main"><h1>Đoàn công tác làm việc với Trường THCS Long Hữu</h1>'
        '<div class="pg-date">26/11/2026</div>'
        f'<div class="pg-body">{open_}<div class="{col} left"><div class="{col}-in"><div class="{block}">{_FIRST}</div></div></div>'
        f'<div class="{col} right"><figure><img src="/up/khao-sat.jpg" alt=""><figcaption>Đoàn khảo sát điểm trường</figcaption></figure></div>{close}'
        f'<div class="{block}">{_LAST}<p style="text-align:right"><em>Trần Minh Khoa</em></p></div></div>'
        '</div><aside><h3>Tin mới</h3><ul><li><a href="/a">Tin một</a></li><li><a href="/b">Tin hai</a></li></ul></aside></div>'
        "<footer><p>Trường THCS Long Hữu, xã Long Hữu</p></footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("block", "col", "wrap"),
    [
        ("neos-nodetypes-text", "column", ('<div class="twocol"><div class="container cols-2">', "</div></div>")),
        ("blk blk--richtext", "grid__cell", ('<section class="row-2"><div class="inner">', "</div></section>")),
        ("khoi-vanban", "cot", ('<table class="bang"><tr><td>', "</td></tr></table>")),
        ("x9q", "c3", ('<div class="z1"><div class="z2">', "</div></div>")),
    ],
)
def test_the_text_runs_from_the_first_block_in_the_columns_to_the_last_after_them(block: str, col: str, wrap: tuple[str, str]) -> None:
    record = extract_article(_page(block, col, wrap), "http://h/tin-tuc/lam-viec-voi-truong.html")
    assert record["body"].startswith("Theo báo cáo của nhà trường")
    assert record["body"].endswith("trong mùa mưa bão.")
    assert record["authors"] == ["Trần Minh Khoa"]
    assert [im["caption"] for im in record["images"]] == ["Đoàn khảo sát điểm trường"]
