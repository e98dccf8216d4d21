"""Round 77 (blind portals cmc_egov_sgddt, misa_school_thcs, wp_legacy2012_tct, joomla4_astroid_thpt):
rules read on pages whose markup varies from the fixtures' (names, nesting, wording)."""

from __future__ import annotations

import pytest

from crawler.core.bylines import is_no_person
from crawler.core.lines import is_date_line
from crawler.extract import extract_article

_TEXT = (
    "<p>Sáng 14/11/2026, Công đoàn cơ sở nhà trường tổ chức Hội thao giáo viên chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, "
    "thu hút gần 90 vận động viên là cán bộ, giáo viên, nhân viên tham gia tranh tài.</p>"
    "<p>Hội thao gồm các môn bóng chuyền hơi, kéo co, cầu lông và các trò chơi dân gian, diễn ra sôi nổi, đoàn kết.</p>"
)


def _page(meta: str = "", text: str = _TEXT, crumb: str = "") -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Hội thao giáo viên</title></head><body>'
        f'<div class="top"><a href="/">Trang chủ</a></div>{crumb}<div class="art"><h2 class="hl">Sôi nổi Hội thao giáo viên chào mừng ngày Nhà giáo Việt Nam 20/11</h2>'
        f'{meta}<div class="txt">{text}</div></div><div class="ft">© Trường THPT</div></body></html>'
    ).encode()


@pytest.mark.parametrize("tag", ["dd", "li", "span"])
def test_a_labelled_date_reads_the_value_after_its_label_not_the_next_fields(tag: str) -> None:
    meta = (
        f'<dl class="inf"><{tag} class="c1"><i class="ic"></i> Ngày tạo: <time>Thứ sáu, 13 Tháng 11 2026 20:55</time></{tag}>'
        f'<{tag} class="c2"><i class="ic"></i> Ngày đăng: <time>Thứ bảy, 14 Tháng 11 2026 08:30</time></{tag}>'
        f'<{tag} class="c3"><i class="ic"></i> Cập nhật lần cuối: <time>Thứ bảy, 14 Tháng 11 2026 08:41</time></{tag}></dl>'
    )
    assert extract_article(_page(meta), "http://h/tin-tuc/252-hoi-thao")["published_at"] == "2026-11-14T08:30:00+07:00"


@pytest.mark.parametrize("code", ["{gallery}hoi-thao/2026{/gallery}", "{loadposition user4}", "{youtube}q3Xw8VbT1kM{/youtube}"])
def test_a_joomla_plugin_tag_left_in_the_text_is_no_text(code: str) -> None:
    body = extract_article(_page(text=_TEXT + f"<p>{code}</p>"), "http://h/tin-tuc/252-hoi-thao")["body"]
    assert "{" not in body


def test_word_style_sheet_printed_as_text_is_dropped() -> None:
    css = '<p>/* Style Definitions */ table.MsoNormalTable {mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0;}</p>'
    assert "mso-style" not in extract_article(_page(text=css + _TEXT), "http://h/tin-tuc/252-hoi-thao")["body"]


def test_a_party_documents_letterhead_in_capitals_is_furniture_and_a_sentence_naming_the_party_is_text() -> None:
    letter = (
        "<table><tr><td>ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH<br>ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ<br>Số: 88-TB/ĐU</td>"
        "<td>ĐẢNG CỘNG SẢN VIỆT NAM<br>Hà Tĩnh, ngày 28 tháng 11 năm 2026</td></tr></table>"
        "<p style='text-align:center'><strong>THÔNG BÁO</strong></p>"
    )
    record = extract_article(_page(text=letter + _TEXT), "http://h/tin-tuc/88-thong-bao")
    assert record["body"].startswith("Sáng 14/11/2026") and record["published_at"] == "2026-11-28"
    items = "<p>Các chuyên đề:</p><p>- Tổ chức và hoạt động của Đảng Cộng sản Việt Nam;</p>"
    assert "Đảng Cộng sản Việt Nam;" in extract_article(_page(text=items + _TEXT), "http://h/tin-tuc/89-lop-hoc")["body"]


def test_a_meta_line_with_its_comment_count_is_a_date_line() -> None:
    assert is_date_line("Thứ Tư, 18/11/2026 lúc 4:40 chiều | Người đăng: bbt_tct | | 0 bình luận")
    assert is_date_line("18/11/2026 | 3 Bình luận")
    assert not is_date_line("Ngày 18/11/2026 hội nghị nhận được 3 ý kiến đóng góp")


def test_the_editorial_board_credits_no_photo() -> None:
    assert is_no_person("BBT") and is_no_person("Ban Biên tập")
    photo = '<p style="text-align:center"><img src="/up/hoi-thao.jpg" alt=""></p><p style="text-align:center"><em>(Ảnh: BBT)</em></p>'
    record = extract_article(_page(text=_TEXT + photo), "http://h/tin-tuc/252-hoi-thao")
    assert record["photographers"] == [] and [im["caption"] for im in record["images"]] == [None]


def test_a_trail_with_an_unlinked_step_between_links_names_the_category() -> None:
    crumb = (
        '<div class="q1"><a href="/">Trang chủ</a> <span class="q2">»</span> <span>Tin tức - Sự kiện</span> '
        '<span class="q2">»</span> <a href="/chuyen-muc/12/tin-hoat-dong.html">Tin hoạt động</a></div>'
    )
    assert extract_article(_page(crumb=crumb), "http://h/tin-tuc/12/hoi-thao-4809.html")["category"] == "Tin hoạt động"
