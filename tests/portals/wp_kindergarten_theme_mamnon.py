"""Trường Mầm non Hoa Hồng (TP. Long Xuyên, An Giang): WordPress 6.6 with a commercial kindergarten
theme ("Little Stars", a ThemeREX-style theme: rounded "kids" cards, cloud dividers, its own
``[ls_kids_grid]`` shortcode whose "Xem thêm" button loads more cards through admin-ajax.php),
Envira Gallery and FooGallery galleries inside the posts, Jetpack (related posts block), the AMP
plugin in reader mode, Contact Form 7, WP-Polls, Ad Inserter. Classic-editor and block-editor
posts are mixed.

URL scheme (permalink structure ``/%postname%.html``):
- ``/`` home: slider, welcome block, the ``[ls_kids_grid]`` with the 6 newest posts and an AJAX
  "Xem thêm" button (POST ``/wp-admin/admin-ajax.php`` ``action=ls_kids_grid_more&paged=N``,
  answers JSON with card markup; it has no href), "Thực đơn tuần này" box, gallery teaser;
- ``/category/<slug>/`` and ``/category/<slug>/page/<n>/`` (4 posts a page; ``/page/1/`` 301s to
  the first page; "Hoạt động của bé" pages with the theme's "Xem thêm bài viết" link that has a
  real href to the next page, the other archives with WordPress's ``the_posts_pagination``);
- posts ``/<slug>.html``; ``/<slug>.html/`` 301s to it; ``/?p=<id>`` 301s to it;
  ``/<slug>.html?amp=1`` AMP reader view (``<link rel="amphtml">``);
  ``/<slug>.html?replytocom=<n>`` (WordPress's comment reply links) and
  ``/<slug>.html?relatedposts_hit=1&relatedposts_origin=<id>&relatedposts_position=<k>``
  (Jetpack related-post links) serve the same article; ``?share=facebook`` (old sharedaddy
  links, no longer printed) 302s off-site;
- ``/tag/<slug>/``, ``/author/<login>/`` (+ ``/page/<n>/``): listings;
- gallery attachment pages ``/<post-slug>.html/<attachment-slug>/`` (WordPress's attachment
  permalink under a ``.html`` post), linked from a FooGallery set to "link to attachment page";
- pages ``/gioi-thieu/``, ``/lien-he/``, ``/dang-ky-nhap-hoc/`` (CF7 form, answers POST too),
  ``/thu-vien-anh/``; ``/?s=<q>`` search; ``/feed/`` RSS (10 newest).

Page templates: every page has the top bar (today "Thứ Bảy, 05/12/2026", hotline, e-mail), the
logo header with the main menu (drop-downs "Giới thiệu", "Tin tức", "Tuyển sinh"), the sidebar
(search, "Bài viết mới", WordPress Popular Posts "Xem nhiều nhất", categories with counts, WP-Polls,
visitor counter, link select, Facebook page box) and the footer. A single post has two layouts:
"hero" (breadcrumbs and h1 over the featured image drawn as a CSS background, meta line below)
and "bar" (no hero; h1 in the content column with an info bar printing time and day). Post text
sits in ``div.post_content.entry-content``; after it the theme's share row and (posts filed under
"Hoạt động của bé") the Jetpack related-posts block, both inside that div; then tags, "Bài viết
cùng chuyên mục" and the comments.

How the 13 gold articles are reached (posts per page 4, newest first):
- home grid (6 newest): H1, G1, T1, H2, T2, H5 (also "Bài viết mới");
- "Xem nhiều nhất" widget: H1, H3, G1, H4;
- /category/hoat-dong-cua-be/: H1 H2 H5 H3; /page/2/: H4 **H6**;
- /category/goc-phu-huynh/: G1 H3 G4 G3; /page/2/: **G2**;
- /category/thuc-don/: T1 T2 T3;
- /tag/ky-nang-song/: H1 H3 H4 G4; /tag/dinh-duong/: T1 T2 T3; /tag/ngay-nha-giao-viet-nam/: H5;
- /author/quantri/ (3 pages), /author/hongnhung/: H2 H4 G4 T3.
H6 and G2 are linked from no page but page 2+ of a listing (no tags; related lists, widgets and
the feed leave them out).

Traps
1. AJAX "Xem thêm" (kind not in the README): the home page's kids grid shows 6 posts and its
   "Xem thêm" is a ``<button>`` with data-attributes posting to admin-ajax.php; GET on
   admin-ajax.php answers "0" with 400 as WordPress does. Older posts are reached through the
   archives (H6, G2 only on page 2+). Gold: all 13 articles, nothing from the AJAX endpoint.
2. Month in words (kind not in the README): the theme prints WordPress's Vietnamese date format
   "F j, Y": "Tháng Mười Một 18, 2026" is November (not "Tháng Mười" October, not "Tháng Một"
   January), "Tháng Mười Hai 3, 2026" is 2026-12-03. Gold: the day alone.
3. 12-hour clock in Vietnamese (kind not in the README): the "bar" layout prints
   "2:30 chiều · 26/11/2026" (chiều = p.m.: 14:30) and "12:10 chiều · 20/10/2026" (12:10 p.m. is
   ten past noon, not midnight). Gold: "2026-11-26T14:30:00+07:00", "2026-10-20T12:10:00+07:00".
4. Dates that are not the article's (kind not in the README): "Thực đơn" posts of the aside
   format print no post meta at all, and their titles carry a date range ("(từ 30/11 đến
   04/12)"); G2 hides its date (theme's per-post option) while its comments print
   ``<time datetime="2026-10-16T21:33:27+07:00">`` and the Jetpack related block inside the text
   prints other posts' dates; H4 prints "Cập nhật: Tháng Mười Một 12, 2026" before its
   publication day. Gold: null for T1, T2, G2; "2026-11-10" for H4. No page carries
   article:published_time (no SEO plugin; the theme's own og: tags have none).
5. Lazy gallery placeholders (kind not in the README): Envira's ``<img src>`` is a 1x1 data: GIF,
   the real thumbnail is in ``data-envira-src`` (and again in a ``<noscript>`` copy, and as full
   size in the link's href); FooGallery's ``src`` is an inline SVG data URI and the thumbnail is in
   ``data-src-fg``. Gold: each photo once, as the thumbnail the page shows (the data-envira-src /
   data-src-fg path), in order.
6. File-name captions and attachment pages (kind not in the README): H3's FooGallery prints each
   photo's title, a Zalo file name ("z4967283401827_5c1f2e8a0b9d4c7e"), as its caption line, and
   links each photo to its attachment page ``/<post>.html/<file-name>/``, which looks like a short
   post (title, date, author, picture, comment form). Gold: caption None; the attachment pages
   are NON_ARTICLES.
7. Widgets inside the text's container: Ad Inserter puts an admissions box (banner image, "Đăng ký
   nhập học trực tuyến" link) after the second paragraph, the theme appends the "Chia sẻ:" row and
   Jetpack its "Có liên quan" block (thumbnails, titles, excerpts, dates, "Trong …") inside
   ``div.entry-content``. Gold: none of it is body or images.
8. Duplicate URLs of one article: ``?amp=1`` (rel=amphtml, AMP reader template with amp-img),
   ``?replytocom=N`` from each comment's "Trả lời" link, and Jetpack's tracking links
   ``?relatedposts_hit=1&relatedposts_origin=…&relatedposts_position=…``. Gold: alt_paths of the
   permalink (canonical always the permalink).
9. Dead shortcode residue (kind not in the README): H5 still prints ``[wonderplugin_gallery
   id="3"]`` as a paragraph of its own (the plugin was removed). Gold: not body.
10. Multi-category post (kind not in the README): H3 is filed under both "Hoạt động của bé"
    (primary, breadcrumb) and "Góc phụ huynh"; the meta line prints "Góc phụ huynh, Hoạt động
    của bé" (alphabetical) and the post is listed in both archives. Gold: category "Hoạt động của
    bé", one record.
11. Bylines: the theme prints "Đăng bởi quantri"/"hongnhung" (CMS accounts: nobody); the signer
    is a right-aligned line at the end with a teacher's honorific or title: "Tin, ảnh: Cô Phan
    Thị Thanh Thúy" -> both lists ["Phan Thị Thanh Thúy"]; "GV. Đỗ Ngọc Trâm – Lớp Chồi 3" ->
    ["Đỗ Ngọc Trâm"]; "Bài: Lê Thị Hồng Nhung – Ảnh: Trần Quốc Việt"; "Tin: … - Ảnh: …";
    "Huỳnh Thị Diễm – Nhân viên y tế"; "Nguyễn Thị Kim Yến (sưu tầm)" -> ["Nguyễn Thị Kim Yến"];
    "Tổ chuyên môn Mẫu giáo" (a unit alone) -> itself.
12. Captions of several kinds: block-editor figcaptions; a block gallery with per-image
    figcaptions (one photo without) and a gallery-wide figcaption; a YouTube embed's figcaption
    ("Clip: …", no image); a classic post's italic centred line in its own ``<p>`` after the photo,
    in parentheses. Gold: per-image captions as printed (parentheses off), None for the photo
    without; the gallery-wide and the video captions are neither body nor image captions.
13. Official notice (G3): letterhead table, "Số: 45/TB-MNHH", "Long Xuyên, ngày 26 tháng 10 năm
    2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and "HIỆU TRƯỞNG (đã ký) Võ Thị Bích Liên"; the post
    meta prints "Tháng Mười 27, 2026". Gold: date "2026-10-26" (letterhead), author the signer,
    body only the paragraphs between the subject and the closing.
14. Text forms: wptexturize writes quotes, dashes and ellipses as ``&#8220; &#8221; &#8211;
    &#8230;``; G2 was pasted decomposed (NFD); H4 was pasted from Word (font spans, ``&nbsp;``
    spacer paragraphs, a Shift+Enter ``<br />`` inside a paragraph); H5 has Facebook emoji images
    (``<img alt="👉">``) as line bullets. Gold: NFC text, curly characters, the br splits the
    paragraph, bullets are no text and no images.
15. Featured images: the hero draws the featured image as a CSS background; listing cards,
    widgets and related blocks show ``<img>`` thumbnails. Gold images are only the photos inside
    the text.

Gold decisions on ambiguous points
- Gallery photos: the displayed thumbnail (``data-envira-src``/``data-src-fg``, which is also the
  noscript copy's src) is the image; the full-size file the link points to is not listed again.
- Envira caption = the ``envira-gallery-captioned-text`` line under the photo; H5's Envira set
  prints no caption line (alt "IMG_5012"… only): caption None.
- "(sưu tầm)" after a signer's name is a role, like a post after the name: the signer is the
  author; source stays null (no "Nguồn"/"Theo" line).
- "Theo Trung tâm Kiểm soát bệnh tật tỉnh An Giang, từ đầu năm…" opening G1's text is a sentence,
  not a source; G1's source is its closing "Nguồn: …" line.
- G1's manual excerpt printed in the hero (``ls_hero_excerpt``) is the sapo (summary, first body
  paragraph); H1's and G4's bold first paragraphs are sapos. Others: summary null.
- Tables (Thực đơn): the header row is a paragraph like the other rows, cells joined by " | ".
- Dates come from the article's page only: the RSS feed's pubDate, listing badges and comments
  are not read. The aside posts and G2 show no badge on the listings either.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "wp_kindergarten_theme_mamnon"
PLATFORM = (
    "WordPress 6.6 + kindergarten theme (ThemeREX-style 'Little Stars', AJAX kids grid) "
    "+ Envira/FooGallery + Jetpack + AMP"
)
START_PATH = "/"

SITE_NAME = "Trường Mầm non Hoa Hồng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
WP_VER = "6.6.2"
THEME = "/wp-content/themes/littlestars"
PER_PAGE = 4
GRID_SIZE = 6

CATS = {
    "hoat-dong-cua-be": ("Hoạt động của bé", 7),
    "goc-phu-huynh": ("Góc phụ huynh", 4),
    "thuc-don": ("Thực đơn", 9),
}
TAGS = {
    "ky-nang-song": "Kỹ năng sống",
    "dinh-duong": "Dinh dưỡng",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
}
USERS = {"quantri": 1, "hongnhung": 3}

MONTHS = [
    "",
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]

# --- the articles ---------------------------------------------------------------------------

_UP = "/wp-content/uploads"

H1 = Story(
    id=412,
    slug="be-vui-hoi-thi-be-khoe-be-ngoan-cap-truong",
    title="Bé vui hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026 – 2027",
    cat="hoat-dong-cua-be",
    published_at="2026-12-03",
    summary=(
        "Sáng ngày 02/12/2026, Trường Mầm non Hoa Hồng tổ chức hội thi “Bé khỏe – Bé ngoan” cấp "
        "trường dành cho trẻ các khối Chồi và Lá, thu hút gần 180 bé tham gia cùng đông đảo phụ "
        "huynh đến cổ vũ."
    ),
    blocks=[
        P(
            "Sáng ngày 02/12/2026, Trường Mầm non Hoa Hồng tổ chức hội thi “Bé khỏe – Bé ngoan” cấp "
            "trường dành cho trẻ các khối Chồi và Lá, thu hút gần 180 bé tham gia cùng đông đảo phụ "
            "huynh đến cổ vũ.",
            "b",
        ),
        P(
            "Hội thi nằm trong kế hoạch thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm "
            "trung tâm” giai đoạn 2026 – 2027, nhằm giúp trẻ rèn luyện thể lực, phát triển các vận "
            "động cơ bản và hình thành thói quen vệ sinh, lễ phép trong sinh hoạt hằng ngày."
        ),
        P(
            "Phát biểu khai mạc, cô Võ Thị Bích Liên, Hiệu trưởng nhà trường, mong muốn mỗi bé sẽ "
            "mạnh dạn, tự tin thể hiện bản thân, còn các cô giáo có thêm dịp trao đổi kinh nghiệm "
            "tổ chức hoạt động phát triển vận động cho trẻ."
        ),
        P("Phần thi “Bé khỏe”", "h"),
        P(
            "Ở phần thi này, các bé lần lượt vượt qua chướng ngại vật, bật qua vòng, ném bóng trúng "
            "đích và thi chạy tiếp sức theo đội. Nhiều bé khối Lá hoàn thành đường chạy chỉ trong "
            "vòng chưa đầy một phút."
        ),
        P("Phần thi “Bé ngoan”", "h"),
        P(
            "Các bé trả lời câu hỏi về cách chào hỏi người lớn, rửa tay đúng cách, cất dọn đồ chơi "
            "sau khi chơi xong… qua hình thức “Rung chuông vàng nhí” với bảng đúng – sai nhiều màu "
            "sắc."
        ),
        P(
            "Kết thúc hội thi, Ban tổ chức trao 1 giải Nhất cho lớp Lá 2, 2 giải Nhì cho lớp Lá 1 "
            "và Chồi 3, 3 giải Ba cùng nhiều phần quà khuyến khích cho các bé."
        ),
        Img(
            f"{_UP}/2026/12/hoi-thi-be-khoe-01-640x427.jpg",
            "Các bé khối Lá tham gia phần thi bật qua vòng",
            "Các bé khối Lá tham gia phần thi bật qua vòng",
            "envira",
        ),
        Img(
            f"{_UP}/2026/12/hoi-thi-be-khoe-02-640x427.jpg",
            "Đội Chồi 3 thi chạy tiếp sức",
            "Đội Chồi 3 thi chạy tiếp sức",
            "envira",
        ),
        Img(
            f"{_UP}/2026/12/hoi-thi-be-khoe-03-640x427.jpg",
            "Phụ huynh cổ vũ các bé trong phần thi “Bé ngoan”",
            "Phụ huynh cổ vũ các bé trong phần thi “Bé ngoan”",
            "envira",
        ),
        Img(
            f"{_UP}/2026/12/hoi-thi-be-khoe-04-640x427.jpg",
            "Ban giám hiệu trao giải Nhất cho lớp Lá 2",
            "Ban giám hiệu trao giải Nhất cho lớp Lá 2",
            "envira",
        ),
        Raw(
            '<p style="text-align: right;"><strong>Tin, ảnh: Cô Phan Thị Thanh Thúy</strong></p>'
        ),
    ],
    authors=["Phan Thị Thanh Thúy"],
    photographers=["Phan Thị Thanh Thúy"],
    opts={
        "editor": "classic",
        "layout": "hero",
        "at": "2026-12-03T08:15:12",
        "login": "quantri",
        "cats": ["hoat-dong-cua-be"],
        "tags": ["ky-nang-song"],
        "comments": [
            (
                57,
                "Mẹ bé Bảo Ngọc",
                "2026-12-03T20:41:09",
                "Cảm ơn các cô đã tổ chức hội thi thật vui, bé nhà em về kể mãi không thôi ạ.",
            ),
            (
                58,
                "Ba bé Tôm (Lá 2)",
                "2026-12-04T06:12:44",
                "Lớp Lá 2 giỏi quá! Chúc mừng các con và cô Thúy.",
            ),
        ],
    },
)

H2 = Story(
    id=398,
    slug="lop-choi-3-trai-nghiem-lam-banh-bong-lan",
    title="Lớp Chồi 3 trải nghiệm làm bánh bông lan",
    cat="hoat-dong-cua-be",
    published_at="2026-11-26T14:30:00+07:00",
    blocks=[
        P(
            "Nhằm giúp trẻ làm quen với các loại thực phẩm quen thuộc và rèn kỹ năng tự phục vụ, "
            "chiều 25/11, lớp Chồi 3 tổ chức hoạt động trải nghiệm “Bé làm bánh bông lan” ngay tại "
            "phòng bếp nhỏ của lớp."
        ),
        P(
            "Trước giờ học, cô giáo chuẩn bị sẵn trứng gà, bột mì, đường, sữa tươi và những chiếc "
            "khuôn hình hoa, hình ngôi sao. Các bé được đeo tạp dề, đội mũ đầu bếp và rửa tay sạch "
            "sẽ trước khi bắt tay vào làm."
        ),
        P("Bé tự tay đong, đánh và trang trí", "h"),
        P("Đong bột, đường bằng muỗng theo hướng dẫn của cô;", "li"),
        P("Đập trứng, dùng phới lồng đánh đều hỗn hợp;", "li"),
        P("Rót bột vào khuôn và trang trí bằng nho khô, hạt mè.", "li"),
        Img(
            f"{_UP}/2026/11/choi3-lam-banh-1024x768.jpg",
            "Bé Minh Khang và các bạn đánh trứng làm bánh",
            "Bé Minh Khang và các bạn đánh trứng làm bánh",
            "block",
        ),
        P(
            "Trong lúc chờ bánh chín, cô trò cùng trò chuyện về nguồn gốc của bột mì, vì sao bánh "
            "lại phồng lên và những món ăn có thể làm từ trứng."
        ),
        P(
            "Khi những chiếc bánh vàng ươm ra lò, cả lớp reo lên thích thú. Bé Ngọc Hân chia sẻ: "
            "“Con sẽ mang bánh về mời ba mẹ ăn thử”."
        ),
        Img(
            f"{_UP}/2026/11/choi3-lam-banh-02-1024x768.jpg",
            "Bánh ra lò thơm phức",
            "Bánh ra lò thơm phức",
            "bgal",
        ),
        Img(f"{_UP}/2026/11/choi3-lam-banh-03-1024x768.jpg", None, None, "bgal"),
        Img(
            f"{_UP}/2026/11/choi3-lam-banh-04-1024x768.jpg",
            "Cả lớp cùng thưởng thức thành quả",
            "Cả lớp cùng thưởng thức thành quả",
            "bgal",
        ),
        Raw(
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
            'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
            '<iframe title="Lớp Chồi 3 làm bánh bông lan" width="800" height="450" '
            'src="https://www.youtube.com/embed/Qm3bXk7LhY0?feature=oembed" frameborder="0" '
            'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
            'picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" '
            "allowfullscreen></iframe>\n</div><figcaption class=\"wp-element-caption\">Clip: Lớp "
            "Chồi 3 làm bánh bông lan</figcaption></figure>"
        ),
        P(
            "Hoạt động trải nghiệm không chỉ mang lại niềm vui mà còn giúp trẻ phát triển vận động "
            "tinh, khả năng quan sát và tinh thần hợp tác với bạn bè."
        ),
        Raw('<p class="has-text-align-right"><em>GV. Đỗ Ngọc Trâm &#8211; Lớp Chồi 3</em></p>'),
    ],
    authors=["Đỗ Ngọc Trâm"],
    opts={
        "editor": "block",
        "layout": "bar",
        "at": "2026-11-26T14:30:41",
        "login": "hongnhung",
        "cats": ["hoat-dong-cua-be"],
        "tags": [],
        "gallery_caption": "Một số hình ảnh của buổi trải nghiệm",
        "comments": [
            (
                49,
                "Phụ huynh bé Minh Khang",
                "2026-11-26T19:05:18",
                "Tối qua con đòi mẹ mua khuôn về làm bánh lại ở nhà. Cảm ơn cô Trâm nhiều ạ!",
            )
        ],
    },
)

_ZALO = [
    "z4967283401827_5c1f2e8a0b9d4c7e",
    "z4967283412355_a83e0f1b27c9d6e4",
    "z4967283420981_0d7c4b5e9a1f3e28",
]

H3 = Story(
    id=371,
    slug="ngay-hoi-be-voi-an-toan-giao-thong",
    title="Tổ chức Ngày hội “Bé với an toàn giao thông”",
    cat="hoat-dong-cua-be",
    published_at="2026-11-18",
    blocks=[
        P(
            "Thực hiện kế hoạch giáo dục an toàn giao thông cho trẻ mầm non năm học 2026 – 2027, "
            "ngày 17/11/2026, Trường Mầm non Hoa Hồng phối hợp với Đội Cảnh sát giao thông – Trật "
            "tự Công an thành phố Long Xuyên tổ chức Ngày hội “Bé với an toàn giao thông”."
        ),
        P(
            "Tại ngày hội, các chiến sĩ cảnh sát giao thông đã hướng dẫn trẻ nhận biết đèn tín "
            "hiệu, một số biển báo thường gặp trên đường và cách đi bộ sang đường an toàn khi có "
            "người lớn dắt tay."
        ),
        P(
            "Sân trường được bố trí thành mô hình ngã tư thu nhỏ với vạch kẻ đường, đèn xanh – đỏ – "
            "vàng. Các bé hào hứng đóng vai người đi bộ, người điều khiển xe đạp và chú cảnh sát "
            "điều tiết giao thông."
        ),
        P(
            "Bên cạnh đó, nhà trường cũng dành thời gian trao đổi với phụ huynh về việc đội mũ bảo "
            "hiểm đúng cách cho trẻ khi ngồi sau xe máy, không để trẻ đứng phía trước người lái và "
            "không cho trẻ sử dụng điện thoại khi đang di chuyển."
        ),
        *[Img(f"{_UP}/2026/11/{z}-300x200.jpg", z, None, "fooatt") for z in _ZALO],
        P(
            "Ngày hội khép lại với phần trao tặng mũ bảo hiểm cho 45 bé có hoàn cảnh khó khăn do "
            "Ban đại diện cha mẹ học sinh vận động."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ chuyên môn Mẫu giáo</strong></p>'),
    ],
    authors=["Tổ chuyên môn Mẫu giáo"],
    opts={
        "editor": "classic",
        "layout": "hero",
        "at": "2026-11-18T07:55:03",
        "login": "quantri",
        "cats": ["hoat-dong-cua-be", "goc-phu-huynh"],
        "tags": ["ky-nang-song"],
    },
)

H4 = Story(
    id=352,
    slug="be-tham-quan-khu-luu-niem-chu-tich-ton-duc-thang",
    title="Bé khối Lá tham quan Khu lưu niệm Chủ tịch Tôn Đức Thắng",
    cat="hoat-dong-cua-be",
    published_at="2026-11-10",
    blocks=[
        P(
            "Nhằm giáo dục truyền thống quê hương cho trẻ, sáng 07/11, nhà trường tổ chức cho 112 "
            "trẻ khối Lá tham quan Khu lưu niệm Chủ tịch Tôn Đức Thắng tại xã Mỹ Hòa Hưng, thành "
            "phố Long Xuyên."
        ),
        P(
            "Các bé cùng cô giáo đi đò qua sông Hậu, được nghe hướng dẫn viên kể những câu chuyện "
            "giản dị về thời thơ ấu của Bác Tôn bên dòng sông quê hương."
        ),
        Img(
            f"{_UP}/2026/11/tham-quan-my-hoa-hung-1-800x533.jpg",
            "Các bé nghe hướng dẫn viên giới thiệu về ngôi nhà thời niên thiếu của Bác Tôn",
            "Các bé nghe hướng dẫn viên giới thiệu về ngôi nhà thời niên thiếu của Bác Tôn",
            "wpcap",
        ),
        P(
            "Tham quan ngôi nhà sàn gỗ, nhà trưng bày hiện vật và khuôn viên cây xanh, nhiều bé "
            "không ngừng đặt câu hỏi: “Bác Tôn ngủ ở đâu?”, “Chiếc xuồng này của ai?”…"
        ),
        Raw("<p>&nbsp;</p>"),
        P("Sau buổi tham quan, các bé về lớp vẽ tranh, nặn đất sét theo ấn tượng của mình."),
        P(
            "Những bức tranh đẹp nhất được trưng bày tại góc “Quê hương em” của mỗi lớp.",
            "br",
        ),
        Img(
            f"{_UP}/2026/11/tham-quan-my-hoa-hung-2-800x533.jpg",
            "(Bé lớp Lá 1 chụp ảnh lưu niệm trước nhà trưng bày)",
            "Bé lớp Lá 1 chụp ảnh lưu niệm trước nhà trưng bày",
            "nextp",
        ),
        P(
            "Chuyến đi đã giúp trẻ thêm hiểu và tự hào về quê hương An Giang, về người con ưu tú "
            "của mảnh đất Long Xuyên."
        ),
        Raw("<p>&nbsp;</p>"),
        Raw(
            '<p style="text-align: right;"><span style="font-family: \'times new roman\', times, '
            'serif; font-size: 14pt;"><em>Bài: Lê Thị Hồng Nhung &#8211; Ảnh: Trần Quốc Việt</em>'
            "</span></p>"
        ),
    ],
    authors=["Lê Thị Hồng Nhung"],
    photographers=["Trần Quốc Việt"],
    opts={
        "editor": "classic",
        "layout": "hero",
        "word": True,
        "at": "2026-11-10T07:45:12",
        "updated": "2026-11-12T16:03:40",
        "login": "hongnhung",
        "cats": ["hoat-dong-cua-be"],
        "tags": ["ky-nang-song"],
    },
)

H5 = Story(
    id=365,
    slug="hoi-thi-be-kheo-tay-chao-mung-ngay-nha-giao-viet-nam",
    title="Hội thi “Bé khéo tay” chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong-cua-be",
    published_at="2026-11-19",
    blocks=[
        P(
            "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), ngày 18/11, "
            "nhà trường tổ chức hội thi “Bé khéo tay” cho trẻ ba khối Nhà trẻ, Chồi và Lá."
        ),
        P(
            "Với những nguyên liệu đơn giản như giấy màu, len, hột hạt, lá khô và vỏ hộp sữa, các "
            "bé đã tạo nên những bó hoa, tấm thiệp, khung ảnh xinh xắn để tặng cô giáo."
        ),
        P("Một số sản phẩm nổi bật của hội thi:"),
        P("Bó hoa giấy nhún của lớp Lá 3;", "fb"),
        P("Khung ảnh từ que kem của lớp Chồi 2;", "fb"),
        P("Thiệp “Cô như mẹ hiền” của nhóm Nhà trẻ 24 – 36 tháng.", "fb"),
        P(
            "Ban giám khảo đánh giá cao sự sáng tạo, mạnh dạn của các bé và sự chuẩn bị chu đáo "
            "của giáo viên các lớp."
        ),
        Raw('<p>[wonderplugin_gallery id="3"]</p>'),
        Img(f"{_UP}/2026/11/be-kheo-tay-01-640x427.jpg", None, None, "envira"),
        Img(f"{_UP}/2026/11/be-kheo-tay-02-640x427.jpg", None, None, "envira"),
        Img(f"{_UP}/2026/11/be-kheo-tay-03-640x427.jpg", None, None, "envira"),
        P(
            "Các sản phẩm của bé sẽ được trưng bày tại hội trường trong buổi họp mặt kỷ niệm ngày "
            "20/11 của nhà trường."
        ),
    ],
    opts={
        "editor": "classic",
        "layout": "hero",
        "at": "2026-11-19T10:20:37",
        "login": "quantri",
        "cats": ["hoat-dong-cua-be"],
        "tags": ["ngay-nha-giao-viet-nam"],
    },
)

H6 = Story(
    id=318,
    slug="be-lam-thiep-tang-ba-tang-me-ngay-phu-nu-viet-nam",
    title="Bé làm thiệp tặng bà, tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
    cat="hoat-dong-cua-be",
    published_at="2026-10-20T12:10:00+07:00",
    blocks=[
        P(
            "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
            "20/10/2026), các lớp mẫu giáo trong trường đã tổ chức hoạt động “Bé làm thiệp tặng bà, "
            "tặng mẹ”."
        ),
        P(
            "Từ giấy bìa màu, nơ ruy băng và những bông hoa khô, dưới sự hướng dẫn của cô, các bé "
            "tự cắt, dán, tô màu và viết nguệch ngoạc những lời yêu thương dành cho bà, cho mẹ."
        ),
        P(
            "Nhiều bé nhỏ tuổi chưa biết viết chữ đã vẽ hình trái tim, mặt trời và cả gia đình "
            "mình lên tấm thiệp."
        ),
        Img(
            f"{_UP}/2026/10/lam-thiep-20-10-01-300x200.jpg",
            "Bé Gia Hân khoe tấm thiệp hình trái tim",
            "Bé Gia Hân khoe tấm thiệp hình trái tim",
            "foo",
        ),
        Img(
            f"{_UP}/2026/10/lam-thiep-20-10-02-300x200.jpg",
            "Lớp Chồi 1 cùng làm hoa giấy",
            "Lớp Chồi 1 cùng làm hoa giấy",
            "foo",
        ),
        Img(
            f"{_UP}/2026/10/lam-thiep-20-10-03-300x200.jpg",
            "Các bé lớp Lá 2 tặng thiệp cho mẹ",
            "Các bé lớp Lá 2 tặng thiệp cho mẹ",
            "foo",
        ),
        P(
            "Chiều cùng ngày, phụ huynh đến đón con đã vô cùng xúc động khi nhận được món quà nhỏ "
            "do chính tay con mình làm."
        ),
        P(
            "Qua hoạt động, trẻ được rèn luyện sự khéo léo của đôi tay, đồng thời biết bày tỏ tình "
            "cảm yêu thương, kính trọng đối với bà, mẹ và cô giáo."
        ),
        Raw(
            '<p style="text-align: right;"><em>Tin: Nguyễn Thị Mai Anh - Ảnh: Hồ Thanh Tùng</em></p>'
        ),
    ],
    authors=["Nguyễn Thị Mai Anh"],
    photographers=["Hồ Thanh Tùng"],
    opts={
        "editor": "classic",
        "layout": "bar",
        "at": "2026-10-20T12:10:05",
        "login": "quantri",
        "cats": ["hoat-dong-cua-be"],
        "tags": [],
    },
)

G1 = Story(
    id=408,
    slug="phong-chong-benh-tay-chan-mieng-cho-tre-mua-mua",
    title="Phòng chống bệnh tay chân miệng cho trẻ trong mùa mưa",
    cat="goc-phu-huynh",
    published_at="2026-12-01",
    summary=(
        "Bệnh tay chân miệng thường gia tăng vào các tháng mùa mưa. Nhà trường khuyến cáo phụ "
        "huynh một số biện pháp đơn giản để phòng bệnh cho trẻ tại gia đình."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo Trung tâm Kiểm soát bệnh tật tỉnh An Giang, từ đầu năm đến nay toàn tỉnh ghi nhận "
            "hơn 1.200 ca mắc tay chân miệng, phần lớn là trẻ dưới 5 tuổi."
        ),
        Img(f"{_UP}/2026/12/rua-tay-phong-benh-1024x683.jpg", "Ảnh minh họa", "Ảnh minh họa", "block"),
        P("Dấu hiệu nhận biết", "h"),
        P(
            "Trẻ thường sốt nhẹ, mệt mỏi, chán ăn, sau đó xuất hiện các nốt phỏng nước ở lòng bàn "
            "tay, lòng bàn chân, đầu gối, mông và vết loét trong miệng."
        ),
        P("Phụ huynh cần làm gì?", "h"),
        P(
            "Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày, nhất là trước "
            "khi ăn và sau khi đi vệ sinh;",
            "li",
        ),
        P(
            "Thường xuyên lau rửa đồ chơi, tay nắm cửa, sàn nhà bằng xà phòng hoặc chất tẩy rửa "
            "thông thường;",
            "li",
        ),
        P("Cho trẻ ăn chín, uống chín, không dùng chung khăn, cốc, thìa;", "li"),
        P(
            "Khi trẻ có biểu hiện bệnh, cho trẻ nghỉ học, đưa đến cơ sở y tế để được khám và theo "
            "dõi.",
            "li",
        ),
        P(
            "Nhà trường đề nghị phụ huynh thông báo ngay cho giáo viên chủ nhiệm khi trẻ mắc bệnh để "
            "nhà trường kịp thời khử khuẩn lớp học."
        ),
        Raw(
            '<p class="has-text-align-right"><strong>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh An '
            "Giang</strong></p>"
        ),
    ],
    source="Trung tâm Kiểm soát bệnh tật tỉnh An Giang",
    opts={
        "editor": "block",
        "layout": "hero",
        "at": "2026-12-01T09:40:26",
        "login": "quantri",
        "cats": ["goc-phu-huynh"],
        "tags": [],
    },
)

G2 = Story(
    id=301,
    slug="5-cach-giup-be-tu-lap-tu-lua-tuoi-mam-non",
    title="5 cách giúp bé tự lập ngay từ lứa tuổi mầm non",
    cat="goc-phu-huynh",
    published_at=None,
    blocks=[
        P(
            "Tính tự lập không tự nhiên mà có. Trẻ cần được người lớn tạo cơ hội để tự làm những "
            "việc vừa sức ngay từ khi còn nhỏ. Dưới đây là 5 gợi ý cha mẹ có thể áp dụng tại nhà."
        ),
        P("1. Để trẻ tự xúc ăn", "h"),
        P(
            "Dù bé có làm rơi vãi, cha mẹ hãy kiên nhẫn để con tự cầm thìa. Bữa ăn có thể lâu hơn "
            "một chút, nhưng con sẽ học được cách phối hợp tay – mắt và cảm thấy tự hào về bản thân."
        ),
        P("2. Giao cho trẻ những việc nhà nhỏ", "h"),
        P(
            "Tưới cây, cất giày dép, xếp quần áo vào giỏ… là những việc trẻ 3 – 5 tuổi hoàn toàn "
            "làm được. Hãy khen ngợi cụ thể khi con hoàn thành: “Con xếp dép ngay ngắn quá!”."
        ),
        P("3. Cho trẻ được lựa chọn", "h"),
        P(
            "Hỏi con muốn mặc áo màu xanh hay màu vàng, muốn đọc truyện nào trước khi ngủ. Những "
            "lựa chọn đơn giản giúp trẻ biết suy nghĩ và chịu trách nhiệm với quyết định của mình."
        ),
        P("4. Đừng vội làm thay con", "h"),
        P(
            "Khi con loay hoay cài cúc áo, hãy chờ thêm một chút thay vì làm giúp ngay. Chỉ hỗ trợ "
            "khi con thật sự cần và nhờ đến cha mẹ."
        ),
        P("5. Làm gương cho trẻ", "h"),
        P(
            "Trẻ học bằng cách quan sát. Cha mẹ gọn gàng, đúng giờ, tự giác thì con cũng dần hình "
            "thành những thói quen tốt như vậy."
        ),
        Raw('<p style="text-align: right;"><em>Nguyễn Thị Kim Yến (sưu tầm)</em></p>'),
    ],
    authors=["Nguyễn Thị Kim Yến"],
    opts={
        "editor": "classic",
        "layout": "hero",
        "nfd": True,
        "hide_date": True,
        "at": "2026-10-14T21:00:44",
        "login": "quantri",
        "cats": ["goc-phu-huynh"],
        "tags": [],
        "comments": [
            (
                31,
                "Trần Thị Ngọc Hà",
                "2026-10-16T21:33:27",
                "Bài viết rất hay và thiết thực. Nhà mình đang tập cho bé tự cất giày dép, bé làm "
                "được rồi ạ.",
            ),
            (
                33,
                "Mẹ Bin",
                "2026-11-02T20:14:33",
                "Cảm ơn nhà trường đã chia sẻ, mong có thêm nhiều bài như thế này.",
            ),
        ],
    },
)

G3 = Story(
    id=327,
    slug="thong-bao-hop-phu-huynh-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo tổ chức họp phụ huynh học sinh học kỳ I năm học 2026 – 2027",
    cat="goc-phu-huynh",
    published_at="2026-10-26",
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0">\n<tbody>\n<tr>\n'
            '<td style="width: 45%; text-align: center;">UBND THÀNH PHỐ LONG XUYÊN<br />\n'
            "<strong>TRƯỜNG MẦM NON HOA HỒNG</strong></td>\n"
            '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
            "<br />\n<strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u></strong></td>\n</tr>\n"
            '<tr>\n<td style="text-align: center;">Số: 45/TB-MNHH</td>\n'
            '<td style="text-align: right;"><em>Long Xuyên, ngày 26 tháng 10 năm 2026</em></td>\n'
            "</tr>\n</tbody>\n</table>\n"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
            "<strong>Về việc tổ chức họp phụ huynh học sinh học kỳ I năm học 2026 &#8211; 2027"
            "</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 112/KH-MNHH ngày 05/9/2026 của Trường Mầm non Hoa Hồng về thực hiện "
            "nhiệm vụ năm học 2026 – 2027;"
        ),
        P(
            "Trường Mầm non Hoa Hồng thông báo đến quý phụ huynh học sinh về việc tổ chức họp phụ "
            "huynh học kỳ I như sau:"
        ),
        P("1. Thời gian: 17 giờ 00, thứ Bảy ngày 07/11/2026."),
        P("2. Địa điểm: Tại phòng học của các lớp."),
        P(
            "3. Nội dung: Giáo viên chủ nhiệm thông báo tình hình ăn, ngủ, học tập của trẻ trong "
            "tháng 9 và tháng 10; triển khai kế hoạch chăm sóc, giáo dục trẻ trong học kỳ I; lấy ý "
            "kiến đóng góp của phụ huynh về công tác bán trú."
        ),
        P(
            "Kính mong quý phụ huynh sắp xếp thời gian đến dự họp đầy đủ, đúng giờ. Trường hợp "
            "không thể đến dự, quý phụ huynh vui lòng báo trước với giáo viên chủ nhiệm."
        ),
        Raw(
            '<table style="width: 100%;" border="0">\n<tbody>\n<tr>\n<td style="width: 50%; '
            'vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />\n'
            "&#8211; Phụ huynh học sinh;<br />\n&#8211; Ban đại diện CMHS;<br />\n"
            "&#8211; Lưu: VT.</td>\n"
            '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong>'
            "<br />\n<br />\n<em>(đã ký)</em><br />\n<br />\n<strong>Võ Thị Bích Liên</strong></td>\n"
            "</tr>\n</tbody>\n</table>"
        ),
    ],
    authors=["Võ Thị Bích Liên"],
    opts={
        "editor": "classic",
        "layout": "hero",
        "no_ad": True,
        "at": "2026-10-27T08:30:19",
        "login": "quantri",
        "cats": ["goc-phu-huynh"],
        "tags": [],
    },
)

G4 = Story(
    id=344,
    slug="chuan-bi-tam-the-cho-tre-5-tuoi-vao-lop-mot",
    title="Chuẩn bị tâm thế cho trẻ 5 tuổi trước khi vào lớp Một",
    cat="goc-phu-huynh",
    published_at="2026-11-05",
    summary=(
        "Giai đoạn chuyển tiếp từ mầm non lên tiểu học là một bước ngoặt lớn với trẻ. Sự chuẩn bị "
        "chu đáo từ gia đình và nhà trường sẽ giúp trẻ tự tin, hào hứng bước vào lớp Một."
    ),
    blocks=[
        P(
            "Giai đoạn chuyển tiếp từ mầm non lên tiểu học là một bước ngoặt lớn với trẻ. Sự chuẩn "
            "bị chu đáo từ gia đình và nhà trường sẽ giúp trẻ tự tin, hào hứng bước vào lớp Một.",
            "b",
        ),
        P(
            "Nhiều phụ huynh lo lắng và cho con đi học chữ, học toán trước. Tuy nhiên, theo các "
            "chuyên gia giáo dục, điều trẻ cần nhất lúc này là tâm thế sẵn sàng: biết tự phục vụ bản "
            "thân, biết lắng nghe, biết hợp tác với bạn bè và mạnh dạn giao tiếp với người lớn."
        ),
        P(
            "Cha mẹ có thể cùng con đọc truyện mỗi tối, trò chuyện về trường tiểu học, cho con tham "
            "quan ngôi trường con sắp học để làm quen với không gian mới."
        ),
        Img(f"{_UP}/2026/11/tre-chuan-bi-vao-lop-1-768x512.jpg", None, None, "plain"),
        P(
            "Việc rèn nề nếp sinh hoạt cũng rất quan trọng: ngủ dậy đúng giờ, tự đánh răng, rửa "
            "mặt, tự soạn đồ dùng cá nhân, ngồi đúng tư thế khi tô, vẽ."
        ),
        P(
            "Ở trường mầm non, các cô giáo khối Lá sẽ tăng cường những hoạt động làm quen với chữ "
            "cái, với biểu tượng toán thông qua trò chơi, tuyệt đối không dạy trước chương trình lớp "
            "Một."
        ),
        P(
            "Điều quan trọng nhất là cha mẹ luôn động viên, khích lệ, không so sánh con với bạn "
            "khác và không tạo áp lực về điểm số cho trẻ."
        ),
        Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
    ],
    source="Báo Giáo dục và Thời đại",
    opts={
        "editor": "classic",
        "layout": "hero",
        "at": "2026-11-05T20:10:55",
        "login": "hongnhung",
        "cats": ["goc-phu-huynh"],
        "tags": ["ky-nang-song"],
    },
)

T1 = Story(
    id=405,
    slug="thuc-don-tuan-1-thang-12-2026",
    title="Thực đơn tuần 1 tháng 12/2026 (từ 30/11 đến 04/12)",
    cat="thuc-don",
    published_at=None,
    blocks=[
        P(
            "Nhà trường thông báo thực đơn bán trú khối Mẫu giáo tuần 1 tháng 12/2026 để quý phụ "
            "huynh tiện theo dõi và phối hợp chăm sóc trẻ tại gia đình."
        ),
        P("Thứ | Bữa chính | Bữa phụ", "th"),
        P("Thứ Hai | Cơm trắng, cá basa kho thơm, canh bí đỏ nấu tôm | Sữa chua, chuối", "tr"),
        P("Thứ Ba | Cơm trắng, thịt heo rim trứng cút, canh cải ngọt | Bánh flan", "tr"),
        P("Thứ Tư | Bún bò Huế (bún, thịt bò, chả lụa) | Sữa tươi, bánh bông lan", "tr"),
        P("Thứ Năm | Cơm trắng, gà xào nấm, canh rau dền nấu thịt | Chè đậu xanh phổ tai", "tr"),
        P("Thứ Sáu | Nui xào thịt bò, rau củ | Sữa, dưa hấu", "tr"),
        P(
            "Thực đơn có thể thay đổi tùy theo nguồn thực phẩm trong tuần. Mọi thắc mắc xin liên hệ "
            "bộ phận bán trú qua số điện thoại 0296 3852 417."
        ),
    ],
    opts={
        "editor": "block",
        "layout": "hero",
        "format": "aside",
        "at": "2026-11-28T16:05:09",
        "login": "quantri",
        "cats": ["thuc-don"],
        "tags": ["dinh-duong"],
    },
)

T2 = Story(
    id=389,
    slug="thuc-don-tuan-4-thang-11-2026",
    title="Thực đơn tuần 4 tháng 11/2026 (từ 23/11 đến 27/11)",
    cat="thuc-don",
    published_at=None,
    blocks=[
        P("Thực đơn bán trú tuần 4 tháng 11/2026 dành cho trẻ khối Nhà trẻ và Mẫu giáo."),
        P("Thứ | Nhà trẻ | Mẫu giáo", "th"),
        P("Thứ Hai | Cháo thịt bằm, bí đỏ | Cơm trắng, thịt kho trứng, canh khổ qua", "tr"),
        P("Thứ Ba | Cháo cá lóc, rau ngót | Cơm trắng, cá lóc chiên, canh chua bông súng", "tr"),
        P("Thứ Tư | Súp gà nấm | Hủ tiếu Nam Vang", "tr"),
        P("Thứ Năm | Cháo tôm, cà rốt | Cơm trắng, tôm rim, canh bầu nấu tôm", "tr"),
        P("Thứ Sáu | Mì trứng rau cải | Cơm chiên Dương Châu, canh rong biển", "tr"),
        P(
            "Bữa phụ buổi chiều trong tuần gồm sữa, trái cây theo mùa và các loại bánh do nhà bếp "
            "tự làm."
        ),
        Img(
            f"{_UP}/2026/11/bep-an-ban-tru-1024x683.jpg",
            "Các cô nhà bếp chuẩn bị bữa trưa cho trẻ",
            "Các cô nhà bếp chuẩn bị bữa trưa cho trẻ",
            "block",
        ),
    ],
    opts={
        "editor": "block",
        "layout": "hero",
        "format": "aside",
        "at": "2026-11-21T15:50:30",
        "login": "quantri",
        "cats": ["thuc-don"],
        "tags": ["dinh-duong"],
    },
)

T3 = Story(
    id=336,
    slug="che-do-dinh-duong-va-thuc-don-mau-thang-11-nhom-nha-tre",
    title="Chế độ dinh dưỡng và thực đơn mẫu tháng 11 cho nhóm Nhà trẻ",
    cat="thuc-don",
    published_at="2026-10-30",
    blocks=[
        P(
            "Trẻ nhà trẻ từ 18 đến 36 tháng tuổi đang trong giai đoạn chuyển từ thức ăn mềm sang "
            "thức ăn thô. Thực đơn của nhóm được xây dựng theo hướng nấu mềm, thái nhỏ, đa dạng "
            "thực phẩm."
        ),
        P(
            "Mỗi ngày trẻ ăn tại trường 2 bữa chính và 1 bữa phụ, đáp ứng khoảng 60 – 70% nhu cầu "
            "năng lượng cả ngày theo khuyến nghị của Viện Dinh dưỡng."
        ),
        Img(
            f"{_UP}/2026/10/bua-an-nha-tre-800x600.jpg",
            "Giờ ăn trưa của nhóm trẻ 24 – 36 tháng",
            "Giờ ăn trưa của nhóm trẻ 24 – 36 tháng",
            "wpcap",
        ),
        P("Thực đơn mẫu một ngày", "h"),
        P("Bữa sáng (7 giờ 30): cháo thịt gà, bí xanh;", "li"),
        P("Bữa trưa (10 giờ 30): cơm nát, cá thu sốt cà, canh mồng tơi nấu tôm, trái cây;", "li"),
        P("Bữa phụ chiều (14 giờ 30): sữa công thức, bánh quy.", "li"),
        P(
            "Phụ huynh lưu ý cho trẻ ăn nhẹ vào buổi tối, hạn chế đồ ngọt, nước ngọt có ga và thức "
            "ăn nhanh."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Huỳnh Thị Diễm &#8211; Nhân viên y tế</strong>'
            "</p>"
        ),
    ],
    authors=["Huỳnh Thị Diễm"],
    opts={
        "editor": "classic",
        "layout": "hero",
        "at": "2026-10-30T09:00:48",
        "login": "hongnhung",
        "cats": ["thuc-don"],
        "tags": ["dinh-duong"],
    },
)

STORIES = sorted(
    [H1, H2, H3, H4, H5, H6, G1, G2, G3, G4, T1, T2, T3],
    key=lambda s: s.opts["at"],
    reverse=True,
)
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
#: reached only through page 2+ of a listing: no widget, related block or tag links them
HIDDEN = {H6.slug, G2.slug}
POPULAR = [H1, H3, G1, H4]

# --- small helpers --------------------------------------------------------------------------

_TEXTURIZE = {
    "“": "&#8220;",
    "”": "&#8221;",
    "‘": "&#8216;",
    "’": "&#8217;",
    "–": "&#8211;",
    "—": "&#8212;",
    "…": "&#8230;",
}


def wpt(value: str, nfd: bool = False) -> str:
    """Text as WordPress prints it: escaped, then wptexturize's numeric references."""
    out = text(value, nfd=nfd)
    for ch, ent in _TEXTURIZE.items():
        out = out.replace(ch, ent)
    return out


def link(story: Story) -> str:
    return f"/{story.slug}.html"


def _at(story: Story) -> datetime:
    return datetime.fromisoformat(story.opts["at"])


def words_date(at: datetime) -> str:
    return f"{MONTHS[at.month]} {at.day}, {at.year}"


def clock12(at: datetime) -> str:
    suffix = "sáng" if at.hour < 12 else "chiều"
    return f"{at.hour % 12 or 12}:{at.minute:02d} {suffix}"


def dmy(at: datetime) -> str:
    return at.strftime("%d/%m/%Y")


def shows_date(story: Story) -> bool:
    return story.opts.get("format") != "aside" and not story.opts.get("hide_date")


def printed_date(story: Story) -> str | None:
    """The date line the single post prints (None: none)."""
    if not shows_date(story):
        return None
    at = _at(story)
    if story.opts.get("layout") == "bar":
        return f"{clock12(at)} · {dmy(at)}"
    return words_date(at)


def full_of(src: str) -> str:
    return re.sub(r"-\d+x\d+(?=\.\w+$)", "", src)


def sized(src: str, size: str) -> str:
    return re.sub(r"-\d+x\d+(?=\.\w+$)", f"-{size}", src)


def thumb(story: Story) -> str:
    at = _at(story)
    return f"{_UP}/{at.year}/{at.month:02d}/{story.slug}-400x300.jpg"


def hero_bg(story: Story) -> str:
    at = _at(story)
    return f"{_UP}/{at.year}/{at.month:02d}/{story.slug}-1400x600.jpg"


def excerpt(story: Story, words: int = 28) -> str:
    if story.summary and story.sapo_outside:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def cat_name(slug: str) -> str:
    return CATS[slug][0]


def views(story: Story) -> str:
    return f"{story.views() * 3 + 211:,}".replace(",", ".")


def related(story: Story) -> list[Story]:
    """Jetpack's three related posts (posts filed under "Hoạt động của bé" only)."""
    if story.cat != "hoat-dong-cua-be":
        return []
    pool = [
        s for s in STORIES if s.cat == story.cat and s is not story and s.slug not in HIDDEN
    ]
    return pool[:3]


def related_href(target: Story, origin: Story, pos: int) -> str:
    return (
        f"{link(target)}?relatedposts_hit=1&relatedposts_origin={origin.id}"
        f"&relatedposts_position={pos}"
    )


def same_cat(story: Story) -> list[Story]:
    return [s for s in STORIES if s.cat == story.cat and s is not story and s.slug not in HIDDEN][:4]


def _attachments(story: Story) -> list[tuple[str, Img]]:
    return [
        (full_of(im.src).rsplit("/", 1)[1].rsplit(".", 1)[0], im)
        for im in story.images
        if im.style == "fooatt"
    ]


def _img_id(story: Story, img: Img) -> int:
    return story.id * 10 + 1 + story.images.index(img)


# --- the text of a post ---------------------------------------------------------------------

_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
_SVG = (
    "data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%22"
    "300%22%20height%3D%22200%22%20viewBox%3D%220%200%20300%20200%22%3E%3C%2Fsvg%3E"
)
_FB_POINT = "https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png"


def _envira(story: Story, imgs: list[Img]) -> str:
    gid = story.id + 5000
    cols = 2 if len(imgs) % 2 == 0 else 3
    items = []
    for n, im in enumerate(imgs, 1):
        aid = _img_id(story, im)
        alt = im.printed or f"IMG_{5010 + n + 1}"
        cap = esc(im.printed or "")
        captioned = (
            '<div class="envira-gallery-captioned-data"><p class="envira-gallery-captioned-text">'
            f"{wpt(im.printed)}</p></div>"
            if im.printed
            else ""
        )
        items.append(
            f'<div id="envira-gallery-item-{aid}" class="envira-gallery-item enviratope-item '
            f'envira-gallery-item-{n} envira-lazy-load" style="padding-left: 5px; padding-bottom: '
            '10px; padding-right: 5px;" itemscope itemtype="https://schema.org/ImageObject">'
            '<div class="envira-gallery-item-inner"><div class="envira-gallery-position-overlay '
            'envira-gallery-top-left"></div><div class="envira-gallery-position-overlay '
            'envira-gallery-top-right"></div>'
            f'<a href="{full_of(im.src)}" class="envira-gallery-{gid} envira-gallery-link" '
            f'rel="enviragallery{gid}" title="{esc(alt)}" data-envira-caption="{cap}" '
            f'data-envira-retina="" data-thumbnail="{sized(im.src, "75x50")}" '
            f'data-envira-item-id="{aid}" itemprop="contentUrl">'
            '<div class="envira-lazy" style="padding-bottom:66.72%;">'
            f'<img id="envira-gallery-image-{aid}" class="envira-gallery-image '
            f'envira-gallery-image-{n}" data-envira-index="{n}" src="{_GIF}" '
            f'data-envira-src="{im.src}" data-envira-gallery-id="{gid}" '
            f'data-envira-item-id="{aid}" data-envira-caption="{cap}" alt="{esc(alt)}" '
            f'title="{esc(alt)}" itemprop="thumbnailUrl" '
            f'data-envira-srcset="{im.src} 400w,{im.src} 2x" data-safe-src="{_GIF}" /></div>'
            f'<noscript><img src="{im.src}" alt="{esc(alt)}" /></noscript></a></div>'
            f"{captioned}</div>"
        )
    return (
        f'<div id="envira-gallery-wrap-{gid}" class="envira-gallery-wrap envira-layout-square '
        'envira-gallery-theme-base envira-lightbox-theme-base_dark" itemscope '
        'itemtype="https://schema.org/ImageGallery"><div class="envira-loader"><div></div><div>'
        "</div><div></div><div></div></div>"
        f'<div id="envira-gallery-{gid}" class="envira-gallery-public envira-gallery-{cols}-columns '
        f'envira-clear envira-gallery-css-animations" data-envira-columns="{cols}" '
        f"data-gallery-config='{{\"gallery_id\":\"{gid}\",\"columns\":\"{cols}\","
        f"\"lazy_loading\":1,\"lightbox_enabled\":1}}'>" + "\n".join(items) + "</div></div>"
    )


def _foogallery(story: Story, imgs: list[Img]) -> str:
    gid = story.id + 7000
    items = []
    for im in imgs:
        aid = _img_id(story, im)
        if im.style == "fooatt":
            name = full_of(im.src).rsplit("/", 1)[1].rsplit(".", 1)[0]
            href = f"{link(story)}/{name}/"
            alt = ""
        else:
            href = full_of(im.src)
            alt = im.printed or ""
        title = im.printed or ""
        items.append(
            '<div class="fg-item fg-type-image fg-idle"><figure class="fg-item-inner">'
            f'<a href="{href}" data-caption-title="{esc(title)}" data-caption-desc="" '
            f'data-attachment-id="{aid}" data-type="image" class="fg-thumb">'
            f'<span class="fg-image-wrap"><img title="{esc(title)}" alt="{esc(alt)}" '
            f'class="skip-lazy fg-image" width="300" height="200" data-src-fg="{im.src}" '
            f'src="{_SVG}" loading="eager"></span><span class="fg-image-overlay"></span></a>'
            '<figcaption class="fg-caption"><div class="fg-caption-inner">'
            f'<div class="fg-caption-title">{wpt(title)}</div></div></figcaption></figure>'
            '<div class="fg-loader"></div></div>'
        )
    return (
        '<div class="foogallery foogallery-container foogallery-default '
        "foogallery-lightbox-foobox fg-center fg-default fg-m-col3 fg-gutter-10 fg-border-thin "
        "fg-light fg-loading-default fg-loaded-fade-in fg-caption-always fg-hover-fade "
        f'fg-hover-zoom2" id="foogallery-gallery-{gid}" data-foogallery="{{&quot;item&quot;:'
        "{&quot;showCaptionTitle&quot;:true,&quot;showCaptionDescription&quot;:true},"
        '&quot;lazy&quot;:true}" style="--fg-title-line-clamp: 0;">'
        + "".join(items)
        + "</div>"
    )


def _block_gallery(story: Story, imgs: list[Img]) -> str:
    figs = []
    for im in imgs:
        aid = _img_id(story, im)
        cap = f'<figcaption class="wp-element-caption">{wpt(im.printed)}</figcaption>' if im.printed else ""
        figs.append(
            f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" '
            f'width="1024" height="768" data-id="{aid}" src="{im.src}" alt="" '
            f'class="wp-image-{aid}" srcset="{im.src} 1024w, {sized(im.src, "300x225")} 300w, '
            f'{sized(im.src, "768x576")} 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
            f"{cap}</figure>"
        )
    gcap = story.opts.get("gallery_caption")
    tail = (
        f'<figcaption class="blocks-gallery-caption wp-element-caption">{wpt(gcap)}</figcaption>'
        if gcap
        else ""
    )
    return (
        '<figure class="wp-block-gallery has-nested-images columns-default is-cropped '
        'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
        + "\n".join(figs)
        + tail
        + "</figure>"
    )


def _image(story: Story, im: Img) -> str:
    aid = _img_id(story, im)
    if im.style == "block":
        cap = f'<figcaption class="wp-element-caption">{wpt(im.printed)}</figcaption>' if im.printed else ""
        return (
            f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" '
            f'width="1024" height="683" src="{im.src}" alt="" class="wp-image-{aid}" '
            f'srcset="{im.src} 1024w, {sized(im.src, "300x200")} 300w, '
            f'{sized(im.src, "768x512")} 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
            f"{cap}</figure>"
        )
    if im.style == "wpcap":
        return (
            f'<div id="attachment_{aid}" style="width: 810px" class="wp-caption aligncenter">'
            f'<img aria-describedby="caption-attachment-{aid}" decoding="async" '
            f'class="size-full wp-image-{aid}" src="{im.src}" alt="" width="800" height="533" />'
            f'<p id="caption-attachment-{aid}" class="wp-caption-text">{wpt(im.printed)}</p></div>'
        )
    if im.style == "nextp":
        return (
            f'<p style="text-align: center;"><img decoding="async" class="aligncenter size-large '
            f'wp-image-{aid}" src="{im.src}" alt="" width="800" height="533" /></p>\n'
            f'<p style="text-align: center;"><em>{wpt(im.printed)}</em></p>'
        )
    return (
        f'<p><img decoding="async" class="aligncenter wp-image-{aid} size-full" src="{im.src}" '
        'alt="" width="768" height="512" /></p>'
    )


def _amp_image(im: Img) -> str:
    cap = f"<figcaption>{wpt(im.printed)}</figcaption>" if im.printed else ""
    return (
        f'<figure class="amp-wp-inline-figure"><amp-img src="{im.src}" width="640" height="427" '
        f'layout="intrinsic" alt=""></amp-img>{cap}</figure>'
    )


_AD_BOX = (
    "<div class='code-block code-block-2' style='margin: 8px auto; text-align: center; display: "
    "block; clear: both;'>\n<div class=\"ls_promo_box ls_round\"><img src=\"/wp-content/uploads/"
    '2026/03/banner-tuyen-sinh-2027-2028.png" alt="Tuyển sinh năm học 2027 - 2028" width="728" '
    'height="120" /><p class="ls_promo_text">🎈 Trường Mầm non Hoa Hồng nhận hồ sơ tuyển sinh năm '
    "học 2027 &#8211; 2028 cho trẻ từ 18 tháng đến 5 tuổi. <a href=\"/dang-ky-nhap-hoc/\" "
    'class="sc_button sc_button_round">Đăng ký nhập học trực tuyến</a></p></div>\n</div>'
)

_GALLERIES = {"envira", "foo", "fooatt", "bgal"}


def render_text(story: Story, *, amp: bool = False) -> str:
    """The post's text as the editor stored it and the_content printed it."""
    o = story.opts
    classic = o.get("editor") == "classic"
    nfd = bool(o.get("nfd"))
    word = bool(o.get("word"))
    blocks = story.blocks
    out: list[str] = []
    plain_count = 0
    ad_pending = not amp and not o.get("no_ad") and o.get("format") != "aside"

    def t(value: str) -> str:
        inner = wpt(value, nfd)
        if word:
            inner = (
                '<span style="font-family: \'times new roman\', times, serif; font-size: 14pt;">'
                f"{inner}</span>"
            )
        return inner

    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style in _GALLERIES:
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == b.style:
                    group.append(blocks[i])
                    i += 1
                if amp:
                    out.extend(_amp_image(im) for im in group)
                elif b.style == "envira":
                    out.append(_envira(story, group))
                elif b.style == "bgal":
                    out.append(_block_gallery(story, group))
                else:
                    out.append(_foogallery(story, group))
                continue
            out.append(_amp_image(b) if amp else _image(story, b))
            i += 1
            continue
        st = b.style
        if st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            cls = "" if classic else ' class="wp-block-list"'
            out.append(f"<ul{cls}>\n" + "\n".join(items) + "\n</ul>")
            continue
        if st in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head.append("<tr>" + "".join(f"<th>{t(c)}</th>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f"<thead>{''.join(head)}</thead><tbody>{''.join(rows)}</tbody></table></figure>"
            )
            continue
        if st == "h":
            if classic:
                tag = "h4" if nfd else "h3"
                out.append(f"<{tag}><strong>{t(b.text)}</strong></{tag}>")
            else:
                out.append(f'<h2 class="wp-block-heading">{t(b.text)}</h2>')
            i += 1
            continue
        # a paragraph, with the Shift+Enter lines that follow it
        lines = [t(b.text)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(t(blocks[i].text))
            i += 1
        inner = "<br />\n".join(lines)
        if st == "b":
            inner = f"<strong>{inner}</strong>"
        elif st == "fb":
            inner = (
                '<img height="16" width="16" alt="👉" referrerpolicy="origin-when-cross-origin" '
                f'src="{_FB_POINT}" /> {inner}'
            )
        style = ' style="text-align: justify;"' if word else ""
        out.append(f"<p{style}>{inner}</p>")
        if st not in ("fb",):
            plain_count += 1
        if ad_pending and plain_count == 2:
            out.append(_AD_BOX)
            ad_pending = False
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Thư viện ảnh", "/thu-vien-anh/")]),
    (
        "Tin tức",
        "#",
        [
            ("Hoạt động của bé", "/category/hoat-dong-cua-be/"),
            ("Góc phụ huynh", "/category/goc-phu-huynh/"),
        ],
    ),
    ("Thực đơn", "/category/thuc-don/", []),
    ("Tuyển sinh", "/dang-ky-nhap-hoc/", [("Đăng ký nhập học", "/dang-ky-nhap-hoc/")]),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(current: str) -> str:
    items = []
    n = 21
    for label, href, subs in _MENU:
        n += 1
        cls = ["menu-item", "menu-item-type-post_type", f"menu-item-{n}"]
        if subs:
            cls.append("menu-item-has-children")
        if href == current:
            cls.append("current-menu-item")
        sub = ""
        if subs:
            lis = []
            for slabel, shref in subs:
                n += 1
                lis.append(
                    f'<li id="menu-item-{n}" class="menu-item menu-item-type-taxonomy '
                    f'menu-item-{n}"><a href="{shref}"><span>{esc(slabel)}</span></a></li>'
                )
            sub = '<ul class="sub-menu">' + "".join(lis) + "</ul>"
        items.append(
            f'<li id="menu-item-{n}" class="{" ".join(cls)}"><a href="{href}"><span>'
            f"{esc(label)}</span></a>{sub}</li>"
        )
    return (
        '<nav class="menu_main_nav_area" itemscope itemtype="https://schema.org/'
        'SiteNavigationElement"><ul id="menu_main" class="sc_layouts_menu_nav menu_main_nav">'
        + "".join(items)
        + "</ul></nav>"
    )


def _sidebar() -> str:
    recent = "".join(f'<li><a href="{link(s)}">{wpt(s.title)}</a></li>' for s in STORIES[:5])
    popular = "".join(
        f'<li><a href="{link(s)}" target="_self"><img src="{sized(thumb(s), "75x75")}" '
        'width="75" height="75" alt="" class="wpp-thumbnail wpp_featured wpp_cached_thumb" '
        f'decoding="async" loading="lazy" /></a> <a href="{link(s)}" class="wpp-post-title" '
        f'target="_self">{wpt(s.title)}</a> <span class="wpp-meta post-stats"><span '
        f'class="wpp-views">{views(s)} lượt xem</span></span></li>'
        for s in POPULAR
    )
    counts = {slug: sum(1 for s in STORIES if slug in s.opts["cats"]) for slug in CATS}
    cats = "".join(
        f'<li class="cat-item cat-item-{CATS[slug][1]}"><a href="/category/{slug}/">'
        f"{esc(CATS[slug][0])}</a> ({counts[slug]})</li>"
        for slug in sorted(CATS, key=lambda k: CATS[k][0])
    )
    return f"""
<div class="sidebar widget_area right sidebar_below sidebar_default" role="complementary">
<div class="sidebar_inner">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search_form" action="/"><input type="text" class="search_field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm:" /><button type="submit" class="search_submit icon-search"></button></form></aside>
<aside id="recent-posts-3" class="widget widget_recent_entries"><h5 class="widget_title">Bài viết mới</h5><ul>{recent}</ul></aside>
<aside id="wpp-2" class="widget popular-posts"><h5 class="widget_title">Xem nhiều nhất</h5><ul class="wpp-list wpp-list-with-thumbnails">{popular}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h5 class="widget_title">Chuyên mục</h5><ul>{cats}</ul></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget"><h5 class="widget_title">Thăm dò ý kiến</h5><div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5b7e1c0a93" /></p><p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p><p style="text-align: center;"><strong>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của trẻ?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Rất hài lòng</label></li><li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Hài lòng</label></li><li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> <label for="poll-answer-13">Cần cải thiện thêm</label></li></ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả bình chọn">Xem kết quả</a></p></div></form></div></aside>
<aside id="ls_counter-2" class="widget widget_ls_visitor_counter"><h5 class="widget_title">Thống kê truy cập</h5><ul class="ls_counter_list"><li><span class="ls_counter_label">Đang online:</span> <b>17</b></li><li><span class="ls_counter_label">Hôm nay:</span> <b>342</b></li><li><span class="ls_counter_label">Hôm qua:</span> <b>518</b></li><li><span class="ls_counter_label">Tổng truy cập:</span> <b>286.417</b></li></ul></aside>
<aside id="custom_html-4" class="widget_text widget widget_custom_html"><h5 class="widget_title">Liên kết website</h5><div class="textwidget custom-html-widget"><select class="ls_links_select" onchange="if(this.value){{window.open(this.value,'_blank')}}"><option value="">&#8212; Chọn liên kết &#8212;</option><option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option><option value="https://sgddt.angiang.gov.vn/">Sở GD&amp;ĐT An Giang</option><option value="https://longxuyen.angiang.gov.vn/">Cổng TTĐT TP. Long Xuyên</option><option value="https://csdl.moet.gov.vn/">CSDL ngành Giáo dục</option></select></div></aside>
<aside id="custom_html-5" class="widget_text widget widget_custom_html"><h5 class="widget_title">Fanpage</h5><div class="textwidget custom-html-widget"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fmamnonhoahonglx&amp;tabs=timeline&amp;width=300&amp;height=380" width="300" height="380" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" title="Fanpage"></iframe></div></aside>
</div></div>"""


def page(
    request: Request,
    *,
    title: str,
    body_class: str,
    main: str,
    current: str = "",
    head_extra: str = "",
    before_content: str = "",
    description: str = "",
) -> str:
    base = base_url(request)
    desc = (
        f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
<link rel="profile" href="//gmpg.org/xfn/11" />
<title>{title} &#8211; {SITE_NAME}</title>
<meta name='robots' content='max-image-preview:large' />
{desc}<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver={WP_VER}' type='text/css' media='all' />
<link rel='stylesheet' id='envira-gallery-style-css' href='/wp-content/plugins/envira-gallery-lite/assets/css/envira.css?ver=1.8.15' type='text/css' media='all' />
<link rel='stylesheet' id='foogallery-core-css' href='/wp-content/plugins/foogallery/pro/extensions/default-templates/shared/css/foogallery.min.css?ver=2.4.16' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9' type='text/css' media='all' />
<link rel='stylesheet' id='littlestars-font-Baloo-css' href='https://fonts.googleapis.com/css?family=Baloo+2:400,600,700&#038;subset=vietnamese' type='text/css' media='all' />
<link rel='stylesheet' id='littlestars-main-css' href='{THEME}/style.css?ver=2.3.1' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress {WP_VER}" />
{head_extra}
<style id='wp-emoji-styles-inline-css' type='text/css'>img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; }}</style>
<link rel="icon" href="/wp-content/uploads/2024/05/cropped-logo-hoa-hong-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} body_tag scheme_default blog_mode_post body_style_wide is_single sidebar_show sidebar_right header_type_custom menu_style_top no_layout wp-theme-littlestars">
<div class="body_wrap"><div class="page_wrap">
<div class="top_panel_top"><div class="content_wrap">
<span class="ls_today"><span class="icon-calendar-light"></span> {TODAY_LINE}</span>
<span class="ls_top_contact"><span class="icon-phone"></span> Hotline: <a href="tel:02963852417">0296 3852 417</a></span>
<span class="ls_top_contact"><span class="icon-mail"></span> <a href="mailto:mnhoahong.lx@angiang.edu.vn">mnhoahong.lx@angiang.edu.vn</a></span>
<span class="socials_wrap"><a href="https://www.facebook.com/mamnonhoahonglx" target="_blank" class="social_item social_item_style_icons sc_icon_type_icons social_item_type_icons"><span class="social_icon social_icon_facebook"><span class="icon-facebook"></span></span></a><a href="https://www.youtube.com/@mamnonhoahonglongxuyen" target="_blank" class="social_item"><span class="social_icon social_icon_youtube"><span class="icon-youtube"></span></span></a><a href="https://zalo.me/02963852417" target="_blank" class="social_item"><span class="social_icon social_icon_zalo"><span class="icon-zalo"></span></span></a></span>
</div></div>
<header class="top_panel top_panel_custom top_panel_custom_header-kids without_bg_image">
<div class="sc_layouts_row sc_layouts_row_type_normal"><div class="content_wrap">
<a class="sc_layouts_logo" href="/"><img src="/wp-content/uploads/2024/05/logo-hoa-hong.png" alt="{SITE_NAME}" width="96" height="96" /></a>
<div class="sc_layouts_title_caption"><span class="logo_slogan">Phòng GD&amp;ĐT thành phố Long Xuyên</span><span class="logo_text">{SITE_NAME.upper()}</span></div>
{_menu(current)}
<a href="/dang-ky-nhap-hoc/" class="sc_button sc_button_default sc_button_size_small ls_header_btn">Đăng ký nhập học</a>
</div></div>
</header>
{before_content}
<div class="page_content_wrap"><div class="content_wrap">
<div class="content">
{main}
</div>
{_sidebar()}
</div></div>
<footer class="footer_wrap footer_custom footer_custom_kids scheme_dark">
<div class="ls_footer_cloud"><img src="{THEME}/images/footer-cloud.png" alt="" /></div>
<div class="content_wrap columns_wrap">
<div class="column-1_3"><h5 class="widget_title">{SITE_NAME.upper()}</h5>
<p><span class="icon-location"></span> Số 18 Hai Bà Trưng, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang</p>
<p><span class="icon-phone"></span> Điện thoại: 0296 3852 417 &#8211; Fax: 0296 3852 418</p>
<p><span class="icon-mail"></span> Email: mnhoahong.lx@angiang.edu.vn</p></div>
<div class="column-1_3"><h5 class="widget_title">Giờ đón trẻ</h5><p>Sáng: 6 giờ 30 &#8211; 7 giờ 30</p><p>Chiều: 16 giờ 15 &#8211; 17 giờ 00</p><p>Thứ Hai &#8211; Thứ Sáu</p></div>
<div class="column-1_3"><h5 class="widget_title">Liên kết nhanh</h5><ul><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/category/thuc-don/">Thực đơn</a></li><li><a href="/dang-ky-nhap-hoc/">Đăng ký nhập học</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></div>
</div>
<div class="footer_copyright_wrap"><div class="content_wrap"><div class="copyright_text">&copy; 2026 {SITE_NAME}. Chịu trách nhiệm nội dung: Hiệu trưởng Võ Thị Bích Liên. Thiết kế website: Mekong Web.</div></div></div>
</footer>
</div></div>
<a href="#" class="trx_addons_scroll_to_top trx_addons_icon-up" title="Lên đầu trang"></a>
<script type="text/javascript" id="littlestars-init-js-extra">
/* <![CDATA[ */
var LS_STORAGE = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","ajax_nonce":"8f1c2a9d3e","site_url":"","msg_load_more":"Xem th\\u00eam","msg_no_more":"\\u0110\\u00e3 h\\u1ebft b\\u00e0i vi\\u1ebft"}};
/* ]]> */
</script>
<script type="text/javascript" src="{THEME}/js/__scripts.js?ver=2.3.1" id="littlestars-init-js"></script>
<script type="text/javascript" src="/wp-content/plugins/envira-gallery-lite/assets/js/min/envira-min.js?ver=1.8.15" id="envira-gallery-script-js"></script>
<script type="text/javascript" src="/wp-content/plugins/foogallery/pro/extensions/default-templates/shared/js/foogallery.min.js?ver=2.4.16" id="foogallery-core-js"></script>
</body>
</html>"""


def _breadcrumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<a class="breadcrumbs_item home" href="/">Trang chủ</a>']
    for label, href in items:
        parts.append('<span class="breadcrumbs_delimiter"></span>')
        if href:
            parts.append(f'<a class="breadcrumbs_item cat_post" href="{href}">{label}</a>')
        else:
            parts.append(f'<span class="breadcrumbs_item current">{label}</span>')
    return '<div class="breadcrumbs">' + "".join(parts) + "</div>"


def _badge(story: Story) -> str:
    if not shows_date(story):
        return ""
    at = _at(story)
    return (
        f'<div class="ls_date_badge"><span class="ls_date_badge_d">{at.day:02d}</span>'
        f'<span class="ls_date_badge_m">Th{at.month}</span></div>'
    )


def _card(story: Story) -> str:
    cats = ", ".join(
        f'<a href="/category/{c}/" rel="category tag">{esc(cat_name(c))}</a>'
        for c in story.opts["cats"]
    )
    fmt = story.opts.get("format", "standard")
    return f"""<article id="post-{story.id}" class="post_item post_layout_classic post_layout_classic_2 post_format_{fmt} post-{story.id} post type-post status-publish format-{fmt} has-post-thumbnail hentry category-{story.cat}">
<div class="post_featured with_thumb hover_icon"><img width="400" height="300" src="{thumb(story)}" class="attachment-littlestars-thumb-med size-littlestars-thumb-med wp-post-image" alt="" decoding="async" loading="lazy" /><div class="mask"></div><a href="{link(story)}" aria-hidden="true" class="icons"></a>{_badge(story)}</div>
<div class="post_header entry-header"><div class="post_meta"><span class="post_meta_item post_categories">{cats}</span></div>
<h4 class="post_title entry-title"><a href="{link(story)}" rel="bookmark">{wpt(story.title)}</a></h4></div>
<div class="post_content entry-content"><div class="post_content_inner">{wpt(excerpt(story))}</div><p><a class="more-link" href="{link(story)}">Đọc tiếp</a></p></div>
</article>"""


def _kids_card(story: Story, n: int) -> str:
    at = _at(story)
    date = (
        f'<span class="kids_card_date">{at.day:02d} Th{at.month}</span>' if shows_date(story) else ""
    )
    return f"""<div class="kids_card kids_card_color_{n % 4 + 1} column-1_3"><div class="kids_card_inner">
<a href="{link(story)}" class="kids_card_thumb"><img src="{thumb(story)}" alt="" width="400" height="300" loading="lazy" /></a>
<div class="kids_card_body">{date}<h3 class="kids_card_title"><a href="{link(story)}">{wpt(story.title)}</a></h3>
<div class="kids_card_cat"><a href="/category/{story.cat}/">{esc(cat_name(story.cat))}</a></div></div></div></div>"""


# --- pages ----------------------------------------------------------------------------------


def _og(request: Request, title: str, url_path: str, image: str = "", desc: str = "") -> str:
    base = base_url(request)
    img = f'<meta property="og:image" content="{base}{image}" />\n' if image else ""
    return (
        f'<link rel="canonical" href="{base}{url_path}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n'
        f'<meta property="og:site_name" content="{SITE_NAME}" />\n'
        f'<meta property="og:title" content="{esc(title)}" />\n'
        f'<meta property="og:url" content="{base}{url_path}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n{img}'
    )


def home(request: Request) -> str:
    grid = "\n".join(_kids_card(s, n) for n, s in enumerate(STORIES[:GRID_SIZE]))
    max_pages = -(-len(STORIES) // GRID_SIZE)
    main = f"""
<div class="ls_home">
<section class="ls_welcome ls_round"><h2 class="sc_item_title sc_title_kids">Chào mừng bé đến với {SITE_NAME}</h2>
<p class="sc_item_descr">Nơi mỗi ngày đến trường là một ngày vui: bé được yêu thương, được vui chơi và được khám phá thế giới xung quanh.</p>
<ul class="ls_stats"><li><b>18</b> nhóm, lớp</li><li><b>540</b> trẻ</li><li><b>46</b> cán bộ, giáo viên, nhân viên</li></ul>
<a href="/gioi-thieu/" class="sc_button sc_button_round">Tìm hiểu thêm</a></section>
<div class="sc_kids_grid sc_kids_grid_style_cloud" id="sc_kids_grid_1042" data-per-page="{GRID_SIZE}">
<h2 class="sc_item_title sc_title_kids">Tin tức &#8211; Hoạt động</h2>
<div class="sc_kids_grid_items columns_wrap">
{grid}
</div>
<div class="sc_kids_grid_more"><button type="button" class="sc_button sc_button_round ls_loadmore" data-action="ls_kids_grid_more" data-paged="2" data-per-page="{GRID_SIZE}" data-max-pages="{max_pages}" data-nonce="8f1c2a9d3e"><span class="sc_button_text">Xem thêm</span></button></div>
</div>
<section class="ls_menu_box ls_round"><h3 class="sc_item_title">Thực đơn tuần này</h3><p>Mời quý phụ huynh xem thực đơn bán trú của bé trong tuần.</p><a href="{link(T1)}" class="sc_button">Xem thực đơn</a></section>
<section class="ls_gallery_teaser"><h3 class="sc_item_title">Khoảnh khắc của bé</h3><a href="/thu-vien-anh/"><img src="/wp-content/uploads/2026/09/khai-giang-2026-400x300.jpg" alt="Khai giảng năm học 2026 - 2027" /></a><a href="/thu-vien-anh/" class="more">Thư viện ảnh</a></section>
</div>"""
    slider = """<div class="ls_slider_wrap"><div class="ls_slider swiper-container" data-autoplay="5000"><div class="swiper-wrapper">
<div class="swiper-slide" style="background-image:url(/wp-content/uploads/2026/08/slider-truong-1.jpg)"><div class="slide_caption"><h3>Chào mừng năm học mới 2026 &#8211; 2027</h3></div></div>
<div class="swiper-slide" style="background-image:url(/wp-content/uploads/2026/08/slider-truong-2.jpg)"><div class="slide_caption"><h3>Bé vui đến trường</h3></div></div>
</div></div></div>"""
    return page(
        request,
        title="Trang chủ",
        body_class="home page-template page-template-blog page page-id-2",
        main=main,
        current="/",
        head_extra=_og(request, SITE_NAME, "/", desc="Website Trường Mầm non Hoa Hồng, TP. Long Xuyên"),
        before_content=slider,
    )


def _pager_core(base: str, n: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(k: int) -> str:
        return base if k == 1 else f"{base}page/{k}/"

    parts = []
    if n > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(n - 1)}">&laquo; Trước</a>')
    for k in range(1, pages + 1):
        if k == n:
            parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(k)}">{k}</a>')
    if n < pages:
        parts.append(f'<a class="next page-numbers" href="{href(n + 1)}">Sau &raquo;</a>')
    return (
        '<nav class="navigation pagination" aria-label="Phân trang bài viết">\n<h2 '
        'class="screen-reader-text">Phân trang bài viết</h2>\n<div class="nav-links">'
        + "".join(parts)
        + "</div>\n</nav>"
    )


def _pager_more(base: str, n: int, pages: int) -> str:
    if n >= pages:
        return ""
    return (
        f'<nav class="nav-links-more"><a class="nav-load-more" href="{base}page/{n + 1}/" '
        f'data-page="{n}" data-max-page="{pages}"><span>Xem thêm bài viết</span></a></nav>'
    )


def listing(request: Request, kind: str, key: str, n: int) -> Response | None:
    if kind == "category":
        if key not in CATS:
            return None
        posts = [s for s in STORIES if key in s.opts["cats"]]
        heading = f"Chuyên mục: <span>{esc(cat_name(key))}</span>"
        crumb = esc(cat_name(key))
        body_class = f"archive category category-{key} category-{CATS[key][1]}"
    elif kind == "tag":
        if key not in TAGS:
            return None
        posts = [s for s in STORIES if key in s.opts["tags"]]
        heading = f"Thẻ: <span>{esc(TAGS[key])}</span>"
        crumb = esc(TAGS[key])
        body_class = f"archive tag tag-{key}"
    else:
        if key not in USERS:
            return None
        posts = [s for s in STORIES if s.opts["login"] == key]
        heading = f'Tác giả: <span class="vcard">{key}</span>'
        crumb = f"Bài viết của {key}"
        body_class = f"archive author author-{key} author-{USERS[key]}"
    base = f"/{kind}/{key}/"
    pages = max(1, -(-len(posts) // PER_PAGE))
    if n == 1 and request.path != base:
        return redirect(base, 301)
    if n < 1 or n > pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    pager = (
        _pager_more(base, n, pages)
        if key == "hoat-dong-cua-be"
        else _pager_core(base, n, pages)
    )
    paged = f" &#8211; Trang {n}" if n > 1 else ""
    main = f"""<div class="page_title_wrap">{_breadcrumbs((crumb, None))}<h1 class="page_title">{heading}</h1></div>
<div class="posts_container columns_wrap columns_padding_bottom">
{"".join(_card(s) for s in chunk)}
</div>
{pager}"""
    title_plain = re.sub(r"<[^>]+>", "", heading)
    return html(
        page(
            request,
            title=title_plain + paged,
            body_class=body_class + (f" paged paged-{n}" if n > 1 else ""),
            main=main,
            current=base,
            head_extra=f'<link rel="canonical" href="{base_url(request)}{base}{"" if n == 1 else f"page/{n}/"}" />',
        )
    )


def _comments(story: Story, reply_to: int | None, permalink: str | None = None) -> str:
    permalink = permalink or link(story)
    comments = story.opts.get("comments") or []
    lis = []
    for cid, name, at, body in comments:
        when = datetime.fromisoformat(at)
        lis.append(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1 comment_item">'
            f'<article id="div-comment-{cid}" class="comment_body">'
            f'<div class="comment_author_avatar"><img alt="" src="{THEME}/images/avatar-kid.png" '
            'class="avatar avatar-96 photo" height="96" width="96" loading="lazy" /></div>'
            '<div class="comment_content"><div class="comment_info">'
            f'<h6 class="comment_author">{esc(name)}</h6> <div class="comment_posted">'
            f'<span class="comment_posted_label">Đăng vào</span> <a href="{link(story)}#comment-{cid}">'
            f'<time datetime="{at}+07:00">{dmy(when)} lúc {clock12(when)}</time></a></div></div>'
            f'<div class="comment_text_wrap"><div class="comment_text"><p>{wpt(body)}</p></div></div>'
            f"<div class=\"reply comment_reply\"><a rel='nofollow' class='comment-reply-link' "
            f"href='{link(story)}?replytocom={cid}#respond' data-commentid=\"{cid}\" "
            f'data-postid="{story.id}" data-belowelement="div-comment-{cid}" '
            f'data-respondelement="respond" aria-label=\'Trả lời {esc(name)}\'>Trả lời</a></div>'
            "</div></article></li>"
        )
    listing_html = ""
    if lis:
        listing_html = (
            '<div class="comments_list_wrap"><h3 class="section_title comments_list_title">'
            f'{len(lis)} bình luận</h3><ol class="comments_list">' + "".join(lis) + "</ol></div>"
        )
    cancel_style = "" if reply_to else ' style="display:none;"'
    return f"""<section class="comments_wrap">{listing_html}
<div class="comments_form_wrap"><div class="comments_form"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title section_title comments_form_title">Để lại bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{permalink}#respond"{cancel_style}>Hủy trả lời</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form sc_input_hover_default" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<div class="comments_field comments_comment"><label for="comment" class="required">Bình luận</label><span class="sc_form_field_wrap"><textarea id="comment" name="comment" placeholder="Nội dung bình luận *" aria-required="true"></textarea></span></div>
<div class="comments_field comments_author"><label for="author" class="required">Tên</label><span class="sc_form_field_wrap"><input type="text" id="author" name="author" placeholder="Họ tên *" value="" aria-required="true" /></span></div>
<div class="comments_field comments_email"><label for="email" class="required">Email</label><span class="sc_form_field_wrap"><input type="text" id="email" name="email" placeholder="Email *" value="" aria-required="true" /></span></div>
<p class="form-submit"><input name="submit" type="submit" id="send_comment" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p>
</form></div></div></div></section>"""


def _share(story: Story, request: Request) -> str:
    url = quote(base_url(request) + link(story), safe="")
    return (
        '<div class="post_share"><div class="socials_share socials_size_tiny socials_type_block '
        'socials_dir_horizontal socials_wrap"><span class="socials_caption">Chia sẻ:</span>'
        '<span class="social_items">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="social_item '
        'social_item_popup" target="_blank" '
        'data-count="facebook" rel="nofollow"><span class="social_icon social_icon_facebook">'
        '<span class="icon-facebook"></span></span><span class="social_name">Facebook</span></a>'
        f'<a href="https://zalo.me/share?url={url}" class="social_item" target="_blank">'
        '<span class="social_icon social_icon_zalo"></span><span class="social_name">Zalo</span></a>'
        '<a href="javascript:window.print()" class="social_item social_item_print">'
        '<span class="social_name">In bài</span></a></span></div></div>'
    )


def _jetpack_related(story: Story) -> str:
    rel = related(story)
    if not rel:
        return ""
    items = []
    for pos, s in enumerate(rel):
        href = esc(related_href(s, story, pos))
        date = words_date(_at(s))
        items.append(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{pos} '
            f'jp-relatedposts-post-thumbs" data-post-id="{s.id}" data-post-format="false">'
            f'<a class="jp-relatedposts-post-a" href="{href}" title="{esc(s.title)}" '
            f'data-origin="{story.id}" data-position="{pos}"><img loading="lazy" '
            f'class="jp-relatedposts-post-img" src="{sized(thumb(s), "350x200")}" width="350" '
            f'height="200" alt="{esc(s.title)}" /></a><h4 class="jp-relatedposts-post-title">'
            f'<a class="jp-relatedposts-post-a" href="{href}" data-origin="{story.id}" '
            f'data-position="{pos}">{wpt(s.title)}</a></h4>'
            f'<p class="jp-relatedposts-post-excerpt">{wpt(excerpt(s, 18))}</p>'
            f'<p class="jp-relatedposts-post-date" style="display: block;">{date}</p>'
            '<p class="jp-relatedposts-post-context">Trong &quot;'
            f"{esc(cat_name(s.cat))}&quot;</p></div>"
        )
    return (
        "<div id='jp-relatedposts' class='jp-relatedposts' style='display: block;'>"
        '<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>'
        '<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">'
        + "".join(items)
        + "</div></div>"
    )


def single(request: Request, story: Story, reply_to: int | None = None) -> str:
    o = story.opts
    fmt = o.get("format", "standard")
    layout = o.get("layout", "hero")
    cats_meta = ", ".join(
        f'<a href="/category/{c}/" rel="category tag">{esc(cat_name(c))}</a>'
        for c in sorted(o["cats"], key=lambda c: cat_name(c))
    )
    login = o["login"]
    ncom = len(o.get("comments") or [])
    crumbs = _breadcrumbs(
        (esc(cat_name(story.cat)), f"/category/{story.cat}/"), (wpt(story.title), None)
    )
    at = _at(story)
    before = ""
    header = ""
    if layout == "hero":
        sapo = (
            f'<div class="ls_hero_excerpt">{wpt(story.summary)}</div>'
            if story.summary and story.sapo_outside
            else ""
        )
        before = (
            f'<div class="ls_post_hero" style="background-image:url({hero_bg(story)});">'
            f'<div class="ls_post_hero_inner content_wrap">{crumbs}'
            f'<h1 class="page_title post_title entry-title">{wpt(story.title)}</h1>{sapo}</div>'
            '<div class="ls_hero_wave"></div></div>'
        )
        if fmt != "aside":
            items = []
            if o.get("updated"):
                up = datetime.fromisoformat(o["updated"])
                items.append(
                    f'<span class="post_meta_item post_date_updated">Cập nhật: {words_date(up)}</span>'
                )
            if shows_date(story):
                items.append(
                    f'<span class="post_meta_item post_date"><a href="{link(story)}">'
                    f"{words_date(at)}</a></span>"
                )
            items.append(f'<span class="post_meta_item post_categories">{cats_meta}</span>')
            items.append(
                f'<a class="post_meta_item post_author" rel="author" href="/author/{login}/">'
                f"Đăng bởi {login}</a>"
            )
            items.append(
                '<span class="post_meta_item post_counters_item post_counters_views">'
                f'<span class="post_counters_number">{views(story)}</span> lượt xem</span>'
            )
            if ncom:
                items.append(
                    '<a href="#comments" class="post_meta_item post_counters_item '
                    f'post_counters_comments">{ncom} bình luận</a>'
                )
            header = (
                '<div class="post_header_single post_header"><div class="post_meta">'
                + "".join(items)
                + "</div></div>"
            )
    else:
        header = (
            f'<div class="post_header_wrap post_header_wrap_style_2">{crumbs}'
            f'<h1 class="post_title entry-title">{wpt(story.title)}</h1>'
            '<div class="post_info post_info_single">'
            '<span class="post_info_item post_info_posted"><span class="icon-clock"></span> '
            f"{clock12(at)} · {dmy(at)}</span> "
            '<span class="post_info_item post_info_posted_by">Đăng bởi <a href="/author/'
            f'{login}/" class="post_info_author">{login}</a></span> '
            f'<span class="post_info_item post_info_cats">{cats_meta}</span> '
            f'<span class="post_info_item post_info_counters">{views(story)} lượt xem</span>'
            "</div></div>"
        )
    content = render_text(story) + _share(story, request) + _jetpack_related(story)
    tags = ""
    if o["tags"]:
        tags = (
            '<div class="post_footer post_footer_single"><span class="post_meta_item post_tags">'
            '<span class="post_meta_label">Thẻ:</span> '
            + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in o["tags"])
            + "</span></div>"
        )
    others = same_cat(story)
    same = ""
    if others:
        same = (
            '<section class="related_wrap related_position_below_content related_style_modern">'
            '<h3 class="section_title related_wrap_title">Bài viết cùng chuyên mục</h3>'
            '<div class="columns_wrap posts_container">'
            + "".join(
                f'<div class="column-1_2"><div class="post_item related_item"><div '
                f'class="post_featured"><img src="{sized(thumb(s), "370x208")}" alt="" '
                f'width="370" height="208" loading="lazy" /></div><h6 class="post_title '
                f'entry-title"><a href="{link(s)}">{wpt(s.title)}</a></h6></div></div>'
                for s in others
            )
            + "</div></section>"
        )
    comments = _comments(story, reply_to) if fmt != "aside" else ""
    tag_classes = " ".join(f"tag-{t}" for t in o["tags"])
    cat_classes = " ".join(f"category-{c}" for c in o["cats"])
    main = f"""<article id="post-{story.id}" class="post_item_single post_type_post post_format_{fmt} post-{story.id} post type-post status-publish format-{fmt} has-post-thumbnail hentry {cat_classes} {tag_classes}" itemscope itemtype="https://schema.org/BlogPosting">
{header}
<div class="post_content post_content_single entry-content" itemprop="mainEntityOfPage">
{content}
</div>
{tags}
</article>
{same}
<a id="comments"></a>
{comments}"""
    base = base_url(request)
    head = (
        _og(request, story.title, link(story), hero_bg(story), excerpt(story, 40))
        + '<meta property="og:type" content="article" />\n'
        + f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
        + f'<link rel="amphtml" href="{base}{link(story)}?amp=1">'
    )
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-{fmt} "
        f"single_style_{'in-above' if layout == 'hero' else 'style-2'}"
    )
    return page(
        request,
        title=wpt(story.title),
        body_class=body_class,
        main=main,
        current=f"/category/{story.cat}/",
        head_extra=head,
        before_content=before,
        description=excerpt(story, 40),
    )


def amp_page(request: Request, story: Story) -> str:
    base = base_url(request)
    date = printed_date(story)
    posted = f'<div class="amp-wp-meta amp-wp-posted-on">{date}</div>' if date else ""
    cats = ", ".join(
        f'<a href="{base}/category/{c}/" rel="category tag">{esc(cat_name(c))}</a>'
        for c in story.opts["cats"]
    )
    sapo = (
        f'<p class="amp-wp-excerpt"><strong>{wpt(story.summary)}</strong></p>'
        if story.summary and story.sapo_outside
        else ""
    )
    return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{wpt(story.title)} &#8211; {SITE_NAME}</title>
<link rel="canonical" href="{base}{link(story)}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-wp-header{{background:#f7a21b}}.amp-wp-article{{color:#353535}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/"><span class="amp-site-title">{SITE_NAME}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{wpt(story.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{story.opts["login"]}</span></div>
{posted}
</header>
<div class="amp-wp-article-content">
{sapo}
{render_text(story, amp=True)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: {cats}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{base}{link(story)}#comments">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE_NAME}</h2><a href="#top" class="back-to-top">Lên đầu trang</a></div></footer>
</body>
</html>"""


def attachment_page(request: Request, story: Story, name: str, im: Img) -> str:
    at = _at(story)
    aid = _img_id(story, im)
    full = full_of(im.src)
    main = f"""<div class="page_title_wrap">{_breadcrumbs((wpt(story.title), link(story)), (esc(name), None))}</div>
<article id="post-{aid}" class="post_item_single post_type_attachment post-{aid} attachment type-attachment status-inherit hentry">
<div class="post_header_single post_header"><h1 class="post_title entry-title">{esc(name)}</h1>
<div class="post_meta"><span class="post_meta_item post_date"><a href="{link(story)}/{name}/">{words_date(at)}</a></span>
<a class="post_meta_item post_author" href="/author/{story.opts["login"]}/">Đăng bởi {story.opts["login"]}</a></div></div>
<div class="post_content post_content_single entry-content">
<p class="attachment"><a href="{full}"><img width="1024" height="683" src="{sized(full, "1024x683")}" class="attachment-large size-large" alt="" decoding="async" /></a></p>
</div>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="{link(story)}" rel="prev"><span class="meta-nav">Đăng trong</span> {wpt(story.title)}</a></div></div></nav>
</article>
{_comments(Story(id=aid, slug=name, title=name, cat=story.cat, published_at=None, blocks=[]), None, f"{link(story)}/{name}/")}"""
    return page(
        request,
        title=esc(name),
        body_class=f"attachment attachment-template-default single single-attachment postid-{aid} attachmentid-{aid} attachment-jpeg",
        main=main,
        current=f"/category/{story.cat}/",
        head_extra=_og(request, name, f"{link(story)}/{name}/", sized(full, "1024x683")),
    )


# --- the WordPress pages --------------------------------------------------------------------

_ENVIRA_ALBUM = [
    (f"{_UP}/2026/09/khai-giang-2026-640x427.jpg", "Lễ khai giảng năm học 2026 – 2027"),
    (f"{_UP}/2026/09/trung-thu-2026-640x427.jpg", "Đêm hội trăng rằm"),
    (f"{_UP}/2026/10/san-choi-moi-640x427.jpg", "Sân chơi mới của bé"),
    (f"{_UP}/2026/10/thu-vien-xanh-640x427.jpg", "Góc thư viện xanh"),
]

PAGES: dict[str, tuple[str, str, int]] = {
    "/gioi-thieu/": (
        "Giới thiệu",
        """<h3>Lịch sử hình thành</h3>
<p>Trường Mầm non Hoa Hồng được thành lập năm 1998, tọa lạc tại trung tâm phường Mỹ Long, thành phố Long Xuyên. Trải qua gần 30 năm xây dựng và phát triển, trường luôn là địa chỉ tin cậy của phụ huynh trong việc chăm sóc, nuôi dưỡng và giáo dục trẻ.</p>
<p>Năm học 2026 &#8211; 2027, trường có 18 nhóm, lớp với 540 trẻ; 46 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
<p>Trường đạt chuẩn quốc gia mức độ 2 năm 2022 và đạt kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3 id="ban-giam-hieu">Ban giám hiệu</h3>
<ul><li>Hiệu trưởng: Cô Võ Thị Bích Liên</li><li>Phó Hiệu trưởng: Cô Lê Thị Hồng Nhung</li><li>Phó Hiệu trưởng: Cô Nguyễn Thị Thanh Xuân</li></ul>
<h3>Cơ sở vật chất</h3>
<p>Trường có 18 phòng học rộng rãi, thoáng mát, phòng giáo dục thể chất, phòng âm nhạc, thư viện xanh, bếp ăn một chiều và sân chơi với nhiều đồ chơi ngoài trời an toàn cho trẻ.</p>""",
        2,
    ),
    "/lien-he/": (
        "Liên hệ",
        """<div class="columns_wrap"><div class="column-1_2"><h4>Trường Mầm non Hoa Hồng</h4>
<p>Địa chỉ: Số 18 Hai Bà Trưng, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang</p>
<p>Điện thoại: 0296 3852 417</p><p>Email: mnhoahong.lx@angiang.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3924.6!2d105.44!3d10.38" width="100%" height="300" style="border:0;" allowfullscreen="" loading="lazy" title="Bản đồ"></iframe></div>
<div class="column-1_2"><div class="wpcf7 no-js" id="wpcf7-f61-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f61-p14-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="61" /><input type="hidden" name="_wpcf7_version" value="5.9.8" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f61-p14-o1" /></div>
<p><label>Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label>Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label>Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div></div></div>""",
        14,
    ),
    "/dang-ky-nhap-hoc/": (
        "Đăng ký nhập học",
        """<p>Quý phụ huynh vui lòng điền đầy đủ thông tin dưới đây. Nhà trường sẽ liên hệ lại trong vòng 3 ngày làm việc để hướng dẫn hoàn thiện hồ sơ.</p>
<div class="wpcf7 no-js" id="wpcf7-f58-p60-o1" lang="vi" dir="ltr"><form action="/dang-ky-nhap-hoc/#wpcf7-f58-p60-o1" method="post" class="wpcf7-form init ls_enroll_form" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="58" /><input type="hidden" name="_wpcf7_version" value="5.9.8" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f58-p60-o1" /><input type="hidden" name="_wpcf7_container_post" value="60" /></div>
<fieldset><legend>Thông tin của trẻ</legend>
<p><label>Họ và tên trẻ (*)<br /><span class="wpcf7-form-control-wrap" data-name="ten-tre"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="ten-tre" /></span></label></p>
<p><label>Ngày sinh (*)<br /><span class="wpcf7-form-control-wrap" data-name="ngay-sinh"><input class="wpcf7-form-control wpcf7-date" value="" type="date" name="ngay-sinh" /></span></label></p>
<p><label>Giới tính<br /><span class="wpcf7-form-control-wrap" data-name="gioi-tinh"><select class="wpcf7-form-control wpcf7-select" name="gioi-tinh"><option value="Nam">Nam</option><option value="Nữ">Nữ</option></select></span></label></p>
<p><label>Nhóm, lớp đăng ký<br /><span class="wpcf7-form-control-wrap" data-name="lop"><select class="wpcf7-form-control wpcf7-select" name="lop"><option value="Nhà trẻ 18 – 24 tháng">Nhà trẻ 18 – 24 tháng</option><option value="Nhà trẻ 24 – 36 tháng">Nhà trẻ 24 – 36 tháng</option><option value="Mầm (3 tuổi)">Mầm (3 tuổi)</option><option value="Chồi (4 tuổi)">Chồi (4 tuổi)</option><option value="Lá (5 tuổi)">Lá (5 tuổi)</option></select></span></label></p>
</fieldset>
<fieldset><legend>Thông tin phụ huynh</legend>
<p><label>Họ và tên cha/mẹ (*)<br /><span class="wpcf7-form-control-wrap" data-name="ten-phu-huynh"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="ten-phu-huynh" /></span></label></p>
<p><label>Số điện thoại (*)<br /><span class="wpcf7-form-control-wrap" data-name="dien-thoai"><input size="40" class="wpcf7-form-control wpcf7-tel" value="" type="tel" name="dien-thoai" /></span></label></p>
<p><label>Địa chỉ thường trú<br /><span class="wpcf7-form-control-wrap" data-name="dia-chi"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="dia-chi" /></span></label></p>
<p><label>Ghi chú<br /><span class="wpcf7-form-control-wrap" data-name="ghi-chu"><textarea cols="40" rows="4" class="wpcf7-form-control wpcf7-textarea" name="ghi-chu"></textarea></span></label></p>
</fieldset>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner sc_button sc_button_round" type="submit" value="Gửi đăng ký" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div>""",
        60,
    ),
    "/thu-vien-anh/": (
        "Thư viện ảnh",
        "<p>Những khoảnh khắc đáng nhớ của các bé tại trường.</p>\n" + "ENVIRA_ALBUM",
        72,
    ),
}


def wp_page(request: Request, path: str) -> str:
    title, content, pid = PAGES[path]
    if content.endswith("ENVIRA_ALBUM"):
        album = Story(
            id=72,
            slug="thu-vien-anh",
            title=title,
            cat="",
            published_at=None,
            blocks=[Img(src, cap, cap, "envira") for src, cap in _ENVIRA_ALBUM],
        )
        content = content.replace("ENVIRA_ALBUM", _envira(album, album.images))
    notice = ""
    if request.method == "POST":
        notice = (
            '<div class="wpcf7-response-output" role="alert">Cảm ơn quý phụ huynh. Thông tin đã '
            "được gửi thành công.</div>"
        )
    main = f"""<div class="page_title_wrap">{_breadcrumbs((esc(title), None))}<h1 class="page_title">{esc(title)}</h1></div>
<article id="post-{pid}" class="post_item_single post_type_page post-{pid} page type-page status-publish hentry">
<div class="post_content entry-content">{notice}
{content}
</div></article>"""
    return page(
        request,
        title=esc(title),
        body_class=f"page-template-default page page-id-{pid}",
        main=main,
        current=path,
        head_extra=_og(request, title, path),
    )


def search_page(request: Request, query: str) -> str:
    q = unicodedata.normalize("NFC", query).strip().lower()
    hits = [s for s in STORIES if q and q in s.title.lower()][:PER_PAGE]
    body = (
        "".join(_card(s) for s in hits)
        if hits
        else '<div class="post_item_none_search"><p>Rất tiếc, không tìm thấy kết quả phù hợp. '
        "Vui lòng thử lại với từ khóa khác.</p></div>"
    )
    main = f"""<div class="page_title_wrap">{_breadcrumbs(("Tìm kiếm", None))}<h1 class="page_title">Kết quả tìm kiếm cho: &#8220;{esc(query)}&#8221;</h1></div>
<div class="posts_container">{body}</div>"""
    return page(
        request,
        title=f"Kết quả tìm kiếm &#8220;{esc(query)}&#8221;",
        body_class="search search-results" if hits else "search search-no-results",
        main=main,
    )


def feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in STORIES[:10]:
        utc = _at(s) - timedelta(hours=7)
        items.append(
            f"<item><title>{wpt(s.title)}</title><link>{base}{link(s)}</link>"
            f"<dc:creator><![CDATA[{s.opts['login']}]]></dc:creator>"
            f"<pubDate>{utc.strftime('%a, %d %b %Y %H:%M:%S')} +0000</pubDate>"
            f"<category><![CDATA[{cat_name(s.cat)}]]></category>"
            f'<guid isPermaLink="false">{base}/?p={s.id}</guid>'
            f"<description><![CDATA[{excerpt(s)} [&#8230;]]]></description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{SITE_NAME}</title><link>{base}</link>"
        "<description>Nơi bé vui mỗi ngày</description><language>vi</language>"
        "<generator>https://wordpress.org/?v=6.6.2</generator>" + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def admin_ajax(request: Request) -> Response:
    form = request.form if request.method == "POST" else request.params
    if request.method != "POST" or form.get("action") != "ls_kids_grid_more":
        return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
    try:
        paged = int(form.get("paged", "2"))
    except ValueError:
        paged = 2
    chunk = STORIES[(paged - 1) * GRID_SIZE : paged * GRID_SIZE]
    data = {
        "success": True,
        "data": {
            "html": "\n".join(_kids_card(s, n) for n, s in enumerate(chunk)),
            "paged": paged,
            "max_pages": -(-len(STORIES) // GRID_SIZE),
        },
    }
    return Response(
        200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json; charset=UTF-8"}
    )


# --- the site -------------------------------------------------------------------------------

_LIST = re.compile(r"^/(category|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_POST = re.compile(r"^/([a-z0-9-]+)\.html(/?)$")
_ATTACH = re.compile(r"^/([a-z0-9-]+)\.html/([a-z0-9_-]+)/$")


class KindergartenSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            params = request.params
            if "s" in params:
                return html(search_page(request, params["s"]))
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(link(story), 301) if story else None
            return html(home(request))
        if path == "/index.php":
            return redirect("/", 301)
        if path in ("/feed/", "/feed"):
            return feed(request)
        if path == "/wp-admin/admin-ajax.php":
            return admin_ajax(request)
        if path in PAGES:
            return html(wp_page(request, path))
        if path + "/" in PAGES:
            return redirect(path + "/", 301)
        m = _LIST.match(path)
        if m:
            return listing(request, m.group(1), m.group(2), int(m.group(3) or 1))
        m = _POST.match(path)
        if m:
            story = BY_SLUG.get(m.group(1))
            if story is None:
                return None
            if m.group(2):
                return redirect(link(story), 301)
            params = request.params
            share = params.get("share")
            if share:
                url = quote(base_url(request) + link(story), safe="")
                return redirect(f"https://www.facebook.com/sharer/sharer.php?u={url}", 302)
            if "amp" in params:
                return html(amp_page(request, story))
            reply = params.get("replytocom", "")
            reply_to = int(reply) if reply.isdigit() else None
            return html(single(request, story, reply_to))
        m = _ATTACH.match(path)
        if m:
            story = BY_SLUG.get(m.group(1))
            if story is None:
                return None
            for name, im in _attachments(story):
                if name == m.group(2):
                    return html(attachment_page(request, story, name, im))
            return None
        return None


def build_site() -> KindergartenSite:
    return KindergartenSite()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"{link(story)}?amp=1"]
    alts += [f"{link(story)}?replytocom={c[0]}" for c in story.opts.get("comments") or []]
    for origin in STORIES:
        for pos, target in enumerate(related(origin)):
            if target is story:
                alts.append(related_href(story, origin, pos))
    return alts


GOLD = [
    gold_record(s, link(s), cat_name(s.cat), alt_paths=_alt_paths(s))
    for s in sorted(STORIES, key=lambda s: s.id)
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/dang-ky-nhap-hoc/",
    "/thu-vien-anh/",
    *[f"{link(H3)}/{name}/" for name, _ in _attachments(H3)],
]

#: what the self-check reads: the line each article prints for its date (None: none)
PRINTED_DATES = {s.slug: printed_date(s) for s in STORIES}

assert len(GOLD) == 13
assert all(collapse(g["title"]) == g["title"] for g in GOLD)
