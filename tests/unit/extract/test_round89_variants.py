"""Round 89 (blind portals district_portal_pgd, enetviet_thcs, laravel_filament_tct,
webtruonghoc_mamnon, wp_blocksy_thpt, wp_twentyten_tct): rules read on pages whose markup varies
from the fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.extract import extract_article
from crawler.extract.blocks import is_decoration
from crawler.extract.document import parse
from crawler.plan import plan_page


def test_a_strip_drawn_across_the_text_is_a_divider_not_a_photo() -> None:
    strip = html.fromstring('<img src="/images/hoa-van/duong-ke.png" style="width: 600px; height: 18px">')
    photo = html.fromstring('<img src="/images/2026/12/le-khai-giang.jpg" style="width: 600px; height: 400px">')
    assert is_decoration(strip) and not is_decoration(photo)


def test_a_caption_inside_the_link_to_its_photo_is_the_photos_caption() -> None:
    # (Trix wraps a photo and its figcaption in a link to the photo's file: the caption is no file
    # offered by its name; laravel_filament_tct)
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1>Lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2026</h1>'
        '<p class="d">02/12/2026</p><div class="trix-content"><div>Sáng 02/12, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng kiến thức '
        "quốc phòng và an ninh cho 85 học viên là cán bộ cấp xã.<br><br>Lớp học kéo dài trong 10 ngày với 12 chuyên đề.</div>"
        '<figure class="attachment attachment--preview"><a href="/storage/anh/boi-duong-qpan.jpg"><img src="/storage/anh/boi-duong-qpan.jpg" width="1600" height="1067">'
        '<figcaption class="attachment__caption">Quang cảnh lễ khai giảng lớp bồi dưỡng</figcaption></a></figure>'
        "<div>Kết thúc khóa học, học viên được cấp chứng chỉ theo quy định của Bộ Quốc phòng.</div></div></article></body></html>"
    ).encode()
    record = extract_article(page, "http://h/bai-viet/boi-duong-qpan")
    assert record["images"] == [{"url": "http://h/storage/anh/boi-duong-qpan.jpg", "caption": "Quang cảnh lễ khai giảng lớp bồi dưỡng"}]


def test_an_archive_of_one_post_shown_whole_is_a_listing() -> None:
    # (Twenty Ten's "Category Archives: Thông báo" over a single post printed whole under its
    # linked title: no article of its own; wp_twentyten_tct)
    page = (
        '<html><head><meta charset="utf-8"><title>Thông báo | Trường Chính trị tỉnh</title></head><body><div id="header"><a href="/">Trường Chính trị tỉnh</a></div>'
        '<div id="content"><h1 class="page-title">Lưu trữ chuyên mục: Thông báo</h1><div class="post-77 post">'
        '<h2 class="entry-title"><a href="http://h/2026/10/thong-bao-tuyen-sinh/">Thông báo tuyển sinh lớp trung cấp lý luận chính trị năm 2027</a></h2>'
        '<div class="entry-meta">Đăng ngày 20/10/2026</div><div class="entry-content"><p>Trường Chính trị tỉnh thông báo tuyển sinh lớp trung cấp '
        "lý luận chính trị - hành chính hệ tập trung năm 2027, chỉ tiêu 120 học viên, thời gian đào tạo 8 tháng.</p>"
        "<p>Hồ sơ dự tuyển gửi về Phòng Quản lý đào tạo trước ngày 30/11/2026; mọi chi tiết xin liên hệ số điện thoại của Phòng.</p></div></div></div></body></html>"
    ).encode()
    assert plan_page(parse(page, "http://h/category/thong-bao/")).kind == "listing"


def _post(inner: str, head: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8">{head}</head><body><div class="site"><main><article class="post">'
        '<h1 class="title">Hội thi giáo viên chủ nhiệm giỏi cấp trường năm học 2026 - 2027</h1>'
        f'<div class="meta">Ngày đăng: 20/11/2026</div>{inner}</article></main></div></body></html>'
    ).encode()


_TEXT = (
    "<p>Trong hai ngày 18 và 19/11/2026, Trường THPT Nguyễn Du tổ chức Hội thi giáo viên chủ nhiệm giỏi cấp trường với "
    "sự tham gia của 14 giáo viên đến từ các tổ chuyên môn.</p>"
    "<p>Các thí sinh trình bày biện pháp giáo dục học sinh và xử lý tình huống sư phạm trước ban giám khảo.</p>"
    '<p style="text-align:right"><strong>Lê Thị Hồng Vân</strong></p>'
)


def test_a_slot_the_template_fills_on_both_sides_of_the_text_is_no_field_of_it() -> None:
    # (a theme's hook boxes, each holding a box of the text's own class, before and after the
    # text: the site's notice and contact line on every post; wp_blocksy_thpt)
    before = '<section class="site-hook" data-hook="top"><div class="post-body"><p>Phụ huynh tra cứu điểm qua ứng dụng nhà trường.</p></div></section>'
    after = (
        '<section class="site-hook" data-hook="bottom"><div class="post-body"><p><em>Mọi góp ý xin gửi về Tổ Văn phòng nhà trường, '
        "điện thoại 0235 3862 111, thư điện tử vanphong@nguyendu.edu.vn.</em></p></div></section>"
    )
    record = extract_article(_post(f'<figure class="cover"><img src="/uploads/hoi-thi-gvcn.jpg" width="900" height="600"></figure>{before}<div class="post-body">{_TEXT}</div>{after}'), "http://h/tin/hoi-thi-gvcn")
    assert "Mọi góp ý" not in record["body"] and "tra cứu điểm" not in record["body"]
    assert record["authors"] == ["Lê Thị Hồng Vân"]
    assert [img["url"] for img in record["images"]] == ["http://h/uploads/hoi-thi-gvcn.jpg"]


def test_a_pager_label_glued_to_its_numbers_is_still_a_pager() -> None:
    # ("<span>Trang</span><span>1</span><a>2</a>" reads "Trang12"; wp_blocksy_thpt)
    from crawler.extract.multipage import article_pager

    page = _post('<div class="post-body">' + _TEXT + '</div><nav class="parts"><b>Trang</b><span class="cur">1</span><a href="http://h/tin/hoi-thi-gvcn/2/">2</a></nav>')
    tree = parse(page, "http://h/tin/hoi-thi-gvcn/").tree
    content = [el for el in tree.iter("div") if el.get("class") == "post-body"]
    assert article_pager(tree, "http://h/tin/hoi-thi-gvcn/", content).next_url == "http://h/tin/hoi-thi-gvcn/2/"


def test_a_card_of_another_post_of_the_site_is_no_quote_of_the_text() -> None:
    # (WordPress's embed of another post: its blockquote fallback is the other post's linked title)
    card = (
        '<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content">'
        '<a href="http://h/tin/trao-hoc-bong/">Trao học bổng cho học sinh vượt khó học giỏi năm 2026</a></blockquote></div></figure>'
    )
    record = extract_article(_post(f'<div class="post-body">{_TEXT.replace("<p style", card + "<p style", 1)}</div>'), "http://h/tin/hoi-thi-gvcn")
    assert "Trao học bổng" not in record["body"]


def test_an_assets_discussion_box_is_comments() -> None:
    # (Liferay's "taglib-discussion" under an asset: "Chưa có bình luận nào …"; district_portal_pgd)
    from crawler.core.vocab import families

    assert "comments" in families("lfr-discussion-container taglib-discussion")


def test_the_edit_stamp_opening_the_meta_lines_gives_way_to_the_posts_stamp() -> None:
    # ("Cập nhật lúc 09:30 13/11/2026", then the post's own "12/11/2026 15:10" atop its text;
    # district_portal_pgd)
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="portlet"><h3 class="header-title">Hội thi giáo viên chủ nhiệm giỏi cấp trường</h3>'
        '<div class="asset-full-content"><div class="meta"><span>Cập nhật lúc 09:30 13/11/2026</span> <span>412 Lượt xem</span></div>'
        f'<div class="noi-dung"><div class="ngay">12/11/2026 15:10</div><div class="chi-tiet">{_TEXT}</div></div></div></div></body></html>'
    ).encode()
    assert extract_article(page, "http://h/-/asset_publisher/x/content/hoi-thi")["published_at"] == "2026-11-12T15:10:00+07:00"


def test_a_council_signing_its_notice_is_its_author() -> None:
    from crawler.core.bylines import looks_like_bare_name

    assert looks_like_bare_name("Hội đồng tuyển sinh trường")
    assert looks_like_bare_name("Hội đồng thi Sở GD&ĐT")
    assert not looks_like_bare_name("Hội đồng đã thống nhất")


def test_an_english_themes_about_box_is_no_signature() -> None:
    # (Twenty Ten's "About <account>" over the posting account's bio; wp_twentyten_tct)
    from crawler.core.bylines import looks_like_bare_name

    assert not looks_like_bare_name("About Trần Văn Bình")
    assert looks_like_bare_name("Trần Văn Bình")
