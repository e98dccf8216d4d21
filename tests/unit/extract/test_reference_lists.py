"""A text's own references: numbered, linked document titles under a line of the text that
introduces them ("Các văn bản tham khảo:") are text; a file offered under an attachment label, or
linked titles of other posts, are not."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article

_TEXT = (
    "<p>Thời gian qua, các chi bộ trong trường đã cụ thể hóa nội dung học tập thành những việc làm thiết thực: "
    "giảng viên đăng ký chuẩn mực đạo đức nghề nghiệp, học viên đăng ký rèn luyện tác phong.</p>"
    "<p>Việc đưa nội dung học tập và làm theo Bác vào bài giảng được thực hiện thường xuyên, gắn với những tấm gương điển hình ở cơ sở.</p>"
)
_DOCS = [
    ("nq-45.pdf", "Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về đội ngũ trí thức"),
    ("kl-01.pdf", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW"),
]


def _page(label: str, mark: str, wrap: str = "p") -> bytes:
    items = "".join(f'<{wrap}>{mark.format(n=i + 1)} <a href="/files/{f}">{t}</a></{wrap}>' for i, (f, t) in enumerate(_DOCS))
    if wrap == "li":
        items = f"<ol>{items}</ol>"
    return (
        '<html><head><meta charset="utf-8"><title>Học tập và làm theo Bác</title></head><body>'
        '<div class="hdr"><a href="/">Trang chủ</a></div><div class="wrap"><h1>Phát huy vai trò đội ngũ giảng viên</h1>'
        f'<div class="bai">{_TEXT}<p>{label}</p>{items}<p style="text-align:right"><strong>Giàng Thị Dợ</strong></p></div></div>'
        "<div class='ftr'>© Trường Chính trị tỉnh</div></body></html>"
    ).encode()


@pytest.mark.parametrize(("label", "mark", "wrap"), [("Các văn bản tham khảo:", "{n}.", "p"), ("Tài liệu tham khảo:", "{n})", "p"), ("Căn cứ các văn bản sau:", "{n}.", "p"), ("Tài liệu tham khảo:", "", "li")])
def test_numbered_documents_under_the_texts_own_label_are_text(label: str, mark: str, wrap: str) -> None:
    record = extract_article(_page(label, mark, wrap), "http://h/tin-tuc/225-phat-huy.html")
    paragraphs = record["body"].split("\n\n")
    assert paragraphs[-3:] == [label, *(f"{mark.format(n=i + 1)} {t}".strip() for i, (_f, t) in enumerate(_DOCS))]
    assert record["authors"] == ["Giàng Thị Dợ"]


def test_files_under_an_attachment_label_are_no_text() -> None:
    record = extract_article(_page("Tệp đính kèm:", "{n}."), "http://h/tin-tuc/225-phat-huy.html")
    assert "Nghị quyết số 45" not in record["body"] and "Tệp đính kèm" not in record["body"]
