"""Round 79 (blind portal dotcms_tct): a photo library's album with a line describing it, read
on markup of another shape than the portal's."""

from __future__ import annotations

from crawler.extract.document import parse
from crawler.plan import plan_page


def _album(description: str) -> bytes:
    photos = "".join(
        f'<li><a href="/media/album/2026/hoi-trai/{i}.jpg"><img src="/media/album/2026/hoi-trai/{i}.jpg" width="300" alt=""></a>'
        f"<span>{caption}</span></li>"
        for i, caption in enumerate((
            "Các chi đoàn khẩn trương dựng trại tại sân trường từ sáng sớm",
            "Tiết mục văn nghệ chào mừng của chi đoàn lớp 10A1 tại lễ khai mạc",
            "Ban Giám khảo chấm điểm cổng trại và không gian trại của các chi đoàn",
        ), 1)
    )
    return (
        '<html><head><meta charset="utf-8"><title>Hội trại 26/3</title></head><body><div class="mn"><a href="/">Trang chủ</a> '
        '<a href="/album-anh/">Album ảnh</a> <a href="/tin-tuc/">Tin tức</a> <a href="/lien-he/">Liên hệ</a></div>'
        f'<div class="wrap"><h2 class="ttl">Hội trại mừng ngày thành lập Đoàn 26/3</h2><div class="ng">Ngày đăng: 26/03/2026</div><div class="ds">{description}</div><ul class="pics">{photos}</ul></div>'
        '<div class="ft">© Trường THPT</div></body></html>'
    ).encode()


def test_an_album_with_a_line_describing_it_is_an_album() -> None:
    line = (
        "<p>Hội trại năm 2026 diễn ra trong hai ngày 25 và 26/3 với 32 trại của các chi đoàn, thu hút đông đảo đoàn viên "
        "và học sinh toàn trường tham gia cổ vũ, giao lưu văn nghệ và các trò chơi dân gian.</p>"
    )
    plan = plan_page(parse(_album(line), "http://h/album-anh/hoi-trai-26-3"))
    assert (plan.kind, plan.reason) == ("other", "photo_album")


def test_a_photo_story_with_paragraphs_of_text_in_the_library_stays_an_article() -> None:
    text = "".join(
        f"<p>{t}</p>"
        for t in (
            "Hội trại năm 2026 diễn ra trong hai ngày 25 và 26/3 với 32 trại của các chi đoàn, thu hút đông đảo đoàn viên tham gia cổ vũ.",
            "Ngay từ sáng sớm, các chi đoàn đã khẩn trương dựng trại, trang trí cổng trại theo chủ đề tuổi trẻ xung kích, sáng tạo.",
            "Kết thúc hội trại, Ban Tổ chức trao giải Nhất cho chi đoàn 11A2, giải Nhì cho chi đoàn 10A1 và chi đoàn 12A3.",
        )
    )
    plan = plan_page(parse(_album(text), "http://h/album-anh/hoi-trai-26-3"))
    assert plan.kind == "article"


_POST = "".join(
    f"<p>{t}</p>"
    for t in (
        "Sáng ngày 02/12/2026, Liên đội tổ chức Lễ tổng kết và trao giải Hội thi vẽ tranh về an toàn giao thông dành cho học sinh khối 6 và khối 7 của nhà trường.",
        "Hội thi được phát động từ đầu tháng 11 nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông, thu hút 214 tác phẩm dự thi.",
        "Ban Tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích cho các cá nhân có tác phẩm xuất sắc.",
    )
)


def _blog_index(more: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Tin tức</title></head><body><div class="mn"><a href="/">Trang chủ</a> <a href="/tin/">Tin tức</a></div>'
        f'<div class="list"><h3 class="t">Trao giải Hội thi vẽ tranh an toàn giao thông</h3><div class="m">Ngày 04/12/2026</div><div class="b">{_POST}</div>'
        f"{more}</div><div class=\"ft\">© Trường THCS</div></body></html>"
    ).encode()


def test_a_list_showing_its_newest_post_whole_before_its_read_on_link_is_a_listing() -> None:
    more = '<p class="r"><a href="/tin/?p=49">Xem tiếp »</a></p><h3 class="t">Chuyên đề STEM</h3><p><a href="/tin/?p=48">Đọc tiếp »</a></p>'
    plan = plan_page(parse(_blog_index(more), "http://h/tin/"))
    assert plan.kind == "listing"


def test_read_on_links_under_a_related_boxs_heading_leave_the_article_an_article() -> None:
    more = '<h4 class="rel">Tin khác</h4><ul><li>Chuyên đề STEM <a href="/tin/?p=48">Đọc tiếp »</a></li><li>Hội giảng <a href="/tin/?p=42">Đọc tiếp »</a></li></ul>'
    plan = plan_page(parse(_blog_index(more), "http://h/tin/?p=49"))
    assert plan.kind == "article"


def test_a_builders_layout_columns_read_as_entries_do_not_make_the_headline_an_entrys() -> None:
    # (WebSite X5's page: its menu, sidebar and content boxes side by side read as one list's
    # entries, the content box holding the headline and the whole text)
    from crawler.demo.server import Request
    from tests.portals import websitex5_thcs as portal

    response = portal.build_site().respond(Request("GET", "/ke-hoach-nho-2026.html", "", {"Host": "h"}))
    assert response is not None and response.status == 200
    plan = plan_page(parse(response.payload(), "http://h/ke-hoach-nho-2026.html"))
    assert plan.kind == "article", plan.reason


def test_a_list_showing_its_featured_post_whole_under_its_linked_title_is_a_listing() -> None:
    post = (
        '<article class="evo_post"><header><h2><a href="/index.php/tin-tuc/hoi-nghi-so-ket">Hội nghị sơ kết công tác học kỳ I</a></h2></header>'
        f"<div class=\"evo_post__full\">{_POST}<h3>Một số tồn tại, hạn chế</h3>{_POST}</div></article>"
        '<article class="evo_post"><h2><a href="/index.php/tin-tuc/chuyen-de">Chuyên đề dạy học môn Ngữ văn</a></h2><p>Tóm tắt.</p></article>'
    )
    page = (
        '<html><head><meta charset="utf-8"><title>Tin tức – Phòng GD&amp;ĐT</title></head><body><div class="mn"><a href="/">Trang chủ</a> '
        f'<a href="/index.php/tin-tuc/">Tin tức</a></div><main>{post}</main></body></html>'
    ).encode()
    assert plan_page(parse(page, "http://h/index.php/tin-tuc/")).kind == "listing"


def _served(module: str, path: str) -> bytes:
    import importlib

    from crawler.demo.server import Request

    portal = importlib.import_module(f"tests.portals.{module}")
    target, _, query = path.partition("?")
    response = portal.build_site().respond(Request("GET", target, query, {"Host": "h"}))
    assert response is not None and response.status == 200
    return response.payload()


def test_section_lists_whose_headline_is_the_sections_menu_name_stay_lists() -> None:
    # (the rule that drops a menu section's name from the headline hints, for DNN's module title
    # over an article's h1, must leave a section's own list its name: a Joomla category blog whose
    # h1 is the section, a vendor's list under the site's banner h1)
    for module, path in (("joomla4_astroid_thpt", "/tin-tuc/doan-thanh-nien"), ("multipage_vendor_sgddt", "/tin-tuc/khao-thi-kiem-dinh.htm")):
        plan = plan_page(parse(_served(module, path), "http://h" + path))
        assert plan.kind != "article" and plan.raw["title"] != "", (module, plan.kind, plan.reason)
    vendor = plan_page(parse(_served("multipage_vendor_sgddt", "/tin-tuc/khao-thi-kiem-dinh.htm"), "http://h/tin-tuc/khao-thi-kiem-dinh.htm"))
    assert any(lk.url.endswith("-2846.htm") and lk.date == "2026-10-12" for lk in vendor.entries)
