"""Round 23's rules (PHP-Nuke, e107, SilverStripe, ColdFusion, Webflow portals) on markup of other
shapes than the fixtures': other tags, class names, wording and addresses."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.core.bylines import bare_name, parse_signature
from crawler.core.lines import is_boilerplate_line
from crawler.core.urls import canonicalize_url, clean_url
from crawler.extract import extract_article
from crawler.extract.metadata import visible_breadcrumbs
from crawler.navigation.families import readable_form
from crawler.navigation.urls import is_trap

URL = "http://127.0.0.1:8000/tin/xem.php?id=31"
TEXT = (
    "<p>Sáng 12/11, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học mới với sự tham dự của "
    "toàn thể cán bộ, giáo viên và nhân viên trong trường.</p><p>Hội nghị đã thống nhất các chỉ tiêu "
    "thi đua, kế hoạch dạy học và các giải pháp nâng cao chất lượng giáo dục toàn diện.</p>"
)


def _page(body: str, title: str = "Hội nghị triển khai nhiệm vụ năm học mới") -> bytes:
    return f"<html><head><title>Trường THCS Hòa Bình - {title}</title></head><body>{body}</body></html>".encode()


def test_parameters_are_kept_as_written() -> None:
    assert clean_url("http://h/news.php?item.77") == "http://h/news.php?item.77"
    assert clean_url("http://h/a.php?cmd=News,detail,0&x") == "http://h/a.php?cmd=News,detail,0&x"
    assert clean_url("http://h/a.php?id=3&PHPSESSID=abc123&utm_source=zalo") == "http://h/a.php?id=3"


def test_a_numeric_sid_is_an_id_a_long_one_a_session() -> None:
    assert "sid=9" in canonicalize_url("http://h/index.php?mod=tin&sid=9")
    assert "sid=104522" in canonicalize_url("http://h/modules.php?name=News&file=article&sid=104522")
    # ASP's Session.SessionID is numeric too, but nine digits or more: a session, not a story
    assert "sid" not in canonicalize_url("http://h/chi_tiet.asp?id=152&sid=452719300")
    assert "sid" not in canonicalize_url("http://h/index.php?mod=tin&sid=0f3c2a10b1c24d5e8f90a1b2c3d4e5f6")


def test_module_views_that_are_never_articles() -> None:
    for url in (
        "http://h/modules.php?name=Tin&file=print&sid=5",
        "http://h/modules.php?name=Tin&file=friend&sid=5",
        "http://h/modules.php?name=Tin&file=comments&op=Reply&sid=5",
        "http://h/index.cfm?event=news.print&id=5",
        "http://h/blog/bai-viet/?stage=Draft",
        "http://h/blog/profile/nguyen-van-a",
        "http://h/album/displayimage.php?pid=12",
    ):
        assert is_trap(url), url
    assert not is_trap("http://h/modules.php?name=Tin&file=article&sid=5")


def test_counters_in_other_words() -> None:
    assert is_boilerplate_line("Trực tuyến: 4 khách, 1 thành viên") == "counter"


def test_trail_opening_with_an_icon() -> None:
    trail = "<div class='vi-tri'><i class='fa fa-home'></i><a href='/'>Trang chủ</a> › <a href='/tin'>Hoạt động Đội</a></div>"
    assert visible_breadcrumbs(lxml_html.fromstring(f"<html><body>{trail}</body></html>")) == ["Trang chủ", "Hoạt động Đội"]


def test_several_names_sharing_one_unit() -> None:
    byline = parse_signature("ThS. Lò Văn Sơn, CN. Cầm Thị Mai - Phòng Đào tạo")
    assert byline is not None and byline.authors == ["Lò Văn Sơn", "Cầm Thị Mai"]


def test_title_before_a_bare_name() -> None:
    assert bare_name("Cô giáo Nguyễn Thu Hà") == "Nguyễn Thu Hà"


def test_readable_slug_keeps_its_words() -> None:
    assert readable_form("http://h/CMS/7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6/Tong-ket-nam-hoc-2025-2026") is None
    # (a word of letters and digits is a word: a class's or a course's name, "K45", "12A1")
    assert readable_form("http://h/CMS/7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6/Khai-giang-lop-Trung-cap-K45") is None


def test_headline_after_its_sections_link_found_by_its_text() -> None:
    body = (
        f"<table><tr><td class='hdr'><b><a href='/tin/chude.php?cat=4'>Gương người tốt</a>: Em Lê Văn Tú nhặt được của rơi</b></td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>"
    )
    record = extract_article(_page(body, "Em Lê Văn Tú nhặt được của rơi"), URL)
    assert record["title"] == "Em Lê Văn Tú nhặt được của rơi"
    assert record["category"] == "Gương người tốt"


def test_date_label_with_its_value_in_a_link_and_the_time_in_its_tooltip() -> None:
    body = (
        "<div class='bai'><h1>Hội nghị triển khai nhiệm vụ năm học mới</h1>"
        "<div class='thong-tin'>Ngày đăng <span title='14:20, 12/11/2026'>12/11/2026</span> · "
        f"<a href='/tin/danh-muc/hoat-dong'>Hoạt động</a></div>{TEXT}<p>Trong năm học, nhà trường phấn đấu giữ vững danh hiệu trường tiên tiến xuất sắc của tỉnh.</p></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["published_at"] == "2026-11-12T14:20:00+07:00"
    assert record["category"] == "Hoạt động"


def test_centred_bold_line_under_a_photo_is_its_caption() -> None:
    body = (
        f"<div class='noi-dung'><h1>Hội nghị triển khai nhiệm vụ năm học mới</h1>{TEXT}"
        "<div style='text-align:center'><img src='/anh/hoi-nghi.jpg' width='600'></div>"
        "<div style='text-align:center'><b>Quang cảnh hội nghị tại hội trường nhà trường</b></div>"
        "<p>Phát biểu tại hội nghị, Hiệu trưởng nhà trường đề nghị các tổ chuyên môn cụ thể hóa kế hoạch thành các hoạt động hằng tuần.</p></div>"
    )
    record = extract_article(_page(body), URL)
    assert record["images"][0]["caption"] == "Quang cảnh hội nghị tại hội trường nhà trường"
    assert "Quang cảnh hội nghị" not in record["body"]


def test_sub_heading_under_a_photo_stays_text() -> None:
    body = (
        f"<div class='noi-dung'><h1>Hội nghị triển khai nhiệm vụ năm học mới</h1>{TEXT}"
        "<p style='text-align:center'><img src='/anh/hoi-nghi.jpg' width='600'></p>"
        "<p style='text-align:center'><strong>II. NHIỆM VỤ TRỌNG TÂM</strong></p>"
        "<p>Tiếp tục đổi mới phương pháp dạy học và kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực học sinh.</p></div>"
    )
    record = extract_article(_page(body), URL)
    assert "II. NHIỆM VỤ TRỌNG TÂM" in record["body"]


def test_poster_after_a_person_icon_and_its_label() -> None:
    body = (
        "<div class='tin'><h2>Hội nghị triển khai nhiệm vụ năm học mới</h2>"
        "<p class='info'><span class='fa fa-user'></span> Gửi bởi <a href='/member/7'>Đinh Thị Ngọc</a> | 12/11/2026</p>"
        f"{TEXT}</div>"
    )
    record = extract_article(_page(body), URL)
    assert record["authors"] == ["Đinh Thị Ngọc"]
