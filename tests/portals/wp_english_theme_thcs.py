"""Trường THCS Lê Quý Đôn (TP. Thái Bình) on WordPress 6.6 with an untranslated English
ThemeForest "education" theme ("Eduvibe"-like: ``entry-header``, ``post-meta``,
``single-post-content``, ``blog-item``).

Platform
--------
The site language is left at English, so everything the theme and the plugins print around the
posts is English while the posts themselves are Vietnamese: "Posted on November 17, 2026 by
admin", "Posted in Tin tức, Hoạt động", "Leave a comment" / "3 Comments", "Read More »",
sidebar widgets "Search for:", "Recent Posts", "Archives" (month links "November 2026"),
"Categories", "Popular Posts"; "Tags:", "Previous Post"/"Next Post" with the neighbours'
titles, "Related Posts", "You may also like", Jetpack's "Share this:" / "Like this:" /
"Loading..." (printed *inside* the post's content div, as Jetpack appends them to
``the_content``), the comment list ("Reply" links) and form ("Your email address will not be
published. Required fields are marked *"), "Copyright © 2026 … | Powered by WordPress". The
header's date widget prints today in English: "Friday, December 4, 2026".

Dates are printed only in English forms, varying by the theme's meta template of the post:

- ``long``: "November 17, 2026" in ``<time class="entry-date published" datetime="…">`` (the
  attribute carries the clock; the page does not print it) plus a hidden ``time.updated``;
- ``long-bare``: the same words in a ``<time>`` without ``datetime``;
- ``short``: "17 Nov 2026" in a ``span.meta-date`` (no ``<time>`` at all);
- ``at``: "Nov 17, 2026 at 8:30 am" (12-hour clock; "12:10 pm" is ten past noon), in a
  ``<time datetime>`` on some posts and bare on others.

Listing cards always print the ``long`` words. Comments print "November 21, 2026 at 7:12 pm".

Bylines: the theme prints "by <a href=/author/<login>/>display name</a>"; the display name is
"admin" on most posts (a login: nobody) and "Nguyễn Thị Hằng" on three. Several editors sign at
the end of the text in Vietnamese ("Tin, ảnh: Đỗ Văn Long", "Tin: Phạm Thu Trang - Ảnh: Đoàn
trường", a right-aligned "ThS. Vũ Minh Tuấn - Phó Hiệu trưởng", a unit "Tổ Văn phòng").

Posts are written in the classic editor (``<p style="text-align: justify;">``, ``[caption]``
output as ``figure.wp-caption`` + ``figcaption.wp-caption-text``, or the older
``div.wp-caption`` + ``p.wp-caption-text``) or in Gutenberg (``wp-block-*`` markup,
``figcaption.wp-element-caption``); some photos have a centred italic line, a plain centred line
or nothing under them. Some posts have a featured image (``div.post-thumbnail``) printed above
the text.

URL scheme
----------
- ``/`` static front page: "Latest News" (the 5 newest posts) and a "Thông báo" box (3 newest).
- ``/<yyyy>/<mm>/<dd>/<slug>/``: a post; any query string serves the same post
  (``?replytocom=N`` from the comments' "Reply" links); without the trailing slash -> 301.
- ``/?p=<id>`` (the ``rel=shortlink``) -> 301 to the permalink.
- ``/<yyyy>/<mm>/<dd>/<slug>/anh-1/``: the WordPress attachment page of a photo linked from the
  post (image, "Published in <post>", date and byline: not an article).
- ``/category/<slug>/``, ``/category/<slug>/page/<n>/`` (5 per page; ``page/1/`` -> 301),
  ``/tag/<slug>/``, ``/author/<login>/``, month archives ``/<yyyy>/<mm>/`` (+ ``page/<n>/``),
  day archives ``/<yyyy>/<mm>/<dd>/``, search ``/?s=…``.
- Pages ``/gioi-thieu/``, ``/lien-he/`` (Contact Form 7).
- Uploads ``/wp-content/uploads/<yyyy>/<mm>/<file>``; theme files ``/wp-content/themes/…``.
- No robots.txt, no sitemap.

How each gold article is reached
--------------------------------
The front page lists the 5 newest posts; the sidebar's "Recent Posts" lists the same 5. All the
others are reached through the category listings (Tin tức has 7 posts: the two oldest only on
``/category/tin-tuc/page/2/``), the month archives of the "Archives" widget (November 2026 has
7 posts: two on ``/2026/11/page/2/``), tag pages, "Previous Post"/"Next Post" and
"Related Posts".

Traps
-----
- English theme text everywhere, Vietnamese posts; dates only in English forms; the header's
  "Friday, December 4, 2026" is today, never a publication date; comment dates and the hidden
  ``time.updated`` are not the publication date either.
- "by admin" is a login (no author); "by Nguyễn Thị Hằng" is the author; an end-of-text
  Vietnamese byline decides over "by admin".
- Posts filed in two categories ("Posted in Hoạt động, Tin tức"): the first, also the
  breadcrumb's section, is the category.
- Jetpack's "Share this:", "Like this:", "Loading..." inside the content div; "Related Posts",
  "Previous Post"/"Next Post" titles, comments with their "Reply" links.
- ``?replytocom=N`` duplicates of the commented posts (same page, canonical to the permalink:
  in gold's ``alt_paths``); ``/?p=N`` shortlinks and slash-less URLs redirect.
- The attachment page ``…/anh-1/`` looks like a short post (title, "Posted on … by admin").
- Category page 2, tag pages, month archives print excerpts, dates and "Read More »".
- A ``<br>`` inside a paragraph splits it into two gold paragraphs.

Gold decisions
--------------
- title: ``h1.entry-title``; published_at: the printed date, with the clock only for the
  ``at`` form; category: the breadcrumb's section (= first "Posted in" category).
- summary: only the theme's excerpt box ``div.entry-lead`` printed above the text, or a bold
  first paragraph; it is also the first body paragraph.
- images: the featured image (caption None) first, then the photos in the text with the line
  printed with them (figcaption, italic or plain centred line) or None.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "wp_english_theme_thcs"
PLATFORM = "WordPress 6.6 + untranslated English ThemeForest education theme, pretty permalinks"
START_PATH = "/"

SITE_TITLE = "Trường THCS Lê Quý Đôn"
TAGLINE = "Thành phố Thái Bình - Tỉnh Thái Bình"
HEADER_TODAY = "Friday, December 4, 2026"
PER_PAGE = 5

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong": "Hoạt động",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
}
TAGS = {
    "nha-giao": "20/11",
    "tin-hoc": "tin học",
    "hoc-sinh-gioi": "học sinh giỏi",
    "doan-doi": "Đoàn - Đội",
    "chuyen-doi-so": "chuyển đổi số",
    "khai-giang": "khai giảng",
    "kiem-tra": "kiểm tra",
}
USERS = {"admin": "admin", "hangnt": "Nguyễn Thị Hằng"}
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
ATTACHMENT_SLUG = "anh-1"


def up(date: str, name: str) -> str:
    """An upload path: /wp-content/uploads/<yyyy>/<mm>/<name>."""
    return f"/wp-content/uploads/{date[:4]}/{date[5:7]}/{name}"


def right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


# --- the posts ------------------------------------------------------------------------------
#
# opts: dt (post_date "YYYY-MM-DD HH:MM"), cats (category keys, primary first), user, form
# (long | long-bare | short | at | at-bare), editor (classic | gutenberg), tags, featured (file),
# lead (excerpt box printed above the text), comments, modified.
# P styles: "" text, "lead" bold lead, "h" sub-heading, "li"/"uli" list items, "th"/"td" table
# rows, "quote", "br" (printed after a <br> in the same <p> as the previous paragraph).
# Img styles: "fig" (figure.wp-caption), "div" (div.wp-caption), "gb" (Gutenberg figcaption),
# "em" (centred italic line), "plain" (centred plain line), "none"; "att" in src list -> linked
# to the attachment page.

STORIES: list[Story] = [
    Story(
        1901,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-12-02",
        [
            P(
                "Căn cứ kế hoạch giáo dục nhà trường năm học 2026-2027, Trường THCS Lê Quý Đôn thông "
                "báo lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng điểm số như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "td"),
            P("14/12/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "td"),
            P("15/12/2026 | Sáng | 8, 9 | Toán | 90 phút", "td"),
            P("15/12/2026 | Chiều | 6, 7 | Toán | 90 phút", "td"),
            P("16/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "td"),
            P("17/12/2026 | Sáng | 6, 7, 8, 9 | Khoa học tự nhiên | 60 phút", "td"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên "
                "môn, hoàn thành trước ngày 19/12/2026. Học sinh có mặt tại phòng thi trước giờ kiểm tra "
                "15 phút, mang theo thẻ học sinh và đồ dùng học tập cần thiết."
            ),
            P(
                "Đề nghị cha mẹ học sinh phối hợp nhắc nhở các em ôn tập nghiêm túc, giữ gìn sức khỏe "
                "trong thời gian kiểm tra."
            ),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "dt": "2026-12-02 10:15", "cats": ["thong-bao"], "user": "admin", "form": "long",
            "editor": "gutenberg", "tags": ["kiem-tra"],
        },
    ),
    Story(
        1894,
        "truong-thcs-le-quy-don-dat-giai-nhat-hoi-thi-tin-hoc-tre-cap-tinh",
        "Trường THCS Lê Quý Đôn đạt giải Nhất Hội thi Tin học trẻ tỉnh Thái Bình lần thứ XXV",
        "tin-tuc",
        "2026-11-28T16:45:00+07:00",
        [
            P(
                "Tại Hội thi Tin học trẻ tỉnh Thái Bình lần thứ XXV năm 2026 do Tỉnh đoàn phối hợp với "
                "Sở GD&ĐT tổ chức từ ngày 25 đến 27/11, đội tuyển Trường THCS Lê Quý Đôn đã xuất sắc "
                "giành 1 giải Nhất, 2 giải Nhì và 1 giải Khuyến khích bảng B (THCS)."
            ),
            Img(
                up("2026-11", "tin-hoc-tre-2026-1-1024x683.jpg"),
                "Em Nguyễn Minh Quân (lớp 9A1) nhận giải Nhất bảng B",
                "Em Nguyễn Minh Quân (lớp 9A1) nhận giải Nhất bảng B",
                "fig",
            ),
            P(
                "Hội thi năm nay thu hút 186 thí sinh đến từ 8 huyện, thành phố. Ở bảng B, các thí sinh "
                "phải hoàn thành phần thi lập trình với 4 bài toán trong thời gian 150 phút, sử dụng "
                "ngôn ngữ Python hoặc C++."
            ),
            P(
                "Em Nguyễn Minh Quân, lớp 9A1, chia sẻ: “Em đã luyện tập với các dạng bài quy hoạch động "
                "và đồ thị suốt ba tháng hè. Giải thưởng này là động lực để em tiếp tục thi học sinh "
                "giỏi cấp tỉnh môn Tin học.”"
            ),
            Img(
                up("2026-11", "tin-hoc-tre-2026-2-1024x683.jpg"),
                "Đội tuyển Tin học của nhà trường cùng thầy cô hướng dẫn",
                "Đội tuyển Tin học của nhà trường cùng thầy cô hướng dẫn",
                "fig",
            ),
            P(
                "Thành tích trên ghi nhận sự cố gắng của học sinh và công tác bồi dưỡng bền bỉ của tổ "
                "Toán - Tin nhà trường trong nhiều năm qua."
            ),
            right("Tin, ảnh: Đỗ Văn Long"),
        ],
        authors=["Đỗ Văn Long"],
        photographers=["Đỗ Văn Long"],
        opts={
            "dt": "2026-11-28 16:45", "cats": ["tin-tuc"], "user": "admin", "form": "at",
            "editor": "classic", "tags": ["tin-hoc", "hoc-sinh-gioi"],
            "comments": [
                (71, "Trần Thị Mai", "2026-11-28 20:03", "Chúc mừng các em và thầy cô tổ Toán - Tin!"),
            ],
        },
    ),
    Story(
        1887,
        "soi-noi-hoi-dien-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11",
        "Sôi nổi Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong",
        "2026-11-24",
        [
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, chiều 18/11/2026, Liên đội Trường THCS "
                "Lê Quý Đôn tổ chức Hội diễn văn nghệ với chủ đề “Tri ân thầy cô” với sự tham gia của "
                "28 chi đội."
            ),
            Img(
                up("2026-11", "hoi-dien-van-nghe-1.jpg"),
                "Tiết mục múa “Bụi phấn” của chi đội 8A3",
                "Tiết mục múa “Bụi phấn” của chi đội 8A3",
                "gb",
            ),
            P(
                "Các tiết mục được dàn dựng công phu, đa dạng về thể loại: hát tốp ca, múa, nhạc cụ dân "
                "tộc, kịch ngắn. Nhiều tiết mục mang đậm bản sắc quê hương lúa Thái Bình như hát chèo "
                "“Ơn thầy”, múa “Lụa Nam Cao”."
            ),
            Img(up("2026-11", "hoi-dien-van-nghe-2.jpg"), None, None, "gb"),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đội 8A3, giải Nhì cho các chi đội 9A1, "
                "7A2 và giải Ba cho 6A4, 9A5, 7A6."
            ),
            P(
                "Hội diễn là dịp để học sinh bày tỏ lòng biết ơn với thầy cô, đồng thời rèn luyện kỹ "
                "năng hoạt động tập thể."
            ),
            Raw('<p class="has-text-align-right"><em>Ảnh: Trần Quang Huy</em></p>'),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Trần Quang Huy"],
        opts={
            "dt": "2026-11-24 09:20", "cats": ["hoat-dong", "tin-tuc"], "user": "hangnt",
            "form": "long", "editor": "gutenberg", "tags": ["nha-giao", "doan-doi"],
            "modified": "2026-11-25 07:40",
        },
    ),
    Story(
        1880,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-va-tri-an-thay-co",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-tuc",
        "2026-11-20",
        [
            P(
                "Sáng 20/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam với sự tham dự của đại diện lãnh đạo Phòng GD&ĐT thành phố, Ban đại diện "
                "cha mẹ học sinh và các thế hệ thầy cô giáo nhà trường.",
                "lead",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Phạm Văn Thành, Hiệu trưởng nhà trường, điểm lại truyền "
                "thống 40 năm xây dựng và phát triển của trường; ghi nhận những nỗ lực của tập thể 72 "
                "cán bộ, giáo viên, nhân viên trong năm học 2025-2026."
            ),
            P(
                "Năm học vừa qua, nhà trường có 64 học sinh đạt giải học sinh giỏi cấp thành phố, 21 "
                "học sinh đạt giải cấp tỉnh; tỷ lệ học sinh lớp 9 đỗ vào các trường THPT công lập đạt "
                "92,6%, đứng thứ hai toàn tỉnh."
            ),
            Img(
                up("2026-11", "le-ky-niem-20-11-2.jpg"),
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "em",
            ),
            P(
                "Dịp này, 12 giáo viên được Chủ tịch UBND thành phố tặng Giấy khen vì có thành tích xuất "
                "sắc trong công tác giảng dạy; 5 thầy cô được công nhận Giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Thay mặt học sinh toàn trường, em Lê Khánh Linh (lớp 9A2) gửi lời tri ân sâu sắc tới "
                "các thầy cô, hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ."
            ),
            Raw("<p><em>Tin: Phạm Thu Trang - Ảnh: Đoàn trường</em></p>"),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Đoàn trường"],
        summary=(
            "Sáng 20/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam với sự tham dự của đại diện lãnh đạo Phòng GD&ĐT thành phố, Ban đại diện "
            "cha mẹ học sinh và các thế hệ thầy cô giáo nhà trường."
        ),
        opts={
            "dt": "2026-11-20 11:05", "cats": ["tin-tuc"], "user": "admin", "form": "short",
            "editor": "classic", "tags": ["nha-giao"], "featured": "le-ky-niem-20-11-1.jpg",
            "comments": [
                (55, "Nguyễn Văn Bình", "2026-11-20 19:12",
                 "Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công!"),
                (56, "Phụ huynh lớp 7A3", "2026-11-21 07:31",
                 "Cảm ơn nhà trường đã tổ chức buổi lễ rất ý nghĩa."),
                (57, "Đỗ Thị Hoa", "2026-11-21 21:48",
                 "Nhớ mãi những năm tháng học tại mái trường Lê Quý Đôn. Tri ân thầy cô!"),
            ],
        },
    ),
    Story(
        1872,
        "chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-lop-8",
        "Chuyên đề “Dạy học phát triển năng lực môn Toán lớp 8 theo Chương trình GDPT 2018”",
        "chuyen-mon",
        "2026-11-17T08:30:00+07:00",
        [
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn học kỳ I, ngày 14/11/2026, tổ Toán - Tin tổ "
                "chức chuyên đề “Dạy học phát triển năng lực môn Toán lớp 8 theo Chương trình GDPT "
                "2018” thông qua tiết dạy minh họa bài “Định lí Pythagore và ứng dụng”."
            ),
            P("1. Mục tiêu chuyên đề", "h"),
            P("Thống nhất cách tổ chức hoạt động khám phá, hình thành kiến thức mới.", "uli"),
            P("Vận dụng kỹ thuật “khăn trải bàn”, “mảnh ghép” vào giờ học hình học.", "uli"),
            P("Đánh giá năng lực mô hình hóa toán học của học sinh qua bài toán thực tế.", "uli"),
            P("2. Tiết dạy minh họa", "h"),
            P(
                "Cô Trần Thị Ngọc Ánh dạy minh họa tại lớp 8A2. Học sinh được đo đạc chiều cao cột cờ "
                "của trường bằng thước dây và định lí Pythagore, sau đó trình bày kết quả theo nhóm "
                "trên bảng phụ."
            ),
            P(
                "Các thầy cô dự giờ đánh giá tiết dạy đạt mục tiêu, học sinh tích cực, hợp tác tốt. Tổ "
                "chuyên môn thống nhất nhân rộng cách thiết kế hoạt động thực hành ngoài lớp học trong "
                "các bài hình học tiếp theo."
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={
            "dt": "2026-11-17 08:30", "cats": ["chuyen-mon"], "user": "hangnt", "form": "at",
            "editor": "gutenberg", "tags": [],
        },
    ),
    Story(
        1866,
        "hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i",
        "Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026-2027",
        "tin-tuc",
        "2026-11-13",
        [
            P(
                "Chiều ngày 11/11/2026, Trường THCS Lê Quý Đôn tổ chức hội nghị cha mẹ học sinh giữa học "
                "kỳ I tại 28 lớp học. Hội nghị nhằm thông báo kết quả học tập, rèn luyện của học sinh và "
                "thống nhất các biện pháp phối hợp giữa nhà trường và gia đình."
            ),
            Img(
                up("2026-11", "hoi-nghi-cmhs-1-1024x768.jpg"),
                "Quang cảnh hội nghị tại lớp 6A1",
                "Quang cảnh hội nghị tại lớp 6A1",
                "div",
            ),
            P(
                "Giáo viên chủ nhiệm thông báo kết quả kiểm tra giữa kỳ, tình hình nề nếp, chuyên cần "
                "của từng học sinh; đồng thời lưu ý phụ huynh quản lý việc sử dụng điện thoại, mạng xã "
                "hội của con em ngoài giờ học."
            ),
            P(
                "Nhiều ý kiến của cha mẹ học sinh đề nghị nhà trường tăng cường các hoạt động trải "
                "nghiệm, câu lạc bộ thể thao sau giờ học. Các ý kiến đã được tổng hợp, báo cáo Ban giám "
                "hiệu để có phương án giải quyết."
            ),
        ],
        opts={
            "dt": "2026-11-13 15:00", "cats": ["tin-tuc"], "user": "admin", "form": "long-bare",
            "editor": "classic", "tags": [], "attachment": 0,
        },
    ),
    Story(
        1858,
        "hoc-sinh-trai-nghiem-ve-nguon-tai-khu-di-tich-den-tran",
        "Học sinh trải nghiệm “Về nguồn” tại Khu di tích lịch sử văn hóa Đền Trần Thái Bình",
        "hoat-dong",
        "2026-11-09",
        [
            P(
                "Ngày 07/11/2026, hơn 300 học sinh khối 7 Trường THCS Lê Quý Đôn tham gia chương trình "
                "trải nghiệm “Về nguồn” tại Khu di tích lịch sử văn hóa Đền Trần, xã Tiến Đức, huyện "
                "Hưng Hà."
            ),
            P(
                "Tại đây, các em dâng hương tưởng nhớ các vị vua Trần, nghe thuyết minh về công lao của "
                "vương triều Trần với ba lần đánh thắng quân Nguyên Mông và tìm hiểu về lăng mộ các vua "
                "Trần ở Thái Bình."
            ),
            Img(
                up("2026-11", "ve-nguon-den-tran-1.jpg"),
                "Học sinh khối 7 dâng hương tại Đền Trần",
                "Học sinh khối 7 dâng hương tại Đền Trần",
                "em",
            ),
            P(
                "Buổi chiều, học sinh tham gia trò chơi lớn “Hào khí Đông A” với các trạm thử thách: "
                "giải ô chữ lịch sử, vượt chướng ngại vật, dựng trại và thi kể chuyện về các danh nhân "
                "thời Trần."
            ),
            Img(
                up("2026-11", "ve-nguon-den-tran-2.jpg"),
                "Trò chơi lớn “Hào khí Đông A”",
                "Trò chơi lớn “Hào khí Đông A”",
                "plain",
            ),
            P(
                "Chuyến đi giúp học sinh hiểu thêm về lịch sử dân tộc, bồi dưỡng lòng tự hào về truyền "
                "thống quê hương."
            ),
            right("Tin, ảnh: Đỗ Văn Long", "em"),
        ],
        authors=["Đỗ Văn Long"],
        photographers=["Đỗ Văn Long"],
        opts={
            "dt": "2026-11-09 17:10", "cats": ["hoat-dong"], "user": "admin", "form": "long",
            "editor": "classic", "tags": ["doan-doi"],
            "comments": [
                (48, "Vũ Thị Lan", "2026-11-10 06:55", "Chuyến đi rất bổ ích cho các con."),
                (49, "Hoàng Văn Nam", "2026-11-10 12:20", "Mong nhà trường tổ chức thêm cho khối 8."),
            ],
        },
    ),
    Story(
        1851,
        "nganh-giao-duc-thai-binh-trien-khai-hoc-ba-so-cap-thcs",
        "Ngành Giáo dục Thái Bình triển khai học bạ số đối với cấp THCS từ năm học 2026-2027",
        "tin-tuc",
        "2026-11-05",
        [
            P(
                "Thực hiện Thông tư của Bộ GD&ĐT về học bạ số, Sở GD&ĐT Thái Bình vừa có văn bản hướng "
                "dẫn các trường THCS trên địa bàn tỉnh triển khai học bạ số từ năm học 2026-2027, thay "
                "thế học bạ giấy đối với học sinh lớp 6."
            ),
            Img(up("2026-11", "hoc-ba-so-minh-hoa.jpg"), "Ảnh minh họa", "Ảnh minh họa", "fig"),
            P(
                "Học bạ số được lập trên phần mềm quản lý nhà trường, có chữ ký số của giáo viên chủ "
                "nhiệm và hiệu trưởng; phụ huynh có thể tra cứu kết quả học tập của con qua ứng dụng "
                "trên điện thoại."
            ),
            P(
                "Sở yêu cầu các nhà trường rà soát hạ tầng, cấp chứng thư số cho giáo viên trước ngày "
                "30/12/2026 và tổ chức tập huấn cho đội ngũ giáo viên chủ nhiệm."
            ),
            Raw("<p><em>Ảnh: Internet</em></p>"),
            Raw('<p style="text-align: right;"><strong>Nguồn: Sở GD&amp;ĐT Thái Bình</strong></p>'),
        ],
        source="Sở GD&ĐT Thái Bình",
        opts={
            "dt": "2026-11-05 08:00", "cats": ["tin-tuc"], "user": "admin", "form": "short",
            "editor": "classic", "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        1843,
        "ke-hoach-boi-duong-hoc-sinh-gioi-lop-9-nam-hoc-2026-2027",
        "Kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026-2027",
        "chuyen-mon",
        "2026-10-30",
        [
            P(
                "Nhằm nâng cao chất lượng mũi nhọn, chuẩn bị cho kỳ thi chọn học sinh giỏi cấp tỉnh "
                "tháng 3/2027, nhà trường xây dựng kế hoạch bồi dưỡng đội tuyển lớp 9 như sau:"
            ),
            P("Môn | Số học sinh | Giáo viên phụ trách | Lịch bồi dưỡng", "th"),
            P("Toán | 6 | Trần Thị Ngọc Ánh | Thứ Ba, Thứ Sáu", "td"),
            P("Ngữ văn | 6 | Nguyễn Thị Hằng | Thứ Hai, Thứ Năm", "td"),
            P("Tiếng Anh | 5 | Lương Thu Hà | Thứ Tư, Thứ Bảy", "td"),
            P("Khoa học tự nhiên | 8 | Bùi Văn Khải | Thứ Ba, Thứ Năm", "td"),
            P("Tin học | 3 | Đỗ Văn Long | Thứ Bảy", "td"),
            P(
                "Thời gian bồi dưỡng từ ngày 02/11/2026 đến hết tháng 02/2027, mỗi buổi 3 tiết vào buổi "
                "chiều. Tổ chuyên môn tổ chức kiểm tra khảo sát đội tuyển hằng tháng."
            ),
            P(
                "Giáo viên phụ trách xây dựng chương trình, tài liệu bồi dưỡng, nộp về tổ trước ngày "
                "05/11/2026."
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={
            "dt": "2026-10-30 14:00", "cats": ["chuyen-mon"], "user": "hangnt", "form": "short",
            "editor": "classic", "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        1835,
        "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc",
        "2026-10-22",
        [
            P(
                "Từ ngày 01 đến 07/10/2026, Trường THCS Lê Quý Đôn tổ chức nhiều hoạt động hưởng ứng "
                "Tuần lễ học tập suốt đời với chủ đề “Học tập suốt đời trong kỷ nguyên số”."
            ),
            P(
                "Thư viện nhà trường trưng bày hơn 600 đầu sách tham khảo, sách kỹ năng sống; tổ chức "
                "giới thiệu sách dưới cờ và cuộc thi “Đại sứ văn hóa đọc” cấp trường."
            ),
            P(
                "Đối với giáo viên, nhà trường tổ chức chuyên đề khai thác học liệu số, sử dụng trí tuệ "
                "nhân tạo hỗ trợ soạn bài giảng một cách có trách nhiệm."
            ),
            P(
                "Tuần lễ đã góp phần xây dựng môi trường học tập thân thiện, khuyến khích mỗi giáo viên, "
                "học sinh tự học, tự bồi dưỡng thường xuyên."
            ),
            right("ThS. Vũ Minh Tuấn - Phó Hiệu trưởng"),
        ],
        authors=["Vũ Minh Tuấn"],
        opts={
            "dt": "2026-10-22 09:45", "cats": ["tin-tuc"], "user": "admin", "form": "long",
            "editor": "classic", "tags": ["chuyen-doi-so"], "featured": "tuan-le-hoc-tap-suot-doi.jpg",
        },
    ),
    Story(
        1829,
        "thong-bao-tuyen-sinh-cau-lac-bo-nang-khieu-hoc-ky-i",
        "Thông báo tuyển sinh câu lạc bộ năng khiếu học kỳ I",
        "thong-bao",
        "2026-10-15T12:10:00+07:00",
        [
            P(
                "Nhằm phát triển năng khiếu, tạo sân chơi lành mạnh cho học sinh sau giờ học, nhà trường "
                "thông báo tuyển sinh các câu lạc bộ năng khiếu học kỳ I năm học 2026-2027:"
            ),
            P("Câu lạc bộ Bóng rổ: sân thể thao, chiều Thứ Ba và Thứ Năm.", "li"),
            P("Câu lạc bộ Cờ vua: phòng đa năng, chiều Thứ Tư.", "li"),
            P("Câu lạc bộ Tiếng Anh giao tiếp: phòng học ngoại ngữ, chiều Thứ Sáu.", "li"),
            P("Câu lạc bộ Robotics: phòng Tin học 2, sáng Thứ Bảy.", "li"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 20/10/2026. Mỗi học sinh đăng ký "
                "tối đa hai câu lạc bộ."
            ),
            P("Mọi thắc mắc xin liên hệ:", ""),
            P("Thầy Bùi Văn Khải - Bí thư Đoàn trường, điện thoại 0912 345 678.", "br"),
            right("BAN BIÊN TẬP"),
        ],
        opts={
            "dt": "2026-10-15 12:10", "cats": ["thong-bao", "hoat-dong"], "user": "admin",
            "form": "at-bare", "editor": "classic", "tags": ["doan-doi"],
        },
    ),
    Story(
        1812,
        "doan-doi-to-chuc-tet-trung-thu-cho-hoc-sinh-co-hoan-canh-kho-khan",
        "Đoàn - Đội tổ chức “Tết Trung thu yêu thương” cho học sinh có hoàn cảnh khó khăn",
        "hoat-dong",
        "2026-09-26",
        [
            P(
                "Tối 24/9/2026, Liên đội Trường THCS Lê Quý Đôn tổ chức chương trình “Tết Trung thu yêu "
                "thương” dành cho học sinh có hoàn cảnh khó khăn của nhà trường."
            ),
            P(
                "Chương trình gồm các tiết mục múa lân, văn nghệ, thi bày mâm cỗ Trung thu giữa các chi "
                "đội và phá cỗ đêm rằm. 45 suất quà gồm bánh trung thu, sách vở, đồ dùng học tập được "
                "trao tận tay các em."
            ),
            Img(up("2026-09", "trung-thu-yeu-thuong.jpg"), None, None, "none"),
            P(
                "Kinh phí tổ chức do các chi đội tiết kiệm từ phong trào “Kế hoạch nhỏ” và sự ủng hộ của "
                "Ban đại diện cha mẹ học sinh."
            ),
            right("Liên đội THCS Lê Quý Đôn", "em"),
        ],
        authors=["Liên đội THCS Lê Quý Đôn"],
        opts={
            "dt": "2026-09-26 20:30", "cats": ["hoat-dong"], "user": "admin", "form": "short",
            "editor": "gutenberg", "tags": ["doan-doi"],
        },
    ),
    Story(
        1790,
        "truong-thcs-le-quy-don-tung-bung-khai-giang-nam-hoc-2026-2027",
        "Trường THCS Lê Quý Đôn tưng bừng khai giảng năm học 2026-2027",
        "tin-tuc",
        "2026-09-05",
        [
            P(
                "Sáng 05/9/2026, trong không khí cả nước hân hoan bước vào năm học mới, hơn 1.200 học "
                "sinh Trường THCS Lê Quý Đôn cùng thầy cô giáo long trọng tổ chức Lễ khai giảng năm học "
                "2026-2027."
            ),
            P(
                "Năm học 2026-2027, nhà trường có 28 lớp với 1.236 học sinh, trong đó 312 học sinh lớp "
                "6 được tuyển mới. Đội ngũ gồm 72 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn "
                "và trên chuẩn trình độ đào tạo."
            ),
            P(
                "Tại buổi lễ, thầy Phạm Văn Thành, Hiệu trưởng nhà trường, đọc thư của Chủ tịch nước gửi "
                "ngành Giáo dục nhân dịp khai giảng và nhắc lại lời dạy của Bác Hồ:"
            ),
            P(
                "Non sông Việt Nam có trở nên tươi đẹp hay không, dân tộc Việt Nam có bước tới đài vinh "
                "quang để sánh vai với các cường quốc năm châu được hay không, chính là nhờ một phần lớn "
                "ở công học tập của các em.",
                "quote",
            ),
            Img(
                up("2026-09", "khai-giang-2026-2-1024x683.jpg"),
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "gb",
            ),
            P(
                "Nhân dịp này, nhà trường trao 20 suất học bổng “Vượt khó học giỏi”, mỗi suất trị giá "
                "1.000.000 đồng, cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            P("Hồi trống khai trường vang lên, mở đầu một năm học mới với nhiều kỳ vọng."),
            P("Chúc các thầy cô và các em học sinh một năm học thành công!", "br"),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Đỗ Văn Long</strong></p>'),
        ],
        authors=["Đỗ Văn Long"],
        photographers=["Đỗ Văn Long"],
        summary=(
            "Sáng 05/9, hơn 1.200 học sinh và thầy cô Trường THCS Lê Quý Đôn long trọng tổ chức Lễ "
            "khai giảng năm học 2026-2027, năm học thứ hai thực hiện trọn vẹn Chương trình GDPT 2018 "
            "ở tất cả các khối lớp."
        ),
        sapo_outside=True,
        opts={
            "dt": "2026-09-05 10:30", "cats": ["tin-tuc"], "user": "admin", "form": "long",
            "editor": "gutenberg", "tags": ["khai-giang"], "featured": "khai-giang-2026-1.jpg",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def _dt_of(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M")


def sorted_posts(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_dt_of, reverse=True)


POSTS = sorted_posts(STORIES)


def permalink(story: Story) -> str:
    d = _dt_of(story)
    return f"/{d:%Y}/{d:%m}/{d:%d}/{story.slug}/"


def featured_src(story: Story) -> str | None:
    name = story.opts.get("featured")
    return up(story.opts["dt"], name) if name else None


def _gold(story: Story) -> dict:
    alt = [f"{permalink(story)}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    record = gold_record(
        story, permalink(story), CATEGORIES[story.opts["cats"][0]], alt_paths=alt
    )
    if featured_src(story):
        record["images"].insert(0, {"path": featured_src(story), "caption": None})
    return record


GOLD = [_gold(s) for s in STORIES]

ATTACHMENT_PARENT = BY_ID[1866]
ATTACHMENT_PATH = permalink(ATTACHMENT_PARENT) + ATTACHMENT_SLUG + "/"

NON_ARTICLES = [
    "/category/tin-tuc/page/2/",
    "/tag/doan-doi/",
    "/2026/11/",
    "/gioi-thieu/",
    "/lien-he/",
    ATTACHMENT_PATH,
]

STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường THCS Lê Quý Đôn được thành lập năm 1986, là trường trọng điểm chất lượng cao của "
        "thành phố Thái Bình. Trường mang tên nhà bác học Lê Quý Đôn (1726-1784), người con của quê "
        "hương Thái Bình.</p>\n<h2>Cơ sở vật chất</h2>\n<p>Nhà trường có 28 phòng học, 12 phòng học bộ "
        "môn, thư viện đạt chuẩn, nhà đa năng và sân thể thao.</p>\n<h2>Thành tích</h2>\n<ul>\n"
        "<li>Huân chương Lao động hạng Ba (2011), hạng Nhì (2021).</li>\n<li>Trường đạt chuẩn quốc gia "
        "mức độ 2, kiểm định chất lượng giáo dục cấp độ 3.</li>\n</ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: Số 25 Lý Bôn, phường Đề Thám, TP. Thái Bình, tỉnh Thái Bình</p>\n<p>Điện thoại: "
        "0227 3831 456 - Email: thcslequydon@thaibinh.edu.vn</p>\n"
        '<div class="wpcf7 js" id="wpcf7-f120-p45-o1" lang="en-US" dir="ltr">'
        '<form action="/lien-he/#wpcf7-f120-p45-o1" method="post" class="wpcf7-form init">'
        '<p><label> Your name<br><input size="40" class="wpcf7-form-control" name="your-name" '
        'type="text"></label></p><p><label> Your email<br><input size="40" name="your-email" '
        'type="email"></label></p><p><label> Your message (optional)<br><textarea cols="40" rows="10" '
        'name="your-message"></textarea></label></p><p><input class="wpcf7-submit" type="submit" '
        'value="Submit"></p></form></div>',
    ),
}


# --- dates ----------------------------------------------------------------------------------


def d_long(d: _dt.datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_short(d: _dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def clock(d: _dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def d_at(d: _dt.datetime) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {clock(d)}"


def iso(d: _dt.datetime) -> str:
    return f"{d:%Y-%m-%dT%H:%M:%S}+07:00"


# --- article body ---------------------------------------------------------------------------


def _img_tag(img: Img, wp_id: int, cls: str = "") -> str:
    stem = img.src.rsplit(".", 1)[0]
    stem = re.sub(r"-\d+x\d+$", "", stem)
    return (
        f'<img loading="lazy" decoding="async" width="1024" height="683" src="{img.src}" '
        f'alt="" class="{cls}wp-image-{wp_id}" srcset="{img.src} 1024w, {stem}-300x200.jpg 300w, '
        f'{stem}-768x512.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
    )


def render_image(story: Story, img: Img, n: int) -> str:
    wp_id = story.id + 1 + n
    gut = story.opts["editor"] == "gutenberg"
    tag = _img_tag(img, wp_id, "" if gut else "size-large ")
    if story.opts.get("attachment") == n:
        tag = f'<a href="{permalink(story)}{ATTACHMENT_SLUG}/" rel="attachment wp-att-{wp_id}">{tag}</a>'
    line = esc(img.printed) if img.printed else ""
    if img.style == "gb":
        cap = f'<figcaption class="wp-element-caption">{line}</figcaption>' if line else ""
        return f'<figure class="wp-block-image aligncenter size-large">{tag}{cap}</figure>'
    if img.style == "fig":
        return (
            f'<figure id="attachment_{wp_id}" aria-describedby="caption-attachment-{wp_id}" '
            f'style="width: 1024px" class="wp-caption aligncenter">{tag}<figcaption '
            f'id="caption-attachment-{wp_id}" class="wp-caption-text">{line}</figcaption></figure>'
        )
    if img.style == "div":
        return (
            f'<div id="attachment_{wp_id}" style="width: 1034px" class="wp-caption aligncenter">'
            f'{tag}<p id="caption-attachment-{wp_id}" class="wp-caption-text">{line}</p></div>'
        )
    if gut:
        return f'<figure class="wp-block-image aligncenter size-large">{tag}</figure>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.style == "em":
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    elif img.style == "plain":
        out += f'\n<p style="text-align: center;">{line}</p>'
    return out


def render_body(story: Story) -> str:
    gut = story.opts["editor"] == "gutenberg"
    out: list[str] = []
    blocks = story.blocks
    n_img = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_image(story, b, n_img))
            n_img += 1
        elif b.style in ("li", "uli"):
            tag = "ol" if b.style == "li" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            cls = ' class="wp-block-list"' if gut else ""
            out.append(f"<{tag}{cls}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" and gut else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                if blocks[i].style == "th" and not gut:
                    cells = "".join(
                        f"<td><strong>{esc(c)}</strong></td>" for c in blocks[i].text.split(" | ")
                    )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            if gut:
                out.append(
                    '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                    f"<thead>{rows[0]}</thead><tbody>{''.join(rows[1:])}</tbody></table></figure>"
                )
            else:
                out.append(
                    '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody></table>"
                )
            continue
        elif b.style == "h":
            out.append(
                f'<h3 class="wp-block-heading">{text(b.text)}</h3>' if gut else f"<h3>{text(b.text)}</h3>"
            )
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "quote":
            cls = ' class="wp-block-quote"' if gut else ""
            out.append(f"<blockquote{cls}>\n<p><em>{text(b.text)}</em></p>\n</blockquote>")
        else:
            content = text(b.text)
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                content += "<br />\n" + text(blocks[i].text)
            out.append(f"<p>{content}</p>" if gut else f'<p style="text-align: justify;">{content}</p>')
        i += 1
    return "\n".join(out)


# --- theme chrome ---------------------------------------------------------------------------


def views(story: Story) -> int:
    return 180 + (story.id * 53) % 2400


def archive_months() -> list[tuple[int, int]]:
    return sorted({(_dt_of(s).year, _dt_of(s).month) for s in STORIES}, reverse=True)


def sidebar(current: Story | None = None) -> str:
    recent = "".join(f'<li><a href="{permalink(s)}">{esc(s.title)}</a></li>' for s in POSTS[:5])
    months = "".join(
        f'<li><a href="/{y}/{m:02d}/">{MONTHS[m - 1]} {y}</a></li>' for y, m in archive_months()
    )
    cats = "".join(
        f'<li class="cat-item"><a href="/category/{k}/">{esc(v)}</a> ({len(in_category(k))})</li>'
        for k, v in sorted(CATEGORIES.items(), key=lambda kv: kv[1])
    )
    popular = sorted(STORIES, key=views, reverse=True)[:4]
    pop = "".join(
        f'<li><a href="{permalink(s)}" class="wpp-post-title">{esc(s.title)}</a> '
        f'<span class="wpp-meta post-stats"><span class="wpp-views">{views(s):,} views</span></span></li>'
        for s in popular
    )
    also = ""
    if current is not None:
        picks = [s for s in POSTS if s is not current][current.id % 5 :: 4][:3]
        also = (
            '<section class="widget widget_also"><h3 class="widget-title">You may also like</h3><ul>'
            + "".join(f'<li><a href="{permalink(s)}">{esc(s.title)}</a></li>' for s in picks)
            + "</ul></section>"
        )
    return f"""<aside id="secondary" class="widget-area col-lg-4">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label>
<input type="submit" class="search-submit" value="Search"></form></section>
<section class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul>{recent}</ul></section>
<section class="widget popular-posts"><h3 class="widget-title">Popular Posts</h3><ul class="wpp-list">{pop}</ul></section>
{also}
<section class="widget widget_archive"><h3 class="widget-title">Archives</h3><ul>{months}</ul></section>
<section class="widget widget_categories"><h3 class="widget-title">Categories</h3><ul>{cats}</ul></section>
<section class="widget widget_polls-widget"><h3 class="widget-title">Polls</h3>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="7c1e0b9a2d"></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website nhà trường?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-7" name="poll_3" value="7"> <label for="poll-answer-7">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8"> <label for="poll-answer-8">Hữu ích</label></li>
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9"> <label for="poll-answer-9">Cần cải thiện</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Vote   " class="Buttons" onclick="poll_vote(3);"></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="View Results Of This Poll">View Results</a></p>
</div></form></div></section>
<section class="widget widget_text"><h3 class="widget-title">Thống kê truy cập</h3><div class="textwidget">
<ul class="wps-counter"><li>Đang online: <strong>7</strong></li><li>Hôm nay: <strong>312</strong></li>
<li>Tổng truy cập: <strong>486.201</strong></li></ul></div></section>
<section class="widget widget_links"><h3 class="widget-title">Liên kết</h3><ul>
<li><a href="https://thaibinh.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Thái Bình</a></li>
<li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://vnedu.vn/" target="_blank" rel="noopener">Sổ liên lạc điện tử vnEdu</a></li></ul></section>
</aside>"""


def layout(title: str, main: str, *, head: str = "", body_class: str = "", side: str = "") -> str:
    menu = "".join(
        f'<li class="menu-item"><a href="{href}">{esc(label)}</a></li>'
        for href, label in [
            ("/", "Trang chủ"),
            ("/gioi-thieu/", "Giới thiệu"),
            ("/category/tin-tuc/", "Tin tức"),
            ("/category/hoat-dong/", "Hoạt động"),
            ("/category/chuyen-mon/", "Chuyên môn"),
            ("/category/thong-bao/", "Thông báo"),
            ("/lien-he/", "Liên hệ"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_TITLE)} &raquo; Feed" href="/feed/">
<link rel="stylesheet" id="eduvibe-style-css" href="/wp-content/themes/eduvibe/style.css?ver=2.4.1" media="all">
<link rel="stylesheet" id="jetpack-sharing-css" href="/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.9" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/">
<meta name="generator" content="WordPress 6.6.2">
{head}
<link rel="icon" href="/wp-content/uploads/2024/03/cropped-logo-lqd-32x32.png" sizes="32x32">
</head>
<body class="{body_class} wp-embed-responsive eduvibe-theme">
<div id="page" class="site">
<div class="header-top"><div class="container"><div class="row">
<div class="col-md-6 header-top-left"><span class="header-date"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
<span class="header-phone"><i class="fa fa-phone"></i> 0227 3831 456</span></div>
<div class="col-md-6 header-top-right"><span class="header-email"><i class="fa fa-envelope"></i> thcslequydon@thaibinh.edu.vn</span>
<a class="social-facebook" href="https://www.facebook.com/thcslequydontb" target="_blank"><i class="fa fa-facebook"></i></a></div>
</div></div></div>
<header id="masthead" class="site-header"><div class="container">
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="96" height="96"
src="/wp-content/uploads/2024/03/logo-lqd.png" class="custom-logo" alt="{esc(SITE_TITLE)}" decoding="async"></a>
<p class="site-title"><a href="/" rel="home">{esc(SITE_TITLE)}</a></p>
<p class="site-description">{esc(TAGLINE)}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu"
aria-expanded="false">Menu</button><ul id="primary-menu" class="menu">{menu}</ul></nav>
</div></header>
<div id="content" class="site-content"><div class="container"><div class="row">
<main id="primary" class="site-main col-lg-8">
{main}
</main>
{side or sidebar()}
</div></div></div>
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><div class="container"><div class="row">
<div class="col-md-6"><h4 class="widget-title">{esc(SITE_TITLE)}</h4>
<p>Địa chỉ: Số 25 Lý Bôn, phường Đề Thám, TP. Thái Bình, tỉnh Thái Bình<br>
Điện thoại: 0227 3831 456 - Email: thcslequydon@thaibinh.edu.vn<br>
Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Văn Thành</p></div>
<div class="col-md-6"><h4 class="widget-title">Quick Links</h4><ul>
<li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/lien-he/">Liên hệ</a></li>
<li><a href="/wp-login.php" rel="nofollow">Log in</a></li></ul></div>
</div></div></div>
<div class="site-info"><div class="container">Copyright &copy; 2026 {esc(SITE_TITLE)} | Powered by
<a href="https://wordpress.org/">WordPress</a> | Theme: Eduvibe by DevsBlink</div></div>
</footer>
<a href="#page" class="back-to-top"><i class="fa fa-angle-up"></i></a>
</div>
<script src="/wp-content/themes/eduvibe/js/main.js?ver=2.4.1" id="eduvibe-main-js"></script>
<script src="/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.9"></script>
</body>
</html>"""


def posted_in(story: Story) -> str:
    return ", ".join(
        f'<a href="/category/{k}/" rel="category tag">{esc(CATEGORIES[k])}</a>' for k in story.opts["cats"]
    )


def comments_label(story: Story) -> str:
    n = len(story.opts.get("comments", []))
    return "Leave a comment" if n == 0 else ("1 Comment" if n == 1 else f"{n} Comments")


def by_line(story: Story) -> str:
    user = story.opts["user"]
    return (
        f'<span class="byline"> by <span class="author vcard"><a class="url fn n" '
        f'href="/author/{user}/">{esc(USERS[user])}</a></span></span>'
    )


def post_meta(story: Story) -> str:
    d = _dt_of(story)
    form = story.opts["form"]
    mod = story.opts.get("modified")
    updated = ""
    if mod:
        m = _dt.datetime.strptime(mod, "%Y-%m-%d %H:%M")
        updated = f'<time class="updated" datetime="{iso(m)}">{d_long(m)}</time>'
    if form == "long":
        date = (
            f'<time class="entry-date published" datetime="{iso(d)}">{d_long(d)}</time>{updated}'
        )
    elif form == "long-bare":
        date = f'<time class="entry-date published">{d_long(d)}</time>'
    elif form == "at":
        date = f'<time class="entry-date published" datetime="{iso(d)}">{d_at(d)}</time>'
    elif form == "at-bare":
        date = f'<span class="entry-date">{d_at(d)}</span>'
    else:
        return (
            '<div class="post-meta entry-meta">'
            f'<span class="meta-date"><i class="fa fa-calendar-o"></i> {d_short(d)}</span>'
            f'<span class="meta-author"><i class="fa fa-user-o"></i>{by_line(story)}</span>'
            f'<span class="meta-comments"><i class="fa fa-comment-o"></i> <a href="{permalink(story)}#comments">'
            f"{comments_label(story)}</a></span>"
            f'<span class="meta-views"><i class="fa fa-eye"></i> {views(story)}</span></div>'
        )
    return (
        '<div class="post-meta entry-meta"><span class="posted-on">Posted on '
        f'<a href="{permalink(story)}" rel="bookmark">{date}</a></span>{by_line(story)}'
        f' <span class="comments-link"><a href="{permalink(story)}#comments">{comments_label(story)}</a></span></div>'
    )


def share_tools(story: Story) -> str:
    url = permalink(story)
    return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="{url}?share=twitter" target="_blank" title="Click to share on X"><span>X</span></a></li>
<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{url}#print" target="_blank" title="Click to print"><span>Print</span></a></li>
<li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D&amp;body={url}" target="_blank" title="Click to email a link to a friend"><span>Email</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-2190-{story.id}" data-name="like-post-frame-2190-{story.id}">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;">
<span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div>
<span class="sd-text-color"></span><a class="sd-link-color"></a></div>"""


def comments_block(story: Story) -> str:
    items = []
    for cid, name, when, body in story.opts.get("comments", []):
        d = _dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
        items.append(
            f"""<li id="comment-{cid}" class="comment even thread-even depth-1">
<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{cid:032x}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60">
<b class="fn">{esc(name)}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="{permalink(story)}#comment-{cid}"><time datetime="{iso(d)}">{d_long(d)} at {clock(d)}</time></a></div>
</footer><div class="comment-content"><p>{esc(body)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{permalink(story)}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.id}" aria-label="Reply to {esc(name)}">Reply</a></div>
</article></li>"""
        )
    n = len(items)
    listing = ""
    if n:
        heading = f"{n} thoughts on &ldquo;{esc(story.title)}&rdquo;" if n > 1 else (
            f"One thought on &ldquo;{esc(story.title)}&rdquo;"
        )
        listing = f'<h2 class="comments-title">{heading}</h2><ol class="comment-list">{"".join(items)}</ol>'
    return f"""<div id="comments" class="comments-area">{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply
<small><a rel="nofollow" id="cancel-comment-reply-link" href="{permalink(story)}#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required></p>
<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment">
<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form></div></div>"""


def related(story: Story) -> str:
    cat = story.opts["cats"][0]
    picks = [s for s in POSTS if s is not story and cat in s.opts["cats"]][:3]
    if len(picks) < 3:
        picks += [s for s in POSTS if s is not story and s not in picks][: 3 - len(picks)]
    cards = "".join(
        f"""<div class="col-md-4 related-item"><a href="{permalink(s)}" class="related-thumb"><img src="{thumb(s)}" alt=""></a>
<h4 class="related-title"><a href="{permalink(s)}">{esc(s.title)}</a></h4>
<span class="related-date">{d_short(_dt_of(s))}</span></div>"""
        for s in picks
    )
    return f'<div class="related-posts"><h3 class="related-posts-title">Related Posts</h3><div class="row">{cards}</div></div>'


def thumb(story: Story) -> str:
    src = featured_src(story)
    if src:
        return src.rsplit(".", 1)[0] + "-370x245.jpg"
    for b in story.blocks:
        if isinstance(b, Img):
            return re.sub(r"(-\d+x\d+)?\.jpg$", "-370x245.jpg", b.src)
    return "/wp-content/themes/eduvibe/assets/images/no-thumb.jpg"


def post_nav(story: Story) -> str:
    i = POSTS.index(story)
    prev_s = POSTS[i + 1] if i + 1 < len(POSTS) else None
    next_s = POSTS[i - 1] if i > 0 else None
    parts = []
    if prev_s:
        parts.append(
            f'<div class="nav-previous"><a href="{permalink(prev_s)}" rel="prev"><span class="meta-nav">'
            f'Previous Post</span> <span class="post-title">{esc(prev_s.title)}</span></a></div>'
        )
    if next_s:
        parts.append(
            f'<div class="nav-next"><a href="{permalink(next_s)}" rel="next"><span class="meta-nav">'
            f'Next Post</span> <span class="post-title">{esc(next_s.title)}</span></a></div>'
        )
    return (
        '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">'
        f'Post navigation</h2><div class="nav-links">{"".join(parts)}</div></nav>'
    )


def breadcrumb(*trail: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Home</a>']
    for label, href in trail:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f'<span class="current">{esc(label)}</span>')
    return '<div class="breadcrumbs" typeof="BreadcrumbList">' + ' <span class="sep">&raquo;</span> '.join(parts) + "</div>"


# --- pages ----------------------------------------------------------------------------------


def single(story: Story) -> Response:
    cat = story.opts["cats"][0]
    feat = featured_src(story)
    feat_html = (
        f'<div class="post-thumbnail"><img width="1024" height="683" src="{feat}" '
        f'class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></div>'
        if feat
        else ""
    )
    lead = (
        f'<div class="entry-lead"><p>{text(story.summary)}</p></div>' if story.sapo_outside else ""
    )
    tags = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
    tags_html = f'<span class="tags-links">Tags: {tags}</span>' if tags else ""
    author_box = ""
    if story.opts["user"] != "admin":
        author_box = f"""<div class="author-info"><div class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/5d1c0a9e?s=90&amp;d=mm&amp;r=g" class="avatar avatar-90 photo"></div>
<div class="author-description"><h3 class="author-title">About {esc(USERS[story.opts["user"]])}</h3>
<p class="author-bio">Giáo viên Ngữ văn, phụ trách website nhà trường.
<a class="author-link" href="/author/{story.opts["user"]}/" rel="author">View all posts by {esc(USERS[story.opts["user"]])}</a></p></div></div>"""
    main = f"""{breadcrumb((CATEGORIES[cat], f"/category/{cat}/"), (story.title, None))}
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard hentry single-post">
<header class="entry-header">
<div class="entry-cats"><span class="cat-links">Posted in {posted_in(story)}</span></div>
<h1 class="entry-title">{esc(story.title)}</h1>
{post_meta(story)}
</header>
{feat_html}
<div class="entry-content single-post-content">
{lead}
{render_body(story)}
{share_tools(story)}
</div>
<footer class="entry-footer">{tags_html}</footer>
</article>
{author_box}
{post_nav(story)}
{related(story)}
{comments_block(story)}"""
    head = (
        f'<link rel="canonical" href="{permalink(story)}">\n'
        f'<link rel="shortlink" href="/?p={story.id}">\n'
        f'<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/{story.id}">'
    )
    body_class = f"post-template-default single single-post postid-{story.id} single-format-standard"
    return html(
        layout(f"{story.title} – {SITE_TITLE}", main, head=head, body_class=body_class, side=sidebar(story))
    )


def card(story: Story) -> str:
    d = _dt_of(story)
    words = " ".join(b.text for b in story.blocks if isinstance(b, P)).split()
    excerpt = " ".join(words[:40]) + " [&hellip;]"
    return f"""<article class="blog-item post-{story.id} post type-post hentry">
<div class="blog-thumb"><a href="{permalink(story)}"><img width="370" height="245" src="{thumb(story)}" alt=""></a></div>
<div class="blog-content">
<div class="post-meta"><span class="cat-links">{posted_in(story)}</span></div>
<h2 class="entry-title"><a href="{permalink(story)}" rel="bookmark">{esc(story.title)}</a></h2>
<div class="post-meta entry-meta"><span class="posted-on">Posted on <a href="{permalink(story)}" rel="bookmark"><time class="entry-date published" datetime="{iso(d)}">{d_long(d)}</time></a></span>{by_line(story)}
<span class="comments-link"><a href="{permalink(story)}#comments">{comments_label(story)}</a></span></div>
<div class="entry-summary"><p>{esc(excerpt)}</p></div>
<a class="read-more" href="{permalink(story)}">Read More &raquo;</a>
</div></article>"""


def pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    out = []
    if page > 1:
        out.append(f'<a class="prev page-numbers" href="{href(page - 1)}">&laquo; Previous</a>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            out.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        out.append(f'<a class="next page-numbers" href="{href(page + 1)}">Next &raquo;</a>')
    return (
        '<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts '
        f'navigation</h2><div class="nav-links">{"".join(out)}</div></nav>'
    )


def archive(heading: str, posts: list[Story], base: str, page: int, crumb: str) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages or not posts:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        breadcrumb((crumb, None))
        + f'\n<header class="page-header"><h1 class="page-title">{heading}</h1></header>\n'
        + '<div class="blog-list">\n'
        + "\n".join(card(s) for s in chunk)
        + "\n</div>\n"
        + pagination(base, page, pages)
    )
    title = re.sub(r"<[^>]+>", "", heading)
    suffix = f" &#8211; Page {page}" if page > 1 else ""
    return html(
        layout(f"{title}{suffix} – {SITE_TITLE}", main, body_class="archive paged", head=f'<link rel="canonical" href="{base}">')
    )


def in_category(key: str) -> list[Story]:
    return [s for s in POSTS if key in s.opts["cats"]]


def home() -> Response:
    latest = "\n".join(card(s) for s in POSTS[:5])
    notices = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a> <span class="date">{d_short(_dt_of(s))}</span></li>'
        for s in in_category("thong-bao")[:3]
    )
    main = f"""<section class="home-slider"><div class="slide"><img src="/wp-content/uploads/2024/03/banner-truong-lqd.jpg" alt="">
<div class="slide-caption"><h2>Welcome to {esc(SITE_TITLE)}</h2><p>Dạy tốt - Học tốt - Rèn luyện tốt</p></div></div></section>
<section class="home-notices"><h2 class="section-title">Thông báo</h2><ul>{notices}</ul>
<a class="view-all" href="/category/thong-bao/">View All</a></section>
<section class="home-latest"><h2 class="section-title">Latest News</h2><div class="blog-list">
{latest}
</div><a class="view-all" href="/category/tin-tuc/">View All</a></section>"""
    return html(layout(f"{SITE_TITLE} – {TAGLINE}", main, body_class="home page-template-front-page"))


def static_page(slug: str) -> Response:
    title, content = STATIC_PAGES[slug]
    main = f"""{breadcrumb((title, None))}
<article id="post-45" class="page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content">
{content}
</div></article>"""
    return html(layout(f"{title} – {SITE_TITLE}", main, head=f'<link rel="canonical" href="/{slug}/">', body_class="page-template-default page"))


def attachment_page(story: Story) -> Response:
    img = story.images[story.opts["attachment"]]
    d = _dt_of(story)
    wp_id = story.id + 1 + story.opts["attachment"]
    full = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", img.src)
    main = f"""{breadcrumb((CATEGORIES[story.opts["cats"][0]], f"/category/{story.opts['cats'][0]}/"), (story.title, permalink(story)), (ATTACHMENT_SLUG, None))}
<article id="post-{wp_id}" class="post-{wp_id} attachment type-attachment status-inherit hentry">
<header class="entry-header"><h1 class="entry-title">{ATTACHMENT_SLUG}</h1>
<div class="post-meta entry-meta"><span class="posted-on">Posted on <a href="{permalink(story)}{ATTACHMENT_SLUG}/" rel="bookmark"><time class="entry-date published" datetime="{iso(d)}">{d_long(d)}</time></a></span>{by_line(story)}
<span class="full-size-link"><a href="{full}">1600 &times; 1200</a></span>
<span class="parent-post-link">Published in <a href="{permalink(story)}" rel="gallery">{esc(story.title)}</a></span></div></header>
<div class="entry-content"><figure class="entry-attachment wp-block-image">
<img width="1024" height="768" src="{img.src}" class="attachment-large size-large" alt="" decoding="async">
<figcaption class="wp-caption-text">{esc(img.printed or "")}</figcaption></figure></div>
<nav class="navigation image-navigation"><div class="nav-links"><div class="nav-previous"></div><div class="nav-next"></div></div></nav>
</article>
{comments_block(story).replace(f'value="{story.id}" id="comment_post_ID"', f'value="{wp_id}" id="comment_post_ID"')}"""
    return html(
        layout(f"{ATTACHMENT_SLUG} – {SITE_TITLE}", main, head=f'<link rel="canonical" href="{permalink(story)}{ATTACHMENT_SLUG}/">', body_class="attachment single")
    )


def search(words: str) -> Response:
    needle = words.casefold().strip()
    hits = [
        s for s in POSTS if needle and needle in (s.title + " " + " ".join(p for p in s.paragraphs)).casefold()
    ]
    if not hits:
        main = f'<header class="page-header"><h1 class="page-title">Nothing Found</h1></header><p>Sorry, but nothing matched your search terms “{esc(words)}”.</p>'
        return html(layout(f"You searched for {words} – {SITE_TITLE}", main, body_class="search search-no-results"))
    main = (
        f'<header class="page-header"><h1 class="page-title">Search Results for: <span>{esc(words)}</span></h1></header>'
        + "\n".join(card(s) for s in hits)
    )
    return html(layout(f"You searched for {words} – {SITE_TITLE}", main, body_class="search search-results"))


def not_found() -> Response:
    main = (
        '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">'
        "Oops! That page can&rsquo;t be found.</h1></header><div class=\"page-content\"><p>It looks like "
        "nothing was found at this location. Maybe try a search?</p></div></section>"
    )
    return html(layout(f"Page not found – {SITE_TITLE}", main, body_class="error404"), status=404)


_PAGED = r"(?:page/(\d+)/)?"
SHARE_TARGETS = {
    "facebook": "https://www.facebook.com/sharer/sharer.php",
    "twitter": "https://x.com/intent/tweet",
}


class WordPressSite:
    def respond(self, request: Request) -> Response | None:
        r = self._route(request)
        r = not_found() if r is None else r
        # WordPress prints every internal URL absolute (home_url): so do we, on the way out
        base = base_url(request)
        if "Location" in r.headers and r.headers["Location"].startswith("/"):
            r.headers["Location"] = base + r.headers["Location"]
        if r.headers.get("Content-Type", "").startswith("text/html") and isinstance(r.body, str):
            body = re.sub(r'\b(href|src|action)="/(?!/)', rf'\1="{base}/', r.body)
            body = body.replace('srcset="/', f'srcset="{base}/').replace("body=/", f"body={base}/")
            r.body = body.replace(", /wp-content/", f", {base}/wp-content/")
        return r

    def _route(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            params = request.params
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(permalink(story), 301) if story else None
            if "s" in params:
                return search(params["s"])
            return home()
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            target = path + "/" + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        if m := re.fullmatch(r"/(.+/)page/1/", path):
            return redirect(f"/{m.group(1)}", 301)
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/(?:([a-z0-9-]+)/)?", path):
            story = BY_SLUG.get(m.group(4))
            if story is None or permalink(story) != f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/{story.slug}/":
                return None
            if m.group(5) is None:
                # Jetpack answers its share links with a redirect to the network
                if request.params.get("share") in SHARE_TARGETS:
                    return redirect(SHARE_TARGETS[request.params["share"]], 302)
                return single(story)
            if m.group(5) == ATTACHMENT_SLUG and "attachment" in story.opts:
                return attachment_page(story)
            return None
        if m := re.fullmatch(r"/category/([a-z0-9-]+)/" + _PAGED, path):
            key = m.group(1)
            if key not in CATEGORIES:
                return None
            name = esc(CATEGORIES[key])
            return archive(f"Category: <span>{name}</span>", in_category(key), f"/category/{key}/", int(m.group(2) or 1), CATEGORIES[key])
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)/" + _PAGED, path):
            key = m.group(1)
            if key not in TAGS:
                return None
            posts = [s for s in POSTS if key in s.opts["tags"]]
            return archive(f"Tag: <span>{esc(TAGS[key])}</span>", posts, f"/tag/{key}/", int(m.group(2) or 1), TAGS[key])
        if m := re.fullmatch(r"/author/([a-z0-9-]+)/" + _PAGED, path):
            user = m.group(1)
            if user not in USERS:
                return None
            posts = [s for s in POSTS if s.opts["user"] == user]
            return archive(f"Author: <span>{esc(USERS[user])}</span>", posts, f"/author/{user}/", int(m.group(2) or 1), USERS[user])
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/(?:(\d{2})/)?" + _PAGED, path):
            y, mo, day = int(m.group(1)), int(m.group(2)), m.group(3)
            posts = [s for s in POSTS if (_dt_of(s).year, _dt_of(s).month) == (y, mo)]
            if day:
                posts = [s for s in posts if _dt_of(s).day == int(day)]
                label = d_long(_dt.datetime(y, mo, int(day)))
                base = f"/{y}/{mo:02d}/{day}/"
            else:
                label = f"{MONTHS[mo - 1]} {y}"
                base = f"/{y}/{mo:02d}/"
            return archive(f"{'Day' if day else 'Month'}: <span>{label}</span>", posts, base, int(m.group(4) or 1), label)
        if (m := re.fullmatch(r"/([a-z0-9-]+)/", path)) and m.group(1) in STATIC_PAGES:
            return static_page(m.group(1))
        return None


def build_site() -> WordPressSite:
    return WordPressSite()
