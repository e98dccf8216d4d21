"""Round 28's rules (a Java e-government CMS with URL session ids, Liferay DXP display templates,
ASP.NET postback-only lists, articles shown in an iframe) on markup of other shapes than the
fixtures': other tags, class names, wording and addresses."""

from __future__ import annotations

from crawler.core.bylines import parse_byline
from crawler.core.vocab import families, is_noise_families
from crawler.extract import extract_article

URL = "http://127.0.0.1:8000/tin/xem?id=77"
HEADLINE = "Hội nghị triển khai nhiệm vụ năm học mới"
P1 = "Sáng 12/11, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học mới với sự tham dự của toàn thể cán bộ, giáo viên và nhân viên trong trường."
P2 = "Hội nghị đã thống nhất các chỉ tiêu thi đua, kế hoạch dạy học và các giải pháp nâng cao chất lượng giáo dục toàn diện trong năm học này."


def _page(body: str, title: str = HEADLINE) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_an_office_name_ending_in_an_abbreviation_is_one_author() -> None:
    assert parse_byline("Người viết: Phòng Quản lý - NCKH").authors == ["Phòng Quản lý - NCKH"]
    assert parse_byline("Tin: Phòng GDTrH - Nguyễn Văn An").authors == ["Phòng GDTrH", "Nguyễn Văn An"]


def test_vietnamese_side_columns_block_titles_and_tool_names_are_furniture() -> None:
    # (a side column by its side's name is its own family since round 49, furniture unless it
    # holds the page's headline or trail: vocab.main_column)
    assert "column" in families("cot-trai") and is_noise_families(families("cot-trai"))
    assert "widget_title" in families("tieu-de-khoi")
    assert "tools" in families("cong-cu-bai") and "tools" in families("danh-gia")


def test_the_named_text_inside_an_article_box_full_of_furniture_is_the_text() -> None:
    furniture = "".join(f"<li><a href='/tin/xem?id={n}'>Tin khác số {n} về hoạt động của nhà trường trong tháng</a> (0{n}/11/2026)</li>" for n in range(1, 8))
    body = (
        f"<div class='khung-bai'><h2 class='ten-bai'>{HEADLINE}</h2><p class='ngay'>Ngày đăng: 12/11/2026</p>"
        f"<div class='noi-dung-bai'><p>{P1}</p><p>{P2}</p></div>"
        "<div class='cong-cu-bai'><a href='/in?id=77'>In bài</a> | <a href='/email?id=77'>Gửi email</a> | Lưu tin</div>"
        "<div class='danh-gia'>Đánh giá bài viết: ★★★★★ (4,6/5 - 39 lượt)</div>"
        f"<div class='tin-khac'><b>Các tin khác</b><ul>{furniture}</ul></div>"
        "<div class='y-kien'><b>Ý kiến bạn đọc</b><form>Họ tên <input name='ten'> Nội dung <textarea></textarea></form></div></div>"
    )
    assert extract_article(_page(body), URL)["body"] == f"{P1}\n\n{P2}"


def _groups(html: str) -> list:
    from crawler.extract.content import position
    from crawler.extract.document import parse
    from crawler.navigation.links import extract_links
    from crawler.navigation.listing import entry_groups

    page = parse(html.encode(), "http://127.0.0.1:8000/tin-tuc?cm=3")
    links = extract_links(page.tree, page.url)
    texts = [link.text for link in links.links]
    urls = [link.url for link in links.links]
    return entry_groups(links.anchors, texts, urls, position(page.tree))


def _entries(n: int, box: str) -> str:
    items = "".join(
        f"<div class='bai'><a href='/tin-tuc/chi-tiet?id={100 + i}'>Hội nghị chuyên đề đổi mới phương pháp dạy học số {i}</a> <span>(1{i}/11/2026)</span></div>"
        for i in range(n)
    )
    return f"<div class='{box}'>{items}</div>"


def test_a_categorys_own_frame_and_a_list_named_news_list_are_no_furniture() -> None:
    for box in ("khung-chuyen-muc", "news-list", "danhmuc-tin"):
        groups = _groups(f"<html><body><div class='giua'>{_entries(3, box)}</div></body></html>")
        assert groups and not groups[0].noise, box


def test_a_latest_posts_box_and_a_marquee_of_notices_are_furniture() -> None:
    groups = _groups(f"<html><body><div class='latest'>{_entries(3, 'inner')}</div></body></html>")
    assert groups and groups[0].noise
    groups = _groups(f"<html><body><marquee>{_entries(3, 'thong-bao')}</marquee></body></html>")
    assert groups and groups[0].noise


def test_a_layout_rows_columns_of_different_widths_are_no_list() -> None:
    from lxml import html as lxml_html

    from crawler.navigation.listing import _layout_columns

    row = lxml_html.fromstring("<div class='row'><div class='col-md-3'>a</div><div class='col-md-6'>b</div><div class='col-md-3 hidden-xs'>c</div></div>")
    assert _layout_columns(list(row))
    cards = lxml_html.fromstring("<div class='row'><div class='col-md-4'>a</div><div class='col-md-4'>b</div><div class='col-md-4'>c</div></div>")
    assert not _layout_columns(list(cards))


def test_a_tickers_copy_of_a_link_leaves_the_lists_own_entry() -> None:
    from crawler.extract.document import parse
    from crawler.navigation.links import extract_links

    html = (
        "<html><body><marquee><a href='/tb?id=1'>Thông báo lịch thi học kỳ I năm học 2026 - 2027</a></marquee>"
        "<table class='ds'><tr><td><a href='/tb?id=1'>Thông báo lịch thi học kỳ I năm học 2026 - 2027</a></td></tr></table></body></html>"
    )
    page = parse(html.encode(), "http://127.0.0.1:8000/tb")
    holders = [a.getparent().tag for a in extract_links(page.tree, page.url).anchors]
    assert holders == ["marquee", "td"]
