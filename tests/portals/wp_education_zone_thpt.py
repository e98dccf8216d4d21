"""WordPress 6, "Education Zone" (Rara Theme) + child theme: Trường THPT Chu Văn An, Thái Nguyên.

Platform: WordPress 6.6 with the free "Education Zone" theme by Rara Theme and a child theme
("education-zone-cva") that adds the lunar date, the category banner and a related-posts box;
plugins: Yoast SEO (head meta, JSON-LD, breadcrumbs, primary category), FooGallery (lazy
gallery), "VN Date" (Vietnamese weekday + lunar date in post meta), Easy Table of Contents,
AddToAny share buttons, WP Rocket (lazy images with ``<noscript>`` twins).

URL scheme
- ``/`` static front page (Education Zone front-page template: banner, welcome, courses,
  latest news (3 posts), testimonials, gallery strip);
- ``/<yyyy>/<mm>/<slug>/`` posts; ``/<yyyy>/<mm>/<slug>/2/`` page 2 of a post split with
  ``<!--nextpage-->``; ``/<yyyy>/<mm>/<slug>/<attachment>/`` attachment pages;
  ``/<yyyy>/<mm>/<slug>/?replytocom=<id>`` the comment-reply twin of a post;
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<N>/`` category lists (4 posts a page,
  ``page/1/`` 301 to the bare list); ``/tag/<slug>/``; ``/author/<login>/`` (+ ``page/<N>/``);
- ``/<page-slug>/`` pages (giới thiệu, đội ngũ, liên hệ, thư viện ảnh, văn bản);
- ``/?p=<id>`` the Yoast shortlink, 301 to the permalink; ``/?s=`` search; ``/feed/`` RSS;
  any path missing its trailing slash 301s to the slashed one (WordPress redirect_canonical).

Templates: front page; archive (category/tag/author: ``article.post`` cards with thumbnail link,
title link and "Đọc tiếp" link to ``#more-<id>``, WP pagination ``nav.pagination``); single post
(category banner ``h1.page-title``, Yoast breadcrumb, featured image, ``h1.entry-title``,
``div.entry-meta`` from the VN Date plugin, ``div.entry-content``, entry footer with cat/tag links,
post navigation, comments); page; attachment.

How each gold article is reached: every post is on its primary category list; the two oldest of
"Tin tức - Sự kiện" and "Hoạt động chuyên môn" only on page 2 of those lists (and on the author
archive's later pages); the front page shows the 3 newest, the sidebar the 5 newest.

Traps
1. Hidden update time: a modified post prints ``<time class="entry-date published">`` and right
   after it ``<time class="updated">`` (hidden by CSS) with a later day; Yoast adds
   ``article:modified_time``. Gold: the published time.
2. Yoast prints ``article:published_time`` and the JSON-LD ``datePublished`` in UTC
   (``+00:00``); the study-plan post (06:30 local) is on the previous day in UTC. Gold: the
   local time with ``+07:00`` ("2026-11-03T06:30:00+07:00").
3. VN Date plugin: the meta line prints "Thứ Ba, 03/11/2026", then the time in WordPress's
   Vietnamese 12-hour form "lúc 2:30 chiều" (chiều = p.m., so 14:30; "8:05 chiều" = 20:05), then
   the lunar date "(Âm lịch: 25/9 Bính Ngọ)". Gold: the solar day and the 24-hour time; a post
   scheduled at "12:00 sáng" is midnight: the day alone. Lists print WordPress's own
   "Tháng Mười Một 3, 2026" (month name first); comments print later days.
4. Classic-editor ``[caption]`` shortcode: the caption is a ``<p class="wp-caption-text">``
   inside ``div.entry-content``, looking like a text paragraph. Gold: a caption, not body; the
   line "Ảnh: Minh Đức" alone credits a photographer (caption None).
5. FooGallery lazy gallery: each ``<img>`` has a ``data:image/svg+xml`` placeholder as ``src``, the
   photo in ``data-src-fg`` (the 300x200 thumbnail) and its full size as the ``<a href>``; the
   caption is a ``div.fg-caption-title``. Gold: the thumbnail in ``data-src-fg``, in order, with
   its caption.
6. WP Rocket lazy images: placeholder ``src``, photo in ``data-lazy-src``, plus a ``<noscript>``
   twin with the real ``src``; the caption is the centred italic line after the image in
   parentheses. Gold: each photo once, caption without the parentheses, not body.
7. Easy Table of Contents box ("Nội dung bài viết" + a list of the headings) inserted before the
   first heading of the plan. Gold: not body; the headings are body once, where they stand.
8. A post split with ``<!--nextpage-->``: "Trang: 1 2" links to ``/<slug>/2/``, which carries
   the same header with the rest of the text. Gold: body = both pages' text; ``/2/`` in
   ``alt_paths``.
9. Text pasted from Facebook: paragraphs are nested ``<div dir="auto">`` inside
   ``div.x11i5rnm…`` class soup, no ``<p>`` at all; emoji typed as characters stay.
10. Yoast primary category: two posts are filed under two categories; ``.cat-links`` lists both
    (alphabetical) and ``<body class>`` names the first, the breadcrumb names the primary one.
    Gold: the breadcrumb's category. They appear on both lists (same URL).
11. Two ``<h1>``: the child theme's banner prints the category name as ``h1.page-title`` above the
    post; Yoast's ``og:title``/``<title>`` is a rewritten SEO title in sentence case while the
    headline may be in capitals. Gold: ``h1.entry-title`` as printed.
12. Featured image: the single page prints the post thumbnail (a 750x450 crop of the first photo
    of the text, or the theme's default notice picture) above the headline. Gold: not an article
    image (only the photos in the text count).
13. Boxes appended by ``the_content`` filters land inside ``div.entry-content``: AddToAny's
    "Chia sẻ bài viết:" header and the child theme's "Bài viết cùng chuyên mục" list with days.
    Gold: not body. Comments under the post (``div.comment-content > p``) are not body either;
    their "Trả lời" links (``?replytocom=``) serve the post again (``alt_paths``).
14. Attachment pages: the ``[caption]`` photo links to ``/<post>/img_2041/``, which looks like a
    post (entry-title "IMG_2041", a date, entry-content). Not an article (in NON_ARTICLES).
15. Bylines: the meta line names the WordPress account ("quantri", "doantruong": nobody); the
    real signature is a right-aligned line at the end of the text ("Tin, ảnh: …", "Bài: … - Ảnh:
    …", a unit alone, "ThS. … - Phó Hiệu trưởng"). A closing "Theo Báo Thái Nguyên" is the source.
16. Excerpts on lists and the front page repeat the first sentence of each post, cut with
    "[…]"; the front page's testimonials look like quoted paragraphs. Not articles.

Gold decisions on ambiguous points
- Image path: the photo as displayed (``src``, or the lazy attribute that replaces it), not the
  full-size file its link points to.
- The list item "Tải về: lich-thi-hki.pdf" (file attachment line) is not body.
- A unit signing alone ("Tổ Toán - Tin học", "BCH Đoàn trường") is the author as printed.
- The shortlink ``/?p=<id>`` (a 301) is listed in ``alt_paths``.
- The table of the exam timetable: one paragraph per row, header row included.
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from datetime import UTC, date, datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_education_zone_thpt"
PLATFORM = "WordPress 6 + Education Zone (Rara Theme) child theme, Yoast SEO, FooGallery, VN Date"
START_PATH = "/"

SITE = "Trường THPT Chu Văn An - Thái Nguyên"
UP = "/wp-content/uploads"
PER_PAGE = 4

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-thanh-nien": "Đoàn Thanh niên",
    "thong-bao": "Thông báo",
}
CAT_IDS = {"tin-tuc-su-kien": 3, "hoat-dong-chuyen-mon": 4, "doan-thanh-nien": 5, "thong-bao": 6}
TAGS = {
    "hoi-giang": "hội giảng",
    "stem": "STEM",
    "hoc-sinh-gioi": "học sinh giỏi",
    "ky-thi": "kỳ thi",
}
AUTHORS = {"quantri": "quantri", "doantruong": "doantruong"}

# --- dates -------------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]
# first days of the lunar months of Bính Ngọ (2026) from the 8th on
_LUNAR_STARTS = [(8, date(2026, 9, 11)), (9, date(2026, 10, 10)), (10, date(2026, 11, 9)),
                 (11, date(2026, 12, 9))]


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def vn_day(d: date) -> str:
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def vn_time12(t: datetime) -> str:
    """WordPress vi: time format 'g:i a' with am/pm translated 'sáng'/'chiều'."""
    hour = t.hour % 12 or 12
    return f"{hour}:{t:%M} {'sáng' if t.hour < 12 else 'chiều'}"


def wp_month_date(d: date) -> str:
    """WordPress vi default 'F j, Y'."""
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def lunar(d: date) -> str:
    month, start = max((m for m in _LUNAR_STARTS if m[1] <= d), key=lambda m: m[1])
    return f"{(d - start).days + 1}/{month} Bính Ngọ"


def utc_iso(iso: str) -> str:
    return _dt(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


TODAY = date(2026, 12, 5)
TODAY_LINE = f"{vn_day(TODAY)} (Âm lịch: {lunar(TODAY)})"

# --- the articles --------------------------------------------------------------------------------


def _fb(text: str) -> P:
    return P(text, "fb")


STORIES: list[Story] = [
    Story(
        id=4791,
        slug="chi-doan-12a1-ra-quan-tinh-nguyen-mua-dong-2026",
        title="Chi đoàn 12A1 ra quân Tình nguyện mùa đông 2026",
        cat="doan-thanh-nien",
        published_at="2026-12-04T17:20:00+07:00",
        blocks=[
            P("Chiều 03/12, Chi đoàn 12A1 phối hợp với Đoàn xã Phúc Xuân tổ chức ra quân chương "
              "trình Tình nguyện mùa đông 2026, trao quà cho học sinh có hoàn cảnh khó khăn tại "
              "xóm Khuôn Ngục."),
            Img(f"{UP}/2026/12/tnmd-12a1-1-1024x683.jpg",
                "Đoàn viên Chi đoàn 12A1 trao áo ấm cho các em học sinh",
                "Đoàn viên Chi đoàn 12A1 trao áo ấm cho các em học sinh", "figure"),
            P("Trong hai tuần, các đoàn viên đã vận động được:"),
            P("120 áo ấm và 60 bộ quần áo đã qua sử dụng còn tốt;", "li"),
            P("350 quyển vở, 200 bút bi và 40 bộ sách giáo khoa;", "li"),
            P("Số tiền 7.500.000 đồng từ phong trào “Nuôi heo đất” của chi đoàn.", "li"),
            P("Phát biểu tại buổi trao quà, đồng chí Bí thư Chi đoàn mong rằng những phần quà nhỏ "
              "sẽ giúp các em thêm ấm áp, yên tâm đến trường trong mùa đông này."),
            Img(f"{UP}/2026/12/tnmd-12a1-2-1024x683.jpg",
                "Các đoàn viên dọn vệ sinh khuôn viên nhà văn hóa xóm",
                "Các đoàn viên dọn vệ sinh khuôn viên nhà văn hóa xóm", "figure"),
            Raw('<p class="has-text-align-right"><em>Tin: Đào Thị Mai – Ảnh: CLB Truyền thông CVA</em></p>'),
        ],
        authors=["Đào Thị Mai"],
        photographers=["CLB Truyền thông CVA"],
        opts={"author": "doantruong", "form": "gutenberg", "tags": []},
    ),
    Story(
        id=4785,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="THÔNG BÁO LỊCH KIỂM TRA CUỐI HỌC KỲ I NĂM HỌC 2026-2027",
        cat="thong-bao",
        published_at="2026-12-01T15:00:00+07:00",
        blocks=[
            P("Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra "
              "cuối học kỳ I các môn kiểm tra tập trung như sau:"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút, mang theo thẻ học sinh. "
              "Các môn còn lại kiểm tra tại lớp theo lịch của tổ chuyên môn."),
            P("Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh để phối hợp thực hiện."),
            Raw('<p><strong>Tải về:</strong> <a href="/wp-content/uploads/2026/12/lich-thi-hki.pdf">'
                "lich-thi-hki.pdf</a> (152 KB)</p>"),
        ],
        opts={"author": "quantri", "form": "classic", "also": ["tin-tuc-su-kien"],
              "tags": ["ky-thi"], "seo": "Lịch kiểm tra cuối học kỳ I năm học 2026-2027",
              "featured": "default"},
    ),
    Story(
        id=4779,
        slug="hoc-sinh-chu-van-an-gianh-giai-nhat-hsg-cap-tinh-mon-ngu-van",
        title="Học sinh Chu Văn An giành giải Nhất HSG cấp tỉnh môn Ngữ văn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T20:05:00+07:00",
        blocks=[
            P("Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027, em Hoàng Ngọc Diệp, "
              "lớp 12C2, đã xuất sắc giành giải Nhất môn Ngữ văn."),
            Img(f"{UP}/2026/11/hsg-van-diep-800x533.jpg", "Ảnh: Minh Đức", None, "caption"),
            P("Kỳ thi diễn ra ngày 19 và 20/11/2026 với 1.126 thí sinh của 34 trường THPT trong "
              "tỉnh. Đội tuyển của trường đạt 14 giải, trong đó có 1 giải Nhất, 4 giải Nhì, 5 giải "
              "Ba và 4 giải Khuyến khích."),
            P("Theo cô Nguyễn Thu Trang, giáo viên bồi dưỡng, Diệp có vốn đọc rộng và luôn tự đặt "
              "ra câu hỏi cho mỗi tác phẩm, đó là nền tảng để em viết sâu và có giọng riêng."),
            P("Với kết quả này, Diệp được chọn vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027."),
            Raw('<p style="text-align: right;"><em>Theo Báo Thái Nguyên</em></p>'),
        ],
        photographers=["Minh Đức"],
        source="Báo Thái Nguyên",
        opts={"author": "quantri", "form": "classic", "tags": ["hoc-sinh-gioi"],
              "comments": [(812, "Phụ huynh lớp 12C2", "2026-11-28T07:12:00+07:00",
                            "Chúc mừng Diệp và cô Trang! Các con cố gắng ở kỳ thi quốc gia nhé."),
                           (815, "Cựu học sinh K45", "2026-11-29T21:40:00+07:00",
                            "Tự hào về trường mình quá.")]},
    ),
    Story(
        id=4766,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:15:00+07:00",
        blocks=[
            P("Sáng 20/11/2026, Trường THPT Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam (20/11/1982 - 20/11/2026).", "lead"),
            P("Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học "
              "sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng đông đảo cựu học sinh."),
            P("Ôn lại truyền thống, thầy Hiệu trưởng nhấn mạnh những nỗ lực của tập thể sư phạm "
              "trong năm học vừa qua: tỷ lệ tốt nghiệp đạt 99,6%, 52 học sinh đạt giải học sinh "
              "giỏi cấp tỉnh."),
            Img(f"{UP}/2026/11/2011-le-1-300x200.jpg", "Các tiết mục văn nghệ chào mừng",
                "Các tiết mục văn nghệ chào mừng", "gallery"),
            Img(f"{UP}/2026/11/2011-le-2-300x200.jpg", "Học sinh tặng hoa các thầy cô",
                "Học sinh tặng hoa các thầy cô", "gallery"),
            Img(f"{UP}/2026/11/2011-le-3-300x200.jpg", "Trao thưởng giáo viên dạy giỏi",
                "Trao thưởng giáo viên dạy giỏi", "gallery"),
            Img(f"{UP}/2026/11/2011-le-4-300x200.jpg", None, None, "gallery"),
            P("Nhân dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
              "cấp trường và 3 giáo viên đạt giải cấp tỉnh."),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Lê Thu Hằng</strong></p>'),
        ],
        authors=["Lê Thu Hằng"],
        photographers=["Lê Thu Hằng"],
        summary=("Sáng 20/11/2026, Trường THPT Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                 "giáo Việt Nam (20/11/1982 - 20/11/2026)."),
        opts={"author": "quantri", "form": "gutenberg", "tags": [],
              "modified": "2026-11-22T09:41:17+07:00"},
    ),
    Story(
        id=4758,
        slug="khai-mac-hoi-giang-cap-truong-nam-hoc-2026-2027",
        title="Khai mạc Hội giảng cấp trường năm học 2026-2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18T14:30:00+07:00",
        blocks=[
            P("Hưởng ứng phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam, chiều 17/11 nhà trường "
              "khai mạc Hội giảng cấp trường với 24 giáo viên của 8 tổ chuyên môn tham gia.", "lead"),
            Img(f"{UP}/2026/11/IMG_2041-1024x768.jpg",
                "Thầy Đỗ Văn Khánh, Phó Hiệu trưởng, phát biểu khai mạc hội giảng",
                "Thầy Đỗ Văn Khánh, Phó Hiệu trưởng, phát biểu khai mạc hội giảng", "caption"),
            P("Mỗi giáo viên dạy hai tiết: một tiết chọn bài và một tiết bốc thăm trước 3 ngày. Các "
              "tiết dạy chú trọng phát triển năng lực học sinh, ứng dụng công nghệ thông tin và "
              "học liệu số."),
            P("Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn; kết quả được công bố "
              "trong buổi tổng kết ngày 28/11/2026."),
            Img(f"{UP}/2026/11/IMG_2056-1024x768.jpg", "Tiết dạy môn Tin học của cô Vũ Thị Loan, lớp 11A3",
                "Tiết dạy môn Tin học của cô Vũ Thị Loan, lớp 11A3", "caption"),
            P("Hội giảng là dịp để giáo viên trao đổi kinh nghiệm, đổi mới phương pháp dạy học theo "
              "Chương trình giáo dục phổ thông 2018."),
            Raw('<p style="text-align: right;"><strong>Tổ Toán - Tin học</strong></p>'),
        ],
        authors=["Tổ Toán - Tin học"],
        summary=("Hưởng ứng phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam, chiều 17/11 nhà trường "
                 "khai mạc Hội giảng cấp trường với 24 giáo viên của 8 tổ chuyên môn tham gia."),
        opts={"author": "quantri", "form": "classic", "tags": ["hoi-giang"],
              "attachment": ("img_2041", "IMG_2041", 4759)},
    ),
    Story(
        id=4741,
        slug="hoi-thao-chuyen-de-day-hoc-stem-mon-vat-ly",
        title="Hội thảo chuyên đề dạy học STEM môn Vật lý",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12T09:00:00+07:00",
        blocks=[
            P("Ngày 11/11/2026, Tổ Vật lý - Công nghệ tổ chức hội thảo chuyên đề “Dạy học STEM qua "
              "chủ đề Năng lượng tái tạo” cho giáo viên các tổ Khoa học tự nhiên."),
            P("Tại hội thảo, nhóm giáo viên trình bày quy trình 5 bước thiết kế bài học STEM, từ "
              "xác định vấn đề thực tiễn đến thử nghiệm, đánh giá và hoàn thiện sản phẩm."),
            Img(f"{UP}/2026/11/stem-vl-1-1024x576.jpg", "Học sinh lớp 10A2 giới thiệu mô hình tua-bin gió",
                "Học sinh lớp 10A2 giới thiệu mô hình tua-bin gió", "figure"),
            P("Tiết dạy minh họa tại lớp 10A2 cho thấy học sinh hào hứng khi tự chế tạo mô hình "
              "tua-bin gió mini từ vật liệu tái chế."),
            P("Phần thảo luận tập trung vào cách đánh giá sản phẩm STEM theo tiêu chí và việc lồng "
              "ghép hoạt động trải nghiệm, hướng nghiệp."),
            Img(f"{UP}/2026/11/stem-vl-2-1024x576.jpg", "Các thầy cô trao đổi sau tiết dạy minh họa",
                "Các thầy cô trao đổi sau tiết dạy minh họa", "figure"),
            P("Kết thúc hội thảo, tổ thống nhất mỗi khối lớp thực hiện ít nhất hai chủ đề STEM trong "
              "năm học và tổ chức ngày hội STEM vào tháng 3/2027."),
            Raw('<p class="has-text-align-right"><em>Bài: Nguyễn Thị Thanh Huyền - Ảnh: Trần Quốc Bảo</em></p>'),
        ],
        authors=["Nguyễn Thị Thanh Huyền"],
        photographers=["Trần Quốc Bảo"],
        opts={"author": "quantri", "form": "gutenberg", "tags": ["stem"], "split": 3},
    ),
    Story(
        id=4720,
        slug="ke-hoach-on-tap-thi-tot-nghiep-thpt-nam-2027",
        title="Kế hoạch ôn tập thi tốt nghiệp THPT năm 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-03T06:30:00+07:00",
        blocks=[
            P("Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo, nhà trường ban hành kế hoạch ôn tập "
              "cho học sinh khối 12 chuẩn bị kỳ thi tốt nghiệp THPT năm 2027."),
            P("I. MỤC ĐÍCH, YÊU CẦU", "h2"),
            P("Củng cố kiến thức, kỹ năng theo cấu trúc đề thi mới; phấn đấu tỷ lệ tốt nghiệp đạt "
              "trên 99%."),
            P("Ôn tập sát đối tượng, phân loại học sinh theo năng lực và nguyện vọng xét tuyển."),
            P("II. THỜI GIAN VÀ HÌNH THỨC", "h2"),
            P("Giai đoạn 1: từ 09/11/2026 đến 15/01/2027, ôn tập theo chuyên đề vào các buổi chiều.",
              "li"),
            P("Giai đoạn 2: từ 15/02/2027 đến hết tháng 5/2027, luyện đề và ôn tập tổng hợp.", "li"),
            P("III. TỔ CHỨC THỰC HIỆN", "h2"),
            P("Các tổ chuyên môn xây dựng ngân hàng đề, phân công giáo viên; giáo viên chủ nhiệm "
              "phối hợp với cha mẹ học sinh theo dõi nề nếp học tập."),
            Raw('<p style="text-align: right;"><strong>ThS. Đỗ Văn Khánh - Phó Hiệu trưởng</strong></p>'),
        ],
        authors=["Đỗ Văn Khánh"],
        opts={"author": "quantri", "form": "classic", "tags": ["ky-thi"], "toc": True,
              "modified": "2026-11-05T16:02:44+07:00", "featured": "default"},
    ),
    Story(
        id=4712,
        slug="soi-noi-hoi-thi-rung-chuong-vang-khoi-10",
        title="Sôi nổi Hội thi “Rung chuông vàng” khối 10",
        cat="doan-thanh-nien",
        published_at="2026-10-30T19:30:00+07:00",
        blocks=[
            P("Nhằm chào mừng 95 năm Ngày thành lập Đoàn, Đoàn trường tổ chức Hội thi “Rung chuông "
              "vàng” dành cho 100 học sinh khối 10 vào sáng 29/10."),
            Img(f"{UP}/2026/10/rcv-k10-1.jpg", "(Toàn cảnh hội thi tại sân trường)",
                "Toàn cảnh hội thi tại sân trường", "lazy"),
            P("Bộ câu hỏi gồm 30 câu về lịch sử Đoàn, kiến thức xã hội và văn hóa địa phương Thái "
              "Nguyên. Sau 25 câu hỏi, em Lý Thị Ngân, lớp 10A5, là thí sinh cuối cùng trên sàn thi."),
            Img(f"{UP}/2026/10/rcv-k10-2.jpg", "(Em Lý Thị Ngân nhận giải Nhất)",
                "Em Lý Thị Ngân nhận giải Nhất", "lazy"),
            P("Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và giải cổ động viên cho chi đoàn "
              "10A5."),
        ],
        opts={"author": "doantruong", "form": "classic", "tags": []},
    ),
    Story(
        id=4698,
        slug="khai-mac-giai-bong-da-nam-hoc-sinh-cup-chu-van-an-2026",
        title="Khai mạc giải bóng đá nam học sinh Cúp Chu Văn An 2026",
        cat="doan-thanh-nien",
        published_at="2026-10-26T16:45:00+07:00",
        blocks=[
            _fb("⚽ Chiều 25/10, Đoàn trường khai mạc giải bóng đá nam học sinh Cúp Chu Văn An 2026 "
                "tại sân vận động của trường."),
            _fb("Giải có 16 đội bóng của các chi đoàn, thi đấu vòng bảng và loại trực tiếp trong "
                "4 tuần. Trận khai mạc giữa 11A1 và 12A4 kết thúc với tỉ số 2-2."),
            _fb("Giải đấu nhằm đẩy mạnh phong trào rèn luyện thể dục thể thao, tuyển chọn vận động "
                "viên cho Hội khỏe Phù Đổng cấp tỉnh."),
            _fb("👉 Lịch thi đấu các vòng được cập nhật trên bảng tin Đoàn trường."),
            Raw('<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">'
                '<div dir="auto" style="text-align: end;">BCH Đoàn trường</div></div>'),
        ],
        authors=["BCH Đoàn trường"],
        opts={"author": "doantruong", "form": "facebook", "also": ["tin-tuc-su-kien"], "tags": [],
              "featured": "default"},
    ),
    Story(
        id=4683,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-ngu-van",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Ngữ văn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T13:10:00+07:00",
        blocks=[
            P("Ngày 21/10/2026, tổ Ngữ văn tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học "
              "với bài dạy “Thu điếu” (Nguyễn Khuyến) tại lớp 11C1."),
            P("Tiết dạy mở đầu bằng việc học sinh đọc diễn cảm hai câu đề:"),
            P("Ao thu lạnh lẽo nước trong veo,", "br"),
            P("Một chiếc thuyền câu bé tẻo teo.", "br"),
            P("Các thầy cô dự giờ tập trung quan sát học sinh: em nào gặp khó khăn, vì sao, và giáo "
              "viên đã hỗ trợ như thế nào, thay vì đánh giá xếp loại tiết dạy."),
            Img(f"{UP}/2026/10/shcm-van-1-1024x683.jpg", "Giáo viên tổ Ngữ văn dự giờ tại lớp 11C1",
                "Giáo viên tổ Ngữ văn dự giờ tại lớp 11C1", "caption"),
            P("Buổi thảo luận đã đề xuất điều chỉnh phiếu học tập và thời lượng hoạt động nhóm cho "
              "các lớp sau."),
            Raw('<p style="text-align: right;"><strong><em>ThS. Nguyễn Thu Trang - Tổ trưởng tổ Ngữ văn'
                "</em></strong></p>"),
        ],
        authors=["Nguyễn Thu Trang"],
        opts={"author": "quantri", "form": "classic", "tags": ["hoi-giang"]},
    ),
    Story(
        id=4671,
        slug="thong-bao-ve-viec-xet-cap-hoc-bong-khuyen-hoc-nam-2026",
        title="Thông báo về việc xét cấp học bổng khuyến học năm 2026",
        cat="thong-bao",
        published_at="2026-10-20T08:00:00+07:00",
        blocks=[
            P("Theo kế hoạch của Hội Khuyến học tỉnh Thái Nguyên, nhà trường thông báo xét cấp học "
              "bổng khuyến học năm 2026 cho học sinh có thành tích học tập tốt và hoàn cảnh khó khăn."),
            P("Mỗi lớp đề xuất tối đa 02 học sinh; hồ sơ gồm đơn đề nghị, xác nhận hoàn cảnh của "
              "UBND xã, phường và bản sao học bạ năm học 2025-2026."),
            P("Giáo viên chủ nhiệm nộp hồ sơ về Văn phòng nhà trường trước ngày 31/10/2026."),
        ],
        opts={"author": "quantri", "form": "classic", "tags": [], "featured": "default"},
    ),
    Story(
        id=4655,
        slug="ngoai-khoa-tim-hieu-lich-su-tai-atk-dinh-hoa",
        title="Ngoại khóa tìm hiểu lịch sử tại ATK Định Hóa",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15T07:40:00+07:00",
        blocks=[
            P("Ngày 13/10/2026, hơn 400 học sinh khối 11 tham gia chương trình ngoại khóa về nguồn "
              "tại Khu di tích lịch sử ATK Định Hóa.", "lead"),
            P("Tại Đồi Tỉn Keo, nơi Chủ tịch Hồ Chí Minh từng sống và làm việc, các em nghe thuyết "
              "minh về những năm tháng kháng chiến và đọc những câu thơ của Bác:"),
            P("Sáng ra bờ suối, tối vào hang,", "br"),
            P("Cháo bẹ rau măng vẫn sẵn sàng.", "br"),
            Img(f"{UP}/2026/10/atk-dinh-hoa-1-1024x683.jpg", "Học sinh khối 11 dâng hương tại Đồi Tỉn Keo",
                "Học sinh khối 11 dâng hương tại Đồi Tỉn Keo", "caption"),
            P("Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm học tập môn Lịch sử dưới dạng báo ảnh "
              "hoặc video ngắn."),
            Raw('<p style="text-align: right;"><strong><em>Phạm Văn Long</em></strong></p>'),
        ],
        authors=["Phạm Văn Long"],
        summary=("Ngày 13/10/2026, hơn 400 học sinh khối 11 tham gia chương trình ngoại khóa về nguồn "
                 "tại Khu di tích lịch sử ATK Định Hóa."),
        opts={"author": "quantri", "form": "classic", "tags": []},
    ),
    Story(
        id=4640,
        slug="tap-huan-chuyen-doi-so-trong-day-hoc-cho-giao-vien",
        title="Tập huấn chuyển đổi số trong dạy học cho giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-08",
        blocks=[
            P("Trong hai ngày 06 và 07/10/2026, 78 cán bộ, giáo viên nhà trường tham gia lớp tập "
              "huấn “Ứng dụng chuyển đổi số trong dạy học và kiểm tra đánh giá”."),
            P("Báo cáo viên hướng dẫn sử dụng hệ thống quản lý học tập, xây dựng học liệu số và "
              "tổ chức kiểm tra trực tuyến trên máy tính, điện thoại."),
            Img(f"{UP}/2026/10/tap-huan-cds-1024x683.jpg", "Giáo viên thực hành tạo bài kiểm tra trực tuyến",
                "Giáo viên thực hành tạo bài kiểm tra trực tuyến", "figure"),
            P("Mỗi giáo viên cam kết xây dựng ít nhất 5 bài giảng điện tử và một ngân hàng câu hỏi "
              "trực tuyến trong học kỳ I."),
        ],
        opts={"author": "quantri", "form": "gutenberg", "tags": ["stem"],
              "dt": "2026-10-08T00:00:00+07:00"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def _when(s: Story) -> datetime:
    return _dt(s.opts.get("dt") or s.published_at)


def permalink(s: Story) -> str:
    d = _when(s)
    return f"/{d:%Y}/{d:%m}/{s.slug}/"


def _cats_of(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("also", [])]


def _sorted(stories) -> list[Story]:
    return sorted(stories, key=_when, reverse=True)


def _text_of(s: Story) -> str:
    return next(b.text for b in s.blocks if isinstance(b, P))


def _excerpt_words(s: Story) -> str:
    return " ".join(_text_of(s).split()[:30])


def _thumb(s: Story) -> str:
    imgs = s.images
    if not imgs or s.opts.get("featured") == "default":
        return f"{UP}/2024/08/thong-bao-default-380x250.jpg"
    base = re.sub(r"-\d+x\d+(?=\.jpg$)", "", imgs[0].src)
    return base.replace(".jpg", "-380x250.jpg")


def _featured(s: Story) -> str:
    imgs = s.images
    if not imgs or s.opts.get("featured") == "default":
        return f"{UP}/2024/08/thong-bao-default.jpg"
    base = re.sub(r"-\d+x\d+(?=\.jpg$)", "", imgs[0].src)
    return base.replace(".jpg", "-750x450.jpg")


# --- chrome --------------------------------------------------------------------------------------

_SVG_PH = ("data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%20"
           "{w}%20{h}%22%3E%3C/svg%3E")

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Lịch sử nhà trường"),
                                   ("/doi-ngu-giao-vien/", "Đội ngũ giáo viên")]),
    ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức", [
        ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức - Sự kiện"),
        ("/chuyen-muc/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn"),
        ("/chuyen-muc/doan-thanh-nien/", "Đoàn Thanh niên")]),
    ("/chuyen-muc/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu(current: str) -> str:
    items = []
    for i, (href, label, sub) in enumerate(MENU):
        cls = f"menu-item menu-item-type-custom menu-item-{201 + i}"
        if sub:
            cls += " menu-item-has-children"
        if href == current:
            cls += " current-menu-item"
        subs = ""
        if sub:
            subs = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item menu-item-{301 + i * 10 + j}"><a href="{h}">{esc(t)}</a></li>'
                for j, (h, t) in enumerate(sub)) + "</ul>"
        items.append(f'<li id="menu-item-{201 + i}" class="{cls}"><a href="{href}">{esc(label)}</a>{subs}</li>')
    return "".join(items)


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a> <span class="post-date">{_when(s):%d/%m/%Y}</span></li>'
        for s in _sorted(STORIES)[:5])
    notices = "".join(f'<li><a href="{permalink(s)}">{esc(s.title)}</a></li>'
                      for s in _sorted(x for x in STORIES if x.cat == "thong-bao"))
    cats = "".join(
        f'<li class="cat-item cat-item-{CAT_IDS[k]}"><a href="/chuyen-muc/{k}/">{esc(v)}</a> '
        f"({sum(1 for s in STORIES if k in _cats_of(s))})</li>" for k, v in CATS.items())
    return f"""
<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section id="text-5" class="widget widget_text cva-tb"><h2 class="widget-title">Thông báo</h2><div class="textwidget"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>{notices}</ul></marquee></div></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{cats}</ul></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Liên kết website</h2><div class="textwidget custom-html-widget">
<p><a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="{UP}/2024/08/banner-bo-gddt.png" alt="Bộ GD&amp;ĐT" width="270" height="70" /></a></p>
<p><a href="https://thainguyen.edu.vn" target="_blank" rel="noopener"><img src="{UP}/2024/08/banner-so-gddt-tn.png" alt="Sở GD&amp;ĐT Thái Nguyên" width="270" height="70" /></a></p>
<p><a href="https://www.facebook.com/thptchuvanan.tn" target="_blank" rel="noopener">Fanpage nhà trường</a></p></div></section>
<section id="wp_polls-2" class="widget widget_polls-widget"><h2 class="widget-title">Thăm dò ý kiến</h2>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/wp-admin/admin-ajax.php" method="post">
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website nhà trường?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Bình thường</label></li>
<li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> <label for="poll-answer-13">Cần cải thiện</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" /></p></form></div></section>
<section id="wpstatistics-2" class="widget widget_wpstatistics_widget"><h2 class="widget-title">Thống kê truy cập</h2>
<ul><li><label>Đang online:&nbsp;</label>12</li><li><label>Hôm nay:&nbsp;</label>356</li>
<li><label>Hôm qua:&nbsp;</label>1.021</li><li><label>Tổng truy cập:&nbsp;</label>1.284.567</li></ul></section>
</aside>"""


def _page(request: Request, *, title: str, body: str, current: str = "", body_class: str = "",
          head_extra: str = "", canonical: str = "", description: str = "", banner: str = "",
          sidebar: bool = True) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    banner_html = ""
    if banner:
        banner_html = (f'<div class="page-header" style="background-image:url({UP}/2024/08/banner-cva.jpg)">'
                       f'<div class="container"><h1 class="page-title">{banner}</h1></div></div>')
    side = _sidebar() if sidebar else ""
    doc = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<!-- This site is optimized with the Yoast SEO plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{desc}
{canon}
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(SITE)}" />
{head_extra}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="stylesheet" id="education-zone-style-css" href="/wp-content/themes/education-zone/style.css?ver=1.3.6" type="text/css" media="all" />
<link rel="stylesheet" id="education-zone-cva-css" href="/wp-content/themes/education-zone-cva/style.css?ver=6.6.2" type="text/css" media="all" />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<style>.updated:not(.published){{display:none}}</style>
</head>
<body class="{body_class} wp-custom-logo rightsidebar">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header" role="banner">
 <div class="header-top"><div class="container">
  <div class="top-links"><span class="cva-today"><i class="fa fa-calendar"></i> {TODAY_LINE}</span></div>
  <ul class="contact-info"><li><a href="tel:02083855123"><i class="fa fa-phone"></i> 0208.3855.123</a></li>
  <li><a href="mailto:c3chuvanan.thainguyen@moet.edu.vn"><i class="fa fa-envelope"></i> c3chuvanan.thainguyen@moet.edu.vn</a></li></ul>
 </div></div>
 <div class="header-bottom"><div class="container">
  <div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="{UP}/2024/08/logo-cva.png" class="custom-logo" alt="{esc(SITE)}" /></a>
   <div class="text-logo"><p class="site-title"><a href="/" rel="home">Trường THPT Chu Văn An</a></p>
   <p class="site-description">Tỉnh Thái Nguyên - Dạy tốt, học tốt</p></div></div>
  <nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle">Menu</button>
   <div class="menu-menu-chinh-container"><ul id="primary-menu" class="menu">{_menu(current)}</ul></div></nav>
 </div></div>
</header>
{banner_html}
<div id="content" class="site-content"><div class="container"><div class="row">
{body}
{side}
</div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo">
 <div class="footer-t"><div class="container"><div class="row">
  <div class="column"><section class="widget widget_text"><h2 class="widget-title">Trường THPT Chu Văn An</h2><div class="textwidget">
  <p>Địa chỉ: Tổ 5, phường Phúc Xuân, tỉnh Thái Nguyên<br />Điện thoại: 0208.3855.123<br />Email: c3chuvanan.thainguyen@moet.edu.vn</p></div></section></div>
  <div class="column"><section class="widget widget_nav_menu"><h2 class="widget-title">Liên kết nhanh</h2><ul>
  <li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/van-ban/">Văn bản</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></section></div>
  <div class="column"><section class="widget widget_text"><h2 class="widget-title">Kết nối</h2><div class="textwidget">
  <p><a href="https://www.facebook.com/thptchuvanan.tn">Facebook</a> | <a href="https://www.youtube.com/@thptchuvanantn">YouTube</a></p></div></section></div>
 </div></div></div>
 <div class="site-info"><div class="container">
  <span class="copyright">&copy; Bản quyền 2026 <a href="/">{esc(SITE)}</a>. Giấy phép số 12/GP-STTTT.</span>
  <span class="by">Education Zone | Developed By <a href="https://rarathemes.com/" rel="nofollow" target="_blank">Rara Theme</a>. Powered by <a href="https://wordpress.org/" target="_blank">WordPress</a>.</span>
 </div></div>
</footer>
<div class="back-to-top"><span><i class="fa fa-angle-up"></i></span></div>
</div>
<script src="/wp-content/themes/education-zone/js/custom.min.js?ver=1.3.6" id="education-zone-custom-js"></script>
<script src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js" id="rocket-lazyload"></script>
</body>
</html>"""
    return html(doc, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


# --- article markup --------------------------------------------------------------------------------


def _toc_id(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_")


def _att_id(src: str) -> int:
    return 5000 + sum(map(ord, src)) % 900


def _img_block(s: Story, img: Img) -> str:
    src = img.src
    wid = _att_id(src)
    if img.style == "caption":
        att = s.opts.get("attachment")
        inner = (f'<img aria-describedby="caption-attachment-{wid}" class="size-large wp-image-{wid}" '
                 f'src="{src}" alt="" width="800" height="533" />')
        if att and src.split("/")[-1].startswith(att[1]):
            inner = f'<a href="{permalink(s)}{att[0]}/">{inner}</a>'
        return (f'<div id="attachment_{wid}" style="width: 810px" class="wp-caption aligncenter">{inner}'
                f'<p id="caption-attachment-{wid}" class="wp-caption-text">{esc(img.printed or "")}</p></div>')
    if img.style == "figure":
        small = re.sub(r"-\d+x\d+(?=\.jpg$)", "-300x200", src)
        cap = f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption>' if img.printed else ""
        return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                f'src="{src}" alt="" class="wp-image-{wid}" srcset="{src} 1024w, {small} 300w" '
                f'sizes="(max-width: 1024px) 100vw, 1024px" />{cap}</figure>')
    if img.style == "lazy":
        ph = _SVG_PH.format(w=960, h=640)
        line = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
        return (f'<p style="text-align: center;"><img class="aligncenter size-full wp-image-{wid}" src="{ph}" '
                f'data-lazy-src="{src}" width="960" height="640" alt="" /><noscript><img class="aligncenter '
                f'size-full wp-image-{wid}" src="{src}" width="960" height="640" alt="" /></noscript></p>{line}')
    raise ValueError(img.style)


def _gallery(imgs: list[Img]) -> str:
    items = []
    for img in imgs:
        full = re.sub(r"-\d+x\d+(?=\.jpg$)", "", img.src)
        cap = (f'<figcaption class="fg-caption"><div class="fg-caption-inner"><div class="fg-caption-title">'
               f"{esc(img.printed)}</div></div></figcaption>") if img.printed else ""
        items.append(
            f'<div class="fg-item fg-type-image fg-idle"><figure class="fg-item-inner">'
            f'<a href="{full}" data-caption-title="{esc(img.printed or "")}" data-attachment-id="{_att_id(img.src)}" '
            f'class="fg-thumb"><span class="fg-image-wrap"><img title="{esc(img.printed or "")}" '
            f'alt="{full.rsplit("/", 1)[-1][:-4]}" class="skip-lazy fg-image" width="300" height="200" '
            f'data-src-fg="{img.src}" src="{_SVG_PH.format(w=300, h=200)}" /></span>'
            f'<span class="fg-image-overlay"></span></a>{cap}</figure><div class="fg-loader"></div></div>')
    return ('<div class="foogallery foogallery-container foogallery-default foogallery-lightbox-foobox '
            'fg-gutter-10 fg-light fg-caption-always fg-center" id="foogallery-gallery-4770" '
            'data-foogallery="{&quot;item&quot;:{&quot;showCaptionTitle&quot;:true},&quot;lazy&quot;:true}">'
            + "".join(items) + "</div>")


def _para(s: Story, b: P) -> str:
    t = esc(b.text)
    gut = s.opts.get("form") == "gutenberg"
    if b.style == "lead":
        return f"<p><strong>{t}</strong></p>"
    if b.style == "h2":
        return (f'<h2><span class="ez-toc-section" id="{_toc_id(b.text)}"></span>{t}'
                f'<span class="ez-toc-section-end"></span></h2>')
    if b.style == "fb":
        return (f'<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">'
                f'<div dir="auto" style="text-align: start;">{t}</div></div>')
    if gut:
        return f'<p class="has-text-align-justify">{t}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _toc(s: Story) -> str:
    heads = [b.text for b in s.blocks if isinstance(b, P) and b.style == "h2"]
    lis = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{i + 1}\" "
        f'href="#{_toc_id(h)}" title="{esc(h)}">{esc(h)}</a></li>' for i, h in enumerate(heads))
    return ('<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey '
            'ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title" '
            'style="cursor:inherit">Nội dung bài viết</p><span class="ez-toc-title-toggle"><a href="#" '
            'class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
            'aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">ẩn</span></a></span></div>'
            f"<nav><ul class='ez-toc-list ez-toc-list-level-1 '>{lis}</ul></nav></div>")


def render_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    toc_done = False
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                j = i
                while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == "gallery":
                    j += 1
                out.append(_gallery(blocks[i:j]))
                i = j
                continue
            out.append(_img_block(s, b))
            i += 1
            continue
        # runs of list items, table rows, <br> lines
        if b.style in ("li", "tr", "br"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            run = blocks[i:j]
            if b.style == "li":
                cls = ' class="wp-block-list"' if s.opts.get("form") == "gutenberg" else ""
                out.append(f"<ul{cls}>" + "".join(f"<li>{esc(x.text)}</li>" for x in run) + "</ul>")
            elif b.style == "br":
                out.append('<p style="text-align: center;"><em>'
                           + "<br />\n".join(esc(x.text) for x in run) + "</em></p>")
            else:
                rows = []
                for k, x in enumerate(run):
                    cells = x.text.split(" | ")
                    tag = "td"
                    inner = "".join(f'<{tag} style="width: 25%;">{"<strong>" if k == 0 else ""}{esc(c)}'
                                    f'{"</strong>" if k == 0 else ""}</{tag}>' for c in cells)
                    rows.append(f"<tr>{inner}</tr>")
                out.append('<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            i = j
            continue
        if b.style == "h2" and s.opts.get("toc") and not toc_done:
            out.append(_toc(s))
            toc_done = True
        out.append(_para(s, b))
        if i == 0 and s.opts.get("form") != "facebook":
            out[-1] = out[-1].replace("</p>", f'<span id="more-{s.id}"></span></p>', 1) \
                if not out[-1].endswith("</strong></p>") else out[-1]
        i += 1
    return "\n".join(out)


def _related(s: Story) -> str:
    others = [x for x in _sorted(STORIES) if x.cat == s.cat and x is not s][:3]
    lis = "".join(f'<li><a href="{permalink(x)}">{esc(x.title)}</a> <span class="rl-date">({_when(x):%d/%m/%Y})</span></li>'
                  for x in others)
    return f'<div class="cva-lienquan"><h4 class="cva-lq-title">Bài viết cùng chuyên mục</h4><ul>{lis}</ul></div>'


def _share(request: Request, s: Story) -> str:
    url = quote(base_url(request) + permalink(s), safe="")
    t = quote(s.title, safe="")
    return ('<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
            '<div class="addtoany_header">Chia sẻ bài viết:</div>'
            '<div class="a2a_kit a2a_kit_size_24 addtoany_list">'
            f'<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={url}&amp;linkname={t}" '
            'title="Facebook" rel="nofollow noopener" target="_blank"></a>'
            f'<a class="a2a_button_zalo" href="https://www.addtoany.com/add_to/zalo?linkurl={url}&amp;linkname={t}" '
            'title="Zalo" rel="nofollow noopener" target="_blank"></a>'
            f'<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share#url={url}"></a>'
            "</div></div>")


def _meta_line(s: Story, link: str) -> str:
    d = _when(s)
    iso = d.isoformat()
    mod = s.opts.get("modified")
    if mod:
        md = _dt(mod)
        times = (f'<time class="entry-date published" datetime="{iso}">{vn_day(d)}</time>'
                 f'<time class="updated" datetime="{mod}">{vn_day(md)}</time>')
    else:
        times = f'<time class="entry-date published updated" datetime="{iso}">{vn_day(d)}</time>'
    login = s.opts["author"]
    ncom = len(s.opts.get("comments", []))
    com = (f'<a href="{link}#comments">{ncom} bình luận</a>' if ncom
           else f'<a href="{link}#respond">Để lại bình luận</a>')
    return (f'<div class="entry-meta"><span class="posted-on"><i class="fa fa-calendar-o"></i> '
            f'<a href="{link}" rel="bookmark">{times}</a> <span class="vnd-gio">lúc {vn_time12(d)}</span> '
            f'<span class="vnd-amlich">(Âm lịch: {lunar(d.date())})</span></span>'
            f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/{login}/">'
            f"{AUTHORS[login]}</a></span></span>"
            f'<span class="post-views"><i class="fa fa-eye"></i> {s.views()} lượt xem</span>'
            f'<span class="comments-link">{com}</span></div>')


def _yoast_head(request: Request, s: Story, link: str) -> str:
    base = base_url(request)
    seo = s.opts.get("seo") or f"{s.title} - THPT Chu Văn An"
    d = _when(s)
    mod = s.opts.get("modified") or d.isoformat()
    desc = _text_of(s)[:155]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{base}{link}#article", "isPartOf": {"@id": f"{base}{link}"},
             "author": {"name": AUTHORS[s.opts["author"]]}, "headline": seo,
             "datePublished": utc_iso(d.isoformat()), "dateModified": utc_iso(mod),
             "mainEntityOfPage": {"@id": f"{base}{link}"}, "wordCount": len(" ".join(
                 b.text for b in s.blocks if isinstance(b, P)).split()),
             "publisher": {"@id": f"{base}/#organization"},
             "image": {"@id": f"{base}{link}#primaryimage"}, "thumbnailUrl": f"{base}{_featured(s)}",
             "keywords": [TAGS[t] for t in s.opts.get("tags", [])],
             "articleSection": sorted(CATS[c] for c in _cats_of(s)), "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": f"{base}{link}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": CATS[s.cat], "item": f"{base}/chuyen-muc/{s.cat}/"},
                {"@type": "ListItem", "position": 3, "name": seo}]},
            {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE,
             "logo": {"url": f"{base}{UP}/2024/08/logo-cva.png"}},
        ],
    }
    return (f'<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(seo)}" />\n'
            f'<meta property="og:description" content="{esc(desc)}" />\n'
            f'<meta property="og:url" content="{base}{link}" />\n'
            f'<meta property="article:publisher" content="https://www.facebook.com/thptchuvanan.tn" />\n'
            f'<meta property="article:published_time" content="{utc_iso(d.isoformat())}" />\n'
            f'<meta property="article:modified_time" content="{utc_iso(mod)}" />\n'
            f'<meta property="og:image" content="{base}{_featured(s)}" />\n'
            f'<meta name="author" content="{AUTHORS[s.opts["author"]]}" />\n'
            f'<meta name="twitter:card" content="summary_large_image" />\n'
            f'<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="{AUTHORS[s.opts["author"]]}" />\n'
            f'<meta name="twitter:label2" content="Ước tính thời gian đọc" /><meta name="twitter:data2" content="2 phút" />\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>\n'
            f"<link rel='shortlink' href='{base}/?p={s.id}' />"), seo, desc


def _comments(s: Story, link: str) -> str:
    coms = s.opts.get("comments", [])
    items = []
    for cid, who, when, txt in coms:
        w = _dt(when)
        items.append(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" '
            f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<img alt="" src="/wp-content/themes/education-zone/images/avatar.png" class="avatar avatar-32" '
            f'height="32" width="32" /><b class="fn">{esc(who)}</b> <span class="says">nói:</span></div>'
            f'<div class="comment-metadata"><a href="{link}#comment-{cid}"><time datetime="{when}">'
            f"{wp_month_date(w.date())} lúc {vn_time12(w)}</time></a></div></footer>"
            f'<div class="comment-content"><p>{esc(txt)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{link}?replytocom={cid}#respond" '
            f'data-commentid="{cid}" data-postid="{s.id}" data-belowelement="div-comment-{cid}" '
            f'data-respondelement="respond" aria-label="Trả lời {esc(who)}">Trả lời</a></div></article></li>')
    head = ""
    if coms:
        head = (f'<h2 class="comments-title">{len(coms)} bình luận về &ldquo;<span>{esc(s.title)}</span>&rdquo;</h2>'
                f'<ol class="comment-list">{"".join(items)}</ol>')
    return (f'<div id="comments" class="comments-area">{head}'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
            'Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" '
            'style="display:none;">Hủy</a></small></h3><form action="/wp-comments-post.php" method="post" '
            'id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị '
            'công khai. Các trường bắt buộc được đánh dấu *</p><p class="comment-form-comment"><label for="comment">'
            'Bình luận *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" '
            'type="text" value="" size="30" required /></p><p class="comment-form-email"><label for="email">Email *'
            '</label><input id="email" name="email" type="email" value="" size="30" required /></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" />'
            f"<input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />"
            "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div>")


def _post_nav(s: Story) -> str:
    order = _sorted(STORIES)
    i = order.index(s)
    prev_ = order[i + 1] if i + 1 < len(order) else None
    next_ = order[i - 1] if i > 0 else None
    parts = []
    if prev_:
        parts.append(f'<div class="nav-previous"><a href="{permalink(prev_)}" rel="prev">{esc(prev_.title)}</a></div>')
    if next_:
        parts.append(f'<div class="nav-next"><a href="{permalink(next_)}" rel="next">{esc(next_.title)}</a></div>')
    return ('<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">'
            f'Điều hướng bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>')


def render_post(request: Request, s: Story, page_no: int = 1) -> Response:
    link = permalink(s)
    split = s.opts.get("split")
    blocks = s.blocks
    if split:
        idx = [k for k, b in enumerate(blocks) if isinstance(b, P)][split]
        blocks = blocks[:idx] if page_no == 1 else blocks[idx:]
    content = render_blocks(s, blocks)
    if split:
        def pl(n: int) -> str:
            if n == page_no:
                return f'<span class="post-page-numbers current" aria-current="page">{n}</span>'
            href = link if n == 1 else f"{link}{n}/"
            return f'<a href="{href}" class="post-page-numbers">{n}</a>'
        content += f'\n<div class="page-links">Trang: {pl(1)} {pl(2)}</div>'
    content += "\n" + _share(request, s) + "\n" + _related(s)
    head, seo, desc = _yoast_head(request, s, link)
    cats_sorted = sorted(_cats_of(s), key=lambda c: CATS[c])
    cat_links = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="category tag">{esc(CATS[c])}</a>' for c in cats_sorted)
    tags = s.opts.get("tags", [])
    tag_links = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
    classes = " ".join([f"post-{s.id}", "post", "type-post", "status-publish", "format-standard",
                        "has-post-thumbnail", "hentry", *(f"category-{c}" for c in cats_sorted),
                        *(f"tag-{t}" for t in tags)])
    crumbs = (f'<div class="breadcrumbs" id="crumbs"><span><span><a href="/">Trang chủ</a></span> » '
              f'<span><a href="/chuyen-muc/{s.cat}/">{esc(CATS[s.cat])}</a></span> » '
              f'<span class="breadcrumb_last" aria-current="page">{esc(s.title)}</span></span></div>')
    feat = _featured(s)
    body = f"""<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
{crumbs}
<article id="post-{s.id}" class="{classes}">
 <div class="post-thumbnail"><img width="750" height="450" src="{feat}" class="attachment-education-zone-image size-education-zone-image wp-post-image" alt="" decoding="async" /></div>
 <header class="entry-header">
  <h1 class="entry-title">{esc(s.title)}</h1>
  {_meta_line(s, link)}
 </header>
 <div class="entry-content">
{content}
 </div>
 <footer class="entry-footer"><span class="cat-links"><i class="fa fa-folder-open"></i> Chuyên mục: {cat_links}</span>
 {f'<span class="tags-links"><i class="fa fa-tags"></i> Thẻ: {tag_links}</span>' if tags else ''}</footer>
</article>
{_post_nav(s)}
{_comments(s, link)}
</main></div>"""
    suffix = f" - Trang {page_no}" if page_no > 1 else ""
    return _page(request, title=f"{seo}{suffix} - {SITE}", body=body,
                 body_class=f"post-template-default single single-post postid-{s.id} single-format-standard "
                            f"category-{cats_sorted[0]}",
                 head_extra=head, canonical=link if page_no == 1 else f"{link}{page_no}/",
                 description=desc, banner=esc(CATS[s.cat]))


# --- lists ------------------------------------------------------------------------------------------


def _card(s: Story) -> str:
    link = permalink(s)
    d = _when(s)
    login = s.opts["author"]
    return f"""<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{s.cat}">
 <a href="{link}" class="post-thumbnail"><img width="380" height="250" src="{_thumb(s)}" class="attachment-education-zone-blog size-education-zone-blog wp-post-image" alt="" loading="lazy" /></a>
 <div class="text-holder">
  <header class="entry-header"><h2 class="entry-title"><a href="{link}" rel="bookmark">{esc(s.title)}</a></h2>
  <div class="entry-meta"><span class="posted-on"><a href="{link}" rel="bookmark"><time class="entry-date published updated" datetime="{d.isoformat()}">{wp_month_date(d.date())}</time></a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/{login}/">{AUTHORS[login]}</a></span></span></div>
  </header>
  <div class="entry-content"><p>{esc(_excerpt_words(s))} [&hellip;]</p></div>
  <a href="{link}#more-{s.id}" class="btn-readmore">Đọc tiếp</a>
 </div>
</article>"""


def _pagination(base: str, page_no: int, pages: int) -> str:
    if pages < 2:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"
    parts = []
    if page_no > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(page_no - 1)}">&laquo; Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page_no:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page_no < pages:
        parts.append(f'<a class="next page-numbers" href="{href(page_no + 1)}">Trang sau &raquo;</a>')
    return ('<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">'
            f'Phân trang bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>')


def render_list(request: Request, base: str, heading: str, stories: list[Story], page_no: int,
                body_class: str, current: str = "") -> Response | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page_no > pages:
        return None
    chunk = stories[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
    crumbs = (f'<div class="breadcrumbs" id="crumbs"><span><span><a href="/">Trang chủ</a></span> » '
              f'<span class="breadcrumb_last" aria-current="page">{heading}</span></span></div>')
    body = (f'<div id="primary" class="content-area"><main id="main" class="site-main" role="main">{crumbs}'
            + "\n".join(_card(s) for s in chunk) + _pagination(base, page_no, pages) + "</main></div>")
    suffix = f" - Trang {page_no} trên {pages}" if page_no > 1 else ""
    return _page(request, title=f"{_html.unescape(heading)}{suffix} - {SITE}", body=body, current=current,
                 body_class=f"archive {body_class}", canonical=base if page_no == 1 else f"{base}page/{page_no}/",
                 banner=heading)


# --- pages ----------------------------------------------------------------------------------------

PAGES = {
    "gioi-thieu": ("Giới thiệu", 12, """<p>Trường THPT Chu Văn An được thành lập năm 1966, là một trong những trường trung học phổ thông có bề dày truyền thống của tỉnh Thái Nguyên.</p>
<p>Năm học 2026-2027, trường có 42 lớp với 1.785 học sinh, 96 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn, trong đó 38% có trình độ thạc sĩ.</p>
<h3>Thành tích tiêu biểu</h3>
<ul><li>Huân chương Lao động hạng Nhì (2016)</li><li>Trường đạt chuẩn Quốc gia mức độ 2 (2022)</li></ul>"""),
    "doi-ngu-giao-vien": ("Đội ngũ giáo viên", 14, """<p>Danh sách cán bộ quản lý và tổ trưởng chuyên môn năm học 2026-2027:</p>
<table border="1"><tbody><tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td></tr>
<tr><td>Lương Văn Hùng</td><td>Hiệu trưởng</td></tr><tr><td>Đỗ Văn Khánh</td><td>Phó Hiệu trưởng</td></tr>
<tr><td>Nguyễn Thu Trang</td><td>Tổ trưởng tổ Ngữ văn</td></tr><tr><td>Vũ Thị Loan</td><td>Tổ trưởng tổ Toán - Tin học</td></tr></tbody></table>"""),
    "lien-he": ("Liên hệ", 16, """<p><strong>TRƯỜNG THPT CHU VĂN AN - THÁI NGUYÊN</strong></p>
<p>Địa chỉ: Tổ 5, phường Phúc Xuân, tỉnh Thái Nguyên<br />Điện thoại: 0208.3855.123<br />Email: c3chuvanan.thainguyen@moet.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f88-p16-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f88-p16-o1" method="post" class="wpcf7-form init" novalidate="novalidate">
<p><label> Họ tên<br /><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" value="" /></label></p>
<p><label> Email<br /><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" value="" /></label></p>
<p><label> Nội dung<br /><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p></form></div>"""),
    "thu-vien-anh": ("Thư viện ảnh", 18, None),
    "van-ban": ("Văn bản", 20, """<p>Các văn bản, kế hoạch của nhà trường:</p>
<table border="1"><tbody><tr><td><strong>Số hiệu</strong></td><td><strong>Trích yếu</strong></td><td><strong>Tải về</strong></td></tr>
<tr><td>215/KH-THPTCVA</td><td>Kế hoạch giáo dục nhà trường năm học 2026-2027</td><td><a href="/wp-content/uploads/2026/09/ke-hoach-giao-duc-2026-2027.pdf">Tải về</a></td></tr>
<tr><td>220/QĐ-THPTCVA</td><td>Quyết định thành lập các tổ chuyên môn</td><td><a href="/wp-content/uploads/2026/09/qd-to-chuyen-mon.pdf">Tải về</a></td></tr></tbody></table>"""),
}


def _gallery_page() -> str:
    imgs = [i for s in STORIES for i in s.images][:8]
    return "<p>Hình ảnh hoạt động của nhà trường năm học 2026-2027.</p>" + _gallery(
        [Img(re.sub(r"-\d+x\d+(?=\.jpg$)", "", i.src).replace(".jpg", "-300x200.jpg"), i.printed, i.caption,
             "gallery") for i in imgs])


def render_page(request: Request, slug: str) -> Response:
    title, pid, content = PAGES[slug]
    if content is None:
        content = _gallery_page()
    crumbs = (f'<div class="breadcrumbs" id="crumbs"><span><span><a href="/">Trang chủ</a></span> » '
              f'<span class="breadcrumb_last" aria-current="page">{esc(title)}</span></span></div>')
    body = (f'<div id="primary" class="content-area"><main id="main" class="site-main" role="main">{crumbs}'
            f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
            f'<div class="entry-content">{content}</div></article></main></div>')
    return _page(request, title=f"{title} - {SITE}", body=body, current=f"/{slug}/",
                 body_class=f"page-template-default page page-id-{pid}", canonical=f"/{slug}/", banner=esc(title))


def render_attachment(request: Request, s: Story) -> Response:
    att_slug, att_title, att_id = s.opts["attachment"]
    img = s.images[0]
    full = re.sub(r"-\d+x\d+(?=\.jpg$)", "", img.src)
    d = _when(s)
    body = (f'<div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
            f'<article id="post-{att_id}" class="post-{att_id} attachment type-attachment status-inherit hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{att_title}</h1><div class="entry-meta">'
            f'<span class="posted-on"><a href="{permalink(s)}{att_slug}/" rel="bookmark"><time class="entry-date published updated" '
            f'datetime="{d.isoformat()}">{vn_day(d)}</time></a></span></div></header>'
            f'<div class="entry-content"><p class="attachment"><a href="{full}"><img width="800" height="600" '
            f'src="{img.src}" class="attachment-medium_large size-medium_large" alt="" /></a></p>'
            f'<p>{esc(img.printed or "")}</p></div>'
            f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous">'
            f'<a href="{permalink(s)}" rel="prev"><span class="meta-nav">Đăng trong</span> {esc(s.title)}</a></div></div></nav>'
            "</article></main></div>")
    return _page(request, title=f"{att_title} - {SITE}", body=body,
                 body_class=f"attachment attachment-template-default single single-attachment postid-{att_id}",
                 canonical=f"{permalink(s)}{att_slug}/", banner=esc(CATS[s.cat]))


def render_home(request: Request) -> Response:
    news = _sorted(STORIES)[:3]
    cards = "".join(
        f'<div class="post"><a href="{permalink(s)}" class="post-thumbnail"><img src="{_thumb(s)}" alt="" /></a>'
        f'<div class="text-holder"><span class="posted-on">{wp_month_date(_when(s).date())}</span>'
        f'<h3 class="entry-title"><a href="{permalink(s)}">{esc(s.title)}</a></h3>'
        f'<p>{esc(" ".join(_text_of(s).split()[:20]))} &hellip;</p></div></div>' for s in news)
    body = f"""<div id="primary" class="content-area home-page"><main id="main" class="site-main">
<section class="banner"><div class="banner-text"><strong class="title">Trường THPT Chu Văn An - Thái Nguyên</strong>
<p>60 năm xây dựng và trưởng thành (1966 - 2026)</p><a href="/gioi-thieu/" class="btn-learn">Tìm hiểu thêm</a></div>
<img src="{UP}/2024/08/banner-cva.jpg" alt="" /></section>
<section class="welcome-note"><div class="container"><header class="header-part"><h2 class="section-title">Chào mừng đến với Trường THPT Chu Văn An</h2>
<p>Nơi ươm mầm tri thức, rèn luyện nhân cách cho thế hệ trẻ Thái Nguyên.</p></header></div></section>
<section class="theme"><div class="container"><div class="row">
<div class="col"><div class="box"><h3 class="title">Dạy học chất lượng</h3><p>Đội ngũ giáo viên tâm huyết, giàu kinh nghiệm.</p></div></div>
<div class="col"><div class="box"><h3 class="title">Cơ sở vật chất</h3><p>42 phòng học, 6 phòng bộ môn, thư viện đạt chuẩn.</p></div></div>
<div class="col"><div class="box"><h3 class="title">Hoạt động trải nghiệm</h3><p>CLB STEM, CLB Truyền thông, Đoàn Thanh niên năng động.</p></div></div>
</div></div></section>
<section class="latest-events"><div class="container"><header class="header-part"><h2 class="section-title">Tin tức mới nhất</h2></header>
<div class="row">{cards}</div><a href="/chuyen-muc/tin-tuc-su-kien/" class="btn-view">Xem tất cả</a></div></section>
<section class="testimonial"><div class="container"><header class="header-part"><h2 class="section-title">Cảm nhận của cựu học sinh</h2></header>
<div class="testimonial-slider"><div class="slide"><blockquote><p>Ba năm ở Chu Văn An là quãng thời gian đẹp nhất, nơi tôi học được cách tự học và sống có trách nhiệm.</p></blockquote>
<div class="name">Trần Minh Quân - Khóa 2016-2019</div></div>
<div class="slide"><blockquote><p>Thầy cô luôn đồng hành cùng chúng em, không chỉ trong học tập mà cả trong những lựa chọn nghề nghiệp.</p></blockquote>
<div class="name">Ngô Khánh Linh - Khóa 2019-2022</div></div></div></div></section>
<section class="photo-gallery"><div class="container"><header class="header-part"><h2 class="section-title">Thư viện ảnh</h2></header>
<div class="gallery-strip"><a href="/thu-vien-anh/"><img src="{UP}/2026/11/2011-le-1-300x200.jpg" alt="" /></a>
<a href="/thu-vien-anh/"><img src="{UP}/2026/10/atk-dinh-hoa-1-300x200.jpg" alt="" /></a></div></div></section>
</main></div>"""
    return _page(request, title=f"{SITE} - Dạy tốt, học tốt", body=body, current="/",
                 body_class="home page-template page-template-template-home page page-id-2",
                 canonical="/", description="Website chính thức của Trường THPT Chu Văn An, tỉnh Thái Nguyên.",
                 head_extra='<meta property="og:type" content="website" />', sidebar=False)


def render_search(request: Request, term: str) -> Response:
    body = (f'<div id="primary" class="content-area"><main id="main" class="site-main"><header class="page-header">'
            f'<h1 class="page-title">Kết quả tìm kiếm cho: <span>{esc(term)}</span></h1></header>'
            '<section class="no-results not-found"><div class="page-content"><p>Xin lỗi, không có kết quả nào '
            'phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div></section></main></div>')
    return _page(request, title=f"Bạn đã tìm kiếm {term} - {SITE}", body=body, body_class="search search-no-results")


def render_feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{permalink(s)}</link>"
        f"<dc:creator><![CDATA[{AUTHORS[s.opts['author']]}]]></dc:creator>"
        f"<pubDate>{_when(s).astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
        f"<category><![CDATA[{CATS[s.cat]}]]></category><guid isPermaLink=\"false\">{base}/?p={s.id}</guid>"
        f"<description><![CDATA[{_text_of(s)[:200]} [&#8230;]]]></description></item>"
        for s in _sorted(STORIES)[:10])
    xml = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<channel><title>{esc(SITE)}</title><link>{base}</link><description>Dạy tốt, học tốt</description>"
           f"<language>vi</language>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing ------------------------------------------------------------------------------------

_POST = re.compile(r"^/(\d{4})/(\d{2})/([a-z0-9-]+)/(?:([a-z0-9_-]+)/)?$")
_LIST = re.compile(r"^/(chuyen-muc|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path
        if path.startswith("/wp-content/") or path.startswith("/wp-includes/"):
            if path.endswith(".pdf"):
                from tests.portals._common import PDF
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        params = request.params
        if path == "/":
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(permalink(s), 301) if s else None
            if "s" in params:
                return render_search(request, params["s"])
            if request.query:
                return None
            return render_home(request)
        if not path.endswith("/"):
            probe = Request(request.method, path + "/", "", request.headers)
            if self._route(probe, {}) is not None:
                return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
            return None
        return self._route(request, params)

    def _route(self, request: Request, params: dict) -> Response | None:
        path = request.path
        if path == "/feed/":
            return render_feed(request)
        m = _POST.match(path)
        if m:
            yyyy, mm, slug, extra = m.groups()
            s = BY_SLUG.get(slug)
            if not s or permalink(s) != f"/{yyyy}/{mm}/{slug}/":
                return None
            if set(params) - {"replytocom"}:
                return None
            if "replytocom" in params:
                ids = {str(c[0]) for c in s.opts.get("comments", [])}
                if params["replytocom"] not in ids or extra:
                    return None
            if extra is None:
                return render_post(request, s)
            if extra == "2" and s.opts.get("split"):
                return render_post(request, s, 2)
            if extra == "1":
                return redirect(permalink(s), 301)
            att = s.opts.get("attachment")
            if att and extra == att[0]:
                return render_attachment(request, s)
            return None
        if params:
            return None
        m = _LIST.match(path)
        if m:
            kind, slug, page = m.groups()
            n = int(page) if page else 1
            if page == "1":
                return redirect(f"/{kind}/{slug}/", 301)
            base = f"/{kind}/{slug}/"
            if kind == "chuyen-muc" and slug in CATS:
                items = _sorted(s for s in STORIES if slug in _cats_of(s))
                return render_list(request, base, esc(CATS[slug]), items, n,
                                   f"category category-{slug} category-{CAT_IDS[slug]}", current=base)
            if kind == "tag" and slug in TAGS:
                items = _sorted(s for s in STORIES if slug in s.opts.get("tags", []))
                return render_list(request, base, f"Thẻ: {esc(TAGS[slug])}", items, n, f"tag tag-{slug}")
            if kind == "author" and slug in AUTHORS:
                items = _sorted(s for s in STORIES if s.opts["author"] == slug)
                return render_list(request, base, f"Tác giả: {slug}", items, n, f"author author-{slug}")
            return None
        slug = path.strip("/")
        if slug in PAGES:
            return render_page(request, slug)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    link = permalink(s)
    alts = [f"/?p={s.id}"]
    if s.opts.get("split"):
        alts.append(f"{link}2/")
    alts += [f"{link}?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    return alts


GOLD = [gold_record(s, permalink(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/doi-ngu-giao-vien/",
    "/lien-he/",
    "/thu-vien-anh/",
    "/van-ban/",
    f"{permalink(BY_SLUG['khai-mac-hoi-giang-cap-truong-nam-hoc-2026-2027'])}img_2041/",
]
