"""Markup shapes of round 120's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.bylines import parse_byline
from crawler.core.dates import find_dates
from crawler.core.lines import is_fields_line
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page
from tests.unit.extract.test_round117_variants import _P1, _P2, _page

_TITLE = "Hội thi “Giai điệu tuổi hồng” năm học 2026 – 2027"
_URL = "http://127.0.0.1/tin/58"
_P3 = (
    "Kết thúc hội thi, Ban tổ chức trao mười giải khuyến khích cho các chi đội có nhiều cố gắng, đồng thời "
    "chọn ba tiết mục xuất sắc nhất để tham gia hội diễn cấp huyện vào cuối tháng Mười hai."
)


def _post(inner: str, title: str = _TITLE, head: str = "") -> bytes:
    return _page(f"{head}<div class='trang'><h1 class='td'>{title}</h1><div class='ngay'>05/12/2026</div>{inner}</div>", title)


def test_an_editors_image_block_is_a_photo_of_the_text() -> None:
    inner = (
        f"<div class='bai'><p>{_P1}</p><figure class='cdx-block image-tool image-tool--stretched'><img src='/up/hoi-thi.jpg'>"
        f"<figcaption>Tiết mục của chi đội 8A2</figcaption></figure><p>{_P2}</p></div>"
    )
    record = extract_article(_post(inner), _URL)
    assert [(i["url"], i["caption"]) for i in record["images"]] == [("http://127.0.0.1/up/hoi-thi.jpg", "Tiết mục của chi đội 8A2")]


def test_the_folded_rest_of_a_text_is_text() -> None:
    inner = (
        f"<div class='bai-viet'><p>{_P1}</p><p>{_P2}</p><p>{_P1.replace('Chiều 04/12/2026', 'Tối 04/12/2026')}</p></div>"
        f"<div class='gap-lai'><div style='display:none' class='phan-sau'><p>{_P3}</p><p>Hội thi khép lại trong không khí vui tươi.</p></div>"
        "<button type='button' onclick='moRa()'>Đọc toàn bộ bài viết ▾</button></div>"
    )
    body = extract_article(_post(inner), _URL)["body"]
    assert body.startswith(f"{_P1}\n\n{_P2}\n\n") and body.endswith(f"{_P3}\n\nHội thi khép lại trong không khí vui tươi.")
    assert "Đọc toàn bộ" not in body


def test_blocks_of_a_series_with_a_modifier_are_the_series() -> None:
    # (a block's BEM modifier, "khoi--phai", says how it is set: the signature block is the text's)
    para = "".join(f"<div class='khoi'><div class='khoi__nd'><p>{p}</p></div></div>" for p in (_P1, _P2, _P3))
    inner = (
        f"<div class='bai'>{para}<div class='khoi khoi--rong'><div class='khoi__nd'><figure><img src='/up/anh-1.jpg'>"
        "<figcaption>Các chi đội diễu hành</figcaption></figure></div></div>"
        "<div class='khoi khoi--right'><div class='khoi__nd'><p style='text-align:right'><b>Tổ Khoa học Tự nhiên</b></p></div></div></div>"
    )
    record = extract_article(_post(inner), _URL)
    assert record["images"] == [{"url": "http://127.0.0.1/up/anh-1.jpg", "caption": "Các chi đội diễu hành"}]
    assert record["authors"] == ["Tổ Khoa học Tự nhiên"]


def test_a_row_shown_from_a_tablets_width_is_read() -> None:
    inner = (
        "<div class='md:hidden'>05/12</div><div class='hidden md:flex gap-2'><span>05/12/2026 08:15</span>"
        "<span>Tác giả: Đỗ Minh Quân</span></div>"
        f"<div class='bai'><p>{_P1}</p><p>{_P2}</p></div>"
    )
    assert extract_article(_post(inner), _URL)["authors"] == ["Đỗ Minh Quân"]


def test_the_posting_line_in_the_posts_box_gives_the_days_time() -> None:
    body = (
        "<div class='bai-dang'><div class='lich'><span>27</span><span>Th11</span><span>2026</span></div>"
        f"<h2><a href='/bai/11' rel='bookmark'>{_TITLE}</a></h2><div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        "<p class='dong-cuoi'>Đăng bởi quantri lúc 02:05 CH | Chuyên mục: <a href='/chuyen-muc/doi'>Hoạt động Đội</a> | 3 bình luận</p></div>"
    )
    record = extract_article(_page(body, _TITLE), "http://127.0.0.1/bai/11")
    assert record["published_at"] == "2026-11-27T14:05:00+07:00"


def test_an_accounts_posting_line_with_its_time_alone_is_a_fields_line() -> None:
    assert is_fields_line("Đăng bởi bientap lúc 09:15 SA | Chuyên mục: Thông báo | 2 bình luận | Sửa lần cuối: 05/12/2026 08:12")


def test_a_thumbnail_opening_its_photo_in_a_popup_is_a_photo() -> None:
    inner = (
        f"<div class='bai'><p>{_P1}</p><p><a href='/up/le.jpg' class='blog-popupimage'><img src='/up/le.thumb.jpg' "
        f"class='blog-popupimage' width='240' height='160'></a></p><p>{_P2}</p></div>"
    )
    assert [i["url"] for i in extract_article(_post(inner), _URL)["images"]] == ["http://127.0.0.1/up/le.thumb.jpg"]


def test_a_subtitle_sentence_under_the_headline_is_the_lead() -> None:
    lead = "Chiều 04/12, Liên đội tổ chức Hội thi “Giai điệu tuổi hồng” với mười bốn tiết mục của các chi đội."
    inner = f"<h3 class='tieu-de-phu'>{lead}</h3><div class='bai'><p>{_P1}</p><p>{_P2}</p></div>"
    record = extract_article(_post(inner), _URL)
    assert record["summary"] == lead


def test_the_en_us_short_date_is_month_first() -> None:
    assert [f.iso() for f in find_dates("lúc 10/21/26, 3:45 PM")] == ["2026-10-21T15:45:00+07:00"]
    assert [f.iso() for f in find_dates("Cập nhật 12/3/26, 9:05 AM")] == ["2026-12-03T09:05:00+07:00"]
    assert [f.iso() for f in find_dates("Ngày 12/3/2026")] == ["2026-03-12"]  # (day first, as Vietnamese dates are)


def test_a_basic_page_node_is_no_article() -> None:
    body = (
        "<div id='node-17' class='node node-type-page'><h2 class='tieu-de'>Quy chế tuyển sinh lớp 10</h2>"
        f"<div class='node-info'>Đăng bởi quantri lúc 20/03/2026 09:00</div><div class='node-body'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></div>"
    )
    assert plan_page(parse(_page(body, "Quy chế tuyển sinh lớp 10"), "http://127.0.0.1/trang/quy-che", None)).kind != "article"


def test_the_posters_word_before_a_name_alone() -> None:
    assert parse_byline("Bởi Lê Thị Hồng Nhung").posters == ["Lê Thị Hồng Nhung"]  # type: ignore[union-attr]
    assert parse_byline("By Administrator").account  # type: ignore[union-attr]
    assert parse_byline("Bởi vì trời mưa to") is None


def test_a_photo_by_its_size_parameters_is_its_featured_copy() -> None:
    inner = (
        "<div class='anh-dai-dien'><img src='/wp-content/uploads/2026/12/IMG_2041-768x432.jpg' width='768' height='432'></div>"
        f"<div class='entry-content'><p>{_P1}</p><p><img src='/wp-content/uploads/2026/12/IMG_2041.jpg?w=380&amp;h=250' width='380' height='250'></p>"
        f"<p style='text-align:center'><em>Các chi đội diễu hành</em></p><p>{_P2}</p></div>"
    )
    images = extract_article(_post(inner), _URL)["images"]
    assert [i["url"] for i in images] == ["http://127.0.0.1/wp-content/uploads/2026/12/IMG_2041.jpg?w=380&h=250"]


def test_labels_of_an_author_box_and_of_a_reporters_group() -> None:
    assert parse_byline("Về tác giả: TS. Lường Văn Khánh").authors == ["Lường Văn Khánh"]  # type: ignore[union-attr]
    assert parse_byline("Nhóm tin: Lò Văn Tú - Hà Thị Mai").authors == ["Lò Văn Tú", "Hà Thị Mai"]  # type: ignore[union-attr]


def test_share_buttons_between_the_text_and_its_author_box_are_passed_over() -> None:
    inner = (
        f"<div class='bai'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='chia-se'><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Chia sẻ Facebook</a> <a href='javascript:window.print()'>In bài</a></div>"
        "<div class='tac-gia-bv'><h4>Về tác giả: <strong>ThS. Lường Văn Khánh</strong></h4><p>Giảng viên Khoa Lý luận cơ sở</p></div>"
    )
    assert extract_article(_post(inner), _URL)["authors"] == ["Lường Văn Khánh"]
