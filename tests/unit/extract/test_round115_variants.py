"""Markup shapes of round 115's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.lines import is_date_line
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.links import extract_links
from crawler.plan import plan_page

_P1 = (
    "Chiều 04/12/2026, Trường tổ chức Hội nghị đối thoại giữa Ban Giám hiệu với học sinh năm học 2026 – 2027, "
    "lắng nghe ý kiến của các em về cơ sở vật chất, hoạt động ngoại khóa và nề nếp học tập."
)
_P2 = (
    "Nhiều ý kiến thẳng thắn được nêu ra, trong đó có đề xuất mở thêm câu lạc bộ tiếng Anh và kéo dài giờ mở cửa "
    "thư viện vào buổi chiều để học sinh có thêm chỗ tự học."
)
_P3 = (
    "Thay mặt nhà trường, thầy Hiệu trưởng tiếp thu và giải đáp các ý kiến, giao các bộ phận chuyên môn "
    "xây dựng kế hoạch thực hiện ngay trong học kỳ II."
)
_TITLE = "Hội nghị đối thoại giữa Ban Giám hiệu với học sinh năm học 2026 – 2027"
_URL = "http://127.0.0.1/bai/doi-thoai-hoc-sinh-2026/"


def _page(body: str, head: str = "") -> bytes:
    return f'<html lang="vi"><head><meta charset="utf-8"><title>{head or _TITLE}</title></head><body>{body}</body></html>'.encode()


def test_a_meta_line_parted_by_em_dashes() -> None:
    assert is_date_line("bởi bientap — Đăng lúc: 14:30:00 4 thg 12, 2026 — Sửa lần cuối: 08:00:00 5 thg 12, 2026 —")


def test_a_records_labelled_fields_give_headline_lead_and_text() -> None:
    body = (
        "<h1>Xem bản ghi</h1><div class='record'>"
        f"<dl><dt>Tiêu đề</dt><dd>{_TITLE}</dd><dt>Ngày đăng</dt><dd>04/12/2026 16:30</dd>"
        f"<dt>Tóm tắt</dt><dd>{_P1}</dd><dt>Nội dung</dt><dd><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></dd>"
        "<dt>Lượt xem</dt><dd>215</dd><dt>Người tạo</dt><dd>bientap02</dd></dl></div>"
    )
    record = extract_article(_page(body, "Xem bản ghi"), _URL)
    assert record["title"] == _TITLE
    assert record["summary"] == _P1
    assert record["body"] == "\n\n".join([_P1, _P2, _P3])


def test_a_related_box_set_between_the_texts_parts_is_no_text() -> None:
    related = "".join(f"<li><a href='/bai/{i}/'>Tin số {i} của nhà trường trong học kỳ</a></li>" for i in range(3))
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p>"
        f"<div class='noidung'><p>{_P1}</p></div>"
        f"<div class='hop-lq'><div class='hop-dau'>Bài liên quan</div><ul>{related}</ul></div>"
        f"<div class='noidung noidung-2'><p>{_P2}</p><p>{_P3}</p></div></div>"
    )
    text = extract_article(_page(body), _URL)["body"]
    assert "Tin số 1" not in text and text.endswith(_P3)


def test_a_caption_box_above_its_photo_captions_it() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p class='ngay'>04/12/2026</p><div class='noidung'><p>{_P1}</p>"
        "<div class='chu-thich'>Học sinh phát biểu tại hội nghị</div><p><img src='/anh/doi-thoai.jpg' alt=''></p>"
        f"<p>{_P2}</p><p>{_P3}</p></div></div>"
    )
    record = extract_article(_page(body), _URL)
    assert record["images"] == [{"url": "http://127.0.0.1/anh/doi-thoai.jpg", "caption": "Học sinh phát biểu tại hội nghị"}]
    assert "Học sinh phát biểu" not in record["body"]


def test_a_print_view_a_script_opens_is_not_followed() -> None:
    html = (
        "<html><body><a href='javascript:void(0)' onclick=\"window.open('/bai/1/in-bai','w')\">In bài</a>"
        "<a href='javascript:void(0)' onclick=\"window.open('/bai/2/','w')\">Tin tiếp theo về hội nghị</a></body></html>"
    )
    urls = {link.url for link in extract_links(parse(html.encode(), _URL, None).tree, _URL).links}
    assert "http://127.0.0.1/bai/1/in-bai" not in urls


def test_a_link_post_on_its_own_page_is_an_article() -> None:
    body = (
        f"<article class='post link'><h2><a href='https://baotinh.vn/giao-duc/doi-thoai.html'>{_TITLE}</a> <span>→</span></h2>"
        f"<div class='desc'><p>{_P1}</p><p>{_P2}</p></div>"
        f"<footer>Đăng <a href='{_URL}' rel='bookmark'><time datetime='2026-12-04T09:30:00Z'>4 tháng 12, 2026 lúc 16:30</time></a></footer></article>"
    )
    page = parse(_page(body), _URL, None)
    assert plan_page(page).kind == "article"
    assert extract_article(_page(body), _URL)["title"] == _TITLE


def test_a_short_line_of_the_text_in_a_box_holding_the_headline_dates_nothing() -> None:
    body = (
        f"<article class='post'><h2>{_TITLE}</h2><div class='nd'><p>{_P1}</p><p>{_P2}</p>"
        "<p>Hạn nộp ý kiến đến hết ngày 18/12/2026.</p></div>"
        "<footer>Đăng <time datetime='2026-12-04T09:30:00Z'>4 tháng 12, 2026 lúc 16:30</time></footer></article>"
    )
    assert extract_article(_page(body), _URL)["published_at"] == "2026-12-04T16:30:00+07:00"
