"""Round 92's tuning, the planning side: a list of one entry whose lines under its linked title
(a venue, a description) read as a headline and a text, on markup of another shape than the
portal's (wp_elementor_tct's list of one past event, which the teaser card rule of duda_thpt's
tuning no longer took as the page's text box)."""

from __future__ import annotations

from crawler.extract.document import parse
from crawler.plan import plan_page


def _one_entry_list(entry: str) -> bytes:
    return (
        '<html lang="vi"><head><meta charset="utf-8"><title>Lịch sự kiện – Trường Chính trị tỉnh</title></head><body>'
        '<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a> <a href="/lich/">Lịch sự kiện</a> '
        '<a href="/lien-he/">Liên hệ</a></div><main>'
        f'<div class="ds-su-kien">{entry}</div></main><footer><p>Trường Chính trị tỉnh. Điện thoại: 0210 3846 123.</p></footer>'
        "</body></html>"
    ).encode()


def test_a_lists_one_entry_under_its_linked_title_is_no_article() -> None:
    entry = (
        '<article class="muc-su-kien"><div class="thoi-gian"><time datetime="2026-10-13">13/10/2026</time></div>'
        '<h3 class="ten-su-kien"><a href="/lich/hoi-thao-khoa-hoc-cap-truong-2026/">Hội thảo khoa học cấp trường năm 2026</a></h3>'
        '<div class="dia-diem"><span class="diadiem-title">Hội trường B, cơ sở 2 của Trường</span></div>'
        "<div class=\"mo-ta\"><p>Hội thảo khoa học “Đổi mới nội dung, phương pháp giảng dạy lý luận chính trị” với các "
        "tham luận của giảng viên các khoa.</p></div></article>"
    )
    plan = plan_page(parse(_one_entry_list(entry), "http://h/lich/?hien-thi=da-qua"))
    assert plan.kind != "article"
