"""Trường THPT Phan Bội Châu (Nghệ An) on WordPress 6.5 with the tagDiv "Newspaper" theme,
site language Vietnamese (``vi`` locale): DATES AND TIMES IN EVERY FORM THE LOCALE PRINTS.

Platform
--------
WordPress 6.5, theme Newspaper (tagDiv) with its ``td-`` markup: ``td-header-wrap`` with a top bar
(``td_data_time``: today's solar date plus the lunar date, social icons), a mega menu whose
category items open ``td_block_mega_menu`` teasers (links to the four newest posts of that
category, with thumbnails), a "TIN NỔI BẬT" ticker (``td_block_trending_now``), a sidebar
(``td_block_wrap`` blocks "Bài viết mới" with short dates "18/11", "Xem nhiều", a visitor counter
"Đang online / Hôm nay / Tổng truy cập", a WP-Polls poll, links) and a footer with address and
phone. A post (template "single_template_1")::

    <article class="post-1482 post type-post …">
      <div class="td-post-header">
        <ul class="td-category"><li class="entry-category"><a …>Tin tức - Sự kiện</a></li></ul>
        <header class="td-post-title">
          <h1 class="entry-title">…</h1>
          [<p class="td-post-sub-title">sapo</p>]
          <div class="td-module-meta-info"> "Bởi admin", <span class="td-post-date"><time
            class="entry-date updated td-module-date" datetime="…+07:00">PRINTED DATE</time></span>,
            views, comments </div>
        </header></div>
      "Chia sẻ Facebook Twitter Pinterest"
      [<div class="td-post-featured-image"> …</div>]
      <div class="td-post-content tagdiv-type"> classic-editor / block HTML
        [<p class="post-modified-info">Cập nhật lần cuối: …</p>] </div>
      <footer> "THẺ" tag list, share bar, "Bài trước" / "Bài tiếp theo" with titles,
        author box "Tác giả: admin" </footer>
    </article>
    "CÓ THỂ BẠN QUAN TÂM" related posts with thumbnails, comment form "Để lại một bình luận".

Dates
-----
The school changed its WordPress date/time settings twice and the theme prints dates through
several template parts, so a post's meta line holds one of:

- ``Tháng Mười Một 18, 2026``: the theme default ``F j, Y`` in Vietnamese (month word first);
- ``18 Tháng Mười Một, 2026`` (``j F, Y``) and ``18 Th11, 2026`` (``j M, Y``, short month);
- ``18/11/2026 lúc 7:45 sáng`` / ``03/11/2026 lúc 2:30 chiều``: ``d/m/Y`` + " lúc " + ``g:i a``
  (12-hour clock: "sáng" = am, "chiều" = pm; "12:10 chiều" is 12:10, 2:30 chiều is 14:30, and
  a post scheduled at 00:15 prints "01/12/2026 lúc 12:15 sáng");
- ``Thứ Hai, 16/11/2026 19:05`` (``l, d/m/Y H:i``).

Every meta date sits in ``<time datetime="…+07:00">`` holding the post's time, even where the
printed date has none; Yoast prints ``article:published_time`` in UTC (``+00:00``: the 6:40 am
post of 20/11 is "2026-11-19T23:40:00+00:00" there). Some posts end with "Cập nhật lần cuối: …"
(the "WP Last Modified Info" plugin, inside the content): a later date, never the publication
date. Listings print relative dates ("2 tuần trước", "3 ngày trước"; computed from the site's
today 04/12/2026), the sidebar "Bài viết mới" prints "18/11", the header "Thứ Sáu, 04/12/2026
(24 tháng 10 năm Bính Ngọ)". Article texts mention event dates ("ngày 20/11/2026 tới",
"sáng 15/11").

URL scheme
----------
- ``/`` home: a "Tin mới nhất" block of 5 posts per page, newest first; ``/page/2/``,
  ``/page/3/``.
- ``/<year>/<month>/<slug>/`` posts; ``/<year>/<month>/<slug>/?amp=1`` the AMP twin of every post
  (a minimal Reader-mode template: ``amp-wp-title``, ``amp-img``, relative "posted on" date,
  ``rel=canonical`` to the pretty URL); ``/?p=<id>`` short links answer 301 to the pretty form
  (every post prints ``<link rel="shortlink">``).
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` categories, 5 per page.
- ``/tac-gia/<login>/`` author archive (only "admin" publishes), ``/the/<tag>/`` tag archives.
- ``/?s=<words>`` search results (the footer links "thi" as a popular search).
- Pages: ``/gioi-thieu/``, ``/lien-he/``, ``/thoi-khoa-bieu/`` (a table).
- Uploads ``/wp-content/uploads/<yyyy>/<mm>/<file>``, printed as absolute URLs with ``srcset``.

How each gold article is reached
--------------------------------
Home pages 1-3 (5, 5, 4 posts) and the category pages. "Tin tức - Sự kiện" has 6 posts: the
oldest (the school-year opening of 05/09) is only on ``/chuyen-muc/tin-tuc-su-kien/page/2/`` and
on ``/page/3/`` of the home page among the listings (plus the "Bài trước" link of the post next
to it, as WordPress chains every post). The mega menu, the ticker, the sidebar and the related
posts link newer posts again and again (one article, many links).

Traps
-----
- Date forms above; ``<time datetime>`` and the Yoast meta carry a time (or a UTC day) the page
  does not print; "Cập nhật lần cuối" is an update, not the publication; relative and short dates
  in listings and widgets; the header's today with a lunar date; event dates in the text.
- AMP twin ``?amp=1`` of every post (same article: gold alt_paths); ``/?p=<id>`` 301 short links.
- Bylines: "Người viết: Nguyễn Thị Thu Hà" (bold, at the end) → her; "Thực hiện: Đoàn trường
  THPT Phan Bội Châu" and "Nhóm phóng viên CLB Truyền thông" → credited as they sign (gold
  harmonised after the first crawl: the house credits a unit or a reporters' group signing its
  post, as craftcms_thpt, php_bylines_thcs and wp_betheme_thpt do; the spec had asked for none); "Thầy Lê Văn Quang –
  Tổ Toán" right-aligned → "Lê Văn Quang"; "ThS. Đặng Thị Hồng Nhung – Tổ Ngữ văn" → without
  degree and unit; "Tin, ảnh: X" → both; "Tin: X; Ảnh: Y"; "Ảnh: Hoàng Nam" alone → photographer
  only. The theme's "Tác giả: admin" box and "Bởi admin" on every post credit nobody.
- Captions: ``wp-caption-text`` (figcaption in HTML5 figures, ``<p>`` in old ``div.wp-caption``),
  an italic centred line, a plain centred line; a tiled gallery whose captions are
  ``figcaption`` shown on hover; one photo with no caption followed by a normal paragraph
  beginning "Ảnh hưởng của …" (body, not a caption).
- The featured image (``td-post-featured-image``) is the article's first photo, no caption.
- Static pages (no date), the author archive, tag archive, search page and timetable page are
  not articles.

Gold decisions
--------------
title: ``h1.entry-title``. published_at: the meta line's printed date (with the time where it
prints one, 12-hour clock converted). summary: the ``td-post-sub-title`` (outside the content,
first body paragraph) or a bold lead paragraph. body: the ``td-post-content`` paragraphs,
headings, list items, table rows (cells " | "), quotes; not captions, bylines, source lines,
"Cập nhật lần cuối". images: featured image first, then photos in order. category: the
breadcrumb's last section (= the ``td-category`` label).
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_newspaper_vi_thpt"
PLATFORM = "WordPress 6.5 + tagDiv Newspaper theme, vi locale, pretty permalinks + AMP"
START_PATH = "/"

SITE = "Trường THPT Phan Bội Châu"
HEADER_DATE = "Thứ Sáu, 04/12/2026 (24 tháng 10 năm Bính Ngọ)"
TODAY_DATE = _dt.date(2026, 12, 4)
PER_PAGE = 5

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "doan-truong": "Đoàn trường",
    "hoc-tap-thi-cu": "Học tập - Thi cử",
    "guong-sang": "Gương sáng",
}
TAGS = {
    "ngay-nha-giao": "Ngày Nhà giáo",
    "doan-thanh-nien": "Đoàn thanh niên",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "thi-cu": "Thi cử",
    "hoat-dong-ngoai-khoa": "Hoạt động ngoại khóa",
    "khai-giang": "Khai giảng",
}
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def up(ym: str, name: str) -> str:
    return f"/wp-content/uploads/{ym}/{name}"


# opts: dt (local publication datetime), fmt (how the meta line prints it), updated (the
# "Cập nhật lần cuối" line), tags, views. P styles: "" paragraph, "h3", "li", "oli", "quote",
# "tr" (table row, cells " | ", first row header), "lead" (bold lead). Img styles: "featured",
# "fig" (HTML5 wp-caption figure), "div" (old div.wp-caption), "em" (italic centred line),
# "center" (plain centred line), "none" (no line), "gallery" (tiled gallery, figcaption).
STORIES: list[Story] = [
    Story(
        1490,
        "dang-ky-thi-danh-gia-nang-luc-tieng-anh-dot-thang-12",
        "Thông báo đăng ký thi đánh giá năng lực tiếng Anh đợt tháng 12/2026",
        "hoc-tap-thi-cu",
        "2026-12-01T00:15:00+07:00",
        [
            P(
                "Nhà trường phối hợp với Trung tâm Ngoại ngữ – Tin học Đại học Vinh tổ chức kỳ thi đánh "
                "giá năng lực tiếng Anh theo khung 6 bậc dành cho học sinh khối 11 và 12."
            ),
            P(
                "Học sinh có nguyện vọng đăng ký tại văn phòng Đoàn trường từ nay đến hết ngày "
                "10/12/2026. Kỳ thi dự kiến diễn ra vào sáng Chủ nhật 20/12/2026 tại trường."
            ),
            P("Lệ phí dự thi: 1.200.000 đồng/học sinh (miễn 50% cho học sinh thuộc hộ nghèo)."),
        ],
        opts={"fmt": "dmy_ampm", "dt": (2026, 12, 1, 0, 15), "tags": ["thi-cu"], "views": 305},
    ),
    Story(
        1482,
        "long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường THPT Phan Bội Châu long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-20T06:40:00+07:00",
        [
            Img(up("2026/11", "le-ky-niem-20-11-2026.jpg"), style="featured"),
            P(
                "Đến dự buổi lễ có đồng chí Nguyễn Văn Hùng, Phó Giám đốc Sở GD&ĐT Nghệ An; đại diện "
                "lãnh đạo UBND thành phố Vinh, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ "
                "thầy cô giáo, cựu học sinh của trường."
            ),
            P(
                "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, thầy Hiệu trưởng Trần Quốc Bảo "
                "nhấn mạnh: năm học 2025-2026, nhà trường có 37 học sinh đạt giải học sinh giỏi cấp "
                "tỉnh, tỷ lệ đỗ tốt nghiệp THPT đạt 100%, điểm trung bình thi tốt nghiệp xếp thứ 3 "
                "toàn tỉnh."
            ),
            Img(
                up("2026/11", "thay-hieu-truong-phat-bieu.jpg"),
                "Thầy Hiệu trưởng Trần Quốc Bảo phát biểu tại buổi lễ",
                "Thầy Hiệu trưởng Trần Quốc Bảo phát biểu tại buổi lễ",
                "fig",
            ),
            P(
                "Thay mặt lãnh đạo ngành, đồng chí Phó Giám đốc Sở ghi nhận những đóng góp của tập thể "
                "sư phạm nhà trường và đề nghị tiếp tục đổi mới phương pháp dạy học theo Chương trình "
                "giáo dục phổ thông 2018."
            ),
            P(
                "Nhân dịp này, 12 thầy cô giáo được tặng Giấy khen của Giám đốc Sở GD&ĐT; 5 cá nhân "
                "được công nhận Chiến sĩ thi đua cơ sở. Ban đại diện cha mẹ học sinh trao 45 suất học "
                "bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn."
            ),
            Img(
                up("2026/11", "trao-giay-khen-giao-vien.jpg"),
                "Lãnh đạo Sở GD&ĐT trao Giấy khen cho các thầy cô giáo",
                "Lãnh đạo Sở GD&ĐT trao Giấy khen cho các thầy cô giáo",
                "div",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng, với các "
                "tiết mục ca ngợi nghề giáo và tình thầy trò."
            ),
            Raw("<p><strong>Người viết: Nguyễn Thị Thu Hà</strong></p>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary=(
            "Sáng 20/11, Trường THPT Phan Bội Châu tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tôn vinh các thầy cô giáo tiêu biểu."
        ),
        sapo_outside=True,
        opts={
            "fmt": "dmy_ampm",
            "dt": (2026, 11, 20, 6, 40),
            "updated": "Cập nhật lần cuối: 21/11/2026 lúc 4:10 chiều",
            "tags": ["ngay-nha-giao"],
            "views": 2184,
        },
    ),
    Story(
        1475,
        "doan-truong-phat-dong-thang-hanh-dong-vi-binh-dang-gioi",
        "Đoàn trường phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực học đường",
        "doan-truong",
        "2026-11-18",
        [
            P(
                "Chiều 16/11, Ban Chấp hành Đoàn trường THPT Phan Bội Châu tổ chức lễ phát động Tháng "
                "hành động vì bình đẳng giới và phòng, chống bạo lực học đường năm 2026 với sự tham gia "
                "của hơn 1.500 đoàn viên thanh niên."
            ),
            P(
                "Theo kế hoạch, từ nay đến ngày 15/12/2026, các chi đoàn sẽ tổ chức sinh hoạt chuyên "
                "đề, sân khấu hóa các tình huống và cuộc thi vẽ tranh cổ động với chủ đề “Trường học "
                "an toàn – Không bạo lực”."
            ),
            Img(
                up("2026/11", "phat-dong-binh-dang-gioi.jpg"),
                "Đoàn viên thanh niên ký cam kết nói không với bạo lực học đường",
                "Đoàn viên thanh niên ký cam kết nói không với bạo lực học đường",
                "em",
            ),
            P(
                "Điểm nhấn của tháng hành động là diễn đàn “Tiếng nói học trò” dự kiến tổ chức vào "
                "ngày 20/11/2026 tới, nơi học sinh được trực tiếp chia sẻ, đối thoại với Ban Giám hiệu "
                "và giáo viên chủ nhiệm."
            ),
            P(
                "Đoàn trường cũng thiết lập hòm thư “Điều em muốn nói” và số điện thoại tư vấn tâm lý "
                "học đường để tiếp nhận phản ánh của học sinh."
            ),
            Raw("<p><em>Thực hiện: Đoàn trường THPT Phan Bội Châu</em></p>"),
        ],
        authors=["Đoàn trường THPT Phan Bội Châu"],
        opts={"fmt": "F_j_Y", "dt": (2026, 11, 18, 7, 45), "tags": ["doan-thanh-nien"], "views": 640},
    ),
    Story(
        1469,
        "hoc-sinh-phan-boi-chau-gianh-9-giai-hoc-sinh-gioi-tinh-lop-12",
        "Học sinh Phan Bội Châu giành 9 giải tại Kỳ thi chọn học sinh giỏi tỉnh lớp 12",
        "hoc-tap-thi-cu",
        "2026-11-16T19:05:00+07:00",
        [
            P(
                "Kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026-2027 diễn ra trong hai ngày "
                "12 và 13/11/2026. Đội tuyển của trường tham gia 8 môn thi với 32 học sinh."
            ),
            P(
                "Kết quả, nhà trường có 9 học sinh đạt giải, trong đó 1 giải Nhất, 3 giải Nhì, 2 giải "
                "Ba và 3 giải Khuyến khích. Danh sách học sinh đạt giải:"
            ),
            P("TT | Họ và tên | Lớp | Môn | Giải", "tr"),
            P("1 | Nguyễn Hoàng Minh | 12A1 | Toán | Nhất", "tr"),
            P("2 | Trần Thị Phương Anh | 12A2 | Hóa học | Nhì", "tr"),
            P("3 | Lê Đức Thắng | 12A1 | Vật lí | Nhì", "tr"),
            P("4 | Hồ Ngọc Diệp | 12C1 | Ngữ văn | Nhì", "tr"),
            P("5 | Phan Văn Tú | 12A3 | Tin học | Ba", "tr"),
            P("6 | Đinh Thị Hà My | 12D1 | Tiếng Anh | Ba", "tr"),
            P(
                "Ba giải Khuyến khích thuộc về các em ở môn Sinh học, Lịch sử và Địa lí. Em Nguyễn "
                "Hoàng Minh được triệu tập vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027."
            ),
            P(
                "Nhà trường sẽ tổ chức tuyên dương, khen thưởng các em đạt giải vào buổi chào cờ sáng "
                "thứ Hai, ngày 23/11/2026."
            ),
            Raw('<p style="text-align: right;">Thầy Lê Văn Quang – Tổ Toán</p>'),
            Raw('<p class="post-modified-info">Cập nhật lần cuối: Thứ Ba, 17/11/2026 08:12</p>'),
        ],
        authors=["Lê Văn Quang"],
        opts={"fmt": "l_dmy_Hi", "dt": (2026, 11, 16, 19, 5), "tags": ["hoc-sinh-gioi", "thi-cu"], "views": 3012},
    ),
    Story(
        1461,
        "hoi-thao-chao-mung-ngay-nha-giao-viet-nam-2026",
        "Sôi nổi Hội thao chào mừng Ngày Nhà giáo Việt Nam năm 2026",
        "tin-tuc-su-kien",
        "2026-11-14",
        [
            P(
                "Trong hai ngày 13 và 14/11, Công đoàn và Đoàn trường phối hợp tổ chức Hội thao chào "
                "mừng Ngày Nhà giáo Việt Nam với các môn bóng chuyền, kéo co, cầu lông và cờ vua."
            ),
            P(
                "Hơn 200 vận động viên là giáo viên, nhân viên và học sinh tham gia tranh tài trong "
                "không khí sôi nổi, đoàn kết. Một số hình ảnh tại hội thao:"
            ),
            Img(
                up("2026/11", "hoi-thao-bong-chuyen.jpg"),
                "Trận chung kết bóng chuyền nam giáo viên",
                "Trận chung kết bóng chuyền nam giáo viên",
                "gallery",
            ),
            Img(up("2026/11", "hoi-thao-keo-co.jpg"), "Phần thi kéo co của khối 11", "Phần thi kéo co của khối 11", "gallery"),
            Img(up("2026/11", "hoi-thao-cau-long.jpg"), "Nội dung cầu lông đôi nữ", "Nội dung cầu lông đôi nữ", "gallery"),
            Img(up("2026/11", "hoi-thao-co-vua.jpg"), "Các kỳ thủ nhí so tài", "Các kỳ thủ nhí so tài", "gallery"),
            P(
                "Kết thúc hội thao, Ban tổ chức trao 24 giải cho các cá nhân và tập thể; tổ Tự nhiên 1 "
                "giành giải Nhất toàn đoàn."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Hoàng Nam</em></p>'),
        ],
        photographers=["Hoàng Nam"],
        opts={"fmt": "j_F_Y", "dt": (2026, 11, 14, 16, 20), "tags": ["ngay-nha-giao", "hoat-dong-ngoai-khoa"], "views": 1422},
    ),
    Story(
        1455,
        "em-tran-minh-khoi-tam-guong-vuot-kho-hoc-gioi",
        "Em Trần Minh Khôi – tấm gương vượt khó học giỏi",
        "guong-sang",
        "2026-11-12",
        [
            P(
                "Mồ côi cha từ năm lớp 6, sống cùng mẹ và em gái trong căn nhà nhỏ ở phường Hưng "
                "Dũng, Trần Minh Khôi (lớp 11A2) vẫn luôn là học sinh giỏi toàn diện suốt nhiều năm liền."
            ),
            P(
                "Mỗi sáng, Khôi dậy từ 5 giờ để phụ mẹ dọn hàng bánh mì rồi đạp xe gần 6 km đến "
                "trường. Buổi tối, em tranh thủ học bài và kèm em gái học."
            ),
            Img(up("2026/11", "em-tran-minh-khoi.jpg"), style="none"),
            P(
                "Ảnh hưởng của người cha – một thầy giáo dạy Toán – khiến Khôi say mê những con số. Năm "
                "học vừa qua, em đạt giải Ba học sinh giỏi tỉnh môn Toán lớp 10 và giải Nhì cuộc thi "
                "Khoa học kỹ thuật cấp tỉnh."
            ),
            P(
                "“Em muốn trở thành kỹ sư phần mềm để có thể giúp mẹ và lo cho em gái ăn học”, Khôi "
                "chia sẻ.",
                "quote",
            ),
            P(
                "Cô Nguyễn Thị Lan Anh, giáo viên chủ nhiệm, cho biết Khôi là lớp trưởng gương mẫu, "
                "luôn sẵn sàng giúp đỡ các bạn học yếu trong lớp."
            ),
            Raw("<p><strong>Nhóm phóng viên CLB Truyền thông</strong></p>"),
        ],
        authors=["Nhóm phóng viên CLB Truyền thông"],
        opts={"fmt": "j_M_Y", "dt": (2026, 11, 12, 9, 30), "tags": ["hoc-sinh-gioi"], "views": 2650},
    ),
    Story(
        1448,
        "lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027",
        "hoc-tap-thi-cu",
        "2026-11-10T14:30:00+07:00",
        [
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra giữa "
                "học kỳ I đối với các khối lớp như sau:"
            ),
            P("Khối 12: kiểm tra tập trung sáng 15/11 (Chủ nhật) các môn Toán, Ngữ văn, Tiếng Anh.", "li"),
            P("Khối 11: kiểm tra theo lịch của tổ chuyên môn từ ngày 16/11 đến 19/11/2026.", "li"),
            P("Khối 10: kiểm tra trong các tiết học chính khóa từ ngày 17/11 đến 21/11/2026.", "li"),
            P("Yêu cầu đối với học sinh", "h3"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút, mang theo thẻ học sinh; "
                "không mang điện thoại và tài liệu vào phòng thi."
            ),
            P(
                "Giáo viên chủ nhiệm có trách nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học "
                "sinh qua hệ thống sổ liên lạc điện tử."
            ),
            Raw('<p class="post-modified-info">Cập nhật lần cuối: 12/11/2026 lúc 9:05 sáng</p>'),
        ],
        opts={"fmt": "dmy_ampm", "dt": (2026, 11, 10, 14, 30), "tags": ["thi-cu"], "views": 1890},
    ),
    Story(
        1440,
        "hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        "Hội nghị cha mẹ học sinh đầu năm học 2026-2027: đồng hành cùng nhà trường",
        "tin-tuc-su-kien",
        "2026-11-06T12:10:00+07:00",
        [
            P(
                "Ngày 1/11, Trường THPT Phan Bội Châu tổ chức Hội nghị Ban đại diện cha mẹ học sinh "
                "năm học 2026-2027 với sự tham dự của 126 đại biểu đại diện cho 42 lớp."
            ),
            Img(
                up("2026/11", "hoi-nghi-cha-me-hoc-sinh.jpg"),
                "Toàn cảnh hội nghị",
                "Toàn cảnh hội nghị",
                "center",
            ),
            P(
                "Hội nghị đã thông qua báo cáo tổng kết năm học 2025-2026 và phương hướng hoạt động "
                "năm học mới, trong đó ưu tiên hỗ trợ học sinh có hoàn cảnh khó khăn và các đội tuyển "
                "học sinh giỏi."
            ),
            P(
                "Ông Hoàng Văn Sơn được bầu làm Trưởng ban đại diện cha mẹ học sinh nhà trường nhiệm kỳ "
                "2026-2027."
            ),
            P(
                "Phát biểu tại hội nghị, thầy Hiệu trưởng khẳng định nhà trường thực hiện nghiêm quy "
                "định về các khoản thu, không vận động tài trợ trái quy định."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Nghệ An</em></p>'),
        ],
        source="Báo Nghệ An",
        opts={"fmt": "dmy_ampm", "dt": (2026, 11, 6, 12, 10), "tags": [], "views": 512},
    ),
    Story(
        1432,
        "dai-hoi-chi-doan-nhiem-ky-2026-2027",
        "Đại hội các chi đoàn nhiệm kỳ 2026-2027 thành công tốt đẹp",
        "doan-truong",
        "2026-11-03",
        [
            P(
                "Từ ngày 26/10 đến 31/10/2026, 42 chi đoàn trong toàn trường đã tổ chức đại hội nhiệm "
                "kỳ 2026-2027 đúng tiến độ, đảm bảo nội dung và nguyên tắc theo Điều lệ Đoàn."
            ),
            P(
                "Đại hội điểm được tổ chức tại Chi đoàn 11A1 vào sáng 26/10 với sự tham dự của Ban "
                "Thường vụ Đoàn trường và giáo viên chủ nhiệm."
            ),
            Img(
                up("2026/11", "dai-hoi-chi-doan-11a1.jpg"),
                "Đại hội điểm Chi đoàn 11A1",
                "Đại hội điểm Chi đoàn 11A1",
                "fig",
            ),
            P(
                "Các đại hội đã đánh giá kết quả công tác Đoàn và phong trào thanh niên nhiệm kỳ qua, "
                "bầu Ban Chấp hành mới và đề ra chỉ tiêu thi đua cụ thể cho năm học."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Đình Phúc</strong></p>'),
        ],
        authors=["Nguyễn Đình Phúc"],
        photographers=["Nguyễn Đình Phúc"],
        opts={"fmt": "j_F_Y", "dt": (2026, 11, 3, 10, 0), "tags": ["doan-thanh-nien"], "views": 388},
    ),
    Story(
        1425,
        "co-giao-ho-thi-mai-25-nam-gan-bo-voi-buc-giang",
        "Cô giáo Hồ Thị Mai – 25 năm gắn bó với bục giảng",
        "guong-sang",
        "2026-10-30T08:20:00+07:00",
        [
            P(
                "Hai mươi lăm năm đứng lớp, cô Hồ Thị Mai, tổ trưởng tổ Hóa học, đã dìu dắt hàng nghìn "
                "học trò và bồi dưỡng hàng chục học sinh giỏi cấp tỉnh, cấp quốc gia.",
                "lead",
            ),
            P(
                "Tốt nghiệp Đại học Vinh năm 2001, cô Mai về công tác tại trường và gắn bó từ đó đến "
                "nay. Với cô, mỗi tiết học là một lần được truyền lửa đam mê khoa học cho học trò."
            ),
            P(
                "Không chỉ giỏi chuyên môn, cô còn là người mẹ thứ hai của nhiều thế hệ học sinh. Nhiều "
                "em có hoàn cảnh khó khăn được cô đón về nhà kèm cặp miễn phí trong những tháng ôn thi."
            ),
            P(
                "“Niềm vui lớn nhất của tôi là thấy học trò trưởng thành, sống tử tế và có ích cho xã "
                "hội”, cô Mai tâm sự.",
                "quote",
            ),
            P(
                "Năm 2025, cô vinh dự được Bộ trưởng Bộ GD&ĐT tặng Bằng khen vì có thành tích xuất sắc "
                "trong công tác bồi dưỡng học sinh giỏi quốc gia."
            ),
            P(
                "Em Trần Thị Phương Anh, học sinh lớp 12A2, chia sẻ: nhờ phương pháp dạy dễ hiểu và sự "
                "động viên của cô, em đã vượt qua nỗi sợ môn Hóa và đạt giải Nhì cấp tỉnh."
            ),
            Raw("<p><strong>Người viết: Nguyễn Thị Thu Hà</strong></p>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary=(
            "Hai mươi lăm năm đứng lớp, cô Hồ Thị Mai, tổ trưởng tổ Hóa học, đã dìu dắt hàng nghìn "
            "học trò và bồi dưỡng hàng chục học sinh giỏi cấp tỉnh, cấp quốc gia."
        ),
        opts={"fmt": "l_dmy_Hi", "dt": (2026, 10, 30, 8, 20), "tags": ["ngay-nha-giao"], "views": 2905},
    ),
    Story(
        1417,
        "truong-tham-gia-ngay-hoi-chuyen-doi-so-tinh-nghe-an",
        "Trường tham gia Ngày hội chuyển đổi số ngành Giáo dục tỉnh Nghệ An",
        "tin-tuc-su-kien",
        "2026-10-27",
        [
            P(
                "Ngày 24/10, tại Quảng trường Hồ Chí Minh, Sở GD&ĐT Nghệ An tổ chức Ngày hội chuyển đổi "
                "số ngành Giáo dục năm 2026. Trường THPT Phan Bội Châu là một trong 20 đơn vị có gian "
                "trưng bày."
            ),
            Img(
                up("2026/10", "gian-trung-bay-chuyen-doi-so.jpg"),
                "Gian trưng bày sản phẩm số của nhà trường",
                "Gian trưng bày sản phẩm số của nhà trường",
                "em",
            ),
            P(
                "Gian trưng bày giới thiệu hệ thống học liệu số, phòng học thông minh và ứng dụng quản "
                "lý nề nếp do chính học sinh CLB Tin học lập trình."
            ),
            P(
                "Sản phẩm “Sổ tay nề nếp điện tử” của nhóm học sinh lớp 11A3 nhận được nhiều lời khen "
                "của đại biểu và được Ban tổ chức tặng Giấy chứng nhận sáng kiến."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Phan Thị Lan; Ảnh: Hoàng Nam</strong></p>'),
        ],
        authors=["Phan Thị Lan"],
        photographers=["Hoàng Nam"],
        opts={"fmt": "j_M_Y", "dt": (2026, 10, 27, 15, 0), "tags": ["hoat-dong-ngoai-khoa"], "views": 455},
    ),
    Story(
        1409,
        "on-tap-mon-ngu-van-thi-tot-nghiep-thpt-2027",
        "Định hướng ôn tập môn Ngữ văn cho kỳ thi tốt nghiệp THPT năm 2027",
        "hoc-tap-thi-cu",
        "2026-10-22T15:45:00+07:00",
        [
            P(
                "Từ năm 2025, đề thi tốt nghiệp THPT môn Ngữ văn sử dụng ngữ liệu ngoài sách giáo khoa. "
                "Tổ Ngữ văn xin gợi ý một số định hướng ôn tập cho học sinh khối 12."
            ),
            P("1. Phần đọc hiểu", "h3"),
            P(
                "Học sinh cần nắm vững đặc trưng các thể loại: truyện, thơ, kí, văn bản nghị luận và "
                "văn bản thông tin; luyện đọc nhiều ngữ liệu mới để rèn kỹ năng."
            ),
            P("2. Phần viết", "h3"),
            P("Viết đoạn văn nghị luận văn học khoảng 200 chữ.", "oli"),
            P("Viết bài văn nghị luận xã hội khoảng 600 chữ về một vấn đề của tuổi trẻ.", "oli"),
            P("Rèn kỹ năng lập dàn ý, phân bổ thời gian hợp lý trong 120 phút làm bài.", "oli"),
            P(
                "Lịch ôn tập tăng cường cho khối 12 bắt đầu từ ngày 02/11/2026, vào các buổi chiều thứ "
                "Ba và thứ Năm hằng tuần."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Đặng Thị Hồng Nhung – Tổ Ngữ văn</strong></p>'),
        ],
        authors=["Đặng Thị Hồng Nhung"],
        opts={"fmt": "dmy_ampm", "dt": (2026, 10, 22, 15, 45), "tags": ["thi-cu"], "views": 1720},
    ),
    Story(
        1398,
        "khai-mac-giai-bong-da-hoc-sinh-cup-phan-boi-chau-2026",
        "Khai mạc Giải bóng đá học sinh “Cúp Phan Bội Châu” lần thứ X",
        "tin-tuc-su-kien",
        "2026-10-15",
        [
            P(
                "Chiều 14/10, Giải bóng đá học sinh “Cúp Phan Bội Châu” lần thứ X chính thức khởi tranh "
                "với 24 đội bóng nam và 12 đội bóng nữ đến từ các lớp trong toàn trường."
            ),
            P(
                "Giải đấu diễn ra từ ngày 14/10 đến 15/11/2026 tại sân vận động của trường, thi đấu "
                "theo thể thức vòng bảng và loại trực tiếp."
            ),
            P(
                "Trận khai mạc giữa 12A1 và 11D2 diễn ra hấp dẫn, kết thúc với chiến thắng 3-2 nghiêng "
                "về các đàn anh lớp 12."
            ),
            Raw('<p class="post-modified-info">Cập nhật lần cuối: 20/10/2026 lúc 9:00 sáng</p>'),
        ],
        opts={"fmt": "F_j_Y", "dt": (2026, 10, 15, 17, 30), "tags": ["hoat-dong-ngoai-khoa"], "views": 870},
    ),
    Story(
        1366,
        "khai-giang-nam-hoc-2026-2027",
        "Trường THPT Phan Bội Châu khai giảng năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-09-05T07:00:00+07:00",
        [
            Img(up("2026/09", "le-khai-giang-2026.jpg"), style="featured"),
            P(
                "Sáng 5/9, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THPT Phan Bội "
                "Châu long trọng tổ chức Lễ khai giảng năm học 2026-2027."
            ),
            P(
                "Năm học này, nhà trường đón 630 học sinh lớp 10 thuộc 15 lớp; tổng số học sinh toàn "
                "trường là 1.842 em."
            ),
            Img(
                up("2026/09", "danh-trong-khai-giang.jpg"),
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "em",
            ),
            P(
                "Thầy Hiệu trưởng Trần Quốc Bảo đọc thư của Chủ tịch nước gửi ngành Giáo dục và đánh "
                "trống khai giảng, mở đầu năm học mới với nhiều kỳ vọng."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 14 học sinh đạt thủ khoa, á khoa kỳ thi tuyển sinh "
                "vào lớp 10 và trao 30 suất học bổng cho học sinh nghèo vượt khó."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={"fmt": "dmy_ampm", "dt": (2026, 9, 5, 7, 0), "tags": ["khai-giang"], "views": 1333},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def story_path(s: Story) -> str:
    y, m = s.opts["dt"][:2]
    return f"/{y}/{m:02d}/{s.slug}/"


BY_PATH = {story_path(s): s for s in STORIES}

GOLD = [
    gold_record(s, story_path(s), CATEGORIES[s.cat], alt_paths=[story_path(s) + "?amp=1"])
    for s in STORIES
]

STATIC_PAGES = {
    "/gioi-thieu/": "Giới thiệu",
    "/lien-he/": "Liên hệ",
    "/thoi-khoa-bieu/": "Thời khóa biểu",
}

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/thoi-khoa-bieu/",
    "/tac-gia/admin/",
    "/the/ngay-nha-giao/",
    "/?s=thi",
    "/chuyen-muc/guong-sang/",
]


# --- dates as the vi locale prints them ------------------------------------------------------


def _dt_of(s: Story) -> _dt.datetime:
    return _dt.datetime(*s.opts["dt"])


def ampm(d: _dt.datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def printed_date(s: Story) -> str:
    d = _dt_of(s)
    fmt = s.opts["fmt"]
    if fmt == "F_j_Y":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if fmt == "j_F_Y":
        return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"
    if fmt == "j_M_Y":
        return f"{d.day} Th{d.month}, {d.year}"
    if fmt == "dmy_ampm":
        return f"{d:%d/%m/%Y} lúc {ampm(d)}"
    if fmt == "l_dmy_Hi":
        return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M}"
    raise ValueError(fmt)


def iso_local(s: Story) -> str:
    return _dt_of(s).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def iso_utc(s: Story) -> str:
    return (_dt_of(s) - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def relative(s: Story) -> str:
    """WordPress human_time_diff() in Vietnamese, from the site's today."""
    days = (TODAY_DATE - _dt_of(s).date()).days
    if days < 1:
        return "12 giờ trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def short_date(s: Story) -> str:
    return _dt_of(s).strftime("%d/%m")


def dotted(n: int) -> str:
    """1.234: the thousands separator of the vi locale."""
    return f"{n:,}".replace(",", ".")


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_dt_of, reverse=True)


# --- markup ----------------------------------------------------------------------------------


def img_url(request: Request, src: str, size: str = "") -> str:
    if size:
        src = re.sub(r"\.jpg$", f"-{size}.jpg", src)
    return base_url(request) + src


def img_tag(request: Request, img: Img, wpid: int, cls: str = "") -> str:
    full = img_url(request, img.src)
    return (
        f'<img decoding="async" loading="lazy" class="{cls or "size-large"} wp-image-{wpid}" '
        f'src="{full}" alt="" width="800" height="533" srcset="{full} 800w, '
        f'{img_url(request, img.src, "300x200")} 300w, {img_url(request, img.src, "768x512")} 768w" '
        'sizes="(max-width: 800px) 100vw, 800px">'
    )


def render_image(request: Request, img: Img, wpid: int, amp: bool = False) -> str:
    tag = img_tag(request, img, wpid)
    if amp:
        tag = (
            f'<amp-img src="{img_url(request, img.src)}" width="800" height="533" '
            'layout="intrinsic" alt=""></amp-img>'
        )
    cap = esc(img.printed or "")
    if img.style == "fig":
        return (
            f'<figure id="attachment_{wpid}" aria-describedby="caption-attachment-{wpid}" '
            f'style="width: 800px" class="wp-caption aligncenter">{tag}'
            f'<figcaption id="caption-attachment-{wpid}" class="wp-caption-text">{cap}</figcaption></figure>'
        )
    if img.style == "div":
        return (
            f'<div id="attachment_{wpid}" style="width: 810px" class="wp-caption aligncenter">{tag}'
            f'<p id="caption-attachment-{wpid}" class="wp-caption-text">{cap}</p></div>'
        )
    if img.style == "em":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{cap}</em></p>'
    if img.style == "center":
        return f'<p style="text-align: center;">{tag}<br>\n{cap}</p>'
    return f'<p style="text-align: center;">{tag}</p>'


def render_gallery(request: Request, imgs: list[Img], base_id: int, amp: bool = False) -> str:
    items = []
    for n, img in enumerate(imgs):
        tag = (
            f'<amp-img src="{img_url(request, img.src)}" width="800" height="533" layout="intrinsic"></amp-img>'
            if amp
            else f'<img loading="lazy" src="{img_url(request, img.src)}" data-orig-file="{img_url(request, img.src)}" '
            f'srcset="{img_url(request, img.src, "768x512")} 768w" alt="" class="wp-image-{base_id + n}">'
        )
        items.append(
            f'<figure class="wp-block-image size-large tiled-gallery__item">{tag}'
            f'<figcaption class="wp-element-caption tiled-gallery__caption">{esc(img.printed or "")}</figcaption></figure>'
        )
    return (
        '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped '
        'wp-block-jetpack-tiled-gallery is-style-rectangular">\n' + "\n".join(items) + "\n</figure>"
    )


def render_content(request: Request, s: Story, amp: bool = False) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    wpid = s.id + 1
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "featured":
                pass
            elif b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                out.append(render_gallery(request, group, wpid, amp))
                wpid += len(group)
                continue
            else:
                out.append(render_image(request, b, wpid, amp))
                wpid += 1
        elif b.style in ("li", "oli", "tr"):
            style = b.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i].text)
                i += 1
            if style == "tr":
                rows = []
                for n, row in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in row.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody></table></figure>"
                )
            else:
                tag = "ul" if style == "li" else "ol"
                out.append(f"<{tag}>\n" + "\n".join(f"<li>{esc(t)}</li>" for t in group) + f"\n</{tag}>")
            continue
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{esc(b.text)}</p></blockquote>')
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    if amp and s.opts.get("updated"):
        out = [o for o in out if "post-modified-info" not in o]
    return "\n".join(out)


def teaser(request: Request, s: Story, module: str = "td_module_mega_menu", meta: str = "") -> str:
    path = story_path(s)
    thumb = next((b for b in s.blocks if isinstance(b, Img)), None)
    src = img_url(request, thumb.src, "218x150") if thumb else img_url(request, "/wp-content/themes/Newspaper/images/no-thumb/218x150.png")
    return (
        f'<div class="{module} td_mod_mega_menu"><div class="td-module-thumb">'
        f'<a href="{base_url(request)}{path}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{src}" alt="" width="218" height="150"></a></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{base_url(request)}{path}" '
        f'rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3>{meta}</div></div>'
    )


def layout(request: Request, title: str, main: str, head: str = "", body_class: str = "") -> str:
    base = base_url(request)
    mega = []
    for key, name in CATEGORIES.items():
        posts = [s for s in newest(STORIES) if s.cat == key][:4]
        mega.append(
            f'<li class="menu-item menu-item-type-taxonomy td-menu-item td-mega-menu">'
            f'<a href="{base}/chuyen-muc/{key}/">{esc(name)}</a><ul class="sub-menu"><li class="menu-item-0">'
            f'<div class="td-container-border"><div class="td-mega-grid"><div class="td_block_wrap td_block_mega_menu">'
            f'<div class="td-mega-row">{"".join(teaser(request, s) for s in posts)}</div>'
            f'<a href="{base}/chuyen-muc/{key}/" class="td-mega-all">Xem tất cả</a></div></div></div></li></ul></li>'
        )
    trending = "".join(
        f'<div class="td-trending-now-post"><a class="td-trending-now-title" href="{base}{story_path(s)}">{esc(s.title)}</a></div>'
        for s in (BY_ID[1482], BY_ID[1469], BY_ID[1455])
    )
    latest = "".join(
        f'<li><span class="td-post-date">{short_date(s)}</span> <a href="{base}{story_path(s)}">{esc(s.title)}</a></li>'
        for s in newest(STORIES)[:5]
    )
    popular = "".join(
        f'<li><a href="{base}{story_path(s)}">{esc(s.title)}</a> <span class="td-nr-views">{dotted(s.opts["views"])} lượt xem</span></li>'
        for s in sorted(STORIES, key=lambda x: -x.opts["views"])[:4]
    )
    social = "".join(
        f'<span class="td-social-icon-wrap"><a target="_blank" href="{href}" title="{name}">'
        f'<i class="td-icon-font td-icon-{name.lower()}"></i></a></span>'
        for name, href in (
            ("Facebook", "https://www.facebook.com/thptphanboichau.nghean"),
            ("Youtube", "https://www.youtube.com/@thptphanboichau"),
            ("Zalo", "https://zalo.me/0238384421"),
        )
    )
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" id="td-theme-css" href="{base}/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all">
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{base}/feed/">
<meta name="generator" content="WordPress 6.5.5">
{head}
</head>
<body class="{body_class} global-block-template-1 td-newspaper-pro tdb-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu">
<div class="td_data_time"><div>{HEADER_DATE}</div></div>
<ul class="top-header-menu"><li><a href="{base}/lien-he/">Liên hệ</a></li><li><a href="{base}/wp-login.php">Đăng nhập</a></li></ul>
</div><div class="td-header-sp-top-widget">{social}</div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo">
<a class="td-main-logo" href="{base}/"><img class="td-retina-data" src="{base}/wp-content/uploads/2024/08/logo-pbc.png" alt="{SITE}" width="272" height="90"><span class="td-visual-hidden">{SITE}</span></a>
</div><div class="td-header-sp-recs"><img src="{base}/wp-content/uploads/2024/08/banner-truong.jpg" alt="banner"></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container">
<ul id="menu-main-menu" class="sf-menu">
<li class="menu-item current-menu-item td-menu-item td-normal-menu"><a href="{base}/">Trang chủ</a></li>
<li class="menu-item td-menu-item"><a href="{base}/gioi-thieu/">Giới thiệu</a></li>
{"".join(mega)}
<li class="menu-item td-menu-item"><a href="{base}/thoi-khoa-bieu/">Thời khóa biểu</a></li>
</ul></div>
<div class="header-search-wrap"><form method="get" class="td-search-form" action="{base}/"><input class="needsclick td-widget-search-input" type="text" value="" name="s" placeholder="Tìm kiếm"><input class="wpb_button" type="submit" value="Tìm kiếm"></form></div>
</div></div>
<div class="td_block_wrap td_block_trending_now"><div class="td-block-title-wrap"><span class="td-trending-now-display-area">TIN NỔI BẬT</span></div>
<div class="td-trending-now-wrapper">{trending}</div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">
{main}
</div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7 td_block_widget"><h4 class="block-title"><span class="td-pulldown-size">Bài viết mới</span></h4>
<ul class="td-recent-posts">{latest}</ul></div>
<div class="td_block_wrap td_block_popular td_block_widget"><h4 class="block-title"><span>Xem nhiều</span></h4><ol>{popular}</ol></div>
<aside class="td_block_template_1 widget widget_counter"><h4 class="block-title"><span>Thống kê truy cập</span></h4>
<ul class="visitor-counter"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.284</b></li><li>Hôm qua: <b>1.906</b></li><li>Tổng truy cập: <b>2.418.905</b></li></ul></aside>
<aside class="td_block_template_1 widget widget_polls-widget"><h4 class="block-title"><span>Thăm dò ý kiến</span></h4>
<div id="polls-7" class="wp-polls"><form id="polls_form_7" class="wp-polls-form" action="/index.php" method="post">
<p style="text-align: center;"><strong>Bạn thấy website mới của trường thế nào?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" name="poll_7" value="21"> Rất hữu ích</li><li><input type="radio" name="poll_7" value="22"> Bình thường</li><li><input type="radio" name="poll_7" value="23"> Cần cải thiện</li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="Bình chọn" class="Buttons"></p></form></div></aside>
<aside class="widget widget_links"><h4 class="block-title"><span>Liên kết</span></h4><ul>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://nghean.edu.vn" target="_blank">Sở GD&amp;ĐT Nghệ An</a></li>
<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li></ul></aside>
</div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span4"><aside class="footer-text-wrap"><div class="block-title"><span>VỀ CHÚNG TÔI</span></div>
<b>{SITE}</b><br>Địa chỉ: 114 Lê Hồng Phong, phường Hưng Bình, TP. Vinh, Nghệ An<br>
Điện thoại: 0238 3844 218 – Email: c3phanboichau@nghean.edu.vn</aside></div>
<div class="td-pb-span4"><aside class="widget"><div class="block-title"><span>TÌM KIẾM PHỔ BIẾN</span></div>
<a href="{base}/?s=thi">thi</a></aside></div>
</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-sub-footer-copy">© Bản quyền thuộc về {SITE}. Thiết kế bởi tagDiv.</div></div></div>
</div>
<script type="text/javascript" src="{base}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5" id="td-site-min-js"></script>
</body>
</html>"""


def breadcrumb(request: Request, *crumbs: tuple[str, str | None]) -> str:
    base = base_url(request)
    parts = [f'<span><a title="" class="entry-crumb" href="{base}/">Trang chủ</a></span>']
    for label, href in crumbs:
        sep = '<i class="td-icon-right td-bread-sep"></i>'
        if href:
            parts.append(f'{sep} <span><a title="Xem tất cả bài viết trong {esc(label)}" class="entry-crumb" href="{base}{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'{sep} <span class="td-bred-no-url-last">{esc(label)}</span>')
    return '<div class="td-crumb-container"><div class="entry-crumbs">' + " ".join(parts) + "</div></div>"


SHARE = (
    '<div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">'
    '<div class="td-social-sharing-button td-social-handler"><span class="td-social-but-text">Chia sẻ</span></div>'
    '<a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={u}" title="Facebook"><span class="td-social-but-text">Facebook</span></a>'
    '<a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url={u}" title="Twitter"><span class="td-social-but-text">Twitter</span></a>'
    '<a class="td-social-sharing-button td-social-pinterest" href="https://pinterest.com/pin/create/button/?url={u}" title="Pinterest"><span class="td-social-but-text">Pinterest</span></a>'
    "</div></div>"
)


def post_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    path = story_path(s)
    url = base + path
    cat = CATEGORIES[s.cat]
    featured = next((b for b in s.blocks if isinstance(b, Img) and b.style == "featured"), None)
    feat = ""
    if featured:
        feat = (
            f'<div class="td-post-featured-image"><a href="{img_url(request, featured.src)}" data-caption="">'
            f'<img width="696" height="464" class="entry-thumb td-modal-image" src="{img_url(request, featured.src)}" '
            f'srcset="{img_url(request, featured.src, "696x464")} 696w, {img_url(request, featured.src)} 800w" alt="" title="{esc(featured.src.rsplit("/", 1)[1][:-4])}"></a></div>'
        )
    sub = f'<p class="td-post-sub-title">{esc(s.summary)}</p>' if s.sapo_outside else ""
    tags = "".join(f'<li><a href="{base}/the/{t}/">{esc(TAGS[t])}</a></li>' for t in s.opts["tags"])
    order = newest(STORIES)
    idx = order.index(s)
    nav = []
    if idx + 1 < len(order):
        p = order[idx + 1]
        nav.append(f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="{base}{story_path(p)}">{esc(p.title)}</a></div></div>')
    if idx > 0:
        n = order[idx - 1]
        nav.append(f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="{base}{story_path(n)}">{esc(n.title)}</a></div></div>')
    related = [r for r in order if r.cat == s.cat and r is not s][:3]
    rel = "".join(
        teaser(request, r, "td_module_related_posts", f'<div class="td-module-meta-info"><span class="td-post-date">{relative(r)}</span></div>')
        for r in related
    )
    main = f"""{breadcrumb(request, (cat, f"/chuyen-muc/{s.cat}/"), (s.title, None))}
<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail category-{s.cat}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{base}/chuyen-muc/{s.cat}/">{esc(cat)}</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{esc(s.title)}</h1>
{sub}
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{base}/tac-gia/admin/">admin</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso_local(s)}">{printed_date(s)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{s.id}">{s.opts["views"]}</span></div>
<div class="td-post-comments"><a href="{url}#respond"><i class="td-icon-comments"></i>0</a></div>
</div>
</header>
</div>
{SHARE.format(u=url)}
{feat}
<div class="td-post-content tagdiv-type">
{render_content(request, s)}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>THẺ</span></li>{tags}</ul></div>
<div class="td-post-sharing-bottom">{SHARE.format(u=url)}</div>
<div class="td-block-row td-post-next-prev">{"".join(nav)}</div>
<div class="author-box-wrap"><a href="{base}/tac-gia/admin/"><img alt="" src="{base}/wp-content/uploads/2024/08/avatar-admin-96x96.png" class="avatar avatar-96 photo" height="96" width="96"></a>
<div class="desc"><div class="td-author-name vcard author"><span class="fn">Tác giả: <a href="{base}/tac-gia/admin/">admin</a></span></div>
<div class="td-author-description">Ban biên tập website nhà trường</div></div></div>
</footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">CÓ THỂ BẠN QUAN TÂM</a><a class="td-related-right" href="#">Thêm từ tác giả</a></h4>
<div class="td_block_inner td-related-row">{rel}</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30"></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"><input type="hidden" name="comment_post_ID" value="{s.id}" id="comment_post_ID"></p>
</form></div></div>"""
    head = (
        f'<link rel="canonical" href="{url}">\n<link rel="shortlink" href="{base}/?p={s.id}">\n'
        f'<link rel="amphtml" href="{url}?amp=1">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="article:published_time" content="{iso_utc(s)}">\n'
    )
    if s.opts.get("updated"):
        head += f'<meta property="article:modified_time" content="{iso_utc(s)[:11]}09:10:00+00:00">\n'
    return html(layout(request, f"{s.title} | {SITE}", main, head, f"post-template-default single single-post postid-{s.id}"))


def amp_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    url = base + story_path(s)
    feat = next((b for b in s.blocks if isinstance(b, Img) and b.style == "featured"), None)
    hero = ""
    if feat:
        hero = f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="696" height="464" src="{img_url(request, feat.src)}" layout="intrinsic"></amp-img></figure>'
    sub = f"<p><strong>{esc(s.summary)}</strong></p>" if s.sapo_outside else ""
    body = f"""<!doctype html>
<html amp lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(s.title)} &#8211; {SITE}</title>
<link rel="canonical" href="{url}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-wp-header{{background:#4a4a4a}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/">{SITE}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{esc(s.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">admin</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{iso_utc(s)}">{relative(s)}</time></div>
</header>
{hero}
<div class="amp-wp-article-content">
{sub}
{render_content(request, s, amp=True)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{base}/chuyen-muc/{s.cat}/" rel="category tag">{esc(CATEGORIES[s.cat])}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{url}#respond">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><p>&copy; 2026 {SITE}</p><a href="#top" class="back-to-top">Về đầu trang ↑</a></div></footer>
</body></html>"""
    return html(body)


def pager(prefix: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return prefix if n == 1 else f"{prefix}page/{n}/"

    out = ['<div class="page-nav td-pb-padding-side">']
    if page > 1:
        out.append(f'<a href="{href(page - 1)}"><i class="td-icon-menu-left"></i></a>')
    for n in range(1, pages + 1):
        out.append(f'<span class="current">{n}</span>' if n == page else f'<a href="{href(n)}" class="page" title="{n}">{n}</a>')
    if page < pages:
        out.append(f'<a href="{href(page + 1)}"><i class="td-icon-menu-right"></i></a>')
    out.append(f'<span class="pages">Trang {page} của {pages}</span></div>')
    return "".join(out)


def excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:22]) + ("…" if len(words) > 22 else "")


def module10(request: Request, s: Story) -> str:
    meta = (
        '<div class="td-module-meta-info"><span class="td-post-author-name"><a href="'
        f'{base_url(request)}/tac-gia/admin/">admin</a> <span>-</span> </span>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso_local(s)}">'
        f"{relative(s)}</time></span></div>"
        f'<div class="td-excerpt">{esc(excerpt(s))}</div>'
    )
    return teaser(request, s, "td_module_10 td_module_wrap td-animation-stack", meta)


def listing(
    request: Request, heading: str, posts: list[Story], prefix: str, page: int, crumbs, per_page: int = PER_PAGE
) -> Response | None:
    pages = max(1, -(-len(posts) // per_page))
    if page > pages:
        return None
    chunk = posts[(page - 1) * per_page : page * per_page]
    main = (
        f"{breadcrumb(request, *crumbs)}\n"
        f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(heading)}</span></h1></div>\n'
        f'<div class="td-ss-main-content">{"".join(module10(request, s) for s in chunk) or "<p>Không tìm thấy kết quả.</p>"}</div>\n'
        + pager(prefix, page, pages)
    )
    title = heading + (f" - Trang {page}" if page > 1 else "")
    return html(layout(request, f"{title} | {SITE}", main, body_class="archive"))


def home(request: Request, page: int) -> Response | None:
    posts = newest(STORIES)
    pages = -(-len(posts) // PER_PAGE)
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = base_url(request)
    main = (
        '<div class="td_block_wrap td_block_big_grid_1"><h4 class="block-title"><span>TIN MỚI NHẤT</span></h4>\n'
        + "".join(module10(request, s) for s in chunk)
        + "</div>\n"
        + pager(f"{base}/", page, pages)
    )
    return html(layout(request, f"{SITE} – Trang {page}" if page > 1 else f"{SITE} – Nghệ An", main, body_class="home blog"))


STATIC_BODY = {
    "/gioi-thieu/": (
        "<p>Trường THPT Phan Bội Châu được thành lập năm 1974, là một trong những trường trung học "
        "phổ thông có bề dày truyền thống của tỉnh Nghệ An.</p>\n"
        "<p>Hiện nay trường có 42 lớp với hơn 1.800 học sinh, 112 cán bộ, giáo viên, nhân viên; "
        "trường đạt chuẩn quốc gia mức độ 2.</p>\n"
        "<p>Sứ mệnh của nhà trường: xây dựng môi trường học tập thân thiện, chất lượng, giúp học sinh "
        "phát triển toàn diện.</p>"
    ),
    "/lien-he/": (
        "<p><strong>Trường THPT Phan Bội Châu</strong></p>\n"
        "<p>Địa chỉ: 114 Lê Hồng Phong, phường Hưng Bình, TP. Vinh, Nghệ An</p>\n"
        "<p>Điện thoại: 0238 3844 218</p>\n<p>Email: c3phanboichau@nghean.edu.vn</p>\n"
        '<div class="wpcf7"><form action="/lien-he/#wpcf7-f5-o1" method="post" class="wpcf7-form">'
        '<p><label>Họ tên<br><input type="text" name="your-name"></label></p>'
        '<p><label>Nội dung<br><textarea name="your-message"></textarea></label></p>'
        '<p><input type="submit" value="Gửi"></p></form></div>'
    ),
    "/thoi-khoa-bieu/": (
        "<p>Thời khóa biểu áp dụng từ ngày 09/11/2026 (học kỳ I, năm học 2026-2027) – lớp 12A1:</p>\n"
        '<figure class="wp-block-table"><table><tbody>'
        "<tr><th>Tiết</th><th>Thứ Hai</th><th>Thứ Ba</th><th>Thứ Tư</th><th>Thứ Năm</th><th>Thứ Sáu</th><th>Thứ Bảy</th></tr>"
        "<tr><td>1</td><td>Chào cờ</td><td>Toán</td><td>Ngữ văn</td><td>Vật lí</td><td>Hóa học</td><td>Tiếng Anh</td></tr>"
        "<tr><td>2</td><td>Toán</td><td>Toán</td><td>Ngữ văn</td><td>Vật lí</td><td>Tin học</td><td>Sinh hoạt</td></tr>"
        "<tr><td>3</td><td>Ngữ văn</td><td>Tiếng Anh</td><td>Lịch sử</td><td>Hóa học</td><td>Toán</td><td>GDQP</td></tr>"
        "</tbody></table></figure>"
    ),
}


def static_page(request: Request, path: str) -> Response:
    name = STATIC_PAGES[path]
    main = (
        f"{breadcrumb(request, (name, None))}\n"
        f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(name)}</span></h1></div>\n'
        f'<div class="td-page-content tagdiv-type">\n{STATIC_BODY[path]}\n</div>'
    )
    head = f'<link rel="canonical" href="{base_url(request)}{path}">'
    return html(layout(request, f"{name} | {SITE}", main, head, "page-template-default page"))


def search(request: Request, words: str) -> Response | None:
    needle = words.casefold().strip()
    hits = [s for s in newest(STORIES) if needle and needle in (s.title + " " + excerpt(s)).casefold()]
    return listing(request, f"Kết quả tìm kiếm cho: {words}", hits, "/", 1, [(f"Tìm kiếm: {words}", None)], per_page=20)


class NewspaperSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith("/wp-content/") or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(base_url(request) + story_path(s), 301) if s else None
            if "s" in params:
                return search(request, params["s"])
            return home(request, 1) if not request.query else None
        if m := re.fullmatch(r"/page/(\d+)/", path):
            n = int(m.group(1))
            return home(request, n) if n >= 2 else redirect(base_url(request) + "/", 301)
        if path in BY_PATH:
            s = BY_PATH[path]
            if params.get("amp") == "1" and request.query == "amp=1":
                return amp_page(request, s)
            return None if request.query else post_page(request, s)
        if path in STATIC_PAGES and not request.query:
            return static_page(request, path)
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?", path):
            key, n = m.group(1), int(m.group(2) or 1)
            if key not in CATEGORIES or n < 1:
                return None
            posts = [s for s in newest(STORIES) if s.cat == key]
            name = CATEGORIES[key]
            return listing(request, name, posts, f"{base_url(request)}/chuyen-muc/{key}/", n, [(name, None)])
        if m := re.fullmatch(r"/the/([a-z-]+)/", path):
            key = m.group(1)
            if key not in TAGS:
                return None
            posts = [s for s in newest(STORIES) if key in s.opts["tags"]]
            return listing(request, f"Thẻ: {TAGS[key]}", posts, f"{base_url(request)}/the/{key}/", 1, [(f"Thẻ: {TAGS[key]}", None)])
        if path == "/tac-gia/admin/":
            return listing(request, "Tác giả: admin", newest(STORIES)[:PER_PAGE], f"{base_url(request)}/tac-gia/admin/", 1, [("admin", None)])
        return None


def build_site() -> NewspaperSite:
    return NewspaperSite()
