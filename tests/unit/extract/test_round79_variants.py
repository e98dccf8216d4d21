"""Round 79 and the gaps stop 40 left (sharepoint2010_thpt): rules read on pages whose markup
varies from the fixtures'."""

from __future__ import annotations

from crawler.extract import extract_article

_TEXT = (
    "<p>Sáng 19/11/2026, Trường THPT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tuyên dương 45 nhà giáo "
    "tiêu biểu có nhiều đóng góp cho sự nghiệp giáo dục của nhà trường trong năm học vừa qua.</p>"
    "<p>Phát biểu tại buổi lễ, đồng chí Hiệu trưởng ghi nhận những nỗ lực của đội ngũ nhà giáo trong việc đổi mới phương pháp dạy học.</p>"
)


def _page(header: str, text: str = _TEXT, title: str = "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="top"><a href="/">Trang chủ</a>'
        f'<h2><span>{title}</span></h2></div><div class="menu"><a href="/a">Giới thiệu</a> <a href="/b">Tin tức</a></div>'
        f'<div class="bai-viet"><div class="article-header">{header}</div><div class="article-content"><div class="rte">{text}</div></div></div>'
        '<div class="ft">© Trường THPT</div></body></html>'
    ).encode()


def test_the_photo_in_the_articles_header_box_leads_the_text() -> None:
    header = (
        '<div class="ngay">19/11/2026</div><div class="khung-anh"><div><img src="/anh/le-ky-niem.jpg" width="300"></div>'
        '<div class="caption">Các nhà giáo tiêu biểu nhận giấy khen</div></div><div class="tac-gia">Nguyễn Văn An</div>'
    )
    record = extract_article(_page(header), "http://h/Pages/le-ky-niem.aspx")
    assert record["images"] == [{"url": "http://h/anh/le-ky-niem.jpg", "caption": "Các nhà giáo tiêu biểu nhận giấy khen"}]


def test_a_header_box_that_links_to_other_articles_lends_no_photo() -> None:
    header = (
        '<div class="khung-anh"><a href="/Pages/bai-khac.aspx"><img src="/anh/bai-khac.jpg" width="300"></a>'
        '<div class="caption">Bài khác: Hội giảng giáo viên dạy giỏi cấp trường</div></div>'
    )
    record = extract_article(_page(header), "http://h/Pages/le-ky-niem.aspx")
    assert record["images"] == []


def _post(text: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Phòng bệnh mùa đông cho trẻ</title></head><body><div class="hdr"><a href="/">Trang chủ</a></div>'
        f'<article><h1>Phòng bệnh mùa đông cho trẻ</h1><div class="noi-dung">{_TEXT}{text}</div></article>'
        '<div class="ft">© Trường Mầm non</div></body></html>'
    ).encode()


def test_a_lazy_photo_kept_in_a_data_attribute_of_the_galleries_own_naming() -> None:
    gallery = (
        '<div class="gal"><figure><a href="/uploads/2026/11/be-an.jpg"><img width="240" height="180" '
        'data-anh-goc="/uploads/cache/2026/11/be-an/1187.jpg" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"></a>'
        "<figcaption>Bé An với bức tranh “Mùa đông của em”</figcaption></figure></div>"
    )
    record = extract_article(_post(gallery), "http://h/phong-benh/")
    assert record["images"] == [{"url": "http://h/uploads/cache/2026/11/be-an/1187.jpg", "caption": "Bé An với bức tranh “Mùa đông của em”"}]


def test_a_doctor_signing_with_the_health_unit_is_the_author() -> None:
    record = extract_article(_post('<p style="text-align:right"><b>BS. Lê Thị Hồng – Bệnh viện Nhi tỉnh</b></p>'), "http://h/phong-benh/")
    assert record["authors"] == ["Lê Thị Hồng"] and "Bệnh viện" not in record["body"]


def test_an_attachment_line_labelled_in_the_editors_own_words_is_no_text() -> None:
    line = '<p>📂 Tải kế hoạch phòng bệnh: <a href="/uploads/2026/11/ke-hoach-phong-benh.docx">ke-hoach-phong-benh.docx</a></p>'
    record = extract_article(_post(line), "http://h/phong-benh/")
    assert "ke-hoach-phong-benh" not in record["body"] and record["body"].endswith("đổi mới phương pháp dạy học.")


def test_an_official_texts_closing_sentence_is_no_signature_and_the_signer_signs() -> None:
    closing = (
        "<p>Phòng GDĐT đề nghị Hiệu trưởng các trường mầm non, TH triển khai thực hiện nghiêm túc Kế hoạch này./.</p>"
        '<table><tr><td><b>Nơi nhận:</b><br>- Các lớp;<br>- Lưu: VT.</td><td style="text-align:center"><b>HIỆU TRƯỞNG</b><br>'
        "<i>(Đã ký)</i><br><b>Phạm Quốc Việt</b></td></tr></table>"
    )
    record = extract_article(_post(closing), "http://h/ke-hoach/")
    assert record["authors"] == ["Phạm Quốc Việt"] and record["body"].endswith("thực hiện nghiêm túc Kế hoạch này./.")


def test_a_sliders_lazy_photo_behind_a_loading_picture() -> None:
    slider = (
        '<div class="sl"><div class="it"><img src="/themes/t/images/loading.gif" data-lazy="/dA/66c4/image/le-khai-giang.jpg" alt="">'
        '<div class="cap">Các đại biểu dự lễ khai giảng</div></div></div>'
    )
    record = extract_article(_post(slider), "http://h/phong-benh/")
    assert [im["url"] for im in record["images"]] == ["http://h/dA/66c4/image/le-khai-giang.jpg"]


def test_an_author_fields_long_unit_in_brackets_is_no_second_name() -> None:
    from crawler.core.bylines import parse_byline

    byline = parse_byline("Tác giả: Lương Thị Hằng (Phòng Quản lý đào tạo và Nghiên cứu khoa học)")
    assert byline is not None and byline.authors == ["Lương Thị Hằng"]


def _blog(meta: str, text: str = _TEXT) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Chuyên đề STEM</title></head><body><div class="mn"><a href="/">Trang chủ</a></div>'
        f'<div class="bc"><h2 class="tit">Chuyên đề dạy học STEM môn Khoa học tự nhiên</h2>{meta}<div class="body-x">{text}</div></div>'
        '<div class="ft">© Trường THCS</div></body></html>'
    ).encode()


def test_a_posted_line_in_a_box_named_a_trail_gives_the_date_and_the_category_link() -> None:
    for meta in (
        '<div class="post-breadcrumb">Người đăng<b> bientap </b>trong <a href="/blog/?cat=chuyen-mon">Chuyên môn</a> | 3/12/2026</div>'
        '<div class="ta-r"><i>Cập nhật lúc 09:10 ngày 05/12/2026</i></div>',
        # (the edit's line opening the text's box)
        '<div class="trailBox">Đăng bởi<b> bientap </b>trong <a href="/blog/?cat=chuyen-mon">Chuyên môn</a> · <span>3/12/2026</span></div>'
        '<div class="body-x"><div class="ta-r"><i>Cập nhật lúc 09:10 ngày 05/12/2026</i></div>',
    ):
        record = extract_article(_blog(meta), "http://h/blog/?p=48")
        assert (record["published_at"], record["category"]) == ("2026-12-03", "Chuyên môn")


def test_a_builders_prefixed_centre_class_centres_an_official_texts_subject() -> None:
    text = (
        '<table><tr><td class="xyTACenter">TRƯỜNG THCS LÊ LỢI<br>Số: 12/TB-THCS</td><td class="xyTACenter">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
        "Độc lập - Tự do - Hạnh phúc<br><i>Tân Hòa, ngày 30 tháng 11 năm 2026</i></td></tr></table>"
        '<div class="xyTACenter"><b>THÔNG BÁO</b></div><div class="xyTACenter"><b>Về việc nghỉ học do mưa bão</b></div>' + _TEXT
    )
    record = extract_article(_blog("", text), "http://h/blog/?p=47")
    assert "Về việc" not in record["body"] and record["published_at"] == "2026-11-30"


def _wiki(text: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Hội nghị cha mẹ học sinh – Trường THPT</title></head>'
        '<body class="skin-x"><div class="top"><a href="/">Trang chủ</a></div><main><h1>Hội nghị cha mẹ học sinh</h1>'
        f'<div class="wiki-body">{text}</div></main><div class="foot">© Trường THPT</div></body></html>'
    ).encode()


_FACTS = (
    '<table class="facts" style="float:right"><tr><th colspan="2">Thông tin bài viết</th></tr>'
    "<tr><td>Ngày đăng</td><td>11/10/2026 20:05</td></tr><tr><td>Người viết</td><td>Lê Thị Nhung</td></tr>"
    "<tr><td>Ảnh</td><td>Bùi Quang Huy</td></tr>"
    '<tr><td>Chuyên mục</td><td><a href="/wiki/The_loai:Tin_tuc">Tin tức</a></td></tr></table>'
)


def test_a_box_of_the_posts_fields_over_its_text_gives_its_fields_and_leaves_the_body() -> None:
    lead = "<p><b>Ngày 11/10/2026, nhà trường tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027 với sự tham dự của 1.200 phụ huynh.</b></p>"
    record = extract_article(_wiki(_FACTS + lead + _TEXT), "http://h/wiki/Tin_tuc/Hoi_nghi")
    assert (record["authors"], record["photographers"], record["category"]) == (["Lê Thị Nhung"], ["Bùi Quang Huy"], "Tin tức")
    assert record["published_at"] == "2026-10-11T20:05:00+07:00" and record["summary"] is not None
    assert record["body"].startswith("Ngày 11/10/2026, nhà trường")


def test_a_wikis_framed_and_gallery_captions_and_its_signature() -> None:
    text = (
        _TEXT
        + '<div class="thumb tright"><div class="thumbinner"><a href="/wiki/Tap_tin:A.jpg" class="image"><img src="/images/thumb/a/a1/A.jpg/300px-A.jpg" width="300" height="200"></a>'
        '<div class="thumbcaption"><div class="magnify"><a href="/wiki/Tap_tin:A.jpg"></a></div>Phụ huynh phát biểu ý kiến tại hội nghị</div></div></div>'
        '<ul class="gallery"><li class="gallerybox"><div class="thumb"><a href="/wiki/Tap_tin:B.jpg"><img src="/images/thumb/b/b1/B.jpg/180px-B.jpg" width="180" height="120"></a></div>'
        '<div class="gallerytext"><p>Ban đại diện cha mẹ học sinh ra mắt</p></div></li></ul>'
        "<p>— Bientap (thảo luận) 10:15, ngày 2 tháng 12 năm 2026 (+07)</p>"
    )
    record = extract_article(_wiki(text), "http://h/wiki/Tin_tuc/Hoi_nghi")
    assert [im["caption"] for im in record["images"]] == ["Phụ huynh phát biểu ý kiến tại hội nghị", "Ban đại diện cha mẹ học sinh ra mắt"]
    assert record["authors"] == [] and "Bientap" not in record["body"] and "ra mắt" not in record["body"]


def test_the_categories_listed_under_a_label_that_links_to_their_index() -> None:
    foot = (
        '<div class="catlinks"><a href="/wiki/Special:Categories">Thể loại</a>: <ul><li><a href="/wiki/Cat:Thong_bao">Thông báo</a></li></ul></div>'
        '<table class="navbox"><tr><th>Chuyên mục</th><td><ul><li><a href="/wiki/Tin">Tin nhà trường</a></li><li><a href="/wiki/Cat:TB">Thông báo</a></li>'
        '<li><a href="/wiki/Cat:CM">Chuyên môn</a></li><li><a href="/wiki/Cat:DT">Đoàn trường</a></li></ul></td></tr></table>'
    )
    page = _wiki(_TEXT).replace(b'<div class="foot">', foot.encode() + b'<div class="foot">')
    record = extract_article(page, "http://h/wiki/Thong_bao/Lich")
    assert record["category"] == "Thông báo"
