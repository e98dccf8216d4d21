"""Trường Chính trị tỉnh Đắk Nông on WordPress 6.7 + Astra 4.8 (Astra Pro addon) + Spectra 2.16 + Yoast SEO.

Platform
--------
A provincial political school's site as a small agency builds it in 2024–2026: WordPress with the
Astra theme (header/footer builder, right sidebar, "separate container" layout), the Astra Pro
addon (archive pagination set to "infinite / load more on click"), the Spectra (UAGB) blocks
plugin for the home page and the news page (a post carousel and post grids, each grid with its
own pagination argument), Yoast SEO (title, canonical, Open Graph, JSON-LD, breadcrumbs shown by
Astra), AddToAny share buttons, WP-Polls and a visitor-counter widget in the sidebar. Posts are
written in the block editor, a few in the Classic Editor (``[caption]`` figures, justified
paragraphs). The site's locale is ``vi``: dates print as "Tháng Mười Hai 4, 2026" ("F j, Y").

URL scheme
----------
- ``/`` front page (a Spectra page): "Tin mới" post carousel (5 latest), grids "Đào tạo – Bồi
  dưỡng" (3) and "Nghiên cứu khoa học" (2), no pagination on the home page.
- ``/tin-tuc-su-kien/``: a page with two Spectra post grids, each paginated by its own query
  argument: ``?pg-b7e2f1c9=<n>`` (all posts, 5 a page, 3 pages) and ``?pg-4ac90d12=<n>``
  ("Đào tạo – Bồi dưỡng", 2 a page, 2 pages); a grid's links keep the other grid's argument, so
  the page exists in 3 × 2 states.
- ``/category/<slug>/`` and ``/category/<slug>/page/<n>/``: Astra archives, 3 posts a page.
- ``/<post-slug>/``: posts; ``/?p=<id>``: the short link (answers 200 with the post: the site's
  canonical redirect is switched off); ``/<post-slug>/?replytocom=<comment-id>``: comment replies.
- ``/<post-slug>/<attachment-slug>/``: attachment pages of gallery photos.
- ``/gioi-thieu/``, ``/lien-he/``, ``/van-ban-tai-lieu/``, ``/thu-vien-anh/``, ``/video/``: pages.
- ``/feed/`` (RSS, 8 latest), ``/?s=…`` (search), ``/author/quantri/`` (301 to ``/``: Yoast has
  author archives switched off), files under ``/wp-content/uploads/``.

Page templates
--------------
Astra ``single-post`` (``article.ast-article-single`` > ``header.entry-header`` > ``h1.entry-title``
+ ``div.entry-meta``; ``div.entry-content``), Astra archive (``section.ast-archive-description``,
``article.ast-article-post``, load-more ``nav.ast-pagination-infinite``), Astra page, Astra
attachment, Spectra grid/carousel (``article.uagb-post__inner-wrap``, ``h4.uagb-post__title``,
``time.uagb-post__date``, ``div.uagb-post-pagination-wrap``).

How each gold article is reached (latest first; A–M below)
----------------------------------------------------------
- Home: carousel A B C D E; grids B E G and D H; sidebar "Bài viết mới" A–E.
- ``/tin-tuc-su-kien/`` main grid: page 1 A–E, ``?pg-b7e2f1c9=2`` F G H I J, ``=3`` K L M;
  second grid ("Đào tạo – Bồi dưỡng"): B E, then ``?pg-4ac90d12=2`` G J.
- Archives (3 a page): tin-hoat-dong A E F | page/2 I M; dao-tao-boi-duong B E G | page/2 J;
  nghien-cuu-khoa-hoc D H L; thong-bao C K. Page 2 of an archive has no ``<a>`` to it (see traps).
- So I, J and M are reachable only from page 2+ of a listing (the grid's own argument, or an
  archive's page 2 announced by ``<link rel="next">``); F, K, L from a listing's page 1 behind
  the menu. RSS ``/feed/`` lists the 8 latest (A–H). Astra's single-post navigation is switched
  off; its related posts show the 2 newest others of the post's primary category, so no post
  links I, J or M.

Traps
-----
1. Two pagination schemes, neither the usual one. The news page's Spectra grids page by a
   block-scoped argument (``?pg-b7e2f1c9=2``), each grid its own, and the links of one grid keep
   the other's argument (6 bounded states of one page, all listings). The category archives use
   Astra Pro's "load more on click": no page links at all, a ``<span class="ast-load-more">``
   and a JS config; page 2 is announced only by Yoast's ``<link rel="next">`` in the head.
   Gold: I, J, M are found (grid pages 2–3 or archive page 2).
2. Yoast's times are UTC. ``article:published_time`` and the JSON-LD ``datePublished`` print
   "2026-12-02T23:40:00+00:00" for a post published at 06:40 on 3 December in Đắk Nông; the
   visible line prints the local day only, in Vietnamese month words ("Tháng Mười Hai 3, 2026").
   B, F and M were posted before 07:00, so their UTC day is the day before. Gold: the instant in
   the site's zone, "2026-12-03T06:40:00+07:00" (never the UTC calendar day).
3. Astra prints the modified date inside the date line: ``<span class="published">`` is followed
   by ``<span class="updated">`` (hidden by CSS), and Yoast prints ``article:modified_time``.
   Gold: the published one. Comment times under F ("… lúc 8:12 sáng") are not dates of the post.
4. Attachment pages look like posts. A's gallery links each photo to its attachment page
   (``/<post-slug>/img_5621/``), which Astra renders with the single template: ``h1.entry-title``
   "IMG_5621", author, date line, an ``entry-content`` with the photo and its description.
   Gold: NON_ARTICLES; A's image is the ``<img src>`` in A (the -1024x683 size), not the
   attachment page, not the full-size file the attachment page links to.
5. A post filed in two categories (E): Astra's term links print "Đào tạo – Bồi dưỡng, Tin hoạt
   động" and the ``category-*`` classes carry both; the Yoast breadcrumb prints the primary one.
   Gold: category "Tin hoạt động" (the breadcrumb's), and E is listed in both archives.
6. Yoast SEO titles rewritten by the editor (B, L): ``<title>`` and ``og:title`` read
   "Khai giảng lớp TCLLCT K45 tại Đắk Mil - Trường Chính trị tỉnh Đắk Nông" while the headline
   says "Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 45 tại huyện Đắk Mil".
   Gold: the ``h1`` as printed (L keeps its typographic quotes).
7. Widgets inside ``div.entry-content``: a Spectra Table of Contents (D, repeats every heading),
   a Spectra post grid "Bài viết cùng chuyên mục" with other posts' excerpts plus a Spectra
   social-share block (J), AddToAny's share kit and a "Link rút gọn" short-link line at the end of
   every post, a ``wp-block-file`` download (C, K). Astra's related posts below the article each
   carry their own ``div.entry-content`` with an excerpt. Gold: none of these is body.
8. Reader comments (F): Astra's comment list prints commenters' names and paragraphs of praise
   under the post, with "Trả lời" links ``?replytocom=57``. Gold: not body, not authors; the
   reply URLs are alt_paths of F.
9. Short links: ``/?p=<id>`` answers 200 with the whole post (canonical pointing to the pretty
   URL); every post prints its short link, the sidebar's "Thông báo" widget links C and K by it
   and the feed's ``guid`` is it. Gold: alt_paths ``/?p=<id>``.
10. Bylines where the text ends, never in the meta line: the meta line prints the CMS account
    "quantri" (nobody). Right-aligned "ThS. Nguyễn Thị Minh Nguyệt – Phòng Quản lý đào tạo"
    (B: name only), "Tin, ảnh: Thu Hà" (A: author and photographer), "Tin: Thanh Tùng – Ảnh:
    Bảo Ngọc" (G), a unit alone "Phòng Tổ chức – Hành chính" (F), name over a second line with
    the faculty at the top of a research article (D), a name then "Nguồn: Báo Đắk Nông" (I).
11. Captions in four markups: block ``figcaption.wp-element-caption``; Classic Editor
    ``figure.wp-caption`` > ``figcaption.wp-caption-text`` (E, M), one of which is only "Ảnh:
    Hoàng Dũng" (a credit: no caption, a photographer); a gallery whose photos each carry
    their own caption (A); Spectra's image block ``figcaption.uagb-image-caption`` (L); one
    caption printed in parentheses (H, taken off).
12. An official notice (C) printed as a document: letterhead table "TỈNH ỦY ĐẮK NÔNG / TRƯỜNG
    CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 215-TB/TCT", "Đắk Nông, ngày 30 tháng 11 năm
    2026", "THÔNG BÁO / Về việc …", a schedule table (body), "Nơi nhận" and the signer. Posted
    on 1 December. Gold: date "2026-11-30", author "Trần Văn Hải", letterhead/closing not body.
13. Text as editors leave it: J typed with decomposed Unicode (NFD, title included); wptexturize
    entities everywhere (``&#8220;``, ``&#8211;``, ``&#8217;`` in "M’nông"); an emoji stored as
    a hex reference by an old utf8 database (``&#x1f4cc;``, K: kept as "📌 "); Classic Editor
    spacers ``<p>&nbsp;</p>``; Word footnote calls ``<a name="_ftnref1">[1]</a>`` (D).

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the head's machine time (Yoast, UTC) is a printed time: gold gives that
  instant in +07:00; it falls on the day the visible line prints. C: the letterhead's day.
- ``category``: the Yoast breadcrumb's section (the primary category), as printed.
- A table (G's results, C's schedule): each row a paragraph, cells joined by " | ", the header
  row included. Bold one-line sub-heads (K) and Spectra advanced headings (H) are paragraphs.
- D's "Tài liệu tham khảo" and its entries (with their "[1]") are the text's own; the TOC is not.
- D's author line "ThS. Phạm Thị Hồng Nhung" over "Khoa Xây dựng Đảng" gives the name only.
- F's unit signature "Phòng Tổ chức – Hành chính" is its author, as printed.
- ``summary``: the bold lead paragraph where there is one (A, B, E, I); Spectra grid excerpts
  and Yoast descriptions are not sapos.
- Images: the ``src`` attribute as printed; a srcset's other sizes are the same photo.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qsl

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

NAME = "wp_astra_spectra_tct"
PLATFORM = "WordPress 6.7 + Astra 4.8 (Astra Pro) + Spectra 2.16 post grids/carousel + Yoast SEO"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Đắk Nông"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
ASTRA = "4.8.3"
UAGB = "2.16.2"

CATS = {
    "tin-hoat-dong": ("Tin hoạt động", 7),
    "dao-tao-boi-duong": ("Đào tạo – Bồi dưỡng", 8),
    "nghien-cuu-khoa-hoc": ("Nghiên cứu khoa học", 9),
    "thong-bao": ("Thông báo", 11),
}
CAT_DESC = {
    "tin-hoat-dong": "Hoạt động của nhà trường, các khoa, phòng và tổ chức đoàn thể.",
    "dao-tao-boi-duong": "Tin về các lớp đào tạo, bồi dưỡng cán bộ do nhà trường tổ chức.",
    "nghien-cuu-khoa-hoc": "Hoạt động nghiên cứu khoa học, bài viết trao đổi của giảng viên.",
    "thong-bao": "Thông báo của nhà trường.",
}
PER_ARCHIVE_PAGE = 3
#: Astra's related posts under a post: this many of its primary category, newest first
RELATED = 2
#: "Syndication feeds show the most recent" (Settings > Reading)
FEED_ITEMS = 8
#: the news page's grids: block id -> (query argument, category or None, posts a page)
GRID_MAIN = ("b7e2f1c9", "pg-b7e2f1c9", None, 5)
GRID_DTBD = ("4ac90d12", "pg-4ac90d12", "dao-tao-boi-duong", 2)

_U = "/wp-content/uploads"


def _right(inner: str) -> Raw:
    return Raw(f'<p class="has-text-align-right"><strong>{inner}</strong></p>')


# --- the thirteen posts (latest first) --------------------------------------------------------

STORIES: list[Story] = [
    # A
    Story(
        id=1588,
        slug="be-mac-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Bế mạc Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Chiều 04/12, Trường Chính trị tỉnh Đắk Nông tổ chức lễ bế mạc Hội thi giảng viên dạy giỏi "
            "cấp trường năm 2026. Sau gần ba tuần thi tài, Ban Tổ chức đã trao 01 giải Nhất, 02 giải "
            "Nhì, 03 giải Ba và 04 giải Khuyến khích cho các giảng viên đạt thành tích xuất sắc."
        ),
        blocks=[
            P(
                "Chiều 04/12, Trường Chính trị tỉnh Đắk Nông tổ chức lễ bế mạc Hội thi giảng viên dạy giỏi "
                "cấp trường năm 2026. Sau gần ba tuần thi tài, Ban Tổ chức đã trao 01 giải Nhất, 02 giải "
                "Nhì, 03 giải Ba và 04 giải Khuyến khích cho các giảng viên đạt thành tích xuất sắc.",
                "bold",
            ),
            P(
                "Dự lễ bế mạc có đồng chí TS. Lê Văn Thành, Bí thư Đảng ủy, Hiệu trưởng nhà trường; các "
                "đồng chí trong Ban Giám hiệu, Ban Giám khảo, trưởng các khoa, phòng cùng toàn thể giảng "
                "viên dự thi."
            ),
            P(
                "Hội thi năm nay có 14 giảng viên đến từ 3 khoa chuyên môn tham gia. Mỗi giảng viên thực "
                "hiện hai phần thi: trình bày bài giảng trên lớp với thời lượng 45 phút và xử lý tình huống "
                "sư phạm do Ban Giám khảo đưa ra. Các bài giảng bám sát chương trình Trung cấp lý luận "
                "chính trị mới, gắn lý luận với thực tiễn địa phương."
            ),
            P(
                "Phát biểu bế mạc, đồng chí Hiệu trưởng ghi nhận sự chuẩn bị công phu, nghiêm túc của các "
                "giảng viên; nhiều bài giảng đã ứng dụng tốt công nghệ thông tin, phát huy tính chủ động "
                "của học viên, sử dụng hiệu quả số liệu, tư liệu về tình hình kinh tế – xã hội của tỉnh "
                "Đắk Nông để minh họa cho các nội dung lý luận."
            ),
            P(
                "Đồng chí cũng đề nghị các khoa, phòng tiếp tục rút kinh nghiệm sau hội thi, nhân rộng "
                "những cách làm hay trong đổi mới phương pháp giảng dạy; đồng thời lựa chọn những giảng "
                "viên có kết quả cao nhất để bồi dưỡng, chuẩn bị tham dự Hội thi giảng viên dạy giỏi các "
                "trường chính trị khu vực Tây Nguyên năm 2027."
            ),
            Img(
                f"{_U}/2026/12/IMG_5621-1024x683.jpg",
                "Đồng chí Hiệu trưởng trao giải Nhất cho giảng viên Khoa Xây dựng Đảng",
                "Đồng chí Hiệu trưởng trao giải Nhất cho giảng viên Khoa Xây dựng Đảng",
                "gallery",
            ),
            Img(
                f"{_U}/2026/12/IMG_5634-1024x683.jpg",
                "Ban Tổ chức trao giải Nhì cho các giảng viên",
                "Ban Tổ chức trao giải Nhì cho các giảng viên",
                "gallery",
            ),
            P(
                "Kết quả, giải Nhất thuộc về giảng viên Vũ Thị Lan Anh (Khoa Xây dựng Đảng) với bài giảng "
                "“Nội dung, phương thức lãnh đạo của Đảng đối với hệ thống chính trị ở cơ sở”. Hai giải "
                "Nhì được trao cho giảng viên Khoa Lý luận cơ sở và Khoa Nhà nước và pháp luật."
            ),
            _right("Tin, ảnh: Thu Hà"),
        ],
        authors=["Thu Hà"],
        photographers=["Thu Hà"],
        opts={"modified": "2026-12-05T08:02:11", "seo_desc": "Lễ bế mạc Hội thi giảng viên dạy giỏi cấp trường năm 2026."},
    ),
    # B
    Story(
        id=1581,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-45-tai-huyen-dak-mil",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 45 tại huyện Đắk Mil",
        cat="dao-tao-boi-duong",
        published_at="2026-12-03T06:40:00+07:00",
        summary=(
            "Ngày 02/12/2026, tại Trung tâm Chính trị huyện Đắk Mil, Trường Chính trị tỉnh Đắk Nông "
            "phối hợp với Ban Thường vụ Huyện ủy Đắk Mil khai giảng lớp Trung cấp lý luận chính trị hệ "
            "không tập trung khóa 45 cho 86 học viên."
        ),
        blocks=[
            P(
                "Ngày 02/12/2026, tại Trung tâm Chính trị huyện Đắk Mil, Trường Chính trị tỉnh Đắk Nông "
                "phối hợp với Ban Thường vụ Huyện ủy Đắk Mil khai giảng lớp Trung cấp lý luận chính trị hệ "
                "không tập trung khóa 45 cho 86 học viên.",
                "bold",
            ),
            P(
                "Học viên của lớp là cán bộ, công chức, viên chức đang công tác tại các cơ quan Đảng, chính "
                "quyền, Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội của huyện và các xã, thị trấn "
                "trên địa bàn."
            ),
            Img(
                f"{_U}/2026/12/khai-giang-k45-dak-mil-1024x576.jpg",
                "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị khóa 45 tại huyện Đắk Mil",
                "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị khóa 45 tại huyện Đắk Mil",
            ),
            P(
                "Theo kế hoạch, lớp học được tổ chức trong 8 tháng, học viên học tập 4 phần học với 19 học "
                "phần theo chương trình do Học viện Chính trị quốc gia Hồ Chí Minh ban hành, bao gồm: những "
                "vấn đề cơ bản về chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng "
                "Cộng sản và lịch sử Đảng Cộng sản Việt Nam; những vấn đề cơ bản về hệ thống chính trị, "
                "Nhà nước và pháp luật; các kỹ năng lãnh đạo, quản lý và xử lý tình huống."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Trần Văn Hải đề nghị học viên sắp xếp công "
                "việc, tham gia học tập đầy đủ, nghiêm túc chấp hành nội quy, quy chế; tích cực nghiên cứu "
                "tài liệu, liên hệ thực tiễn công tác tại cơ quan, địa phương để nâng cao năng lực lãnh "
                "đạo, quản lý."
            ),
            P(
                "Đồng chí cũng đề nghị Trung tâm Chính trị huyện Đắk Mil phối hợp chặt chẽ với các khoa, "
                "phòng của nhà trường trong quản lý lớp học, bảo đảm cơ sở vật chất, tài liệu và các điều "
                "kiện phục vụ dạy – học."
            ),
            _right("ThS. Nguyễn Thị Minh Nguyệt – Phòng Quản lý đào tạo"),
        ],
        authors=["Nguyễn Thị Minh Nguyệt"],
        opts={"seo_title": "Khai giảng lớp TCLLCT K45 tại Đắk Mil", "modified": "2026-12-03T10:15:40"},
    ),
    # C
    Story(
        id=1577,
        slug="thong-bao-ve-viec-to-chuc-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-khoa-43",
        title="Thông báo về việc tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 43",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<figure class="wp-block-table tct-quochieu"><table class="has-fixed-layout"><tbody><tr>'
                '<td class="has-text-align-center" data-align="center"><strong>TỈNH ỦY ĐẮK NÔNG</strong><br>'
                "<strong>TRƯỜNG CHÍNH TRỊ</strong><br>*<br>Số: 215-TB/TCT</td>"
                '<td class="has-text-align-center" data-align="center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM'
                "</u></strong><br><br><em>Đắk Nông, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
                "</figure>\n"
                '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức '
                "thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 43 (hệ không tập trung)</strong></p>\n"
                '<p class="has-text-align-center">-----</p>'
            ),
            P(
                "Căn cứ Quyết định số 1032-QĐ/HVCTQG ngày 15/5/2023 của Giám đốc Học viện Chính trị quốc "
                "gia Hồ Chí Minh ban hành Quy chế đào tạo trung cấp lý luận chính trị;"
            ),
            P(
                "Căn cứ Kế hoạch số 96-KH/TCT ngày 10/01/2026 của Trường Chính trị tỉnh Đắk Nông về đào "
                "tạo, bồi dưỡng năm 2026;"
            ),
            P(
                "Trường Chính trị tỉnh thông báo tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị hệ "
                "không tập trung khóa 43 (mở tại huyện Krông Nô) như sau:"
            ),
            P("1. Thời gian, địa điểm thi", "bold"),
            P("Ngày thi | Buổi | Nội dung thi | Địa điểm", "trh"),
            P(
                "08/12/2026 | Sáng | Tổng hợp phần Lý luận cơ sở và Xây dựng Đảng | Trung tâm Chính trị "
                "huyện Krông Nô",
                "tr",
            ),
            P(
                "09/12/2026 | Sáng | Tổng hợp phần Nhà nước và pháp luật, kỹ năng lãnh đạo, quản lý | "
                "Trung tâm Chính trị huyện Krông Nô",
                "tr",
            ),
            P(
                "2. Đối tượng dự thi: Học viên đã hoàn thành chương trình học tập, có điểm trung bình các "
                "học phần đạt từ 5,0 trở lên và không vi phạm quy chế đào tạo."
            ),
            P(
                "3. Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên hoặc căn "
                "cước để đối chiếu. Trường hợp vắng thi phải có đơn trình bày lý do, có xác nhận của cơ "
                "quan, đơn vị cử đi học."
            ),
            P(
                "Đề nghị Trung tâm Chính trị huyện Krông Nô, các khoa, phòng liên quan và học viên lớp Trung "
                "cấp lý luận chính trị khóa 43 thực hiện nghiêm túc thông báo này."
            ),
            Raw(
                '<figure class="wp-block-table tct-ky"><table class="has-fixed-layout"><tbody><tr>'
                "<td><strong><em>Nơi nhận:</em></strong><br>- Như trên;<br>- Ban Giám hiệu;<br>"
                "- Lưu VT, P.QLĐT-NCKH.</td>"
                '<td class="has-text-align-center" data-align="center"><strong>KT. HIỆU TRƯỞNG<br>'
                "PHÓ HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Trần Văn Hải</strong>"
                "</td></tr></tbody></table></figure>"
            ),
            Raw(
                f'<div class="wp-block-file"><a id="wp-block-file--media-5b1a" href="{_U}/2026/12/TB-215-TCT.pdf">'
                "TB 215-TB/TCT thi tốt nghiệp TCLLCT K43</a>"
                f'<a href="{_U}/2026/12/TB-215-TCT.pdf" class="wp-block-file__button wp-element-button" '
                'download aria-describedby="wp-block-file--media-5b1a">Tải xuống</a></div>'
            ),
        ],
        authors=["Trần Văn Hải"],
        opts={"posted": "2026-12-01T09:05:00", "modified": "2026-12-01T09:07:52"},
    ),
    # D
    Story(
        id=1570,
        slug="van-dung-quan-diem-cua-dang-ve-xay-dung-doi-ngu-can-bo-cap-co-so-o-tinh-dak-nong",
        title="Vận dụng quan điểm của Đảng về xây dựng đội ngũ cán bộ cấp cơ sở ở tỉnh Đắk Nông hiện nay",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-28T16:45:00+07:00",
        blocks=[
            Raw(
                '<p class="has-text-align-right"><em><strong>ThS. Phạm Thị Hồng Nhung</strong><br>'
                "Khoa Xây dựng Đảng</em></p>"
            ),
            Raw("<!--TOC-->"),
            P(
                "Cán bộ cấp cơ sở là lực lượng trực tiếp tổ chức thực hiện đường lối, chủ trương của Đảng, "
                "chính sách, pháp luật của Nhà nước ở địa phương. Chất lượng đội ngũ này có ý nghĩa quyết "
                "định đến hiệu lực, hiệu quả hoạt động của hệ thống chính trị cơ sở, nhất là ở một tỉnh "
                "miền núi, nhiều đồng bào dân tộc thiểu số như Đắk Nông."
            ),
            P("1. Quan điểm của Đảng về xây dựng đội ngũ cán bộ cấp cơ sở", "h2"),
            P(
                "Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị Trung ương 7 khóa XII xác định mục tiêu "
                "xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, "
                "ngang tầm nhiệm vụ.[1] Đối với cấp cơ sở, Đảng nhấn mạnh yêu cầu gắn bó mật thiết với nhân "
                "dân, nắm chắc tình hình địa bàn và có khả năng vận động quần chúng."
            ),
            P(
                "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng tiếp tục khẳng định: cán bộ là "
                "nhân tố quyết định sự thành bại của cách mạng, gắn liền với vận mệnh của Đảng, của đất "
                "nước và chế độ.[2]"
            ),
            P("2. Thực trạng đội ngũ cán bộ cấp cơ sở ở tỉnh Đắk Nông", "h2"),
            P(
                "Toàn tỉnh hiện có 71 xã, phường, thị trấn với hơn 1.600 cán bộ, công chức cấp xã. Tỷ lệ "
                "cán bộ có trình độ chuyên môn đại học trở lên đạt trên 80%, trình độ trung cấp lý luận "
                "chính trị trở lên đạt gần 75%. Đội ngũ cán bộ người dân tộc thiểu số từng bước được quan "
                "tâm đào tạo, bồi dưỡng và bố trí sử dụng. Tuy nhiên, năng lực cụ thể hóa chủ trương, nghị quyết của cấp trên vào điều kiện thực tiễn "
                "ở một bộ phận cán bộ còn hạn chế; kỹ năng xử lý tình huống phát sinh ở cơ sở, nhất là các "
                "vụ việc liên quan đến đất đai, tranh chấp, khiếu nại, chưa đáp ứng yêu cầu."
            ),
            P("3. Một số giải pháp", "h2"),
            P(
                "Một là, đổi mới nội dung, chương trình bồi dưỡng theo hướng sát với vị trí việc làm, tăng "
                "thời lượng thực hành, xử lý tình huống.",
                "li",
            ),
            P(
                "Hai là, chú trọng đào tạo, bồi dưỡng cán bộ người dân tộc thiểu số tại chỗ, gắn với quy "
                "hoạch và bố trí sử dụng sau đào tạo.",
                "li",
            ),
            P("Tài liệu tham khảo", "bold"),
            P(
                "[1] Ban Chấp hành Trung ương Đảng (2018), Nghị quyết số 26-NQ/TW ngày 19/5/2018 về tập "
                "trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược.",
                "note",
            ),
            P(
                "[2] Đảng Cộng sản Việt Nam (2021), Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, tập "
                "II, Nxb Chính trị quốc gia Sự thật, Hà Nội, tr.229.",
                "note",
            ),
        ],
        authors=["Phạm Thị Hồng Nhung"],
        opts={"footnotes": True, "modified": "2026-12-02T14:20:03"},
    ),
    # E
    Story(
        id=1566,
        slug="doan-hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-huyen-tuy-duc",
        title="Đoàn học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại huyện Tuy Đức",
        cat="tin-hoat-dong",
        published_at="2026-11-26T10:30:00+07:00",
        summary=(
            "Từ ngày 23 đến 25/11/2026, đoàn học viên lớp Cao cấp lý luận chính trị hệ không tập trung "
            "tại tỉnh Đắk Nông (khóa 2025–2027) đã đi nghiên cứu thực tế tại huyện Tuy Đức, tìm hiểu "
            "tình hình phát triển kinh tế – xã hội và công tác xây dựng Đảng ở một huyện biên giới."
        ),
        blocks=[
            P(
                "Từ ngày 23 đến 25/11/2026, đoàn học viên lớp Cao cấp lý luận chính trị hệ không tập trung "
                "tại tỉnh Đắk Nông (khóa 2025–2027) đã đi nghiên cứu thực tế tại huyện Tuy Đức, tìm hiểu "
                "tình hình phát triển kinh tế – xã hội và công tác xây dựng Đảng ở một huyện biên giới.",
                "bold",
            ),
            P(
                "Đoàn gồm 62 học viên là lãnh đạo các sở, ban, ngành và các huyện, thành phố trong tỉnh, do "
                "Trường Chính trị tỉnh phối hợp với Học viện Chính trị khu vực III tổ chức."
            ),
            Img(f"{_U}/2026/11/nctt-tuy-duc-01.jpg", "Ảnh: Hoàng Dũng", None, "wpcap"),
            P(
                "Tại buổi làm việc với Ban Thường vụ Huyện ủy Tuy Đức, đoàn được nghe báo cáo về kết quả "
                "thực hiện Nghị quyết Đại hội Đảng bộ huyện, công tác bảo đảm quốc phòng – an ninh khu vực "
                "biên giới và các chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào "
                "dân tộc thiểu số."
            ),
            P(
                "Học viên đã trao đổi, thảo luận nhiều nội dung thiết thực như giải pháp quản lý, bảo vệ "
                "rừng, giải quyết tình trạng di cư tự do, phát triển nông nghiệp ứng dụng công nghệ cao và "
                "nâng cao đời sống đồng bào M’nông tại chỗ."
            ),
            Img(
                f"{_U}/2026/11/nctt-tuy-duc-02.jpg",
                "Đoàn học viên tham quan mô hình trồng cà phê kết hợp sầu riêng tại xã Đắk Búk So",
                "Đoàn học viên tham quan mô hình trồng cà phê kết hợp sầu riêng tại xã Đắk Búk So",
                "wpcap",
            ),
            P(
                "Chuyến nghiên cứu thực tế giúp học viên có thêm tư liệu thực tiễn để hoàn thành tiểu luận "
                "cuối khóa, đồng thời là dịp để các địa phương trong tỉnh chia sẻ kinh nghiệm lãnh đạo, "
                "chỉ đạo phát triển kinh tế – xã hội."
            ),
            Raw('<p>&nbsp;</p>\n<p style="text-align: right;"><strong>Hoàng Dũng</strong></p>'),
        ],
        authors=["Hoàng Dũng"],
        photographers=["Hoàng Dũng"],
        opts={
            "cats": ["tin-hoat-dong", "dao-tao-boi-duong"],
            "classic": True,
            "modified": "2026-11-27T07:48:19",
        },
    ),
    # F
    Story(
        id=1559,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-hoat-dong",
        published_at="2026-11-21T06:20:00+07:00",
        blocks=[
            P(
                "Sáng 20/11, Trường Chính trị tỉnh Đắk Nông long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 – 20/11/2026). Tham dự buổi lễ có đại diện lãnh đạo Ban Tuyên "
                "giáo và Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo cùng toàn thể cán bộ, giảng viên, nhân "
                "viên nhà trường."
            ),
            P(
                "Tại buổi lễ, đồng chí Hiệu trưởng ôn lại truyền thống vẻ vang của ngành giáo dục và những "
                "đóng góp của đội ngũ nhà giáo nhà trường trong sự nghiệp đào tạo, bồi dưỡng cán bộ cho hệ "
                "thống chính trị tỉnh Đắk Nông."
            ),
            P(
                "Năm học 2025–2026, nhà trường đã mở 42 lớp đào tạo, bồi dưỡng với hơn 3.800 lượt học "
                "viên; 100% giảng viên hoàn thành định mức giờ giảng; nhiều giảng viên đạt danh hiệu giảng "
                "viên dạy giỏi, chiến sĩ thi đua cơ sở."
            ),
            Img(
                f"{_U}/2026/11/le-20-11-tct-1024x682.jpg",
                "Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy tặng hoa chúc mừng nhà trường",
                "Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy tặng hoa chúc mừng nhà trường",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 tập thể, cá nhân có thành tích xuất sắc trong phong "
                "trào thi đua “Đổi mới, sáng tạo trong dạy và học” và trao Kỷ niệm chương “Vì sự nghiệp "
                "giáo dục” cho 3 nhà giáo."
            ),
            _right("Phòng Tổ chức – Hành chính"),
        ],
        authors=["Phòng Tổ chức – Hành chính"],
        opts={
            "modified": "2026-11-21T06:31:45",
            "comments": [
                (
                    57,
                    "Nguyễn Văn Tâm",
                    "2026-11-21T08:12:44",
                    "Chúc mừng các thầy cô giáo nhân ngày 20/11! Kính chúc quý thầy cô luôn mạnh khỏe, "
                    "hạnh phúc và thành công trong sự nghiệp đào tạo cán bộ. 💐",
                ),
                (
                    58,
                    "Học viên lớp TCLLCT K44",
                    "2026-11-21T19:30:05",
                    "Cảm ơn thầy cô Khoa Xây dựng Đảng đã tận tình truyền đạt kiến thức cho lớp chúng em "
                    "trong suốt khóa học. Chúc nhà trường ngày càng phát triển.",
                ),
            ],
        },
    ),
    # G
    Story(
        id=1552,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-16T14:10:00+07:00",
        blocks=[
            P(
                "Ngày 14/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế "
                "giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Sau 10 ngày học tập, 95 học viên là trưởng thôn, bon, bí thư chi bộ, công an viên và cán "
                "bộ các đoàn thể ở cơ sở đã được truyền đạt những nội dung cơ bản về đường lối quốc phòng, "
                "an ninh của Đảng; xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công tác "
                "dân vận trong tình hình mới."
            ),
            P("Kết quả học tập của lớp như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", "trh"),
            P("Giỏi | 21 | 22,1%", "tr"),
            P("Khá | 68 | 71,6%", "tr"),
            P("Trung bình | 6 | 6,3%", "tr"),
            P(
                "Phát biểu bế giảng, đại diện Ban Giám hiệu đề nghị học viên vận dụng kiến thức đã học vào "
                "thực tiễn công tác ở thôn, bon, góp phần giữ vững ổn định chính trị, trật tự an toàn xã "
                "hội trên địa bàn."
            ),
            Img(
                f"{_U}/2026/11/be-giang-qpan-dt4.jpg",
                "Trao giấy khen cho các học viên có thành tích xuất sắc",
                "Trao giấy khen cho các học viên có thành tích xuất sắc",
            ),
            _right("Tin: Thanh Tùng – Ảnh: Bảo Ngọc"),
        ],
        authors=["Thanh Tùng"],
        photographers=["Bảo Ngọc"],
        opts={"modified": "2026-11-18T09:03:27"},
    ),
    # H
    Story(
        id=1546,
        slug="nghiem-thu-05-de-tai-khoa-hoc-cap-co-so-nam-2026",
        title="Nghiệm thu 05 đề tài khoa học cấp cơ sở năm 2026",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-11T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 10/11/2026, Hội đồng khoa học Trường Chính trị tỉnh Đắk Nông tổ chức nghiệm thu 05 "
                "đề tài khoa học cấp cơ sở năm 2026 do các giảng viên thuộc 3 khoa chuyên môn làm chủ nhiệm."
            ),
            P("Các đề tài được nghiệm thu gồm:"),
            P("Nâng cao chất lượng sinh hoạt chi bộ thôn, bon ở huyện Đắk Glong hiện nay.", "oli"),
            P("Giải pháp nâng cao hiệu quả công tác dân vận của chính quyền cấp xã ở tỉnh Đắk Nông.", "oli"),
            P(
                "Ứng dụng bài giảng điện tử trong giảng dạy chương trình Trung cấp lý luận chính trị tại "
                "Trường Chính trị tỉnh Đắk Nông.",
                "oli",
            ),
            P(
                "Công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước trên địa bàn tỉnh.",
                "oli",
            ),
            P(
                "Bảo tồn và phát huy giá trị văn hóa cồng chiêng của đồng bào M’nông gắn với phát triển "
                "du lịch.",
                "oli",
            ),
            P("Đánh giá của Hội đồng", "uagb-h3"),
            P(
                "Hội đồng đánh giá các đề tài có tính thực tiễn cao, được triển khai nghiêm túc, đúng tiến "
                "độ. Kết quả, 02 đề tài xếp loại xuất sắc, 03 đề tài xếp loại khá. Các kết quả nghiên cứu "
                "sẽ được sử dụng làm tài liệu tham khảo trong giảng dạy và được gửi đến các cơ quan liên "
                "quan để tham khảo trong quá trình hoạch định chính sách."
            ),
            Img(
                f"{_U}/2026/11/nghiem-thu-de-tai-2026-1024x683.jpg",
                "(Hội đồng khoa học nhà trường làm việc tại phiên nghiệm thu)",
                "Hội đồng khoa học nhà trường làm việc tại phiên nghiệm thu",
            ),
            _right("Ngọc Ánh"),
        ],
        authors=["Ngọc Ánh"],
        opts={"modified": "2026-11-11T10:04:58"},
    ),
    # I
    Story(
        id=1540,
        slug="lanh-dao-tinh-uy-lam-viec-voi-truong-chinh-tri-tinh-ve-cong-tac-dao-tao-boi-duong-can-bo",
        title="Lãnh đạo Tỉnh ủy làm việc với Trường Chính trị tỉnh về công tác đào tạo, bồi dưỡng cán bộ",
        cat="tin-hoat-dong",
        published_at="2026-11-06T08:15:00+07:00",
        summary=(
            "Chiều 05/11, đồng chí Phó Bí thư Thường trực Tỉnh ủy Đắk Nông có buổi làm việc với Trường "
            "Chính trị tỉnh về kết quả thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ năm 2026 và phương "
            "hướng, nhiệm vụ năm 2027."
        ),
        blocks=[
            P(
                "Chiều 05/11, đồng chí Phó Bí thư Thường trực Tỉnh ủy Đắk Nông có buổi làm việc với Trường "
                "Chính trị tỉnh về kết quả thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ năm 2026 và phương "
                "hướng, nhiệm vụ năm 2027.",
                "bold",
            ),
            P(
                "Báo cáo tại buổi làm việc cho biết, từ đầu năm đến nay, nhà trường đã mở 38 lớp với hơn "
                "3.200 học viên, đạt 108% kế hoạch; trong đó có 12 lớp Trung cấp lý luận chính trị, 2 lớp "
                "Cao cấp lý luận chính trị hệ không tập trung phối hợp với Học viện Chính trị khu vực III "
                "và nhiều lớp bồi dưỡng theo chức danh."
            ),
            P(
                "Công tác nghiên cứu khoa học, tổng kết thực tiễn được quan tâm; đội ngũ giảng viên được "
                "chuẩn hóa, 100% có trình độ thạc sĩ trở lên, 4 giảng viên đang học nghiên cứu sinh."
            ),
            Img(
                f"{_U}/2026/11/tinh-uy-lam-viec-tct.jpg",
                "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận buổi làm việc",
                "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận buổi làm việc",
            ),
            P(
                "Kết luận buổi làm việc, đồng chí Phó Bí thư Thường trực Tỉnh ủy đánh giá cao những kết quả "
                "nhà trường đạt được, đồng thời đề nghị nhà trường tiếp tục đổi mới nội dung, phương pháp "
                "giảng dạy; đẩy mạnh chuyển đổi số trong quản lý đào tạo; phấn đấu đạt chuẩn mức 1 theo "
                "Quy định số 09-QĐ/TW của Ban Bí thư."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Minh Quân</strong></p>\n'
                '<p class="has-text-align-right"><em>Nguồn: Báo Đắk Nông</em></p>'
            ),
        ],
        authors=["Minh Quân"],
        source="Báo Đắk Nông",
        opts={"modified": "2026-11-06T08:15:00"},
    ),
    # J (typed with decomposed Unicode)
    Story(
        id=1533,
        slug="khai-giang-lop-boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-nam-2026",
        title="Khai giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-10-30T15:40:00+07:00",
        blocks=[
            P(
                "Sáng 29/10/2026, Trường Chính trị tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
                "khai giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận năm 2026 cho 120 học viên là chủ "
                "tịch, phó chủ tịch Ủy ban Mặt trận Tổ quốc các xã, phường, thị trấn và trưởng ban công tác "
                "Mặt trận ở khu dân cư."
            ),
            P(
                "Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề: vai trò của Mặt trận Tổ "
                "quốc Việt Nam trong khối đại đoàn kết toàn dân tộc; công tác giám sát và phản biện xã hội; "
                "tham gia góp ý xây dựng Đảng, xây dựng chính quyền; kỹ năng tập hợp, vận động nhân dân ở "
                "khu dân cư."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhà trường nhấn mạnh: đội ngũ cán bộ Mặt "
                "trận ở cơ sở là cầu nối quan trọng giữa Đảng, chính quyền với nhân dân, vì vậy cần không "
                "ngừng nâng cao kiến thức, kỹ năng vận động quần chúng, nhất là ở vùng đồng bào dân tộc "
                "thiểu số."
            ),
            Img(
                f"{_U}/2026/10/khai-giang-mat-tran-2026.jpg",
                "Các đại biểu và học viên dự lễ khai giảng",
                "Các đại biểu và học viên dự lễ khai giảng",
            ),
            P(
                "Lớp học được thiết kế theo hướng tăng cường trao đổi, thảo luận và xử lý tình huống thực "
                "tế; cuối khóa, học viên viết bài thu hoạch về một vấn đề cụ thể ở địa phương mình."
            ),
            _right(text("Tin, ảnh: Nguyễn Hoài", nfd=True)),
            Raw("<!--SAME-CAT-GRID-->"),
        ],
        authors=["Nguyễn Hoài"],
        photographers=["Nguyễn Hoài"],
        opts={"nfd": True, "modified": "2026-10-31T08:00:12"},
    ),
    # K
    Story(
        id=1527,
        slug="thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="thong-bao",
        published_at="2026-10-24T09:30:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch phối hợp đào tạo với Học viện Chính trị khu vực III, Trường Chính trị "
                "tỉnh Đắk Nông thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm "
                "2027 như sau:"
            ),
            P("Đối tượng tuyển sinh", "bold"),
            P(
                "Cán bộ diện Ban Thường vụ Tỉnh ủy quản lý; trưởng, phó các sở, ban, ngành và tương đương; "
                "bí thư, phó bí thư, chủ tịch, phó chủ tịch các huyện, thành phố.",
                "li",
            ),
            P(
                "Cán bộ trong quy hoạch các chức danh nêu trên, có trình độ đại học trở lên, tuổi đời bảo "
                "đảm theo quy định.",
                "li",
            ),
            P("Hồ sơ và thời gian nhận hồ sơ", "bold"),
            P(
                "Hồ sơ gồm: công văn cử đi học của cơ quan có thẩm quyền, sơ yếu lý lịch theo mẫu "
                "2C-BNV/2008, bản sao bằng tốt nghiệp đại học và giấy chứng nhận sức khỏe."
            ),
            P(
                "Thời gian nhận hồ sơ từ ngày 01/11/2026 đến hết ngày 15/12/2026 tại Phòng Quản lý đào tạo "
                "– Nghiên cứu khoa học, Trường Chính trị tỉnh Đắk Nông."
            ),
            P(
                "📌 Mọi chi tiết xin liên hệ: Phòng Quản lý đào tạo – Nghiên cứu khoa học, điện thoại "
                "0261 3543 227."
            ),
            Raw(
                f'<div class="wp-block-file"><a id="wp-block-file--media-0c4e" href="{_U}/2026/10/KH-tuyen-sinh-CCLLCT-2027.pdf">'
                "Kế hoạch tuyển sinh Cao cấp LLCT năm 2027</a>"
                f'<a href="{_U}/2026/10/KH-tuyen-sinh-CCLLCT-2027.pdf" class="wp-block-file__button '
                'wp-element-button" download aria-describedby="wp-block-file--media-0c4e">Tải xuống</a></div>'
            ),
            Raw(
                "<p><em>Xem thêm: <a href=\"/thong-bao-ve-viec-to-chuc-thi-tot-nghiep-lop-trung-cap-ly-luan-"
                'chinh-tri-khoa-43/">Thông báo về việc tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị '
                "khóa 43</a></em></p>"
            ),
        ],
        opts={"modified": "2026-11-02T16:40:09"},
    ),
    # L
    Story(
        id=1519,
        slug="toa-dam-chuyen-doi-so-trong-cong-tac-dao-tao-boi-duong-can-bo",
        title="Tọa đàm “Chuyển đổi số trong công tác đào tạo, bồi dưỡng cán bộ”",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-10-18T07:10:00+07:00",
        blocks=[
            P(
                "Ngày 16/10/2026, Trường Chính trị tỉnh Đắk Nông tổ chức tọa đàm khoa học “Chuyển đổi số "
                "trong công tác đào tạo, bồi dưỡng cán bộ – thực trạng và giải pháp” với sự tham gia của "
                "hơn 60 đại biểu là lãnh đạo, giảng viên nhà trường và các trung tâm chính trị cấp huyện."
            ),
            P(
                "Tọa đàm nhận được 14 tham luận đề cập đến nhiều khía cạnh: xây dựng hệ thống quản lý học "
                "viên trực tuyến, số hóa giáo trình, tài liệu; ứng dụng phần mềm trình chiếu tương tác "
                "trong bài giảng; bảo đảm an toàn thông tin khi tổ chức lớp học trực tuyến."
            ),
            Img(f"{_U}/2026/10/toa-dam-cds-1024x683.jpg", "Quang cảnh buổi tọa đàm", "Quang cảnh buổi tọa đàm", "uagb"),
            P(
                "Các ý kiến thống nhất cho rằng, chuyển đổi số không chỉ là việc trang bị hạ tầng công "
                "nghệ mà trước hết là thay đổi nhận thức, phương thức làm việc của đội ngũ giảng viên và "
                "cán bộ quản lý đào tạo."
            ),
            P(
                "Kết luận tọa đàm, đồng chí Hiệu trưởng đề nghị các khoa, phòng tiếp thu các ý kiến tham "
                "luận để hoàn thiện Đề án chuyển đổi số của nhà trường giai đoạn 2026–2030, trình Ban "
                "Thường vụ Tỉnh ủy trong quý I năm 2027."
            ),
            _right("TS. Đỗ Minh Khôi – Trưởng khoa Nhà nước và pháp luật"),
        ],
        authors=["Đỗ Minh Khôi"],
        opts={
            "seo_title": "Tọa đàm chuyển đổi số trong đào tạo, bồi dưỡng cán bộ",
            "modified": "2026-10-19T11:22:36",
        },
    ),
    # M
    Story(
        id=1512,
        slug="tong-ket-cong-tac-thi-dua-khen-thuong-nam-hoc-2025-2026",
        title="Tổng kết công tác thi đua, khen thưởng năm học 2025–2026",
        cat="tin-hoat-dong",
        published_at="2026-10-09T06:55:00+07:00",
        blocks=[
            P(
                "Chiều 08/10, Trường Chính trị tỉnh Đắk Nông tổ chức hội nghị tổng kết công tác thi đua, "
                "khen thưởng năm học 2025–2026 và triển khai nhiệm vụ năm học 2026–2027."
            ),
            P(
                "Năm học qua, phong trào thi đua được triển khai sâu rộng với nhiều nội dung thiết thực, "
                "gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Nhà trường "
                "hoàn thành vượt mức kế hoạch đào tạo, bồi dưỡng; tổ chức thành công Hội thảo khoa học cấp "
                "tỉnh về công tác cán bộ."
            ),
            P(
                "Tại hội nghị, nhà trường đề nghị cấp trên khen thưởng 01 tập thể lao động xuất sắc, 03 "
                "chiến sĩ thi đua cơ sở; Hiệu trưởng tặng giấy khen cho 9 tập thể và 27 cá nhân có thành "
                "tích tiêu biểu."
            ),
            Img(
                f"{_U}/2026/10/ky-giao-uoc-thi-dua.jpg",
                "Đại diện các khoa, phòng ký giao ước thi đua năm học 2026–2027",
                "Đại diện các khoa, phòng ký giao ước thi đua năm học 2026–2027",
                "wpcap",
            ),
            P(
                "Các đơn vị, cá nhân đã ký giao ước thi đua năm học 2026–2027 với chủ đề “Đoàn kết, kỷ "
                "cương, đổi mới, sáng tạo, nâng cao chất lượng đào tạo, bồi dưỡng”."
            ),
            Raw('<p>&nbsp;</p>\n<p style="text-align: right;"><strong>Văn Hưng</strong></p>'),
        ],
        authors=["Văn Hưng"],
        opts={"classic": True, "modified": "2026-10-09T07:01:40"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def _cats(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def _posted(story: Story) -> datetime:
    return datetime.fromisoformat(story.opts.get("posted") or story.published_at[:19])


def _modified(story: Story) -> datetime:
    return datetime.fromisoformat(story.opts["modified"])


def _utc(local: datetime) -> str:
    return (local - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _local_iso(local: datetime) -> str:
    return local.strftime("%Y-%m-%dT%H:%M:%S+07:00")


_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip


def _vi_date(dt: datetime) -> str:
    return f"{_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def _rfc822(local: datetime) -> str:
    utc = local - timedelta(hours=7)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[utc.weekday()]}, {utc.day:02d} {months[utc.month - 1]} {utc.year} {utc:%H:%M:%S} +0000"


# --- text as WordPress prints it ----------------------------------------------------------------

_TEXTURIZE = (
    ("“", "&#8220;"), ("”", "&#8221;"), ("‘", "&#8216;"), ("’", "&#8217;"),
    ("–", "&#8211;"), ("…", "&#8230;"), ("📌", "&#x1f4cc;"), ("💐", "&#x1f490;"),
)  # fmt: skip


def tx(value: str, nfd: bool = False) -> str:
    """Escaped text as wptexturize leaves it (typographic quotes and dashes as references)."""
    out = text(value, nfd=nfd)
    for ch, ref in _TEXTURIZE:
        out = out.replace(ch, ref)
    return out


def _footnotes(markup: str, note: bool) -> str:
    if note:
        return re.sub(r"^\[(\d+)\]", r'<a href="#_ftnref\1" name="_ftn\1">[\1]</a>', markup)
    return re.sub(r"\[(\d+)\]", r'<a href="#_ftn\1" name="_ftnref\1">[\1]</a>', markup)


def _anchor(value: str) -> str:
    table = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")  # fmt: skip
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower().translate(table)).strip("-")
    return slug


def _srcset(src: str) -> str:
    m = re.match(r"(.*?)(-\d+x\d+)?\.jpg$", src)
    stem = m.group(1)
    parts = [f"{src} 1024w" if m.group(2) else f"{src} 1200w", f"{stem}-300x200.jpg 300w", f"{stem}-768x512.jpg 768w"]
    if m.group(2):
        parts.append(f"{stem}.jpg 1600w")
    return ", ".join(parts)


def _att_slug(src: str) -> str:
    stem = re.match(r".*/([^/]+?)(-\d+x\d+)?\.jpg$", src).group(1)
    return stem.lower()


def _img_id(story: Story, index: int) -> int:
    return story.id + 3 + index


def _render_blocks(story: Story, req: Request) -> str:
    nfd = bool(story.opts.get("nfd"))
    classic = bool(story.opts.get("classic"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    img_index = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "<!--TOC-->":
                out.append(_toc(story))
            elif b.html == "<!--SAME-CAT-GRID-->":
                out.append(_same_cat_grid(story))
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                items = []
                for img in group:
                    att = f"/{story.slug}/{_att_slug(img.src)}/"
                    iid = _img_id(story, img_index)
                    img_index += 1
                    items.append(
                        '<figure class="wp-block-image size-large">'
                        f'<a href="{att}"><img loading="lazy" decoding="async" width="1024" height="683" '
                        f'data-id="{iid}" src="{img.src}" alt="" class="wp-image-{iid}" '
                        f'srcset="{_srcset(img.src)}" sizes="(max-width: 1024px) 100vw, 1024px" /></a>'
                        f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption></figure>'
                    )
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped '
                    'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                    + "\n".join(items)
                    + "\n</figure>"
                )
                continue
            iid = _img_id(story, img_index)
            img_index += 1
            if b.style == "wpcap":
                out.append(
                    f'<figure id="attachment_{iid}" aria-describedby="caption-attachment-{iid}" '
                    'style="width: 800px" class="wp-caption aligncenter">'
                    f'<img loading="lazy" decoding="async" class="size-full wp-image-{iid}" src="{b.src}" '
                    f'alt="" width="800" height="533" srcset="{_srcset(b.src)}" '
                    'sizes="(max-width: 800px) 100vw, 800px" />'
                    f'<figcaption id="caption-attachment-{iid}" class="wp-caption-text">{tx(b.printed)}'
                    "</figcaption></figure>"
                )
            elif b.style == "uagb":
                out.append(
                    f'<div class="wp-block-uagb-image uagb-block-7a1c0e3d wp-block-uagb-image--layout-default '
                    'wp-block-uagb-image--effect-static wp-block-uagb-image--align-center">'
                    '<figure class="wp-block-uagb-image__figure">'
                    f'<img srcset="{_srcset(b.src)}" sizes="(max-width: 480px) 150px" src="{b.src}" '
                    f'alt="" class="uag-image-{iid}" width="1024" height="683" title="" loading="lazy"/>'
                    f'<figcaption class="uagb-image-caption">{tx(b.printed)}</figcaption></figure></div>'
                )
            else:
                cap = f'<figcaption class="wp-element-caption">{tx(b.printed)}</figcaption>' if b.printed else ""
                out.append(
                    '<figure class="wp-block-image aligncenter size-large">'
                    f'<img fetchpriority="high" decoding="async" width="1024" height="683" src="{b.src}" '
                    f'alt="" class="wp-image-{iid}" srcset="{_srcset(b.src)}" '
                    f'sizes="(max-width: 1024px) 100vw, 1024px" />{cap}</figure>'
                )
            i += 1
            continue
        # a paragraph
        if b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{tx(blocks[i].text, nfd)}</li>")
                i += 1
            out.append(f'<{tag} class="wp-block-list">\n' + "\n".join(items) + f"\n</{tag}>")
            continue
        if b.style in ("tr", "trh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("tr", "trh"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "trh":
                    rows.append("<tr>" + "".join(f"<td><strong>{tx(c, nfd)}</strong></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{tx(c, nfd)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><tbody>'
                + "".join(rows)
                + "</tbody></table></figure>"
            )
            continue
        t = tx(b.text, nfd)
        if story.opts.get("footnotes"):
            t = _footnotes(t, b.style == "note")
        if b.style == "bold":
            style = ' style="text-align: justify;"' if classic else ""
            out.append(f"<p{style}><strong>{t}</strong></p>")
        elif b.style == "h2":
            out.append(f'<h2 class="wp-block-heading" id="{_anchor(b.text)}">{t}</h2>')
        elif b.style == "uagb-h3":
            out.append(
                '<div class="wp-block-uagb-advanced-heading uagb-block-c41f7e20">'
                f'<h3 class="uagb-heading-text">{t}</h3><div class="uagb-separator"></div></div>'
            )
        elif classic:
            out.append(
                '<p style="text-align: justify;"><span style="font-family: \'times new roman\', times, '
                f'serif; font-size: 14pt;">{t}</span></p>'
            )
        else:
            out.append(f"<p>{t}</p>")
        i += 1
    return "\n".join(out)


def _toc(story: Story) -> str:
    items = "".join(
        f'<li class="uagb-toc__list"><a href="#{_anchor(b.text)}" class="uagb-toc-link__trigger">'
        f"{tx(b.text)}</a></li>"
        for b in story.blocks
        if isinstance(b, P) and b.style == "h2"
    )
    return (
        '<div class="wp-block-uagb-table-of-contents uagb-toc__align-left uagb-toc__columns-1 '
        'uagb-block-5b2e9c41" data-scroll="true" data-offset="30" data-delay="800">'
        '<div class="uagb-toc__wrap"><div class="uagb-toc__title">Nội dung bài viết</div>'
        f'<div class="uagb-toc__list-wrap"><ol class="uagb-toc__list">{items}</ol></div></div></div>'
    )


def _same_cat_grid(story: Story) -> str:
    others = [s for s in _in_cat(story.cat) if s.id != story.id][:3]
    return (
        '<div class="wp-block-uagb-advanced-heading uagb-block-e09a7b31">'
        '<h3 class="uagb-heading-text">Bài viết cùng chuyên mục</h3></div>\n'
        + _grid(others, "a93d5e70", classes="uagb-post__columns-3 uagb-post__columns-tablet-2")
        + '\n<div class="wp-block-uagb-social-share uagb-social-share__outer-wrap '
        'uagb-social-share__layout-horizontal uagb-block-31f0c6d2"><div class="uagb-ss-repeater uagb-ss__wrapper">'
        '<a class="uagb-ss__link" data-href="https://www.facebook.com/sharer.php?u=" tabindex="0" '
        'rel="noopener noreferrer"><span class="uagb-ss__source-wrap"><span class="uagb-ss__source-icon">'
        '<svg viewBox="0 0 512 512"></svg></span></span></a>'
        '<a class="uagb-ss__link" data-href="https://sp.zalo.me/share_inline?d=" tabindex="0" '
        'rel="noopener noreferrer"><span class="uagb-ss__source-wrap"><span class="uagb-ss__source-icon">'
        '<svg viewBox="0 0 512 512"></svg></span></span></a></div></div>'
    )


# --- listings -----------------------------------------------------------------------------------


def _in_cat(cat: str | None) -> list[Story]:
    return [s for s in STORIES if cat is None or cat in _cats(s)]


def _excerpt(story: Story, words: int = 22) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    parts = first.text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _thumb(story: Story) -> str | None:
    img = next(iter(story.images), None)
    return img.src if img else None


def _grid_item(story: Story, carousel: bool = False) -> str:
    url = f"/{story.slug}/"
    thumb = _thumb(story)
    img = (
        f'<div class="uagb-post__image"><a href="{url}" target="_self" rel="bookmark noopener noreferrer" '
        f'class="uagb-image-ratio-inherit"><img width="1024" height="683" src="{thumb}" '
        'class="attachment-large size-large" alt="" decoding="async" loading="lazy" /></a></div>'
        if thumb
        else ""
    )
    cat_slug = _cats(story)[0]
    nfd = bool(story.opts.get("nfd"))
    return (
        f'<article class="uagb-post__inner-wrap{" uagb-post__inner-wrap--carousel" if carousel else ""}">'
        f"{img}"
        f'<h4 class="uagb-post__title uagb-post__text"><a href="{url}" target="_self" '
        f'rel="bookmark noopener noreferrer">{tx(story.title, nfd)}</a></h4>'
        '<div class="uagb-post-grid-byline uagb-post__text">'
        '<span class="uagb-post__author"><span class="dashicons-admin-users dashicons"></span>'
        '<a href="/author/quantri/">quantri</a></span>'
        f'<time datetime="{_local_iso(_posted(story))}" class="uagb-post__date">'
        f'<span class="dashicons-calendar dashicons"></span>{_vi_date(_posted(story))}</time>'
        '<span class="uagb-post__taxonomy default"><span class="dashicons-tag dashicons"></span>'
        f'<a href="/category/{cat_slug}/" rel="tag">{esc(CATS[cat_slug][0])}</a></span></div>'
        f'<div class="uagb-post__excerpt uagb-post__text"><p>{tx(_excerpt(story), nfd)}</p></div>'
        '<div class="uagb-post__cta uagb-post__text"><a class="uagb-post__link uagb-text-link '
        f'wp-block-button__link" href="{url}" target="_self" rel="bookmark noopener noreferrer">Đọc thêm</a>'
        "</div></article>"
    )


def _grid(stories: list[Story], block_id: str, classes: str = "uagb-post__columns-2", pagination: str = "") -> str:
    inner = "\n".join(_grid_item(s) for s in stories)
    return (
        f'<div class="wp-block-uagb-post-grid uagb-post-grid uagb-post__image-position-top {classes} '
        f'uagb-post__columns-mobile-1 uagb-post__items uagb-post__equal-height uagb-block-{block_id}" '
        f'data-total="{len(stories)}" style="">\n{inner}\n{pagination}</div>'
    )


def _carousel(stories: list[Story]) -> str:
    inner = "\n".join(_grid_item(s, carousel=True) for s in stories)
    return (
        '<div class="wp-block-uagb-post-carousel uagb-post-grid uagb-post__image-position-top '
        "uagb-post__image-enabled uagb-block-2d5f8a10 uagb-post__items uagb-post__columns-3 is-carousel "
        'uagb-post__columns-tablet-2 uagb-post__columns-mobile-1 uagb-post__arrow-outside uagb-slick-carousel" '
        f'data-blockid="2d5f8a10" data-partial-load="no" dir="ltr">\n{inner}\n</div>'
    )


# --- page chrome --------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/#lich-su", "Lịch sử hình thành"), ("/gioi-thieu/#co-cau", "Cơ cấu tổ chức")]),
    ("/tin-tuc-su-kien/", "Tin tức – Sự kiện", [("/category/tin-hoat-dong/", "Tin hoạt động"), ("/category/thong-bao/", "Thông báo")]),
    ("/category/dao-tao-boi-duong/", "Đào tạo – Bồi dưỡng", []),
    ("/category/nghien-cuu-khoa-hoc/", "Nghiên cứu khoa học", []),
    ("/van-ban-tai-lieu/", "Văn bản", []),
    ("#", "Thư viện", [("/thu-vien-anh/", "Thư viện ảnh"), ("/video/", "Video")]),
    ("/lien-he/", "Liên hệ", []),
]  # fmt: skip


def _menu(current: str) -> str:
    items = []
    for n, (href, label, subs) in enumerate(_MENU):
        mid = 25 + n * 3
        cls = "menu-item menu-item-type-custom menu-item-object-custom"
        if subs:
            cls += " menu-item-has-children"
        if href == current:
            cls += " current-menu-item"
        sub = ""
        arrow = ""
        if subs:
            arrow = (
                '<span role="application" class="dropdown-menu-toggle ast-header-navigation-arrow" tabindex="0" '
                'aria-expanded="false" aria-label="Menu Toggle"><span class="ast-icon icon-arrow"></span></span>'
            )
            sub = '<ul class="sub-menu">' + "".join(
                f'<li id="menu-item-{mid + k + 1}" class="menu-item menu-item-type-taxonomy menu-item-{mid + k + 1}">'
                f'<a href="{h}" class="menu-link">{esc(lbl)}</a></li>'
                for k, (h, lbl) in enumerate(subs)
            ) + "</ul>"
        items.append(
            f'<li id="menu-item-{mid}" class="{cls} menu-item-{mid}"><a href="{href}" class="menu-link">'
            f"{esc(label)}{arrow}</a>{sub}</li>"
        )
    return (
        '<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" '
        'id="primary-site-navigation-desktop" aria-label="Site Navigation: Menu chính" '
        'itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">'
        '<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu '
        'ast-menu-shadow ast-nav-menu ast-flex submenu-with-border astra-menu-animation-fade stack-on-mobile">'
        + "".join(items)
        + "</ul></div></nav>"
    )


def _header(current: str) -> str:
    return f"""<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item" data-section="section-above-header-builder">
<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-above-header-builder">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p><span class="tct-ngay">{HEADER_DAY}</span> | Hotline: 0261 3543 226</p></div></div></div>
</div>
<div class="site-header-above-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-hb-social-icons-1"><div class="ast-header-social-1-wrap ast-header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap social-show-label-false ast-social-color-type-custom ast-social-stack-none ast-social-element-style-filled">
<a href="https://www.facebook.com/truongchinhtridaknong" aria-label="Facebook" target="_blank" rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-facebook header-social-item"><span class="ahfb-svg-iconset ast-inline-flex svg-baseline"><svg viewBox="0 0 512 512"></svg></span></a>
<a href="https://www.youtube.com/@truongchinhtridaknong" aria-label="YouTube" target="_blank" rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-youtube header-social-item"><span class="ahfb-svg-iconset ast-inline-flex svg-baseline"><svg viewBox="0 0 576 512"></svg></span></a>
</div></div></div>
</div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="96" height="96" src="{_U}/2024/03/logo-tct-dak-nong.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">{SITE}</a></span><p class="site-description" itemprop="description">Đào tạo – Bồi dưỡng cán bộ, công chức của hệ thống chính trị tỉnh Đắk Nông</p></div>
</div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment">{_menu(current)}</div></div>
</div></div></div></div></div>
</div>
</header>"""


def _recent_widget() -> str:
    items = "".join(
        f'<li><a href="/{s.slug}/">{tx(s.title, bool(s.opts.get("nfd")))}</a></li>' for s in STORIES[:5]
    )
    return f'<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>{items}</ul></nav></aside>'


def _sidebar() -> str:
    c, k = STORIES[2], STORIES[10]
    return f"""<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label for="search-field"><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" id="search-field" class="search-field" placeholder="Tìm kiếm …" value="" name="s" tabindex="-1"></label>
<button class="search-submit ast-search-submit" aria-label="Search Submit"><span hidden>Tìm kiếm</span><i><span class="ast-icon icon-search"></span></i></button></form></aside>
<aside id="text-4" class="widget widget_text"><h2 class="widget-title">Thông báo</h2><div class="textwidget"><p>&#x1f514; <a href="/?p={c.id}">Lịch thi tốt nghiệp lớp TCLLCT khóa 43</a></p>
<p>&#x1f514; <a href="/?p={k.id}">Tuyển sinh lớp Cao cấp LLCT năm 2027</a></p></div></aside>
{_recent_widget()}
<aside id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Thăm dò ý kiến</h2><div id="polls-3" class="wp-polls">
<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="9c1e4b7a20" /></p><p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện website mới của nhà trường?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /> <label for="poll-answer-8">Rất đẹp, dễ sử dụng</label></li>
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Bình thường</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Cần cải thiện thêm</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></aside>
<aside id="text-6" class="widget widget_text"><h2 class="widget-title">Liên kết website</h2><div class="textwidget"><ul>
<li><a href="https://daknong.gov.vn" target="_blank" rel="noopener">Cổng Thông tin điện tử tỉnh Đắk Nông</a></li>
<li><a href="https://hcma.vn" target="_blank" rel="noopener">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>
<li><a href="https://baodaknong.vn" target="_blank" rel="noopener">Báo Đắk Nông</a></li></ul></div></aside>
<aside id="vtrts_widget-2" class="widget widget_vtrts_widget"><h2 class="widget-title">Thống kê truy cập</h2><ul class="vtrts-list">
<li>Đang online: <strong>17</strong></li><li>Hôm nay: <strong>412</strong></li><li>Hôm qua: <strong>538</strong></li><li>Tổng truy cập: <strong>1.286.530</strong></li></ul></aside>
</div></div>"""


def _footer() -> str:
    return f"""<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1"><section id="block-9" class="widget widget_block">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH ĐẮK NÔNG</strong><br>Địa chỉ: Đường 23/3, phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông<br>Điện thoại: 0261 3543 226 – Fax: 0261 3543 229<br>Email: truongchinhtri@daknong.gov.vn</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area site-footer-focus-item"><section class="widget widget_block"><p>Chịu trách nhiệm nội dung: TS. Lê Văn Thành – Hiệu trưởng</p></section></aside></div>
<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3"><aside class="footer-widget-area widget-area site-footer-focus-item"><section class="widget widget_block"><p>Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Đắk Nông cấp ngày 12/3/2024</p></section></aside></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 {SITE} | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div>
</div></div></div></div>
</footer>"""


def _head(
    req: Request,
    title: str,
    canonical: str,
    *,
    og_type: str = "website",
    description: str | None = None,
    extra: str = "",
    shortlink: int | None = None,
) -> str:
    base = base_url(req)
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    short = f"<link rel='shortlink' href='{base}/?p={shortlink}' />\n" if shortlink else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{desc}<link rel="canonical" href="{base}{canonical}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{base}{canonical}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:publisher" content="https://www.facebook.com/truongchinhtridaknong" />
{extra}<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver={ASTRA}' media='all' />
<link rel='stylesheet' id='uagb-block-css-css' href='/wp-content/uploads/uag-plugin/custom-style-blocks.css?ver={UAGB}' media='all' />
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />
<style id='astra-theme-css-inline-css'>.ast-separate-container .ast-article-single{{padding:3em}} .entry-meta .updated:not(.published){{display:none}} .ast-load-more{{cursor:pointer}}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.1" />
{short}<link rel="icon" href="{_U}/2024/03/cropped-logo-tct-dak-nong-32x32.png" sizes="32x32" />
</head>"""


def _layout(
    req: Request,
    *,
    head: str,
    body_class: str,
    current: str,
    primary: str,
    sidebar: bool = True,
) -> Response:
    side = _sidebar() if sidebar else ""
    page = f"""{head}
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="{body_class} wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-{ASTRA} ast-inherit-site-logo-transparent ast-hfb-header astra-addon-4.8.2">
<a class="skip-link screen-reader-text" href="#content" title="Chuyển tới nội dung">Chuyển tới nội dung</a>
<div class="hfeed site" id="page">
{_header(current)}
<div id="content" class="site-content">
<div class="ast-container">
<div id="primary" class="content-area primary">
{primary}
</div>
{side}
</div>
</div>
{_footer()}
</div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Lên đầu trang</span></div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"}};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver={ASTRA}" id="astra-theme-js-js"></script>
<script src="/wp-content/plugins/ultimate-addons-for-gutenberg/assets/js/post-carousel.min.js?ver={UAGB}" id="uagb-post-js-js"></script>
</body>
</html>"""
    return html(page)


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    parts = []
    for href, label in trail:
        if href:
            parts.append(f'<span><a href="{href}">{label}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
    return (
        '<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-yoast-wrap"><div class="ast-breadcrumbs-inner">'
        f'<span id="breadcrumbs"><span>{" » ".join(parts)}</span></span></div></div></div>'
    )


# --- post page ----------------------------------------------------------------------------------


def _entry_meta(story: Story) -> str:
    cat_links = ", ".join(
        f'<a href="/category/{c}/" rel="category tag">{esc(CATS[c][0])}</a>'
        for c in sorted(_cats(story), key=lambda c: CATS[c][0].replace("Đ", "D"))
    )
    return (
        '<div class="entry-meta"> <span class="posted-by vcard author" itemtype="https://schema.org/Person" '
        'itemscope="itemscope" itemprop="author"> <a title="Xem tất cả bài viết của quantri" '
        'href="/author/quantri/" rel="author" class="url fn n" itemprop="url"><span class="author-name" '
        'itemprop="name">quantri</span></a></span> / '
        f'<span class="posted-on"><span class="published" itemprop="datePublished"> {_vi_date(_posted(story))} </span>'
        f'<span class="updated" itemprop="dateModified"> {_vi_date(_modified(story))}</span></span> / '
        f'<span class="ast-terms-link">{cat_links}</span></div>'
    )


def _share(req: Request, story: Story) -> str:
    base = base_url(req)
    url = f"{base}/{story.slug}/"
    enc = url.replace(":", "%3A").replace("/", "%2F")
    return (
        '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
        '<div class="addtoany_header">Chia sẻ bài viết:</div>'
        f'<div class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(story.title)}">'
        f'<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={enc}" title="Facebook" rel="nofollow noopener" target="_blank"></a>'
        f'<a class="a2a_button_zalo" href="https://www.addtoany.com/add_to/zalo?linkurl={enc}" title="Zalo" rel="nofollow noopener" target="_blank"></a>'
        f'<a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl={enc}" title="Email" rel="nofollow noopener" target="_blank"></a>'
        '<a class="a2a_button_print" href="#" title="In bài viết" rel="nofollow noopener"></a></div></div>\n'
        f'<div class="tct-link-rutgon"><span class="dashicons dashicons-admin-links"></span> Link rút gọn: '
        f'<a href="{base}/?p={story.id}" rel="shortlink">{base}/?p={story.id}</a></div>'
    )


def _related(story: Story) -> str:
    others = [s for s in _in_cat(story.cat) if s.id != story.id][:RELATED]
    if not others:
        return ""
    arts = []
    for s in others:
        arts.append(
            f'<article class="ast-related-post post-{s.id} post type-post status-publish format-standard hentry '
            f'category-{s.cat}"><div class="ast-related-posts-inner-section"><div class="ast-related-post-content">'
            '<div class="ast-related-post-featured-section ast-no-thumb"></div>'
            '<header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title">'
            f'<a href="/{s.slug}/" target="_self" rel="bookmark noopener noreferrer">{tx(s.title, bool(s.opts.get("nfd")))}</a></h3>'
            f'<div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="posted-on">'
            f'<span class="published" itemprop="datePublished"> {_vi_date(_posted(s))} </span></span></div></header>'
            f'<div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">'
            f"{tx(_excerpt(s, 30), bool(s.opts.get('nfd')))}</p></div></div></div></article>"
        )
    return (
        '<div class="ast-single-related-posts-container ast-separate-container"><div class="ast-related-posts-title-section">'
        '<h2 class="ast-related-posts-title">Bài viết liên quan</h2></div><div class="ast-related-posts-wrapper">'
        + "".join(arts)
        + "</div></div>"
    )


def _comments(story: Story) -> str:
    comments = story.opts.get("comments") or []
    url = f"/{story.slug}/"
    items = []
    for cid, name, when, body in comments:
        dt = datetime.fromisoformat(when)
        hour12 = dt.hour % 12 or 12
        part = "sáng" if dt.hour < 12 else "chiều"
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="ast-comment">'
            '<div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" '
            "src='https://secure.gravatar.com/avatar/3b1f0c?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' "
            "height='50' width='50' loading='lazy' decoding='async'/></div>"
            '<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta '
            f'ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{esc(name)}</b> </cite></div>'
            f'<div class="ast-comment-time"><span class="timendate"><a href="{url}#comment-{cid}"><time datetime="{_local_iso(dt)}">'
            f"{_vi_date(dt)} lúc {hour12}:{dt.minute:02d} {part}</time></a></span></div></header></div></div></div>"
            f'<section class="ast-comment-content comment"><p>{tx(body)}</p>'
            '<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" '
            f'href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.id}" '
            f'data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(name)}" '
            f'aria-label="Trả lời {esc(name)}">Trả lời</a></span></div></section></article></li>'
        )
    listing = ""
    if items:
        listing = (
            f'<div class="comments-count-wrapper"><h3 class="comments-title">{len(items)} bình luận cho &ldquo;'
            f"{tx(story.title)}&rdquo;</h3></div><ol class=\"ast-comment-list\">{''.join(items)}</ol>"
        )
    return (
        f'<div id="comments" class="comments-area comment-form-position-below">{listing}'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận '
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Hủy</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        'Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>'
        '<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Nhập bình luận…</label>'
        '<textarea id="comment" name="comment" placeholder="Nhập bình luận…" cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>'
        '<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">'
        '<label for="author" class="screen-reader-text">Tên*</label><input id="author" name="author" type="text" value="" placeholder="Tên*" size="30" aria-required="true" /></p>'
        '<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">Email*</label>'
        '<input id="email" name="email" type="text" value="" placeholder="Email*" size="30" aria-required="true" /></p></div>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận &raquo;" /> '
        f'<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID" />'
        '<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>'
    )


def _post_page(req: Request, story: Story) -> Response:
    nfd = bool(story.opts.get("nfd"))
    primary_cat = story.cat
    cat_label = CATS[primary_cat][0]
    seo = story.opts.get("seo_title") or story.title
    title_tag = f"{seo} - {SITE}"
    if nfd:  # Yoast prints the post title as typed
        title_tag = unicodedata.normalize("NFD", title_tag)
    posted, modified = _posted(story), _modified(story)
    base = base_url(req)
    img = next(iter(story.images), None)
    og_img = f'<meta property="og:image" content="{base}{img.src}" />\n<meta property="og:image:width" content="1024" />\n' if img else ""
    words = sum(len(p.split()) for p in story.paragraphs)
    schema = (
        '{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"' + f"{base}/{story.slug}/#article"
        + '","isPartOf":{"@id":"' + f"{base}/{story.slug}/" + '"},"author":{"name":"quantri","@id":"'
        + f"{base}/#/schema/person/8f2d1c0a" + '"},"headline":"' + esc(seo) + '","datePublished":"' + _utc(posted)
        + '","dateModified":"' + _utc(modified) + f'","wordCount":{words},"articleSection":["'
        + '","'.join(esc(CATS[c][0]) for c in _cats(story)) + '"],"inLanguage":"vi"},'
        + '{"@type":"BreadcrumbList","@id":"' + f"{base}/{story.slug}/#breadcrumb" + '","itemListElement":['
        + '{"@type":"ListItem","position":1,"name":"Trang chủ","item":"' + base + '/"},'
        + '{"@type":"ListItem","position":2,"name":"' + esc(cat_label) + '","item":"' + f"{base}/category/{primary_cat}/" + '"},'
        + '{"@type":"ListItem","position":3,"name":"' + esc(seo) + '"}]}]}'
    )
    extra = (
        f'<meta property="article:published_time" content="{_utc(posted)}" />\n'
        f'<meta property="article:modified_time" content="{_utc(modified)}" />\n'
        f"{og_img}"
        '<meta name="author" content="quantri" />\n<meta name="twitter:card" content="summary_large_image" />\n'
        '<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="quantri" />\n'
        f'<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="{max(1, words // 200)} phút" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{schema}</script>\n'
    )
    head = _head(
        req,
        title_tag,
        f"/{story.slug}/",
        og_type="article",
        description=_excerpt(story, 28),
        extra=extra,
        shortlink=story.id,
    )
    cat_classes = " ".join(f"category-{c}" for c in _cats(story))
    primary = f"""{_breadcrumb([("/", "Trang chủ"), (f"/category/{primary_cat}/", esc(cat_label)), (None, tx(story.title, nfd))])}
<main id="main" class="site-main">
<article class="post-{story.id} post type-post status-publish format-standard hentry {cat_classes} ast-article-single" id="post-{story.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box">
<div class="ast-single-post-order">
<header class="entry-header ast-no-thumbnail">
<h1 class="entry-title" itemprop="headline">{tx(story.title, nfd)}</h1>{_entry_meta(story)}
</header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
{_render_blocks(story, req)}
{_share(req, story)}
</div>
</div>
</div>
</article>
{_related(story)}
{_comments(story)}
</main>"""
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-standard "
        "ast-blog-single-style-1 ast-single-post ast-normal-title-enabled"
    )
    return _layout(req, head=head, body_class=body_class, current="", primary=primary)


# --- attachment pages -------------------------------------------------------------------------


def _attachments() -> dict[str, tuple[Story, Img, int]]:
    out = {}
    for story in STORIES:
        for n, img in enumerate(story.images):
            if img.style == "gallery":
                out[f"/{story.slug}/{_att_slug(img.src)}/"] = (story, img, _img_id(story, n))
    return out


ATTACHMENTS = _attachments()
ATTACHMENT_IDS = {str(iid): path for path, (_s, _i, iid) in ATTACHMENTS.items()}


def _attachment_page(req: Request, path: str) -> Response:
    story, img, iid = ATTACHMENTS[path]
    name = _att_slug(img.src).upper()
    full = re.sub(r"-\d+x\d+\.jpg$", ".jpg", img.src)
    medium = re.sub(r"-\d+x\d+\.jpg$", "-300x200.jpg", img.src)
    posted = _posted(story)
    head = _head(
        req,
        f"{name} - {SITE}",
        path,
        og_type="article",
        extra=f'<meta property="article:modified_time" content="{_utc(posted)}" />\n',
        shortlink=iid,
    )
    primary = f"""{_breadcrumb([("/", "Trang chủ"), (f"/category/{story.cat}/", esc(CATS[story.cat][0])), (f"/{story.slug}/", tx(story.title)), (None, name)])}
<main id="main" class="site-main">
<article class="post-{iid} attachment type-attachment status-inherit hentry ast-article-single" id="post-{iid}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">{name}</h1>
<div class="entry-meta"> <span class="posted-by vcard author" itemprop="author"><a href="/author/quantri/" rel="author" class="url fn n"><span class="author-name" itemprop="name">quantri</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> {_vi_date(posted)} </span></span></div>
</header>
<div class="entry-content clear" itemprop="text">
<p class="attachment"><a href="{full}"><img width="300" height="200" src="{medium}" class="attachment-medium size-medium" alt="" decoding="async" /></a></p>
<p>{tx(img.printed)}. Ảnh trong bài “{tx(story.title)}”.</p>
</div></div></div>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="/{story.slug}/" rel="prev"><span class="meta-nav">Đăng trong</span> {tx(story.title)}</a></div></div></nav>
</main>"""
    body_class = f"attachment attachment-template-default single single-attachment postid-{iid} attachmentid-{iid} attachment-jpeg"
    return _layout(req, head=head, body_class=body_class, current="", primary=primary)


# --- listings -----------------------------------------------------------------------------------


def _archive_item(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    thumb = _thumb(story)
    cat_classes = " ".join(f"category-{c}" for c in _cats(story))
    fig = (
        '<div class="ast-blog-featured-section post-thumb ast-grid-common-col ast-float"><div class="post-thumb-img-content post-thumb">'
        f'<a href="/{story.slug}/"><img width="1024" height="683" src="{thumb}" class="attachment-large size-large wp-post-image" '
        'alt="" itemprop="image" decoding="async" /></a></div></div>'
        if thumb
        else ""
    )
    return f"""<article class="post-{story.id} post type-post status-publish format-standard hentry {cat_classes} ast-col-sm-12 ast-article-post" id="post-{story.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- blog-layout-1 ast-no-date-box"><div class="post-content ast-grid-common-col">
{fig}
<header class="entry-header"><h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="/{story.slug}/" rel="bookmark">{tx(story.title, nfd)}</a></h2>
<div class="entry-meta ast-blog-single-element"><span class="posted-on"><span class="published" itemprop="datePublished"> {_vi_date(_posted(story))} </span><span class="updated" itemprop="dateModified"> {_vi_date(_modified(story))}</span></span></div></header>
<div class="ast-excerpt-container ast-blog-single-element"><p>{tx(_excerpt(story, 40), nfd)} [&hellip;]</p></div>
<p class="ast-blog-single-element ast-read-more-container read-more"> <a class="" href="/{story.slug}/"> Đọc tiếp &raquo;<span class="screen-reader-text">{tx(story.title, nfd)}</span></a></p>
<div class="entry-content clear" itemprop="text"></div>
</div></div></article>"""


def _archive_page(req: Request, slug: str, page: int) -> Response | None:
    label, term_id = CATS[slug]
    stories = _in_cat(slug)
    total = (len(stories) + PER_ARCHIVE_PAGE - 1) // PER_ARCHIVE_PAGE
    if not 1 <= page <= total:
        return None
    chunk = stories[(page - 1) * PER_ARCHIVE_PAGE : page * PER_ARCHIVE_PAGE]
    base = base_url(req)
    here = f"/category/{slug}/" + (f"page/{page}/" if page > 1 else "")
    rel = ""
    if page > 1:
        prev = f"/category/{slug}/" + (f"page/{page - 1}/" if page > 2 else "")
        rel += f'<link rel="prev" href="{base}{prev}" />\n'
    if page < total:
        rel += f'<link rel="next" href="{base}/category/{slug}/page/{page + 1}/" />\n'
    title = f"Lưu trữ {label}" + (f" - Trang {page} trên {total}" if page > 1 else "") + f" - {SITE}"
    head = _head(req, title, here, extra=rel)
    load_more = (
        '<nav class="ast-pagination-infinite"><div class="ast-loader"><div class="ast-loader-1"></div>'
        '<div class="ast-loader-2"></div><div class="ast-loader-3"></div></div>'
        '<span class="ast-load-more active">Xem thêm bài viết</span></nav>'
        if page < total
        else ""
    )
    js = (
        '<script id="astra-addon-js-js-extra">var astraAddon = {"sticky_active":"","svgIconClose":"","hf_account_show_menu_on":"hover",'
        f'"infinite_count":"{page + 1}","infinite_total":"{total}","pagination":"infinite",'
        '"infinite_scroll_event":"click","no_more_post_message":"Không còn bài viết nào.","grid_layout":"1","shop_infinite_count":"2"};</script>'
    )
    primary = f"""{_breadcrumb([("/", "Trang chủ"), (None, esc(label))])}
<section class="ast-archive-description"><h1 class="page-title ast-archive-title">{esc(label)}</h1><p>{esc(CAT_DESC[slug])}</p></section>
<main id="main" class="site-main"><div class="ast-row">
{"".join(_archive_item(s) for s in chunk)}
</div>
{load_more}
</main>
{js}"""
    body_class = f"archive category category-{slug} category-{term_id} ast-blog-grid-1 ast-blog-layout-1 ast-pagination-infinite" + (
        f" paged paged-{page} category-paged-{page}" if page > 1 else ""
    )
    return _layout(req, head=head, body_class=body_class, current=f"/category/{slug}/", primary=primary)


def _pagination(arg: str, current: int, total: int, others: dict[str, int]) -> str:
    def href(n: int) -> str:
        args = {k: v for k, v in others.items() if v > 1}
        if n > 1:
            args[arg] = n
        order = [GRID_MAIN[1], GRID_DTBD[1]]
        query = "&#038;".join(f"{k}={args[k]}" for k in order if k in args)
        return "/tin-tuc-su-kien/" + (f"?{query}" if query else "")

    parts = []
    if current > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(current - 1)}">&laquo; Trước</a>')
    for n in range(1, total + 1):
        if n == current:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if current < total:
        parts.append(f'<a class="next page-numbers" href="{href(current + 1)}">Sau &raquo;</a>')
    return '<div class="uagb-post-pagination-wrap">\n' + "\n".join(parts) + "\n</div>"


def _news_page(req: Request) -> Response | None:
    params = dict(parse_qsl(req.query, keep_blank_values=True))
    if set(params) - {GRID_MAIN[1], GRID_DTBD[1]}:
        return None
    state: dict[str, int] = {}
    grids = []
    for block_id, arg, cat, per in (GRID_MAIN, GRID_DTBD):
        stories = _in_cat(cat)
        total = (len(stories) + per - 1) // per
        raw = params.get(arg, "1")
        if not raw.isdigit() or not 1 <= int(raw) <= total:
            return None
        state[arg] = int(raw)
        grids.append((block_id, arg, stories, per, total))
    blocks = []
    for block_id, arg, stories, per, total in grids:
        cur = state[arg]
        others = {k: v for k, v in state.items() if k != arg}
        chunk = stories[(cur - 1) * per : cur * per]
        blocks.append(
            _grid(
                chunk,
                block_id,
                classes="uagb-post__columns-1" if per == 2 else "uagb-post__columns-2",
                pagination=_pagination(arg, cur, total, others),
            )
        )
    head = _head(req, f"Tin tức – Sự kiện - {SITE}", "/tin-tuc-su-kien/", description="Tin tức, sự kiện của Trường Chính trị tỉnh Đắk Nông.")
    primary = f"""{_breadcrumb([("/", "Trang chủ"), (None, "Tin tức – Sự kiện")])}
<main id="main" class="site-main">
<article class="post-18 page type-page status-publish ast-article-single" id="post-18" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">Tin tức – Sự kiện</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<div class="wp-block-uagb-container uagb-block-8e1d2c3a alignfull uagb-is-root-container"><div class="uagb-container-inner-blocks-wrap">
<div class="wp-block-uagb-container uagb-block-1f4b7d90"><div class="wp-block-uagb-advanced-heading uagb-block-70c2a1e4"><h2 class="uagb-heading-text">Tin mới cập nhật</h2><div class="uagb-separator"></div></div>
{blocks[0]}
</div>
<div class="wp-block-uagb-container uagb-block-62a9e3b5"><div class="wp-block-uagb-advanced-heading uagb-block-0bd4f6a8"><h2 class="uagb-heading-text">Đào tạo – Bồi dưỡng</h2><div class="uagb-separator"></div></div>
{blocks[1]}
</div>
</div></div>
</div></article></main>"""
    return _layout(req, head=head, body_class="page-template-default page page-id-18 ast-page-builder-template", current="/tin-tuc-su-kien/", primary=primary, sidebar=False)


def _home(req: Request) -> Response:
    head = _head(
        req,
        f"{SITE} - Đào tạo, bồi dưỡng cán bộ, công chức tỉnh Đắk Nông",
        "/",
        description="Trang thông tin điện tử Trường Chính trị tỉnh Đắk Nông.",
        extra='<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Trường Chính trị tỉnh Đắk Nông","inLanguage":"vi"}]}</script>\n',
    )
    dtbd = _in_cat("dao-tao-boi-duong")[:3]
    nckh = _in_cat("nghien-cuu-khoa-hoc")[:2]
    primary = f"""<main id="main" class="site-main">
<article class="post-10 page type-page status-publish ast-article-single" id="post-10" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<div class="wp-block-uagb-container uagb-block-a1b2c3d4 alignfull uagb-is-root-container"><div class="uagb-container-inner-blocks-wrap">
<div class="wp-block-uagb-advanced-heading uagb-block-9e8d7c6b"><h2 class="uagb-heading-text">Tin mới</h2><div class="uagb-separator"></div></div>
{_carousel(STORIES[:5])}
<div class="wp-block-uagb-buttons uagb-buttons__outer-wrap uagb-block-55aa0e12"><div class="uagb-buttons__wrap uagb-buttons-layout-wrap"><div class="wp-block-uagb-buttons-child uagb-buttons__outer-wrap uagb-block-66bb1f23"><a class="uagb-buttons-repeater wp-block-button__link" aria-label="" href="/tin-tuc-su-kien/" rel="follow noopener" target="_self" role="button"><div class="uagb-button__link">Xem tất cả tin tức</div></a></div></div></div>
</div></div>
<div class="wp-block-uagb-container uagb-block-c0ffee01 uagb-is-root-container"><div class="uagb-container-inner-blocks-wrap">
<div class="wp-block-uagb-container uagb-block-c0ffee02"><div class="wp-block-uagb-advanced-heading uagb-block-3c4d5e6f"><h2 class="uagb-heading-text"><a href="/category/dao-tao-boi-duong/">Đào tạo – Bồi dưỡng</a></h2></div>
{_grid(dtbd, "d3e4f5a6", classes="uagb-post__columns-3")}
</div>
<div class="wp-block-uagb-container uagb-block-c0ffee03"><div class="wp-block-uagb-advanced-heading uagb-block-7f8e9d0c"><h2 class="uagb-heading-text"><a href="/category/nghien-cuu-khoa-hoc/">Nghiên cứu khoa học</a></h2></div>
{_grid(nckh, "e6f7a8b9", classes="uagb-post__columns-2")}
</div>
</div></div>
<div class="wp-block-uagb-info-box uagb-block-1d2e3f40 uagb-infobox__content-wrap uagb-infobox-icon-left"><div class="uagb-ifb-content"><div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">Thư viện ảnh</h3></div><p class="uagb-ifb-desc">Hình ảnh hoạt động của nhà trường</p><div class="uagb-ifb-button-wrapper wp-block-button"><a href="/thu-vien-anh/" class="uagb-infobox-cta-link wp-block-button__link" target="_self" rel="noopener noreferrer"><span class="uagb-inline-editing">Xem album</span></a></div></div></div>
</div></article></main>"""
    return _layout(req, head=head, body_class="home page-template-default page page-id-10 ast-page-builder-template", current="/", primary=primary)


# --- plain pages (not articles) -----------------------------------------------------------------


def _plain_page(req: Request, path: str, title: str, page_id: int, content: str) -> Response:
    head = _head(req, f"{title} - {SITE}", path, description=f"{title} – {SITE}")
    primary = f"""{_breadcrumb([("/", "Trang chủ"), (None, esc(title))])}
<main id="main" class="site-main">
<article class="post-{page_id} page type-page status-publish ast-article-single" id="post-{page_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
{content}
</div></article></main>"""
    return _layout(req, head=head, body_class=f"page-template-default page page-id-{page_id}", current=path, primary=primary)


_INTRO = """<h2 class="wp-block-heading" id="lich-su">Lịch sử hình thành</h2>
<p>Trường Chính trị tỉnh Đắk Nông được thành lập theo Quyết định số 12-QĐ/TU ngày 28/02/2004 của Ban Thường vụ Tỉnh ủy Đắk Nông, trên cơ sở tiếp nhận một phần cơ sở vật chất và đội ngũ của Trường Chính trị tỉnh Đắk Lắk sau khi tách tỉnh.</p>
<p>Trải qua hơn 20 năm xây dựng và phát triển, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, công chức, viên chức cho hệ thống chính trị của tỉnh.</p>
<h2 class="wp-block-heading" id="co-cau">Cơ cấu tổ chức</h2>
<div class="wp-block-uagb-info-box uagb-block-0a0b0c0d uagb-infobox__content-wrap"><div class="uagb-ifb-content"><div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">Ban Giám hiệu</h3></div><p class="uagb-ifb-desc">Hiệu trưởng: TS. Lê Văn Thành<br>Phó Hiệu trưởng: ThS. Trần Văn Hải</p></div></div>
<ul class="wp-block-list"><li>Phòng Tổ chức – Hành chính</li><li>Phòng Quản lý đào tạo – Nghiên cứu khoa học</li><li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li></ul>"""

_CONTACT = """<div class="wp-block-columns"><div class="wp-block-column"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH ĐẮK NÔNG</strong></p>
<p>Địa chỉ: Đường 23/3, phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông<br>Điện thoại: 0261 3543 226<br>Email: truongchinhtri@daknong.gov.vn</p>
<figure class="wp-block-embed"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3887" width="600" height="300" style="border:0;" loading="lazy"></iframe></figure></div>
<div class="wp-block-column"><div class="wpcf7 no-js" id="wpcf7-f45-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f45-p14-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="45" /><input type="hidden" name="_wpcf7_version" value="5.9.8" /><input type="hidden" name="_wpcf7_locale" value="vi" /></div>
<p><label> Họ và tên<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p></form></div></div></div>"""

_DOCS = f"""<p>Các văn bản, tài liệu phục vụ công tác đào tạo, bồi dưỡng của nhà trường.</p>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>
<tr><td>215-TB/TCT</td><td>30/11/2026</td><td>Thông báo tổ chức thi tốt nghiệp lớp TCLLCT khóa 43</td><td><a href="{_U}/2026/12/TB-215-TCT.pdf">PDF</a></td></tr>
<tr><td>188-KH/TCT</td><td>20/10/2026</td><td>Kế hoạch tuyển sinh lớp Cao cấp lý luận chính trị năm 2027</td><td><a href="{_U}/2026/10/KH-tuyen-sinh-CCLLCT-2027.pdf">PDF</a></td></tr>
<tr><td>96-KH/TCT</td><td>10/01/2026</td><td>Kế hoạch đào tạo, bồi dưỡng năm 2026</td><td><a href="{_U}/2026/01/KH-96-TCT-2026.pdf">PDF</a></td></tr>
</tbody></table></figure>"""

_ALBUM = f"""<p>Một số hình ảnh hoạt động của nhà trường năm 2026.</p>
<div class="wp-block-uagb-image-gallery uagb-block-4e5f6a7b"><div class="spectra-image-gallery spectra-image-gallery__layout--grid spectra-image-gallery__layout--grid-col-3">
<div class="spectra-image-gallery__media-wrapper" tabindex="0"><div class="spectra-image-gallery__media spectra-image-gallery__media--grid"><img class="spectra-image-gallery__media-thumbnail" src="{_U}/2026/09/khai-giang-nam-hoc-2026-768x512.jpg" alt="Khai giảng năm học 2026–2027" loading="lazy"/></div></div>
<div class="spectra-image-gallery__media-wrapper" tabindex="0"><div class="spectra-image-gallery__media spectra-image-gallery__media--grid"><img class="spectra-image-gallery__media-thumbnail" src="{_U}/2026/08/hoi-thao-cap-tinh-768x512.jpg" alt="Hội thảo khoa học cấp tỉnh" loading="lazy"/></div></div>
<div class="spectra-image-gallery__media-wrapper" tabindex="0"><div class="spectra-image-gallery__media spectra-image-gallery__media--grid"><img class="spectra-image-gallery__media-thumbnail" src="{_U}/2026/05/giao-luu-the-thao-768x512.jpg" alt="Giao lưu thể thao chào mừng 19/5" loading="lazy"/></div></div>
</div></div>"""

_VIDEO = """<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe loading="lazy" title="Phóng sự: Trường Chính trị tỉnh Đắk Nông 20 năm xây dựng và phát triển" width="1200" height="675" src="https://www.youtube.com/embed/Xk3v9QpTz2c?feature=oembed" frameborder="0" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">Phóng sự: Trường Chính trị tỉnh Đắk Nông 20 năm xây dựng và phát triển</figcaption></figure>
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe loading="lazy" title="Hội thi giảng viên dạy giỏi cấp trường năm 2026" width="1200" height="675" src="https://www.youtube.com/embed/bR7mW1dLk0s?feature=oembed" frameborder="0" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">Hội thi giảng viên dạy giỏi cấp trường năm 2026</figcaption></figure>"""

PAGES = {
    "/gioi-thieu/": ("Giới thiệu", 12, _INTRO),
    "/lien-he/": ("Liên hệ", 14, _CONTACT),
    "/van-ban-tai-lieu/": ("Văn bản – Tài liệu", 16, _DOCS),
    "/thu-vien-anh/": ("Thư viện ảnh", 20, _ALBUM),
    "/video/": ("Video", 22, _VIDEO),
}


def _search(req: Request, term: str) -> Response:
    head = _head(req, f"Bạn đã tìm kiếm {term} - {SITE}", "/")
    primary = f"""<section class="ast-archive-description"><h1 class="page-title ast-archive-title">Kết quả tìm kiếm cho: <span>{esc(term)}</span></h1></section>
<main id="main" class="site-main"><section class="no-results not-found"><div class="page-content">
<p>Xin lỗi, không có nội dung nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div></section></main>"""
    return _layout(req, head=head, body_class="search search-no-results", current="", primary=primary)


def _feed(req: Request) -> Response:
    base = base_url(req)
    items = []
    for s in STORIES[:FEED_ITEMS]:
        items.append(
            f"<item>\n<title>{tx(s.title)}</title>\n<link>{base}/{s.slug}/</link>\n"
            f"<comments>{base}/{s.slug}/#respond</comments>\n<dc:creator><![CDATA[quantri]]></dc:creator>\n"
            f"<pubDate>{_rfc822(_posted(s))}</pubDate>\n"
            + "".join(f"<category><![CDATA[{CATS[c][0]}]]></category>\n" for c in _cats(s))
            + f'<guid isPermaLink="false">{base}/?p={s.id}</guid>\n'
            f"<description><![CDATA[{_excerpt(s, 40)} […]]]></description>\n</item>"
        )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"
xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>{SITE}</title>
<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
<link>{base}</link>
<description>Đào tạo – Bồi dưỡng cán bộ, công chức của hệ thống chính trị tỉnh Đắk Nông</description>
<lastBuildDate>{_rfc822(_modified(STORIES[0]))}</lastBuildDate>
<language>vi</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<sy:updateFrequency>1</sy:updateFrequency>
<generator>https://wordpress.org/?v=6.7.1</generator>
{chr(10).join(items)}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing ------------------------------------------------------------------------------------

_ARCHIVE = re.compile(r"^/category/([a-z-]+)/(?:page/(\d+)/)?$")


class Site:
    def respond(self, req: Request) -> Response | None:
        path, query = req.path, req.query
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if query and not query.startswith("ver="):
                return None
            if path.lower().endswith(".pdf") and path.startswith(f"{_U}/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if req.method not in ("GET", "HEAD"):
            return None
        if path == "/":
            if not query:
                return _home(req)
            params = dict(parse_qsl(query, keep_blank_values=True))
            if set(params) == {"p"} and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return _post_page(req, BY_ID[int(params["p"])])
            if set(params) == {"p"} and params["p"] in ATTACHMENT_IDS:
                return redirect(ATTACHMENT_IDS[params["p"]], 301)
            if set(params) == {"s"}:
                return _search(req, params["s"])
            return None
        if path == "/feed/" and not query:
            return _feed(req)
        if path in ("/author/quantri/", "/author/quantri"):
            return redirect("/", 301)
        if path == "/tin-tuc-su-kien/":
            return _news_page(req)
        m = _ARCHIVE.match(path)
        if m and m.group(1) in CATS and not query:
            if m.group(2) == "1":
                return redirect(f"/category/{m.group(1)}/", 301)
            return _archive_page(req, m.group(1), int(m.group(2) or 1))
        if path in PAGES and not query:
            title, pid, content = PAGES[path]
            return _plain_page(req, path, title, pid, content)
        if path in ATTACHMENTS and not query:
            return _attachment_page(req, path)
        slug = path.strip("/")
        if "/" not in slug and slug in BY_SLUG:
            story = BY_SLUG[slug]
            if not path.endswith("/"):
                return redirect(f"/{slug}/", 301)
            if not query:
                return _post_page(req, story)
            params = dict(parse_qsl(query, keep_blank_values=True))
            ids = {c[0] for c in story.opts.get("comments") or []}
            if set(params) == {"replytocom"} and params["replytocom"].isdigit() and int(params["replytocom"]) in ids:
                return _post_page(req, story)
            return None
        if not path.endswith("/") and (path + "/" in PAGES or path + "/" == "/tin-tuc-su-kien/"):
            return redirect(path + "/", 301)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = f"/{story.slug}/"
    alts = [f"/?p={story.id}"]
    alts += [f"{path}?replytocom={c[0]}" for c in story.opts.get("comments") or []]
    return gold_record(story, path, CATS[story.cat][0], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [*PAGES, *ATTACHMENTS]
