"""Round 88 (blind portals contentful_next_mamnon, hanoi_edu_portal_thcs, mobifone_school_thcs,
prismic_nuxt_tct, storyblok_astro_pgd, viettel_smas_thpt): rules read on pages whose markup varies
from the fixtures'."""

from __future__ import annotations

from crawler.core.bylines import parse_signature
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.extract.metadata import read_metadata

_TEXT = (
    "<p>Sáng 02/12, nhà trường tổ chức Hội thi kể chuyện về Bác Hồ cho học sinh khối 10 và khối 11, "
    "thu hút 32 thí sinh đến từ 18 lớp tham gia.</p>"
    "<p>Các phần thi được đầu tư công phu, nhiều câu chuyện cảm động về tấm gương đạo đức của Bác; "
    "Ban giám khảo đánh giá cao sự sáng tạo của các em.</p>"
)


def _html(body: str, head: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8">{head}</head><body><div class="menu"><a href="/">Trang chủ</a>'
        f' <a href="/tin-tuc">Tin tức</a></div>{body}<div class="cuoi-trang">© 2026 Trường THPT Nguyễn Du</div></body></html>'
    ).encode()


def test_the_pages_og_url_names_it_where_every_canonical_names_the_root() -> None:
    head = '<link rel="canonical" href="http://h/"><meta property="og:url" content="http://h/tin-tuc/25/hoi-thi-ke-chuyen">'
    url = "http://h/Portal/NewsDetail?newsId=25"
    assert read_metadata(parse(_html("<p>x</p>", head), url).tree, url).canonical == "http://h/tin-tuc/25/hoi-thi-ke-chuyen"
    # (another host's og:url is no name of this page; the root on an item's page by its number
    # names none either, since stop 56: no canonical)
    other = '<link rel="canonical" href="http://h/"><meta property="og:url" content="http://localhost/tin-tuc/25">'
    assert read_metadata(parse(_html("<p>x</p>", other), url).tree, url).canonical is None


def test_a_signing_span_and_the_board_signing_by_one() -> None:
    page = _html(
        f'<main><h1>Hội thi kể chuyện về Bác Hồ năm 2026</h1><p class="d">02/12/2026</p><div class="bai"><section class="rt">{_TEXT}'
        '<p><span class="chu-ky">Tổ Ngữ văn</span></p></section><!--]--></div></main>'
    )
    record = extract_article(page, "http://h/tin-tuc/hoi-thi-ke-chuyen")
    assert record["authors"] == ["Tổ Ngữ văn"] and "Tổ Ngữ văn" not in record["body"]
    board = _html(f'<main><h1>Hội thi kể chuyện về Bác Hồ năm 2026</h1><p class="d">02/12/2026</p><section class="rt">{_TEXT}<p><span class="ky-ten">BBT</span></p></section></main>')
    record = extract_article(board, "http://h/tin-tuc/hoi-thi-ke-chuyen")
    assert record["authors"] == [] and not record["body"].endswith("BBT")


def test_signatures_of_research_institutions_and_health_staff() -> None:
    assert parse_signature("TS. Nguyễn Văn Hòa - Viện Khoa học Giáo dục Việt Nam", closing=True).authors == ["Nguyễn Văn Hòa"]
    assert parse_signature("Bác sĩ Trần Thu Hương – Trạm Y tế phường", closing=True).authors == ["Trần Thu Hương"]


def test_an_icon_named_ico_is_no_photo() -> None:
    page = _html(f'<article><h1>Hội thi kể chuyện về Bác Hồ năm 2026</h1><p class="d"><img src="/skin/img/ico_calendar.gif"> 02/12/2026</p>{_TEXT}</article>')
    assert extract_article(page, "http://h/tin-tuc/hoi-thi")["images"] == []


def test_a_later_block_of_the_texts_kind_with_a_see_also_line_and_a_players_title() -> None:
    page = _html(
        '<main><h1>Hội thi kể chuyện về Bác Hồ năm 2026</h1><p class="d">02/12/2026</p><div class="slices">'
        f'<section class="slice-text">{_TEXT}<p>Hội thi là hoạt động thiết thực chào mừng ngày thành lập Đoàn, thu hút đông đảo đoàn viên tham gia.</p></section>'
        '<section class="slice-video"><div class="v"><iframe src="https://www.youtube.com/embed/abc" title="Hội thi kể chuyện về Bác năm 2026"></iframe></div>'
        '<p class="v-title">► Hội thi kể chuyện về Bác năm 2026</p></section>'
        '<section class="slice-text"><p>Kết thúc hội thi, Ban tổ chức trao giải Nhất cho em Lê Thu Trang, lớp 11A2.</p>'
        '<p><b>Xem thêm: </b><a href="/tin-tuc/hoi-thi-nam-2025">Hội thi kể chuyện về Bác Hồ năm 2025 thành công tốt đẹp</a></p></section></div></main>'
    )
    body = extract_article(page, "http://h/tin-tuc/hoi-thi")["body"]
    assert body.endswith("lớp 11A2.") and "►" not in body and "Hội thi kể chuyện về Bác năm 2026" not in body


def test_a_related_lists_dates_are_no_date_of_the_post() -> None:
    page = _html(
        f'<main><h1>Hội thi kể chuyện về Bác Hồ năm 2026</h1><div class="bai">{_TEXT}</div>'
        '<ul class="khac"><li><a href="/tin-tuc/a">Đoàn trường ra quân tình nguyện mùa đông</a> <time datetime="2026-11-30T01:00:00Z">30/11/2026</time></li>'
        '<li><a href="/tin-tuc/b">Học sinh đạt giải cuộc thi khoa học kỹ thuật cấp tỉnh</a> <time datetime="2026-11-25T01:00:00Z">25/11/2026</time></li></ul></main>'
    )
    assert extract_article(page, "http://h/tin-tuc/hoi-thi")["published_at"] is None


def test_an_edit_stamp_printed_time_first_gives_way_to_the_posts_own_date() -> None:
    page = _html(
        '<article><h1>Hội thi kể chuyện về Bác Hồ năm 2026</h1><div class="tt"><span>Cập nhật: 16:40 03/12/2026</span> | '
        f'<span>09:15 02/12/2026</span></div>{_TEXT}</article>'
    )
    assert extract_article(page, "http://h/tin-tuc/hoi-thi")["published_at"].startswith("2026-12-02")
