"""Fixture portal: a provincial political school (Trường Chính trị) on WordPress + Elementor Pro.

Imitates WordPress 6.7 (Vietnamese locale) with the Astra theme in "page builder" mode, Elementor
and Elementor Pro (Theme Builder header/footer/single/archive templates, Posts and Archive Posts
widgets), Yoast SEO, Jetpack sharing, The Events Calendar, TablePress, Post Views Counter, WP
Statistics, Forminator (poll) and LiteSpeed Cache's image lazy-loading, as a provincial political
school's site runs it. What it prints:

- posts at ``/%postname%/`` (no date, no category); ``/<slug>`` without the slash and ``/?p=N``
  (the shortlink) answer 301 to the permalink; one post was renamed and its old slug (still
  linked from another post's text) answers 301 to the new one;
- three Elementor single-post templates chosen by category: news ("Tin hoạt động", "Công tác đào
  tạo": a post-info line "23 Tháng Mười Một, 2026 · 8:30 sáng · bientap · 2 Bình luận", an Elementor
  Post Excerpt lead when the post has a manual excerpt, the featured-image widget, the content);
  notices ("Thông báo": "Ngày đăng: 12/11/2026", no time, no image widget); research ("Nghiên cứu
  khoa học": no date at all, the ACF field "Tác giả: …" under the title when filled, the lead, no
  featured image widget);
- content in Gutenberg blocks (``figure.wp-block-image`` + ``figcaption``, a nested
  ``wp-block-gallery``, ``wp-block-columns`` of two captioned images, ``wp-block-table`` with a
  head row, ``wp-block-file`` with a PDF embed, lists, headings), one post from the old site in
  classic-editor markup (``[caption]`` figure, character references throughout), and two posts
  built with Elementor itself (sections/columns in one, flexbox containers in the other: text
  editor, heading, image and basic-gallery widgets inside the content); wptexturize's numeric
  references (``&#8211;`` for every spaced hyphen, ``&#8220;``/``&#8221;``); one post pasted in
  decomposed Unicode (NFD); LiteSpeed lazy-loading: every ``<img>`` has a data:image/svg+xml
  placeholder in ``src``, the file in ``data-src`` and a ``<noscript>`` twin;
- Jetpack's sharing row appended inside the content (``?share=facebook``, ``?share=x``,
  ``?share=jetpack-whatsapp``: 302 to the networks) and its empty "Có liên quan" box; tags,
  views ("Lượt xem"), previous/next links, a "Tin liên quan" posts widget, comments whose "Trả lời"
  links add ``?replytocom=N`` (the same post, canonical to the permalink, ``noindex``), a comment form;
- Yoast: title "<post> - <site>", ``rel=canonical``, og:/article: meta (UTC times), twitter labels,
  the JSON-LD graph (Article with author "admin"/"bientap", UTC ``datePublished``), breadcrumbs
  "Trang chủ » <category> » <post>"; ``/robots.txt`` → ``/sitemap_index.xml`` (post, page,
  tribe_events, category and post_tag sitemaps; ``/sitemap.xml`` is a 301 to it);
  ``/feed/`` (newest 10), category, comment and post-comment feeds; wp-json, oEmbed and RSD
  links in the head (``/wp-json/wp/v2/posts/N`` answers JSON);
- listings: the home page (Elementor: "Tin nổi bật", one Posts widget per category with cards
  "image, title, excerpt, 12/03/2025, Xem thêm »", upcoming events, a gallery strip), the
  Elementor page "Tin tức" (``/tin-tuc/``, ``/tin-tuc/N/``: a Posts widget over every category but
  "Thông báo", with an offset of 1 because the newest post sits in a widget above it, so its pager
  promises one page more than it has: the last page prints only "Chưa có bài viết nào." with a
  200), category archives ``/chuyen-muc/<slug>/`` and ``…/page/N/``, tag and author archives,
  search ``/?s=``;
- The Events Calendar: ``/su-kien/`` (month view), ``/su-kien/thang/YYYY-MM/`` whose previous/next
  month links never end (any month of years 1000-9999 answers), day views ``/su-kien/YYYY-MM-DD/``
  with endless previous/next day links, a list view, single events ``/su-kien/<slug>/`` (an event
  entry: title, time, venue, description: not an article), ``?ical=1`` exports;
- pages: "Giới thiệu" and its child "Cơ cấu tổ chức", "Liên hệ" (Elementor form, map iframe),
  "Thư viện ảnh" (Elementor Pro gallery with album filters), "Văn bản – Tài liệu" (a TablePress
  register of documents with PDF links); chrome: a top bar with the date "Thứ Tư, ngày 25/11/2026"
  (a fixed today), hotline and search, the Elementor nav menu printed twice (desktop and mobile
  dropdown), a sidebar ("Tin mới" with dates, "Xem nhiều" with view counts, "Sự kiện sắp tới",
  "Liên kết website", a poll "Thăm dò ý kiến", "Thống kê truy cập"), a footer with address,
  phone, copyright and "Chịu trách nhiệm nội dung"; unknown paths get Astra's 404 page (status 404).

Gold (by hand, see GOLD; judgement calls):
- published_at: the date the post page prints with its time when it prints one (news template,
  12-hour Vietnamese clock "2:15 chiều" = 14:15, "12:10 chiều" = 12:10); notices print a date
  only ("Ngày đăng:") and research posts print none: those get the date only (the listing card's
  "dd/mm/YYYY", which is also the local date of Yoast's UTC meta time; two of them were
  published before 07:00 local, so their UTC meta falls on the previous day). Yoast's meta time is
  metadata, not a printed time.
- authors / photographers / source come from the closing lines ("Tin, ảnh:", "Bài: … – Ảnh: …",
  "Tin:"/"Ảnh:" on two lines, "Bài, ảnh:", "Tin và ảnh:", a bare right-aligned name, "Nguồn:
  Báo Phú Thọ") or the research template's "Tác giả:" field; the WordPress accounts "admin" and
  "bientap" (post-info, archives, JSON-LD) are never authors. "Ảnh: Công đoàn Trường" credits an
  organisation: it is the photographer as printed.
- summary: the Elementor Post Excerpt lead (a manual excerpt) printed above the content; it is
  the body's first paragraph. Posts without a manual excerpt print no lead: summary null.
- images: the featured-image widget of the news template is the article's first photo (caption
  null: the widget shows no caption); the research template has no such widget, so a research
  post's featured image is only a listing thumbnail and not gold. Content images follow in page
  order with their figcaption / gallery caption / italic line (parentheses dropped); a caption
  that is only a Zalo file name is no caption; the gold path is the real file (``data-src``),
  never the lazy-load placeholder. Elementor gallery thumbnails are the pictures as printed.
- body: paragraphs, headings and list items of the content in order; table rows as lines with
  cells joined by " | " (the head row too); the "(BPT) –" agency mark stays as printed; the file
  block ("Tải xuống"), Jetpack's sharing/related boxes, tags, views, comments and the "Tác giả"
  field are not body. Text as printed: wptexturize's en dashes and curly quotes decoded.
- category: the post's category as Yoast's breadcrumb and the archive name it.
- NON_ARTICLES: listings, pages, event entries and the calendar views near today; a search
  result page (``/?s=``, reached only through the search form) answers 200 but is not listed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "wp_elementor_tct"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Phú Thọ"
TAGLINE = "Đào tạo, bồi dưỡng cán bộ – Nghiên cứu khoa học – Tổng kết thực tiễn"
UP = "/wp-content/uploads"
#: the site's "today": TODAY is what the top bar prints; the calendar's default month is its month
CLOCK = datetime(2026, 11, 25, 9, 40)
ARCHIVE_PER_PAGE = 3
NEWS_PAGE_PER_PAGE = 3

#: category slug -> (term id, name)
CATS: dict[str, tuple[int, str]] = {
    "tin-hoat-dong": (3, "Tin hoạt động"),
    "cong-tac-dao-tao": (4, "Công tác đào tạo"),
    "nghien-cuu-khoa-hoc": (5, "Nghiên cứu khoa học"),
    "thong-bao": (6, "Thông báo"),
}
#: which Elementor single template a category's posts get
TEMPLATE_OF = {
    "tin-hoat-dong": "news",
    "cong-tac-dao-tao": "news",
    "nghien-cuu-khoa-hoc": "research",
    "thong-bao": "notice",
}
TAGS: dict[str, tuple[int, str]] = {
    "trung-cap-ly-luan-chinh-tri": (11, "Trung cấp lý luận chính trị"),
    "dang-bo-truong": (12, "Đảng bộ Trường"),
    "quoc-phong-an-ninh": (13, "Quốc phòng và an ninh"),
    "chao-mung-20-11": (14, "Chào mừng 20/11"),
    "hoi-thao-khoa-hoc": (15, "Hội thảo khoa học"),
}
#: WordPress accounts (login = display name): never authors
USERS: dict[str, int] = {"admin": 1, "bientap": 2}
MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)  # fmt: skip
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _u(ym: str, name: str) -> str:
    """A file in the media library: ``/wp-content/uploads/YYYY/MM/<name>``."""
    return f"{UP}/{ym}/{name}"


# Story.opts: when (local publication time), user (WordPress account), editor ("gutenberg",
# "classic", "elementor-section", "elementor-container"), featured (featured image file or None),
# tags, comments [(id, parent, author, "dd/mm/YYYY lúc H:MM", text)], nfd (content stored
# decomposed), entities (content with character references), acf_author (the research template's
# "Tác giả" field), file (PDF href, title), old_slug (a renamed post's former slug), views.
# Img styles: "featured" (the featured-image widget: shown only by the news template), "figure"
# (wp-block-image + figcaption), "gallery" (an image of a nested wp-block-gallery), "column" (an
# image in a wp-block-columns row), "italic" (image block, then a centred italic line), "external"
# (wp-block-image of a picture hot-linked from a newspaper), "wpcaption" (classic [caption]),
# "ewidget" (Elementor image widget with its caption), "egallery" (Elementor basic gallery item).
# P styles: "" paragraph, "h2"/"h3" headings, "li" list items, "th"/"tr" table rows (cells joined
# by " | "), "a|<href>|<phrase>" (a paragraph whose <phrase> is a link).
STORIES: list[Story] = [
    Story(
        id=1482,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-52-he-khong-tap-trung-tai-xa-thanh-son",
        title="Khai giảng lớp Trung cấp lý luận chính trị khóa 52 hệ không tập trung tại xã Thanh Sơn",
        cat="cong-tac-dao-tao",
        published_at="2026-11-23T08:30:00+07:00",
        blocks=[
            Img(_u("2026/11", "khai-giang-k52-thanh-son-1024x683.jpg"), None, None, "featured"),
            P(
                "Dự lễ khai giảng có đồng chí Bùi Quang Vinh, Phó Hiệu trưởng Trường Chính trị tỉnh;"
                " đại diện lãnh đạo Đảng ủy, UBND xã Thanh Sơn cùng các đồng chí giảng viên chủ"
                " nhiệm lớp."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Bùi Quang Vinh nhấn mạnh: chương trình Trung cấp lý"
                " luận chính trị trang bị cho học viên hệ thống kiến thức cơ bản về chủ nghĩa Mác –"
                " Lênin, tư tưởng Hồ Chí Minh, quan điểm, đường lối của Đảng, chính sách, pháp luật"
                " của Nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở."
            ),
            Img(
                _u("2026/11", "khai-giang-k52-phat-bieu-1024x683.jpg"),
                "Đồng chí Bùi Quang Vinh, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Bùi Quang Vinh, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "figure",
            ),
            P(
                "Lớp học được tổ chức theo hình thức vừa làm vừa học, thời gian đào tạo 12 tháng, học"
                " tập trung mỗi tháng 10 ngày tại hội trường Trung tâm Chính trị xã Thanh Sơn. Sau"
                " khi hoàn thành chương trình, học viên đủ điều kiện sẽ được cấp bằng Trung cấp lý"
                " luận chính trị."
            ),
            P(
                "Thay mặt học viên, đồng chí Hà Văn Khánh, lớp trưởng, hứa sẽ chấp hành nghiêm quy"
                " chế học tập, phát huy tinh thần tự học, vận dụng kiến thức vào thực tiễn công tác"
                " tại địa phương."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Hà Thu</strong></p>'),
        ],
        authors=["Hà Thu"],
        photographers=["Hà Thu"],
        summary=(
            "Sáng 21/11, Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị"
            " khóa 52, hệ không tập trung cho 96 học viên là cán bộ, công chức các xã khu vực phía"
            " Tây tỉnh."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 11, 23, 8, 30),
            "user": "bientap",
            "editor": "gutenberg",
            "tags": ["trung-cap-ly-luan-chinh-tri"],
            "comments": [
                (
                    57,
                    0,
                    "Nguyễn Thị Lan",
                    "23/11/2026 lúc 10:12",
                    "Chúc các đồng chí học viên lớp K52 học tập tốt, hoàn thành xuất sắc khóa học!",
                ),
                (
                    58,
                    57,
                    "Hà Văn Khánh",
                    "23/11/2026 lúc 20:45",
                    "Cảm ơn Nhà trường đã mở lớp ngay tại địa phương, anh em học viên rất phấn khởi.",
                ),
            ],
            "views": 412,
        },
    ),
    Story(
        id=1476,
        slug="hoi-nghi-ban-chap-hanh-dang-bo-truong-chinh-tri-tinh-lan-thu-8-nhiem-ky-2025-2030",
        title="Hội nghị Ban Chấp hành Đảng bộ Trường Chính trị tỉnh lần thứ 8, nhiệm kỳ 2025 – 2030",
        cat="tin-hoat-dong",
        published_at="2026-11-18T14:15:00+07:00",
        blocks=[
            Img(_u("2026/11", "hoi-nghi-bch-lan-8-thumb-1024x576.jpg"), None, None, "featured"),
            P(
                "Chiều ngày 17/11/2026, Ban Chấp hành Đảng bộ Trường Chính trị tỉnh tổ chức Hội nghị"
                " lần thứ 8, nhiệm kỳ 2025 – 2030 để đánh giá kết quả thực hiện nhiệm vụ chính trị"
                " năm 2026 và cho ý kiến vào phương hướng, nhiệm vụ năm 2027. Đồng chí Đinh Công Sơn,"
                " Bí thư Đảng ủy, Hiệu trưởng Nhà trường chủ trì hội nghị."
            ),
            P("Hoàn thành toàn diện các chỉ tiêu năm 2026", "h2"),
            P(
                "Năm 2026, Nhà trường đã tổ chức 38 lớp đào tạo, bồi dưỡng với 3.215 học viên, vượt"
                " 8% kế hoạch; trong đó có 14 lớp Trung cấp lý luận chính trị, 2 lớp Cao cấp lý luận"
                " chính trị phối hợp với Học viện Chính trị khu vực I và 22 lớp bồi dưỡng theo chức"
                " danh, vị trí việc làm."
            ),
            Img(
                _u("2026/11", "hoi-nghi-bch-dang-bo-lan-8-1024x683.jpg"),
                "Đồng chí Đinh Công Sơn, Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu kết luận"
                " hội nghị",
                "Đồng chí Đinh Công Sơn, Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu kết luận"
                " hội nghị",
                "ewidget",
            ),
            P(
                "Công tác nghiên cứu khoa học tiếp tục được chú trọng với 1 đề tài cấp tỉnh, 9 đề tài"
                " cấp cơ sở được nghiệm thu; Nhà trường tổ chức thành công 2 hội thảo khoa học và Hội"
                " thi giảng viên dạy giỏi cấp trường.",
                "a|/ke-hoach-hoi-thi-giang-vien-gioi-2026/|Hội thi giảng viên dạy giỏi cấp trường",
            ),
            P("Đổi mới phương pháp giảng dạy trong năm 2027", "h2"),
            P(
                "Thảo luận tại hội nghị, các đồng chí cấp ủy viên thống nhất cao với dự thảo báo cáo,"
                " đồng thời chỉ ra một số hạn chế: việc ứng dụng công nghệ thông tin trong giảng dạy"
                " còn chưa đồng đều giữa các khoa; công tác đi thực tế của giảng viên ở một số khoa"
                " chưa gắn với nội dung bài giảng."
            ),
            P(
                "Kết luận hội nghị, đồng chí Bí thư Đảng ủy yêu cầu các chi bộ tiếp tục đẩy mạnh đổi"
                " mới nội dung, phương pháp giảng dạy theo hướng phát huy tính tích cực của người"
                " học; xây dựng kho bài giảng điện tử dùng chung; nâng cao chất lượng đội ngũ giảng"
                " viên, phấn đấu đến năm 2027 có 100% giảng viên đạt chuẩn theo quy định."
            ),
            Img(
                _u("2026/11", "hoi-nghi-bch-lan-8-toan-canh-1024x683.jpg"),
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "ewidget",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Nguyễn Minh Khôi &#8211; Ảnh: Đỗ Thanh'
                " Tùng</strong></p>"
            ),
        ],
        authors=["Nguyễn Minh Khôi"],
        photographers=["Đỗ Thanh Tùng"],
        opts={
            "when": datetime(2026, 11, 18, 14, 15),
            "user": "admin",
            "editor": "elementor-section",
            "tags": ["dang-bo-truong"],
            "comments": [
                (
                    61,
                    0,
                    "Phạm Quốc Hưng",
                    "19/11/2026 lúc 7:58",
                    "Kết quả năm 2026 rất đáng ghi nhận. Chúc Đảng bộ Nhà trường hoàn thành tốt"
                    " nhiệm vụ năm 2027.",
                ),
            ],
            "views": 655,
        },
    ),
    Story(
        id=1471,
        slug="soi-noi-hoi-thao-chao-mung-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Sôi nổi Hội thao chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-hoat-dong",
        published_at="2026-11-16T16:40:00+07:00",
        blocks=[
            Img(_u("2026/11", "hoi-thao-20-11-thumb-1024x576.jpg"), None, None, "featured"),
            P(
                "Hưởng ứng các hoạt động chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982"
                " – 20/11/2026), từ ngày 13 đến 15/11, Công đoàn cơ sở Nhà trường tổ chức Hội thao với"
                " các môn bóng chuyền hơi, cầu lông, kéo co và cờ tướng. Dưới đây là một số hình ảnh"
                " của Hội thao:"
            ),
            Img(
                _u("2026/11", "hoi-thao-20-11-khai-mac-1024x683.jpg"),
                "Ban Tổ chức khai mạc Hội thao",
                "Ban Tổ chức khai mạc Hội thao",
                "gallery",
            ),
            Img(
                _u("2026/11", "hoi-thao-20-11-bong-chuyen-hoi-1024x683.jpg"),
                "Trận chung kết môn bóng chuyền hơi nữ",
                "Trận chung kết môn bóng chuyền hơi nữ",
                "gallery",
            ),
            Img(
                _u("2026/11", "z5967441230957_8f1c2b3a4d5e6f708192a3b4c5d6e7f8-1024x768.jpg"),
                "z5967441230957_8f1c2b3a4d5e6f708192a3b4c5d6e7f8",
                None,
                "gallery",
            ),
            Img(
                _u("2026/11", "hoi-thao-20-11-keo-co-1024x683.jpg"),
                "Phần thi kéo co giữa các khoa, phòng",
                "Phần thi kéo co giữa các khoa, phòng",
                "gallery",
            ),
            Img(_u("2026/11", "hoi-thao-20-11-trao-giai-1024x683.jpg"), None, None, "gallery"),
            Raw('<p class="has-text-align-right"><em>Ảnh: Công đoàn Trường</em></p>'),
        ],
        photographers=["Công đoàn Trường"],
        opts={
            "when": datetime(2026, 11, 16, 16, 40),
            "user": "bientap",
            "editor": "gutenberg",
            "tags": ["chao-mung-20-11"],
            "views": 389,
        },
    ),
    Story(
        id=1465,
        slug="lich-kiem-tra-thi-ket-thuc-hoc-phan-lop-trung-cap-ly-luan-chinh-tri-khoa-51-he-tap-trung",
        title="Lịch kiểm tra, thi kết thúc học phần lớp Trung cấp lý luận chính trị khóa 51 (hệ tập"
        " trung)",
        cat="thong-bao",
        published_at="2026-11-12",
        blocks=[
            P(
                "Phòng Quản lý đào tạo và Nghiên cứu khoa học thông báo lịch kiểm tra, thi kết thúc"
                " học phần Phần III, Phần IV lớp Trung cấp lý luận chính trị khóa 51 (hệ tập trung)"
                " như sau:"
            ),
            P("Ngày | Buổi | Học phần | Hình thức | Phòng", "th"),
            P(
                "18/11/2026 | Sáng | Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp"
                " luật | Viết (120 phút) | P.201",
                "tr",
            ),
            P("20/11/2026 | Sáng | Kỹ năng lãnh đạo, quản lý | Tiểu luận | P.201", "tr"),
            P(
                "25/11/2026 | Chiều | Đường lối, chính sách của Đảng, Nhà nước Việt Nam về các lĩnh"
                " vực của đời sống xã hội | Vấn đáp | P.203, P.204",
                "tr",
            ),
            P(
                "27/11/2026 | Sáng | Tình hình, nhiệm vụ của tỉnh Phú Thọ | Viết (90 phút) | P.201",
                "tr",
            ),
            P(
                "Học viên có mặt trước giờ thi 15 phút, mang theo thẻ học viên và chỉ được sử dụng tài"
                " liệu theo quy định của từng học phần. Buổi sáng bắt đầu lúc 7 giờ 30 phút, buổi"
                " chiều lúc 13 giờ 30 phút."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 12, 9, 40),
            "user": "admin",
            "editor": "gutenberg",
            "tags": ["trung-cap-ly-luan-chinh-tri"],
            "views": 1208,
        },
    ),
    Story(
        id=1458,
        slug="nang-cao-chat-luong-doi-ngu-bao-cao-vien-cap-xa-sau-khi-sap-xep-don-vi-hanh-chinh",
        title="Nâng cao chất lượng đội ngũ báo cáo viên cấp xã sau khi sắp xếp đơn vị hành chính",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-09",
        blocks=[
            P("1. Vai trò của đội ngũ báo cáo viên cấp xã", "h3"),
            P(
                "Báo cáo viên là lực lượng nòng cốt trong công tác tuyên truyền miệng, trực tiếp truyền"
                " đạt các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước đến cán"
                " bộ, đảng viên và Nhân dân; đồng thời nắm bắt tâm tư, nguyện vọng của quần chúng để"
                " phản ánh kịp thời với cấp ủy."
            ),
            P(
                "Sau khi sắp xếp, phạm vi địa bàn và quy mô dân số của mỗi xã, phường đều tăng lên"
                " đáng kể, đòi hỏi đội ngũ báo cáo viên không chỉ vững về lý luận mà còn phải am hiểu"
                " thực tiễn của nhiều vùng dân cư khác nhau."
            ),
            P("2. Thực trạng đội ngũ báo cáo viên cấp xã hiện nay", "h3"),
            P(
                "Khảo sát của nhóm nghiên cứu tại 24 xã, phường trong tỉnh cho thấy: 87% báo cáo viên"
                " có trình độ lý luận chính trị từ trung cấp trở lên; tuy nhiên chỉ 41% được bồi"
                " dưỡng kỹ năng thuyết trình, tuyên truyền miệng trong ba năm gần đây."
            ),
            P(
                "Một số báo cáo viên còn nặng về truyền đạt một chiều, chưa sử dụng các nền tảng số và"
                " mạng xã hội để tuyên truyền; việc nắm bắt, tổng hợp dư luận xã hội ở một số nơi"
                " chưa kịp thời."
            ),
            P("3. Một số giải pháp", "h3"),
            P(
                "Thứ nhất, rà soát, kiện toàn đội ngũ báo cáo viên cấp xã bảo đảm đủ số lượng, cơ cấu"
                " hợp lý giữa các lĩnh vực.",
                "li",
            ),
            P(
                "Thứ hai, đổi mới nội dung, chương trình bồi dưỡng, tăng thời lượng thực hành kỹ năng"
                " nói trước công chúng và kỹ năng truyền thông trên môi trường số.",
                "li",
            ),
            P(
                "Thứ ba, phát huy vai trò của Trường Chính trị tỉnh trong việc biên soạn tài liệu sinh"
                " hoạt chi bộ, tài liệu tuyên truyền phù hợp với đặc điểm từng địa bàn.",
                "li",
            ),
            P(
                "Thứ tư, có chế độ động viên, khen thưởng kịp thời đối với báo cáo viên có nhiều đóng"
                " góp.",
                "li",
            ),
            P(
                "Nâng cao chất lượng đội ngũ báo cáo viên cấp xã là nhiệm vụ thường xuyên, lâu dài,"
                " góp phần củng cố niềm tin của Nhân dân đối với Đảng và chính quyền, tạo đồng thuận"
                " xã hội trong thực hiện nhiệm vụ phát triển kinh tế – xã hội của địa phương."
            ),
        ],
        authors=["Lê Thị Thanh Huyền"],
        summary=(
            "Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, đội ngũ"
            " báo cáo viên cấp xã có vai trò đặc biệt quan trọng trong việc đưa các chủ trương, nghị"
            " quyết của Đảng đến với Nhân dân. Bài viết phân tích thực trạng và đề xuất một số giải"
            " pháp nâng cao chất lượng đội ngũ này."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 11, 9, 6, 20),
            "user": "admin",
            "editor": "gutenberg",
            "tags": ["hoi-thao-khoa-hoc"],
            "acf_author": "Lê Thị Thanh Huyền",
            "views": 731,
        },
    ),
    Story(
        id=1452,
        slug="thong-bao-trieu-tap-hoc-vien-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-dot-2-nam-2026",
        title="Thông báo triệu tập học viên lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng"
        " 4, đợt 2 năm 2026",
        cat="thong-bao",
        published_at="2026-11-05",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo triệu tập học viên lớp Bồi dưỡng kiến thức quốc"
                " phòng và an ninh đối tượng 4, đợt 2 năm 2026. Học viên có mặt tại Hội trường A,"
                " Trường Chính trị tỉnh lúc 13 giờ 30 phút ngày 28/11/2026 để làm thủ tục nhập học"
                " (danh sách học viên và giấy triệu tập xem tại tệp đính kèm)."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 5, 15, 20),
            "user": "admin",
            "editor": "gutenberg",
            "tags": ["quoc-phong-an-ninh"],
            "file": (
                _u("2026/11", "Giay-trieu-tap-lop-QPAN-doi-tuong-4-dot-2-2026.pdf"),
                "Giấy triệu tập lớp QPAN đối tượng 4 đợt 2 năm 2026",
            ),
            "views": 986,
        },
    ),
    Story(
        id=1447,
        slug="doan-cong-tac-truong-chinh-tri-tinh-hoc-tap-kinh-nghiem-tai-tinh-lao-cai",
        title="Đoàn công tác Trường Chính trị tỉnh học tập kinh nghiệm tại tỉnh Lào Cai",
        cat="tin-hoat-dong",
        published_at="2026-11-03T10:20:00+07:00",
        blocks=[
            P(
                "Từ ngày 29 đến 31/10/2026, đoàn công tác Trường Chính trị tỉnh do đồng chí Hoàng Thị"
                " Minh Nguyệt, Phó Hiệu trưởng làm trưởng đoàn đã đến thăm, làm việc và học tập kinh"
                " nghiệm tại Trường Chính trị tỉnh Lào Cai."
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về công tác tổ chức lớp học sau khi"
                " sắp xếp đơn vị hành chính, việc quản lý học viên các lớp hệ không tập trung mở tại"
                " cơ sở và kinh nghiệm chuyển đổi số trong quản lý đào tạo."
            ),
            Img(
                _u("2026/11", "lam-viec-truong-chinh-tri-lao-cai-1024x683.jpg"),
                "Hai đoàn trao đổi kinh nghiệm tại buổi làm việc",
                "Hai đoàn trao đổi kinh nghiệm tại buổi làm việc",
                "figure",
            ),
            P(
                "Dịp này, đoàn công tác đã dâng hương tưởng niệm các Anh hùng liệt sĩ tại Đền thờ các"
                " Anh hùng liệt sĩ tỉnh và tham quan, tìm hiểu mô hình phát triển du lịch cộng đồng"
                " tại xã Tả Van."
            ),
            P(
                "Chuyến công tác là dịp để cán bộ, giảng viên Nhà trường học hỏi, tích lũy kinh nghiệm"
                " thực tiễn, bổ sung vào nội dung bài giảng, góp phần nâng cao chất lượng đào tạo,"
                " bồi dưỡng."
            ),
            Raw('<p class="has-text-align-right"><strong>Trần Đức Mạnh</strong></p>'),
        ],
        authors=["Trần Đức Mạnh"],
        opts={
            "when": datetime(2026, 11, 3, 10, 20),
            "user": "bientap",
            "editor": "gutenberg",
            "tags": ["trung-cap-ly-luan-chinh-tri"],
            "nfd": True,
            "views": 297,
        },
    ),
    Story(
        id=1440,
        slug="hoi-nghi-truc-tuyen-quan-triet-chi-thi-cua-ban-bi-thu-ve-doi-moi-cong-tac-giao-duc-ly-luan-chinh-tri",
        title="Hội nghị trực tuyến quán triệt Chỉ thị của Ban Bí thư về đổi mới công tác giáo dục lý"
        " luận chính trị",
        cat="tin-hoat-dong",
        published_at="2026-10-27T06:50:00+07:00",
        blocks=[
            Img(
                _u("2026/10", "quan-triet-chi-thi-ban-bi-thu-1024x576.jpg"), None, None, "featured"
            ),
            P(
                "(BPT) – Sáng 26/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt,"
                " triển khai Chỉ thị của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng công tác"
                " giáo dục lý luận chính trị trong tình hình mới tới gần 200 điểm cầu trong toàn tỉnh."
            ),
            Img(
                "https://baophutho.vn/uploads/images/2026/10/26/hoi-nghi-quan-triet-chi-thi-1761450000.jpg",
                "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy",
                "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy",
                "external",
            ),
            P(
                "Tại hội nghị, đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đã quán triệt những"
                " nội dung cơ bản của Chỉ thị; trong đó nhấn mạnh yêu cầu gắn giáo dục lý luận chính"
                " trị với tổng kết thực tiễn, đấu tranh phản bác các quan điểm sai trái, thù địch."
            ),
            P(
                "Ban Thường vụ Tỉnh ủy giao Trường Chính trị tỉnh chủ trì, phối hợp với các cơ quan"
                " liên quan rà soát, điều chỉnh chương trình đào tạo, bồi dưỡng; tăng cường đi thực"
                " tế, tổ chức các lớp học tại cơ sở để tạo điều kiện cho cán bộ vừa làm vừa học."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Thu Hằng</strong></p>\n'
                '<p class="has-text-align-right"><em>Nguồn: Báo Phú Thọ</em></p>'
            ),
        ],
        authors=["Thu Hằng"],
        source="Báo Phú Thọ",
        opts={
            "when": datetime(2026, 10, 27, 6, 50),
            "user": "bientap",
            "editor": "gutenberg",
            "tags": [],
            "views": 540,
        },
    ),
    Story(
        id=1434,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-dot-1-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4, đợt 1 năm 2026",
        cat="cong-tac-dao-tao",
        published_at="2026-10-20T12:10:00+07:00",
        blocks=[
            Img(_u("2026/10", "be-giang-qpan-dt4-dot-1-1024x576.jpg"), None, None, "featured"),
            P(
                "Trưa 19/10, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế"
                " giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4, đợt 1 năm 2026 cho"
                " 142 học viên là chức sắc, chức việc các tôn giáo, người có uy tín trong đồng bào dân"
                " tộc thiểu số và cán bộ các đoàn thể cơ sở."
            ),
            P(
                "Trong thời gian 5 ngày, các học viên đã được nghiên cứu 8 chuyên đề về quan điểm của"
                " Đảng về xây dựng nền quốc phòng toàn dân, an ninh nhân dân; xây dựng thế trận lòng"
                " dân; phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ; bảo vệ chủ"
                " quyền biển, đảo và biên giới quốc gia."
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 38 học viên đạt loại giỏi. Ban"
                " Tổ chức đã trao Giấy chứng nhận cho các học viên hoàn thành chương trình."
            ),
            P("Một số hình ảnh tại lễ bế giảng:"),
            Img(
                _u("2026/10", "be-giang-qpan-dt4-1-300x200.jpg"),
                "Đại diện lãnh đạo Bộ Chỉ huy Quân sự tỉnh phát biểu bế giảng",
                "Đại diện lãnh đạo Bộ Chỉ huy Quân sự tỉnh phát biểu bế giảng",
                "egallery",
            ),
            Img(
                _u("2026/10", "be-giang-qpan-dt4-2-300x200.jpg"),
                "Trao Giấy chứng nhận cho học viên",
                "Trao Giấy chứng nhận cho học viên",
                "egallery",
            ),
            Img(_u("2026/10", "be-giang-qpan-dt4-3-300x200.jpg"), None, None, "egallery"),
            Raw('<p style="text-align: right;">Tin: Hà Thu<br />\nẢnh: Minh Đức</p>'),
        ],
        authors=["Hà Thu"],
        photographers=["Minh Đức"],
        opts={
            "when": datetime(2026, 10, 20, 12, 10),
            "user": "admin",
            "editor": "elementor-container",
            "tags": ["quoc-phong-an-ninh"],
            "views": 468,
        },
    ),
    Story(
        id=1428,
        slug="hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so",
        title="Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng"
        " cán bộ cơ sở”",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-10-14",
        blocks=[
            P(
                "Ngày 13/10/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học “Vận dụng tư tưởng"
                " Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở”. Tham dự hội thảo có"
                " đại diện Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ cùng"
                " toàn thể cán bộ, giảng viên Nhà trường."
            ),
            P(
                "Hội thảo nhận được 26 bài tham luận, trong đó 9 bài được trình bày trực tiếp. Các ý"
                " kiến tập trung làm rõ những giá trị lý luận và thực tiễn trong tư tưởng Hồ Chí Minh"
                " về cán bộ, như: “cán bộ là cái gốc của mọi công việc”, huấn luyện cán bộ là công"
                " việc gốc của Đảng."
            ),
            Img(
                _u("2026/10", "hoi-thao-tu-tuong-ho-chi-minh-ve-can-bo.jpg"),
                "Các đại biểu trình bày tham luận tại hội thảo",
                "Các đại biểu trình bày tham luận tại hội thảo",
                "wpcaption",
            ),
            P(
                "Nhiều tham luận đề xuất giải pháp đổi mới nội dung, phương pháp bồi dưỡng cán bộ cơ"
                " sở theo hướng thiết thực, gắn với tình huống thực tế; tăng cường mời cán bộ lãnh"
                " đạo, quản lý có kinh nghiệm tham gia giảng dạy."
            ),
            P(
                "Kết luận hội thảo, đồng chí Đinh Công Sơn, Hiệu trưởng Nhà trường đề nghị các khoa"
                " chuyên môn tiếp thu các ý kiến, bổ sung vào bài giảng và đề xuất xuất bản kỷ yếu"
                " hội thảo."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Vũ Thị Ngọc Anh</strong></p>'),
        ],
        authors=["Vũ Thị Ngọc Anh"],
        photographers=["Vũ Thị Ngọc Anh"],
        opts={
            "when": datetime(2026, 10, 14, 15, 30),
            "user": "bientap",
            "editor": "classic",
            "featured": _u("2026/10", "hoi-thao-khoa-hoc-thumb-768x432.jpg"),
            "tags": ["hoi-thao-khoa-hoc"],
            "entities": True,
            "views": 512,
        },
    ),
    Story(
        id=1419,
        slug="ke-hoach-to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="thong-bao",
        published_at="2026-10-06",
        blocks=[
            P(
                "Thực hiện kế hoạch công tác năm 2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên"
                " dạy giỏi cấp trường nhằm đánh giá năng lực giảng dạy, khuyến khích đổi mới phương"
                " pháp giảng dạy và lựa chọn giảng viên tham dự Hội thi cấp tỉnh."
            ),
            P("Nội dung hội thi gồm:"),
            P(
                "Trình bày bài giảng lý thuyết (45 phút) theo chương trình Trung cấp lý luận chính"
                " trị;",
                "li",
            ),
            P("Trình bày bài giảng thực hành hoặc xử lý tình huống (30 phút);", "li"),
            P("Trả lời câu hỏi của Ban Giám khảo về nội dung bài giảng.", "li"),
            P(
                "Thời gian tổ chức: từ ngày 20/10 đến ngày 24/10/2026 tại Hội trường B. Các khoa gửi"
                " danh sách giảng viên dự thi về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước"
                " ngày 12/10/2026."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 6, 6, 40),
            "user": "admin",
            "editor": "gutenberg",
            "tags": [],
            "old_slug": "ke-hoach-hoi-thi-giang-vien-gioi-2026",
            "views": 874,
        },
    ),
    Story(
        id=1411,
        slug="chi-doan-truong-chinh-tri-tinh-to-chuc-hanh-trinh-tuoi-tre-tri-an-tai-khu-di-tich-lich-su-den-hung",
        title="Chi đoàn Trường Chính trị tỉnh tổ chức hành trình “Tuổi trẻ tri ân” tại Khu di tích"
        " lịch sử Đền Hùng",
        cat="tin-hoat-dong",
        published_at="2026-09-28T09:00:00+07:00",
        blocks=[
            P(
                "Ngày 27/9, Chi đoàn Trường Chính trị tỉnh tổ chức hành trình “Tuổi trẻ tri ân” tại Khu"
                " di tích lịch sử Đền Hùng cho 35 đoàn viên thanh niên là cán bộ, giảng viên trẻ và"
                " nhân viên Nhà trường."
            ),
            Img(
                _u("2026/09", "tuoi-tre-tri-an-den-hung-1-1024x683.jpg"),
                "(Đoàn viên thanh niên dâng hương tại Đền Thượng)",
                "Đoàn viên thanh niên dâng hương tại Đền Thượng",
                "italic",
            ),
            P(
                "Tại Đền Thượng, đoàn viên thanh niên đã thành kính dâng hương, dâng hoa tưởng nhớ công"
                " lao dựng nước của các Vua Hùng; nghe thuyết minh về lịch sử, giá trị của Tín ngưỡng"
                " thờ cúng Hùng Vương."
            ),
            P(
                "Hành trình là hoạt động ý nghĩa nhằm giáo dục truyền thống “Uống nước nhớ nguồn”, bồi"
                " đắp tình yêu quê hương, đất nước cho đoàn viên, thanh niên trong Nhà trường."
            ),
            Img(
                _u("2026/09", "tuoi-tre-tri-an-den-hung-2-1024x683.jpg"),
                "(Đoàn viên Chi đoàn chụp ảnh lưu niệm tại Khu di tích)",
                "Đoàn viên Chi đoàn chụp ảnh lưu niệm tại Khu di tích",
                "italic",
            ),
            Raw('<p class="has-text-align-right"><strong>Tin và ảnh: Lê Phương</strong></p>'),
        ],
        authors=["Lê Phương"],
        photographers=["Lê Phương"],
        opts={
            "when": datetime(2026, 9, 28, 9, 0),
            "user": "bientap",
            "editor": "gutenberg",
            "tags": ["dang-bo-truong"],
            "views": 336,
        },
    ),
    Story(
        id=1403,
        slug="trao-bang-tot-nghiep-cho-112-hoc-vien-lop-trung-cap-ly-luan-chinh-tri-khoa-49",
        title="Trao bằng tốt nghiệp cho 112 học viên lớp Trung cấp lý luận chính trị khóa 49",
        cat="cong-tac-dao-tao",
        published_at="2026-09-15T08:00:00+07:00",
        blocks=[
            Img(_u("2026/09", "trao-bang-k49-thumb-1024x576.jpg"), None, None, "featured"),
            P(
                "Sau 12 tháng học tập, các học viên đã hoàn thành chương trình với 11 học phần và bảo"
                " vệ khóa luận tốt nghiệp. Kết quả, 100% học viên đủ điều kiện tốt nghiệp, trong đó có"
                " 27 học viên xếp loại giỏi, 85 học viên xếp loại khá."
            ),
            Img(
                _u("2026/09", "trao-bang-k49-1-768x512.jpg"),
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho học viên",
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho học viên",
                "column",
            ),
            Img(
                _u("2026/09", "trao-bang-k49-2-768x512.jpg"),
                "Học viên tiêu biểu nhận giấy khen",
                "Học viên tiêu biểu nhận giấy khen",
                "column",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hoàng Thị Minh Nguyệt, Phó Hiệu trưởng Nhà trường,"
                " ghi nhận tinh thần khắc phục khó khăn của học viên, nhiều đồng chí vừa đảm nhiệm"
                " công việc tại cơ quan, vừa tham gia học tập đầy đủ."
            ),
            P(
                "Nhà trường mong muốn các học viên tiếp tục tự học tập, rèn luyện, vận dụng kiến thức"
                " đã học vào thực tiễn công tác, góp phần hoàn thành tốt nhiệm vụ chính trị của cơ"
                " quan, đơn vị."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Đỗ Thanh Tùng</strong></p>'),
        ],
        authors=["Đỗ Thanh Tùng"],
        photographers=["Đỗ Thanh Tùng"],
        summary=(
            "Ngày 14/9, Trường Chính trị tỉnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho 112"
            " học viên lớp Trung cấp lý luận chính trị khóa 49, hệ không tập trung."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 9, 15, 8, 0),
            "user": "admin",
            "editor": "gutenberg",
            "tags": ["trung-cap-ly-luan-chinh-tri"],
            "views": 703,
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_OLD_SLUGS: dict[str, Story] = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}
_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


@dataclass(frozen=True)
class Event:
    """A The Events Calendar entry (post type ``tribe_events``): not an article."""

    id: int
    slug: str
    title: str
    start: datetime
    end: datetime
    venue: str
    text: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"/su-kien/{self.slug}/"


EVENTS: list[Event] = [
    Event(
        1590,
        "hoi-thao-khoa-hoc-cap-truong-nam-2026",
        "Hội thảo khoa học cấp trường năm 2026",
        datetime(2026, 10, 13, 7, 30),
        datetime(2026, 10, 13, 11, 30),
        "Hội trường A, Trường Chính trị tỉnh",
        (
            "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng"
            " cán bộ cơ sở”.",
            "Thành phần: cán bộ, giảng viên Nhà trường; đại biểu các ban, sở, ngành được mời.",
        ),
    ),
    Event(
        1598,
        "hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026",
        "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026",
        datetime(2026, 11, 26, 8, 0),
        datetime(2026, 11, 26, 11, 30),
        "Hội trường A, Trường Chính trị tỉnh",
        (
            "Chủ trì: Ban Giám hiệu Nhà trường.",
            "Thành phần: trưởng, phó các khoa, phòng; giảng viên chủ nhiệm các lớp năm 2026.",
        ),
    ),
    Event(
        1601,
        "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-dot-2",
        "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4, đợt 2",
        datetime(2026, 11, 28, 13, 30),
        datetime(2026, 11, 28, 17, 0),
        "Hội trường A, Trường Chính trị tỉnh",
        (
            "Phối hợp với Bộ Chỉ huy Quân sự tỉnh. Học viên có mặt lúc 13 giờ 30 phút để làm thủ"
            " tục nhập học.",
        ),
    ),
    Event(
        1605,
        "kiem-tra-ket-thuc-hoc-phan-lop-trung-cap-ly-luan-chinh-tri-khoa-52",
        "Kiểm tra kết thúc học phần Phần I lớp Trung cấp lý luận chính trị khóa 52",
        datetime(2026, 12, 4, 7, 30),
        datetime(2026, 12, 4, 11, 0),
        "Trung tâm Chính trị xã Thanh Sơn",
        ("Hình thức: viết, thời gian làm bài 120 phút. Học viên mang theo thẻ học viên.",),
    ),
]
_EVENTS_BY_SLUG = {e.slug: e for e in EVENTS}

#: static pages: path -> (page id, title)
PAGES: dict[str, tuple[int, str]] = {
    "/gioi-thieu/": (12, "Giới thiệu chung"),
    "/gioi-thieu/co-cau-to-chuc/": (14, "Cơ cấu tổ chức"),
    "/lien-he/": (16, "Liên hệ"),
    "/thu-vien-anh/": (18, "Thư viện ảnh"),
    "/van-ban-tai-lieu/": (20, "Văn bản – Tài liệu"),
}
HOME_ID = 2
NEWS_PAGE_ID = 1520

#: the TablePress register on "Văn bản – Tài liệu": (number, issued, abstract, file)
DOCUMENTS: list[tuple[str, date, str, str]] = [
    (
        "125-QĐ/TCT",
        date(2026, 11, 2),
        "Quyết định ban hành Quy chế đào tạo trình độ Trung cấp lý luận chính trị",
        _u("2026/11", "125-QD-TCT-quy-che-dao-tao-trung-cap-LLCT.pdf"),
    ),
    (
        "98-KH/TCT",
        date(2026, 10, 15),
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        _u("2026/10", "98-KH-TCT-ke-hoach-dao-tao-boi-duong-2027.pdf"),
    ),
    (
        "87-TB/TCT",
        date(2026, 9, 30),
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị năm 2027",
        _u("2026/09", "87-TB-TCT-tuyen-sinh-trung-cap-LLCT-2027.pdf"),
    ),
    (
        "1024-QĐ/HVCTQG",
        date(2026, 3, 12),
        "Chương trình đào tạo Trung cấp lý luận chính trị (ban hành kèm theo Quyết định của Giám đốc"
        " Học viện Chính trị quốc gia Hồ Chí Minh)",
        _u("2026/03", "1024-QD-HVCTQG-chuong-trinh-trung-cap-LLCT.pdf"),
    ),
]

#: albums of the Elementor Pro gallery on "Thư viện ảnh": (title, files)
ALBUMS: list[tuple[str, list[str]]] = [
    (
        "Hội thao chào mừng 20/11",
        [
            _u("2026/11", "hoi-thao-20-11-khai-mac-1024x683.jpg"),
            _u("2026/11", "hoi-thao-20-11-bong-chuyen-hoi-1024x683.jpg"),
            _u("2026/11", "hoi-thao-20-11-keo-co-1024x683.jpg"),
        ],
    ),
    (
        "Khai giảng lớp K52",
        [
            _u("2026/11", "khai-giang-k52-thanh-son-1024x683.jpg"),
            _u("2026/11", "khai-giang-k52-phat-bieu-1024x683.jpg"),
        ],
    ),
    (
        "Lễ trao bằng khóa 49",
        [
            _u("2026/09", "trao-bang-k49-1-768x512.jpg"),
            _u("2026/09", "trao-bang-k49-2-768x512.jpg"),
        ],
    ),
]

LINKS = [
    ("https://phutho.gov.vn/", "Cổng Thông tin điện tử tỉnh Phú Thọ"),
    ("https://www.hcma.vn/", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    ("https://dangcongsan.vn/", "Báo điện tử Đảng Cộng sản Việt Nam"),
    ("https://tapchicongsan.org.vn/", "Tạp chí Cộng sản"),
    ("https://baophutho.vn/", "Báo Phú Thọ"),
]


# ------------------------------------------------------------------------- paths and queries


def post_path(story: Story) -> str:
    return f"/{story.slug}/"


def cat_path(slug: str, page: int = 1) -> str:
    return f"/chuyen-muc/{slug}/" + (f"page/{page}/" if page > 1 else "")


def tag_path(slug: str, page: int = 1) -> str:
    return f"/tag/{slug}/" + (f"page/{page}/" if page > 1 else "")


def author_path(user: str, page: int = 1) -> str:
    return f"/author/{user}/" + (f"page/{page}/" if page > 1 else "")


def news_page_path(page: int = 1) -> str:
    return "/tin-tuc/" if page == 1 else f"/tin-tuc/{page}/"


def in_cat(slug: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == slug]


def in_tag(slug: str) -> list[Story]:
    return [s for s in _LATEST if slug in s.opts["tags"]]


def by_user(user: str) -> list[Story]:
    return [s for s in _LATEST if s.opts["user"] == user]


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


#: the "Tin tức" page: a Posts widget over every category but "Thông báo", offset 1 (the newest
#: post is in the widget above it); its pager counts the posts without the offset
_NEWS_POOL: list[Story] = [s for s in _LATEST if s.cat != "thong-bao"]
NEWS_PAGE_PAGES = _pages(len(_NEWS_POOL), NEWS_PAGE_PER_PAGE)


def news_page_items(page: int) -> list[Story]:
    start = 1 + (page - 1) * NEWS_PAGE_PER_PAGE
    return _NEWS_POOL[start : start + NEWS_PAGE_PER_PAGE]


def replies(story: Story) -> list[str]:
    """The ``?replytocom=N`` targets the post's "Trả lời" links point to (same post)."""
    return [f"{post_path(story)}?replytocom={c[0]}" for c in story.opts.get("comments", [])]


# ------------------------------------------------------------------------- text, dates, ids

_TEXTURE = {
    "–": "&#8211;",
    "—": "&#8212;",
    "“": "&#8220;",
    "”": "&#8221;",
    "’": "&#8217;",
    "…": "&#8230;",
}


def _wp(value: str) -> str:
    """Text as WordPress prints it: escaped, then wptexturize's numeric references."""
    out = esc(value).replace("&amp;", "&#038;")
    for ch, ref in _TEXTURE.items():
        out = out.replace(ch, ref)
    return out


def _ct(value: str, story: Story) -> str:
    """Content text of a story: the imported post keeps the old editor's character references."""
    if story.opts.get("entities"):
        return entity_mix(esc(value), 2)
    return _wp(value)


def _vi_date(d: date | datetime) -> str:
    """WordPress (vi) ``j F, Y``: "5 Tháng Mười Một, 2026"."""
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"


def _vi_time(t: datetime) -> str:
    """WordPress (vi) ``g:i a``: "8:30 sáng", "2:15 chiều", "12:10 chiều"."""
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d} {'sáng' if t.hour < 12 else 'chiều'}"


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _utc(when: datetime) -> str:
    return (when - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _modified(story: Story) -> datetime:
    return story.opts["when"] + timedelta(hours=1, minutes=story.id % 50)


def _eid(*parts: object) -> str:
    """An Elementor element id: seven hex digits, stable per element."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:7]


def _att_id(src: str) -> int:
    """The attachment id WordPress prints in ``wp-image-N``."""
    return 1300 + int(hashlib.md5(src.encode()).hexdigest(), 16) % 180


def _size(src: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.\w+$", src)
    return (int(m.group(1)), int(m.group(2))) if m else (800, 533)


def _excerpt(story: Story, words: int = 25) -> str:
    """The listing excerpt: the manual excerpt, else the first words of the content."""
    if story.summary:
        return story.summary
    text = " ".join(p for p in story.paragraphs)
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# ------------------------------------------------------------------------- images (LiteSpeed)


def _placeholder(w: int, h: int) -> str:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
        '<rect width="100%" height="100%" style="fill:#cfd4db;fill-opacity: 0.1;"/></svg>'
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _srcset(full: str, w: int, h: int) -> str:
    m = re.match(r"(.*)-\d+x\d+(\.\w+)$", full)
    if not m:
        return ""
    stem, ext = m.groups()
    sizes = [(300, round(300 * h / w)), (768, round(768 * h / w))]
    parts = [f"{full} {w}w"] + [f"{stem}-{sw}x{sh}{ext} {sw}w" for sw, sh in sizes if sw < w]
    return ", ".join(parts)


def _img(
    base: str, src: str, cls: str = "", alt: str = "", size: tuple[int, int] | None = None
) -> str:
    """An ``<img>`` after LiteSpeed's lazy-load pass: placeholder src, data-src, noscript twin."""
    full = src if src.startswith("http") else base + src
    w, h = size or _size(src)
    srcset = _srcset(full, w, h) if not src.startswith("http") else ""
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    lazy_set = f' data-srcset="{srcset}" data-sizes="{sizes}"' if srcset else ""
    real_set = f' srcset="{srcset}" sizes="{sizes}"' if srcset else ""
    cls_attr = f' class="{cls}"' if cls else ""
    return (
        f'<img data-lazyloaded="1" src="{_placeholder(w, h)}" decoding="async" width="{w}" height="{h}"'
        f' data-src="{full}"{cls_attr} alt="{esc(alt)}"{lazy_set} />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" src="{full}"{cls_attr}'
        f' alt="{esc(alt)}"{real_set} /></noscript>'
    )


def _featured(story: Story) -> str | None:
    """The post's featured image file: the "featured" block, or the research post's opts."""
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "featured":
            return b.src
    return story.opts.get("featured")


# ------------------------------------------------------------------------- Elementor markup


def _widget(kind: str, inner: str, seed: str, skin: str = "default", extra: str = "") -> str:
    eid = _eid(seed, kind)
    return (
        f'<div class="elementor-element elementor-element-{eid}{extra} elementor-widget'
        f' elementor-widget-{kind}" data-id="{eid}" data-element_type="widget"'
        f' data-widget_type="{kind}.{skin}">\n<div class="elementor-widget-container">\n{inner}\n'
        "</div>\n</div>"
    )


def _heading(text_html: str, seed: str, tag: str = "h2", link: str | None = None) -> str:
    inner = f'<a href="{link}">{text_html}</a>' if link else text_html
    return _widget(
        "heading",
        f'<{tag} class="elementor-heading-title elementor-size-default">{inner}</{tag}>',
        seed,
    )


def _container(inner: str, seed: str, cls: str = "e-con-boxed e-parent", boxed: bool = True) -> str:
    eid = _eid(seed, "con")
    body = f'<div class="e-con-inner">\n{inner}\n</div>' if boxed else inner
    return (
        f'<div class="elementor-element elementor-element-{eid} e-flex e-con {cls}" data-id="{eid}"'
        f' data-element_type="container">\n{body}\n</div>'
    )


def _col(inner: str, seed: str, width: int) -> str:
    eid = _eid(seed, "col")
    return (
        f'<div class="elementor-element elementor-element-{eid} e-con-full e-flex e-con e-child"'
        f' data-id="{eid}" data-element_type="container" data-settings=\'{{"width":{{"unit":"%","size":{width}}}}}\'>'
        f"\n{inner}\n</div>"
    )


def _document(
    kind: str, doc_id: int, inner: str, extra_cls: str = "", post_type: str = "elementor_library"
) -> str:
    return (
        f'<div data-elementor-type="{kind}" data-elementor-id="{doc_id}" class="elementor'
        f' elementor-{doc_id}{extra_cls}" data-elementor-post-type="{post_type}">\n{inner}\n</div>'
    )


# ------------------------------------------------------------------------- chrome

HEADER_ID = 1550
FOOTER_ID = 1551
SINGLE_IDS = {"news": 1560, "notice": 1561, "research": 1562}
ARCHIVE_ID = 1563

_MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu/",
        "Giới thiệu",
        [("/gioi-thieu/", "Giới thiệu chung"), ("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")],
    ),
    (
        "/tin-tuc/",
        "Tin tức",
        [
            (cat_path("tin-hoat-dong"), "Tin hoạt động"),
            (cat_path("cong-tac-dao-tao"), "Công tác đào tạo"),
        ],
    ),
    (cat_path("nghien-cuu-khoa-hoc"), "Nghiên cứu khoa học", []),
    (cat_path("thong-bao"), "Thông báo", []),
    ("/su-kien/", "Sự kiện", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/van-ban-tai-lieu/", "Văn bản – Tài liệu", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu_ul(base: str, current: str, n: int, dropdown: bool) -> str:
    tab = ' tabindex="-1"' if dropdown else ""
    items = []
    for i, (href, label, subs) in enumerate(_MENU):
        mid = 30 + i * 3
        active = href == current or any(h == current for h, _ in subs)
        cls = "menu-item menu-item-type-custom menu-item-object-custom" + (
            " menu-item-has-children" if subs else ""
        )
        if active:
            cls += " current-menu-item"
        a_cls = "elementor-item" + (" elementor-item-active" if active else "")
        sub = ""
        if subs:
            sub = (
                '<ul class="sub-menu elementor-nav-menu--dropdown">'
                + "".join(
                    f'<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{mid + j + 1}">'
                    f'<a href="{base}{h}" class="elementor-sub-item"{tab}>{_wp(lab)}</a></li>'
                    for j, (h, lab) in enumerate(subs)
                )
                + "</ul>"
            )
        items.append(
            f'<li class="{cls} menu-item-{mid}"><a href="{base}{href}" class="{a_cls}"{tab}>{_wp(label)}</a>{sub}</li>'
        )
    return f'<ul id="menu-{n}-{_eid("menu")}" class="elementor-nav-menu">{"".join(items)}</ul>'


def _nav_menu(base: str, current: str) -> str:
    inner = (
        '<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container'
        ' elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">'
        f"{_menu_ul(base, current, 1, False)}</nav>\n"
        '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Chuyển đổi Menu"'
        ' aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open'
        ' eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>\n'
        '<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">'
        f"{_menu_ul(base, current, 2, True)}</nav>"
    )
    return _widget(
        "nav-menu",
        inner,
        "header-nav",
        extra=" elementor-nav-menu__align-center elementor-nav-menu--dropdown-tablet",
    )


def _search_form(base: str, seed: str, value: str = "") -> str:
    fid = _eid(seed, "search")
    inner = (
        f'<search role="search"><form class="elementor-search-form" action="{base}" method="get">'
        '<div class="elementor-search-form__container">'
        f'<label class="elementor-screen-only" for="elementor-search-form-{fid}">Tìm kiếm</label>'
        f'<input id="elementor-search-form-{fid}" placeholder="Tìm kiếm..." class="elementor-search-form__input"'
        f' type="search" name="s" value="{esc(value)}">'
        '<button class="elementor-search-form__submit" type="submit" aria-label="Tìm kiếm">'
        '<i aria-hidden="true" class="fas fa-search"></i><span class="elementor-screen-only">Tìm kiếm</span>'
        "</button></div></form></search>"
    )
    return _widget("search-form", inner, seed, "classic")


def _header(base: str, current: str) -> str:
    top = _container(
        _widget(
            "icon-list",
            '<ul class="elementor-icon-list-items elementor-inline-items">'
            '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-icon">'
            '<i aria-hidden="true" class="far fa-calendar-alt"></i></span><span class="elementor-icon-list-text">'
            f"{TODAY}</span></li>"
            '<li class="elementor-icon-list-item elementor-inline-item"><a href="tel:02103846123">'
            '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-phone-alt"></i></span>'
            '<span class="elementor-icon-list-text">Đường dây nóng: 0210 3 846 123</span></a></li>'
            '<li class="elementor-icon-list-item elementor-inline-item"><a href="mailto:truongchinhtri@phutho.gov.vn">'
            '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-envelope"></i></span>'
            '<span class="elementor-icon-list-text">truongchinhtri@phutho.gov.vn</span></a></li></ul>',
            "header-top",
        )
        + "\n"
        + _widget(
            "social-icons",
            '<div class="elementor-social-icons-wrapper elementor-grid">'
            '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon'
            ' elementor-social-icon-facebook" href="https://www.facebook.com/truongchinhtriphutho"'
            ' target="_blank"><span class="elementor-screen-only">Facebook</span><i class="fab fa-facebook"></i>'
            '</a></span><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon'
            ' elementor-social-icon-youtube" href="https://www.youtube.com/@truongchinhtriphutho"'
            ' target="_blank"><span class="elementor-screen-only">Youtube</span><i class="fab fa-youtube"></i>'
            "</a></span></div>",
            "header-social",
        ),
        "header-topbar",
    )
    brand = _container(
        _widget(
            "theme-site-logo",
            f'<a href="{base}/"><img width="120" height="120" src="{base}{UP}/2025/08/logo-truong-chinh-tri-phu-tho.png"'
            ' class="attachment-full size-full wp-image-9" alt="Logo Trường Chính trị tỉnh Phú Thọ" /></a>',
            "header-logo",
            extra=" elementor-widget-image",
        )
        + "\n"
        + _widget(
            "theme-site-title",
            '<p class="elementor-heading-title elementor-size-default">'
            f'<a href="{base}/">TRƯỜNG CHÍNH TRỊ TỈNH PHÚ THỌ</a></p>',
            "header-title",
            extra=" elementor-widget-heading",
        )
        + "\n"
        + _heading(_wp(TAGLINE), "header-tagline", "p")
        + "\n"
        + _search_form(base, "header-search"),
        "header-brand",
    )
    nav = _container(_nav_menu(base, current), "header-navbar")
    return (
        f'<header data-elementor-type="header" data-elementor-id="{HEADER_ID}" class="elementor'
        f' elementor-{HEADER_ID} elementor-location-header" data-elementor-post-type="elementor_library">\n'
        f"{top}\n{brand}\n{nav}\n</header>"
    )


def _footer(base: str) -> str:
    about = (
        _heading("TRƯỜNG CHÍNH TRỊ TỈNH PHÚ THỌ", "footer-name", "h4")
        + "\n"
        + _widget(
            "text-editor",
            "<p>Địa chỉ: Số 1 đường Nguyễn Tất Thành, phường Việt Trì, tỉnh Phú Thọ</p>\n"
            "<p>Điện thoại: 0210 3 846 123 &#8211; Fax: 0210 3 846 125</p>\n"
            '<p>Email: <a href="mailto:truongchinhtri@phutho.gov.vn">truongchinhtri@phutho.gov.vn</a></p>',
            "footer-address",
        )
    )
    quick = (
        _heading("Liên kết nhanh", "footer-quick-title", "h4")
        + "\n"
        + _widget(
            "icon-list",
            '<ul class="elementor-icon-list-items">'
            + "".join(
                f'<li class="elementor-icon-list-item"><a href="{base}{h}"><span class="elementor-icon-list-text">'
                f"{_wp(t)}</span></a></li>"
                for h, t in [
                    ("/gioi-thieu/", "Giới thiệu"),
                    (cat_path("thong-bao"), "Thông báo"),
                    ("/su-kien/", "Lịch sự kiện"),
                    ("/van-ban-tai-lieu/", "Văn bản – Tài liệu"),
                    ("/lien-he/", "Liên hệ"),
                ]
            )
            + "</ul>",
            "footer-quick",
        )
    )
    mapbox = (
        _heading("Bản đồ", "footer-map-title", "h4")
        + "\n"
        + _widget(
            "google_maps",
            '<div class="elementor-custom-embed"><iframe loading="lazy" src="https://maps.google.com/maps?q='
            "Tr%C6%B0%E1%BB%9Dng%20Ch%C3%ADnh%20tr%E1%BB%8B%20t%E1%BB%89nh%20Ph%C3%BA%20Th%E1%BB%8D&amp;t=m&amp;z=15"
            '&amp;output=embed&amp;iwloc=near" title="Trường Chính trị tỉnh Phú Thọ" aria-label="Trường Chính trị'
            ' tỉnh Phú Thọ"></iframe></div>',
            "footer-map",
        )
    )
    cols = _container(
        _col(about, "footer-c1", 40)
        + "\n"
        + _col(quick, "footer-c2", 25)
        + "\n"
        + _col(mapbox, "footer-c3", 35),
        "footer-cols",
    )
    bottom = _container(
        _widget(
            "text-editor",
            "<p>Bản quyền &#169; 2026 Trường Chính trị tỉnh Phú Thọ. Chịu trách nhiệm nội dung: Đinh Công Sơn"
            " &#8211; Hiệu trưởng.</p>\n<p>Ghi rõ nguồn &#8220;Trường Chính trị tỉnh Phú Thọ&#8221; khi phát"
            " hành lại thông tin từ website này. Thiết kế website: PhuTho Web.</p>",
            "footer-copy",
        ),
        "footer-bottom",
    )
    return (
        f'<footer data-elementor-type="footer" data-elementor-id="{FOOTER_ID}" class="elementor'
        f' elementor-{FOOTER_ID} elementor-location-footer" data-elementor-post-type="elementor_library">\n'
        f"{cols}\n{bottom}\n</footer>"
    )


def _posts_list(
    base: str, stories: list[Story], seed: str, thumbs: bool = False, dates: bool = True
) -> str:
    """An Elementor Posts widget, classic skin (sidebar lists, related posts)."""
    arts = []
    for s in stories:
        thumb = ""
        feat = _featured(s)
        if thumbs and feat:
            thumb = (
                f'<a class="elementor-post__thumbnail__link" href="{base}{post_path(s)}" tabindex="-1">'
                f'<div class="elementor-post__thumbnail">{_img(base, feat, "attachment-thumbnail size-thumbnail", size=(150, 150))}'
                "</div></a>"
            )
        meta = (
            f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{_dmy(s.opts["when"])}</span></div>'
            if dates
            else ""
        )
        arts.append(
            f'<article class="elementor-post elementor-grid-item post-{s.id} post type-post status-publish'
            f' format-standard hentry category-{s.cat}">{thumb}<div class="elementor-post__text">'
            f'<h3 class="elementor-post__title"><a href="{base}{post_path(s)}">{_wp(s.title)}</a></h3>{meta}</div></article>'
        )
    inner = (
        '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">'
        + "\n".join(arts)
        + "</div>"
    )
    return _widget(
        "posts", inner, seed, "classic", extra=" elementor-grid-1 elementor-posts--thumbnail-left"
    )


def _tec_upcoming(base: str, seed: str) -> str:
    upcoming = [e for e in EVENTS if e.start > CLOCK][:3]
    items = "".join(
        f'<div class="tribe-common-g-row tribe-events-widget-events-list__event-row">'
        f'<div class="tribe-events-widget-events-list__event-date-tag tribe-common-g-col"><time'
        f' class="tribe-events-widget-events-list__event-date-tag-datetime" datetime="{e.start:%Y-%m-%d}">'
        f'<span class="tribe-events-widget-events-list__event-date-tag-month">Th{e.start.month}</span>'
        f'<span class="tribe-events-widget-events-list__event-date-tag-daynum tribe-common-h2">{e.start.day}</span>'
        f'</time></div><div class="tribe-events-widget-events-list__event-wrapper tribe-common-g-col">'
        f'<article class="tribe-events-widget-events-list__event post-{e.id} tribe_events type-tribe_events">'
        f'<div class="tribe-events-widget-events-list__event-details"><header class="tribe-events-widget-events-list__event-header">'
        f'<div class="tribe-events-widget-events-list__event-datetime-wrapper tribe-common-b2 tribe-common-b3--min-medium">'
        f'<time class="tribe-events-widget-events-list__event-datetime" datetime="{e.start:%Y-%m-%d}">'
        f'<span class="tribe-event-date-start">{_vi_time(e.start)}</span> - <span class="tribe-event-time">{_vi_time(e.end)}</span>'
        f'</time></div><h3 class="tribe-events-widget-events-list__event-title tribe-common-h7"><a href="{base}{e.path}"'
        f' title="{esc(e.title)}" rel="bookmark" class="tribe-events-widget-events-list__event-title-link'
        f' tribe-common-anchor-thin">{_wp(e.title)}</a></h3></header></div></article></div></div>'
        for e in upcoming
    )
    inner = (
        '<div class="tribe-common tribe-events tribe-events-view tribe-events-view--widget-events-list'
        ' tribe-events-widget"><div class="tribe-events-widget-events-list">'
        f'<div class="tribe-events-widget-events-list__events">{items}</div>'
        f'<div class="tribe-events-widget-events-list__view-more tribe-common-b1 tribe-common-b2--min-medium">'
        f'<a href="{base}/su-kien/" class="tribe-events-widget-events-list__view-more-link tribe-common-anchor-thin"'
        ' title="Xem thêm sự kiện.">Xem lịch sự kiện</a></div></div></div>'
    )
    return _widget("wp-widget-tribe-widget-events-list", inner, seed)


def _sidebar(base: str, seed: str) -> str:
    latest = (
        _heading("Tin mới", f"{seed}-latest-title", "h3")
        + "\n"
        + _posts_list(base, _LATEST[:5], f"{seed}-latest")
    )
    popular = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
    most = (
        _heading("Xem nhiều", f"{seed}-pop-title", "h3")
        + "\n"
        + _widget(
            "wp-widget-post_views_counter_list_widget",
            '<ul class="post-views-list">'
            + "".join(
                f'<li><a class="post-title" href="{base}{post_path(s)}">{_wp(s.title)}</a> <span class="count">'
                f"({_views(s.opts['views'])})</span></li>"
                for s in popular
            )
            + "</ul>",
            f"{seed}-pop",
        )
    )
    events = (
        _heading("Sự kiện sắp tới", f"{seed}-ev-title", "h3")
        + "\n"
        + _tec_upcoming(base, f"{seed}-ev")
    )
    links = (
        _heading("Liên kết website", f"{seed}-links-title", "h3")
        + "\n"
        + _widget(
            "html",
            '<select class="lien-ket-website" onchange="if(this.value){window.open(this.value,\'_blank\')}">'
            '<option value="">&#8212; Chọn liên kết &#8212;</option>'
            + "".join(f'<option value="{u}">{esc(t)}</option>' for u, t in LINKS)
            + "</select>",
            f"{seed}-links",
        )
    )
    poll = (
        _heading("Thăm dò ý kiến", f"{seed}-poll-title", "h3")
        + "\n"
        + _widget(
            "shortcode",
            '<div class="elementor-shortcode"><form id="forminator-module-1620" class="forminator-ui forminator-poll'
            ' forminator-poll-1620 forminator-design--default" method="post" data-forminator-render="0" data-uid="'
            f'{_eid(seed, "poll")}"><div class="forminator-poll-header"><h3 class="forminator-question">Bạn đánh giá thế'
            ' nào về nội dung website của Nhà trường?</h3></div><div class="forminator-poll-body">'
            + "".join(
                f'<label for="answer-{i}-1620" class="forminator-radio"><input type="radio" name="1620"'
                f' value="answer-{i}" id="answer-{i}-1620" /><span class="forminator-radio-bullet" aria-hidden="true">'
                f'</span><span class="forminator-radio-label">{t}</span></label>'
                for i, t in enumerate(["Rất hữu ích", "Hữu ích", "Cần bổ sung thêm thông tin"], 1)
            )
            + '</div><div class="forminator-poll-footer"><button class="forminator-button forminator-button-submit">'
            'Bình chọn</button> <a href="#" class="forminator-link">Xem kết quả</a></div>'
            '<input type="hidden" name="form_id" value="1620"><input type="hidden" name="action"'
            ' value="forminator_submit_form_poll"></form></div>',
            f"{seed}-poll",
        )
    )
    stats = (
        _heading("Thống kê truy cập", f"{seed}-stats-title", "h3")
        + "\n"
        + _widget(
            "wp-widget-wp_statistics_widget",
            '<ul class="wp-statistics-widget"><li><label>Đang trực tuyến:</label> 14</li>'
            "<li><label>Hôm nay:</label> 862</li><li><label>Hôm qua:</label> 1.137</li>"
            "<li><label>Tháng này:</label> 24.580</li><li><label>Tổng lượt truy cập:</label> 1.482.903</li></ul>",
            f"{seed}-stats",
        )
    )
    return "\n".join(
        [_search_form(base, f"{seed}-search"), latest, most, events, links, poll, stats]
    )


# ------------------------------------------------------------------------- <head> and page shell


def _person(base: str, user: str) -> str:
    return f"{base}/#/schema/person/{hashlib.md5(user.encode()).hexdigest()}"


def _head(
    base: str,
    *,
    title: str,
    canonical: str | None,
    description: str | None = None,
    og_type: str = "website",
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
    graph: list[dict] | None = None,
    meta: str = "",
    links: str = "",
) -> str:
    """WordPress + Yoast + Elementor + TEC head; ``title`` is the plain (unescaped) document title."""
    parts = [
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="profile" href="https://gmpg.org/xfn/11">',
        f"<meta name='robots' content='{robots}' />",
        "<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->",
        f"<title>{_wp(title)}</title>",
    ]
    if description:
        parts.append(f'<meta name="description" content="{esc(description)}" />')
    if canonical:
        parts.append(f'<link rel="canonical" href="{base}{canonical}" />')
    parts += [
        '<meta property="og:locale" content="vi_VN" />',
        f'<meta property="og:type" content="{og_type}" />',
        f'<meta property="og:title" content="{esc(title)}" />',
    ]
    if description:
        parts.append(f'<meta property="og:description" content="{esc(description)}" />')
    if canonical:
        parts.append(f'<meta property="og:url" content="{base}{canonical}" />')
    parts.append(f'<meta property="og:site_name" content="{esc(SITE)}" />')
    if meta:
        parts.append(meta)
    parts.append('<meta name="twitter:card" content="summary_large_image" />')
    if graph:
        doc = {"@context": "https://schema.org", "@graph": graph}
        parts.append(
            '<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
            + "</script>"
        )
    parts += [
        "<!-- / Yoast SEO plugin. -->",
        "",
        "<link rel='dns-prefetch' href='//fonts.googleapis.com' />",
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />',
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng bình luận" href="{base}/comments/feed/" />',
        f'<link rel="alternate" type="text/calendar" title="{esc(SITE)} &raquo; iCal Feed" href="{base}/su-kien/?ical=1" />',
    ]
    if links:
        parts.append(links)
    parts += [
        f"<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />",
        f"<link rel='stylesheet' id='elementor-frontend-css' href='{base}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4' media='all' />",
        f"<link rel='stylesheet' id='elementor-post-{HEADER_ID}-css' href='{base}{UP}/elementor/css/post-{HEADER_ID}.css?ver=1763010000' media='all' />",
        f"<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='{base}/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.8.1' media='all' />",
        f"<link rel='stylesheet' id='sharedaddy-css' href='{base}/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=14.0' media='all' />",
        f'<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>',
        f'<link rel="https://api.w.org/" href="{base}/wp-json/" />',
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />',
        '<meta name="generator" content="WordPress 6.7.1" />',
        f'<meta name="tec-api-version" content="v1"><meta name="tec-api-origin" content="{base}">'
        f'<link rel="alternate" href="{base}/wp-json/tribe/events/v1/" />',
        '<meta name="generator" content="Elementor 3.25.4; features: e_font_icon_svg, additional_custom_breakpoints,'
        ' e_element_cache; settings: css_print_method-external, google_font-enabled, font_display-swap">',
        f'<link rel="icon" href="{base}{UP}/2025/08/cropped-logo-truong-chinh-tri-32x32.png" sizes="32x32" />',
        f'<link rel="icon" href="{base}{UP}/2025/08/cropped-logo-truong-chinh-tri-192x192.png" sizes="192x192" />',
    ]
    return "\n".join(parts)


def _shell(base: str, current: str, head: str, body_class: str, main: str) -> str:
    config = json.dumps(
        {
            "environmentMode": {"edit": False, "wpPreview": False, "isScriptDebug": False},
            "i18n": {
                "shareOnFacebook": "Chia sẻ trên Facebook",
                "pinIt": "Ghim nó",
                "download": "Tải xuống",
            },
            "is_rtl": False,
            "version": "3.25.4",
            "urls": {"assets": f"{base}/wp-content/plugins/elementor/assets/"},
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
{head}
</head>

<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="{body_class} wp-custom-logo wp-embed-responsive tribe-no-js ast-desktop ast-page-builder-template ast-no-sidebar astra-4.8.3 ast-inherit-site-logo-transparent ast-hfb-header elementor-default elementor-kit-8">
<a class="skip-link screen-reader-text" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="hfeed site" id="page">
{_header(base, current)}
<div id="content" class="site-content">
<div class="ast-container">
{main}
</div> <!-- ast-container -->
</div><!-- #content -->
{_footer(base)}
</div><!-- #page -->
<script>
var elementorFrontendConfig = {config};
</script>
<script src="{base}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4" id="elementor-frontend-js"></script>
<script data-no-optimize="1">window.lazyLoadOptions={{elements_selector:"[data-lazyloaded]"}};</script>
<script data-no-optimize="1" src="{base}/wp-content/plugins/litespeed-cache/assets/js/lazyload.min.js"></script>
</body>
</html>
"""


def _breadcrumbs(base: str, trail: list[tuple[str, str]], last: str | None, seed: str) -> str:
    """Yoast breadcrumbs in the Elementor Pro widget: "Trang chủ » … » <current>"."""
    items = [f'<span><a href="{base}/">Trang chủ</a></span>']
    items += [f'<span><a href="{base}{h}">{_wp(t)}</a></span>' for h, t in trail]
    if last is not None:
        items.append(f'<span class="breadcrumb_last" aria-current="page">{_wp(last)}</span>')
    inner = '<p id="breadcrumbs"><span>' + " » ".join(items) + "</span></p>"
    return _widget("breadcrumbs", inner, seed)


# ------------------------------------------------------------------------- post content


def _group_key(b: object) -> str | None:
    if isinstance(b, P) and b.style == "li":
        return "li"
    if isinstance(b, P) and b.style in ("th", "tr"):
        return "table"
    if isinstance(b, Img) and b.style in ("gallery", "column", "egallery"):
        return b.style
    return None


def _groups(story: Story) -> list[tuple[str | None, list]]:
    out: list[tuple[str | None, list]] = []
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "featured":
            continue
        key = _group_key(b)
        if key is not None and out and out[-1][0] == key:
            out[-1][1].append(b)
        else:
            out.append((key, [b]))
    return out


def _para(p: P, story: Story, base: str) -> str:
    """A paragraph's inner HTML (a link around a phrase for "a|…" styles)."""
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        return f'{_ct(before, story)}<a href="{base}{href}">{_ct(phrase, story)}</a>{_ct(after, story)}'
    return _ct(p.text, story)


def _wp_image_tag(base: str, img: Img, size: str = "large") -> str:
    if img.src.startswith("http"):
        return _img(base, img.src, size=(800, 533))
    return _img(base, img.src, f"wp-image-{_att_id(img.src)}")


def _gutenberg(story: Story, base: str) -> str:
    out: list[str] = []
    for key, blocks in _groups(story):
        if key == "li":
            out.append(
                '<ul class="wp-block-list">\n'
                + "\n".join(f"<li>{_para(b, story, base)}</li>" for b in blocks)
                + "\n</ul>"
            )
        elif key == "table":
            head = [b for b in blocks if b.style == "th"]
            rows = [b for b in blocks if b.style == "tr"]
            thead = "".join(
                "<tr>" + "".join(f"<th>{_ct(c, story)}</th>" for c in b.text.split(" | ")) + "</tr>"
                for b in head
            )
            tbody = "".join(
                "<tr>" + "".join(f"<td>{_ct(c, story)}</td>" for c in b.text.split(" | ")) + "</tr>"
                for b in rows
            )
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f"<thead>{thead}</thead><tbody>{tbody}</tbody></table></figure>"
            )
        elif key == "gallery":
            figs = []
            for b in blocks:
                cap = (
                    f'<figcaption class="wp-element-caption">{_ct(b.printed, story)}</figcaption>'
                    if b.printed
                    else ""
                )
                figs.append(
                    f'<figure class="wp-block-image size-large">{_wp_image_tag(base, b)}{cap}</figure>'
                )
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-default is-cropped'
                ' wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                + "\n".join(figs)
                + "\n</figure>"
            )
        elif key == "column":
            cols = "".join(
                '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">'
                f'<figure class="wp-block-image size-large">{_wp_image_tag(base, b)}'
                f'<figcaption class="wp-element-caption">{_ct(b.printed or "", story)}</figcaption></figure></div>'
                for b in blocks
            )
            out.append(
                '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1'
                f' wp-block-columns-is-layout-flex">{cols}</div>'
            )
        else:
            (b,) = blocks
            if isinstance(b, P) and b.style in ("h2", "h3"):
                out.append(f'<{b.style} class="wp-block-heading">{_ct(b.text, story)}</{b.style}>')
            elif isinstance(b, P):
                out.append(f"<p>{_para(b, story, base)}</p>")
            elif isinstance(b, Img) and b.style == "italic":
                out.append(
                    f'<figure class="wp-block-image aligncenter size-large">{_wp_image_tag(base, b)}</figure>\n'
                    f'<p class="has-text-align-center"><em>{_ct(b.printed or "", story)}</em></p>'
                )
            elif isinstance(b, Img) and b.style == "wpcaption":
                aid = _att_id(b.src)
                out.append(
                    f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" style="width: 800px"'
                    f' class="wp-caption aligncenter">{_img(base, b.src, f"size-full wp-image-{aid}", size=(800, 533))}'
                    f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{_ct(b.printed or "", story)}'
                    "</figcaption></figure>"
                )
            elif isinstance(b, Img):
                cap = (
                    f'<figcaption class="wp-element-caption">{_ct(b.printed, story)}</figcaption>'
                    if b.printed
                    else ""
                )
                out.append(
                    f'<figure class="wp-block-image aligncenter size-large">{_wp_image_tag(base, b)}{cap}</figure>'
                )
            else:
                out.append(b.html)
    if story.opts.get("file"):
        href, label = story.opts["file"]
        fid = _eid(story.id, "file")
        out.append(
            f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind--hidden="!state.hasPdfPreview"'
            f' hidden class="wp-block-file__embed" data="{base}{href}" type="application/pdf" style="width:100%;height:600px"'
            f' aria-label="Nhúng của {esc(label)}."></object><a id="wp-block-file--media-{fid}" href="{base}{href}">{_wp(label)}'
            f'</a><a href="{base}{href}" class="wp-block-file__button wp-element-button" download aria-describedby='
            f'"wp-block-file--media-{fid}">Tải xuống</a></div>'
        )
    if story.opts.get("editor") == "classic":
        # the old site's markup: justified paragraphs, no block classes
        out = [o.replace("<p>", '<p style="text-align: justify;">') for o in out]
    return "\n".join(out)


def _el_text(paras: list[str], seed: str) -> str:
    return _widget("text-editor", "\n".join(paras), seed)


def _el_image(base: str, img: Img, story: Story, seed: str) -> str:
    cap = (
        f'<figcaption class="widget-image-caption wp-caption-text">{_ct(img.printed, story)}</figcaption>'
        if img.printed
        else ""
    )
    return _widget(
        "image",
        f'<figure class="wp-caption">{_img(base, img.src, f"attachment-large size-large wp-image-{_att_id(img.src)}")}{cap}</figure>',
        seed,
    )


def _el_gallery(base: str, imgs: list[Img], story: Story, seed: str) -> str:
    lid = _eid(seed, "lightbox")
    figs = []
    for n, b in enumerate(imgs):
        full = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", b.src)
        cap = (
            f"<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{_att_id(b.src)}'>{_ct(b.printed, story)}</figcaption>"
            if b.printed
            else ""
        )
        figs.append(
            "<figure class='gallery-item'><div class='gallery-icon landscape'>"
            f'<a data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="{lid}"'
            f' data-elementor-lightbox-title="{esc(b.printed or "")}" data-e-action-hash="#elementor-action%3Aaction%3Dlightbox{n}"'
            f" href='{base}{full}'>{_img(base, b.src, 'attachment-medium size-medium', size=(300, 200))}</a></div>{cap}</figure>"
        )
    inner = (
        '<div class="elementor-image-gallery">'
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 gallery-size-medium'>"
        + "".join(figs)
        + "</div></div>"
    )
    return _widget("image-gallery", inner, seed)


def _elementor_widgets(story: Story, base: str) -> list[list[str]]:
    """The post's blocks as Elementor widgets, split in runs (one section/container per run)."""
    runs: list[list[str]] = [[]]
    paras: list[str] = []
    n = 0

    def flush() -> None:
        nonlocal n
        if paras:
            n += 1
            runs[-1].append(_el_text(list(paras), f"{story.id}-text-{n}"))
            paras.clear()

    for key, blocks in _groups(story):
        n += 1
        if key == "egallery":
            flush()
            runs[-1].append(_el_gallery(base, blocks, story, f"{story.id}-gallery-{n}"))
            continue
        for b in blocks:
            if isinstance(b, P) and b.style in ("h2", "h3"):
                flush()
                if runs[-1]:
                    runs.append([])
                runs[-1].append(_heading(_ct(b.text, story), f"{story.id}-h-{n}", b.style))
            elif isinstance(b, P):
                paras.append(f"<p>{_para(b, story, base)}</p>")
            elif isinstance(b, Img):
                flush()
                runs[-1].append(_el_image(base, b, story, f"{story.id}-img-{n}"))
            else:
                flush()
                runs.append([])
                paras.append(b.html)
    flush()
    return [r for r in runs if r]


def _elementor_content(story: Story, base: str) -> str:
    runs = _elementor_widgets(story, base)
    sections = []
    for i, widgets in enumerate(runs):
        seed = f"{story.id}-run-{i}"
        if story.opts["editor"] == "elementor-section":
            sid, cid = _eid(seed, "section"), _eid(seed, "column")
            sections.append(
                f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{sid}'
                ' elementor-section-boxed elementor-section-height-default elementor-section-height-default"'
                f' data-id="{sid}" data-element_type="section">\n<div class="elementor-container elementor-column-gap-default">\n'
                f'<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-{cid}"'
                f' data-id="{cid}" data-element_type="column">\n<div class="elementor-widget-wrap elementor-element-populated">\n'
                + "\n".join(widgets)
                + "\n</div>\n</div>\n</div>\n</section>"
            )
        else:
            sections.append(_container("\n".join(widgets), seed))
    return _document("wp-post", story.id, "\n".join(sections), post_type="post")


def _content(story: Story, base: str) -> str:
    if story.opts["editor"].startswith("elementor"):
        markup = _elementor_content(story, base)
    else:
        markup = _gutenberg(story, base)
    return unicodedata.normalize("NFD", markup) if story.opts.get("nfd") else markup


def _sharedaddy(story: Story, base: str) -> str:
    url = base + post_path(story)
    items = []
    for key, label, title in [
        ("facebook", "Facebook", "Nhấn để chia sẻ lên Facebook"),
        ("x", "X", "Nhấn để chia sẻ lên X"),
        ("jetpack-whatsapp", "WhatsApp", "Nhấn để chia sẻ trên WhatsApp"),
    ]:
        items.append(
            f'<li class="share-{key}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{key}-{story.id}"'
            f' class="share-{key} sd-button share-icon" href="{url}?share={key}" target="_blank"'
            f' aria-labelledby="sharing-{key}-{story.id}"><span id="sharing-{key}-{story.id}" hidden>{title}'
            f" (Mở trong cửa sổ mới)</span><span>{label}</span></a></li>"
        )
    items.append(
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="sharing-print-{story.id}"'
        f' class="share-print sd-button share-icon" href="{url}#print?share=print" target="_blank"'
        f' aria-labelledby="sharing-print-{story.id}"><span id="sharing-print-{story.id}" hidden>Nhấn để in'
        " (Mở trong cửa sổ mới)</span><span>In</span></a></li>"
    )
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social'
        ' sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        + "".join(items)
        + '<li class="share-end"></li></ul></div></div></div>\n'
        "<div id='jp-relatedposts' class='jp-relatedposts' >"
        '<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3></div>'
    )


# ------------------------------------------------------------------------- single post


def _comment_count(story: Story) -> str:
    n = len(story.opts.get("comments", []))
    return "Không có bình luận" if n == 0 else f"{n} Bình luận"


def _info_item(
    kind: str, text_html: str, seed: str, icon: str, href: str | None = None, itemprop: str = ""
) -> str:
    rid = _eid(seed, kind)
    prop = f' itemprop="{itemprop}"' if itemprop else ""
    body = (
        f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
        f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-{kind}">'
        f"{text_html}</span>"
    )
    if href:
        body = f'<a href="{href}">{body}</a>'
    return f'<li class="elementor-icon-list-item elementor-repeater-item-{rid} elementor-inline-item"{prop}>{body}</li>'


def _post_info(story: Story, base: str, tpl: str) -> str:
    when = story.opts["when"]
    seed = f"info-{tpl}"
    items: list[str] = []
    if tpl == "news":
        items = [
            _info_item(
                "date",
                f"<time>{_vi_date(when)}</time>",
                seed,
                "fas fa-calendar",
                itemprop="datePublished",
            ),
            _info_item("time", f"<time>{_vi_time(when)}</time>", seed, "far fa-clock"),
            _info_item(
                "author",
                story.opts["user"],
                seed,
                "far fa-user-circle",
                href=f"{base}{author_path(story.opts['user'])}",
                itemprop="author",
            ),
            _info_item(
                "comments",
                _comment_count(story),
                seed,
                "far fa-comment-dots",
                href=f"{base}{post_path(story)}#respond",
                itemprop="commentCount",
            ),
        ]
    elif tpl == "notice":
        items = [
            _info_item(
                "date",
                f'<span class="elementor-post-info__item-prefix">Ngày đăng: </span><time>{_dmy(when)}</time>',
                seed,
                "fas fa-calendar-alt",
                itemprop="datePublished",
            )
        ]
    else:
        return ""
    inner = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
        + "".join(items)
        + "</ul>"
    )
    return _widget("post-info", inner, seed, extra=" elementor-align-left")


def _tags_info(story: Story, base: str) -> str:
    if not story.opts["tags"]:
        return ""
    links = ", ".join(
        f'<a href="{base}{tag_path(t)}" class="elementor-post-info__terms-list-item">{_wp(TAGS[t][1])}</a>'
        for t in story.opts["tags"]
    )
    inner = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
        + _info_item(
            "terms",
            f'<span class="elementor-post-info__item-prefix">Từ khóa: </span><span class="elementor-post-info__terms-list">{links}</span>',
            "info-tags",
            "fas fa-tags",
        )
        + "</ul>"
    )
    return _widget("post-info", inner, "info-tags")


def _views_widget(story: Story) -> str:
    inner = (
        f'<div class="elementor-shortcode"><div class="post-views content-post post-{story.id} entry-meta load-static">'
        '<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Lượt xem:'
        f' </span> <span class="post-views-count">{_views(story.opts["views"])}</span></div></div>'
    )
    return _widget("shortcode", inner, "post-views")


def _post_nav(story: Story, base: str) -> str:
    i = _LATEST.index(story)
    older = _LATEST[i + 1] if i + 1 < len(_LATEST) else None
    newer = _LATEST[i - 1] if i > 0 else None
    prev = (
        f'<a href="{base}{post_path(older)}" rel="prev"><span class="post-navigation__arrow-wrapper'
        ' post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i><span'
        ' class="elementor-screen-only">Trước</span></span><span class="elementor-post-navigation__link__prev">'
        '<span class="post-navigation__prev--label">Bài trước</span><span class="post-navigation__prev--title">'
        f"{_wp(older.title)}</span></span></a>"
        if older
        else ""
    )
    nxt = (
        f'<a href="{base}{post_path(newer)}" rel="next"><span class="elementor-post-navigation__link__next">'
        '<span class="post-navigation__next--label">Bài sau</span><span class="post-navigation__next--title">'
        f'{_wp(newer.title)}</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next">'
        '<i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">Sau</span></span></a>'
        if newer
        else ""
    )
    inner = (
        '<div class="elementor-post-navigation">'
        f'<div class="elementor-post-navigation__prev elementor-post-navigation__link">{prev}</div>'
        '<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator">'
        "</div></div>"
        f'<div class="elementor-post-navigation__next elementor-post-navigation__link">{nxt}</div></div>'
    )
    return _widget("post-navigation", inner, "post-nav")


def _comment_html(story: Story, base: str, c: tuple, children: str) -> str:
    cid, _parent, author, shown, body = c
    url = base + post_path(story)
    day, clock = shown.split(" lúc ")
    d = datetime.strptime(day + " " + clock, "%d/%m/%Y %H:%M")
    kids = f'<ol class="children">{children}</ol>' if children else ""
    avatar = hashlib.md5(author.encode()).hexdigest()
    return (
        f'<li class="comment even thread-even depth-1{" parent" if children else ""}" id="li-comment-{cid}">'
        f'<article id="comment-{cid}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap">'
        f"<img alt='' src='https://secure.gravatar.com/avatar/{avatar}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo'"
        " height='50' width='50' decoding='async'/></div><header class=\"ast-comment-meta ast-row ast-comment-author"
        f' capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{esc(author)}</b></cite></div>'
        f'<div class="ast-comment-time"><span class="timendate"><a href="{url}#comment-{cid}"><time'
        f' datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{shown}</time></a></span></div></header></div>'
        f'<section class="ast-comment-content comment"><p>{_wp(body)}</p><div class="ast-comment-edit-reply-wrap">'
        f"<span class=\"ast-reply-link\"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond'"
        f' data-commentid="{cid}" data-postid="{story.id}" data-belowelement="comment-{cid}" data-respondelement="respond"'
        f" data-replyto=\"Trả lời {esc(author)}\" aria-label='Trả lời {esc(author)}'>Trả lời</a></span></div>"
        f"</section></article>{kids}</li>"
    )


def _comments(story: Story, base: str, reply_to: int | None) -> str:
    comments = story.opts.get("comments", [])
    url = base + post_path(story)
    listing = ""
    if comments:

        def thread(parent: int) -> str:
            return "".join(
                _comment_html(story, base, c, thread(c[0])) for c in comments if c[1] == parent
            )

        listing = (
            f'<div class="comments-count-wrapper"><h3 class="comments-title">{len(comments)} bình luận về'
            f' &ldquo;{_wp(story.title)}&rdquo;</h3></div>\n<ol class="ast-comment-list">{thread(0)}</ol>'
        )
    replying = next((c for c in comments if c[0] == reply_to), None)
    title = f"Trả lời {esc(replying[2])}" if replying else "Để lại một bình luận"
    cancel_style = "" if replying else ' style="display:none;"'
    form = (
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{title}'
        f' <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{cancel_style}>Hủy</a></small></h3>'
        f'<form action="{base}/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span>'
        ' <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>'
        '<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend">'
        '</legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">'
        'Nhập bình luận tại đây...</label><textarea id="comment" name="comment" placeholder="Nhập bình luận tại đây..."'
        ' cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>'
        '<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33'
        ' ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">Tên*</label><input id="author"'
        ' name="author" type="text" value="" placeholder="Tên*" size="30" aria-required="true" /></p>'
        '<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email"'
        ' class="screen-reader-text">Email*</label><input id="email" name="email" type="text" value="" placeholder="Email*"'
        ' size="30" aria-required="true" /></p></div>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />'
        f" <input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />"
        f"<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form></div>"
    )
    inner = f'<div id="comments" class="comments-area comment-form-position-below">{listing}\n{form}</div>'
    return _widget("post-comments", inner, "post-comments", "theme_comments")


def _related(story: Story, base: str, label: str) -> str:
    others = [s for s in in_cat(story.cat) if s is not story][:3]
    if not others:
        return ""
    return (
        _heading(label, "related-title", "h3")
        + "\n"
        + _posts_list(base, others, "related", thumbs=True)
    )


def _article_graph(story: Story, base: str, canonical: str) -> list[dict]:
    url = base + canonical
    when = story.opts["when"]
    feat = _featured(story)
    user = story.opts["user"]
    name = CATS[story.cat][1]
    words = sum(len(p.split()) for p in story.paragraphs)
    article = {
        "@type": "Article",
        "@id": f"{url}#article",
        "isPartOf": {"@id": url},
        "author": {"name": user, "@id": _person(base, user)},
        "headline": story.title,
        "datePublished": _utc(when),
        "dateModified": _utc(_modified(story)),
        "mainEntityOfPage": {"@id": url},
        "wordCount": words,
        "commentCount": len(story.opts.get("comments", [])),
        "publisher": {"@id": f"{base}/#organization"},
        "keywords": [TAGS[t][1] for t in story.opts["tags"]],
        "articleSection": [name],
        "inLanguage": "vi",
        "potentialAction": [
            {"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}
        ],
    }
    graph: list[dict] = [article]
    page = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": f"{story.title} - {SITE}",
        "isPartOf": {"@id": f"{base}/#website"},
        "datePublished": _utc(when),
        "dateModified": _utc(_modified(story)),
        "breadcrumb": {"@id": f"{url}#breadcrumb"},
        "inLanguage": "vi",
        "potentialAction": [{"@type": "ReadAction", "target": [url]}],
    }
    graph.append(page)
    if feat:
        article["image"] = {"@id": f"{url}#primaryimage"}
        article["thumbnailUrl"] = base + feat
        page["primaryImageOfPage"] = {"@id": f"{url}#primaryimage"}
        w, h = _size(feat)
        graph.append(
            {
                "@type": "ImageObject",
                "inLanguage": "vi",
                "@id": f"{url}#primaryimage",
                "url": base + feat,
                "contentUrl": base + feat,
                "width": w,
                "height": h,
            }
        )
    graph += [
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": name,
                    "item": base + cat_path(story.cat),
                },
                {"@type": "ListItem", "position": 3, "name": story.title},
            ],
        },
        *_site_graph(base),
        {
            "@type": "Person",
            "@id": _person(base, user),
            "name": user,
            "url": base + author_path(user),
        },
    ]
    return graph


def _site_graph(base: str) -> list[dict]:
    return [
        {
            "@type": "WebSite",
            "@id": f"{base}/#website",
            "url": f"{base}/",
            "name": SITE,
            "description": TAGLINE,
            "publisher": {"@id": f"{base}/#organization"},
            "potentialAction": [
                {
                    "@type": "SearchAction",
                    "target": {
                        "@type": "EntryPoint",
                        "urlTemplate": f"{base}/?s={{search_term_string}}",
                    },
                    "query-input": {
                        "@type": "PropertyValueSpecification",
                        "valueRequired": True,
                        "valueName": "search_term_string",
                    },
                }
            ],
            "inLanguage": "vi",
        },
        {
            "@type": "Organization",
            "@id": f"{base}/#organization",
            "name": SITE,
            "url": f"{base}/",
            "logo": {
                "@type": "ImageObject",
                "@id": f"{base}/#/schema/logo/image/",
                "url": f"{base}{UP}/2025/08/logo-truong-chinh-tri-phu-tho.png",
                "width": 120,
                "height": 120,
                "caption": SITE,
            },
        },
    ]


def _single(story: Story, base: str, current: str, reply_to: int | None = None) -> str:
    tpl = TEMPLATE_OF[story.cat]
    path = post_path(story)
    url = base + path
    when = story.opts["when"]
    feat = _featured(story)
    user = story.opts["user"]
    left: list[str] = [
        _widget(
            "theme-post-title",
            f'<h1 class="elementor-heading-title elementor-size-default">{_wp(story.title)}</h1>',
            f"title-{tpl}",
            extra=" elementor-page-title elementor-widget-heading",
        )
    ]
    if tpl == "research" and story.opts.get("acf_author"):
        left.append(
            _heading(
                f"Tác giả: <strong>{esc(story.opts['acf_author'])}</strong>", "research-author", "p"
            )
        )
    info = _post_info(story, base, tpl)
    if info:
        left.append(info)
    if story.summary and story.sapo_outside:
        left.append(_widget("theme-post-excerpt", _wp(story.summary), f"excerpt-{tpl}"))
    if tpl == "news" and feat:
        left.append(
            _widget(
                "theme-post-featured-image",
                _img(base, feat, f"attachment-large size-large wp-image-{_att_id(feat)}"),
                f"featured-{tpl}",
                extra=" elementor-widget-image",
            )
        )
    left.append(
        _widget(
            "theme-post-content",
            _content(story, base) + "\n" + _sharedaddy(story, base),
            f"content-{tpl}",
        )
    )
    left.append(_views_widget(story))
    tags = _tags_info(story, base)
    if tags:
        left.append(tags)
    left.append(_post_nav(story, base))
    label = {
        "news": "Tin liên quan",
        "notice": "Thông báo khác",
        "research": "Bài viết cùng chuyên mục",
    }[tpl]
    related = _related(story, base, label)
    if related:
        left.append(related)
    left.append(_comments(story, base, reply_to))
    crumbs = _breadcrumbs(
        base, [(cat_path(story.cat), CATS[story.cat][1])], story.title, f"crumbs-{tpl}"
    )
    body = (
        _container(crumbs, f"single-{tpl}-crumbs")
        + "\n"
        + _container(
            _col("\n".join(left), f"single-{tpl}-main", 70)
            + "\n"
            + _col(_sidebar(base, f"single-{tpl}"), f"single-{tpl}-side", 30),
            f"single-{tpl}-body",
        )
    )
    classes = (
        f" elementor-location-single post-{story.id} post type-post status-publish format-standard"
        + (" has-post-thumbnail" if feat else "")
        + f" hentry category-{story.cat}"
        + "".join(f" tag-{t}" for t in story.opts["tags"])
    )
    main = _document("single-post", SINGLE_IDS[tpl], body, extra_cls=classes)
    description = _excerpt(story)
    meta = [
        f'<meta property="article:published_time" content="{_utc(when)}" />',
        f'<meta property="article:modified_time" content="{_utc(_modified(story))}" />',
    ]
    if feat:
        w, h = _size(feat)
        meta += [
            f'<meta property="og:image" content="{base}{feat}" />',
            f'<meta property="og:image:width" content="{w}" />',
            f'<meta property="og:image:height" content="{h}" />',
            '<meta property="og:image:type" content="image/jpeg" />',
        ]
    minutes = max(1, round(sum(len(p.split()) for p in story.paragraphs) / 200))
    meta += [
        f'<meta name="author" content="{user}" />',
        '<meta name="twitter:label1" content="Được viết bởi" />',
        f'<meta name="twitter:data1" content="{user}" />',
        '<meta name="twitter:label2" content="Ước tính thời gian đọc" />',
        f'<meta name="twitter:data2" content="{minutes} phút" />',
    ]
    links = "\n".join(
        [
            f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(story.title)} Dòng bình luận" href="{url}feed/" />',
            f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{story.id}" />',
            f"<link rel='shortlink' href='{base}/?p={story.id}' />",
            f'<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={quote(url, safe="")}" />',
            f'<link rel="alternate" title="oEmbed (XML)" type="text/xml+oembed" href="{base}/wp-json/oembed/1.0/embed?url={quote(url, safe="")}&#038;format=xml" />',
        ]
    )
    head = _head(
        base,
        title=f"{story.title} - {SITE}",
        canonical=path,
        description=description,
        og_type="article",
        robots="noindex, follow"
        if reply_to
        else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
        graph=_article_graph(story, base, path),
        meta="\n".join(meta),
        links=links,
    )
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-standard"
        f" elementor-page-{SINGLE_IDS[tpl]}"
    )
    return _shell(base, current, head, body_class, main)


# ------------------------------------------------------------------------- listings


def _card(base: str, s: Story, badge: bool = True) -> str:
    """One post of an Elementor Posts widget, cards skin."""
    url = base + post_path(s)
    feat = _featured(s)
    thumb = (
        f'<a class="elementor-post__thumbnail__link" href="{url}" tabindex="-1"><div class="elementor-post__thumbnail">'
        f"{_img(base, feat, 'attachment-medium_large size-medium_large wp-image-' + str(_att_id(feat)), size=(768, 432))}"
        "</div></a>"
        if feat
        else ""
    )
    badge_html = (
        f'<div class="elementor-post__badge">{_wp(CATS[s.cat][1])}</div>' if badge and feat else ""
    )
    return (
        f'<article class="elementor-post elementor-grid-item post-{s.id} post type-post status-publish format-standard'
        f'{" has-post-thumbnail" if feat else ""} hentry category-{s.cat}" role="listitem">'
        f'<div class="elementor-post__card">{thumb}{badge_html}<div class="elementor-post__text">'
        f'<h3 class="elementor-post__title"><a href="{url}">{_wp(s.title)}</a></h3>'
        f'<div class="elementor-post__excerpt"><p>{_wp(_excerpt(s))}</p></div>'
        f'<a class="elementor-post__read-more" href="{url}" aria-label="Đọc thêm về {esc(s.title)}" tabindex="-1">'
        "Xem thêm &raquo;</a></div>"
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{_dmy(s.opts["when"])}</span></div>'
        "</div></article>"
    )


def _classic_item(base: str, s: Story) -> str:
    """One post of the Archive Posts widget, classic skin."""
    url = base + post_path(s)
    feat = _featured(s)
    thumb = (
        f'<a class="elementor-post__thumbnail__link" href="{url}" tabindex="-1"><div class="elementor-post__thumbnail'
        f' elementor-fit-height">{_img(base, feat, "attachment-medium size-medium", size=(300, 169))}</div></a>'
        if feat
        else ""
    )
    return (
        f'<article class="elementor-post elementor-grid-item post-{s.id} post type-post status-publish format-standard'
        f'{" has-post-thumbnail" if feat else ""} hentry category-{s.cat}">{thumb}<div class="elementor-post__text">'
        f'<h3 class="elementor-post__title"><a href="{url}">{_wp(s.title)}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{_dmy(s.opts["when"])}</span>'
        f'<span class="elementor-post-avatar">{_comment_count(s)}</span></div>'
        f'<div class="elementor-post__excerpt"><p>{_wp(_excerpt(s, 30))}</p></div>'
        f'<a class="elementor-post__read-more" href="{url}" aria-label="Đọc thêm về {esc(s.title)}" tabindex="-1">'
        "Xem thêm &raquo;</a></div></article>"
    )


def _pager(base: str, page: int, pages: int, link) -> str:
    """Elementor's numbers-and-prev/next pagination."""
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(
            f'<a class="page-numbers prev" href="{base}{link(page - 1)}">&laquo; Trước</a>'
        )
    for n in range(1, pages + 1):
        label = f'<span class="elementor-screen-only">Trang</span>{n}'
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{label}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{base}{link(n)}">{label}</a>')
    if page < pages:
        parts.append(f'<a class="page-numbers next" href="{base}{link(page + 1)}">Sau &raquo;</a>')
    return (
        '<nav class="elementor-pagination" aria-label="Phân trang">' + "\n".join(parts) + "</nav>"
    )


def _cards_widget(
    base: str, stories: list[Story], seed: str, columns: int = 3, pager: str = "", empty: str = ""
) -> str:
    if stories:
        inner = (
            '<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid" role="list">'
            + "\n".join(_card(base, s) for s in stories)
            + "</div>"
        )
    else:
        inner = f'<div class="elementor-posts-nothing-found">{empty}</div>'
    return _widget(
        "posts",
        inner + ("\n" + pager if pager else ""),
        seed,
        "cards",
        extra=f" elementor-grid-{columns} elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top elementor-card-shadow-yes elementor-posts__hover-gradient",
    )


def _listing_page(
    base: str,
    current: str,
    *,
    title: str,
    h1: str,
    canonical: str | None,
    trail: list[tuple[str, str]],
    last: str | None,
    stories: list[Story],
    pager: str,
    body_class: str,
    robots: str | None = None,
    empty: str = "Chưa có bài viết nào.",
    head_links: str = "",
) -> str:
    """An Elementor Pro archive template page: breadcrumbs, archive title, Archive Posts widget."""
    crumbs = _breadcrumbs(base, trail, last, "crumbs-archive")
    items = (
        '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">'
        + "\n".join(_classic_item(base, s) for s in stories)
        + "</div>"
        if stories
        else f'<div class="elementor-posts-nothing-found">{empty}</div>'
    )
    posts = _widget(
        "archive-posts",
        items + ("\n" + pager if pager else ""),
        "archive-posts",
        "archive_classic",
        extra=" elementor-grid-1 elementor-posts--thumbnail-left",
    )
    left = (
        _widget(
            "theme-archive-title",
            f'<h1 class="elementor-heading-title elementor-size-default">{h1}</h1>',
            "archive-title",
            extra=" elementor-page-title elementor-widget-heading",
        )
        + "\n"
        + posts
    )
    body = (
        _container(crumbs, "archive-crumbs")
        + "\n"
        + _container(
            _col(left, "archive-main", 70)
            + "\n"
            + _col(_sidebar(base, "archive"), "archive-side", 30),
            "archive-body",
        )
    )
    main = _document("archive", ARCHIVE_ID, body, extra_cls=" elementor-location-archive")
    kwargs = {"robots": robots} if robots else {}
    page_url = base + (canonical or current)
    head = _head(
        base,
        title=title,
        canonical=canonical,
        graph=[
            {
                "@type": "CollectionPage",
                "@id": page_url,
                "url": page_url,
                "name": title,
                "isPartOf": {"@id": f"{base}/#website"},
                "inLanguage": "vi",
            },
            *_site_graph(base),
        ],
        links=head_links,
        **kwargs,
    )
    return _shell(base, current, head, body_class + f" elementor-page-{ARCHIVE_ID}", main)


def _archive_pages(stories: list[Story]) -> int:
    return _pages(len(stories), ARCHIVE_PER_PAGE)


def _slice(stories: list[Story], page: int) -> list[Story]:
    return stories[(page - 1) * ARCHIVE_PER_PAGE : page * ARCHIVE_PER_PAGE]


def _paged_title(name: str, page: int, pages: int) -> str:
    return f"{name} - Trang {page} trên {pages} - {SITE}" if page > 1 else f"{name} - {SITE}"


def _category_page(base: str, current: str, slug: str, page: int) -> str:
    tid, name = CATS[slug]
    stories = in_cat(slug)
    pages = _archive_pages(stories)
    feed = f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(name)} Dòng Chuyên mục" href="{base}{cat_path(slug)}feed/" />'
    return _listing_page(
        base,
        current,
        title=_paged_title(f"Lưu trữ {name}", page, pages),
        h1=f"Chuyên mục: {_wp(name)}",
        canonical=cat_path(slug, page),
        trail=[] if page == 1 else [(cat_path(slug), name)],
        last=name if page == 1 else f"Trang {page}",
        stories=_slice(stories, page),
        pager=_pager(base, page, pages, lambda n: cat_path(slug, n)),
        body_class=f"archive category category-{slug} category-{tid}",
        head_links=feed,
    )


def _tag_page(base: str, current: str, slug: str, page: int) -> str:
    tid, name = TAGS[slug]
    stories = in_tag(slug)
    pages = _archive_pages(stories)
    return _listing_page(
        base,
        current,
        title=_paged_title(f"Lưu trữ {name}", page, pages),
        h1=f"Thẻ: {_wp(name)}",
        canonical=tag_path(slug, page),
        trail=[],
        last=name if page == 1 else f"Trang {page}",
        stories=_slice(stories, page),
        pager=_pager(base, page, pages, lambda n: tag_path(slug, n)),
        body_class=f"archive tag tag-{slug} tag-{tid}",
    )


def _author_page(base: str, current: str, user: str, page: int) -> str:
    stories = by_user(user)
    pages = _archive_pages(stories)
    return _listing_page(
        base,
        current,
        title=_paged_title(f"{user}, Tác giả tại {SITE}", page, pages),
        h1=f'Tác giả: <span class="vcard">{user}</span>',
        canonical=author_path(user, page),
        trail=[],
        last=f"Lưu trữ cho {user}",
        stories=_slice(stories, page),
        pager=_pager(base, page, pages, lambda n: author_path(user, n)),
        body_class=f"archive author author-{user} author-{USERS[user]}",
        robots="noindex, follow",
    )


def _search_page(base: str, current: str, query: str, page: int) -> str:
    words = unicodedata.normalize("NFC", query).lower().split()
    hits = [
        s
        for s in _LATEST
        if words and all(w in (s.title + " " + " ".join(s.paragraphs)).lower() for w in words)
    ]
    pages = _archive_pages(hits)
    q = quote(query)
    return _listing_page(
        base,
        current,
        title=f"Bạn đã tìm kiếm {query} - {SITE}",
        h1=f"Kết quả tìm kiếm cho: {esc(query)}",
        canonical=None,
        trail=[],
        last=f"Bạn đã tìm kiếm {query}",
        stories=_slice(hits, page),
        pager=_pager(base, page, pages, lambda n: f"/page/{n}/?s={q}" if n > 1 else f"/?s={q}"),
        body_class="search search-results",
        robots="noindex, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
        empty="Rất tiếc, không có kết quả nào phù hợp với từ khóa của bạn.",
    )


# ------------------------------------------------------------------------- Elementor pages


def _wp_page(
    base: str,
    current: str,
    page_id: int,
    title: str,
    canonical: str,
    body: str,
    trail=None,
    description=None,
) -> str:
    """A page built with Elementor (full-width template) under the header and footer templates."""
    parts = []
    if trail is not None:
        parts.append(
            _container(
                _breadcrumbs(base, trail, title, f"crumbs-page-{page_id}"), f"page-{page_id}-crumbs"
            )
        )
    parts.append(body)
    main = _document("wp-page", page_id, "\n".join(parts), post_type="page")
    head = _head(
        base,
        title=f"{title} - {SITE}" if page_id != HOME_ID else f"{SITE} - {TAGLINE}",
        canonical=canonical,
        description=description,
        graph=[
            {
                "@type": "WebPage",
                "@id": base + canonical,
                "url": base + canonical,
                "name": f"{title} - {SITE}",
                "isPartOf": {"@id": f"{base}/#website"},
                "inLanguage": "vi",
            },
            *_site_graph(base),
        ],
        links=f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/pages/{page_id}" />'
        f"\n<link rel='shortlink' href='{base}/?p={page_id}' />",
    )
    body_class = (
        "home page-template page-template-elementor_header_footer page page-id-2"
        if page_id == HOME_ID
        else f"page-template page-template-elementor_header_footer page page-id-{page_id}"
    ) + f" elementor-page elementor-page-{page_id}"
    return _shell(base, current, head, body_class, main)


def _section_title(label: str, seed: str, more: str | None, base: str) -> str:
    title = _heading(_wp(label), f"{seed}-title", "h2", link=f"{base}{more}" if more else None)
    if not more:
        return title
    return (
        title
        + "\n"
        + _widget(
            "button",
            f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"'
            f' href="{base}{more}"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">'
            "Xem tất cả &raquo;</span></span></a></div>",
            f"{seed}-more",
        )
    )


def _home(base: str, current: str) -> str:
    lead, rest = _LATEST[0], _LATEST[1:5]
    hero = _container(
        _col(
            _section_title("Tin nổi bật", "home-hot", None, base)
            + "\n"
            + _cards_widget(base, [lead], "home-hot-lead", 1),
            "home-hot-l",
            60,
        )
        + "\n"
        + _col(_posts_list(base, rest, "home-hot-list", thumbs=True), "home-hot-r", 40),
        "home-hero",
    )
    blocks = [hero]
    for slug, n in [("tin-hoat-dong", 3), ("cong-tac-dao-tao", 3), ("nghien-cuu-khoa-hoc", 2)]:
        name = CATS[slug][1]
        blocks.append(
            _container(
                _section_title(name, f"home-{slug}", cat_path(slug), base)
                + "\n"
                + _cards_widget(base, in_cat(slug)[:n], f"home-{slug}-posts"),
                f"home-{slug}",
            )
        )
    notices = (
        _section_title("Thông báo", "home-tb", cat_path("thong-bao"), base)
        + "\n"
        + _posts_list(base, in_cat("thong-bao")[:3], "home-tb-posts")
    )
    events = (
        _section_title("Sự kiện sắp tới", "home-ev", "/su-kien/", base)
        + "\n"
        + _tec_upcoming(base, "home-ev-list")
    )
    blocks.append(
        _container(
            _col(notices, "home-tb-col", 50) + "\n" + _col(events, "home-ev-col", 50), "home-tb-ev"
        )
    )
    strip = "".join(
        f'<a class="e-gallery-item elementor-gallery-item" href="{base}/thu-vien-anh/"><div class="e-gallery-image'
        f' elementor-gallery-item__image" data-thumbnail="{base}{files[0]}" data-width="1024" data-height="683"'
        f' aria-label="{esc(title)}" role="img"></div><div class="elementor-gallery-item__overlay"></div>'
        f'<div class="elementor-gallery-item__content"><div class="elementor-gallery-item__title">{esc(title)}</div></div></a>'
        for title, files in ALBUMS
    )
    blocks.append(
        _container(
            _section_title("Thư viện ảnh", "home-gal", "/thu-vien-anh/", base)
            + "\n"
            + _widget(
                "gallery",
                f'<div class="elementor-gallery__container">{strip}</div>',
                "home-gal-strip",
            ),
            "home-gallery",
        )
    )
    docs = "".join(
        f'<li class="elementor-icon-list-item"><a href="{base}{f}"><span class="elementor-icon-list-icon"><i'
        f' aria-hidden="true" class="far fa-file-pdf"></i></span><span class="elementor-icon-list-text">{esc(n)}'
        f" &#8211; {_wp(t)}</span></a></li>"
        for n, _d, t, f in DOCUMENTS[:3]
    )
    banners = "".join(
        f'<a href="{u}" target="_blank" rel="noopener"><img src="{base}{UP}/2025/08/banner-{i}.png" alt="{esc(t)}"'
        ' width="300" height="80" /></a>'
        for i, (u, t) in enumerate(LINKS[:3], 1)
    )
    blocks.append(
        _container(
            _col(
                _section_title("Văn bản mới", "home-docs", "/van-ban-tai-lieu/", base)
                + "\n"
                + _widget(
                    "icon-list",
                    f'<ul class="elementor-icon-list-items">{docs}</ul>',
                    "home-docs-list",
                ),
                "home-docs-col",
                50,
            )
            + "\n"
            + _col(_widget("html", banners, "home-banners"), "home-banners-col", 50),
            "home-docs-banners",
        )
    )
    return _wp_page(
        base, current, HOME_ID, "Trang chủ", "/", "\n".join(blocks), description=TAGLINE
    )


def _news_page(base: str, current: str, page: int) -> str:
    lead = _NEWS_POOL[0]
    items = news_page_items(page)
    pager = _pager(base, page, NEWS_PAGE_PAGES, news_page_path)
    body = _container(
        _col(
            _widget(
                "theme-page-title",
                '<h1 class="elementor-heading-title elementor-size-default">Tin tức</h1>',
                "news-title",
                extra=" elementor-page-title elementor-widget-heading",
            )
            + "\n"
            + _cards_widget(base, [lead], "news-lead", 1)
            + "\n"
            + _cards_widget(
                base, items, "news-list", 3, pager=pager, empty="Chưa có bài viết nào."
            ),
            "news-main",
            70,
        )
        + "\n"
        + _col(_sidebar(base, "news"), "news-side", 30),
        "news-body",
    )
    return _wp_page(base, current, NEWS_PAGE_ID, "Tin tức", news_page_path(page), body, trail=[])


def _about(base: str, current: str) -> str:
    text = _widget(
        "text-editor",
        "<p>Trường Chính trị tỉnh Phú Thọ là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và Ủy ban nhân dân"
        " tỉnh, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy; chịu sự hướng dẫn về chương"
        " trình, nội dung đào tạo của Học viện Chính trị quốc gia Hồ Chí Minh.</p>\n"
        "<p>Nhà trường có chức năng tổ chức đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính"
        " trị ở cơ sở; đào tạo trung cấp lý luận chính trị &#8211; hành chính; bồi dưỡng kiến thức, kỹ năng"
        " cho cán bộ, công chức, viên chức; nghiên cứu khoa học, tổng kết thực tiễn.</p>\n"
        "<p>Sau khi hợp nhất các tỉnh năm 2025, Nhà trường có hai cơ sở đào tạo tại phường Việt Trì và"
        " phường Vĩnh Phúc.</p>",
        "about-text",
    )
    return _wp_page(
        base,
        current,
        12,
        "Giới thiệu chung",
        "/gioi-thieu/",
        _container(text, "about-body"),
        trail=[],
    )


def _structure(base: str, current: str) -> str:
    boxes = [
        (
            "Ban Giám hiệu",
            "Hiệu trưởng: Đinh Công Sơn. Phó Hiệu trưởng: Hoàng Thị Minh Nguyệt, Bùi Quang Vinh.",
        ),
        (
            "Các phòng chức năng",
            "Phòng Tổ chức – Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
        ),
        (
            "Các khoa chuyên môn",
            "Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ),
    ]
    inner = "\n".join(
        _widget(
            "icon-box",
            f'<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title">'
            f'<span>{_wp(t)}</span></h3><p class="elementor-icon-box-description">{_wp(d)}</p></div></div>',
            f"structure-{i}",
        )
        for i, (t, d) in enumerate(boxes)
    )
    return _wp_page(
        base,
        current,
        14,
        "Cơ cấu tổ chức",
        "/gioi-thieu/co-cau-to-chuc/",
        _container(inner, "structure-body"),
        trail=[("/gioi-thieu/", "Giới thiệu chung")],
    )


def _contact(base: str, current: str) -> str:
    form = (
        '<form class="elementor-form" method="post" name="Liên hệ" aria-label="Liên hệ">'
        f'<input type="hidden" name="post_id" value="16"/><input type="hidden" name="form_id" value="{_eid("contact")}"/>'
        '<div class="elementor-form-fields-wrapper elementor-labels-above">'
        '<div class="elementor-field-type-text elementor-field-group"><label for="form-field-name" class="elementor-field-label">'
        'Họ và tên</label><input size="1" type="text" name="form_fields[name]" id="form-field-name"'
        ' class="elementor-field elementor-size-sm elementor-field-textual" required="required"></div>'
        '<div class="elementor-field-type-email elementor-field-group"><label for="form-field-email" class="elementor-field-label">'
        'Email</label><input size="1" type="email" name="form_fields[email]" id="form-field-email"'
        ' class="elementor-field elementor-size-sm elementor-field-textual" required="required"></div>'
        '<div class="elementor-field-type-textarea elementor-field-group"><label for="form-field-message"'
        ' class="elementor-field-label">Nội dung</label><textarea class="elementor-field-textual elementor-field elementor-size-sm"'
        ' name="form_fields[message]" id="form-field-message" rows="4"></textarea></div>'
        '<div class="elementor-field-group elementor-column elementor-field-type-submit"><button class="elementor-button'
        ' elementor-size-sm" type="submit"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">'
        "Gửi liên hệ</span></span></button></div></div></form>"
    )
    info = _widget(
        "text-editor",
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH PHÚ THỌ</strong></p>\n<p>Cơ sở 1: Số 1 đường Nguyễn Tất Thành, phường Việt Trì,"
        " tỉnh Phú Thọ</p>\n<p>Cơ sở 2: Số 8 đường Lam Sơn, phường Vĩnh Phúc, tỉnh Phú Thọ</p>\n"
        "<p>Điện thoại: 0210 3 846 123 &#8211; Email: truongchinhtri@phutho.gov.vn</p>",
        "contact-info",
    )
    body = _container(
        _col(info, "contact-l", 50)
        + "\n"
        + _col(_widget("form", form, "contact-form"), "contact-r", 50),
        "contact-body",
    )
    return _wp_page(base, current, 16, "Liên hệ", "/lien-he/", body, trail=[])


def _gallery(base: str, current: str) -> str:
    gid = _eid("gallery-page")
    titles = (
        '<a class="elementor-item elementor-gallery-title elementor-item-active" data-gallery-index="all">Tất cả</a>'
        + "".join(
            f'<a class="elementor-item elementor-gallery-title" data-gallery-index="{i}">{esc(t)}</a>'
            for i, (t, _f) in enumerate(ALBUMS)
        )
    )
    items = "".join(
        f'<a class="e-gallery-item elementor-gallery-item elementor-animated-content" href="{base}{f}"'
        f' data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="all-{gid}"'
        f' data-elementor-lightbox-title="{esc(t)}" data-e-gallery-tags="{i}"><div class="e-gallery-image'
        f' elementor-gallery-item__image" data-thumbnail="{base}{f}" data-width="1024" data-height="683" aria-label=""'
        ' role="img"></div><div class="elementor-gallery-item__overlay"></div></a>'
        for i, (t, files) in enumerate(ALBUMS)
        for f in files
    )
    inner = (
        '<div class="elementor-gallery__titles-container e--pointer-underline e--animation-fade">'
        f'{titles}</div><div class="elementor-gallery__container">{items}</div>'
    )
    return _wp_page(
        base,
        current,
        18,
        "Thư viện ảnh",
        "/thu-vien-anh/",
        _container(_widget("gallery", inner, "gallery-page"), "gallery-body"),
        trail=[],
    )


def _documents(base: str, current: str) -> str:
    rows = "".join(
        f'<tr class="row-{i + 2}"><td class="column-1">{i + 1}</td><td class="column-2">{esc(n)}</td>'
        f'<td class="column-3">{_dmy(d)}</td><td class="column-4">{_wp(t)}</td><td class="column-5">'
        f'<a href="{base}{f}" target="_blank" rel="noopener">Tải về</a></td></tr>'
        for i, (n, d, t, f) in enumerate(DOCUMENTS)
    )
    table = (
        '<table id="tablepress-3" class="tablepress tablepress-id-3"><thead><tr class="row-1"><th class="column-1">STT</th>'
        '<th class="column-2">Số, ký hiệu</th><th class="column-3">Ngày ban hành</th><th class="column-4">Trích yếu nội dung'
        f'</th><th class="column-5">Tải về</th></tr></thead><tbody class="row-striping row-hover">{rows}</tbody></table>'
    )
    body = _container(
        _heading("Văn bản &#8211; Tài liệu", "docs-title", "h1")
        + "\n"
        + _widget("shortcode", f'<div class="elementor-shortcode">{table}</div>', "docs-table"),
        "docs-body",
    )
    return _wp_page(base, current, 20, "Văn bản – Tài liệu", "/van-ban-tai-lieu/", body, trail=[])


def _not_found(base: str, current: str) -> str:
    main = (
        '<div id="primary" class="content-area primary"><main id="main" class="site-main"><section class="error-404'
        ' not-found"><div class="ast-404-layout-1"><header class="page-header"><h1 class="page-title">Trang này không'
        ' tồn tại.</h1></header><div class="page-content"><div class="page-sub-title">Có vẻ như không có gì được tìm'
        ' thấy tại vị trí này. Hãy thử tìm kiếm?</div><div class="ast-404-search"><div class="widget widget_search">'
        f'<form role="search" method="get" class="search-form" action="{base}/"><label for="search-field">'
        '<span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" id="search-field"'
        ' class="search-field" placeholder="Tìm kiếm..." value="" name="s" tabindex="-1"></label>'
        '<button class="search-submit ast-search-submit" aria-label="Gửi tìm kiếm"><span hidden>Tìm kiếm</span>'
        "</button></form></div></div></div></div></section></main></div>"
    )
    head = _head(
        base, title=f"Không tìm thấy trang - {SITE}", canonical=None, graph=_site_graph(base)
    )
    return _shell(base, current, head, "error404 ast-no-sidebar", main)


# ------------------------------------------------------------------------- The Events Calendar

_TEC_DAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _month_path(y: int, m: int) -> str:
    return f"/su-kien/thang/{y:04d}-{m:02d}/"


def _day_path(d: date) -> str:
    return f"/su-kien/{d:%Y-%m-%d}/"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _events_on(d: date) -> list[Event]:
    return [e for e in EVENTS if e.start.date() == d]


def _tec_bar(base: str, view: str) -> str:
    views = [
        ("list", "Danh sách", "/su-kien/danh-sach/"),
        ("month", "Tháng", "/su-kien/thang/"),
        ("day", "Ngày", "/su-kien/hom-nay/"),
    ]
    items = "".join(
        f'<li class="tribe-events-c-view-selector__list-item tribe-events-c-view-selector__list-item--{k}'
        f'{" tribe-events-c-view-selector__list-item--active" if k == view else ""}"><a href="{base}{h}"'
        f' class="tribe-events-c-view-selector__list-item-link" data-js="tribe-events-view-link">'
        f'<span class="tribe-events-c-view-selector__list-item-text">{t}</span></a></li>'
        for k, t, h in views
    )
    return (
        '<div class="tribe-events-header__events-bar tribe-events-c-events-bar tribe-events-c-events-bar--border"'
        ' data-js="tribe-events-events-bar"><h2 class="tribe-common-a11y-visual-hide">Tìm kiếm và điều hướng sự kiện</h2>'
        f'<form class="tribe-events-c-search tribe-events-c-events-bar__search-form" method="get" data-js="tribe-events-view-form"'
        f' role="search"><input type="hidden" name="tribe-events-views[url]" value="{base}/su-kien/" />'
        '<input class="tribe-common-form-control-text__input tribe-events-c-search__input" type="text"'
        ' name="tribe-events-views[tribe-bar-search]" value="" placeholder="Tìm kiếm sự kiện" aria-label="Nhập từ khóa."'
        ' /><button class="tribe-common-c-btn tribe-events-c-search__button" type="submit" name="submit-bar">Tìm sự kiện'
        '</button></form><div class="tribe-events-c-events-bar__views"><div class="tribe-events-c-view-selector"'
        f' data-js="tribe-events-view-selector"><ul class="tribe-events-c-view-selector__list">{items}</ul></div></div></div>'
    )


def _tec_page(
    base: str,
    current: str,
    title: str,
    canonical: str,
    view: str,
    header: str,
    inner: str,
    robots: str | None = None,
) -> str:
    main = (
        f'<div class="tribe-common tribe-events tribe-events-view tribe-events-view--{view}" data-js="tribe-events-view"'
        f' data-view-rest-url="{base}/wp-json/tribe/views/v2/html" data-view-rest-method="GET" data-view-manage-url="1">'
        f'<div class="tribe-common-l-container tribe-events-l-container"><header class="tribe-events-header">'
        f"{_tec_bar(base, view)}{header}</header>{inner}</div></div>"
    )
    kwargs = {"robots": robots} if robots else {}
    head = _head(base, title=title, canonical=canonical, graph=_site_graph(base), **kwargs)
    return _shell(
        base,
        current,
        head,
        f"post-type-archive post-type-archive-tribe_events tribe-events-page-template tribe-events-view-{view}",
        main,
    )


def _tec_month(base: str, current: str, y: int, m: int) -> str:
    first = date(y, m, 1)
    start = first - timedelta(days=first.weekday())
    ny, nm = _shift_month(y, m, 1)
    py, pm = _shift_month(y, m, -1)
    last = date(ny, nm, 1) - timedelta(days=1) if ny <= 9999 else date(9999, 12, 31)
    weeks = []
    d = start
    while d <= last:
        cells = []
        for _ in range(7):
            evs = _events_on(d)
            state = "past" if d < CLOCK.date() else ("current" if d == CLOCK.date() else "")
            cls = "tribe-events-calendar-month__day" + (
                f" tribe-events-calendar-month__day--{state}" if state else ""
            )
            if d.month != m:
                cls += " tribe-events-calendar-month__day--other-month"
            if evs:
                num = (
                    f'<span class="tribe-common-a11y-visual-hide">{len(evs)} sự kiện, </span><a href="{base}{_day_path(d)}"'
                    f' class="tribe-events-calendar-month__day-date-link" title="{d.day}" data-js="tribe-events-view-link">{d.day}</a>'
                )
            else:
                num = f'<span class="tribe-events-calendar-month__day-date-daynum">{d.day}</span>'
            events = "".join(
                f'<article class="tribe-events-calendar-month__calendar-event post-{e.id} tribe_events type-tribe_events">'
                f'<div class="tribe-events-calendar-month__calendar-event-details"><div class="tribe-events-calendar-month__calendar-event-datetime">'
                f'<time datetime="{e.start:%H:%M}">{_vi_time(e.start)}</time><span> - </span><time datetime="{e.end:%H:%M}">'
                f'{_vi_time(e.end)}</time></div><h3 class="tribe-events-calendar-month__calendar-event-title tribe-common-h8'
                f' tribe-common-h--alt"><a href="{base}{e.path}" title="{esc(e.title)}" rel="bookmark"'
                f' class="tribe-events-calendar-month__calendar-event-title-link tribe-common-anchor-thin">{_wp(e.title)}</a>'
                "</h3></div></article>"
                for e in evs
            )
            cells.append(
                f'<div class="{cls}" role="gridcell" aria-labelledby="tribe-events-calendar-day-{d:%Y-%m-%d}"'
                f' data-js="tribe-events-month-grid-cell"><div id="tribe-events-calendar-day-{d:%Y-%m-%d}">'
                f'<time class="tribe-events-calendar-month__day-date tribe-common-h6 tribe-common-h--alt" datetime="{d:%Y-%m-%d}">'
                f'{num}</time><div class="tribe-events-calendar-month__events">{events}</div></div></div>'
            )
            if d == date(9999, 12, 31):
                break
            d += timedelta(days=1)
        weeks.append(
            '<div class="tribe-events-calendar-month__week" role="row" data-js="tribe-events-month-grid-row">'
            + "".join(cells)
            + "</div>"
        )
        if d == date(9999, 12, 31):
            break
    prev_link = (
        f'<li class="tribe-events-c-top-bar__nav-list-item"><a href="{base}{_month_path(py, pm)}" class="tribe-common-c-btn-icon'
        ' tribe-common-c-btn-icon--caret-left tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--prev"'
        ' aria-label="Tháng trước" title="Tháng trước" data-js="tribe-events-view-link"></a></li>'
        if py >= 1000
        else ""
    )
    next_link = (
        f'<li class="tribe-events-c-top-bar__nav-list-item"><a href="{base}{_month_path(ny, nm)}" class="tribe-common-c-btn-icon'
        ' tribe-common-c-btn-icon--caret-right tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--next"'
        ' aria-label="Tháng sau" title="Tháng sau" data-js="tribe-events-view-link"></a></li>'
        if ny <= 9999
        else ""
    )
    label = f"{MONTHS[m - 1]} {y}"
    header = (
        '<div class="tribe-events-c-top-bar tribe-events-header__top-bar"><nav class="tribe-events-c-top-bar__nav'
        f' tribe-common-a11y-hidden"><ul class="tribe-events-c-top-bar__nav-list">{prev_link}{next_link}</ul></nav>'
        f'<a href="{base}/su-kien/thang/" class="tribe-common-c-btn-border-small tribe-events-c-top-bar__today-button"'
        ' data-js="tribe-events-view-link" aria-label="Nhấn để chọn tháng hiện tại" title="Nhấn để chọn tháng hiện tại">'
        'Tháng này</a><div class="tribe-events-c-top-bar__datepicker"><button class="tribe-common-h3 tribe-common-h--alt'
        f' tribe-events-c-top-bar__datepicker-button" data-js="tribe-events-top-bar-datepicker-button"><time'
        f' datetime="{y:04d}-{m:02d}" class="tribe-events-c-top-bar__datepicker-time">{label}</time></button></div></div>'
    )
    heads = "".join(
        f'<div class="tribe-events-calendar-month__header-column" role="columnheader" aria-label="{WEEKDAYS[i]}">'
        f'<h3 class="tribe-events-calendar-month__header-column-title tribe-common-b3"><span aria-hidden="true">{t}</span></h3></div>'
        for i, t in enumerate(_TEC_DAYS)
    )
    grid = (
        '<div class="tribe-events-calendar-month" role="grid" aria-labelledby="tribe-events-calendar-header" aria-readonly="true"'
        ' data-js="tribe-events-month-grid"><header class="tribe-events-calendar-month__header" role="rowgroup"><h2'
        ' class="tribe-common-a11y-visual-hide" id="tribe-events-calendar-header">Lịch</h2><div role="row"'
        f' class="tribe-events-calendar-month__header-row">{heads}</div></header><div class="tribe-events-calendar-month__body"'
        f' role="rowgroup">{"".join(weeks)}</div></div>'
        '<div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown">'
        '<button class="tribe-events-c-subscribe-dropdown__button">Xuất sự kiện</button><ul class="tribe-events-c-subscribe-dropdown__list">'
        '<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/render?cid=webcal%3A%2F%2F'
        'truongchinhtri.phutho.gov.vn%2F%3Fpost_type%3Dtribe_events%26ical%3D1" class="tribe-events-c-subscribe-dropdown__list-item-link"'
        ' target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>'
        f'<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="{base}{_month_path(y, m)}?ical=1"'
        ' class="tribe-events-c-subscribe-dropdown__list-item-link" rel="noopener noreferrer nofollow noindex">Xuất tệp .ics</a></li>'
        "</ul></div></div>"
    )
    title = f"Sự kiện cho {label} - {SITE}"
    canonical = "/su-kien/thang/" if (y, m) == (CLOCK.year, CLOCK.month) else _month_path(y, m)
    return _tec_page(base, current, title, canonical, "month", header, grid)


def _tec_day(base: str, current: str, d: date) -> str:
    evs = _events_on(d)
    prev_d, next_d = (
        d - timedelta(days=1),
        d + timedelta(days=1) if d < date(9999, 12, 31) else None,
    )
    nav = (
        '<nav class="tribe-events-c-top-bar__nav"><ul class="tribe-events-c-top-bar__nav-list">'
        + (
            f'<li class="tribe-events-c-top-bar__nav-list-item"><a href="{base}{_day_path(prev_d)}" class="tribe-events-c-top-bar__nav-link'
            ' tribe-events-c-top-bar__nav-link--prev" aria-label="Ngày trước" title="Ngày trước" data-js="tribe-events-view-link">'
            "</a></li>"
            if prev_d.year >= 1000
            else ""
        )
        + (
            f'<li class="tribe-events-c-top-bar__nav-list-item"><a href="{base}{_day_path(next_d)}" class="tribe-events-c-top-bar__nav-link'
            ' tribe-events-c-top-bar__nav-link--next" aria-label="Ngày sau" title="Ngày sau" data-js="tribe-events-view-link">'
            "</a></li>"
            if next_d
            else ""
        )
        + "</ul></nav>"
    )
    header = (
        f'<div class="tribe-events-c-top-bar tribe-events-header__top-bar">{nav}<a href="{base}/su-kien/hom-nay/"'
        ' class="tribe-common-c-btn-border-small tribe-events-c-top-bar__today-button" data-js="tribe-events-view-link">'
        f'Hôm nay</a><div class="tribe-events-c-top-bar__datepicker"><time datetime="{d:%Y-%m-%d}">{_vi_date(d)}</time></div></div>'
    )
    if evs:
        inner = (
            '<div class="tribe-events-calendar-day">'
            + "".join(
                f'<div class="tribe-common-g-row tribe-events-calendar-day__event"><div class="tribe-events-calendar-day__event-details">'
                f'<header class="tribe-events-calendar-day__event-header"><div class="tribe-events-calendar-day__event-datetime-wrapper">'
                f'<time class="tribe-events-calendar-day__event-datetime" datetime="{e.start:%Y-%m-%d}"><span class="tribe-event-date-start">'
                f'{_vi_time(e.start)}</span> - <span class="tribe-event-time">{_vi_time(e.end)}</span></time></div>'
                f'<h3 class="tribe-events-calendar-day__event-title tribe-common-h6 tribe-common-h4--min-medium"><a href="{base}{e.path}"'
                f' title="{esc(e.title)}" rel="bookmark" class="tribe-events-calendar-day__event-title-link tribe-common-anchor-thin">'
                f'{_wp(e.title)}</a></h3><address class="tribe-events-calendar-day__event-venue tribe-common-b2">'
                f'<span class="tribe-events-calendar-day__event-venue-title tribe-common-b2--bold">{esc(e.venue)}</span></address>'
                f'</header><div class="tribe-events-calendar-day__event-description tribe-common-b2 tribe-common-a11y-hidden">'
                f"<p>{_wp(e.text[0])}</p></div></div></div>"
                for e in evs
            )
            + "</div>"
        )
    else:
        inner = (
            '<div class="tribe-events-header__messages tribe-events-c-messages tribe-common-b2"><div class="tribe-events-c-messages__message'
            ' tribe-events-c-messages__message--notice" role="alert"><ul class="tribe-events-c-messages__message-list">'
            f'<li class="tribe-events-c-messages__message-list-item">Không có sự kiện nào được lên lịch vào {_vi_date(d)}.</li>'
            "</ul></div></div>"
        )
    return _tec_page(
        base,
        current,
        f"Sự kiện cho {_vi_date(d)} - {SITE}",
        _day_path(d),
        "day",
        header,
        inner,
        robots=None if evs else "noindex, follow",
    )


def _tec_list(base: str, current: str, past: bool) -> str:
    evs = [e for e in EVENTS if (e.start < CLOCK) == past]
    if past:
        evs = evs[::-1]
    rows = "".join(
        f'<div class="tribe-common-g-row tribe-events-calendar-list__event-row"><div class="tribe-events-calendar-list__event-date-tag'
        f' tribe-common-g-col"><time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{e.start:%Y-%m-%d}">'
        f'<span class="tribe-events-calendar-list__event-date-tag-weekday">{_TEC_DAYS[e.start.weekday()]}</span>'
        f'<span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5 tribe-common-h4--min-medium">{e.start.day}'
        f'</span></time></div><div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col"><article'
        f' class="tribe-events-calendar-list__event post-{e.id} tribe_events type-tribe_events"><header'
        f' class="tribe-events-calendar-list__event-header"><div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2">'
        f'<time class="tribe-events-calendar-list__event-datetime" datetime="{e.start:%Y-%m-%d}"><span class="tribe-event-date-start">'
        f'{_vi_date(e.start)} @ {_vi_time(e.start)}</span> - <span class="tribe-event-time">{_vi_time(e.end)}</span></time></div>'
        f'<h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium"><a href="{base}{e.path}"'
        f' title="{esc(e.title)}" rel="bookmark" class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin">'
        f'{_wp(e.title)}</a></h3><address class="tribe-events-calendar-list__event-venue tribe-common-b2">'
        f'<span class="tribe-events-calendar-list__event-venue-title tribe-common-b2--bold">{esc(e.venue)}</span></address></header>'
        f'<div class="tribe-events-calendar-list__event-description tribe-common-b2 tribe-common-a11y-hidden"><p>{_wp(e.text[0])}</p>'
        "</div></article></div></div>"
        for e in evs
    )
    other = (
        f'<a href="{base}/su-kien/danh-sach/" rel="next" class="tribe-events-c-nav__next tribe-common-b2 tribe-common-b1--min-medium"'
        ' aria-label="Sự kiện tiếp theo" title="Sự kiện tiếp theo" data-js="tribe-events-view-link">Sự kiện tiếp theo</a>'
        if past
        else f'<a href="{base}/su-kien/danh-sach/?eventDisplay=past" rel="prev" class="tribe-events-c-nav__prev tribe-common-b2'
        ' tribe-common-b1--min-medium" aria-label="Sự kiện trước" title="Sự kiện trước" data-js="tribe-events-view-link">Sự kiện trước</a>'
    )
    inner = (
        f'<div class="tribe-events-calendar-list">{rows}</div><nav class="tribe-events-calendar-list-nav tribe-events-c-nav">'
        f'<ul class="tribe-events-c-nav__list"><li class="tribe-events-c-nav__list-item">{other}</li></ul></nav>'
    )
    header = (
        '<div class="tribe-events-c-top-bar tribe-events-header__top-bar"><h1 class="tribe-events-header__title-text">'
        + ("Sự kiện đã qua" if past else "Sự kiện sắp tới")
        + "</h1></div>"
    )
    canonical = "/su-kien/danh-sach/" + ("?eventDisplay=past" if past else "")
    return _tec_page(base, current, f"Sự kiện - {SITE}", canonical, "list", header, inner)


def _tec_single(base: str, current: str, e: Event) -> str:
    i = EVENTS.index(e)
    prev_e = EVENTS[i - 1] if i > 0 else None
    next_e = EVENTS[i + 1] if i + 1 < len(EVENTS) else None
    nav = (
        f'<li class="tribe-events-nav-previous">{f"""<a href="{base}{prev_e.path}"><span>&laquo;</span> {_wp(prev_e.title)}</a>""" if prev_e else ""}</li>'
        f'<li class="tribe-events-nav-next">{f"""<a href="{base}{next_e.path}">{_wp(next_e.title)} <span>&raquo;</span></a>""" if next_e else ""}</li>'
    )
    gcal = (
        "https://www.google.com/calendar/event?action=TEMPLATE&#038;dates="
        f"{(e.start - timedelta(hours=7)):%Y%m%dT%H%M%S}Z/{(e.end - timedelta(hours=7)):%Y%m%dT%H%M%S}Z&#038;text={quote(e.title)}"
    )
    main = (
        '<main id="tribe-events-pg-template" class="tribe-events-pg-template"><div class="tribe-events-before-html"></div>'
        '<div id="tribe-events-content" class="tribe-events-single">'
        f'<p class="tribe-events-back"><a href="{base}/su-kien/"> &laquo; Tất cả sự kiện</a></p>'
        f'<h1 class="tribe-events-single-event-title">{_wp(e.title)}</h1>'
        f'<div class="tribe-events-schedule tribe-clearfix"><div><span class="tribe-event-date-start">{_vi_date(e.start)} @'
        f' {_vi_time(e.start)}</span> - <span class="tribe-event-time">{_vi_time(e.end)}</span></div></div>'
        f'<div id="post-{e.id}" class="post-{e.id} tribe_events type-tribe_events status-publish hentry">'
        '<div class="tribe-events-single-event-description tribe-events-content">'
        + "".join(f"<p>{_wp(t)}</p>" for t in e.text)
        + '</div><div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container">'
        '<div class="tribe-events-c-subscribe-dropdown"><button class="tribe-events-c-subscribe-dropdown__button">Thêm vào lịch'
        '</button><ul class="tribe-events-c-subscribe-dropdown__list"><li class="tribe-events-c-subscribe-dropdown__list-item">'
        f'<a href="{gcal}" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer'
        ' nofollow noindex">Google Calendar</a></li><li class="tribe-events-c-subscribe-dropdown__list-item">'
        f'<a href="{base}{e.path}?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" rel="noopener noreferrer'
        ' nofollow noindex">iCalendar</a></li></ul></div></div></div>'
        '<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group'
        ' tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title">Chi tiết</h2><ul class="tribe-events-meta-list">'
        '<li class="tribe-events-meta-item"><span class="tribe-events-start-date-label tribe-events-meta-label">Ngày:</span>'
        f'<span class="tribe-events-meta-value"><abbr class="tribe-events-abbr tribe-events-start-date published dtstart"'
        f' title="{e.start:%Y-%m-%d}">{_vi_date(e.start)}</abbr></span></li><li class="tribe-events-meta-item"><span'
        ' class="tribe-events-start-time-label tribe-events-meta-label">Thời gian:</span><span class="tribe-events-meta-value">'
        f'<div class="tribe-events-abbr tribe-events-start-time published dtstart" title="{e.start:%Y-%m-%d}">{_vi_time(e.start)}'
        f' - {_vi_time(e.end)}</div></span></li></ul></div><div class="tribe-events-meta-group tribe-events-meta-group-venue">'
        '<h2 class="tribe-events-single-section-title">Địa điểm</h2><ul class="tribe-events-meta-list"><li class="tribe-events-meta-item'
        f' tribe-venue">{esc(e.venue)}</li></ul></div></div></div>'
        '<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Điều hướng sự kiện">'
        f'<ul class="tribe-events-sub-nav">{nav}</ul></nav></div></div></main>'
    )
    head = _head(
        base,
        title=f"{e.title} - {SITE}",
        canonical=e.path,
        description=e.text[0],
        graph=_site_graph(base),
        links=f"<link rel='shortlink' href='{base}/?p={e.id}' />",
    )
    return _shell(
        base,
        current,
        head,
        f"tribe_events-template-default single single-tribe_events postid-{e.id} tribe-events-page-template",
        main,
    )


# ------------------------------------------------------------------------- feeds, sitemaps, JSON


def _rfc822(when: datetime) -> str:
    return format_datetime(when - timedelta(hours=7)).replace("-0000", "+0000")


def _rss(base: str, stories: list[Story], title: str, link: str, self_href: str) -> str:
    items = "".join(
        f"""
	<item>
		<title>{_wp(s.title)}</title>
		<link>{base}{post_path(s)}</link>
		<comments>{base}{post_path(s)}#respond</comments>
		<dc:creator><![CDATA[{s.opts["user"]}]]></dc:creator>
		<pubDate>{_rfc822(s.opts["when"])}</pubDate>
		<category><![CDATA[{CATS[s.cat][1]}]]></category>
{"".join(f"		<category><![CDATA[{TAGS[t][1]}]]></category>" + chr(10) for t in s.opts["tags"])}		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s, 55).rstrip("…")} [&#8230;]]]></description>
		<wfw:commentRss>{base}{post_path(s)}feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>"""
        for s in stories[:10]
    )
    newest = stories[0].opts["when"] if stories else CLOCK
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{title}</title>
	<atom:link href="{base}{self_href}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{_wp(TAGLINE)}</description>
	<lastBuildDate>{_rfc822(newest)}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.7.1</generator>{items}
	</channel>
</rss>
"""


def _comments_rss(base: str, stories: list[Story], title: str, link: str, self_href: str) -> str:
    items = []
    for s in stories:
        for cid, _parent, author, shown, body in s.opts.get("comments", []):
            day, clock = shown.split(" lúc ")
            d = datetime.strptime(day + " " + clock, "%d/%m/%Y %H:%M")
            items.append(
                f"""
	<item>
		<title>Bình luận về {_wp(s.title)} bởi {esc(author)}</title>
		<link>{base}{post_path(s)}#comment-{cid}</link>
		<dc:creator><![CDATA[{author}]]></dc:creator>
		<pubDate>{_rfc822(d)}</pubDate>
		<guid isPermaLink="false">{base}{post_path(s)}#comment-{cid}</guid>
		<description><![CDATA[{body}]]></description>
	</item>"""
            )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	>
<channel>
	<title>{title}</title>
	<atom:link href="{base}{self_href}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{_wp(TAGLINE)}</description>
	<lastBuildDate>{_rfc822(CLOCK)}</lastBuildDate>
	<generator>https://wordpress.org/?v=6.7.1</generator>{"".join(items)}
</channel>
</rss>
"""


_SITEMAP_HEAD = '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{host}/main-sitemap.xsl"?>\n'


def _sitemap_types() -> dict[str, list[tuple[str, datetime, list[str]]]]:
    """Yoast's sitemaps: type -> [(path, lastmod, image files)], oldest first as Yoast lists them."""
    posts = sorted(STORIES, key=_modified)
    return {
        "post": [
            (
                post_path(s),
                _modified(s),
                [i.src for i in s.images]
                + ([s.opts["featured"]] if s.opts.get("featured") else []),
            )
            for s in posts
        ],
        "page": [
            ("/", CLOCK - timedelta(days=2), []),
            ("/tin-tuc/", datetime(2026, 8, 20, 10, 0), []),
        ]
        + [(p, datetime(2026, 8, 15, 9, 0), []) for p in PAGES],
        "tribe_events": [(e.path, e.start - timedelta(days=10), []) for e in EVENTS],
        "category": [(cat_path(c), in_cat(c)[0].opts["when"], []) for c in CATS],
        "post_tag": [(tag_path(t), in_tag(t)[0].opts["when"], []) for t in TAGS],
    }


def _sitemap_index(base: str, host: str) -> str:
    entries = "".join(
        f"\n\t<sitemap>\n\t\t<loc>{base}/{kind}-sitemap.xml</loc>\n\t\t<lastmod>{_utc(max(e[1] for e in items))}</lastmod>\n\t</sitemap>"
        for kind, items in _sitemap_types().items()
    )
    return (
        _SITEMAP_HEAD.format(host=host)
        + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}\n</sitemapindex>\n'
        "<!-- XML Sitemap generated by Yoast SEO -->"
    )


def _urlset(base: str, host: str, kind: str) -> str:
    rows = []
    for path, lastmod, images in _sitemap_types()[kind]:
        imgs = "".join(
            f"\n\t\t<image:image>\n\t\t\t<image:loc>{src if src.startswith('http') else base + src}</image:loc>\n\t\t</image:image>"
            for src in images
        )
        rows.append(
            f"\n\t<url>\n\t\t<loc>{base}{path}</loc>\n\t\t<lastmod>{_utc(lastmod)}</lastmod>{imgs}\n\t</url>"
        )
    return (
        _SITEMAP_HEAD.format(host=host)
        + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
        ' xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd'
        ' http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd"'
        f' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{"".join(rows)}\n</urlset>\n'
        "<!-- XML Sitemap generated by Yoast SEO -->"
    )


def _robots(base: str) -> str:
    return (
        "# START YOAST BLOCK\n# ---------------------------\nUser-agent: *\nDisallow:\n\n"
        f"Sitemap: {base}/sitemap_index.xml\n# ---------------------------\n# END YOAST BLOCK\n"
    )


def _json(data: object, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False).replace("/", "\\/")
    return Response(
        status,
        body,
        {"Content-Type": "application/json; charset=UTF-8", "X-Robots-Tag": "noindex"},
    )


def _rest_post(story: Story, base: str) -> dict:
    url = base + post_path(story)
    return {
        "id": story.id,
        "date": story.opts["when"].strftime("%Y-%m-%dT%H:%M:%S"),
        "date_gmt": (story.opts["when"] - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S"),
        "guid": {"rendered": f"{base}/?p={story.id}"},
        "modified": _modified(story).strftime("%Y-%m-%dT%H:%M:%S"),
        "slug": story.slug,
        "status": "publish",
        "type": "post",
        "link": url,
        "title": {"rendered": _wp(story.title)},
        "content": {"rendered": _content(story, base), "protected": False},
        "excerpt": {"rendered": f"<p>{_wp(_excerpt(story, 55))}</p>\n", "protected": False},
        "author": USERS[story.opts["user"]],
        "featured_media": _att_id(_featured(story)) if _featured(story) else 0,
        "comment_status": "open",
        "categories": [CATS[story.cat][0]],
        "tags": [TAGS[t][0] for t in story.opts["tags"]],
    }


def _oembed(story: Story, base: str, fmt: str) -> Response:
    data = {
        "version": "1.0",
        "provider_name": SITE,
        "provider_url": base,
        "author_name": story.opts["user"],
        "author_url": base + author_path(story.opts["user"]),
        "title": story.title,
        "type": "rich",
        "width": 600,
        "height": 338,
        "html": f'<blockquote class="wp-embedded-content"><a href="{base}{post_path(story)}">{_wp(story.title)}</a></blockquote>',
    }
    if fmt == "xml":
        fields = "".join(f"<{k}>{esc(str(v))}</{k}>" for k, v in data.items())
        return Response(
            200,
            f'<?xml version="1.0"?>\n<oembed>{fields}</oembed>',
            {"Content-Type": "text/xml; charset=UTF-8"},
        )
    return _json(data)


def _ical(base: str, events: list[Event]) -> Response:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Trường Chính trị tỉnh Phú Thọ - ECPv6.8.1//NONSGML v1.0//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Trường Chính trị tỉnh Phú Thọ",
             "X-ORIGINAL-URL:" + base, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"]  # fmt: skip
    for e in events:
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART;TZID=Asia/Ho_Chi_Minh:{e.start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Asia/Ho_Chi_Minh:{e.end:%Y%m%dT%H%M%S}",
            f"UID:{e.id}-{e.start:%s}-{e.end:%s}@truongchinhtri.phutho.gov.vn",
            f"SUMMARY:{e.title}",
            f"URL:{base}{e.path}",
            f"LOCATION:{e.venue}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return Response(
        200,
        "\r\n".join(lines) + "\r\n",
        {
            "Content-Type": "text/calendar; charset=utf-8",
            "Content-Disposition": 'attachment; filename="truong-chinh-tri-phu-tho.ics"',
        },
    )


# ------------------------------------------------------------------------- routing

_PDFS = {s.opts["file"][0] for s in STORIES if s.opts.get("file")} | {d[3] for d in DOCUMENTS}
_SHARE = {
    "facebook": "https://www.facebook.com/sharer.php?u={url}&t={title}",
    "x": "https://x.com/intent/tweet?text={title}&url={url}",
    "jetpack-whatsapp": "https://api.whatsapp.com/send?text={title}%20{url}",
}
_PAGE_RENDER = {
    "/gioi-thieu/": _about,
    "/gioi-thieu/co-cau-to-chuc/": _structure,
    "/lien-he/": _contact,
    "/thu-vien-anh/": _gallery,
    "/van-ban-tai-lieu/": _documents,
}


def _wp_html(body: str, status: int = 200) -> Response:
    return html(
        body,
        status=status,
        headers={
            "Link": '</wp-json/>; rel="https://api.w.org/"',
            "X-LiteSpeed-Cache": "hit",
            "Vary": "Accept-Encoding",
        },
    )


def _page_no(raw: str) -> int:
    return int(raw) if raw else 1


class ElementorPoliticalSchool:
    """The site: resolves WordPress permalinks, archives, Elementor pages and TEC views per request."""

    def respond(self, request: Request) -> Response | None:
        response = self._route(request, unquote(request.path))
        if (
            response is None
            and not request.path.endswith("/")
            and "." not in request.path.rsplit("/", 1)[-1]
        ):
            # WordPress's redirect_canonical: the same address with its trailing slash
            probe = self._route(request, unquote(request.path) + "/")
            if probe is not None and probe.status in (200, 301):
                target = request.path + "/" + (f"?{request.query}" if request.query else "")
                return redirect(base_url(request) + target, 301)
        if response is None:
            return _wp_html(_not_found(base_url(request), request.target), status=404)
        return response

    def _route(self, request: Request, path: str) -> Response | None:
        base = base_url(request)
        host = request.headers.get("Host", "127.0.0.1")
        params = request.params
        current = request.target
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path in _PDFS
                    else None
                )
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _robots(base), {"Content-Type": "text/plain; charset=utf-8"})
        if path in ("/sitemap.xml", "/wp-sitemap.xml"):
            return redirect(f"{base}/sitemap_index.xml", 301)
        if path == "/sitemap_index.xml":
            return Response(
                200,
                _sitemap_index(base, host),
                {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"},
            )
        if m := re.fullmatch(r"/(post|page|tribe_events|category|post_tag)-sitemap\.xml", path):
            return Response(
                200,
                _urlset(base, host, m.group(1)),
                {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"},
            )
        if path == "/main-sitemap.xsl":
            return Response(
                200,
                '<?xml version="1.0" encoding="UTF-8"?><xsl:stylesheet version="2.0"/>',
                {"Content-Type": "text/xsl; charset=utf-8"},
            )
        if path == "/feed/":
            return Response(
                200,
                _rss(base, _LATEST, SITE, base, "/feed/"),
                {"Content-Type": "application/rss+xml; charset=UTF-8"},
            )
        if path == "/comments/feed/":
            body = _comments_rss(base, _LATEST, f"Bình luận cho {SITE}", base, "/comments/feed/")
            return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})
        if path.startswith("/wp-json/"):
            return self._rest(request, path, base)
        if path == "/xmlrpc.php":
            rsd = (
                '<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">'
                f"<service><engineName>WordPress</engineName><engineLink>https://wordpress.org/</engineLink><homePageLink>{base}"
                f'</homePageLink><apis><api name="WordPress" blogID="1" preferred="true" apiLink="{base}/xmlrpc.php" /></apis>'
                "</service></rsd>"
            )
            return Response(200, rsd, {"Content-Type": "text/xml; charset=UTF-8"})
        if path == "/wp-login.php":
            form = (
                f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập &lsaquo; {esc(SITE)} &#8212; WordPress</title>'
                "<meta name='robots' content='noindex, follow' /></head><body class=\"login no-js login-action-login wp-core-ui\">"
                f'<div id="login"><h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1><form name="loginform" id="loginform"'
                f' action="{base}/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label>'
                '<input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><div class="user-pass-wrap">'
                '<label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input"'
                ' value="" size="20" /></div><p class="submit"><input type="submit" name="wp-submit" id="wp-submit"'
                ' class="button button-primary button-large" value="Đăng nhập" /></p></form>'
                f'<p id="backtoblog"><a href="{base}/">&larr; Quay lại {esc(SITE)}</a></p></div></body></html>'
            )
            return html(form)
        if path == "/":
            if params.get("p", "").isdigit():
                return self._shortlink(int(params["p"]), base)
            if "s" in params:
                return _wp_html(_search_page(base, current, params["s"], 1))
            return _wp_html(_home(base, current))
        if (m := re.fullmatch(r"/page/(\d+)/", path)) and "s" in params:
            return _wp_html(_search_page(base, current, params["s"], int(m.group(1))))
        if m := re.fullmatch(r"/tin-tuc/(?:(\d+)/)?", path):
            n = _page_no(m.group(1))
            if m.group(1) and n == 1:
                return redirect(f"{base}/tin-tuc/", 301)
            return _wp_html(_news_page(base, current, n)) if 1 <= n <= NEWS_PAGE_PAGES else None
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/(?:page/(\d+)/|(feed)/)?", path):
            slug = m.group(1)
            if slug not in CATS:
                return None
            if m.group(3):
                body = _rss(
                    base,
                    in_cat(slug),
                    f"{SITE} &#8211; {CATS[slug][1]}",
                    base + cat_path(slug),
                    cat_path(slug) + "feed/",
                )
                return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})
            return self._paged(
                base,
                current,
                m.group(2),
                in_cat(slug),
                lambda n: cat_path(slug, n),
                lambda n: _category_page(base, current, slug, n),
            )
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)/(?:page/(\d+)/)?", path):
            slug = m.group(1)
            if slug not in TAGS:
                return None
            return self._paged(
                base,
                current,
                m.group(2),
                in_tag(slug),
                lambda n: tag_path(slug, n),
                lambda n: _tag_page(base, current, slug, n),
            )
        if m := re.fullmatch(r"/author/([a-z0-9-]+)/(?:page/(\d+)/)?", path):
            user = m.group(1)
            if user not in USERS:
                return None
            return self._paged(
                base,
                current,
                m.group(2),
                by_user(user),
                lambda n: author_path(user, n),
                lambda n: _author_page(base, current, user, n),
            )
        if path in _PAGE_RENDER:
            return _wp_html(_PAGE_RENDER[path](base, current))
        if path.startswith("/su-kien/"):
            return self._events(request, path, base, current)
        if m := re.fullmatch(r"/([a-z0-9-]+)/(feed/)?", path):
            slug = m.group(1)
            if slug in _OLD_SLUGS:
                return redirect(base + post_path(_OLD_SLUGS[slug]) + (m.group(2) or ""), 301)
            story = _BY_SLUG.get(slug)
            if story is None:
                return None
            if m.group(2):
                body = _comments_rss(
                    base,
                    [story],
                    f"Bình luận cho: {_wp(story.title)}",
                    base + post_path(story),
                    post_path(story) + "feed/",
                )
                return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})
            share = params.get("share")
            if share in _SHARE:
                target = _SHARE[share].format(
                    url=quote(base + post_path(story), safe=""), title=quote(story.title, safe="")
                )
                return redirect(target, 302)
            reply = params.get("replytocom", "")
            reply_to = int(reply) if reply.isdigit() else None
            known = {c[0] for c in story.opts.get("comments", [])}
            if reply_to is not None and reply_to not in known:
                reply_to = None
            page = _single(story, base, current, reply_to)
            if "replytocom" in params and reply_to is None:
                page = page.replace(
                    "content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'",
                    "content='noindex, follow'",
                    1,
                )
            return _wp_html(page)
        return None

    @staticmethod
    def _paged(
        base: str, current: str, raw: str | None, stories: list[Story], link, render
    ) -> Response | None:
        n = _page_no(raw or "")
        if raw and n == 1:
            return redirect(base + link(1), 301)
        if not 1 <= n <= _archive_pages(stories):
            return None
        return _wp_html(render(n))

    @staticmethod
    def _shortlink(pid: int, base: str) -> Response | None:
        if pid in _BY_ID:
            return redirect(base + post_path(_BY_ID[pid]), 301)
        pages = {HOME_ID: "/", NEWS_PAGE_ID: "/tin-tuc/", **{v[0]: k for k, v in PAGES.items()}}
        if pid in pages:
            return redirect(base + pages[pid], 301)
        events = {e.id: e.path for e in EVENTS}
        return redirect(base + events[pid], 301) if pid in events else None

    @staticmethod
    def _events(request: Request, path: str, base: str, current: str) -> Response | None:
        ical = request.params.get("ical") == "1"
        if path in ("/su-kien/", "/su-kien/thang/"):
            y, m = CLOCK.year, CLOCK.month
            if ical:
                return _ical(base, [e for e in EVENTS if e.start >= CLOCK])
            return _wp_html(_tec_month(base, current, y, m))
        if mm := re.fullmatch(r"/su-kien/thang/(\d{4})-(\d{2})/", path):
            y, m = int(mm.group(1)), int(mm.group(2))
            if not (1000 <= y <= 9999 and 1 <= m <= 12):
                return None
            if ical:
                return _ical(base, [e for e in EVENTS if (e.start.year, e.start.month) == (y, m)])
            return _wp_html(_tec_month(base, current, y, m))
        if path == "/su-kien/hom-nay/":
            return _wp_html(_tec_day(base, current, CLOCK.date()))
        if md := re.fullmatch(r"/su-kien/(\d{4})-(\d{2})-(\d{2})/", path):
            try:
                d = date(int(md.group(1)), int(md.group(2)), int(md.group(3)))
            except ValueError:
                return None
            if d.year < 1000:
                return None
            return _wp_html(_tec_day(base, current, d))
        if path == "/su-kien/danh-sach/":
            return _wp_html(_tec_list(base, current, request.params.get("eventDisplay") == "past"))
        if ms := re.fullmatch(r"/su-kien/([a-z0-9-]+)/", path):
            event = _EVENTS_BY_SLUG.get(ms.group(1))
            if event is None:
                return None
            return _ical(base, [event]) if ical else _wp_html(_tec_single(base, current, event))
        return None

    @staticmethod
    def _rest(request: Request, path: str, base: str) -> Response:
        if path == "/wp-json/":
            return _json(
                {
                    "name": SITE,
                    "description": TAGLINE,
                    "url": base,
                    "home": base,
                    "gmt_offset": "7",
                    "timezone_string": "Asia/Ho_Chi_Minh",
                    "namespaces": [
                        "oembed/1.0",
                        "tribe/events/v1",
                        "tribe/views/v2",
                        "wp/v2",
                        "yoast/v1",
                    ],
                }
            )
        if m := re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path):
            story = _BY_ID.get(int(m.group(1)))
            if story:
                return _json(_rest_post(story, base))
        if path == "/wp-json/oembed/1.0/embed":
            url = request.params.get("url", "")
            slug = url.rstrip("/").rsplit("/", 1)[-1]
            if slug in _BY_SLUG:
                return _oembed(_BY_SLUG[slug], base, request.params.get("format", "json"))
        if path == "/wp-json/tribe/events/v1/":
            return _json(
                {
                    "namespace": "tribe/events/v1",
                    "routes": {"/tribe/events/v1/events": {"methods": ["GET"]}},
                }
            )
        return _json(
            {
                "code": "rest_no_route",
                "message": "Không tìm thấy route nào khớp với URL và phương thức yêu cầu.",
                "data": {"status": 404},
            },
            404,
        )


def build_site() -> ElementorPoliticalSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return ElementorPoliticalSchool()


# ------------------------------------------------------------------------- the gold (by hand)

# Written by hand from the stories above (see the module docstring for the conventions):
# 1482 news template: date + "8:30 sáng"; manual excerpt = lead = summary; featured image first
#      (no caption); "Tin, ảnh: Hà Thu" gives both lists; two comments → two ?replytocom twins.
# 1476 built with Elementor sections: heading widgets are body lines, image widgets' captions;
#      "Bài: … – Ảnh: …" closing line; its text links the renamed post's old slug (a 301).
# 1471 photo story: a nested gallery; one caption is a Zalo file name (no caption), one picture has
#      none; "Ảnh: Công đoàn Trường" (an organisation) is the photographer as printed; no author.
# 1465 notice template ("Ngày đăng:", date only): a timetable, head row included; posted by admin.
# 1458 research template: no date printed (listing 09/11/2026; the UTC meta says the 8th, 23:20);
#      the ACF "Tác giả:" field is the author; lead = summary; list items are body lines.
# 1452 notice: one paragraph plus a PDF file block (not body); no author.
# 1447 content stored decomposed (NFD); the bare right-aligned name closing the post is its writer.
# 1440 "(BPT) –" stays in the text; a picture hot-linked from the newspaper (absolute URL); the
#      bare name is the writer, "Nguồn: Báo Phú Thọ" the source; 6:50 sáng (UTC meta: the 26th).
# 1434 built with Elementor containers: a basic gallery (thumbnails as printed, one without
#      caption); "Tin: Hà Thu" and "Ảnh: Minh Đức" on two lines of one paragraph; "12:10 chiều".
# 1428 research template, old-site classic markup with character references; the featured image
#      is not shown by that template (listing thumbnail only): not gold; "Bài, ảnh:" both lists.
# 1419 notice renamed after publication (old slug answers 301); list items; date only, published at
#      6:40 local (UTC meta the day before).
# 1411 italic centred lines in parentheses under the photos: captions without the parentheses;
#      "Tin và ảnh:" both lists; no featured image.
# 1403 lead = summary; two captioned pictures in a columns block; "Tin, ảnh:" both lists.
GOLD: list[dict] = [
    gold_record(s, post_path(s), CATS[s.cat][1], alt_paths=replies(s)) for s in _LATEST
]


def _months_near() -> list[tuple[int, int]]:
    return [_shift_month(CLOCK.year, CLOCK.month, k) for k in (-1, 1)]


NON_ARTICLES: list[str] = [
    "/",
    *(news_page_path(n) for n in range(1, NEWS_PAGE_PAGES + 1)),
    *(cat_path(c, n) for c in CATS for n in range(1, _archive_pages(in_cat(c)) + 1)),
    *(tag_path(t, n) for t in TAGS for n in range(1, _archive_pages(in_tag(t)) + 1)),
    *(author_path(u, n) for u in USERS for n in range(1, _archive_pages(by_user(u)) + 1)),
    *PAGES,
    "/su-kien/",
    "/su-kien/thang/",
    *(_month_path(y, m) for y, m in _months_near()),
    "/su-kien/hom-nay/",
    "/su-kien/danh-sach/",
    "/su-kien/danh-sach/?eventDisplay=past",
    *(_day_path(e.start.date()) for e in EVENTS),
    *(e.path for e in EVENTS),
]
