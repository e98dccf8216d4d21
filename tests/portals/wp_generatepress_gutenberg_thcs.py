"""Trường THCS Nguyễn Du (huyện Krông Pắc, tỉnh Đắk Lắk): WordPress 6 + GeneratePress + Gutenberg.

Platform
--------
WordPress 6.x with the free GeneratePress theme (``site grid-container``, ``inside-article``,
``entry-header`` / ``entry-meta`` / ``entry-content``, ``paging-navigation`` with
``paginate_links`` numbers, ``post-navigation`` at the foot of a post), the block editor (core
blocks: ``wp-block-image`` with ``wp-element-caption``, ``wp-block-gallery has-nested-images``,
``wp-block-table``, ``wp-block-quote``, ``wp-block-file``, ``wp-block-separator``,
``wp-block-columns``, ``wp-block-embed``), two older posts still in the Classic block (TinyMCE
markup, ``[caption]`` figures), Yoast SEO (breadcrumbs ``p#breadcrumbs`` with the blog page shown,
``yoast-schema-graph`` JSON-LD, og/article meta), Jetpack (sharing buttons and "Có liên quan"
related posts inside the text's container), a3 Lazy Load (placeholder ``src``, real path in
``data-src``), Easy Table of Contents, WP Statistics visitor counter, Vietnamese locale (dates
"Tháng Mười Một 12, 2026", comment times "… lúc 7:12 chiều").

URL scheme
----------
- ``/`` static front page ("Trang chủ": latest-posts blocks "Tin mới" and "Thông báo", link to
  the blog page); ``/?s=<q>`` search; ``/?p=<id>`` and ``/?page_id=<id>`` 301 to the permalink.
- ``/tin-tuc/`` the blog page (posts page), ``/tin-tuc/page/<n>/`` (4 posts a page, 4 pages;
  ``/tin-tuc/page/1/`` 301 to ``/tin-tuc/``; past the last page 404).
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` categories: tin-tuc-su-kien,
  hoat-dong-chuyen-mon, cong-tac-doi, thong-bao.
- ``/<yyyy>/<mm>/<dd>/<slug>/`` posts (any query string serves the post, as WordPress ignores
  unknown query vars); ``…/<slug>/comment-page-1/`` the comments page;
  ``…/<slug>/<attachment-slug>/`` an attachment page; without the trailing slash: 301.
- ``/<slug>/`` pages (gioi-thieu, co-cau-to-chuc, lien-he, van-ban, thu-vien-anh).
- ``/author/<login>/`` (+ ``page/<n>/``), ``/the/<slug>/`` tags, ``/feed/`` RSS 2.0 (5 items).
- ``/wp-content/uploads/…`` images and PDFs; ``/wp-comments-post.php`` (405 on GET).

Page templates
--------------
Single post: top bar (today "Thứ Bảy, 05/12/2026", hotline), header with logo and main menu
(drop-downs), Yoast breadcrumbs "Trang chủ » Tin tức » <category> » <title>", ``article`` with
``entry-header`` (h1, ``entry-meta``: ``time.updated`` then ``time.entry-date.published``, "bởi
<account>"), ``entry-content`` (the blocks, then Jetpack sharing and related posts), footer meta
(category links, tags, "Bài trước / Bài sau" navigation within the same category), comments
with the reply form, right sidebar (search, "Bài viết mới", "Chuyên mục" with counts, "Thống kê
truy cập", external "Liên kết"), footer widgets (address, phone, email) and the copyright bar.
Archive: GeneratePress ``article`` summaries (h2 title, meta, thumbnail, excerpt "… Đọc thêm",
category links, comment count) and ``nav#nav-below.paging-navigation``.

How each gold article is reached
--------------------------------
/tin-tuc/ page 1: 105, 112, 110, 111 (also on the front page and in "Bài viết mới", with 113);
page 2: 113, 102, 103, 108; page 3: 106, 109, 104, 101; page 4: 107. The front page's pager-less
latest-posts block only shows 4; page 3 is linked only from pages 2 and 4 ("1 2 … 4 Tiếp →").
Category listings: Tin tức - Sự kiện (112, 111, 113, 102 | page 2: 101), Hoạt động chuyên môn
(105, 111, 103, 104), Công tác Đội (113, 108, 106, 107), Thông báo (110, 109). The post
navigation chains posts within a category.

Traps
-----
1. Two ``<time>`` in ``entry-meta``: GeneratePress prints ``time.updated`` (modified,
   ``itemprop=dateModified``, hidden by CSS) BEFORE ``time.entry-date.published``; og
   ``article:modified_time`` too. Gold: the published one (103, 105, 109, 112).
2. Yoast prints ``datePublished`` (JSON-LD) and ``article:published_time`` in UTC
   ("2026-11-19T23:40:00+00:00") while the page's ``time`` says 2026-11-20T06:40 +07:00 (a post
   scheduled for 06:40). Gold: "2026-11-20T06:40:00+07:00" — the local day, not the 19th.
3. The visible date is "Tháng Mười Một 12, 2026" / "Tháng Mười Hai 4, 2026" / "Tháng Mười 31,
   2026": "Tháng Mười" is a prefix of the other two months. Gold: from ``datetime`` (with time).
4. The byline "bởi admin" / "bởi Ban biên tập" is a WordPress account (also Yoast's JSON-LD
   author and ``twitter:data1``). Gold: nobody from it; the real signature is a right-aligned
   paragraph at the end of the text ("ThS. Đỗ Văn Khánh – Phó Hiệu trưởng" -> "Đỗ Văn Khánh";
   "Tổ Văn phòng" -> as printed; "Tin: X – Ảnh: Y" -> [X], [Y]; "Tin, ảnh: X" -> X in both).
5. A post filed under two categories (113): the footer's ``cat-links`` lists them by name
   ("Công tác Đội, Tin tức - Sự kiện"), the body class and JSON-LD ``articleSection`` too; Yoast's
   breadcrumb prints the primary one. Gold: "Tin tức - Sự kiện". The breadcrumb also shows the
   blog page "Tin tức" before every category: it is not the category.
6. a3 Lazy Load: every content image has ``src`` = ``…/a3-lazy-load/…/lazy_placeholder.gif``,
   the real path in ``data-src``/``data-srcset``, and a ``<noscript>`` copy. Gold: the real
   ``-1024x…`` path once per photo (not the placeholder, not the noscript twin).
7. Galleries: per-image ``figcaption`` inside each nested figure plus the gallery's own
   ``figcaption.blocks-gallery-caption``. Gold: each image its own caption or None; the gallery
   caption is neither an image's caption nor body (102, 113).
8. Google Docs paste in a Classic-block post (107): the first paragraphs sit inside
   ``<b style="font-weight:normal;" id="docs-internal-guid-…">`` with ``font-weight: 400`` spans.
   It is not a bold lead. Gold: summary null.
9. Inside ``div.entry-content`` after the text: Jetpack "Chia sẻ:" buttons and "Có liên quan"
   (links to other posts with ``?relatedposts_hit=1&relatedposts_origin=…&relatedposts_position=…``);
   in 111 an Easy Table of Contents box "Mục lục" between the lead and the first heading, whose
   items repeat the headings. Gold: none of it is body.
10. Duplicate URLs of one article: Jetpack related links (above), the RSS feed's links with
    ``?utm_source=rss&utm_medium=rss&utm_campaign=<slug>``, ``…/comment-page-1/`` (comment
    permalinks, break-comments-into-pages on; Yoast canonical is the post). Gold: ``alt_paths``;
    ``/?p=<id>`` (shortlink, RSS guid) only 301s to the permalink.
11. An image linked to its attachment page (103): ``…/<post-slug>/z5931472065718-3c1e0b7d/`` looks
    like a post (h1 title, entry-meta date, "bởi admin", "Đăng trong <post>"). Gold: not an article
    (in NON_ARTICLES).
12. Comments under three posts (names, "Tháng Mười Một 20, 2026 lúc 7:12 chiều", paragraphs in
    ``div.comment-content``). Gold: not body, not a date.
13. Classic-editor captions: a ``[caption]`` figure (``figure.wp-caption`` /
    ``figcaption.wp-caption-text``) in 104, and in 107 a centred italic line typed under the photo
    "(Các đại biểu …)". Gold: the italic line is the photo's caption (parentheses taken off), not
    body. "Ảnh: Hoàng Minh Đức" / "Ảnh: Y Thuận Mlô" alone: caption None, photographer.
14. An official notice (109) whose letterhead and closing are ``wp-block-table`` tables like the
    schedule table in its text; posted a day after it was signed. Gold: letterhead/closing/kind/
    subject not body, the schedule rows are ("Ngày | Buổi | …"), date "2026-10-26", author the
    signer. Its auto excerpt on listings starts with the letterhead text.
15. Yoast's og:image falls back to the school logo for a post without photos (110). Gold: images [].
16. Table figcaption ("Bảng tổng hợp …") and YouTube embed figcaption ("Video: …") are captions:
    not body, not images. A Shift+Enter ``<br>`` inside one paragraph (105) splits it in two.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` takes the time from ``time.entry-date.published[datetime]`` (the page shows only
  the day, but the page itself carries the local time and offset); the notice (109) takes the
  letterhead's day alone.
- A ``wp-block-quote``'s ``<cite>`` ("Chủ tịch Hồ Chí Minh") is a paragraph of the body, after
  the quote's paragraph.
- Table rows (header row too) are paragraphs, cells joined by " | "; a table's figcaption is not.
- A photo in a gallery with no figcaption of its own has caption None, whatever the gallery says.
- Sapo: only a first paragraph printed wholly in ``<strong>`` (101, 105, 111).
- 112 is reprinted from a newspaper: byline "Hồng Nhung" then "Theo Báo Đắk Lắk điện tử" ->
  authors ["Hồng Nhung"], source "Báo Đắk Lắk điện tử". A sentence starting "Theo kế hoạch," in
  111 is text. The typed emoji "⚠️" at the start of a paragraph in 110 is text.
- The front page, listings, tag/author archives, search, feed, attachment pages and WordPress
  pages (/gioi-thieu/ …) are not articles.
"""

from __future__ import annotations

import html as _html
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_generatepress_gutenberg_thcs"
PLATFORM = "WordPress 6 + GeneratePress (free) + Gutenberg, Yoast SEO, Jetpack, a3 Lazy Load"
START_PATH = "/"

SITE_NAME = "Trường THCS Nguyễn Du"
TAGLINE = "Huyện Krông Pắc – Tỉnh Đắk Lắk"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
LOGO = "/wp-content/uploads/2026/08/logo-thcs-nguyen-du.png"
UP = "/wp-content/uploads/2026"

CATEGORIES = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", 3, "Tin tức, sự kiện nổi bật của nhà trường."),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 4, "Hoạt động của các tổ chuyên môn."),
    "cong-tac-doi": ("Công tác Đội", 5, "Hoạt động của Liên đội TNTP Hồ Chí Minh."),
    "thong-bao": ("Thông báo", 6, "Thông báo của nhà trường."),
}
TAGS = {
    "chuyen-doi-so": "Chuyển đổi số",
    "hoi-giang": "Hội giảng",
    "an-toan-giao-thong": "An toàn giao thông",
}
ACCOUNTS = {"admin": ("admin", 1), "bientap": ("Ban biên tập", 2)}


def _img(month: str, name: str, printed: str | None = None, caption: str | None = None,
         style: str = "block") -> Img:
    return Img(f"{UP}/{month}/{name}-1024x683.jpg", printed, caption, style)


def _sign(inner: str, classic: bool = False) -> Raw:
    if classic:
        return Raw(f'<p style="text-align: right;">{inner}</p>')
    return Raw(f'<p class="has-text-align-right">{inner}</p>')


_PDF_IDS = iter(range(1, 100))


def _file_block(href: str, label: str) -> Raw:
    media = f"wp-block-file--media-{next(_PDF_IDS):02d}a7c3e1-58f2-4d0b-9e61-2b7f0c4d{len(label):04d}"
    return Raw(
        '<div class="wp-block-file">'
        f'<object class="wp-block-file__embed" data="{href}" type="application/pdf" '
        f'style="width:100%;height:600px" aria-label="Nhúng của {esc(label)}"></object>'
        f'<a id="{media}" href="{href}">{esc(label)}</a>'
        f'<a href="{href}" class="wp-block-file__button wp-element-button" download '
        f'aria-describedby="{media}">Tải về</a></div>'
    )


SEP = Raw('<hr class="wp-block-separator has-alpha-channel-opacity"/>')

STORIES: list[Story] = [
    Story(
        101, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Trường THCS Nguyễn Du tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027",
        "tin-tuc-su-kien", "2026-10-14T10:05:00+07:00",
        [
            P("Sáng ngày 12/10/2026, Trường THCS Nguyễn Du long trọng tổ chức Hội nghị viên chức, "
              "người lao động năm học 2026 – 2027 nhằm đánh giá kết quả năm học cũ và thống nhất "
              "phương hướng, nhiệm vụ của năm học mới.", "lead"),
            P("Về dự hội nghị có ông Nguyễn Văn Bình, Phó Trưởng phòng Giáo dục và Đào tạo huyện "
              "Krông Pắc; đại diện Đảng ủy, UBND xã Ea Kly cùng 52 cán bộ, giáo viên, nhân viên "
              "của nhà trường."),
            P("Năm học 2025 – 2026, nhà trường có 812 học sinh với 22 lớp, trong đó học sinh "
              "người đồng bào dân tộc thiểu số chiếm gần 31%. Tỷ lệ học sinh lên lớp đạt 98,6%; "
              "100% học sinh lớp 9 được công nhận tốt nghiệp THCS; nhà trường có 14 học sinh đạt "
              "giải cấp huyện và 3 học sinh đạt giải cấp tỉnh."),
            _img("10", "hoi-nghi-vc-2026-01",
                 "Thầy Trần Đình Phúc, Hiệu trưởng nhà trường báo cáo tổng kết năm học 2025 – 2026",
                 "Thầy Trần Đình Phúc, Hiệu trưởng nhà trường báo cáo tổng kết năm học 2025 – 2026"),
            P("Hội nghị đã nghe báo cáo kiểm điểm việc thực hiện nhiệm vụ năm học, báo cáo công "
              "khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và thảo luận dân chủ về "
              "các chỉ tiêu thi đua. Nhiều ý kiến tâm huyết tập trung vào việc nâng cao chất lượng "
              "học sinh giỏi, giảm tỷ lệ học sinh bỏ học giữa chừng và tăng cường ứng dụng công "
              "nghệ thông tin trong dạy học."),
            P("Phát biểu chỉ đạo, ông Nguyễn Văn Bình ghi nhận những nỗ lực của tập thể nhà "
              "trường, đồng thời đề nghị trường tiếp tục thực hiện hiệu quả Chương trình giáo dục "
              "phổ thông 2018 ở tất cả các khối lớp, chú trọng giáo dục kỹ năng sống và công tác "
              "phổ cập giáo dục trên địa bàn xã."),
            P("Hội nghị đã biểu quyết thông qua Nghị quyết với tỷ lệ 100% đại biểu tán thành, "
              "đồng thời các tổ chuyên môn, tổ văn phòng đã ký giao ước thi đua năm học "
              "2026 – 2027."),
            _sign("<strong>Tổ Văn phòng</strong>"),
        ],
        authors=["Tổ Văn phòng"],
        summary="Sáng ngày 12/10/2026, Trường THCS Nguyễn Du long trọng tổ chức Hội nghị viên "
        "chức, người lao động năm học 2026 – 2027 nhằm đánh giá kết quả năm học cũ và thống nhất "
        "phương hướng, nhiệm vụ của năm học mới.",
        opts={"login": "admin", "cats": ["tin-tuc-su-kien"]},
    ),
    Story(
        102, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        "tin-tuc-su-kien", "2026-11-20T06:40:00+07:00",
        [
            P("Sáng 19/11, Trường THCS Nguyễn Du tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. "
              "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Ea Kly, Ban đại diện cha mẹ học "
              "sinh, các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên và hơn 800 học "
              "sinh của trường."),
            P("Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp dàn dựng, "
              "trong đó điệu múa cồng chiêng của các em học sinh người Ê Đê lớp 8A3 nhận được nhiều "
              "tràng pháo tay của khán giả."),
            _img("11", "le-20-11-van-nghe-01", "Tiết mục múa “Hát về thầy cô” của học sinh lớp 7A1",
                 "Tiết mục múa “Hát về thầy cô” của học sinh lớp 7A1", "gal"),
            _img("11", "le-20-11-van-nghe-02", "Điệu múa cồng chiêng của học sinh lớp 8A3",
                 "Điệu múa cồng chiêng của học sinh lớp 8A3", "gal"),
            _img("11", "le-20-11-van-nghe-03", None, None, "gal"),
            P("Thay mặt nhà trường, thầy Trần Đình Phúc, Hiệu trưởng ôn lại truyền thống vẻ vang "
              "của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà trường từ đầu "
              "năm học. Thầy nhắc lại lời dạy của Bác Hồ đối với ngành giáo dục:"),
            P("“Dù khó khăn đến đâu cũng phải tiếp tục thi đua dạy tốt và học tốt.”", "quote"),
            P("Chủ tịch Hồ Chí Minh", "cite"),
            P("Dịp này, nhà trường đã trao giấy khen cho 9 giáo viên có thành tích xuất sắc trong "
              "đợt thi đua chào mừng ngày 20/11 và khen thưởng 12 lớp đạt nhiều “hoa điểm tốt”."),
            _img("11", "le-20-11-khen-thuong",
                 "(Lãnh đạo nhà trường trao giấy khen cho các giáo viên đạt thành tích xuất sắc)",
                 "Lãnh đạo nhà trường trao giấy khen cho các giáo viên đạt thành tích xuất sắc",
                 "block+center"),
            P("Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho thầy và trò Trường "
              "THCS Nguyễn Du."),
            _sign("<em>Tin, ảnh: Phạm Thị Thu Hằng</em>"),
        ],
        authors=["Phạm Thị Thu Hằng"], photographers=["Phạm Thị Thu Hằng"],
        opts={
            "login": "bientap", "cats": ["tin-tuc-su-kien"],
            "gallery_caption": "Một số hình ảnh tại buổi lễ",
            "comments": [
                (45, "Cựu học sinh khóa 2012 – 2016", "2026-11-20T19:12:00",
                 "Chúc thầy cô trường mình luôn mạnh khỏe, hạnh phúc! Nhớ mãi những năm tháng học "
                 "dưới mái trường Nguyễn Du."),
                (46, "Phụ huynh lớp 6A2", "2026-11-21T07:45:00",
                 "Cảm ơn các thầy cô đã tận tâm với các cháu. Chúc nhà trường ngày càng phát triển."),
            ],
            "related": [113, 103],
        },
    ),
    Story(
        103, "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027: 18 giáo viên tham gia",
        "hoat-dong-chuyen-mon", "2026-11-12T08:30:00+07:00",
        [
            P("Thực hiện kế hoạch năm học, từ ngày 02/11 đến ngày 10/11/2026, Trường THCS Nguyễn Du "
              "tổ chức Hội thi giáo viên dạy giỏi cấp trường với sự tham gia của 18 giáo viên thuộc "
              "4 tổ chuyên môn."),
            P("Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất lượng "
              "giảng dạy và dạy một tiết thực hành trên lớp. Các tiết dạy được Ban giám khảo đánh giá "
              "theo Công văn 5512 của Bộ Giáo dục và Đào tạo, chú trọng việc tổ chức hoạt động học "
              "cho học sinh."),
            Img(f"{UP}/11/z5931472065718_3c1e0b7d-1024x768.jpg",
                "(Cô Võ Thị Ngọc Ánh trong tiết dạy Ngữ văn lớp 8)",
                "Cô Võ Thị Ngọc Ánh trong tiết dạy Ngữ văn lớp 8", "block+att"),
            P("Nhiều tiết dạy được đầu tư công phu, vận dụng linh hoạt các phương pháp dạy học tích "
              "cực như dạy học dự án, trạm học tập, sử dụng bảng tương tác và phần mềm trình chiếu. "
              "Học sinh hào hứng tham gia, mạnh dạn trình bày ý kiến trước lớp."),
            _img("11", "hoi-giang-tiet-day-toan", "Ảnh: Hoàng Minh Đức", None),
            P("Kết thúc hội thi, Ban tổ chức công nhận 12 giáo viên đạt danh hiệu giáo viên dạy "
              "giỏi cấp trường, trong đó có 4 giáo viên được chọn tham dự Hội thi giáo viên dạy giỏi "
              "cấp huyện dự kiến tổ chức vào tháng 01/2027."),
            P("Hội thi là dịp để giáo viên học hỏi, trao đổi kinh nghiệm, góp phần đổi mới phương "
              "pháp dạy học và nâng cao chất lượng giáo dục của nhà trường."),
            _sign("<strong>ThS. Đỗ Văn Khánh – Phó Hiệu trưởng</strong>"),
        ],
        authors=["Đỗ Văn Khánh"], photographers=["Hoàng Minh Đức"],
        opts={
            "login": "admin", "cats": ["hoat-dong-chuyen-mon"], "tags": ["hoi-giang"],
            "modified": "2026-11-14T16:02:00",
            "comments": [
                (52, "Nguyễn Thị Mỹ Linh", "2026-11-12T21:03:00",
                 "Chúc mừng các thầy cô đạt giáo viên dạy giỏi. Tiết dạy của cô Ánh rất hay ạ!"),
            ],
        },
    ),
    Story(
        104, "sinh-hoat-chuyen-de-day-hoc-mon-khoa-hoc-tu-nhien-theo-chu-de",
        "Sinh hoạt chuyên đề “Dạy học môn Khoa học tự nhiên theo chủ đề” tại Tổ KHTN",
        "hoat-dong-chuyen-mon", "2026-10-23T16:45:00+07:00",
        [
            P("Chiều ngày 21/10/2026, Tổ Khoa học tự nhiên Trường THCS Nguyễn Du tổ chức sinh hoạt "
              "chuyên đề “Dạy học môn Khoa học tự nhiên theo chủ đề” nhằm tháo gỡ những khó khăn của "
              "giáo viên khi giảng dạy môn học tích hợp theo Chương trình GDPT 2018."),
            P("1. Những khó khăn khi dạy học môn tích hợp", "h3"),
            P("Hiện nay, phần lớn giáo viên của tổ được đào tạo đơn môn Vật lí, Hóa học hoặc Sinh "
              "học, trong khi môn Khoa học tự nhiên yêu cầu một giáo viên có thể đảm nhận nhiều "
              "mạch nội dung. Thiết bị thí nghiệm của nhà trường còn thiếu, một số phòng học bộ môn "
              "chưa đạt chuẩn."),
            _img("10", "chuyen-de-khtn-tham-luan",
                 "Cô Lê Thị Kim Oanh trình bày tham luận tại buổi sinh hoạt chuyên đề",
                 "Cô Lê Thị Kim Oanh trình bày tham luận tại buổi sinh hoạt chuyên đề", "wpcap"),
            P("2. Các giải pháp được thống nhất", "h3"),
            P("Phân công giáo viên dạy theo mạch nội dung, kết hợp sinh hoạt chuyên môn theo nghiên "
              "cứu bài học;", "li"),
            P("Xây dựng ngân hàng câu hỏi và học liệu số dùng chung cho cả tổ;", "li"),
            P("Tận dụng vật liệu sẵn có ở địa phương để làm đồ dùng thí nghiệm đơn giản;", "li"),
            P("Tăng cường dự giờ, góp ý và chia sẻ kinh nghiệm giữa các giáo viên trong và ngoài "
              "trường.", "li"),
            P("Tại buổi sinh hoạt, thầy Nguyễn Văn Hải đã dạy minh họa bài “Tốc độ chuyển động” ở "
              "lớp 7A2 theo hình thức trạm học tập. Học sinh được chia thành các nhóm, luân phiên "
              "thực hiện nhiệm vụ đo quãng đường, đo thời gian và tính tốc độ."),
            P("Buổi sinh hoạt chuyên đề đã giúp giáo viên trong tổ có cách nhìn đầy đủ hơn về dạy "
              "học tích hợp, tạo tiền đề để nâng cao chất lượng giảng dạy môn Khoa học tự nhiên "
              "trong năm học."),
            Raw("<p>&nbsp;</p>"),
            _sign("<strong>Tổ Khoa học tự nhiên</strong>", classic=True),
        ],
        authors=["Tổ Khoa học tự nhiên"],
        opts={"login": "admin", "cats": ["hoat-dong-chuyen-mon"], "tags": ["hoi-giang"],
              "editor": "classic"},
    ),
    Story(
        105, "ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-truong-lop-9",
        "Kết quả kỳ thi chọn học sinh giỏi cấp trường lớp 9, năm học 2026 – 2027",
        "hoat-dong-chuyen-mon", "2026-12-04T09:00:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi cấp trường lớp 9 năm nay thu hút 96 học sinh dự thi ở 8 "
              "môn học, có 41 em đạt giải.", "lead"),
            P("Kỳ thi được tổ chức trong hai ngày 28 và 29/11/2026 theo đúng quy chế, đảm bảo "
              "nghiêm túc, khách quan. Đề thi do các tổ chuyên môn ra, bám sát chương trình và có "
              "phân hóa để chọn được những học sinh có năng lực thực sự."),
            P("Kết quả cụ thể như sau:"),
            P("Giải Nhất: 6 em; Giải Nhì: 11 em; Giải Ba: 24 em.", "br"),
            P("Môn thi | Số HS dự thi | Giải Nhất | Giải Nhì | Giải Ba", "th"),
            P("Ngữ văn | 16 | 1 | 2 | 4", "row"),
            P("Toán | 18 | 1 | 2 | 5", "row"),
            P("Tiếng Anh | 14 | 1 | 2 | 3", "row"),
            P("Khoa học tự nhiên | 15 | 1 | 2 | 4", "row"),
            P("Lịch sử và Địa lí | 12 | 1 | 1 | 3", "row"),
            P("Tin học | 9 | 1 | 1 | 2", "row"),
            P("Giáo dục công dân | 7 | 0 | 1 | 2", "row"),
            P("Công nghệ | 5 | 0 | 0 | 1", "row"),
            P("Nhà trường sẽ thành lập đội tuyển gồm các em đạt giải Nhất, Nhì để tiếp tục bồi "
              "dưỡng, chuẩn bị tham dự kỳ thi học sinh giỏi cấp huyện vào tháng 02/2027."),
            P("Ban giám hiệu chúc mừng các em học sinh đạt giải và ghi nhận sự tận tụy của các thầy "
              "cô giáo bồi dưỡng."),
            _sign("<strong>Bộ phận Chuyên môn</strong>"),
        ],
        authors=["Bộ phận Chuyên môn"],
        summary="Kỳ thi chọn học sinh giỏi cấp trường lớp 9 năm nay thu hút 96 học sinh dự thi ở "
        "8 môn học, có 41 em đạt giải.",
        opts={"login": "admin", "cats": ["hoat-dong-chuyen-mon"], "modified": "2026-12-04T15:30:00",
              "table_caption": "Bảng tổng hợp kết quả theo môn thi"},
    ),
    Story(
        106, "ngoai-khoa-hoc-sinh-thcs-voi-van-hoa-giao-thong",
        "Ngoại khóa “Học sinh THCS với văn hóa giao thông”",
        "cong-tac-doi", "2026-10-31T14:00:00+07:00",
        [
            P("Nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông cho học sinh, "
              "chiều ngày 30/10/2026, Liên đội Trường THCS Nguyễn Du phối hợp với Công an xã Ea Kly "
              "tổ chức buổi ngoại khóa với chủ đề “Học sinh THCS với văn hóa giao thông”."),
            P("Tại buổi ngoại khóa, Thiếu tá Phan Văn Lực, Phó Trưởng Công an xã đã tuyên truyền "
              "những quy định của Luật Trật tự, an toàn giao thông đường bộ, đặc biệt là quy định về "
              "độ tuổi được điều khiển xe máy điện, xe gắn máy và việc đội mũ bảo hiểm đúng quy cách "
              "khi ngồi trên xe mô tô, xe máy."),
            _img("10", "ngoai-khoa-atgt-01", "Ảnh: Y Thuận Mlô", None),
            P("Các em học sinh còn được tham gia phần thi tìm hiểu với các câu hỏi tình huống về "
              "biển báo, cách sang đường an toàn và cách xử lý khi gặp tai nạn giao thông trên đường "
              "đến trường. Đội tuyển lớp 9A1 xuất sắc giành giải Nhất."),
            Raw('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                '<iframe loading="lazy" title="Hướng dẫn đội mũ bảo hiểm đúng cách" width="1200" '
                'height="675" src="https://www.youtube.com/embed/k3Hq9XbZt0E?feature=oembed" '
                'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; '
                'gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></div>'
                '<figcaption class="wp-element-caption">Video: Hướng dẫn đội mũ bảo hiểm đúng cách'
                '</figcaption></figure>'),
            P("Dịp này, nhà trường cũng phát động học sinh ký cam kết không vi phạm an toàn giao "
              "thông và trao tặng 50 mũ bảo hiểm đạt chuẩn cho học sinh có hoàn cảnh khó khăn."),
            _sign("<strong>Liên đội THCS Nguyễn Du</strong>"),
        ],
        authors=["Liên đội THCS Nguyễn Du"], photographers=["Y Thuận Mlô"],
        opts={"login": "bientap", "cats": ["cong-tac-doi"], "tags": ["an-toan-giao-thong"]},
    ),
    Story(
        107, "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Đại hội Liên đội nhiệm kỳ 2026 – 2027 thành công tốt đẹp",
        "cong-tac-doi", "2026-10-09T15:20:00+07:00",
        [
            P("Sáng ngày 08/10/2026, Liên đội Trường THCS Nguyễn Du tổ chức Đại hội Liên đội nhiệm "
              "kỳ 2026 – 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội và đội viên "
              "tiêu biểu."),
            P("Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ "
              "2025 – 2026. Trong nhiệm kỳ qua, Liên đội đã tổ chức tốt các phong trào “Nghìn việc "
              "tốt”, “Kế hoạch nhỏ”, “Áo ấm tặng bạn”, quyên góp được hơn 15 triệu đồng giúp đỡ học "
              "sinh có hoàn cảnh khó khăn."),
            _img("10", "dai-hoi-lien-doi-bieu-quyet",
                 "(Các đại biểu biểu quyết thông qua chương trình Đại hội)",
                 "Các đại biểu biểu quyết thông qua chương trình Đại hội", "emline"),
            P("Đại hội đã thảo luận, đề ra phương hướng hoạt động nhiệm kỳ mới với trọng tâm là "
              "giáo dục truyền thống, rèn luyện kỹ năng và xây dựng tình bạn đẹp trong đội viên."),
            P("Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm 11 đồng chí. Em Y Khang "
              "Niê, lớp 9A2 được tín nhiệm bầu làm Liên đội trưởng."),
            _img("10", "dai-hoi-lien-doi-ban-chi-huy",
                 "(Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội)",
                 "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội", "emline"),
            P("Đại hội bế mạc trong tiếng trống Đội hào hùng, khép lại một ngày làm việc khẩn "
              "trương, nghiêm túc và đầy ý nghĩa."),
            _sign("<b>H’Nhi Êban (TPT Đội)</b>", classic=True),
        ],
        authors=["H’Nhi Êban"],
        opts={"login": "bientap", "cats": ["cong-tac-doi"], "editor": "classic", "gdocs": 2},
    ),
    Story(
        108, "phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        "Phong trào “Kế hoạch nhỏ”: Đội viên thu gom hơn 2 tấn giấy vụn giúp bạn đến trường",
        "cong-tac-doi", "2026-11-06T09:30:00+07:00",
        [
            P("Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 – 2027, trong hai tuần từ ngày "
              "19/10 đến ngày 31/10/2026, Liên đội Trường THCS Nguyễn Du đã phát động các chi đội "
              "thu gom giấy vụn, vỏ chai nhựa, lon nhôm."),
            P("Với tinh thần “Mỗi đội viên một kilôgam giấy vụn”, các em đã tích cực thu gom từ gia "
              "đình, hàng xóm và cả những cuốn vở đã dùng hết. Tổng cộng, Liên đội thu được "
              "2.135 kg giấy vụn và 430 kg vỏ chai, lon nhôm."),
            _img("11", "ke-hoach-nho-6a1", None, None, "col"),
            _img("11", "ke-hoach-nho-8a3", None, None, "col"),
            P("Một số chi đội dẫn đầu phong trào:"),
            P("Chi đội 6A1: 186 kg;", "li"),
            P("Chi đội 8A3: 172 kg;", "li"),
            P("Chi đội 9A2: 165 kg.", "li"),
            P("Toàn bộ số tiền bán phế liệu là 9.450.000 đồng được Liên đội dùng để mua sách vở, áo "
              "ấm tặng học sinh có hoàn cảnh khó khăn, đặc biệt là học sinh người đồng bào dân tộc "
              "thiểu số ở các buôn trên địa bàn xã Ea Kly."),
            _sign("Nguyễn Hoàng Long – GV Tổ Sử – Địa"),
        ],
        authors=["Nguyễn Hoàng Long"],
        opts={"login": "bientap", "cats": ["cong-tac-doi"]},
    ),
    Story(
        109, "thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra giữa học kỳ I, năm học 2026 – 2027",
        "thong-bao", "2026-10-26",
        [
            Raw('<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
                '<td class="has-text-align-center" data-align="center">PHÒNG GD&amp;ĐT KRÔNG PẮC'
                '<br><strong>TRƯỜNG THCS NGUYỄN DU</strong></td>'
                '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ '
                'NGHĨA VIỆT NAM<br>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong></td></tr><tr>'
                '<td class="has-text-align-center" data-align="center">Số: 58/TB-THCSND</td>'
                '<td class="has-text-align-center" data-align="center"><em>Krông Pắc, ngày 26 '
                'tháng 10 năm 2026</em></td></tr></tbody></table></figure>'),
            Raw('<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ '
                'chức kiểm tra giữa học kỳ I, năm học 2026 &#8211; 2027</strong></p>'),
            P("Căn cứ Kế hoạch số 112/KH-THCSND ngày 05/9/2026 của Trường THCS Nguyễn Du về thực "
              "hiện nhiệm vụ năm học 2026 – 2027;"),
            P("Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ Giáo dục và Đào tạo quy "
              "định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông;"),
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I đối với các môn học đánh giá bằng "
              "nhận xét kết hợp với điểm số như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Khối | Thời gian làm bài", "th"),
            P("03/11/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "row"),
            P("03/11/2026 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "row"),
            P("04/11/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "row"),
            P("04/11/2026 | Chiều | Khoa học tự nhiên | 6, 7, 8, 9 | 60 phút", "row"),
            P("05/11/2026 | Sáng | Lịch sử và Địa lí | 6, 7, 8, 9 | 60 phút", "row"),
            P("Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc "
              "nhở học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo đầy đủ "
              "dụng cụ học tập."),
            P("Các môn học còn lại, giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch dạy "
              "học của tổ chuyên môn và hoàn thành trước ngày 14/11/2026."),
            Raw('<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
                '<td><strong><em>Nơi nhận:</em></strong><br>- GVCN, GVBM;<br>- Website trường;'
                '<br>- Lưu: VT.</td><td class="has-text-align-center" data-align="center"><strong>'
                'KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br>'
                '<strong>Nguyễn Thị Thanh Hương</strong></td></tr></tbody></table></figure>'),
            _file_block(f"{UP}/10/TB-58-kiem-tra-giua-ki-I.pdf", "TB-58-kiem-tra-giua-ki-I"),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={"login": "admin", "cats": ["thong-bao"], "posted": "2026-10-27T08:10:00",
              "modified": "2026-10-28T10:00:00"},
    ),
    Story(
        110, "thong-bao-hoc-sinh-nghi-hoc-ngay-02-12-2026-do-mua-lon",
        "Thông báo: Học sinh nghỉ học ngày 02/12/2026 do mưa lớn kéo dài",
        "thong-bao", "2026-12-01T16:30:00+07:00",
        [
            P("Thực hiện Công văn số 1245/PGDĐT ngày 01/12/2026 của Phòng Giáo dục và Đào tạo huyện "
              "Krông Pắc về việc cho học sinh nghỉ học để đảm bảo an toàn trong mưa lũ, Trường THCS "
              "Nguyễn Du thông báo:"),
            P("⚠️ Toàn bộ học sinh khối 6, 7, 8, 9 nghỉ học ngày thứ Tư, 02/12/2026. Học sinh đi "
              "học trở lại vào ngày thứ Năm, 03/12/2026 nếu thời tiết thuận lợi; trường hợp có thay "
              "đổi, nhà trường sẽ thông báo qua nhóm Zalo của các lớp."),
            P("Đề nghị cha mẹ học sinh quản lý, nhắc nhở con em không đi qua các đoạn đường ngập "
              "nước, tràn, suối, ao hồ; giáo viên chủ nhiệm nắm tình hình học sinh ở các buôn vùng "
              "trũng và báo cáo kịp thời về Ban giám hiệu."),
            SEP,
            _file_block(f"{UP}/12/CV-1245-PGDDT-nghi-hoc.pdf", "CV-1245-PGDDT-nghi-hoc"),
        ],
        opts={"login": "admin", "cats": ["thong-bao"], "tags": ["an-toan-giao-thong"]},
    ),
    Story(
        111, "trien-khai-so-diem-dien-tu-va-hoc-ba-so",
        "Triển khai sổ điểm điện tử và học bạ số từ học kỳ I năm học 2026 – 2027",
        "hoat-dong-chuyen-mon", "2026-11-27T10:20:00+07:00",
        [
            P("Từ học kỳ I năm học 2026 – 2027, Trường THCS Nguyễn Du chính thức sử dụng sổ điểm "
              "điện tử thay cho sổ điểm giấy và triển khai học bạ số cho học sinh lớp 6.", "lead"),
            P("Việc triển khai được thực hiện theo Thông tư số 22/2021/TT-BGDĐT và hướng dẫn của Sở "
              "Giáo dục và Đào tạo tỉnh Đắk Lắk về chuyển đổi số trong giáo dục. Nhà trường sử dụng "
              "phần mềm quản lý trường học được ngành giáo dục tỉnh triển khai đồng bộ."),
            P("Tập huấn cho 100% giáo viên", "h2"),
            P("Trước khi đưa vào sử dụng, nhà trường tổ chức hai buổi tập huấn cho toàn bộ giáo "
              "viên về cách nhập điểm, nhận xét, khóa sổ và ký số. Tổ Toán – Tin được phân công hỗ "
              "trợ trực tiếp những giáo viên lớn tuổi còn lúng túng khi thao tác trên máy tính."),
            _img("11", "tap-huan-so-diem-dien-tu",
                 "Giáo viên thực hành ký số trên phần mềm tại buổi tập huấn",
                 "Giáo viên thực hành ký số trên phần mềm tại buổi tập huấn"),
            P("Lợi ích thiết thực", "h2"),
            P("Cha mẹ học sinh theo dõi kết quả học tập của con qua ứng dụng trên điện thoại;", "li"),
            P("Giảm thời gian tổng hợp, thống kê điểm cuối học kỳ;", "li"),
            P("Hạn chế sai sót, tẩy xóa so với sổ điểm giấy.", "li"),
            P("Theo kế hoạch, đến hết năm học 2027 – 2028, học bạ số sẽ được triển khai đối với tất "
              "cả các khối lớp của nhà trường."),
            _sign("<strong>Lê Quang Vinh – Tổ Toán – Tin</strong>"),
        ],
        authors=["Lê Quang Vinh"],
        summary="Từ học kỳ I năm học 2026 – 2027, Trường THCS Nguyễn Du chính thức sử dụng sổ điểm "
        "điện tử thay cho sổ điểm giấy và triển khai học bạ số cho học sinh lớp 6.",
        opts={"login": "admin", "cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"],
              "tags": ["chuyen-doi-so"], "toc": True},
    ),
    Story(
        112, "trao-25-suat-hoc-bong-tiep-suc-den-truong",
        "Trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh khó khăn",
        "tin-tuc-su-kien", "2026-12-02T15:45:00+07:00",
        [
            P("Chiều 01/12, tại Trường THCS Nguyễn Du (xã Ea Kly, huyện Krông Pắc), Hội Khuyến học "
              "huyện phối hợp với Quỹ Vì tương lai Tây Nguyên trao 25 suất học bổng “Tiếp sức đến "
              "trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."),
            P("Mỗi suất học bổng gồm 1,5 triệu đồng tiền mặt, một bộ sách giáo khoa và một chiếc áo "
              "ấm. Tổng giá trị học bổng hơn 50 triệu đồng."),
            _img("12", "trao-hoc-bong-tiep-suc-den-truong",
                 "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                 "Đại diện nhà tài trợ trao học bổng cho các em học sinh"),
            P("Trong số các em nhận học bổng có em H’Yến Ktla, học sinh lớp 7A4. Bố mất sớm, mẹ làm "
              "thuê, nhưng nhiều năm liền em đều đạt danh hiệu học sinh giỏi. “Em sẽ cố gắng học "
              "thật tốt để sau này trở thành cô giáo dạy ở buôn mình”, H’Yến chia sẻ."),
            P("Thầy Trần Đình Phúc, Hiệu trưởng nhà trường cho biết, năm học này trường có 96 học "
              "sinh thuộc hộ nghèo, cận nghèo. Những suất học bổng là nguồn động viên kịp thời để "
              "các em yên tâm đến trường."),
            _sign("<strong>Hồng Nhung</strong>"),
            Raw('<p class="has-text-align-right"><em>Theo <a href="https://baodaklak.vn/giao-duc/'
                'trao-25-suat-hoc-bong-tiep-suc-den-truong.html" target="_blank" rel="noreferrer '
                'noopener">Báo Đắk Lắk điện tử</a></em></p>'),
        ],
        authors=["Hồng Nhung"], source="Báo Đắk Lắk điện tử",
        opts={
            "login": "admin", "cats": ["tin-tuc-su-kien"], "modified": "2026-12-03T08:12:00",
            "comments": [
                (61, "Ksor Y Bhin", "2026-12-02T20:31:00",
                 "Cảm ơn Hội Khuyến học và nhà tài trợ đã quan tâm đến các cháu vùng buôn."),
            ],
            "related": [102, 108],
        },
    ),
    Story(
        113, "soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        "tin-tuc-su-kien", "2026-11-25T17:10:00+07:00",
        [
            P("Từ ngày 16 đến 22/11/2026, Trường THCS Nguyễn Du tổ chức Hội khỏe Phù Đổng cấp trường "
              "với 6 môn thi đấu: bóng đá mini nam, kéo co, điền kinh, cầu lông, cờ vua và đẩy gậy, "
              "thu hút hơn 350 vận động viên là học sinh của 22 lớp."),
            P("Các trận đấu diễn ra sôi nổi, quyết liệt nhưng vẫn giữ tinh thần đoàn kết, cao "
              "thượng. Môn kéo co và đẩy gậy – những môn thể thao dân tộc – nhận được sự cổ vũ nhiệt "
              "tình của đông đảo học sinh và giáo viên."),
            _img("11", "hkpd-bong-da-mini", None, None, "gal"),
            _img("11", "hkpd-keo-co", None, None, "gal"),
            _img("11", "hkpd-day-gay", None, None, "gal"),
            _img("11", "hkpd-trao-giai", None, None, "gal"),
            P("Kết quả chung cuộc, lớp 9A1 giành giải Nhất toàn đoàn, lớp 8A2 giải Nhì, lớp 9A3 và "
              "lớp 7A1 đồng giải Ba. Ban tổ chức đã chọn 24 vận động viên xuất sắc để thành lập đội "
              "tuyển tham dự Hội khỏe Phù Đổng huyện Krông Pắc lần thứ XI."),
            _sign("<strong>Tin: Lê Văn Tài – Ảnh: Trần Bảo Ngọc</strong>"),
        ],
        authors=["Lê Văn Tài"], photographers=["Trần Bảo Ngọc"],
        opts={"login": "bientap", "cats": ["tin-tuc-su-kien", "cong-tac-doi"],
              "gallery_caption": "Một số hình ảnh thi đấu tại Hội khỏe Phù Đổng",
              "related": [106, 102]},
    ),
]

BY_ID = {s.id: s for s in STORIES}

# --- dates ------------------------------------------------------------------------------------

MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một",
          "Mười Hai"]


def _posted(story: Story) -> datetime:
    """The post's WordPress date (local), which for the notice is not the gold date."""
    raw = story.opts.get("posted") or story.published_at
    return datetime.fromisoformat(raw[:19])


def _modified(story: Story) -> datetime:
    raw = story.opts.get("modified")
    return datetime.fromisoformat(raw) if raw else _posted(story)


def wp_date(dt: datetime) -> str:
    """WordPress vi, date_format "F j, Y": "Tháng Mười Một 12, 2026"."""
    return f"Tháng {MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def wp_time(dt: datetime) -> str:
    """time_format "g:i a" in vi: "7:12 chiều"."""
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d} {'sáng' if dt.hour < 12 else 'chiều'}"


def iso_local(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def iso_utc(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def rfc822(dt: datetime) -> str:
    u = dt - timedelta(hours=7)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[u.weekday()]}, {u.day:02d} {months[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


# --- text as WordPress prints it ----------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "’": "&#8217;", "‘": "&#8216;", "–": "&#8211;",
              "—": "&#8212;", "…": "&#8230;"}


def tx(value: str) -> str:
    """Escape and wptexturize: curly quotes and dashes as numeric references."""
    out = _html.escape(value, quote=False)
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def attr(value: str) -> str:
    return esc(value).replace("–", "&#8211;")


def post_path(story: Story) -> str:
    d = _posted(story)
    return f"/{d:%Y/%m/%d}/{story.slug}/"


def cats_of(story: Story) -> list[str]:
    return list(story.opts.get("cats") or [story.cat])


def tags_of(story: Story) -> list[str]:
    return list(story.opts.get("tags") or [])


NEWEST_FIRST = sorted(STORIES, key=_posted, reverse=True)


# --- images ------------------------------------------------------------------------------------

_SIZE = re.compile(r"^(?P<base>.*)-(?P<w>\d+)x(?P<h>\d+)\.(?P<ext>jpe?g|png)$")
PLACEHOLDER = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"


def _wid(src: str) -> int:
    return 500 + sum(ord(c) for c in src) % 480


def _full(src: str) -> str:
    m = _SIZE.match(src)
    return f"{m['base']}.{m['ext']}" if m else src


def _srcset(src: str) -> str:
    m = _SIZE.match(src)
    if not m:
        return ""
    w, h = int(m["w"]), int(m["h"])
    small = f"{m['base']}-300x{round(300 * h / w)}.{m['ext']}"
    mid = f"{m['base']}-768x{round(768 * h / w)}.{m['ext']}"
    return f"{src} {w}w, {small} 300w, {mid} 768w, {_full(src)} 1280w"


def lazy_img(src: str, alt: str = "", cls: str = "", lazy: bool = True) -> str:
    """An ``<img>`` after a3 Lazy Load has rewritten it (placeholder src, data-src, noscript)."""
    m = _SIZE.match(src)
    w, h = (m["w"], m["h"]) if m else ("300", "200")
    wid = _wid(src)
    classes = f"{cls} wp-image-{wid}".strip()
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    plain = (f'<img decoding="async" width="{w}" height="{h}" src="{src}" alt="{attr(alt)}" '
             f'class="{classes}" srcset="{_srcset(src)}" sizes="{sizes}" />')
    if not lazy:
        return plain
    return (f'<img decoding="async" width="{w}" height="{h}" src="{PLACEHOLDER}" '
            f'data-lazy-type="image" data-src="{src}" alt="{attr(alt)}" '
            f'class="lazy lazy-hidden {classes}" srcset="" data-srcset="{_srcset(src)}" '
            f'sizes="{sizes}" /><noscript>{plain}</noscript>')


def attachment_slug(src: str) -> str:
    m = _SIZE.match(src)
    name = (m["base"] if m else src).rsplit("/", 1)[-1]
    return name.replace("_", "-").lower()


def _block_image(story: Story, img: Img) -> str:
    flags = set(img.style.split("+"))
    align = " aligncenter" if "center" in flags else ""
    href = (post_path(story) + attachment_slug(img.src) + "/") if "att" in flags else _full(img.src)
    cap = (f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>'
           if img.printed else "")
    return (f'<figure class="wp-block-image{align} size-large"><a href="{href}">'
            f'{lazy_img(img.src)}</a>{cap}</figure>')


# --- article body --------------------------------------------------------------------------------


def _cells(p: P, tag: str) -> str:
    return "<tr>" + "".join(f"<{tag}>{tx(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>"


def render_content(story: Story) -> str:
    """The ``entry-content`` inner markup of one post (block or classic editor)."""
    classic = story.opts.get("editor") == "classic"
    gdocs = int(story.opts.get("gdocs") or 0)
    blocks = list(story.blocks)
    out: list[str] = []
    i = 0
    n_par = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style in ("gal", "col"):
                run = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == b.style:
                    run.append(blocks[i])
                    i += 1
                if b.style == "gal":
                    items = "".join(
                        f'<figure class="wp-block-image size-large"><a href="{_full(g.src)}">'
                        + lazy_img(g.src).replace("<img ", f'<img data-id="{_wid(g.src)}" ', 1)
                        + "</a>"
                        + (f'<figcaption class="wp-element-caption">{tx(g.printed)}</figcaption>'
                           if g.printed else "")
                        + "</figure>"
                        for g in run
                    )
                    gcap = story.opts.get("gallery_caption")
                    gcap_html = (f'<figcaption class="blocks-gallery-caption wp-element-caption">'
                                 f'{tx(gcap)}</figcaption>' if gcap else "")
                    out.append(
                        f'<figure class="wp-block-gallery has-nested-images columns-{min(len(run), 3)} '
                        f'is-cropped wp-block-gallery-{story.id % 7 + 1} is-layout-flex '
                        f'wp-block-gallery-is-layout-flex">{items}{gcap_html}</figure>'
                    )
                else:
                    cols = "".join(
                        '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">'
                        f'<figure class="wp-block-image size-large">{lazy_img(g.src)}</figure></div>'
                        for g in run
                    )
                    out.append('<div class="wp-block-columns is-layout-flex '
                               'wp-container-core-columns-is-layout-28f84493 '
                               f'wp-block-columns-is-layout-flex">{cols}</div>')
                continue
            if b.style == "wpcap":
                wid = _wid(b.src)
                out.append(
                    f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" '
                    f'style="width: 1024px" class="wp-caption aligncenter">'
                    f'{lazy_img(b.src, cls="size-large")}'
                    f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">'
                    f'{tx(b.printed or "")}</figcaption></figure>'
                )
            elif b.style == "emline":
                out.append(f'<p style="text-align: center;">'
                           f'{lazy_img(b.src, cls="aligncenter size-large")}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{tx(b.printed)}</em></p>')
            else:
                out.append(_block_image(story, b))
            i += 1
            continue
        # paragraphs
        style = b.style
        if style in ("li", "oli"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                run.append(blocks[i])
                i += 1
            tag = "ul" if style == "li" else "ol"
            cls = "" if classic else ' class="wp-block-list"'
            out.append(f"<{tag}{cls}>" + "".join(f"<li>{tx(x.text)}</li>" for x in run)
                       + f"</{tag}>")
            continue
        if style in ("th", "row"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "row"):
                (head if blocks[i].style == "th" else body).append(blocks[i])
                i += 1
            thead = "<thead>" + "".join(_cells(x, "th") for x in head) + "</thead>" if head else ""
            tbody = "<tbody>" + "".join(_cells(x, "td") for x in body) + "</tbody>"
            tcap = story.opts.get("table_caption")
            cap = f'<figcaption class="wp-element-caption">{tx(tcap)}</figcaption>' if tcap else ""
            out.append(f'<figure class="wp-block-table is-style-stripes"><table '
                       f'class="has-fixed-layout">{thead}{tbody}</table>{cap}</figure>')
            continue
        if style in ("quote", "cite"):
            inner = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("quote", "cite"):
                q = blocks[i]
                inner.append(f"<cite>{tx(q.text)}</cite>" if q.style == "cite" else f"<p>{tx(q.text)}</p>")
                i += 1
            out.append('<blockquote class="wp-block-quote is-layout-flow '
                       'wp-block-quote-is-layout-flow">' + "".join(inner) + "</blockquote>")
            continue
        if style in ("h2", "h3"):
            if story.opts.get("toc") and style == "h2" and not any("ez-toc" in o for o in out):
                out.append(_toc(story))
            anchor = _anchor(b.text)
            if classic:
                out.append(f"<{style}><strong>{tx(b.text)}</strong></{style}>")
            else:
                out.append(f'<{style} class="wp-block-heading"><span class="ez-toc-section" '
                           f'id="{anchor}"></span>{tx(b.text)}<span class="ez-toc-section-end">'
                           f'</span></{style}>' if story.opts.get("toc") else
                           f'<{style} class="wp-block-heading">{tx(b.text)}</{style}>')
            i += 1
            continue
        # plain paragraph, possibly followed by <br> continuations
        parts = [b.text]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            parts.append(blocks[i].text)
            i += 1
        n_par += 1
        inner = "<br>\n".join(tx(x) for x in parts)
        if style == "lead":
            inner = f"<strong>{inner}</strong>"
        if gdocs and n_par <= gdocs:
            words = inner.split(" ", 1)
            inner = "&nbsp;".join(words) if len(words) == 2 else inner
            out.append(
                '<p dir="ltr" style="line-height: 1.38; margin-top: 0pt; margin-bottom: 0pt;">'
                '<span style="font-size: 12pt; font-family: \'Times New Roman\'; color: #000000; '
                'background-color: transparent; font-weight: 400; font-style: normal; '
                'font-variant: normal; text-decoration: none; vertical-align: baseline; '
                f'white-space: pre-wrap;">{inner}</span></p>'
            )
            if n_par == gdocs:
                out.append("</b>")
            continue
        if classic:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
        else:
            out.append(f"<p>{inner}</p>")
    if gdocs:
        out.insert(0, '<b style="font-weight:normal;" id="docs-internal-guid-6f1c2a7e-7fff-'
                      '3b9d-41c5-8e0a9d2f5b14">')
    return "\n".join(out)


def _anchor(heading: str) -> str:
    table = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
    plain = heading.lower().translate(table)
    plain = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    return plain[:1].upper() + plain[1:]


def _toc(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style == "h2"]
    items = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link "
        f"ez-toc-heading-{n}\" href=\"#{_anchor(h)}\" title=\"{attr(h)}\">{tx(h)}</a></li>"
        for n, h in enumerate(heads, 1)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter '
        'ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container">'
        '<p class="ez-toc-title" style="cursor:inherit">Mục lục</p><span class="ez-toc-title-toggle">'
        '<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default '
        'ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">'
        '</span></a></span></div><nav><ul class=\'ez-toc-list ez-toc-list-level-1 \' >'
        f"{items}</ul></nav></div>"
    )


def _tx_raw(markup: str) -> str:
    for ch, ref in _TEXTURIZE.items():
        markup = markup.replace(ch, ref)
    return markup


def content_html(story: Story) -> str:
    return _tx_raw(render_content(story))


# --- chrome --------------------------------------------------------------------------------------

ICON_ARROW = ('<span class="gp-icon icon-arrow"><svg viewBox="0 0 330 512" aria-hidden="true" '
              'xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M305.913 197.085c0 '
              '2.266-1.133 4.815-2.833 6.514L171.087 335.593c-1.7 1.7-4.249 2.832-6.515 2.832s-4.815-'
              '1.133-6.515-2.832L26.064 203.599c-1.7-1.7-2.832-4.248-2.832-6.514s1.132-4.816 2.832-'
              '6.515l14.162-14.163c1.7-1.699 3.966-2.832 6.515-2.832 2.266 0 4.815 1.133 6.515 '
              '2.832l111.316 111.317 111.316-111.317c1.7-1.699 4.249-2.832 6.515-2.832s4.815 1.133 '
              '6.515 2.832l14.162 14.163c1.7 1.7 2.833 4.249 2.833 6.515z" /></svg></span>')

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"),
                                    ("/co-cau-to-chuc/", "Cơ cấu tổ chức")]),
    ("/tin-tuc/", "Tin tức", [("/chuyen-muc/tin-tuc-su-kien/", "Tin tức - Sự kiện"),
                              ("/chuyen-muc/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn"),
                              ("/chuyen-muc/cong-tac-doi/", "Công tác Đội")]),
    ("/chuyen-muc/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu(current: str) -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU, 1):
        mid = 20 + n * 3
        cls = f"menu-item menu-item-type-{'custom' if href == '/' else 'post_type'} menu-item-{mid}"
        if href == current:
            cls += " current-menu-item"
        if subs:
            cls += " menu-item-has-children"
            sub = "".join(
                f'<li id="menu-item-{mid}{k}" class="menu-item menu-item-type-taxonomy '
                f'menu-item-{mid}{k}"><a href="{h}">{tx(lab)}</a></li>'
                for k, (h, lab) in enumerate(subs, 1)
            )
            items.append(f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}">{tx(label)}'
                         f'<span role="presentation" class="dropdown-menu-toggle">{ICON_ARROW}'
                         f'</span></a><ul class="sub-menu">{sub}</ul></li>')
        else:
            items.append(f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}">{tx(label)}</a></li>')
    return "".join(items)


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="{post_path(s)}">{tx(s.title)}</a></li>' for s in NEWEST_FIRST[:5]
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{cid}"><a href="/chuyen-muc/{slug}/">{tx(name)}</a> '
        f'({len(_in_cat(slug))})</li>'
        for slug, (name, cid, _d) in sorted(CATEGORIES.items(), key=lambda kv: kv[1][0])
    )
    return (
        '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div '
        'class="inside-right-sidebar">'
        '<aside id="search-2" class="widget inner-padding widget_search"><form method="get" '
        'class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:'
        '</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" '
        'name="s" title="Tìm kiếm cho:"></label><button class="search-submit" aria-label="Tìm kiếm">'
        '</button></form></aside>'
        '<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">'
        f'<h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></aside>'
        '<aside id="categories-2" class="widget inner-padding widget_categories">'
        f'<h2 class="widget-title">Chuyên mục</h2><ul>{cats}</ul></aside>'
        '<aside id="wp_statistics_widget-2" class="widget inner-padding widget_wp_statistics_widget">'
        '<h2 class="widget-title">Thống kê truy cập</h2><ul>'
        '<li><label>Đang online:&nbsp;</label>9</li><li><label>Hôm nay:&nbsp;</label>214</li>'
        '<li><label>Hôm qua:&nbsp;</label>387</li><li><label>Tháng này:&nbsp;</label>1.902</li>'
        '<li><label>Tổng truy cập:&nbsp;</label>163.548</li></ul></aside>'
        '<aside id="media_image-3" class="widget inner-padding widget_media_image">'
        '<h2 class="widget-title">Liên kết</h2><a href="https://moet.gov.vn/"><img width="300" '
        'height="80" src="/wp-content/uploads/2026/08/banner-bo-gddt-300x80.png" class="image '
        'wp-image-41 attachment-medium size-medium" alt="Bộ Giáo dục và Đào tạo" decoding="async" '
        'loading="lazy" /></a><a href="https://sogddt.daklak.gov.vn/"><img width="300" height="80" '
        'src="/wp-content/uploads/2026/08/banner-so-gddt-dak-lak-300x80.png" class="image '
        'wp-image-42 attachment-medium size-medium" alt="Sở GD&amp;ĐT Đắk Lắk" decoding="async" '
        'loading="lazy" /></a></aside>'
        "</div></div>"
    )


def _breadcrumbs(crumbs: list[tuple[str | None, str]]) -> str:
    parts = []
    for href, label in crumbs:
        if href:
            parts.append(f'<span><a href="{href}">{tx(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page"><strong>{tx(label)}'
                         f"</strong></span>")
    return ('<div class="grid-container breadcrumbs-wrap"><p id="breadcrumbs"><span>'
            + " » ".join(parts) + "</span></p></div>")


def page(request: Request, *, title: str, body_class: str, main: str, head_extra: str = "",
         crumbs: list[tuple[str | None, str]] | None = None, current: str = "",
         canonical: str | None = None, status: int = 200) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v23.8 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{tx(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
{canon}
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{attr(SITE_NAME)}" />
{head_extra}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{attr(SITE_NAME)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<link rel='stylesheet' id='a3a3_lazy_load-css' href='/wp-content/uploads/sass/a3_lazy_load.min.css?ver=1700000000' media='all' />
<style id='generate-style-inline-css'>.posted-on .updated{{display:none;}}body{{background-color:#f2f5f9;color:#222;}}.main-navigation{{background-color:#0b5394;}}</style>
<link rel="icon" href="/wp-content/uploads/2026/08/cropped-logo-thcs-nguyen-du-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container">
<aside id="text-4" class="widget inner-padding widget_text"><div class="textwidget"><p><span class="ngay-hom-nay">{TODAY_LINE}</span> | Điện thoại: 0262 3 521 468 | Email: thcsnguyendu.krongpac@daklak.edu.vn</p></div></aside>
</div></div>
<header class="site-header grid-container" id="masthead" aria-label="Trang web" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container">
<div class="site-branding-container"><div class="site-logo"><a href="/" rel="home"><img class="header-image is-logo-image" alt="{attr(SITE_NAME)}" src="{LOGO}" width="96" height="96" /></a></div>
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">{tx(SITE_NAME)}</a></p><p class="site-description" itemprop="description">{tx(TAGLINE)}</p></div></div>
</div>
</header>
<nav class="main-navigation grid-container sub-menu-right" id="site-navigation" aria-label="Chính" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-menu-chinh" class=" menu sf-menu">{_menu(current)}</ul></div>
</div>
</nav>
{_breadcrumbs(crumbs) if crumbs else ""}
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary">
<main class="site-main" id="main">
{main}
</main>
</div>
{_sidebar()}
</div>
</div>
<div class="site-footer footer-bar-active footer-bar-align-right">
<div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div class="inside-footer-widgets">
<div class="footer-widget-1"><aside id="text-6" class="widget inner-padding widget_text"><h2 class="widget-title">TRƯỜNG THCS NGUYỄN DU</h2><div class="textwidget"><p>Địa chỉ: Thôn 4, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk<br />Điện thoại: 0262 3 521 468<br />Email: thcsnguyendu.krongpac@daklak.edu.vn</p></div></aside></div>
<div class="footer-widget-2"><aside id="text-7" class="widget inner-padding widget_text"><h2 class="widget-title">Kết nối</h2><div class="textwidget"><p><a href="https://www.facebook.com/thcsnguyendu.krongpac">Fanpage nhà trường</a><br /><a href="{base}/feed/">RSS</a></p></div></aside></div>
</div></div></div>
<footer class="site-info" aria-label="Trang web" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2026 {tx(SITE_NAME)} &bull; Xây dựng với <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div>
</footer>
</div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
<script id="jquery-lazyloadxt-js" src="/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.7.3"></script>
</body>
</html>
"""
    return html(doc, status=status)


# --- entry meta -----------------------------------------------------------------------------------


def _time_tags(story: Story) -> str:
    pub, mod = _posted(story), _modified(story)
    published = (f'<time class="entry-date published" datetime="{iso_local(pub)}" '
                 f'itemprop="datePublished">{wp_date(pub)}</time>')
    if mod != pub:
        return (f'<time class="updated" datetime="{iso_local(mod)}" itemprop="dateModified">'
                f"{wp_date(mod)}</time>" + published)
    return published


def _byline(story: Story) -> str:
    login = story.opts["login"]
    shown = ACCOUNTS[login][0]
    return (f'<span class="byline">bởi <span class="author vcard" itemprop="author" '
            f'itemtype="https://schema.org/Person" itemscope><a class="url fn n" '
            f'href="/author/{login}/" title="Xem tất cả bài viết của {attr(shown)}" rel="author" '
            f'itemprop="url"><span class="author-name" itemprop="name">{tx(shown)}</span></a>'
            f"</span></span>")


def _entry_meta(story: Story) -> str:
    return (f'<div class="entry-meta"><span class="posted-on">{_time_tags(story)}</span> '
            f"{_byline(story)}</div>")


def _cat_links(story: Story) -> str:
    names = sorted(cats_of(story), key=lambda c: CATEGORIES[c][0])
    links = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="category tag">{tx(CATEGORIES[c][0])}</a>'
                      for c in names)
    return (f'<span class="cat-links"><span class="gp-icon icon-categories"></span>'
            f'<span class="screen-reader-text">Chuyên mục </span>{links}</span>')


def _tag_links(story: Story) -> str:
    if not tags_of(story):
        return ""
    links = ", ".join(f'<a href="/the/{t}/" rel="tag">{tx(TAGS[t])}</a>' for t in tags_of(story))
    return (f' <span class="tags-links"><span class="gp-icon icon-tags"></span>'
            f'<span class="screen-reader-text">Thẻ </span>{links}</span>')


def _excerpt(story: Story, words: int = 40) -> str:
    plain = re.sub(r"<(figcaption|noscript|object)\b.*?</\1>", " ", content_html(story), flags=re.S)
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", plain))
    return " ".join(plain.split()[:words])


def _in_cat(slug: str) -> list[Story]:
    return [s for s in NEWEST_FIRST if slug in cats_of(s)]


def _neighbours(story: Story) -> tuple[Story | None, Story | None]:
    """Previous (older) and next (newer) post sharing a category (in_same_term)."""
    mine = set(cats_of(story))
    same = [s for s in NEWEST_FIRST if mine & set(cats_of(s))]
    k = same.index(story)
    older = same[k + 1] if k + 1 < len(same) else None
    newer = same[k - 1] if k > 0 else None
    return older, newer


def _post_nav(story: Story) -> str:
    older, newer = _neighbours(story)
    parts = []
    if older:
        parts.append(f'<div class="nav-previous"><span class="gp-icon icon-arrow-left"></span>'
                     f'<span class="prev" title="Bài trước"><a href="{post_path(older)}" rel="prev">'
                     f'<span class="nav-lbl">Bài trước:</span> {tx(older.title)}</a></span></div>')
    if newer:
        parts.append(f'<div class="nav-next"><span class="gp-icon icon-arrow-right"></span>'
                     f'<span class="next" title="Bài sau"><a href="{post_path(newer)}" rel="next">'
                     f'<span class="nav-lbl">Bài sau:</span> {tx(newer.title)}</a></span></div>')
    return f'<nav id="nav-below" class="post-navigation" aria-label="Bài viết">{"".join(parts)}</nav>'


def _jetpack(story: Story, base: str) -> str:
    url = quote(base + post_path(story), safe="")
    share = (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
        'sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content">'
        '<ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook '
        f'sd-button share-icon" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
        'target="_blank" title="Nhấp để chia sẻ trên Facebook"><span>Facebook</span></a></li>'
        '<li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button '
        f'share-icon" href="https://x.com/intent/tweet?url={url}" target="_blank" '
        'title="Nhấp để chia sẻ trên X"><span>X</span></a></li><li class="share-print"><a '
        'rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" '
        f'href="{post_path(story)}#print" target="_blank" title="Nhấp để in"><span>In</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
    )
    related = story.opts.get("related") or []
    if not related:
        return share
    items = []
    for pos, rid in enumerate(related):
        r = BY_ID[rid]
        href = (f"{post_path(r)}?relatedposts_hit=1&#038;relatedposts_origin={story.id}"
                f"&#038;relatedposts_position={pos}")
        thumb = _thumb(r)
        items.append(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{pos} jp-relatedposts-post-thumbs" '
            f'data-post-id="{rid}" data-post-format="false"><a class="jp-relatedposts-post-a" '
            f'href="{href}" title="{attr(r.title)}" rel="nofollow" data-origin="{story.id}" '
            f'data-position="{pos}"><img loading="lazy" class="jp-relatedposts-post-img" '
            f'src="{thumb}" width="350" height="200" alt="" /></a><h4 '
            f'class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{href}" '
            f'rel="nofollow">{tx(r.title)}</a></h4><p class="jp-relatedposts-post-date">'
            f"{wp_date(_posted(r))}</p><p class=\"jp-relatedposts-post-context\">Trong "
            f'&quot;{tx(CATEGORIES[r.cat][0])}&quot;</p></div>'
        )
    return (share + '<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;">'
            '<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>'
            '<div class="jp-relatedposts-items jp-relatedposts-items-visual">'
            + "".join(items) + "</div></div>")


def _thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return "/wp-content/uploads/2026/08/thong-bao-mac-dinh-300x200.jpg"
    m = _SIZE.match(imgs[0].src)
    return f"{m['base']}-300x200.{m['ext']}" if m else imgs[0].src


def _og_image(story: Story) -> str:
    return _full(story.images[0].src) if story.images else LOGO


def _comment_link(story: Story, cid: int) -> str:
    return f"{post_path(story)}comment-page-1/#comment-{cid}"


def _comments(story: Story) -> str:
    comments = story.opts.get("comments") or []
    lis = []
    for k, (cid, name, when, textv) in enumerate(comments):
        dt = datetime.fromisoformat(when)
        parity = "even" if k % 2 == 0 else "odd alt"
        lis.append(
            f'<li id="comment-{cid}" class="comment {parity} thread-{parity.split()[0]} depth-1">'
            f'<article class="comment-body" id="div-comment-{cid}" '
            f'itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" '
            f'aria-label="Bình luận meta"><img alt="" src="/wp-content/uploads/2026/08/avatar-mac-'
            f'dinh-50x50.png" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" '
            f'decoding="async" /><div class="comment-author-info"><div class="comment-author vcard" '
            f'itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" '
            f'class="fn">{tx(name)}</cite></div><div class="entry-meta comment-metadata"><a '
            f'href="{_comment_link(story, cid)}"><time datetime="{iso_local(dt)}" '
            f'itemprop="datePublished">{wp_date(dt)} lúc {wp_time(dt)}</time></a></div></div>'
            f'<span class="reply"><a rel="nofollow" class="comment-reply-link" '
            f'href="#comment-{cid}" data-commentid="{cid}" data-postid="{story.id}" '
            f'data-belowelement="div-comment-{cid}" data-respondelement="respond" '
            f'aria-label="Trả lời đến {attr(name)}">Trả lời</a></span></footer>'
            f'<div class="comment-content" itemprop="text"><p>{tx(textv)}</p></div></article></li>'
        )
    head = ""
    if comments:
        head = (f'<h2 class="comments-title">{len(comments)} bình luận về &ldquo;{tx(story.title)}'
                f'&rdquo;</h2><ol class="comment-list">{"".join(lis)}</ol>')
    return (
        f'<div class="comments-area"><div id="comments">{head}'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        'Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" '
        f'href="{post_path(story)}#respond" style="display:none;">Hủy</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" '
        'novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">'
        'Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" required>'
        '</textarea></p><label for="author" class="screen-reader-text">Tên</label><input '
        'placeholder="Tên *" id="author" name="author" type="text" value="" size="30" required />'
        '<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" '
        'id="email" name="email" type="email" value="" size="30" required />'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
        'value="Phản hồi" /> <input type="hidden" name="comment_post_ID" '
        f'value="{story.id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" '
        'id="comment_parent" value="0" /></p></form></div></div></div>'
    )


def _schema(story: Story, base: str) -> str:
    url = base + post_path(story)
    pub, mod = _posted(story), _modified(story)
    login = story.opts["login"]
    shown = ACCOUNTS[login][0]
    cat = CATEGORIES[story.cat][0]
    graph = [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": shown, "@id": f"{base}/#/schema/person/{login}"},
         "headline": story.title, "datePublished": iso_utc(pub), "dateModified": iso_utc(mod),
         "mainEntityOfPage": {"@id": url}, "commentCount": len(story.opts.get("comments") or []),
         "publisher": {"@id": f"{base}/#organization"},
         "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": base + _og_image(story),
         "keywords": [TAGS[t] for t in tags_of(story)],
         "articleSection": sorted(CATEGORIES[c][0] for c in cats_of(story)), "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{story.title} - {SITE_NAME}",
         "isPartOf": {"@id": f"{base}/#website"}, "datePublished": iso_utc(pub),
         "dateModified": iso_utc(mod), "breadcrumb": {"@id": f"{url}#breadcrumb"},
         "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": "Tin tức", "item": f"{base}/tin-tuc/"},
            {"@type": "ListItem", "position": 3, "name": cat,
             "item": f"{base}/chuyen-muc/{story.cat}/"},
            {"@type": "ListItem", "position": 4, "name": story.title}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": SITE_NAME,
         "publisher": {"@id": f"{base}/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {
             "@type": "EntryPoint", "urlTemplate": f"{base}/?s={{search_term_string}}"},
             "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True,
                             "valueName": "search_term_string"}}], "inLanguage": "vi"},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE_NAME,
         "url": f"{base}/", "logo": {"@type": "ImageObject", "url": base + LOGO}},
        {"@type": "Person", "@id": f"{base}/#/schema/person/{login}", "name": shown,
         "url": f"{base}/author/{login}/"},
    ]
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return f'<script type="application/ld+json" class="yoast-schema-graph">{data}</script>'


def _post_head(story: Story, base: str) -> str:
    pub, mod = _posted(story), _modified(story)
    desc = _excerpt(story, 30)
    return (
        f'<meta name="description" content="{attr(desc)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{attr(story.title)}" />\n'
        f'<meta property="og:description" content="{attr(desc)}" />\n'
        f'<meta property="og:url" content="{base}{post_path(story)}" />\n'
        f'<meta property="article:publisher" content="https://www.facebook.com/thcsnguyendu.krongpac" />\n'
        f'<meta property="article:published_time" content="{iso_utc(pub)}" />\n'
        + (f'<meta property="article:modified_time" content="{iso_utc(mod)}" />\n' if mod != pub else "")
        + f'<meta property="og:image" content="{base}{_og_image(story)}" />\n'
        f'<meta name="author" content="{attr(ACCOUNTS[story.opts["login"]][0])}" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n'
        f'<meta name="twitter:data1" content="{attr(ACCOUNTS[story.opts["login"]][0])}" />\n'
        f'<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n'
        f'<meta name="twitter:data2" content="2 phút" />\n'
        f"{_schema(story, base)}\n"
        f"<link rel='shortlink' href='{base}/?p={story.id}' />"
    )


def render_post(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat_classes = " ".join(f"category-{c}" for c in sorted(cats_of(story)))
    tag_classes = " ".join(f"tag-{t}" for t in tags_of(story))
    article = (
        f'<article id="post-{story.id}" class="post-{story.id} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry {cat_classes} {tag_classes}" '
        f'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{tx(story.title)}'
        f"</h1>{_entry_meta(story)}</header>"
        f'<div class="entry-content" itemprop="text">\n{content_html(story)}\n'
        f"{_jetpack(story, base)}</div>"
        f'<footer class="entry-meta" aria-label="Entry meta">{_cat_links(story)}{_tag_links(story)}'
        f"{_post_nav(story)}</footer></div></article>{_comments(story)}"
    )
    cat = CATEGORIES[story.cat][0]
    return page(
        request, title=f"{story.title} - {SITE_NAME}",
        body_class=f"post-template-default single single-post postid-{story.id} "
        "single-format-standard",
        main=article, head_extra=_post_head(story, base),
        crumbs=[("/", "Trang chủ"), ("/tin-tuc/", "Tin tức"), (f"/chuyen-muc/{story.cat}/", cat),
                (None, story.title)],
        canonical=post_path(story),
    )


def render_attachment(request: Request, story: Story, img: Img) -> Response:
    slug = attachment_slug(img.src)
    wid = _wid(img.src)
    when = _posted(story) - timedelta(minutes=12)
    main = (
        f'<article id="post-{wid}" class="post-{wid} attachment type-attachment status-inherit '
        f'hentry" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">'
        f"{slug.replace('-', '_', 1)}</h1><div class=\"entry-meta\"><span class=\"posted-on\">"
        f'<time class="entry-date published" datetime="{iso_local(when)}" '
        f'itemprop="datePublished">{wp_date(when)}</time></span> {_byline(story)}</div></header>'
        f'<div class="entry-content" itemprop="text"><p class="attachment"><a href="{_full(img.src)}">'
        f'<img width="300" height="225" src="{_SIZE.sub(lambda m: m["base"] + "-300x225." + m["ext"], img.src)}" '
        f'class="attachment-medium size-medium" alt="" decoding="async" /></a></p></div>'
        f'<footer class="entry-meta" aria-label="Entry meta"><nav id="nav-below" '
        f'class="post-navigation" aria-label="Bài viết"><div class="nav-previous"><span '
        f'class="prev">Đăng trong <a href="{post_path(story)}">{tx(story.title)}</a></span></div>'
        f"</nav></footer></div></article>"
    )
    return page(request, title=f"{slug.replace('-', '_', 1)} - {SITE_NAME}",
                body_class=f"attachment attachment-template-default single single-attachment "
                f"postid-{wid} attachmentid-{wid} attachment-jpeg",
                main=main, canonical=post_path(story) + slug + "/",
                crumbs=[("/", "Trang chủ"), ("/tin-tuc/", "Tin tức"),
                        (f"/chuyen-muc/{story.cat}/", CATEGORIES[story.cat][0]),
                        (post_path(story), story.title), (None, slug.replace("-", "_", 1))])


# --- listings --------------------------------------------------------------------------------------


def _summary_article(story: Story) -> str:
    ncom = len(story.opts.get("comments") or [])
    com = (f'<a href="{post_path(story)}#comments">{ncom} bình luận</a>' if ncom
           else f'<a href="{post_path(story)}#respond">Để lại bình luận</a>')
    cat_classes = " ".join(f"category-{c}" for c in sorted(cats_of(story)))
    return (
        f'<article id="post-{story.id}" class="post-{story.id} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry {cat_classes}" '
        f'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
        f'<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a '
        f'href="{post_path(story)}" rel="bookmark">{tx(story.title)}</a></h2>{_entry_meta(story)}'
        f'</header><div class="post-image"><a href="{post_path(story)}">'
        f'{lazy_img(_thumb(story), cls="attachment-medium size-medium wp-post-image")}</a></div>'
        f'<div class="entry-summary" itemprop="text"><p>{tx(_excerpt(story))} &#8230; <a '
        f'title="{attr(story.title)}" class="read-more" href="{post_path(story)}" '
        f'aria-label="Đọc thêm về {attr(story.title)}">Đọc thêm</a></p></div>'
        f'<footer class="entry-meta" aria-label="Entry meta">{_cat_links(story)} <span '
        f'class="comments-link"><span class="gp-icon icon-comments"></span>{com}</span></footer>'
        f"</div></article>"
    )


def paginate_links(base_path: str, current: int, total: int) -> str:
    """WordPress paginate_links(): end_size 1, mid_size 1, prev/next, dots."""
    if total <= 1:
        return ""

    def link(n: int) -> str:
        return base_path if n == 1 else f"{base_path}page/{n}/"

    out = []
    if current > 1:
        out.append(f'<a class="prev page-numbers" href="{link(current - 1)}"><span '
                   f'aria-hidden="true">&larr;</span> Trước</a>')
    dots = False
    for n in range(1, total + 1):
        if n == current:
            out.append(f'<span aria-current="page" class="page-numbers current"><span '
                       f'class="screen-reader-text">Trang</span>{n}</span>')
            dots = True
        elif n <= 1 or current - 1 <= n <= current + 1 or n > total - 1:
            out.append(f'<a class="page-numbers" href="{link(n)}"><span '
                       f'class="screen-reader-text">Trang</span>{n}</a>')
            dots = True
        elif dots:
            out.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    if current < total:
        out.append(f'<a class="next page-numbers" href="{link(current + 1)}">Tiếp <span '
                   f'aria-hidden="true">&rarr;</span></a>')
    return ('<nav id="nav-below" class="paging-navigation" aria-label="Trang"><div '
            f'class="nav-links">{"".join(out)}</div></nav>')


def render_listing(request: Request, *, stories: list[Story], base_path: str, n: int,
                   title: str, heading: str | None, description: str = "",
                   body_class: str, crumbs: list[tuple[str | None, str]],
                   current: str = "") -> Response | None:
    total = max(1, -(-len(stories) // PER_PAGE))
    if n < 1 or n > total:
        return None
    chunk = stories[(n - 1) * PER_PAGE: n * PER_PAGE]
    header = ""
    if heading:
        desc = f'<div class="taxonomy-description"><p>{tx(description)}</p></div>' if description else ""
        header = (f'<header class="page-header" aria-label="Trang"><h1 class="page-title">'
                  f"{tx(heading)}</h1>{desc}</header>")
    main = header + "".join(_summary_article(s) for s in chunk) + paginate_links(base_path, n, total)
    canon = base_path if n == 1 else f"{base_path}page/{n}/"
    base = base_url(request)
    rels = ""
    if n > 1:
        rels += f'<link rel="prev" href="{base}{base_path if n == 2 else f"{base_path}page/{n - 1}/"}" />\n'
    if n < total:
        rels += f'<link rel="next" href="{base}{base_path}page/{n + 1}/" />\n'
    shown_title = title if n == 1 else f"{title} - Trang {n} trên {total}"
    if n > 1:
        body_class += " paged paged-" + str(n)
    return page(request, title=f"{shown_title} - {SITE_NAME}", body_class=body_class, main=main,
                head_extra=rels + '<meta property="og:type" content="article" />',
                crumbs=crumbs, current=current, canonical=canon)


# --- pages (WordPress "page" post type) -------------------------------------------------------------


@dataclass(frozen=True)
class WPPage:
    id: int
    slug: str
    title: str
    content: str


def _doc_list() -> str:
    docs = [
        ("10", "KH-112-nhiem-vu-nam-hoc-2026-2027", "Kế hoạch số 112/KH-THCSND thực hiện nhiệm vụ "
         "năm học 2026 – 2027"),
        ("10", "TB-58-kiem-tra-giua-ki-I", "Thông báo số 58/TB-THCSND lịch kiểm tra giữa học kỳ I"),
        ("09", "QC-chi-tieu-noi-bo-2026", "Quy chế chi tiêu nội bộ năm 2026"),
        ("09", "KH-chuyen-doi-so-2026-2027", "Kế hoạch chuyển đổi số năm học 2026 – 2027"),
    ]
    rows = []
    for month, name, label in docs:
        href = f"{UP}/{month}/{name}.pdf"
        rows.append(f'<div class="wp-block-file"><a id="wp-block-file--media-{name.lower()}" '
                    f'href="{href}">{tx(label)}</a><a href="{href}" class="wp-block-file__button '
                    f'wp-element-button" download aria-describedby="wp-block-file--media-'
                    f'{name.lower()}">Tải về</a></div>')
    return ('<p>Các văn bản, kế hoạch của nhà trường được công khai theo quy định tại Thông tư số '
            '09/2024/TT-BGDĐT.</p>' + "".join(rows))


def _album() -> str:
    albums = [
        ("Lễ khai giảng năm học 2026 – 2027", ["khai-giang-2026-01", "khai-giang-2026-02",
                                               "khai-giang-2026-03"]),
        ("Trải nghiệm “Em yêu buôn làng”", ["trai-nghiem-buon-lang-01", "trai-nghiem-buon-lang-02"]),
    ]
    out = []
    for title, names in albums:
        figs = "".join(
            f'<figure class="wp-block-image size-large"><a href="{UP}/09/{n}.jpg">'
            f"{lazy_img(f'{UP}/09/{n}-1024x683.jpg')}</a></figure>" for n in names
        )
        out.append(f'<h2 class="wp-block-heading">{tx(title)}</h2><figure class="wp-block-gallery '
                   f'has-nested-images columns-3 is-cropped">{figs}</figure>')
    return "".join(out)


PAGES = {
    p.slug: p for p in [
        WPPage(8, "gioi-thieu", "Giới thiệu", (
            '<h2 class="wp-block-heading">Lịch sử hình thành</h2><p>Trường THCS Nguyễn Du được thành '
            'lập năm 1998 trên cơ sở tách ra từ Trường Phổ thông cơ sở Ea Kly. Trải qua gần 30 năm '
            'xây dựng và phát triển, nhà trường đã trở thành địa chỉ tin cậy của nhân dân các thôn, '
            'buôn trên địa bàn xã.</p><h2 class="wp-block-heading">Quy mô</h2><p>Năm học 2026 &#8211; '
            '2027, nhà trường có 22 lớp với 826 học sinh, 52 cán bộ, giáo viên, nhân viên. Trường '
            'đạt chuẩn quốc gia mức độ 1 năm 2021.</p>')),
        WPPage(10, "co-cau-to-chuc", "Cơ cấu tổ chức", (
            '<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th>'
            '</tr></thead><tbody><tr><td>Trần Đình Phúc</td><td>Hiệu trưởng</td></tr><tr><td>Nguyễn '
            'Thị Thanh Hương</td><td>Phó Hiệu trưởng</td></tr><tr><td>Đỗ Văn Khánh</td><td>Phó Hiệu '
            'trưởng</td></tr><tr><td>H&#8217;Nhi Êban</td><td>Tổng phụ trách Đội</td></tr></tbody>'
            '</table></figure><p>Nhà trường có 4 tổ chuyên môn: Tổ Ngữ văn &#8211; GDCD, Tổ Toán '
            '&#8211; Tin, Tổ Khoa học tự nhiên, Tổ Sử &#8211; Địa &#8211; Ngoại ngữ và Tổ Văn '
            'phòng.</p>')),
        WPPage(14, "lien-he", "Liên hệ", (
            '<p><strong>TRƯỜNG THCS NGUYỄN DU</strong><br>Địa chỉ: Thôn 4, xã Ea Kly, huyện Krông '
            'Pắc, tỉnh Đắk Lắk<br>Điện thoại: 0262 3 521 468<br>Email: '
            'thcsnguyendu.krongpac@daklak.edu.vn</p><div class="wpcf7 no-js" id="wpcf7-f21-p14-o1" '
            'lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f21-p14-o1" method="post" '
            'class="wpcf7-form init" novalidate="novalidate" data-status="init"><p><label> Họ tên'
            '<br /><input size="40" class="wpcf7-form-control wpcf7-text" name="your-name" value="" '
            'type="text" /></label></p><p><label> Nội dung<br /><textarea cols="40" rows="6" '
            'class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" '
            'value="Gửi" /></p></form></div>')),
        WPPage(16, "van-ban", "Văn bản", _doc_list()),
        WPPage(18, "thu-vien-anh", "Thư viện ảnh", _album()),
    ]
}


def render_wp_page(request: Request, wp: WPPage) -> Response:
    main = (f'<article id="post-{wp.id}" class="post-{wp.id} page type-page status-publish" '
            f'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
            f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{tx(wp.title)}'
            f'</h1></header><div class="entry-content" itemprop="text">{wp.content}</div></div>'
            f"</article>")
    return page(request, title=f"{wp.title} - {SITE_NAME}",
                body_class=f"page-template-default page page-id-{wp.id}", main=main,
                head_extra='<meta property="og:type" content="article" />',
                crumbs=[("/", "Trang chủ"), (None, wp.title)], current=f"/{wp.slug}/",
                canonical=f"/{wp.slug}/")


def _latest_block(stories: list[Story], excerpt: bool) -> str:
    items = []
    for s in stories:
        thumb = (f'<div class="wp-block-latest-posts__featured-image alignleft">'
                 f'{lazy_img(_thumb(s), cls="attachment-thumbnail size-thumbnail wp-post-image")}'
                 f"</div>" if excerpt else "")
        ex = (f'<div class="wp-block-latest-posts__post-excerpt">{tx(_excerpt(s, 25))} '
              f"&hellip;</div>" if excerpt else "")
        items.append(f'<li>{thumb}<a class="wp-block-latest-posts__post-title" href="{post_path(s)}">'
                     f'{tx(s.title)}</a><time datetime="{iso_local(_posted(s))}" '
                     f'class="wp-block-latest-posts__post-date">{wp_date(_posted(s))}</time>{ex}</li>')
    cls = "has-dates has-feature-image" if excerpt else "has-dates"
    return (f'<ul class="wp-block-latest-posts__list {cls} wp-block-latest-posts">'
            + "".join(items) + "</ul>")


def render_home(request: Request) -> Response:
    content = (
        '<div class="wp-block-cover alignfull" style="min-height:320px"><span aria-hidden="true" '
        'class="wp-block-cover__background has-background-dim-40 has-background-dim"></span><img '
        'class="wp-block-cover__image-background wp-image-35" alt="" src="/wp-content/uploads/2026/'
        '08/toan-canh-truong-1536x600.jpg" data-object-fit="cover" /><div '
        'class="wp-block-cover__inner-container"><p class="has-text-align-center has-large-font-size">'
        'Chào mừng quý vị đến với website Trường THCS Nguyễn Du</p></div></div>'
        '<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">'
        '<div class="wp-block-column" style="flex-basis:64%">'
        '<h2 class="wp-block-heading">Tin mới</h2>'
        f"{_latest_block(NEWEST_FIRST[:4], True)}"
        '<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a '
        'class="wp-block-button__link wp-element-button" href="/tin-tuc/">Xem tất cả tin tức »</a>'
        "</div></div></div>"
        '<div class="wp-block-column" style="flex-basis:36%">'
        '<h2 class="wp-block-heading">Thông báo</h2>'
        f'{_latest_block(_in_cat("thong-bao")[:3], False)}'
        '<h2 class="wp-block-heading">Lời chào của Hiệu trưởng</h2><p>Thay mặt tập thể cán bộ, giáo '
        'viên, nhân viên, tôi trân trọng cảm ơn quý phụ huynh và các em học sinh đã luôn đồng hành '
        'cùng nhà trường.</p><p class="has-text-align-right"><em>Hiệu trưởng Trần Đình Phúc</em></p>'
        "</div></div>"
    )
    main = ('<article id="post-2" class="post-2 page type-page status-publish" '
            'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
            f'<div class="entry-content" itemprop="text">{content}</div></div></article>')
    return page(request, title=f"{SITE_NAME} - {TAGLINE}",
                body_class="home page-template-default page page-id-2", main=main,
                head_extra='<meta property="og:type" content="website" />', current="/",
                canonical="/")


def render_search(request: Request) -> Response:
    q = request.params.get("s", "").strip()
    hits = [s for s in NEWEST_FIRST if q and q.casefold() in s.title.casefold()][:PER_PAGE]
    if hits:
        body = "".join(_summary_article(s) for s in hits)
    else:
        body = ('<div class="no-results not-found"><div class="inside-article"><div '
                'class="entry-content"><p>Rất tiếc, không có kết quả nào phù hợp với từ khóa của bạn. '
                'Vui lòng thử lại với từ khóa khác.</p></div></div></div>')
    main = (f'<header class="page-header" aria-label="Trang"><h1 class="page-title">Kết quả tìm '
            f"kiếm cho: <span>{esc(q)}</span></h1></header>{body}")
    return page(request, title=f"Bạn đã tìm kiếm {q} - {SITE_NAME}",
                body_class="search search-results", main=main,
                head_extra='<meta name="robots" content="noindex, follow" />',
                crumbs=[("/", "Trang chủ"), (None, f"Bạn đã tìm kiếm {q}")])


FEED_ITEMS = 5


def utm_path(story: Story) -> str:
    return f"{post_path(story)}?utm_source=rss&utm_medium=rss&utm_campaign={story.slug}"


def render_feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in NEWEST_FIRST[:FEED_ITEMS]:
        link = base + utm_path(s).replace("&", "&#038;")
        cats = "".join(f"<category><![CDATA[{CATEGORIES[c][0]}]]></category>"
                       for c in sorted(cats_of(s)))
        items.append(
            f"<item>\n<title>{tx(s.title)}</title>\n<link>{link}</link>\n"
            f"<comments>{base}{post_path(s)}#respond</comments>\n"
            f"<dc:creator><![CDATA[{ACCOUNTS[s.opts['login']][0]}]]></dc:creator>\n"
            f"<pubDate>{rfc822(_posted(s))}</pubDate>\n{cats}\n"
            f'<guid isPermaLink="false">{base}/?p={s.id}</guid>\n'
            f"<description><![CDATA[{_excerpt(s)} [&#8230;]]]></description>\n"
            f"<content:encoded><![CDATA[{content_html(s)}]]></content:encoded>\n"
            f"<slash:comments>{len(s.opts.get('comments') or [])}</slash:comments>\n</item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
        'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">\n<channel>\n'
        f"<title>{tx(SITE_NAME)}</title>\n"
        f'<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />\n'
        f"<link>{base}</link>\n<description>{tx(TAGLINE)}</description>\n"
        f"<lastBuildDate>{rfc822(_modified(NEWEST_FIRST[0]))}</lastBuildDate>\n"
        "<language>vi</language>\n<sy:updatePeriod>hourly</sy:updatePeriod>\n"
        "<sy:updateFrequency>1</sy:updateFrequency>\n"
        "<generator>https://wordpress.org/?v=6.7.1</generator>\n"
        + "\n".join(items) + "\n</channel>\n</rss>\n"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- the site ----------------------------------------------------------------------------------------

_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/(?:([a-z0-9_-]+)/)?$")
_LIST = re.compile(r"^/(tin-tuc|chuyen-muc/[a-z0-9-]+|the/[a-z0-9-]+|author/[a-z0-9-]+)/"
                   r"(?:page/(\d+)/)?$")
_PAGE = re.compile(r"^/([a-z0-9-]+)/$")
BY_PATH = {post_path(s): s for s in STORIES}
PAGE_IDS = {2: "/", 4: "/tin-tuc/", **{p.id: f"/{p.slug}/" for p in PAGES.values()}}


def _attachments(story: Story) -> dict[str, Img]:
    return {attachment_slug(i.src): i for i in story.images if "att" in i.style.split("+")}


class Site:
    """GeneratePress + Yoast + Jetpack WordPress of Trường THCS Nguyễn Du."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/wp-comments-post.php":
            if request.method != "POST":
                return Response(405, b"", {"Allow": "POST", "Content-Type": "text/html; charset=UTF-8"})
            return html('<!DOCTYPE html><html lang="vi"><head><title>WordPress &rsaquo; Lỗi</title>'
                        '</head><body id="error-page"><div class="wp-die-message"><p><strong>Lỗi'
                        '</strong>: vui lòng điền các trường bắt buộc (tên, email).</p></div><p><a '
                        'href="javascript:history.back()">&laquo; Quay lại</a></p></body></html>')
        if path == "/":
            params = request.params
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(base_url(request) + post_path(story), 301) if story else None
            if "page_id" in params:
                target = PAGE_IDS.get(int(params["page_id"])) if params["page_id"].isdigit() else None
                return redirect(base_url(request) + target, 301) if target else None
            if "s" in params:
                return render_search(request)
            return render_home(request)
        if path == "/feed/":
            return render_feed(request)
        if not path.endswith("/"):
            probe = Request(request.method, path + "/", "", request.headers)
            found = self.respond(probe)
            if found is not None and found.status == 200:
                target = path + "/" + (f"?{request.query}" if request.query else "")
                return redirect(base_url(request) + target, 301)
            return None
        m = _POST.match(path)
        if m:
            return self._post(request, m)
        m = _LIST.match(path)
        if m:
            return self._listing(request, m.group(1), int(m.group(2) or 1), m.group(2) is not None)
        m = _PAGE.match(path)
        if m and m.group(1) in PAGES:
            return render_wp_page(request, PAGES[m.group(1)])
        return None

    def _post(self, request: Request, m: re.Match) -> Response | None:
        base = f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/{m.group(4)}/"
        story = BY_PATH.get(base)
        if story is None:
            return None
        sub = m.group(5)
        if sub is None:
            return render_post(request, story)
        if sub == "comment-page-1" and story.opts.get("comments"):
            return render_post(request, story)
        att = _attachments(story).get(sub)
        if att is not None:
            return render_attachment(request, story, att)
        return None

    def _listing(self, request: Request, key: str, n: int, explicit: bool) -> Response | None:
        base_path = f"/{key}/"
        if explicit and n == 1:
            return redirect(base_url(request) + base_path, 301)
        kind, _, slug = key.partition("/")
        home = ("/", "Trang chủ")
        if kind == "tin-tuc":
            return render_listing(request, stories=NEWEST_FIRST, base_path=base_path, n=n,
                                  title="Tin tức", heading=None, body_class="blog",
                                  crumbs=[home, (None, "Tin tức")], current="/tin-tuc/")
        if kind == "chuyen-muc" and slug in CATEGORIES:
            name, cid, desc = CATEGORIES[slug]
            return render_listing(request, stories=_in_cat(slug), base_path=base_path, n=n,
                                  title=f"Lưu trữ {name}", heading=name, description=desc,
                                  body_class=f"archive category category-{slug} category-{cid}",
                                  crumbs=[home, ("/tin-tuc/", "Tin tức"), (None, name)],
                                  current=base_path)
        if kind == "the" and slug in TAGS:
            name = TAGS[slug]
            return render_listing(request, stories=[s for s in NEWEST_FIRST if slug in tags_of(s)],
                                  base_path=base_path, n=n, title=f"Lưu trữ {name}",
                                  heading=f"Thẻ: {name}", body_class=f"archive tag tag-{slug}",
                                  crumbs=[home, ("/tin-tuc/", "Tin tức"), (None, name)])
        if kind == "author" and slug in ACCOUNTS:
            shown = ACCOUNTS[slug][0]
            return render_listing(request,
                                  stories=[s for s in NEWEST_FIRST if s.opts["login"] == slug],
                                  base_path=base_path, n=n, title=f"{shown}, Tác giả tại {SITE_NAME}",
                                  heading=shown, body_class=f"archive author author-{slug}",
                                  crumbs=[home, (None, f"Lưu trữ cho {shown}")])
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story.opts.get("comments"):
        alts.append(post_path(story) + "comment-page-1/")
    for origin in STORIES:
        for pos, rid in enumerate(origin.opts.get("related") or []):
            if rid == story.id:
                alts.append(f"{post_path(story)}?relatedposts_hit=1&relatedposts_origin={origin.id}"
                            f"&relatedposts_position={pos}")
    if story in NEWEST_FIRST[:FEED_ITEMS]:
        alts.append(utm_path(story))
    return alts


GOLD = [
    gold_record(s, post_path(s), CATEGORIES[s.cat][0], alt_paths=_alt_paths(s)) for s in STORIES
]

ATTACHMENT_PATH = post_path(BY_ID[103]) + attachment_slug(BY_ID[103].images[0].src) + "/"

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/lien-he/",
    "/van-ban/",
    "/thu-vien-anh/",
    ATTACHMENT_PATH,
]


def base_url_for(server) -> str:
    """The absolute base the site prints for a running PortalServer (self-check helper)."""
    return server.base_url
