"""Magento 2.4 (Luma child theme) store with the Mageplaza Blog extension: a private kindergarten.

Trường Mầm non Hoa Sen (thành phố Biên Hòa, tỉnh Đồng Nai) runs its website as a Magento 2.4
shop: it sells uniforms and books, and the news lives in Mageplaza Blog ("Tin tức" in the menu).
Every link Magento prints is absolute (``http://<host>/…``), as Magento's URL builder does.

URL scheme
- ``/`` home: a CMS page built with Page Builder (banner text, the Mageplaza "Tin mới" widget with
  the four newest posts, a product grid);
- ``/blog/`` the blog index, ``/blog/?p=<N>`` its pages (four posts a page, four pages);
- ``/blog/category/<url-key>.html`` and ``?p=<N>`` category lists, ``/blog/tag/<key>.html`` tag
  lists, ``/blog/author/<key>.html`` author lists (the teacher's account only; the store
  account "Hoa Sen Kids" is printed unlinked), ``/mpblog/post/rss/`` the RSS feed;
- ``/blog/post/<url-key>.html`` a post; Mageplaza's router also answers ``/blog/post/<url-key>``
  (no suffix) with the same page;
- ``/<product-key>.html`` product pages and ``/dong-phuc.html``, ``/sach-truyen.html`` catalog
  categories (same ``.html`` suffix as posts, at the root);
- ``/<identifier>`` CMS pages: ``/gioi-thieu``, ``/lien-he``, ``/chuong-trinh-hoc``, ``/hoc-phi``;
- ``/customer/account/login/``, ``/customer/account/create/``, ``/checkout/cart/``,
  ``/catalogsearch/result/?q=…`` (the header's GET search form).

Page templates
- Luma shell: ``.panel.header`` (today's date, customer links), ``.header.content`` (logo,
  minicart, search form), ``nav.navigation`` with ``level0``/``level1`` drop-downs, ``.breadcrumbs``,
  ``main#maincontent`` with ``.page-title-wrapper h1.page-title span.base``, ``.columns`` with
  ``.column.main`` and two sidebars (Mageplaza's blog sidebar; Magento's compare/wishlist blocks,
  a poll, a visitor counter), the footer (newsletter form, address, copyright).
- Post (``body.mpblog-post-view``): ``.mp-blog-view > .post-view > .post-list-content`` holding the
  featured image ``.post-view-image``, the content ``.post-post_content`` (Page Builder markup for
  posts written since the 2.4 upgrade, plain TinyMCE paragraphs for older ones), the info line
  ``.mp-post-info`` (date, categories, tags, author account, views), a share toolbox, the author
  box "Về tác giả", "Bài viết liên quan" (posts sharing a tag), "Sản phẩm liên quan" and the
  comments ("Bình luận", Mageplaza's default comment system, with a reply form).
- Lists: ``.post-list-item`` cards (resized thumbnail, ``h2.mp-post-title``, info line, the short
  description, "Đọc tiếp"), then Magento's pager ``ul.items.pages-items``.

How each gold article is reached: home shows the four newest (13, 12, 11, 10); the blog index
pages 1-4 hold all thirteen (post 1 only on ``/blog/?p=4``); the menu's "Tin tức" drop-down links
the five categories ("Tin tức - Sự kiện" has a page 2 holding only post 1); tags and the sidebar
"Bài viết mới" add links; the related-posts carousels link posts without the suffix.

Traps
1. Page Builder prints each photo twice: ``img.pagebuilder-mobile-hidden`` (desktop, under
   ``/media/wysiwyg/hoasen/…``) and ``img.pagebuilder-mobile-only`` (a different file under
   ``…/mobile/…_m.jpg``) in one ``<figure data-content-type="image">``. Gold: one image, the desktop
   file; the ``<figcaption data-element="caption">`` is its caption.
2. Page Builder 2.4 moves its inline styles into ``<style>#html-body [data-pb-style=…]{…}</style>``
   elements inside the post content, before each row. Gold: CSS is not text.
3. A Page Builder "products" element inside the content of post 9 (a product grid: photos, names,
   prices "245.000 ₫", "Thêm vào giỏ" forms) and "buttons" elements (``a.pagebuilder-button-primary``
   "Đăng ký tham quan trường", "Xem thực đơn tuần") in posts 6, 9 and 12. Gold: none of it is body,
   the product photos are not article images.
4. Dates come from PHP ``date('F j, Y g:i a')``: English month names and a 12-hour clock
   ("December 4, 2026 3:10 pm"). "October 31, 2026 12:45 pm" is 12:45 (noon), not 00:45;
   "November 29, 2026 12:00 am" is midnight, so the day alone. The header's "Thứ Bảy, 05/12/2026"
   and the comments' dates ("December 5, 2026") are not publication dates.
5. The breadcrumb is "Trang chủ > Blog > <post>" (no category); the info line lists every
   category the post is in ("Danh mục: Hoạt động của bé, Tin tức - Sự kiện"). Gold category: the
   first one printed (the post's primary, the one listed first).
6. The info line's "Bởi:" is the Mageplaza author account: "Hoa Sen Kids" (the store's account) is
   nobody; "Phạm Ngọc Lan" (a teacher's own account) is the author. The real byline of most posts
   is the right-aligned signature closing the content ("Tin, ảnh: Lê Thị Mai", "Tin: Trần Thu Hương
   - Ảnh: Lê Thị Mai", "Tổ Văn phòng", "Ban Giám hiệu"), not body. The author box "Về tác giả"
   repeats the account with a description: not body.
7. "Bài viết liên quan" links posts as ``/blog/post/<key>`` without ``.html``; Mageplaza's router
   answers 200 with the same page (canonical to the ``.html`` URL). Gold: alt_paths.
8. ``<title>`` is the post's SEO meta title ("… | Mầm non Hoa Sen Biên Hòa", sometimes worded
   differently from the headline); the headline is the ``h1.page-title span.base``, printed above
   the columns, outside the post container.
9. The featured image (``.post-view-image``) sits above ``.post-post_content``, outside the text:
   it is the article's first photo (no caption). The lists' thumbnails (``…/resize/400x/…``) and
   the sidebar's are other files and not article images.
10. Product pages share the posts' ``.html`` suffix at the site root and print a headline, a
   "Chi tiết" description with paragraphs and dated reviews: not articles (two are NON_ARTICLES).
11. Magento's pager links page 1 as ``?p=1`` (a duplicate of the list's own URL) and prints
   "Mục 5-8 trong tổng số 13"; lists, tag and author pages are not articles.
12. Post 11 is an official notice (letterhead table, "Số: 45/TB-MNHS", "THÔNG BÁO" / "Về việc…",
   "Nơi nhận", signer): its date is the letterhead's day (2026-11-30), not the info line's
   "December 1, 2026 8:00 am"; the signer is the author.
13. The comments under posts 3, 8 and 13 (parents' names, dates, text) and the short description
   printed only in the lists and the meta description are not body / not a sapo.

Gold decisions on ambiguous points
- A post whose content opens with a bold paragraph (``<p><strong>…</strong></p>``) has it as its
  sapo (posts 2, 8, 9, 12); the lists' short description is never the sapo.
- "Cô" before a teacher's name is a title and dropped; units signing alone are authors as printed.
- Table rows are paragraphs, cells joined by " | ", the header row included (posts 10 and 12).
- A poem written with ``<br>`` is one paragraph per line (post 8).
- The title's typed emoji "🎃" (post 5) is kept.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "magento2_blog_mamnon"
PLATFORM = "Magento 2.4 (Luma) + Mageplaza Blog"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SITE = "Mầm non Hoa Sen Biên Hòa"
STATIC = "/static/version1733021544/frontend/Hoasen/kids/vi_VN"
PER_PAGE = 4

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "thuc-don-dinh-duong": "Thực đơn - Dinh dưỡng",
    "thong-bao-tuyen-sinh": "Thông báo - Tuyển sinh",
}
TAGS = {"le-hoi": "Lễ hội", "suc-khoe": "Sức khỏe", "dong-phuc": "Đồng phục"}
AUTHORS = {  # Mageplaza author accounts; only the teacher's has an author page
    "hoasenkids": ("Hoa Sen Kids", "Tài khoản quản trị cửa hàng và trang tin của trường."),
    "ngoc-lan": ("Phạm Ngọc Lan", "Giáo viên dinh dưỡng, phụ trách bếp ăn bán trú của trường."),
}
W = "/media/wysiwyg/hoasen/2026/"

# signatures the editors type at the end of the text (not body)
def _sign(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


_BUTTON = (
    '<div data-content-type="buttons" data-appearance="inline" data-same-width="false" '
    'data-element="main"><div data-content-type="button-item" data-appearance="default" '
    'data-element="main"><a class="pagebuilder-button-primary" href="{BASE}{href}" target="" '
    'data-link-type="default" data-element="link"><span data-element="link_text">{label}</span>'
    "</a></div></div>"
)


def _button(href: str, label: str) -> Raw:
    return Raw(_BUTTON.replace("{href}", href).replace("{label}", esc(label)))


PRODUCTS = {
    "ao-thun-dong-phuc-mua-dong-hoa-sen": {
        "name": "Áo khoác đồng phục mùa đông Hoa Sen",
        "price": "245.000 ₫",
        "sku": "HS-DP-AK01",
        "img": "/media/catalog/product/cache/6f1c2a9e0b/a/o/ao-khoac-hoa-sen.jpg",
        "cat": "dong-phuc",
        "desc": [
            "Áo khoác nỉ hai lớp, lót bông mềm, in logo hoa sen trước ngực.",
            "Kích cỡ từ số 1 đến số 6, phù hợp trẻ từ 2 đến 6 tuổi.",
        ],
        "reviews": [("Mẹ bé Su", "November 28, 2026", "Áo ấm, đường may chắc chắn.")],
    },
    "bo-sach-be-vao-lop-1": {
        "name": "Bộ sách Bé vào lớp 1 (5 cuốn)",
        "price": "158.000 ₫",
        "sku": "HS-ST-VL1",
        "img": "/media/catalog/product/cache/6f1c2a9e0b/b/o/bo-sach-be-vao-lop-1.jpg",
        "cat": "sach-truyen",
        "desc": [
            "Bộ sách gồm làm quen chữ cái, tập tô, làm quen với toán, kỹ năng sống và truyện tranh.",
            "Sách do giáo viên của trường chọn, dùng trong các giờ hoạt động góc.",
        ],
        "reviews": [("Ba bé Bin", "November 15, 2026", "Sách in đẹp, bé rất thích.")],
    },
}
CATALOG = {"dong-phuc": "Đồng phục", "sach-truyen": "Sách - Truyện"}

_PRODUCT_GRID = (
    '<div data-content-type="products" data-appearance="grid" data-element="main">'
    '<div class="block widget block-products-list grid"><div class="block-content">'
    '<div class="products-grid grid"><ol class="product-items widget-product-grid">'
    + "".join(
        '<li class="product-item"><div class="product-item-info">'
        f'<a href="{{BASE}}/{key}.html" class="product-item-photo"><span class="product-image-container">'
        f'<img class="product-image-photo" src="{{BASE}}{p["img"]}" width="240" height="300" alt="{esc(p["name"])}"/>'
        '</span></a><div class="product-item-details"><strong class="product-item-name">'
        f'<a title="{esc(p["name"])}" href="{{BASE}}/{key}.html" class="product-item-link">{esc(p["name"])}</a></strong>'
        '<div class="price-box price-final_price"><span class="price-container price-final_price">'
        f'<span class="price-wrapper"><span class="price">{p["price"]}</span></span></span></div>'
        '<div class="product-item-actions"><div class="actions-primary">'
        f'<form data-role="tocart-form" action="{{BASE}}/checkout/cart/add/uenc/aHR0cA,,/product/{i}/" method="post">'
        '<input type="hidden" name="form_key" value="Xq7pL2mNc9Rt"/><button type="submit" title="Thêm vào giỏ" '
        'class="action tocart primary"><span>Thêm vào giỏ</span></button></form></div></div></div></div></li>'
        for i, (key, p) in enumerate(PRODUCTS.items(), start=11)
    )
    + "</ol></div></div></div></div>"
)

STORIES: list[Story] = [
    Story(
        1, "hoi-nghi-cha-me-tre-dau-nam-hoc-2026-2027",
        "Hội nghị cha mẹ trẻ đầu năm học 2026 - 2027", "tin-tuc-su-kien",
        "2026-10-08T19:45:00+07:00",
        [
            Img(W + "hoi-nghi-cmht.jpg", style="feat"),
            P("Tối ngày 08/10/2026, Trường Mầm non Hoa Sen tổ chức Hội nghị cha mẹ trẻ đầu năm học "
              "2026 - 2027 với sự tham dự của hơn 180 quý phụ huynh."),
            P("Tại hội nghị, cô Hiệu trưởng Trần Thị Minh Nguyệt báo cáo kết quả năm học cũ và kế "
              "hoạch năm học mới, trong đó nhấn mạnh chương trình làm quen tiếng Anh và kỹ năng sống."),
            Img(W + "hoi-nghi-cmht-2.jpg", "(Quang cảnh hội nghị)", "Quang cảnh hội nghị", style="classic"),
            P("Quý phụ huynh đã bầu Ban đại diện cha mẹ trẻ gồm 7 thành viên, do ông Lê Văn Phúc làm "
              "trưởng ban."),
            P("Hội nghị kết thúc lúc 21 giờ cùng ngày trong không khí cởi mở, thân thiện."),
            _sign("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"pb": False, "cats": ["tin-tuc-su-kien"], "tags": [], "acct": "hoasenkids",
              "printed": "October 8, 2026 7:45 pm", "meta": "Hội nghị cha mẹ trẻ năm học 2026-2027"},
    ),
    Story(
        2, "5-cach-giup-be-tu-lap-khi-an-ban-tru", "5 cách giúp bé tự lập khi ăn bán trú",
        "goc-phu-huynh", "2026-10-14T09:00:00+07:00",
        [
            Img(W + "be-tu-lap-an-ban-tru.jpg", style="feat"),
            P("Tự xúc ăn là một trong những kỹ năng đầu tiên giúp trẻ tự tin khi đi học bán trú.",
              "lead"),
            P("1. Cho bé tập cầm thìa từ sớm", "h"),
            P("Ở nhà, cha mẹ nên để bé tự cầm thìa ngay từ 18 tháng tuổi, chấp nhận bé làm rơi vãi."),
            P("2. Ăn đúng giờ, không vừa ăn vừa xem điện thoại", "h"),
            P("Bữa ăn nên kéo dài khoảng 30 phút, tắt ti vi và điện thoại để bé tập trung."),
            P("3. Khen ngợi đúng lúc", "h"),
            P("Một lời khen cụ thể như \"Con tự xúc hết bát cơm rồi!\" giúp bé muốn cố gắng hơn."),
            P("Cô giáo các lớp luôn sẵn sàng trao đổi với phụ huynh về thói quen ăn uống của bé."),
        ],
        authors=["Phạm Ngọc Lan"], summary="Tự xúc ăn là một trong những kỹ năng đầu tiên giúp trẻ tự tin khi đi học bán trú.",
        opts={"pb": True, "cats": ["goc-phu-huynh"], "tags": [], "acct": "ngoc-lan",
              "printed": "October 14, 2026 9:00 am", "meta": "Giúp bé tự lập khi ăn bán trú"},
    ),
    Story(
        3, "be-yeu-me-chao-mung-20-10", "Bé yêu mẹ – chào mừng ngày Phụ nữ Việt Nam 20/10",
        "hoat-dong-cua-be", "2026-10-20T16:20:00+07:00",
        [
            Img(W + "be-yeu-me-2010.jpg", style="feat"),
            P("Chào mừng ngày Phụ nữ Việt Nam 20/10, các bé lớp Mầm và lớp Chồi đã dành tặng mẹ "
              "và cô những món quà tự tay làm."),
            Img(W + "be-lam-thiep.jpg", "Bé lớp Chồi 1 làm thiệp tặng mẹ", "Bé lớp Chồi 1 làm thiệp tặng mẹ", style="col"),
            Img(W + "be-tang-hoa.jpg", "Bé tặng hoa cô giáo", "Bé tặng hoa cô giáo", style="col"),
            P("Buổi chiều, các mẹ được mời đến lớp cùng bé hát bài \"Bàn tay mẹ\" và chơi trò chơi dân gian."),
            P("Những giọt nước mắt xúc động của nhiều phụ huynh là món quà ý nghĩa nhất với các cô."),
            _sign("Tin, ảnh: Lê Thị Mai"),
        ],
        authors=["Lê Thị Mai"], photographers=["Lê Thị Mai"],
        opts={"pb": True, "cats": ["hoat-dong-cua-be"], "tags": ["le-hoi"], "acct": "hoasenkids",
              "printed": "October 20, 2026 4:20 pm", "meta": "Bé yêu mẹ 20/10",
              "comments": [("Mẹ bé Bống", "October 21, 2026", "Cảm ơn các cô, tấm thiệp bé làm rất dễ thương!")]},
    ),
    Story(
        4, "phong-benh-tay-chan-mieng-mua-mua", "Phòng bệnh tay chân miệng cho trẻ mùa mưa",
        "goc-phu-huynh", "2026-10-23T10:05:00+07:00",
        [
            P("Mùa mưa là thời điểm bệnh tay chân miệng dễ bùng phát ở trẻ dưới 5 tuổi."),
            P("Dấu hiệu cần lưu ý:"),
            P("Sốt nhẹ, mệt mỏi, biếng ăn;", "li"),
            P("Loét miệng, chảy nước bọt nhiều;", "li"),
            P("Nổi bóng nước ở lòng bàn tay, lòng bàn chân, mông.", "li"),
            P("Khi trẻ có dấu hiệu trên, phụ huynh cho trẻ nghỉ học và đưa trẻ đến cơ sở y tế gần nhất."),
            P("Nhà trường thực hiện lau khử khuẩn đồ chơi, sàn lớp mỗi ngày bằng Cloramin B."),
            Raw("<p><em>Nguồn: CDC Đồng Nai</em></p>"),
        ],
        source="CDC Đồng Nai",
        opts={"pb": False, "cats": ["goc-phu-huynh", "tin-tuc-su-kien"], "tags": ["suc-khoe"],
              "acct": "hoasenkids", "printed": "October 23, 2026 10:05 am",
              "meta": "Phòng bệnh tay chân miệng"},
    ),
    Story(
        5, "le-hoi-hoa-trang-halloween-2026", "Lễ hội hóa trang Halloween 2026 🎃",
        "hoat-dong-cua-be", "2026-10-31T12:45:00+07:00",
        [
            Img(W + "halloween-2026.jpg", style="feat"),
            P("Sáng 31/10, sân trường Hoa Sen rực rỡ sắc cam với lễ hội hóa trang Halloween."),
            Img(W + "halloween-dieu-hanh.jpg", "Ảnh: Lê Thị Mai", None),
            P("Các bé trong trang phục phù thủy, bí ngô, siêu nhân diễu hành quanh sân trường và "
              "chơi trò \"Cho kẹo hay bị ghẹo\" với các cô."),
            Img(W + "halloween-bi-ngo.jpg", "Bé lớp Lá 2 khắc bí ngô cùng cô", "Bé lớp Lá 2 khắc bí ngô cùng cô"),
            P("Hoạt động giúp bé mạnh dạn, tự tin và biết thêm về một lễ hội của thế giới."),
            _sign("Tin: Trần Thu Hương - Ảnh: Lê Thị Mai"),
        ],
        authors=["Trần Thu Hương"], photographers=["Lê Thị Mai"],
        opts={"pb": True, "cats": ["hoat-dong-cua-be"], "tags": ["le-hoi"], "acct": "hoasenkids",
              "printed": "October 31, 2026 12:45 pm", "meta": "Halloween ở Mầm non Hoa Sen"},
    ),
    Story(
        6, "dinh-duong-mua-dong-cho-tre-mam-non", "Dinh dưỡng mùa đông cho trẻ mầm non",
        "thuc-don-dinh-duong", "2026-11-06T08:30:00+07:00",
        [
            Img(W + "dinh-duong-mua-dong.jpg", style="feat"),
            P("Thời tiết se lạnh cuối năm khiến trẻ dễ mắc bệnh đường hô hấp."),
            P("Bếp ăn của trường tăng cường các món canh ấm, cháo và súp trong thực đơn."),
            P("Phụ huynh nên bổ sung cho trẻ:", "h"),
            P("Rau xanh và trái cây giàu vitamin C như cam, bưởi, ổi."),
            P("Sữa chua mỗi ngày để hỗ trợ tiêu hóa.", "br"),
            P("Nước ấm, hạn chế đồ uống lạnh.", "br"),
            _button("/blog/post/thuc-don-tuan-1-thang-12-2026.html", "Xem thực đơn tuần"),
        ],
        authors=["Phạm Ngọc Lan"],
        opts={"pb": True, "cats": ["thuc-don-dinh-duong"], "tags": ["suc-khoe"], "acct": "ngoc-lan",
              "printed": "November 6, 2026 8:30 am", "meta": "Dinh dưỡng mùa đông"},
    ),
    Story(
        7, "don-doan-danh-gia-ngoai-kiem-dinh-chat-luong",
        "Trường Mầm non Hoa Sen đón đoàn đánh giá ngoài kiểm định chất lượng giáo dục",
        "tin-tuc-su-kien", "2026-11-12T17:00:00+07:00",
        [
            Img(W + "danh-gia-ngoai.jpg", style="feat"),
            P("Từ ngày 10 đến 12/11/2026, đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo tỉnh Đồng "
              "Nai đã làm việc tại trường."),
            P("Đoàn đã khảo sát cơ sở vật chất, dự giờ các lớp và phỏng vấn giáo viên, phụ huynh."),
            Img(W + "danh-gia-ngoai-du-gio.jpg", "Đoàn dự giờ hoạt động lớp Lá 1", "Đoàn dự giờ hoạt động lớp Lá 1", style="classic"),
            P("Kết luận, đoàn đánh giá trường đạt kiểm định chất lượng giáo dục cấp độ 2."),
            _sign("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"pb": False, "cats": ["tin-tuc-su-kien"], "tags": [], "acct": "hoasenkids",
              "printed": "November 12, 2026 5:00 pm", "meta": "Đánh giá ngoài kiểm định chất lượng"},
    ),
    Story(
        8, "mung-ngay-nha-giao-viet-nam-20-11", "Mừng ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong-cua-be", "2026-11-20T11:15:00+07:00",
        [
            Img(W + "mung-20-11.jpg", style="feat"),
            P("Hướng tới ngày 20/11, các bé Hoa Sen đã có một tuần lễ đầy ắp hoạt động tri ân thầy cô.",
              "lead"),
            P("Trong buổi lễ, bé Minh Khang lớp Lá 1 đọc bài thơ tặng cô:"),
            P("Cô dạy con hát, con cười", "poem"),
            P("Cô dạy con nói những lời yêu thương", "poem"),
            P("Con yêu cô giáo mầm non", "poem"),
            Img(W + "mung-20-11-van-nghe.jpg", "Tiết mục múa \"Cô giáo em\" của lớp Chồi 2", "Tiết mục múa \"Cô giáo em\" của lớp Chồi 2"),
            P("Ban đại diện cha mẹ trẻ cũng đến chúc mừng và tặng hoa các cô."),
            _sign("Tin: Trần Thu Hương - Ảnh: Lê Thị Mai"),
        ],
        authors=["Trần Thu Hương"], photographers=["Lê Thị Mai"],
        summary="Hướng tới ngày 20/11, các bé Hoa Sen đã có một tuần lễ đầy ắp hoạt động tri ân thầy cô.",
        opts={"pb": True, "cats": ["hoat-dong-cua-be", "tin-tuc-su-kien"], "tags": ["le-hoi"],
              "acct": "hoasenkids", "printed": "November 20, 2026 11:15 am",
              "meta": "Tri ân thầy cô 20-11",
              "comments": [("Ba bé Khang", "November 21, 2026", "Bé nhà mình về kể mãi về buổi lễ.")]},
    ),
    Story(
        9, "ra-mat-mau-dong-phuc-mua-dong-moi", "Ra mắt mẫu đồng phục mùa đông mới cho các bé",
        "tin-tuc-su-kien", "2026-11-25T14:00:00+07:00",
        [
            Img(W + "dong-phuc-mua-dong.jpg", style="feat"),
            P("Từ tháng 12/2026, các bé Hoa Sen sẽ có mẫu áo khoác đồng phục mùa đông mới.", "lead"),
            P("Áo được may bằng vải nỉ hai lớp, màu xanh ngọc, in logo hoa sen, có mũ trùm tháo rời."),
            Img(W + "dong-phuc-mau-moi.jpg", "Các bé lớp Lá 1 mặc thử đồng phục mới", "Các bé lớp Lá 1 mặc thử đồng phục mới"),
            P("Phụ huynh có thể đăng ký tại văn phòng trường hoặc đặt mua trực tuyến."),
            Raw(_PRODUCT_GRID),
            _button("/dong-phuc.html", "Xem tất cả đồng phục"),
        ],
        summary="Từ tháng 12/2026, các bé Hoa Sen sẽ có mẫu áo khoác đồng phục mùa đông mới.",
        opts={"pb": True, "cats": ["tin-tuc-su-kien"], "tags": ["dong-phuc"], "acct": "hoasenkids",
              "printed": "November 25, 2026 2:00 pm", "meta": "Đồng phục mùa đông mới"},
    ),
    Story(
        10, "thuc-don-tuan-1-thang-12-2026", "Thực đơn tuần 1 tháng 12/2026",
        "thuc-don-dinh-duong", "2026-11-29",
        [
            P("Nhà trường thông báo thực đơn bán trú tuần 1 tháng 12/2026 (từ 30/11 đến 04/12)."),
            P("Thứ | Bữa trưa | Bữa xế", "th"),
            P("Thứ Hai | Cơm, thịt kho trứng, canh bí đỏ | Cháo gà", "tr"),
            P("Thứ Ba | Cơm, cá basa sốt cà, canh rau ngót | Sữa chua", "tr"),
            P("Thứ Tư | Bún riêu cua | Bánh flan", "tr"),
            P("Thứ Năm | Cơm, gà chiên nước mắm, canh cải | Chè đậu xanh", "tr"),
            P("Thứ Sáu | Phở bò | Trái cây", "tr"),
        ],
        opts={"pb": True, "cats": ["thuc-don-dinh-duong"], "tags": ["suc-khoe"], "acct": "hoasenkids",
              "printed": "November 29, 2026 12:00 am", "meta": "Thực đơn tuần 1 tháng 12"},
    ),
    Story(
        11, "thong-bao-nghi-tet-duong-lich-2027", "Thông báo lịch nghỉ Tết Dương lịch 2027",
        "thong-bao-tuyen-sinh", "2026-11-30",
        [
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="width: 45%; text-align: center;">CÔNG TY TNHH GIÁO DỤC HOA SEN<br>'
                "<strong>TRƯỜNG MẦM NON HOA SEN</strong><br>Số: 45/TB-MNHS</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
                "<strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
                "<em>Biên Hòa, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
            ),
            P("Căn cứ lịch nghỉ lễ năm 2027, Trường Mầm non Hoa Sen thông báo lịch nghỉ Tết Dương lịch như sau:"),
            P("Các bé nghỉ học ngày Thứ Sáu, 01/01/2027."),
            P("Các bé đi học lại bình thường từ Thứ Hai, 04/01/2027."),
            P("Trong thời gian nghỉ, nhà trường vẫn nhận giữ trẻ theo đăng ký của phụ huynh vào ngày 02/01/2027."),
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr><td style="width: 50%;">'
                "<strong><em>Nơi nhận:</em></strong><br>- Phụ huynh học sinh;<br>- Lưu VP.</td>"
                '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br><em>(đã ký)</em><br>'
                "<strong>Trần Thị Minh Nguyệt</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Trần Thị Minh Nguyệt"],
        opts={"pb": False, "cats": ["thong-bao-tuyen-sinh"], "tags": [], "acct": "hoasenkids",
              "printed": "December 1, 2026 8:00 am", "meta": "Lịch nghỉ Tết Dương lịch 2027"},
    ),
    Story(
        12, "thong-bao-tuyen-sinh-nam-hoc-2027-2028", "THÔNG BÁO TUYỂN SINH NĂM HỌC 2027 - 2028",
        "thong-bao-tuyen-sinh", "2026-12-02T09:30:00+07:00",
        [
            Img(W + "tuyen-sinh-2027.jpg", style="feat"),
            P("Trường Mầm non Hoa Sen thông báo tuyển sinh trẻ từ 18 tháng đến 5 tuổi cho năm học 2027 - 2028.",
              "lead"),
            P("Độ tuổi | Lớp | Chỉ tiêu", "th"),
            P("18 - 36 tháng | Nhà trẻ | 40", "tr"),
            P("3 - 4 tuổi | Mầm | 60", "tr"),
            P("4 - 5 tuổi | Chồi | 30", "tr"),
            P("Hồ sơ gồm:", "h"),
            P("Đơn xin nhập học (theo mẫu của trường);", "li"),
            P("Bản sao giấy khai sinh của trẻ;", "li"),
            P("Sổ tiêm chủng.", "li"),
            P("Phụ huynh nhận hồ sơ tại văn phòng trường từ ngày 05/12/2026, giờ hành chính."),
            _button("/lien-he", "Đăng ký tham quan trường"),
        ],
        summary="Trường Mầm non Hoa Sen thông báo tuyển sinh trẻ từ 18 tháng đến 5 tuổi cho năm học 2027 - 2028.",
        opts={"pb": True, "cats": ["thong-bao-tuyen-sinh"], "tags": [], "acct": "hoasenkids",
              "printed": "December 2, 2026 9:30 am", "meta": "Tuyển sinh 2027-2028 Mầm non Hoa Sen Biên Hòa"},
    ),
    Story(
        13, "be-trai-nghiem-lam-banh-quy-giang-sinh", "Bé trải nghiệm làm bánh quy Giáng sinh",
        "hoat-dong-cua-be", "2026-12-04T15:10:00+07:00",
        [
            Img(W + "banh-quy-giang-sinh.jpg", style="feat"),
            P("Chiều 04/12, các bé khối Lá háo hức mặc tạp dề, đội mũ đầu bếp để làm bánh quy Giáng sinh."),
            P("Dưới sự hướng dẫn của cô, bé tự nhào bột, cắt bánh hình ngôi sao, cây thông, người tuyết."),
            Img(W + "banh-quy-nhao-bot.jpg", "(Bé lớp Lá 2 nhào bột)", "Bé lớp Lá 2 nhào bột", style="col"),
            Img(W + "banh-quy-trang-tri.jpg", "(Trang trí bánh bằng kem đường)", "Trang trí bánh bằng kem đường", style="col"),
            P("Những chiếc bánh thơm lừng được bé mang về tặng ông bà, cha mẹ."),
            _sign("Tin, ảnh: Lê Thị Mai"),
        ],
        authors=["Lê Thị Mai"], photographers=["Lê Thị Mai"],
        opts={"pb": True, "cats": ["hoat-dong-cua-be"], "tags": ["le-hoi"], "acct": "hoasenkids",
              "printed": "December 4, 2026 3:10 pm", "meta": "Làm bánh quy Giáng sinh",
              "comments": [("Mẹ bé Na", "December 5, 2026", "Bánh bé mang về ngon lắm ạ, cảm ơn các cô!")]},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.id, reverse=True)


def post_path(story: Story) -> str:
    return f"/blog/post/{story.slug}.html"


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat], alt_paths=[f"/blog/post/{s.slug}"]) for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/chuong-trinh-hoc",
    "/hoc-phi",
    "/ao-thun-dong-phuc-mua-dong-hoa-sen.html",
    "/bo-sach-be-vao-lop-1.html",
]


# --- rendering -----------------------------------------------------------------------------


def _key(*parts: object) -> str:
    return hashlib.md5("/".join(map(str, parts)).encode()).hexdigest()[:7].upper()


def _mobile(src: str) -> str:
    head, name = src.rsplit("/", 1)
    return f"{head}/mobile/{name[:-4]}_m.jpg"


def _pb_figure(b: str, img: Img, k: str) -> str:
    cap = f'<figcaption data-element="caption">{esc(img.printed)}</figcaption>' if img.printed else ""
    return (
        f'<figure data-content-type="image" data-appearance="full-width" data-element="main" data-pb-style="{k}">'
        f'<img class="pagebuilder-mobile-hidden" src="{b}{img.src}" alt="" title="" data-element="desktop_image" data-pb-style="{k}1">'
        f'<img class="pagebuilder-mobile-only" src="{b}{_mobile(img.src)}" alt="" title="" data-element="mobile_image" data-pb-style="{k}1">'
        f"{cap}</figure>"
    )


def _pb_style(keys: list[str]) -> str:
    rules = "".join(
        f"#html-body [data-pb-style={k}]{{justify-content:flex-start;display:flex;flex-direction:column;"
        "background-position:left top;background-size:cover;background-repeat:no-repeat;"
        "background-attachment:scroll;margin:0 0 10px;padding:10px}"
        f"#html-body [data-pb-style={k}1]{{border-style:none;max-width:100%;height:auto}}"
        for k in keys
    )
    return f"<style>{rules}</style>"


def _groups(blocks: list) -> list[tuple[str, list]]:
    """Consecutive blocks that one element prints: text runs, lists, tables, image columns."""
    out: list[tuple[str, list]] = []
    for blk in blocks:
        if isinstance(blk, P):
            kind = {"li": "ul", "th": "table", "tr": "table", "poem": "poem", "br": "br",
                    "h": "h", "lead": "lead"}.get(blk.style, "p")
        elif isinstance(blk, Img):
            kind = {"col": "col", "feat": "feat", "classic": "classic"}.get(blk.style, "img")
        else:
            kind = "raw"
        if kind == "br" and out and out[-1][0] in ("p", "br"):
            out[-1][1].append(blk)
            continue
        if out and out[-1][0] == kind and kind in ("ul", "table", "poem", "col"):
            out[-1][1].append(blk)
        else:
            out.append(("p" if kind == "br" else kind, [blk]))
    return out


def _text_html(kind: str, items: list) -> str:
    if kind == "p":
        # a paragraph followed by "br" blocks is one <p> split by <br>
        rest = items[1:]
        if rest and all(i.style == "br" for i in rest):
            return "<p>" + "<br>".join(esc(i.text) for i in items) + "</p>"
        return "".join(f"<p>{esc(i.text)}</p>" for i in items)
    if kind == "lead":
        return f"<p><strong>{esc(items[0].text)}</strong></p>"
    if kind == "ul":
        return "<ul>" + "".join(f"<li>{esc(i.text)}</li>" for i in items) + "</ul>"
    if kind == "poem":
        return "<blockquote><p><em>" + "<br>".join(esc(i.text) for i in items) + "</em></p></blockquote>"
    if kind == "table":
        rows = []
        for i in items:
            tag = "th" if i.style == "th" else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in i.text.split(" | ")) + "</tr>")
        return '<table border="1" style="border-collapse: collapse; width: 100%;"><tbody>' + "".join(rows) + "</tbody></table>"
    if kind == "h":
        return f"<h3>{esc(items[0].text)}</h3>"
    raise ValueError(kind)


def render_content(story: Story, b: str) -> str:
    groups = [g for g in _groups(story.blocks) if g[0] != "feat"]
    if not story.opts["pb"]:
        out = []
        for kind, items in groups:
            if kind == "raw":
                out.append(items[0].html.replace("{BASE}", b))
            elif kind in ("classic", "img", "col"):
                for img in items:
                    out.append(f'<p style="text-align: center;"><img src="{b}{img.src}" alt="" width="600" height="400"></p>')
                    if img.printed:
                        out.append(f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>')
            else:
                out.append(_text_html(kind, items))
        return "\n".join(out)
    # Page Builder: one row, elements inside; one <style> with every element's rules first
    keys: list[str] = []
    parts: list[str] = []
    text_run: list[str] = []

    def flush() -> None:
        if text_run:
            parts.append('<div data-content-type="text" data-appearance="default" data-element="main">'
                         + "".join(text_run) + "</div>")
            text_run.clear()

    for n, (kind, items) in enumerate(groups):
        k = _key(story.id, n)
        if kind == "raw":
            flush()
            parts.append(items[0].html.replace("{BASE}", b))
        elif kind == "h":
            flush()
            parts.append(f'<h3 data-content-type="heading" data-appearance="default" data-element="main">{esc(items[0].text)}</h3>')
        elif kind in ("img", "classic"):
            flush()
            keys.append(k)
            parts.append(_pb_figure(b, items[0], k))
        elif kind == "col":
            flush()
            cols = []
            for j, img in enumerate(items):
                kj = _key(story.id, n, j)
                keys.append(kj)
                cols.append(f'<div class="pagebuilder-column" data-content-type="column" data-appearance="full-height" '
                            f'data-background-images="{{}}" data-element="main" data-pb-style="{kj}C">{_pb_figure(b, img, kj)}</div>')
            parts.append(f'<div class="pagebuilder-column-group" data-background-images="{{}}" data-content-type="column-group" '
                         f'data-appearance="default" data-grid-size="12" data-element="main" data-pb-style="{k}G">'
                         f'<div class="pagebuilder-column-line" data-content-type="column-line" data-element="main">'
                         + "".join(cols) + "</div></div>")
        else:
            text_run.append(_text_html(kind, items))
    flush()
    row_key = _key(story.id, "row")
    keys.insert(0, row_key)
    return (_pb_style(keys)
            + '<div data-content-type="row" data-appearance="contained" data-element="main">'
            f'<div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{{}}" '
            'data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" '
            'data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" '
            f'data-pb-style="{row_key}">' + "\n".join(parts) + "</div></div>")


def _feat(story: Story) -> Img | None:
    return next((i for i in story.images if i.style == "feat"), None)


def _thumb(story: Story) -> str:
    img = _feat(story)
    name = img.src.rsplit("/", 1)[1] if img else "placeholder.jpg"
    return f"/media/mageplaza/blog/post/resize/400x/{name[0]}/{name[1]}/{name}"


def _info(story: Story, b: str) -> str:
    o = story.opts
    cats = ", ".join(f'<a class="mp-info" href="{b}/blog/category/{c}.html">{esc(CATS[c])}</a>' for c in o["cats"])
    out = (f'<div class="mp-post-info"><i class="mp-blog-icon mp-blog-calendar-times"></i> {o["printed"]}'
           f' | <i class="mp-blog-icon mp-blog-folder-open"></i> Danh mục: {cats}')
    if o["tags"]:
        tags = ", ".join(f'<a class="mp-info" href="{b}/blog/tag/{t}.html">{esc(TAGS[t])}</a>' for t in o["tags"])
        out += f' | <i class="mp-blog-icon mp-blog-tag"></i> Thẻ: {tags}'
    name = AUTHORS[o["acct"]][0]
    # the store's own account has no author page (no url key): its name is printed unlinked
    who = (f'<span class="mp-info">{esc(name)}</span>' if o["acct"] == "hoasenkids"
           else f'<a class="mp-info" href="{b}/blog/author/{o["acct"]}.html">{esc(name)}</a>')
    out += (f' | <i class="mp-blog-icon mp-blog-user"></i> Bởi: {who}'
            f' | <i class="mp-blog-icon mp-blog-traffic"></i> Lượt xem: {story.views()}</div>')
    return out


def _short(story: Story) -> str:
    first = next(bl for bl in story.blocks if isinstance(bl, P))
    words = first.text.split()
    return " ".join(words[:14]) + ("..." if len(words) > 14 else "")


def _card(story: Story, b: str) -> str:
    url = b + post_path(story)
    return (
        '<div class="post-list-item col-mp post-item-list mp-12"><div class="post-item-wraper">'
        f'<div class="post-image"><a href="{url}"><img class="img-responsive" src="{b}{_thumb(story)}" alt="{esc(story.title)}"/></a></div>'
        f'<div class="post-info-wraper"><h2 class="mp-post-title"><a class="post-link-title" title="{esc(story.title)}" href="{url}">{esc(story.title)}</a></h2>'
        f"{_info(story, b)}"
        f'<div class="post-short-description"><p>{esc(_short(story))}</p></div><div class="mp-clearfix"></div>'
        f'<div class="mp-post-meta-info mp-alignright"><div class="actions"><a class="mp-read-more" href="{url}" title="Đọc tiếp">Đọc tiếp</a></div></div>'
        "</div></div></div>"
    )


def _pager(b: str, base: str, page: int, total: int) -> str:
    pages = -(-total // PER_PAGE)
    first, last = (page - 1) * PER_PAGE + 1, min(page * PER_PAGE, total)
    amount = f'<p class="toolbar-amount" id="toolbar-amount"><span class="toolbar-number">Mục {first}-{last} trong tổng số {total}</span></p>'
    if pages <= 1:
        return f'<div class="pager">{amount}</div>'
    items = []
    if page > 1:
        items.append(f'<li class="item pages-item-previous"><a class="action previous" href="{b}{base}?p={page - 1}" title="Trước"><span class="label">Trang</span><span>Trước</span></a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="item current"><strong class="page"><span class="label">Bạn đang xem trang</span><span>{n}</span></strong></li>')
        else:
            items.append(f'<li class="item"><a href="{b}{base}?p={n}" class="page"><span class="label">Trang</span><span>{n}</span></a></li>')
    if page < pages:
        items.append(f'<li class="item pages-item-next"><a class="action next" href="{b}{base}?p={page + 1}" title="Tiếp"><span class="label">Trang</span><span>Tiếp</span></a></li>')
    return (f'<div class="pager">{amount}<div class="pages"><strong class="label pages-label" id="paging-label">Trang</strong>'
            f'<ul class="items pages-items" aria-labelledby="paging-label">{"".join(items)}</ul></div></div>')


def _blog_sidebar(b: str) -> str:
    recent = "".join(
        f'<li class="list-post-tabs"><div class="post-left"><img class="img-responsive" src="{b}{_thumb(s).replace("400x", "100x")}" alt=""/></div>'
        f'<div class="post-right"><a href="{b}{post_path(s)}">{esc(s.title)}</a></div></li>'
        for s in NEWEST[:4]
    )
    cats = "".join(f'<li class="category-item"><a class="list-categories" href="{b}/blog/category/{k}.html">{esc(v)}</a></li>' for k, v in CATS.items())
    tags = "".join(f'<a class="mp-tag" href="{b}/blog/tag/{k}.html" style="font-size: 14px;">{esc(v)}</a> ' for k, v in TAGS.items())
    return (
        '<div class="sidebar sidebar-main"><div class="mp-sidebar mpcss">'
        '<div class="block-blog-search"><form id="mpblog-search-form" action="#"><input type="text" class="mpblog-search" placeholder="Tìm bài viết"/></form></div>'
        f'<div class="mp-sidebar mpcss"><div class="row"><div class="block-title"><p>Bài viết mới</p></div><ul class="tab-content">{recent}</ul></div></div>'
        f'<div class="mp-sidebar mpcss"><div class="block-title"><p>Danh mục</p></div><ul class="menu-categories">{cats}</ul></div>'
        f'<div class="mp-sidebar mpcss"><div class="block-title"><p>Thẻ</p></div><div class="tags-list">{tags}</div></div>'
        f'<div class="mp-sidebar mpcss"><a class="mp-rss" href="{b}/mpblog/post/rss/"><img src="{b}{STATIC}/Mageplaza_Blog/media/images/rss.png" alt="RSS"/> RSS</a></div>'
        "</div></div>"
    )


def _sidebar_additional() -> str:
    return (
        '<div class="sidebar sidebar-additional">'
        '<div class="block block-compare"><div class="block-title"><strong>So sánh sản phẩm</strong></div>'
        '<div class="block-content"><div class="empty">Bạn chưa có sản phẩm nào để so sánh.</div></div></div>'
        '<div class="block hs-poll"><div class="block-title"><strong>Thăm dò ý kiến</strong></div>'
        '<form method="post" action="/hspoll/vote/submit/"><p>Quý phụ huynh biết đến trường qua đâu?</p>'
        '<label><input type="radio" name="opt" value="1"/> Người quen giới thiệu</label><br>'
        '<label><input type="radio" name="opt" value="2"/> Facebook</label><br>'
        '<label><input type="radio" name="opt" value="3"/> Đi ngang qua trường</label><br>'
        '<button type="submit" class="action primary">Bình chọn</button></form></div>'
        '<div class="block hs-counter"><div class="block-title"><strong>Thống kê truy cập</strong></div>'
        '<ul><li>Đang online: 12</li><li>Hôm nay: 248</li><li>Tổng truy cập: 186.731</li></ul></div>'
        "</div>"
    )


def _menu(b: str) -> str:
    sub = "".join(f'<li class="level1 nav-2-{i}"><a href="{b}/blog/category/{k}.html"><span>{esc(v)}</span></a></li>'
                  for i, (k, v) in enumerate(CATS.items(), 1))
    shop = "".join(f'<li class="level1 nav-5-{i}"><a href="{b}/{k}.html"><span>{esc(v)}</span></a></li>'
                   for i, (k, v) in enumerate(CATALOG.items(), 1))
    return (
        '<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init=\'{"tabs":{"openedState":"active"}}\'>'
        '<div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content">'
        '<nav class="navigation" data-action="navigation"><ul data-mage-init=\'{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}\'>'
        f'<li class="level0 nav-1 first level-top"><a href="{b}/gioi-thieu" class="level-top"><span>Giới thiệu</span></a></li>'
        f'<li class="level0 nav-2 level-top parent"><a href="{b}/blog/" class="level-top"><span>Tin tức</span></a><ul class="level0 submenu">{sub}</ul></li>'
        f'<li class="level0 nav-3 level-top"><a href="{b}/chuong-trinh-hoc" class="level-top"><span>Chương trình học</span></a></li>'
        f'<li class="level0 nav-4 level-top"><a href="{b}/hoc-phi" class="level-top"><span>Học phí</span></a></li>'
        f'<li class="level0 nav-5 level-top parent"><a href="{b}/dong-phuc.html" class="level-top"><span>Cửa hàng</span></a><ul class="level0 submenu">{shop}</ul></li>'
        f'<li class="level0 nav-6 last level-top"><a href="{b}/lien-he" class="level-top"><span>Liên hệ</span></a></li>'
        "</ul></nav></div></div></div>"
    )


def page(request: Request, *, title: str, h1: str, body_class: str, main: str, crumbs: list[tuple[str, str | None]],
         sidebar: str = "", description: str = "", canonical: str | None = None, status: int = 200) -> Response:
    b = base_url(request)
    crumb_html = "".join(
        f'<li class="item"><a href="{b}{href}" title="{esc(label)}">{esc(label)}</a></li>' if href else f'<li class="item"><strong>{esc(label)}</strong></li>'
        for label, href in crumbs
    )
    canon = f'<link rel="canonical" href="{b}{canonical}"/>' if canonical else ""
    doc = f"""<!doctype html>
<html lang="vi">
<head>
<script>var BASE_URL = '{b}/'; var require = {{"baseUrl":"{b}{STATIC}"}};</script>
<meta charset="utf-8"/>
<meta name="title" content="{esc(title)}"/>
<meta name="description" content="{esc(description)}"/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" media="all" href="{b}{STATIC}/css/styles-m.css"/>
<link rel="stylesheet" type="text/css" media="all" href="{b}{STATIC}/Mageplaza_Blog/css/mpBlogIcon.css"/>
<script type="text/javascript" src="{b}{STATIC}/requirejs/require.js"></script>
<link rel="icon" type="image/x-icon" href="{b}/media/favicon/stores/1/favicon.ico"/>
{canon}
</head>
<body data-container="body" data-mage-init='{{"loaderAjax": {{}}, "loader": {{ "icon": "{b}{STATIC}/images/loader-2.gif"}}}}' id="html-body" class="{body_class} page-layout-2columns-right">
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header">
<a class="action skip contentarea" href="#contentarea"><span>Chuyển đến nội dung</span></a>
<div class="hs-topbar"><span class="hs-today">{HEADER_DATE}</span> <span class="hs-hotline">Hotline: 0251 3823 456</span></div>
<ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in">Chào mừng quý phụ huynh đến với Mầm non Hoa Sen!</span></li>
<li class="authorization-link"><a href="{b}/customer/account/login/">Đăng nhập</a></li><li><a href="{b}/customer/account/create/">Tạo tài khoản</a></li></ul>
</div></div>
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Chuyển đổi Điều hướng</span></span>
<a class="logo" href="{b}/" title="Trường Mầm non Hoa Sen"><img src="{b}/media/logo/stores/1/logo-hoasen.png" title="Trường Mầm non Hoa Sen" alt="Trường Mầm non Hoa Sen" width="170" height="60"/></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="{b}/checkout/cart/" data-bind="scope: 'minicart_content'"><span class="text">Giỏ hàng</span><span class="counter qty empty"><span class="counter-number">0</span></span></a></div>
<div class="block block-search"><div class="block block-content"><form class="form minisearch" id="search_mini_form" action="{b}/catalogsearch/result/" method="get">
<div class="field search"><label class="label" for="search">Tìm kiếm</label><div class="control"><input id="search" type="text" name="q" value="" placeholder="Tìm sản phẩm..." class="input-text" maxlength="128" autocomplete="off"/></div></div>
<div class="actions"><button type="submit" title="Tìm kiếm" class="action search"><span>Tìm kiếm</span></button></div></form></div></div>
</div></header>
{_menu(b)}
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="{b}/" title="Về trang chủ">Trang chủ</a></li>{crumb_html}</ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">{esc(h1)}</span></h1></div>
<div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="Xq7pL2mNc9Rt"/>
{main}
</div>{sidebar}{_sidebar_additional()}</div></main>
<footer class="page-footer"><div class="footer content">
<div class="block newsletter"><div class="title"><strong>Đăng ký nhận tin</strong></div><div class="content"><form class="form subscribe" action="{b}/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail"><input name="email" type="email" id="newsletter" placeholder="Nhập địa chỉ email"/><button class="action subscribe primary" title="Đăng ký" type="submit"><span>Đăng ký</span></button></form></div></div>
<div class="hs-footer-info"><p><strong>TRƯỜNG MẦM NON HOA SEN</strong></p><p>Địa chỉ: 86 Đồng Khởi, phường Tân Hiệp, thành phố Biên Hòa, tỉnh Đồng Nai</p><p>Điện thoại: 0251 3823 456 - Email: mamnonhoasen.bienhoa@gmail.com</p></div>
<ul class="footer links"><li class="nav item"><a href="{b}/gioi-thieu">Về chúng tôi</a></li><li class="nav item"><a href="{b}/lien-he">Liên hệ</a></li><li class="nav item"><a href="https://www.facebook.com/mamnonhoasenbienhoa">Facebook</a></li></ul>
</div></footer>
<script type="text/x-magento-init">{{"*": {{"Magento_Ui/js/core/app": {{"components": {{"customer": {{"component": "Magento_Customer/js/view/customer"}}}}}}}}}}</script>
<small class="copyright"><span>Copyright © 2026 Trường Mầm non Hoa Sen. All rights reserved.</span></small>
</div></body></html>"""
    return html(doc, status=status)


def _related(story: Story) -> list[Story]:
    tags = set(story.opts["tags"])
    return [s for s in NEWEST if s.id != story.id and tags & set(s.opts["tags"])][:3]


def post_page(request: Request, story: Story) -> Response:
    b = base_url(request)
    o = story.opts
    feat = _feat(story)
    feat_html = (f'<div class="post-view-image col-xs-12"><img class="img-responsive" src="{b}{feat.src}" alt="{esc(story.title)}"/></div>'
                 if feat else "")
    name, about = AUTHORS[o["acct"]]
    parts = [
        '<div class="mp-blog-view"><div class="mpcss post-view" id="mpblog-list-container"><div class="post-list-content col-md-12 col-xs-12">',
        feat_html,
        f'<div class="post-post_content col-xs-12">{render_content(story, b)}</div>',
        f'<div class="col-xs-12"><hr/>{_info(story, b)}</div>',
        '<div class="col-xs-12"><div class="addthis_inline_share_toolbox"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u='
        f'{b}{post_path(story)}">Chia sẻ Facebook</a> <a class="share-zalo" href="https://zalo.me/share">Zalo</a></div></div>',
        '<div class="block-blog-related about-admin"><h2>Về tác giả</h2><div class="related-content-container">'
        f'<div class="author-content-image"><img class="img-responsive" src="{b}/media/mageplaza/blog/auth/{o["acct"]}.png" alt=""/></div>'
        f'<div class="author-content-information"><div class="author-name">{esc(name)}</div><p class="author-description">{esc(about)}</p></div></div></div>',
    ]
    rel = _related(story)
    if rel:
        items = "".join(
            f'<div class="item"><div class="post-item-wraper"><div class="post-image"><a href="{b}/blog/post/{s.slug}">'
            f'<img class="img-responsive" src="{b}{_thumb(s)}" alt=""/></a></div><div class="post-info-wraper">'
            f'<h2 class="mp-post-title"><a class="post-link-title" title="{esc(s.title)}" href="{b}/blog/post/{s.slug}">{esc(s.title)}</a></h2>'
            f'<div class="mp-post-info">{s.opts["printed"]}</div></div></div></div>'
            for s in rel
        )
        parts.append(f'<div class="block-blog-related"><h2>Bài viết liên quan</h2><div class="related-content-container">'
                     f'<div class="owl-carousel owl-theme">{items}</div></div></div>')
    prods = "".join(
        f'<li class="product-item"><a href="{b}/{k}.html" class="product-item-photo"><img class="product-image-photo" src="{b}{p["img"]}" alt=""/></a>'
        f'<strong class="product-item-name"><a class="product-item-link" href="{b}/{k}.html">{esc(p["name"])}</a></strong>'
        f'<span class="price">{p["price"]}</span></li>'
        for k, p in PRODUCTS.items()
    )
    parts.append(f'<div class="block-blog-related products-same-post"><h2>Sản phẩm liên quan</h2><ol class="product-items">{prods}</ol></div>')
    cmts = "".join(
        f'<li class="default-cmt__content-cmt-row"><div class="cmt-row__reply-row"><span class="cmt-row__reply-username">{esc(who)}</span>'
        f'<span class="cmt-row__reply-date">{when}</span></div><div class="cmt-row__reply-content"><p>{esc(what)}</p></div></li>'
        for who, when, what in o.get("comments", [])
    )
    parts.append(
        '<div class="block-blog-related blog-comment-list"><h2>Bình luận</h2><div class="default-cmt__content">'
        f'<ul class="default-cmt__content-cmt-list">{cmts}</ul>'
        '<div class="default-cmt__content-new-cmt"><textarea id="default-cmt__content-new-cmt-text" placeholder="Viết bình luận..."></textarea>'
        '<button class="default-cmt__content-new-cmt-btn">Gửi bình luận</button></div></div></div>'
    )
    parts.append("</div></div></div>")
    return page(request, title=f"{o['meta']} | {SITE}", h1=story.title, body_class="mpblog-post-view",
                main="".join(parts), crumbs=[("Blog", "/blog/"), (story.title, None)],
                sidebar=_blog_sidebar(b), description=_short(story), canonical=post_path(story))


def list_page(request: Request, *, stories: list[Story], base: str, h1: str, crumbs: list, body_class: str) -> Response | None:
    b = base_url(request)
    p = request.params.get("p", "1")
    if not p.isdigit() or not 1 <= int(p) <= max(1, -(-len(stories) // PER_PAGE)):
        return None
    n = int(p)
    chunk = stories[(n - 1) * PER_PAGE : n * PER_PAGE]
    main = ('<div class="post-list-content" id="mpblog-list-container"><div class="post-list-body">'
            + "".join(_card(s, b) for s in chunk) + "</div>" + _pager(b, base, n, len(stories)) + "</div>")
    return page(request, title=f"{h1} | {SITE}", h1=h1, body_class=body_class, main=main, crumbs=crumbs,
                sidebar=_blog_sidebar(b), description=f"{h1} - Trường Mầm non Hoa Sen")


CMS = {
    "gioi-thieu": ("Giới thiệu", [
        "Trường Mầm non Hoa Sen được thành lập năm 2012 tại thành phố Biên Hòa, tỉnh Đồng Nai.",
        "Trường có 12 lớp học với hơn 350 trẻ từ 18 tháng đến 6 tuổi.",
        "Sứ mệnh của trường: mỗi ngày đến trường là một ngày vui.",
    ]),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: 86 Đồng Khởi, phường Tân Hiệp, thành phố Biên Hòa, tỉnh Đồng Nai.",
        "Điện thoại: 0251 3823 456. Email: mamnonhoasen.bienhoa@gmail.com.",
        "Giờ làm việc: 6 giờ 30 đến 17 giờ 30, từ Thứ Hai đến Thứ Bảy.",
    ]),
    "chuong-trinh-hoc": ("Chương trình học", [
        "Trường thực hiện Chương trình Giáo dục mầm non của Bộ Giáo dục và Đào tạo.",
        "Bên cạnh đó, bé được làm quen tiếng Anh, học năng khiếu vẽ, múa và võ Vovinam.",
    ]),
    "hoc-phi": ("Học phí", [
        "Học phí năm học 2026 - 2027: Nhà trẻ 3.200.000 đồng/tháng; Mẫu giáo 2.900.000 đồng/tháng.",
        "Tiền ăn bán trú: 35.000 đồng/ngày.",
    ]),
}


def cms_page(request: Request, key: str) -> Response:
    h1, paras = CMS[key]
    inner = "".join(f"<p>{esc(t)}</p>" for t in paras)
    main = ('<div data-content-type="row" data-appearance="contained" data-element="main"><div data-element="inner">'
            f'<div data-content-type="text" data-appearance="default" data-element="main">{inner}</div></div></div>')
    return page(request, title=f"{h1} | {SITE}", h1=h1, body_class=f"cms-page-view cms-{key}", main=main,
                crumbs=[(h1, None)], description=paras[0])


def product_page(request: Request, key: str) -> Response:
    b = base_url(request)
    p = PRODUCTS[key]
    reviews = "".join(
        f'<li class="item review-item"><div class="review-title">{esc(t)}</div><div class="review-details">'
        f'<p class="review-author"><span class="review-details-label">Đánh giá bởi</span> <strong class="review-details-value">{esc(w)}</strong></p>'
        f'<p class="review-date"><span class="review-details-label">Đăng ngày</span> <time class="review-details-value">{d}</time></p></div></li>'
        for w, d, t in p["reviews"]
    )
    main = (
        f'<div class="product media"><img class="gallery-placeholder__image" src="{b}{p["img"]}" alt="{esc(p["name"])}"/></div>'
        '<div class="product-info-main"><div class="product-info-price"><div class="price-box price-final_price">'
        f'<span class="price">{p["price"]}</span></div><div class="product-info-stock-sku"><div class="stock available"><span>Còn hàng</span></div>'
        f'<div class="product attribute sku"><strong class="type">SKU</strong> <div class="value">{p["sku"]}</div></div></div></div>'
        f'<form action="{b}/checkout/cart/add/uenc/aHR0cA,,/product/{key}/" method="post" id="product_addtocart_form">'
        '<input type="number" name="qty" value="1"/><button type="submit" class="action primary tocart"><span>Thêm vào giỏ</span></button></form></div>'
        '<div class="product info detailed"><div class="product data items" data-mage-init=\'{"tabs":{"openedState":"active"}}\'>'
        '<div class="data item title" id="tab-label-description"><a class="data switch" href="#description">Chi tiết</a></div>'
        '<div class="data item content" id="description"><div class="product attribute description"><div class="value">'
        + "".join(f"<p>{esc(t)}</p>" for t in p["desc"]) + "</div></div></div>"
        f'<div class="data item title" id="tab-label-reviews"><a class="data switch" href="#reviews">Đánh giá ({len(p["reviews"])})</a></div>'
        f'<div class="data item content" id="reviews"><ol class="items review-items">{reviews}</ol></div></div></div>'
    )
    return page(request, title=p["name"], h1=p["name"], body_class="catalog-product-view", main=main,
                crumbs=[(CATALOG[p["cat"]], f"/{p['cat']}.html"), (p["name"], None)],
                description=p["desc"][0], canonical=f"/{key}.html")


def catalog_page(request: Request, key: str) -> Response:
    b = base_url(request)
    items = "".join(
        f'<li class="item product product-item"><div class="product-item-info"><a href="{b}/{k}.html" class="product photo product-item-photo">'
        f'<img class="product-image-photo" src="{b}{p["img"]}" alt=""/></a><div class="product details product-item-details">'
        f'<strong class="product name product-item-name"><a class="product-item-link" href="{b}/{k}.html">{esc(p["name"])}</a></strong>'
        f'<span class="price">{p["price"]}</span></div></div></li>'
        for k, p in PRODUCTS.items() if p["cat"] == key
    )
    main = (
        '<div class="toolbar toolbar-products"><div class="toolbar-sorter sorter"><label class="sorter-label" for="sorter">Sắp xếp theo</label>'
        '<select id="sorter" data-role="sorter" class="sorter-options"><option value="position" selected="selected">Vị trí</option>'
        '<option value="name">Tên sản phẩm</option><option value="price">Giá</option></select></div></div>'
        f'<div class="products wrapper grid products-grid"><ol class="products list items product-items">{items}</ol></div>'
    )
    return page(request, title=CATALOG[key], h1=CATALOG[key], body_class="catalog-category-view", main=main,
                crumbs=[(CATALOG[key], None)], description=CATALOG[key])


def home_page(request: Request) -> Response:
    b = base_url(request)
    posts = "".join(
        f'<li class="post-item"><a href="{b}{post_path(s)}"><img src="{b}{_thumb(s)}" alt=""/></a>'
        f'<div class="post-info"><a class="post-title" href="{b}{post_path(s)}">{esc(s.title)}</a>'
        f'<span class="post-date">{s.opts["printed"].rsplit(" ", 2)[0]}</span></div></li>'
        for s in NEWEST[:4]
    )
    main = (
        '<div data-content-type="row" data-appearance="full-width" data-element="main"><div data-element="inner">'
        '<div data-content-type="text" data-appearance="default" data-element="main">'
        "<h2>Chào mừng đến với Trường Mầm non Hoa Sen</h2><p>Nơi mỗi ngày đến trường là một ngày vui của bé.</p></div>"
        f'<div class="mp-blog-widget"><h3 class="mp-widget-title">Tin mới từ Hoa Sen</h3><ul class="post-list">{posts}</ul>'
        f'<a class="mp-view-all" href="{b}/blog/">Xem tất cả tin</a></div>'
        f"{_PRODUCT_GRID.replace('{BASE}', b)}</div></div>"
    )
    return page(request, title="Trường Mầm non Hoa Sen - Biên Hòa, Đồng Nai", h1="Trường Mầm non Hoa Sen",
                body_class="cms-home cms-index-index", main=main, crumbs=[], description="Trường Mầm non Hoa Sen Biên Hòa")


def rss(request: Request) -> Response:
    b = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{b}{post_path(s)}</link><description>{esc(_short(s))}</description></item>"
        for s in NEWEST[:5]
    )
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Blog Mầm non Hoa Sen</title>'
           f"<link>{b}/blog/</link><description>Tin tức Mầm non Hoa Sen</description>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def simple_page(request: Request, h1: str, text: str, body_class: str) -> Response:
    return page(request, title=h1, h1=h1, body_class=body_class, main=f"<p>{esc(text)}</p>", crumbs=[(h1, None)])


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/static/", "/media/")):
            return static_file(path)
        if request.method == "POST":
            return redirect(base_url(request) + "/checkout/cart/")
        if path == "/":
            return home_page(request)
        if path in ("/blog", "/blog/"):
            return list_page(request, stories=NEWEST, base="/blog/", h1="Tin tức", crumbs=[("Blog", None)],
                             body_class="mpblog-post-index")
        if path.startswith("/blog/post/"):
            key = path[len("/blog/post/"):]
            key = key[:-5] if key.endswith(".html") else key
            story = BY_SLUG.get(key)
            return post_page(request, story) if story and not request.query else None
        for prefix, table, kind in (("/blog/category/", CATS, "cat"), ("/blog/tag/", TAGS, "tag"),
                                    ("/blog/author/", AUTHORS, "author")):
            if path.startswith(prefix) and path.endswith(".html"):
                key = path[len(prefix):-5]
                if key not in table or key == "hoasenkids":
                    return None
                if kind == "cat":
                    stories = [s for s in NEWEST if key in s.opts["cats"]]
                    label = CATS[key]
                elif kind == "tag":
                    stories = [s for s in NEWEST if key in s.opts["tags"]]
                    label = f"Thẻ: {TAGS[key]}"
                else:
                    stories = [s for s in NEWEST if s.opts["acct"] == key]
                    label = f"Tác giả: {AUTHORS[key][0]}"
                return list_page(request, stories=stories, base=path, h1=label,
                                 crumbs=[("Blog", "/blog/"), (label, None)], body_class=f"mpblog-post-{kind}")
        if path == "/mpblog/post/rss/":
            return rss(request)
        if path.endswith(".html") and path.count("/") == 1:
            key = path[1:-5]
            if request.query:
                return None
            if key in PRODUCTS:
                return product_page(request, key)
            if key in CATALOG:
                return catalog_page(request, key)
            return None
        if path.strip("/") in CMS and not request.query:
            return cms_page(request, path.strip("/"))
        if path == "/customer/account/login/":
            return simple_page(request, "Đăng nhập khách hàng", "Vui lòng đăng nhập bằng email và mật khẩu.", "customer-account-login")
        if path == "/customer/account/create/":
            return simple_page(request, "Tạo tài khoản mới", "Điền thông tin để tạo tài khoản.", "customer-account-create")
        if path == "/checkout/cart/":
            return simple_page(request, "Giỏ hàng", "Bạn chưa có sản phẩm nào trong giỏ hàng.", "checkout-cart-index")
        if path == "/catalogsearch/result/":
            q = parse_qs(request.query).get("q", [""])[0]
            return simple_page(request, f"Kết quả tìm kiếm cho: '{q}'", "Không tìm thấy sản phẩm phù hợp.", "catalogsearch-result-index")
        return None


def build_site() -> Site:
    return Site()
