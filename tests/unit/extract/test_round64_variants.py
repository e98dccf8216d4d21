"""Round 64 (blind portals faceted_filters_sgddt, byline_zoo_pgd, migrated_twins_thpt): discovery
and extraction rules on other shapes than the portals', and the near misses that must stay."""

from __future__ import annotations

from crawler.core.bylines import parse_signature
from crawler.extract import extract_article
from crawler.navigation.families import FACET_PATIENCE, Families, query_variants_of

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về chuyên đề dạy học đọc hiểu văn bản nghị luận với sự tham gia của bốn mươi giáo viên Ngữ văn.</p>" for i in range(4)
)


# --- a faceted list's query variants ---------------------------------------------------------------------


def _facets(n: int) -> list[str]:
    """Facet links as a faceted list prints them: each keeps some of the others (year, month,
    type, sort order, view), so their sets of keys and words make many families."""
    orders = ("moi", "cu", "xem")
    urls = []
    for i in range(n):
        parts = [f"nam={2024 + i % 3}", f"sap_xep={orders[i % 3]}"]
        if i % 2:
            parts.append(f"thang={1 + i % 12}")
        if i % 4 < 2:
            parts.append(f"loai={'tin' if i % 3 else 'thong-bao'}")
        if i % 5 == 0:
            parts.append("hien_thi=luoi")
        urls.append("http://h/tin-bai/?" + "&".join(parts))
    return urls


def test_a_paths_query_variants_freeze_after_a_barren_run() -> None:
    families = Families()
    for url in _facets(FACET_PATIENCE):
        assert families.allows(url)
        families.record(url, productive=True, fresh=False)  # (entries, all asked for already)
    assert not families.allows("http://h/tin-bai/?nam=2025&thang=3&sap_xep=cu")
    # an article at a query address of that path is still fetched, and so is the path itself
    assert families.allows("http://h/tin-bai/?id=318", article=True)
    assert families.allows("http://h/tin-bai/")


def test_fresh_entries_and_articles_keep_the_variants_open() -> None:
    families = Families()
    for i, url in enumerate(_facets(3 * FACET_PATIENCE)):
        families.record(url, productive=True, fresh=i % 10 == 0)  # a new entry now and then
    assert families.allows("http://h/tin-bai/?nam=2025&thang=3&sap_xep=cu")
    single = Families()  # a single-script site: its lists and posts share "index.php"
    for i in range(3 * FACET_PATIENCE):
        single.record(f"http://h/index.php?act={('gt', 'lh', 'dsgv', 'lbg')[i % 4]}&muc={i}&k{i % 12}=x", productive=False)
        if i % 10 == 0:
            single.note_article(f"http://h/index.php?act=tin&id={i}")
    assert single.allows("http://h/index.php?act=dm&ma=2&trang=3")


def test_a_few_lists_at_one_path_are_no_facets() -> None:
    # (Moodle: a forum's list, its sort orders and pages, another forum's list: four families)
    families = Families()
    for i in range(3 * FACET_PATIENCE):
        families.record(f"http://h/mod/forum/view.php?id=2&o={i % 9}", productive=True, fresh=False)
    assert families.allows("http://h/mod/forum/view.php?id=3")


def test_the_variants_key_is_the_paths() -> None:
    assert query_variants_of("http://h/tin-bai/?nam=2026&thang=11") == query_variants_of("http://h/tin-bai/?loai=tin")
    assert query_variants_of("http://h/tin-bai/") is None


# --- bylines -------------------------------------------------------------------------------------------


def test_a_unit_in_brackets_with_a_dash_inside_is_the_signers_unit() -> None:
    byline = parse_signature("Nguyễn Thị Thu Hà (Tổ Văn – Sử, Trường THCS Quảng Long)", closing=True)
    assert byline is not None and byline.authors == ["Nguyễn Thị Thu Hà"]


def test_a_dashed_name_under_a_quotation_is_who_said_it() -> None:
    text = (
        _PROSE + "<p>Bức thư khép lại bằng lời dạy của Chủ tịch Hồ Chí Minh:</p><p><i>“Dù khó khăn đến đâu cũng phải thi đua dạy tốt và học tốt.”</i></p>"
        "<p style='text-align:right'>— Hồ Chí Minh</p><p style='text-align:right'><b>Hoàng Yến (tổng hợp)</b></p>"
    )
    html = f"<html><body><h1>Thư Bộ trưởng gửi các thầy cô nhân ngày 20/11</h1><p>18/11/2026</p><div class='c'>{text}</div></body></html>"
    record = extract_article(html.encode(), "http://h/news/thong-bao/thu-bo-truong-1257.html")
    assert record["authors"] == ["Hoàng Yến"]
    assert record["body"].endswith("— Hồ Chí Minh")


def test_a_dashed_signature_under_prose_still_signs() -> None:
    text = _PROSE + "<p style='text-align:right'>— Nguyễn Thị Lan</p>"
    html = f"<html><body><h1>Cảm nhận về nghề giáo của một cô giáo trẻ vùng cao</h1><p>18/11/2026</p><div class='c'>{text}</div></body></html>"
    assert extract_article(html.encode(), "http://h/news/tin-tuc/cam-nhan-1.html")["authors"] == ["Nguyễn Thị Lan"]
