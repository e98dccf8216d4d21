"""Fixture portal: a private upper-secondary school on WordPress with the Eduma education theme.

Imitates the site of "Trường THPT Tư thục Sao Mai" (Hải Phòng), built by a local agency on
WordPress 6.8 with ThimPress's Eduma theme: LearnPress courses, Elementor Pro page layouts,
thim-core widgets, WP Events Manager (Eduma's ``tp_event`` "Sự kiện"), Contact Form 7, Yoast SEO
and Jetpack sharing. Every URL is absolute (``http://<host>/…``), as WordPress prints it.

What it serves:

- Posts at ``/<slug>/`` (``/%postname%/`` permalinks), body classes ``single single-post
  postid-N thim-body-preload``. Header ``#masthead.site-header`` with the top bar (hotline,
  email, TODAY's date, "Đăng nhập / Đăng ký" links to the LearnPress account page), the
  title area ``.top_site_main`` whose big heading is the post's *category* (an ``h2``; CSS
  uppercases it) and ``ul.breadcrumbs`` "Trang chủ › <category> › <title>". Then
  ``article.post > .page-content-inner``: ``header.entry-header`` with the title and
  ``ul.entry-meta`` (``li.author`` "Tác giả" + the WordPress user's display name,
  ``li.entry-category`` "Danh mục", ``li.entry-date`` "Ngày đăng", ``li.comment-total``
  "Bình luận"), ``.post-formats-wrapper`` ABOVE the text (the featured image, a gallery
  flexslider, or a YouTube iframe for video posts), ``.entry-content`` (classic-editor markup
  run through wptexturize, i.e. quotes and dashes as ``&#8220;``/``&#8211;`` references; or an
  Elementor layout: sections, columns, text-editor / heading / image / spacer widgets, raw
  characters), Jetpack's sharedaddy box and empty "Có liên quan" box at the end of the content,
  ``.entry-tag-share`` (tags + thim social share), ``.thim-about-author`` (the user's avatar,
  name, job and bio), ``.entry-navigation-post`` (previous/next posts with their dates),
  ``section.related-archive`` ("Bài viết liên quan" with dates) and ``#comments`` (comment
  list with dated comments and "Trả lời" ``?replytocom=N`` links, comment form).
- The "Hoạt động ngoại khóa" category uses Eduma's second single layout: ``h3.entry-title`` under
  the bigger ``h2`` category heading, and the date printed ``16/11/2026`` instead of the site
  format ``14 Tháng 11, 2026``.
- Sidebar ``aside#secondary``: "Khóa học nổi bật" (LearnPress widget: prices "4.500.000đ",
  "Miễn phí", ratings), "Tin mới" (four newest posts with dates), "Sự kiện sắp tới" (day "28",
  "THÁNG 11", "7:30 - 11:00", place), "Tags" cloud. Footer: Elementor footer with address,
  hotline, fanpage, a Google map iframe, "Copyright © 2026 … Thiết kế bởi …".
- Listings (Eduma blog grid: thumb, ``h2.entry-title``, ``.entry-meta``, ``.entry-summary``
  excerpt, "Đọc thêm"), three posts a page, ``.loop-pagination ul.page-numbers``:
  ``/category/<slug>/`` and ``/category/<slug>/page/N/`` (Tin tức has 3 pages), ``/tag/<slug>/``,
  ``/author/<login>/``. ``…/page/1/`` redirects (301) to the first page, a page past the last is a 404.
- Non-articles: ``/gioi-thieu/`` (an Elementor page written like a story), ``/lien-he/`` (CF7),
  ``/tuyen-sinh/`` (Elementor landing with fees), ``/doi-ngu-giao-vien/`` (instructor grid),
  ``/thu-vien-anh/`` (photo album page), LearnPress ``/khoa-hoc/`` + four courses (title, price,
  curriculum, instructor, "Đăng ký ngay") + course categories ``/danh-muc-khoa-hoc/<slug>/``,
  instructor profiles ``/lp-profile/<login>/`` and their ``courses/`` tab, events ``/su-kien/`` and
  ``/su-kien/<slug>/`` (title, date box, time, place, countdown, "Đăng ký tham gia", description
  paragraphs: they read much like posts), ``/gio-hang/`` (cart), ``/thanh-toan/`` (checkout),
  ``/tai-khoan/`` (login, ``?action=register``, ``?action=lostpassword``). The admission post embeds a PDF (PDF Embedder).
- Feeds: ``/feed/`` (RSS 2.0, ten newest posts, full content), ``/comments/feed/``,
  ``/category/<slug>/feed/``, ``/<slug>/feed/`` (a post's comments). WordPress core sitemaps:
  ``/wp-sitemap.xml`` (announced in robots.txt) → posts, pages, courses, events, categories,
  tags, users. REST: ``/wp-json/``, ``/wp-json/wp/v2/posts/N`` and ``…/pages/N`` (JSON with the
  rendered content), oEmbed JSON/XML, ``/<slug>/embed/`` cards, ``/xmlrpc.php?rsd``.

Traps and hard cases:

- ``?replytocom=N`` (comment reply links) and Jetpack's ``?share=print&nb=1`` serve the very
  same article (alt_paths; the page's ``rel=canonical`` names the permalink);
  ``?share=facebook&nb=1`` / ``?share=x&nb=1`` answer 302 to the social site. Links are written
  with ``&#038;`` as WordPress's ``esc_url`` does.
- ``/?p=N`` (the shortlink in ``<head>``) answers 301 to the permalink; a path without its
  trailing slash answers 301 to it.
- The course archive's sort links (``?orderby=…&order=…``) and sidebar filter links
  (``c_cat[]=…`` appended to whatever the current query holds, ``c_price=``) keep every
  parameter: the combinations never end and every one answers 200.
- ``/gio-hang/?add-to-cart=N`` answers 302 to the cart with a session cookie.
- Yoast's ``article:published_time`` and JSON-LD ``datePublished`` are UTC: the post printed
  "14 Tháng 11, 2026" was published at 00:20 local time, so its machine time reads the 13th.
  The JSON-LD ``author`` names the WordPress account ("admin" on several posts).
- Dates of other things everywhere: the navigation's previous/next posts, related posts,
  sidebar "Tin mới", comments, upcoming events.
- One post (the parents' meeting) was typed with "Unicode tổ hợp": title and text are NFD.
- Unknown paths answer 404 with the theme's page.

Gold (by hand). Articles are the 14 posts; every page listed above is not one. Judgement calls:

- published_at: the day ``li.entry-date`` prints; Eduma prints no time, so every date is a day
  (the UTC meta time that falls on the previous day is ignored).
- authors: a name signing the text wins ("Tin: Lê Hoàng Anh  Ảnh: Phạm Quốc Bảo" gives both
  lists; "Tin, ảnh: Đỗ Minh Quân" gives him in both; "GV. Trần Thu Hà – Tổ Tiếng Anh" gives
  "Trần Thu Hà"; "GV. Lương Thị Hồng – Tổ Vật lí" signs a post whose ``li.author`` is the office
  "Ban Truyền thông": the signature is the author). A closing "Ban Truyền thông" line (the
  school's communications unit) signs its post. When nothing signs, the ``li.author`` display
  name is the author: a person ("ThS. Phạm Thị Lan" → "Phạm Thị Lan"), or an office ("Ban
  Truyền thông", "Phòng Tuyển sinh"); the account "admin" credits nobody. The about-author box
  and the JSON-LD author add nothing. "Nguồn: …" lines go to source and keep the author.
- summary: a first paragraph printed entirely in bold (classic ``<p><strong>``, or an Elementor
  text-editor widget) is the sapo and the body's first paragraph; a first paragraph with only a
  bold opening ("Sáng 14/11, …") is not one.
- images: the featured image, every gallery-format slide (above the text) and the images in the
  text, in page order; the featured image and slides have no caption. Captions: a wp-caption or
  Elementor figcaption; a caption in parentheses loses them; a leading "Ảnh:" label is dropped.
  The video post's YouTube iframe is no image. Thumbnails, avatars and course images are chrome.
- body: Elementor headings and classic sub-headings are paragraphs; list items, a blockquote and
  table rows (cells joined by " | ") too. Bylines, the PDF viewer's file-name link, Jetpack's
  boxes, tags, the author box and comments are not body.
- category: the ``li.entry-category`` link and the breadcrumb (as stored; the heading's upper
  case is CSS).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import parse_qsl, quote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "wp_eduma_thpt"
PLATFORM = "wordpress-eduma"
START_PATH = "/"

SITE = "Trường THPT Tư thục Sao Mai"
SITE_SHORT = "THPT Sao Mai"
ADDRESS = "Số 18 Lê Hồng Phong, phường Gia Viên, thành phố Hải Phòng"
HOTLINE = "0936 518 518"
PHONE = "0225 3 868 518"
EMAIL = "tuyensinh@thptsaomai.edu.vn"
FANPAGE = "https://www.facebook.com/thptsaomaihaiphong"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/eduma"
PER_PAGE = 3
FEED_SIZE = 10
_LOCAL = timezone(timedelta(hours=7))

#: category slug -> (term id, printed name)
CATS: dict[str, tuple[int, str]] = {
    "tin-tuc": (3, "Tin tức"),
    "hoat-dong-ngoai-khoa": (4, "Hoạt động ngoại khóa"),
    "thong-bao-tuyen-sinh": (5, "Thông báo tuyển sinh"),
}
#: categories printed with Eduma's second single layout (h3 title, d/m/Y date)
LAYOUT2 = {"hoat-dong-ngoai-khoa"}

TAGS: dict[str, str] = {
    "20-11": "20/11",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "tieng-anh": "Tiếng Anh",
    "giao-luu-quoc-te": "Giao lưu quốc tế",
    "tuyen-sinh-lop-10": "Tuyển sinh lớp 10",
    "hoc-bong": "Học bổng",
    "trai-nghiem": "Trải nghiệm",
    "stem": "STEM",
    "doan-thanh-nien": "Đoàn thanh niên",
    "chuyen-doi-so": "Chuyển đổi số",
}


class User:
    def __init__(self, uid: int, login: str, display: str, job: str, bio: str, instructor: bool = False):
        self.uid, self.login, self.display, self.job, self.bio = uid, login, display, job, bio
        self.instructor = instructor


USERS: dict[str, User] = {
    u.login: u
    for u in (
        User(1, "admin", "admin", "Quản trị viên", "Quản trị website Trường THPT Tư thục Sao Mai."),
        User(
            2,
            "truyenthong",
            "Ban Truyền thông",
            "Ban Truyền thông nhà trường",
            "Ban Truyền thông cập nhật tin tức, hình ảnh hoạt động dạy và học của nhà trường.",
        ),
        User(
            3,
            "tranthuha",
            "Trần Thu Hà",
            "Giáo viên Tổ Tiếng Anh",
            "Cô Trần Thu Hà có 12 năm giảng dạy Tiếng Anh, chứng chỉ IELTS 8.0, phụ trách CLB Tiếng Anh"
            " và các lớp luyện thi IELTS của trường.",
            instructor=True,
        ),
        User(
            4,
            "phamlan",
            "ThS. Phạm Thị Lan",
            "Phó Hiệu trưởng",
            "Phó Hiệu trưởng phụ trách chuyên môn, giáo viên Toán, Thạc sĩ Lý luận và Phương pháp dạy"
            " học bộ môn Toán.",
            instructor=True,
        ),
        User(
            5,
            "minhduc",
            "Nguyễn Minh Đức",
            "Bí thư Đoàn trường",
            "Thầy Nguyễn Minh Đức phụ trách công tác Đoàn và các hoạt động ngoại khóa của học sinh.",
        ),
        User(
            6,
            "tuyensinh",
            "Phòng Tuyển sinh",
            "Tư vấn tuyển sinh",
            f"Hotline tư vấn tuyển sinh: {HOTLINE}. Email: {EMAIL}.",
        ),
    )
}

_D = UP + "/2026"


# Story.opts: at (local publication datetime), user (login), tags, format (standard | gallery |
# video), featured (bool: the first Img is the featured image), elementor (bool), nfd (bool),
# comments (list of (id, parent, name, date, text)), video (YouTube id), pdf (path).
# P styles: "" | lead (all bold) | b:<prefix> (bold opening) | h2 | li | oli | quote | th | tr.
# Img styles: featured | gallery (post-formats slides) | wpcap (div.wp-caption + p) |
# figure (figure.wp-caption + figcaption) | plain (p > img) | el (Elementor image widget).
STORIES: list[Story] = [
    Story(
        id=1290,
        slug="thong-bao-tuyen-sinh-lop-10-nam-hoc-2027-2028",
        title="Thông báo tuyển sinh lớp 10 năm học 2027 - 2028",
        cat="thong-bao-tuyen-sinh",
        published_at="2026-11-23",
        summary=(
            "Trường THPT Tư thục Sao Mai thông báo tuyển sinh 360 học sinh vào lớp 10 năm học 2027 -"
            " 2028 theo hình thức xét tuyển kết hợp kiểm tra năng lực, nhận hồ sơ từ ngày 01/12/2026."
        ),
        blocks=[
            Img(f"{_D}/11/tuyen-sinh-lop-10-2027-2028.jpg", None, None, "featured"),
            P(
                "Trường THPT Tư thục Sao Mai thông báo tuyển sinh 360 học sinh vào lớp 10 năm học 2027 -"
                " 2028 theo hình thức xét tuyển kết hợp kiểm tra năng lực, nhận hồ sơ từ ngày 01/12/2026.",
                "lead",
            ),
            P("1. Đối tượng tuyển sinh", "h2"),
            P(
                "Học sinh đã tốt nghiệp THCS năm 2027 hoặc các năm trước, có hạnh kiểm (kết quả rèn"
                " luyện) cả 4 năm cấp THCS đạt mức Khá trở lên, trong độ tuổi quy định của Bộ Giáo dục và"
                " Đào tạo."
            ),
            P("2. Chỉ tiêu và hình thức tuyển sinh", "h2"),
            P(
                "Nhà trường tuyển 360 học sinh, chia thành 9 lớp, gồm 3 lớp định hướng Khoa học tự nhiên,"
                " 3 lớp định hướng Khoa học xã hội và 3 lớp song ngữ Anh - Việt."
            ),
            P("Vòng 1: xét học bạ 4 năm THCS (chiếm 60% tổng điểm);", "li"),
            P(
                "Vòng 2: kiểm tra năng lực Toán, Ngữ văn, Tiếng Anh và phỏng vấn (chiếm 40% tổng điểm).",
                "li",
            ),
            P("3. Học phí năm học 2027 - 2028", "h2"),
            P("Hệ lớp | Học phí (đồng/tháng) | Bán trú (đồng/tháng)", "th"),
            P("Lớp định hướng | 5.500.000 | 1.800.000", "tr"),
            P("Lớp song ngữ Anh - Việt | 7.200.000 | 1.800.000", "tr"),
            P(
                "Học sinh đăng ký trước ngày 31/01/2027 được giảm 10% học phí học kỳ I. Phụ huynh có thể"
                " nộp hồ sơ trực tiếp tại Phòng Tuyển sinh hoặc đăng ký trực tuyến trên website nhà"
                " trường."
            ),
            Raw(
                f'<p><a href="{{base}}{_D}/11/thong-bao-tuyen-sinh-lop-10-2027-2028.pdf" class="pdfemb-viewer"'
                ' style="" data-width="max" data-height="max" data-toolbar="bottom" data-toolbar-fixed="off">'
                "thong-bao-tuyen-sinh-lop-10-2027-2028</a></p>"
            ),
        ],
        authors=["Phòng Tuyển sinh"],
        opts={
            "at": datetime(2026, 11, 23, 8, 0),
            "user": "tuyensinh",
            "tags": ["tuyen-sinh-lop-10"],
            "format": "standard",
            "pdf": f"{_D}/11/thong-bao-tuyen-sinh-lop-10-2027-2028.pdf",
        },
    ),
    Story(
        id=1287,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, Trường THPT Tư thục Sao Mai long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam với sự tham dự của đông đảo thầy cô, cựu giáo viên, đại diện Ban"
            " đại diện cha mẹ học sinh và hơn 1.100 học sinh."
        ),
        blocks=[
            Img(f"{_D}/11/le-ky-niem-20-11-2026.jpg", None, None, "featured"),
            P(
                "Sáng 20/11/2026, Trường THPT Tư thục Sao Mai long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam với sự tham dự của đông đảo thầy cô, cựu giáo viên, đại diện Ban"
                " đại diện cha mẹ học sinh và hơn 1.100 học sinh.",
                "lead",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do các câu lạc bộ học sinh dàn dựng"
                " với nhiều tiết mục ca múa đặc sắc, gửi gắm lòng biết ơn tới các thầy cô giáo."
            ),
            Img(
                f"{_D}/11/le-20-11-hieu-truong-phat-bieu.jpg",
                "Thầy Hiệu trưởng Vũ Đình Long phát biểu tại lễ kỷ niệm",
                "Thầy Hiệu trưởng Vũ Đình Long phát biểu tại lễ kỷ niệm",
                "el",
            ),
            P("Nhìn lại một năm học nhiều dấu ấn", "h2"),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Vũ Đình Long điểm lại những thành tích nổi bật"
                " của nhà trường trong năm học 2025 - 2026: tỷ lệ tốt nghiệp THPT đạt 100%, 86% học sinh"
                " trúng tuyển nguyện vọng 1 vào các trường đại học, 27 giải học sinh giỏi cấp thành phố."
            ),
            P(
                "Thầy bày tỏ sự tri ân tới đội ngũ giáo viên, nhân viên đã tận tâm với học sinh, đồng"
                " thời mong muốn mỗi thầy cô tiếp tục đổi mới phương pháp, lấy học sinh làm trung tâm."
            ),
            Img(
                f"{_D}/11/le-20-11-tang-hoa.jpg",
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "el",
            ),
            P("Tôn vinh giáo viên tiêu biểu", "h2"),
            P(
                "Nhân dịp này, Hội đồng quản trị nhà trường đã khen thưởng 15 giáo viên có thành tích"
                " xuất sắc trong công tác giảng dạy và bồi dưỡng học sinh giỏi; trao giải Hội thi giáo"
                " viên dạy giỏi cấp trường cho 8 thầy cô."
            ),
            Img(f"{_D}/11/le-20-11-khen-thuong.jpg", None, None, "el"),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Hoàng Anh&nbsp; &nbsp;'
                "Ảnh: Phạm Quốc Bảo</strong></p>"
            ),
        ],
        authors=["Lê Hoàng Anh"],
        photographers=["Phạm Quốc Bảo"],
        opts={
            "at": datetime(2026, 11, 20, 16, 40),
            "user": "admin",
            "tags": ["20-11"],
            "format": "standard",
            "elementor": True,
            "comments": [
                (45, 0, "Nguyễn Thị Mai", datetime(2026, 11, 21, 9, 12),
                 "Chúc mừng các thầy cô nhân ngày 20/11. Cảm ơn nhà trường đã luôn quan tâm đến các con."),
                (46, 45, "Ban Truyền thông", datetime(2026, 11, 21, 10, 5),
                 "Cảm ơn chị đã quan tâm và đồng hành cùng nhà trường ạ."),
                (48, 0, "Đặng Quốc Việt", datetime(2026, 11, 22, 20, 31),
                 "Nhớ mãi những năm tháng học ở Sao Mai. Chúc thầy cô luôn mạnh khỏe!"),
            ],
        },
    ),
    Story(
        id=1283,
        slug="chung-ket-cuoc-thi-sao-mai-tai-nang-2026",
        title="Chung kết cuộc thi “Sao Mai Tài Năng” 2026",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-11-16",
        blocks=[
            Img(f"{_D}/11/chung-ket-sao-mai-tai-nang-2026.jpg", None, None, "featured"),
            P(
                "Tối 15/11/2026, tại hội trường lớn của nhà trường, Đoàn trường tổ chức đêm chung kết"
                " cuộc thi “Sao Mai Tài Năng” 2026 với 12 tiết mục xuất sắc nhất được chọn từ 47 tiết"
                " mục dự thi của các chi đoàn."
            ),
            P("Sân chơi của những tài năng trẻ", "h2"),
            P(
                "Các tiết mục dự thi đa dạng về thể loại: hát đơn, múa đương đại, nhảy hiện đại, ảo"
                " thuật, độc tấu sáo trúc, beatbox. Nhiều tiết mục được đầu tư công phu về trang phục,"
                " âm nhạc và dàn dựng sân khấu."
            ),
            Img(
                f"{_D}/11/sao-mai-tai-nang-mua-10a3.jpg",
                "Tiết mục múa “Gánh gánh gồng gồng” của lớp 10A3",
                "Tiết mục múa “Gánh gánh gồng gồng” của lớp 10A3",
                "el",
            ),
            P(
                "Ban Giám khảo gồm các thầy cô Tổ Nghệ thuật và khách mời là ca sĩ Minh Trang đánh giá"
                " cao sự tự tin, sáng tạo của các thí sinh. Giải Nhất thuộc về tiết mục độc tấu sáo trúc"
                " “Về quê” của em Lương Gia Bảo (lớp 11A2)."
            ),
            Img(
                f"{_D}/11/sao-mai-tai-nang-giam-khao.jpg",
                "Ban Giám khảo chấm thi vòng chung kết",
                "Ban Giám khảo chấm thi vòng chung kết",
                "el",
            ),
            P(
                "Cuộc thi là hoạt động thường niên nhằm phát hiện, bồi dưỡng năng khiếu nghệ thuật của"
                " học sinh, tạo sân chơi lành mạnh sau những giờ học căng thẳng."
            ),
        ],
        authors=["Nguyễn Minh Đức"],
        opts={
            "at": datetime(2026, 11, 16, 21, 5),
            "user": "minhduc",
            "tags": ["doan-thanh-nien"],
            "format": "standard",
            "elementor": True,
            "comments": [
                (41, 0, "Lương Gia Bảo", datetime(2026, 11, 17, 6, 48),
                 "Em cảm ơn thầy cô và các bạn đã cổ vũ cho tiết mục của em ạ!"),
            ],
        },
    ),
    Story(
        id=1279,
        slug="hoc-sinh-sao-mai-dat-12-giai-ky-thi-hoc-sinh-gioi-thanh-pho-lop-12",
        title="Học sinh Sao Mai đạt 12 giải tại kỳ thi học sinh giỏi thành phố lớp 12",
        cat="tin-tuc",
        published_at="2026-11-14",
        blocks=[
            Img(f"{_D}/11/hoc-sinh-gioi-thanh-pho-2026.jpg", None, None, "featured"),
            P(
                "Sáng 13/11, Sở Giáo dục và Đào tạo Hải Phòng công bố kết quả kỳ thi chọn học sinh giỏi"
                " thành phố lớp 12 năm học 2026 - 2027. Đội tuyển Trường THPT Tư thục Sao Mai đạt 12"
                " giải, gồm 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích.",
                "b:Sáng 13/11",
            ),
            P(
                "Nổi bật là em Đinh Khánh Linh (lớp 12A1) đạt giải Nhất môn Tiếng Anh với 18,5/20 điểm."
                " Các môn Toán, Hóa học, Ngữ văn đều có học sinh đạt giải Nhì."
            ),
            Img(
                f"{_D}/11/trao-thuong-hoc-sinh-gioi.jpg",
                "(Thầy Hiệu trưởng trao thưởng cho các học sinh đạt giải)",
                "Thầy Hiệu trưởng trao thưởng cho các học sinh đạt giải",
                "wpcap",
            ),
            P(
                "Ngay sau khi có kết quả, nhà trường đã tổ chức tuyên dương, trao thưởng cho 12 học sinh"
                " và 7 giáo viên bồi dưỡng đội tuyển với tổng giá trị hơn 60 triệu đồng."
            ),
            P(
                "Kết quả này tiếp tục khẳng định chất lượng giáo dục mũi nhọn của nhà trường sau 10 năm"
                " thành lập."
            ),
            Raw('<p style="text-align: right;"><strong>Ban Truyền thông</strong></p>'),
        ],
        authors=["Ban Truyền thông"],
        opts={
            "at": datetime(2026, 11, 14, 0, 20),
            "user": "admin",
            "tags": ["hoc-sinh-gioi"],
            "format": "standard",
        },
    ),
    Story(
        id=1275,
        slug="hoc-sinh-khoi-10-trai-nghiem-tai-khu-di-tich-bach-dang-giang",
        title="Học sinh khối 10 trải nghiệm tại Khu di tích Bạch Đằng Giang",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-11-11",
        blocks=[
            Img(f"{_D}/11/bach-dang-giang-1.jpg", None, None, "gallery"),
            Img(f"{_D}/11/bach-dang-giang-2.jpg", None, None, "gallery"),
            Img(f"{_D}/11/bach-dang-giang-3.jpg", None, None, "gallery"),
            Img(f"{_D}/11/bach-dang-giang-4.jpg", None, None, "gallery"),
            P(
                "Ngày 09/11/2026, hơn 300 học sinh khối 10 của nhà trường đã có chuyến trải nghiệm học"
                " tập môn Lịch sử tại Khu di tích quốc gia đặc biệt Chiến thắng Bạch Đằng, thành phố"
                " Hải Phòng."
            ),
            P(
                "Tại đây, các em được nghe thuyết minh về ba trận thủy chiến lịch sử trên sông Bạch Đằng"
                " năm 938, 981 và 1288; tham quan bãi cọc Bạch Đằng và đền thờ Đức Thánh Trần."
            ),
            Img(
                f"{_D}/11/bach-dang-giang-dang-huong.jpg",
                "Học sinh dâng hương tại đền thờ Đức Thánh Trần",
                "Học sinh dâng hương tại đền thờ Đức Thánh Trần",
                "wpcap",
            ),
            P(
                "Sau phần tham quan, các lớp tham gia trò chơi lớn “Theo dấu chân lịch sử” với các trạm"
                " thử thách về kiến thức lịch sử và kỹ năng làm việc nhóm."
            ),
            Raw(
                '<p style="text-align: right;"><em>Tin: Vũ Thanh Tâm&nbsp;&nbsp;&nbsp;'
                "Ảnh: Hoàng Gia Huy</em></p>"
            ),
        ],
        authors=["Vũ Thanh Tâm"],
        photographers=["Hoàng Gia Huy"],
        opts={
            "at": datetime(2026, 11, 11, 15, 30),
            "user": "admin",
            "tags": ["trai-nghiem"],
            "format": "gallery",
        },
    ),
    Story(
        id=1271,
        slug="giao-vien-to-tieng-anh-tham-du-hoi-thao-doi-moi-phuong-phap-giang-day",
        title="Giáo viên Tổ Tiếng Anh tham dự hội thảo đổi mới phương pháp giảng dạy",
        cat="tin-tuc",
        published_at="2026-11-09",
        blocks=[
            Img(f"{_D}/11/hoi-thao-tieng-anh.jpg", None, None, "featured"),
            P(
                "Ngày 07 và 08/11/2026, 6 giáo viên Tổ Tiếng Anh của nhà trường đã tham dự hội thảo"
                " “Đổi mới phương pháp giảng dạy Tiếng Anh theo Chương trình giáo dục phổ thông 2018” do"
                " Hội đồng Anh phối hợp với Sở Giáo dục và Đào tạo tổ chức."
            ),
            P(
                "Hội thảo tập trung vào ba nội dung chính, được các chuyên gia trình bày kèm nhiều hoạt"
                " động thực hành:"
            ),
            P("Dạy kỹ năng nói theo hướng giao tiếp thực tế;", "li"),
            P("Ứng dụng công nghệ và trí tuệ nhân tạo trong thiết kế bài giảng;", "li"),
            P("Đánh giá năng lực học sinh qua dự án và sản phẩm học tập.", "li"),
            Img(
                f"{_D}/11/hoi-thao-tieng-anh-giao-vien.jpg",
                "Cô Trần Thu Hà (thứ hai từ trái) cùng các đồng nghiệp tại hội thảo",
                "Cô Trần Thu Hà (thứ hai từ trái) cùng các đồng nghiệp tại hội thảo",
                "figure",
            ),
            P(
                "Chia sẻ tại hội thảo, chuyên gia Hội đồng Anh nhấn mạnh: “Giáo viên không chỉ truyền đạt"
                " kiến thức mà cần trở thành người thiết kế trải nghiệm học tập cho học sinh.”",
                "quote",
            ),
            P(
                "Sau hội thảo, Tổ Tiếng Anh sẽ tổ chức chuyên đề cấp trường để chia sẻ, nhân rộng những"
                " phương pháp mới tới toàn thể giáo viên trong tổ."
            ),
            Img(f"{_D}/11/hoi-thao-tieng-anh-thuc-hanh.jpg", None, None, "plain"),
            Raw('<p style="text-align: right;"><em>GV. Trần Thu Hà – Tổ Tiếng Anh</em></p>'),
        ],
        authors=["Trần Thu Hà"],
        opts={
            "at": datetime(2026, 11, 9, 14, 10),
            "user": "tranthuha",
            "tags": ["tieng-anh"],
            "format": "standard",
        },
    ),
    Story(
        id=1268,
        slug="chinh-sach-hoc-bong-tuyen-sinh-nam-hoc-2027-2028",
        title="Chính sách học bổng tuyển sinh năm học 2027 - 2028",
        cat="thong-bao-tuyen-sinh",
        published_at="2026-11-06",
        blocks=[
            P(
                "Nhằm khuyến khích học sinh có thành tích học tập xuất sắc, Hội đồng quản trị Trường THPT"
                " Tư thục Sao Mai dành 2,5 tỷ đồng cho quỹ học bổng tuyển sinh năm học 2027 - 2028."
            ),
            P("Học bổng tài năng", "h2"),
            P(
                "Miễn 100% học phí năm lớp 10 cho học sinh đạt giải Nhất, Nhì kỳ thi học sinh giỏi cấp"
                " thành phố lớp 9;",
                "li",
            ),
            P(
                "Giảm 50% học phí năm lớp 10 cho học sinh đạt giải Ba, Khuyến khích hoặc có điểm kiểm tra"
                " năng lực từ 27 điểm trở lên.",
                "li",
            ),
            P("Học bổng vượt khó", "h2"),
            P(
                "Dành 20 suất học bổng, mỗi suất trị giá 15 triệu đồng, cho học sinh có hoàn cảnh khó"
                " khăn, có kết quả học tập 4 năm THCS đạt mức Tốt."
            ),
            P(
                "Học bổng được duy trì trong các năm tiếp theo nếu học sinh đạt kết quả học tập mức Tốt"
                " và không vi phạm nội quy nhà trường."
            ),
        ],
        opts={
            "at": datetime(2026, 11, 6, 10, 0),
            "user": "admin",
            "tags": ["hoc-bong", "tuyen-sinh-lop-10"],
            "format": "standard",
            "elementor": True,
        },
    ),
    Story(
        id=1263,
        slug="tiep-don-doan-giao-vien-hoc-sinh-truong-kyoritsu-nhat-ban",
        title="Tiếp đón đoàn giáo viên, học sinh Trường Kyoritsu (Nhật Bản)",
        cat="tin-tuc",
        published_at="2026-11-03",
        blocks=[
            Img(f"{_D}/11/kyoritsu-giao-luu-1.jpg", None, None, "gallery"),
            Img(f"{_D}/11/kyoritsu-giao-luu-2.jpg", None, None, "gallery"),
            Img(f"{_D}/11/kyoritsu-giao-luu-3.jpg", None, None, "gallery"),
            P(
                "Từ ngày 29/10 đến 02/11/2026, Trường THPT Tư thục Sao Mai đón đoàn 4 giáo viên và 18"
                " học sinh Trường Kyoritsu (tỉnh Saitama, Nhật Bản) sang giao lưu văn hóa, giáo dục."
            ),
            P(
                "Trong 5 ngày, học sinh hai trường cùng tham gia các tiết học Toán, Tiếng Anh, Mỹ thuật;"
                " trải nghiệm làm bánh chưng, viết thư pháp và tham quan phố cổ Hà Nội, vịnh Hạ Long."
            ),
            Img(
                f"{_D}/11/kyoritsu-van-nghe.jpg",
                "Học sinh hai trường giao lưu văn nghệ",
                "Học sinh hai trường giao lưu văn nghệ",
                "figure",
            ),
            P(
                "Hai trường đã ký biên bản ghi nhớ hợp tác, theo đó mỗi năm sẽ tổ chức một đợt trao đổi"
                " học sinh và giáo viên, bắt đầu từ năm học 2027 - 2028."
            ),
        ],
        authors=["Ban Truyền thông"],
        opts={
            "at": datetime(2026, 11, 3, 9, 45),
            "user": "truyenthong",
            "tags": ["giao-luu-quoc-te"],
            "format": "gallery",
        },
    ),
    Story(
        id=1258,
        slug="ngay-hoi-stem-kham-pha-khoa-hoc-lan-thu-3",
        title="Ngày hội STEM “Khám phá khoa học” lần thứ 3",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-10-24",
        blocks=[
            Img(f"{_D}/10/ngay-hoi-stem-2026.jpg", None, None, "featured"),
            P(
                "Sáng 23/10/2026, Ngày hội STEM “Khám phá khoa học” lần thứ 3 đã diễn ra sôi nổi tại sân"
                " trường với 36 gian trưng bày sản phẩm của học sinh ba khối lớp."
            ),
            P(
                "Các sản phẩm được học sinh nghiên cứu, chế tạo trong hai tháng dưới sự hướng dẫn của"
                " giáo viên các môn Vật lí, Hóa học, Sinh học, Tin học: xe điều khiển bằng giọng nói, máy"
                " lọc nước mini, hệ thống tưới cây tự động, mô hình nhà thông minh."
            ),
            Img(
                f"{_D}/10/ten-lua-nuoc-11a4.jpg",
                "Ảnh: Sản phẩm tên lửa nước của nhóm học sinh lớp 11A4",
                "Sản phẩm tên lửa nước của nhóm học sinh lớp 11A4",
                "figure",
            ),
            P(
                "Phần thi bắn tên lửa nước thu hút đông đảo học sinh cổ vũ. Tên lửa của lớp 11A4 bay xa"
                " 112 m, giành giải Nhất nội dung này."
            ),
            P(
                "Ngày hội giúp học sinh vận dụng kiến thức liên môn vào giải quyết vấn đề thực tiễn, phát"
                " triển tư duy sáng tạo và kỹ năng làm việc nhóm."
            ),
            Raw('<p style="text-align: right;"><strong>GV. Lương Thị Hồng – Tổ Vật lí</strong></p>'),
        ],
        authors=["Lương Thị Hồng"],
        opts={
            "at": datetime(2026, 10, 24, 11, 20),
            "user": "truyenthong",
            "tags": ["stem"],
            "format": "standard",
        },
    ),
    Story(
        id=1254,
        slug="so-gd-dt-hai-phong-cong-bo-lich-thi-tuyen-sinh-lop-10-nam-hoc-2027-2028",
        title="Sở GD&ĐT Hải Phòng công bố lịch thi tuyển sinh lớp 10 năm học 2027 - 2028",
        cat="thong-bao-tuyen-sinh",
        published_at="2026-10-30",
        blocks=[
            Img(f"{_D}/10/lich-thi-lop-10-hai-phong.jpg", None, None, "featured"),
            P(
                "Sở Giáo dục và Đào tạo Hải Phòng vừa ban hành kế hoạch tuyển sinh lớp 10 năm học 2027 -"
                " 2028. Theo đó, kỳ thi vào lớp 10 các trường THPT công lập dự kiến diễn ra trong hai"
                " ngày 03 và 04/6/2027."
            ),
            P(
                "Thí sinh thi ba môn bắt buộc gồm Ngữ văn, Toán và Ngoại ngữ; thí sinh đăng ký vào trường"
                " THPT chuyên Trần Phú thi thêm môn chuyên vào ngày 05/6/2027."
            ),
            P(
                "Đối với các trường THPT tư thục, việc tuyển sinh thực hiện theo phương án riêng đã được"
                " Sở phê duyệt, nhưng phải hoàn thành trước ngày 31/7/2027."
            ),
            P(
                "Học sinh và phụ huynh có nhu cầu tìm hiểu phương án tuyển sinh của Trường THPT Tư thục"
                " Sao Mai vui lòng liên hệ Phòng Tuyển sinh để được tư vấn."
            ),
            Raw("<p><em>Nguồn: Sở Giáo dục và Đào tạo Hải Phòng</em></p>"),
        ],
        authors=["Phòng Tuyển sinh"],
        source="Sở Giáo dục và Đào tạo Hải Phòng",
        opts={
            "at": datetime(2026, 10, 30, 16, 0),
            "user": "tuyensinh",
            "tags": ["tuyen-sinh-lop-10"],
            "format": "standard",
        },
    ),
    Story(
        id=1250,
        slug="chuyen-doi-so-trong-giao-duc-bai-hoc-tu-cac-truong-tien-phong",
        title="Chuyển đổi số trong giáo dục: bài học từ các trường tiên phong",
        cat="tin-tuc",
        published_at="2026-10-27",
        blocks=[
            Img(f"{_D}/10/chuyen-doi-so-giao-duc.jpg", None, None, "featured"),
            P(
                "Sau ba năm triển khai Đề án chuyển đổi số trong ngành giáo dục, nhiều trường phổ thông"
                " đã đưa học bạ số, sổ điểm điện tử và lớp học trực tuyến vào vận hành thường xuyên."
            ),
            P(
                "Theo các chuyên gia, yếu tố quyết định thành công không nằm ở thiết bị mà ở năng lực số"
                " của đội ngũ giáo viên và sự đồng hành của phụ huynh."
            ),
            P(
                "Nhiều trường đã xây dựng kho học liệu số dùng chung, tổ chức tập huấn định kỳ và khuyến"
                " khích giáo viên chia sẻ bài giảng điện tử, giúp giảm đáng kể thời gian chuẩn bị bài."
            ),
            Raw("<p><em>Nguồn: Báo Giáo dục và Thời đại</em></p>"),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={
            "at": datetime(2026, 10, 27, 8, 30),
            "user": "admin",
            "tags": ["chuyen-doi-so"],
            "format": "standard",
        },
    ),
    Story(
        id=1246,
        slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-10-18",
        blocks=[
            Img(f"{_D}/10/hoi-nghi-cmhs-2026.jpg", None, None, "featured"),
            P(
                "Chiều 17/10/2026, nhà trường tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027"
                " với sự tham dự của hơn 900 phụ huynh."
            ),
            P(
                "Tại hội nghị, Ban Giám hiệu thông báo kế hoạch năm học, các khoản thu, quy định về đồng"
                " phục, sử dụng điện thoại và lịch học bán trú; giới thiệu ứng dụng liên lạc điện tử để"
                " phụ huynh theo dõi kết quả học tập của con hằng tuần."
            ),
            Img(f"{_D}/10/hoi-nghi-cmhs-lop-10a1.jpg", None, None, "plain"),
            P(
                "Sau phiên toàn thể, phụ huynh họp tại các lớp, trao đổi trực tiếp với giáo viên chủ"
                " nhiệm và bầu Ban đại diện cha mẹ học sinh lớp."
            ),
            Img(f"{_D}/10/hoi-nghi-cmhs-bau-ban-dai-dien.jpg", None, None, "plain"),
        ],
        authors=["Phạm Thị Lan"],
        opts={
            "at": datetime(2026, 10, 18, 7, 50),
            "user": "phamlan",
            "tags": [],
            "format": "standard",
            "nfd": True,
        },
    ),
    Story(
        id=1241,
        slug="clb-tieng-anh-to-chuc-chuong-trinh-halloween-night-2026",
        title="CLB Tiếng Anh tổ chức chương trình “Halloween Night 2026”",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-11-01",
        blocks=[
            P(
                "Tối 31/10/2026, CLB Tiếng Anh của nhà trường tổ chức chương trình “Halloween Night"
                " 2026” thu hút hơn 400 học sinh tham gia."
            ),
            P(
                "Chương trình gồm cuộc thi hóa trang, kể chuyện ma bằng Tiếng Anh và trò chơi “Trick or"
                " Treat” tại các lớp học được trang trí theo chủ đề lễ hội."
            ),
            Img(f"{_D}/11/halloween-night-2026.jpg", None, None, "el"),
            P(
                "Đây là dịp để học sinh thực hành Tiếng Anh trong môi trường tự nhiên, tìm hiểu văn hóa"
                " các nước nói Tiếng Anh."
            ),
            Img(
                f"{_D}/11/halloween-hoa-trang.jpg",
                "Các thí sinh phần thi hóa trang",
                "Các thí sinh phần thi hóa trang",
                "el",
            ),
            Raw('<p style="text-align: right;">Trần Thu Hà – Tổ Tiếng Anh</p>'),
        ],
        authors=["Trần Thu Hà"],
        opts={
            "at": datetime(2026, 11, 1, 9, 15),
            "user": "tranthuha",
            "tags": ["tieng-anh"],
            "format": "standard",
            "elementor": True,
        },
    ),
    Story(
        id=1238,
        slug="khai-giang-nam-hoc-2026-2027-vung-buoc-tuong-lai",
        title="Khai giảng năm học 2026 - 2027: Vững bước tương lai",
        cat="tin-tuc",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THPT Tư thục"
            " Sao Mai hân hoan khai giảng năm học mới 2026 - 2027."
        ),
        blocks=[
            P(
                "Sáng 05/9/2026, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THPT Tư thục"
                " Sao Mai hân hoan khai giảng năm học mới 2026 - 2027.",
                "lead",
            ),
            Img(f"{_D}/09/le-chao-co-khai-giang.jpg", "Ảnh: Lễ chào cờ đầu năm học mới", "Lễ chào cờ đầu năm học mới", "el"),
            P(
                "Năm học này, nhà trường đón 360 học sinh lớp 10 khóa 2026 - 2029, nâng tổng số học sinh"
                " lên 1.120 em với 30 lớp học."
            ),
            P(
                "Thầy Hiệu trưởng Vũ Đình Long đánh trống khai trường, chính thức mở đầu năm học với chủ"
                " đề “Kỷ cương – Sáng tạo – Hội nhập”."
            ),
            P(
                "Sau buổi lễ, học sinh các lớp tham gia ngày hội câu lạc bộ, đăng ký tham gia 24 câu lạc"
                " bộ học thuật, nghệ thuật và thể thao."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đỗ Minh Quân</strong></p>'),
        ],
        authors=["Đỗ Minh Quân"],
        photographers=["Đỗ Minh Quân"],
        opts={
            "at": datetime(2026, 9, 5, 11, 30),
            "user": "truyenthong",
            "tags": [],
            "format": "video",
            "video": "k3Xq0sMaI26",
            "elementor": True,
        },
    ),
]

_BY_SLUG = {s.slug: s for s in STORIES}
_BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)


def article_path(s: Story) -> str:
    return f"/{s.slug}/"


def in_cat(cat: str) -> list[Story]:
    return [s for s in NEWEST if s.cat == cat]


def in_tag(tag: str) -> list[Story]:
    return [s for s in NEWEST if tag in s.opts["tags"]]


def by_user(login: str) -> list[Story]:
    return [s for s in NEWEST if s.opts["user"] == login]


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def _alt_paths(s: Story) -> list[str]:
    out = [f"{article_path(s)}?share=print&nb=1"]
    out += [f"{article_path(s)}?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    return out


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=_alt_paths(s)) for s in NEWEST
]


# --- non-article content ----------------------------------------------------------------------


class Course:
    def __init__(self, cid, slug, title, cat, price, old_price, teacher, rating, students, lessons, desc, curriculum):
        self.id, self.slug, self.title, self.cat = cid, slug, title, cat
        self.price, self.old_price, self.teacher = price, old_price, teacher
        self.rating, self.students, self.lessons = rating, students, lessons
        self.desc, self.curriculum = desc, curriculum


COURSE_CATS = {
    "ngoai-ngu": "Ngoại ngữ",
    "on-thi-thpt": "Ôn thi THPT",
    "ky-nang-tin-hoc": "Kỹ năng - Tin học",
}

COURSES: list[Course] = [
    Course(
        5102, "luyen-thi-ielts-6-5", "Luyện thi IELTS 6.5+", "ngoai-ngu", "4.500.000đ", "5.200.000đ",
        "tranthuha", "4.8", 86, 36,
        (
            "Khóa học dành cho học sinh lớp 10, 11 đã có nền tảng IELTS 5.0, mục tiêu đạt 6.5 trở lên"
            " sau 12 tuần học.",
            "Học sinh được luyện đủ 4 kỹ năng Nghe, Nói, Đọc, Viết với giáo trình Cambridge, làm 4 bài"
            " thi thử có chấm chữa chi tiết.",
        ),
        (
            ("Phần 1: Listening & Reading", ("Bài 1: Chiến lược làm bài Listening Section 1-2", "Bài 2: Skimming và scanning", "Bài 3: Dạng bài True/False/Not Given")),
            ("Phần 2: Writing", ("Bài 4: Task 1 - Biểu đồ đường", "Bài 5: Task 2 - Opinion essay")),
            ("Phần 3: Speaking", ("Bài 6: Part 2 - Cue card", "Bài 7: Thi thử Speaking")),
        ),
    ),
    Course(
        5098, "toan-nang-cao-lop-10", "Toán nâng cao lớp 10", "on-thi-thpt", "1.200.000đ", "",
        "phamlan", "4.6", 54, 24,
        (
            "Khóa học bồi dưỡng Toán nâng cao cho học sinh lớp 10 chuẩn bị thi học sinh giỏi cấp"
            " trường và cấp thành phố.",
        ),
        (
            ("Chương 1: Mệnh đề và tập hợp", ("Bài 1: Mệnh đề toán học", "Bài 2: Các phép toán tập hợp")),
            ("Chương 2: Bất đẳng thức", ("Bài 3: Bất đẳng thức AM-GM", "Bài 4: Bất đẳng thức Cauchy-Schwarz")),
        ),
    ),
    Course(
        5091, "on-thi-tot-nghiep-thpt-mon-ngu-van", "Ôn thi tốt nghiệp THPT môn Ngữ văn", "on-thi-thpt",
        "900.000đ", "1.100.000đ", "phamlan", "4.5", 112, 20,
        ("Hệ thống kiến thức trọng tâm và kỹ năng làm bài nghị luận theo cấu trúc đề thi mới.",),
        (("Phần 1: Đọc hiểu", ("Bài 1: Nhận biết phương thức biểu đạt", "Bài 2: Câu hỏi vận dụng")),
         ("Phần 2: Nghị luận", ("Bài 3: Nghị luận xã hội 200 chữ", "Bài 4: Nghị luận văn học"))),
    ),
    Course(
        5087, "lap-trinh-python-co-ban", "Lập trình Python cơ bản", "ky-nang-tin-hoc", "Miễn phí", "",
        "tranthuha", "4.9", 203, 16,
        ("Khóa học miễn phí giúp học sinh làm quen với lập trình Python qua các bài tập thực tế.",),
        (("Phần 1: Làm quen Python", ("Bài 1: Cài đặt môi trường", "Bài 2: Biến và kiểu dữ liệu")),),
    ),
]
_COURSE_BY_SLUG = {c.slug: c for c in COURSES}


class Event:
    def __init__(self, eid, slug, title, day, start, end, place, desc, passed=False):
        self.id, self.slug, self.title, self.day = eid, slug, title, day
        self.start, self.end, self.place, self.desc, self.passed = start, end, place, desc, passed


EVENTS: list[Event] = [
    Event(
        6021, "hoi-thao-du-hoc-2027", "Hội thảo du học 2027: Cơ hội học bổng tại Úc và Canada",
        datetime(2026, 11, 28), "7:30", "11:00", "Hội trường tầng 3, Trường THPT Tư thục Sao Mai",
        (
            "Hội thảo giới thiệu chương trình học bổng bậc đại học tại Úc và Canada dành cho học sinh"
            " lớp 11, 12 năm 2027, với sự tham gia của đại diện 8 trường đại học quốc tế.",
            "Học sinh và phụ huynh được tư vấn trực tiếp về điều kiện học bổng, yêu cầu IELTS, chi phí"
            " sinh hoạt và thủ tục xin thị thực du học.",
            "Chương trình miễn phí, phụ huynh vui lòng đăng ký trước để nhà trường chuẩn bị chỗ ngồi.",
        ),
    ),
    Event(
        6024, "ngay-hoi-tu-van-tuyen-sinh-lop-10-nam-2027", "Ngày hội tư vấn tuyển sinh lớp 10 năm 2027",
        datetime(2026, 12, 6), "7:30", "11:00", "Sân trường THPT Tư thục Sao Mai",
        (
            "Ngày hội dành cho học sinh lớp 9 và phụ huynh tìm hiểu chương trình học, cơ sở vật chất và"
            " chính sách học bổng của nhà trường.",
            "Học sinh được tham gia tiết học trải nghiệm và làm bài kiểm tra năng lực thử miễn phí.",
        ),
    ),
    Event(
        6027, "giai-bong-da-sao-mai-cup-2026", "Giải bóng đá Sao Mai Cup 2026",
        datetime(2026, 12, 13), "14:00", "17:30", "Sân bóng nhân tạo Lạch Tray",
        ("Giải bóng đá học sinh thường niên với sự tham gia của 16 đội bóng đại diện các lớp.",),
    ),
]
_EVENT_BY_SLUG = {e.slug: e for e in EVENTS}

#: WordPress pages: slug -> (page id, title)
PAGES: dict[str, tuple[int, str]] = {
    "gioi-thieu": (12, "Giới thiệu"),
    "lien-he": (14, "Liên hệ"),
    "tuyen-sinh": (16, "Tuyển sinh"),
    "doi-ngu-giao-vien": (18, "Đội ngũ giáo viên"),
    "thu-vien-anh": (20, "Thư viện ảnh"),
    "gio-hang": (22, "Giỏ hàng"),
    "thanh-toan": (24, "Thanh toán"),
    "tai-khoan": (26, "Tài khoản"),
}

INSTRUCTORS = [u for u in USERS.values() if u.instructor]

NON_ARTICLES: list[str] = [
    "/",
    *(f"/category/{c}/" for c in CATS),
    *(f"/category/{c}/page/{n}/" for c in CATS for n in range(2, _pages(len(in_cat(c))) + 1)),
    *(f"/tag/{t}/" for t in TAGS if in_tag(t)),
    *(f"/tag/{t}/page/{n}/" for t in TAGS for n in range(2, _pages(len(in_tag(t))) + 1)),
    *(f"/author/{u}/" for u in USERS if by_user(u)),
    *(f"/author/{u}/page/{n}/" for u in USERS for n in range(2, _pages(len(by_user(u))) + 1)),
    *(f"/{p}/" for p in PAGES),
    "/tai-khoan/?action=register",
    "/tai-khoan/?action=lostpassword",
    "/khoa-hoc/",
    *(f"/khoa-hoc/{c.slug}/" for c in COURSES),
    *(f"/danh-muc-khoa-hoc/{c}/" for c in COURSE_CATS),
    *(f"/lp-profile/{u.login}/" for u in INSTRUCTORS),
    *(f"/lp-profile/{u.login}/courses/" for u in INSTRUCTORS),
    "/su-kien/",
    *(f"/su-kien/{e.slug}/" for e in EVENTS),
]


# --- text ---------------------------------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "’": "&#8217;", "…": "&#8230;"}


def _wptexturize(value: str) -> str:
    """Escaped text as WordPress's wptexturize leaves it: curly quotes and dashes as references."""
    out = esc(value).replace("&quot;", "&#8221;")
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def _t(value: str, s: Story | None = None) -> str:
    """Article text: NFD when the post was typed so; texturized in classic posts."""
    nfd = bool(s and s.opts.get("nfd"))
    if s is not None and s.opts.get("elementor"):
        return text(value, nfd=nfd)
    raw = unicodedata.normalize("NFD", value) if nfd else value
    return _wptexturize(raw)


def _title(s: Story) -> str:
    return _t(s.title, s) if not s.opts.get("elementor") else _wptexturize(s.title)


def _date_site(d: datetime) -> str:
    return f"{d.day} Tháng {d.month}, {d.year}"


def _date_printed(s: Story) -> str:
    at: datetime = s.opts["at"]
    return f"{at:%d/%m/%Y}" if s.cat in LAYOUT2 else _date_site(at)


def _utc(s: Story) -> str:
    return s.opts["at"].replace(tzinfo=_LOCAL).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _modified(s: Story) -> datetime:
    return s.opts["at"] + timedelta(hours=3, minutes=17)


def _eid(*parts: object) -> str:
    return hashlib.md5("-".join(map(str, parts)).encode()).hexdigest()[:7]


def _att_id(src: str) -> int:
    return 1300 + int(hashlib.md5(src.encode()).hexdigest()[:4], 16) % 700


def _excerpt(s: Story, words: int = 28) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P) and b.style not in ("h2",))
    parts = first.split()
    return " ".join(parts[:words]) + ("&hellip;" if len(parts) > words else "")


def _sized(src: str, size: str) -> str:
    return re.sub(r"\.jpg$", f"-{size}.jpg", src)


def _thumb(s: Story) -> str | None:
    imgs = s.images
    if s.opts.get("format") in ("gallery",) or (imgs and imgs[0].style == "featured"):
        return imgs[0].src
    return None


# --- article markup -----------------------------------------------------------------------------


def _img(base: str, img: Img, cls: str, width: int = 800, height: int = 533, extra: str = "") -> str:
    src = base + img.src
    srcset = f"{src} {width}w, {base + _sized(img.src, '300x200')} 300w, {base + _sized(img.src, '768x512')} 768w"
    return (
        f'<img decoding="async" loading="lazy" width="{width}" height="{height}" src="{src}" class="{cls}"'
        f' alt=""{extra} srcset="{srcset}" sizes="(max-width: {width}px) 100vw, {width}px" />'
    )


def _classic_img(base: str, img: Img, s: Story) -> str:
    n = _att_id(img.src)
    if img.style == "plain":
        return f'<p>{_img(base, img, f"aligncenter size-full wp-image-{n}")}</p>'
    cap = _t(img.printed or "", s)
    described = f' aria-describedby="caption-attachment-{n}"'
    if img.style == "wpcap":
        return (
            f'<div id="attachment_{n}" style="width: 810px" class="wp-caption aligncenter">'
            f'{_img(base, img, f"size-full wp-image-{n}", extra=described)}'
            f'<p id="caption-attachment-{n}" class="wp-caption-text">{cap}</p></div>'
        )
    return (
        f'<figure id="attachment_{n}"{described} style="width: 800px" class="wp-caption aligncenter">'
        f'{_img(base, img, f"size-full wp-image-{n}")}'
        f'<figcaption id="caption-attachment-{n}" class="wp-caption-text">{cap}</figcaption></figure>'
    )


def _para(p: P, s: Story) -> str:
    if p.style == "lead":
        return f"<p><strong>{_t(p.text, s)}</strong></p>"
    if p.style.startswith("b:"):
        prefix = p.style[2:]
        return f"<p><strong>{_t(prefix, s)}</strong>{_t(p.text[len(prefix):], s)}</p>"
    if p.style == "quote":
        return f"<blockquote><p>{_t(p.text, s)}</p></blockquote>"
    return f'<p style="text-align: justify;">{_t(p.text, s)}</p>'


def _group(blocks: list) -> list:
    """Consecutive list items and table rows as one group each."""
    out: list = []
    for b in blocks:
        kind = b.style if isinstance(b, P) and b.style in ("li", "oli") else None
        if isinstance(b, P) and b.style in ("th", "tr"):
            kind = "table"
        if kind and out and isinstance(out[-1], tuple) and out[-1][0] == kind:
            out[-1][1].append(b)
        elif kind:
            out.append((kind, [b]))
        else:
            out.append(b)
    return out


def _list_or_table(kind: str, items: list[P], s: Story) -> str:
    if kind == "table":
        rows = []
        for p in items:
            tag = "th" if p.style == "th" else "td"
            cells = "".join(f"<{tag}>{_t(c, s)}</{tag}>" for c in p.text.split(" | "))
            rows.append(f"<tr>{cells}</tr>")
        return f'<table class="table table-bordered" style="width: 100%;"><tbody>{"".join(rows)}</tbody></table>'
    tag = "ol" if kind == "oli" else "ul"
    return f"<{tag}>" + "".join(f"<li>{_t(p.text, s)}</li>" for p in items) + f"</{tag}>"


def _classic_body(base: str, s: Story) -> str:
    out: list[str] = []
    for b in _group([b for b in s.blocks if not (isinstance(b, Img) and b.style in ("featured", "gallery"))]):
        if isinstance(b, tuple):
            out.append(_list_or_table(b[0], b[1], s))
        elif isinstance(b, P):
            out.append(f"<h3><strong>{_t(b.text, s)}</strong></h3>" if b.style == "h2" else _para(b, s))
        elif isinstance(b, Img):
            out.append(_classic_img(base, b, s))
        else:
            out.append('<p>&nbsp;</p>' if "Nguồn:" in b.html else "")
            out.append(b.html.replace("{base}", base))
    return "\n".join(x for x in out if x)


def _el_widget(s: Story, n: int, kind: str, inner: str) -> str:
    eid = _eid(s.id, kind, n)
    return (
        f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{kind}"'
        f' data-id="{eid}" data-element_type="widget" data-widget_type="{kind}.default">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


def _el_section(s: Story, n: int, widgets: list[str]) -> str:
    sid, cid = _eid(s.id, "section", n), _eid(s.id, "column", n)
    return (
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{sid}'
        f' elementor-section-boxed elementor-section-height-default elementor-section-height-default"'
        f' data-id="{sid}" data-element_type="section">\n'
        '<div class="elementor-container elementor-column-gap-default">\n'
        f'<div class="elementor-column elementor-col-100 elementor-top-column elementor-element'
        f' elementor-element-{cid}" data-id="{cid}" data-element_type="column">\n'
        '<div class="elementor-widget-wrap elementor-element-populated">\n'
        + "\n".join(widgets)
        + "\n</div>\n</div>\n</div>\n</section>"
    )


def _elementor_body(base: str, s: Story) -> str:
    sections: list[list[str]] = [[]]
    pending: list[str] = []
    n = 0

    def flush() -> None:
        nonlocal n
        if pending:
            n += 1
            sections[-1].append(_el_widget(s, n, "text-editor", "\n".join(pending)))
            pending.clear()

    for b in _group([b for b in s.blocks if not (isinstance(b, Img) and b.style in ("featured", "gallery"))]):
        if isinstance(b, tuple):
            pending.append(_list_or_table(b[0], b[1], s))
        elif isinstance(b, P) and b.style == "h2":
            flush()
            sections.append([])
            n += 1
            sections[-1].append(
                _el_widget(s, n, "heading", f'<h2 class="elementor-heading-title elementor-size-default">{_t(b.text, s)}</h2>')
            )
            n += 1
            sections[-1].append(
                _el_widget(s, n, "divider", '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>')
            )
        elif isinstance(b, P):
            if b.style == "lead":
                flush()
                n += 1
                sections[-1].append(_el_widget(s, n, "text-editor", f"<p><strong>{_t(b.text, s)}</strong></p>"))
            else:
                pending.append(_para(b, s).replace(' style="text-align: justify;"', ""))
        elif isinstance(b, Img):
            flush()
            n += 1
            tag = _img(base, b, f"attachment-large size-large wp-image-{_att_id(b.src)}")
            if b.printed:
                inner = (
                    f'<figure class="wp-caption">\n{tag}\n'
                    f'<figcaption class="widget-image-caption wp-caption-text">{_t(b.printed, s)}</figcaption>\n</figure>'
                )
            else:
                inner = tag
            sections[-1].append(_el_widget(s, n, "image", inner))
            n += 1
            sections[-1].append(_el_widget(s, n, "spacer", '<div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div>'))
        else:
            flush()
            n += 1
            sections[-1].append(_el_widget(s, n, "text-editor", b.html.replace("{base}", base)))
    flush()
    body = "\n".join(_el_section(s, i, w) for i, w in enumerate(sections) if w)
    return f'<div data-elementor-type="wp-post" data-elementor-id="{s.id}" class="elementor elementor-{s.id}">\n{body}\n</div>'


def _jetpack(base: str, s: Story) -> str:
    link = base + article_path(s)
    buttons = "".join(
        f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{k}-{s.id}"'
        f' class="share-{k} sd-button share-icon" href="{link}?share={k}&#038;nb=1" target="_blank"'
        f' title="{esc(t)}"><span>{esc(label)}</span></a></li>'
        for k, t, label in (
            ("facebook", "Nhấn để chia sẻ trên Facebook", "Facebook"),
            ("x", "Nhấp để chia sẻ trên X", "X"),
            ("print", "Nhấp để in", "In"),
        )
    )
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social'
        ' sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content">'
        f'<ul>{buttons}<li class="share-end"></li></ul></div></div></div>'
        f"<div id='jp-relatedposts' class='jp-relatedposts' >\n"
        '<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>\n</div>'
    )


def _post_formats(base: str, s: Story) -> str:
    fmt = s.opts.get("format", "standard")
    if fmt == "video":
        vid = s.opts["video"]
        return (
            '<div class="post-formats-wrapper"><div class="video-container">'
            f'<iframe title="{esc(s.title)}" width="870" height="489" src="https://www.youtube.com/embed/{vid}?feature=oembed"'
            ' frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope;'
            ' picture-in-picture; web-share" allowfullscreen></iframe></div></div>'
        )
    if fmt == "gallery":
        slides = "".join(
            f'<li><a href="{base + i.src}" class="swipebox" title="">'
            f'<img src="{base + i.src}" alt="{esc(s.slug)}" width="870" height="500"></a></li>'
            for i in s.images
            if i.style == "gallery"
        )
        return f'<div class="post-formats-wrapper"><div class="flexslider"><ul class="slides">{slides}</ul></div></div>'
    imgs = s.images
    if imgs and imgs[0].style == "featured":
        return (
            '<div class="post-formats-wrapper">'
            + _img(base, imgs[0], "attachment-full size-full wp-post-image", 870, 500)
            + "</div>"
        )
    return ""


def _meta_list(base: str, s: Story, comments_link: bool = False) -> str:
    u = USERS[s.opts["user"]]
    cname = CATS[s.cat][1]
    ncom = len(s.opts.get("comments", []))
    com = (
        f'<a href="{base}{article_path(s)}#comments">{ncom}</a>'
        if comments_link or ncom
        else f'<a href="{base}{article_path(s)}#respond">0</a>'
    )
    return (
        '<ul class="entry-meta">\n'
        f'<li class="author"><span>Tác giả</span><span class="vcard author author_name">'
        f'<a href="{base}/author/{u.login}/">{esc(u.display)}</a></span></li>\n'
        f'<li class="entry-category"><span>Danh mục</span> <a href="{base}/category/{s.cat}/" rel="category tag">{esc(cname)}</a></li>\n'
        f'<li class="entry-date"><span>Ngày đăng</span><span class="value"> {_date_printed(s)}</span></li>\n'
        f'<li class="comment-total"><span>Bình luận</span>{com}</li>\n'
        "</ul>"
    )


def _tag_share(base: str, s: Story) -> str:
    link = quote(base + article_path(s), safe="")
    tags = ", ".join(
        f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
    )
    tag_html = f'<p class="post-tag"><span>Tags:</span>{tags}</p>' if tags else ""
    return (
        '<div class="entry-tag-share"><div class="row"><div class="col-sm-6">'
        f"{tag_html}</div><div class=\"col-sm-6\"><ul class=\"thim-social-share\">"
        '<li class="heading">Chia sẻ:</li>'
        f'<li><div class="facebook-social"><a target="_blank" class="facebook" href="https://www.facebook.com/sharer.php?u={link}" title="Facebook"><i class="fa fa-facebook"></i></a></div></li>'
        f'<li><div class="twitter-social"><a target="_blank" class="twitter" href="https://twitter.com/share?url={link}" title="Twitter"><i class="fa fa-twitter"></i></a></div></li>'
        f'<li><div class="zalo-social"><a target="_blank" class="zalo" href="https://sp.zalo.me/share_inline?u={link}" title="Zalo"><i class="fa fa-comment"></i></a></div></li>'
        "</ul></div></div></div>"
    )


def _about_author(base: str, s: Story) -> str:
    u = USERS[s.opts["user"]]
    return (
        '<div class="thim-about-author"><div class="author-wrapper"><div class="author-avatar">'
        f'<a href="{base}/author/{u.login}/"><img alt="{esc(u.display)}" src="https://secure.gravatar.com/avatar/{_eid(u.login)}?s=110&#038;d=mm&#038;r=g"'
        ' class="avatar avatar-110 photo" height="110" width="110" loading="lazy" decoding="async"/></a></div>'
        '<div class="author-bio"><div class="author-top">'
        f'<a class="name" href="{base}/author/{u.login}/">{esc(u.display)}</a><p class="job">{esc(u.job)}</p></div>'
        '<ul class="thim-author-social"><li><a href="#" class="facebook"><i class="fa fa-facebook"></i></a></li></ul></div>'
        f'<div class="author-description">{esc(u.bio)}</div></div></div>'
    )


def _nav(base: str, s: Story) -> str:
    i = NEWEST.index(s)
    older = NEWEST[i + 1] if i + 1 < len(NEWEST) else None
    newer = NEWEST[i - 1] if i > 0 else None
    out = ['<div class="entry-navigation-post">']
    for cls, heading, other in (("prev-post", "Bài trước", older), ("next-post", "Bài sau", newer)):
        if other is None:
            continue
        out.append(
            f'<div class="{cls}"><p class="heading">{heading}</p><h5 class="title">'
            f'<a href="{base}{article_path(other)}">{_title(other)}</a></h5>'
            f'<div class="date">{_date_site(other.opts["at"])}</div></div>'
        )
    out.append("</div>")
    return "".join(out)


def _related(base: str, s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o is not s][:3]
    if len(others) < 3:
        others += [o for o in NEWEST if o is not s and o not in others][: 3 - len(others)]
    items = []
    for o in others:
        th = _thumb(o)
        img = f'<img src="{base + _sized(th, "300x200")}" alt="" width="300" height="200">' if th else ""
        items.append(
            '<div class="post type-post status-publish"><div class="category-posts clear">'
            f'<a href="{base}{article_path(o)}">{img}</a><div class="rel-post-text"><h5>'
            f'<a href="{base}{article_path(o)}" title="{esc(o.title)}">{_title(o)}</a></h5>'
            f'<div class="date">{_date_site(o.opts["at"])}</div></div></div></div>'
        )
    return (
        '<section class="related-archive"><h3 class="single-title">Bài viết liên quan</h3>'
        '<div class="archived-posts"><div class="thim-carousel-wrapper" data-visible="3" data-itemtablet="2"'
        f' data-itemmobile="1" data-pagination="1">{"".join(items)}</div></div></section>'
    )


def _comments(base: str, s: Story, reply_to: int | None) -> str:
    comments = s.opts.get("comments", [])
    link = base + article_path(s)

    def one(c: tuple) -> str:
        cid, _parent, name, when, body = c
        kids = [k for k in comments if k[1] == cid]
        children = f'<ol class="children">{"".join(one(k) for k in kids)}</ol>' if kids else ""
        return (
            f'<li class="comment byuser even thread-even depth-1" id="li-comment-{cid}">'
            f'<div class="wrapper-comment" id="comment-{cid}"><div class="avatar">'
            f'<img alt="" src="https://secure.gravatar.com/avatar/{_eid(name)}?s=105&#038;d=mm&#038;r=g" class="avatar avatar-105 photo" height="105" width="105" loading="lazy"/></div>'
            '<div class="comment-right"><div class="comment-extra-info">'
            f'<div class="author"><span class="author-name">{esc(name)}</span></div>'
            f'<div class="date" itemprop="commentTime">{_date_site(when)} lúc {when:%H:%M}</div>'
            f'<a rel="nofollow" class="comment-reply-link" href="{link}?replytocom={cid}#respond"'
            f' data-commentid="{cid}" data-postid="{s.id}" data-belowelement="comment-{cid}"'
            f' data-respondelement="respond" data-replyto="Trả lời {esc(name)}" aria-label="Trả lời {esc(name)}">Trả lời</a>'
            f'</div><div class="content-comment"><p>{esc(body)}</p></div></div></div>{children}</li>'
        )

    listing = ""
    if comments:
        listing = (
            f'<h3 class="comments-title">{len(comments)} bình luận</h3><ol class="comment-list">'
            + "".join(one(c) for c in comments if c[1] == 0)
            + "</ol>"
        )
    replied = next((c for c in comments if c[0] == reply_to), None)
    title = f"Trả lời {esc(replied[2])}" if replied else "Để lại bình luận"
    cancel_style = "" if replied else ' style="display:none;"'
    return (
        f'<div id="comments" class="comments-area"><div class="comment-respond-area">{listing}'
        '<div id="respond" class="comment-respond">'
        f'<h3 id="reply-title" class="comment-reply-title">{title} <small><a rel="nofollow" id="cancel-comment-reply-link"'
        f' href="{link}#respond"{cancel_style}>Hủy</a></small></h3>'
        f'<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span>'
        ' Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<p class="comment-form-comment"><textarea placeholder="Bình luận *" id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
        '<p class="comment-form-author"><input placeholder="Tên *" id="author" name="author" type="text" size="30" required /></p>'
        '<p class="comment-form-email"><input placeholder="Email *" id="email" name="email" type="email" size="30" required /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />'
        f'<input type="hidden" name="comment_post_ID" value="{s.id}" id="comment_post_ID" />'
        f'<input type="hidden" name="comment_parent" id="comment_parent" value="{reply_to or 0}" /></p></form>'
        "</div></div></div>"
    )


# --- page chrome ------------------------------------------------------------------------------


def _menu(base: str) -> str:
    cats = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="{base}/category/{c}/"><span>{esc(n)}</span></a></li>'
        for c, (_, n) in CATS.items()
    )
    return (
        '<ul class="nav navbar-nav menu-main-menu">'
        f'<li class="menu-item menu-item-home"><a href="{base}/"><span>Trang chủ</span></a></li>'
        f'<li class="menu-item menu-item-has-children"><a href="{base}/gioi-thieu/"><span>Giới thiệu</span></a>'
        f'<ul class="sub-menu"><li class="menu-item"><a href="{base}/gioi-thieu/"><span>Về chúng tôi</span></a></li>'
        f'<li class="menu-item"><a href="{base}/doi-ngu-giao-vien/"><span>Đội ngũ giáo viên</span></a></li>'
        f'<li class="menu-item"><a href="{base}/thu-vien-anh/"><span>Thư viện ảnh</span></a></li></ul></li>'
        f'<li class="menu-item menu-item-has-children"><a href="{base}/category/tin-tuc/"><span>Tin tức</span></a>'
        f'<ul class="sub-menu">{cats}</ul></li>'
        f'<li class="menu-item"><a href="{base}/tuyen-sinh/"><span>Tuyển sinh</span></a></li>'
        f'<li class="menu-item"><a href="{base}/khoa-hoc/"><span>Khóa học</span></a></li>'
        f'<li class="menu-item"><a href="{base}/su-kien/"><span>Sự kiện</span></a></li>'
        f'<li class="menu-item"><a href="{base}/lien-he/"><span>Liên hệ</span></a></li>'
        '<li class="menu-right"><div class="widget_shopping_cart"><div class="minicart_hover" id="header-mini-cart">'
        f'<a class="cart-contents" href="{base}/gio-hang/" title="Xem giỏ hàng"><span class="cart-items-number">0</span></a></div>'
        '<div class="widget_shopping_cart_content"><p class="woocommerce-mini-cart__buttons buttons">'
        f'<a href="{base}/gio-hang/" class="button wc-forward">Xem giỏ hàng</a><a href="{base}/thanh-toan/" class="button checkout wc-forward">Thanh toán</a></p></div></div>'
        '<div class="thim-widget-search-overlay"><div class="search-toggle"><i class="fa fa-search"></i></div>'
        f'<div class="thim-search-wrapper"><form role="search" method="get" class="search-form" action="{base}/">'
        '<input type="search" class="search-field" placeholder="Tìm kiếm khóa học, tin tức..." value="" name="s" />'
        '<input type="hidden" name="post_type" value="post" /></form></div></div></li></ul>'
    )


def _header(base: str) -> str:
    return f"""<div id="toolbar" class="toolbar"><div class="container"><div class="row"><div class="col-sm-12"><div class="toolbar-container">
<aside id="text-2" class="widget widget_text"><div class="textwidget"><div class="thim-have-any-question"><div class="have-any-question">
<div class="mobile"><i class="fa fa-phone"></i><a href="tel:{HOTLINE.replace(' ', '')}" class="value">Hotline: {HOTLINE}</a></div>
<div class="email"><i class="fa fa-envelope"></i><a href="mailto:{EMAIL}">{EMAIL}</a></div>
<div class="thim-today"><i class="fa fa-calendar"></i> {TODAY}</div></div></div></div></aside>
<aside id="login-popup-3" class="widget widget_login-popup"><div class="thim-widget-login-popup thim-widget-login-popup-base template-base"><div class="thim-link-login thim-login-popup">
<a class="register js-show-popup" href="{base}/tai-khoan/?action=register">Đăng ký</a><a class="login js-show-popup" href="{base}/tai-khoan/">Đăng nhập</a></div></div></aside>
</div></div></div></div></div>
<header id="masthead" class="site-header affix-top bg-custom-sticky sticky-header header_overlay header_v1">
<div class="thim-nav-wrapper container"><div class="row"><div class="navigation col-sm-12"><div class="tm-table">
<div class="width-logo table-cell sm-logo"><a href="{base}/" title="{esc(SITE)} - Kỷ cương - Sáng tạo - Hội nhập" rel="home" class="no-sticky-logo">
<img src="{base}{UP}/2024/05/logo-sao-mai.png" alt="{esc(SITE)}" width="153" height="40"></a></div>
<nav class="width-navigation table-cell table-right">{_menu(base)}</nav>
<div class="menu-mobile-effect navbar-toggle" data-effect="mobile-effect"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></div>
</div></div></div></div></header>"""


def _footer(base: str) -> str:
    return f"""<footer id="colophon" class="site-footer has-footer-bottom"><div class="footer">
<div data-elementor-type="footer" data-elementor-id="3460" class="elementor elementor-3460 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1c2f3a4 elementor-section-boxed" data-id="1c2f3a4" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h3 class="elementor-heading-title elementor-size-default">{esc(SITE)}</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Địa chỉ: {esc(ADDRESS)}</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Điện thoại: {PHONE}</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Hotline tuyển sinh: {HOTLINE}</span></li>
<li class="elementor-icon-list-item"><a href="mailto:{EMAIL}"><span class="elementor-icon-list-text">Email: {EMAIL}</span></a></li>
</ul></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h3 class="elementor-heading-title elementor-size-default">Liên kết</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-thim-nav-menu"><div class="elementor-widget-container"><ul class="menu">
<li><a href="{base}/tuyen-sinh/">Tuyển sinh</a></li><li><a href="{base}/khoa-hoc/">Khóa học</a></li>
<li><a href="{base}/su-kien/">Sự kiện</a></li><li><a href="{base}/lien-he/">Liên hệ</a></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-social-icons"><div class="elementor-widget-container">
<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="{FANPAGE}" target="_blank"><span class="elementor-screen-only">Fanpage Facebook</span></a>
<a class="elementor-icon elementor-social-icon elementor-social-icon-youtube" href="https://www.youtube.com/@thptsaomai" target="_blank"><span class="elementor-screen-only">Youtube</span></a></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-google_maps"><div class="elementor-widget-container"><div class="elementor-custom-embed">
<iframe loading="lazy" src="https://maps.google.com/maps?q=THPT%20T%C6%B0%20th%E1%BB%A5c%20Sao%20Mai%20H%E1%BA%A3i%20Ph%C3%B2ng&#038;t=m&#038;z=15&#038;output=embed&#038;iwloc=near" title="THPT Tư thục Sao Mai Hải Phòng" aria-label="THPT Tư thục Sao Mai Hải Phòng"></iframe>
</div></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9e8d7c6 copyright-footer" data-id="9e8d7c6" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Copyright © 2026 {esc(SITE)}. Thiết kế bởi <a href="https://webgiaoduc.vn" target="_blank" rel="nofollow">Web Giáo Dục</a> | Theme Eduma</p>
</div></div></div></div></div></section></div></div></footer>
<a href="#" id="back-to-top"><i class="fa fa-chevron-up"></i></a>"""


def _stars(rating: str) -> str:
    return (
        f'<div class="course-review"><div class="review-stars-rated" title="{rating} trên 5 sao">'
        f'<div class="review-stars empty"></div><div class="review-stars filled" style="width:{float(rating) * 20:.0f}%;"></div></div>'
        f'<span class="rating-number">{rating}</span></div>'
    )


def _event_box(base: str, e: Event) -> str:
    return (
        '<div class="item-event"><div class="time-from">'
        f'<div class="date">{e.day.day:02d}</div><div class="month">THÁNG {e.day.month}</div></div>'
        f'<div class="event-wrapper"><h5 class="title"><a href="{base}/su-kien/{e.slug}/">{esc(e.title)}</a></h5>'
        f'<div class="meta"><div class="time"><i class="fa fa-clock-o"></i> {e.start} - {e.end}</div>'
        f'<div class="location"><i class="fa fa-map-marker"></i> {esc(e.place)}</div></div></div></div>'
    )


def _sidebar(base: str) -> str:
    courses = "".join(
        f'<div class="course-item"><div class="course-thumbnail"><a href="{base}/khoa-hoc/{c.slug}/">'
        f'<img src="{base}{UP}/2026/08/khoa-hoc-{c.id}-150x150.jpg" alt="{esc(c.title)}" width="150" height="150"></a></div>'
        f'<div class="thim-course-content"><h3 class="course-title"><a href="{base}/khoa-hoc/{c.slug}/">{esc(c.title)}</a></h3>'
        f'{_stars(c.rating)}<div class="course-price"><div class="value{" free-course" if c.price == "Miễn phí" else ""}">{c.price}</div></div></div></div>'
        for c in COURSES[:3]
    )
    news = "".join(
        '<div class="item-post"><div class="article-image">'
        + (f'<img src="{base + _sized(th, "150x150")}" alt="" width="150" height="150">' if (th := _thumb(s)) else "")
        + f'</div><div class="article-title-wrapper"><h5><a href="{base}{article_path(s)}" class="article-title">{_title(s)}</a></h5>'
        f'<div class="article-date"><span class="day">{_date_site(s.opts["at"])}</span></div></div></div>'
        for s in NEWEST[:4]
    )
    events = "".join(_event_box(base, e) for e in EVENTS if not e.passed)
    tags = "".join(
        f'<a href="{base}/tag/{t}/" class="tag-cloud-link tag-link-{i + 20}" style="font-size: {8 + len(in_tag(t)) * 3}pt;"'
        f' aria-label="{esc(n)} ({len(in_tag(t))} mục)">{esc(n)}</a>\n'
        for i, (t, n) in enumerate(TAGS.items())
        if in_tag(t)
    )
    return f"""<aside id="secondary" class="widget-area col-sm-3 sticky-sidebar" role="complementary">
<aside id="courses-3" class="widget widget_courses"><div class="thim-widget-courses template-list-sidebar-v3"><h4 class="widget-title">Khóa học nổi bật</h4>
<div class="thim-course-list-sidebar">{courses}</div></div></aside>
<aside id="list-post-2" class="widget widget_list-post"><div class="thim-widget-list-post template-base-v3"><h4 class="widget-title">Tin mới</h4>
<div class="thim-list-posts sidebar">{news}</div></div></aside>
<aside id="list-event-2" class="widget widget_list-event"><div class="thim-widget-list-event template-layout-2-v3"><h4 class="widget-title">Sự kiện sắp tới</h4>
<div class="thim-list-event layout-2">{events}<a class="view-all" href="{base}/su-kien/">Xem tất cả</a></div></div></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h4 class="widget-title">Tags</h4><div class="tagcloud">{tags}</div></aside>
</aside>"""


def _head_links(base: str) -> str:
    return (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />\n'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />\n'
        f"<link rel='stylesheet' id='thim-style-css' href='{base}{THEME}/style.css?ver=5.6.3' type='text/css' media='all' />\n"
        f"<link rel='stylesheet' id='elementor-frontend-css' href='{base}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4' type='text/css' media='all' />\n"
        f"<link rel='stylesheet' id='learnpress-css' href='{base}/wp-content/plugins/learnpress/assets/css/learnpress.min.css?ver=4.2.7.4' type='text/css' media='all' />\n"
        f"<script type=\"text/javascript\" src=\"{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>\n"
        f'<link rel="https://api.w.org/" href="{base}/wp-json/" />\n'
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />\n'
        '<meta name="generator" content="WordPress 6.8.3" />\n'
        '<meta name="generator" content="Elementor 3.25.4; features: additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">\n'
        f'<link rel="icon" href="{base}{UP}/2024/05/favicon-sao-mai-32x32.png" sizes="32x32" />\n'
    )


def _page(
    base: str,
    title: str,
    body_class: str,
    main: str,
    *,
    heading: str,
    heading_tag: str = "h1",
    crumbs: list[tuple[str, str | None]],
    head: str = "",
    sidebar: bool = True,
) -> str:
    items = []
    for i, (label, href) in enumerate(crumbs, start=1):
        if href:
            items.append(
                f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="{href}" title="{label}">'
                f'<span itemprop="name">{label}</span></a><meta itemprop="position" content="{i}" /><span class="breadcrum-icon"><i class="fa fa-angle-right" aria-hidden="true"></i></span></li>'
            )
        else:
            items.append(
                f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name" title="{label}">{label}</span>'
                f'<meta itemprop="position" content="{i}" /></li>'
            )
    crumb_html = (
        '<div class="breadcrumbs-wrapper"><div class="container"><ul itemprop="breadcrumb" itemscope'
        f' itemtype="http://schema.org/BreadcrumbList" id="breadcrumbs" class="breadcrumbs">{"".join(items)}</ul></div></div>'
    )
    col = "col-sm-9 alignleft" if sidebar else "col-sm-12 full-width"
    side = _sidebar(base) if sidebar else ""
    return f"""<!DOCTYPE html>
<html itemscope itemtype="http://schema.org/WebPage" lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<link rel="pingback" href="{base}/xmlrpc.php">
<title>{title}</title>
{head}{_head_links(base)}<style id="thim-customizer-inline-styles">.top_site_main h1,.top_site_main h2{{text-transform:uppercase;font-size:48px;font-weight:700}}</style>
</head>
<body class="{body_class} thim-body-preload bg-boxed-image thim-popup-feature elementor-default elementor-kit-6" id="thim-body">
<div id="preload"><div class="sk-folding-cube"><div class="sk-cube1 sk-cube"></div><div class="sk-cube2 sk-cube"></div><div class="sk-cube4 sk-cube"></div><div class="sk-cube3 sk-cube"></div></div></div>
<div class="mobile-menu-wrapper"><div class="mobile-menu-inner"><div class="icon-wrapper"><div class="menu-mobile-effect navbar-toggle close-icon"></div></div><nav class="mobile-menu-container mobile-effect">{_menu(base)}</nav></div></div>
<div id="wrapper-container" class="wrapper-container"><div class="content-pusher">
{_header(base)}
<div id="main-content">
<section class="content-area">
<div class="top_heading_out"><div class="top_site_main" style="color: #ffffff;background-image:url({base}{UP}/2024/05/top-heading-sao-mai.jpg);">
<span class="overlay-top-header" style="background:rgba(0,0,0,0.5);"></span>
<div class="page-title-wrapper"><div class="banner-wrapper container"><{heading_tag}>{heading}</{heading_tag}></div></div></div>
{crumb_html}</div>
<div class="container site-content {'sidebar-right' if sidebar else 'no-sidebar'}"><div class="row"><main id="main" class="site-main {col}">
{main}
</main>
{side}
</div></div>
</section>
</div>
{_footer(base)}
</div></div>
<script type="text/javascript" src="{base}{THEME}/assets/js/main.min.js?ver=5.6.3" id="thim-main-js"></script>
<script type="text/javascript" src="{base}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=14.1" id="sharing-js-js"></script>
</body>
</html>"""


def _yoast(base: str, s: Story) -> str:
    link = base + article_path(s)
    u = USERS[s.opts["user"]]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{link}#article",
                "isPartOf": {"@id": link},
                "author": {"name": u.display, "@id": f"{base}/#/schema/person/{_eid(u.login)}"},
                "headline": s.title,
                "datePublished": _utc(s),
                "dateModified": _modified(s).replace(tzinfo=_LOCAL).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "mainEntityOfPage": {"@id": link},
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": [CATS[s.cat][1]],
                "inLanguage": "vi",
            },
            {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE, "url": f"{base}/"},
            {"@type": "Person", "@id": f"{base}/#/schema/person/{_eid(u.login)}", "name": u.display},
        ],
    }
    th = _thumb(s)
    og_img = f'<meta property="og:image" content="{base + th}" />\n' if th else ""
    modified = _modified(s).replace(tzinfo=_LOCAL).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return (
        "<!-- This site is optimized with the Yoast SEO plugin v23.8 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f'<meta name="description" content="{esc(re.sub("&hellip;", "…", _excerpt(s, 25)))}" />\n'
        f'<link rel="canonical" href="{link}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)} - {esc(SITE)}" />\n'
        f'<meta property="og:url" content="{link}" />\n<meta property="og:site_name" content="{esc(SITE)}" />\n'
        f'<meta property="article:publisher" content="{FANPAGE}" />\n'
        f'<meta property="article:published_time" content="{_utc(s)}" />\n'
        f'<meta property="article:modified_time" content="{modified}" />\n{og_img}'
        f'<meta name="author" content="{esc(u.display)}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{esc(u.display)}" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>\n'
        "<!-- / Yoast SEO plugin. -->\n"
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(s.title)} Dòng phản hồi" href="{link}feed/" />\n'
        f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{s.id}" />\n'
        f"<link rel='shortlink' href='{base}/?p={s.id}' />\n"
        f'<link rel="alternate" title="oNhúng (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={quote(link, safe="")}" />\n'
        f'<link rel="alternate" title="oNhúng (XML)" type="text/xml+oembed" href="{base}/wp-json/oembed/1.0/embed?url={quote(link, safe="")}&#038;format=xml" />\n'
    )


def content_html(base: str, s: Story) -> str:
    """The rendered post content (entry-content inner), as the feed and the REST API carry it."""
    return _elementor_body(base, s) if s.opts.get("elementor") else _classic_body(base, s)


def _article(base: str, s: Story, reply_to: int | None = None) -> str:
    cname = CATS[s.cat][1]
    title_tag = "h3" if s.cat in LAYOUT2 else "h1"
    fmt = s.opts.get("format", "standard")
    classes = (
        f"post-{s.id} post type-post status-publish format-{fmt}"
        + (" has-post-thumbnail" if _thumb(s) and fmt == "standard" else "")
        + f" hentry category-{s.cat}"
        + "".join(f" tag-{t}" for t in s.opts["tags"])
    )
    main = f"""<div class="page-content">
<article id="post-{s.id}" class="{classes}">
<div class="page-content-inner">
<header class="entry-header">
<{title_tag} class="entry-title">{_title(s)}</{title_tag}>
{_meta_list(base, s)}
</header>
{_post_formats(base, s)}
<div class="entry-content">
{content_html(base, s)}
{_jetpack(base, s)}
</div>
{_tag_share(base, s)}
{_about_author(base, s)}
{_nav(base, s)}
{_related(base, s)}
{_comments(base, s, reply_to)}
</div>
</article>
</div>"""
    body_class = (
        f"post-template-default single single-post postid-{s.id} single-format-{fmt}"
        + (f" elementor-page elementor-page-{s.id}" if s.opts.get("elementor") else "")
        + (" thim-single-layout-2" if s.cat in LAYOUT2 else "")
    )
    return _page(
        base,
        f"{_title(s)} &#8211; {esc(SITE)}",
        body_class,
        main,
        heading=esc(cname),
        heading_tag="h2",
        crumbs=[("Trang chủ", f"{base}/"), (esc(cname), f"{base}/category/{s.cat}/"), (_title(s), None)],
        head=_yoast(base, s),
    )


# --- listings -------------------------------------------------------------------------------------


def _pagination(base: str, path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return f"{base}{path}" if n == 1 else f"{base}{path}page/{n}/"

    items = []
    if page > 1:
        items.append(f'<li><a class="prev page-numbers" href="{url(page - 1)}">&lt;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>')
        else:
            items.append(f'<li><a class="page-numbers" href="{url(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a class="next page-numbers" href="{url(page + 1)}">&gt;</a></li>')
    return f"<div class=\"pagination loop-pagination\"><ul class='page-numbers'>\n{''.join(items)}\n</ul></div>"


def _card(base: str, s: Story) -> str:
    link = base + article_path(s)
    fmt = s.opts.get("format", "standard")
    media = ""
    if fmt == "video":
        media = (
            f'<div class="post-formats-wrapper"><div class="video-container"><iframe width="470" height="264"'
            f' src="https://www.youtube.com/embed/{s.opts["video"]}?feature=oembed" frameborder="0" allowfullscreen></iframe></div></div>'
        )
    elif th := _thumb(s):
        media = (
            f'<div class="post-formats-wrapper"><a class="post-image" href="{link}">'
            f'<img src="{base + _sized(th, "470x300")}" alt="{esc(s.title)}" title="{esc(s.slug)}" width="470" height="300"></a></div>'
        )
    fmt_cls = f"format-{fmt}"
    return f"""<article id="post-{s.id}" class="col-sm-6 post-{s.id} post type-post status-publish {fmt_cls} hentry category-{s.cat}">
<div class="content-inner">
{media}
<div class="entry-content">
<header class="entry-header"><div class="entry-contain">
<h2 class="entry-title"><a href="{link}" rel="bookmark">{_title(s)}</a></h2>
{_meta_list(base, s, comments_link=True)}
</div></header>
<div class="entry-summary"><p>{esc(_excerpt(s)).replace('&amp;hellip;', '&hellip;')}</p></div>
<div class="readmore"><a href="{link}">Đọc thêm</a></div>
</div></div></article>"""


def _listing(base: str, kind: str, key: str, page: int) -> str | None:
    if kind == "category":
        stories, name = in_cat(key), CATS[key][1]
        path, heading = f"/category/{key}/", esc(name)
        crumbs = [("Trang chủ", f"{base}/"), (esc(name), None)]
        title = esc(name)
        body_class = f"archive category category-{key} category-{CATS[key][0]}"
    elif kind == "tag":
        stories, name = in_tag(key), TAGS[key]
        path, heading = f"/tag/{key}/", f"Thẻ: {esc(name)}"
        crumbs = [("Trang chủ", f"{base}/"), ("Tin tức", f"{base}/category/tin-tuc/"), (esc(name), None)]
        title = esc(name)
        body_class = f"archive tag tag-{key}"
    else:
        stories, u = by_user(key), USERS[key]
        path, heading = f"/author/{key}/", f"Tác giả: {esc(u.display)}"
        crumbs = [("Trang chủ", f"{base}/"), (esc(u.display), None)]
        title = esc(u.display)
        body_class = f"archive author author-{key} author-{u.uid}"
    if not stories:
        return None
    pages = _pages(len(stories))
    if page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(_card(base, s) for s in chunk)
    main = (
        '<div class="page-content"><div class="blog-content blog-grid archive_switch"><div class="row">\n'
        f"{cards}\n</div></div>\n{_pagination(base, path, page, pages)}</div>"
    )
    suffix = f" &#8211; Trang {page} trên {pages}" if page > 1 else ""
    head = f'<link rel="canonical" href="{base}{path}{"" if page == 1 else f"page/{page}/"}" />\n'
    if page > 1:
        head += f'<link rel="prev" href="{base}{path}{"" if page == 2 else f"page/{page - 1}/"}" />\n'
    if page < pages:
        head += f'<link rel="next" href="{base}{path}page/{page + 1}/" />\n'
    if kind == "category":
        head += f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(CATS[key][1])} Dòng danh mục" href="{base}{path}feed/" />\n'
    return _page(
        base,
        f"Lưu trữ {title}{suffix} &#8211; {esc(SITE)}",
        body_class,
        main,
        heading=heading,
        crumbs=crumbs,
        head=head,
    )


# --- pages -----------------------------------------------------------------------------------------


def _simple_page(base: str, slug: str, inner: str, sidebar: bool = False, elementor: bool = True) -> str:
    pid, name = PAGES[slug]
    if elementor:
        inner = f'<div data-elementor-type="wp-page" data-elementor-id="{pid}" class="elementor elementor-{pid}">{inner}</div>'
    main = (
        f'<div class="page-content"><article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
        f'<div class="entry-content">{inner}</div></article></div>'
    )
    return _page(
        base,
        f"{esc(name)} &#8211; {esc(SITE)}",
        f"page-template-default page page-id-{pid}" + (f" elementor-page elementor-page-{pid}" if elementor else ""),
        main,
        heading=esc(name),
        crumbs=[("Trang chủ", f"{base}/"), (esc(name), None)],
        head=f'<link rel="canonical" href="{base}/{slug}/" />\n<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/pages/{pid}" />\n',
        sidebar=sidebar,
    )


def _el(inner: str, kind: str = "text-editor") -> str:
    return (
        f'<div class="elementor-element elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def _el_sec(*widgets: str) -> str:
    return (
        '<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">'
        '<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">'
        + "".join(widgets)
        + "</div></div></div></section>"
    )


def _gioi_thieu(base: str) -> str:
    inner = _el_sec(
        _el('<h2 class="elementor-heading-title elementor-size-default">Lịch sử hình thành</h2>', "heading"),
        _el(
            "<p>Trường THPT Tư thục Sao Mai được thành lập ngày 15/7/2016 theo quyết định của UBND thành"
            " phố Hải Phòng, là một trong những trường phổ thông tư thục đầu tiên của thành phố đào tạo"
            " theo mô hình song ngữ.</p><p>Sau 10 năm xây dựng và phát triển, nhà trường có 30 lớp với"
            " hơn 1.100 học sinh, 82 cán bộ, giáo viên, nhân viên, trong đó 45% giáo viên có trình độ thạc"
            " sĩ.</p>"
        ),
        _el(f'<img src="{base}{UP}/2024/05/toan-canh-truong-sao-mai.jpg" alt="Toàn cảnh trường" width="1170" height="600">', "image"),
        _el('<h2 class="elementor-heading-title elementor-size-default">Tầm nhìn – Sứ mệnh</h2>', "heading"),
        _el(
            "<p>Tầm nhìn: trở thành trường phổ thông chất lượng cao hàng đầu khu vực duyên hải Bắc Bộ.</p>"
            "<p>Sứ mệnh: xây dựng môi trường học tập kỷ cương, sáng tạo, hội nhập; giúp mỗi học sinh"
            " phát huy tối đa năng lực bản thân.</p>"
        ),
        _el(
            '<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number"'
            ' data-to-value="1120">1120</span></div><div class="elementor-counter-title">Học sinh</div></div>',
            "counter",
        ),
    )
    return _simple_page(base, "gioi-thieu", inner)


def _lien_he(base: str) -> str:
    inner = _el_sec(
        _el('<h2 class="elementor-heading-title">Thông tin liên hệ</h2>', "heading"),
        _el(f"<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} – Hotline: {HOTLINE}</p><p>Email: {EMAIL}</p>"),
        _el(
            '<div class="wpcf7 no-js" id="wpcf7-f3521-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f3521-p14-o1"'
            ' method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="3521" /><input type="hidden" name="_wpcf7_version" value="5.9.8" />'
            '<input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f3521-p14-o1" /></div>'
            '<p><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" placeholder="Họ và tên *" type="text" name="your-name" /></span></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" placeholder="Email *" type="email" name="your-email" /></span></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" placeholder="Nội dung" name="your-message"></textarea></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>',
            "shortcode",
        ),
        _el(
            '<div class="elementor-custom-embed"><iframe loading="lazy" src="https://maps.google.com/maps?q=THPT%20Sao%20Mai&#038;t=m&#038;z=16&#038;output=embed"></iframe></div>',
            "google_maps",
        ),
    )
    return _simple_page(base, "lien-he", inner)


def _tuyen_sinh(base: str) -> str:
    inner = _el_sec(
        _el('<h2 class="elementor-heading-title">Tuyển sinh lớp 10 năm học 2027 - 2028</h2>', "heading"),
        _el("<p>Chỉ tiêu: 360 học sinh – 9 lớp. Xét tuyển kết hợp kiểm tra năng lực.</p>"),
        _el(
            '<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">Lớp định hướng</h3></div>'
            '<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">5.500.000đ</span><span class="elementor-price-table__period">/tháng</span></div>'
            '<ul class="elementor-price-table__features-list"><li>Sĩ số tối đa 40 học sinh</li><li>Học 2 buổi/ngày, bán trú</li></ul>'
            f'<div class="elementor-price-table__footer"><a class="elementor-price-table__button" href="{base}/category/thong-bao-tuyen-sinh/">Xem thông báo</a></div></div>',
            "price-table",
        ),
        _el(
            '<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">Lớp song ngữ Anh - Việt</h3></div>'
            '<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">7.200.000đ</span><span class="elementor-price-table__period">/tháng</span></div>'
            '<ul class="elementor-price-table__features-list"><li>Giáo viên bản ngữ 8 tiết/tuần</li><li>Luyện thi IELTS từ lớp 10</li></ul></div>',
            "price-table",
        ),
        _el(f'<a class="elementor-button" href="{base}/lien-he/"><span class="elementor-button-text">Đăng ký tư vấn</span></a>', "button"),
    )
    return _simple_page(base, "tuyen-sinh", inner)


def _doi_ngu(base: str) -> str:
    cards = "".join(
        f'<div class="instructor-item"><div class="avatar_item"><img src="https://secure.gravatar.com/avatar/{_eid(u.login)}?s=270" alt="{esc(u.display)}" width="270" height="270"></div>'
        f'<div class="instructor-info"><h4 class="name"><a href="{base}/lp-profile/{u.login}/">{esc(u.display)}</a></h4>'
        f'<div class="job">{esc(u.job)}</div></div></div>'
        for u in INSTRUCTORS
    )
    inner = _el_sec(
        _el('<h2 class="elementor-heading-title">Đội ngũ giáo viên</h2>', "heading"),
        _el(f'<div class="thim-widget-list-instructors"><div class="thim-list-instructors">{cards}</div></div>', "thim-list-instructors"),
    )
    return _simple_page(base, "doi-ngu-giao-vien", inner)


def _thu_vien(base: str) -> str:
    photos = "".join(
        f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="{base}{UP}/2026/05/album-{n}.jpg">'
        f'<img width="300" height="200" src="{base}{UP}/2026/05/album-{n}-300x200.jpg" class="attachment-medium size-medium" alt="" /></a></div>'
        f'<figcaption class="wp-caption-text gallery-caption">{esc(cap)}</figcaption></figure>'
        for n, cap in enumerate(("Lễ tốt nghiệp khóa 2023 - 2026", "Thư viện nhà trường", "Phòng thí nghiệm Hóa học", "Sân bóng rổ"), start=1)
    )
    inner = _el_sec(
        _el('<h2 class="elementor-heading-title">Thư viện ảnh</h2>', "heading"),
        _el(f'<div class="elementor-image-gallery"><div id="gallery-1" class="gallery galleryid-20 gallery-columns-4 gallery-size-medium">{photos}</div></div>', "image-gallery"),
    )
    return _simple_page(base, "thu-vien-anh", inner)


def _gio_hang(base: str) -> str:
    inner = (
        '<div class="woocommerce"><div class="wc-empty-cart-message"><div class="cart-empty woocommerce-info">Giỏ hàng của bạn đang trống.</div></div>'
        f'<p class="return-to-shop"><a class="button wc-backward" href="{base}/khoa-hoc/">Quay trở lại khóa học</a></p></div>'
    )
    return _simple_page(base, "gio-hang", inner, elementor=False)


def _thanh_toan(base: str) -> str:
    inner = (
        '<div id="learn-press-checkout" class="lp-content-wrap"><h2>Thanh toán</h2>'
        '<div class="learn-press-message error">Giỏ hàng của bạn đang trống.</div>'
        f'<p><a href="{base}/khoa-hoc/">Xem các khóa học</a></p></div>'
    )
    return _simple_page(base, "thanh-toan", inner, elementor=False)


def _tai_khoan(base: str, action: str) -> str:
    if action == "lostpassword":
        form = (
            '<h3 class="title">Quên mật khẩu</h3><form name="lostpasswordform" action="" method="post">'
            '<p class="description">Vui lòng nhập tên đăng nhập hoặc email. Bạn sẽ nhận được liên kết để tạo mật khẩu mới.</p>'
            '<p><input placeholder="Tên đăng nhập hoặc email" type="text" name="user_login" class="input required" /></p>'
            '<p class="submit"><input type="submit" class="button button-primary" value="Lấy mật khẩu mới" /></p></form>'
        )
    elif action == "register":
        form = (
            '<h3 class="title">Đăng ký tài khoản</h3><form name="registerformpopup" action="" method="post">'
            '<p><input placeholder="Tên đăng nhập" type="text" name="user_login" class="input required" /></p>'
            '<p><input placeholder="Email" type="email" name="user_email" class="input required" /></p>'
            '<p><input placeholder="Mật khẩu" type="password" name="password" class="input required" /></p>'
            '<p class="submit"><input type="submit" class="button button-primary" value="Đăng ký" /></p></form>'
        )
    else:
        form = (
            '<h3 class="title">Đăng nhập tài khoản</h3><form name="loginpopopform" action="" method="post">'
            '<p class="login-username"><input type="text" name="log" placeholder="Tên đăng nhập hoặc email" class="input required" /></p>'
            '<p class="login-password"><input type="password" name="pwd" placeholder="Mật khẩu" class="input required" /></p>'
            f'<a class="lost-pass-link" href="{base}/tai-khoan/?action=lostpassword">Quên mật khẩu?</a>'
            '<p class="login-submit"><input type="submit" class="button button-primary" value="Đăng nhập" /></p></form>'
            f'<p class="link-bottom">Chưa có tài khoản? <a class="register" href="{base}/tai-khoan/?action=register">Đăng ký</a></p>'
        )
    inner = f'<div class="thim-login-form"><div class="thim-login">{form}</div></div>'
    return _simple_page(base, "tai-khoan", inner, elementor=False)


# --- LearnPress and events -----------------------------------------------------------------------


def _course_filter_links(base: str, params: list[tuple[str, str]]) -> str:
    """Eduma's course filter: every link keeps the current query and appends its own value."""

    def link(extra: list[tuple[str, str]]) -> str:
        return f"{base}/khoa-hoc/?" + urlencode(params + extra).replace("&", "&#038;")

    cats = "".join(
        f'<li><a href="{link([("c_cat[]", slug)])}"><span class="filter-name">{esc(name)}</span></a></li>'
        for slug, name in COURSE_CATS.items()
    )
    prices = "".join(
        f'<li><a href="{link([("c_price", v)])}">{label}</a></li>' for v, label in (("free", "Miễn phí"), ("paid", "Trả phí"))
    )
    return (
        '<aside class="widget widget_course-filter"><div class="thim-widget-course-filter"><h4 class="widget-title">Lọc khóa học</h4>'
        f'<div class="filter-categories"><h5>Danh mục</h5><ul>{cats}</ul></div>'
        f'<div class="filter-price"><h5>Giá</h5><ul>{prices}</ul></div></div></aside>'
    )


def _course_card(base: str, c: Course) -> str:
    t = USERS[c.teacher]
    return (
        f'<div id="post-{c.id}" class="course-grid-3 lpr_course post-{c.id} lp_course type-lp_course status-publish course">'
        '<div class="course-item"><div class="course-thumbnail">'
        f'<a class="thumb" href="{base}/khoa-hoc/{c.slug}/"><img src="{base}{UP}/2026/08/khoa-hoc-{c.id}-400x300.jpg" alt="{esc(c.title)}" width="400" height="300"></a>'
        f'<a class="course-readmore" href="{base}/khoa-hoc/{c.slug}/">Xem thêm</a></div>'
        '<div class="thim-course-content"><div class="course-author">'
        f'<img alt="" src="https://secure.gravatar.com/avatar/{_eid(t.login)}?s=40" class="avatar" width="40" height="40" />'
        f'<div class="author-contain"><div class="value"><a href="{base}/lp-profile/{t.login}/">{esc(t.display)}</a></div></div></div>'
        f'<h2 class="course-title"><a href="{base}/khoa-hoc/{c.slug}/" rel="bookmark">{esc(c.title)}</a></h2>'
        '<div class="course-meta">'
        f'<div class="course-students"><label>Học viên</label><div class="value"><i class="fa fa-group"></i> {c.students}</div></div>'
        f'{_stars(c.rating)}'
        f'<div class="course-price"><div class="value{" free-course" if c.price == "Miễn phí" else ""}">{c.price}</div></div></div></div></div></div>'
    )


def _course_archive(base: str, request: Request, cat: str | None) -> str:
    params = [(k, v) for k, v in parse_qsl(request.query, keep_blank_values=True)]
    courses = [c for c in COURSES if cat is None or c.cat == cat]
    sorts = "".join(
        f'<li><a href="{base}/khoa-hoc/?'
        + urlencode([p for p in params if p[0] not in ("orderby", "order")] + [("orderby", k), ("order", o)]).replace("&", "&#038;")
        + f'">{label}</a></li>'
        for k, o, label in (
            ("post_date", "desc", "Mới nhất"),
            ("post_date", "asc", "Cũ nhất"),
            ("post_title", "asc", "Tên A-Z"),
            ("price", "asc", "Giá thấp đến cao"),
            ("popular", "desc", "Phổ biến"),
        )
    )
    found = f"Hiển thị 1–{len(courses)} trong {len(courses)} kết quả"
    main = (
        '<div class="page-content"><div id="lp-archive-courses" class="lp-content-area">'
        '<div class="thim-course-top switch-layout-container"><div class="thim-course-switch-layout switch-layout">'
        '<a href="#" class="list switchToGrid switch-active"><i class="fa fa-th-large"></i></a><a href="#" class="grid switchToList"><i class="fa fa-list-ul"></i></a></div>'
        f'<div class="course-index"><span>{found}</span></div>'
        f'<div class="courses-searching"><form method="get" action="{base}/khoa-hoc/"><input type="text" value="" name="c_search" placeholder="Tìm kiếm khóa học..." class="form-control course-search-filter" autocomplete="off" />'
        '<input type="hidden" value="course" name="ref" /><button type="submit"><i class="fa fa-search"></i></button></form></div>'
        f'<div class="thim-course-order"><span>Sắp xếp:</span><ul class="course-orderby">{sorts}</ul></div></div>'
        '<div id="thim-course-archive" class="thim-course-grid" data-cookie="grid-layout">'
        + "".join(_course_card(base, c) for c in courses)
        + "</div></div></div>"
    )
    if cat:
        name = COURSE_CATS[cat]
        crumbs = [("Trang chủ", f"{base}/"), ("Khóa học", f"{base}/khoa-hoc/"), (esc(name), None)]
        title, heading, cls = esc(name), esc(name), f"tax-course_category term-{cat}"
    else:
        crumbs = [("Trang chủ", f"{base}/"), ("Khóa học", None)]
        title, heading, cls = "Khóa học", "Khóa học", "post-type-archive post-type-archive-lp_course"
    page = _page(
        base,
        f"{title} &#8211; {esc(SITE)}",
        f"archive {cls} learnpress learnpress-page",
        main,
        heading=heading,
        crumbs=crumbs,
        sidebar=True,
    )
    return page.replace('<aside id="courses-3"', _course_filter_links(base, params) + '\n<aside id="courses-3"', 1)


def _course(base: str, c: Course) -> str:
    t = USERS[c.teacher]
    sections = "".join(
        f'<li class="section"><div class="section-header"><h5 class="section-title">{esc(title)}</h5></div>'
        '<ul class="section-content">'
        + "".join(
            f'<li class="course-item course-item-lp_lesson item-locked"><span class="course-format-icon"><i class="fa fa-file-o"></i></span>'
            f'<div class="meta-rank"><div class="rank">{i}</div></div><span class="item-name">{esc(lesson)}</span>'
            '<div class="course-item-meta"><span class="duration">45 phút</span><i class="fa item-meta course-item-status trans"></i></div></li>'
            for i, lesson in enumerate(lessons, start=1)
        )
        + "</ul></li>"
        for title, lessons in c.curriculum
    )
    desc = "".join(f"<p>{esc(p)}</p>" for p in c.desc)
    price = f'<span class="origin-price">{c.old_price}</span>' if c.old_price else ""
    main = f"""<div class="page-content"><div id="lp-single-course" class="lp-single-course">
<div id="learn-press-course" class="course-summary learn-press">
<h1 class="entry-title" itemprop="name">{esc(c.title)}</h1>
<div class="course-meta">
<div class="course-author"><img alt="" src="https://secure.gravatar.com/avatar/{_eid(t.login)}?s=40" class="avatar" width="40" height="40" /><div class="author-contain"><label itemprop="jobTitle">Giáo viên</label><div class="value" itemprop="name"><a href="{base}/lp-profile/{t.login}/">{esc(t.display)}</a></div></div></div>
<div class="course-categories"><label>Danh mục</label><div class="value"><span class="cat-links"><a href="{base}/danh-muc-khoa-hoc/{c.cat}/" rel="tag">{esc(COURSE_CATS[c.cat])}</a></span></div></div>
<div class="course-review"><label>Đánh giá</label><div class="value">{_stars(c.rating)}<span>({c.students // 4} đánh giá)</span></div></div>
</div>
<div class="course-payment"><div class="course-price"><div class="value">{price} {c.price}</div></div>
<div class="lp-course-buttons"><form name="purchase-course" class="purchase-course" method="post" enctype="multipart/form-data">
<input type="hidden" name="purchase-course" value="{c.id}"/><button class="lp-button button button-purchase-course thim-enroll-course-button">Đăng ký ngay</button></form>
<a class="lp-button button add-to-cart" href="{base}/gio-hang/?add-to-cart={c.id}">Thêm vào giỏ hàng</a></div></div>
<div class="course-thumbnail"><img src="{base}{UP}/2026/08/khoa-hoc-{c.id}.jpg" alt="{esc(c.title)}" width="870" height="500"></div>
<div id="learn-press-course-tabs" class="course-tabs"><ul class="nav nav-tabs">
<li role="presentation" class="course-nav-tab-overview active"><a href="#tab-overview" data-toggle="tab"><span>Tổng quan</span></a></li>
<li role="presentation" class="course-nav-tab-curriculum"><a href="#tab-curriculum" data-toggle="tab"><span>Chương trình học</span></a></li>
<li role="presentation" class="course-nav-tab-instructor"><a href="#tab-instructor" data-toggle="tab"><span>Giáo viên</span></a></li>
<li role="presentation" class="course-nav-tab-reviews"><a href="#tab-reviews" data-toggle="tab"><span>Đánh giá</span></a></li></ul>
<div class="tab-content">
<div class="tab-pane course-tab-panel-overview active" id="tab-overview"><div class="course-description" id="learn-press-course-description"><div class="thim-course-content">{desc}</div>
<div class="thim-course-info"><h3 class="title">Tính năng khóa học</h3><ul>
<li class="lectures-feature"><i class="fa fa-files-o"></i><span class="label">Bài giảng</span><span class="value">{c.lessons}</span></li>
<li class="duration-feature"><i class="fa fa-clock-o"></i><span class="label">Thời lượng</span><span class="value">12 tuần</span></li>
<li class="students-feature"><i class="fa fa-users"></i><span class="label">Học viên</span><span class="value">{c.students}</span></li></ul></div></div></div>
<div class="tab-pane course-tab-panel-curriculum" id="tab-curriculum"><div class="course-curriculum" id="learn-press-course-curriculum"><ul class="curriculum-sections">{sections}</ul></div></div>
<div class="tab-pane course-tab-panel-instructor" id="tab-instructor"><div class="thim-about-author"><div class="author-wrapper"><div class="author-bio"><div class="author-top"><a class="name" href="{base}/lp-profile/{t.login}/">{esc(t.display)}</a><p class="job">{esc(t.job)}</p></div></div><div class="author-description">{esc(t.bio)}</div></div></div></div>
<div class="tab-pane course-tab-panel-reviews" id="tab-reviews"><div class="course-rating"><h3>Đánh giá</h3><div class="average-rating">{c.rating}</div></div></div>
</div></div></div></div></div>"""
    return _page(
        base,
        f"{esc(c.title)} &#8211; {esc(SITE)}",
        f"lp_course-template-default single single-lp_course postid-{c.id} learnpress learnpress-page",
        main,
        heading="Khóa học",
        heading_tag="h2",
        crumbs=[("Trang chủ", f"{base}/"), ("Khóa học", f"{base}/khoa-hoc/"), (esc(COURSE_CATS[c.cat]), f"{base}/danh-muc-khoa-hoc/{c.cat}/"), (esc(c.title), None)],
        head=f'<link rel="canonical" href="{base}/khoa-hoc/{c.slug}/" />\n',
    )


def _profile(base: str, u: User, tab: str) -> str:
    courses = [c for c in COURSES if c.teacher == u.login]
    if tab == "courses":
        content = '<div class="learn-press-subtab-content"><div class="thim-course-grid">' + "".join(_course_card(base, c) for c in courses) + "</div></div>"
    else:
        content = f'<div class="profile-overview"><p>{esc(u.bio)}</p><ul><li>Khóa học: {len(courses)}</li></ul></div>'
    tabs = (
        f'<ul class="lp-profile-nav-tabs"><li class="overview{" active" if tab == "overview" else ""}"><a href="{base}/lp-profile/{u.login}/">Tổng quan</a></li>'
        f'<li class="courses{" active" if tab == "courses" else ""}"><a href="{base}/lp-profile/{u.login}/courses/">Khóa học</a></li></ul>'
    )
    main = (
        f'<div class="page-content"><div id="learn-press-profile" class="lp-user-profile guest"><div class="lp-profile-header">'
        f'<div class="lp-profile-avatar"><img src="https://secure.gravatar.com/avatar/{_eid(u.login)}?s=270" alt="" width="270" height="270"></div>'
        f'<div class="lp-profile-content"><h2 class="lp-profile-username">{esc(u.display)}</h2><p class="lp-profile-job">{esc(u.job)}</p></div></div>'
        f'<div id="profile-nav">{tabs}</div><div id="profile-content" class="lp-profile-content">{content}</div></div></div>'
    )
    return _page(
        base,
        f"{esc(u.display)} &#8211; {esc(SITE)}",
        "page-template-default page learnpress-profile learnpress learnpress-page",
        main,
        heading="Hồ sơ",
        crumbs=[("Trang chủ", f"{base}/"), ("Hồ sơ", None)],
        sidebar=False,
    )


def _event_archive(base: str) -> str:
    items = "".join(
        f'<div class="item-event post-{e.id} tp_event type-tp_event status-publish"><div class="time-from">'
        f'<div class="date">{e.day.day:02d}</div><div class="month">THÁNG {e.day.month}</div></div>'
        f'<div class="image"><img src="{base}{UP}/2026/10/su-kien-{e.id}-450x233.jpg" alt="" width="450" height="233"></div>'
        f'<div class="event-wrapper"><h5 class="title"><a href="{base}/su-kien/{e.slug}/">{esc(e.title)}</a></h5>'
        f'<div class="meta"><div class="time"><i class="fa fa-clock-o"></i> {e.start} - {e.end}</div>'
        f'<div class="location"><i class="fa fa-map-marker"></i> {esc(e.place)}</div></div>'
        f'<div class="description"><p>{esc(e.desc[0])}</p></div></div></div>'
        for e in EVENTS
    )
    main = (
        '<div class="page-content"><div class="list-tab-event"><ul class="nav nav-tabs"><li class="active"><a href="#tab-happening" data-toggle="tab">Đang diễn ra</a></li>'
        '<li><a href="#tab-upcoming" data-toggle="tab">Sắp diễn ra</a></li><li><a href="#tab-expired" data-toggle="tab">Đã kết thúc</a></li></ul>'
        f'<div class="tab-content thim-list-event"><div role="tabpanel" class="tab-pane fade" id="tab-upcoming">{items}</div></div></div></div>'
    )
    return _page(
        base,
        f"Sự kiện &#8211; {esc(SITE)}",
        "archive post-type-archive post-type-archive-tp_event",
        main,
        heading="Sự kiện",
        crumbs=[("Trang chủ", f"{base}/"), ("Sự kiện", None)],
    )


def _event(base: str, e: Event) -> str:
    desc = "".join(f"<p>{esc(p)}</p>" for p in e.desc)
    end = e.day.replace(hour=int(e.end.split(":")[0]), minute=int(e.end.split(":")[1]))
    main = f"""<div class="page-content"><article id="tp_event-{e.id}" class="post-{e.id} tp_event type-tp_event status-publish has-post-thumbnail hentry">
<div class="entry-header"><div class="entry-contain"><h1 class="entry-title">{esc(e.title)}</h1></div></div>
<div class="event-wrapper">
<div class="entry-countdown"><div class="tp_event_counter" data-time="{end:%Y-%m-%d %H:%M}" data-current-time="2026-11-25 08:00"></div>
<div class="tp-event-countdown"><span class="days">{(e.day - datetime(2026, 11, 25)).days}</span> ngày <span class="hours">0</span> giờ <span class="minutes">0</span> phút</div></div>
<div class="thim-event-thumbnail"><img src="{base}{UP}/2026/10/su-kien-{e.id}.jpg" alt="" width="870" height="450"></div>
<div class="entry-content"><div class="event-content">{desc}</div></div>
<div class="thim-box-event-info"><div class="box"><div class="box-content">
<div class="box-title"><i class="fa fa-calendar-o"></i>Ngày diễn ra</div><div class="box-desc">{e.day.day:02d} THÁNG {e.day.month}, {e.day.year}</div></div>
<div class="box-content"><div class="box-title"><i class="fa fa-clock-o"></i>Thời gian</div><div class="box-desc">{e.start} - {e.end}</div></div>
<div class="box-content"><div class="box-title"><i class="fa fa-map-marker"></i>Địa điểm</div><div class="box-desc">{esc(e.place)}</div></div>
<div class="event_register_area"><form name="event_register" class="event_register" method="POST"><input type="hidden" name="event_id" value="{e.id}"/>
<button type="submit" class="event_button_register">Đăng ký tham gia</button></form></div></div></div>
</div></article></div>"""
    return _page(
        base,
        f"{esc(e.title)} &#8211; {esc(SITE)}",
        f"tp_event-template-default single single-tp_event postid-{e.id}",
        main,
        heading="Sự kiện",
        heading_tag="h2",
        crumbs=[("Trang chủ", f"{base}/"), ("Sự kiện", f"{base}/su-kien/"), (esc(e.title), None)],
        head=f'<link rel="canonical" href="{base}/su-kien/{e.slug}/" />\n',
    )


def _home(base: str) -> str:
    news = "".join(
        f'<div class="item-post"><div class="article-image"><a href="{base}{article_path(s)}">'
        + (f'<img src="{base + _sized(th, "450x267")}" alt="" width="450" height="267">' if (th := _thumb(s)) else "")
        + f'</a></div><div class="content"><div class="info"><div class="author"><span>{esc(USERS[s.opts["user"]].display)}</span></div>'
        f'<div class="date">{_date_site(s.opts["at"])}</div></div>'
        f'<h4 class="title"><a href="{base}{article_path(s)}">{_title(s)}</a></h4>'
        f'<div class="description">{esc(_excerpt(s, 18)).replace("&amp;hellip;", "&hellip;")}</div></div></div>'
        for s in NEWEST[:4]
    )
    courses = "".join(_course_card(base, c) for c in COURSES)
    events = "".join(_event_box(base, e) for e in EVENTS)
    inner = (
        _el_sec(
            _el(
                '<div class="thim-slider"><div class="slide"><h2 class="slide-title">Tuyển sinh lớp 10 năm học 2027 - 2028</h2>'
                f'<p>Môi trường học tập kỷ cương – sáng tạo – hội nhập</p><a class="btn" href="{base}/tuyen-sinh/">Tìm hiểu ngay</a></div></div>',
                "thim-slider",
            )
        )
        + _el_sec(
            _el('<h3 class="sc_heading">Khóa học nổi bật</h3>', "thim-heading"),
            _el(f'<div class="thim-widget-courses"><div class="thim-course-grid">{courses}</div>'
                f'<a class="view-all-courses" href="{base}/khoa-hoc/">Xem tất cả khóa học</a></div>', "thim-courses"),
        )
        + _el_sec(
            _el('<h3 class="sc_heading">Tin tức &amp; Sự kiện</h3>', "thim-heading"),
            _el(f'<div class="thim-widget-list-post template-home-new"><div class="thim-list-posts home-new">{news}</div>'
                f'<a class="link-all" href="{base}/category/tin-tuc/">Xem tất cả</a></div>', "thim-list-post"),
            _el(f'<div class="thim-widget-list-event"><div class="thim-list-event">{events}</div></div>', "thim-list-event"),
        )
        + _el_sec(
            _el(
                '<div class="thim-testimonial-slider"><div class="item"><div class="content">“Con tôi tiến bộ rõ rệt sau một năm học tại Sao Mai.”</div>'
                '<div class="name">Chị Hoàng Thu Trang – phụ huynh lớp 11A2</div></div></div>',
                "thim-testimonials",
            ),
            _el('<div class="counter-box"><span class="number">1120</span><div class="counter-box-content">Học sinh</div></div>', "thim-counters-box"),
        )
    )
    main = f'<div data-elementor-type="wp-page" data-elementor-id="8" class="elementor elementor-8">{inner}</div>'
    page = _page(
        base,
        f"{esc(SITE)} &#8211; Kỷ cương &#8211; Sáng tạo &#8211; Hội nhập",
        "home page-template page-template-page-templates page-template-home-page page page-id-8 elementor-page elementor-page-8",
        main,
        heading=esc(SITE),
        crumbs=[("Trang chủ", None)],
        head=f'<link rel="canonical" href="{base}/" />\n',
        sidebar=False,
    )
    return page


def _search(base: str, query: str) -> str:
    q = unicodedata.normalize("NFC", query).lower()
    hits = [s for s in NEWEST if q and q in (s.title + " " + " ".join(s.paragraphs)).lower()]
    cards = "\n".join(_card(base, s) for s in hits) or '<p class="no-results">Không tìm thấy kết quả phù hợp.</p>'
    main = f'<div class="page-content"><div class="blog-content blog-grid archive_switch"><div class="row">{cards}</div></div></div>'
    return _page(
        base,
        f"Kết quả tìm kiếm cho &#8220;{esc(query)}&#8221; &#8211; {esc(SITE)}",
        "search search-results",
        main,
        heading=f"Kết quả tìm kiếm: {esc(query)}",
        crumbs=[("Trang chủ", f"{base}/"), ("Tìm kiếm", None)],
        head="<meta name='robots' content='noindex, follow' />\n",
    )


def _not_found(base: str) -> Response:
    main = (
        '<div class="page-content"><section class="error-404 not-found"><div class="page-404-content"><div class="row">'
        '<div class="col-xs-6"><h2>404 <span class="thim-color">Lỗi!</span></h2>'
        "<p>Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p>"
        f'<p>Quay về <a href="{base}/">trang chủ</a>.</p></div></div></div></section></div>'
    )
    body = _page(
        base,
        f"Không tìm thấy trang &#8211; {esc(SITE)}",
        "error404",
        main,
        heading="404 Page",
        crumbs=[("Trang chủ", f"{base}/"), ("404", None)],
        sidebar=False,
    )
    return html(body, status=404)


# --- feeds, sitemaps, REST ----------------------------------------------------------------------


def _rfc822(d: datetime) -> str:
    return format_datetime(d.replace(tzinfo=_LOCAL).astimezone(UTC), usegmt=False).replace("-0000", "+0000")


def _rss(base: str, stories: list[Story], title: str, self_path: str) -> Response:
    items = "".join(
        f"""
	<item>
		<title>{_title(s)}</title>
		<link>{base}{article_path(s)}</link>
		<comments>{base}{article_path(s)}#respond</comments>
		<dc:creator><![CDATA[{USERS[s.opts["user"]].display}]]></dc:creator>
		<pubDate>{_rfc822(s.opts["at"])}</pubDate>
		<category><![CDATA[{CATS[s.cat][1]}]]></category>
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s, 40).replace("&hellip;", " [&#8230;]")}]]></description>
		<content:encoded><![CDATA[{content_html(base, s)}]]></content:encoded>
		<wfw:commentRss>{base}{article_path(s)}feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>"""
        for s in stories
    )
    last = _rfc822(max(_modified(s) for s in stories)) if stories else _rfc822(datetime(2026, 11, 23))
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{title}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}/</link>
	<description>Kỷ cương &#8211; Sáng tạo &#8211; Hội nhập</description>
	<lastBuildDate>{last}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comments_rss(base: str, s: Story | None) -> Response:
    stories = [s] if s else NEWEST
    items = "".join(
        f"""
	<item>
		<title>Bình luận về {_title(st)} bởi {esc(c[2])}</title>
		<link>{base}{article_path(st)}#comment-{c[0]}</link>
		<dc:creator><![CDATA[{c[2]}]]></dc:creator>
		<pubDate>{_rfc822(c[3])}</pubDate>
		<guid isPermaLink="false">{base}/?p={st.id}#comment-{c[0]}</guid>
		<description><![CDATA[{c[4]}]]></description>
	</item>"""
        for st in stories
        for c in st.opts.get("comments", [])
    )
    title = f"Bình luận về: {_title(s)}" if s else f"Bình luận về {esc(SITE)}"
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"\t<title>{title}</title>\n\t<link>{base}/</link>\n\t<description>Kỷ cương &#8211; Sáng tạo &#8211; Hội nhập</description>\n"
        f"\t<language>vi</language>{items}\n</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _xml(body: str) -> Response:
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


_SITEMAP_STYLE = '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap.xsl" ?>\n'


def _urlset(base: str, rows: list[tuple[str, str | None]]) -> Response:
    urls = "".join(
        f"<url><loc>{base}{path}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>" for path, mod in rows
    )
    return _xml(_SITEMAP_STYLE.format(base=base) + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')


SITEMAPS = ("posts-post-1", "posts-page-1", "posts-lp_course-1", "posts-tp_event-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1")


def _sitemap(base: str, which: str) -> Response | None:
    if which == "index":
        maps = "".join(f"<sitemap><loc>{base}/wp-sitemap-{m}.xml</loc></sitemap>" for m in SITEMAPS)
        return _xml(_SITEMAP_STYLE.format(base=base) + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>\n')
    if which == "posts-post-1":
        rows = [
            (article_path(s), _modified(s).replace(tzinfo=_LOCAL).strftime("%Y-%m-%dT%H:%M:%S+07:00")) for s in NEWEST
        ]
        return _urlset(base, rows)
    if which == "posts-page-1":
        return _urlset(base, [("/", None)] + [(f"/{p}/", "2026-05-12T09:00:00+07:00") for p in PAGES if p not in ("gio-hang", "thanh-toan", "tai-khoan")])
    if which == "posts-lp_course-1":
        return _urlset(base, [(f"/khoa-hoc/{c.slug}/", "2026-08-20T10:00:00+07:00") for c in COURSES])
    if which == "posts-tp_event-1":
        return _urlset(base, [(f"/su-kien/{e.slug}/", "2026-10-15T10:00:00+07:00") for e in EVENTS])
    if which == "taxonomies-category-1":
        return _urlset(base, [(f"/category/{c}/", None) for c in CATS])
    if which == "taxonomies-post_tag-1":
        return _urlset(base, [(f"/tag/{t}/", None) for t in TAGS if in_tag(t)])
    if which == "users-1":
        return _urlset(base, [(f"/author/{u}/", None) for u in USERS if by_user(u)])
    return None


def _json(payload: object, status: int = 200) -> Response:
    return Response(
        status,
        json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/"),
        {"Content-Type": "application/json; charset=UTF-8", "X-Robots-Tag": "noindex", "Link": '<http://api.w.org/>; rel="https://api.w.org/"'},
    )


def _rest(base: str, path: str, request: Request) -> Response:
    if path in ("/wp-json/", "/wp-json"):
        return _json({"name": SITE, "description": "Kỷ cương – Sáng tạo – Hội nhập", "url": base, "home": base,
                      "namespaces": ["oembed/1.0", "wp/v2", "learnpress/v1", "contact-form-7/v1"], "routes": {}})
    if m := re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)/?", path):
        s = _BY_ID.get(int(m.group(1)))
        if s:
            at = s.opts["at"]
            return _json({
                "id": s.id,
                "date": f"{at:%Y-%m-%dT%H:%M:%S}",
                "date_gmt": _utc(s)[:19],
                "modified": f"{_modified(s):%Y-%m-%dT%H:%M:%S}",
                "slug": s.slug,
                "status": "publish",
                "type": "post",
                "link": base + article_path(s),
                "title": {"rendered": _title(s)},
                "content": {"rendered": content_html(base, s), "protected": False},
                "excerpt": {"rendered": f"<p>{_excerpt(s, 40)}</p>\n", "protected": False},
                "author": USERS[s.opts["user"]].uid,
                "format": s.opts.get("format", "standard"),
                "categories": [CATS[s.cat][0]],
            })
    if m := re.fullmatch(r"/wp-json/wp/v2/pages/(\d+)/?", path):
        for slug, (pid, name) in PAGES.items():
            if pid == int(m.group(1)):
                return _json({"id": pid, "slug": slug, "link": f"{base}/{slug}/", "title": {"rendered": name},
                              "content": {"rendered": "", "protected": False}})
    if path.rstrip("/") == "/wp-json/oembed/1.0/embed":
        url = request.params.get("url", "")
        slug = url.rstrip("/").rsplit("/", 1)[-1]
        s = _BY_SLUG.get(slug)
        if s:
            payload = {
                "version": "1.0", "provider_name": SITE, "provider_url": base, "author_name": USERS[s.opts["user"]].display,
                "author_url": f"{base}/author/{s.opts['user']}/", "title": s.title, "type": "rich", "width": 600, "height": 338,
                "html": f'<blockquote class="wp-embedded-content"><a href="{base}{article_path(s)}">{s.title}</a></blockquote>'
                f'<iframe sandbox="allow-scripts" security="restricted" src="{base}{article_path(s)}embed/#?secret=x1y2z3" width="600" height="338"'
                ' frameborder="0" class="wp-embedded-content"></iframe>',
            }
            if request.params.get("format") == "xml":
                body = "<?xml version=\"1.0\"?>\n<oembed>" + "".join(
                    f"<{k}>{esc(str(v))}</{k}>" for k, v in payload.items()
                ) + "</oembed>\n"
                return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})
            return _json(payload)
    return _json({"code": "rest_no_route", "message": "Không tìm thấy route phù hợp với URL và request method.", "data": {"status": 404}}, 404)


def _embed(base: str, s: Story) -> str:
    th = _thumb(s)
    img = f'<div class="wp-embed-featured-image rectangular"><a href="{base}{article_path(s)}" target="_top"><img src="{base + th}" alt="" width="600" height="338"></a></div>' if th else ""
    return f"""<!DOCTYPE html>
<html lang="vi" class="no-js"><head><title>{_title(s)} &#8211; {esc(SITE)}</title><meta name='robots' content='noindex, follow' />
<link rel="canonical" href="{base}{article_path(s)}" /></head>
<body class="post-template-default single single-post postid-{s.id} single-format-standard"><div class="wp-embed post-{s.id} post type-post">
{img}<p class="wp-embed-heading"><a href="{base}{article_path(s)}" target="_top">{_title(s)}</a></p>
<div class="wp-embed-excerpt"><p>{esc(_excerpt(s, 30)).replace("&amp;hellip;", "&hellip;")}</p></div>
<div class="wp-embed-footer"><div class="wp-embed-site-title"><a href="{base}/" target="_top"><span>{esc(SITE)}</span></a></div></div></div></body></html>"""


_ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"

_RSD = """<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">
<service><engineName>WordPress</engineName><engineLink>https://wordpress.org/</engineLink><homePageLink>{base}</homePageLink>
<apis><api name="WordPress" blogID="1" preferred="true" apiLink="{base}/xmlrpc.php" /><api name="WP-API" blogID="1" preferred="false" apiLink="{base}/wp-json/" /></apis>
</service></rsd>
"""

_PAGE_RE = re.compile(r"^/(category|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_FEED_CAT = re.compile(r"^/category/([a-z0-9-]+)/feed/$")
_POST_RE = re.compile(r"^/([a-z0-9-]+)/(feed/|embed/)?$")


class EdumaSite:
    """WordPress's front controller for this install: rewrite rules as a table of regexes."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                known = {s.opts.get("pdf") for s in STORIES}
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else _not_found(base)
            return static_file(path) or _not_found(base)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/xmlrpc.php":
            if "rsd" in params:
                return Response(200, _RSD.format(base=base), {"Content-Type": "text/xml; charset=UTF-8"})
            return Response(405, "XML-RPC server accepts POST requests only.", {"Content-Type": "text/plain; charset=UTF-8"})
        if path.startswith("/wp-json"):
            return _rest(base, path, request)
        if m := re.fullmatch(r"/wp-sitemap(?:-([a-z_]+-(?:[a-z_]+-)?\d+))?\.xml", path):
            return _sitemap(base, m.group(1) or "index") or _not_found(base)
        if path == "/" and "p" in params:
            s = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(base + article_path(s), 301) if s else _not_found(base)
        if path == "/" and "s" in params:
            return html(_search(base, params["s"]))
        if path == "/":
            return html(_home(base), headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return redirect(base + path + "/" + (f"?{request.query}" if request.query else ""), 301)
        return self._route(request, base, path, params)

    def _route(self, request: Request, base: str, path: str, params: dict[str, str]) -> Response | None:
        if path == "/feed/":
            return _rss(base, NEWEST[:FEED_SIZE], esc(SITE), "/feed/")
        if path == "/comments/feed/":
            return _comments_rss(base, None)
        if m := _FEED_CAT.match(path):
            if m.group(1) in CATS:
                return _rss(base, in_cat(m.group(1))[:FEED_SIZE], f"{esc(CATS[m.group(1)][1])} &#8211; {esc(SITE)}", path)
            return _not_found(base)
        if m := _PAGE_RE.match(path):
            kind = {"category": "category", "tag": "tag", "author": "author"}[m.group(1)]
            key, page = m.group(2), int(m.group(3) or 1)
            valid = key in (CATS if kind == "category" else TAGS if kind == "tag" else USERS)
            if not valid:
                return _not_found(base)
            if m.group(3) and page == 1:
                return redirect(f"{base}/{m.group(1)}/{key}/", 301)
            out = _listing(base, kind, key, page)
            return html(out) if out else _not_found(base)
        if path == "/khoa-hoc/":
            return html(_course_archive(base, request, None))
        if m := re.fullmatch(r"/danh-muc-khoa-hoc/([a-z0-9-]+)/", path):
            return html(_course_archive(base, request, m.group(1))) if m.group(1) in COURSE_CATS else _not_found(base)
        if m := re.fullmatch(r"/khoa-hoc/([a-z0-9-]+)/", path):
            c = _COURSE_BY_SLUG.get(m.group(1))
            return html(_course(base, c)) if c else _not_found(base)
        if m := re.fullmatch(r"/lp-profile/([a-z0-9-]+)/(courses/)?", path):
            u = USERS.get(m.group(1))
            if u and u.instructor:
                return html(_profile(base, u, "courses" if m.group(2) else "overview"))
            return _not_found(base)
        if path == "/su-kien/":
            return html(_event_archive(base))
        if m := re.fullmatch(r"/su-kien/([a-z0-9-]+)/", path):
            e = _EVENT_BY_SLUG.get(m.group(1))
            return html(_event(base, e)) if e else _not_found(base)
        if path == "/gio-hang/" and "add-to-cart" in params:
            return Response(302, b"", {"Location": f"{base}/gio-hang/",
                                       "Set-Cookie": f"wp_woocommerce_session_{_eid('wc')}={_eid('cart', params['add-to-cart'])}; path=/; HttpOnly"})
        if m := _POST_RE.match(path):
            slug = m.group(1)
            if slug in PAGES and not m.group(2):
                return html(self._wp_page(base, slug, params))
            s = _BY_SLUG.get(slug)
            if s is None:
                return _not_found(base)
            if m.group(2) == "feed/":
                return _comments_rss(base, s)
            if m.group(2) == "embed/":
                return html(_embed(base, s), headers={"X-Robots-Tag": "noindex"})
            share = params.get("share")
            if share in ("facebook", "x"):
                target = base + article_path(s)
                out = (
                    f"https://www.facebook.com/sharer.php?u={quote(target, safe='')}&t={quote(s.title)}"
                    if share == "facebook"
                    else f"https://x.com/intent/tweet?text={quote(s.title)}&url={quote(target, safe='')}"
                )
                return redirect(out, 302)
            reply = params.get("replytocom", "")
            return html(_article(base, s, int(reply) if reply.isdigit() else None))
        return _not_found(base)

    @staticmethod
    def _wp_page(base: str, slug: str, params: dict[str, str]) -> str:
        if slug == "gioi-thieu":
            return _gioi_thieu(base)
        if slug == "lien-he":
            return _lien_he(base)
        if slug == "tuyen-sinh":
            return _tuyen_sinh(base)
        if slug == "doi-ngu-giao-vien":
            return _doi_ngu(base)
        if slug == "thu-vien-anh":
            return _thu_vien(base)
        if slug == "gio-hang":
            return _gio_hang(base)
        if slug == "thanh-toan":
            return _thanh_toan(base)
        return _tai_khoan(base, params.get("action", ""))


def build_site() -> EdumaSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return EdumaSite()
