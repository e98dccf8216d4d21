"""Round 33's rules (Sitecore SXA, Joomla 5 with YOOtheme, a vendor e-government portal, OpenCart
with a blog) on markup of other shapes than the fixtures'."""

from __future__ import annotations

from crawler.extract import extract_article

URL = "http://127.0.0.1:8000/tin/bai-viet-17.html"
HEADLINE = "Hội nghị chuyên môn đầu năm học 2026 - 2027 của các tổ bộ môn"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị chuyên môn đầu năm học với sự tham dự của toàn thể giáo viên các tổ bộ môn và ban giám hiệu."
P2 = "Hội nghị đã thống nhất kế hoạch dạy học, lịch kiểm tra định kỳ và các chuyên đề sinh hoạt tổ chuyên môn trong học kỳ I năm học này."
LEAD = "Hội nghị là dịp để các tổ chuyên môn rà soát kế hoạch, thống nhất nội dung sinh hoạt chuyên đề và lịch kiểm tra cả năm học."


def test_the_author_box_after_the_articles_own_box_of_headline_lead_and_text() -> None:
    body = (
        "<div class='khung'><div class='o1'><section class='p1'><div class='p2'>"
        f"<h1>{HEADLINE}</h1><div class='ngay'>12/11/2026 08:30</div><div class='tom-tat'><b>{LEAD}</b></div>"
        f"<div class='field-body'><p>{P1}</p><p>{P2}</p></div></div></section></div>"
        "<div class='o2'><span>Tác giả:</span> <span>Lò Thị Hạnh</span></div>"
        "<div class='o3'><p><em>Nguồn: Báo Lai Châu</em></p></div></div>"
    )
    record = extract_article(f"<html><head><title>{HEADLINE}</title></head><body>{body}</body></html>".encode(), URL)
    assert record["authors"] == ["Lò Thị Hạnh"] and record["source"] == "Báo Lai Châu"
    assert record["body"] == f"{LEAD}\n\n{P1}\n\n{P2}"
