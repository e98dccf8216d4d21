"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on WordPress 6.5 + Polylang, a Newsup-like theme.

Imitates the site a local freelancer built in 2024 for a provincial political school: WordPress 6.5,
the free "Newsup" news theme with a child theme (``newsup-tct``), Polylang (Vietnamese default at
the root, English under ``/en/``), Yoast SEO (canonical, Open Graph, JSON-LD, ``/sitemap_index.xml``),
LiteSpeed Cache (lazy images: ``src`` is an SVG placeholder, the real address is in ``data-src`` and
in a ``<noscript>`` copy), WP Statistics (visitor counter) and Contact Form 7.

What it serves
--------------
- Posts at ``/tin-tuc/<slug>/`` (permalink structure ``/tin-tuc/%postname%/``; without the trailing
  slash WordPress answers 301 to it; ``/?p=ID`` — the ``rel=shortlink`` — answers 301 to the
  post). A post page: the top bar with today's date (``TODAY``), the "VI | EN" flag switcher, a
  login link, the logo and Bootstrap navbar; a Yoast breadcrumb "Trang chủ » <category> » <title>";
  ``div.mg-blog-post-box > div.mg-header``: category badges, ``h1.title`` (the title inside a
  permalink), ``div.mg-info-author-block`` ("Bởi <a href=/author/<login>/>Display name</a>" and
  ``span.mg-blog-date`` "Th11 14, 2026" — WordPress's Vietnamese "M j, Y"; one post also prints
  "Cập nhật: Th11 18, 2026"); for posts with a hand-written excerpt the child theme prints it in
  ``div.tct-sapo`` under the header; then ``article.small.single`` with the Gutenberg content
  (paragraphs, ``h2.wp-block-heading``, lists, image blocks with ``figcaption.wp-element-caption``,
  a gallery, a pullquote with ``<cite>``, a ``figure.wp-block-table`` timetable, a file block) or,
  for one post written in the classic editor, ``figure.wp-caption`` + ``figcaption.wp-caption-text``
  and a centred ``<em>`` line under a centred image; signature lines at the end ("Tin: …", "Ảnh:
  …", "Tin, ảnh: …", "Bài và ảnh: …", a bare name, "Nguồn: …", "ThS. X - Khoa …"); the "Chia sẻ"
  row (Facebook, X, Zalo, email, print via ``javascript:``), tags; "Bài viết liên quan" (three
  posts with ``<img>`` thumbnails and dates "Th11 10, 2026"); the author box (avatar, "Bởi …",
  bio); comments: either "Bình luận đã bị đóng." or, on one post, three readers' comments with
  times ("Th11 13, 2026 lúc 8:12 sáng") and "Trả lời" links ``?replytocom=N#respond`` plus the
  comment form. Sidebar: search form (with Polylang's hidden ``lang=vi``), "Bài viết mới" (core
  latest-posts block with dates), the calendar widget (November 2026, days linking to day
  archives, "« Th10"), "Lưu trữ" (month archives with counts), banners, "Thống kê truy cập".
  Footer: the school's address, hotline, e-mail, copyright; a hard-coded "Tiếng Việt | English"
  pair of ``/?lang=vi`` / ``/?lang=en`` links.
- Listings: the home (the "Tin nóng" ticker, a slider whose covers are CSS backgrounds, one block
  per category), category archives ``/category/<slug>/`` and ``/category/<slug>/page/N/`` (three
  posts a page, "Trang 1 / 3", ``nav.navigation.pagination`` with ``page-numbers``; ``/page/1/``
  answers 301 to the first page, pages past the last 404), author archives ``/author/<login>/``
  (paged), month archives ``/2026/11/`` (paged; each card's date links there), day archives
  ``/2026/11/19/`` from the calendar. "Tin hoạt động" has three pages.
- Non-article pages: ``/gioi-thieu/``, ``/lien-he/`` (Contact Form 7), ``/thu-vien/`` (a document
  library: a table of PDFs under ``/wp-content/uploads/…``), ``/lich-hoc/`` (a timetable page),
  attachment pages ``/tin-tuc/<post>/<attachment>/`` (WordPress's image pages: a title that is the
  file name, an author, a date and the picture, linked from the images of one post), and the whole
  English side: ``/en/``, ``/en/category/<slug>/``, ``/en/author/<login>/``, ``/en/about-us/``,
  ``/en/contact/`` and four English posts ``/en/news/<slug>/`` (translations of four Vietnamese
  posts, dated "Nov 20, 2026").
- Machine answers: ``/feed/`` (RSS of the Vietnamese posts, full content), ``/en/feed/``,
  ``/category/<slug>/feed/``, ``/comments/feed/``, ``/tin-tuc/<slug>/feed/`` (comments feed),
  ``/wp-json/`` and ``/wp-json/wp/v2/posts/<id>`` etc. (JSON, 200), ``/xmlrpc.php?rsd``,
  ``/robots.txt`` → ``/sitemap_index.xml`` (Yoast: post, page, category and author sitemaps; the
  post sitemap lists the English posts too, with ``xhtml:link`` alternates), the search ``/?s=…``
  (results, ``noindex``), ``/wp-login.php``.

Polylang: every page carries ``<link rel="alternate" hreflang=…>`` for its translations and the
"VI | EN" switcher; a Vietnamese post without a translation has only ``hreflang="vi"`` and its EN
flag leads to ``/en/``. The ``?lang=`` query forms work on every URL, as Polylang's fallback:
``?lang=vi`` on a Vietnamese URL serves the same page (canonical to the clean URL), ``/?lang=en``
serves the English home (canonical ``/en/``), ``?lang=en`` on another Vietnamese URL answers 302 to
its translation or to ``/en/``, ``?lang=vi`` on an English URL 302 to the Vietnamese one.

Traps and hard cases
--------------------
- The "Tin nóng" ticker (freelancer code) links the five newest posts as ``/tin-tuc/<slug>/?lang=vi``:
  the same article under a second URL (canonical names the clean one). Listed in ``alt_paths``.
- ``?replytocom=N`` links on the commented post serve the same article (``alt_paths``).
- The English mirrors: same photos, same dates, another language. Not gold.
- Attachment pages look like posts (h1, "Bởi …", a date) but hold only a picture. Not gold.
- Comment times ("Th11 13, 2026 lúc 8:12 sáng") and the "Cập nhật:" stamp are not the
  publication date; commenters are not authors; Yoast's ``article:published_time`` and JSON-LD
  carry the time in UTC (``+00:00``) under a page that prints only a day.
- Author and date archives, feeds, ``/wp-json/`` (200 JSON), search, ``/?p=ID`` redirects.
- Text: WordPress's wptexturize writes curly quotes, dashes and ellipses as numeric references
  (``&#8220;``, ``&#8211;``); everything else is raw UTF-8, NFC.

Gold judgement calls
--------------------
- Articles are the twelve Vietnamese posts. English posts are other-language copies (this crawler
  collects the school's Vietnamese news) and are NON_ARTICLES, as are pages, attachment pages and
  listings.
- ``published_at``: the printed day only (the theme prints no time; meta/JSON-LD times are machine
  times under a printed day). "Cập nhật: Th11 18, 2026" is a last-updated stamp, ignored.
- ``authors``: a signature in the text wins ("Tin: Hoàng Phúc", "Tin, ảnh: Lê Thu Hà", "Bài và ảnh:
  Nguyễn Văn Khánh", a bare right-aligned "Minh Đức"/"Thu Phương" line, "ThS. Nguyễn Thị Hoa - Khoa
  Lý luận cơ sở" → "Nguyễn Thị Hoa"). When nothing signs the text, the "Bởi …" display name is the
  author if it is an office ("Phòng Đào tạo", "Phòng Tổ chức - Hành chính" — one name, its dash is
  part of it); the logins "bientap" and "admin" credit nobody. A post whose only signature is "Ảnh:
  Thanh Tâm" signs its photos, not its text: the office in "Bởi" stays the author.
- ``source``: "Nguồn: Báo Tuyên Quang" → "Báo Tuyên Quang"; the bare name above it is the author.
- ``summary``: the hand-written excerpt in ``div.tct-sapo`` (and it is the body's first paragraph);
  a first paragraph wholly in bold is the summary and stays in the body; else None.
- ``body``: the post's own text in order: sub-headings, list items, the lead-in "Một số hình ảnh tại
  Hội thao:", the pullquote's text and its ``<cite>`` line (both printed inside the article as a
  quotation and its attribution), table rows with cells joined by " | " (header row included),
  the bold "Tài liệu tham khảo:" line and the references. Not: captions, signature and source
  lines, the file block ("Kế hoạch … (PDF)" / "Tải xuống"), share row, tags, related posts, author
  box, comments.
- ``images``: every ``<img>`` of the content by its real address (``data-src``, not the SVG
  placeholder; the ``<noscript>`` copy is the same photo, counted once); thumbnails of related
  posts, avatars, banners and the CSS-background covers are not article images. Captions: the
  figcaption / ``wp-caption-text`` / centred ``<em>`` line; "(…)" loses its parentheses, a leading
  "Ảnh: " label is dropped; a figcaption that is only a Zalo file name is no caption (None).
- ``category``: the Yoast breadcrumb's category (the primary one). One post has two badges
  ("Đào tạo, bồi dưỡng" and "Tin hoạt động") and is listed in both archives; its breadcrumb names
  "Đào tạo, bồi dưỡng".
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_polylang_tct"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
SITE_EN = "Tuyen Quang Provincial Political School"
ADDRESS = "Số 26, đường Bình Thuận, phường Minh Xuân, tỉnh Tuyên Quang"
ADDRESS_EN = "No. 26 Binh Thuan Street, Minh Xuan Ward, Tuyen Quang Province"
HOTLINE = "0207 3822 416"
EMAIL = "truongchinhtri@tuyenquang.gov.vn"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/newsup"
PER_PAGE = 3
RELATED = 3
_LOCAL = timezone(timedelta(hours=7))

CATS: dict[str, str] = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo, bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu, trao đổi",
}
EN_CATS: dict[str, tuple[str, str]] = {
    # Vietnamese category -> (English slug, English name)
    "tin-hoat-dong": ("activities", "Activities"),
    "dao-tao-boi-duong": ("training", "Training"),
    "nghien-cuu-trao-doi": ("research", "Research"),
}

#: login -> (display name, bio)
USERS: dict[str, tuple[str, str]] = {
    "phongdaotao": (
        "Phòng Đào tạo",
        "Phòng Đào tạo — Đơn vị phụ trách tổ chức, quản lý các lớp đào tạo, bồi dưỡng cán bộ của Nhà trường.",
    ),
    "vanphong": (
        "Phòng Tổ chức - Hành chính",
        "Phòng Tổ chức - Hành chính — Đơn vị phụ trách công tác tổ chức cán bộ, hành chính, quản trị và thông tin của Nhà trường.",
    ),
    "khoalyluan": (
        "Khoa Lý luận cơ sở",
        "Khoa Lý luận cơ sở — Đơn vị phụ trách giảng dạy các học phần lý luận chính trị cơ bản.",
    ),
    "bientap": ("bientap", ""),
    "admin": ("admin", ""),
}

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
VI_MONTHS = (
    "Một",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười Một",
    "Mười Hai",
)
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_N = f"{UP}/2026/11"
_O = f"{UP}/2026/10"


def _g(name: str) -> str:
    """A Gutenberg "large" image of November."""
    return f"{_N}/{name}-1024x683.jpg"


# Story.opts: at (local time as stored: meta, JSON-LD, feeds), user (login), cats (extra category
# slugs shown as badges, after the primary), sapo ("excerpt": the hand-written excerpt printed in
# div.tct-sapo), updated (printed "Cập nhật:" day), en (EnPost slug of the translation),
# comments (True: the commented post), tags, file (href, label), classic (classic-editor markup).
# P styles: "" paragraph, "lead" bold first paragraph, "h2", "b" bold paragraph, "li" list item,
# "th"/"tr" table rows, "pq"/"cite" pullquote, "link|href|phrase" a paragraph with a link.
# Img styles: "fig" image block, "gal" gallery item, "att" image block linked to its attachment
# page, "wpcap" classic [caption], "em" classic centred image + centred <em> line.
STORIES: list[Story] = [
    Story(
        id=2095,
        slug="mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-hoat-dong",
        published_at="2026-11-21",
        blocks=[
            P(
                "Sáng 19/11/2026, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ mít tinh kỷ niệm 44"
                " năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Dự buổi lễ có đại diện lãnh đạo Ban"
                " Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo cùng toàn thể cán bộ, giảng viên,"
                " nhân viên và học viên các lớp đang học tập tại Trường."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng Nhà trường ôn lại truyền thống vẻ vang của ngành"
                " giáo dục và đánh giá kết quả Nhà trường đạt được trong năm học vừa qua: hoàn thành 38 lớp"
                " đào tạo, bồi dưỡng với hơn 2.600 học viên; 12 đề tài, chuyên đề khoa học được nghiệm thu;"
                " 100% giảng viên đi nghiên cứu thực tế theo quy định."
            ),
            Img(
                _g("mit-tinh-20-11-1"),
                "Đồng chí Hiệu trưởng Nhà trường phát biểu tại Lễ mít tinh",
                "Đồng chí Hiệu trưởng Nhà trường phát biểu tại Lễ mít tinh",
                "gal",
            ),
            Img(
                _g("mit-tinh-20-11-2"),
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các nhà giáo lão thành",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các nhà giáo lão thành",
                "gal",
            ),
            Img(_g("mit-tinh-20-11-3"), None, None, "gal"),
            P(
                "Nhân dịp này, Nhà trường đã khen thưởng 9 tập thể và 21 cá nhân có thành tích xuất sắc trong"
                " phong trào thi đua “Dạy tốt, học tốt, phục vụ tốt” năm học 2025 – 2026."
            ),
            P(
                "Trong không khí ấm áp, nhiều thế hệ cán bộ, giảng viên đã cùng nhau ôn lại kỷ niệm, chia sẻ"
                " niềm vui và tiếp tục nêu cao tinh thần đoàn kết, xây dựng Nhà trường ngày càng vững mạnh."
            ),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={"at": "2026-11-21 09:15", "user": "vanphong", "tags": ["Ngày Nhà giáo Việt Nam"]},
    ),
    Story(
        id=2087,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-19",
        blocks=[
            P(
                "Từ ngày 12 đến 14/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp"
                " trường năm 2026. Tham gia Hội thi có 14 giảng viên đến từ 4 khoa chuyên môn của Nhà trường."
            ),
            Img(
                _g("hoi-thi-gvdg-2026-1"),
                "Ban Giám khảo chấm bài giảng của các giảng viên tham gia Hội thi",
                "Ban Giám khảo chấm bài giảng của các giảng viên tham gia Hội thi",
                "fig",
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng lý luận chính trị trong thời gian 45 phút theo đúng"
                " chương trình đang giảng dạy, kết hợp ứng dụng công nghệ thông tin và các phương pháp dạy"
                " học tích cực. Ban Giám khảo đánh giá bài giảng theo các tiêu chí về nội dung, phương pháp,"
                " tác phong sư phạm và khả năng liên hệ thực tiễn của địa phương."
            ),
            P(
                "Hội thi là dịp để mỗi giảng viên tự nhìn lại mình, đổi mới cách truyền đạt để bài giảng lý"
                " luận thực sự gần gũi, thuyết phục với người học.",
                "pq",
            ),
            P("TS. Phạm Thị Lan, Phó Hiệu trưởng, Trưởng Ban Giám khảo", "cite"),
            P(
                "Kết quả, Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích. Giải"
                " Nhất thuộc về giảng viên Ma Thị Huyền, Khoa Nhà nước và pháp luật, với bài giảng “Quyền lực"
                " nhà nước và cơ chế kiểm soát quyền lực nhà nước”."
            ),
            Img(
                _g("hoi-thi-gvdg-2026-2"),
                "Ban Tổ chức trao giải Nhất cho giảng viên Ma Thị Huyền",
                "Ban Tổ chức trao giải Nhất cho giảng viên Ma Thị Huyền",
                "fig",
            ),
            P(
                "Các giảng viên đạt giải cao sẽ được Nhà trường lựa chọn tham dự Hội giảng giảng viên lý luận"
                " chính trị toàn quốc năm 2027."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin: Hoàng Phúc</strong></p>'),
            Raw('<p class="has-text-align-right"><strong>Ảnh: Thanh Tâm</strong></p>'),
        ],
        authors=["Hoàng Phúc"],
        photographers=["Thanh Tâm"],
        opts={
            "at": "2026-11-19 16:40",
            "user": "phongdaotao",
            "en": "school-holds-the-2026-excellent-lecturer-contest",
            "tags": ["Hội thi giảng viên", "Giảng viên dạy giỏi"],
        },
    ),
    Story(
        id=2071,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k56",
        title="Khai giảng lớp Trung cấp lý luận chính trị – hành chính K56 hệ không tập trung",
        cat="dao-tao-boi-duong",
        published_at="2026-11-16",
        summary=(
            "Ngày 16/11/2026, Trường Chính trị tỉnh Tuyên Quang khai giảng lớp Trung cấp lý luận chính trị"
            " – hành chính K56 hệ không tập trung cho 92 học viên là cán bộ, công chức các xã, phường và các"
            " sở, ban, ngành của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học được tổ chức trong 8 tháng theo hình thức học tập trung mỗi tháng một tuần tại Trường."
                " Chương trình gồm 4 phần học: những vấn đề cơ bản của chủ nghĩa Mác – Lênin và tư tưởng Hồ"
                " Chí Minh; những vấn đề cơ bản về Đảng Cộng sản và Nhà nước; quản lý hành chính nhà nước và"
                " kỹ năng lãnh đạo, quản lý; tình hình, nhiệm vụ của tỉnh Tuyên Quang."
            ),
            Img(
                _g("khai-giang-k56"),
                "Ảnh: Đồng chí Phó Hiệu trưởng Nhà trường trao quyết định thành lập lớp",
                "Đồng chí Phó Hiệu trưởng Nhà trường trao quyết định thành lập lớp",
                "fig",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng yêu cầu học viên chấp hành nghiêm nội quy,"
                " quy chế học tập; phát huy tinh thần tự học, tích cực nghiên cứu, trao đổi và liên hệ với"
                " thực tiễn công tác tại cơ quan, đơn vị."
            ),
            P("Lịch học tuần thứ nhất của lớp như sau:"),
            P("Thời gian | Nội dung | Giảng viên", "th"),
            P(
                "Thứ Hai, 16/11 | Khai giảng; Triết học Mác – Lênin (bài 1) | ThS. Hoàng Văn Sơn",
                "tr",
            ),
            P("Thứ Ba, 17/11 | Triết học Mác – Lênin (bài 2, 3) | ThS. Hoàng Văn Sơn", "tr"),
            P("Thứ Tư, 18/11 | Kinh tế chính trị Mác – Lênin (bài 1) | ThS. Lý Thị Mai", "tr"),
            P("Thứ Năm, 19/11 | Chủ nghĩa xã hội khoa học (bài 1) | TS. Nguyễn Quang Vinh", "tr"),
            P("Thứ Sáu, 20/11 | Thảo luận tổ; ôn tập | Giáo viên chủ nhiệm", "tr"),
            P(
                "Học viên xem lịch học cả khóa tại mục Lịch học trên trang thông tin điện tử của Nhà trường.",
                "link|/lich-hoc/|Lịch học",
            ),
        ],
        authors=["Phòng Đào tạo"],
        opts={
            "at": "2026-11-16 10:05",
            "user": "phongdaotao",
            "cats": ["tin-hoat-dong"],
            "sapo": "excerpt",
            "en": "opening-of-the-k56-political-theory-and-administration-class",
            "tags": ["Trung cấp lý luận chính trị", "Khai giảng"],
        },
    ),
    Story(
        id=2064,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-12",
        summary=(
            "Chiều 11/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng"
            " cao chất lượng bài giảng gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”."
        ),
        blocks=[
            P(
                "Chiều 11/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng"
                " cao chất lượng bài giảng gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí"
                " Minh”.",
                "lead",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã nghe đồng chí Bí thư Chi bộ trình bày chuyên đề, làm rõ"
                " những yêu cầu đặt ra đối với đội ngũ giảng viên lý luận chính trị trong giai đoạn hiện nay:"
                " vững vàng về chính trị, sâu sắc về chuyên môn, gương mẫu về đạo đức, lối sống."
            ),
            Img(
                _g("chi-bo-xdd-quy-iv"),
                "(Đồng chí Bí thư Chi bộ Khoa Xây dựng Đảng trình bày chuyên đề)",
                "Đồng chí Bí thư Chi bộ Khoa Xây dựng Đảng trình bày chuyên đề",
                "fig",
            ),
            P(
                "Nhiều ý kiến thảo luận sôi nổi, tập trung vào việc đổi mới phương pháp giảng dạy, tăng cường"
                " đưa các ví dụ thực tiễn của địa phương vào bài giảng và nâng cao chất lượng hướng dẫn học"
                " viên viết tiểu luận, khóa luận cuối khóa."
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất đề ra 5 nhóm giải pháp cụ thể; mỗi đảng viên đăng"
                " ký ít nhất một việc làm thiết thực để thực hiện trong năm 2027."
            ),
            Raw(
                '<p class="has-text-align-right"><strong><em>Tin, ảnh: Lê Thu Hà</em></strong></p>'
            ),
        ],
        authors=["Lê Thu Hà"],
        photographers=["Lê Thu Hà"],
        opts={
            "at": "2026-11-12 15:20",
            "user": "vanphong",
            "updated": date(2026, 11, 18),
            "comments": True,
            "tags": ["Sinh hoạt chuyên đề", "Chi bộ"],
        },
    ),
    Story(
        id=2058,
        slug="boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi-khoa-iii-nam-2026",
        title="Bồi dưỡng lý luận chính trị cho đảng viên mới khóa III năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-09",
        blocks=[
            P(
                "Từ ngày 02 đến 07/11/2026, Trường Chính trị tỉnh phối hợp với Ban Tổ chức Tỉnh ủy mở lớp Bồi"
                " dưỡng lý luận chính trị dành cho đảng viên mới khóa III năm 2026. Tham dự lớp học có 115 đảng"
                " viên mới của các chi, đảng bộ trực thuộc Đảng bộ các cơ quan Đảng tỉnh."
            ),
            P("Trong thời gian học tập, học viên được nghiên cứu các chuyên đề:"),
            P(
                "Chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh – nền tảng tư tưởng, kim chỉ nam cho hành động"
                " của Đảng;",
                "li",
            ),
            P("Mục tiêu, con đường đi lên chủ nghĩa xã hội ở Việt Nam;", "li"),
            P("Tổ chức và hoạt động của Đảng Cộng sản Việt Nam;", "li"),
            P("Nhiệm vụ của đảng viên và vận dụng vào thực tiễn cơ quan, đơn vị.", "li"),
            Img(
                _g("dang-vien-moi-khoa-iii-1"),
                "Học viên lớp Bồi dưỡng đảng viên mới làm bài thu hoạch cuối khóa",
                "Học viên lớp Bồi dưỡng đảng viên mới làm bài thu hoạch cuối khóa",
                "att",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 68 học viên có bài thu hoạch đạt loại"
                " giỏi. Ban Tổ chức đã cấp giấy chứng nhận cho các học viên hoàn thành chương trình."
            ),
            Img(_g("dang-vien-moi-khoa-iii-2"), None, None, "att"),
        ],
        authors=["Phòng Đào tạo"],
        opts={"at": "2026-11-09 08:00", "user": "phongdaotao", "tags": ["Đảng viên mới"]},
    ),
    Story(
        id=2049,
        slug="hoi-thao-khoa-hoc-chuyen-doi-so-trong-dao-tao-boi-duong-can-bo",
        title="Hội thảo khoa học “Chuyển đổi số trong đào tạo, bồi dưỡng cán bộ tại Trường Chính trị tỉnh”",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-05",
        summary=(
            "Ngày 04/11/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường với chủ đề “Chuyển"
            " đổi số trong đào tạo, bồi dưỡng cán bộ tại Trường Chính trị tỉnh”, thu hút 26 tham luận của"
            " cán bộ, giảng viên trong và ngoài Nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tham luận tập trung làm rõ cơ sở lý luận, thực trạng ứng dụng công nghệ số trong quản lý"
                " đào tạo, giảng dạy và nghiên cứu khoa học tại Nhà trường; chỉ ra những khó khăn về hạ tầng,"
                " kỹ năng số của giảng viên và học viên."
            ),
            Img(
                _g("hoi-thao-chuyen-doi-so"),
                "Các đại biểu dự Hội thảo khoa học",
                "Các đại biểu dự Hội thảo khoa học",
                "fig",
            ),
            P(
                "Nhiều đại biểu đề xuất xây dựng kho học liệu số dùng chung, triển khai phần mềm quản lý học"
                " viên, tổ chức thí điểm một số chuyên đề theo hình thức trực tuyến kết hợp trực tiếp đối với"
                " các lớp bồi dưỡng ngắn hạn."
            ),
            P(
                "Kết luận Hội thảo, đồng chí Hiệu trưởng ghi nhận các ý kiến tâm huyết và giao Khoa Lý luận cơ"
                " sở tổng hợp, hoàn thiện kỷ yếu, làm cơ sở tham mưu xây dựng Đề án chuyển đổi số của Nhà"
                " trường giai đoạn 2027 – 2030."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Tin: Đặng Minh Tuấn - Ảnh: Thanh Tâm</strong></p>'
            ),
        ],
        authors=["Đặng Minh Tuấn"],
        photographers=["Thanh Tâm"],
        opts={
            "at": "2026-11-05 14:00",
            "user": "khoalyluan",
            "sapo": "excerpt",
            "en": "scientific-workshop-on-digital-transformation-in-cadre-training",
            "tags": ["Hội thảo khoa học", "Chuyển đổi số"],
        },
    ),
    Story(
        id=2036,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-28",
        blocks=[
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là “cái gốc của mọi công việc”. Người khẳng định: “Muôn"
                " việc thành công hoặc thất bại, đều do cán bộ tốt hoặc kém”. Tư tưởng đó đến nay vẫn giữ"
                " nguyên giá trị, là cơ sở để các trường chính trị xác định nội dung, phương pháp đào tạo,"
                " bồi dưỡng cán bộ, nhất là cán bộ cấp cơ sở."
            ),
            P("1. Yêu cầu đặt ra đối với cán bộ cơ sở sau sắp xếp đơn vị hành chính", "h2"),
            P(
                "Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, khối lượng công"
                " việc của cán bộ cấp xã tăng lên đáng kể. Đội ngũ này vừa phải nắm vững đường lối, chính"
                " sách, vừa phải có kỹ năng giải quyết trực tiếp những vấn đề phát sinh từ cơ sở."
            ),
            P("2. Một số giải pháp", "h2"),
            P(
                "Thứ nhất, đổi mới nội dung chương trình theo hướng tinh gọn lý thuyết, tăng thời lượng thực"
                " hành, tình huống; đưa các vấn đề thực tiễn của tỉnh vào bài giảng."
            ),
            P(
                "Thứ hai, nâng cao chất lượng đội ngũ giảng viên, bảo đảm mỗi giảng viên vừa có kiến thức lý"
                " luận sâu sắc vừa am hiểu thực tiễn cơ sở thông qua chế độ đi thực tế."
            ),
            P(
                "Thứ ba, gắn đào tạo với sử dụng, phối hợp chặt chẽ với cấp ủy, chính quyền các xã, phường"
                " trong việc cử cán bộ đi học và đánh giá kết quả sau đào tạo."
            ),
            P("Tài liệu tham khảo:", "b"),
            P(
                "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309."
            ),
            P(
                "[2] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị"
                " quốc gia Sự thật, Hà Nội, 2021, t.I."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>ThS. Nguyễn Thị Hoa - Khoa Lý luận cơ sở</strong></p>'
            ),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={
            "at": "2026-10-28 07:45",
            "user": "khoalyluan",
            "tags": ["Tư tưởng Hồ Chí Minh", "Cán bộ cơ sở"],
        },
    ),
    Story(
        id=2029,
        slug="hoc-vien-lop-trung-cap-ly-luan-chinh-tri-k54-nghien-cuu-thuc-te-tai-xa-lam-binh",
        title="Học viên lớp Trung cấp lý luận chính trị K54 nghiên cứu thực tế tại xã Lâm Bình",
        cat="tin-hoat-dong",
        published_at="2026-10-22",
        blocks=[
            P(
                "Từ ngày 19 đến 21/10/2026, Trường Chính trị tỉnh tổ chức cho 86 học viên lớp Trung cấp lý"
                " luận chính trị – hành chính K54 đi nghiên cứu thực tế tại xã Lâm Bình."
            ),
            Img(
                f"{_O}/thuc-te-lam-binh-1-800x533.jpg",
                "Đoàn công tác làm việc với Đảng ủy, UBND xã Lâm Bình",
                "Đoàn công tác làm việc với Đảng ủy, UBND xã Lâm Bình",
                "wpcap",
            ),
            P(
                "Tại đây, đoàn đã nghe lãnh đạo xã báo cáo tình hình phát triển kinh tế – xã hội, công tác xây"
                " dựng Đảng và hệ thống chính trị; kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng"
                " nông thôn mới và phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số."
            ),
            Img(
                f"{_O}/thuc-te-lam-binh-2-800x533.jpg",
                "Học viên tham quan mô hình du lịch cộng đồng tại thôn Nà Thẳm",
                "Học viên tham quan mô hình du lịch cộng đồng tại thôn Nà Thẳm",
                "em",
            ),
            P(
                "Chuyến nghiên cứu thực tế giúp học viên có thêm tư liệu để hoàn thành bài thu hoạch, đồng thời"
                " học tập kinh nghiệm trong lãnh đạo, điều hành ở cơ sở."
            ),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Nguyễn Văn Khánh</strong></p>'),
        ],
        authors=["Nguyễn Văn Khánh"],
        photographers=["Nguyễn Văn Khánh"],
        opts={
            "at": "2026-10-22 17:10",
            "user": "phongdaotao",
            "classic": True,
            "tags": ["Nghiên cứu thực tế"],
        },
    ),
    Story(
        id=2021,
        slug="cong-doan-truong-to-chuc-hoi-thao-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn Trường tổ chức Hội thao chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="tin-hoat-dong",
        published_at="2026-10-19",
        blocks=[
            P(
                "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 –"
                " 20/10/2026), ngày 17/10/2026, Công đoàn Trường Chính trị tỉnh tổ chức Hội thao với các môn"
                " kéo co, nhảy bao bố và bóng chuyền hơi nữ."
            ),
            P("Một số hình ảnh tại Hội thao:"),
            Img(
                f"{_O}/z5938475612034_8f2c1a9b7e3d4f6a91c2d3e4f5a6b7c8-1024x768.jpg",
                "z5938475612034_8f2c1a9b7e3d4f6a91c2d3e4f5a6b7c8",
                None,
                "fig",
            ),
            Img(
                f"{_O}/z5938475620417_1b2c3d4e5f60718293a4b5c6d7e8f901-1024x768.jpg",
                None,
                None,
                "fig",
            ),
            Img(
                f"{_O}/z5938475633190_a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4-1024x768.jpg",
                None,
                None,
                "fig",
            ),
            Img(
                f"{_O}/z5938475645562_0f1e2d3c4b5a69788796a5b4c3d2e1f0-1024x768.jpg",
                None,
                None,
                "fig",
            ),
            Raw('<p class="has-text-align-right"><em>Ảnh: Thanh Tâm</em></p>'),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        photographers=["Thanh Tâm"],
        opts={
            "at": "2026-10-19 11:30",
            "user": "vanphong",
            "tags": ["Công đoàn", "Ngày Phụ nữ Việt Nam"],
        },
    ),
    Story(
        id=2013,
        slug="hoi-nghi-bao-cao-vien-thang-10-nam-2026",
        title="Hội nghị báo cáo viên tháng 10 năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-15",
        source="Báo Tuyên Quang",
        blocks=[
            P(
                "Sáng 14/10/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 10 năm"
                " 2026 theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu cơ sở. Cán bộ, giảng viên"
                " Trường Chính trị tỉnh tham dự tại điểm cầu của Nhà trường."
            ),
            P(
                "Tại hội nghị, các đại biểu được thông tin về tình hình thời sự nổi bật trong nước, quốc tế;"
                " tình hình kinh tế – xã hội của tỉnh 9 tháng đầu năm và nhiệm vụ trọng tâm những tháng cuối"
                " năm 2026."
            ),
            Img(
                f"{_O}/hoi-nghi-bao-cao-vien-t10-1024x683.jpg",
                "Cán bộ, giảng viên Nhà trường dự Hội nghị tại điểm cầu Trường Chính trị tỉnh",
                "Cán bộ, giảng viên Nhà trường dự Hội nghị tại điểm cầu Trường Chính trị tỉnh",
                "fig",
            ),
            P(
                "Hội nghị cũng định hướng công tác tuyên truyền trong thời gian tới, trong đó tập trung tuyên"
                " truyền kết quả thực hiện nghị quyết đại hội đảng bộ các cấp và các phong trào thi đua yêu"
                " nước."
            ),
            Raw('<p class="has-text-align-right"><strong>Thu Phương</strong></p>'),
            Raw('<p class="has-text-align-right"><em>Nguồn: Báo Tuyên Quang</em></p>'),
        ],
        authors=["Thu Phương"],
        opts={"at": "2026-10-15 09:00", "user": "bientap", "tags": ["Báo cáo viên"]},
    ),
    Story(
        id=2004,
        slug="be-giang-lop-boi-duong-cap-nhat-kien-thuc-cho-can-bo-lanh-dao-quan-ly-nam-2026",
        title="Bế giảng lớp Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-10-08",
        summary=(
            "Chiều 07/10/2026, Trường Chính trị tỉnh tổ chức bế giảng lớp Bồi dưỡng cập nhật kiến thức cho"
            " cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý năm 2026."
        ),
        blocks=[
            P(
                "Chiều 07/10/2026, Trường Chính trị tỉnh tổ chức bế giảng lớp Bồi dưỡng cập nhật kiến thức cho"
                " cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý năm 2026.",
                "lead",
            ),
            P(
                "Sau 5 ngày học tập, 64 học viên đã được cập nhật những nội dung mới về tình hình thế giới,"
                " khu vực; kinh tế số, chuyển đổi xanh; công tác bảo vệ nền tảng tư tưởng của Đảng và kỹ năng"
                " lãnh đạo, quản lý trong bối cảnh mới."
            ),
            Img(
                f"{_O}/be-giang-cap-nhat-kien-thuc-2026-1024x683.jpg",
                "Lãnh đạo Nhà trường trao giấy chứng nhận cho học viên",
                "Lãnh đạo Nhà trường trao giấy chứng nhận cho học viên",
                "fig",
            ),
            P(
                "Đánh giá kết quả lớp học, Ban Chủ nhiệm lớp cho biết các học viên đã tham gia đầy đủ, nghiêm"
                " túc; nhiều ý kiến trao đổi chất lượng, gắn với thực tiễn công tác tại địa phương, đơn vị."
            ),
            Raw('<p class="has-text-align-right"><em>Minh Đức</em></p>'),
        ],
        authors=["Minh Đức"],
        opts={
            "at": "2026-10-08 16:00",
            "user": "admin",
            "en": "closing-of-the-2026-knowledge-update-course-for-leaders",
            "tags": ["Bồi dưỡng cập nhật kiến thức"],
        },
    ),
    Story(
        id=1975,
        slug="thong-bao-lich-hoc-lop-boi-duong-nhan-thuc-ve-dang-khoa-ii-nam-2026",
        title="Thông báo lịch học lớp Bồi dưỡng nhận thức về Đảng khóa II năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-09-28",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo lịch học lớp Bồi dưỡng nhận thức về Đảng khóa II năm 2026"
                " dành cho quần chúng ưu tú là đối tượng kết nạp Đảng của các chi, đảng bộ trực thuộc."
            ),
            P(
                "Thời gian học: từ ngày 05/10 đến ngày 09/10/2026 (buổi sáng từ 7 giờ 30, buổi chiều từ 13 giờ 30)."
            ),
            P("Địa điểm: Hội trường B, Trường Chính trị tỉnh Tuyên Quang."),
            P(
                "Đề nghị các đơn vị thông báo cho học viên có mặt đúng thời gian, mang theo giấy giới thiệu và"
                " ảnh 3x4 để làm thủ tục nhập học."
            ),
        ],
        authors=["Phòng Đào tạo"],
        opts={
            "at": "2026-09-28 10:20",
            "user": "phongdaotao",
            "file": (
                f"{UP}/2026/09/ke-hoach-lop-nhan-thuc-ve-dang-khoa-ii-2026.pdf",
                "Kế hoạch lớp Bồi dưỡng nhận thức về Đảng khóa II năm 2026",
            ),
            "tags": ["Nhận thức về Đảng"],
        },
    ),
]

_BY_SLUG = {s.slug: s for s in STORIES}
_BY_ID = {s.id: s for s in STORIES}


def _slugify(value: str) -> str:
    """WordPress's sanitize_title for Vietnamese: accents dropped, "đ" to "d", dashes."""
    folded = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


#: tag slug -> name
TAGS: dict[str, str] = {_slugify(t): t for s in STORIES for t in s.opts.get("tags", [])}


@dataclass(frozen=True)
class EnPost:
    """An English translation (Polylang): its own post, slug and date; linked to its Vietnamese twin."""

    id: int
    vi: int
    slug: str
    title: str
    at: str
    paragraphs: tuple[str, ...]
    image: str | None
    caption: str | None


EN_POSTS: list[EnPost] = [
    EnPost(
        2091, 2087, "school-holds-the-2026-excellent-lecturer-contest",
        "School holds the 2026 Excellent Lecturer Contest", "2026-11-20 10:00",
        (
            "From 12 to 14 November 2026, Tuyen Quang Provincial Political School held its 2026 Excellent"
            " Lecturer Contest with 14 lecturers from four faculties.",
            "Each lecturer delivered a 45-minute political theory lesson. The first prize went to lecturer"
            " Ma Thi Huyen of the Faculty of State and Law.",
        ),
        _g("hoi-thi-gvdg-2026-1"), "The jury assesses the lectures",
    ),
    EnPost(
        2075, 2071, "opening-of-the-k56-political-theory-and-administration-class",
        "Opening of the K56 intermediate political theory and public administration class",
        "2026-11-17 08:30",
        (
            "On 16 November 2026, the School opened the K56 part-time intermediate political theory and"
            " public administration class for 92 officials of communes, wards and provincial agencies.",
            "The eight-month course is taught one week a month at the School.",
        ),
        _g("khai-giang-k56"), None,
    ),
    EnPost(
        2053, 2049, "scientific-workshop-on-digital-transformation-in-cadre-training",
        "Scientific workshop on digital transformation in cadre training", "2026-11-06 09:00",
        (
            "On 4 November 2026, the School held a scientific workshop on digital transformation in the"
            " training of cadres, with 26 papers from lecturers and guests.",
            "Participants proposed a shared digital learning repository and blended courses.",
        ),
        None, None,
    ),
    EnPost(
        2008, 2004, "closing-of-the-2026-knowledge-update-course-for-leaders",
        "Closing of the 2026 knowledge update course for leaders and managers", "2026-10-09 15:00",
        (
            "On 7 October 2026, the School closed the 2026 knowledge update course for 64 leaders and"
            " managers under the Standing Board of the Provincial Party Committee.",
        ),
        f"{_O}/be-giang-cap-nhat-kien-thuc-2026-1024x683.jpg", "Certificates are awarded to participants",
    ),
]  # fmt: skip
_EN_BY_SLUG = {e.slug: e for e in EN_POSTS}
_EN_BY_VI = {e.vi: e for e in EN_POSTS}

#: the readers' comments on the commented post: (id, parent, name, local time, text)
COMMENTS: list[tuple[int, int, str, str, str]] = [
    (57, 0, "Nguyễn Văn Bình", "2026-11-13 08:12",
     "Buổi sinh hoạt chuyên đề rất thiết thực, chúc Chi bộ ngày càng vững mạnh!"),
    (58, 0, "Trần Thị Ngọc", "2026-11-14 21:40",
     "Mong Nhà trường chia sẻ thêm tài liệu chuyên đề để các chi bộ cơ sở tham khảo."),
    (59, 58, "Phòng Tổ chức - Hành chính", "2026-11-15 07:05",
     "Cảm ơn chị, tài liệu đã được đăng tại mục Thư viện trên trang của Nhà trường."),
]  # fmt: skip

#: the document library of /thu-vien/: (file, title, issued)
LIBRARY: list[tuple[str, str, str]] = [
    (f"{UP}/2026/10/ke-hoach.pdf", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "15/10/2026"),
    (f"{UP}/2026/10/chuyen-de-sinh-hoat-quy-iv-2026.pdf", "Tài liệu sinh hoạt chuyên đề quý IV năm 2026", "30/10/2026"),
    (f"{UP}/2026/09/quy-che-hoc-vien-2026.pdf", "Quy chế học viên (sửa đổi năm 2026)", "10/09/2026"),
    (f"{UP}/2026/09/ke-hoach-lop-nhan-thuc-ve-dang-khoa-ii-2026.pdf", "Kế hoạch lớp Bồi dưỡng nhận thức về Đảng khóa II", "28/09/2026"),
]  # fmt: skip
PDFS = {f for f, _, _ in LIBRARY}

#: attachment pages: (post id, attachment slug, image index in the post)
ATTACHMENTS: list[tuple[int, str, int]] = [
    (2058, "dang-vien-moi-khoa-iii-1", 0),
    (2058, "dang-vien-moi-khoa-iii-2", 1),
]

PAGES: dict[str, tuple[int, str]] = {
    "/gioi-thieu/": (12, "Giới thiệu"),
    "/lien-he/": (14, "Liên hệ"),
    "/thu-vien/": (16, "Thư viện tài liệu"),
    "/lich-hoc/": (18, "Lịch học"),
}
EN_PAGES: dict[str, tuple[int, str]] = {
    "/en/about-us/": (20, "About us"),
    "/en/contact/": (22, "Contact"),
}


# --------------------------------------------------------------------------- data helpers


def _at(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _en_at(e: EnPost) -> datetime:
    return datetime.strptime(e.at, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(cat: str | None = None) -> list[Story]:
    out = sorted(STORIES, key=_at, reverse=True)
    if cat:
        out = [s for s in out if s.cat == cat or cat in s.opts.get("cats", [])]
    return out


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}/"


def en_path(e: EnPost) -> str:
    return f"/en/news/{e.slug}/"


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def vi_date(d: date | datetime) -> str:
    """WordPress's Vietnamese "M j, Y": ``Th11 9, 2026``."""
    return f"Th{d.month} {d.day}, {d.year}"


def en_date(d: date | datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _iso_utc(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _month_posts(y: int, m: int, d: int | None = None) -> list[Story]:
    return [
        s
        for s in newest()
        if _at(s).year == y and _at(s).month == m and (d is None or _at(s).day == d)
    ]


def _user_posts(login: str) -> list[Story]:
    return [s for s in newest() if s.opts["user"] == login]


def _tag_posts(slug: str) -> list[Story]:
    return [s for s in newest() if slug in {_slugify(t) for t in s.opts.get("tags", [])}]


def _attachment_path(post_id: int, slug: str) -> str:
    return f"{article_path(_BY_ID[post_id])}{slug}/"


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = []
for _s in STORIES:
    _alts = [article_path(_s) + "?lang=vi"]
    if _s.opts.get("comments"):
        _alts += [f"{article_path(_s)}?replytocom={c[0]}" for c in COMMENTS]
    GOLD.append(gold_record(_s, article_path(_s), CATS[_s.cat], alt_paths=_alts))

NON_ARTICLES: list[str] = [
    "/",
    *(
        f"/category/{c}/" + (f"page/{n}/" if n > 1 else "")
        for c in CATS
        for n in range(1, _pages(len(newest(c))) + 1)
    ),
    *(
        f"/author/{u}/" + (f"page/{n}/" if n > 1 else "")
        for u in USERS
        for n in range(1, _pages(len(_user_posts(u))) + 1)
        if _user_posts(u)
    ),
    *(
        f"/2026/{m:02d}/" + (f"page/{n}/" if n > 1 else "")
        for m in (9, 10, 11)
        for n in range(1, _pages(len(_month_posts(2026, m))) + 1)
    ),
    *sorted({f"/2026/11/{_at(s).day:02d}/" for s in _month_posts(2026, 11)}),
    *(f"/tag/{t}/" for t in TAGS),
    *PAGES,
    *(_attachment_path(p, a) for p, a, _ in ATTACHMENTS),
    "/en/",
    *(f"/en/category/{EN_CATS[c][0]}/" for c in CATS),
    *sorted({f"/en/author/{_BY_ID[e.vi].opts['user']}/" for e in EN_POSTS}),
    *(en_path(e) for e in EN_POSTS),
    *EN_PAGES,
]


# --------------------------------------------------------------------------- rendering helpers

_TEXTURIZE = {
    "“": "&#8220;",
    "”": "&#8221;",
    "‘": "&#8216;",
    "’": "&#8217;",
    "–": "&#8211;",
    "—": "&#8212;",
    "…": "&#8230;",
}


def tx(value: str) -> str:
    """Escaped text as wptexturize leaves it: curly quotes and dashes as numeric references."""
    out = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def _svg(w: int, h: int) -> str:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"></svg>'
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _size(src: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.jpg$", src)
    return (int(m.group(1)), int(m.group(2))) if m else (1024, 683)


def _small(src: str) -> str:
    return re.sub(r"-\d+x\d+\.jpg$", "-300x200.jpg", src)


def _original(src: str) -> str:
    return re.sub(r"-\d+x\d+\.jpg$", ".jpg", src)


def lazy_img(src: str, cls: str, alt: str = "") -> str:
    """LiteSpeed Cache's lazy image: an SVG placeholder in src, the photo in data-src and noscript."""
    w, h = _size(src)
    srcset = f"{src} {w}w" + (f", {_small(src)} 300w" if w > 300 else "")
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    return (
        f'<img decoding="async" width="{w}" height="{h}" data-lazyloaded="1" src="{_svg(w, h)}"'
        f' data-src="{esc(src)}" alt="{esc(alt)}" class="{cls}" data-srcset="{esc(srcset)}"'
        f' data-sizes="{sizes}" /><noscript><img decoding="async" width="{w}" height="{h}"'
        f' src="{esc(src)}" alt="{esc(alt)}" class="{cls}" srcset="{esc(srcset)}" sizes="{sizes}"'
        " /></noscript>"
    )


def _image_ids(s: Story) -> dict[int, int]:
    return {i: s.id + 1 + i for i, _ in enumerate(s.images)}


def _gallery_figure(img: Img, wid: int, s: Story) -> str:
    cap = (
        f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>'
        if img.printed
        else ""
    )
    return f'<figure class="wp-block-image size-large">{lazy_img(img.src, f"wp-image-{wid}")}{cap}</figure>'


def content_html(s: Story) -> str:
    """The post's content as WordPress renders it (Gutenberg blocks or the classic editor)."""
    out: list[str] = []
    ids = _image_ids(s)
    images = s.images
    group: list[P | Img] = []
    kind = ""

    def flush() -> None:
        nonlocal kind
        if not group:
            return
        if kind == "li":
            out.append(
                '<ul class="wp-block-list">'
                + "".join(f"<li>{tx(b.text)}</li>" for b in group)
                + "</ul>"
            )
        elif kind == "table":
            head = [b for b in group if b.style == "th"]
            body = [b for b in group if b.style == "tr"]
            thead = "".join(
                "<tr>" + "".join(f"<th>{tx(c)}</th>" for c in b.text.split(" | ")) + "</tr>"
                for b in head
            )
            tbody = "".join(
                "<tr>" + "".join(f"<td>{tx(c)}</td>" for c in b.text.split(" | ")) + "</tr>"
                for b in body
            )
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f"<thead>{thead}</thead><tbody>{tbody}</tbody></table></figure>"
            )
        elif kind == "pq":
            quote_p = next(b for b in group if b.style == "pq")
            cite = next((b for b in group if b.style == "cite"), None)
            cite_html = f"<cite>{tx(cite.text)}</cite>" if cite else ""
            out.append(
                f'<figure class="wp-block-pullquote"><blockquote><p>{tx(quote_p.text)}</p>{cite_html}'
                "</blockquote></figure>"
            )
        elif kind == "gal":
            inner = "\n".join(_gallery_figure(b, ids[images.index(b)], s) for b in group)
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-default is-cropped'
                ' wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                f"{inner}\n</figure>"
            )
        group.clear()
        kind = ""

    for b in s.blocks:
        k = ""
        if isinstance(b, P) and b.style == "li":
            k = "li"
        elif isinstance(b, P) and b.style in ("th", "tr"):
            k = "table"
        elif isinstance(b, P) and b.style in ("pq", "cite"):
            k = "pq"
        elif isinstance(b, Img) and b.style == "gal":
            k = "gal"
        if k and k == kind:
            group.append(b)
            continue
        flush()
        if k:
            kind = k
            group.append(b)
            continue
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style == "lead":
                out.append(f"<p><strong>{tx(b.text)}</strong></p>")
            elif b.style == "h2":
                out.append(f'<h2 class="wp-block-heading">{tx(b.text)}</h2>')
            elif b.style == "b":
                out.append(f"<p><strong>{tx(b.text)}</strong></p>")
            elif b.style.startswith("link|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(f'<p>{tx(before)}<a href="{href}">{tx(phrase)}</a>{tx(after)}</p>')
            elif s.opts.get("classic"):
                out.append(f'<p style="text-align: justify;">{tx(b.text)}</p>')
            else:
                out.append(f"<p>{tx(b.text)}</p>")
        elif isinstance(b, Img):
            wid = ids[images.index(b)]
            if b.style == "fig":
                cap = (
                    f'<figcaption class="wp-element-caption">{tx(b.printed)}</figcaption>'
                    if b.printed
                    else ""
                )
                out.append(
                    f'<figure class="wp-block-image aligncenter size-large">{lazy_img(b.src, f"wp-image-{wid}")}{cap}</figure>'
                )
            elif b.style == "att":
                att = next(a for p, a, i in ATTACHMENTS if p == s.id and i == images.index(b))
                cap = (
                    f'<figcaption class="wp-element-caption">{tx(b.printed)}</figcaption>'
                    if b.printed
                    else ""
                )
                out.append(
                    f'<figure class="wp-block-image size-large"><a href="{_attachment_path(s.id, att)}">'
                    f"{lazy_img(b.src, f'wp-image-{wid}')}</a>{cap}</figure>"
                )
            elif b.style == "wpcap":
                w, _ = _size(b.src)
                out.append(
                    f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: {w}px"'
                    f' class="wp-caption aligncenter">{lazy_img(b.src, f"size-large wp-image-{wid}")}'
                    f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{tx(b.printed or "")}</figcaption></figure>'
                )
            elif b.style == "em":
                out.append(
                    f'<p style="text-align: center;">{lazy_img(b.src, f"aligncenter size-large wp-image-{wid}")}</p>'
                )
                out.append(f'<p style="text-align: center;"><em>{tx(b.printed or "")}</em></p>')
    flush()
    if s.opts.get("file"):
        href, label = s.opts["file"]
        out.append(
            f'<div class="wp-block-file"><a id="wp-block-file--media-{s.id}" href="{href}">{tx(label)} (PDF)</a>'
            f'<a href="{href}" class="wp-block-file__button wp-element-button" download'
            f' aria-describedby="wp-block-file--media-{s.id}">Tải xuống</a></div>'
        )
    return "\n".join(out)


# --------------------------------------------------------------------------- page chrome

_STRINGS = {
    "vi": {
        "home": "Trang chủ", "by": "Bởi", "search": "Tìm kiếm …", "search_btn": "Tìm kiếm",
        "recent": "Bài viết mới", "related": "Bài viết liên quan", "share": "Chia sẻ",
        "closed": "Bình luận đã bị đóng.", "page": "Trang", "next": "Sau »", "prev": "« Trước",
        "login": "Đăng nhập", "nav": "Phân trang bài viết", "tags": "Thẻ:",
    },
    "en": {
        "home": "Home", "by": "By", "search": "Search …", "search_btn": "Search",
        "recent": "Recent posts", "related": "Related posts", "share": "Share",
        "closed": "Comments are closed.", "page": "Page", "next": "Next »", "prev": "« Previous",
        "login": "Log in", "nav": "Posts navigation", "tags": "Tags:",
    },
}  # fmt: skip


def _menu(lang: str) -> str:
    if lang == "vi":
        cats = "".join(
            f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a class="dropdown-item"'
            f' href="/category/{c}/">{tx(n)}</a></li>'
            for c, n in CATS.items()
        )
        items = [
            (
                '<li class="menu-item menu-item-home"><a class="nav-link" title="Trang chủ" href="/">Trang chủ</a></li>'
            ),
            '<li class="menu-item"><a class="nav-link" title="Giới thiệu" href="/gioi-thieu/">Giới thiệu</a></li>',
            '<li class="menu-item menu-item-has-children dropdown"><a class="nav-link dropdown-toggle" href="#"'
            f' data-toggle="dropdown">Tin tức</a><ul class="dropdown-menu">{cats}</ul></li>',
            '<li class="menu-item"><a class="nav-link" title="Lịch học" href="/lich-hoc/">Lịch học</a></li>',
            '<li class="menu-item"><a class="nav-link" title="Thư viện" href="/thu-vien/">Thư viện</a></li>',
            '<li class="menu-item"><a class="nav-link" title="Liên hệ" href="/lien-he/">Liên hệ</a></li>',
        ]
    else:
        cats = "".join(
            f'<li class="menu-item"><a class="dropdown-item" href="/en/category/{EN_CATS[c][0]}/">{EN_CATS[c][1]}</a></li>'
            for c in CATS
        )
        items = [
            '<li class="menu-item menu-item-home"><a class="nav-link" href="/en/">Home</a></li>',
            '<li class="menu-item"><a class="nav-link" href="/en/about-us/">About us</a></li>',
            '<li class="menu-item menu-item-has-children dropdown"><a class="nav-link dropdown-toggle" href="#"'
            f' data-toggle="dropdown">News</a><ul class="dropdown-menu">{cats}</ul></li>',
            '<li class="menu-item"><a class="nav-link" href="/en/contact/">Contact</a></li>',
        ]
    return (
        '<nav class="navbar navbar-expand-lg navbar-wp"><div class="container-fluid">'
        '<div class="collapse navbar-collapse" id="navbar-wp"><ul id="menu-main" class="nav navbar-nav mr-auto">'
        + "".join(items)
        + "</ul></div></div></nav>"
    )


def _switcher(vi_href: str, en_href: str, current: str) -> str:
    def item(code: str, href: str, label: str, hreflang: str) -> str:
        cur = " current-lang" if code == current else ""
        return (
            f'<li class="lang-item lang-item-{code}{cur}"><a lang="{hreflang}" hreflang="{hreflang}" href="{href}">'
            f'<img src="/wp-content/plugins/polylang/flags/{"vn" if code == "vi" else "gb"}.png" alt="" width="16"'
            f' height="11" style="width: 16px; height: 11px;" /><span style="margin-left:0.3em;">{label}</span></a></li>'
        )

    return (
        '<ul class="tct-lang-switcher">'
        + item("vi", vi_href, "VI", "vi")
        + '<li class="sep">|</li>'
        + item("en", en_href, "EN", "en-GB")
        + "</ul>"
    )


def _topbar(lang: str, vi_href: str, en_href: str) -> str:
    today = TODAY if lang == "vi" else "Wednesday, November 25, 2026"
    st = _STRINGS[lang]
    return (
        '<div class="mg-head-detail hidden-xs"><div class="container-fluid"><div class="row align-items-center">'
        '<div class="col-md-6 col-xs-12"><ul class="info-left">'
        f'<li><i class="fas fa-calendar-alt"></i> <span class="time">{today}</span></li></ul></div>'
        '<div class="col-md-6 col-xs-12"><ul class="mg-social info-right">'
        '<li><a target="_blank" href="https://www.facebook.com/truongchinhtrituyenquang"><span class="icon-soci facebook">'
        '<i class="fab fa-facebook"></i></span></a></li>'
        '<li><a target="_blank" href="https://www.youtube.com/@truongchinhtrituyenquang"><span class="icon-soci youtube">'
        '<i class="fab fa-youtube"></i></span></a></li>'
        f'<li><a href="/wp-login.php"><i class="fas fa-user"></i> {st["login"]}</a></li>'
        f"<li>{_switcher(vi_href, en_href, lang)}</li></ul></div></div></div></div>"
    )


def _header(lang: str, vi_href: str, en_href: str) -> str:
    home = "/" if lang == "vi" else "/en/"
    name = SITE if lang == "vi" else SITE_EN
    tagline = (
        "Đào tạo, bồi dưỡng cán bộ – Nghiên cứu khoa học"
        if lang == "vi"
        else "Cadre training and research"
    )
    return (
        '<header class="mg-headwidget">'
        + _topbar(lang, vi_href, en_href)
        + '<div class="clearfix"></div><div class="mg-nav-widget-area-back" style="background-image: url('
        + f'\'{UP}/2024/05/header-bg.jpg\');"><div class="overlay"><div class="inner"><div class="container-fluid">'
        + '<div class="mg-nav-widget-area"><div class="row align-items-center"><div class="col-md-3 text-center-xs">'
        + f'<div class="navbar-header"><a href="{home}" class="custom-logo-link" rel="home"><img width="120" height="120"'
        + f' src="{UP}/2024/05/logo-tct.png" class="custom-logo" alt="{esc(name)}" decoding="async" /></a>'
        + f'<div class="site-branding-text"><p class="site-title"><a href="{home}" rel="home">{tx(name)}</a></p>'
        + f'<p class="site-description">{tx(tagline)}</p></div></div></div>'
        + '<div class="col-md-9"><div class="header-ads"><a href="https://tuyenquang.dcs.vn" target="_blank">'
        + f'<img src="{UP}/2024/06/banner-dang-bo-tinh.jpg" alt="" width="728" height="90" /></a></div></div></div></div>'
        + "</div></div></div></div>"
        + '<div class="mg-menu-full">'
        + _menu(lang)
        + "</div></header>"
    )


def _search_form(lang: str) -> str:
    st = _STRINGS[lang]
    action = "/" if lang == "vi" else "/en/"
    return (
        f'<form role="search" method="get" class="search-form" action="{action}"><div class="input-group">'
        f'<input type="search" class="form-control" placeholder="{st["search"]}" value="" name="s" />'
        f'<input type="hidden" name="lang" value="{lang}" />'
        f'<span class="input-group-btn btn-default"><button type="submit" class="btn">{st["search_btn"]}</button></span>'
        "</div></form>"
    )


def _latest_block(lang: str) -> str:
    if lang == "vi":
        items = [(article_path(s), s.title, _at(s), vi_date(_at(s))) for s in newest()[:5]]
    else:
        items = [(en_path(e), e.title, _en_at(e), en_date(_en_at(e))) for e in EN_POSTS]
    lis = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{href}">{tx(title)}</a>'
        f'<time datetime="{d.isoformat()}" class="wp-block-latest-posts__post-date">{shown}</time></li>'
        for href, title, d, shown in items
    )
    return f'<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{lis}</ul>'


def _calendar() -> str:
    days = {_at(s).day for s in _month_posts(2026, 11)}
    first = date(2026, 11, 1)
    cells = [""] * first.weekday()
    for d in range(1, 31):
        day = date(2026, 11, d)
        label = f"Các bài viết đã được xuất bản vào {vi_date(day)}"
        if d in days:
            cells.append(f'<a href="/2026/11/{d:02d}/" aria-label="{label}">{d}</a>')
        elif day == date(2026, 11, 25):
            cells.append(f'<span id="today">{d}</span>')
        else:
            cells.append(str(d))
    while len(cells) % 7:
        cells.append("")
    rows = "".join(
        "<tr>"
        + "".join(f"<td>{c}</td>" if c else '<td class="pad">&nbsp;</td>' for c in cells[i : i + 7])
        + "</tr>"
        for i in range(0, len(cells), 7)
    )
    head = "".join(
        f'<th scope="col" title="{w}">{w[4:5] if w.startswith("Thứ") else "C"}</th>'
        for w in WEEKDAYS
    )
    return (
        '<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">'
        "<caption>Tháng Mười Một 2026</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        '<nav aria-label="Tháng trước và tháng sau" class="wp-calendar-nav">'
        '<span class="wp-calendar-nav-prev"><a href="/2026/10/">« Th10</a></span>'
        '<span class="pad">&nbsp;</span><span class="wp-calendar-nav-next">&nbsp;</span></nav></div>'
    )


def _archives() -> str:
    lis = "".join(
        f"<li><a href='/2026/{m:02d}/'>Tháng {VI_MONTHS[m - 1]} 2026</a>&nbsp;({len(_month_posts(2026, m))})</li>"
        for m in (11, 10, 9)
    )
    return f"<ul>{lis}</ul>"


def _widget(title: str, inner: str, cls: str = "widget_block") -> str:
    return (
        f'<div class="mg-widget {cls}"><div class="mg-wid-title"><h6 class="wtitle">{tx(title)}</h6></div>'
        f"{inner}</div>"
    )


def _sidebar(lang: str) -> str:
    st = _STRINGS[lang]
    parts = [
        _widget(st["search_btn"], _search_form(lang), "widget_search"),
        _widget(st["recent"], _latest_block(lang)),
    ]
    if lang == "vi":
        parts += [
            _widget("Lịch", _calendar(), "widget_calendar"),
            _widget("Lưu trữ", _archives(), "widget_archive"),
            _widget(
                "Liên kết",
                '<div class="tct-banners">'
                f'<a href="https://hcma.vn" target="_blank"><img src="{UP}/2024/06/banner-hvctqg.jpg" alt="Học viện Chính trị quốc gia Hồ Chí Minh" /></a>'
                f'<a href="https://tuyenquang.gov.vn" target="_blank"><img src="{UP}/2024/06/banner-cong-ttdt.jpg" alt="Cổng thông tin điện tử tỉnh" /></a>'
                f'<a href="https://dichvucong.gov.vn" target="_blank"><img src="{UP}/2024/06/banner-dvc.jpg" alt="Dịch vụ công" /></a>'
                "</div>",
                "widget_media_gallery",
            ),
            _widget(
                "Thống kê truy cập",
                '<div class="wp-statistics-widget"><ul>'
                "<li><label>Đang truy cập:</label> 14</li>"
                "<li><label>Hôm nay:</label> 386</li>"
                "<li><label>Hôm qua:</label> 512</li>"
                "<li><label>Tổng lượt truy cập:</label> 1.204.395</li></ul></div>",
                "widget_wp_statistics_widget",
            ),
        ]
    return (
        '<aside class="col-md-4 sidebar-sticky"><div id="sidebar-right" class="mg-sidebar">'
        + "".join(parts)
        + "</div></aside>"
    )


def _footer(lang: str) -> str:
    name = SITE if lang == "vi" else SITE_EN
    addr = ADDRESS if lang == "vi" else ADDRESS_EN
    lab = (
        ("Địa chỉ", "Đường dây nóng", "Thư điện tử")
        if lang == "vi"
        else ("Address", "Hotline", "Email")
    )
    copy = (
        f"Bản quyền © 2026 {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
        if lang == "vi"
        else f"Copyright © 2026 {SITE_EN}."
    )
    return (
        '<footer class="footer back-img"><div class="overlay"><div class="mg-footer-widget-area"><div class="container-fluid">'
        '<div class="row"><div class="col-md-6"><div class="mg-widget">'
        f"<h6>{tx(name)}</h6><p>{lab[0]}: {tx(addr)}</p><p>{lab[1]}: {HOTLINE}</p>"
        f'<p>{lab[2]}: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div></div>'
        '<div class="col-md-6"><div class="mg-widget"><p class="tct-footer-lang">'
        '<a href="/?lang=vi">Tiếng Việt</a> | <a href="/?lang=en">English</a></p></div></div></div></div></div>'
        '<div class="mg-footer-copyright"><div class="container-fluid"><div class="row"><div class="col-md-6">'
        f'<p>{tx(copy)}</p></div><div class="col-md-6 text-right">'
        '<p>Thiết kế bởi <a href="https://webtuyenquang.vn" rel="nofollow">Web Tuyên Quang</a> | Giao diện Newsup</p>'
        "</div></div></div></div></div></footer>"
        '<a href="#" class="ta_upscr bounceInup animated"><i class="fas fa-angle-up"></i></a>'
    )


def _page(
    request: Request,
    lang: str,
    title: str,
    main: str,
    *,
    canonical: str | None,
    vi_href: str,
    en_href: str,
    hreflang: dict[str, str] | None = None,
    body_class: str = "",
    head: str = "",
    sidebar: bool = True,
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
) -> str:
    base = base_url(request)
    name = SITE if lang == "vi" else SITE_EN
    alts = "".join(
        f'<link rel="alternate" href="{base}{href}" hreflang="{code}" />\n'
        for code, href in (hreflang or {}).items()
    )
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    feed = "/feed/" if lang == "vi" else "/en/feed/"
    html_lang = "vi" if lang == "vi" else "en-GB"
    side = _sidebar(lang) if sidebar else ""
    col = "col-md-8" if sidebar else "col-md-12"
    return f"""<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{tx(title)} &#8211; {tx(name)}</title>
<meta name="robots" content="{robots}" />
{canon}{alts}<meta property="og:locale" content="{"vi_VN" if lang == "vi" else "en_GB"}" />
<meta property="og:site_name" content="{esc(name)}" />
{head}<link rel="alternate" type="application/rss+xml" title="{esc(name)} &raquo; Dòng thông tin" href="{base}{feed}" />
<link rel="alternate" type="application/rss+xml" title="{esc(name)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<link rel='stylesheet' id='bootstrap-css' href='{THEME}/css/bootstrap.css?ver=6.5.5' type='text/css' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='/wp-content/themes/newsup-tct/style.css?ver=6.5.5' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.5" />
<link rel="icon" href="{UP}/2024/05/cropped-logo-tct-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} wp-custom-logo wide">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div class="wrapper" id="custom-background-css">
{_header(lang, vi_href, en_href)}
<div id="content" class="container-fluid">
<div class="row">
<div class="{col}">
{main}
</div>
{side}
</div>
</div>
{_footer(lang)}
</div>
</div>
<script type="text/javascript" src="{THEME}/js/custom.js?ver=6.5.5" id="newsup-custom-js"></script>
<script data-no-optimize="1">window.lazyLoadOptions={{elements_selector:"[data-lazyloaded]"}};</script>
<script data-no-optimize="1" src="/wp-content/plugins/litespeed-cache/assets/js/lazyload.min.js"></script>
</body>
</html>"""


def _crumbs(trail: list[tuple[str, str | None]], lang: str = "vi") -> str:
    parts = [
        f'<span><a href="{"/" if lang == "vi" else "/en/"}">{_STRINGS[lang]["home"]}</a></span>'
    ]
    for label, href in trail:
        if href:
            parts.append(f'<span><a href="{href}">{tx(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{tx(label)}</span>')
    return f'<div class="tct-breadcrumb"><p id="breadcrumbs">{" » ".join(parts)}</p></div>'


# --------------------------------------------------------------------------- post pages


def _badges(s: Story) -> str:
    slugs = [s.cat, *s.opts.get("cats", [])]
    # WordPress orders a post's categories by name ("Đ" sorts with "D")
    slugs.sort(key=lambda c: unicodedata.normalize("NFD", CATS[c].replace("Đ", "D")).lower())
    return "".join(
        f'<a class="newsup-categories category-color-{i + 1}" href="/category/{c}/" alt="Xem tất cả bài viết trong {tx(CATS[c])}">'
        f"{tx(CATS[c])}</a>"
        for i, c in enumerate(slugs)
    )


def _related(s: Story) -> str:
    others = [o for o in newest(s.cat) if o.id != s.id][:RELATED]
    cards = "".join(
        '<div class="col-md-4"><div class="mg-blog-post-3 minh mb-md-0 mb-2">'
        f'<div class="mg-blog-img">{lazy_img(_small(_thumb(o)), "img-responsive wp-post-image")}</div>'
        '<div class="mg-blog-inner">'
        f'<div class="mg-blog-category">{_badges(o)}</div>'
        f'<h4 class="title sm mb-0"><a href="{article_path(o)}" title="Liên kết tĩnh tới: {esc(o.title)}">{tx(o.title)}</a></h4>'
        '<div class="mg-blog-meta">'
        f'<span class="mg-blog-date"><i class="fas fa-clock"></i> {vi_date(_at(o))}</span>'
        f'<a href="/author/{o.opts["user"]}/"><i class="fas fa-user-circle"></i> {tx(USERS[o.opts["user"]][0])}</a>'
        "</div></div></div></div>"
        for o in others
    )
    return (
        '<div class="mg-featured-slider p-3 mb-4"><div class="mg-sec-title"><h4 class="related-title">'
        f'Bài viết liên quan</h4></div><div class="row">{cards}</div></div>'
    )


def _thumb(s: Story) -> str:
    imgs = s.images
    return imgs[0].src if imgs else f"{UP}/2024/05/anh-mac-dinh-tct-1024x683.jpg"


def _share(url: str, title: str) -> str:
    u = quote(url, safe="")
    t = quote(title, safe="")
    return (
        '<div class="post-share"><div class="post-share-icons cf"><span class="tct-share-label">Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer.php?u={u}" class="link facebook" target="_blank"><i class="fab fa-facebook"></i></a>'
        f'<a href="http://twitter.com/share?url={u}&amp;text={t}" class="link x-twitter" target="_blank"><i class="fa-brands fa-x-twitter"></i></a>'
        f'<a href="https://zalo.me/share?u={u}" class="link zalo" target="_blank">Zalo</a>'
        f'<a href="mailto:?subject={t}&amp;body={u}" class="link email" target="_blank"><i class="fas fa-envelope"></i></a>'
        '<a class="link print-r" href="javascript:window.print()"><i class="fas fa-print"></i></a></div></div>'
    )


def _author_box(login: str, lang: str = "vi") -> str:
    display, bio = USERS[login]
    by = _STRINGS[lang]["by"]
    bio_html = f"<p>{tx(bio)}</p>" if bio and lang == "vi" else ""
    prefix = "/en" if lang == "en" else ""
    return (
        '<div class="media mg-info-author-block">'
        f'<a class="mg-author-pic" href="{prefix}/author/{login}/"><img alt="" src="{UP}/2024/05/avatar-{login}-150x150.png"'
        ' class="avatar avatar-150 photo" height="150" width="150" decoding="async" /></a>'
        f'<div class="media-body"><h4 class="media-heading">{by} <a href="{prefix}/author/{login}/">{tx(display)}</a></h4>'
        f"{bio_html}</div></div>"
    )


def _vi_time(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{vi_date(d)} lúc {h}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều' if d.hour < 18 else 'tối'}"


def _comments(s: Story) -> str:
    if not s.opts.get("comments"):
        return '<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4"><p class="no-comments">Bình luận đã bị đóng.</p></div>'
    path = article_path(s)

    def one(c: tuple[int, int, str, str, str], depth: int) -> str:
        cid, _, name, when, body = c
        d = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)
        kids = [k for k in COMMENTS if k[1] == cid]
        children = (
            '<ol class="children">' + "".join(one(k, depth + 1) for k in kids) + "</ol>"
            if kids
            else ""
        )
        return (
            f'<li id="comment-{cid}" class="comment even depth-{depth}"><article id="div-comment-{cid}" class="comment-body">'
            '<footer class="comment-meta"><div class="comment-author vcard">'
            f'<img alt="" src="{UP}/2024/05/avatar-mac-dinh-32x32.png" class="avatar avatar-32 photo" height="32" width="32" />'
            f'<b class="fn">{tx(name)}</b> <span class="says">nói:</span></div>'
            f'<div class="comment-metadata"><a href="{path}#comment-{cid}"><time datetime="{d.isoformat()}">{_vi_time(d)}</time></a></div>'
            f'</footer><div class="comment-content"><p>{tx(body)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={cid}#respond"'
            f' data-commentid="{cid}" data-postid="{s.id}" data-belowelement="div-comment-{cid}" data-respondelement="respond"'
            f' data-replyto="Trả lời {esc(name)}" aria-label="Trả lời {esc(name)}">Trả lời</a></div></article>{children}</li>'
        )

    roots = "".join(one(c, 1) for c in COMMENTS if c[1] == 0)
    return (
        '<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4">'
        f'<div class="mg-heading-border"><h4>{len(COMMENTS)} bình luận</h4></div>'
        f'<ol class="comment-list">{roots}</ol>'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận'
        ' <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label>'
        '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label>'
        '<input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>'
        '<input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />'
        f"<input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div>"
    )


def _yoast_post(request: Request, s: Story) -> str:
    base = base_url(request)
    url = base + article_path(s)
    modified = s.opts.get("updated")
    mod = (
        datetime.combine(modified, datetime.min.time()).replace(hour=10, tzinfo=_LOCAL)
        if modified
        else _at(s)
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {
                    "name": USERS[s.opts["user"]][0],
                    "@id": f"{base}/#/schema/person/{s.opts['user']}",
                },
                "headline": s.title,
                "datePublished": _iso_utc(_at(s)),
                "dateModified": _iso_utc(mod),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": [CATS[s.cat]],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": CATS[s.cat],
                        "item": f"{base}/category/{s.cat}/",
                    },
                    {"@type": "ListItem", "position": 3, "name": s.title},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": SITE,
                "url": f"{base}/",
            },
        ],
    }
    return (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{url}" />\n'
        f'<meta property="article:published_time" content="{_iso_utc(_at(s))}" />\n'
        f'<meta property="article:modified_time" content="{_iso_utc(mod)}" />\n'
        f'<meta property="og:image" content="{base}{_original(_thumb(s))}" />\n'
        f'<meta name="author" content="{esc(USERS[s.opts["user"]][0])}" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>\n'
        f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{s.id}" />\n'
        f'<link rel="shortlink" href="{base}/?p={s.id}" />\n'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(s.title)} Dòng phản hồi" href="{base}{article_path(s)}feed/" />\n'
    )


def _post_page(request: Request, s: Story) -> str:
    user = s.opts["user"]
    display = USERS[user][0]
    en = _EN_BY_VI.get(s.id)
    updated = (
        f'<span class="mg-blog-updated"><i class="fas fa-sync-alt"></i> Cập nhật: {vi_date(s.opts["updated"])}</span>'
        if s.opts.get("updated")
        else ""
    )
    sapo = (
        f'<div class="tct-sapo"><p>{tx(s.summary or "")}</p></div>'
        if s.opts.get("sapo") == "excerpt"
        else ""
    )
    tags = "".join(
        f'<a href="/tag/{_slugify(t)}/" rel="tag">{tx(t)}</a>' for t in s.opts.get("tags", [])
    )
    tag_html = f'<div class="mg-tags-single"><span>Thẻ:</span> {tags}</div>' if tags else ""
    main = f"""{_crumbs([(CATS[s.cat], f"/category/{s.cat}/"), (s.title, None)])}
<div class="mg-blog-post-box">
<div class="mg-header">
<div class="mg-blog-category">{_badges(s)}</div>
<h1 class="title single"> <a title="Liên kết tĩnh tới: {esc(s.title)}" href="{article_path(s)}">{tx(s.title)}</a></h1>
<div class="media mg-info-author-block">
<a class="mg-author-pic" href="/author/{user}/"><img alt="" src="{UP}/2024/05/avatar-{user}-150x150.png" class="avatar avatar-150 photo" height="150" width="150" /></a>
<div class="media-body">
<h4 class="media-heading"><span>Bởi</span> <a href="/author/{user}/">{tx(display)}</a></h4>
<span class="mg-blog-date"><i class="fas fa-clock"></i> {vi_date(_at(s))}</span>
{updated}
</div>
</div>
</div>
{sapo}
<article class="small single">
{content_html(s)}
<div class="clearfix mb-3"></div>
{_share(base_url(request) + article_path(s), s.title)}
{tag_html}
</article>
</div>
{_author_box(user)}
{_related(s)}
{_comments(s)}"""
    hreflang = {"vi": article_path(s)}
    if en:
        hreflang["en-GB"] = en_path(en)
    return _page(
        request,
        "vi",
        s.title,
        main,
        canonical=article_path(s),
        vi_href=article_path(s),
        en_href=en_path(en) if en else "/en/",
        hreflang=hreflang,
        body_class=f"post-template-default single single-post postid-{s.id} single-format-standard",
        head=_yoast_post(request, s),
    )


def _en_post_page(request: Request, e: EnPost) -> str:
    vi = _BY_ID[e.vi]
    user = vi.opts["user"]
    cat_slug, cat_name = EN_CATS[vi.cat]
    img = ""
    if e.image:
        cap = (
            f'<figcaption class="wp-element-caption">{tx(e.caption)}</figcaption>'
            if e.caption
            else ""
        )
        img = f'<figure class="wp-block-image size-large">{lazy_img(e.image, f"wp-image-{e.id + 1}")}{cap}</figure>'
    paras = "\n".join(f"<p>{tx(p)}</p>" for p in e.paragraphs)
    main = f"""{_crumbs([(cat_name, f"/en/category/{cat_slug}/"), (e.title, None)], "en")}
<div class="mg-blog-post-box">
<div class="mg-header">
<div class="mg-blog-category"><a class="newsup-categories category-color-1" href="/en/category/{cat_slug}/">{cat_name}</a></div>
<h1 class="title single"> <a title="Permalink to: {esc(e.title)}" href="{en_path(e)}">{tx(e.title)}</a></h1>
<div class="media mg-info-author-block">
<a class="mg-author-pic" href="/en/author/{user}/"><img alt="" src="{UP}/2024/05/avatar-{user}-150x150.png" class="avatar avatar-150 photo" height="150" width="150" /></a>
<div class="media-body">
<h4 class="media-heading"><span>By</span> <a href="/en/author/{user}/">{tx(USERS[user][0])}</a></h4>
<span class="mg-blog-date"><i class="fas fa-clock"></i> {en_date(_en_at(e))}</span>
</div>
</div>
</div>
<article class="small single">
{paras}
{img}
<div class="clearfix mb-3"></div>
{_share(base_url(request) + en_path(e), e.title)}
</article>
</div>
{_author_box(user, "en")}
<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4"><p class="no-comments">Comments are closed.</p></div>"""
    base = base_url(request)
    head = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="article:published_time" content="{_iso_utc(_en_at(e))}" />\n'
        f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{e.id}" />\n'
        f'<link rel="shortlink" href="{base}/?p={e.id}" />\n'
    )
    return _page(
        request,
        "en",
        e.title,
        main,
        canonical=en_path(e),
        vi_href=article_path(vi),
        en_href=en_path(e),
        hreflang={"vi": article_path(vi), "en-GB": en_path(e)},
        body_class=f"post-template-default single single-post postid-{e.id}",
        head=head,
    )


def _attachment_page(request: Request, post: Story, slug: str, index: int) -> str:
    img = post.images[index]
    wid = _image_ids(post)[index]
    user = post.opts["user"]
    cap = f'<p class="wp-caption-text">{tx(img.printed)}</p>' if img.printed else ""
    main = f"""{_crumbs([(post.title, article_path(post)), (slug, None)])}
<div class="mg-blog-post-box">
<div class="mg-header">
<h1 class="title single"> <a title="Liên kết tĩnh tới: {slug}" href="{_attachment_path(post.id, slug)}">{slug}</a></h1>
<div class="media mg-info-author-block">
<div class="media-body">
<h4 class="media-heading"><span>Bởi</span> <a href="/author/{user}/">{tx(USERS[user][0])}</a></h4>
<span class="mg-blog-date"><i class="fas fa-clock"></i> {vi_date(_at(post))}</span>
</div>
</div>
</div>
<article class="small single">
<p class="attachment"><a href="{_original(img.src)}"><img width="300" height="200" src="{_small(img.src)}" class="attachment-medium size-medium" alt="" decoding="async" /></a></p>
{cap}
<div class="clearfix mb-3"></div>
</article>
</div>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous">
<a href="{article_path(post)}" rel="prev">Đăng trong: {tx(post.title)}</a></div></div></nav>"""
    return _page(
        request,
        "vi",
        slug,
        main,
        canonical=_attachment_path(post.id, slug),
        vi_href=_attachment_path(post.id, slug),
        en_href="/en/",
        body_class=f"attachment attachment-template-default single single-attachment postid-{wid} attachmentid-{wid} attachment-jpeg",
        head=f'<link rel="shortlink" href="{base_url(request)}/?p={wid}" />\n',
    )


# --------------------------------------------------------------------------- listings


def _card(s: Story) -> str:
    excerpt = (
        s.summary
        if s.opts.get("sapo") == "excerpt"
        else " ".join(s.paragraphs[0].split()[:28]) + " […]"
    )
    return (
        '<article class="d-md-flex mg-posts-sec-post">'
        '<div class="col-12 col-md-6"><div class="mg-post-thumb back-img md"'
        f" style=\"background-image: url('{_small(_thumb(s))}');\">"
        f'<a class="link-div" href="{article_path(s)}"></a></div></div>'
        '<div class="mg-sec-top-post py-3 col">'
        f'<div class="mg-blog-category">{_badges(s)}</div>'
        f'<h4 class="entry-title title"><a href="{article_path(s)}">{tx(s.title)}</a></h4>'
        '<div class="mg-blog-meta">'
        f'<span class="mg-blog-date"><i class="fas fa-clock"></i><a href="/{_at(s):%Y/%m}/"> {vi_date(_at(s))}</a></span>'
        f'<a class="auth" href="/author/{s.opts["user"]}/"><i class="fas fa-user-circle"></i> {tx(USERS[s.opts["user"]][0])}</a>'
        "</div>"
        f'<div class="mg-content"><p>{tx(excerpt)}</p></div></div></article>'
    )


def _en_card(e: EnPost) -> str:
    vi = _BY_ID[e.vi]
    cat_slug, cat_name = EN_CATS[vi.cat]
    return (
        '<article class="d-md-flex mg-posts-sec-post"><div class="mg-sec-top-post py-3 col">'
        f'<div class="mg-blog-category"><a class="newsup-categories" href="/en/category/{cat_slug}/">{cat_name}</a></div>'
        f'<h4 class="entry-title title"><a href="{en_path(e)}">{tx(e.title)}</a></h4>'
        f'<div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> {en_date(_en_at(e))}</span>'
        f'<a class="auth" href="/en/author/{vi.opts["user"]}/"><i class="fas fa-user-circle"></i> {tx(USERS[vi.opts["user"]][0])}</a></div>'
        f'<div class="mg-content"><p>{tx(e.paragraphs[0])}</p></div></div></article>'
    )


def _pagination(base: str, page: int, last: int, lang: str = "vi") -> str:
    if last <= 1:
        return ""
    st = _STRINGS[lang]

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(page - 1)}">{st["prev"]}</a>')
    for n in range(1, last + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < last:
        parts.append(f'<a class="next page-numbers" href="{href(page + 1)}">{st["next"]}</a>')
    return (
        f'<div class="tct-page-count">{st["page"]} {page} / {last}</div>'
        f'<nav class="navigation pagination" aria-label="{st["nav"]}"><h2 class="screen-reader-text">{st["nav"]}</h2>'
        f'<div class="nav-links">{"".join(parts)}</div></nav>'
    )


def _archive(
    request: Request,
    heading: str,
    posts: list[Story],
    base: str,
    page: int,
    body_class: str,
    en_href: str = "/en/",
) -> Response | str | None:
    last = _pages(len(posts))
    if page < 1 or page > last or not posts:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    target = base if page == 1 else f"{base}page/{page}/"
    main = (
        _crumbs([(heading, None)])
        + f'<div class="mg-breadcrumb-section"><h1 class="title">{tx(heading)}</h1></div>'
        + '<div id="grid" class="row grid-content"><div class="col-md-12 mg-posts-sec mg-posts-modul-6">'
        + "".join(_card(s) for s in chunk)
        + "</div></div>"
        + _pagination(base, page, last)
    )
    robots = "index, follow" if base.startswith("/category/") else "noindex, follow"
    return _page(
        request,
        "vi",
        heading + (f" &#8211; Trang {page}" if page > 1 else ""),
        main,
        canonical=target,
        vi_href=target,
        en_href=en_href,
        hreflang={"vi": target},
        body_class=f"archive {body_class} paged-{page}",
        robots=robots,
    )


def _en_archive(
    request: Request, heading: str, posts: list[EnPost], target: str, vi_href: str
) -> str:
    main = (
        _crumbs([(heading, None)], "en")
        + f'<div class="mg-breadcrumb-section"><h1 class="title">{tx(heading)}</h1></div>'
        + '<div class="mg-posts-sec mg-posts-modul-6">'
        + "".join(_en_card(e) for e in posts)
        + "</div>"
    )
    return _page(
        request, "en", heading, main, canonical=target, vi_href=vi_href, en_href=target,
        hreflang={"en-GB": target}, body_class="archive",
    )  # fmt: skip


def _home(request: Request, lang_query: bool = False) -> str:
    items = newest()
    ticker = "".join(
        f'<a href="{article_path(s)}?lang=vi"><i class="fas fa-circle"></i> {tx(s.title)}</a>'
        for s in items[:5]
    )
    slides = "".join(
        '<div class="item"><div class="mg-blog-post lg back-img"'
        f" style=\"background-image: url('{_original(_thumb(s))}');\">"
        f'<a class="link-div" href="{article_path(s)}"></a><article class="bottom">'
        f'<div class="mg-blog-category">{_badges(s)}</div>'
        f'<h4 class="title"><a href="{article_path(s)}">{tx(s.title)}</a></h4>'
        f'<div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> {vi_date(_at(s))}</span></div>'
        "</article></div></div>"
        for s in items[:3]
    )
    blocks = ""
    for c, name in CATS.items():
        posts = newest(c)[:4]
        first, rest = posts[0], posts[1:]
        small = "".join(
            '<div class="small-post clearfix"><div class="img-small-post">'
            f'<a href="{article_path(s)}">{lazy_img(_small(_thumb(s)), "wp-post-image")}</a></div>'
            f'<div class="small-post-content"><h5 class="title"><a href="{article_path(s)}">{tx(s.title)}</a></h5>'
            f'<div class="mg-blog-meta"><span class="mg-blog-date">{vi_date(_at(s))}</span></div></div></div>'
            for s in rest
        )
        blocks += (
            f'<div class="mg-posts-sec mg-posts-modul-1 mb-4"><div class="mg-sec-title"><h4>{tx(name)}</h4>'
            f'<a class="tct-more" href="/category/{c}/?lang=vi">Xem tất cả</a></div>'
            '<div class="mg-posts-sec-inner row"><div class="col-md-6">'
            f'<div class="mg-blog-post-box"><div class="mg-blog-thumb">{lazy_img(_thumb(first), "img-fluid wp-post-image")}</div>'
            f'<h4 class="title"><a href="{article_path(first)}">{tx(first.title)}</a></h4>'
            f'<div class="mg-blog-meta"><span class="mg-blog-date">{vi_date(_at(first))}</span></div></div></div>'
            f'<div class="col-md-6">{small}</div></div></div>'
        )
    main = f"""<div class="mg-latest-news"><div class="bn_title"><h2 class="title">Tin nóng<span></span></h2></div>
<div class="mg-latest-news-slider marquee" data-duration="20000">{ticker}</div></div>
<div class="homemain-slider owl-carousel">{slides}</div>
{blocks}"""
    return _page(
        request, "vi", "Trang chủ", main, canonical="/", vi_href="/", en_href="/en/",
        hreflang={"vi": "/", "en-GB": "/en/", "x-default": "/"}, body_class="home page-template-default",
    )  # fmt: skip


def _en_home(request: Request) -> str:
    main = (
        '<div class="mg-latest-news"><div class="bn_title"><h2 class="title">Latest<span></span></h2></div></div>'
        '<div class="mg-posts-sec mg-posts-modul-6">'
        + "".join(_en_card(e) for e in EN_POSTS)
        + "</div>"
    )
    return _page(
        request, "en", "Home", main, canonical="/en/", vi_href="/", en_href="/en/",
        hreflang={"vi": "/", "en-GB": "/en/", "x-default": "/"}, body_class="home",
    )  # fmt: skip


# --------------------------------------------------------------------------- static pages


def _static_page(request: Request, path: str) -> str:
    pid, title = PAGES[path]
    if path == "/gioi-thieu/":
        inner = "".join(
            f"<p>{tx(p)}</p>"
            for p in (
                f"{SITE} được thành lập trên cơ sở hợp nhất Trường Chính trị tỉnh Tuyên Quang và Trường Chính trị"
                " tỉnh Hà Giang, là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp của Ban"
                " Thường vụ Tỉnh ủy và sự hướng dẫn về chuyên môn của Học viện Chính trị quốc gia Hồ Chí Minh.",
                "Nhà trường có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ lãnh đạo,"
                " quản lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị – hành chính;"
                " bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức.",
                "Cơ cấu tổ chức gồm Ban Giám hiệu, 3 phòng chức năng (Phòng Tổ chức - Hành chính, Phòng Đào"
                " tạo, Phòng Quản lý khoa học) và 4 khoa chuyên môn.",
            )
        )
    elif path == "/lien-he/":
        inner = (
            f"<p><strong>{tx(SITE)}</strong></p><p>Địa chỉ: {tx(ADDRESS)}</p><p>Điện thoại: {HOTLINE}</p>"
            f'<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
            '<div class="wpcf7 no-js" id="wpcf7-f31-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f31-p14-o1"'
            ' method="post" class="wpcf7-form init" novalidate="novalidate">'
            '<input type="hidden" name="_wpcf7" value="31" /><input type="hidden" name="_wpcf7_locale" value="vi" />'
            '<p><label> Họ và tên<br /><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></label></p>'
            '<p><label> Email<br /><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" /></label></p>'
            '<p><label> Nội dung<br /><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi đi" /></p></form></div>'
        )
    elif path == "/thu-vien/":
        rows = "".join(
            f'<tr><td>{i + 1}</td><td><a href="{f}">{tx(t)}</a></td><td>{d}</td>'
            f'<td><a class="wpdm-download-link" href="{f}" download>Tải về</a></td></tr>'
            for i, (f, t, d) in enumerate(LIBRARY)
        )
        inner = (
            "<p>Tài liệu phục vụ công tác đào tạo, bồi dưỡng và sinh hoạt chuyên đề của Nhà trường.</p>"
            '<figure class="wp-block-table"><table><thead><tr><th>STT</th><th>Tên tài liệu</th><th>Ngày ban hành</th>'
            f"<th>Tải về</th></tr></thead><tbody>{rows}</tbody></table></figure>"
        )
    else:  # /lich-hoc/
        rows = (
            (
                "23/11 – 27/11/2026",
                "Trung cấp LLCT – HC K56",
                "Hội trường A",
                "Kinh tế chính trị Mác – Lênin",
            ),
            (
                "23/11 – 25/11/2026",
                "Bồi dưỡng đảng viên mới khóa IV",
                "Hội trường B",
                "Chuyên đề 1 – 3",
            ),
            (
                "30/11 – 04/12/2026",
                "Trung cấp LLCT – HC K55",
                "Phòng 301",
                "Quản lý hành chính nhà nước",
            ),
        )
        trs = "".join("<tr>" + "".join(f"<td>{tx(c)}</td>" for c in r) + "</tr>" for r in rows)
        inner = (
            "<p>Lịch học các lớp tháng 11 – 12/2026 (cập nhật hằng tuần):</p>"
            '<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Thời gian</th><th>Lớp</th>'
            f"<th>Địa điểm</th><th>Nội dung</th></tr></thead><tbody>{trs}</tbody></table></figure>"
        )
    main = (
        _crumbs([(title, None)])
        + f'<div class="mg-card-box padding-20"><h1 class="entry-title">{tx(title)}</h1>'
        + f'<article class="page-content-single small">{inner}</article></div>'
    )
    return _page(
        request, "vi", title, main, canonical=path, vi_href=path, en_href="/en/about-us/" if pid == 12 else "/en/",
        hreflang={"vi": path}, body_class=f"page-template-default page page-id-{pid}",
    )  # fmt: skip


def _en_static(request: Request, path: str) -> str:
    pid, title = EN_PAGES[path]
    if pid == 20:
        inner = (
            f"<p>{SITE_EN} trains and retrains officials of the political system of the province and"
            " teaches the intermediate political theory and public administration programme.</p>"
        )
    else:
        inner = f"<p>Address: {ADDRESS_EN}</p><p>Hotline: {HOTLINE}</p><p>Email: {EMAIL}</p>"
    main = (
        _crumbs([(title, None)], "en")
        + f'<div class="mg-card-box padding-20"><h1 class="entry-title">{title}</h1>'
        + f'<article class="page-content-single small">{inner}</article></div>'
    )
    vi = "/gioi-thieu/" if pid == 20 else "/lien-he/"
    return _page(
        request, "en", title, main, canonical=path, vi_href=vi, en_href=path,
        hreflang={"vi": vi, "en-GB": path}, body_class=f"page page-id-{pid}",
    )  # fmt: skip


def _search(request: Request) -> str:
    q = request.params.get("s", "").strip()

    def fold(v: str) -> str:
        return _slugify(v).replace("-", " ")

    hits = [s for s in newest() if q and fold(q) in fold(s.title + " " + " ".join(s.paragraphs))]
    main = (
        f'<div class="mg-breadcrumb-section"><h1 class="title">Kết quả tìm kiếm cho: {esc(q)}</h1></div>'
        + ('<div class="mg-posts-sec mg-posts-modul-6">' + "".join(_card(s) for s in hits) + "</div>"
           if hits else "<p>Không tìm thấy kết quả nào phù hợp. Vui lòng thử lại với từ khóa khác.</p>")
    )  # fmt: skip
    return _page(
        request, "vi", f"Bạn đã tìm kiếm {q}", main, canonical=None, vi_href="/", en_href="/en/",
        body_class="search search-results", robots="noindex, follow",
    )  # fmt: skip


def _login(request: Request) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập &lsaquo; {tx(SITE)} &#8212; WordPress</title>
<meta name='robots' content='noindex, follow' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi"><div id="login"><h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" /></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> <label for="rememberme">Tự động đăng nhập</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
</form><p id="nav"><a href="/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p>
<p id="backtoblog"><a href="/">&larr; Quay lại {tx(SITE)}</a></p></div></body></html>"""


# --------------------------------------------------------------------------- machine answers


def _rfc822(d: datetime) -> str:
    return format_datetime(d.astimezone(UTC)).replace("-0000", "+0000")


def _feed(request: Request, lang: str, cat: str | None = None) -> Response:
    base = base_url(request)
    if lang == "en":
        items = [
            (e.title, en_path(e), _en_at(e), USERS[_BY_ID[e.vi].opts["user"]][0], EN_CATS[_BY_ID[e.vi].cat][1],
             e.id, "".join(f"<p>{tx(p)}</p>" for p in e.paragraphs), e.paragraphs[0])
            for e in EN_POSTS
        ]  # fmt: skip
        title, link, language = SITE_EN, f"{base}/en/", "en-GB"
    else:
        items = [
            (s.title, article_path(s), _at(s), USERS[s.opts["user"]][0], CATS[s.cat], s.id, content_html(s),
             s.paragraphs[0])
            for s in newest(cat)[:10]
        ]  # fmt: skip
        title, link, language = SITE, f"{base}/", "vi"
    entries = "".join(
        f"""
	<item>
		<title>{tx(t)}</title>
		<link>{base}{p}</link>
		<dc:creator><![CDATA[{who}]]></dc:creator>
		<pubDate>{_rfc822(d)}</pubDate>
		<category><![CDATA[{c}]]></category>
		<guid isPermaLink="false">{base}/?p={pid}</guid>
		<description><![CDATA[{desc[:200]} [&#8230;]]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
	</item>"""
        for t, p, d, who, c, pid, content, desc in items
    )
    self_href = f"{base}{request.path}"
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{tx(title)}</title>
	<atom:link href="{self_href}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description></description>
	<lastBuildDate>{_rfc822(items[0][2])}</lastBuildDate>
	<language>{language}</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.5.5</generator>{entries}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comments_feed(request: Request, s: Story | None) -> Response:
    base = base_url(request)
    rows = COMMENTS if s is None or s.opts.get("comments") else []
    post = _BY_ID[2064]
    items = "".join(
        f"""
	<item>
		<title>Bình luận cho {tx(post.title)} bởi {tx(name)}</title>
		<link>{base}{article_path(post)}#comment-{cid}</link>
		<dc:creator><![CDATA[{name}]]></dc:creator>
		<pubDate>{_rfc822(datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL))}</pubDate>
		<description><![CDATA[{text_}]]></description>
	</item>"""
        for cid, _, name, when, text_ in rows
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>Bình luận cho {tx(s.title if s else SITE)}</title><link>{base}/</link>"
        f"<description></description><language>vi</language>{items}\n</channel></rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _json(payload: object, status: int = 200) -> Response:
    body = json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    return Response(
        status,
        body,
        {
            "Content-Type": "application/json; charset=UTF-8",
            "X-Robots-Tag": "noindex",
            "Link": '</wp-json/>; rel="https://api.w.org/"',
        },
    )


def _post_json(base: str, s: Story) -> dict:
    return {
        "id": s.id,
        "date": _at(s).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_gmt": _at(s).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "slug": s.slug,
        "status": "publish",
        "type": "post",
        "link": base + article_path(s),
        "title": {"rendered": tx(s.title)},
        "content": {"rendered": content_html(s), "protected": False},
        "excerpt": {"rendered": f"<p>{tx(s.summary or s.paragraphs[0])}</p>", "protected": False},
        "author": list(USERS).index(s.opts["user"]) + 1,
        "categories": [list(CATS).index(c) + 2 for c in [s.cat, *s.opts.get("cats", [])]],
        "lang": "vi",
        "translations": {"vi": s.id, **({"en": _EN_BY_VI[s.id].id} if s.id in _EN_BY_VI else {})},
    }


def _wp_json(request: Request) -> Response:
    base = base_url(request)
    route = request.path[len("/wp-json") :].rstrip("/") or "/"
    if route == "/":
        return _json(
            {
                "name": SITE,
                "description": "Đào tạo, bồi dưỡng cán bộ – Nghiên cứu khoa học",
                "url": base,
                "home": base,
                "gmt_offset": "7",
                "timezone_string": "Asia/Ho_Chi_Minh",
                "namespaces": [
                    "oembed/1.0",
                    "wp/v2",
                    "wp-site-health/v1",
                    "yoast/v1",
                    "contact-form-7/v1",
                ],
                "routes": {
                    "/wp/v2/posts": {"namespace": "wp/v2"},
                    "/wp/v2/pages": {"namespace": "wp/v2"},
                },
            }
        )
    if route == "/wp/v2/posts":
        return _json([_post_json(base, s) for s in newest()[:10]])
    if m := re.fullmatch(r"/wp/v2/posts/(\d+)", route):
        pid = int(m.group(1))
        if pid in _BY_ID:
            return _json(_post_json(base, _BY_ID[pid]))
        en = next((e for e in EN_POSTS if e.id == pid), None)
        if en:
            return _json({"id": en.id, "slug": en.slug, "link": base + en_path(en), "lang": "en",
                          "title": {"rendered": tx(en.title)}})  # fmt: skip
    if route == "/wp/v2/pages":
        return _json(
            [
                {"id": pid, "link": base + p, "title": {"rendered": t}}
                for p, (pid, t) in PAGES.items()
            ]
        )
    if route.startswith("/oembed/1.0/embed"):
        return _json({"version": "1.0", "provider_name": SITE, "type": "rich"})
    return _json({"code": "rest_no_route", "message": "Không tìm thấy route phù hợp với URL và phương thức yêu cầu.",
                  "data": {"status": 404}}, 404)  # fmt: skip


def _sitemap(request: Request, which: str) -> Response | None:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/main-sitemap.xsl"?>\n'
    if which == "sitemap_index":
        maps = ["post-sitemap", "page-sitemap", "category-sitemap", "author-sitemap"]
        body = head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
            f"\n\t<sitemap>\n\t\t<loc>{base}/{m}.xml</loc>\n\t\t<lastmod>2026-11-21T02:15:00+00:00</lastmod>\n\t</sitemap>"
            for m in maps
        ) + "\n</sitemapindex>"  # fmt: skip
        return Response(
            200,
            body,
            {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"},
        )
    urls: list[tuple[str, str, str]] = []  # loc, lastmod, alternate xhtml links
    if which == "post-sitemap":
        for s in newest():
            en = _EN_BY_VI.get(s.id)
            alt = (
                f'<xhtml:link rel="alternate" hreflang="en-GB" href="{base}{en_path(en)}" />'
                if en
                else ""
            )
            urls.append((article_path(s), _iso_utc(_at(s)), alt))
        for e in EN_POSTS:
            urls.append((en_path(e), _iso_utc(_en_at(e)),
                         f'<xhtml:link rel="alternate" hreflang="vi" href="{base}{article_path(_BY_ID[e.vi])}" />'))  # fmt: skip
    elif which == "page-sitemap":
        urls = [("/", "2026-11-21T02:15:00+00:00", "")] + [
            (p, "2024-06-10T03:00:00+00:00", "") for p in [*PAGES, *EN_PAGES]
        ]
    elif which == "category-sitemap":
        urls = [(f"/category/{c}/", _iso_utc(_at(newest(c)[0])), "") for c in CATS]
        urls += [(f"/en/category/{EN_CATS[c][0]}/", "2026-11-20T03:00:00+00:00", "") for c in CATS]
    elif which == "author-sitemap":
        urls = [
            (f"/author/{u}/", _iso_utc(_at(_user_posts(u)[0])), "")
            for u in ("phongdaotao", "vanphong", "khoalyluan")
        ]
    else:
        return None
    body = head + (
        '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    ) + "".join(
        f"\n\t<url>\n\t\t<loc>{base}{loc}</loc>\n\t\t<lastmod>{mod}</lastmod>{alt}\n\t</url>" for loc, mod, alt in urls
    ) + "\n</urlset>"  # fmt: skip
    return Response(
        200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"}
    )


_ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: {base}/sitemap_index.xml
"""

_RSD = """<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">
	<service><engineName>WordPress</engineName><engineLink>https://wordpress.org/</engineLink><homePageLink>{base}</homePageLink>
		<apis><api name="WordPress" blogID="1" preferred="true" apiLink="{base}/xmlrpc.php" />
		<api name="WP-API" blogID="1" preferred="false" apiLink="{base}/wp-json/" /></apis></service></rsd>"""


def _not_found(request: Request, lang: str = "vi") -> Response:
    msg = (
        "<h1>Ối! Không tìm thấy trang này.</h1><p>Có vẻ như không có gì ở vị trí này. Hãy thử tìm kiếm?</p>"
        if lang == "vi"
        else "<h1>Oops! That page can’t be found.</h1><p>It looks like nothing was found at this location.</p>"
    )
    main = f'<div class="mg-error-404"><h2>404</h2>{msg}{_search_form(lang)}</div>'
    body = _page(
        request, lang, "Không tìm thấy trang" if lang == "vi" else "Page not found", main,
        canonical=None, vi_href="/", en_href="/en/", body_class="error404", robots="noindex, follow",
    )  # fmt: skip
    return html(body, status=404)


# --------------------------------------------------------------------------- routing

_POST = re.compile(r"^/tin-tuc/([a-z0-9-]+)/$")
_ATTACH = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)/$")
_PAGED = r"(?:page/(\d+)/)?"
_CAT = re.compile(rf"^/category/([a-z0-9-]+)/{_PAGED}$")
_AUTHOR = re.compile(rf"^/author/([a-z0-9-]+)/{_PAGED}$")
_MONTH = re.compile(rf"^/(\d{{4}})/(\d{{2}})/{_PAGED}$")
_DAY = re.compile(rf"^/(\d{{4}})/(\d{{2}})/(\d{{2}})/{_PAGED}$")
_TAG = re.compile(rf"^/tag/([a-z0-9-]+)/{_PAGED}$")


def _vi_counterpart_of_en(path: str) -> str:
    if m := re.fullmatch(r"/en/news/([a-z0-9-]+)/", path):
        e = _EN_BY_SLUG.get(m.group(1))
        if e:
            return article_path(_BY_ID[e.vi])
    return {"/en/about-us/": "/gioi-thieu/", "/en/contact/": "/lien-he/"}.get(path, "/")


def _en_counterpart_of_vi(path: str) -> str:
    if m := _POST.match(path):
        s = _BY_SLUG.get(m.group(1))
        if s and s.id in _EN_BY_VI:
            return en_path(_EN_BY_VI[s.id])
    if path == "/gioi-thieu/":
        return "/en/about-us/"
    if path == "/lien-he/":
        return "/en/contact/"
    if (m := _CAT.match(path)) and m.group(1) in EN_CATS:
        return f"/en/category/{EN_CATS[m.group(1)][0]}/"
    return "/en/"


class WordPressPolylang:
    """WordPress's rewrite rules, as far as this site uses them."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path in PDFS
                    else _not_found(request)
                )
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if m := re.fullmatch(r"/([a-z_-]+)\.xml", path):
            return _sitemap(request, m.group(1)) or _not_found(request)
        if path == "/wp-json" or path.startswith("/wp-json/"):
            return _wp_json(request)
        if path == "/xmlrpc.php":
            if "rsd" in params:
                return Response(
                    200,
                    _RSD.format(base=base_url(request)),
                    {"Content-Type": "text/xml; charset=UTF-8"},
                )
            return Response(
                405,
                "XML-RPC server accepts POST requests only.",
                {"Content-Type": "text/plain; charset=UTF-8"},
            )
        if path == "/wp-login.php":
            return html(_login(request))
        if path.startswith("/wp-admin"):
            return redirect("/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1", 302)
        if path == "/wp-comments-post.php":
            return Response(405, "", {"Allow": "POST"})
        if path == "/" and "p" in params:
            pid = params["p"]
            if pid.isdigit() and int(pid) in _BY_ID:
                return redirect(article_path(_BY_ID[int(pid)]), 301)
            en = next((e for e in EN_POSTS if str(e.id) == pid), None)
            return redirect(en_path(en), 301) if en else _not_found(request)
        if path in ("/", "/en/") and "s" in params:
            return html(_search(request), headers={"X-Robots-Tag": "noindex"})
        if not path.endswith("/"):
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        lang = params.get("lang")
        english = path == "/en/" or path.startswith("/en/")
        if lang == "en" and not english:
            if path == "/":
                return html(_en_home(request))
            return redirect(_en_counterpart_of_vi(path), 302)
        if lang == "vi" and english:
            return redirect(_vi_counterpart_of_en(path), 302)
        if lang not in (None, "vi", "en"):
            return _not_found(request, "en" if english else "vi")
        page = self._english(request, path) if english else self._vietnamese(request, path, params)
        if page is None:
            return _not_found(request, "en" if english else "vi")
        if isinstance(page, Response):
            return page
        return html(
            page, headers={"Link": f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'}
        )

    def _vietnamese(
        self, request: Request, path: str, params: dict[str, str]
    ) -> str | Response | None:
        if path == "/":
            return _home(request)
        if path == "/feed/":
            return _feed(request, "vi")
        if path == "/comments/feed/":
            return _comments_feed(request, None)
        if path in PAGES:
            return _static_page(request, path)
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)/feed/", path):
            s = _BY_SLUG.get(m.group(1))
            return _comments_feed(request, s) if s else None
        if m := re.fullmatch(r"/category/([a-z0-9-]+)/feed/", path):
            return _feed(request, "vi", m.group(1)) if m.group(1) in CATS else None
        if m := _POST.match(path):
            s = _BY_SLUG.get(m.group(1))
            return _post_page(request, s) if s else None
        if m := _ATTACH.match(path):
            s = _BY_SLUG.get(m.group(1))
            hit = next((a for a in ATTACHMENTS if s and a[0] == s.id and a[1] == m.group(2)), None)
            return _attachment_page(request, s, hit[1], hit[2]) if hit and s else None
        for rx, kind in (
            (_CAT, "cat"),
            (_TAG, "tag"),
            (_AUTHOR, "author"),
            (_DAY, "day"),
            (_MONTH, "month"),
        ):
            m = rx.match(path)
            if not m:
                continue
            groups = m.groups()
            n = int(groups[-1]) if groups[-1] else 1
            if groups[-1] == "1":
                return redirect(path[: -len("page/1/")], 301)
            if kind == "cat":
                c = groups[0]
                if c not in CATS:
                    return None
                return _archive(request, CATS[c], newest(c), f"/category/{c}/", n, f"category category-{c}",
                                _en_counterpart_of_vi(f"/category/{c}/"))  # fmt: skip
            if kind == "tag":
                name = TAGS.get(groups[0])
                if name is None:
                    return None
                return _archive(
                    request, f"Thẻ: {name}", _tag_posts(groups[0]), f"/tag/{groups[0]}/", n, "tag"
                )
            if kind == "author":
                u = groups[0]
                if u not in USERS:
                    return None
                return _archive(
                    request,
                    f"Tác giả: {USERS[u][0]}",
                    _user_posts(u),
                    f"/author/{u}/",
                    n,
                    f"author author-{u}",
                )
            if kind == "month":
                y, mo = int(groups[0]), int(groups[1])
                label = f"Tháng: Tháng {VI_MONTHS[mo - 1]} {y}" if 1 <= mo <= 12 else ""
                return (
                    _archive(request, label, _month_posts(y, mo), f"/{y}/{mo:02d}/", n, "date")
                    if label
                    else None
                )
            y, mo, d = (int(g) for g in groups[:3])
            try:
                day = date(y, mo, d)
            except ValueError:
                return None
            return _archive(
                request,
                f"Ngày: {vi_date(day)}",
                _month_posts(y, mo, d),
                f"/{y}/{mo:02d}/{d:02d}/",
                n,
                "date",
            )
        return None

    def _english(self, request: Request, path: str) -> str | Response | None:
        if path == "/en/":
            return _en_home(request)
        if path == "/en/feed/":
            return _feed(request, "en")
        if path in EN_PAGES:
            return _en_static(request, path)
        if m := re.fullmatch(r"/en/news/([a-z0-9-]+)/", path):
            e = _EN_BY_SLUG.get(m.group(1))
            return _en_post_page(request, e) if e else None
        if m := re.fullmatch(r"/en/category/([a-z0-9-]+)/", path):
            vi = next((c for c, (slug, _) in EN_CATS.items() if slug == m.group(1)), None)
            if vi is None:
                return None
            posts = [e for e in EN_POSTS if _BY_ID[e.vi].cat == vi]
            return (
                _en_archive(request, EN_CATS[vi][1], posts, path, f"/category/{vi}/")
                if posts
                else None
            )
        if m := re.fullmatch(r"/en/author/([a-z0-9-]+)/", path):
            posts = [e for e in EN_POSTS if _BY_ID[e.vi].opts["user"] == m.group(1)]
            return (
                _en_archive(
                    request,
                    f"Author: {USERS[m.group(1)][0]}",
                    posts,
                    path,
                    f"/author/{m.group(1)}/",
                )
                if posts
                else None
            )
        return None


def build_site() -> WordPressPolylang:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WordPressPolylang()
