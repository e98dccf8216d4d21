"""Fixture portal: Trường THPT Lê Lợi (Quảng Trị) on WordPress with the Soledad theme.

Imitates a school site as small agencies set them up on WordPress 6.x: the Soledad magazine theme
(PenciDesign, header style 3, single style 1), Yoast SEO (meta, JSON-LD graph, sitemaps), Rank
Math's breadcrumb markup inside Soledad's breadcrumb bar, Jetpack sharing buttons, the AMP plugin
in reader mode, Contact Form 7, and WPBakery Page Builder rows in posts written before 2026/04.
Permalinks are ``/%postname%/``; WordPress prints absolute URLs everywhere.

What it serves
- Posts ``/<slug>/``: body classes ``single single-post postid-N penci-body-single-style-1``; the
  category above the headline (``.penci-standard-cat`` / ``a.penci-cat-name``), ``h1.post-title
  .single-post-title.entry-title``, Soledad's hidden ``.penci-hide-tagupdated`` (author login and
  the *modified* date, hidden by CSS), the meta line ``.post-box-meta-single`` ("bởi <author>",
  ``<time class="entry-date published">20 Tháng mười một, 2026</time>``, on two posts "Cập nhật:
  <time class="updated">…", comments count, "N lượt xem", "N phút đọc"); the text in
  ``.post-entry > .inner-post-entry.entry-content`` with wptexturize's numeric references
  (``&#8220;`` ``&#8211;``): paragraphs, h2/h3, lists, ``figure.wp-block-image`` + figcaption,
  a ``figure.wp-block-gallery`` whose images link to attachment pages, ``blockquote.wp-block-quote``
  with ``<cite>``, ``figure.wp-block-table``, a ``wp-block-file`` PDF embed, right-aligned
  bylines; Jetpack's "Chia sẻ:" block appended *inside* the content element; then ``.post-tags``,
  ``.tags-share-box``, the author box ``.post-author`` (avatar, display name, bio),
  ``.post-pagination`` (previous/next titles), ``.post-related`` "Bài viết liên quan" (dated),
  comments (dated with a time: "… lúc 4:12 chiều") with ``?replytocom=N`` reply links and the
  "Để lại bình luận" form. Yoast prints ``article:published_time`` and JSON-LD in UTC (+00:00)
  with the WordPress user as author.
- Older posts (ids 1876, 1702) are WPBakery rows (``vc_row`` / ``wpb_text_column``) with
  ``[caption]`` shortcode output (``div.wp-caption`` + ``p.wp-caption-text``) and a
  ``wpb_single_image`` with ``figcaption.vc_figure-caption``.
- One post (2388) was typed with Unikey's "Unicode tổ hợp": title and text are decomposed (NFD).
- Chrome: top bar with TODAY, hotline, "Tin nổi bật" ticker and social icons; header logo and
  banner; menu; search; sidebar "Tin mới" (dated), "Bài xem nhiều", "Lịch công tác" (this week),
  the core calendar widget (days with posts link to day archives), "Lưu trữ" (months), Meta
  ("Đăng nhập", feeds), a Facebook page box; footer with address, phone, hotline, a visitor
  counter and copyright.
- Listings: home ``/`` (featured slider of five + "Bài viết mới" list, ``/page/N/``), category
  archives ``/category/<slug>/page/N/`` (three posts a page: Tin tức has 3 pages), tags
  ``/tag/<slug>/``, authors ``/author/<login>/``, month ``/2026/11/`` and day ``/2026/11/14/``
  archives, search ``/?s=``. Soledad's pagination: numbers plus an icon-only "next" arrow.
  ``/page/1/`` forms answer 301 to the first page, as ``redirect_canonical`` does; pages past
  the end and empty date archives answer WordPress's 404.
- Non-articles: pages ``/gioi-thieu/`` (text and a captioned photo, no date), ``/doi-ngu/``
  (staff table), ``/tai-lieu/`` (documents table with PDF links), ``/lien-he/`` (CF7 form, map),
  ``/lich-cong-tac/`` (weekly schedule), ``/wp-login.php``; attachment pages
  ``/<post-slug>/anh-N/`` of the gallery photos, rendered by the single template (title = file
  name, the image, date and author, "Xuất bản trong <post>"): they look like posts but are not.
- Feeds and maps: ``/feed/`` (RSS 2.0, ten newest, excerpts only), ``/category/<slug>/feed/``,
  ``/comments/feed/``, a comments feed per post ``/<slug>/feed/``; robots.txt names Yoast's
  ``/sitemap_index.xml`` (post, page, category, tag, author sitemaps). ``/?p=N`` (the shortlink)
  answers 301 to the post.

Traps
- ``?replytocom=N`` on every comment's "Trả lời": the same post again (``noindex, follow``,
  canonical to the post); listed in ``alt_paths``.
- ``?amp=1`` (``<link rel="amphtml">``): the AMP reader template of the same post, its own markup
  (``.amp-wp-article-content``, ``amp-img``) and a relative date "5 ngày trước"; canonical to the
  post; listed in ``alt_paths``.
- Jetpack ``?share=facebook&nb=1`` / ``?share=twitter&nb=1`` answer 302 to the social site.
- "Lịch công tác": ``/lich-cong-tac/?tuan=YYYY-Www`` answers 200 for every ISO week, each page
  linking "« Tuần trước" and "Tuần sau »": a calendar without end.
- Date archives of every day that has a post: more listing pages holding the same posts.
- The attachment pages (see above); the hidden modified date before the visible one; comment
  dates with times; Yoast's UTC times (post 2468 was published at 06:40 on 14/11, which is the
  13th in UTC).

Gold (by hand). Articles are the 13 posts; everything else is not.
- published_at: the printed ``time.entry-date.published`` day; the theme prints no time, so dates
  only. "Cập nhật:" and the hidden modified date are not publication dates; Yoast's UTC stamp is
  not used (2468 stays 2026-11-14).
- authors: the signature at the end of the text when there is one, titles and the unit after the
  dash dropped ("<strong>Nguyễn Thị Hồng Nhung</strong> – Tổ Ngữ văn", "ThS. Phan Văn Long – Tổ
  Toán – Tin", "GV. Lê Thị Thanh Thủy", "Trần Đức Thịnh – Bí thư Đoàn trường", "Tin và ảnh:",
  "Tin, ảnh:", "Bài: X – Ảnh: Y", a bare bold name). With no signature the theme's "bởi <display
  name>" is the author when it names a person or an office ("Nguyễn Thị Hồng Nhung" on 2431,
  "Văn phòng trường" on 2475 and 2405); the login "admin" credits nobody (2447, 1702). Comment
  authors are never authors.
- photographers: "Tin và ảnh:", "Tin, ảnh:" and "Ảnh:" in the signature.
- source: the "Nguồn:" line (2439: Báo Quảng Trị, next to the author; 1702: the Đoàn's fanpage).
- summary: a whole first paragraph printed bold (``<p><strong>…</strong></p>``) is the sapo, and
  the body's first paragraph (2481, 2431, 1876). A paragraph whose first words only are bold
  ("<strong>Ngày 12/11/2026,</strong> …", 2468) is no sapo: summary None.
- body: paragraphs, h2/h3 headings and list items in order; table rows are paragraphs with cells
  joined by " | " (header row included); the quote's paragraph and its ``<cite>`` line
  ("Thầy Nguyễn Văn Quang, Hiệu trưởng nhà trường") are body paragraphs. Captions, bylines,
  "Nguồn:", the PDF block's file name and "Tải về" button, Jetpack's block, tags, author box,
  related posts and comments are not body.
- images: the images inside the content element, in order, at the ``src`` printed (the -1024x…
  size); the featured image is not printed on single pages (Soledad's "hide featured image"
  option). Captions: figcaption / wp-caption-text / vc_figure-caption, without wrapping
  parentheses and without a leading "Ảnh:"; an image with only an ``alt`` text has no caption;
  gallery images without a figcaption have none.
- category: the one printed above the headline and in the breadcrumb.
- Text is NFC in the gold; the page prints wptexturize's curly quotes and en dashes, so the gold
  has them too.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_soledad_thpt"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Trường THPT Lê Lợi"
TAGLINE = "Trang thông tin điện tử Trường THPT Lê Lợi – Quảng Trị"
ADDRESS = "Số 56 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị"
PHONE = "0233 3852 417"
HOTLINE = "0914 235 688"
EMAIL = "thptleloi@quangtri.edu.vn"
PER_PAGE = 3
FEED_SIZE = 10
TODAY_DATE = date(2026, 11, 25)
_LOCAL = timezone(timedelta(hours=7))
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/soledad"

MONTHS = (
    "Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu",
    "Tháng bảy", "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai",
)  # fmt: skip
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_WD_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")

#: category slug -> (term id, name as printed)
CATS: dict[str, tuple[int, str]] = {
    "tin-tuc": (3, "Tin tức"),
    "thong-bao": (4, "Thông báo"),
    "hoat-dong-chuyen-mon": (5, "Hoạt động chuyên môn"),
}
TAGS: dict[str, str] = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "kiem-tra-danh-gia": "Kiểm tra đánh giá",
    "chuyen-de": "Chuyên đề",
    "doan-thanh-nien": "Đoàn thanh niên",
    "an-toan-giao-thong": "An toàn giao thông",
}
#: WordPress users: login -> (display name, bio)
USERS: dict[str, tuple[str, str]] = {
    "admin": ("admin", ""),
    "vanphong": ("Văn phòng trường", "Tài khoản đăng tin của Văn phòng Trường THPT Lê Lợi."),
    "hongnhung": (
        "Nguyễn Thị Hồng Nhung",
        "Giáo viên Ngữ văn, phụ trách công tác truyền thông của nhà trường.",
    ),
    "ducthinh": ("Trần Đức Thịnh", "Bí thư Đoàn trường THPT Lê Lợi nhiệm kỳ 2025 – 2027."),
}


def _byline(html_text: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{html_text}</p>')


# Story.opts: at (local time stored by WordPress), user (login), tags, updated (modified time;
# printed as "Cập nhật:" when show_updated), vc (WPBakery layout), nfd (typed decomposed),
# comments: (id, parent, name, local time, text).
# P styles: "" paragraph, "lead" (whole paragraph bold: the sapo), "pre:<words>" (first words
# bold), h2, h3, li, th/tr (table rows, cells " | "), quote, cite.
# Img styles: wp (figure.wp-block-image), gal (in a wp-block-gallery), cap ([caption] output),
# vc (WPBakery single image).
STORIES: list[Story] = [
    Story(
        id=2481,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, Trường THPT Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam, ôn lại truyền thống vẻ vang của ngành và tôn vinh những đóng góp của đội ngũ"
            " thầy cô giáo nhà trường."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, Trường THPT Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
                " Việt Nam, ôn lại truyền thống vẻ vang của ngành và tôn vinh những đóng góp của đội ngũ"
                " thầy cô giáo nhà trường.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo tỉnh Quảng Trị, lãnh đạo Đảng"
                " ủy, UBND phường Đông Hà, Ban đại diện cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ"
                " hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.400 học sinh nhà trường."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-1-1024x683.jpg",
                "Thầy Hiệu trưởng Nguyễn Văn Quang ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam",
                "Thầy Hiệu trưởng Nguyễn Văn Quang ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam",
                "wp",
            ),
            P("Phát huy truyền thống, đổi mới sáng tạo", "h2"),
            P(
                "Trong diễn văn kỷ niệm, thầy Nguyễn Văn Quang, Hiệu trưởng nhà trường đã điểm lại những"
                " kết quả nổi bật của năm học 2025 – 2026: tỷ lệ tốt nghiệp THPT đạt 99,8%; 27 học sinh"
                " đạt giải học sinh giỏi cấp tỉnh; 3 giáo viên được công nhận giáo viên dạy giỏi cấp"
                " tỉnh. Nhà trường tiếp tục được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong"
                " công tác giáo dục."
            ),
            P(
                "Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh"
                " noi theo.",
                "quote",
            ),
            P("Thầy Nguyễn Văn Quang, Hiệu trưởng nhà trường", "cite"),
            P(
                "Dịp này, nhà trường trao Giấy khen cho 15 giáo viên có thành tích xuất sắc trong phong"
                " trào thi đua “Dạy tốt – Học tốt”; Ban đại diện cha mẹ học sinh trao tặng quà cho các"
                " thầy cô giáo đã nghỉ hưu."
            ),
            Img(f"{UP}/2026/11/le-ky-niem-20-11-2026-2-1024x683.jpg", None, None, "wp"),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-3-1024x683.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
                "wp",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp với những tiết mục văn nghệ đặc sắc do học sinh"
                " các lớp biểu diễn, gửi gắm lòng biết ơn sâu sắc tới các thầy cô giáo."
            ),
            _byline("<strong>Nguyễn Thị Hồng Nhung</strong> &#8211; Tổ Ngữ văn"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "at": "2026-11-20 15:20",
            "user": "hongnhung",
            "tags": ["ngay-nha-giao-viet-nam"],
            "updated": "2026-11-21 08:02",
            "show_updated": True,
            "alt_of_2": "Các thầy cô giáo nhận Giấy khen của nhà trường",
            "comments": [
                (
                    312,
                    0,
                    "Phụ huynh lớp 10A3",
                    "2026-11-20 16:12",
                    "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người!",
                ),
                (
                    313,
                    312,
                    "Nguyễn Thị Hồng Nhung",
                    "2026-11-20 20:31",
                    "Thay mặt nhà trường, xin cảm ơn quý phụ huynh đã luôn đồng hành cùng thầy cô.",
                ),
            ],
        },
    ),
    Story(
        id=2475,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-18",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 – 2027, Trường THPT Lê Lợi thông báo lịch kiểm"
                " tra tập trung cuối học kỳ I các môn học như sau:"
            ),
            P("Ngày | Buổi | Khối 10 | Khối 11 | Khối 12", "th"),
            P(
                "14/12/2026 | Sáng | Ngữ văn (90 phút) | Ngữ văn (90 phút) | Ngữ văn (90 phút)",
                "tr",
            ),
            P("15/12/2026 | Sáng | Toán (90 phút) | Toán (90 phút) | Toán (90 phút)", "tr"),
            P(
                "16/12/2026 | Sáng | Tiếng Anh (60 phút) | Tiếng Anh (60 phút) | Tiếng Anh (60 phút)",
                "tr",
            ),
            P("17/12/2026 | Sáng | Lịch sử, Vật lí | Lịch sử, Hóa học | Lịch sử, Sinh học", "tr"),
            P("Một số lưu ý", "h3"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ"
                " học sinh;",
                "li",
            ),
            P(
                "Các môn còn lại kiểm tra theo thời khóa biểu tại lớp từ ngày 07/12 đến ngày 12/12/2026;",
                "li",
            ),
            P(
                "Học sinh vắng kiểm tra có lý do chính đáng được kiểm tra bù theo lịch của nhà trường.",
                "li",
            ),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh của lớp."),
        ],
        authors=["Văn phòng trường"],
        opts={"at": "2026-11-18 09:05", "user": "vanphong", "tags": ["kiem-tra-danh-gia"]},
    ),
    Story(
        id=2468,
        slug="hoc-sinh-truong-thpt-le-loi-dat-12-giai-hoc-sinh-gioi-cap-tinh",
        title=(
            "Học sinh Trường THPT Lê Lợi đạt 12 giải trong Kỳ thi chọn học sinh giỏi văn hóa cấp"
            " tỉnh lớp 12"
        ),
        cat="tin-tuc",
        published_at="2026-11-14",
        blocks=[
            P(
                "Ngày 12/11/2026, Sở Giáo dục và Đào tạo tỉnh Quảng Trị công bố kết quả Kỳ thi chọn học"
                " sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026 – 2027. Trường THPT Lê Lợi có 12 học"
                " sinh đạt giải, gồm 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích.",
                "pre:Ngày 12/11/2026,",
            ),
            P(
                "Kỳ thi được tổ chức trong hai ngày 28 và 29/10/2026 với gần 900 thí sinh đến từ các"
                " trường THPT trên toàn tỉnh dự thi 11 môn. Đội tuyển của nhà trường gồm 24 học sinh"
                " tham gia 8 môn thi."
            ),
            Img(
                f"{UP}/2026/11/hsg-cap-tinh-2026-1024x768.jpg",
                "Ban Giám hiệu chúc mừng các em học sinh đạt giải",
                "Ban Giám hiệu chúc mừng các em học sinh đạt giải",
                "wp",
            ),
            P(
                "Em Võ Thị Ngọc Ánh (lớp 12A1) xuất sắc giành giải Nhất môn Ngữ văn. Các giải Nhì thuộc"
                " về các em Trần Minh Khang (12A2, môn Toán), Lê Hoàng Phúc (12A1, môn Vật lí) và"
                " Nguyễn Thảo Vy (12A4, môn Tiếng Anh)."
            ),
            P(
                "Thành tích trên là kết quả của quá trình bồi dưỡng bền bỉ của các thầy cô giáo và sự"
                " nỗ lực của các em học sinh. Những học sinh có kết quả cao sẽ tiếp tục được bồi dưỡng"
                " để chọn vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027."
            ),
            _byline("<strong>Tin và ảnh: Lê Văn Hùng</strong>"),
        ],
        authors=["Lê Văn Hùng"],
        photographers=["Lê Văn Hùng"],
        opts={
            "at": "2026-11-14 06:40",
            "user": "admin",
            "tags": ["hoc-sinh-gioi"],
            "comments": [
                (
                    301,
                    0,
                    "Trần Thị Mai",
                    "2026-11-14 07:55",
                    "Chúc mừng các em! Tự hào về thầy trò Trường THPT Lê Lợi.",
                ),
                (
                    302,
                    0,
                    "Cựu học sinh khóa 2015 – 2018",
                    "2026-11-14 12:20",
                    "Chúc mừng em Ngọc Ánh và đội tuyển Ngữ văn của trường.",
                ),
                (
                    305,
                    301,
                    "Võ Văn Sơn",
                    "2026-11-15 21:03",
                    "Mong các em tiếp tục đạt kết quả cao ở kỳ thi quốc gia.",
                ),
            ],
        },
    ),
    Story(
        id=2460,
        slug="to-toan-tin-to-chuc-chuyen-de-ung-dung-tri-tue-nhan-tao-trong-day-hoc-mon-toan",
        title="Tổ Toán – Tin tổ chức chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12",
        blocks=[
            P(
                "Chiều 11/11/2026, Tổ Toán – Tin Trường THPT Lê Lợi tổ chức sinh hoạt chuyên đề “Ứng"
                " dụng trí tuệ nhân tạo trong dạy học môn Toán” với sự tham gia của giáo viên trong tổ"
                " và đại diện các tổ chuyên môn khác."
            ),
            P("Khai thác công cụ số một cách có chọn lọc", "h3"),
            P(
                "Tại buổi sinh hoạt, báo cáo viên giới thiệu một số công cụ hỗ trợ giáo viên thiết kế"
                " học liệu, xây dựng ngân hàng câu hỏi và phân tích kết quả kiểm tra; đồng thời lưu ý"
                " những rủi ro khi học sinh lạm dụng công cụ để giải bài tập."
            ),
            Img(
                f"{UP}/2026/11/chuyen-de-ai-toan-1024x576.jpg",
                "Ảnh: Thầy Phan Văn Long trình bày chuyên đề",
                "Thầy Phan Văn Long trình bày chuyên đề",
                "wp",
            ),
            P("Thống nhất cách làm trong tổ", "h3"),
            P("Sau phần thảo luận, tổ chuyên môn thống nhất một số nội dung:"),
            P(
                "Mỗi giáo viên xây dựng ít nhất 2 kế hoạch bài dạy có sử dụng công cụ số trong học kỳ I;",
                "li",
            ),
            P("Tổ chức dạy minh họa và rút kinh nghiệm vào tháng 12/2026;", "li"),
            P("Chia sẻ học liệu trên kho dữ liệu dùng chung của nhà trường.", "li"),
            _byline("<em>ThS. Phan Văn Long &#8211; Tổ Toán &#8211; Tin</em>"),
        ],
        authors=["Phan Văn Long"],
        opts={"at": "2026-11-12 16:10", "user": "admin", "tags": ["chuyen-de"]},
    ),
    Story(
        id=2452,
        slug="soi-noi-hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sôi nổi Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-09",
        blocks=[
            P(
                "Từ ngày 02 đến 07/11/2026, Đoàn trường THPT Lê Lợi tổ chức Hội thao chào mừng 44 năm"
                " Ngày Nhà giáo Việt Nam với các môn bóng đá nam, bóng chuyền nữ, kéo co và cờ vua, thu"
                " hút hơn 500 đoàn viên, học sinh tham gia."
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, đúng luật và giàu tinh thần thể thao. Bên cạnh các vận"
                " động viên, hàng trăm cổ động viên với băng rôn, khẩu hiệu đã tạo nên không khí náo"
                " nhiệt trên sân trường mỗi buổi chiều."
            ),
            Img(
                f"{UP}/2026/11/anh-1-1024x683.jpg",
                "Trận chung kết bóng đá nam giữa lớp 11A1 và 12A3",
                "Trận chung kết bóng đá nam giữa lớp 11A1 và 12A3",
                "gal",
            ),
            Img(f"{UP}/2026/11/anh-2-1024x683.jpg", None, None, "gal"),
            Img(
                f"{UP}/2026/11/anh-3-1024x683.jpg",
                "Các nữ vận động viên lớp 10A5 thi đấu bóng chuyền",
                "Các nữ vận động viên lớp 10A5 thi đấu bóng chuyền",
                "gal",
            ),
            Img(
                f"{UP}/2026/11/anh-4-1024x683.jpg",
                "Nội dung kéo co nhận được sự cổ vũ nhiệt tình",
                "Nội dung kéo co nhận được sự cổ vũ nhiệt tình",
                "gal",
            ),
            Img(f"{UP}/2026/11/anh-5-1024x683.jpg", None, None, "gal"),
            Img(
                f"{UP}/2026/11/anh-6-1024x683.jpg",
                "Ban tổ chức trao giải toàn đoàn cho các chi đoàn",
                "Ban tổ chức trao giải toàn đoàn cho các chi đoàn",
                "gal",
            ),
            P(
                "Kết quả, chi đoàn 12A3 giành giải Nhất toàn đoàn, chi đoàn 11A1 và 10A2 lần lượt xếp"
                " thứ Nhì và thứ Ba."
            ),
            _byline("<strong>Bài: Trần Đức Thịnh &#8211; Ảnh: Hoàng Gia Bảo</strong>"),
        ],
        authors=["Trần Đức Thịnh"],
        photographers=["Hoàng Gia Bảo"],
        opts={
            "at": "2026-11-09 10:30",
            "user": "ducthinh",
            "tags": ["doan-thanh-nien", "ngay-nha-giao-viet-nam"],
            "att_base": 2453,
        },
    ),
    Story(
        id=2447,
        slug="ke-hoach-to-chuc-hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11-2026",
        title="Kế hoạch tổ chức Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="thong-bao",
        published_at="2026-11-06",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học 2026 – 2027, nhà trường ban hành Kế hoạch tổ chức Hội giảng"
                " chào mừng Ngày Nhà giáo Việt Nam 20/11/2026. Hội giảng diễn ra từ ngày 09/11 đến ngày"
                " 18/11/2026; mỗi tổ chuyên môn đăng ký tối thiểu 2 tiết dạy."
            ),
            P(
                "Các tổ trưởng chuyên môn gửi danh sách đăng ký về Phó Hiệu trưởng phụ trách chuyên môn"
                " trước ngày 08/11/2026. Chi tiết kế hoạch xem tại văn bản dưới đây."
            ),
            Raw("@PDF"),
        ],
        opts={
            "at": "2026-11-06 14:00",
            "user": "admin",
            "tags": ["ngay-nha-giao-viet-nam"],
            "pdf": (f"{UP}/2026/11/KH-hoi-giang-20-11-2026.pdf", "KH-hoi-giang-20-11-2026", 2446),
        },
    ),
    Story(
        id=2439,
        slug="tuyen-truyen-phap-luat-ve-trat-tu-an-toan-giao-thong-cho-hoc-sinh",
        title="Tuyên truyền pháp luật về trật tự an toàn giao thông cho học sinh",
        cat="tin-tuc",
        published_at="2026-11-02",
        blocks=[
            P(
                "Sáng 31/10/2026, Phòng Cảnh sát giao thông Công an tỉnh Quảng Trị phối hợp với Trường"
                " THPT Lê Lợi tổ chức buổi tuyên truyền pháp luật về trật tự an toàn giao thông cho hơn"
                " 1.400 học sinh của nhà trường."
            ),
            P(
                "Tại buổi tuyên truyền, báo cáo viên đã thông tin về tình hình tai nạn giao thông liên"
                " quan đến học sinh trên địa bàn tỉnh; phổ biến các quy định của Luật Trật tự, an toàn"
                " giao thông đường bộ năm 2024, nhất là quy định về độ tuổi điều khiển xe mô tô, xe gắn"
                " máy và việc đội mũ bảo hiểm đúng cách."
            ),
            Img(
                f"{UP}/2026/11/tuyen-truyen-atgt-1024x683.jpg",
                "(Cán bộ Phòng Cảnh sát giao thông hướng dẫn học sinh kỹ năng đi xe đạp điện an toàn)",
                "Cán bộ Phòng Cảnh sát giao thông hướng dẫn học sinh kỹ năng đi xe đạp điện an toàn",
                "wp",
            ),
            P(
                "Dịp này, đơn vị tặng 200 mũ bảo hiểm đạt chuẩn cho học sinh có hoàn cảnh khó khăn. Đại"
                " diện học sinh, em Nguyễn Gia Huy (lớp 11A3) đã ký cam kết chấp hành nghiêm các quy"
                " định khi tham gia giao thông."
            ),
            _byline("<strong>Hoàng Minh Tâm</strong>"),
            _byline("<em>Nguồn: Báo Quảng Trị</em>"),
        ],
        authors=["Hoàng Minh Tâm"],
        source="Báo Quảng Trị",
        opts={"at": "2026-11-02 08:15", "user": "admin", "tags": ["an-toan-giao-thong"]},
    ),
    Story(
        id=2431,
        slug="to-ngu-van-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        title="Tổ Ngữ văn sinh hoạt chuyên môn theo nghiên cứu bài học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-27",
        summary=(
            "Nhằm nâng cao chất lượng dạy học đọc hiểu văn bản theo Chương trình giáo dục phổ thông"
            " 2018, ngày 24/10/2026, Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài"
            " học tại lớp 11A4."
        ),
        blocks=[
            P(
                "Nhằm nâng cao chất lượng dạy học đọc hiểu văn bản theo Chương trình giáo dục phổ thông"
                " 2018, ngày 24/10/2026, Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài"
                " học tại lớp 11A4.",
                "lead",
            ),
            P(
                "Tiết dạy minh họa bài “Tràng giang” (Huy Cận) do cô Lê Thị Minh Thư thực hiện. Giáo viên"
                " trong tổ tập trung quan sát hoạt động học của từng nhóm học sinh, ghi chép những biểu"
                " hiện tích cực cũng như khó khăn của các em trong quá trình tiếp cận văn bản."
            ),
            Img(
                f"{UP}/2026/10/nghien-cuu-bai-hoc-ngu-van-1024x683.jpg",
                "Giáo viên tổ Ngữ văn dự giờ, quan sát hoạt động nhóm của học sinh",
                "Giáo viên tổ Ngữ văn dự giờ, quan sát hoạt động nhóm của học sinh",
                "wp",
            ),
            P(
                "Trong phần thảo luận, các thầy cô thống nhất cần tăng thời lượng để học sinh tự đọc, tự"
                " đặt câu hỏi về văn bản; giảm bớt phần giảng bình của giáo viên và thiết kế phiếu học"
                " tập phù hợp với từng đối tượng học sinh."
            ),
            P(
                "Buổi sinh hoạt chuyên môn đã tạo không khí cởi mở, giúp giáo viên trong tổ nhìn nhận lại"
                " cách tổ chức hoạt động học, hướng tới lấy học sinh làm trung tâm."
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "at": "2026-10-27 20:45",
            "user": "hongnhung",
            "tags": ["chuyen-de"],
            "comments": [
                (
                    288,
                    0,
                    "Lê Thị Minh Thư",
                    "2026-10-28 06:50",
                    "Cảm ơn các thầy cô trong tổ đã góp ý rất chân thành cho tiết dạy.",
                ),
            ],
        },
    ),
    Story(
        id=2420,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-10-20",
        blocks=[
            P(
                "Chiều 17/10/2026, Trường THPT Lê Lợi tổ chức Hội nghị viên chức, người lao động năm học"
                " 2026 – 2027. Tham dự hội nghị có 86 cán bộ, giáo viên, nhân viên của nhà trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học"
                " 2026 – 2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân"
                " và thảo luận, góp ý sửa đổi Quy chế chi tiêu nội bộ."
            ),
            Img(
                f"{UP}/2026/10/hoi-nghi-vien-chuc-2026-1024x683.jpg",
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                "wp",
            ),
            P(
                "Với tinh thần dân chủ, đoàn kết, hội nghị đã biểu quyết thông qua nghị quyết với 100%"
                " đại biểu tán thành. Cán bộ, giáo viên, nhân viên ký kết giao ước thi đua thực hiện"
                " thắng lợi nhiệm vụ năm học mới."
            ),
            _byline("<strong>Tin, ảnh: Nguyễn Thị Hồng Nhung</strong>"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Nguyễn Thị Hồng Nhung"],
        opts={"at": "2026-10-20 11:00", "user": "admin", "tags": []},
    ),
    Story(
        id=2405,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-do-anh-huong-cua-bao-so-10",
        title="Thông báo cho học sinh nghỉ học do ảnh hưởng của bão số 10",
        cat="thong-bao",
        published_at="2026-10-08",
        blocks=[
            P(
                "Thực hiện Công điện của Chủ tịch UBND tỉnh và Công văn số 2156/SGDĐT-VP ngày 08/10/2026"
                " của Sở Giáo dục và Đào tạo về việc ứng phó với bão số 10, Trường THPT Lê Lợi thông báo:"
            ),
            P(
                "Toàn thể học sinh nghỉ học ngày 09/10/2026 (thứ Sáu). Thời gian đi học trở lại sẽ được"
                " nhà trường thông báo trên trang thông tin điện tử và nhóm Zalo của các lớp."
            ),
            P(
                "Đề nghị cha mẹ học sinh quản lý con em, không cho các em đi ra sông, suối, vùng ngập"
                " lụt; cán bộ trực tại trường theo lịch phân công, chủ động kiểm tra, gia cố cơ sở vật"
                " chất để bảo đảm an toàn."
            ),
        ],
        authors=["Văn phòng trường"],
        opts={"at": "2026-10-08 17:30", "user": "vanphong", "tags": []},
    ),
    Story(
        id=2388,
        slug="hoi-thao-doi-moi-kiem-tra-danh-gia-mon-vat-li-theo-chuong-trinh-gdpt-2018",
        title="Hội thảo đổi mới kiểm tra, đánh giá môn Vật lí theo Chương trình GDPT 2018",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-25",
        blocks=[
            P(
                "Ngày 23/9/2026, Tổ Vật lí – Công nghệ tổ chức hội thảo chuyên đề đổi mới kiểm tra, đánh"
                " giá môn Vật lí theo định hướng phát triển phẩm chất, năng lực học sinh."
            ),
            P(
                "Các báo cáo tham luận tập trung vào cách xây dựng ma trận, bản đặc tả đề kiểm tra định"
                " kỳ; kỹ thuật viết câu hỏi trắc nghiệm dạng đúng – sai và câu hỏi trả lời ngắn theo cấu"
                " trúc đề thi tốt nghiệp THPT từ năm 2025."
            ),
            Img(
                f"{UP}/2026/09/hoi-thao-vat-li-1024x683.jpg",
                "Cô Lê Thị Thanh Thủy trình bày tham luận tại hội thảo",
                "Cô Lê Thị Thanh Thủy trình bày tham luận tại hội thảo",
                "wp",
            ),
            P(
                "Kết thúc hội thảo, tổ chuyên môn thống nhất xây dựng ngân hàng câu hỏi dùng chung cho"
                " ba khối lớp, hoàn thành trước khi kiểm tra giữa học kỳ I."
            ),
            _byline("<strong>GV. Lê Thị Thanh Thủy</strong>"),
        ],
        authors=["Lê Thị Thanh Thủy"],
        opts={
            "at": "2026-09-25 15:00",
            "user": "admin",
            "tags": ["kiem-tra-danh-gia"],
            "nfd": True,
        },
    ),
    Story(
        id=1876,
        slug="hoi-trai-ky-niem-95-nam-ngay-thanh-lap-doan-tncs-ho-chi-minh",
        title="Hội trại kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
        cat="tin-tuc",
        published_at="2026-03-26",
        summary=(
            "Hướng tới kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026),"
            " trong hai ngày 24 và 25/3/2026, Đoàn trường THPT Lê Lợi tổ chức Hội trại truyền thống"
            " với chủ đề “Tuổi trẻ Lê Lợi – Tự hào tiếp bước”."
        ),
        blocks=[
            P(
                "Hướng tới kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026),"
                " trong hai ngày 24 và 25/3/2026, Đoàn trường THPT Lê Lợi tổ chức Hội trại truyền thống"
                " với chủ đề “Tuổi trẻ Lê Lợi – Tự hào tiếp bước”.",
                "lead",
            ),
            P(
                "Hội trại có sự tham gia của 36 chi đoàn với hơn 1.300 đoàn viên. Các trại được dựng"
                " công phu, sáng tạo, thể hiện tình yêu quê hương, đất nước và tinh thần đoàn kết của"
                " tuổi trẻ nhà trường."
            ),
            Img(
                f"{UP}/2026/03/hoi-trai-26-3-1.jpg",
                "Ảnh: Cổng trại của chi đoàn 12A1 đạt giải Nhất",
                "Cổng trại của chi đoàn 12A1 đạt giải Nhất",
                "cap",
            ),
            P(
                "Trong khuôn khổ hội trại, Đoàn trường tổ chức nhiều hoạt động như: thi cắm trại, thi"
                " nghi thức Đoàn, trò chơi dân gian, đêm lửa trại và chương trình văn nghệ “Thanh niên"
                " làm theo lời Bác”."
            ),
            Img(
                f"{UP}/2026/03/hoi-trai-26-3-2.jpg",
                "Đêm lửa trại sôi động của các đoàn viên",
                "Đêm lửa trại sôi động của các đoàn viên",
                "vc",
            ),
            P(
                "Hội trại là dịp để đoàn viên, thanh niên ôn lại truyền thống vẻ vang của Đoàn, rèn"
                " luyện kỹ năng hoạt động tập thể và tăng cường tình đoàn kết giữa các chi đoàn."
            ),
            _byline("<strong>Trần Đức Thịnh</strong> &#8211; Bí thư Đoàn trường"),
        ],
        authors=["Trần Đức Thịnh"],
        opts={
            "at": "2026-03-26 21:10",
            "user": "ducthinh",
            "tags": ["doan-thanh-nien"],
            "updated": "2026-06-30 10:12",
            "show_updated": True,
            "vc": True,
        },
    ),
    Story(
        id=1702,
        slug="ky-niem-81-nam-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam",
        title="Kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        cat="tin-tuc",
        published_at="2025-12-22",
        blocks=[
            P(
                "Chào mừng kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 –"
                " 22/12/2025) và 36 năm Ngày hội Quốc phòng toàn dân, sáng 22/12/2025, Đoàn trường THPT"
                " Lê Lợi tổ chức chương trình giao lưu “Tiếp bước cha anh” với các cựu chiến binh phường"
                " Đông Hà."
            ),
            Img(
                f"{UP}/2025/12/giao-luu-tiep-buoc-cha-anh-800x533.jpg",
                "(Đoàn viên tặng hoa các cựu chiến binh tham dự buổi giao lưu)",
                "Đoàn viên tặng hoa các cựu chiến binh tham dự buổi giao lưu",
                "cap",
            ),
            P(
                "Tại buổi giao lưu, các cựu chiến binh đã kể lại những kỷ niệm về những năm tháng chiến"
                " đấu trên chiến trường Quảng Trị, qua đó giáo dục lòng yêu nước, lòng biết ơn và trách"
                " nhiệm của thế hệ trẻ đối với quê hương, đất nước."
            ),
            P(
                "Dịp này, Đoàn trường trao tặng 10 suất quà cho các gia đình chính sách có hoàn cảnh khó"
                " khăn trên địa bàn phường."
            ),
            _byline("<em>Nguồn: Fanpage Đoàn trường THPT Lê Lợi</em>"),
        ],
        source="Fanpage Đoàn trường THPT Lê Lợi",
        opts={"at": "2025-12-22 19:00", "user": "admin", "tags": ["doan-thanh-nien"], "vc": True},
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/{story.slug}/"


def local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def modified(story: Story) -> datetime:
    at = story.opts.get("updated") or story.opts["at"]
    return datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(
    cat: str | None = None, tag: str | None = None, user: str | None = None, day: str | None = None
) -> list[Story]:
    """Posts newest first, filtered like WordPress's main query (``day`` is a date prefix)."""
    out = [
        s
        for s in STORIES
        if (cat is None or s.cat == cat)
        and (tag is None or tag in s.opts["tags"])
        and (user is None or s.opts["user"] == user)
        and (day is None or s.opts["at"].startswith(day))
    ]
    return sorted(out, key=local, reverse=True)


def pages_of(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def comment_ids(story: Story) -> list[int]:
    return [c[0] for c in story.opts.get("comments", [])]


#: gallery photos: (post, attachment slug, attachment id, image)
ATTACHMENTS: list[tuple[Story, str, int, Img]] = [
    (
        s,
        re.sub(r"-\d+x\d+$", "", img.src.rsplit("/", 1)[1].rsplit(".", 1)[0]),
        s.opts["att_base"] + i,
        img,
    )
    for s in STORIES
    if "att_base" in s.opts
    for i, img in enumerate(b for b in s.images if b.style == "gal")
]


def attachment_path(story: Story, slug: str) -> str:
    return f"/{story.slug}/{slug}/"


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat][1],
        alt_paths=[
            f"{article_path(s)}?amp=1",
            *(f"{article_path(s)}?replytocom={cid}" for cid in comment_ids(s)),
        ],
    )
    for s in STORIES
]

MONTHS_WITH_POSTS: list[str] = sorted({s.opts["at"][:7] for s in STORIES}, reverse=True)
DAYS_WITH_POSTS: list[str] = sorted({s.opts["at"][:10] for s in STORIES}, reverse=True)


def _month_path(ym: str) -> str:
    return f"/{ym[:4]}/{ym[5:7]}/"


def _day_path(ymd: str) -> str:
    return f"/{ymd[:4]}/{ymd[5:7]}/{ymd[8:10]}/"


def _paged(base: str, n: int) -> list[str]:
    return [base if i == 1 else f"{base}page/{i}/" for i in range(1, pages_of(n) + 1)]


STATIC_PAGES = ("/gioi-thieu/", "/doi-ngu/", "/tai-lieu/", "/lien-he/", "/lich-cong-tac/")

NON_ARTICLES: list[str] = [
    *_paged("/", len(STORIES)),
    *(p for c in CATS for p in _paged(f"/category/{c}/", len(newest(c)))),
    *(p for t in TAGS for p in _paged(f"/tag/{t}/", len(newest(tag=t)))),
    *(p for u in USERS for p in _paged(f"/author/{u}/", len(newest(user=u)))),
    *(p for m in MONTHS_WITH_POSTS for p in _paged(_month_path(m), len(newest(day=m)))),
    *(_day_path(d) for d in DAYS_WITH_POSTS),
    *STATIC_PAGES,
    *(attachment_path(s, slug) for s, slug, _, _ in ATTACHMENTS),
    "/wp-login.php",
]


# --------------------------------------------------------------------------- rendering helpers

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def wt(value: str, nfd: bool = False) -> str:
    """Text as WordPress prints it: escaped, then wptexturize's numeric references."""
    s = esc(value)
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return unicodedata.normalize("NFD", s) if nfd else s


def vi_date(when: datetime | date) -> str:
    """WordPress's ``j F, Y`` in the vi locale: "14 Tháng mười một, 2026"."""
    return f"{when.day} {MONTHS[when.month - 1]}, {when.year}"


def _vi_time(when: datetime) -> str:
    """``g:i a`` in the vi locale: "4:12 chiều"."""
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'sáng' if when.hour < 12 else 'chiều'}"


def _iso(when: datetime) -> str:
    return when.isoformat()


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _views(story: Story) -> str:
    return f"{story.views() * 7:,}".replace(",", ".")


def _words(story: Story) -> int:
    return sum(len(p.split()) for p in story.paragraphs)


def _read_time(story: Story) -> int:
    return max(1, -(-_words(story) // 200))


def _thumb(story: Story) -> str:
    img = story.images[0].src if story.images else f"{UP}/2025/08/logo-le-loi-thumb.jpg"
    return re.sub(r"-\d+x\d+(\.\w+)$", r"-585x390\1", img)


def _excerpt(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    words = first.split()
    return first if len(words) <= 30 else " ".join(words[:30]) + "…"


def _gravatar(login: str) -> str:
    digest = hashlib.md5(f"{login}@thptleloi.edu.vn".encode()).hexdigest()
    return f"https://secure.gravatar.com/avatar/{digest}?s=100&amp;d=mm&amp;r=g"


def _person_id(login: str) -> str:
    return hashlib.md5(login.encode()).hexdigest()


def _img_tag(base: str, src: str, cls: str, alt: str = "", extra: str = "") -> str:
    full = base + src
    m = re.search(r"-(\d+)x(\d+)(\.\w+)$", src)
    w, h = (m.group(1), m.group(2)) if m else ("800", "533")
    stem = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)
    small = re.sub(r"(\.\w+)$", r"-300x200\1", stem)
    srcset = f"{full} {w}w, {base}{small} 300w" + (f", {base}{stem} 1600w" if m else "")
    return (
        f'<img loading="lazy" decoding="async" width="{w}" height="{h}" src="{full}" alt="{esc(alt)}"'
        f' class="{cls}" srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px"{extra} />'
    )


# --------------------------------------------------------------------------- post content


def _att_id(story: Story, img: Img) -> int:
    return 3000 + (story.id % 1000) * 5 + story.images.index(img)


def _content(story: Story, base: str, amp: bool = False) -> str:
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    blocks = story.blocks
    i = 0

    def t(value: str) -> str:
        return wt(value, nfd)

    def image(img: Img) -> str:
        aid = _att_id(story, img)
        if amp:
            tag = f'<amp-img src="{base}{img.src}" width="1024" height="683" layout="intrinsic" class="wp-image-{aid}"></amp-img>'
        else:
            alt = story.opts.get("alt_of_2", "") if img.src.endswith("-2-1024x683.jpg") else ""
            tag = _img_tag(base, img.src, f"wp-image-{aid}", alt)
        return tag

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append(f'<ul class="wp-block-list">\n{"".join(items)}\n</ul>')
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                if row.style == "th":
                    head = "".join(f"<th>{t(c)}</th>" for c in row.text.split(" | "))
                else:
                    rows.append(
                        "<tr>"
                        + "".join(f"<td>{t(c)}</td>" for c in row.text.split(" | "))
                        + "</tr>"
                    )
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></figure>"
            )
            continue
        if isinstance(b, P) and b.style == "quote":
            cite = ""
            if (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style == "cite"
            ):
                cite = f"<cite>{t(blocks[i + 1].text)}</cite>"
                i += 1
            out.append(
                f'<blockquote class="wp-block-quote is-layout-flow"><p>{t(b.text)}</p>{cite}</blockquote>'
            )
            i += 1
            continue
        if isinstance(b, Img) and b.style == "gal":
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                img = blocks[i]
                att = next(a for a in ATTACHMENTS if a[3] == img)
                href = base + attachment_path(story, att[1])
                cap = (
                    f'<figcaption class="wp-element-caption">{t(img.printed)}</figcaption>'
                    if img.printed
                    else ""
                )
                figs.append(
                    f'<figure class="wp-block-image size-large"><a href="{href}">{image(img)}</a>{cap}</figure>'
                )
                i += 1
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped is-layout-flex">'
                + "\n".join(figs)
                + "</figure>"
            )
            continue
        if isinstance(b, P):
            if b.style == "lead":
                out.append(f"<p><strong>{t(b.text)}</strong></p>")
            elif b.style.startswith("pre:"):
                prefix = b.style[4:]
                assert b.text.startswith(prefix)
                out.append(f"<p><strong>{t(prefix)}</strong>{t(b.text[len(prefix) :])}</p>")
            elif b.style in ("h2", "h3"):
                out.append(f'<{b.style} class="wp-block-heading">{t(b.text)}</{b.style}>')
            else:
                out.append(f"<p>{t(b.text)}</p>")
        elif isinstance(b, Img):
            aid = _att_id(story, b)
            if b.style == "wp":
                cap = (
                    f'<figcaption class="wp-element-caption">{t(b.printed)}</figcaption>'
                    if b.printed
                    else ""
                )
                out.append(
                    f'<figure class="wp-block-image aligncenter size-large">{image(b)}{cap}</figure>'
                )
            elif b.style == "cap":
                tag = (
                    image(b)
                    if amp
                    else _img_tag(
                        base,
                        b.src,
                        f"size-full wp-image-{aid}",
                        extra=f' aria-describedby="caption-attachment-{aid}"',
                    )
                )
                out.append(
                    f'<div id="attachment_{aid}" style="width: 810px" class="wp-caption aligncenter">{tag}'
                    f'<p id="caption-attachment-{aid}" class="wp-caption-text">{t(b.printed)}</p></div>'
                )
            elif b.style == "vc":
                tag = (
                    image(b)
                    if amp
                    else _img_tag(base, b.src, "vc_single_image-img attachment-full")
                )
                out.append(
                    '@VC<div class="wpb_single_image wpb_content_element vc_align_center">'
                    '<figure class="wpb_wrapper vc_figure"><div class="vc_single_image-wrapper vc_box_border_grey">'
                    f'{tag}</div><figcaption class="vc_figure-caption">{t(b.printed)}</figcaption></figure></div>'
                )
        else:
            if b.html == "@PDF":
                out.append(_pdf_block(story, base, amp))
            else:
                out.append(unicodedata.normalize("NFD", b.html) if nfd else b.html)
        i += 1
    if story.opts.get("vc") and not amp:
        return _wpbakery(out)
    return "\n".join(out)


def _wpbakery(parts: list[str]) -> str:
    """WPBakery's row: runs of text in ``wpb_text_column`` blocks, single images between them."""
    cells: list[str] = []
    run: list[str] = []
    for part in parts:
        if part.startswith("@VC"):
            if run:
                cells.append(_text_column(run))
                run = []
            cells.append(part[3:])
        else:
            run.append(part)
    if run:
        cells.append(_text_column(run))
    inner = "\n".join(cells)
    return (
        '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12">'
        f'<div class="vc_column-inner"><div class="wpb_wrapper">\n{inner}\n</div></div></div></div>'
    )


def _text_column(run: list[str]) -> str:
    body = "\n".join(run)
    return f'<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">\n{body}\n</div></div>'


def _pdf_block(story: Story, base: str, amp: bool) -> str:
    href, name, aid = story.opts["pdf"]
    if amp:
        return f'<div class="wp-block-file"><a href="{base}{href}">{esc(name)}</a></div>'
    return (
        f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind--hidden="!state.hasPdfPreview"'
        f' class="wp-block-file__embed" data="{base}{href}" type="application/pdf" style="width:100%;height:600px"'
        f' aria-label="Nhúng {esc(name)}"></object><a id="wp-block-file--media-{aid}" href="{base}{href}">{esc(name)}</a>'
        f'<a href="{base}{href}" class="wp-block-file__button wp-element-button" download'
        f' aria-describedby="wp-block-file--media-{aid}">Tải về</a></div>'
    )


def _jetpack_share(story: Story, base: str) -> str:
    url = base + article_path(story)
    return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{story.id}" class="share-facebook sd-button share-icon" href="{url}?share=facebook&amp;nb=1" target="_blank" title="Nhấn để chia sẻ lên Facebook"><span>Facebook</span></a></li>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{story.id}" class="share-twitter sd-button share-icon" href="{url}?share=twitter&amp;nb=1" target="_blank" title="Nhấp để chia sẻ trên X"><span>X</span></a></li>
<li class="share-end"></li></ul></div></div></div>"""


# --------------------------------------------------------------------------- page chrome


def _head(request: Request, title: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} RSS Feed" href="{base}/feed/" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{wt(title)}</title>
{extra}
<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<link rel='stylesheet' id='penci-fonts-css' href='//fonts.googleapis.com/css?family=Roboto%3A300%2C400%2C500%2C700%7CMulish%3A400%2C700&#038;display=swap&#038;ver=8.5.9' type='text/css' media='all' />
<link rel='stylesheet' id='penci-main-style-css' href='{base}{THEME}/main.css?ver=8.5.9' type='text/css' media='all' />
<link rel='stylesheet' id='js_composer_front-css' href='{base}/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.9' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{base}/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<style id="penci-custom-style" type="text/css">.penci-hide-tagupdated{{display:none!important;}}body{{--pcbg-cl:#fff;--pctext-cl:#313131;--pcaccent-cl:#1565c0;}}</style>
<link rel="icon" href="{base}{UP}/2025/08/cropped-logo-le-loi-32x32.png" sizes="32x32" />
</head>"""


def _menu(base: str, active: str) -> str:
    items = [
        ("/", "Trang chủ", []),
        (
            "/gioi-thieu/",
            "Giới thiệu",
            [("/gioi-thieu/", "Lịch sử nhà trường"), ("/doi-ngu/", "Đội ngũ")],
        ),
        ("/category/tin-tuc/", "Tin tức", []),
        ("/category/thong-bao/", "Thông báo", []),
        ("/category/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn", []),
        ("/tai-lieu/", "Tài liệu", []),
        ("/lich-cong-tac/", "Lịch công tác", []),
        ("/lien-he/", "Liên hệ", []),
    ]
    lis = []
    for n, (href, label, subs) in enumerate(items):
        cls = f"menu-item menu-item-type-custom menu-item-{40 + n}"
        if href == active:
            cls += " current-menu-item"
        sub = ""
        if subs:
            cls += " menu-item-has-children"
            sub = (
                '<ul class="sub-menu">'
                + "".join(
                    f'<li class="menu-item menu-item-type-post_type"><a href="{base}{h}">{esc(lab)}</a></li>'
                    for h, lab in subs
                )
                + "</ul>"
            )
        lis.append(
            f'<li id="menu-item-{40 + n}" class="{cls}"><a href="{base}{href}">{esc(label)}</a>{sub}</li>'
        )
    return f'<ul id="menu-menu-chinh" class="menu">{"".join(lis)}</ul>'


def _header(base: str, active: str) -> str:
    ticker = "".join(
        f'<div><a class="penci-topbar-post" href="{base}{article_path(s)}" title="{esc(s.title)}">{wt(s.title)}</a></div>'
        for s in newest("tin-tuc")[:4]
    )
    return f"""<div class="wrapper-boxed header-style-header-3">
<div class="penci-header-wrap">
<div class="penci-top-bar topbar-menu topbar-fullwidth"><div class="container"><div class="penci-headline" role="navigation">
<div class="pctopbar-item penci-topbar-date"><i class="penci-faicon fa fa-calendar"></i> <span class="penci-topbar-todaydate">{TODAY}</span></div>
<div class="pctopbar-item penci-topbar-ctext"><i class="penci-faicon fa fa-phone"></i> Hotline: {HOTLINE}</div>
<div class="pctopbar-item penci-topbar-trending"><span class="headline-title nticker-style-1">Tin nổi bật</span>
<span class="penci-trending-nav"><a class="penci-slider-prev" href="#"><i class="penci-faicon fa fa-angle-left"></i></a><a class="penci-slider-next" href="#"><i class="penci-faicon fa fa-angle-right"></i></a></span>
<div class="penci-owl-carousel penci-owl-carousel-slider penci-headline-posts" data-auto="true" data-nav="false">{ticker}</div></div>
<div class="pctopbar-item penci-topbar-social"><div class="inner-header-social">
<a href="https://www.facebook.com/thptleloi.quangtri" aria-label="Facebook" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-facebook"></i></a>
<a href="https://www.youtube.com/@thptleloiquangtri" aria-label="Youtube" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-youtube-play"></i></a>
<a href="mailto:{EMAIL}" aria-label="Email" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-envelope-o"></i></a></div></div>
</div></div></div>
<header id="header" class="header-header-3 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div class="inner-header penci-header-second"><div class="container"><div id="logo">
<a href="{base}/"><img class="penci-mainlogo penci-limg" src="{base}{UP}/2025/08/logo-le-loi.png" alt="{esc(SITE)}" width="420" height="100"></a></div>
<div class="header-banner header-style-3"><a href="{base}/category/thong-bao/"><img class="penci-lazy" src="{base}{UP}/2026/08/banner-nam-hoc-2026-2027.jpg" alt="Chào mừng năm học mới 2026 – 2027" width="728" height="90"></a></div>
</div></div>
<nav id="navigation" class="header-layout-bottom header-3 menu-style-1 menu-item-padding" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="container">
<div class="button-menu-mobile header-3"><i class="penci-faicon fa fa-bars"></i></div>
{_menu(base, active)}
<div id="top-search" class="penci-top-search pcheader-icon top-search-classes"><a class="search-click" aria-label="Tìm kiếm"><i class="penci-faicon fa fa-search"></i></a>
<div class="show-search"><form role="search" method="get" class="pc-searchform" action="{base}/"><div><input type="text" class="search-input" placeholder="Nhập từ khóa và nhấn Enter..." name="s" /></div></form>
<a class="search-click close-search"><i class="penci-faicon fa fa-close"></i></a></div></div>
</div></nav>
</header>
</div>"""


def _side_item(base: str, s: Story, meta: str) -> str:
    return (
        f'<li class="penci-feed"><div class="side-item"><div class="side-image">'
        f'<a class="penci-image-holder penci-lazy small-fix-size" rel="bookmark" data-bgset="{base}{_thumb(s)}" href="{base}{article_path(s)}" title="{esc(s.title)}"></a></div>'
        f'<div class="side-item-text"><h4 class="side-title-post"><a href="{base}{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{wt(s.title)}</a></h4>'
        f"{meta}</div></div></li>"
    )


def _time(s: Story, cls: str = "entry-date published") -> str:
    return f'<time class="{cls}" datetime="{_iso(local(s))}">{vi_date(local(s))}</time>'


def _calendar(base: str, ym: str) -> str:
    year, month = int(ym[:4]), int(ym[5:7])
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    days = (nxt - first).days
    linked = {int(d[8:10]) for d in DAYS_WITH_POSTS if d.startswith(ym)}
    cells = [f'<td class="pad" colspan="{first.weekday()}">&nbsp;</td>'] if first.weekday() else []
    rows, col = [], first.weekday()
    for d in range(1, days + 1):
        label = (
            f'<a href="{base}/{ym[:4]}/{ym[5:7]}/{d:02d}/" aria-label="Các bài viết đã được xuất bản vào {vi_date(date(year, month, d))}">{d}</a>'
            if d in linked
            else str(d)
        )
        today = ' id="today"' if date(year, month, d) == TODAY_DATE else ""
        cells.append(f"<td{today}>{label}</td>")
        col += 1
        if col == 7:
            rows.append("<tr>" + "".join(cells) + "</tr>")
            cells, col = [], 0
    if cells:
        rows.append("<tr>" + "".join(cells) + "</tr>")
    earlier = [m for m in MONTHS_WITH_POSTS if m < ym]
    later = [m for m in MONTHS_WITH_POSTS if m > ym and m <= f"{TODAY_DATE:%Y-%m}"]
    prev = (
        f'<a href="{base}{_month_path(earlier[0])}">&laquo; Th{int(earlier[0][5:7])}</a>'
        if earlier
        else "&nbsp;"
    )
    after = (
        f'<a href="{base}{_month_path(later[-1])}">Th{int(later[-1][5:7])} &raquo;</a>'
        if later
        else "&nbsp;"
    )
    head = "".join(
        f'<th scope="col" aria-label="{w}">{a}</th>'
        for w, a in zip(WEEKDAYS, _WD_SHORT, strict=True)
    )
    return (
        f'<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">'
        f"<caption>{MONTHS[month - 1]} {year}</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<nav aria-label="Tháng trước và tháng tới" class="wp-calendar-nav"><span class="wp-calendar-nav-prev">{prev}</span>'
        f'<span class="pad">&nbsp;</span><span class="wp-calendar-nav-next">{after}</span></nav></div>'
    )


#: the weekly work schedule: ISO week -> [(day, time, content, place)]
SCHEDULE: dict[str, list[tuple[str, str, str, str]]] = {
    "2026-W47": [
        ("16/11", "7h00", "Chào cờ đầu tuần; phát động thi đua chào mừng 20/11", "Sân trường"),
        ("18/11", "14h00", "Hội giảng: dạy minh họa môn Ngữ văn lớp 11A4", "Phòng 204"),
        ("20/11", "7h30", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Hội trường"),
    ],
    "2026-W48": [
        ("23/11", "7h00", "Chào cờ; sơ kết thi đua đợt 1", "Sân trường"),
        ("25/11", "14h00", "Họp tổ chuyên môn: thống nhất ma trận đề kiểm tra cuối kỳ I", "Các tổ"),
        (
            "27/11",
            "8h00",
            "Kiểm tra nội bộ hồ sơ chuyên môn tổ Vật lí – Công nghệ",
            "Phòng Hiệu phó",
        ),
    ],
    "2026-W49": [
        ("30/11", "7h00", "Chào cờ; tuyên truyền phòng, chống HIV/AIDS", "Sân trường"),
        ("03/12", "14h00", "Họp Hội đồng sư phạm tháng 12", "Hội trường"),
    ],
}
THIS_WEEK = f"{TODAY_DATE.isocalendar().year}-W{TODAY_DATE.isocalendar().week:02d}"


def _schedule_rows(week: str) -> str:
    rows = SCHEDULE.get(week, [])
    if not rows:
        return '<tr><td colspan="4">Chưa có lịch công tác cho tuần này.</td></tr>'
    return "".join(
        f"<tr><td>{d}</td><td>{t}</td><td>{wt(c)}</td><td>{wt(p)}</td></tr>" for d, t, c, p in rows
    )


def _sidebar(base: str, cal_month: str | None = None) -> str:
    latest = "".join(
        _side_item(base, s, f'<span class="side-item-meta side-wdate">{_time(s)}</span>')
        for s in newest()[:5]
    )
    popular = "".join(
        _side_item(
            base,
            s,
            f'<span class="side-item-meta side-wviews"><i class="penci-faicon fa fa-eye"></i> {_views(s)} lượt xem</span>',
        )
        for s in sorted(STORIES, key=lambda s: (-s.views(), s.id))[:5]
    )
    months = "".join(
        f'<li><a href="{base}{_month_path(m)}">{MONTHS[int(m[5:7]) - 1]} {m[:4]}</a>&nbsp;({len(newest(day=m))})</li>'
        for m in MONTHS_WITH_POSTS
    )
    today = [r for r in SCHEDULE[THIS_WEEK] if r[0] == f"{TODAY_DATE:%d/%m}"]
    agenda = (
        "".join(f"<li><strong>{t}</strong> {wt(c)} <em>({wt(p)})</em></li>" for _, t, c, p in today)
        or "<li>Không có lịch hôm nay.</li>"
    )
    return f"""<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-left pciconp-right pcicon-right">
<div class="theiaStickySidebar">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="pc-searchform" action="{base}/"><div><input type="text" class="search-input" placeholder="Nhập từ khóa..." name="s" /><i class="penci-faicon fa fa-search"></i><input type="submit" class="searchsubmit" value="Tìm kiếm" /></div></form></aside>
<aside id="penci_latest_news_widget-2" class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Tin mới</span></h3>
<ul id="penci-latestwg-1" class="side-newsfeed display-order-numbers">{latest}</ul></aside>
<aside id="penci_popular_news_widget-2" class="widget penci_popular_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Bài xem nhiều</span></h3>
<ul class="side-newsfeed">{popular}</ul></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Lịch công tác</span></h3>
<div class="textwidget custom-html-widget"><div class="lct-widget"><p class="lct-today">Hôm nay ({TODAY_DATE:%d/%m/%Y}):</p><ul>{agenda}</ul>
<p><a href="{base}/lich-cong-tac/">Xem lịch công tác tuần &raquo;</a></p></div></div></aside>
<aside id="calendar-2" class="widget widget_calendar"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Lịch</span></h3>{_calendar(base, cal_month or f"{TODAY_DATE:%Y-%m}")}</aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Lưu trữ</span></h3><ul>{months}</ul></aside>
<aside id="penci_facebook_widget-2" class="widget penci_facebook_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Fanpage</span></h3>
<iframe class="penci-lazy" data-src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fthptleloi.quangtri&amp;tabs=timeline&amp;width=340&amp;height=300" width="340" height="300" style="border:none;overflow:hidden" title="Facebook"></iframe></aside>
<aside id="meta-2" class="widget widget_meta"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Meta</span></h3><ul>
<li><a href="{base}/wp-login.php">Đăng nhập</a></li>
<li><a href="{base}/feed/">RSS bài viết</a></li>
<li><a href="{base}/comments/feed/">RSS bình luận</a></li>
<li><a href="https://vi.wordpress.org/">WordPress.org</a></li></ul></aside>
</div></div>"""


def _json_url(url: str) -> str:
    return url.replace("/", "\\/")


def _footer(base: str) -> str:
    return f"""<div class="clear-footer"></div>
<footer id="footer-section" class="penci-footer-social-media penci-lazy footer-social-remove-circle" itemscope itemtype="https://schema.org/WPFooter">
<div class="container"><div id="widget-area"><div class="container"><div class="footer-widget-wrapper">
<aside class="widget widget_text"><h4 class="footer-widget-title"><span>{esc(SITE.upper())}</span></h4><div class="textwidget">
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Trị</p>
<p><i class="fa fa-map-marker"></i> Địa chỉ: {esc(ADDRESS)}</p>
<p><i class="fa fa-phone"></i> Điện thoại: {PHONE} &#8211; Hotline: {HOTLINE}</p>
<p><i class="fa fa-envelope"></i> Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Quang &#8211; Hiệu trưởng</p></div></aside>
<aside class="widget widget_wpstatistics_widget"><h4 class="footer-widget-title"><span>Thống kê truy cập</span></h4><ul>
<li><label>Đang trực tuyến:</label> 9</li><li><label>Hôm nay:</label> 612</li><li><label>Hôm qua:</label> 1.034</li>
<li><label>Tháng này:</label> 21.487</li><li><label>Tổng lượt truy cập:</label> 1.276.309</li></ul></aside>
</div></div></div>
<div class="footer-socials-section"><ul class="footer-socials"><li><a href="https://www.facebook.com/thptleloi.quangtri" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-facebook"></i><span>Facebook</span></a></li>
<li><a href="https://www.youtube.com/@thptleloiquangtri" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-youtube-play"></i><span>Youtube</span></a></li></ul></div>
<div class="footer-menu-wrap"><ul id="menu-footer" class="footer-menu"><li><a href="{base}/gioi-thieu/">Giới thiệu</a></li><li><a href="{base}/lien-he/">Liên hệ</a></li><li><a href="{base}/tai-lieu/">Tài liệu</a></li></ul></div>
<div id="footer-copyright"><p>&copy; 2026 {esc(SITE)}. Bản quyền thuộc về {esc(SITE)}. Thiết kế bởi Quảng Trị Web.</p></div>
<div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penci-faicon fa fa-angle-up"></i><br>Về đầu trang</span></a></div>
</div></footer>
</div><!-- End .wrapper-boxed -->
<script type="text/javascript" src="{base}{THEME}/js/libs-script.min.js?ver=8.5.9" id="penci-libs-js-js"></script>
<script type="text/javascript" src="{base}{THEME}/js/main.js?ver=8.5.9" id="main-scripts-js"></script>
<script type="text/javascript" id="penci_ajax_like_post-js-extra">var ajax_var_more = {{"url":"{_json_url(base)}\\/wp-admin\\/admin-ajax.php","nonce":"6f1c2a9b3e"}};</script>
<script src="https://stats.wp.com/e-202648.js" defer></script>
</body>
</html>"""


def _page(
    request: Request,
    title: str,
    body_class: str,
    main: str,
    *,
    active: str = "",
    extra: str = "",
    sidebar: bool = True,
    cal_month: str | None = None,
) -> Response:
    base = base_url(request)
    side = _sidebar(base, cal_month) if sidebar else ""
    layout = "penci-single-sidebar two-sidebar" if sidebar else "penci-fullwidth"
    doc = (
        _head(request, title, extra)
        + f'\n<body class="{body_class} wpb-js-composer js-comp-ver-7.9 vc_responsive">\n'
        + '<a id="close-sidebar-nav" class="header-3"><i class="penci-faicon fa fa-close"></i></a>\n'
        + _header(base, active)
        + f'\n<div class="container container-single {layout}"><div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">\n'
        + main
        + "\n</div></div>\n"
        + side
        + "\n</div>\n"
        + _footer(base)
    )
    return html(doc, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


def _crumbs(base: str, *trail: tuple[str | None, str]) -> str:
    parts = [f'<a href="{base}/">Trang chủ</a>']
    for href, label in trail:
        parts.append(
            f'<a href="{base}{href}">{wt(label)}</a>'
            if href
            else f'<span class="last">{wt(label)}</span>'
        )
    sep = '<span class="separator"> &raquo; </span>'
    return (
        '<div class="container penci-breadcrumb single-breadcrumb"><nav aria-label="breadcrumbs" class="rank-math-breadcrumb">'
        f"<p>{sep.join(parts)}</p></nav></div>"
    )


# --------------------------------------------------------------------------- posts


def _yoast(story: Story, base: str, canonical: str) -> str:
    user = story.opts["user"]
    display = USERS[user][0]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{canonical}#article",
                "isPartOf": {"@id": canonical},
                "author": {"name": display, "@id": f"{base}/#/schema/person/{_person_id(user)}"},
                "headline": story.title,
                "datePublished": _utc(local(story)),
                "dateModified": _utc(modified(story)),
                "mainEntityOfPage": {"@id": canonical},
                "wordCount": _words(story),
                "commentCount": len(comment_ids(story)),
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{canonical}#primaryimage"},
                "thumbnailUrl": base + _thumb(story),
                "keywords": [TAGS[t] for t in story.opts["tags"]],
                "articleSection": [CATS[story.cat][1]],
                "inLanguage": "vi",
            },
            {
                "@type": "WebPage",
                "@id": canonical,
                "url": canonical,
                "name": f"{story.title} - {SITE}",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": _utc(local(story)),
                "dateModified": _utc(modified(story)),
                "breadcrumb": {"@id": f"{canonical}#breadcrumb"},
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{canonical}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": story.title},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": SITE,
                "url": f"{base}/",
                "logo": {"@type": "ImageObject", "url": f"{base}{UP}/2025/08/logo-le-loi.png"},
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/{_person_id(user)}",
                "name": display,
                "url": f"{base}/author/{user}/",
            },
        ],
    }
    desc = esc(_excerpt(story))
    return f"""<meta name="description" content="{desc}" />
<link rel="canonical" href="{canonical}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(story.title)} - {esc(SITE)}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{canonical}" />
<meta property="og:site_name" content="{esc(SITE)}" />
<meta property="article:publisher" content="https://www.facebook.com/thptleloi.quangtri" />
<meta property="article:published_time" content="{_utc(local(story))}" />
<meta property="article:modified_time" content="{_utc(modified(story))}" />
<meta property="og:image" content="{base}{_thumb(story)}" />
<meta name="author" content="{esc(display)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="{esc(display)}" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" /><meta name="twitter:data2" content="{_read_time(story)} phút" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>"""


def _comments(story: Story, base: str, reply_to: int | None) -> str:
    comments = story.opts.get("comments", [])
    url = base + article_path(story)

    def one(c: tuple) -> str:
        cid, _parent, name, at, txt = c
        when = datetime.strptime(at, "%Y-%m-%d %H:%M")
        children = "".join(one(k) for k in comments if k[1] == cid)
        kids = f'<ul class="children">{children}</ul>' if children else ""
        author_cls = " bypostauthor" if name == USERS[story.opts["user"]][0] else ""
        return (
            f'<li class="comment even thread-even depth-1{author_cls}" id="li-comment-{cid}"><div class="thecomment" id="comment-{cid}">'
            f'<div class="author-img"><img alt="" src="{_gravatar(name)}" class="avatar avatar-100 photo" height="100" width="100" loading="lazy" /></div>'
            f'<div class="comment-text"><span class="author">{esc(name)}</span>'
            f'<span class="date"><i class="penci-faicon fa fa-clock-o"></i>{vi_date(when)} lúc {_vi_time(when)}</span>'
            f'<div class="comment-content"><p>{wt(txt)}</p></div>'
            f'<span class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond"'
            f' data-commentid="{cid}" data-postid="{story.id}" data-belowelement="comment-{cid}" data-respondelement="respond"'
            f' data-replyto="Trả lời {esc(name)}" aria-label="Trả lời {esc(name)}">Trả lời</a></span></div></div>{kids}</li>'
        )

    listing = ""
    if comments:
        items = "".join(one(c) for c in comments if c[1] == 0)
        listing = (
            f'<div class="post-title-box"><h4 class="post-box-title">{len(comments)} bình luận</h4></div>'
            f'<div class="comments"><ul class="commentlist">{items}</ul></div>'
        )
    reply_name = next((c[2] for c in comments if c[0] == reply_to), None)
    title = "Để lại bình luận"
    if reply_name:
        title = f'Trả lời {esc(reply_name)} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond">Hủy trả lời</a></small>'
    return f"""<div class="post-comments no-comment-yet penci-comments-hide-0" id="comments">
{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>{title}</span></h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="Bình luận của bạn" aria-required="true"></textarea></p>
<p class="comment-form-author"><input id="author" name="author" type="text" value="" placeholder="Tên*" size="30" aria-required="true" /></p>
<p class="comment-form-email"><input id="email" name="email" type="text" value="" placeholder="Email*" size="30" aria-required="true" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><span class="comment-form-cookies-text">Lưu tên, email của tôi trong trình duyệt này cho lần bình luận kế tiếp.</span></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /><input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="{reply_to or 0}" /></p>
</form></div></div>"""


def _related(story: Story) -> list[Story]:
    same = [s for s in newest(story.cat) if s.id != story.id]
    return same[:6]


def _post(story: Story, request: Request, reply_to: int | None = None) -> Response:
    base = base_url(request)
    canonical = base + article_path(story)
    nfd = bool(story.opts.get("nfd"))
    user = story.opts["user"]
    display, bio = USERS[user]
    cat_id, cat_name = CATS[story.cat]
    ordered = newest()
    pos = ordered.index(story)
    older = ordered[pos + 1] if pos + 1 < len(ordered) else None
    newer = ordered[pos - 1] if pos > 0 else None
    updated = ""
    if story.opts.get("show_updated"):
        updated = f'<span class="penci-updated-date">Cập nhật: <time class="updated" datetime="{_iso(modified(story))}">{vi_date(modified(story))}</time></span>'
    n_comments = len(comment_ids(story))
    tags = "".join(
        f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
    )
    tag_box = (
        f'<div class="post-tags"><span class="post-tags-label">Thẻ:</span> {tags}</div>'
        if tags
        else ""
    )
    nav = ""
    if older:
        nav += (
            f'<div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>Bài trước</span></div>'
            f'<a href="{base}{article_path(older)}"><div class="pagi-text"><h5 class="prev-title">{wt(older.title)}</h5></div></a></div></div>'
        )
    if newer:
        nav += (
            f'<div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>Bài sau</span></div>'
            f'<a href="{base}{article_path(newer)}"><div class="pagi-text"><h5 class="next-title">{wt(newer.title)}</h5></div></a></div></div>'
        )
    related = "".join(
        f'<div class="item-related"><a class="related-thumb penci-image-holder penci-lazy" data-bgset="{base}{_thumb(s)}" href="{base}{article_path(s)}" title="{esc(s.title)}"></a>'
        f'<h3><a href="{base}{article_path(s)}">{wt(s.title)}</a></h3><span class="date">{_time(s)}</span></div>'
        for s in _related(story)
    )
    author_box = (
        f'<div class="post-author abio-style-1 bioimg-round"><div class="author-img"><img alt="" src="{_gravatar(user)}" class="avatar avatar-100 photo" height="100" width="100" /></div>'
        f'<div class="author-content"><h5><a href="{base}/author/{user}/" title="Đăng bởi {esc(display)}" rel="author">{esc(display)}</a></h5>'
        + (f"<p>{wt(bio)}</p>" if bio else "")
        + '<div class="bio-social"><a target="_blank" class="author-social" href="https://www.facebook.com/thptleloi.quangtri"><i class="penci-faicon fa fa-facebook"></i></a></div></div></div>'
    )
    share = (
        '<div class="tags-share-box single-post-share tags-share-box-s1 center-box social-align-default disable-btnplus">'
        f'<span class="single-comment-o"><i class="penci-faicon fa fa-comment-o"></i>{n_comments} bình luận</span>'
        '<div class="post-share"><span class="post-share-item post-share-plike"><a class="penci-post-like single-like-button" data-post_id="'
        f'{story.id}" title="Thích" data-like="Thích" data-unlike="Bỏ thích"><i class="penci-faicon fa fa-heart-o"></i><span class="dt-share">{story.id % 17}</span></a></span>'
        f'<a class="post-share-item post-share-facebook" aria-label="Chia sẻ lên Facebook" target="_blank" rel="noreferrer" href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe="")}"><i class="penci-faicon fa fa-facebook"></i><span class="dt-share">Facebook</span></a>'
        f'<a class="post-share-item post-share-zalo" aria-label="Chia sẻ lên Zalo" target="_blank" rel="noreferrer" href="https://zalo.me/share?url={quote(canonical, safe="")}"><span class="dt-share">Zalo</span></a>'
        f'<a class="post-share-item post-share-email" target="_blank" aria-label="Gửi email" rel="noreferrer" href="mailto:?subject={quote(story.title)}&amp;BODY={quote(canonical, safe="")}"><i class="penci-faicon fa fa-envelope"></i></a>'
        '<a class="post-share-item post-share-print" aria-label="In bài viết" href="#" onclick="window.print();return false;"><i class="penci-faicon fa fa-print"></i><span class="dt-share">In bài viết</span></a>'
        "</div></div>"
    )
    title_html = wt(story.title, nfd)
    main = f"""{_crumbs(base, (f"/category/{story.cat}/", cat_name), (None, story.title))}
<article id="post-{story.id}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-{story.cat}">
<div class="header-standard header-classic single-header">
<div class="penci-standard-cat penci-single-cat"><span class="cat"><a style="" class="penci-cat-name penci-cat-{cat_id}" href="{base}/category/{story.cat}/" rel="category tag"><span style="--pcheading-cl:inherit;">{esc(cat_name)}</span></a></span></div>
<h1 class="post-title single-post-title entry-title">{title_html}</h1>
<div class="penci-hide-tagupdated"><span class="author-italic author vcard">bởi <a class="author-url url fn n" href="{base}/author/{user}/">{esc(display)}</a></span><time class="entry-date updated" datetime="{_iso(modified(story))}">{vi_date(modified(story))}</time></div>
<div class="post-box-meta-single">
<span class="author-post byline"><span class="author vcard">bởi <a class="author-url url fn n" href="{base}/author/{user}/">{esc(display)}</a></span></span>
<span>{_time(story)}</span>
{updated}
<span><i class="penci-faicon fa fa-comment-o"></i> {n_comments} bình luận</span>
<span><i class="penci-faicon fa fa-eye"></i> <span class="penci-post-countview-number penci-post-countview-p{story.id}">{_views(story)}</span> lượt xem</span>
<span class="single-readtime"><i class="penci-faicon fa fa-clock-o"></i> {_read_time(story)} phút đọc</span>
</div>
</div>
<div class="post-entry blockquote-style-1 ">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{_content(story, base)}
{_jetpack_share(story, base)}
<div class="penci-single-link-pages"></div>
{tag_box}
</div>
</div>
{share}
{author_box}
<div class="post-pagination">{nav}</div>
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">Bài viết liên quan</h4></div>
<div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-lazy="true" data-item="3" data-desktop="3" data-tablet="2" data-tabsmall="2" data-auto="false" data-speed="300" data-dots="true" data-nav="false">{related}</div></div>
{_comments(story, base, reply_to)}
</article>"""
    extra = _yoast(story, base, canonical)
    extra += f'\n<link rel="amphtml" href="{canonical}?amp=1">'
    extra += f'\n<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(story.title)} Dòng phản hồi" href="{canonical}feed/" />'
    extra += f"\n<link rel='shortlink' href='{base}/?p={story.id}' />"
    if reply_to is not None:
        extra = "<meta name='robots' content='noindex, follow' />\n" + extra
    else:
        extra = (
            "<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n"
            + extra
        )
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-standard "
        "penci-body-single-style-1 penci-show-pthumb pcmn-drdw-style-slide_down pchds-default"
    )
    return _page(
        request,
        f"{story.title} - {SITE}",
        body_class,
        main,
        active=f"/category/{story.cat}/",
        extra=extra,
    )


def _relative(story: Story) -> str:
    days = (TODAY_DATE - local(story).date()).days
    if days < 1:
        return "hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    if days < 365:
        return f"{days // 30} tháng trước"
    return f"{days // 365} năm trước"


def _amp(story: Story, request: Request) -> Response:
    base = base_url(request)
    canonical = base + article_path(story)
    user = story.opts["user"]
    cats = f'<a href="{base}/category/{story.cat}/">{esc(CATS[story.cat][1])}</a>'
    tags = ", ".join(
        f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
    )
    tag_line = f'<div class="amp-wp-meta amp-wp-tax-tag">Thẻ: {tags}</div>' if tags else ""
    doc = f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{wt(story.title)} &#8211; {esc(SITE)}</title>
<link rel="canonical" href="{canonical}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.amp-wp-header{{background-color:#1565c0}}.amp-wp-article{{color:#353535;font-weight:400;margin:1.5em auto;max-width:840px}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/"><span class="amp-site-title">{esc(SITE)}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{wt(story.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="{_gravatar(user)}" alt="{esc(USERS[user][0])}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{esc(USERS[user][0])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_utc(local(story))}">{_relative(story)}</time></div>
</header>
<div class="amp-wp-article-content">
{_content(story, base, amp=True)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: {cats}</div>
{tag_line}
<div class="amp-wp-meta amp-wp-comments-link"><a href="{canonical}#comments">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(SITE)}</h2><a href="#top" class="back-to-top">Về đầu trang</a></div></footer>
</body>
</html>"""
    return html(doc)


def _attachment(story: Story, slug: str, aid: int, img: Img, request: Request) -> Response:
    base = base_url(request)
    user = story.opts["user"]
    display = USERS[user][0]
    full = base + re.sub(r"-\d+x\d+(\.\w+)$", r"\1", img.src)
    medium = base + re.sub(r"-\d+x\d+(\.\w+)$", r"-300x200\1", img.src)
    caption = f'<p class="wp-caption-text">{wt(img.printed)}</p>' if img.printed else ""
    url = base + attachment_path(story, slug)
    main = f"""{_crumbs(base, (f"/category/{story.cat}/", CATS[story.cat][1]), (article_path(story), story.title), (None, slug))}
<article id="post-{aid}" class="post-{aid} attachment type-attachment status-inherit hentry">
<div class="header-standard header-classic single-header">
<h1 class="post-title single-post-title entry-title">{esc(slug)}</h1>
<div class="post-box-meta-single">
<span class="author-post byline"><span class="author vcard">bởi <a class="author-url url fn n" href="{base}/author/{user}/">{esc(display)}</a></span></span>
<span>{_time(story)}</span>
</div></div>
<div class="post-entry blockquote-style-1 ">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
<p class="attachment"><a href="{full}"><img width="300" height="200" src="{medium}" class="attachment-medium size-medium" alt="" decoding="async" /></a></p>
{caption}
</div></div>
<div class="post-pagination penci-attachment-nav"><div class="prev-post"><span class="meta-nav">Xuất bản trong</span> <a href="{base}{article_path(story)}" rel="gallery">{wt(story.title)}</a></div></div>
{_comments_form_only(base, aid)}
</article>"""
    extra = f'<link rel="canonical" href="{url}" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(slug)} - {esc(SITE)}" />'
    body_class = f"attachment attachment-template-default single single-attachment postid-{aid} attachmentid-{aid} attachment-jpeg penci-body-single-style-1"
    return _page(request, f"{slug} - {SITE}", body_class, main, extra=extra)


def _comments_form_only(base: str, post_id: int) -> str:
    return f"""<div class="post-comments no-comment-yet" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Để lại bình luận</span></h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="Bình luận của bạn"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /><input type="hidden" name="comment_post_ID" value="{post_id}" /></p></form></div></div>"""


# --------------------------------------------------------------------------- listings


def _list_item(base: str, s: Story) -> str:
    user = s.opts["user"]
    cat_id, cat_name = CATS[s.cat]
    return f"""<li class="list-post pclist-layout">
<article id="post-{s.id}" class="item hentry">
<div class="thumbnail"><a class="penci-image-holder penci-lazy" data-bgset="{base}{_thumb(s)}" href="{base}{article_path(s)}" title="{esc(s.title)}"></a></div>
<div class="content-list-right content-list-center"><div class="header-list-style">
<span class="cat"><a class="penci-cat-name penci-cat-{cat_id}" href="{base}/category/{s.cat}/" rel="category tag"><span style="--pcheading-cl:inherit;">{esc(cat_name)}</span></a></span>
<h2 class="penci-entry-title entry-title grid-title"><a href="{base}{article_path(s)}">{wt(s.title)}</a></h2>
<div class="penci-hide-tagupdated"><span class="author-italic author vcard">bởi <a class="author-url url fn n" href="{base}/author/{user}/">{esc(USERS[user][0])}</a></span><time class="entry-date updated" datetime="{_iso(modified(s))}">{vi_date(modified(s))}</time></div>
<div class="grid-post-box-meta"><span class="otherl-date-author author-italic author vcard">bởi <a class="author-url url fn n" href="{base}/author/{user}/">{esc(USERS[user][0])}</a></span><span class="otherl-date">{_time(s)}</span></div></div>
<div class="item-content entry-content"><p>{wt(_excerpt(s))}</p></div>
<div class="penci-readmore-btn penci-btn-make-button penci-btn-align-left"><a class="penci-btn-readmore" href="{base}{article_path(s)}">Đọc tiếp<i class="penci-faicon fa fa-angle-double-right"></i></a></div>
</div></article></li>"""


def _pagination(base: str, root: str, page: int, last: int) -> str:
    if last <= 1:
        return ""

    def href(n: int) -> str:
        return f"{base}{root}" if n == 1 else f"{base}{root}page/{n}/"

    items = []
    if page > 1:
        items.append(
            f'<li><a class="prev page-numbers" href="{href(page - 1)}"><i class="penci-faicon fa fa-angle-left"></i></a></li>'
        )
    for n in range(1, last + 1):
        if n == page:
            items.append(
                f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>'
            )
        else:
            items.append(f'<li><a class="page-numbers" href="{href(n)}">{n}</a></li>')
    if page < last:
        items.append(
            f'<li><a class="next page-numbers" href="{href(page + 1)}"><i class="penci-faicon fa fa-angle-right"></i></a></li>'
        )
    return f'<div class="penci-pagination align-left"><ul class="page-numbers">{"".join(items)}</ul></div>'


def _archive(
    request: Request,
    root: str,
    page: int,
    items: list[Story],
    label: str,
    heading: str,
    body_class: str,
    *,
    active: str = "",
    desc: str = "",
    cal_month: str | None = None,
) -> Response | None:
    last = pages_of(len(items))
    if page > last:
        return None
    base = base_url(request)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    lis = "\n".join(_list_item(base, s) for s in chunk)
    description = (
        f'<div class="cat-desc penci-category-description"><p>{wt(desc)}</p></div>' if desc else ""
    )
    main = f"""{_crumbs(base, (None, heading))}
<div class="archive-box"><div class="title-bar"><span>{esc(label)}</span> <h1>{wt(heading)}</h1></div></div>
{description}
<ul class="penci-wrapper-data penci-grid penci-shortcode-render">
{lis}
</ul>
{_pagination(base, root, page, last)}"""
    title = f"{heading} - Trang {page} trên {last} - {SITE}" if page > 1 else f"{heading} - {SITE}"
    canonical = base + (root if page == 1 else f"{root}page/{page}/")
    extra = f'<meta name="robots" content="index, follow" />\n<link rel="canonical" href="{canonical}" />'
    if page > 1:
        extra += (
            f'\n<link rel="prev" href="{base}{root}{"" if page == 2 else f"page/{page - 1}/"}" />'
        )
    if page < last:
        extra += f'\n<link rel="next" href="{base}{root}page/{page + 1}/" />'
    paged = f" paged paged-{page}" if page > 1 else ""
    return _page(
        request, title, body_class + paged, main, active=active, extra=extra, cal_month=cal_month
    )


_CAT_DESC = {
    "tin-tuc": "Tin tức, sự kiện và hoạt động của Trường THPT Lê Lợi.",
    "thong-bao": "Thông báo của nhà trường gửi học sinh, cha mẹ học sinh và giáo viên.",
    "hoat-dong-chuyen-mon": "Hoạt động của các tổ chuyên môn, chuyên đề, hội giảng.",
}


def _home(request: Request, page: int) -> Response | None:
    items = newest()
    last = pages_of(len(items))
    if page > last:
        return None
    base = base_url(request)
    slider = ""
    if page == 1:
        slides = "".join(
            f'<div class="item pcfeatured-item"><a class="penci-image-holder penci-lazy" data-bgset="{base}{_thumb(s)}" href="{base}{article_path(s)}" title="{esc(s.title)}"></a>'
            f'<div class="penci-featured-content"><div class="feat-text"><div class="featured-cat"><a class="penci-cat-name penci-cat-{CATS[s.cat][0]}" href="{base}/category/{s.cat}/">{esc(CATS[s.cat][1])}</a></div>'
            f'<h3><a href="{base}{article_path(s)}" title="{esc(s.title)}">{wt(s.title)}</a></h3>'
            f'<div class="feat-meta"><span class="feat-time">{_time(s)}</span></div></div></div></div>'
            for s in [x for x in items if x.images][:5]
        )
        slider = f'<div class="featured-area featured-style-35"><div class="penci-owl-carousel penci-owl-featured-area" data-style="style-35" data-auto="true" data-autotime="4000">{slides}</div></div>'
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    lis = "\n".join(_list_item(base, s) for s in chunk)
    main = f"""{slider}
<div class="penci-border-arrow penci-homepage-title penci-home-latest-posts style-1"><h3 class="inner-arrow">Bài viết mới</h3></div>
<ul class="penci-wrapper-data penci-grid">
{lis}
</ul>
{_pagination(base, "/", page, last)}"""
    title = f"{SITE} - {TAGLINE}" if page == 1 else f"{SITE} - Trang {page} trên {last}"
    extra = f'<meta name="description" content="{esc(TAGLINE)}" />\n<link rel="canonical" href="{base}/{"" if page == 1 else f"page/{page}/"}" />'
    body = "home blog" + (f" paged paged-{page}" if page > 1 else "")
    return _page(request, title, body, main, active="/" if page == 1 else "", extra=extra)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> Response:
    q = unquote_plus(request.params.get("s", "")).strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    base = base_url(request)
    if hits:
        lis = "\n".join(_list_item(base, s) for s in hits)
        results = f'<ul class="penci-wrapper-data penci-grid">{lis}</ul>'
    else:
        results = '<div class="post-entry"><p>Xin lỗi, không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div>'
    main = f"""<div class="archive-box"><div class="title-bar"><span>Kết quả tìm kiếm cho:</span> <h1>{esc(q)}</h1></div></div>
{results}"""
    return _page(
        request,
        f"Kết quả tìm kiếm cho “{q}” - {SITE}",
        "search search-results",
        main,
        extra="<meta name='robots' content='noindex, follow' />",
    )


# --------------------------------------------------------------------------- static pages

_STAFF = [
    ("Nguyễn Văn Quang", "Hiệu trưởng", "Vật lí"),
    ("Trần Thị Kim Oanh", "Phó Hiệu trưởng", "Toán"),
    ("Hồ Văn Dũng", "Phó Hiệu trưởng", "Lịch sử"),
    ("Phan Văn Long", "Tổ trưởng Tổ Toán – Tin", "Toán"),
    ("Nguyễn Thị Hồng Nhung", "Tổ trưởng Tổ Ngữ văn", "Ngữ văn"),
    ("Lê Thị Thanh Thủy", "Tổ trưởng Tổ Vật lí – Công nghệ", "Vật lí"),
    ("Trần Đức Thịnh", "Bí thư Đoàn trường", "Giáo dục thể chất"),
    ("Võ Thị Hà", "Tổ trưởng Tổ Văn phòng", "Kế toán"),
]

DOCS: list[tuple[str, str, str, str]] = [
    (
        "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
        "05/09/2026",
        f"{UP}/2026/09/ke-hoach-giao-duc-2026-2027.pdf",
        "1,2 MB",
    ),
    (
        "Quy chế chi tiêu nội bộ năm 2026",
        "20/10/2026",
        f"{UP}/2026/10/quy-che-chi-tieu-noi-bo-2026.pdf",
        "640 KB",
    ),
    (
        "Nội quy học sinh năm học 2026 – 2027",
        "05/09/2026",
        f"{UP}/2026/09/noi-quy-hoc-sinh-2026-2027.pdf",
        "310 KB",
    ),
    (
        "Kế hoạch tổ chức Hội giảng chào mừng 20/11/2026",
        "06/11/2026",
        f"{UP}/2026/11/KH-hoi-giang-20-11-2026.pdf",
        "220 KB",
    ),
    (
        "Công khai cam kết chất lượng giáo dục năm học 2026 – 2027",
        "15/09/2026",
        f"{UP}/2026/09/cong-khai-cam-ket-chat-luong-2026-2027.pdf",
        "450 KB",
    ),
]

PDF_PATHS = {d[2] for d in DOCS} | {s.opts["pdf"][0] for s in STORIES if "pdf" in s.opts}


def _static(request: Request, path: str) -> Response | None:
    base = base_url(request)
    if path == "/gioi-thieu/":
        title, pid = "Giới thiệu", 12
        content = f"""<p>Trường THPT Lê Lợi được thành lập năm 1979 trên cơ sở Trường cấp III Đông Hà, là một trong những trường trung học phổ thông có bề dày truyền thống của tỉnh Quảng Trị.</p>
<figure class="wp-block-image aligncenter size-large">{_img_tag(base, f"{UP}/2025/08/toan-canh-truong-1024x576.jpg", "wp-image-88")}<figcaption class="wp-element-caption">Toàn cảnh Trường THPT Lê Lợi</figcaption></figure>
<p>Hiện nay nhà trường có 36 lớp với hơn 1.400 học sinh; 86 cán bộ, giáo viên, nhân viên, trong đó 32 thạc sĩ. Trường đạt chuẩn quốc gia mức độ 2 năm 2023 và được công nhận đạt kiểm định chất lượng giáo dục cấp độ 3.</p>
<h2 class="wp-block-heading">Sứ mệnh</h2>
<p>Xây dựng môi trường học tập kỷ cương, thân thiện, sáng tạo; giúp học sinh phát triển toàn diện về phẩm chất và năng lực, tự tin hội nhập.</p>"""
    elif path == "/doi-ngu/":
        title, pid = "Đội ngũ", 14
        rows = "".join(
            f"<tr><td>{i}</td><td>{esc(n)}</td><td>{wt(r)}</td><td>{esc(m)}</td></tr>"
            for i, (n, r, m) in enumerate(_STAFF, 1)
        )
        content = f"""<p>Danh sách cán bộ quản lý, tổ trưởng chuyên môn và các đoàn thể năm học 2026 – 2027.</p>
<figure class="wp-block-table"><table><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Chuyên môn</th></tr></thead><tbody>{rows}</tbody></table></figure>"""
    elif path == "/tai-lieu/":
        title, pid = "Tài liệu", 16
        rows = "".join(
            f'<tr><td>{i}</td><td>{wt(n)}</td><td>{d}</td><td><a href="{base}{h}" target="_blank" rel="noopener">Tải về</a> ({sz})</td></tr>'
            for i, (n, d, h, sz) in enumerate(DOCS, 1)
        )
        content = f"""<p>Văn bản, kế hoạch và tài liệu của nhà trường.</p>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>TT</th><th>Tên tài liệu</th><th>Ngày ban hành</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></figure>"""
    elif path == "/lien-he/":
        title, pid = "Liên hệ", 18
        content = f"""<p><strong>{esc(SITE)}</strong><br />Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: {PHONE} &#8211; Hotline: {HOTLINE}<br />Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<div class="wpcf7 no-js" id="wpcf7-f245-p18-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f245-p18-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="245" /><input type="hidden" name="_wpcf7_version" value="5.9.8" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f245-p18-o1" /></div>
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3814.6!2d107.09!3d16.81" width="100%" height="350" style="border:0;" loading="lazy"></iframe></p>"""
    elif path == "/lich-cong-tac/":
        return _schedule(request)
    else:
        return None
    main = f"""{_crumbs(base, (None, title))}
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<div class="penci-page-header"><h1 class="entry-title">{esc(title)}</h1></div>
<div class="post-entry page-has-margin blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{content}
</div></div></article>"""
    extra = f'<link rel="canonical" href="{base}{path}" />\n<meta property="og:type" content="website" />'
    return _page(
        request,
        f"{title} - {SITE}",
        f"page-template-default page page-id-{pid}",
        main,
        active=path,
        extra=extra,
    )


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _schedule(request: Request) -> Response | None:
    base = base_url(request)
    week = request.params.get("tuan", THIS_WEEK)
    m = _WEEK.match(week)
    if not m:
        week = THIS_WEEK
        m = _WEEK.match(week)
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None
    sunday = monday + timedelta(days=6)

    def wk(d: date) -> str:
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"

    prev_w, next_w = wk(monday - timedelta(days=7)), wk(monday + timedelta(days=7))
    main = f"""{_crumbs(base, (None, "Lịch công tác"))}
<article id="post-20" class="post-20 page type-page status-publish hentry">
<div class="penci-page-header"><h1 class="entry-title">Lịch công tác</h1></div>
<div class="post-entry page-has-margin"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">
<div class="lct-wrap"><h3 class="lct-week">Tuần {int(m.group(2))} (từ {monday:%d/%m/%Y} đến {sunday:%d/%m/%Y})</h3>
<table class="lct-table"><thead><tr><th>Ngày</th><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th></tr></thead><tbody>{_schedule_rows(week)}</tbody></table>
<p class="lct-nav"><a class="lct-prev" href="{base}/lich-cong-tac/?tuan={prev_w}">&laquo; Tuần trước</a> | <a class="lct-cur" href="{base}/lich-cong-tac/">Tuần hiện tại</a> | <a class="lct-next" href="{base}/lich-cong-tac/?tuan={next_w}">Tuần sau &raquo;</a></p></div>
</div></div></article>"""
    extra = f'<link rel="canonical" href="{base}/lich-cong-tac/" />'
    return _page(
        request,
        f"Lịch công tác - {SITE}",
        "page-template-default page page-id-20",
        main,
        active="/lich-cong-tac/",
        extra=extra,
    )


def _login(request: Request) -> Response:
    base = base_url(request)
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Đăng nhập &lsaquo; {esc(SITE)} &#8212; WordPress</title><meta name='robots' content='noindex, follow' />
<link rel='stylesheet' id='login-css' href='{base}/wp-admin/css/login.min.css?ver=6.6.2' type='text/css' media='all' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/">Được hỗ trợ bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="{base}/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc địa chỉ email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><div class="wp-pwd"><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" autocomplete="current-password" spellcheck="false" required="required" /></div></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> <label for="rememberme">Ghi nhớ tôi</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p></form>
<p id="nav"><a href="{base}/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p>
<p id="backtoblog"><a href="{base}/">&larr; Quay lại {esc(SITE)}</a></p></div></body></html>"""
    return html(doc)


def _not_found(request: Request) -> Response:
    base = base_url(request)
    main = f"""<div class="error-404"><div class="error-image"></div><h1 class="error-title">404</h1>
<p class="sub-heading-text-404">Không tìm thấy trang</p><p>Xin lỗi, trang bạn tìm kiếm không tồn tại hoặc đã được chuyển đi. Hãy thử tìm kiếm:</p>
<form role="search" method="get" class="pc-searchform" action="{base}/"><div><input type="text" class="search-input" placeholder="Nhập từ khóa..." name="s" /></div></form>
<p class="go-back-home"><a href="{base}/">Quay lại trang chủ</a></p></div>"""
    resp = _page(
        request,
        f"Không tìm thấy trang - {SITE}",
        "error404",
        main,
        extra="<meta name='robots' content='noindex, follow' />",
    )
    resp.status = 404
    return resp


# --------------------------------------------------------------------------- feeds and sitemaps


def _rfc822(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=False).replace("-0000", "+0000")


def _feed(request: Request, items: list[Story], title: str, self_path: str) -> Response:
    base = base_url(request)
    entries = "".join(
        f"""
	<item>
		<title>{wt(s.title)}</title>
		<link>{base}{article_path(s)}</link>
		<comments>{base}{article_path(s)}#respond</comments>
		<dc:creator><![CDATA[{USERS[s.opts["user"]][0]}]]></dc:creator>
		<pubDate>{_rfc822(local(s))}</pubDate>
		<category><![CDATA[{CATS[s.cat][1]}]]></category>
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s)} [&#8230;]]]></description>
		<wfw:commentRss>{base}{article_path(s)}feed/</wfw:commentRss>
		<slash:comments>{len(comment_ids(s))}</slash:comments>
	</item>"""
        for s in items[:FEED_SIZE]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{esc(title)}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}/</link>
	<description>{esc(TAGLINE)}</description>
	<lastBuildDate>{_rfc822(max(modified(s) for s in items))}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.6.2</generator>{entries}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comment_feed(request: Request, story: Story | None) -> Response:
    base = base_url(request)
    stories = [story] if story else newest()
    items = ""
    for s in stories:
        for cid, _p, name, at, txt in s.opts.get("comments", []):
            when = datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)
            items += f"""
	<item>
		<title>Bình luận về {wt(s.title)} bởi {esc(name)}</title>
		<link>{base}{article_path(s)}#comment-{cid}</link>
		<dc:creator><![CDATA[{name}]]></dc:creator>
		<pubDate>{_rfc822(when)}</pubDate>
		<guid isPermaLink="false">{base}{article_path(s)}#comment-{cid}</guid>
		<description><![CDATA[{txt}]]></description>
	</item>"""
    title = f"Bình luận về: {story.title}" if story else f"Bình luận cho {SITE}"
    link = base + (article_path(story) if story else "/")
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>{esc(title)}</title>
	<link>{link}</link>
	<description>{esc(TAGLINE)}</description>
	<language>vi</language>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


_XSL = '<?xml-stylesheet type="text/xsl" href="//{host}/main-sitemap.xsl"?>'


def _sitemap(request: Request, which: str) -> Response | None:
    base = base_url(request)
    host = request.headers.get("Host", "127.0.0.1")
    head = '<?xml version="1.0" encoding="UTF-8"?>' + _XSL.format(host=host) + "\n"
    newest_mod = _utc(max(modified(s) for s in STORIES))
    if which == "sitemap_index":
        maps = ["post", "page", "category", "post_tag", "author"]
        body = (
            head
            + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(
                f"\t<sitemap>\n\t\t<loc>{base}/{m}-sitemap.xml</loc>\n\t\t<lastmod>{newest_mod}</lastmod>\n\t</sitemap>\n"
                for m in maps
            )
            + "</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->"
        )
        return Response(
            200,
            body,
            {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"},
        )
    urls: list[tuple[str, str, list[str]]] = []
    if which == "post-sitemap":
        urls = [
            (base + article_path(s), _utc(modified(s)), [base + i.src for i in s.images])
            for s in sorted(STORIES, key=modified)
        ]
    elif which == "page-sitemap":
        urls = [(f"{base}/", newest_mod, [])] + [
            (base + p, "2026-09-05T02:00:00+00:00", []) for p in STATIC_PAGES
        ]
    elif which == "category-sitemap":
        urls = [(f"{base}/category/{c}/", _utc(modified(newest(c)[0])), []) for c in CATS]
    elif which == "post_tag-sitemap":
        urls = [(f"{base}/tag/{t}/", _utc(modified(newest(tag=t)[0])), []) for t in TAGS]
    elif which == "author-sitemap":
        urls = [
            (f"{base}/author/{u}/", _utc(modified(newest(user=u)[0])), [])
            for u in USERS
            if u != "admin"
        ]
    else:
        return None
    entries = ""
    for loc, mod, images in urls:
        imgs = "".join(
            f"\n\t\t<image:image>\n\t\t\t<image:loc>{i}</image:loc>\n\t\t</image:image>"
            for i in images
        )
        entries += f"\t<url>\n\t\t<loc>{loc}</loc>\n\t\t<lastmod>{mod}</lastmod>{imgs}\n\t</url>\n"
    body = (
        head
        + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
        ' xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd'
        ' http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd"'
        ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + entries
        + "</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->"
    )
    return Response(
        200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"}
    )


_ROBOTS = """# START YOAST BLOCK
# ---------------------------
User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: {base}/sitemap_index.xml
# ---------------------------
# END YOAST BLOCK
"""


# --------------------------------------------------------------------------- routing

_PAGED = re.compile(
    r"^(/(?:category/[a-z0-9-]+/|tag/[a-z0-9-]+/|author/[a-z0-9-]+/|\d{4}/\d{2}/(?:\d{2}/)?)?)page/(\d+)/$"
)
_ARCHIVE = re.compile(r"^/(category|tag|author)/([a-z0-9-]+)/$")
_DATE = re.compile(r"^/(\d{4})/(\d{2})/(?:(\d{2})/)?$")


class WordPressSoledad:
    """WordPress's rewrite rules for this site, as a table of regexes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/wp-content/uploads/") and path.endswith(".pdf"):
            if path in PDF_PATHS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return _not_found(request)
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if m := re.fullmatch(
            r"/((?:post|page|category|post_tag|author)-sitemap|sitemap_index)\.xml", path
        ):
            return _sitemap(request, m.group(1)) or _not_found(request)
        if path == "/wp-sitemap.xml":
            return redirect(base_url(request) + "/sitemap_index.xml", 301)
        if path == "/wp-login.php":
            return _login(request)
        if path == "/feed/":
            return _feed(request, newest(), SITE, "/feed/")
        if path == "/comments/feed/":
            return _comment_feed(request, None)
        if m := re.fullmatch(r"/category/([a-z0-9-]+)/feed/", path):
            if m.group(1) in CATS:
                return _feed(request, newest(m.group(1)), f"{CATS[m.group(1)][1]} – {SITE}", path)
            return _not_found(request)
        if path == "/" and "s" in request.params:
            return _search(request)
        if path == "/" and "p" in request.params:
            story = _BY_ID.get(int(request.params["p"])) if request.params["p"].isdigit() else None
            return (
                redirect(base_url(request) + article_path(story), 301)
                if story
                else _not_found(request)
            )
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            query = f"?{request.query}" if request.query else ""
            return redirect(base_url(request) + path + "/" + query, 301)
        return self._routed(request) or _not_found(request)

    def _routed(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if m := _PAGED.match(path):
            root, page = m.group(1) or "/", int(m.group(2))
            if page == 1:
                return redirect(base_url(request) + root, 301)
            return self._listing(request, root, page)
        if path == "/":
            return _home(request, 1)
        if _ARCHIVE.match(path) or _DATE.match(path):
            return self._listing(request, path, 1)
        if (page := _static(request, path)) is not None:
            return page
        parts = path.strip("/").split("/")
        story = _BY_SLUG.get(parts[0])
        if story is None:
            return None
        if len(parts) == 1:
            if "amp" in params:
                return _amp(story, request)
            share = params.get("share")
            if share == "facebook":
                return redirect(
                    f"https://www.facebook.com/sharer.php?u={quote(base_url(request) + article_path(story), safe='')}&t={quote(story.title)}"
                )
            if share == "twitter":
                return redirect(
                    f"https://twitter.com/intent/tweet?text={quote(story.title)}&url={quote(base_url(request) + article_path(story), safe='')}"
                )
            reply = params.get("replytocom")
            if reply is not None:
                cid = int(reply) if reply.isdigit() else None
                return _post(story, request, cid if cid in comment_ids(story) else None)
            return _post(story, request)
        if len(parts) == 2 and parts[1] == "feed":
            return _comment_feed(request, story)
        if len(parts) == 2:
            for s, slug, aid, img in ATTACHMENTS:
                if s is story and slug == parts[1]:
                    return _attachment(story, slug, aid, img, request)
        return None

    def _listing(self, request: Request, root: str, page: int) -> Response | None:
        if root == "/":
            return _home(request, page)
        if m := _ARCHIVE.match(root):
            kind, slug = m.groups()
            if kind == "category" and slug in CATS:
                name = CATS[slug][1]
                return _archive(
                    request,
                    root,
                    page,
                    newest(slug),
                    "Chuyên mục:",
                    name,
                    f"archive category category-{slug} category-{CATS[slug][0]}",
                    active=root,
                    desc=_CAT_DESC[slug],
                )
            if kind == "tag" and slug in TAGS:
                return _archive(
                    request,
                    root,
                    page,
                    newest(tag=slug),
                    "Thẻ:",
                    TAGS[slug],
                    f"archive tag tag-{slug}",
                )
            if kind == "author" and slug in USERS:
                return _archive(
                    request,
                    root,
                    page,
                    newest(user=slug),
                    "Tác giả:",
                    USERS[slug][0],
                    f"archive author author-{slug}",
                )
            return None
        if m := _DATE.match(root):
            year, month, day = m.groups()
            prefix = f"{year}-{month}" + (f"-{day}" if day else "")
            items = newest(day=prefix)
            if not items:
                return None
            if day:
                heading = vi_date(date(int(year), int(month), int(day)))
                label = "Lưu trữ theo ngày:"
            else:
                heading = f"{MONTHS[int(month) - 1]} {year}"
                label = "Lưu trữ theo tháng:"
            return _archive(
                request,
                root,
                page,
                items,
                label,
                heading,
                "archive date",
                cal_month=f"{year}-{month}",
            )
        return None


def build_site() -> WordPressSoledad:
    """A fresh site object; every page is rendered per request from the constant data above."""
    return WordPressSoledad()
