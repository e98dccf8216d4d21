"""Round 95 (blind portals getsimple_mamnon, liferay52_legacy_sgddt, tiki_wiki_thcs,
wp_siteorigin_thpt, flarum_thpt, apache_roller_tct): rules read on pages whose markup varies
from the fixtures'."""

from __future__ import annotations

from crawler.extract import extract_article

_P1 = (
    "Giai đoạn từ ba đến bốn tuổi là thời điểm trẻ hình thành thói quen tự phục vụ, từ tự xúc cơm, tự mặc quần áo "
    "đến tự cất đồ chơi sau giờ chơi."
)
_P2 = (
    "Cha mẹ nên kiên nhẫn để trẻ tự làm, dù ban đầu trẻ làm chậm hoặc chưa khéo, và chỉ hỗ trợ khi trẻ thực sự "
    "cần đến người lớn."
)


def _page(body: str) -> bytes:
    return (
        '<html lang="vi"><head><meta charset="utf-8"></head><body><div class="menu"><a href="/">Trang chủ</a> '
        '<a href="/tin/phu-huynh">Góc phụ huynh</a></div>'
        f"{body}<div class=\"cuoi\"><p>Trường Mầm non Sen Hồng. Điện thoại: 0235 3852 111.</p></div></body></html>"
    ).encode()


def test_a_degreed_name_alone_in_bold_over_the_text_is_its_writer() -> None:
    for name_line in ("<p><b>TS. Lê Thị Thu Hà</b></p>", '<div><span style="font-weight:bold">ThS. Trần Minh Khoa</span></div>'):
        body = (
            '<div id="giua"><h2 class="ten-bai">Rèn kỹ năng tự phục vụ cho trẻ</h2><div class="bai-viet">'
            f"{name_line}<p>{_P1}</p><p>{_P2}</p></div></div>"
        )
        record = extract_article(_page(body), "http://h/tin/ren-ky-nang")
        assert record["body"].split("\n\n") == [_P1, _P2]
        assert len(record["authors"]) == 1


def test_a_bold_line_with_no_degree_over_the_text_stays_text() -> None:
    body = (
        '<div id="giua"><h2 class="ten-bai">Rèn kỹ năng tự phục vụ cho trẻ</h2><div class="bai-viet">'
        f"<p><b>Những điều cha mẹ cần biết</b></p><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = extract_article(_page(body), "http://h/tin/ren-ky-nang")
    assert record["body"].split("\n\n")[0] == "Những điều cha mẹ cần biết"
    assert record["authors"] == []
