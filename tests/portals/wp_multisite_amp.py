"""Fixture portal: a lower secondary school on a district's WordPress multisite network.

Imitates a WordPress 6.x multisite, subdirectory install ("Mạng trường học Yên Định"): the network's
main site at ``/`` (its posts under ``/blog/YYYY/MM/DD/<slug>/``, as WordPress prefixes them on the
main site of a subdirectory network) and one site per school under ``/<school>/``. The school under
test is Trường THCS Định Tăng at ``/thcs-dinh-tang/`` (START_PATH); ``/thcs-dinh-tang`` without the
slash answers 301. Every school site runs tagDiv's Newspaper theme with Jetpack (sharing, likes,
related posts placeholder, tiled galleries on the wp.com image CDN), the AMP plugin in Reader mode,
WP-Polls, WP Statistics, The Events Calendar and Contact Form 7. What the school's site prints:

- a network bar above the theme header ("Mạng trường học Yên Định", a dropdown of every school
  site on the host: links into other prefixes of the same host), Newspaper's top bar with the
  header date (a fixed today), logo, main menu with sub-menus and the search form;
- posts at ``/thcs-dinh-tang/<slug>/`` (``/%postname%/``); the head carries ``rel=canonical``,
  ``rel=shortlink`` (``/?p=N``, a 301), ``rel=amphtml`` to ``/<slug>/amp/``. The AMP page (legacy
  Reader template, ``amp-img``, a relative "N ngày trước" posted-on line over a UTC
  ``<time datetime>``) has ``rel=canonical`` back to the post and an "Thoát phiên bản di động" link to
  ``/<slug>/?noamp=mobile`` (the normal page again, canonical to the post). ``/<slug>/?amp=1`` also
  serves the AMP page (not linked). Comments print "Trả lời" links ``?replytocom=N`` (the post
  again, ``noindex``, canonical to the post);
- the classic Newspaper single template: ``ul.td-category``, ``h1.entry-title``, an optional
  ``p.td-post-sub-title`` (the sapo, outside the content), the meta line "Bởi <user> - <date>"
  with the site's date format ``l, d/m/Y - H:i`` ("Thứ Sáu, 20/11/2026 - 10:15"), views and
  comment count; the featured image with its caption at the top of ``div.td-post-content``;
  Jetpack's share buttons (``?share=facebook&nb=1`` etc.: 302 to the network, same host links),
  its "Thích bài này" widget and an empty related-posts placeholder *inside* the content div after
  the text; the "NGUỒN" box and "TAGS" under the post; "Bài trước"/"Bài tiếp theo"; the author box;
  the "Có thể bạn quan tâm" related block; comments and the comment form;
- posts of the "Thông báo" category use a tagDiv Composer cloud template (``tdb_*`` blocks): its
  breadcrumbs, ``h1.tdb-title-text`` and content, *no* date and no author on the page; their date is
  only in listings (and, as UTC, in the AMP page);
- listings: the school's home page (big grid, per-category blocks, "Bài viết mới" paginated at
  ``/page/N/``), category archives ``/chuyen-muc/<cat>/`` with ``/page/N/`` and Newspaper's
  pull-down filter (``?filter_by=featured|popular|popular7|review_high|random_posts``, kept by the
  pager: a parameter explosion of a few dozen URLs, every one 200), tag and author archives,
  search ``/?s=``; feeds ``/feed/``, ``/chuyen-muc/<cat>/feed/``, ``/comments/feed/``;
  ``/wp-sitemap.xml`` of the school exists but the host's ``/robots.txt`` (the main site's) names
  only the main site's sitemap;
- The Events Calendar's month view ``/thcs-dinh-tang/events/month/`` and
  ``/events/month/YYYY-MM/`` whose "Tháng sau" link never ends (every month 1900-01..2999-12 answers
  200), event pages ``/event/<slug>/``; pages "Giới thiệu", "Cơ cấu tổ chức", "Liên hệ" (CF7 form),
  "Văn bản" (a table of documents with PDF links), "Thư viện ảnh" (albums linking posts and
  attachment pages ``/<post-slug>/<attachment>/``); an old slug of one post answers 301 to the post
  (WordPress's old-slug redirect; the link sits in another post's text);
- sidebar: "Tin mới" (with dates), "Xem nhiều" (views), a WP-Polls poll, "Tin từ Mạng trường học"
  (network posts: the main site's and neighbour schools'), categories with counts, WP Statistics
  counter, a "Liên kết website" select; footer with address, phone, email and copyright.

Text: wptexturize writes curly quotes, dashes and the ellipsis as numeric references (``&#8220;``,
``&#8211;``) in titles and content; one post (migrated from the school's old Joomla site in 2025)
mixes named and numeric references with raw UTF-8 and carries its old "Ngày đăng: YYYY-MM-DD" line
(its WordPress date shows the time 00:00); one post was pasted decomposed (NFD). Captions: the
featured image's ``figcaption``, Gutenberg ``figure``/``figcaption``, the classic ``wp-caption``
box, a centred italic line in parentheses, a second table row under a photo, Jetpack tiled-gallery
captions (images on ``i0.wp.com``), once a Zalo file name under a photo (no caption).

Gold (by hand, see GOLD), judgement calls:
- Only posts of the ``/thcs-dinh-tang/`` site are this portal's articles. The main site's and the
  neighbour schools' posts are other portals on the same host; a few are listed in NON_ARTICLES.
- The AMP page, ``?noamp=mobile`` and ``?replytocom=N`` are the same article: ``alt_paths``.
- Authors: the in-text signature ("Tin:", "Bài, ảnh:", "Tin, ảnh:", "Bài: X - Ảnh: Y", a bare
  right-aligned name) when there is one; else the WordPress author when its display name is a
  person's ("Trịnh Thị Mai"); "admin" and "Ban biên tập" are accounts, never authors. "Ảnh: Tổ
  Khoa học tự nhiên" credits a team: photographers as printed. The "NGUỒN" box names the source.
- Dates: the meta line's date and time; "- 00:00" on the migrated post is no time (date only, and
  its "Ngày đăng" line agrees); "Thông báo" posts print no date, so the listings' date and time is
  used. The typed "Ngày đăng" line is a date line, not body text.
- Summary: only ``p.td-post-sub-title`` (then also the body's first paragraph).
- Images: the featured image shown on the post is the first photo; its figcaption its caption.
  Tiled-gallery images count with their CDN URL as printed in ``src``. A file name under a photo is
  no caption. Jetpack's widgets, the NGUỒN box, tags and file blocks are not body text; table rows
  are body lines, cells joined by " | ".
- Category: the breadcrumb's category (every post has exactly one).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

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
    text,
)

NAME = "wp_multisite_amp"
PLATFORM = "wordpress"
BLOG = "/thcs-dinh-tang"
START_PATH = BLOG + "/"

NETWORK = "Mạng trường học Yên Định"
SITE = "Trường THCS Định Tăng"
TAGLINE = "Kỷ cương – Tình thương – Trách nhiệm"
UP = "/wp-content/uploads/sites/7"
CDN_HOST = "truonghoc.yendinh.edu.vn"
THEME = "/wp-content/themes/Newspaper"
PER_PAGE = 4
#: "now" for the AMP page's relative dates and the events calendar: the fixed today (25/11/2026)
NOW = datetime(2026, 11, 25, 9, 30)
THIS_MONTH = (2026, 11)
VN = timezone(timedelta(hours=7))

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (2, "Tin tức - Sự kiện"),
    "thong-bao": (3, "Thông báo"),
    "hoat-dong-doi": (4, "Hoạt động Đội"),
    "chuyen-mon": (5, "Chuyên môn"),
}
TAGS: dict[str, str] = {
    "nam-hoc-2026-2027": "Năm học 2026-2027",
    "nha-giao": "Nhà giáo",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "trai-nghiem": "Trải nghiệm",
    "doi-tntp": "Đội TNTP",
}
#: login -> display name (author archives live at /author/<login>/)
USERS: dict[str, str] = {"admin": "admin", "bientap": "Ban biên tập", "maitt": "Trịnh Thị Mai"}
FILTERS: dict[str, str] = {
    "": "Mới nhất",
    "featured": "Nổi bật",
    "popular": "Phổ biến nhất",
    "popular7": "Phổ biến 7 ngày",
    "review_high": "Đánh giá cao",
    "random_posts": "Ngẫu nhiên",
}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

# Story.opts: when (WordPress post date, local), user (login), tags, views, migrated (the old
# "Ngày đăng" line is in blocks), nfd, entities, comments [(id, name, text, parent)],
# source (NGUỒN box: name, url), old_slug, file (href, name), tdb (cloud template: Thông báo).
# Img styles: "featured" (theme's featured image + figcaption), "figure" (Gutenberg image block),
# "wpcap" (classic [caption] box), "em" (centred image, then a centred italic line),
# "trow" (a two-row table: photo, caption), "tiled" (Jetpack tiled gallery on i0.wp.com),
# "plain" (an image paragraph, no line).
# P styles: "" paragraph, "h3", "li", "th"/"tr" (table rows, cells " | "), "a|<href>|<phrase>".


def _u(ym: str, name: str) -> str:
    return f"{UP}/{ym}/{name}"


def _cdn(ym: str, name: str, w: int) -> str:
    return f"https://i0.wp.com/{CDN_HOST}{UP}/{ym}/{name}?w={w}&ssl=1"


STORIES: list[Story] = [
    Story(
        id=1482,
        slug="truong-thcs-dinh-tang-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường THCS Định Tăng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng 19/11, Trường THCS Định Tăng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 – 20/11/2026), tổng kết phong trào thi đua “Hai tốt” đợt I."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("2026/11", "le-ky-niem-20-11-2026-696x464.jpg"),
                "Các thầy cô giáo nhà trường chụp ảnh lưu niệm tại buổi lễ",
                "Các thầy cô giáo nhà trường chụp ảnh lưu niệm tại buổi lễ",
                "featured",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Định Tăng; Ban đại diện"
                " cha mẹ học sinh; các thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên,"
                " nhân viên và hơn 520 học sinh của nhà trường."
            ),
            P(
                "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, thầy Nguyễn Đình Thắng – Hiệu"
                " trưởng nhà trường khẳng định: trong năm học 2025 – 2026, tập thể sư phạm nhà"
                " trường đã nỗ lực vượt qua khó khăn, hoàn thành xuất sắc nhiệm vụ; tỉ lệ học sinh"
                " lên lớp đạt 99,6%, có 17 học sinh đạt giải học sinh giỏi cấp tỉnh."
            ),
            Img(
                _u("2026/11", "le-ky-niem-20-11-van-nghe-1024x683.jpg"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
                "figure",
            ),
            P(
                "Trong đợt thi đua chào mừng ngày 20/11, các lớp đã có nhiều hoạt động thiết thực như"
                " “Tuần học tốt”, “Giờ học tốt”, thi viết báo tường và thi văn nghệ. Kết quả Hội thi"
                " giáo viên dạy giỏi cấp trường được công bố ngay tại buổi lễ.",
                "a|" + BLOG + "/hoi-thi-gvdg-cap-truong/|Hội thi giáo viên dạy giỏi cấp trường",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " trường, 6 tập thể lớp xuất sắc trong đợt thi đua và trao 15 suất học bổng “Tiếp"
                " bước đến trường” cho học sinh có hoàn cảnh khó khăn."
            ),
            Img(
                _u("2026/11", "trao-hoc-bong-20-11-1024x683.jpg"),
                "Đại diện Ban đại diện cha mẹ học sinh trao học bổng cho học sinh",
                "Đại diện Ban đại diện cha mẹ học sinh trao học bổng cho học sinh",
                "figure",
            ),
            P(
                "Thay mặt các thầy cô giáo, cô Nguyễn Thị Hồng Nhung bày tỏ lòng biết ơn trước sự quan tâm"
                " của địa phương và phụ huynh, đồng thời hứa sẽ tiếp tục rèn luyện, đổi mới phương"
                " pháp dạy học để xứng đáng với niềm tin của học sinh."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Thị Thu Hà</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        opts={
            "when": datetime(2026, 11, 20, 10, 15),
            "user": "admin",
            "tags": ["nha-giao", "nam-hoc-2026-2027"],
            "views": 1386,
            "comments": [
                (31, "Phụ huynh lớp 7B", "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc!", 0),
                (32, "Cựu học sinh K2015", "Nhớ trường, nhớ thầy cô nhiều lắm ạ.", 0),
                (33, "Lê Thị Thu Hà", "Cảm ơn các em, chúc các em thành công!", 32),
            ],
        },
    ),
    Story(
        id=1479,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-16T09:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra"
                " cuối học kỳ I đối với các khối lớp 6, 7, 8, 9 như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian", "th"),
            P("14/12/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Sáng | 8, 9 | Toán | 90 phút", "tr"),
            P("15/12/2026 | Chiều | 6, 7 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P("17/12/2026 | Sáng | 6, 7, 8, 9 | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh"
                " và đồ dùng học tập cần thiết. Giáo viên chủ nhiệm thông báo lịch đến học sinh và"
                " cha mẹ học sinh."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 16, 9, 0),
            "user": "admin",
            "tags": ["nam-hoc-2026-2027"],
            "views": 902,
            "tdb": True,
        },
    ),
    Story(
        id=1476,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-13T16:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 02/11 đến ngày 12/11/2026, Trường THCS Định Tăng tổ chức Hội thi giáo viên"
                " dạy giỏi cấp trường với sự tham gia của 14 giáo viên thuộc hai tổ chuyên môn."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành trên lớp và trình bày biện pháp"
                " nâng cao chất lượng giảng dạy. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng"
                " chuyên môn đánh giá tiết dạy theo Công văn 5512 của Bộ Giáo dục và Đào tạo."
            ),
            Img(
                _u("2026/11", "gvdg-tiet-day-toan-8.jpg"),
                "Cô Nguyễn Thị Hồng Nhung thực hiện tiết dạy môn Toán lớp 8",
                "Cô Nguyễn Thị Hồng Nhung thực hiện tiết dạy môn Toán lớp 8",
                "wpcap",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy"
                " học tích cực; nhiều giáo viên ứng dụng hiệu quả công nghệ thông tin, học liệu số"
                " và các phần mềm tương tác giúp học sinh hứng thú."
            ),
            Img(
                _u("2026/11", "gvdg-tiet-day-khtn-7.jpg"),
                "Tiết dạy Khoa học tự nhiên lớp 7 của thầy Lê Văn Tú",
                "Tiết dạy Khoa học tự nhiên lớp 7 của thầy Lê Văn Tú",
                "wpcap",
            ),
            P(
                "Kết thúc hội thi, 12 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp trường;"
                " nhà trường chọn 4 giáo viên tham dự hội thi cấp trên."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Văn Hùng</strong></p>'),
            Raw('<p style="text-align: right;"><strong>Ảnh: Tổ Khoa học tự nhiên</strong></p>'),
        ],
        authors=["Nguyễn Văn Hùng"],
        photographers=["Tổ Khoa học tự nhiên"],
        opts={
            "when": datetime(2026, 11, 13, 16, 40),
            "user": "bientap",
            "tags": ["nha-giao"],
            "views": 744,
            "old_slug": "hoi-thi-gvdg-cap-truong",
        },
    ),
    Story(
        id=1472,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="hoat-dong-doi",
        published_at="2026-11-09T09:20:00+07:00",
        blocks=[
            Img(_u("2026/11", "ke-hoach-nho-2026-696x464.jpg"), None, None, "featured"),
            P(
                "Sáng thứ Hai, ngày 09/11/2026, trong buổi chào cờ đầu tuần, Liên đội THCS Định Tăng"
                " phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa năm học"
                " 2026 – 2027."
            ),
            P(
                "Mỗi chi đội phấn đấu thu gom ít nhất 30 kg giấy vụn trong thời gian từ 09/11 đến"
                " 30/11/2026. Toàn bộ số tiền thu được sẽ dùng để mua sách vở, đồ dùng học tập tặng"
                " các bạn học sinh có hoàn cảnh khó khăn trong dịp Tết Nguyên đán."
            ),
            Img(
                _u("2026/11", "ke-hoach-nho-chi-doi-6a-1024x768.jpg"),
                "Đội viên chi đội 6A mang giấy vụn đến điểm tập kết",
                "Đội viên chi đội 6A mang giấy vụn đến điểm tập kết",
                "figure",
            ),
            P(
                "Ngay sau lễ phát động, nhiều chi đội đã mang kế hoạch nhỏ đến nộp. Phong trào góp"
                " phần giáo dục ý thức tiết kiệm, bảo vệ môi trường và tinh thần tương thân tương ái"
                " cho đội viên."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Đỗ Thị Ngọc - Ảnh: Trần Minh Quân'
                "</strong></p>"
            ),
        ],
        authors=["Đỗ Thị Ngọc"],
        photographers=["Trần Minh Quân"],
        opts={
            "when": datetime(2026, 11, 9, 9, 20),
            "user": "bientap",
            "tags": ["doi-tntp"],
            "views": 315,
        },
    ),
    Story(
        id=1469,
        slug="hinh-anh-chuyen-trai-nghiem-tai-khu-di-tich-lam-kinh-cua-hoc-sinh-khoi-7",
        title="Hình ảnh chuyến trải nghiệm tại Khu di tích Lam Kinh của học sinh khối 7",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T07:50:00+07:00",
        blocks=[
            P(
                "Ngày 06 tháng 11 năm 2026, hơn 150 học sinh khối 7 cùng các thầy cô giáo chủ nhiệm đã"
                " có chuyến học tập trải nghiệm tại Khu di tích lịch sử Lam Kinh. Một số hình ảnh của"
                " chuyến đi:"
            ),
            Img(
                _cdn("2026/11", "lam-kinh-1.jpg", 640),
                "Học sinh dâng hương tại Điện Lam Kinh",
                "Học sinh dâng hương tại Điện Lam Kinh",
                "tiled",
            ),
            Img(
                _cdn("2026/11", "lam-kinh-2.jpg", 320),
                "Nghe thuyết minh về cuộc khởi nghĩa Lam Sơn",
                "Nghe thuyết minh về cuộc khởi nghĩa Lam Sơn",
                "tiled",
            ),
            Img(
                _cdn("2026/11", "lam-kinh-3.jpg", 320),
                "Các em chụp ảnh lưu niệm bên cầu Bạch",
                "Các em chụp ảnh lưu niệm bên cầu Bạch",
                "tiled",
            ),
            Img(_cdn("2026/11", "lam-kinh-4.jpg", 640), None, None, "tiled"),
            Img(
                _cdn("2026/11", "lam-kinh-5.jpg", 640),
                "Hoạt động nhóm sau chuyến tham quan",
                "Hoạt động nhóm sau chuyến tham quan",
                "tiled",
            ),
        ],
        authors=["Trịnh Thị Mai"],
        opts={
            "when": datetime(2026, 11, 6, 7, 50),
            "user": "maitt",
            "tags": ["trai-nghiem"],
            "views": 1102,
        },
    ),
    Story(
        id=1461,
        slug="thong-bao-cac-khoan-thu-thoa-thuan-nam-hoc-2026-2027",
        title="Thông báo các khoản thu thỏa thuận năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-10-30T15:00:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo tới cha mẹ học sinh các khoản thu thỏa thuận năm học 2026 –"
                " 2027 đã được thống nhất tại Hội nghị Ban đại diện cha mẹ học sinh đầu năm (chi tiết"
                " trong tệp đính kèm)."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 30, 15, 0),
            "user": "admin",
            "tags": ["nam-hoc-2026-2027"],
            "views": 1540,
            "tdb": True,
            "file": (
                _u("2026/10", "TB-cac-khoan-thu-thoa-thuan-2026-2027.pdf"),
                "TB-cac-khoan-thu-thoa-thuan-2026-2027",
            ),
        },
    ),
    Story(
        id=1455,
        slug="don-doan-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Đón Đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T14:30:00+07:00",
        summary=(
            "Ngày 21/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo đã về kiểm tra, đánh giá"
            " công nhận Trường THCS Định Tăng đạt chuẩn quốc gia mức độ 1."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã kiểm tra hồ sơ và khảo sát thực tế theo 5 tiêu chuẩn: tổ chức và quản lý nhà"
                " trường; cán bộ quản lý, giáo viên, nhân viên và học sinh; cơ sở vật chất và thiết"
                " bị dạy học; quan hệ giữa nhà trường, gia đình và xã hội; hoạt động giáo dục và kết"
                " quả giáo dục."
            ),
            Img(
                _u("2026/10", "kiem-tra-chuan-quoc-gia-1.jpg"),
                "(Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường)",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "em",
            ),
            P(
                "Những năm qua, được sự quan tâm của các cấp chính quyền và sự chung sức của cha mẹ"
                " học sinh, nhà trường đã xây mới dãy phòng học bộ môn, nhà đa năng, thư viện đạt"
                " chuẩn; 100% phòng học được trang bị ti vi và máy tính kết nối mạng."
            ),
            Img(
                _u("2026/10", "kiem-tra-chuan-quoc-gia-2.jpg"),
                "(Đoàn kiểm tra thực tế phòng học bộ môn Tin học)",
                "Đoàn kiểm tra thực tế phòng học bộ môn Tin học",
                "em",
            ),
            P(
                "Kết luận buổi kiểm tra, Trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường,"
                " đồng thời đề nghị tiếp tục bổ sung thiết bị dạy học tối thiểu và nâng tỉ lệ giáo"
                " viên đạt trên chuẩn đào tạo."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Tin, ảnh: Hoàng Văn Long</strong></em></p>'
            ),
        ],
        authors=["Hoàng Văn Long"],
        photographers=["Hoàng Văn Long"],
        opts={
            "when": datetime(2026, 10, 22, 14, 30),
            "user": "admin",
            "tags": [],
            "views": 968,
            "nfd": True,
        },
    ),
    Story(
        id=1447,
        slug="yen-dinh-hon-200-giao-vien-duoc-boi-duong-ve-day-hoc-tich-hop",
        title="Hơn 200 giáo viên THCS được bồi dưỡng về dạy học tích hợp",
        cat="chuyen-mon",
        published_at="2026-10-19T11:05:00+07:00",
        summary=(
            "Trong hai ngày 17 và 18/10, hơn 200 giáo viên môn Khoa học tự nhiên và Lịch sử và Địa"
            " lí cấp THCS đã tham gia lớp bồi dưỡng chuyên môn về dạy học tích hợp."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("2026/10", "boi-duong-day-hoc-tich-hop-696x392.jpg"),
                "Giáo viên thực hành thiết kế kế hoạch bài dạy theo nhóm",
                "Giáo viên thực hành thiết kế kế hoạch bài dạy theo nhóm",
                "featured",
            ),
            P(
                "Tại lớp bồi dưỡng, các báo cáo viên đã hướng dẫn giáo viên xây dựng kế hoạch dạy học"
                " các chủ đề tích hợp, cách tổ chức dạy học theo nhóm, đánh giá năng lực học sinh"
                " thông qua sản phẩm học tập."
            ),
            P(
                "Nhiều ý kiến cho rằng việc một giáo viên phụ trách cả môn học tích hợp vẫn còn khó"
                " khăn, nhất là ở các trường có quy mô nhỏ. Vì vậy, việc sinh hoạt chuyên môn theo"
                " cụm trường được đề xuất duy trì thường xuyên."
            ),
            P(
                "Trường THCS Định Tăng có 6 giáo viên tham gia lớp bồi dưỡng. Sau khóa học, tổ chuyên"
                " môn sẽ tổ chức sinh hoạt chuyên đề để chia sẻ kết quả với toàn thể giáo viên."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Hiếu</strong></p>'),
        ],
        authors=["Minh Hiếu"],
        source="Báo Thanh Hóa",
        opts={
            "when": datetime(2026, 10, 19, 11, 5),
            "user": "bientap",
            "tags": ["nha-giao"],
            "views": 421,
            "source": ("Báo Thanh Hóa", "https://baothanhhoa.vn/"),
        },
    ),
    Story(
        id=1439,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 – 2027",
        cat="hoat-dong-doi",
        published_at="2026-10-15T08:45:00+07:00",
        blocks=[
            P(
                "Thực hiện hướng dẫn của Hội đồng Đội, chiều 14/10, Liên đội THCS Định Tăng tổ chức"
                " Đại hội Liên đội nhiệm kỳ 2026 – 2027 với sự tham dự của 120 đại biểu là chi đội"
                " trưởng, chi đội phó và đội viên tiêu biểu."
            ),
            P("Đại hội đã thông qua các nội dung chính:", ""),
            P("Báo cáo tổng kết công tác Đội nhiệm kỳ 2025 – 2026;", "li"),
            P("Chương trình hành động “Đội viên Định Tăng chăm ngoan, học giỏi”;", "li"),
            P("Bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 đội viên.", "li"),
            Img(
                _u("2026/10", "dai-hoi-lien-doi-2026.jpg"),
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "trow",
            ),
            P(
                "Em Lê Bảo Ngọc, lớp 9A được Đại hội tín nhiệm bầu làm Liên đội trưởng. Đại hội kết"
                " thúc trong không khí sôi nổi với phần giao lưu văn nghệ của các chi đội."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Đỗ Thị Ngọc, Lê Minh Châu</strong></p>'
            ),
        ],
        authors=["Đỗ Thị Ngọc", "Lê Minh Châu"],
        opts={
            "when": datetime(2026, 10, 15, 8, 45),
            "user": "bientap",
            "tags": ["doi-tntp"],
            "views": 287,
        },
    ),
    Story(
        id=1433,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-tranh-bao-so-10",
        title="Thông báo cho học sinh nghỉ học tránh bão số 10",
        cat="thong-bao",
        published_at="2026-10-02T17:30:00+07:00",
        blocks=[
            P(
                "Thực hiện chỉ đạo của UBND xã về việc ứng phó với bão số 10, nhà trường thông báo"
                " toàn thể học sinh nghỉ học ngày 03/10/2026 (thứ Bảy). Giáo viên chủ nhiệm thông báo"
                " tới cha mẹ học sinh qua nhóm Zalo của lớp; học sinh đi học trở lại khi có thông báo"
                " mới của nhà trường."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 2, 17, 30),
            "user": "admin",
            "tags": [],
            "views": 2210,
            "tdb": True,
        },
    ),
    Story(
        id=1427,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-26T08:00:00+07:00",
        blocks=[
            P(
                "Chiều 25/9, Trường THCS Định Tăng tổ chức Hội nghị viên chức, người lao động năm học"
                " 2026 – 2027. Dự hội nghị có 38 cán bộ, giáo viên, nhân viên của nhà trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 – 2026, phương"
                " hướng nhiệm vụ năm học mới; báo cáo công khai tài chính và thảo luận, sửa đổi quy"
                " chế chi tiêu nội bộ, quy chế dân chủ ở cơ sở."
            ),
            Img(
                _u("2026/09", "z6021458830127_4f1c2b7e9d0a3c5e8b6f1a2d4c7e9b03.jpg"),
                "z6021458830127_4f1c2b7e9d0a3c5e8b6f1a2d4c7e9b03.jpg",
                None,
                "em",
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về đổi mới sinh"
                " hoạt chuyên môn, nâng cao chất lượng học sinh đại trà và giữ gìn cảnh quan trường"
                " học xanh – sạch – đẹp."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua nghị quyết với 100% đại biểu tán thành; cán bộ,"
                " giáo viên, nhân viên ký cam kết thực hiện nhiệm vụ năm học."
            ),
            Raw('<p style="text-align: right;">Phạm Thị Lan</p>'),
        ],
        authors=["Phạm Thị Lan"],
        opts={
            "when": datetime(2026, 9, 26, 8, 0),
            "user": "bientap",
            "tags": ["nam-hoc-2026-2027"],
            "views": 356,
        },
    ),
    Story(
        id=1418,
        slug="hoc-sinh-truong-thcs-dinh-tang-dat-5-giai-hoc-sinh-gioi-cap-tinh",
        title="Học sinh Trường THCS Định Tăng đạt 5 giải học sinh giỏi cấp tỉnh",
        cat="chuyen-mon",
        published_at="2026-03-20T14:10:00+07:00",
        blocks=[
            P(
                "Tại Kỳ thi chọn học sinh giỏi văn hóa lớp 9 cấp tỉnh năm học 2025 – 2026, đội tuyển"
                " của nhà trường đã đạt 5 giải, gồm 1 giải Nhì, 2 giải Ba và 2 giải Khuyến khích."
                " Danh sách học sinh đạt giải:"
            ),
            P("STT | Họ và tên | Lớp | Môn thi | Giải", "th"),
            P("1 | Nguyễn Hà Phương | 9A | Ngữ văn | Nhì", "tr"),
            P("2 | Lê Đức Anh | 9A | Toán | Ba", "tr"),
            P("3 | Trịnh Minh Khôi | 9B | Vật lí | Ba", "tr"),
            P("4 | Phạm Thu Trang | 9A | Tiếng Anh | Khuyến khích", "tr"),
            P("5 | Hoàng Gia Bảo | 9B | Lịch sử | Khuyến khích", "tr"),
            P(
                "Nhà trường chúc mừng các em học sinh và các thầy cô giáo bồi dưỡng đội tuyển, đồng"
                " thời khen thưởng theo quy chế thi đua của đơn vị."
            ),
        ],
        authors=["Trịnh Thị Mai"],
        opts={
            "when": datetime(2026, 3, 20, 14, 10),
            "user": "maitt",
            "tags": ["hoc-sinh-gioi"],
            "views": 1677,
        },
    ),
    Story(
        id=1312,
        slug="truong-thcs-dinh-tang-tong-ket-nam-hoc-2024-2025",
        title="Trường THCS Định Tăng tổng kết năm học 2024 – 2025",
        cat="tin-tuc-su-kien",
        published_at="2025-05-28",
        blocks=[
            Raw('<p style="text-align: right;"><em>Ngày đăng: 2025-05-28</em></p>'),
            P(
                "Sáng ngày 27 tháng 5 năm 2025, Trường THCS Định Tăng tổ chức Lễ tổng kết năm học"
                " 2024 – 2025 và tri ân, trưởng thành cho 128 học sinh lớp 9."
            ),
            P(
                "Năm học 2024 – 2025, nhà trường có 98,7% học sinh được đánh giá kết quả rèn luyện"
                " mức Tốt và Khá; 42 học sinh đạt danh hiệu Học sinh Xuất sắc; đội tuyển học sinh"
                " giỏi đạt 14 giải cấp huyện và 4 giải cấp tỉnh."
            ),
            Img(
                _u("2025/05", "tong-ket-nam-hoc-2024-2025.jpg"),
                "Ban giám hiệu trao thưởng cho học sinh đạt thành tích xuất sắc",
                "Ban giám hiệu trao thưởng cho học sinh đạt thành tích xuất sắc",
                "trow",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng dặn dò học sinh giữ an toàn trong dịp nghỉ"
                " hè, tích cực tham gia các hoạt động của địa phương và chuẩn bị tốt cho năm học"
                " mới."
            ),
        ],
        opts={
            "when": datetime(2025, 5, 28, 0, 0),
            "user": "admin",
            "tags": [],
            "views": 2033,
            "entities": True,
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_OLD_SLUGS: dict[str, Story] = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}
#: newest first, as every listing orders them
_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def post_path(story: Story) -> str:
    return f"{BLOG}/{story.slug}/"


def cat_path(cat: str, page: int = 1) -> str:
    return f"{BLOG}/chuyen-muc/{cat}/" + (f"page/{page}/" if page > 1 else "")


def in_cat(cat: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == cat]


def _pages(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


def _replies(story: Story) -> list[str]:
    return [f"{post_path(story)}?replytocom={c[0]}" for c in story.opts.get("comments", ())]


def _alt(story: Story) -> list[str]:
    return [f"{post_path(story)}amp/", f"{post_path(story)}?noamp=mobile", *_replies(story)]


# ------------------------------------------------------------------------- gold (by hand)

GOLD: list[dict] = [
    gold_record(
        _BY_ID[1482], post_path(_BY_ID[1482]), "Tin tức - Sự kiện", alt_paths=_alt(_BY_ID[1482])
    ),
    gold_record(_BY_ID[1479], post_path(_BY_ID[1479]), "Thông báo", alt_paths=_alt(_BY_ID[1479])),
    gold_record(
        _BY_ID[1476], post_path(_BY_ID[1476]), "Tin tức - Sự kiện", alt_paths=_alt(_BY_ID[1476])
    ),
    gold_record(
        _BY_ID[1472], post_path(_BY_ID[1472]), "Hoạt động Đội", alt_paths=_alt(_BY_ID[1472])
    ),
    gold_record(
        _BY_ID[1469], post_path(_BY_ID[1469]), "Tin tức - Sự kiện", alt_paths=_alt(_BY_ID[1469])
    ),
    gold_record(_BY_ID[1461], post_path(_BY_ID[1461]), "Thông báo", alt_paths=_alt(_BY_ID[1461])),
    gold_record(
        _BY_ID[1455], post_path(_BY_ID[1455]), "Tin tức - Sự kiện", alt_paths=_alt(_BY_ID[1455])
    ),
    gold_record(_BY_ID[1447], post_path(_BY_ID[1447]), "Chuyên môn", alt_paths=_alt(_BY_ID[1447])),
    gold_record(
        _BY_ID[1439], post_path(_BY_ID[1439]), "Hoạt động Đội", alt_paths=_alt(_BY_ID[1439])
    ),
    gold_record(_BY_ID[1433], post_path(_BY_ID[1433]), "Thông báo", alt_paths=_alt(_BY_ID[1433])),
    gold_record(
        _BY_ID[1427], post_path(_BY_ID[1427]), "Tin tức - Sự kiện", alt_paths=_alt(_BY_ID[1427])
    ),
    gold_record(_BY_ID[1418], post_path(_BY_ID[1418]), "Chuyên môn", alt_paths=_alt(_BY_ID[1418])),
    gold_record(
        _BY_ID[1312], post_path(_BY_ID[1312]), "Tin tức - Sự kiện", alt_paths=_alt(_BY_ID[1312])
    ),
]


# ------------------------------------------------------------------------- other content


@dataclass(frozen=True)
class Page:
    slug: str
    title: str
    paragraphs: tuple[str, ...]


PAGES: dict[str, Page] = {
    "gioi-thieu": Page(
        "gioi-thieu",
        "Giới thiệu chung",
        (
            "Trường THCS Định Tăng được thành lập năm 1965, hiện có 14 lớp với 523 học sinh, 38 cán"
            " bộ, giáo viên, nhân viên. Nhà trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất"
            " lượng giáo dục cấp độ 2.",
            "Sứ mệnh: xây dựng môi trường học tập thân thiện, kỷ cương, giúp mỗi học sinh phát"
            " triển toàn diện phẩm chất và năng lực.",
        ),
    ),
    "co-cau-to-chuc": Page(
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        (
            "Hiệu trưởng: thầy Nguyễn Đình Thắng.",
            "Phó Hiệu trưởng: cô Trịnh Thị Mai.",
            "Tổ Khoa học tự nhiên: 14 giáo viên. Tổ Khoa học xã hội: 16 giáo viên. Tổ Văn phòng:"
            " 6 nhân viên.",
        ),
    ),
}


@dataclass(frozen=True)
class Doc:
    number: str
    date: str
    abstract: str
    file: str


DOCS: list[Doc] = [
    Doc(
        "125/KH-THCS",
        "05/09/2026",
        "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
        _u("2026/09", "KH-giao-duc-nha-truong-2026-2027.pdf"),
    ),
    Doc(
        "131/QĐ-THCS",
        "12/09/2026",
        "Quyết định thành lập các tổ chuyên môn năm học 2026 – 2027",
        _u("2026/09", "QD-thanh-lap-to-chuyen-mon-2026.pdf"),
    ),
    Doc(
        "118/QC-THCS",
        "28/08/2026",
        "Quy chế chi tiêu nội bộ năm 2026",
        _u("2026/08", "QC-chi-tieu-noi-bo-2026.pdf"),
    ),
]


@dataclass(frozen=True)
class Event:
    slug: str
    title: str
    day: tuple[int, int, int]
    time: str
    place: str


EVENTS: list[Event] = [
    Event(
        "hop-hoi-dong-su-pham-thang-11",
        "Họp Hội đồng sư phạm tháng 11",
        (2026, 11, 2),
        "14:00",
        "Phòng hội đồng",
    ),
    Event(
        "ky-niem-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam",
        (2026, 11, 19),
        "07:30",
        "Sân trường",
    ),
    Event(
        "kiem-tra-cuoi-hoc-ky-i", "Kiểm tra cuối học kỳ I", (2026, 12, 14), "07:15", "Các phòng học"
    ),
    Event("so-ket-hoc-ky-i", "Sơ kết học kỳ I", (2027, 1, 9), "08:00", "Nhà đa năng"),
]
_EVENT_BY_SLUG = {e.slug: e for e in EVENTS}

#: the other sites on the host (network bar); prefix -> name
NEIGHBOURS: dict[str, str] = {
    "th-dinh-tang": "Trường Tiểu học Định Tăng",
    "mn-dinh-tang": "Trường Mầm non Định Tăng",
    "thcs-dinh-hai": "Trường THCS Định Hải",
    "thcs-le-dinh-kien": "Trường THCS Lê Đình Kiên",
    "th-dinh-long": "Trường Tiểu học Định Long",
}
#: a few posts of neighbours and of the main site, shown in the network widget: path -> (title, date)
NETWORK_POSTS: dict[str, tuple[str, str, str]] = {
    "/blog/2026/11/21/tong-ket-hoi-thi-giao-vien-chu-nhiem-gioi-cap-tieu-hoc/": (
        "Tổng kết Hội thi giáo viên chủ nhiệm giỏi cấp tiểu học",
        "21/11/2026",
        "Sáng 21/11, Ban tổ chức đã tổng kết Hội thi giáo viên chủ nhiệm giỏi với 46 giáo viên"
        " tham gia.",
    ),
    "/th-dinh-tang/ngay-hoi-doc-sach-thang-11/": (
        "Ngày hội đọc sách tháng 11",
        "18/11/2026",
        "Học sinh toàn trường tham gia Ngày hội đọc sách với chủ đề “Biết ơn thầy cô”.",
    ),
    "/thcs-dinh-hai/giai-bong-da-hoc-sinh-chao-mung-20-11/": (
        "Giải bóng đá học sinh chào mừng 20/11",
        "16/11/2026",
        "Giải đấu có 8 đội bóng của các lớp tham gia, diễn ra trong hai tuần.",
    ),
}


def _texturize(markup: str) -> str:
    """wptexturize's output: typographic characters as numeric references."""
    for ch, ref in (
        ("“", "&#8220;"),
        ("”", "&#8221;"),
        ("–", "&#8211;"),
        ("’", "&#8217;"),
        ("…", "&#8230;"),
    ):
        markup = markup.replace(ch, ref)
    return markup


def _t(value: str, story: Story | None = None) -> str:
    """Article text as the page prints it (escaped, texturized; the story's text form)."""
    nfd = bool(story and story.opts.get("nfd"))
    out = _texturize(text(value, nfd=nfd))
    if story and story.opts.get("entities"):
        out = entity_mix(out, 2)
    return out


def _title(story: Story) -> str:
    return _texturize(esc(story.title))


def _when(story: Story) -> datetime:
    return story.opts["when"]


def _vi(dt: datetime) -> str:
    """The site's date format ``l, d/m/Y - H:i``."""
    return f"{WEEKDAYS[dt.weekday()]}, {dt:%d/%m/%Y - %H:%M}"


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _utc(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _ago(dt: datetime) -> str:
    days = (NOW - dt).days
    if days < 1:
        return f"{max(1, (NOW - dt).seconds // 3600)} giờ trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 31:
        return f"{days // 7} tuần trước"
    if days < 365:
        return f"{days // 30} tháng trước"
    return f"{days // 365} năm trước"


def _thumb(story: Story) -> str:
    """The listing thumbnail: the featured image's 218x150 size, else the theme's placeholder."""
    feat = next((b for b in story.images if b.style == "featured"), None)
    if feat is None:
        first = next((b for b in story.images if b.style != "tiled"), None)
        if first is None:
            return f"{THEME}/images/no-thumb/td_218x150.png"
        feat = first
    return re.sub(r"(-\d+x\d+)?\.jpg$", "-218x150.jpg", feat.src)


def _excerpt(story: Story) -> str:
    words = story.paragraphs[0].split()
    return " ".join(words[:24]) + ("…" if len(words) > 24 else "")


# ------------------------------------------------------------------------- article markup


def _img(base: str, src: str, alt: str, cls: str, w: int, h: int, amp: bool) -> str:
    url = src if src.startswith("http") else base + src
    if amp:
        return (
            f'<amp-img src="{esc(url)}" width="{w}" height="{h}" alt="{esc(alt)}" class="{cls}"'
            ' layout="intrinsic"></amp-img>'
        )
    srcset = ""
    if not src.startswith("http"):
        big = re.sub(r"(-\d+x\d+)?\.jpg$", ".jpg", src)
        srcset = f' srcset="{esc(url)} {w}w, {esc(base + big)} 1280w" sizes="(max-width: {w}px) 100vw, {w}px"'
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{esc(url)}" alt="{esc(alt)}"'
        f' class="{cls}"{srcset} />'
    )


def _paragraph(p: P, story: Story, base: str) -> str:
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        inner = (
            f'{_t(before, story)}<a href="{base}{href}">{_t(phrase, story)}</a>{_t(after, story)}'
        )
        return f"<p>{inner}</p>"
    if p.style == "h3":
        return f"<h3>{_t(p.text, story)}</h3>"
    return f"<p>{_t(p.text, story)}</p>"


def _content(story: Story, base: str, amp: bool = False) -> str:
    """The post content (the_content), without the featured image."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    att = story.id * 10
    while i < len(blocks):
        b = blocks[i]
        att += 1
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(
                    f"<{cell}>{_t(c, story)}</{cell}>" for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            head, rest = (rows[0], rows[1:]) if blocks[i - len(rows)].style == "th" else ("", rows)
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                + (f"<thead>{head}</thead>" if head else "")
                + f"<tbody>{''.join(rest)}</tbody></table></figure>"
            )
            continue
        elif isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            out.append(f'<ul class="wp-block-list">{"".join(items)}</ul>')
            continue
        elif isinstance(b, P):
            out.append(_paragraph(b, story, base))
        elif isinstance(b, Img) and b.style == "featured":
            pass
        elif isinstance(b, Img) and b.style == "tiled":
            tiles = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "tiled":
                img = blocks[i]
                name = img.src.split("/")[-1].split("?")[0]
                page = f"{base}{post_path(story)}{name.rsplit('.', 1)[0]}/"
                cap = (
                    f'<div class="tiled-gallery-caption" itemprop="caption description">{_t(img.printed, story)}</div>'
                    if img.printed
                    else ""
                )
                orig = f"{base}{UP}/2026/11/{name}"
                tiles.append(
                    '<div class="tiled-gallery-item tiled-gallery-item-large" itemprop="associatedMedia"'
                    ' itemscope itemtype="http://schema.org/ImageObject">'
                    f'<a href="{page}" border="0" itemprop="url"><meta itemprop="width" content="636">'
                    + _img(base, img.src, "", "", 636, 424, amp).replace(
                        " />",
                        f' data-attachment-id="{att}" data-orig-file="{orig}" data-image-title="{name}" />',
                    )
                    + f"</a>{cap}</div>"
                )
                att += 1
                i += 1
            out.append(
                '<div class="tiled-gallery type-rectangular tiled-gallery-unresized" data-original-width="696"'
                ' data-carousel-extra=\'{"blog_id":7,"permalink":"'
                + base
                + post_path(story)
                + "\"}'"
                ' itemscope itemtype="http://schema.org/ImageGallery"><div class="gallery-row">'
                + "".join(tiles)
                + "</div></div>"
            )
            continue
        elif isinstance(b, Img):
            out.append(_inline_image(b, story, base, amp, att))
        i += 1
    if story.opts.get("file"):
        href, name = story.opts["file"]
        out.append(
            f'<div class="wp-block-file"><a id="wp-block-file--media-{story.id}" href="{base}{href}">'
            f'{esc(name)}</a><a href="{base}{href}" class="wp-block-file__button wp-element-button"'
            f' download aria-describedby="wp-block-file--media-{story.id}">Tải về</a></div>'
        )
    return "\n".join(out)


def _inline_image(b: Img, story: Story, base: str, amp: bool, att: int) -> str:
    if b.style == "figure":
        cap = (
            f'<figcaption class="wp-element-caption">{_t(b.printed, story)}</figcaption>'
            if b.printed
            else ""
        )
        return (
            f'<figure class="wp-block-image size-large">{_img(base, b.src, "", f"wp-image-{att}", 1024, 683, amp)}'
            f"{cap}</figure>"
        )
    if b.style == "wpcap":
        return (
            f'<div id="attachment_{att}" style="width: 706px" class="wp-caption aligncenter">'
            + _img(base, b.src, "", f"size-full wp-image-{att}", 696, 464, amp)
            + f'<p id="caption-attachment-{att}" class="wp-caption-text">{_t(b.printed, story)}</p></div>'
        )
    if b.style == "em":
        line = (
            f'<p style="text-align: center;"><em>{_t(b.printed, story)}</em></p>'
            if b.printed
            else ""
        )
        return (
            f'<p style="text-align: center;">{_img(base, b.src, "", f"aligncenter size-full wp-image-{att}", 800, 533, amp)}</p>'
            + line
        )
    if b.style == "trow":
        return (
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
            f'<tr><td style="text-align: center;">{_img(base, b.src, "", f"alignnone wp-image-{att}", 640, 427, amp)}</td></tr>'
            f'<tr><td style="text-align: center;"><em>{_t(b.printed, story)}</em></td></tr>'
            "</tbody></table>"
        )
    return f"<p>{_img(base, b.src, '', f'alignnone wp-image-{att}', 696, 464, amp)}</p>"


def _featured(story: Story, base: str, amp: bool = False) -> str:
    feat = next((b for b in story.images if b.style == "featured"), None)
    if feat is None:
        return ""
    full = re.sub(r"-\d+x\d+\.jpg$", ".jpg", feat.src)
    cap = (
        f'<figcaption class="wp-caption-text">{_t(feat.printed, story)}</figcaption>'
        if feat.printed
        else ""
    )
    if amp:
        return (
            '<figure class="amp-wp-article-featured-image wp-caption">'
            + _img(base, feat.src, "", "attachment-large size-large wp-post-image", 696, 464, True)
            + (f'<p class="wp-caption-text">{_t(feat.printed, story)}</p>' if feat.printed else "")
            + "</figure>"
        )
    return (
        f'<div class="td-post-featured-image"><figure><a href="{base}{full}" data-caption="{esc(feat.printed or "")}">'
        + _img(base, feat.src, "", "entry-thumb td-modal-image", 696, 464, False)
        + f"</a>{cap}</figure></div>"
    )


def _jetpack(story: Story, base: str) -> str:
    url = base + post_path(story)
    buttons = [
        ("facebook", "Facebook", "Nhấn để chia sẻ trên Facebook"),
        ("twitter", "X", "Nhấn để chia sẻ trên X"),
        ("jetpack-whatsapp", "WhatsApp", "Nhấn để chia sẻ trên WhatsApp"),
    ]
    items = "".join(
        f'<li class="share-{key}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{key}-{story.id}"'
        f' class="share-{key} sd-button share-icon" href="{url}?share={key}&amp;nb=1" target="_blank"'
        f' title="{title}"><span>{label}</span></a></li>'
        for key, label, title in buttons
    )
    items += (
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print'
        f' sd-button share-icon" href="{url}#print" target="_blank" title="Nhấn để in"><span>In</span></a></li>'
        '<li class="share-end"></li>'
    )
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social'
        ' sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content">'
        f"<ul>{items}</ul></div></div></div>"
        f"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded'"
        f" id='like-post-wrapper-209871534-{story.id}-6745' data-src='https://widgets.wp.com/likes/?ver=13.9"
        f"#blog_id=209871534&amp;post_id={story.id}&amp;origin={CDN_HOST}&amp;obj_id=209871534-{story.id}'"
        " data-name='like-post-frame' data-title='Thích hoặc Đăng lại'><h3 class=\"sd-title\">Thích bài"
        " này:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'>"
        "<span class='button'><span>Thích</span></span> <span class=\"loading\">Đang tải...</span></div>"
        "<span class='sd-text-color'></span><a class='sd-link-color'></a></div>"
        "<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-relatedposts-headline\">"
        "<em>Có liên quan</em></h3></div>"
    )


def _crumbs(story: Story, base: str, tdb: bool) -> str:
    cat_name = CATS[story.cat][1]
    cls = "tdb-entry-crumb" if tdb else "entry-crumb"
    sep = (
        '<i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i>'
        if tdb
        else '<i class="td-icon-right td-bread-sep"></i>'
    )
    return (
        f'<span><a title="" class="{cls}" href="{base}{BLOG}/">Trang chủ</a></span> {sep} '
        f'<span><a title="Xem tất cả bài viết trong {esc(cat_name)}" class="{cls}" href="{base}{cat_path(story.cat)}">'
        f"{esc(cat_name)}</a></span> {sep} "
        f'<span class="{"tdb-bred-no-url-last" if tdb else "td-bred-no-url-last"}">{_title(story)}</span>'
    )


def _related(story: Story, base: str) -> str:
    same = [s for s in _LATEST if s.cat == story.cat and s is not story]
    others = [s for s in _LATEST if s.cat != story.cat]
    picks = (same + others)[:3]
    items = "".join(
        '<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts">'
        f'<div class="td-module-image"><div class="td-module-thumb"><a href="{base}{post_path(s)}" rel="bookmark"'
        f' class="td-image-wrap" title="{esc(s.title)}"><img class="entry-thumb" src="{base}{_thumb(s)}" alt=""'
        ' width="218" height="150"/></a></div></div><div class="item-details"><h3 class="entry-title'
        f' td-module-title"><a href="{base}{post_path(s)}" rel="bookmark" title="{esc(s.title)}">{_title(s)}</a>'
        "</h3></div></div></div>"
        for s in picks
    )
    return (
        '<div class="td_block_wrap td_block_related_posts tdi_3_f0e td_with_ajax_pagination'
        ' td-pb-border-top td_block_template_1" data-td-block-uid="tdi_3_f0e">'
        '<h4 class="td-related-title td-block-title"><a id="tdi_4_e21" class="td-related-left'
        ' td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_3_f0e" href="#">Có thể bạn'
        ' quan tâm</a><a id="tdi_5_77a" class="td-related-right" data-td_filter_value="td_related_more_from_author"'
        ' data-td_block_id="tdi_3_f0e" href="#">Thêm từ tác giả</a></h4>'
        f'<div id=tdi_3_f0e class="td_block_inner"><div class="td-related-row">{items}</div></div>'
        '<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled"'
        ' aria-label="prev-page" id="prev-page-tdi_3_f0e" data-td_block_id="tdi_3_f0e">'
        '<i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#"'
        ' class="td-ajax-next-page" aria-label="next-page" id="next-page-tdi_3_f0e"'
        ' data-td_block_id="tdi_3_f0e"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i>'
        "</a></div></div>"
    )


def _comments(story: Story, base: str) -> str:
    comments = story.opts.get("comments", ())
    url = base + post_path(story)
    items = []
    for cid, name, body, parent in comments:
        depth = 2 if parent else 1
        items.append(
            f'<li class="comment {"even" if depth == 1 else "odd alt"} depth-{depth}" id="comment-{cid}">'
            '<article><footer><img alt="" src="https://secure.gravatar.com/avatar/?s=50&amp;d=mm&amp;r=g"'
            f' class="avatar avatar-50 photo" height="50" width="50" /><cite>{esc(name)}</cite></footer>'
            f'<div class="td-comment-meta"><a href="{url}#comment-{cid}">{_vi(_when(story) + timedelta(hours=cid % 9 + 2))}</a></div>'
            f'<div class="comment-content"><p>{esc(body)}</p></div>'
            f'<div class="comment-meta" id="comment-{cid}"><a rel="nofollow" class="comment-reply-link"'
            f' href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.id}"'
            f' data-belowelement="comment-{cid}" data-respondelement="respond"'
            f' aria-label="Trả lời đến {esc(name)}">Trả lời</a></div></article></li>'
        )
    head = (
        f'<div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>{len(comments)}'
        ' BÌNH LUẬN</span></h4></div><ol class="comment-list">' + "".join(items) + "</ol>"
        if comments
        else ""
    )
    return (
        f'<div class="comments" id="comments">{head}<div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title"><div class="td-comments-title-wrap'
        ' td_block_template_1"><h4 class="block-title"><span>ĐỂ LẠI MỘT BÌNH LUẬN</span></h4></div>'
        f' <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">'
        "Hủy trả lời</a></small></h3>"
        f'<form action="{base}{BLOG}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea'
        ' placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true">'
        '</textarea><div class="td-warning-comment">Vui lòng nhập bình luận của bạn!</div></div>'
        '<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author"'
        ' placeholder="Tên:*" type="text" value="" size="30" aria-required=\'true\' /><div'
        ' class="td-warning-author">Vui lòng nhập tên của bạn ở đây</div></div><div'
        ' class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email"'
        ' placeholder="Email:*" type="text" value="" size="30" aria-required=\'true\' /></div>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"'
        " value=\"Gửi bình luận\" /><input type='hidden' name='comment_post_ID'"
        f" value='{story.id}' id='comment_post_ID' /><input type='hidden' name='comment_parent'"
        " id='comment_parent' value='0' /></p></form></div></div>"
    )


def _next_prev(story: Story, base: str) -> str:
    idx = _LATEST.index(story)
    newer = _LATEST[idx - 1] if idx > 0 else None
    older = _LATEST[idx + 1] if idx + 1 < len(_LATEST) else None
    prev = (
        f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span>'
        f'<a href="{base}{post_path(older)}">{_title(older)}</a></div></div>'
        if older
        else ""
    )
    nxt = (
        '<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp'
        f' theo</span><a href="{base}{post_path(newer)}">{_title(newer)}</a></div></div>'
        if newer
        else ""
    )
    return f'<div class="td-block-row td-post-next-prev">{prev}<div class="td-next-prev-separator"></div>{nxt}</div>'


def _tags(story: Story, base: str, label: str, cls: str) -> str:
    if not story.opts["tags"]:
        return ""
    links = "".join(
        f'<li><a href="{base}{BLOG}/tag/{t}/">{esc(TAGS[t])}</a></li>' for t in story.opts["tags"]
    )
    return f'<ul class="{cls}"><li><span>{label}</span></li>{links}</ul>'


def _single(story: Story, base: str, reply: bool = False) -> str:
    url = base + post_path(story)
    user = story.opts["user"]
    when = _when(story)
    head = (
        f'<link rel="canonical" href="{url}" />\n'
        f"<link rel='shortlink' href='{base}{BLOG}/?p={story.id}' />\n"
        f'<link rel="amphtml" href="{url}amp/">'
        f'<meta property="og:type" content="article" /><meta property="og:title" content="{esc(story.title)}" />'
        f'<meta property="og:url" content="{url}" />'
    )
    if reply:
        head = "<meta name='robots' content='noindex, follow' />\n" + head
    if story.opts.get("tdb"):
        article = _single_tdb(story, base)
    else:
        sub = (
            f'<p class="td-post-sub-title">{_t(story.summary, story)}</p>'
            if story.summary and story.sapo_outside
            else ""
        )
        src = story.opts.get("source")
        source = (
            '<div class="td-post-source-via "><div class="td-post-small-box"><span>NGUỒN</span>'
            f'<a rel="nofollow" href="{src[1]}">{esc(src[0])}</a></div></div>'
            if src
            else ""
        )
        ncom = len(story.opts.get("comments", ()))
        article = f"""<div class="td-crumb-container"><div class="entry-crumbs">{_crumbs(story, base, False)}</div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard category-{story.cat}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{base}{cat_path(story.cat)}">{esc(CATS[story.cat][1])}</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{_title(story)}</h1>
{sub}
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{base}{BLOG}/author/{user}/">{esc(USERS[user])}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso(when)}">{_vi(when)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{story.id}">{story.opts["views"]}</span></div>
<div class="td-post-comments"><a href="{url}#respond"><i class="td-icon-comments"></i>{ncom}</a></div>
</div>
</header>
</div>
<div class="td-post-content tagdiv-type">
{_featured(story, base)}
{_content(story, base)}
{_jetpack(story, base)}
</div>
<footer>
<div class="td-post-source-tags">{source}{_tags(story, base, "TAGS", "td-tags td-post-small-box clearfix")}</div>
{_next_prev(story, base)}
<div class="author-box-wrap"><a href="{base}{BLOG}/author/{user}/"><img alt="" src="https://secure.gravatar.com/avatar/?s=96&amp;d=mm" class="avatar avatar-96 photo" height="96" width="96" /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{base}{BLOG}/author/{user}/">{esc(USERS[user])}</a></span></div><div class="td-author-description"></div><div class="clearfix"></div></div></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(USERS[user])}"></span><meta itemprop="datePublished" content="{_iso(when)}"><meta itemprop="dateModified" content="{_iso(when)}"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}"/>
</footer>
</article>
{_related(story, base)}
{_comments(story, base)}
</div></div>
{_sidebar(base)}
</div>"""
    return _page(
        base,
        story.title,
        article,
        head,
        f"post-template-default single single-post postid-{story.id}",
    )


def _single_tdb(story: Story, base: str) -> str:
    """A post on the tagDiv Composer cloud template of the Thông báo category: no date, no author."""
    return f"""<div id="tdb-autoload-article" data-autoload="off"><style>.tdi_31{{margin-bottom:0}}</style>
<article class="post-{story.id} post type-post status-publish format-standard category-{story.cat} tdb-single-template" id="template-id-812">
<div id="tdi_30" class="tdc-row stretch_row"><div class="vc_row tdi_31 wpb_row td-pb-row"><div class="vc_column tdi_33 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_breadcrumbs tdi_34 td-pb-border-top td_block_template_1 tdb-breadcrumbs" data-td-block-uid="tdi_34"><div class="tdb-block-inner td-fix-index">{_crumbs(story, base, True)}</div></div>
<div class="td_block_wrap tdb_title tdi_35 tdb-single-title td-pb-border-top td_block_template_1" data-td-block-uid="tdi_35"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{_title(story)}</h1><div></div><div class="tdb-title-line"></div></div></div>
</div></div></div></div>
<div id="tdi_36" class="tdc-row"><div class="vc_row tdi_37 wpb_row td-pb-row"><div class="vc_column tdi_39 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_single_content tdi_40 td-pb-border-top td_block_template_1 td-post-content tagdiv-type" data-td-block-uid="tdi_40"><div class="tdb-block-inner td-fix-index">
{_content(story, base)}
{_jetpack(story, base)}
</div></div>
<div class="td_block_wrap tdb_single_tags tdi_41 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index">{_tags(story, base, "Thẻ", "tdb-tags")}</div></div>
{_related(story, base)}
{_comments(story, base)}
</div></div>
<div class="vc_column tdi_43 wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper">{_sidebar(base)}</div></div>
</div></div>
</article></div>"""


def _amp(story: Story, base: str) -> str:
    url = base + post_path(story)
    user = story.opts["user"]
    when = _when(story)
    cat = CATS[story.cat][1]
    tags = ", ".join(
        f'<a href="{base}{BLOG}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
    )
    tag_line = f'<div class="amp-wp-meta amp-wp-tax-tag">Thẻ: {tags}</div>' if tags else ""
    return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{_title(story)} &#8211; {esc(SITE)}</title>
<link rel="canonical" href="{url}" />
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.amp-wp-header{{background-color:#0a5ca8}}.amp-wp-title{{font-size:1.6em}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}{BLOG}/"><span class="amp-site-title">{esc(SITE)}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{_title(story)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/?s=72&amp;d=mm" alt="{esc(USERS[user])}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{esc(USERS[user])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_utc(when)}">{_ago(when)}</time></div>
</header>
{_featured(story, base, amp=True)}
<div class="amp-wp-article-content">
{_content(story, base, amp=True)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{base}{cat_path(story.cat)}" rel="category tag">{esc(cat)}</a></div>
{tag_line}
<div class="amp-wp-meta amp-wp-comments-link"><a href="{url}#respond">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(SITE)}</h2><a href="#top" class="back-to-top">Quay lại đầu trang</a></div>
<div class="amp-mobile-version-switcher"><a rel="nofollow" href="{url}?noamp=mobile">Thoát phiên bản di động</a></div></footer>
</body>
</html>"""


# ------------------------------------------------------------------------- chrome


def _network_bar(base: str) -> str:
    sites = "".join(
        f'<li class="menu-item"><a href="{base}/{prefix}/">{esc(name)}</a></li>'
        for prefix, name in NEIGHBOURS.items()
    )
    sites += f'<li class="menu-item current-site"><a href="{base}{BLOG}/">{esc(SITE)}</a></li>'
    return (
        '<div id="yd-network-bar" class="yd-network-bar"><div class="td-container">'
        f'<a class="yd-network-home" href="{base}/">{esc(NETWORK)}</a>'
        '<ul class="yd-network-menu"><li class="menu-item menu-item-has-children"><a href="#">Các trường trong'
        f' mạng</a><ul class="sub-menu">{sites}</ul></li>'
        f'<li class="menu-item"><a href="{base}/blog/">Tin chung</a></li></ul></div></div>'
    )


def _menu(base: str) -> str:
    b = base + BLOG
    cats = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu">'
        f'<a href="{base}{cat_path(c)}">{esc(name)}</a></li>'
        for c, (_, name) in CATS.items()
    )
    return (
        '<ul id="menu-main-menu" class="sf-menu">'
        f'<li class="menu-item menu-item-home td-menu-item td-normal-menu"><a href="{b}/">Trang chủ</a></li>'
        '<li class="menu-item menu-item-has-children td-menu-item td-normal-menu"><a href="#">Giới thiệu</a>'
        f'<ul class="sub-menu"><li class="menu-item td-menu-item td-normal-menu"><a href="{b}/gioi-thieu/">Giới'
        f' thiệu chung</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="{b}/co-cau-to-chuc/">'
        "Cơ cấu tổ chức</a></li></ul></li>"
        f"{cats}"
        f'<li class="menu-item td-menu-item td-normal-menu"><a href="{b}/van-ban/">Văn bản</a></li>'
        f'<li class="menu-item td-menu-item td-normal-menu"><a href="{b}/events/month/">Lịch công tác</a></li>'
        f'<li class="menu-item td-menu-item td-normal-menu"><a href="{b}/thu-vien-anh/">Thư viện ảnh</a></li>'
        f'<li class="menu-item td-menu-item td-normal-menu"><a href="{b}/lien-he/">Liên hệ</a></li></ul>'
    )


def _header(base: str) -> str:
    b = base + BLOG
    return f"""{_network_bar(base)}
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>{TODAY}</div></div>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item td-menu-item td-normal-menu"><a href="{b}/lien-he/">Liên hệ</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="{base}/">{esc(NETWORK)}</a></li></ul></div></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/thcsdinhtang" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://www.youtube.com/@thcsdinhtang" title="Youtube"><i class="td-icon-font td-icon-youtube"></i></a></span></div>
</div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header">
<div class="td-header-sp-logo"><h1 class="td-logo"><a class="td-main-logo" href="{b}/"><img class="td-retina-data" src="{base}{UP}/2024/09/logo-thcs-dinh-tang.png" alt="{esc(SITE)}" title="{esc(SITE)}"/><span class="td-visual-hidden">{esc(SITE)}</span></a></h1></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><img src="{base}{UP}/2024/09/banner-khau-hieu.jpg" alt="{esc(TAGLINE)}"/></div></div></div>
</div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><a href="#"><i class="td-icon-font td-icon-mobile"></i></a></div><div class="menu-main-menu-container">{_menu(base)}</div></div>
<div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div>
<div class="td-drop-down-search" aria-labelledby="td-header-search-button"><form method="get" class="td-search-form" action="{b}/"><div role="search" class="td-head-form-search-wrap"><input id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Tìm kiếm" /></div></form><div id="td-aj-search"></div></div></div>
</div></div></div>
</div>"""


def _sidebar(base: str) -> str:
    latest = "".join(
        '<div class="td-block-span12"><div class="td_module_8 td_module_wrap"><div class="item-details">'
        f'<h3 class="entry-title td-module-title"><a href="{base}{post_path(s)}" rel="bookmark" title="{esc(s.title)}">'
        f'{_title(s)}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date'
        f' updated td-module-date" datetime="{_iso(_when(s))}">{_vi(_when(s))}</time></span></div></div></div></div>'
        for s in _LATEST[:5]
    )
    popular = "".join(
        f'<li><a href="{base}{post_path(s)}">{_title(s)}</a> <span class="td-nr-views">({s.opts["views"]} lượt xem)</span></li>'
        for s in sorted(STORIES, key=lambda s: -s.opts["views"])[:5]
    )
    network = "".join(
        f'<li><a href="{base}{path}">{esc(title)}</a> <span class="post-date">{day}</span></li>'
        for path, (title, day, _) in NETWORK_POSTS.items()
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{tid}"><a href="{base}{cat_path(c)}">{esc(name)}</a> ({len(in_cat(c))})</li>'
        for c, (tid, name) in CATS.items()
    )
    return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_9 td_block_widget tdi_60 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Tin mới</span></h4></div><div id="tdi_60" class="td_block_inner">{latest}</div></div>
<aside class="td_block_template_1 widget widget_td_popular"><h4 class="block-title"><span>Xem nhiều</span></h4><ul class="td-wp-popular">{popular}</ul></aside>
<aside class="td_block_template_1 widget widget_polls-widget"><h4 class="block-title"><span>Thăm dò ý kiến</span></h4><div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="{base}{BLOG}/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="8a1f0c2b3d" /></p><p style="text-align: center;"><strong>Bạn đánh giá thế nào về website của nhà trường?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /> <label for="poll-answer-7">Rất hữu ích</label></li><li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /> <label for="poll-answer-8">Hữu ích</label></li><li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Cần cải thiện</label></li></ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" /></p><p style="text-align: center;"><a href="#ViewPollResults" title="Xem kết quả bình chọn">Xem kết quả</a></p></div></form></div></aside>
<aside class="td_block_template_1 widget widget_network_latest_posts"><h4 class="block-title"><span>Tin từ Mạng trường học</span></h4><ul class="nlposts">{network}</ul></aside>
<aside class="td_block_template_1 widget widget_categories"><h4 class="block-title"><span>Chuyên mục</span></h4><ul>{cats}</ul></aside>
<aside class="td_block_template_1 widget widget_wp_statistics_widget"><h4 class="block-title"><span>Thống kê truy cập</span></h4><ul><li><label>Đang trực tuyến:</label> 4</li><li><label>Lượt truy cập hôm nay:</label> 213</li><li><label>Lượt truy cập hôm qua:</label> 388</li><li><label>Tổng lượt truy cập:</label> 186.452</li></ul></aside>
<aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>Liên kết website</span></h4><div class="textwidget"><select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option><option value="https://thanhhoa.edu.vn/">Sở GD&amp;ĐT Thanh Hóa</option><option value="https://csdl.moet.gov.vn/">Cơ sở dữ liệu ngành</option></select></div></aside>
</div></div>"""


def _footer(base: str) -> str:
    b = base + BLOG
    return f"""<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info">
<div class="footer-logo-wrap"><a href="{b}/"><img class="td-retina-data" src="{base}{UP}/2024/09/logo-footer.png" alt="{esc(SITE)}" width="272"/></a></div>
<div class="footer-text-wrap">TRƯỜNG THCS ĐỊNH TĂNG<br/>Địa chỉ: Thôn Tăng Thọ, xã Định Tăng, huyện Yên Định, tỉnh Thanh Hóa<br/>Điện thoại: 0237 3869 215 – Email: c2dinhtang.yendinh@thanhhoa.edu.vn<br/>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Đình Thắng<div class="footer-email-wrap">Liên hệ với chúng tôi: <a href="mailto:c2dinhtang.yendinh@thanhhoa.edu.vn">c2dinhtang.yendinh@thanhhoa.edu.vn</a></div></div>
</div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu"><li class="menu-item td-menu-item td-normal-menu"><a href="{b}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="{b}/lien-he/">Liên hệ</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="{base}/">{esc(NETWORK)}</a></li></ul></div></div>
<div class="td-pb-span td-sub-footer-copy">&copy; Bản quyền thuộc về {esc(SITE)}. Vận hành trên hệ thống {esc(NETWORK)}.</div>
</div></div></div>"""


def _page(base: str, title: str, main: str, head: str = "", body_class: str = "") -> str:
    b = base + BLOG
    full_title = (
        f"{_texturize(esc(title))} &#8211; {esc(SITE)}"
        if title
        else f"{esc(SITE)} &#8211; {_texturize(esc(TAGLINE))}"
    )
    return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="vi"> <!--<![endif]-->
<head>
<title>{full_title}</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{b}/xmlrpc.php" />
<meta name='robots' content='max-image-preview:large' />
<link rel="icon" type="image/png" href="{base}{UP}/2024/09/favicon.png">
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{b}/comments/feed/" />
<link rel='stylesheet' id='td-theme-css' href='{base}{THEME}/style.css?ver=12.6.8' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
{head}
</head>
<body class="{body_class} global-block-template-1 td-newspaper-pro td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
{_header(base)}
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
{main}
</div></div>
{_footer(base)}
</div>
<script type="text/javascript" src="{base}{THEME}/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>
<script src='https://stats.wp.com/e-202648.js' defer></script>
</body>
</html>"""


# ------------------------------------------------------------------------- listings


def _module(s: Story, base: str, cls: str = "td_module_10") -> str:
    user = s.opts["user"]
    return (
        f'<div class="{cls} td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="{base}{post_path(s)}"'
        f' rel="bookmark" class="td-image-wrap" title="{esc(s.title)}"><img width="218" height="150" class="entry-thumb"'
        f' src="{base}{_thumb(s)}" alt="" title="{esc(s.title)}"/></a></div><div class="item-details">'
        f'<h3 class="entry-title td-module-title"><a href="{base}{post_path(s)}" rel="bookmark" title="{esc(s.title)}">'
        f'{_title(s)}</a></h3><div class="td-module-meta-info"><span class="td-post-author-name"><a href="{base}{BLOG}/author/{user}/">'
        f'{esc(USERS[user])}</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated'
        f' td-module-date" datetime="{_iso(_when(s))}">{_vi(_when(s))}</time></span><span class="td-module-comments">'
        f'<a href="{base}{post_path(s)}#respond">{len(s.opts.get("comments", ()))}</a></span></div>'
        f'<div class="td-excerpt">{_t(_excerpt(s))}</div></div></div>'
    )


def _pager(base: str, prefix: str, page: int, pages: int, query: str = "") -> str:
    if pages < 2:
        return ""

    def link(n: int) -> str:
        return f"{base}{prefix}" + (f"page/{n}/" if n > 1 else "") + query

    parts = []
    if page > 1:
        parts.append(
            f'<a href="{link(page - 1)}" aria-label="prev-page" ><i class="td-icon-menu-left"></i></a>'
        )
    for n in range(1, pages + 1):
        parts.append(
            f'<span class="current">{n}</span>'
            if n == page
            else f'<a href="{link(n)}" class="page" title="{n}">{n}</a>'
        )
    if page < pages:
        parts.append(
            f'<a href="{link(page + 1)}" aria-label="next-page" ><i class="td-icon-menu-right"></i></a>'
        )
    parts.append(f'<span class="pages">Trang {page} trên {pages}</span>')
    return f'<div class="page-nav td-pb-padding-side">{"".join(parts)}<div class="clearfix"></div></div>'


def _with_sidebar(main: str, base: str) -> str:
    return (
        f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">{main}'
        f"</div></div>{_sidebar(base)}</div>"
    )


def _home(base: str, page: int) -> str | None:
    pages = _pages(len(_LATEST))
    if not 1 <= page <= pages:
        return None
    chunk = _LATEST[(page - 1) * PER_PAGE : page * PER_PAGE]
    top = ""
    if page == 1:
        grid = "".join(
            f'<div class="td_module_mx5 td-animation-stack td-big-grid-post-{n} td-big-grid-post td-small-thumb">'
            f'<div class="td-module-thumb"><a href="{base}{post_path(s)}" rel="bookmark" class="td-image-wrap"'
            f' title="{esc(s.title)}"><img class="entry-thumb" src="{base}{_thumb(s)}" alt="" title="{esc(s.title)}"/>'
            f'</a></div><div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">'
            f'<a href="{base}{cat_path(s.cat)}" class="td-post-category">{esc(CATS[s.cat][1])}</a><h3 class="entry-title'
            f' td-module-title"><a href="{base}{post_path(s)}" rel="bookmark" title="{esc(s.title)}">{_title(s)}</a>'
            "</h3></div></div></div></div>"
            for n, s in enumerate(_LATEST[:4])
        )
        blocks = "".join(
            f'<div class="td_block_wrap td_block_1 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap">'
            f'<h4 class="block-title td-block-title"><a href="{base}{cat_path(c)}" class="td-pulldown-size">{esc(name)}</a>'
            f'</h4></div><div class="td_block_inner">{"".join(_module(s, base, "td_module_6") for s in in_cat(c)[:3])}</div></div>'
            for c, (_, name) in CATS.items()
        )
        top = (
            f'<div class="td_block_wrap td_block_big_grid_1 td-grid-style-1 td-hover-1 td-big-grids"><div'
            f' class="td_block_inner"><div class="td-big-grid-wrapper">{grid}</div></div></div>{blocks}'
        )
    latest = (
        '<div class="td_block_wrap td_block_11 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap">'
        '<h4 class="block-title td-block-title"><span class="td-pulldown-size">Bài viết mới</span></h4></div>'
        f'<div class="td_block_inner">{"".join(_module(s, base) for s in chunk)}</div></div>'
        + _pager(base, f"{BLOG}/", page, pages)
    )
    body_class = "home page-template" + (f" paged paged-{page}" if page > 1 else "")
    return _page(
        base,
        "" if page == 1 else f"Trang {page}",
        top + _with_sidebar(latest, base),
        "",
        body_class,
    )


def _order(stories: list[Story], filter_by: str, seed: str) -> list[Story]:
    if filter_by in ("popular", "popular7"):
        return sorted(stories, key=lambda s: -s.opts["views"])
    if filter_by == "featured":
        return [s for s in stories if s.opts["views"] > 900]
    if filter_by == "review_high":
        return []
    if filter_by == "random_posts":
        return sorted(stories, key=lambda s: hashlib.md5(f"{seed}{s.id}".encode()).hexdigest())
    return stories


def _archive(
    base: str,
    title: str,
    prefix: str,
    stories: list[Story],
    page: int,
    kind: str,
    filter_by: str = "",
) -> str | None:
    stories = _order(stories, filter_by, prefix)
    pages = _pages(len(stories))
    if not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    query = f"?filter_by={filter_by}" if filter_by else ""
    pulldown = ""
    if kind == "category":
        items = "".join(
            f'<li class="td-pulldown-filter-item"><a class="td-pulldown-category-filter-link" id="tdi_{n}"'
            f' data-td_block_id="tdi_2" href="{base}{prefix}'
            + (f"?filter_by={key}" if key else "")
            + f'">{label}</a></li>'
            for n, (key, label) in enumerate(FILTERS.items(), start=70)
        )
        pulldown = (
            '<div class="td-category-pulldown-filter td-wrapper-pulldown-filter"><div class="td-pulldown-filter-display-option">'
            f'<div class="td-subcat-more">{FILTERS[filter_by]} <i class="td-icon-menu-down"></i></div>'
            f'<ul class="td-pulldown-filter-list">{items}</ul></div></div>'
        )
    crumbs = (
        f'<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}{BLOG}/">Trang chủ</a></span>'
        f' <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(title)}</span></div>'
    )
    empty = (
        ""
        if chunk
        else '<div class="no-results td-pb-padding-side"><h2>Không có bài viết nào để hiển thị</h2></div>'
    )
    main = (
        f'<div class="td-category-header td-container-wrap"><div class="td-container"><div class="td-crumb-container">{crumbs}'
        f'</div><h1 class="entry-title td-page-title">{esc(title)}</h1>{pulldown}</div></div>'
        + _with_sidebar(
            "".join(_module(s, base) for s in chunk)
            + empty
            + _pager(base, prefix, page, pages, query),
            base,
        )
    )
    head = ""
    if kind == "category":
        head = f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(title)} Dòng thông tin chuyên mục" href="{base}{prefix}feed/" />'
    return _page(base, title, main, head, f"archive {kind}")


def _search(base: str, query: str) -> str:
    q = query.strip().lower()
    hits = [s for s in _LATEST if q and q in s.title.lower()]
    main = (
        '<div class="td-search-header"><h1 class="entry-title td-page-title"><span class="td-search-query">'
        f"{esc(query)}</span> - <span>Kết quả tìm kiếm</span></h1>"
        f'<div class="search-page-search-wrap"><form method="get" class="td-search-form-widget" action="{base}{BLOG}/">'
        f'<input class="td-widget-search-input" type="text" value="{esc(query)}" name="s" /><input class="wpb_button'
        ' wpb_btn-inverse btn" type="submit" value="Tìm kiếm" /></form></div></div>'
        + "".join(_module(s, base) for s in hits)
        + (
            ""
            if hits
            else '<div class="no-results td-pb-padding-side"><h2>Không có kết quả nào</h2></div>'
        )
    )
    return _page(
        base,
        f"Bạn đã tìm kiếm {query}",
        _with_sidebar(main, base),
        "<meta name='robots' content='noindex, follow' />",
        "search",
    )


def _static_page(base: str, title: str, inner: str, slug: str) -> str:
    main = (
        f'<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}{BLOG}/">'
        f'Trang chủ</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">'
        f'{esc(title)}</span></div></div><div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(title)}'
        f'</span></h1></div><div class="td-page-content tagdiv-type">{inner}</div>'
    )
    head = f'<link rel="canonical" href="{base}{BLOG}/{slug}/" />'
    return _page(
        base, title, _with_sidebar(main, base), head, f"page-template-default page page-{slug}"
    )


def _documents(base: str) -> str:
    rows = "".join(
        f"<tr><td>{esc(d.number)}</td><td>{esc(d.date)}</td><td>{_texturize(esc(d.abstract))}</td>"
        f'<td><a href="{base}{d.file}">Tải về</a></td></tr>'
        for d in DOCS
    )
    inner = (
        "<p>Các văn bản, kế hoạch của nhà trường được công khai theo quy định.</p>"
        '<figure class="wp-block-table"><table><thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>'
        f"<th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></figure>"
    )
    return _static_page(base, "Văn bản", inner, "van-ban")


def _gallery_page(base: str) -> str:
    photo = _BY_ID[1469]
    first = photo.images[0].src
    albums = (
        f'<figure class="wp-block-image"><a href="{base}{post_path(photo)}"><img src="{esc(first)}" alt=""/></a>'
        f'<figcaption class="wp-element-caption">Trải nghiệm tại Khu di tích Lam Kinh</figcaption></figure>'
        f'<figure class="wp-block-image"><a href="{base}{post_path(_BY_ID[1482])}"><img src="{base}{_thumb(_BY_ID[1482])}"'
        ' alt=""/></a><figcaption class="wp-element-caption">Lễ kỷ niệm Ngày Nhà giáo Việt Nam</figcaption></figure>'
        f'<p><a href="{base}{post_path(photo)}lam-kinh-1/">Xem ảnh: Dâng hương tại Điện Lam Kinh</a></p>'
    )
    return _static_page(
        base,
        "Thư viện ảnh",
        f'<div class="wp-block-gallery has-nested-images columns-2">{albums}</div>',
        "thu-vien-anh",
    )


def _attachment(base: str, story: Story, name: str) -> str | None:
    for img in story.images:
        if img.style == "tiled" and img.src.split("/")[-1].split("?")[0].rsplit(".", 1)[0] == name:
            main = (
                f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(name)}</span></h1></div>'
                f'<div class="td-attachment-page-content"><a href="{esc(img.src)}" title="{esc(name)}" rel="attachment">'
                f'<img class="td-attachment-page-image" src="{esc(img.src)}" alt="" /></a>'
                + (f'<div class="entry-caption">{_t(img.printed)}</div>' if img.printed else "")
                + f'</div><div class="td-attachment-prev"></div><a href="{base}{post_path(story)}">Quay lại bài viết:'
                f" {_title(story)}</a>"
            )
            return _page(base, name, _with_sidebar(main, base), "", "attachment")
    return None


def _contact(base: str) -> str:
    inner = (
        "<p><strong>Trường THCS Định Tăng</strong><br/>Địa chỉ: Thôn Tăng Thọ, xã Định Tăng, huyện Yên Định, tỉnh Thanh Hóa"
        "<br/>Điện thoại: 0237 3869 215</p>"
        f'<div class="wpcf7 no-js" id="wpcf7-f215-p54-o1" lang="vi" dir="ltr"><form action="{base}{BLOG}/lien-he/#wpcf7-f215-p54-o1"'
        ' method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init"><p><label> Họ và tên<br />'
        '<input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></label></p><p><label>'
        ' Email<br /><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" /></label></p>'
        '<p><label> Nội dung<br /><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message">'
        '</textarea></label></p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p>'
        "</form></div>"
    )
    return _static_page(base, "Liên hệ", inner, "lien-he")


def _month_view(base: str, year: int, month: int) -> str:
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    events = [e for e in EVENTS if e.day[:2] == (year, month)]
    items = "".join(
        f'<li class="tribe-events-calendar-month__day"><time datetime="{e.day[0]}-{e.day[1]:02d}-{e.day[2]:02d}">{e.day[2]}</time>'
        f' <a href="{base}{BLOG}/event/{e.slug}/" class="tribe-events-calendar-month__calendar-event-title-link">{esc(e.title)}</a>'
        f" <span>{e.time}</span></li>"
        for e in events
    )
    nav = []
    if prev_y >= 1900:
        nav.append(
            f'<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--prev"><a href="{base}{BLOG}/events/month/'
            f'{prev_y}-{prev_m:02d}/" rel="prev" class="tribe-events-c-nav__prev">Tháng {prev_m}</a></li>'
        )
    if next_y <= 2999:
        nav.append(
            f'<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--next"><a href="{base}{BLOG}/events/month/'
            f'{next_y}-{next_m:02d}/" rel="next" class="tribe-events-c-nav__next">Tháng {next_m}</a></li>'
        )
    main = (
        '<div class="tribe-common tribe-events tribe-events-view tribe-events-view--month"><header class="tribe-events-header">'
        f'<h1 class="tribe-events-header__title-text">Lịch công tác</h1><div class="tribe-events-c-top-bar__datepicker">'
        f'<time datetime="{year}-{month:02d}">Tháng {month} {year}</time></div></header>'
        f'<ul class="tribe-events-calendar-month">{items or "<li>Không có sự kiện nào trong tháng này.</li>"}</ul>'
        f'<nav class="tribe-events-calendar-month-nav tribe-events-c-nav"><ul class="tribe-events-c-nav__list">{"".join(nav)}</ul></nav>'
        f'<a href="{base}{BLOG}/events/month/" class="tribe-events-c-top-bar__today-button">Hôm nay</a></div>'
    )
    return _page(
        base,
        f"Sự kiện cho tháng {month} {year}",
        _with_sidebar(main, base),
        "",
        "post-type-archive tribe-events",
    )


def _event_page(base: str, ev: Event) -> str:
    y, m, d = ev.day
    inner = (
        f'<div class="tribe-events-schedule"><span class="tribe-event-date-start">{d:02d}/{m:02d}/{y} @ {ev.time}</span></div>'
        f'<div class="tribe-events-meta-group"><dl><dt>Địa điểm:</dt><dd>{esc(ev.place)}</dd></dl></div>'
        f'<p><a href="{base}{BLOG}/events/month/{y}-{m:02d}/">« Tất cả sự kiện</a></p>'
    )
    return _static_page(base, ev.title, inner, f"event/{ev.slug}")


# ------------------------------------------------------------------------- feeds, sitemaps


def _rss(base: str, title: str, link: str, stories: list[Story]) -> str:
    items = "".join(
        f"<item><title>{_title(s)}</title><link>{base}{post_path(s)}</link>"
        f"<pubDate>{format_datetime(_when(s).replace(tzinfo=VN).astimezone(UTC), usegmt=True)}</pubDate>"
        f"<dc:creator><![CDATA[{USERS[s.opts['user']]}]]></dc:creator><category><![CDATA[{CATS[s.cat][1]}]]></category>"
        f'<guid isPermaLink="false">{base}{BLOG}/?p={s.id}</guid><description><![CDATA[{_excerpt(s)}]]></description></item>'
        for s in stories[:10]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{esc(title)}</title><link>{link}</link>'
        f"<description>{_texturize(esc(TAGLINE))}</description><language>vi</language>{items}</channel></rss>"
    )


def _sitemap(base: str) -> str:
    urls = "".join(
        f"<url><loc>{base}{post_path(s)}</loc><lastmod>{_iso(_when(s))}</lastmod></url>"
        for s in _LATEST
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    )


# ------------------------------------------------------------------------- the network's other sites


def _network_shell(base: str, home: str, name: str, title: str, main: str) -> str:
    """The other sites on the host run a block theme (Twenty Twenty-Four): plain markup."""
    nav = "".join(f'<li><a href="{base}/{p}/">{esc(n)}</a></li>' for p, n in NEIGHBOURS.items())
    nav += f'<li><a href="{base}{BLOG}/">{esc(SITE)}</a></li>'
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="UTF-8"><title>{title}</title></head>'
        f'<body class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title">'
        f'<a href="{base}{home}">{esc(name)}</a></p><nav class="wp-block-navigation"><a href="{base}/">'
        f"{esc(NETWORK)}</a><ul>{nav}</ul></nav></header><main>{main}</main>"
        f"<footer><p>{esc(name)} – {esc(NETWORK)}</p></footer></body></html>"
    )


def _other_site(base: str, home: str, name: str, path: str) -> str | None:
    """The main site (home ``/``, posts under ``/blog/``) or a neighbour school (home ``/<prefix>/``)."""
    own = {
        p: v for p, v in NETWORK_POSTS.items() if p.startswith("/blog/" if home == "/" else home)
    }
    if path in (home, "/blog/") if home == "/" else path == home:
        items = "".join(
            f'<li><a href="{base}{p}">{esc(t)}</a> <time>{d}</time><p>{_texturize(esc(x))}</p></li>'
            for p, (t, d, x) in own.items()
        )
        main = f'<h2>Bài viết mới</h2><ul class="wp-block-latest-posts">{items or "<li>Chưa có bài viết.</li>"}</ul>'
        return _network_shell(base, home, name, esc(name), main)
    if path in own:
        title, day, body = own[path]
        main = (
            f'<article class="post"><h1 class="wp-block-post-title">{esc(title)}</h1><div class="wp-block-post-date">'
            f'<time>{day}</time></div><div class="entry-content"><p>{_texturize(esc(body))}</p></div></article>'
        )
        return _network_shell(base, home, name, f"{esc(title)} – {esc(name)}", main)
    return None


# ------------------------------------------------------------------------- the site


_ROBOTS = (
    "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
    "Sitemap: http://{host}/wp-sitemap.xml\n"
)

_PAGE_N = re.compile(r"(.*/)page/(\d+)/")


class WpMultisiteAmp:
    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                known = {d.file for d in DOCS} | {
                    s.opts["file"][0] for s in STORIES if s.opts.get("file")
                }
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path in known
                    else None
                )
            return static_file(path)
        if path == "/robots.txt":
            host = request.headers.get("Host", "127.0.0.1")
            return Response(
                200, _ROBOTS.format(host=host), {"Content-Type": "text/plain; charset=utf-8"}
            )
        if path == "/favicon.ico":
            return static_file(path)
        if path == BLOG:
            return redirect(f"{base}{BLOG}/", 301)
        if path.startswith(BLOG + "/"):
            return self._school(request, base, path[len(BLOG) :], params)
        if path == "/" or path.startswith("/blog/"):
            return _ok(_other_site(base, "/", NETWORK, path))
        first = path.strip("/").split("/", 1)[0]
        if first in NEIGHBOURS:
            if path == f"/{first}":
                return redirect(f"{base}/{first}/", 301)
            return _ok(_other_site(base, f"/{first}/", NEIGHBOURS[first], path))
        return None

    def _school(
        self, request: Request, base: str, rel: str, params: dict[str, str]
    ) -> Response | None:
        if rel == "/":
            if "s" in params:
                return html(_search(base, params["s"]))
            if "p" in params:
                story = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(base + post_path(story), 301) if story else None
            return _ok(_home(base, 1))
        if m := re.fullmatch(r"/page/(\d+)/", rel):
            return (
                _ok(_home(base, int(m.group(1))))
                if int(m.group(1)) > 1
                else redirect(f"{base}{BLOG}/", 301)
            )
        if rel in ("/feed/", "/comments/feed/"):
            body = _rss(base, SITE, f"{base}{BLOG}/", _LATEST if rel == "/feed/" else [])
            return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})
        if rel == "/wp-json/":
            ns = ["oembed/1.0", "wp/v2", "jetpack/v4", "amp/v1"]
            body = json.dumps(
                {"name": SITE, "url": base + BLOG, "namespaces": ns}, ensure_ascii=False
            )
            return Response(200, body, {"Content-Type": "application/json; charset=UTF-8"})
        if rel == "/wp-sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "application/xml; charset=UTF-8"})
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?(feed/)?", rel):
            cat = m.group(1)
            if cat not in CATS:
                return None
            if m.group(3):
                if m.group(2):
                    return None
                body = _rss(base, f"{SITE} – {CATS[cat][1]}", base + cat_path(cat), in_cat(cat))
                return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})
            filter_by = params.get("filter_by", "")
            if filter_by not in FILTERS:
                filter_by = ""
            page = int(m.group(2) or 1)
            return _ok(
                _archive(
                    base, CATS[cat][1], cat_path(cat), in_cat(cat), page, "category", filter_by
                )
            )
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)/(?:page/(\d+)/)?", rel):
            tag = m.group(1)
            if tag not in TAGS:
                return None
            stories = [s for s in _LATEST if tag in s.opts["tags"]]
            return _ok(
                _archive(
                    base, TAGS[tag], f"{BLOG}/tag/{tag}/", stories, int(m.group(2) or 1), "tag"
                )
            )
        if m := re.fullmatch(r"/author/([a-z0-9-]+)/(?:page/(\d+)/)?", rel):
            user = m.group(1)
            if user not in USERS:
                return None
            stories = [s for s in _LATEST if s.opts["user"] == user]
            return _ok(
                _archive(
                    base,
                    USERS[user],
                    f"{BLOG}/author/{user}/",
                    stories,
                    int(m.group(2) or 1),
                    "author",
                )
            )
        if rel == "/events/month/":
            return html(_month_view(base, *THIS_MONTH))
        if m := re.fullmatch(r"/events/month/(\d{4})-(\d{2})/", rel):
            year, month = int(m.group(1)), int(m.group(2))
            if not (1900 <= year <= 2999 and 1 <= month <= 12):
                return None
            return html(_month_view(base, year, month))
        if m := re.fullmatch(r"/event/([a-z0-9-]+)/", rel):
            ev = _EVENT_BY_SLUG.get(m.group(1))
            return html(_event_page(base, ev)) if ev else None
        if rel == "/lien-he/":
            return html(_contact(base))
        if rel == "/van-ban/":
            return html(_documents(base))
        if rel == "/thu-vien-anh/":
            return html(_gallery_page(base))
        if (m := re.fullmatch(r"/([a-z0-9-]+)/", rel)) and m.group(1) in PAGES:
            pg = PAGES[m.group(1)]
            return html(
                _static_page(
                    base,
                    pg.title,
                    "".join(f"<p>{_texturize(esc(x))}</p>" for x in pg.paragraphs),
                    pg.slug,
                )
            )
        if m := re.fullmatch(r"/([a-z0-9-]+)/(amp/)?", rel):
            slug = m.group(1)
            if slug in _OLD_SLUGS and not m.group(2):
                return redirect(base + post_path(_OLD_SLUGS[slug]), 301)
            story = _BY_SLUG.get(slug)
            if story is None:
                return None
            if m.group(2) or params.get("amp") == "1":
                return html(_amp(story, base))
            if "share" in params:
                target = base + post_path(story)
                share = {
                    "facebook": f"https://www.facebook.com/sharer.php?u={target}",
                    "twitter": f"https://twitter.com/intent/tweet?url={target}",
                    "jetpack-whatsapp": f"https://api.whatsapp.com/send?text={target}",
                }.get(params["share"])
                return redirect(share, 302) if share else None
            # WordPress serves any replytocom value (noindex) and any noamp value alike
            return html(_single(story, base, reply="replytocom" in params))
        if m := re.fullmatch(r"/([a-z0-9-]+)/([a-z0-9-]+)/", rel):
            story = _BY_SLUG.get(m.group(1))
            page = _attachment(base, story, m.group(2)) if story else None
            return html(page) if page else None
        return None


def _ok(page: str | None) -> Response | None:
    return html(page) if page else None


def build_site() -> WpMultisiteAmp:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WpMultisiteAmp()


# ------------------------------------------------------------------------- non-articles


def _archive_targets() -> list[str]:
    out = [START_PATH, *(f"{BLOG}/page/{n}/" for n in range(2, _pages(len(_LATEST)) + 1))]
    for c in CATS:
        out += [cat_path(c, n) for n in range(1, _pages(len(in_cat(c))) + 1)]
    for t in TAGS:
        n_t = sum(t in s.opts["tags"] for s in STORIES)
        out += [
            f"{BLOG}/tag/{t}/" + (f"page/{n}/" if n > 1 else "") for n in range(1, _pages(n_t) + 1)
        ]
    for u in USERS:
        n_u = sum(s.opts["user"] == u for s in STORIES)
        out += [
            f"{BLOG}/author/{u}/" + (f"page/{n}/" if n > 1 else "")
            for n in range(1, _pages(n_u) + 1)
        ]
    return out


NON_ARTICLES: list[str] = [
    *_archive_targets(),
    *(f"{cat_path(c)}?filter_by={f}" for c in CATS for f in FILTERS if f),
    f"{BLOG}/gioi-thieu/",
    f"{BLOG}/co-cau-to-chuc/",
    f"{BLOG}/lien-he/",
    f"{BLOG}/van-ban/",
    f"{BLOG}/thu-vien-anh/",
    f"{post_path(_BY_ID[1469])}lam-kinh-1/",
    f"{post_path(_BY_ID[1469])}lam-kinh-2/",
    f"{BLOG}/events/month/",
    f"{BLOG}/events/month/2026-12/",
    f"{BLOG}/event/ky-niem-ngay-nha-giao-viet-nam/",
    f"{BLOG}/feed/",
    "/",
    "/th-dinh-tang/",
    "/thcs-dinh-hai/",
    "/th-dinh-tang/ngay-hoi-doc-sach-thang-11/",
    "/blog/2026/11/21/tong-ket-hoi-thi-giao-vien-chu-nhiem-gioi-cap-tieu-hoc/",
]


def _check_unicode() -> None:  # pragma: no cover - import-time sanity of the hand-written data
    for s in STORIES:
        for p in s.paragraphs:
            assert unicodedata.is_normalized("NFC", p), s.slug


_check_unicode()
