"""Sở Giáo dục và Đào tạo tỉnh Ninh Thuận on WordPress 5.2 with the default Twenty Nineteen theme.

Platform
--------
WordPress 5.2.4, Twenty Nineteen 1.4 barely customised: a site logo, a primary menu with two
drop-downs ("Giới thiệu" > "Cơ cấu tổ chức", "Tin tức" > "Hoạt động chuyên môn"), a footer menu,
footer widgets ("Bài viết mới", the "Chuyên mục" dropdown, "Lưu trữ" by month, a text widget with
the office's address, a "Thống kê truy cập" counter). Block-editor posts (image, gallery, table,
file and quote blocks; one post migrated from the classic editor, one pasted from Google Docs).
Plugins a provincial WordPress of 2019 runs: Jetpack (Open Graph tags, sharing, likes, related
posts), WP Rocket (LazyLoad), AMP (legacy reader template), Contact Form 7. The vi locale with
the date format "F j, Y": dates print as "Tháng Mười Hai 4, 2026". Absolute links everywhere
(home_url), built from the request's Host header.

URL scheme
----------
- ``/`` and ``/page/<n>/`` (5 posts a page; ``/page/1/`` -> 301 ``/``): the blog index;
- posts ``/<yyyy>/<mm>/<dd>/<slug>/`` (local date); ``<permalink>amp/`` their AMP view;
  ``<permalink><attachment>/`` the attachment pages of S1's gallery; ``/?p=<id>`` -> 301;
  a path without its trailing slash -> 301;
- ``/category/<slug>/`` (+ ``page/<n>/``); ``/?cat=<id>`` (the dropdown's GET form) -> 301;
- ``/tag/<slug>/``, ``/author/<login>/`` (+ ``page/<n>/``), monthly ``/<yyyy>/<mm>/`` (+ pages);
- pages ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``, ``/van-ban/``;
- ``/feed/``, ``/comments/feed/`` (RSS), ``/robots.txt`` (WordPress's virtual one),
  ``/wp-admin/…`` -> 302 ``/wp-login.php?redirect_to=…&reauth=1`` (a login form);
- ``/wp-content/…``, ``/wp-includes/…``: images, PDFs, styles, scripts.

Page templates
--------------
- index.php (home): every post printed WHOLE (the_content), with its featured image, h2 link,
  entry footer; a sticky post first on page 1; pagination "Bài mới hơn / 1 2 3 / Bài cũ hơn";
- archive.php (category, tag, author, month): "Lưu trữ danh mục: <span class="page-description">
  Tin tức</span>" then excerpts ("… […]") with thumbnails;
- single.php: header (h1 + entry-meta) in the article, or in the masthead when the post has a
  featured image; entry-content; entry-footer (byline, date, category, tags, "Chỉnh sửa");
  post navigation "Bài trước / Bài sau" with titles; the comments area where there are comments;
- page.php, image.php (attachment), the AMP reader, the RSS feed, wp-login.php.

Articles and how they are reached (newest first; the home lists them all over 3 pages)
-----------------------------------------------------------------------------------
- S1  2131 Tin tức, 04/12 16:20: home p1, Tin tức p1, 12/2026, tag, author bientap p1, recent
  posts widget; featured hero; gallery to attachment pages; Jetpack related posts.
- S2  2127 Thông báo, posted 03/12 09:05, letterhead 02/12: home p1, Thông báo, 12/2026, author
  vanphong, widget; official notice.
- S3  2119 Tin tức, 01/12 06:10 (30/11 23:10 UTC): home p1, Tin tức p1, 12/2026, widget.
- S4  2112 Hoạt động chuyên môn, 28/11: home p1, HĐCM, 11/2026 p1, tag, widget; table block.
- S5  2105 Tin tức, 26/11: home p1, Tin tức p1, 11/2026 p1, widget; open comments.
- S6  2098 HĐCM, 24/11: home p2 (cut at the more tag), HĐCM, 11/2026 p1, tag; featured hero.
- S7  2090 Tin tức, 20/11: home p2, Tin tức p1, 11/2026 p1, tag; hero; bold lead; related.
- S8  2084 Chưa được phân loại, 18/11: home p2, 11/2026 p1, author bientap p2, its category
  (from the dropdown or its own cat-links only: not in the menu).
- S9  2077 HĐCM, 14/11: home p2, HĐCM, 11/2026 p2, tag, author p2; related posts; source line.
- S10 2069 Tin tức, 10/11: home p2, Tin tức p1, 11/2026 p2, tag; gallery linking to the files.
- S11 2041 Thông báo, 22/10 (sticky): home p1 (first) and p3, Thông báo, 10/2026, author vanphong.
- S12 2036 HĐCM, 19/10: home p3, HĐCM, 10/2026, author p2.
- S13 2028 Tin tức, 12/10: home p3, Tin tức p2 only among the category pages, 10/2026, author p3;
  hero; Google Docs paste.
Every post also links its neighbours ("Bài trước / Bài sau"), so the chain reaches them all.

Traps
-----
1. Headline outside the article (Twenty Nineteen's featured-image hero): on S1, S6, S7 and S13
   the h1, the byline and the date are printed in ``<header id="masthead">`` >
   ``.site-featured-image`` > ``.entry-header``, above and outside ``<article>``, which then holds
   only ``.entry-content`` and ``.entry-footer``. Gold: the title is that h1; the hero photo
   (``figure.post-thumbnail``) is the article's first image, caption None.
2. The home page prints whole articles: index.php runs the_content for every post, so ``/`` and
   ``/page/2/``, ``/page/3/`` carry complete texts, photos and signatures under h2 links (S6 is
   cut at its more tag, "Đọc tiếp" -> ``#more-2098``). Gold: listings are not articles; each
   article is its permalink, S6 with its whole text.
3. A sticky post out of date order: S11 (22/10, "Nổi bật") heads home page 1 above the December
   posts and is listed again in its place on page 3, as WordPress does. Gold: one article, at its
   permalink; a crawler that stops paging once it meets an October date stops on page 1 and
   misses page 2's November posts.
4. The machine-readable time in UTC, across midnight: Jetpack's ``article:published_time`` (and
   the AMP view's ``<time>``) print UTC; S3 was posted on 01/12 at 06:10 local, which is
   "2026-11-30T23:10:00+00:00" there. Gold: "2026-12-01T06:10:00+07:00", from the theme's
   ``<time class="entry-date published" datetime>`` (Asia/Ho_Chi_Minh).
5. Dates printed in words, a hidden update time: the visible date is "Tháng Mười Hai 4, 2026"
   (no time; the time is only in ``datetime``); S3 and S6, edited later, print a second
   ``<time class="updated">`` (hidden by the theme's CSS) right after the published one, inside
   the same link. Gold: the published datetime with its time; never the updated one; never the
   comment dates ("Tháng Mười Một 26, 2026 lúc 3:12 chiều").
6. Lazy-loaded images (WP Rocket): every content and thumbnail ``<img>`` has an SVG ``data:`` URI
   in ``src``, the real file in ``data-lazy-src``/``data-lazy-srcset``, and is printed again in
   ``<noscript>``. Gold: the ``data-lazy-src`` path, each photo once.
7. Plugin furniture inside the text's container: Jetpack appends to ``.entry-content`` the
   "Chia sẻ:" buttons, the "Thích điều này:" placeholder ("Thích", "Đang tải...") and, on S1, S7
   and S9, "Có liên quan" related posts with titles, excerpts, dates, "Trong "Tin tức"" and
   thumbnails. Gold: none of it is body, caption or image.
8. Tracking duplicates of articles: the related posts link to
   ``<permalink>?relatedposts_hit=1&relatedposts_origin=<id>&relatedposts_position=<n>``, which
   WordPress serves as the very article (9 such URLs); the open thread's "Trả lời" links
   ``?replytocom=45|46`` too; every post has ``<link rel="amphtml">`` to ``<permalink>amp/``.
   Gold: all in the target's ``alt_paths``.
9. Attachment pages that look like posts: S1's gallery links each photo to
   ``<permalink>img_4521/`` (same URL prefix as the post, an ``h1.entry-title`` "img_4521",
   "Chỉnh sửa", a comment form, "Đăng trong <post title>"). Gold: not articles (one listed in
   NON_ARTICLES). S10's gallery links to the original file instead; gold images are the printed
   (resized) files, never the linked originals.
10. The byline is an account: "Đăng bởi" (a screen-reader label) + "bientap" or "Văn phòng Sở" is
    the posting account -> nobody (S11 has nothing else: authors []). The signature is the
    right-aligned last paragraph: a unit alone ("Phòng GDTrH" S1, "Phòng Giáo dục Mầm non" S12)
    is the author as printed; "Nguyễn Thị Thu Hà – Văn phòng Sở" -> the name; "Tin: Hoàng Yến –
    Ảnh: Minh Quân" -> [Hoàng Yến], [Minh Quân]; "Tin, ảnh: Nguyễn Thanh Tùng" -> both.
11. The forgotten default category: S8 is filed under "Chưa được phân loại", which the menu does
    not show; it is reached through the home's page 2, the month archive, the dropdown
    (``/?cat=1`` -> 301) or its own category link. Gold category: "Chưa được phân loại".
12. A page cache captured while an editor was logged in: every post and page prints "Chỉnh sửa"
    links to ``/wp-admin/post.php?post=<id>&action=edit`` (302 to the login form, a different
    ``redirect_to`` each). robots.txt disallows ``/wp-admin/``. Gold: nothing there.
13. An official notice as a post (S2): the letterhead is a table block ("UBND TỈNH NINH THUẬN |
    CỘNG HÒA …", "Số: 2318/TB-SGDĐT", "Ninh Thuận, ngày 02 tháng 12 năm 2026"), then "THÔNG BÁO /
    Về việc …", then the text, then the "Nơi nhận | KT. GIÁM ĐỐC …" table and a file block.
    Gold: the letterhead's day "2026-12-02" (the post's own date is 03/12 09:05); the signer
    "Trương Công Minh" is the author; letterhead, subject, closing and file are not body.
14. wptexturize: curly quotes, en dashes and every "&" are printed as ``&#8220;``, ``&#8211;``,
    ``&#038;`` in titles and text; ``<title>`` adds " – Sở Giáo dục và Đào tạo tỉnh Ninh Thuận".
    Gold: the characters ("Sở GD&ĐT …", "“An toàn giao thông …”"), title = the h1.
15. Captions in four markups: the image block's ``<figcaption>``, the aligned variant wrapped in
    ``div.wp-block-image > figure.aligncenter``, the classic ``figure.wp-caption`` with
    ``aria-describedby`` (S5), and an italic centred paragraph under a captionless figure (S4),
    which is the caption, not body. S8's figcaption "Ảnh: Hữu Lộc" only credits: caption None,
    photographer "Hữu Lộc". S9's photo has no line: caption None.
16. Pasted markup: S13 comes from Google Docs (every paragraph wrapped in
    ``<span style="font-weight: 400;">``) with ``<p>&nbsp;</p>`` spacers, which are no
    paragraphs; S4 has a paragraph split by ``<br>`` (two paragraphs in the gold).

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` carries the time of the theme's ``datetime`` attribute (the page prints the
  day in words and the time only there, as every WordPress theme does), with +07:00.
- The featured image is the article's photo (first in ``images``, caption None): it is printed
  as the post's lead picture on its own page; its thumbnails on listings are not counted.
- Table blocks inside the text (S4's schedule) are paragraphs, the header row included
  ("Thời gian | Nội dung | Báo cáo viên"); h3 sub-headings, list items and quote blocks are
  paragraphs.
- ``summary``: only S7, whose first paragraph is printed bold; Jetpack's og:description is no sapo.
- ``source``: the closing italic "Nguồn: X" line (S6, S9), else null.
- ``category``: as the post's category link and the menu print it ("Tin tức", "Hoạt động chuyên
  môn", "Thông báo", "Chưa được phân loại").
- "Xem thêm: <link>" (S9) and the file blocks (S2, S11) are not body.
- The comments (S5, S11) are not part of the article.
"""

from __future__ import annotations

import html as _html
import math
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_twentynineteen_sgddt"
PLATFORM = "WordPress 5.2.4 + Twenty Nineteen 1.4 (Jetpack, WP Rocket lazy load, AMP plugin)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận"
TAGLINE = "Cổng thông tin điện tử ngành Giáo dục Ninh Thuận"
PER_PAGE = 5
UP = "/wp-content/uploads"

# --- taxonomy -------------------------------------------------------------------------------

#: slug -> (term id, name as printed)
CATS = {
    "tin-tuc": (3, "Tin tức"),
    "hoat-dong-chuyen-mon": (5, "Hoạt động chuyên môn"),
    "thong-bao": (4, "Thông báo"),
    "khong-phan-loai": (1, "Chưa được phân loại"),
}
TAGS = {
    "boi-duong-giao-vien": "Bồi dưỡng giáo viên",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "the-thao": "Thể thao học đường",
}
#: login -> display name printed after the hidden "Đăng bởi"
ACCOUNTS = {"bientap": "bientap", "vanphong": "Văn phòng Sở"}

MONTHS_VI = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _right(inner: str) -> Raw:
    """A signature line the editors right-align with the paragraph block's alignment tool."""
    return Raw(f'<p style="text-align:right">{inner}</p>')


def _file_block(href: str, label: str) -> Raw:
    return Raw(
        f'<div class="wp-block-file"><a href="{{B}}{href}">{label}</a>'
        f'<a href="{{B}}{href}" class="wp-block-file__button" download>Tải về</a></div>'
    )


# --- the articles ----------------------------------------------------------------------------

S1 = Story(
    id=2131,
    slug="hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027",
    cat="tin-tuc",
    published_at="2026-12-04T16:20:11+07:00",
    blocks=[
        Img(f"{UP}/2026/12/gvdg-khai-mac-1568x1045.jpg", style="featured"),
        P("Sáng ngày 04/12/2026, tại Trường THPT chuyên Lê Quý Đôn, Sở Giáo dục và Đào tạo tỉnh "
          "Ninh Thuận tổ chức khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học phổ "
          "thông năm học 2026-2027."),
        P("Dự lễ khai mạc có ông Trương Công Minh, Phó Giám đốc Sở GD&ĐT, Trưởng Ban tổ chức Hội "
          "thi; đại diện lãnh đạo các phòng chuyên môn thuộc Sở, Ban giám hiệu các trường THPT "
          "trên địa bàn tỉnh cùng các giáo viên dự thi."),
        P("Hội thi năm nay có 112 giáo viên đến từ 19 trường THPT và 2 trung tâm giáo dục nghề "
          "nghiệp – giáo dục thường xuyên tham gia, thi ở 13 môn học. Mỗi giáo viên trải qua hai "
          "phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy hai tiết "
          "trên lớp, trong đó có một tiết do Ban tổ chức bốc thăm."),
        P("Phát biểu khai mạc, ông Trương Công Minh nhấn mạnh: “Hội thi là dịp để mỗi thầy cô "
          "nhìn lại quá trình đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông "
          "2018, qua đó lan tỏa những cách làm hay, sáng tạo trong toàn ngành”."),
        Img(f"{UP}/2026/12/img_4521-1024x683.jpg", "Ông Trương Công Minh phát biểu khai mạc Hội thi",
            "Ông Trương Công Minh phát biểu khai mạc Hội thi", "gallery"),
        Img(f"{UP}/2026/12/img_4533-1024x683.jpg", "Giáo viên dự thi bốc thăm tiết dạy",
            "Giáo viên dự thi bốc thăm tiết dạy", "gallery"),
        Img(f"{UP}/2026/12/img_4560-1024x683.jpg", "Một tiết thi môn Hóa học tại lớp 11A2",
            "Một tiết thi môn Hóa học tại lớp 11A2", "gallery"),
        P("Hội thi diễn ra đến hết ngày 12/12/2026. Kết quả Hội thi là căn cứ để Sở GD&ĐT xét "
          "công nhận giáo viên dạy giỏi cấp tỉnh và lựa chọn giáo viên tham gia các hội thi cấp "
          "quốc gia."),
        _right("<strong>Phòng GDTrH</strong>"),
    ],
    authors=["Phòng GDTrH"],
    opts={"account": "bientap", "tags": ["boi-duong-giao-vien"], "gallery": "attachment",
          "related": [2090, 2077, 2112]},
)

S2 = Story(
    id=2127,
    slug="thong-bao-dang-ky-du-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
    title="Thông báo đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm 2027",
    cat="thong-bao",
    published_at="2026-12-02",
    blocks=[
        Raw('<table class="wp-block-table"><tbody><tr>'
            '<td style="text-align:center">UBND TỈNH NINH THUẬN<br><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO'
            '</strong><br>Số: 2318/TB-SGDĐT</td>'
            '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
            '<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br>'
            '<em>Ninh Thuận, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>'),
        Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong><br><strong>Về việc đăng ký dự '
            'thi chọn học sinh giỏi quốc gia trung học phổ thông năm 2027</strong></p>'),
        P("Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia hiện hành của Bộ Giáo dục và Đào "
          "tạo;"),
        P("Căn cứ kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027, Sở Giáo dục "
          "và Đào tạo thông báo việc đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm 2027 như "
          "sau:"),
        P("1. Đối tượng: học sinh có tên trong danh sách đội tuyển của tỉnh được phê duyệt tại "
          "Quyết định số 1125/QĐ-SGDĐT ngày 28/11/2026 của Giám đốc Sở GD&ĐT."),
        P("2. Hồ sơ đăng ký gồm: phiếu đăng ký dự thi có xác nhận của nhà trường; bản sao giấy "
          "khai sinh; 02 ảnh cỡ 4x6 chụp không quá 6 tháng."),
        P("3. Thời hạn nộp hồ sơ: trước 16 giờ 30 ngày 10/12/2026, tại Phòng Giáo dục Trung học, "
          "Sở GD&ĐT (phòng 204)."),
        P("Sở GD&ĐT đề nghị Hiệu trưởng Trường THPT chuyên Lê Quý Đôn và các trường có học sinh "
          "trong đội tuyển thông báo đến học sinh, phụ huynh và thực hiện đúng thời hạn./."),
        Raw('<table class="wp-block-table"><tbody><tr>'
            '<td><strong><em>Nơi nhận:</em></strong><br>- Như trên;<br>- Giám đốc Sở (b/c);<br>'
            '- Lưu: VT, GDTrH.</td>'
            '<td style="text-align:center"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br>'
            '<em>(đã ký)</em><br><br><strong>Trương Công Minh</strong></td>'
            '</tr></tbody></table>'),
        _file_block(f"{UP}/2026/12/2318-TB-SGDDT.pdf", "2318-TB-SGDDT"),
    ],
    authors=["Trương Công Minh"],
    opts={"account": "vanphong", "tags": [], "date": "2026-12-03T09:05:40",
          "excerpt": "Sở Giáo dục và Đào tạo thông báo việc đăng ký dự thi chọn học sinh giỏi "
                     "quốc gia THPT năm 2027 đối với học sinh trong đội tuyển của tỉnh."},
)

S3 = Story(
    id=2119,
    slug="nganh-giao-duc-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-2026",
    title="Ngành Giáo dục Ninh Thuận hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống "
          "bạo lực trên cơ sở giới năm 2026",
    cat="tin-tuc",
    published_at="2026-12-01T06:10:00+07:00",
    blocks=[
        P("Thực hiện Kế hoạch của UBND tỉnh, từ ngày 15/11 đến ngày 15/12/2026, ngành Giáo dục "
          "Ninh Thuận đồng loạt tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới "
          "và phòng, chống bạo lực trên cơ sở giới với chủ đề “Chung tay chấm dứt bạo lực đối với "
          "phụ nữ và trẻ em gái”."),
        P("Sở GD&ĐT đã ban hành văn bản hướng dẫn các phòng GD&ĐT, các trường THPT và trung tâm "
          "GDNN-GDTX lồng ghép nội dung bình đẳng giới vào hoạt động trải nghiệm, sinh hoạt dưới "
          "cờ và tiết sinh hoạt lớp; treo băng rôn, khẩu hiệu tuyên truyền tại cổng trường."),
        Img(f"{UP}/2026/12/san-khau-hoa-nguyen-trai-1024x576.jpg",
            "Học sinh Trường THPT Nguyễn Trãi tham gia sân khấu hóa về phòng, chống bạo lực học "
            "đường",
            "Học sinh Trường THPT Nguyễn Trãi tham gia sân khấu hóa về phòng, chống bạo lực học "
            "đường", "wp"),
        P("Nhiều đơn vị đã chủ động tổ chức diễn đàn “Tiếng nói học sinh”, thi vẽ tranh, sân khấu "
          "hóa tiểu phẩm về phòng, chống xâm hại trẻ em. Tại Trường THPT Nguyễn Trãi, hơn 1.200 "
          "học sinh đã tham gia buổi nói chuyện chuyên đề do Hội Liên hiệp Phụ nữ tỉnh phối hợp "
          "tổ chức."),
        P("Mỗi thầy cô phải là một điểm tựa an toàn để học sinh chia sẻ khi gặp khó khăn, bị bắt "
          "nạt hay bị xâm hại.", "quote"),
        P("Bên cạnh đó, các trường duy trì hoạt động của tổ tư vấn tâm lý học đường, công khai số "
          "điện thoại đường dây nóng để học sinh, phụ huynh kịp thời phản ánh các hành vi bạo lực, "
          "xâm hại."),
        P("Kết thúc Tháng hành động, các đơn vị báo cáo kết quả về Sở GD&ĐT (qua Văn phòng Sở) "
          "trước ngày 20/12/2026 để tổng hợp báo cáo UBND tỉnh."),
        _right("<em>Nguyễn Thị Thu Hà &#8211; Văn phòng Sở</em>"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"account": "bientap", "tags": [], "modified": "2026-12-02T10:41:18"},
)

S4 = Story(
    id=2112,
    slug="tap-huan-giao-vien-cot-can-mon-lich-su-va-dia-li-cap-thcs",
    title="Tập huấn giáo viên cốt cán môn Lịch sử và Địa lí cấp THCS năm học 2026-2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-28T14:32:09+07:00",
    blocks=[
        P("Trong hai ngày 27 và 28/11/2026, Sở GD&ĐT tổ chức lớp tập huấn cho 86 giáo viên cốt cán "
          "môn Lịch sử và Địa lí cấp THCS đến từ 7 phòng GD&ĐT huyện, thành phố."),
        P("Lớp tập huấn tập trung vào việc xây dựng kế hoạch bài dạy theo định hướng phát triển "
          "năng lực, sử dụng bản đồ số và tư liệu lịch sử địa phương trong dạy học, đồng thời "
          "hướng dẫn biên soạn đề kiểm tra theo ma trận và bản đặc tả."),
        Img(f"{UP}/2026/11/tap-huan-ls-dl-1-1024x683.jpg",
            "Báo cáo viên hướng dẫn sử dụng bản đồ số trong dạy học phần Địa lí",
            "Báo cáo viên hướng dẫn sử dụng bản đồ số trong dạy học phần Địa lí", "center"),
        P("Nội dung và thời gian tập huấn", "h3"),
        P("Thời gian | Nội dung | Báo cáo viên", "thead"),
        P("Sáng 27/11 | Dạy học tích hợp phân môn Lịch sử và phân môn Địa lí | ThS. Nguyễn Văn "
          "Sang", "tr"),
        P("Chiều 27/11 | Khai thác tư liệu lịch sử địa phương Ninh Thuận | Trần Thị Mỹ Linh", "tr"),
        P("Sáng 28/11 | Xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ | Phạm Quốc Huy", "tr"),
        P("Chiều 28/11 | Thực hành thiết kế kế hoạch bài dạy theo nhóm | Các báo cáo viên", "tr"),
        P("Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn "
          "vị trước ngày 20/12/2026.", "br"),
        P("Các phòng GD&ĐT báo cáo kết quả tập huấn lại về Phòng Giáo dục Trung học trước ngày "
          "25/12/2026."),
        Img(f"{UP}/2026/11/tap-huan-ls-dl-2-1024x683.jpg",
            "Giáo viên thảo luận nhóm xây dựng kế hoạch bài dạy",
            "Giáo viên thảo luận nhóm xây dựng kế hoạch bài dạy", "below"),
        P("Theo đánh giá của Ban tổ chức, lớp tập huấn đã giúp giáo viên cốt cán tháo gỡ nhiều "
          "vướng mắc trong tổ chức dạy học môn học tích hợp, nhất là việc phân công giáo viên và "
          "xây dựng kế hoạch giáo dục của tổ chuyên môn."),
        _right("<strong>Đỗ Minh Nhật</strong>"),
    ],
    authors=["Đỗ Minh Nhật"],
    opts={"account": "bientap", "tags": ["boi-duong-giao-vien"]},
)

S5 = Story(
    id=2105,
    slug="so-ket-cong-tac-chuyen-doi-so-trong-giao-duc-nam-hoc-2025-2026",
    title="Hội nghị sơ kết công tác chuyển đổi số trong giáo dục năm học 2025-2026",
    cat="tin-tuc",
    published_at="2026-11-26T10:15:00+07:00",
    blocks=[
        P("Ngày 25/11/2026, Sở GD&ĐT Ninh Thuận tổ chức Hội nghị sơ kết công tác chuyển đổi số "
          "trong giáo dục năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027. Hội nghị "
          "được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 65 điểm cầu."),
        P("Theo báo cáo, đến nay 100% trường phổ thông trên địa bàn tỉnh đã sử dụng sổ điểm điện "
          "tử, học bạ số; 92% cơ sở giáo dục thực hiện thu học phí không dùng tiền mặt. Cơ sở dữ "
          "liệu ngành được cập nhật đầy đủ thông tin của hơn 178.000 học sinh và 11.500 cán bộ, "
          "giáo viên."),
        Img(f"{UP}/2026/11/hoi-nghi-cds-800x450.jpg", "Quang cảnh Hội nghị tại điểm cầu Sở GD&ĐT",
            "Quang cảnh Hội nghị tại điểm cầu Sở GD&ĐT", "classic"),
        P("Tuy nhiên, hạ tầng mạng ở một số trường vùng đồng bào dân tộc thiểu số thuộc các huyện "
          "Bác Ái, Thuận Bắc còn yếu; một bộ phận giáo viên còn lúng túng khi khai thác học liệu "
          "số."),
        P("Chuyển đổi số không phải là mua sắm thiết bị, mà là thay đổi cách dạy, cách học và cách "
          "quản lý. Mỗi nhà trường phải xem dữ liệu là tài sản.", "quote"),
        P("Phát biểu chỉ đạo, ông Nguyễn Hữu Phước, Giám đốc Sở GD&ĐT đề nghị các đơn vị tiếp tục "
          "rà soát, chuẩn hóa dữ liệu, đẩy mạnh ứng dụng trí tuệ nhân tạo trong quản lý và hỗ trợ "
          "giáo viên soạn giảng, bảo đảm an toàn thông tin."),
        P("Dịp này, Sở GD&ĐT tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc "
          "trong triển khai chuyển đổi số năm học 2025-2026."),
        _right("<strong>Tin: Hoàng Yến &#8211; Ảnh: Minh Quân</strong>"),
    ],
    authors=["Hoàng Yến"],
    photographers=["Minh Quân"],
    opts={"account": "bientap", "tags": [], "comments_open": True,
          "comments": [
              (45, 0, "Nguyễn Văn Lâm", "2026-11-26T15:12:40",
               "Mong Sở sớm triển khai phần mềm quản lý hồ sơ học sinh điện tử đến các trường "
               "tiểu học vùng sâu để giáo viên đỡ vất vả."),
              (46, 45, "Văn phòng Sở", "2026-11-27T08:14:05",
               "Cảm ơn thầy đã góp ý. Sở sẽ triển khai đồng bộ trong học kỳ II năm học 2026-2027."),
          ]},
)

S6 = Story(
    id=2098,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-ninh-hai",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường tiểu học huyện Ninh Hải",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-24T08:00:00+07:00",
    blocks=[
        Img(f"{UP}/2026/11/nghien-cuu-bai-hoc-tri-thuy-1568x882.jpg", style="featured"),
        P("Ngày 22/11/2026, tại Trường Tiểu học Tri Thủy 1, cụm chuyên môn số 2 gồm 6 trường tiểu "
          "học thuộc huyện Ninh Hải tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học môn "
          "Tiếng Việt lớp 3."),
        P("Tiết dạy minh họa bài “Ngày hội rừng xanh” do cô Lê Thị Mai Trâm thực hiện. Thay vì "
          "nhận xét giờ dạy của giáo viên, các thầy cô dự giờ tập trung quan sát việc học của từng "
          "nhóm học sinh: em nào tích cực, em nào còn gặp khó khăn và vì sao."),
        Raw("<!--more-->"),
        P("Ở phần thảo luận, giáo viên các trường đã chỉ ra nhiều nguyên nhân khiến một số em chưa "
          "tham gia hoạt động nhóm, như nhiệm vụ chưa rõ ràng, thời gian đọc hiểu ngắn, học sinh "
          "dân tộc thiểu số còn hạn chế về vốn từ tiếng Việt."),
        Img(f"{UP}/2026/11/nghien-cuu-bai-hoc-2-1024x683.jpg",
            "Giáo viên cụm trường quan sát hoạt động nhóm của học sinh lớp 3A",
            "Giáo viên cụm trường quan sát hoạt động nhóm của học sinh lớp 3A", "wp"),
        P("Từ đó, cụm chuyên môn thống nhất một số điều chỉnh: giao nhiệm vụ bằng phiếu học tập có "
          "hình ảnh, tăng thời gian đọc cá nhân, bố trí học sinh khá giỏi hỗ trợ bạn trong nhóm."),
        P("Đây là buổi sinh hoạt thứ hai của cụm trong học kỳ I. Phòng GD&ĐT huyện đánh giá cao "
          "cách tổ chức linh hoạt, đúng tinh thần đổi mới sinh hoạt chuyên môn của Bộ GD&ĐT."),
        _right("<em>Nguồn: Phòng GD&#038;ĐT Ninh Hải</em>"),
    ],
    source="Phòng GD&ĐT Ninh Hải",
    opts={"account": "bientap", "tags": ["boi-duong-giao-vien"], "modified": "2026-11-25T09:12:44"},
)

S7 = Story(
    id=2090,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-ton-vinh-46-nha-giao-tieu-bieu",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam: tôn vinh 46 nhà giáo tiêu biểu",
    cat="tin-tuc",
    published_at="2026-11-20T15:45:27+07:00",
    blocks=[
        Img(f"{UP}/2026/11/le-ky-niem-20-11-1568x1045.jpg", style="featured"),
        P("Chiều 19/11/2026, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – "
          "20/11/2026) và tuyên dương 46 nhà giáo tiêu biểu năm học 2025-2026.", "lead"),
        P("Đến dự có bà Nguyễn Thị Hồng Nhung, Phó Chủ tịch UBND tỉnh; đại diện Ban Tuyên giáo và "
          "Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh cùng đông đảo các thầy cô giáo đã nghỉ hưu "
          "qua các thời kỳ."),
        P("Năm học 2025-2026, toàn ngành có 14 giáo viên đạt giải cấp quốc gia trong các hội thi "
          "chuyên môn; tỷ lệ học sinh tốt nghiệp THPT đạt 98,6%; 36 học sinh đoạt giải trong kỳ thi "
          "chọn học sinh giỏi quốc gia, cao nhất từ trước đến nay."),
        Img(f"{UP}/2026/11/trao-bang-khen-1024x683.jpg",
            "Phó Chủ tịch UBND tỉnh Nguyễn Thị Hồng Nhung trao Bằng khen cho các nhà giáo tiêu biểu",
            "Phó Chủ tịch UBND tỉnh Nguyễn Thị Hồng Nhung trao Bằng khen cho các nhà giáo tiêu biểu",
            "wp"),
        P("Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh ghi nhận những nỗ lực của đội ngũ nhà "
          "giáo, đặc biệt là các thầy cô đang công tác tại vùng sâu, vùng xa, vùng đồng bào dân tộc "
          "thiểu số; đồng thời đề nghị ngành tiếp tục chăm lo đời sống, tạo động lực để nhà giáo "
          "yên tâm công tác."),
        Img(f"{UP}/2026/11/nha-giao-nghi-huu-1024x683.jpg",
            "Các thầy cô giáo nghỉ hưu chụp ảnh lưu niệm tại buổi lễ",
            "Các thầy cô giáo nghỉ hưu chụp ảnh lưu niệm tại buổi lễ", "wp"),
        P("Dịp này, 2 nhà giáo được tặng Bằng khen của Bộ trưởng Bộ GD&ĐT, 18 nhà giáo được tặng "
          "Bằng khen của Chủ tịch UBND tỉnh và 26 nhà giáo được Giám đốc Sở GD&ĐT tặng Giấy khen."),
        _right("<strong>Tin, ảnh: Nguyễn Thanh Tùng</strong>"),
    ],
    authors=["Nguyễn Thanh Tùng"],
    photographers=["Nguyễn Thanh Tùng"],
    summary="Chiều 19/11/2026, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026) và tuyên dương 46 nhà giáo tiêu biểu năm học 2025-2026.",
    opts={"account": "bientap", "tags": ["ngay-nha-giao-viet-nam"], "related": [2131, 2069, 2105]},
)

S8 = Story(
    id=2084,
    slug="hoc-sinh-ninh-thuan-huong-ung-cuoc-thi-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
    title="Học sinh Ninh Thuận hưởng ứng cuộc thi “An toàn giao thông cho nụ cười ngày mai” năm "
          "học 2026-2027",
    cat="khong-phan-loai",
    published_at="2026-11-18T09:30:00+07:00",
    blocks=[
        P("Thực hiện hướng dẫn của Bộ GD&ĐT và Ủy ban An toàn giao thông Quốc gia, Sở GD&ĐT Ninh "
          "Thuận vừa phát động cuộc thi “An toàn giao thông cho nụ cười ngày mai” dành cho học "
          "sinh phổ thông năm học 2026-2027."),
        P("Cuộc thi dành cho học sinh tiểu học, THCS và THPT với hai hình thức: vẽ tranh cổ động "
          "và viết bài tìm hiểu về văn hóa giao thông. Bài dự thi gửi về Sở GD&ĐT trước ngày "
          "31/12/2026."),
        Img(f"{UP}/2026/11/atgt-le-van-tam-1024x683.jpg", "Ảnh: Hữu Lộc", None, "wp"),
        P("Ngay sau khi phát động, nhiều trường học đã lồng ghép nội dung cuộc thi vào tiết sinh "
          "hoạt lớp, hoạt động trải nghiệm. Tại Trường THCS Lê Văn Tám (TP Phan Rang – Tháp Chàm), "
          "100% học sinh đăng ký tham gia vẽ tranh."),
        P("Ban tổ chức sẽ chọn 30 tác phẩm xuất sắc nhất cấp tỉnh để gửi tham dự vòng chung kết "
          "toàn quốc."),
    ],
    photographers=["Hữu Lộc"],
    opts={"account": "bientap", "tags": []},
)

S9 = Story(
    id=2077,
    slug="hoi-thao-doi-moi-kiem-tra-danh-gia-mon-tieng-anh-cap-thpt",
    title="Hội thảo đổi mới kiểm tra, đánh giá môn Tiếng Anh cấp THPT",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-14T16:00:00+07:00",
    blocks=[
        P("Ngày 13/11/2026, Trường THPT Tháp Chàm phối hợp với Phòng Giáo dục Trung học, Sở GD&ĐT "
          "tổ chức hội thảo chuyên đề “Đổi mới kiểm tra, đánh giá môn Tiếng Anh theo định hướng "
          "phát triển năng lực”."),
        P("Tham dự hội thảo có 64 giáo viên Tiếng Anh đại diện cho các trường THPT trong tỉnh."),
        Img(f"{UP}/2026/11/hoi-thao-tieng-anh-1024x683.jpg", style="wp"),
        P("Đánh giá bốn kỹ năng trong một bài kiểm tra", "h3"),
        P("Các tham luận tập trung vào việc thiết kế đề kiểm tra định kỳ đánh giá đủ bốn kỹ năng "
          "nghe, nói, đọc, viết; cách tổ chức kiểm tra kỹ năng nói cho lớp đông học sinh và xây "
          "dựng rubric chấm bài viết."),
        P("Cô Võ Thị Kim Oanh, tổ trưởng tổ Ngoại ngữ Trường THPT Tháp Chàm, chia sẻ kinh nghiệm "
          "chia lớp thành các nhóm nhỏ, kiểm tra kỹ năng nói qua thuyết trình dự án trong suốt học "
          "kỳ thay vì dồn vào một buổi."),
        P("Ứng dụng công nghệ trong kiểm tra thường xuyên", "h3"),
        P("Nhiều giáo viên giới thiệu cách sử dụng các nền tảng trực tuyến để tổ chức kiểm tra "
          "thường xuyên, giúp giáo viên nhanh chóng phân tích kết quả và điều chỉnh việc dạy."),
        P("Kết thúc hội thảo, Phòng Giáo dục Trung học đề nghị các tổ chuyên môn thống nhất cách ra "
          "đề, chấm điểm và chia sẻ ngân hàng câu hỏi trong toàn tỉnh."),
        Raw('<p><strong>Xem thêm:</strong> <a href="{B}/2026/11/28/'
            'tap-huan-giao-vien-cot-can-mon-lich-su-va-dia-li-cap-thcs/">Tập huấn giáo viên cốt cán '
            'môn Lịch sử và Địa lí cấp THCS năm học 2026-2027</a></p>'),
        _right("<em>Nguồn: Trường THPT Tháp Chàm</em>"),
    ],
    source="Trường THPT Tháp Chàm",
    opts={"account": "bientap", "tags": ["boi-duong-giao-vien"], "related": [2112, 2098, 2131]},
)

S10 = Story(
    id=2069,
    slug="khai-mac-hoi-khoe-phu-dong-tinh-ninh-thuan-lan-thu-xvii-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng tỉnh Ninh Thuận lần thứ XVII năm 2026",
    cat="tin-tuc",
    published_at="2026-11-10T07:45:00+07:00",
    blocks=[
        P("Tối 09/11/2026, tại Nhà thi đấu tỉnh, UBND tỉnh tổ chức khai mạc Hội khỏe Phù Đổng tỉnh "
          "Ninh Thuận lần thứ XVII năm 2026."),
        P("Tham gia Hội khỏe có hơn 1.500 vận động viên là học sinh đến từ 7 huyện, thành phố và "
          "các trường THPT, thi đấu ở 12 môn:"),
        P("Điền kinh, bơi lội, cầu lông, bóng bàn;", "li"),
        P("Bóng đá nam, bóng chuyền, cờ vua, võ cổ truyền;", "li"),
        P("Taekwondo, karate, đẩy gậy và kéo co.", "li"),
        P("Hội khỏe Phù Đổng là dịp để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể "
          "thao trong trường học, đồng thời phát hiện, bồi dưỡng năng khiếu thể thao cho học sinh."),
        Img(f"{UP}/2026/11/hkpd-dong-dien-1024x683.jpg",
            "Màn đồng diễn võ cổ truyền của học sinh TP Phan Rang – Tháp Chàm",
            "Màn đồng diễn võ cổ truyền của học sinh TP Phan Rang – Tháp Chàm", "gallery"),
        Img(f"{UP}/2026/11/hkpd-dieu-hanh-1024x683.jpg",
            "Các đoàn vận động viên diễu hành qua lễ đài",
            "Các đoàn vận động viên diễu hành qua lễ đài", "gallery"),
        Img(f"{UP}/2026/11/hkpd-thap-duoc-1024x683.jpg", "Thắp đuốc khai mạc Hội khỏe",
            "Thắp đuốc khai mạc Hội khỏe", "gallery"),
        P("Hội khỏe diễn ra đến ngày 20/11/2026. Ban tổ chức sẽ chọn các vận động viên xuất sắc "
          "tham dự Hội khỏe Phù Đổng toàn quốc năm 2028."),
        _right("<strong>Lê Thị Ngọc Hân</strong>"),
    ],
    authors=["Lê Thị Ngọc Hân"],
    opts={"account": "bientap", "tags": ["the-thao"], "gallery": "file"},
)

S11 = Story(
    id=2041,
    slug="thong-bao-tuyen-dung-vien-chuc-nam-2026",
    title="Thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở năm 2026",
    cat="thong-bao",
    published_at="2026-10-22T14:00:00+07:00",
    blocks=[
        P("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận thông báo tuyển dụng viên chức năm 2026 vào làm "
          "việc tại các trường THPT và trung tâm GDNN-GDTX trực thuộc Sở, cụ thể như sau:"),
        P("1. Số lượng và vị trí tuyển dụng", "h3"),
        P("Tổng chỉ tiêu tuyển dụng là 74 người, trong đó: giáo viên THPT 61 chỉ tiêu, nhân viên "
          "thư viện 5 chỉ tiêu, nhân viên kế toán 8 chỉ tiêu."),
        P("2. Điều kiện đăng ký dự tuyển", "h3"),
        P("Có quốc tịch Việt Nam, cư trú tại Việt Nam, đủ 18 tuổi trở lên;", "li"),
        P("Có văn bằng, chứng chỉ phù hợp với vị trí việc làm dự tuyển;", "li"),
        P("Đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ.", "li"),
        P("3. Thời gian và địa điểm nhận hồ sơ", "h3"),
        P("Thí sinh nộp Phiếu đăng ký dự tuyển trực tiếp tại Văn phòng Sở GD&ĐT hoặc qua dịch vụ "
          "bưu chính công ích từ ngày 23/10/2026 đến hết ngày 21/11/2026 (trong giờ hành chính)."),
        P("Chi tiết chỉ tiêu từng vị trí và mẫu Phiếu đăng ký dự tuyển xem trong tệp đính kèm."),
        _file_block(f"{UP}/2026/10/KH-tuyen-dung-vien-chuc-2026.pdf",
                    "KH-tuyen-dung-vien-chuc-2026"),
    ],
    opts={"account": "vanphong", "tags": [], "sticky": True,
          "comments": [
              (38, 0, "Phạm Thị Thanh Thảo", "2026-10-24T20:05:12",
               "Cho em hỏi tốt nghiệp sư phạm Tin học có được đăng ký vị trí giáo viên Công nghệ "
               "không ạ?"),
          ]},
)

S12 = Story(
    id=2036,
    slug="trien-khai-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027",
    title="Triển khai nhiệm vụ giáo dục mầm non năm học 2026-2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-19T10:20:00+07:00",
    blocks=[
        P("Ngày 16/10/2026, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục mầm non năm học "
          "2026-2027 cho lãnh đạo các phòng GD&ĐT và hiệu trưởng các trường mầm non trên địa bàn "
          "tỉnh."),
        Img(f"{UP}/2026/10/hoi-nghi-mam-non-1024x683.jpg",
            "Các đại biểu tham dự hội nghị triển khai nhiệm vụ năm học",
            "Các đại biểu tham dự hội nghị triển khai nhiệm vụ năm học", "center"),
        P("Năm học 2025-2026, toàn tỉnh huy động 99,2% trẻ 5 tuổi ra lớp; tỷ lệ trẻ suy dinh dưỡng "
          "thể nhẹ cân giảm còn 4,1%; 100% trẻ 5 tuổi vùng dân tộc thiểu số được chuẩn bị tiếng "
          "Việt trước khi vào lớp 1."),
        P("Nhiệm vụ trọng tâm", "h3"),
        P("Duy trì và nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi, chuẩn bị "
          "điều kiện phổ cập cho trẻ em mẫu giáo từ 3 đến 5 tuổi.", "li"),
        P("Bảo đảm an toàn tuyệt đối cho trẻ; tăng cường kiểm tra bếp ăn bán trú, nhóm trẻ độc lập "
          "tư thục.", "li"),
        P("Đẩy mạnh xây dựng trường mầm non lấy trẻ làm trung tâm, tăng cường tiếng Việt cho trẻ em "
          "vùng dân tộc thiểu số.", "li"),
        P("Hội nghị cũng dành thời gian để các đơn vị trao đổi về khó khăn thiếu giáo viên mầm non; "
          "hiện toàn tỉnh còn thiếu 312 giáo viên so với định mức."),
        _right("<strong>Phòng Giáo dục Mầm non</strong>"),
    ],
    authors=["Phòng Giáo dục Mầm non"],
    opts={"account": "bientap", "tags": []},
)

S13 = Story(
    id=2028,
    slug="so-gddt-kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-huyen-bac-ai",
    title="Sở GD&ĐT kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại huyện Bác Ái",
    cat="tin-tuc",
    published_at="2026-10-12T08:30:00+07:00",
    blocks=[
        Img(f"{UP}/2026/10/pho-cap-bac-ai-1568x1045.jpg", style="featured"),
        P("Từ ngày 07 đến 09/10/2026, đoàn kiểm tra của Sở GD&ĐT do ông Trương Công Minh, Phó Giám "
          "đốc Sở làm trưởng đoàn đã kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại "
          "huyện Bác Ái.", "gdocs"),
        P("Đoàn đã kiểm tra hồ sơ phổ cập tại 9/9 xã, đối chiếu số liệu điều tra với thực tế tại "
          "các thôn Ma Oai, Suối Đá, Đá Ba Cái; làm việc với Ban Chỉ đạo phổ cập giáo dục, xóa mù "
          "chữ huyện.", "gdocs"),
        Raw("<p>&nbsp;</p>"),
        P("Kết quả cho thấy huyện Bác Ái tiếp tục duy trì đạt chuẩn phổ cập giáo dục mầm non cho "
          "trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 2, phổ cập giáo dục THCS mức độ 1 và "
          "xóa mù chữ mức độ 1.", "gdocs"),
        P("Tuy nhiên, tỷ lệ thanh niên, thiếu niên từ 15 đến 18 tuổi có bằng tốt nghiệp THCS ở một "
          "số xã còn thấp; việc cập nhật dữ liệu trên hệ thống thông tin điện tử quản lý phổ cập "
          "giáo dục chưa kịp thời.", "gdocs"),
        P("Đoàn kiểm tra đề nghị huyện tăng cường vận động học sinh bỏ học trở lại lớp, mở các lớp "
          "xóa mù chữ cho người lớn tuổi vào mùa khô và hoàn thiện hồ sơ trước ngày 30/11/2026.",
          "gdocs"),
        Raw("<p>&nbsp;</p>"),
        _right("<strong>Trần Quốc Bảo</strong>"),
    ],
    authors=["Trần Quốc Bảo"],
    opts={"account": "bientap", "tags": []},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}


def _posted(story: Story) -> datetime:
    """The post's local publication time (the CMS's own, for a notice: not the letterhead day)."""
    raw = story.opts.get("date") or story.published_at[:19]
    return datetime.fromisoformat(raw)


#: newest first, as WordPress lists them
ORDERED = sorted(STORIES, key=_posted, reverse=True)


def permalink(story: Story) -> str:
    d = _posted(story)
    return f"/{d:%Y}/{d:%m}/{d:%d}/{story.slug}/"


def _utc(local: datetime) -> str:
    return (local - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _iso(local: datetime) -> str:
    return local.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _fdate(d: datetime) -> str:
    """The site's date format "F j, Y" in the vi locale: "Tháng Mười Hai 4, 2026"."""
    return f"{MONTHS_VI[d.month - 1]} {d.day}, {d.year}"


def _ftime(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


# --- images ------------------------------------------------------------------------------------

_SIZE = re.compile(r"-(\d+)x(\d+)(\.\w+)$")
_IMAGE_IDS: dict[str, int] = {}


def _image_id(src: str) -> int:
    return _IMAGE_IDS.setdefault(src, 2140 + len(_IMAGE_IDS) * 3)


def _original(src: str) -> str:
    return _SIZE.sub(r"\3", src)


def _dims(src: str) -> tuple[int, int]:
    m = _SIZE.search(src)
    return (int(m.group(1)), int(m.group(2))) if m else (1024, 683)


def _att_slug(src: str) -> str:
    return _original(src).rsplit("/", 1)[1].rsplit(".", 1)[0].lower()


def _lazy_img(b: str, src: str, cls: str, alt: str = "", extra: str = "") -> str:
    """An <img> as WP Rocket's LazyLoad rewrites it: an SVG placeholder in src, the real file in
    data-lazy-src, and the original tag again in <noscript>."""
    w, h = _dims(src)
    ratio = h / w
    sizes = [(300, round(300 * ratio)), (768, round(768 * ratio)), (w, h)]
    stem, ext = _original(src).rsplit(".", 1)
    srcset = ", ".join(f"{b}{stem}-{sw}x{sh}.{ext} {sw}w" for sw, sh in sizes)
    sizes_attr = "100vw" if w >= 1568 else f"(max-width: {w}px) 100vw, {w}px"
    placeholder = (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
        f"{w}%20{h}'%3E%3C/svg%3E"
    )
    alt = esc(alt)
    return (
        f'<img width="{w}" height="{h}" src="{placeholder}" class="{cls}" alt="{alt}"{extra} '
        f'data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes_attr}" data-lazy-src="{b}{src}" />'
        f'<noscript><img width="{w}" height="{h}" src="{b}{src}" class="{cls}" alt="{alt}"{extra} '
        f'srcset="{srcset}" sizes="{sizes_attr}" /></noscript>'
    )


# --- text as WordPress prints it --------------------------------------------------------------

_TEXTURE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;",
            "—": "&#8212;", "…": "&#8230;"}


def wp(value: str) -> str:
    """Escaped text after wptexturize: curly quotes, dashes and a bare "&" as numeric references."""
    out = _html.escape(value, quote=False).replace("&amp;", "&#038;")
    for ch, ref in _TEXTURE.items():
        out = out.replace(ch, ref)
    return out


def _gdocs(value: str) -> str:
    """A paragraph pasted from Google Docs: each run in a span with an inline font weight."""
    return f'<span style="font-weight: 400;">{wp(value)}</span>'


# --- SVG icons of the theme --------------------------------------------------------------------

_ICON_PATHS = {
    "person": "M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 "
              "4v2h16v-2c0-2.66-5.33-4-8-4z",
    "watch": "M12 2C6.477 2 2 6.477 2 12s4.477 10 10 10 10-4.477 10-10S17.523 2 12 2zm0 18c-4.411 "
             "0-8-3.589-8-8s3.589-8 8-8 8 3.589 8 8-3.589 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z",
    "archive": "M10 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V8c0-1.1-.9-2-2-2h-8l-2-2z",
    "tag": "M21.41 11.58l-9-9C12.05 2.22 11.55 2 11 2H4c-1.1 0-2 .9-2 2v7c0 .55.22 1.05.59 1.42l9 "
           "9c.36.36.86.58 1.41.58.55 0 1.05-.22 1.41-.59l7-7c.37-.36.59-.86.59-1.41 0-.55-.23-1.06-.59-1.42z",
    "edit": "M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04c.39-.39.39-1.02 0-1.41l-2.34-2.34"
            "c-.39-.39-1.02-.39-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z",
    "comment": "M21.99 4c0-1.1-.89-2-1.99-2H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h14l4 4-.01-18z",
    "chevron_left": "M15.41 7.41L14 6l-6 6 6 6 1.41-1.41L10.83 12z",
    "chevron_right": "M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z",
    "arrow_drop_down": "M7 10l5 5 5-5z",
}


def _svg(name: str, size: int = 16) -> str:
    return (
        f'<svg class="svg-icon" width="{size}" height="{size}" aria-hidden="true" role="img" '
        f'focusable="false" viewBox="0 0 24 24" version="1.1" xmlns="http://www.w3.org/2000/svg" '
        f'xmlns:xlink="http://www.w3.org/1999/xlink"><path d="{_ICON_PATHS[name]}"></path>'
        f'<path d="M0 0h24v24H0z" fill="none"></path></svg>'
    )


# --- entry meta ------------------------------------------------------------------------------


def _byline(b: str, story: Story) -> str:
    login = story.opts["account"]
    return (
        f'<span class="byline">{_svg("person")}<span class="screen-reader-text">Đăng bởi</span>'
        f'<span class="author vcard"><a class="url fn n" href="{b}/author/{login}/">'
        f'{esc(ACCOUNTS[login])}</a></span></span>'
    )


def _posted_on(b: str, story: Story) -> str:
    d = _posted(story)
    times = f'<time class="entry-date published updated" datetime="{_iso(d)}">{_fdate(d)}</time>'
    if story.opts.get("modified"):
        m = datetime.fromisoformat(story.opts["modified"])
        times = (
            f'<time class="entry-date published" datetime="{_iso(d)}">{_fdate(d)}</time>'
            f'<time class="updated" datetime="{_iso(m)}">{_fdate(m)}</time>'
        )
    return (
        f'<span class="posted-on">{_svg("watch")}<span class="screen-reader-text">Đã xuất bản'
        f'</span><a href="{b}{permalink(story)}" rel="bookmark">{times}</a></span>'
    )


def _edit_link(b: str, post_id: int, title: str) -> str:
    return (
        f'<span class="edit-link">{_svg("edit")}<a class="post-edit-link" href="{b}/wp-admin/'
        f'post.php?post={post_id}&#038;action=edit">Chỉnh sửa<span class="screen-reader-text"> '
        f'{wp(title)}</span></a></span>'
    )


def _comment_count(b: str, story: Story) -> str:
    n = len(story.opts.get("comments", []))
    if not n and not story.opts.get("comments_open"):
        return ""
    label = f"{n} bình luận" if n else "Bình luận"
    return (
        f'<span class="comments-link">{_svg("comment")}<a href="{b}{permalink(story)}#comments">'
        f'{label}<span class="screen-reader-text"> về {wp(story.title)}</span></a></span>'
    )


def _entry_footer(b: str, story: Story, singular: bool) -> str:
    _cid, cname = CATS[story.cat]
    cats = (
        f'<span class="cat-links">{_svg("archive")}<span class="screen-reader-text">Đăng trong'
        f'</span><a href="{b}/category/{story.cat}/" rel="category tag">{esc(cname)}</a></span>'
    )
    tags = ""
    if story.opts.get("tags"):
        links = ", ".join(
            f'<a href="{b}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
        )
        tags = (
            f'<span class="tags-links">{_svg("tag")}<span class="screen-reader-text">Thẻ: </span>'
            f"{links}</span>"
        )
    count = "" if singular else _comment_count(b, story)
    return (
        f'<footer class="entry-footer">{_byline(b, story)}{_posted_on(b, story)}{cats}{tags}'
        f"{count}{_edit_link(b, story.id, story.title)}</footer><!-- .entry-footer -->"
    )


def _entry_header_single(b: str, story: Story) -> str:
    return (
        f'<h1 class="entry-title">{wp(story.title)}</h1>\n<div class="entry-meta">\n'
        f"{_byline(b, story)}{_posted_on(b, story)}"
        f'<span class="comment-count">{_comment_count(b, story)}</span>'
        f"{_edit_link(b, story.id, story.title)}</div><!-- .entry-meta -->"
    )


# --- the text of a post -------------------------------------------------------------------------


def _featured(story: Story) -> Img | None:
    return next((i for i in story.images if i.style == "featured"), None)


def _img_block(b: str, story: Story, img: Img) -> str:
    iid = _image_id(img.src)
    w, _h = _dims(img.src)
    if img.style == "classic":
        tag = _lazy_img(b, img.src, f"size-large wp-image-{iid}")
        return (
            f'<figure id="attachment_{iid}" aria-describedby="caption-attachment-{iid}" '
            f'style="width: {w}px" class="wp-caption aligncenter">{tag}<figcaption '
            f'id="caption-attachment-{iid}" class="wp-caption-text">{wp(img.printed or "")}'
            f"</figcaption></figure>"
        )
    tag = _lazy_img(b, img.src, f"wp-image-{iid}")
    cap = f"<figcaption>{wp(img.printed)}</figcaption>" if img.printed and img.style != "below" else ""
    if img.style == "center":
        return f'<div class="wp-block-image"><figure class="aligncenter">{tag}{cap}</figure></div>'
    if img.style == "below":
        return (
            f'<figure class="wp-block-image">{tag}</figure>\n'
            f'<p style="text-align:center"><em>{wp(img.printed or "")}</em></p>'
        )
    return f'<figure class="wp-block-image">{tag}{cap}</figure>'


def _gallery(b: str, story: Story, imgs: list[Img]) -> str:
    items = []
    for img in imgs:
        iid = _image_id(img.src)
        if story.opts.get("gallery") == "attachment":
            link = f"{b}{permalink(story)}{_att_slug(img.src)}/"
        else:
            link = f"{b}{_original(img.src)}"
        extra = f' data-id="{iid}" data-link="{b}{permalink(story)}{_att_slug(img.src)}/"'
        tag = _lazy_img(b, img.src, f"wp-image-{iid}", extra=extra)
        cap = f"<figcaption>{wp(img.printed)}</figcaption>" if img.printed else ""
        items.append(f'<li class="blocks-gallery-item"><figure><a href="{link}">{tag}</a>{cap}'
                     f"</figure></li>")
    return f'<ul class="wp-block-gallery columns-{len(imgs)} is-cropped">{"".join(items)}</ul>'


def content_html(b: str, story: Story, *, listing: bool = False) -> str:
    """The post's text as the_content prints it (on a listing: cut at the more tag)."""
    out: list[str] = []
    blocks = [blk for blk in story.blocks if not (isinstance(blk, Img) and blk.style == "featured")]
    i = 0
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, Raw):
            if blk.html == "<!--more-->":
                if listing:
                    out.append(
                        f'<p><a href="{b}{permalink(story)}#more-{story.id}" class="more-link">Đọc '
                        f'tiếp<span class="screen-reader-text"> &#8220;{wp(story.title)}&#8221;'
                        f"</span></a></p>"
                    )
                    break
                out.append(f'<p><span id="more-{story.id}"></span></p>')
            else:
                out.append(blk.html.replace("{B}", b))
            i += 1
            continue
        if isinstance(blk, Img):
            if blk.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                out.append(_gallery(b, story, group))
                continue
            out.append(_img_block(b, story, blk))
            i += 1
            continue
        style = blk.style
        if style in ("li", "quote", "thead", "tr"):
            kinds = ("thead", "tr") if style in ("thead", "tr") else (style,)
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{wp(p.text)}</li>" for p in group) + "</ul>")
            elif style == "quote":
                out.append('<blockquote class="wp-block-quote">'
                           + "".join(f"<p>{wp(p.text)}</p>" for p in group) + "</blockquote>")
            else:
                head = "".join(
                    "<thead><tr>" + "".join(f"<th>{wp(c)}</th>" for c in p.text.split(" | "))
                    + "</tr></thead>" for p in group if p.style == "thead"
                )
                rows = "".join(
                    "<tr>" + "".join(f"<td>{wp(c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                    for p in group if p.style == "tr"
                )
                out.append(f'<table class="wp-block-table is-style-stripes">{head}<tbody>{rows}'
                           f"</tbody></table>")
            continue
        if style == "h3":
            out.append(f"<h3>{wp(blk.text)}</h3>")
        elif style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{wp(blk.text)}<br>{wp(nxt.text)}</p>")
            i += 1
        elif style == "lead":
            out.append(f"<p><strong>{wp(blk.text)}</strong></p>")
        elif style == "gdocs":
            out.append(f"<p>{_gdocs(blk.text)}</p>")
        else:
            out.append(f"<p>{wp(blk.text)}</p>")
        i += 1
    return "\n\n".join(out)


def _excerpt(story: Story) -> str:
    if story.opts.get("excerpt"):
        return story.opts["excerpt"]
    words = " ".join(p.text for p in story.blocks if isinstance(p, P)).split()
    return " ".join(words[:55]) + (" […]" if len(words) > 55 else "")


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    (30, "Trang chủ", "/", []),
    (31, "Giới thiệu", "/gioi-thieu/", [(32, "Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    (33, "Tin tức", "/category/tin-tuc/",
     [(34, "Hoạt động chuyên môn", "/category/hoat-dong-chuyen-mon/")]),
    (35, "Thông báo", "/category/thong-bao/", []),
    (36, "Văn bản", "/van-ban/", []),
    (37, "Liên hệ", "/lien-he/", []),
    (38, "Dịch vụ công", "https://dichvucong.ninhthuan.gov.vn/", []),
]


def _menu(b: str, current: str) -> str:
    items = []
    for mid, label, href, children in MENU:
        url = href if href.startswith("http") else b + href
        cls = ["menu-item", f"menu-item-{mid}"]
        if href == current:
            cls.append("current-menu-item")
        sub = ""
        aria = ""
        if children:
            cls.append("menu-item-has-children")
            aria = ' aria-haspopup="true" aria-expanded="false"'
            kids = "".join(
                f'<li id="menu-item-{cid}" class="menu-item menu-item-{cid}"><a href="{b}{chref}">'
                f"{esc(clabel)}</a></li>" for cid, clabel, chref in children
            )
            sub = (
                f'<button class="submenu-expand" tabindex="-1">{_svg("arrow_drop_down", 24)}'
                f'</button>\n<ul class="sub-menu"><li id="menu-item--{mid}" class="mobile-parent-nav-'
                f'menu-item menu-item--{mid}"><button class="menu-item-link-return" tabindex="-1">'
                f'{_svg("chevron_left", 24)}{esc(label)}</button></li>{kids}</ul>'
            )
        items.append(f'<li id="menu-item-{mid}" class="{" ".join(cls)}"><a href="{url}"{aria}>'
                     f"{esc(label)}</a>{sub}</li>")
    return (
        '<nav id="site-navigation" class="main-navigation" aria-label="Menu chính">'
        '<div class="menu-menu-chinh-container"><ul id="menu-menu-chinh" class="main-menu">'
        + "\n".join(items) + "</ul></div></nav><!-- #site-navigation -->"
    )


def _branding(b: str, current: str) -> str:
    return (
        '<div class="site-branding-container"><div class="site-branding">\n'
        f'<div class="site-logo"><a href="{b}/" class="custom-logo-link" rel="home">'
        f'<img width="190" height="190" src="{b}{UP}/2019/05/logo-sgddt-ninh-thuan.png" '
        f'class="custom-logo" alt="{esc(SITE)}" /></a></div>\n'
        f'<p class="site-title"><a href="{b}/" rel="home">{esc(SITE)}</a></p>\n'
        f'<p class="site-description">{esc(TAGLINE)}</p>\n'
        f"{_menu(b, current)}\n</div><!-- .site-branding --></div><!-- .site-branding-container -->"
    )


def _footer(b: str) -> str:
    recent = "".join(f'<li><a href="{b}{permalink(s)}">{wp(s.title)}</a></li>' for s in ORDERED[:5])
    counts = {slug: sum(1 for s in STORIES if s.cat == slug) for slug in CATS}
    options = "".join(
        f'<option class="level-0" value="{CATS[slug][0]}">{esc(CATS[slug][1])}&nbsp;&nbsp;'
        f"({counts[slug]})</option>" for slug in sorted(CATS, key=lambda s: CATS[s][1])
    )
    months = sorted({(_posted(s).year, _posted(s).month) for s in STORIES}, reverse=True)
    archives = "".join(
        f"<li><a href='{b}/{y}/{m:02d}/'>{MONTHS_VI[m - 1]} {y}</a></li>" for y, m in months
    )
    return f"""
	</div><!-- #content -->
	<footer id="colophon" class="site-footer">
		<aside class="widget-area" role="complementary" aria-label="Chân trang">
			<div class="widget-column footer-widget-1">
			<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
			<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><form action="{b}/" method="get"><label class="screen-reader-text" for="cat">Chuyên mục</label><select  name='cat' id='cat' class='postform' ><option value='-1'>Chọn chuyên mục</option>{options}</select></form>
<script type='text/javascript'>
/* <![CDATA[ */
(function() {{ var dropdown = document.getElementById( "cat" ); function onCatChange() {{ if ( dropdown.options[ dropdown.selectedIndex ].value > 0 ) {{ dropdown.parentNode.submit(); }} }} dropdown.onchange = onCatChange; }})();
/* ]]> */
</script></section>
			<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{archives}</ul></section>
			<section id="text-3" class="widget widget_text"><h2 class="widget-title">Sở Giáo dục và Đào tạo tỉnh Ninh Thuận</h2><div class="textwidget"><p>Địa chỉ: Số 02 đường 16 Tháng 4, phường Mỹ Hương, TP Phan Rang &#8211; Tháp Chàm, tỉnh Ninh Thuận<br>
Điện thoại: 0259.3822.145 &#8211; Fax: 0259.3822.146<br>
Email: sgddt@ninhthuan.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&#038;ĐT Nguyễn Hữu Phước</p></div></section>
			<section id="wps_visitors-2" class="widget widget_wps_visitors"><h2 class="widget-title">Thống kê truy cập</h2><ul class="wps-visitors"><li>Đang online: <strong>14</strong></li><li>Hôm nay: <strong>386</strong></li><li>Tổng truy cập: <strong>1.286.402</strong></li></ul></section>
			</div>
		</aside><!-- .widget-area -->
		<div class="site-info">
			<a class="site-name" href="{b}/" rel="home">{esc(SITE)}</a>,
			<a href="https://vi.wordpress.org/" class="imprint">Tự hào sử dụng WordPress</a>.
			<nav class="footer-navigation" aria-label="Menu chân trang"><div class="menu-chan-trang-container"><ul id="menu-chan-trang" class="footer-menu"><li id="menu-item-41" class="menu-item menu-item-41"><a href="{b}/van-ban/">Văn bản</a></li><li id="menu-item-42" class="menu-item menu-item-42"><a href="{b}/lien-he/">Liên hệ</a></li><li id="menu-item-43" class="menu-item menu-item-43"><a href="https://moet.gov.vn/">Bộ GD&#038;ĐT</a></li></ul></div></nav>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->
<script type='text/javascript' src='{b}/wp-content/plugins/jetpack/_inc/build/photon/photon.min.js?ver=20190201'></script>
<script type='text/javascript' src='{b}/wp-includes/js/comment-reply.min.js?ver=5.2.4'></script>
<script type='text/javascript' src='{b}/wp-includes/js/wp-embed.min.js?ver=5.2.4'></script>
<script>window.lazyLoadOptions={{elements_selector:"img[data-lazy-src],.rocket-lazyload",data_src:"lazy-src",data_srcset:"lazy-srcset",data_sizes:"lazy-sizes",class_loading:"lazyloading",class_loaded:"lazyloaded",threshold:300}};</script>
<script data-no-minify="1" async src="{b}/wp-content/plugins/wp-rocket/assets/js/lazyload/12.0/lazyload.min.js"></script>
</body>
</html>
"""


def _head(b: str, title: str, extra: str = "") -> str:
    return f"""<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<title>{title}</title>
<link rel='dns-prefetch' href='//s0.wp.com' />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{b}/comments/feed/" />
<script type="text/javascript">window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/12.0.0-1\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/12.0.0-1\\/svg\\/","svgExt":".svg"}};</script>
<style type="text/css">img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; height: 1em !important; width: 1em !important; }}</style>
<link rel='stylesheet' id='wp-block-library-css'  href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=5.2.4' type='text/css' media='all' />
<link rel='stylesheet' id='wp-block-library-theme-css'  href='{b}/wp-includes/css/dist/block-library/theme.min.css?ver=5.2.4' type='text/css' media='all' />
<link rel='stylesheet' id='twentynineteen-style-css'  href='{b}/wp-content/themes/twentynineteen/style.css?ver=1.4' type='text/css' media='all' />
<link rel='stylesheet' id='twentynineteen-print-style-css'  href='{b}/wp-content/themes/twentynineteen/print.css?ver=1.4' type='text/css' media='print' />
<link rel='stylesheet' id='jetpack_css-css'  href='{b}/wp-content/plugins/jetpack/css/jetpack.css?ver=7.3.1' type='text/css' media='all' />
<link rel='https://api.w.org/' href='{b}/wp-json/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{b}/wp-includes/wlwmanifest.xml" />
<meta name="generator" content="WordPress 5.2.4" />
{extra}<style type="text/css" id="wp-custom-css">.site-info .imprint{{display:none}} .site-title a{{color:#0b4f9c}}</style>
<noscript><style id="rocket-lazyload-nojs-css">.rll-youtube-player, [data-lazy-src]{{display:none !important;}}</style></noscript>
</head>
"""


def _doc_title(*parts: str) -> str:
    return " &#8211; ".join(parts)


def _page(b: str, title: str, body_class: str, main: str, *, current: str = "",
          head_extra: str = "", hero: str = "") -> str:
    header_cls = "site-header featured-image" if hero else "site-header"
    return (
        _head(b, title, head_extra)
        + f'\n<body class="{body_class} wp-custom-logo wp-embed-responsive image-filters-enabled">\n'
        '<div id="page" class="site">\n'
        '\t<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>\n\n'
        f'\t\t<header id="masthead" class="{header_cls}">\n\n'
        f"\t\t\t{_branding(b, current)}\n{hero}"
        "\t\t</header><!-- #masthead -->\n\n"
        '\t<div id="content" class="site-content">\n\n'
        '\t<section id="primary" class="content-area">\n'
        f'\t\t<main id="main" class="site-main">\n{main}\n\t\t</main><!-- #main -->\n'
        "\t</section><!-- #primary -->\n"
        + _footer(b)
    )


# --- single posts ------------------------------------------------------------------------------


def _jetpack_tail(b: str, story: Story) -> str:
    """What Jetpack appends to the_content: sharing buttons, likes, related posts."""
    perma = b + permalink(story)
    out = (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
        'sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content">'
        '<ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook '
        f'sd-button share-icon" href="https://www.facebook.com/sharer.php?u={quote(perma, safe="")}" '
        'target="_blank" title="Nhấn vào chia sẻ trên Facebook"><span>Facebook</span></a></li>'
        '<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button '
        f'share-icon" href="{perma}#print" target="_blank" title="Nhấn vào đây để in"><span>In</span>'
        '</a></li><li class="share-end"></li></ul></div></div></div>'
        "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper "
        f"jetpack-likes-widget-unloaded' id='like-post-wrapper-163021433-{story.id}-5e1f0c2a9b1d4' "
        f"data-src='https://widgets.wp.com/likes/#blog_id=163021433&amp;post_id={story.id}&amp;"
        "origin=sgddt.ninhthuan.gov.vn&amp;obj_id=163021433-"
        f"{story.id}-5e1f0c2a9b1d4' data-name='like-post-frame-163021433-{story.id}-5e1f0c2a9b1d4'>"
        '<h3 class="sd-title">Thích điều này:</h3><div class=\'likes-widget-placeholder '
        "post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Thích"
        '</span></span> <span class="loading">Đang tải...</span></div>'
        "<span class='sd-text-color'></span><a class='sd-link-color'></a></div>"
    )
    related = story.opts.get("related")
    if related:
        items = []
        for pos, rid in enumerate(related):
            r = BY_ID[rid]
            href = (f"{b}{permalink(r)}?relatedposts_hit=1&amp;relatedposts_origin={story.id}"
                    f"&amp;relatedposts_position={pos}")
            thumb = _featured(r) or (r.images[0] if r.images else None)
            img = ""
            if thumb:
                stem, ext = _original(thumb.src).rsplit(".", 1)
                img = (f'<a class="jp-relatedposts-post-a" href="{href}" title="{esc(r.title)}" '
                       f'rel="nofollow" data-origin="{story.id}" data-position="{pos}"><img '
                       f'class="jp-relatedposts-post-img" src="{b}{stem}-350x200.{ext}" width="350" '
                       f'alt="{esc(r.title)}" /></a>')
            items.append(
                f'<div class="jp-relatedposts-post jp-relatedposts-post{pos} jp-relatedposts-post-'
                f'thumbs" data-post-id="{rid}" data-post-format="false">{img}'
                f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" '
                f'href="{href}" title="{esc(r.title)}" rel="nofollow" data-origin="{story.id}" '
                f'data-position="{pos}">{wp(r.title)}</a></h4>'
                f'<p class="jp-relatedposts-post-excerpt">{wp(_excerpt(r)[:140])}</p>'
                f'<p class="jp-relatedposts-post-date">{_fdate(_posted(r))}</p>'
                f'<p class="jp-relatedposts-post-context">Trong &quot;{esc(CATS[r.cat][1])}&quot;'
                f"</p></div>"
            )
        out += (
            "\n<div id='jp-relatedposts' class='jp-relatedposts' style='display: block;'>\n"
            '\t<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>\n'
            '<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">'
            + "".join(items) + "</div></div>"
        )
    return out


def _post_nav(b: str, story: Story) -> str:
    idx = ORDERED.index(story)
    older = ORDERED[idx + 1] if idx + 1 < len(ORDERED) else None
    newer = ORDERED[idx - 1] if idx > 0 else None
    links = ""
    if older:
        links += (
            f'<div class="nav-previous"><a href="{b}{permalink(older)}" rel="prev"><span '
            'class="meta-nav" aria-hidden="true">Bài trước</span> <span class="screen-reader-text">'
            f'Bài trước:</span> <br/><span class="post-title">{wp(older.title)}</span></a></div>'
        )
    if newer:
        links += (
            f'<div class="nav-next"><a href="{b}{permalink(newer)}" rel="next"><span class="meta-nav" '
            'aria-hidden="true">Bài sau</span> <span class="screen-reader-text">Bài sau:</span> '
            f'<br/><span class="post-title">{wp(newer.title)}</span></a></div>'
        )
    return (
        '\n\t<nav class="navigation post-navigation" role="navigation">\n'
        '\t\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n'
        f'\t\t<div class="nav-links">{links}</div>\n\t</nav>'
    )


def _comments(b: str, story: Story, replyto: int | None) -> str:
    comments = story.opts.get("comments", [])
    is_open = story.opts.get("comments_open", False)
    if not comments and not is_open:
        return ""
    perma = b + permalink(story)

    def one(c: tuple) -> str:
        cid, _parent, author, when, body = c
        d = datetime.fromisoformat(when)
        reply = ""
        if is_open:
            reply = (
                f"<div class=\"comment-reply\"><a rel='nofollow' class='comment-reply-link' "
                f"href='{perma}?replytocom={cid}#respond' data-commentid=\"{cid}\" "
                f'data-postid="{story.id}" data-belowelement="div-comment-{cid}" '
                f"data-respondelement=\"respond\" aria-label='Trả lời đến {esc(author)}'>Trả lời</a>"
                "</div>"
            )
        kids = [k for k in comments if k[1] == cid]
        children = f'<ol class="children">{"".join(one(k) for k in kids)}</ol>' if kids else ""
        return (
            f'<li id="comment-{cid}" class="comment depth-1"><article id="div-comment-{cid}" '
            'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            "<img alt='' src='https://secure.gravatar.com/avatar/0f3c?s=60&#038;d=mm&#038;r=g' "
            "class='avatar avatar-60 photo' height='60' width='60' />"
            f'<b class="fn">{esc(author)}</b> <span class="screen-reader-text says">bình luận:'
            '</span></div><div class="comment-metadata">'
            f'<a href="{perma}#comment-{cid}"><time datetime="{_iso(d)}">{_fdate(d)} lúc '
            f"{_ftime(d)}</time></a></div></footer>"
            f'<div class="comment-content"><p>{wp(body)}</p></div>{reply}</article>{children}</li>'
        )

    top = [c for c in comments if c[1] == 0]
    listing = ""
    if comments:
        listing = (
            '<div class="comments-title-wrap"><h2 class="comments-title">'
            f"{len(comments)} bình luận về &ldquo;{wp(story.title)}&rdquo;</h2></div>"
            f'<ol class="comment-list">{"".join(one(c) for c in top)}</ol>'
        )
    if is_open:
        who = next((c[2] for c in comments if c[0] == replyto), None)
        heading = f"Trả lời {esc(who)}" if who else "Để lại một bình luận"
        cancel_style = "" if who else ' style="display:none;"'
        form = (
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-'
            f'title">{heading} <small><a rel="nofollow" id="cancel-comment-reply-link" '
            f'href="{perma}#respond"{cancel_style}>Hủy</a></small></h3>'
            f'<form action="{b}/wp-comments-post.php" method="post" id="commentform" '
            'class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email '
            'của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu '
            '<span class="required">*</span></p><p class="comment-form-comment"><label '
            'for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" '
            'rows="5" maxlength="65525" required="required"></textarea></p>'
            '<p class="comment-form-author"><label for="author">Tên <span class="required">*'
            '</span></label> <input id="author" name="author" type="text" value="" size="30" /></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
            'value="Phản hồi" /> <input type="hidden" name="comment_post_ID" '
            f'value="{story.id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" '
            f'id="comment_parent" value="{replyto or 0}" /></p></form></div><!-- #respond -->'
        )
    else:
        form = '<p class="no-comments">Bình luận đã bị đóng.</p>'
    return f'\n<div id="comments" class="comments-area">{listing}{form}</div><!-- #comments -->'


def _article_classes(story: Story, extra: str = "") -> str:
    tags = " ".join(f"tag-{t}" for t in story.opts.get("tags", []))
    thumb = " has-post-thumbnail" if _featured(story) else ""
    sticky = " sticky" if story.opts.get("sticky") else ""
    return (
        f"post-{story.id} post type-post status-publish format-standard{thumb}{sticky} hentry "
        f"category-{story.cat} {tags} entry{extra}"
    ).replace("  ", " ")


def render_post(request: Request, story: Story, replyto: int | None = None) -> str:
    b = base_url(request)
    perma = b + permalink(story)
    d = _posted(story)
    featured = _featured(story)
    idx = ORDERED.index(story)
    rels = ""
    if idx + 1 < len(ORDERED):
        o = ORDERED[idx + 1]
        rels += f"<link rel='prev' title='{esc(o.title)}' href='{b}{permalink(o)}' />\n"
    if idx > 0:
        n = ORDERED[idx - 1]
        rels += f"<link rel='next' title='{esc(n.title)}' href='{b}{permalink(n)}' />\n"
    og_image = featured or (story.images[0] if story.images else None)
    modified = datetime.fromisoformat(story.opts["modified"]) if story.opts.get("modified") else d
    head_extra = (
        rels
        + f'<link rel="canonical" href="{perma}" />\n'
        f"<link rel='shortlink' href='{b}/?p={story.id}' />\n"
        f'<link rel="alternate" type="application/json+oembed" href="{b}/wp-json/oembed/1.0/embed?'
        f'url={quote(perma, safe="")}" />\n'
        f'<link rel="amphtml" href="{perma}amp/">\n'
        "<!-- Jetpack Open Graph Tags -->\n"
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{perma}" />\n'
        f'<meta property="og:description" content="{esc(_excerpt(story))}" />\n'
        f'<meta property="article:published_time" content="{_utc(d)}" />\n'
        f'<meta property="article:modified_time" content="{_utc(modified)}" />\n'
        f'<meta property="og:site_name" content="{esc(SITE)}" />\n'
        + (f'<meta property="og:image" content="{b}{og_image.src}" />\n' if og_image else "")
        + '<meta property="og:locale" content="vi_VN" />\n'
        f'<meta name="twitter:text:title" content="{esc(story.title)}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        "<!-- End Jetpack Open Graph Tags -->\n"
    )
    hero = ""
    header = ""
    if featured:
        hero = (
            '\t\t\t\t<div class="site-featured-image">\n'
            '\t\t\t\t\t<figure class="post-thumbnail">'
            + _lazy_img(b, featured.src, "attachment-post-thumbnail size-post-thumbnail wp-post-image")
            + "</figure><!-- .post-thumbnail -->\n"
            f'\t\t\t\t\t<div class="entry-header">{_entry_header_single(b, story)}</div>'
            "<!-- .entry-header -->\n\t\t\t\t</div>\n"
        )
    else:
        header = f'\n\t<header class="entry-header">\n\t\t{_entry_header_single(b, story)}\t</header>'
    main = (
        f'\n<article id="post-{story.id}" class="{_article_classes(story)}">{header}\n\n'
        '\t<div class="entry-content">\n'
        f"{content_html(b, story)}\n{_jetpack_tail(b, story)}"
        "\n\t</div><!-- .entry-content -->\n\n"
        f"\t{_entry_footer(b, story, singular=True)}\n</article><!-- #post-{story.id} -->\n"
        f"{_post_nav(b, story)}{_comments(b, story, replyto)}"
    )
    body_class = (f"post-template-default single single-post postid-{story.id} "
                  "single-format-standard singular")
    return _page(b, _doc_title(wp(story.title), esc(SITE)), body_class, main,
                 current="", head_extra=head_extra, hero=hero)


def render_amp(request: Request, story: Story) -> str:
    """The AMP plugin's legacy "reader" template: same text, amp-img, a UTC time."""
    b = base_url(request)
    perma = b + permalink(story)
    d = _posted(story)
    featured = _featured(story)
    text = content_html(b, story)
    text = re.sub(r"<noscript>.*?</noscript>", "", text)
    text = re.sub(r'<img ([^>]*?)src="data:[^"]*"([^>]*?)data-lazy-src="([^"]+)" />',
                  r'<amp-img \1src="\3"\2layout="intrinsic"></amp-img>', text)
    hero = ""
    if featured:
        w, h = _dims(featured.src)
        hero = (f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="{w}" '
                f'height="{h}" src="{b}{featured.src}" layout="intrinsic"></amp-img></figure>')
    days = (datetime(2026, 12, 5, 9, 0) - d).days
    ago = f"{days} ngày trước" if days else "vài giờ trước"
    return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{_doc_title(wp(story.title), esc(SITE))}</title>
<link rel="canonical" href="{perma}" />
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-wp-header{{background-color:#0b4f9c}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{b}/">{esc(SITE)}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{wp(story.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(ACCOUNTS[story.opts["account"]])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_utc(d)}">{ago}</time></div>
</header>
{hero}
<div class="amp-wp-article-content">
{text}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{b}/category/{story.cat}/" rel="category tag">{esc(CATS[story.cat][1])}</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(SITE)}</h2><a href="#top" class="back-to-top">Về đầu trang</a></div></footer>
</body>
</html>
"""


# --- listings --------------------------------------------------------------------------------


def _thumb(b: str, story: Story) -> str:
    featured = _featured(story)
    if not featured:
        return ""
    return (
        f'<figure class="post-thumbnail"><a class="post-thumbnail-inner" href="{b}{permalink(story)}" '
        'aria-hidden="true" tabindex="-1">'
        + _lazy_img(b, featured.src, "attachment-post-thumbnail size-post-thumbnail wp-post-image")
        + "</a></figure>"
    )


def _list_item(b: str, story: Story, *, full: bool, sticky_label: bool) -> str:
    label = '<span class="sticky-post">Nổi bật</span>' if sticky_label else ""
    text = content_html(b, story, listing=True) if full else f"<p>{wp(_excerpt(story))}</p>"
    return (
        f'\n<article id="post-{story.id}" class="{_article_classes(story)}">\n'
        f'\t<header class="entry-header">\n\t\t{label}<h2 class="entry-title"><a href="{b}'
        f'{permalink(story)}" rel="bookmark">{wp(story.title)}</a></h2>\t</header>\n'
        f"\t{_thumb(b, story)}\n"
        f'\t<div class="entry-content">\n{text}\n\t</div><!-- .entry-content -->\n'
        f"\t{_entry_footer(b, story, singular=False)}\n</article><!-- #post-{story.id} -->\n"
    )


def _pagination(b: str, prefix: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return f"{b}{prefix}" if n == 1 else f"{b}{prefix}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{url(page - 1)}">{_svg("chevron_left", 22)} '
                     '<span class="nav-prev-text">Bài mới hơn</span></a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f"<span aria-current='page' class='page-numbers current'>{n}</span>")
        else:
            parts.append(f"<a class='page-numbers' href='{url(n)}'>{n}</a>")
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{url(page + 1)}"><span class="nav-next-'
                     f'text">Bài cũ hơn</span> {_svg("chevron_right", 22)}</a>')
    return (
        '\n\t<nav class="navigation pagination" role="navigation">\n'
        '\t\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n'
        f'\t\t<div class="nav-links">{chr(10).join(parts)}</div>\n\t</nav>'
    )


def render_listing(request: Request, kind: str, key: str, page: int) -> str | None:
    """Home (full posts, sticky first on page 1) or an archive (excerpts)."""
    b = base_url(request)
    if kind == "home":
        posts = ORDERED
        prefix = "/"
    elif kind == "category":
        posts = [s for s in ORDERED if s.cat == key]
        prefix = f"/category/{key}/"
    elif kind == "tag":
        posts = [s for s in ORDERED if key in s.opts.get("tags", [])]
        prefix = f"/tag/{key}/"
    elif kind == "author":
        posts = [s for s in ORDERED if s.opts["account"] == key]
        prefix = f"/author/{key}/"
    else:
        y, m = key.split("/")
        posts = [s for s in ORDERED if _posted(s).year == int(y) and _posted(s).month == int(m)]
        prefix = f"/{key}/"
    pages = max(1, math.ceil(len(posts) / PER_PAGE))
    if not posts or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    sticky: list[Story] = []
    if kind == "home" and page == 1:
        sticky = [s for s in ORDERED if s.opts.get("sticky")]
        chunk = [s for s in chunk if s not in sticky]
    paged = f" paged paged-{page}" if page > 1 else ""
    header = ""
    if kind == "home":
        title = _doc_title(esc(SITE), esc(TAGLINE)) if page == 1 else _doc_title(
            esc(SITE), f"Trang {page}", esc(TAGLINE))
        body_class = f"home blog{paged}"
    else:
        if kind == "category":
            label, name = "Lưu trữ danh mục: ", CATS[key][1]
            body_class = f"archive category category-{key} category-{CATS[key][0]}{paged}"
        elif kind == "tag":
            label, name = "Lưu trữ thẻ: ", TAGS[key]
            body_class = f"archive tag tag-{key}{paged}"
        elif kind == "author":
            label, name = "Lưu trữ tác giả: ", ACCOUNTS[key]
            body_class = f"archive author author-{key}{paged}"
        else:
            y, m = key.split("/")
            label, name = "Lưu trữ theo tháng: ", f"{MONTHS_VI[int(m) - 1]} {y}"
            body_class = f"archive date{paged}"
        parts = [esc(name)] + ([f"Trang {page}"] if page > 1 else []) + [esc(SITE)]
        title = _doc_title(*parts)
        header = (
            '\n\t\t\t<header class="page-header">\n'
            f'\t\t\t\t<h1 class="page-title">{label}<span class="page-description">{esc(name)}'
            "</span></h1>\n\t\t\t</header><!-- .page-header -->\n"
        )
    items = [_list_item(b, s, full=(kind == "home"), sticky_label=True) for s in sticky]
    items += [_list_item(b, s, full=(kind == "home"), sticky_label=False) for s in chunk]
    main = header + "".join(items) + _pagination(b, prefix, page, pages)
    return _page(b, title, body_class + " hfeed", main, current=prefix)


# --- pages and attachments ---------------------------------------------------------------------

DOCS = [
    ("2318/TB-SGDĐT", "02/12/2026", "Thông báo đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm "
     "2027", f"{UP}/2026/12/2318-TB-SGDDT.pdf"),
    ("2205/KH-SGDĐT", "20/11/2026", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT "
     "năm học 2026-2027", f"{UP}/2026/11/2205-KH-SGDDT.pdf"),
    ("1987/SGDĐT-GDTrH", "14/10/2026", "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học "
     "2026-2027", f"{UP}/2026/10/1987-SGDDT-GDTrH.pdf"),
    ("1902/KH-SGDĐT", "05/10/2026", "Kế hoạch tuyển dụng viên chức năm 2026",
     f"{UP}/2026/10/KH-tuyen-dung-vien-chuc-2026.pdf"),
]

PAGES = {
    "/gioi-thieu/": (
        12, "Giới thiệu",
        "<p>Sở Giáo dục và Đào tạo tỉnh Ninh Thuận là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, "
        "tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên "
        "địa bàn tỉnh.</p>\n\n<h2>Chức năng, nhiệm vụ</h2>\n\n<p>Sở chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, "
        "kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>\n\n<p>Xem thêm: <a "
        'href="{B}/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></p>',
    ),
    "/gioi-thieu/co-cau-to-chuc/": (
        14, "Cơ cấu tổ chức",
        '<table class="wp-block-table"><tbody><tr><td><strong>Ban Giám đốc</strong></td><td>Giám đốc '
        "Nguyễn Hữu Phước; Phó Giám đốc Trương Công Minh</td></tr><tr><td><strong>Các phòng chuyên "
        "môn</strong></td><td>Văn phòng; Phòng Kế hoạch &#8211; Tài chính; Phòng Tổ chức cán bộ; "
        "Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng Khảo thí "
        "và Quản lý chất lượng giáo dục; Thanh tra Sở</td></tr></tbody></table>",
    ),
    "/lien-he/": (
        15, "Liên hệ",
        "<p><strong>Sở Giáo dục và Đào tạo tỉnh Ninh Thuận</strong><br>Địa chỉ: Số 02 đường 16 Tháng "
        "4, phường Mỹ Hương, TP Phan Rang &#8211; Tháp Chàm<br>Điện thoại: 0259.3822.145<br>Email: "
        "sgddt@ninhthuan.gov.vn</p>\n\n"
        '<div role="form" class="wpcf7" id="wpcf7-f120-p15-o1" lang="vi" dir="ltr"><form action="'
        '{B}/lien-he/#wpcf7-f120-p15-o1" method="post" class="wpcf7-form" novalidate="novalidate">'
        '<p><label> Họ tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-name"><input '
        'type="text" name="your-name" value="" size="40" /></span></label></p><p><label> Nội dung'
        '<br /><span class="wpcf7-form-control-wrap your-message"><textarea name="your-message" '
        'cols="40" rows="10"></textarea></span></label></p><p><input type="submit" value="Gửi đi" '
        'class="wpcf7-form-control wpcf7-submit" /></p></form></div>',
    ),
}


def _docs_page() -> str:
    rows = "".join(
        f"<tr><td>{esc(num)}</td><td>{day}</td><td>{wp(subject)}</td><td><a href=\"{{B}}{href}\">"
        "Tải về</a></td></tr>" for num, day, subject, href in DOCS
    )
    return (
        "<p>Các văn bản chỉ đạo, điều hành của Sở Giáo dục và Đào tạo tỉnh Ninh Thuận.</p>\n\n"
        '<table class="wp-block-table is-style-stripes"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban '
        f"hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
    )


PAGES["/van-ban/"] = (17, "Văn bản", _docs_page())


def render_wp_page(request: Request, path: str) -> str:
    b = base_url(request)
    pid, title, body = PAGES[path]
    main = (
        f'\n<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry entry">\n'
        f'\t<header class="entry-header">\n\t\t<h1 class="entry-title">{esc(title)}</h1>\t</header>\n'
        f'\t<div class="entry-content">\n{body.replace("{B}", b)}\n\t</div><!-- .entry-content -->\n'
        f'\t<footer class="entry-footer">{_edit_link(b, pid, title)}</footer>\n</article>\n'
    )
    return _page(b, _doc_title(esc(title), esc(SITE)),
                 f"page-template-default page page-id-{pid} singular", main, current=path,
                 head_extra=f'<link rel="canonical" href="{b}{path}" />\n'
                            f"<link rel='shortlink' href='{b}/?p={pid}' />\n")


def render_attachment(request: Request, story: Story, img: Img) -> str:
    """image.php: a post-like page (h1, edit link, "Đăng trong" back to the post), not an article."""
    b = base_url(request)
    iid = _image_id(img.src)
    slug = _att_slug(img.src)
    w, h = _dims(img.src)
    full_w, full_h = w * 3 // 2, h * 3 // 2
    main = (
        f'\n<article id="post-{iid}" class="post-{iid} attachment type-attachment status-inherit '
        'hentry entry">\n'
        f'\t<header class="entry-header">\n\t<h1 class="entry-title">{esc(slug)}</h1>\t</header>\n'
        '\t<div class="entry-content">\n\t\t<figure class="entry-attachment wp-block-image">'
        f'<img width="{full_w}" height="{full_h}" src="{b}{_original(img.src)}" class="attachment-'
        'full size-full" alt="" />'
        f'<figcaption class="wp-caption-text">{wp(img.printed or "")}</figcaption></figure>\n'
        "\t</div><!-- .entry-content -->\n"
        '\t<footer class="entry-footer"><span class="full-size-link"><span class="screen-reader-'
        f'text">Kích thước đầy đủ</span><a href="{b}{_original(img.src)}">{full_w} &times; '
        f"{full_h}</a></span>{_edit_link(b, iid, slug)}</footer>\n</article>\n"
        '\t<nav class="navigation post-navigation" role="navigation">\n'
        '\t\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n'
        f'\t\t<div class="nav-links"><div class="nav-previous"><a href="{b}{permalink(story)}" '
        'rel="prev"><span class="meta-nav" aria-hidden="true">Đăng trong</span><br/><span '
        f'class="post-title">{wp(story.title)}</span></a></div></div>\n\t</nav>\n'
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 '
        'id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="'
        f'{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p '
        'class="comment-form-comment"><label for="comment">Bình luận</label> <textarea '
        'id="comment" name="comment" cols="45" rows="5"></textarea></p><p class="form-submit">'
        '<input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p>'
        "</form></div></div>\n"
    )
    return _page(b, _doc_title(esc(slug), esc(SITE)),
                 f"attachment attachment-template-default single single-attachment postid-{iid} "
                 f"attachmentid-{iid} attachment-jpeg singular", main,
                 head_extra=f'<link rel="canonical" href="{b}{permalink(story)}{slug}/" />\n')


def _attachments() -> dict[str, tuple[Story, Img]]:
    out = {}
    for s in STORIES:
        for img in s.images:
            if img.style == "gallery":
                out[f"{permalink(s)}{_att_slug(img.src)}/"] = (s, img)
    return out


ATTACHMENTS = _attachments()


# --- feeds, robots, admin -------------------------------------------------------------------


def render_feed(request: Request) -> Response:
    b = base_url(request)
    items = []
    for s in ORDERED[:10]:
        d = _posted(s) - timedelta(hours=7)
        items.append(
            f"<item><title>{wp(s.title)}</title><link>{b}{permalink(s)}</link>"
            f"<pubDate>{d:%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
            f"<dc:creator><![CDATA[{ACCOUNTS[s.opts['account']]}]]></dc:creator>"
            f"<category><![CDATA[{CATS[s.cat][1]}]]></category>"
            f'<guid isPermaLink="false">{b}/?p={s.id}</guid>'
            f"<description><![CDATA[{_excerpt(s)}]]></description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{esc(SITE)}</title><link>{b}</link><description>{esc(TAGLINE)}</description>"
        f"<language>vi</language>{''.join(items)}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"


def _login_page(request: Request) -> Response:
    b = base_url(request)
    body = (
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Đăng nhập &lsaquo; "
        f"{esc(SITE)} &#8212; WordPress</title><meta name='robots' content='noindex,noarchive' />"
        f'</head><body class="login"><div id="login"><h1><a href="https://vi.wordpress.org/">'
        f'Hoạt động dựa trên WordPress</a></h1><form name="loginform" id="loginform" action="{b}'
        '/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc địa chỉ Email'
        '</label><input type="text" name="log" id="user_login" /></p><p><label for="user_pass">'
        'Mật khẩu</label><input type="password" name="pwd" id="user_pass" /></p><p class="submit">'
        '<input type="submit" name="wp-submit" id="wp-submit" value="Đăng nhập" /></p></form>'
        f'<p id="backtoblog"><a href="{b}/">&larr; Quay lại {esc(SITE)}</a></p></div></body></html>'
    )
    return html(body, headers={"X-Robots-Tag": "noindex", "Cache-Control": "no-cache, must-revalidate, max-age=0"})


# --- routing ---------------------------------------------------------------------------------

_POST_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/(?:([a-z0-9_-]+)/)?$")
_PAGED = re.compile(r"^(?P<prefix>/(?:.*/)?)page/(?P<n>\d+)/$")
BY_PATH = {permalink(s): s for s in STORIES}


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        b = base_url(request)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/wp-admin"):
            target = quote(b + request.target, safe="")
            return redirect(f"{b}/wp-login.php?redirect_to={target}&reauth=1")
        if path == "/wp-login.php":
            return _login_page(request)
        if path in ("/feed/", "/comments/feed/"):
            return render_feed(request)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            if params.get("p", "").isdigit() and int(params["p"]) in BY_ID:
                return redirect(b + permalink(BY_ID[int(params["p"])]), 301)
            if "cat" in params:
                slug = next((k for k, v in CATS.items() if str(v[0]) == params["cat"]), None)
                return redirect(f"{b}/category/{slug}/", 301) if slug else None
            return html(render_listing(request, "home", "", 1))
        if not path.endswith("/"):
            probe = Request(request.method, path + "/", "", request.headers)
            if self.respond(probe) is not None and not path.rsplit("/", 1)[-1].count("."):
                return redirect(b + path + "/" + (f"?{request.query}" if request.query else ""), 301)
            return None
        return self._route(request, path, b)

    def _route(self, request: Request, path: str, b: str) -> Response | None:
        if path in PAGES:
            return html(render_wp_page(request, path))
        if path in BY_PATH:
            story = BY_PATH[path]
            reply = request.params.get("replytocom", "")
            replyto = int(reply) if reply.isdigit() else None
            return html(render_post(request, story, replyto),
                        headers={"Link": f'<{b}/?p={story.id}>; rel=shortlink'})
        if path in ATTACHMENTS:
            story, img = ATTACHMENTS[path]
            return html(render_attachment(request, story, img))
        m = _POST_RE.match(path)
        if m and m.group(5) == "amp" and path[: -len("amp/")] in BY_PATH:
            return html(render_amp(request, BY_PATH[path[: -len("amp/")]]))
        page = 1
        prefix = path
        pm = _PAGED.match(path)
        if pm:
            page = int(pm.group("n"))
            prefix = pm.group("prefix") or "/"
            if page == 1:
                return redirect(b + prefix, 301)
        page_html = self._listing(request, prefix, page)
        return html(page_html) if page_html else None

    @staticmethod
    def _listing(request: Request, prefix: str, page: int) -> str | None:
        if prefix == "/":
            return render_listing(request, "home", "", page)
        parts = prefix.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "category" and parts[1] in CATS:
            return render_listing(request, "category", parts[1], page)
        if len(parts) == 2 and parts[0] == "tag" and parts[1] in TAGS:
            return render_listing(request, "tag", parts[1], page)
        if len(parts) == 2 and parts[0] == "author" and parts[1] in ACCOUNTS:
            return render_listing(request, "author", parts[1], page)
        if len(parts) == 2 and parts[0] == "2026" and re.fullmatch(r"\d{2}", parts[1]):
            return render_listing(request, "month", f"{parts[0]}/{parts[1]}", page)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [permalink(story) + "amp/"]
    if story.opts.get("comments_open"):
        alts += [f"{permalink(story)}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    for origin in STORIES:
        for pos, rid in enumerate(origin.opts.get("related", [])):
            if rid == story.id:
                alts.append(f"{permalink(story)}?relatedposts_hit=1&relatedposts_origin="
                            f"{origin.id}&relatedposts_position={pos}")
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[s.cat][1], alt_paths=_alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    "/van-ban/",
    f"{permalink(S1)}img_4521/",
]
