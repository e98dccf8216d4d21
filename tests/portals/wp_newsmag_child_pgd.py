"""WordPress 5.7 + a child theme of tagDiv Newsmag 5 (+ Elementor on some pages): Phòng GD&ĐT Cai Lậy.

Platform
--------
WordPress 5.7.2 (vi locale), theme "Newsmag-child" over tagDiv Newsmag 5.1, Yoast SEO 15.9,
a3 Lazy Load, WP-Polls, WP Statistics, Contact Form 7, Elementor 3.1 (used on the pages
"Giới thiệu" and "Cơ cấu tổ chức" and on one post). The site of Phòng Giáo dục và Đào tạo huyện
Cai Lậy, tỉnh Tiền Giang. Posts are written with the Classic Editor (``[caption]`` shortcodes) or
with Gutenberg blocks, one with Elementor, one pasted from a newspaper in decomposed Unicode.

URL scheme
----------
- ``/`` home: a tagDiv page-builder page (big grid, ``td_block_1``/``td_block_2``/``td_block_4``
  blocks with AJAX "‹ ›" arrows, a "Đọc nhiều nhất" block, sidebar widgets);
- ``/category/<slug>/`` and ``/category/<slug>/page/<n>/`` (3 posts a page, tagDiv page-nav
  whose "next" is an icon-only link); ``/category/<slug>/page/1/`` redirects to the first page;
- posts ``/<yyyy>/<mm>/<dd>/<slug>/`` (the local day of publication); one old post keeps its
  Vietnamese slug, printed percent-encoded in lower case as WordPress stores it;
- ``/<post>/embed/`` (WordPress embed card), ``/<post>/<attachment>/`` (attachment pages),
  ``/<post>/?replytocom=<n>`` (comment reply links);
- ``/author/<login>/`` (+ ``/page/<n>/``), ``/tag/<slug>/``, ``/?s=…`` search, ``/?p=<id>``
  shortlinks (301 to the post), ``/feed/``, Yoast ``/sitemap_index.xml``, ``/robots.txt``;
- ``/wp-admin/admin-ajax.php``: POST ``action=td_ajax_block`` answers the blocks' "next page"
  arrows with JSON (a crawler may ignore it); GET answers ``0`` with status 400 as WordPress does;
- pages ``/gioi-thieu/``, ``/co-cau-to-chuc/`` (Elementor), ``/lien-he/``, ``/thu-vien-anh/``.

Page templates
--------------
Every page: tagDiv header (``td_data_time`` clock "Thứ Bảy, Tháng Mười Hai 5, 2026", top menu,
logo + banner, main menu ``sf-menu`` with drop-downs and a *mega menu* for "Tin tức - Sự kiện"
that renders the category's four latest posts as ``td_module_mega_menu`` modules, a search form),
a "Tin mới" ``td_block_trending_now`` ticker with the five latest posts, sidebar (Đọc nhiều nhất,
Liên kết website select, WP-Polls form, WP Statistics counter "Đang online / Hôm nay / Hôm qua /
Tổng truy cập", Facebook page plugin), footer (address, phone, email, copyright).
Single post: ``article.post`` > ``div.td-post-header`` (``entry-crumbs`` breadcrumb,
``ul.td-category`` pills, ``h1.entry-title``, optional ``p.td-post-sub-title``, ``meta-info``
with "Bởi <account>", ``time.entry-date`` and views) > ``td-post-sharing-top`` >
``div.td-post-content`` (``td-post-featured-image`` then the text) > ``footer`` (source/tags box,
bottom share bar, ``td-post-next-prev``, author box, microdata metas), then the
``td_block_related_posts`` "Bài viết liên quan" block and the comments / comment form.

How each gold article is reached (3 posts a listing page, newest first)
-----------------------------------------------------------------------
- Tin tức - Sự kiện p1: 1412, 1398, 1375; p2: 1350, 1331, 1302
- Hoạt động chuyên môn p1: 1405, 1381, 1356; p2: 1318
- Thông báo p1: 1420, 1389, 1340
- Giáo dục Tiểu học (secondary category) p1: 1405, 1375, 1318
Home: ticker 1420 1412 1405 1398 1389; grid 1412 1405 1398 1375; blocks = the first listing page
of each category; mega menu 1412 1398 1375 1350; "Đọc nhiều nhất" 1412 1398 1420 1375.
1331 and 1302 appear in no home block, menu or first listing page: from the listings they are
reached only through ``/category/tin-tuc-su-kien/page/2/`` (1318 through page 2 of "Hoạt động
chuyên môn" or the secondary category's page). As on any WordPress site, tag/author archives, the
related posts block and the previous/next links of other posts also lead to them.

Traps
-----
1. UTC ``datetime`` attributes. tagDiv prints ``<time class="entry-date updated td-module-date"
   datetime="…+00:00">`` and Yoast prints ``article:published_time`` and JSON-LD in UTC too; the
   visible date is the vi locale's "F j, Y": "Tháng Mười Hai 3, 2026" (month in words, day after
   it; "Tháng Mười Một" is November, not October). Posts 1412 (06:20) and 1331 (06:05) fall on
   the previous day in UTC. Gold: the local time with +07:00 ("2026-12-03T06:20:00+07:00"), the
   day of the URL and of the visible date.
2. The theme option "show the modified date" is on: the ``time`` element (and the visible date)
   of post 1318, edited on 20/11 to add a photo, is its *update* (``Tháng Mười Một 20, 2026``);
   the publication is printed only by ``article:published_time``, JSON-LD ``datePublished`` and
   the microdata ``<meta itemprop="datePublished">`` (and the URL's day). Gold: the publication,
   "2026-10-14T08:15:00+07:00".
3. Posts before the article: the mega menu and the "Tin mới" ticker print other posts as
   ``h3.entry-title.td-module-title`` with their own ``time.entry-date`` *before* the article's
   ``h1.entry-title`` on every page; the related block and next/prev links print more after it.
   Gold: title, date and text of the ``article`` only.
4. Titles as printed differ from their copies: the H1 is wptexturized (``&#8220;…&#8221;``,
   ``&#8211;``), og:title/JSON-LD headline/``<title>`` keep straight quotes and hyphens, post 1412
   has a custom Yoast SEO title ("Hội khỏe Phù Đổng huyện Cai Lậy lần thứ XII | PGD Cai Lậy"),
   and the home blocks and mega menu cut titles after nine words with "..." (the full one is in
   the ``title`` attribute). Gold title: the H1 as printed (curly quotes, en dashes).
5. Category pills vs primary category: posts filed in two categories print their pills in
   WordPress's name order ("Giáo dục Tiểu học" first), JSON-LD ``articleSection`` lists both; the
   breadcrumb names the primary category (tagDiv's "primary category" setting). Menu items and
   category archive titles are texturized ("Tin tức &#8211; Sự kiện") while the breadcrumb and the
   pills print the name as typed. Gold category: the breadcrumb's ("Tin tức - Sự kiện").
6. Newsmag's subtitle: post 1405 prints its lead as ``p.td-post-sub-title`` under the H1, in the
   header, outside ``td-post-content``. Gold: it is the summary and the body's first paragraph.
7. a3 Lazy Load: every image inside the text is ``src=".../lazy_placeholder.gif"`` with the real
   file in ``data-src`` (and ``data-srcset``) and a ``<noscript>`` copy. Gold images: the
   ``data-src`` files, never the placeholder. The featured image (not lazy) is the first image.
8. Theme ad slot inside the text: tagDiv's ``td-a-rec-id-content_inline`` banner (an enrolment
   banner linking off-site) sits between the second and third paragraph of classic/Gutenberg
   posts, inside ``td-post-content``. Gold: no text, no image from it.
9. WordPress embed card inside the text: post 1398 embeds post 1375 as
   ``<blockquote class="wp-embedded-content"><a>title</a></blockquote>`` + a hidden iframe to
   ``/<post>/embed/#?secret=…``. Although a blockquote, it is a link card, not a quote: not body.
   The ``/embed/`` card (title + excerpt) serves post 1375 again: it is in 1375's ``alt_paths``.
10. Attachment pages under post URLs: an image of post 1375 links to its attachment page
    ``/2026/11/12/<slug>/img_20261111_084512/`` and post 1389's form links to the PDF's attachment
    page; both are rendered with the single template (breadcrumb, H1, image/link). They are
    NON_ARTICLES, though their URL extends a post's.
11. A Vietnamese slug: post 1331 predates the slug-transliteration plugin, its path is printed
    ``/2026/10/20/ng%c3%a0y-h%e1%bb%99i-…/`` (lower-case escapes, as WordPress stores it); the
    upper-case form serves it too. Gold path: the printed (lower-case) form; the upper-case form
    is an alt path.
12. Duplicates of the same post: comment "Trả lời" links ``?replytocom=<n>`` (posts 1412, 1375)
    serve the whole post again (``noindex``); ``/?p=<id>`` shortlinks redirect (301). Gold: they
    are ``alt_paths``.
13. The source in the theme's box: post 1302 prints its source only in tagDiv's footer box
    ``td-post-source-via`` ("NGUỒN" + a link to Báo Ấp Bắc), outside the text; post 1340 closes
    its text with "Nguồn: Huyện Đoàn Cai Lậy". Gold source: "Báo Ấp Bắc" / "Huyện Đoàn Cai Lậy".
14. Captions in paragraphs: ``[caption]`` renders (HTML4, no theme support for html5 captions)
    as ``<div class="wp-caption"><img><p class="wp-caption-text">``; editors also type a caption
    as a centred italic ``<p><em>`` under a bare image; a line "Ảnh: Võ Minh Quang" only credits.
    Gold: those lines are captions (the credit-only one: caption None, photographer), not body.
15. Elementor post (1398): the text is split over several ``elementor-widget-text-editor``
    widgets with a heading widget (a paragraph of the body), an image widget with
    ``widget-image-caption``, a gallery whose thumbnails (``-300x225``) link to the full files
    (gold: the printed thumbnails' ``data-src``, captions from ``gallery-caption``), a button
    widget "Tải danh sách …" to a PDF (not body) and a right-aligned unit byline ("Tổ Văn phòng").
16. Post 1302 was pasted from a newspaper typed in decomposed Unicode (NFD) with inline font
    spans, its photo hot-linked from the newspaper's host. Gold: NFC text; the image's absolute
    URL.
17. The official notice 1420 (letterhead table, "Số: 512/TB-PGDĐT", "Cai Lậy, ngày 02 tháng 12
    năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" + signer) was posted on 04/12. Gold: the
    letterhead's day "2026-12-02", the signer as author, letterhead/subject/closing/attachment
    line not body.

Gold decisions on ambiguous points
----------------------------------
- "Bởi pgdcailay" / "Bởi bientap" and the author box are WordPress accounts: nobody. Authors
  come from the bylines in the text ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "Người viết: X",
  "ThS. X – Chuyên viên …", "X (THCS Thạnh Lộc)", units signing alone).
- The featured image is the article's first photo (its ``figcaption`` is its caption); posts
  without one (1420, 1389, 1302) show no image in the header and listing modules print tagDiv's
  ``no-thumb`` placeholder.
- A "Xem thêm: <link>" line, the "Tập tin đính kèm"/"Tải về" lines and the embed card are not
  body; a ``wp-block-quote`` typed by the editor is.
- Table rows (post 1381) are paragraphs, cells joined by " | ", the header row included.
- Comments (with their own dates and names) are not the article.
- ``published_at`` is written in +07:00 even where every machine-readable copy is in UTC.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "wp_newsmag_child_pgd"
PLATFORM = "WordPress 5.7 + tagDiv Newsmag child theme (Elementor on some pages)"
START_PATH = "/"

SITE = "Phòng GD&ĐT Cai Lậy"
SITE_LONG = "Phòng Giáo dục và Đào tạo huyện Cai Lậy"
HEADER_DATE = "Thứ Bảy, Tháng Mười Hai 5, 2026"
PER_PAGE = 3
UP = "/wp-content/uploads"
LAZY = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"
NO_THUMB = "/wp-content/themes/Newsmag/images/no-thumb/td_{size}.png"

VI_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]

CATS: dict[str, dict] = {
    "tin-tuc-su-kien": {"name": "Tin tức - Sự kiện", "id": 3, "parent": None,
                        "desc": "Tin hoạt động của ngành giáo dục huyện Cai Lậy"},
    "hoat-dong-chuyen-mon": {"name": "Hoạt động chuyên môn", "id": 4, "parent": None,
                             "desc": "Chuyên đề, hội thi, sinh hoạt chuyên môn các cấp học"},
    "thong-bao": {"name": "Thông báo", "id": 5, "parent": None, "desc": ""},
    "giao-duc-tieu-hoc": {"name": "Giáo dục Tiểu học", "id": 7, "parent": "hoat-dong-chuyen-mon",
                          "desc": ""},
}
AUTHORS = {
    "pgdcailay": ("pgdcailay", "Tài khoản đăng tin của Văn phòng Phòng GD&ĐT huyện Cai Lậy."),
    "bientap": ("bientap", "Bộ phận biên tập website Phòng GD&ĐT."),
}
TAGS = {
    "hoi-khoe-phu-dong": "hội khỏe phù đổng",
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
    "chuyen-de": "chuyên đề",
    "van-hoa-doc": "văn hóa đọc",
}


def _img(src: str, printed: str | None = None, caption: str | None = None, style: str = "wpcap") -> Img:
    return Img(src, printed, caption, style)


# --- the thirteen posts ---------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1420,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-12-02",
        blocks=[
            Raw("{{letterhead}}"),
            P("Căn cứ Kế hoạch số 245/KH-PGDĐT ngày 15/8/2026 của Phòng Giáo dục và Đào tạo về thực "
              "hiện nhiệm vụ năm học 2026 – 2027;"),
            P("Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra cuối học kỳ I đối với các trường tiểu "
              "học và trung học cơ sở như sau:"),
            P("1. Cấp tiểu học: kiểm tra định kỳ cuối học kỳ I các môn Tiếng Việt, Toán (lớp 1 đến lớp "
              "5), Khoa học, Lịch sử và Địa lí, Tin học và Công nghệ (lớp 4, lớp 5) từ ngày 28/12/2026 "
              "đến ngày 31/12/2026."),
            P("2. Cấp trung học cơ sở: kiểm tra chung theo đề của Phòng các môn Ngữ văn, Toán, Tiếng Anh "
              "(lớp 6 đến lớp 9) vào ngày 24 và 25/12/2026; các môn còn lại do nhà trường chủ động tổ "
              "chức, hoàn thành trước ngày 31/12/2026."),
            P("3. Hiệu trưởng các trường có trách nhiệm tổ chức kiểm tra nghiêm túc, đúng quy chế; báo "
              "cáo kết quả về Phòng GD&ĐT (qua bộ phận chuyên môn) trước ngày 08/01/2027."),
            P("Nhận được Thông báo này, đề nghị Hiệu trưởng các trường triển khai thực hiện./."),
            Raw("{{closing}}"),
        ],
        authors=["Nguyễn Văn Thống"],
        opts={"posted": "2026-12-04 09:10:00", "cats": ["thong-bao"], "author": "pgdcailay",
              "tags": [], "editor": "classic", "no_ad": True},
    ),
    Story(
        id=1412,
        slug="khai-mac-hoi-khoe-phu-dong-huyen-cai-lay-lan-thu-xii-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng huyện Cai Lậy lần thứ XII năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T06:20:00+07:00",
        blocks=[
            _img(f"{UP}/2026/12/hkpd-khai-mac-640x427.jpg",
                 "Các đoàn vận động viên diễu hành qua lễ đài",
                 "Các đoàn vận động viên diễu hành qua lễ đài", "featured"),
            P("Sáng ngày 2/12/2026, tại Sân vận động huyện, Phòng Giáo dục và Đào tạo huyện Cai Lậy long "
              "trọng tổ chức khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII, năm học 2026 – 2027 với "
              "sự tham gia của hơn 1.200 vận động viên đến từ 46 trường tiểu học và trung học cơ sở.",
              "b"),
            P("Dự lễ khai mạc có ông Lê Văn Dũng, Phó Chủ tịch UBND huyện; đại diện Huyện ủy, Ủy ban "
              "MTTQ Việt Nam huyện, Huyện Đoàn, Trung tâm Văn hóa – Thể thao và Truyền thanh huyện cùng "
              "lãnh đạo các xã, thị trấn và cán bộ quản lý, giáo viên, học sinh các trường."),
            P("Phát biểu khai mạc, ông Nguyễn Văn Thống, Trưởng phòng GD&ĐT huyện nhấn mạnh: Hội khỏe "
              "Phù Đổng là ngày hội thể thao lớn của học sinh, là dịp để các trường đánh giá kết quả công "
              "tác giáo dục thể chất, hoạt động thể thao trong trường học, đồng thời phát hiện, bồi dưỡng "
              "năng khiếu thể thao cho học sinh."),
            _img(f"{UP}/2026/12/hkpd-danh-trong-khai-mac.jpg",
                 "Phó Chủ tịch UBND huyện Lê Văn Dũng đánh trống khai mạc Hội khỏe",
                 "Phó Chủ tịch UBND huyện Lê Văn Dũng đánh trống khai mạc Hội khỏe"),
            P("Hội khỏe năm nay gồm 9 môn thi đấu: điền kinh, bơi lội, bóng đá mini nam, cờ vua, cờ "
              "tướng, cầu lông, bóng bàn, đá cầu và kéo co. Các môn thi đấu được tổ chức tại nhiều địa "
              "điểm: Sân vận động huyện, hồ bơi Trung tâm Văn hóa – Thể thao, nhà thi đấu Trường THCS "
              "Thị trấn Bình Phú và Trường TH Long Trung."),
            P("Ngay sau lễ khai mạc, các trận thi đấu môn kéo co và bóng đá mini nam đã diễn ra sôi nổi, "
              "hấp dẫn trong sự cổ vũ nhiệt tình của đông đảo giáo viên, phụ huynh và học sinh."),
            _img(f"{UP}/2026/12/hkpd-keo-co-1024x683.jpg",
                 "Trận kéo co giữa đội Trường THCS Mỹ Thành Nam và Trường THCS Phú Cường",
                 "Trận kéo co giữa đội Trường THCS Mỹ Thành Nam và Trường THCS Phú Cường", "emp"),
            P("Hội khỏe sẽ kéo dài đến hết ngày 7/12/2026. Kết quả thi đấu là cơ sở để Phòng GD&ĐT chọn "
              "vận động viên tham gia Hội khỏe Phù Đổng tỉnh Tiền Giang dự kiến tổ chức vào tháng "
              "3/2027."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Huỳnh Thị Ngọc Hân</strong></p>'),
        ],
        authors=["Huỳnh Thị Ngọc Hân"],
        photographers=["Huỳnh Thị Ngọc Hân"],
        summary=(
            "Sáng ngày 2/12/2026, tại Sân vận động huyện, Phòng Giáo dục và Đào tạo huyện Cai Lậy long "
            "trọng tổ chức khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII, năm học 2026 – 2027 với "
            "sự tham gia của hơn 1.200 vận động viên đến từ 46 trường tiểu học và trung học cơ sở."
        ),
        opts={"posted": "2026-12-03 06:20:00", "cats": ["tin-tuc-su-kien"], "author": "pgdcailay",
              "tags": ["hoi-khoe-phu-dong"], "editor": "classic",
              "seo_title": "Hội khỏe Phù Đổng huyện Cai Lậy lần thứ XII | PGD Cai Lậy",
              "comments": [
                  (57, "Phụ huynh Trần Văn Nghĩa", "2026-12-03 08:12:00",
                   "Chúc các em học sinh thi đấu thật tốt, giành nhiều thành tích cao!"),
                  (58, "Lê Thị Kim Phượng", "2026-12-03 19:40:00",
                   "Cho em hỏi lịch thi đấu môn cờ vua cụ thể ở đâu ạ? Em cảm ơn."),
              ]},
    ),
    Story(
        id=1405,
        slug="chuyen-de-day-hoc-mon-tieng-anh-lop-3-theo-huong-phat-trien-nang-luc-giao-tiep",
        title="Chuyên đề dạy học môn Tiếng Anh lớp 3 theo hướng phát triển năng lực giao tiếp",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-27T16:00:00+07:00",
        blocks=[
            _img(f"{UP}/2026/11/chuyen-de-tieng-anh-lop-3-640x427.jpg", None, None, "featured"),
            P("Sáng ngày 26/11/2026, Phòng GD&ĐT huyện Cai Lậy tổ chức chuyên đề dạy học môn Tiếng Anh "
              "lớp 3 theo hướng phát triển năng lực giao tiếp cho học sinh."),
            P("Tại chuyên đề, cô Nguyễn Thị Hồng Nhung, giáo viên Trường TH Cẩm Sơn thực hiện tiết dạy "
              "minh họa Unit 7 “Classroom instructions”. Tiết dạy được thiết kế với nhiều trò chơi, bài "
              "hát và hoạt động cặp đôi, tạo cơ hội cho tất cả học sinh được nói và sử dụng tiếng Anh "
              "trong các tình huống gần gũi."),
            _img(f"{UP}/2026/11/tiet-day-minh-hoa-tieng-anh-1024x683.jpg",
                 "Tiết dạy minh họa của cô Nguyễn Thị Hồng Nhung",
                 "Tiết dạy minh họa của cô Nguyễn Thị Hồng Nhung", "gb"),
            P("Trong phần thảo luận, giáo viên các trường đã trao đổi về cách tổ chức hoạt động luyện nói "
              "cho lớp đông học sinh, cách sử dụng học liệu điện tử đi kèm sách giáo khoa và cách đánh giá "
              "thường xuyên bằng nhận xét."),
            P("Phát biểu kết luận, bà Võ Thị Bích Thủy, Phó Trưởng phòng GD&ĐT đề nghị các trường tiếp "
              "tục tổ chức sinh hoạt chuyên môn theo cụm, tăng cường dự giờ, thăm lớp và chia sẻ tiết dạy "
              "hay trên hệ thống học liệu dùng chung của ngành."),
            Raw('<p style="text-align: right;"><em>Người viết: Trần Ngọc Bích Tuyền</em></p>'),
        ],
        authors=["Trần Ngọc Bích Tuyền"],
        summary=(
            "Chuyên đề do Trường TH Cẩm Sơn đăng cai, thu hút 58 giáo viên dạy Tiếng Anh cấp tiểu học "
            "trong toàn huyện tham dự."
        ),
        sapo_outside=True,
        opts={"posted": "2026-11-27 16:00:00", "cats": ["giao-duc-tieu-hoc", "hoat-dong-chuyen-mon"],
              "author": "bientap", "tags": ["chuyen-de"], "editor": "gutenberg"},
    ),
    Story(
        id=1398,
        slug="tuyen-duong-45-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Tuyên dương 45 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T15:40:00+07:00",
        blocks=[
            _img(f"{UP}/2026/11/hop-mat-20-11-640x427.jpg", None, None, "featured"),
            P("Chiều ngày 18/11/2026, tại Hội trường UBND huyện, Phòng Giáo dục và Đào tạo phối hợp với "
              "Công đoàn Giáo dục huyện tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 "
              "– 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."),
            P("Tại buổi họp mặt, các đại biểu đã ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam, "
              "đồng thời điểm lại những kết quả nổi bật của ngành giáo dục huyện trong năm học 2025 – "
              "2026: tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100%, tỷ lệ tốt nghiệp THCS đạt "
              "99,7%; có thêm 4 trường được công nhận đạt chuẩn quốc gia."),
            _img(f"{UP}/2026/11/trao-giay-khen-nha-giao-1024x683.jpg",
                 "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                 "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu", "el_img"),
            P("Những gương mặt tiêu biểu", "h2"),
            P("Trong số 45 nhà giáo được tuyên dương có 12 cán bộ quản lý, 33 giáo viên trực tiếp đứng "
              "lớp ở cả ba cấp học mầm non, tiểu học và trung học cơ sở. Nhiều thầy cô đã gắn bó với vùng "
              "nông thôn hơn 20 năm, có nhiều sáng kiến được Hội đồng khoa học ngành công nhận.", "el_new"),
            P("Tiêu biểu như cô Phạm Thị Ngọc Giàu, giáo viên Trường MN Hội Xuân, với sáng kiến “Tận dụng "
              "nguyên vật liệu sẵn có ở địa phương làm đồ dùng học tập cho trẻ 5 tuổi”; thầy Trương Minh "
              "Luân, giáo viên Trường THCS Ngũ Hiệp, nhiều năm liền có học sinh đạt giải học sinh giỏi cấp "
              "tỉnh môn Toán."),
            _img(f"{UP}/2026/11/co-ngoc-giau-mn-hoi-xuan-300x225.jpg",
                 "Cô Phạm Thị Ngọc Giàu (MN Hội Xuân)", "Cô Phạm Thị Ngọc Giàu (MN Hội Xuân)", "gallery"),
            _img(f"{UP}/2026/11/thay-minh-luan-thcs-ngu-hiep-300x225.jpg",
                 "Thầy Trương Minh Luân (THCS Ngũ Hiệp)", "Thầy Trương Minh Luân (THCS Ngũ Hiệp)",
                 "gallery"),
            _img(f"{UP}/2026/11/nha-giao-tieu-bieu-luu-niem-300x225.jpg",
                 "Các nhà giáo chụp ảnh lưu niệm", "Các nhà giáo chụp ảnh lưu niệm", "gallery"),
            P("Dịp này, Công đoàn Giáo dục huyện cũng trao 20 suất quà cho giáo viên có hoàn cảnh khó "
              "khăn, mỗi suất trị giá 1.000.000 đồng.", "el_new"),
            Raw("{{el_button}}"),
            Raw("{{embed:1375}}"),
            Raw('<p style="text-align: right;"><em>Tổ Văn phòng</em></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"posted": "2026-11-20 15:40:00", "cats": ["tin-tuc-su-kien"], "author": "pgdcailay",
              "tags": ["ngay-nha-giao-viet-nam"], "editor": "elementor"},
    ),
    Story(
        id=1389,
        slug="thong-bao-tuyen-chon-giao-vien-tham-gia-bien-soan-tai-lieu-giao-duc-dia-phuong",
        title="Thông báo tuyển chọn giáo viên tham gia biên soạn tài liệu giáo dục địa phương tỉnh Tiền Giang",
        cat="thong-bao",
        published_at="2026-11-18T14:20:00+07:00",
        blocks=[
            P("Thực hiện Công văn số 2318/SGDĐT-GDTrH ngày 12/11/2026 của Sở GD&ĐT Tiền Giang về việc "
              "chỉnh sửa, bổ sung tài liệu giáo dục địa phương, Phòng GD&ĐT huyện Cai Lậy thông báo đến "
              "các trường tiểu học, THCS trên địa bàn như sau:"),
            P("Mỗi trường giới thiệu từ 01 đến 02 giáo viên có năng lực chuyên môn tốt, có kinh nghiệm "
              "giảng dạy nội dung giáo dục địa phương, ưu tiên giáo viên các môn Ngữ văn, Lịch sử và Địa "
              "lí, Giáo dục công dân, Âm nhạc, Mĩ thuật."),
            P("Hồ sơ gồm:"),
            P("- Phiếu đăng ký theo mẫu (đính kèm);"),
            P("- Sơ yếu lý lịch khoa học;", "br"),
            P("- Bản sao các quyết định công nhận sáng kiến, giáo viên dạy giỏi (nếu có).", "br"),
            P("Các trường gửi danh sách và hồ sơ về Phòng GD&ĐT (bộ phận chuyên môn) trước 16 giờ 00 "
              "ngày 25/11/2026, đồng thời gửi bản mềm qua địa chỉ thư điện tử "
              "chuyenmon.pgdcailay@tiengiang.edu.vn."),
            Raw("{{attach_pdf}}"),
        ],
        opts={"posted": "2026-11-18 14:20:00", "cats": ["thong-bao"], "author": "pgdcailay",
              "tags": [], "editor": "classic"},
    ),
    Story(
        id=1381,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 – 2027: 62 giáo viên đạt danh hiệu",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-16T09:30:00+07:00",
        blocks=[
            _img(f"{UP}/2026/11/hoi-thi-gvdg-thcs-640x427.jpg", None, None, "featured"),
            P("Từ ngày 2/11 đến ngày 13/11/2026, Phòng GD&ĐT huyện Cai Lậy tổ chức Hội thi giáo viên dạy "
              "giỏi cấp huyện bậc THCS năm học 2026 – 2027 với 71 giáo viên đến từ 16 trường tham gia."),
            P("Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng "
              "dạy và thực hành hai tiết dạy trên lớp, trong đó có một tiết dạy bốc thăm trước ba ngày. "
              "Ban giám khảo gồm chuyên viên Phòng GD&ĐT và cốt cán bộ môn của huyện."),
            P("Kết quả, có 62 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện. Một số đơn vị có tỷ lệ "
              "giáo viên đạt cao:"),
            P("TT | Đơn vị | Số GV dự thi | Số GV đạt", "row"),
            P("1 | THCS Thạnh Lộc | 7 | 7", "row"),
            P("2 | THCS Mỹ Thành Nam | 6 | 6", "row"),
            P("3 | THCS Phú Cường | 5 | 5", "row"),
            P("4 | THCS Ngũ Hiệp | 6 | 5", "row"),
            _img(f"{UP}/2026/11/gvdg-ngu-van-phu-cuong-1024x683.jpg",
                 "Cô Lê Ngọc Hân (THCS Phú Cường) trong tiết dạy môn Ngữ văn",
                 "Cô Lê Ngọc Hân (THCS Phú Cường) trong tiết dạy môn Ngữ văn", "gb"),
            P("Qua hội thi, nhiều tiết dạy đã vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích "
              "cực, khai thác hiệu quả thiết bị dạy học và công nghệ thông tin; học sinh được hoạt động "
              "nhiều, chủ động chiếm lĩnh kiến thức."),
            P("Phòng GD&ĐT sẽ chọn 12 giáo viên có kết quả cao nhất tham gia Hội thi giáo viên dạy giỏi "
              "cấp tỉnh vào học kỳ II."),
            Raw('<p class="has-text-align-right"><strong>Tổ THCS</strong></p>'),
        ],
        authors=["Tổ THCS"],
        opts={"posted": "2026-11-16 09:30:00", "cats": ["hoat-dong-chuyen-mon"], "author": "bientap",
              "tags": ["ngay-nha-giao-viet-nam"], "editor": "gutenberg"},
    ),
    Story(
        id=1375,
        slug="truong-th-long-trung-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường TH Long Trung đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T10:15:00+07:00",
        blocks=[
            _img(f"{UP}/2026/11/th-long-trung-chuan-qg-640x427.jpg", None, None, "featured"),
            P("Sáng ngày 11/11/2026, Trường Tiểu học Long Trung long trọng tổ chức lễ đón nhận Bằng công "
              "nhận trường đạt chuẩn quốc gia mức độ 2 và khánh thành 8 phòng học mới."),
            P("Trường Tiểu học Long Trung hiện có 2 điểm trường với 24 lớp, 712 học sinh và 38 cán bộ, "
              "giáo viên, nhân viên. Những năm qua, nhà trường luôn hoàn thành tốt nhiệm vụ được giao, tỷ "
              "lệ học sinh hoàn thành chương trình lớp học đạt trên 99%."),
            _img(f"{UP}/2026/11/IMG_20261111_084512-1024x768.jpg",
                 "Bà Võ Thị Bích Thủy, Phó Trưởng phòng GD&ĐT trao Bằng công nhận cho nhà trường",
                 "Bà Võ Thị Bích Thủy, Phó Trưởng phòng GD&ĐT trao Bằng công nhận cho nhà trường",
                 "gb_att"),
            P("Để đạt chuẩn mức độ 2, nhà trường đã tập trung xây dựng đội ngũ, đổi mới phương pháp dạy "
              "học theo Chương trình giáo dục phổ thông 2018; tranh thủ sự quan tâm của chính quyền địa "
              "phương và sự đóng góp của phụ huynh để nâng cấp cơ sở vật chất, xây dựng thư viện thân "
              "thiện và sân chơi cho học sinh."),
            P("“Danh hiệu trường chuẩn quốc gia mức độ 2 là niềm vui, niềm tự hào nhưng cũng là trách "
              "nhiệm lớn đối với tập thể sư phạm nhà trường trong việc duy trì và nâng cao chất lượng giáo "
              "dục”, thầy Nguyễn Hữu Phước, Hiệu trưởng nhà trường chia sẻ.", "quote"),
            P("Đến nay, toàn huyện có 51/64 trường đạt chuẩn quốc gia, trong đó có 17 trường đạt chuẩn "
              "mức độ 2."),
            _img(f"{UP}/2026/11/IMG_20261111_091207-1024x768.jpg",
                 "(Các em học sinh biểu diễn văn nghệ chào mừng buổi lễ)",
                 "Các em học sinh biểu diễn văn nghệ chào mừng buổi lễ", "gb"),
            Raw('<p class="has-text-align-right"><strong>Tin: Lê Thu Trang - Ảnh: Phan Thanh Sang'
                "</strong></p>"),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Phan Thanh Sang"],
        opts={"posted": "2026-11-12 10:15:00", "cats": ["giao-duc-tieu-hoc", "tin-tuc-su-kien"],
              "author": "pgdcailay", "tags": [], "editor": "gutenberg",
              "comments": [
                  (61, "Cựu học sinh Long Trung", "2026-11-12 20:05:00",
                   "Chúc mừng thầy cô và các em! Trường mình ngày càng khang trang."),
              ]},
    ),
    Story(
        id=1356,
        slug="boi-duong-ky-nang-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien",
        title="Bồi dưỡng kỹ năng ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-02T08:00:00+07:00",
        blocks=[
            _img(f"{UP}/2026/11/boi-duong-ai-640x427.jpg", None, None, "featured"),
            P("Trong hai ngày 31/10 và 1/11/2026, Phòng GD&ĐT huyện Cai Lậy tổ chức lớp bồi dưỡng kỹ năng "
              "ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng cho 180 cán bộ quản lý và giáo viên cốt cán "
              "các cấp học.", "b"),
            P("Lớp bồi dưỡng do giảng viên Trường Đại học Tiền Giang trực tiếp hướng dẫn, tập trung vào "
              "các nội dung: sử dụng công cụ AI hỗ trợ thiết kế kế hoạch bài dạy, tạo câu hỏi kiểm tra, "
              "đánh giá; xây dựng học liệu số và những lưu ý về đạo đức, bản quyền, bảo mật thông tin khi "
              "sử dụng AI."),
            P("Học đi đôi với hành", "h3"),
            P("Mỗi học viên được yêu cầu mang theo máy tính xách tay và thực hành ngay trên kế hoạch bài "
              "dạy của mình. Cuối khóa, các nhóm trình bày sản phẩm là một chủ đề dạy học có sử dụng học "
              "liệu do AI hỗ trợ tạo ra và được giảng viên nhận xét, góp ý."),
            _img(f"{UP}/2026/11/thuc-hanh-ai-soan-giang.jpg",
                 "Giáo viên thực hành thiết kế kế hoạch bài dạy với sự hỗ trợ của AI",
                 "Giáo viên thực hành thiết kế kế hoạch bài dạy với sự hỗ trợ của AI"),
            P("Nhiều giáo viên cho biết, công cụ AI giúp tiết kiệm đáng kể thời gian chuẩn bị, nhưng giáo "
              "viên vẫn phải kiểm tra kỹ nội dung, điều chỉnh cho phù hợp với đối tượng học sinh và chương "
              "trình."),
            P("Sau lớp bồi dưỡng, các giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn "
              "vị trước ngày 30/11/2026."),
            Raw('<p style="text-align: right;"><strong>ThS. Nguyễn Hoàng Phúc</strong></p>'),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        summary=(
            "Trong hai ngày 31/10 và 1/11/2026, Phòng GD&ĐT huyện Cai Lậy tổ chức lớp bồi dưỡng kỹ năng "
            "ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng cho 180 cán bộ quản lý và giáo viên cốt cán "
            "các cấp học."
        ),
        opts={"posted": "2026-11-02 08:00:00", "cats": ["hoat-dong-chuyen-mon"], "author": "bientap",
              "tags": [], "editor": "classic"},
    ),
    Story(
        id=1350,
        slug="cai-lay-100-truong-mam-non-trien-khai-chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam",
        title="Cai Lậy: 100% trường mầm non triển khai chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T14:00:00+07:00",
        blocks=[
            _img(f"{UP}/2026/10/mam-non-lay-tre-lam-trung-tam-640x427.jpg",
                 "Một góc hoạt động của trẻ Trường MN Hội Xuân",
                 "Một góc hoạt động của trẻ Trường MN Hội Xuân", "featured"),
            P("Thực hiện kế hoạch của Sở GD&ĐT Tiền Giang, năm học 2026 – 2027, Phòng GD&ĐT huyện Cai Lậy "
              "tiếp tục chỉ đạo 22 trường mầm non, mẫu giáo trên địa bàn triển khai chuyên đề “Xây dựng "
              "trường mầm non lấy trẻ làm trung tâm” giai đoạn 2."),
            P("Theo kế hoạch, mỗi trường xây dựng ít nhất một lớp điểm về môi trường giáo dục lấy trẻ làm "
              "trung tâm; tổ chức sinh hoạt chuyên môn theo cụm ít nhất hai lần trong một học kỳ; đánh giá "
              "sự tiến bộ của trẻ thông qua quan sát hằng ngày thay vì chỉ dựa vào các bài kiểm tra cuối "
              "chủ đề."),
            _img(f"{UP}/2026/10/goc-hoat-dong-mg-my-thanh-bac.jpg", "Ảnh: Võ Minh Quang", None),
            P("Qua kiểm tra đầu năm học, nhiều trường đã có sự thay đổi rõ nét. Các góc hoạt động được bố "
              "trí linh hoạt, gần gũi với trẻ; đồ dùng, đồ chơi phần lớn do giáo viên và phụ huynh tự làm "
              "từ vật liệu thiên nhiên như lá dừa, vỏ ốc, hạt điều."),
            P("Một số đơn vị làm tốt như: Trường MN Hội Xuân, Trường MG Mỹ Thành Bắc, Trường MN Thạnh "
              "Lộc."),
            P("Bên cạnh đó, vẫn còn một số lớp sắp xếp môi trường còn mang tính trình diễn, chưa phát huy "
              "được tính chủ động của trẻ.", "br"),
            P("Thời gian tới, Phòng GD&ĐT sẽ tổ chức hội thi “Môi trường giáo dục lấy trẻ làm trung tâm” "
              "cấp huyện vào tháng 3/2027 nhằm tạo điều kiện để các trường học hỏi, chia sẻ kinh nghiệm."),
            Raw("{{xemthem:1398}}"),
            Raw('<p style="text-align: right;"><strong>ThS. Võ Minh Quang – Chuyên viên Phòng GD&amp;ĐT'
                "</strong></p>"),
        ],
        authors=["Võ Minh Quang"],
        photographers=["Võ Minh Quang"],
        opts={"posted": "2026-10-30 14:00:00", "cats": ["tin-tuc-su-kien"], "author": "bientap",
              "tags": ["chuyen-de"], "editor": "classic"},
    ),
    Story(
        id=1340,
        slug="ke-hoach-to-chuc-hoi-thi-giai-dieu-tuoi-hong-cap-huyen-nam-2026",
        title="Kế hoạch tổ chức Hội thi “Giai điệu tuổi hồng” cấp huyện năm 2026",
        cat="thong-bao",
        published_at="2026-10-26T10:45:00+07:00",
        blocks=[
            _img(f"{UP}/2026/10/poster-giai-dieu-tuoi-hong-640x427.jpg", None, None, "featured"),
            P("Nhằm chào mừng kỷ niệm 77 năm Ngày truyền thống Học sinh, sinh viên và Hội Sinh viên Việt "
              "Nam (09/01/1950 – 09/01/2027), Huyện Đoàn phối hợp với Phòng GD&ĐT huyện Cai Lậy tổ chức "
              "Hội thi “Giai điệu tuổi hồng” năm 2026 dành cho học sinh THCS."),
            P("Đối tượng tham gia là học sinh đang học tại các trường THCS trên địa bàn huyện. Mỗi trường "
              "thành lập một đội tham gia với tối đa 15 thành viên."),
            P("Nội dung thi gồm hai phần: phần thi tiết mục tự chọn (đơn ca, song ca, tốp ca hoặc múa) với "
              "chủ đề ca ngợi quê hương, đất nước, tình thầy trò, tình bạn; phần thi nhảy dân vũ tập thể "
              "bài “Tiền Giang quê mình”."),
            P("Thời gian, địa điểm: vòng sơ khảo tổ chức tại các cụm trường từ ngày 16 đến ngày 20/11/2026; "
              "vòng chung kết dự kiến tổ chức vào tối ngày 08/01/2027 tại Trung tâm Văn hóa – Thể thao và "
              "Truyền thanh huyện."),
            P("Cơ cấu giải thưởng gồm 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích, kèm "
              "theo giấy khen của Ban Thường vụ Huyện Đoàn."),
            Raw('<p style="text-align: right;"><em>Nguồn: Huyện Đoàn Cai Lậy</em></p>'),
        ],
        source="Huyện Đoàn Cai Lậy",
        opts={"posted": "2026-10-26 10:45:00", "cats": ["thong-bao"], "author": "pgdcailay",
              "tags": [], "editor": "classic"},
    ),
    Story(
        id=1331,
        slug="ngày-hội-đọc-sách-sách-người-bạn-đồng-hành-tại-trường-thcs-thạnh-lộc",
        title="Ngày hội đọc sách “Sách – Người bạn đồng hành” tại Trường THCS Thạnh Lộc",
        cat="tin-tuc-su-kien",
        published_at="2026-10-20T06:05:00+07:00",
        blocks=[
            _img(f"{UP}/2026/10/ngay-hoi-doc-sach-thanh-loc-640x427.jpg", None, None, "featured"),
            P("Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, chiều ngày 17/10/2026, Trường THCS Thạnh Lộc "
              "tổ chức Ngày hội đọc sách với chủ đề “Sách – Người bạn đồng hành” thu hút hơn 600 học sinh "
              "tham gia."),
            P("Ngày hội gồm nhiều hoạt động bổ ích:"),
            P("Trưng bày, giới thiệu hơn 1.500 đầu sách thiếu nhi, sách tham khảo và sách về lịch sử địa "
              "phương;", "li"),
            P("Thi kể chuyện theo sách giữa các lớp;", "li"),
            P("Thi vẽ tranh bìa sách yêu thích;", "li"),
            P("Quyên góp sách cũ tặng thư viện Trường TH Thạnh Lộc và học sinh có hoàn cảnh khó khăn.",
              "li"),
            _img(f"{UP}/2026/10/gian-trung-bay-sach-1024x683.jpg",
                 "Học sinh tham quan gian trưng bày sách của thư viện trường",
                 "Học sinh tham quan gian trưng bày sách của thư viện trường", "gb"),
            P("Kết thúc ngày hội, nhà trường đã nhận được 845 quyển sách và truyện do học sinh, phụ huynh "
              "đóng góp. Ban tổ chức trao giải cho 6 tiết mục kể chuyện và 10 bức tranh đẹp."),
            P("Cô Trần Thị Mỹ Duyên, phụ trách thư viện cho biết, sau ngày hội, số lượt học sinh mượn sách "
              "tăng lên rõ rệt; thư viện sẽ mở thêm giờ phục vụ vào giờ ra chơi và buổi chiều thứ Sáu hằng "
              "tuần."),
            Raw('<p class="has-text-align-right"><em>Thanh Tâm (THCS Thạnh Lộc)</em></p>'),
        ],
        authors=["Thanh Tâm"],
        opts={"posted": "2026-10-20 06:05:00", "cats": ["tin-tuc-su-kien"], "author": "bientap",
              "tags": ["van-hoa-doc"], "editor": "gutenberg"},
    ),
    Story(
        id=1318,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-tam-binh-cam-son",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường tiểu học Tam Bình – Cẩm Sơn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-14T08:15:00+07:00",
        blocks=[
            _img(f"{UP}/2026/10/shcm-tam-binh-cam-son-640x427.jpg", None, None, "featured"),
            P("Ngày 13/10/2026, cụm chuyên môn các trường tiểu học Tam Bình – Cẩm Sơn tổ chức buổi sinh "
              "hoạt chuyên môn theo hướng nghiên cứu bài học tại Trường TH Tam Bình 1, với sự tham dự của "
              "45 giáo viên khối lớp 4."),
            P("Tiết dạy nghiên cứu là bài “Tìm số trung bình cộng” môn Toán lớp 4 do cô Võ Thị Thanh Nga "
              "thực hiện. Thay vì tập trung nhận xét giáo viên, người dự giờ quan sát và ghi chép việc học "
              "của từng nhóm học sinh: em nào còn lúng túng, vì sao các em gặp khó khăn và giáo viên đã hỗ "
              "trợ như thế nào."),
            _img(f"{UP}/2026/10/du-gio-nghien-cuu-bai-hoc.jpg",
                 "Giáo viên dự giờ quan sát hoạt động học của học sinh",
                 "Giáo viên dự giờ quan sát hoạt động học của học sinh"),
            P("Trong phần thảo luận, các thầy cô thống nhất điều chỉnh một số bước trong tiến trình bài "
              "học, tăng thời gian để học sinh tự tìm cách tính và chia sẻ với bạn trước khi giáo viên chốt "
              "kiến thức."),
            P("Cụm chuyên môn sẽ tiếp tục tổ chức sinh hoạt luân phiên tại các trường TH Cẩm Sơn, TH Tam "
              "Bình 2 vào tháng 11 và tháng 12/2026."),
            _img(f"{UP}/2026/11/co-thanh-nga-huong-dan-nhom.jpg",
                 "Cô Võ Thị Thanh Nga hướng dẫn học sinh làm việc nhóm",
                 "Cô Võ Thị Thanh Nga hướng dẫn học sinh làm việc nhóm"),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đoàn Thị Kim Loan (TH Tam Bình 1)'
                "</strong></p>"),
        ],
        authors=["Đoàn Thị Kim Loan"],
        photographers=["Đoàn Thị Kim Loan"],
        opts={"posted": "2026-10-14 08:15:00", "modified": "2026-11-20 10:02:11",
              "cats": ["giao-duc-tieu-hoc", "hoat-dong-chuyen-mon"], "author": "pgdcailay",
              "tags": ["chuyen-de"], "editor": "classic"},
    ),
    Story(
        id=1302,
        slug="ra-quan-huong-ung-thang-an-toan-giao-thong-cho-hoc-sinh-dau-nam-hoc",
        title="Ra quân hưởng ứng Tháng an toàn giao thông cho học sinh đầu năm học",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T16:30:00+07:00",
        blocks=[
            P("Ngày 7/10/2026, Phòng GD&ĐT phối hợp Công an huyện Cai Lậy tổ chức lễ ra quân hưởng ứng "
              "Tháng an toàn giao thông cho học sinh đầu năm học 2026 – 2027 tại Trường THCS Mỹ Thành "
              "Nam."),
            P("Theo báo cáo của Công an huyện, trong năm học vừa qua trên địa bàn huyện xảy ra 7 vụ tai "
              "nạn giao thông có liên quan đến học sinh, làm 2 em tử vong, 6 em bị thương. Nguyên nhân chủ "
              "yếu do các em điều khiển xe máy khi chưa đủ tuổi, không đội mũ bảo hiểm, đi hàng ba, hàng "
              "tư trên đường."),
            P("Tại lễ ra quân, đại diện học sinh các trường đã ký cam kết chấp hành nghiêm các quy định về "
              "an toàn giao thông; Công an huyện tặng 300 mũ bảo hiểm đạt chuẩn cho học sinh lớp 6 có hoàn "
              "cảnh khó khăn."),
            _img("https://baoapbac.vn/upload/images/2026/10/08/tang-mu-bao-hiem-hs-my-thanh-nam.jpg",
                 "Tặng mũ bảo hiểm cho học sinh Trường THCS Mỹ Thành Nam",
                 "Tặng mũ bảo hiểm cho học sinh Trường THCS Mỹ Thành Nam", "emp"),
            P("Trong tháng cao điểm, các trường sẽ lồng ghép giáo dục an toàn giao thông vào giờ chào cờ, "
              "sinh hoạt lớp; tổ chức cho học sinh tham gia cuộc thi “Em yêu an toàn giao thông” và phối "
              "hợp với phụ huynh quản lý việc sử dụng xe máy của học sinh."),
            Raw('<p style="text-align: right;"><strong><span style="font-family: \'times new roman\', '
                'times; font-size: 14pt;">Hoàng Vũ</span></strong></p>'),
        ],
        authors=["Hoàng Vũ"],
        source="Báo Ấp Bắc",
        opts={"posted": "2026-10-08 16:30:00", "cats": ["tin-tuc-su-kien"], "author": "bientap",
              "tags": [], "editor": "import",
              "source_box": ("Báo Ấp Bắc", "https://baoapbac.vn/giao-duc/202610/ra-quan-thang-an-toan-giao-thong")},
    ),
]

BY_ID = {st.id: st for st in STORIES}
# newest first, as every WordPress listing
STORIES.sort(key=lambda st: st.opts["posted"], reverse=True)


# --- small helpers --------------------------------------------------------------------------

_TX = {"\u201c": "&#8220;", "\u201d": "&#8221;", "\u2013": "&#8211;", "\u2026": "&#8230;", "\u2019": "&#8217;"}


def tx(value: str, *, nfd: bool = False) -> str:
    """Text as wptexturize leaves it: escaped, typographic characters as numeric references."""
    out = text(value, nfd=nfd)
    for ch, ent in _TX.items():
        out = out.replace(ch, ent)
    return out


def raw_title(value: str) -> str:
    """The title as typed (og:title, JSON-LD headline, Yoast's <title>): straight quotes, hyphens."""
    return value.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")


def local_dt(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")


def utc_iso(stamp: str) -> str:
    return (local_dt(stamp) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def vi_date(stamp: str) -> str:
    d = local_dt(stamp)
    return f"{VI_MONTHS[d.month - 1]} {d.day}, {d.year}"


def uid(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:7]


def slug_url(slug: str) -> str:
    """A slug as WordPress prints it in links: UTF-8 percent-escapes in lower case."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(slug, safe="-"))


def post_path(st: Story) -> str:
    d = local_dt(st.opts["posted"])
    return f"/{d:%Y/%m/%d}/{slug_url(st.slug)}/"


def modified(st: Story) -> str:
    return st.opts.get("modified") or st.opts["posted"]


def featured(st: Story) -> Img | None:
    return next((b for b in st.blocks if isinstance(b, Img) and b.style == "featured"), None)


def thumb(st: Story, size: str) -> str:
    f = featured(st)
    if not f:
        return NO_THUMB.format(size=size)
    return re.sub(r"-\d+x\d+\.jpg$", f"-{size}.jpg", f.src)


def full_size(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def first_words(value: str, n: int) -> str:
    words = value.split()
    return value if len(words) <= n else " ".join(words[:n]) + "..."


def excerpt(st: Story, n: int = 25) -> str:
    paras = st.paragraphs
    return first_words(paras[0], n) if paras else ""


def cat_link(slug: str) -> str:
    return f"/category/{slug}/"


def in_cat(slug: str) -> list[Story]:
    return [st for st in STORIES if slug in st.opts["cats"]]


def by_author(login: str) -> list[Story]:
    return [st for st in STORIES if st.opts["author"] == login]


def by_tag(tag: str) -> list[Story]:
    return [st for st in STORIES if tag in st.opts["tags"]]


def author_link(login: str) -> str:
    return f"/author/{login}/"


# --- listing modules (tagDiv) ---------------------------------------------------------------


def _meta_info(st: Story, cls: str = "td-module-meta-info") -> str:
    login = st.opts["author"]
    return (
        f'<div class="{cls}"><span class="td-post-author-name"><a href="{author_link(login)}">'
        f"{esc(AUTHORS[login][0])}</a> <span>-</span> </span>"
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
        f'datetime="{utc_iso(modified(st))}" >{vi_date(modified(st))}</time></span>'
        f'<div class="td-module-comments"><a href="{post_path(st)}#respond">'
        f'{len(st.opts.get("comments", []))}</a></div></div>'
    )


def _thumb_html(st: Story, size: str, w: int, h: int) -> str:
    title = tx(st.title)
    return (
        f'<div class="td-module-thumb"><a href="{post_path(st)}" rel="bookmark" class="td-image-wrap" '
        f'title="{title}"><img width="{w}" height="{h}" class="entry-thumb" src="{thumb(st, size)}" '
        f'alt="" title="{title}"/></a></div>'
    )


def mod_title(st: Story, limit: int | None = None, tag: str = "h3") -> str:
    shown = first_words(st.title, limit) if limit else st.title
    return (
        f'<{tag} class="entry-title td-module-title"><a href="{post_path(st)}" rel="bookmark" '
        f'title="{tx(st.title)}">{tx(shown)}</a></{tag}>'
    )


def module_4(st: Story) -> str:
    c = st.cat
    return (
        '<div class="td_module_4 td_module_wrap td-animation-stack">'
        f'<div class="td-module-image">{_thumb_html(st, "300x194", 300, 194)}'
        f'<a href="{cat_link(c)}" class="td-post-category">{esc(CATS[c]["name"])}</a></div>'
        f"{mod_title(st, 9)}{_meta_info(st, 'meta-info')}"
        f'<div class="td-excerpt">{tx(excerpt(st))}</div></div>'
    )


def module_6(st: Story) -> str:
    return (
        '<div class="td_module_6 td_module_wrap td-animation-stack">'
        f'{_thumb_html(st, "100x70", 100, 70)}<div class="item-details">{mod_title(st, 9)}'
        f'<div class="meta-info"><span class="td-post-date"><time class="entry-date updated '
        f'td-module-date" datetime="{utc_iso(modified(st))}" >{vi_date(modified(st))}</time></span>'
        "</div></div></div>"
    )


def module_1(st: Story) -> str:
    """The category/author/tag archive module: full title, image, meta, excerpt."""
    c = st.cat
    return (
        '<div class="td_module_1 td_module_wrap td-animation-stack">'
        f'<div class="td-module-image">{_thumb_html(st, "300x194", 300, 194)}'
        f'<a href="{cat_link(c)}" class="td-post-category">{esc(CATS[c]["name"])}</a></div>'
        f"{mod_title(st)}{_meta_info(st, 'meta-info')}"
        f'<div class="td-excerpt">{tx(excerpt(st, 30))}</div></div>'
    )


def module_mx(st: Story, n: int) -> str:
    c = st.cat
    return (
        f'<div class="td_module_mx{1 if n == 0 else 2} td-animation-stack td-big-grid-post-{n} '
        f'td-big-grid-post td-{"big" if n == 0 else "small"}-thumb">'
        f'{_thumb_html(st, "534x360" if n == 0 else "265x198", 534 if n == 0 else 265, 360 if n == 0 else 198)}'
        '<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">'
        f'<a href="{cat_link(c)}" class="td-post-category">{esc(CATS[c]["name"])}</a>'
        f'{mod_title(st, None if n == 0 else 9)}</div>{_meta_info(st)}</div></div></div>'
    )


def block_atts(n: int, **kw) -> str:
    atts = {"limit": str(PER_PAGE), "sort": "", "post_ids": "", "tag_slug": "", "autors_id": "",
            "installed_post_types": "", "category_id": "", "category_ids": "", "custom_title": "",
            "custom_url": "", "show_child_cat": "", "sub_cat_ajax": "", "ajax_pagination": "next_prev",
            "header_color": "#", "header_text_color": "#", "ajax_pagination_infinite_stop": "",
            "td_column_number": 2, "td_ajax_preloading": "", "td_ajax_filter_type": "",
            "td_ajax_filter_ids": "", "td_filter_default_txt": "Tất cả", "color_preset": "",
            "border_top": "", "class": f"td_uid_{n}_5fd0c1a2b3c4d_rand", "el_class": "", "offset": "",
            "css": "", "tdc_css": "", "tdc_css_class": f"td_uid_{n}_5fd0c1a2b3c4d_rand_style",
            "live_filter": "", "live_filter_cur_post_id": "", "live_filter_cur_post_author": "",
            "block_template_id": ""}
    atts.update(kw)
    return json.dumps(atts, ensure_ascii=False).replace("/", "\\/")


def block_script(n: int, block_type: str, atts: str, pages: int) -> str:
    var = f"block_td_uid_{n}_5fd0c1a2b3c4d"
    return (
        f"<script>var {var} = new tdBlock();\n{var}.id = \"td_uid_{n}_5fd0c1a2b3c4d\";\n"
        f"{var}.atts = '{atts}';\n{var}.td_column_number = \"2\";\n{var}.block_type = \"{block_type}\";\n"
        f"{var}.post_count = \"{PER_PAGE}\";\n{var}.found_posts = \"{pages * PER_PAGE}\";\n"
        f"{var}.header_color = \"\";\n{var}.ajax_pagination_infinite_stop = \"\";\n"
        f"{var}.max_num_pages = \"{pages}\";\ntdBlocksArray.push({var});\n</script>"
    )


def next_prev(n: int, has_next: bool) -> str:
    bid = f"td_uid_{n}_5fd0c1a2b3c4d"
    return (
        f'<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" '
        f'id="prev-page-{bid}" data-td_block_id="{bid}"><i class="td-icon-font td-icon-menu-left"></i></a>'
        f'<a href="#" class="td-ajax-next-page{"" if has_next else " ajax-page-disabled"}" '
        f'id="next-page-{bid}" data-td_block_id="{bid}"><i class="td-icon-font td-icon-menu-right"></i>'
        "</a></div>"
    )


# --- chrome ---------------------------------------------------------------------------------

SITE_ESC = esc(SITE)


def head(request: Request, title: str, extra: str = "", robots: str | None = None) -> str:
    base = base_url(request)
    jbase = base.replace("/", "\\/")
    robots_meta = robots or "index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1"
    return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="vi"> <!--<![endif]-->
<head>
    <title>{title}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />
    <link rel="icon" type="image/png" href="{UP}/2021/03/favicon-pgd.png">
<!-- This site is optimized with the Yoast SEO plugin v15.9.2 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="robots" content="{robots_meta}" />
{extra}
<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="{SITE_ESC} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel='stylesheet' id='wp-block-library-css'  href='/wp-includes/css/dist/block-library/style.min.css?ver=5.7.2' type='text/css' media='all' />
<link rel='stylesheet' id='contact-form-7-css'  href='/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.4' type='text/css' media='all' />
<link rel='stylesheet' id='wp-polls-css'  href='/wp-content/plugins/wp-polls/polls-css.css?ver=2.75.6' type='text/css' media='all' />
<link rel='stylesheet' id='a3a3_lazy_load-css'  href='/wp-content/uploads/sass/a3_lazy_load.min.css?ver=1615884471' type='text/css' media='all' />
<link rel='stylesheet' id='elementor-frontend-css'  href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.1.4' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css'  href='/wp-content/themes/Newsmag/style.css?ver=5.1' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-child-css'  href='/wp-content/themes/Newsmag-child/style.css?ver=5.1c' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.5.1' id='jquery-core-js'></script>
<meta name="generator" content="WordPress 5.7.2" />
<meta name="generator" content="Elementor 3.1.4; features: e_optimized_assets_loading; settings: css_print_method-external, google_font-enabled, font_display-auto">
<!--[if lt IE 9]><script src="https://cdnjs.cloudflare.com/ajax/libs/html5shiv/3.7.3/html5shiv.js"></script><![endif]-->
<!-- JS generated by theme -->
<script>
    var tdBlocksArray = []; //here we store all the items for the current page
    var tdLocalCache = {{}};
    var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":251}},{{"limitBottom":1023,"sidebarWidth":339}}];
    var td_ajax_url="{jbase}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newsmag&v=5.1";
    var td_get_template_directory_uri="{jbase}\\/wp-content\\/themes\\/Newsmag";
    var tds_snap_menu="snap";
    var tds_logo_on_sticky="";
    var tds_header_style="";
    var td_please_wait="Vui l\\u00f2ng ch\\u1edd...";
    var td_email_user_pass_incorrect="Ng\\u01b0\\u1eddi d\\u00f9ng ho\\u1eb7c m\\u1eadt kh\\u1ea9u kh\\u00f4ng ch\\u00ednh x\\u00e1c!";
    var td_ad_background_click_link="";
    var td_ad_background_click_target="";
</script>
</head>
"""


MENU_ITEMS = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"), ("/co-cau-to-chuc/", "Cơ cấu tổ chức")]),
    ("/category/tin-tuc-su-kien/", "Tin tức - Sự kiện", "mega"),
    ("/category/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn",
     [("/category/giao-duc-tieu-hoc/", "Giáo dục Tiểu học")]),
    ("/category/thong-bao/", "Thông báo", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("https://vanban.tiengiang.gov.vn/", "Văn bản", []),
    ("/lien-he/", "Liên hệ", []),
]


def mega_menu() -> str:
    posts = in_cat("tin-tuc-su-kien")[:4]
    mods = "".join(
        '<div class="td-mega-span"><div class="td_module_mega_menu td_mod_mega_menu">'
        f'<div class="td-module-image">{_thumb_html(st, "180x135", 180, 135)}</div>'
        f'<div class="item-details">{mod_title(st, 9)}</div></div></div>'
        for st in posts
    )
    return (
        '<ul class="sub-menu"><li id="menu-item-0" class="menu-item-0"><div class="td-container-border">'
        '<div class="td-mega-grid"><div class="td_block_wrap td_block_mega_menu td_uid_2_5fd0c1a2b3c4d_rand '
        'td-no-subcats td_with_ajax_pagination td-pb-border-top td_block_template_1" '
        'data-td-block-uid="td_uid_2_5fd0c1a2b3c4d">'
        f'<div id="td_uid_2_5fd0c1a2b3c4d" class="td_block_inner"><div class="td-mega-row">{mods}</div></div>'
        f"{next_prev(2, True)}<div class=\"clearfix\"></div></div></div></div></li></ul>"
    )


def main_menu() -> str:
    out = []
    for i, (href, label, sub) in enumerate(MENU_ITEMS):
        mid = 21 + i * 3
        if sub == "mega":
            out.append(
                f'<li id="menu-item-{mid}" class="menu-item menu-item-type-taxonomy menu-item-object-category '
                f'td-menu-item td-mega-menu menu-item-{mid}"><a href="{href}">{tx(label.replace(" - ", " – "))}</a>'
                f"{mega_menu()}</li>"
            )
        elif sub:
            items = "".join(
                f'<li class="menu-item td-menu-item td-normal-menu"><a href="{h}">{tx(t)}</a></li>' for h, t in sub
            )
            out.append(
                f'<li id="menu-item-{mid}" class="menu-item menu-item-has-children td-menu-item td-normal-menu '
                f'menu-item-{mid}"><a href="{href}">{tx(label)}</a><ul class="sub-menu">{items}</ul></li>'
            )
        else:
            out.append(
                f'<li id="menu-item-{mid}" class="menu-item td-menu-item td-normal-menu menu-item-{mid}">'
                f'<a href="{href}">{tx(label)}</a></li>'
            )
    return '<div class="menu-main-menu-container"><ul id="menu-main-menu" class="sf-menu">' + "".join(out) + "</ul></div>"


HIDDEN = ' style="display: none"'


def ticker() -> str:
    items = "".join(
        f'<div class="td_module_trending_now td-trending-now-post-{i} td-trending-now-post"'
        f'{"" if i == 0 else HIDDEN}>{mod_title(st)}</div>'
        for i, st in enumerate(STORIES[:5])
    )
    return (
        '<div class="td-header-row td-header-trending-now"><div class="td_block_wrap td_block_trending_now '
        'td_uid_1_5fd0c1a2b3c4d_rand td-pb-border-top td_block_template_1" '
        'data-td-block-uid="td_uid_1_5fd0c1a2b3c4d"><div class="td-trending-now-wrapper" '
        'id="td_uid_1_5fd0c1a2b3c4d" data-start=""><div class="td-trending-now-title">Tin mới</div>'
        f'<div class="td-trending-now-display-area">{items}</div>'
        '<div class="td-next-prev-wrap"><a href="#" class="td-trending-now-nav-left" '
        'data-block-id="td_uid_1_5fd0c1a2b3c4d" data-moving="left" data-control-start="">'
        '<i class="td-icon-menu-left"></i></a><a href="#" class="td-trending-now-nav-right" '
        'data-block-id="td_uid_1_5fd0c1a2b3c4d" data-moving="right" data-control-start="">'
        '<i class="td-icon-menu-right"></i></a></div></div></div></div>'
    )


def header() -> str:
    return f"""<div id="td-outer-wrap">
<div class="td-header-container td-header-wrap td-header-style-1">
 <div class="td-header-row td-header-top-menu">
  <div class="td-top-bar-container top-bar-style-1">
   <div class="td-header-sp-top-menu">
    <div class="td_data_time"><div style="visibility:visible;">{HEADER_DATE}</div></div>
    <div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu">
     <li class="menu-item td-menu-item td-normal-menu"><a href="/lien-he/">Liên hệ</a></li>
     <li class="menu-item td-menu-item td-normal-menu"><a href="https://mail.tiengiang.edu.vn/">Thư điện tử</a></li>
     <li class="menu-item td-menu-item td-normal-menu"><a href="https://tiengiang.edu.vn/">Sở GD&amp;ĐT Tiền Giang</a></li>
    </ul></div>
   </div>
   <div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/pgdcailay" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://www.youtube.com/channel/UCpgdcailay" title="Youtube"><i class="td-icon-font td-icon-youtube"></i></a></span></div>
  </div>
 </div>
 <div class="td-header-row td-header-header">
  <div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" data-retina="{UP}/2021/03/logo-pgd-cai-lay-retina.png" src="{UP}/2021/03/logo-pgd-cai-lay.png" alt="{SITE_ESC}" title="{esc(SITE_LONG)}"/><span class="td-visual-hidden">{SITE_ESC}</span></a></div>
  <div class="td-header-sp-rec"><div class="td-header-ad-wrap  td-ad-m td-ad-tp td-ad-p"><div class="td-a-rec td-a-rec-id-header "><img src="{UP}/2021/03/banner-pgd-cai-lay-728x90.jpg" alt="Phòng Giáo dục và Đào tạo huyện Cai Lậy - Tỉnh Tiền Giang" width="728" height="90"></div></div></div>
 </div>
 <div class="td-header-menu-wrap">
  <div class="td-header-row td-header-border td-header-main-menu">
   <div id="td-header-menu" role="navigation">
    <div id="td-top-mobile-toggle"><a href="#"><i class="td-icon-font td-icon-mobile"></i></a></div>
    <div class="td-main-menu-logo td-logo-in-header"><a class="td-main-logo" href="/"><img src="{UP}/2021/03/logo-pgd-cai-lay.png" alt="{SITE_ESC}"/></a></div>
    {main_menu()}
   </div>
   <div class="td-search-wrapper"><div id="td-top-search"><div class="header-search-wrap"><div class="dropdown header-search"><a id="td-header-search-button" href="#" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div></div></div></div>
   <div class="header-search-wrap"><div class="dropdown header-search"><div class="td-drop-down-search" aria-labelledby="td-header-search-button"><form method="get" class="td-search-form" action="/"><div role="search" class="td-head-form-search-wrap"><input class="needsclick" id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Tìm kiếm" /></div></form><div id="td-aj-search"></div></div></div></div>
  </div>
 </div>
 {ticker()}
</div>
"""


POPULAR = [1412, 1398, 1420, 1375]


def sidebar() -> str:
    pop = "".join(module_6(BY_ID[i]) for i in POPULAR)
    return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7 td_block_widget td_uid_9_5fd0c1a2b3c4d_rand td-pb-border-top td_block_template_1" data-td-block-uid="td_uid_9_5fd0c1a2b3c4d"><h4 class="block-title"><span class="td-pulldown-size">ĐỌC NHIỀU NHẤT</span></h4><div id="td_uid_9_5fd0c1a2b3c4d" class="td_block_inner">{pop}</div></div>
<aside class="widget widget_text"><div class="block-title"><span>LIÊN KẾT WEBSITE</span></div><div class="textwidget"><p><select style="width: 100%;" onchange="if (this.value) window.open(this.value);" name="lienket"><option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option><option value="https://tiengiang.edu.vn/">Sở GD&amp;ĐT Tiền Giang</option><option value="https://caylay.tiengiang.gov.vn/">Cổng TTĐT huyện Cai Lậy</option><option value="https://csdl.moet.gov.vn/">CSDL ngành Giáo dục</option><option value="https://temis.csdl.edu.vn/">Hệ thống TEMIS</option></select></p>
<p><a href="https://dichvucong.tiengiang.gov.vn/" target="_blank" rel="noopener"><img class="aligncenter size-full wp-image-412" src="{UP}/2021/04/banner-dich-vu-cong.jpg" alt="Dịch vụ công trực tuyến" width="300" height="90" /></a></p></div></aside>
<aside class="widget widget_polls-widget"><div class="block-title"><span>THĂM DÒ Ý KIẾN</span></div><div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="4f1c2a9b7e" /></p><p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p><p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện website mới?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Đẹp, dễ sử dụng</label></li><li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Bình thường</label></li><li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Cần cải thiện</label></li></ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></aside>
<aside class="widget widget_wpstatistics_widget"><div class="block-title"><span>THỐNG KÊ TRUY CẬP</span></div><ul><li><label>Đang online:&nbsp;</label>27</li><li><label>Hôm nay:&nbsp;</label>412</li><li><label>Hôm qua:&nbsp;</label>1.034</li><li><label>Tuần này:&nbsp;</label>5.288</li><li><label>Tổng truy cập:&nbsp;</label>1.285.640</li></ul></aside>
<aside class="widget widget_text"><div class="block-title"><span>FACEBOOK</span></div><div class="textwidget"><iframe style="border: none; overflow: hidden;" src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fpgdcailay&amp;tabs&amp;width=300&amp;height=130" width="300" height="130" frameborder="0" scrolling="no"></iframe></div></aside>
</div></div>"""


def footer() -> str:
    return f"""<div class="td-footer-container td-container">
 <div class="td-pb-row">
  <div class="td-pb-span4"><aside class="widget widget_text"><div class="block-title"><span>{esc(SITE_LONG.upper())}</span></div><div class="textwidget">
   <p>Địa chỉ: Số 08, đường 30 Tháng 4, khu 1, thị trấn Bình Phú, huyện Cai Lậy, tỉnh Tiền Giang</p>
   <p>Điện thoại: 0273.3826.218 &#8211; Fax: 0273.3826.219</p>
   <p>Email: <a href="mailto:pgdcailay@tiengiang.edu.vn">pgdcailay@tiengiang.edu.vn</a></p></div></aside></div>
  <div class="td-pb-span4"><aside class="widget widget_nav_menu"><div class="block-title"><span>CHUYÊN MỤC</span></div><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="/category/tin-tuc-su-kien/">Tin tức &#8211; Sự kiện</a></li><li class="menu-item"><a href="/category/hoat-dong-chuyen-mon/">Hoạt động chuyên môn</a></li><li class="menu-item"><a href="/category/thong-bao/">Thông báo</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div></aside></div>
  <div class="td-pb-span4"><aside class="widget widget_text"><div class="block-title"><span>BẢN ĐỒ</span></div><div class="textwidget"><p><a href="https://goo.gl/maps/pgdcailay" target="_blank" rel="noopener">Xem bản đồ đường đi</a></p></div></aside></div>
 </div>
</div>
<div class="td-sub-footer-container td-container td-container-border ">
 <div class="td-pb-row">
  <div class="td-pb-span8 td-sub-footer-menu"><div class="menu-top-container"><ul class="td-subfooter-menu"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div></div>
  <div class="td-pb-span4 td-sub-footer-copy">&copy; Bản quyền thuộc về {esc(SITE_LONG)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
 </div>
</div>
</div><!--close td-outer-wrap-->
<script type='text/javascript' src='/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.min.js?ver=2.4.5' id='jquery-lazyloadxt-js'></script>
<script type='text/javascript' src='/wp-content/themes/Newsmag/js/tagdiv_theme.min.js?ver=5.1' id='td-site-min-js'></script>
<script type='text/javascript' src='/wp-includes/js/wp-embed.min.js?ver=5.7.2' id='wp-embed-js'></script>
</body>
</html>"""


def page(request: Request, title: str, body_class: str, main: str, extra_head: str = "",
         robots: str | None = None, with_sidebar: bool = True, status: int = 200,
         top: str = "") -> Response:
    side = sidebar() if with_sidebar else ""
    doc = (
        head(request, title, extra_head, robots)
        + f'<body class="{body_class} global-block-template-1 elementor-default elementor-kit-6 td-full-layout" '
        'itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
        + header()
        + '<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-container-border">'
        + top
        + f'<div class="td-pb-row">{main}{side}</div></div></div></div>\n'
        + footer()
    )
    return html(doc, status=status)


def crumbs(items: list[tuple[str | None, str]]) -> str:
    """tagDiv's breadcrumb: links, then the last item without one. Names as typed (no texturize)."""
    parts = ['<span><a title="" class="entry-crumb" href="/">Trang chủ</a></span>']
    for href, label in items:
        sep = '<i class="td-icon-right td-bread-sep"></i>' if href else '<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i>'
        if href:
            parts.append(
                f'{sep} <span><a title="Xem tất cả bài viết trong {esc(label)}" class="entry-crumb" '
                f'href="{href}">{esc(label)}</a></span>'
            )
        else:
            parts.append(f'{sep} <span class="td-bred-no-url-last">{tx(label)}</span>')
    return '<div class="entry-crumbs" itemprop="breadcrumb">' + " ".join(parts) + "</div>"


# --- the text of a post ---------------------------------------------------------------------

AD_INLINE = (
    '<div class="td-a-rec td-a-rec-id-content_inline "><a href="https://tuyensinhdaucap.tiengiang.edu.vn/" '
    f'target="_blank" rel="noopener"><img src="{UP}/2026/06/banner-tuyen-sinh-dau-cap-2027.jpg" '
    'alt="Tuyển sinh đầu cấp trực tuyến năm học 2027 - 2028" width="640" height="120"></a></div>'
)
IMPORT_SPAN = "<span style=\"font-family: 'times new roman', times; font-size: 14pt;\">"


def attachment_id(src: str) -> int:
    return 5500 + int(hashlib.md5(src.encode()).hexdigest()[:4], 16) % 400


def lazy_img(src: str, cls: str, w: int, h: int, alt: str = "", extra: str = "") -> str:
    """a3 Lazy Load's rewrite of a content image: placeholder src, real file in data-src."""
    srcset = ""
    if src.startswith("/"):
        small = re.sub(r"(-\d+x\d+)?(\.\w+)$", r"-300x200\2", src)
        srcset = f' data-srcset="{src} {w}w, {small} 300w" sizes="(max-width: {w}px) 100vw, {w}px"'
    return (
        f'<img loading="lazy" class="lazy lazy-hidden {cls}" src="{LAZY}" data-lazy-type="image" '
        f'data-src="{src}" alt="{esc(alt)}" width="{w}" height="{h}"{srcset}{extra} />'
        f'<noscript><img loading="lazy" class="{cls}" src="{src}" alt="{esc(alt)}" width="{w}" '
        f'height="{h}" /></noscript>'
    )


def attachment_slug(src: str) -> str:
    name = src.rsplit("/", 1)[-1]
    return re.sub(r"(-\d+x\d+)?\.\w+$", "", name).lower()


def render_img(st: Story, img: Img) -> str:
    aid = attachment_id(img.src)
    nfd = st.opts["editor"] == "import"
    cap = tx(img.printed, nfd=nfd) if img.printed else ""
    if img.style == "wpcap":
        tag = lazy_img(img.src, f"size-full wp-image-{aid}", 800, 533,
                       extra=f' aria-describedby="caption-attachment-{aid}"')
        if not img.printed:
            return f'<p style="text-align: center;">{tag}</p>'
        return (
            f'<div id="attachment_{aid}" style="width: 810px" class="wp-caption aligncenter">{tag}'
            f'<p id="caption-attachment-{aid}" class="wp-caption-text">{cap}</p></div>'
        )
    if img.style == "emp":
        tag = lazy_img(img.src, f"aligncenter size-large wp-image-{aid}", 1024, 683)
        line = f"{IMPORT_SPAN}<em>{cap}</em></span>" if nfd else f"<em>{cap}</em>"
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;">{line}</p>'
    if img.style in ("gb", "gb_att"):
        tag = lazy_img(img.src, f"wp-image-{aid}", 1024, 768 if "1024x768" in img.src else 683)
        if img.style == "gb_att":
            tag = f'<a href="{post_path(st)}{attachment_slug(img.src)}/">{tag}</a>'
        figcap = f"<figcaption>{cap}</figcaption>" if img.printed else ""
        return f'<figure class="wp-block-image size-large">{tag}{figcap}</figure>'
    raise ValueError(img.style)


def placeholder(st: Story, key: str) -> str:
    if key == "letterhead":
        return (
            '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
            '<td style="width: 42%; text-align: center; vertical-align: top;"><strong>UBND HUYỆN CAI LẬY</strong>'
            "<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />&#8212;&#8212;&#8212;</td>"
            '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
            "NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u></strong></td>"
            '</tr><tr><td style="text-align: center;">Số: 512/TB-PGDĐT</td>'
            '<td style="text-align: center;"><em>Cai Lậy, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>'
            '\n<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
            "<strong>Về việc lịch kiểm tra cuối học kỳ I năm học 2026 &#8211; 2027</strong></p>"
        )
    if key == "closing":
        return (
            '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
            '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
            "&#8211; Các trường TH, THCS;<br />&#8211; Lãnh đạo Phòng;<br />&#8211; Lưu: VT, CM.</td>"
            '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong>'
            "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Thống</strong></td></tr></tbody></table>"
            '\n<p>Tập tin đính kèm: <a href="/wp-content/uploads/2026/12/512-TB-PGDDT-lich-kiem-tra-HKI.pdf">'
            "512-TB-PGDDT-lich-kiem-tra-HKI.pdf</a></p>"
        )
    if key == "attach_pdf":
        return (
            f'<p><strong>Tải về:</strong> <a href="{post_path(st)}{PDF_ATTACHMENT}/" rel="attachment wp-att-5688">'
            "Phiếu đăng ký tham gia biên soạn tài liệu GDĐP</a></p>"
        )
    if key == "el_button":
        return el_widget(st, "button", (
            '<div class="elementor-button-wrapper"><a href="/wp-content/uploads/2026/11/QD-tuyen-duong-nha-giao-tieu-bieu-2026.pdf" '
            'class="elementor-button-link elementor-button elementor-size-sm" role="button">'
            '<span class="elementor-button-content-wrapper"><span class="elementor-button-icon elementor-align-icon-left">'
            '<i aria-hidden="true" class="fas fa-file-pdf"></i></span><span class="elementor-button-text">'
            "Tải danh sách nhà giáo được tuyên dương (PDF)</span></span></a></div>"
        ), seed="btn")
    kind, _, arg = key.partition(":")
    other = BY_ID[int(arg)]
    if kind == "xemthem":
        return (
            f'<p><strong>Xem thêm:</strong> <a href="{post_path(other)}">{tx(other.title)}</a></p>'
        )
    if kind == "embed":
        secret = uid(f"secret{other.id}")[:10]
        return (
            f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{post_path(other)}">'
            f"{tx(other.title)}</a></blockquote>"
            '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" '
            'style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" '
            f'title="&#8220;{tx(other.title)}&#8221; &#8212; {SITE_ESC}" '
            f'src="{post_path(other)}embed/#?secret={secret}" data-secret="{secret}" width="600" '
            'height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>'
        )
    raise ValueError(key)


def raw_html(st: Story, block: Raw) -> str:
    m = re.fullmatch(r"\{\{(.+)\}\}", block.html)
    return placeholder(st, m.group(1)) if m else block.html


def _units(st: Story) -> list[tuple[str, list]]:
    """Group blocks into the elements the editor made: paragraphs (with <br> parts), lists, tables."""
    units: list[tuple[str, list]] = []
    for b in st.blocks:
        if isinstance(b, Img) and b.style == "featured":
            continue
        if isinstance(b, Raw):
            units.append(("raw", [b]))
            continue
        kind = ("gallery" if b.style == "gallery" else "img") if isinstance(b, Img) else b.style
        if isinstance(b, P) and kind not in ("li", "row", "h2", "h3", "quote"):
            kind = "p"
        joins = b.style == "br" and units and units[-1][0] == "p"
        if joins or (kind in ("li", "row", "gallery") and units and units[-1][0] == kind):
            units[-1][1].append(b)
        else:
            units.append((kind, [b]))
    return units


def _td(i: int, cell: str) -> str:
    attr = ' class="has-text-align-center" data-align="center"' if i else ""
    return f"<td{attr}>{tx(cell)}</td>"


def classic_content(st: Story) -> str:
    editor = st.opts["editor"]
    gb = editor == "gutenberg"
    nfd = editor == "import"
    chunks: list[str] = []
    p_count = 0
    total_p = sum(1 for kind, _ in _units(st) if kind == "p")
    for kind, items in _units(st):
        if kind == "p":
            first = items[0]
            inner = "<br />\n".join(tx(b.text, nfd=nfd) for b in items)
            if first.style == "b":
                inner = f"<strong>{inner}</strong>"
            if nfd:
                inner = f"{IMPORT_SPAN}{inner}</span>"
            chunks.append(f"<p>{inner}</p>" if gb else f'<p style="text-align: justify;">{inner}</p>')
            p_count += 1
            if p_count == 2 and total_p >= 4 and not st.opts.get("no_ad"):
                chunks.append(AD_INLINE)
            if not gb and editor == "classic" and p_count % 3 == 0:
                chunks.append("<p>&nbsp;</p>")
        elif kind == "li":
            lis = "".join(f"<li>{tx(b.text)}</li>" for b in items)
            chunks.append(f"<ul>{lis}</ul>")
        elif kind == "row":
            rows = [b.text.split(" | ") for b in items]
            head_row = "".join(f"<th>{tx(c)}</th>" for c in rows[0])
            body_rows = "".join("<tr>" + "".join(_td(i, c) for i, c in enumerate(r)) + "</tr>" for r in rows[1:])
            chunks.append(
                f'<figure class="wp-block-table is-style-stripes"><table><thead><tr>{head_row}</tr></thead>'
                f"<tbody>{body_rows}</tbody></table></figure>"
            )
        elif kind == "h3":
            t = tx(items[0].text)
            chunks.append(f"<h3>{t}</h3>" if gb else f"<h3><strong>{t}</strong></h3>")
        elif kind == "quote":
            chunks.append(f'<blockquote class="wp-block-quote"><p>{tx(items[0].text)}</p></blockquote>')
        elif kind == "img":
            chunks.append(render_img(st, items[0]))
        elif kind == "raw":
            chunks.append(raw_html(st, items[0]))
    return "\n".join(chunks)


def el_widget(st: Story, kind: str, inner: str, seed: str) -> str:
    wid = uid(f"{st.id}-{seed}")
    return (
        f'<div class="elementor-element elementor-element-{wid} elementor-widget elementor-widget-{kind}" '
        f'data-id="{wid}" data-element_type="widget" data-widget_type="{kind}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def elementor_content(st: Story) -> str:
    widgets: list[str] = []
    text_buf: list[str] = []

    def flush() -> None:
        if text_buf:
            widgets.append(el_widget(st, "text-editor", '<div class="elementor-text-editor elementor-clearfix">'
                                     + "".join(text_buf) + "</div>", seed=f"t{len(widgets)}"))
            text_buf.clear()

    for kind, items in _units(st):
        if kind == "p":
            if items[0].style == "el_new":
                flush()
            text_buf.append(f"<p>{tx(items[0].text)}</p>")
        elif kind == "h2":
            flush()
            widgets.append(el_widget(st, "heading", '<h2 class="elementor-heading-title elementor-size-default">'
                                     f"{tx(items[0].text)}</h2>", seed=f"h{len(widgets)}"))
        elif kind == "img":
            flush()
            img = items[0]
            aid = attachment_id(img.src)
            widgets.append(el_widget(st, "image", (
                '<div class="elementor-image"><figure class="wp-caption">'
                + lazy_img(img.src, f"attachment-large size-large wp-image-{aid}", 1024, 683)
                + f'<figcaption class="widget-image-caption wp-caption-text">{tx(img.printed)}</figcaption>'
                "</figure></div>"
            ), seed=f"i{len(widgets)}"))
        elif kind == "gallery":
            flush()
            gid = uid(f"{st.id}-gallery")
            figs = "".join(
                "<figure class='gallery-item'><div class='gallery-icon landscape'>"
                f'<a data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="{gid}" '
                f'data-elementor-lightbox-title="{tx(img.printed)}" href=\'{full_size(img.src)}\'>'
                + lazy_img(img.src, "attachment-medium size-medium", 300, 225,
                           extra=f' aria-describedby="gallery-1-{attachment_id(img.src)}"')
                + "</a></div><figcaption class='wp-caption-text gallery-caption' "
                f"id='gallery-1-{attachment_id(img.src)}'>{tx(img.printed)}</figcaption></figure>"
                for img in items
            )
            widgets.append(el_widget(st, "image-gallery", (
                '<div class="elementor-image-gallery"><div id=\'gallery-1\' class=\'gallery galleryid-'
                f"{st.id} gallery-columns-3 gallery-size-medium'>{figs}</div></div>"
            ), seed="gallery"))
        elif kind == "raw":
            key = items[0].html
            if key == "{{el_button}}":
                flush()
                widgets.append(raw_html(st, items[0]))
            else:
                flush()
                text_buf.append(raw_html(st, items[0]))
                flush()
    flush()
    sid, cid = uid(f"{st.id}-section"), uid(f"{st.id}-column")
    return (
        f'<div data-elementor-type="wp-post" data-elementor-id="{st.id}" class="elementor elementor-{st.id}" '
        'data-elementor-settings="[]"><div class="elementor-inner"><div class="elementor-section-wrap">'
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{sid} '
        'elementor-section-boxed elementor-section-height-default elementor-section-height-default" '
        f'data-id="{sid}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">'
        '<div class="elementor-row"><div class="elementor-column elementor-col-100 elementor-top-column '
        f'elementor-element elementor-element-{cid}" data-id="{cid}" data-element_type="column">'
        '<div class="elementor-column-wrap elementor-element-populated"><div class="elementor-widget-wrap">'
        + "".join(widgets)
        + "</div></div></div></div></div></section></div></div></div>"
    )


def featured_html(st: Story) -> str:
    f = featured(st)
    if not f:
        return ""
    full = full_size(f.src)
    cap = f"<figcaption class=\"wp-caption-text\">{tx(f.printed)}</figcaption>" if f.printed else ""
    data_cap = f' data-caption="{tx(f.printed)}"' if f.printed else ""
    small = re.sub(r"-\d+x\d+\.jpg$", "-300x200.jpg", f.src)
    return (
        f'<div class="td-post-featured-image"><figure><a href="{full}"{data_cap}>'
        f'<img width="640" height="427" class="entry-thumb td-modal-image" src="{f.src}" '
        f'srcset="{f.src} 640w, {small} 300w, {full} 1280w" sizes="(max-width: 640px) 100vw, 640px" '
        f'alt="" title="{attachment_slug(f.src)}"/></a>{cap}</figure></div>'
    )


# --- single post ----------------------------------------------------------------------------

PDF_ATTACHMENT = "phieu-dang-ky-bien-soan-tai-lieu-gddp"


def yoast_post_head(request: Request, st: Story, path: str) -> str:
    base = base_url(request)
    url = base + post_path(st)
    f = featured(st)
    seo = st.opts.get("seo_title") or f"{raw_title(st.title)} - {SITE}"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE_LONG, "url": f"{base}/",
             "sameAs": ["https://www.facebook.com/pgdcailay"],
             "logo": {"@type": "ImageObject", "@id": f"{base}/#logo", "url": f"{base}{UP}/2021/03/logo-pgd-cai-lay.png"}},
            {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": SITE,
             "publisher": {"@id": f"{base}/#organization"}, "inLanguage": "vi",
             "potentialAction": [{"@type": "SearchAction", "target": f"{base}/?s={{search_term_string}}",
                                  "query-input": "required name=search_term_string"}]},
            {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": seo,
             "isPartOf": {"@id": f"{base}/#website"}, "datePublished": utc_iso(st.opts["posted"]),
             "dateModified": utc_iso(modified(st)), "inLanguage": "vi",
             "breadcrumb": {"@id": f"{url}#breadcrumb"}},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": {"@type": "WebPage", "@id": f"{base}/", "url": f"{base}/", "name": "Trang chủ"}},
                {"@type": "ListItem", "position": 2, "item": {"@type": "WebPage", "@id": url, "url": url, "name": raw_title(st.title)}},
            ]},
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": f"{url}#webpage"},
             "author": {"@id": f"{base}/#/schema/person/{uid(st.opts['author'])}"},
             "headline": raw_title(st.title), "datePublished": utc_iso(st.opts["posted"]),
             "dateModified": utc_iso(modified(st)), "commentCount": len(st.opts.get("comments", [])),
             "mainEntityOfPage": {"@id": f"{url}#webpage"}, "publisher": {"@id": f"{base}/#organization"},
             "keywords": ",".join(TAGS[t] for t in st.opts["tags"]),
             "articleSection": ",".join(CATS[c]["name"] for c in st.opts["cats"]), "inLanguage": "vi"},
            {"@type": "Person", "@id": f"{base}/#/schema/person/{uid(st.opts['author'])}",
             "name": AUTHORS[st.opts["author"]][0]},
        ],
    }
    og_image = f'<meta property="og:image" content="{base}{full_size(f.src)}" />\n<meta property="og:image:width" content="1280" />\n<meta property="og:image:height" content="853" />\n' if f else ""
    return (
        f'<link rel="canonical" href="{url}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(seo)}" />\n'
        f'<meta property="og:description" content="{esc(excerpt(st, 30))}" />\n'
        f'<meta property="og:url" content="{url}" />\n<meta property="og:site_name" content="{SITE_ESC}" />\n'
        '<meta property="article:publisher" content="https://www.facebook.com/pgdcailay" />\n'
        f'<meta property="article:published_time" content="{utc_iso(st.opts["posted"])}" />\n'
        f'<meta property="article:modified_time" content="{utc_iso(modified(st))}" />\n'
        f"{og_image}"
        '<meta name="twitter:card" content="summary_large_image" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{esc(AUTHORS[st.opts["author"]][0])}" />\n'
        '<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="3 phút" />\n'
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(graph, ensure_ascii=False).replace("/", "\\/")
        + "</script>\n"
        f"<link rel='shortlink' href='{base}/?p={st.id}' />"
    ), seo


def share_bar(request: Request, st: Story, where: str) -> str:
    u = quote(base_url(request) + post_path(st), safe="")
    t = quote(raw_title(st.title), safe="")
    return (
        f'<div class="td-post-sharing td-post-sharing-{where} td-pb-padding-side">'
        '<div class="td-default-sharing">'
        f'<a class="td-social-sharing-buttons td-social-facebook" href="https://www.facebook.com/sharer.php?u={u}" '
        "onclick=\"window.open(this.href, 'mywin','left=50,top=50,width=600,height=350,toolbar=0'); return false;\">"
        '<i class="td-icon-facebook"></i><div class="td-social-but-text">Chia sẻ trên Facebook</div></a>'
        f'<a class="td-social-sharing-buttons td-social-twitter" href="https://twitter.com/intent/tweet?text={t}&amp;url={u}&amp;via=pgdcailay">'
        '<i class="td-icon-twitter"></i><div class="td-social-but-text">Tweet trên Twitter</div></a>'
        f'<a class="td-social-sharing-buttons td-social-zalo" href="https://sp.zalo.me/share_inline?u={u}" target="_blank">'
        '<i class="td-icon-zalo"></i></a>'
        f'<a class="td-social-sharing-buttons td-social-whatsapp" href="whatsapp://send?text={t}%20-%20{u}">'
        '<i class="td-icon-whatsapp"></i></a></div></div>'
    )


def related_block(st: Story) -> str:
    others = [o for o in in_cat(st.cat) if o.id != st.id]
    mods = "".join(
        '<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts">'
        f'<div class="td-module-image">{_thumb_html(o, "238x178", 238, 178)}</div>'
        f'<div class="item-details">{mod_title(o)}</div></div></div>'
        for o in others[:3]
    )
    n = 7
    atts = block_atts(n, limit="3", category_ids=str(CATS[st.cat]["id"]), exclude=str(st.id),
                      live_filter="cur_post_same_categories", live_filter_cur_post_id=st.id)
    return (
        f'<div class="td_block_wrap td_block_related_posts td_uid_{n}_5fd0c1a2b3c4d_rand td_with_ajax_pagination '
        f'td-pb-border-top td_block_template_1" data-td-block-uid="td_uid_{n}_5fd0c1a2b3c4d">'
        f"{block_script(n, 'td_block_related_posts', atts, (len(others) + 2) // 3)}"
        '<h4 class="td-related-title"><a id="td_uid_8_5fd0c1a2b3c4d" class="td-related-left td-cur-simple-item" '
        f'data-td_filter_value="" data-td_block_id="td_uid_{n}_5fd0c1a2b3c4d" href="#">BÀI VIẾT LIÊN QUAN</a>'
        '<a id="td_uid_10_5fd0c1a2b3c4d" class="td-related-right" data-td_filter_value="td_related_more_from_author" '
        f'data-td_block_id="td_uid_{n}_5fd0c1a2b3c4d" href="#">XEM THÊM TỪ TÁC GIẢ</a></h4>'
        f'<div id="td_uid_{n}_5fd0c1a2b3c4d" class="td_block_inner"><div class="td-related-row">{mods}</div></div>'
        f"{next_prev(n, len(others) > 3)}</div>"
    )


def next_prev_posts(st: Story) -> str:
    i = STORIES.index(st)
    older = STORIES[i + 1] if i + 1 < len(STORIES) else None
    newer = STORIES[i - 1] if i > 0 else None
    left = (
        f'<span>Bài trước</span><a href="{post_path(older)}">{tx(older.title)}</a>' if older else ""
    )
    right = (
        f'<span>Bài tiếp theo</span><a href="{post_path(newer)}">{tx(newer.title)}</a>' if newer else ""
    )
    return (
        '<div class="td-block-row td-post-next-prev">'
        f'<div class="td-block-span6 td-post-prev-post">{left}</div>'
        '<div class="td-next-prev-separator"></div>'
        f'<div class="td-block-span6 td-post-next-post">{right}</div></div>'
    )


def author_box(login: str) -> str:
    name, desc = AUTHORS[login]
    return (
        f'<div class="author-box-wrap"><a href="{author_link(login)}"><img alt="" '
        f"src='https://secure.gravatar.com/avatar/{uid(login)}?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' "
        'height="96" width="96" /></a><div class="desc"><div class="td-author-name vcard author">'
        f'<span class="fn"><a href="{author_link(login)}">{esc(name)}</a></span></div>'
        f'<div class="td-author-description">{esc(desc)}</div><div class="td-author-social"></div>'
        '<div class="clearfix"></div></div></div>'
    )


def comments_html(st: Story, replyto: int | None) -> str:
    comments = st.opts.get("comments", [])
    path = post_path(st)
    items = []
    for cid, name, stamp, body in comments:
        d = local_dt(stamp)
        hour = d.hour % 12 or 12
        when = f"{vi_date(stamp)} lúc {hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article>'
            f"<footer><img alt='' src='https://secure.gravatar.com/avatar/{uid(name)}?s=50&#038;d=mm&#038;r=g' "
            "class='avatar avatar-50 photo' height='50' width='50' />"
            f'<cite>{esc(name)}</cite><a class="comment-link" href="#comment-{cid}">'
            f'<time pubdate="{int((d - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds())}">{when}</time></a></footer>'
            f'<div class="comment-content"><p>{tx(body)}</p></div>'
            f'<div class="comment-meta" id="comment-{cid}"><a rel=\'nofollow\' class=\'comment-reply-link\' '
            f"href='{path}?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"{st.id}\" "
            f'data-belowelement="comment-{cid}" data-respondelement="respond" '
            f"aria-label='Trả lời {esc(name)}'>Trả lời</a></div></article></li>"
        )
    title = "ĐỂ LẠI MỘT BÌNH LUẬN"
    cancel_style = ' style="display:none;"'
    if replyto:
        name = next(c[1] for c in comments if c[0] == replyto)
        title = f"Trả lời {esc(name)}"
        cancel_style = ""
    listing = ""
    if comments:
        listing = (
            f'<div class="td-comments-title-wrap td-pb-padding-side"><h4 class="block-title"><span>{len(comments)} '
            f'BÌNH LUẬN</span></h4></div><ol class="comment-list td-pb-padding-side">{"".join(items)}</ol>'
            '<div class="comment-pagination"></div>'
        )
    return (
        f'<div class="comments" id="comments">{listing}'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        f'{title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond"{cancel_style}>'
        'Hủy trả lời</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" '
        'class="comment-form" novalidate><div class="clearfix"></div><div class="comment-form-input-wrap '
        'td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" '
        'aria-required="true"></textarea><div class="td-warning-comment">Vui lòng nhập bình luận của bạn!</div>'
        '</div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" '
        'placeholder="Tên:*" type="text" value="" size="30" aria-required=\'true\' /></div>'
        '<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" '
        'placeholder="Email:*" type="text" value="" size="30" aria-required=\'true\' /></div>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> '
        f"<input type='hidden' name='comment_post_ID' value='{st.id}' id='comment_post_ID' />"
        f"<input type='hidden' name='comment_parent' id='comment_parent' value='{replyto or 0}' /></p></form></div></div>"
    )


def source_tags_box(st: Story) -> str:
    parts = []
    if st.opts.get("source_box"):
        name, url = st.opts["source_box"]
        parts.append(
            '<div class="td-post-source-via "><div class="td-post-small-box"><span>NGUỒN</span>'
            f'<a rel="nofollow" href="{esc(url)}">{esc(name)}</a></div></div>'
        )
    if st.opts["tags"]:
        tags = "".join(f'<li><a href="/tag/{t}/">{esc(TAGS[t])}</a></li>' for t in st.opts["tags"])
        parts.append(f'<ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags}</ul>')
    return f'<div class="td-post-source-tags td-pb-padding-side">{"".join(parts)}</div>' if parts else ""


def single(request: Request, st: Story, replyto: int | None = None) -> Response:
    path = post_path(st)
    extra, seo = yoast_post_head(request, st, path)
    cat = CATS[st.cat]
    trail = []
    if cat["parent"]:
        trail.append((cat_link(cat["parent"]), CATS[cat["parent"]]["name"]))
    trail += [(cat_link(st.cat), cat["name"]), (None, st.title)]
    pills = "".join(
        f'<li class="entry-category"><a href="{cat_link(c)}">{esc(CATS[c]["name"])}</a></li>'
        for c in sorted(st.opts["cats"], key=lambda c: CATS[c]["name"])
    )
    subtitle = f'<p class="td-post-sub-title">{tx(st.summary)}</p>' if st.sapo_outside else ""
    login = st.opts["author"]
    body = elementor_content(st) if st.opts["editor"] == "elementor" else classic_content(st)
    classes = " ".join(
        [f"post-{st.id}", "post", "type-post", "status-publish", "format-standard"]
        + (["has-post-thumbnail"] if featured(st) else [])
        + ["hentry"] + [f"category-{c}" for c in st.opts["cats"]] + [f"tag-{t}" for t in st.opts["tags"]]
    )
    f = featured(st)
    image_meta = (
        '<span style="display: none;" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
        f'<meta itemprop="url" content="{base_url(request)}{full_size(f.src)}"><meta itemprop="width" content="1280">'
        '<meta itemprop="height" content="853"></span>' if f else ""
    )
    article = f"""<article id="post-{st.id}" class="{classes}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header td-pb-padding-side">
{crumbs(trail)}
<ul class="td-category">{pills}</ul>
<header>
<h1 class="entry-title">{tx(st.title)}</h1>
{subtitle}
<div class="meta-info">
<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{author_link(login)}">{esc(AUTHORS[login][0])}</a><div class="td-author-line"> - </div> </div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{utc_iso(modified(st))}" >{vi_date(modified(st))}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{st.id}">{st.views()}</span></div>
<div class="td-post-comments"><a href="{path}#comments"><i class="td-icon-comments"></i>{len(st.opts.get("comments", []))}</a></div>
</div>
</header>
</div>
{share_bar(request, st, "top")}
<div class="td-post-content td-pb-padding-side">
{featured_html(st)}
{body}
</div>
<footer>
{source_tags_box(st)}
{share_bar(request, st, "bottom")}
{next_prev_posts(st)}
{author_box(login)}
<span style="display: none;" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(AUTHORS[login][0])}"></span><meta itemprop="datePublished" content="{utc_iso(st.opts["posted"])}"><meta itemprop="dateModified" content="{utc_iso(modified(st))}"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{base_url(request)}{path}"/><span style="display: none;" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span style="display: none;" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{base_url(request)}{UP}/2021/03/logo-pgd-cai-lay.png"></span><meta itemprop="name" content="{SITE_ESC}"></span><meta itemprop="headline " content="{esc(raw_title(st.title))}">{image_meta}
</footer>
</article>"""
    main = (
        '<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        f"{article}\n{related_block(st)}\n{comments_html(st, replyto)}</div></div>"
    )
    body_class = f"post-template-default single single-post postid-{st.id} single-format-standard"
    robots = "noindex, follow" if replyto else None
    return page(request, esc(seo), body_class, main, extra, robots=robots)


# --- listings -------------------------------------------------------------------------------


def page_nav(base: str, n: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(k: int) -> str:
        return base if k == 1 else f"{base}page/{k}/"

    parts = []
    if n > 1:
        parts.append(f'<a href="{href(n - 1)}" ><i class="td-icon-menu-left"></i></a>')
    for k in range(1, pages + 1):
        if k == n:
            parts.append(f'<span class="current">{k}</span>')
        else:
            cls = "last" if k == pages and pages > 3 else "page"
            parts.append(f'<a href="{href(k)}" class="{cls}" title="{k}">{k}</a>')
    if n < pages:
        parts.append(f'<a href="{href(n + 1)}" ><i class="td-icon-menu-right"></i></a>')
    parts.append(f'<span class="pages">Trang {n} của {pages}</span>')
    return '<div class="page-nav td-pb-padding-side">' + "".join(parts) + '<div class="clearfix"></div></div>'


def module_rows(posts: list[Story]) -> str:
    rows = []
    for i in range(0, len(posts), 2):
        spans = "".join(f'<div class="td-block-span6">{module_1(st)}</div>' for st in posts[i:i + 2])
        rows.append(f'<div class="td-block-row">{spans}</div>')
    return "".join(rows)


def archive(request: Request, posts: list[Story], base: str, n: int, title: str, head_html: str,
            body_class: str, noun: str) -> Response | None:
    pages = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    if n < 1 or n > pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE:n * PER_PAGE]
    main = (
        '<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        f"{head_html}{module_rows(chunk)}{page_nav(base, n, pages)}</div></div>"
    )
    b = base_url(request)
    canon = base if n == 1 else f"{base}page/{n}/"
    extra = (
        f'<link rel="canonical" href="{b}{canon}" />\n'
        + (f'<link rel="prev" href="{b}{base if n == 2 else f"{base}page/{n - 1}/"}" />\n' if n > 1 else "")
        + (f'<link rel="next" href="{b}{base}page/{n + 1}/" />\n' if n < pages else "")
        + '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(title)}" />\n'
    )
    t = f"{esc(title)} Archives - {SITE_ESC}" if n == 1 else f"{esc(title)} Archives - Trang {n} trên {pages} - {SITE_ESC}"
    return page(request, t, f"{body_class} paged-{n}" if n > 1 else body_class, main, extra)


def category_page(request: Request, slug: str, n: int) -> Response | None:
    cat = CATS[slug]
    trail = []
    if cat["parent"]:
        trail.append((cat_link(cat["parent"]), CATS[cat["parent"]]["name"]))
    trail.append((None, cat["name"]))
    desc = f'<div class="td-category-description"><p>{esc(cat["desc"])}</p></div>' if cat["desc"] else ""
    head_html = (
        f'<div class="td-category-header td-pb-padding-side">{crumbs(trail)}'
        f'<h1 class="entry-title td-page-title">{tx(cat["name"].replace(" - ", " – "))}</h1>{desc}</div>'
    )
    return archive(request, in_cat(slug), cat_link(slug), n, cat["name"], head_html,
                   f"archive category category-{slug} category-{cat['id']}", "category")


def author_page(request: Request, login: str, n: int) -> Response | None:
    name, _desc = AUTHORS[login]
    head_html = (
        f'<div class="td-page-header td-pb-padding-side">{crumbs([(None, "Tác giả"), ])}'
        f'<h1 class="entry-title td-page-title"><span>{esc(name)}</span></h1></div>{author_box(login)}'
    )
    return archive(request, by_author(login), author_link(login), n, name, head_html,
                   f"archive author author-{login}", "author")


def tag_page(request: Request, tag: str, n: int) -> Response | None:
    name = TAGS[tag]
    head_html = (
        f'<div class="td-page-header td-pb-padding-side">{crumbs([(None, "Thẻ"), ])}'
        f'<h1 class="entry-title td-page-title"><span>Thẻ: {esc(name)}</span></h1></div>'
    )
    return archive(request, by_tag(tag), f"/tag/{tag}/", n, name, head_html, f"archive tag tag-{tag}", "tag")


def search_page(request: Request, q: str) -> Response:
    words = q.lower().split()
    hits = [st for st in STORIES if all(w in st.title.lower() for w in words)][:10]
    found = module_rows(hits) if hits else (
        '<div class="no-results td-pb-padding-side"><h2>Không tìm thấy kết quả</h2>'
        "<p>Xin lỗi, không có bài viết nào phù hợp với từ khóa tìm kiếm.</p></div>"
    )
    main = (
        '<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        f'<div class="td-page-header td-pb-padding-side">{crumbs([(None, "Tìm kiếm")])}'
        f'<h1 class="entry-title td-page-title"><span class="td-search-query">{esc(q)}</span> - '
        f'<span class="td-search-query-count">{len(hits)} kết quả</span></h1></div>{found}</div></div>'
    )
    return page(request, f"Bạn đã tìm kiếm {esc(q)} - {SITE_ESC}", "search search-results", main,
                robots="noindex, follow")


def home_block(n: int, block_type: str, slug: str, link_title: bool) -> str:
    posts = in_cat(slug)
    first = posts[:PER_PAGE]
    cat = CATS[slug]
    title = (
        f'<a href="{cat_link(slug)}" class="td-pulldown-size">{esc(cat["name"].upper())}</a>' if link_title
        else f'<span class="td-pulldown-size">{esc(cat["name"].upper())}</span>'
    )
    if block_type == "td_block_1":
        inner = f'<div class="td-block-span6">{module_4(first[0])}</div><div class="td-block-span6">' + "".join(
            module_6(st) for st in first[1:]) + "</div>"
    else:
        inner = "".join(f'<div class="td-block-span6">{module_6(st)}</div>' for st in first)
    pages = (len(posts) + PER_PAGE - 1) // PER_PAGE
    atts = block_atts(n, category_id=str(cat["id"]), custom_title=cat["name"],
                      custom_url=cat_link(slug) if link_title else "")
    return (
        f'<div class="td_block_wrap {block_type} td_uid_{n}_5fd0c1a2b3c4d_rand td_with_ajax_pagination '
        f'td-pb-border-top td_block_template_1" data-td-block-uid="td_uid_{n}_5fd0c1a2b3c4d">'
        f"{block_script(n, block_type, atts, pages)}"
        f'<h4 class="block-title">{title}</h4>'
        f'<div id="td_uid_{n}_5fd0c1a2b3c4d" class="td_block_inner"><div class="td-block-row">{inner}</div></div>'
        f"{next_prev(n, pages > 1)}</div>"
    )


GRID = [1412, 1405, 1398, 1375]


def home(request: Request) -> Response:
    b = base_url(request)
    grid = "".join(module_mx(BY_ID[i], k) for k, i in enumerate(GRID))
    top = (
        '<div class="vc_row wpb_row td-pb-row"><div class="wpb_column vc_column_container td-pb-span12">'
        '<div class="vc_column-inner"><div class="wpb_wrapper"><div class="td_block_wrap td_block_big_grid_1 '
        'td_uid_11_5fd0c1a2b3c4d_rand td-grid-style-1 td-hover-1 td-pb-border-top td_block_template_1" '
        'data-td-block-uid="td_uid_11_5fd0c1a2b3c4d"><div id="td_uid_11_5fd0c1a2b3c4d" class="td_block_inner">'
        f'<div class="td-big-grid-wrapper">{grid}</div><div class="clearfix"></div></div></div></div></div></div></div>'
    )
    main = (
        '<div class="td-pb-span8 td-main-content" role="main"><div class="wpb_wrapper">'
        + home_block(3, "td_block_1", "tin-tuc-su-kien", True)
        + home_block(4, "td_block_2", "hoat-dong-chuyen-mon", True)
        + home_block(5, "td_block_4", "thong-bao", False)
        + "</div></div>"
    )
    extra = (
        f'<link rel="canonical" href="{b}/" />\n<meta property="og:locale" content="vi_VN" />\n'
        f'<meta property="og:type" content="website" />\n<meta property="og:title" content="Trang chủ - {SITE_ESC}" />\n'
        f'<meta name="description" content="Trang thông tin điện tử {esc(SITE_LONG)}, tỉnh Tiền Giang" />'
    )
    return page(request, f"Trang chủ - {SITE_ESC}", "home page-template page-template-page-pagebuilder-latest "
                "page page-id-2", main, extra, top=top)


# --- pages (not articles) -------------------------------------------------------------------


def _el_page(pid: int, widgets: list[tuple[str, str]]) -> str:
    fake = Story(pid, "", "", "", None, [], opts={})
    inner = "".join(el_widget(fake, kind, body, seed=f"{kind}{i}") for i, (kind, body) in enumerate(widgets))
    sid = uid(f"{pid}-s")
    return (
        f'<div data-elementor-type="wp-page" data-elementor-id="{pid}" class="elementor elementor-{pid}" '
        'data-elementor-settings="[]"><div class="elementor-inner"><div class="elementor-section-wrap">'
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{sid} '
        f'elementor-section-boxed elementor-section-height-default" data-id="{sid}" data-element_type="section">'
        '<div class="elementor-container elementor-column-gap-default"><div class="elementor-row">'
        '<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">'
        f'<div class="elementor-column-wrap elementor-element-populated"><div class="elementor-widget-wrap">{inner}'
        "</div></div></div></div></div></section></div></div></div>"
    )


def _text(*paras: str) -> str:
    return '<div class="elementor-text-editor elementor-clearfix">' + "".join(f"<p>{tx(p)}</p>" for p in paras) + "</div>"


PAGES: dict[str, tuple[int, str, str]] = {
    "gioi-thieu": (9, "Giới thiệu chung", _el_page(9, [
        ("heading", '<h2 class="elementor-heading-title elementor-size-default">Phòng Giáo dục và Đào tạo huyện Cai Lậy</h2>'),
        ("text-editor", _text(
            "Phòng Giáo dục và Đào tạo huyện Cai Lậy là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức "
            "năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo "
            "trên địa bàn huyện.",
            "Hiện nay, toàn huyện có 64 trường học, gồm 22 trường mầm non, mẫu giáo, 26 trường tiểu học và 16 trường "
            "trung học cơ sở với trên 31.000 học sinh và gần 2.400 cán bộ quản lý, giáo viên, nhân viên.",
            "Phòng chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân huyện, đồng thời "
            "chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo Tiền Giang.")),
        ("heading", '<h3 class="elementor-heading-title elementor-size-default">Nhiệm vụ và quyền hạn</h3>'),
        ("text-editor", _text(
            "Trình Ủy ban nhân dân huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục trên địa bàn; "
            "tổ chức thực hiện các văn bản pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt.",
            "Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện chương trình, "
            "kế hoạch giáo dục; tổ chức bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý, giáo viên.")),
    ])),
    "co-cau-to-chuc": (11, "Cơ cấu tổ chức", _el_page(11, [
        ("image-box", f'<div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img src="{UP}/2021/03/truong-phong-nguyen-van-thong.jpg" alt="" /></figure><div class="elementor-image-box-content"><h3 class="elementor-image-box-title">Ông Nguyễn Văn Thống</h3><p class="elementor-image-box-description">Trưởng phòng – phụ trách chung, công tác tổ chức cán bộ, tài chính</p></div></div>'),
        ("image-box", f'<div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img src="{UP}/2021/03/pho-truong-phong-vo-thi-bich-thuy.jpg" alt="" /></figure><div class="elementor-image-box-content"><h3 class="elementor-image-box-title">Bà Võ Thị Bích Thủy</h3><p class="elementor-image-box-description">Phó Trưởng phòng – phụ trách chuyên môn mầm non, tiểu học</p></div></div>'),
        ("image-box", f'<div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img src="{UP}/2021/03/pho-truong-phong-le-hoang-minh.jpg" alt="" /></figure><div class="elementor-image-box-content"><h3 class="elementor-image-box-title">Ông Lê Hoàng Minh</h3><p class="elementor-image-box-description">Phó Trưởng phòng – phụ trách chuyên môn THCS, thi đua, khen thưởng</p></div></div>'),
        ("text-editor", _text("Bộ phận chuyên môn: 9 chuyên viên. Bộ phận văn phòng, kế toán: 4 người.")),
    ])),
    "lien-he": (13, "Liên hệ", (
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAI LẬY</strong></p>"
        "<p>Địa chỉ: Số 08, đường 30 Tháng 4, khu 1, thị trấn Bình Phú, huyện Cai Lậy, tỉnh Tiền Giang<br />"
        "Điện thoại: 0273.3826.218<br />Email: pgdcailay@tiengiang.edu.vn</p>"
        '<div role="form" class="wpcf7" id="wpcf7-f120-p13-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f120-p13-o1" '
        'method="post" class="wpcf7-form init" novalidate="novalidate"><p><label> Họ tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-name">'
        '<input type="text" name="your-name" value="" size="40" class="wpcf7-form-control wpcf7-text" /></span></label></p>'
        '<p><label> Email (bắt buộc)<br /><input type="email" name="your-email" value="" size="40" /></label></p>'
        '<p><label> Nội dung<br /><textarea name="your-message" cols="40" rows="10"></textarea></label></p>'
        '<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" /></p></form></div>'
    )),
    "thu-vien-anh": (15, "Thư viện ảnh", (
        "<p>Hình ảnh hoạt động của ngành giáo dục huyện Cai Lậy.</p>"
        "<div id='gallery-1' class='gallery galleryid-15 gallery-columns-3 gallery-size-thumbnail'>"
        + "".join(
            f"<figure class='gallery-item'><div class='gallery-icon landscape'><a href='{UP}/2026/{m}/{n}.jpg'>"
            f"<img width=\"150\" height=\"150\" src=\"{UP}/2026/{m}/{n}-150x150.jpg\" class=\"attachment-thumbnail size-thumbnail\" alt=\"\" /></a></div>"
            f"<figcaption class='wp-caption-text gallery-caption'>{tx(c)}</figcaption></figure>"
            for m, n, c in [("12", "hkpd-khai-mac", "Khai mạc Hội khỏe Phù Đổng"),
                            ("11", "hop-mat-20-11", "Họp mặt 20/11"),
                            ("11", "th-long-trung-chuan-qg", "TH Long Trung đạt chuẩn quốc gia"),
                            ("10", "ngay-hoi-doc-sach-thanh-loc", "Ngày hội đọc sách")]
        )
        + "</div>"
    )),
}


def wp_page(request: Request, slug: str) -> Response:
    pid, title, content = PAGES[slug]
    main = (
        '<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        f'<div class="td-page-header td-pb-padding-side">{crumbs([(None, title)])}'
        f'<h1 class="entry-title td-page-title"><span>{tx(title)}</span></h1></div>'
        f'<div class="td-page-content td-pb-padding-side">{content}</div></div></div>'
    )
    extra = f'<link rel="canonical" href="{base_url(request)}/{slug}/" />\n<meta property="og:type" content="article" />'
    return page(request, f"{esc(title)} - {SITE_ESC}", f"page-template-default page page-id-{pid}", main, extra)


def attachment_page(request: Request, st: Story, att: str) -> Response | None:
    if st.id == 1389 and att == PDF_ATTACHMENT:
        title = "Phieu-dang-ky-bien-soan-tai-lieu-GDDP"
        content = (
            f"<p class=\"attachment\"><a href='{UP}/2026/11/Phieu-dang-ky-bien-soan-tai-lieu-GDDP.pdf'>"
            "Phieu-dang-ky-bien-soan-tai-lieu-GDDP</a></p>"
        )
    else:
        img = next((b for b in st.images if b.style == "gb_att" and attachment_slug(b.src) == att), None)
        if img is None:
            return None
        title = att.upper()
        full = full_size(img.src)
        content = (
            f'<div class="td-attachment-page-content"><a href="{full}" title="{title}" rel="attachment">'
            f'<img width="640" height="480" src="{re.sub(r"-1024x768", "-640x480", img.src)}" '
            'class="attachment-td_640x0 size-td_640x0" alt="" /></a>'
            f'<div class="td-attachment-page-caption wp-caption-text">{tx(img.printed)}</div></div>'
            '<div class="td-attachment-prev"></div><div class="td-attachment-next"></div>'
        )
    main = (
        '<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        f'<div class="td-post-header td-pb-padding-side">{crumbs([(cat_link(st.cat), CATS[st.cat]["name"]), (post_path(st), st.title), (None, title)])}'
        f'<h1 class="entry-title td-page-title"><span>{esc(title)}</span></h1></div>'
        f'<div class="td-post-content td-pb-padding-side">{content}</div>'
        f'<div class="td-post-next-prev"><a href="{post_path(st)}" rel="gallery">Quay lại bài viết: {tx(st.title)}</a></div>'
        "</div></div>"
    )
    extra = f'<link rel="canonical" href="{base_url(request)}{post_path(st)}{att}/" />'
    return page(request, f"{esc(title)} - {SITE_ESC}", f"attachment attachment-template-default single single-attachment postid-{attachment_id(att)}",
                main, extra)


def embed_page(request: Request, st: Story) -> Response:
    path = post_path(st)
    f = featured(st)
    img = (
        f'<div class="wp-embed-featured-image rectangular"><a href="{path}" target="_top"><img width="600" height="400" '
        f'src="{thumb(st, "600x400")}" class="attachment-600x400 size-600x400 wp-post-image" alt="" /></a></div>'
        if f else ""
    )
    n = len(st.opts.get("comments", []))
    doc = f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
	<title>{tx(st.title)} &#8211; {SITE_ESC}</title>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name='robots' content='noindex, follow' />
	<link rel="canonical" href="{base_url(request)}{path}" />
	<link rel='stylesheet' id='wp-embed-template-css' href='/wp-includes/css/wp-embed-template.min.css?ver=5.7.2' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-{st.id} single-format-standard">
	<div class="wp-embed post-{st.id} post type-post status-publish format-standard has-post-thumbnail hentry">
		{img}
		<p class="wp-embed-heading"><a href="{path}" target="_top">{tx(st.title)}</a></p>
		<div class="wp-embed-excerpt"><p>{tx(first_words(st.paragraphs[0], 55).removesuffix("..."))}&hellip; <a href="{path}" class="wp-embed-more" target="_top">Đọc tiếp <span class="screen-reader-text">{tx(st.title)}</span></a></p></div>
		<div class="wp-embed-footer">
			<div class="wp-embed-site-title"><a href="/" target="_top"><img src="{UP}/2021/03/cropped-favicon-pgd-32x32.png" srcset="{UP}/2021/03/cropped-favicon-pgd-192x192.png 2x" width="32" height="32" alt="" class="wp-embed-site-icon"/><span>{SITE_ESC}</span></a></div>
			<div class="wp-embed-meta"><div class="wp-embed-comments"><a href="{path}#comments" target="_top"><span class="dashicons dashicons-admin-comments"></span>{n} Bình luận</a></div>
			<div class="wp-embed-share"><button type="button" class="wp-embed-share-dialog-open" aria-label="Mở hộp thoại chia sẻ"><span class="dashicons dashicons-share"></span></button></div></div>
		</div>
	</div>
</body>
</html>"""
    return html(doc)


# --- feeds, sitemaps, robots, admin-ajax ----------------------------------------------------


def feed(request: Request) -> Response:
    b = base_url(request)
    items = "".join(
        f"<item><title>{tx(st.title)}</title><link>{b}{post_path(st)}</link>"
        f"<dc:creator><![CDATA[{AUTHORS[st.opts['author']][0]}]]></dc:creator>"
        f"<pubDate>{(local_dt(st.opts['posted']) - timedelta(hours=7)).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
        + "".join(f"<category><![CDATA[{CATS[c]['name']}]]></category>" for c in st.opts["cats"])
        + f'<guid isPermaLink="false">{b}/?p={st.id}</guid>'
        f"<description><![CDATA[{excerpt(st, 55)}]]></description></item>"
        for st in STORIES[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{SITE_ESC}</title><atom:link href=\"{b}/feed/\" rel=\"self\" type=\"application/rss+xml\" />"
        f"<link>{b}</link><description>Trang thông tin điện tử {esc(SITE_LONG)}</description>"
        f"<lastBuildDate>Fri, 04 Dec 2026 02:10:00 +0000</lastBuildDate><language>vi</language>"
        f"<generator>https://wordpress.org/?v=5.7.2</generator>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def sitemap(request: Request, name: str) -> Response | None:
    b = base_url(request)
    head_xml = '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//' + request.headers.get("Host", "127.0.0.1") + '/main-sitemap.xsl"?>'
    if name == "sitemap_index.xml":
        body = (head_xml + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<sitemap><loc>{b}/{n}</loc><lastmod>2026-12-04T02:10:00+00:00</lastmod></sitemap>"
                          for n in ("post-sitemap.xml", "page-sitemap.xml"))
                + "</sitemapindex>")
    elif name == "post-sitemap.xml":
        body = (head_xml + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>{b}{post_path(st)}</loc><lastmod>{utc_iso(modified(st))}</lastmod></url>"
                          for st in STORIES)
                + "</urlset>")
    elif name == "page-sitemap.xml":
        body = (head_xml + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + f"<url><loc>{b}/</loc></url>"
                + "".join(f"<url><loc>{b}/{slug}/</loc></url>" for slug in PAGES)
                + "</urlset>")
    else:
        return None
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"})


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"


def admin_ajax(request: Request) -> Response:
    if request.method != "POST":
        return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
    form = request.form
    if form.get("action") != "td_ajax_block":
        return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
    try:
        atts = json.loads(form.get("td_atts", "{}"))
        n = int(form.get("td_current_page", "1"))
    except ValueError:
        return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
    cat_id = str(atts.get("category_id") or atts.get("category_ids") or "")
    slug = next((s for s, c in CATS.items() if str(c["id"]) == cat_id), None)
    posts = in_cat(slug) if slug else list(STORIES)
    exclude = str(atts.get("exclude", ""))
    posts = [st for st in posts if str(st.id) != exclude]
    chunk = posts[(n - 1) * PER_PAGE:n * PER_PAGE]
    data = {
        "td_data": "".join(f'<div class="td-block-span6">{module_6(st)}</div>' for st in chunk),
        "td_block_id": form.get("td_block_id", ""),
        "td_hide_prev": n <= 1,
        "td_hide_next": n * PER_PAGE >= len(posts),
    }
    return Response(200, json.dumps(data).replace("/", "\\/"), {"Content-Type": "application/json; charset=UTF-8"})


# --- routing --------------------------------------------------------------------------------

_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([^/]+)/(?:([^/]+)/)?$")
_ARCHIVE = re.compile(r"^/(category|author|tag)/([^/]+)/(?:page/(\d+)/)?$")


def _find_post(y: str, m: str, d: str, slug: str) -> Story | None:
    slug = unquote(slug)
    for st in STORIES:
        if st.slug == slug and local_dt(st.opts["posted"]).strftime("%Y/%m/%d") == f"{y}/{m}/{d}":
            return st
    return None


class NewsmagChildSite:
    """The portal: routes like WordPress's rewrite rules with the theme's templates."""

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/wp-admin/admin-ajax.php":
            return admin_ajax(request)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path in ("/index.php", "/index.php/"):
            return redirect("/", 301)
        if path == "/":
            if "p" in params:
                st = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(post_path(st), 301) if st else None
            if params.get("s", "").strip():
                return search_page(request, params["s"].strip())
            return home(request)
        if path.endswith(".xml"):
            return sitemap(request, path.lstrip("/"))
        if path in ("/feed/", "/feed"):
            return feed(request)
        if not path.endswith("/"):
            # WordPress's canonical redirect adds the trailing slash
            target = path + "/" + (f"?{request.query}" if request.query else "")
            return redirect(target, 301) if self._exists(path + "/") else None
        m = _ARCHIVE.match(path)
        if m:
            kind, slug, n = m.group(1), m.group(2), int(m.group(3) or 1)
            if m.group(3) == "1":
                return redirect(path.rsplit("page/", 1)[0], 301)
            if kind == "category" and slug in CATS:
                return category_page(request, slug, n)
            if kind == "author" and slug in AUTHORS:
                return author_page(request, slug, n)
            if kind == "tag" and slug in TAGS:
                return tag_page(request, slug, n)
            return None
        m = _POST.match(path)
        if m:
            st = _find_post(*m.group(1, 2, 3, 4))
            if st is None:
                return None
            sub = m.group(5)
            if sub is None:
                reply = params.get("replytocom", "")
                ids = [c[0] for c in st.opts.get("comments", [])]
                replyto = int(reply) if reply.isdigit() and int(reply) in ids else None
                return single(request, st, replyto)
            if sub == "embed":
                return embed_page(request, st)
            return attachment_page(request, st, sub)
        slug = path.strip("/")
        if slug in PAGES:
            return wp_page(request, slug)
        return None

    def _exists(self, path: str) -> bool:
        fake = Request("GET", path, "", {"Host": "127.0.0.1"})
        resp = self.respond(fake)
        return resp is not None and resp.status == 200


def build_site() -> NewsmagChildSite:
    return NewsmagChildSite()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(st: Story) -> list[str]:
    path = post_path(st)
    alts = [f"/?p={st.id}"]
    alts += [f"{path}?replytocom={c[0]}" for c in st.opts.get("comments", [])]
    if st.id == 1375:
        alts.append(f"{path}embed/")
    if path != path.upper() and "%" in path:
        alts.append(re.sub(r"%[0-9a-f]{2}", lambda m: m.group(0).upper(), path))
    return alts


GOLD = [
    gold_record(st, post_path(st), CATS[st.cat]["name"], alt_paths=_alt_paths(st))
    for st in sorted(STORIES, key=lambda s: s.id)
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/lien-he/",
    "/thu-vien-anh/",
    f"{post_path(BY_ID[1375])}img_20261111_084512/",
    f"{post_path(BY_ID[1389])}{PDF_ATTACHMENT}/",
]
