"""Markup shapes of round 167's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.bylines import parse_byline
from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/-/asset_publisher/Ab12/content/hoi-thi-giai-dieu-tuoi-hong"


def test_a_template_engines_error_report_in_the_text_is_no_text() -> None:
    body = (
        f"<div class='journal-content-article'><h2>{_TITLE}</h2><p>Ngày 04/12/2026</p><p>{_P1}</p><p>{_P2}</p>"
        "<div style='background-color:#FFFF7C;color:#A80000'><b>FreeMarker template error (HTML_DEBUG mode; use RETHROW in production!)</b>"
        "<pre>The following has evaluated to null or missing:\n==&gt; NguoiViet.getData  [in template \"20116#20152#40411\" at line 12, column 5]\n"
        "----\nFTL stack trace (\"~\" means nesting-related):\n\t- Failed at: ${NguoiViet.getData()}\n"
        "\tat freemarker.core.InvalidReferenceException.getInstance(InvalidReferenceException.java:134)</pre></div></div>"
    )
    assert extract_article(_page(body, _TITLE), _URL)["body"] == f"{_P1}\n\n{_P2}"


def test_a_writers_unit_in_brackets_after_written_by_and_the_name() -> None:
    assert parse_byline("Viết bởi H Linh (Trường PTDTBT THCS Đăk Pxi)").authors == ["H Linh"]
    assert parse_byline("Được viết bởi Quản trị viên (Văn phòng)").account


def _topic(related_heading: str = "", dated: str = "") -> bytes:
    teasers = "".join(
        f"<div class='bai'><h3><a href='/tin-tuc/{n}-{slug}.html'>{title}</a></h3><p class='ngay'>0{n}/12/2026 08:30</p>"
        f"<p>{title} với sự tham gia của đông đảo cán bộ, giáo viên trong toàn huyện.</p></div>"
        for n, slug, title in ((3, "hoi-thi", "Hội thi giáo viên chủ nhiệm giỏi cấp huyện"), (2, "chuyen-de", "Chuyên đề dạy học phát triển phẩm chất, năng lực"))
    )
    return _page(
        "<div class='dau-trang'><a href='/'>Phòng Giáo dục và Đào tạo huyện Krông Pắc</a></div>"
        f"<div class='khung'><h1>Đổi mới phương pháp dạy học</h1>{dated}<img src='/uploads/chu-de/doi-moi.jpg' width='200' alt='' class='anh-nho'>"
        "<p>Các hoạt động đổi mới phương pháp dạy học của ngành Giáo dục huyện năm học 2026 - 2027: chuyên đề, hội thảo, "
        "hội thi giáo viên giỏi và sinh hoạt chuyên môn theo nghiên cứu bài học, được cập nhật thường xuyên.</p></div>"
        f"<div class='ds'>{related_heading}{teasers}</div>",
        "Đổi mới phương pháp dạy học - Phòng GD&ĐT huyện Krông Pắc",
    )


def test_a_topics_picture_and_description_over_its_posts_is_a_list() -> None:
    from crawler.extract.document import parse
    from crawler.plan import plan_page

    assert plan_page(parse(_topic(), "http://h/tin-tuc/chu-de/doi-moi-phuong-phap/")).kind == "listing"


def test_a_short_post_with_its_photo_over_a_headed_related_list_stays_a_post() -> None:
    from crawler.extract.document import parse
    from crawler.plan import plan_page

    page = _topic("<h4>Tin liên quan</h4>", "<p class='ngay'>Ngày đăng: 04/12/2026</p>")
    assert plan_page(parse(page, "http://h/tin-tuc/chu-de/doi-moi-phuong-phap/")).kind == "article"


def test_a_short_dated_post_with_its_photo_over_unheaded_teasers_stays_a_post() -> None:
    from crawler.extract.document import parse
    from crawler.plan import plan_page

    page = _topic(dated="<p class='ngay'>Ngày đăng: 04/12/2026</p>")
    assert plan_page(parse(page, "http://h/tin-tuc/chu-de/doi-moi-phuong-phap/")).kind == "article"
