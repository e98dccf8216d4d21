"""Round 82 (blind portals tumblr_school, invision_thpt, phoenix_liveview_pgd, cakephp_vendor_sgddt,
payload_next_tct, nhanhoa_builder_mamnon): rules read on pages whose markup varies from the
fixtures'."""

from __future__ import annotations

from crawler.core.bylines import looks_like_bare_name, parse_byline
from crawler.core.urls import is_attachment
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_P1 = (
    "Sáng 16/11/2026, Liên đội tổ chức ra quân phong trào Kế hoạch nhỏ, thu gom giấy vụn và vỏ chai nhựa "
    "để gây quỹ giúp đỡ học sinh có hoàn cảnh khó khăn trong năm học 2026 – 2027."
)
_P2 = "Ngay từ sáng sớm, các chi đội đã mang giấy vụn, sách báo cũ đến điểm tập kết, với tổng khối lượng hơn hai tấn, vượt chỉ tiêu đề ra."
_TEXT = f"<p>{_P1}</p><p>{_P2}</p>"
_CHROME = (
    '<div class="top"><a class="logo" href="/">Bản tin Liên đội THCS Bình Minh</a></div>'
    '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/chu-de/hoat-dong-doi/">Hoạt động Đội</a></li>'
    '<li><a href="/chu-de/thong-bao/">Thông báo</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul>'
)


def _page(main: str, *, title: str = "Bản tin Liên đội THCS Bình Minh", head: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{_CHROME}'
        f'<div class="wrap">{main}</div><div class="foot">© 2026 Liên đội THCS Bình Minh</div></body></html>'
    ).encode()


def test_a_photo_posts_bold_first_line_that_its_cut_title_opens_with_is_the_headline() -> None:
    headline = "✨ LIÊN ĐỘI RA QUÂN KẾ HOẠCH NHỎ NĂM HỌC 2026 – 2027"
    cut = f"{headline} Sáng 16/11/2026, Liên đội tổ chức ra quân phong trào…"
    main = (
        '<div class="entry photo"><figure class="p-img"><a href="/photo/7301882266/1"><img src="/m/7301882266_1280.jpg" alt=""></a></figure>'
        '<p class="when"><a href="/post/7301882266/lien-doi">16 Tháng 11, 2026 lúc 7:30 AM</a></p>'
        f'<div class="caption-text"><p><strong>{headline}</strong></p><p>{_P1} Điểm tập kết mở cửa đến hết ngày 30/11/2026.</p><p>{_P2}</p></div></div>'
    )
    record = extract_article(_page(main, title=f"Bản tin Liên đội THCS Bình Minh — {cut}", head=f'<meta property="og:title" content="{cut}">'), "http://h/post/7301882266/lien-doi")
    assert record["title"] == headline
    # the line printed before the headline dates the post, not the day its text names
    assert record["published_at"] == "2026-11-16T07:30:00+07:00"
    assert record["body"].split("\n\n")[0].startswith("Sáng 16/11/2026")
    # the photo above, linked to its own page of the post's id, is the post's
    assert [im["url"] for im in record["images"]] == ["http://h/m/7301882266_1280.jpg"]


def test_a_line_after_the_photo_in_its_own_cell_is_its_caption_and_the_headline_after_the_photos_no_text() -> None:
    cells = (
        '<div class="grid"><div class="cell-img"><a href="/m/a1.jpg"><img src="/m/a1.jpg" alt=""></a><small>Chi đội 8A2 – giải Nhất toàn đoàn</small></div>'
        '<div class="cell-img"><a href="/m/a2.jpg"><img src="/m/a2.jpg" alt=""></a></div></div>'
    )
    main = f'<div class="entry">{cells}<div class="body"><h2>Hội thi Nghi thức Đội cấp Liên đội năm học 2026 – 2027</h2><p class="d">Ngày 01/12/2026</p>{_TEXT}</div></div>'
    record = extract_article(_page(main, title="Hội thi Nghi thức Đội cấp Liên đội năm học 2026 – 2027"), "http://h/post/88123456/hoi-thi")
    assert record["images"][0] == {"url": "http://h/m/a1.jpg", "caption": "Chi đội 8A2 – giải Nhất toàn đoàn"}
    assert "Chi đội 8A2" not in record["body"] and not record["body"].startswith("Hội thi")


def test_a_byline_among_pictographs_and_a_class_unit_signing() -> None:
    assert parse_byline("📝 Tin: Lê Minh Khang (9A1) · 📷 Ảnh: Trần Bảo Ngọc (8A3)") is not None
    byline = parse_byline("🖊️ Bài: Lê Minh Khang – 📸 Ảnh: Trần Bảo Ngọc")
    assert byline is not None and byline.authors == ["Lê Minh Khang"] and byline.photographers == ["Trần Bảo Ngọc"]
    assert looks_like_bare_name("Chi đội 7A1") and looks_like_bare_name("Chi đoàn 12A3")
    main = f'<div class="post"><h1>Sinh hoạt chuyên đề của Chi đội 7A1 tháng 10</h1><p class="d">20/10/2026</p>{_TEXT}<p align="right"><b>Chi đội 7A1</b></p></div>'
    assert extract_article(_page(main), "http://h/tin/sinh-hoat-7a1")["authors"] == ["Chi đội 7A1"]


def test_a_reposted_texts_byline_over_the_reposters_comment() -> None:
    main = (
        '<div class="post"><h1>Liên đội bạn tổ chức chuyên đề “Em yêu biển, đảo quê hương”</h1><p class="d">26/11/2026</p>'
        f'<p><a href="https://khac.example/post/1">lien-doi-khac</a>:</p><blockquote>{_TEXT}<p style="text-align: right"><strong>Tin và ảnh: Võ Thị Kim Oanh</strong></p></blockquote>'
        "<p>Một chuyên đề rất ý nghĩa, tuần sau Liên đội mình cũng tổ chức chuyên đề này, các chi đội chuẩn bị nhé.</p></div>"
    )
    record = extract_article(_page(main), "http://h/post/77/chuyen-de")
    assert record["authors"] == ["Võ Thị Kim Oanh"] and "Tin và ảnh" not in record["body"]
    assert record["body"].endswith("các chi đội chuẩn bị nhé.")


def test_a_posts_tag_the_menu_lists_is_its_section_under_a_trail_naming_none() -> None:
    main = (
        '<div class="crumbs"><a href="/">Trang chủ</a> › <span>Bài viết</span></div>'
        f'<div class="post"><h1>Liên đội ra quân phong trào Kế hoạch nhỏ năm 2026</h1><p class="d">16/11/2026</p>{_TEXT}'
        '<div class="tg"><a href="/chu-de/ke-hoach-nho/">#Kế hoạch nhỏ</a> <a href="/chu-de/hoat-dong-doi/">#Hoạt động Đội</a></div></div>'
    )
    page = _page(main).replace(b'href="/chu-de/', b'href="/tag/')
    record = extract_article(page, "http://h/post/77/ke-hoach-nho")
    assert record["category"] == "Hoạt động Đội" and "#" not in record["body"]


def test_the_pioneers_letterhead_and_its_day() -> None:
    main = (
        '<div class="post"><h1>Thông báo tổ chức Hội trại “Tiến bước lên Đoàn”</h1><p class="d">Đăng lúc 03/12/2026 07:15</p>'
        '<div class="txt"><table><tr><td>HỘI ĐỒNG ĐỘI PHƯỜNG AN BÌNH<br>LIÊN ĐỘI THCS BÌNH MINH</td><td>ĐỘI TNTP HỒ CHÍ MINH</td></tr>'
        "<tr><td>Số: 09/TB-LĐ</td><td><i>An Bình, ngày 02 tháng 12 năm 2026</i></td></tr></table>"
        f"<p><b>THÔNG BÁO</b></p><p><b>Về việc tổ chức Hội trại “Tiến bước lên Đoàn”</b></p>{_TEXT}</div></div>"
    )
    record = extract_article(_page(main), "http://h/thong-bao/hoi-trai")
    assert record["published_at"] == "2026-12-02" and not record["body"].startswith("HỘI ĐỒNG")


def test_a_documents_head_and_closing_beside_the_text_block_are_read_and_its_day_keeps_no_posting_hour() -> None:
    main = (
        '<article><h1>Thông báo về việc tổ chức Hội thi Tin học trẻ cấp huyện năm 2026</h1>'
        '<div class="meta">Ngày đăng: <time datetime="2026-11-30T09:45:00+07:00">30/11/2026 16:45</time></div><div class="doc">'
        '<table class="hd"><tr><td>UBND HUYỆN AN BÌNH<br><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
        "<b>Độc lập - Tự do - Hạnh phúc</b></td></tr><tr><td>Số: 201/TB-PGDĐT</td><td><i>An Bình, ngày 30 tháng 11 năm 2026</i></td></tr></table>"
        '<p class="c"><b>THÔNG BÁO</b></p><p class="c"><b>Về việc tổ chức Hội thi Tin học trẻ cấp huyện năm 2026</b></p>'
        f'<div class="rich">{_TEXT}<p>Đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc thông báo này./.</p></div>'
        '<table class="sig"><tr><td><b><i>Nơi nhận:</i></b><br>- Các trường THCS;<br>- Lưu: VT.</td>'
        "<td><b>TRƯỞNG PHÒNG</b><br><i>(Đã ký)</i><br><b>Nguyễn Văn Lượng</b></td></tr></table></div></article>"
    )
    record = extract_article(_page(main), "http://h/thong-bao/201")
    assert record["published_at"] == "2026-11-30" and record["authors"] == ["Nguyễn Văn Lượng"]
    assert record["body"].startswith("Sáng 16/11/2026") and "Nơi nhận" not in record["body"] and record["summary"] is None


def test_a_placeholder_photos_noscript_copy_gives_its_largest_picture() -> None:
    img = (
        '<figure><span><img alt="Hội nghị" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">'
        '<noscript><img alt="Hội nghị" srcset="/_img?u=%2Fm%2Fa.jpg&amp;w=640 640w, /_img?u=%2Fm%2Fa.jpg&amp;w=1920 1920w" src="/_img?u=%2Fm%2Fa.jpg&amp;w=1920"></noscript>'
        "</span><figcaption>Các đại biểu dự hội nghị</figcaption></figure>"
    )
    main = f'<article><h1>Hội nghị viên chức, người lao động năm 2027</h1><p class="d">04/12/2026</p>{img}{_TEXT}</article>'
    images = extract_article(_page(main), "http://h/tin-tuc/hoi-nghi")["images"]
    assert images == [{"url": "http://h/_img?u=%2Fm%2Fa.jpg&w=1920", "caption": "Các đại biểu dự hội nghị"}]


def test_a_frameworks_debug_output_is_no_text() -> None:
    queries = "".join(
        f"<tr><td>{n}</td><td>SELECT `Article`.`id`, `Article`.`title`, `Article`.`hits` FROM `db`.`articles` AS `Article` WHERE `Article`.`status` IN (0, 1) "
        f"ORDER BY `Article`.`created` DESC, `Article`.`id` ASC LIMIT {n}, 10</td><td>{n}</td></tr>"
        for n in range(1, 9)
    )
    main = f'<div class="khung"><h2 class="t">Thông báo lịch tiếp nhận hồ sơ năm 2026</h2><p class="d">22/10/2026</p><div class="nd">{_TEXT}</div></div>'
    page = _page(main).replace(b"</body>", f'<table class="debug-sql-log"><tbody>{queries}</tbody></table></body>'.encode())
    record = extract_article(page, "http://h/articles/view/2812/thong-bao")
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_an_edit_note_and_its_reason_and_a_quote_boxs_label_are_no_text() -> None:
    main = (
        f'<div class="post"><h1>Sôi nổi Hội khỏe Phù Đổng cấp trường năm 2026</h1><p class="d">08/11/2026</p><section>{_TEXT}'
        '<blockquote><div class="q-cite">Trích dẫn</div><div class="q-body"><p>Em mong mỗi đội viên đều rèn luyện thể thao mỗi ngày để có sức khỏe học tập tốt.</p></div></blockquote>'
        "<p><strong>Chỉnh sửa lần cuối 9 Tháng 11 bởi bientap</strong><br>Bổ sung kết quả môn kéo co</p></section>"
        '<div class="by">Người viết: Võ Thành Trung</div></div>'
    )
    record = extract_article(_page(main), "http://h/tin-tuc/124-hoi-khoe/")
    assert "Trích dẫn" not in record["body"] and "lần cuối" not in record["body"] and "kéo co" not in record["body"]
    assert record["authors"] == ["Võ Thành Trung"]


def test_a_file_entry_asking_for_its_own_file_by_an_action_is_a_register_entry() -> None:
    assert is_attachment("http://h/files/file/17-ke-hoach/?do=download&csrfKey=7c1e") and is_attachment("http://h/tai-lieu/5?task=download.send")
    assert not is_attachment("http://h/tin-tuc/?do=list")
    page = (
        f'<html><head><meta charset="utf-8"><title>Kế hoạch giáo dục năm học 2026 – 2027</title></head><body>{_CHROME}'
        '<div class="trail"><a href="/">Trang chủ</a> › <a href="/files/">Văn bản – Tài liệu</a> › <span>Kế hoạch giáo dục năm học 2026 – 2027</span></div>'
        '<div class="cols"><div class="main"><h1>Kế hoạch giáo dục năm học 2026 – 2027</h1><p>Gửi bởi vanphong</p>'
        "<div class=\"desc\"><p>Kế hoạch số 215/KH-THPT ngày 05/9/2026 về kế hoạch giáo dục của nhà trường năm học 2026 – 2027.</p></div></div>"
        '<aside class="side"><a class="btn" href="/files/file/17-ke-hoach/?do=download&amp;k=1">Tải về tập tin này</a>'
        "<ul><li>Ngày gửi 08/09/2026</li><li>Kích thước 1.24 MB</li></ul></aside></div></body></html>"
    ).encode()
    plan = plan_page(parse(page, "http://h/files/file/17-ke-hoach/"))
    assert (plan.kind, plan.reason) == ("other", "document_entry")


def test_a_dated_post_in_a_section_named_like_a_static_page_is_an_article() -> None:
    page = (
        f'<html><head><meta charset="utf-8"><title>Phòng chống suy dinh dưỡng cho trẻ mầm non</title></head><body>{_CHROME}'
        '<div class="trail"><a href="/">Trang chủ</a> » <a href="/danh-muc/thuc-don-dinh-duong-8.html">Thực đơn - Dinh dưỡng</a></div>'
        f'<div class="bv"><h1>Phòng chống suy dinh dưỡng cho trẻ mầm non</h1><div class="ngay">Ngày đăng: 14/10/2026 - 03:05:27 CH</div>{_TEXT}</div>'
        "</body></html>"
    ).encode()
    plan = plan_page(parse(page, "http://h/tin-tuc/phong-chong-suy-dinh-duong-215.html"))
    assert plan.kind == "article"
