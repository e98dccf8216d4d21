"""Markup shapes of round 108's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.dates import find_dates
from crawler.core.lines import is_date_line
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.extract.metadata import read_metadata
from crawler.plan import plan_page

_P1 = (
    "Sáng 26/11/2026, Trường THCS Hòa Bình tổ chức hội thi kể chuyện về gương đạo đức Hồ Chí Minh cho học sinh "
    "các khối lớp 6, 7 và 8 với sự tham gia của hai mươi tư đội thi."
)
_P2 = (
    "Các đội thi đã mang đến những câu chuyện cảm động, gần gũi với đời sống học đường; ban giám khảo đánh giá cao "
    "cách thể hiện sáng tạo của các em."
)
_TITLE = "Hội thi kể chuyện về gương đạo đức Hồ Chí Minh năm học 2026 - 2027"


def test_a_servers_asctime_stamp_is_a_date_with_its_time() -> None:
    # C's asctime / Perl's scalar localtime, and the Unix date stamp naming the zone
    for text, iso in (
        ("Sửa lần cuối: Mon Dec  7 16:45:03 2026", "2026-12-07T16:45:03+07:00"),
        ("Fri Nov 20 08:00:00 ICT 2026", "2026-11-20T08:00:00+07:00"),
    ):
        found = find_dates(text)
        assert [f.iso() for f in found] == [iso]
        assert is_date_line(text)


def test_a_last_edit_stamp_under_the_signature_leaves_the_signature_read() -> None:
    page = (
        '<html lang="vi"><head><meta charset="utf-8"><title>Trường THCS Hòa Bình</title></head><body>'
        '<table class="khung-tin"><tr><td class="dau">&raquo; <a href="/">Trang chủ</a> &raquo; <a href="ds.php?cm=2">Hoạt động</a></td></tr>'
        f'<tr><td class="tieu"><b><font size="3">{_TITLE}</font></b></td></tr><tr><td><font size="1">Đăng ngày: 2026-11-27 00:00:00 | Người đăng: admin</font></td></tr>'
        f'<tr><td class="noidung">{_P1}<br><br>{_P2}<div align="right"><b>Lê Thị Thu Trang - TH Hòa Bình</b></div></td></tr>'
        '<tr><td><font size="1"><i>Cập nhật lần cuối: Fri Nov 27 10:02:11 2026</i></font></td></tr>'
        '<tr><td>[<a href="javascript:void(0)">Bản in</a>] [<a href="javascript:history.back()">Quay lại</a>]</td></tr></table></body></html>'
    )
    record = extract_article(page.encode(), "http://127.0.0.1/xem.php?id=77")
    assert record["authors"] == ["Lê Thị Thu Trang"]
    assert "Cập nhật lần cuối" not in record["body"]


def test_a_banner_naming_the_office_without_its_unit_word_is_the_sites_name() -> None:
    # the <title> says "thị xã", the banner leaves it out: no headline, so a list under it is a list
    rows = "".join(
        f'<tr><td width="110"><a href="xem.php?id={n}&cm=1"><img src="/anh/nho/{n}.jpg" width="100" height="75"></a></td>'
        f'<td><a href="xem.php?id={n}&cm=1"><b>Tin số {n} về hoạt động chuyên môn của các trường trong thị...</b></a> '
        f'<font size="1">(2{n % 10}/11/2026)</font><br><font size="2">Nội dung tóm tắt của tin số {n}, được cắt ngắn ở '
        'một trăm năm mươi ký tự như mọi trang danh sách của trang web này vẫn làm từ năm hai nghìn linh chín đến nay mà chưa ai sửa...</font></td></tr>'
        for n in (31, 32, 33)
    )
    page = (
        '<html lang="vi"><head><meta charset="utf-8"><title>Phòng Giáo dục và Đào tạo thị xã Hương Trà - Thừa Thiên Huế</title></head><body>'
        '<table><tr><td colspan="2"><table><tr><td><img src="/logo.png"></td><td><font>UBND THỊ XÃ HƯƠNG TRÀ</font>'
        '<h1>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HƯƠNG TRÀ</h1></td></tr></table></td></tr>'
        '<tr><td colspan="2"><marquee>Thông báo: nhận hồ sơ xét tuyển viên chức giáo viên đến hết ngày 20/12/2026 tại bộ phận một cửa.</marquee></td></tr>'
        '<tr><td colspan="2"><a href="/">Trang chủ</a> <a href="ds.php?cm=1">Tin tức</a> <a href="gt.php">Giới thiệu</a></td></tr>'
        '<tr><td valign="top"><b>VĂN BẢN MỚI</b><br><a href="vb.php?id=5">112/PGDĐT</a><br>Hướng dẫn kiểm tra cuối học kỳ I năm học...</td>'
        f'<td><table><tr><td colspan="2"><b>&raquo; Tin tức</b></td></tr>{rows}</table></td></tr></table></body></html>'
    )
    parsed = parse(page.encode(), "http://127.0.0.1/ds.php?cm=1&trang=1", None)
    assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HƯƠNG TRÀ" in read_metadata(parsed.tree, parsed.url, parsed.text).site_names
    assert plan_page(parsed).kind == "listing"


def test_a_category_under_a_folder_icon_after_the_text_files_the_post() -> None:
    page = (
        '<html lang="vi"><head><meta charset="utf-8"><title>' + _TITLE + '</title></head><body>'
        f'<div class="trail"><a href="/">Trang chủ</a> / <span>{_TITLE}</span></div>'
        f'<article><h1>{_TITLE}</h1><p class="meta">Ngày 26/11/2026</p><div class="body"><p>{_P1}</p><p>{_P2}</p></div>'
        '<div class="tail"><span class="bi bi-folder2"></span> <a href="/category/hoat-dong-doi/">Hoạt động Đội</a></div>'
        '</article></body></html>'
    )
    record = extract_article(page.encode(), "http://127.0.0.1/bai/hoi-thi-ke-chuyen/")
    assert record["category"] == "Hoạt động Đội"


def test_a_short_post_beside_a_side_list_linking_it_is_no_lists_entry() -> None:
    # the page's layout rows are "entries" of two: the row holding the post also lists other posts
    # (and this one) in its side column, and holds the text: a column of the layout
    side = "".join(f'<li><a href="/bai/{n}/">Bài viết số {n} về hoạt động của nhà trường tháng mười một</a></li>' for n in (1, 2, 3))
    page = (
        '<html lang="vi"><head><meta charset="utf-8"><title>' + _TITLE + '</title></head><body><div class="wrap">'
        f'<div class="r1"><main><h1>{_TITLE}</h1><p>Ngày 26/11/2026</p><div class="content"><p>{_P1}</p><p>{_P2[:60]}.</p></div></main>'
        f'<aside><h3>Mới cập nhật</h3><ul>{side}<li><a href="/bai/hoi-thi-ke-chuyen/">{_TITLE}</a></li></ul></aside></div>'
        f'<div class="r2"><h3>Đọc thêm</h3><a href="/bai/9/">Bài viết số 9 về hoạt động của nhà trường tháng mười</a></div>'
        '</div></body></html>'
    )
    plan = plan_page(parse(page.encode(), "http://127.0.0.1/bai/hoi-thi-ke-chuyen/", None))
    assert plan.kind == "article"
