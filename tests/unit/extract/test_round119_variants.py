"""Markup shapes of round 119's blind portals (and round 118's left ones), written again in other
words and classes: each test holds the rule, not the fixture (the fixture's own crawl holds the
fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _page

_NOTICE_TITLE = "Thông báo tổ chức hội thi giáo viên chủ nhiệm giỏi cấp tỉnh năm học 2026 - 2027"
_URL = "http://127.0.0.1/thongbao/chitiet/7731"


def test_a_records_lead_row_is_the_lead_of_a_notice_in_its_text_row() -> None:
    # (a vendor record: label cells before value cells, the text a notice printed with its
    # letterhead; the lead row's line is the lead and stays the text's first paragraph)
    lead = "Hội thi diễn ra từ ngày 14/12 đến ngày 16/12/2026 tại Trường THPT chuyên tỉnh."
    body = (
        "<div class='chitiet'><table class='bang-tin'>"
        f"<tr><th class='nhan'>Tiêu đề</th><td class='giatri'><span class='tde'>{_NOTICE_TITLE}</span></td></tr>"
        "<tr><th class='nhan'>Ngày đăng</th><td class='giatri'>05/12/2026 09:20</td></tr>"
        f"<tr><th class='nhan'>Trích yếu</th><td class='giatri'><strong>{lead}</strong></td></tr>"
        "<tr><th class='nhan'>Nội dung chi tiết</th><td class='giatri'><div class='bai-noidung'>"
        "<table><tr><td>SỞ GIÁO DỤC VÀ ĐÀO TẠO</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>"
        "<tr><td>Số: 1502/TB-SGDĐT</td><td><em>ngày 04 tháng 12 năm 2026</em></td></tr></table>"
        "<p style='text-align:center'><b>THÔNG BÁO</b></p>"
        "<p style='text-align:center'><b>Về việc tổ chức hội thi giáo viên chủ nhiệm giỏi</b></p>"
        f"<p>{_P1}</p><p>{_P2}</p></div></td></tr>"
        "<tr><th class='nhan'>Lượt xem</th><td class='giatri'>311</td></tr></table></div>"
    )
    record = extract_article(_page(body, _NOTICE_TITLE), _URL)
    assert record["summary"] == lead
    assert record["body"] == f"{lead}\n\n{_P1}\n\n{_P2}"
